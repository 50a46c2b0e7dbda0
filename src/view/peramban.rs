//! Browser glue: download a file, copy to the clipboard, print, read a chosen file. Failures
//! come back as messages; none of them panics.

use wasm_bindgen::{JsCast, JsValue};

fn pesan(e: JsValue) -> String {
    e.as_string()
        .or_else(|| js_sys::JSON::stringify(&e).ok().and_then(|s| s.as_string()))
        .unwrap_or_else(|| "kesalahan peramban".into())
}

/// Offer `isi` as a file named `nama` of type `mime`.
pub fn unduh(nama: &str, mime: &str, isi: &str) -> Result<(), String> {
    let window = web_sys::window().ok_or("tidak ada jendela")?;
    let document = window.document().ok_or("tidak ada dokumen")?;
    let parts = js_sys::Array::of1(&JsValue::from_str(isi));
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts).map_err(pesan)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(pesan)?;
    let a: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(pesan)?
        .dyn_into()
        .map_err(|_| "bukan tautan".to_string())?;
    a.set_href(&url);
    a.set_download(nama);
    a.click();
    let _ = web_sys::Url::revoke_object_url(&url);
    Ok(())
}

/// Copy text to the clipboard; the callback receives the outcome. The clipboard API exists
/// only on HTTPS (and localhost): a page an office serves over plain HTTP on its own network
/// has none (calling it threw, and the button did nothing), so there the text is copied the
/// older way, through the browser's `copy` command on a selected text box.
pub fn salin(teks: String, selesai: impl FnOnce(Result<(), String>) + 'static) {
    let Some(w) = web_sys::window() else {
        return selesai(Err("tidak ada jendela".into()));
    };
    let papan = js_sys::Reflect::get(&w.navigator(), &JsValue::from_str("clipboard"))
        .ok()
        .filter(|c| !c.is_undefined() && !c.is_null());
    let Some(papan) = papan else {
        return selesai(salin_lama(&teks));
    };
    wasm_bindgen_futures::spawn_local(async move {
        let janji = papan
            .unchecked_into::<web_sys::Clipboard>()
            .write_text(&teks);
        let hasil = wasm_bindgen_futures::JsFuture::from(janji)
            .await
            .map(|_| ())
            .map_err(pesan);
        selesai(hasil);
    });
}

/// Copy through a selected, off-screen text box and the `copy` command (allowed in a click
/// on any page); focus goes back where it was.
fn salin_lama(teks: &str) -> Result<(), String> {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("tidak ada dokumen")?;
    let body = document.body().ok_or("tidak ada isi halaman")?;
    let kotak: web_sys::HtmlTextAreaElement = document
        .create_element("textarea")
        .map_err(pesan)?
        .dyn_into()
        .map_err(|_| "bukan kotak teks".to_string())?;
    kotak.set_value(teks);
    kotak.set_class_name("salin-sementara");
    let _ = kotak.set_attribute("readonly", "");
    let _ = kotak.set_attribute("aria-hidden", "true");
    let fokus = document.active_element();
    body.append_child(&kotak).map_err(pesan)?;
    kotak.select();
    let disalin = document
        .dyn_ref::<web_sys::HtmlDocument>()
        .map(|d| d.exec_command("copy").unwrap_or(false))
        .unwrap_or(false);
    kotak.remove();
    if let Some(f) = fokus.and_then(|f| f.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = f.focus();
    }
    if disalin {
        Ok(())
    } else {
        Err("peramban menolak menyalin; pilih tabel dan tekan Ctrl+C".into())
    }
}

/// Open the browser's print dialog (which also saves as PDF).
pub fn cetak() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}

/// Read the text of the first file chosen in an `<input type=file>`; a file over `maks`
/// bytes is refused with `terlalu_besar` before it is read into memory.
pub fn baca_berkas(
    input: web_sys::HtmlInputElement,
    maks: usize,
    terlalu_besar: String,
    selesai: impl FnOnce(Result<String, String>) + 'static,
) {
    let Some(file) = input.files().and_then(|f| f.get(0)) else {
        selesai(Err("tidak ada berkas yang dipilih".into()));
        return;
    };
    if file.size() > maks as f64 {
        selesai(Err(terlalu_besar));
        return;
    }
    wasm_bindgen_futures::spawn_local(async move {
        let hasil = wasm_bindgen_futures::JsFuture::from(file.text())
            .await
            .map_err(pesan)
            .and_then(|v| v.as_string().ok_or_else(|| "berkas bukan teks".to_string()));
        selesai(hasil);
    });
}

/// Fetch the text of each of `alamat` (files beside the page, or from the service worker's
/// cache when offline), in order; the first failure is the outcome.
pub fn ambil_teks(
    alamat: Vec<String>,
    selesai: impl FnOnce(Result<Vec<String>, String>) + 'static,
) {
    wasm_bindgen_futures::spawn_local(async move {
        let mut teks = Vec::with_capacity(alamat.len());
        for a in &alamat {
            match ambil_satu(a).await {
                Ok(t) => teks.push(t),
                Err(e) => return selesai(Err(format!("{a}: {e}"))),
            }
        }
        selesai(Ok(teks));
    });
}

async fn ambil_satu(alamat: &str) -> Result<String, String> {
    use wasm_bindgen_futures::JsFuture;
    let w = web_sys::window().ok_or("tidak ada jendela")?;
    let r: web_sys::Response = JsFuture::from(w.fetch_with_str(alamat))
        .await
        .map_err(pesan)?
        .dyn_into()
        .map_err(|_| "bukan jawaban".to_string())?;
    if !r.ok() {
        return Err(format!("HTTP {}", r.status()));
    }
    JsFuture::from(r.text().map_err(pesan)?)
        .await
        .map_err(pesan)?
        .as_string()
        .ok_or_else(|| "bukan teks".into())
}
