//! Stage 4: give each column a role. From the header words when there is a header, else
//! guessed from the cells; a person's choices replace the detected roles column by column;
//! then the general rules apply (an enumerator column under a merged header). This is where
//! new column roles (quarterly columns) are recognised.

use crate::core::anggaran::kolom_tingkat::tingkat_judul;
use crate::core::kinerja::baca::nama::penomor;
use crate::core::teks::angka::Konvensi;
use crate::core::teks::kata::memuat;
use crate::core::teks::kolom::{
    gabung_judul, judul_perubahan, lanjut_triwulan, peran_judul, sampai_dengan, selesaikan_peran,
    Kolom,
};
use crate::core::teks::nilai::{baca_target, Nilai};
use crate::core::teks::pesan::Pesan;
use crate::core::teks::tabel::{lebar, Baris};

/// The columns of a table: headers, roles, the report year.
#[derive(Clone, Debug, PartialEq)]
pub struct Peran {
    /// Header text per column (empty when there was no header).
    pub judul: Vec<String>,
    pub kolom: Vec<Kolom>,
    pub tahun: Option<u16>,
    /// True when the roles came from recognised header words.
    pub dikenali: bool,
    /// A realisasi quarter's heading says it is to date (`Realisasi s.d. TW II`); decided once
    /// for the table, not per row.
    pub realisasi_sd: bool,
}

/// Where the roles the assembly reads stand.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Letak {
    pub no: Option<usize>,
    pub sasaran: Option<usize>,
    pub indikator: Option<usize>,
    pub satuan: Option<usize>,
    pub target: Option<usize>,
    pub realisasi: Option<usize>,
}

impl Peran {
    /// The first column of role `k`.
    pub fn kolom(&self, k: Kolom) -> Option<usize> {
        self.kolom.iter().position(|x| *x == k)
    }

    pub fn letak(&self) -> Letak {
        Letak {
            no: self.kolom(Kolom::No),
            sasaran: self.kolom(Kolom::Sasaran),
            indikator: self.kolom(Kolom::Indikator),
            satuan: self.kolom(Kolom::Satuan),
            // with several yearly target columns, the report year's is the target
            target: self
                .kolom(Kolom::Target)
                .or_else(|| self.tahun.and_then(|y| self.kolom(Kolom::TargetTahun(y)))),
            realisasi: self.kolom(Kolom::Realisasi),
        }
    }

    /// A column as messages name it.
    pub fn nama(&self, j: usize) -> String {
        crate::core::teks::pembaca::nama_kolom(&self.judul, || self.kolom[j].label(), j)
    }
}

/// Roles for the table whose header block is `blok` (if any) and whose data rows are `data`.
pub fn tentukan_peran(
    rows: &[Baris],
    blok: Option<(usize, usize)>,
    data: &[&Baris],
    pilihan: Option<&[Kolom]>,
) -> Peran {
    let (judul, mut kolom) = match blok {
        Some((s, e)) => {
            let block: Vec<&Baris> = rows[s..e].iter().collect();
            let judul = gabung_judul(&block);
            let kolom = judul.iter().map(|h| peran_judul(h)).collect();
            (judul, kolom)
        }
        None => (Vec::new(), tebak_kolom(rows)),
    };
    let width = lebar(data, kolom.len());
    kolom.resize(width, Kolom::Abaikan);
    lanjut_triwulan(&judul, &mut kolom, Kolom::Abaikan, |k, q| match k {
        Kolom::RealisasiTw(_) => Some(Kolom::RealisasiTw(q)),
        Kolom::TargetTw(_) => Some(Kolom::TargetTw(q)),
        Kolom::TargetTwSd(_) => Some(Kolom::TargetTwSd(q)),
        _ => None,
    });
    // the report year is the header's ("Realisasi 2019"); roles a person chose hold that column
    // already settled (Realisasi), and the year's target is still read from its yearly column
    let tahun_judul = pilihan.and_then(|_| selesaikan_peran(kolom.clone()).1);
    if let Some(p) = pilihan {
        for (j, k) in p.iter().enumerate().take(width) {
            kolom[j] = *k;
        }
    }
    let (mut kolom, tahun) = selesaikan_peran(kolom);
    let tahun = tahun.or(tahun_judul);
    kolom_penomor(&mut kolom, data);
    Peran {
        realisasi_sd: realisasi_sd(&judul, &kolom),
        judul,
        kolom,
        tahun,
        dikenali: blok.is_some(),
    }
}

/// A realisasi quarter's heading says it is to date (`Realisasi s.d. TW II`).
pub fn realisasi_sd(judul: &[String], kolom: &[Kolom]) -> bool {
    (0..kolom.len()).any(|j| {
        matches!(kolom[j], Kolom::RealisasiTw(_))
            && judul
                .get(j)
                .is_some_and(|h| sampai_dengan(&h.to_ascii_lowercase()))
    })
}

/// Two target columns (`Target PK Awal | Target PK Perubahan`, `Target Renja | Target PK`):
/// the capaian is against the revised target when one is named so, else the Perjanjian
/// Kinerja's (the LKjIP's target), else the first; the other is left out, and a note says
/// which was used (as the budget reader does for its two budgets).
pub fn pilih_target_perubahan(peran: &mut Peran) -> Option<Pesan> {
    let judul = |j: usize| peran.judul.get(j).map_or("", |h| h.as_str());
    let mut dipakai = peran.kolom.iter().position(|k| *k == Kolom::Target)?;
    let mut lain = (0..peran.kolom.len())
        .find(|&j| peran.kolom[j] == Kolom::Abaikan && peran_judul(judul(j)) == Kolom::Target)?;
    let pk = |h: &str| {
        h.split(|c: char| !c.is_ascii_alphanumeric())
            .any(|w| w.eq_ignore_ascii_case("pk"))
            || memuat(h, "perjanjian")
    };
    let lebih_baik = |a: &str, b: &str| {
        let (pa, pb) = (judul_perubahan(a), judul_perubahan(b));
        pa && !pb || pa == pb && pk(a) && !pk(b)
    };
    if lebih_baik(judul(lain), judul(dipakai)) {
        peran.kolom.swap(dipakai, lain);
        std::mem::swap(&mut dipakai, &mut lain);
    }
    let judul = |j: usize| peran.judul.get(j).map_or("", |h| h.as_str());
    Some(Pesan::info(
        0,
        "",
        "",
        format!(
            "Ada dua kolom target: capaian dihitung terhadap \"{}\"; \"{}\" tidak dihitung.",
            judul(dipakai),
            judul(lain)
        ),
    ))
}

/// A table without a Sasaran column whose indikator belong to programs or kegiatan (a
/// program outcome table: `Program | Indikator Kinerja Program | ...`): that column groups
/// them as the sasaran would, and a note says so. They were one group named "Sasaran".
pub fn kelompok_tanpa_sasaran(peran: &mut Peran) -> Option<Pesan> {
    if peran.kolom.contains(&Kolom::Sasaran) {
        return None;
    }
    // a level's heading, as the budget reader knows them (`Program`, `Nama Kegiatan`), a
    // tujuan, or a program-or-kegiatan column
    let kelompok = |h: &str| {
        tingkat_judul(h).is_some()
            || ["tujuan", "program/kegiatan", "program / kegiatan"]
                .iter()
                .any(|k| h.trim().eq_ignore_ascii_case(k))
    };
    let j = (0..peran.kolom.len()).find(|&j| {
        peran.kolom[j] == Kolom::Abaikan && peran.judul.get(j).is_some_and(|h| kelompok(h))
    })?;
    peran.kolom[j] = Kolom::Sasaran;
    Some(Pesan::info(
        0,
        "",
        "",
        format!(
            "Tidak ada kolom Sasaran: indikator dikelompokkan menurut kolom \"{}\".",
            peran.judul[j].trim()
        ),
    ))
}

/// An enumerator column under a merged header (seed 001: "INDIKATOR KINERJA" spans `a`, `b`,
/// `c` and the names): when the Indikator column holds only enumerators and the next column
/// has no role, the names are in the next column.
pub fn kolom_penomor(kolom: &mut [Kolom], data: &[&Baris]) {
    let Some(j) = kolom.iter().position(|k| *k == Kolom::Indikator) else {
        return;
    };
    let cells: Vec<&str> = data
        .iter()
        .map(|b| b.sel(j))
        .filter(|c| !c.trim().is_empty())
        .collect();
    if j + 1 < kolom.len()
        && !cells.is_empty()
        && cells.iter().all(|c| penomor(c))
        && kolom[j + 1] == Kolom::Abaikan
    {
        kolom[j] = Kolom::No;
        kolom[j + 1] = Kolom::Indikator;
    }
}

/// What the cells of one column look like, for the guess.
#[derive(Clone, Copy)]
struct Ciri {
    angka: bool,
    panjang_rata: usize,
    penomor: bool,
    kosong: bool,
}

fn ciri(rows: &[Baris], j: usize) -> Ciri {
    let cells: Vec<&str> = rows
        .iter()
        .map(|b| b.sel(j).trim())
        .filter(|c| !c.is_empty())
        .collect();
    let numeric = cells
        .iter()
        .filter(|c| !matches!(baca_target(c, Konvensi::IdId, &mut None).0, Nilai::Galat(_)))
        .count();
    Ciri {
        angka: numeric * 2 > cells.len(),
        panjang_rata: cells.iter().map(|c| c.chars().count()).sum::<usize>() / cells.len().max(1),
        penomor: cells.iter().all(|c| penomor(c)),
        kosong: cells.is_empty(),
    }
}

/// Guess roles for a table without a header, from its cells: text columns become sasaran and
/// indikator, a short text column satuan, the first numeric columns target, realisasi and a
/// stated capaian.
pub fn tebak_kolom(rows: &[Baris]) -> Vec<Kolom> {
    let width = rows.iter().map(|b| b.sel.len()).max().unwrap_or(0);
    let kinds: Vec<Ciri> = (0..width).map(|j| ciri(rows, j)).collect();
    let teks = |j: &usize| {
        let c = kinds[*j];
        !c.angka && !c.penomor && !c.kosong
    };
    let mut text_cols: Vec<usize> = (0..width)
        .filter(|j| teks(j) && kinds[*j].panjang_rata > 12)
        .collect();
    // only short names (`IKM 80 82,5`, a quick check): the first text column is the indikator
    if text_cols.is_empty() {
        text_cols.extend((0..width).find(teks));
    }
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
        let c = kinds[j];
        if c.kosong || kolom[j] != Kolom::Abaikan {
            continue;
        }
        if c.penomor && j == 0 {
            kolom[j] = Kolom::No;
        } else if c.angka && last_text.is_some_and(|t| j > t) {
            if let Some(r) = numeric_roles.next() {
                kolom[j] = r;
            }
        } else if !c.angka && c.panjang_rata <= 12 && last_text.is_some_and(|t| j == t + 1) {
            kolom[j] = Kolom::Satuan;
        }
    }
    kolom
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::teks::tabel::pisah_tabel;

    #[test]
    fn an_enumerator_column_under_a_merged_header() {
        // seed 001: the Indikator header stands over `a` `b` `c`, the names are beside them
        let (_, rows) =
            pisah_tabel("x\ta\tIndeks Kepuasan Masyarakat\nx\tb\tPersentase Pelaksanaan Tugas");
        let data: Vec<&Baris> = rows.iter().collect();
        let mut kolom = vec![Kolom::Sasaran, Kolom::Indikator, Kolom::Abaikan];
        kolom_penomor(&mut kolom, &data);
        assert_eq!(kolom, vec![Kolom::Sasaran, Kolom::No, Kolom::Indikator]);
    }

    #[test]
    fn a_choice_replaces_the_guess_column_by_column() {
        // the guess itself is tested with the whole reader (baca/mod.rs)
        let (_, rows) = pisah_tabel(
            "Meningkatnya kepuasan masyarakat\tIndeks Kepuasan Masyarakat\t%\t80,25\t81,14",
        );
        let data: Vec<&Baris> = rows.iter().collect();
        assert_eq!(
            tentukan_peran(&rows, None, &data, None).letak().target,
            Some(3)
        );
        let pilihan = [
            Kolom::Sasaran,
            Kolom::Indikator,
            Kolom::Satuan,
            Kolom::Realisasi,
            Kolom::Target,
        ];
        let p = tentukan_peran(&rows, None, &data, Some(&pilihan));
        assert!(!p.dikenali);
        assert_eq!((p.letak().target, p.letak().realisasi), (Some(4), Some(3)));
    }

    #[test]
    fn the_report_years_target_column_is_the_target() {
        let (_, rows) =
            pisah_tabel("Indikator\tTarget 2021\tTarget 2022\tRealisasi 2022\nIKM\t80\t82\t83");
        let data: Vec<&Baris> = rows[1..].iter().collect();
        let p = tentukan_peran(&rows, Some((0, 1)), &data, None);
        assert_eq!(p.tahun, Some(2022));
        assert_eq!(p.letak().target, Some(2));
    }

    #[test]
    fn roles_a_person_chose_keep_the_headers_report_year() {
        let (_, rows) = pisah_tabel(
            "Indikator\tSatuan\tTarget 2021\tTarget 2022\tRealisasi 2022\nIKM\t%\t80\t82\t83",
        );
        let data: Vec<&Baris> = rows[1..].iter().collect();
        let p = tentukan_peran(&rows, Some((0, 1)), &data, None);
        // the unit column made "abaikan": every other role as the table had it
        let mut pilihan = p.kolom.clone();
        pilihan[1] = Kolom::Abaikan;
        let p = tentukan_peran(&rows, Some((0, 1)), &data, Some(&pilihan));
        assert_eq!(p.kolom, pilihan);
        assert_eq!(p.tahun, Some(2022));
        assert_eq!(p.letak().target, Some(3));
    }
}
