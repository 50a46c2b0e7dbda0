//! Extreme input through the whole pipeline the page runs: numbers of up to 40 digits, tiny
//! decimals, huge counts of rows. Whatever comes in, every stage returns a result or a message,
//! never a panic (a panic in WebAssembly kills the page). Inputs that once found a bug are kept
//! as regression cases at the end. Project files (opened from disk, from storage or from a
//! share link, whose JSON the browser decompresses) are fuzzed as whole generated projects
//! and as byte-level mutations of valid files, then run through the same pipeline.
#![cfg(not(target_arch = "wasm32"))]

use kalkulator_sakip::core::anggaran::baca::baca_tabel_anggaran;
use kalkulator_sakip::core::anggaran::efisiensi::efisiensi;
use kalkulator_sakip::core::anggaran::perkembangan::{hitung_perkembangan, MetodePertumbuhan};
use kalkulator_sakip::core::anggaran::pohon::bangun_pohon;
use kalkulator_sakip::core::ikm::hitung_ikm;
use kalkulator_sakip::core::kebijakan::Pilihan;
use kalkulator_sakip::core::kebijakan::{Agregasi, Kebijakan, RumusNegatif};
use kalkulator_sakip::core::kinerja::baca::baca_tabel_indikator;
use kalkulator_sakip::core::kinerja::perbandingan::baris_perbandingan;
use kalkulator_sakip::core::kinerja::sasaran::hitung_kinerja;
use kalkulator_sakip::core::laporan::anggaran::{baris_anggaran, terbilang_total};
use kalkulator_sakip::core::laporan::audit::{
    audit_anggaran, audit_ikm, audit_kinerja, audit_perkembangan,
};
use kalkulator_sakip::core::laporan::ekspor::{csv, tsv};
use kalkulator_sakip::core::laporan::grafik::{grafik_batang, TataGrafik};
use kalkulator_sakip::core::laporan::kalimat::{
    kalimat_indikator, kalimat_instansi, kalimat_sasaran,
};
use kalkulator_sakip::core::laporan::kinerja::baris_kinerja;
use kalkulator_sakip::core::proyek::baca::proyek_dari_json;
use kalkulator_sakip::core::proyek::berkas::{
    KebijakanSimpan, KepalaLaporan, Proyek, FORMAT, VERSI,
};
use kalkulator_sakip::core::teks::angka::{baca_angka, IsiAngka, Konvensi};
use kalkulator_sakip::core::teks::kolom::Kolom;
use kalkulator_sakip::core::teks::sunting::sidik;
use proptest::prelude::*;
use rust_decimal::Decimal;

/// Everything the page derives from the four inputs, as the view does.
fn semua(ind: &str, angg: &str, ikm: &str, perk: &str, k: &Kebijakan) {
    semua_dengan(ind, None, angg, ikm, perk, k)
}

/// The same, with the column roles a person chose (or a project file holds).
fn semua_dengan(
    ind: &str,
    kolom: Option<&[Kolom]>,
    angg: &str,
    ikm: &str,
    perk: &str,
    k: &Kebijakan,
) {
    let t = baca_tabel_indikator(ind, kolom);
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
    let _ = grafik_batang(&data, TataGrafik::Samping);
    let _ = grafik_batang(&data, TataGrafik::Atas);

    let ta = baca_tabel_anggaran(angg);
    let p = bangun_pohon(&ta);
    let (rows, total) = baris_anggaran(&ta, &p);
    let _ = terbilang_total(&p);
    let _ = audit_anggaran(&ta, &p);
    let tautan: Vec<(usize, usize)> = p
        .program()
        .zip(0..h.sasaran.len())
        .map(|((n, _), s)| (n, s))
        .collect();
    let _ = efisiensi(&p, &h, &tautan);
    let program: Vec<_> = p
        .program()
        .map(|(n, r)| (n.to_string(), r.serapan()))
        .collect();
    let _ = grafik_batang(&program, TataGrafik::Samping);
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

/// Mostly one of `semua`'s keys, else any short text: about 40% of generated files open and
/// run the whole pipeline (counted once while writing this test), the rest are refused.
fn kunci(semua: Vec<String>) -> impl Strategy<Value = String> {
    prop_oneof![9 => prop::sample::select(semua), 1 => "\\PC{0,12}"]
}

fn kunci_dari<T: Pilihan + 'static>() -> impl Strategy<Value = String> {
    kunci(T::SEMUA.iter().map(|p| p.kunci().to_string()).collect())
}

/// Policies as a file holds them: known keys, unknown words, custom scales of any text.
fn kebijakan_simpan() -> impl Strategy<Value = KebijakanSimpan> {
    use kalkulator_sakip::core::kebijakan::{BobotIkm, Pembulatan};
    (
        kunci_dari::<RumusNegatif>(),
        prop::option::of(any::<u32>()),
        kunci_dari::<Pembulatan>(),
        kunci(vec![
            "Permendagri 86/2017".into(),
            "LAN".into(),
            "Kustom".into(),
        ]),
        prop_oneof![
            "\\PC{0,80}",
            "(-?[0-9]{1,30}(,[0-9]{1,5})? [A-Za-z]{1,10}\n){0,6}[A-Za-z ]{0,10}"
        ],
        kunci_dari::<Agregasi>(),
        kunci_dari::<BobotIkm>(),
    )
        .prop_map(
            |(rumus_negatif, batas_atas, pembulatan, skala_nama, skala, agregasi, bobot_ikm)| {
                KebijakanSimpan {
                    rumus_negatif,
                    batas_atas,
                    pembulatan,
                    skala_nama,
                    skala,
                    agregasi,
                    bobot_ikm,
                }
            },
        )
}

/// Whole projects: extreme tables, chosen column roles (matching the table or not), policies,
/// links and header of any text.
fn proyek() -> impl Strategy<Value = Proyek> {
    let kolom = prop::collection::vec(
        kunci(
            [
                "sasaran",
                "indikator",
                "satuan",
                "target",
                "realisasi",
                "polaritas",
                "bobot",
                "abaikan",
                "tw1-target",
                "sifat",
            ]
            .map(String::from)
            .to_vec(),
        ),
        0..10,
    );
    (
        (
            prop_oneof![9 => Just(FORMAT.to_string()), 1 => "\\PC{0,12}"],
            prop_oneof![9 => Just(VERSI), 1 => 0..3u32],
        ),
        (
            prop_oneof![tabel_indikator(), "\\PC{0,200}"],
            any::<bool>(),
            kolom,
        ),
        kebijakan_simpan(),
        (
            prop_oneof![tabel_anggaran(), "\\PC{0,200}"],
            prop::collection::vec(("\\PC{0,20}", any::<usize>()), 0..4),
        ),
        (lajur(9), "\\PC{0,80}", kunci_dari::<MetodePertumbuhan>()),
        ("\\PC{0,40}", any::<bool>(), any::<bool>()),
    )
        .prop_map(
            |(
                (format, versi),
                (indikator, cocok, kolom),
                kebijakan,
                (anggaran, tautan),
                (ikm, perkembangan, metode),
                (instansi, rumus, lanskap),
            )| Proyek {
                format,
                versi,
                pemetaan_sidik: if cocok {
                    sidik(&indikator)
                } else {
                    String::new()
                },
                indikator,
                pemetaan_kolom: kolom,
                kebijakan,
                tampilkan_rumus: rumus,
                anggaran,
                tautan,
                ikm,
                perkembangan,
                metode_pertumbuhan: metode,
                kepala: KepalaLaporan {
                    instansi,
                    ..KepalaLaporan::default()
                },
                lanskap,
            },
        )
}

/// Open a file's text as the page does (read, check), then compute all it holds.
fn buka_dan_hitung(json: &str) {
    let Ok(p) = proyek_dari_json(json) else {
        return;
    };
    let Ok(k) = p.periksa() else {
        return;
    };
    let pemetaan = p.pemetaan();
    semua_dengan(
        &p.indikator,
        pemetaan.untuk(&p.indikator),
        &p.anggaran,
        &p.ikm,
        &p.perkembangan,
        &k,
    );
}

/// A byte-level edit of a file: cut, insert, replace or truncate at a relative position.
#[derive(Clone, Debug)]
enum Mutasi {
    Potong(f64, usize),
    Sisip(f64, String),
    Ganti(f64, char),
    Akhiri(f64),
}

fn mutasi() -> impl Strategy<Value = Mutasi> {
    prop_oneof![
        (0.0..1.0, 1..20usize).prop_map(|(p, n)| Mutasi::Potong(p, n)),
        (
            0.0..1.0,
            prop_oneof![
                "\\PC{1,8}",
                Just("\"".to_string()),
                Just("}".to_string()),
                Just("99999999999999999999999".to_string()),
                Just("null".to_string())
            ]
        )
            .prop_map(|(p, t)| Mutasi::Sisip(p, t)),
        (0.0..1.0, any::<char>()).prop_map(|(p, c)| Mutasi::Ganti(p, c)),
        (0.0..1.0).prop_map(Mutasi::Akhiri),
    ]
}

/// Apply the edits to `teks`, at char boundaries.
fn mutasikan(teks: &str, ms: &[Mutasi]) -> String {
    let mut c: Vec<char> = teks.chars().collect();
    let at = |p: f64, n: usize| ((p * n as f64) as usize).min(n);
    for m in ms {
        let n = c.len();
        match m {
            Mutasi::Potong(p, k) => {
                let i = at(*p, n);
                c.drain(i..(i + k).min(n));
            }
            Mutasi::Sisip(p, t) => {
                let i = at(*p, n);
                c.splice(i..i, t.chars());
            }
            Mutasi::Ganti(p, ch) if n > 0 => {
                let i = at(*p, n - 1);
                c[i] = *ch;
            }
            Mutasi::Akhiri(p) => c.truncate(at(*p, n)),
            Mutasi::Ganti(..) => {}
        }
    }
    c.into_iter().collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, .. ProptestConfig::default() })]

    /// Any project, written and read back, is the same project, or refused as its check
    /// refuses it (not ours, unknown policies; a newer version before anything else); opened,
    /// all it holds computes.
    #[test]
    fn any_project_round_trips_and_computes(p in proyek(), rapi in any::<bool>()) {
        let json = if rapi { serde_json::to_string_pretty(&p) } else { serde_json::to_string(&p) }
            .expect("a project serialises");
        let dibaca = proyek_dari_json(&json);
        if p.versi > VERSI {
            prop_assert!(dibaca.is_err_and(|e| e.contains("versi aplikasi yang lebih baru")));
        } else {
            prop_assert_eq!(dibaca, p.periksa().map(|_| p.clone()));
        }
        buka_dan_hitung(&json);
    }

    /// A damaged file (cut, spliced, truncated) is opened or refused, never a panic.
    #[test]
    fn damaged_project_files_open_or_are_refused(p in proyek(), ms in prop::collection::vec(mutasi(), 1..6)) {
        let json = serde_json::to_string(&p).expect("a project serialises");
        buka_dan_hitung(&mutasikan(&json, &ms));
    }

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
        let _ = proyek_dari_json(&s);
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
