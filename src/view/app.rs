//! The page: the state and workspace provided as context, then one component per section.
//! Data flows one way: text or edits, parse, model, compute, view.

use crate::view::audit::DaftarTemuan;
use crate::view::bagian_anggaran::BagianAnggaran;
use crate::view::bagian_kinerja::BagianKinerja;
use crate::view::bagikan::{pantau_tautan, Bagikan};
use crate::view::contoh::DaftarContoh;
use crate::view::daftar_proyek::ProyekTersimpan;
use crate::view::hitung_cepat::HitungCepat;
use crate::view::ikm::BagianIkm;
use crate::view::keadaan::Keadaan;
use crate::view::kebijakan_panel::KebijakanPanel;
use crate::view::laporan::Laporan;
use crate::view::proyek::BerkasProyek;
use crate::view::riwayat::TombolRiwayat;
use crate::view::ruang_kerja::RuangKerja;
use leptos::prelude::*;

/// The title bar with the section links.
#[component]
fn Kepala() -> impl IntoView {
    view! {
        <header class="kepala">
            <h1>"Kalkulator SAKIP"</h1>
            <p>"Capaian, predikat dan serapan anggaran untuk LKjIP. Data tidak pernah meninggalkan perangkat ini."</p>
            <nav class="tidak-dicetak">
                <a href="#kinerja">"Kinerja"</a>
                <a href="#anggaran">"Anggaran"</a>
                <a href="#ikm">"IKM"</a>
                <a href="#audit">"Audit"</a>
                <a href="#laporan">"Laporan"</a>
            </nav>
        </header>
    }
}

/// Saved projects, examples, the project file, share links, undo and redo.
#[component]
fn RuangProyek() -> impl IntoView {
    view! {
        <ProyekTersimpan />
        <DaftarContoh />
        <div class="baris-alat">
            <BerkasProyek />
            <Bagikan />
        </div>
        <TombolRiwayat />
    }
}

/// The whole page.
#[component]
pub fn App() -> impl IntoView {
    let s = Keadaan::baru();
    provide_context(s);
    let w = RuangKerja::mulai(s);
    provide_context(w);
    pantau_tautan(w);
    view! {
        <Kepala />
        <main>
            <RuangProyek />
            <HitungCepat />
            <BagianKinerja />
            <BagianAnggaran />
            <section class="bagian" id="ikm">
                <h2>"Indeks Kepuasan Masyarakat (IKM)"</h2>
                <BagianIkm teks=s.teks_ikm kebijakan=s.kebijakan hasil=s.ikm />
            </section>
            <section class="bagian" id="audit">
                <h2>"Audit angka tertulis"</h2>
                <p class="catatan">"Setiap angka yang dihitung sendiri oleh tabel yang ditempel (kolom capaian atau %, sisa, baris Jumlah, IKM, perkembangan) dibandingkan dengan hasil hitung ulang; yang berbeda melebihi pembulatan dicantumkan di sini."</p>
                <DaftarTemuan temuan=s.temuan testid="audit" />
            </section>
            <div id="kebijakan">
                <KebijakanPanel kebijakan=s.kebijakan tampilkan_rumus=s.tampilkan_rumus />
            </div>
            <section class="kebijakan-ringkas">
                <h3>"Kebijakan yang dipakai"</h3>
                <ul data-testid="uraian-kebijakan">
                    {move || s.kebijakan.with(|k| k.uraian()).into_iter().map(|u| view! { <li>{u}</li> }).collect_view()}
                </ul>
            </section>
            <section class="bagian" id="laporan">
                <h2 class="tidak-dicetak">"Laporan (Bab III) untuk dicetak"</h2>
                <Laporan />
            </section>
        </main>
    }
}
