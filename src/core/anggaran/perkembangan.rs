//! Budget over several years (DOMAIN.md section 5): growth per year
//! `(A_t - A_(t-1)) / A_(t-1) x 100` and the average growth by the chosen method.

use crate::core::aritmetika;
use crate::core::kebijakan::Pilihan;
use crate::core::teks::angka::{baca_angka, IsiAngka, Konvensi};
use crate::core::teks::kata::memuat;
use crate::core::teks::kolom::tahun_dalam;
use crate::core::teks::kotak::{salah_kotak, Kotak};
use crate::core::teks::pesan::Pesan;
use crate::core::teks::tabel::{baris_nomor_kolom, Baris};
use crate::core::teks::tampil::{apa_adanya, id_desimal, rupiah};
use crate::core::teks::tempelan::baca_tempelan_untuk;
use rust_decimal::Decimal;

/// How the average growth is taken.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum MetodePertumbuhan {
    /// Mean of the yearly growths. The default.
    #[default]
    RataRata,
    /// Compound annual growth rate: `(last / first)^(1/years) - 1`.
    Cagr,
    /// `(last - first) / first / years`.
    TotalPerTahun,
}

impl Pilihan for MetodePertumbuhan {
    const SEMUA: &'static [Self] = &[
        MetodePertumbuhan::RataRata,
        MetodePertumbuhan::Cagr,
        MetodePertumbuhan::TotalPerTahun,
    ];
    fn kunci(self) -> &'static str {
        match self {
            MetodePertumbuhan::RataRata => "rata-rata",
            MetodePertumbuhan::Cagr => "cagr",
            MetodePertumbuhan::TotalPerTahun => "total-per-tahun",
        }
    }
    fn label(self) -> &'static str {
        match self {
            MetodePertumbuhan::RataRata => "rata-rata pertumbuhan tahunan",
            MetodePertumbuhan::Cagr => "CAGR",
            MetodePertumbuhan::TotalPerTahun => "(akhir - awal) / awal / tahun",
        }
    }
}

/// One year of the series.
#[derive(Clone, Debug, PartialEq)]
pub struct TahunAnggaran {
    pub nomor_baris: usize,
    pub tahun: u16,
    pub anggaran: Decimal,
    /// Growth from the year before, with its formula.
    pub pertumbuhan: Option<(Decimal, String)>,
    /// A growth the table states itself, for the audit.
    pub pertumbuhan_laporan: Option<Decimal>,
}

/// The series and its average growth.
#[derive(Clone, Debug, PartialEq)]
pub struct Perkembangan {
    pub tahun: Vec<TahunAnggaran>,
    pub rata_rata: Option<(Decimal, String)>,
    pub pesan: Vec<Pesan>,
}

/// Read rows of `tahun, anggaran[, ..., growth %]` (seed 000 table 3.9), or a table across
/// with the years as headings, and compute growth.
pub fn hitung_perkembangan(teks: &str, metode: MetodePertumbuhan) -> Perkembangan {
    let (_, rows, mut pesan) = baca_tempelan_untuk(teks, Some(Kotak::Perkembangan));
    let rows: Vec<Baris> = rows.into_iter().filter(|b| !baris_nomor_kolom(b)).collect();
    let mut tahun = baca_menurun(&rows, &mut pesan);
    if tahun.is_empty() {
        tahun = baca_melintang(&rows);
    }
    if tahun.is_empty() && !rows.is_empty() {
        pesan.push(Pesan::info(
            0,
            "",
            "",
            "Tidak ada tahun yang terbaca: tulis satu baris per tahun (Tahun, Anggaran) atau tahun sebagai judul kolom.".into(),
        ));
        pesan.extend(salah_kotak(
            &rows,
            Kotak::Perkembangan,
            &[Kotak::Indikator, Kotak::Anggaran, Kotak::Ikm],
        ));
    }
    crate::core::urutan::urutkan(&mut tahun, |a, b| a.tahun.cmp(&b.tahun));
    satu_per_tahun(&mut tahun, &mut pesan);
    let mut growths = Vec::new();
    for i in 1..tahun.len() {
        let (a0, a1) = (tahun[i - 1].anggaran, tahun[i].anggaran);
        if a0.is_zero() {
            continue;
        }
        let Some(g) = aritmetika::kurang(a1, a0).and_then(|d| aritmetika::persen_dari(d, a0))
        else {
            continue;
        };
        let rumus = format!(
            "({} - {}) / {} x 100% = {}%",
            rupiah(a1),
            rupiah(a0),
            rupiah(a0),
            id_desimal(g, 2)
        );
        growths.push(g);
        tahun[i].pertumbuhan = Some((g, rumus));
    }
    let rata_rata = rata_rata(&tahun, &growths, metode);
    Perkembangan {
        tahun,
        rata_rata,
        pesan,
    }
}

/// A year written again (the table pasted twice, or murni and perubahan on two rows) is read
/// once, its first row (the sort keeps the paste's order): between the two was a growth of 0%
/// that the average counted. Years again with the same amount get one message; another amount
/// gets its own.
fn satu_per_tahun(tahun: &mut Vec<TahunAnggaran>, pesan: &mut Vec<Pesan>) {
    let mut sama: Option<(usize, Vec<String>)> = None;
    tahun.dedup_by(|lagi, awal| {
        if lagi.tahun != awal.tahun {
            return false;
        }
        if lagi.anggaran == awal.anggaran {
            let (_, daftar) = sama.get_or_insert((lagi.nomor_baris, Vec::new()));
            daftar.push(lagi.tahun.to_string());
        } else {
            let m = format!(
                "tahun {} tertulis lagi dengan anggaran lain ({}; di baris {}: {}): dibaca yang pertama.",
                lagi.tahun,
                rupiah(lagi.anggaran),
                awal.nomor_baris,
                rupiah(awal.anggaran)
            );
            pesan.push(Pesan::info(lagi.nomor_baris, "Tahun", &lagi.tahun.to_string(), m));
        }
        true
    });
    if let Some((baris, daftar)) = sama {
        let m = format!(
            "tahun {} tertulis lagi dengan anggaran yang sama (tabel ditempel dua kali?): dibaca sekali.",
            daftar.join(", ")
        );
        pesan.push(Pesan::info(baris, "Tahun", "", m));
    }
}

/// An amount cell: `54,620,757,064` (a long number with commas only) is en-US, as seed 000
/// writes its total; anything else id-ID.
fn angka_sel(c: &str) -> Option<(bool, Decimal)> {
    let konvensi = if c.contains(',') && !c.contains('.') && c.len() > 8 {
        Konvensi::EnUs
    } else {
        Konvensi::IdId
    };
    match baca_angka(c, konvensi) {
        IsiAngka::Angka(a) => Some((c.contains('%'), a.nilai)),
        _ => None,
    }
}

/// One row per year: the year first, then the anggaran, and perhaps a stated growth in %.
fn baca_menurun(rows: &[Baris], pesan: &mut Vec<Pesan>) -> Vec<TahunAnggaran> {
    let mut tahun = Vec::new();
    // `Pertumbuhan Anggaran (%)` above cells written without `%`
    let mut kolom_tumbuh = None;
    for b in rows {
        if tahun.is_empty() && kolom_tumbuh.is_none() {
            kolom_tumbuh = b.sel.iter().position(|c| {
                ["pertumbuhan", "kenaikan", "perkembangan"]
                    .iter()
                    .any(|w| memuat(c, w))
            });
        }
        // a line typed with spaces (`2020 1.500.000.000`) is one cell: its words are cells
        let sel: Vec<&str> = match b.pertama() {
            p if b.terisi() == 1 && p.contains(' ') => p.split_whitespace().collect(),
            _ => b.sel.iter().map(|c| c.trim()).collect(),
        };
        let first = sel.iter().copied().find(|c| !c.is_empty()).unwrap_or("");
        let Some(y) = tahun_dalam(first).filter(|_| first.len() <= 12) else {
            continue;
        };
        let mut nums = sel
            .iter()
            .copied()
            .skip_while(|c| c.is_empty())
            .skip(1)
            .filter_map(angka_sel);
        let Some((_, anggaran)) = nums.next() else {
            pesan.push(Pesan::galat_sel(
                b.nomor_baris,
                "Anggaran",
                b.sel(1),
                format!("tahun {y} tanpa anggaran yang terbaca"),
            ));
            continue;
        };
        // a growth column named in the header says it; else the last cell with `%`
        let laporan = match kolom_tumbuh {
            Some(j) => angka_sel(b.sel(j).trim()).map(|(_, v)| v),
            None => nums.filter(|(p, _)| *p).map(|(_, v)| v).last(),
        };
        tahun.push(TahunAnggaran {
            nomor_baris: b.nomor_baris,
            tahun: y,
            anggaran,
            pertumbuhan: None,
            pertumbuhan_laporan: laporan,
        });
    }
    tahun
}

/// Years as headings (`Uraian | 2020 | 2021 | 2022`): the amounts of the row that names the
/// anggaran (`Anggaran`, `Pagu`), else of the first row under the headings.
fn baca_melintang(rows: &[Baris]) -> Vec<TahunAnggaran> {
    let tahun_kolom = |b: &Baris| -> Vec<(usize, u16)> {
        (0..b.sel.len())
            .filter_map(|j| {
                let c = b.sel(j).trim();
                tahun_dalam(c).filter(|_| c.len() <= 12).map(|y| (j, y))
            })
            .collect()
    };
    let Some((i, kolom)) = rows
        .iter()
        .enumerate()
        .map(|(i, b)| (i, tahun_kolom(b)))
        // two years or more, each once (`Target 2024 | Realisasi 2024` is not a series)
        .find(|(_, k)| k.len() >= 2 && k.windows(2).all(|w| w[0].1 != w[1].1))
    else {
        return Vec::new();
    };
    let bawah = &rows[i + 1..];
    let nama = |b: &&Baris| {
        let u = b.pertama().to_ascii_lowercase();
        ["anggaran", "pagu", "alokasi", "belanja"]
            .iter()
            .any(|w| u.contains(w))
    };
    let Some(b) = bawah.iter().find(nama).or(bawah.first()) else {
        return Vec::new();
    };
    kolom
        .into_iter()
        .filter_map(|(j, y)| {
            let (_, anggaran) = angka_sel(b.sel(j).trim())?;
            Some(TahunAnggaran {
                nomor_baris: b.nomor_baris,
                tahun: y,
                anggaran,
                pertumbuhan: None,
                pertumbuhan_laporan: None,
            })
        })
        .collect()
}

fn rata_rata(
    tahun: &[TahunAnggaran],
    growths: &[Decimal],
    metode: MetodePertumbuhan,
) -> Option<(Decimal, String)> {
    let (first, last) = (tahun.first()?, tahun.last()?);
    let years = last.tahun.checked_sub(first.tahun).filter(|y| *y > 0)?;
    let n = Decimal::from(years);
    match metode {
        MetodePertumbuhan::RataRata => {
            if growths.is_empty() {
                return None;
            }
            let v = aritmetika::rata_rata(growths)?;
            let terms = growths
                .iter()
                .map(|g| id_desimal(*g, 2))
                .collect::<Vec<_>>()
                .join(" + ");
            Some((
                v,
                format!(
                    "rata-rata pertumbuhan = ({terms}) / {} = {}%",
                    growths.len(),
                    id_desimal(v, 2)
                ),
            ))
        }
        MetodePertumbuhan::Cagr => {
            if first.anggaran <= Decimal::ZERO || last.anggaran <= Decimal::ZERO {
                return None;
            }
            let ratio = aritmetika::bagi(last.anggaran, first.anggaran)?;
            let v = aritmetika::kali(
                aritmetika::kurang(akar(ratio, years as u32)?, Decimal::ONE)?,
                Decimal::ONE_HUNDRED,
            )?;
            Some((
                v,
                format!(
                    "CAGR = ({} / {})^(1/{years}) - 1 = {}%",
                    rupiah(last.anggaran),
                    rupiah(first.anggaran),
                    id_desimal(v, 2)
                ),
            ))
        }
        MetodePertumbuhan::TotalPerTahun => {
            if first.anggaran.is_zero() {
                return None;
            }
            let v = aritmetika::persen_dari(
                aritmetika::bagi(
                    aritmetika::kurang(last.anggaran, first.anggaran)?,
                    first.anggaran,
                )?,
                n,
            )?;
            Some((
                v,
                format!(
                    "({} - {}) / {} / {} x 100% = {}%",
                    rupiah(last.anggaran),
                    rupiah(first.anggaran),
                    rupiah(first.anggaran),
                    apa_adanya(n),
                    id_desimal(v, 2)
                ),
            ))
        }
    }
}

/// The `n`-th root of `x > 0` by Newton's method, exact enough for percentages.
fn akar(x: Decimal, n: u32) -> Option<Decimal> {
    if n == 0 || x <= Decimal::ZERO {
        return None;
    }
    use aritmetika::{bagi, kali, kurang, tambah};
    let nd = Decimal::from(n);
    // a start near the root for growth ratios
    let mut y = tambah(Decimal::ONE, bagi(kurang(x, Decimal::ONE)?, nd)?)?;
    for _ in 0..200 {
        let mut p = Decimal::ONE;
        for _ in 0..n - 1 {
            p = kali(p, y)?;
        }
        let next = bagi(
            tambah(kali(kurang(nd, Decimal::ONE)?, y)?, bagi(x, p)?)?,
            nd,
        )?;
        if kurang(next, y)?.abs() < Decimal::new(1, 20) {
            return Some(next);
        }
        y = next;
    }
    Some(y)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `Pertumbuhan Anggaran (%)` in the header, its cells without `%`: they are the stated
    /// growth the audit checks (they were not read); a `Serapan (%)` beside it is not.
    #[test]
    fn a_growth_column_named_in_the_header() {
        let p = hitung_perkembangan(
            "Tahun\tAnggaran (Rp)\tRealisasi (Rp)\tSerapan (%)\tPertumbuhan Anggaran (%)\n\
             2019\t1.000\t950\t95,00%\t-\n\
             2020\t900\t850\t94,44%\t-10,00\n\
             2021\t1.100\t1.000\t90,91%\t25,00",
            MetodePertumbuhan::RataRata,
        );
        let lap: Vec<_> = p.tahun.iter().map(|t| t.pertumbuhan_laporan).collect();
        assert_eq!(
            lap,
            [
                None,
                Some(Decimal::new(-1000, 2)),
                Some(Decimal::new(2500, 2))
            ]
        );
    }
    /// Typed on a phone with no header: a year and its anggaran a line, parted by a space or
    /// by a comma and a space. Before, nothing was read ("tidak ada tahun yang terbaca").
    #[test]
    fn a_year_and_its_anggaran_typed_a_line() {
        for teks in [
            "2020 1.500.000.000\n2021 1.650.000.000\n2022 1.600.000.000",
            "2020, 1.500.000.000\n2021, 1.650.000.000\n2022, 1.600.000.000",
        ] {
            let p = hitung_perkembangan(teks, MetodePertumbuhan::RataRata);
            let got: Vec<(u16, Decimal)> = p.tahun.iter().map(|t| (t.tahun, t.anggaran)).collect();
            assert_eq!(
                got,
                [
                    (2020, Decimal::from(1_500_000_000)),
                    (2021, Decimal::from(1_650_000_000)),
                    (2022, Decimal::from(1_600_000_000))
                ],
                "{teks}: {:?}",
                p.pesan
            );
            let g = p.tahun[1].pertumbuhan.as_ref().map(|x| x.0);
            assert_eq!(g, Some(Decimal::from(10)));
        }
    }

    /// A year written again is read once: the table pasted twice gives the series and the
    /// average of pasting it once, with one message; a year again with another amount (murni
    /// and perubahan) keeps its first, and says so. Before, each repeat was a year of 0%
    /// growth, which the average counted.
    #[test]
    fn a_year_written_again_is_read_once() {
        let sekali = "Tahun\tAnggaran\n2019\t1.000\n2020\t1.200\n2021\t1.500";
        let p1 = hitung_perkembangan(sekali, MetodePertumbuhan::RataRata);
        let p2 = hitung_perkembangan(
            &format!("{sekali}\n\n{sekali}"),
            MetodePertumbuhan::RataRata,
        );
        assert_eq!(p2.tahun, p1.tahun);
        assert_eq!(p2.rata_rata, p1.rata_rata);
        let m: Vec<_> = p2
            .pesan
            .iter()
            .map(|m| (m.baris, m.pesan.as_str()))
            .collect();
        assert_eq!(
            m,
            [(7, "tahun 2019, 2020, 2021 tertulis lagi dengan anggaran yang sama (tabel ditempel dua kali?): dibaca sekali.")]
        );

        let p = hitung_perkembangan(
            "Tahun\tAnggaran\n2019\t1.000\n2020\t1.200\n2020\t1.300",
            MetodePertumbuhan::RataRata,
        );
        let got: Vec<_> = p.tahun.iter().map(|t| (t.tahun, t.anggaran)).collect();
        assert_eq!(
            got,
            [(2019, Decimal::from(1000)), (2020, Decimal::from(1200))]
        );
        assert!(p.pesan.iter().any(|m| m.baris == 4
            && m.pesan == "tahun 2020 tertulis lagi dengan anggaran lain (1.300; di baris 3: 1.200): dibaca yang pertama."));
    }

    /// Another table in this box says where it belongs, beside "no year".
    #[test]
    fn another_table_in_this_box_is_named() {
        let p = hitung_perkembangan(
            "Kode\tUraian\tAnggaran\tRealisasi\n1\tProgram A\t1.000.000\t900.000",
            MetodePertumbuhan::RataRata,
        );
        assert!(
            p.pesan
                .iter()
                .any(|m| m.pesan.contains("tempel di kotak Anggaran.")),
            "{:?}",
            p.pesan
        );
    }

    use std::str::FromStr;

    const SEED_000_3_9: &str =
        "TAHUN ANGGARAN\tANGGARAN (MURNI)\tSELISIH ANGGARAN\tSTATUS\tPERKEMBANGAN ANGGARAN
2017\t5.069.123.900*)\t-\t-\t-
2018\t5.489.549.141*)\t420.425.241\tNaik\t7.66%
2019\t13.122.109.910*)\t7.632.560.769\tNaik\t58.17%
2020\t15.009.337.980**)\t1.977.228.070\tNaik\t13.09%
2021\t15.840.636.133**)\t741.298.153\tNaik\t4.68%
Jumlah\t54,620,757,064\tLima puluh empat milyar";

    /// Years as headings, an LKjIP's "perkembangan anggaran" written across: the Anggaran
    /// row gives the series (not the Realisasi row above it).
    #[test]
    fn years_as_headings() {
        let p = hitung_perkembangan(
            "Uraian\t2020\t2021\t2022\nRealisasi\t900\t1.000\t1.100\nAnggaran\t1.000.000\t1.100.000\t1.210.000",
            MetodePertumbuhan::RataRata,
        );
        let seri: Vec<(u16, String)> = p
            .tahun
            .iter()
            .map(|t| (t.tahun, rupiah(t.anggaran)))
            .collect();
        assert_eq!(
            seri,
            [
                (2020, "1.000.000".into()),
                (2021, "1.100.000".into()),
                (2022, "1.210.000".into())
            ]
        );
        assert_eq!(id_desimal(p.rata_rata.unwrap().0, 2), "10,00");
        // text with no year says so instead of showing nothing
        let p = hitung_perkembangan(
            "Anggaran\t1.000\nRealisasi\t900",
            MetodePertumbuhan::RataRata,
        );
        assert!(p.tahun.is_empty());
        assert_eq!(p.pesan.len(), 1, "{:?}", p.pesan);
    }

    #[test]
    fn seed_000_table_3_9_growth_and_the_audit_example() {
        let p = hitung_perkembangan(SEED_000_3_9, MetodePertumbuhan::RataRata);
        assert_eq!(p.tahun.len(), 5);
        let g: Vec<String> = p
            .tahun
            .iter()
            .skip(1)
            .map(|t| id_desimal(t.pertumbuhan.as_ref().unwrap().0, 2))
            .collect();
        assert_eq!(
            g,
            ["8,29", "139,04", "14,38", "5,54"],
            "2019: 139,04, the report says 58,17"
        );
        assert_eq!(
            p.tahun[2].pertumbuhan_laporan,
            Some(Decimal::from_str("58.17").unwrap())
        );
        let (v, _) = p.rata_rata.unwrap();
        assert_eq!(id_desimal(v, 2), "41,81");
        let (v, rumus) = hitung_perkembangan(SEED_000_3_9, MetodePertumbuhan::Cagr)
            .rata_rata
            .unwrap();
        // (15.840.636.133 / 5.069.123.900)^(1/4) - 1
        assert_eq!(id_desimal(v, 2), "32,96", "{rumus}");
        let (v, _) = hitung_perkembangan(SEED_000_3_9, MetodePertumbuhan::TotalPerTahun)
            .rata_rata
            .unwrap();
        assert_eq!(id_desimal(v, 2), "53,12");
    }

    #[test]
    fn roots() {
        let r = akar(Decimal::from(16), 4).unwrap();
        assert!((r - Decimal::from(2)).abs() < Decimal::new(1, 15));
        assert!(akar(Decimal::ZERO, 3).is_none());
    }
}
