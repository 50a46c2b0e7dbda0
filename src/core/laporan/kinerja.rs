//! The display model of the performance table: every string the results table and the
//! printed report show, computed once from the table, its results and the policies.

use crate::core::kebijakan::Kebijakan;
use crate::core::kinerja::indikator::{Indikator, TabelIndikator};
use crate::core::kinerja::polaritas::Polaritas;
use crate::core::kinerja::sasaran::HasilKinerja;
use crate::core::kinerja::triwulan::{AsalSifat, CapaianTriwulan, Sifat, Triwulan};
use crate::core::teks::nilai::Nilai;

/// The quarters of a row, as shown.
// Eq and Hash: the page keys its rows by content, rebuilding only the rows that changed
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct TampilTriwulan {
    /// Capaian to date at each quarter; empty where that quarter has no realisasi yet.
    pub sd_tw: [String; 4],
    /// Their formulas (or why there is none), each followed by the formula of the quarter on
    /// its own values ("...; triwulan ini: 4 / 3 x 100% = 133,33%").
    pub rumus_tw: [String; 4],
    /// Each quarter on its own values (empty where that quarter has no realisasi).
    pub per_tw: [String; 4],
    /// "s.d. TW II" until TW IV.
    pub tanda: Option<String>,
    pub sifat: Sifat,
    /// The sifat was guessed from the satuan (no Sifat column).
    pub sifat_tebakan: bool,
    /// How the targets were read ("target per triwulan", "target kumulatif ...").
    pub bacaan: &'static str,
    /// The checks of section 9.
    pub periksa: Vec<String>,
}

fn tampil_triwulan(tw: &Triwulan, c: &CapaianTriwulan, k: &Kebijakan) -> TampilTriwulan {
    TampilTriwulan {
        sd_tw: std::array::from_fn(|q| {
            c.sd_tw[q].as_ref().map(|x| x.tampil(k)).unwrap_or_default()
        }),
        // to date, then the quarter on its own values: both numbers the cell shows
        rumus_tw: std::array::from_fn(|q| {
            c.sd_tw[q]
                .as_ref()
                .map(|x| {
                    let sd = x.alasan.as_deref().unwrap_or(&x.rumus);
                    let p = &c.per_tw[q];
                    match p.alasan.as_deref().unwrap_or(&p.rumus) {
                        "" => sd.to_string(),
                        sendiri => format!("{sd}; triwulan ini: {sendiri}"),
                    }
                })
                .unwrap_or_default()
        }),
        // none where the quarter has no capaian of its own by design (the formula says why):
        // "triwulan ini n/a" under every quarter of a flow with an annual target only
        per_tw: std::array::from_fn(|q| {
            if c.sd_tw[q].is_some() && c.bacaan_target.per_triwulan(tw.sifat) {
                c.per_tw[q].tampil(k)
            } else {
                String::new()
            }
        }),
        tanda: c.tanda(),
        sifat: tw.sifat,
        sifat_tebakan: tw.asal_sifat == AsalSifat::Tebakan,
        bacaan: c.bacaan_target.uraian(),
        periksa: c.periksa.clone(),
    }
}

/// Target and realisasi as shown: for a quarterly row, the ones to date at its last quarter.
fn nilai_tampil(i: &Indikator, c: Option<&CapaianTriwulan>) -> (String, String) {
    match c.and_then(|c| c.terakhir.and_then(|q| c.sd_nilai[q].clone())) {
        Some((t, r)) => (t.tampil(), r.tampil()),
        None => (
            match i.batas {
                Some(b) => format!("{} {}", b.tanda, i.target.tampil()),
                None => i.target.tampil(),
            },
            i.realisasi.tampil(),
        ),
    }
}

/// One indikator (or sub-item) row, as shown.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct BarisIndikator {
    pub nomor_baris: usize,
    pub sasaran: String,
    /// True for the first row of its sasaran (later rows repeat it faintly).
    pub sasaran_pertama: bool,
    pub nama: String,
    pub satuan: String,
    pub target: String,
    pub realisasi: String,
    pub capaian: String,
    pub predikat: String,
    /// Colour class of the predikat band ([`SkalaPredikat::kelas`]).
    pub pita: &'static str,
    pub rumus: String,
    /// Why there is no capaian.
    pub alasan: Option<String>,
    pub polaritas: Polaritas,
    pub sub: bool,
    /// A target or realisasi cell that could not be read.
    pub target_galat: bool,
    pub realisasi_galat: bool,
    /// The quarters, for a row of a quarterly table. Boxed: in place they made every row 608
    /// bytes instead of 256, quarterly or not.
    pub triwulan: Option<Box<TampilTriwulan>>,
}

/// A sasaran summary row.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct BarisSasaran {
    pub nama: String,
    pub capaian: String,
    pub predikat: String,
    /// Colour class of the predikat band.
    pub pita: &'static str,
    pub rumus: String,
    pub dikecualikan: Vec<String>,
}

/// A row of the results table, in paste order: indikator, then their sasaran summary.
#[derive(Clone, Debug, PartialEq)]
pub enum BarisKinerja {
    Indikator(BarisIndikator),
    Sasaran(BarisSasaran),
}

/// Rows of the results table and the instansi summary.
pub fn baris_kinerja(
    t: &TabelIndikator,
    h: &HasilKinerja,
    k: &Kebijakan,
) -> (Vec<BarisKinerja>, BarisSasaran) {
    let (rows, instansi, _) = baris_kinerja_sampai(t, h, k, usize::MAX);
    (rows, instansi)
}

/// The first `batas` indikator rows of [`baris_kinerja`] with the sasaran summaries among them,
/// the instansi summary, and how many indikator rows there are in all. A page showing a window
/// of a large table formats only that window; the summaries are always of every row.
pub fn baris_kinerja_sampai(
    t: &TabelIndikator,
    h: &HasilKinerja,
    k: &Kebijakan,
    batas: usize,
) -> (Vec<BarisKinerja>, BarisSasaran, usize) {
    let mut out = Vec::new();
    let semua_anak = t.anak_semua();
    let mut jumlah = 0;
    for s in &h.sasaran {
        let mut first = true;
        for &p in &s.indikator {
            let anak = semua_anak.get(p).map(Vec::as_slice).unwrap_or_default();
            for j in std::iter::once(p).chain(anak.iter().copied()) {
                jumlah += 1;
                if jumlah > batas {
                    continue;
                }
                let i = &t.indikator[j];
                let c = &h.capaian[j];
                let predikat = c.predikat(k);
                let tw = h.triwulan.get(j).and_then(Option::as_deref);
                let (target, realisasi) = nilai_tampil(i, tw);
                out.push(BarisKinerja::Indikator(BarisIndikator {
                    nomor_baris: i.nomor_baris,
                    sasaran: s.nama.clone(),
                    sasaran_pertama: first,
                    nama: i.nama.clone(),
                    satuan: i.satuan.clone(),
                    target,
                    realisasi,
                    capaian: c.tampil(k),
                    pita: k.skala.kelas(&predikat),
                    predikat,
                    rumus: c.rumus.clone(),
                    alasan: c.alasan.clone(),
                    polaritas: i.polaritas,
                    sub: i.induk.is_some(),
                    target_galat: matches!(i.target, Nilai::Galat(_)),
                    realisasi_galat: matches!(i.realisasi, Nilai::Galat(_)),
                    triwulan: i
                        .triwulan
                        .as_ref()
                        .zip(tw)
                        .map(|(x, c)| Box::new(tampil_triwulan(x, c, k))),
                }));
                first = false;
            }
        }
        if jumlah > batas {
            continue;
        }
        out.push(BarisKinerja::Sasaran(BarisSasaran {
            nama: s.nama.clone(),
            capaian: s.capaian.tampil(k),
            predikat: s.capaian.predikat(k),
            pita: k.skala.kelas(&s.capaian.predikat(k)),
            rumus: s.capaian.rumus.clone(),
            dikecualikan: s.capaian.dikecualikan.clone(),
        }));
    }
    let instansi = BarisSasaran {
        nama: "Capaian kinerja instansi".into(),
        capaian: h.instansi.tampil(k),
        predikat: h.instansi.predikat(k),
        pita: k.skala.kelas(&h.instansi.predikat(k)),
        rumus: h.instansi.rumus.clone(),
        dikecualikan: h.instansi.dikecualikan.clone(),
    };
    (out, instansi, jumlah)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::kinerja::baca::baca_tabel_indikator;
    use crate::core::kinerja::sasaran::hitung_kinerja;

    #[test]
    fn rows_follow_paste_order_with_sasaran_summaries() {
        let t = baca_tabel_indikator(
            "Sasaran\tIndikator\tTarget\tRealisasi\nS1\tA\t80,25\t81,14\n\tB\t0\t5\nS2\tC\t13\t9",
            None,
        );
        let k = Kebijakan::default();
        let h = hitung_kinerja(&t, &k);
        let (rows, instansi) = baris_kinerja(&t, &h, &k);
        let kinds: Vec<&str> = rows
            .iter()
            .map(|r| match r {
                BarisKinerja::Indikator(_) => "i",
                BarisKinerja::Sasaran(_) => "s",
            })
            .collect();
        assert_eq!(kinds, ["i", "i", "s", "i", "s"]);
        let BarisKinerja::Indikator(b) = &rows[1] else {
            unreachable!()
        };
        assert_eq!((b.capaian.as_str(), b.predikat.as_str()), ("n/a", "-"));
        assert!(b.alasan.as_deref().unwrap().contains("target 0"));
        let BarisKinerja::Sasaran(s) = &rows[2] else {
            unreachable!()
        };
        assert_eq!(s.capaian, "101,11");
        assert_eq!(s.dikecualikan.len(), 1);
        assert_eq!(instansi.capaian, "85,17");
    }

    /// A flow's quarters against an annual target only (the Evaluasi Renja, a monev form with
    /// one Target column) have no capaian of their own: nothing is shown under each quarter
    /// (it said "triwulan ini n/a" four times; the formula still says why), while a stock's
    /// quarter and a quarter with its own target show theirs.
    #[test]
    fn a_quarter_without_a_capaian_of_its_own_by_design_shows_none() {
        let t = baca_tabel_indikator(
            "Indikator\tSatuan\tTarget\tRealisasi TW I\tRealisasi TW II\n\
             Rapat\tKali\t12\t3\t3\nIKM\tIndeks\t80\t78\t81",
            None,
        );
        let k = Kebijakan::default();
        let h = hitung_kinerja(&t, &k);
        let (rows, _) = baris_kinerja(&t, &h, &k);
        let tw = |i: usize| match &rows[i] {
            BarisKinerja::Indikator(b) => b.triwulan.clone().expect("quarterly"),
            BarisKinerja::Sasaran(_) => unreachable!(),
        };
        assert_eq!(tw(0).per_tw, ["", "", "", ""]);
        assert_eq!(tw(0).sd_tw[1], "50,00");
        assert!(tw(0).rumus_tw[1].contains("tidak ada target triwulan"));
        assert_eq!(tw(1).per_tw[..2], ["97,50", "101,25"]);
    }

    #[test]
    fn a_window_is_the_first_rows_of_the_whole_with_every_count_and_total() {
        let t = baca_tabel_indikator(
            "Sasaran\tIndikator\tTarget\tRealisasi\nS1\tA\t80\t81\n\tB\t10\t5\nS2\tC\t13\t9\n\tD\t4\t4",
            None,
        );
        let k = Kebijakan::default();
        let h = hitung_kinerja(&t, &k);
        let (semua, instansi) = baris_kinerja(&t, &h, &k);
        // (window, rows it holds: indikator and the summaries of complete sasaran)
        for (batas, n) in [(0, 0), (1, 1), (2, 3), (3, 4), (4, 6), (9, 6)] {
            let (rows, i, jumlah) = baris_kinerja_sampai(&t, &h, &k, batas);
            assert_eq!(rows, semua[..n], "window {batas}");
            assert_eq!((i.capaian.as_str(), jumlah), (instansi.capaian.as_str(), 4));
        }
    }
}

/// The report's "Capaian per triwulan" for one sasaran: per indikator its sifat and capaian
/// to date at each quarter, and the sasaran's mean to date per quarter (for its chart).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct TriwulanSasaran {
    pub nama: String,
    /// (indikator, sifat, capaian to date per quarter as shown).
    pub indikator: Vec<(String, &'static str, [String; 4])>,
    /// Mean capaian to date per quarter over the indikator that have one (capped).
    pub rata_rata: [Option<rust_decimal::Decimal>; 4],
}

/// The quarterly part of the report, per sasaran that has quarterly indikator.
pub fn triwulan_laporan(
    t: &TabelIndikator,
    h: &HasilKinerja,
    k: &Kebijakan,
) -> Vec<TriwulanSasaran> {
    use crate::core::kebijakan::Pilihan;
    h.sasaran
        .iter()
        .filter_map(|s| {
            let rows: Vec<(usize, &CapaianTriwulan)> = s
                .indikator
                .iter()
                .filter_map(|&j| h.triwulan.get(j)?.as_deref().map(|c| (j, c)))
                .collect();
            if rows.is_empty() {
                return None;
            }
            let indikator = rows
                .iter()
                .map(|(j, c)| {
                    let sifat = t.indikator[*j]
                        .triwulan
                        .as_ref()
                        .map(|x| x.sifat.label())
                        .unwrap_or("");
                    let sd = std::array::from_fn(|q| {
                        c.sd_tw[q]
                            .as_ref()
                            .map(|x| x.tampil(k))
                            .unwrap_or_else(|| "-".into())
                    });
                    (t.indikator[*j].nama.clone(), sifat, sd)
                })
                .collect();
            let rata_rata = std::array::from_fn(|q| {
                let v: Vec<rust_decimal::Decimal> = rows
                    .iter()
                    .filter_map(|(_, c)| c.sd_tw[q].as_ref()?.dibatasi(k))
                    .collect();
                crate::core::aritmetika::rata_rata(&v)
            });
            Some(TriwulanSasaran {
                nama: s.nama.clone(),
                indikator,
                rata_rata,
            })
        })
        .collect()
}
