//! Which box a pasted table belongs in, from the headings among its first rows. A table in
//! the wrong box is read as that box's table, with figures that mean nothing (seed 000's IKM
//! table in the indicator box gave nine capaian of 11%, its years in the budget box were
//! amounts of 2.017); each reader names the right box instead.

use crate::core::anggaran::tabel::{peran_judul_anggaran, KolomAnggaran};
use crate::core::teks::kata::{awali, memuat};
use crate::core::teks::kolom::{peran_judul, Kolom};
use crate::core::teks::pembaca::tanpa_angka;
use crate::core::teks::pesan::Pesan;
use crate::core::teks::tabel::{tepi, Baris};

/// The page's input boxes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kotak {
    Indikator,
    Anggaran,
    Ikm,
    /// The budget by year (growth).
    Perkembangan,
}

impl Kotak {
    /// What the box holds, and its name on the page.
    fn nama(self) -> (&'static str, &'static str) {
        match self {
            Kotak::Indikator => ("tabel indikator kinerja", "Indikator"),
            Kotak::Anggaran => ("tabel anggaran", "Anggaran"),
            Kotak::Ikm => ("tabel IKM", "IKM"),
            Kotak::Perkembangan => ("tabel anggaran per tahun", "Anggaran per tahun"),
        }
    }
}

/// The box a heading row (two cells or more, no amount) among the first ten of two cells or more names, and the heading that says so: the unsur
/// or the NRR, IKM; a target, Indikator; a year column beside an anggaran, the budget by year;
/// an anggaran, Anggaran.
pub fn kotak_judul(rows: &[Baris]) -> Option<(Kotak, String)> {
    let judul = |b: &&Baris| b.terisi() >= 2 && tanpa_angka(b);
    rows.iter()
        .filter(|b| b.terisi() >= 2)
        .take(10)
        .filter(judul)
        .find_map(|b| {
            let cari = |f: &dyn Fn(&str) -> bool| b.sel.iter().map(|c| tepi(c)).find(|c| f(c));
            let anggaran = |c: &str| peran_judul_anggaran(c) == KolomAnggaran::Anggaran;
            if let Some(c) =
                cari(&|c| awali(c, "unsur") || awali(c, "responden") || memuat(c, "nrr"))
            {
                Some((Kotak::Ikm, c.to_string()))
            } else if let Some(c) = cari(&|c| {
                matches!(
                    peran_judul(c),
                    Kolom::Target | Kolom::TargetTahun(_) | Kolom::TargetTw(_)
                )
            }) {
                Some((Kotak::Indikator, c.to_string()))
            } else if let Some(c) =
                cari(&|c| awali(c, "tahun")).filter(|_| cari(&anggaran).is_some())
            {
                Some((Kotak::Perkembangan, c.to_string()))
            } else {
                cari(&anggaran).map(|c| (Kotak::Anggaran, c.to_string()))
            }
        })
}

/// A note when the headings name another box than `kotak` (only those `lain` allows): the
/// heading, what table it is and where it belongs.
pub fn salah_kotak(rows: &[Baris], kotak: Kotak, lain: &[Kotak]) -> Option<Pesan> {
    let (k, judul) = kotak_judul(rows).filter(|(k, _)| *k != kotak && lain.contains(k))?;
    let (tabel, nama) = k.nama();
    Some(Pesan::info(
        0,
        "",
        "",
        format!("Kolom \"{judul}\" adalah judul {tabel}: bila memang itu, tempel di kotak {nama}."),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::teks::tabel::pisah_tabel;

    #[test]
    fn each_tables_headings_name_its_box() {
        for (teks, kotak) in [
            ("No\tUnsur\tNilai rata-rata unsur\tIKM", Some(Kotak::Ikm)),
            ("Responden\tU1\tU2\tU3", Some(Kotak::Ikm)),
            ("No\tIndikator\tTarget\tRealisasi", Some(Kotak::Indikator)),
            // an LKjIP's table of kinerja and keuangan is the indicator box's first
            (
                "Sasaran\tTarget\tRealisasi\tAnggaran\tRealisasi Anggaran",
                Some(Kotak::Indikator),
            ),
            (
                "TAHUN ANGGARAN\tANGGARAN (MURNI)\tPERKEMBANGAN ANGGARAN",
                Some(Kotak::Perkembangan),
            ),
            ("Kode\tUraian\tAnggaran\tRealisasi", Some(Kotak::Anggaran)),
            ("Uraian\tJumlah\tKeterangan", None),
            // a row of data is no heading
            ("Anggaran\t1.000\nRealisasi\t900", None),
        ] {
            let (_, rows) = pisah_tabel(teks);
            assert_eq!(kotak_judul(&rows).map(|k| k.0), kotak, "{teks}");
        }
        let (_, rows) = pisah_tabel("No\tUnsur\tNRR\n1\tPersyaratan\t3");
        let p = salah_kotak(&rows, Kotak::Anggaran, &[Kotak::Ikm]).map(|p| p.pesan);
        assert_eq!(
            p.as_deref(),
            Some("Kolom \"Unsur\" adalah judul tabel IKM: bila memang itu, tempel di kotak IKM.")
        );
        assert!(salah_kotak(&rows, Kotak::Ikm, &[Kotak::Ikm]).is_none());
        assert!(salah_kotak(&rows, Kotak::Anggaran, &[Kotak::Indikator]).is_none());
    }
}
