//! Copy a table as tab-separated text, or download it as `;`-CSV with decimal commas.

use crate::core::laporan::ekspor::{csv, tsv};
use crate::view::peramban::{salin, unduh};
use leptos::prelude::*;

/// Copy a result table as tab-separated text, or download it as CSV (`;`, decimal comma).
#[component]
pub fn TombolEkspor(
    /// Header and rows, as shown (Indonesian number formats).
    #[prop(into)]
    baris: Signal<Vec<Vec<String>>>,
    /// File name stem for the CSV.
    nama: &'static str,
    /// Prefix of the buttons' `data-testid`s.
    testid: &'static str,
) -> impl IntoView {
    let status = RwSignal::new(String::new());
    let salin_tsv = move |_| {
        salin(tsv(&baris.get_untracked()), move |r| {
            status.set(match r {
                Ok(()) => "Tabel disalin; tempel ke Excel atau Word.".into(),
                Err(e) => format!("Tidak dapat menyalin: {e}"),
            })
        })
    };
    let unduh_csv = move |_| {
        let r = unduh(
            &format!("{nama}.csv"),
            "text/csv;charset=utf-8",
            &format!("\u{feff}{}", csv(&baris.get_untracked())),
        );
        status.set(match r {
            Ok(()) => format!("{nama}.csv diunduh."),
            Err(e) => format!("Tidak dapat mengunduh: {e}"),
        });
    };
    view! {
        <div class="ekspor tidak-dicetak">
            <button type="button" data-testid=format!("{testid}-salin") on:click=salin_tsv>"Salin tabel"</button>
            <button type="button" data-testid=format!("{testid}-csv") on:click=unduh_csv>"Unduh CSV"</button>
            <span class="status" data-testid=format!("{testid}-status")>{move || status.get()}</span>
        </div>
    }
}
