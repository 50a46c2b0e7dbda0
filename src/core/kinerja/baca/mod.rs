//! Reading a pasted indicator table, as a pipeline of small stages, each tested alone:
//! 1. cut the paste and its cells to the size limits and split it into rows
//!    ([`crate::core::teks::tempelan`]), dropping rule lines;
//! 2. find the header block ([`judul::cari_judul`]);
//! 3. keep the rows that carry data ([`judul::baris_data`]);
//! 4. give each column a role ([`peran::tentukan_peran`]), where new roles are added;
//! 5. decide each numeric column's number convention;
//! 6. classify each row ([`golongan::golongkan`]) and assemble the table ([`rakit::rakit`]);
//! 7. drop quarterly columns with nothing written ([`rakit::lepas_triwulan_kosong`]).
//!
//! Never panics; every unreadable cell becomes a message naming its row, column and text.

pub mod golongan;
pub mod judul;
pub mod nama;
pub mod peran;
pub mod rakit;
pub mod ulang;

use crate::core::kinerja::indikator::TabelIndikator;
use crate::core::teks::kolom::Kolom;
use crate::core::teks::kotak::{
    judul_lagi, judul_sama, lewati_tabel_lain, potong_tabel_lagi, potong_tabel_lain, salah_kotak,
    tabel_lagi, tambah_potongan, Kotak,
};
use crate::core::teks::lipat::pesan_sel_per_baris;
use crate::core::teks::pembaca::{baris_garis, konvensi_kolom_data};
use crate::core::teks::pesan::Pesan;
use crate::core::teks::tabel::Baris;
use crate::core::teks::tempelan::baca_tempelan_untuk;

/// How many other tables between this table's parts are left out (a report's four sasaran
/// have two each); each costs a pass over the rows.
const MAKS_LANJUT: usize = 64;

/// Read a pasted indicator table. `pilihan` are roles a person chose; they replace the
/// detected ones column by column.
pub fn baca_tabel_indikator(teks: &str, pilihan: Option<&[Kolom]>) -> TabelIndikator {
    let (pemisah, rows, pesan) = baca_tempelan_untuk(teks, Some(Kotak::Indikator));
    let mut rows: Vec<Baris> = rows.into_iter().filter(|b| !baris_garis(b)).collect();
    let blok = judul::cari_judul(&rows);
    let mut pesan = pesan;
    // another table under this one; this one's heading again under it (a report's next
    // sasaran, after the tables of years and Renstra of the one before) goes on with it
    for _ in 0..MAKS_LANJUT {
        let Some(((data, lain), (awal, _))) =
            blok.and_then(|b| Some((judul::tabel_lain(&rows, b)?, b)))
        else {
            break;
        };
        match judul_lagi(&rows, awal, lain) {
            Some(lagi) => pesan.extend(lewati_tabel_lain(&mut rows, data, lain, lagi)),
            None => {
                tambah_potongan(&mut pesan, potong_tabel_lain(&mut rows, data, lain));
                break;
            }
        }
    }
    // the same table again under it (another year's, or pasted twice), before the roles are
    // read from the data: its rows would count twice
    if let Some((data, lagi)) =
        blok.and_then(|(a, e)| tabel_lagi(&rows, e, |b| judul_sama(b, &rows[a])))
    {
        tambah_potongan(&mut pesan, potong_tabel_lagi(&mut rows, data, lagi));
    }
    let data = judul::baris_data(&rows, blok.unwrap_or((0, 0)));
    let mut peran = peran::tentukan_peran(&rows, blok, &data, pilihan);
    let target_perubahan = pilihan
        .is_none()
        .then(|| peran::pilih_target_perubahan(&mut peran))
        .flatten();
    let kelompok = pilihan
        .is_none()
        .then(|| peran::kelompok_tanpa_sasaran(&mut peran))
        .flatten();
    let numerik = (0..peran.kolom.len()).filter(|j| peran.kolom[*j].numerik());
    let konvensi = konvensi_kolom_data(&data, numerik, true);
    let mut t = TabelIndikator {
        pemisah,
        judul: peran.judul.clone(),
        kolom: peran.kolom.clone(),
        judul_dikenali: peran.dikenali,
        konvensi,
        tahun: peran.tahun,
        sasaran: Vec::new(),
        indikator: Vec::new(),
        total_sub: Vec::new(),
        capaian_sasaran_laporan: Vec::new(),
        pesan,
        baris_judul: blok
            .map(|(s, e)| rows[s..e].iter().map(|b| b.nomor_baris).collect())
            .unwrap_or_default(),
    };
    if !rows.is_empty() {
        let hilang = kolom_hilang(&peran);
        if hilang.is_some() {
            t.pesan.extend(tegak(&rows));
            t.pesan.extend(pesan_sel_per_baris(&rows));
        }
        t.pesan.extend(hilang);
    }
    // a budget or an IKM table pasted here (a budget only when no heading was recognised: the
    // table of kinerja and keuangan names an anggaran too)
    let lain: &[Kotak] = if peran.dikenali {
        &[Kotak::Ikm, Kotak::Perkembangan]
    } else {
        &[Kotak::Anggaran, Kotak::Ikm, Kotak::Perkembangan]
    };
    t.pesan.extend(salah_kotak(&rows, Kotak::Indikator, lain));
    t.pesan.extend(target_perubahan);
    t.pesan.extend(kelompok);
    let nama_kalimat = blok.and_then(|(awal, _)| rakit::nama_di_atas(&rows, awal));
    rakit::rakit(&mut t, &data, &peran, nama_kalimat);
    rakit::lepas_triwulan_kosong(&mut t);
    // in the paste's order, the notes on the whole table first: a person reads them top down
    crate::core::urutan::urutkan(&mut t.pesan, |a, b| a.baris.cmp(&b.baris));
    t
}

/// Target and realisasi written down a column, one row each per indikator (`IKM | Target | 80`
/// then ` | Realisasi | 82`): the table is read one row per indikator, so a note says how to
/// lay it out, where the missing-columns note alone would send a person to the role lists.
fn tegak(rows: &[Baris]) -> Option<Pesan> {
    let lebar = rows.iter().map(|b| b.sel.len()).max().unwrap_or(0);
    (0..lebar).find_map(|j| {
        let ada = |w: &str| {
            rows.iter()
                .filter(|b| b.sel(j).trim().eq_ignore_ascii_case(w))
                .nth(1)
                .is_some()
        };
        (ada("target") && ada("realisasi")).then(|| {
            Pesan::info(
                0,
                "",
                "",
                format!(
                    "Target dan Realisasi tertulis ke bawah (kolom {}, satu baris masing-masing); susun ulang menjadi satu baris per indikator dengan kolom Indikator, Target dan Realisasi.",
                    j + 1
                ),
            )
        })
    })
}

/// A message when the roles the capaian needs are not all found.
fn kolom_hilang(peran: &peran::Peran) -> Option<Pesan> {
    let l = peran.letak();
    let tw = |f: fn(&Kolom) -> bool| peran.kolom.iter().position(f);
    let target = l.target.or(tw(|k| {
        matches!(k, Kolom::TargetTw(_) | Kolom::TargetTwSd(_))
    }));
    let realisasi = l.realisasi.or(tw(|k| matches!(k, Kolom::RealisasiTw(_))));
    let missing: Vec<&str> = [
        (l.indikator, "Indikator"),
        (target, "Target"),
        (realisasi, "Realisasi"),
    ]
    .iter()
    .filter(|(c, _)| c.is_none())
    .map(|(_, n)| *n)
    .collect();
    (!missing.is_empty()).then(|| {
        Pesan::info(
            0,
            "",
            "",
            format!(
                "Kolom {} belum dikenali; pilih peran kolom pada daftar di atas tabel.",
                missing.join(", ")
            ),
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::teks::nilai::Nilai;
    use crate::core::teks::tabel::Pemisah;
    use rust_decimal::Decimal;

    /// Each indikator's sasaran and name.
    fn sasaran_dan_nama(t: &TabelIndikator) -> Vec<(&str, &str)> {
        t.indikator
            .iter()
            .map(|i| (t.sasaran[i.sasaran].as_str(), i.nama.as_str()))
            .collect()
    }

    pub const SEED_000_3_2: &str = "No\tSasaran\tIndikator\tSatuan\tTarget\tRealisasi
1\t2\t3\t4\t5\t6
1\tMeningkatnya kepuasan pelayanan publik\tIndeks pelayanan / Indeks Kepuasan Masyarakat (IKM)\t%\t80,25\t81,14
2\tMeningkatnya kinerja penyelenggaraan tugas umum pemerintahan kecamatan\tPersentase Kelurahan/ Desa dengan kinerja baik\t%\t41,25\t56,25
3\tMeningkatnya keamanan dan ketertiban\tPersentase penurunan gangguan KAMTIBMAS\t%\t13\t9
4\tMeningkatnya kualitas\t1. Predikat Akuntabilitas kinerja\tNilai\tB\tC

\tcapaian kinerja\t2. Presentase tindak lanjut hasil pemeriksaan keuangan\t%\t100\t47,51
--\t-----------------\t---\t---\t---\t---
";

    /// The report's text between the rows (a line with no tab, as seed 004 has its analysis
    /// between its tables a sasaran) is no indikator: one message names its first line; a
    /// sasaran's title line is still a title.
    #[test]
    fn text_between_the_rows_is_no_indikator() {
        let t = baca_tabel_indikator(
            "Sasaran 1. Meningkatnya pelayanan\nIndikator\tTarget\tRealisasi\nIKM\t80\t82\n\
             Berdasarkan tabel di atas capaian sasaran 1 baik.\nProgram yang mendukung adalah pelayanan.\n\
             Sasaran 2. Meningkatnya akuntabilitas\nIndikator\tTarget\tRealisasi\nSAKIP\t70\t68",
            None,
        );
        let nama: Vec<&str> = t.indikator.iter().map(|i| i.nama.as_str()).collect();
        assert_eq!(nama, ["IKM", "SAKIP"]);
        assert_eq!(
            t.sasaran,
            ["Meningkatnya pelayanan", "Meningkatnya akuntabilitas"]
        );
        let p = t
            .pesan
            .iter()
            .find(|p| p.pesan.contains("tanpa pemisah kolom"))
            .expect("said");
        assert_eq!(p.baris, 4);
        assert!(p.pesan.contains("2 baris seperti ini"), "{}", p.pesan);
    }

    /// `Target PK Awal | Target PK Perubahan`: the capaian is against the revised target, and
    /// a note names both; a person's own role choice is left as chosen.
    /// The Evaluasi Renja form (Permendagri 86/2017, Tabel E.81): a header of three rows,
    /// `K | Rp` under each column. The target is the Renja's K, the realisasi the year's K;
    /// the Renstra's target is its end-of-period target. Before, the target was the Renstra's
    /// (1.200 surat) and the realisasi the first quarter's (60): capaian 5%.
    #[test]
    fn the_evaluasi_renja_form_e81() {
        let t = baca_tabel_indikator(
            include_str!(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/tests/fixtures/e81_evaluasi_renja.tsv"
            )),
            None,
        );
        let peran = |k: Kolom| {
            t.kolom
                .iter()
                .position(|x| *x == k)
                .map(|j| t.judul[j].as_str())
        };
        assert_eq!(
            peran(Kolom::Target),
            Some("Target Kinerja dan Anggaran Renja PD Tahun Berjalan (2019) yang Dievaluasi K")
        );
        assert_eq!(
            peran(Kolom::Realisasi),
            Some("Realisasi Capaian Kinerja dan Anggaran Renja PD yang Dievaluasi K")
        );
        assert_eq!(
            peran(Kolom::RealisasiTw(4)),
            Some("Realisasi Kinerja Pada Triwulan IV K")
        );
        assert!(peran(Kolom::CapaianLaporan).is_none(), "{:?}", t.kolom);
        let d = |x: i64| Nilai::Angka(Decimal::from(x));
        let baris: Vec<_> = t
            .indikator
            .iter()
            .map(|x| {
                (
                    x.nama.as_str(),
                    x.target.clone(),
                    x.realisasi.clone(),
                    x.target_akhir,
                )
            })
            .collect();
        assert_eq!(
            baris,
            [
                (
                    "Persentase pelayanan administrasi perkantoran",
                    d(100),
                    d(100),
                    Some(Decimal::from(100))
                ),
                (
                    "Jumlah surat yang dikirim",
                    d(240),
                    d(230),
                    Some(Decimal::from(1200))
                ),
                ("Jumlah paket ATK", d(4), d(4), Some(Decimal::from(20))),
                (
                    "Persentase desa yang melaksanakan musrenbang",
                    d(100),
                    d(100),
                    Some(Decimal::from(100))
                ),
            ]
        );
        assert_eq!(t.sasaran.len(), 2);
        assert!(t.pesan.iter().all(|m| !m.galat()), "{:?}", t.pesan);
    }

    #[test]
    fn two_target_columns_use_the_revised_one() {
        let teks = "Sasaran\tIndikator\tSatuan\tTarget PK Awal\tTarget PK Perubahan\tRealisasi\nS\tIKM\tIndeks\t85\t80\t82";
        let t = baca_tabel_indikator(teks, None);
        assert_eq!(t.indikator[0].target.angka(), Some(Decimal::from(80)));
        assert_eq!(
            t.pesan.iter().map(|p| p.pesan.as_str()).collect::<Vec<_>>(),
            ["Ada dua kolom target: capaian dihitung terhadap \"Target PK Perubahan\"; \"Target PK Awal\" tidak dihitung."]
        );
        let pilihan = [
            Kolom::Sasaran,
            Kolom::Indikator,
            Kolom::Satuan,
            Kolom::Target,
            Kolom::Abaikan,
            Kolom::Realisasi,
        ];
        let t = baca_tabel_indikator(teks, Some(&pilihan));
        assert_eq!(t.indikator[0].target.angka(), Some(Decimal::from(85)));
        // the revised one first: kept, and named all the same
        let t = baca_tabel_indikator(
            "Indikator\tTarget Perubahan\tTarget Awal\tRealisasi\nIKM\t80\t85\t82",
            None,
        );
        assert_eq!(t.indikator[0].target.angka(), Some(Decimal::from(80)));
        assert_eq!(t.pesan.len(), 1, "{:?}", t.pesan);
        // the Renja's and the Perjanjian Kinerja's: the LKjIP measures against the PK's (the
        // Renja's, the first, was used); a plan of five years is the end target, not this
        // year's (the RPJMD's 85 was the target, 96,47 for 102,50)
        for (teks, target) in [
            ("Indikator\tTarget Renja\tTarget PK\tRealisasi\nIKM\t78\t80\t82", 80),
            ("Indikator\tTarget (PK)\tTarget Renja\tRealisasi\nIKM\t80\t78\t82", 80),
            ("Indikator\tTarget RPJMD\tTarget Renstra\tTarget Tahun 2024\tRealisasi Tahun 2024\nIKM\t85\t84\t80\t82", 80),
        ] {
            let t = baca_tabel_indikator(teks, None);
            assert_eq!(t.indikator[0].target.angka(), Some(Decimal::from(target)), "{teks}: {:?}", t.pesan);
        }
    }

    #[test]
    fn target_and_realisasi_written_down_a_column_are_named() {
        let t = baca_tabel_indikator(
            "Sasaran\tIndikator Kinerja\tUraian\tTahun 2024\nS\tIKM\tTarget\t80\n\t\tRealisasi\t82\n\
             \tPengaduan\tTarget\t100\n\t\tRealisasi\t90",
            None,
        );
        assert!(
            t.pesan[0]
                .pesan
                .starts_with("Target dan Realisasi tertulis ke bawah (kolom 3"),
            "{:?}",
            t.pesan
        );
    }

    /// `Realisasi TW I | TW II | TW III | TW IV`: the bare quarter headings are realisasi too,
    /// so the capaian is to TW IV; it was to TW I (87,50 for an index at 82 against 80).
    #[test]
    fn bare_quarter_headings_after_a_realisasi_quarter() {
        let t = baca_tabel_indikator(
            "Sasaran\tIndikator\tSatuan\tTarget\tRealisasi TW I\tTW II\tTW III\tTW IV\n\
             S1\tIKM\tIndeks\t80\t70\t75\t78\t82",
            None,
        );
        let tw = t.indikator[0].triwulan.as_ref().expect("quarterly");
        let n = |x: i64| Some(Decimal::from(x));
        let r: Vec<_> = tw.realisasi.iter().map(|v| v.angka()).collect();
        assert_eq!(r, [n(70), n(75), n(78), n(82)]);
    }

    /// A program outcome table (`Program | Indikator Kinerja Program | ...`) has no Sasaran
    /// column: its indikator are grouped by program, with a note; they were all under one
    /// sasaran named "Sasaran", and the program names were lost.
    #[test]
    fn without_a_sasaran_column_a_program_column_groups() {
        let t = baca_tabel_indikator(
            "No\tProgram\tIndikator Kinerja Program\tSatuan\tTarget\tRealisasi\n\
             1\tProgram Penunjang\tDokumen tepat waktu\t%\t100\t100\n\
             \t\tLaporan tepat waktu\t%\t100\t90\n\
             2\tProgram Pemerintahan\tDesa tertib\t%\t80\t75",
            None,
        );
        assert_eq!(t.sasaran, ["Program Penunjang", "Program Pemerintahan"]);
        let grup: Vec<usize> = t.indikator.iter().map(|i| i.sasaran).collect();
        assert_eq!(grup, [0, 0, 1]);
        assert!(t.pesan.iter().any(|p| p
            .kalimat()
            .contains("dikelompokkan menurut kolom \"Program\"")));
        // with a Sasaran column, a Program column is left alone
        let t = baca_tabel_indikator(
            "Sasaran\tProgram\tIndikator\tTarget\tRealisasi\nS1\tP1\tI1\t1\t1",
            None,
        );
        assert_eq!(t.sasaran, ["S1"]);
    }

    /// A flow's realisasi written to date (`Realisasi s.d. TW I, II, III` of 3, 6, 9
    /// documents): 9 to TW III, not 18; a stock's positions stay as written.
    #[test]
    fn quarterly_realisasi_written_to_date() {
        let t = baca_tabel_indikator(
            "Indikator\tSatuan\tTarget\tRealisasi s.d. TW I\tRealisasi s.d. TW II\tRealisasi s.d. TW III\n\
             Jumlah dokumen\tDokumen\t12\t3\t6\t9\n\
             IKM\tIndeks\t80\t70\t75\t78",
            None,
        );
        let r = |i: usize| -> Vec<Option<Decimal>> {
            let tw = t.indikator[i].triwulan.as_ref().expect("quarterly");
            tw.realisasi.iter().map(|v| v.angka()).collect()
        };
        let n = |x: i64| Some(Decimal::from(x));
        assert_eq!(r(0), [n(3), n(3), n(3), None]);
        assert_eq!(r(1), [n(70), n(75), n(78), None]);
    }

    /// A tujuan (or misi) on a line of its own, above the sasaran title lines, is no
    /// indikator: it was one, with no target, and under a sasaran named "Sasaran".
    #[test]
    fn a_tujuan_title_line_is_not_an_indikator() {
        let t = baca_tabel_indikator(
            "Tujuan/Sasaran/Indikator Kinerja\tSatuan\tTarget\tRealisasi\n\
             Tujuan: Meningkatnya tata kelola pemerintahan\t\t\t\n\
             Sasaran 1: Meningkatnya kualitas pelayanan publik\t\t\t\n\
             Indeks Kepuasan Masyarakat\tIndeks\t82\t84,5\n\
             Sasaran 2: Meningkatnya akuntabilitas kinerja\t\t\t\n\
             Nilai SAKIP\tNilai\t70\t68,5",
            None,
        );
        let nama = sasaran_dan_nama(&t);
        assert_eq!(
            nama,
            [
                (
                    "Meningkatnya kualitas pelayanan publik",
                    "Indeks Kepuasan Masyarakat"
                ),
                ("Meningkatnya akuntabilitas kinerja", "Nilai SAKIP"),
            ]
        );
    }

    /// `12 Kali` under satuan `Kali` (or `1 Dok` under `Dokumen`) says nothing new: no note.
    /// A word that is not the satuan keeps its note, and every cell is read the same.
    #[test]
    fn a_unit_word_that_repeats_the_satuan_gets_no_note() {
        let t = baca_tabel_indikator(
            "Sasaran\tIndikator\tSatuan\tTarget\tRealisasi\n\
             S\tRapat\tKali\t12 Kali\t12 kali\n\
             S\tDokumen\tDokumen\t1 Dokumen\t1 Dok.\n\
             S\tWaktu\tHari\t4 hari kerja\t3 hari\n\
             S\tSurat\tSurat\t10 berkas\t9 (sembilan) surat",
            None,
        );
        let angka: Vec<_> = t
            .indikator
            .iter()
            .map(|i| (i.target.angka(), i.realisasi.angka()))
            .collect();
        let n = |x: i64| Some(Decimal::from(x));
        assert_eq!(
            angka,
            [(n(12), n(12)), (n(1), n(1)), (n(4), n(3)), (n(10), n(9))]
        );
        let pesan: Vec<String> = t.pesan.iter().map(|p| p.kalimat()).collect();
        assert_eq!(
            pesan,
            [
                "Baris 4, kolom Target, \"4 hari kerja\": kata \"hari kerja\" setelah angka diabaikan",
                "Baris 5, kolom Target, \"10 berkas\": kata \"berkas\" setelah angka diabaikan",
            ]
        );
    }

    /// Without a Satuan column, the unit written after the target's number is the satuan
    /// (the Evaluasi Renja writes `240 surat`): shown in its column, and the cells that repeat
    /// it need no note. Before, each of them had one (14 in the E.81 sample).
    #[test]
    fn without_a_satuan_column_the_unit_after_the_target_is_the_satuan() {
        let t = baca_tabel_indikator(
            "Indikator\tTarget\tRealisasi\nJumlah surat\t240 surat\t230 Surat\n\
             Rapat\t12 kali\t10 dokumen\nPersentase\t100%\t95%",
            None,
        );
        let satuan: Vec<&str> = t.indikator.iter().map(|i| i.satuan.as_str()).collect();
        assert_eq!(satuan, ["surat", "kali", ""]);
        let pesan: Vec<String> = t.pesan.iter().map(|p| p.kalimat()).collect();
        assert_eq!(
            pesan,
            ["Baris 3, kolom Realisasi, \"10 dokumen\": kata \"dokumen\" setelah angka diabaikan"]
        );
    }

    #[test]
    fn seed_000_table_3_2() {
        let t = baca_tabel_indikator(SEED_000_3_2, None);
        assert!(t.judul_dikenali);
        assert_eq!(t.indikator.len(), 5);
        assert_eq!(t.sasaran.len(), 4);
        assert_eq!(t.sasaran[3], "Meningkatnya kualitas capaian kinerja");
        assert_eq!(t.indikator[3].nama, "Predikat Akuntabilitas kinerja");
        assert_eq!(t.indikator[4].sasaran, 3);
        assert!(matches!(
            t.indikator[3].target,
            Nilai::Kualitatif { peringkat: 4, .. }
        ));
        assert_eq!(
            t.indikator[4].realisasi,
            Nilai::Angka(Decimal::new(4751, 2))
        );
        assert!(t.pesan.iter().all(|p| !p.galat()), "{:?}", t.pesan);
    }

    #[test]
    fn seed_001_enumerator_column_and_merged_sasaran() {
        let teks = "SASARAN STRATEGIS\tINDIKATOR KINERJA\t\tSATUAN\tTARGET TAHUNAN\tREALISASI TAHUN 2022
1\t2\t\t3\t4\t5
Meningkatnya Kualitas Pelayanan Kecamatan Sungai Sembilan\ta\tIndeks Kepuasan Masyarakat\tIndeks\t87\t86,98
\tb\tPersentase Pelaksanaan Tugas Pemerintahan Umum dan Trantibum\t%\t100\t93,16
\tc\tPersentase Pelaksanaan Pelimpahan Kewenangan Kepada Camat\t%\t100\t99,55";
        let t = baca_tabel_indikator(teks, None);
        assert_eq!(t.indikator.len(), 3);
        assert_eq!(t.sasaran.len(), 1);
        assert_eq!(t.indikator[0].nama, "Indeks Kepuasan Masyarakat");
        assert_eq!(t.indikator[2].satuan, "%");
        assert_eq!(t.tahun, Some(2022));
    }

    #[test]
    fn seed_002_sub_items_and_reported_totals() {
        let teks = "Sasaran 1. Terwujudnya peningkatan kinerja
No\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian
1\tJumlah bimtek/ diklat yang diikuti oleh aparatur Kecamatan\tKegiatan\t8\t8\t100
2\tJumlah pengadaan sarana dan prasarana penunjang kerja dan perlengkapan kantor\t\t\t\t
\t✚ Pengadaan sarana dan prasarana\tBuah\t105\t105\t100
\t✚ Pengadaan pakaian dinas (PDH)\tJenis\t2\t2\t100
\t✚ Penunjang pelayanan adm. Perkantoran lainnya\t%\t90\t85\t93,75
\tTotal capaian 293,75/300=97,92\t\t\t\t
3\tJumlah pemeliharaan perangkat penunjang kerja & perlengkapan kantor\tUnit\t26\t26\t100
4\tJumlah penyusunan dokumen rencana program/ kegiatan dan pelaporan\tDokumen\t8\t8\t100
Capaian Sasaran Sangat Berhasil (99,48%)\t\t\t\t\t";
        let t = baca_tabel_indikator(teks, None);
        assert_eq!(t.sasaran, vec!["Terwujudnya peningkatan kinerja"]);
        assert_eq!(t.indikator.len(), 7);
        assert_eq!(t.indikator[2].induk, Some(1));
        assert_eq!(t.indikator[4].induk, Some(1));
        assert_eq!(
            t.indikator[4].nama,
            "Penunjang pelayanan adm. Perkantoran lainnya"
        );
        assert_eq!(t.indikator[5].induk, None);
        assert_eq!(t.total_sub[0].nilai, Decimal::new(9792, 2));
        assert_eq!(t.capaian_sasaran_laporan[0].nilai, Decimal::new(9948, 2));
        assert_eq!(t.indikator[4].capaian_laporan, Some(Decimal::new(9375, 2)));
    }

    /// Cells parted by commas: a CSV file opened as text (Google Sheets' download, a decimal
    /// comma quoted), or a table typed on a phone, which has no Tab key (`, ` between cells,
    /// `80,5` a number). Before, each line was one cell: no Target or Realisasi, and the note
    /// asked to pick column roles for a single column.
    #[test]
    fn cells_parted_by_commas() {
        for teks in [
            "No,Sasaran,Indikator,Satuan,Target,Realisasi\n\
             1,Meningkatnya kualitas pelayanan,Indeks Kepuasan Masyarakat,Indeks,80,\"82,5\"\n\
             2,,Persentase pelayanan tepat waktu,%,90,87",
            "Sasaran, Indikator, Satuan, Target, Realisasi\n\
             Meningkatnya kualitas pelayanan, Indeks Kepuasan Masyarakat, Indeks, 80, 82,5\n\
             , Persentase pelayanan tepat waktu, %, 90, 87",
            // typed with no header: the roles are guessed
            "Meningkatnya kualitas pelayanan, Indeks Kepuasan Masyarakat, Indeks, 80, 82,5\n\
             , Persentase pelayanan tepat waktu, %, 90, 87",
        ] {
            let t = baca_tabel_indikator(teks, None);
            assert_eq!(t.pemisah, Pemisah::Koma, "{teks}");
            let got: Vec<(&str, &str, Nilai, Nilai)> = t
                .indikator
                .iter()
                .map(|i| {
                    (
                        t.sasaran[i.sasaran].as_str(),
                        i.nama.as_str(),
                        i.target.clone(),
                        i.realisasi.clone(),
                    )
                })
                .collect();
            assert_eq!(
                got,
                [
                    (
                        "Meningkatnya kualitas pelayanan",
                        "Indeks Kepuasan Masyarakat",
                        Nilai::Angka(Decimal::from(80)),
                        Nilai::Angka(Decimal::new(825, 1))
                    ),
                    (
                        "Meningkatnya kualitas pelayanan",
                        "Persentase pelayanan tepat waktu",
                        Nilai::Angka(Decimal::from(90)),
                        Nilai::Angka(Decimal::from(87))
                    ),
                ],
                "{teks}: {:?}",
                t.pesan
            );
        }
        // a decimal comma not quoted in a CSV parts its number: the row says so
        let t = baca_tabel_indikator("Indikator,Target,Realisasi\nIKM,80,82,5\nSAKIP,70,68", None);
        use crate::core::teks::pesan::Tingkat;
        let p: Vec<(usize, Tingkat)> = t.pesan.iter().map(|p| (p.baris, p.tingkat)).collect();
        assert!(p.contains(&(2, Tingkat::Peringatan)), "{:?}", t.pesan);
        assert!(!p.iter().any(|x| x.0 == 3), "{:?}", t.pesan);
        // prose with commas, or a double-space PDF copy whose heading has commas, is no CSV
        for teks in [
            "Dalam meningkatkan kualitas pelayanan, diprioritaskan pada unsur yang rendah",
            "No  Program, Kegiatan, Sub Kegiatan  Anggaran  Realisasi\n1  Program A  100  90",
            "No Sasaran, Indikator Satuan Target Realisasi\n1 Meningkatnya mutu Indeks Kepuasan Indeks 80 82\n2 Persentase layanan % 90 87",
        ] {
            assert_ne!(
                baca_tabel_indikator(teks, None).pemisah,
                Pemisah::Koma,
                "{teks}"
            );
        }
    }

    /// Each indikator's name, target and realisasi.
    fn nama_target_realisasi(t: &TabelIndikator) -> Vec<(&str, Nilai, Nilai)> {
        t.indikator
            .iter()
            .map(|i| (i.nama.as_str(), i.target.clone(), i.realisasi.clone()))
            .collect()
    }

    /// Typed with one space and no header, as a quick check on a phone.
    #[test]
    fn lines_typed_with_one_space_and_no_header() {
        let t = baca_tabel_indikator(
            "Indeks Kepuasan Masyarakat 80 82,5\nPersentase pelayanan tepat waktu 90 87",
            None,
        );
        assert_eq!(
            nama_target_realisasi(&t),
            [
                (
                    "Indeks Kepuasan Masyarakat",
                    Nilai::Angka(Decimal::from(80)),
                    Nilai::Angka(Decimal::new(825, 1))
                ),
                (
                    "Persentase pelayanan tepat waktu",
                    Nilai::Angka(Decimal::from(90)),
                    Nilai::Angka(Decimal::from(87))
                ),
            ],
            "{:?}",
            t.pesan
        );
        assert!(t
            .pesan
            .iter()
            .any(|p| p.pesan.contains("tanpa baris judul")));
        // one short name, one line: before, no column was long enough to be the indikator
        for teks in ["IKM 80 82,5", "IKM\t80\t82,5", "IKM, 80, 82,5"] {
            let t = baca_tabel_indikator(teks, None);
            assert_eq!(
                nama_target_realisasi(&t),
                [(
                    "IKM",
                    Nilai::Angka(Decimal::from(80)),
                    Nilai::Angka(Decimal::new(825, 1))
                )],
                "{teks}: {:?}",
                t.pesan
            );
        }
    }

    /// Seed 000's IKM table in the indicator box: a note says it belongs in the IKM box.
    #[test]
    fn an_ikm_table_in_the_indicator_box_is_named() {
        let t = baca_tabel_indikator(
            "No\tUnsur\tNilai rata-rata unsur\tNilai rata-rata tertimbang\tIKM\n\
             1\t2\t3\t4\t5\n1\tPersyaratan\t3\t0.33\t81.14\n2\tSistem, mekanisme dan prosedur\t3.04\t0.34\t",
            None,
        );
        assert!(
            t.pesan
                .iter()
                .any(|p| p.pesan.contains("tempel di kotak IKM")),
            "{:?}",
            t.pesan
        );
        // an indikator named for the IKM, beside its target, is an indikator
        let t = baca_tabel_indikator(
            "Indikator\tTarget\tRealisasi\nNilai IKM (NRR x 25)\t80\t82",
            None,
        );
        assert!(!t.pesan.iter().any(|p| p.pesan.contains("kotak IKM")));
    }

    #[test]
    fn seed_004_markdown_with_two_header_rows() {
        let teks = "| Indikator Kinerja | | | | | | | RPJMD | |
|--|---------------|------------------|---------------------|----------------|----------------|---------------------|--------------------|--|
| | % Target 2020 | % Realisasi 2020 | % Capaian 2020 | % Capaian 2019 | % Capaian 2018 | % Target Akhir 2021 | % Capaian s/d 2020 | |
| 1 | 2 | 3 | $4=3/2$ * 100 | 5 | 6 | 7 | $8=3/7^*$ 100 | |
| Persentase Ketercapaian Pelayanan Umum | 100 | 98,32 | 98,32 | 89,96 | 92,60 | 95 | 96,62 | |";
        let t = baca_tabel_indikator(teks, None);
        assert_eq!(t.pemisah, Pemisah::Pipa);
        assert_eq!(t.indikator.len(), 1, "{:?}", t.pesan);
        let i = &t.indikator[0];
        assert_eq!(i.target, Nilai::Angka(Decimal::from(100)));
        assert_eq!(i.realisasi, Nilai::Angka(Decimal::new(9832, 2)));
        assert_eq!(i.target_akhir, Some(Decimal::from(95)));
        assert_eq!(i.capaian_laporan, Some(Decimal::new(9832, 2)));
    }

    #[test]
    fn seed_004_four_tables_with_title_lines() {
        let t = baca_tabel_indikator(
            include_str!("../../../../tests/fixtures/seed004_indikator.md"),
            None,
        );
        assert_eq!(t.indikator.len(), 4, "{:#?}", t.pesan);
        assert_eq!(t.sasaran.len(), 4);
        assert_eq!(t.sasaran[0], "Meningkatnya Manajemen Administrasi Pelayanan Umum, Kepegawaian dan Keuangan Perangkat Daerah");
        assert_eq!(
            t.indikator[3].realisasi,
            Nilai::Angka(Decimal::new(7856, 2))
        );
        assert_eq!(t.indikator[1].sasaran, 1);
        assert!(t.pesan.iter().all(|p| !p.galat()), "{:#?}", t.pesan);
    }

    #[test]
    fn unreadable_cells_name_row_column_and_text() {
        let teks = "Indikator\tTarget\tRealisasi\nIKM\t80,25\tbanyak\nLain\t10\t5";
        let t = baca_tabel_indikator(teks, None);
        assert_eq!(t.indikator.len(), 2);
        let p = t.pesan.iter().find(|p| p.galat()).expect("a message");
        assert_eq!(
            (p.baris, p.kolom.as_str(), p.teks.as_str()),
            (2, "Realisasi", "banyak")
        );
        assert!(
            matches!(t.indikator[1].realisasi, Nilai::Angka(_)),
            "other rows still read"
        );
    }

    #[test]
    fn headerless_paste_is_guessed_and_can_be_remapped() {
        let teks = "Meningkatnya kepuasan masyarakat\tIndeks Kepuasan Masyarakat\t%\t80,25\t81,14";
        let t = baca_tabel_indikator(teks, None);
        assert!(!t.judul_dikenali);
        assert_eq!(
            t.kolom,
            vec![
                Kolom::Sasaran,
                Kolom::Indikator,
                Kolom::Satuan,
                Kolom::Target,
                Kolom::Realisasi
            ]
        );
        let pilihan = [
            Kolom::Sasaran,
            Kolom::Indikator,
            Kolom::Satuan,
            Kolom::Realisasi,
            Kolom::Target,
        ];
        let t = baca_tabel_indikator(teks, Some(&pilihan));
        assert_eq!(t.indikator[0].target, Nilai::Angka(Decimal::new(8114, 2)));
    }

    #[test]
    fn a_target_written_as_a_bound_is_read_and_an_upper_bound_is_negative() {
        use crate::core::kebijakan::Kebijakan;
        use crate::core::kinerja::polaritas::Polaritas;
        use crate::core::kinerja::sasaran::hitung_kinerja;
        use crate::core::laporan::kinerja::baris_kinerja_sampai;
        use crate::core::laporan::kinerja::BarisKinerja;
        let teks = "Indikator\tSatuan\tTarget\tRealisasi
Indeks kepuasan masyarakat\tindeks\t≥ 80\t82,5
Waktu penyelesaian izin\thari\t≤ 3\t2
Opini BPK\topini\tMinimal WDP\tWTP
Angka putus sekolah\t%\tmaks. 2,5%\t3";
        let t = baca_tabel_indikator(teks, None);
        assert!(t.pesan.iter().all(|p| !p.galat()), "{:#?}", t.pesan);
        let pol: Vec<_> = t.indikator.iter().map(|i| i.polaritas).collect();
        use Polaritas::{Negatif, Positif};
        assert_eq!(pol, [Positif, Negatif, Positif, Negatif]);
        let k = Kebijakan::default();
        let h = hitung_kinerja(&t, &k);
        let (rows, _, _) = baris_kinerja_sampai(&t, &h, &k, usize::MAX);
        let shown: Vec<_> = rows
            .iter()
            .filter_map(|r| match r {
                BarisKinerja::Indikator(b) => Some((b.target.clone(), b.capaian.clone())),
                _ => None,
            })
            .collect();
        let s = |a: &str, b: &str| (a.to_string(), b.to_string());
        assert_eq!(
            shown,
            [
                s("≥ 80", "103,13"),
                s("≤ 3", "133,33"),
                s("≥ WDP", "133,33"),
                s("≤ 2,5", "80,00"),
            ]
        );
        // a Polaritas cell wins over the bound: a person who flipped the row keeps it
        let t = baca_tabel_indikator(
            "Indikator\tTarget\tRealisasi\tPolaritas\nWaktu\t≤ 3\t2\t+\nLain\t≤ 3\t2\t",
            None,
        );
        assert_eq!(t.indikator[0].polaritas, Positif);
        assert_eq!(t.indikator[1].polaritas, Negatif);
    }

    #[test]
    fn a_bound_in_a_quarterly_table_is_a_level_kept_not_days_added_up() {
        use crate::core::kebijakan::Kebijakan;
        use crate::core::kinerja::sasaran::hitung_kinerja;
        use crate::core::kinerja::triwulan::Sifat;
        let teks = "Indikator\tSatuan\tTarget Tahunan\tTarget TW I\tTarget TW II\tTarget TW III\tTarget TW IV\tRealisasi TW I\tRealisasi TW II
Waktu layanan\thari\t≤ 3\t3\t3\t3\t3\t4\t2
Jumlah kegiatan\tkegiatan\t12\t3\t6\t9\t12\t2\t5";
        let t = baca_tabel_indikator(teks, None);
        let sifat: Vec<_> = t
            .indikator
            .iter()
            .map(|i| i.triwulan.as_ref().map(|tw| tw.sifat))
            .collect();
        assert_eq!(sifat, [Some(Sifat::Akhir), Some(Sifat::Kumulatif)]);
        let k = Kebijakan::default();
        let h = hitung_kinerja(&t, &k);
        let tw = h.triwulan[0].as_ref().expect("quarterly");
        // to date at TW II is TW II's own 2 days against 3, negative: (2 x 3 - 2) / 3
        assert_eq!(h.capaian[0].tampil(&k), "133,33");
        assert!(tw.periksa.is_empty(), "{:?}", tw.periksa);
    }

    #[test]
    fn a_budget_table_in_the_indicator_box_is_named() {
        let t = baca_tabel_indikator(
            "Kode Rekening\tUraian\tJumlah Anggaran\tRealisasi\n7.01.2.01\tPerencanaan\t82.508.800\t81.716.800",
            None,
        );
        assert!(
            t.pesan.iter().any(|p| p
                .pesan
                .contains("\"Jumlah Anggaran\" adalah judul tabel anggaran")),
            "{:?}",
            t.pesan
        );
        // an indicator table with a budget column beside its target is an indicator table
        let t = baca_tabel_indikator(
            "Indikator\tTarget\tRealisasi\tAnggaran\nIKM\t80\t85\t1.000.000",
            None,
        );
        assert!(t.pesan.iter().all(|p| !p.pesan.contains("tabel anggaran")));
    }

    /// A report's next sasaran under the tables of years and of the Renstra of the one before
    /// (seed 002): the same heading again goes on with the table, the tables between are left
    /// out with a message naming their lines; its title in the text above it names the sasaran,
    /// the report's sentence naming it in quotes does not.
    #[test]
    fn the_same_heading_after_another_table_goes_on_with_the_table() {
        let teks = "Sasaran 1. Pelayanan prima\n\
                    No\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\n\
                    1\tIKM\tIndeks\t80\t82\n\n\
                    Dari tabel di atas capaian sasaran ini sangat berhasil.\n\n\
                    No\tIndikator Kinerja\tSatuan\tRealisasi 2018\tRealisasi 2019\n\
                    1\tIKM\tIndeks\t75\t82\n\n\
                    Sasaran 2. Tata kelola yang akuntabel\n\n\
                    Sasaran “Tata kelola yang akuntabel” diarahkan pada kegiatan pelaporan.\n\n\
                    a. Membandingkan antara target dan realisasi\n\
                    No\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\n\
                    1\tNilai SAKIP\tNilai\t70\t68";
        let t = baca_tabel_indikator(teks, None);
        let nama = sasaran_dan_nama(&t);
        assert_eq!(
            nama,
            [
                ("Pelayanan prima", "IKM"),
                ("Tata kelola yang akuntabel", "Nilai SAKIP")
            ]
        );
        let kalimat: Vec<String> = t.pesan.iter().map(|p| p.kalimat()).collect();
        assert!(
            kalimat.iter().any(|k| k.starts_with("Baris 5, \"Dari tabel di atas capaian sasaran ini sangat berhasil.\": baris ini sampai baris 8 adalah tabel lain (judul \"No | Indikator Kinerja | Satuan | Realisasi 2018 | Realisasi 2019\") dan tidak dibaca; tabel ini berlanjut di baris 15.")),
            "{kalimat:#?}"
        );
    }

    /// A table of programs and kegiatan under the last sasaran's (seed 004's old and new
    /// Renstra): its header rows and lines are another table, not indikator without values.
    #[test]
    fn a_table_of_programs_under_the_table_is_another() {
        let teks = "Indikator Kinerja\tTarget\tRealisasi\nIKM\t80\t82\n\
                    No\tRenstra Lama (2019)\t\tNo\tRenstra Baru (2020)\t\n\
                    \tProgram\tKegiatan\t\tProgram\tKegiatan\n\
                    1\tProgram Pelayanan Administrasi\t\t1\tProgram Penunjang\t\n\
                    \t\tPenyediaan jasa surat\t\t\tAdministrasi Umum";
        let t = baca_tabel_indikator(teks, None);
        let nama: Vec<&str> = t.indikator.iter().map(|i| i.nama.as_str()).collect();
        assert_eq!(nama, ["IKM"]);
        assert!(t
            .pesan
            .iter()
            .any(|p| p.baris == 3 && p.pesan.contains("adalah tabel lain")));
    }
}
