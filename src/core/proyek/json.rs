//! JSON text into a tree, for the project file, the project list and share links. Reading here
//! rather than through the browser's parser and serde: the code that opens a file is the code
//! the native tests fuzz, its messages speak Indonesian, and the module is 16 KB smaller gzipped
//! (serde's generic deserialising and the float formatting its messages pull in).
//!
//! A string with no escape borrows from the text, so a project holding a pasted table of
//! megabytes is not copied twice. Nesting is limited, so no file can exhaust the stack.

use std::borrow::Cow;

/// A JSON value. A number keeps its text: the reader of a field decides what it may be.
#[derive(Clone, Debug, PartialEq)]
pub enum Json<'a> {
    Null,
    Bool(bool),
    Angka(&'a str),
    Teks(Cow<'a, str>),
    Daftar(Vec<Json<'a>>),
    /// Members in file order; a repeated name counts once, its last value (as the browser's
    /// `JSON.parse` does).
    Objek(Vec<(Cow<'a, str>, Json<'a>)>),
}

/// Deeper nesting than this is refused; our files nest three levels.
pub const MAKS_KEDALAMAN: usize = 64;

/// The tree of `teks`, or a message with the line and column where reading stopped.
pub fn baca_json(teks: &str) -> Result<Json<'_>, String> {
    let mut p = Pengurai { teks, pos: 0 };
    let hasil = p.nilai(0).and_then(|v| {
        p.lewati_spasi();
        if p.pos < teks.len() {
            Err("ada isi lain setelah akhir data")
        } else {
            Ok(v)
        }
    });
    hasil.map_err(|e| {
        let (baris, kolom) = letak(teks, p.pos);
        format!("bukan JSON yang sah ({e}, baris {baris} kolom {kolom})")
    })
}

/// 1-based line and column (in characters) of byte `pos`.
fn letak(teks: &str, pos: usize) -> (usize, usize) {
    let mut pos = pos.min(teks.len());
    while !teks.is_char_boundary(pos) {
        pos -= 1;
    }
    let sebelum = &teks[..pos];
    let awal_baris = sebelum.rfind('\n').map_or(0, |i| i + 1);
    (
        sebelum.matches('\n').count() + 1,
        sebelum[awal_baris..].chars().count() + 1,
    )
}

type Hasil<T> = Result<T, &'static str>;

struct Pengurai<'a> {
    teks: &'a str,
    pos: usize,
}

impl<'a> Pengurai<'a> {
    fn byte(&self) -> Option<u8> {
        self.teks.as_bytes().get(self.pos).copied()
    }

    fn lewati_spasi(&mut self) {
        while matches!(self.byte(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.pos += 1;
        }
    }

    /// Takes `kata` (`true`, `false`, `null`) if the text goes on with it.
    fn kata(&mut self, kata: &str) -> Hasil<()> {
        if self.teks[self.pos..].starts_with(kata) {
            self.pos += kata.len();
            Ok(())
        } else {
            Err("kata tidak dikenal")
        }
    }

    fn nilai(&mut self, dalam: usize) -> Hasil<Json<'a>> {
        self.lewati_spasi();
        match self.byte() {
            None => Err("data berakhir sebelum waktunya"),
            Some(b'{' | b'[') if dalam >= MAKS_KEDALAMAN => Err("bersarang terlalu dalam"),
            Some(b'{') => self.objek(dalam + 1),
            Some(b'[') => self.daftar(dalam + 1),
            Some(b'"') => self.teks().map(Json::Teks),
            Some(b't') => self.kata("true").map(|_| Json::Bool(true)),
            Some(b'f') => self.kata("false").map(|_| Json::Bool(false)),
            Some(b'n') => self.kata("null").map(|_| Json::Null),
            Some(b'-' | b'0'..=b'9') => self.angka().map(Json::Angka),
            Some(_) => Err("tanda yang tidak diharapkan"),
        }
    }

    /// After `[` or `{`: the next member, or the closing bracket. `true` when there is one.
    fn ada_lagi(&mut self, tutup: u8, pertama: bool) -> Hasil<bool> {
        self.lewati_spasi();
        match self.byte() {
            Some(b) if b == tutup => {
                self.pos += 1;
                Ok(false)
            }
            Some(b',') if !pertama => {
                self.pos += 1;
                Ok(true)
            }
            _ if pertama => Ok(true),
            None => Err("data berakhir sebelum waktunya"),
            Some(_) => Err("kurang tanda koma atau penutup"),
        }
    }

    fn daftar(&mut self, dalam: usize) -> Hasil<Json<'a>> {
        self.pos += 1;
        let mut isi = Vec::new();
        while self.ada_lagi(b']', isi.is_empty())? {
            isi.push(self.nilai(dalam)?);
        }
        Ok(Json::Daftar(isi))
    }

    fn objek(&mut self, dalam: usize) -> Hasil<Json<'a>> {
        self.pos += 1;
        let mut isi = Vec::new();
        while self.ada_lagi(b'}', isi.is_empty())? {
            self.lewati_spasi();
            if self.byte() != Some(b'"') {
                return Err("nama isian harus teks berkutip");
            }
            let nama = self.teks()?;
            self.lewati_spasi();
            if self.byte() != Some(b':') {
                return Err("kurang tanda titik dua");
            }
            self.pos += 1;
            isi.push((nama, self.nilai(dalam)?));
        }
        Ok(Json::Objek(isi))
    }

    /// A quoted string. Without escapes it is a slice of the text: every byte that ends a run
    /// of plain characters is ASCII, so the slice's ends are character boundaries.
    fn teks(&mut self) -> Hasil<Cow<'a, str>> {
        self.pos += 1;
        let mut milik: Option<String> = None;
        loop {
            let awal = self.pos;
            let b = self.teks.as_bytes();
            while self.pos < b.len() && !matches!(b[self.pos], b'"' | b'\\' | 0..=0x1f) {
                self.pos += 1;
            }
            let potong = &self.teks[awal..self.pos];
            match self.byte() {
                None => return Err("teks tanpa kutip penutup"),
                Some(b'"') => {
                    self.pos += 1;
                    return Ok(match milik {
                        None => Cow::Borrowed(potong),
                        Some(mut s) => {
                            s.push_str(potong);
                            Cow::Owned(s)
                        }
                    });
                }
                Some(b'\\') => {
                    let s = milik.get_or_insert_with(String::new);
                    s.push_str(potong);
                    self.pos += 1;
                    let c = self.lolos()?;
                    s.push(c);
                }
                Some(_) => return Err("tanda kendali di dalam teks"),
            }
        }
    }

    /// The character an escape stands for (after its `\`).
    fn lolos(&mut self) -> Hasil<char> {
        let b = self.byte().ok_or("teks tanpa kutip penutup")?;
        self.pos += 1;
        Ok(match b {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => {
                let tinggi = self.hex4()?;
                if (0xD800..0xDC00).contains(&tinggi) && self.teks[self.pos..].starts_with("\\u") {
                    let simpan = self.pos;
                    self.pos += 2;
                    let rendah = self.hex4()?;
                    if (0xDC00..0xE000).contains(&rendah) {
                        let c = 0x10000 + ((tinggi - 0xD800) << 10) + (rendah - 0xDC00);
                        return Ok(char::from_u32(c).unwrap_or('\u{FFFD}'));
                    }
                    // not a pair: the high half alone, the next escape read on its own
                    self.pos = simpan;
                }
                // a lone surrogate, as the browser's strings allow, becomes U+FFFD
                char::from_u32(tinggi).unwrap_or('\u{FFFD}')
            }
            _ => return Err("garis miring terbalik yang tidak dikenal"),
        })
    }

    fn hex4(&mut self) -> Hasil<u32> {
        let h = self
            .teks
            .get(self.pos..self.pos + 4)
            .filter(|h| h.bytes().all(|b| b.is_ascii_hexdigit()))
            .ok_or("\\u tanpa empat angka heksadesimal")?;
        self.pos += 4;
        u32::from_str_radix(h, 16).map_err(|_| "\\u tanpa empat angka heksadesimal")
    }

    /// A number as JSON writes it: `-`, digits without a leading zero, a fraction, an exponent.
    fn angka(&mut self) -> Hasil<&'a str> {
        let awal = self.pos;
        if self.byte() == Some(b'-') {
            self.pos += 1;
        }
        match self.byte() {
            Some(b'0') => self.pos += 1,
            Some(b'1'..=b'9') => self.angka_angka(),
            _ => return Err("angka tidak sah"),
        }
        if self.byte() == Some(b'.') {
            self.pos += 1;
            if !self.byte().is_some_and(|b| b.is_ascii_digit()) {
                return Err("angka tidak sah");
            }
            self.angka_angka();
        }
        if matches!(self.byte(), Some(b'e' | b'E')) {
            self.pos += 1;
            if matches!(self.byte(), Some(b'+' | b'-')) {
                self.pos += 1;
            }
            if !self.byte().is_some_and(|b| b.is_ascii_digit()) {
                return Err("angka tidak sah");
            }
            self.angka_angka();
        }
        Ok(&self.teks[awal..self.pos])
    }

    fn angka_angka(&mut self) {
        while self.byte().is_some_and(|b| b.is_ascii_digit()) {
            self.pos += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn teks(s: &str) -> Json<'_> {
        Json::Teks(Cow::Borrowed(s))
    }

    #[test]
    fn values_of_every_kind() {
        let j = baca_json(r#" {"a": [1, -2.5e3, true, false, null], "b": {"c": "d"}, "a": []} "#);
        assert_eq!(
            j,
            Ok(Json::Objek(vec![
                (
                    "a".into(),
                    Json::Daftar(vec![
                        Json::Angka("1"),
                        Json::Angka("-2.5e3"),
                        Json::Bool(true),
                        Json::Bool(false),
                        Json::Null,
                    ])
                ),
                ("b".into(), Json::Objek(vec![("c".into(), teks("d"))])),
                ("a".into(), Json::Daftar(vec![])),
            ]))
        );
    }

    #[test]
    fn escapes_and_borrowing() {
        assert_eq!(baca_json(r#""polos""#), Ok(teks("polos")));
        assert!(matches!(
            baca_json(r#""polos""#),
            Ok(Json::Teks(Cow::Borrowed(_)))
        ));
        let cases = [
            (r#""a\tb\nc\"d\\e\/f""#, "a\tb\nc\"d\\e/f"),
            (r#""\u00e9\u20AC""#, "é€"),
            (r#""\ud83d\ude00 senyum""#, "😀 senyum"),
            // a lone surrogate, then one before a non-surrogate escape
            (r#""x\udc00y""#, "x\u{FFFD}y"),
            (r#""\ud83d\u0041""#, "\u{FFFD}A"),
            (r#""Rp 1.000 – «ok»""#, "Rp 1.000 – «ok»"),
        ];
        for (json, harap) in cases {
            assert_eq!(baca_json(json), Ok(teks(harap)), "{json}");
        }
    }

    #[test]
    fn broken_text_is_refused_with_its_place() {
        let cases = [
            ("", "data berakhir sebelum waktunya"),
            (
                r#"{"format": "kalkulator-sakip", "versi": 1, "indik"#,
                "teks tanpa kutip penutup",
            ),
            ("{\"a\" 1}", "kurang tanda titik dua"),
            ("[1 2]", "kurang tanda koma atau penutup"),
            ("[1,]", "tanda yang tidak diharapkan"),
            ("{,}", "nama isian harus teks berkutip"),
            ("{\"a\":1,}", "nama isian harus teks berkutip"),
            ("[01]", "kurang tanda koma atau penutup"),
            ("[1.]", "angka tidak sah"),
            ("[-]", "angka tidak sah"),
            ("[1e]", "angka tidak sah"),
            ("tru", "kata tidak dikenal"),
            ("\"a\nb\"", "tanda kendali di dalam teks"),
            ("\"\\x\"", "garis miring terbalik yang tidak dikenal"),
            ("\"\\u12\"", "\\u tanpa empat angka heksadesimal"),
            ("{} {}", "ada isi lain setelah akhir data"),
            ("NaN", "tanda yang tidak diharapkan"),
        ];
        for (json, sebab) in cases {
            let e = baca_json(json).unwrap_err();
            assert!(e.contains(sebab), "{json:?}: {e}");
        }
        let e = baca_json("{\n  \"a\": [1,\n   x]\n}").unwrap_err();
        assert!(e.ends_with("baris 3 kolom 4)"), "{e}");
    }

    #[test]
    fn nesting_is_limited_not_a_stack_overflow() {
        let dalam = |n: usize| "[".repeat(n) + &"]".repeat(n);
        assert!(baca_json(&dalam(MAKS_KEDALAMAN)).is_ok());
        let e = baca_json(&dalam(MAKS_KEDALAMAN + 1)).unwrap_err();
        assert!(e.contains("bersarang terlalu dalam"), "{e}");
        assert!(baca_json(&"{\"a\":".repeat(100_000)).is_err());
        assert!(baca_json(&"[".repeat(1_000_000)).is_err());
    }
}
