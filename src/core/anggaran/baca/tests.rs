//! The budget reader as a whole, on tables as offices paste them.

use super::*;
use crate::core::teks::pesan::Tingkat;
use crate::core::teks::tabel::pisah_tabel;
use rust_decimal::Decimal;

/// `Anggaran (Rp. 000)`: the amounts are thousands, so totals and terbilang are the
/// budget's and not a thousandth of it; the percentage column stays as written.
#[test]
fn amounts_under_a_heading_in_thousands() {
    let t = baca_tabel_anggaran(
        "Uraian\tAnggaran (Rp. 000)\tRealisasi (Rp. 000)\t%\nSub A\t1.250\t1.100,5\t88,04\n\
         Sub B\t999.999.999.999.999.999\t1\t0",
    );
    let d = |x: &str| x.parse::<Decimal>().ok();
    let a = &t.baris[0];
    assert_eq!(
        (a.anggaran, a.realisasi, a.persen_laporan),
        (d("1250000"), d("1100500"), d("88.04"))
    );
    let info: Vec<&str> = t
        .pesan
        .iter()
        .filter(|p| p.tingkat == Tingkat::Info)
        .map(|p| p.pesan.as_str())
        .collect();
    assert_eq!(
        info,
        [
            "Kolom \"Anggaran (Rp. 000)\" ditulis dalam ribuan rupiah: angkanya dikali 1.000.",
            "Kolom \"Realisasi (Rp. 000)\" ditulis dalam ribuan rupiah: angkanya dikali 1.000."
        ]
    );
    // past the reader's cap once multiplied: a message, not a wrapped or rounded amount
    assert_eq!(t.baris[1].anggaran, None);
    assert_eq!(t.baris[1].tak_terbaca, [true, false]);
    assert!(
        t.pesan.iter().any(|p| p.galat() && p.baris == 3),
        "{:?}",
        t.pesan
    );
}

/// A Word table with the code at the start of each uraian nests by it, as with a Kode
/// column: the total is the leaves', and the pasted JUMLAH agrees.
#[test]
fn codes_written_at_the_start_of_the_uraian() {
    let t = baca_tabel_anggaran(
        "Program/Kegiatan/Sub Kegiatan\tPagu Anggaran\tRealisasi\n\
         7.01.01 PROGRAM PENUNJANG\t1.000\t900\n\
         7.01.01.2.01 Perencanaan\t400\t380\n\
         7.01.01.2.01.0001 Penyusunan Dokumen\t400\t380\n\
         7.01.01.2.02 Administrasi Keuangan\t600\t520\n\
         7.01.01.2.02.0001 Gaji dan Tunjangan\t600\t520\n\
         2 unit komputer\t10\t10\n\
         JUMLAH\t1.010\t910",
    );
    let kode: Vec<(&str, &str)> = t
        .baris
        .iter()
        .map(|b| (b.kode.as_str(), b.uraian.as_str()))
        .collect();
    assert_eq!(kode[0], ("7.01.01", "PROGRAM PENUNJANG"));
    assert_eq!(kode[4], ("7.01.01.2.02.0001", "Gaji dan Tunjangan"));
    assert_eq!(kode[5], ("", "2 unit komputer"));
    let p = crate::core::anggaran::pohon::bangun_pohon(&t);
    assert_eq!(p.total.anggaran, Decimal::from(1010));
    assert!(
        p.jumlah.iter().all(|(_, tanda)| tanda.is_empty()),
        "{:?}",
        p.jumlah
    );
}

/// SIPD's code in five cells under one `Kode` heading is one code, so the rows nest by it.
#[test]
fn a_code_spread_over_untitled_columns() {
    let t = baca_tabel_anggaran(
        "Kode\t\t\t\t\tUraian\tAnggaran\tRealisasi\n\
         7\t01\t01\t\t\tPROGRAM PENUNJANG\t1.000\t900\n\
         7\t01\t01\t2.01\t\tPerencanaan\t1.000\t900\n\
         7\t01\t01\t2.01\t0001\tPenyusunan Dokumen\t600\t500\n\
         7\t01\t01\t2.01\t0002\tEvaluasi\t400\t400",
    );
    let kode: Vec<&str> = t.baris.iter().map(|b| b.kode.as_str()).collect();
    assert_eq!(
        kode,
        [
            "7.01.01",
            "7.01.01.2.01",
            "7.01.01.2.01.0001",
            "7.01.01.2.01.0002"
        ]
    );
    let p = crate::core::anggaran::pohon::bangun_pohon(&t);
    assert_eq!(p.total.anggaran, Decimal::from(1000));
    assert!(p.simpul.iter().all(|s| s.tanda.is_empty()));
}

#[test]
fn a_header_continued_on_the_next_row() {
    // seed 000: REALISASI over KEUANGAN Rp. / % / FISIK (%)
    let (_, rows) = pisah_tabel("NO\tPROGRAM / KEGATAN\tTOTAL ANGGARAN (Rp)\tREALISASI\t\t\n\t\t\tKEUANGAN Rp.\t%\tFISIK (%)\n1\t2\t3\t4\t5\t6");
    assert_eq!(cari_judul(&rows), Some((0, 2)));
}

#[test]
fn a_quarter_heading_after_a_quarter_column_continues_its_kind() {
    let t = baca_tabel_anggaran(
        "Program/Kegiatan\tPagu\tRealisasi TW I\tTW II\tTriwulan III\tTW IV\tTotal Realisasi\n\
         Perencanaan\t1.000\t200\t250\t250\t200\t900",
    );
    use KolomAnggaran::*;
    assert_eq!(
        t.kolom[2..6],
        [
            RealisasiTw(1),
            RealisasiTw(2),
            RealisasiTw(3),
            RealisasiTw(4)
        ]
    );
    assert_eq!(t.triwulan, Some(3));
    // no plan per quarter is written: no plan to date is shown (it showed 0)
    assert_eq!(t.triwulan_rencana(), None);
    let t = baca_tabel_anggaran("Uraian\tPagu\tRencana TW I\tRealisasi TW I\nA\t1.000\t300\t200");
    assert_eq!((t.triwulan, t.triwulan_rencana()), (Some(0), Some(0)));
    // a quarter heading after a column of another kind names nothing
    let t = baca_tabel_anggaran("Uraian\tPagu\tTW II\nA\t100\t50");
    assert_eq!(t.kolom[2], Abaikan);
}

/// `Rp` in a cell of its own before each amount: the amounts are read, and a heading's
/// scale goes with them; a column of words is left as it was.
#[test]
fn the_currency_sign_in_a_cell_of_its_own() {
    let t = baca_tabel_anggaran(
        "No\tUraian\tAnggaran (Rp. 000)\t\tRealisasi\t\t%\n\
         1\tProgram A\tRp\t1.000\tRp.\t900.000\t90,00\n\
         2\tProgram B\t\t500\tRp\t450.000\t90,00",
    );
    let v: Vec<_> = t.baris.iter().map(|b| (b.anggaran, b.realisasi)).collect();
    let n = |x: i64| Some(Decimal::from(x));
    assert_eq!(v, [(n(1_000_000), n(900_000)), (n(500_000), n(450_000))]);
    assert!(
        t.pesan.iter().all(|p| p.tingkat != Tingkat::Galat),
        "{:?}",
        t.pesan
    );
}

/// Realisasi written only as a percentage: each leaf's realisasi is its anggaran times
/// it, parents are their sums, and a note says so; it was 0 with serapan 0,00.
#[test]
fn realisasi_written_only_as_a_percentage() {
    use crate::core::anggaran::pohon::bangun_pohon;
    let t = baca_tabel_anggaran(
        "No\tUraian\tPagu Anggaran\tRealisasi Keuangan (%)\tRealisasi Fisik (%)\n\
         1\tProgram A\t1.500.000\t86,67\t100\n\
         1.1\tKegiatan A1\t1.000.000\t90,00\t100\n\
         1.2\tKegiatan A2\t500.000\t80,00\t95",
    );
    assert!(t.realisasi_persen);
    assert!(ada_pesan(
        &t,
        "dihitung dari kolom \"Realisasi Keuangan (%)\""
    ));
    let p = bangun_pohon(&t);
    assert_eq!(p.total.realisasi, Decimal::from(1_300_000));
    // the program's 86,67% is its kegiatan's 1.300.000 of 1.500.000, rounded: no flag
    assert!(
        p.simpul.iter().all(|s| s.tanda.is_empty()),
        "{:?}",
        p.simpul
    );
    // no realisasi at all: said, not silently 0
    let t = baca_tabel_anggaran("Uraian\tPagu\nProgram A\t1.000");
    assert!(!t.realisasi_persen);
    assert!(ada_pesan(&t, "Kolom Realisasi belum dikenali"));
}

/// Quarterly realisasi written to date: the realisasi is the last figure, not their sum
/// (1.350 of a budget of 1.000, flagged as overspent).
#[test]
fn quarterly_figures_written_to_date() {
    let t = baca_tabel_anggaran(
        "Uraian\tPagu\tRencana s.d. TW I\tRencana s.d. TW II\tRealisasi s.d. TW I\tRealisasi s.d. TW II\tRealisasi s.d. TW III\n\
         Sub A\t1.000\t300\t500\t200\t450\t700",
    );
    let b = &t.baris[0];
    let n = |x: i64| Some(Decimal::from(x));
    assert_eq!(b.realisasi, n(700));
    assert_eq!(b.realisasi_tw(), [n(200), n(250), n(250), None]);
    assert_eq!(b.rencana_tw(), [n(300), n(200), None, None]);
    assert_eq!(t.triwulan, Some(2));
}

/// A plan by quarter beside a realisasi of no quarter: the period is the plan's, and the plan
/// to date is read (it showed "Realisasi s.d. TW I" and a plan of 0); with plans for several
/// quarters a note says which was taken.
#[test]
fn a_plan_by_quarter_beside_a_realisasi_of_no_quarter() {
    use crate::core::laporan::anggaran::periode_anggaran;
    let t = baca_tabel_anggaran(
        "Kode\tUraian\tAnggaran\tRealisasi\tRencana s.d. TW II\n\
         7.01.01\tProgram 1\t\t\n\
         7.01.01.2.01.1\tRapat 1\t2.000.000\t1.987.655\t1.000.000",
    );
    assert_eq!(periode_anggaran(&t).as_deref(), Some("s.d. TW II"));
    assert_eq!(t.triwulan_rencana(), Some(1));
    assert_eq!(t.baris[1].rencana_tw()[1], Some(Decimal::from(1_000_000)));
    assert!(!ada_pesan(&t, "tidak menyebut triwulan"));
    let t = baca_tabel_anggaran(
        "Uraian\tPagu\tRencana TW I\tRencana TW II\tRencana TW III\tRencana TW IV\tRealisasi\n\
         Sub A\t1.000\t200\t300\t300\t200\t450",
    );
    assert_eq!(periode_anggaran(&t).as_deref(), Some("s.d. TW IV"));
    assert!(ada_pesan(
        &t,
        "Kolom Realisasi tidak menyebut triwulan: dibandingkan dengan rencana s.d. TW IV"
    ));
    // quarterly realisasi columns still set the period
    let t = baca_tabel_anggaran(
        "Uraian\tPagu\tRencana TW I\tRencana TW II\tRealisasi TW I\nA\t1.000\t300\t300\t200",
    );
    assert_eq!(periode_anggaran(&t).as_deref(), Some("s.d. TW I"));
}

/// A Rencana Aksi's quarterly monitoring in the budget box: the indikator's quarterly
/// target and realisasi come first, the budget's `Realisasi Anggaran TW ...` after. The
/// budget's are read; the indikator's counted 3 + 3 + 2 documents as rupiah. A bare
/// quarter after a money heading stays money, and a budget whose plan alone names money
/// keeps its realisasi quarters.
#[test]
fn the_budgets_quarters_beside_the_indikators() {
    let t = baca_tabel_anggaran(
        "No\tIndikator\tTarget TW I\tTarget TW II\tRealisasi TW I\tRealisasi TW II\tProgram\tPagu Anggaran\tRealisasi Anggaran TW I\tTW II\n\
         1\tJumlah dokumen\t3\t3\t3\t2\tProgram A\t100.000\t20.000\t25.000",
    );
    let b = &t.baris[0];
    let n = |x: i64| Some(Decimal::from(x));
    assert_eq!((b.uraian.as_str(), b.anggaran), ("Program A", n(100_000)));
    assert_eq!(b.realisasi_tw(), [n(20_000), n(25_000), None, None]);
    assert_eq!(b.realisasi, n(45_000));
    assert_eq!(
        b.rencana_tw(),
        [None; 4],
        "the indikator's targets are no budget plan"
    );
    let t = baca_tabel_anggaran(
        "Uraian\tPagu\tRencana Anggaran Kas TW I\tRealisasi TW I\nSub A\t1.000\t300\t250",
    );
    let b = &t.baris[0];
    assert_eq!((b.rencana_tw()[0], b.realisasi_tw()[0]), (n(300), n(250)));
}

/// The LKjIP's budget per sasaran writes its `Jumlah` in the Sasaran column: a Jumlah
/// row, checked and not added, and no note of a row without uraian.
#[test]
fn jumlah_in_the_sasaran_column() {
    let t = baca_tabel_anggaran(
        "No\tSasaran\tProgram\tAnggaran\tRealisasi\n1\tS1\tProgram A\t100\t90\n\t\tProgram B\t50\t50\n\
         2\tS2\tProgram C\t70\t10\n\tJumlah\t\t220\t150",
    );
    let last = t.baris.last().unwrap();
    assert!(last.jumlah && last.uraian == "Jumlah", "{last:?}");
    assert!(t.pesan.is_empty(), "{:?}", t.pesan);
    let s: Vec<(usize, &str)> = t.sasaran.iter().map(|(i, s)| (*i, s.as_str())).collect();
    assert_eq!(s, [(0, "S1"), (2, "S2")]);
    // an indikator's name in a column set aside is no Jumlah
    let t = baca_tabel_anggaran(
        "Sasaran\tIndikator\tProgram\tAnggaran\nS1\tIKM\tProgram A\t100\n\tJumlah dokumen\t\t50\n\tJumlah\t\t150",
    );
    let jumlah: Vec<bool> = t.baris.iter().map(|b| b.jumlah).collect();
    assert_eq!(jumlah, [false, false, true]);
}

#[test]
fn a_coded_first_row_under_the_header_is_data() {
    // the first program right under the header names a header word ("Program") but has a code
    for kode in ["7.01.1.", "1", "I", "A."] {
        let teks = format!("Kode\tUraian\tAnggaran\tRealisasi\n{kode}\tProgram Pelayanan\t\t\n{kode}1\tKegiatan A\t100\t90");
        let t = baca_tabel_anggaran(&teks);
        assert_eq!(t.baris.len(), 2, "{kode}: {:#?}", t.baris);
        assert_eq!(t.baris[0].uraian, "Program Pelayanan");
    }
}

#[test]
fn a_headerless_budget_is_guessed() {
    let (_, rows) = pisah_tabel("1.1\tPenyediaan Jasa Surat Menyurat\t270.000\t265.000");
    assert_eq!(
        tebak_kolom(&rows),
        vec![
            KolomAnggaran::Kode,
            KolomAnggaran::Uraian,
            KolomAnggaran::Anggaran,
            KolomAnggaran::Realisasi
        ]
    );
    let t = baca_tabel_anggaran(
        "1.1\tPenyediaan Jasa\tseratus\t265.000\n1.2\tJasa Kebersihan\t100.000\t90.000\n1.3\tJasa Listrik\t50.000\t40.000\n1.4\tJasa Air\t50.000\t40.000\n1.5\tJasa Telepon\t50.000\t40.000",
    );
    assert_eq!(
        t.pesan.iter().find(|p| p.galat()).map(|p| p.kolom.as_str()),
        Some("Anggaran"),
        "a role's name, not a debug name"
    );
}

#[test]
fn jumlah_in_the_kode_column_moves_to_uraian() {
    let t = baca_tabel_anggaran(
        "Kode\tUraian\tAnggaran\tRealisasi\n1\tProgram A\t100\t90\nJUMLAH\t\t100\t90",
    );
    assert!(t.baris[1].jumlah);
    assert_eq!(
        (t.baris[1].kode.as_str(), t.baris[1].uraian.as_str()),
        ("", "JUMLAH")
    );
}

#[test]
fn reads_rows_jumlah_and_page_break_continuations() {
    let teks = "No\tProgram/Kegiatan\tJumlah Anggaran (Rp)\tRealisasi (Rp)\t%
1\t2\t3\t4\t5
5\tProg. Pelaksanaan Wewenang\t41.025.000\t40.970.000\t99,87
5.1\tPembinaan Ketentraman Dan Ketertiban\t11.025.000\t10.980.000\t99,59
\tSerta Kemasyarakatan\t\t\t
5.2\tPenunjang Pemilu\t30.000.000\t29.990.000\t99,97
\tJumlah\t41.025.000\t40.970.000\t99,87";
    let t = baca_tabel_anggaran(teks);
    assert_eq!(t.baris.len(), 4);
    assert_eq!(
        t.baris[1].uraian,
        "Pembinaan Ketentraman Dan Ketertiban Serta Kemasyarakatan"
    );
    assert!(t.baris[3].jumlah);
    assert_eq!(t.baris[2].anggaran, Some(Decimal::from(30_000_000)));
    assert_eq!(t.baris[0].persen_laporan, Some(Decimal::new(9987, 2)));
}

#[test]
fn unreadable_money_is_named() {
    let t = baca_tabel_anggaran("Uraian\tAnggaran\tRealisasi\nA\tseratus\t10\nB\t20\t10");
    assert_eq!(t.baris.len(), 2);
    let p = &t.pesan[0];
    assert_eq!(
        (p.baris, p.kolom.as_str(), p.teks.as_str()),
        (2, "Anggaran", "seratus")
    );
}

#[test]
fn a_program_row_with_a_percent_cell_is_data_not_a_repeated_header() {
    // "Program ..." and "95%" both name a budget column; the amounts make it a data row
    let teks = "No\tProgram/Kegiatan/Sub Kegiatan\tPagu Anggaran (Rp)\tRealisasi (Rp)\t%
1\tProgram Penunjang Urusan Pemerintahan Daerah\tRp 1.250.000.000,00\tRp 1.187.500.000,00\t95%
1.1\tPerencanaan\t1.250.000.000\t1.187.500.000\t
No\tProgram/Kegiatan/Sub Kegiatan\tPagu Anggaran (Rp)\tRealisasi (Rp)\t%
2\tProgram Kecamatan\t500.000.000\t0\t0%";
    let t = baca_tabel_anggaran(teks);
    let kode: Vec<_> = t.baris.iter().map(|b| b.kode.as_str()).collect();
    assert_eq!(
        kode,
        ["1", "1.1", "2"],
        "the repeated header is still left out"
    );
    assert_eq!(t.baris[0].anggaran, Some(Decimal::new(125_000_000_000, 2)));
}

/// A header of other columns after the data is another table, not a repeated header: it and
/// what follows are not read, with a message naming its heading; the caption above it goes too.
#[test]
fn a_header_of_other_columns_under_the_data_starts_another_table() {
    let teks = "No\tProgram/Kegiatan\tAnggaran (Rp)\tRealisasi (Rp)\t%
1\tProgram A\t1.000.000\t900.000\t90

Tabel 3.12 Perubahan anggaran
No\tUraian\tSebelum\tSetelah\tSelisih
5\tBelanja Daerah\t2.000.000\t3.000.000\t1.000.000";
    let t = baca_tabel_anggaran(teks);
    let uraian: Vec<_> = t.baris.iter().map(|b| b.uraian.as_str()).collect();
    assert_eq!(uraian, ["Program A"]);
    let p = t
        .pesan
        .iter()
        .find(|p| p.pesan.contains("tabel lain"))
        .expect("said");
    assert_eq!(
        (p.baris, p.teks.as_str()),
        (4, "Tabel 3.12 Perubahan anggaran")
    );
    assert!(
        p.pesan
            .contains("No | Uraian | Sebelum | Setelah | Selisih"),
        "{}",
        p.pesan
    );
}

#[test]
fn of_two_budget_columns_the_revised_one_is_used_and_said() {
    for (teks, dipakai) in [
        ("Kode\tUraian\tAnggaran Murni\tAnggaran Perubahan\tRealisasi\t%\n1\tProgram A\t100\t120\t110\t91,67", "Anggaran Perubahan"),
        ("Kode\tUraian\tAnggaran Sebelum Perubahan\tAnggaran Setelah Perubahan\tRealisasi\n1\tProgram A\t100\t120\t110", "Anggaran Setelah Perubahan"),
        ("No\tUraian\tAPBD\tAPBD-P\tRealisasi\n1\tProgram A\t100\t120\t110", "APBD-P"),
        ("Kode\tUraian\tPagu Indikatif\tPagu Definitif\tRealisasi\n1\tProgram A\t100\t120\t110", "Pagu Definitif"),
    ] {
        let t = baca_tabel_anggaran(teks);
        assert_eq!(t.baris[0].anggaran, Some(Decimal::from(120)), "{teks}");
        let p = t.pesan.iter().find(|p| p.tingkat == Tingkat::Info).expect("a note");
        assert!(p.pesan.contains(&format!("terhadap \"{dipakai}\"")), "{}", p.pesan);
    }
    // two budget columns, neither revised: the first, said too
    let t = baca_tabel_anggaran("Uraian\tPagu\tAnggaran\tRealisasi\nA\t100\t120\t90");
    assert_eq!(t.baris[0].anggaran, Some(Decimal::from(100)));
    assert!(ada_pesan(&t, "terhadap \"Pagu\""));
}

/// Several realisasi columns: SIPD's monthly report (`Realisasi s.d. Bulan Lalu | Realisasi
/// Bulan Ini | Realisasi s.d. Bulan Ini`), an LRA beside last year's (`Realisasi 2023 |
/// Anggaran 2024 | Realisasi 2024`), the payment kinds and their sum. The first was read, with
/// no word: serapan 66,67 for the written 75,00 and last year's 2.500 as this year's.
#[test]
fn of_several_realisasi_columns_this_periods_total_is_used_and_said() {
    for (teks, dipakai, realisasi) in [
        ("Kode\tUraian\tPagu Anggaran\tRealisasi s.d. Bulan Lalu\tRealisasi Bulan Ini\tRealisasi s.d. Bulan Ini\t%\tSisa Anggaran\n7.01.01\tProgram A\t1.200\t800\t100\t900\t75,00\t300", "Realisasi s.d. Bulan Ini", 900),
        ("Uraian\tRealisasi 2023\tAnggaran 2024\tRealisasi 2024\t%\nBELANJA DAERAH\t2.500\t3.000\t2.700\t90,00", "Realisasi 2024", 2700),
        ("Uraian\tAnggaran 2024\tRealisasi 2024\tRealisasi Tahun Lalu\nBelanja Pegawai\t1.800\t1.700\t1.500", "Realisasi 2024", 1700),
        ("Kode\tUraian\tPagu\tRealisasi LS\tRealisasi UP/GU\tRealisasi TU\tJumlah Realisasi\n1\tSub A\t1.000\t500\t200\t50\t750", "Jumlah Realisasi", 750),
        ("Uraian\tAnggaran\tRealisasi Periode Ini\tRealisasi s.d. Periode Ini\nSub A\t1.000\t100\t640", "Realisasi s.d. Periode Ini", 640),
    ] {
        let t = baca_tabel_anggaran(teks);
        assert_eq!(t.baris[0].realisasi, Some(Decimal::from(realisasi)), "{teks}");
        assert!(
            ada_pesan(&t, &format!("serapan dihitung dari \"{dipakai}\"")),
            "{teks}: {:?}",
            t.pesan
        );
    }
    // the written percentage agrees, so no finding
    let t = baca_tabel_anggaran(
        "Uraian\tRealisasi s.d. Bulan Lalu\tAnggaran\tRealisasi s.d. Bulan Ini\t%\nSub A\t600\t1.000\t750\t75,00",
    );
    assert_eq!(t.baris[0].realisasi, Some(Decimal::from(750)));
    assert_eq!(t.baris[0].persen_laporan, Some(Decimal::from(75)));
    // one realisasi column: nothing to say
    let t = baca_tabel_anggaran("Uraian\tAnggaran\tRealisasi\nSub A\t1.000\t750");
    assert!(!ada_pesan(&t, "kolom realisasi"), "{:?}", t.pesan);
}

#[test]
fn an_indicator_table_in_the_budget_box_is_named() {
    let t = baca_tabel_anggaran(
        "No\tSasaran\tIndikator\tSatuan\tTarget\tRealisasi\n1\tS\tIKM\t%\t80\t85",
    );
    assert!(ada_pesan(
        &t,
        "adalah judul tabel indikator kinerja: bila memang itu, tempel di kotak Indikator"
    ));
}

/// Seed 000's budget by year in the budget box: the years were budgets of 2.017 (serapan
/// measured against "TAHUN ANGGARAN") and the growth a third budget column, with no word of
/// the right box.
#[test]
fn a_budget_by_year_in_the_budget_box_is_named() {
    let t = baca_tabel_anggaran(include_str!(
        "../../../../tests/fixtures/seed000_perkembangan.tsv"
    ));
    assert!(t
        .baris
        .iter()
        .all(|b| b.anggaran != Some(Decimal::from(2017))));
    assert!(!ada_pesan(
        &t,
        "serapan dihitung terhadap \"TAHUN ANGGARAN\""
    ));
    assert!(
        ada_pesan(
            &t,
            "\"TAHUN ANGGARAN\" adalah judul tabel anggaran per tahun"
        ),
        "{:?}",
        t.pesan
    );
    // seed 000's IKM table, read as a budget with a serapan of 11%, says so too
    let t = baca_tabel_anggaran(include_str!("../../../../tests/fixtures/seed000_ikm.tsv"));
    assert!(ada_pesan(&t, "tempel di kotak IKM"), "{:?}", t.pesan);
}

/// A physical and financial report with each line's weight (`Bobot (%)`) before the budget:
/// the weight was read as the written serapan, so every row was a finding (tertulis 16,67,
/// dihitung 70,00). The written serapan is the money's percentage.
#[test]
fn a_weight_column_is_no_written_serapan() {
    let t = baca_tabel_anggaran(
        "No\tProgram/Kegiatan/Sub Kegiatan\tBobot (%)\tPagu Anggaran (Rp)\tRealisasi Fisik (%)\tRealisasi Keuangan (Rp)\tRealisasi Keuangan (%)\n\
         1\tProgram Penunjang\t100\t1.200.000.000\t85\t900.000.000\t75,00\n\
         1.1\tPerencanaan\t16,67\t200.000.000\t90\t140.000.000\t70,00",
    );
    let persen: Vec<Option<Decimal>> = t.baris.iter().map(|b| b.persen_laporan).collect();
    assert_eq!(persen, [Some(Decimal::from(75)), Some(Decimal::from(70))]);
    // `% | Serapan (%)`: the serapan
    let t = baca_tabel_anggaran(
        "Uraian\tAnggaran\tRealisasi\tDeviasi (%)\tSerapan (%)\nSub A\t1.000\t750\t-5\t75",
    );
    assert_eq!(t.baris[0].persen_laporan, Some(Decimal::from(75)));
}

/// Whether a message of `t` says `teks`.
fn ada_pesan(t: &TabelAnggaran, teks: &str) -> bool {
    t.pesan.iter().any(|p| p.pesan.contains(teks))
}

#[test]
fn three_decimals_in_a_rupiah_column_are_read_and_questioned() {
    // an en-US column (seed 001's shape) with "12.345" typed by a person used to id-ID
    let t = baca_tabel_anggaran(
        "Uraian\tAnggaran\tRealisasi\nA\t82,508,800.00\t81,716,800.00\nB\t2,523,600.00\t12.345",
    );
    assert_eq!(t.baris[1].realisasi, Some(Decimal::new(12345, 3)));
    let p = t
        .pesan
        .iter()
        .find(|p| p.baris == 3)
        .expect("a warning on the cell");
    assert_eq!((p.kolom.as_str(), p.teks.as_str()), ("Realisasi", "12.345"));
    assert!(p.pesan.contains("dibaca 12,345 rupiah"), "{}", p.pesan);
    // whole rupiah with zero decimals and percentages say nothing
    let t = baca_tabel_anggaran("Uraian\tAnggaran\tRealisasi\t%\nA\t1,500.000\t1,000.00\t66.667");
    assert!(t.pesan.is_empty(), "{:?}", t.pesan);
}

#[test]
fn a_row_with_unreadable_amounts_is_its_own_row_not_the_rest_of_the_one_above() {
    let t = baca_tabel_anggaran("Uraian\tAnggaran\tRealisasi\nKegiatan A\t100\t90\nKegiatan B\tseratus\tsembilan puluh\nlanjutan nama\t\t");
    let uraian: Vec<_> = t.baris.iter().map(|b| b.uraian.as_str()).collect();
    assert_eq!(uraian, ["Kegiatan A", "Kegiatan B lanjutan nama"]);
    assert_eq!(t.pesan.iter().filter(|p| p.galat()).count(), 2);
}

/// An SKPD's LRA with its Pendapatan (retribusi) above its Belanja and the SURPLUS/(DEFISIT)
/// row under them: the revenue and the difference are no spending. Summed with the belanja,
/// the surplus row (a child of the last heading) made BELANJA DAERAH 50.000.000 of its written
/// 3.000.000.000, and the total 100.000.000.
#[test]
fn an_lra_with_pendapatan_and_surplus_counts_the_belanja_only() {
    use crate::core::anggaran::pohon::bangun_pohon;
    let t = baca_tabel_anggaran(
        "Kode\tUraian\tAnggaran\tRealisasi\t%\n\
         4\tPENDAPATAN DAERAH\t50.000.000\t55.000.000\t110,00\n\
         4.1\tPENDAPATAN ASLI DAERAH\t50.000.000\t55.000.000\t110,00\n\
         4.1.02\tRetribusi Daerah\t50.000.000\t55.000.000\t110,00\n\
         \tJUMLAH PENDAPATAN\t50.000.000\t55.000.000\t110,00\n\
         5\tBELANJA DAERAH\t3.000.000.000\t2.800.000.000\t93,33\n\
         5.1\tBELANJA OPERASI\t2.500.000.000\t2.350.000.000\t94,00\n\
         5.1.01\tBelanja Pegawai\t2.000.000.000\t1.900.000.000\t95,00\n\
         5.1.02\tBelanja Barang dan Jasa\t500.000.000\t450.000.000\t90,00\n\
         5.2\tBELANJA MODAL\t500.000.000\t450.000.000\t90,00\n\
         5.2.02\tBelanja Modal Peralatan dan Mesin\t500.000.000\t450.000.000\t90,00\n\
         \tSURPLUS/(DEFISIT)\t(2.950.000.000)\t(2.745.000.000)\t",
    );
    let p = bangun_pohon(&t);
    let d = |x: i64| Decimal::from(x);
    assert_eq!(
        (p.total.anggaran, p.total.realisasi),
        (d(3_000_000_000), d(2_800_000_000))
    );
    let uraian: Vec<&str> = t.baris.iter().map(|b| b.uraian.as_str()).collect();
    assert_eq!(uraian[0], "BELANJA DAERAH");
    assert_eq!(uraian.len(), 6, "{uraian:?}");
    assert!(
        p.simpul.iter().all(|s| s.tanda.is_empty()),
        "{:?}",
        p.simpul
    );
    let m = t
        .pesan
        .iter()
        .find(|m| m.pesan.contains("bukan belanja"))
        .map(|m| m.pesan.as_str());
    assert_eq!(
        m,
        Some(
            "Bagian yang bukan belanja tidak dijumlah; anggaran, realisasi dan serapan dihitung \
             dari belanja saja: \"PENDAPATAN DAERAH\" (baris 2-5: anggaran 50.000.000, realisasi \
             55.000.000); \"SURPLUS/(DEFISIT)\" (baris 12: anggaran -2.950.000.000, realisasi \
             -2.745.000.000)."
        )
    );
    // a kegiatan whose name starts with Pendapatan, under a program code, is a line
    let t = baca_tabel_anggaran(
        "Kode\tUraian\tAnggaran\tRealisasi\n7.01.01\tProgram A\t300\t200\n\
         7.01.01.2.01\tPendapatan desa dibina\t100\t50\n7.01.01.2.02\tBelanja rapat\t200\t150",
    );
    assert_eq!(t.baris.len(), 3);
    // a table of Pendapatan only is read whole
    let t = baca_tabel_anggaran(
        "Kode\tUraian\tAnggaran\tRealisasi\n4\tPENDAPATAN\t50\t55\n4.1.02\tRetribusi\t50\t55",
    );
    assert_eq!(t.baris.len(), 2);
    assert!(t.pesan.is_empty(), "{:?}", t.pesan);
}

/// The Evaluasi Renja form every OPD fills each quarter (Permendagri 86/2017, Tabel E.81): a
/// header of three rows (the column, the quarter I-IV, then `K | Rp` under each), a K and an
/// Rp column for the Renstra, the Renja, each quarter and the year. The budget is the Renja's
/// Rp; the K columns are performance, the Renstra's figures are five years'. Before, the
/// kegiatan's anggaran was its target in surat (240) and the Renstra's cumulative percentage
/// its serapan.
#[test]
fn the_evaluasi_renja_form_e81() {
    use crate::core::anggaran::pohon::bangun_pohon;
    let t = baca_tabel_anggaran(include_str!(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/e81_evaluasi_renja.tsv"
    )));
    let ada = |k: KolomAnggaran| {
        t.kolom
            .iter()
            .enumerate()
            .filter(|(_, x)| **x == k)
            .map(|(j, _)| t.judul[j].as_str())
            .collect::<Vec<_>>()
    };
    assert_eq!(
        ada(KolomAnggaran::Anggaran),
        ["Target Kinerja dan Anggaran Renja PD Tahun Berjalan (2019) yang Dievaluasi Rp"]
    );
    assert_eq!(
        ada(KolomAnggaran::Realisasi),
        ["Realisasi Capaian Kinerja dan Anggaran Renja PD yang Dievaluasi Rp"]
    );
    assert_eq!(
        ada(KolomAnggaran::RealisasiTw(2)),
        ["Realisasi Kinerja Pada Triwulan II Rp"]
    );
    assert!(ada(KolomAnggaran::Persen).is_empty(), "{:?}", t.kolom);
    let p = bangun_pohon(&t);
    let d = |x: i64| Some(Decimal::from(x));
    let baris: Vec<_> = t
        .baris
        .iter()
        .map(|b| (b.uraian.as_str(), b.anggaran, b.realisasi, b.jumlah))
        .collect();
    assert_eq!(
        baris,
        [
            (
                "Program Pelayanan Administrasi Perkantoran",
                d(40_000_000),
                d(39_000_000),
                false
            ),
            (
                "Penyediaan jasa surat menyurat",
                d(10_000_000),
                d(9_500_000),
                false
            ),
            (
                "Penyediaan alat tulis kantor",
                d(30_000_000),
                d(29_500_000),
                false
            ),
            (
                "Program Peningkatan Partisipasi Masyarakat",
                d(100_000_000),
                d(95_000_000),
                false
            ),
            ("Jumlah", d(140_000_000), d(134_000_000), true),
        ]
    );
    assert_eq!(
        (Some(p.total.anggaran), Some(p.total.realisasi)),
        (d(140_000_000), d(134_000_000))
    );
    assert!(p.jumlah.iter().all(|j| j.1.is_empty()), "{:?}", p.jumlah);
    assert!(t.pesan.iter().all(|m| !m.galat()), "{:?}", t.pesan);
}

/// A percentage column's unreadable cell asks for a percentage, not a rupiah amount.
#[test]
fn an_unreadable_percentage_asks_for_a_percentage() {
    let t =
        baca_tabel_anggaran("Uraian\tAnggaran\tRealisasi\t%\nA\t100\t#REF!\t#REF!\nB\t20\t10\t50");
    let pesan: Vec<(&str, &str)> = t
        .pesan
        .iter()
        .map(|p| (p.kolom.as_str(), p.pesan.as_str()))
        .collect();
    assert!(
        pesan
            .iter()
            .any(|(k, p)| *k == "Realisasi" && p.ends_with("; diharapkan jumlah rupiah")),
        "{pesan:?}"
    );
    assert!(
        pesan
            .iter()
            .any(|(k, p)| *k == "%" && p.ends_with("; diharapkan persen")),
        "{pesan:?}"
    );
}

/// `(200.000)` is minus 200.000, as DOMAIN reads it; as an anggaran it makes every serapan over
/// it meaningless (-50,00 for 100.000 spent), so the cell is questioned. A negative realisasi
/// (a refund) is not.
#[test]
fn a_negative_anggaran_is_read_and_questioned() {
    let t = baca_tabel_anggaran(
        "Uraian\tAnggaran\tRealisasi\nA\t(200.000)\t100.000\nB\t300.000\t(5.000)",
    );
    assert_eq!(t.baris[0].anggaran, Some(Decimal::from(-200_000)));
    let pesan: Vec<(usize, &str)> = t
        .pesan
        .iter()
        .map(|p| (p.baris, p.kolom.as_str()))
        .collect();
    assert_eq!(pesan, [(2, "Anggaran")]);
    assert!(ada_pesan(&t, "anggaran negatif"), "{:?}", t.pesan);
}

/// A table of text under the budget (seed 001's matrix of problems and measures, after the
/// report's paragraph and caption): its `NO` heading and text columns start another table;
/// its rows were budget lines without amounts.
#[test]
fn a_table_of_text_under_the_budget_is_another() {
    let t = baca_tabel_anggaran(
        "Kode\tUraian\tAnggaran\tRealisasi\n5.1\tBelanja Pegawai\t1.000\t900\n\n\
         Untuk mengatasi permasalahan diperlukan langkah antisipatif:\nTabel III.5\n\
         NO\tPERMASALAHAN\tKONDISI YANG DIINGINKAN\tLANGKAH ANTISIPATIF\n\
         1\tTerbatasnya aparatur\tTerpenuhinya aparatur\tPembinaan SDM",
    );
    let uraian: Vec<&str> = t.baris.iter().map(|b| b.uraian.as_str()).collect();
    assert_eq!(uraian, ["Belanja Pegawai"]);
    assert!(t
        .pesan
        .iter()
        .any(|p| p.baris == 4 && p.pesan.contains("adalah tabel lain")));
}
