//! One select for every policy whose values are a fixed list: the options, their values and
//! their words come from the policy itself ([`Pilihan`]), so no view spells them again.

use crate::core::kebijakan::Pilihan;
use leptos::prelude::*;

/// A labelled select over the values of policy `T`.
#[component]
pub fn PilihKebijakan<T>(
    /// Visible label before the select.
    label: &'static str,
    /// `data-testid` of the select.
    testid: &'static str,
    /// The value in force.
    nilai: Signal<T>,
    /// Called with the value chosen.
    #[prop(into)]
    ubah: Callback<T>,
) -> impl IntoView
where
    T: Pilihan + Send + Sync,
{
    view! {
        <label class="pilihan">
            {label}" "
            <select
                data-testid=testid
                on:change=move |ev| {
                    if let Some(v) = T::dari_kunci(&event_target_value(&ev)) {
                        ubah.run(v);
                    }
                }
            >
                {T::SEMUA
                    .iter()
                    .map(|v| {
                        let v = *v;
                        view! { <option value=v.kunci() prop:selected=move || nilai.get() == v>{v.label()}</option> }
                    })
                    .collect_view()}
            </select>
        </label>
    }
}
