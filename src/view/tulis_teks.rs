//! Writing a new text into the textarea. A row edit, a deleted row or a column's role changes
//! a span of a large text; giving the textarea the whole new `value` makes Chromium lay out
//! every line again (30-70 ms at 2.000 lines), while the browser's own editing command writes
//! only the span (2-6 ms), and the textarea's undo (Ctrl+Z) can take it back. Anything else,
//! or a browser without the command, gets the whole value.

use crate::core::teks::beda::beda;
use crate::view::jendela::TEKS_BESAR;
use wasm_bindgen::JsCast;
use web_sys::{HtmlDocument, HtmlElement, HtmlTextAreaElement};

/// A span longer than this (a new table, a loaded project) is given whole too.
const SPAN_BESAR: usize = 4 * 1024;

/// Makes the textarea's value `baru`. A small text ([`TEKS_BESAR`] or less) is given whole: its
/// layout is cheap, and focusing the textarea (which the editing command needs) is best left
/// out. `menulis` is called with `true` before and `false` after a write through the editing
/// command, whose input event is the app's own, not a person's.
pub fn tulis_teks(ta: &HtmlTextAreaElement, baru: &str, menulis: impl Fn(bool)) {
    let lama = ta.value();
    if lama == baru {
        return;
    }
    // the textarea holds line ends as "\n"; a text with "\r" would differ after any write
    if lama.len() <= TEKS_BESAR || baru.contains('\r') {
        ta.set_value(baru);
        return;
    }
    let b = beda(&lama, baru);
    let ditulis = (b.akhir - b.mulai) as usize + b.sisipan.len() <= SPAN_BESAR && {
        menulis(true);
        let ditulis = sunting_span(ta, b.mulai, b.akhir, b.sisipan);
        menulis(false);
        ditulis
    };
    if !ditulis || ta.value() != baru {
        ta.set_value(baru);
    }
}

/// Replaces the span through the browser's editing command, then puts focus and scrolling
/// back where they were. `false` if the command is not there or did nothing.
fn sunting_span(ta: &HtmlTextAreaElement, mulai: u32, akhir: u32, sisipan: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let Some(doc) = window
        .document()
        .and_then(|d| d.dyn_into::<HtmlDocument>().ok())
    else {
        return false;
    };
    let fokus = doc
        .active_element()
        .and_then(|e| e.dyn_into::<HtmlElement>().ok());
    let (x, y) = (
        window.scroll_x().unwrap_or(0.0),
        window.scroll_y().unwrap_or(0.0),
    );
    let (gulir, pilih) = (
        ta.scroll_top(),
        ta.selection_start()
            .ok()
            .flatten()
            .zip(ta.selection_end().ok().flatten()),
    );
    // no on-screen keyboard for a moment's focus on a phone
    let _ = ta.set_attribute("inputmode", "none");
    let opsi = web_sys::FocusOptions::new();
    opsi.set_prevent_scroll(true);
    let _ = ta.focus_with_options(&opsi);
    // the command writes into whatever has focus: a hidden textarea cannot take it
    let terfokus = doc
        .active_element()
        .is_some_and(|e| e.is_same_node(Some(ta.as_ref())));
    let _ = ta.set_selection_range(mulai, akhir);
    let ditulis = terfokus
        && doc
            .exec_command_with_show_ui_and_value("insertText", false, sisipan)
            .unwrap_or(false);
    let _ = ta.remove_attribute("inputmode");
    ta.set_scroll_top(gulir);
    match fokus {
        Some(f) if f.is_same_node(Some(ta.as_ref())) => {
            if let Some((m, a)) = pilih {
                let _ = ta.set_selection_range(m, a);
            }
        }
        // back to the control that had focus; with none (the page itself), to none
        f => {
            let _ = ta.blur();
            if let Some(f) = f.filter(|f| f.is_connected()) {
                let _ = f.focus_with_options(&opsi);
            }
        }
    }
    window.scroll_to_with_x_and_y(x, y);
    ditulis
}
