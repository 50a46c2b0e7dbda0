//! The project file: everything a person pasted, chose and edited, in a versioned shape that
//! restores the page exactly. The browser writes it as JSON (serde-wasm-bindgen); `baca.rs`
//! reads it back, and a file from a newer version or a broken one is refused with a clear
//! message.

use crate::core::anggaran::perkembangan::MetodePertumbuhan;
use crate::core::kebijakan::predikat::SkalaPredikat;
use crate::core::kebijakan::{Kebijakan, Pilihan};
use crate::core::teks::kolom::Kolom;
use crate::core::teks::sunting::Pemetaan;
use rust_decimal::Decimal;
use serde::Serialize;

/// Identifies our files.
pub const FORMAT: &str = "kalkulator-sakip";
/// The version this build writes and the newest it reads.
pub const VERSI: u32 = 1;

/// The most bytes a project file, or the JSON a share link unpacks to, may hold. The four
/// texts of pasted tables at the paste limit (`teks::tabel::MAKS_BYTE`, 8 MB each) fit with
/// JSON's escapes (a test). A share link is checked as it unpacks, since a few KB of deflate
/// can unpack to gigabytes, which would fill the memory and kill the page each time the link
/// opens it.
pub const MAKS_PROYEK: usize = 64 * 1024 * 1024;

/// Why a project over [`MAKS_PROYEK`] is refused.
pub fn proyek_terlalu_besar() -> String {
    format!(
        "isinya lebih dari {} MB, batas satu proyek; proyek dari Kalkulator SAKIP tidak sebesar itu",
        MAKS_PROYEK / (1024 * 1024)
    )
}

/// The report header, all editable.
#[derive(Clone, Debug, PartialEq, Default, Serialize)]
pub struct KepalaLaporan {
    pub instansi: String,
    pub tahun: String,
    pub jabatan: String,
    pub kepala: String,
    pub nip: String,
    pub tempat: String,
    pub tanggal: String,
}

/// Policies as plain words, stable across versions.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct KebijakanSimpan {
    pub rumus_negatif: String,
    pub batas_atas: Option<u32>,
    pub pembulatan: String,
    pub skala_nama: String,
    /// The scale's bands, as in the custom-scale editor.
    pub skala: String,
    pub agregasi: String,
    pub bobot_ikm: String,
}

/// The whole file.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Proyek {
    pub format: String,
    pub versi: u32,
    pub indikator: String,
    pub pemetaan_sidik: String,
    pub pemetaan_kolom: Vec<String>,
    pub kebijakan: KebijakanSimpan,
    pub tampilkan_rumus: bool,
    pub anggaran: String,
    /// (program uraian, sasaran index)
    pub tautan: Vec<(String, usize)>,
    pub ikm: String,
    pub perkembangan: String,
    pub metode_pertumbuhan: String,
    pub kepala: KepalaLaporan,
    pub lanskap: bool,
}

impl From<&Kebijakan> for KebijakanSimpan {
    fn from(k: &Kebijakan) -> Self {
        KebijakanSimpan {
            rumus_negatif: k.rumus_negatif.kunci().into(),
            batas_atas: k.batas_atas.and_then(|b| b.to_string().parse().ok()),
            pembulatan: k.pembulatan.kunci().into(),
            skala_nama: k.skala.nama.clone(),
            skala: k.skala.ke_teks(),
            agregasi: k.agregasi.kunci().into(),
            bobot_ikm: k.bobot_ikm.kunci().into(),
        }
    }
}

/// The value a key names, or an error naming the policy and the key.
fn pilihan<T: Pilihan>(kunci: &str, apa: &str) -> Result<T, String> {
    T::dari_kunci(kunci).ok_or_else(|| format!("{apa} \"{kunci}\" tidak dikenal"))
}

impl KebijakanSimpan {
    /// Back to policies; unknown words are an error naming them.
    pub fn kebijakan(&self) -> Result<Kebijakan, String> {
        let skala = SkalaPredikat::dari_teks(&self.skala_nama, &self.skala)
            .map_err(|e| format!("skala predikat: {e}"))?;
        Ok(Kebijakan {
            rumus_negatif: pilihan(&self.rumus_negatif, "rumus negatif")?,
            batas_atas: self.batas_atas.map(Decimal::from),
            pembulatan: pilihan(&self.pembulatan, "pembulatan")?,
            desimal: 2,
            skala,
            agregasi: pilihan(&self.agregasi, "agregasi")?,
            bobot_ikm: pilihan(&self.bobot_ikm, "bobot IKM")?,
        })
    }
}

impl Proyek {
    /// An empty page's project: no tables, default policies.
    pub fn kosong() -> Proyek {
        Proyek {
            format: FORMAT.into(),
            versi: VERSI,
            indikator: String::new(),
            pemetaan_sidik: String::new(),
            pemetaan_kolom: Vec::new(),
            kebijakan: (&Kebijakan::default()).into(),
            tampilkan_rumus: false,
            anggaran: String::new(),
            tautan: Vec::new(),
            ikm: String::new(),
            perkembangan: String::new(),
            metode_pertumbuhan: MetodePertumbuhan::default().kunci().into(),
            kepala: KepalaLaporan::default(),
            lanskap: false,
        }
    }

    /// Which parts differ from `lain`, one bit per part (texts, mapping, policies, links, report
    /// header ...). The undo history makes a change of another part a step of its own.
    pub fn bagian_berubah(&self, lain: &Proyek) -> u32 {
        [
            self.indikator != lain.indikator,
            self.pemetaan_sidik != lain.pemetaan_sidik
                || self.pemetaan_kolom != lain.pemetaan_kolom,
            self.kebijakan != lain.kebijakan,
            self.tampilkan_rumus != lain.tampilkan_rumus,
            self.anggaran != lain.anggaran,
            self.tautan != lain.tautan,
            self.ikm != lain.ikm,
            self.perkembangan != lain.perkembangan,
            self.metode_pertumbuhan != lain.metode_pertumbuhan,
            self.kepala != lain.kepala,
            self.lanskap != lain.lanskap,
        ]
        .iter()
        .enumerate()
        .fold(0, |m, (i, b)| if *b { m | 1 << i } else { m })
    }

    /// The mapping a person chose, in core form.
    pub fn pemetaan(&self) -> Pemetaan {
        Pemetaan {
            sidik: self.pemetaan_sidik.clone(),
            kolom: self
                .pemetaan_kolom
                .iter()
                .map(|k| Kolom::dari_kunci(k))
                .collect(),
        }
    }

    /// Refuse a file that is not ours, from a newer version, or with unknown policies.
    pub fn periksa(&self) -> Result<Kebijakan, String> {
        if self.format != FORMAT {
            return Err(format!(
                "Berkas ini bukan berkas proyek Kalkulator SAKIP (format \"{}\").",
                self.format
            ));
        }
        if self.versi > VERSI {
            return Err(format!(
                "Berkas ini dibuat oleh versi aplikasi yang lebih baru (versi berkas {}, aplikasi ini membaca sampai versi {VERSI}). Perbarui aplikasi; isi halaman tidak diubah.",
                self.versi
            ));
        }
        if self.versi == 0 {
            return Err("Versi berkas 0 tidak dikenal.".into());
        }
        self.kebijakan
            .kebijakan()
            .map_err(|e| format!("Berkas rusak: {e}. Isi halaman tidak diubah."))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::kebijakan::Pembulatan;
    use crate::core::proyek::baca::proyek_dari_json;

    fn contoh() -> Proyek {
        let k = Kebijakan {
            batas_atas: Some(Decimal::from(120)),
            skala: SkalaPredikat::lan(),
            pembulatan: Pembulatan::Potong,
            ..Kebijakan::default()
        };
        Proyek {
            format: FORMAT.into(),
            versi: VERSI,
            indikator: "Indikator\tTarget\tRealisasi\nIKM\t80,25\t81,14".into(),
            pemetaan_sidik: "Indikator\tTarget\tRealisasi".into(),
            pemetaan_kolom: vec![
                Kolom::Indikator.kunci(),
                Kolom::Realisasi.kunci(),
                Kolom::Target.kunci(),
            ],
            kebijakan: (&k).into(),
            tampilkan_rumus: true,
            anggaran: "Uraian\tAnggaran\tRealisasi\nA\t10\t5".into(),
            tautan: vec![("Program A".into(), 0)],
            ikm: String::new(),
            perkembangan: String::new(),
            metode_pertumbuhan: MetodePertumbuhan::Cagr.kunci().into(),
            kepala: KepalaLaporan {
                instansi: "Kecamatan Rupat".into(),
                tahun: "2019".into(),
                ..Default::default()
            },
            lanskap: false,
        }
    }

    #[test]
    fn four_tables_at_the_paste_limit_fit_in_a_project() {
        // a seed's table repeated to the paste limit, in each of the four texts
        let baris = include_str!("../../../tests/fixtures/seed001_anggaran.tsv");
        let penuh = |_| baris.repeat(crate::core::teks::tabel::MAKS_BYTE / baris.len());
        let p = Proyek {
            indikator: penuh(0),
            anggaran: penuh(1),
            ikm: penuh(2),
            perkembangan: penuh(3),
            ..contoh()
        };
        let json = serde_json::to_string(&p).unwrap();
        assert!(json.len() > 4 * 8_000_000, "{}", json.len());
        assert!(json.len() <= MAKS_PROYEK, "{}", json.len());
    }

    #[test]
    fn parts_that_changed_are_named_by_bits() {
        let a = contoh();
        let mut b = a.clone();
        assert_eq!(a.bagian_berubah(&b), 0);
        b.anggaran.push('x');
        b.lanskap = !b.lanskap;
        assert_eq!(a.bagian_berubah(&b), (1 << 4) | (1 << 10));
    }

    #[test]
    fn round_trips_through_json_exactly() {
        let p = contoh();
        let json = serde_json::to_string_pretty(&p).unwrap();
        let back = proyek_dari_json(&json).unwrap();
        assert_eq!(back, p);
        let k = back.periksa().unwrap();
        assert_eq!(k.batas_atas, Some(Decimal::from(120)));
        assert_eq!(
            k.skala,
            SkalaPredikat {
                nama: "LAN".into(),
                ..SkalaPredikat::lan()
            }
        );
        assert_eq!(k.pembulatan, Pembulatan::Potong);
        assert_eq!(
            back.pemetaan().kolom,
            vec![Kolom::Indikator, Kolom::Realisasi, Kolom::Target]
        );
        assert_eq!(
            MetodePertumbuhan::dari_kunci(&back.metode_pertumbuhan).unwrap_or_default(),
            MetodePertumbuhan::Cagr
        );
    }

    #[test]
    fn a_role_changed_by_hand_keeps_the_yearly_renstra_roles_of_the_other_columns() {
        use crate::core::kinerja::baca::baca_tabel_indikator;
        use crate::core::teks::sunting::sidik;
        // seed 000 table 3.4's shape: a target for each Renstra year, the report year 2019;
        // the year's target is read from its yearly column
        let teks = "No\tIndikator\tSatuan\tRealisasi 2019\tTarget 2018\tTarget 2019\tTarget 2020\n1\tIKM\t%\t81\t78\t80\t82";
        let t = baca_tabel_indikator(teks, None);
        assert_eq!(t.kolom[5], Kolom::TargetTahun(2019), "{:?}", t.kolom);
        assert_eq!(t.indikator[0].target.angka(), Some(Decimal::from(80)));
        // a person makes the unit column "abaikan": the dropdown keeps the table's other roles
        let mut kolom = t.kolom.clone();
        kolom[2] = Kolom::Abaikan;
        let p = Proyek {
            indikator: teks.into(),
            pemetaan_sidik: sidik(teks),
            pemetaan_kolom: kolom.iter().map(|k| k.kunci()).collect(),
            ..contoh()
        };
        // saved (a file, the autosave, an undo step) and opened again
        let back = proyek_dari_json(&serde_json::to_string(&p).unwrap()).unwrap();
        assert_eq!(back.pemetaan().kolom, kolom);
        let t = baca_tabel_indikator(teks, back.pemetaan().untuk(teks));
        assert_eq!(t.kolom, kolom);
        assert_eq!(t.indikator[0].target.angka(), Some(Decimal::from(80)));
    }

    #[test]
    fn refuses_newer_foreign_and_broken_files() {
        let mut p = contoh();
        p.versi = VERSI + 1;
        assert!(p
            .periksa()
            .unwrap_err()
            .contains("versi aplikasi yang lebih baru"));
        let mut p = contoh();
        p.format = "lain".into();
        assert!(p.periksa().unwrap_err().contains("bukan berkas proyek"));
        let mut p = contoh();
        p.kebijakan.agregasi = "median".into();
        assert!(p.periksa().unwrap_err().contains("median"));
        let e = proyek_dari_json("{\"format\": \"kalkulator-sakip\", \"versi\": 1}").unwrap_err();
        assert_eq!(
            e,
            "Berkas rusak: isian \"kebijakan\" tidak ada di berkas. Isi halaman tidak diubah."
        );
        let e = proyek_dari_json("{\"format\": \"kalkulator-sakip\", \"versi\": 99}").unwrap_err();
        assert!(
            e.contains("versi berkas 99"),
            "a newer file is named before its shape: {e}"
        );
    }
}
