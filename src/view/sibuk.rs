//! Work that holds the page for seconds (thousands of rows built at once): the page says so
//! first, and starts the work once that notice is painted, so a person sees why it is busy.

use leptos::prelude::*;
use std::time::Duration;
use wasm_bindgen::JsCast;

/// `f` once the frame after this one is painted.
pub fn setelah_bingkai(f: impl FnOnce() + 'static) {
    request_animation_frame(move || set_timeout(f, Duration::ZERO));
}

/// For a click that starts such work: the clicked button is disabled and reads `pemberitahuan`,
/// and `f` runs once that is painted. The text is set on the element itself, not through a
/// signal: the button leaves the page with the work's result (a signal for it cost 1,3 KiB).
pub fn beri_tahu_lalu(ev: &web_sys::MouseEvent, pemberitahuan: &str, f: impl FnOnce() + 'static) {
    // the element listening, the button, even if a click lands on a child of it
    if let Some(b) = ev
        .current_target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    {
        let _ = b.set_attribute("disabled", "");
        b.set_text_content(Some(pemberitahuan));
    }
    setelah_bingkai(f);
}
