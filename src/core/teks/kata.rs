//! Keyword tests on a cell, ignoring ASCII case, without a lowercased copy of the cell: they
//! run on every row of every edit. Every keyword is ASCII (see README, "ASCII-only keyword
//! matching"), so byte positions stay those of the pasted text.

/// The months' names, lower case, as Indonesian documents write them.
pub const BULAN: [&str; 12] = [
    "januari",
    "februari",
    "maret",
    "april",
    "mei",
    "juni",
    "juli",
    "agustus",
    "september",
    "oktober",
    "november",
    "desember",
];

/// `teks` starts with `kata`, ignoring ASCII case.
pub fn awali(teks: &str, kata: &str) -> bool {
    teks.as_bytes()
        .get(..kata.len())
        .is_some_and(|a| a.eq_ignore_ascii_case(kata.as_bytes()))
}

/// `teks` holds `kata` somewhere, ignoring ASCII case.
pub fn memuat(teks: &str, kata: &str) -> bool {
    let (t, k) = (teks.as_bytes(), kata.as_bytes());
    let Some(&awal) = k.first() else {
        return true;
    };
    let (kecil, besar) = (awal.to_ascii_lowercase(), awal.to_ascii_uppercase());
    // a cheap first-byte test before the whole word is compared
    t.windows(k.len())
        .any(|w| (w[0] == kecil || w[0] == besar) && w.eq_ignore_ascii_case(k))
}

/// A name as compared: ASCII case and runs of spaces aside.
pub fn kunci_nama(s: &str) -> String {
    let mut k = String::with_capacity(s.len());
    for w in s.split_whitespace() {
        if !k.is_empty() {
            k.push(' ');
        }
        k.extend(w.chars().map(|c| c.to_ascii_lowercase()));
    }
    k
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keywords_in_any_case() {
        let cases: &[(&str, &str, bool, bool)] = &[
            // (text, word, starts with, holds)
            ("Jumlah Capaian", "jumlah", true, true),
            ("JUMLAH", "jumlah", true, true),
            ("Jum", "jumlah", false, false),
            ("Belanja Tidak Langsung", "tidak langsung", false, true),
            ("Persentase penurunan", "PENURUNAN", false, true),
            ("Énergie total", "total", false, true),
            ("", "a", false, false),
            ("abc", "", true, true),
        ];
        for (teks, kata, awal, isi) in cases {
            assert_eq!(awali(teks, kata), *awal, "{teks:?} starts with {kata:?}");
            assert_eq!(memuat(teks, kata), *isi, "{teks:?} holds {kata:?}");
        }
    }

    #[cfg(not(target_arch = "wasm32"))]
    mod sifat {
        use super::super::*;
        use proptest::prelude::*;

        proptest! {
            /// The same answers as a lowercased copy gives.
            #[test]
            fn as_a_lowercased_copy(teks in "[aAbB é]{0,10}", kata in "[abAB ]{0,3}") {
                let t = teks.to_ascii_lowercase();
                let k = kata.to_ascii_lowercase();
                prop_assert_eq!(awali(&teks, &kata), t.starts_with(&k));
                prop_assert_eq!(memuat(&teks, &kata), t.contains(&k));
            }
        }
    }
}
