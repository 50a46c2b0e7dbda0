//! Reading and writing what people paste: numbers in either convention, tables in any of the
//! separators offices use, header words into column roles, cells into values, messages that
//! name row, column and text, row edits that rewrite the text (and the one span they change),
//! and numbers shown as people in Indonesia read them.

pub mod angka;
pub mod beda;
pub mod dokumen;
pub mod kata;
pub mod kolom;
pub mod kotak;
pub mod lipat;
pub mod nilai;
pub mod pembaca;
pub mod pesan;
pub mod sebaris;
pub mod sekitar;
pub mod spasi_tunggal;
pub mod sunting;
pub mod tabel;
pub mod tampil;
pub mod tempelan;
