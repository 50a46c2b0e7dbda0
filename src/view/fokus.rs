//! Focus across an edit that rebuilds the row holding it. A row's button (edit, remove,
//! polarity, sifat) or its editor is replaced when the edit changes that row, and focus would
//! fall to the page: a keyboard user would start again from the top. So focus leaves before
//! the edit and comes back, once the table has its new rows, to the control of the same role
//! in the row of the same line (after a removed row, the next one, else the one before).
//!
//! Leaving first also spares a layout: Chromium lays out the page at once when the focused
//! element is removed, inside the edit's own task (6-7 ms of a 30 ms save at 2.000 rows).

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

/// Takes focus off the control that holds it within `wadah` (before an edit removes it);
/// whether one did.
pub fn lepas_fokus_dari(wadah: &web_sys::Element) -> bool {
    let Some(e) = document()
        .active_element()
        .filter(|e| wadah.contains(Some(e.as_ref())))
        .and_then(|e| e.dyn_into::<HtmlElement>().ok())
    else {
        return false;
    };
    let _ = e.blur();
    true
}

/// Focus back on `kontrol` at the next frame, once the table has its new rows: that control,
/// or, when its row was rebuilt or removed, the control of the same `data-testid` in the row
/// of line `nomor`, else of the line before.
pub fn kembalikan_fokus(kontrol: HtmlElement, nomor: Option<usize>) {
    request_animation_frame(move || {
        let di_baris = |n: usize| {
            let testid = kontrol.get_attribute("data-testid")?;
            let pilih = format!("tr[data-baris=\"{n}\"] [data-testid=\"{testid}\"]");
            let e = document().query_selector(&pilih).ok().flatten()?;
            e.dyn_into::<HtmlElement>().ok()
        };
        let tujuan = if kontrol.is_connected() {
            Some(kontrol.clone())
        } else {
            nomor.and_then(|n| di_baris(n).or_else(|| di_baris(n.checked_sub(1)?)))
        };
        if let Some(t) = tujuan {
            let _ = t.focus();
        }
    });
}

/// Runs `ubah`, an edit of line `nomor` set off by an event on one of that row's controls:
/// if the control has focus, focus is off it during the edit and back on it (or its
/// successor) after.
pub fn ubah_baris(ev: &web_sys::Event, nomor: usize, ubah: impl FnOnce()) {
    let kontrol = ev
        .current_target()
        .and_then(|t| t.dyn_into::<HtmlElement>().ok())
        .filter(|k| lepas_fokus_dari(k));
    ubah();
    if let Some(k) = kontrol {
        kembalikan_fokus(k, Some(nomor));
    }
}

/// The table's scrolling region or the list around the control an event came from, when
/// that control has focus (which is taken off it): where focus stays while the list grows.
pub fn wadah_fokus(ev: &web_sys::Event) -> Option<web_sys::Element> {
    let kontrol = ev.current_target()?.dyn_into::<web_sys::Element>().ok()?;
    if !lepas_fokus_dari(&kontrol) {
        return None;
    }
    kontrol.closest(".tabel-gulir, ul, ol").ok().flatten()
}

/// Focus, at the next frame and without scrolling (the rows just shown stay where the person
/// was reading), on the control `testid` in `wadah` if it is still there ("Tampilkan 200
/// lagi" after showing 200 more), else on `wadah` itself (every row shown).
pub fn fokus_dalam(wadah: web_sys::Element, testid: &'static str) {
    request_animation_frame(move || {
        let kontrol = wadah
            .query_selector(&format!("[data-testid=\"{testid}\"]"))
            .ok()
            .flatten();
        let tujuan = kontrol.unwrap_or_else(|| {
            if !wadah.has_attribute("tabindex") {
                let _ = wadah.set_attribute("tabindex", "-1");
            }
            wadah
        });
        if let Ok(t) = tujuan.dyn_into::<HtmlElement>() {
            let opsi = web_sys::FocusOptions::new();
            opsi.set_prevent_scroll(true);
            let _ = t.focus_with_options(&opsi);
        }
    });
}
