//! The textarea a table is pasted into. What is typed or pasted becomes the text, the source
//! of everything computed from it: a paste at once, a burst of events (typing, an input method
//! that inserts line by line) once a frame or, on a large text, once the burst pauses; a lone
//! key once the frame that shows it is painted. A large paste first shows that
//! it is being read, so the page does not look frozen while it is.
//! A text changed elsewhere (a row edit) is written back as the span that changed
//! (`view/tulis_teks.rs`), into a large text once its results are painted; leaving the
//! textarea first takes whatever typing is still waiting, so such an edit never starts from an
//! older text.

use crate::core::teks::beda;
use crate::core::teks::tampil::ribuan;
use crate::view::jeda::Jeda;
use crate::view::jendela::TEKS_BESAR;
use crate::view::sibuk::setelah_bingkai;
use crate::view::tulis_teks::tulis_teks;
use leptos::prelude::*;
use std::time::Duration;

/// The pause that ends a burst of input events on a large text.
const JEDA_BESAR: Duration = Duration::from_millis(120);
/// Above this many bytes (about 5.000 lines) a paste takes long enough to say so first.
const TEMPEL_BESAR: usize = 256 * 1024;

/// The window event that makes every textarea take what is waiting for its frame or pause.
const AMBIL_SEMUA: &str = "sakip-ambil-teks";

/// Every textarea takes its waiting typing now (before printing or downloading): a lone key in
/// a large text waits for a frame, a burst for its pause, and a button clicked by a script does
/// not blur the textarea, which takes it otherwise.
pub fn ambil_semua() {
    if let Some(w) = web_sys::window() {
        if let Ok(e) = web_sys::Event::new(AMBIL_SEMUA) {
            let _ = w.dispatch_event(&e);
        }
    }
}

/// When the text of an input event is read.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kapan {
    /// Now: a paste, which nothing is coming to coalesce with and whose text shows at once
    /// anyway, so the work overlaps the wait for the next frame instead of starting at it.
    Sekarang,
    /// Once the frame that shows the event is painted (a frame, then a task): a lone key shows
    /// as fast as in a bare textarea, its results a frame later; a large paste shows that it is
    /// being read before the work blocks. Read at once, a key waited for all the work: at
    /// 2.000 rows 28-42 ms (7-10 ms in a bare textarea), and in a small text that is costly to
    /// draw, 100 quarterly rows on a desktop page, 105-123 ms (now 14-17 ms, its capaian as
    /// before); in 30 and 150 rows the frame after all the work came no later (22-27 ms, was
    /// 31-41; `make bench-web`, BENCH_HANYA=ketik and triwulan, run alternately).
    SetelahBingkai,
    /// At the next frame: a burst on a small text, once a frame.
    BingkaiBerikut,
    /// Once the events pause: a burst on a large text.
    SetelahJeda,
    /// A read is already waiting for its frame; this event joins it.
    SudahMenunggu,
}

/// When to read an event: `tempel` a paste (`tempel_besar` over [`TEMPEL_BESAR`]), `teks_besar`
/// the text as last read is over [`TEKS_BESAR`], `sendiri` no event came within [`JEDA_BESAR`]
/// before it, `menunggu` a read is waiting already.
fn kapan(
    tempel: bool,
    tempel_besar: bool,
    teks_besar: bool,
    sendiri: bool,
    menunggu: bool,
) -> Kapan {
    if tempel_besar {
        Kapan::SetelahBingkai
    } else if teks_besar && !tempel && !sendiri {
        Kapan::SetelahJeda
    } else if menunggu {
        Kapan::SudahMenunggu
    } else if tempel {
        Kapan::Sekarang
    } else if sendiri {
        Kapan::SetelahBingkai
    } else {
        Kapan::BingkaiBerikut
    }
}

/// A textarea for a pasted table; writes what is typed or pasted to `teks`, once a frame.
#[component]
pub fn MasukanTabel(
    /// The pasted text (the source of everything computed from it).
    teks: RwSignal<String>,
    /// `data-testid` of the textarea.
    testid: &'static str,
    /// Visible label.
    label: &'static str,
    /// Hint shown while empty.
    placeholder: &'static str,
) -> impl IntoView {
    // a read waiting for its frame or pause: the textarea is read then (`Some(None)`), not on
    // every event (copying a large text into wasm per event was a third of a line-by-line
    // insertion's time); a paste brings its value along (`Some(Some(v))`), read once
    let tertunda = StoredValue::new(None::<Option<String>>);
    let jeda = Jeda::baru();
    let terakhir = StoredValue::new(f64::NEG_INFINITY);
    let proses = RwSignal::new(None::<String>);
    let kotak = NodeRef::<leptos::html::Textarea>::new();
    // set while the app itself writes a changed span: that input event is not a person's
    let menulis = StoredValue::new(false);
    // the text this textarea holds as last taken from it or written into it: writing that
    // has nothing to do, and knowing so spares copying the textarea's value into wasm to
    // compare, at every key (2 ms at 2.000 lines)
    let dari_kotak = StoredValue::new(None::<String>);
    // the text still waiting for its frame or pause, now
    let ambil = move || {
        if let Some(v) = tertunda.try_update_value(Option::take).flatten() {
            if let Some(v) = v.or_else(|| kotak.get_untracked().map(|ta| ta.value())) {
                dari_kotak.set_value(Some(v.clone()));
                teks.set(v);
            }
        }
    };
    let dengar = window_event_listener_untyped(AMBIL_SEMUA, move |_| {
        jeda.batalkan();
        ambil();
    });
    on_cleanup(move || dengar.remove());
    let tulis = move || {
        if let Some(ta) = kotak.try_get_untracked().flatten() {
            teks.try_with_untracked(|baru| {
                tulis_teks(&ta, baru, |m| menulis.set_value(m));
                dari_kotak.set_value(Some(baru.clone()));
            });
        }
    };
    // a text changed elsewhere (a row edit, undo, an opened project) goes into a large textarea
    // once the frame that shows its results is painted: focusing the textarea for the
    // browser's editing command and the command itself took 15-20 ms at 2.000 lines, which
    // the changed cell waited for. Nothing is typed into the box within that frame: focus is
    // on the row editor or a button.
    let tulis_menunggu = StoredValue::new(false);
    Effect::new(move |_| {
        kotak.track();
        let besar = teks.with(|baru| {
            let sama = dari_kotak.with_value(|d| d.as_deref().is_some_and(|d| beda::sama(d, baru)));
            (!sama).then_some(baru.len() > TEKS_BESAR)
        });
        match besar {
            None => {}
            Some(false) => tulis(),
            Some(true) if tulis_menunggu.get_value() => {}
            Some(true) => {
                tulis_menunggu.set_value(true);
                setelah_bingkai(move || {
                    let _ = tulis_menunggu.try_set_value(false);
                    tulis();
                });
            }
        }
    });
    view! {
        <label class="masukan">
            <span class="label">{label}</span>
            <textarea
                data-testid=testid
                rows="8"
                spellcheck="false"
                placeholder=placeholder
                node_ref=kotak
                on:input=move |ev| {
                    if menulis.get_value() {
                        return;
                    }
                    // many input events (an input method that fires one per line, fast typing)
                    // cost one recompute; a paste is taken at once, and a lone key once the
                    // frame that shows it is painted (see `Kapan`)
                    let sendiri = ev.time_stamp() - terakhir.get_value() > JEDA_BESAR.as_millis() as f64;
                    terakhir.set_value(ev.time_stamp());
                    // one paste is one event: it is taken whole, whatever its size
                    let tempel = wasm_bindgen::JsCast::dyn_ref::<web_sys::InputEvent>(&ev)
                        .is_some_and(|e| e.input_type().starts_with("insertFrom"));
                    // large as last read: a burst changes the size little, and an input method
                    // filling an empty box crosses the line after a few frames
                    let teks_besar = teks.with_untracked(String::len) > TEKS_BESAR;
                    // every event replaces a read waiting for the pause
                    jeda.batalkan();
                    let menunggu = tertunda.with_value(Option::is_some);
                    let v = tempel.then(|| event_target_value(&ev));
                    let tempel_besar = v.as_ref().is_some_and(|v| v.len() > TEMPEL_BESAR);
                    if tempel_besar {
                        let baris = v.as_ref().map_or(0, |v| v.lines().count());
                        proses.set(Some(format!("Membaca dan menghitung {} baris…", ribuan(baris))));
                    }
                    tertunda.set_value(Some(v));
                    match kapan(tempel, tempel_besar, teks_besar, sendiri, menunggu) {
                        Kapan::Sekarang => ambil(),
                        Kapan::SetelahBingkai => setelah_bingkai(move || {
                            ambil();
                            proses.set(None);
                        }),
                        Kapan::BingkaiBerikut => request_animation_frame(ambil),
                        Kapan::SetelahJeda => jeda.tunggu(JEDA_BESAR, ambil),
                        Kapan::SudahMenunggu => {}
                    }
                }
                // leaving the text (for a row editor's Simpan, a button, a download) takes what
                // is waiting first: an edit made elsewhere then starts from what was typed
                on:blur=move |_| {
                    jeda.batalkan();
                    ambil();
                }
            ></textarea>
        </label>
        <span class="status" role="status" data-testid="memproses">{move || proses.get()}</span>
    }
}
