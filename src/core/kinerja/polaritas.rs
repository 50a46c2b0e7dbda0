//! Polarity of an indikator: whether a higher realisasi is better. Read from a `Polaritas`
//! column when there is one, else positive; never inferred from words such as "penurunan"
//! ("Persentase penurunan gangguan" is usually positive: a larger reduction is better).

/// Direction of an indikator.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Polaritas {
    /// Higher is better. The default.
    #[default]
    Positif,
    /// Lower is better.
    Negatif,
}

impl Polaritas {
    /// Read a `Polaritas` cell; `None` when the text is not a polarity word.
    pub fn baca(teks: &str) -> Option<Polaritas> {
        let t = teks.trim().to_ascii_lowercase();
        let t = t.as_str();
        if matches!(
            t,
            "+" | "positif" | "positive" | "naik" | "maximize" | "maksimal" | "max" | "p"
        ) || t.contains("semakin tinggi")
            || t.contains("makin tinggi")
        {
            return Some(Polaritas::Positif);
        }
        if matches!(
            t,
            "-" | "−" | "negatif" | "negative" | "turun" | "minimize" | "minimal" | "min" | "n"
        ) || t.contains("semakin rendah")
            || t.contains("makin rendah")
        {
            return Some(Polaritas::Negatif);
        }
        None
    }

    /// The polarity a target written as a bound says: `≤ 3`, `maks. 3` negative, `≥ 80`
    /// positive; `None` for a target without one. As the table does without a Polaritas cell.
    pub fn dari_target(target: &str) -> Option<Polaritas> {
        let (b, _) = crate::core::teks::nilai::pisah_batas(target.trim())?;
        Some(if b.atas {
            Polaritas::Negatif
        } else {
            Polaritas::Positif
        })
    }

    pub fn tanda(self) -> &'static str {
        match self {
            Polaritas::Positif => "+",
            Polaritas::Negatif => "-",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Polaritas::Positif => "positif (semakin tinggi semakin baik)",
            Polaritas::Negatif => "negatif (semakin rendah semakin baik)",
        }
    }

    pub fn balik(self) -> Polaritas {
        match self {
            Polaritas::Positif => Polaritas::Negatif,
            Polaritas::Negatif => Polaritas::Positif,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bound_in_the_target_says_the_polarity() {
        for (t, p) in [
            ("≤ 3", Some(Polaritas::Negatif)),
            ("maks. 3 hari", Some(Polaritas::Negatif)),
            ("<=10%", Some(Polaritas::Negatif)),
            ("≥ 80", Some(Polaritas::Positif)),
            ("Minimal WDP", Some(Polaritas::Positif)),
            ("80", None),
            ("60 - 70", None),
            ("", None),
        ] {
            assert_eq!(Polaritas::dari_target(t), p, "{t}");
        }
    }

    #[test]
    fn reads_the_words_offices_use() {
        for t in [
            "+",
            "Positif",
            "naik",
            "maximize",
            "Semakin tinggi semakin baik",
        ] {
            assert_eq!(Polaritas::baca(t), Some(Polaritas::Positif), "{t}");
        }
        for t in [
            "-",
            "negatif",
            "Turun",
            "minimize",
            "semakin rendah semakin baik",
        ] {
            assert_eq!(Polaritas::baca(t), Some(Polaritas::Negatif), "{t}");
        }
        assert_eq!(Polaritas::baca("Persentase penurunan gangguan"), None);
    }
}
