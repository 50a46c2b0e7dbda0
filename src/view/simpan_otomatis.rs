//! Autosave and undo/redo. When a change settles (a paste is one input event; typing settles
//! after a pause), the whole work is committed to the undo history and written to the
//! browser's storage, so a reload, a closed tab or a crash loses nothing. Storage that is
//! full, disabled or holds something unreadable gives a visible message; the page keeps
//! working and the work can still be saved as a project file.

use crate::core::proyek::Proyek;
use crate::core::riwayat::Riwayat;
use crate::view::keadaan::Keadaan;
use crate::view::proyek::{baca_json, simpan_json};
use leptos::prelude::*;
use std::time::Duration;

/// Where the work is kept in the browser (localStorage of this page's origin).
pub const KUNCI: &str = "kalkulator-sakip/kerja";
/// Where unreadable stored data is moved, so that it is never silently destroyed.
pub const KUNCI_RUSAK: &str = "kalkulator-sakip/kerja-tidak-terbaca";
/// How long the work must stay unchanged before it counts as one step.
const JEDA: Duration = Duration::from_millis(300);

fn penyimpanan() -> Result<web_sys::Storage, String> {
    web_sys::window()
        .ok_or("tidak ada jendela")?
        .local_storage()
        .ok()
        .flatten()
        .ok_or_else(|| "penyimpanan peramban dimatikan".into())
}

/// Write the work to storage; the error says why not.
fn tulis(p: &Proyek) -> Result<(), String> {
    let json = simpan_json(p)?;
    penyimpanan()?
        .set_item(KUNCI, &json)
        .map_err(|_| "penyimpanan peramban penuh atau ditolak".into())
}

/// The stored work, if any: `Ok(None)` for none, `Err` for something unreadable (which is
/// moved aside to [`KUNCI_RUSAK`]).
fn baca() -> Result<Option<Proyek>, String> {
    let st = penyimpanan()?;
    let Some(json) = st.get_item(KUNCI).ok().flatten() else {
        return Ok(None);
    };
    match baca_json(&json).and_then(|p| p.periksa().map(|_| p)) {
        Ok(p) => Ok(Some(p)),
        Err(e) => {
            let _ = st.set_item(KUNCI_RUSAK, &json);
            let _ = st.remove_item(KUNCI);
            Err(e)
        }
    }
}

/// Undo/redo buttons and the autosave status; restores the stored work when the page opens.
#[component]
pub fn SimpanOtomatis() -> impl IntoView {
    let s = expect_context::<Keadaan>();
    let status = RwSignal::new(String::new());
    match baca() {
        Ok(Some(p)) => {
            if let Ok(k) = p.periksa() {
                s.pulihkan(p, k);
                status.set("Pekerjaan terakhir dipulihkan dari penyimpanan peramban.".into());
            }
        }
        Ok(None) => {}
        Err(e) => status.set(format!(
            "Data tersimpan tidak dapat dibaca ({e}); halaman dimulai kosong. Data lama disimpan \
             terpisah di peramban dengan kunci \"{KUNCI_RUSAK}\"."
        )),
    }
    let riwayat = RwSignal::new(Riwayat::<Proyek>::default());
    let generasi = StoredValue::new(0u64);
    // the last state seen, and which parts changed since the last commit
    let terakhir = StoredValue::new(untrack(|| s.potret()));
    let tertunda = StoredValue::new(0u32);
    let catat = move |p: Proyek| {
        tertunda.set_value(0);
        riwayat.update(|r| {
            r.catat(p.clone());
        });
        if let Err(e) = tulis(&p) {
            status.set(format!(
                "Tidak tersimpan otomatis: {e}. Halaman tetap bekerja; simpan sebagai berkas \
                 proyek agar pekerjaan tidak hilang."
            ));
        } else if status.with_untracked(|x| x.starts_with("Tidak tersimpan")) {
            status.set(String::new());
        }
    };
    // the state the page opens with is the first step, so a paste right away can be undone
    riwayat.update(|r| {
        r.catat(terakhir.get_value());
    });
    Effect::new(move |_| {
        let p = s.potret();
        let lama = terakhir.get_value();
        let bagian = lama.bagian_berubah(&p);
        if bagian == 0 {
            return;
        }
        // a change to another part (a policy after a paste) ends the step before it
        let t = tertunda.get_value();
        if t != 0 && t != bagian {
            catat(lama);
        }
        tertunda.set_value(tertunda.get_value() | bagian);
        terakhir.set_value(p.clone());
        let g = generasi.get_value() + 1;
        generasi.set_value(g);
        set_timeout(
            move || {
                if generasi.get_value() == g {
                    catat(p);
                }
            },
            JEDA,
        );
    });
    // a change not yet settled is committed first, so undo always steps back from it
    let langkah = move |mundur: bool| {
        generasi.update_value(|g| *g += 1);
        catat(untrack(|| s.potret()));
        let p = riwayat.try_update(|r| if mundur { r.urungkan() } else { r.ulangi() });
        if let Some(Some(p)) = p {
            if let Ok(k) = p.periksa() {
                s.pulihkan(p, k);
            }
        }
    };
    // leaving or reloading the page writes what has not settled yet
    let _pergi = window_event_listener_untyped("pagehide", move |_| {
        if tertunda.get_value() != 0 {
            generasi.update_value(|g| *g += 1);
            catat(terakhir.get_value());
        }
    });
    let _keys = window_event_listener(leptos::ev::keydown, move |ev| {
        let di_teks = ev
            .target()
            .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
            .is_some_and(|e| matches!(e.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT"));
        if di_teks || !(ev.ctrl_key() || ev.meta_key()) {
            return;
        }
        match (ev.key().to_lowercase().as_str(), ev.shift_key()) {
            ("z", false) => {
                ev.prevent_default();
                langkah(true);
            }
            ("y", _) | ("z", true) => {
                ev.prevent_default();
                langkah(false);
            }
            _ => {}
        }
    });
    view! {
        <div class="riwayat tidak-dicetak">
            <button type="button" data-testid="urungkan" title="Urungkan (Ctrl+Z)"
                prop:disabled=move || riwayat.with(|r| !r.bisa_urungkan())
                on:click=move |_| langkah(true)>"↶ Urungkan"</button>
            <button type="button" data-testid="ulangi" title="Ulangi (Ctrl+Y)"
                prop:disabled=move || riwayat.with(|r| !r.bisa_ulangi())
                on:click=move |_| langkah(false)>"↷ Ulangi"</button>
            <span class="status" role="status" data-testid="pesan-simpan">{move || status.get()}</span>
        </div>
    }
}
