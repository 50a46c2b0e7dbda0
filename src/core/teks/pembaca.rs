//! What every table reader shares: dropping rule lines, naming a column in a message,
//! deciding each numeric column's convention, and reading a cell with a message for what
//! cannot be read. The indicator and budget readers are pipelines of their own stages over
//! these.

use crate::core::teks::angka::{
    baca_angka, konvensi_kolom, BuktiKonvensi, Catatan, IsiAngka, Konvensi,
};
use crate::core::teks::kolom::tahun_dalam;
use crate::core::teks::nilai::{baca_nilai, baca_target, pisah_batas, Batas, Nilai};
use crate::core::teks::pesan::Pesan;
use crate::core::teks::tabel::{tepi, Baris};
use rust_decimal::Decimal;

/// A markdown rule or a line of dashes left over from a PDF copy.
pub fn baris_garis(b: &Baris) -> bool {
    b.sel
        .iter()
        .all(|c| c.chars().all(|ch| ch == '-' || ch == ':' || ch == ' '))
        && b.sel.iter().any(|c| c.trim().len() >= 2)
}

/// A row with no number in it but a year (header-like): a header repeated in the data has
/// words, a data row has amounts.
pub fn tanpa_angka(b: &Baris) -> bool {
    b.sel.iter().all(|c| {
        let c = tepi(c);
        c.is_empty()
            || tahun_dalam(c).is_some()
            || !matches!(baca_angka(c, Konvensi::IdId), IsiAngka::Angka(_))
    })
}

/// A column as a message names it: its header, else the name of its role.
pub fn nama_kolom(judul: &[String], peran: impl FnOnce() -> String, j: usize) -> String {
    match judul.get(j).filter(|h| !h.is_empty()) {
        Some(h) => h.clone(),
        None => peran(),
    }
}

/// The number convention of each column in `kolom`, from all its cells. With `rentang`, the
/// two ends of a range (`60 - 70`) count as cells of their own.
pub fn konvensi_kolom_data(
    data: &[&Baris],
    kolom: impl Iterator<Item = usize>,
    rentang: bool,
) -> Vec<(usize, Konvensi)> {
    let mut bukti: Vec<(usize, BuktiKonvensi)> =
        kolom.map(|j| (j, BuktiKonvensi::default())).collect();
    // one pass over the rows, every column of a row at once: a row's cells are together in
    // memory, a column's are not
    for b in data {
        for (j, bk) in &mut bukti {
            bukti_sel(bk, b.sel(*j), rentang);
        }
    }
    bukti.into_iter().map(|(j, bk)| (j, bk.putusan())).collect()
}

/// Counts what one cell shows of its column's convention, as [`konvensi_kolom_data`] counts
/// it: a column's convention is decided by these counts alone.
pub fn bukti_sel(bk: &mut BuktiKonvensi, sel: &str, rentang: bool) {
    // a target's bound (`min. 80`) says nothing of the convention; its number does
    let sel = pisah_batas(sel).map_or(sel, |(_, angka)| angka);
    // a dash can only be in a cell that has a '-' byte or the lead byte of '–'
    if rentang && sel.bytes().any(|x| x == b'-' || x == 0xE2) {
        sel.split(['-', '–']).for_each(|s| bk.tambah(s));
    } else {
        bk.tambah(sel);
    }
}

/// A cell that holds text but no readable amount (its message is already written).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TakTerbaca;

/// Reads the cells of one table, collecting a message for each that cannot be read (or was
/// read despite a typo), named by row, column and text.
pub struct PembacaSel<'a> {
    pub judul: &'a [String],
    pub konvensi: &'a [(usize, Konvensi)],
    pub pesan: &'a mut Vec<Pesan>,
    /// The row's satuan (empty when the table has none): unit words after a number that only
    /// repeat it (`12 Kali` under `Kali`) are left out without a note.
    pub satuan: &'a str,
}

impl PembacaSel<'_> {
    fn konv(&self, j: usize) -> Konvensi {
        konvensi_kolom(self.konvensi, j)
    }

    /// Cell `j` of `b` as an amount: `Ok(None)` for no value, `Err` for an unreadable cell
    /// (with a message that adds `harapan`, what the column expects), so that a total can say
    /// it lacks the cell instead of counting it as 0.
    pub fn angka(
        &mut self,
        b: &Baris,
        j: usize,
        peran: impl Fn() -> String,
        harapan: &str,
    ) -> Result<Option<Decimal>, TakTerbaca> {
        match baca_angka(b.sel(j), self.konv(j)) {
            IsiAngka::Angka(a) => {
                if let Some(w) = a.peringatan {
                    self.catatan(b, j, &peran, w);
                }
                Ok(Some(a.nilai))
            }
            IsiAngka::Kosong => Ok(None),
            IsiAngka::Galat(m) => {
                self.galat(b, j, &peran, format!("{m}{harapan}"));
                Err(TakTerbaca)
            }
        }
    }

    /// Cell `j` of `b` as a target/realisasi value (number, range, grade, nothing). An
    /// unreadable cell gets a message when `wajib`.
    pub fn nilai(&mut self, b: &Baris, j: usize, peran: impl Fn() -> String, wajib: bool) -> Nilai {
        let mut warn = None;
        let v = baca_nilai(b.sel(j), self.konv(j), &mut warn);
        self.catat(b, j, peran, wajib, &v, warn);
        v
    }

    /// Cell `j` of `b` as a target, which may be a bound (`≥ 80`); messages as [`Self::nilai`].
    pub fn target(
        &mut self,
        b: &Baris,
        j: usize,
        peran: impl Fn() -> String,
    ) -> (Nilai, Option<Batas>) {
        let mut warn = None;
        let (v, batas) = baca_target(b.sel(j), self.konv(j), &mut warn);
        self.catat(b, j, peran, true, &v, warn);
        (v, batas)
    }

    /// The messages for a value read from cell `j`: what could not be read, and the typo note.
    fn catat(
        &mut self,
        b: &Baris,
        j: usize,
        peran: impl Fn() -> String,
        wajib: bool,
        v: &Nilai,
        warn: Option<Catatan>,
    ) {
        if let (Nilai::Galat(m), true) = (v, wajib) {
            self.galat(b, j, &peran, m.clone());
        }
        if let Some(w) = warn {
            self.catatan(b, j, &peran, w);
        }
    }

    /// The note of a cell read anyway, unless it only repeats the row's satuan.
    fn catatan(&mut self, b: &Baris, j: usize, peran: impl Fn() -> String, c: Catatan) {
        if let Some(w) = c.untuk_satuan(self.satuan) {
            self.peringatan(b, j, peran, w);
        }
    }

    /// A cell of `b` in column `j` could not be read: `pesan` names its row, column and text.
    pub fn galat(&mut self, b: &Baris, j: usize, peran: impl Fn() -> String, pesan: String) {
        let nama = nama_kolom(self.judul, peran, j);
        self.pesan
            .push(Pesan::galat_sel(b.nomor_baris, &nama, b.sel(j), pesan));
    }

    /// A cell of `b` in column `j` was read despite its text: `pesan` says how.
    pub fn peringatan(&mut self, b: &Baris, j: usize, peran: impl Fn() -> String, pesan: String) {
        let nama = nama_kolom(self.judul, peran, j);
        self.pesan
            .push(Pesan::peringatan(b.nomor_baris, &nama, b.sel(j), pesan));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn baris(sel: &[&str]) -> Baris<'static> {
        Baris {
            nomor_baris: 7,
            sel: sel.iter().map(|s| s.to_string().into()).collect(),
        }
    }

    #[test]
    fn rule_lines_are_dashes_and_colons() {
        assert!(baris_garis(&baris(&["--", ":---:", ""])));
        assert!(
            !baris_garis(&baris(&["-", "-"])),
            "single dashes are 'no value' cells"
        );
        assert!(!baris_garis(&baris(&["IKM", "--"])));
    }

    #[test]
    fn cells_are_read_with_messages_naming_row_column_and_text() {
        let judul = vec!["Anggaran".to_string(), String::new()];
        let konvensi = vec![(0, Konvensi::IdId), (1, Konvensi::EnUs)];
        let mut pesan = Vec::new();
        let mut r = PembacaSel {
            judul: &judul,
            konvensi: &konvensi,
            pesan: &mut pesan,
            satuan: "",
        };
        let b = baris(&["1.234,5", "banyak"]);
        assert_eq!(
            r.angka(&b, 0, || "x".into(), ""),
            Ok(Some(Decimal::new(12345, 1)))
        );
        assert_eq!(
            r.angka(&b, 1, || "Realisasi".into(), "; diharapkan rupiah"),
            Err(TakTerbaca)
        );
        assert_eq!(pesan.len(), 1);
        assert_eq!((pesan[0].baris, pesan[0].kolom.as_str()), (7, "Realisasi"));
        assert!(pesan[0].pesan.ends_with("; diharapkan rupiah"));
    }

    #[test]
    fn conventions_are_decided_per_column() {
        let rows = [
            baris(&["1.234.567", "10,869,637.00"]),
            baris(&["80,25", "1.5"]),
        ];
        let data: Vec<&Baris> = rows.iter().collect();
        let k = konvensi_kolom_data(&data, 0..2, false);
        assert_eq!(k, vec![(0, Konvensi::IdId), (1, Konvensi::EnUs)]);
    }

    #[test]
    fn a_range_counts_both_ends() {
        // "1.5 - 2.5" is two pieces of en-US evidence against one of id-ID; read whole, the
        // cell would be one of each and id-ID would win the tie
        let rows = [baris(&["1.5 - 2.5"]), baris(&["80,25"])];
        let data: Vec<&Baris> = rows.iter().collect();
        assert_eq!(
            konvensi_kolom_data(&data, 0..1, true),
            vec![(0, Konvensi::EnUs)]
        );
        let rows = [baris(&["1.5 – 2.5"]), baris(&["80,25"])];
        let data: Vec<&Baris> = rows.iter().collect();
        assert_eq!(
            konvensi_kolom_data(&data, 0..1, true),
            vec![(0, Konvensi::EnUs)]
        );
        assert_eq!(
            konvensi_kolom_data(&data, 0..1, false),
            vec![(0, Konvensi::IdId)]
        );
    }
}
