//! Computing again after the values of one row changed (a key in a target, a row editor's
//! Simpan, read alone by `baca::ulang`): that row's capaian, its parent's, its sasaran's and
//! the instansi's, into the results computed before. Everything else is as it was. At 2.000
//! rows computing every capaian and sasaran again was a sixth of a row edit's work before its
//! paint. Anything the shortcut cannot vouch for is computed whole ([`hitung_kinerja`]).

use crate::core::kebijakan::Kebijakan;
use crate::core::kinerja::capaian::Capaian;
use crate::core::kinerja::indikator::TabelIndikator;
use crate::core::kinerja::sasaran::{
    capaian_baris, capaian_induk, capaian_instansi, capaian_sasaran, hitung_kinerja, HasilKinerja,
};

/// The results of `t` under `k`, where `lama` are the results under the same `k` of a table
/// that differs from `t` only in the values of indikator `i` (not in its name, sasaran or
/// parent, nor in any other row), and whether they changed.
pub fn hitung_ulang(
    lama: HasilKinerja,
    t: &TabelIndikator,
    k: &Kebijakan,
    i: usize,
) -> (HasilKinerja, bool) {
    match induk(&lama, t, i) {
        Some(induk) => ulang(lama, t, k, i, induk),
        None => {
            let baru = hitung_kinerja(t, k);
            let berubah = baru != lama;
            (baru, berubah)
        }
    }
}

/// Row `i`'s parent with its sub-items, if it has one; `None` when the shortcut does not hold:
/// the row is no indikator of the results, it has sub-items, or its parent is nested in
/// another or has a sub-item with sub-items of its own (the whole computation takes parents
/// in table order, and a nested parent's capaian is then not its own mean).
fn induk(lama: &HasilKinerja, t: &TabelIndikator, i: usize) -> Option<Option<(usize, Vec<usize>)>> {
    let n = t.indikator.len();
    if i >= n || lama.capaian.len() != n || lama.triwulan.len() != n {
        return None;
    }
    let mut anak = t.anak_semua();
    let p = t.indikator[i].induk.filter(|p| *p < n);
    let bersarang =
        |p: usize| t.indikator[p].induk.is_some() || anak[p].iter().any(|c| !anak[*c].is_empty());
    if !anak[i].is_empty() || p.is_some_and(bersarang) {
        return None;
    }
    Some(p.map(|p| (p, std::mem::take(&mut anak[p]))))
}

/// Row `i` computed again, then its parent (`induk`, with its sub-items), its sasaran and the
/// instansi.
fn ulang(
    mut lama: HasilKinerja,
    t: &TabelIndikator,
    k: &Kebijakan,
    i: usize,
    induk: Option<(usize, Vec<usize>)>,
) -> (HasilKinerja, bool) {
    let (tw, c) = capaian_baris(&t.indikator[i], k);
    let mut berubah = ganti(&mut lama.capaian[i], c);
    berubah |= lama.triwulan[i] != tw;
    lama.triwulan[i] = tw;
    if let Some((p, anak)) = &induk {
        let c = capaian_induk(t, &lama.capaian, anak, k);
        berubah |= ganti(&mut lama.capaian[*p], c);
    }
    // the sasaran whose top-level indikator hold this row (its lists are in table order)
    let atas = induk.map_or(i, |(p, _)| p);
    let s = lama
        .sasaran
        .iter()
        .position(|s| s.indikator.binary_search(&atas).is_ok());
    if let Some(s) = s {
        let r = capaian_sasaran(t, &lama.capaian, &lama.sasaran[s].indikator, k);
        if lama.sasaran[s].capaian != r {
            lama.sasaran[s].capaian = r;
            lama.instansi = capaian_instansi(&lama.sasaran, k);
            berubah = true;
        }
    }
    (lama, berubah)
}

/// `lama` set to `baru`; whether it differed.
fn ganti(lama: &mut Capaian, baru: Capaian) -> bool {
    let beda = *lama != baru;
    *lama = baru;
    beda
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::kebijakan::predikat::SkalaPredikat;
    use crate::core::kebijakan::{Agregasi, Pembulatan, RumusNegatif};
    use crate::core::kinerja::baca::baca_tabel_indikator;
    use crate::core::kinerja::polaritas::Polaritas;
    use crate::core::teks::nilai::Nilai;
    use crate::core::teks::sebaris::uji;
    use rust_decimal::Decimal;

    /// Sub-items with and without values, a weight column, a negative row, values a mean
    /// leaves out, and a row with no sasaran of its own before the first.
    const SINTETIS: &str = "No\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tBobot
Sasaran 1. Meningkatnya pelayanan publik
1\tIndeks Kepuasan Masyarakat\tIndeks\t80,25\t81,14\t2
2\tJumlah pengadaan sarana\t\t\t\t1
\t✚ Pengadaan meja\tBuah\t105\t105\t
\t✚ Pengadaan kursi\tBuah\t20\t15\t
3\tPersentase aduan selesai\t%\t100\t-\t1
Sasaran 2. Menurunnya angka kemiskinan
4\tAngka kemiskinan (turun)\t%\t10\t12\t3
5\tJumlah dokumen\tDokumen\t0\t2\t
6\tJumlah kegiatan\tKegiatan\t40\t10 - 12\t1";

    /// A quarterly table (its rows' capaian come from their quarters).
    const TRIWULAN: &str = "No\tIndikator\tSatuan\tTarget\tTarget TW I\tTarget TW II\tTarget TW III\tTarget TW IV\tRealisasi TW I\tRealisasi TW II\tRealisasi TW III\tRealisasi TW IV
1\tJumlah dokumen perencanaan\tDokumen\t12\t3\t3\t3\t3\t3\t2\t4\t3
2\tPersentase pelayanan tepat waktu\t%\t90\t90\t90\t90\t90\t85\t88,5\t\t
3\tIndeks kepuasan\tIndeks\t80\t\t\t\t\t\t\t\t";

    fn kebijakan() -> Vec<Kebijakan> {
        let d = Kebijakan::default;
        vec![
            d(),
            Kebijakan {
                agregasi: Agregasi::Tertimbang,
                ..d()
            },
            Kebijakan {
                agregasi: Agregasi::DataKelompok,
                skala: SkalaPredikat::lan(),
                ..d()
            },
            Kebijakan {
                rumus_negatif: RumusNegatif::TBagiR,
                batas_atas: Some(Decimal::from(120)),
                pembulatan: Pembulatan::Potong,
                desimal: 1,
                ..d()
            },
        ]
    }

    /// Values put in a row: numbers around its target, zero, a range, a rank, nothing.
    fn nilai() -> Vec<Nilai> {
        let d = |v: i64, s: u32| Nilai::Angka(Decimal::new(v, s));
        vec![
            d(0, 0),
            d(5, 0),
            d(8025, 2),
            d(105, 0),
            d(1_000_000, 0),
            Nilai::Rentang(Decimal::from(10), Decimal::from(12)),
            Nilai::Kosong("-".into()),
            Nilai::Galat("abc".into()),
        ]
    }

    /// Every row of the examples and the tables above gets each value as its realisasi, its
    /// target, both, and each polarity and weight, under each policy: computed again from the
    /// results before, the results equal those computed whole, and "changed" says whether
    /// they differ.
    #[test]
    fn one_row_computed_again_gives_the_results_computed_whole() {
        let mut contoh = uji::contoh(SINTETIS, |p| {
            !["anggaran", "ikm", "perkembangan"]
                .iter()
                .any(|x| p.contains(x))
        });
        contoh.push(("triwulan".into(), TRIWULAN.into()));
        let (mut cepat, mut total) = (0, 0);
        for (nama, teks) in &contoh {
            let t = baca_tabel_indikator(teks, None);
            for k in kebijakan() {
                let awal = hitung_kinerja(&t, &k);
                for i in 0..t.indikator.len() {
                    for v in nilai() {
                        for (ubah, apa) in [(0, "realisasi"), (1, "target"), (2, "keduanya")] {
                            let mut b = t.clone();
                            let x = &mut b.indikator[i];
                            if ubah != 1 {
                                x.realisasi = v.clone();
                            }
                            if ubah != 0 {
                                x.target = v.clone();
                            }
                            x.polaritas = if total % 3 == 0 {
                                Polaritas::Negatif
                            } else {
                                x.polaritas
                            };
                            x.bobot = (total % 4 == 0).then(|| Decimal::from(total % 5));
                            let utuh = hitung_kinerja(&b, &k);
                            let berubah = utuh != awal;
                            let (baru, b2) = hitung_ulang(awal.clone(), &b, &k, i);
                            assert_eq!(baru, utuh, "{nama}: row {i}, {apa} {v:?}, {k:?}");
                            assert_eq!(b2, berubah, "{nama}: row {i}, {apa} {v:?}: changed");
                            cepat += induk(&awal, &b, i).is_some() as usize;
                            total += 1;
                        }
                    }
                }
            }
        }
        // every row but a parent's is computed again alone
        assert!(cepat * 10 > total * 9, "{cepat} of {total} computed alone");
    }

    /// A parent's row, a nested parent's sub-item, a row past the end and results of another
    /// table are computed whole.
    #[test]
    fn what_the_shortcut_cannot_vouch_for_is_computed_whole() {
        let t = baca_tabel_indikator(SINTETIS, None);
        let k = Kebijakan::default();
        let h = hitung_kinerja(&t, &k);
        let p = t
            .indikator
            .iter()
            .position(|x| x.nama.contains("pengadaan sarana"));
        assert!(p.is_some_and(|p| induk(&h, &t, p).is_none()));
        assert!(induk(&h, &t, t.indikator.len()).is_none());
        let mut lebih = t.clone();
        lebih.indikator.push(t.indikator[0].clone());
        assert!(induk(&h, &lebih, 0).is_none());
        assert_eq!(
            hitung_ulang(h.clone(), &lebih, &k, 0).0,
            hitung_kinerja(&lebih, &k)
        );
        // a sub-item under a sub-item
        let mut sarang = t.clone();
        let anak = (0..t.indikator.len()).filter(|j| t.indikator[*j].induk.is_some());
        let anak: Vec<_> = anak.collect();
        sarang.indikator[anak[1]].induk = Some(anak[0]);
        let h = hitung_kinerja(&sarang, &k);
        assert!(induk(&h, &sarang, anak[1]).is_none());
        assert!(induk(&h, &sarang, anak[0]).is_none());
        // a sibling with a sub-item of its own: the parent took that sibling's own capaian
        let mut saudara = t.clone();
        let lain = anak[1] + 1;
        saudara.indikator[lain].induk = Some(anak[1]);
        let h = hitung_kinerja(&saudara, &k);
        let mut b = saudara.clone();
        b.indikator[anak[0]].realisasi = Nilai::Angka(Decimal::from(50));
        assert!(induk(&h, &b, anak[0]).is_none());
        assert_eq!(hitung_ulang(h, &b, &k, anak[0]).0, hitung_kinerja(&b, &k));
    }
}
