//! Property tests: whatever a person pastes, the parser and calculator return a result or
//! a message, never a panic; and what they compute is consistent.
#![cfg(not(target_arch = "wasm32"))]

use kalkulator_sakip::core::indikator::baca_tabel_indikator;
use kalkulator_sakip::core::kebijakan::{Agregasi, Kebijakan, Pembulatan, RumusNegatif};
use kalkulator_sakip::core::laporan_kinerja::baris_kinerja;
use kalkulator_sakip::core::number::{baca_angka, IsiAngka, Konvensi};
use kalkulator_sakip::core::sasaran::hitung_kinerja;
use proptest::prelude::*;
use rust_decimal::Decimal;

fn kebijakan() -> impl Strategy<Value = Kebijakan> {
    (
        any::<bool>(),
        prop::option::of(prop::sample::select(vec![100u32, 110, 120, 150, 200])),
        any::<bool>(),
        0..3u8,
    )
        .prop_map(|(neg, cap, trunc, agg)| Kebijakan {
            rumus_negatif: if neg {
                RumusNegatif::TBagiR
            } else {
                RumusNegatif::DuaTKurangR
            },
            batas_atas: cap.map(Decimal::from),
            pembulatan: if trunc {
                Pembulatan::Potong
            } else {
                Pembulatan::SetengahKeAtas
            },
            agregasi: [
                Agregasi::RataRata,
                Agregasi::Tertimbang,
                Agregasi::DataKelompok,
            ][agg as usize],
            ..Kebijakan::default()
        })
}

/// Cells that look like what offices paste, and noise.
fn sel() -> impl Strategy<Value = String> {
    prop_oneof![
        "[0-9]{1,4}([.,][0-9]{1,3}){0,3}%?",
        "Rp\\.? ?[0-9]{1,3}(\\.[0-9]{3}){0,4}(,00|,-)?",
        "\\(?[0-9.,]{1,12}\\)?",
        "[0-9]{1,3} ?(-|–|s\\.d\\.|s/d) ?[0-9]{1,3}",
        prop::sample::select(vec![
            "-",
            "",
            "B",
            "BB",
            "C",
            "WTP",
            "Sangat Baik",
            "Tidak diadakan",
            "0",
            "0,00",
            "+",
            "negatif"
        ])
        .prop_map(String::from),
        "\\PC{0,12}",
    ]
}

fn tabel() -> impl Strategy<Value = String> {
    let header = prop::sample::select(vec![
        "Sasaran\tIndikator\tSatuan\tTarget\tRealisasi",
        "No\tIndikator\tTarget\tRealisasi\tPolaritas\tBobot",
        "Indikator\tRealisasi 2018\tRealisasi 2019\tTarget Akhir Renstra",
        "| Indikator | Target 2020 | Realisasi 2020 | Capaian |",
        "",
    ]);
    let rows = prop::collection::vec(prop::collection::vec(sel(), 0..7), 0..8);
    (
        header,
        rows,
        prop::sample::select(vec!["\t", ";", " | ", "  "]),
    )
        .prop_map(|(h, rows, sep)| {
            let mut out = String::from(h);
            for r in rows {
                out.push('\n');
                out.push_str(&r.join(sep));
            }
            out
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, .. ProptestConfig::default() })]

    #[test]
    fn any_string_parses_or_explains(s in "\\PC{0,40}") {
        for k in [Konvensi::IdId, Konvensi::EnUs] {
            match baca_angka(&s, k) {
                IsiAngka::Galat(m) => prop_assert!(!m.is_empty()),
                IsiAngka::Kosong | IsiAngka::Angka(_) => {}
            }
        }
    }

    #[test]
    fn any_text_computes_without_panic(teks in "\\PC{0,300}", k in kebijakan()) {
        let t = baca_tabel_indikator(&teks, None);
        let h = hitung_kinerja(&t, &k);
        let _ = baris_kinerja(&t, &h, &k);
    }

    #[test]
    fn any_table_computes_and_keeps_its_rows(teks in tabel(), k in kebijakan()) {
        let t = baca_tabel_indikator(&teks, None);
        let h = hitung_kinerja(&t, &k);
        prop_assert_eq!(h.capaian.len(), t.indikator.len());
        for (c, i) in h.capaian.iter().zip(&t.indikator) {
            // a value or a reason, never both missing
            prop_assert!(c.nilai.is_some() || c.alasan.is_some(), "row {} has neither", i.nomor_baris);
            if let (Some(v), Some(cap)) = (c.dibatasi(&k), k.batas_atas) {
                prop_assert!(v <= cap);
            }
        }
        let _ = baris_kinerja(&t, &h, &k);
    }

    #[test]
    fn id_formatting_round_trips(n in -1_000_000_000_000i64..1_000_000_000_000i64, scale in 0u32..3) {
        let d = Decimal::new(n, scale);
        let s = kalkulator_sakip::core::format::id_desimal(d, scale);
        match baca_angka(&s, Konvensi::IdId) {
            IsiAngka::Angka(a) => prop_assert_eq!(a.nilai, d),
            other => prop_assert!(false, "{} read as {:?}", s, other),
        }
    }
}
