//! The thin Leptos view. Components read signals of the core's results and render them;
//! parsing and arithmetic stay in `crate::core`.

mod app;
mod audit;
mod bagian_anggaran;
mod bagian_kinerja;
mod bagikan;
mod contoh;
mod daftar_pesan;
mod daftar_proyek;
mod efisiensi;
mod ekspor;
mod grafik;
mod gulir;
mod hasil_anggaran;
mod hasil_indikator;
mod hitung_cepat;
mod ikm;
mod jendela;
mod keadaan;
mod kebijakan_panel;
mod laporan;
mod masukan;
pub mod pengaman;
mod penyimpanan;
mod peramban;
mod peran_kolom;
mod perbandingan;
mod perkembangan;
mod pilih;
mod proyek;
mod ringkasan_anggaran;
mod riwayat;
mod ruang_kerja;
mod sunting_anggaran;
mod sunting_baris;

pub use app::App;
