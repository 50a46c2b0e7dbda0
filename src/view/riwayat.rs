//! Undo and redo: buttons, the keyboard (Ctrl+Z, Ctrl+Y, Ctrl+Shift+Z outside text boxes,
//! where the browser's own undo of the text applies), and the autosave's status line.

use crate::view::ruang_kerja::RuangKerja;
use leptos::prelude::*;

/// Undo/redo buttons and what the autosave has to say.
#[component]
pub fn TombolRiwayat() -> impl IntoView {
    let w = expect_context::<RuangKerja>();
    let _ = window_event_listener(leptos::ev::keydown, move |ev| {
        let di_teks = ev
            .target()
            .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
            .is_some_and(|e| matches!(e.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT"));
        if di_teks || !(ev.ctrl_key() || ev.meta_key()) {
            return;
        }
        let mundur = match (ev.key().to_ascii_lowercase().as_str(), ev.shift_key()) {
            ("z", false) => true,
            ("y", _) | ("z", true) => false,
            _ => return,
        };
        ev.prevent_default();
        w.langkah(mundur);
    });
    view! {
        <div class="riwayat tidak-dicetak">
            <button type="button" data-testid="urungkan" title="Urungkan (Ctrl+Z)"
                prop:disabled=move || w.riwayat.with(|r| !r.bisa_urungkan())
                on:click=move |_| w.langkah(true)>"↶ Urungkan"</button>
            <button type="button" data-testid="ulangi" title="Ulangi (Ctrl+Y)"
                prop:disabled=move || w.riwayat.with(|r| !r.bisa_ulangi())
                on:click=move |_| w.langkah(false)>"↷ Ulangi"</button>
            <span class="status" role="status" data-testid="pesan-simpan">{move || w.status.get()}</span>
        </div>
    }
}
