//! Selects that list every option only once they are reached. A select on every row that lists
//! every choice grows as rows × choices (200 programs × 400 sasaran is 80.000 options, a paste of
//! 3.000 columns × 25 roles is 75.000). Untouched, a select holds only its chosen option; the one
//! a person reaches (pointer down or focus) is filled in before its list opens.

use leptos::prelude::*;

/// Which select of a list is open: the one last reached, by its key (a program, a column).
pub struct SatuTerbuka<K: Send + Sync + 'static>(RwSignal<Option<K>>);

// by hand: derived, they would ask for `K: Copy`, which a signal of K does not need
impl<K: Send + Sync + 'static> Clone for SatuTerbuka<K> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<K: Send + Sync + 'static> Copy for SatuTerbuka<K> {}

impl<K: Send + Sync + 'static> Default for SatuTerbuka<K> {
    fn default() -> Self {
        Self(RwSignal::new(None))
    }
}

impl<K: PartialEq + Clone + Send + Sync + 'static> SatuTerbuka<K> {
    /// `k`'s select was reached: it lists every option now, the one before only its choice.
    pub fn buka(self, k: K) {
        if self.0.with_untracked(|d| d.as_ref() != Some(&k)) {
            self.0.set(Some(k));
        }
    }

    /// The open select's key (tracked, so a list rebuilds when another is reached).
    pub fn kunci(self) -> Option<K> {
        self.0.get()
    }

    /// Whether `k`'s select is the open one (tracked).
    pub fn adalah(self, k: &K) -> bool {
        self.0.with(|d| d.as_ref() == Some(k))
    }
}
