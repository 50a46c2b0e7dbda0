//! The budget tree (DOMAIN.md section 5): rows nest by kode rekening prefix (`...2.01` is the
//! parent of `...2.01.01`), by numbering (`1`, `1.1`, `1.10`), or by labels (Belanja, Program
//! or a Roman numeral, Kegiatan, Sub kegiatan; a value-less row heads the plain rows after it).
//! Totals come from the leaves only; a pasted parent is checked against its children and a
//! pasted `Jumlah` row against the leaves it closes; neither is ever added.

use crate::core::anggaran::tabel::{
    jenis_belanja, sisa_jumlah, BarisAnggaran, TabelAnggaran, Tingkat,
};
use crate::core::aritmetika::{self, persen_dari};
use crate::core::peta::PetaCepat;
use crate::core::teks::kata::{kunci_nama, memuat};
use crate::core::teks::tampil::{bulat, id_desimal, rupiah};
use rust_decimal::Decimal;

/// Anggaran, realisasi, sisa and serapan of a row or a group.
#[derive(Clone, Copy, Debug, PartialEq, Hash, Default)]
pub struct Ringkasan {
    pub anggaran: Decimal,
    /// To date, in a quarterly table.
    pub realisasi: Decimal,
    /// The plan to date (Rencana / Anggaran kas / RPD of the quarters so far); 0 without
    /// quarterly columns.
    pub rencana: Decimal,
    /// Anggaran and realisasi cells under it that could not be read: the sums lack them.
    pub tak_terbaca: [u32; 2],
}

impl Ringkasan {
    pub fn sisa(&self) -> Decimal {
        aritmetika::kurang_batas(self.anggaran, self.realisasi)
    }
    /// `R / A x 100`; `None` when A is 0 (or the quotient is beyond any real budget).
    pub fn serapan(&self) -> Option<Decimal> {
        persen_dari(self.realisasi, self.anggaran)
    }
    /// Realisasi to date against the plan to date: `R / Rencana x 100`.
    pub fn terhadap_rencana(&self) -> Option<Decimal> {
        persen_dari(self.realisasi, self.rencana)
    }
    /// `|Rencana - R| / Rencana x 100`: how far the spending is from the plan, either way.
    pub fn deviasi(&self) -> Option<Decimal> {
        persen_dari(
            aritmetika::kurang(self.rencana, self.realisasi)?.abs(),
            self.rencana,
        )
    }
    fn tambah(&mut self, o: Ringkasan) {
        self.anggaran = aritmetika::tambah_batas(self.anggaran, o.anggaran);
        self.realisasi = aritmetika::tambah_batas(self.realisasi, o.realisasi);
        self.rencana = aritmetika::tambah_batas(self.rencana, o.rencana);
        for (a, b) in self.tak_terbaca.iter_mut().zip(o.tak_terbaca) {
            *a = a.saturating_add(b);
        }
    }
}

/// Something wrong with a row, shown beside it.
#[derive(Clone, Debug, PartialEq)]
pub enum Tanda {
    /// Realisasi above anggaran.
    Lebih {
        anggaran: Decimal,
        realisasi: Decimal,
    },
    /// Anggaran 0: serapan cannot be computed.
    AnggaranNol,
    /// A pasted parent (or Jumlah row) whose figure is not the sum of what it covers.
    TidakSamaRincian {
        apa: &'static str,
        tertulis: Decimal,
        rincian: Decimal,
    },
    /// Cells of the detail a row covers that could not be read: its sum lacks them.
    RincianTakTerbaca {
        apa: &'static str,
        sel: u32,
        /// The row's own figure, which cannot be checked.
        tertulis: Option<Decimal>,
    },
    /// A leaf's own anggaran or realisasi cell could not be read.
    TakTerbaca { apa: &'static str },
    /// The table's own percentage differs from R / A beyond rounding.
    PersenBeda { tertulis: Decimal, hitung: Decimal },
    /// The table's own sisa differs from A - R.
    SisaBeda { tertulis: Decimal, hitung: Decimal },
}

impl Tanda {
    /// The flag in one Indonesian sentence, with both numbers.
    pub fn kalimat(&self) -> String {
        match self {
            Tanda::Lebih {
                anggaran,
                realisasi,
            } => {
                format!(
                    "Realisasi {} melebihi anggaran {} (lebih {}).",
                    rupiah(*realisasi),
                    rupiah(*anggaran),
                    rupiah(aritmetika::kurang_batas(*realisasi, *anggaran))
                )
            }
            Tanda::AnggaranNol => "Anggaran 0: serapan tidak dapat dihitung.".into(),
            Tanda::TidakSamaRincian {
                apa,
                tertulis,
                rincian,
            } => {
                format!(
                    "{apa} tertulis {}, jumlah rinciannya {} (selisih {}).",
                    rupiah(*tertulis),
                    rupiah(*rincian),
                    rupiah(aritmetika::kurang_batas(*tertulis, *rincian))
                )
            }
            Tanda::RincianTakTerbaca { apa, sel, tertulis } => {
                let cek = tertulis
                    .map(|x| format!("; {} tertulis belum dapat diperiksa", rupiah(x)))
                    .unwrap_or_default();
                format!("{apa}: {sel} sel rinciannya tidak terbaca dan tidak ikut dijumlah{cek}.")
            }
            Tanda::TakTerbaca { apa } => {
                format!("{apa} tidak terbaca; tidak ikut dijumlah.")
            }
            Tanda::PersenBeda { tertulis, hitung } => {
                format!(
                    "Persentase tertulis {}, dihitung {} (Realisasi / Anggaran x 100%).",
                    id_desimal(*tertulis, tertulis.scale()),
                    id_desimal(*hitung, 2)
                )
            }
            Tanda::SisaBeda { tertulis, hitung } => format!(
                "Sisa tertulis {}, dihitung {} (Anggaran - Realisasi).",
                rupiah(*tertulis),
                rupiah(*hitung)
            ),
        }
    }
}

/// One row in the tree.
#[derive(Clone, Debug, PartialEq)]
pub struct Simpul {
    /// Index into [`TabelAnggaran::baris`].
    pub baris: usize,
    pub induk: Option<usize>,
    pub anak: Vec<usize>,
    /// Depth for indentation (0 at the top).
    pub kedalaman: usize,
    /// From its leaves (its own values when it is a leaf).
    pub total: Ringkasan,
    pub tanda: Vec<Tanda>,
    /// The level its row's label or column names ([`BarisAnggaran::tingkat_label`]), read once:
    /// listing the programs read every row's uraian again (twice a change, 20.000 rows).
    pub label: Option<Tingkat>,
}

/// The budget tree with its totals and checks.
#[derive(Clone, Debug, PartialEq)]
pub struct PohonAnggaran {
    /// One per non-Jumlah row, in paste order (`simpul[i]` for `baris[urutan[i]]`).
    pub simpul: Vec<Simpul>,
    /// Sum of the leaves.
    pub total: Ringkasan,
    /// The top-level nodes, in paste order: the total is theirs, summed again alone after a key
    /// (`ulang.rs`; scanning every node for them was most of a key's tree work at 100.000 lines).
    pub akar: Vec<usize>,
    /// Pasted Jumlah rows: row index and their flags.
    pub jumlah: Vec<(usize, Vec<Tanda>)>,
}

impl PohonAnggaran {
    /// Top-level BTL / BL rows with their totals, when the table has them.
    pub fn belanja<'a>(
        &'a self,
        t: &'a TabelAnggaran,
    ) -> impl Iterator<Item = (&'a BarisAnggaran, Ringkasan)> + 'a {
        self.akar
            .iter()
            .map(|&n| &self.simpul[n])
            .filter(|s| s.label == Some(Tingkat::Belanja))
            .map(move |s| (&t.baris[s.baris], s.total))
    }

    /// Program rows (label `Program` or a Roman numeral) with their totals.
    pub fn program(&self) -> impl Iterator<Item = (usize, Ringkasan)> + '_ {
        self.simpul
            .iter()
            .enumerate()
            .filter(|(_, s)| s.label == Some(Tingkat::Program))
            .map(|(i, s)| (i, s.total))
    }
}

/// Is `tertulis` what `hitung` gives at the written number of decimals, rounded half-up or
/// truncated (the two practices in the seeds)? A bare `100` must be exactly 100.
pub fn sama_dibulatkan(tertulis: Decimal, hitung: Decimal) -> bool {
    use rust_decimal::RoundingStrategy::*;
    let dp = tertulis.scale();
    // "100" claims full absorption; rounding 99,54 up to it hides unspent money
    if tertulis == Decimal::ONE_HUNDRED && hitung < Decimal::ONE_HUNDRED && dp == 0 {
        return false;
    }
    [MidpointAwayFromZero, ToZero]
        .iter()
        .any(|s| hitung.round_dp_with_strategy(dp, *s) == tertulis.round_dp(dp))
}

fn periksa_sendiri(b: &BarisAnggaran, tanda: &mut Vec<Tanda>) {
    let (Some(a), Some(r)) = (b.anggaran, b.realisasi) else {
        return;
    };
    let own = Ringkasan {
        anggaran: a,
        realisasi: r,
        ..Ringkasan::default()
    };
    if let (Some(p), Some(hitung)) = (b.persen_laporan, own.serapan()) {
        if !sama_dibulatkan(p, hitung) {
            tanda.push(Tanda::PersenBeda {
                tertulis: p,
                hitung,
            });
        }
    }
    if let Some(s) = b.sisa_laporan {
        if bulat(s, 2) != bulat(own.sisa(), 2) {
            tanda.push(Tanda::SisaBeda {
                tertulis: s,
                hitung: own.sisa(),
            });
        }
    }
}

/// A row's stated anggaran and realisasi against the detail it covers; a column whose detail
/// has an unreadable cell cannot be checked, and its sum lacks that cell.
fn periksa_rincian(
    b: &BarisAnggaran,
    rincian: Ringkasan,
    apa: [&'static str; 2],
    tanda: &mut Vec<Tanda>,
) {
    let tertulis = [b.anggaran, b.realisasi];
    let hitung = [rincian.anggaran, rincian.realisasi];
    for k in 0..2 {
        let sel = rincian.tak_terbaca[k];
        if sel > 0 {
            tanda.push(Tanda::RincianTakTerbaca {
                apa: apa[k],
                sel,
                tertulis: tertulis[k],
            });
        } else if let Some(x) = tertulis[k].filter(|x| *x != hitung[k]) {
            tanda.push(Tanda::TidakSamaRincian {
                apa: apa[k],
                tertulis: x,
                rincian: hitung[k],
            });
        }
    }
}

/// Where the rows seen so far can be found by what a later row looks for, so that each row
/// finds its parent in time independent of the table's length.
#[derive(Default)]
struct Penunjuk<'a> {
    /// Latest node by its full kode (dotted segments joined), borrowed from the table.
    kode: PetaCepat<&'a str, usize>,
    /// Latest non-BTL node per level, among nodes whose level a label gave (their own or an
    /// ancestor's).
    per_level: std::collections::BTreeMap<u8, usize>,
    /// Latest non-BTL node that heads plain rows (a label, or no values).
    kepala: Option<usize>,
    /// Latest node coded as a program, kegiatan or sub kegiatan (not as a rekening): the
    /// parent of the rekening lines a detailed report lists under each sub kegiatan.
    kegiatan: Option<usize>,
    /// A row labelled program, kegiatan or sub kegiatan has been seen.
    program: bool,
    /// Latest node coded as a rekening: the parent of the plain lines under it (a DPA's
    /// rincian: `Kertas HVS A4 | 50 | Rim | 55.000 | 2.750.000`). A plain line after a
    /// program's code may be a line of its own, which a pasted Jumlah then confirms.
    rekening: Option<usize>,
}

impl<'a> Penunjuk<'a> {
    /// The nearest earlier node whose kode is a proper prefix of `kode` in whole segments: the
    /// text before one of its dots (slices, not joined copies of the segments).
    fn induk_kode(&self, kode: &str) -> Option<usize> {
        kode.match_indices('.')
            .filter_map(|(i, _)| self.kode.get(&kode[..i]).copied())
            .max()
    }
    /// Whether a program, kegiatan or sub kegiatan is among the rows seen: by its label, or by
    /// its code. Under one, a `Belanja Modal` is a line of the kegiatan, not an LRA's heading.
    fn berprogram(&self) -> bool {
        self.kegiatan.is_some() || self.program
    }
    /// The nearest earlier non-BTL node of a level above `l`.
    fn induk_level(&self, l: u8) -> Option<usize> {
        self.per_level.range(..l).map(|(_, n)| *n).max()
    }
    fn catat(&mut self, n: usize, b: &BarisAnggaran, ciri: Ciri<'a>, lv: Level) {
        self.program |= ciri.label.is_some_and(|l| l >= Tingkat::Program);
        if let Some(k) = ciri.kode {
            self.kode.insert(k, n);
            if rekening(k) {
                self.rekening = Some(n);
            } else {
                self.kegiatan = Some(n);
            }
        }
        if !b.btl() {
            if lv.dikenal {
                self.per_level.insert(lv.nilai, n);
            }
            if ciri.label.is_some() || ciri.jenis || !b.bernilai() {
                self.kepala = Some(n);
            }
        }
    }
}

/// A code of the chart of accounts (Permendagri 90: `4` pendapatan, `5` belanja, `6`
/// pembiayaan, then one digit: `5.1.02.01.01.0024`), not of a program (`5.01.01`, two digits).
fn rekening(kode: &str) -> bool {
    let mut seg = kode.split('.');
    matches!(seg.next(), Some("4" | "5" | "6")) && seg.next().is_some_and(|s| s.len() == 1)
}

/// What a row is found by and finds its parent by, read once per row.
#[derive(Clone, Copy)]
struct Ciri<'a> {
    kode: Option<&'a str>,
    label: Option<Tingkat>,
    /// Its level is its column's (a table with a column per level).
    kolom: bool,
    /// A kind of spending heading an LRA's objects ([`jenis_belanja`]), in a table with no
    /// program above it.
    jenis: bool,
}

/// A node's level: Belanja 0, Program 1, Kegiatan 2, Sub kegiatan 3, or one below its parent.
#[derive(Clone, Copy)]
struct Level {
    nilai: u8,
    /// Whether a label gave it (the row's own or an ancestor's). A row without a label and
    /// without a parent (a first `1.2` whose `1` is not pasted, a plain first row) is at 0
    /// only for indenting: were it found as a level-0 parent, a later `Program` row would
    /// nest under it.
    dikenal: bool,
}

/// The parent of a row with `ciri` among the nodes seen so far, and its level.
fn cari_induk(ciri: Ciri, p: &Penunjuk, level: &[Level]) -> (Option<usize>, Level) {
    let Ciri { kode, label, .. } = ciri;
    // in a table of kode rekening the code alone decides (two segments or more); its words
    // may say "Kegiatan"
    let berkode = kode.is_some_and(|k| k.contains('.'));
    let induk = match (kode, label) {
        // a rekening (`5.1.02.01.01.0024`) belongs to the sub kegiatan above it, not beside
        // it (a total counted twice); its own heads (`5.1.02`) only count since that one
        (Some(k), _) if berkode && rekening(k) => p
            .induk_kode(k)
            .filter(|i| Some(*i) > p.kegiatan)
            .or(p.kegiatan),
        // in a table with a column per level, the headings its names opened carry no code
        (Some(k), _) if berkode => p.induk_kode(k).or_else(|| {
            label
                .filter(|_| ciri.kolom)
                .and_then(|l| p.induk_level(l as u8))
        }),
        (_, Some(l)) => p.induk_level(l as u8),
        // a kind of spending of an LRA heads its objects, beside the next kind
        (_, None) if ciri.jenis => p.induk_level(Tingkat::Program as u8),
        // a row with no label (and at most a one-part code) joins the last heading row, or
        // the last rekening when that came since (its rincian, as a DPA lists them)
        (_, None) => p.kepala.max(p.rekening),
    };
    let lv = match (label, induk) {
        (Some(l), _) if !berkode => Level {
            nilai: l as u8,
            dikenal: true,
        },
        (_, Some(i)) => Level {
            nilai: level[i].nilai.saturating_add(1),
            dikenal: level[i].dikenal,
        },
        // a coded row's own label still tells its level when no parent is pasted
        (Some(l), None) => Level {
            nilai: l as u8,
            dikenal: true,
        },
        (None, None) => Level {
            nilai: 0,
            dikenal: false,
        },
    };
    (induk, lv)
}

/// Build the tree of a parsed budget table. Linear in the rows (times the code's length).
pub fn bangun_pohon(t: &TabelAnggaran) -> PohonAnggaran {
    let urutan: Vec<usize> = (0..t.baris.len()).filter(|i| !t.baris[*i].jumlah).collect();
    let mut simpul: Vec<Simpul> = Vec::with_capacity(urutan.len());
    // level per node: from its label, else one below its parent
    let mut level: Vec<Level> = Vec::with_capacity(urutan.len());
    let mut penunjuk = Penunjuk::default();
    for (n, &i) in urutan.iter().enumerate() {
        let b = &t.baris[i];
        let label = b.tingkat_label();
        let ciri = Ciri {
            kode: b.kode_angka(),
            label,
            kolom: b.tingkat.is_some(),
            jenis: label.is_none() && jenis_belanja(&b.uraian) && !penunjuk.berprogram(),
        };
        let (induk, lv) = cari_induk(ciri, &penunjuk, &level);
        level.push(lv);
        penunjuk.catat(n, b, ciri, lv);
        let kedalaman = induk.map_or(0, |p| simpul[p].kedalaman + 1);
        if let Some(p) = induk {
            simpul[p].anak.push(n);
        }
        simpul.push(Simpul {
            baris: i,
            induk,
            anak: Vec::new(),
            kedalaman,
            total: Ringkasan::default(),
            tanda: Vec::new(),
            label,
        });
    }
    lepas_kosong(t, &mut simpul);
    hitung_total(t, &mut simpul);
    let akar: Vec<usize> = (0..simpul.len())
        .filter(|&n| simpul[n].induk.is_none())
        .collect();
    let total = total_akar(&simpul, &akar);
    let jumlah = periksa_jumlah(t, &simpul, total);
    PohonAnggaran {
        simpul,
        total,
        akar,
        jumlah,
    }
}

/// A row's plan to date: its plan of the quarters up to the table's period.
fn rencana_sd(b: &BarisAnggaran, periode: Option<usize>) -> Decimal {
    periode
        .map(|p| aritmetika::jumlah_batas(b.rencana_tw()[..=p.min(3)].iter().flatten().copied()))
        .unwrap_or_default()
}

/// Plain lines with nothing in them (no amount, no code, no level) after a line's last detail,
/// or under a line with amounts, are no detail of it: what is copied below a budget (the signatures of a Perjanjian Kinerja,
/// a page footer, a remark) became the last line's children, whose sum of 0 replaced its
/// own amounts. They are put at the top level, where they add nothing. Bottom-up, so a
/// signature block that heads its own plain lines goes whole.
fn lepas_kosong(t: &TabelAnggaran, simpul: &mut [Simpul]) {
    let mut kosong = vec![false; simpul.len()];
    for n in (0..simpul.len()).rev() {
        let b = &t.baris[simpul[n].baris];
        // a line with amounts is not looked at for its code and level words
        let isi = berisi(b);
        kosong[n] = !isi
            && simpul[n].anak.iter().all(|c| kosong[*c])
            && b.kode_angka().is_none()
            && simpul[n].label.is_none();
        // the empty lines after the last child with something in it
        let tetap = simpul[n]
            .anak
            .iter()
            .rposition(|c| !kosong[*c])
            .map_or(0, |i| i + 1);
        if isi || tetap > 0 {
            for c in simpul[n].anak.split_off(tetap) {
                simpul[c].induk = None;
            }
        }
    }
    for n in 0..simpul.len() {
        simpul[n].kedalaman = simpul[n].induk.map_or(0, |p| simpul[p].kedalaman + 1);
    }
}

/// Whether a row holds any figure, readable or not.
fn berisi(b: &BarisAnggaran) -> bool {
    b.bernilai()
        || b.tak_terbaca.contains(&true)
        || b.persen_laporan.is_some()
        || b.sisa_laporan.is_some()
        || b.tw.is_some()
}

/// Totals bottom-up (children always come after their parent), with each node's flags.
fn hitung_total(t: &TabelAnggaran, simpul: &mut [Simpul]) {
    for n in (0..simpul.len()).rev() {
        (simpul[n].total, simpul[n].tanda) = total_simpul(t, simpul, n);
    }
}

/// Node `n`'s total (its own values as a leaf, else the sum of its children's totals) and its
/// flags.
pub(crate) fn total_simpul(
    t: &TabelAnggaran,
    simpul: &[Simpul],
    n: usize,
) -> (Ringkasan, Vec<Tanda>) {
    let b = &t.baris[simpul[n].baris];
    let total = if simpul[n].anak.is_empty() {
        // a realisasi written only as a percentage is the leaf's share of its anggaran
        let persen = || b.realisasi_persen().filter(|_| t.realisasi_persen);
        Ringkasan {
            anggaran: b.anggaran.unwrap_or_default(),
            realisasi: b.realisasi.or_else(persen).unwrap_or_default(),
            rencana: rencana_sd(b, t.triwulan),
            tak_terbaca: b.tak_terbaca.map(u32::from),
        }
    } else {
        let mut sum = Ringkasan::default();
        for &c in &simpul[n].anak {
            sum.tambah(simpul[c].total);
        }
        sum
    };
    let mut tanda = Vec::new();
    if !simpul[n].anak.is_empty() {
        periksa_rincian(b, total, ["Anggaran", "Realisasi"], &mut tanda);
    } else {
        for (apa, _) in [("Anggaran", 0), ("Realisasi", 1)]
            .into_iter()
            .filter(|(_, k)| b.tak_terbaca[*k])
        {
            tanda.push(Tanda::TakTerbaca { apa });
        }
    }
    if b.bernilai() || !simpul[n].anak.is_empty() {
        // an anggaran lacking an unreadable cell is not known to be exceeded
        if total.realisasi > total.anggaran && total.tak_terbaca[0] == 0 {
            tanda.push(Tanda::Lebih {
                anggaran: total.anggaran,
                realisasi: total.realisasi,
            });
        }
        if total.anggaran.is_zero() && b.anggaran.is_some() {
            tanda.push(Tanda::AnggaranNol);
        }
    }
    periksa_sendiri(b, &mut tanda);
    (total, tanda)
}

/// The sum of the top-level nodes.
pub(crate) fn total_akar(simpul: &[Simpul], akar: &[usize]) -> Ringkasan {
    let mut total = Ringkasan::default();
    for &n in akar {
        total.tambah(simpul[n].total);
    }
    total
}

/// Pasted Jumlah rows: a "total" closes everything, another closes the leaves since the last
/// Jumlah row. One pass: the leaves are summed as the rows go by.
pub(crate) fn periksa_jumlah(
    t: &TabelAnggaran,
    simpul: &[Simpul],
    total: Ringkasan,
) -> Vec<(usize, Vec<Tanda>)> {
    let mut jumlah = Vec::new();
    let mut pertama = true;
    let mut sejak = Ringkasan::default();
    let mut daun = simpul.iter().filter(|s| s.anak.is_empty()).peekable();
    // the rows above, by name: `Jumlah Program A` sums the node named `Program A`
    let mut nama: PetaCepat<String, usize> = PetaCepat::default();
    let mut di_atas = simpul.iter().enumerate().peekable();
    for (i, b) in t.baris.iter().enumerate().filter(|(_, b)| b.jumlah) {
        while let Some(s) = daun.next_if(|s| s.baris < i) {
            sejak.tambah(s.total);
        }
        while let Some((n, s)) = di_atas.next_if(|(_, s)| s.baris < i) {
            nama.insert(kunci_nama(&t.baris[s.baris].uraian), n);
        }
        let dinamai = nama_jumlah(&b.uraian).and_then(|k| nama.get(&kunci_nama(k)));
        let semua = memuat(&b.uraian, "total") || pertama;
        let cakupan = match dinamai {
            Some(n) => simpul[*n].total,
            None if semua || sejak == Ringkasan::default() => total,
            None => sejak,
        };
        let mut tanda = Vec::new();
        periksa_rincian(
            b,
            cakupan,
            ["Jumlah anggaran", "Jumlah realisasi"],
            &mut tanda,
        );
        periksa_sendiri(b, &mut tanda);
        jumlah.push((i, tanda));
        sejak = Ringkasan::default();
        pertama = false;
    }
    jumlah
}

/// What a Jumlah row names after its word: `Program A` of `Jumlah Program A`, `Kegiatan 1`
/// of `Sub Total: Kegiatan 1`; `None` for a bare `Jumlah`.
fn nama_jumlah(uraian: &str) -> Option<&str> {
    sisa_jumlah(uraian).filter(|s| !s.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::anggaran::baca::baca_tabel_anggaran;
    use std::str::FromStr;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    /// An LRA without codes: `BELANJA` over its kinds (`Belanja Operasi`, `Belanja Modal`),
    /// each over its objects. Each kind heads the lines under it, beside the next kind, so
    /// the total is the objects' once (it counted the kinds and the objects, 6.000 for 3.500),
    /// and every stated figure agrees. Under a kegiatan `Belanja Modal` stays one line of it.
    #[test]
    fn an_lra_without_codes_nests_its_kinds_of_spending() {
        let t = baca_tabel_anggaran(
            "Uraian\tAnggaran\tRealisasi\nBELANJA\t3.500\t3.200\nBELANJA OPERASI\t3.000\t2.800\n\
             Belanja Pegawai\t2.000\t1.900\nBelanja Barang dan Jasa\t1.000\t900\nBELANJA MODAL\t500\t400\n\
             Belanja Modal Peralatan dan Mesin\t500\t400\nJUMLAH BELANJA\t3.500\t3.200",
        );
        let p = bangun_pohon(&t);
        let kedalaman: Vec<(&str, usize)> = p
            .simpul
            .iter()
            .map(|s| (t.baris[s.baris].uraian.as_str(), s.kedalaman))
            .collect();
        assert_eq!(
            kedalaman,
            [
                ("BELANJA", 0),
                ("BELANJA OPERASI", 1),
                ("Belanja Pegawai", 2),
                ("Belanja Barang dan Jasa", 2),
                ("BELANJA MODAL", 1),
                ("Belanja Modal Peralatan dan Mesin", 2),
            ]
        );
        assert_eq!(
            (p.total.anggaran, p.total.realisasi),
            (d("3500"), d("3200"))
        );
        assert!(
            p.simpul.iter().all(|s| s.tanda.is_empty()),
            "{:?}",
            p.simpul
        );
        assert!(p.jumlah[0].1.is_empty(), "{:?}", p.jumlah);
        let t = baca_tabel_anggaran(
            "No\tUraian\tAnggaran\n1\tProgram A\t900\n1.1\tKegiatan A\t900\n\tBelanja Pegawai\t400\n\tBelanja Modal\t500",
        );
        let p = bangun_pohon(&t);
        assert_eq!(p.total.anggaran, d("900"));
        assert_eq!(p.simpul[3].kedalaman, 2, "a line of the kegiatan");
    }

    /// A report per rekening: the account lines under each sub kegiatan are its detail, so
    /// the total is theirs once, and the sub kegiatan's own figure is checked against them.
    #[test]
    fn rekening_lines_under_a_sub_kegiatan() {
        let t = baca_tabel_anggaran(
            "Kode Rekening\tUraian\tAnggaran\tRealisasi\n\
             5.01.01\tPROGRAM PENUNJANG\t1.500\t1.400\n\
             5.01.01.2.01.0001\tPenyusunan Dokumen\t1.000\t950\n\
             5.1.02.01.01.0024\tBelanja Alat Tulis Kantor\t400\t380\n\
             5.1.02.01.01.0026\tBelanja Bahan Cetak\t600\t570\n\
             5.01.01.2.01.0002\tEvaluasi Kinerja\t500\t450\n\
             5.1.02\tBelanja Barang dan Jasa\t500\t450\n\
             5.1.02.01.01.0024\tBelanja Alat Tulis Kantor\t500\t450\n\
             5.01.02\tPROGRAM B\t70\t60\n\
             5.01.02.2.01.0001\tSub B\t70\t60\n\
             5.1.02.01.01.0024\tBelanja Alat Tulis Kantor\t70\t60",
        );
        let p = bangun_pohon(&t);
        assert_eq!(p.total.anggaran, d("1570"));
        assert_eq!(p.total.realisasi, d("1460"));
        let induk: Vec<Option<usize>> = p.simpul.iter().map(|s| s.induk).collect();
        // the last line is Sub B's, not under Sub A's `5.1.02`
        assert_eq!(
            induk,
            [
                None,
                Some(0),
                Some(1),
                Some(1),
                Some(0),
                Some(4),
                Some(5),
                None,
                Some(7),
                Some(8)
            ]
        );
        assert!(p.simpul.iter().all(|s| s.tanda.is_empty()));
        // a table of rekening alone stays as it nests by its own codes
        let t = baca_tabel_anggaran(
            "Kode\tUraian\tAnggaran\tRealisasi\n5\tBelanja\t100\t90\n5.1\tBelanja Operasi\t100\t90",
        );
        let p = bangun_pohon(&t);
        assert_eq!((p.simpul[0].induk, p.simpul[1].induk), (None, Some(0)));
    }

    /// A DPA's rincian (`Kode Rekening | Uraian | Koefisien | Satuan | Harga | PPN | Jumlah`):
    /// the lines without a code under a rekening are its detail. As roots beside it, every
    /// rupiah counted twice (37.000.000 for 18.500.000).
    #[test]
    fn lines_without_a_code_under_a_coded_row_are_its_detail() {
        let t = baca_tabel_anggaran(
            "Kode Rekening\tUraian\tKoefisien\tSatuan\tHarga\tPPN\tJumlah (Rp)\n\
             5.1.02.01.01.0024\tBelanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor\t\t\t\t\t12.500.000\n\
             \tKertas HVS A4\t50\tRim\t55.000\t0\t2.750.000\n\
             \tTinta printer\t25\tBuah\t390.000\t0\t9.750.000\n\
             5.1.02.01.01.0052\tBelanja Makanan dan Minuman Rapat\t\t\t\t\t6.000.000\n\
             \tNasi kotak rapat koordinasi\t200\tKotak\t30.000\t0\t6.000.000",
        );
        let p = bangun_pohon(&t);
        assert_eq!(p.total.anggaran, d("18500000"));
        let induk: Vec<Option<usize>> = p.simpul.iter().map(|s| s.induk).collect();
        assert_eq!(induk, [None, Some(0), Some(0), None, Some(3)]);
        assert!(p.simpul.iter().all(|s| s.tanda.is_empty()));
    }

    /// `Program | Kegiatan | Sub Kegiatan` columns, names on the first line of each: the
    /// program and kegiatan are headings with the sums of their sub kegiatan, and a pasted
    /// Jumlah checks out. They were one row, the program with the sub kegiatan's 25.000.000,
    /// and the kegiatan and sub kegiatan names were lost.
    #[test]
    fn a_column_per_level() {
        let teks = "Program\tKegiatan\tSub Kegiatan\tAnggaran (Rp)\tRealisasi (Rp)\t%
Program Penunjang\tPerencanaan\tPenyusunan Dokumen\t25.000.000\t24.500.000\t98,00
\t\tEvaluasi Kinerja\t15.000.000\t14.000.000\t93,33
\tAdministrasi Umum\tPenyediaan ATK\t40.000.000\t39.000.000\t97,50
Program Pemerintahan\tKoordinasi Ketentraman\tPembinaan Linmas\t60.000.000\t45.000.000\t75,00
Jumlah\t\t\t140.000.000\t122.500.000\t87,50";
        let t = baca_tabel_anggaran(teks);
        let p = bangun_pohon(&t);
        let baris: Vec<(&str, usize, String)> = p
            .simpul
            .iter()
            .map(|s| {
                let u = t.baris[s.baris].uraian.as_str();
                (u, s.kedalaman, s.total.anggaran.to_string())
            })
            .collect();
        let want = [
            ("Program Penunjang", 0, "80000000"),
            ("Perencanaan", 1, "40000000"),
            ("Penyusunan Dokumen", 2, "25000000"),
            ("Evaluasi Kinerja", 2, "15000000"),
            ("Administrasi Umum", 1, "40000000"),
            ("Penyediaan ATK", 2, "40000000"),
            ("Program Pemerintahan", 0, "60000000"),
            ("Koordinasi Ketentraman", 1, "60000000"),
            ("Pembinaan Linmas", 2, "60000000"),
        ];
        let want: Vec<_> = want
            .iter()
            .map(|(u, k, a)| (*u, *k, a.to_string()))
            .collect();
        assert_eq!(baris, want);
        assert_eq!(p.total.anggaran, d("140000000"));
        assert!(p.jumlah[0].1.is_empty(), "{:?}", p.jumlah);
        assert!(
            p.simpul.iter().all(|s| s.tanda.is_empty()),
            "{:?}",
            p.simpul
        );
        assert_eq!(p.program().count(), 2);
        // the level columns are its uraian: no note asks for one
        assert!(t.pesan.is_empty(), "{:?}", t.pesan);
        // the same with Excel's fill-down and a code on each line
        let teks = "Kode\tProgram\tKegiatan\tSub Kegiatan\tAnggaran\tRealisasi
7.01.01.2.01.0001\tProgram Penunjang\tPerencanaan\tPenyusunan Dokumen\t25\t24
7.01.01.2.01.0002\tProgram Penunjang\tPerencanaan\tEvaluasi Kinerja\t15\t14
7.01.01.2.02.0001\tProgram Penunjang\tAdministrasi Umum\tPenyediaan ATK\t40\t39";
        let t = baca_tabel_anggaran(teks);
        let p = bangun_pohon(&t);
        let induk: Vec<_> = p.simpul.iter().map(|s| s.induk).collect();
        assert_eq!(induk, [None, Some(0), Some(1), Some(1), Some(0), Some(4)]);
        assert_eq!(p.total.anggaran, d("80"));
        // codes written before each name
        let teks = "Program\tKegiatan\tSub Kegiatan\tAnggaran\tRealisasi
7.01.01 PROGRAM A\t7.01.01.2.01 Perencanaan\t7.01.01.2.01.0001 Penyusunan\t25\t24
\t\t7.01.01.2.01.0002 Evaluasi\t15\t14";
        let t = baca_tabel_anggaran(teks);
        let p = bangun_pohon(&t);
        let kode: Vec<(&str, Option<usize>)> = p
            .simpul
            .iter()
            .map(|s| (t.baris[s.baris].kode.as_str(), s.induk))
            .collect();
        assert_eq!(
            kode,
            [
                ("7.01.01", None),
                ("7.01.01.2.01", Some(0)),
                ("7.01.01.2.01.0001", Some(1)),
                ("7.01.01.2.01.0002", Some(1))
            ]
        );
        assert_eq!(p.total.anggaran, d("40"));
    }

    /// `Jumlah Program A` after program A's rows is program A's sum, not the table's: the
    /// first Jumlah row was taken as the table's total, and a right subtotal was a finding.
    #[test]
    fn a_jumlah_row_that_names_a_row_sums_that_row() {
        let teks = "No\tUraian\tAnggaran\tRealisasi
1\tProgram A\t\t
1.1\tKegiatan A1\t100\t90
1.2\tKegiatan A2\t200\t150
\tJumlah Program A\t300\t240
2\tProgram B\t\t
2.1\tKegiatan B1\t50\t50
\tJumlah Program B\t50\t50
\tJUMLAH TOTAL\t350\t290
\tSub Total: program  a\t300\t250";
        let p = bangun_pohon(&baca_tabel_anggaran(teks));
        let tanda: Vec<usize> = p.jumlah.iter().map(|(_, t)| t.len()).collect();
        assert_eq!(tanda, [0, 0, 0, 1], "{:?}", p.jumlah);
        assert_eq!(nama_jumlah("Jumlah"), None);
        assert_eq!(nama_jumlah("JUMLAH : Program A"), Some("Program A"));
    }

    /// SIPD codes the Program Penunjang of every perangkat daerah `X.XX.01`: its tree is by
    /// code as any other's. It was flat, and the total counted program, kegiatan and sub
    /// kegiatan (2.500.000 for 1.500.000).
    #[test]
    fn a_program_of_every_urusan_coded_with_x() {
        let teks = "Kode\tUraian\tAnggaran\tRealisasi
X.XX.01\tPROGRAM PENUNJANG\t1.000\t900
X.XX.01.2.01\tPerencanaan\t1.000\t900
X.XX.01.2.01.0001\tPenyusunan Dokumen\t600\t550
X.XX.01.2.01.0007\tEvaluasi Kinerja\t400\t350
7.01.02\tPROGRAM PEMERINTAHAN\t500\t450
7.01.02.2.01\tPelayanan\t500\t450
X\tProgram Sepuluh\t10\t10";
        let p = bangun_pohon(&baca_tabel_anggaran(teks));
        let induk: Vec<_> = p.simpul.iter().map(|s| s.induk).collect();
        assert_eq!(
            induk,
            [None, Some(0), Some(1), Some(1), None, Some(4), None]
        );
        assert_eq!(p.total.anggaran, d("1510"));
        assert!(
            p.simpul.iter().all(|s| s.tanda.is_empty()),
            "{:?}",
            p.simpul
        );
    }

    /// Kinds of spending listed under a kegiatan are its detail; they were taken as BTL/BL
    /// groups beside it, the total counted them twice (2.400 for 1.500) and the audit flagged
    /// the next one.
    #[test]
    fn kinds_of_spending_under_a_kegiatan_are_its_detail() {
        let teks = "No\tUraian\tAnggaran\tRealisasi
1\tProgram Penunjang\t1.000\t900
1.1\tKegiatan Perencanaan\t1.000\t900
\tBelanja Pegawai\t400\t380
\tBelanja Barang dan Jasa\t600\t520
2\tProgram Pemerintahan\t500\t450
2.1\tKegiatan Pelayanan\t500\t450
\tBelanja Modal\t500\t450";
        let p = bangun_pohon(&baca_tabel_anggaran(teks));
        let induk: Vec<_> = p.simpul.iter().map(|s| s.induk).collect();
        assert_eq!(
            induk,
            [None, Some(0), Some(1), Some(1), None, Some(4), Some(5)]
        );
        assert_eq!(p.total.anggaran, d("1500"));
        assert!(
            p.simpul.iter().all(|s| s.tanda.is_empty()),
            "{:?}",
            p.simpul
        );
    }

    /// What is copied below a budget (the signatures of a Perjanjian Kinerja, a page footer, a
    /// remark) has no amounts: it is no detail of the last line. It was, and the last line's
    /// total became the 0 of those lines (seed 002's total 808.182.360 for 839.077.360).
    #[test]
    fn lines_with_nothing_in_them_are_no_detail_of_the_line_above() {
        let teks =
            "No\tUraian\tAnggaran\tRealisasi\n1\tProgram A\t300\t250\n1.1\tKeg 1\t100\t100\n\
                    1.2\tKeg 2\t200\t150\n\nDumai, 3 Januari 2022\nPIHAK KEDUA\tPIHAK PERTAMA\n\
                    \tNIP. 19750101 200003 1 001";
        let p = bangun_pohon(&baca_tabel_anggaran(teks));
        assert_eq!(p.simpul[2].total.anggaran, d("200"), "{:?}", p.simpul);
        assert!(p.simpul[2].anak.is_empty());
        assert_eq!(p.total.anggaran, d("300"));
        assert_eq!(p.total.realisasi, d("250"));
        assert!(
            p.simpul.iter().all(|s| s.tanda.is_empty()),
            "{:?}",
            p.simpul
        );
        assert!(p.simpul[3..]
            .iter()
            .all(|s| s.kedalaman == 0 || s.induk.is_some_and(|i| i >= 3)));
        // a heading with nothing in it still heads the lines with amounts below it
        let teks = "Uraian\tAnggaran\tRealisasi\nProgram A\t1.000\t900\nBelanja Pegawai\t\t\n\
                    Gaji\t600\t500\nTunjangan\t400\t400";
        let p = bangun_pohon(&baca_tabel_anggaran(teks));
        assert_eq!(p.total.anggaran, d("1000"), "{:?}", p.simpul);
    }

    #[test]
    fn numbering_tree_with_jumlah() {
        let teks = "No\tUraian\tAnggaran\tRealisasi\n1\tProgram A\t300\t250\n1.1\tKeg 1\t100\t100\n1.2\tKeg 2\t200\t150\n1.10\tKeg 10\t0\t0\n2\tProgram B\t50\t60\n\tJumlah\t350\t310";
        let t = baca_tabel_anggaran(teks);
        let p = bangun_pohon(&t);
        assert_eq!(p.simpul[0].anak, vec![1, 2, 3]);
        assert_eq!(p.simpul[3].kedalaman, 1);
        assert_eq!(
            p.total,
            Ringkasan {
                anggaran: d("350"),
                realisasi: d("310"),
                ..Ringkasan::default()
            }
        );
        assert!(p.jumlah[0].1.is_empty(), "{:?}", p.jumlah);
        assert!(
            p.simpul[4]
                .tanda
                .iter()
                .any(|x| matches!(x, Tanda::Lebih { .. })),
            "overspent"
        );
        assert!(p.simpul[3].tanda.contains(&Tanda::AnggaranNol));
    }

    #[test]
    fn a_program_row_never_nests_under_a_row_whose_level_no_label_gave() {
        // the first program's own row is not pasted: `1.2` heads nothing by level, so
        // `2 Program B` is a program at the top, not a child of `1.2`
        let teks = "No\tUraian\tAnggaran\tRealisasi\n1.1\tKeg 1\t150\t142\n1.1.1\tSub 1\t75\t70\n1.1.2\tSub 2\t75\t72\n1.2\tKeg 2\t1100\t1045\n2\tProgram B\t500\t0\n2.1\tKeg 3\t500\t0";
        let p = bangun_pohon(&baca_tabel_anggaran(teks));
        let induk: Vec<_> = p.simpul.iter().map(|s| s.induk).collect();
        assert_eq!(induk, [None, Some(0), Some(0), None, None, Some(4)]);
        assert!(
            p.simpul.iter().all(|s| s.tanda.is_empty()),
            "{:?}",
            p.simpul
        );
        assert_eq!(
            (p.total.anggaran, p.total.realisasi),
            (d("1750"), d("1187"))
        );
        // a plain first row (no label, no parent) is no program's parent either
        let teks = "Uraian\tAnggaran\tRealisasi\nHonorarium\t100\t90\nProgram A\t200\t150\nKegiatan A1\t200\t150";
        let p = bangun_pohon(&baca_tabel_anggaran(teks));
        let induk: Vec<_> = p.simpul.iter().map(|s| s.induk).collect();
        assert_eq!(induk, [None, None, Some(1)]);
        assert_eq!(p.total.anggaran, d("300"));
    }

    #[test]
    fn labels_and_value_less_headers() {
        // seed 000's shape: BTL and BL with values, value-less programs, numbering restarting
        let teks = "NO\tPROGRAM / KEGIATAN\tANGGARAN\tREALISASI
A.\tBELANJA TIDAK LANGSUNG\t1.000\t800
B.\tBELANJA LANGSUNG\t600\t500
1\tProgram X\t\t
1\tKeg a\t100\t100
2\tKeg b\t200\t100
2\tProgram Y\t\t
3\tKeg c\t300\t300
\tJumlah\t1.600\t1.300";
        let t = baca_tabel_anggaran(teks);
        let p = bangun_pohon(&t);
        assert_eq!(p.simpul[0].anak.len(), 0, "BTL is never a parent");
        assert_eq!(p.simpul[1].anak, vec![2, 5]);
        assert_eq!(p.simpul[2].anak, vec![3, 4]);
        assert_eq!(p.simpul[5].anak, vec![6]);
        assert_eq!(
            p.total,
            Ringkasan {
                anggaran: d("1600"),
                realisasi: d("1300"),
                ..Ringkasan::default()
            }
        );
        assert!(
            p.simpul[1].tanda.is_empty(),
            "BL 600/500 equals its leaves: {:?}",
            p.simpul[1].tanda
        );
        assert!(p.jumlah[0].1.is_empty());
        let belanja: Vec<_> = p
            .belanja(&t)
            .map(|(b, r)| (b.uraian.clone(), r.anggaran))
            .collect();
        assert_eq!(belanja.len(), 2);
        assert_eq!(p.program().count(), 2);
        // the level columns are its uraian: no note asks for one
        assert!(t.pesan.is_empty(), "{:?}", t.pesan);
    }

    #[test]
    fn parent_and_jumlah_mismatches_and_own_figures() {
        let teks = "Uraian\tAnggaran\tRealisasi\tSisa\t%
Program A\t100\t90\t10\t90
Kegiatan a1\t60\t60\t0\t100
Kegiatan a2\t50\t30\t20\t61,00
Jumlah\t100\t90\t10\t95";
        let t = baca_tabel_anggaran(teks);
        let p = bangun_pohon(&t);
        assert!(p.simpul[0].tanda.contains(&Tanda::TidakSamaRincian {
            apa: "Anggaran",
            tertulis: d("100"),
            rincian: d("110")
        }));
        assert!(
            p.simpul[2]
                .tanda
                .iter()
                .any(|x| matches!(x, Tanda::PersenBeda { .. })),
            "30/50 is 60, written 61,00: {:?}",
            p.simpul[2].tanda
        );
        assert!(
            p.simpul[1].tanda.is_empty(),
            "60/60 = 100 as written: {:?}",
            p.simpul[1].tanda
        );
        let (_, j) = &p.jumlah[0];
        assert!(j.iter().any(|x| matches!(
            x,
            Tanda::TidakSamaRincian {
                apa: "Jumlah anggaran",
                ..
            }
        )));
        assert!(
            j.iter().any(|x| matches!(x, Tanda::PersenBeda { .. })),
            "95 vs 90"
        );
    }

    #[test]
    fn rounding_tolerance() {
        assert!(sama_dibulatkan(d("81.81"), d("81.8181")));
        assert!(sama_dibulatkan(d("81.82"), d("81.8181")));
        assert!(!sama_dibulatkan(d("99.149"), d("99.13846")));
        assert!(!sama_dibulatkan(d("100"), d("99.54")));
        assert!(sama_dibulatkan(d("99.98"), d("99.977")));
    }
}
