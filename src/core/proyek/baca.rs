//! A project file and the project list from their JSON text ([`baca_json`]), each field checked
//! and named in the message when it is missing or of the wrong kind. A file from a newer
//! version is named as such before its shape is checked. Unknown fields are ignored, so a
//! file that a later version extends still opens here where its shape allows.

use super::berkas::{Proyek, VERSI};
use super::daftar::{DaftarProyek, EntriProyek};
use super::json::{baca_json, Json};

/// A project from a file's text. Every refusal says that the page was left as it was.
pub fn proyek_dari_json(teks: &str) -> Result<Proyek, String> {
    let rusak = |e: String| format!("Berkas rusak: {e}. Isi halaman tidak diubah.");
    let json = baca_json(teks).map_err(rusak)?;
    let mut o = Isian::dari(json, "berkas").map_err(rusak)?;
    if let Some(Json::Angka(n)) = o.lihat("versi") {
        if lebih_baru(n) {
            return Err(format!("Berkas ini dibuat oleh versi aplikasi yang lebih baru (versi berkas {n}, aplikasi ini membaca sampai versi {VERSI}). Perbarui aplikasi; isi halaman tidak diubah."));
        }
    }
    let p = proyek(&mut o).map_err(rusak)?;
    p.periksa()?;
    Ok(p)
}

/// A project from a file a person picked. A file that is not JSON at all (a table saved from
/// Excel as text or CSV, a workbook, a PDF) gets its own message: "bukan JSON yang sah, baris 1
/// kolom 1" told a person who picked their table nothing about what to do instead.
pub fn proyek_dari_berkas(teks: &str) -> Result<Proyek, String> {
    // a byte-order mark is not JSON (File.text() drops it in the browser; other callers may not)
    let teks = teks.strip_prefix('\u{feff}').unwrap_or(teks);
    if !teks.trim_start().starts_with('{') {
        return Err("Berkas ini bukan berkas proyek (berkas .json dari \"Simpan proyek\"). Tabel dari Excel, Word atau PDF dibuka dengan menyalin tabelnya lalu menempelkannya ke kotak tabel. Isi halaman tidak diubah.".into());
    }
    proyek_dari_json(teks)
}

/// The list of saved projects from its stored text.
pub fn daftar_dari_json(teks: &str) -> Result<DaftarProyek, String> {
    let mut o = Isian::dari(baca_json(teks)?, "daftar proyek")?;
    let proyek = o
        .daftar("proyek")?
        .into_iter()
        .map(|e| {
            let mut e = Isian::dari(e, "proyek")?;
            Ok(EntriProyek {
                id: e.teks("id")?,
                nama: e.teks("nama")?,
                diubah: e.teks("diubah")?,
                contoh: e.bool("contoh", Some(false))?,
            })
        })
        .collect::<Result<_, String>>()?;
    Ok(DaftarProyek {
        proyek,
        aktif: o.teks("aktif")?,
    })
}

/// A version number above ours, however many digits it has.
fn lebih_baru(n: &str) -> bool {
    let bulat = n.bytes().all(|b| b.is_ascii_digit());
    bulat && n.trim_start_matches('0').len() > 10
        || n.parse::<u64>().is_ok_and(|v| v > VERSI as u64)
}

/// Fields are read into an empty project one by one, texts in lists: a struct built in one
/// expression with a `?` per field made the compiler drop every field read before each `?`
/// (kilobytes of the module).
fn proyek(o: &mut Isian) -> Result<Proyek, String> {
    let mut kb = Isian::dari(o.ambil("kebijakan")?, "kebijakan")?;
    let mut kp = Isian::dari(o.ambil("kepala")?, "kepala")?;
    let mut p = Proyek::kosong();
    p.versi = o.bulat("versi")?;
    o.teks_ke(
        [
            ("format", &mut p.format),
            ("indikator", &mut p.indikator),
            ("pemetaan_sidik", &mut p.pemetaan_sidik),
            ("anggaran", &mut p.anggaran),
            ("ikm", &mut p.ikm),
            ("perkembangan", &mut p.perkembangan),
            ("metode_pertumbuhan", &mut p.metode_pertumbuhan),
        ],
        true,
    )?;
    p.pemetaan_kolom = o
        .daftar("pemetaan_kolom")?
        .into_iter()
        .map(|k| teks_dari(k, "pemetaan_kolom"))
        .collect::<Result<_, _>>()?;
    let k = &mut p.kebijakan;
    kb.teks_ke(
        [
            ("rumus_negatif", &mut k.rumus_negatif),
            ("pembulatan", &mut k.pembulatan),
            ("skala_nama", &mut k.skala_nama),
            ("skala", &mut k.skala),
            ("agregasi", &mut k.agregasi),
            ("bobot_ikm", &mut k.bobot_ikm),
        ],
        true,
    )?;
    k.batas_atas = match kb.ambil("batas_atas")? {
        Json::Null => None,
        j => Some(bulat_dari(j, "kebijakan.batas_atas")?),
    };
    p.tampilkan_rumus = o.bool("tampilkan_rumus", None)?;
    p.lanskap = o.bool("lanskap", None)?;
    p.tautan = o
        .daftar("tautan")?
        .into_iter()
        .map(|t| match t {
            Json::Daftar(pasangan) if pasangan.len() == 2 => {
                let mut it = pasangan.into_iter();
                let (program, sasaran) = (it.next(), it.next());
                Ok((
                    teks_dari(program.unwrap_or(Json::Null), "tautan")?,
                    bulat_dari(sasaran.unwrap_or(Json::Null), "tautan")?,
                ))
            }
            _ => Err("isian \"tautan\" harus pasangan [program, nomor sasaran]".to_string()),
        })
        .collect::<Result<_, _>>()?;
    let h = &mut p.kepala;
    // every field of the report header may be missing
    kp.teks_ke(
        [
            ("instansi", &mut h.instansi),
            ("tahun", &mut h.tahun),
            ("jabatan", &mut h.jabatan),
            ("kepala", &mut h.kepala),
            ("nip", &mut h.nip),
            ("tempat", &mut h.tempat),
            ("tanggal", &mut h.tanggal),
        ],
        false,
    )?;
    Ok(p)
}

/// The members of one JSON object, taken field by field. `nama` names the object in messages.
struct Isian<'a> {
    isi: Vec<(std::borrow::Cow<'a, str>, Json<'a>)>,
    nama: &'static str,
}

impl<'a> Isian<'a> {
    fn dari(j: Json<'a>, nama: &'static str) -> Result<Self, String> {
        match j {
            Json::Objek(isi) => Ok(Isian { isi, nama }),
            _ => Err(format!("{nama} harus berupa objek {{...}}")),
        }
    }

    /// The value of `kunci` (its last one, as the browser reads a repeated name).
    fn lihat(&self, kunci: &str) -> Option<&Json<'a>> {
        self.isi
            .iter()
            .rev()
            .find(|(k, _)| k == kunci)
            .map(|(_, v)| v)
    }

    /// Takes the value of `kunci` out; `None` when the object has no such member.
    fn ambil_ada(&mut self, kunci: &str) -> Option<Json<'a>> {
        let (_, v) = self.isi.iter_mut().rev().find(|(k, _)| k == kunci)?;
        Some(std::mem::replace(v, Json::Null))
    }

    fn ambil(&mut self, kunci: &str) -> Result<Json<'a>, String> {
        self.ambil_ada(kunci)
            .ok_or_else(|| format!("isian \"{kunci}\" tidak ada di {}", self.nama))
    }

    fn teks(&mut self, kunci: &str) -> Result<String, String> {
        teks_dari(self.ambil(kunci)?, kunci)
    }

    /// A text that may be missing (then empty), as in the report header.
    fn teks_atau(&mut self, kunci: &str) -> Result<String, String> {
        self.ambil_ada(kunci)
            .map_or(Ok(String::new()), |j| teks_dari(j, kunci))
    }

    /// Each named text into its place; unless `wajib`, a missing one is left empty.
    fn teks_ke<const N: usize>(
        &mut self,
        isian: [(&str, &mut String); N],
        wajib: bool,
    ) -> Result<(), String> {
        for (kunci, tempat) in isian {
            *tempat = if wajib {
                self.teks(kunci)?
            } else {
                self.teks_atau(kunci)?
            };
        }
        Ok(())
    }

    /// A true/false; missing, it is `bawaan` where the field has one, an error otherwise.
    fn bool(&mut self, kunci: &str, bawaan: Option<bool>) -> Result<bool, String> {
        match (self.ambil_ada(kunci), bawaan) {
            (Some(Json::Bool(b)), _) => Ok(b),
            (None, Some(b)) => Ok(b),
            (None, None) => Err(format!("isian \"{kunci}\" tidak ada di {}", self.nama)),
            (Some(_), _) => Err(format!("isian \"{kunci}\" harus true atau false")),
        }
    }

    fn bulat<T: TryFrom<u64>>(&mut self, kunci: &str) -> Result<T, String> {
        bulat_dari(self.ambil(kunci)?, kunci)
    }

    fn daftar(&mut self, kunci: &str) -> Result<Vec<Json<'a>>, String> {
        match self.ambil(kunci)? {
            Json::Daftar(d) => Ok(d),
            _ => Err(format!("isian \"{kunci}\" harus berupa daftar [...]")),
        }
    }
}

fn teks_dari(j: Json, kunci: &str) -> Result<String, String> {
    match j {
        Json::Teks(t) => Ok(t.into_owned()),
        _ => Err(format!("isian \"{kunci}\" harus berupa teks")),
    }
}

/// A whole number that fits `T` (JSON writes `120`; `120.0` and `1.2e2` are refused).
fn bulat_dari<T: TryFrom<u64>>(j: Json, kunci: &str) -> Result<T, String> {
    match j {
        Json::Angka(n) => n.parse::<u64>().ok().and_then(|v| T::try_from(v).ok()),
        _ => None,
    }
    .ok_or_else(|| format!("isian \"{kunci}\" harus bilangan bulat yang tidak negatif"))
}

#[cfg(test)]
mod tests {
    use super::*;

    const DAFTAR: &str = r#"{"proyek": [{"id": "p1", "nama": "LKjIP 2025", "diubah": "2026-01-01T00:00:00.000Z"},
        {"id": "p2", "nama": "Rupat", "diubah": "2026-01-02", "contoh": true}], "aktif": "p2"}"#;

    #[test]
    fn the_project_list() {
        let d = daftar_dari_json(DAFTAR).unwrap();
        assert_eq!(d.proyek.len(), 2);
        assert!(!d.proyek[0].contoh, "contoh may be missing: false");
        assert!(d.proyek[1].contoh);
        assert_eq!(d.aktif().map(|e| e.nama.as_str()), Some("Rupat"));
        let e = daftar_dari_json(r#"{"proyek": [{"id": 1}], "aktif": ""}"#).unwrap_err();
        assert_eq!(e, "isian \"id\" harus berupa teks");
        let e = daftar_dari_json(r#"{"proyek": []}"#).unwrap_err();
        assert_eq!(e, "isian \"aktif\" tidak ada di daftar proyek");
    }

    #[test]
    fn a_file_that_is_not_json_is_named_as_not_a_project_file() {
        let bukan = "Berkas ini bukan berkas proyek (berkas .json dari \"Simpan proyek\")";
        for teks in [
            "Sasaran\tIndikator\tTarget\tRealisasi\nIKM\tIndeks\t80\t81",
            "\u{feff}No;Uraian;Anggaran\n1;Program;1.000",
            "PK\u{3}\u{4}\u{14}\u{0}",
            "%PDF-1.7",
            "",
        ] {
            let e = proyek_dari_berkas(teks).unwrap_err();
            assert!(
                e.starts_with(bukan) && e.contains("menyalin tabelnya"),
                "{teks:?}: {e}"
            );
        }
        // a project file, also with the byte-order mark an editor may add, is read as before
        let e = proyek_dari_berkas("\u{feff} {\"format\": \"kalkulator-sakip\", \"versi\": 99}")
            .unwrap_err();
        assert!(e.contains("versi aplikasi yang lebih baru"), "{e}");
        let e = proyek_dari_berkas("{\"format\": \"kalkulator-sakip\", \"ver").unwrap_err();
        assert!(e.starts_with("Berkas rusak: bukan JSON yang sah"), "{e}");
    }

    #[test]
    fn versions_above_ours_however_written() {
        for (n, baru) in [
            ("2", true),
            ("99", true),
            ("123456789012345678901234567890", true),
            ("1", false),
            ("0", false),
            ("-5", false),
            ("1.5", false),
        ] {
            assert_eq!(lebih_baru(n), baru, "{n}");
        }
    }

    #[test]
    fn whole_numbers_only() {
        let n = |s| bulat_dari::<u32>(Json::Angka(s), "x");
        assert_eq!(n("120"), Ok(120));
        assert_eq!(n("0"), Ok(0));
        for s in ["-1", "1.5", "1e2", "4294967296"] {
            assert!(n(s).is_err(), "{s}");
        }
        assert!(bulat_dari::<u32>(Json::Null, "x").is_err());
    }
}
