//! The textarea a table is pasted into; every input event writes the text, the source of
//! everything computed from it.

use leptos::prelude::*;

/// A textarea for a pasted table; writes every keystroke or paste to `teks`.
#[component]
pub fn MasukanTabel(
    /// The pasted text (the source of everything computed from it).
    teks: RwSignal<String>,
    /// `data-testid` of the textarea.
    testid: &'static str,
    /// Visible label.
    label: &'static str,
    /// Hint shown while empty.
    placeholder: &'static str,
) -> impl IntoView {
    view! {
        <label class="masukan">
            <span class="label">{label}</span>
            <textarea
                data-testid=testid
                rows="8"
                spellcheck="false"
                placeholder=placeholder
                prop:value=move || teks.get()
                on:input=move |ev| teks.set(event_target_value(&ev))
            ></textarea>
        </label>
    }
}
