//! Quarterly indicator tables as offices paste them (DOMAIN.md section 9): group headers
//! over TW I-IV with annual columns; "Target TW I" headers with a Sifat column and no annual
//! columns; targets written to date. The row capaian is the one to date at the last quarter
//! with a realisasi.
#![cfg(not(target_arch = "wasm32"))]

use kalkulator_sakip::core::kebijakan::Kebijakan;
use kalkulator_sakip::core::kinerja::baca::baca_tabel_indikator;
use kalkulator_sakip::core::kinerja::sasaran::hitung_kinerja;
use kalkulator_sakip::core::kinerja::triwulan::{AsalSifat, BacaanTarget, Sifat};

const DENGAN_TAHUNAN: &str = "No\tIndikator\tSatuan\tTarget\tTarget\t\t\t\tRealisasi\t\t\t
\t\t\t\tTW I\tTW II\tTW III\tTW IV\tTW I\tTW II\tTW III\tTW IV
1\tPersentase layanan selesai tepat waktu\t%\t100\t25\t50\t75\t100\t20\t45\t-\t-
2\tJumlah kegiatan koordinasi\tKegiatan\t12\t3\t3\t3\t3\t2\t4\t3\t3";

const DENGAN_SIFAT: &str = "Indikator\tSatuan\tSifat\tTarget TW I\tTarget TW II\tTarget TW III\tTarget TW IV\tRealisasi TW I\tRealisasi TW II\tRealisasi TW III\tRealisasi TW IV
Jumlah dokumen perencanaan\tDokumen\tkumulatif\t1\t1\t1\t1\t1\t1\t-\t-
Indeks kepuasan masyarakat\tIndeks\takhir\t80\t80\t80\t80\t78\t82\t-\t-
Rasio pengaduan selesai\t%\trata-rata\t90\t90\t90\t90\t80\t100\t-\t-";

#[test]
fn group_headers_with_annual_columns() {
    let k = Kebijakan::default();
    let t = baca_tabel_indikator(DENGAN_TAHUNAN, None);
    assert!(t.pesan.iter().all(|p| !p.galat()), "{:#?}", t.pesan);
    assert_eq!(t.indikator.len(), 2);
    assert!(
        t.indikator.iter().all(|i| i.induk.is_none()),
        "no sub-items"
    );
    let tw = t.indikator[0].triwulan.as_ref().expect("quarters read");
    assert_eq!(
        (tw.sifat, tw.asal_sifat),
        (Sifat::Akhir, AsalSifat::Tebakan)
    );
    let h = hitung_kinerja(&t, &k);
    let q0 = h.triwulan[0].as_ref().unwrap();
    assert_eq!(q0.bacaan_target, BacaanTarget::Kumulatif);
    assert_eq!(h.capaian[0].tampil(&k), "90,00");
    assert_eq!(q0.tanda().as_deref(), Some("s.d. TW II"));
    let q1 = h.triwulan[1].as_ref().unwrap();
    assert_eq!(
        t.indikator[1].triwulan.as_ref().unwrap().sifat,
        Sifat::Kumulatif
    );
    let per: Vec<String> = q1.per_tw.iter().map(|c| c.tampil(&k)).collect();
    assert_eq!(per, ["66,67", "133,33", "100,00", "100,00"]);
    // each quarter's cell names both of its numbers' formulas: to date, and its own
    use kalkulator_sakip::core::laporan::kinerja::{baris_kinerja, BarisKinerja};
    let (baris, _) = baris_kinerja(&t, &h, &k);
    let rumus: Vec<&[String; 4]> = baris
        .iter()
        .filter_map(|b| match b {
            BarisKinerja::Indikator(i) => i.triwulan.as_ref().map(|tw| &tw.rumus_tw),
            BarisKinerja::Sasaran(_) => None,
        })
        .collect();
    let rumus = rumus[1];
    assert_eq!(
        rumus[1],
        "realisasi (2 + 4) = 6, target (3 + 3) = 6; 6 / 6 x 100% = 100,00%; triwulan ini: 4 / 3 x 100% = 133,33%"
    );
    assert_eq!(h.capaian[1].tampil(&k), "100,00");
    // the sasaran averages the capaian to date
    assert_eq!(h.sasaran[0].capaian.tampil(&k), "95,00");
}

#[test]
fn the_report_states_quarters_in_sentences_and_a_table_per_sasaran() {
    use kalkulator_sakip::core::laporan::kalimat::kalimat_triwulan;
    use kalkulator_sakip::core::laporan::kinerja::triwulan_laporan;
    let k = Kebijakan::default();
    let t = baca_tabel_indikator(DENGAN_TAHUNAN, None);
    let h = hitung_kinerja(&t, &k);
    let c = h.triwulan[0].as_ref().unwrap();
    let kalimat = kalimat_triwulan(&t.indikator[0], c, &k).unwrap();
    assert_eq!(
        kalimat,
        "Sampai dengan triwulan II, realisasi indikator Persentase layanan selesai tepat waktu sebesar 45% dari target 50% (capaian 90,00%, Tinggi); dihitung sebagai nilai akhir (triwulan terakhir) dengan target kumulatif (s.d. triwulan)."
    );
    let lap = triwulan_laporan(&t, &h, &k);
    assert_eq!(lap.len(), 1);
    assert_eq!(
        lap[0].indikator[0].2,
        ["80,00", "90,00", "-", "-"].map(String::from)
    );
    // TW I: mean of 80 and 66,67; TW III: 100 only
    let r: Vec<String> = lap[0]
        .rata_rata
        .iter()
        .map(|v| {
            v.map(|x| kalkulator_sakip::core::teks::tampil::id_desimal(x, 2))
                .unwrap_or_default()
        })
        .collect();
    assert_eq!(r, ["73,33", "95,00", "100,00", "100,00"]);
}

#[test]
fn quarter_headers_with_a_sifat_column_and_no_annual_columns() {
    let k = Kebijakan::default();
    let t = baca_tabel_indikator(DENGAN_SIFAT, None);
    assert!(
        t.pesan
            .iter()
            .all(|p| p.tingkat != kalkulator_sakip::core::teks::pesan::Tingkat::Info),
        "no missing-column message: {:#?}",
        t.pesan
    );
    let h = hitung_kinerja(&t, &k);
    let sifat: Vec<Sifat> = t
        .indikator
        .iter()
        .map(|i| i.triwulan.as_ref().unwrap().sifat)
        .collect();
    assert_eq!(sifat, [Sifat::Kumulatif, Sifat::Akhir, Sifat::RataRata]);
    assert!(t
        .indikator
        .iter()
        .all(|i| i.triwulan.as_ref().unwrap().asal_sifat == AsalSifat::Kolom));
    let c: Vec<String> = h.capaian.iter().map(|c| c.tampil(&k)).collect();
    // 2/2; 82/80; mean(80, 100) / mean(90, 90)
    assert_eq!(c, ["100,00", "102,50", "100,00"]);
}

#[test]
fn targets_written_to_date_and_their_checks() {
    let k = Kebijakan::default();
    let teks = "Indikator\tSatuan\tTarget\tTarget s.d. TW I\tTarget s.d. TW II\tTarget s.d. TW III\tTarget s.d. TW IV\tRealisasi TW I\tRealisasi TW II\tRealisasi TW III\tRealisasi TW IV
Persentase dokumen tepat waktu\t%\t100\t25\t50\t40\t90\t20\t-\t35\t-";
    let t = baca_tabel_indikator(teks, None);
    let h = hitung_kinerja(&t, &k);
    let q = h.triwulan[0].as_ref().unwrap();
    assert_eq!(q.bacaan_target, BacaanTarget::Kumulatif);
    assert!(
        q.periksa
            .iter()
            .any(|p| p.contains("turun dari TW II (50) ke TW III (40)")),
        "{:?}",
        q.periksa
    );
    assert!(q
        .periksa
        .iter()
        .any(|p| p.contains("berbeda dengan target tahunan 100")));
    assert!(q
        .periksa
        .iter()
        .any(|p| p.starts_with("TW II memiliki target tetapi belum ada realisasi")));
    assert_eq!(h.capaian[0].tampil(&k), "87,50", "s.d. TW III: 35 / 40");
}

#[test]
fn an_unreadable_sifat_is_named_and_guessed() {
    let t = baca_tabel_indikator(
        "Indikator\tSatuan\tSifat\tTarget TW I\tRealisasi TW I\nIKM\tIndeks\tnaik\t80\t81",
        None,
    );
    let p = t.pesan.iter().find(|p| p.galat()).expect("a message");
    assert_eq!(
        (p.baris, p.kolom.as_str(), p.teks.as_str()),
        (2, "Sifat", "naik")
    );
    assert_eq!(
        t.indikator[0].triwulan.as_ref().unwrap().sifat,
        Sifat::Akhir
    );
}

mod properti {
    use super::*;
    use kalkulator_sakip::core::laporan::kinerja::baris_kinerja;
    use proptest::prelude::*;

    fn sel() -> impl Strategy<Value = String> {
        prop_oneof![
            "[0-9]{1,3}(,[0-9]{1,2})?",
            "[0-9]{1,2} - [0-9]{2,3}",
            "[0-9]{25,40}",
            prop::sample::select(vec![
                "-",
                "",
                "B",
                "BB",
                "tidak berlaku",
                "0",
                "belum ada data",
                "x"
            ])
            .prop_map(String::from),
            "\\PC{0,6}",
        ]
    }

    fn tabel() -> impl Strategy<Value = String> {
        let judul = prop::sample::select(vec![
            "Indikator\tSatuan\tTarget\tTarget TW I\tTarget TW II\tTarget TW III\tTarget TW IV\tRealisasi TW I\tRealisasi TW II\tRealisasi TW III\tRealisasi TW IV",
            "Indikator\tSatuan\tSifat\tTarget s.d. TW I\tTarget s.d. TW II\tTarget s.d. TW III\tTarget s.d. TW IV\tRealisasi Tw.1\tRealisasi Tw.2\tRealisasi Tw.3\tRealisasi Tw.4",
            "Indikator\tSatuan\tTarget\tTarget\t\t\t\tRealisasi\t\t\t\n\t\t\tTW I\tTW II\tTW III\tTW IV\tTW I\tTW II\tTW III\tTW IV",
        ]);
        let satuan = prop::sample::select(vec![
            "%",
            "Dokumen",
            "Indeks",
            "Kegiatan",
            "Nilai",
            "kumulatif",
        ]);
        let baris = (satuan, prop::collection::vec(sel(), 9));
        (judul, prop::collection::vec(baris, 1..6)).prop_map(|(j, rows)| {
            let mut s = j.to_string();
            for (i, (satuan, cells)) in rows.into_iter().enumerate() {
                s.push_str(&format!(
                    "\nIndikator nomor {i}\t{satuan}\t{}",
                    cells.join("\t")
                ));
            }
            s
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 500, .. ProptestConfig::default() })]

        /// Any quarterly table reads and computes without a panic; every row keeps its
        /// quarters, and a quarter shows a capaian to date only where it has a realisasi.
        #[test]
        fn any_quarterly_table_computes(teks in tabel(), neg in any::<bool>()) {
            let t = baca_tabel_indikator(&teks, None);
            let mut k = Kebijakan::default();
            if neg {
                k.rumus_negatif = kalkulator_sakip::core::kebijakan::RumusNegatif::TBagiR;
            }
            let h = hitung_kinerja(&t, &k);
            let _ = baris_kinerja(&t, &h, &k);
            prop_assert_eq!(h.capaian.len(), t.indikator.len());
            for (i, tw) in t.indikator.iter().zip(&h.triwulan) {
                let (Some(x), Some(c)) = (i.triwulan.as_ref(), tw.as_ref()) else {
                    prop_assert!(i.triwulan.is_none() && tw.is_none());
                    continue;
                };
                for q in 0..4 {
                    let ada = !matches!(x.realisasi[q], kalkulator_sakip::core::teks::nilai::Nilai::Kosong(_) | kalkulator_sakip::core::teks::nilai::Nilai::Galat(_));
                    prop_assert_eq!(c.sd_tw[q].is_some(), ada);
                }
            }
        }
    }
}

mod anggaran {
    use kalkulator_sakip::core::anggaran::baca::baca_tabel_anggaran;
    use kalkulator_sakip::core::anggaran::pohon::bangun_pohon;
    use kalkulator_sakip::core::laporan::anggaran::{baris_anggaran, periode_anggaran};
    use kalkulator_sakip::core::teks::tampil::{id_desimal, rupiah};

    const KOLOM_TW: &str = "Kode\tUraian\tAnggaran\tRencana TW I\tRencana TW II\tRencana TW III\tRencana TW IV\tRealisasi TW I\tRealisasi TW II\tRealisasi TW III\tRealisasi TW IV
1\tProgram Pelayanan Administrasi\t\t\t\t\t\t\t\t\t
1.1\tPenyediaan Jasa Surat Menyurat\t1.000.000\t250.000\t250.000\t250.000\t250.000\t200.000\t300.000\t\t
1.2\tPenyediaan Alat Tulis Kantor\t2.000.000\t500.000\t500.000\t500.000\t500.000\t400.000\t400.000\t\t";

    const KELOMPOK: &str = "Kode\tUraian\tPagu\tAnggaran Kas\t\t\t\tRealisasi\t\t\t
\t\t\tTW I\tTW II\tTW III\tTW IV\tTW I\tTW II\tTW III\tTW IV
1.1\tPenyediaan Jasa Surat Menyurat\t1.000.000\t250.000\t250.000\t250.000\t250.000\t200.000\t300.000\t\t
1.2\tPenyediaan Alat Tulis Kantor\t2.000.000\t500.000\t500.000\t500.000\t500.000\t400.000\t400.000\t\t";

    #[test]
    fn budget_by_quarter_to_date_against_anggaran_and_plan() {
        for teks in [KOLOM_TW, KELOMPOK] {
            let t = baca_tabel_anggaran(teks);
            assert!(t.pesan.iter().all(|p| !p.galat()), "{:#?}", t.pesan);
            assert_eq!(t.triwulan, Some(1), "figures to date at TW II");
            assert_eq!(periode_anggaran(&t).as_deref(), Some("s.d. TW II"));
            let p = bangun_pohon(&t);
            assert_eq!(rupiah(p.total.anggaran), "3.000.000");
            assert_eq!(rupiah(p.total.realisasi), "1.300.000", "realisasi to date");
            assert_eq!(rupiah(p.total.rencana), "1.500.000", "plan to date");
            assert_eq!(id_desimal(p.total.serapan().unwrap(), 2), "43,33");
            assert_eq!(id_desimal(p.total.terhadap_rencana().unwrap(), 2), "86,67");
            assert_eq!(id_desimal(p.total.deviasi().unwrap(), 2), "13,33");
            let (rows, total) = baris_anggaran(&t, &p);
            let a2 = rows
                .iter()
                .find(|r| r.uraian.starts_with("Penyediaan Alat"))
                .unwrap();
            let tw = a2.triwulan.as_ref().unwrap();
            assert_eq!(
                (a2.realisasi.as_str(), a2.serapan.as_str()),
                ("800.000", "40,00")
            );
            assert_eq!(
                (
                    tw.rencana.as_str(),
                    tw.terhadap_rencana.as_str(),
                    tw.deviasi.as_str()
                ),
                ("1.000.000", "80,00", "20,00")
            );
            assert_eq!(total.triwulan.as_ref().unwrap().deviasi, "13,33");
        }
    }

    #[test]
    fn a_budget_without_quarters_is_unchanged() {
        let t = baca_tabel_anggaran("Uraian\tAnggaran\tRealisasi\nA\t100\t90");
        assert_eq!(t.triwulan, None);
        let (rows, _) = baris_anggaran(&t, &bangun_pohon(&t));
        assert!(rows[0].triwulan.is_none());
    }
}

/// Quarterly targets written as bounds (`≤ 3` each quarter, as a PK with quarters writes a
/// service time): each is read as its number, and without an annual target the bound says
/// the polarity and that the figure is the latest, not a sum.
#[test]
fn quarterly_targets_written_as_bounds() {
    use kalkulator_sakip::core::kinerja::polaritas::Polaritas;
    let k = Kebijakan::default();
    let teks = "Indikator\tSatuan\tTarget TW I\tTarget TW II\tTarget TW III\tTarget TW IV\tRealisasi TW I\tRealisasi TW II\tRealisasi TW III\tRealisasi TW IV
Waktu layanan KTP\tHari\t≤ 3\t≤ 3\t≤ 3\t≤ 3\t4\t3\t2\t-
Kepuasan\tIndeks\t≥ 80\t≥ 80\t≥ 80\t≥ 80\t78\t81\t82\t-";
    let t = baca_tabel_indikator(teks, None);
    assert!(t.pesan.iter().all(|p| !p.galat()), "{:#?}", t.pesan);
    let i = &t.indikator;
    assert_eq!(
        (i[0].polaritas, i[1].polaritas),
        (Polaritas::Negatif, Polaritas::Positif)
    );
    let tw = i[0].triwulan.as_ref().unwrap();
    assert_eq!(tw.target[0].angka(), Some(3.into()));
    assert_eq!(tw.sifat, Sifat::Akhir);
    let h = hitung_kinerja(&t, &k);
    let c: Vec<String> = h.capaian.iter().map(|c| c.tampil(&k)).collect();
    // (2 x 3 - 2) / 3 at TW III; 82 / 80
    assert_eq!(c, ["133,33", "102,50"]);
}

/// Half years (`Realisasi Semester I | Realisasi Semester II`) are the quarters they end with,
/// so the realisasi is the latest for an index and the sum for a count, not the first half's.
#[test]
fn half_years_are_read_as_the_quarters_they_end_with() {
    let k = Kebijakan::default();
    let teks = "Indikator\tSatuan\tTarget\tRealisasi Semester I\tRealisasi Semester II
Indeks Kepuasan Masyarakat\tIndeks\t80\t78\t82
Jumlah dokumen\tDokumen\t4\t2\t2";
    let t = baca_tabel_indikator(teks, None);
    assert!(t.pesan.iter().all(|p| !p.galat()), "{:#?}", t.pesan);
    let h = hitung_kinerja(&t, &k);
    let c: Vec<String> = h.capaian.iter().map(|c| c.tampil(&k)).collect();
    assert_eq!(c, ["102,50", "100,00"]);
}
