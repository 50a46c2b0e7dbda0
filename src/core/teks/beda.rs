//! What changed between two versions of a text, as one replaced span: the common start and end
//! are kept, the middle is replaced. A row edit changes one line of a 2.000-line text; writing
//! only that span into the textarea lets the browser lay out one line instead of all of them.

/// One span of `lama` replaced by `sisipan` turns `lama` into the new text. Positions count
/// UTF-16 code units, as a textarea's selection does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Beda<'a> {
    /// Where the replaced span starts.
    pub mulai: u32,
    /// Where the replaced span ends (exclusive), in the old text.
    pub akhir: u32,
    /// What the span becomes.
    pub sisipan: &'a str,
}

/// The one span that turns `lama` into `baru`, keeping their longest common start and then
/// their longest common end (never overlapping the start). Linear in the texts' length.
pub fn beda<'a>(lama: &str, baru: &'a str) -> Beda<'a> {
    let (rentang, sisipan) = beda_byte(lama, baru);
    let mulai = utf16(&lama[..rentang.start]);
    Beda {
        mulai,
        akhir: mulai.saturating_add(utf16(&lama[rentang.clone()])),
        sisipan,
    }
}

/// [`beda`] in bytes: the byte range of `lama` that `baru` replaces, and what replaces it.
pub fn beda_byte<'a>(lama: &str, baru: &'a str) -> (std::ops::Range<usize>, &'a str) {
    let awal = awalan_sama(lama, baru);
    let ujung = akhiran_sama(&lama[awal..], &baru[awal..]);
    (awal..lama.len() - ujung, &baru[awal..baru.len() - ujung])
}

/// Whether two texts are equal: as `==`, eight bytes at a time (`==` compares byte by byte in
/// wasm: 0,6 ms for a 1 MB text at every key).
pub fn sama(a: &str, b: &str) -> bool {
    a.len() == b.len() && awalan_sama(a, b) == a.len()
}

/// Bytes of the longest common start, ending on a character boundary of both.
fn awalan_sama(a: &str, b: &str) -> usize {
    let (x, y) = (a.as_bytes(), b.as_bytes());
    // eight bytes at a time, then byte by byte: a byte loop over a 1 MB text was most of
    // finding the line a key changed (1,5 ms)
    let kata = x
        .chunks_exact(8)
        .zip(y.chunks_exact(8))
        .take_while(|(p, q)| kata8(p) == kata8(q))
        .count();
    let n = kata * 8
        + x[kata * 8..]
            .iter()
            .zip(&y[kata * 8..])
            .take_while(|(p, q)| p == q)
            .count();
    // equal bytes up to n: a boundary in one is a boundary in the other
    (0..=n).rev().find(|&i| a.is_char_boundary(i)).unwrap_or(0)
}

/// Bytes of the longest common end, ending on a character boundary of both.
fn akhiran_sama(a: &str, b: &str) -> usize {
    let (x, y) = (a.as_bytes(), b.as_bytes());
    let kata = x
        .rchunks_exact(8)
        .zip(y.rchunks_exact(8))
        .take_while(|(p, q)| kata8(p) == kata8(q))
        .count();
    let (x, y) = (&x[..x.len() - kata * 8], &y[..y.len() - kata * 8]);
    let n = kata * 8
        + x.iter()
            .rev()
            .zip(y.iter().rev())
            .take_while(|(p, q)| p == q)
            .count();
    (0..=n)
        .rev()
        .find(|&i| a.is_char_boundary(a.len() - i))
        .unwrap_or(0)
}

/// Eight bytes as one word.
fn kata8(b: &[u8]) -> u64 {
    <[u8; 8]>::try_from(b).map_or(0, u64::from_le_bytes)
}

/// How many `\n` bytes `b` holds, eight at a time: a zero byte of the word XOR eight line
/// feeds is a line feed, and each zero byte gets its high bit alone (no borrow between bytes).
pub fn hitung_lf(b: &[u8]) -> usize {
    const LF: u64 = 0x0A0A_0A0A_0A0A_0A0A;
    const M: u64 = 0x7F7F_7F7F_7F7F_7F7F;
    let mut potong = b.chunks_exact(8);
    let mut n = 0;
    for c in &mut potong {
        let x = kata8(c) ^ LF;
        let nol = !(((x & M) + M) | x | M);
        n += nol.count_ones() as usize;
    }
    n + potong.remainder().iter().filter(|&&c| c == b'\n').count()
}

/// Length in UTF-16 code units.
fn utf16(s: &str) -> u32 {
    u32::try_from(s.chars().map(char::len_utf16).sum::<usize>()).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Applies a span by UTF-16 positions, as the textarea does.
    fn terapkan(lama: &str, b: &Beda) -> String {
        let u: Vec<u16> = lama.encode_utf16().collect();
        let mut hasil: Vec<u16> = u[..b.mulai as usize].to_vec();
        hasil.extend(b.sisipan.encode_utf16());
        hasil.extend(&u[b.akhir as usize..]);
        String::from_utf16(&hasil).unwrap_or_default()
    }

    #[test]
    fn one_cell_of_one_line_is_the_span() {
        let cases: &[(&str, &str, u32, u32, &str)] = &[
            // (old, new, start, end, inserted)
            ("1\ta\t80\n2\tb\t90", "1\ta\t85\n2\tb\t90", 5, 6, "5"),
            ("abc", "abc", 3, 3, ""),
            ("", "x\ty", 0, 0, "x\ty"),
            ("x\ty", "", 0, 3, ""),
            ("a\nb\nc", "a\nc", 2, 4, ""),
            ("aaa", "aaaa", 3, 3, "a"),
            // a character before the change that takes two UTF-16 units (an emoji) or two bytes
            ("😀\t1", "😀\t2", 3, 4, "2"),
            ("é1", "é2", 1, 2, "2"),
            // characters that share a first byte must not be split
            ("xé", "xè", 1, 2, "è"),
        ];
        for (lama, baru, m, a, s) in cases {
            let b = beda(lama, baru);
            assert_eq!(
                (b.mulai, b.akhir, b.sisipan),
                (*m, *a, *s),
                "{lama:?} -> {baru:?}"
            );
            assert_eq!(terapkan(lama, &b), *baru);
        }
    }

    #[cfg(not(target_arch = "wasm32"))]
    mod sifat {
        use super::*;
        use proptest::prelude::*;

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(2000))]
            /// Any two texts: the span applied to the old text gives the new one.
            #[test]
            fn the_span_turns_old_into_new(lama in "[a-c\t\né😀]{0,20}", baru in "[a-c\t\né😀]{0,20}") {
                let b = beda(&lama, &baru);
                prop_assert!(b.mulai <= b.akhir);
                prop_assert_eq!(terapkan(&lama, &b), baru);
            }

            /// Longer texts, through the eight-byte steps: the common start and end are the
            /// longest a byte-by-byte walk finds (on character boundaries), and the line feeds
            /// are counted as one by one.
            #[test]
            fn words_find_what_bytes_find(
                awal in "[a\t\n\u{b}\u{8a}é😀]{0,40}",
                lama in "[ab\n]{0,9}",
                baru in "[ab\n]{0,9}",
                akhir in "[a\t\n\u{b}\u{8a}é😀]{0,40}",
            ) {
                let (x, y) = (format!("{awal}{lama}{akhir}"), format!("{awal}{baru}{akhir}"));
                let pelan = |p: &str, q: &str, rev: bool| {
                    let n = if rev {
                        p.bytes().rev().zip(q.bytes().rev()).take_while(|(a, b)| a == b).count()
                    } else {
                        p.bytes().zip(q.bytes()).take_while(|(a, b)| a == b).count()
                    };
                    (0..=n).rev().find(|&i| p.is_char_boundary(if rev { p.len() - i } else { i })).unwrap_or(0)
                };
                let a = awalan_sama(&x, &y);
                prop_assert_eq!(a, pelan(&x, &y, false));
                prop_assert_eq!(akhiran_sama(&x[a..], &y[a..]), pelan(&x[a..], &y[a..], true));
                prop_assert_eq!(hitung_lf(x.as_bytes()), x.bytes().filter(|c| *c == b'\n').count());
                prop_assert_eq!(sama(&x, &y), x == y);
                prop_assert!(sama(&x, &x.clone()));
            }

            /// An edit inside one line of a long text replaces no more than that edit.
            #[test]
            fn a_small_edit_is_a_small_span(awal in "[a-z\n]{0,50}", ubah in "[0-9]{1,5}", akhir in "[a-z\n]{0,50}") {
                let lama = format!("{awal}X{akhir}");
                let baru = format!("{awal}{ubah}{akhir}");
                let b = beda(&lama, &baru);
                prop_assert!(b.sisipan.len() <= ubah.len());
                prop_assert!(b.akhir - b.mulai <= 1);
            }
        }
    }
}
