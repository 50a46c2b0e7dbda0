//! The header block of a pasted budget table: rule lines, the row that names most budget
//! columns (and the row under it that continues it), headers repeated at page breaks, and
//! roles guessed when there is no header.

use crate::core::anggaran::tabel::{
    mungkin_judul, peran_judul_anggaran, seperti_kode, KolomAnggaran,
};
use crate::core::teks::angka::{baca_angka, IsiAngka, Konvensi};
use crate::core::teks::kolom::{baris_subjudul, triwulan_dalam};
use crate::core::teks::pembaca::tanpa_angka;
use crate::core::teks::tabel::{baris_nomor_kolom, tepi, Baris};

/// A row of lone dashes and spaces: a rule line, or a row that states nothing. (Stricter than
/// the indicator reader's rule lines, where a lone `-` is a "no value" cell of a data row.)
pub(super) fn baris_strip(b: &Baris) -> bool {
    b.sel
        .iter()
        .all(|c| c.chars().all(|ch| ch == '-' || ch == ' '))
}

/// How many different columns a row's cells name. Different, not how many: a Rencana Aksi's
/// data row (`Persentase ...`, `%`, `100%`, `Program ...`) names the percentage four times and
/// outscored its header (`No. | Program | Pagu | Kegiatan | Pagu`).
pub(super) fn skor(b: &Baris) -> usize {
    let mut ada = 0u32;
    for c in b.sel.iter() {
        // one bit a role: a set without a scan of the roles seen (rows may be wide)
        ada |= 1u32
            << match peran_judul_anggaran(c) {
                KolomAnggaran::Abaikan => continue,
                KolomAnggaran::Kode => 0,
                KolomAnggaran::Uraian => 1,
                KolomAnggaran::Anggaran => 2,
                KolomAnggaran::Realisasi => 3,
                KolomAnggaran::Sisa => 4,
                KolomAnggaran::Persen => 5,
                KolomAnggaran::Fisik => 6,
                KolomAnggaran::RencanaTw(q) => 7 + u32::from(q % 5),
                KolomAnggaran::RealisasiTw(q) => 12 + u32::from(q % 5),
                KolomAnggaran::Tingkat(l) => 17 + l as u32,
                KolomAnggaran::Sasaran => 21,
            };
    }
    ada.count_ones() as usize
}

/// A header repeated in the data (a page break in a PDF copy): two cells or more name a budget
/// column, and none is an amount. A data row has one cell of words, its uraian, so it is
/// passed without the search; a program row with a percent cell (`Program ... | 95%`) names
/// two columns too, but has its amounts.
pub(super) fn judul_ulang(b: &Baris) -> bool {
    b.sel.iter().filter(|c| mungkin_judul(c)).nth(1).is_some() && skor(b) >= 2 && tanpa_angka(b)
}

/// Another budget table copied under this one (the report's next: the DPA's changes, the
/// budget by kind of spending, another office's): a header row after the data whose columns
/// are not those of a row of the header (one repeated at a page break names the same). The
/// first row of the table's data and the other header's row. Its amounts were added to the
/// last program's (seed 002's total 839.077.360 -> 3.914.618.977 with the DPA's under it).
pub(super) fn tabel_lain(rows: &[Baris], (awal, akhir): (usize, usize)) -> Option<(usize, usize)> {
    let peran = |b: &Baris| -> Vec<KolomAnggaran> {
        b.sel
            .iter()
            .map(|c| peran_judul_anggaran(c))
            .filter(|k| *k != KolomAnggaran::Abaikan)
            .collect()
    };
    let blok: Vec<Vec<KolomAnggaran>> = rows[awal..akhir].iter().map(peran).collect();
    // a heading row of a table of text: its number's heading (`NO`) and columns that name no
    // budget column (seed 001's matrix of problems and measures under its budget, whose
    // rows were budget lines without amounts)
    let tabel_teks = |b: &Baris| {
        let mut isi = b.sel.iter().map(|c| tepi(c)).filter(|c| !c.is_empty());
        isi.next().is_some_and(|c| {
            peran_judul_anggaran(c) == KolomAnggaran::Kode
                && !c.contains(|ch: char| ch.is_ascii_digit())
        }) && b.terisi() >= 3
            && isi.all(|c| peran_judul_anggaran(c) == KolomAnggaran::Abaikan)
            && tanpa_angka(b)
    };
    let data = akhir + rows.get(akhir..)?.iter().position(|b| !tanpa_angka(b))?;
    let lain = rows[data..]
        .iter()
        .position(|b| judul_ulang(b) && !blok.contains(&peran(b)) || tabel_teks(b))?;
    Some((data, data + lain))
}

/// The header block `[awal, akhir)`: the row with most header words (at least two) among the
/// first ten of two cells or more, the row under it when that row is text that names a column too, the rows of
/// sub-headings under those (Evaluasi Renja: `I ... IV`, then `K | Rp`), and the row
/// above it when that one is such text in two cells or more (SIPD's DPPA: `No | Uraian |
/// Jumlah (Rp.) | Bertambah/(Berkurang)` over `Sebelum | Setelah | Selisih | %`, whose second
/// row names more columns; a title over the table is one cell).
pub fn cari_judul(rows: &[Baris]) -> Option<(usize, usize)> {
    // rows of one cell (the report's text above the table, its caption) are not counted
    let (i, _) = rows
        .iter()
        .enumerate()
        .filter(|(_, b)| b.terisi() >= 2)
        .take(10)
        .map(|(i, b)| (i, skor(b)))
        .filter(|(_, s)| *s >= 2)
        .max_by_key(|(i, s)| (*s, usize::MAX - i))?;
    let mut akhir = i + 1;
    if rows
        .get(akhir)
        .is_some_and(|b| sambungan_judul(b) || baris_subjudul(b))
    {
        akhir += 1;
    }
    while akhir < i + 3 && rows.get(akhir).is_some_and(baris_subjudul) {
        akhir += 1;
    }
    let atas = i.checked_sub(1).and_then(|a| rows.get(a)).is_some_and(|b| {
        b.sel
            .iter()
            .filter(|c| !c.trim().is_empty())
            .nth(1)
            .is_some()
            && sambungan_judul(b)
    });
    Some((i - usize::from(atas), akhir))
}

/// A row that continues a header: text (no amounts, no code) that names a column or a quarter.
fn sambungan_judul(b: &Baris) -> bool {
    let textual = b.sel.iter().all(|c| {
        c.trim().is_empty()
            || matches!(baca_angka(c, Konvensi::IdId), IsiAngka::Galat(_))
            || c.trim() == "%"
    });
    let kuartal = b.sel.iter().any(|c| triwulan_dalam(c).is_some());
    // a row with a code (`7.01.1.`, `1.2`, `II`, `A.`) is data, whatever its words say
    let berkode = b.sel.iter().any(|c| seperti_kode(c));
    textual && !berkode && !baris_nomor_kolom(b) && (skor(b) >= 1 || kuartal)
}

/// Guess roles without a header: the longest text column as uraian (the column before it as
/// kode), then the numeric columns after it as anggaran, realisasi, sisa, percent.
pub fn tebak_kolom(rows: &[Baris]) -> Vec<KolomAnggaran> {
    let width = rows.iter().map(|b| b.sel.len()).max().unwrap_or(0);
    let mut kolom = vec![KolomAnggaran::Abaikan; width];
    // numeric: at least 80% of the filled cells are numbers or "no value"
    let numeric = |j: usize| {
        let cells: Vec<&str> = rows
            .iter()
            .map(|b| b.sel(j).trim())
            .filter(|c| !c.is_empty())
            .collect();
        let n = cells
            .iter()
            .filter(|c| {
                matches!(
                    baca_angka(c, Konvensi::IdId),
                    IsiAngka::Angka(_) | IsiAngka::Kosong
                )
            })
            .count();
        !cells.is_empty() && n * 10 >= cells.len() * 8
    };
    let avg_len =
        |j: usize| rows.iter().map(|b| b.sel(j).chars().count()).sum::<usize>() / rows.len().max(1);
    let uraian = (0..width)
        .filter(|j| !numeric(*j))
        .max_by_key(|j| avg_len(*j));
    if let Some(u) = uraian {
        kolom[u] = KolomAnggaran::Uraian;
        if u > 0 {
            kolom[u - 1] = KolomAnggaran::Kode;
        }
    }
    let mut roles = [
        KolomAnggaran::Anggaran,
        KolomAnggaran::Realisasi,
        KolomAnggaran::Sisa,
        KolomAnggaran::Persen,
    ]
    .into_iter();
    for j in 0..width {
        if kolom[j] == KolomAnggaran::Abaikan && numeric(j) && uraian.is_some_and(|u| j > u) {
            if let Some(r) = roles.next() {
                kolom[j] = r;
            }
        }
    }
    kolom
}
