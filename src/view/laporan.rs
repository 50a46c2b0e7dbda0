use crate::core::ikm::mutu;
use crate::core::laporan::anggaran::terbilang_total;
use crate::core::laporan::audit::Temuan;
use crate::core::laporan::grafik::grafik_batang;
use crate::core::laporan::kalimat::{kalimat_indikator, kalimat_instansi, kalimat_sasaran};
use crate::core::proyek::berkas::KepalaLaporan;
use crate::core::teks::tampil::id_desimal;
use crate::view::audit::DaftarTemuan;
use crate::view::grafik::GrafikBatang;
use crate::view::keadaan::Keadaan;
use crate::view::peramban::{cetak, unduh};
use leptos::prelude::*;

const GAYA: &str = include_str!("../../www/style.css");

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

/// The printable LKjIP Bab III: header, performance per sasaran with sentences and a chart,
/// comparisons, the budget tree with totals and terbilang, efficiency, IKM, the audit and the
/// policies used, and the signature block.
#[component]
pub fn Laporan(
    /// Findings of the audit (shared with the page's audit section).
    #[prop(into)]
    temuan: Signal<Vec<Temuan>>,
) -> impl IntoView {
    let s = expect_context::<Keadaan>();
    let status = RwSignal::new(String::new());
    let unduh_html = move |_| {
        let html = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.query_selector("[data-testid=laporan]").ok().flatten())
            .map(|el| el.outer_html());
        let r = match html {
            Some(body) => unduh(
                "laporan-sakip.html",
                "text/html;charset=utf-8",
                &format!("<!doctype html>\n<html lang=\"id\"><head><meta charset=\"utf-8\"><title>Laporan Kinerja</title><style>{GAYA}</style></head><body>{body}</body></html>"),
            ),
            None => Err("laporan tidak ditemukan".into()),
        };
        status.set(match r {
            Ok(()) => "laporan-sakip.html diunduh.".into(),
            Err(e) => format!("Tidak dapat mengunduh: {e}"),
        });
    };
    let judul = move || {
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
    };
    let kinerja = move || {
        let k = s.kebijakan.get();
        let t = s.tabel.get();
        let h = s.hasil.get();
        if t.indikator.is_empty() {
            return view! { <p class="catatan">"Tabel indikator belum diisi."</p> }.into_any();
        }
        let rumus = s.tampilkan_rumus.get();
        let semua_anak = t.anak_semua();
        let per_sasaran = h.sasaran.iter().enumerate().map(|(n, hs)| {
            let rows = hs.indikator.iter().flat_map(|&p| std::iter::once(p).chain(semua_anak.get(p).cloned().unwrap_or_default())).enumerate().map(|(no, j)| {
                let i = &t.indikator[j];
                let c = &h.capaian[j];
                let cls = if i.induk.is_some() { "sub" } else { "" };
                view! {
                    <tr data-row="laporan-indikator" class=cls>
                        <td>{no + 1}</td>
                        <td class="teks" data-col="indikator">{i.nama.clone()}</td>
                        <td data-col="satuan">{i.satuan.clone()}</td>
                        <td class="angka" data-col="target">{i.target.tampil()}</td>
                        <td class="angka" data-col="realisasi">{i.realisasi.tampil()}</td>
                        <td class="angka" data-col="capaian">{c.tampil(&k)}{rumus.then(|| view! { <small class="rumus">{c.rumus.clone()}</small> })}</td>
                        <td data-col="predikat">{c.predikat(&k)}</td>
                    </tr>
                }
            }).collect_view();
            let kalimat = hs.indikator.iter().map(|&j| view! { <li data-testid="kalimat-indikator">{kalimat_indikator(&t.indikator[j], &h.capaian[j], &k)}</li> }).collect_view();
            view! {
                <div class="blok">
                    <h4>{format!("Sasaran {}: {}", n + 1, hs.nama)}</h4>
                    <table class="hasil">
                        <thead><tr><th>"No"</th><th>"Indikator Kinerja"</th><th>"Satuan"</th><th>"Target"</th><th>"Realisasi"</th><th>"Capaian (%)"</th><th>"Predikat"</th></tr></thead>
                        <tbody>
                            {rows}
                            <tr class="ringkas" data-row="laporan-sasaran">
                                <td colspan="5" class="teks">"Capaian sasaran"</td>
                                <td class="angka" data-col="capaian">{hs.capaian.tampil(&k)}</td>
                                <td data-col="predikat">{hs.capaian.predikat(&k)}</td>
                            </tr>
                        </tbody>
                    </table>
                </div>
                <ul class="kalimat">{kalimat}</ul>
                <p class="kalimat" data-testid="kalimat-sasaran">{kalimat_sasaran(hs, &k)}</p>
            }
        }).collect_view();
        let instansi = s.kepala.with(|x| x.instansi.clone());
        let data: Vec<(String, Option<rust_decimal::Decimal>)> = t
            .indikator
            .iter()
            .zip(&h.capaian)
            .filter(|(i, _)| i.induk.is_none())
            .map(|(i, c)| (i.nama.clone(), c.dibatasi(&k)))
            .collect();
        let banding = s.perbandingan.get();
        let banding_view = (!banding.is_empty()).then(|| {
            let rows = banding.into_iter().map(|b| view! {
                <tr>
                    <td class="teks">{b.nama}</td>
                    <td class="angka">{b.realisasi_lalu.unwrap_or_else(|| "-".into())}</td>
                    <td class="angka">{b.realisasi}</td>
                    <td class="angka">{b.terhadap_lalu.map(|r| r.tampil(&k)).unwrap_or_else(|| "-".into())}</td>
                    <td class="angka">{b.target_akhir.unwrap_or_else(|| "-".into())}</td>
                    <td class="angka">{b.terhadap_akhir.map(|r| r.tampil(&k)).unwrap_or_else(|| "-".into())}</td>
                    <td class="angka">{b.kumulatif.map(|r| r.tampil(&k)).unwrap_or_else(|| "-".into())}</td>
                </tr>
            }).collect_view();
            view! {
                <h3>"2. Perbandingan dengan tahun lalu dan target Renstra"</h3>
                <table class="hasil blok">
                    <thead><tr><th>"Indikator"</th><th>"Realisasi tahun lalu"</th><th>"Realisasi"</th><th>"Capaian thd tahun lalu (%)"</th><th>"Target akhir Renstra"</th><th>"Capaian thd target akhir (%)"</th><th>"Kumulatif Renstra (%)"</th></tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            }
        });
        view! {
            <h3>"1. Pengukuran Kinerja"</h3>
            {per_sasaran}
            <p class="kalimat" data-testid="kalimat-instansi">
                <strong>{format!("Capaian kinerja instansi: {}% ({})", h.instansi.tampil(&k), h.instansi.predikat(&k))}</strong>
                " "
                {kalimat_instansi(&instansi, &h.instansi, &k)}
            </p>
            <figure class="blok">
                <GrafikBatang grafik=grafik_batang(&data) judul="Capaian kinerja per indikator (%)".to_string() testid="grafik-capaian" />
                <figcaption>"Grafik capaian kinerja per indikator; garis putus-putus = 100%."</figcaption>
            </figure>
            {banding_view}
        }
        .into_any()
    };
    let anggaran = move || {
        let t = s.tabel_anggaran.get();
        let p = s.pohon.get();
        if p.simpul.is_empty() {
            return view! { <p class="catatan">"Tabel realisasi anggaran belum diisi."</p> }
                .into_any();
        }
        let (rows, total) = s.model_anggaran.get();
        let row = |b: crate::core::laporan::anggaran::BarisTampilAnggaran, cls: &'static str| {
            let indent = format!("padding-left: {}rem", 0.3 + 1.0 * b.kedalaman as f32);
            let cls = if b.induk {
                format!("{cls} induk")
            } else {
                cls.to_string()
            };
            view! {
                <tr class=cls data-row="laporan-anggaran">
                    <td class="kode">{b.kode}</td>
                    <td class="teks" style=indent data-col="uraian">{b.uraian}</td>
                    <td class="angka" data-col="anggaran">{b.anggaran}</td>
                    <td class="angka" data-col="realisasi">{b.realisasi}</td>
                    <td class="angka" data-col="sisa">{b.sisa}</td>
                    <td class="angka" data-col="serapan">{b.serapan}</td>
                </tr>
            }
        };
        let body = rows
            .into_iter()
            .filter(|b| !b.jumlah)
            .map(|b| row(b, ""))
            .collect_view();
        let total_view = row(total, "ringkas");
        let terbilang = terbilang_total(&p)
            .into_iter()
            .map(
                |(l, a, w)| view! { <li>{format!("{l}: Rp {a} ")}<em>{format!("({w})")}</em></li> },
            )
            .collect_view();
        let program: Vec<(String, Option<rust_decimal::Decimal>)> = p
            .program(&t)
            .map(|(n, r)| (t.baris[p.simpul[n].baris].uraian.clone(), r.serapan()))
            .collect();
        let grafik = (!program.is_empty()).then(|| view! {
            <figure class="blok">
                <GrafikBatang grafik=grafik_batang(&program) judul="Serapan anggaran per program (%)".to_string() testid="grafik-serapan" />
                <figcaption>"Grafik serapan anggaran per program."</figcaption>
            </figure>
        });
        let ef = s.efisiensi.get();
        let ef_view = (!ef.is_empty()).then(|| {
            let rows = ef.into_iter().map(|e| {
                let (v, rumus) = e.efisiensi.map(|(v, r)| (id_desimal(v, 2), r)).unwrap_or_else(|| ("n/a".into(), String::new()));
                view! {
                    <tr>
                        <td class="teks">{e.sasaran}</td>
                        <td class="angka">{e.capaian.map(|c| id_desimal(c, 2)).unwrap_or_else(|| "n/a".into())}</td>
                        <td class="angka">{e.anggaran.serapan().map(|x| id_desimal(x, 2)).unwrap_or_else(|| "n/a".into())}</td>
                        <td class="angka">{v}<small class="rumus">{rumus}</small></td>
                    </tr>
                }
            }).collect_view();
            view! {
                <h3>"Efisiensi: capaian kinerja dan serapan anggaran per sasaran"</h3>
                <table class="hasil blok" data-testid="laporan-efisiensi">
                    <thead><tr><th>"Sasaran"</th><th>"Capaian kinerja (%)"</th><th>"Serapan anggaran (%)"</th><th>"Efisiensi (capaian / serapan)"</th></tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            }
        });
        let kalimat_total = format!(
            "Secara keseluruhan anggaran sebesar Rp {} terealisasi sebesar Rp {} atau {}%, dengan sisa Rp {}.",
            crate::core::teks::tampil::rupiah(p.total.anggaran),
            crate::core::teks::tampil::rupiah(p.total.realisasi),
            p.total.serapan().map(|x| id_desimal(x, 2)).unwrap_or_else(|| "n/a".into()),
            crate::core::teks::tampil::rupiah(p.total.sisa())
        );
        view! {
            <p class="kalimat" data-testid="kalimat-anggaran">{kalimat_total}</p>
            <table class="hasil" data-testid="laporan-anggaran">
                <thead><tr><th>"Kode"</th><th>"Program / Kegiatan / Sub Kegiatan"</th><th>"Anggaran (Rp)"</th><th>"Realisasi (Rp)"</th><th>"Sisa (Rp)"</th><th>"Serapan (%)"</th></tr></thead>
                <tbody>{body}{total_view}</tbody>
            </table>
            <ul class="terbilang" data-testid="laporan-terbilang">{terbilang}</ul>
            {grafik}
            {ef_view}
        }
        .into_any()
    };
    let ikm = move || {
        s.ikm.with(|(h, _)| h.clone()).map(|h| {
            let (g, l) = mutu(h.ikm);
            view! {
                <h3>"Indeks Kepuasan Masyarakat"</h3>
                <p class="kalimat" data-testid="laporan-ikm">{format!("Nilai IKM sebesar {} dengan mutu pelayanan {g} ({l}); {}.", id_desimal(h.ikm, 2), h.rumus)}</p>
            }
        })
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
            <button type="button" data-testid="cetak" on:click=move |_| cetak()>"Cetak"</button>
            <button type="button" data-testid="unduh-laporan" on:click=unduh_html>"Unduh laporan (HTML)"</button>
            <span class="status">{move || status.get()}</span>
        </div>
        <article class=move || if s.lanskap.get() { "laporan lanskap" } else { "laporan" } data-testid="laporan">
            <header class="judul-laporan">
                <h2 data-testid="laporan-judul">{judul}</h2>
                <p>"BAB III AKUNTABILITAS KINERJA"</p>
            </header>
            <h3>"A. Capaian Kinerja Organisasi"</h3>
            {kinerja}
            <h3>"B. Realisasi Anggaran"</h3>
            {anggaran}
            {ikm}
            <h3>"C. Pemeriksaan angka (audit)"</h3>
            <DaftarTemuan temuan=temuan testid="laporan-audit" />
            <h3>"D. Kebijakan perhitungan yang dipakai"</h3>
            <ul class="kebijakan-laporan">{move || s.kebijakan.with(|k| k.uraian()).into_iter().map(|u| view! { <li>{u}</li> }).collect_view()}</ul>
            <div class="tanda-tangan" data-testid="laporan-tanda-tangan">
                {move || s.kepala.with(|k| view! {
                    <p>{format!("{}{}{}", k.tempat, if k.tempat.is_empty() || k.tanggal.is_empty() { "" } else { ", " }, k.tanggal)}</p>
                    <p>{k.jabatan.clone()}</p>
                    <p class="ruang-ttd"></p>
                    <p><strong><u>{k.kepala.clone()}</u></strong></p>
                    <p>{if k.nip.is_empty() { String::new() } else { format!("NIP. {}", k.nip) }}</p>
                })}
            </div>
        </article>
    }
}
