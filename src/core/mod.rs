//! The pure core: no leptos, web-sys or wasm-bindgen. Parsing, numbers, formulas, trees,
//! scales, terbilang and the report model, tested natively with `cargo test`.

pub mod anggaran;
pub mod aritmetika;
pub mod audit;
pub mod capaian;
pub mod contoh;
pub mod daftar_proyek;
pub mod efisiensi;
pub mod ekspor;
pub mod format;
pub mod grafik;
pub mod ikm;
pub mod indikator;
pub mod kalimat;
pub mod kebijakan;
pub mod kolom;
pub mod laporan_anggaran;
pub mod laporan_kinerja;
pub mod nilai;
pub mod number;
pub mod perbandingan;
pub mod perkembangan;
pub mod pesan;
pub mod pohon;
pub mod polaritas;
pub mod predikat;
pub mod proyek;
pub mod riwayat;
pub mod sasaran;
pub mod sunting;
pub mod table;
pub mod terbilang;
