//! The value in a target or realisasi cell: a number, a range (`60 - 70`, `60 s.d. 70`), a
//! rank on an ordinal scale (SAKIP grade, BPK opinion, word bands), or nothing.

use crate::core::teks::angka::{baca_angka, galat_excel, sel_kosong, Catatan, IsiAngka, Konvensi};
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

/// Read a cell. `peringatan` receives a note when a typo was read anyway or words were left out.
pub fn baca_nilai(teks: &str, konvensi: Konvensi, peringatan: &mut Option<Catatan>) -> Nilai {
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
        IsiAngka::Galat(_) => Nilai::Galat(galat_excel(t).unwrap_or_else(|| {
            if ya_tidak(t) {
                format!("\"{t}\" bukan angka: ada atau tidak ada tidak punya skala yang dapat dihitung; tulis sebagai jumlah (mis. target 1, realisasi 1 atau 0, satuan Dokumen)")
            } else {
                format!("\"{t}\" bukan angka, rentang (60 - 70) atau nilai kualitatif yang dikenal (A, BB, WTP, Baik ...)")
            }
        })),
    }
}

/// A yes or no written as the value (`Ada`, `Tersedia`, `Tidak tersedia`, `Ya`), common for a
/// document that is or is not there: no scale the capaian can use, so its message says how
/// to write it as a count.
fn ya_tidak(t: &str) -> bool {
    let t = t.trim_end_matches('.').to_ascii_lowercase();
    let t = t.strip_prefix("tidak ").unwrap_or(&t);
    matches!(
        t,
        "ada" | "tidak" | "ya" | "tersedia" | "terlaksana" | "tercapai" | "sudah" | "belum"
    )
}

/// A target written as a bound: `≥ 80`, `min. 80`, `minimal B` (at least) or `≤ 3`, `maks 3%`
/// (at most). The value is what follows the sign; an upper bound says lower is better.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Batas {
    /// An upper bound (`≤`, `<`, `maks`).
    pub atas: bool,
    /// The sign as shown: `≥`, `>`, `≤` or `<` (words are shown as their sign).
    pub tanda: &'static str,
}

/// Signs and words that open a bound, longest first within each kind.
const PEMBUKA_BATAS: &[(&str, bool, &str)] = &[
    (">=", false, "≥"),
    ("=>", false, "≥"),
    ("≥", false, "≥"),
    (">", false, ">"),
    ("<=", true, "≤"),
    ("=<", true, "≤"),
    ("≤", true, "≤"),
    ("<", true, "<"),
    ("sekurang-kurangnya", false, "≥"),
    ("paling sedikit", false, "≥"),
    ("minimal", false, "≥"),
    ("minimum", false, "≥"),
    ("min", false, "≥"),
    ("setinggi-tingginya", true, "≤"),
    ("paling banyak", true, "≤"),
    ("maksimal", true, "≤"),
    ("maksimum", true, "≤"),
    ("maks", true, "≤"),
    ("max", true, "≤"),
];

/// Split a leading bound from a cell: `≥ 80` gives the bound and `80`. A word must be followed
/// by a space, a dot, a colon or a digit (`minggu` is no bound); the rest must not be empty.
pub fn pisah_batas(t: &str) -> Option<(Batas, &str)> {
    let t = t.trim_start();
    // most cells start with a digit, a dash or nothing: no bound
    match t.bytes().next() {
        Some(b) if b.is_ascii_digit() || b == b'-' || b == b'(' => return None,
        None => return None,
        _ => {}
    }
    PEMBUKA_BATAS.iter().find_map(|&(buka, atas, tanda)| {
        let kepala = t.get(..buka.len())?;
        if !kepala.eq_ignore_ascii_case(buka) {
            return None;
        }
        let sisa = &t[buka.len()..];
        let kata = buka
            .bytes()
            .all(|b| b.is_ascii_alphabetic() || b == b' ' || b == b'-');
        if kata
            && !sisa
                .bytes()
                .next()
                .is_some_and(|b| b == b' ' || b == b'.' || b == b':' || b.is_ascii_digit())
        {
            return None;
        }
        let sisa = sisa.trim_start_matches(['.', ':']).trim();
        (!sisa.is_empty()).then_some((Batas { atas, tanda }, sisa))
    })
}

/// Read a target cell, which may be a bound (`≥ 80`, `maks 3`): the number or grade after the
/// sign, with the bound. A bound around anything else is read (and reported) as a whole.
pub fn baca_target(
    teks: &str,
    konvensi: Konvensi,
    peringatan: &mut Option<Catatan>,
) -> (Nilai, Option<Batas>) {
    if let Some((batas, sisa)) = pisah_batas(teks) {
        let v = baca_nilai(sisa, konvensi, peringatan);
        if matches!(v, Nilai::Angka(_) | Nilai::Kualitatif { .. }) {
            return (v, Some(batas));
        }
        *peringatan = None;
    }
    (baca_nilai(teks, konvensi, peringatan), None)
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

    /// `Ada` / `Tersedia` (a document there or not; `Tidak ada` is read as no value): its
    /// message says how to write it as a count, not only that it is no known grade.
    #[test]
    fn a_yes_or_no_says_how_to_write_it_as_a_count() {
        for t in ["Ada", "Tersedia", "tidak tersedia", "Ya."] {
            let Nilai::Galat(m) = baca(t) else {
                panic!("{t}: not an error");
            };
            assert!(m.contains("tulis sebagai jumlah"), "{t}: {m}");
        }
        let Nilai::Galat(m) = baca("Lumayan") else {
            panic!("not an error");
        };
        assert!(m.contains("nilai kualitatif yang dikenal"), "{m}");
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

    #[test]
    fn reads_a_target_written_as_a_bound() {
        let d = |s| Decimal::from_str(s).unwrap();
        let t = |s| baca_target(s, Konvensi::IdId, &mut None);
        let bawah = |tanda| Some(Batas { atas: false, tanda });
        let atas = |tanda| Some(Batas { atas: true, tanda });
        for (teks, nilai, batas) in [
            ("≥ 80", "80", bawah("≥")),
            (">=80", "80", bawah("≥")),
            ("=> 76,61", "76.61", bawah("≥")),
            ("> 80%", "80", bawah(">")),
            ("min. 80", "80", bawah("≥")),
            ("Minimal 80 %", "80", bawah("≥")),
            ("minimum: 1.500", "1500", bawah("≥")),
            ("paling sedikit 5", "5", bawah("≥")),
            ("≤ 3", "3", atas("≤")),
            ("<= 2,5", "2.5", atas("≤")),
            ("< 5", "5", atas("<")),
            ("maks. 3", "3", atas("≤")),
            ("Maksimal 10%", "10", atas("≤")),
            ("max 7", "7", atas("≤")),
            ("80", "80", None),
            ("-5", "-5", None),
        ] {
            assert_eq!(t(teks), (Nilai::Angka(d(nilai)), batas), "{teks}");
        }
        assert!(matches!(
            t("Minimal B"),
            (
                Nilai::Kualitatif { peringkat: 4, .. },
                Some(Batas { atas: false, .. })
            )
        ));
        // not a bound: a word that only starts like one, a sign before nothing or a range
        for teks in ["minggu", "≥", "maks", "≥ 60 - 70", "min banyak"] {
            let (v, b) = t(teks);
            assert_eq!(b, None, "{teks}");
            assert!(
                matches!(v, Nilai::Galat(ref m) if m.contains(teks)),
                "{teks}: {v:?}"
            );
        }
        // a realisasi (or any other value) is never read as a bound
        assert!(matches!(baca("≥ 80"), Nilai::Galat(_)));
    }
}
