//! The indicator table as read: [`Indikator`] rows with their sasaran, sub-items (seed 002) and
//! the table's own totals, which are kept for the audit and never computed with. The reader
//! is [`crate::core::kinerja::baca`].

use crate::core::kinerja::polaritas::Polaritas;
use crate::core::kinerja::triwulan::Triwulan;
use crate::core::teks::angka::Konvensi;
use crate::core::teks::kolom::Kolom;
use crate::core::teks::nilai::{Batas, Nilai};
use crate::core::teks::pesan::Pesan;
use crate::core::teks::tabel::Pemisah;
use rust_decimal::Decimal;

/// One indikator as pasted (and as edited).
#[derive(Clone, Debug, PartialEq)]
pub struct Indikator {
    /// Line of the paste it came from, for messages and edits.
    pub nomor_baris: usize,
    /// Index into [`TabelIndikator::sasaran`].
    pub sasaran: usize,
    pub nama: String,
    pub satuan: String,
    pub target: Nilai,
    /// The target was written as a bound (`≥ 80`, `maks 3`); `target` is its number.
    pub batas: Option<Batas>,
    pub realisasi: Nilai,
    pub polaritas: Polaritas,
    pub bobot: Option<Decimal>,
    pub capaian_laporan: Option<Decimal>,
    pub target_akhir: Option<Decimal>,
    pub realisasi_lalu: Option<Nilai>,
    /// Yearly Renstra targets, by year.
    pub target_tahunan: Vec<(u16, Decimal)>,
    /// Index of the indikator this is a sub-item of (seed 002 "✚" rows).
    pub induk: Option<usize>,
    /// Targets and realisasi per quarter, when the table has quarterly columns. Boxed: in place
    /// its eight cells made every indikator 728 bytes instead of 344, quarterly or not.
    pub triwulan: Option<Box<Triwulan>>,
}

/// A figure the table states about a group (a "Total capaian" or "Capaian sasaran" row).
#[derive(Clone, Debug, PartialEq)]
pub struct AngkaLaporan {
    pub nomor_baris: usize,
    pub teks: String,
    /// Index of the indikator (for a sub-item total) or sasaran it speaks of.
    pub milik: usize,
    pub nilai: Decimal,
}

/// The parsed table.
#[derive(Clone, Debug, PartialEq)]
pub struct TabelIndikator {
    pub pemisah: Pemisah,
    /// Header text per column (empty when there was no header).
    pub judul: Vec<String>,
    /// Role per column, detected or chosen.
    pub kolom: Vec<Kolom>,
    /// True when the roles came from recognised header words.
    pub judul_dikenali: bool,
    /// Number convention per numeric column.
    pub konvensi: Vec<(usize, Konvensi)>,
    pub tahun: Option<u16>,
    pub sasaran: Vec<String>,
    pub indikator: Vec<Indikator>,
    pub total_sub: Vec<AngkaLaporan>,
    pub capaian_sasaran_laporan: Vec<AngkaLaporan>,
    pub pesan: Vec<Pesan>,
    /// First line of data (after the header), for edits.
    pub baris_judul: Vec<usize>,
}

impl TabelIndikator {
    /// The sub-items of every indikator, by parent index, in one pass.
    pub fn anak_semua(&self) -> Vec<Vec<usize>> {
        let mut anak = vec![Vec::new(); self.indikator.len()];
        for (j, x) in self.indikator.iter().enumerate() {
            if let Some(p) = x.induk.filter(|p| *p < anak.len()) {
                anak[p].push(j);
            }
        }
        anak
    }

    /// The top-level indikator (not sub-items) of every sasaran, by sasaran index, in one pass.
    pub fn per_sasaran(&self) -> Vec<Vec<usize>> {
        let mut out = vec![Vec::new(); self.sasaran.len()];
        for (j, x) in self.indikator.iter().enumerate() {
            if let Some(v) = out.get_mut(x.sasaran).filter(|_| x.induk.is_none()) {
                v.push(j);
            }
        }
        out
    }
}
