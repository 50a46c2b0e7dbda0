//! A table copied from a PDF with one space between its cells: `No Indikator Satuan Target
//! Realisasi` over `1 Indeks Kepuasan Masyarakat Indeks 80 81,03`. Words and cells are
//! parted alike, so the text columns cannot be told apart; the numbers at the end of a line
//! can. Each line is read as its number or code, its text as one cell, its satuan (one word,
//! when the header names one just before the numbers), and its numbers under the header's
//! numeric columns in order. Read as one cell a line, nothing was recognised.

use crate::core::anggaran::tabel::{peran_judul_anggaran, KolomAnggaran};
use crate::core::teks::angka::{baca_angka, IsiAngka, Konvensi};
use crate::core::teks::kata::awali;
use crate::core::teks::kolom::{peran_judul, Kolom};
use crate::core::teks::tabel::Baris;
use std::borrow::Cow;

/// What a group of header words names.
#[derive(Clone, Copy, PartialEq)]
enum Jenis {
    /// `No`, `Kode`: the number or code that starts a line.
    Nomor,
    Satuan,
    /// A column of numbers (Target, Realisasi, Capaian, Anggaran, Sisa, %).
    Angka,
    /// Any other text: sasaran, indikator, uraian.
    Teks,
}

fn jenis(h: &str) -> Option<Jenis> {
    let k = peran_judul(h);
    let a = peran_judul_anggaran(h);
    Some(match (k, a) {
        (Kolom::No, _) | (_, KolomAnggaran::Kode) => Jenis::Nomor,
        (Kolom::Satuan, _) => Jenis::Satuan,
        (
            Kolom::Target
            | Kolom::TargetTahun(_)
            | Kolom::Realisasi
            | Kolom::RealisasiTahun(_)
            | Kolom::CapaianLaporan
            | Kolom::CapaianTahun(_)
            | Kolom::Bobot,
            _,
        )
        | (
            _,
            KolomAnggaran::Anggaran
            | KolomAnggaran::Realisasi
            | KolomAnggaran::Sisa
            | KolomAnggaran::Persen
            | KolomAnggaran::Fisik,
        ) => Jenis::Angka,
        (Kolom::Abaikan, KolomAnggaran::Abaikan) => return None,
        _ => Jenis::Teks,
    })
}

/// A word that qualifies the heading before it rather than starting one: `Indikator Kinerja`,
/// `Sisa Anggaran`, `Realisasi Keuangan`.
fn penjelas(kata: &str, sebelum: &str) -> bool {
    let awal = |w: &[&str]| w.iter().any(|x| awali(sebelum, x));
    if kata.eq_ignore_ascii_case("kinerja") {
        awal(&["indikator", "sasaran", "target", "realisasi", "capaian"])
    } else if kata.eq_ignore_ascii_case("anggaran") || kata.eq_ignore_ascii_case("keuangan") {
        awal(&["sisa", "pagu", "realisasi", "serapan", "target"])
    } else {
        false
    }
}

/// The header's columns: its words grouped into headings (`Capaian (%)`, `Target 2019`,
/// `Indikator Kinerja` are one), each with what it names. A word starts a heading when it
/// names a column, has a letter (or is a lone `%`) and does not qualify the one before.
fn kelompok(judul: &str) -> Vec<(String, Jenis)> {
    let mut out: Vec<String> = Vec::new();
    for kata in judul.split(' ').filter(|w| !w.is_empty()) {
        let mulai = (kata == "%" || kata.bytes().any(|c| c.is_ascii_alphabetic()))
            && jenis(kata).is_some()
            && !out.last().is_some_and(|s| penjelas(kata, s));
        match out.last_mut() {
            Some(s) if !mulai => {
                s.push(' ');
                s.push_str(kata);
            }
            _ => out.push(kata.to_string()),
        }
    }
    // a heading's role is its whole text's (`Realisasi Anggaran` is a budget's realisasi)
    out.into_iter()
        .map(|s| {
            let j = jenis(&s).unwrap_or(Jenis::Teks);
            (s, j)
        })
        .collect()
}

/// A token read as a number, or a dash for "no value".
fn angka(t: &str) -> bool {
    matches!(t, "-" | "–" | "—")
        || t.bytes().any(|c| c.is_ascii_digit())
            && matches!(baca_angka(t, Konvensi::IdId), IsiAngka::Angka(_))
}

/// A line's tokens split into its text and the numbers at its end (a `%` after a number is
/// its unit), at most `k` of them.
fn pisah_akhir(baris: &str, k: usize) -> (Vec<&str>, Vec<&str>) {
    let mut kata: Vec<&str> = baris.split(' ').filter(|w| !w.is_empty()).collect();
    let mut nilai = Vec::new();
    while nilai.len() < k {
        match kata.last() {
            Some(&"%") if kata.len() >= 2 && angka(kata[kata.len() - 2]) => {
                kata.pop();
            }
            Some(t) if angka(t) => nilai.push(kata.pop().unwrap_or_default()),
            _ => break,
        }
    }
    nilai.reverse();
    (kata, nilai)
}

/// Rows of one cell each whose first line names two numeric columns or more, read as above.
/// `None` when the lines do not fit (half the lines with numbers or more must have as many
/// as the header has numeric columns), leaving the rows as they were.
pub fn pisah_spasi_tunggal<'a>(rows: &[Baris<'a>]) -> Option<Vec<Baris<'a>>> {
    if rows.len() < 2 || rows.iter().any(|b| b.sel.len() != 1) {
        return None;
    }
    let kolom = kelompok(&rows[0].sel[0]);
    let k = kolom.iter().filter(|(_, j)| *j == Jenis::Angka).count();
    // the numbers close the header
    let awal_angka = kolom.len() - k;
    if k < 2 || kolom[awal_angka..].iter().any(|(_, j)| *j != Jenis::Angka) {
        return None;
    }
    let nomor = kolom[0].1 == Jenis::Nomor;
    let satuan = awal_angka > 0 && kolom[awal_angka - 1].1 == Jenis::Satuan;
    let teks: Vec<&str> = kolom[usize::from(nomor)..awal_angka - usize::from(satuan)]
        .iter()
        .map(|(s, _)| s.as_str())
        .collect();
    let mut out = Vec::with_capacity(rows.len());
    let mut judul: Vec<Cow<str>> = Vec::new();
    if nomor {
        judul.push(kolom[0].0.clone().into());
    }
    judul.push(teks.join(" / ").into());
    if satuan {
        judul.push(kolom[awal_angka - 1].0.clone().into());
    }
    judul.extend(kolom[awal_angka..].iter().map(|(s, _)| s.clone().into()));
    out.push(Baris {
        nomor_baris: rows[0].nomor_baris,
        sel: judul,
    });
    let (mut bernilai, mut pas) = (0, 0);
    for b in &rows[1..] {
        let (mut kata, nilai) = pisah_akhir(&b.sel[0], k);
        bernilai += usize::from(!nilai.is_empty());
        pas += usize::from(nilai.len() == k);
        let mut sel: Vec<Cow<str>> = Vec::with_capacity(judul_lebar(nomor, satuan, k));
        if nomor {
            let kode = kata
                .first()
                .filter(|t| t.bytes().all(|c| c.is_ascii_digit() || c == b'.'));
            sel.push(kode.map_or("", |t| *t).to_string().into());
            if kode.is_some() {
                kata.remove(0);
            }
        }
        let unit = (satuan && !nilai.is_empty() && kata.len() > 1).then(|| kata.pop());
        sel.push(kata.join(" ").into());
        if satuan {
            sel.push(unit.flatten().unwrap_or("").to_string().into());
        }
        sel.extend(nilai.iter().map(|v| Cow::Owned(v.to_string())));
        out.push(Baris {
            nomor_baris: b.nomor_baris,
            sel,
        });
    }
    (pas > 0 && pas * 2 >= bernilai).then_some(out)
}

fn judul_lebar(nomor: bool, satuan: bool, k: usize) -> usize {
    usize::from(nomor) + 1 + usize::from(satuan) + k
}

#[cfg(test)]
mod tests {
    use super::*;

    fn baris(teks: &str) -> Vec<Baris<'_>> {
        teks.lines()
            .enumerate()
            .map(|(i, l)| Baris {
                nomor_baris: i + 1,
                sel: vec![Cow::Borrowed(l)],
            })
            .collect()
    }

    fn sel(rows: &[Baris]) -> Vec<Vec<String>> {
        rows.iter()
            .map(|b| b.sel.iter().map(|c| c.to_string()).collect())
            .collect()
    }

    #[test]
    fn an_indicator_table_with_one_space_between_cells() {
        let rows = baris(
            "No Sasaran Indikator Kinerja Satuan Target Realisasi Capaian (%)\n\
             1 Meningkatnya kualitas pelayanan Indeks Kepuasan Masyarakat Indeks 80 81,03 101,29\n\
             2 Meningkatnya akuntabilitas Nilai SAKIP Nilai 70 68,5 % 97,86\n\
             3 Persentase dokumen tepat waktu % 100 -",
        );
        let out = pisah_spasi_tunggal(&rows).expect("split");
        assert_eq!(
            sel(&out),
            [
                vec![
                    "No",
                    "Sasaran / Indikator Kinerja",
                    "Satuan",
                    "Target",
                    "Realisasi",
                    "Capaian (%)"
                ],
                vec![
                    "1",
                    "Meningkatnya kualitas pelayanan Indeks Kepuasan Masyarakat",
                    "Indeks",
                    "80",
                    "81,03",
                    "101,29"
                ],
                vec![
                    "2",
                    "Meningkatnya akuntabilitas Nilai SAKIP",
                    "Nilai",
                    "70",
                    "68,5",
                    "97,86"
                ],
                vec!["3", "Persentase dokumen tepat waktu", "%", "100", "-"],
            ]
        );
    }

    #[test]
    fn a_budget_with_codes_and_one_space_between_cells() {
        let rows = baris(
            "Kode Uraian Pagu Anggaran Realisasi Sisa Anggaran\n\
             7.01.01 Program Penunjang Urusan 1.500.000 1.400.000 100.000\n\
             7.01.01.2.01 Perencanaan 2024 500.000 450.000 50.000",
        );
        let out = pisah_spasi_tunggal(&rows).expect("split");
        assert_eq!(
            sel(&out),
            [
                vec![
                    "Kode",
                    "Uraian",
                    "Pagu Anggaran",
                    "Realisasi",
                    "Sisa Anggaran"
                ],
                vec![
                    "7.01.01",
                    "Program Penunjang Urusan",
                    "1.500.000",
                    "1.400.000",
                    "100.000"
                ],
                vec![
                    "7.01.01.2.01",
                    "Perencanaan 2024",
                    "500.000",
                    "450.000",
                    "50.000"
                ],
            ]
        );
    }

    #[test]
    fn prose_and_lines_that_do_not_fit_are_left_as_they_are() {
        // a sentence mentioning target and realisasi, not a header
        assert!(pisah_spasi_tunggal(&baris(
            "Target dan realisasi tahun ini baik\nSemua tercapai dengan baik"
        ))
        .is_none());
        // most lines lack the header's three numbers
        assert!(pisah_spasi_tunggal(&baris(
            "Indikator Target Realisasi Capaian\nIKM 80\nSAKIP 70\nLainnya 1 2 3"
        ))
        .is_none());
    }
}
