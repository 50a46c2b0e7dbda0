use crate::core::laporan::anggaran::terbilang_total;
use crate::core::laporan::audit::{audit_anggaran, audit_ikm, audit_kinerja, audit_perkembangan};
use crate::core::laporan::kinerja::{baris_kinerja, BarisKinerja};
use crate::core::teks::kolom::Kolom;
use crate::core::teks::tampil::{id_desimal, rupiah};
use crate::view::audit::DaftarTemuan;
use crate::view::bagikan::{pantau_tautan, Bagikan};
use crate::view::contoh::DaftarContoh;
use crate::view::daftar_pesan::DaftarPesan;
use crate::view::daftar_proyek::ProyekTersimpan;
use crate::view::ekspor::TombolEkspor;
use crate::view::hasil_anggaran::HasilAnggaran;
use crate::view::hasil_indikator::HasilIndikator;
use crate::view::hitung_cepat::HitungCepat;
use crate::view::ikm::BagianIkm;
use crate::view::keadaan::Keadaan;
use crate::view::kebijakan_panel::KebijakanPanel;
use crate::view::laporan::Laporan;
use crate::view::masukan::MasukanTabel;
use crate::view::peran_kolom::PeranKolom;
use crate::view::perbandingan::Perbandingan;
use crate::view::perkembangan::BagianPerkembangan;
use crate::view::proyek::BerkasProyek;
use crate::view::ringkasan_anggaran::{BarisProgram, RingkasanAnggaran};
use crate::view::riwayat::TombolRiwayat;
use crate::view::ruang_kerja::RuangKerja;
use crate::view::sunting_anggaran::TambahBarisAnggaran;
use leptos::prelude::*;

const CONTOH_INDIKATOR: &str = "Tempel tabel dari Excel, Word atau PDF, misalnya:\nSasaran\tIndikator\tSatuan\tTarget\tRealisasi\nMeningkatnya kepuasan masyarakat\tIndeks Kepuasan Masyarakat\t%\t80,25\t81,14";
const CONTOH_ANGGARAN: &str = "Tempel tabel realisasi anggaran, misalnya:\nKode\tUraian\tAnggaran\tRealisasi\n1\tProgram Pelayanan Administrasi Perkantoran\t328.312.760\t319.489.939\n1.1\tPenyediaan Jasa Surat Menyurat\t270.000\t270.000";

fn serapan(r: crate::core::anggaran::pohon::Ringkasan) -> String {
    r.serapan()
        .map(|s| id_desimal(s, 2))
        .unwrap_or_else(|| "n/a".into())
}

/// The whole page. Data flows one way: text, parse, compute, view.
#[component]
pub fn App() -> impl IntoView {
    let s = Keadaan::baru();
    provide_context(s);
    let w = RuangKerja::mulai(s);
    provide_context(w);
    pantau_tautan(w);
    let Keadaan {
        teks,
        pemetaan,
        kebijakan,
        tampilkan_rumus,
        teks_anggaran,
        tautan,
        teks_ikm,
        teks_perkembangan,
        metode,
        tabel,
        hasil,
        tabel_anggaran,
        pohon,
        ikm,
        perkembangan,
        ..
    } = s;

    // performance
    let Keadaan {
        perbandingan,
        model_anggaran,
        efisiensi: hasil_efisiensi,
        ..
    } = s;
    let pesan = Signal::derive(move || tabel.with(|t| t.pesan.clone()));
    let ringkas_format = move || {
        tabel.with(|t| {
            if t.indikator.is_empty() {
                return String::new();
            }
            let konv = t
                .konvensi
                .iter()
                .filter(|(j, _)| matches!(t.kolom[*j], Kolom::Target | Kolom::Realisasi))
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
    let ekspor_kinerja = Signal::derive(move || {
        let mut rows = vec![[
            "Sasaran",
            "Indikator",
            "Satuan",
            "Target",
            "Realisasi",
            "Capaian (%)",
            "Predikat",
        ]
        .map(String::from)
        .to_vec()];
        tabel.with(|t| {
            hasil.with(|h| {
                kebijakan.with(|k| {
                    let (baris, instansi) = baris_kinerja(t, h, k);
                    for b in baris {
                        match b {
                            BarisKinerja::Indikator(i) => rows.push(vec![
                                i.sasaran,
                                i.nama,
                                i.satuan,
                                i.target,
                                i.realisasi,
                                i.capaian,
                                i.predikat,
                            ]),
                            BarisKinerja::Sasaran(s) => rows.push(vec![
                                s.nama,
                                "Capaian sasaran".into(),
                                String::new(),
                                String::new(),
                                String::new(),
                                s.capaian,
                                s.predikat,
                            ]),
                        }
                    }
                    rows.push(vec![
                        instansi.nama,
                        String::new(),
                        String::new(),
                        String::new(),
                        String::new(),
                        instansi.capaian,
                        instansi.predikat,
                    ]);
                })
            })
        });
        rows
    });

    // budget
    let sunting_anggaran = RwSignal::new(None::<usize>);
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
                            serapan(r),
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
                            serapan: serapan(r),
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
    let tautkan = Callback::new(move |(uraian, sasaran): (String, Option<usize>)| {
        tautan.update(|l| {
            l.retain(|(u, _)| *u != uraian);
            if let Some(s) = sasaran {
                l.push((uraian, s));
            }
        })
    });
    let ekspor_anggaran = Signal::derive(move || {
        let mut rows = vec![[
            "Kode",
            "Uraian",
            "Anggaran (Rp)",
            "Realisasi (Rp)",
            "Sisa (Rp)",
            "Serapan (%)",
        ]
        .map(String::from)
        .to_vec()];
        let (baris, total) = model_anggaran.get();
        for b in baris.into_iter().chain([total]) {
            rows.push(vec![
                b.kode,
                b.uraian,
                b.anggaran,
                b.realisasi,
                b.sisa,
                b.serapan,
            ]);
        }
        rows
    });

    // audit over every table
    let temuan = Memo::new(move |_| {
        let mut out = tabel.with(|t| hasil.with(|h| kebijakan.with(|k| audit_kinerja(t, h, k))));
        out.extend(tabel_anggaran.with(|t| pohon.with(|p| audit_anggaran(t, p))));
        if let Some(h) = ikm.with(|(h, _)| h.clone()) {
            out.extend(audit_ikm(&h));
        }
        out.extend(perkembangan.with(audit_perkembangan));
        out
    });

    view! {
        <header class="kepala">
            <h1>"Kalkulator SAKIP"</h1>
            <p>"Capaian, predikat dan serapan anggaran untuk LKjIP. Data tidak pernah meninggalkan perangkat ini."</p>
            <nav class="tidak-dicetak">
                <a href="#kinerja">"Kinerja"</a>
                <a href="#anggaran">"Anggaran"</a>
                <a href="#ikm">"IKM"</a>
                <a href="#audit">"Audit"</a>
                <a href="#laporan">"Laporan"</a>
            </nav>
        </header>
        <main>
            <ProyekTersimpan />
            <DaftarContoh />
            <div class="baris-alat">
                <BerkasProyek />
                <Bagikan />
            </div>
            <TombolRiwayat />
            <HitungCepat />
            <section class="bagian" id="kinerja">
                <h2>"Capaian kinerja"</h2>
                <MasukanTabel teks=teks testid="input-indikator" label="Tabel indikator kinerja" placeholder=CONTOH_INDIKATOR />
                <p class="ringkas-format" data-testid="format-indikator">{ringkas_format}</p>
                <PeranKolom tabel=tabel teks=teks pemetaan=pemetaan />
                <DaftarPesan pesan=pesan testid="pesan-indikator" />
                <HasilIndikator tabel=tabel hasil=hasil kebijakan=kebijakan tampilkan_rumus=tampilkan_rumus teks=teks pemetaan=pemetaan />
                <TombolEkspor baris=ekspor_kinerja nama="capaian-kinerja" testid="ekspor-kinerja" />
                <Perbandingan baris=perbandingan kebijakan=kebijakan tampilkan_rumus=tampilkan_rumus />
            </section>
            <section class="bagian" id="anggaran">
                <h2>"Realisasi anggaran"</h2>
                <MasukanTabel teks=teks_anggaran testid="input-anggaran" label="Tabel realisasi anggaran" placeholder=CONTOH_ANGGARAN />
                <DaftarPesan pesan=pesan_anggaran testid="pesan-anggaran" />
                <HasilAnggaran model=model_anggaran teks=teks_anggaran tabel=tabel_anggaran sunting=sunting_anggaran />
                <TambahBarisAnggaran teks=teks_anggaran tabel=tabel_anggaran sunting=sunting_anggaran />
                <TombolEkspor baris=ekspor_anggaran nama="realisasi-anggaran" testid="ekspor-anggaran" />
                <Show when=move || pohon.with(|p| !p.simpul.is_empty())>
                    <ul class="terbilang" data-testid="terbilang-anggaran">
                        {move || pohon.with(terbilang_total).into_iter().map(|(l, a, t)| view! {
                            <li><strong>{l}</strong>" Rp " {a} " ("<em>{t}</em>")"</li>
                        }).collect_view()}
                    </ul>
                </Show>
                <RingkasanAnggaran belanja=belanja program=program sasaran=nama_sasaran efisiensi=hasil_efisiensi tautkan=tautkan />
                <h3>"Perkembangan anggaran"</h3>
                <BagianPerkembangan teks=teks_perkembangan metode=metode hasil=perkembangan />
            </section>
            <section class="bagian" id="ikm">
                <h2>"Indeks Kepuasan Masyarakat (IKM)"</h2>
                <BagianIkm teks=teks_ikm kebijakan=kebijakan hasil=ikm />
            </section>
            <section class="bagian" id="audit">
                <h2>"Audit angka tertulis"</h2>
                <p class="catatan">"Setiap angka yang dihitung sendiri oleh tabel yang ditempel (kolom capaian atau %, sisa, baris Jumlah, IKM, perkembangan) dibandingkan dengan hasil hitung ulang; yang berbeda melebihi pembulatan dicantumkan di sini."</p>
                <DaftarTemuan temuan=temuan testid="audit" />
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
            <section class="bagian" id="laporan">
                <h2 class="tidak-dicetak">"Laporan (Bab III) untuk dicetak"</h2>
                <Laporan temuan=temuan />
            </section>
        </main>
    }
}
