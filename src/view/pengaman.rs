//! When something panics anyway, the page must not just go blank: the panic hook shows what
//! happened and offers the autosaved work as a project file to download, so nothing is lost.
//! It uses plain DOM and a blob link, since the module cannot run again after a panic.

use crate::view::penyimpanan::{AWALAN_PROYEK, KUNCI_DAFTAR};

/// Install the hook; called once by `main` before mounting.
pub fn pasang() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&format!("Kalkulator SAKIP: {info}").into());
        let _ = tampilkan(&info.to_string());
    }));
}

/// Panics on purpose, so that an end-to-end test can check the safety net above on the real
/// build (`e2e/aman.spec.ts` imports the module and calls it). Nothing in the page calls it;
/// whoever calls it from the console only stops their own page, as closing the tab would.
#[wasm_bindgen::prelude::wasm_bindgen(js_name = ujiPengaman)]
pub fn uji_pengaman() {
    panic!("uji pengaman");
}

fn tampilkan(sebab: &str) -> Option<()> {
    let window = web_sys::window()?;
    let document = window.document()?;
    let body = document.body()?;
    let kotak = document.create_element("div").ok()?;
    kotak.set_class_name("galat-muat");
    kotak.set_attribute("role", "alert").ok()?;
    kotak.set_attribute("data-testid", "galat-aplikasi").ok()?;
    let p = document.create_element("p").ok()?;
    p.set_text_content(Some(&format!(
        "Terjadi kesalahan di aplikasi ({sebab}). Pekerjaan Anda tersimpan di peramban sampai \
         perubahan terakhir: muat ulang halaman untuk melanjutkan, atau unduh pekerjaan sebagai \
         berkas proyek."
    )));
    kotak.append_child(&p).ok()?;
    // the open project's saved data, found through the list without the (dead) module's help
    let tersimpan = window.local_storage().ok().flatten().and_then(|s| {
        let daftar = js_sys::JSON::parse(&s.get_item(KUNCI_DAFTAR).ok()??).ok()?;
        let aktif = js_sys::Reflect::get(&daftar, &"aktif".into())
            .ok()?
            .as_string()?;
        s.get_item(&format!("{AWALAN_PROYEK}{aktif}"))
            .ok()
            .flatten()
    });
    if let Some(json) = tersimpan {
        let parts = js_sys::Array::of1(&json.into());
        let opts = web_sys::BlobPropertyBag::new();
        opts.set_type("application/json");
        let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts).ok()?;
        let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
        let a = document.create_element("a").ok()?;
        a.set_attribute("href", &url).ok()?;
        a.set_attribute("download", "proyek-sakip-cadangan.json")
            .ok()?;
        a.set_text_content(Some("Unduh pekerjaan (berkas proyek)"));
        kotak.append_child(&a).ok()?;
    }
    body.prepend_with_node_1(&kotak).ok()
}
