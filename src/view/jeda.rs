//! The last of a burst of calls, run once the calls have paused: the input of a large text,
//! the report and the autosave each wait this way.

use leptos::prelude::*;
use std::time::Duration;

/// Runs only the last action given to it, once no other has come for its pause.
#[derive(Clone, Copy)]
pub struct Jeda {
    /// Counts actions; a waiting action runs only if it is still the last one.
    generasi: StoredValue<u64>,
}

impl Jeda {
    pub fn baru() -> Self {
        Jeda {
            generasi: StoredValue::new(0),
        }
    }

    /// Run `f` after `jeda`, unless another action or [`Jeda::batalkan`] comes first.
    pub fn tunggu(self, jeda: Duration, f: impl FnOnce() + 'static) {
        let g = self.batalkan();
        set_timeout(
            move || {
                if self.generasi.get_value() == g {
                    f();
                }
            },
            jeda,
        );
    }

    /// Drop the waiting action, if any; returns the new generation.
    pub fn batalkan(self) -> u64 {
        let g = self.generasi.get_value() + 1;
        self.generasi.set_value(g);
        g
    }
}
