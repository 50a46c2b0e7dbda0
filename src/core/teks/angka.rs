//! Numbers as Indonesian offices paste them: `1.234.567,89` (id-ID), `10,869,637,137.00`
//! (en-US), `Rp. 7.840.840.784,00`, `Rp 1.241.295.500,-`, `13%`, `(1.000)`, `-`.
//!
//! The convention is decided per column from all of its cells ([`Konvensi::deteksi`]), then
//! every cell is read with it ([`baca_angka`]). A cell whose separators contradict the column
//! (a typo such as `14.555.000.00`) is still read where only one reading is possible, and the
//! reading carries a warning; a cell that cannot be read is an error naming the text.

use crate::core::aritmetika::DIGIT_BULAT_MAKS;
use crate::core::teks::tabel::tepi;
use rust_decimal::Decimal;
use std::borrow::Cow;

/// Which character marks decimals in a column.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Konvensi {
    /// `1.234.567,89`: dot groups thousands, comma marks decimals.
    IdId,
    /// `1,234,567.89`: comma groups thousands, dot marks decimals.
    EnUs,
}

impl Konvensi {
    fn desimal(self) -> char {
        match self {
            Konvensi::IdId => ',',
            Konvensi::EnUs => '.',
        }
    }

    /// Short label shown to the user next to a column.
    pub fn label(self) -> &'static str {
        match self {
            Konvensi::IdId => "id-ID (1.234,56)",
            Konvensi::EnUs => "en-US (1,234.56)",
        }
    }

    /// Decide a column's convention from all its cells. A comma followed by one or two digits
    /// anywhere means id-ID; a dot followed by one or two digits means en-US; the majority
    /// of such evidence wins, and id-ID (the users' own locale) wins a tie or no evidence.
    pub fn deteksi<'a>(sel: impl IntoIterator<Item = &'a str>) -> Konvensi {
        let mut bukti = BuktiKonvensi::default();
        for s in sel {
            bukti.tambah(s);
        }
        bukti.putusan()
    }
}

/// The evidence of a column's cells, counted one cell at a time, so a reader can take several
/// columns in one pass over the rows ([`Konvensi::deteksi`] for one column).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct BuktiKonvensi {
    id: usize,
    en: usize,
}

impl BuktiKonvensi {
    /// Counts what cell `s` shows.
    pub fn tambah(&mut self, s: &str) {
        // most cells are plain integers, or words: no separator, no evidence
        if !s.bytes().any(|b| b == b'.' || b == b',') {
            return;
        }
        match bukti(&inti_angka(s)) {
            Some(Konvensi::IdId) => self.id += 1,
            Some(Konvensi::EnUs) => self.en += 1,
            None => {}
        }
    }

    /// The majority; id-ID (the users' own locale) wins a tie or no evidence.
    pub fn putusan(&self) -> Konvensi {
        if self.en > self.id {
            Konvensi::EnUs
        } else {
            Konvensi::IdId
        }
    }
}

/// The convention decided for column `j` (id-ID when the column has none).
pub fn konvensi_kolom(konvensi: &[(usize, Konvensi)], j: usize) -> Konvensi {
    konvensi
        .iter()
        .find(|(c, _)| *c == j)
        .map(|(_, k)| *k)
        .unwrap_or(Konvensi::IdId)
}

/// A number read from a cell.
#[derive(Clone, Debug, PartialEq)]
pub struct Angka {
    pub nilai: Decimal,
    /// The cell carried a percent sign.
    pub persen: bool,
    /// Set when the reading was unambiguous but the text was irregular (a typo), or words
    /// after the number were left out.
    pub peringatan: Option<Catatan>,
}

/// What a reading noted about a cell it read anyway.
#[derive(Clone, Debug, PartialEq)]
pub enum Catatan {
    /// Irregular text read the only way it can be (a typo, a scale word, words in brackets):
    /// the sentence shown.
    Teks(String),
    /// Words after the number, left out, as the cell writes them (`hari kerja` of
    /// `3 hari kerja`): a reader that knows the row's satuan drops the note when they only
    /// repeat it.
    Kata(String),
}

impl Catatan {
    /// The sentence shown.
    pub fn kalimat(self) -> String {
        match self {
            Catatan::Teks(t) => t,
            Catatan::Kata(k) => format!("kata \"{k}\" setelah angka diabaikan"),
        }
    }

    /// The sentence for a row whose satuan is `satuan`: none for words that are the satuan or
    /// its abbreviation (`12 Kali`, `3 Dok.` under `Dokumen`), which say nothing the table
    /// does not; fifty such notes would bury an unreadable cell.
    pub fn untuk_satuan(self, satuan: &str) -> Option<String> {
        match &self {
            Catatan::Kata(k) if singkatan(k, satuan) => None,
            _ => Some(self.kalimat()),
        }
    }
}

/// `w` is `satuan` or its start (`Dok.` of `Dokumen`), at least two letters, spaces and ASCII
/// case aside (char::to_lowercase would bring Unicode's case tables, 9 KiB).
fn singkatan(w: &str, satuan: &str) -> bool {
    let huruf = |s: &str| {
        s.bytes()
            .filter(|c| !c.is_ascii_whitespace())
            .map(|c| c.to_ascii_lowercase())
            .collect::<Vec<u8>>()
    };
    let (w, satuan) = (huruf(w.trim_end_matches('.')), huruf(satuan));
    w.len() >= 2 && satuan.starts_with(&w)
}

/// What one cell holds, as far as numbers go.
#[derive(Clone, Debug, PartialEq)]
pub enum IsiAngka {
    /// Blank, `-`, `–`: the table says there is no value.
    Kosong,
    Angka(Angka),
    /// Not a number; the message says what was expected.
    Galat(String),
}

/// Words that mean "no value" in the seeds' tables.
const KATA_KOSONG: &[&str] = &[
    "-",
    "–",
    "—",
    "n/a",
    "na",
    "tidak ada",
    "tidak diadakan",
    "belum ada data",
    "belum ada",
    "tidak ada data",
    "nihil",
    "tidak berlaku",
    "t/b",
    "belum diukur",
    "tdk ada",
    "tdk ada data",
    "n.a",
    "n.a.",
    "belum tersedia",
];

/// An Excel error value copied as text (`#DIV/0!`, `#N/A`, `#REF!`, `#NAME?`): the message
/// says to mend the formula, which no reading of the cell can.
pub fn galat_excel(teks: &str) -> Option<String> {
    let t = tepi(teks);
    let bentuk = t.len() <= 14
        && t.starts_with('#')
        && (t.ends_with('!') || t.ends_with('?') || t.eq_ignore_ascii_case("#N/A"))
        && t[1..]
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"/!?_".contains(&b));
    bentuk.then(|| {
        format!("\"{t}\" adalah galat rumus Excel; perbaiki rumusnya di Excel, lalu salin lagi")
    })
}

/// True when a cell means "no value" (blank, a dash, "belum ada data" ...).
pub fn sel_kosong(teks: &str) -> bool {
    let t = tepi(teks);
    // no word of the list starts with a digit, and most cells do: they are not looked up
    t.is_empty()
        || !t.starts_with(|c: char| c.is_ascii_digit())
            && KATA_KOSONG.iter().any(|k| k.eq_ignore_ascii_case(t))
}

/// Strip what surrounds the digits: currency, `,-`, percent, footnote marks, spaces. A cell of
/// digits and separators only (most of them) has nothing to strip and is not copied.
fn inti_angka(teks: &str) -> Cow<'_, str> {
    let t = tepi(teks);
    if t.bytes()
        .all(|b| b.is_ascii_digit() || b == b'.' || b == b',')
    {
        return Cow::Borrowed(t);
    }
    Cow::Owned(inti_angka_umum(teks))
}

/// [`inti_angka`] for any cell.
fn inti_angka_umum(teks: &str) -> String {
    let mut s: String = teks
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{a0}')
        .collect();
    // `'` is Excel's text marker, kept by some exports; IDR is the currency's ISO code
    if let Some(x) = s.strip_prefix('\'') {
        s = x.to_string();
    }
    // a sign may stand before the currency: `-Rp 1.000`, `(Rp 1.000)`
    let tanda = usize::from(s.starts_with(['-', '(']));
    for prefix in ["rp.", "rp", "idr"] {
        if s.get(tanda..tanda + prefix.len())
            .is_some_and(|x| x.eq_ignore_ascii_case(prefix))
        {
            s.replace_range(tanda..tanda + prefix.len(), "");
            break;
        }
    }
    // footnote marks such as `5.069.123.900*)` or `**)`
    while s.ends_with(')') && s.trim_end_matches(')').ends_with('*') {
        s = s.trim_end_matches(')').trim_end_matches('*').to_string();
    }
    if let Some(x) = s.strip_suffix(",-").or_else(|| s.strip_suffix(".-")) {
        s = x.to_string();
    }
    s.trim_end_matches('%').to_string()
}

/// Evidence for a convention in one cell's digits: a separator followed by one or two digits
/// at the end is a decimal mark; several of one separator is grouping.
fn bukti(s: &str) -> Option<Konvensi> {
    // by byte: every character looked at is ASCII, and this runs for every numeric cell
    let b = s.as_bytes();
    let awal = b.iter().take_while(|&&c| c == b'-' || c == b'(').count();
    let akhir = b.len() - b[awal..].iter().rev().take_while(|&&c| c == b')').count();
    let b = &b[awal..akhir];
    let last = b.iter().rposition(|&c| c == b'.' || c == b',')?;
    let sep = b[last];
    let tail = &b[last + 1..];
    let menurut = |desimal: u8| {
        if desimal == b',' {
            Konvensi::IdId
        } else {
            Konvensi::EnUs
        }
    };
    if !tail.is_empty() && tail.len() <= 2 && tail.iter().all(u8::is_ascii_digit) {
        return Some(menurut(sep));
    }
    let other = if sep == b'.' { b',' } else { b'.' };
    if b.contains(&other) {
        // `1.234,567` is odd; the last separator is the decimal one
        return Some(menurut(sep));
    }
    // several of one separator group thousands: the decimal mark is the other one
    (b.iter().filter(|&&c| c == sep).count() > 1).then(|| menurut(other))
}

/// Read one cell as a number in the column's convention.
pub fn baca_angka(teks: &str, konvensi: Konvensi) -> IsiAngka {
    match angka_polos(tepi(teks), konvensi) {
        Some(nilai) => IsiAngka::Angka(Angka {
            nilai,
            persen: false,
            peringatan: None,
        }),
        None => baca_angka_umum(teks, konvensi),
    }
}

/// Most cells are plain, `80,50` or `100`: up to 18 digits with at most one decimal mark of
/// the column's convention. They are read here without the general reader's copies (it was a
/// quarter of the work of an edit); anything else is `None` and goes to [`baca_angka_umum`],
/// which reads the same cells to the same value and scale (a property test checks this).
fn angka_polos(t: &str, konvensi: Konvensi) -> Option<Decimal> {
    let b = t.as_bytes();
    let tanda = konvensi.desimal() as u8;
    if b.len() > DIGIT_BULAT_MAKS || !b.first().is_some_and(u8::is_ascii_digit) {
        return None;
    }
    // one pass: digits and at most one decimal mark (the cell's bytes, not its characters:
    // this is most cells of a paste)
    let mut tanda_di = None;
    for (i, c) in b.iter().enumerate() {
        match c {
            b'0'..=b'9' => {}
            c if *c == tanda && tanda_di.is_none() => tanda_di = Some(i),
            _ => return None,
        }
    }
    match tanda_di {
        // `80,` ends with its mark: the general reader says why it cannot be read
        Some(i) if i + 1 == b.len() => None,
        Some(i) => ke_desimal_bagian(&t[..i], &t[i + 1..]),
        None => ke_desimal_bagian(t, ""),
    }
}

/// Read any cell: currency, percent, grouping, signs, units, typos.
fn baca_angka_umum(teks: &str, konvensi: Konvensi) -> IsiAngka {
    if sel_kosong(teks) {
        return IsiAngka::Kosong;
    }
    if let Some(m) = galat_excel(teks) {
        return IsiAngka::Galat(m);
    }
    let persen = teks.contains('%');
    let mut s = inti_angka(teks).into_owned();
    // `Rp -`: Excel's accounting format writes nothing spent as a dash after the currency
    if !s.is_empty() && sel_kosong(&s) {
        return IsiAngka::Kosong;
    }
    let kurung = pisah_kurung_kata(&mut s);
    if kurung.is_some() {
        // `100% (tercapai)`: the percent sign was before the bracket
        s.truncate(s.trim_end_matches('%').len());
    }
    let mut peringatan = None;
    // the power of ten a scale word after the number stands for: `1,5 M` is 1,5 miliar
    let mut pangkat = 0;
    // `7 nilai`, `2 Orang`: a number followed by a unit word
    if let Some(pos) = s.find(|c: char| c.is_alphabetic()) {
        let (head, unit) = s.split_at(pos);
        if !head.is_empty()
            && head
                .chars()
                .all(|c| c.is_ascii_digit() || ".,-".contains(c))
        {
            peringatan = Some(match pengali(unit) {
                Some((p, nama, kali)) => {
                    pangkat = p;
                    Catatan::Teks(if unit.trim_end_matches('.').eq_ignore_ascii_case(nama) {
                        format!("\"{unit}\" dibaca: dikali {kali}")
                    } else {
                        format!("\"{unit}\" dibaca {nama} (dikali {kali})")
                    })
                }
                None => Catatan::Kata(seperti_tertulis(teks, unit).to_string()),
            });
            s = head.to_string();
        } else {
            return IsiAngka::Galat(format!("\"{}\" bukan angka", teks.trim()));
        }
    }
    let mut negatif = false;
    if s.starts_with('(') && s.ends_with(')') && s.len() > 2 {
        negatif = true;
        s = s[1..s.len() - 1].to_string();
    }
    if let Some(x) = s.strip_prefix('-').or_else(|| s.strip_prefix('−')) {
        negatif = !negatif;
        s = x.to_string();
    }
    if s.is_empty()
        || !s
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
    {
        return IsiAngka::Galat(format!("\"{}\" bukan angka", teks.trim()));
    }
    if !s.starts_with(|c: char| c.is_ascii_digit()) {
        s.insert(0, '0'); // `,5` or `.5`
    }
    match kanonik(&s, konvensi) {
        Ok((digits, warn)) => {
            let digits = geser_koma(&digits, pangkat);
            if let Err(m) = muat(&digits) {
                return IsiAngka::Galat(format!("\"{}\" {m}", teks.trim()));
            }
            let Some(mut nilai) = ke_desimal(&digits, '.') else {
                return IsiAngka::Galat(format!(
                    "\"{}\" terlalu panjang untuk dihitung",
                    teks.trim()
                ));
            };
            if negatif {
                nilai = -nilai;
            }
            let peringatan = peringatan.or_else(|| {
                kurung
                    .and_then(|k| kurung_lain(&k, nilai))
                    .map(Catatan::Teks)
            });
            IsiAngka::Angka(Angka {
                nilai,
                persen,
                peringatan: warn.map(Catatan::Teks).or(peringatan),
            })
        }
        Err(msg) => IsiAngka::Galat(format!("\"{}\": {msg}", teks.trim())),
    }
}

/// `unit`, read with the cell's spaces taken out, as the cell writes it: `hari kerja`, not
/// `harikerja`.
fn seperti_tertulis<'a>(teks: &'a str, unit: &'a str) -> &'a str {
    let b = teks.as_bytes();
    // the first place where the unit's bytes follow, spaces (and no-break spaces) skipped
    for (i, _) in teks
        .char_indices()
        .filter(|(i, _)| unit.as_bytes().first() == b.get(*i))
    {
        let (mut j, mut k) = (i, 0);
        while k < unit.len() && j < b.len() {
            if b[j] == b' ' {
                j += 1;
            } else if b[j..].starts_with("\u{a0}".as_bytes()) {
                j += 2;
            } else if b[j] == unit.as_bytes()[k] {
                (j, k) = (j + 1, k + 1);
            } else {
                break;
            }
        }
        if k == unit.len() {
            return teks.get(i..j).unwrap_or(unit);
        }
    }
    unit
}

/// `12(duabelas)kegiatan` (spaces already gone): a number with its words in brackets, as
/// official documents write `12 (dua belas) kegiatan`. Takes the bracket out of `s` and returns
/// its words; a bracket of digits is a negative amount, `(1.000)`, and stays.
fn pisah_kurung_kata(s: &mut String) -> Option<String> {
    let a = s.find('(')?;
    let b = a + s[a..].find(')')?;
    let isi = &s[a + 1..b];
    if !s[..a].bytes().any(|c| c.is_ascii_digit()) || !isi.chars().any(char::is_alphabetic) {
        return None;
    }
    let kata = isi.to_string();
    s.replace_range(a..=b, "");
    Some(kata)
}

/// A note when the words in brackets are not the number's own (`10 (seratus)`); none when they
/// are (`12 (dua belas)`, `(satu juta rupiah)`), since they say nothing more.
fn kurung_lain(kata: &str, nilai: Decimal) -> Option<String> {
    // `(seratus persen)`, `(satu juta rupiah)`: the number's words and what it counts
    let kata_angka = ["rupiah", "persen"]
        .iter()
        .find_map(|w| {
            let i = kata.len().checked_sub(w.len())?;
            kata.get(i..)
                .filter(|x| x.eq_ignore_ascii_case(w))
                .map(|_| &kata[..i])
        })
        .unwrap_or(kata);
    let sama = nilai.trunc() == nilai && {
        let n = nilai.mantissa().unsigned_abs() / 10u128.pow(nilai.scale());
        // the words, spaces aside (the cell's were taken out with every other space)
        let b = crate::core::anggaran::terbilang::bilangan(n);
        b.bytes()
            .filter(|c| *c != b' ')
            .map(|c| c.to_ascii_lowercase())
            .eq(kata_angka.bytes().map(|c| c.to_ascii_lowercase()))
    };
    (!sama).then(|| format!("teks dalam kurung \"{kata}\" diabaikan"))
}

/// A scale word after an amount (`250 jt`, `1,5 M`, `2 miliar`): its power of ten, its name
/// and the factor as written. `M` and `T` count only as capitals (a lower-case `m` is a metre).
fn pengali(kata: &str) -> Option<(usize, &'static str, &'static str)> {
    let k = kata.trim_end_matches('.');
    let sama = |w: &str| k.eq_ignore_ascii_case(w);
    if sama("rb") || sama("ribu") {
        Some((3, "ribu", "1.000"))
    } else if sama("jt") || sama("juta") {
        Some((6, "juta", "1.000.000"))
    } else if k == "M" || sama("miliar") || sama("milyar") {
        Some((9, "miliar", "1.000.000.000"))
    } else if k == "T" || sama("triliun") {
        Some((12, "triliun", "1.000.000.000.000"))
    } else {
        None
    }
}

/// `1.5` with the mark moved `n` places right (`1500000000` for 9): the amount times 10^n,
/// exactly, as digits that [`muat`] then checks like any other.
fn geser_koma(digits: &str, n: usize) -> String {
    if n == 0 {
        return digits.to_string();
    }
    let (bulat, pecahan) = digits.split_once('.').unwrap_or((digits, ""));
    let pindah = pecahan.len().min(n);
    let mut out = String::with_capacity(bulat.len() + n + 1);
    out.push_str(bulat);
    out.push_str(&pecahan[..pindah]);
    out.extend(std::iter::repeat_n('0', n - pindah));
    if pindah < pecahan.len() {
        out.push('.');
        out.push_str(&pecahan[pindah..]);
    }
    out
}

/// Does a plain `1234.56` fit exactly? At most [`DIGIT_BULAT_MAKS`] digits before the mark
/// (so sums and percentages cannot overflow) and 28 significant digits in all (what
/// rust_decimal holds); a number past either is refused, never rounded or wrapped.
fn muat(digits: &str) -> Result<(), String> {
    let (bulat, pecahan) = digits.split_once('.').unwrap_or((digits, ""));
    let bulat = bulat.trim_start_matches('0');
    let pecahan = pecahan.trim_end_matches('0');
    if bulat.len() > DIGIT_BULAT_MAKS {
        return Err(format!(
            "terlalu besar: lebih dari {DIGIT_BULAT_MAKS} angka sebelum koma"
        ));
    }
    let bermakna = if bulat.is_empty() {
        pecahan.trim_start_matches('0').len()
    } else {
        bulat.len() + pecahan.len()
    };
    if bermakna > 28 || pecahan.len() > 28 {
        return Err("terlalu banyak angka di belakang koma untuk dihitung tepat".into());
    }
    Ok(())
}

/// Digits with at most one decimal mark `tanda` (a plain cell, or `1234.56` as [`kanonik`]
/// writes it) as a Decimal of the same digits and scale; none if it does not fit. Our own, since rust_decimal's `from_str`
/// brings a parser for every form (exponents, underscores, rounding past 28 digits) that a
/// canonical number never needs (2,6 KiB gzipped).
fn ke_desimal(digits: &str, tanda: char) -> Option<Decimal> {
    let (bulat, pecahan) = digits.split_once(tanda).unwrap_or((digits, ""));
    ke_desimal_bagian(bulat, pecahan)
}

/// [`ke_desimal`] of the digits before the decimal mark and those after it.
fn ke_desimal_bagian(bulat: &str, mut pecahan: &str) -> Option<Decimal> {
    let baca = |pecahan: &str| {
        let mut m: i128 = 0;
        for b in bulat.bytes().chain(pecahan.bytes()) {
            let d = b.checked_sub(b'0').filter(|d| *d < 10)?;
            m = m.checked_mul(10)?.checked_add(i128::from(d))?;
        }
        Decimal::try_from_i128_with_scale(m, u32::try_from(pecahan.len()).ok()?).ok()
    };
    // `80000000000.000000000000000000` is more digits than a Decimal holds: the fraction's
    // trailing zeros go one by one until it fits, as rust_decimal's parser does
    loop {
        if let Some(d) = baca(pecahan) {
            return Some(d);
        }
        pecahan = pecahan.strip_suffix('0')?;
    }
}

/// Turn digits with separators into a plain `1234.56` string, or say why it is ambiguous.
fn kanonik(s: &str, konvensi: Konvensi) -> Result<(String, Option<String>), String> {
    let seps: Vec<(usize, char)> = s
        .char_indices()
        .filter(|(_, c)| *c == '.' || *c == ',')
        .collect();
    let Some(&(last_pos, last_sep)) = seps.last() else {
        return Ok((s.to_string(), None));
    };
    let tail = &s[last_pos + 1..];
    let groups: Vec<&str> = s.split(['.', ',']).collect();
    let grouped_ok = |parts: &[&str]| {
        parts.first().is_some_and(|g| !g.is_empty() && g.len() <= 3)
            && parts[1..].iter().all(|g| g.len() == 3)
    };
    let all_same = seps.iter().all(|(_, c)| *c == last_sep);
    let strip = |x: &str| x.chars().filter(|c| c.is_ascii_digit()).collect::<String>();

    if tail.is_empty() {
        return Err("angka berakhir dengan pemisah".into());
    }
    // One separator, once: decimal unless it is followed by exactly three digits, where
    // only the column's convention can tell.
    if seps.len() == 1 {
        let is_decimal = tail.len() != 3 || last_sep == konvensi.desimal();
        if !is_decimal {
            return Ok((strip(s), None));
        }
        let warn = (last_sep != konvensi.desimal()).then(|| {
            format!("\"{last_sep}\" dibaca sebagai tanda desimal, tidak seperti kolom lainnya")
        });
        return Ok((format!("{}.{}", &s[..last_pos], tail), warn));
    }
    if all_same {
        // `1.234.567`: grouping. `14.555.000.00`: the last dot is a decimal mark (typo).
        if grouped_ok(&groups) {
            return Ok((strip(s), None));
        }
        let head = &groups[..groups.len() - 1];
        if tail.len() <= 2 && grouped_ok(head) {
            let warn = format!("\"{last_sep}\" terakhir dibaca sebagai tanda desimal");
            return Ok((format!("{}.{}", strip(&s[..last_pos]), tail), Some(warn)));
        }
        let warn = "pemisah ribuan tidak teratur; dibaca tanpa pemisah".to_string();
        return Ok((strip(s), Some(warn)));
    }
    // Both separators: the last one is the decimal mark when what precedes groups by three.
    let head: Vec<&str> = s[..last_pos].split(['.', ',']).collect();
    let head_same = s[..last_pos]
        .chars()
        .filter(|c| *c == '.' || *c == ',')
        .all(|c| c != last_sep);
    if head_same && grouped_ok(&head) {
        return Ok((format!("{}.{}", strip(&s[..last_pos]), tail), None));
    }
    if head_same && tail.len() <= 2 {
        // `27.647091.889,5`: irregular grouping, but one reading only
        let warn =
            "pemisah ribuan tidak teratur; bagian terakhir dibaca sebagai desimal".to_string();
        return Ok((format!("{}.{}", strip(&s[..last_pos]), tail), Some(warn)));
    }
    Err("pemisah titik dan koma tidak dapat dibaca dengan pasti".into())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    fn nilai(teks: &str, k: Konvensi) -> (Decimal, bool) {
        match baca_angka(teks, k) {
            IsiAngka::Angka(a) => (a.nilai, a.peringatan.is_some()),
            other => panic!("{teks:?} gave {other:?}"),
        }
    }

    #[test]
    fn reads_the_formats_of_the_seeds() {
        use Konvensi::*;
        let cases: &[(&str, Konvensi, &str, bool)] = &[
            ("1.234.567,89", IdId, "1234567.89", false),
            ("80,25", IdId, "80.25", false),
            ("Rp. 7.840.840.784,00", IdId, "7840840784.00", false),
            ("Rp 1.241.295.500,-", IdId, "1241295500", false),
            ("IDR 500.000", IdId, "500000", false),
            // a sign before the currency (Excel's accounting format)
            ("(Rp 1.000)", IdId, "-1000", false),
            ("-Rp 1.000", IdId, "-1000", false),
            ("Rp (1.000)", IdId, "-1000", false),
            ("idr 1.250.000,00", IdId, "1250000.00", false),
            ("'3.000.000", IdId, "3000000", false),
            ("13%", IdId, "13", false),
            ("87 %", IdId, "87", false),
            ("10,869,637,137.00", EnUs, "10869637137.00", false),
            ("10,869,637,137.00", IdId, "10869637137.00", false),
            ("47.51", EnUs, "47.51", false),
            ("0,00", IdId, "0", false),
            ("(1.000)", IdId, "-1000", false),
            ("5.069.123.900*)", IdId, "5069123900", false),
            ("15.009.337.980**)", IdId, "15009337980", false),
            ("1.000", IdId, "1000", false),
            ("1,000", EnUs, "1000", false),
            ("1,000", IdId, "1.000", false),
            // typos named in DOMAIN.md: read, with a warning
            ("14.555.000.00", IdId, "14555000.00", true),
            ("27.647091.889", IdId, "27647091889", true),
            ("328,312,760,00", IdId, "328312760.00", true),
            ("47.51", IdId, "47.51", true),
            ("7 nilai", IdId, "7", true),
        ];
        for (teks, k, want, warn) in cases {
            let (got, warned) = nilai(teks, *k);
            assert_eq!(got, d(want), "{teks}");
            assert_eq!(warned, *warn, "warning for {teks}");
        }
    }

    #[test]
    fn scale_words_multiply_exactly_and_say_so() {
        let d = |s: &str| Decimal::from_str(s).unwrap();
        for (teks, k, want) in [
            ("1,5 M", Konvensi::IdId, "1500000000"),
            ("Rp 1,5 M", Konvensi::IdId, "1500000000"),
            ("1.5 M", Konvensi::EnUs, "1500000000"),
            ("250 jt", Konvensi::IdId, "250000000"),
            ("Rp. 2,25 Juta", Konvensi::IdId, "2250000"),
            ("2 miliar", Konvensi::IdId, "2000000000"),
            ("3 Milyar", Konvensi::IdId, "3000000000"),
            ("750 rb", Konvensi::IdId, "750000"),
            ("1,2345 jt", Konvensi::IdId, "1234500"),
            ("1,23456789 rb", Konvensi::IdId, "1234.56789"),
            ("4 T", Konvensi::IdId, "4000000000000"),
        ] {
            let IsiAngka::Angka(a) = baca_angka(teks, k) else {
                panic!("{teks} not read")
            };
            assert_eq!(a.nilai, d(want), "{teks}");
            assert!(
                a.peringatan
                    .clone()
                    .is_some_and(|w| w.kalimat().contains("dibaca")),
                "{teks}: {:?}",
                a.peringatan
            );
        }
        // a lower-case m is a metre: the word is left out, as every other unit word
        let IsiAngka::Angka(a) = baca_angka("100 m", Konvensi::IdId) else {
            panic!("100 m")
        };
        assert_eq!(a.nilai, d("100"));
        // past what a sum can hold: refused, never wrapped
        assert!(matches!(
            baca_angka("9.999.999.999 T", Konvensi::IdId),
            IsiAngka::Galat(m) if m.contains("terlalu besar")
        ));
    }

    #[test]
    fn a_number_with_its_words_in_brackets() {
        let d = |s: &str| Decimal::from_str(s).unwrap();
        for (teks, want, warn) in [
            ("12 (dua belas)", "12", false),
            ("3 (tiga) dokumen", "3", true), // the unit word is noted, as always
            ("100 (seratus)", "100", false),
            ("1.500 (seribu lima ratus)", "1500", false),
            ("0 (nol)", "0", false),
            (
                "Rp 1.500.000 (satu juta lima ratus ribu rupiah)",
                "1500000",
                false,
            ),
            ("10 (seratus)", "10", true),
            ("100 % (seratus persen)", "100", false),
            ("100% (tercapai)", "100", true),
            ("95,5% (sementara)", "95.5", true),
        ] {
            let IsiAngka::Angka(a) = baca_angka(teks, Konvensi::IdId) else {
                panic!("{teks} not read")
            };
            assert_eq!(
                (a.nilai, a.peringatan.is_some()),
                (d(want), warn),
                "{teks}: {:?}",
                a.peringatan
            );
        }
        let IsiAngka::Angka(a) = baca_angka("10 (seratus)", Konvensi::IdId) else {
            unreachable!()
        };
        assert_eq!(
            a.peringatan,
            Some(Catatan::Teks(
                "teks dalam kurung \"seratus\" diabaikan".into()
            ))
        );
        // a bracket of digits is still a negative amount
        let IsiAngka::Angka(a) = baca_angka("(1.000)", Konvensi::IdId) else {
            unreachable!()
        };
        assert_eq!(a.nilai, d("-1000"));
        for t in [
            "belum diukur",
            "Tdk ada data",
            "n.a",
            "Belum tersedia",
            "Rp -",
            "Rp.   -",
        ] {
            assert_eq!(baca_angka(t, Konvensi::IdId), IsiAngka::Kosong, "{t}");
        }
    }

    #[test]
    fn an_excel_error_value_says_to_mend_the_formula() {
        for t in ["#DIV/0!", "#N/A", "#REF!", "#NAME?", "#VALUE!"] {
            let IsiAngka::Galat(m) = baca_angka(t, Konvensi::IdId) else {
                panic!("{t} read")
            };
            assert!(m.contains("galat rumus Excel"), "{t}: {m}");
        }
        assert!(galat_excel("#1").is_none() && galat_excel("# 3!").is_none());
    }

    /// The unit words a note names are the cell's own, spaces and all.
    #[test]
    fn a_unit_of_several_words_is_named_as_written() {
        for (teks, kata) in [
            ("3 hari kerja", "hari kerja"),
            ("4,5 Hari  Kerja", "Hari  Kerja"),
            ("12 kali per tahun", "kali per tahun"),
            ("3 (tiga) dokumen", "dokumen"),
            ("2 orang", "orang"),
        ] {
            let IsiAngka::Angka(a) = baca_angka(teks, Konvensi::IdId) else {
                panic!("{teks} not read")
            };
            assert_eq!(a.peringatan, Some(Catatan::Kata(kata.into())), "{teks}");
            assert_eq!(
                a.peringatan.map(Catatan::kalimat),
                Some(format!("kata \"{kata}\" setelah angka diabaikan")),
                "{teks}"
            );
        }
    }

    /// Words that are the row's satuan, or its abbreviation, need no note; others keep it.
    #[test]
    fn a_unit_note_is_dropped_only_for_the_rows_own_satuan() {
        for (kata, satuan, catat) in [
            ("Kali", "Kali", false),
            ("kali", "KALI", false),
            ("Dok.", "Dokumen", false),
            ("hari kerja", "Hari Kerja", false),
            ("orang", "Dokumen", true),
            ("D", "Dokumen", true), // one letter is no abbreviation
            ("Dokumen", "", true),
        ] {
            let c = Catatan::Kata(kata.into());
            assert_eq!(c.untuk_satuan(satuan).is_some(), catat, "{kata} / {satuan}");
        }
        let typo = Catatan::Teks("pemisah ribuan tidak teratur".into());
        assert!(
            typo.untuk_satuan("pemisah").is_some(),
            "a typo note always stays"
        );
    }

    #[test]
    fn no_value_and_errors() {
        for t in ["", " ", "-", "–", "Tidak diadakan", "belum ada data"] {
            assert_eq!(baca_angka(t, Konvensi::IdId), IsiAngka::Kosong, "{t:?}");
        }
        for t in ["B", "abc", "1.2.3,4,5.6", "12,", "WTP"] {
            assert!(
                matches!(baca_angka(t, Konvensi::IdId), IsiAngka::Galat(_)),
                "{t:?}"
            );
        }
        let IsiAngka::Galat(msg) = baca_angka("abc", Konvensi::IdId) else {
            unreachable!()
        };
        assert!(msg.contains("abc"), "message names the text: {msg}");
    }

    #[test]
    fn column_convention_from_all_cells() {
        assert_eq!(Konvensi::deteksi(["80,25", "9", "100"]), Konvensi::IdId);
        assert_eq!(
            Konvensi::deteksi(["82,508,800.00", "2,523,600.00"]),
            Konvensi::EnUs
        );
        assert_eq!(
            Konvensi::deteksi(["81,14", "56,25", "9", "47.51"]),
            Konvensi::IdId
        );
        assert_eq!(Konvensi::deteksi(["1.000", "2.000.000"]), Konvensi::IdId);
        assert_eq!(Konvensi::deteksi(["8", "105"]), Konvensi::IdId);
    }

    /// The plain-cell reader and the general one agree: same outcome, value, scale, warning.
    fn sama(teks: &str, k: Konvensi) -> Result<(), proptest::test_runner::TestCaseError> {
        let cepat = baca_angka(teks, k);
        let umum = baca_angka_umum(teks, k);
        proptest::prop_assert_eq!(&cepat, &umum, "{:?} {:?}", teks, k);
        if let (IsiAngka::Angka(a), IsiAngka::Angka(b)) = (&cepat, &umum) {
            proptest::prop_assert_eq!(a.nilai.scale(), b.nilai.scale(), "{:?}", teks);
        }
        Ok(())
    }

    /// The evidence test as first written, by character: the reference for [`bukti`].
    fn bukti_acuan(s: &str) -> Option<Konvensi> {
        let s = s.trim_start_matches(['-', '(']).trim_end_matches(')');
        let last = s.rfind(['.', ','])?;
        let tail = &s[last + 1..];
        let sep = s[last..].chars().next()?;
        if !tail.is_empty() && tail.len() <= 2 && tail.chars().all(|c| c.is_ascii_digit()) {
            return Some(if sep == ',' {
                Konvensi::IdId
            } else {
                Konvensi::EnUs
            });
        }
        let count = s.matches(sep).count();
        let other = if sep == '.' { ',' } else { '.' };
        if s.contains(other) {
            // `1.234,567` is odd; the last separator is the decimal one
            return Some(if sep == ',' {
                Konvensi::IdId
            } else {
                Konvensi::EnUs
            });
        }
        if count > 1 {
            return Some(if sep == '.' {
                Konvensi::IdId
            } else {
                Konvensi::EnUs
            });
        }
        None
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(3000))]
        #[test]
        fn plain_cells_read_as_the_general_reader_reads_them(

            s in "[0-9]{1,20}([.,][0-9]{0,4})?", id in proptest::bool::ANY
        ) {
            sama(&s, if id { Konvensi::IdId } else { Konvensi::EnUs })?;
        }

        /// Every canonical number the reader lets through is the Decimal rust_decimal's own
        /// parser makes of it: the same value and the same scale (digits as typed), trailing
        /// zeros beyond what a Decimal holds too (`80000000000.000000000000000000`).
        #[test]
        fn canonical_digits_are_the_decimal_from_str_gives(
            bulat in "0{0,3}[0-9]{1,20}", pecahan in proptest::option::of("[0-9]{0,14}0{0,26}")
        ) {
            let digits = match pecahan { Some(p) => format!("{bulat}.{p}"), None => bulat };
            if muat(&digits).is_ok() {
                let kita = ke_desimal(&digits, '.').expect("fits, as muat said");
                let acuan = Decimal::from_str(&digits).unwrap();
                proptest::prop_assert_eq!((kita, kita.scale()), (acuan, acuan.scale()), "{}", digits);
            }
        }

        #[test]
        fn digits_and_separators_are_stripped_as_any_cell(s in "[ 0-9.,]{0,14}") {
            let (cepat, umum) = (inti_angka(&s), inti_angka_umum(&s));
            proptest::prop_assert_eq!(cepat.as_ref(), umum.as_str());
        }

        #[test]
        fn evidence_by_byte_is_evidence_by_char(s in "[ 0-9.,()a–-]{0,12}") {
            proptest::prop_assert_eq!(bukti(&s), bukti_acuan(&s), "{:?}", s);
        }

        #[test]
        fn a_cell_counts_as_the_evidence_it_shows(s in "[ 0-9.,%()Rpa-]{0,14}") {
            // the tally skips cells without a separator; that must never change the count
            let mut bk = BuktiKonvensi::default();
            bk.tambah(&s);
            let harap = bukti(&inti_angka(&s));
            proptest::prop_assert_eq!((bk.id, bk.en), (
                usize::from(harap == Some(Konvensi::IdId)),
                usize::from(harap == Some(Konvensi::EnUs)),
            ));
        }

        #[test]
        fn any_cell_reads_as_the_general_reader_reads_it(
            s in "[ 0-9.,%()Rp-]{0,14}", id in proptest::bool::ANY
        ) {
            sama(&s, if id { Konvensi::IdId } else { Konvensi::EnUs })?;
        }
    }

    /// Found by the property test above when the reader first built Decimals itself: more
    /// digits than a Decimal holds, all of the excess trailing zeros of the fraction.
    #[test]
    fn trailing_zeros_beyond_a_decimal_are_dropped_as_rust_decimal_does() {
        for (teks, harap) in [
            (
                "80000000000,000000000000000000",
                "80000000000.00000000000000000",
            ),
            (
                "0,00000000000000000000000000000",
                "0.0000000000000000000000000000",
            ),
            ("12,50", "12.50"),
        ] {
            let (n, _) = nilai(teks, Konvensi::IdId);
            assert_eq!(n.to_string(), harap, "{teks}");
        }
    }

    #[test]
    fn plain_cells_keep_their_scale() {
        for (teks, k, harap) in [
            ("80,50", Konvensi::IdId, "80.50"),
            ("007", Konvensi::IdId, "7"),
            ("1.5", Konvensi::EnUs, "1.5"),
            ("999999999999999999", Konvensi::IdId, "999999999999999999"),
        ] {
            assert_eq!(
                angka_polos(teks, k).map(|d| d.to_string()).as_deref(),
                Some(harap)
            );
        }
        // grouping, a trailing mark, the other convention's mark and 19 digits are not plain
        for (teks, k) in [
            ("1.234", Konvensi::IdId),
            ("80,", Konvensi::IdId),
            ("80,5,5", Konvensi::IdId),
            ("80,5", Konvensi::EnUs),
            ("1234567890123456789", Konvensi::IdId),
        ] {
            assert_eq!(angka_polos(teks, k), None, "{teks}");
        }
    }
}
