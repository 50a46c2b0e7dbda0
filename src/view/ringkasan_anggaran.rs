//! Budget summaries: BTL/BL, per program with its link to a sasaran, and efficiency.

use crate::core::anggaran::efisiensi::EfisiensiSasaran;
use crate::core::anggaran::pohon::Ringkasan;
use crate::core::anggaran::tautan::TautanProgram;
use crate::core::teks::tampil::{id_desimal, rupiah};
use crate::view::efisiensi::TabelEfisiensi;
use crate::view::gulir::Gulir;
use crate::view::jendela::{daftar_berkunci, jendela_berkunci, tampil_awal};
use crate::view::tautan_sasaran::TautanSasaran;
use crate::view::terbuka::SatuTerbuka;
use leptos::prelude::*;

/// A row of a summary: its uraian and totals. A program's link to a sasaran is not here: the
/// row's select follows the links by itself, so linking a program does not rebuild its row.
pub type BarisRingkasan = (String, Ringkasan);

/// Anggaran, realisasi and serapan as shown: formatted for the rows built, not for every row
/// of a flat budget at every key (20.000 rows: 7 ms).
fn angka(r: Ringkasan) -> [String; 3] {
    let serapan = r
        .serapan()
        .map_or_else(|| "n/a".into(), |s| id_desimal(s, 2));
    // a sum without cells that could not be read says so, as the tree's rows do
    let [a, b] = [(r.anggaran, 0), (r.realisasi, 1)].map(|(v, k)| match r.tak_terbaca[k] {
        0 => rupiah(v),
        n => format!("{} (tanpa {n} sel tak terbaca)", rupiah(v)),
    });
    [a, b, serapan]
}

/// BTL/BL and per-program summaries, the link of each program to a sasaran of the indicator
/// table, and performance beside budget per linked sasaran. Both tables are keyed lists: a key
/// typed into one sub kegiatan redraws its program's row only (rebuilt in place, every
/// attribute of the 200 rows on the page was set again: 40 ms of a key at 20.000 lines).
#[component]
pub fn RingkasanAnggaran(
    /// BTL / BL rows.
    #[prop(into)]
    belanja: Signal<Vec<BarisRingkasan>>,
    /// Program rows.
    #[prop(into)]
    program: Signal<Vec<BarisRingkasan>>,
    /// The sasaran each program is linked to.
    #[prop(into)]
    tautan: Signal<TautanProgram>,
    /// Sasaran names from the indicator table.
    #[prop(into)]
    sasaran: Signal<Vec<String>>,
    /// Efficiency per linked sasaran.
    #[prop(into)]
    efisiensi: Signal<Vec<EfisiensiSasaran>>,
    /// Called with (program uraian, sasaran index or none) when a link changes.
    tautkan: Callback<(String, Option<usize>)>,
) -> impl IntoView {
    // The program whose select was last reached: only it lists every sasaran (view/terbuka.rs).
    let terbuka = SatuTerbuka::<String>::default();
    // a flat budget of 20.000 top-level lines is 20.000 belanja or program rows: windows, as
    // in the results tables
    let tampil_belanja = tampil_awal(false);
    let tampil_program = tampil_awal(false);
    let baris_belanja = move |(l, r): BarisRingkasan| {
        let [a, r, s] = angka(r);
        view! {
            <tr data-row="belanja"><td class="teks" data-col="uraian">{l}</td><td class="angka" data-col="anggaran">{a}</td><td class="angka" data-col="realisasi">{r}</td><td class="angka" data-col="serapan">{s}</td></tr>
        }
    };
    let baris_program = move |(uraian, r): BarisRingkasan| {
        let [anggaran, realisasi, serapan] = angka(r);
        let u = uraian.clone();
        // one program's link, so a link made redraws that program's select alone
        let tautan = Memo::new(move |_| tautan.with(|l| l.dari_uraian(&u)));
        view! {
            <tr data-row="program">
                <td class="teks" data-col="uraian">{uraian.clone()}</td>
                <td class="angka" data-col="anggaran">{anggaran}</td>
                <td class="angka" data-col="realisasi">{realisasi}</td>
                <td class="angka" data-col="serapan">{serapan}</td>
                <td data-col="tautan"><TautanSasaran uraian=uraian tautan=tautan sasaran=sasaran terbuka=terbuka tautkan=tautkan /></td>
            </tr>
        }
    };
    view! {
        <Show when=move || belanja.with(|b| !b.is_empty())>
            <h3>"Belanja tidak langsung dan langsung"</h3>
            <Gulir label="Belanja tidak langsung dan langsung">
            <table class="hasil kartu" data-testid="ringkasan-belanja">
                <thead><tr><th>"Jenis belanja"</th><th>"Anggaran (Rp)"</th><th>"Realisasi (Rp)"</th><th>"Serapan (%)"</th></tr></thead>
                <tbody>{daftar_berkunci(Box::new(move || belanja.with(|b| jendela_berkunci(tampil_belanja, b, 4, baris_belanja))))}</tbody>
            </table>
            </Gulir>
        </Show>
        <Show when=move || program.with(|p| !p.is_empty())>
            <h3>"Per program"</h3>
            <Gulir label="Ringkasan anggaran">
                <table class="hasil kartu" data-testid="ringkasan-program">
                    <thead><tr><th>"Program"</th><th>"Anggaran (Rp)"</th><th>"Realisasi (Rp)"</th><th>"Serapan (%)"</th><th>"Mendukung sasaran"</th></tr></thead>
                    <tbody>{daftar_berkunci(Box::new(move || program.with(|p| jendela_berkunci(tampil_program, p, 5, baris_program))))}</tbody>
                </table>
            </Gulir>
        </Show>
        <TabelEfisiensi efisiensi=efisiensi testid="efisiensi" judul="Capaian kinerja dan serapan anggaran per sasaran" kartu=true />
    }
}
