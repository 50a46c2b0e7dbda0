//! The budget table (program, kegiatan, sub kegiatan, anggaran, realisasi) as read: its column
//! roles and the header words that name them, and [`BarisAnggaran`] rows. Pasted `Jumlah` /
//! `Total` rows are kept apart: they are checked, never added. The reader is
//! [`crate::core::anggaran::baca`].

use crate::core::anggaran::kolom_tingkat::tingkat_judul;
use crate::core::aritmetika;
use crate::core::teks::angka::Konvensi;
use crate::core::teks::kata::{awali, memuat};
use crate::core::teks::kolom::{sub_judul, triwulan_dalam, SubJudul};
use crate::core::teks::pesan::Pesan;
use crate::core::teks::tabel::Pemisah;
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
    /// Plan of one quarter (Rencana / Anggaran kas / RPD TW I ... IV).
    RencanaTw(u8),
    /// Realisasi of one quarter.
    RealisasiTw(u8),
    /// One level's names, in a table with a column per level (`Program | Kegiatan | Sub
    /// Kegiatan`, [`crate::core::anggaran::kolom_tingkat`]).
    Tingkat(Tingkat),
    /// The sasaran the lines support (a Rencana Aksi, the LKjIP's budget per sasaran): an
    /// empty cell is the sasaran above, as merged cells copy ([`crate::core::anggaran::tautan`]).
    Sasaran,
}

impl KolomAnggaran {
    /// The role in words, for messages about a column without a header.
    pub fn label(self) -> String {
        match self {
            KolomAnggaran::Kode => "Kode",
            KolomAnggaran::Uraian => "Uraian",
            KolomAnggaran::Anggaran => "Anggaran",
            KolomAnggaran::Realisasi => "Realisasi",
            KolomAnggaran::Sisa => "Sisa",
            KolomAnggaran::Persen => "Persentase",
            KolomAnggaran::Fisik => "Fisik",
            KolomAnggaran::RencanaTw(q) => return format!("Rencana TW {}", ROMAWI[q as usize % 5]),
            KolomAnggaran::RealisasiTw(q) => {
                return format!("Realisasi TW {}", ROMAWI[q as usize % 5])
            }
            KolomAnggaran::Tingkat(l) => l.nama(),
            KolomAnggaran::Sasaran => "Sasaran",
            KolomAnggaran::Abaikan => "Kolom lain",
        }
        .to_string()
    }

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
            KolomAnggaran::RencanaTw(_) => "rencana-tw",
            KolomAnggaran::RealisasiTw(_) => "realisasi-tw",
            KolomAnggaran::Tingkat(Tingkat::Program) => "program",
            KolomAnggaran::Tingkat(Tingkat::Kegiatan) => "kegiatan",
            KolomAnggaran::Tingkat(_) => "sub-kegiatan",
            KolomAnggaran::Sasaran => "sasaran",
            KolomAnggaran::Abaikan => "lain",
        }
    }
}

/// Whether a cell could name a column: every header word has a letter, or is `%` or `#`; a
/// number or a code has none. The reader asks of every row whether it is a repeated header, so
/// this spares most cells the word search.
pub fn mungkin_judul(sel: &str) -> bool {
    sel.bytes()
        .any(|c| c.is_ascii_alphabetic() || c == b'%' || c == b'#')
}

/// The role a budget header names.
pub fn peran_judul_anggaran(judul: &str) -> KolomAnggaran {
    if !mungkin_judul(judul) {
        return KolomAnggaran::Abaikan;
    }
    let h = judul.to_ascii_lowercase();
    let h = h.trim();
    let has = |w: &str| h.contains(w);
    // an indikator's column (`Indikator Kegiatan`, `Tolok Ukur Kinerja`) beside a budget,
    // as in a Rencana Aksi, names no budget line: read as the uraian, it hid the kegiatan's
    // name behind its indikator
    if h.is_empty()
        || ["indikator", "tolok ukur", "tolak ukur"]
            .iter()
            .any(|w| awali(h, w))
    {
        KolomAnggaran::Abaikan
    } else if has("bobot") || has("deviasi") {
        // a line's weight in the whole (`Bobot (%)`) or a deviation from plan: read as the
        // written serapan, every row was a finding (tertulis 16,67, dihitung 70,00)
        KolomAnggaran::Abaikan
    } else if awali(h, "tahun") || has("perkembangan") || has("pertumbuhan") {
        // a budget by year (`Tahun Anggaran | Anggaran | Perkembangan Anggaran`): the year
        // and the growth are no amounts (the years were read as budgets of 2.017)
        KolomAnggaran::Abaikan
    } else if sub_judul(h) == Some(SubJudul::Kinerja) || has("renstra") {
        // the Evaluasi Renja's `K | Rp` under each column: K is the performance; a Renstra's
        // figures are five years', not this year's budget
        KolomAnggaran::Abaikan
    } else if awali(h, "sasaran") {
        KolomAnggaran::Sasaran
    } else if has("fisik") {
        KolomAnggaran::Fisik
    } else if let Some(q) = triwulan_dalam(h) {
        if has("realisasi") {
            KolomAnggaran::RealisasiTw(q)
        } else if ["rencana", "kas", "rpd", "penarikan", "target", "anggaran"]
            .iter()
            .any(|w| has(w))
        {
            KolomAnggaran::RencanaTw(q)
        } else {
            KolomAnggaran::Abaikan
        }
    } else if has("kinerja") && !has("keuangan") && !has("anggaran") {
        // a performance column beside the budget (`Kinerja: Target | Realisasi | %`, the
        // LKjIP's table of kinerja and keuangan): no money; read as the realisasi and the
        // serapan, it hid the budget's own
        KolomAnggaran::Abaikan
    } else if judul_selisih_perubahan(h) {
        // the change between the budget before and after (`Bertambah/(Berkurang)`, SIPD's
        // DPPA): read as the sisa and the serapan, the difference showed as what is left
        KolomAnggaran::Abaikan
    } else if has("kode") || matches!(h, "no" | "no." | "nomor" | "#") {
        KolomAnggaran::Kode
    } else if has("sisa") || has("selisih") {
        KolomAnggaran::Sisa
    } else if sub_judul(h) == Some(SubJudul::Rupiah) && !has("%") {
        // `Realisasi Capaian Kinerja dan Anggaran ... Rp`: rupiah, whatever else it names
        if has("realisasi") {
            KolomAnggaran::Realisasi
        } else {
            KolomAnggaran::Anggaran
        }
    } else if has("%") || has("persen") || has("prosen") || has("serapan") || has("capaian") {
        KolomAnggaran::Persen
    } else if has("realisasi") {
        KolomAnggaran::Realisasi
    } else if [
        "anggaran", "pagu", "alokasi", "dpa", "apbd", "sebelum", "setelah",
    ]
    .iter()
    .any(|w| has(w))
    {
        // `Jumlah (Rp.): Sebelum | Setelah` of a DPPA names the budget twice
        // before `keuangan`: `Keuangan: Anggaran | Realisasi` names the budget first
        KolomAnggaran::Anggaran
    } else if has("keuangan") {
        KolomAnggaran::Realisasi
    } else if let Some(l) = tingkat_judul(h) {
        // a column per level counts only as a set (`satukan_tingkat`)
        KolomAnggaran::Tingkat(l)
    } else if has("uraian") || has("program") || has("kegiatan") || has("rincian") || has("nama") {
        KolomAnggaran::Uraian
    } else {
        KolomAnggaran::Abaikan
    }
}

/// A heading of the change between two budgets: `Bertambah/(Berkurang)`, `Kenaikan`.
pub fn judul_selisih_perubahan(judul: &str) -> bool {
    let h = judul.to_ascii_lowercase();
    ["bertambah", "berkurang", "kenaikan", "penurunan"]
        .iter()
        .any(|w| h.contains(w))
}

/// The power of ten a money heading says its amounts are in: `Anggaran (Rp. 000)`, `(x Rp
/// 1.000)` or `(ribuan rupiah)` 3, `(Rp juta)` 6, `(miliar)` 9; 0 for whole rupiah.
pub fn pangkat_judul(judul: &str) -> u32 {
    let h = judul.to_ascii_lowercase();
    // a run of digits and dots that is zeros (`000`, `.000`, `000.000`) or 1 and zeros (`1.000`)
    for run in h.split(|c: char| !(c.is_ascii_digit() || c == '.')) {
        let d: Vec<u8> = run.bytes().filter(u8::is_ascii_digit).collect();
        let nol = d.iter().filter(|c| **c == b'0').count();
        let bentuk = match d.first() {
            Some(b'1') => nol + 1 == d.len(),
            Some(b'0') => nol == d.len(),
            _ => false,
        };
        if bentuk && matches!(nol, 3 | 6 | 9) {
            return nol as u32;
        }
    }
    for kata in h.split(|c: char| !c.is_ascii_alphabetic()) {
        match kata {
            "ribu" | "ribuan" | "rb" => return 3,
            "juta" | "jutaan" | "jt" => return 6,
            "miliar" | "milyar" | "miliaran" | "milyaran" => return 9,
            _ => {}
        }
    }
    0
}

/// Quarter numerals, 1-based.
const ROMAWI: [&str; 5] = ["", "I", "II", "III", "IV"];

/// Level of a row in the budget hierarchy, as far as its label or marker tells.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Tingkat {
    /// Belanja Tidak Langsung / Belanja Langsung (older budget structure).
    Belanja = 0,
    Program = 1,
    Kegiatan = 2,
    SubKegiatan = 3,
}

impl Tingkat {
    /// The level's name, as a column of it is headed.
    pub fn nama(self) -> &'static str {
        match self {
            Tingkat::Belanja => "Belanja",
            Tingkat::Program => "Program",
            Tingkat::Kegiatan => "Kegiatan",
            Tingkat::SubKegiatan => "Sub Kegiatan",
        }
    }
}

/// A budget row's figures per quarter; `None` where the quarter has none.
#[derive(Clone, Debug, PartialEq)]
pub struct TriwulanAnggaran {
    /// Plan (Rencana / Anggaran kas / RPD).
    pub rencana: [Option<Decimal>; 4],
    pub realisasi: [Option<Decimal>; 4],
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
    /// Plan and realisasi per quarter, when the row has any. Boxed: in place they made every
    /// row 304 bytes instead of 152, quarterly or not.
    pub tw: Option<Box<TriwulanAnggaran>>,
    /// A pasted `Jumlah` / `Total` row: checked, never added.
    pub jumlah: bool,
    /// Its anggaran and realisasi cells that hold text but no readable amount: shown as `?`,
    /// and every total over them says it lacks them.
    pub tak_terbaca: [bool; 2],
    /// The level its column gave, in a table with a column per level; it decides over the
    /// label.
    pub tingkat: Option<Tingkat>,
    /// A program or kegiatan named on the line of the row below it (a column per level): it
    /// has no figures or line of its own, so it is edited and deleted with that row.
    pub kepala_sebaris: bool,
}

impl BarisAnggaran {
    /// Plan per quarter (all `None` for a row without quarters).
    pub fn rencana_tw(&self) -> [Option<Decimal>; 4] {
        self.tw.as_ref().map_or([None; 4], |t| t.rencana)
    }

    /// Realisasi per quarter (all `None` for a row without quarters).
    pub fn realisasi_tw(&self) -> [Option<Decimal>; 4] {
        self.tw.as_ref().map_or([None; 4], |t| t.realisasi)
    }

    /// True when the row carries a number to compute with.
    pub fn bernilai(&self) -> bool {
        self.anggaran.is_some() || self.realisasi.is_some()
    }

    /// `Belanja Tidak Langsung` (gaji): a flat category that is never a parent.
    pub fn btl(&self) -> bool {
        let u = self.uraian.as_str();
        memuat(u, "tidak langsung") || u.eq_ignore_ascii_case("btl")
    }

    /// The level its label or marker names, if any.
    pub fn tingkat_label(&self) -> Option<Tingkat> {
        if self.tingkat.is_some() {
            return self.tingkat;
        }
        let u = self.uraian.as_str();
        let k = self.kode.trim().trim_end_matches('.');
        if kelompok_belanja(u) {
            Some(Tingkat::Belanja)
        } else if awali(u, "program") || awali(u, "prog.") || romawi(k) {
            Some(Tingkat::Program)
        } else if awali(u, "sub kegiatan") || awali(u, "sub-kegiatan") || awali(u, "subkegiatan") {
            Some(Tingkat::SubKegiatan)
        } else if awali(u, "kegiatan") {
            Some(Tingkat::Kegiatan)
        } else if k.len() == 1 && k.chars().all(|c| c.is_ascii_uppercase()) {
            Some(Tingkat::Belanja) // `A.`, `B.`
        } else {
            None
        }
    }

    /// Its anggaran times its stated percentage, for a table whose realisasi is written only
    /// so.
    pub fn realisasi_persen(&self) -> Option<Decimal> {
        let x = aritmetika::kali(self.anggaran?, self.persen_laporan?)?;
        aritmetika::bagi(x, Decimal::ONE_HUNDRED)
    }

    /// The code as dotted digits without its closing dot (`7.01.7.01.0.001.2.01.` gives
    /// `7.01.7.01.0.001.2.01`, nine segments), for trees by prefix: a parent's code is this
    /// text up to one of its dots. `None` for a code that is not dotted digits.
    pub fn kode_angka(&self) -> Option<&str> {
        let k = self.kode.trim().trim_end_matches('.');
        (!k.is_empty() && angka_bertitik(k)).then_some(k)
    }
}

/// `Jumlah`, `Total`, `Sub total`, `Grand total` at the start of a row the table totals
/// itself: what follows the word (`Program A` of `Jumlah Program A`, empty for a bare
/// `Jumlah`); `None` for any other text.
pub fn sisa_jumlah(teks: &str) -> Option<&str> {
    let t = teks.trim();
    let w = ["grand total", "sub total", "subtotal", "jumlah", "total"]
        .iter()
        .find(|w| awali(t, w))?;
    Some(t[w.len()..].trim_start_matches([' ', ':', '-', '.']).trim())
}

/// `Belanja Langsung`, `Belanja Tidak Langsung` (the older structure), `BELANJA` or `Belanja
/// Daerah` at the head of a report: a group above the programs. A kind of spending (`Belanja
/// Pegawai`, `Belanja Barang dan Jasa`, `Belanja Modal`) is not: under a kegiatan it is that
/// kegiatan's detail, and it was taken as a group of its own beside it (counted twice).
fn kelompok_belanja(u: &str) -> bool {
    let u = u.trim();
    ["btl", "bl", "belanja", "belanja daerah"]
        .iter()
        .any(|w| u.eq_ignore_ascii_case(w))
        || awali(u, "belanja langsung")
        || awali(u, "belanja tidak langsung")
}

/// The kinds of spending of an LRA (Permendagri 77/2020): `Belanja Operasi` over `Belanja
/// Pegawai` and `Belanja Barang dan Jasa`, `Belanja Modal` over `Belanja Modal Peralatan dan
/// Mesin`. Without codes they were lines beside their objects, counted twice.
pub fn jenis_belanja(uraian: &str) -> bool {
    let u = uraian.trim();
    [
        "belanja operasi",
        "belanja modal",
        "belanja tidak terduga",
        "belanja transfer",
    ]
    .iter()
    .any(|w| u.eq_ignore_ascii_case(w))
}

/// Digits and dots only (`7.01.01`, `0001`, ``): what a kode rekening or a part of one is
/// made of, wherever it stands (its own column, the start of an uraian, a column of parts).
pub fn angka_bertitik(s: &str) -> bool {
    s.bytes().all(|c| c.is_ascii_digit() || c == b'.') || kode_lintas_urusan(s)
}

/// `X.XX.01.2.01`: SIPD's code for a program of every urusan (the Program Penunjang every
/// perangkat daerah has), its urusan and bidang written as X. It has a dot and a digit, and
/// every part is digits or X's: a lone `X` stays a Roman numeral.
fn kode_lintas_urusan(s: &str) -> bool {
    s.contains('.')
        && s.bytes().any(|c| c.is_ascii_digit())
        && s.split('.').all(|p| {
            !p.is_empty()
                && (p.bytes().all(|c| c.is_ascii_digit())
                    || p.bytes().all(|c| c == b'X' || c == b'x'))
        })
}

/// A dotted code at the start of an uraian (`7.01.01.2.01 Perencanaan`, `1.2 Kegiatan B`):
/// the code and the rest. A code needs a dot, so `2 unit komputer` stays words.
pub fn kode_di_uraian(uraian: &str) -> Option<(&str, &str)> {
    let (k, u) = uraian.split_once(' ')?;
    let kode = angka_bertitik(k) && k.contains('.') && k.bytes().any(|c| c.is_ascii_digit());
    let u = u.trim();
    (kode && !u.is_empty()).then_some((k, u))
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
    /// For a table with quarterly columns: the last quarter with any realisasi (0-based), the
    /// period the figures are to date.
    pub triwulan: Option<usize>,
    /// Its quarterly plan and realisasi columns are to date (`Realisasi s.d. TW II`): each
    /// quarter's own amount is read as the change from the quarter before.
    pub sd_triwulan: [bool; 2],
    /// Money columns whose heading says they are in thousands, millions or billions: column
    /// and power of ten ([`pangkat_judul`]). Their amounts are read times that power.
    pub pangkat: Vec<(usize, u32)>,
    /// Untitled columns after `Kode` that hold the rest of each code, joined to it with dots.
    pub kode_lanjut: Vec<usize>,
    /// The realisasi is written only as a percentage (`Realisasi Keuangan (%)`, no column in
    /// rupiah): a leaf's realisasi is its anggaran times it ([`BarisAnggaran::realisasi_persen`]).
    pub realisasi_persen: bool,
    /// The sasaran a Sasaran column names: (first row it stands for, name), one entry where
    /// the name changes; each row's is the last entry at or before it.
    pub sasaran: Vec<(usize, String)>,
}

impl TabelAnggaran {
    /// The period of a quarterly table whose plan per quarter is written (Rencana / Anggaran
    /// kas TW ...): only then are the plan to date and the realisasi against it shown, not a
    /// plan of 0.
    pub fn triwulan_rencana(&self) -> Option<usize> {
        let rencana = self
            .kolom
            .iter()
            .any(|k| matches!(k, KolomAnggaran::RencanaTw(_)));
        self.triwulan.filter(|_| rencana)
    }
}

/// A kode rekening, a numbering or a Roman numeral: `7.01.1.`, `1.2`, `II`, `A.`.
pub fn seperti_kode(c: &str) -> bool {
    let t = c.trim();
    let inti = t.trim_end_matches('.');
    let angka = !inti.is_empty()
        && inti.contains(|ch: char| ch.is_ascii_digit())
        && inti.chars().all(|ch| ch.is_ascii_digit() || ch == '.');
    let romawi =
        !inti.is_empty() && inti.len() <= 4 && inti.chars().all(|ch| matches!(ch, 'I' | 'V' | 'X'));
    let huruf =
        t.len() == 2 && t.ends_with('.') && t.starts_with(|ch: char| ch.is_ascii_uppercase());
    angka || romawi || huruf
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
            ("Indikator Kegiatan", Abaikan),
            ("Sasaran Strategis", Sasaran),
            ("KINERJA 2022 Realisasi", Abaikan),
            ("Capaian Kinerja (%)", Abaikan),
            ("KINERJA 2022 %", Abaikan),
            ("KEUANGAN 2022 %", Persen),
            ("KEUANGAN 2022 Anggaran", Anggaran),
            ("KEUANGAN 2022 Realisasi", Realisasi),
            ("Realisasi Keuangan", Realisasi),
            ("Indikator Sasaran", Abaikan),
            ("Tolok Ukur Kinerja Program", Abaikan),
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
    fn a_heading_in_thousands_or_millions() {
        for (h, p) in [
            ("Anggaran (Rp. 000)", 3),
            ("ANGGARAN (Rp.000)", 3),
            ("Pagu (x Rp 1.000)", 3),
            ("Realisasi (dalam ribuan rupiah)", 3),
            ("Anggaran (Rp 000.000)", 6),
            ("Realisasi (Rp juta)", 6),
            ("Pagu (miliar rupiah)", 9),
            ("Anggaran (Rp)", 0),
            ("Realisasi s/d Bulan Desember 2022", 0),
            ("Anggaran 2000", 0),
            ("Jumlah Anggaran", 0),
        ] {
            assert_eq!(pangkat_judul(h), p, "{h}");
        }
    }
}
