//! Worked examples for trainers: each seed report opens with one click as a new project,
//! marked as an example; the person's own projects are untouched.

use crate::core::proyek::contoh::{proyek_contoh, CONTOH};
use crate::view::ruang_kerja::RuangKerja;
use leptos::prelude::*;

/// The list of worked examples.
#[component]
pub fn DaftarContoh() -> impl IntoView {
    let w = expect_context::<RuangKerja>();
    view! {
        <div class="contoh tidak-dicetak" data-testid="contoh">
            <span>"Contoh untuk pelatihan (laporan kecamatan yang nyata), dibuka sebagai proyek baru:"</span>
            <ul>
                {CONTOH.iter().map(|c| {
                    let buka = move |_| {
                        if let Some(p) = proyek_contoh(c.kunci) {
                            w.baru(&format!("Contoh {}", c.judul), p, true);
                        }
                    };
                    view! {
                        <li>
                            <button type="button" data-contoh=c.kunci on:click=buka>{c.judul}</button>
                            " " <small>{c.uraian}</small>
                        </li>
                    }
                }).collect_view()}
            </ul>
        </div>
    }
}
