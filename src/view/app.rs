use crate::core::indikator::baca_tabel_indikator;
use crate::core::kebijakan::Kebijakan;
use crate::core::perbandingan::baris_perbandingan;
use crate::core::sasaran::hitung_kinerja;
use crate::core::sunting::Pemetaan;
use crate::view::daftar_pesan::DaftarPesan;
use crate::view::hasil_indikator::HasilIndikator;
use crate::view::kebijakan_panel::KebijakanPanel;
use crate::view::masukan::MasukanTabel;
use crate::view::peran_kolom::PeranKolom;
use crate::view::perbandingan::Perbandingan;
use leptos::prelude::*;

const CONTOH_INDIKATOR: &str = "Tempel tabel dari Excel, Word atau PDF, misalnya:\nSasaran\tIndikator\tSatuan\tTarget\tRealisasi\nMeningkatnya kepuasan masyarakat\tIndeks Kepuasan Masyarakat\t%\t80,25\t81,14";

/// The whole page. Data flows one way: text, parse, compute, view.
#[component]
pub fn App() -> impl IntoView {
    let teks = RwSignal::new(String::new());
    let pemetaan = RwSignal::new(Pemetaan::default());
    let kebijakan = RwSignal::new(Kebijakan::default());
    let tampilkan_rumus = RwSignal::new(false);

    let tabel =
        Memo::new(move |_| teks.with(|t| pemetaan.with(|p| baca_tabel_indikator(t, p.untuk(t)))));
    let hasil = Memo::new(move |_| tabel.with(|t| kebijakan.with(|k| hitung_kinerja(t, k))));
    let perbandingan =
        Memo::new(move |_| tabel.with(|t| kebijakan.with(|k| baris_perbandingan(&t.indikator, k))));
    let pesan = Signal::derive(move || tabel.with(|t| t.pesan.clone()));
    let ringkas_format = move || {
        tabel.with(|t| {
            if t.indikator.is_empty() {
                return String::new();
            }
            let konv = t
                .konvensi
                .iter()
                .filter(|(j, _)| {
                    matches!(
                        t.kolom[*j],
                        crate::core::kolom::Kolom::Target | crate::core::kolom::Kolom::Realisasi
                    )
                })
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
    };

    view! {
        <header class="kepala">
            <h1>"Kalkulator SAKIP"</h1>
            <p>"Capaian, predikat dan serapan anggaran untuk LKjIP. Data tidak pernah meninggalkan perangkat ini."</p>
        </header>
        <main>
            <section class="bagian" aria-labelledby="judul-indikator">
                <h2 id="judul-indikator">"Capaian kinerja"</h2>
                <MasukanTabel teks=teks testid="input-indikator" label="Tabel indikator kinerja" placeholder=CONTOH_INDIKATOR />
                <p class="ringkas-format" data-testid="format-indikator">{ringkas_format}</p>
                <PeranKolom tabel=tabel teks=teks pemetaan=pemetaan />
                <DaftarPesan pesan=pesan testid="pesan-indikator" />
                <HasilIndikator
                    tabel=tabel
                    hasil=hasil
                    kebijakan=kebijakan
                    tampilkan_rumus=tampilkan_rumus
                    teks=teks
                    pemetaan=pemetaan
                />
                <Perbandingan baris=perbandingan kebijakan=kebijakan tampilkan_rumus=tampilkan_rumus />
            </section>
            <KebijakanPanel kebijakan=kebijakan tampilkan_rumus=tampilkan_rumus />
            <section class="kebijakan-ringkas">
                <h3>"Kebijakan yang dipakai"</h3>
                <ul data-testid="uraian-kebijakan">
                    {move || kebijakan.with(|k| k.uraian()).into_iter().map(|u| view! { <li>{u}</li> }).collect_view()}
                </ul>
            </section>
        </main>
    }
}
