//! A table that may be wider than the screen scrolls inside its own labelled region, which
//! the keyboard can reach (so the page itself never scrolls sideways).

use leptos::prelude::*;

/// A horizontally scrolling region around a table.
#[component]
pub fn Gulir(
    /// What the region holds, for screen readers; unique on the page (a region is a landmark,
    /// and landmarks of the same name cannot be told apart).
    #[prop(into)]
    label: String,
    children: Children,
) -> impl IntoView {
    view! {
        <div class="tabel-gulir" tabindex="0" role="region" aria-label=label>
            {children()}
        </div>
    }
}
