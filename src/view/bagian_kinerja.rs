//! The performance section of the page: the pasted indicator table, how it was read, column
//! roles, messages, the results table, export and comparisons over time.

use crate::core::kinerja::sasaran::saran_agregasi;
use crate::core::laporan::ekspor::ekspor_kinerja;
use crate::core::teks::kolom::Kolom;
use crate::view::daftar_pesan::DaftarPesan;
use crate::view::ekspor::TombolEkspor;
use crate::view::hasil_indikator::HasilIndikator;
use crate::view::keadaan::Keadaan;
use crate::view::masukan::MasukanTabel;
use crate::view::peran_kolom::PeranKolom;
use crate::view::perbandingan::Perbandingan;
use leptos::prelude::*;

const CONTOH_INDIKATOR: &str = "Ketik satu indikator sebaris (nama, target, realisasi):\nIKM, 80, 82,5\n\nAtau tempel tabel dari Excel, Word atau PDF, misalnya:\nSasaran\tIndikator\tSatuan\tTarget\tRealisasi\nMeningkatnya kepuasan masyarakat\tIndeks Kepuasan Masyarakat\t%\t80,25\t81,14";

/// "12 indikator; pemisah tab; format angka: Target id-ID, Realisasi id-ID; tahun 2022".
fn ringkas_format(s: Keadaan) -> String {
    s.tabel.with(|t| {
        if t.indikator.is_empty() {
            return String::new();
        }
        let konv = t
            .konvensi
            .iter()
            .filter(|(j, _)| matches!(t.kolom[*j], Kolom::Target | Kolom::Realisasi))
            .map(|(j, k)| format!("{} {}", t.kolom[*j].label(), k.label()))
            .collect::<Vec<_>>()
            .join(", ");
        let tahun = t.tahun.map(|y| format!("; tahun {y}")).unwrap_or_default();
        format!(
            "{} indikator; pemisah {}; format angka: {konv}{tahun}",
            t.indikator.len(),
            t.pemisah.label()
        )
    })
}

/// The performance section.
#[component]
pub fn BagianKinerja() -> impl IntoView {
    let s = expect_context::<Keadaan>();
    let pesan = Signal::derive(move || {
        s.tabel.with(|t| {
            let mut p = t.pesan.clone();
            p.extend(s.kebijakan.with(|k| saran_agregasi(t, k)));
            p
        })
    });
    let ekspor = Signal::derive(move || s.model_kinerja.with(|(b, i)| ekspor_kinerja(b, i)));
    view! {
        <section class="bagian" id="kinerja">
            <h2>"Capaian kinerja"</h2>
            <MasukanTabel teks=s.teks testid="input-indikator" label="Tabel indikator kinerja" placeholder=CONTOH_INDIKATOR />
            <p class="ringkas-format" data-testid="format-indikator">{move || ringkas_format(s)}</p>
            <PeranKolom tabel=s.tabel teks=s.teks pemetaan=s.pemetaan />
            <DaftarPesan pesan=pesan testid="pesan-indikator" />
            <HasilIndikator tabel=s.tabel hasil=s.hasil kebijakan=s.kebijakan tampilkan_rumus=s.tampilkan_rumus teks=s.teks pemetaan=s.pemetaan />
            <TombolEkspor baris=ekspor nama="capaian-kinerja" testid="ekspor-kinerja" />
            <Perbandingan baris=s.perbandingan kebijakan=s.kebijakan tampilkan_rumus=s.tampilkan_rumus testid="perbandingan" judul="Perbandingan dengan tahun lalu dan target Renstra" />
        </section>
    }
}
