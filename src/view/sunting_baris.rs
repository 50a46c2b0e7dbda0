//! The row editor: one labelled input per column, each carrying its role as `data-col`.
//! Saving rewrites that row of the text (or appends one); the text stays the single source.

use crate::core::proyek::draf::DrafSunting;
use crate::core::teks::sunting::{ganti_baris, sel_baris, tambah_baris_baru};
use crate::view::fokus::{kembalikan_fokus, lepas_fokus_dari};
use crate::view::penyimpanan::{baca_draf, tulis_draf};
use crate::view::sibuk::setelah_bingkai;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

/// The editor's columns: the table's own, each labelled by its header (else its role's words)
/// with its role as `data-col`; or `baku`, the standard columns, on an empty table.
pub fn kolom_editor(
    judul: &[String],
    peran: impl ExactSizeIterator<Item = (String, &'static str)>,
    baku: &[(&str, &'static str)],
) -> Vec<(String, &'static str)> {
    if peran.len() == 0 {
        return baku.iter().map(|(l, p)| (l.to_string(), *p)).collect();
    }
    peran
        .enumerate()
        .map(|(j, (label, p))| {
            let h = judul.get(j).filter(|h| !h.is_empty()).cloned();
            (h.unwrap_or(label), p)
        })
        .collect()
}

/// The line number the editor uses for a row that does not exist yet.
pub const BARIS_BARU: usize = usize::MAX;

/// The line of editor `editor` (its `data-testid`) if it was open with unsaved fields when
/// the page last went, and they still belong to that row of `teks`: the editor opens there
/// again, with them. A phone may discard a hidden page and load it again on return. A draft
/// whose row has changed since is removed: nothing would ever open it.
pub fn baris_terbuka(editor: &str, teks: &str) -> Option<usize> {
    let baris = draf_berlaku(editor, teks).map(|d| d.baris.unwrap_or(BARIS_BARU));
    if baris.is_none() {
        tulis_draf(editor, None);
    }
    baris
}

/// The draft editor `editor` left when the page last went, if it still belongs to its row of
/// `teks` (see `core/proyek/draf.rs`).
fn draf_berlaku(editor: &str, teks: &str) -> Option<DrafSunting> {
    let d = DrafSunting::baca(&baca_draf(editor)?)?;
    let sel = d.baris.map(|b| sel_baris(teks, b));
    d.milik(editor, sel.as_deref()).then_some(d)
}

/// An editor for one row of a pasted or typed table. On an empty text, saving a new row
/// writes the header line first, so a table typed by hand is an ordinary table.
#[component]
pub fn SuntingBaris(
    /// The table's text.
    teks: RwSignal<String>,
    /// Line of the row being edited ([`BARIS_BARU`] for a new row); `None` closes.
    baris: RwSignal<Option<usize>>,
    /// (label, role) per column; the role goes to `data-col`, the label is shown and becomes
    /// the header when the text is empty.
    kolom: Vec<(String, &'static str)>,
    /// `data-testid` of the editor and of its save button.
    testid: [&'static str; 2],
) -> impl IntoView {
    let nomor = baris.get_untracked().filter(|b| *b != BARIS_BARU);
    let awal = nomor
        .map(|b| sel_baris(&teks.get_untracked(), b))
        .unwrap_or_default();
    // the fields left unsaved when the page last went, if they belong to this row as it is
    let draf = draf_berlaku(testid[0], &teks.get_untracked()).filter(|d| d.baris == nomor);
    let mut isi0 = draf.map_or_else(|| awal.clone(), |d| d.isi);
    isi0.resize(kolom.len().max(isi0.len()), String::new());
    let isi = RwSignal::new(isi0.clone());
    // every change to the fields is kept until the editor closes (see `core/proyek/draf.rs`)
    let awal = StoredValue::new(awal);
    let simpan_draf = move || {
        let d = DrafSunting {
            editor: testid[0].into(),
            baris: nomor,
            awal: awal.get_value(),
            isi: isi.get_untracked(),
        };
        tulis_draf(testid[0], d.tulis().as_deref());
    };
    let judul: Vec<String> = kolom.iter().map(|(l, _)| l.clone()).collect();
    // a keyboard user goes from the button that opened the editor into its first field, and
    // back to that button (or the same row's new one) when it closes
    let pembuka = StoredValue::new_local(None::<HtmlElement>);
    let form = NodeRef::<leptos::html::Form>::new();
    // focus leaves the editor before it goes (see `view/fokus.rs`)
    let lepas = move || {
        if let Some(f) = form.get_untracked() {
            lepas_fokus_dari(&f);
        }
    };
    let tutup = move || {
        lepas();
        tulis_draf(testid[0], None);
        let nomor = baris.get_untracked();
        baris.set(None);
        if let Some(b) = pembuka.get_value() {
            kembalikan_fokus(b, nomor);
        }
    };
    // after a save the editor closes a frame later: closing moves every row under it, and
    // laying out and painting them (about 25 ms at 2.000 rows) delayed the frame that shows
    // the saved cell; the editor may be gone by then, or another row's open
    let tutup_nanti = move || {
        let dibuka = baris.get_untracked();
        setelah_bingkai(move || {
            if baris.try_get_untracked().flatten() == dibuka && pembuka.try_get_value().is_some() {
                tutup();
            }
        });
    };
    let simpan = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        lepas();
        let lama = teks.get_untracked();
        let sel = isi.get_untracked();
        match baris.get_untracked() {
            Some(BARIS_BARU) => {
                let judul: Vec<&str> = judul.iter().map(String::as_str).collect();
                teks.set(tambah_baris_baru(&lama, &judul, &sel));
            }
            Some(b) => teks.set(ganti_baris(&lama, b, &sel)),
            None => {}
        }
        tutup_nanti();
    };
    view! {
        <form class="sunting" data-testid=testid[0] node_ref=form use:buka=pembuka on:submit=simpan
            on:keydown=move |ev| {
                if ev.key() == "Escape" {
                    ev.prevent_default();
                    tutup();
                }
            }>
            {isi0
                .into_iter()
                .enumerate()
                .map(|(j, v)| {
                    let (label, peran) = kolom
                        .get(j)
                        .cloned()
                        .unwrap_or_else(|| (format!("Kolom {}", j + 1), "lain"));
                    let daftar = (peran == "polaritas").then_some("pilihan-polaritas");
                    view! {
                        <label>
                            <span>{label}</span>
                            <input
                                type="text"
                                data-col=peran
                                data-col-index=j.to_string()
                                list=daftar
                                value=v
                                on:input=move |ev| {
                                    let v = event_target_value(&ev);
                                    isi.update(|x| {
                                        if let Some(c) = x.get_mut(j) {
                                            *c = v;
                                        }
                                    });
                                    simpan_draf();
                                }
                            />
                        </label>
                    }
                })
                .collect_view()}
            <datalist id="pilihan-polaritas">
                <option value="positif"></option>
                <option value="negatif"></option>
            </datalist>
            <div class="tombol-sunting">
                <button type="submit" data-testid=testid[1]>"Simpan"</button>
                <button type="button" on:click=move |_| tutup()>"Batal"</button>
            </div>
        </form>
    }
}

/// Runs when the editor is built, while focus is still on the button that opened it: keeps
/// that button, then, once the editor is on the page, focuses its first field.
fn buka(form: web_sys::Element, pembuka: StoredValue<Option<HtmlElement>, LocalStorage>) {
    pembuka.set_value(
        document()
            .active_element()
            .and_then(|e| e.dyn_into::<HtmlElement>().ok())
            .filter(|e| e.tag_name() == "BUTTON"),
    );
    request_animation_frame(move || {
        // a field already chosen in that frame (a tap, a test's fill) keeps the focus
        let di_dalam = document()
            .active_element()
            .is_some_and(|a| form.contains(Some(a.as_ref())));
        if di_dalam {
            return;
        }
        if let Some(i) = form.query_selector("input").ok().flatten() {
            let _ = i.unchecked_into::<HtmlElement>().focus();
        }
    });
}
