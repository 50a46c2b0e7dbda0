//! A table copied one cell per line, as a browser's PDF viewer copies it: `No`, `Indikator`,
//! `Target`, `Realisasi`, then `1`, `IKM`, `82`, `84,5` each on a line of their own. Read
//! line by line it was a column of single cells, and the page could only say that no column
//! was recognised.

use crate::core::anggaran::tabel::{peran_judul_anggaran, KolomAnggaran};
use crate::core::teks::kolom::{peran_judul, Kolom};
use crate::core::teks::pesan::Pesan;
use crate::core::teks::tabel::Baris;

/// Whether a line is a column heading of either table.
fn judul(s: &str) -> bool {
    let h = s.trim();
    if h.is_empty() || h.len() > 60 {
        return false;
    }
    peran_judul(h) != Kolom::Abaikan || peran_judul_anggaran(h) != KolomAnggaran::Abaikan
}

/// Rows of one cell each, starting with at least three headings and then a multiple of as
/// many lines (the widest such run of headings): folded into rows of that width, each numbered by its first line. Anything
/// else (a cell wrapped over two lines, an empty cell the copy left out) does not divide and
/// is left as it was, since a fold shifted by one cell would misread every row after it.
pub fn lipat_sel_per_baris(rows: Vec<Baris<'_>>) -> Vec<Baris<'_>> {
    if rows.len() < 6 || rows.iter().any(|b| b.sel.len() != 1) {
        return rows;
    }
    // the first data cell may read as a heading too (`Program A` under `Uraian`): the widest
    // run of headings that the rest divides into
    let judul_awal = rows.iter().take_while(|b| judul(&b.sel[0])).count();
    let n = rows.len();
    let Some(lebar) = (3..=judul_awal)
        .rev()
        .find(|k| n > *k && (n - k).is_multiple_of(*k))
    else {
        return rows;
    };
    // a table's data holds numbers
    let angka = rows[lebar..]
        .iter()
        .any(|b| b.sel[0].bytes().any(|c| c.is_ascii_digit()));
    if !angka {
        return rows;
    }
    let mut out = Vec::with_capacity(rows.len() / lebar);
    let mut sel = Vec::with_capacity(lebar);
    let mut nomor = 0;
    for b in rows {
        if sel.is_empty() {
            nomor = b.nomor_baris;
        }
        sel.extend(b.sel);
        if sel.len() == lebar {
            out.push(Baris {
                nomor_baris: nomor,
                sel: std::mem::take(&mut sel),
            });
        }
    }
    out
}

/// When a paste is still one cell per line after [`lipat_sel_per_baris`] (it did not
/// divide), the note that says why no column was recognised and what to do: choosing roles
/// cannot mend it.
pub fn pesan_sel_per_baris(rows: &[Baris]) -> Option<Pesan> {
    let satu = rows.len() >= 6 && rows.iter().all(|b| b.sel.len() == 1);
    (satu && rows.iter().take(3).all(|b| judul(&b.sel[0]))).then(|| {
        Pesan::info(
            0,
            "",
            "",
            "Setiap sel tertempel di baris sendiri (seperti salinan dari penampil PDF), dan barisnya tidak dapat disusun kembali: ada sel kosong yang tidak ikut tersalin atau sel yang terbagi dua baris. Salin tabel dari Word atau Excel, atau ketik barisnya dengan \"+ Tambah baris\".".into(),
        )
    })
}

#[cfg(test)]
mod tests {
    use crate::core::teks::tabel::pisah_tabel;

    fn sel(teks: &str) -> Vec<Vec<String>> {
        let (_, rows) = pisah_tabel(teks);
        rows.iter()
            .map(|b| b.sel.iter().map(|c| c.to_string()).collect())
            .collect()
    }

    #[test]
    fn one_cell_per_line_is_folded_by_its_headings() {
        let teks = "No\nIndikator\nSatuan\nTarget\nRealisasi\n1\nIKM\nIndeks\n82\n84,5\n2\nNilai SAKIP\nNilai\n70\n68,5";
        assert_eq!(
            sel(teks),
            [
                ["No", "Indikator", "Satuan", "Target", "Realisasi"],
                ["1", "IKM", "Indeks", "82", "84,5"],
                ["2", "Nilai SAKIP", "Nilai", "70", "68,5"]
            ]
        );
        let (_, rows) = pisah_tabel(teks);
        assert_eq!(rows[2].nomor_baris, 11);
        let teks = "Uraian\nAnggaran\nRealisasi\nProgram A\n1.000\n900";
        assert_eq!(sel(teks).len(), 2);
    }

    #[test]
    fn what_does_not_divide_stays_line_by_line() {
        // the copy left out an empty realisasi: 9 data lines for 5 columns
        let teks = "No\nIndikator\nSatuan\nTarget\nRealisasi\n1\nIKM\nIndeks\n82\n2\nNilai SAKIP\nNilai\n70\n68,5";
        assert!(sel(teks).iter().all(|r| r.len() == 1));
        let (_, rows) = pisah_tabel(teks);
        assert!(super::pesan_sel_per_baris(&rows).is_some());
        // a list of words, not a table
        assert!(
            sel("Target\nRealisasi\nCapaian\nTarget\nRealisasi\nCapaian")
                .iter()
                .all(|r| r.len() == 1)
        );
    }
}
