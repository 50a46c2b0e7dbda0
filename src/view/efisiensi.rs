//! Performance beside budget per linked sasaran: capaian, anggaran, realisasi, serapan and
//! efficiency with its formula. One renderer for the page and the printed report.

use crate::core::anggaran::efisiensi::EfisiensiSasaran;
use crate::core::teks::tampil::{id_desimal, rupiah};
use crate::view::gulir::Gulir;
use leptos::prelude::*;

/// The efficiency table, when any budget row is linked to a sasaran.
#[component]
pub fn TabelEfisiensi(
    /// Efficiency per linked sasaran.
    #[prop(into)]
    efisiensi: Signal<Vec<EfisiensiSasaran>>,
    /// `data-testid` of the table (`efisiensi` on the page, `laporan-efisiensi` in the report).
    testid: &'static str,
    /// The heading above it.
    judul: &'static str,
    /// A card per sasaran on a phone (the page); the printed report keeps its table.
    #[prop(optional)]
    kartu: bool,
) -> impl IntoView {
    let baris = move || {
        efisiensi.get().into_iter().map(|e| {
            let na = || "n/a".to_string();
            let cap = e.capaian.map(|c| id_desimal(c, 2)).unwrap_or_else(na);
            let serapan = e.anggaran.serapan().map(|s| id_desimal(s, 2)).unwrap_or_else(na);
            let (ef, rumus) = e
                .efisiensi
                .map(|(v, r)| (id_desimal(v, 2), r))
                .unwrap_or_else(|alasan| (na(), alasan.into()));
            let title = rumus.clone();
            view! {
                <tr data-row="efisiensi">
                    <td class="teks" data-col="sasaran">{e.sasaran}</td>
                    <td class="angka" data-col="capaian">{cap}</td>
                    <td class="angka" data-col="anggaran">{rupiah(e.anggaran.anggaran)}</td>
                    <td class="angka" data-col="realisasi">{rupiah(e.anggaran.realisasi)}</td>
                    <td class="angka" data-col="serapan">{serapan}</td>
                    <td class="angka" data-col="efisiensi" title=title>{ef}<small class="rumus">{rumus}</small></td>
                </tr>
            }
        }).collect_view()
    };
    view! {
        <Show when=move || efisiensi.with(|e| !e.is_empty())>
            <h3>{judul}</h3>
            <p class="catatan">"Efisiensi = capaian kinerja / serapan anggaran; di atas 1 berarti hasil lebih besar per rupiah yang dibelanjakan."</p>
            <Gulir label=judul>
                <table class=if kartu { "hasil blok kartu" } else { "hasil blok" } data-testid=testid>
                    <thead><tr><th>"Sasaran"</th><th>"Capaian kinerja (%)"</th><th>"Anggaran (Rp)"</th><th>"Realisasi (Rp)"</th><th>"Serapan (%)"</th><th>"Efisiensi"</th></tr></thead>
                    <tbody>{baris}</tbody>
                </table>
            </Gulir>
        </Show>
    }
}
