//! Worked examples for trainers: the four seed reports' Bab III tables as ready projects
//! (indicators, budget, IKM and growth where the seed has them, the report header), with the
//! policies each report used. The tables themselves are files beside the app (`make dist`
//! copies them from `tests/fixtures` to `dist/contoh/`), fetched when an example is opened, so
//! that their 26 KB of text is not in the module every visitor loads.

use crate::core::kebijakan::predikat::SkalaPredikat;
use crate::core::kebijakan::{Kebijakan, Pembulatan};
use crate::core::proyek::berkas::{KepalaLaporan, Proyek};

/// One worked example.
pub struct Contoh {
    /// Stable key (`data-contoh`).
    pub kunci: &'static str,
    /// The office and year, as shown.
    pub judul: &'static str,
    /// What it demonstrates.
    pub uraian: &'static str,
    /// File names under `contoh/` of its indikator, anggaran, IKM and growth tables, in that
    /// order ("" where the report has none).
    pub berkas: [&'static str; 4],
}

/// Where the example tables are served, relative to the page.
pub const FOLDER_CONTOH: &str = "contoh/";

impl Contoh {
    /// The addresses to fetch, one per table the example has.
    pub fn alamat(&self) -> Vec<String> {
        self.berkas
            .iter()
            .filter(|b| !b.is_empty())
            .map(|b| format!("{FOLDER_CONTOH}{b}"))
            .collect()
    }

    /// The fetched texts (in the order of `alamat`) back in the four table slots.
    pub fn susun(&self, teks: Vec<String>) -> [String; 4] {
        let mut teks = teks.into_iter();
        self.berkas.map(|b| {
            if b.is_empty() {
                String::new()
            } else {
                teks.next().unwrap_or_default()
            }
        })
    }
}

/// The examples, in seed order.
pub const CONTOH: [Contoh; 4] = [
    Contoh {
        kunci: "rupat-2019",
        judul: "Kecamatan Rupat 2019",
        uraian: "Predikat Permendagri 86/2017, nilai B/C, pembulatan dipotong, BTL/BL, IKM dan perkembangan anggaran",
        berkas: ["seed000_indikator.tsv", "seed000_anggaran.tsv", "seed000_ikm.tsv", "seed000_perkembangan.tsv"],
    },
    Contoh {
        kunci: "sungai-sembilan-2022",
        judul: "Kecamatan Sungai Sembilan 2022",
        uraian: "Kolom nomor a/b/c, sasaran tergabung, pohon kode rekening tiga tingkat",
        berkas: ["seed001_indikator.tsv", "seed001_anggaran.tsv", "", ""],
    },
    Contoh {
        kunci: "kelam-permai-2019",
        judul: "Kecamatan Kelam Permai 2019",
        uraian: "Skala LAN, sub-indikator, baris Jumlah yang salah hitung",
        berkas: ["seed002_indikator.tsv", "seed002_anggaran.tsv", "", ""],
    },
    Contoh {
        kunci: "kragan-2021",
        judul: "Kecamatan Kragan 2021",
        uraian: "Skala Amat Baik, tabel markdown, program bernomor romawi",
        berkas: ["seed004_indikator.md", "seed004_anggaran.md", "", ""],
    },
];

/// The ready project of example `kunci`, with its four tables' texts (as `Contoh::susun`
/// gives them).
pub fn proyek_contoh(kunci: &str, tabel: [String; 4]) -> Option<Proyek> {
    let kepala = |instansi: &str, tahun: &str, tempat: &str| KepalaLaporan {
        instansi: instansi.into(),
        tahun: tahun.into(),
        jabatan: "Camat".into(),
        tempat: tempat.into(),
        ..KepalaLaporan::default()
    };
    let (k, kepala) = match kunci {
        "rupat-2019" => (
            Kebijakan {
                pembulatan: Pembulatan::Potong,
                ..Kebijakan::default()
            },
            kepala("Kecamatan Rupat", "2019", "Batu Panjang"),
        ),
        "sungai-sembilan-2022" => (
            Kebijakan::default(),
            kepala("Kecamatan Sungai Sembilan", "2022", "Dumai"),
        ),
        "kelam-permai-2019" => (
            Kebijakan {
                skala: SkalaPredikat::lan(),
                ..Kebijakan::default()
            },
            kepala("Kecamatan Kelam Permai", "2019", "Kelam Permai"),
        ),
        "kragan-2021" => (
            Kebijakan {
                skala: SkalaPredikat::amat_baik(),
                ..Kebijakan::default()
            },
            kepala("Kecamatan Kragan", "2021", "Kragan"),
        ),
        _ => return None,
    };
    let [indikator, anggaran, ikm, perkembangan] = tabel;
    let mut p = Proyek::kosong();
    p.indikator = indikator;
    p.anggaran = anggaran;
    p.ikm = ikm;
    p.perkembangan = perkembangan;
    p.kebijakan = (&k).into();
    p.kepala = kepala;
    Some(p)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::anggaran::baca::baca_tabel_anggaran;
    use crate::core::anggaran::pohon::bangun_pohon;
    use crate::core::kinerja::baca::baca_tabel_indikator;
    use crate::core::teks::tampil::rupiah;

    /// What the page fetches: the files `make dist` copies from tests/fixtures.
    fn buka(kunci: &str) -> Option<Proyek> {
        let c = CONTOH.iter().find(|c| c.kunci == kunci);
        let teks = c.map(|c| {
            c.alamat()
                .iter()
                .map(|a| {
                    let berkas = a.trim_start_matches(FOLDER_CONTOH);
                    std::fs::read_to_string(format!("tests/fixtures/{berkas}"))
                        .expect("an example file")
                })
                .collect()
        });
        proyek_contoh(kunci, c?.susun(teks?))
    }

    #[test]
    fn every_example_opens_checked_with_its_tables() {
        let totals = [
            ("rupat-2019", 5, "24.041.521.394"),
            ("sungai-sembilan-2022", 3, "10.869.637.137"),
            ("kelam-permai-2019", 8, "839.077.360"),
            ("kragan-2021", 4, ""),
        ];
        for (kunci, n, total) in totals {
            let p = buka(kunci).expect("an example");
            assert!(p.periksa().is_ok(), "{kunci}");
            let t = baca_tabel_indikator(&p.indikator, None);
            if n > 0 {
                assert_eq!(
                    t.indikator.iter().filter(|i| i.induk.is_none()).count(),
                    n,
                    "{kunci}"
                );
            }
            let a = baca_tabel_anggaran(&p.anggaran);
            if !total.is_empty() {
                assert_eq!(rupiah(bangun_pohon(&a).total.anggaran), total, "{kunci}");
            }
        }
        assert!(CONTOH.iter().all(|c| buka(c.kunci).is_some()));
        assert!(proyek_contoh("tidak-ada", Default::default()).is_none());
        // the growth table of the first example lands in its own slot
        let rupat = buka("rupat-2019").expect("an example");
        assert!(!rupat.ikm.is_empty() && !rupat.perkembangan.is_empty());
        assert_ne!(rupat.ikm, rupat.perkembangan);
        let kragan = buka("kragan-2021").expect("an example");
        assert!(kragan.ikm.is_empty() && kragan.perkembangan.is_empty());
    }
}
