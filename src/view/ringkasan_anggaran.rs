//! Budget summaries: BTL/BL, per program with its link to a sasaran, and efficiency.

use crate::core::anggaran::efisiensi::EfisiensiSasaran;
use crate::view::efisiensi::TabelEfisiensi;
use crate::view::gulir::Gulir;
use crate::view::jendela::{lagi_jika_ada, tampil_awal};
use crate::view::tautan_sasaran::TautanSasaran;
use crate::view::terbuka::SatuTerbuka;
use leptos::prelude::*;

/// A program row of the summary, with the sasaran it is linked to.
#[derive(Clone, Debug, PartialEq)]
pub struct BarisProgram {
    pub uraian: String,
    pub anggaran: String,
    pub realisasi: String,
    pub serapan: String,
    /// Index of the linked sasaran, if any.
    pub sasaran: Option<usize>,
}

/// BTL/BL and per-program summaries, the link of each program to a sasaran of the indicator
/// table, and performance beside budget per linked sasaran.
#[component]
pub fn RingkasanAnggaran(
    /// BTL / BL rows: label, anggaran, realisasi, serapan.
    #[prop(into)]
    belanja: Signal<Vec<(String, String, String, String)>>,
    /// Program rows.
    #[prop(into)]
    program: Signal<Vec<BarisProgram>>,
    /// Sasaran names from the indicator table.
    #[prop(into)]
    sasaran: Signal<Vec<String>>,
    /// Efficiency per linked sasaran.
    #[prop(into)]
    efisiensi: Signal<Vec<EfisiensiSasaran>>,
    /// Called with (program uraian, sasaran index or none) when a link changes.
    tautkan: Callback<(String, Option<usize>)>,
) -> impl IntoView {
    // The program whose select was last reached: only it lists every sasaran (view/terbuka.rs).
    let terbuka = SatuTerbuka::<String>::default();
    // a flat budget of 20.000 top-level lines is 20.000 belanja or program rows: windows, as
    // in the results tables
    let tampil_belanja = tampil_awal(false);
    let tampil_program = tampil_awal(false);
    view! {
        <Show when=move || belanja.with(|b| !b.is_empty())>
            <h3>"Belanja tidak langsung dan langsung"</h3>
            <Gulir label="Belanja tidak langsung dan langsung">
            <table class="hasil" data-testid="ringkasan-belanja">
                <thead><tr><th>"Jenis belanja"</th><th>"Anggaran (Rp)"</th><th>"Realisasi (Rp)"</th><th>"Serapan (%)"</th></tr></thead>
                <tbody>
                    {move || {
                        let batas = tampil_belanja.get();
                        belanja.with(|semua| {
                            let lagi = lagi_jika_ada(tampil_belanja, semua.len(), 4);
                            let baris = semua.iter().take(batas).cloned().map(|(l, a, r, s)| view! {
                                <tr data-row="belanja"><td class="teks">{l}</td><td class="angka">{a}</td><td class="angka">{r}</td><td class="angka">{s}</td></tr>
                            }).collect_view();
                            (baris, lagi)
                        })
                    }}
                </tbody>
            </table>
            </Gulir>
        </Show>
        <Show when=move || program.with(|p| !p.is_empty())>
            <h3>"Per program"</h3>
            <Gulir label="Ringkasan anggaran">
                <table class="hasil kartu" data-testid="ringkasan-program">
                    <thead><tr><th>"Program"</th><th>"Anggaran (Rp)"</th><th>"Realisasi (Rp)"</th><th>"Serapan (%)"</th><th>"Mendukung sasaran"</th></tr></thead>
                    <tbody>
                        // Rebuilt in place when the programs or the link change, so the
                        // select a person is using keeps its focus.
                        {move || {
                            let nama = sasaran.get();
                            let dibuka = terbuka.kunci();
                            let batas = tampil_program.get();
                            let semua = program.get();
                            let lagi = lagi_jika_ada(tampil_program, semua.len(), 5);
                            let baris = semua.into_iter().take(batas).map(|p| {
                                let semua = dibuka.as_deref() == Some(p.uraian.as_str());
                                // a closed select takes its one sasaran by index, not by a
                                // pass over every sasaran for every program
                                let pilihan: Vec<(usize, String)> = if semua {
                                    nama.iter().cloned().enumerate().collect()
                                } else {
                                    p.sasaran.and_then(|i| Some((i, nama.get(i)?.clone()))).into_iter().collect()
                                };
                                view! {
                                    <tr data-row="program">
                                        <td class="teks" data-col="uraian">{p.uraian.clone()}</td>
                                        <td class="angka" data-col="anggaran">{p.anggaran}</td>
                                        <td class="angka" data-col="realisasi">{p.realisasi}</td>
                                        <td class="angka" data-col="serapan">{p.serapan}</td>
                                        <td data-col="tautan"><TautanSasaran uraian=p.uraian tautan=p.sasaran pilihan=pilihan terbuka=terbuka tautkan=tautkan /></td>
                                    </tr>
                                }
                            }).collect_view();
                            (baris, lagi)
                        }}
                    </tbody>
                </table>
            </Gulir>
        </Show>
        <TabelEfisiensi efisiensi=efisiensi testid="efisiensi" judul="Capaian kinerja dan serapan anggaran per sasaran" />
    }
}
