//! One dropdown per column to correct the roles the reader gave (or guessed); the choice is
//! remembered while the paste's first line stays the same.

use crate::core::kinerja::indikator::TabelIndikator;
use crate::core::teks::kolom::{peran_lain, Kolom, PILIHAN};
use crate::core::teks::sunting::{sidik, Pemetaan};
use crate::view::terbuka::SatuTerbuka;
use leptos::prelude::*;

/// One dropdown per pasted column, to say what it holds. Open by itself when no header was
/// recognised; the choice is remembered for this paste.
#[component]
pub fn PeranKolom(
    /// The parsed table (its detected or chosen roles).
    #[prop(into)]
    tabel: Signal<TabelIndikator>,
    /// The pasted text the roles belong to.
    teks: RwSignal<String>,
    /// The person's choice.
    pemetaan: RwSignal<Pemetaan>,
) -> impl IntoView {
    let pilih = move |j: usize, k: Kolom| {
        let mut kolom = tabel.with_untracked(|t| t.kolom.clone());
        if kolom.len() <= j {
            kolom.resize(j + 1, Kolom::Abaikan);
        }
        kolom[j] = k;
        pemetaan.set(Pemetaan {
            sidik: sidik(&teks.get_untracked()),
            kolom,
        });
    };
    // the columns, their headings and the roles each offers beyond the list, apart from the
    // rows: typing in a cell does not rebuild the dropdowns (a memo notifies only when its value
    // changes), and reaching a select does not read the headings again
    let daftar = Memo::new(move |_| {
        tabel.with(|t| {
            t.kolom
                .iter()
                .copied()
                .enumerate()
                .map(|(j, k)| {
                    let judul = t.judul.get(j).cloned().unwrap_or_default();
                    let lain = peran_lain(k, &judul);
                    (j, k, judul, lain)
                })
                .collect::<Vec<_>>()
        })
    });
    // the column whose select was last reached: only it lists every role (view/terbuka.rs)
    let terbuka = SatuTerbuka::<usize>::default();
    // open while the header is not read; a memo, so that a role chosen (a new table, the same
    // answer) does not close the panel under the person choosing, and their focus with it
    let dikenali = Memo::new(move |_| tabel.with(|t| t.judul_dikenali));
    view! {
        <Show when=move || tabel.with(|t| !t.kolom.is_empty())>
            <details class="peran-kolom" prop:open=move || !dikenali.get()>
                <summary>
                    {move || {
                        if dikenali.get() {
                            "Peran kolom (dikenali dari judul tabel; dapat diubah)"
                        } else {
                            "Judul tabel tidak dikenali: pilih isi setiap kolom"
                        }
                    }}
                </summary>
                <div class="daftar-peran" data-testid="peran-kolom">
                    {move || {
                        let dibuka = terbuka.kunci();
                        daftar
                            .get()
                            .into_iter()
                            .map(|(j, k, judul, lain)| {
                                let nama = if judul.is_empty() { format!("Kolom {}", j + 1) } else { judul };
                                let semua = dibuka == Some(j);
                                view! {
                                    <label>
                                        <span>{nama}</span>
                                        <select on:pointerdown=move |_| terbuka.buka(j) on:focus=move |_| terbuka.buka(j)
                                            on:change=move |ev| pilih(j, Kolom::dari_kunci(&event_target_value(&ev)))>
                                            {PILIHAN
                                                .iter()
                                                .filter(|(p, _)| semua || *p == k)
                                                .map(|(p, label)| view! { <option value=p.kunci() prop:selected=*p == k>{*label}</option> })
                                                .collect_view()}
                                            {lain
                                                .into_iter()
                                                .filter(|p| semua || *p == k)
                                                .map(|p| view! { <option value=p.kunci() prop:selected=p == k>{p.label()}</option> })
                                                .collect_view()}
                                        </select>
                                    </label>
                                }
                            })
                            .collect_view()
                    }}
                </div>
            </details>
        </Show>
    }
}
