//! The audit list: every stated figure that differs from the recomputed one, with both
//! values, the formula and the row. Used on the page and in the report.

use crate::core::laporan::audit::Temuan;
use crate::view::gulir::Gulir;
use leptos::prelude::*;

/// The findings of the audit: each stated figure that differs from the recomputed one, with
/// both values, the formula and the row.
#[component]
pub fn DaftarTemuan(
    /// Findings, table by table.
    #[prop(into)]
    temuan: Signal<Vec<Temuan>>,
    /// `data-testid` of the table.
    testid: &'static str,
) -> impl IntoView {
    view! {
        {move || {
            if temuan.with(Vec::is_empty) {
                return view! { <p class="catatan" data-testid=testid>"Tidak ada angka tertulis yang berbeda dari hasil hitung ulang."</p> }.into_any();
            }
            view! {
                <Gulir label="Temuan audit">
                    <table class="hasil audit" data-testid=testid>
                        <thead>
                            <tr><th>"Tabel"</th><th>"Baris"</th><th>"Uraian"</th><th>"Tertulis"</th><th>"Dihitung ulang"</th><th>"Rumus / keterangan"</th></tr>
                        </thead>
                        <tbody>
                            {temuan.get().into_iter().map(|t| {
                                let cls = if t.saran { "saran" } else { "" };
                                view! {
                                    <tr data-row="temuan" class=cls>
                                        <td data-col="tabel">{t.tabel}</td>
                                        <td data-col="baris" class="angka">{if t.baris == 0 { "-".to_string() } else { t.baris.to_string() }}</td>
                                        <td data-col="uraian" class="teks">{t.uraian}</td>
                                        <td data-col="tertulis" class="angka">{t.tertulis}</td>
                                        <td data-col="dihitung" class="angka">{t.dihitung}</td>
                                        <td data-col="rumus" class="rumus-sel">{t.rumus}</td>
                                    </tr>
                                }
                            }).collect_view()}
                        </tbody>
                    </table>
                </Gulir>
            }
            .into_any()
        }}
    }
}
