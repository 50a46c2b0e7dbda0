//! Adding budget lines by hand: a button and the row editor with the budget's columns (or
//! kode, uraian, anggaran, realisasi on an empty page).

use crate::core::anggaran::tabel::TabelAnggaran;
use crate::core::teks::sunting::KOLOM_BAKU_ANGGARAN;
use crate::view::sunting_baris::{kolom_editor, SuntingBaris, BARIS_BARU};
use leptos::prelude::*;

/// The editor's columns for the budget table (the standard ones on an empty page).
pub fn kolom_anggaran(t: &TabelAnggaran) -> Vec<(String, &'static str)> {
    let peran = t.kolom.iter().map(|k| (k.label(), k.peran()));
    kolom_editor(&t.judul, peran, &KOLOM_BAKU_ANGGARAN)
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
            let kolom = tabel.with_untracked(kolom_anggaran);
            view! {
                <SuntingBaris teks=teks baris=sunting kolom=kolom testid=["sunting-baris-anggaran", "simpan-baris-anggaran"] />
            }
        })}
    }
}
