//! Save the whole work as a project file, or open one; a broken or newer file says why and
//! changes nothing.

use crate::core::proyek::baca::proyek_dari_berkas;
use crate::core::proyek::berkas::{proyek_terlalu_besar, MAKS_PROYEK};
use crate::view::keadaan::Keadaan;
use crate::view::penyimpanan::ke_json;
use crate::view::peramban::{baca_berkas, unduh};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Save the whole page to a project file, or open one. Opening a broken or newer file says
/// why and changes nothing.
#[component]
pub fn BerkasProyek() -> impl IntoView {
    let s = expect_context::<Keadaan>();
    let status = RwSignal::new(String::new());
    let simpan = move |_| {
        let p = untrack(|| s.potret());
        let r = ke_json(&p).and_then(|json| unduh("proyek-sakip.json", "application/json", &json));
        status.set(match r {
            Ok(()) => "Proyek disimpan sebagai proyek-sakip.json.".into(),
            Err(e) => format!("Tidak dapat menyimpan: {e}"),
        });
    };
    let buka = move |ev: leptos::ev::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let terlalu_besar = format!("Berkas tidak dibuka: {}.", proyek_terlalu_besar());
        baca_berkas(input.clone(), MAKS_PROYEK, terlalu_besar, move |r| {
            input.set_value("");
            let hasil = r
                .and_then(|teks| proyek_dari_berkas(&teks))
                .and_then(|p| p.periksa().map(|k| (p, k)));
            match hasil {
                Ok((p, k)) => {
                    s.pulihkan(p, k);
                    status.set("Proyek dibuka.".into());
                }
                Err(e) => status.set(e),
            }
        });
    };
    view! {
        <div class="proyek tidak-dicetak">
            <button type="button" data-testid="simpan-proyek" on:click=simpan>"Simpan proyek"</button>
            <label class="buka">
                "Buka proyek "
                <input type="file" accept=".json,application/json" data-testid="buka-proyek" on:change=buka />
            </label>
            <span class="status" data-testid="pesan-proyek">{move || status.get()}</span>
        </div>
    }
}
