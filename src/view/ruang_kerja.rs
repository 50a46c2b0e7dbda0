//! The workspace: which saved project is open, autosave and undo/redo. When a change settles
//! (a paste is one input event; typing settles after a pause), the whole work is committed to
//! the undo history and written to the browser's storage, so a reload, a closed tab or a crash
//! loses nothing. Storage that is full, disabled or unreadable gives a visible message; the
//! page keeps working and the work can still be saved as a project file.

use crate::core::proyek::berkas::Proyek;
use crate::core::proyek::daftar::DaftarProyek;
use crate::core::proyek::riwayat::Riwayat;
use crate::view::jeda::Jeda;
use crate::view::keadaan::Keadaan;
use crate::view::masukan::ambil_semua;
use crate::view::penyimpanan::{
    baca_daftar, baca_proyek, hapus_proyek, sekarang, tulis_daftar, tulis_proyek,
};
use leptos::prelude::*;
use std::time::Duration;

/// How long the work must stay unchanged before it counts as one step.
const JEDA: Duration = Duration::from_millis(300);

/// The workspace, provided as context by `App` (signals only; the data lives in the core).
#[derive(Clone, Copy)]
pub struct RuangKerja {
    s: Keadaan,
    pub daftar: RwSignal<DaftarProyek>,
    pub riwayat: RwSignal<Riwayat<Proyek>>,
    /// What the autosave has to say (restored, not saved, unreadable data).
    pub status: RwSignal<String>,
    /// The pending commit of a change, once changes pause.
    jeda: Jeda,
    /// The last state seen, and which parts changed since the last commit.
    terakhir: StoredValue<Proyek>,
    tertunda: StoredValue<u32>,
}

impl RuangKerja {
    /// Open the stored work (or start a first project) and start saving every change.
    pub fn mulai(s: Keadaan) -> Self {
        let w = RuangKerja {
            s,
            daftar: RwSignal::new(DaftarProyek::default()),
            riwayat: RwSignal::new(Riwayat::default()),
            status: RwSignal::new(String::new()),
            jeda: Jeda::baru(),
            terakhir: StoredValue::new(Proyek::kosong()),
            tertunda: StoredValue::new(0),
        };
        let mut pesan = Vec::new();
        let mut daftar = baca_daftar().unwrap_or_else(|e| {
            pesan.push(e);
            None
        });
        let ada = daftar.is_some();
        let d = daftar.get_or_insert_with(DaftarProyek::default);
        d.rapikan(&sekarang());
        let id = d.aktif.clone();
        w.daftar.set(daftar.unwrap_or_default());
        let p = match baca_proyek(&id) {
            Ok(Some(p)) => {
                pesan.push("Pekerjaan terakhir dipulihkan dari penyimpanan peramban.".into());
                p
            }
            Ok(None) => Proyek::kosong(),
            Err(e) => {
                pesan.push(format!("{e} Halaman dimulai kosong."));
                Proyek::kosong()
            }
        };
        if !ada {
            let _ = tulis_daftar(&w.daftar.get_untracked());
        }
        w.tampilkan(p);
        w.status.set(pesan.join(" "));
        w.pantau();
        w
    }

    /// Commit every settled change; a change to another part ends the step before it.
    fn pantau(self) {
        Effect::new(move |_| {
            let p = self.s.potret();
            let lama = self.terakhir.get_value();
            let bagian = lama.bagian_berubah(&p);
            if bagian == 0 {
                return;
            }
            let t = self.tertunda.get_value();
            if t != 0 && t != bagian {
                self.catat(lama);
            }
            self.tertunda.set_value(self.tertunda.get_value() | bagian);
            self.terakhir.set_value(p.clone());
            self.jeda.tunggu(JEDA, move || self.catat(p));
        });
        // leaving or reloading the page writes what has not settled yet; so does hiding it,
        // since a phone may discard a hidden page (another app opened) with no pagehide
        let _ = window_event_listener_untyped("pagehide", move |_| self.simpan_sekarang());
        let _ = window_event_listener_untyped("visibilitychange", move |_| {
            if document().hidden() {
                self.simpan_sekarang();
            }
        });
    }

    /// Commit what has not settled yet, typing still waiting for its frame or pause included
    /// (a reload right after a few keys lost them), before the page is left or another state
    /// replaces this one.
    fn simpan_sekarang(&self) {
        ambil_semua();
        let p = untrack(|| self.s.potret());
        let berubah = self.terakhir.with_value(|l| l.bagian_berubah(&p)) != 0;
        if berubah || self.tertunda.get_value() != 0 {
            self.jeda.batalkan();
            self.terakhir.set_value(p.clone());
            self.catat(p);
        }
    }

    /// Commit a state: a step in the history, and written to storage.
    fn catat(&self, p: Proyek) {
        self.tertunda.set_value(0);
        self.riwayat.update(|r| {
            r.catat(p.clone());
        });
        let id = self.daftar.with_untracked(|d| d.aktif.clone());
        self.daftar.update(|d| d.sentuh(&id, &sekarang()));
        let hasil = tulis_proyek(&id, &p).and_then(|_| tulis_daftar(&self.daftar.get_untracked()));
        match hasil {
            Err(e) => self.status.set(format!(
                "Tidak tersimpan otomatis: {e}. Halaman tetap bekerja; simpan sebagai berkas \
                 proyek agar pekerjaan tidak hilang."
            )),
            Ok(())
                if self
                    .status
                    .with_untracked(|x| x.starts_with("Tidak tersimpan")) =>
            {
                self.status.set(String::new())
            }
            Ok(()) => {}
        }
    }

    /// Put a project on the page as a fresh start of the history.
    fn tampilkan(&self, p: Proyek) {
        self.jeda.batalkan();
        self.tertunda.set_value(0);
        if let Ok(k) = p.periksa() {
            self.s.pulihkan(p.clone(), k);
        }
        self.terakhir.set_value(p.clone());
        let mut r = Riwayat::default();
        r.catat(p);
        self.riwayat.set(r);
    }

    /// Undo (`mundur`) or redo one step.
    pub fn langkah(&self, mundur: bool) {
        self.simpan_sekarang();
        let p = self
            .riwayat
            .try_update(|r| if mundur { r.urungkan() } else { r.ulangi() })
            .flatten();
        if let Some(p) = p {
            if let Ok(k) = p.periksa() {
                self.jeda.batalkan();
                self.s.pulihkan(p.clone(), k);
                self.terakhir.set_value(p.clone());
                let _ = tulis_proyek(&self.daftar.with_untracked(|d| d.aktif.clone()), &p);
            }
        }
    }

    /// Open saved project `id`.
    pub fn buka(&self, id: &str) {
        self.simpan_sekarang();
        self.daftar.update(|d| d.aktif = id.to_string());
        let _ = tulis_daftar(&self.daftar.get_untracked());
        let p = baca_proyek(id).unwrap_or_else(|e| {
            self.status.set(e);
            None
        });
        self.tampilkan(p.unwrap_or_else(Proyek::kosong));
    }

    /// Add project `p` named `nama` (an example, a shared link, an empty one) and open it; the
    /// open project is saved first and never overwritten.
    pub fn baru(&self, nama: &str, p: Proyek, contoh: bool) {
        self.simpan_sekarang();
        let id = self
            .daftar
            .try_update(|d| d.baru(nama, &sekarang(), contoh))
            .unwrap_or_default();
        let _ = tulis_proyek(&id, &p);
        let _ = tulis_daftar(&self.daftar.get_untracked());
        self.tampilkan(p);
    }

    /// A copy of the open project, opened.
    pub fn duplikat(&self) {
        self.simpan_sekarang();
        let p = untrack(|| self.s.potret());
        let id = self.daftar.with_untracked(|d| d.aktif.clone());
        if let Some(Some(baru)) = self.daftar.try_update(|d| d.duplikat(&id, &sekarang())) {
            let _ = tulis_proyek(&baru, &p);
            let _ = tulis_daftar(&self.daftar.get_untracked());
            self.tampilkan(p);
        }
    }

    /// Delete the open project (the caller has asked for confirmation).
    pub fn hapus(&self) {
        let id = self.daftar.with_untracked(|d| d.aktif.clone());
        self.jeda.batalkan();
        self.tertunda.set_value(0);
        hapus_proyek(&id);
        let lain = self.daftar.try_update(|d| d.hapus(&id)).flatten();
        match lain {
            Some(lain) => self.buka(&lain),
            None => {
                self.daftar.update(|d| d.rapikan(&sekarang()));
                let _ = tulis_daftar(&self.daftar.get_untracked());
                self.tampilkan(Proyek::kosong());
            }
        }
    }

    pub fn ganti_nama(&self, nama: &str) -> Result<(), String> {
        let id = self.daftar.with_untracked(|d| d.aktif.clone());
        self.daftar
            .try_update(|d| d.ganti_nama(&id, nama))
            .unwrap_or(Ok(()))?;
        tulis_daftar(&self.daftar.get_untracked())
    }
}
