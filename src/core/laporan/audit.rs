//! The audit: every figure a pasted table computed itself (a capaian or % column, a "Total
//! capaian" or "Capaian sasaran" line, sisa, Jumlah rows, a stated IKM or growth) that differs
//! from the recomputed one beyond rounding, with both values, the formula and the row.

use crate::core::anggaran::perkembangan::Perkembangan;
use crate::core::anggaran::pohon::{sama_dibulatkan, PohonAnggaran, Tanda};
use crate::core::anggaran::tabel::TabelAnggaran;
use crate::core::aritmetika::{jumlah_batas, kali_batas};
use crate::core::ikm::HasilIkm;
use crate::core::kebijakan::{BobotIkm, Kebijakan, Pilihan, RumusNegatif};
use crate::core::kinerja::capaian::hitung_capaian;
use crate::core::kinerja::indikator::TabelIndikator;
use crate::core::kinerja::polaritas::Polaritas;
use crate::core::kinerja::sasaran::HasilKinerja;
use crate::core::teks::kata::memuat;
use crate::core::teks::tampil::{apa_adanya, id_desimal, rupiah};
use rust_decimal::Decimal;

/// One finding.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Temuan {
    /// Which table: "Kinerja", "Anggaran", "IKM", "Perkembangan anggaran".
    pub tabel: &'static str,
    /// Line of the paste (0 when the figure has none).
    pub baris: usize,
    /// What the figure is about (indikator name, uraian).
    pub uraian: String,
    pub tertulis: String,
    pub dihitung: String,
    pub rumus: String,
    /// A hint rather than an arithmetic difference (e.g. check the polarity).
    pub saran: bool,
}

fn beda(tertulis: Decimal, hitung: Decimal) -> bool {
    !sama_dibulatkan(tertulis, hitung)
}

/// For a positive indikator whose stated capaian differs from the computed one: when it is
/// what a negative formula gives (`Jumlah pelanggaran`, 12 against 10, written 80,00), the
/// table treats it as negative, and the finding says so and which formula, so that the person
/// checks the polarity (a hint: the polarity is never changed silently). Empty otherwise.
fn tertulis_negatif(
    ind: &crate::core::kinerja::indikator::Indikator,
    lap: Decimal,
    k: &Kebijakan,
) -> String {
    if ind.polaritas != Polaritas::Positif {
        return String::new();
    }
    [RumusNegatif::DuaTKurangR, RumusNegatif::TBagiR]
        .into_iter()
        .find_map(|r| {
            let neg = Kebijakan {
                rumus_negatif: r,
                batas_atas: None,
                ..k.clone()
            };
            let n = hitung_capaian(&ind.target, &ind.realisasi, Polaritas::Negatif, &neg);
            n.nilai
                .filter(|v| !beda(lap, *v))
                .map(|_| format!("; yang tertulis sesuai rumus polaritas negatif {}: periksa polaritas indikator ini", n.rumus))
        })
        .unwrap_or_default()
}

/// Findings in the indicator table.
pub fn audit_kinerja(t: &TabelIndikator, h: &HasilKinerja, k: &Kebijakan) -> Vec<Temuan> {
    let mut out = Vec::new();
    for (i, ind) in t.indikator.iter().enumerate() {
        let c = &h.capaian[i];
        if let (Some(lap), Some(v)) = (ind.capaian_laporan, c.nilai) {
            if beda(lap, v) {
                let mut rumus = c.rumus.clone();
                rumus.push_str(&tertulis_negatif(ind, lap, k));
                out.push(Temuan {
                    tabel: "Kinerja",
                    baris: ind.nomor_baris,
                    uraian: ind.nama.clone(),
                    tertulis: id_desimal(lap, lap.scale()),
                    dihitung: id_desimal(v, lap.scale().max(2)),
                    rumus,
                    saran: false,
                });
            }
        }
        // "penurunan ..." below target: a hint to check the polarity, never a silent change
        if ind.polaritas == Polaritas::Positif
            && (memuat(&ind.nama, "penurunan") || memuat(&ind.nama, "menurun"))
        {
            if let (Some(tv), Some(rv)) = (ind.target.angka(), ind.realisasi.angka()) {
                if rv < tv && !tv.is_zero() {
                    let neg = Kebijakan {
                        rumus_negatif: RumusNegatif::DuaTKurangR,
                        ..k.clone()
                    };
                    let n = hitung_capaian(&ind.target, &ind.realisasi, Polaritas::Negatif, &neg);
                    out.push(Temuan {
                        tabel: "Kinerja",
                        baris: ind.nomor_baris,
                        uraian: ind.nama.clone(),
                        tertulis: format!("{} (positif)", c.tampil(k)),
                        dihitung: format!("{} bila negatif", n.tampil(k)),
                        rumus: format!("Realisasi {} di bawah target {}: periksa polaritas. Positif: {}; negatif: {}", apa_adanya(rv), apa_adanya(tv), c.rumus, n.rumus),
                        saran: true,
                    });
                }
            }
        }
    }
    for tot in &t.total_sub {
        if let Some(v) = h.capaian.get(tot.milik).and_then(|c| c.nilai) {
            if beda(tot.nilai, v) {
                out.push(Temuan {
                    tabel: "Kinerja",
                    baris: tot.nomor_baris,
                    uraian: format!("{} ({})", t.indikator[tot.milik].nama, tot.teks),
                    tertulis: id_desimal(tot.nilai, tot.nilai.scale()),
                    dihitung: id_desimal(v, 2),
                    rumus: h.capaian[tot.milik].rumus.clone(),
                    saran: false,
                });
            }
        }
    }
    for lap in &t.capaian_sasaran_laporan {
        let nama = t.sasaran.get(lap.milik).cloned().unwrap_or_default();
        if let Some(s) = h.sasaran.iter().find(|s| s.nama == nama) {
            if let Some(v) = s.capaian.nilai.filter(|v| beda(lap.nilai, *v)) {
                out.push(Temuan {
                    tabel: "Kinerja",
                    baris: lap.nomor_baris,
                    uraian: format!("Capaian sasaran: {nama}"),
                    tertulis: id_desimal(lap.nilai, lap.nilai.scale()),
                    dihitung: id_desimal(v, 2),
                    rumus: s.capaian.rumus.clone(),
                    saran: false,
                });
            }
        }
    }
    out
}

/// Findings in the budget table: the tree's flags that compare a stated figure.
pub fn audit_anggaran(t: &TabelAnggaran, p: &PohonAnggaran) -> Vec<Temuan> {
    let mut out = Vec::new();
    let mut add = |baris: usize, uraian: &str, tanda: &Tanda| {
        let (tertulis, dihitung, rumus) = match tanda {
            Tanda::TidakSamaRincian {
                apa,
                tertulis,
                rincian,
            } => (
                rupiah(*tertulis),
                rupiah(*rincian),
                format!("{apa} = jumlah rincian di bawahnya"),
            ),
            Tanda::PersenBeda { tertulis, hitung } => (
                id_desimal(*tertulis, tertulis.scale()),
                id_desimal(*hitung, 2),
                "Serapan = Realisasi / Anggaran x 100%".to_string(),
            ),
            Tanda::SisaBeda { tertulis, hitung } => (
                rupiah(*tertulis),
                rupiah(*hitung),
                "Sisa = Anggaran - Realisasi".to_string(),
            ),
            _ => return,
        };
        out.push(Temuan {
            tabel: "Anggaran",
            baris,
            uraian: uraian.to_string(),
            tertulis,
            dihitung,
            rumus,
            saran: false,
        });
    };
    let mut rows: Vec<(usize, &str, &Tanda)> = Vec::new();
    for s in &p.simpul {
        let b = &t.baris[s.baris];
        rows.extend(s.tanda.iter().map(|x| (s.baris, b.uraian.as_str(), x)));
    }
    for (i, tanda) in &p.jumlah {
        rows.extend(tanda.iter().map(|x| (*i, t.baris[*i].uraian.as_str(), x)));
    }
    crate::core::urutan::urutkan(&mut rows, |a, b| a.0.cmp(&b.0));
    for (i, uraian, x) in rows {
        add(t.baris[i].nomor_baris, uraian, x);
    }
    out
}

/// The stated IKM against the exact 1/9 weight (PermenPANRB 14/2017) and the chosen one.
pub fn audit_ikm(h: &HasilIkm) -> Vec<Temuan> {
    let Some(lap) = h.ikm_laporan else {
        return Vec::new();
    };
    let sum = jumlah_batas(h.nrr.iter().map(|(_, n)| *n));
    let mut out = Vec::new();
    for w in [
        BobotIkm::SatuPerSembilan,
        BobotIkm::Seperseribu111,
        BobotIkm::Seperseratus11,
    ] {
        let ikm = |bobot: Decimal| kali_batas(kali_batas(sum, bobot), Decimal::from(25));
        let v = ikm(w.nilai());
        if (w.nilai() == h.bobot || w == BobotIkm::SatuPerSembilan) && beda(lap, v) {
            let cocok = [
                BobotIkm::Seperseribu111,
                BobotIkm::SatuPerSembilan,
                BobotIkm::Seperseratus11,
            ]
            .into_iter()
            .find(|x| !beda(lap, ikm(x.nilai())))
            .map(|x| {
                format!(
                    "; {} hanya didapat dengan bobot {}",
                    id_desimal(lap, lap.scale()),
                    x.label()
                )
            })
            .unwrap_or_default();
            out.push(Temuan {
                tabel: "IKM",
                baris: 0,
                uraian: format!("IKM dengan bobot {}", w.label()),
                tertulis: id_desimal(lap, lap.scale()),
                dihitung: id_desimal(v, 2),
                rumus: format!(
                    "IKM = jumlah NRR {} x {} x 25{cocok}",
                    apa_adanya(sum),
                    w.label()
                ),
                saran: false,
            });
        }
    }
    out
}

/// Stated yearly growths against the recomputed ones.
pub fn audit_perkembangan(p: &Perkembangan) -> Vec<Temuan> {
    p.tahun
        .iter()
        .filter_map(|t| {
            let lap = t.pertumbuhan_laporan?;
            let (v, rumus) = t.pertumbuhan.clone()?;
            beda(lap, v).then(|| Temuan {
                tabel: "Perkembangan anggaran",
                baris: t.nomor_baris,
                uraian: format!("Pertumbuhan anggaran {}", t.tahun),
                tertulis: format!("{}%", id_desimal(lap, lap.scale())),
                dihitung: format!("{}%", id_desimal(v, 2)),
                rumus,
                saran: false,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::anggaran::baca::baca_tabel_anggaran;
    use crate::core::anggaran::perkembangan::{hitung_perkembangan, MetodePertumbuhan};
    use crate::core::anggaran::pohon::bangun_pohon;
    use crate::core::ikm::hitung_ikm;
    use crate::core::kinerja::baca::baca_tabel_indikator;
    use crate::core::kinerja::sasaran::hitung_kinerja;

    /// DOMAIN.md section 8, every row.
    #[test]
    fn finds_every_audit_example_of_domain_md() {
        let k = Kebijakan::default();
        // 000: growth 2019
        let p = hitung_perkembangan(
            include_str!("../../../tests/fixtures/seed000_perkembangan.tsv"),
            MetodePertumbuhan::RataRata,
        );
        let g = audit_perkembangan(&p);
        assert!(
            g.iter().any(|t| t.uraian.ends_with("2019")
                && t.tertulis == "58,17%"
                && t.dihitung == "139,04%"),
            "{g:#?}"
        );
        // 000: IKM 81,14 vs 81,22 with 1/9, even under the default weight
        let (h, _) = hitung_ikm(
            include_str!("../../../tests/fixtures/seed000_ikm.tsv"),
            k.bobot_ikm.nilai(),
        );
        let i = audit_ikm(&h.unwrap());
        assert!(
            i.iter().any(|t| t.tertulis == "81,14"
                && t.dihitung == "81,22"
                && t.rumus.contains("bobot 0,111")),
            "{i:#?}"
        );
        // 000: KAMTIBMAS 9 vs 13: 69,23 positive, 130,77 negative
        let t = baca_tabel_indikator(
            include_str!("../../../tests/fixtures/seed000_indikator.tsv"),
            None,
        );
        let a = audit_kinerja(&t, &hitung_kinerja(&t, &k), &k);
        assert!(
            a.iter().any(|x| x.saran
                && x.uraian.contains("KAMTIBMAS")
                && x.tertulis.starts_with("69,23")
                && x.dihitung.starts_with("130,77")),
            "{a:#?}"
        );
        // 002: sub-item 90 85 written 93,75, recomputed 94,44
        let t = baca_tabel_indikator(
            include_str!("../../../tests/fixtures/seed002_indikator.tsv"),
            None,
        );
        let a = audit_kinerja(&t, &hitung_kinerja(&t, &k), &k);
        assert!(
            a.iter()
                .any(|x| x.tertulis == "93,75" && x.dihitung == "94,44"),
            "{a:#?}"
        );
        // 002: Jumlah realisasi 823.551.939 vs 823.551.339
        let tb = baca_tabel_anggaran(include_str!("../../../tests/fixtures/seed002_anggaran.tsv"));
        let a = audit_anggaran(&tb, &bangun_pohon(&tb));
        assert!(
            a.iter()
                .any(|x| x.tertulis == "823.551.939" && x.dihitung == "823.551.339"),
            "{a:#?}"
        );
        // 004: Jumlah 88,98 vs 75,35 from the table's own sum
        let tb = baca_tabel_anggaran(include_str!("../../../tests/fixtures/seed004_anggaran.md"));
        let a = audit_anggaran(&tb, &bangun_pohon(&tb));
        assert!(
            a.iter()
                .any(|x| x.uraian == "Jumlah" && x.tertulis == "88,98" && x.dihitung == "75,35"),
            "{a:#?}"
        );
    }

    /// A stated capaian that a negative formula gives says so in its finding.
    #[test]
    fn a_stated_capaian_of_a_negative_formula_says_check_the_polarity() {
        let k = Kebijakan::default();
        let t = baca_tabel_indikator(
            "Indikator\tSatuan\tTarget\tRealisasi\tCapaian\nJumlah pelanggaran perda\tKasus\t10\t12\t80,00\nRasio\t%\t10\t12\t83,33\nIKM\tIndeks\t80\t84\t90",
            None,
        );
        let a = audit_kinerja(&t, &hitung_kinerja(&t, &k), &k);
        let rumus: Vec<&str> = a.iter().map(|x| x.rumus.as_str()).collect();
        assert_eq!(rumus.len(), 3, "{a:#?}");
        assert!(
            rumus[0].contains("polaritas negatif (2 x 10 - 12) / 10 x 100%"),
            "{}",
            rumus[0]
        );
        assert!(
            rumus[1].contains("polaritas negatif 10 / 12 x 100%"),
            "{}",
            rumus[1]
        );
        assert!(!rumus[2].contains("polaritas"), "{}", rumus[2]);
    }

    #[test]
    fn agreeing_figures_are_not_findings() {
        let k = Kebijakan::default();
        let t = baca_tabel_indikator("Indikator\tTarget\tRealisasi\tCapaian\nA\t11\t9\t81,81\nB\t87\t86,98\t99,98\nC\t8\t8\t100", None);
        assert!(
            audit_kinerja(&t, &hitung_kinerja(&t, &k), &k).is_empty(),
            "truncated and half-up both pass"
        );
        let tb = baca_tabel_anggaran(include_str!("../../../tests/fixtures/seed001_anggaran.tsv"));
        assert!(audit_anggaran(&tb, &bangun_pohon(&tb)).is_empty());
    }
}
