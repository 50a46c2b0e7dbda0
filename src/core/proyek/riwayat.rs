//! Undo and redo over whole states of the work (a project file's worth): the page commits a
//! state when a change settles; undo steps back, redo forward, and a new change after an
//! undo drops what could have been redone. Kept generic and pure so it is tested natively.

/// How many steps back are kept; older ones are dropped first.
pub const LANGKAH_MAKS: usize = 100;

/// The history of committed states.
#[derive(Clone, Debug, PartialEq)]
pub struct Riwayat<T> {
    lalu: Vec<T>,
    kini: Option<T>,
    depan: Vec<T>,
}

impl<T> Default for Riwayat<T> {
    fn default() -> Self {
        Riwayat {
            lalu: Vec::new(),
            kini: None,
            depan: Vec::new(),
        }
    }
}

impl<T: Clone + PartialEq> Riwayat<T> {
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
                self.lalu.push(lama);
                if self.lalu.len() > LANGKAH_MAKS {
                    self.lalu.remove(0);
                }
                self.depan.clear();
                self.kini = Some(baru);
                true
            }
        }
    }

    /// Step back: the state to show, if there is an earlier one.
    pub fn urungkan(&mut self) -> Option<T> {
        let lama = self.lalu.pop()?;
        if let Some(k) = self.kini.replace(lama.clone()) {
            self.depan.push(k);
        }
        Some(lama)
    }

    /// Step forward again after an undo.
    pub fn ulangi(&mut self) -> Option<T> {
        let baru = self.depan.pop()?;
        if let Some(k) = self.kini.replace(baru.clone()) {
            self.lalu.push(k);
        }
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
