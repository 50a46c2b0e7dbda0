//! Performance: the indicator table (read in stages), the capaian formula, polarity, sasaran
//! and instansi aggregation, and comparisons over time.

pub mod baca;
pub mod capaian;
pub mod indikator;
pub mod perbandingan;
pub mod polaritas;
pub mod sasaran;
pub mod triwulan;
pub mod ulang;
