//! IKM, Indeks Kepuasan Masyarakat (PermenPANRB 14/2017): NRR per unsur (1 to 4), NRR
//! tertimbang = NRR x weight, IKM = sum x 25, and its mutu grade. Input is either the nine
//! NRR (seed 000 table 3.6) or raw answers, one respondent a row with nine answers.

use crate::core::aritmetika::{jumlah_batas, kali_batas, tambah_batas};
use crate::core::peta::PetaCepat;
use crate::core::teks::angka::{baca_angka, IsiAngka, Konvensi};
use crate::core::teks::kata::memuat;
use crate::core::teks::kotak::{salah_kotak, Kotak};
use crate::core::teks::pesan::Pesan;
use crate::core::teks::spasi_tunggal::baris_nomor;
use crate::core::teks::tabel::{baris_nomor_kolom, Baris};
use crate::core::teks::tampil::{apa_adanya, bulat, id_desimal};
use crate::core::teks::tempelan::baca_tempelan_untuk;
use rust_decimal::Decimal;
use std::ops::Range;

/// The nine unsur, in order.
pub const UNSUR: [&str; 9] = [
    "Persyaratan",
    "Sistem, Mekanisme dan Prosedur",
    "Waktu Penyelesaian",
    "Biaya/Tarif",
    "Produk Spesifikasi Jenis Pelayanan",
    "Kompetensi Pelaksana",
    "Perilaku Pelaksana",
    "Penanganan Pengaduan, Saran dan Masukan",
    "Sarana dan Prasarana",
];

/// How the input was read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BentukIkm {
    /// Nine NRR values, one per unsur.
    Nrr,
    /// Raw answers: one respondent a row.
    Jawaban { responden: usize },
}

/// The IKM of one input.
#[derive(Clone, Debug, PartialEq)]
pub struct HasilIkm {
    pub bentuk: BentukIkm,
    /// Unsur name (as pasted when given) and its NRR.
    pub nrr: Vec<(String, Decimal)>,
    pub bobot: Decimal,
    /// IKM unrounded.
    pub ikm: Decimal,
    pub rumus: String,
    /// An IKM the table states itself (seed 000: 81.14), for the audit.
    pub ikm_laporan: Option<Decimal>,
}

impl HasilIkm {
    /// NRR x weight per unsur.
    pub fn tertimbang(&self) -> Vec<Decimal> {
        self.nrr
            .iter()
            .map(|(_, n)| kali_batas(*n, self.bobot))
            .collect()
    }
}

/// Mutu pelayanan of an IKM (rounded to 2 decimals): grade and label. Nine unsur of at most
/// 4 make at most 100; more comes only from more unsur than the weight is for (300 pasted NRR
/// made 2.913,75), which is no grade at all.
pub fn mutu(ikm: Decimal) -> (&'static str, &'static str) {
    let v = bulat(ikm, 2);
    if v > Decimal::ONE_HUNDRED {
        (
            "-",
            "di atas skala: IKM lebih dari 100, periksa jumlah unsur dan bobot",
        )
    } else if v >= Decimal::new(8831, 2) {
        ("A", "Sangat Baik")
    } else if v >= Decimal::new(7661, 2) {
        ("B", "Baik")
    } else if v >= Decimal::new(6500, 2) {
        ("C", "Kurang Baik")
    } else if v >= Decimal::new(2500, 2) {
        ("D", "Tidak Baik")
    } else {
        ("-", "di bawah skala (IKM kurang dari 25)")
    }
}

/// A row with numbers: its line, (column, value) pairs, and its text (an unsur name).
type BarisNilai<'a> = (usize, &'a [(usize, Decimal)], String);

/// Read and compute an IKM input with weight `bobot` (see `BobotIkm`): the rows with numbers,
/// then either raw answers (every row nine answers or more) or nine NRR. Cell problems are
/// messages; `None` when nothing could be computed.
pub fn hitung_ikm(teks: &str, bobot: Decimal) -> (Option<HasilIkm>, Vec<Pesan>) {
    let (_, rows, mut pesan) = baca_tempelan_untuk(teks, Some(Kotak::Ikm));
    let (baris_nilai, semua_nilai, kolom_nrr, huruf, bukan_jawaban) = baca_baris(&rows);
    let nilai_baris: Vec<BarisNilai> = baris_nilai
        .into_iter()
        .map(|(baris, n, text)| (baris, &semua_nilai[n], text))
        .collect();
    if huruf {
        pesan.push(Pesan::info(
            0,
            "",
            "",
            "Jawaban a, b, c, d dibaca sebagai nilai 1, 2, 3, 4 (kuesioner PermenPANRB 14/2017)."
                .into(),
        ));
    }
    // the processing sheet's summary rows under the answers (Jumlah, NRR, NRR tertimbang, IKM)
    let (ringkasan, responden): (Vec<&BarisNilai>, Vec<&BarisNilai>) =
        nilai_baris.iter().partition(|(_, _, teks)| ringkasan(teks));
    let jawaban = responden.iter().filter(|(_, n, _)| n.len() >= 9).count();
    let hasil = if jawaban > 1 && jawaban == responden.len() {
        dari_jawaban(&responden, &bukan_jawaban, bobot, &mut pesan).map(|mut h| {
            h.ikm_laporan = ikm_tertulis(&ringkasan);
            h
        })
    } else if let Some((baris, n, teks)) = nrr_melintang(&nilai_baris).filter(|_| jawaban <= 1) {
        pesan.push(Pesan::info(
            *baris,
            "",
            "",
            format!(
                "NRR dibaca mendatar dari baris \"{}\": sembilan nilai, unsur 1 sampai 9 berurutan (PermenPANRB 14/2017).",
                if teks.is_empty() { "tanpa nama" } else { teks }
            ),
        ));
        let nrr = UNSUR
            .iter()
            .zip(&n[n.len() - 9..])
            .map(|(u, (_, v))| (u.to_string(), *v))
            .collect();
        Some(selesai(
            BentukIkm::Nrr,
            nrr,
            bobot,
            ikm_tertulis(&ringkasan),
        ))
    } else {
        dari_nrr(&nilai_baris, kolom_nrr, bobot, &mut pesan)
    };
    if let Some(m) = salah_kotak(
        &rows,
        Kotak::Ikm,
        &[Kotak::Indikator, Kotak::Anggaran, Kotak::Perkembangan],
    ) {
        pesan.insert(0, m);
    }
    if hasil.is_none() && pesan.is_empty() && !teks.trim().is_empty() {
        pesan.push(Pesan::info(
            0,
            "",
            "",
            "Belum ada IKM: tidak terbaca NRR (1 sampai 4) per unsur atau jawaban responden. Tempel tabel NRR, satu unsur sebaris atau sembilan NRR dalam satu baris, atau jawaban, satu responden sebaris dengan sembilan jawaban.".into(),
        ));
    }
    (hasil, pesan)
}

/// Nine NRR across one row, the unsur as columns (`Unsur | U1 ... U9` over `NRR per unsur |
/// 3,00 ...`, a processing sheet's NRR row copied without the answers above it): the one row
/// named as a mean (or not named) whose last nine numbers are each 1 to 4.
fn nrr_melintang<'a, 'n>(rows: &'a [BarisNilai<'n>]) -> Option<&'a BarisNilai<'n>> {
    let mut cocok = rows.iter().filter(|(_, n, teks)| {
        n.len() >= 9
            && (teks.is_empty() || memuat(teks, "nrr") || memuat(teks, "rata"))
            && !memuat(teks, "tertimbang")
            && n[n.len() - 9..]
                .iter()
                .all(|(_, v)| *v >= Decimal::ONE && *v <= Decimal::from(4))
    });
    let satu = cocok.next();
    satu.filter(|_| cocok.next().is_none())
}

/// A summary row under the answers of a processing sheet (`Jumlah Nilai/Unsur`, `NRR/Unsur`,
/// `NRR tertimbang`, `IKM Unit Pelayanan`), or a column of each respondent's own sum or mean
/// (`Jumlah`, `Rata-rata`): its first word says so. Only the first word, and whole: a
/// respondent named Ikmal or Pratama is a respondent.
fn ringkasan(teks: &str) -> bool {
    let pertama = teks
        .trim_start()
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
        .next()
        .unwrap_or("");
    [
        "jumlah",
        "total",
        "nrr",
        "ikm",
        "rata-rata",
        "indeks",
        "nilai",
    ]
    .iter()
    .any(|k| pertama.eq_ignore_ascii_case(k))
}

/// The IKM a summary row states (`IKM Unit Pelayanan 79,09`), kept for the audit.
fn ikm_tertulis(ringkasan: &[&BarisNilai]) -> Option<Decimal> {
    ringkasan
        .iter()
        .filter(|(_, n, teks)| n.len() == 1 && (memuat(teks, "ikm") || memuat(teks, "indeks")))
        .find_map(|(_, n, _)| nilai_ikm(n))
}

/// The first number of a row that can be an IKM a table states (over 25, up to 100).
fn nilai_ikm(n: &[(usize, Decimal)]) -> Option<Decimal> {
    n.iter()
        .map(|(_, v)| *v)
        .find(|v| *v > Decimal::from(25) && *v <= Decimal::ONE_HUNDRED)
}

/// A header row: it names an unsur, NRR, mean, sum or respondent column and holds no number.
fn judul_ikm(b: &Baris) -> bool {
    b.terisi() >= 2
        && b.sel.iter().any(|c| {
            // a respondent's row is numbers: the words are looked for only in cells of letters
            c.bytes().any(|x| x.is_ascii_alphabetic())
                && ["unsur", "nrr", "rata-rata", "responden", "jumlah", "total"]
                    .iter()
                    .any(|k| memuat(c, k))
        })
        && b.sel
            .iter()
            .all(|c| !matches!(baca_angka(c, Konvensi::EnUs), IsiAngka::Angka(_)))
}

/// A questionnaire answer written as its letter: `a` to `d` are 1 to 4.
fn jawaban_huruf(c: &str) -> Option<u8> {
    // most cells are digits: a letter answer is one byte, perhaps with a dot and spaces
    if c.len() > 4 || c.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    match c.trim().trim_end_matches('.').as_bytes() {
        [h] => match h.to_ascii_lowercase() {
            b'a' => Some(1),
            b'b' => Some(2),
            b'c' => Some(3),
            b'd' => Some(4),
            _ => None,
        },
        _ => None,
    }
}

/// What [`baca_baris`] finds: the rows with numbers (each with where its numbers are in the
/// second, one vector for all rows), the column a header names as the NRR, whether answers were
/// letters, and the columns a header names as a respondent's own sum or mean (`Jumlah`,
/// `Rata-rata`), which are no answers.
type Bacaan = (
    Vec<(usize, Range<usize>, String)>,
    Vec<(usize, Decimal)>,
    Option<usize>,
    bool,
    Vec<usize>,
);

/// The rows with numbers, the column a header names as the NRR ("rata-rata unsur", "NRR"),
/// whether answers were letters, and the columns that are no answers. A row of nine letters or
/// more is a respondent's answers in letters; a lone `a.` elsewhere is a numbering, left as text.
fn baca_baris(rows: &[Baris]) -> Bacaan {
    let mut nilai_baris = Vec::with_capacity(rows.len());
    // all rows' numbers in one vector: a vector a row was 100.000 allocations, and as many
    // frees (8 ms of 100.000 raw answers, where 10.000 took 0,3). Grown as it fills: sized to
    // every cell, a paste of empty cells would hold room for millions of numbers it never reads
    let mut nums = Vec::new();
    let mut kolom_nrr = None;
    let mut ada_huruf = false;
    let mut bukan_jawaban = Vec::new();
    // a table typed with spaces has one cell a line; under a header of cells, such a line is
    // the report's text (`Tabel 3.2` was an unsur of NRR 3,2)
    // (looked for at the first such line: 100.000 answers have none)
    let ketikan = std::cell::OnceCell::new();
    let ketikan = || *ketikan.get_or_init(|| !rows.iter().any(|b| b.terisi() >= 2 && judul_ikm(b)));
    // the column numbers, typed or copied from a PDF on one line too (`1 2 3 4 5`: they were
    // an unsur of NRR 2)
    let nomor = |b: &&Baris| baris_nomor_kolom(b) || b.sel.len() == 1 && baris_nomor(b).is_some();
    for b in rows.iter().filter(|b| !nomor(b)) {
        // keywords are matched in place, ignoring ASCII case: a lowercased copy of every cell
        // of every respondent's row was a third of the time of 100.000 raw answers
        if judul_ikm(b) {
            if let Some(c) = b
                .sel
                .iter()
                .position(|c| (memuat(c, "rata") || memuat(c, "nrr")) && !memuat(c, "tertimbang"))
            {
                kolom_nrr = Some(c);
            }
            bukan_jawaban = (0..b.sel.len()).filter(|j| ringkasan(&b.sel[*j])).collect();
            continue;
        }
        let awal = nums.len();
        let mut text = String::new();
        let huruf = b
            .sel
            .iter()
            .filter(|c| jawaban_huruf(c).is_some())
            .nth(8)
            .is_some();
        ada_huruf |= huruf;
        // in a table a name may end in a number (`Unsur 12`); only a line of one cell is typed
        let diketik = b.terisi() == 1 && ketikan();
        for (j, c) in b.sel.iter().enumerate() {
            if huruf {
                if let Some(v) = jawaban_huruf(c) {
                    nums.push((j, Decimal::from(v)));
                    continue;
                }
            }
            // IKM tables mix 3.04 and 3,04; a lone separator with 1-2 digits is a decimal mark
            let k = if c.contains(',') {
                Konvensi::IdId
            } else {
                Konvensi::EnUs
            };
            // a typed line of words is its name and the numbers that end it, never a number
            // with a unit (`1 Persyaratan 3 0,33` was 1, and the NRR 3 was left out)
            let kalimat = diketik && c.trim().contains(' ');
            let dibaca = if kalimat {
                IsiAngka::Galat(String::new())
            } else {
                baca_angka(c, k)
            };
            match dibaca {
                IsiAngka::Angka(a) => nums.push((j, a.nilai)),
                IsiAngka::Kosong => {}
                IsiAngka::Galat(_) => {
                    let nama = if diketik {
                        // a line typed with spaces (`3 3,04 3 ...`, `Persyaratan 3`) is one
                        // cell: the numbers that end it are values, the words before its name
                        let (nama, nilai) = nama_dan_nilai(c, k);
                        // a title's year (`... tahun 2019`) is no value
                        let tahun = |v: &Decimal| {
                            v.trunc() == *v
                                && (Decimal::from(1900)..=Decimal::from(2100)).contains(v)
                        };
                        if !nilai.iter().all(tahun) {
                            nums.extend(nilai.into_iter().map(|v| (j, v)));
                        }
                        nama
                    } else {
                        c.trim().to_string()
                    };
                    if !nama.is_empty() {
                        if !text.is_empty() {
                            text.push(' ');
                        }
                        text.push_str(&nama);
                    }
                }
            }
        }
        if nums.len() > awal {
            nilai_baris.push((b.nomor_baris, awal..nums.len(), text));
        } else if diketik
            && !nilai_baris.is_empty()
            && b.pertama()
                .starts_with(|c: char| c.is_alphabetic() && !c.is_lowercase())
        {
            // a typed or PDF table's end: the report's text under it (a name wrapped onto the
            // next line starts in lower case). Seed 000's section went on to `Sasaran 2`, an
            // unsur of NRR 2
            break;
        }
    }
    (nilai_baris, nums, kolom_nrr, ada_huruf, bukan_jawaban)
}

/// A typed cell's name and the numbers that end it (a number inside the name, `Unsur 2
/// Persyaratan`, stays in it).
fn nama_dan_nilai(c: &str, k: Konvensi) -> (String, Vec<Decimal>) {
    let kata: Vec<&str> = c.split_whitespace().collect();
    let mut nilai: Vec<Decimal> = kata
        .iter()
        .rev()
        .map_while(|w| match baca_angka(w, k) {
            IsiAngka::Angka(a) => Some(a.nilai),
            _ => None,
        })
        .collect();
    nilai.reverse();
    let mut nama = &kata[..kata.len() - nilai.len()];
    // its number in the table (`1 Persyaratan`, a PDF's copy of the No column)
    if nama.len() > 1
        && nama[0]
            .trim_end_matches('.')
            .bytes()
            .all(|c| c.is_ascii_digit())
    {
        nama = &nama[1..];
    }
    (nama.join(" "), nilai)
}

/// Raw answers: one respondent a row, its last nine numbers the answers (1 to 4), leaving out
/// the columns a header names as the respondent's sum or mean; a row with another answer is
/// left out with a message. NRR = mean answer per unsur.
fn dari_jawaban(
    rows: &[&BarisNilai],
    bukan_jawaban: &[usize],
    bobot: Decimal,
    pesan: &mut Vec<Pesan>,
) -> Option<HasilIkm> {
    let mut sums = [Decimal::ZERO; 9];
    let mut count = 0usize;
    let mut saring = Vec::new();
    for (baris, semua, _) in rows {
        let mut n: &[(usize, Decimal)] = semua;
        if !bukan_jawaban.is_empty() {
            saring.clear();
            saring.extend(semua.iter().filter(|(j, _)| !bukan_jawaban.contains(j)));
            // fewer than nine left: the header did not describe these rows
            if saring.len() >= 9 {
                n = &saring;
            }
        }
        let last9 = n[n.len().saturating_sub(9)..].iter().map(|(_, v)| v);
        if let Some(bad) = last9
            .clone()
            .find(|v| **v < Decimal::ONE || **v > Decimal::from(4) || v.trunc() != **v)
        {
            pesan.push(Pesan::galat_sel(
                *baris,
                "jawaban",
                &apa_adanya(*bad),
                "jawaban harus 1, 2, 3 atau 4; responden ini dilewati".into(),
            ));
            continue;
        }
        for (s, v) in sums.iter_mut().zip(last9) {
            *s = tambah_batas(*s, *v);
        }
        count += 1;
    }
    if count == 0 {
        return None;
    }
    let nrr = UNSUR
        .iter()
        .zip(sums)
        .map(|(u, s)| (u.to_string(), s / Decimal::from(count)))
        .collect();
    Some(selesai(
        BentukIkm::Jawaban { responden: count },
        nrr,
        bobot,
        None,
    ))
}

/// NRR per unsur: one value a row, from the NRR column or the first number in 1..4; an IKM the
/// table states (25 to 100, seed 000: 81.14) is kept for the audit.
fn dari_nrr(
    rows: &[BarisNilai],
    kolom_nrr: Option<usize>,
    bobot: Decimal,
    pesan: &mut Vec<Pesan>,
) -> Option<HasilIkm> {
    let mut nrr = Vec::new();
    let mut ikm_laporan = None;
    // unsur already read, by name: the same name and NRR again is the table pasted twice
    let mut terbaca: PetaCepat<&str, usize> = PetaCepat::default();
    let mut lagi: Option<(usize, usize)> = None;
    for (baris, n, text) in rows {
        let pick = kolom_nrr
            .and_then(|c| n.iter().find(|(j, _)| *j == c))
            .or_else(|| {
                n.iter().find(|(_, v)| {
                    *v >= Decimal::ONE && *v <= Decimal::from(4) && v.trunc() != *v
                        || (*v > Decimal::ONE && *v <= Decimal::from(4))
                })
            });
        if let Some(v) = nilai_ikm(n) {
            ikm_laporan.get_or_insert(v);
        }
        // the table's own Jumlah / NRR tertimbang / Nilai IKM rows under the unsur: a sum of
        // weighted NRR (3,241) read as a tenth unsur gave 90,02 for 81,03
        if ringkasan(text) {
            continue;
        }
        match pick {
            Some((_, v))
                if terbaca
                    .get(text.as_str())
                    .and_then(|&i| nrr.get(i))
                    .is_some_and(|(_, w)| w == v) =>
            {
                lagi.get_or_insert((*baris, 0)).1 += 1;
            }
            Some((_, v)) => {
                let nama = if text.is_empty() {
                    UNSUR.get(nrr.len()).unwrap_or(&"Unsur").to_string()
                } else {
                    text.clone()
                };
                if !text.is_empty() {
                    terbaca.insert(text, nrr.len());
                }
                nrr.push((nama, *v));
            }
            None => pesan.push(Pesan::galat_sel(
                *baris,
                "NRR",
                "",
                "tidak ada nilai 1 sampai 4 di baris ini".into(),
            )),
        }
    }
    if let Some((baris, n)) = lagi {
        let m = format!("{n} unsur tertulis lagi dengan NRR yang sama (tabel ditempel dua kali?): dibaca sekali.");
        pesan.push(Pesan::info(baris, "", "", m));
    }
    if nrr.is_empty() {
        return None;
    }
    if nrr.len() != 9 {
        pesan.push(Pesan::info(
            0,
            "",
            "",
            format!(
                "{} unsur terbaca; IKM PermenPANRB 14/2017 memakai 9 unsur.",
                nrr.len()
            ),
        ));
    }
    Some(selesai(BentukIkm::Nrr, nrr, bobot, ikm_laporan))
}

fn selesai(
    bentuk: BentukIkm,
    nrr: Vec<(String, Decimal)>,
    bobot: Decimal,
    ikm_laporan: Option<Decimal>,
) -> HasilIkm {
    let sum = jumlah_batas(nrr.iter().map(|(_, n)| kali_batas(*n, bobot)));
    let ikm = kali_batas(sum, Decimal::from(25));
    let bobot_teks = if bobot == Decimal::ONE / Decimal::from(9) {
        "1/9".to_string()
    } else {
        apa_adanya(bobot)
    };
    let rumus = format!(
        "IKM = (jumlah NRR {} x {bobot_teks}) x 25 = {}",
        apa_adanya(bulat(jumlah_batas(nrr.iter().map(|(_, n)| *n)), 4)),
        id_desimal(ikm, 2)
    );
    HasilIkm {
        bentuk,
        nrr,
        bobot,
        ikm,
        rumus,
        ikm_laporan,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::kebijakan::BobotIkm;

    const SEED_000_3_6: &str = "No\tUnsur\tNilai rata-rata unsur\tNilai rata-rata tertimbang\tIKM
1\t2\t3\t4\t5
1\tPersyaratan\t3\t0.33\t81.14
2\tSistem, mekanisme dan prosedur\t3.04\t0.34\t
3\tWaktu penyelesaian\t3\t0.33\t
4\tBiaya\t3.92\t0.44\t
5\tKesesuaian jenis pelayanan\t3.12\t0.35\t
6\tKompetensi petugas\t3.04\t0.34\t
7\tSikap/ perilaku petugas\t3.12\t0.35\t
8\tPenanganan pengaduan, saran dan masukan\t3.12\t0.35\t
9\tSarana dan Prasarana yang dimiliki\t3.88\t0.43\t";

    #[test]
    fn seed_000_table_3_6_with_each_weight() {
        let cases = [
            (BobotIkm::Seperseribu111, "81,14"),
            (BobotIkm::SatuPerSembilan, "81,22"),
            (BobotIkm::Seperseratus11, "80,41"),
        ];
        for (w, want) in cases {
            let (h, pesan) = hitung_ikm(SEED_000_3_6, w.nilai());
            let h = h.expect("computed");
            assert!(pesan.is_empty(), "{pesan:?}");
            assert_eq!(h.nrr.len(), 9);
            assert_eq!(h.nrr[3], ("Biaya".to_string(), Decimal::new(392, 2)));
            assert_eq!(id_desimal(bulat(h.ikm, 2), 2), want, "{:?}", w);
            assert_eq!(mutu(h.ikm), ("B", "Baik"));
            assert_eq!(h.ikm_laporan, Some(Decimal::new(8114, 2)));
        }
    }

    /// An NRR table with its own Jumlah and Nilai IKM rows under the nine unsur: those rows
    /// are the table's sums, not a tenth unsur (the sum of weighted NRR 3,241 made 90,02 of
    /// 81,03), and the stated IKM is kept for the audit.
    #[test]
    fn summary_rows_under_the_nrr_are_not_unsur() {
        let teks = "No\tUnsur Pelayanan\tNilai Rata-rata (NRR)\tNRR Tertimbang\n\
            1\tPersyaratan\t3,25\t0,361\n2\tProsedur\t3,10\t0,344\n3\tWaktu Pelayanan\t3,05\t0,339\n\
            4\tBiaya/Tarif\t3,80\t0,422\n5\tProduk Layanan\t3,20\t0,355\n6\tKompetensi Pelaksana\t3,30\t0,366\n\
            7\tPerilaku Pelaksana\t3,40\t0,377\n8\tPenanganan Pengaduan\t2,95\t0,327\n9\tSarana dan Prasarana\t3,15\t0,350\n\
            \tJumlah\t\t3,241\n\tNilai IKM (x 25)\t\t81,03";
        let (h, pesan) = hitung_ikm(teks, BobotIkm::Seperseribu111.nilai());
        let h = h.expect("computed");
        assert_eq!(h.nrr.len(), 9, "{pesan:?}");
        assert!(pesan.is_empty(), "{pesan:?}");
        assert_eq!(id_desimal(bulat(h.ikm, 2), 2), "81,03");
        assert_eq!(h.ikm_laporan, Some(Decimal::new(8103, 2)));
    }

    /// The nine NRR across one row, the unsur as columns (`Unsur | U1 ... U9` over `NRR per
    /// unsur | 3,00 ...`, a processing sheet's NRR row copied without its answers). The row
    /// is named as a summary, so it was left out, and nothing was computed or said.
    #[test]
    fn nine_nrr_across_one_row() {
        for teks in [
            "Unsur\tU1\tU2\tU3\tU4\tU5\tU6\tU7\tU8\tU9\n\
             NRR per unsur\t3,00\t3,04\t3,00\t3,92\t3,12\t3,04\t3,12\t3,12\t3,88",
            // with the weighted row and the IKM the sheet states under it
            "\tU1\tU2\tU3\tU4\tU5\tU6\tU7\tU8\tU9\n\
             Nilai rata-rata\t3\t3.04\t3\t3.92\t3.12\t3.04\t3.12\t3.12\t3.88\n\
             NRR tertimbang\t0.333\t0.337\t0.333\t0.435\t0.346\t0.337\t0.346\t0.346\t0.431\n\
             IKM\t81.14",
        ] {
            let (h, pesan) = hitung_ikm(teks, BobotIkm::Seperseribu111.nilai());
            let h = h.expect("computed");
            assert_eq!(h.bentuk, BentukIkm::Nrr);
            assert_eq!(h.nrr.len(), 9);
            assert_eq!(h.nrr[3], ("Biaya/Tarif".to_string(), Decimal::new(392, 2)));
            assert_eq!(id_desimal(bulat(h.ikm, 2), 2), "81,14", "{teks}");
            assert!(
                pesan.iter().any(|p| p.pesan.contains("mendatar")),
                "{pesan:?}"
            );
        }
        let (_, pesan) = hitung_ikm(
            "\tU1\tU2\nNilai rata-rata\t3\t3.04\nIKM\t81.14",
            BobotIkm::Seperseribu111.nilai(),
        );
        assert!(!pesan.is_empty(), "a paste that gives no IKM says why");
    }

    /// Typed on a phone, which has no Tab key: `, ` between cells.
    #[test]
    fn nrr_typed_with_commas() {
        let teks =
            "Unsur, NRR\nPersyaratan, 3\nProsedur, 3,04\nWaktu, 3\nBiaya, 3,92\nProduk, 3,12\n\
                    Kompetensi, 3,04\nPerilaku, 3,12\nPengaduan, 3,12\nSarana, 3,88";
        let (h, pesan) = hitung_ikm(teks, BobotIkm::Seperseribu111.nilai());
        let h = h.expect("computed");
        assert_eq!(h.nrr.len(), 9, "{pesan:?}");
        assert_eq!(h.nrr[1], ("Prosedur".to_string(), Decimal::new(304, 2)));
        assert_eq!(id_desimal(bulat(h.ikm, 2), 2), "81,14");
    }

    /// Typed with spaces, as on a phone: nine NRR on a line, or a name and its NRR a line.
    #[test]
    fn nrr_typed_with_spaces() {
        for teks in [
            "3 3,04 3 3,92 3,12 3,04 3,12 3,12 3,88",
            "Persyaratan 3\nProsedur 3,04\nWaktu 3\nBiaya 3,92\nProduk 3,12\nKompetensi 3,04\n\
             Perilaku 3,12\nPengaduan 3,12\nSarana 3,88",
        ] {
            let (h, pesan) = hitung_ikm(teks, BobotIkm::Seperseribu111.nilai());
            let h = h.unwrap_or_else(|| panic!("{teks}: {pesan:?}"));
            assert_eq!(h.nrr.len(), 9, "{pesan:?}");
            assert_eq!(h.nrr[3].1, Decimal::new(392, 2));
            assert_eq!(id_desimal(bulat(h.ikm, 2), 2), "81,14", "{teks}");
        }
        let (h, _) = hitung_ikm(
            "Persyaratan 3\nUnsur 2 Prosedur\t3,04",
            BobotIkm::Seperseribu111.nilai(),
        );
        let nrr = h.map(|h| h.nrr).unwrap_or_default();
        assert_eq!(
            nrr[1],
            ("Unsur 2 Prosedur".to_string(), Decimal::new(304, 2))
        );
        // in a table, a name that ends in a number keeps it
        let (h, _) = hitung_ikm(
            "No\tUnsur\tNRR\n1\tUnsur 1\t3,00\n2\tUnsur 12\t4,00",
            BobotIkm::Seperseribu111.nilai(),
        );
        let nama: Vec<String> = h
            .map(|h| h.nrr.into_iter().map(|x| x.0).collect())
            .unwrap_or_default();
        assert_eq!(nama, ["Unsur 1", "Unsur 12"]);
    }

    /// An indicator or a budget table in the IKM box: a note says where it belongs (each row
    /// said only "tidak ada nilai 1 sampai 4").
    #[test]
    fn another_table_in_the_ikm_box_is_named() {
        for (teks, kotak) in [
            (
                "No\tIndikator\tSatuan\tTarget\tRealisasi\n1\tIKM\t%\t80\t82",
                "kotak Indikator",
            ),
            (
                "Kode\tUraian\tAnggaran\tRealisasi\n1\tProgram A\t1.000.000\t900.000",
                "kotak Anggaran",
            ),
        ] {
            let (_, pesan) = hitung_ikm(teks, BobotIkm::Seperseribu111.nilai());
            assert!(pesan[0].pesan.contains(kotak), "{pesan:?}");
        }
        let (_, pesan) = hitung_ikm(SEED_000_3_6, BobotIkm::Seperseribu111.nilai());
        assert!(pesan.is_empty(), "{pesan:?}");
    }

    #[test]
    fn seed_000_pasted_with_its_title_and_the_prose_after_it() {
        let teks = format!("Pengukuran Indeks Kepuasan Masyarakat tahun 2019\n\n{SEED_000_3_6}\n\nDalam meningkatkan kualitas pelayanan, diprioritaskan pada unsur yang mempunyai nilai yang paling rendah.");
        let (h, _) = hitung_ikm(&teks, BobotIkm::Seperseribu111.nilai());
        let h = h.unwrap();
        assert_eq!(h.nrr.len(), 9);
        assert_eq!(h.nrr[1].1, Decimal::new(304, 2));
        assert_eq!(id_desimal(h.ikm, 2), "81,14");
    }

    /// A PDF copy's lines, one cell each: the report's text under the table ends it (seed
    /// 000's section went on to `Sasaran 2`, an unsur of NRR 2); the rest of a name wrapped
    /// onto the next line, in lower case, does not.
    #[test]
    fn a_typed_table_ends_at_the_text_under_it() {
        let teks = "No Unsur NRR\n1 Persyaratan 3,2\n2 Penanganan pengaduan, saran dan 3,1\nmasukan\n\
                    3 Biaya 3,9\nDalam meningkatkan kualitas pelayanan, diprioritaskan unsur terendah.\n\
                    Sasaran 2";
        let (h, _) = hitung_ikm(teks, BobotIkm::Seperseribu111.nilai());
        let nrr: Vec<String> = h.map_or(Vec::new(), |h| {
            h.nrr.iter().map(|(u, n)| format!("{u} {n}")).collect()
        });
        assert_eq!(
            nrr,
            [
                "Persyaratan 3.2",
                "Penanganan pengaduan, saran dan 3.1",
                "Biaya 3.9"
            ]
        );
    }

    #[test]
    fn raw_answers_in_letters_as_the_questionnaire_writes_them() {
        // the same three respondents as `raw_answers`, a-d for 1-4
        let teks = "Responden\tU1\tU2\tU3\tU4\tU5\tU6\tU7\tU8\tU9\n1\td\td\td\td\td\td\td\td\td\n2\tc\tc\tc\tc\tc\tc\tc\tc\tc\n3\tB\tD\tD\tD\tD\tD\tD\tD\tD.";
        let (h, pesan) = hitung_ikm(teks, BobotIkm::SatuPerSembilan.nilai());
        let h = h.expect("computed");
        assert_eq!(h.bentuk, BentukIkm::Jawaban { responden: 3 });
        assert_eq!(id_desimal(bulat(h.ikm, 2), 2), "89,81");
        assert!(pesan.iter().any(|p| p.pesan.contains("a, b, c, d dibaca")));
        // NRR rows numbered `a.` to `i.` keep their NRR: the letter is a numbering there
        let nrr = SEED_000_3_6
            .lines()
            .enumerate()
            .map(|(i, l)| match l.split_once('\t') {
                Some((_, rest)) if (2..=10).contains(&i) => {
                    format!("{}.\t{rest}", (b'a' + i as u8 - 2) as char)
                }
                _ => l.to_string(),
            })
            .collect::<Vec<_>>()
            .join("\n");
        let (h, _) = hitung_ikm(&nrr, BobotIkm::Seperseribu111.nilai());
        assert_eq!(
            id_desimal(bulat(h.expect("computed").ikm, 2), 2),
            "81,14",
            "{nrr}"
        );
    }

    #[test]
    fn raw_answers_beside_each_respondents_own_sum_and_mean() {
        // an Excel sheet: name, nine answers, then the respondent's Jumlah and Rata-rata
        let teks = "No\tNama\tU1\tU2\tU3\tU4\tU5\tU6\tU7\tU8\tU9\tJumlah\tRata-rata
1\tResp 1\t4\t4\t4\t4\t4\t4\t4\t4\t4\t36\t4
2\tResp 2\t3\t3\t3\t3\t3\t3\t3\t3\t3\t27\t3
3\tResp 3\t2\t4\t4\t4\t4\t4\t4\t4\t4\t34\t3,78";
        let (h, pesan) = hitung_ikm(teks, BobotIkm::SatuPerSembilan.nilai());
        assert!(pesan.is_empty(), "{pesan:?}");
        let h = h.expect("computed");
        assert_eq!(h.bentuk, BentukIkm::Jawaban { responden: 3 });
        assert_eq!(id_desimal(bulat(h.ikm, 2), 2), "89,81");
        // headed P1..P9 and Jumlah only
        let teks = teks
            .replace("\tRata-rata", "")
            .replace("\t4\n", "\n")
            .replace("\t3\n", "\n")
            .replace("\t3,78", "")
            .replace("\tU", "\tP");
        let (h, pesan) = hitung_ikm(&teks, BobotIkm::SatuPerSembilan.nilai());
        assert!(pesan.is_empty(), "{teks}\n{pesan:?}");
        assert_eq!(id_desimal(bulat(h.expect("computed").ikm, 2), 2), "89,81");
    }

    #[test]
    fn raw_answers_with_the_processing_sheets_summary_rows_under_them() {
        let teks = "1\t4\t4\t4\t4\t4\t4\t4\t4\t4\n2\t3\t3\t3\t3\t3\t3\t3\t3\t3\n3\t2\t4\t4\t4\t4\t4\t4\t4\t4
Jumlah Nilai/Unsur\t9\t11\t11\t11\t11\t11\t11\t11\t11
NRR/Unsur\t3,00\t3,67\t3,67\t3,67\t3,67\t3,67\t3,67\t3,67\t3,67
NRR tertimbang/Unsur\t0,333\t0,407\t0,407\t0,407\t0,407\t0,407\t0,407\t0,407\t0,407
IKM Unit Pelayanan\t89,81";
        let (h, pesan) = hitung_ikm(teks, BobotIkm::SatuPerSembilan.nilai());
        assert!(pesan.is_empty(), "{pesan:?}");
        let h = h.expect("computed");
        assert_eq!(h.bentuk, BentukIkm::Jawaban { responden: 3 });
        assert_eq!(id_desimal(bulat(h.ikm, 2), 2), "89,81");
        assert_eq!(h.ikm_laporan, Some(Decimal::new(8981, 2)));
        // respondents named as a summary word starts are respondents
        let teks = teks
            .replacen("1\t4", "Ikmal\t4", 1)
            .replacen("2\t3", "Pratama\t3", 1);
        let (h, _) = hitung_ikm(&teks, BobotIkm::SatuPerSembilan.nilai());
        assert_eq!(
            h.expect("computed").bentuk,
            BentukIkm::Jawaban { responden: 3 },
            "{teks}"
        );
    }

    #[test]
    fn raw_answers() {
        let teks = "1\t4\t4\t4\t4\t4\t4\t4\t4\t4\n2\t3\t3\t3\t3\t3\t3\t3\t3\t3\n3\t2\t4\t4\t4\t4\t4\t4\t4\t4";
        let (h, pesan) = hitung_ikm(teks, BobotIkm::SatuPerSembilan.nilai());
        let h = h.unwrap();
        assert!(pesan.is_empty());
        assert_eq!(h.bentuk, BentukIkm::Jawaban { responden: 3 });
        assert_eq!(h.nrr[0].1, Decimal::from(3));
        // NRR: 3 and eight of 11/3; sum 3 + 88/3 = 97/3; x 1/9 x 25 = 89,81
        assert_eq!(id_desimal(bulat(h.ikm, 2), 2), "89,81");
        assert_eq!(mutu(h.ikm), ("A", "Sangat Baik"));
        let (h, pesan) = hitung_ikm(
            "1\t5\t4\t4\t4\t4\t4\t4\t4\t4\n2\t3\t3\t3\t3\t3\t3\t3\t3\t3",
            BobotIkm::SatuPerSembilan.nilai(),
        );
        assert_eq!(h.unwrap().bentuk, BentukIkm::Jawaban { responden: 1 });
        assert!(pesan[0].pesan.contains("1, 2, 3 atau 4"));
        // an answer between two grades is not an answer; a whole one written with ",0" is
        let (h, pesan) = hitung_ikm(
            "1\t2,5\t4\t4\t4\t4\t4\t4\t4\t4\n2\t3,0\t3\t3\t3\t3\t3\t3\t3\t3\n3\t4\t4\t4\t4\t4\t4\t4\t4\t4",
            BobotIkm::SatuPerSembilan.nilai(),
        );
        let h = h.unwrap();
        assert_eq!(h.bentuk, BentukIkm::Jawaban { responden: 2 });
        assert_eq!(pesan.len(), 1, "{pesan:?}");
        assert!(pesan[0].pesan.contains("1, 2, 3 atau 4"));
        assert_eq!(h.nrr[0].1, Decimal::new(35, 1));
    }

    #[test]
    fn mutu_bounds() {
        let d = |s: &str| s.parse::<Decimal>().unwrap();
        assert_eq!(mutu(d("88.31")).0, "A");
        assert_eq!(mutu(d("88.305")).0, "A", "rounded first");
        assert_eq!(mutu(d("88.30")).0, "B");
        assert_eq!(mutu(d("76.61")).0, "B");
        assert_eq!(mutu(d("76.60")).0, "C");
        assert_eq!(mutu(d("65.00")).0, "C");
        assert_eq!(mutu(d("64.99")).0, "D");
        assert_eq!(mutu(d("25")).0, "D");
        assert_eq!(mutu(d("24.99")).0, "-");
        assert_eq!(mutu(d("100")).0, "A", "nine unsur of 4 with weight 1/9");
        assert_eq!(mutu(d("100.004")).0, "A", "rounded first");
        assert_eq!(mutu(d("100.01")).0, "-");
        assert!(mutu(d("2913.75")).1.contains("di atas skala"));
    }

    /// The NRR table pasted twice is read once: nine unsur and the IKM of pasting it once,
    /// with a message. Before, 18 unsur and an IKM of 162,28, "di atas skala". An unsur again
    /// with another NRR (another period's table) is still read, and the count says so.
    #[test]
    fn the_nrr_table_pasted_twice_is_read_once() {
        let bobot = BobotIkm::Seperseribu111.nilai();
        let (sekali, _) = hitung_ikm(SEED_000_3_6, bobot);
        let (dua, pesan) = hitung_ikm(&format!("{SEED_000_3_6}\n\n{SEED_000_3_6}"), bobot);
        let (sekali, dua) = (sekali.map(|h| (h.ikm, h.nrr)), dua.map(|h| (h.ikm, h.nrr)));
        assert!(sekali.as_ref().is_some_and(|(_, n)| n.len() == 9));
        assert_eq!(dua, sekali);
        assert!(pesan.iter().any(|p| p.pesan == "9 unsur tertulis lagi dengan NRR yang sama (tabel ditempel dua kali?): dibaca sekali."), "{pesan:?}");

        let lain = SEED_000_3_6.replacen("\tPersyaratan\t3\t", "\tPersyaratan\t3.5\t", 1);
        let (h, pesan) = hitung_ikm(&format!("{SEED_000_3_6}\n\n{lain}"), bobot);
        assert_eq!(h.map(|h| h.nrr.len()), Some(10));
        assert!(pesan
            .iter()
            .any(|p| p.pesan.starts_with("10 unsur terbaca")));
    }
}
