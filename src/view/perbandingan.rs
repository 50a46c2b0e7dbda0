//! Comparisons over time, one renderer for the page and the printed report.

use crate::core::kebijakan::Kebijakan;
use crate::core::kinerja::perbandingan::{BarisPerbandingan, Rasio};
use crate::view::gulir::Gulir;
use crate::view::jendela::{daftar_berkunci, kunci, nanti, tampil_awal, TombolLagi};
use leptos::prelude::*;

/// A ratio cell: its value as shown, its formula as the title (and below it when asked).
fn sel_rasio(r: Option<Rasio>, teks: String, col: &'static str, rumus: bool) -> impl IntoView {
    let title = r.map(|r| r.rumus).unwrap_or_default();
    let tampil_rumus = (rumus && !title.is_empty())
        .then(|| view! { <small class="rumus">{title.clone()}</small> });
    view! {
        <td data-col=col class="angka" title=title>
            {teks}
            {tampil_rumus}
        </td>
    }
}

/// A row of the table as the keyed list sees it: a comparison with its three ratios as shown,
/// or the row that offers more.
#[derive(Clone, Hash)]
enum Isi {
    Baris(BarisPerbandingan, [String; 3], bool),
    Lagi(usize, usize),
}

/// One comparison row.
fn baris_perbandingan(
    b: BarisPerbandingan,
    [lalu, akhir, kumulatif]: [String; 3],
    rumus: bool,
) -> AnyView {
    view! {
        <tr data-row="perbandingan">
            <td data-col="indikator" class="teks">{b.nama}</td>
            <td data-col="realisasi-lalu" class="angka">{b.realisasi_lalu.unwrap_or_else(|| "-".into())}</td>
            <td data-col="realisasi" class="angka">{b.realisasi}</td>
            {sel_rasio(b.terhadap_lalu, lalu, "terhadap-lalu", rumus)}
            <td data-col="selisih" class="angka">{b.selisih.unwrap_or_else(|| "-".into())}</td>
            <td data-col="target-akhir" class="angka">{b.target_akhir.unwrap_or_else(|| "-".into())}</td>
            {sel_rasio(b.terhadap_akhir, akhir, "terhadap-akhir", rumus)}
            {sel_rasio(b.kumulatif, kumulatif, "kumulatif", rumus)}
        </tr>
    }
    .into_any()
}

/// Comparisons over time: against last year, the Renstra end target and cumulative plan
/// years. Shown only when the pasted table has such columns; on a phone a card per indikator.
/// On the page a large table shows
/// a window of rows, more on request, and an edit rebuilds only the rows that changed (all
/// rows rebuilt took 250 ms a key at 500 rows); the printed report shows every row.
#[component]
pub fn Perbandingan(
    /// Rows from the core.
    #[prop(into)]
    baris: Signal<Vec<BarisPerbandingan>>,
    /// The policies in force.
    #[prop(into)]
    kebijakan: Signal<Kebijakan>,
    /// Show formulas under numbers.
    #[prop(into)]
    tampilkan_rumus: Signal<bool>,
    /// `data-testid` of the table (`perbandingan` on the page, `laporan-perbandingan` in the
    /// report).
    testid: &'static str,
    /// The heading above it.
    judul: &'static str,
    /// Every row, not a window (the printed report).
    #[prop(optional)]
    semua: bool,
) -> impl IntoView {
    let tampil = tampil_awal(semua);
    let isi = move || {
        let k = kebijakan.get();
        let rumus = tampilkan_rumus.get();
        let batas = tampil.get();
        baris.with(|b| {
            let tampil_rasio =
                |r: &Option<Rasio>| r.as_ref().map_or_else(|| "-".to_string(), |r| r.tampil(&k));
            let mut out: Vec<Isi> = b
                .iter()
                .take(batas)
                .map(|r| {
                    let teks =
                        [&r.terhadap_lalu, &r.terhadap_akhir, &r.kumulatif].map(tampil_rasio);
                    Isi::Baris(r.clone(), teks, rumus)
                })
                .collect();
            if b.len() > batas {
                out.push(Isi::Lagi(b.len(), batas));
            }
            out.into_iter().map(|i| (kunci(&i), i)).collect::<Vec<_>>()
        })
    };
    let tampilkan = move |(_, i): (u64, Isi)| match i {
        Isi::Baris(b, teks, rumus) => baris_perbandingan(b, teks, rumus),
        Isi::Lagi(jumlah, _) => {
            view! { <TombolLagi tampil=tampil jumlah=jumlah lebar=8 /> }.into_any()
        }
    };
    view! {
        <Show when=move || baris.with(|b| !b.is_empty())>
            <h3>{judul}</h3>
            <Gulir label=judul>
                <table class=if semua { "hasil blok ukur" } else { "hasil blok ukur kartu" } data-testid=testid>
                    <thead>
                        <tr>
                            <th>"Indikator"</th>
                            <th>"Realisasi tahun lalu"</th>
                            <th>"Realisasi"</th>
                            <th>"Capaian thd tahun lalu (%)"</th>
                            <th>"Selisih"</th>
                            <th>"Target akhir Renstra"</th>
                            <th>"Capaian thd target akhir (%)"</th>
                            <th>"Kumulatif Renstra (%)"</th>
                        </tr>
                    </thead>
                    <tbody>{daftar_berkunci(Box::new(move || isi().into_iter().map(|x| (x.0, nanti(move || tampilkan(x)))).collect()))}</tbody>
                </table>
            </Gulir>
        </Show>
    }
}
