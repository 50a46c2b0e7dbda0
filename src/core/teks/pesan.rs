//! Messages about pasted cells: every cell that cannot be read (or was read despite a typo)
//! is named by its row, column and text.

/// How serious a message is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tingkat {
    /// The cell could not be read; its row is computed without it.
    Galat,
    /// The cell was read, but its text was irregular.
    Peringatan,
    /// A note about the whole table.
    Info,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Pesan {
    pub tingkat: Tingkat,
    /// Line of the paste (1-based); 0 for the whole table.
    pub baris: usize,
    pub kolom: String,
    pub teks: String,
    pub pesan: String,
}

/// How many characters of a row's text a message quotes.
const KUTIPAN: usize = 80;

impl Pesan {
    pub fn galat_sel(baris: usize, kolom: &str, teks: &str, pesan: String) -> Self {
        Pesan {
            tingkat: Tingkat::Galat,
            baris,
            kolom: kolom.into(),
            teks: teks.trim().into(),
            pesan,
        }
    }
    pub fn peringatan(baris: usize, kolom: &str, teks: &str, pesan: String) -> Self {
        Pesan {
            tingkat: Tingkat::Peringatan,
            baris,
            kolom: kolom.into(),
            teks: teks.trim().into(),
            pesan,
        }
    }
    pub fn info(baris: usize, kolom: &str, teks: &str, pesan: String) -> Self {
        Pesan {
            tingkat: Tingkat::Info,
            baris,
            kolom: kolom.into(),
            teks: teks.into(),
            pesan,
        }
    }
    pub fn galat(&self) -> bool {
        self.tingkat == Tingkat::Galat
    }

    /// One line for the page: `Baris 3, kolom Realisasi, "banyak": ...`.
    pub fn kalimat(&self) -> String {
        if self.baris == 0 {
            return self.pesan.clone();
        }
        let kolom = if self.kolom.is_empty() {
            String::new()
        } else {
            format!(", kolom {}", self.kolom)
        };
        // a line of the report's text quoted whole was a paragraph on a phone: its start names it
        let teks = match self.teks.char_indices().nth(KUTIPAN) {
            _ if self.teks.is_empty() => String::new(),
            Some((akhir, _)) => format!(", \"{}…\"", self.teks[..akhir].trim_end()),
            None => format!(", \"{}\"", self.teks),
        };
        format!("Baris {}{kolom}{teks}: {}", self.baris, self.pesan)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A row's text is quoted whole up to 80 characters, beyond that its start: the report's
    /// paragraph quoted whole filled a phone's screen.
    #[test]
    fn a_long_text_is_quoted_by_its_start() {
        let p = Pesan::galat_sel(3, "Realisasi", "banyak", "bukan angka".into());
        assert_eq!(
            p.kalimat(),
            "Baris 3, kolom Realisasi, \"banyak\": bukan angka"
        );
        let paragraf = "Berdasarkan Tabel diatas capaian sasaran strategis Sasaran -1, Indikator kinerja sebagai tolak ukurnya tergambar";
        let p = Pesan::info(15, "", paragraf, "tidak dibaca.".into());
        assert_eq!(
            p.kalimat(),
            "Baris 15, \"Berdasarkan Tabel diatas capaian sasaran strategis Sasaran -1, Indikator kinerja…\": tidak dibaca."
        );
        let pas = "é".repeat(80);
        assert_eq!(
            Pesan::info(1, "", &pas, "x".into()).kalimat(),
            format!("Baris 1, \"{pas}\": x")
        );
    }
}
