//! Part A of the report: per sasaran a table of its indikator with the sasaran capaian and
//! the sentences; the instansi capaian; the chart; the comparisons over time. Values come
//! from the same display model as the page's results table.

use crate::core::kebijakan::Kebijakan;
use crate::core::kinerja::indikator::TabelIndikator;
use crate::core::kinerja::sasaran::HasilKinerja;
use crate::core::kinerja::triwulan::NAMA_TW;
use crate::core::laporan::kalimat::{
    kalimat_indikator, kalimat_instansi, kalimat_sasaran, kalimat_triwulan,
};
use crate::core::laporan::kinerja::{
    triwulan_laporan, BarisIndikator, BarisKinerja, BarisSasaran, TriwulanSasaran,
};
use crate::view::grafik::GrafikBatang;
use crate::view::gulir::Gulir;
use crate::view::jendela::{berkunci, daftar_berkunci};
use crate::view::keadaan::Keadaan;
use crate::view::perbandingan::Perbandingan;
use leptos::prelude::*;

/// `f` of the indicator table, its results and the policies, read tracked: what every part of
/// the report follows.
fn dengan_hasil<R>(
    s: Keadaan,
    f: impl FnOnce(&TabelIndikator, &HasilKinerja, &Kebijakan) -> R,
) -> R {
    let k = s.kebijakan.get();
    s.tabel.with(|t| s.hasil.with(|h| f(t, h, &k)))
}

/// The display rows grouped per sasaran (indikator rows, then the sasaran's summary).
fn per_sasaran(rows: Vec<BarisKinerja>) -> Vec<(Vec<BarisIndikator>, BarisSasaran)> {
    let mut out = Vec::new();
    let mut isi = Vec::new();
    for r in rows {
        match r {
            BarisKinerja::Indikator(b) => isi.push(b),
            BarisKinerja::Sasaran(s) => out.push((std::mem::take(&mut isi), s)),
        }
    }
    out
}

/// One sasaran: its table and sentences.
fn blok_sasaran((n, rows, ringkas, kalimat, kalimat_s, rumus): IsiBlok) -> impl IntoView {
    let baris = rows.into_iter().enumerate().map(|(no, b)| view! {
        <tr data-row="laporan-indikator" class=if b.sub { "sub" } else { "" }>
            <td>{no + 1}</td>
            <td class="teks" data-col="indikator">{b.nama}</td>
            <td data-col="satuan">{b.satuan}</td>
            <td class="angka" data-col="target">{b.target}</td>
            <td class="angka" data-col="realisasi">{b.realisasi}</td>
            <td class="angka" data-col="capaian">{b.capaian}{rumus.then(|| view! { <small class="rumus">{b.rumus}</small> })}</td>
            <td data-col="predikat">{b.predikat}</td>
        </tr>
    }).collect_view();
    let judul = format!("Sasaran {}: {}", n + 1, ringkas.nama);
    view! {
        <div class="blok">
            <h4>{judul.clone()}</h4>
            <Gulir label=judul>
            <table class="hasil">
                <thead><tr><th>"No"</th><th>"Indikator Kinerja"</th><th>"Satuan"</th><th>"Target"</th><th>"Realisasi"</th><th>"Capaian (%)"</th><th>"Predikat"</th></tr></thead>
                <tbody>
                    {baris}
                    <tr class="ringkas" data-row="laporan-sasaran">
                        <td colspan="5" class="teks">"Capaian sasaran"</td>
                        <td class="angka" data-col="capaian">{ringkas.capaian}</td>
                        <td data-col="predikat">{ringkas.predikat}</td>
                    </tr>
                </tbody>
            </table>
            </Gulir>
        </div>
        <ul class="kalimat">{kalimat.into_iter().map(|k| view! { <li data-testid="kalimat-indikator">{k}</li> }).collect_view()}</ul>
        <p class="kalimat" data-testid="kalimat-sasaran">{kalimat_s}</p>
    }
}

/// A sasaran block with everything it shows, the keyed list's item: one block's key changes
/// only when something in it does, so an edit redraws that block alone.
type IsiBlok = (
    usize,
    Vec<BarisIndikator>,
    BarisSasaran,
    Vec<String>,
    String,
    bool,
);

/// Part A of the report. Its sasaran blocks and the chart's bars are keyed lists, and the
/// rest are small pieces of their own: rebuilt whole, the report set every attribute of
/// every element again at each change (500 indikator: 44.000 DOM changes, and the page held
/// 167-250 ms once typing paused; now 17-33 ms, `BENCH_HANYA=laporan`; one frame with the
/// report's `content-visibility` in `style.css`).
#[component]
pub fn LaporanKinerja() -> impl IntoView {
    let s = expect_context::<Keadaan>();
    let kosong = move || s.tabel.with(|t| t.indikator.is_empty());
    let blok = move || {
        if kosong() {
            return Vec::new();
        }
        let rumus = s.tampilkan_rumus.get();
        let (rows, _) = s.model_kinerja.get();
        dengan_hasil(s, |t, h, k| {
            per_sasaran(rows)
                .into_iter()
                .zip(&h.sasaran)
                .enumerate()
                .map(|(n, ((rows, ringkas), hs))| {
                    let kalimat = hs
                        .indikator
                        .iter()
                        .map(|&j| kalimat_indikator(&t.indikator[j], &h.capaian[j], k))
                        .collect();
                    let isi: IsiBlok = (n, rows, ringkas, kalimat, kalimat_sasaran(hs, k), rumus);
                    berkunci(isi, blok_sasaran)
                })
                .collect()
        })
    };
    let instansi = move || {
        let k = s.kebijakan.get();
        let nama = s.kepala.with(|x| x.instansi.clone());
        s.hasil.with(|h| {
            view! {
                <p class="kalimat" data-testid="kalimat-instansi">
                    <strong>{format!("Capaian kinerja instansi: {}% ({})", h.instansi.tampil(&k), h.instansi.predikat(&k))}</strong>
                    " "
                    {kalimat_instansi(&nama, &h.instansi, &k)}
                </p>
            }
        })
    };
    let data = Memo::new(move |_| {
        dengan_hasil(s, |t, h, k| {
            t.indikator
                .iter()
                .zip(&h.capaian)
                .filter(|(i, _)| i.induk.is_none())
                .map(|(i, c)| (i.nama.clone(), c.dibatasi(k)))
                .collect::<Vec<_>>()
        })
    });
    view! {
        <h3>"1. Pengukuran Kinerja"</h3>
        <Show when=move || !kosong() fallback=|| view! { <p class="catatan">"Tabel indikator belum diisi."</p> }>
            {daftar_berkunci(Box::new(blok))}
            {instansi}
            <figure class="blok">
                <GrafikBatang data=data judul="Capaian kinerja per indikator (%)".to_string() testid="grafik-capaian" />
                <figcaption>"Grafik capaian kinerja per indikator; garis putus-putus = 100%."</figcaption>
            </figure>
        </Show>
        <LaporanTriwulan />
        <Perbandingan baris=s.perbandingan kebijakan=s.kebijakan tampilkan_rumus=s.tampilkan_rumus testid="laporan-perbandingan" judul="2. Perbandingan dengan tahun lalu dan target Renstra" semua=true />
    }
}

/// One sasaran of the quarterly part: its table and its chart.
fn blok_triwulan((_, b): (usize, TriwulanSasaran)) -> impl IntoView {
    let baris = b
        .indikator
        .into_iter()
        .map(|(nama, sifat, sd)| {
            view! {
                <tr data-row="laporan-triwulan">
                    <td class="teks">{nama}</td>
                    <td>{sifat}</td>
                    {sd.into_iter().map(|v| view! { <td class="angka">{v}</td> }).collect_view()}
                </tr>
            }
        })
        .collect_view();
    let data: Vec<_> = NAMA_TW
        .iter()
        .zip(b.rata_rata)
        .map(|(n, v)| (n.to_string(), v))
        .collect();
    view! {
        <div class="blok">
            <h4>{format!("Sasaran: {}", b.nama)}</h4>
            <Gulir label=format!("Capaian per triwulan, sasaran {}", b.nama)>
            <table class="hasil" data-testid="laporan-triwulan">
                <thead><tr><th>"Indikator"</th><th>"Sifat"</th><th>"s.d. TW I (%)"</th><th>"s.d. TW II (%)"</th><th>"s.d. TW III (%)"</th><th>"s.d. TW IV (%)"</th></tr></thead>
                <tbody>{baris}</tbody>
            </table>
            </Gulir>
            <figure class="blok">
                <GrafikBatang data=data judul="Rata-rata capaian s.d. triwulan (%)".to_string() testid="grafik-triwulan" />
                <figcaption>"Rata-rata capaian sasaran sampai dengan tiap triwulan; garis putus-putus = target 100%."</figcaption>
            </figure>
        </div>
    }
}

/// "Capaian per triwulan": per sasaran a table of capaian to date at each quarter with each
/// indikator's sifat, a chart of the sasaran's mean per quarter against the 100% line, and
/// the sentences. Shown when the indicator table has quarterly columns. The blocks and the
/// sentences are keyed lists, as in [`LaporanKinerja`].
#[component]
fn LaporanTriwulan() -> impl IntoView {
    let s = expect_context::<Keadaan>();
    let bagian = Memo::new(move |_| dengan_hasil(s, triwulan_laporan));
    let blok = move || {
        bagian
            .get()
            .into_iter()
            .enumerate()
            .map(|b| berkunci(b, blok_triwulan))
            .collect()
    };
    let kalimat = move || {
        dengan_hasil(s, |t, h, k| {
            t.indikator
                .iter()
                .zip(&h.triwulan)
                .filter_map(|(i, c)| kalimat_triwulan(i, c.as_ref()?, k))
                .enumerate()
                .map(|k| {
                    berkunci(
                        k,
                        |(_, k)| view! { <li data-testid="kalimat-triwulan">{k}</li> },
                    )
                })
                .collect()
        })
    };
    view! {
        <Show when=move || bagian.with(|b| !b.is_empty())>
            <h3>"Capaian per triwulan"</h3>
            {daftar_berkunci(Box::new(blok))}
            <ul class="kalimat">{daftar_berkunci(Box::new(kalimat))}</ul>
        </Show>
    }
}
