//! What a table's last change was, and a count of its changes: a result computed from the
//! change before a row's values changed alone computes that row again alone (`hitung_ulang`,
//! `bangun_ulang`) instead of everything. The count tells the result whether it missed a
//! change (a memo is computed when read, and two changes may come between two reads).

use crate::core::teks::sebaris::Berubah;
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct Jejak(StoredValue<(u64, Berubah)>);

impl Jejak {
    pub fn baru() -> Self {
        Jejak(StoredValue::new((0, Berubah::Semua)))
    }

    /// Notes a reading's change.
    pub fn catat(&self, b: Berubah) {
        if b.ada() {
            self.0.update_value(|(n, u)| (*n, *u) = (*n + 1, b));
        }
    }

    /// The row changed alone, when the change since count `dari` was that alone; and the
    /// count now, to keep as the next `dari`.
    pub fn baris_sejak(&self, dari: u64) -> (Option<usize>, u64) {
        let (n, b) = self.0.get_value();
        match b {
            Berubah::Baris(i) if dari + 1 == n => (Some(i), n),
            _ => (None, n),
        }
    }
}
