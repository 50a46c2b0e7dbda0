//! Indonesian sentences for the report, the way the seeds write them: "Capaian kinerja
//! indikator ... sebesar 101,11% atau melebihi target ...", with the right wording for above,
//! at and below target, for ranges and for negative polarity.

use crate::core::kebijakan::{Agregasi, Kebijakan, Pilihan};
use crate::core::kinerja::capaian::Capaian;
use crate::core::kinerja::indikator::Indikator;
use crate::core::kinerja::polaritas::Polaritas;
use crate::core::kinerja::sasaran::{HasilSasaran, Rerata};
use crate::core::kinerja::triwulan::CapaianTriwulan;
use crate::core::teks::nilai::Nilai;
use rust_decimal::Decimal;
use std::cmp::Ordering;

fn dengan_satuan(v: &Nilai, satuan: &str) -> String {
    let s = satuan.trim();
    match s {
        "" | "Nilai" | "nilai" | "Indeks" | "indeks" => v.tampil(),
        "%" => format!("{}%", v.tampil()),
        _ => format!("{} {s}", v.tampil()),
    }
}

/// Where a capaian stands against 100% after the policy's rounding.
fn posisi(c: Decimal, k: &Kebijakan) -> Ordering {
    k.bulatkan(c).cmp(&Decimal::ONE_HUNDRED)
}

/// The sentence of a quarterly indikator: "Sampai dengan triwulan II, realisasi ... sebesar 45%
/// dari target 50% (capaian 90,00%, Tinggi); sifat nilai akhir."
pub fn kalimat_triwulan(i: &Indikator, c: &CapaianTriwulan, k: &Kebijakan) -> Option<String> {
    let tw = i.triwulan.as_ref()?;
    let q = c.terakhir?;
    let (t, r) = c.sd_nilai[q].clone()?;
    let cap = c.sd_tw[q].as_ref()?;
    let nilai = match cap.dibatasi(k) {
        Some(_) => format!("capaian {}%, {}", cap.tampil(k), cap.predikat(k)),
        None => format!(
            "capaian tidak dapat dihitung: {}",
            cap.alasan.clone().unwrap_or_default()
        ),
    };
    Some(format!(
        "Sampai dengan triwulan {}, realisasi indikator {} sebesar {} dari target {} ({nilai}); dihitung sebagai {} dengan {}.",
        ["I", "II", "III", "IV"][q],
        i.nama,
        dengan_satuan(&r, &i.satuan),
        dengan_satuan(&t, &i.satuan),
        tw.sifat.label(),
        c.bacaan_target.uraian()
    ))
}

/// The sentence for one indikator.
pub fn kalimat_indikator(i: &Indikator, c: &Capaian, k: &Kebijakan) -> String {
    let t = dengan_satuan(&i.target, &i.satuan);
    let r = dengan_satuan(&i.realisasi, &i.satuan);
    let Some(v) = c.dibatasi(k) else {
        return format!(
            "Capaian kinerja indikator {} tidak dapat dihitung: {}.",
            i.nama,
            c.alasan
                .clone()
                .unwrap_or_else(|| "data tidak lengkap".into())
        );
    };
    let persen = c.tampil(k);
    let capai = match posisi(v, k) {
        Ordering::Greater => "melebihi target yang diperjanjikan",
        Ordering::Equal => "sesuai dengan target yang diperjanjikan",
        Ordering::Less => "belum mencapai target yang diperjanjikan",
    };
    if let (Nilai::Rentang(..), Some(rv)) = (&i.target, i.realisasi.angka()) {
        if let Nilai::Rentang(lo, hi) = i.target {
            if rv >= lo && rv <= hi {
                return format!("Realisasi indikator {} sebesar {r} berada dalam rentang target {t}, sehingga capaian kinerjanya {persen}% atau sesuai target.", i.nama);
            }
        }
    }
    match i.polaritas {
        Polaritas::Positif => format!(
            "Capaian kinerja indikator {} adalah sebesar {r} dari target sebesar {t}, sehingga persentase capaian kinerjanya adalah {persen}% atau {capai}.",
            i.nama
        ),
        Polaritas::Negatif => {
            let arah = match (i.realisasi.angka(), i.target.angka()) {
                (Some(rv), Some(tv)) if rv < tv => "lebih rendah dari",
                (Some(rv), Some(tv)) if rv > tv => "lebih tinggi dari",
                _ => "sama dengan",
            };
            format!(
                "Indikator {} bersifat negatif (semakin rendah semakin baik). Realisasi sebesar {r} {arah} target sebesar {t}, sehingga persentase capaian kinerjanya adalah {persen}% atau {capai}.",
                i.nama
            )
        }
    }
}

fn metode(k: &Kebijakan) -> &'static str {
    match k.agregasi {
        Agregasi::RataRata => "rata-rata capaian",
        Agregasi::Tertimbang => "rata-rata tertimbang capaian",
        Agregasi::DataKelompok => "rata-rata tertimbang data kelompok",
    }
}

/// The sentence for one sasaran.
pub fn kalimat_sasaran(s: &HasilSasaran, k: &Kebijakan) -> String {
    let mut out = match s.capaian.nilai {
        Some(v) => {
            let capai = match posisi(k.terapkan_batas(v), k) {
                Ordering::Greater => "melebihi target",
                Ordering::Equal => "sesuai target",
                Ordering::Less => "belum mencapai target",
            };
            format!(
                "Capaian sasaran \"{}\" sebesar {}% dengan predikat {}, diperoleh dari {} {} indikator, atau {capai}.",
                s.nama,
                s.capaian.tampil(k),
                s.capaian.predikat(k),
                metode(k),
                // the indikator averaged: those left out are named after the sentence
                s.indikator.len().saturating_sub(s.capaian.dikecualikan.len())
            )
        }
        None => format!("Capaian sasaran \"{}\" tidak dapat dihitung karena tidak ada indikator yang memiliki capaian.", s.nama),
    };
    if !s.capaian.dikecualikan.is_empty() {
        out.push_str(&format!(
            " Tidak ikut dihitung: {}.",
            s.capaian.dikecualikan.join("; ")
        ));
    }
    out
}

/// The closing sentence for the instansi.
pub fn kalimat_instansi(instansi: &str, r: &Rerata, k: &Kebijakan) -> String {
    let nama = if instansi.trim().is_empty() {
        "instansi"
    } else {
        instansi.trim()
    };
    match r.nilai {
        Some(_) => format!(
            "Secara keseluruhan, capaian kinerja {nama} adalah sebesar {}% dengan predikat {}.",
            r.tampil(k),
            r.predikat(k)
        ),
        None => format!("Capaian kinerja {nama} secara keseluruhan belum dapat dihitung."),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::kinerja::baca::baca_tabel_indikator;
    use crate::core::kinerja::sasaran::hitung_kinerja;

    fn kal(teks: &str, flip: bool) -> Vec<String> {
        let mut t = baca_tabel_indikator(teks, None);
        if flip {
            t.indikator[0].polaritas = Polaritas::Negatif;
        }
        let k = Kebijakan::default();
        let h = hitung_kinerja(&t, &k);
        t.indikator
            .iter()
            .zip(&h.capaian)
            .map(|(i, c)| kalimat_indikator(i, c, &k))
            .collect()
    }

    #[test]
    fn above_at_below_range_negative_and_not_computable() {
        let s = kal("Indikator\tSatuan\tTarget\tRealisasi\nIndeks Kepuasan Masyarakat (IKM)\t%\t80,25\t81,14\nDokumen\tDokumen\t8\t8\nTindak lanjut\t%\t100\t47,51\nNilai SAKIP\tNilai\t60 - 70\t65\nBaru\t%\t0\t5", false);
        assert_eq!(s[0], "Capaian kinerja indikator Indeks Kepuasan Masyarakat (IKM) adalah sebesar 81,14% dari target sebesar 80,25%, sehingga persentase capaian kinerjanya adalah 101,11% atau melebihi target yang diperjanjikan.");
        assert!(
            s[1].contains("8 Dokumen")
                && s[1].ends_with("100,00% atau sesuai dengan target yang diperjanjikan."),
            "{}",
            s[1]
        );
        assert!(
            s[2].ends_with("47,51% atau belum mencapai target yang diperjanjikan."),
            "{}",
            s[2]
        );
        assert!(
            s[3].contains("berada dalam rentang target 60 - 70"),
            "{}",
            s[3]
        );
        assert!(s[4].contains("tidak dapat dihitung: target 0"), "{}", s[4]);
        let n = kal("Indikator\tSatuan\tTarget\tRealisasi\nPersentase penurunan gangguan KAMTIBMAS\t%\t13\t9", true);
        assert_eq!(n[0], "Indikator Persentase penurunan gangguan KAMTIBMAS bersifat negatif (semakin rendah semakin baik). Realisasi sebesar 9% lebih rendah dari target sebesar 13%, sehingga persentase capaian kinerjanya adalah 130,77% atau melebihi target yang diperjanjikan.");
    }

    #[test]
    fn sasaran_and_instansi() {
        let t = baca_tabel_indikator(
            "Sasaran\tIndikator\tTarget\tRealisasi\nS1\tA\t88\t88\nS1\tB\t88\t87\nS1\tC\t80\t-",
            None,
        );
        let k = Kebijakan::default();
        let h = hitung_kinerja(&t, &k);
        let s = kalimat_sasaran(&h.sasaran[0], &k);
        assert!(s.starts_with("Capaian sasaran \"S1\" sebesar 99,43% dengan predikat Sangat Tinggi, diperoleh dari rata-rata capaian 2 indikator, atau belum mencapai target."), "{s}");
        assert!(
            s.contains("Tidak ikut dihitung: C (realisasi belum ada"),
            "{s}"
        );
        assert_eq!(kalimat_instansi("Kecamatan Rupat", &h.instansi, &k), "Secara keseluruhan, capaian kinerja Kecamatan Rupat adalah sebesar 99,43% dengan predikat Sangat Tinggi.");
    }
}
