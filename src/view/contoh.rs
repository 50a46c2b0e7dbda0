//! Worked examples for trainers: each seed report opens with one click as a new project,
//! marked as an example; the person's own projects are untouched. The tables are fetched
//! from the files beside the page when asked for (the service worker keeps them offline).

use crate::core::proyek::contoh::{proyek_contoh, CONTOH};
use crate::view::peramban::ambil_teks;
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
                        let memuat = format!("Memuat contoh {}…", c.judul);
                        w.status.set(memuat.clone());
                        ambil_teks(c.alamat(), move |hasil| match hasil {
                            Ok(teks) => {
                                // the loading line goes; a message opening the project gave stays
                                w.status.update(|s| if *s == memuat { s.clear() });
                                if let Some(p) = proyek_contoh(c.kunci, c.susun(teks)) {
                                    w.baru(&format!("Contoh {}", c.judul), p, true);
                                }
                            }
                            Err(e) => w.status.set(format!("Contoh {} gagal dimuat ({e}).", c.judul)),
                        });
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
