//! Extreme input through the whole pipeline the page runs: numbers of up to 40 digits, tiny
//! decimals, huge counts of rows. Whatever comes in, every stage returns a result or a message,
//! never a panic (a panic in WebAssembly kills the page). Inputs that once found a bug are kept
//! as regression cases at the end.
#![cfg(not(target_arch = "wasm32"))]

use kalkulator_sakip::core::anggaran::baca::baca_tabel_anggaran;
use kalkulator_sakip::core::anggaran::efisiensi::efisiensi;
use kalkulator_sakip::core::anggaran::perkembangan::{hitung_perkembangan, MetodePertumbuhan};
use kalkulator_sakip::core::anggaran::pohon::bangun_pohon;
use kalkulator_sakip::core::ikm::hitung_ikm;
use kalkulator_sakip::core::kebijakan::{Agregasi, Kebijakan, RumusNegatif};
use kalkulator_sakip::core::kinerja::baca::baca_tabel_indikator;
use kalkulator_sakip::core::kinerja::perbandingan::baris_perbandingan;
use kalkulator_sakip::core::kinerja::sasaran::hitung_kinerja;
use kalkulator_sakip::core::laporan::anggaran::{baris_anggaran, terbilang_total};
use kalkulator_sakip::core::laporan::audit::{
    audit_anggaran, audit_ikm, audit_kinerja, audit_perkembangan,
};
use kalkulator_sakip::core::laporan::ekspor::{csv, tsv};
use kalkulator_sakip::core::laporan::grafik::grafik_batang;
use kalkulator_sakip::core::laporan::kalimat::{
    kalimat_indikator, kalimat_instansi, kalimat_sasaran,
};
use kalkulator_sakip::core::laporan::kinerja::baris_kinerja;
use kalkulator_sakip::core::proyek::berkas::Proyek;
use kalkulator_sakip::core::teks::angka::{baca_angka, IsiAngka, Konvensi};
use proptest::prelude::*;
use rust_decimal::Decimal;

/// Everything the page derives from the four inputs, as the view does.
fn semua(ind: &str, angg: &str, ikm: &str, perk: &str, k: &Kebijakan) {
    let t = baca_tabel_indikator(ind, None);
    let h = hitung_kinerja(&t, k);
    let _ = baris_kinerja(&t, &h, k);
    let _ = audit_kinerja(&t, &h, k);
    let _ = baris_perbandingan(&t.indikator, k);
    for s in &h.sasaran {
        let _ = kalimat_sasaran(s, k);
    }
    let _ = kalimat_instansi("Kecamatan", &h.instansi, k);
    for (i, c) in t.indikator.iter().zip(&h.capaian) {
        let _ = kalimat_indikator(i, c, k);
    }
    let data: Vec<_> = t
        .indikator
        .iter()
        .zip(&h.capaian)
        .map(|(i, c)| (i.nama.clone(), c.dibatasi(k)))
        .collect();
    let _ = grafik_batang(&data);

    let ta = baca_tabel_anggaran(angg);
    let p = bangun_pohon(&ta);
    let (rows, total) = baris_anggaran(&ta, &p);
    let _ = terbilang_total(&p);
    let _ = audit_anggaran(&ta, &p);
    let tautan: Vec<(usize, usize)> = p
        .program(&ta)
        .zip(0..h.sasaran.len())
        .map(|((n, _), s)| (n, s))
        .collect();
    let _ = efisiensi(&p, &h, &tautan);
    let program: Vec<_> = p
        .program(&ta)
        .map(|(n, r)| (n.to_string(), r.serapan()))
        .collect();
    let _ = grafik_batang(&program);
    let tabel: Vec<Vec<String>> = rows
        .iter()
        .chain(std::iter::once(&total))
        .map(|r| vec![r.uraian.clone(), r.anggaran.clone(), r.serapan.clone()])
        .collect();
    let _ = (tsv(&tabel), csv(&tabel));

    let (hasil_ikm, _) = hitung_ikm(ikm, k.bobot_ikm.nilai());
    if let Some(h) = hasil_ikm {
        let _ = audit_ikm(&h);
    }
    for m in [
        MetodePertumbuhan::RataRata,
        MetodePertumbuhan::Cagr,
        MetodePertumbuhan::TotalPerTahun,
    ] {
        let _ = audit_perkembangan(&hitung_perkembangan(perk, m));
    }
}

/// Numbers from the ordinary to beyond what rust_decimal holds: up to 40 digits, up to 30
/// decimals, negative, in either convention, with `Rp` and `%`.
fn angka() -> impl Strategy<Value = String> {
    prop_oneof![
        "-?[0-9]{1,40}",
        "-?[0-9]{1,30}[,.][0-9]{1,30}",
        "0[,.]0{0,30}[1-9]{1,5}",
        "Rp ?[1-9][0-9]{0,2}(\\.[0-9]{3}){4,12}(,[0-9]{2})?",
        "[1-9][0-9]{0,2}(,[0-9]{3}){4,12}(\\.[0-9]{2})?",
        "\\(?[0-9]{20,40}\\)?%?",
        prop::sample::select(vec![
            "79228162514264337593543950",
            "79228162514264337593543950335",
            "0,0001",
            "0,0000000000000000000000000001",
            "0",
            "-",
        ])
        .prop_map(String::from),
    ]
}

fn kebijakan() -> impl Strategy<Value = Kebijakan> {
    (any::<bool>(), 0..3u8).prop_map(|(neg, agg)| Kebijakan {
        rumus_negatif: if neg {
            RumusNegatif::TBagiR
        } else {
            RumusNegatif::DuaTKurangR
        },
        agregasi: [
            Agregasi::RataRata,
            Agregasi::Tertimbang,
            Agregasi::DataKelompok,
        ][agg as usize],
        ..Kebijakan::default()
    })
}

fn tabel_indikator() -> impl Strategy<Value = String> {
    let baris = (angka(), angka(), angka(), angka(), any::<bool>());
    prop::collection::vec(baris, 1..8).prop_map(|rows| {
        let mut s = String::from(
            "Sasaran\tIndikator\tSatuan\tTarget\tRealisasi\tPolaritas\tBobot\tRealisasi 2018\tTarget Akhir Renstra\n",
        );
        for (i, (t, r, b, l, neg)) in rows.into_iter().enumerate() {
            let pol = if neg { "-" } else { "+" };
            s.push_str(&format!(
                "S{}\tIndikator {i}\t%\t{t}\t{r}\t{pol}\t{b}\t{l}\t{t}\n",
                i % 2
            ));
        }
        s
    })
}

fn tabel_anggaran() -> impl Strategy<Value = String> {
    let baris = (angka(), angka(), angka(), 0..3u8);
    prop::collection::vec(baris, 1..10).prop_map(|rows| {
        let mut s = String::from("Kode\tUraian\tAnggaran\tRealisasi\t%\n");
        for (i, (a, r, persen, jenis)) in rows.into_iter().enumerate() {
            let (kode, uraian) = match jenis {
                0 => (format!("{}", i + 1), format!("Program {i}")),
                1 => (format!("1.{i}"), format!("Kegiatan {i}")),
                _ => (String::new(), "Jumlah".to_string()),
            };
            s.push_str(&format!("{kode}\t{uraian}\t{a}\t{r}\t{persen}\n"));
        }
        s
    })
}

fn lajur(n: usize) -> impl Strategy<Value = String> {
    prop::collection::vec(angka(), n).prop_map(|v| v.join("\t"))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, .. ProptestConfig::default() })]

    #[test]
    fn huge_and_tiny_numbers_never_panic(
        ind in tabel_indikator(),
        angg in tabel_anggaran(),
        ikm in lajur(9),
        perk in prop::collection::vec(angka(), 1..6),
        k in kebijakan(),
    ) {
        let perk: String = perk
            .iter()
            .enumerate()
            .map(|(i, a)| format!("{}\t{a}\n", 2015 + i))
            .collect();
        semua(&ind, &angg, &ikm, &perk, &k);
    }

    /// A number is read exactly or refused with a message: never wrapped, never rounded.
    #[test]
    fn numbers_are_exact_or_refused(s in angka()) {
        for konv in [Konvensi::IdId, Konvensi::EnUs] {
            if let IsiAngka::Angka(a) = baca_angka(&s, konv) {
                let digits: String = s.chars().filter(char::is_ascii_digit).collect();
                let digits = digits.trim_start_matches('0');
                let kept = a.nilai.abs().normalize().mantissa().to_string();
                prop_assert!(
                    digits.trim_end_matches('0').ends_with(kept.trim_end_matches('0'))
                        || a.nilai.is_zero(),
                    "{s} read as {}", a.nilai
                );
            }
        }
    }

    /// A project file of any shape is opened or refused, never a panic.
    #[test]
    fn any_project_file_opens_or_is_refused(s in "\\PC{0,200}") {
        if let Ok(p) = serde_json::from_str::<Proyek>(&s) {
            let _ = p.periksa();
        }
    }
}

#[test]
fn regression_division_and_addition_overflow() {
    let k = Kebijakan::default();
    // issue 8: "Division overflowed" in capaian and "Addition overflowed" in the tree
    let ind = "Indikator\tTarget\tRealisasi\nA\t0,0001\t79228162514264337593543950";
    let angg = "Uraian\tAnggaran\tRealisasi\nA\t79228162514264337593543950\t1\nB\t79228162514264337593543950\t1";
    semua(ind, angg, "", "", &k);
    let t = baca_tabel_indikator(ind, None);
    assert!(
        t.pesan.iter().any(|p| p.galat()),
        "the huge cell gets a message"
    );
    let ta = baca_tabel_anggaran(angg);
    assert!(
        ta.pesan.iter().any(|p| p.galat()),
        "the huge amounts get a message"
    );
}

#[test]
fn largest_accepted_amounts_still_total() {
    // the reader's cap leaves room for 100.000 rows of the largest amount it accepts
    let max = "999999999999999999";
    let mut angg = String::from("Uraian\tAnggaran\tRealisasi\n");
    for i in 0..1000 {
        angg.push_str(&format!("Sub {i}\t{max}\t{max}\n"));
    }
    let ta = baca_tabel_anggaran(&angg);
    assert!(ta.pesan.iter().all(|p| !p.galat()));
    let p = bangun_pohon(&ta);
    assert_eq!(
        p.total.anggaran,
        Decimal::from(999_999_999_999_999_999i64) * Decimal::from(1000)
    );
}
