//! Stage 5: what each data row is. Tables repeat their header after a page break, state their
//! own totals, put a sasaran on a title line of its own, and split a sasaran over two rows;
//! only a data row becomes an indikator.

use crate::core::kinerja::baca::nama::{
    bersihkan_nama, judul_atas, judul_sasaran, kalimat_sasaran, PANJANG_JUDUL,
};
use crate::core::kinerja::baca::peran::Letak;
use crate::core::teks::angka::{baca_angka, IsiAngka, Konvensi};
use crate::core::teks::kata::awali;
use crate::core::teks::kolom::{peran_judul, skor_judul, Kolom};
use crate::core::teks::pembaca::tanpa_angka;
use crate::core::teks::tabel::{tepi, Baris};
use rust_decimal::Decimal;

/// The kind of a data row.
#[derive(Clone, Debug, PartialEq)]
pub enum JenisBaris {
    /// A header repeated by a page break or a second table (seed 004), or a units row.
    JudulUlang,
    /// "Total capaian 293,75/300=97,92": the table's own total of the sub-items above.
    TotalSub(Option<Decimal>),
    /// "Capaian Sasaran ... (99,48%)": the table's own sasaran capaian.
    CapaianSasaran(Option<Decimal>),
    /// "Sasaran 2. Terwujudnya ..." on a line of its own.
    JudulSasaran(String),
    /// "Tujuan 1: ..." or "Misi ..." on a line of its own: above the sasaran, no indikator.
    JudulAtas,
    /// The rest of a title line's name, on the next line.
    LanjutanJudul,
    /// A row with a sasaran (or nothing readable) but no indikator and no values.
    HanyaSasaran,
    /// An indikator.
    Data,
}

/// The cell of column `c` of `b`, trimmed (empty when the column does not exist).
pub fn sel<'a>(b: &'a Baris<'_>, c: Option<usize>) -> &'a str {
    c.map(|j| tepi(b.sel(j))).unwrap_or("")
}

/// The last number in a text: "Total capaian 293,75/300=97,92", "(99,48%)".
pub fn angka_terakhir(teks: &str) -> Option<Decimal> {
    let cleaned: String = teks
        .chars()
        .map(|c| {
            if c.is_ascii_digit() || c == ',' || c == '.' {
                c
            } else {
                ' '
            }
        })
        .collect();
    cleaned
        .split_whitespace()
        .filter_map(
            |w| match baca_angka(w.trim_matches(['.', ',']), Konvensi::IdId) {
                IsiAngka::Angka(a) => Some(a.nilai),
                _ => None,
            },
        )
        .next_back()
}

fn judul_ulang(b: &Baris, letak: &Letak) -> bool {
    let ind = b.sel(letak.indikator.unwrap_or(0));
    tanpa_angka(b)
        && (skor_judul(b) >= 2
            || (ind.chars().count() <= 25
                && matches!(peran_judul(ind), Kolom::Indikator | Kolom::Sasaran))
            || b.sel
                .iter()
                .map(|c| tepi(c))
                .filter(|c| !c.is_empty())
                .all(|c| matches!(c, "%" | "(%)" | "Rp" | "Rp." | "(Rp)")))
}

/// What row `b` is. `setelah_judul` is true right after a sasaran title line, whose name may
/// continue on the next line.
pub fn golongkan(b: &Baris, letak: &Letak, setelah_judul: bool) -> JenisBaris {
    if judul_ulang(b, letak) {
        return JenisBaris::JudulUlang;
    }
    let first = b.pertama();
    if awali(first, "total capaian") || awali(first, "jumlah capaian") {
        return JenisBaris::TotalSub(angka_terakhir(first));
    }
    if awali(first, "capaian sasaran") || awali(first, "rata-rata capaian") {
        return JenisBaris::CapaianSasaran(angka_terakhir(first));
    }
    let filled = b.terisi();
    let di_kolom_sasaran = letak.sasaran.is_some_and(|j| tepi(b.sel(j)) == first);
    // a title line has one filled cell: only then is its text looked at
    if filled == 1 && !di_kolom_sasaran {
        if let Some(nama) = judul_sasaran(first) {
            return JenisBaris::JudulSasaran(nama);
        }
        if judul_atas(first) {
            return JenisBaris::JudulAtas;
        }
    }
    let tanpa_nilai = sel(b, letak.target).is_empty() && sel(b, letak.realisasi).is_empty();
    // a paragraph after the title is the report's text, not the rest of its name
    if setelah_judul
        && filled == 1
        && tanpa_nilai
        && first.len() <= PANJANG_JUDUL
        && !kalimat_sasaran(first)
    {
        return JenisBaris::LanjutanJudul;
    }
    // the cheap test first: a data row has values, and its name is cleaned again when read
    if tanpa_nilai && bersihkan_nama(sel(b, letak.indikator)).0.is_empty() {
        return JenisBaris::HanyaSasaran;
    }
    JenisBaris::Data
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::teks::tabel::pisah_tabel;

    fn jenis(baris: &str, setelah_judul: bool) -> JenisBaris {
        let (_, rows) = pisah_tabel(baris);
        let letak = Letak {
            no: Some(0),
            indikator: Some(1),
            satuan: Some(2),
            target: Some(3),
            realisasi: Some(4),
            ..Letak::default()
        };
        golongkan(&rows[0], &letak, setelah_judul)
    }

    #[test]
    fn rows_are_classified_by_what_they_hold() {
        assert_eq!(
            jenis("No\tIndikator Kinerja\tSatuan\tTarget\tRealisasi", false),
            JenisBaris::JudulUlang
        );
        assert_eq!(jenis("\t%\t\t%\t%", false), JenisBaris::JudulUlang);
        assert_eq!(
            jenis("\tTotal capaian 293,75/300=97,92\t\t\t", false),
            JenisBaris::TotalSub(Some(Decimal::new(9792, 2)))
        );
        assert_eq!(
            jenis("Capaian Sasaran Sangat Berhasil (99,48%)", false),
            JenisBaris::CapaianSasaran(Some(Decimal::new(9948, 2)))
        );
        assert_eq!(
            jenis("Sasaran 2. Terwujudnya pelayanan", false),
            JenisBaris::JudulSasaran("Terwujudnya pelayanan".into())
        );
        assert_eq!(
            jenis("prima kepada masyarakat", true),
            JenisBaris::LanjutanJudul
        );
        assert_eq!(
            jenis("\tTujuan 1: Meningkatnya tata kelola\t\t\t", false),
            JenisBaris::JudulAtas
        );
        assert_eq!(jenis("\tMISI\t\t\t", true), JenisBaris::JudulAtas);
        // an indikator whose name starts with the word still has values
        assert_eq!(
            jenis("1\tTujuan wisata baru\tlokasi\t3\t2", false),
            JenisBaris::Data
        );
        assert_eq!(jenis("\tTujuannya jelas\t\t\t", false), JenisBaris::Data);
        assert_eq!(jenis("2\tJumlah pengadaan\t\t\t", false), JenisBaris::Data);
        assert_eq!(jenis("3\tIKM\tIndeks\t80\t81", false), JenisBaris::Data);
    }
}
