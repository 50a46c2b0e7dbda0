//! The page's state: what a person typed or chose (signals) and what the core computes from
//! it (memos). Provided once by `App` as context; inputs flow one way into results.

use crate::core::anggaran::baca::baca_tabel_anggaran;
use crate::core::anggaran::baca::ulang::baca_lagi as baca_lagi_anggaran;
use crate::core::anggaran::efisiensi::{efisiensi as hitung_efisiensi, EfisiensiSasaran};
use crate::core::anggaran::perkembangan::{hitung_perkembangan, MetodePertumbuhan, Perkembangan};
use crate::core::anggaran::pohon::{bangun_pohon, PohonAnggaran};
use crate::core::anggaran::tabel::TabelAnggaran;
use crate::core::anggaran::tautan::{tautan_program as hitung_tautan, TautanProgram};
use crate::core::anggaran::ulang::bangun_ulang;
use crate::core::ikm::{hitung_ikm, HasilIkm};
use crate::core::kebijakan::{Kebijakan, Pilihan};
use crate::core::kinerja::baca::baca_tabel_indikator;
use crate::core::kinerja::baca::ulang::baca_lagi;
use crate::core::kinerja::indikator::TabelIndikator;
use crate::core::kinerja::perbandingan::{baris_perbandingan, BarisPerbandingan};
use crate::core::kinerja::sasaran::{hitung_kinerja, HasilKinerja};
use crate::core::kinerja::ulang::hitung_ulang;
use crate::core::laporan::anggaran::{baris_anggaran, BarisTampilAnggaran};
use crate::core::laporan::audit::{
    audit_anggaran, audit_ikm, audit_kinerja, audit_perkembangan, Temuan,
};
use crate::core::laporan::kinerja::{baris_kinerja, BarisKinerja, BarisSasaran};
use crate::core::proyek::berkas::{KepalaLaporan, Proyek, FORMAT, VERSI};
use crate::core::teks::kolom::Kolom;
use crate::core::teks::pesan::Pesan;
use crate::core::teks::sebaris::Berubah;
use crate::core::teks::sunting::Pemetaan;
use crate::view::jejak::Jejak;
use crate::view::tunda::Detak;
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct Keadaan {
    // inputs
    pub teks: RwSignal<String>,
    pub pemetaan: RwSignal<Pemetaan>,
    pub kebijakan: RwSignal<Kebijakan>,
    pub tampilkan_rumus: RwSignal<bool>,
    pub teks_anggaran: RwSignal<String>,
    pub tautan: RwSignal<Vec<(String, usize)>>,
    pub teks_ikm: RwSignal<String>,
    pub teks_perkembangan: RwSignal<String>,
    pub metode: RwSignal<MetodePertumbuhan>,
    pub kepala: RwSignal<KepalaLaporan>,
    pub lanskap: RwSignal<bool>,
    // results
    pub tabel: Memo<TabelIndikator>,
    pub hasil: Memo<HasilKinerja>,
    pub tabel_anggaran: Memo<TabelAnggaran>,
    pub pohon: Memo<PohonAnggaran>,
    pub ikm: Memo<(Option<HasilIkm>, Vec<Pesan>)>,
    pub perkembangan: Memo<Perkembangan>,
    pub perbandingan: Memo<Vec<BarisPerbandingan>>,
    pub model_anggaran: Memo<(Vec<BarisTampilAnggaran>, BarisTampilAnggaran)>,
    /// Every stated figure that differs from the recomputed one (page and report).
    pub temuan: Memo<Vec<Temuan>>,
    /// The results table as shown (page, export), built once per change.
    pub model_kinerja: Memo<(Vec<BarisKinerja>, BarisSasaran)>,
    pub efisiensi: Memo<Vec<EfisiensiSasaran>>,
    /// Sasaran names of the indicator results, by index.
    pub nama_sasaran: Memo<Vec<String>>,
    /// Each program's sasaran: written in the budget's Sasaran column, or chosen (`tautan`).
    pub tautan_program: Memo<TautanProgram>,
}

impl Keadaan {
    pub fn baru() -> Self {
        let teks = RwSignal::new(String::new());
        let pemetaan = RwSignal::new(Pemetaan::default());
        let kebijakan = RwSignal::new(Kebijakan::default());
        let teks_anggaran = RwSignal::new(String::new());
        let teks_ikm = RwSignal::new(String::new());
        let teks_perkembangan = RwSignal::new(String::new());
        let metode = RwSignal::new(MetodePertumbuhan::default());
        // the text and roles the table was last read from: an edit of one row's values is read
        // from that reading (`baca_lagi`), not from the whole text again
        let dibaca = StoredValue::new((String::new(), None::<Vec<Kolom>>));
        let jejak = Jejak::baru();
        let tabel = Memo::new_owning(move |lama: Option<TabelIndikator>| {
            teks.with(|t| {
                pemetaan.with(|p| {
                    let pilihan = p.untuk(t);
                    let sama = dibaca.with_value(|(_, q)| q.as_deref() == pilihan);
                    let (tabel, ubah) = match lama {
                        Some(l) if sama => {
                            dibaca.with_value(|(lt, _)| baca_lagi(l, lt, t, pilihan))
                        }
                        lama => {
                            let baru = baca_tabel_indikator(t, pilihan);
                            let berubah = lama.as_ref() != Some(&baru);
                            (baru, Berubah::semua(berubah))
                        }
                    };
                    dibaca.update_value(|(lt, q)| {
                        ingat(lt, t);
                        *q = pilihan.map(<[Kolom]>::to_vec);
                    });
                    jejak.catat(ubah);
                    (tabel, ubah.ada())
                })
            })
        });
        // the change count and policies the results were computed at: a row's values changed
        // alone since, under the same policies, are computed alone
        let dihitung = StoredValue::new((0u64, None::<Kebijakan>));
        let hasil = Memo::new_owning(move |lama: Option<HasilKinerja>| {
            tabel.with(|t| {
                kebijakan.with(|k| {
                    let (baris, n) = jejak.baris_sejak(dihitung.with_value(|(m, _)| *m));
                    let sama = dihitung.with_value(|(_, q)| q.as_ref() == Some(k));
                    let hasil = match (lama, baris) {
                        (Some(l), Some(i)) if sama => hitung_ulang(l, t, k, i),
                        (lama, _) => {
                            let baru = hitung_kinerja(t, k);
                            let berubah = lama.as_ref() != Some(&baru);
                            (baru, berubah)
                        }
                    };
                    dihitung.set_value((n, Some(k.clone())));
                    hasil
                })
            })
        });
        // as `tabel`: an edit of one line's amounts is read from the reading before
        let dibaca_anggaran = StoredValue::new(String::new());
        let jejak_anggaran = Jejak::baru();
        let tabel_anggaran = Memo::new_owning(move |lama: Option<TabelAnggaran>| {
            teks_anggaran.with(|t| {
                let (tabel, ubah) = match lama {
                    Some(l) => dibaca_anggaran.with_value(|lt| baca_lagi_anggaran(l, lt, t)),
                    None => (baca_tabel_anggaran(t), Berubah::Semua),
                };
                dibaca_anggaran.update_value(|lt| ingat(lt, t));
                jejak_anggaran.catat(ubah);
                (tabel, ubah.ada())
            })
        });
        // as `hasil`: one line's amounts changed alone are summed again alone
        let dibangun = StoredValue::new(0u64);
        let pohon = Memo::new_owning(move |lama: Option<PohonAnggaran>| {
            tabel_anggaran.with(|t| {
                let (baris, n) = jejak_anggaran.baris_sejak(dibangun.get_value());
                dibangun.set_value(n);
                match (lama, baris) {
                    (Some(l), Some(i)) => bangun_ulang(l, t, i),
                    (lama, _) => {
                        let baru = bangun_pohon(t);
                        let berubah = lama.as_ref() != Some(&baru);
                        (baru, berubah)
                    }
                }
            })
        });
        let ikm = Memo::new(move |_| {
            teks_ikm.with(|t| kebijakan.with(|k| hitung_ikm(t, k.bobot_ikm.nilai())))
        });
        let perkembangan =
            Memo::new(move |_| teks_perkembangan.with(|t| hitung_perkembangan(t, metode.get())));
        let perbandingan = Memo::new(move |_| {
            tabel.with(|t| kebijakan.with(|k| baris_perbandingan(&t.indikator, k)))
        });
        let temuan = Memo::new(move |_| {
            let mut out =
                tabel.with(|t| hasil.with(|h| kebijakan.with(|k| audit_kinerja(t, h, k))));
            out.extend(tabel_anggaran.with(|t| pohon.with(|p| audit_anggaran(t, p))));
            if let Some(h) = ikm.with(|(h, _)| h.clone()) {
                out.extend(audit_ikm(&h));
            }
            out.extend(perkembangan.with(audit_perkembangan));
            out
        });
        let model_kinerja = Memo::new(move |_| {
            tabel.with(|t| hasil.with(|h| kebijakan.with(|k| baris_kinerja(t, h, k))))
        });
        let model_anggaran =
            Memo::new(move |_| tabel_anggaran.with(|t| pohon.with(|p| baris_anggaran(t, p))));
        let tautan = RwSignal::new(Vec::new());
        let nama_sasaran = Memo::new(move |_| {
            hasil.with(|h| h.sasaran.iter().map(|x| x.nama.clone()).collect::<Vec<_>>())
        });
        let tautan_program = Memo::new(move |_| {
            tautan.with(|l| {
                tabel_anggaran
                    .with(|t| pohon.with(|p| nama_sasaran.with(|s| hitung_tautan(t, p, s, l))))
            })
        });
        let efisiensi = Memo::new(move |_| {
            tautan_program
                .with(|l| pohon.with(|p| hasil.with(|h| hitung_efisiensi(p, h, &l.pasangan))))
        });
        Keadaan {
            teks,
            pemetaan,
            kebijakan,
            tampilkan_rumus: RwSignal::new(false),
            teks_anggaran,
            tautan,
            nama_sasaran,
            tautan_program,
            teks_ikm,
            teks_perkembangan,
            metode,
            kepala: RwSignal::new(KepalaLaporan::default()),
            lanskap: RwSignal::new(false),
            tabel,
            hasil,
            tabel_anggaran,
            pohon,
            ikm,
            perkembangan,
            perbandingan,
            model_anggaran,
            model_kinerja,
            temuan,
            efisiensi,
        }
    }
}

/// `teks` kept in `dibaca`, its allocation reused: the text a reading was made from.
fn ingat(dibaca: &mut String, teks: &str) {
    dibaca.clear();
    dibaca.push_str(teks);
}

impl Keadaan {
    /// The same state with every result following the page's results once changes pause (see
    /// `view/tunda.rs`): what the report reads. Inputs are shared; a change to any of them asks
    /// `detak` for a tick, which waits for the changes to pause.
    pub fn tertunda(&self, detak: Detak) -> Keadaan {
        let s = *self;
        Effect::new(move |_| {
            s.teks.track();
            s.pemetaan.track();
            s.kebijakan.track();
            s.teks_anggaran.track();
            s.tautan.track();
            s.teks_ikm.track();
            s.teks_perkembangan.track();
            s.metode.track();
            detak.minta();
        });
        Keadaan {
            tabel: detak.tunda(s.tabel),
            hasil: detak.tunda(s.hasil),
            tabel_anggaran: detak.tunda(s.tabel_anggaran),
            pohon: detak.tunda(s.pohon),
            ikm: detak.tunda(s.ikm),
            perkembangan: detak.tunda(s.perkembangan),
            perbandingan: detak.tunda(s.perbandingan),
            model_anggaran: detak.tunda(s.model_anggaran),
            temuan: detak.tunda(s.temuan),
            model_kinerja: detak.tunda(s.model_kinerja),
            efisiensi: detak.tunda(s.efisiensi),
            ..s
        }
    }

    /// Everything a person typed or chose, as a project file. Reads the signals tracked, so
    /// an effect that calls it reruns on every change (call it in `untrack` elsewhere).
    pub fn potret(&self) -> Proyek {
        Proyek {
            format: FORMAT.into(),
            versi: VERSI,
            indikator: self.teks.get(),
            pemetaan_sidik: self.pemetaan.with(|p| p.sidik.clone()),
            pemetaan_kolom: self
                .pemetaan
                .with(|p| p.kolom.iter().map(|k| k.kunci()).collect()),
            kebijakan: self.kebijakan.with(|k| k.into()),
            tampilkan_rumus: self.tampilkan_rumus.get(),
            anggaran: self.teks_anggaran.get(),
            tautan: self.tautan.get(),
            ikm: self.teks_ikm.get(),
            perkembangan: self.teks_perkembangan.get(),
            metode_pertumbuhan: self.metode.get().kunci().into(),
            kepala: self.kepala.get(),
            lanskap: self.lanskap.get(),
        }
    }

    /// Put a checked project (and its policies, from [`Proyek::periksa`]) on the page.
    pub fn pulihkan(&self, p: Proyek, k: Kebijakan) {
        self.pemetaan.set(p.pemetaan());
        self.kebijakan.set(k);
        self.teks.set(p.indikator);
        self.tampilkan_rumus.set(p.tampilkan_rumus);
        self.teks_anggaran.set(p.anggaran);
        self.tautan.set(p.tautan);
        self.teks_ikm.set(p.ikm);
        self.teks_perkembangan.set(p.perkembangan);
        self.metode
            .set(MetodePertumbuhan::dari_kunci(&p.metode_pertumbuhan).unwrap_or_default());
        self.kepala.set(p.kepala);
        self.lanskap.set(p.lanskap);
    }
}
