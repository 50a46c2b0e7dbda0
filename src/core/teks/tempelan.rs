//! The first stage of every reader: a paste cut to the size limits, split into rows. Beyond
//! the paste's limits (`tabel::batasi`) a single cell has one too: a cell of megabytes (a
//! document pasted into one cell, or a table whose separators were lost) took Chromium
//! seconds to minutes to lay out in the results table (one cell of 2 MB: 7 s, 3 MB: 19 s,
//! 5 MB: over a minute), and every message quoting it would do the same. And a row has a
//! limit of columns: 50.000 columns (a PDF copy whose words are all split apart) put a role
//! dropdown per column on the page, 200.000 elements and 20 s.

use crate::core::teks::dokumen::pilih_tabel_dokumen;
use crate::core::teks::kotak::{buang_tabel_lain, tambah_potongan, Kotak};
use crate::core::teks::pesan::Pesan;
use crate::core::teks::sekitar::buang_sekitar;
use crate::core::teks::spasi_tunggal::{bacaan_teks, dibaca_tanpa_judul};
use crate::core::teks::tabel::{batasi, pisah_tabel_ttd, Baris, Pemisah};
use crate::core::teks::tampil::ribuan;
use std::borrow::Cow;

/// The most characters one cell is read to; the longest sasaran or indikator of the seeds
/// has a few hundred.
pub const MAKS_SEL: usize = 2000;

/// The most columns a row is read to; a quarterly table has about twenty.
pub const MAKS_KOLOM: usize = 200;

/// How many characters of a cut cell its message quotes.
const KUTIPAN: usize = 40;

/// `teks` cut to the paste's limits and split into rows, every row cut to [`MAKS_KOLOM`]
/// columns and every cell to [`MAKS_SEL`] characters, with a message for each limit reached.
/// The text itself is kept whole.
pub fn baca_tempelan(teks: &str) -> (Pemisah, Vec<Baris<'_>>, Vec<Pesan>) {
    baca_tempelan_untuk(teks, None)
}

/// [`baca_tempelan`] for the box `kotak`: another box's table above this box's is left out
/// ([`buang_tabel_lain`]).
pub fn baca_tempelan_untuk(
    teks: &str,
    kotak: Option<Kotak>,
) -> (Pemisah, Vec<Baris<'_>>, Vec<Pesan>) {
    let (teks, batas) = batasi(teks);
    let (pemisah, mut rows, ttd) = pisah_tabel_ttd(teks, kotak);
    let rapat = matches!(pemisah, Pemisah::SpasiTunggal | Pemisah::Pipa);
    let mut sekitar: Vec<Pesan> = ttd;
    // a whole report first: its foreword's signatures would end it (`buang_sekitar`)
    sekitar.extend(pilih_tabel_dokumen(&mut rows, kotak));
    sekitar.extend(buang_sekitar(&mut rows, rapat));
    tambah_potongan(&mut sekitar, buang_tabel_lain(&mut rows));
    let mut pesan: Vec<Pesan> = batas
        .into_iter()
        .map(|b| Pesan::info(0, "", "", b))
        .chain(sekitar)
        .collect();
    pesan.extend(potong_kolom(&mut rows));
    if pemisah == Pemisah::Koma {
        pesan.extend(sel_lebih_koma(&rows));
    }
    if pemisah == Pemisah::SpasiTunggal {
        // the header: the first row split (a sasaran's title above it is one cell)
        let judul: Vec<&str> = rows
            .iter()
            .find(|b| b.sel.len() > 1)
            .map_or(Vec::new(), |b| b.sel.iter().map(|c| c.as_ref()).collect());
        let m = if dibaca_tanpa_judul(&judul) {
            "Sel dipisah satu spasi, tanpa baris judul: angka di akhir tiap baris dibaca sebagai kolom-kolomnya dan teks sebelumnya satu kolom, dengan peran kolom ditebak. Periksa hasilnya; beri baris judul (nama tiap kolom) atau pisahkan sel dengan tab atau koma-spasi.".to_string()
        } else {
            format!(
                "Sel dipisah satu spasi, seperti kata (salinan PDF, atau diketik): tiap baris dibaca sebagai {}, dengan angka di akhir baris sebagai kolom angkanya dan teks sebelumnya {}. Periksa hasilnya; bila ada yang tergeser, salin tabel dari Word atau Excel, atau pisahkan sel dengan tab atau koma-spasi.",
                judul.join(" | "),
                bacaan_teks(&judul)
            )
        };
        pesan.push(Pesan::info(0, "", "", m));
    }
    for b in &mut rows {
        for (j, sel) in b.sel.iter_mut().enumerate() {
            if let Some(p) = potong(sel) {
                pesan.push(Pesan::peringatan(
                    b.nomor_baris,
                    &format!("ke-{}", j + 1),
                    &p.0,
                    p.1,
                ));
            }
        }
    }
    (pemisah, rows, pesan)
}

/// Rows of a comma-parted table with more filled cells than its header has columns: a
/// decimal comma not quoted (`IKM,80,82,5` in a CSV) parts a number in two and shifts every
/// cell after it, so the realisasi read was 82. Said on each such row.
fn sel_lebih_koma(rows: &[Baris<'_>]) -> Vec<Pesan> {
    let Some(lebar) = rows.iter().find(|b| b.sel.len() > 1).map(|b| b.sel.len()) else {
        return Vec::new();
    };
    rows.iter()
        .filter(|b| b.sel[lebar.min(b.sel.len())..].iter().any(|c| !c.trim().is_empty()))
        .map(|b| {
            Pesan::peringatan(
                b.nomor_baris,
                "",
                "",
                format!(
                    "{} sel, sedangkan judul {} kolom: koma desimal tanpa tanda kutip memecah angka dan menggeser sel sesudahnya. Tulis angka desimal dalam tanda kutip (\"82,5\"), pisahkan sel dengan koma-spasi atau titik koma (;).",
                    b.sel.len(),
                    lebar
                ),
            )
        })
        .collect()
}

/// Cuts every row to [`MAKS_KOLOM`] columns; one message for the table, naming the widest row.
fn potong_kolom(rows: &mut [Baris<'_>]) -> Option<Pesan> {
    let (mut terlebar, mut baris, mut jumlah) = (0, 0, 0);
    for b in rows.iter_mut().filter(|b| b.sel.len() > MAKS_KOLOM) {
        if b.sel.len() > terlebar {
            (terlebar, baris) = (b.sel.len(), b.nomor_baris);
        }
        jumlah += 1;
        b.sel.truncate(MAKS_KOLOM);
    }
    (jumlah > 0).then(|| {
        Pesan::info(
            0,
            "",
            "",
            format!(
                "Tabel terlalu lebar: {} baris lebih dari {} kolom (baris {} memiliki {} kolom); \
                 hanya {} kolom pertama yang dibaca. Tabel SAKIP tidak selebar ini; periksa \
                 pemisah kolomnya (salinan PDF sering memisah setiap kata).",
                ribuan(jumlah),
                MAKS_KOLOM,
                baris,
                ribuan(terlebar),
                MAKS_KOLOM
            ),
        )
    })
}

/// Cuts `sel` to [`MAKS_SEL`] characters when it is longer: its start, quoted, and what was
/// left out.
fn potong(sel: &mut Cow<'_, str>) -> Option<(String, String)> {
    // a cell of MAKS_SEL characters has at least as many bytes: most cells end the check here
    if sel.len() <= MAKS_SEL {
        return None;
    }
    let (akhir, _) = sel.char_indices().nth(MAKS_SEL)?;
    let panjang = sel.chars().count();
    let kutipan: String = sel.chars().take(KUTIPAN).chain("…".chars()).collect();
    match sel {
        Cow::Borrowed(s) => *s = &s[..akhir],
        Cow::Owned(s) => s.truncate(akhir),
    }
    let pesan = format!(
        "sel sepanjang {} karakter: hanya {} karakter pertama yang dibaca, {} karakter sisanya \
         tidak. Sel tabel SAKIP tidak sepanjang ini; periksa apakah tanda pemisah kolom atau \
         baris di sel ini hilang, lalu tempel lagi.",
        ribuan(panjang),
        ribuan(MAKS_SEL),
        ribuan(panjang - MAKS_SEL)
    );
    Some((kutipan, pesan))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cell_over_the_limit_is_cut_with_a_message_naming_row_column_and_start() {
        let panjang = "layanan ".repeat(1000); // 8.000 characters
        let teks = format!("Indikator\tTarget\n{panjang}\t80\nIKM\t90");
        let (_, rows, pesan) = baca_tempelan(&teks);
        assert_eq!(rows[1].sel(0).chars().count(), MAKS_SEL);
        assert!(panjang.starts_with(rows[1].sel(0)));
        assert_eq!(rows[1].sel(1), "80");
        assert_eq!(pesan.len(), 1);
        let kalimat = pesan[0].kalimat();
        assert!(
            kalimat.starts_with("Baris 2, kolom ke-1, \"layanan layanan layanan layanan layanan …\": sel sepanjang 7.999 karakter: hanya 2.000 karakter pertama yang dibaca, 5.999 karakter sisanya tidak."),
            "{kalimat}"
        );
    }

    /// A PDF copy's signatures are dropped before its columns are inferred; they are said all
    /// the same, on their first line.
    #[test]
    fn a_pdf_copys_signatures_are_said() {
        let teks =
            "No Indikator Satuan Target Realisasi\n1 IKM Indeks 80 82\n2 SAKIP Nilai 70 68\n\
                    Sintang, 31 Desember 2023\nCamat Kalam Permai\nNIP. 19750101 200003 1 001";
        let (p, rows, pesan) = baca_tempelan(teks);
        assert_eq!((p, rows.len()), (Pemisah::SpasiTunggal, 3));
        let kalimat: Vec<String> = pesan.iter().map(|p| p.kalimat()).collect();
        assert!(
            kalimat.iter().any(|k| k.starts_with(
                "Baris 4, \"Sintang, 31 Desember 2023\": baris ini dan sesudahnya (tanda tangan)"
            )),
            "{kalimat:?}"
        );
    }

    #[test]
    fn a_row_over_the_column_limit_is_cut_with_one_message_for_the_table() {
        let lebar = |n: usize| (0..n).map(|i| i.to_string()).collect::<Vec<_>>().join("\t");
        let teks = format!(
            "{}\n{}\n{}",
            lebar(3),
            lebar(MAKS_KOLOM + 50),
            lebar(MAKS_KOLOM + 1)
        );
        let (_, rows, pesan) = baca_tempelan(&teks);
        let kolom: Vec<usize> = rows.iter().map(|b| b.sel.len()).collect();
        assert_eq!(kolom, vec![3, MAKS_KOLOM, MAKS_KOLOM]);
        assert_eq!(rows[1].sel(MAKS_KOLOM - 1), "199");
        assert_eq!(pesan.len(), 1);
        assert!(
            pesan[0].kalimat().starts_with("Tabel terlalu lebar: 2 baris lebih dari 200 kolom (baris 2 memiliki 250 kolom); hanya 200 kolom pertama yang dibaca."),
            "{}",
            pesan[0].kalimat()
        );
    }

    #[test]
    fn cells_within_the_limit_and_the_paste_limit_message_pass_as_before() {
        let pas = "é".repeat(MAKS_SEL); // 2.000 characters, 4.000 bytes
        let teks = format!("Indikator\tTarget\n{pas}\t80");
        let (p, rows, pesan) = baca_tempelan(&teks);
        assert_eq!((p, rows[1].sel(0)), (Pemisah::Tab, pas.as_str()));
        assert!(pesan.is_empty());
        // a cell that was tidied (an owned string) is cut too, inside a character's bytes
        let lebih = format!("\"{}\n{}\"\t1", "é".repeat(MAKS_SEL), "x");
        let (_, rows, pesan) = baca_tempelan(&lebih);
        assert_eq!(rows[0].sel(0), "é".repeat(MAKS_SEL));
        assert_eq!(pesan.len(), 1);
        let besar = "a\t1\n".repeat(crate::core::teks::tabel::MAKS_BARIS + 1);
        let (_, _, pesan) = baca_tempelan(&besar);
        assert_eq!(pesan.len(), 1);
        assert!(pesan[0].pesan.contains("1 baris berikutnya tidak dibaca"));
    }
}
