//! Capaian of one indikator (DOMAIN.md section 1), computed exactly and kept unrounded; the
//! formula is returned with the actual values substituted, for trainers and for the report.

use crate::core::aritmetika::{kali, kurang, persen_dari, TERLALU_BESAR};
use crate::core::kebijakan::{persen, tulis_persen};
use crate::core::kebijakan::{Kebijakan, RumusNegatif};
use crate::core::kinerja::polaritas::Polaritas;
use crate::core::teks::angka::Konvensi;
use crate::core::teks::nilai::{baca_nilai, baca_target, Nilai};
use crate::core::teks::tampil::{apa_adanya, tulis_apa_adanya};
use rust_decimal::Decimal;

/// A computed capaian: the raw value (or why there is none) and its formula.
#[derive(Clone, Debug, PartialEq)]
pub struct Capaian {
    /// Raw, uncapped, unrounded percent. `None` when it cannot be computed.
    pub nilai: Option<Decimal>,
    /// Why there is no value ("target 0 ...", "realisasi belum ada ...").
    pub alasan: Option<String>,
    /// Formula with values, e.g. `81,14 / 80,25 x 100% = 101,11%`.
    pub rumus: String,
}

impl Capaian {
    fn tidak_dapat(alasan: impl Into<String>) -> Self {
        let alasan = alasan.into();
        Capaian {
            nilai: None,
            rumus: format!("tidak dapat dihitung: {alasan}"),
            alasan: Some(alasan),
        }
    }

    /// The value after the cap, for display, predikat and averages.
    pub fn dibatasi(&self, k: &Kebijakan) -> Option<Decimal> {
        self.nilai.map(|v| k.terapkan_batas(v))
    }

    /// The value as shown (`101,11`), or `n/a`.
    pub fn tampil(&self, k: &Kebijakan) -> String {
        match self.dibatasi(k) {
            Some(v) => persen(v, k),
            None => "n/a".into(),
        }
    }

    /// The predikat of the capped, rounded value; `-` when there is no value.
    pub fn predikat(&self, k: &Kebijakan) -> String {
        match self.dibatasi(k) {
            Some(v) => k.skala.predikat(k.bulatkan(v)).to_string(),
            None => "-".into(),
        }
    }
}

const SERATUS: Decimal = Decimal::ONE_HUNDRED;

/// Capaian of one indikator typed as two cells (the quick check): both cells are read in the
/// convention their own separators show (id-ID when they show none).
pub fn capaian_teks(target: &str, realisasi: &str, p: Polaritas, k: &Kebijakan) -> Capaian {
    let konvensi = Konvensi::deteksi([target, realisasi]);
    let (t, _) = baca_target(target, konvensi, &mut None);
    let r = baca_nilai(realisasi, konvensi, &mut None);
    hitung_capaian(&t, &r, p, k)
}

/// Why `(2T - R) / T` is the default for a negative indikator, for trainers.
pub const ALASAN_RUMUS_NEGATIF: &str = "(2T - R) / T adalah bawaan (PermenPANRB, kondisi khusus): \
    realisasi tepat sama dengan target memberi 100%, dan setiap satuan di bawah target menambah \
    capaian sama besarnya, seperti R / T pada indikator positif. T / R membesar tanpa batas bila \
    realisasi mendekati 0 dan tidak dapat dihitung pada realisasi 0. (T - R) / T mengukur \
    penurunannya saja: target yang tercapai tepat memberi 0%.";

/// A negative indikator's capaian under each formula offices use, for a trainer's comparison:
/// `(2T - R) / T` (the default), `T / R`, and `(T - R) / T` (0 when R equals T).
pub fn banding_rumus_negatif(
    target: &str,
    realisasi: &str,
    k: &Kebijakan,
) -> Vec<(&'static str, Capaian)> {
    let konvensi = Konvensi::deteksi([target, realisasi]);
    let (t, _) = baca_target(target, konvensi, &mut None);
    let r = baca_nilai(realisasi, konvensi, &mut None);
    let dengan = |rumus| {
        let kb = Kebijakan {
            rumus_negatif: rumus,
            ..k.clone()
        };
        hitung_capaian(&t, &r, Polaritas::Negatif, &kb)
    };
    let penurunan = match (t.angka(), r.angka()) {
        (Some(tv), Some(rv)) if !tv.is_zero() => {
            let (ts, rs) = (apa_adanya(tv), apa_adanya(rv));
            selesai(
                kurang(tv, rv).and_then(|d| persen_dari(d, tv)),
                format!("({ts} - {rs}) / {ts} x 100%"),
                k,
            )
        }
        (Some(_), Some(_)) => Capaian::tidak_dapat(
            "target 0: rumus (Target - Realisasi) / Target tidak dapat dihitung",
        ),
        _ => Capaian::tidak_dapat("perlu target dan realisasi berupa angka"),
    };
    vec![
        ("(2T - R) / T", dengan(RumusNegatif::DuaTKurangR)),
        ("T / R", dengan(RumusNegatif::TBagiR)),
        ("(T - R) / T", penurunan),
    ]
}

/// Capaian of target `t` and realisasi `r` with polarity `p` under the policies `k`.
pub fn hitung_capaian(t: &Nilai, r: &Nilai, p: Polaritas, k: &Kebijakan) -> Capaian {
    match (t, r) {
        (Nilai::Galat(m), _) => Capaian::tidak_dapat(format!("target tidak terbaca: {m}")),
        (_, Nilai::Galat(m)) => Capaian::tidak_dapat(format!("realisasi tidak terbaca: {m}")),
        (Nilai::Kosong(x), _) => Capaian::tidak_dapat(format!("target tidak ada ({x})")),
        (_, Nilai::Kosong(x)) => Capaian::tidak_dapat(format!("realisasi belum ada ({x})")),
        (
            Nilai::Kualitatif {
                teks: tt,
                peringkat: tr,
                skala: ts,
            },
            Nilai::Kualitatif {
                teks: rt,
                peringkat: rr,
                skala: rs,
            },
        ) => {
            if ts != rs {
                return Capaian::tidak_dapat(format!(
                    "target \"{tt}\" ({ts}) dan realisasi \"{rt}\" ({rs}) tidak sekelas"
                ));
            }
            let v = persen_dari(Decimal::from(*rr), Decimal::from(*tr));
            selesai(
                v,
                format!("peringkat {rt} ({rr}) / peringkat {tt} ({tr}) x 100%"),
                k,
            )
        }
        (Nilai::Kualitatif { teks, .. }, _) | (_, Nilai::Kualitatif { teks, .. }) => {
            Capaian::tidak_dapat(format!("\"{teks}\" kualitatif, pasangannya angka"))
        }
        (Nilai::Angka(tv), Nilai::Angka(rv)) => rumus(*tv, *rv, p, k),
        (Nilai::Rentang(lo, hi), Nilai::Angka(rv)) => {
            let rentang = format!("{} - {}", apa_adanya(*lo), apa_adanya(*hi));
            if rv >= lo && rv <= hi {
                Capaian {
                    nilai: Some(SERATUS),
                    alasan: None,
                    rumus: format!(
                        "realisasi {} di dalam rentang target {rentang} = 100%",
                        apa_adanya(*rv)
                    ),
                }
            } else {
                let batas = if rv > hi { *hi } else { *lo };
                let mut c = rumus(batas, *rv, p, k);
                let sisi = if rv > hi { "atas" } else { "bawah" };
                c.rumus = format!(
                    "di luar rentang {rentang}, memakai batas {sisi}: {}",
                    c.rumus
                );
                c
            }
        }
        (_, Nilai::Rentang(..)) => Capaian::tidak_dapat("realisasi berupa rentang"),
    }
}

fn rumus(t: Decimal, r: Decimal, p: Polaritas, k: &Kebijakan) -> Capaian {
    match p {
        Polaritas::Positif => {
            if t.is_zero() {
                return Capaian::tidak_dapat(
                    "target 0: rumus Realisasi / Target tidak dapat dihitung",
                );
            }
            // the common case, written into one string (this runs for every quarter of
            // every row)
            let mut teks = String::with_capacity(40);
            tulis_apa_adanya(&mut teks, r);
            teks.push_str(" / ");
            tulis_apa_adanya(&mut teks, t);
            teks.push_str(" x 100%");
            selesai(persen_dari(r, t), teks, k)
        }
        Polaritas::Negatif => {
            let (ts, rs) = (apa_adanya(t), apa_adanya(r));
            if t.is_zero() && r.is_zero() {
                return Capaian {
                    nilai: Some(SERATUS),
                    alasan: None,
                    rumus: "target 0 dan realisasi 0 (negatif) = 100%".into(),
                };
            }
            match k.rumus_negatif {
                RumusNegatif::DuaTKurangR => {
                    if t.is_zero() {
                        return Capaian::tidak_dapat("target 0: rumus (2 x Target - Realisasi) / Target tidak dapat dihitung");
                    }
                    let two = Decimal::TWO;
                    let dua_t_kurang_r = kali(two, t).and_then(|x| kurang(x, r));
                    selesai(
                        dua_t_kurang_r.and_then(|x| persen_dari(x, t)),
                        format!("(2 x {ts} - {rs}) / {ts} x 100%"),
                        k,
                    )
                }
                RumusNegatif::TBagiR => {
                    if r.is_zero() {
                        return Capaian::tidak_dapat(
                            "realisasi 0: rumus Target / Realisasi tidak dapat dihitung",
                        );
                    }
                    selesai(persen_dari(t, r), format!("{ts} / {rs} x 100%"), k)
                }
            }
        }
    }
}

/// The capaian of a computed value, or "too large" when the exact value did not fit.
fn selesai(v: Option<Decimal>, rumus: String, k: &Kebijakan) -> Capaian {
    let Some(v) = v else {
        return Capaian::tidak_dapat(format!("{rumus}: {TERLALU_BESAR}"));
    };
    let mut teks = rumus;
    teks.push_str(" = ");
    tulis_persen(&mut teks, v, k);
    teks.push('%');
    if let Some(cap) = k.batas_atas.filter(|c| v > *c) {
        teks.push_str(", dibatasi ");
        tulis_apa_adanya(&mut teks, cap);
        teks.push('%');
    }
    Capaian {
        nilai: Some(v),
        alasan: None,
        rumus: teks,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::kebijakan::Pembulatan;
    use crate::core::teks::angka::Konvensi;
    use crate::core::teks::nilai::baca_nilai;

    fn n(t: &str) -> Nilai {
        baca_nilai(t, Konvensi::IdId, &mut None)
    }

    /// (target, realisasi, polarity, negative formula, rounding, cap, shown, predikat)
    #[test]
    fn worked_and_audit_examples() {
        use Pembulatan::*;
        use Polaritas::*;
        use RumusNegatif::*;
        let cases: &[(
            &str,
            &str,
            Polaritas,
            RumusNegatif,
            Pembulatan,
            Option<i64>,
            &str,
            &str,
        )] = &[
            // seed 000 table 3.2 / 3.5
            (
                "80,25",
                "81,14",
                Positif,
                DuaTKurangR,
                SetengahKeAtas,
                None,
                "101,11",
                "Sangat Tinggi",
            ),
            (
                "41,25",
                "56,25",
                Positif,
                DuaTKurangR,
                SetengahKeAtas,
                None,
                "136,36",
                "Sangat Tinggi",
            ),
            (
                "13",
                "9",
                Positif,
                DuaTKurangR,
                SetengahKeAtas,
                None,
                "69,23",
                "Sedang",
            ),
            (
                "13",
                "9",
                Negatif,
                DuaTKurangR,
                SetengahKeAtas,
                None,
                "130,77",
                "Sangat Tinggi",
            ),
            (
                "13",
                "9",
                Negatif,
                TBagiR,
                SetengahKeAtas,
                None,
                "144,44",
                "Sangat Tinggi",
            ),
            (
                "B",
                "C",
                Positif,
                DuaTKurangR,
                SetengahKeAtas,
                None,
                "50,00",
                "Sangat Rendah",
            ),
            (
                "100",
                "47,51",
                Positif,
                DuaTKurangR,
                SetengahKeAtas,
                None,
                "47,51",
                "Sangat Rendah",
            ),
            // seed 000 table 3.3 prints 9/11 truncated
            (
                "11",
                "9",
                Positif,
                DuaTKurangR,
                Potong,
                None,
                "81,81",
                "Tinggi",
            ),
            (
                "11",
                "9",
                Positif,
                DuaTKurangR,
                SetengahKeAtas,
                None,
                "81,82",
                "Tinggi",
            ),
            // seed 001 table III.1
            (
                "87",
                "86,98",
                Positif,
                DuaTKurangR,
                SetengahKeAtas,
                None,
                "99,98",
                "Sangat Tinggi",
            ),
            (
                "100",
                "93,16",
                Positif,
                DuaTKurangR,
                SetengahKeAtas,
                None,
                "93,16",
                "Sangat Tinggi",
            ),
            // seed 002: "90 85" printed 93,75, recomputed 94,44
            (
                "90",
                "85",
                Positif,
                DuaTKurangR,
                SetengahKeAtas,
                None,
                "94,44",
                "Sangat Tinggi",
            ),
            (
                "88",
                "87",
                Positif,
                DuaTKurangR,
                SetengahKeAtas,
                None,
                "98,86",
                "Sangat Tinggi",
            ),
            // ranges (seed 004 "60 – 70")
            (
                "60 – 70",
                "65",
                Positif,
                DuaTKurangR,
                SetengahKeAtas,
                None,
                "100,00",
                "Sangat Tinggi",
            ),
            (
                "60 - 70",
                "77",
                Positif,
                DuaTKurangR,
                SetengahKeAtas,
                None,
                "110,00",
                "Sangat Tinggi",
            ),
            (
                "60 s.d. 70",
                "45",
                Positif,
                DuaTKurangR,
                SetengahKeAtas,
                None,
                "75,00",
                "Sedang",
            ),
            (
                "60 - 70",
                "77",
                Negatif,
                DuaTKurangR,
                SetengahKeAtas,
                None,
                "90,00",
                "Tinggi",
            ),
            // grades and opinions
            (
                "WTP",
                "WDP",
                Positif,
                DuaTKurangR,
                SetengahKeAtas,
                None,
                "75,00",
                "Sedang",
            ),
            (
                "BB",
                "A",
                Positif,
                DuaTKurangR,
                SetengahKeAtas,
                None,
                "120,00",
                "Sangat Tinggi",
            ),
            // caps
            (
                "41,25",
                "56,25",
                Positif,
                DuaTKurangR,
                SetengahKeAtas,
                Some(100),
                "100,00",
                "Sangat Tinggi",
            ),
            (
                "41,25",
                "56,25",
                Positif,
                DuaTKurangR,
                SetengahKeAtas,
                Some(120),
                "120,00",
                "Sangat Tinggi",
            ),
            // target 0, negative, realisasi 0
            (
                "0",
                "0",
                Negatif,
                DuaTKurangR,
                SetengahKeAtas,
                None,
                "100,00",
                "Sangat Tinggi",
            ),
            (
                "0",
                "0",
                Negatif,
                TBagiR,
                SetengahKeAtas,
                None,
                "100,00",
                "Sangat Tinggi",
            ),
        ];
        for (t, r, p, neg, bulat, cap, shown, pred) in cases {
            let k = Kebijakan {
                rumus_negatif: *neg,
                pembulatan: *bulat,
                batas_atas: cap.map(Decimal::from),
                ..Kebijakan::default()
            };
            let c = hitung_capaian(&n(t), &n(r), *p, &k);
            assert_eq!(
                c.tampil(&k),
                *shown,
                "T={t} R={r} {p:?} {neg:?}: {}",
                c.rumus
            );
            assert_eq!(c.predikat(&k), *pred, "T={t} R={r}");
        }
    }

    #[test]
    fn negative_formulas_side_by_side() {
        let k = Kebijakan::default();
        let b = banding_rumus_negatif("13", "9", &k);
        let v: Vec<(&str, String)> = b.iter().map(|(n, c)| (*n, c.tampil(&k))).collect();
        assert_eq!(
            v,
            [
                ("(2T - R) / T", "130,77".into()),
                ("T / R", "144,44".into()),
                ("(T - R) / T", "30,77".into())
            ]
        );
        let tepat = banding_rumus_negatif("13", "13", &k);
        assert_eq!(
            tepat[2].1.tampil(&k),
            "0,00",
            "(T - R) / T gives 0 when R equals T"
        );
        assert_eq!(tepat[0].1.tampil(&k), "100,00");
        assert_eq!(
            banding_rumus_negatif("13", "0", &k)[1].1.nilai,
            None,
            "T / R at R = 0"
        );
    }

    #[test]
    fn quick_check_reads_two_cells() {
        let k = Kebijakan::default();
        let c = capaian_teks("13", "9", Polaritas::Negatif, &k);
        assert_eq!(c.tampil(&k), "130,77");
        assert_eq!(c.predikat(&k), "Sangat Tinggi");
        let c = capaian_teks("80.25", "81.14", Polaritas::Positif, &k);
        assert_eq!(c.tampil(&k), "101,11", "en-US decimals read as such");
        let c = capaian_teks("0", "5", Polaritas::Positif, &k);
        assert_eq!(c.nilai, None);
        assert!(c.alasan.as_deref().unwrap_or("").contains("target 0"));
        // a target typed as it stands in the Perjanjian Kinerja
        let c = capaian_teks("≥ 80", "82,5", Polaritas::Positif, &k);
        assert_eq!(c.tampil(&k), "103,13");
    }

    #[test]
    fn formula_shows_the_values() {
        let k = Kebijakan::default();
        let c = hitung_capaian(&n("80,25"), &n("81,14"), Polaritas::Positif, &k);
        assert_eq!(c.rumus, "81,14 / 80,25 x 100% = 101,11%");
        let c = hitung_capaian(&n("13"), &n("9"), Polaritas::Negatif, &k);
        assert_eq!(c.rumus, "(2 x 13 - 9) / 13 x 100% = 130,77%");
        let k = Kebijakan {
            batas_atas: Some(Decimal::from(100)),
            ..Kebijakan::default()
        };
        let c = hitung_capaian(&n("41,25"), &n("56,25"), Polaritas::Positif, &k);
        assert_eq!(c.rumus, "56,25 / 41,25 x 100% = 136,36%, dibatasi 100%");
        assert_eq!(
            c.nilai.map(|v| k.bulatkan(v)),
            Some(Decimal::new(13636, 2)),
            "raw value kept"
        );
    }

    #[test]
    fn not_computable_says_why() {
        let k = Kebijakan::default();
        let cases = [
            ("0", "5", Polaritas::Positif, "target 0"),
            ("0", "5", Polaritas::Negatif, "target 0"),
            ("80", "-", Polaritas::Positif, "realisasi belum ada"),
            ("80", "", Polaritas::Positif, "realisasi belum ada"),
            ("80", "Tidak diadakan", Polaritas::Positif, "Tidak diadakan"),
            ("80", "belum ada data", Polaritas::Positif, "belum ada data"),
            ("-", "5", Polaritas::Positif, "target tidak ada"),
            ("B", "9", Polaritas::Positif, "kualitatif"),
            ("WTP", "B", Polaritas::Positif, "tidak sekelas"),
            ("80", "lumayan", Polaritas::Positif, "lumayan"),
        ];
        for (t, r, p, why) in cases {
            let c = hitung_capaian(&n(t), &n(r), p, &k);
            assert_eq!(c.tampil(&k), "n/a");
            assert_eq!(c.predikat(&k), "-");
            assert!(
                c.alasan.as_deref().unwrap_or("").contains(why),
                "T={t} R={r}: {:?}",
                c.alasan
            );
        }
        let k = Kebijakan {
            rumus_negatif: RumusNegatif::TBagiR,
            ..Kebijakan::default()
        };
        let c = hitung_capaian(&n("5"), &n("0"), Polaritas::Negatif, &k);
        assert!(c.alasan.unwrap().contains("realisasi 0"));
    }
}
