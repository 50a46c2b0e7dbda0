//! The policy panel: every switch DOMAIN.md leaves to the office. Changes recompute at once.

use crate::core::kebijakan::predikat::{SkalaPredikat, PRESET};
use crate::core::kebijakan::{Kebijakan, PILIHAN_BATAS};
use crate::view::pilih::PilihKebijakan;
use leptos::prelude::*;
use rust_decimal::Decimal;

/// The policy panel: every switch DOMAIN.md leaves to the office. Changes recompute at once.
#[component]
pub fn KebijakanPanel(
    /// The policies being edited.
    kebijakan: RwSignal<Kebijakan>,
    /// Whether every number shows its formula (for trainers).
    tampilkan_rumus: RwSignal<bool>,
) -> impl IntoView {
    view! {
        <fieldset class="kebijakan" data-testid="kebijakan">
            <legend>"Kebijakan perhitungan"</legend>
            <PilihKebijakan
                label="Rumus indikator negatif"
                testid="kebijakan-rumus-negatif"
                nilai=Signal::derive(move || kebijakan.with(|k| k.rumus_negatif))
                ubah=move |v| kebijakan.update(|k| k.rumus_negatif = v)
            />
            <label>
                "Batas atas capaian "
                <select
                    data-testid="kebijakan-batas"
                    on:change=move |ev| {
                        let v = event_target_value(&ev);
                        kebijakan.update(|k| k.batas_atas = v.parse::<u32>().ok().map(Decimal::from));
                    }
                >
                    <option value="" prop:selected=move || kebijakan.with(|k| k.batas_atas.is_none())>"tanpa batas"</option>
                    {PILIHAN_BATAS
                        .iter()
                        .map(|b| {
                            let b = *b;
                            view! {
                                <option value=b.to_string() prop:selected=move || kebijakan.with(|k| k.batas_atas == Some(Decimal::from(b)))>
                                    {format!("{b}%")}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </label>
            <PilihKebijakan
                label="Pembulatan"
                testid="kebijakan-pembulatan"
                nilai=Signal::derive(move || kebijakan.with(|k| k.pembulatan))
                ubah=move |v| kebijakan.update(|k| k.pembulatan = v)
            />
            <PilihSkala kebijakan=kebijakan />
            <PilihKebijakan
                label="Capaian sasaran"
                testid="kebijakan-agregasi"
                nilai=Signal::derive(move || kebijakan.with(|k| k.agregasi))
                ubah=move |v| kebijakan.update(|k| k.agregasi = v)
            />
            <label class="centang">
                <input
                    type="checkbox"
                    data-testid="tampilkan-rumus"
                    prop:checked=move || tampilkan_rumus.get()
                    on:change=move |ev| tampilkan_rumus.set(event_target_checked(&ev))
                />
                " Tampilkan rumus di setiap angka"
            </label>
        </fieldset>
    }
}

/// The predikat scale: a preset, or a custom one edited as text (one band a line).
#[component]
fn PilihSkala(
    /// The policies being edited (their scale).
    kebijakan: RwSignal<Kebijakan>,
) -> impl IntoView {
    let kustom = RwSignal::new(String::new());
    let galat_kustom = RwSignal::new(None::<String>);
    let pilih_skala = move |id: String| {
        if id == "kustom" {
            let teks = kebijakan.with_untracked(|k| k.skala.ke_teks());
            kustom.set(teks);
            kebijakan.update(|k| k.skala.nama = "Kustom".into());
        } else if let Some(s) = SkalaPredikat::preset(&id) {
            kebijakan.update(|k| k.skala = s);
        }
    };
    let skala_id = move || {
        kebijakan.with(|k| {
            PRESET
                .iter()
                .find(|(id, _)| SkalaPredikat::preset(id).as_ref() == Some(&k.skala))
                .map(|(id, _)| id.to_string())
                .unwrap_or_else(|| "kustom".into())
        })
    };
    view! {
            <label>
                "Skala predikat "
                <select data-testid="kebijakan-skala" on:change=move |ev| pilih_skala(event_target_value(&ev))>
                    {PRESET
                        .iter()
                        .map(|(id, nama)| {
                            let id = *id;
                            view! {
                                <option value=id prop:selected=move || skala_id() == id>
                                    {*nama}
                                </option>
                            }
                        })
                        .collect_view()}
                    <option value="kustom" prop:selected=move || skala_id() == "kustom">"Kustom (ubah sendiri)"</option>
                </select>
            </label>
            <Show when=move || skala_id() == "kustom">
                <label class="kustom">
                    "Pita skala kustom (satu per baris: batas bawah lalu label; baris terakhir tanpa angka), atau tempel skala seperti tercetak di laporan (91 - 100 : Sangat Tinggi)"
                    <textarea
                        data-testid="kebijakan-skala-kustom"
                        rows="5"
                        prop:value=move || kustom.get()
                        on:input=move |ev| {
                            let v = event_target_value(&ev);
                            kustom.set(v.clone());
                            match SkalaPredikat::dari_teks("Kustom", &v) {
                                Ok(s) => {
                                    galat_kustom.set(None);
                                    kebijakan.update(|k| k.skala = s);
                                }
                                Err(e) => galat_kustom.set(Some(e)),
                            }
                        }
                    ></textarea>
                    <span class="galat">{move || galat_kustom.get()}</span>
                </label>
            </Show>
    }
}
