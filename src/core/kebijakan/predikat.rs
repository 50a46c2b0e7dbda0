//! Predikat scales: rating bands of a capaian. Bounds are lower-inclusive (or exclusive, for the
//! PermenPANRB 88/2021 score scale) and apply to the value rounded by the policy; a value above
//! the top band gets the top band.

use crate::core::kebijakan::pita_teks::baca_pita;
use rust_decimal::Decimal;

/// One band: values at or above `batas_bawah` (strictly above when `eksklusif`) get `label`.
/// The last band of a scale has no bound and takes everything else.
#[derive(Clone, Debug, PartialEq)]
pub struct Pita {
    pub batas_bawah: Option<Decimal>,
    pub eksklusif: bool,
    pub label: String,
}

/// A named scale, bands from the highest down.
#[derive(Clone, Debug, PartialEq)]
pub struct SkalaPredikat {
    pub nama: String,
    pub pita: Vec<Pita>,
}

fn pita(batas: Option<i64>, eksklusif: bool, label: &str) -> Pita {
    Pita {
        batas_bawah: batas.map(Decimal::from),
        eksklusif,
        label: label.to_string(),
    }
}

/// The preset scales by id, for the policy panel.
pub const PRESET: &[(&str, &str)] = &[
    ("permendagri", "Permendagri 86/2017"),
    ("lan", "LAN (SB/B/CB/TB)"),
    ("amat-baik", "Amat Baik / Baik / Cukup Baik / Kurang"),
    ("sakip", "Nilai SAKIP (PermenPANRB 88/2021)"),
];

/// The most bands a scale read from text may have (the regulations' have four to six), and
/// the most characters of a band's label: a label is shown in every predikat cell and a
/// custom scale comes from a person or a project file, which could hold anything.
pub const MAKS_PITA: usize = 20;
pub const MAKS_LABEL: usize = 100;
impl SkalaPredikat {
    /// >= 91 Sangat Tinggi; >= 76 Tinggi; >= 66 Sedang; >= 51 Rendah; else Sangat Rendah.
    pub fn permendagri_86() -> Self {
        SkalaPredikat {
            nama: "Permendagri 86/2017".into(),
            pita: vec![
                pita(Some(91), false, "Sangat Tinggi"),
                pita(Some(76), false, "Tinggi"),
                pita(Some(66), false, "Sedang"),
                pita(Some(51), false, "Rendah"),
                pita(None, false, "Sangat Rendah"),
            ],
        }
    }

    /// >= 85 Sangat Berhasil; >= 70 Berhasil; >= 55 Cukup Berhasil; else Tidak Berhasil.
    pub fn lan() -> Self {
        SkalaPredikat {
            nama: "LAN".into(),
            pita: vec![
                pita(Some(85), false, "Sangat Berhasil (SB)"),
                pita(Some(70), false, "Berhasil (B)"),
                pita(Some(55), false, "Cukup Berhasil (CB)"),
                pita(None, false, "Tidak Berhasil (TB)"),
            ],
        }
    }

    /// >= 90 Amat Baik; >= 80 Baik; >= 50 Cukup Baik; else Kurang.
    pub fn amat_baik() -> Self {
        SkalaPredikat {
            nama: "Amat Baik".into(),
            pita: vec![
                pita(Some(90), false, "Amat Baik"),
                pita(Some(80), false, "Baik"),
                pita(Some(50), false, "Cukup Baik"),
                pita(None, false, "Kurang"),
            ],
        }
    }

    /// > 90 AA; > 80 A; > 70 BB; > 60 B; > 50 CC; > 30 C; else D (lower bounds exclusive).
    pub fn sakip_88() -> Self {
        SkalaPredikat {
            nama: "Nilai SAKIP (PermenPANRB 88/2021)".into(),
            pita: vec![
                pita(Some(90), true, "AA"),
                pita(Some(80), true, "A"),
                pita(Some(70), true, "BB"),
                pita(Some(60), true, "B"),
                pita(Some(50), true, "CC"),
                pita(Some(30), true, "C"),
                pita(None, false, "D"),
            ],
        }
    }

    /// A preset by its id in [`PRESET`].
    pub fn preset(id: &str) -> Option<Self> {
        Some(match id {
            "permendagri" => Self::permendagri_86(),
            "lan" => Self::lan(),
            "amat-baik" => Self::amat_baik(),
            "sakip" => Self::sakip_88(),
            _ => return None,
        })
    }

    /// A colour class for band `label`: its place from the top of the scale, in four steps
    /// (`pita-1` best ... `pita-4` worst), so every scale colours alike; `pita-0` for none.
    pub fn kelas(&self, label: &str) -> &'static str {
        let Some(i) = self.pita.iter().position(|p| p.label == label) else {
            return "pita-0";
        };
        let n = self.pita.len().max(1);
        ["pita-1", "pita-2", "pita-3", "pita-4"][(i * 4 / n).min(3)]
    }

    /// The band of a value already rounded by the policy.
    pub fn predikat(&self, dibulatkan: Decimal) -> &str {
        for p in &self.pita {
            match p.batas_bawah {
                Some(b) if (p.eksklusif && dibulatkan > b) || (!p.eksklusif && dibulatkan >= b) => {
                    return &p.label
                }
                Some(_) => continue,
                None => return &p.label,
            }
        }
        self.pita.last().map(|p| p.label.as_str()).unwrap_or("-")
    }

    /// A custom scale from text, one band a line or `;`-separated: `91 Sangat Tinggi`,
    /// `>76 Tinggi`, and a last band without a number (`Sangat Rendah`); or as a report
    /// prints it, copied whole ([`crate::core::kebijakan::pita_teks`]).
    pub fn dari_teks(nama: &str, teks: &str) -> Result<Self, String> {
        let mut pita = Vec::new();
        // a table's header row is no band
        let baris = teks.split(['\n', ';']).filter(|s| !s.trim().is_empty());
        for (i, p) in baris.filter_map(baca_pita).enumerate() {
            if i == MAKS_PITA {
                return Err(format!("skala paling banyak {MAKS_PITA} pita"));
            }
            let p = p.map_err(|e| format!("pita {}: {e}", i + 1))?;
            if p.label.len() > MAKS_LABEL && p.label.chars().count() > MAKS_LABEL {
                return Err(format!(
                    "pita {}: label lebih dari {MAKS_LABEL} karakter",
                    i + 1
                ));
            }
            pita.push(p);
        }
        if pita.is_empty() {
            return Err("skala kosong".into());
        }
        // a scale whose bottom band starts at a number (`0 - 50 Sangat Rendah`) gets one
        // below it, so every value has a band
        if pita.iter().all(|p| p.batas_bawah.is_some()) {
            pita.push(Pita {
                batas_bawah: None,
                eksklusif: false,
                label: "Di bawah skala".into(),
            });
        }
        crate::core::urutan::urutkan(&mut pita, |a, b| b.batas_bawah.cmp(&a.batas_bawah));
        Ok(SkalaPredikat {
            nama: nama.to_string(),
            pita,
        })
    }

    /// The scale as editable text (the inverse of [`Self::dari_teks`]).
    pub fn ke_teks(&self) -> String {
        self.pita
            .iter()
            .map(|p| match p.batas_bawah {
                Some(b) => format!(
                    "{}{} {}",
                    if p.eksklusif { ">" } else { "" },
                    crate::core::teks::tampil::apa_adanya(b),
                    p.label
                ),
                None => p.label.clone(),
            })
            .collect::<Vec<_>>()
            .join("\n")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn band_colour_classes_run_from_best_to_worst() {
        let s = SkalaPredikat::permendagri_86();
        assert_eq!(s.kelas("Sangat Tinggi"), "pita-1");
        assert_eq!(s.kelas("Sangat Rendah"), "pita-4");
        assert_eq!(SkalaPredikat::lan().kelas("Tidak Berhasil (TB)"), "pita-4");
        assert_eq!(s.kelas("-"), "pita-0");
    }
    use std::str::FromStr;

    #[test]
    fn bands_of_every_preset() {
        let cases: &[(SkalaPredikat, &str, &str)] = &[
            (SkalaPredikat::permendagri_86(), "101.11", "Sangat Tinggi"),
            (SkalaPredikat::permendagri_86(), "91", "Sangat Tinggi"),
            (SkalaPredikat::permendagri_86(), "90.99", "Tinggi"),
            (SkalaPredikat::permendagri_86(), "76", "Tinggi"),
            (SkalaPredikat::permendagri_86(), "69.23", "Sedang"),
            (SkalaPredikat::permendagri_86(), "51", "Rendah"),
            (SkalaPredikat::permendagri_86(), "50", "Sangat Rendah"),
            (SkalaPredikat::permendagri_86(), "47.51", "Sangat Rendah"),
            (SkalaPredikat::lan(), "85", "Sangat Berhasil (SB)"),
            (SkalaPredikat::lan(), "84.99", "Berhasil (B)"),
            (SkalaPredikat::lan(), "55", "Cukup Berhasil (CB)"),
            (SkalaPredikat::lan(), "54.99", "Tidak Berhasil (TB)"),
            (SkalaPredikat::amat_baik(), "90", "Amat Baik"),
            (SkalaPredikat::amat_baik(), "80", "Baik"),
            (SkalaPredikat::amat_baik(), "50", "Cukup Baik"),
            (SkalaPredikat::amat_baik(), "49", "Kurang"),
            (SkalaPredikat::sakip_88(), "90", "A"),
            (SkalaPredikat::sakip_88(), "90.01", "AA"),
            (SkalaPredikat::sakip_88(), "30", "D"),
            (SkalaPredikat::sakip_88(), "50.5", "CC"),
        ];
        for (skala, v, want) in cases {
            assert_eq!(
                skala.predikat(Decimal::from_str(v).unwrap()),
                *want,
                "{} {v}",
                skala.nama
            );
        }
    }

    #[test]
    fn custom_scale_round_trips() {
        let s = SkalaPredikat::dari_teks("Kustom", "80 Baik; 60 Cukup\nKurang").unwrap();
        assert_eq!(s.predikat(Decimal::from(80)), "Baik");
        assert_eq!(s.predikat(Decimal::from(59)), "Kurang");
        let again = SkalaPredikat::dari_teks("Kustom", &s.ke_teks()).unwrap();
        assert_eq!(again, s);
        assert!(SkalaPredikat::dari_teks("x", "abc;").is_ok());
        assert!(SkalaPredikat::dari_teks("x", "").is_err());
        // a scale pasted wrong: too many bands or a label of a page are refused, fast
        let banyak = (0..1_000_000)
            .map(|i| format!("{i} P{i}"))
            .collect::<Vec<_>>()
            .join("\n");
        assert_eq!(
            SkalaPredikat::dari_teks("x", &banyak),
            Err("skala paling banyak 20 pita".into())
        );
        let ok = (0..MAKS_PITA)
            .map(|i| format!("{i} P{i}"))
            .collect::<Vec<_>>()
            .join("\n");
        assert_eq!(
            SkalaPredikat::dari_teks("x", &ok).map(|s| s.pita.len()),
            Ok(MAKS_PITA + 1)
        );
        let panjang = format!("80 {}\nKurang", "é".repeat(MAKS_LABEL + 1));
        assert_eq!(
            SkalaPredikat::dari_teks("x", &panjang),
            Err("pita 1: label lebih dari 100 karakter".into())
        );
        assert!(SkalaPredikat::dari_teks("x", &format!("80 {}", "é".repeat(MAKS_LABEL))).is_ok());
        let sakip = SkalaPredikat::dari_teks("s", &SkalaPredikat::sakip_88().ke_teks()).unwrap();
        assert_eq!(sakip.pita, SkalaPredikat::sakip_88().pita);
    }

    /// The scales the seeds print, copied whole into the custom scale, rate as the presets
    /// they are (seed 000's starts its bottom band at 0, so a band is added below it).
    #[test]
    fn scales_as_the_seeds_print_them() {
        let d = |x: &str| Decimal::from_str(x).unwrap();
        let seed000 = "NO\tCAPAIAN KINERJA\tKRITERIA\n1\t91 % - 100 %\tSangat tinggi\n2\t76 % - 90 %\tTinggi\n\
                       3\t66 % - 75 %\tSedang\n4\t51 % - 65 %\tRendah\n5\t0 % - 50 %\tSangat rendah";
        let seed002 = "❖ 85 s.d 100 : Sangat Berhasil (SB)\n❖ 70 ≤ X < 85: Berhasil (B)\n\
                       ❖ 55 ≤ X < 70: Cukup berhasil (CB)\n❖ < 55 : Tidak Berhasil (TB)";
        let seed004 =
            "-90 -100 : Amat Baik\n-80 -89 : B a i k\n-50 – 79 : Cukup Baik\n< 49 : Kurang";
        for (teks, preset) in [
            (seed000, SkalaPredikat::permendagri_86()),
            (seed002, SkalaPredikat::lan()),
            (seed004, SkalaPredikat::amat_baik()),
        ] {
            let s = SkalaPredikat::dari_teks("Kustom", teks).unwrap();
            for v in [
                "101.11", "91", "90.99", "85", "84.99", "80", "76", "70", "69.99", "66", "55",
                "51", "50", "49.5", "0",
            ] {
                assert_eq!(
                    s.predikat(d(v)).to_lowercase(),
                    preset.predikat(d(v)).to_lowercase(),
                    "{v} in {}",
                    preset.nama
                );
            }
        }
        let s = SkalaPredikat::dari_teks("Kustom", seed000).unwrap();
        assert_eq!(s.predikat(d("-1")), "Di bawah skala");
    }
}
