//! A table copied one cell per line, as a browser's PDF viewer copies it: `No`, `Indikator`,
//! `Target`, `Realisasi`, then `1`, `IKM`, `82`, `84,5` each on a line of their own. Read
//! line by line it was a column of single cells, and the page could only say that no column
//! was recognised.

use crate::core::teks::kolom::{peran_judul, Kolom};
use crate::core::teks::pesan::Pesan;
use crate::core::teks::spasi_tunggal::{angka, jenis, Jenis};
use crate::core::teks::tabel::Baris;

/// Whether a line is a column heading of either table.
fn judul(s: &str) -> bool {
    let h = s.trim();
    !h.is_empty() && h.len() <= 60 && jenis(h).is_some()
}

/// Rows of one cell each, starting with at least three headings: under a `No` heading folded
/// by the running numbers ([`lipat_per_nomor`]), else when a multiple of as many lines
/// follows (the widest such run of headings) into rows of that width, each numbered by its
/// first line. Anything else (a cell wrapped over two lines, a cell left out with no number
/// to count rows by) is left as it was, since a fold shifted by one cell would misread every
/// row after it.
pub fn lipat_sel_per_baris(rows: Vec<Baris<'_>>) -> Vec<Baris<'_>> {
    if rows.len() < 6 || rows.iter().any(|b| b.sel.len() != 1) {
        return rows;
    }
    // the first data cell may read as a heading too (`Program A` under `Uraian`): the widest
    // run of headings that the rest divides into
    let judul_awal = rows.iter().take_while(|b| judul(&b.sel[0])).count();
    // under a `No` heading the running numbers tell the rows apart, whether or not a cell
    // was left out: a division that happens to come out even can still be shifted
    if let Some(out) = lipat_per_nomor(&rows, judul_awal) {
        return out;
    }
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

/// A one-cell-per-line copy that does not divide, under a `No` heading: its rows start at
/// the running numbers `1`, `2`, `3` (a number that is the row's last cell when the next line
/// is the same number), and a row one cell short (a cell the copy left out, mostly an empty
/// realisasi) has its cells laid under the columns in order, a column skipped where a number
/// meets a text column or text a numeric one. Anything else stays as it was.
fn lipat_per_nomor<'a>(rows: &[Baris<'a>], lebar: usize) -> Option<Vec<Baris<'a>>> {
    let baris_1 = rows.get(lebar)?.sel[0].trim().trim_end_matches('.') == "1";
    if lebar < 3 || !baris_1 || peran_judul(&rows[0].sel[0]) != Kolom::No {
        return None;
    }
    // a heading naming no column holds text
    let kolom: Vec<Jenis> = rows[..lebar]
        .iter()
        .map(|b| jenis(&b.sel[0]).unwrap_or(Jenis::Teks))
        .collect();
    let nomor = |b: &Baris, n: usize| b.sel[0].trim().trim_end_matches('.') == n.to_string();
    let mut out = vec![Baris {
        nomor_baris: rows[0].nomor_baris,
        sel: rows[..lebar].iter().map(|b| b.sel[0].clone()).collect(),
    }];
    let mut sel: Vec<&Baris<'a>> = Vec::with_capacity(lebar);
    let mut berikut = 1;
    let data = &rows[lebar..];
    for (i, b) in data.iter().enumerate() {
        // a row has more than its number: the table's last cell may be the next number
        let mulai = nomor(b, berikut)
            && data.get(i + 1).is_some()
            && (sel.len() >= lebar
                || sel.is_empty()
                || sel.len() + 1 == lebar && !data.get(i + 1).is_some_and(|c| nomor(c, berikut)));
        if mulai {
            if !sel.is_empty() {
                out.push(susun(&sel, &kolom)?);
            }
            sel.clear();
            berikut += 1;
        }
        sel.push(b);
    }
    out.push(susun(&sel, &kolom)?);
    Some(out)
}

/// One row of the cells of `sel` under the columns `kolom`: whole, or one cell short. The
/// short one's text goes under the text columns in order and its numbers under the numeric
/// ones; the text column left out is the Sasaran (a merged cell, copied once), else the last;
/// a number left out is the last (an empty realisasi).
fn susun<'a>(sel: &[&Baris<'a>], kolom: &[Jenis]) -> Option<Baris<'a>> {
    let lebar = kolom.len();
    if sel.len() > lebar || sel.len() + 1 < lebar {
        return None;
    }
    let isi = |b: &&Baris<'a>| b.sel[0].clone();
    if sel.len() == lebar {
        return Some(Baris {
            nomor_baris: sel.first()?.nomor_baris,
            sel: sel.iter().map(isi).collect(),
        });
    }
    let (angka_sel, teks_sel): (Vec<_>, Vec<_>) = sel[1..].iter().partition(|b| angka(&b.sel[0]));
    let mut teks_kolom: Vec<usize> = (1..lebar).filter(|j| kolom[*j] != Jenis::Angka).collect();
    let angka_kolom: Vec<usize> = (1..lebar).filter(|j| kolom[*j] == Jenis::Angka).collect();
    if teks_sel.len() < teks_kolom.len() {
        let lepas = teks_kolom.iter().position(|j| kolom[*j] == Jenis::Sasaran);
        teks_kolom.remove(lepas.unwrap_or(teks_kolom.len() - 1));
    }
    if teks_sel.len() != teks_kolom.len() || angka_sel.len() > angka_kolom.len() {
        return None;
    }
    let mut out = vec![std::borrow::Cow::Borrowed(""); lebar];
    out[0] = isi(&sel[0]);
    for (j, b) in teks_kolom
        .iter()
        .zip(&teks_sel)
        .chain(angka_kolom.iter().zip(&angka_sel))
    {
        out[*j] = isi(b);
    }
    Some(Baris {
        nomor_baris: sel.first()?.nomor_baris,
        sel: out,
    })
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

    /// Under a `No` heading the running numbers start the rows, and a row a cell short has
    /// its cells under the columns they fit.
    #[test]
    fn a_copy_that_left_out_a_cell_is_folded_by_its_numbers() {
        // 1's realisasi left out; 2's satuan left out; 3's realisasi is 4, the next number
        let teks = "No\nIndikator\nSatuan\nTarget\nRealisasi\n1\nIKM\nIndeks\n82\n2\nNilai SAKIP\n70\n68,5\n\
                    3\nDokumen\nDokumen\n4\n4\n4\nRapat\nKali\n12\n4";
        let baris: Vec<String> = sel(teks).iter().map(|r| r.join(" | ")).collect();
        assert_eq!(
            baris,
            [
                "No | Indikator | Satuan | Target | Realisasi",
                "1 | IKM | Indeks | 82 | ",
                "2 | Nilai SAKIP |  | 70 | 68,5",
                "3 | Dokumen | Dokumen | 4 | 4",
                "4 | Rapat | Kali | 12 | 4",
            ]
        );
        // cells left out that still divide evenly (140 cells, 4 columns): shifted rows before
        let mut teks = String::from("No\nIndikator\nTarget\nRealisasi");
        for i in 0..40 {
            teks.push_str(&format!("\n{}\nLayanan {i}\n{}", i + 1, 80 + i % 20));
            if i % 2 == 0 {
                teks.push_str("\n70");
            }
        }
        let rows = sel(&teks);
        assert_eq!(rows.len(), 41);
        assert_eq!(rows[6], ["6", "Layanan 5", "85", ""]);
        // the Sasaran written once, on its first indikator (a merged cell)
        let teks = "No\nSasaran\nIndikator\nSatuan\nTarget\nRealisasi\n1\nMeningkatnya layanan\nIKM\nIndeks\n82\n84\n\
                    2\nWaktu layanan\nHari\n3\n2\n3\nPersentase aduan\n%\n100\n90";
        let baris: Vec<String> = sel(teks).iter().map(|r| r.join(" | ")).collect();
        assert_eq!(
            baris[1..],
            [
                "1 | Meningkatnya layanan | IKM | Indeks | 82 | 84",
                "2 |  | Waktu layanan | Hari | 3 | 2",
                "3 |  | Persentase aduan | % | 100 | 90"
            ]
        );
        // the last cell is the next number
        let teks = "No\nIndikator\nTarget\nRealisasi\n1\nIKM\n82\n2\nRapat\n12\n3";
        let baris: Vec<String> = sel(teks).iter().map(|r| r.join(" | ")).collect();
        assert_eq!(baris[1..], ["1 | IKM | 82 | ", "2 | Rapat | 12 | 3"]);
    }

    /// A single-space table is split by its numbers before the fold looks at it: its lines
    /// name a column (`Kegiatan ...`) and nine of them divide by three, which folded them.
    #[test]
    fn a_single_space_table_is_not_folded() {
        let mut teks = String::from("Kode Uraian Anggaran Realisasi");
        for i in 1..=8 {
            teks.push_str(&format!(
                "\n7.01.0{i} Kegiatan penyusunan dokumen 1.000.000 900.000"
            ));
        }
        let rows = sel(&teks);
        assert_eq!(rows.len(), 9);
        assert_eq!(
            rows[8],
            [
                "7.01.08",
                "Kegiatan penyusunan dokumen",
                "1.000.000",
                "900.000"
            ]
        );
    }

    #[test]
    fn what_does_not_divide_stays_line_by_line() {
        // two cells left out of one row, with no `No` column to count by
        let teks = "Indikator\nSatuan\nTarget\nRealisasi\nIKM\nIndeks\nNilai SAKIP\nNilai\n70\n68,5\nRapat";
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
