//! A budget written with a column per level: `Program | Kegiatan | Sub Kegiatan | Anggaran`.
//! A line names its sub kegiatan, and above it the kegiatan and program it belongs to, either
//! on the first line of each (merged cells) or on every line (Excel's fill-down). Each name
//! that is new becomes a heading row of its level, without figures of its own; the deepest
//! name on the line carries the line's figures. Without this the three names were one row,
//! the program, and the kegiatan and sub kegiatan names were lost.

use crate::core::anggaran::tabel::{kode_di_uraian, BarisAnggaran, KolomAnggaran, Tingkat};
use crate::core::teks::kata::awali;
use crate::core::teks::tabel::Baris;

/// The level a header names alone (`Program`, `Nama Kegiatan`, `Sub Kegiatan`); `None` for
/// a header of several (`Program/Kegiatan`) or of none.
pub fn tingkat_judul(h: &str) -> Option<Tingkat> {
    let mut h = h.trim();
    if let Some(p) = ["nama ", "uraian "].into_iter().find(|p| awali(h, p)) {
        h = h[p.len()..].trim();
    }
    let is = |w: &str| h.eq_ignore_ascii_case(w);
    if is("program") {
        Some(Tingkat::Program)
    } else if is("kegiatan") {
        Some(Tingkat::Kegiatan)
    } else if is("sub kegiatan") || is("sub-kegiatan") || is("subkegiatan") {
        Some(Tingkat::SubKegiatan)
    } else {
        None
    }
}

/// Level columns count only as a set: with fewer than two levels, a `Program` column is the
/// table's uraian, as it always was.
pub fn satukan_tingkat(kolom: &mut [KolomAnggaran]) {
    let mut ada = [false; 4];
    for k in kolom.iter() {
        if let KolomAnggaran::Tingkat(l) = k {
            ada[*l as usize] = true;
        }
    }
    if ada.iter().filter(|x| **x).count() < 2 {
        for k in kolom.iter_mut() {
            if matches!(k, KolomAnggaran::Tingkat(_)) {
                *k = KolomAnggaran::Uraian;
            }
        }
    }
}

/// The level columns of a table, in level order (empty when it has none).
pub fn kolom_tingkat(kolom: &[KolomAnggaran]) -> Vec<(usize, Tingkat)> {
    // by level, whatever the columns' order (no sort: each level has one column at most)
    [Tingkat::Program, Tingkat::Kegiatan, Tingkat::SubKegiatan]
        .into_iter()
        .filter_map(|l| {
            let j = kolom.iter().position(|k| *k == KolomAnggaran::Tingkat(l))?;
            Some((j, l))
        })
        .collect()
}

/// The names open at each level, so that a name repeated on every line (fill-down) is one
/// heading, not one per line.
#[derive(Default)]
pub struct Terbuka {
    nama: [Option<String>; 4],
}

/// A line's names: the headings it opens, and its own name and level (the deepest name on
/// it), if any.
pub struct NamaBaris {
    pub kepala: Vec<(Tingkat, String)>,
    pub sendiri: Option<(Tingkat, String)>,
}

impl Terbuka {
    /// The names of line `b` in the level columns `tingkat`. A name equal to the one open at
    /// its level (under the same names above it) opens nothing; a new one closes the levels
    /// below it. A `jumlah` line opens nothing either.
    pub fn baca(&mut self, b: &Baris, tingkat: &[(usize, Tingkat)], jumlah: bool) -> NamaBaris {
        let mut isi: Vec<(Tingkat, String)> = tingkat
            .iter()
            .map(|(j, l)| (*l, b.sel(*j).trim().to_string()))
            .filter(|(_, s)| !s.is_empty())
            .collect();
        let sendiri = isi.pop();
        if jumlah {
            return NamaBaris {
                kepala: Vec::new(),
                sendiri,
            };
        }
        let mut kepala = Vec::new();
        // an upper name equal to the open one is the same heading; once one differs, every
        // name below it is new
        let mut baru = false;
        for (l, s) in isi {
            baru |= self.nama[l as usize].as_deref() != Some(s.as_str());
            if baru {
                self.buka(l, &s);
                kepala.push((l, s));
            }
        }
        if let Some((l, s)) = &sendiri {
            self.buka(*l, s);
        }
        NamaBaris { kepala, sendiri }
    }

    fn buka(&mut self, l: Tingkat, s: &str) {
        let i = l as usize;
        self.nama[i] = Some(s.to_string());
        for n in &mut self.nama[i + 1..] {
            *n = None;
        }
    }
}

/// A heading row a line's upper name opens: no figures, its level given, and marked as
/// written on the line below it (editing or deleting it is that line's). A code before the
/// name (`7.01.01 PROGRAM ...`) is its kode, which finds the rows coded under it.
pub fn baris_kepala(nomor_baris: usize, tingkat: Tingkat, nama: &str) -> BarisAnggaran {
    let (kode, uraian) = kode_di_uraian(nama).unwrap_or(("", nama));
    BarisAnggaran {
        nomor_baris,
        kode: kode.to_string(),
        uraian: uraian.to_string(),
        anggaran: None,
        realisasi: None,
        sisa_laporan: None,
        persen_laporan: None,
        tw: None,
        jumlah: false,
        tak_terbaca: [false; 2],
        tingkat: Some(tingkat),
        kepala_sebaris: true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_that_name_one_level() {
        for (h, l) in [
            ("Program", Some(Tingkat::Program)),
            ("NAMA KEGIATAN", Some(Tingkat::Kegiatan)),
            ("Sub Kegiatan", Some(Tingkat::SubKegiatan)),
            ("Uraian Sub-Kegiatan", Some(Tingkat::SubKegiatan)),
            ("Program/Kegiatan", None),
            ("Uraian", None),
            ("Anggaran", None),
        ] {
            assert_eq!(tingkat_judul(h), l, "{h}");
        }
    }

    #[test]
    fn one_level_column_is_the_uraian() {
        use KolomAnggaran::*;
        let mut k = [
            Tingkat(crate::core::anggaran::tabel::Tingkat::Program),
            Anggaran,
        ];
        satukan_tingkat(&mut k);
        assert_eq!(k, [Uraian, Anggaran]);
    }

    fn baris(sel: &[&str]) -> Baris<'static> {
        Baris {
            nomor_baris: 1,
            sel: sel.iter().map(|s| s.to_string().into()).collect(),
        }
    }

    /// Merged cells (names on the first line of each) and fill-down (on every line) give the
    /// same headings.
    #[test]
    fn names_open_headings_once() {
        let tingkat = [
            (0, Tingkat::Program),
            (1, Tingkat::Kegiatan),
            (2, Tingkat::SubKegiatan),
        ];
        for lines in [
            [
                ["P1", "K1", "S1"],
                ["", "", "S2"],
                ["", "K2", "S3"],
                ["P2", "K3", "S4"],
            ],
            [
                ["P1", "K1", "S1"],
                ["P1", "K1", "S2"],
                ["P1", "K2", "S3"],
                ["P2", "K3", "S4"],
            ],
        ] {
            let mut t = Terbuka::default();
            let got: Vec<(Vec<String>, String)> = lines
                .iter()
                .map(|l| {
                    let n = t.baca(&baris(l), &tingkat, false);
                    let kepala = n.kepala.into_iter().map(|(_, s)| s).collect();
                    (kepala, n.sendiri.map(|(_, s)| s).unwrap_or_default())
                })
                .collect();
            let s = |v: &[&str]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>();
            assert_eq!(
                got,
                vec![
                    (s(&["P1", "K1"]), "S1".into()),
                    (s(&[]), "S2".into()),
                    (s(&["K2"]), "S3".into()),
                    (s(&["P2", "K3"]), "S4".into()),
                ],
                "{lines:?}"
            );
        }
        // the same kegiatan name under another program is another kegiatan
        let mut t = Terbuka::default();
        t.baca(&baris(&["P1", "K1", "S1"]), &tingkat, false);
        let n = t.baca(&baris(&["P2", "K1", "S1"]), &tingkat, false);
        assert_eq!(n.kepala.len(), 2);
    }
}
