//! Names as tables write them: enumerators (`1.`, `a)`), bullets (`✚`, `•`), markdown
//! emphasis, sasaran title lines, and sasaran names split over two rows.

use crate::core::teks::kata::{awali, kunci_nama};

/// Bullets before a name or a line (`✚`, `•`, `❖`).
pub const BULLET: &[char] = &[
    '✚', '•', '·', '◦', '▪', '●', '○', '-', '*', '+', '➢', '❖', '►',
];

/// Strip `1. `, `a. `, `a) `, bullets and markdown emphasis from a name; says whether it had
/// a bullet (a sub-item mark).
pub fn bersihkan_nama(s: &str) -> (String, bool) {
    // slices of the cell, copied once at the end (this runs for every row of every edit)
    let mut t = s.trim().trim_matches('*').trim();
    let mut bullet = false;
    let mut cs = t.chars();
    if let Some(c) = cs.next() {
        if BULLET.contains(&c) && cs.next().is_some_and(|d| d == ' ' || !d.is_ascii_digit()) {
            bullet = true;
            t = t[c.len_utf8()..].trim();
        }
    }
    // enumerator: up to 3 alphanumerics then `.` or `)` then a space, so only the first four
    // bytes are searched (not the whole name, for every row of every edit)
    if let Some(pos) = t.bytes().take(4).position(|b| b == b'.' || b == b')') {
        let head = &t[..pos];
        if !head.is_empty()
            && head.len() <= 3
            && head.chars().all(|c| c.is_ascii_alphanumeric())
            && t[pos + 1..].starts_with(' ')
        {
            t = t[pos + 1..].trim();
        }
    }
    (t.to_string(), bullet)
}

/// `a`, `b.`, `1`, `2.`, `iv`: an enumerator cell, not a name.
pub fn penomor(s: &str) -> bool {
    let t = s.trim().trim_end_matches(['.', ')']);
    !t.is_empty()
        && t.len() <= 3
        && t.chars().all(|c| c.is_ascii_alphanumeric())
        && !t
            .chars()
            .all(|c| c.is_ascii_alphabetic() && c.is_uppercase() && t.len() > 1)
}

/// The sasaran named by a title line (`Sasaran 2. Terwujudnya ...`, `a.Sasaran 1 : ...`).
pub fn judul_sasaran(teks: &str) -> Option<String> {
    let (t, rest) = sesudah_sasaran(teks)?;
    if kalimat(rest) {
        return None;
    }
    let (nama, _) = bersihkan_nama(rest);
    Some(if nama.is_empty() { t.to_string() } else { nama })
}

/// A line of the report's text about a sasaran (`Sasaran “...” diarahkan pada ...`): neither
/// its title nor the rest of one.
pub fn kalimat_sasaran(teks: &str) -> bool {
    sesudah_sasaran(teks).is_some_and(|(_, rest)| kalimat(rest))
}

/// A line that starts with the word sasaran (after a letter's numbering, `a.`): the line so
/// trimmed, and what follows the word and its number.
fn sesudah_sasaran(teks: &str) -> Option<(&str, &str)> {
    let mut t = teks.trim().trim_matches('*').trim();
    let b = t.as_bytes();
    if b.len() > 2 && b[0].is_ascii_alphabetic() && b[1] == b'.' {
        t = t[2..].trim_start();
    }
    if !t
        .get(..7)
        .is_some_and(|x| x.eq_ignore_ascii_case("sasaran"))
    {
        return None;
    }
    let rest = t["sasaran".len()..].trim_start_matches(|c: char| {
        c.is_ascii_digit() || c.is_whitespace() || ".:-–—".contains(c)
    });
    Some((t, rest))
}

/// The longest line a sasaran's title or its continuation is; the seeds' longest name has
/// about 200 characters, their paragraphs many more.
pub const PANJANG_JUDUL: usize = 400;

/// A sentence of the report's text that starts with the word: `Sasaran “Terwujudnya ...”
/// diarahkan pada ...` names a sasaran in quotes and goes on (seed 002's text above each
/// sasaran's table); a paragraph is longer than a title.
fn kalimat(rest: &str) -> bool {
    berkutip(rest).is_some_and(|(_, lanjut)| lanjut) || rest.len() > PANJANG_JUDUL
}

/// A name in quotes at the start of `rest` (`“Terwujudnya ...” diarahkan pada ...`): the name,
/// and whether words follow its closing quote.
fn berkutip(rest: &str) -> Option<(&str, bool)> {
    let mut c = rest.chars();
    if !matches!(c.next(), Some('“' | '"')) {
        return None;
    }
    let isi = c.as_str();
    let tutup = isi.find(['”', '"'])?;
    let lanjut = isi[tutup..].chars().skip(1).any(|c| c.is_alphabetic());
    Some((&isi[..tutup], lanjut))
}

/// The sasaran a sentence of the report's text names in quotes: `Kinerja Sasaran “Terwujudnya
/// ...” dapat dilihat dari capaian indikator kinerja sebagai berikut`, the line above seed
/// 002's first table in its whole report. A sentence that only starts with the word (`Sasaran
/// “...” diarahkan pada`) names one too. The name must be closed and followed by words.
pub fn sasaran_dalam_kalimat(teks: &str) -> Option<&str> {
    let t = teks.trim();
    let b = t.as_bytes();
    if b.len() > 4 * PANJANG_JUDUL {
        return None;
    }
    // the word at a word's start (ASCII case), then a name in quotes; byte offsets, so `get`
    // is None off a character's boundary
    let (nama, lanjut) = (0..b.len().saturating_sub(6)).find_map(|i| {
        let awal = i == 0 || !b[i - 1].is_ascii_alphanumeric();
        let rest = t.get(i..).filter(|r| awal && awali(r, "sasaran"))?;
        berkutip(rest[7..].trim_start())
    })?;
    let nama = nama.trim();
    (!nama.is_empty() && nama.len() <= PANJANG_JUDUL && lanjut).then_some(nama)
}

/// Whether two sasaran names are the same name: ASCII case, runs of spaces and the marks
/// around it aside (a title's closing full stop or emphasis, a sentence's quotes).
pub fn nama_sama(a: &str, b: &str) -> bool {
    let tanda = |c: char| c.is_ascii_punctuation() || c.is_whitespace() || matches!(c, '“' | '”');
    let inti = |s: &str| kunci_nama(s.trim_matches(tanda));
    inti(a) == inti(b)
}

/// "Tujuan 1: Meningkatnya ..." or "Misi 2. ..." on a line of its own: a level above the
/// sasaran, which the table names but which holds no indikator of its own.
pub fn judul_atas(teks: &str) -> bool {
    let t = teks.trim().trim_matches('*').trim();
    ["tujuan", "misi"].iter().any(|w| {
        awali(t, w)
            && t[w.len()..]
                .bytes()
                .next()
                .is_none_or(|c| !c.is_ascii_alphabetic())
    })
}

/// A filled sasaran cell: starts a sasaran, or (a lower-case fragment on a row without an
/// enumerator) continues the name above, split by a page break; the same name again is the
/// same sasaran.
pub fn sambung_sasaran(sasaran: &mut Vec<String>, s: &str, no_kosong: bool) {
    let (nama, _) = bersihkan_nama(s);
    match sasaran.last_mut() {
        Some(last) if no_kosong && nama.starts_with(|c: char| c.is_lowercase()) => {
            last.push(' ');
            last.push_str(&nama);
        }
        Some(last) if *last == nama => {}
        _ => sasaran.push(nama),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_lose_enumerators_and_bullets() {
        assert_eq!(
            bersihkan_nama("1. Predikat Akuntabilitas"),
            ("Predikat Akuntabilitas".into(), false)
        );
        assert_eq!(
            bersihkan_nama("✚ Pengadaan sarana"),
            ("Pengadaan sarana".into(), true)
        );
        assert_eq!(bersihkan_nama("**IKM**"), ("IKM".into(), false));
        assert!(penomor("b.") && penomor("iv") && !penomor("IKM") && !penomor(""));
    }

    #[test]
    fn sasaran_title_lines() {
        assert_eq!(
            judul_sasaran("Sasaran 2. Terwujudnya pelayanan").as_deref(),
            Some("Terwujudnya pelayanan")
        );
        assert_eq!(
            judul_sasaran("a.Sasaran 1 : Meningkatnya kinerja").as_deref(),
            Some("Meningkatnya kinerja")
        );
        assert_eq!(judul_sasaran("Indikator"), None);
        // the report's text naming a sasaran in quotes, and going on
        assert_eq!(
            judul_sasaran("Sasaran “Terwujudnya pelayanan” diarahkan pada kegiatan perizinan."),
            None
        );
        assert_eq!(
            judul_sasaran("Sasaran 1: “Terwujudnya pelayanan”").as_deref(),
            Some("“Terwujudnya pelayanan”")
        );
        assert_eq!(
            judul_sasaran(&format!("Sasaran {}", "pelayanan ".repeat(50))),
            None
        );
    }

    #[test]
    fn a_name_split_by_a_page_break_is_joined() {
        // seed 000: "Meningkatnya kualitas" / "capaian kinerja"
        let mut s = vec!["Meningkatnya kualitas".to_string()];
        sambung_sasaran(&mut s, "capaian kinerja", true);
        assert_eq!(s, vec!["Meningkatnya kualitas capaian kinerja"]);
        sambung_sasaran(&mut s, "Meningkatnya kualitas capaian kinerja", true);
        assert_eq!(s.len(), 1, "the same name again is the same sasaran");
        sambung_sasaran(&mut s, "Meningkatnya keamanan", false);
        assert_eq!(s.len(), 2);
    }

    #[test]
    fn a_sentence_names_a_sasaran_in_quotes() {
        for (teks, harap) in [
            (
                "Kinerja Sasaran “Terwujudnya pelayanan prima” dapat dilihat dari capaian indikator kinerja sebagai berikut :",
                Some("Terwujudnya pelayanan prima"),
            ),
            (
                "Sasaran \"Meningkatnya kinerja\" diarahkan pada kegiatan pelayanan",
                Some("Meningkatnya kinerja"),
            ),
            // no quotes, a quote left open, nothing after it, the word inside another word
            ("Capaian sasaran tahun ini sangat berhasil", None),
            ("Kinerja Sasaran “Terwujudnya pelayanan prima dapat dilihat", None),
            ("Sasaran “Terwujudnya pelayanan prima”", None),
            ("Subsasaran “A” dapat dilihat", None),
            ("Kinerja Sasaran “” dapat dilihat", None),
        ] {
            assert_eq!(sasaran_dalam_kalimat(teks), harap, "{teks}");
        }
    }

    #[test]
    fn a_title_and_a_sentence_name_the_same_sasaran() {
        for (a, b, sama) in [
            // a title's full stop and emphasis, a sentence's quotes, case and spaces
            (
                "*Terwujudnya pelayanan prima.*",
                "Terwujudnya pelayanan prima",
                true,
            ),
            (
                "“Terwujudnya  Pelayanan prima”",
                "terwujudnya pelayanan prima",
                true,
            ),
            // another word is another name
            (
                "Terwujudnya pelayanan prima",
                "Terwujudnya pelayanan publik",
                false,
            ),
            (
                "Terwujudnya pelayanan",
                "Terwujudnya pelayanan prima",
                false,
            ),
        ] {
            assert_eq!(nama_sama(a, b), sama, "{a} / {b}");
        }
    }
}
