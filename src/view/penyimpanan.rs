//! The browser's storage (localStorage of this origin): the project list and each project's
//! data as JSON, written here and read by `core::proyek::baca`. Every failure comes back as a
//! message; none panics.

use crate::core::proyek::baca::{daftar_dari_json, proyek_dari_json};
use crate::core::proyek::berkas::Proyek;
use crate::core::proyek::daftar::DaftarProyek;
use serde::Serialize;

/// Where the list of projects is kept.
pub const KUNCI_DAFTAR: &str = "kalkulator-sakip/daftar";
/// Prefix of each project's data (`kalkulator-sakip/proyek/p1`).
pub const AWALAN_PROYEK: &str = "kalkulator-sakip/proyek/";
/// Prefix of an open row editor's unsaved fields, one per editor (`view/sunting_baris.rs`).
pub const AWALAN_DRAF: &str = "kalkulator-sakip/draf-sunting/";
/// The quick check's fields: target, realisasi and polarity, one per line.
pub const KUNCI_CEPAT: &str = "kalkulator-sakip/hitung-cepat";
/// Prefix where unreadable data is moved, so that it is never silently destroyed.
pub const AWALAN_RUSAK: &str = "kalkulator-sakip/tidak-terbaca/";

/// A value as pretty JSON (the same text for a file and for storage).
pub fn ke_json<T: Serialize>(v: &T) -> Result<String, String> {
    let ser = serde_wasm_bindgen::Serializer::json_compatible();
    let js = v.serialize(&ser).map_err(|e| e.to_string())?;
    js_sys::JSON::stringify_with_replacer_and_space(
        &js,
        &wasm_bindgen::JsValue::NULL,
        &wasm_bindgen::JsValue::from(2),
    )
    .ok()
    .and_then(|s| s.as_string())
    .ok_or_else(|| "tidak dapat menulis JSON".into())
}

fn penyimpanan() -> Result<web_sys::Storage, String> {
    web_sys::window()
        .ok_or("tidak ada jendela")?
        .local_storage()
        .ok()
        .flatten()
        .ok_or_else(|| "penyimpanan peramban dimatikan".into())
}

fn tulis(kunci: &str, isi: &str) -> Result<(), String> {
    penyimpanan()?
        .set_item(kunci, isi)
        .map_err(|_| "penyimpanan peramban penuh atau ditolak".into())
}

/// Move unreadable data aside and say where it went.
fn sisihkan(kunci: &str, isi: &str, sebab: String) -> String {
    let tujuan = format!(
        "{AWALAN_RUSAK}{}",
        kunci.rsplit('/').next().unwrap_or(kunci)
    );
    if let Ok(st) = penyimpanan() {
        let _ = st.set_item(&tujuan, isi);
        let _ = st.remove_item(kunci);
    }
    format!("Data tersimpan tidak dapat dibaca ({sebab}); data lama disimpan terpisah dengan kunci \"{tujuan}\".")
}

/// The stored list; `Ok(None)` when there is none yet.
pub fn baca_daftar() -> Result<Option<DaftarProyek>, String> {
    let Some(json) = penyimpanan()?.get_item(KUNCI_DAFTAR).ok().flatten() else {
        return Ok(None);
    };
    daftar_dari_json(&json)
        .map(Some)
        .map_err(|e| sisihkan(KUNCI_DAFTAR, &json, e))
}

pub fn tulis_daftar(d: &DaftarProyek) -> Result<(), String> {
    tulis(KUNCI_DAFTAR, &ke_json(d)?)
}

/// Project `id`'s data; `Ok(None)` when it has none yet.
pub fn baca_proyek(id: &str) -> Result<Option<Proyek>, String> {
    let kunci = format!("{AWALAN_PROYEK}{id}");
    let Some(json) = penyimpanan()?.get_item(&kunci).ok().flatten() else {
        return Ok(None);
    };
    proyek_dari_json(&json)
        .map(Some)
        .map_err(|e| sisihkan(&kunci, &json, e))
}

pub fn tulis_proyek(id: &str, p: &Proyek) -> Result<(), String> {
    tulis(&format!("{AWALAN_PROYEK}{id}"), &ke_json(p)?)
}

pub fn hapus_proyek(id: &str) {
    if let Ok(st) = penyimpanan() {
        let _ = st.remove_item(&format!("{AWALAN_PROYEK}{id}"));
    }
}

/// The unsaved fields of row editor `editor`, as `core::proyek::draf` writes them.
pub fn baca_draf(editor: &str) -> Option<String> {
    baca_catatan(&format!("{AWALAN_DRAF}{editor}"))
}

/// Keeps (`Some`) or forgets (`None`) the unsaved fields of row editor `editor`.
pub fn tulis_draf(editor: &str, draf: Option<&str>) {
    tulis_catatan(&format!("{AWALAN_DRAF}{editor}"), draf);
}

/// A small note kept beside the projects (a draft, the quick check's fields).
pub fn baca_catatan(kunci: &str) -> Option<String> {
    penyimpanan().ok()?.get_item(kunci).ok().flatten()
}

/// Keeps (`Some`) or forgets (`None`) a small note. Losing one costs no more than what is on
/// the page already, so failures are quiet.
pub fn tulis_catatan(kunci: &str, isi: Option<&str>) {
    if let Ok(st) = penyimpanan() {
        let _ = match isi {
            Some(d) => st.set_item(kunci, d),
            None => st.remove_item(kunci),
        };
    }
}

/// Now, as the browser writes it (ISO 8601, UTC).
pub fn sekarang() -> String {
    String::from(js_sys::Date::new_0().to_iso_string())
}
