//! One band of a predikat scale as people write it: the custom scale's own form (`91 Sangat
//! Tinggi`, `>90 AA`), and the forms reports print, which a person copies from last year's
//! report: a table row (`1 | 91 % - 100 % | Sangat tinggi`, seed 000), a bullet with a range
//! and a colon (`❖ 85 s.d 100 : Sangat Berhasil (SB)`, `70 ≤ X < 85 : Berhasil (B)`, seed
//! 002) or a dash before it (`-90 -100 : Amat Baik`, `< 49 : Kurang`, seed 004). Only the
//! lower bound is kept: the band above gives the upper one.

use crate::core::kebijakan::predikat::Pita;
use crate::core::kinerja::baca::nama::{penomor, BULLET};
use crate::core::teks::angka::Konvensi;
use crate::core::teks::nilai::{baca_nilai, pisah_batas, Nilai};
use rust_decimal::Decimal;

/// A band line as a [`Pita`]; `None` for a table's header row (words in two cells or more,
/// no number), which is no band.
pub fn baca_pita(baris: &str) -> Option<Result<Pita, String>> {
    let sel: Vec<&str> = baris
        .split('\t')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect();
    let berangka = |s: &str| s.bytes().any(|b| b.is_ascii_digit());
    if sel.len() >= 2 && !sel.iter().any(|s| berangka(s)) {
        return None;
    }
    let (rentang, label) = if sel.len() >= 2 {
        pisah_sel(&sel)
    } else {
        pisah_teks(sel.first().copied().unwrap_or(""))
    };
    let label = rapikan_label(&label);
    if label.is_empty() {
        return Some(Err("label kosong".into()));
    }
    Some(batas(&rentang).map(|(batas_bawah, eksklusif)| Pita {
        batas_bawah,
        eksklusif,
        label,
    }))
}

/// A table row's range and label: the first cell with a number (after a row number, when
/// another cell has a number) and the other cells.
fn pisah_sel(sel: &[&str]) -> (String, String) {
    let berangka = |s: &&str| s.bytes().any(|b| b.is_ascii_digit());
    let sel = match sel.split_first() {
        Some((no, rest)) if penomor(no) && rest.iter().any(berangka) => rest,
        _ => sel,
    };
    let j = sel.iter().position(berangka).unwrap_or(0);
    let label: Vec<&str> = sel
        .iter()
        .enumerate()
        .filter(|(i, _)| *i != j)
        .map(|(_, s)| *s)
        .collect();
    (sel[j].to_string(), label.join(" "))
}

/// A line of text's range and label: around its colon, else its leading range words.
fn pisah_teks(t: &str) -> (String, String) {
    let t = t.trim_start_matches(|c: char| c.is_whitespace() || (BULLET.contains(&c) && c != '-'));
    if let Some((r, l)) = t
        .split_once(':')
        .filter(|(r, _)| r.bytes().any(|b| b.is_ascii_digit()))
    {
        return (r.to_string(), l.to_string());
    }
    let mut rentang = Vec::new();
    let mut kata = t.split_whitespace().peekable();
    while let Some(k) = kata.next_if(|k| kata_rentang(k)) {
        rentang.push(k);
    }
    (rentang.join(" "), kata.collect::<Vec<_>>().join(" "))
}

/// A word of a range: a number, a sign, or the words between two numbers.
fn kata_rentang(k: &str) -> bool {
    ["x", "s.d", "s.d.", "s/d", "sd", "sampai", "hingga", "nilai"]
        .iter()
        .any(|w| k.eq_ignore_ascii_case(w))
        || k.chars()
            .all(|c| c.is_ascii_digit() || ",.%<>=-–—≤≥".contains(c))
}

/// The lower bound of a range and whether it is exclusive: `91 - 100`, `85 s.d 100`,
/// `70 ≤ X < 85` and `>= 91` give 91, 85, 70 and 91 inclusive; `> 90` and `80 < X` exclusive;
/// `< 55` (the band at the bottom) none. Ranges and bounds are the cell readers' own
/// ([`baca_nilai`], [`pisah_batas`]).
fn batas(rentang: &str) -> Result<(Option<Decimal>, bool), String> {
    let r = rentang.replace('%', "");
    let mut r = r.trim();
    // bounds of a capaian are never negative: a dash before the first of two numbers, or
    // before a space, is a bullet (`-90 -100`, `- < 55`)
    let angka = r
        .split(|c: char| !c.is_ascii_digit())
        .filter(|s| !s.is_empty())
        .count();
    if r.starts_with("- ") || (r.starts_with('-') && angka >= 2) {
        r = r[1..].trim_start();
    }
    // a band without a number: the one at the bottom (`Sangat Rendah`)
    if r.is_empty() {
        return Ok((None, false));
    }
    // `70 ≤ X < 85`, `80 < X ≤ 90`: the sign after the first number says whether it is in
    if let Some(i) = r.find(['<', '≤']).filter(|i| *i > 0) {
        let tanda = &r[i..];
        return awal(&r[..i])
            .map(|v| (Some(v), tanda.starts_with('<') && !tanda.starts_with("<=")));
    }
    match pisah_batas(r) {
        Some((b, _)) if b.atas => Ok((None, false)),
        Some((b, sisa)) => awal(sisa).map(|v| (Some(v), b.tanda == ">")),
        None => awal(r).map(|v| (Some(v), false)),
    }
}

/// A number, or the low end of a range (`91`, `91 - 100`, `85 s.d 100`, `90 -100`).
fn awal(t: &str) -> Result<Decimal, String> {
    // `90 -100`: the dash of a range written against its second number
    let t = t.trim().replace(" -", " - ");
    match baca_nilai(&t, Konvensi::IdId, &mut None) {
        Nilai::Angka(v) | Nilai::Rentang(v, _) => Ok(v),
        _ => Err(format!("\"{}\" bukan angka atau rentang", t.trim())),
    }
}

/// A label as printed: separators at its ends dropped, and letters spaced out by a PDF copy
/// (`B a i k`) joined.
fn rapikan_label(label: &str) -> String {
    let l = label
        .trim()
        .trim_matches(|c: char| c == ':' || c == '-' || c == '=')
        .trim();
    let kata: Vec<&str> = l.split_whitespace().collect();
    if kata.len() >= 3 && kata.iter().all(|k| k.chars().count() == 1) {
        kata.concat()
    } else {
        kata.join(" ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A band as compared: its bound as text, exclusive, label; `None` for a header row.
    type Dibaca = Option<Result<(Option<String>, bool, String), String>>;

    fn pita(t: &str) -> Dibaca {
        baca_pita(t)
            .map(|r| r.map(|p| (p.batas_bawah.map(|b| b.to_string()), p.eksklusif, p.label)))
    }

    fn ok(b: Option<&str>, eksklusif: bool, label: &str) -> Dibaca {
        Some(Ok((b.map(str::to_string), eksklusif, label.to_string())))
    }

    #[test]
    fn bands_as_the_scale_and_the_reports_write_them() {
        let cases = [
            // the custom scale's own form, and its written-back form
            ("91 Sangat Tinggi", ok(Some("91"), false, "Sangat Tinggi")),
            (">90 AA", ok(Some("90"), true, "AA")),
            ("Sangat Rendah", ok(None, false, "Sangat Rendah")),
            ("82,5 Baik", ok(Some("82.5"), false, "Baik")),
            // seed 000: a table row, its header row, and a bottom band from 0
            (
                "1\t91 % - 100 %\tSangat tinggi",
                ok(Some("91"), false, "Sangat tinggi"),
            ),
            (
                "5\t0 % - 50 %\tSangat rendah",
                ok(Some("0"), false, "Sangat rendah"),
            ),
            ("NO\tCAPAIAN KINERJA\tKRITERIA", None),
            (
                "91 - 100\tSangat Tinggi",
                ok(Some("91"), false, "Sangat Tinggi"),
            ),
            // seed 002: bullets, s.d, ≤ X <, and the bottom band
            (
                "❖ 85 s.d 100 : Sangat Berhasil (SB)",
                ok(Some("85"), false, "Sangat Berhasil (SB)"),
            ),
            (
                "❖ 70 ≤ X < 85 : Berhasil (B)",
                ok(Some("70"), false, "Berhasil (B)"),
            ),
            (
                "- < 55 : Tidak Berhasil (TB)",
                ok(None, false, "Tidak Berhasil (TB)"),
            ),
            // seed 004: a dash as the bullet, an en dash, spaced letters
            ("-90 -100 : Amat Baik", ok(Some("90"), false, "Amat Baik")),
            ("-80 -89 : B a i k", ok(Some("80"), false, "Baik")),
            ("-50 – 79 : Cukup Baik", ok(Some("50"), false, "Cukup Baik")),
            ("< 49 : Kurang", ok(None, false, "Kurang")),
            // other usual forms
            ("> 80 - 90 Baik", ok(Some("80"), true, "Baik")),
            ("80 < X ≤ 90 : Baik", ok(Some("80"), true, "Baik")),
            ("≥ 91 Sangat Tinggi", ok(Some("91"), false, "Sangat Tinggi")),
            (
                "91 s/d 100 Sangat Tinggi",
                ok(Some("91"), false, "Sangat Tinggi"),
            ),
        ];
        for (t, harap) in cases {
            assert_eq!(pita(t), harap, "{t}");
        }
    }

    #[test]
    fn a_band_without_label_or_number_is_an_error() {
        assert!(matches!(baca_pita("91 - 100"), Some(Err(_))));
        assert!(
            matches!(baca_pita("abc : Baik"), Some(Ok(_))),
            "no number before the colon: all label"
        );
        assert!(
            matches!(baca_pita("1\t91 % - 100 %"), Some(Err(_))),
            "no label"
        );
    }
}
