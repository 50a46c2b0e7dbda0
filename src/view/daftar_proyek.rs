//! Saved projects (one per year or per office): choose one, new, rename, duplicate, delete
//! (after a confirmation). Each is kept in this browser; see the README for where.

use crate::core::proyek::berkas::Proyek;
use crate::view::ruang_kerja::RuangKerja;
use leptos::prelude::*;

fn jendela() -> Option<web_sys::Window> {
    web_sys::window()
}

/// `2026-11-25T09:30:00.000Z` as `25-11-2026 09:30` (UTC, as stored).
fn tanggal(iso: &str) -> String {
    match (
        iso.get(0..4),
        iso.get(5..7),
        iso.get(8..10),
        iso.get(11..16),
    ) {
        (Some(y), Some(m), Some(d), Some(t)) => format!("{d}-{m}-{y} {t}"),
        _ => iso.to_string(),
    }
}

/// The project chooser and its actions.
#[component]
pub fn ProyekTersimpan() -> impl IntoView {
    let w = expect_context::<RuangKerja>();
    let pesan = RwSignal::new(String::new());
    let baru = move |_| {
        let n = w.daftar.with_untracked(|d| d.proyek.len() + 1);
        w.baru(&format!("Proyek {n}"), Proyek::kosong(), false);
    };
    let ganti_nama = move |_| {
        let lama = w
            .daftar
            .with_untracked(|d| d.aktif().map(|e| e.nama.clone()).unwrap_or_default());
        let nama = jendela().and_then(|j| {
            j.prompt_with_message_and_default("Nama proyek:", &lama)
                .ok()
                .flatten()
        });
        if let Some(nama) = nama {
            pesan.set(w.ganti_nama(&nama).err().unwrap_or_default());
        }
    };
    let hapus = move |_| {
        let nama = w
            .daftar
            .with_untracked(|d| d.aktif().map(|e| e.nama.clone()).unwrap_or_default());
        let ya = jendela()
            .and_then(|j| {
                j.confirm_with_message(&format!(
                    "Hapus proyek \"{nama}\" dari peramban ini? Ini tidak dapat diurungkan."
                ))
                .ok()
            })
            .unwrap_or(false);
        if ya {
            w.hapus();
        }
    };
    view! {
        <div class="proyek-tersimpan tidak-dicetak">
            <label>
                <span>"Proyek tersimpan"</span>
                <select data-testid="pilih-proyek"
                    prop:value=move || w.daftar.with(|d| d.aktif.clone())
                    on:change=move |ev| w.buka(&event_target_value(&ev))>
                    {move || w.daftar.with(|d| d.proyek.iter().map(|e| {
                        let label = format!("{}{} ({})", if e.contoh { "Contoh: " } else { "" }, e.nama, tanggal(&e.diubah));
                        view! { <option value=e.id.clone() selected=e.id == d.aktif>{label}</option> }
                    }).collect_view())}
                </select>
            </label>
            <button type="button" data-testid="proyek-baru" on:click=baru>"Baru"</button>
            <button type="button" data-testid="proyek-ganti-nama" on:click=ganti_nama>"Ganti nama"</button>
            <button type="button" data-testid="proyek-duplikat" on:click=move |_| w.duplikat()>"Duplikat"</button>
            <button type="button" data-testid="proyek-hapus" on:click=hapus>"Hapus"</button>
            <span class="status">{move || pesan.get()}</span>
            {move || w.daftar.with(|d| d.aktif().is_some_and(|e| e.contoh)).then(|| view! {
                <p class="tanda-contoh" data-testid="tanda-contoh">"Ini proyek contoh dari laporan kecamatan yang nyata; ubah sesuka hati, proyek Anda sendiri tidak tersentuh."</p>
            })}
        </div>
    }
}
