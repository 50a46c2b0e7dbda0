//! The work as a whole: the versioned project file, the list of saved projects, the undo
//! history, an open row editor's unsaved fields, the quick check's fields, and the worked
//! examples.

pub mod baca;
pub mod berkas;
pub mod cepat;
pub mod contoh;
pub mod daftar;
pub mod draf;
pub mod json;
pub mod riwayat;
pub mod selisih;
