//! Prints how long the core takes on the seeds' tables, repeated into large pastes. A figure,
//! not a pass/fail: speed targets live here, not in timed tests.

use kalkulator_sakip::core::anggaran::baca_tabel_anggaran;
use kalkulator_sakip::core::indikator::baca_tabel_indikator;
use kalkulator_sakip::core::kebijakan::Kebijakan;
use kalkulator_sakip::core::pohon::bangun_pohon;
use kalkulator_sakip::core::sasaran::hitung_kinerja;
use std::time::Instant;

fn ukur(nama: &str, ulang: u32, mut f: impl FnMut()) {
    f();
    let t = Instant::now();
    for _ in 0..ulang {
        f();
    }
    let per = t.elapsed() / ulang;
    println!("{nama:<48} {per:>12.2?} per run ({ulang} runs)");
}

fn main() {
    let k = Kebijakan::default();
    let ind = include_str!("../tests/fixtures/seed000_indikator.tsv");
    let angg = include_str!("../tests/fixtures/seed000_anggaran.tsv");
    let rows = ind.lines().skip(2).collect::<Vec<_>>().join("\n");
    let ind_besar = format!("{ind}\n{}", vec![rows; 200].join("\n"));
    let angg_besar: String = std::iter::once(angg.to_string())
        .chain((0..20).map(|_| angg.lines().skip(3).collect::<Vec<_>>().join("\n")))
        .collect::<Vec<_>>()
        .join("\n");
    ukur("indikator: seed 000 table 3.2 (5 rows)", 2000, || {
        let t = baca_tabel_indikator(ind, None);
        std::hint::black_box(hitung_kinerja(&t, &k));
    });
    ukur(
        &format!("indikator: {} lines", ind_besar.lines().count()),
        50,
        || {
            let t = baca_tabel_indikator(&ind_besar, None);
            std::hint::black_box(hitung_kinerja(&t, &k));
        },
    );
    ukur("anggaran: seed 000 table 3.10 (92 rows)", 500, || {
        let t = baca_tabel_anggaran(angg);
        std::hint::black_box(bangun_pohon(&t));
    });
    ukur(
        &format!("anggaran: {} lines", angg_besar.lines().count()),
        20,
        || {
            let t = baca_tabel_anggaran(&angg_besar);
            std::hint::black_box(bangun_pohon(&t));
        },
    );
}
