//! "Hitung cepat": the capaian of one indikator from a target, a realisasi and a polarity, as
//! one types; no table needed. Uses the policies in force, like the table does.

use crate::core::kinerja::capaian::{banding_rumus_negatif, capaian_teks, ALASAN_RUMUS_NEGATIF};
use crate::core::kinerja::polaritas::Polaritas;
use crate::core::proyek::cepat::IsianCepat;
use crate::view::gulir::Gulir;
use crate::view::keadaan::Keadaan;
use crate::view::penyimpanan::{baca_catatan, tulis_catatan, KUNCI_CEPAT};
use leptos::prelude::*;

/// Quick check of one indikator: capaian, predikat and the formula with the values in it.
#[component]
pub fn HitungCepat() -> impl IntoView {
    let s = expect_context::<Keadaan>();
    // kept in the browser's storage as typed (see `core/proyek/cepat.rs`)
    let simpan = IsianCepat::baca(&baca_catatan(KUNCI_CEPAT).unwrap_or_default());
    let target = RwSignal::new(simpan.target);
    let realisasi = RwSignal::new(simpan.realisasi);
    let polaritas = RwSignal::new(simpan.polaritas);
    Effect::new(move |_| {
        let isian = IsianCepat {
            target: target.get(),
            realisasi: realisasi.get(),
            polaritas: polaritas.get(),
        };
        tulis_catatan(KUNCI_CEPAT, isian.tulis().as_deref());
    });
    let hasil = Memo::new(move |_| {
        let (t, r) = (target.get(), realisasi.get());
        if t.trim().is_empty() && r.trim().is_empty() {
            return None;
        }
        Some(s.kebijakan.with(|k| {
            let c = capaian_teks(&t, &r, polaritas.get(), k);
            let predikat = c.predikat(k);
            let pita = k.skala.kelas(&predikat);
            (
                c.tampil(k),
                predikat,
                c.alasan.clone().unwrap_or(c.rumus),
                pita,
            )
        }))
    });
    view! {
        <section class="bagian cepat tidak-dicetak" id="cepat">
            <h2>"Hitung cepat"</h2>
            <div class="cepat-isian">
                <label>
                    <span>"Target"</span>
                    <input type="text" inputmode="decimal" data-testid="cepat-target"
                        prop:value=move || target.get()
                        on:input=move |ev| {
                            let t = event_target_value(&ev);
                            // `≤ 3` is lower-is-better, as in a table without a Polaritas column;
                            // the select shows it and can still be changed
                            if let Some(p) = Polaritas::dari_target(&t) {
                                polaritas.set(p);
                            }
                            target.set(t);
                        } />
                </label>
                <label>
                    <span>"Realisasi"</span>
                    <input type="text" inputmode="decimal" data-testid="cepat-realisasi"
                        prop:value=move || realisasi.get()
                        on:input=move |ev| realisasi.set(event_target_value(&ev)) />
                </label>
                <label>
                    <span>"Polaritas"</span>
                    <select data-testid="cepat-polaritas"
                        prop:value=move || if polaritas.get() == Polaritas::Negatif { "negatif" } else { "positif" }
                        on:change=move |ev| polaritas.set(if event_target_value(&ev) == "negatif" { Polaritas::Negatif } else { Polaritas::Positif })>
                        <option value="positif" selected=polaritas.get_untracked() == Polaritas::Positif>"Positif (semakin tinggi semakin baik)"</option>
                        <option value="negatif" selected=polaritas.get_untracked() == Polaritas::Negatif>"Negatif (semakin rendah semakin baik)"</option>
                    </select>
                </label>
            </div>
            <p class="cepat-hasil" aria-live="polite">
                <span>"Capaian "</span>
                <strong class="cepat-capaian" data-testid="cepat-capaian">{move || hasil.get().map(|h| h.0).unwrap_or_else(|| "-".into())}</strong>
                <span class=move || format!("predikat {}", hasil.get().map(|h| h.3).unwrap_or("pita-0")) data-testid="cepat-predikat">{move || hasil.get().map(|h| h.1).unwrap_or_default()}</span>
            </p>
            <BandingNegatif target=target realisasi=realisasi polaritas=polaritas />
            <p class="rumus" data-testid="cepat-rumus">{move || hasil.get().map(|h| h.2).unwrap_or_else(|| "Isi target dan realisasi.".into())}</p>
        </section>
    }
}

/// For a negative indikator: its capaian under each formula offices use, side by side, and
/// why the default is the default (for trainers).
#[component]
fn BandingNegatif(
    /// The target as typed.
    target: RwSignal<String>,
    /// The realisasi as typed.
    realisasi: RwSignal<String>,
    /// The polarity chosen.
    polaritas: RwSignal<Polaritas>,
) -> impl IntoView {
    let s = expect_context::<Keadaan>();
    let baris = move || {
        let k = s.kebijakan.get();
        banding_rumus_negatif(&target.get(), &realisasi.get(), &k)
            .into_iter()
            .map(|(nama, c)| {
                let rumus = c.alasan.clone().unwrap_or(c.rumus.clone());
                view! {
                    <tr data-row="rumus-negatif">
                        <td data-col="rumus">{nama}</td>
                        <td data-col="capaian" class="angka">{c.tampil(&k)}</td>
                        <td class="rumus-sel">{rumus}</td>
                    </tr>
                }
            })
            .collect_view()
    };
    let tampil = move || {
        polaritas.get() == Polaritas::Negatif
            && !target.with(|t| t.trim().is_empty())
            && !realisasi.with(|r| r.trim().is_empty())
    };
    view! {
        <Show when=tampil>
            <Gulir label="Perbandingan rumus indikator negatif">
            <table class="hasil" data-testid="banding-rumus-negatif">
                <thead><tr><th>"Rumus indikator negatif"</th><th>"Capaian (%)"</th><th>"Perhitungan"</th></tr></thead>
                <tbody>{baris}</tbody>
            </table>
            </Gulir>
            <p class="catatan">{ALASAN_RUMUS_NEGATIF}</p>
        </Show>
    }
}
