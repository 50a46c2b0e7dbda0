//! The pure core: no leptos, web-sys or wasm-bindgen. Tested natively with `cargo test`.
//! Each wing is a folder; dependencies point down this list, never up:
//! - [`teks`]: reading and writing what people paste (numbers, tables, column roles, cells,
//!   messages, row edits) and display without policy;
//! - [`aritmetika`]: checked arithmetic on pasted quantities;
//! - [`kebijakan`]: the policies (formula, cap, rounding, predikat scale, aggregation, IKM
//!   weight), each with its values, key and words;
//! - [`kinerja`]: indikator, capaian, polarity, sasaran and instansi, comparisons over time;
//! - [`anggaran`]: the budget table, its tree, growth, efficiency, terbilang;
//! - [`ikm`]: the public satisfaction index;
//! - [`laporan`]: display models of the tables, sentences, charts, the audit, export;
//! - [`proyek`]: the project file, saved projects, undo history, worked examples;
//! - [`urutan`]: one stable sort for every element type.

pub mod anggaran;
pub mod aritmetika;
pub mod ikm;
pub mod kebijakan;
pub mod kinerja;
pub mod laporan;
pub mod peta;
pub mod proyek;
pub mod teks;
pub mod urutan;
