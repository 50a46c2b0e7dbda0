//! Pasted text into rows of cells. Excel, Word and Google Sheets paste tab-separated text
//! (Excel quotes a cell that holds a line break); seed 004 has markdown pipes; some offices
//! use `;`. A PDF copy often has only runs of spaces between columns.

use crate::core::teks::beda::hitung_lf;
use crate::core::teks::kata::awali;
use crate::core::teks::kotak::Kotak;
use crate::core::teks::lipat::lipat_sel_per_baris;
use crate::core::teks::pesan::Pesan;
use crate::core::teks::spasi_tunggal::{
    angka, jenis, judul_kotak_spasi, lewati_atas, pisah_spasi_tunggal,
};
use crate::core::teks::tampil::ribuan;
use std::borrow::Cow;

/// One pasted row: its cells and the line it started on (1-based), for messages. A cell is
/// the pasted text itself where it needed no change (most of them), a new string where it did
/// (a quoted cell, collapsed white space): copying every cell of 100.000 lines was a tenth of
/// reading them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Baris<'a> {
    pub nomor_baris: usize,
    pub sel: Vec<Cow<'a, str>>,
}

impl Baris<'_> {
    /// The cell at `kolom`, or "" when the row is shorter.
    pub fn sel(&self, kolom: usize) -> &str {
        self.sel.get(kolom).map(|c| c.as_ref()).unwrap_or("")
    }

    /// The first non-blank cell, trimmed ("" when there is none).
    pub fn pertama(&self) -> &str {
        self.sel
            .iter()
            .map(|c| tepi(c))
            .find(|c| !c.is_empty())
            .unwrap_or("")
    }

    /// How many cells are not blank.
    pub fn terisi(&self) -> usize {
        self.sel.iter().filter(|c| !tepi(c).is_empty()).count()
    }

    /// True when every cell is blank.
    pub fn kosong(&self) -> bool {
        self.sel.iter().all(|c| tepi(c).is_empty())
    }
}

/// How the text was split, shown to the user.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pemisah {
    Tab,
    TitikKoma,
    Pipa,
    Spasi,
    /// One space between cells and words alike ([`crate::core::teks::spasi_tunggal`]).
    SpasiTunggal,
    /// Commas: a CSV file opened as text, or a table typed where there is no Tab key
    /// ([`pemisah_koma`]).
    Koma,
}

impl Pemisah {
    pub fn label(self) -> &'static str {
        match self {
            Pemisah::Tab => "tab (Excel/Word/Sheets)",
            Pemisah::TitikKoma => "titik koma (;)",
            Pemisah::Pipa => "garis tegak (markdown)",
            Pemisah::Spasi => "spasi ganda (salinan PDF)",
            Pemisah::SpasiTunggal => "spasi tunggal (salinan PDF)",
            Pemisah::Koma => "koma (CSV)",
        }
    }
}

/// The most lines one paste is read to; a kabupaten's budget has a few thousand.
pub const MAKS_BARIS: usize = 100_000;
/// The most bytes one paste is read to.
pub const MAKS_BYTE: usize = 8 * 1024 * 1024;
/// The longest line looked at as a header (two hundred headings of twenty letters): an 8 MB
/// line looked at word by word as one took a second natively.
pub const MAKS_JUDUL: usize = 4 * 1024;

/// The part of a paste the readers take (whole lines, up to [`MAKS_BARIS`] lines and
/// [`MAKS_BYTE`] bytes), and a message naming what was left out. The text itself is kept.
pub fn batasi(teks: &str) -> (&str, Option<String>) {
    let mut akhir = teks.len().min(MAKS_BYTE);
    while !teks.is_char_boundary(akhir) {
        akhir -= 1;
    }
    // the lines read: the limit's when the lines' limit cut the paste, else counted
    let mut dibaca = MAKS_BARIS;
    if let Some((i, _)) = teks[..akhir].match_indices('\n').nth(MAKS_BARIS - 1) {
        akhir = i;
    } else if akhir < teks.len() {
        akhir = teks[..akhir].rfind('\n').unwrap_or(akhir);
        dibaca = banyak_baris(&teks[..akhir]);
    }
    if akhir >= teks.len() {
        return (teks, None);
    }
    let sisa = teks[akhir..]
        .lines()
        .filter(|l| !l.trim().is_empty())
        .count();
    let pesan = format!(
        "Tempelan terlalu besar: hanya {} baris pertama yang dibaca (batas {} baris atau {} MB); \
         {} baris berikutnya tidak dibaca. Bagi tabel menjadi beberapa bagian (misalnya per \
         program atau per sasaran) dan tempel satu per satu.",
        ribuan(dibaca),
        ribuan(MAKS_BARIS),
        MAKS_BYTE / (1024 * 1024),
        ribuan(sisa)
    );
    (&teks[..akhir], Some(pesan))
}

/// How many lines `str::lines` gives `teks`, counted by its line breaks alone, for the message
/// of a paste cut at [`MAKS_BYTE`] (a paste cut at [`MAKS_BARIS`] lines has that many: walking
/// them again took 4 ms of 100.000 raw IKM answers).
fn banyak_baris(teks: &str) -> usize {
    hitung_lf(teks.as_bytes()) + usize::from(!teks.is_empty() && !teks.ends_with('\n'))
}

/// The separator a paste's lines show: pipes, tabs, semicolons, else spaces (which
/// [`pisah_tabel_ttd`] then tells from commas). `teks` without its byte-order mark.
pub fn pemisah_garis(teks: &str) -> Pemisah {
    // counted, not collected: this pass is over every line of the paste
    let (mut lines, mut pipes, mut semis) = (0usize, 0usize, 0usize);
    for l in teks.lines() {
        let t = l.trim_start();
        if !t.is_empty() {
            lines += 1;
            pipes += usize::from(t.starts_with('|'));
            semis += usize::from(t.contains(';'));
        }
    }
    // a markdown table under the report's text: most lines are prose, a few are the table's
    if lines > 0 && pipes * 2 >= lines || pipes >= 3 && !teks.contains('\t') {
        Pemisah::Pipa
    } else if teks.contains('\t') {
        Pemisah::Tab
    } else if semis * 2 >= lines && semis > 0 {
        // most lines: a semicolon in the report's prose (a whole report copied from its
        // PDF) parts no cells
        Pemisah::TitikKoma
    } else {
        Pemisah::Spasi
    }
}

/// Split pasted text into rows. Blank lines and markdown rule lines (`|---|`) are dropped.
pub fn pisah_tabel(teks: &str) -> (Pemisah, Vec<Baris<'_>>) {
    let (pemisah, rows, _) = pisah_tabel_ttd(teks, None);
    (pemisah, rows)
}

/// [`pisah_tabel`], and the message on the signatures a PDF copy's lines had under the table
/// (dropped before its columns are inferred, see [`crate::core::teks::sekitar::buang_sebaris`]).
/// `kotak`: the box it is read for. A PDF copy of more than its table (a whole report, a
/// section starting with another box's table) is read from that box's header on, the lines
/// above it left out with a message ([`crate::core::teks::spasi_tunggal::judul_kotak_spasi`]):
/// before its columns are inferred, and before its signatures are looked for (a foreword's
/// ended the report at its first page).
pub fn pisah_tabel_ttd(teks: &str, kotak: Option<Kotak>) -> (Pemisah, Vec<Baris<'_>>, Vec<Pesan>) {
    // a file opened as text may start with a byte-order mark: it is no part of the first cell
    // (seed 004's budget with one read its `No` column as the uraian: 5.301.141.396 for
    // 2.739.012.300)
    let teks = teks.strip_prefix('\u{feff}').unwrap_or(teks);
    let mut pemisah = pemisah_garis(teks);
    let koma = if pemisah == Pemisah::Spasi {
        pemisah_koma(teks)
    } else {
        None
    };
    if koma.is_some() {
        pemisah = Pemisah::Koma;
    }
    let mut ttd = Vec::new();
    // cells split at a tab, `;` or `,` are tidied as they are split (see `pisah_berkutip`)
    let mut rapi = true;
    let rows = match pemisah {
        Pemisah::Tab => sambung_sel_putus(pisah_berkutip(teks, '\t')),
        Pemisah::TitikKoma => pisah_berkutip(teks, ';'),
        Pemisah::Koma if koma == Some(KomaSpasi) => {
            rapi = false;
            pisah_koma_spasi(teks)
        }
        Pemisah::Koma => pisah_berkutip(teks, ','),
        Pemisah::Pipa => {
            rapi = false;
            pisah_pipa(teks)
        }
        // a PDF viewer's copy, one cell per line, is folded back into rows; one with single
        // spaces between cells is split by the numbers at the end of each line
        // (first: the lines of a single-space table, read as one cell each, may look like
        // headings to the fold)
        Pemisah::Spasi | Pemisah::SpasiTunggal => {
            rapi = false;
            let mut rows = pisah_spasi(teks);
            if let Some(k) = kotak {
                let judul = judul_kotak_spasi(&rows, k);
                ttd.extend(judul.and_then(|i| lewati_atas(&mut rows, i, k)));
            }
            ttd.extend(crate::core::teks::sekitar::buang_sebaris(&mut rows));
            match pisah_spasi_tunggal(&rows) {
                Some(r) => {
                    pemisah = Pemisah::SpasiTunggal;
                    r
                }
                None => lipat_sel_per_baris(rows),
            }
        }
    };
    let rows = rows
        .into_iter()
        .map(|mut b| {
            if !rapi {
                b.sel.iter_mut().for_each(rapikan);
            }
            b
        })
        // a tidy cell is blank only when empty
        .filter(|b| b.sel.iter().any(|c| !c.is_empty()))
        .collect();
    (pemisah, rows, ttd)
}

/// How commas part a table's cells.
#[derive(Clone, Copy, PartialEq, Eq)]
enum CaraKoma {
    /// A CSV file: every comma outside quotes (a decimal comma is quoted, `"82,5"`).
    Csv,
    /// Typed: a comma followed by a space (`IKM, 80,5, 82`), so a decimal comma is not one.
    KomaSpasi,
}
use CaraKoma::KomaSpasi;

/// Whether a paste with no tab, `;` or pipe parts its cells by commas: a line among the first
/// five whose comma-parted cells name two columns or more (`No,Sasaran,Indikator,...`,
/// `Indikator, Target, Realisasi`), and how. A phone has no Tab key, and a CSV file opened as
/// text has commas; read as one cell a line, nothing was recognised. Not a line with runs of
/// spaces (a PDF copy whose heading is `Program, Kegiatan, Sub Kegiatan`) nor prose.
fn pemisah_koma(teks: &str) -> Option<CaraKoma> {
    let judul = teks
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .take(5)
        .filter(|l| l.len() <= MAKS_JUDUL)
        .find(|l| {
            let bagian: Vec<&str> = l.split(',').map(str::trim).collect();
            let dikenal = bagian
                .iter()
                .filter(|b| {
                    b.len() <= 60
                        && b.starts_with(|c: char| c.is_ascii_alphabetic())
                        && judul_koma(b)
                })
                .count();
            !l.contains("  ") && bagian.len() >= 2 && dikenal >= 2 && dikenal * 2 >= bagian.len()
        });
    let Some(judul) = judul else {
        return koma_tanpa_judul(teks).then_some(KomaSpasi);
    };
    let (cara, pemisah) = if judul.contains(", ") {
        (KomaSpasi, ", ")
    } else {
        (CaraKoma::Csv, ",")
    };
    // the lines under it are parted so too (a PDF copy's `No Program, Kegiatan, Sub Kegiatan
    // Anggaran` heading stands over lines of single spaces)
    let (mut semua, mut dengan) = (0usize, 0usize);
    for l in teks
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && *l != judul)
    {
        semua += 1;
        dengan += usize::from(l.contains(pemisah));
    }
    (dengan * 2 >= semua).then_some(cara)
}

/// The cells of one `line` of a table parted by `pemisah` (`teks` the whole table, for how its
/// commas part), as the table's reading parts it; `None` for a kind a line alone is not
/// parted as (spaces, whose columns come from the whole table).
pub fn sel_sebaris<'a>(teks: &str, pemisah: Pemisah, line: &'a str) -> Option<Vec<Cow<'a, str>>> {
    let rows = match pemisah {
        Pemisah::Tab => pisah_berkutip(line, '\t'),
        Pemisah::TitikKoma => pisah_berkutip(line, ';'),
        Pemisah::Koma if pemisah_koma(teks) == Some(KomaSpasi) => pisah_koma_spasi(line),
        Pemisah::Koma => pisah_berkutip(line, ','),
        Pemisah::Pipa => pisah_pipa(line),
        Pemisah::Spasi | Pemisah::SpasiTunggal => return None,
    };
    match <[Baris; 1]>::try_from(rows) {
        Ok([mut b]) => {
            b.sel.iter_mut().for_each(rapikan);
            Some(b.sel)
        }
        Err(_) => None,
    }
}

/// One row written as a table parted by `pemisah` writes its lines (`teks` the whole table),
/// or `None` where such a line cannot hold these cells; it reads back as `sel`.
pub fn tulis_sebaris(teks: &str, pemisah: Pemisah, sel: &[String]) -> Option<String> {
    let kutip = |c: &str, sep: char| {
        if c.contains([sep, '"']) {
            format!("\"{}\"", c.replace('"', "\"\""))
        } else {
            c.to_string()
        }
    };
    let gabung = |sep: char| {
        sel.iter()
            .map(|c| kutip(c, sep))
            .collect::<Vec<_>>()
            .join(&sep.to_string())
    };
    let baris = match pemisah {
        Pemisah::Tab => gabung('\t'),
        Pemisah::TitikKoma => gabung(';'),
        Pemisah::Koma if pemisah_koma(teks) == Some(KomaSpasi) => sel.join(", "),
        Pemisah::Koma => gabung(','),
        Pemisah::Pipa => format!("| {} |", sel.join(" | ")),
        Pemisah::Spasi | Pemisah::SpasiTunggal => return None,
    };
    let kembali = sel_sebaris(teks, pemisah, &baris)?;
    (kembali.len() == sel.len() && kembali.iter().zip(sel).all(|(a, b)| a == b)).then_some(baris)
}

/// A heading of any of the tables: the indikator's or the budget's, or the IKM's and the
/// budget by year's (`Unsur`, `NRR`, `U1`, `Responden`, `Tahun`).
fn judul_koma(h: &str) -> bool {
    let u = h.as_bytes();
    jenis(h).is_some()
        || ["unsur", "nrr", "responden", "tahun"]
            .iter()
            .any(|w| awali(h, w))
        || matches!(u, [b'U' | b'u', d] if d.is_ascii_digit())
}

/// Lines typed with a comma and a space and no header (`IKM, 80, 82,5`, `2020, 1.500.000`, a
/// quick check on a phone): every line parts into the same number of cells, two or more,
/// the last a value.
fn koma_tanpa_judul(teks: &str) -> bool {
    let mut lebar = None;
    let mut baris = teks.lines().map(str::trim).filter(|l| !l.is_empty());
    baris.all(|l| {
        let sel = sel_koma_spasi(l);
        sel.len() >= 2
            && sel.last().is_some_and(|c| angka(c.trim()))
            && *lebar.get_or_insert(sel.len()) == sel.len()
    }) && lebar.is_some()
}

/// A line's cells parted at each comma followed by white space (typed cells); a comma between
/// digits (`80,5`) stays in its number.
fn sel_koma_spasi(l: &str) -> Vec<&str> {
    let mut sel = Vec::new();
    let mut awal = 0;
    for (j, _) in l.match_indices(',') {
        if l[j + 1..].starts_with(char::is_whitespace) || j + 1 == l.len() {
            sel.push(&l[awal..j]);
            awal = j + 1;
        }
    }
    sel.push(&l[awal..]);
    sel
}

/// Lines parted as [`sel_koma_spasi`] does.
fn pisah_koma_spasi(teks: &str) -> Vec<Baris<'_>> {
    teks.lines()
        .enumerate()
        .map(|(i, l)| Baris {
            nomor_baris: i + 1,
            sel: sel_koma_spasi(l.strip_suffix('\r').unwrap_or(l))
                .into_iter()
                .map(Cow::Borrowed)
                .collect(),
        })
        .collect()
}

/// Word writes a cell of two paragraphs (`Program Penunjang` / `Urusan Pemerintahan`) as two
/// lines: the row breaks in the middle of that cell, and its second half starts a line of its
/// own, its amounts shifted into the first columns. A short line (two cells or more, ending in
/// words) and the lines after it that start with words are one row when together they have
/// exactly the table's width; the halves of each broken cell are joined with a space. A short
/// row that is whole (a heading, merged cells, a row ending in a number) is not completed by
/// a title line or a Total/Jumlah line, so it stays. Linear: a scan starts only at a line of
/// two cells or more and stops at the next such line.
fn sambung_sel_putus(rows: Vec<Baris<'_>>) -> Vec<Baris<'_>> {
    let lebar = rows.iter().map(|b| b.sel.len()).max().unwrap_or(0);
    let huruf = |c: &str| c.bytes().any(|b| b.is_ascii_alphabetic());
    let lanjutan = |b: &Baris| {
        let awal = tepi(b.sel(0));
        let kata = awal.split(' ').next().unwrap_or("").to_ascii_lowercase();
        awal.starts_with(|c: char| c.is_alphabetic())
            && !matches!(
                kata.as_str(),
                "jumlah" | "total" | "sub" | "subtotal" | "grand"
            )
    };
    let mut rows: Vec<Option<Baris>> = rows.into_iter().map(Some).collect();
    let mut out: Vec<Baris> = Vec::with_capacity(rows.len());
    let mut i = 0;
    while i < rows.len() {
        let Some(mut a) = rows[i].take() else {
            i += 1;
            continue;
        };
        let mut sampai = i + 1;
        if (2..lebar).contains(&a.sel.len()) && a.sel.last().is_some_and(|c| huruf(c)) {
            let (mut n, mut k) = (a.sel.len(), i + 1);
            while let Some(b) = rows.get(k).and_then(|r| r.as_ref()) {
                if n >= lebar || !lanjutan(b) || n + b.sel.len() - 1 > lebar {
                    break;
                }
                n += b.sel.len() - 1;
                k += 1;
            }
            if n == lebar && k > i + 1 {
                for b in rows[i + 1..k].iter_mut().filter_map(Option::take) {
                    let mut sel = b.sel.into_iter();
                    if let (Some(akhir), Some(lanjut)) = (a.sel.last_mut(), sel.next()) {
                        *akhir = Cow::Owned(format!("{} {}", tepi(akhir), tepi(&lanjut)));
                    }
                    a.sel.extend(sel);
                }
                sampai = k;
            }
        }
        out.push(a);
        i = sampai;
    }
    out
}

/// One line of a tab-parted paste that holds no quote, as [`pisah_tabel`] reads it: split at
/// its tabs, each cell tidied. For a reader that reads one line of the paste again.
pub fn baris_tab(line: &str, nomor_baris: usize) -> Baris<'_> {
    Baris {
        nomor_baris,
        sel: sel_terpisah(line, '\t'),
    }
}

/// Collapse runs of white space (line breaks inside a cell included) into one space, and trim.
/// Most cells are tidy already and are left as they are, without a new string.
fn rapikan(s: &mut Cow<'_, str>) {
    if !rapi(s) {
        let terlihat: String = s.chars().filter(|c| !tak_terlihat(*c)).collect();
        *s = Cow::Owned(terlihat.split_whitespace().collect::<Vec<_>>().join(" "));
    }
}

/// A character that shows nothing and is no white space: a zero-width space or joiner, a
/// word joiner, a byte-order mark, a soft hyphen. A web page or a PDF viewer's copy may carry
/// them; before a number (`\u{200b}80,25`) the cell was read as text.
fn tak_terlihat(c: char) -> bool {
    matches!(
        c,
        '\u{200b}'..='\u{200d}' | '\u{2060}' | '\u{feff}' | '\u{ad}'
    )
}

/// `s.trim()`, without decoding a character when both ends are visible ASCII (every tidy cell
/// of a paste, which the readers trim again at each stage to be safe).
#[inline]
pub fn tepi(s: &str) -> &str {
    let b = s.as_bytes();
    match (b.first(), b.last()) {
        (None, _) => s,
        (Some(a), Some(z)) if (b'!'..=b'~').contains(a) && (b'!'..=b'~').contains(z) => s,
        _ => s.trim(),
    }
}

/// No white space but single spaces between words.
fn rapi(s: &str) -> bool {
    let mut spasi = true; // a space at the start is to be trimmed
    let mut lihat = |putih: bool, spasi_biasa: bool| {
        let ok = !putih || (spasi_biasa && !spasi);
        spasi = putih;
        ok
    };
    // most cells are ASCII: read by byte, with `char::is_whitespace`'s ASCII set
    let semua = if s.is_ascii() {
        s.bytes().all(|b| {
            lihat(
                matches!(b, b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r'),
                b == b' ',
            )
        })
    } else {
        s.chars()
            .all(|c| !tak_terlihat(c) && lihat(c.is_whitespace(), c == ' '))
    };
    semua && (!spasi || s.is_empty())
}

/// `line`'s cells between `sep`s, tidy, in a vector sized once: grown as it fills, a row of ten
/// cells took three allocations and kept room for sixteen (100.000 rows: 38 MB for 24).
/// Each cell is tidied ([`rapikan`]) here, while its bytes are at hand: a pass of its own over
/// 100.000 rows' cells read them all back from memory.
fn sel_terpisah(line: &str, sep: char) -> Vec<Cow<'_, str>> {
    let mut sel = Vec::with_capacity(line.matches(sep).count() + 1);
    sel.extend(line.split(sep).map(|c| {
        let mut c = Cow::Borrowed(c);
        rapikan(&mut c);
        c
    }));
    sel
}

/// Delimited text where a cell may be quoted, `"a ""b"" c"`, and hold line breaks; every
/// cell tidy. A line with no quote is one row, split as it is; a row with a quote is read
/// character by character ([`baris_berkutip`]), since its quoted cell may run over several
/// lines.
fn pisah_berkutip(teks: &str, sep: char) -> Vec<Baris<'_>> {
    let mut rows = Vec::new();
    let mut rest = teks;
    let mut line = 1usize;
    while !rest.is_empty() {
        let (head, tail) = rest.split_once('\n').unwrap_or((rest, ""));
        let head = head.strip_suffix('\r').unwrap_or(head);
        if !head.bytes().any(|b| b == b'"' || b == b'\r') {
            rows.push(Baris {
                nomor_baris: line,
                sel: sel_terpisah(head, sep),
            });
            line += 1;
            rest = tail;
        } else {
            let (mut sel, dibaca, baris) = baris_berkutip_pinjam(rest, sep).unwrap_or_else(|| {
                let (sel, dibaca, baris) = baris_berkutip(rest, sep);
                (sel.into_iter().map(Cow::Owned).collect(), dibaca, baris)
            });
            sel.iter_mut().for_each(rapikan);
            rows.push(Baris {
                nomor_baris: line,
                sel,
            });
            line += baris;
            rest = &rest[dibaca..];
        }
    }
    rows
}

/// [`baris_berkutip`] for most rows that hold a quote: each cell is either quoted whole, with
/// no quote inside, or holds no quote and no `\r`. Its cells are borrowed from the text (a CSV
/// file quotes every decimal comma, and a string a cell was 600.000 allocations for 100.000
/// rows). Before they are tidied ([`rapikan`]), they differ from [`baris_berkutip`]'s only in
/// a quoted line break kept as it is, not made a space. `None` for any other row.
fn baris_berkutip_pinjam(teks: &str, sep: char) -> Option<(Vec<Cow<'_, str>>, usize, usize)> {
    let b = teks.as_bytes();
    let sep = u8::try_from(sep).ok().filter(u8::is_ascii)?;
    let mut cells = Vec::new();
    let (mut i, mut lines) = (0, 1);
    loop {
        // only ASCII bytes are looked for, so every index is a character's boundary
        let (cell, next) = if b.get(i) == Some(&b'"') {
            let tutup = i + 1 + b.get(i + 1..)?.iter().position(|c| *c == b'"')?;
            let cell = teks.get(i + 1..tutup)?;
            lines += cell.bytes().filter(|c| *c == b'\n').count();
            (cell, tutup + 1)
        } else {
            let rest = b.get(i..)?;
            let akhir = i + rest
                .iter()
                .position(|c| matches!(*c, b'\n' | b'\r' | b'"') || *c == sep)
                .unwrap_or(rest.len());
            (teks.get(i..akhir)?, akhir)
        };
        cells.push(Cow::Borrowed(cell));
        match (b.get(next), b.get(next + 1)) {
            (Some(c), _) if *c == sep => i = next + 1,
            (None, _) => return Some((cells, b.len(), lines)),
            (Some(b'\n'), _) => return Some((cells, next + 1, lines)),
            (Some(b'\r'), Some(b'\n')) => return Some((cells, next + 2, lines)),
            // a quote inside a cell, text after a closing quote, a lone `\r`
            _ => return None,
        }
    }
}

/// One row of delimited text that may hold quoted cells: its cells, the bytes read (its line
/// break included) and the lines it spans.
fn baris_berkutip(teks: &str, sep: char) -> (Vec<String>, usize, usize) {
    let mut cells = Vec::new();
    let mut cell = String::new();
    let mut lines = 1usize;
    let mut in_quotes = false;
    let mut at_cell_start = true;
    let mut chars = teks.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if in_quotes {
            match c {
                '"' if chars.peek().map(|p| p.1) == Some('"') => {
                    chars.next();
                    cell.push('"');
                }
                '"' => in_quotes = false,
                '\n' => {
                    lines += 1;
                    cell.push(' ');
                }
                _ => cell.push(c),
            }
            continue;
        }
        match c {
            '"' if at_cell_start => {
                in_quotes = true;
                at_cell_start = false;
            }
            '\r' => {}
            '\n' => {
                cells.push(cell);
                return (cells, i + 1, lines);
            }
            c if c == sep => {
                cells.push(std::mem::take(&mut cell));
                at_cell_start = true;
            }
            _ => {
                cell.push(c);
                at_cell_start = false;
            }
        }
    }
    cells.push(cell);
    (cells, teks.len(), lines)
}

fn pisah_pipa(teks: &str) -> Vec<Baris<'_>> {
    teks.lines()
        .enumerate()
        .filter_map(|(i, l)| {
            let t = l.trim();
            let inner = t.strip_prefix('|').unwrap_or(t);
            let inner = inner.strip_suffix('|').unwrap_or(inner);
            let rule = inner.chars().all(|c| matches!(c, '-' | ':' | '|' | ' '));
            if rule {
                return None;
            }
            let sel = inner
                .split('|')
                .map(|c| Cow::Borrowed(tanpa_tekanan(c.trim())))
                .collect();
            Some(Baris {
                nomor_baris: i + 1,
                sel,
            })
        })
        .collect()
}

/// A markdown cell without its emphasis: `**Jumlah**`, `**1.000.000**`, `_Sasaran_` are the
/// text inside (a slice of the paste, not a copy).
fn tanpa_tekanan(c: &str) -> &str {
    ["**", "__", "*", "_"].iter().fold(c, |c, m| {
        match c.strip_prefix(m).and_then(|x| x.strip_suffix(m)) {
            Some(isi) if !isi.trim().is_empty() => isi.trim(),
            _ => c,
        }
    })
}

fn pisah_spasi(teks: &str) -> Vec<Baris<'_>> {
    teks.lines()
        .enumerate()
        .map(|(i, l)| {
            let mut sel = Vec::new();
            let mut cur = String::new();
            let mut spaces = 0;
            for c in l.trim().chars() {
                if c == ' ' {
                    spaces += 1;
                    continue;
                }
                if spaces >= 2 {
                    sel.push(Cow::Owned(std::mem::take(&mut cur)));
                } else if spaces == 1 {
                    cur.push(' ');
                }
                spaces = 0;
                cur.push(c);
            }
            sel.push(Cow::Owned(cur));
            Baris {
                nomor_baris: i + 1,
                sel,
            }
        })
        .collect()
}

/// Columns of a table: its widest row, and at least `paling_sedikit`.
pub fn lebar(rows: &[&Baris], paling_sedikit: usize) -> usize {
    rows.iter()
        .map(|b| b.sel.len())
        .chain([paling_sedikit])
        .max()
        .unwrap_or(0)
}

/// The column-number row under a header (`1 2 3 4 5`, `1 2 3 $4=3/2$ * 100`, `13(6+9+12)`,
/// `(1) (2) (3)` as seed 001's Perjanjian Kinerja writes it): every filled cell starts with a
/// small number, the first is `1`, and the leading numbers rise, or are each of 1 to n once
/// (columns moved in the sheet, their numbers with them: `1 2 3 4 6 5`). In parentheses they
/// were read as minus one, two, three: an indikator `(3)` of capaian 120 in every average, a
/// budget line of -3 in the total; out of order, an indikator `3` of capaian 120.
pub fn baris_nomor_kolom(b: &Baris) -> bool {
    // every row of every paste passes here: no copies, one look at each filled cell
    let mut prev = 0u32;
    let mut filled = 0usize;
    // the numbers seen (all under 100), and whether they rose
    let (mut dilihat, mut naik) = (0u128, true);
    let sel = b.sel.iter().map(|c| tepi(c).trim_start_matches('$'));
    for c in sel.filter(|c| !c.is_empty()) {
        let (c, kurung) = match c.strip_prefix('(') {
            Some(c) => (c, true),
            None => (c, false),
        };
        let len = c.bytes().take_while(u8::is_ascii_digit).count();
        if len == 0 || len > 2 {
            return false;
        }
        let n = c
            .bytes()
            .take(len)
            .fold(0u32, |n, d| n * 10 + u32::from(d - b'0'));
        if dilihat & (1 << n) != 0 {
            return false;
        }
        dilihat |= 1 << n;
        naik &= (filled == 0 && n == 1) || (filled > 0 && n > prev);
        let rest = &c[len..];
        let rest = match (kurung, rest.strip_prefix(')')) {
            (false, _) => rest,
            (true, Some(r)) => r,
            (true, None) => return false,
        };
        if !(rest.is_empty() || rest.starts_with(['=', '(', ' ', '$', '*'])) {
            return false;
        }
        prev = n;
        filled += 1;
    }
    // out of order: each of 1 to n once
    filled >= 3 && (naik || dilihat == ((1u128 << (filled + 1)) - 2))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A semicolon in a PDF copy's prose (a whole report's) parts no cells; a table parted
    /// by semicolons has one on most lines.
    #[test]
    fn a_semicolon_in_the_prose_is_no_separator() {
        let pdf = "Tugas camat meliputi: koordinasi; pembinaan; pelayanan.\n\
                   No Indikator Satuan Target Realisasi\n1 IKM Indeks 80 82\n2 SAKIP Nilai 70 68";
        assert_eq!(pisah_tabel(pdf).0, Pemisah::SpasiTunggal);
        let csv = "Indikator;Target;Realisasi\nIKM;80;82\nSAKIP;70;68";
        assert_eq!(pisah_tabel(csv).0, Pemisah::TitikKoma);
    }

    #[test]
    fn a_paste_over_the_limit_is_read_to_the_limit_with_a_message() {
        let teks = "a\t1\n".repeat(MAKS_BARIS + 5);
        let (dibaca, pesan) = batasi(&teks);
        assert_eq!(dibaca.lines().count(), MAKS_BARIS);
        let pesan = pesan.expect("a message");
        assert!(pesan.contains("hanya 100.000 baris pertama yang dibaca (batas 100.000 baris atau 8 MB); 5 baris berikutnya tidak dibaca"), "{pesan}");
        assert_eq!(batasi("a\t1\nb\t2"), ("a\t1\nb\t2", None));
        let besar = "é".repeat(MAKS_BYTE); // no line break, cut inside a character
        let (dibaca, pesan) = batasi(&besar);
        assert!(dibaca.len() <= MAKS_BYTE && pesan.is_some());
    }

    /// Word's cell of two (or three) paragraphs is one cell again; short rows that are whole
    /// (a program heading, a merged Jumlah cell, a title line, a row ending in a number) stay.
    #[test]
    fn a_cell_broken_over_lines_by_word_is_joined() {
        let sel = |teks: &str| -> Vec<Vec<String>> {
            pisah_tabel(teks)
                .1
                .into_iter()
                .map(|b| b.sel.into_iter().map(|c| c.into_owned()).collect())
                .collect()
        };
        assert_eq!(
            sel("No\tUraian\tAnggaran\tRealisasi\n1\tProgram Penunjang\nUrusan Pemerintahan\t1.000\t900\n\
                 1.1\tKegiatan\nAdministrasi\nKeuangan\t600\t520"),
            [
                vec!["No", "Uraian", "Anggaran", "Realisasi"],
                vec!["1", "Program Penunjang Urusan Pemerintahan", "1.000", "900"],
                vec!["1.1", "Kegiatan Administrasi Keuangan", "600", "520"],
            ]
        );
        let utuh =
            "Tabel 3.1\nNo\tUraian\tAnggaran\tRealisasi\n1\tProgram A\n1.1\tKegiatan A\t10\t9\n\
                    Jumlah\t10\t9\n2\tProgram B\t5\nkelanjutan\nB\tC\tD\tE\nkata";
        assert_eq!(sel(utuh).len(), 9, "{:?}", sel(utuh));
    }

    #[test]
    fn splits_tabs_with_excel_quotes() {
        let (p, rows) = pisah_tabel("a\tb\tc\n\"x\ny\"\t2\t\"say \"\"hi\"\"\"\n\n3\t4\t5");
        assert_eq!(p, Pemisah::Tab);
        assert_eq!(rows.len(), 3);
        assert_eq!(rows[1].sel, vec!["x y", "2", "say \"hi\""]);
        assert_eq!(rows[2].nomor_baris, 5);
    }

    /// A web page's or a PDF viewer's copy may hold characters that show nothing: a zero-width
    /// space before a number made it text (the capaian was not computed), a soft hyphen split
    /// a word.
    #[test]
    fn characters_that_show_nothing_are_no_part_of_a_cell() {
        let teks =
            "Indikator\tTarget\tRealisasi\nKepen\u{ad}dudukan\t\u{200b}80,25\t81\u{2060}\u{feff}";
        let (_, rows) = pisah_tabel(teks);
        assert_eq!(rows[1].sel, vec!["Kependudukan", "80,25", "81"]);
        // and a cell of nothing else is empty
        let (_, rows) = pisah_tabel("a\tb\tc\nIKM\t\u{200b}\t1");
        assert_eq!(rows[1].sel, vec!["IKM", "", "1"]);
    }

    #[test]
    fn windows_line_ends_quotes_inside_a_cell_and_untidy_spaces() {
        let teks = "No\tUraian\r\n1\t\"Belanja\r\nPegawai\"\r\n2\tkata \"kutip\" di tengah\r\n3\t\u{a0} dua  spasi\ttab\r\r\n4\tx";
        let (_, rows) = pisah_tabel(teks);
        let sel: Vec<Vec<&str>> = rows
            .iter()
            .map(|b| b.sel.iter().map(|c| c.as_ref()).collect())
            .collect();
        assert_eq!(
            sel,
            vec![
                vec!["No", "Uraian"],
                vec!["1", "Belanja Pegawai"],
                vec!["2", "kata \"kutip\" di tengah"],
                vec!["3", "dua spasi", "tab"],
                vec!["4", "x"],
            ]
        );
        let nomor: Vec<usize> = rows.iter().map(|b| b.nomor_baris).collect();
        assert_eq!(nomor, vec![1, 2, 4, 5, 6]);
    }

    #[test]
    fn splits_markdown_and_semicolons_and_spaces() {
        let (p, rows) = pisah_tabel("| No | Uraian |\n|----|---|\n| 1 | Belanja |\n");
        assert_eq!(p, Pemisah::Pipa);
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[1].sel, vec!["1", "Belanja"]);
        // emphasis is no part of a cell's text
        let (_, rows) = pisah_tabel("| **Jumlah** | **1.000.000** | _S1_ | *x* | * | 5*) |");
        assert_eq!(
            rows[0].sel,
            vec!["Jumlah", "1.000.000", "S1", "x", "*", "5*)"]
        );
        let (p, rows) = pisah_tabel("Indikator;Target\nIKM;80,25");
        assert_eq!(p, Pemisah::TitikKoma);
        assert_eq!(rows[1].sel, vec!["IKM", "80,25"]);
        let (p, rows) = pisah_tabel("Indeks Kepuasan   80,25   81,14");
        assert_eq!(p, Pemisah::Spasi);
        assert_eq!(rows[0].sel, vec!["Indeks Kepuasan", "80,25", "81,14"]);
    }

    #[test]
    fn recognises_column_number_rows() {
        let row = |cells: &[&str]| Baris {
            nomor_baris: 1,
            sel: cells.iter().map(|s| s.to_string().into()).collect(),
        };
        assert!(baris_nomor_kolom(&row(&["1", "2", "3", "4", "5"])));
        assert!(baris_nomor_kolom(&row(&[
            "1",
            "2",
            "3",
            "$4=3/2$ * 100",
            "5"
        ])));
        assert!(baris_nomor_kolom(&row(&[
            "1",
            "2",
            "3",
            "13(6+9+12)",
            "14(3-13)",
            ""
        ])));
        assert!(baris_nomor_kolom(&row(&["", "1", "2", "3"])));
        assert!(!baris_nomor_kolom(&row(&["1", "IKM", "80,25"])));
        assert!(!baris_nomor_kolom(&row(&["1", "8", "8", "100"])));
        assert!(baris_nomor_kolom(&row(&[
            "(1)", "(2)", "(3)", "(4)", "(5)"
        ])));
        assert!(baris_nomor_kolom(&row(&[
            "(1)",
            "(2)",
            "",
            "(3)",
            "(4)=(3)/(2)"
        ])));
        assert!(!baris_nomor_kolom(&row(&["(1)", "(2", "(3)"])));
        assert!(
            !baris_nomor_kolom(&row(&["1", "(250)", "(120)"])),
            "amounts"
        );
        // columns moved in the sheet with their numbers: each of 1 to n once
        assert!(baris_nomor_kolom(&row(&["1", "2", "3", "4", "6", "5"])));
        assert!(baris_nomor_kolom(&row(&["2", "3", "1"])));
        assert!(!baris_nomor_kolom(&row(&["1", "3", "2", "5"])), "a gap");
        assert!(!baris_nomor_kolom(&row(&["3", "2", "4"])), "no 1");
        assert!(!baris_nomor_kolom(&row(&["1", "2", "2", "3"])), "twice");
    }

    #[cfg(not(target_arch = "wasm32"))]
    mod sifat {
        use super::super::{baris_nomor_kolom, rapi, Baris};
        use proptest::prelude::*;
        use std::borrow::Cow;

        /// The definition `rapi` reads ASCII cells by byte for: `char::is_whitespace`.
        fn rapi_menurut_char(s: &str) -> bool {
            let mut spasi = true;
            s.chars().all(|c| {
                let ok = !c.is_whitespace() || (c == ' ' && !spasi);
                spasi = c.is_whitespace();
                ok
            }) && (!spasi || s.is_empty())
        }

        /// The column-number test as it was first written, with copies: the reference.
        fn nomor_kolom_acuan(b: &Baris) -> bool {
            let filled: Vec<&str> = b
                .sel
                .iter()
                .map(|c| c.trim().trim_start_matches('$'))
                .filter(|c| !c.is_empty())
                .collect();
            if filled.len() < 3 {
                return false;
            }
            let mut nomor = Vec::new();
            for c in &filled {
                let digits: String = c.chars().take_while(|ch| ch.is_ascii_digit()).collect();
                let Ok(n) = digits.parse::<u32>() else {
                    return false;
                };
                let rest = &c[digits.len()..];
                if digits.len() > 2
                    || !(rest.is_empty() || rest.starts_with(['=', '(', ' ', '$', '*']))
                {
                    return false;
                }
                nomor.push(n);
            }
            // rising from 1, or each of 1 to n once in any order
            let naik = nomor[0] == 1 && nomor.windows(2).all(|w| w[0] < w[1]);
            let mut urut = nomor.clone();
            urut.sort_unstable();
            naik || urut == (1..=nomor.len() as u32).collect::<Vec<_>>()
        }

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(3000))]
            #[test]
            fn column_numbers_as_the_reference_reads_them(
                sel in proptest::collection::vec("[0-9 $=(*a]{0,4}|1|2|3|4|10|11|12", 0..7)
            ) {
                let b = Baris { nomor_baris: 1, sel: sel.into_iter().map(Into::into).collect() };
                prop_assert_eq!(baris_nomor_kolom(&b), nomor_kolom_acuan(&b), "{:?}", b.sel);
            }

            #[test]
            fn a_row_borrowed_reads_as_a_row_copied(
                s in "[a,;\"\n\r \t\u{a0}é]{0,16}", sep in "[,;\t]"
            ) {
                let sep = sep.chars().next().unwrap_or(',');
                let rapi_semua = |sel: Vec<Cow<str>>| -> Vec<String> {
                    sel.into_iter()
                        .map(|mut c| {
                            super::super::rapikan(&mut c);
                            c.into_owned()
                        })
                        .collect()
                };
                if let Some((sel, dibaca, baris)) = super::super::baris_berkutip_pinjam(&s, sep) {
                    let (salin, dibaca_salin, baris_salin) = super::super::baris_berkutip(&s, sep);
                    prop_assert_eq!(
                        rapi_semua(sel),
                        rapi_semua(salin.into_iter().map(Cow::Owned).collect())
                    );
                    prop_assert_eq!((dibaca, baris), (dibaca_salin, baris_salin));
                }
            }

            #[test]
            fn lines_counted_as_str_lines(s in "[a \n\r]{0,12}") {
                prop_assert_eq!(super::super::banyak_baris(&s), s.lines().count());
            }

            #[test]
            fn edges_trim_as_str_trim(s in "[a \t\n\r\x0B\x0C\u{a0}\u{2003}é~!]{0,8}") {
                prop_assert_eq!(super::super::tepi(&s), s.trim());
            }

            #[test]
            fn tidy_by_byte_is_tidy_by_char(s in "[a \t\n\r\x0B\x0C\u{a0}\u{2003}é]{0,12}") {
                prop_assert_eq!(rapi(&s), rapi_menurut_char(&s));
            }

            #[test]
            fn tidy_ascii_by_byte_is_tidy_by_char(s in "[a \t\n\r\x0B\x0C]{0,12}") {
                prop_assert_eq!(rapi(&s), rapi_menurut_char(&s));
            }
        }
    }
}
