//! Messages about a pasted table: each unreadable cell named by row, column and text.

use crate::core::teks::pesan::{Pesan, Tingkat};
use leptos::prelude::*;

/// Messages about cells that could not be read (or were read despite a typo).
#[component]
pub fn DaftarPesan(
    /// Messages to list, in table order.
    #[prop(into)]
    pesan: Signal<Vec<Pesan>>,
    /// `data-testid` of the list.
    testid: &'static str,
) -> impl IntoView {
    view! {
        <Show when=move || pesan.with(|p| !p.is_empty())>
            <ul class="pesan" data-testid=testid>
                {move || {
                    pesan
                        .get()
                        .into_iter()
                        .map(|p| {
                            let cls = match p.tingkat {
                                Tingkat::Galat => "galat",
                                Tingkat::Peringatan => "peringatan",
                                Tingkat::Info => "info",
                            };
                            view! { <li class=cls>{p.kalimat()}</li> }
                        })
                        .collect_view()
                }}
            </ul>
        </Show>
    }
}
