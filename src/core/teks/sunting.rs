//! Edits after pasting: correct a cell, add or remove a row, flip a polarity. An edit rewrites
//! the pasted text (as tab-separated rows), so the text stays the single source that is parsed,
//! saved and restored; nothing else the person typed is touched.

use crate::core::teks::kolom::Kolom;
use crate::core::teks::tabel::{pisah_tabel, Baris};
use std::borrow::Cow;

/// Column roles a person chose for one paste, remembered while its first line is the same.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Pemetaan {
    /// First line of the paste the roles belong to.
    pub sidik: String,
    pub kolom: Vec<Kolom>,
}

/// First non-blank line: identifies a paste.
pub fn sidik(teks: &str) -> String {
    teks.lines()
        .find(|l| !l.trim().is_empty())
        .unwrap_or("")
        .trim()
        .to_string()
}

impl Pemetaan {
    /// The roles, when they belong to this text.
    pub fn untuk(&self, teks: &str) -> Option<&[Kolom]> {
        (!self.kolom.is_empty() && self.sidik == sidik(teks)).then_some(self.kolom.as_slice())
    }
}

fn tulis(rows: &[Baris]) -> String {
    rows.iter()
        .map(|b| b.sel.join("\t"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Set cell `kolom` of the row that starts on line `baris` to `isi`.
pub fn ubah_sel(teks: &str, baris: usize, kolom: usize, isi: &str) -> String {
    let (_, mut rows) = pisah_tabel(teks);
    if let Some(b) = rows.iter_mut().find(|b| b.nomor_baris == baris) {
        if b.sel.len() <= kolom {
            b.sel.resize(kolom + 1, Cow::Borrowed(""));
        }
        b.sel[kolom] = Cow::Owned(isi.replace(['\t', '\n', '\r'], " "));
    }
    tulis(&rows)
}

/// Replace the cells of the row that starts on line `baris`.
pub fn ganti_baris(teks: &str, baris: usize, sel: &[String]) -> String {
    let (_, mut rows) = pisah_tabel(teks);
    if let Some(b) = rows.iter_mut().find(|b| b.nomor_baris == baris) {
        b.sel = sel
            .iter()
            .map(|s| Cow::Owned(s.replace(['\t', '\n', '\r'], " ")))
            .collect();
    }
    tulis(&rows)
}

/// The cells of the row that starts on line `baris` (empty when there is none).
pub fn sel_baris(teks: &str, baris: usize) -> Vec<String> {
    let (_, rows) = pisah_tabel(teks);
    rows.into_iter()
        .find(|b| b.nomor_baris == baris)
        .map(|b| b.sel.into_iter().map(Cow::into_owned).collect())
        .unwrap_or_default()
}

/// Remove the row that starts on line `baris`.
pub fn hapus_baris(teks: &str, baris: usize) -> String {
    let (_, rows) = pisah_tabel(teks);
    tulis(
        &rows
            .into_iter()
            .filter(|b| b.nomor_baris != baris)
            .collect::<Vec<_>>(),
    )
}

/// Columns of a table typed by hand on an empty page: (header, role). The headers are words
/// the readers recognise, so a typed table reads like a pasted one.
pub const KOLOM_BAKU_INDIKATOR: [(&str, &str); 6] = [
    ("Sasaran", "sasaran"),
    ("Indikator", "indikator"),
    ("Satuan", "satuan"),
    ("Target", "target"),
    ("Realisasi", "realisasi"),
    ("Polaritas", "polaritas"),
];
/// Budget columns typed by hand on an empty page.
pub const KOLOM_BAKU_ANGGARAN: [(&str, &str); 4] = [
    ("Kode", "kode"),
    ("Uraian", "uraian"),
    ("Anggaran", "anggaran"),
    ("Realisasi", "realisasi"),
];

/// Append a typed row. On an empty text the header line comes first, so the text is a proper
/// table that reads, exports and saves like a pasted one.
pub fn tambah_baris_baru(teks: &str, judul: &[&str], sel: &[String]) -> String {
    if teks.trim().is_empty() {
        let bersih: Vec<String> = sel.iter().map(|s| s.replace(['\t', '\n'], " ")).collect();
        return format!("{}\n{}", judul.join("\t"), bersih.join("\t"));
    }
    tambah_baris(teks, sel)
}

/// Append a row of cells.
pub fn tambah_baris(teks: &str, sel: &[String]) -> String {
    let (_, mut rows) = pisah_tabel(teks);
    let n = rows.last().map_or(0, |b| b.nomor_baris) + 1;
    rows.push(Baris {
        nomor_baris: n,
        sel: sel
            .iter()
            .map(|s| Cow::Owned(s.replace(['\t', '\n'], " ")))
            .collect(),
    });
    tulis(&rows)
}

/// Set the polarity of the row on line `baris` to `tanda` (`+` or `-`). Without a Polaritas
/// column, one is appended (headed "Polaritas" on the header rows); its index is returned so
/// the caller can extend a chosen mapping.
pub fn atur_polaritas(
    teks: &str,
    kolom: &[Kolom],
    baris_judul: &[usize],
    baris: usize,
    tanda: &str,
) -> (String, Option<usize>) {
    atur_kolom(
        teks,
        kolom,
        baris_judul,
        baris,
        (Kolom::Polaritas, "Polaritas"),
        tanda,
    )
}

/// Set the cell of role `peran` on line `baris` to `isi`. Without such a column, one is
/// appended, headed `judul` on the first header row; its index is returned so the caller can
/// extend a chosen mapping.
pub fn atur_kolom(
    teks: &str,
    kolom: &[Kolom],
    baris_judul: &[usize],
    baris: usize,
    (peran, judul): (Kolom, &str),
    isi: &str,
) -> (String, Option<usize>) {
    if let Some(j) = kolom.iter().position(|k| *k == peran) {
        return (ubah_sel(teks, baris, j, isi), None);
    }
    let (_, mut rows) = pisah_tabel(teks);
    let width = rows
        .iter()
        .map(|b| b.sel.len())
        .chain([kolom.len()])
        .max()
        .unwrap_or(0);
    for b in rows.iter_mut() {
        b.sel.resize(width, Cow::Borrowed(""));
        let sel = if baris_judul.first() == Some(&b.nomor_baris) {
            judul
        } else if b.nomor_baris == baris {
            isi
        } else {
            ""
        };
        b.sel.push(Cow::Borrowed(sel));
    }
    (tulis(&rows), Some(width))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::kinerja::baca::baca_tabel_indikator;
    use crate::core::kinerja::polaritas::Polaritas;

    #[test]
    fn a_row_typed_on_an_empty_page_becomes_a_table_that_reads() {
        let judul: Vec<&str> = KOLOM_BAKU_INDIKATOR.iter().map(|(j, _)| *j).collect();
        let sel = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let teks = tambah_baris_baru(
            "",
            &judul,
            &sel(&[
                "Meningkatnya keamanan",
                "Gangguan KAMTIBMAS",
                "Kasus",
                "13",
                "9",
                "negatif",
            ]),
        );
        let teks = tambah_baris_baru(
            &teks,
            &judul,
            &sel(&["", "IKM", "Indeks", "80,25", "81,14", ""]),
        );
        let t = baca_tabel_indikator(&teks, None);
        assert!(t.judul_dikenali);
        assert_eq!(t.indikator.len(), 2);
        assert_eq!(t.indikator[0].polaritas, Polaritas::Negatif);
        assert_eq!(
            t.indikator[1].sasaran, 0,
            "a blank sasaran continues the one above"
        );
        let teks = tambah_baris_baru(
            "",
            &["Kode", "Uraian", "Anggaran", "Realisasi"],
            &sel(&["1", "Program A", "1.000.000", "900.000"]),
        );
        let a = crate::core::anggaran::baca::baca_tabel_anggaran(&teks);
        assert_eq!(a.baris.len(), 1);
        assert_eq!(
            a.baris[0].anggaran,
            Some(rust_decimal::Decimal::from(1_000_000))
        );
    }

    const T: &str = "Indikator\tTarget\tRealisasi\nIKM\t80,25\t81,14\nKamtibmas\t13\t9";

    #[test]
    fn edits_rewrite_the_text_and_keep_the_rest() {
        let t = ubah_sel(T, 3, 2, "8");
        assert_eq!(
            t,
            "Indikator\tTarget\tRealisasi\nIKM\t80,25\t81,14\nKamtibmas\t13\t8"
        );
        let t = hapus_baris(T, 2);
        assert_eq!(t, "Indikator\tTarget\tRealisasi\nKamtibmas\t13\t9");
        let t = tambah_baris(T, &["Baru".into(), "1".into(), "2".into()]);
        assert_eq!(baca_tabel_indikator(&t, None).indikator.len(), 3);
    }

    #[test]
    fn flipping_polarity_adds_a_column_once() {
        let tab = baca_tabel_indikator(T, None);
        let (t, added) = atur_polaritas(T, &tab.kolom, &tab.baris_judul, 3, "-");
        assert_eq!(added, Some(3));
        let tab = baca_tabel_indikator(&t, None);
        assert_eq!(tab.indikator[1].polaritas, Polaritas::Negatif);
        assert_eq!(tab.indikator[0].polaritas, Polaritas::Positif);
        let (t, added) = atur_polaritas(&t, &tab.kolom, &tab.baris_judul, 2, "-");
        assert_eq!(added, None);
        assert_eq!(
            baca_tabel_indikator(&t, None).indikator[0].polaritas,
            Polaritas::Negatif
        );
    }

    #[test]
    fn mapping_belongs_to_its_paste() {
        let p = Pemetaan {
            sidik: sidik(T),
            kolom: vec![Kolom::Indikator],
        };
        assert!(p.untuk(T).is_some());
        assert!(p.untuk("other\t1\t2").is_none());
    }
}
