//! Reading a pasted indicator table into [`Indikator`] rows: header recognition, the
//! column-number row, merged sasaran cells, sasaran title rows, sub-items (seed 002) and the
//! table's own totals, which are kept for the audit and never computed with.

use crate::core::kinerja::polaritas::Polaritas;
use crate::core::teks::angka::{baca_angka, konvensi_kolom, IsiAngka, Konvensi};
use crate::core::teks::kolom::{gabung_judul, peran_judul, selesaikan_peran, skor_judul, Kolom};
use crate::core::teks::nilai::{baca_nilai, Nilai};
use crate::core::teks::pesan::Pesan;
use crate::core::teks::tabel::{baris_nomor_kolom, batasi, lebar, pisah_tabel, Baris, Pemisah};
use rust_decimal::Decimal;

/// One indikator as pasted (and as edited).
#[derive(Clone, Debug, PartialEq)]
pub struct Indikator {
    /// Line of the paste it came from, for messages and edits.
    pub nomor_baris: usize,
    /// Index into [`TabelIndikator::sasaran`].
    pub sasaran: usize,
    pub nama: String,
    pub satuan: String,
    pub target: Nilai,
    pub realisasi: Nilai,
    pub polaritas: Polaritas,
    pub bobot: Option<Decimal>,
    pub capaian_laporan: Option<Decimal>,
    pub target_akhir: Option<Decimal>,
    pub realisasi_lalu: Option<Nilai>,
    /// Yearly Renstra targets, by year.
    pub target_tahunan: Vec<(u16, Decimal)>,
    /// Index of the indikator this is a sub-item of (seed 002 "✚" rows).
    pub induk: Option<usize>,
}

/// A figure the table states about a group (a "Total capaian" or "Capaian sasaran" row).
#[derive(Clone, Debug, PartialEq)]
pub struct AngkaLaporan {
    pub nomor_baris: usize,
    pub teks: String,
    /// Index of the indikator (for a sub-item total) or sasaran it speaks of.
    pub milik: usize,
    pub nilai: Decimal,
}

/// The parsed table.
#[derive(Clone, Debug, PartialEq)]
pub struct TabelIndikator {
    pub pemisah: Pemisah,
    /// Header text per column (empty when there was no header).
    pub judul: Vec<String>,
    /// Role per column, detected or chosen.
    pub kolom: Vec<Kolom>,
    /// True when the roles came from recognised header words.
    pub judul_dikenali: bool,
    /// Number convention per numeric column.
    pub konvensi: Vec<(usize, Konvensi)>,
    pub tahun: Option<u16>,
    pub sasaran: Vec<String>,
    pub indikator: Vec<Indikator>,
    pub total_sub: Vec<AngkaLaporan>,
    pub capaian_sasaran_laporan: Vec<AngkaLaporan>,
    pub pesan: Vec<Pesan>,
    /// First line of data (after the header), for edits.
    pub baris_judul: Vec<usize>,
}

impl TabelIndikator {
    /// The sub-items of every indikator, by parent index, in one pass.
    pub fn anak_semua(&self) -> Vec<Vec<usize>> {
        let mut anak = vec![Vec::new(); self.indikator.len()];
        for (j, x) in self.indikator.iter().enumerate() {
            if let Some(p) = x.induk.filter(|p| *p < anak.len()) {
                anak[p].push(j);
            }
        }
        anak
    }

    /// The top-level indikator (not sub-items) of every sasaran, by sasaran index, in one pass.
    pub fn per_sasaran(&self) -> Vec<Vec<usize>> {
        let mut out = vec![Vec::new(); self.sasaran.len()];
        for (j, x) in self.indikator.iter().enumerate() {
            if let Some(v) = out.get_mut(x.sasaran).filter(|_| x.induk.is_none()) {
                v.push(j);
            }
        }
        out
    }
}

const BULLET: &[char] = &[
    '✚', '•', '·', '◦', '▪', '●', '○', '-', '*', '+', '➢', '❖', '►',
];

/// Strip `1. `, `a. `, `a) `, bullets and markdown emphasis from a name.
fn bersihkan_nama(s: &str) -> (String, bool) {
    let mut t = s.trim().trim_matches('*').trim().to_string();
    let mut bullet = false;
    if let Some(c) = t.chars().next() {
        if BULLET.contains(&c)
            && t.chars()
                .nth(1)
                .is_some_and(|d| d == ' ' || !d.is_ascii_digit())
        {
            bullet = true;
            t = t[c.len_utf8()..].trim().to_string();
        }
    }
    // enumerator: up to 3 alphanumerics then `.` or `)` then a space
    if let Some(pos) = t.find(['.', ')']) {
        let head = &t[..pos];
        if !head.is_empty()
            && head.len() <= 3
            && head.chars().all(|c| c.is_ascii_alphanumeric())
            && t[pos + 1..].starts_with(' ')
        {
            t = t[pos + 1..].trim().to_string();
        }
    }
    (t, bullet)
}

/// `a`, `b.`, `1`, `2.`, `iv`: an enumerator cell, not a name.
fn penomor(s: &str) -> bool {
    let t = s.trim().trim_end_matches(['.', ')']);
    !t.is_empty()
        && t.len() <= 3
        && t.chars().all(|c| c.is_ascii_alphanumeric())
        && !t
            .chars()
            .all(|c| c.is_ascii_alphabetic() && c.is_uppercase() && t.len() > 1)
}

/// A markdown rule or a line of dashes left over from a PDF copy.
fn baris_garis(b: &Baris) -> bool {
    b.sel
        .iter()
        .all(|c| c.chars().all(|ch| ch == '-' || ch == ':' || ch == ' '))
        && b.sel.iter().any(|c| c.trim().len() >= 2)
}

/// A row with no number in it but a year (header-like).
fn tanpa_angka(b: &Baris) -> bool {
    b.sel.iter().all(|c| {
        let c = c.trim();
        c.is_empty()
            || crate::core::teks::kolom::tahun_dalam(c).is_some()
            || !matches!(baca_angka(c, Konvensi::IdId), IsiAngka::Angka(_))
    })
}

/// Find the header block: the best-scoring row among the first rows, plus the header-like
/// rows right above and below it.
fn cari_judul(rows: &[Baris]) -> Option<(usize, usize)> {
    let (best, score) = rows
        .iter()
        .take(12)
        .enumerate()
        .map(|(i, b)| (i, skor_judul(b)))
        .max_by_key(|(i, s)| (*s, usize::MAX - i))?;
    if score < 2 {
        return None;
    }
    let mut start = best;
    while start > 0
        && best - start < 2
        && tanpa_angka(&rows[start - 1])
        && !baris_nomor_kolom(&rows[start - 1])
        && rows[start - 1]
            .sel
            .iter()
            .filter(|c| !c.trim().is_empty())
            .count()
            >= 2
    {
        start -= 1;
    }
    let mut end = best + 1;
    while end < rows.len() && end - best < 3 {
        let b = &rows[end];
        let headerish = !baris_nomor_kolom(b)
            && tanpa_angka(b)
            && b.sel.iter().all(|c| {
                c.trim().is_empty()
                    || peran_judul(c) != Kolom::Abaikan
                    || crate::core::teks::kolom::tahun_dalam(c).is_some()
                    || c.contains('%')
            });
        if !headerish {
            break;
        }
        end += 1;
    }
    Some((start, end))
}

/// Guess roles for a table without a header, from its cells: text columns become sasaran and
/// indikator, a short text column satuan, the first two numeric columns target and realisasi.
fn tebak_kolom(rows: &[Baris]) -> Vec<Kolom> {
    let width = rows.iter().map(|b| b.sel.len()).max().unwrap_or(0);
    let mut kinds = Vec::new();
    for j in 0..width {
        let cells: Vec<&str> = rows
            .iter()
            .map(|b| b.sel(j).trim())
            .filter(|c| !c.is_empty())
            .collect();
        let numeric = cells
            .iter()
            .filter(|c| !matches!(baca_nilai(c, Konvensi::IdId, &mut None), Nilai::Galat(_)))
            .count();
        let avg_len = cells.iter().map(|c| c.chars().count()).sum::<usize>() / cells.len().max(1);
        let is_no = cells.iter().all(|c| penomor(c));
        kinds.push((numeric * 2 > cells.len(), avg_len, is_no, cells.is_empty()));
    }
    let text_cols: Vec<usize> = (0..width)
        .filter(|j| !kinds[*j].0 && !kinds[*j].2 && !kinds[*j].3 && kinds[*j].1 > 12)
        .collect();
    let mut kolom = vec![Kolom::Abaikan; width];
    match text_cols.as_slice() {
        [] => {}
        [one] => kolom[*one] = Kolom::Indikator,
        [a, b, ..] => {
            kolom[*a] = Kolom::Sasaran;
            kolom[*b] = Kolom::Indikator;
        }
    }
    let last_text = text_cols.get(1).or(text_cols.first()).copied();
    let mut numeric_roles = [Kolom::Target, Kolom::Realisasi, Kolom::CapaianLaporan].into_iter();
    for j in 0..width {
        let (numeric, avg_len, is_no, empty) = kinds[j];
        if empty || kolom[j] != Kolom::Abaikan {
            continue;
        }
        if is_no && j == 0 {
            kolom[j] = Kolom::No;
        } else if numeric && last_text.is_some_and(|t| j > t) {
            if let Some(r) = numeric_roles.next() {
                kolom[j] = r;
            }
        } else if !numeric && avg_len <= 12 && last_text.is_some_and(|t| j == t + 1) {
            kolom[j] = Kolom::Satuan;
        }
    }
    kolom
}

/// Read a pasted indicator table. `pilihan` are roles a person chose; they replace the detected
/// ones column by column. Never panics; every unreadable cell becomes a [`Pesan`].
pub fn baca_tabel_indikator(teks: &str, pilihan: Option<&[Kolom]>) -> TabelIndikator {
    let (teks, batas) = batasi(teks);
    let (pemisah, rows) = pisah_tabel(teks);
    let rows: Vec<Baris> = rows.into_iter().filter(|b| !baris_garis(b)).collect();
    let header = cari_judul(&rows);
    let (judul, mut kolom, (data_start, data_end), baris_judul) = match header {
        Some((s, e)) => {
            let block: Vec<&Baris> = rows[s..e].iter().collect();
            let judul = gabung_judul(&block);
            let kolom = judul.iter().map(|h| peran_judul(h)).collect();
            (
                judul,
                kolom,
                (s, e),
                rows[s..e].iter().map(|b| b.nomor_baris).collect(),
            )
        }
        None => (Vec::new(), tebak_kolom(&rows), (0, 0), Vec::new()),
    };
    // every row but the header block (a sasaran title may stand above the header)
    // (above the header only a sasaran title line and its continuation line are kept)
    let mut title_above = false;
    let data: Vec<&Baris> = rows
        .iter()
        .enumerate()
        .filter(|(i, b)| {
            if *i < data_start {
                let one = b.terisi() == 1;
                let title = b
                    .sel
                    .iter()
                    .find(|c| !c.trim().is_empty())
                    .is_some_and(|c| judul_sasaran(c).is_some());
                let keep = title || (title_above && one);
                title_above = title;
                return keep;
            }
            !(data_start..data_end).contains(i) && !baris_nomor_kolom(b)
        })
        .map(|(_, b)| b)
        .collect();
    let width = lebar(&data, kolom.len());
    kolom.resize(width, Kolom::Abaikan);
    let judul_dikenali = header.is_some();
    if let Some(p) = pilihan {
        for (j, k) in p.iter().enumerate().take(width) {
            kolom[j] = *k;
        }
    }
    let (mut kolom, tahun) = selesaikan_peran(kolom);
    // seed 001: "INDIKATOR KINERJA" spans an enumerator column (a, b, c) and the name column
    if let Some(j) = kolom.iter().position(|k| *k == Kolom::Indikator) {
        let cells: Vec<&str> = data
            .iter()
            .map(|b| b.sel(j))
            .filter(|c| !c.trim().is_empty())
            .collect();
        if j + 1 < width
            && !cells.is_empty()
            && cells.iter().all(|c| penomor(c))
            && kolom[j + 1] == Kolom::Abaikan
        {
            kolom[j] = Kolom::No;
            kolom[j + 1] = Kolom::Indikator;
        }
    }
    let col = |k: Kolom| kolom.iter().position(|x| *x == k);
    let konvensi: Vec<(usize, Konvensi)> = (0..width)
        .filter(|j| kolom[*j].numerik())
        .map(|j| {
            let cells = data.iter().flat_map(|b| {
                b.sel(j)
                    .split(['-', '–'])
                    .map(str::trim)
                    .collect::<Vec<_>>()
            });
            (j, Konvensi::deteksi(cells))
        })
        .collect();
    let konv = |j: usize| konvensi_kolom(&konvensi, j);

    let mut t = TabelIndikator {
        pemisah,
        judul: judul.clone(),
        kolom: kolom.clone(),
        judul_dikenali,
        konvensi: konvensi.clone(),
        tahun,
        sasaran: Vec::new(),
        indikator: Vec::new(),
        total_sub: Vec::new(),
        capaian_sasaran_laporan: Vec::new(),
        pesan: batas
            .into_iter()
            .map(|b| Pesan::info(0, "", "", b))
            .collect(),
        baris_judul,
    };
    let nama_kolom = |j: usize| -> String {
        match judul.get(j).filter(|h| !h.is_empty()) {
            Some(h) => h.clone(),
            None => kolom[j].label(),
        }
    };
    let (c_no, c_sas, c_ind, c_sat, c_t, c_r) = (
        col(Kolom::No),
        col(Kolom::Sasaran),
        col(Kolom::Indikator),
        col(Kolom::Satuan),
        // with several yearly target columns, the report year's is the target
        col(Kolom::Target).or_else(|| tahun.and_then(|y| col(Kolom::TargetTahun(y)))),
        col(Kolom::Realisasi),
    );
    if c_ind.is_none() || c_t.is_none() || c_r.is_none() {
        let missing: Vec<&str> = [(c_ind, "Indikator"), (c_t, "Target"), (c_r, "Realisasi")]
            .iter()
            .filter(|(c, _)| c.is_none())
            .map(|(_, n)| *n)
            .collect();
        if !rows.is_empty() {
            t.pesan.push(Pesan::info(
                0,
                "",
                "",
                format!(
                    "Kolom {} belum dikenali; pilih peran kolom pada daftar di atas tabel.",
                    missing.join(", ")
                ),
            ));
        }
    }
    let mut parent: Option<usize> = None;
    // true right after a sasaran title line, whose name may continue on the next line
    let mut after_title = false;

    for b in data {
        // a header repeated by a page break or a second table (seed 004), or a units row
        if tanpa_angka(b)
            && (skor_judul(b) >= 2
                || (b.sel(c_ind.unwrap_or(0)).chars().count() <= 25
                    && matches!(
                        peran_judul(b.sel(c_ind.unwrap_or(0))),
                        Kolom::Indikator | Kolom::Sasaran
                    ))
                || b.sel
                    .iter()
                    .map(|c| c.trim())
                    .filter(|c| !c.is_empty())
                    .all(|c| matches!(c, "%" | "(%)" | "Rp" | "Rp." | "(Rp)")))
        {
            continue;
        }
        let sel = |c: Option<usize>| c.map(|j| b.sel(j).trim()).unwrap_or("");
        let first = b.pertama();
        let first_lower = first.to_lowercase();
        let reported = || -> Option<Decimal> {
            // the last number in the text: "Total capaian 293,75/300=97,92", "(99,48%)"
            let cleaned: String = first
                .chars()
                .map(|c| {
                    if c.is_ascii_digit() || c == ',' || c == '.' {
                        c
                    } else {
                        ' '
                    }
                })
                .collect();
            cleaned
                .split_whitespace()
                .filter_map(
                    |w| match baca_angka(w.trim_matches(['.', ',']), Konvensi::IdId) {
                        IsiAngka::Angka(a) => Some(a.nilai),
                        _ => None,
                    },
                )
                .last()
        };
        let laporan = |milik: usize, nilai: Decimal| AngkaLaporan {
            nomor_baris: b.nomor_baris,
            teks: first.to_string(),
            milik,
            nilai,
        };
        // the table's own totals: kept for the audit, not computed with
        if first_lower.starts_with("total capaian") || first_lower.starts_with("jumlah capaian") {
            if let (Some(p), Some(v)) = (parent, reported()) {
                t.total_sub.push(laporan(p, v));
            }
            parent = None;
            continue;
        }
        if first_lower.starts_with("capaian sasaran")
            || first_lower.starts_with("rata-rata capaian")
        {
            if let (Some(s), Some(v)) = (t.sasaran.len().checked_sub(1), reported()) {
                t.capaian_sasaran_laporan.push(laporan(s, v));
            }
            parent = None;
            continue;
        }
        let filled = b.terisi();
        // "Sasaran 2. Terwujudnya ...", "a.Sasaran 1 : ..." on a line of its own starts a sasaran
        if let Some(nama) = judul_sasaran(first)
            .filter(|_| filled == 1 && c_sas.map_or(true, |j| b.sel(j).trim() != first))
        {
            t.sasaran.push(nama);
            parent = None;
            after_title = true;
            continue;
        }
        if after_title && filled == 1 && sel(c_t).is_empty() && sel(c_r).is_empty() {
            if let Some(last) = t.sasaran.last_mut() {
                last.push(' ');
                last.push_str(first);
            }
            continue;
        }
        after_title = false;
        let (nama, bullet) = bersihkan_nama(sel(c_ind));
        if nama.is_empty() && sel(c_t).is_empty() && sel(c_r).is_empty() {
            // a row with only a sasaran (or nothing we read)
            let s = sel(c_sas);
            if !s.is_empty() {
                sambung_sasaran(&mut t.sasaran, s, sel(c_no).is_empty());
            }
            continue;
        }
        // sasaran: a filled cell starts one; a blank one continues the one above (merged cells);
        // a lower-case fragment with no number is the rest of a name split by a page break
        let s = sel(c_sas);
        if !s.is_empty() {
            sambung_sasaran(&mut t.sasaran, s, sel(c_no).is_empty());
        }
        if t.sasaran.is_empty() {
            t.sasaran.push("Sasaran".into());
        }
        let sasaran = t.sasaran.len() - 1;
        let child = parent.is_some_and(|p| t.indikator[p].sasaran == sasaran)
            && (bullet || c_no.map_or(false, |j| b.sel(j).trim().is_empty()));
        if !child {
            parent = None;
        }
        let mut baca = |c: Option<usize>, wajib: bool| -> Nilai {
            let Some(j) = c else {
                return Nilai::Kosong("kolom tidak ada".into());
            };
            let mut warn = None;
            let v = baca_nilai(b.sel(j), konv(j), &mut warn);
            if let Nilai::Galat(m) = &v {
                if wajib {
                    t.pesan.push(Pesan::galat_sel(
                        b.nomor_baris,
                        &nama_kolom(j),
                        b.sel(j),
                        m.clone(),
                    ));
                }
            }
            if let Some(w) = warn {
                t.pesan.push(Pesan::peringatan(
                    b.nomor_baris,
                    &nama_kolom(j),
                    b.sel(j),
                    w,
                ));
            }
            v
        };
        let target = baca(c_t, true);
        let realisasi = baca(c_r, true);
        let angka = |v: Nilai| v.angka();
        let bobot = angka(baca(col(Kolom::Bobot), true));
        let capaian_laporan = angka(baca(col(Kolom::CapaianLaporan), false));
        let target_akhir = angka(baca(col(Kolom::TargetAkhir), true));
        let realisasi_lalu = col(Kolom::RealisasiLalu).map(|j| baca(Some(j), true));
        let target_tahunan: Vec<(u16, Decimal)> = kolom
            .iter()
            .enumerate()
            .filter_map(|(j, k)| match k {
                Kolom::TargetTahun(y) => baca_nilai(b.sel(j), konv(j), &mut None)
                    .angka()
                    .map(|v| (*y, v)),
                _ => None,
            })
            .collect();
        let polaritas = match col(Kolom::Polaritas).map(|j| b.sel(j).trim()) {
            None | Some("") => Polaritas::Positif,
            Some(p) => Polaritas::baca(p).unwrap_or_else(|| {
                t.pesan.push(Pesan::galat_sel(
                    b.nomor_baris,
                    "Polaritas",
                    p,
                    "diharapkan + / - / positif / negatif; dihitung positif".into(),
                ));
                Polaritas::Positif
            }),
        };
        let no_values = matches!(target, Nilai::Kosong(_)) && matches!(realisasi, Nilai::Kosong(_));
        let idx = t.indikator.len();
        t.indikator.push(Indikator {
            nomor_baris: b.nomor_baris,
            sasaran,
            nama: if nama.is_empty() {
                format!("(baris {})", b.nomor_baris)
            } else {
                nama
            },
            satuan: sel(c_sat).to_string(),
            target,
            realisasi,
            polaritas,
            bobot,
            capaian_laporan,
            target_akhir,
            realisasi_lalu,
            target_tahunan,
            induk: if child { parent } else { None },
        });
        if !child && no_values {
            parent = Some(idx); // may gain sub-items
        }
    }
    t
}

/// The sasaran named by a title line (`Sasaran 2. Terwujudnya ...`, `a.Sasaran 1 : ...`).
fn judul_sasaran(teks: &str) -> Option<String> {
    let mut t = teks.trim().trim_matches('*').trim();
    let b = t.as_bytes();
    if b.len() > 2 && b[0].is_ascii_alphabetic() && b[1] == b'.' {
        t = t[2..].trim_start();
    }
    if !t
        .get(..7)
        .is_some_and(|x| x.eq_ignore_ascii_case("sasaran"))
    {
        return None;
    }
    let rest = t["sasaran".len()..].trim_start_matches(|c: char| {
        c.is_ascii_digit() || c.is_whitespace() || ".:-–—".contains(c)
    });
    let (nama, _) = bersihkan_nama(rest);
    Some(if nama.is_empty() { t.to_string() } else { nama })
}

fn sambung_sasaran(sasaran: &mut Vec<String>, s: &str, no_kosong: bool) {
    let (nama, _) = bersihkan_nama(s);
    match sasaran.last_mut() {
        Some(last) if no_kosong && nama.starts_with(|c: char| c.is_lowercase()) => {
            last.push(' ');
            last.push_str(&nama);
        }
        Some(last) if *last == nama => {}
        _ => sasaran.push(nama),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    pub const SEED_000_3_2: &str = "No\tSasaran\tIndikator\tSatuan\tTarget\tRealisasi
1\t2\t3\t4\t5\t6
1\tMeningkatnya kepuasan pelayanan publik\tIndeks pelayanan / Indeks Kepuasan Masyarakat (IKM)\t%\t80,25\t81,14
2\tMeningkatnya kinerja penyelenggaraan tugas umum pemerintahan kecamatan\tPersentase Kelurahan/ Desa dengan kinerja baik\t%\t41,25\t56,25
3\tMeningkatnya keamanan dan ketertiban\tPersentase penurunan gangguan KAMTIBMAS\t%\t13\t9
4\tMeningkatnya kualitas\t1. Predikat Akuntabilitas kinerja\tNilai\tB\tC

\tcapaian kinerja\t2. Presentase tindak lanjut hasil pemeriksaan keuangan\t%\t100\t47,51
--\t-----------------\t---\t---\t---\t---
";

    #[test]
    fn seed_000_table_3_2() {
        let t = baca_tabel_indikator(SEED_000_3_2, None);
        assert!(t.judul_dikenali);
        assert_eq!(t.indikator.len(), 5);
        assert_eq!(t.sasaran.len(), 4);
        assert_eq!(t.sasaran[3], "Meningkatnya kualitas capaian kinerja");
        assert_eq!(t.indikator[3].nama, "Predikat Akuntabilitas kinerja");
        assert_eq!(t.indikator[4].sasaran, 3);
        assert!(matches!(
            t.indikator[3].target,
            Nilai::Kualitatif { peringkat: 4, .. }
        ));
        assert_eq!(
            t.indikator[4].realisasi,
            Nilai::Angka(Decimal::new(4751, 2))
        );
        assert!(t.pesan.iter().all(|p| !p.galat()), "{:?}", t.pesan);
    }

    #[test]
    fn seed_001_enumerator_column_and_merged_sasaran() {
        let teks = "SASARAN STRATEGIS\tINDIKATOR KINERJA\t\tSATUAN\tTARGET TAHUNAN\tREALISASI TAHUN 2022
1\t2\t\t3\t4\t5
Meningkatnya Kualitas Pelayanan Kecamatan Sungai Sembilan\ta\tIndeks Kepuasan Masyarakat\tIndeks\t87\t86,98
\tb\tPersentase Pelaksanaan Tugas Pemerintahan Umum dan Trantibum\t%\t100\t93,16
\tc\tPersentase Pelaksanaan Pelimpahan Kewenangan Kepada Camat\t%\t100\t99,55";
        let t = baca_tabel_indikator(teks, None);
        assert_eq!(t.indikator.len(), 3);
        assert_eq!(t.sasaran.len(), 1);
        assert_eq!(t.indikator[0].nama, "Indeks Kepuasan Masyarakat");
        assert_eq!(t.indikator[2].satuan, "%");
        assert_eq!(t.tahun, Some(2022));
    }

    #[test]
    fn seed_002_sub_items_and_reported_totals() {
        let teks = "Sasaran 1. Terwujudnya peningkatan kinerja
No\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian
1\tJumlah bimtek/ diklat yang diikuti oleh aparatur Kecamatan\tKegiatan\t8\t8\t100
2\tJumlah pengadaan sarana dan prasarana penunjang kerja dan perlengkapan kantor\t\t\t\t
\t✚ Pengadaan sarana dan prasarana\tBuah\t105\t105\t100
\t✚ Pengadaan pakaian dinas (PDH)\tJenis\t2\t2\t100
\t✚ Penunjang pelayanan adm. Perkantoran lainnya\t%\t90\t85\t93,75
\tTotal capaian 293,75/300=97,92\t\t\t\t
3\tJumlah pemeliharaan perangkat penunjang kerja & perlengkapan kantor\tUnit\t26\t26\t100
4\tJumlah penyusunan dokumen rencana program/ kegiatan dan pelaporan\tDokumen\t8\t8\t100
Capaian Sasaran Sangat Berhasil (99,48%)\t\t\t\t\t";
        let t = baca_tabel_indikator(teks, None);
        assert_eq!(t.sasaran, vec!["Terwujudnya peningkatan kinerja"]);
        assert_eq!(t.indikator.len(), 7);
        assert_eq!(t.indikator[2].induk, Some(1));
        assert_eq!(t.indikator[4].induk, Some(1));
        assert_eq!(
            t.indikator[4].nama,
            "Penunjang pelayanan adm. Perkantoran lainnya"
        );
        assert_eq!(t.indikator[5].induk, None);
        assert_eq!(t.total_sub[0].nilai, Decimal::new(9792, 2));
        assert_eq!(t.capaian_sasaran_laporan[0].nilai, Decimal::new(9948, 2));
        assert_eq!(t.indikator[4].capaian_laporan, Some(Decimal::new(9375, 2)));
    }

    #[test]
    fn seed_004_markdown_with_two_header_rows() {
        let teks = "| Indikator Kinerja | | | | | | | RPJMD | |
|--|---------------|------------------|---------------------|----------------|----------------|---------------------|--------------------|--|
| | % Target 2020 | % Realisasi 2020 | % Capaian 2020 | % Capaian 2019 | % Capaian 2018 | % Target Akhir 2021 | % Capaian s/d 2020 | |
| 1 | 2 | 3 | $4=3/2$ * 100 | 5 | 6 | 7 | $8=3/7^*$ 100 | |
| Persentase Ketercapaian Pelayanan Umum | 100 | 98,32 | 98,32 | 89,96 | 92,60 | 95 | 96,62 | |";
        let t = baca_tabel_indikator(teks, None);
        assert_eq!(t.pemisah, Pemisah::Pipa);
        assert_eq!(t.indikator.len(), 1, "{:?}", t.pesan);
        let i = &t.indikator[0];
        assert_eq!(i.target, Nilai::Angka(Decimal::from(100)));
        assert_eq!(i.realisasi, Nilai::Angka(Decimal::new(9832, 2)));
        assert_eq!(i.target_akhir, Some(Decimal::from(95)));
        assert_eq!(i.capaian_laporan, Some(Decimal::new(9832, 2)));
    }

    #[test]
    fn seed_004_four_tables_with_title_lines() {
        let t = baca_tabel_indikator(
            include_str!("../../../tests/fixtures/seed004_indikator.md"),
            None,
        );
        assert_eq!(t.indikator.len(), 4, "{:#?}", t.pesan);
        assert_eq!(t.sasaran.len(), 4);
        assert_eq!(t.sasaran[0], "Meningkatnya Manajemen Administrasi Pelayanan Umum, Kepegawaian dan Keuangan Perangkat Daerah");
        assert_eq!(
            t.indikator[3].realisasi,
            Nilai::Angka(Decimal::new(7856, 2))
        );
        assert_eq!(t.indikator[1].sasaran, 1);
        assert!(t.pesan.iter().all(|p| !p.galat()), "{:#?}", t.pesan);
    }

    #[test]
    fn unreadable_cells_name_row_column_and_text() {
        let teks = "Indikator\tTarget\tRealisasi\nIKM\t80,25\tbanyak\nLain\t10\t5";
        let t = baca_tabel_indikator(teks, None);
        assert_eq!(t.indikator.len(), 2);
        let p = t.pesan.iter().find(|p| p.galat()).expect("a message");
        assert_eq!(
            (p.baris, p.kolom.as_str(), p.teks.as_str()),
            (2, "Realisasi", "banyak")
        );
        assert!(
            matches!(t.indikator[1].realisasi, Nilai::Angka(_)),
            "other rows still read"
        );
    }

    #[test]
    fn headerless_paste_is_guessed_and_can_be_remapped() {
        let teks = "Meningkatnya kepuasan masyarakat\tIndeks Kepuasan Masyarakat\t%\t80,25\t81,14";
        let t = baca_tabel_indikator(teks, None);
        assert!(!t.judul_dikenali);
        assert_eq!(
            t.kolom,
            vec![
                Kolom::Sasaran,
                Kolom::Indikator,
                Kolom::Satuan,
                Kolom::Target,
                Kolom::Realisasi
            ]
        );
        let pilihan = [
            Kolom::Sasaran,
            Kolom::Indikator,
            Kolom::Satuan,
            Kolom::Realisasi,
            Kolom::Target,
        ];
        let t = baca_tabel_indikator(teks, Some(&pilihan));
        assert_eq!(t.indikator[0].target, Nilai::Angka(Decimal::new(8114, 2)));
    }
}
