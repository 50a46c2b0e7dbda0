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
        let teks = if self.teks.is_empty() {
            String::new()
        } else {
            format!(", \"{}\"", self.teks)
        };
        format!("Baris {}{kolom}{teks}: {}", self.baris, self.pesan)
    }
}
