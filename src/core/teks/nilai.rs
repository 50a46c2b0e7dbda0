//! The value in a target or realisasi cell: a number, a range (`60 - 70`, `60 s.d. 70`), a
//! rank on an ordinal scale (SAKIP grade, BPK opinion, word bands), or nothing.

use crate::core::teks::angka::{baca_angka, sel_kosong, IsiAngka, Konvensi};
use crate::core::teks::tabel::tepi;
use rust_decimal::Decimal;

/// An ordinal scale for qualitative targets, lowest rank first.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SkalaOrdinal {
    pub nama: &'static str,
    pub tingkat: &'static [&'static str],
}

/// The ordinal scales DOMAIN.md names. Matching is case-insensitive on the whole cell.
pub const SKALA_ORDINAL: &[SkalaOrdinal] = &[
    SkalaOrdinal {
        nama: "nilai SAKIP",
        tingkat: &["D", "C", "CC", "B", "BB", "A", "AA"],
    },
    SkalaOrdinal {
        nama: "opini BPK",
        tingkat: &["TMP", "TW", "WDP", "WTP"],
    },
    SkalaOrdinal {
        nama: "Sangat Rendah - Sangat Tinggi",
        tingkat: &[
            "Sangat Rendah",
            "Rendah",
            "Sedang",
            "Tinggi",
            "Sangat Tinggi",
        ],
    },
    SkalaOrdinal {
        nama: "Sangat Kurang - Sangat Baik",
        tingkat: &["Sangat Kurang", "Kurang", "Cukup", "Baik", "Sangat Baik"],
    },
];

/// What a target or realisasi cell holds.
#[derive(Clone, Debug, PartialEq)]
pub enum Nilai {
    Angka(Decimal),
    /// Inclusive range, low first.
    Rentang(Decimal, Decimal),
    /// Rank (1 = lowest) on one of [`SKALA_ORDINAL`], with the text as written.
    Kualitatif {
        teks: String,
        peringkat: u32,
        skala: &'static str,
    },
    /// The cell says there is no value; the text is kept for the reason shown.
    Kosong(String),
    /// Unreadable; the message names the text and what was expected.
    Galat(String),
}

/// Read a cell. `peringatan` receives a note when a typo was read anyway.
pub fn baca_nilai(teks: &str, konvensi: Konvensi, peringatan: &mut Option<String>) -> Nilai {
    let t = tepi(teks);
    if sel_kosong(t) {
        return Nilai::Kosong(if t.is_empty() {
            "kosong".into()
        } else {
            t.to_string()
        });
    }
    if let Some(q) = kualitatif(t) {
        return q;
    }
    if let Some((a, b)) = pisah_rentang(t) {
        let lo = baca_angka(a, konvensi);
        let hi = baca_angka(b, konvensi);
        if let (IsiAngka::Angka(lo), IsiAngka::Angka(hi)) = (lo, hi) {
            let (lo, hi) = if lo.nilai <= hi.nilai {
                (lo.nilai, hi.nilai)
            } else {
                (hi.nilai, lo.nilai)
            };
            return Nilai::Rentang(lo, hi);
        }
    }
    match baca_angka(t, konvensi) {
        IsiAngka::Angka(a) => {
            *peringatan = a.peringatan;
            Nilai::Angka(a.nilai)
        }
        IsiAngka::Kosong => Nilai::Kosong(t.to_string()),
        IsiAngka::Galat(_) => Nilai::Galat(format!(
            "\"{t}\" bukan angka, rentang (60 - 70) atau nilai kualitatif yang dikenal (A, BB, WTP, Baik ...)"
        )),
    }
}

fn kualitatif(t: &str) -> Option<Nilai> {
    // every qualitative value has a letter; most cells are numbers and stop here
    if !t.bytes().any(|b| b.is_ascii_alphabetic()) {
        return None;
    }
    let norm = t
        .trim_end_matches('.')
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_ascii_lowercase();
    for s in SKALA_ORDINAL {
        if let Some(i) = s.tingkat.iter().position(|x| x.eq_ignore_ascii_case(&norm)) {
            return Some(Nilai::Kualitatif {
                teks: t.to_string(),
                peringkat: i as u32 + 1,
                skala: s.nama,
            });
        }
    }
    None
}

/// Split `60 - 70`, `60–70`, `60 s.d. 70`, `60 s/d 70`, `60 sampai 70` into its two ends.
fn pisah_rentang(t: &str) -> Option<(&str, &str)> {
    // every separator has a space, a hyphen or a dash (not ASCII); most cells have none
    if !t.bytes().any(|b| b == b' ' || b == b'-' || !b.is_ascii()) {
        return None;
    }
    for sep in [
        " s.d. ", " s.d ", " s/d ", " sd ", " sampai ", " hingga ", "–", "—", " - ",
    ] {
        // case-insensitive, on the original string's own char boundaries
        let found = t.char_indices().map(|(i, _)| i).find(|&i| {
            t.get(i..i + sep.len())
                .is_some_and(|x| x.eq_ignore_ascii_case(sep))
        });
        if let Some(pos) = found {
            let (a, b) = (&t[..pos], &t[pos + sep.len()..]);
            if !a.trim().is_empty() && !b.trim().is_empty() {
                return Some((a.trim(), b.trim()));
            }
        }
    }
    // `60-70`: a hyphen between two digits
    let bytes = t.as_bytes();
    for i in 1..bytes.len().saturating_sub(1) {
        if bytes[i] == b'-' && bytes[i - 1].is_ascii_digit() && bytes[i + 1].is_ascii_digit() {
            return Some((&t[..i], &t[i + 1..]));
        }
    }
    None
}

impl Nilai {
    /// The number, for values that are one.
    pub fn angka(&self) -> Option<Decimal> {
        match self {
            Nilai::Angka(d) => Some(*d),
            _ => None,
        }
    }

    /// As written for display (`60 - 70`, `B`, `80,25`).
    pub fn tampil(&self) -> String {
        use crate::core::teks::tampil::apa_adanya;
        match self {
            Nilai::Angka(d) => apa_adanya(*d),
            Nilai::Rentang(a, b) => format!("{} - {}", apa_adanya(*a), apa_adanya(*b)),
            Nilai::Kualitatif { teks, .. } => teks.clone(),
            Nilai::Kosong(t) => {
                if t == "kosong" {
                    "-".into()
                } else {
                    t.clone()
                }
            }
            Nilai::Galat(_) => "?".into(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn baca(t: &str) -> Nilai {
        baca_nilai(t, Konvensi::IdId, &mut None)
    }

    #[test]
    fn reads_numbers_ranges_grades_and_blanks() {
        let d = |s| Decimal::from_str(s).unwrap();
        assert_eq!(baca("80,25"), Nilai::Angka(d("80.25")));
        assert_eq!(baca("13%"), Nilai::Angka(d("13")));
        for r in [
            "60 - 70",
            "60–70",
            "60-70",
            "60 s.d. 70",
            "60 s/d 70",
            "70 - 60",
            "60 – 70",
        ] {
            assert_eq!(baca(r), Nilai::Rentang(d("60"), d("70")), "{r}");
        }
        assert!(matches!(baca("B"), Nilai::Kualitatif { peringkat: 4, .. }));
        assert!(matches!(baca("c"), Nilai::Kualitatif { peringkat: 2, .. }));
        assert!(matches!(
            baca("WTP"),
            Nilai::Kualitatif {
                peringkat: 4,
                skala: "opini BPK",
                ..
            }
        ));
        assert!(matches!(
            baca("Sangat Tinggi"),
            Nilai::Kualitatif { peringkat: 5, .. }
        ));
        assert!(matches!(baca("-"), Nilai::Kosong(_)));
        assert!(matches!(baca("Tidak diadakan"), Nilai::Kosong(_)));
        assert!(matches!(baca("lumayan"), Nilai::Galat(m) if m.contains("lumayan")));
        assert_eq!(baca("-5"), Nilai::Angka(d("-5")));
    }
}
