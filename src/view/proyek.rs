use crate::core::proyek::{Proyek, VERSI};
use crate::view::keadaan::Keadaan;
use crate::view::peramban::{baca_berkas, unduh};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The project as pretty JSON (the same text for a file and for the browser's storage).
pub fn simpan_json(p: &Proyek) -> Result<String, String> {
    use serde::Serialize;
    let ser = serde_wasm_bindgen::Serializer::json_compatible();
    let v = p.serialize(&ser).map_err(|e| e.to_string())?;
    js_sys::JSON::stringify_with_replacer_and_space(
        &v,
        &wasm_bindgen::JsValue::NULL,
        &wasm_bindgen::JsValue::from(2),
    )
    .ok()
    .and_then(|s| s.as_string())
    .ok_or_else(|| "tidak dapat menulis JSON".into())
}

/// A project from JSON; a newer version is named as such before the shape is checked.
pub fn baca_json(teks: &str) -> Result<Proyek, String> {
    let v = js_sys::JSON::parse(teks)
        .map_err(|_| "Berkas rusak: bukan JSON yang sah. Isi halaman tidak diubah.".to_string())?;
    // check the version before the shape, so a newer file says so rather than "broken"
    let versi = js_sys::Reflect::get(&v, &"versi".into())
        .ok()
        .and_then(|x| x.as_f64());
    if let Some(n) = versi.filter(|n| *n > VERSI as f64) {
        return Err(format!("Berkas ini dibuat oleh versi aplikasi yang lebih baru (versi berkas {n}, aplikasi ini membaca sampai versi {VERSI}). Perbarui aplikasi; isi halaman tidak diubah."));
    }
    serde_wasm_bindgen::from_value(v)
        .map_err(|e| format!("Berkas rusak: {e}. Isi halaman tidak diubah."))
}

/// Save the whole page to a project file, or open one. Opening a broken or newer file says
/// why and changes nothing.
#[component]
pub fn BerkasProyek() -> impl IntoView {
    let s = expect_context::<Keadaan>();
    let status = RwSignal::new(String::new());
    let simpan = move |_| {
        let p = untrack(|| s.potret());
        let r =
            simpan_json(&p).and_then(|json| unduh("proyek-sakip.json", "application/json", &json));
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
        baca_berkas(input.clone(), move |r| {
            input.set_value("");
            let hasil = r
                .and_then(|teks| baca_json(&teks))
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
