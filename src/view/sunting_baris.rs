use crate::core::sunting::{ganti_baris, sel_baris, tambah_baris};

/// The line number the editor uses for a row that does not exist yet.
pub const BARIS_BARU: usize = usize::MAX;
use leptos::prelude::*;

/// An inline editor for one pasted row: one input per cell. Saving rewrites that row of the
/// pasted text; nothing else changes.
#[component]
pub fn SuntingBaris(
    /// The pasted text.
    teks: RwSignal<String>,
    /// Line of the row being edited ([`BARIS_BARU`] for a new row); `None` closes.
    baris: RwSignal<Option<usize>>,
    /// Column headers, for the input labels.
    judul: Vec<String>,
    /// How many columns the table has.
    lebar: usize,
) -> impl IntoView {
    let awal = baris
        .get_untracked()
        .map(|b| sel_baris(&teks.get_untracked(), b))
        .unwrap_or_default();
    let mut isi0 = awal.clone();
    isi0.resize(lebar.max(awal.len()), String::new());
    let isi = RwSignal::new(isi0.clone());
    let simpan = move |_| {
        match baris.get_untracked() {
            Some(BARIS_BARU) => teks.set(tambah_baris(&teks.get_untracked(), &isi.get_untracked())),
            Some(b) => teks.set(ganti_baris(&teks.get_untracked(), b, &isi.get_untracked())),
            None => {}
        }
        baris.set(None);
    };
    view! {
        <div class="sunting" data-testid="sunting-baris">
            {isi0
                .into_iter()
                .enumerate()
                .map(|(j, v)| {
                    let label = judul.get(j).filter(|h| !h.is_empty()).cloned().unwrap_or_else(|| format!("Kolom {}", j + 1));
                    view! {
                        <label>
                            <span>{label}</span>
                            <input
                                type="text"
                                data-col-index=j.to_string()
                                value=v
                                on:input=move |ev| {
                                    let v = event_target_value(&ev);
                                    isi.update(|x| {
                                        if let Some(c) = x.get_mut(j) {
                                            *c = v;
                                        }
                                    });
                                }
                            />
                        </label>
                    }
                })
                .collect_view()}
            <button type="button" data-testid="simpan-baris" on:click=simpan>"Simpan"</button>
            <button type="button" on:click=move |_| baris.set(None)>"Batal"</button>
        </div>
    }
}
