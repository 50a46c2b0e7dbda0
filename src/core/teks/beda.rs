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

/// Bytes of the longest common start, ending on a character boundary of both.
fn awalan_sama(a: &str, b: &str) -> usize {
    let n = a.bytes().zip(b.bytes()).take_while(|(x, y)| x == y).count();
    // equal bytes up to n: a boundary in one is a boundary in the other
    (0..=n).rev().find(|&i| a.is_char_boundary(i)).unwrap_or(0)
}

/// Bytes of the longest common end, ending on a character boundary of both.
fn akhiran_sama(a: &str, b: &str) -> usize {
    let n = a
        .bytes()
        .rev()
        .zip(b.bytes().rev())
        .take_while(|(x, y)| x == y)
        .count();
    (0..=n)
        .rev()
        .find(|&i| a.is_char_boundary(a.len() - i))
        .unwrap_or(0)
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
