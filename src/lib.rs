//! Kalkulator SAKIP: capaian, predikat, serapan anggaran and an LKjIP Bab III report.
//! `core` is pure and tested natively; `view` is the Leptos page over it (wasm32 only).

pub mod core;

#[cfg(target_arch = "wasm32")]
pub mod view;
