//! Several saved projects (one per year or per office): their names, last-change dates and
//! which one is open. The browser keeps each project's data under its id; this is the list.

use serde::Serialize;

/// One saved project in the list.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct EntriProyek {
    pub id: String,
    pub nama: String,
    /// Last change, as the browser wrote it (ISO 8601).
    pub diubah: String,
    /// A worked example, marked as such on the page (false when a stored list lacks it).
    pub contoh: bool,
}

/// The list of saved projects and the open one.
#[derive(Clone, Debug, PartialEq, Default, Serialize)]
pub struct DaftarProyek {
    pub proyek: Vec<EntriProyek>,
    pub aktif: String,
}

impl DaftarProyek {
    pub fn entri(&self, id: &str) -> Option<&EntriProyek> {
        self.proyek.iter().find(|e| e.id == id)
    }

    /// The open project's entry.
    pub fn aktif(&self) -> Option<&EntriProyek> {
        self.entri(&self.aktif)
    }

    /// `nama`, or `nama (2)`, `nama (3)` ... so that no two projects share a name.
    pub fn nama_unik(&self, nama: &str) -> String {
        let nama = nama.trim();
        let nama = if nama.is_empty() { "Proyek" } else { nama };
        let ada = |n: &str| self.proyek.iter().any(|e| e.nama == n);
        if !ada(nama) {
            return nama.to_string();
        }
        (2..)
            .map(|i| format!("{nama} ({i})"))
            .find(|n| !ada(n))
            .unwrap_or_default()
    }

    fn id_baru(&self) -> String {
        let n = self
            .proyek
            .iter()
            .filter_map(|e| e.id.strip_prefix('p')?.parse::<u64>().ok())
            .max()
            .unwrap_or(0);
        format!("p{}", n + 1)
    }

    /// Add a project and open it; returns its id.
    pub fn baru(&mut self, nama: &str, waktu: &str, contoh: bool) -> String {
        let id = self.id_baru();
        self.proyek.push(EntriProyek {
            id: id.clone(),
            nama: self.nama_unik(nama),
            diubah: waktu.into(),
            contoh,
        });
        self.aktif = id.clone();
        id
    }

    pub fn ganti_nama(&mut self, id: &str, nama: &str) -> Result<(), String> {
        if nama.trim().is_empty() {
            return Err("Nama proyek tidak boleh kosong.".into());
        }
        let unik = self.nama_unik(nama);
        let e = self
            .proyek
            .iter_mut()
            .find(|e| e.id == id)
            .ok_or("Proyek tidak ditemukan.")?;
        if e.nama.trim() != nama.trim() {
            e.nama = unik;
        }
        Ok(())
    }

    /// A copy of project `id` (the caller copies its data); opens the copy, returns its id.
    pub fn duplikat(&mut self, id: &str, waktu: &str) -> Option<String> {
        let nama = format!("{} (salinan)", self.entri(id)?.nama);
        Some(self.baru(&nama, waktu, false))
    }

    /// Remove project `id`. When it was open, the most recently changed other one opens;
    /// returns the id now open (`None` when the list is empty).
    pub fn hapus(&mut self, id: &str) -> Option<String> {
        self.proyek.retain(|e| e.id != id);
        if self.aktif == id {
            self.aktif = self
                .proyek
                .iter()
                .max_by(|a, b| a.diubah.cmp(&b.diubah))
                .map(|e| e.id.clone())
                .unwrap_or_default();
        }
        (!self.aktif.is_empty()).then(|| self.aktif.clone())
    }

    /// Record a change of project `id` at `waktu`.
    pub fn sentuh(&mut self, id: &str, waktu: &str) {
        if let Some(e) = self.proyek.iter_mut().find(|e| e.id == id) {
            e.diubah = waktu.into();
        }
    }

    /// A list that is usable: at least one project, and the open one in it.
    pub fn rapikan(&mut self, waktu: &str) {
        if self.proyek.is_empty() {
            self.baru("Proyek 1", waktu, false);
        }
        if self.aktif().is_none() {
            self.aktif = self.proyek[0].id.clone();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn new_rename_duplicate_delete() {
        let mut d = DaftarProyek::default();
        d.rapikan("2026-01-01");
        assert_eq!(d.aktif().map(|e| e.nama.as_str()), Some("Proyek 1"));
        let b = d.baru("LKjIP 2025", "2026-01-02", false);
        assert_eq!(d.aktif, b);
        assert_eq!(d.baru("LKjIP 2025", "2026-01-03", false), "p3");
        assert_eq!(
            d.entri("p3").map(|e| e.nama.as_str()),
            Some("LKjIP 2025 (2)")
        );
        assert!(d.ganti_nama("p3", "  ").is_err());
        d.ganti_nama("p3", "LKjIP 2026").unwrap();
        assert_eq!(d.entri("p3").unwrap().nama, "LKjIP 2026");
        d.ganti_nama("p3", "LKjIP 2026").unwrap();
        assert_eq!(
            d.entri("p3").unwrap().nama,
            "LKjIP 2026",
            "its own name is no clash"
        );
        let c = d.duplikat("p2", "2026-01-04").unwrap();
        assert_eq!(d.entri(&c).unwrap().nama, "LKjIP 2025 (salinan)");
        assert_eq!(d.aktif, c);
        // deleting the open one opens the most recently changed other one
        assert_eq!(d.hapus(&c), Some("p3".to_string()));
        d.hapus("p3");
        d.hapus("p2");
        assert_eq!(d.hapus("p1"), None);
        d.rapikan("2026-01-05");
        assert_eq!(d.proyek.len(), 1);
    }
}
