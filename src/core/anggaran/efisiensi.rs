//! Performance beside budget, per sasaran (DOMAIN.md section 5): capaian kinerja next to
//! serapan anggaran of the budget rows linked to that sasaran ([`crate::core::anggaran::tautan`]), and
//! `efisiensi = capaian kinerja / serapan` (above 1: more result per rupiah spent).

use crate::core::anggaran::pohon::{PohonAnggaran, Ringkasan};
use crate::core::aritmetika::{self, tambah_batas};
use crate::core::kinerja::sasaran::HasilKinerja;
use crate::core::teks::tampil::{id_desimal, rupiah};
use rust_decimal::Decimal;

/// One sasaran with its linked budget.
#[derive(Clone, Debug, PartialEq)]
pub struct EfisiensiSasaran {
    pub sasaran: String,
    pub capaian: Option<Decimal>,
    pub anggaran: Ringkasan,
    /// `capaian / serapan` with its formula, or why it cannot be computed.
    pub efisiensi: Result<(Decimal, String), &'static str>,
}

/// `tautan` holds (tree node, sasaran index) pairs: the rows whose totals are the sasaran's.
pub fn efisiensi(
    pohon: &PohonAnggaran,
    kinerja: &HasilKinerja,
    tautan: &[(usize, usize)],
) -> Vec<EfisiensiSasaran> {
    // the programs of each sasaran, in one pass over the links (not one per sasaran)
    let mut per_sasaran: Vec<Vec<usize>> = vec![Vec::new(); kinerja.sasaran.len()];
    for (n, s) in tautan {
        if let Some(v) = per_sasaran.get_mut(*s).filter(|_| *n < pohon.simpul.len()) {
            v.push(*n);
        }
    }
    kinerja
        .sasaran
        .iter()
        .zip(per_sasaran)
        .filter_map(|(hs, nodes)| {
            if nodes.is_empty() {
                return None;
            }
            let mut r = Ringkasan::default();
            for n in &nodes {
                let t = pohon.simpul[*n].total;
                r.anggaran = tambah_batas(r.anggaran, t.anggaran);
                r.realisasi = tambah_batas(r.realisasi, t.realisasi);
            }
            let capaian = hs.capaian.nilai;
            let efisiensi = match (capaian, r.serapan()) {
                (None, _) => Err("capaian sasaran tidak dapat dihitung"),
                (_, None) => Err("anggaran 0: serapan tidak dapat dihitung"),
                // below 0,005 the serapan shows as 0,00, and a quotient by it (88,89 / 0,00 =
                // 11.111.111,11) would be a made-up number
                (_, Some(sp)) if sp < Decimal::new(5, 3) => {
                    Err("serapan 0,00: tidak ada realisasi untuk dibandingkan")
                }
                (Some(c), Some(sp)) => aritmetika::bagi(c, sp)
                    .ok_or("hasil bagi di luar batas angka")
                    .map(|e| {
                        (
                            e,
                            format!(
                                "{} / {} = {} (serapan = {} / {} x 100%)",
                                id_desimal(c, 2),
                                id_desimal(sp, 2),
                                id_desimal(e, 2),
                                rupiah(r.realisasi),
                                rupiah(r.anggaran)
                            ),
                        )
                    }),
            };
            Some(EfisiensiSasaran {
                sasaran: hs.nama.clone(),
                capaian,
                anggaran: r,
                efisiensi,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::anggaran::baca::baca_tabel_anggaran;
    use crate::core::anggaran::pohon::bangun_pohon;
    use crate::core::kebijakan::Kebijakan;
    use crate::core::kinerja::baca::baca_tabel_indikator;
    use crate::core::kinerja::sasaran::hitung_kinerja;

    #[test]
    fn capaian_over_serapan() {
        let kin = hitung_kinerja(
            &baca_tabel_indikator(
                "Sasaran\tIndikator\tTarget\tRealisasi\nS1\tA\t100\t99\nS2\tB\t10\t5",
                None,
            ),
            &Kebijakan::default(),
        );
        let t = baca_tabel_anggaran(
            "Uraian\tAnggaran\tRealisasi\nProgram A\t100\t90\nProgram B\t50\t50",
        );
        let p = bangun_pohon(&t);
        let e = efisiensi(&p, &kin, &[(0, 0)]);
        assert_eq!(e.len(), 1);
        let (v, rumus) = e[0].efisiensi.clone().unwrap();
        // a serapan shown as 0,00 (8 of 100.000.100), no anggaran: each says why, not a
        // made-up number (88,89 / 0,00 = 11.111.111,11)
        let t = baca_tabel_anggaran(
            "Uraian\tAnggaran\tRealisasi\nProgram A\t100\t0\nProgram B\t0\t0\nProgram C\t100.000.000\t8",
        );
        let p = bangun_pohon(&t);
        let e = efisiensi(&p, &kin, &[(0, 0), (1, 1), (2, 0)]);
        let alasan: Vec<_> = e.iter().map(|x| x.efisiensi.clone().map(|_| ())).collect();
        assert_eq!(
            alasan,
            [
                Err("serapan 0,00: tidak ada realisasi untuk dibandingkan"),
                Err("anggaran 0: serapan tidak dapat dihitung")
            ]
        );
        assert_eq!(id_desimal(v, 2), "1,10", "99 / 90");
        assert!(rumus.contains("99,00 / 90,00"), "{rumus}");
    }
}
