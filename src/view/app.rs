use crate::core::anggaran::baca_tabel_anggaran;
use crate::core::efisiensi::efisiensi;
use crate::core::format::{id_desimal, rupiah};
use crate::core::indikator::baca_tabel_indikator;
use crate::core::kebijakan::Kebijakan;
use crate::core::laporan_anggaran::{baris_anggaran, terbilang_total};
use crate::core::perbandingan::baris_perbandingan;
use crate::core::perkembangan::MetodePertumbuhan;
use crate::core::pohon::bangun_pohon;
use crate::core::sasaran::hitung_kinerja;
use crate::core::sunting::Pemetaan;
use crate::view::daftar_pesan::DaftarPesan;
use crate::view::hasil_anggaran::HasilAnggaran;
use crate::view::hasil_indikator::HasilIndikator;
use crate::view::ikm::BagianIkm;
use crate::view::kebijakan_panel::KebijakanPanel;
use crate::view::masukan::MasukanTabel;
use crate::view::peran_kolom::PeranKolom;
use crate::view::perbandingan::Perbandingan;
use crate::view::perkembangan::BagianPerkembangan;
use crate::view::ringkasan_anggaran::{BarisProgram, RingkasanAnggaran};
use leptos::prelude::*;

const CONTOH_INDIKATOR: &str = "Tempel tabel dari Excel, Word atau PDF, misalnya:\nSasaran\tIndikator\tSatuan\tTarget\tRealisasi\nMeningkatnya kepuasan masyarakat\tIndeks Kepuasan Masyarakat\t%\t80,25\t81,14";
const CONTOH_ANGGARAN: &str = "Tempel tabel realisasi anggaran, misalnya:\nKode\tUraian\tAnggaran\tRealisasi\n1\tProgram Pelayanan Administrasi Perkantoran\t328.312.760\t319.489.939\n1.1\tPenyediaan Jasa Surat Menyurat\t270.000\t270.000";

/// The whole page. Data flows one way: text, parse, compute, view.
#[component]
pub fn App() -> impl IntoView {
    // inputs: what a person typed or chose
    let teks = RwSignal::new(String::new());
    let pemetaan = RwSignal::new(Pemetaan::default());
    let kebijakan = RwSignal::new(Kebijakan::default());
    let tampilkan_rumus = RwSignal::new(false);
    let teks_anggaran = RwSignal::new(String::new());
    let tautan = RwSignal::new(Vec::<(String, usize)>::new());
    let teks_ikm = RwSignal::new(String::new());
    let teks_perkembangan = RwSignal::new(String::new());
    let metode = RwSignal::new(MetodePertumbuhan::default());

    // performance
    let tabel =
        Memo::new(move |_| teks.with(|t| pemetaan.with(|p| baca_tabel_indikator(t, p.untuk(t)))));
    let hasil = Memo::new(move |_| tabel.with(|t| kebijakan.with(|k| hitung_kinerja(t, k))));
    let perbandingan =
        Memo::new(move |_| tabel.with(|t| kebijakan.with(|k| baris_perbandingan(&t.indikator, k))));
    let pesan = Signal::derive(move || tabel.with(|t| t.pesan.clone()));
    let ringkas_format = move || {
        tabel.with(|t| {
            if t.indikator.is_empty() {
                return String::new();
            }
            let konv = t
                .konvensi
                .iter()
                .filter(|(j, _)| {
                    matches!(
                        t.kolom[*j],
                        crate::core::kolom::Kolom::Target | crate::core::kolom::Kolom::Realisasi
                    )
                })
                .map(|(j, k)| format!("{} {}", t.kolom[*j].label(), k.label()))
                .collect::<Vec<_>>()
                .join(", ");
            let tahun = t.tahun.map(|y| format!("; tahun {y}")).unwrap_or_default();
            format!(
                "{} indikator; pemisah {}; format angka: {konv}{tahun}",
                t.indikator.len(),
                t.pemisah.label()
            )
        })
    };

    // budget
    let tabel_anggaran = Memo::new(move |_| teks_anggaran.with(|t| baca_tabel_anggaran(t)));
    let pohon = Memo::new(move |_| tabel_anggaran.with(bangun_pohon));
    let model_anggaran =
        Memo::new(move |_| tabel_anggaran.with(|t| pohon.with(|p| baris_anggaran(t, p))));
    let pesan_anggaran = Signal::derive(move || tabel_anggaran.with(|t| t.pesan.clone()));
    let belanja = Signal::derive(move || {
        tabel_anggaran.with(|t| {
            pohon.with(|p| {
                p.belanja(t)
                    .map(|(b, r)| {
                        (
                            b.uraian.clone(),
                            rupiah(r.anggaran),
                            rupiah(r.realisasi),
                            r.serapan()
                                .map(|s| id_desimal(s, 2))
                                .unwrap_or_else(|| "n/a".into()),
                        )
                    })
                    .collect::<Vec<_>>()
            })
        })
    });
    let program = Signal::derive(move || {
        let links = tautan.get();
        tabel_anggaran.with(|t| {
            pohon.with(|p| {
                p.program(t)
                    .map(|(n, r)| {
                        let uraian = t.baris[p.simpul[n].baris].uraian.clone();
                        let sasaran = links.iter().find(|(u, _)| *u == uraian).map(|(_, s)| *s);
                        BarisProgram {
                            uraian,
                            anggaran: rupiah(r.anggaran),
                            realisasi: rupiah(r.realisasi),
                            serapan: r
                                .serapan()
                                .map(|s| id_desimal(s, 2))
                                .unwrap_or_else(|| "n/a".into()),
                            sasaran,
                        }
                    })
                    .collect::<Vec<_>>()
            })
        })
    });
    let nama_sasaran = Signal::derive(move || {
        hasil.with(|h| h.sasaran.iter().map(|s| s.nama.clone()).collect::<Vec<_>>())
    });
    let hasil_efisiensi = Memo::new(move |_| {
        let links = tautan.get();
        tabel_anggaran.with(|t| {
            pohon.with(|p| {
                let pairs: Vec<(usize, usize)> = p
                    .program(t)
                    .filter_map(|(n, _)| {
                        links
                            .iter()
                            .find(|(u, _)| *u == t.baris[p.simpul[n].baris].uraian)
                            .map(|(_, s)| (n, *s))
                    })
                    .collect();
                hasil.with(|h| efisiensi(p, h, &pairs))
            })
        })
    });
    let tautkan = Callback::new(move |(uraian, sasaran): (String, Option<usize>)| {
        tautan.update(|l| {
            l.retain(|(u, _)| *u != uraian);
            if let Some(s) = sasaran {
                l.push((uraian, s));
            }
        })
    });

    view! {
        <header class="kepala">
            <h1>"Kalkulator SAKIP"</h1>
            <p>"Capaian, predikat dan serapan anggaran untuk LKjIP. Data tidak pernah meninggalkan perangkat ini."</p>
            <nav class="tidak-dicetak">
                <a href="#kinerja">"Kinerja"</a>
                <a href="#anggaran">"Anggaran"</a>
                <a href="#ikm">"IKM"</a>
                <a href="#kebijakan">"Kebijakan"</a>
            </nav>
        </header>
        <main>
            <section class="bagian" id="kinerja">
                <h2>"Capaian kinerja"</h2>
                <MasukanTabel teks=teks testid="input-indikator" label="Tabel indikator kinerja" placeholder=CONTOH_INDIKATOR />
                <p class="ringkas-format" data-testid="format-indikator">{ringkas_format}</p>
                <PeranKolom tabel=tabel teks=teks pemetaan=pemetaan />
                <DaftarPesan pesan=pesan testid="pesan-indikator" />
                <HasilIndikator tabel=tabel hasil=hasil kebijakan=kebijakan tampilkan_rumus=tampilkan_rumus teks=teks pemetaan=pemetaan />
                <Perbandingan baris=perbandingan kebijakan=kebijakan tampilkan_rumus=tampilkan_rumus />
            </section>
            <section class="bagian" id="anggaran">
                <h2>"Realisasi anggaran"</h2>
                <MasukanTabel teks=teks_anggaran testid="input-anggaran" label="Tabel realisasi anggaran" placeholder=CONTOH_ANGGARAN />
                <DaftarPesan pesan=pesan_anggaran testid="pesan-anggaran" />
                <HasilAnggaran model=model_anggaran />
                <Show when=move || pohon.with(|p| !p.simpul.is_empty())>
                    <ul class="terbilang" data-testid="terbilang-anggaran">
                        {move || pohon.with(terbilang_total).into_iter().map(|(l, a, t)| view! {
                            <li><strong>{l}</strong>" Rp " {a} " ("<em>{t}</em>")"</li>
                        }).collect_view()}
                    </ul>
                </Show>
                <RingkasanAnggaran belanja=belanja program=program sasaran=nama_sasaran efisiensi=hasil_efisiensi tautkan=tautkan />
                <h3>"Perkembangan anggaran"</h3>
                <BagianPerkembangan teks=teks_perkembangan metode=metode />
            </section>
            <section class="bagian" id="ikm">
                <h2>"Indeks Kepuasan Masyarakat (IKM)"</h2>
                <BagianIkm teks=teks_ikm kebijakan=kebijakan />
            </section>
            <div id="kebijakan">
                <KebijakanPanel kebijakan=kebijakan tampilkan_rumus=tampilkan_rumus />
            </div>
            <section class="kebijakan-ringkas">
                <h3>"Kebijakan yang dipakai"</h3>
                <ul data-testid="uraian-kebijakan">
                    {move || kebijakan.with(|k| k.uraian()).into_iter().map(|u| view! { <li>{u}</li> }).collect_view()}
                </ul>
            </section>
        </main>
    }
}
