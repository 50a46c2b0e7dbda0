//! The select that links one program to the sasaran it supports.

use crate::view::terbuka::SatuTerbuka;
use leptos::prelude::*;

/// A select of the sasaran for one program. It lists every sasaran only once it is reached
/// (pointer or focus); until then only the placeholder and the linked sasaran. A select per
/// program listing every sasaran grows as programs × sasaran: 200 × 400 is 80.000 options.
#[component]
pub fn TautanSasaran(
    /// The program's uraian, which names the link and labels the select.
    uraian: String,
    /// Index of the linked sasaran, if any.
    tautan: Option<usize>,
    /// The sasaran to list, (index, name): every one once reached, else the linked one.
    pilihan: Vec<(usize, String)>,
    /// Which select of the summary lists every sasaran; this one, once it is reached.
    terbuka: SatuTerbuka<String>,
    /// Called with (program uraian, sasaran index or none) when the link changes.
    tautkan: Callback<(String, Option<usize>)>,
) -> impl IntoView {
    let label = format!("Sasaran yang didukung {uraian}");
    let u = uraian.clone();
    let buka = move || terbuka.buka(u.clone());
    // Selection is a property, not the `selected` attribute: once a person has picked an
    // option the attribute no longer moves the selection (undo, opening a project).
    view! {
        <select data-testid="tautan-sasaran" aria-label=label
            on:pointerdown={ let b = buka.clone(); move |_| b() } on:focus=move |_| buka()
            on:change=move |ev| tautkan.run((uraian.clone(), event_target_value(&ev).parse::<usize>().ok()))>
            <option value="" prop:selected=tautan.is_none()>"(belum ditautkan)"</option>
            {pilihan.into_iter().map(|(i, s)| view! { <option value=i.to_string() prop:selected=tautan == Some(i)>{s}</option> }).collect_view()}
        </select>
    }
}
