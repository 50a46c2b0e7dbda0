//! Prints how long the core takes on the seeds' tables and on pastes of 1.000, 10.000 and
//! 100.000 lines, with rows per second and the growth factor per 10x lines. A figure, not a
//! pass/fail: speed targets live here, not in timed tests. Linear work shows as a factor near
//! 10; a factor far above it is a quadratic step.

#[path = "../tests/bersama/mod.rs"]
mod bersama;

use bersama::salinan_pdf;
use kalkulator_sakip::core::anggaran::baca::baca_tabel_anggaran;
use kalkulator_sakip::core::anggaran::baca::ulang::baca_sebaris as baca_sebaris_anggaran;
use kalkulator_sakip::core::anggaran::perkembangan::{hitung_perkembangan, MetodePertumbuhan};
use kalkulator_sakip::core::anggaran::pohon::bangun_pohon;
use kalkulator_sakip::core::anggaran::ulang::bangun_ulang;
use kalkulator_sakip::core::ikm::hitung_ikm;
use kalkulator_sakip::core::kebijakan::Kebijakan;
use kalkulator_sakip::core::kinerja::baca::baca_tabel_indikator;
use kalkulator_sakip::core::kinerja::baca::ulang::baca_sebaris as baca_sebaris_indikator;
use kalkulator_sakip::core::kinerja::perbandingan::baris_perbandingan;
use kalkulator_sakip::core::kinerja::sasaran::hitung_kinerja;
use kalkulator_sakip::core::kinerja::ulang::hitung_ulang;
use kalkulator_sakip::core::laporan::anggaran::baris_anggaran;
use kalkulator_sakip::core::laporan::audit::{audit_anggaran, audit_kinerja};
use kalkulator_sakip::core::laporan::kalimat::kalimat_indikator;
use kalkulator_sakip::core::laporan::kinerja::{baris_kinerja, triwulan_laporan};
use kalkulator_sakip::core::proyek::baca::proyek_dari_json;
use kalkulator_sakip::core::proyek::berkas::Proyek;
use std::time::{Duration, Instant};

/// Time of one run of `f`: the mean over a batch of enough runs to take about half a second
/// (at least one), the fastest of five batches.
fn ukur(mut f: impl FnMut()) -> Duration {
    let t = Instant::now();
    f();
    let first = t.elapsed();
    let runs = (Duration::from_millis(500).as_nanos() / first.as_nanos().max(1)).clamp(1, 2000);
    // the fastest of five batches: the machines this runs on share their cores, and a batch
    // another process interrupted says nothing about this code (one batch varied by 40 %)
    (0..5)
        .map(|_| {
            let t = Instant::now();
            for _ in 0..runs {
                f();
            }
            t.elapsed() / runs as u32
        })
        .min()
        .unwrap_or(first)
}

fn cetak(nama: &str, baris: usize, waktu: Duration, sebelum: Option<Duration>) {
    let per_detik = baris as f64 / waktu.as_secs_f64();
    let faktor = sebelum
        .map(|s| {
            format!(
                "x{:.1} for 10x lines",
                waktu.as_secs_f64() / s.as_secs_f64()
            )
        })
        .unwrap_or_default();
    println!("{nama:<44} {waktu:>12.2?} {per_detik:>12.0} rows/s  {faktor}");
}

/// The sasaran cell of indikator `i`: a name at every fifth, empty below it (as pasted tables
/// leave a merged cell).
fn sasaran_ke(i: usize) -> String {
    if i % 5 == 0 {
        format!("Sasaran nomor {}", i / 5 + 1)
    } else {
        String::new()
    }
}

/// An indicator table of `n` indikator: sasaran of five, every tenth with two sub-items.
fn tabel_indikator(n: usize) -> String {
    let mut s = String::from("No\tSasaran\tIndikator\tSatuan\tTarget\tRealisasi\n");
    for i in 0..n {
        let sasaran = sasaran_ke(i);
        let r = 60 + (i * 7) % 50;
        s.push_str(&format!(
            "{}\t{sasaran}\tPersentase layanan {i}\t%\t{},50\t{r},25\n",
            i + 1,
            80 + i % 20
        ));
    }
    s
}

/// A kode rekening budget tree of `n` lines: programs of ten kegiatan of nine sub kegiatan.
fn tabel_anggaran(n: usize) -> String {
    let mut s = String::from("Kode Rekening\tUraian\tAnggaran\tRealisasi\n");
    let (mut p, mut k, mut sub, mut lines) = (0, 0, 0, 0);
    while lines < n {
        if lines % 100 == 0 {
            p += 1;
            k = 0;
            s.push_str(&format!("7.01.{p:02}.\tProgram {p}\t\t\n"));
        } else if lines % 10 == 1 {
            k += 1;
            sub = 0;
            s.push_str(&format!("7.01.{p:02}.2.{k:02}.\tKegiatan {p}.{k}\t\t\n"));
        } else {
            sub += 1;
            let a = 1_000_000 + lines * 1_000;
            s.push_str(&format!(
                "7.01.{p:02}.2.{k:02}.{sub:02}.\tSub kegiatan {p}.{k}.{sub}\t{a}\t{}\n",
                a - 12_345
            ));
        }
        lines += 1;
    }
    s
}

/// `teks` with a 1 typed before the last cell of line `baris` (from 1): a key in a value.
fn ketik_di(teks: &str, baris: usize) -> String {
    let mut lines: Vec<String> = teks.split('\n').map(String::from).collect();
    if let Some(l) = lines.get_mut(baris - 1) {
        let j = l.rfind('\t').map_or(0, |j| j + 1);
        l.insert(j, '1');
    }
    lines.join("\n")
}

/// A quarterly monitoring table of `n` indikator (DOMAIN.md section 9): annual target, target
/// and realisasi to date per quarter, last year's realisasi and the Renstra's final target.
fn tabel_triwulan(n: usize) -> String {
    let mut s = String::from("No\tSasaran\tIndikator\tSatuan\tTarget\tTarget s.d. TW I\tTarget s.d. TW II\tTarget s.d. TW III\tTarget s.d. TW IV\tRealisasi TW I\tRealisasi TW II\tRealisasi TW III\tRealisasi TW IV\tRealisasi tahun lalu\tTarget akhir Renstra\n");
    for i in 0..n {
        let sasaran = sasaran_ke(i);
        let t = 80 + i % 20;
        let r = 10 + (i * 7) % 15;
        s.push_str(&format!(
            "{}\t{sasaran}\tPersentase layanan {i}\t%\t{t}\t{}\t{}\t{}\t{t}\t{r}\t{}\t{}\t{}\t{}\t{}\n",
            i + 1,
            t / 4,
            t / 2,
            t * 3 / 4,
            r * 2,
            r * 3,
            r * 4,
            t - 5,
            t + 10
        ));
    }
    s
}

/// The time before, to compare with, only when it took the same path (`alone`: the line read
/// alone or not). Over the paste's 100.000 lines a line is never read alone: the key's time is
/// then deciding so, and its factor over reading the line alone at 10.000 compared two kinds of
/// work (x12,3 and x12,6 printed on 2026-12-03).
fn sama_jalan(sebelum: Option<(Duration, bool)>, alone: bool) -> Option<Duration> {
    sebelum.filter(|(_, a)| *a == alone).map(|(w, _)| w)
}

/// Raw IKM answers of `n` respondents: nine answers from 1 to 4 per line.
fn jawaban_ikm(n: usize) -> String {
    let mut s = String::from("Responden\tU1\tU2\tU3\tU4\tU5\tU6\tU7\tU8\tU9\n");
    for i in 0..n {
        s.push_str(&format!("{}", i + 1));
        for u in 0..9 {
            s.push_str(&format!("\t{}", 1 + (i + u) % 4));
        }
        s.push('\n');
    }
    s
}

/// Read and compute at 1.000, 10.000 and 100.000 lines, with the growth per 10x lines.
fn per_ukuran(nama: &str, buat: impl Fn(usize) -> String, mut kerja: impl FnMut(&str)) {
    let mut sebelum = None;
    for n in [1_000, 10_000, 100_000] {
        let teks = buat(n);
        let w = ukur(|| kerja(&teks));
        cetak(&format!("{nama} {n}"), n, w, sebelum);
        sebelum = Some(w);
    }
}

fn main() {
    let k = Kebijakan::default();
    let ind = include_str!("../tests/fixtures/seed000_indikator.tsv");
    let angg = include_str!("../tests/fixtures/seed000_anggaran.tsv");
    let w = ukur(|| {
        let t = baca_tabel_indikator(ind, None);
        std::hint::black_box(hitung_kinerja(&t, &k));
    });
    cetak("indikator: seed 000 table 3.2", 5, w, None);
    let w = ukur(|| {
        let t = baca_tabel_anggaran(angg);
        std::hint::black_box(bangun_pohon(&t));
    });
    cetak("anggaran: seed 000 table 3.10", 92, w, None);

    let mut sebelum = None;
    for n in [1_000, 10_000, 100_000] {
        let teks = tabel_indikator(n);
        let w = ukur(|| {
            let t = baca_tabel_indikator(&teks, None);
            let h = hitung_kinerja(&t, &k);
            std::hint::black_box(baris_kinerja(&t, &h, &k));
            std::hint::black_box(audit_kinerja(&t, &h, &k));
        });
        cetak(
            &format!("indikator: read, compute, show {n}"),
            n,
            w,
            sebelum,
        );
        sebelum = Some(w);
    }
    tahap_indikator(&tabel_indikator(100_000), &k);
    let mut sebelum = None;
    for n in [1_000, 10_000, 100_000] {
        let teks = tabel_anggaran(n);
        let w = ukur(|| {
            let t = baca_tabel_anggaran(&teks);
            let p = bangun_pohon(&t);
            std::hint::black_box(baris_anggaran(&t, &p));
            std::hint::black_box(audit_anggaran(&t, &p));
        });
        cetak(&format!("anggaran: read, tree, show {n}"), n, w, sebelum);
        sebelum = Some(w);
    }
    tahap_anggaran(&tabel_anggaran(100_000));
    // a key in a value in the middle of the table: the one row read again into the table read
    // before (`baca_sebaris`, what a key costs the reader), against the whole reading above
    let mut sebelum = None;
    for n in [1_000, 10_000, 100_000] {
        let teks = tabel_indikator(n);
        let baru = ketik_di(&teks, n / 2 + 4);
        let lama = baca_tabel_indikator(&teks, None);
        let dibaca = baca_sebaris_indikator(&lama, &teks, &baru).is_some();
        let w = ukur(|| drop(baca_sebaris_indikator(&lama, &teks, &baru)));
        let nama = format!("indikator: a key, its row read again (alone: {dibaca}) {n}");
        cetak(&nama, n, w, sama_jalan(sebelum, dibaca));
        sebelum = Some((w, dibaca));
    }
    let mut sebelum = None;
    for n in [1_000, 10_000, 100_000] {
        let teks = tabel_anggaran(n);
        let baru = ketik_di(&teks, n / 2 + 4);
        let mut lama = baca_tabel_anggaran(&teks);
        let dibaca = baca_sebaris_anggaran(&mut lama, &teks, &baru).is_some();
        let w = ukur(|| drop(baca_sebaris_anggaran(&mut lama, &teks, &baru)));
        let nama = format!("anggaran: a key, its line read again (alone: {dibaca}) {n}");
        cetak(&nama, n, w, sama_jalan(sebelum, dibaca));
        sebelum = Some((w, dibaca));
    }
    // the same key's results: that row computed again (`hitung_ulang`) and that line's path
    // in the tree summed again (`bangun_ulang`) into the results before, against computing
    // and building whole. Two texts differing in that row take turns, so each call owns the
    // results the last one gave.
    let mut sebelum = None;
    for n in [1_000, 10_000, 100_000] {
        let teks = tabel_indikator(n);
        let ab = [
            baca_tabel_indikator(&teks, None),
            baca_tabel_indikator(&ketik_di(&teks, n / 2 + 4), None),
        ];
        let Some(i) =
            (0..ab[0].indikator.len()).find(|i| ab[0].indikator[*i] != ab[1].indikator[*i])
        else {
            continue;
        };
        let mut hasil = Some(hitung_kinerja(&ab[0], &k));
        let mut giliran = 0;
        let w = ukur(|| {
            giliran ^= 1;
            hasil = hasil.take().map(|h| hitung_ulang(h, &ab[giliran], &k, i).0);
        });
        let utuh = ukur(|| drop(hitung_kinerja(&ab[0], &k)));
        let nama = format!("indikator: a key, its row computed again (whole: {utuh:.2?}) {n}");
        cetak(&nama, n, w, sebelum);
        sebelum = Some(w);
    }
    let mut sebelum = None;
    for n in [1_000, 10_000, 100_000] {
        let teks = tabel_anggaran(n);
        let ab = [
            baca_tabel_anggaran(&teks),
            baca_tabel_anggaran(&ketik_di(&teks, n / 2 + 4)),
        ];
        let Some(i) = (0..ab[0].baris.len()).find(|i| ab[0].baris[*i] != ab[1].baris[*i]) else {
            continue;
        };
        let mut pohon = Some(bangun_pohon(&ab[0]));
        let mut giliran = 0;
        let w = ukur(|| {
            giliran ^= 1;
            pohon = pohon.take().map(|p| bangun_ulang(p, &ab[giliran], i).0);
        });
        let utuh = ukur(|| drop(bangun_pohon(&ab[0])));
        let nama =
            format!("anggaran: a key, its line's tree path summed again (whole: {utuh:.2?}) {n}");
        cetak(&nama, n, w, sebelum);
        sebelum = Some(w);
    }
    // the other pages of the app, at the same sizes
    per_ukuran("triwulan: read, compute, show", tabel_triwulan, |teks| {
        let t = baca_tabel_indikator(teks, None);
        let h = hitung_kinerja(&t, &k);
        std::hint::black_box(baris_kinerja(&t, &h, &k));
        std::hint::black_box(triwulan_laporan(&t, &h, &k));
    });
    let teks = tabel_triwulan(100_000);
    cetak(
        "  stage: read",
        100_000,
        ukur(|| drop(baca_tabel_indikator(&teks, None))),
        None,
    );
    let t = baca_tabel_indikator(&teks, None);
    cetak(
        "  stage: compute",
        100_000,
        ukur(|| drop(hitung_kinerja(&t, &k))),
        None,
    );
    let h = hitung_kinerja(&t, &k);
    cetak(
        "  stage: display model",
        100_000,
        ukur(|| drop(baris_kinerja(&t, &h, &k))),
        None,
    );
    cetak(
        "  stage: quarterly report",
        100_000,
        ukur(|| drop(triwulan_laporan(&t, &h, &k))),
        None,
    );
    cetak(
        "  report sentences, 100000 indikator",
        100_000,
        ukur(|| {
            for (i, c) in t.indikator.iter().zip(&h.capaian) {
                std::hint::black_box(kalimat_indikator(i, c, &k));
            }
        }),
        None,
    );
    cetak(
        "  comparisons (last year, Renstra), 100000",
        100_000,
        ukur(|| drop(baris_perbandingan(&t.indikator, &k))),
        None,
    );
    per_ukuran("ikm: raw answers, respondents", jawaban_ikm, |teks| {
        std::hint::black_box(hitung_ikm(teks, k.bobot_ikm.nilai()));
    });
    // tables copied from a PDF: one space between cells and words alike, and one cell a line
    // with the merged Sasaran cells left out (folded by the running numbers); the second only
    // to 10.000 rows, as 100.000 rows are 550.000 lines, past the paste's limit
    per_ukuran(
        "pdf, one space: read indikator",
        |n| salinan_pdf(&tabel_indikator(n), " "),
        |teks| drop(baca_tabel_indikator(teks, None)),
    );
    // a CSV file (a decimal comma quoted), and the same rows typed with a comma and a space
    per_ukuran(
        "csv: read indikator",
        |n| {
            let tsv = tabel_indikator(n);
            let baris = tsv.lines().map(|l| {
                let sel = l.split('\t').map(|c| {
                    if c.contains(',') {
                        format!("\"{c}\"")
                    } else {
                        c.to_string()
                    }
                });
                sel.collect::<Vec<_>>().join(",")
            });
            baris.collect::<Vec<_>>().join("\n")
        },
        |teks| drop(baca_tabel_indikator(teks, None)),
    );
    per_ukuran(
        "typed, comma-space: read indikator",
        |n| tabel_indikator(n).replace('\t', ", "),
        |teks| drop(baca_tabel_indikator(teks, None)),
    );
    // one line of 8 MB, words and numbers parted by a space or a comma and a space (a
    // document pasted by mistake): read to a row and its messages, never looked at word by
    // word as a header
    for (nama, pemisah) in [
        ("one line of 8 MB, spaces", " "),
        ("one line of 8 MB, commas", ", "),
    ] {
        let kata = [
            "Indeks",
            "80",
            "82,5",
            "pelayanan",
            "1.500.000",
            "Target",
            "x",
        ];
        let mut teks = String::new();
        for w in kata.iter().cycle() {
            if teks.len() >= 8 * 1024 * 1024 {
                break;
            }
            teks.push_str(w);
            teks.push_str(pemisah);
        }
        let w = ukur(|| drop(baca_tabel_indikator(&teks, None)));
        cetak(&format!("{nama}: read indikator"), 1, w, None);
    }
    // a whole report pasted into each box (seed 002's, repeated to the lines): the search for
    // each box's table, the tables between its parts left out
    per_ukuran(
        "whole report (seed 002 repeated): read in every box",
        |n| {
            let laporan = include_str!("../tests/fixtures/laporan/seed002_laporan.txt");
            laporan
                .lines()
                .cycle()
                .take(n)
                .collect::<Vec<_>>()
                .join("\n")
        },
        |teks| {
            std::hint::black_box(baca_tabel_indikator(teks, None));
            std::hint::black_box(baca_tabel_anggaran(teks));
            std::hint::black_box(hitung_ikm(teks, k.bobot_ikm.nilai()));
            std::hint::black_box(hitung_perkembangan(teks, MetodePertumbuhan::default()));
        },
    );
    // typed with one space and no header: each line its text and values
    per_ukuran(
        "typed, one space: read indikator",
        |n| {
            let pdf = salinan_pdf(&tabel_indikator(n), " ");
            pdf.split_once('\n')
                .map_or(pdf.clone(), |(_, data)| data.to_string())
        },
        |teks| drop(baca_tabel_indikator(teks, None)),
    );
    let mut sebelum = None;
    for n in [1_000, 10_000] {
        let teks = salinan_pdf(&tabel_indikator(n), "\n");
        let w = ukur(|| drop(baca_tabel_indikator(&teks, None)));
        cetak(
            &format!("pdf, a cell a line: read indikator {n}"),
            n,
            w,
            sebelum,
        );
        sebelum = Some(w);
    }
    // what opening a saved project, a file or a share link reads before anything is computed
    per_ukuran(
        "project file: read, both tables of",
        berkas_proyek,
        |json| {
            std::hint::black_box(proyek_dari_json(json).is_ok());
        },
    );
}

/// A project file (as the page writes it, pretty JSON) holding an indicator and a budget table
/// of `n` lines each.
fn berkas_proyek(n: usize) -> String {
    let mut p = Proyek::kosong();
    p.indikator = tabel_indikator(n);
    p.anggaran = tabel_anggaran(n);
    serde_json::to_string_pretty(&p).unwrap_or_default()
}

/// Each stage of the 100.000-line indicator paste alone, to show where time goes.
fn tahap_indikator(teks: &str, k: &Kebijakan) {
    let n = 100_000;
    let t = baca_tabel_indikator(teks, None);
    cetak(
        "  stage: read",
        n,
        ukur(|| drop(baca_tabel_indikator(teks, None))),
        None,
    );
    let h = hitung_kinerja(&t, k);
    cetak(
        "  stage: compute",
        n,
        ukur(|| drop(hitung_kinerja(&t, k))),
        None,
    );
    cetak(
        "  stage: display model",
        n,
        ukur(|| drop(baris_kinerja(&t, &h, k))),
        None,
    );
    cetak(
        "  stage: audit",
        n,
        ukur(|| drop(audit_kinerja(&t, &h, k))),
        None,
    );
}

/// Each stage of the 100.000-line budget paste alone.
fn tahap_anggaran(teks: &str) {
    let n = 100_000;
    let t = baca_tabel_anggaran(teks);
    cetak(
        "  stage: read",
        n,
        ukur(|| drop(baca_tabel_anggaran(teks))),
        None,
    );
    let p = bangun_pohon(&t);
    cetak("  stage: tree", n, ukur(|| drop(bangun_pohon(&t))), None);
    cetak(
        "  stage: display model",
        n,
        ukur(|| drop(baris_anggaran(&t, &p))),
        None,
    );
    cetak(
        "  stage: audit",
        n,
        ukur(|| drop(audit_anggaran(&t, &p))),
        None,
    );
}
