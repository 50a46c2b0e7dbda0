//! What can wait for a pause. The report holds every row again, with a sentence each, and its
//! charts; rebuilt after every key it cost more than the results themselves (at 150 rows a key
//! took 65-80 ms to the next frame, 30 ms without it). So the report reads copies of the results
//! that follow them once changes have paused, and at once before printing or downloading.

use crate::view::jeda::Jeda;
use crate::view::masukan::ambil_semua;
use leptos::prelude::*;
use std::time::Duration;

/// The pause in changes after which the report follows.
const JEDA: Duration = Duration::from_millis(300);

/// A tick that fires once changes have paused for [`JEDA`], however often it is asked for.
#[derive(Clone, Copy)]
pub struct Detak {
    nilai: RwSignal<u64>,
    jeda: Jeda,
}

impl Detak {
    pub fn baru() -> Self {
        Detak {
            nilai: RwSignal::new(0),
            jeda: Jeda::baru(),
        }
    }

    /// Tick once no request has come for [`JEDA`].
    pub fn minta(self) {
        self.jeda
            .tunggu(JEDA, move || self.nilai.update(|n| *n += 1));
    }

    /// Tick now, with typing still waiting taken first (before printing: what is printed is up
    /// to date).
    pub fn sekarang(self) {
        ambil_semua();
        self.nilai.update(|n| *n += 1);
    }

    /// A copy of `sumber` that takes its value only when this ticks. It is a memo, so it is
    /// computed only while something reads it (the report, when it is composed).
    pub fn tunda<T: Clone + PartialEq + Send + Sync + 'static>(self, sumber: Memo<T>) -> Memo<T> {
        Memo::new(move |_| {
            self.nilai.track();
            sumber.get_untracked()
        })
    }
}
