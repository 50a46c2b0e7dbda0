//! Messages about a pasted table: each unreadable cell named by row, column and text.

use crate::core::teks::pesan::{Pesan, Tingkat};
use crate::view::jendela::{LagiDaftar, JENDELA};
use leptos::prelude::*;

/// Messages about cells that could not be read (or were read despite a typo). A long list
/// (a column of 20.000 unreadable cells) shows its first [`JENDELA`] messages, more on request.
#[component]
pub fn DaftarPesan(
    /// Messages to list, in table order.
    #[prop(into)]
    pesan: Signal<Vec<Pesan>>,
    /// `data-testid` of the list.
    testid: &'static str,
) -> impl IntoView {
    let tampil = RwSignal::new(JENDELA);
    view! {
        <Show when=move || pesan.with(|p| !p.is_empty())>
            <ul class="pesan" data-testid=testid>
                {move || {
                    let batas = tampil.get();
                    pesan.with(|semua| {
                        let lagi = (semua.len() > batas)
                            .then(|| view! { <LagiDaftar tampil=tampil jumlah=semua.len() /> });
                        let daftar = semua
                            .iter()
                            .take(batas)
                            .map(|p| {
                                let cls = match p.tingkat {
                                    Tingkat::Galat => "galat",
                                    Tingkat::Peringatan => "peringatan",
                                    Tingkat::Info => "info",
                                };
                                view! { <li class=cls>{p.kalimat()}</li> }
                            })
                            .collect_view();
                        (daftar, lagi)
                    })
                }}
            </ul>
        </Show>
    }
}
