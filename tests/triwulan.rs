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
    assert_eq!(h.capaian[1].tampil(&k), "100,00");
    // the sasaran averages the capaian to date
    assert_eq!(h.sasaran[0].capaian.tampil(&k), "95,00");
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
