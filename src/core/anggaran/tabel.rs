//! Reading a pasted budget table (program, kegiatan, sub kegiatan, anggaran, realisasi) into
//! [`BarisAnggaran`] rows. Columns are recognised by header words; money is read in the
//! convention of its column. Pasted `Jumlah` / `Total` rows are kept apart: they are checked,
//! never added.

use crate::core::teks::angka::{baca_angka, konvensi_kolom, IsiAngka, Konvensi};
use crate::core::teks::kolom::{gabung_judul, hapus_ganda};
use crate::core::teks::pesan::Pesan;
use crate::core::teks::tabel::{baris_nomor_kolom, batasi, lebar, pisah_tabel, Baris, Pemisah};
use rust_decimal::Decimal;

/// What a column of a budget table holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KolomAnggaran {
    Abaikan,
    /// Kode rekening or row numbering (`1`, `1.1`, `I.`, `A.`).
    Kode,
    Uraian,
    Anggaran,
    Realisasi,
    /// Sisa / selisih as the table states it.
    Sisa,
    /// A percentage the table states (serapan).
    Persen,
    Fisik,
}

impl KolomAnggaran {
    /// The role name an editor input carries (`data-col`).
    pub fn peran(self) -> &'static str {
        match self {
            KolomAnggaran::Kode => "kode",
            KolomAnggaran::Uraian => "uraian",
            KolomAnggaran::Anggaran => "anggaran",
            KolomAnggaran::Realisasi => "realisasi",
            KolomAnggaran::Sisa => "sisa",
            KolomAnggaran::Persen => "persen",
            KolomAnggaran::Fisik => "fisik",
            KolomAnggaran::Abaikan => "lain",
        }
    }
}

/// The role a budget header names.
pub fn peran_judul_anggaran(judul: &str) -> KolomAnggaran {
    let h = judul.to_lowercase();
    let h = h.trim();
    let has = |w: &str| h.contains(w);
    if h.is_empty() {
        KolomAnggaran::Abaikan
    } else if has("fisik") {
        KolomAnggaran::Fisik
    } else if has("kode") || matches!(h, "no" | "no." | "nomor" | "#") {
        KolomAnggaran::Kode
    } else if has("sisa") || has("selisih") {
        KolomAnggaran::Sisa
    } else if has("%") || has("persen") || has("prosen") || has("serapan") || has("capaian") {
        KolomAnggaran::Persen
    } else if has("realisasi") || has("keuangan") {
        KolomAnggaran::Realisasi
    } else if has("anggaran") || has("pagu") || has("alokasi") || has("dpa") {
        KolomAnggaran::Anggaran
    } else if has("uraian") || has("program") || has("kegiatan") || has("rincian") || has("nama") {
        KolomAnggaran::Uraian
    } else {
        KolomAnggaran::Abaikan
    }
}

/// Level of a row in the budget hierarchy, as far as its label or marker tells.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Tingkat {
    /// Belanja Tidak Langsung / Belanja Langsung (older budget structure).
    Belanja = 0,
    Program = 1,
    Kegiatan = 2,
    SubKegiatan = 3,
}

/// A pasted budget row.
#[derive(Clone, Debug, PartialEq)]
pub struct BarisAnggaran {
    pub nomor_baris: usize,
    pub kode: String,
    pub uraian: String,
    pub anggaran: Option<Decimal>,
    pub realisasi: Option<Decimal>,
    pub sisa_laporan: Option<Decimal>,
    pub persen_laporan: Option<Decimal>,
    pub fisik: Option<Decimal>,
    /// A pasted `Jumlah` / `Total` row: checked, never added.
    pub jumlah: bool,
}

impl BarisAnggaran {
    /// True when the row carries a number to compute with.
    pub fn bernilai(&self) -> bool {
        self.anggaran.is_some() || self.realisasi.is_some()
    }

    /// `Belanja Tidak Langsung` (gaji): a flat category that is never a parent.
    pub fn btl(&self) -> bool {
        let u = self.uraian.to_lowercase();
        u.contains("tidak langsung") || u == "btl"
    }

    /// The level its label or marker names, if any.
    pub fn tingkat_label(&self) -> Option<Tingkat> {
        let u = self.uraian.to_lowercase();
        let k = self.kode.trim().trim_end_matches('.');
        if u.starts_with("belanja") || u == "btl" || u == "bl" {
            Some(Tingkat::Belanja)
        } else if u.starts_with("program") || u.starts_with("prog.") || romawi(k) {
            Some(Tingkat::Program)
        } else if u.starts_with("sub kegiatan")
            || u.starts_with("sub-kegiatan")
            || u.starts_with("subkegiatan")
        {
            Some(Tingkat::SubKegiatan)
        } else if u.starts_with("kegiatan") {
            Some(Tingkat::Kegiatan)
        } else if k.len() == 1 && k.chars().all(|c| c.is_ascii_uppercase()) {
            Some(Tingkat::Belanja) // `A.`, `B.`
        } else {
            None
        }
    }

    /// Dotted numeric segments of the code (`7.01.7.01.0.001.2.01.` gives nine), for trees by
    /// prefix; `None` for a code that is not dotted digits.
    pub fn segmen(&self) -> Option<Vec<&str>> {
        let k = self.kode.trim().trim_end_matches('.');
        if k.is_empty() || !k.chars().all(|c| c.is_ascii_digit() || c == '.') {
            return None;
        }
        Some(k.split('.').collect())
    }
}

/// `I`, `II`, `IV`, `XII`: a Roman numeral (program numbering in seed 004).
fn romawi(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 5
        && s.chars().all(|c| matches!(c, 'I' | 'V' | 'X' | 'L'))
        && s != "L"
}

/// The parsed budget table.
#[derive(Clone, Debug, PartialEq)]
pub struct TabelAnggaran {
    pub pemisah: Pemisah,
    pub judul: Vec<String>,
    pub kolom: Vec<KolomAnggaran>,
    pub konvensi: Vec<(usize, Konvensi)>,
    pub baris: Vec<BarisAnggaran>,
    pub pesan: Vec<Pesan>,
}

fn jumlah_p(teks: &str) -> bool {
    let t = teks.trim().to_lowercase();
    t.starts_with("jumlah")
        || t.starts_with("total")
        || t.starts_with("grand total")
        || t == "sub total"
        || t.starts_with("subtotal")
}

/// Guess roles without a header: a short code-like first column, the longest text column as
/// uraian, then the numeric columns as anggaran, realisasi, sisa, percent.
fn tebak_kolom(rows: &[Baris]) -> Vec<KolomAnggaran> {
    let width = rows.iter().map(|b| b.sel.len()).max().unwrap_or(0);
    let mut kolom = vec![KolomAnggaran::Abaikan; width];
    let numeric = |j: usize| {
        let cells: Vec<&str> = rows
            .iter()
            .map(|b| b.sel(j).trim())
            .filter(|c| !c.is_empty())
            .collect();
        let n = cells
            .iter()
            .filter(|c| {
                matches!(
                    baca_angka(c, Konvensi::IdId),
                    IsiAngka::Angka(_) | IsiAngka::Kosong
                )
            })
            .count();
        !cells.is_empty() && n * 10 >= cells.len() * 8
    };
    let avg_len =
        |j: usize| rows.iter().map(|b| b.sel(j).chars().count()).sum::<usize>() / rows.len().max(1);
    let uraian = (0..width)
        .filter(|j| !numeric(*j))
        .max_by_key(|j| avg_len(*j));
    if let Some(u) = uraian {
        kolom[u] = KolomAnggaran::Uraian;
        if u > 0 {
            kolom[u - 1] = KolomAnggaran::Kode;
        }
    }
    let mut roles = [
        KolomAnggaran::Anggaran,
        KolomAnggaran::Realisasi,
        KolomAnggaran::Sisa,
        KolomAnggaran::Persen,
    ]
    .into_iter();
    for j in 0..width {
        if kolom[j] == KolomAnggaran::Abaikan && numeric(j) && uraian.is_some_and(|u| j > u) {
            if let Some(r) = roles.next() {
                kolom[j] = r;
            }
        }
    }
    kolom
}

/// Read a pasted budget table. Never panics; unreadable cells become messages.
pub fn baca_tabel_anggaran(teks: &str) -> TabelAnggaran {
    let (teks, batas) = batasi(teks);
    let (pemisah, rows) = pisah_tabel(teks);
    let rows: Vec<Baris> = rows
        .into_iter()
        .filter(|b| {
            !b.sel
                .iter()
                .all(|c| c.chars().all(|ch| ch == '-' || ch == ' '))
        })
        .collect();
    let skor = |b: &Baris| {
        b.sel
            .iter()
            .filter(|c| peran_judul_anggaran(c) != KolomAnggaran::Abaikan)
            .count()
    };
    let best = rows
        .iter()
        .take(10)
        .enumerate()
        .map(|(i, b)| (i, skor(b)))
        .filter(|(_, s)| *s >= 2)
        .max_by_key(|(i, s)| (*s, usize::MAX - i));
    let (judul, mut kolom, data_from) = match best {
        Some((i, _)) => {
            // one more header row below (seed 000: REALISASI over KEUANGAN / % / FISIK)
            let mut end = i + 1;
            if let Some(next) = rows.get(i + 1) {
                let textual = next.sel.iter().all(|c| {
                    c.trim().is_empty()
                        || matches!(baca_angka(c, Konvensi::IdId), IsiAngka::Galat(_))
                        || c.trim() == "%"
                });
                if textual && !baris_nomor_kolom(next) && skor(next) >= 1 {
                    end = i + 2;
                }
            }
            let block: Vec<&Baris> = rows[i..end].iter().collect();
            let judul = gabung_judul(&block);
            let kolom = judul
                .iter()
                .map(|h| peran_judul_anggaran(h))
                .collect::<Vec<_>>();
            (judul, kolom, end)
        }
        None => (Vec::new(), tebak_kolom(&rows), 0),
    };
    let data: Vec<&Baris> = rows[data_from.min(rows.len())..]
        .iter()
        .filter(|b| !baris_nomor_kolom(b) && skor(b) < 2)
        .collect();
    let width = lebar(&data, kolom.len());
    kolom.resize(width, KolomAnggaran::Abaikan);
    hapus_ganda(&mut kolom, KolomAnggaran::Abaikan);
    let col = |k: KolomAnggaran| kolom.iter().position(|x| *x == k);
    let money = [
        KolomAnggaran::Anggaran,
        KolomAnggaran::Realisasi,
        KolomAnggaran::Sisa,
        KolomAnggaran::Persen,
        KolomAnggaran::Fisik,
    ];
    let konvensi: Vec<(usize, Konvensi)> = (0..width)
        .filter(|j| money.contains(&kolom[*j]))
        .map(|j| (j, Konvensi::deteksi(data.iter().map(|b| b.sel(j)))))
        .collect();
    let konv = |j: usize| konvensi_kolom(&konvensi, j);
    let mut t = TabelAnggaran {
        pemisah,
        judul: judul.clone(),
        kolom: kolom.clone(),
        konvensi: konvensi.clone(),
        baris: Vec::new(),
        pesan: batas
            .into_iter()
            .map(|b| Pesan::info(0, "", "", b))
            .collect(),
    };
    if !rows.is_empty()
        && (col(KolomAnggaran::Anggaran).is_none() || col(KolomAnggaran::Uraian).is_none())
    {
        t.pesan.push(Pesan::info(0, "", "", "Kolom Uraian atau Anggaran belum dikenali; beri judul kolom (Uraian, Anggaran, Realisasi).".into()));
    }
    let (c_kode, c_ur) = (col(KolomAnggaran::Kode), col(KolomAnggaran::Uraian));
    for b in data {
        let mut kode = c_kode
            .map(|j| b.sel(j).trim().to_string())
            .unwrap_or_default();
        let mut uraian = c_ur
            .map(|j| b.sel(j).trim().to_string())
            .unwrap_or_default();
        // `Jumlah` may stand in either column; a code-less row may hold its number in the text
        let is_jumlah = jumlah_p(&uraian) || jumlah_p(&kode);
        if is_jumlah && uraian.is_empty() {
            uraian = std::mem::take(&mut kode);
        }
        let mut num = |k: KolomAnggaran| -> Option<Decimal> {
            let j = col(k)?;
            match baca_angka(b.sel(j), konv(j)) {
                IsiAngka::Angka(a) => {
                    if let Some(w) = a.peringatan {
                        t.pesan.push(Pesan::peringatan(
                            b.nomor_baris,
                            &nama_kolom(&judul, &kolom, j),
                            b.sel(j),
                            w,
                        ));
                    }
                    Some(a.nilai)
                }
                IsiAngka::Kosong => None,
                IsiAngka::Galat(m) => {
                    t.pesan.push(Pesan::galat_sel(
                        b.nomor_baris,
                        &nama_kolom(&judul, &kolom, j),
                        b.sel(j),
                        format!("{m}; diharapkan jumlah rupiah"),
                    ));
                    None
                }
            }
        };
        let row = BarisAnggaran {
            nomor_baris: b.nomor_baris,
            anggaran: num(KolomAnggaran::Anggaran),
            realisasi: num(KolomAnggaran::Realisasi),
            sisa_laporan: num(KolomAnggaran::Sisa),
            persen_laporan: num(KolomAnggaran::Persen),
            fisik: num(KolomAnggaran::Fisik),
            kode,
            uraian,
            jumlah: is_jumlah,
        };
        // a code-less, value-less, unlabelled line is the rest of the row above (page break)
        if !row.jumlah
            && !row.bernilai()
            && row.kode.is_empty()
            && row.tingkat_label().is_none()
            && !row.uraian.is_empty()
        {
            if let Some(prev) = t.baris.last_mut() {
                prev.uraian.push(' ');
                prev.uraian.push_str(&row.uraian);
                continue;
            }
        }
        if row.uraian.is_empty() && row.kode.is_empty() && !row.bernilai() {
            continue;
        }
        t.baris.push(row);
    }
    t
}

fn nama_kolom(judul: &[String], kolom: &[KolomAnggaran], j: usize) -> String {
    match judul.get(j).filter(|h| !h.is_empty()) {
        Some(h) => h.clone(),
        None => format!("{:?}", kolom[j]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_words() {
        use KolomAnggaran::*;
        let cases = [
            ("Kode Rekening", Kode),
            ("NO", Kode),
            ("Uraian", Uraian),
            ("PROGRAM / KEGATAN", Uraian),
            ("Program/Kegiatan", Uraian),
            ("Jumlah Anggaran", Anggaran),
            ("TOTAL ANGGARAN (Rp)", Anggaran),
            ("Pagu", Anggaran),
            ("Realisasi s/d Bulan Desember 2022", Realisasi),
            ("REALISASI KEUANGAN Rp.", Realisasi),
            ("Sisa Pagu Anggaran", Sisa),
            ("Selisih", Sisa),
            ("Persentase", Persen),
            ("Prosentase (%)", Persen),
            ("REALISASI %", Persen),
            ("REALISASI FISIK (%)", Fisik),
        ];
        for (h, k) in cases {
            assert_eq!(peran_judul_anggaran(h), k, "{h}");
        }
    }

    #[test]
    fn reads_rows_jumlah_and_page_break_continuations() {
        let teks = "No\tProgram/Kegiatan\tJumlah Anggaran (Rp)\tRealisasi (Rp)\t%
1\t2\t3\t4\t5
5\tProg. Pelaksanaan Wewenang\t41.025.000\t40.970.000\t99,87
5.1\tPembinaan Ketentraman Dan Ketertiban\t11.025.000\t10.980.000\t99,59
\tSerta Kemasyarakatan\t\t\t
5.2\tPenunjang Pemilu\t30.000.000\t29.990.000\t99,97
\tJumlah\t41.025.000\t40.970.000\t99,87";
        let t = baca_tabel_anggaran(teks);
        assert_eq!(t.baris.len(), 4);
        assert_eq!(
            t.baris[1].uraian,
            "Pembinaan Ketentraman Dan Ketertiban Serta Kemasyarakatan"
        );
        assert!(t.baris[3].jumlah);
        assert_eq!(t.baris[2].anggaran, Some(Decimal::from(30_000_000)));
        assert_eq!(t.baris[0].persen_laporan, Some(Decimal::new(9987, 2)));
    }

    #[test]
    fn unreadable_money_is_named() {
        let t = baca_tabel_anggaran("Uraian\tAnggaran\tRealisasi\nA\tseratus\t10\nB\t20\t10");
        assert_eq!(t.baris.len(), 2);
        let p = &t.pesan[0];
        assert_eq!(
            (p.baris, p.kolom.as_str(), p.teks.as_str()),
            (2, "Anggaran", "seratus")
        );
    }
}
