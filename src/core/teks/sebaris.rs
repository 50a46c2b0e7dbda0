//! Reading one line of a paste without the rest. What every reader that reads one row again
//! needs to know of an edit: the one line two texts differ in ([`satu_baris`]), and whether only
//! value cells of it changed, each a plain number before and after that every stage of a reader
//! sees alike ([`sel_nilai`]); the indicator and budget readers add their own guards
//! (`kinerja/baca/ulang.rs`, `anggaran/baca/ulang.rs`). And the row a line starts, for a row
//! edit, when no other line can change it ([`baris_sendiri`]): splitting 2.000 lines to find
//! it took 2 ms of a row edit's click.

use crate::core::teks::angka::{baca_angka, BuktiKonvensi, IsiAngka, Konvensi};
use crate::core::teks::beda::{beda_byte, hitung_lf};
use crate::core::teks::kolom::tahun_dalam;
use crate::core::teks::pembaca::bukti_sel;
use crate::core::teks::tabel::{
    baris_tab, pemisah_garis, tepi, Baris, Pemisah, MAKS_BARIS, MAKS_BYTE,
};

#[cfg(test)]
pub(crate) mod uji;

/// The longest number cell read again alone; a longer one is read with the whole table.
const PANJANG_ANGKA: usize = 24;

/// What reading a text again changed in the table read before.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Berubah {
    Tidak,
    /// The values of this row alone (read again alone; computed again alone too:
    /// `kinerja::ulang`, `anggaran::ulang`).
    Baris(usize),
    /// Anything: read whole.
    Semua,
}

impl Berubah {
    /// `Semua` when a table read whole `berubah`.
    pub fn semua(berubah: bool) -> Self {
        if berubah {
            Berubah::Semua
        } else {
            Berubah::Tidak
        }
    }

    pub fn ada(self) -> bool {
        self != Berubah::Tidak
    }
}

/// The table after reading again: `sebaris`, a row read alone at its index, put into `lama`'s
/// rows (`baris`), else the whole reading `utuh`; and what changed.
pub fn ganti_baris<T: PartialEq, R: PartialEq>(
    mut lama: T,
    sebaris: Option<(usize, R)>,
    baris: impl FnOnce(&mut T) -> &mut [R],
    utuh: impl FnOnce() -> T,
) -> (T, Berubah) {
    if let Some((i, x)) = sebaris {
        if let Some(r) = baris(&mut lama).get_mut(i) {
            let berubah = *r != x;
            *r = x;
            return (
                lama,
                if berubah {
                    Berubah::Baris(i)
                } else {
                    Berubah::Tidak
                },
            );
        }
    }
    let baru = utuh();
    let berubah = baru != lama;
    (baru, Berubah::semua(berubah))
}

/// The one line two texts differ in.
#[derive(Debug, PartialEq)]
pub struct Perubahan<'a> {
    /// Its number, from 1.
    pub nomor: usize,
    pub lama: &'a str,
    pub baru: &'a str,
    /// The line after it in the new text ("" at the end).
    pub berikut: &'a str,
}

/// The line two texts differ in, when they differ within one line that is not the first (a
/// heading's), and are within the paste's limits (a text beyond them is cut, and the cut
/// moves).
pub fn satu_baris<'a>(lama: &'a str, baru: &'a str) -> Option<Perubahan<'a>> {
    if baru.len() >= MAKS_BYTE || lama.len() >= MAKS_BYTE {
        return None;
    }
    let (rentang, sisipan) = beda_byte(lama, baru);
    // equal texts have nothing between their common start and end
    let sama = rentang.is_empty() && sisipan.is_empty();
    if sama || lama[rentang.clone()].contains('\n') || sisipan.contains('\n') {
        return None;
    }
    let (a, b) = (lama.as_bytes(), baru.as_bytes());
    // the line: from after the last line break before the change to the next one after it
    let mulai = a[..rentang.start]
        .iter()
        .rposition(|&c| c == b'\n')
        .map_or(0, |p| p + 1);
    let ujung = |s: &[u8], dari: usize| {
        s[dari..]
            .iter()
            .position(|&c| c == b'\n')
            .map_or(s.len(), |p| dari + p)
    };
    let ujung_a = ujung(a, rentang.end);
    let ujung_b = ujung(b, rentang.start + sisipan.len());
    let nomor = hitung_lf(&a[..mulai]) + 1;
    let sisa = hitung_lf(&b[ujung_b..]);
    // every line boundary is an ASCII byte, so these are char boundaries
    let berikut = baru.get(ujung_b + 1..).unwrap_or("");
    let berikut = berikut.split('\n').next().unwrap_or("");
    (nomor + sisa < MAKS_BARIS && nomor >= 2).then_some(Perubahan {
        nomor,
        lama: lama.get(mulai..ujung_a)?,
        baru: baru.get(mulai..ujung_b)?,
        berikut,
    })
}

/// Only value cells of a tab-parted line changed (`nilai` says which columns hold values), each
/// a plain number before and after with the same [`ciri`] in its column's convention
/// (`konvensi`; `rentang`: ranges count as two cells, as the reader counts them); and the line
/// starts no cell broken over the next line (which the reader would join to it).
pub fn sel_nilai(
    u: &Perubahan,
    nilai: impl Fn(usize) -> bool,
    konvensi: impl Fn(usize) -> Konvensi,
    rentang: bool,
) -> Option<()> {
    let polos = |s: &str| !s.bytes().any(|c| c == b'"' || c == b'\r');
    if !polos(u.lama) || !polos(u.baru) {
        return None;
    }
    let lama: Vec<&str> = u.lama.split('\t').collect();
    let baru: Vec<&str> = u.baru.split('\t').collect();
    if lama.len() != baru.len() {
        return None;
    }
    let berubah: Vec<usize> = (0..lama.len()).filter(|&j| lama[j] != baru[j]).collect();
    // the first filled cell names the row (a title, a total): it stays
    let pertama = lama.iter().position(|c| !tepi(c).is_empty())?;
    if berubah.iter().any(|&j| j <= pertama || !nilai(j)) {
        return None;
    }
    let sama = |j: usize| {
        let k = konvensi(j);
        ciri(lama[j], k, rentang).is_some_and(|c| ciri(baru[j], k, rentang) == Some(c))
    };
    if !berubah.iter().all(|&j| sama(j)) {
        return None;
    }
    // Word's cell broken over two lines: a line ending in words, and a next line starting with
    // one, may be one row
    let huruf = |c: &str| c.bytes().any(|b| b.is_ascii_alphabetic());
    let lanjutan = tepi(u.berikut.split('\t').next().unwrap_or(""))
        .trim_start_matches('"')
        .starts_with(char::is_alphabetic);
    (!(baru.last().is_some_and(|c| huruf(c)) && lanjutan)).then_some(())
}

/// The row that starts on line `nomor` (from 1) of a tab-parted paste, read from that line
/// alone, when [`crate::core::teks::tabel::pisah_tabel`] would read it so whatever the other
/// lines hold: its lines show tabs ([`pemisah_garis`]) and no quote (a quoted cell may run over
/// lines), the line is not the first (a byte-order mark) and has something in it, and it neither goes on from the line above nor is gone on
/// from by the line below (Word's cell broken over two lines: a line ending in words, then one
/// starting with words). `None` when the whole paste must be split to say.
pub fn baris_sendiri(teks: &str, nomor: usize) -> Option<Baris<'_>> {
    let tanpa_bom = teks.strip_prefix('\u{feff}').unwrap_or(teks);
    if nomor < 2 || teks.contains('"') || pemisah_garis(tanpa_bom) != Pemisah::Tab {
        return None;
    }
    let mut garis = teks.split('\n').skip(nomor - 2);
    let (atas, line) = (garis.next()?, garis.next()?);
    let bawah = garis.next().unwrap_or("");
    let line = line.strip_suffix('\r').unwrap_or(line);
    if line.contains('\r') {
        return None;
    }
    let b = baris_tab(line, nomor);
    if b.sel.iter().all(|c| c.is_empty()) {
        return None;
    }
    let huruf = |c: &str| c.bytes().any(|x| x.is_ascii_alphabetic());
    let pertama =
        |l: &str| tepi(l.split('\t').next().unwrap_or("")).starts_with(char::is_alphabetic);
    let akhir = |l: &str| l.rsplit('\t').next().is_some_and(huruf);
    // the line above is neither a row's rest nor a start with words last: this line starts a row
    let lanjutan = pertama(line) && (pertama(atas) || akhir(atas));
    let dilanjutkan = akhir(line) && pertama(bawah);
    (!lanjutan && !dilanjutkan).then_some(b)
}

/// What the stages see of a value cell: its convention's evidence and whether it is a year;
/// `None` for anything but a plain number (digits with `.` and `,`) that reads as one.
fn ciri(sel: &str, konvensi: Konvensi, rentang: bool) -> Option<(BuktiKonvensi, bool)> {
    let polos = !sel.is_empty()
        && sel.len() <= PANJANG_ANGKA
        && sel.starts_with(|c: char| c.is_ascii_digit())
        && sel
            .bytes()
            .all(|c| c.is_ascii_digit() || c == b'.' || c == b',');
    let angka = |k| matches!(baca_angka(sel, k), IsiAngka::Angka(_));
    if !polos || !angka(Konvensi::IdId) || !angka(konvensi) {
        return None;
    }
    let mut bukti = BuktiKonvensi::default();
    bukti_sel(&mut bukti, sel, rentang);
    Some((bukti, tahun_dalam(sel).is_some()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_one_changed_line_is_found() {
        let p = satu_baris("a\nb\t1\nc\n", "a\nb\t12\nc\n").unwrap();
        assert_eq!(
            (p.nomor, p.lama, p.baru, p.berikut),
            (2, "b\t1", "b\t12", "c")
        );
        let p = satu_baris("a\nb\t10", "a\nb\t1").unwrap();
        assert_eq!(
            (p.nomor, p.lama, p.baru, p.berikut),
            (2, "b\t10", "b\t1", "")
        );
        // a repeated digit: the common ends overlap
        let p = satu_baris("a\nb\t11\nc", "a\nb\t111\nc").unwrap();
        assert_eq!((p.lama, p.baru), ("b\t11", "b\t111"));
        assert_eq!(satu_baris("a\nb\n", "a\nb\n"), None);
        assert_eq!(satu_baris("a\nb\nc", "a\nx\ny"), None);
        assert_eq!(satu_baris("a\nb", "a\nb\nc"), None);
        // the first line may be a heading: always read whole
        assert_eq!(satu_baris("a\nb", "x\nb"), None);
        // a change inside a multibyte letter
        let p = satu_baris("a\nä\t1", "a\nö\t1").unwrap();
        assert_eq!((p.lama, p.baru), ("ä\t1", "ö\t1"));
    }

    #[test]
    fn only_plain_numbers_of_one_kind_are_read_alone() {
        let id = Konvensi::IdId;
        assert_eq!(ciri("80", id, true), ciri("9", id, true));
        assert_eq!(ciri("80,5", id, true), ciri("1.234,5", id, true));
        assert_ne!(ciri("80,5", id, true), ciri("80", id, true));
        assert_ne!(ciri("2024", id, true), ciri("2000000", id, true));
        for s in [
            "",
            "-",
            "80%",
            "≥ 80",
            "abc",
            ".5",
            "12 Kali",
            "1234567890123456789012345",
        ] {
            assert_eq!(ciri(s, id, true), None, "{s}");
        }
    }

    /// Every line of the examples and of texts made to trip it: read alone only as the whole
    /// paste reads it.
    #[test]
    fn a_line_read_alone_is_the_row_the_whole_paste_reads() {
        let mut teks: Vec<String> = vec![
            "No\tIndikator\tTarget\tKet\n1\tA\t80\tbelum\nselesai\t\t\n2\tB\t1\tok".into(),
            "Kode\tUraian\tAnggaran\n1\tProgram Penunjang\nUrusan Pemerintahan\t5.000\n2\tX\t7"
                .into(),
            "| a | b |\n| 1 | 2 |\nx\ty".into(),
            "\u{feff}A\tB\nC\tD\r\nE\r\tF\r\n\t\t\nG\t\"q\nr\"\n".into(),
            "Indikator\tTarget\nSatu\t8\nDua\t9\n\nTiga\t1".into(),
            // a quoted cell over two lines, neither of them with words
            "No\tTarget\tRealisasi\n1\t8\t\"8\n9\"\n2\t3\t4".into(),
        ];
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
        for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            if let Ok(t) = std::fs::read_to_string(e.path()) {
                teks.push(t);
            }
        }
        let mut sendiri = 0;
        for t in &teks {
            let (pemisah, rows) = crate::core::teks::tabel::pisah_tabel(t);
            for n in 1..=t.split('\n').count() + 1 {
                if let Some(b) = baris_sendiri(t, n) {
                    let utuh = rows.iter().find(|r| r.nomor_baris == n);
                    assert_eq!(
                        pemisah,
                        crate::core::teks::tabel::Pemisah::Tab,
                        "{t:?} line {n}"
                    );
                    assert_eq!(utuh.map(|r| &r.sel), Some(&b.sel), "{t:?} line {n}");
                    sendiri += 1;
                }
            }
        }
        assert!(sendiri > 300, "read alone {sendiri} times");
    }

    #[test]
    fn only_value_cells_may_change() {
        let nilai = |j: usize| j >= 2;
        let id = |_| Konvensi::IdId;
        let u = |lama, baru, berikut| Perubahan {
            nomor: 2,
            lama,
            baru,
            berikut,
        };
        assert!(sel_nilai(&u("1\tA\t80\t90", "1\tA\t80\t91", ""), nilai, id, true).is_some());
        // a name, a cell more, a quote, a number of another kind
        assert!(sel_nilai(&u("1\tA\t80\t90", "1\tB\t80\t90", ""), nilai, id, true).is_none());
        assert!(sel_nilai(&u("1\tA\t80\t90", "1\tA\t80\t90\t1", ""), nilai, id, true).is_none());
        assert!(sel_nilai(&u("1\tA\t80\t90", "1\tA\t80\t\"9\"", ""), nilai, id, true).is_none());
        assert!(sel_nilai(&u("1\tA\t80\t90", "1\tA\t80\t90,5", ""), nilai, id, true).is_none());
        // a value cell that names the row (the first filled one)
        assert!(sel_nilai(&u("\t\t80\t90", "\t\t81\t90", ""), |_| true, id, true).is_none());
        // a line ending in words above one starting with words: maybe one row broken in two
        let kata = "1\tA\t80\tbelum";
        assert!(sel_nilai(&u(kata, "1\tA\t81\tbelum", "selesai\t\t"), nilai, id, true).is_none());
        assert!(sel_nilai(&u(kata, "1\tA\t81\tbelum", "2\tB\t1\t2"), nilai, id, true).is_some());
    }
}
