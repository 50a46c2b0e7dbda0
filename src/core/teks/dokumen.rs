//! A whole report pasted into a box (Ctrl+A, Ctrl+C in Word): its cover, table of contents,
//! chapters and every table in them. The box reads the first table it can compute: for
//! indikator the first whose heading names a target and a realisasi, for the budget an
//! anggaran and a realisasi (a Perjanjian Kinerja's targets and a DPA's pagu come first in a
//! report, and alone compute nothing). Before, the table of contents was the table: seed
//! 000's whole report gave 194 indikator such as `Halaman KATA PENGANTAR`, and a budget of
//! 38.049.257.841 from its page numbers and its staff table.
//!
//! The same holds for a table of this box that computes nothing with such a table under it
//! (Bab II's Perjanjian Kinerja copied with Bab III's first table).

use crate::core::anggaran::tabel::{peran_judul_anggaran, KolomAnggaran};
use crate::core::teks::kata::memuat;
use crate::core::teks::kolom::{peran_judul, Kolom};
use crate::core::teks::kotak::{
    calon_judul, judul_teks, kotak_baris, menyebut, tabel_pertama, Kotak,
};
use crate::core::teks::pembaca::tanpa_angka;
use crate::core::teks::pesan::Pesan;
use crate::core::teks::tabel::{tepi, Baris};

/// How many rows under a heading row may still be its header (a line of years, `KEUANGAN Rp.
/// | % | FISIK (%)`); a bound, so that many heading rows in a row cost no more than one each.
const BARIS_JUDUL: usize = 4;

/// When the paste is a document whose first table is not one this box computes: drops the
/// rows above the table it can compute (keeping the text between it and the table before it,
/// which the readers take as they take a section's), with a message naming them.
pub fn pilih_tabel_dokumen(rows: &mut Vec<Baris>, kotak: Option<Kotak>) -> Option<Pesan> {
    let kotak = kotak?;
    let judul = match tabel_pertama(rows) {
        // another box's table first (the section before copied along, or a whole report
        // with a short table of contents): this box's first table that computes, if any; a
        // header that names this box's columns at all is this box's (the Evaluasi Renja form
        // names an anggaran beside its indikator)
        Some((awal, data, k))
            if k != kotak && !rows[awal..data].iter().any(|b| menyebut(b, kotak)) =>
        {
            judul_lengkap(rows, 0, kotak).or_else(|| judul_kotak(rows, data, kotak))?
        }
        // this box's table first is read as it is: a Rencana Aksi's or a Perjanjian Kinerja's
        // targets, the Renstra's, last year's or the DPA's changes, each pasted for itself
        Some(_) => return None,
        // no heading among the first rows: a cover and a table of contents
        None => match judul_lengkap(rows, 0, kotak).or_else(|| judul_kotak(rows, 0, kotak)) {
            Some(judul) => judul,
            None => return tanpa_tabel_kotak(rows, kotak),
        },
    };
    let mulai = awal_bagian(rows, judul);
    buang_di_atas_tabel(rows, mulai, judul, kotak)
}

/// Drops the rows above row `mulai`, the start of the part holding the table of box `kotak`
/// headed at row `judul`, with a message naming them and that heading.
pub(crate) fn buang_di_atas_tabel(
    rows: &mut Vec<Baris>,
    mulai: usize,
    judul: usize,
    kotak: Kotak,
) -> Option<Pesan> {
    if mulai == 0 {
        return None;
    }
    let pertama = rows[..mulai].iter().find(|b| !b.kosong())?;
    let terakhir = rows.get(mulai - 1)?;
    let pesan = Pesan::info(
        pertama.nomor_baris,
        "",
        pertama.pertama(),
        format!(
            "baris ini sampai baris {} (teks dan tabel sebelum tabel ini) tidak dibaca: dibaca tabel berjudul \"{}\" di baris {}, tabel pertama dengan kolom {}. Untuk tabel lain, tempel tabel itu saja.",
            terakhir.nomor_baris,
            judul_teks(rows.get(judul)?),
            rows[judul].nomor_baris,
            dihitung_dari(kotak)
        ),
    );
    rows.drain(..mulai);
    Some(pesan)
}

/// A report with tables of other boxes and none of this one (a whole report in the IKM box,
/// when it has no IKM table): nothing is read, with a message naming the first other table.
/// Read as this box's, its villages were unsur and its page numbers NRR: seed 002's IKM was
/// 544,76.
fn tanpa_tabel_kotak(rows: &mut Vec<Baris>, kotak: Kotak) -> Option<Pesan> {
    let (lain, _) = (0..rows.len())
        .filter(|&i| calon_judul(&rows[i]))
        .find_map(|i| {
            kotak_baris(&rows[i])
                .filter(|(k, _)| *k != kotak)
                .map(|_| (i, ()))
        })?;
    let (pertama, terakhir) = (rows.iter().find(|b| !b.kosong())?, rows.last()?);
    let (tabel, _) = kotak.nama();
    let pesan = Pesan::info(
        pertama.nomor_baris,
        "",
        pertama.pertama(),
        format!(
            "baris ini sampai baris {} tidak dibaca: tidak ada {tabel} di sini, hanya tabel lain (yang pertama berjudul \"{}\", baris {}). Tempel {tabel} saja.",
            terakhir.nomor_baris,
            judul_teks(&rows[lain]),
            rows[lain].nomor_baris,
        ),
    );
    rows.clear();
    Some(pesan)
}

/// The columns a table of the box needs to be computed, as the message names them.
fn dihitung_dari(kotak: Kotak) -> &'static str {
    match kotak {
        Kotak::Indikator => "target dan realisasi",
        Kotak::Anggaran => "anggaran dan realisasi",
        Kotak::Ikm => "unsur atau NRR",
        Kotak::Perkembangan => "tahun dan anggaran",
    }
}

/// Whether a header (its heading row and the rows under it before the data) names all the box
/// computes from: a target and a realisasi, an anggaran and a realisasi. An IKM or growth
/// heading names it by being one.
pub(crate) fn lengkap(judul: &[Baris], kotak: Kotak) -> bool {
    let ada = |f: &dyn Fn(&str) -> bool| judul.iter().flat_map(|b| &b.sel).any(|c| f(tepi(c)));
    let realisasi = || ada_realisasi(judul);
    match kotak {
        Kotak::Indikator => {
            ada(&|c| {
                matches!(
                    peran_judul(c),
                    Kolom::Target | Kolom::TargetTahun(_) | Kolom::TargetTw(_)
                )
            }) && realisasi()
        }
        Kotak::Anggaran => {
            ada(&|c| peran_judul_anggaran(c) == KolomAnggaran::Anggaran) && realisasi()
        }
        Kotak::Ikm | Kotak::Perkembangan => true,
    }
}

/// The heading rows of box `kotak` from row `dari` on, each with its first row of data (one
/// pass: the next row of data is found once for all the headings above it).
fn judul_judul<'r, 'a>(
    rows: &'r [Baris<'a>],
    dari: usize,
    kotak: Kotak,
) -> impl Iterator<Item = (usize, usize)> + 'r {
    let mut data = dari;
    (dari..rows.len())
        .filter(move |&i| {
            calon_judul(&rows[i]) && kotak_baris(&rows[i]).is_some_and(|(k, _)| k == kotak)
        })
        .filter_map(move |i| {
            if data <= i {
                data = rows[i + 1..]
                    .iter()
                    .position(|b| !tanpa_angka(b))
                    .map_or(rows.len(), |p| i + 1 + p);
            }
            (data < rows.len()).then_some((i, data))
        })
}

/// Whether a header names a realisasi.
fn ada_realisasi(judul: &[Baris]) -> bool {
    judul
        .iter()
        .flat_map(|b| &b.sel)
        .any(|c| memuat(tepi(c), "realisasi"))
}

/// The first heading of box `kotak` from row `dari` on whose header names all it computes from.
fn judul_lengkap(rows: &[Baris], dari: usize, kotak: Kotak) -> Option<usize> {
    judul_judul(rows, dari, kotak)
        .find(|&(i, data)| lengkap(&rows[i..data.min(i + BARIS_JUDUL)], kotak))
        .map(|(i, _)| i)
}

/// The first heading of box `kotak` from row `dari` on that has data under it.
fn judul_kotak(rows: &[Baris], dari: usize, kotak: Kotak) -> Option<usize> {
    judul_judul(rows, dari, kotak).next().map(|(i, _)| i)
}

/// Where the part of the paste holding the table headed at row `judul` starts: after the last
/// row of several cells above its header (the table before it), so that its caption and the
/// text about it stay.
fn awal_bagian(rows: &[Baris], judul: usize) -> usize {
    // the header's rows above the heading (seed 004's `Indikator Kinerja | ... | RPJMD`)
    let mut awal = judul;
    while awal > 0
        && judul - awal < BARIS_JUDUL
        && rows[awal - 1].terisi() >= 2
        && tanpa_angka(&rows[awal - 1])
    {
        awal -= 1;
    }
    rows[..awal]
        .iter()
        .rposition(|b| b.terisi() >= 2)
        .map_or(0, |i| i + 1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::teks::tabel::pisah_tabel;

    fn sisa(teks: &str, kotak: Kotak) -> (Vec<String>, Option<String>) {
        let (_, mut rows) = pisah_tabel(teks);
        let pesan = pilih_tabel_dokumen(&mut rows, Some(kotak)).map(|p| p.kalimat());
        (
            rows.iter().map(|b| b.pertama().to_string()).collect(),
            pesan,
        )
    }

    /// A table of contents of twelve lines, each with its page in a second cell: longer than
    /// the rows a table's heading is looked for in.
    fn daftar_isi() -> String {
        let bab: Vec<String> = (1..=12).map(|i| format!("BAB {i}\t{}", i * 3)).collect();
        format!("DAFTAR ISI\n{}", bab.join("\n"))
    }

    /// A report: its cover, its table of contents, a Perjanjian Kinerja and a pagu (neither
    /// computes), then Bab III's two tables.
    fn laporan() -> String {
        format!(
            "LAPORAN KINERJA\n{}\n\nTabel 2.1 Perjanjian Kinerja\nSasaran\tIndikator\tTarget\n\
             Pelayanan\tIKM\t80\n\nTabel 2.2 Pagu\nProgram\tAnggaran\nProgram A\t1.000\n\n\
             BAB III\nTabel 3.1 Capaian\nSasaran\tIndikator\tTarget\tRealisasi\n\
             Pelayanan\tIKM\t80\t82\n\nTabel 3.2 Anggaran\nProgram\tAnggaran\tRealisasi\n\
             Program A\t1.000\t900",
            daftar_isi()
        )
    }

    #[test]
    fn a_whole_report_is_read_from_the_first_table_this_box_computes() {
        let (rows, pesan) = sisa(&laporan(), Kotak::Indikator);
        assert_eq!(
            rows[..4],
            ["BAB III", "Tabel 3.1 Capaian", "Sasaran", "Pelayanan"]
        );
        assert_eq!(
            pesan.as_deref(),
            Some("Baris 1, \"LAPORAN KINERJA\": baris ini sampai baris 22 (teks dan tabel sebelum tabel ini) tidak dibaca: dibaca tabel berjudul \"Sasaran | Indikator | Target | Realisasi\" di baris 26, tabel pertama dengan kolom target dan realisasi. Untuk tabel lain, tempel tabel itu saja.")
        );
        let (rows, _) = sisa(&laporan(), Kotak::Anggaran);
        assert_eq!(rows[..3], ["Tabel 3.2 Anggaran", "Program", "Program A"]);
        assert_eq!(rows.len(), 3);
    }

    /// With no table that computes, the box's first table is read: its targets are shown.
    #[test]
    fn with_no_table_that_computes_the_boxs_first_is_read() {
        let teks = format!(
            "{}\n\nTabel 2.1\nSasaran\tIndikator\tTarget\nPelayanan\tIKM\t80",
            daftar_isi()
        );
        let (rows, pesan) = sisa(&teks, Kotak::Indikator);
        assert_eq!(rows, ["Tabel 2.1", "Sasaran", "Pelayanan"]);
        assert!(pesan.is_some_and(|p| p.contains("sampai baris 13 ")));
    }

    #[test]
    fn a_table_that_computes_or_has_nothing_under_it_is_read_as_it_is() {
        for (teks, kotak) in [
            ("Sasaran\tIndikator\tTarget\tRealisasi\nPelayanan\tIKM\t80\t82", Kotak::Indikator),
            // a Perjanjian Kinerja alone, or with a table of realisasi under it
            ("Sasaran\tIndikator\tTarget\nPelayanan\tIKM\t80", Kotak::Indikator),
            ("Sasaran\tIndikator\tTarget\nPelayanan\tIKM\t80\n\nIndikator\tTarget\tRealisasi\nIKM\t80\t82", Kotak::Indikator),
            // a realisasi under a second header row
            ("Indikator\tTarget\t\n\tTW I\tRealisasi TW I\nIKM\t80\t82\n\nIndikator\tTarget\tRealisasi\nX\t1\t2", Kotak::Indikator),
            // lines typed with no header
            ("IKM\t80\t82\nSAKIP\t70\t68", Kotak::Indikator),
            ("No\tUnsur\tNRR\n1\tPersyaratan\t3,2", Kotak::Ikm),
        ] {
            let (_, mut rows) = pisah_tabel(teks);
            let n = rows.len();
            assert!(pilih_tabel_dokumen(&mut rows, Some(kotak)).is_none(), "{teks}");
            assert_eq!(rows.len(), n);
        }
    }

    /// Another box's table first (the end of the section before): this box's first table
    /// under it is read, one that computes or not, its caption with it.
    #[test]
    fn another_boxs_table_first_is_left_out() {
        let teks = "Program\tAnggaran\nProgram A\t1.000\nProgram B\t2.000\n\n\
                    Tabel 2.1\nIndikator\tTarget\nIKM\t80";
        let (rows, pesan) = sisa(teks, Kotak::Indikator);
        assert_eq!(rows, ["Tabel 2.1", "Indikator", "IKM"]);
        assert!(
            pesan.is_some_and(|p| p.starts_with("Baris 1, \"Program\": baris ini sampai baris 3 "))
        );
    }

    /// A header's rows above its heading row stay with it.
    #[test]
    fn the_header_rows_above_the_heading_stay() {
        let teks = format!(
            "{}\n\nTabel 3.1\nIndikator Kinerja\t\tRPJMD\n\tTarget 2020\tRealisasi 2020\nPelayanan\t100\t98",
            daftar_isi()
        );
        let (rows, _) = sisa(&teks, Kotak::Indikator);
        assert_eq!(
            rows,
            ["Tabel 3.1", "Indikator Kinerja", "Target 2020", "Pelayanan"]
        );
    }

    /// A report without this box's table: nothing is read, with a message.
    #[test]
    fn a_report_without_this_boxs_table_reads_nothing() {
        let (rows, pesan) = sisa(&laporan(), Kotak::Ikm);
        assert!(rows.is_empty());
        assert!(pesan.is_some_and(|p| p.contains("tidak ada tabel IKM di sini, hanya tabel lain (yang pertama berjudul \"Sasaran | Indikator | Target\"")));
        // lines typed with no header stay, whatever the box
        let (rows, pesan) = sisa("Persyaratan\t3,2\nBiaya\t3,9", Kotak::Ikm);
        assert_eq!((rows.len(), pesan), (2, None));
    }

    /// Many heading rows and no data: one pass, nothing dropped.
    #[test]
    fn headings_without_data_drop_nothing() {
        let teks = "Sasaran\tIndikator\tTarget\n".repeat(20_000);
        let (_, mut rows) = pisah_tabel(&teks);
        assert!(pilih_tabel_dokumen(&mut rows, Some(Kotak::Indikator)).is_none());
        assert_eq!(rows.len(), 20_000);
    }
}
