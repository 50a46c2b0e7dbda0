//! The budget: the table and its reader, the program tree with totals from the leaves,
//! growth between years, efficiency beside performance, and amounts in words.

pub mod baca;
pub mod efisiensi;
pub mod kolom_tingkat;
pub mod perkembangan;
pub mod pohon;
pub mod tabel;
pub mod tautan;
pub mod terbilang;
pub mod ulang;
