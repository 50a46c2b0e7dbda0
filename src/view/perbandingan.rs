//! Comparisons over time, one renderer for the page and the printed report.

use crate::core::kebijakan::Kebijakan;
use crate::core::kinerja::perbandingan::{BarisPerbandingan, Rasio};
use crate::view::gulir::Gulir;
use leptos::prelude::*;

fn sel_rasio(r: Option<Rasio>, k: &Kebijakan, col: &'static str, rumus: bool) -> impl IntoView {
    let (teks, title) = match r {
        Some(r) => (r.tampil(k), r.rumus),
        None => ("-".to_string(), String::new()),
    };
    let tampil_rumus = (rumus && !title.is_empty())
        .then(|| view! { <small class="rumus">{title.clone()}</small> });
    view! {
        <td data-col=col class="angka" title=title>
            {teks}
            {tampil_rumus}
        </td>
    }
}

/// Comparisons over time: against last year, the Renstra end target and cumulative plan
/// years. Shown only when the pasted table has such columns.
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
) -> impl IntoView {
    view! {
        <Show when=move || baris.with(|b| !b.is_empty())>
            <h3>{judul}</h3>
            <Gulir label="Perbandingan">
                <table class="hasil blok" data-testid=testid>
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
                    <tbody>
                        {move || {
                            let k = kebijakan.get();
                            let rumus = tampilkan_rumus.get();
                            baris
                                .get()
                                .into_iter()
                                .map(|b| {
                                    view! {
                                        <tr data-row="perbandingan">
                                            <td data-col="indikator" class="teks">{b.nama}</td>
                                            <td data-col="realisasi-lalu" class="angka">{b.realisasi_lalu.unwrap_or_else(|| "-".into())}</td>
                                            <td data-col="realisasi" class="angka">{b.realisasi}</td>
                                            {sel_rasio(b.terhadap_lalu, &k, "terhadap-lalu", rumus)}
                                            <td data-col="selisih" class="angka">{b.selisih.unwrap_or_else(|| "-".into())}</td>
                                            <td data-col="target-akhir" class="angka">{b.target_akhir.unwrap_or_else(|| "-".into())}</td>
                                            {sel_rasio(b.terhadap_akhir, &k, "terhadap-akhir", rumus)}
                                            {sel_rasio(b.kumulatif, &k, "kumulatif", rumus)}
                                        </tr>
                                    }
                                })
                                .collect_view()
                        }}
                    </tbody>
                </table>
            </Gulir>
        </Show>
    }
}
