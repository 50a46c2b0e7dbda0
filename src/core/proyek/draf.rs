//! A row editor's unsaved fields, kept in the browser's storage while the editor is open. A
//! phone may discard a page it has hidden (a person checks a number in another app) and load
//! it again on return; what was typed into the editor comes back with it, in the same row.
//!
//! The format is lines of text, not JSON: a fixed first line, the editor, the line it edits
//! (`baru` for a new row), the row's cells when it was opened, and the fields as typed. Cells
//! are joined by U+001F (unit separator); an editor's fields are single-line inputs.

/// The first line: what the text is and its version.
const KEPALA: &str = "draf-sunting 1";
/// Between cells.
const PISAH: char = '\u{1f}';

/// An open row editor's fields.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DrafSunting {
    /// Which editor (its `data-testid`).
    pub editor: String,
    /// The line it edits; `None` for a new row.
    pub baris: Option<usize>,
    /// The row's cells when the editor was opened: the draft belongs to that row only.
    pub awal: Vec<String>,
    /// The fields as typed.
    pub isi: Vec<String>,
}

impl DrafSunting {
    /// The draft as stored; `None` when a field holds a character the format cannot keep
    /// (a line end, or the separator itself), which an input field does not take from typing.
    pub fn tulis(&self) -> Option<String> {
        let mut out = String::from(KEPALA);
        let baris = self.baris.map_or("baru".to_string(), |b| b.to_string());
        for (i, bagian) in [&[self.editor.clone()][..], &[baris], &self.awal, &self.isi]
            .into_iter()
            .enumerate()
        {
            out.push('\n');
            for (j, c) in bagian.iter().enumerate() {
                if c.contains(|c| matches!(c, '\n' | '\r' | PISAH)) {
                    return None;
                }
                if j > 0 {
                    out.push(PISAH);
                }
                out.push_str(c);
            }
            // the editor and the line are one field each
            if i < 2 && bagian.len() != 1 {
                return None;
            }
        }
        Some(out)
    }

    /// A stored draft; `None` for anything else (another version, a damaged entry).
    pub fn baca(teks: &str) -> Option<DrafSunting> {
        let mut baris = teks.split('\n');
        if baris.next()? != KEPALA {
            return None;
        }
        let editor = baris.next()?.to_string();
        let nomor = match baris.next()? {
            "baru" => None,
            n => Some(n.parse().ok()?),
        };
        let sel = |s: &str| s.split(PISAH).map(str::to_string).collect::<Vec<_>>();
        let awal = sel(baris.next()?);
        let isi = sel(baris.next()?);
        if baris.next().is_some() || editor.is_empty() {
            return None;
        }
        Some(DrafSunting {
            editor,
            baris: nomor,
            awal,
            isi,
        })
    }

    /// Whether the draft still belongs to the text's row: an opened editor of line `baris`
    /// whose cells are now `sel` (a new row has none to compare).
    pub fn milik(&self, editor: &str, sel: Option<&[String]>) -> bool {
        self.editor == editor
            && match (self.baris, sel) {
                (None, _) => true,
                (Some(_), Some(s)) => sama_isi(&self.awal, s),
                (Some(_), None) => false,
            }
    }
}

/// Cells equal but for blank cells at the end (the editor pads a row to the table's width).
fn sama_isi(a: &[String], b: &[String]) -> bool {
    let isi = |v: &[String]| {
        let n = v.iter().rposition(|c| !c.is_empty()).map_or(0, |i| i + 1);
        v[..n].to_vec()
    };
    isi(a) == isi(b)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(1000))]

        /// Whatever the storage holds: a draft or none, never a panic.
        #[test]
        fn any_stored_text_reads_without_panic(t in "(draf-sunting 1\n)?[a-z0-9\n\u{1f}\t ]{0,40}|\\PC{0,60}") {
            let _ = DrafSunting::baca(&t);
        }

        /// Any fields an input can hold (no line ends) come back as typed.
        #[test]
        fn any_typed_fields_come_back(
            editor in "[a-z-]{1,20}",
            baris in proptest::option::of(0usize..100_000),
            awal in proptest::collection::vec("[^\n\r\u{1f}]{0,12}", 0..8),
            isi in proptest::collection::vec("[^\n\r\u{1f}]{0,12}", 0..8),
        ) {
            let d = DrafSunting { editor, baris, awal, isi };
            let t = d.tulis();
            prop_assert!(t.is_some());
            let kembali = t.as_deref().and_then(DrafSunting::baca).map(|k| (k.editor, k.baris, k.isi));
            // an empty list of cells is written as one empty cell
            let isi = if d.isi.is_empty() { vec![String::new()] } else { d.isi.clone() };
            prop_assert_eq!(kembali, Some((d.editor.clone(), d.baris, isi)));
        }
    }

    fn s(v: &[&str]) -> Vec<String> {
        v.iter().map(|x| x.to_string()).collect()
    }

    fn contoh(baris: Option<usize>) -> DrafSunting {
        DrafSunting {
            editor: "sunting-baris".into(),
            baris,
            awal: s(&["1", "IKM", "80", "78"]),
            isi: s(&["1", "IKM", "80", "79,5"]),
        }
    }

    #[test]
    fn a_draft_reads_back_as_written() {
        for d in [
            contoh(Some(3)),
            contoh(None),
            DrafSunting {
                awal: s(&[""]),
                isi: s(&["", "", "a b\tc", ""]),
                ..contoh(Some(12))
            },
        ] {
            let t = d.tulis().expect("writable");
            assert_eq!(DrafSunting::baca(&t), Some(d));
        }
    }

    #[test]
    fn fields_the_format_cannot_keep_are_not_written() {
        for bad in ["a\nb", "a\rb", "a\u{1f}b"] {
            let d = DrafSunting {
                isi: s(&["1", bad]),
                ..contoh(Some(3))
            };
            assert_eq!(d.tulis(), None, "{bad:?}");
        }
    }

    #[test]
    fn anything_else_is_no_draft() {
        let baik = contoh(Some(3)).tulis().unwrap_or_default();
        for t in [
            "",
            "draf-sunting 2\nsunting-baris\n3\na\nb",
            "draf-sunting 1\nsunting-baris\ntiga\na\nb",
            "draf-sunting 1\nsunting-baris\n3\na",
            "draf-sunting 1\n\n3\na\nb",
            &format!("{baik}\nlebih"),
            "{\"format\": \"kalkulator-sakip\"}",
        ] {
            assert_eq!(DrafSunting::baca(t), None, "{t:?}");
        }
    }

    #[test]
    fn a_draft_belongs_to_its_editor_and_row_as_it_was() {
        let d = contoh(Some(3));
        let awal = s(&["1", "IKM", "80", "78"]);
        assert!(d.milik("sunting-baris", Some(&awal)));
        // padded by the editor to the table's width: the same row
        assert!(d.milik("sunting-baris", Some(&s(&["1", "IKM", "80", "78", "", ""]))));
        // the row changed meanwhile (another tab, an undo): not this draft's row
        assert!(!d.milik("sunting-baris", Some(&s(&["1", "IKM", "80", "77"]))));
        assert!(!d.milik("sunting-baris", None));
        assert!(!d.milik("sunting-baris-anggaran", Some(&awal)));
        // a new row belongs wherever its editor opens
        assert!(contoh(None).milik("sunting-baris", None));
    }
}
