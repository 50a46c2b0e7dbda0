//! What can wait a frame. The report holds every row again, with a sentence each; built in the
//! same task as the results it would delay the rows a person looks at first. So the report
//! reads copies of the results that follow them once the browser has painted, and, for large
//! tables, once typing has paused: at 450 rows rebuilding it took 90 ms, after every key.

use crate::view::jeda::Jeda;
use leptos::prelude::*;
use std::time::Duration;

/// The pause in typing after which the report of large tables follows.
const JEDA: Duration = Duration::from_millis(300);

/// A tick that fires once after the next painted frame, however often it is asked for before.
#[derive(Clone, Copy)]
pub struct Detak {
    nilai: RwSignal<u64>,
    terjadwal: StoredValue<bool>,
    /// The tick waiting for a pause, for large tables.
    jeda: Jeda,
}

impl Detak {
    pub fn baru() -> Self {
        Detak {
            nilai: RwSignal::new(0),
            terjadwal: StoredValue::new(false),
            jeda: Jeda::baru(),
        }
    }

    /// Tick after the next paint (a frame, then a task: the frame has been drawn by then), or,
    /// with `tunggu_jeda`, once no request has come for [`JEDA`].
    pub fn minta(self, tunggu_jeda: bool) {
        if tunggu_jeda {
            self.jeda
                .tunggu(JEDA, move || self.nilai.update(|n| *n += 1));
            return;
        }
        // a frame-scheduled tick replaces one waiting for a pause
        self.jeda.batalkan();
        if self.terjadwal.get_value() {
            return;
        }
        self.terjadwal.set_value(true);
        request_animation_frame(move || {
            set_timeout(
                move || {
                    self.terjadwal.set_value(false);
                    self.nilai.update(|n| *n += 1);
                },
                Duration::ZERO,
            )
        });
    }

    /// Tick now (before printing: what is printed is up to date).
    pub fn sekarang(self) {
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
