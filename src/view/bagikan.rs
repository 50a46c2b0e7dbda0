//! Share links: the whole project, compressed (the browser's CompressionStream, deflate-raw)
//! and base64url-encoded, travels only in the part of the URL after `#`, which browsers never
//! send to a server. Opening such a link adds the data as a new project; the person's own
//! projects are never overwritten.

use crate::core::proyek::baca::proyek_dari_json;
use crate::core::proyek::berkas::{proyek_terlalu_besar, Proyek, MAKS_PROYEK};
use crate::core::teks::tampil::ribuan;
use crate::view::keadaan::Keadaan;
use crate::view::penyimpanan::ke_json;
use crate::view::ruang_kerja::RuangKerja;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;

/// What follows `#` in a share link.
const AWALAN: &str = "#data=";

/// Beyond this many characters a link may arrive cut: chat apps limit a message's length
/// (WhatsApp to 65.536 characters, Telegram to 4.096) and a cut link opens nothing. A
/// kecamatan's tables make links of 2.000-8.000 characters; 2.000 indikator with 20.000
/// budget lines, 277.590.
const TAUTAN_PANJANG: usize = 32 * 1024;

/// What the page says once a link of `panjang` characters is made: how long it is, and for a
/// long one, that the project file travels safely where the link may not.
fn pesan_tautan(panjang: usize) -> String {
    let mut teks = format!("Tautan dibuat ({} karakter).", ribuan(panjang));
    if panjang > TAUTAN_PANJANG {
        teks.push_str(" Tautan sepanjang ini dapat terpotong di aplikasi obrolan atau surel, dan tautan yang terpotong tidak dapat dibuka. Untuk data sebesar ini, kirim berkas dari \"Simpan proyek\" saja.");
    }
    teks
}

#[wasm_bindgen(inline_js = r#"
export async function kompres(teks) {
  const s = new Blob([teks]).stream().pipeThrough(new CompressionStream("deflate-raw"));
  const b = new Uint8Array(await new Response(s).arrayBuffer());
  let bin = "";
  for (let i = 0; i < b.length; i += 0x8000) bin += String.fromCharCode.apply(null, b.subarray(i, i + 0x8000));
  return btoa(bin).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}
export async function urai(kode, maks) {
  const bin = atob(kode.replace(/-/g, "+").replace(/_/g, "/"));
  const b = Uint8Array.from(bin, (c) => c.charCodeAt(0));
  const r = new Blob([b]).stream().pipeThrough(new DecompressionStream("deflate-raw")).getReader();
  const bagian = [];
  let n = 0;
  for (;;) {
    const { done, value } = await r.read();
    if (done) break;
    n += value.length;
    if (n > maks) {
      r.cancel();
      return null;
    }
    bagian.push(value);
  }
  return await new Blob(bagian).text();
}
"#)]
extern "C" {
    #[wasm_bindgen(catch)]
    async fn kompres(teks: &str) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(catch)]
    /// The JSON a link's code unpacks to; null once it passes `maks` bytes (it stops there).
    async fn urai(kode: &str, maks: usize) -> Result<JsValue, JsValue>;
}

/// The link for project `p` on this page's address.
async fn tautan(p: &Proyek) -> Result<String, String> {
    let json = ke_json(p)?;
    let kode = kompres(&json)
        .await
        .ok()
        .and_then(|v| v.as_string())
        .ok_or("peramban ini tidak dapat memampatkan data")?;
    let lokasi = web_sys::window().ok_or("tidak ada jendela")?.location();
    let alamat = lokasi.href().map_err(|_| "alamat halaman tidak terbaca")?;
    let dasar = alamat.split('#').next().unwrap_or_default();
    Ok(format!("{dasar}{AWALAN}{kode}"))
}

/// Open share links: the one the page was opened with, and any pasted into the address bar
/// of this tab later.
pub fn pantau_tautan(w: RuangKerja) {
    buka_tautan(w);
    let _ = window_event_listener_untyped("hashchange", move |_| buka_tautan(w));
}

/// When the address holds a share link: add its data as a new project, then take the data
/// out of the address bar.
fn buka_tautan(w: RuangKerja) {
    let Some(lokasi) = web_sys::window().map(|j| j.location()) else {
        return;
    };
    let hash = lokasi.hash().unwrap_or_default();
    let Some(kode) = hash.strip_prefix(AWALAN).map(str::to_string) else {
        return;
    };
    wasm_bindgen_futures::spawn_local(async move {
        // null: over the limit; anything else that is not text: a code that does not unpack
        let hasil = match urai(&kode, MAKS_PROYEK).await.ok() {
            Some(v) if v.is_null() => Err(proyek_terlalu_besar()),
            v => v
                .and_then(|v| v.as_string())
                .ok_or_else(|| "tautan rusak atau terpotong".to_string())
                .and_then(|json| proyek_dari_json(&json)),
        };
        match hasil {
            Ok(p) => {
                let nama = if p.kepala.instansi.is_empty() {
                    "Proyek dari tautan".to_string()
                } else {
                    format!("{} (dari tautan)", p.kepala.instansi)
                };
                w.baru(&nama, p, false);
                w.status.set("Data dari tautan dibuka sebagai proyek baru; proyek Anda yang lain tidak berubah.".into());
            }
            Err(e) => w.status.set(format!("Tautan tidak dapat dibuka: {e}")),
        }
        if let Some(h) = web_sys::window().and_then(|j| j.history().ok()) {
            let alamat =
                lokasi.pathname().unwrap_or_default() + &lokasi.search().unwrap_or_default();
            let _ = h.replace_state_with_url(&JsValue::NULL, "", Some(&alamat));
        }
    });
}

/// "Bagikan": makes the link and shows it, with what sharing means.
#[component]
pub fn Bagikan() -> impl IntoView {
    let s = expect_context::<Keadaan>();
    let link = RwSignal::new(String::new());
    let pesan = RwSignal::new(String::new());
    let buat = move |_| {
        let p = untrack(|| s.potret());
        wasm_bindgen_futures::spawn_local(async move {
            match tautan(&p).await {
                Ok(t) => {
                    pesan.set(pesan_tautan(t.len()));
                    link.set(t);
                }
                Err(e) => pesan.set(format!("Tautan tidak dapat dibuat: {e}")),
            }
        });
    };
    view! {
        <div class="bagikan tidak-dicetak">
            <button type="button" data-testid="bagikan" on:click=buat>"Bagikan tautan"</button>
            <Show when=move || !link.with(String::is_empty)>
                <label>
                    <span>"Tautan (data ada di dalam tautan ini, setelah tanda #)"</span>
                    <input type="text" readonly data-testid="tautan-bagikan" prop:value=move || link.get() />
                </label>
                <p class="peringatan">"Siapa pun yang memiliki tautan ini dapat melihat seluruh data proyek ini. Data tidak dikirim ke server mana pun: ia ada di dalam tautan itu sendiri."</p>
            </Show>
            <span class="status">{move || pesan.get()}</span>
        </div>
    }
}
