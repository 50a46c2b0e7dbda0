//! The budget section of the page: the pasted budget table, messages, the tree with totals and
//! row edits, export, terbilang, BTL/BL and program summaries with sasaran links, efficiency,
//! and budget growth.

use crate::core::laporan::anggaran::terbilang_total;
use crate::core::laporan::ekspor::ekspor_anggaran;
use crate::view::daftar_pesan::DaftarPesan;
use crate::view::ekspor::TombolEkspor;
use crate::view::hasil_anggaran::HasilAnggaran;
use crate::view::keadaan::Keadaan;
use crate::view::masukan::MasukanTabel;
use crate::view::perkembangan::BagianPerkembangan;
use crate::view::ringkasan_anggaran::{BarisRingkasan, RingkasanAnggaran};
use crate::view::sunting_anggaran::TambahBarisAnggaran;
use crate::view::sunting_baris::baris_terbuka;
use leptos::prelude::*;

const CONTOH_ANGGARAN: &str = "Ketik satu belanja sebaris (uraian, anggaran, realisasi):\nATK, 500.000, 450.000\n\nAtau tempel tabel realisasi anggaran, misalnya:\nKode\tUraian\tAnggaran\tRealisasi\n1\tProgram Pelayanan Administrasi Perkantoran\t328.312.760\t319.489.939\n1.1\tPenyediaan Jasa Surat Menyurat\t270.000\t270.000";

/// BTL / BL rows: label and totals (formatted when a row is shown: a flat budget has thousands).
fn belanja(s: Keadaan) -> Vec<BarisRingkasan> {
    s.tabel_anggaran.with(|t| {
        s.pohon
            .with(|p| p.belanja(t).map(|(b, r)| (b.uraian.clone(), r)).collect())
    })
}

/// Program rows: uraian and totals.
fn program(s: Keadaan) -> Vec<BarisRingkasan> {
    s.tabel_anggaran.with(|t| {
        s.pohon.with(|p| {
            p.program()
                .map(|(n, r)| (t.baris[p.simpul[n].baris].uraian.clone(), r))
                .collect()
        })
    })
}

/// The budget section.
#[component]
pub fn BagianAnggaran() -> impl IntoView {
    let s = expect_context::<Keadaan>();
    let sunting = RwSignal::new(baris_terbuka(
        "sunting-baris-anggaran",
        &s.teks_anggaran.get_untracked(),
    ));
    let pesan = Signal::derive(move || {
        let mut pesan = s.tabel_anggaran.with(|t| t.pesan.clone());
        s.tautan_program.with(|l| pesan.extend(l.pesan()));
        pesan
    });
    let ekspor = Signal::derive(move || s.model_anggaran.with(|(b, t)| ekspor_anggaran(b, t)));
    // memos: the summary's Show and its rows read them, and at 20.000 lines each costs a pass
    let belanja = Memo::new(move |_| belanja(s));
    let program = Memo::new(move |_| program(s));
    let tautkan = Callback::new(move |(uraian, sasaran): (String, Option<usize>)| {
        s.tautan.update(|l| {
            l.retain(|(u, _)| *u != uraian);
            if let Some(x) = sasaran {
                l.push((uraian, x));
            }
        })
    });
    view! {
        <section class="bagian" id="anggaran">
            <h2>"Realisasi anggaran"</h2>
            <MasukanTabel teks=s.teks_anggaran testid="input-anggaran" label="Tabel realisasi anggaran" placeholder=CONTOH_ANGGARAN />
            <DaftarPesan pesan=pesan testid="pesan-anggaran" />
            <HasilAnggaran pohon=s.pohon teks=s.teks_anggaran tabel=s.tabel_anggaran sunting=sunting />
            <TambahBarisAnggaran teks=s.teks_anggaran tabel=s.tabel_anggaran sunting=sunting />
            <TombolEkspor baris=ekspor nama="realisasi-anggaran" testid="ekspor-anggaran" />
            <Show when=move || s.pohon.with(|p| !p.simpul.is_empty())>
                <ul class="terbilang" data-testid="terbilang-anggaran">
                    {move || s.pohon.with(terbilang_total).into_iter().map(|(l, a, t)| view! {
                        <li><strong>{l}</strong>" Rp " {a} " ("<em>{t}</em>")"</li>
                    }).collect_view()}
                </ul>
            </Show>
            <RingkasanAnggaran belanja=belanja program=program tautan=s.tautan_program sasaran=s.nama_sasaran efisiensi=s.efisiensi tautkan=tautkan />
            <h3>"Perkembangan anggaran"</h3>
            <BagianPerkembangan teks=s.teks_perkembangan metode=s.metode hasil=s.perkembangan />
        </section>
    }
}
