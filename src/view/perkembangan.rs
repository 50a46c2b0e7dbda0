//! Budget growth over the years: the pasted series, growth per year, the average by method.

use crate::core::anggaran::perkembangan::{MetodePertumbuhan, Perkembangan};
use crate::core::teks::tampil::{id_desimal, rupiah};
use crate::view::daftar_pesan::DaftarPesan;
use crate::view::gulir::Gulir;
use crate::view::masukan::MasukanTabel;
use crate::view::pilih::PilihKebijakan;
use leptos::prelude::*;

const CONTOH: &str = "Ketik satu tahun sebaris (tahun, anggaran):\n2019 13.122.109.910\n2020 15.009.337.980\n\nAtau tempel anggaran per tahun, misalnya:\nTahun\tAnggaran\n2017\t5.069.123.900\n2018\t5.489.549.141";

/// Budget over several years: growth per year and the average growth by the chosen method.
#[component]
pub fn BagianPerkembangan(
    /// The pasted yearly budget table.
    teks: RwSignal<String>,
    /// The average method.
    metode: RwSignal<MetodePertumbuhan>,
    /// The computed series.
    hasil: Memo<Perkembangan>,
) -> impl IntoView {
    let pesan = Signal::derive(move || hasil.with(|h| h.pesan.clone()));
    view! {
        <MasukanTabel teks=teks testid="input-perkembangan" label="Anggaran per tahun" placeholder=CONTOH />
        <PilihKebijakan label="Rata-rata pertumbuhan" testid="kebijakan-pertumbuhan" nilai=Signal::derive(move || metode.get()) ubah=move |m| metode.set(m) />
        <DaftarPesan pesan=pesan testid="pesan-perkembangan" />
        <Show when=move || hasil.with(|h| !h.tahun.is_empty())>
            <Gulir label="Perkembangan anggaran">
                <table class="hasil kartu" data-testid="hasil-perkembangan">
                    <thead><tr><th>"Tahun"</th><th>"Anggaran (Rp)"</th><th>"Pertumbuhan (%)"</th><th>"Tertulis (%)"</th></tr></thead>
                    <tbody>
                        {move || hasil.get().tahun.into_iter().map(|t| {
                            let (g, rumus) = t.pertumbuhan.map(|(g, r)| (id_desimal(g, 2), r)).unwrap_or_else(|| ("-".into(), String::new()));
                            let judul = rumus.clone();
                            view! {
                                <tr data-row="tahun">
                                    <td data-col="tahun">{t.tahun}</td>
                                    <td class="angka" data-col="anggaran">{rupiah(t.anggaran)}</td>
                                    <td class="angka" data-col="pertumbuhan" title=judul>{g}<small class="rumus">{rumus}</small></td>
                                    <td class="angka" data-col="tertulis">{t.pertumbuhan_laporan.map(|p| id_desimal(p, p.scale())).unwrap_or_else(|| "-".into())}</td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            </Gulir>
            <p data-testid="rata-rata-pertumbuhan">
                {move || hasil.with(|h| h.rata_rata.clone()).map(|(v, r)| format!("Rata-rata pertumbuhan: {}% ({r})", id_desimal(v, 2)))}
            </p>
        </Show>
    }
}
