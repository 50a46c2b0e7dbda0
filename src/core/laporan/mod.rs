//! The report: display models shared by the page and the printed report, sentences, chart
//! geometry, the audit of stated figures, and export.

pub mod anggaran;
pub mod audit;
pub mod ekspor;
pub mod grafik;
pub mod kalimat;
pub mod kinerja;
