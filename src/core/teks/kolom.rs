//! Column roles of an indicator table and how header words map to them. A header may span
//! several rows (seed 004) and a merged cell may span columns (seed 000 table 3.4, "Target
//! Capaian Renstra" over 2016 ... 2021); [`gabung_judul`] flattens both into one text a column.

use crate::core::teks::kata::BULAN;
use crate::core::teks::tabel::Baris;

/// What a column of an indicator table holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Kolom {
    Abaikan,
    No,
    Sasaran,
    Indikator,
    Satuan,
    Target,
    Realisasi,
    Polaritas,
    Bobot,
    /// A capaian the table computed itself; checked by the audit, never used.
    CapaianLaporan,
    /// Target at the end of the Renstra period.
    TargetAkhir,
    RealisasiLalu,
    /// Target of one plan year (Renstra yearly columns).
    TargetTahun(u16),
    RealisasiTahun(u16),
    /// A capaian of a given year; becomes [`Kolom::CapaianLaporan`] for the current year.
    CapaianTahun(u16),
    /// Target of one quarter (1 to 4), as that quarter's own target.
    TargetTw(u8),
    /// Target to date at a quarter (`Target s.d. TW II`).
    TargetTwSd(u8),
    /// Realisasi of one quarter.
    RealisasiTw(u8),
    /// How the quarters add up (`Sifat`, `Jenis`, `Kumulatif`).
    Sifat,
}

/// The roles a person can pick in the column dropdown, with their labels.
pub const PILIHAN: &[(Kolom, &str)] = &[
    (Kolom::Abaikan, "(abaikan)"),
    (Kolom::No, "No"),
    (Kolom::Sasaran, "Sasaran"),
    (Kolom::Indikator, "Indikator"),
    (Kolom::Satuan, "Satuan"),
    (Kolom::Target, "Target"),
    (Kolom::Realisasi, "Realisasi"),
    (Kolom::Polaritas, "Polaritas"),
    (Kolom::Bobot, "Bobot"),
    (Kolom::CapaianLaporan, "Capaian (dilaporkan)"),
    (Kolom::TargetAkhir, "Target akhir Renstra"),
    (Kolom::RealisasiLalu, "Realisasi tahun lalu"),
    (Kolom::TargetTw(1), "Target TW I"),
    (Kolom::TargetTw(2), "Target TW II"),
    (Kolom::TargetTw(3), "Target TW III"),
    (Kolom::TargetTw(4), "Target TW IV"),
    (Kolom::TargetTwSd(1), "Target s.d. TW I"),
    (Kolom::TargetTwSd(2), "Target s.d. TW II"),
    (Kolom::TargetTwSd(3), "Target s.d. TW III"),
    (Kolom::TargetTwSd(4), "Target s.d. TW IV"),
    (Kolom::RealisasiTw(1), "Realisasi TW I"),
    (Kolom::RealisasiTw(2), "Realisasi TW II"),
    (Kolom::RealisasiTw(3), "Realisasi TW III"),
    (Kolom::RealisasiTw(4), "Realisasi TW IV"),
    (Kolom::Sifat, "Sifat (kumulatif / akhir / rata-rata)"),
];

impl Kolom {
    pub fn label(self) -> String {
        match self {
            Kolom::TargetTahun(y) => format!("Target {y}"),
            Kolom::RealisasiTahun(y) => format!("Realisasi {y}"),
            Kolom::CapaianTahun(y) => format!("Capaian {y}"),
            k => PILIHAN
                .iter()
                .find(|(x, _)| *x == k)
                .map(|(_, l)| l.to_string())
                .unwrap_or_default(),
        }
    }

    /// A role's name in its key, and the year or quarter it carries.
    fn nama_kunci(self) -> (&'static str, Option<u16>) {
        match self {
            Kolom::Abaikan => ("Abaikan", None),
            Kolom::No => ("No", None),
            Kolom::Sasaran => ("Sasaran", None),
            Kolom::Indikator => ("Indikator", None),
            Kolom::Satuan => ("Satuan", None),
            Kolom::Target => ("Target", None),
            Kolom::Realisasi => ("Realisasi", None),
            Kolom::Polaritas => ("Polaritas", None),
            Kolom::Bobot => ("Bobot", None),
            Kolom::CapaianLaporan => ("CapaianLaporan", None),
            Kolom::TargetAkhir => ("TargetAkhir", None),
            Kolom::RealisasiLalu => ("RealisasiLalu", None),
            Kolom::Sifat => ("Sifat", None),
            Kolom::TargetTahun(y) => ("TargetTahun", Some(y)),
            Kolom::RealisasiTahun(y) => ("RealisasiTahun", Some(y)),
            Kolom::CapaianTahun(y) => ("CapaianTahun", Some(y)),
            Kolom::TargetTw(q) => ("TargetTw", Some(q.into())),
            Kolom::TargetTwSd(q) => ("TargetTwSd", Some(q.into())),
            Kolom::RealisasiTw(q) => ("RealisasiTw", Some(q.into())),
        }
    }

    /// A stable key for a `<select>` value and the project file: the role's name, with its year
    /// or quarter in brackets (`TargetTahun(2019)`, `TargetTw(2)`). Saved projects hold these
    /// keys, as the derived `Debug` once wrote them.
    pub fn kunci(self) -> String {
        match self.nama_kunci() {
            (nama, Some(n)) => format!("{nama}({n})"),
            (nama, None) => nama.to_string(),
        }
    }

    /// The role a key names (see [`Kolom::kunci`]); any other text is [`Kolom::Abaikan`].
    /// Roles with a year or quarter are read too: a table's yearly Renstra columns are kept in
    /// a project as the roles the header gave them.
    pub fn dari_kunci(kunci: &str) -> Kolom {
        let (nama, n) = match kunci.strip_suffix(')').and_then(|k| k.split_once('(')) {
            Some((nama, n)) => match n.parse::<u16>() {
                Ok(n) => (nama, Some(n)),
                Err(_) => return Kolom::Abaikan,
            },
            None => (kunci, None),
        };
        let calon = match n {
            // the dropdown's list holds every role without a year or quarter
            None => PILIHAN.iter().map(|(k, _)| *k).collect(),
            Some(y) => {
                let mut c = vec![
                    Kolom::TargetTahun(y),
                    Kolom::RealisasiTahun(y),
                    Kolom::CapaianTahun(y),
                ];
                if let Some(q) = u8::try_from(y).ok().filter(|q| (1..=4).contains(q)) {
                    c.extend([
                        Kolom::TargetTw(q),
                        Kolom::TargetTwSd(q),
                        Kolom::RealisasiTw(q),
                    ]);
                }
                c
            }
        };
        calon
            .into_iter()
            .find(|k| k.nama_kunci() == (nama, n))
            .unwrap_or(Kolom::Abaikan)
    }

    /// The role name an editor input carries (`data-col`), stable for tests and tools.
    pub fn peran(self) -> &'static str {
        match self {
            Kolom::Sasaran => "sasaran",
            Kolom::Indikator => "indikator",
            Kolom::Satuan => "satuan",
            Kolom::Target => "target",
            Kolom::Realisasi => "realisasi",
            Kolom::Polaritas => "polaritas",
            Kolom::No => "no",
            Kolom::Bobot => "bobot",
            Kolom::CapaianLaporan => "capaian",
            Kolom::TargetAkhir => "target-akhir",
            Kolom::RealisasiLalu => "realisasi-lalu",
            Kolom::TargetTahun(_) => "target-tahun",
            Kolom::RealisasiTahun(_) => "realisasi-tahun",
            Kolom::CapaianTahun(_) => "capaian-tahun",
            Kolom::TargetTw(_) => "target-tw",
            Kolom::TargetTwSd(_) => "target-sd-tw",
            Kolom::RealisasiTw(_) => "realisasi-tw",
            Kolom::Sifat => "sifat",
            Kolom::Abaikan => "lain",
        }
    }

    /// True for roles that hold numbers (their cells decide a number convention).
    pub fn numerik(self) -> bool {
        !matches!(
            self,
            Kolom::Abaikan
                | Kolom::No
                | Kolom::Sasaran
                | Kolom::Indikator
                | Kolom::Satuan
                | Kolom::Polaritas
                | Kolom::Sifat
        )
    }
}

/// A four-digit year 1990-2100 inside a header text.
pub fn tahun_dalam(teks: &str) -> Option<u16> {
    let b = teks.as_bytes();
    (0..b.len().saturating_sub(3)).find_map(|i| {
        let w = &b[i..i + 4];
        let edge_l = i == 0 || !b[i - 1].is_ascii_digit();
        let edge_r = i + 4 == b.len() || !b[i + 4].is_ascii_digit();
        if edge_l && edge_r && w.iter().all(u8::is_ascii_digit) {
            let y: u16 = std::str::from_utf8(w).ok()?.parse().ok()?;
            (1990..=2100).contains(&y).then_some(y)
        } else {
            None
        }
    })
}

/// The quarter (1 to 4) a header names: `TW I`, `TW 2`, `Tw.3`, `Triwulan IV`, `TRW II`, `Q1`;
/// a half year as the quarter it ends with (`Semester I` 2, `Smt II` 4).
pub fn triwulan_dalam(teks: &str) -> Option<u8> {
    let h = teks.to_ascii_lowercase();
    let b = h.as_bytes();
    // a half year ends where the second or the fourth quarter does
    for (kata, kali) in [
        ("triwulan", 1),
        ("trw", 1),
        ("tw", 1),
        ("q", 1),
        ("semester", 2),
        ("smt", 2),
    ] {
        let mut mulai = 0;
        while let Some(i) = h[mulai..].find(kata).map(|i| i + mulai) {
            mulai = i + kata.len();
            if i > 0 && b[i - 1].is_ascii_alphabetic() {
                continue;
            }
            let sisa = h[mulai..].trim_start_matches(['.', '-', ' ', '_']);
            let angka: String = sisa
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric())
                .collect();
            let q = match angka.as_str() {
                "1" | "i" => 1,
                "2" | "ii" => 2,
                "3" | "iii" if kali == 1 => 3,
                "4" | "iv" if kali == 1 => 4,
                _ => continue,
            };
            return Some(q * kali);
        }
    }
    None
}

/// The quarter of a heading that names nothing else (`TW II`, `Triwulan III`, `Q4`, `Smt.
/// I`): under a merged `Realisasi`, or after `Realisasi TW I`, it is one more quarter of the
/// column before it.
pub fn hanya_triwulan(teks: &str) -> Option<u8> {
    let q = triwulan_dalam(teks)?;
    let kata = |w: &str| {
        let w = w.to_ascii_lowercase();
        let sisa = ["triwulan", "semester", "trw", "smt", "tw", "q"]
            .iter()
            .find_map(|p| w.strip_prefix(p))
            .unwrap_or(&w);
        matches!(sisa, "" | "i" | "ii" | "iii" | "iv" | "1" | "2" | "3" | "4")
    };
    teks.split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .all(kata)
        .then_some(q)
}

/// `Realisasi TW I | TW II | TW III | TW IV`: each heading of [`hanya_triwulan`] after a
/// quarter column takes that column's kind (`lanjut` gives it for quarter `q`, or `None` for a
/// column of no quarter), where no other role was found. Left out, the table's period was TW I.
pub fn lanjut_triwulan<K: Copy + PartialEq>(
    judul: &[String],
    kolom: &mut [K],
    abaikan: K,
    lanjut: impl Fn(K, u8) -> Option<K>,
) {
    for j in 1..kolom.len().min(judul.len()) {
        if kolom[j] != abaikan {
            continue;
        }
        if let Some(k) = hanya_triwulan(&judul[j]).and_then(|q| lanjut(kolom[j - 1], q)) {
            kolom[j] = k;
        }
    }
}

/// A quarterly heading of figures to date (`s.d. TW II`, `s/d`, `sampai`, `kumulatif`), not of
/// the quarter alone; `h` in lower case.
pub fn sampai_dengan(h: &str) -> bool {
    ["s.d", "s/d", "sd ", "sampai", "kumulatif"]
        .iter()
        .any(|w| h.contains(w))
}

/// A quarterly column: its role by the words around the quarter.
fn peran_triwulan(h: &str, q: u8) -> Kolom {
    let has = |w: &str| h.contains(w);
    if has("realisasi") || has("capaian") && !has("target") {
        return if has("capaian") {
            Kolom::Abaikan
        } else {
            Kolom::RealisasiTw(q)
        };
    }
    if has("target") || has("rencana") {
        return if sampai_dengan(h) {
            Kolom::TargetTwSd(q)
        } else {
            Kolom::TargetTw(q)
        };
    }
    Kolom::Abaikan
}

/// Roles a column's dropdown offers beside [`PILIHAN`]: its current role and the one its
/// heading names, when the list has neither (a Renstra year's target, `Target 2019`), so that
/// a column set to another role by mistake can be given its own back.
pub fn peran_lain(k: Kolom, judul: &str) -> Vec<Kolom> {
    let mut v: Vec<Kolom> = Vec::new();
    for p in [k, peran_judul(judul)] {
        if !PILIHAN.iter().any(|(x, _)| *x == p) && !v.contains(&p) {
            v.push(p);
        }
    }
    v
}

/// The role a header text names, by its words.
pub fn peran_judul(judul: &str) -> Kolom {
    let h = judul.to_ascii_lowercase();
    let h = h.trim();
    let has = |w: &str| h.contains(w);
    if h.is_empty() {
        return Kolom::Abaikan;
    }
    if matches!(h, "no" | "no." | "nomor" | "#" | "no urut") {
        return Kolom::No;
    }
    if has("polaritas") || has("polarity") {
        return Kolom::Polaritas;
    }
    if has("bobot") {
        return Kolom::Bobot;
    }
    if has("satuan") {
        return Kolom::Satuan;
    }
    // the budget's columns beside the performance (`Keuangan: Anggaran | Realisasi`, the
    // LKjIP's table of kinerja and keuangan; `Realisasi Anggaran TW I` in a Rencana Aksi's
    // monitoring): read as a second realisasi, they hid the first. Under the Evaluasi Renja's
    // `Target Kinerja dan Anggaran`, the sub-heading says which: `K` performance, `Rp` money
    let sub = sub_judul(h);
    if sub != Some(SubJudul::Kinerja) && (has("keuangan") || has("anggaran") || has("pagu"))
        || sub == Some(SubJudul::Rupiah)
    {
        return Kolom::Abaikan;
    }
    if let Some(q) = triwulan_dalam(h) {
        return peran_triwulan(h, q);
    }
    if matches!(
        h,
        "sifat" | "jenis" | "kumulatif" | "sifat indikator" | "jenis indikator" | "sifat capaian"
    ) {
        return Kolom::Sifat;
    }
    if has("indikator") {
        return Kolom::Indikator;
    }
    if has("sasaran") {
        return Kolom::Sasaran;
    }
    // cumulative figures the table computed itself (`Realisasi s.d. 2022`, over the Renstra
    // years); but `Realisasi s.d. Desember` is this year's realisasi, to a month
    if (has("s/d") || has("s.d") || has("sampai")) && !sampai_bulan(h) || has("terhadap renstra") {
        return Kolom::Abaikan;
    }
    let year = tahun_dalam(h);
    if has("target akhir")
        || has("akhir renstra")
        || has("akhir periode")
        || ((has("renstra") || has("rpjm")) && has("target") && year.is_none())
    {
        return Kolom::TargetAkhir;
    }
    if has("realisasi") && (has("tahun lalu") || has("sebelum")) {
        return Kolom::RealisasiLalu;
    }
    if has("target") || has("rencana") {
        return year.map(Kolom::TargetTahun).unwrap_or(Kolom::Target);
    }
    if has("realisasi") {
        return year.map(Kolom::RealisasiTahun).unwrap_or(Kolom::Realisasi);
    }
    if has("capaian") {
        return year
            .map(Kolom::CapaianTahun)
            .unwrap_or(Kolom::CapaianLaporan);
    }
    // `Persentase (%)` on its own, after Target and Realisasi: the table's capaian. A bare `%`
    // is not: seed 004 writes a row of `%` under its headings, as units
    let inti = h.replace("(%)", "");
    if matches!(inti.trim(), "persentase" | "prosentase" | "persen") {
        return Kolom::CapaianLaporan;
    }
    Kolom::Abaikan
}

/// A `s.d.` that runs to a month of this year (`s.d. Desember`, `sampai akhir tahun`), not
/// over years.
fn sampai_bulan(h: &str) -> bool {
    BULAN.iter().any(|b| h.contains(b)) || h.contains("akhir tahun")
}

/// A row of sub-headings only, in two cells or more: the Evaluasi Renja's `K | Rp` under each
/// column, or the quarters `I | II | III | IV` under its `Triwulan` (numerals that elsewhere
/// are a code, so no data row).
pub fn baris_subjudul(b: &Baris) -> bool {
    let mut n = 0;
    let semua = b
        .sel
        .iter()
        .map(|c| c.trim())
        .filter(|c| !c.is_empty())
        .all(|c| {
            n += 1;
            sub_judul(c).is_some()
                || ["i", "ii", "iii", "iv"]
                    .iter()
                    .any(|w| c.eq_ignore_ascii_case(w))
        });
    semua && n >= 2
}

/// What the Evaluasi Renja's sub-heading under a column says its figures are.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum SubJudul {
    /// `K`: the performance.
    Kinerja,
    /// `Rp`: the money.
    Rupiah,
}

/// The sub-heading a heading ends in (`Target Kinerja dan Anggaran ... K`, `... Rp`), or
/// the heading when it is one.
pub fn sub_judul(h: &str) -> Option<SubJudul> {
    let akhir = h.trim_end().rsplit(' ').next().unwrap_or("");
    let sama = |w: &[&str]| w.iter().any(|x| akhir.eq_ignore_ascii_case(x));
    if sama(&["k", "(k)"]) {
        Some(SubJudul::Kinerja)
    } else if sama(&["rp", "rp.", "(rp)"]) {
        Some(SubJudul::Rupiah)
    } else {
        None
    }
}

/// How strongly a row looks like a header: the number of cells naming a role.
pub fn skor_judul(b: &Baris) -> usize {
    b.sel
        .iter()
        .filter(|c| !matches!(peran_judul(c), Kolom::Abaikan | Kolom::No))
        .count()
}

/// Flatten a header block into one text per column. An empty cell in an upper row takes the
/// text to its left when a row below has text there (a merged cell spanning columns; in the
/// Evaluasi Renja, `Triwulan` spans `I ... IV`, each of which spans `K | Rp`).
pub fn gabung_judul(rows: &[&Baris]) -> Vec<String> {
    let width = rows.iter().map(|b| b.sel.len()).max().unwrap_or(0);
    let mut out = vec![String::new(); width];
    for (r, row) in rows.iter().enumerate() {
        let ada = |rows: &[&Baris], j: usize| rows.iter().any(|b| !b.sel(j).trim().is_empty());
        let ada_bawah = |j: usize| ada(&rows[r + 1..], j);
        // a span ends where a row above starts a column of its own (`IV` spans two columns
        // of `K | Rp`, not the next heading's)
        let ada_atas = |j: usize| ada(&rows[..r], j);
        let mut carry = String::new();
        for (j, slot) in out.iter_mut().enumerate() {
            let cell = row.sel(j).trim();
            let text = if !cell.is_empty() {
                // only a cell with text under it can span columns; one without spans rows
                carry = if ada_bawah(j) {
                    cell.to_string()
                } else {
                    String::new()
                };
                cell.to_string()
            } else if !carry.is_empty() && ada_bawah(j) && !ada_atas(j) {
                carry.clone()
            } else {
                carry.clear();
                String::new()
            };
            if !text.is_empty() {
                if !slot.is_empty() {
                    slot.push(' ');
                }
                slot.push_str(&text);
            }
        }
    }
    out
}

/// Settle roles that depend on the whole header: the year of the report, yearly columns,
/// duplicates. Returns the roles and the report year when one is named.
pub fn selesaikan_peran(mut kolom: Vec<Kolom>) -> (Vec<Kolom>, Option<u16>) {
    let years_r: Vec<u16> = kolom
        .iter()
        .filter_map(|k| {
            if let Kolom::RealisasiTahun(y) = k {
                Some(*y)
            } else {
                None
            }
        })
        .collect();
    let years_t: Vec<u16> = kolom
        .iter()
        .filter_map(|k| {
            if let Kolom::TargetTahun(y) = k {
                Some(*y)
            } else {
                None
            }
        })
        .collect();
    let tahun = years_r
        .iter()
        .max()
        .copied()
        .or_else(|| (years_t.len() == 1).then(|| years_t[0]));
    let has = |k: &Vec<Kolom>, x: Kolom| k.contains(&x);
    if !has(&kolom, Kolom::Realisasi) {
        if let Some(y) = tahun.filter(|y| years_r.contains(y)) {
            if let Some(p) = kolom.iter().position(|k| *k == Kolom::RealisasiTahun(y)) {
                kolom[p] = Kolom::Realisasi;
            }
            if !has(&kolom, Kolom::RealisasiLalu) {
                if let Some(prev) = years_r.iter().filter(|x| **x < y).max() {
                    if let Some(p) = kolom
                        .iter()
                        .position(|k| *k == Kolom::RealisasiTahun(*prev))
                    {
                        kolom[p] = Kolom::RealisasiLalu;
                    }
                }
            }
        }
    }
    if !has(&kolom, Kolom::Target) {
        let pick = match tahun {
            Some(y) if years_t.contains(&y) => Some(y),
            _ if years_t.len() == 1 => Some(years_t[0]),
            _ => None,
        };
        if let Some(y) = pick {
            // the report year's target; keep the yearly role too when there are several years
            if years_t.len() == 1 {
                if let Some(p) = kolom.iter().position(|k| *k == Kolom::TargetTahun(y)) {
                    kolom[p] = Kolom::Target;
                }
            }
        }
    }
    for k in kolom.iter_mut() {
        if let Kolom::CapaianTahun(y) = *k {
            *k = if Some(y) == tahun {
                Kolom::CapaianLaporan
            } else {
                Kolom::Abaikan
            };
        }
    }
    hapus_ganda(&mut kolom, Kolom::Abaikan);
    (kolom, tahun)
}

/// A heading that names the revised figure of a budget or a target: `Anggaran Perubahan`,
/// `Setelah Perubahan`, `APBD-P`, `Target PK Revisi`, `Pagu Definitif` (over `Pagu
/// Indikatif`; not `Sebelum Perubahan`).
pub fn judul_perubahan(judul: &str) -> bool {
    let h = judul.to_ascii_lowercase();
    let has = |w: &str| h.contains(w);
    (has("perubahan") && !has("sebelum"))
        || has("setelah")
        || has("revisi")
        || has("definitif")
        || has("apbd-p")
        || has("apbdp")
        || has("apbd p")
}

/// A role named by two columns: the first keeps it, the later one becomes `abaikan`.
pub fn hapus_ganda<T: PartialEq + Copy>(kolom: &mut [T], abaikan: T) {
    let mut seen = Vec::new();
    for k in kolom.iter_mut().filter(|k| **k != abaikan) {
        if seen.contains(k) {
            *k = abaikan;
        } else {
            seen.push(*k);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_heading_of_only_a_quarter() {
        for (h, q) in [
            ("TW II", Some(2)),
            ("Triwulan III", Some(3)),
            ("Q4", Some(4)),
            ("Tw.3", Some(3)),
            ("Smt. II", Some(4)),
            ("Capaian TW II", None),
            ("Realisasi TW II", None),
            ("Anggaran", None),
        ] {
            assert_eq!(hanya_triwulan(h), q, "{h}");
        }
    }

    /// Every role, with years and quarters at their edges.
    fn semua_peran() -> Vec<Kolom> {
        let mut v = vec![
            Kolom::Abaikan,
            Kolom::No,
            Kolom::Sasaran,
            Kolom::Indikator,
            Kolom::Satuan,
            Kolom::Target,
            Kolom::Realisasi,
            Kolom::Polaritas,
            Kolom::Bobot,
            Kolom::CapaianLaporan,
            Kolom::TargetAkhir,
            Kolom::RealisasiLalu,
            Kolom::Sifat,
        ];
        for y in [0, 1, 4, 5, 1990, 2019, 2100, u16::MAX] {
            v.extend([
                Kolom::TargetTahun(y),
                Kolom::RealisasiTahun(y),
                Kolom::CapaianTahun(y),
            ]);
        }
        for q in [0, 1, 2, 3, 4, 5, u8::MAX] {
            v.extend([
                Kolom::TargetTw(q),
                Kolom::TargetTwSd(q),
                Kolom::RealisasiTw(q),
            ]);
        }
        v
    }

    #[test]
    fn a_column_is_offered_its_own_yearly_role_back() {
        let cases = [
            // set to abaikan by hand: its heading's role comes back as a choice
            (
                Kolom::Abaikan,
                "Target Capaian Renstra 2016",
                vec![Kolom::TargetTahun(2016)],
            ),
            // its current role, once, when heading and role agree
            (
                Kolom::TargetTahun(2019),
                "Target 2019",
                vec![Kolom::TargetTahun(2019)],
            ),
            (Kolom::Target, "Target 2019", vec![Kolom::TargetTahun(2019)]),
            (
                Kolom::TargetTahun(2020),
                "Satuan",
                vec![Kolom::TargetTahun(2020)],
            ),
            // roles the list has already
            (Kolom::Realisasi, "Realisasi", vec![]),
            (Kolom::Satuan, "", vec![]),
        ];
        for (k, judul, want) in cases {
            assert_eq!(peran_lain(k, judul), want, "{k:?} {judul}");
        }
    }

    #[test]
    fn keys_are_what_saved_projects_hold_and_read_back() {
        for k in semua_peran() {
            // the text the derived Debug wrote into project files before
            assert_eq!(k.kunci(), format!("{k:?}"));
            let quarter_out_of_range = matches!(k, Kolom::TargetTw(q) | Kolom::TargetTwSd(q) | Kolom::RealisasiTw(q) if !(1..=4).contains(&q));
            let want = if quarter_out_of_range {
                Kolom::Abaikan
            } else {
                k
            };
            assert_eq!(Kolom::dari_kunci(&k.kunci()), want, "{k:?}");
        }
        for (k, _) in PILIHAN {
            assert_eq!(Kolom::dari_kunci(&k.kunci()), *k);
        }
        for x in [
            "",
            "(",
            ")",
            "()",
            "Target(",
            "TargetTahun()",
            "TargetTahun(x)",
            "TargetTahun(-1)",
            "TargetTahun(70000)",
            "Target(2019)",
            "targettahun(2019)",
            "TargetTahun(2019",
            "Lain",
        ] {
            assert_eq!(Kolom::dari_kunci(x), Kolom::Abaikan, "{x}");
        }
    }

    fn row(cells: &[&str]) -> Baris<'static> {
        Baris {
            nomor_baris: 1,
            sel: cells.iter().map(|s| s.to_string().into()).collect(),
        }
    }

    #[test]
    fn header_words_name_roles() {
        let cases = [
            ("Target TW I", Kolom::TargetTw(1)),
            ("Target Pelaksanaan TW 2", Kolom::TargetTw(2)),
            ("Realisasi Triwulan III", Kolom::RealisasiTw(3)),
            ("Realisasi Semester I", Kolom::RealisasiTw(2)),
            ("Target Smt. II", Kolom::TargetTw(4)),
            ("Realisasi Semester III", Kolom::Realisasi),
            ("Realisasi Tw.4", Kolom::RealisasiTw(4)),
            ("Target s.d. TW II", Kolom::TargetTwSd(2)),
            ("Rencana Q1", Kolom::TargetTw(1)),
            ("Capaian TW I", Kolom::Abaikan),
            ("Sifat", Kolom::Sifat),
            ("Kumulatif", Kolom::Sifat),
            ("No", Kolom::No),
            ("Sasaran Strategis", Kolom::Sasaran),
            ("Indikator Kinerja Utama", Kolom::Indikator),
            ("Indikator Sasaran", Kolom::Indikator),
            ("SATUAN", Kolom::Satuan),
            ("TARGET TAHUNAN", Kolom::Target),
            ("Realisasi", Kolom::Realisasi),
            ("REALISASI TAHUN 2022", Kolom::RealisasiTahun(2022)),
            ("Realisasi Tahun Lalu", Kolom::RealisasiLalu),
            ("Target Akhir Renstra (2026)", Kolom::TargetAkhir),
            ("% Target Akhir 2021", Kolom::TargetAkhir),
            ("Target Capaian Renstra 2019", Kolom::TargetTahun(2019)),
            ("Capaian", Kolom::CapaianLaporan),
            ("% Capaian 2019", Kolom::CapaianTahun(2019)),
            (
                "CAPAIAN S/D 2022 TERHADAP RENSTRA 2021-2026 (%)",
                Kolom::Abaikan,
            ),
            ("Realisasi s.d 2022", Kolom::Abaikan),
            // this year's realisasi to a month is the realisasi
            ("Realisasi s.d. Desember", Kolom::Realisasi),
            (
                "Realisasi sampai dengan Desember 2023",
                Kolom::RealisasiTahun(2023),
            ),
            ("Realisasi s/d Akhir Tahun", Kolom::Realisasi),
            ("Capaian s.d. Desember (%)", Kolom::CapaianLaporan),
            ("%", Kolom::Abaikan),
            ("Persentase", Kolom::CapaianLaporan),
            ("PROSENTASE (%)", Kolom::CapaianLaporan),
            ("Persentase Penduduk", Kolom::Abaikan),
            ("Polaritas", Kolom::Polaritas),
            ("Bobot", Kolom::Bobot),
            ("Keterangan", Kolom::Abaikan),
            // the budget's columns beside the indikator
            ("KEUANGAN 2022 Realisasi", Kolom::Abaikan),
            ("Realisasi Anggaran TW I", Kolom::Abaikan),
            ("Pagu", Kolom::Abaikan),
            ("Target Anggaran", Kolom::Abaikan),
        ];
        for (h, k) in cases {
            assert_eq!(peran_judul(h), k, "{h}");
        }
    }

    #[test]
    fn merged_header_of_seed_000_table_3_4() {
        let r1 = row(&[
            "No",
            "Sasaran Strategis",
            "Indikator kinerja",
            "Realisasi 2019",
            "Target Capaian Renstra",
        ]);
        let r2 = row(&[
            "", "", "", "", "2016", "2017", "2018", "2019", "2020", "2021",
        ]);
        let judul = gabung_judul(&[&r1, &r2]);
        assert_eq!(judul[4], "Target Capaian Renstra 2016");
        assert_eq!(judul[9], "Target Capaian Renstra 2021");
        let (kolom, tahun) = selesaikan_peran(judul.iter().map(|h| peran_judul(h)).collect());
        assert_eq!(tahun, Some(2019));
        assert_eq!(kolom[3], Kolom::Realisasi);
        assert_eq!(kolom[7], Kolom::TargetTahun(2019));
        assert_eq!(kolom[9], Kolom::TargetTahun(2021));
    }

    #[test]
    fn header_of_seed_004_spans_two_rows() {
        let r1 = row(&["Indikator Kinerja", "", "", "", "", "", "", "RPJMD", ""]);
        let r2 = row(&[
            "",
            "% Target 2020",
            "% Realisasi 2020",
            "% Capaian 2020",
            "% Capaian 2019",
            "% Capaian 2018",
            "% Target Akhir 2021",
            "% Capaian s/d 2020",
            "",
        ]);
        let judul = gabung_judul(&[&r1, &r2]);
        let (kolom, tahun) = selesaikan_peran(judul.iter().map(|h| peran_judul(h)).collect());
        assert_eq!(tahun, Some(2020));
        assert_eq!(
            &kolom[..8],
            &[
                Kolom::Indikator,
                Kolom::Target,
                Kolom::Realisasi,
                Kolom::CapaianLaporan,
                Kolom::Abaikan,
                Kolom::Abaikan,
                Kolom::TargetAkhir,
                Kolom::Abaikan
            ]
        );
    }
}
