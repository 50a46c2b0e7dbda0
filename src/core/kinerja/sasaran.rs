//! From indikator capaian to sasaran and instansi capaian (DOMAIN.md section 3): mean,
//! weighted mean (`Bobot`), LAN grouped midpoints; sub-items give their parent the mean of
//! theirs. Values enter averages capped and unrounded; an indikator without a capaian is left
//! out, and the result says so.

use crate::core::aritmetika::{self, jumlah_batas, kali_batas};
use crate::core::kebijakan::predikat::SkalaPredikat;
use crate::core::kebijakan::{persen, tulis_persen};
use crate::core::kebijakan::{Agregasi, Kebijakan};
use crate::core::kinerja::capaian::{hitung_capaian, Capaian};
use crate::core::kinerja::indikator::{Indikator, TabelIndikator};
use crate::core::kinerja::triwulan::{hitung_triwulan, CapaianTriwulan};
use crate::core::teks::kolom::Kolom;
use crate::core::teks::pesan::Pesan;
use crate::core::teks::tampil::apa_adanya;
use rust_decimal::Decimal;

/// A mean (or other aggregate) with its formula and what it left out.
#[derive(Clone, Debug, PartialEq)]
pub struct Rerata {
    pub nilai: Option<Decimal>,
    pub rumus: String,
    /// Names of the items left out, with why.
    pub dikecualikan: Vec<String>,
}

impl Rerata {
    pub fn tampil(&self, k: &Kebijakan) -> String {
        self.nilai
            .map(|v| persen(v, k))
            .unwrap_or_else(|| "n/a".into())
    }
    pub fn predikat(&self, k: &Kebijakan) -> String {
        self.nilai
            .map(|v| k.skala.predikat(k.bulatkan(v)).to_string())
            .unwrap_or_else(|| "-".into())
    }
}

/// Results of a sasaran.
#[derive(Clone, Debug, PartialEq)]
pub struct HasilSasaran {
    pub nama: String,
    /// Top-level indikator of this sasaran (sub-items are reached through their parent).
    pub indikator: Vec<usize>,
    pub capaian: Rerata,
}

/// Everything computed from an indicator table.
#[derive(Clone, Debug, PartialEq)]
pub struct HasilKinerja {
    /// Capaian per indikator, in table order (a parent's is the mean of its sub-items; a
    /// quarterly row's is the one to date at its last quarter with a realisasi).
    pub capaian: Vec<Capaian>,
    /// Capaian by quarter, for rows with quarterly columns. Boxed: in place it was 1.008 bytes
    /// a row, quarterly or not (100.000 indikator: 100 MB written and read back).
    pub triwulan: Vec<Option<Box<CapaianTriwulan>>>,
    pub sasaran: Vec<HasilSasaran>,
    pub instansi: Rerata,
}

/// A note when the table has a Bobot column but the policy is the plain mean: the weights
/// are read and not used until the weighted mean is chosen. (The weighted mean without a
/// Bobot column says so in its formula.)
pub fn saran_agregasi(t: &TabelIndikator, k: &Kebijakan) -> Option<Pesan> {
    (k.agregasi == Agregasi::RataRata && t.kolom.contains(&Kolom::Bobot)).then(|| {
        Pesan::info(
            0,
            "",
            "",
            "Tabel ini punya kolom Bobot, tetapi capaian sasaran dihitung dengan rata-rata biasa; pilih \"rata-rata tertimbang (kolom Bobot)\" pada Kebijakan untuk memakai bobotnya.".into(),
        )
    })
}

/// Mean of `(name, value)` pairs, `None` values left out.
pub fn rata_rata(items: &[(String, Option<Decimal>, Option<String>)], k: &Kebijakan) -> Rerata {
    let ada: Vec<Decimal> = items.iter().filter_map(|(_, v, _)| *v).collect();
    let dikecualikan = items
        .iter()
        .filter(|(_, v, _)| v.is_none())
        .map(|(n, _, why)| keterangan(n, why))
        .collect();
    if ada.is_empty() {
        return Rerata {
            nilai: None,
            rumus: "tidak ada capaian yang dapat dirata-ratakan".into(),
            dikecualikan,
        };
    }
    let Some(v) = aritmetika::rata_rata(&ada) else {
        return Rerata {
            nilai: None,
            rumus: aritmetika::TERLALU_BESAR.into(),
            dikecualikan,
        };
    };
    // written into one string: the instansi's formula has a term per sasaran or indikator
    let banyak = ada.len() > 1;
    let mut rumus = String::with_capacity(ada.len() * 9 + 24);
    if banyak {
        rumus.push('(');
    }
    for (i, x) in ada.iter().enumerate() {
        if i > 0 {
            rumus.push_str(" + ");
        }
        tulis_persen(&mut rumus, *x, k);
    }
    if banyak {
        rumus.push_str(") / ");
        rumus.push_str(&ada.len().to_string());
    }
    rumus.push_str(" = ");
    tulis_persen(&mut rumus, v, k);
    rumus.push('%');
    Rerata {
        nilai: Some(v),
        rumus,
        dikecualikan,
    }
}

fn keterangan(nama: &str, why: &Option<String>) -> String {
    match why {
        Some(w) => format!("{nama} ({w})"),
        None => nama.to_string(),
    }
}

fn tertimbang(
    items: &[(String, Option<Decimal>, Option<String>)],
    bobot: &[Option<Decimal>],
    k: &Kebijakan,
) -> Rerata {
    if bobot.iter().all(Option::is_none) {
        let mut r = rata_rata(items, k);
        r.rumus = format!("kolom Bobot tidak ada, memakai rata-rata: {}", r.rumus);
        return r;
    }
    let mut num = Decimal::ZERO;
    let mut den = Decimal::ZERO;
    let mut terms = Vec::new();
    let mut dikecualikan = Vec::new();
    for ((nama, v, why), w) in items.iter().zip(bobot) {
        match (v, w) {
            (Some(v), Some(w)) => {
                let (Some(n), Some(d)) = (
                    aritmetika::kali(*v, *w).and_then(|x| aritmetika::tambah(num, x)),
                    aritmetika::tambah(den, *w),
                ) else {
                    return Rerata {
                        nilai: None,
                        rumus: aritmetika::TERLALU_BESAR.into(),
                        dikecualikan,
                    };
                };
                (num, den) = (n, d);
                terms.push(format!("{} x {}", persen(*v, k), apa_adanya(*w)));
            }
            (None, _) => dikecualikan.push(keterangan(nama, why)),
            (Some(_), None) => dikecualikan.push(format!("{nama} (bobot kosong)")),
        }
    }
    if den.is_zero() {
        return Rerata {
            nilai: None,
            rumus: "jumlah bobot 0: tidak dapat dihitung".into(),
            dikecualikan,
        };
    }
    let Some(v) = aritmetika::bagi(num, den) else {
        return Rerata {
            nilai: None,
            rumus: aritmetika::TERLALU_BESAR.into(),
            dikecualikan,
        };
    };
    Rerata {
        nilai: Some(v),
        rumus: format!(
            "({}) / {} = {}%",
            terms.join(" + "),
            apa_adanya(den),
            persen(v, k)
        ),
        dikecualikan,
    }
}

/// LAN "rata-rata tertimbang data kelompok": each capaian is put in its LAN band, the band
/// midpoints (92,5 / 77,5 / 62,5 / 27,5) are summed and divided by the number of indikator.
fn data_kelompok(items: &[(String, Option<Decimal>, Option<String>)], k: &Kebijakan) -> Rerata {
    let lan = SkalaPredikat::lan();
    let mid = |label: &str| -> Decimal {
        match label {
            l if l.starts_with("Sangat Berhasil") => Decimal::new(925, 1),
            l if l.starts_with("Berhasil") => Decimal::new(775, 1),
            l if l.starts_with("Cukup") => Decimal::new(625, 1),
            _ => Decimal::new(275, 1),
        }
    };
    let mut counts: Vec<(String, Decimal, usize)> = Vec::new();
    let mut n = 0usize;
    let mut dikecualikan = Vec::new();
    for (nama, v, why) in items {
        let Some(v) = v else {
            dikecualikan.push(keterangan(nama, why));
            continue;
        };
        n += 1;
        let band = lan.predikat(k.bulatkan(*v)).to_string();
        match counts.iter_mut().find(|(b, _, _)| *b == band) {
            Some(c) => c.2 += 1,
            None => counts.push((band.clone(), mid(&band), 1)),
        }
    }
    if n == 0 {
        return Rerata {
            nilai: None,
            rumus: "tidak ada capaian yang dapat dikelompokkan".into(),
            dikecualikan,
        };
    }
    let sum = jumlah_batas(
        counts
            .iter()
            .map(|(_, m, c)| kali_batas(*m, Decimal::from(*c))),
    );
    let v = sum / Decimal::from(n);
    let terms = counts
        .iter()
        .map(|(b, m, c)| format!("{c} {b} x {}", apa_adanya(*m)))
        .collect::<Vec<_>>()
        .join(" + ");
    Rerata {
        nilai: Some(v),
        rumus: format!("({terms}) / {n} = {}%", persen(v, k)),
        dikecualikan,
    }
}

/// What an average takes of indikator `idx`: name, capped capaian, reason when there is none.
fn butir(
    t: &TabelIndikator,
    capaian: &[Capaian],
    idx: &[usize],
    k: &Kebijakan,
) -> Vec<(String, Option<Decimal>, Option<String>)> {
    idx.iter()
        .map(|j| {
            (
                t.indikator[*j].nama.clone(),
                capaian[*j].dibatasi(k),
                capaian[*j].alasan.clone(),
            )
        })
        .collect()
}

/// Compute every capaian, sasaran and the instansi capaian of a table under policies `k`.
pub fn hitung_kinerja(t: &TabelIndikator, k: &Kebijakan) -> HasilKinerja {
    let (triwulan, mut capaian): (Vec<_>, Vec<_>) =
        t.indikator.iter().map(|i| capaian_baris(i, k)).unzip();
    // a parent of sub-items gets the mean of their capped capaian
    for (p, anak) in t.anak_semua().into_iter().enumerate() {
        if !anak.is_empty() {
            capaian[p] = capaian_induk(t, &capaian, &anak, k);
        }
    }
    let sasaran: Vec<HasilSasaran> = t
        .sasaran
        .iter()
        .zip(t.per_sasaran())
        .map(|(nama, indikator)| HasilSasaran {
            nama: nama.clone(),
            capaian: capaian_sasaran(t, &capaian, &indikator, k),
            indikator,
        })
        .filter(|s| !s.indikator.is_empty())
        .collect();
    let instansi = capaian_instansi(&sasaran, k);
    HasilKinerja {
        capaian,
        triwulan,
        sasaran,
        instansi,
    }
}

/// Capaian of one row from its own values: by quarter for a quarterly row (its capaian the one
/// to date at its last quarter with a realisasi).
pub(crate) fn capaian_baris(
    i: &Indikator,
    k: &Kebijakan,
) -> (Option<Box<CapaianTriwulan>>, Capaian) {
    let tw = i
        .triwulan
        .as_ref()
        .map(|tw| Box::new(hitung_triwulan(tw, &i.target, i.polaritas, k)));
    let c = match &tw {
        Some(tw) => tw.tahunan(),
        None => hitung_capaian(&i.target, &i.realisasi, i.polaritas, k),
    };
    (tw, c)
}

/// Capaian of a parent: the mean of its sub-items' (`anak`) capped capaian.
pub(crate) fn capaian_induk(
    t: &TabelIndikator,
    capaian: &[Capaian],
    anak: &[usize],
    k: &Kebijakan,
) -> Capaian {
    let r = rata_rata(&butir(t, capaian, anak, k), k);
    Capaian {
        nilai: r.nilai,
        alasan: r
            .nilai
            .is_none()
            .then(|| "tidak ada sub-indikator yang dapat dihitung".to_string()),
        rumus: format!("rata-rata {} sub-indikator: {}", anak.len(), r.rumus),
    }
}

/// Capaian of a sasaran from its top-level `indikator`, by the aggregation policy.
pub(crate) fn capaian_sasaran(
    t: &TabelIndikator,
    capaian: &[Capaian],
    indikator: &[usize],
    k: &Kebijakan,
) -> Rerata {
    let items = butir(t, capaian, indikator, k);
    match k.agregasi {
        Agregasi::RataRata => rata_rata(&items, k),
        Agregasi::Tertimbang => {
            let w: Vec<_> = indikator.iter().map(|j| t.indikator[*j].bobot).collect();
            tertimbang(&items, &w, k)
        }
        Agregasi::DataKelompok => data_kelompok(&items, k),
    }
}

/// Capaian of the instansi: the mean of its sasaran's.
pub(crate) fn capaian_instansi(sasaran: &[HasilSasaran], k: &Kebijakan) -> Rerata {
    let items: Vec<_> = sasaran
        .iter()
        .map(|s| (s.nama.clone(), s.capaian.nilai, None))
        .collect();
    rata_rata(&items, k)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::kebijakan::Pembulatan;
    use crate::core::kinerja::baca::baca_tabel_indikator;

    const SEED_002_SASARAN_2: &str = "No\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian
1\tPersentase pelayanan perizinan yang tepat waktu\t%\t88\t88\t100
2\tPersentase pelayanan non perizinan/ administrasi umum yang tepat waktu\t%\t88\t87\t98,87
3\tPersentase pelayanan administrasi kependudukan yang tepat waktu\t%\t80\t80\t100
4\tPersentase keluhan/ pengaduan masyarakat yang ditindaklanjuti\t%\t88\t88\t100";

    #[test]
    fn seed_002_sasaran_2_mean() {
        let k = Kebijakan::default();
        let h = hitung_kinerja(&baca_tabel_indikator(SEED_002_SASARAN_2, None), &k);
        let s = &h.sasaran[0].capaian;
        assert_eq!(
            s.nilai.map(|v| v.round_dp(4)),
            Some(Decimal::new(997159, 4))
        );
        assert_eq!(s.tampil(&k), "99,72", "half-up; the report printed 99,71");
        let trunc = Kebijakan {
            pembulatan: Pembulatan::Potong,
            ..Kebijakan::default()
        };
        assert_eq!(s.tampil(&trunc), "99,71");
        let lan = Kebijakan {
            skala: SkalaPredikat::lan(),
            ..Kebijakan::default()
        };
        assert_eq!(s.predikat(&lan), "Sangat Berhasil (SB)");
    }

    #[test]
    fn seed_002_sasaran_1_with_sub_items() {
        let teks = "No\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian
1\tJumlah bimtek\tKegiatan\t8\t8\t100
2\tJumlah pengadaan sarana dan prasarana\t\t\t\t
\t✚ Pengadaan sarana dan prasarana\tBuah\t105\t105\t100
\t✚ Pengadaan pakaian dinas (PDH)\tJenis\t2\t2\t100
\t✚ Penunjang pelayanan adm. Perkantoran lainnya\t%\t90\t85\t93,75
3\tJumlah pemeliharaan\tUnit\t26\t26\t100
4\tJumlah penyusunan dokumen\tDokumen\t8\t8\t100";
        let k = Kebijakan::default();
        let h = hitung_kinerja(&baca_tabel_indikator(teks, None), &k);
        assert_eq!(h.capaian[4].tampil(&k), "94,44");
        assert_eq!(h.capaian[1].tampil(&k), "98,15", "{}", h.capaian[1].rumus);
        assert_eq!(h.sasaran[0].indikator.len(), 4);
        assert_eq!(h.sasaran[0].capaian.tampil(&k), "99,54");
    }

    #[test]
    fn a_mean_shows_its_terms_and_what_it_left_out() {
        let k = Kebijakan::default();
        let d = |v: i64| Some(Decimal::from(v));
        type Butir = (String, Option<Decimal>, Option<String>);
        let cases: [(&[Butir], &str, &[&str]); 3] = [
            (&[("A".into(), d(80), None)], "80,00 = 80,00%", &[]),
            (
                &[
                    ("A".into(), d(100), None),
                    ("B".into(), d(50), None),
                    ("C".into(), None, Some("target 0".into())),
                    ("D".into(), None, None),
                ],
                "(100,00 + 50,00) / 2 = 75,00%",
                &["C (target 0)", "D"],
            ),
            (
                &[("A".into(), None, None)],
                "tidak ada capaian yang dapat dirata-ratakan",
                &["A"],
            ),
        ];
        for (items, rumus, kecuali) in cases {
            let r = rata_rata(items, &k);
            assert_eq!(r.rumus, rumus);
            assert_eq!(r.dikecualikan, kecuali);
        }
    }

    #[test]
    fn grouped_midpoints_and_weights() {
        let teks = "Indikator\tTarget\tRealisasi\tBobot\nA\t100\t100\t3\nB\t100\t80\t1\nC\t100\t60\t1\nD\t100\t-\t1";
        let t = baca_tabel_indikator(teks, None);
        let k = Kebijakan {
            agregasi: Agregasi::DataKelompok,
            ..Kebijakan::default()
        };
        let h = hitung_kinerja(&t, &k);
        // 92,5 + 77,5 + 62,5 over 3 indikator; D has no realisasi and is left out
        assert_eq!(h.sasaran[0].capaian.tampil(&k), "77,50");
        assert_eq!(h.sasaran[0].capaian.dikecualikan.len(), 1);
        let k = Kebijakan {
            agregasi: Agregasi::Tertimbang,
            ..Kebijakan::default()
        };
        let h = hitung_kinerja(&t, &k);
        // (100x3 + 80 + 60) / 5 = 88
        assert_eq!(h.sasaran[0].capaian.tampil(&k), "88,00");
        let k = Kebijakan::default();
        let h = hitung_kinerja(&t, &k);
        assert_eq!(h.sasaran[0].capaian.tampil(&k), "80,00");
        assert!(h.sasaran[0].capaian.dikecualikan[0].contains("realisasi belum ada"));
    }

    #[test]
    fn a_bobot_column_under_the_plain_mean_is_pointed_out() {
        let t = baca_tabel_indikator(
            "Indikator\tTarget\tRealisasi\tBobot\nA\t100\t90\t25\nB\t100\t80\t75",
            None,
        );
        let k = Kebijakan::default();
        assert!(saran_agregasi(&t, &k).is_some_and(|p| p.pesan.contains("kolom Bobot")));
        let k = Kebijakan {
            agregasi: Agregasi::Tertimbang,
            ..Kebijakan::default()
        };
        assert_eq!(saran_agregasi(&t, &k), None);
        let t = baca_tabel_indikator("Indikator\tTarget\tRealisasi\nA\t100\t90", None);
        assert_eq!(saran_agregasi(&t, &Kebijakan::default()), None);
    }

    #[test]
    fn cap_applies_to_averages_and_overall_is_mean_of_sasaran() {
        let teks = "Sasaran\tIndikator\tTarget\tRealisasi\nS1\tA\t41,25\t56,25\nS1\tB\t100\t90\nS2\tC\t13\t9";
        let t = baca_tabel_indikator(teks, None);
        let k = Kebijakan {
            batas_atas: Some(Decimal::from(100)),
            ..Kebijakan::default()
        };
        let h = hitung_kinerja(&t, &k);
        assert_eq!(h.sasaran[0].capaian.tampil(&k), "95,00");
        assert_eq!(h.sasaran[1].capaian.tampil(&k), "69,23");
        // (95 + 69,2307...) / 2
        assert_eq!(h.instansi.tampil(&k), "82,12");
        assert_eq!(h.instansi.predikat(&k), "Tinggi");
    }
}
