//! Undo and redo over whole states of the work (a project file's worth): the page commits a
//! state when a change settles; undo steps back, redo forward, and a new change after an
//! undo drops what could have been redone. Only the current state is kept whole; every other
//! step is the change from its neighbour (`selisih.rs`). Kept generic and pure so it is tested
//! natively.

use crate::core::proyek::selisih::Selisih;
use std::collections::VecDeque;

/// How many steps back are kept; older ones are dropped first.
pub const LANGKAH_MAKS: usize = 100;

/// The history of committed states.
#[derive(Clone, Debug, PartialEq)]
pub struct Riwayat<T: Selisih> {
    /// What turns each state into the one before it, the latest last.
    lalu: VecDeque<T::Ubah>,
    kini: Option<T>,
    /// What turns each state into the one after it, the nearest last.
    depan: Vec<T::Ubah>,
}

impl<T: Selisih> Default for Riwayat<T> {
    fn default() -> Self {
        Riwayat {
            lalu: VecDeque::new(),
            kini: None,
            depan: Vec::new(),
        }
    }
}

impl<T: Selisih> Riwayat<T> {
    /// Commit a settled state. The first one is the starting point; an unchanged state is no
    /// step. Returns whether a step was added.
    pub fn catat(&mut self, baru: T) -> bool {
        match self.kini.take() {
            None => {
                self.kini = Some(baru);
                false
            }
            Some(lama) if lama == baru => {
                self.kini = Some(lama);
                false
            }
            Some(lama) => {
                self.lalu.push_back(T::ubah(&baru, &lama));
                if self.lalu.len() > LANGKAH_MAKS {
                    self.lalu.pop_front();
                }
                self.depan.clear();
                self.kini = Some(baru);
                true
            }
        }
    }

    /// Step back: the state to show, if there is an earlier one.
    pub fn urungkan(&mut self) -> Option<T> {
        let kini = self.kini.as_ref()?;
        let u = self.lalu.pop_back()?;
        let lama = T::terapkan(kini, &u);
        self.depan.push(T::ubah(&lama, kini));
        self.kini = Some(lama.clone());
        Some(lama)
    }

    /// Step forward again after an undo.
    pub fn ulangi(&mut self) -> Option<T> {
        let kini = self.kini.as_ref()?;
        let u = self.depan.pop()?;
        let baru = T::terapkan(kini, &u);
        self.lalu.push_back(T::ubah(&baru, kini));
        self.kini = Some(baru.clone());
        Some(baru)
    }

    pub fn bisa_urungkan(&self) -> bool {
        !self.lalu.is_empty()
    }

    pub fn bisa_ulangi(&self) -> bool {
        !self.depan.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Small states kept whole, as the tests below use them.
    macro_rules! utuh {
        ($($t:ty),*) => {$(
            impl Selisih for $t {
                type Ubah = $t;
                fn ubah(_: &$t, ke: &$t) -> $t {
                    *ke
                }
                fn terapkan(_: &$t, u: &$t) -> $t {
                    *u
                }
            }
        )*};
    }
    utuh!(&'static str, usize);

    #[test]
    fn undo_and_redo_walk_the_committed_states() {
        let mut r = Riwayat::default();
        assert!(!r.catat("kosong"));
        assert!(r.catat("tempel"));
        assert!(!r.catat("tempel"), "an unchanged state is no step");
        assert!(r.catat("kebijakan"));
        assert_eq!(r.urungkan(), Some("tempel"));
        assert_eq!(r.urungkan(), Some("kosong"));
        assert_eq!(r.urungkan(), None);
        assert_eq!(r.ulangi(), Some("tempel"));
        assert_eq!(r.ulangi(), Some("kebijakan"));
        assert_eq!(r.ulangi(), None);
    }

    #[test]
    fn a_change_after_undo_drops_the_redo_steps() {
        let mut r = Riwayat::default();
        for s in ["a", "b", "c"] {
            r.catat(s);
        }
        r.urungkan();
        assert!(r.bisa_ulangi());
        // committing the state undo showed is no step and keeps redo
        assert!(!r.catat("b"));
        assert!(r.bisa_ulangi());
        assert!(r.catat("d"));
        assert!(!r.bisa_ulangi());
        assert_eq!(r.urungkan(), Some("b"));
    }

    #[test]
    fn history_is_bounded() {
        let mut r = Riwayat::default();
        for i in 0..(LANGKAH_MAKS + 50) {
            r.catat(i);
        }
        let mut n = 0;
        while r.urungkan().is_some() {
            n += 1;
        }
        assert_eq!(n, LANGKAH_MAKS);
    }
}
