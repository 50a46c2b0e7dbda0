//! Adding budget lines by hand: a button and the row editor with the budget's columns (or
//! kode, uraian, anggaran, realisasi on an empty page).

use crate::core::anggaran::tabel::TabelAnggaran;
use crate::core::teks::sunting::KOLOM_BAKU_ANGGARAN;
use crate::view::sunting_baris::{SuntingBaris, BARIS_BARU};
use leptos::prelude::*;

/// The editor's columns: the table's own, or the standard ones on an empty page.
pub fn kolom_editor(t: &TabelAnggaran) -> Vec<(String, &'static str)> {
    if t.kolom.is_empty() {
        return KOLOM_BAKU_ANGGARAN
            .iter()
            .map(|(l, p)| (l.to_string(), *p))
            .collect();
    }
    t.kolom
        .iter()
        .enumerate()
        .map(|(j, k)| {
            let label = t
                .judul
                .get(j)
                .filter(|h| !h.is_empty())
                .cloned()
                .unwrap_or_else(|| format!("Kolom {}", j + 1));
            (label, k.peran())
        })
        .collect()
}

/// "+ Tambah baris anggaran" and, when open, the editor for a new budget line.
#[component]
pub fn TambahBarisAnggaran(
    /// The budget table's text.
    teks: RwSignal<String>,
    /// The parsed budget table, for its columns.
    #[prop(into)]
    tabel: Signal<TabelAnggaran>,
    /// Line of the row being edited, shared with the table ([`BARIS_BARU`] for a new one).
    sunting: RwSignal<Option<usize>>,
) -> impl IntoView {
    view! {
        <button type="button" data-testid="tambah-baris-anggaran" on:click=move |_| sunting.set(Some(BARIS_BARU))>
            "+ Tambah baris anggaran"
        </button>
        {move || (sunting.get() == Some(BARIS_BARU)).then(|| {
            let kolom = tabel.with_untracked(kolom_editor);
            view! {
                <SuntingBaris teks=teks baris=sunting kolom=kolom testid=["sunting-baris-anggaran", "simpan-baris-anggaran"] />
            }
        })}
    }
}
