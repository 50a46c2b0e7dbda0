//! Edits after pasting: correct a cell, add or remove a row, flip a polarity. An edit rewrites
//! the pasted text (as tab-separated rows), so the text stays the single source that is parsed,
//! saved and restored; nothing else the person typed is touched.

use crate::core::teks::kolom::Kolom;
use crate::core::teks::sebaris::baris_sendiri;
use crate::core::teks::tabel::{pisah_tabel, sel_sebaris, tulis_sebaris, Baris, Pemisah};
use crate::core::teks::tempelan::baca_tempelan;
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

/// The text with its line `nomor` (from 1) replaced by `baru`, or removed; every other byte
/// as it was.
fn ganti_garis(teks: &str, nomor: usize, baru: Option<&str>) -> Option<String> {
    let mut garis: Vec<&str> = teks.split_inclusive('\n').collect();
    let lama = *garis.get(nomor.checked_sub(1)?)?;
    let akhir = &lama[lama.trim_end_matches(['\r', '\n']).len()..];
    let ditulis = baru.map(|b| format!("{b}{akhir}"));
    match &ditulis {
        Some(d) => garis[nomor - 1] = d,
        None => {
            garis.remove(nomor - 1);
        }
    }
    Some(garis.concat())
}

/// An edit of the row on line `baris` written on that line alone, in the table's own
/// separator: `sel` its new cells, `None` to remove it. Everything else stays as typed (a CSV
/// stays a CSV, the blank line before the report's text under a table stays). `None` when the
/// row is not one line of its own (a quoted cell over lines, a PDF copy's spaces): the caller
/// then writes the table again.
fn sunting_sebaris(teks: &str, baris: usize, sel: Option<&[String]>) -> Option<String> {
    let (pemisah, row) = baris_di(teks, baris)?;
    let garis = teks.split('\n').nth(baris.checked_sub(1)?)?;
    let garis = garis.strip_suffix('\r').unwrap_or(garis);
    if sel_sebaris(teks, pemisah, garis)? != row.sel {
        return None;
    }
    let baru = match sel {
        Some(sel) => Some(tulis_sebaris(teks, pemisah, sel)?),
        None => None,
    };
    ganti_garis(teks, baris, baru.as_deref())
}

/// Cells as a person typed them into the editor, without the tabs and line breaks that would
/// part them.
fn bersih(sel: &[String]) -> Vec<String> {
    sel.iter()
        .map(|s| s.replace(['\t', '\n', '\r'], " "))
        .collect()
}

/// Set cell `kolom` of the row that starts on line `baris` to `isi`.
pub fn ubah_sel(teks: &str, baris: usize, kolom: usize, isi: &str) -> String {
    let mut sel = sel_baris(teks, baris);
    if !sel.is_empty() {
        if sel.len() <= kolom {
            sel.resize(kolom + 1, String::new());
        }
        sel[kolom] = isi.to_string();
        if let Some(t) = sunting_sebaris(teks, baris, Some(&bersih(&sel))) {
            return t;
        }
    }
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
    if let Some(t) = sunting_sebaris(teks, baris, Some(&bersih(sel))) {
        return t;
    }
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
    baris_di(teks, baris)
        .map(|(_, b)| b.sel.into_iter().map(Cow::into_owned).collect())
        .unwrap_or_default()
}

/// The table's separator and the row that starts on line `baris`: read from that line alone
/// when it can be ([`baris_sendiri`]), else from the whole paste split.
fn baris_di(teks: &str, baris: usize) -> Option<(Pemisah, Baris<'_>)> {
    if let Some(b) = baris_sendiri(teks, baris) {
        return Some((Pemisah::Tab, b));
    }
    let (pemisah, rows) = pisah_tabel(teks);
    Some((pemisah, rows.into_iter().find(|b| b.nomor_baris == baris)?))
}

/// Remove the row that starts on line `baris`.
pub fn hapus_baris(teks: &str, baris: usize) -> String {
    if let Some(t) = sunting_sebaris(teks, baris, None) {
        return t;
    }
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
        return format!("{}\n{}", judul.join("\t"), bersih(sel).join("\t"));
    }
    tambah_baris(teks, sel)
}

/// Add a row of cells after the table's last row, in the table's own separator: before what
/// follows the table (the signatures, the report's text, the next table), which is not read,
/// so a row appended after it was lost.
pub fn tambah_baris(teks: &str, sel: &[String]) -> String {
    if let Some(t) = tambah_sebaris(teks, &bersih(sel)) {
        return t;
    }
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

/// [`tambah_baris`] on a line of its own after the table's last row, when that row is one line.
fn tambah_sebaris(teks: &str, sel: &[String]) -> Option<String> {
    let (_, rows, _) = baca_tempelan(teks);
    let akhir = rows.last()?.nomor_baris;
    let (pemisah, _) = pisah_tabel(teks);
    let mentah = teks.split('\n').nth(akhir - 1)?;
    let garis = mentah.strip_suffix('\r').unwrap_or(mentah);
    if sel_sebaris(teks, pemisah, garis)? != rows.last()?.sel {
        return None;
    }
    let baru = tulis_sebaris(teks, pemisah, sel)?;
    let ujung = if garis.len() < mentah.len() {
        "\r\n"
    } else {
        "\n"
    };
    let mut garis: Vec<String> = teks.split_inclusive('\n').map(String::from).collect();
    // the last line may have no line end of its own
    if let Some(g) = garis.get_mut(akhir - 1).filter(|g| !g.ends_with('\n')) {
        g.push_str(ujung);
    }
    garis.insert(akhir, format!("{baru}{ujung}"));
    let mut t = garis.concat();
    // a row added at the very end ends the text as the text ended
    if akhir == garis.len() - 1 && !teks.ends_with('\n') {
        t.truncate(t.len() - ujung.len());
    }
    Some(t)
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

    /// An edit changes its own line and nothing else: a CSV or a table typed with commas on a
    /// phone keeps its commas (it became tab-separated whole), the blank line before the
    /// report's text under the table stays (without it, that text was read as rows again),
    /// Windows line ends stay.
    #[test]
    fn an_edit_writes_its_own_line_in_the_tables_separator() {
        let baris = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        for (teks, diharapkan) in [
            (
                "Indikator\tTarget\tRealisasi\r\nIKM\t80\t81\r\n\r\nAdapun capaian meningkat.\r\n",
                "Indikator\tTarget\tRealisasi\r\nIKM\t80\t82,5\r\n\r\nAdapun capaian meningkat.\r\n",
            ),
            (
                "Indikator,Target,Realisasi\nIKM,80,81\nAduan,100,\"90,5\"",
                "Indikator,Target,Realisasi\nIKM,80,\"82,5\"\nAduan,100,\"90,5\"",
            ),
            (
                "Indikator, Target, Realisasi\nIKM, 80, 81\nAduan, 100, 90,5",
                "Indikator, Target, Realisasi\nIKM, 80, 82,5\nAduan, 100, 90,5",
            ),
            (
                "| Indikator | Target | Realisasi |\n|---|---|---|\n| IKM | 80 | 81 |",
                "| Indikator | Target | Realisasi |\n|---|---|---|\n| IKM | 80 | 82,5 |",
            ),
        ] {
            let baru = ganti_baris(teks, 2 + usize::from(teks.starts_with('|')), &baris(&["IKM", "80", "82,5"]));
            assert_eq!(baru, diharapkan);
            let t = baca_tabel_indikator(&baru, None);
            assert_eq!(t.indikator[0].realisasi.angka(), Some(rust_decimal::Decimal::new(825, 1)));
        }
        // removed: its line alone
        assert_eq!(
            hapus_baris("Indikator,Target,Realisasi\nIKM,80,81\nAduan,100,90", 2),
            "Indikator,Target,Realisasi\nAduan,100,90"
        );
        // a row over two lines (a quoted cell) is written as before, tab-separated whole
        let dua = "Sasaran\tIndikator\tTarget\tRealisasi\n\"Meningkatnya\nkualitas\"\tIKM\t80\t81";
        let baru = ganti_baris(
            dua,
            2,
            &baris(&["Meningkatnya kualitas", "IKM", "80", "90"]),
        );
        assert_eq!(
            baca_tabel_indikator(&baru, None).indikator[0]
                .realisasi
                .angka(),
            Some(90.into())
        );
    }

    /// A row added goes under the table's last row, before what follows it (the signatures,
    /// the report's text), which is not read: appended after it, the row was lost.
    #[test]
    fn a_row_added_goes_under_the_table_not_under_what_follows_it() {
        let sel: Vec<String> = ["Aduan", "100", "90"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        let teks = "Indikator\tTarget\tRealisasi\nIKM\t80\t81\n\nDumai, 3 Januari 2022\nCamat";
        let baru = tambah_baris(teks, &sel);
        assert_eq!(
            baru,
            "Indikator\tTarget\tRealisasi\nIKM\t80\t81\nAduan\t100\t90\n\nDumai, 3 Januari 2022\nCamat"
        );
        assert_eq!(baca_tabel_indikator(&baru, None).indikator.len(), 2);
        // at the end, the text ends as it ended
        assert_eq!(
            tambah_baris("Indikator, Target, Realisasi\nIKM, 80, 81", &sel),
            "Indikator, Target, Realisasi\nIKM, 80, 81\nAduan, 100, 90"
        );
        assert_eq!(
            tambah_baris("Indikator\tTarget\tRealisasi\r\nIKM\t80\t81\r\n", &sel),
            "Indikator\tTarget\tRealisasi\r\nIKM\t80\t81\r\nAduan\t100\t90\r\n"
        );
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
