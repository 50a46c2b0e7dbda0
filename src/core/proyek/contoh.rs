//! Worked examples for trainers: the four seed reports' Bab III tables as ready projects
//! (indicators, budget, IKM and growth where the seed has them, the report header), with the
//! policies each report used.

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
}

/// The examples, in seed order.
pub const CONTOH: [Contoh; 4] = [
    Contoh {
        kunci: "rupat-2019",
        judul: "Kecamatan Rupat 2019",
        uraian: "Predikat Permendagri 86/2017, nilai B/C, pembulatan dipotong, BTL/BL, IKM dan perkembangan anggaran",
    },
    Contoh {
        kunci: "sungai-sembilan-2022",
        judul: "Kecamatan Sungai Sembilan 2022",
        uraian: "Kolom nomor a/b/c, sasaran tergabung, pohon kode rekening tiga tingkat",
    },
    Contoh {
        kunci: "kelam-permai-2019",
        judul: "Kecamatan Kelam Permai 2019",
        uraian: "Skala LAN, sub-indikator, baris Jumlah yang salah hitung",
    },
    Contoh {
        kunci: "kragan-2021",
        judul: "Kecamatan Kragan 2021",
        uraian: "Skala Amat Baik, tabel markdown, program bernomor romawi",
    },
];

/// The ready project of example `kunci`.
pub fn proyek_contoh(kunci: &str) -> Option<Proyek> {
    let kepala = |instansi: &str, tahun: &str, tempat: &str| KepalaLaporan {
        instansi: instansi.into(),
        tahun: tahun.into(),
        jabatan: "Camat".into(),
        tempat: tempat.into(),
        ..KepalaLaporan::default()
    };
    let (indikator, anggaran, ikm, perkembangan, k, kepala) = match kunci {
        "rupat-2019" => (
            include_str!("../../../tests/fixtures/seed000_indikator.tsv"),
            include_str!("../../../tests/fixtures/seed000_anggaran.tsv"),
            include_str!("../../../tests/fixtures/seed000_ikm.tsv"),
            include_str!("../../../tests/fixtures/seed000_perkembangan.tsv"),
            Kebijakan {
                pembulatan: Pembulatan::Potong,
                ..Kebijakan::default()
            },
            kepala("Kecamatan Rupat", "2019", "Batu Panjang"),
        ),
        "sungai-sembilan-2022" => (
            include_str!("../../../tests/fixtures/seed001_indikator.tsv"),
            include_str!("../../../tests/fixtures/seed001_anggaran.tsv"),
            "",
            "",
            Kebijakan::default(),
            kepala("Kecamatan Sungai Sembilan", "2022", "Dumai"),
        ),
        "kelam-permai-2019" => (
            include_str!("../../../tests/fixtures/seed002_indikator.tsv"),
            include_str!("../../../tests/fixtures/seed002_anggaran.tsv"),
            "",
            "",
            Kebijakan {
                skala: SkalaPredikat::lan(),
                ..Kebijakan::default()
            },
            kepala("Kecamatan Kelam Permai", "2019", "Kelam Permai"),
        ),
        "kragan-2021" => (
            include_str!("../../../tests/fixtures/seed004_indikator.md"),
            include_str!("../../../tests/fixtures/seed004_anggaran.md"),
            "",
            "",
            Kebijakan {
                skala: SkalaPredikat::amat_baik(),
                ..Kebijakan::default()
            },
            kepala("Kecamatan Kragan", "2021", "Kragan"),
        ),
        _ => return None,
    };
    let mut p = Proyek::kosong();
    p.indikator = indikator.into();
    p.anggaran = anggaran.into();
    p.ikm = ikm.into();
    p.perkembangan = perkembangan.into();
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

    #[test]
    fn every_example_opens_checked_with_its_tables() {
        let totals = [
            ("rupat-2019", 5, "24.041.521.394"),
            ("sungai-sembilan-2022", 3, "10.869.637.137"),
            ("kelam-permai-2019", 8, "839.077.360"),
            ("kragan-2021", 4, ""),
        ];
        for (kunci, n, total) in totals {
            let p = proyek_contoh(kunci).expect("an example");
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
        assert!(CONTOH.iter().all(|c| proyek_contoh(c.kunci).is_some()));
        assert!(proyek_contoh("tidak-ada").is_none());
    }
}
