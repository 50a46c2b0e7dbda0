//! Property tests: whatever a person pastes, the parser and calculator return a result or
//! a message, never a panic; and what they compute is consistent.
#![cfg(not(target_arch = "wasm32"))]

use kalkulator_sakip::core::kebijakan::{Agregasi, Kebijakan, Pembulatan, RumusNegatif};
use kalkulator_sakip::core::kinerja::baca::baca_tabel_indikator;
use kalkulator_sakip::core::kinerja::baca::ulang::baca_lagi;
use kalkulator_sakip::core::kinerja::sasaran::hitung_kinerja;
use kalkulator_sakip::core::kinerja::ulang::hitung_ulang;
use kalkulator_sakip::core::laporan::kinerja::baris_kinerja;
use kalkulator_sakip::core::teks::angka::{baca_angka, IsiAngka, Konvensi};
use kalkulator_sakip::core::teks::sebaris::{baris_sendiri, Berubah};
use kalkulator_sakip::core::teks::tabel::pisah_tabel;
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
        // a PDF copy with one space between cells and words alike
        "No Sasaran Indikator Kinerja Satuan Target Realisasi Capaian (%)",
        "Kode Uraian Pagu Anggaran Realisasi Sisa Anggaran %",
        // a PDF viewer's copy, one cell per line
        "No\nIndikator\nSatuan\nTarget\nRealisasi",
        // a CSV file, and a table typed where there is no Tab key
        "No,Sasaran,Indikator,Satuan,Target,Realisasi",
        "Indikator, Target, Realisasi",
        "",
    ]);
    let rows = prop::collection::vec(prop::collection::vec(sel(), 0..7), 0..8);
    (
        header,
        rows,
        prop::sample::select(vec!["\t", ";", " | ", "  ", " ", "\n", ",", ", "]),
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

/// A tab-parted indicator table as Excel copies it: a heading, numbered rows of decimal-comma
/// numbers mostly, now and then a title line, a sub-item, a stated total or any cell.
fn tabel_tab() -> impl Strategy<Value = String> {
    let angka = "[0-9]{1,3}(,[0-9]{1,2})?";
    let baris = prop_oneof![
        6 => ("[0-9]{0,2}", "[A-Za-z ]{0,12}", prop::sample::select(vec!["%", "Dokumen", ""]), angka, angka, prop_oneof![Just(String::new()), sel()])
            .prop_map(|(n, i, s, t, r, k)| format!("{n}\t{i}\t{s}\t{t}\t{r}\t{k}")),
        1 => prop::sample::select(vec![
            "Sasaran 2. Meningkatnya pelayanan",
            "\t✚ Sub kegiatan\tBuah\t5\t4\t",
            "\tTotal capaian 80/100=80\t\t\t\t",
            "No\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tKeterangan",
        ]).prop_map(String::from),
        1 => prop::collection::vec(sel(), 0..7).prop_map(|c| c.join("\t")),
    ];
    prop::collection::vec(baris, 1..10).prop_map(|rows| {
        let mut out = String::from("No\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tKeterangan");
        for r in rows {
            out.push('\n');
            out.push_str(&r);
        }
        out
    })
}

/// A line of a report as pasted whole: the words its headings, titles, captions, table of
/// contents and prose are made of, with the quotes, dot leaders and numbers between them,
/// parted by tabs, single spaces, pipes or semicolons.
fn baris_laporan() -> impl Strategy<Value = String> {
    let kata = prop_oneof![
        Just("Sasaran".to_string()),
        Just("a.Sasaran 1 :".to_string()),
        Just("“Terwujudnya pelayanan”".to_string()),
        Just("diarahkan".to_string()),
        Just("No".to_string()),
        Just("NO".to_string()),
        Just("Indikator Kinerja".to_string()),
        Just("Target".to_string()),
        Just("Realisasi".to_string()),
        Just("Anggaran".to_string()),
        Just("Program".to_string()),
        Just("Kegiatan".to_string()),
        Just("Unsur".to_string()),
        Just("NRR".to_string()),
        Just("Tahun".to_string()),
        Just("Tabel 3.2".to_string()),
        Just("BAB III".to_string()),
        Just("Rencana Strategis.....".to_string()),
        Just("Dumai, 3 Januari 2022".to_string()),
        "[0-9]{1,4}([.,][0-9]{1,3}){0,2}%?",
        "[a-zA-Z“”\"]{1,8}",
    ];
    let pemisah = prop_oneof![Just("\t"), Just(" "), Just(" | "), Just(";"), Just("")];
    (prop::collection::vec(kata, 0..8), pemisah).prop_map(|(k, p)| k.join(p))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, .. ProptestConfig::default() })]

    /// A whole report, or anything shaped like one, in any box: read or refused, never a panic
    /// (a sasaran's title in curly quotes once sliced a character in two).
    #[test]
    fn any_report_shaped_text_reads_in_every_box(baris in prop::collection::vec(baris_laporan(), 0..40)) {
        let teks = baris.join("\n");
        let k = Kebijakan::default();
        let t = baca_tabel_indikator(&teks, None);
        let h = hitung_kinerja(&t, &k);
        let _ = baris_kinerja(&t, &h, &k);
        let a = kalkulator_sakip::core::anggaran::baca::baca_tabel_anggaran(&teks);
        let _ = kalkulator_sakip::core::anggaran::pohon::bangun_pohon(&a);
        let _ = kalkulator_sakip::core::ikm::hitung_ikm(&teks, Decimal::new(111, 3));
        let _ = kalkulator_sakip::core::anggaran::perkembangan::hitung_perkembangan(&teks, Default::default());
    }

    #[test]
    fn any_string_parses_or_explains(s in "\\PC{0,40}") {
        for k in [Konvensi::IdId, Konvensi::EnUs] {
            match baca_angka(&s, k) {
                IsiAngka::Galat(m) => prop_assert!(!m.is_empty()),
                IsiAngka::Kosong | IsiAngka::Angka(_) => {}
            }
        }
    }

    /// Cells shaped like what the reader looks into: a bound before the number, words in
    /// brackets after it, a scale or unit word, in any characters.
    #[test]
    fn shaped_cells_are_read_or_refused(
        pre in "(≥|>=|<|min\\.|Maksimal|Rp|\\PC{0,3})",
        num in "[0-9.,-]{0,14}",
        kurung in "\\PC{0,10}",
        suf in "(M|jt|rb|T|rupiah|%|\\PC{0,4})",
    ) {
        let cell = format!("{pre} {num} ({kurung}) {suf}");
        for k in [Konvensi::IdId, Konvensi::EnUs] {
            if let IsiAngka::Galat(m) = baca_angka(&cell, k) {
                prop_assert!(!m.is_empty());
            }
            let _ = kalkulator_sakip::core::teks::nilai::baca_target(&cell, k, &mut None);
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

    /// A cell edited in a table (a key, the row editor), read again from the reading before,
    /// gives the table read whole from the new text.
    #[test]
    fn an_edited_cell_reads_as_the_whole_text(
        teks in prop_oneof![3 => tabel_tab(), 1 => tabel()],
        baris in 1..100usize,
        // the target and realisasi mostly
        kolom in prop::sample::select(vec![3usize, 4, 3, 4, 0, 1, 2, 5]),
        isi in prop_oneof![
            4 => "[0-9]{1,3}(,[0-9]{1,2})?",
            1 => "[0-9]{1,4}([.,][0-9]{1,3}){0,2}",
            1 => sel()
        ],
        k in kebijakan(),
    ) {
        let mut lines: Vec<String> = teks.split('\n').map(String::from).collect();
        let n = lines.len();
        let Some(line) = lines.get_mut(baris % n) else { return Ok(()) };
        let mut sel: Vec<&str> = line.split('\t').collect();
        let m = sel.len();
        let Some(c) = sel.get_mut(kolom % m) else { return Ok(()) };
        *c = &isi;
        *line = sel.join("\t");
        let baru = lines.join("\n");
        let lama = baca_tabel_indikator(&teks, None);
        let hasil = hitung_kinerja(&lama, &k);
        let (dibaca, berubah) = baca_lagi(lama, &teks, &baru, None);
        prop_assert_eq!(&dibaca, &baca_tabel_indikator(&baru, None));
        // a row read alone is computed alone, into the results before, as the page does
        if let Berubah::Baris(i) = berubah {
            prop_assert_eq!(hitung_ulang(hasil, &dibaca, &k, i).0, hitung_kinerja(&dibaca, &k));
        }
    }

    /// A row edit reads its row from its own line when it can: only ever the row the whole
    /// paste reads there.
    #[test]
    fn a_line_read_alone_is_the_row_of_the_whole_paste(
        teks in prop_oneof![tabel_tab(), tabel(), prop::collection::vec(baris_laporan(), 0..20).prop_map(|b| b.join("\n"))],
    ) {
        let (_, rows) = pisah_tabel(&teks);
        for n in 1..=teks.split('\n').count() {
            if let Some(b) = baris_sendiri(&teks, n) {
                let utuh = rows.iter().find(|r| r.nomor_baris == n).map(|r| &r.sel);
                prop_assert_eq!(utuh, Some(&b.sel), "line {}", n);
            }
        }
    }

    #[test]
    fn id_formatting_round_trips(n in -1_000_000_000_000i64..1_000_000_000_000i64, scale in 0u32..3) {
        let d = Decimal::new(n, scale);
        let s = kalkulator_sakip::core::teks::tampil::id_desimal(d, scale);
        match baca_angka(&s, Konvensi::IdId) {
            IsiAngka::Angka(a) => prop_assert_eq!(a.nilai, d),
            other => prop_assert!(false, "{} read as {:?}", s, other),
        }
    }
}

mod anggaran {
    use kalkulator_sakip::core::anggaran::baca::baca_tabel_anggaran;
    use kalkulator_sakip::core::anggaran::baca::ulang::baca_lagi;
    use kalkulator_sakip::core::anggaran::perkembangan::{hitung_perkembangan, MetodePertumbuhan};
    use kalkulator_sakip::core::anggaran::pohon::bangun_pohon;
    use kalkulator_sakip::core::anggaran::terbilang::terbilang_rupiah;
    use kalkulator_sakip::core::anggaran::ulang::bangun_ulang;
    use kalkulator_sakip::core::ikm::hitung_ikm;
    use kalkulator_sakip::core::laporan::anggaran::baris_anggaran;
    use kalkulator_sakip::core::teks::sebaris::Berubah;
    use proptest::prelude::*;
    use rust_decimal::Decimal;

    fn kode() -> impl Strategy<Value = String> {
        prop_oneof![
            "[1-9](\\.[1-9][0-9]?){0,3}\\.?",
            "7\\.01\\.7\\.01\\.0\\.00[1-4]\\.2\\.0[1-9](\\.0[1-9])?\\.",
            prop::sample::select(vec!["I.", "II.", "IV.", "A.", "B.", "", "Jumlah", "-"])
                .prop_map(String::from),
        ]
    }

    fn uraian() -> impl Strategy<Value = String> {
        prop_oneof![
            prop::sample::select(vec![
                "Program X",
                "Kegiatan Y",
                "Sub Kegiatan Z",
                "Belanja Langsung",
                "Belanja Tidak Langsung",
                "Jumlah",
                "Total",
                "Penyediaan ATK",
                "serta lanjutan"
            ])
            .prop_map(String::from),
            "\\PC{0,15}",
        ]
    }

    fn uang() -> impl Strategy<Value = String> {
        prop_oneof![
            "[1-9][0-9]{0,2}(\\.[0-9]{3}){0,4}(,00)?",
            "[1-9][0-9]{0,2}(,[0-9]{3}){0,4}(\\.00)?",
            prop::sample::select(vec!["", "-", "0", "Rp 1.000,-", "abc", "(500)"])
                .prop_map(String::from),
        ]
    }

    fn tabel() -> impl Strategy<Value = String> {
        let row = (
            kode(),
            uraian(),
            uang(),
            uang(),
            prop::option::of("[0-9]{1,3}(,[0-9]{2})?"),
        );
        (any::<bool>(), prop::collection::vec(row, 0..25)).prop_map(|(header, rows)| {
            let mut out = if header {
                "Kode\tUraian\tAnggaran\tRealisasi\t%\n".to_string()
            } else {
                String::new()
            };
            for (k, u, a, r, p) in rows {
                out.push_str(&format!("{k}\t{u}\t{a}\t{r}\t{}\n", p.unwrap_or_default()));
            }
            out
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 400, .. ProptestConfig::default() })]

        #[test]
        fn any_budget_table_builds_and_totals_equal_the_leaves(teks in tabel()) {
            let t = baca_tabel_anggaran(&teks);
            let p = bangun_pohon(&t);
            let leaves: Vec<_> = p.simpul.iter().filter(|s| s.anak.is_empty()).collect();
            let a: Decimal = leaves.iter().map(|s| s.total.anggaran).sum();
            let r: Decimal = leaves.iter().map(|s| s.total.realisasi).sum();
            prop_assert_eq!(p.total.anggaran, a);
            prop_assert_eq!(p.total.realisasi, r);
            // every parent's total is its children's
            for s in p.simpul.iter().filter(|s| !s.anak.is_empty()) {
                let ca: Decimal = s.anak.iter().map(|c| p.simpul[*c].total.anggaran).sum();
                prop_assert_eq!(s.total.anggaran, ca);
                prop_assert!(s.anak.iter().all(|c| p.simpul[*c].induk.is_some()));
            }
            let (rows, _) = baris_anggaran(&t, &p);
            prop_assert_eq!(rows.len(), t.baris.len());
        }

        /// An amount edited in a budget (a key, the row editor), read again from the reading
        /// before, gives the table read whole from the new text.
        #[test]
        fn an_edited_amount_reads_as_the_whole_text(
            teks in tabel(),
            baris in 1..100usize,
            kolom in 2..5usize,
            isi in prop_oneof![3 => "[1-9][0-9]{0,2}(\\.[0-9]{3}){0,3}", 1 => uang()],
        ) {
            let mut lines: Vec<String> = teks.split('\n').map(String::from).collect();
            let n = lines.len();
            let line = &mut lines[baris % n];
            let mut sel: Vec<&str> = line.split('\t').collect();
            let Some(c) = sel.get_mut(kolom) else { return Ok(()) };
            *c = &isi;
            *line = sel.join("\t");
            let baru = lines.join("\n");
            let lama = baca_tabel_anggaran(&teks);
            let pohon = bangun_pohon(&lama);
            let (dibaca, berubah) = baca_lagi(lama, &teks, &baru);
            prop_assert_eq!(&dibaca, &baca_tabel_anggaran(&baru));
            // a line read alone is summed alone, into the tree before, as the page does
            if let Berubah::Baris(i) = berubah {
                prop_assert_eq!(bangun_ulang(pohon, &dibaca, i).0, bangun_pohon(&dibaca));
            }
        }

        #[test]
        fn any_text_is_a_budget_ikm_or_growth_without_panic(teks in "\\PC{0,300}") {
            let t = baca_tabel_anggaran(&teks);
            let _ = bangun_pohon(&t);
            let _ = hitung_ikm(&teks, Decimal::new(111, 3));
            for m in [MetodePertumbuhan::RataRata, MetodePertumbuhan::Cagr, MetodePertumbuhan::TotalPerTahun] {
                let _ = hitung_perkembangan(&teks, m);
            }
        }

        #[test]
        fn terbilang_never_panics_and_ends_in_rupiah_or_sen(n in any::<i64>(), scale in 0u32..4) {
            let s = terbilang_rupiah(Decimal::new(n, scale));
            prop_assert!(s.contains("rupiah"));
        }
    }
}
