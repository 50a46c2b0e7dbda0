//! A table copied from a PDF with one space between its cells: `No Indikator Satuan Target
//! Realisasi` over `1 Indeks Kepuasan Masyarakat Indeks 80 81,03`. Words and cells are
//! parted alike, so the text columns cannot be told apart; the numbers at the end of a line
//! can. Each line is read as its number or code, its text as one cell, its satuan (one word,
//! when the header names one just before the numbers), and its numbers under the header's
//! numeric columns in order. Read as one cell a line, nothing was recognised.

use crate::core::anggaran::tabel::{peran_judul_anggaran, seperti_kode, KolomAnggaran};
use crate::core::teks::angka::{baca_angka, IsiAngka, Konvensi};
use crate::core::teks::dokumen::{buang_di_atas_tabel, lengkap};
use crate::core::teks::kata::awali;
use crate::core::teks::kolom::{peran_judul, tahun_dalam, Kolom};
use crate::core::teks::kotak::{kotak_baris, Kotak};
use crate::core::teks::nilai::{baca_nilai, Nilai};
use crate::core::teks::pesan::Pesan;
use crate::core::teks::tabel::{baris_nomor_kolom, Baris, MAKS_JUDUL};
use std::borrow::Cow;

/// What a heading names, in either table, as the PDF readers lay cells under it (here and
/// [`crate::core::teks::lipat`]).
#[derive(Clone, Copy, PartialEq)]
pub(crate) enum Jenis {
    /// `No`, `Kode`: the number or code that starts a line.
    Nomor,
    Satuan,
    /// Text that a merged cell leaves empty on most rows.
    Sasaran,
    /// A column of numbers (Target, Realisasi, Capaian, Anggaran, Sisa, %).
    Angka,
    /// Any other text: sasaran, indikator, uraian.
    Teks,
}

/// What heading `h` names; `None` when it names no column of either table.
pub(crate) fn jenis(h: &str) -> Option<Jenis> {
    let k = peran_judul(h);
    let a = peran_judul_anggaran(h);
    Some(match (k, a) {
        (Kolom::No, _) | (_, KolomAnggaran::Kode) => Jenis::Nomor,
        (Kolom::Satuan, _) => Jenis::Satuan,
        (Kolom::Sasaran, _) => Jenis::Sasaran,
        // every column of numbers: a Renstra's `Target Capaian Renstra` (its end target) too
        (k, _) if k.numerik() => Jenis::Angka,
        (
            _,
            KolomAnggaran::Anggaran
            | KolomAnggaran::Realisasi
            | KolomAnggaran::Sisa
            | KolomAnggaran::Persen
            | KolomAnggaran::Fisik,
        ) => Jenis::Angka,
        (Kolom::Abaikan, KolomAnggaran::Abaikan) => return None,
        _ => Jenis::Teks,
    })
}

/// A word that qualifies the heading before it rather than starting one: `Indikator Kinerja`,
/// `Sisa Anggaran`, `Sisa Pagu Anggaran`, `Realisasi Keuangan`.
fn penjelas(kata: &str, sebelum: &str) -> bool {
    let awal = |w: &[&str]| w.iter().any(|x| awali(sebelum, x));
    let kata_ = |w: &[&str]| w.iter().any(|x| kata.eq_ignore_ascii_case(x));
    if kata_(&["kinerja"]) {
        awal(&["indikator", "sasaran", "target", "realisasi", "capaian"])
    } else if kata_(&["capaian", "renstra"]) {
        // `Target Capaian Renstra`: one target, over the Renstra's years
        awal(&["target"])
    } else if kata_(&["anggaran", "keuangan", "pagu", "dana"]) {
        awal(&["sisa", "pagu", "realisasi", "serapan", "target"])
    } else {
        false
    }
}

/// The header's columns: its words grouped into headings (`Capaian (%)`, `Target 2019`,
/// `Indikator Kinerja` are one), each with what it names. A word starts a heading when it
/// names a column, has a letter (or is a lone `%`) and does not qualify the one before.
fn kelompok(judul: &str) -> Vec<(String, Jenis)> {
    let mut out: Vec<String> = Vec::new();
    for kata in judul.split(' ').filter(|w| !w.is_empty()) {
        // `(Rp)`, `(%)`, `Rp.` qualify the heading before them
        let rp = kata
            .trim_matches(['(', ')', '.'])
            .eq_ignore_ascii_case("rp");
        let mulai = (kata == "%" || kata.bytes().any(|c| c.is_ascii_alphabetic()))
            && !kata.starts_with('(')
            && (!rp || out.is_empty())
            && jenis(kata).is_some()
            && !out.last().is_some_and(|s| penjelas(kata, s));
        match out.last_mut() {
            Some(s) if !mulai => {
                s.push(' ');
                s.push_str(kata);
            }
            _ => out.push(kata.to_string()),
        }
    }
    // a heading's role is its whole text's (`Realisasi Anggaran` is a budget's realisasi)
    out.into_iter()
        .map(|s| {
            let j = jenis(&s).unwrap_or(Jenis::Teks);
            (s, j)
        })
        .collect()
}

/// A token read as a number in either convention (a PDF of an en-US sheet writes
/// `82,508,800.00`), or a dash for "no value".
pub(crate) fn angka(t: &str) -> bool {
    matches!(t, "-" | "–" | "—")
        || t.bytes().any(|c| c.is_ascii_digit())
            && [Konvensi::IdId, Konvensi::EnUs]
                .into_iter()
                .any(|k| matches!(baca_angka(t, k), IsiAngka::Angka(_)))
}

/// A line's tokens split into its text and the values at its end (a `%` after a number is
/// its unit), at most `k` of them, and whether more numbers stand before those. A grade (`B`,
/// `BB`, `Baik`) is a value only among two or more: a sasaran's title may end in `yang baik`.
fn pisah_akhir(baris: &str, k: usize) -> (Vec<&str>, Vec<&str>, bool) {
    let kata: Vec<&str> = baris.split(' ').filter(|w| !w.is_empty()).collect();
    let ambil = |kualitatif: bool| {
        let mut kata = kata.clone();
        let mut nilai = Vec::new();
        while nilai.len() < k {
            match kata.last() {
                Some(&"%") if kata.len() >= 2 && angka(kata[kata.len() - 2]) => {
                    kata.pop();
                }
                Some(t) if angka(t) || kualitatif && nilai_kualitatif(t) => {
                    nilai.push(*t);
                    kata.pop();
                }
                _ => break,
            }
        }
        nilai.reverse();
        (kata, nilai)
    };
    let (kata, nilai) = match ambil(true) {
        (kata, nilai) if nilai.len() >= 2 => (kata, nilai),
        _ => ambil(false),
    };
    // more numbers than columns: the header does not fit this line. Not a small whole
    // number, which ends a name as well (`Tahap 2`, `Renja 2024`)
    let bilangan_kecil = |t: &str| t.len() <= 4 && t.bytes().all(|c| c.is_ascii_digit());
    let lebih = nilai.len() == k && kata.last().is_some_and(|t| angka(t) && !bilangan_kecil(t));
    (kata, nilai, lebih)
}

/// `B`, `BB`, `WTP`, `Baik`: a grade of a known scale.
fn nilai_kualitatif(t: &str) -> bool {
    matches!(
        baca_nilai(t, Konvensi::IdId, &mut None),
        Nilai::Kualitatif { .. }
    )
}

/// A header line's layout: its cells, and how a data line's tokens are laid under them.
struct Susunan {
    sel: Vec<String>,
    /// How many numeric columns close it.
    k: usize,
    /// It starts with `No` or `Kode`.
    nomor: bool,
    /// It names a Satuan just before the numbers.
    satuan: bool,
    /// Its text is a Sasaran and an Indikator: each line's text is split where the
    /// indikator's name starts ([`pisah_sasaran`]).
    sasaran: bool,
}

impl Susunan {
    /// The layout of a line that names two numeric columns or more, last.
    fn dari(judul: &str) -> Option<Susunan> {
        let kolom = kelompok(judul);
        let k = kolom.iter().filter(|(_, j)| *j == Jenis::Angka).count();
        let awal_angka = kolom.len() - k;
        if k < 2 || kolom[awal_angka..].iter().any(|(_, j)| *j != Jenis::Angka) {
            return None;
        }
        let nomor = kolom[0].1 == Jenis::Nomor;
        let satuan = awal_angka > 0 && kolom[awal_angka - 1].1 == Jenis::Satuan;
        let teks = &kolom[usize::from(nomor)..awal_angka - usize::from(satuan)];
        // a header names what the numbers are of: a second header row (`KEUANGAN Rp. %
        // FISIK (%)`, seed 000's budget) names none
        if teks.is_empty() {
            return None;
        }
        let sasaran = matches!(teks, [(_, Jenis::Sasaran), (i, Jenis::Teks)] if peran_judul(i) == Kolom::Indikator);
        let mut sel = Vec::with_capacity(kolom.len());
        if nomor {
            sel.push(kolom[0].0.clone());
        }
        if sasaran {
            sel.extend(teks.iter().map(|(s, _)| s.clone()));
        } else {
            let teks: Vec<&str> = teks.iter().map(|(s, _)| s.as_str()).collect();
            // `PROGRAM / KEGIATAN` is two headings already parted by its slash
            sel.push(teks.join(" / ").replace("/ / ", "/ "));
        }
        sel.extend(
            kolom[awal_angka - usize::from(satuan)..]
                .iter()
                .map(|(s, _)| s.clone()),
        );
        Some(Susunan {
            sel,
            k,
            nomor,
            satuan,
            sasaran,
        })
    }

    /// This layout with a second header line under it that parts its last column of numbers
    /// (seed 000's budget: `REALISASI` over `KEUANGAN Rp. % FISIK (%)`); `None` when that line
    /// is not only headings of numbers.
    fn dengan_bawah(&self, bawah: &str) -> Option<Susunan> {
        // a year a column (seed 000's Renstra: `Target Capaian Renstra` over 2016 ... 2021)
        let sub: Vec<(String, Jenis)> = if baris_tahun(bawah) {
            let tahun = bawah.split(' ').filter(|w| !w.is_empty());
            tahun.map(|t| (t.to_string(), Jenis::Angka)).collect()
        } else {
            kelompok(bawah)
        };
        if sub.len() < 2 || sub.iter().any(|(_, j)| *j != Jenis::Angka) {
            return None;
        }
        let mut sel = self.sel.clone();
        let induk = sel.pop()?;
        sel.extend(sub.iter().map(|(s, _)| format!("{induk} {s}")));
        Some(Susunan {
            sel,
            k: self.k - 1 + sub.len(),
            ..*self
        })
    }

    /// Whether a data line fits this layout: as many values at its end as numeric columns.
    fn pas(&self, baris: &str) -> bool {
        let (_, nilai, lebih) = pisah_akhir(baris, self.k);
        nilai.len() == self.k && !lebih
    }

    /// The index of the (last) text cell: a name wrapped onto the next line continues it.
    fn teks(&self) -> usize {
        usize::from(self.nomor) + usize::from(self.sasaran)
    }

    /// A data line's cells: its number or code, its text, its satuan, its values.
    fn baris(&self, baris: &str) -> (Vec<Cow<'static, str>>, usize, bool) {
        let (mut kata, nilai, lebih) = pisah_akhir(baris, self.k);
        let mut sel: Vec<Cow<str>> = Vec::with_capacity(self.sel.len());
        if self.nomor {
            // a section's letter `A.` or a Roman `II` too (seed 000's budget: `A. BELANJA TIDAK
            // LANGSUNG` over its programs; read as part of the name, the section was one more
            // line and the total counted its programs twice)
            let kode = kata.first().copied().filter(|t| seperti_kode(t));
            sel.push(kode.unwrap_or("").to_string().into());
            if kode.is_some() {
                kata.remove(0);
            }
        }
        let unit = (self.satuan && !nilai.is_empty() && kata.len() > 1).then(|| kata.pop());
        if self.sasaran {
            let (sasaran, indikator) = kata.split_at(pisah_sasaran(&kata));
            sel.push(sasaran.join(" ").into());
            sel.push(indikator.join(" ").into());
        } else {
            sel.push(kata.join(" ").into());
        }
        if self.satuan {
            sel.push(unit.flatten().unwrap_or("").to_string().into());
        }
        sel.extend(nilai.iter().map(|v| Cow::Owned(v.to_string())));
        (sel, nilai.len(), lebih)
    }
}

/// Words that start an indikator's name: `Persentase ...`, `Indeks ...`, `Jumlah ...`.
const PEMBUKA_INDIKATOR: [&str; 22] = [
    "persentase",
    "presentase",
    "prosentase",
    "indeks",
    "jumlah",
    "nilai",
    "predikat",
    "tingkat",
    "rasio",
    "angka",
    "cakupan",
    "rata-rata",
    "capaian",
    "opini",
    "skor",
    "proporsi",
    "prevalensi",
    "laju",
    "kontribusi",
    "ketepatan",
    "luas",
    "panjang",
];

/// Where a line's text under `Sasaran Indikator` parts into the sasaran and the indikator
/// (0: all indikator, the sasaran's merged cell is above). A sasaran starts with a state
/// reached (`Meningkatnya ...`, `Terwujudnya ...`), or in lower case when it continues the
/// sasaran above (`capaian kinerja`, wrapped); its indikator starts at the first capitalised
/// word of [`PEMBUKA_INDIKATOR`] after at least two words (one for a continuation), with its
/// numbering (`1.`, `a`) before it.
fn pisah_sasaran(kata: &[&str]) -> usize {
    let Some(awal) = kata.first() else {
        return 0;
    };
    let lanjut = awal.starts_with(|c: char| c.is_ascii_lowercase());
    if !lanjut && !awal.to_ascii_lowercase().ends_with("nya") {
        return 0;
    }
    let nomor = |t: &str| {
        let t = t.trim_end_matches(['.', ')']);
        matches!(t, "✚" | "-" | "•")
            || (1..=2).contains(&t.len()) && t.bytes().all(|c| c.is_ascii_digit())
            || t.len() == 1 && t.bytes().all(|c| c.is_ascii_lowercase())
    };
    let pembuka = |t: &str| {
        t.starts_with(|c: char| c.is_ascii_uppercase())
            && PEMBUKA_INDIKATOR.iter().any(|w| t.eq_ignore_ascii_case(w))
    };
    let paling_awal = if lanjut { 1 } else { 2 };
    (1..kata.len())
        .find(|&i| pembuka(kata[i]) && i - usize::from(nomor(kata[i - 1])) >= paling_awal)
        .map_or(0, |i| i - usize::from(nomor(kata[i - 1])))
}

/// How the note on a single-space paste says its text was read, from the header's cells as
/// split.
pub fn bacaan_teks(judul: &[&str]) -> &'static str {
    let sasaran = judul
        .windows(2)
        .any(|w| jenis(w[0]) == Some(Jenis::Sasaran) && peran_judul(w[1]) == Kolom::Indikator);
    if sasaran {
        "dipisah menjadi sasaran dan indikator di kata pertama nama indikator (Persentase, Indeks, Jumlah, Nilai ...)"
    } else {
        "satu kolom"
    }
}

/// The column-number row under a header (`1 2 3 13(6+9+12)`), split a number a cell.
pub(crate) fn baris_nomor<'a>(b: &Baris) -> Option<Baris<'a>> {
    if !b.sel[0].trim_start().starts_with('1') {
        return None;
    }
    let nomor = Baris {
        nomor_baris: b.nomor_baris,
        sel: b.sel[0]
            .split(' ')
            .filter(|w| !w.is_empty())
            .map(|w| Cow::Owned(w.to_string()))
            .collect(),
    };
    baris_nomor_kolom(&nomor).then_some(nomor)
}

/// A line that continues the name above it: it starts in lower case, as a sentence's middle
/// does (a summary line, `Total capaian ...`, `Capaian Sasaran ...`, does not), and ends in no
/// number.
fn lanjutan(baris: &str) -> bool {
    baris.starts_with(|c: char| c.is_ascii_lowercase())
        && !baris.rsplit(' ').next().is_some_and(angka)
}

/// How many lines the header is looked for in, at most: the report's text above a table.
const MAKS_CARI_JUDUL: usize = 500;

/// The header line and its layout: the last line naming two numeric columns or more last
/// before a line of data that fits it (within four lines), else the first such line among
/// the first five. Looked for past the first five lines (the report's text copied above the
/// table) until five lines after the first with two numbers at its end: the header is above
/// its data. A sentence that names a target and a realisasi is no header: prose is under it,
/// or the header it is above is nearer the data.
fn cari_judul(rows: &[Baris<'_>]) -> Option<Judul> {
    let mut pertama = None;
    let mut data = None;
    // the header found, and the line of data under it
    let mut terpilih: Option<(Judul, usize)> = None;
    // the first line of data that fits `s` within four lines from `dari`
    let pas = |s: &Susunan, dari: usize| {
        (dari..rows.len())
            .filter(|&j| baris_nomor(&rows[j]).is_none() && !baris_tahun(rows[j].sel[0].trim()))
            .take(4)
            .find(|&j| s.pas(rows[j].sel[0].trim()))
    };
    for (i, b) in rows.iter().enumerate().take(MAKS_CARI_JUDUL) {
        let l = b.sel[0].trim();
        if terpilih.as_ref().is_some_and(|t| i >= t.1) || data.is_some_and(|d| i >= d + 5 && i >= 5)
        {
            break;
        }
        if data.is_none() && baris_nomor(b).is_none() && pisah_akhir(l, 2).1.len() == 2 {
            data = Some(i);
        }
        let Some(s) = (l.len() <= MAKS_JUDUL).then(|| Susunan::dari(l)).flatten() else {
            continue;
        };
        // a second header line parting the last column, first: a line of the data may fit
        // the first line's fewer columns (`... 15 13 10 5`: small numbers end a name too)
        let bawah = rows
            .get(i + 1)
            .map(|b| b.sel[0].trim())
            .filter(|l| l.len() <= MAKS_JUDUL);
        let dua = bawah.and_then(|l| Some((l, s.dengan_bawah(l)?)));
        if let Some((l, s2)) = dua {
            if let Some(j) = pas(&s2, i + 2) {
                let bawah = Some(l.to_string());
                terpilih = Some((
                    Judul {
                        baris: i,
                        bawah,
                        susun: s2,
                    },
                    j,
                ));
                continue;
            }
        }
        if let Some(j) = pas(&s, i + 1) {
            terpilih = Some((
                Judul {
                    baris: i,
                    bawah: None,
                    susun: s,
                },
                j,
            ));
        } else if i < 5 && pertama.is_none() {
            pertama = Some(Judul {
                baris: i,
                bawah: None,
                susun: s,
            });
        }
    }
    terpilih.map(|(j, _)| j).or(pertama)
}

/// A PDF copy of more than one table (a whole report, a section that starts with another
/// box's table): the line of box `kotak`'s header, when the header [`cari_judul`] takes names
/// another box or none. The first with a line of data fitting it whose columns are all the box
/// computes from ([`lengkap`]), else the first. Seed 000's IKM section from its PDF gave an IKM
/// of 9,71 from the indikator table above its own; its whole report, 30,53.
pub fn judul_kotak_spasi(rows: &[Baris<'_>], kotak: Kotak) -> Option<usize> {
    if rows.iter().any(|b| b.sel.len() != 1) {
        return None;
    }
    // the box a heading's cells name, and whether they name all it computes from
    let milik = |sel: Vec<Cow<'_, str>>| {
        let b = Baris {
            nomor_baris: 0,
            sel,
        };
        (kotak_baris(&b).is_some_and(|(k, _)| k == kotak)).then(|| lengkap(&[b], kotak))
    };
    let dari_susunan =
        |s: &Susunan| milik(s.sel.iter().map(|c| Cow::Borrowed(c.as_str())).collect());
    if cari_judul(rows).is_some_and(|j| dari_susunan(&j.susun).is_some()) {
        return None;
    }
    let dua_angka = |b: &Baris| pisah_akhir(b.sel[0].trim(), 2).1.len() == 2;
    let mut pertama = None;
    // whether a line above has two numbers at its end: data of another table
    let mut data_di_atas = false;
    for (i, b) in rows.iter().enumerate() {
        let l = b.sel[0].trim();
        // a heading ends in a word, a line of data in its number or `%` (looked at first:
        // most lines of a long paste are data)
        let kata_akhir = !l.ends_with(|c: char| c.is_ascii_digit() || c == '%');
        let calon = if l.len() > MAKS_JUDUL || !data_di_atas || !kata_akhir {
            None
        } else if matches!(kotak, Kotak::Ikm | Kotak::Perkembangan) {
            // read a line at a time by their readers: a heading's words, numbers under it
            let data = rows
                .get(i + 1..i + 5)
                .is_some_and(|r| r.iter().any(dua_angka));
            data.then(|| milik(l.split(' ').map(Cow::Borrowed).collect()))
                .flatten()
        } else {
            // laid under a header: the header's, with a line of data under it or under its
            // second line
            let pas = |s: &Susunan, dari: usize| {
                rows.get(dari..dari + 4)
                    .is_some_and(|r| r.iter().any(|b| s.pas(b.sel[0].trim())))
            };
            Susunan::dari(l).and_then(|s| {
                let s = match rows
                    .get(i + 1)
                    .and_then(|b| s.dengan_bawah(b.sel[0].trim()))
                {
                    Some(s2) if pas(&s2, i + 2) => s2,
                    _ if pas(&s, i + 1) => s,
                    _ => return None,
                };
                dari_susunan(&s)
            })
        };
        match calon {
            Some(true) => return Some(i),
            Some(false) => pertama = pertama.or(Some(i)),
            None => {}
        }
        data_di_atas = data_di_atas || dua_angka(b);
    }
    pertama
}

/// Leaves out the lines above the header at line `judul` (but its caption, `Tabel 3.6` and
/// the line under it), with a message.
pub fn lewati_atas(rows: &mut Vec<Baris<'_>>, judul: usize, kotak: Kotak) -> Option<Pesan> {
    let mulai = (judul.saturating_sub(2)..judul)
        .find(|&i| judul_tabel(rows[i].sel[0].trim()))
        .unwrap_or(judul);
    buang_di_atas_tabel(rows, mulai, judul, kotak)
}

/// A single-space table's header: its line, the second line under it (if any), its layout.
struct Judul {
    baris: usize,
    bawah: Option<String>,
    susun: Susunan,
}

/// A table's caption: `Tabel 3.6`, `TABEL III.2`, `Tabel. III.1 ...`. Under a table's data it
/// starts the next table, whatever its rows (seed 000's IKM table, under the IKM indikator's
/// own table, fitted that one's three columns of numbers).
fn judul_tabel(baris: &str) -> bool {
    let mut kata = baris.split(' ').filter(|w| !w.is_empty());
    let tabel = kata
        .next()
        .is_some_and(|w| w.trim_matches(['*', '.']).eq_ignore_ascii_case("tabel"));
    tabel
        && kata.next().is_some_and(|w| {
            w.trim_start_matches('*')
                .starts_with(|c: char| c.is_ascii_digit() || matches!(c, 'I' | 'V' | 'X'))
        })
}

/// A line of years alone (`2016 2017 2018`): a header's second line, not data.
fn baris_tahun(baris: &str) -> bool {
    let mut kata = baris.split(' ').filter(|w| !w.is_empty());
    kata.clone().nth(1).is_some() && kata.all(tahun)
}

/// A word that is a year, `2019`.
fn tahun(kata: &str) -> bool {
    kata.len() == 4 && tahun_dalam(kata).is_some()
}

/// A header line among the rows: it names two numeric columns or more last, and its only
/// numbers are years (`Realisasi 2019`); a row missing a value (`3 Persentase dokumen % 100
/// -`) has others.
fn judul_lain(baris: &str) -> bool {
    baris.len() <= MAKS_JUDUL
        && baris.split(' ').all(|t| tahun(t) || !angka(t))
        && Susunan::dari(baris).is_some()
}

/// Rows of one cell each, with a header naming two numeric columns or more last
/// ([`cari_judul`]), read as above; the lines above it (a sasaran's title, the report's text)
/// stay as they are, and the header repeated (at each sasaran) is the header again. Under the
/// last line that fits the header, the first line with no value starts the report's text
/// again: it and every line after it stay as they are, one cell each, for
/// [`crate::core::teks::sekitar`] to leave out (a paragraph's words were an indikator, and a
/// caption's `Tabel 3.4` a budget line of 3,4). `None` when the lines do not fit (half the
/// lines with numbers or more must have as many as the header has numeric columns, and at
/// most a quarter more), leaving the rows as they were.
pub fn pisah_spasi_tunggal<'a>(rows: &[Baris<'a>]) -> Option<Vec<Baris<'a>>> {
    if rows.is_empty() || rows.iter().any(|b| b.sel.len() != 1) {
        return None;
    }
    let Some(Judul {
        baris: h,
        bawah,
        susun,
    }) = cari_judul(rows)
    else {
        return tanpa_judul(rows);
    };
    let judul = rows[h].sel[0].trim();
    let mut out: Vec<Baris<'a>> = rows[..h].to_vec();
    let mut hitung = Hitungan::default();
    // the first row without values after the last that fits the header (in out, in rows, and
    // the count before it)
    let mut ekor = None;
    // the last row read had values: a wrapped name may continue it
    let mut sebelumnya = false;
    for b in &rows[h..] {
        let baris = b.sel[0].trim();
        let sel = if baris == judul {
            sebelumnya = false;
            susun.sel.iter().map(|c| Cow::Owned(c.clone())).collect()
        } else if bawah.as_deref() == Some(baris) {
            // the header's second line, in the header's row
            continue;
        } else if let Some(nomor) = baris_nomor(b) {
            // the column numbers under the header (`1 2 3 13(6+9+12)`), one a cell, for the
            // readers to drop
            sebelumnya = false;
            nomor.sel
        } else if sebelumnya && lanjutan(baris) {
            // a name wrapped onto the next line (`kependudukan yang tepat waktu`): the rest of
            // the row above, not an indikator without values
            if let Some(c) = out.last_mut().and_then(|r| r.sel.get_mut(susun.teks())) {
                let c = c.to_mut();
                c.push(' ');
                c.push_str(baris);
            }
            continue;
        } else {
            let (sel, n, l) = susun.baris(baris);
            let cocok = n == susun.k && !l;
            if cocok {
                ekor = None;
            } else if hitung.pas > 0 {
                // another table's header (its years are values): nothing from the text before
                // it on is this table's, though its rows fit the header (seed 000's table 3.3
                // under 3.2)
                if judul_lain(baris) || judul_tabel(baris) {
                    ekor = ekor.or(Some((out.len(), b.nomor_baris, hitung)));
                    break;
                }
                // (a rule line of dashes is no text: the readers drop it)
                if n == 0 && ekor.is_none() && baris.bytes().any(|c| c.is_ascii_alphanumeric()) {
                    ekor = Some((out.len(), b.nomor_baris, hitung));
                }
            }
            hitung.bernilai += usize::from(n > 0);
            hitung.pas += usize::from(cocok);
            hitung.lebih += usize::from(l);
            sebelumnya = n > 0;
            sel
        };
        out.push(Baris {
            nomor_baris: b.nomor_baris,
            sel,
        });
    }
    if let Some((i, nomor, sebelum)) = ekor {
        out.truncate(i);
        let dari = rows
            .iter()
            .position(|b| b.nomor_baris == nomor)
            .unwrap_or(rows.len());
        out.extend_from_slice(&rows[dari..]);
        hitung = sebelum;
    }
    // lines with more numbers than the header has columns (a second header row of `Rp | % |
    // Fisik` read as data, seed 000) would put the wrong figures under it
    let Hitungan {
        bernilai,
        pas,
        lebih,
    } = hitung;
    (pas > 0 && pas * 2 >= bernilai && lebih * 4 <= bernilai).then_some(out)
}

/// How the lines of a single-space table fit its header.
#[derive(Clone, Copy, Default)]
struct Hitungan {
    /// Lines with values.
    bernilai: usize,
    /// Lines with as many values as the header has numeric columns.
    pas: usize,
    /// Lines with more.
    lebih: usize,
}

/// Lines typed with one space and no header (`Indeks Kepuasan Masyarakat 80 82,5`, a quick
/// check on a phone): when every line is text followed by the same number (two or more) of
/// values, each line is its text and its values, a cell each, and the readers take the
/// columns' roles as for any table without a header. Read as one cell a line, nothing was.
fn tanpa_judul<'a>(rows: &[Baris<'a>]) -> Option<Vec<Baris<'a>>> {
    let mut k = None;
    let mut out = Vec::with_capacity(rows.len());
    for b in rows {
        let (kata, nilai, _) = pisah_akhir(b.sel[0].trim(), usize::MAX);
        if kata.is_empty() || nilai.len() < 2 || *k.get_or_insert(nilai.len()) != nilai.len() {
            return None;
        }
        let mut sel: Vec<Cow<'a, str>> = vec![Cow::Owned(kata.join(" "))];
        sel.extend(nilai.iter().map(|v| Cow::Owned(v.to_string())));
        out.push(Baris {
            nomor_baris: b.nomor_baris,
            sel,
        });
    }
    Some(out)
}

/// Whether a single-space table was read without a header ([`tanpa_judul`]): its first row
/// ends in a value.
pub fn dibaca_tanpa_judul(pertama: &[&str]) -> bool {
    pertama.len() > 1 && pertama.last().is_some_and(|c| angka(c))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sasaran_parts_from_its_indikator_where_the_indikators_name_starts() {
        for (teks, sasaran) in [
            // seed 000, as a PDF copies it
            ("Meningkatnya keamanan dan ketertiban Persentase penurunan gangguan KAMTIBMAS", "Meningkatnya keamanan dan ketertiban"),
            ("Meningkatnya kualitas 1. Predikat Akuntabilitas kinerja", "Meningkatnya kualitas"),
            // the sasaran wrapped: its rest before the next indikator
            ("capaian kinerja 2. Presentase tindak lanjut hasil pemeriksaan keuangan", "capaian kinerja"),
            // seed 001: a lettered indikator
            ("Meningkatnya Kualitas Pelayanan Kecamatan Sungai Sembilan a Indeks Kepuasan Masyarakat", "Meningkatnya Kualitas Pelayanan Kecamatan Sungai Sembilan"),
            // the sasaran's merged cell is above: all indikator
            ("b Persentase Pelaksanaan Tugas Pemerintahan Umum", ""),
            ("Persentase pelayanan tepat waktu", ""),
            ("Indeks Kepuasan Masyarakat", ""),
            // an opener word inside the sasaran's first two words is the sasaran's
            ("Meningkatnya Nilai Akuntabilitas Kinerja Nilai SAKIP", "Meningkatnya Nilai Akuntabilitas Kinerja"),
            // no indikator word found: left whole, as before
            ("Terwujudnya tata kelola pemerintahan yang baik Dokumen perencanaan", ""),
            ("", ""),
        ] {
            let kata: Vec<&str> = teks.split(' ').filter(|w| !w.is_empty()).collect();
            assert_eq!(kata[..pisah_sasaran(&kata)].join(" "), sasaran, "{teks}");
        }
    }

    fn baris(teks: &str) -> Vec<Baris<'_>> {
        teks.lines()
            .enumerate()
            .map(|(i, l)| Baris {
                nomor_baris: i + 1,
                sel: vec![Cow::Borrowed(l)],
            })
            .collect()
    }

    fn sel(rows: &[Baris]) -> Vec<Vec<String>> {
        rows.iter()
            .map(|b| b.sel.iter().map(|c| c.to_string()).collect())
            .collect()
    }

    #[test]
    fn an_indicator_table_with_one_space_between_cells() {
        let rows = baris(
            "No Sasaran Indikator Kinerja Satuan Target Realisasi Capaian (%)\n\
             1 Meningkatnya kualitas pelayanan Indeks Kepuasan Masyarakat Indeks 80 81,03 101,29\n\
             2 Meningkatnya akuntabilitas Nilai SAKIP Nilai 70 68,5 % 97,86\n\
             1 2 3 4 5 6\n\
             3 Persentase dokumen tepat waktu % 100 -\n\
             4 Predikat Akuntabilitas Kinerja Nilai BB B\n\
             Sasaran 2 Terwujudnya tata kelola yang baik",
        );
        let out = pisah_spasi_tunggal(&rows).expect("split");
        assert_eq!(
            sel(&out),
            [
                // a Sasaran and an Indikator heading: each line parts where the indikator's
                // name starts
                vec![
                    "No",
                    "Sasaran",
                    "Indikator Kinerja",
                    "Satuan",
                    "Target",
                    "Realisasi",
                    "Capaian (%)"
                ],
                vec![
                    "1",
                    "Meningkatnya kualitas pelayanan",
                    "Indeks Kepuasan Masyarakat",
                    "Indeks",
                    "80",
                    "81,03",
                    "101,29"
                ],
                vec![
                    "2",
                    "Meningkatnya akuntabilitas",
                    "Nilai SAKIP",
                    "Nilai",
                    "70",
                    "68,5",
                    "97,86"
                ],
                vec!["1", "2", "3", "4", "5", "6"],
                vec!["3", "", "Persentase dokumen tepat waktu", "%", "100", "-"],
                vec![
                    "4",
                    "",
                    "Predikat Akuntabilitas Kinerja",
                    "Nilai",
                    "BB",
                    "B"
                ],
                // no value under the last row with values: left one cell, as text under the
                // table is
                vec!["Sasaran 2 Terwujudnya tata kelola yang baik"],
            ]
        );
    }

    /// A name wrapped onto the next line (it starts in lower case) is the rest of the row
    /// above; a summary line under the rows is not.
    #[test]
    fn a_wrapped_name_continues_its_row() {
        let rows = baris(
            "No Indikator Kinerja Satuan Target Realisasi\n\
             1 Persentase pelayanan administrasi % 100 98\n\
             kependudukan yang tepat waktu\n\
             2 Jumlah dokumen yang Dokumen 4 4\n\
             disusun\n\
             tepat waktu\n\
             Total capaian sasaran 99",
        );
        let out = pisah_spasi_tunggal(&rows).expect("split");
        let baris: Vec<String> = sel(&out).iter().map(|r| r.join(" | ")).collect();
        assert_eq!(
            baris[1..],
            [
                "1 | Persentase pelayanan administrasi kependudukan yang tepat waktu | % | 100 | 98",
                "2 | Jumlah dokumen yang disusun tepat waktu | Dokumen | 4 | 4",
                " | Total capaian | sasaran | 99",
            ]
        );
    }

    #[test]
    fn a_budget_with_codes_and_one_space_between_cells() {
        let rows = baris(
            "Kode Uraian Pagu Anggaran Realisasi Sisa Anggaran\n\
             7.01.01 Program Penunjang Urusan 1.500.000 1.400.000 100.000\n\
             7.01.01.2.01 Perencanaan 2024 500.000 450.000 50.000\n\
             7.01.01.2.02 Keuangan 600.000 580.000 20.000\n\
             7.01.01.2.03 Umum 400.000 370.000 30.000",
        );
        let out = pisah_spasi_tunggal(&rows).expect("split");
        let baris: Vec<String> = sel(&out).iter().map(|r| r.join(" | ")).collect();
        assert_eq!(
            baris,
            [
                "Kode | Uraian | Pagu Anggaran | Realisasi | Sisa Anggaran",
                "7.01.01 | Program Penunjang Urusan | 1.500.000 | 1.400.000 | 100.000",
                "7.01.01.2.01 | Perencanaan 2024 | 500.000 | 450.000 | 50.000",
                "7.01.01.2.02 | Keuangan | 600.000 | 580.000 | 20.000",
                "7.01.01.2.03 | Umum | 400.000 | 370.000 | 30.000",
            ]
        );
    }

    /// Seed 000's budget: `REALISASI` over a second header line, `KEUANGAN Rp. % FISIK (%)`,
    /// four numbers a line; its sections lettered `A.`, `B.`. Before, nothing was read.
    #[test]
    fn a_second_header_line_parts_the_last_column() {
        let out = pisah_spasi_tunggal(&baris(
            "NO PROGRAM / KEGIATAN TOTAL ANGGARAN (Rp) REALISASI\nKEUANGAN Rp. % FISIK (%)\n\
             1 2 3 4 5 6\n\
             A. BELANJA TIDAK LANGSUNG 7.840.840.784,00 6.097.391.234,00 77.76 100.00\n\
             1 Program A 1.000.000 900.000 90 100\n\
             NO PROGRAM / KEGIATAN TOTAL ANGGARAN (Rp) REALISASI\nKEUANGAN Rp. % FISIK (%)\n\
             2 Program B 2.000.000 1.500.000 75 80",
        ))
        .expect("split");
        let baris: Vec<String> = sel(&out).iter().map(|r| r.join(" | ")).collect();
        assert_eq!(
            baris,
            [
                "NO | PROGRAM / KEGIATAN TOTAL | ANGGARAN (Rp) | REALISASI KEUANGAN Rp. | REALISASI % | REALISASI FISIK (%)",
                "1 | 2 | 3 | 4 | 5 | 6",
                "A. | BELANJA TIDAK LANGSUNG | 7.840.840.784,00 | 6.097.391.234,00 | 77.76 | 100.00",
                "1 | Program A | 1.000.000 | 900.000 | 90 | 100",
                // repeated at a page break: the header again, its second line with it
                "NO | PROGRAM / KEGIATAN TOTAL | ANGGARAN (Rp) | REALISASI KEUANGAN Rp. | REALISASI % | REALISASI FISIK (%)",
                "2 | Program B | 2.000.000 | 1.500.000 | 75 | 80",
            ]
        );
    }

    #[test]
    fn prose_and_lines_that_do_not_fit_are_left_as_they_are() {
        // a sentence mentioning target and realisasi, not a header
        assert!(pisah_spasi_tunggal(&baris(
            "Target dan realisasi tahun ini baik\nSemua tercapai dengan baik"
        ))
        .is_none());
        // four numbers a line under two columns, and no second header line parting them
        assert!(pisah_spasi_tunggal(&baris(
            "NO PROGRAM / KEGIATAN TOTAL ANGGARAN (Rp) REALISASI\n\
             1 Program A 1.000.000 900.000 90 100\n2 Program B 2.000.000 1.500.000 75 80"
        ))
        .is_none());
        // most lines lack the header's three numbers
        assert!(pisah_spasi_tunggal(&baris(
            "Indikator Target Realisasi Capaian\nIKM 80\nSAKIP 70\nLainnya 1 2 3"
        ))
        .is_none());
        // no header: lines with different counts of values, a line of one value, or one
        // value a line (a PDF's one cell a line, for the fold)
        for teks in [
            "IKM 80 82\nSAKIP 70 68 97",
            "Capaian kinerja tahun 2023",
            "Indeks Kepuasan Masyarakat\n80\n82,5",
        ] {
            assert!(pisah_spasi_tunggal(&baris(teks)).is_none(), "{teks}");
        }
    }

    /// The report's text above the header, past the first five lines, and a sentence naming a
    /// target and a realisasi among it; under the table, the paragraph, the next caption and
    /// the next table.
    #[test]
    fn the_header_under_the_reports_text_and_the_text_under_the_table() {
        let mut teks = "BAB III\nAKUNTABILITAS KINERJA\n".repeat(4);
        teks.push_str(
            "Berikut capaian target dan realisasi kinerja\n\
             No Indikator Satuan Target Realisasi\n\
             1 Indeks Kepuasan Masyarakat Indeks 80 81,03\n\
             Sasaran 2 Meningkatnya akuntabilitas\n\
             2 Nilai SAKIP Nilai 70 68,5\n\
             Rata-rata capaian 98\n\
             Adapun capaian tahun ini meningkat\n\
             Tabel 3.4\n\
             No Indikator Satuan Realisasi 2018 Realisasi 2019\n\
             1 Indeks Kepuasan Masyarakat Indeks 80,75 81,03",
        );
        let out = pisah_spasi_tunggal(&baris(&teks)).expect("split");
        let baris: Vec<String> = sel(&out).iter().map(|r| r.join(" | ")).collect();
        assert_eq!(
            baris[8..],
            [
                // the sentence above is no header: no data fits it
                "Berikut capaian target dan realisasi kinerja",
                "No | Indikator | Satuan | Target | Realisasi",
                "1 | Indeks Kepuasan Masyarakat | Indeks | 80 | 81,03",
                // a line without values between rows is the table's (a sasaran's title)
                " | Sasaran 2 Meningkatnya akuntabilitas | ",
                "2 | Nilai SAKIP | Nilai | 70 | 68,5",
                // a summary line with a value under the last row is too
                " | Rata-rata | capaian | 98",
                // the first line with none after it starts the text: one cell each
                "Adapun capaian tahun ini meningkat",
                "Tabel 3.4",
                "No Indikator Satuan Realisasi 2018 Realisasi 2019",
                "1 Indeks Kepuasan Masyarakat Indeks 80,75 81,03",
            ]
        );
    }

    /// The next table's caption right under the rows ends the table, though the rows under
    /// it fit the header (seed 000's IKM table under the IKM indikator's own).
    #[test]
    fn the_next_tables_caption_ends_the_table() {
        let out = pisah_spasi_tunggal(&baris(
            "Indikator Target Realisasi\nIKM 80,25 81,14\nTabel 3.6\nNo Unsur Nilai\n1 Persyaratan 3 0.33",
        ))
        .expect("split");
        let baris: Vec<String> = sel(&out).iter().map(|r| r.join(" | ")).collect();
        assert_eq!(
            baris,
            [
                "Indikator | Target | Realisasi",
                "IKM | 80,25 | 81,14",
                "Tabel 3.6",
                "No Unsur Nilai",
                "1 Persyaratan 3 0.33",
            ]
        );
        assert!(judul_tabel("TABEL III.2") && judul_tabel("Tabel. III.1 Pengukuran"));
        assert!(!judul_tabel("Tabel") && !judul_tabel("Tabel berikut"));
    }

    /// Typed with one space and no header, as on a phone: text and values, a cell each.
    #[test]
    fn lines_without_a_header_are_text_and_values() {
        let out = pisah_spasi_tunggal(&baris(
            "Indeks Kepuasan Masyarakat 80 82,5\nPersentase pelayanan tepat waktu 90 87",
        ))
        .expect("split");
        assert_eq!(
            sel(&out),
            [
                vec!["Indeks Kepuasan Masyarakat", "80", "82,5"],
                vec!["Persentase pelayanan tepat waktu", "90", "87"],
            ]
        );
        assert!(dibaca_tanpa_judul(&[
            "Indeks Kepuasan Masyarakat",
            "80",
            "82,5"
        ]));
        assert!(!dibaca_tanpa_judul(&["Indikator", "Target", "Realisasi"]));
    }
}
