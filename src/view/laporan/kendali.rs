//! The report's controls (not printed): the editable header, landscape, print and download;
//! and the signature block, which is printed.

use crate::core::proyek::berkas::KepalaLaporan;
use crate::view::keadaan::Keadaan;
use crate::view::peramban::{ambil_teks, cetak, unduh};
use crate::view::tunda::Detak;
use leptos::prelude::*;

/// One editable header field of the report.
#[component]
fn IsianKepala(
    /// Label shown.
    label: &'static str,
    /// `data-testid` of the input.
    testid: &'static str,
    /// Reads the field.
    ambil: fn(&KepalaLaporan) -> String,
    /// Writes the field.
    atur: fn(&mut KepalaLaporan, String),
) -> impl IntoView {
    let s = expect_context::<Keadaan>();
    view! {
        <label>
            <span>{label}</span>
            <input type="text" data-testid=testid prop:value=move || s.kepala.with(ambil) on:input=move |ev| {
                let v = event_target_value(&ev);
                s.kepala.update(|k| atur(k, v));
            } />
        </label>
    }
}

/// The report as it is on the page.
fn html_laporan() -> Result<String, String> {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector("[data-testid=laporan]").ok().flatten())
        .map(|el| el.outer_html())
        .ok_or_else(|| "laporan tidak ditemukan".into())
}

/// The report as a standalone HTML file with the page's stylesheet inlined. The stylesheet is
/// fetched (from the service worker's cache when offline) rather than built into the module.
fn unduh_html(selesai: impl FnOnce(Result<(), String>) + 'static) {
    let html = match html_laporan() {
        Ok(h) => h,
        Err(e) => return selesai(Err(e)),
    };
    ambil_teks(vec!["style.css".into()], move |gaya| {
        let gaya = gaya.map(|mut g| g.pop().unwrap_or_default());
        selesai(gaya.and_then(|gaya| {
            unduh(
                "laporan-sakip.html",
                "text/html;charset=utf-8",
                &format!("<!doctype html>\n<html lang=\"id\"><head><meta charset=\"utf-8\"><title>Laporan Kinerja</title><style>{gaya}</style></head><body>{html}</body></html>"),
            )
        }))
    });
}

/// Header fields, landscape, print and download.
#[component]
pub fn KendaliLaporan(
    /// Set to compose a report that is composed only on request (large inputs); printing and
    /// downloading set it first, then wait for the report to be on the page.
    disusun: RwSignal<bool>,
) -> impl IntoView {
    let s = expect_context::<Keadaan>();
    let status = RwSignal::new(String::new());
    let detak = use_context::<Detak>();
    let setelah_disusun = move |f: Box<dyn FnOnce()>| {
        let perlu = !disusun.get_untracked();
        disusun.set(true);
        // up to date first: the report waits for changes to pause
        if let Some(d) = detak {
            d.sekarang();
        }
        let tunggu = if perlu { 300 } else { 0 };
        set_timeout(f, std::time::Duration::from_millis(tunggu));
    };
    let unduh = move |_| {
        setelah_disusun(Box::new(move || {
            unduh_html(move |hasil| {
                status.set(match hasil {
                    Ok(()) => "laporan-sakip.html diunduh.".into(),
                    Err(e) => format!("Tidak dapat mengunduh: {e}"),
                })
            })
        }))
    };
    view! {
        <div class="kendali-laporan tidak-dicetak">
            <fieldset class="kepala-laporan">
                <legend>"Kepala laporan"</legend>
                <IsianKepala label="Instansi" testid="laporan-instansi" ambil=|k| k.instansi.clone() atur=|k, v| k.instansi = v />
                <IsianKepala label="Tahun" testid="laporan-tahun" ambil=|k| k.tahun.clone() atur=|k, v| k.tahun = v />
                <IsianKepala label="Jabatan" testid="laporan-jabatan" ambil=|k| k.jabatan.clone() atur=|k, v| k.jabatan = v />
                <IsianKepala label="Nama kepala" testid="laporan-kepala" ambil=|k| k.kepala.clone() atur=|k, v| k.kepala = v />
                <IsianKepala label="NIP" testid="laporan-nip" ambil=|k| k.nip.clone() atur=|k, v| k.nip = v />
                <IsianKepala label="Tempat" testid="laporan-tempat" ambil=|k| k.tempat.clone() atur=|k, v| k.tempat = v />
                <IsianKepala label="Tanggal" testid="laporan-tanggal" ambil=|k| k.tanggal.clone() atur=|k, v| k.tanggal = v />
            </fieldset>
            <label class="centang">
                <input type="checkbox" data-testid="laporan-lanskap" prop:checked=move || s.lanskap.get() on:change=move |ev| s.lanskap.set(event_target_checked(&ev)) />
                " Cetak mendatar (lanskap) untuk tabel lebar"
            </label>
            <button type="button" data-testid="cetak" on:click=move |_| setelah_disusun(Box::new(cetak))>"Cetak"</button>
            <button type="button" data-testid="unduh-laporan" on:click=unduh>"Unduh laporan (HTML)"</button>
            <span class="status">{move || status.get()}</span>
        </div>
    }
}

/// Place and date, position, name and NIP of the head of office.
#[component]
pub fn TandaTangan() -> impl IntoView {
    let s = expect_context::<Keadaan>();
    view! {
        <div class="tanda-tangan" data-testid="laporan-tanda-tangan">
            {move || s.kepala.with(|k| {
                let koma = if k.tempat.is_empty() || k.tanggal.is_empty() { "" } else { ", " };
                view! {
                    <p>{format!("{}{koma}{}", k.tempat, k.tanggal)}</p>
                    <p>{k.jabatan.clone()}</p>
                    <p class="ruang-ttd"></p>
                    <p><strong><u>{k.kepala.clone()}</u></strong></p>
                    <p>{if k.nip.is_empty() { String::new() } else { format!("NIP. {}", k.nip) }}</p>
                }
            })}
        </div>
    }
}
