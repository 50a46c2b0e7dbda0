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
