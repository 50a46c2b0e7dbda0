//! The results table of the indicator calculator: one row per indikator in paste order, a
//! summary row per sasaran and one for the instansi; row buttons flip polarity, edit or remove
//! the pasted row. On a phone each row is a card (style.css).

use crate::core::kebijakan::Kebijakan;
use crate::core::kebijakan::Pilihan;
use crate::core::kinerja::indikator::TabelIndikator;
use crate::core::kinerja::polaritas::Polaritas;
use crate::core::kinerja::sasaran::HasilKinerja;
use crate::core::kinerja::triwulan::Sifat;
use crate::core::laporan::kinerja::{
    baris_kinerja_sampai, BarisIndikator, BarisKinerja, BarisSasaran, TampilTriwulan,
};
use crate::core::teks::kolom::Kolom;
use crate::core::teks::sunting::{atur_kolom, hapus_baris, sidik, Pemetaan, KOLOM_BAKU_INDIKATOR};
use crate::view::fokus::ubah_baris;
use crate::view::gulir::Gulir;
use crate::view::jendela::{
    daftar_berkunci, kelas_tabel, kunci, nanti, JenisTabel, TombolLagi, JENDELA,
};
use crate::view::sunting_baris::{baris_terbuka, kolom_editor, SuntingBaris, BARIS_BARU};
use leptos::prelude::*;

/// The capaian cell: the value, its formula when asked for, and the reason when there is none.
#[component]
fn SelCapaian(
    /// Value as shown (`101,11` or `n/a`).
    nilai: String,
    /// Formula with values.
    rumus: String,
    /// Why there is no value.
    alasan: Option<String>,
    /// "s.d. TW II" for a quarterly row not yet at TW IV.
    tanda: Option<String>,
    /// Show the formula under the value.
    #[prop(into)]
    tampilkan_rumus: Signal<bool>,
) -> impl IntoView {
    let rumus2 = rumus.clone();
    view! {
        <td data-col="capaian" class="angka" title=rumus>
            {nilai}
            {tanda.map(|t| view! { <small class="tanda-tw">{t}</small> })}
            {alasan.map(|a| view! { <small class="alasan">{a}</small> })}
            <Show when=move || tampilkan_rumus.get()>
                <small class="rumus">{rumus2.clone()}</small>
            </Show>
        </td>
    }
}

/// What the row buttons act on.
#[derive(Clone, Copy)]
struct Kendali {
    teks: RwSignal<String>,
    sunting: RwSignal<Option<usize>>,
    /// Set the polarity of a pasted line (`+` or `-`).
    balik: Callback<(usize, &'static str)>,
    /// Set the sifat of a pasted line (its key).
    sifat: Callback<(usize, &'static str)>,
    tampilkan_rumus: Signal<bool>,
}

/// The quarterly cells of a row: capaian to date at each quarter, and the sifat switch.
fn sel_triwulan(nomor: usize, tw: Option<TampilTriwulan>, k: Kendali) -> AnyView {
    let Some(tw) = tw else {
        return view! { <td class="kosong-tw" colspan="5"></td> }.into_any();
    };
    let sel = (0..4)
        .map(|q| {
            let col = ["capaian-tw1", "capaian-tw2", "capaian-tw3", "capaian-tw4"][q];
            let sendiri = (!tw.per_tw[q].is_empty())
                .then(|| view! { <small class="alasan">{format!("triwulan ini {}", tw.per_tw[q])}</small> });
            // the title is for a mouse; "Tampilkan rumus" shows the formulas on a phone too
            let rumus = tw.rumus_tw[q].clone();
            let rumus = (!rumus.is_empty()).then(|| {
                let tampil = k.tampilkan_rumus;
                view! { <Show when=move || tampil.get()><small class="rumus">{rumus.clone()}</small></Show> }
            });
            view! { <td data-col=col class="angka tw" title=tw.rumus_tw[q].clone()>{tw.sd_tw[q].clone()}{sendiri}{rumus}</td> }
        })
        .collect_view();
    let pilihan = Sifat::SEMUA
        .iter()
        .map(|s| view! { <option value=s.kunci() selected=*s == tw.sifat title=s.label()>{s.singkat()}</option> })
        .collect_view();
    let asal = if tw.sifat_tebakan {
        "ditebak dari satuan; "
    } else {
        ""
    };
    view! {
        {sel}
        <td data-col="sifat" class="kendali">
            <select data-testid="sifat-baris" aria-label="Sifat indikator per triwulan" title=tw.sifat.label()
                on:change=move |ev| {
                    if let Some(s) = Sifat::dari_kunci(&event_target_value(&ev)) {
                        ubah_baris(&ev, nomor, || k.sifat.run((nomor, s.kunci())));
                    }
                }>{pilihan}</select>
            <small class="alasan">{format!("{asal}{}", tw.bacaan)}</small>
        </td>
    }
    .into_any()
}

/// One indikator (or sub-item) row with its buttons; `triwulan` when the table has quarters.
fn baris_indikator(b: BarisIndikator, k: Kendali, triwulan: bool) -> AnyView {
    let nomor = b.nomor_baris;
    let (tanda, ganti) = match b.polaritas {
        Polaritas::Positif => ("+", "-"),
        Polaritas::Negatif => ("-", "+"),
    };
    let row = if b.sub { "sub-indikator" } else { "indikator" };
    let sasaran_cls = if b.sasaran_pertama {
        "teks"
    } else {
        "teks ulang"
    };
    let kelas = |galat: bool| if galat { "angka galat" } else { "angka" };
    let tanda_tw = b.triwulan.as_ref().and_then(|t| t.tanda.clone());
    let periksa = b
        .triwulan
        .as_ref()
        .map(|t| t.periksa.clone())
        .unwrap_or_default();
    let periksa = (!periksa.is_empty()).then(|| {
        view! { <ul class="tanda">{periksa.into_iter().map(|p| view! { <li>{p}</li> }).collect_view()}</ul> }
    });
    let tw = triwulan.then(|| sel_triwulan(nomor, b.triwulan.map(|t| *t), k));
    view! {
        <tr data-row=row class=if b.sub { "sub" } else { "" } data-baris=nomor.to_string()>
            <td data-col="sasaran" class=sasaran_cls>{b.sasaran}</td>
            <td data-col="indikator" class="teks">{b.nama}{periksa}</td>
            <td data-col="satuan">{b.satuan}</td>
            <td data-col="target" class=kelas(b.target_galat)>{b.target}</td>
            <td data-col="realisasi" class=kelas(b.realisasi_galat)>{b.realisasi}</td>
            <SelCapaian nilai=b.capaian rumus=b.rumus alasan=b.alasan tanda=tanda_tw tampilkan_rumus=k.tampilkan_rumus />
            {tw}
            <td data-col="predikat" class=b.pita>{b.predikat}</td>
            <td data-col="polaritas" class="kendali">
                <button type="button" class="kecil" data-testid="balik-polaritas"
                    title="Balik polaritas (positif / negatif)"
                    on:click=move |ev| ubah_baris(&ev, nomor, || k.balik.run((nomor, ganti)))>{tanda}</button>
            </td>
            <td class="kendali">
                <button type="button" class="kecil" data-testid="ubah-baris" title="Ubah baris"
                    on:click=move |_| k.sunting.set(Some(nomor))>"✎"</button>
                <button type="button" class="kecil" data-testid="hapus-baris" title="Hapus baris"
                    on:click=move |ev| ubah_baris(&ev, nomor, || k.teks.set(hapus_baris(&k.teks.get_untracked(), nomor)))>"✕"</button>
            </td>
        </tr>
    }
    .into_any()
}

/// A sasaran or instansi summary row.
fn baris_ringkas(
    s: BarisSasaran,
    row: &'static str,
    tampilkan_rumus: Signal<bool>,
    triwulan: bool,
) -> AnyView {
    let rumus = s.rumus.clone();
    let kecuali = (!s.dikecualikan.is_empty())
        .then(|| format!("Tidak ikut dirata-ratakan: {}", s.dikecualikan.join("; ")));
    let judul = if row == "instansi" {
        "Capaian kinerja instansi".to_string()
    } else {
        format!("Capaian sasaran: {}", s.nama)
    };
    view! {
        <tr data-row=row class="ringkas">
            <td colspan="5" class="teks">
                {judul}
                {kecuali.map(|k| view! { <small class="alasan">{k}</small> })}
            </td>
            <td data-col="capaian" class="angka" title=s.rumus>
                {s.capaian}
                <Show when=move || tampilkan_rumus.get()>
                    <small class="rumus">{rumus.clone()}</small>
                </Show>
            </td>
            {triwulan.then(|| view! { <td class="kosong-tw" colspan="5"></td> })}
            <td data-col="predikat" class=s.pita>{s.predikat}</td>
            <td colspan="2"></td>
        </tr>
    }
    .into_any()
}

fn editor(k: Kendali, tabel: Signal<TabelIndikator>) -> AnyView {
    let kolom = tabel.with_untracked(|t| {
        let peran = t.kolom.iter().map(|k| (k.label(), k.peran()));
        kolom_editor(&t.judul, peran, &KOLOM_BAKU_INDIKATOR)
    });
    view! {
        <tr class="sunting">
            <td colspan="9">
                <SuntingBaris teks=k.teks baris=k.sunting kolom=kolom testid=["sunting-baris", "simpan-baris"] />
            </td>
        </tr>
    }
    .into_any()
}

/// Set the cell of role `peran` (Polaritas, Sifat) on pasted line `nomor_baris`; a column is
/// appended when the table has none, and a chosen column mapping is extended with it.
fn atur_kolom_baris(
    tabel: Signal<TabelIndikator>,
    teks: RwSignal<String>,
    pemetaan: RwSignal<Pemetaan>,
    peran: (Kolom, &str),
    (nomor_baris, isi): (usize, &'static str),
) {
    let (kolom, judul) = tabel.with_untracked(|t| (t.kolom.clone(), t.baris_judul.clone()));
    let lama = teks.get_untracked();
    let (baru, tambah) = atur_kolom(&lama, &kolom, &judul, nomor_baris, peran, isi);
    if let Some(j) = tambah {
        if pemetaan.with_untracked(|p| p.untuk(&lama).is_some()) {
            let mut k = kolom.clone();
            k.resize(j, Kolom::Abaikan);
            k.push(peran.0);
            pemetaan.set(Pemetaan {
                sidik: sidik(&baru),
                kolom: k,
            });
        }
    }
    teks.set(baru);
}

/// A row of the results table, as the keyed list sees it.
#[derive(Clone, Hash)]
enum Isi {
    Indikator(BarisIndikator),
    /// The editor under pasted line n (or for a new row).
    Editor(usize),
    /// A sasaran (with its ordinal) or the instansi summary.
    Ringkas(BarisSasaran, &'static str, usize),
    /// "Showing 500 of n": (n, rows shown).
    Lagi(usize, usize),
}

/// Whether any row has quarterly columns (the table then shows them).
fn ada_triwulan(rows: &[BarisKinerja]) -> bool {
    rows.iter()
        .any(|r| matches!(r, BarisKinerja::Indikator(b) if b.triwulan.is_some()))
}

/// The results table with its row editor and the add-row button.
#[component]
pub fn HasilIndikator(
    /// The parsed table (for the editor's columns and polarity edits).
    #[prop(into)]
    tabel: Signal<TabelIndikator>,
    /// The computed capaian; only the rows in the window are formatted for display.
    #[prop(into)]
    hasil: Signal<HasilKinerja>,
    /// The policies the rows are shown with.
    #[prop(into)]
    kebijakan: Signal<Kebijakan>,
    /// Show formulas under numbers.
    #[prop(into)]
    tampilkan_rumus: Signal<bool>,
    /// The pasted text (edits rewrite it).
    teks: RwSignal<String>,
    /// Chosen column roles (extended when a Polaritas column is added).
    pemetaan: RwSignal<Pemetaan>,
) -> impl IntoView {
    let k = Kendali {
        teks,
        sunting: RwSignal::new(baris_terbuka("sunting-baris", &teks.get_untracked())),
        balik: Callback::new(move |x| {
            atur_kolom_baris(tabel, teks, pemetaan, (Kolom::Polaritas, "Polaritas"), x)
        }),
        sifat: Callback::new(move |x| {
            atur_kolom_baris(tabel, teks, pemetaan, (Kolom::Sifat, "Sifat"), x)
        }),
        tampilkan_rumus,
    };
    let tampil = RwSignal::new(JENDELA);
    // the rows of the window, formatted once per change: (rows, instansi, indikator in all)
    let model = Memo::new(move |_| {
        let batas = tampil.get();
        tabel.with(|t| hasil.with(|h| kebijakan.with(|kb| baris_kinerja_sampai(t, h, kb, batas))))
    });
    let isi = move || {
        let batas = tampil.get();
        let editing = k.sunting.get();
        model.with(|(rows, instansi, jumlah)| {
            let (tw, jumlah) = (ada_triwulan(rows), *jumlah);
            let mut out = Vec::with_capacity(rows.len() + 3);
            let mut sasaran = 0;
            for r in rows {
                match r {
                    BarisKinerja::Indikator(b) => {
                        let nomor = b.nomor_baris;
                        out.push(Isi::Indikator(b.clone()));
                        if editing == Some(nomor) {
                            out.push(Isi::Editor(nomor));
                        }
                    }
                    BarisKinerja::Sasaran(s) => {
                        sasaran += 1;
                        out.push(Isi::Ringkas(s.clone(), "sasaran", sasaran));
                    }
                }
            }
            if jumlah > batas {
                out.push(Isi::Lagi(jumlah, batas));
            }
            if editing == Some(BARIS_BARU) {
                out.push(Isi::Editor(BARIS_BARU));
            }
            if jumlah > 0 {
                out.push(Isi::Ringkas(instansi.clone(), "instansi", 0));
            }
            // keyed by content and by whether the table has quarters (every row shows them)
            out.into_iter()
                .map(|i| (kunci(&(&i, tw)), i, tw))
                .collect::<Vec<_>>()
        })
    };
    let tampilkan = move |(_, i, tw): (u64, Isi, bool)| match i {
        Isi::Indikator(b) => baris_indikator(b, k, tw),
        Isi::Editor(_) => editor(k, tabel),
        Isi::Ringkas(s, row, _) => baris_ringkas(s, row, tampilkan_rumus, tw),
        Isi::Lagi(jumlah, _) => {
            view! { <TombolLagi tampil=tampil jumlah=jumlah lebar=9 /> }.into_any()
        }
    };
    view! {
        <Gulir label="Hasil capaian kinerja">
            <table class=move || model.with(|(r, _, n)| kelas_tabel(*n, r.len(), if ada_triwulan(r) { JenisTabel::Triwulan } else { JenisTabel::Indikator })) data-testid="hasil-indikator">
                <thead>
                    <tr>
                        <th class="l-teks">"Sasaran"</th>
                        <th class="l-teks-lebar">"Indikator"</th>
                        <th class="l-satuan">"Satuan"</th>
                        <th class="l-angka">"Target"</th>
                        <th class="l-angka">"Realisasi"</th>
                        <th class="l-angka">"Capaian (%)"</th>
                        {move || model.with(|(r, _, _)| ada_triwulan(r)).then(|| view! {
                            <th class="l-tw">"s.d. TW I"</th><th class="l-tw">"s.d. TW II"</th><th class="l-tw">"s.d. TW III"</th><th class="l-tw">"s.d. TW IV"</th><th class="l-sifat">"Sifat"</th>
                        })}
                        <th class="l-predikat">"Predikat"</th>
                        <th class="l-tanda" title="Polaritas: + semakin tinggi semakin baik, - semakin rendah semakin baik">"+/-"</th>
                        <th class="l-kendali"><span class="tak-terlihat">"Ubah atau hapus baris"</span></th>
                    </tr>
                </thead>
                <tbody>{daftar_berkunci(Box::new(move || isi().into_iter().map(|x| (x.0, nanti(move || tampilkan(x)))).collect()))}</tbody>
            </table>
        </Gulir>
        <button type="button" data-testid="tambah-baris" on:click=move |_| k.sunting.set(Some(BARIS_BARU))>"+ Tambah baris"</button>
    }
}
