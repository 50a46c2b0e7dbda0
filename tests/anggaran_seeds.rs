//! The seeds' budget tables through the reader and the tree: totals from the leaves, never
//! double counted, with every mismatch the tables carry flagged.
#![cfg(not(target_arch = "wasm32"))]

mod bersama;

use bersama::salinan_pdf;
use kalkulator_sakip::core::anggaran::baca::baca_tabel_anggaran;
use kalkulator_sakip::core::anggaran::pohon::{bangun_pohon, PohonAnggaran, Tanda};
use kalkulator_sakip::core::anggaran::terbilang::terbilang_rupiah;
use kalkulator_sakip::core::teks::tampil::{id_desimal, rupiah};
use rust_decimal::Decimal;
use std::str::FromStr;

fn d(s: &str) -> Decimal {
    Decimal::from_str(s).unwrap()
}

fn pohon(
    teks: &str,
) -> (
    kalkulator_sakip::core::anggaran::tabel::TabelAnggaran,
    PohonAnggaran,
) {
    let t = baca_tabel_anggaran(teks);
    assert!(t.pesan.iter().all(|p| !p.galat()), "{:#?}", t.pesan);
    let p = bangun_pohon(&t);
    (t, p)
}

/// The uraian of the rows that are not Jumlah rows, in paste order.
fn uraian(t: &kalkulator_sakip::core::anggaran::tabel::TabelAnggaran) -> Vec<&str> {
    t.baris
        .iter()
        .filter(|b| !b.jumlah)
        .map(|b| b.uraian.as_str())
        .collect()
}

#[test]
fn seed_001_kode_rekening_tree_is_not_double_counted() {
    let (t, p) = pohon(include_str!("fixtures/seed001_anggaran.tsv"));
    assert_eq!(t.baris.len(), 48, "13 kegiatan, 34 sub kegiatan and JUMLAH");
    assert_eq!(rupiah(p.total.anggaran), "10.869.637.137");
    assert_eq!(rupiah(p.total.realisasi), "10.471.023.827");
    assert_eq!(rupiah(p.total.sisa()), "398.613.310");
    assert_eq!(id_desimal(p.total.serapan().unwrap(), 2), "96,33");
    // every kegiatan (nine segments) is a parent of its sub kegiatan
    let roots = p.simpul.iter().filter(|s| s.induk.is_none()).count();
    assert_eq!(roots, 13);
    assert!(
        p.simpul.iter().all(|s| s
            .tanda
            .iter()
            .all(|x| !matches!(x, Tanda::TidakSamaRincian { .. }))),
        "parents agree with children"
    );
    assert!(p.jumlah[0].1.is_empty(), "{:?}", p.jumlah);
}

#[test]
fn seed_000_btl_bl_and_programs() {
    let (t, p) = pohon(include_str!("fixtures/seed000_anggaran.tsv"));
    assert_eq!(
        t.baris.iter().filter(|b| !b.jumlah).count(),
        2 + 16 + 72,
        "A, B, 16 program headers, 72 kegiatan"
    );
    assert_eq!(rupiah(p.total.anggaran), "24.041.521.394");
    // the kegiatan rows add up to 1.237 more realisasi than row B (and so the Jumlah row) says
    assert_eq!(rupiah(p.total.realisasi), "22.073.323.699");
    let bl = p
        .simpul
        .iter()
        .find(|s| t.baris[s.baris].uraian == "BELANJA LANGSUNG")
        .unwrap();
    assert_eq!(bl.anak.len(), 16);
    assert!(bl.tanda.contains(&Tanda::TidakSamaRincian {
        apa: "Realisasi",
        tertulis: d("15975931228"),
        rincian: d("15975932465")
    }));
    let belanja: Vec<_> = p
        .belanja(&t)
        .map(|(b, r)| (b.uraian.clone(), rupiah(r.anggaran)))
        .collect();
    assert_eq!(
        belanja,
        [
            (
                "BELANJA TIDAK LANGSUNG".to_string(),
                "7.840.840.784".to_string()
            ),
            ("BELANJA LANGSUNG".to_string(), "16.200.680.610".to_string())
        ]
    );
    assert_eq!(p.program().count(), 16);
    assert_eq!(
        terbilang_rupiah(d("22073322462")),
        "dua puluh dua miliar tujuh puluh tiga juta tiga ratus dua puluh dua ribu empat ratus enam puluh dua rupiah"
    );
}

#[test]
fn seed_002_numbered_tree_and_the_jumlah_typo() {
    let (t, p) = pohon(include_str!("fixtures/seed002_anggaran.tsv"));
    assert_eq!(rupiah(p.total.anggaran), "839.077.360");
    assert_eq!(
        rupiah(p.total.realisasi),
        "823.551.339",
        "the sum of the rows"
    );
    let (_, j) = &p.jumlah[0];
    assert!(
        j.contains(&Tanda::TidakSamaRincian {
            apa: "Jumlah realisasi",
            tertulis: d("823551939"),
            rincian: d("823551339")
        }),
        "{j:?}"
    );
    // program 4 wrote 100 for 57.257.400 / 57.520.000 = 99,54
    let prog4 = p
        .simpul
        .iter()
        .find(|s| t.baris[s.baris].kode == "4")
        .unwrap();
    assert!(
        prog4
            .tanda
            .iter()
            .any(|x| matches!(x, Tanda::PersenBeda { .. })),
        "{:?}",
        prog4.tanda
    );
    assert!(
        t.baris
            .iter()
            .any(|b| b.uraian.ends_with("Serta Kemasyarakatan")),
        "page-break fragment joined"
    );
}

#[test]
fn seed_004_roman_programs_and_own_jumlah_percentage() {
    let (t, p) = pohon(include_str!("fixtures/seed004_anggaran.md"));
    assert_eq!(t.baris.iter().filter(|b| !b.jumlah).count(), 20);
    let (i, j) = &p.jumlah[0];
    let jb = &t.baris[*i];
    assert_eq!(jb.realisasi, Some(d("2063833435")));
    // its own figures: 2.063.833.435 / 2.739.149.000 = 75,35, not 88,98
    let persen = j
        .iter()
        .find_map(|x| {
            if let Tanda::PersenBeda { tertulis, hitung } = x {
                Some((*tertulis, *hitung))
            } else {
                None
            }
        })
        .unwrap();
    assert_eq!(persen.0, d("88.98"));
    assert_eq!(id_desimal(persen.1, 2), "75,35");
    // programs I..V under "Belanja Langsung", BTL stays a leaf
    let bl = p
        .simpul
        .iter()
        .find(|s| t.baris[s.baris].uraian == "Belanja Langsung")
        .unwrap();
    assert_eq!(bl.anak.len(), 5);
    let prog1 = &p.simpul[bl.anak[0]];
    assert_eq!(prog1.anak.len(), 6);
    assert!(
        prog1.tanda.iter().any(|x| matches!(
            x,
            Tanda::TidakSamaRincian {
                apa: "Anggaran",
                ..
            }
        )),
        "503.858.200 is not the sum of its six kegiatan"
    );
}

/// Seed 001's Rencana Aksi (sasaran, indikator, quarterly targets, program, kegiatan, each
/// kegiatan's indikator and pagu) pasted as a budget: each kegiatan under its program, named
/// by its Kegiatan column and not by its indikator; the indikator's empty quarterly targets
/// are no budget plan of 0; and each program carries its sasaran.
#[test]
fn seed_001_rencana_aksi_as_a_budget() {
    let (t, p) = pohon(include_str!("fixtures/seed001_rencana_aksi.tsv"));
    assert_eq!(
        uraian(&t),
        [
            "Program Penyelenggaraan Pemerintahan Pelayanan Publik",
            "Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan",
            "Program Penyelenggaraan Urusan Pemerintahan Umum",
            "Penyelenggaraan Urusan Pemerintahan Umum Sesuai Penugasan Kepala Daerah",
            "Program Penyelenggaraan Pemerintahan Pelayanan Publik",
            "Pelaksanaan Urusan Pemerintahan yang Dilimpahkan kepada Camat",
            "Program Pemberdayaan Kelurahan",
            "Pemberdayaan Kelurahan",
        ]
    );
    assert_eq!(rupiah(p.total.anggaran), "1.337.295.500");
    assert!(
        p.jumlah[0].1.is_empty(),
        "the JUMLAH agrees: {:?}",
        p.jumlah
    );
    assert_eq!(t.triwulan, None, "no quarterly figure is written");
    assert_eq!(t.triwulan_rencana(), None);
}

/// Seed 001's table of kinerja and keuangan (sasaran, indikator, target, realisasi and % of
/// performance, then kegiatan, indikator kegiatan, anggaran, realisasi and % of the budget):
/// in the budget box it is the kegiatan with their budget, the performance columns left
/// aside, and its unlabelled last row is the total, checked and not added.
#[test]
fn seed_001_kinerja_dan_keuangan_as_a_budget() {
    let (t, p) = pohon(include_str!("fixtures/seed001_kinerja_keuangan.tsv"));
    assert_eq!(
        uraian(&t),
        [
            "Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan",
            "Penyelenggaraan Urusan Pemerintahan Umum Sesuai Penugasan Kepala Daerah",
            "Pelaksanaan Urusan Pemerintahan yang Dilimpahkan kepada Camat",
            "Pemberdayaan Kelurahan",
        ]
    );
    assert_eq!(rupiah(p.total.anggaran), "1.337.295.500");
    assert_eq!(rupiah(p.total.realisasi), "1.324.898.300");
    assert_eq!(id_desimal(p.total.serapan().unwrap(), 2), "99,07");
    assert_eq!(p.jumlah.len(), 1, "the last row is the table's total");
    assert!(p.jumlah[0].1.is_empty(), "and it agrees: {:?}", p.jumlah);
}

/// Seed 002's Sumber Daya Keuangan: the DPA before and after the change (SIPD's DPPA form,
/// `Jumlah: Sebelum | Setelah | Bertambah/(Berkurang): Selisih | %`). The budget is the figure
/// after the change; the difference and its percentage are no sisa and no serapan.
#[test]
fn seed_002_dpa_before_and_after_the_change() {
    let (t, p) = pohon(include_str!("fixtures/seed002_dpa_perubahan.tsv"));
    assert_eq!(rupiah(p.total.anggaran), "3.242.441.617");
    let btl_bl: Vec<_> = t
        .baris
        .iter()
        .filter(|b| b.kode.len() == 3)
        .map(|b| (b.uraian.as_str(), b.anggaran.map(rupiah)))
        .collect();
    assert_eq!(
        btl_bl,
        [
            ("Belanja Tidak Langsung", Some("2.403.364.257".into())),
            ("Belanja Langsung", Some("839.077.360".into()))
        ]
    );
    // the change columns are set aside: nothing is read as a sisa or a realisasi percentage
    assert!(t
        .baris
        .iter()
        .all(|b| b.sisa_laporan.is_none() && b.persen_laporan.is_none()));
    let pesan: Vec<&str> = t.pesan.iter().map(|m| m.pesan.as_str()).collect();
    assert!(
        pesan.iter().any(|m| m.contains("\"JUMLAH (Rp.) SETELAH\"")
            && m.contains("\"JUMLAH (Rp.) SEBELUM\" tidak dihitung")),
        "{pesan:?}"
    );
    assert!(
        pesan.iter().any(|m| m.contains("BERTAMBAH(BERKURANG)")),
        "the change columns are named: {pesan:?}"
    );
    // the sums agree once the budget after the change is read
    assert!(p.jumlah.iter().all(|j| j.1.is_empty()), "{:?}", p.jumlah);
}

/// The seeds' budget tables copied from a PDF with one space between cells: the same tree
/// and totals as from the tables themselves (seed 001's en-US amounts, its column-number row;
/// seed 002's `Jumlah Anggaran (Rp)`; seed 000's `REALISASI` over a second header line of
/// `KEUANGAN Rp. % FISIK (%)`, and its sections lettered `A.` and `B.`, which read nothing
/// before).
#[test]
fn seed_budgets_with_one_space_between_cells() {
    let spasi = |teks: &str| salinan_pdf(teks, " ");
    for teks in [
        include_str!("fixtures/seed000_anggaran.tsv"),
        include_str!("fixtures/seed001_anggaran.tsv"),
        include_str!("fixtures/seed002_anggaran.tsv"),
    ] {
        let (t, p) = pohon(teks);
        let (t2, p2) = pohon(&spasi(teks));
        assert_eq!(p2.total, p.total);
        let kode = |t: &kalkulator_sakip::core::anggaran::tabel::TabelAnggaran| {
            t.baris.iter().map(|b| b.kode.clone()).collect::<Vec<_>>()
        };
        assert_eq!(kode(&t2), kode(&t));
        let induk = |p: &PohonAnggaran| p.simpul.iter().map(|s| s.induk).collect::<Vec<_>>();
        assert_eq!(induk(&p2), induk(&p));
    }
}
