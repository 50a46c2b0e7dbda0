//! Comparisons over time (DOMAIN.md section 4): against last year, against the Renstra end
//! target, and cumulative progress against all plan years.

use crate::core::aritmetika;
use crate::core::kebijakan::persen;
use crate::core::kebijakan::Kebijakan;
use crate::core::kinerja::indikator::Indikator;
use crate::core::teks::nilai::Nilai;
use crate::core::teks::tampil::apa_adanya;
use rust_decimal::Decimal;

/// A ratio with its formula.
#[derive(Clone, Debug, PartialEq, Hash)]
pub struct Rasio {
    pub nilai: Option<Decimal>,
    pub rumus: String,
}

impl Rasio {
    pub fn tampil(&self, k: &Kebijakan) -> String {
        self.nilai
            .map(|v| persen(v, k))
            .unwrap_or_else(|| "n/a".into())
    }
}

fn bagi(a: Decimal, b: Decimal, label: &str, k: &Kebijakan) -> Rasio {
    if b.is_zero() {
        return Rasio {
            nilai: None,
            rumus: format!("{label}: pembagi 0, tidak dapat dihitung"),
        };
    }
    let Some(v) = aritmetika::persen_dari(a, b) else {
        return Rasio {
            nilai: None,
            rumus: format!("{label}: {}", aritmetika::TERLALU_BESAR),
        };
    };
    Rasio {
        nilai: Some(v),
        rumus: format!(
            "{} / {} x 100% = {}%",
            apa_adanya(a),
            apa_adanya(b),
            persen(v, k)
        ),
    }
}

/// `R_this / R_last x 100` and the difference `R_this - R_last`.
pub fn terhadap_tahun_lalu(i: &Indikator, k: &Kebijakan) -> Option<(Rasio, Option<Decimal>)> {
    let lalu = i.realisasi_lalu.as_ref()?;
    match (&i.realisasi, lalu) {
        (Nilai::Angka(r), Nilai::Angka(l)) => {
            Some((bagi(*r, *l, "tahun lalu", k), aritmetika::kurang(*r, *l)))
        }
        _ => Some((
            Rasio {
                nilai: None,
                rumus: "realisasi tahun ini atau tahun lalu bukan angka".into(),
            },
            None,
        )),
    }
}

/// `R / T_akhir x 100`, where T_akhir is the Renstra end target (or the last yearly target).
pub fn terhadap_target_akhir(i: &Indikator, k: &Kebijakan) -> Option<Rasio> {
    let akhir = i.target_akhir.or_else(|| {
        i.target_tahunan
            .iter()
            .max_by_key(|(y, _)| *y)
            .map(|(_, v)| *v)
    })?;
    let r = i.realisasi.angka()?;
    Some(bagi(r, akhir, "target akhir Renstra", k))
}

/// `sum(R of years so far) / sum(T of all plan years) x 100` (seed 001: 86,98 / 440 = 19,77).
/// `realisasi_sejauh` are the realisasi of the plan years so far, this year's included.
pub fn kumulatif_renstra(
    realisasi_sejauh: &[Decimal],
    target_tahunan: &[Decimal],
    k: &Kebijakan,
) -> Option<Rasio> {
    if target_tahunan.len() < 2 || realisasi_sejauh.is_empty() {
        return None;
    }
    let (r, t) = (
        aritmetika::jumlah(realisasi_sejauh.iter().copied())?,
        aritmetika::jumlah(target_tahunan.iter().copied())?,
    );
    let mut x = bagi(r, t, "kumulatif Renstra", k);
    x.rumus = format!(
        "({}) / ({}) x 100% = {}",
        realisasi_sejauh
            .iter()
            .map(|v| apa_adanya(*v))
            .collect::<Vec<_>>()
            .join(" + "),
        target_tahunan
            .iter()
            .map(|v| apa_adanya(*v))
            .collect::<Vec<_>>()
            .join(" + "),
        x.nilai
            .map(|v| format!("{}%", persen(v, k)))
            .unwrap_or_else(|| "n/a".into())
    );
    Some(x)
}

/// Cumulative progress of an indikator from its yearly target columns.
pub fn kumulatif_indikator(i: &Indikator, k: &Kebijakan) -> Option<Rasio> {
    let targets: Vec<Decimal> = i.target_tahunan.iter().map(|(_, v)| *v).collect();
    let r = i.realisasi.angka()?;
    kumulatif_renstra(&[r], &targets, k)
}

/// One row of the comparison table, as shown.
#[derive(Clone, Debug, PartialEq, Hash)]
pub struct BarisPerbandingan {
    pub nama: String,
    pub realisasi: String,
    pub realisasi_lalu: Option<String>,
    pub terhadap_lalu: Option<Rasio>,
    pub selisih: Option<String>,
    pub target_akhir: Option<String>,
    pub terhadap_akhir: Option<Rasio>,
    pub kumulatif: Option<Rasio>,
}

/// Comparison rows for the indikator that have last-year or Renstra data; empty otherwise.
pub fn baris_perbandingan(indikator: &[Indikator], k: &Kebijakan) -> Vec<BarisPerbandingan> {
    indikator
        .iter()
        .filter(|i| {
            i.realisasi_lalu.is_some() || i.target_akhir.is_some() || i.target_tahunan.len() >= 2
        })
        .map(|i| {
            let lalu = terhadap_tahun_lalu(i, k);
            BarisPerbandingan {
                nama: i.nama.clone(),
                realisasi: i.realisasi.tampil(),
                realisasi_lalu: i.realisasi_lalu.as_ref().map(Nilai::tampil),
                selisih: lalu.as_ref().and_then(|(_, d)| {
                    d.map(|d| crate::core::teks::tampil::id_desimal(d, k.desimal))
                }),
                terhadap_lalu: lalu.map(|(r, _)| r),
                target_akhir: i
                    .target_akhir
                    .or_else(|| {
                        i.target_tahunan
                            .iter()
                            .max_by_key(|(y, _)| *y)
                            .map(|(_, v)| *v)
                    })
                    .map(apa_adanya),
                terhadap_akhir: terhadap_target_akhir(i, k),
                kumulatif: kumulatif_indikator(i, k),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::kebijakan::Pembulatan;
    use crate::core::kinerja::baca::baca_tabel_indikator;
    use std::str::FromStr;

    #[test]
    fn seed_000_table_3_3_against_last_year() {
        let teks = "No\tIndikator\tSatuan\tRealisasi 2018\tRealisasi 2019\tCapaian
1\t2\t3\t5\t6\t7
1\tIndeks pelayanan / Indeks Kepuasan Masyarakat (IKM)\t%\t80,75\t81,14\t100,48
2\tPersentase Kelurahan/ Desa dengan kinerja baik\t%\t37,5\t56,25\t150
3\tPersentase penurunan gangguan KAMTIBMAS\t%\t11\t9\t81,81
4\tPredikat Akuntabilitas kinerja\tNilai\t-\tC\t
\tPersentase tindak lanjut hasil pemeriksaan keuangan\t%\t33\t47,51\t143,96";
        let t = baca_tabel_indikator(teks, None);
        assert_eq!(t.indikator.len(), 5);
        let k = Kebijakan {
            pembulatan: Pembulatan::Potong,
            ..Kebijakan::default()
        };
        let want = ["100,48", "150,00", "81,81", "n/a", "143,96"];
        for (i, w) in t.indikator.iter().zip(want) {
            let (r, _) = terhadap_tahun_lalu(i, &k).expect("has last year");
            assert_eq!(r.tampil(&k), w, "{}", i.nama);
        }
        let (_, diff) = terhadap_tahun_lalu(&t.indikator[1], &k).unwrap();
        assert_eq!(diff, Some(Decimal::new(1875, 2)));
    }

    #[test]
    fn seed_001_renstra_cumulative_and_end_target() {
        let k = Kebijakan::default();
        let d = |s| Decimal::from_str(s).unwrap();
        let targets = [d("87"), d("87.5"), d("88"), d("88.5"), d("89")];
        let r = kumulatif_renstra(&[d("86.98")], &targets, &k).unwrap();
        assert_eq!(r.tampil(&k), "19,77");
        assert!(r.rumus.contains("86,98"), "{}", r.rumus);
        let teks = "Indikator\tTarget\tRealisasi\tTarget Akhir Renstra (2026)\nIKM\t87\t86,98\t89";
        let t = baca_tabel_indikator(teks, None);
        assert_eq!(
            terhadap_target_akhir(&t.indikator[0], &k)
                .unwrap()
                .tampil(&k),
            "97,73"
        );
        assert!(
            kumulatif_indikator(&t.indikator[0], &k).is_none(),
            "needs yearly targets"
        );
    }

    #[test]
    fn seed_000_table_3_4_yearly_targets() {
        let teks = "No\tSasaran Strategis\tIndikator kinerja\tRealisasi 2019\tTarget Capaian Renstra
\t\t\t\t2016\t2017\t2018\t2019\t2020\t2021
1\t2\t3\t4\t5\t6\t7\t8\t9\t10
1\tMeningkatnya kepuasan pelayanan publik\tIndeks pelayanan / Indeks Kepuasan Masyarakat (IKM)\t81,14\t68,50\t73,25\t76,45\t80,25\t83,80\t85,25";
        let t = baca_tabel_indikator(teks, None);
        let i = &t.indikator[0];
        assert_eq!(
            i.target,
            Nilai::Angka(Decimal::new(8025, 2)),
            "target of the report year"
        );
        assert_eq!(i.target_tahunan.len(), 6);
        let k = Kebijakan::default();
        assert_eq!(terhadap_target_akhir(i, &k).unwrap().tampil(&k), "95,18");
        // 81,14 / (68,50 + 73,25 + 76,45 + 80,25 + 83,80 + 85,25) = 81,14 / 467,5
        assert_eq!(kumulatif_indikator(i, &k).unwrap().tampil(&k), "17,36");
    }
}
