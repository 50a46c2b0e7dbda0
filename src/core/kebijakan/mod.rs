//! The policies of a calculation, in one value: the formulas, cap, rounding, predikat scale,
//! aggregation and IKM weight that DOMAIN.md leaves to the office. Every view and the report
//! read them from here, and the report states them.

pub mod pilihan;
pub mod pita_teks;
pub mod predikat;

pub use pilihan::Pilihan;

use crate::core::kebijakan::predikat::SkalaPredikat;
use crate::core::teks::tampil::{bulat, potong, tulis_desimal};
use rust_decimal::Decimal;

/// Formula for an indikator where lower is better.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RumusNegatif {
    /// `(2T - R) / T x 100`, PermenPANRB "kondisi khusus". The default.
    DuaTKurangR,
    /// `T / R x 100`, used by several e-SAKIP apps.
    TBagiR,
}

/// How values are rounded for display and for predikat (never for averages).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pembulatan {
    /// Half away from zero: 99,977 prints 99,98. The default.
    SetengahKeAtas,
    /// Truncation: 81,818 prints 81,81 (seed 000).
    Potong,
}

/// How indikator capaian are combined into a sasaran capaian.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Agregasi {
    /// Mean of the indikator capaian. The default.
    RataRata,
    /// Mean weighted by the `Bobot` column.
    Tertimbang,
    /// LAN "rata-rata tertimbang data kelompok": band midpoints 92,5 / 77,5 / 62,5 / 27,5.
    DataKelompok,
}

/// Weight of each of the nine IKM unsur.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BobotIkm {
    /// 0,111: reproduces seed 000 (81,14). The default.
    Seperseribu111,
    /// Exactly 1/9 (81,22 for the same data).
    SatuPerSembilan,
    /// 0,11.
    Seperseratus11,
}

impl Pilihan for RumusNegatif {
    const SEMUA: &'static [Self] = &[RumusNegatif::DuaTKurangR, RumusNegatif::TBagiR];
    fn kunci(self) -> &'static str {
        match self {
            RumusNegatif::DuaTKurangR => "2T-R",
            RumusNegatif::TBagiR => "T/R",
        }
    }
    fn label(self) -> &'static str {
        match self {
            RumusNegatif::DuaTKurangR => "(2T - R) / T x 100% (PermenPANRB)",
            RumusNegatif::TBagiR => "T / R x 100%",
        }
    }
}

impl RumusNegatif {
    /// The formula in words, for the report.
    pub fn rumus(self) -> &'static str {
        match self {
            RumusNegatif::DuaTKurangR => "(2 x Target - Realisasi) / Target x 100%",
            RumusNegatif::TBagiR => "Target / Realisasi x 100%",
        }
    }
}

impl Pilihan for Pembulatan {
    const SEMUA: &'static [Self] = &[Pembulatan::SetengahKeAtas, Pembulatan::Potong];
    fn kunci(self) -> &'static str {
        match self {
            Pembulatan::SetengahKeAtas => "setengah-ke-atas",
            Pembulatan::Potong => "potong",
        }
    }
    fn label(self) -> &'static str {
        match self {
            Pembulatan::SetengahKeAtas => "2 desimal, setengah ke atas",
            Pembulatan::Potong => "2 desimal, dipotong",
        }
    }
}

impl Pembulatan {
    /// How values are rounded, for the report.
    pub fn uraian(self) -> &'static str {
        match self {
            Pembulatan::SetengahKeAtas => "dibulatkan setengah ke atas",
            Pembulatan::Potong => "dipotong (tanpa pembulatan)",
        }
    }
}

impl Pilihan for Agregasi {
    const SEMUA: &'static [Self] = &[
        Agregasi::RataRata,
        Agregasi::Tertimbang,
        Agregasi::DataKelompok,
    ];
    fn kunci(self) -> &'static str {
        match self {
            Agregasi::RataRata => "rata-rata",
            Agregasi::Tertimbang => "tertimbang",
            Agregasi::DataKelompok => "data-kelompok",
        }
    }
    fn label(self) -> &'static str {
        match self {
            Agregasi::RataRata => "rata-rata",
            Agregasi::Tertimbang => "rata-rata tertimbang (kolom Bobot)",
            Agregasi::DataKelompok => "rata-rata tertimbang data kelompok (LAN)",
        }
    }
}

impl Agregasi {
    /// How sasaran capaian are taken, for the report.
    pub fn uraian(self) -> &'static str {
        match self {
            Agregasi::RataRata => "rata-rata capaian indikator",
            Agregasi::Tertimbang => "rata-rata tertimbang menurut kolom Bobot",
            Agregasi::DataKelompok => {
                "rata-rata tertimbang data kelompok (nilai tengah 92,5 / 77,5 / 62,5 / 27,5)"
            }
        }
    }
}

impl Pilihan for BobotIkm {
    const SEMUA: &'static [Self] = &[
        BobotIkm::Seperseribu111,
        BobotIkm::SatuPerSembilan,
        BobotIkm::Seperseratus11,
    ];
    fn kunci(self) -> &'static str {
        match self {
            BobotIkm::Seperseribu111 => "0,111",
            BobotIkm::SatuPerSembilan => "1/9",
            BobotIkm::Seperseratus11 => "0,11",
        }
    }
    fn label(self) -> &'static str {
        self.kunci()
    }
}

impl BobotIkm {
    pub fn nilai(self) -> Decimal {
        match self {
            BobotIkm::Seperseribu111 => Decimal::new(111, 3),
            BobotIkm::SatuPerSembilan => Decimal::ONE / Decimal::from(9),
            BobotIkm::Seperseratus11 => Decimal::new(11, 2),
        }
    }
}

/// All policies. `Default` is DOMAIN.md's defaults and touches nothing outside itself.
#[derive(Clone, Debug, PartialEq)]
pub struct Kebijakan {
    /// Formula for negative polarity. Default `(2T - R) / T`.
    pub rumus_negatif: RumusNegatif,
    /// Cap on capaian for display, predikat and averages; raw values are kept. Default none.
    pub batas_atas: Option<Decimal>,
    /// Rounding for display. Default half-up.
    pub pembulatan: Pembulatan,
    /// Decimals shown. Default 2.
    pub desimal: u32,
    /// Predikat scale. Default Permendagri 86/2017.
    pub skala: SkalaPredikat,
    /// Sasaran aggregation. Default mean.
    pub agregasi: Agregasi,
    /// IKM weight. Default 0,111.
    pub bobot_ikm: BobotIkm,
}

impl Default for Kebijakan {
    fn default() -> Self {
        Kebijakan {
            rumus_negatif: RumusNegatif::DuaTKurangR,
            batas_atas: None,
            pembulatan: Pembulatan::SetengahKeAtas,
            desimal: 2,
            skala: SkalaPredikat::permendagri_86(),
            agregasi: Agregasi::RataRata,
            bobot_ikm: BobotIkm::Seperseribu111,
        }
    }
}

/// The caps the policy panel offers.
pub const PILIHAN_BATAS: &[u32] = &[100, 110, 120, 150, 200];

impl Kebijakan {
    /// Round for display and predikat by the chosen policy.
    pub fn bulatkan(&self, v: Decimal) -> Decimal {
        match self.pembulatan {
            Pembulatan::SetengahKeAtas => bulat(v, self.desimal),
            Pembulatan::Potong => potong(v, self.desimal),
        }
    }

    /// Apply the cap (if any) to a raw capaian.
    pub fn terapkan_batas(&self, v: Decimal) -> Decimal {
        match self.batas_atas {
            Some(cap) if v > cap => cap,
            _ => v,
        }
    }

    /// Sentences that state the policies, for the page and the printed report.
    pub fn uraian(&self) -> Vec<String> {
        let neg = self.rumus_negatif.rumus();
        let bulat = self.pembulatan.uraian();
        let agregasi = self.agregasi.uraian();
        vec![
            "Capaian indikator positif (semakin tinggi semakin baik) = Realisasi / Target x 100%.".into(),
            format!("Capaian indikator negatif (semakin rendah semakin baik) = {neg}."),
            match self.batas_atas {
                None => "Capaian tidak dibatasi (tanpa batas atas).".into(),
                Some(b) => format!("Capaian dibatasi paling tinggi {b}% untuk tampilan, predikat dan rata-rata; nilai asli tetap disimpan."),
            },
            format!("Angka ditampilkan dengan {} desimal, {bulat}; rata-rata dihitung dari nilai yang belum dibulatkan.", self.desimal),
            format!("Predikat menurut skala {}.", self.skala.nama),
            format!("Capaian sasaran = {agregasi}; capaian instansi = rata-rata capaian sasaran."),
            "Indikator tanpa realisasi atau yang tidak dapat dihitung tidak ikut dirata-ratakan.".into(),
        ]
    }
}
/// A percentage or capaian, rounded by the policy.
pub fn persen(v: Decimal, k: &Kebijakan) -> String {
    let mut out = String::new();
    tulis_persen(&mut out, v, k);
    out
}

/// [`persen`] appended to `out` (a formula's result, written into the formula's string).
pub fn tulis_persen(out: &mut String, v: Decimal, k: &Kebijakan) {
    tulis_desimal(out, k.bulatkan(v), k.desimal);
}
