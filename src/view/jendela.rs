//! Large tables render a window: the first rows, and a row under them to show more. Totals
//! and summaries are always complete (they come from the core), only the rows on the page are
//! limited, so a paste of 20.000 lines does not build 20.000 rows of DOM at once.

use crate::core::peta::Fx;
use crate::core::teks::tampil::ribuan;
use crate::view::fokus::{fokus_dalam, wadah_fokus};
use crate::view::sibuk::{beri_tahu_lalu, setelah_bingkai};
use leptos::prelude::*;
use std::cell::RefCell;
use std::hash::{Hash, Hasher};

/// A row's key for a keyed list: a hash of its whole content, so an edit rebuilds only the
/// rows whose content changed and leaves the rest of the DOM as it is.
pub fn kunci<T: Hash>(isi: &T) -> u64 {
    let mut h = Fx::default();
    isi.hash(&mut h);
    h.finish()
}

/// An item of [`daftar_berkunci`]: its key, and how to build its view (run only when the key
/// is new; otherwise dropped unbuilt).
pub type Berkunci = (u64, Box<dyn FnOnce() -> AnyView + Send>);

/// A view built later by `buat`, as a [`Berkunci`] item holds it.
pub fn nanti<V: IntoView + 'static>(
    buat: impl FnOnce() -> V + Send + 'static,
) -> Box<dyn FnOnce() -> AnyView + Send> {
    Box::new(move || buat().into_any())
}

/// An item of [`daftar_berkunci`] keyed by its whole content, `buat(isi)` built only when that
/// key is new.
pub fn berkunci<T, V>(isi: T, buat: impl FnOnce(T) -> V + Send + 'static) -> Berkunci
where
    T: Hash + Send + 'static,
    V: IntoView + 'static,
{
    (kunci(&isi), nanti(move || buat(isi)))
}

/// The items of a keyed table's window: its first rows, each keyed with its place too (two
/// rows may be alike; a row that comes or goes redraws the ones after it), and the row that
/// shows more when rows are left out. Tracks `tampil`.
pub fn jendela_berkunci<T, V>(
    tampil: RwSignal<usize>,
    semua: &[T],
    lebar: usize,
    buat: impl Fn(T) -> V + Clone + Send + 'static,
) -> Vec<Berkunci>
where
    T: Hash + Clone + Send + 'static,
    V: IntoView + 'static,
{
    let batas = tampil.get();
    let mut out: Vec<Berkunci> = semua[..batas.min(semua.len())]
        .iter()
        .enumerate()
        .map(|(n, t)| {
            let buat = buat.clone();
            berkunci((n, t.clone()), move |(_, t)| buat(t))
        })
        .collect();
    if let Some(lagi) = lagi_jika_ada(tampil, semua.len(), lebar) {
        out.push((kunci(&(semua.len(), batas)), nanti(move || lagi)));
    }
    out
}

/// A keyed list of views: an item whose key was there before keeps its DOM as it is. The
/// results tables and the comparisons all go through this one `For`, boxed: a `For` of its
/// own per table brought its own copy of the keyed diffing (3,2 KiB gzipped for three).
pub fn daftar_berkunci(isi: Box<dyn Fn() -> Vec<Berkunci> + Send>) -> impl IntoView {
    view! { <For each=move || isi() key=|(k, _)| *k children=|(_, buat): Berkunci| buat() /> }
}

/// Above this many bytes (about a hundred rows) a pasted text is large: its input events are
/// taken once they pause rather than every frame (`view/masukan.rs`), the report follows
/// once typing pauses rather than a frame later (`view/tunda.rs`), and a row edit is written
/// into the textarea as the span it changed (`view/tulis_teks.rs`).
pub const TEKS_BESAR: usize = 16 * 1024;

/// How many rows a large table shows at first, and how many more each click adds.
pub const JENDELA: usize = 200;

/// Beyond this many rows a results table fixes its column widths from its heading row.
/// With widths found from every cell, an edit that changes a cell's width (a key typed into a
/// number) made the browser lay out every row on the page again: 50 ms a key at 500 rows.
/// Smaller tables keep widths that fit their content.
pub const BARIS_LEBAR_TETAP: usize = 100;

/// The same for a quarterly indikator table (class `lebar-isi`), whose thirteen columns cost
/// more to lay out: on a page of 1200 px or more, beyond this many rows, it takes each
/// column's width as a share of the table (`tetap-tw`). A key in 100 such rows at 1280 px took
/// 69-132 ms to its capaian with widths from the content, 38-73 ms with shares; at 50 rows 54-56
/// and 36-39 ms; at 30 rows 37-41 and 33-36 (`BENCH_HANYA=triwulan`, run alternately). Below
/// 1200 px the columns fit only with widths from their content (fixed measures scrolled twice
/// as far), as a small table's always do: `www/lebar.js` measures those once and fixes them.
pub const BARIS_LEBAR_TETAP_TW: usize = 30;

/// Which results table, for its classes.
#[derive(Clone, Copy)]
pub enum JenisTabel {
    Indikator,
    /// An indikator table with quarterly columns (`lebar-isi`).
    Triwulan,
    Anggaran,
    /// A budget table with quarterly plan columns.
    AnggaranTw,
}

/// Up to this many rows on the page, the browser skips laying out and painting those off screen
/// (class `lewati`: `content-visibility: auto` in `www/style.css`). Each such row is watched at
/// every frame of a scroll, so with every row of a large table shown scrolling stuttered: 5.000
/// budget rows 50 ms a frame, 20.000 67-133 ms (2.000: 17 ms, as without). Beyond this the rows
/// are laid out once, and scroll as smoothly as a table's.
pub const BARIS_LEWATI: usize = 2000;

/// The classes of a results table of `baris` rows, `tampil` of them on the page. Both are
/// `kartu`: a card per row on a phone. A large one has fixed column widths (`tetap`,
/// `tetap-tw`) and rows that are grids of them on a wide screen (`lajur` with its columns,
/// `lajur-tw` from 1200 px; a table row cannot be skipped); `lewati` while few enough are shown.
pub fn kelas_tabel(baris: usize, tampil: usize, jenis: JenisTabel) -> String {
    use JenisTabel::*;
    let kelas = match jenis {
        Triwulan if baris > BARIS_LEBAR_TETAP_TW => "hasil kartu lebar-isi tetap-tw lajur-tw",
        Triwulan => "hasil kartu lebar-isi",
        _ if baris <= BARIS_LEBAR_TETAP => "hasil kartu",
        Indikator => "hasil kartu tetap lajur lajur-indikator",
        Anggaran => "hasil kartu tetap lajur lajur-anggaran",
        AnggaranTw => "hasil kartu tetap lajur lajur-anggaran tw",
    };
    if tampil <= BARIS_LEWATI {
        format!("{kelas} lewati")
    } else {
        kelas.to_string()
    }
}

/// How many rows a table shows: a window of [`JENDELA`] on the page, every row with `semua`
/// (the printed report).
pub fn tampil_awal(semua: bool) -> RwSignal<usize> {
    RwSignal::new(if semua { usize::MAX } else { JENDELA })
}

/// "Menampilkan 500 dari 20.000 baris" with buttons to show more or all.
#[component]
pub fn TombolLagi(
    /// How many rows are shown now.
    tampil: RwSignal<usize>,
    /// How many rows the table has.
    jumlah: usize,
    /// How many columns the row spans.
    lebar: usize,
) -> impl IntoView {
    view! {
        <tr class="lagi" data-row="lagi">
            <td colspan=lebar.to_string()>
                {format!("Menampilkan {} dari {} baris; jumlah dan ringkasan tetap dihitung dari semua baris. ", ribuan(tampil.get_untracked().min(jumlah)), ribuan(jumlah))}
                {tombol_lagi(tampil, jumlah)}
            </td>
        </tr>
    }
}

/// The "show more" row under a window of a non-keyed table, when rows are left out.
pub fn lagi_jika_ada(
    tampil: RwSignal<usize>,
    jumlah: usize,
    lebar: usize,
) -> Option<impl IntoView> {
    (jumlah > tampil.get_untracked())
        .then(|| view! { <TombolLagi tampil=tampil jumlah=jumlah lebar=lebar /> })
}

/// The same for a list of messages: "Menampilkan 200 dari 20.000 pesan" and the buttons.
#[component]
pub fn LagiDaftar(
    /// How many items are shown now.
    tampil: RwSignal<usize>,
    /// How many items the list has.
    jumlah: usize,
) -> impl IntoView {
    view! {
        <li class="lagi" data-row="lagi">
            {format!("Menampilkan {} dari {} pesan. ", ribuan(tampil.get_untracked().min(jumlah)), ribuan(jumlah))}
            {tombol_lagi(tampil, jumlah)}
        </li>
    }
}

/// The buttons that show [`JENDELA`] more items, or all of them; disabled, saying so, while
/// "Tampilkan semua" is showing every row step by step.
fn tombol_lagi(tampil: RwSignal<usize>, jumlah: usize) -> impl IntoView {
    let sisa = jumlah.saturating_sub(tampil.get_untracked());
    let sibuk = BERTAHAP.with_borrow(|b| b.contains(&tampil));
    view! {
        <button type="button" data-testid="tampilkan-lagi" disabled=sibuk on:click=move |ev| {
            let wadah = wadah_fokus(&ev);
            tampil.update(|t| *t += JENDELA);
            if let Some(w) = wadah {
                fokus_dalam(w, "tampilkan-lagi");
            }
        }>
            {format!("Tampilkan {} lagi", JENDELA.min(sisa))}
        </button>
        " "
        {tombol_semua(tampil, jumlah, sibuk)}
    }
}

/// Above this many rows still hidden, "Tampilkan semua" first says what it is doing: building
/// thousands of rows holds the page for seconds, which without a word looks like a hang.
const SEMUA_SEKETIKA: usize = 1000;

/// How many rows "Tampilkan semua" adds a frame when many are hidden. All at once, 20.000
/// budget rows held the page 8,5 s (wasm 2,7 s building them, the browser 3,5 s laying out the
/// table); 2.000 a frame, no step holds it much over a second and the rows come in as they are
/// built. The browser lays out the whole table again at each step, so small steps cost more
/// in all (an experiment with 20.000 static rows: 5,8 s at once, 6,5 s by 2.000, 14 s by 500).
const LANGKAH_SEMUA: usize = 2000;

thread_local! {
    /// The windows that "Tampilkan semua" is growing step by step: their "lagi" row, rebuilt
    /// at each step, is built disabled (a signal for it would cost more than this).
    static BERTAHAP: RefCell<Vec<RwSignal<usize>>> = const { RefCell::new(Vec::new()) };
}

/// "Tampilkan semua", disabled and saying so while `sibuk`. With many rows left it first says
/// so (see [`beri_tahu_lalu`]), then shows them [`LANGKAH_SEMUA`] a frame.
fn tombol_semua(tampil: RwSignal<usize>, jumlah: usize, sibuk: bool) -> impl IntoView {
    let teks = move || {
        format!(
            "Menampilkan semua {} baris, tunggu sebentar…",
            ribuan(jumlah)
        )
    };
    let semua = move |ev: web_sys::MouseEvent| {
        let wadah = wadah_fokus(&ev);
        if jumlah.saturating_sub(tampil.get_untracked()) <= SEMUA_SEKETIKA {
            tampilkan_semua(tampil, wadah);
            return;
        }
        BERTAHAP.with_borrow_mut(|b| b.push(tampil));
        beri_tahu_lalu(&ev, &teks(), move || bertahap(tampil, jumlah, wadah));
    };
    view! {
        <button type="button" data-testid="tampilkan-semua" disabled=sibuk on:click=semua>
            {if sibuk { teks() } else { "Tampilkan semua".into() }}
        </button>
    }
}

/// Every row shown, and focus (if the button had it) back in the table.
fn tampilkan_semua(tampil: RwSignal<usize>, wadah: Option<web_sys::Element>) {
    BERTAHAP.with_borrow_mut(|b| b.retain(|t| *t != tampil));
    // the table may have left the page meanwhile
    if tampil.try_set(usize::MAX).is_none() {
        if let Some(w) = wadah {
            fokus_dalam(w, "tampilkan-semua");
        }
    }
}

/// One step of "Tampilkan semua" over many rows: the window grows by [`LANGKAH_SEMUA`] rows,
/// or to every row at the last step; the next step starts once this one is painted.
fn bertahap(tampil: RwSignal<usize>, jumlah: usize, wadah: Option<web_sys::Element>) {
    let berikut = tampil
        .try_get_untracked()
        .map(|t| t.saturating_add(LANGKAH_SEMUA));
    match berikut {
        Some(b) if b < jumlah => {
            tampil.set(b);
            setelah_bingkai(move || bertahap(tampil, jumlah, wadah));
        }
        // the last step, or the table has left the page
        _ => tampilkan_semua(tampil, wadah),
    }
}
