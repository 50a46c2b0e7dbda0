//! The printable LKjIP Bab III, one component per section: header, performance per sasaran
//! with sentences and a chart, comparisons, the budget with totals and terbilang, efficiency,
//! IKM, the audit, the policies used, and the signature block. Tables reuse the page's
//! renderers in their print variant.

mod anggaran;
mod kendali;
mod kinerja;

use crate::core::ikm::mutu;
use crate::core::teks::tampil::id_desimal;
use crate::view::audit::DaftarTemuan;
use crate::view::keadaan::Keadaan;
use crate::view::sibuk::beri_tahu_lalu;
use crate::view::tunda::Detak;
use anggaran::LaporanAnggaran;
use kendali::{KendaliLaporan, TandaTangan};
use kinerja::LaporanKinerja;
use leptos::prelude::*;

/// "Laporan Kinerja Instansi Pemerintah [instansi] Tahun [tahun]".
fn judul(s: Keadaan) -> String {
    s.kepala.with(|k| {
        let instansi = if k.instansi.trim().is_empty() {
            "[nama instansi]".to_string()
        } else {
            k.instansi.clone()
        };
        let tahun = if k.tahun.trim().is_empty() {
            String::new()
        } else {
            format!(" Tahun {}", k.tahun)
        };
        format!("Laporan Kinerja Instansi Pemerintah {instansi}{tahun}")
    })
}

/// The IKM paragraph, when an IKM was computed.
#[component]
fn LaporanIkm() -> impl IntoView {
    let s = expect_context::<Keadaan>();
    move || {
        s.ikm.with(|(h, _)| h.clone()).map(|h| {
            let (g, l) = mutu(h.ikm);
            view! {
                <h3>"Indeks Kepuasan Masyarakat"</h3>
                <p class="kalimat" data-testid="laporan-ikm">{format!("Nilai IKM sebesar {} dengan mutu pelayanan {g} ({l}); {}.", id_desimal(h.ikm, 2), h.rumus)}</p>
            }
        })
    }
}

/// Whether the inputs are large enough that the report is composed only on request: it holds
/// every row again, with a sentence each.
fn besar(s: Keadaan) -> bool {
    s.tabel.with(|t| t.indikator.len()) > LAPORAN_OTOMATIS
        || s.tabel_anggaran.with(|t| t.baris.len()) > LAPORAN_OTOMATIS
}

/// Up to this many rows of either table the report follows every edit; beyond it, it is
/// composed on request.
const LAPORAN_OTOMATIS: usize = 500;

/// The report with its controls. For large inputs it is composed when asked for, printed or
/// downloaded, so that typing in a large table does not rebuild it every time.
#[component]
pub fn Laporan() -> impl IntoView {
    // the report follows the results once changes pause, so typing pays only for the results
    let detak = Detak::baru();
    let s = expect_context::<Keadaan>().tertunda(detak);
    provide_context(s);
    provide_context(detak);
    let disusun = RwSignal::new(false);
    let tampil = Memo::new(move |_| disusun.get() || !besar(s));
    // printing from the browser's menu composes it too, up to date (the print after that has it all)
    let _ = window_event_listener_untyped("beforeprint", move |_| {
        detak.sekarang();
        disusun.set(true);
    });
    view! {
        <KendaliLaporan disusun=disusun />
        <article class=move || if s.lanskap.get() { "laporan lanskap" } else { "laporan" } data-testid="laporan" tabindex="0" aria-label="Laporan Bab III">
            <header class="judul-laporan">
                <h2 data-testid="laporan-judul">{move || judul(s)}</h2>
                <p>"BAB III AKUNTABILITAS KINERJA"</p>
            </header>
            <Show when=move || tampil.get() fallback=move || view! {
                <p class="catatan">"Tabel yang ditempel besar: laporan disusun saat diminta, dicetak atau diunduh."</p>
                <button type="button" data-testid="susun-laporan" on:click=move |ev| {
                    beri_tahu_lalu(&ev, "Menyusun laporan, tunggu sebentar…", move || {
                        let _ = disusun.try_set(true);
                    })
                }>"Susun laporan"</button>
            }>
                <h3>"A. Capaian Kinerja Organisasi"</h3>
                <LaporanKinerja />
                <h3>"B. Realisasi Anggaran"</h3>
                <LaporanAnggaran />
                <LaporanIkm />
                <h3>"C. Pemeriksaan angka (audit)"</h3>
                <DaftarTemuan temuan=s.temuan testid="laporan-audit" semua=true />
                <h3>"D. Kebijakan perhitungan yang dipakai"</h3>
                <ul class="kebijakan-laporan">{move || s.kebijakan.with(|k| k.uraian()).into_iter().map(|u| view! { <li>{u}</li> }).collect_view()}</ul>
                <TandaTangan />
            </Show>
        </article>
    }
}
