//! Which box a pasted table belongs in, from the headings among its first rows. A table in
//! the wrong box is read as that box's table, with figures that mean nothing (seed 000's IKM
//! table in the indicator box gave nine capaian of 11%, its years in the budget box were
//! amounts of 2.017); each reader names the right box instead.

use crate::core::anggaran::tabel::{peran_judul_anggaran, KolomAnggaran};
use crate::core::teks::kata::{awali, memuat};
use crate::core::teks::kolom::{peran_judul, Kolom};
use crate::core::teks::pembaca::tanpa_angka;
use crate::core::teks::pesan::Pesan;
use crate::core::teks::tabel::{baris_nomor_kolom, tepi, Baris};

/// The page's input boxes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kotak {
    Indikator,
    Anggaran,
    Ikm,
    /// The budget by year (growth).
    Perkembangan,
}

impl Kotak {
    /// What the box holds, and its name on the page.
    pub(crate) fn nama(self) -> (&'static str, &'static str) {
        match self {
            Kotak::Indikator => ("tabel indikator kinerja", "Indikator"),
            Kotak::Anggaran => ("tabel anggaran", "Anggaran"),
            Kotak::Ikm => ("tabel IKM", "IKM"),
            Kotak::Perkembangan => ("tabel anggaran per tahun", "Anggaran per tahun"),
        }
    }
}

/// The box a heading row (two cells or more, no amount) among the first ten of two cells or
/// more names, and the heading that says so ([`kotak_baris`]).
pub fn kotak_judul(rows: &[Baris]) -> Option<(Kotak, String)> {
    rows.iter()
        .filter(|b| b.terisi() >= 2)
        .take(10)
        .find_map(|b| kotak_baris(b).map(|(k, c)| (k, c.to_string())))
}

/// The box a heading row (two cells or more, no amount) names, and the heading that says so:
/// the unsur or the NRR, IKM; a target, Indikator; a year column beside an anggaran, the budget
/// by year; an anggaran, Anggaran; else an indikator or a realisasi, Indikator.
pub fn kotak_baris<'a>(b: &'a Baris) -> Option<(Kotak, &'a str)> {
    // no amount first: a row of data ends at its first number
    if !tanpa_angka(b) || b.terisi() < 2 || daftar_isi(b) {
        return None;
    }
    let cari = |f: &dyn Fn(&str) -> bool| b.sel.iter().map(|c| tepi(c)).find(|c| f(c));
    let anggaran = |c: &str| peran_judul_anggaran(c) == KolomAnggaran::Anggaran;
    if let Some(c) = cari(&|c| awali(c, "unsur") || awali(c, "responden") || memuat(c, "nrr")) {
        Some((Kotak::Ikm, c))
    } else if let Some(c) = cari(&|c| {
        matches!(
            peran_judul(c),
            Kolom::Target | Kolom::TargetTahun(_) | Kolom::TargetTw(_)
        )
    }) {
        Some((Kotak::Indikator, c))
    } else if let Some(c) = cari(&|c| awali(c, "tahun")).filter(|_| cari(&anggaran).is_some()) {
        Some((Kotak::Perkembangan, c))
    } else if let Some(c) = cari(&anggaran) {
        Some((Kotak::Anggaran, c))
    } else {
        // a table of realisasi over the years (seed 000 table 3.3) names no target
        cari(&|c| matches!(peran_judul(c), Kolom::Indikator))
            .filter(|_| cari(&|c| awali(c, "realisasi")).is_some())
            .map(|c| (Kotak::Indikator, c))
    }
}

/// A line of a table of contents: a title, dot leaders and its pages (`A. Rencana
/// Strategis..... | 16 - 18`). Its `Rencana Strategis` named a Renstra target: seed 004's
/// whole report was read from its table of contents.
fn daftar_isi(b: &Baris) -> bool {
    b.sel.iter().any(|c| c.contains("...."))
}

/// Another table copied under the first (the report's next one, after its text and caption):
/// its heading names another box than the first table's. From its text on, nothing is read,
/// with a message. Its rows were read as the first table's: a budget by year added its
/// amounts to the last program (80.895.000 -> 10.821.512.233), an IKM table under indikator
/// gave them NRR. (Another box's table above this box's is left out before,
/// [`crate::core::teks::dokumen::pilih_tabel_dokumen`].)
pub fn buang_tabel_lain(rows: &mut Vec<Baris>) -> Option<Pesan> {
    let (_, data, kotak) = tabel_pertama(rows)?;
    let lain = judul_sesudah(rows, data, |k| k != kotak)?;
    potong_tabel_lain(rows, data, lain)
}

/// Whether a heading row names a column of box `kotak` at all (more loosely than
/// [`kotak_baris`], which names the one box a row is most likely for).
pub(crate) fn menyebut(b: &Baris, kotak: Kotak) -> bool {
    let ada = |f: &dyn Fn(&str) -> bool| b.sel.iter().any(|c| f(tepi(c)));
    let anggaran = |c: &str| peran_judul_anggaran(c) == KolomAnggaran::Anggaran;
    match kotak {
        Kotak::Indikator => ada(&|c| {
            matches!(
                peran_judul(c),
                Kolom::Indikator | Kolom::Target | Kolom::TargetTahun(_) | Kolom::TargetTw(_)
            )
        }),
        Kotak::Anggaran => ada(&anggaran),
        Kotak::Ikm => ada(&|c| awali(c, "unsur") || awali(c, "responden") || memuat(c, "nrr")),
        Kotak::Perkembangan => ada(&|c| awali(c, "tahun")) && ada(&anggaran),
    }
}

/// The first table's heading row, its first row of data and its box.
pub(crate) fn tabel_pertama(rows: &[Baris]) -> Option<(usize, usize, Kotak)> {
    let (awal, kotak) = rows
        .iter()
        .enumerate()
        .filter(|(_, b)| b.terisi() >= 2)
        .take(10)
        .find_map(|(i, b)| kotak_baris(b).map(|(k, _)| (i, k)))?;
    let data = awal + rows[awal..].iter().position(|b| !tanpa_angka(b))?;
    Some((awal, data, kotak))
}

/// The first heading row from `data` on whose box `cocok` takes.
fn judul_sesudah(rows: &[Baris], data: usize, cocok: impl Fn(Kotak) -> bool) -> Option<usize> {
    let i = rows[data..]
        .iter()
        .position(|b| calon_judul(b) && kotak_baris(b).is_some_and(|(k, _)| cocok(k)))?;
    Some(data + i)
}

/// Whether a row may be a heading, before it is looked at word by word: two cells that do not
/// start with a digit. A budget line's code and amounts do (a fifth of a budget's rows have
/// no amount, and looking at each of their words cost a fifth of the reading).
pub(crate) fn calon_judul(b: &Baris) -> bool {
    b.sel
        .iter()
        .filter(|c| tepi(c).starts_with(|ch: char| !ch.is_ascii_digit()))
        .nth(1)
        .is_some()
}

/// Adds the message of a cut (the next table, from its line on) to `pesan`, whose messages on
/// lines after it (the text under that table) have nothing left to say.
pub fn tambah_potongan(pesan: &mut Vec<Pesan>, potong: Option<Pesan>) {
    if let Some(p) = potong {
        pesan.retain(|q| q.baris == 0 || q.baris < p.baris);
        pesan.push(p);
    }
}

/// Cuts `rows` where the table whose heading is row `judul` starts: its caption and the text
/// above it (lines of one cell after a blank line), after the first table's data from `data`.
pub fn potong_tabel_lain(rows: &mut Vec<Baris>, data: usize, judul: usize) -> Option<Pesan> {
    let apa = format!("tabel lain (judul \"{}\")", judul_teks(rows.get(judul)?));
    potong(rows, data, judul, &apa)
}

/// The cut of [`potong_tabel_lain`] and [`potong_tabel_lagi`], and its message: from that line
/// on is `apa` (what the rows are), not read.
fn potong(rows: &mut Vec<Baris>, data: usize, judul: usize, apa: &str) -> Option<Pesan> {
    let potong = awal_potongan(rows, data, judul);
    let b = rows.get(potong)?;
    let pesan = Pesan::info(
        b.nomor_baris,
        "",
        b.pertama(),
        format!(
            "baris ini dan sesudahnya adalah {apa} dan tidak dibaca; tempel tiap tabel sendiri."
        ),
    );
    rows.truncate(potong);
    Some(pesan)
}

/// The same table copied again under this one (this year's over last year's of the same
/// columns, or one table pasted twice): a heading repeated after the data (`ulang`), under
/// which the data's first row comes again, by its first cell and its second when that has
/// words (a kode or number and the name; not an amount, which differs from year to year).
/// The first row of the data and the repeated heading's row. A heading repeated at a page
/// break, or over the next sasaran's table, goes on with rows of its own.
pub fn tabel_lagi(
    rows: &[Baris],
    awal: usize,
    ulang: impl Fn(&Baris) -> bool,
) -> Option<(usize, usize)> {
    fn awal_sel<'a>(b: &'a Baris) -> (Option<&'a str>, Option<&'a str>) {
        let mut c = b.sel.iter().map(|c| tepi(c)).filter(|c| !c.is_empty());
        let kata = |c: &&str| c.bytes().any(|x| x.is_ascii_alphabetic());
        (c.next(), c.next().filter(kata))
    }
    let data = |b: &Baris| !baris_nomor_kolom(b) && b.terisi() >= 2;
    let pertama = (awal..rows.len()).find(|&i| data(&rows[i]) && !ulang(&rows[i]))?;
    let kunci = awal_sel(&rows[pertama]);
    let mut lagi = None;
    for (i, b) in rows.iter().enumerate().skip(pertama + 1) {
        if ulang(b) {
            lagi.get_or_insert(i);
        } else if lagi.is_some() && data(b) {
            match lagi.take() {
                Some(u) if awal_sel(b) == kunci => return Some((pertama, u)),
                _ => {}
            }
        }
    }
    None
}

/// The cut of [`tabel_lagi`]: from the repeated heading (with its caption and the text above
/// it), as [`potong_tabel_lain`] cuts, saying why.
pub fn potong_tabel_lagi(rows: &mut Vec<Baris>, data: usize, judul: usize) -> Option<Pesan> {
    let apa = "tabel yang sama lagi (judulnya diulang dan baris pertamanya tertulis lagi: tabel tahun lain, atau ditempel dua kali)";
    potong(rows, data, judul, apa)
}

/// Whether row `b` repeats heading row `judul`: the same cells, in the same columns.
pub fn judul_sama(b: &Baris, judul: &Baris) -> bool {
    b.pertama() == judul.pertama() && sel_terisi(b) == sel_terisi(judul)
}

/// The row under another table, from row `lain` on, that repeats this table's heading row
/// `judul`: the same cells, in the same columns.
pub fn judul_lagi(rows: &[Baris], judul: usize, lain: usize) -> Option<usize> {
    let kepala = sel_terisi(rows.get(judul)?);
    let pertama = *kepala.first()?;
    (lain + 1..rows.len()).find(|&i| rows[i].pertama() == pertama && sel_terisi(&rows[i]) == kepala)
}

/// The row's cells that are not blank, trimmed.
fn sel_terisi<'a>(b: &'a Baris) -> Vec<&'a str> {
    b.sel
        .iter()
        .map(|c| tepi(c))
        .filter(|c| !c.is_empty())
        .collect()
}

/// A heading row as a message quotes it: its cells that are not blank, `|` between them.
pub(crate) fn judul_teks(b: &Baris) -> String {
    sel_terisi(b).join(" | ")
}

/// Leaves out another table between this table's parts: from where [`potong_tabel_lain`]
/// would cut (after `data`, the table headed at row `lain`) to the part headed again at row
/// `lagi`, whose text above it after the last row of several cells (its sasaran's title,
/// the report's text about it) stays. Says which lines.
pub fn lewati_tabel_lain(
    rows: &mut Vec<Baris>,
    data: usize,
    lain: usize,
    lagi: usize,
) -> Option<Pesan> {
    let potong = awal_potongan(rows, data, lain);
    let lanjut = rows[lain..lagi]
        .iter()
        .rposition(|b| b.terisi() >= 2)
        .map_or(lagi, |i| lain + i + 1);
    let (b, akhir) = (rows.get(potong)?, rows.get(lanjut.checked_sub(1)?)?);
    let pesan = Pesan::info(
        b.nomor_baris,
        "",
        b.pertama(),
        format!(
            "baris ini sampai baris {} adalah tabel lain (judul \"{}\") dan tidak dibaca; tabel ini berlanjut di baris {}.",
            akhir.nomor_baris,
            judul_teks(&rows[lain]),
            rows[lagi].nomor_baris
        ),
    );
    rows.drain(potong..lanjut);
    Some(pesan)
}

/// Where a cut before the table headed at row `judul` starts: its caption and the text
/// above it (lines of one cell after a blank line), after the first table's data from `data`.
fn awal_potongan(rows: &[Baris], data: usize, judul: usize) -> usize {
    // the other table's header rows above its heading row (seed 004's `No | Renstra Lama
    // (2019) | | No | Renstra Baru (2020)` over `Program | Kegiatan`), at most two, on the
    // lines right above it
    let mut judul = judul;
    for _ in 0..2 {
        let atas = judul.checked_sub(1).filter(|&i| i > data).map(|i| &rows[i]);
        match atas {
            Some(b)
                if b.terisi() >= 2
                    && tanpa_angka(b)
                    && rows[judul].nomor_baris <= b.nomor_baris + 2 =>
            {
                judul -= 1
            }
            _ => break,
        }
    }
    let mut mulai = judul;
    while mulai > data + 1 && rows[mulai - 1].terisi() == 1 {
        mulai -= 1;
    }
    // a line of one cell right under the table (a stated capaian) is still the table's
    (mulai..judul)
        .find(|&i| rows[i].nomor_baris > rows[i - 1].nomor_baris + 1)
        .unwrap_or(judul)
}

/// A note when the headings name another box than `kotak` (only those `lain` allows): the
/// heading, what table it is and where it belongs.
pub fn salah_kotak(rows: &[Baris], kotak: Kotak, lain: &[Kotak]) -> Option<Pesan> {
    let (k, judul) = kotak_judul(rows).filter(|(k, _)| *k != kotak && lain.contains(k))?;
    let (tabel, nama) = k.nama();
    Some(Pesan::info(
        0,
        "",
        "",
        format!("Kolom \"{judul}\" adalah judul {tabel}: bila memang itu, tempel di kotak {nama}."),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::teks::tabel::pisah_tabel;

    /// The next table's message replaces those on the lines after it: seed 000's Bab III
    /// through tables 3.2 and 3.3 said where 3.3 starts, and again where the text under it
    /// starts.
    #[test]
    fn a_cut_leaves_no_message_on_the_lines_after_it() {
        let mut pesan = vec![
            Pesan::info(0, "", "", "tabel".into()),
            Pesan::info(3, "", "x", "sel".into()),
            Pesan::info(65, "", "Berdasarkan", "teks di bawah tabel".into()),
        ];
        tambah_potongan(
            &mut pesan,
            Some(Pesan::info(35, "", "2.", "tabel lain".into())),
        );
        let baris: Vec<usize> = pesan.iter().map(|p| p.baris).collect();
        assert_eq!(baris, [0, 3, 35]);
        tambah_potongan(&mut pesan, None);
        assert_eq!(pesan.len(), 3);
    }

    #[test]
    fn each_tables_headings_name_its_box() {
        for (teks, kotak) in [
            ("No\tUnsur\tNilai rata-rata unsur\tIKM", Some(Kotak::Ikm)),
            ("Responden\tU1\tU2\tU3", Some(Kotak::Ikm)),
            ("No\tIndikator\tTarget\tRealisasi", Some(Kotak::Indikator)),
            // an LKjIP's table of kinerja and keuangan is the indicator box's first
            (
                "Sasaran\tTarget\tRealisasi\tAnggaran\tRealisasi Anggaran",
                Some(Kotak::Indikator),
            ),
            (
                "TAHUN ANGGARAN\tANGGARAN (MURNI)\tPERKEMBANGAN ANGGARAN",
                Some(Kotak::Perkembangan),
            ),
            ("Kode\tUraian\tAnggaran\tRealisasi", Some(Kotak::Anggaran)),
            // realisasi over the years (seed 000 table 3.3) names no target
            (
                "No\tIndikator\tSatuan\tRealisasi 2018\tRealisasi 2019",
                Some(Kotak::Indikator),
            ),
            ("Uraian\tJumlah\tKeterangan", None),
            // a row of data is no heading
            ("Anggaran\t1.000\nRealisasi\t900", None),
        ] {
            let (_, rows) = pisah_tabel(teks);
            assert_eq!(kotak_judul(&rows).map(|k| k.0), kotak, "{teks}");
        }
        let (_, rows) = pisah_tabel("No\tUnsur\tNRR\n1\tPersyaratan\t3");
        let p = salah_kotak(&rows, Kotak::Anggaran, &[Kotak::Ikm]).map(|p| p.pesan);
        assert_eq!(
            p.as_deref(),
            Some("Kolom \"Unsur\" adalah judul tabel IKM: bila memang itu, tempel di kotak IKM.")
        );
        assert!(salah_kotak(&rows, Kotak::Ikm, &[Kotak::Ikm]).is_none());
        assert!(salah_kotak(&rows, Kotak::Anggaran, &[Kotak::Indikator]).is_none());
    }

    #[test]
    fn another_boxs_table_under_the_first_is_cut_with_its_text_above_it() {
        let (_, mut rows) = pisah_tabel(
            "Uraian\tAnggaran\tRealisasi\nProgram A\t100\t90\nJumlah capaian sangat baik\n\n\
             Perkembangan anggaran sebagai berikut:\nTabel 3.9\n\
             Tahun\tAnggaran\tPerkembangan\n2019\t100\t-\n2020\t120\t20%",
        );
        let pesan = buang_tabel_lain(&mut rows).map(|p| p.baris);
        let sisa: Vec<&str> = rows.iter().map(|b| b.pertama()).collect();
        assert_eq!(sisa, ["Uraian", "Program A", "Jumlah capaian sangat baik"]);
        assert_eq!(pesan, Some(5), "from the text after the blank line");
        // the same heading again (a page's) is no other table
        let (_, mut rows) = pisah_tabel("Uraian\tAnggaran\nA\t1\nUraian\tAnggaran\nB\t2");
        assert!(buang_tabel_lain(&mut rows).is_none());
        assert_eq!(rows.len(), 4);
    }
}
