use crate::core::kebijakan::Kebijakan;
use crate::core::kinerja::indikator::TabelIndikator;
use crate::core::kinerja::sasaran::HasilKinerja;
use crate::core::laporan::kinerja::{baris_kinerja, BarisIndikator, BarisKinerja, BarisSasaran};
use crate::core::teks::kolom::Kolom;
use crate::core::teks::sunting::{
    atur_polaritas, hapus_baris, sidik, Pemetaan, KOLOM_BAKU_INDIKATOR,
};
use crate::view::sunting_baris::{SuntingBaris, BARIS_BARU};
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
    /// Show the formula under the value.
    #[prop(into)]
    tampilkan_rumus: Signal<bool>,
) -> impl IntoView {
    let rumus2 = rumus.clone();
    view! {
        <td data-col="capaian" class="angka" title=rumus>
            {nilai}
            {alasan.map(|a| view! { <small class="alasan">{a}</small> })}
            <Show when=move || tampilkan_rumus.get()>
                <small class="rumus">{rumus2.clone()}</small>
            </Show>
        </td>
    }
}

/// The results table of the indicator calculator: one row per indikator in paste order, a
/// summary row per sasaran and one for the instansi; row buttons flip polarity, edit or
/// remove the pasted row.
#[component]
pub fn HasilIndikator(
    /// The parsed table.
    #[prop(into)]
    tabel: Signal<TabelIndikator>,
    /// Its computed results.
    #[prop(into)]
    hasil: Signal<HasilKinerja>,
    /// The policies in force.
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
    let sunting = RwSignal::new(None::<usize>);
    let balik = move |nomor_baris: usize, tanda: &'static str| {
        let (kolom, judul) = tabel.with_untracked(|t| (t.kolom.clone(), t.baris_judul.clone()));
        let lama = teks.get_untracked();
        let (baru, tambah) = atur_polaritas(&lama, &kolom, &judul, nomor_baris, tanda);
        if let Some(j) = tambah {
            if pemetaan.with_untracked(|p| p.untuk(&lama).is_some()) {
                let mut k = kolom.clone();
                k.resize(j, Kolom::Abaikan);
                k.push(Kolom::Polaritas);
                pemetaan.set(Pemetaan {
                    sidik: sidik(&baru),
                    kolom: k,
                });
            }
        }
        teks.set(baru);
    };
    let tambah = move |_| sunting.set(Some(BARIS_BARU));
    let baris_indikator = move |b: BarisIndikator| {
        let nomor = b.nomor_baris;
        let (tanda, ganti) = match b.polaritas {
            crate::core::kinerja::polaritas::Polaritas::Positif => ("+", "-"),
            crate::core::kinerja::polaritas::Polaritas::Negatif => ("-", "+"),
        };
        let cls = if b.sub { "sub" } else { "" };
        let row = if b.sub { "sub-indikator" } else { "indikator" };
        let sasaran_cls = if b.sasaran_pertama {
            "teks"
        } else {
            "teks ulang"
        };
        let tcls = if b.target_galat {
            "angka galat"
        } else {
            "angka"
        };
        let rcls = if b.realisasi_galat {
            "angka galat"
        } else {
            "angka"
        };
        view! {
            <tr data-row=row class=cls data-baris=nomor.to_string()>
                <td data-col="sasaran" class=sasaran_cls>{b.sasaran}</td>
                <td data-col="indikator" class="teks">{b.nama}</td>
                <td data-col="satuan">{b.satuan}</td>
                <td data-col="target" class=tcls>{b.target}</td>
                <td data-col="realisasi" class=rcls>{b.realisasi}</td>
                <SelCapaian nilai=b.capaian rumus=b.rumus alasan=b.alasan tampilkan_rumus=tampilkan_rumus />
                <td data-col="predikat" class=b.pita>{b.predikat}</td>
                <td data-col="polaritas" class="kendali">
                    <button
                        type="button"
                        class="kecil"
                        data-testid="balik-polaritas"
                        title="Balik polaritas (positif / negatif)"
                        on:click=move |_| balik(nomor, ganti)
                    >
                        {tanda}
                    </button>
                </td>
                <td class="kendali">
                    <button type="button" class="kecil" data-testid="ubah-baris" title="Ubah baris" on:click=move |_| sunting.set(Some(nomor))>
                        "✎"
                    </button>
                    <button
                        type="button"
                        class="kecil"
                        data-testid="hapus-baris"
                        title="Hapus baris"
                        on:click=move |_| teks.set(hapus_baris(&teks.get_untracked(), nomor))
                    >
                        "✕"
                    </button>
                </td>
            </tr>
        }
        .into_any()
    };
    let baris_ringkas = move |s: BarisSasaran, row: &'static str| {
        let rumus = s.rumus.clone();
        let rumus2 = s.rumus.clone();
        let kecuali = (!s.dikecualikan.is_empty())
            .then(|| format!("Tidak ikut dirata-ratakan: {}", s.dikecualikan.join("; ")));
        view! {
            <tr data-row=row class="ringkas">
                <td colspan="5" class="teks">
                    {format!("Capaian {}", if row == "instansi" { "kinerja instansi".to_string() } else { format!("sasaran: {}", s.nama) })}
                    {kecuali.map(|k| view! { <small class="alasan">{k}</small> })}
                </td>
                <td data-col="capaian" class="angka" title=rumus>
                    {s.capaian}
                    <Show when=move || tampilkan_rumus.get()>
                        <small class="rumus">{rumus2.clone()}</small>
                    </Show>
                </td>
                <td data-col="predikat" class=s.pita>{s.predikat}</td>
                <td colspan="2"></td>
            </tr>
        }
        .into_any()
    };
    let model = Memo::new(move |_| {
        tabel.with(|t| hasil.with(|h| kebijakan.with(|k| baris_kinerja(t, h, k))))
    });
    view! {
        <div class="tabel-gulir">
            <table class="hasil" data-testid="hasil-indikator">
                <thead>
                    <tr>
                        <th>"Sasaran"</th>
                        <th>"Indikator"</th>
                        <th>"Satuan"</th>
                        <th>"Target"</th>
                        <th>"Realisasi"</th>
                        <th>"Capaian (%)"</th>
                        <th>"Predikat"</th>
                        <th title="Polaritas: + semakin tinggi semakin baik, - semakin rendah semakin baik">"+/-"</th>
                        <th></th>
                    </tr>
                </thead>
                <tbody>
                    {move || {
                        let (rows, instansi) = model.get();
                        let editing = sunting.get();
                        let mut out = Vec::new();
                        for r in rows {
                            match r {
                                BarisKinerja::Indikator(b) => {
                                    let nomor = b.nomor_baris;
                                    out.push(baris_indikator(b));
                                    if editing == Some(nomor) {
                                        out.push(editor(teks, sunting, tabel));
                                    }
                                }
                                BarisKinerja::Sasaran(s) => out.push(baris_ringkas(s, "sasaran")),
                            }
                        }
                        if editing.is_some_and(|n| !tabel.with_untracked(|t| t.indikator.iter().any(|i| i.nomor_baris == n))) {
                            out.push(editor(teks, sunting, tabel));
                        }
                        if tabel.with_untracked(|t| !t.indikator.is_empty()) {
                            out.push(baris_ringkas(instansi, "instansi"));
                        }
                        out
                    }}
                </tbody>
            </table>
        </div>
        <button type="button" data-testid="tambah-baris" on:click=tambah>"+ Tambah baris"</button>
    }
}

/// The editor's columns: the table's own (labelled by header, role from the column), or the
/// standard ones on an empty page.
fn kolom_editor(t: &TabelIndikator) -> Vec<(String, &'static str)> {
    if t.kolom.is_empty() {
        return KOLOM_BAKU_INDIKATOR
            .iter()
            .map(|(l, p)| (l.to_string(), *p))
            .collect();
    }
    t.kolom
        .iter()
        .enumerate()
        .map(|(j, k)| {
            let label = t
                .judul
                .get(j)
                .filter(|h| !h.is_empty())
                .cloned()
                .unwrap_or_else(|| k.label());
            (label, k.peran())
        })
        .collect()
}

fn editor(
    teks: RwSignal<String>,
    sunting: RwSignal<Option<usize>>,
    tabel: Signal<TabelIndikator>,
) -> AnyView {
    let kolom = tabel.with_untracked(kolom_editor);
    view! {
        <tr class="sunting">
            <td colspan="9">
                <SuntingBaris teks=teks baris=sunting kolom=kolom testid=["sunting-baris", "simpan-baris"] />
            </td>
        </tr>
    }
    .into_any()
}
