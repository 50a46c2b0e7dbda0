//! The quick check's fields as the browser keeps them (`kalkulator-sakip/hitung-cepat`): a
//! phone may discard the page while a person looks up a number in another app. Three lines:
//! target, realisasi and polarity.

use crate::core::kinerja::polaritas::Polaritas;

/// What the quick check holds.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct IsianCepat {
    pub target: String,
    pub realisasi: String,
    pub polaritas: Polaritas,
}

impl IsianCepat {
    /// The fields from kept text; missing lines are empty fields, and anything but
    /// `negatif` is the default polarity.
    pub fn baca(teks: &str) -> Self {
        let mut baris = teks.split('\n');
        let mut isian = || baris.next().unwrap_or_default().to_string();
        let (target, realisasi) = (isian(), isian());
        let polaritas = match baris.next() {
            Some("negatif") => Polaritas::Negatif,
            _ => Polaritas::Positif,
        };
        IsianCepat {
            target,
            realisasi,
            polaritas,
        }
    }

    /// The text to keep; `None` (keep nothing) when both numbers are empty, or when a field
    /// holds a line end, which an input field never does.
    pub fn tulis(&self) -> Option<String> {
        let p = match self.polaritas {
            Polaritas::Negatif => "negatif",
            Polaritas::Positif => "positif",
        };
        let isi = format!("{}\n{}\n{p}", self.target, self.realisasi);
        let kosong = self.target.is_empty() && self.realisasi.is_empty();
        (!kosong && isi.lines().count() == 3).then_some(isi)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn isian(t: &str, r: &str, p: Polaritas) -> IsianCepat {
        IsianCepat {
            target: t.into(),
            realisasi: r.into(),
            polaritas: p,
        }
    }

    #[test]
    fn fields_read_back_as_written() {
        for i in [
            isian("80", "78,5", Polaritas::Positif),
            isian("10", "", Polaritas::Negatif),
            isian("", "12", Polaritas::Positif),
        ] {
            let teks = i.tulis().expect("kept");
            assert_eq!(IsianCepat::baca(&teks), i, "{teks:?}");
        }
    }

    #[test]
    fn nothing_is_kept_for_empty_fields_or_a_line_end() {
        assert_eq!(isian("", "", Polaritas::Negatif).tulis(), None);
        assert_eq!(isian("8\n0", "7", Polaritas::Positif).tulis(), None);
    }

    #[test]
    fn damaged_text_reads_as_fields() {
        assert_eq!(IsianCepat::baca(""), IsianCepat::default());
        assert_eq!(IsianCepat::baca("80"), isian("80", "", Polaritas::Positif));
        assert_eq!(
            IsianCepat::baca("1\n2\nmiring\nlagi"),
            isian("1", "2", Polaritas::Positif)
        );
    }
}
