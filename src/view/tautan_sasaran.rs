//! The select that links one program to the sasaran it supports.

use crate::core::anggaran::tautan::Tautan;
use crate::view::terbuka::SatuTerbuka;
use leptos::prelude::*;

/// A select of the sasaran for one program. It lists every sasaran only once it is reached
/// (pointer or focus); until then only the placeholder and the linked sasaran. A select per
/// program listing every sasaran grows as programs × sasaran: 200 × 400 is 80.000 options.
/// Its options follow the link and the names by themselves, so the program's row is built
/// once and kept while a key elsewhere in the budget changes other rows.
#[component]
pub fn TautanSasaran(
    /// The program's uraian, which names the link and labels the select.
    uraian: String,
    /// The linked sasaran, if any. One written in the budget's Sasaran column is shown, not
    /// chosen: it changes with the table.
    #[prop(into)]
    tautan: Signal<Option<Tautan>>,
    /// Sasaran names from the indicator table, by index.
    #[prop(into)]
    sasaran: Signal<Vec<String>>,
    /// Which select of the summary lists every sasaran; this one, once it is reached.
    terbuka: SatuTerbuka<String>,
    /// Called with (program uraian, sasaran index or none) when the link changes.
    tautkan: Callback<(String, Option<usize>)>,
) -> impl IntoView {
    let label = format!("Sasaran yang didukung {uraian}");
    let u = uraian.clone();
    let buka = move || terbuka.buka(u.clone());
    // a memo, so reaching one select refills two lists, not every program's
    let dibuka = {
        let u = uraian.clone();
        Memo::new(move |_| terbuka.adalah(&u))
    };
    // (index, name) of the sasaran to list: every one once reached, else the linked one
    let pilihan = move || {
        let l = tautan.get();
        let t = l.map(|t| t.sasaran);
        // a written link says where it comes from in its own option, first, so a phone's
        // narrow select still shows it: no element more per row
        let asal = if l.is_some_and(|l| l.tertulis) {
            "Kolom Sasaran: "
        } else {
            ""
        };
        sasaran.with(|nama| {
            let daftar: Vec<(usize, String)> = if dibuka.get() {
                nama.iter().cloned().enumerate().collect()
            } else {
                t.and_then(|i| Some((i, nama.get(i)?.clone()))).into_iter().collect()
            };
            daftar
                .into_iter()
                .map(|(i, s)| view! { <option value=i.to_string() prop:selected=t == Some(i)>{asal}{s}</option> })
                .collect_view()
        })
    };
    // Selection is a property, not the `selected` attribute: once a person has picked an
    // option the attribute no longer moves the selection (undo, opening a project).
    let tertulis = move || tautan.get().is_some_and(|t| t.tertulis);
    view! {
        <select data-testid="tautan-sasaran" aria-label=label prop:disabled=tertulis
            on:pointerdown={ let b = buka.clone(); move |_| b() } on:focus=move |_| buka()
            on:change=move |ev| tautkan.run((uraian.clone(), event_target_value(&ev).parse::<usize>().ok()))>
            <option value="" prop:selected=move || tautan.get().is_none()>"(belum ditautkan)"</option>
            {pilihan}
        </select>
    }
}
