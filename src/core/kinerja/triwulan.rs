//! Quarterly monitoring (DOMAIN.md section 9): targets and realisasi per triwulan, how the
//! quarters add up to date (the sifat of the indikator), capaian per quarter and to date with
//! the same formula, polarity, ranges, grades, cap and rounding as the annual capaian, and the
//! checks that are shown, never silent.

use crate::core::aritmetika;
use crate::core::kebijakan::{Kebijakan, Pilihan};
use crate::core::kinerja::capaian::{hitung_capaian, Capaian};
use crate::core::kinerja::polaritas::Polaritas;
use crate::core::teks::nilai::Nilai;
use crate::core::teks::tampil::apa_adanya;
use rust_decimal::Decimal;

/// The quarters' names as reports write them.
pub const NAMA_TW: [&str; 4] = ["TW I", "TW II", "TW III", "TW IV"];

/// How the quarters of an indikator add up to date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Sifat {
    /// Flows (kegiatan, dokumen, orang, rupiah): to date = the sum of the quarters so far.
    Kumulatif,
    /// Stocks (%, indeks, nilai, rasio, predikat): to date = the latest quarter with a value.
    Akhir,
    /// To date = the mean of the quarters so far.
    RataRata,
}

impl Pilihan for Sifat {
    const SEMUA: &'static [Self] = &[Sifat::Kumulatif, Sifat::Akhir, Sifat::RataRata];
    fn kunci(self) -> &'static str {
        match self {
            Sifat::Kumulatif => "kumulatif",
            Sifat::Akhir => "akhir",
            Sifat::RataRata => "rata-rata",
        }
    }
    fn label(self) -> &'static str {
        match self {
            Sifat::Kumulatif => "kumulatif (dijumlah)",
            Sifat::Akhir => "nilai akhir (triwulan terakhir)",
            Sifat::RataRata => "rata-rata triwulan",
        }
    }
}

/// Satuan words of a stock: its latest value is its value to date.
const SATUAN_AKHIR: &[&str] = &[
    "%", "persen", "indeks", "nilai", "rasio", "predikat", "skor", "opini", "angka",
];

impl Sifat {
    /// The short name a narrow dropdown shows ("nilai akhir"); [`Pilihan::label`] says how.
    pub fn singkat(self) -> &'static str {
        match self {
            Sifat::Kumulatif => "kumulatif",
            Sifat::Akhir => "nilai akhir",
            Sifat::RataRata => "rata-rata",
        }
    }

    /// A Sifat / Jenis / Kumulatif cell: `kumulatif`, `akhir` (or `stok`, `posisi`),
    /// `rata-rata`; `ya`/`tidak` in a column headed Kumulatif.
    pub fn baca(teks: &str) -> Option<Sifat> {
        let t = teks.trim().to_ascii_lowercase();
        match t.as_str() {
            "kumulatif" | "jumlah" | "flow" | "ya" | "y" => Some(Sifat::Kumulatif),
            "akhir" | "nilai akhir" | "stok" | "posisi" | "tidak" | "t" | "non kumulatif"
            | "non-kumulatif" => Some(Sifat::Akhir),
            "rata-rata" | "rata rata" | "rerata" | "average" => Some(Sifat::RataRata),
            _ => None,
        }
    }

    /// The default guess: `akhir` when the satuan is a percentage, index, score, ratio or
    /// grade, or the annual target is a grade or a bound (`≤ 3 hari` is a level to keep, not
    /// days to add up); `kumulatif` otherwise.
    pub fn tebak(satuan: &str, target: &Nilai, batas: bool) -> Sifat {
        let s = satuan.trim().to_ascii_lowercase();
        let stok = SATUAN_AKHIR.iter().any(|w| {
            s == *w || s.split_whitespace().any(|x| x == *w) || (w.len() > 1 && s.contains(w))
        });
        if stok || batas || matches!(target, Nilai::Kualitatif { .. }) {
            Sifat::Akhir
        } else {
            Sifat::Kumulatif
        }
    }
}

/// Where the sifat of a row came from, for the report and the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AsalSifat {
    /// A Sifat / Jenis / Kumulatif column.
    Kolom,
    /// Guessed from the satuan.
    Tebakan,
}

/// How the quarterly targets are written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BacaanTarget {
    /// Each quarter's own target.
    PerTriwulan,
    /// Already to date (`s.d. TW`): non-decreasing, ending at the annual target.
    Kumulatif,
    /// No quarter has a target: realisasi to date is set against the annual target, the way
    /// monev forms with one `Target` column and `Realisasi TW I..IV` are read.
    Tahunan,
}

impl BacaanTarget {
    /// Whether a quarter has a capaian of its own: a flow measured against the annual target
    /// only has none (its quarter is only part of the year), by design rather than for want
    /// of a value.
    pub fn per_triwulan(self, sifat: Sifat) -> bool {
        !(self == BacaanTarget::Tahunan && sifat == Sifat::Kumulatif)
    }

    pub fn uraian(self) -> &'static str {
        match self {
            BacaanTarget::PerTriwulan => "target per triwulan",
            BacaanTarget::Kumulatif => "target kumulatif (s.d. triwulan)",
            BacaanTarget::Tahunan => "target tahunan (tanpa target triwulan)",
        }
    }
}

/// The quarterly cells of one indikator.
#[derive(Clone, Debug, PartialEq)]
pub struct Triwulan {
    pub target: [Nilai; 4],
    pub realisasi: [Nilai; 4],
    pub sifat: Sifat,
    pub asal_sifat: AsalSifat,
    /// The header said the targets are to date (`Target s.d. TW II`).
    pub target_sd_tertulis: bool,
}

/// Capaian of one indikator by quarter.
#[derive(Clone, Debug, PartialEq)]
pub struct CapaianTriwulan {
    /// Each quarter on its own values.
    pub per_tw: [Capaian; 4],
    /// To date at each quarter; `None` where that quarter has no realisasi yet.
    pub sd_tw: [Option<Capaian>; 4],
    /// Target and realisasi to date at each quarter, where they could be added up.
    pub sd_nilai: [Option<(Nilai, Nilai)>; 4],
    /// The last quarter with a realisasi (0-based).
    pub terakhir: Option<usize>,
    pub bacaan_target: BacaanTarget,
    /// The checks of section 9, each a sentence naming the quarter.
    pub periksa: Vec<String>,
}

impl CapaianTriwulan {
    /// The row's capaian: to date at the last quarter with a realisasi, its formula marked
    /// "s.d. TW k" until TW IV.
    pub fn tahunan(&self) -> Capaian {
        match self
            .terakhir
            .and_then(|k| self.sd_tw[k].clone().map(|c| (k, c)))
        {
            Some((3, c)) => c,
            Some((k, mut c)) => {
                c.rumus = format!("s.d. {}: {}", NAMA_TW[k], c.rumus);
                c
            }
            None => Capaian {
                nilai: None,
                alasan: Some("belum ada realisasi triwulan".into()),
                rumus: String::new(),
            },
        }
    }

    /// "s.d. TW II" while the year is not complete; nothing at TW IV.
    pub fn tanda(&self) -> Option<String> {
        self.terakhir
            .filter(|k| *k < 3)
            .map(|k| format!("s.d. {}", NAMA_TW[k]))
    }
}

/// `tidak berlaku`: not applicable, kept apart from 0 and from "no data yet".
pub fn tidak_berlaku(v: &Nilai) -> bool {
    matches!(v, Nilai::Kosong(t) if matches!(t.trim().to_ascii_lowercase().as_str(), "tidak berlaku" | "t/b" | "tb" | "n.a."))
}

fn ada(v: &Nilai) -> bool {
    !matches!(v, Nilai::Kosong(_) | Nilai::Galat(_))
}

/// How the targets are written: to date when the header says so, or when they never decrease
/// and end at the annual target (not all equal unless the indikator is a stock).
fn bacaan(tw: &Triwulan, tahunan: &Nilai) -> BacaanTarget {
    if !tw.target.iter().any(ada) && ada(tahunan) {
        return BacaanTarget::Tahunan;
    }
    if tw.target_sd_tertulis {
        return BacaanTarget::Kumulatif;
    }
    let angka: Vec<Decimal> = tw.target.iter().filter_map(Nilai::angka).collect();
    let naik = angka.len() == 4 && angka.windows(2).all(|w| w[0] <= w[1]);
    let sama = angka.windows(2).all(|w| w[0] == w[1]);
    match (naik, tahunan.angka(), tw.sifat) {
        (true, Some(t), Sifat::Kumulatif) if !sama && angka[3] == t => BacaanTarget::Kumulatif,
        (true, Some(t), Sifat::Akhir | Sifat::RataRata) if angka[3] == t && !sama => {
            BacaanTarget::Kumulatif
        }
        _ => BacaanTarget::PerTriwulan,
    }
}

/// Values to date at quarter `k` by the sifat: their value, and the sum or list as written.
fn sampai(
    nilai: &[Nilai],
    k: usize,
    sifat: Sifat,
    sudah_sd: bool,
) -> Result<(Nilai, String), String> {
    if sudah_sd || sifat == Sifat::Akhir {
        // the latest quarter up to k that has a value
        let j = (0..=k)
            .rev()
            .find(|j| ada(&nilai[*j]))
            .ok_or("belum ada nilai")?;
        return Ok((nilai[j].clone(), nilai[j].tampil()));
    }
    let dipakai: Vec<&Nilai> = nilai[..=k].iter().filter(|v| ada(v)).collect();
    let angka: Option<Vec<Decimal>> = dipakai.iter().map(|v| v.angka()).collect();
    let angka = angka.ok_or("nilai rentang atau kualitatif tidak dapat dijumlahkan")?;
    if angka.is_empty() {
        return Err("belum ada nilai".into());
    }
    let suku = angka
        .iter()
        .map(|v| apa_adanya(*v))
        .collect::<Vec<_>>()
        .join(" + ");
    match sifat {
        Sifat::RataRata => {
            let v = aritmetika::rata_rata(&angka).ok_or(aritmetika::TERLALU_BESAR)?;
            Ok((Nilai::Angka(v), format!("({suku}) / {}", angka.len())))
        }
        _ => {
            let v = aritmetika::jumlah(angka.iter().copied()).ok_or(aritmetika::TERLALU_BESAR)?;
            let teks = if angka.len() > 1 {
                format!("({suku})")
            } else {
                suku
            };
            Ok((Nilai::Angka(v), teks))
        }
    }
}

/// The target to date at quarter `k` under reading `b`, and how it was found.
fn target_sampai(
    tw: &Triwulan,
    k: usize,
    b: BacaanTarget,
    tahunan: &Nilai,
) -> Result<(Nilai, String), String> {
    match b {
        BacaanTarget::Tahunan => Ok((tahunan.clone(), "tahunan".into())),
        _ => sampai(&tw.target, k, tw.sifat, b == BacaanTarget::Kumulatif),
    }
}

/// Target and realisasi to date at quarter `k`, each with how it was found.
type Sampai = (
    Result<(Nilai, String), String>,
    Result<(Nilai, String), String>,
);

/// Capaian to date at quarter `k` from its values to date `tr`, its formula showing the sums.
fn sd_tw(
    tw: &Triwulan,
    k: usize,
    b: BacaanTarget,
    tr: &Sampai,
    p: Polaritas,
    kb: &Kebijakan,
) -> Capaian {
    let ((tv, tt), (rv, rt)) = match tr {
        (Ok(t), Ok(r)) => (t, r),
        (Err(e), _) => return tidak(format!("target s.d. {}: {e}", NAMA_TW[k])),
        (_, Err(e)) => return tidak(format!("realisasi s.d. {}: {e}", NAMA_TW[k])),
    };
    let mut c = hitung_capaian(tv, rv, p, kb);
    if b == BacaanTarget::Tahunan {
        let r = match tw.sifat {
            Sifat::Akhir => format!("realisasi {}", NAMA_TW[k]),
            _ => format!("realisasi s.d. {} {rt}", NAMA_TW[k]),
        };
        c.rumus = format!(
            "{r} = {}, target {tt} = {}; {}",
            rv.tampil(),
            tv.tampil(),
            c.rumus
        );
    } else if tw.sifat != Sifat::Akhir {
        c.rumus = format!(
            "realisasi {rt} = {}, target {tt} = {}; {}",
            rv.tampil(),
            tv.tampil(),
            c.rumus
        );
    }
    c
}

fn tidak(alasan: String) -> Capaian {
    Capaian {
        nilai: None,
        alasan: Some(alasan),
        rumus: String::new(),
    }
}

/// The checks of section 9 for one indikator.
fn periksa(
    tw: &Triwulan,
    b: BacaanTarget,
    tahunan: &Nilai,
    terakhir: Option<usize>,
) -> Vec<String> {
    let mut out = Vec::new();
    let angka: Vec<Option<Decimal>> = tw.target.iter().map(Nilai::angka).collect();
    if b == BacaanTarget::Kumulatif {
        for k in 1..4 {
            if let (Some(a), Some(c)) = (angka[k - 1], angka[k]) {
                if c < a {
                    out.push(format!(
                        "Target kumulatif turun dari {} ({}) ke {} ({}).",
                        NAMA_TW[k - 1],
                        apa_adanya(a),
                        NAMA_TW[k],
                        apa_adanya(c)
                    ));
                }
            }
        }
    }
    if let (Some(t), Ok((v, teks))) = (
        tahunan.angka(),
        sampai(&tw.target, 3, tw.sifat, b == BacaanTarget::Kumulatif),
    ) {
        if v.angka().is_some_and(|x| x != t) {
            out.push(format!(
                "Target s.d. TW IV {teks} = {} berbeda dengan target tahunan {}.",
                v.tampil(),
                apa_adanya(t)
            ));
        }
    }
    if let Some(last) = terakhir {
        for k in 0..last {
            if ada(&tw.target[k]) && !ada(&tw.realisasi[k]) && !tidak_berlaku(&tw.realisasi[k]) {
                out.push(format!(
                    "{} memiliki target tetapi belum ada realisasi, padahal {} sudah ada.",
                    NAMA_TW[k], NAMA_TW[last]
                ));
            }
        }
    }
    for k in 0..4 {
        if tidak_berlaku(&tw.realisasi[k]) || tidak_berlaku(&tw.target[k]) {
            out.push(format!(
                "{} tidak berlaku: tidak dihitung sebagai 0 dan tidak sebagai data yang belum ada.",
                NAMA_TW[k]
            ));
        }
    }
    out
}

/// Capaian per quarter and to date of one indikator. `tahunan` is the annual target (a
/// `Kosong` when the table has none).
pub fn hitung_triwulan(
    tw: &Triwulan,
    tahunan: &Nilai,
    p: Polaritas,
    k: &Kebijakan,
) -> CapaianTriwulan {
    let b = bacaan(tw, tahunan);
    // a quarter's own target: from a to-date reading, the difference for flows
    let target_tw = |q: usize| -> Nilai {
        match (b, tw.sifat, q) {
            (BacaanTarget::Kumulatif, Sifat::Kumulatif, q) if q > 0 => {
                match (tw.target[q].angka(), tw.target[q - 1].angka()) {
                    (Some(a), Some(c)) => aritmetika::kurang(a, c)
                        .map(Nilai::Angka)
                        .unwrap_or(Nilai::Galat(aritmetika::TERLALU_BESAR.into())),
                    _ => tw.target[q].clone(),
                }
            }
            _ => tw.target[q].clone(),
        }
    };
    let per_tw = std::array::from_fn(|q| {
        if tidak_berlaku(&tw.realisasi[q]) {
            return tidak(format!("{} tidak berlaku", NAMA_TW[q]));
        }
        match b {
            // a flow's quarter is only part of the year: no target of its own to meet
            _ if !b.per_triwulan(tw.sifat) => {
                tidak("tidak ada target triwulan; lihat capaian s.d. triwulan".into())
            }
            // a stock's quarter is its position against the year's target
            BacaanTarget::Tahunan => hitung_capaian(tahunan, &tw.realisasi[q], p, k),
            _ => hitung_capaian(&target_tw(q), &tw.realisasi[q], p, k),
        }
    });
    let terakhir = (0..4).rev().find(|q| ada(&tw.realisasi[*q]));
    // the sums to date, once: the capaian and the values shown both take them
    let sampai_tw: [Option<Sampai>; 4] = std::array::from_fn(|q| {
        ada(&tw.realisasi[q]).then(|| {
            (
                target_sampai(tw, q, b, tahunan),
                sampai(&tw.realisasi, q, tw.sifat, false),
            )
        })
    });
    let sd_tw = std::array::from_fn(|q| sampai_tw[q].as_ref().map(|tr| sd_tw(tw, q, b, tr, p, k)));
    let sd_nilai = sampai_tw.map(|tr| match tr? {
        (Ok((t, _)), Ok((r, _))) => Some((t, r)),
        _ => None,
    });
    CapaianTriwulan {
        per_tw,
        sd_tw,
        sd_nilai,
        terakhir,
        bacaan_target: b,
        periksa: periksa(tw, b, tahunan, terakhir),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::teks::angka::Konvensi;
    use crate::core::teks::nilai::baca_nilai;

    fn n(s: &str) -> Nilai {
        baca_nilai(s, Konvensi::IdId, &mut None)
    }

    fn tw(t: [&str; 4], r: [&str; 4], sifat: Sifat) -> Triwulan {
        Triwulan {
            target: t.map(n),
            realisasi: r.map(n),
            sifat,
            asal_sifat: AsalSifat::Tebakan,
            target_sd_tertulis: false,
        }
    }

    fn tampil(c: &Option<Capaian>, k: &Kebijakan) -> String {
        c.as_ref().map(|c| c.tampil(k)).unwrap_or_default()
    }

    #[test]
    fn domain_example_cumulative_target_stock_to_tw_ii() {
        // target 25/50/75/100 (cumulative, %, akhir), realisasi 20/45/-/-: s.d. TW II 45/50 = 90,00
        let k = Kebijakan::default();
        let t = tw(
            ["25", "50", "75", "100"],
            ["20", "45", "-", "-"],
            Sifat::tebak("%", &n("100"), false),
        );
        assert_eq!(t.sifat, Sifat::Akhir);
        let c = hitung_triwulan(&t, &n("100"), Polaritas::Positif, &k);
        assert_eq!(c.bacaan_target, BacaanTarget::Kumulatif);
        assert_eq!(c.terakhir, Some(1));
        assert_eq!(tampil(&c.sd_tw[1], &k), "90,00");
        assert_eq!(c.sd_tw[2], None, "no realisasi in TW III yet");
        let a = c.tahunan();
        assert_eq!(
            (a.tampil(&k), a.predikat(&k)),
            ("90,00".into(), "Tinggi".into())
        );
        assert!(a.rumus.starts_with("s.d. TW II: 45 / 50"), "{}", a.rumus);
        assert_eq!(c.tanda().as_deref(), Some("s.d. TW II"));
        assert!(c.periksa.is_empty(), "{:?}", c.periksa);
    }

    #[test]
    fn domain_example_flow_per_quarter_and_to_date() {
        // target 3/3/3/3 kegiatan (kumulatif), realisasi 2/4/3/3
        let k = Kebijakan::default();
        let t = tw(
            ["3", "3", "3", "3"],
            ["2", "4", "3", "3"],
            Sifat::tebak("Kegiatan", &n("12"), false),
        );
        assert_eq!(t.sifat, Sifat::Kumulatif);
        let c = hitung_triwulan(&t, &n("12"), Polaritas::Positif, &k);
        assert_eq!(c.bacaan_target, BacaanTarget::PerTriwulan);
        let per: Vec<String> = c.per_tw.iter().map(|c| c.tampil(&k)).collect();
        assert_eq!(per, ["66,67", "133,33", "100,00", "100,00"]);
        assert_eq!(tampil(&c.sd_tw[3], &k), "100,00");
        let a = c.tahunan();
        assert!(
            a.rumus
                .contains("realisasi (2 + 4 + 3 + 3) = 12, target (3 + 3 + 3 + 3) = 12"),
            "{}",
            a.rumus
        );
        assert_eq!(c.tanda(), None, "TW IV is the whole year");
    }

    #[test]
    fn each_sifat_adds_up_its_own_way() {
        let k = Kebijakan::default();
        let r = ["10", "20", "30", "-"];
        let t = ["40", "40", "40", "40"];
        let sd = |s: Sifat| {
            let c = hitung_triwulan(
                &tw(t, r, s),
                &Nilai::Kosong("kosong".into()),
                Polaritas::Positif,
                &k,
            );
            tampil(&c.sd_tw[2], &k)
        };
        assert_eq!(sd(Sifat::Kumulatif), "50,00", "60 / 120");
        assert_eq!(sd(Sifat::Akhir), "75,00", "30 / 40");
        assert_eq!(sd(Sifat::RataRata), "50,00", "20 / 40");
    }

    #[test]
    fn polarity_ranges_and_grades_apply_per_quarter() {
        let k = Kebijakan::default();
        let neg = hitung_triwulan(
            &tw(["13", "13", "13", "13"], ["9", "-", "-", "-"], Sifat::Akhir),
            &n("13"),
            Polaritas::Negatif,
            &k,
        );
        assert_eq!(neg.per_tw[0].tampil(&k), "130,77");
        let rentang = hitung_triwulan(
            &tw(["60 - 70"; 4], ["65", "75", "-", "-"], Sifat::Akhir),
            &n("60 - 70"),
            Polaritas::Positif,
            &k,
        );
        assert_eq!(rentang.per_tw[0].tampil(&k), "100,00");
        assert_eq!(
            tampil(&rentang.sd_tw[1], &k),
            "107,14",
            "75 against the upper bound 70"
        );
        let nilai = hitung_triwulan(
            &tw(["B"; 4], ["C", "B", "-", "-"], Sifat::Akhir),
            &n("B"),
            Polaritas::Positif,
            &k,
        );
        assert_eq!(tampil(&nilai.sd_tw[1], &k), "100,00");
        assert_eq!(Sifat::tebak("Predikat", &n("BB"), false), Sifat::Akhir);
        assert_eq!(Sifat::tebak("Dokumen", &n("4"), false), Sifat::Kumulatif);
        // `≤ 3 hari`: a bound is a level, whatever its satuan
        assert_eq!(Sifat::tebak("hari", &n("3"), true), Sifat::Akhir);
        assert_eq!(Sifat::baca("Kumulatif"), Some(Sifat::Kumulatif));
        assert_eq!(Sifat::baca("rata-rata"), Some(Sifat::RataRata));
        let sum_rentang = hitung_triwulan(
            &tw(["60 - 70"; 4], ["65", "75", "-", "-"], Sifat::Kumulatif),
            &n("60 - 70"),
            Polaritas::Positif,
            &k,
        );
        assert!(sum_rentang.sd_tw[1]
            .as_ref()
            .unwrap()
            .alasan
            .as_deref()
            .unwrap()
            .contains("tidak dapat dijumlahkan"));
    }

    #[test]
    fn only_an_annual_target_sets_realisasi_to_date_against_it() {
        let k = Kebijakan::default();
        let (pos, neg) = (Polaritas::Positif, Polaritas::Negatif);
        // (satuan, polarity, annual target, realisasi TW I..IV, per quarter, to date at the
        // last quarter, a part of its formula, its mark); lower is better in the third:
        // 12 hari against 10 is (2 x 10 - 12) / 10
        type Kasus<'a> = (
            &'a str,
            Polaritas,
            &'a str,
            [&'a str; 4],
            [&'a str; 4],
            &'a str,
            &'a str,
            Option<&'a str>,
        );
        #[rustfmt::skip]
        let kasus: [Kasus; 3] = [
            ("%", pos, "100", ["20", "45", "70", "92"], ["20,00", "45,00", "70,00", "92,00"], "92,00", "realisasi TW IV = 92, target tahunan = 100; 92 / 100", None),
            ("Kegiatan", pos, "12", ["2", "4", "", ""], ["n/a", "n/a", "", ""], "50,00", "realisasi s.d. TW II (2 + 4) = 6, target tahunan = 12; 6 / 12", Some("s.d. TW II")),
            ("indeks hari", neg, "10", ["12", "", "", ""], ["80,00", "", "", ""], "80,00", "realisasi TW I = 12, target tahunan = 10", Some("s.d. TW I")),
        ];
        for (satuan, p, target, r, per, sd, rumus, tanda) in kasus {
            let t = tw(["", "", "", ""], r, Sifat::tebak(satuan, &n(target), false));
            let c = hitung_triwulan(&t, &n(target), p, &k);
            assert_eq!(c.bacaan_target, BacaanTarget::Tahunan, "{satuan}");
            let dapat: Vec<String> = (0..4)
                .map(|q| match ada(&t.realisasi[q]) {
                    true => c.per_tw[q].tampil(&k),
                    false => String::new(),
                })
                .collect();
            assert_eq!(dapat, per, "{satuan}");
            let a = c.tahunan();
            assert_eq!(a.tampil(&k), sd, "{satuan}");
            assert!(a.rumus.contains(rumus), "{satuan}: {}", a.rumus);
            assert_eq!(c.tanda().as_deref(), tanda, "{satuan}");
            assert!(c.periksa.is_empty(), "{:?}", c.periksa);
            let sd = c.terakhir.and_then(|q| c.sd_nilai[q].clone());
            assert_eq!(sd.map(|v| v.0), Some(n(target)));
        }
        // no target anywhere: named, never computed against nothing
        let t = tw(["", "", "", ""], ["2", "", "", ""], Sifat::Kumulatif);
        let c = hitung_triwulan(&t, &n(""), Polaritas::Positif, &k);
        assert_ne!(c.bacaan_target, BacaanTarget::Tahunan);
        assert_eq!(c.tahunan().nilai, None);
    }

    #[test]
    fn the_checks_of_section_9_name_the_quarter() {
        let k = Kebijakan::default();
        // a to-date target that decreases, and ends away from the annual target
        let mut t = tw(
            ["25", "50", "40", "90"],
            ["20", "45", "-", "-"],
            Sifat::Akhir,
        );
        t.target_sd_tertulis = true;
        let c = hitung_triwulan(&t, &n("100"), Polaritas::Positif, &k);
        assert!(
            c.periksa
                .iter()
                .any(|p| p.contains("turun dari TW II (50) ke TW III (40)")),
            "{:?}",
            c.periksa
        );
        assert!(
            c.periksa
                .iter()
                .any(|p| p.contains("berbeda dengan target tahunan 100")),
            "{:?}",
            c.periksa
        );
        // a gap before a later realisasi
        let c = hitung_triwulan(
            &tw(["3"; 4], ["2", "-", "3", "-"], Sifat::Kumulatif),
            &n("12"),
            Polaritas::Positif,
            &k,
        );
        assert!(
            c.periksa
                .iter()
                .any(|p| p.starts_with("TW II memiliki target tetapi belum ada realisasi")),
            "{:?}",
            c.periksa
        );
        // "tidak berlaku" is neither 0 nor missing data
        let c = hitung_triwulan(
            &tw(["3"; 4], ["2", "tidak berlaku", "3", "-"], Sifat::Kumulatif),
            &n("12"),
            Polaritas::Positif,
            &k,
        );
        assert!(
            !c.periksa.iter().any(|p| p.contains("belum ada realisasi")),
            "{:?}",
            c.periksa
        );
        assert!(c
            .periksa
            .iter()
            .any(|p| p.starts_with("TW II tidak berlaku")));
        assert_eq!(c.per_tw[1].alasan.as_deref(), Some("TW II tidak berlaku"));
        assert_eq!(tampil(&c.sd_tw[2], &k), "55,56", "(2 + 3) / (3 + 3 + 3)");
    }

    #[test]
    fn per_quarter_target_sum_differing_from_the_annual_is_named() {
        let k = Kebijakan::default();
        let c = hitung_triwulan(
            &tw(["3", "3", "3", "2"], ["3", "3", "3", "3"], Sifat::Kumulatif),
            &n("12"),
            Polaritas::Positif,
            &k,
        );
        assert!(
            c.periksa
                .iter()
                .any(|p| p.contains("(3 + 3 + 3 + 2) = 11 berbeda dengan target tahunan 12")),
            "{:?}",
            c.periksa
        );
    }
}
