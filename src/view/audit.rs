//! The audit list: every stated figure that differs from the recomputed one, with both
//! values, the formula and the row. Used on the page and in the report.

use crate::core::laporan::audit::Temuan;
use crate::view::gulir::Gulir;
use crate::view::jendela::{daftar_berkunci, jendela_berkunci, tampil_awal};
use leptos::prelude::*;

/// The findings of the audit: each stated figure that differs from the recomputed one, with
/// both values, the formula and the row. On the page a long list shows its first [`JENDELA`](crate::view::jendela::JENDELA)
/// findings, more on request, as a card per finding on a phone; the report shows every one,
/// in its table.
#[component]
pub fn DaftarTemuan(
    /// Findings, table by table.
    #[prop(into)]
    temuan: Signal<Vec<Temuan>>,
    /// `data-testid` of the table.
    testid: &'static str,
    /// Every finding, not a window (the printed report).
    #[prop(optional)]
    semua: bool,
) -> impl IntoView {
    let tampil = tampil_awal(semua);
    // the table is built once it has findings; a change of findings redraws only its rows
    let kosong = Memo::new(move |_| temuan.with(Vec::is_empty));
    // a keyed list: a finding that stays keeps its row as it is (rebuilt in place, every
    // attribute of every row was set again: 400 DOM changes for 32 findings)
    let baris = move || temuan.with(|semua| jendela_berkunci(tampil, semua, 6, baris_temuan));
    view! {
        <Show
            when=move || !kosong.get()
            fallback=move || view! { <p class="catatan" data-testid=testid>"Tidak ada angka tertulis yang berbeda dari hasil hitung ulang."</p> }
        >
            <Gulir label=if semua { "Temuan audit dalam laporan" } else { "Temuan audit" }>
                <table class=if semua { "hasil audit" } else { "hasil audit kartu" } data-testid=testid>
                    <thead>
                        <tr><th>"Tabel"</th><th>"Baris"</th><th>"Uraian"</th><th>"Tertulis"</th><th>"Dihitung ulang"</th><th>"Rumus / keterangan"</th></tr>
                    </thead>
                    <tbody>{daftar_berkunci(Box::new(baris))}
                    </tbody>
                </table>
            </Gulir>
        </Show>
    }
}

/// One finding.
fn baris_temuan(t: Temuan) -> impl IntoView {
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
}
