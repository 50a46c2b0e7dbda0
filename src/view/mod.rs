//! The thin Leptos view. Components read signals of the core's results and render them;
//! parsing and arithmetic stay in `crate::core`.

mod app;
mod daftar_pesan;
mod hasil_anggaran;
mod hasil_indikator;
mod ikm;
mod kebijakan_panel;
mod masukan;
mod peran_kolom;
mod perbandingan;
mod perkembangan;
mod ringkasan_anggaran;
mod sunting_baris;

pub use app::App;
