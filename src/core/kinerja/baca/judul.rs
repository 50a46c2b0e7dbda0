//! Stage 2 and 3: find the header block (the best-scoring row among the first ones, with the
//! header-like rows right above and below it), and keep the rows that carry data.

use crate::core::anggaran::tabel::{peran_judul_anggaran, KolomAnggaran};
use crate::core::kinerja::baca::nama::judul_sasaran;
use crate::core::teks::kolom::{
    baris_subjudul, gabung_judul, peran_judul, skor_judul, tahun_dalam, triwulan_dalam, Kolom,
};
use crate::core::teks::pembaca::tanpa_angka;
use crate::core::teks::tabel::{baris_nomor_kolom, Baris};

/// The header block `[awal, akhir)`: the best-scoring row among the first twelve of two cells
/// or more, plus up to
/// two header-like rows above (a merged group header) and two below (units, years).
pub fn cari_judul(rows: &[Baris]) -> Option<(usize, usize)> {
    // rows of one cell (the report's text above the table, its caption) are not counted, and
    // the rows from a header's data on are not looked at: another table's header under a
    // short table is not its header
    let mut dilihat = false;
    let (best, score) = rows
        .iter()
        .enumerate()
        .filter(|(_, b)| b.terisi() >= 2)
        .take(12)
        .take_while(|(_, b)| {
            let lanjut = !dilihat || tanpa_angka(b);
            dilihat |= skor_judul(b) >= 2;
            lanjut
        })
        .map(|(i, b)| (i, skor_judul(b)))
        .max_by_key(|(i, s)| (*s, usize::MAX - i))?;
    if score < 2 {
        return None;
    }
    let mut start = best;
    while start > 0
        && best - start < 2
        && tanpa_angka(&rows[start - 1])
        && !baris_nomor_kolom(&rows[start - 1])
        && rows[start - 1]
            .sel
            .iter()
            .filter(|c| !c.trim().is_empty())
            .count()
            >= 2
    {
        start -= 1;
    }
    let mut end = best + 1;
    while end < rows.len() && end - best < 3 && judul_bawah(&rows[end]) {
        end += 1;
    }
    Some((start, end))
}

/// A row under the header that still belongs to it: only header words (a budget's too, in a
/// table of kinerja and keuangan), years or units, or sub-headings (`I ... IV`, `K | Rp`).
fn judul_bawah(b: &Baris) -> bool {
    baris_subjudul(b)
        || !baris_nomor_kolom(b)
            && tanpa_angka(b)
            && b.sel.iter().all(|c| {
                c.trim().is_empty()
                    || peran_judul(c) != Kolom::Abaikan
                    || peran_judul_anggaran(c) != KolomAnggaran::Abaikan
                    || tahun_dalam(c).is_some()
                    || triwulan_dalam(c).is_some()
                    || c.contains('%')
            })
}

/// Another indicator table copied under this one (the report's next, after its text): a
/// heading row after the data whose target is there where the header's is not, or the other
/// way round (seed 000's table 3.3 of realisasi over the years under table 3.2). The first
/// row of the table's data and the other heading's row. Headings of the same columns (seed
/// 004's table a sasaran) are one table.
pub fn tabel_lain(rows: &[Baris], (awal, akhir): (usize, usize)) -> Option<(usize, usize)> {
    let target_di = |c: &str| {
        matches!(
            peran_judul(c),
            Kolom::Target | Kolom::TargetTahun(_) | Kolom::TargetTw(_)
        )
    };
    let bertarget = |b: &Baris| b.sel.iter().any(|c| target_di(c));
    // the header's columns as its rows together name them (`Target Capaian Renstra` over years)
    let blok: Vec<&Baris> = rows[awal..akhir].iter().collect();
    let judul = gabung_judul(&blok);
    let target = judul.iter().any(|c| target_di(c));
    // the columns of numbers the header names: a heading of another one, or a full header row
    // of other ones, is another table's; the header repeated amid the data names the same,
    // as one row, or row by row every role it names
    let peran = |b: &Baris| -> Vec<Kolom> {
        let peran = b.sel.iter().map(|c| peran_judul(c));
        peran.filter(|k| *k != Kolom::Abaikan).collect()
    };
    let angka = |k: &[Kolom]| -> Vec<Kolom> { k.iter().copied().filter(|k| k.numerik()).collect() };
    let semua = angka(&judul.iter().map(|c| peran_judul(c)).collect::<Vec<_>>());
    let baris_blok: Vec<Vec<Kolom>> = blok.iter().map(|b| peran(b)).collect();
    let sama = |a: &[Kolom], b: &[Kolom]| {
        a.iter().all(|k| b.contains(k)) && b.iter().all(|k| a.contains(k))
    };
    // row `i` is one of the header's rows repeated, with the others around it
    let ulang = |i: usize| {
        (0..baris_blok.len().min(i + 1)).any(|o| {
            baris_blok.len() <= rows.len() - (i - o)
                && rows[i - o..]
                    .iter()
                    .zip(&baris_blok)
                    .all(|(b, k)| peran(b) == *k)
        })
    };
    let lain_kolom = |i: usize| {
        let milik = angka(&peran(&rows[i]));
        (milik.iter().any(|k| !semua.contains(k)) || milik.len() >= 2 && !sama(&milik, &semua))
            && !ulang(i)
    };
    // a heading row of programs and kegiatan, naming no indikator's column (seed 004's table
    // of the old and new Renstra's programs under its last sasaran's), where the header names
    // none: another table, of text
    let tingkat = |b: &Baris| {
        b.sel
            .iter()
            .filter(|c| matches!(peran_judul_anggaran(c), KolomAnggaran::Tingkat(_)))
            .nth(1)
            .is_some()
    };
    let tanpa_tingkat = !blok.iter().any(|b| tingkat(b));
    let tabel_teks = |b: &Baris| {
        tanpa_tingkat
            && tingkat(b)
            && b.sel
                .iter()
                .all(|c| matches!(peran_judul(c), Kolom::Abaikan | Kolom::No))
    };
    let data = akhir + rows.get(akhir..)?.iter().position(|b| !tanpa_angka(b))?;
    let lain = (data..rows.len()).find(|&i| {
        let b = &rows[i];
        tanpa_angka(b)
            && b.terisi() >= 2
            && !baris_subjudul(b)
            && (skor_judul(b) >= 2 && (bertarget(b) != target || lain_kolom(i)) || tabel_teks(b))
    })? - data;
    Some((data, data + lain))
}

/// The rows that carry data: every row but the header block and column-number rows; above
/// the header only a sasaran title line and its continuation line are kept.
pub fn baris_data<'a, 'b>(rows: &'a [Baris<'b>], blok: (usize, usize)) -> Vec<&'a Baris<'b>> {
    let (awal, akhir) = blok;
    let mut judul_di_atas = false;
    rows.iter()
        .enumerate()
        .filter(|(i, b)| {
            if *i < awal {
                let satu = b.terisi() == 1;
                // a section's heading (`b. Sasaran`, the word alone) in the report's text
                // above the table names no sasaran
                let judul = b
                    .sel
                    .iter()
                    .find(|c| !c.trim().is_empty())
                    .is_some_and(|c| {
                        judul_sasaran(c).is_some_and(|n| !n.eq_ignore_ascii_case("sasaran"))
                    });
                let simpan = judul || (judul_di_atas && satu);
                judul_di_atas = judul;
                return simpan;
            }
            !(awal..akhir).contains(i) && !baris_nomor_kolom(b)
        })
        .map(|(_, b)| b)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::teks::tabel::pisah_tabel;

    #[test]
    fn header_block_spans_a_group_row_and_a_units_row() {
        // seed 004: a group header above, the column headers, then the data
        let (_, rows) = pisah_tabel(
            "Indikator Kinerja\t\tRPJMD\n\tTarget 2020\tRealisasi 2020\n1\t2\t3\nIKM\t100\t98,32",
        );
        assert_eq!(cari_judul(&rows), Some((0, 2)));
        let data = baris_data(&rows, (0, 2));
        assert_eq!(data.len(), 1, "the column-number row is dropped");
        assert_eq!(data[0].pertama(), "IKM");
    }

    #[test]
    fn a_table_of_other_columns_under_the_first_is_another() {
        let (_, rows) = pisah_tabel(
            "No\tIndikator\tTarget\tRealisasi\n1\tIKM\t80\t81\n\
             No\tIndikator\tRealisasi 2018\tRealisasi 2019\n1\tIKM\t79\t81",
        );
        let blok = cari_judul(&rows);
        assert_eq!(blok, Some((0, 1)), "the first table's header");
        assert_eq!(blok.and_then(|b| tabel_lain(&rows, b)), Some((1, 2)));
        // seed 004: a header a sasaran, worded otherwise, with the same target column
        let (_, rows) = pisah_tabel(
            "Indikator\tTarget 2020\tRealisasi 2020\nIKM\t80\t81\n\
             Kinerja\tTarget 2020\tRealisasi 2020\nAduan\t100\t90",
        );
        assert_eq!(cari_judul(&rows).and_then(|b| tabel_lain(&rows, b)), None);
        // both with a target: the Renstra's table, of other columns, under the year's
        let (_, rows) = pisah_tabel(
            "No\tIndikator\tTarget\tRealisasi\n1\tIKM\t80\t81\n\
             No\tIndikator\tRealisasi 2019\tTarget Akhir Renstra\n1\tIKM\t81\t85",
        );
        assert_eq!(
            cari_judul(&rows).and_then(|b| tabel_lain(&rows, b)),
            Some((1, 2))
        );
        // a header of two rows repeated amid the data (a page break) is the same table,
        // though its second row alone names the target and realisasi of another table
        let (_, rows) = pisah_tabel(
            "No\tIndikator\tKinerja 2022\t\n\t\tTarget\tRealisasi\n1\tIKM\t80\t81\n\
             No\tIndikator\tKinerja 2022\t\n\t\tTarget\tRealisasi\n2\tSAKIP\t70\t68",
        );
        assert_eq!(cari_judul(&rows), Some((0, 2)));
        assert_eq!(cari_judul(&rows).and_then(|b| tabel_lain(&rows, b)), None);
    }

    #[test]
    fn a_sasaran_title_above_the_header_is_kept() {
        let (_, rows) = pisah_tabel(
            "Sasaran 1. Terwujudnya kinerja\nNo\tIndikator\tTarget\tRealisasi\n1\tIKM\t80\t81",
        );
        let blok = cari_judul(&rows).unwrap();
        assert_eq!(blok, (1, 2));
        let data = baris_data(&rows, blok);
        assert_eq!(data.len(), 2);
        assert!(judul_sasaran(data[0].pertama()).is_some());
    }

    #[test]
    fn no_header_without_two_header_words() {
        let (_, rows) = pisah_tabel("Meningkatnya kepuasan\tIKM\t80\t81");
        assert_eq!(cari_judul(&rows), None);
    }
}
