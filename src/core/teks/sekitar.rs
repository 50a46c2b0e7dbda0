//! What an office copies along with a table and is no row of it: a note (its source, a
//! remark), a page footer, the signatures under a Perjanjian Kinerja, the report's text under
//! the table. Every reader drops
//! them before anything else looks at the rows: a source line below a budget was taken for a
//! code and moved the last lines' amounts out of their program (80.895.000 -> 50.000.000),
//! and the signatures were indikator with nothing to compute, whose text in the second column
//! made seed 001's `a`, `b`, `c` numbering column the indikator's names.

use crate::core::teks::kata::BULAN;
use crate::core::teks::pesan::Pesan;
use crate::core::teks::tabel::Baris;

/// Drops the notes and page footers anywhere, the signature block with every line after it,
/// and the report's text under the table; says so when there was a signature block or text.
/// `rapat`: rows parted by pipes or a PDF copy's single spaces, where a line of one cell under
/// the table is text even with no blank line above it: a markdown table's rows all have pipes,
/// and [`crate::core::teks::spasi_tunggal`] leaves a PDF's lines under the table one cell each.
pub fn buang_sekitar(rows: &mut Vec<Baris<'_>>, rapat: bool) -> Vec<Pesan> {
    let pesan = buang_tanda_tangan(rows);
    // a number alone on its line is a page's only in a table whose rows have several cells
    // (counted as parted, which needs no look into them):
    // typed one value a line, or a Word copy of one cell a line, it is a value
    let banyak = rows.iter().filter(|b| b.sel.len() >= 3).count() * 2 >= rows.len();
    rows.retain(|b| !bukan_tabel(b, banyak));
    pesan.into_iter().chain(buang_ekor(rows, rapat)).collect()
}

/// The report's text under a table (a paragraph, the next section's heading and caption):
/// lines of one cell after the table's last row of several, from the first one after a blank
/// line on. Right under the table such a line is still its own (a stated `Capaian Sasaran
/// (99,48%)`, the rest of the last uraian); in a table typed or copied one cell a line there is
/// none. It was an indikator with nothing to compute, or a budget line.
fn buang_ekor(rows: &mut Vec<Baris<'_>>, rapat: bool) -> Option<Pesan> {
    let tabel = rows.iter().filter(|b| b.terisi() >= 2).nth(1).is_some();
    let terakhir = rows.iter().rposition(|b| b.terisi() >= 2)?;
    let akhir = (terakhir + 1..rows.len()).find(|&i| {
        rapat && rows[i].sel.len() == 1 || rows[i].nomor_baris > rows[i - 1].nomor_baris + 1
    })?;
    let b = rows.get(akhir).filter(|_| tabel)?;
    let pesan = Pesan::info(
        b.nomor_baris,
        "",
        b.pertama(),
        "baris ini dan sesudahnya (teks di bawah tabel, satu sel sebaris) tidak dibaca.".into(),
    );
    rows.truncate(akhir);
    Some(pesan)
}

/// The lines of a table with no tab, each one cell (a PDF's single spaces), before its columns
/// are inferred from them: the signature block on and the notes and footers go, so that a
/// NIP's digits are no column of amounts (seed 002's budget read nothing with its signatures
/// under it). The signatures are said, as [`buang_sekitar`] says them.
pub fn buang_sebaris(rows: &mut Vec<Baris<'_>>) -> Option<Pesan> {
    let pesan = buang_tanda_tangan(rows);
    rows.retain(|b| !bukan_tabel(b, false));
    pesan
}

/// Drops the signature block and every line after it, with a message naming its first line.
fn buang_tanda_tangan(rows: &mut Vec<Baris<'_>>) -> Option<Pesan> {
    let i = rows.iter().position(pembuka_tanda_tangan)?;
    let pesan = Pesan::info(
        rows[i].nomor_baris,
        "",
        rows[i].pertama(),
        "baris ini dan sesudahnya (tanda tangan) bukan bagian tabel dan tidak dibaca.".into(),
    );
    rows.truncate(i);
    Some(pesan)
}

/// A note, a page footer or number, or the running footer: by the first character of the
/// row, one test at most for a row of data (they were a fifth of reading 100.000 lines).
fn bukan_tabel(b: &Baris<'_>, banyak: bool) -> bool {
    let Some(c) = b.pertama().chars().next() else {
        return false;
    };
    match c.to_ascii_lowercase() {
        '*' | 's' | 'k' | 'c' | 'n' => catatan(b),
        'h' => kaki_halaman(b),
        'l' => judul_berjalan(b),
        '0'..='9' | 'i' | 'v' | 'x' | '-' | '\u{2013}' | '\u{2014}' => banyak && nomor_halaman(b),
        _ => false,
    }
}

/// The row's words, whatever parted them (a PDF copy parts every word into a cell).
fn kata_kata<'a>(b: &'a Baris<'_>) -> impl Iterator<Item = &'a str> {
    b.sel.iter().flat_map(|c| c.split_whitespace())
}

/// A page number alone on its line: `45`, `- 45 -`, `iv`.
fn nomor_halaman(b: &Baris<'_>) -> bool {
    let garis = |k: &&str| {
        k.chars()
            .all(|c| matches!(c, '-' | '\u{2013}' | '\u{2014}'))
    };
    let mut kata = kata_kata(b).filter(|k| !garis(k));
    let (Some(n), None) = (kata.next(), kata.next()) else {
        return false;
    };
    let romawi = n.len() <= 5 && n.bytes().all(|c| matches!(c, b'i' | b'v' | b'x'));
    (n.len() <= 4 && n.bytes().all(|c| c.is_ascii_digit())) || romawi
}

/// The report's running header or footer, on every page of a PDF: its name, the year and the
/// page number (`LKjIP Kecamatan Sungai Sembilan Tahun 2022 45`). Amid a copied budget its
/// year and page were two amounts (the total 2.022 + 45 more); amid indikator, one of capaian
/// 2,23 in every average.
fn judul_berjalan(b: &Baris<'_>) -> bool {
    // the report's name first: any other row ends here, its words not collected
    let mut awal = kata_kata(b);
    let (Some(k0), k1) = (awal.next(), awal.next()) else {
        return false;
    };
    let laporan = ["lkjip", "lakip", "lkip", "lppd"]
        .iter()
        .any(|l| k0.eq_ignore_ascii_case(l))
        || k0.eq_ignore_ascii_case("laporan")
            && k1.is_some_and(|k| {
                k.eq_ignore_ascii_case("kinerja") || k.eq_ignore_ascii_case("akuntabilitas")
            });
    if !laporan || k1.is_none() || awal.next().is_none() {
        return false;
    }
    let tahun = |k: &str| k.len() == 4 && (k.starts_with("19") || k.starts_with("20"));
    let digit = |k: &str| !k.is_empty() && k.len() <= 4 && k.bytes().all(|c| c.is_ascii_digit());
    let mut akhir = b.sel.iter().rev().flat_map(|c| c.split_whitespace().rev());
    match (akhir.next(), akhir.next()) {
        (Some(h), Some(t)) => (tahun(t) && digit(h)) || tahun(h),
        _ => false,
    }
}

/// A note copied with a table, below or above it: its source (`Sumber: Kecamatan, 2024`,
/// `Sumber data :`) or a remark (`Keterangan:`, `Catatan:`, `Ket. :`, `*) data sementara`).
fn catatan(b: &Baris<'_>) -> bool {
    let awal = b.pertama();
    if awal.starts_with("*)") || awal.starts_with("**)") {
        return true;
    }
    let pembuka = ["sumber", "keterangan", "catatan", "ket", "note", "notes"]
        .iter()
        .any(|p| kata_pertama(awal).eq_ignore_ascii_case(p));
    // a colon soon after: "Sumber daya aparatur" is a sasaran, "Sumber: ..." a note
    pembuka
        && awal
            .char_indices()
            .take_while(|(i, _)| *i < 24)
            .any(|(_, c)| c == ':')
}

/// A page footer a copy across pages brings along: `Halaman 45 dari 60`, `Hal. 45`, alone on
/// its line.
fn kaki_halaman(b: &Baris<'_>) -> bool {
    let mut kata = kata_kata(b);
    let digit = |k: &str| k.bytes().all(|c| c.is_ascii_digit());
    let halaman = |k: &str| {
        k.eq_ignore_ascii_case("halaman")
            || k.eq_ignore_ascii_case("hal.")
            || k.eq_ignore_ascii_case("hal")
    };
    match [(); 5].map(|_| kata.next()) {
        [Some(h), Some(n), None, ..] => halaman(h) && digit(n),
        [Some(h), Some(n), Some(d), Some(m), None] => {
            halaman(h) && digit(n) && d.eq_ignore_ascii_case("dari") && digit(m)
        }
        _ => false,
    }
}

/// The first line of the signatures under a Perjanjian Kinerja or a report: the place and
/// date (`Dumai, 3 Januari 2022`), or `Mengetahui`, `Menyetujui`, `PIHAK KEDUA`, `PIHAK
/// PERTAMA`, `Ditetapkan di`.
fn pembuka_tanda_tangan(b: &Baris<'_>) -> bool {
    let awal = b.pertama();
    let kata = [
        "mengetahui",
        "menyetujui",
        "pihak pertama",
        "pihak kedua",
        "ditetapkan di",
    ];
    // its words first: a row of data ends there, its cells not counted
    (kata.iter().any(|k| {
        awal.get(..k.len())
            .is_some_and(|a| a.eq_ignore_ascii_case(k))
    }) || tempat_tanggal(awal))
        && b.terisi() <= 2
}

/// `Dumai, 3 Januari 2022`: a place, a comma, a day, a month's name and a year.
fn tempat_tanggal(s: &str) -> bool {
    // a place and a date are short: a long cell's words are not collected
    if s.len() > 80 {
        return false;
    }
    let Some((tempat, tanggal)) = s.split_once(',') else {
        return false;
    };
    let bagian: Vec<&str> = tanggal.split_whitespace().collect();
    let [hari, bulan, tahun] = bagian[..] else {
        return false;
    };
    let angka = |x: &str, n: std::ops::RangeInclusive<usize>| {
        n.contains(&x.len()) && x.bytes().all(|c| c.is_ascii_digit())
    };
    !tempat.trim().is_empty()
        && tempat
            .bytes()
            .all(|c| c.is_ascii_alphabetic() || c == b' ' || c == b'.')
        && angka(hari, 1..=2)
        && BULAN
            .iter()
            .chain(&["pebruari", "nopember"])
            .any(|m| bulan.eq_ignore_ascii_case(m))
        && angka(tahun, 4..=4)
}

/// The letters a text starts with.
fn kata_pertama(s: &str) -> &str {
    let akhir = s
        .find(|c: char| !c.is_ascii_alphabetic())
        .unwrap_or(s.len());
    &s[..akhir]
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::borrow::Cow;

    fn baris(sel: &[&'static str]) -> Baris<'static> {
        Baris {
            nomor_baris: 1,
            sel: sel.iter().map(|s| Cow::Borrowed(*s)).collect(),
        }
    }

    #[test]
    fn a_source_or_a_remark_is_a_note_a_name_is_not() {
        for (sel, diharapkan) in [
            (&["Sumber: Kecamatan, 2024"][..], true),
            (&["", "Sumber : Data diolah"], true),
            (&["Sumber data: LKjIP 2023"], true),
            (&["Keterangan:", "*) sementara"], true),
            (&["Ket. : angka sementara"], true),
            (&["*) data sementara"], true),
            (&["Sumber daya aparatur yang berkualitas"], false),
            (&["Ketersediaan: dokumen", "1", "1"], false),
            (&["No", "Indikator", "Keterangan"], false),
            (&["1", "Catatan sipil", "100", "90"], false),
            (&["Keterangan"], false),
        ] {
            assert_eq!(catatan(&baris(sel)), diharapkan, "{sel:?}");
        }
    }

    #[test]
    fn a_page_footer_is_a_page_number_alone_on_its_line() {
        for (sel, diharapkan) in [
            (&["Halaman 45 dari 60"][..], true),
            (&["", "Hal. 12", ""], true),
            (&["Halaman", "45", "dari", "60"], true),
            (&["Halaman 45", "1.000"], false),
            (&["Halaman depan website yang diperbarui"], false),
        ] {
            assert_eq!(kaki_halaman(&baris(sel)), diharapkan, "{sel:?}");
        }
    }

    #[test]
    fn a_running_footer_or_a_page_number_is_no_row() {
        for (sel, diharapkan) in [
            (&["LKjIP Kecamatan Sungai Sembilan Tahun 2022 45"][..], true),
            (&["LKjIP", "Kecamatan", "Dumai", "2022", "12"], true),
            (&["Laporan Kinerja Instansi Pemerintah Tahun 2023"], true),
            (
                &["LKjIP yang disusun tepat waktu", "%", "100", "100"],
                false,
            ),
            (
                &["1", "Laporan kinerja tepat waktu", "Dokumen", "1", "1"],
                false,
            ),
        ] {
            assert_eq!(judul_berjalan(&baris(sel)), diharapkan, "{sel:?}");
        }
        for (sel, diharapkan) in [
            (&["45"][..], true),
            (&["-", "45", "-"], true),
            (&["", "iv", ""], true),
            (&["1.500"], false),
            (&["45", "80"], false),
            (&["IKM"], false),
        ] {
            assert_eq!(nomor_halaman(&baris(sel)), diharapkan, "{sel:?}");
        }
    }

    #[test]
    fn a_lone_number_is_a_page_only_among_rows_of_several_cells() {
        let mut tabel = vec![
            baris(&["IKM", "80", "82"]),
            baris(&["45"]),
            baris(&["Aduan", "100", "90"]),
        ];
        buang_sekitar(&mut tabel, false);
        assert_eq!(tabel.len(), 2);
        // one NRR typed a line
        let mut ketik = vec![baris(&["3"]), baris(&["3,04"]), baris(&["3"])];
        buang_sekitar(&mut ketik, false);
        assert_eq!(ketik.len(), 3);
    }

    #[test]
    fn the_signatures_start_with_a_place_and_date_or_their_words() {
        for (sel, diharapkan) in [
            (&["Dumai, 3 Januari 2022"][..], true),
            (&["", "Sintang, 31 Desember 2023"], true),
            (&["PIHAK KEDUA", "PIHAK PERTAMA"], true),
            (&["Mengetahui,"], true),
            (&["Kota Baru, 12 Pebruari 2021"], true),
            (&["Dumai, 3 Januari 2022", "100", "90"], false),
            (&["Persentase desa, 3 bulan 2022"], false),
            (&["1", "Mengetahui kebutuhan masyarakat", "%", "100"], false),
        ] {
            assert_eq!(pembuka_tanda_tangan(&baris(sel)), diharapkan, "{sel:?}");
        }
    }

    #[test]
    fn the_signature_block_and_what_follows_it_go_with_one_message() {
        let mut rows = vec![
            baris(&["IKM", "80", "82"]),
            baris(&["Sumber: survei"]),
            baris(&["Dumai, 3 Januari 2022"]),
            baris(&["PIHAK KEDUA", "PIHAK PERTAMA"]),
            baris(&["", "NIP. 19750101 200003 1 001"]),
        ];
        for (i, b) in rows.iter_mut().enumerate() {
            b.nomor_baris = i + 1;
        }
        let pesan = buang_sekitar(&mut rows, false);
        assert_eq!(rows.len(), 1);
        assert!(pesan.len() == 1 && pesan[0].baris == 3 && pesan[0].pesan.contains("tanda tangan"));
        let mut tanpa = vec![baris(&["IKM", "80", "82"])];
        assert!(buang_sekitar(&mut tanpa, false).is_empty());
    }

    #[test]
    fn text_under_a_table_goes_text_in_a_table_of_one_cell_a_line_stays() {
        let mut rows = vec![
            baris(&["Indikator", "Target", "Realisasi"]),
            baris(&["IKM", "80", "82"]),
            baris(&["Capaian sasaran (99,48%)"]),
            baris(&["Adapun pencapaian kinerja meningkat."]),
            baris(&["Tabel 3.4"]),
        ];
        // a blank line before the paragraph
        for (i, b) in rows.iter_mut().enumerate() {
            b.nomor_baris = i + 1 + usize::from(i >= 3);
        }
        let pesan = buang_sekitar(&mut rows, false);
        assert_eq!(rows.len(), 3);
        assert!(pesan.len() == 1 && pesan[0].baris == 5, "{pesan:?}");
        let mut satu = vec![baris(&["IKM"]), baris(&["80"]), baris(&["82"])];
        assert!(buang_sekitar(&mut satu, false).is_empty());
        assert_eq!(satu.len(), 3);
    }
}
