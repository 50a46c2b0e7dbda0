//! The budget results table: the tree in paste order with its checks, the total from the
//! leaves, and per row an edit and a remove button (edits rewrite the pasted text).

use crate::core::anggaran::pohon::PohonAnggaran;
use crate::core::anggaran::tabel::TabelAnggaran;
use crate::core::laporan::anggaran::{
    baris_anggaran_sampai, periode_anggaran, BarisTampilAnggaran,
};
use crate::core::teks::sunting::hapus_baris;
use crate::view::fokus::ubah_baris;
use crate::view::gulir::Gulir;
use crate::view::jendela::{
    berkunci, daftar_berkunci, kelas_tabel, kunci, nanti, JenisTabel, TombolLagi, JENDELA,
};
use crate::view::keadaan::Keadaan;
use crate::view::sunting_anggaran::kolom_anggaran;
use crate::view::sunting_baris::SuntingBaris;
use leptos::prelude::*;

/// Edit and remove buttons of a pasted row (none on the computed total).
fn kendali(
    nomor: usize,
    teks: RwSignal<String>,
    sunting: RwSignal<Option<usize>>,
) -> impl IntoView {
    view! {
        <td class="kendali">
            <button type="button" class="kecil" data-testid="ubah-baris-anggaran" title="Ubah baris" on:click=move |_| sunting.set(Some(nomor))>"✎"</button>
            <button type="button" class="kecil" data-testid="hapus-baris-anggaran" title="Hapus baris"
                on:click=move |ev| ubah_baris(&ev, nomor, || teks.set(hapus_baris(&teks.get_untracked(), nomor)))>"✕"</button>
        </td>
    }
}

/// One row of the budget table; `kendali` holds its buttons (none in print). The serapan's
/// formula is its title, and shown under it when formulas are shown (for trainers).
fn baris(
    b: BarisTampilAnggaran,
    row: &'static str,
    kendali: Option<AnyView>,
    tampilkan_rumus: Signal<bool>,
) -> impl IntoView {
    // a class per depth, not a style attribute: the CSP forbids inline styles
    let indent = [
        "teks dalam-0",
        "teks dalam-1",
        "teks dalam-2",
        "teks dalam-3",
        "teks dalam-4",
        "teks dalam-5",
    ][b.kedalaman.min(5)];
    let cls = match (row, b.induk, b.tanda.is_empty()) {
        ("total" | "laporan-total", ..) => "ringkas",
        (_, _, false) => "ditandai",
        (_, true, _) => "induk",
        _ => "",
    };
    let judul_rumus = b.rumus.clone();
    let judul_sisa = b.rumus_sisa.clone();
    // a formula under its number when 'Tampilkan rumus' is on
    let di_bawah = move |r: String| {
        (!r.is_empty()).then(|| {
            view! {
                <Show when=move || tampilkan_rumus.get()>
                    <small class="rumus">{r.clone()}</small>
                </Show>
            }
        })
    };
    let rumus = di_bawah(b.rumus);
    let rumus_sisa = di_bawah(b.rumus_sisa);
    let tanda = (!b.tanda.is_empty()).then(|| {
        view! { <ul class="tanda">{b.tanda.into_iter().map(|t| view! { <li>{t}</li> }).collect_view()}</ul> }
    });
    view! {
        <tr data-row=row class=cls data-baris=b.nomor_baris.to_string()>
            <td data-col="kode" class="kode">{b.kode}</td>
            <td data-col="uraian" class=indent>
                {b.uraian}
                {tanda}
            </td>
            <td data-col="anggaran" class="angka">{b.anggaran}</td>
            <td data-col="realisasi" class="angka">{b.realisasi}</td>
            <td data-col="sisa" class="angka" title=judul_sisa>
                {b.sisa}
                {rumus_sisa}
            </td>
            <td data-col="serapan" class="angka" title=judul_rumus>
                {b.serapan}
                {rumus}
            </td>
            {b.triwulan.map(|tw| view! {
                <td data-col="rencana" class="angka">{tw.rencana}</td>
                <td data-col="terhadap-rencana" class="angka">{tw.terhadap_rencana}</td>
                <td data-col="deviasi" class="angka">{tw.deviasi}</td>
            })}
            {kendali}
        </tr>
    }
}

/// " s.d. TW II" after a heading, for a quarterly table.
fn periode(tabel: Signal<TabelAnggaran>) -> String {
    tabel
        .with(periode_anggaran)
        .map(|p| format!(" {p}"))
        .unwrap_or_default()
}

/// The headings of the quarterly columns, for a quarterly table.
#[component]
fn KepalaTriwulan(
    /// The parsed budget table.
    tabel: Signal<TabelAnggaran>,
) -> impl IntoView {
    move || {
        tabel.with(|t| t.triwulan_rencana().is_some()).then(|| {
            let p = periode(tabel);
            view! {
                <th class="l-rupiah">{format!("Rencana{p} (Rp)")}</th>
                <th class="l-angka">"Realisasi thd rencana (%)"</th>
                <th class="l-angka">"Deviasi (%)"</th>
            }
        })
    }
}

/// The budget tree, indented, with a total computed from its leaves. Pasted Jumlah rows stay
/// where they were pasted, marked as stated figures, with their checks.
#[component]
pub fn HasilAnggaran(
    /// The budget tree with its totals; only the rows in the window are formatted.
    #[prop(into)]
    pohon: Signal<PohonAnggaran>,
    /// The budget table's text, which edits rewrite.
    teks: RwSignal<String>,
    /// The parsed budget table, for the editor's columns.
    #[prop(into)]
    tabel: Signal<TabelAnggaran>,
    /// Line of the row being edited, shared with the add-row button.
    sunting: RwSignal<Option<usize>>,
) -> impl IntoView {
    let tampil = RwSignal::new(JENDELA);
    let rumus = expect_context::<Keadaan>().tampilkan_rumus.into();
    // the rows of the window, formatted once per change: (rows, total, rows in all)
    let model = Memo::new(move |_| {
        let batas = tampil.get();
        tabel.with(|t| pohon.with(|p| baris_anggaran_sampai(t, p, batas)))
    });
    let isi = move || {
        let batas = tampil.get();
        let editing = sunting.get();
        model.with(|(rows, total, jumlah)| {
            let mut out = Vec::with_capacity(rows.len() + 3);
            for b in rows {
                out.push(Isi::Baris(b.clone()));
                // a heading named on a line is edited with that line's own row, below it
                if editing == Some(b.nomor_baris) && !b.kepala_sebaris {
                    out.push(Isi::Editor(b.nomor_baris));
                }
            }
            if *jumlah > batas {
                out.push(Isi::Lagi(*jumlah, batas));
            }
            if *jumlah > 0 {
                out.push(Isi::Total(total.clone()));
            }
            out.into_iter().map(|i| (kunci(&i), i)).collect::<Vec<_>>()
        })
    };
    let tampilkan = move |(_, i): (u64, Isi)| match i {
        Isi::Baris(b) => {
            let nomor = b.nomor_baris;
            let (row, kendali) = match (b.jumlah, b.kepala_sebaris) {
                (true, _) => ("jumlah", kendali(nomor, teks, sunting).into_any()),
                // not a pasted line of its own: no buttons, and not counted as one
                (_, true) => ("kepala", view! { <td></td> }.into_any()),
                _ => ("anggaran", kendali(nomor, teks, sunting).into_any()),
            };
            baris(b, row, Some(kendali), rumus).into_any()
        }
        Isi::Editor(_) => {
            let kolom = tabel.with_untracked(kolom_anggaran);
            view! {
                <tr class="sunting"><td colspan="7">
                    <SuntingBaris teks=teks baris=sunting kolom=kolom testid=["sunting-baris-anggaran", "simpan-baris-anggaran"] />
                </td></tr>
            }
            .into_any()
        }
        Isi::Lagi(jumlah, _) => {
            view! { <TombolLagi tampil=tampil jumlah=jumlah lebar=7 /> }.into_any()
        }
        Isi::Total(b) => baris(b, "total", Some(view! { <td></td> }.into_any()), rumus).into_any(),
    };
    view! {
        <Gulir label="Hasil realisasi anggaran">
            <table class=move || { let jenis = if tabel.with(|t| t.triwulan_rencana().is_some()) { JenisTabel::AnggaranTw } else { JenisTabel::Anggaran }; model.with(|(rows, _, n)| kelas_tabel(*n, rows.len(), jenis)) } data-testid="hasil-anggaran">
                <thead>
                    <tr>
                        <th class="l-kode">"Kode"</th>
                        <th class="l-teks-lebar">"Uraian"</th>
                        <th class="l-rupiah">"Anggaran (Rp)"</th>
                        <th class="l-rupiah">{move || format!("Realisasi{} (Rp)", periode(tabel))}</th>
                        <th class="l-rupiah">"Sisa (Rp)"</th>
                        <th class="l-angka">{move || format!("Serapan{} (%)", periode(tabel))}</th>
                        <KepalaTriwulan tabel=tabel />
                        <th class="l-kendali"><span class="tak-terlihat">"Ubah atau hapus baris"</span></th>
                    </tr>
                </thead>
                <tbody>{daftar_berkunci(Box::new(move || isi().into_iter().map(|x| (x.0, nanti(move || tampilkan(x)))).collect()))}</tbody>
            </table>
        </Gulir>
    }
}

/// A row of the budget table, as the keyed list sees it.
#[derive(Clone, Hash)]
enum Isi {
    Baris(BarisTampilAnggaran),
    /// The editor under pasted line n.
    Editor(usize),
    /// "Showing 500 of n": (n, rows shown).
    Lagi(usize, usize),
    Total(BarisTampilAnggaran),
}

/// The budget table as printed in the report: the same rows and totals, without the pasted
/// Jumlah rows (their checks are in the audit) and without buttons. A keyed list, as on the
/// page: an edit draws the rows it changed, not all of them again.
#[component]
pub fn AnggaranCetak(
    /// Rows in paste order and the computed total, from the core's display model.
    #[prop(into)]
    model: Signal<(Vec<BarisTampilAnggaran>, BarisTampilAnggaran)>,
    /// The parsed budget table (its quarterly period).
    #[prop(into)]
    tabel: Signal<TabelAnggaran>,
) -> impl IntoView {
    let rumus = expect_context::<Keadaan>().tampilkan_rumus.into();
    view! {
        <Gulir label="Realisasi anggaran dalam laporan">
        <table class="hasil" data-testid="laporan-anggaran">
            <thead><tr><th>"Kode"</th><th>"Program / Kegiatan / Sub Kegiatan"</th><th>"Anggaran (Rp)"</th><th>{move || format!("Realisasi{} (Rp)", periode(tabel))}</th><th>"Sisa (Rp)"</th><th>{move || format!("Serapan{} (%)", periode(tabel))}</th><KepalaTriwulan tabel=tabel /></tr></thead>
            <tbody>{daftar_berkunci(Box::new(move || {
                model.with(|(rows, total)| {
                    rows.iter()
                        .filter(|b| !b.jumlah)
                        .map(|b| (b, if b.kepala_sebaris { "laporan-kepala" } else { "laporan-anggaran" }))
                        .chain([(total, "laporan-total")])
                        .map(|(b, row)| berkunci((b.clone(), row), move |(b, row)| baris(b, row, None, rumus)))
                        .collect()
                })
            }))}
            </tbody>
        </table>
        </Gulir>
    }
}
