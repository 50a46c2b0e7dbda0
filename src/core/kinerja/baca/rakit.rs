//! Stage 6: assemble the table from the classified rows: sasaran (a filled cell starts one, a
//! blank one continues the one above), indikator with their cells read, sub-items under a
//! value-less parent, and the table's own totals kept for the audit.

use crate::core::aritmetika;
use crate::core::kinerja::baca::golongan::{golongkan, sel, JenisBaris};
use crate::core::kinerja::baca::nama::{
    bersihkan_nama, nama_sama, sambung_sasaran, sasaran_dalam_kalimat,
};
use crate::core::kinerja::baca::peran::{Letak, Peran};
use crate::core::kinerja::indikator::{AngkaLaporan, Indikator, TabelIndikator};
use crate::core::kinerja::polaritas::Polaritas;
use crate::core::kinerja::triwulan::{AsalSifat, Sifat, Triwulan};
use crate::core::teks::angka::{baca_angka, konvensi_kolom, Catatan, IsiAngka, Konvensi};
use crate::core::teks::kolom::Kolom;
use crate::core::teks::nilai::{baca_nilai, Batas, Nilai};
use crate::core::teks::pembaca::PembacaSel;
use crate::core::teks::pesan::Pesan;
use crate::core::teks::tabel::Baris;
use rust_decimal::Decimal;

/// Where the assembly is between rows.
#[derive(Default)]
struct Keadaan {
    /// The last value-less indikator, which may gain sub-items.
    induk: Option<usize>,
    /// Right after a sasaran title line.
    setelah_judul: bool,
    /// For a table with no title line: the name a sentence above it gives its sasaran in
    /// quotes, and that sentence's line (see [`nama_di_atas`], [`kalimat_teks`]). Taken by the
    /// table's first row; a title line or a filled sasaran cell drops it.
    nama_kalimat: Option<(String, usize)>,
    /// The report's text line before this one, if the line before was text (a sentence may
    /// wrap onto the next line).
    teks_lalu: Option<usize>,
    /// The heading repeated after rows were read (a page break, the next sasaran's table, or
    /// the same table again), until the next data row: its index in the data.
    ulang: Option<usize>,
    /// The first indikator of the last sasaran that has one.
    pertama_sasaran: usize,
}

/// The sasaran the report's text right above the header names in quotes (`Kinerja Sasaran
/// “...” dapat dilihat dari ...`), and that line: the nearest such sentence among the lines of
/// one cell between the table above (if any) and the header at `awal`.
pub fn nama_di_atas(rows: &[Baris], awal: usize) -> Option<(String, usize)> {
    rows.get(..awal)?
        .iter()
        .rev()
        .take_while(|b| b.terisi() <= 1)
        .find_map(|b| {
            Some((
                sasaran_dalam_kalimat(b.pertama())?.to_string(),
                b.nomor_baris,
            ))
        })
}

/// The sasaran a line of the report's text between the tables names in quotes, and the line;
/// with the text line before it when the sentence wraps (`Kinerja Sasaran “... yang` over
/// `dilaksanakan ...” dapat dilihat dari ...`).
fn kalimat_teks(b: &Baris, lalu: Option<&&Baris>) -> Option<(String, usize)> {
    let teks = b.pertama();
    if let Some(nama) = sasaran_dalam_kalimat(teks) {
        return Some((nama.to_string(), b.nomor_baris));
    }
    // only a line that closes a quote can end a wrapped name
    let lalu = lalu.filter(|_| teks.contains(['”', '"']))?;
    let gabung = format!("{} {teks}", lalu.pertama().trim_end());
    Some((
        sasaran_dalam_kalimat(&gabung)?.to_string(),
        lalu.nomor_baris,
    ))
}

/// Under the heading repeated, a row that starts the table again: the table's first
/// indikator, or the first of the sasaran the row falls under, by name and sasaran (the same
/// table for another year under this one, or pasted twice). Its name.
fn tabel_lagi(t: &TabelIndikator, b: &Baris, letak: &Letak, k: &Keadaan) -> Option<String> {
    let (nama, _) = bersihkan_nama(sel(b, letak.indikator));
    let (s, _) = bersihkan_nama(sel(b, letak.sasaran));
    let sasaran = match (&k.nama_kalimat, t.sasaran.last()) {
        _ if !s.is_empty() => s.as_str(),
        (Some((n, _)), _) => n.as_str(),
        (None, last) => last?.as_str(),
    };
    [0, k.pertama_sasaran]
        .iter()
        .filter_map(|&i| t.indikator.get(i))
        .any(|x| {
            nama_sama(&x.nama, &nama)
                && t.sasaran
                    .get(x.sasaran)
                    .is_some_and(|n| nama_sama(n, sasaran))
        })
        .then_some(nama)
}

/// Add the indikator, sasaran and stated totals of `data` to `t`. `nama_kalimat`: what
/// [`nama_di_atas`] found, the name of a first sasaran that has no title.
pub fn rakit(
    t: &mut TabelIndikator,
    data: &[&Baris],
    peran: &Peran,
    nama_kalimat: Option<(String, usize)>,
) {
    let letak = peran.letak();
    let mut k = Keadaan {
        nama_kalimat,
        ..Keadaan::default()
    };
    // the report's text between the tables (a line with no separator in a table of several
    // columns, and no title): its first line and how many
    let mut teks: Option<(&Baris, usize)> = None;
    for (i, b) in data.iter().enumerate() {
        if b.sel.len() == 1 && peran.kolom.len() > 1 {
            let jenis = golongkan(b, &letak, k.setelah_judul);
            if matches!(jenis, JenisBaris::Data | JenisBaris::HanyaSasaran) {
                teks.get_or_insert((b, 0)).1 += 1;
                // a line after the text is no longer the title's
                k.setelah_judul = false;
                let lalu = k.teks_lalu.and_then(|j| data.get(j));
                if let Some(nama) = kalimat_teks(b, lalu) {
                    k.nama_kalimat = Some(nama);
                }
                k.teks_lalu = Some(i);
                continue;
            }
        }
        k.teks_lalu = None;
        let laporan = |milik: usize, nilai: Decimal| AngkaLaporan {
            nomor_baris: b.nomor_baris,
            teks: b.pertama().to_string(),
            milik,
            nilai,
        };
        match golongkan(b, &letak, k.setelah_judul) {
            JenisBaris::JudulUlang => {
                if !t.indikator.is_empty() {
                    k.ulang.get_or_insert(i);
                }
            }
            JenisBaris::LanjutanJudul => {
                if let Some(last) = t.sasaran.last_mut() {
                    last.push(' ');
                    last.push_str(b.pertama());
                }
            }
            JenisBaris::TotalSub(v) => {
                if let (Some(p), Some(v)) = (k.induk, v) {
                    t.total_sub.push(laporan(p, v));
                }
                k.induk = None;
            }
            JenisBaris::CapaianSasaran(v) => {
                if let (Some(s), Some(v)) = (t.sasaran.len().checked_sub(1), v) {
                    t.capaian_sasaran_laporan.push(laporan(s, v));
                }
                k.induk = None;
            }
            JenisBaris::JudulAtas => {
                k.induk = None;
                k.setelah_judul = false;
            }
            JenisBaris::JudulSasaran(nama) => {
                t.sasaran.push(nama);
                k.induk = None;
                k.setelah_judul = true;
                k.nama_kalimat = None;
            }
            JenisBaris::HanyaSasaran => {
                k.setelah_judul = false;
                k.nama_kalimat = None;
                let s = sel(b, letak.sasaran);
                if !s.is_empty() {
                    sambung_sasaran(&mut t.sasaran, s, sel(b, letak.no).is_empty());
                }
            }
            JenisBaris::Data => {
                k.setelah_judul = false;
                let ulang = k.ulang.take().and_then(|u| data.get(u));
                if let Some((u, nama)) =
                    ulang.and_then(|u| Some((u, tabel_lagi(t, b, &letak, &k)?)))
                {
                    let m = format!(
                        "baris ini dan sesudahnya adalah tabel lain dan tidak dibaca: tabelnya mulai lagi dengan indikator \"{nama}\" yang sudah dibaca di atas (tabel yang sama, misalnya untuk tahun lain); tempel tiap tabel sendiri."
                    );
                    t.pesan.push(Pesan::info(u.nomor_baris, "", u.pertama(), m));
                    // a title line above the heading repeated is that table's
                    let n = t.indikator.last().map_or(0, |x| x.sasaran + 1);
                    t.sasaran.truncate(n);
                    t.capaian_sasaran_laporan.retain(|a| a.milik < n);
                    break;
                }
                tambah_indikator(t, b, peran, &letak, &mut k);
            }
        }
    }
    if let Some((b, n)) = teks {
        let m = format!(
            "baris teks tanpa pemisah kolom di antara baris tabel (uraian laporan, bukan indikator): tidak dibaca{}.",
            if n > 1 { format!(", {n} baris seperti ini") } else { String::new() }
        );
        t.pesan.push(Pesan::info(b.nomor_baris, "", b.pertama(), m));
    }
}

/// A data row: its sasaran, whether it is a sub-item, and the indikator read from its cells.
fn tambah_indikator(
    t: &mut TabelIndikator,
    b: &Baris,
    peran: &Peran,
    letak: &Letak,
    k: &mut Keadaan,
) {
    let s = sel(b, letak.sasaran);
    if !s.is_empty() {
        sambung_sasaran(&mut t.sasaran, s, sel(b, letak.no).is_empty());
        k.nama_kalimat = None;
    }
    // no title: the sentence above the table names its sasaran in quotes; a name other than
    // the sasaran before starts a new one (a report's next sasaran whose table has no title)
    if let Some((nama, baris)) = k.nama_kalimat.take() {
        if t.sasaran.last().is_none_or(|s| !nama_sama(s, &nama)) {
            let m = format!(
                "nama sasaran diambil dari kalimat di atas tabel: \"{nama}\" (tabel ini tidak punya baris judul sasaran)"
            );
            t.pesan.push(Pesan::info(baris, "Sasaran", &nama, m));
            t.sasaran.push(nama);
        }
    }
    if t.sasaran.is_empty() {
        t.sasaran.push("Sasaran".into());
    }
    let sasaran = t.sasaran.len() - 1;
    let (nama, bullet) = bersihkan_nama(sel(b, letak.indikator));
    // a sub-item: under a value-less parent of the same sasaran, marked or without a number
    let anak = k
        .induk
        .is_some_and(|p| t.indikator.get(p).is_some_and(|x| x.sasaran == sasaran))
        && (bullet || letak.no.is_some_and(|j| b.sel(j).trim().is_empty()));
    if !anak {
        k.induk = None;
    }
    let i = baca_indikator(&t.konvensi, &mut t.pesan, b, peran, letak, nama, sasaran);
    let kosong = |v: &Nilai| matches!(v, Nilai::Kosong(_));
    let tanpa_nilai = kosong(&i.target)
        && kosong(&i.realisasi)
        && i.triwulan
            .as_ref()
            .is_none_or(|tw| tw.target.iter().chain(&tw.realisasi).all(kosong));
    let idx = t.indikator.len();
    if t.indikator.last().is_none_or(|x| x.sasaran != sasaran) {
        k.pertama_sasaran = idx;
    }
    t.indikator.push(Indikator {
        induk: if anak { k.induk } else { None },
        ..i
    });
    if !anak && tanpa_nilai {
        k.induk = Some(idx);
    }
}

/// Without a Satuan column, the unit written after the target's number (`240 surat`, as the
/// Evaluasi Renja writes it): the row's satuan.
fn satuan_tertulis(b: &Baris, letak: &Letak) -> Option<String> {
    if letak.satuan.is_some() {
        return None;
    }
    match baca_angka(sel(b, letak.target), Konvensi::IdId) {
        IsiAngka::Angka(a) => match a.peringatan {
            Some(Catatan::Kata(k)) => Some(k),
            _ => None,
        },
        _ => None,
    }
}

/// The cells of one indikator row, each read in its column's convention (`konvensi`);
/// unreadable cells become messages in `pesan`.
pub(crate) fn baca_indikator(
    konvensi: &[(usize, Konvensi)],
    pesan: &mut Vec<Pesan>,
    b: &Baris,
    peran: &Peran,
    letak: &Letak,
    nama: String,
    sasaran: usize,
) -> Indikator {
    let tertulis = satuan_tertulis(b, letak);
    let satuan = tertulis.as_deref().unwrap_or(sel(b, letak.satuan));
    let mut r = PembacaSel {
        judul: &peran.judul,
        konvensi,
        pesan,
        satuan,
    };
    let (target, batas) = match letak.target {
        Some(j) => r.target(b, j, || peran.kolom[j].label()),
        None => (Nilai::Kosong("kolom tidak ada".into()), None),
    };
    let mut baca = |c: Option<usize>, wajib: bool| -> Nilai {
        match c {
            Some(j) => r.nilai(b, j, || peran.kolom[j].label(), wajib),
            None => Nilai::Kosong("kolom tidak ada".into()),
        }
    };
    let realisasi = baca(letak.realisasi, true);
    let bobot = baca(peran.kolom(Kolom::Bobot), true).angka();
    let capaian_laporan = baca(peran.kolom(Kolom::CapaianLaporan), false).angka();
    let target_akhir = baca(peran.kolom(Kolom::TargetAkhir), true).angka();
    let realisasi_lalu = peran
        .kolom(Kolom::RealisasiLalu)
        .map(|j| baca(Some(j), true));
    let (triwulan, batas_tw) = baca_triwulan(b, peran, &mut r, satuan, &target, batas);
    // without an annual target, a quarter's bound (`≤ 3` in Target TW I) says the polarity
    let polaritas = baca_polaritas(b, peran, r.pesan, batas.or(batas_tw));
    Indikator {
        nomor_baris: b.nomor_baris,
        sasaran,
        nama: if nama.is_empty() {
            format!("(baris {})", b.nomor_baris)
        } else {
            nama
        },
        satuan: satuan.to_string(),
        target,
        batas,
        realisasi,
        polaritas,
        bobot,
        capaian_laporan,
        target_akhir,
        realisasi_lalu,
        target_tahunan: target_tahunan(b, &peran.kolom, r.konvensi),
        induk: None,
        triwulan,
    }
}

/// Quarterly columns with nothing written in any row are no quarterly table: a Rencana
/// Aksi's empty `Target Pelaksanaan TW 1 ... TW 4` gave every indikator the reason "no
/// quarterly realisasi yet" when its table has no realisasi at all.
pub fn lepas_triwulan_kosong(t: &mut TabelIndikator) {
    let tertulis = |tw: &Triwulan| {
        tw.target
            .iter()
            .chain(&tw.realisasi)
            .any(|n| !matches!(n, Nilai::Kosong(_)))
    };
    if !t
        .indikator
        .iter()
        .any(|i| i.triwulan.as_deref().is_some_and(tertulis))
    {
        for i in &mut t.indikator {
            i.triwulan = None;
        }
    }
}

/// The quarterly cells of a row, when the table has quarterly columns, and the first bound
/// its quarterly targets are written as; the sifat from a Sifat column, else guessed from the
/// satuan.
fn baca_triwulan(
    b: &Baris,
    peran: &Peran,
    r: &mut PembacaSel,
    satuan: &str,
    tahunan: &Nilai,
    batas: Option<Batas>,
) -> (Option<Box<Triwulan>>, Option<Batas>) {
    let kolom = &peran.kolom;
    let cari = |f: &dyn Fn(Kolom) -> bool| kolom.iter().position(|k| f(*k));
    let ada = kolom.iter().any(|k| {
        matches!(
            k,
            Kolom::TargetTw(_) | Kolom::TargetTwSd(_) | Kolom::RealisasiTw(_)
        )
    });
    if !ada {
        return (None, None);
    }
    let sd_tertulis = kolom.iter().any(|k| matches!(k, Kolom::TargetTwSd(_)));
    let mut batas_tw = None;
    // a quarter's target may be a bound, as the annual one (`≥ 80` every quarter)
    let target: [Nilai; 4] = std::array::from_fn(|q| {
        let q = q as u8 + 1;
        match cari(&|k| k == Kolom::TargetTw(q) || k == Kolom::TargetTwSd(q)) {
            Some(j) => {
                let (v, bt) = r.target(b, j, || kolom[j].label());
                batas_tw = batas_tw.or(bt);
                v
            }
            None => Nilai::Kosong("kosong".into()),
        }
    });
    let batas = batas.or(batas_tw).is_some();
    let mut baca = |j: Option<usize>| match j {
        Some(j) => r.nilai(b, j, || kolom[j].label(), true),
        None => Nilai::Kosong("kosong".into()),
    };
    let realisasi: [Nilai; 4] =
        std::array::from_fn(|q| baca(cari(&|k| k == Kolom::RealisasiTw(q as u8 + 1))));
    // the guess looks at the annual target, else at the first quarter's
    let contoh = if matches!(tahunan, Nilai::Kosong(_)) {
        &target[0]
    } else {
        tahunan
    };
    let (sifat, asal) = match peran.kolom(Kolom::Sifat).map(|j| (j, b.sel(j).trim())) {
        Some((j, teks)) if !teks.is_empty() => match Sifat::baca(teks) {
            Some(s) => (s, AsalSifat::Kolom),
            None => {
                r.pesan.push(Pesan::galat_sel(
                    b.nomor_baris,
                    &peran.nama(j),
                    teks,
                    "diharapkan kumulatif / akhir / rata-rata; sifat ditebak dari satuan".into(),
                ));
                (Sifat::tebak(satuan, contoh, batas), AsalSifat::Tebakan)
            }
        },
        _ => (Sifat::tebak(satuan, contoh, batas), AsalSifat::Tebakan),
    };
    // realisasi written to date (`Realisasi s.d. TW II`) of a flow: each quarter's own is the
    // change from the quarter before, or the sum to date would count the earlier ones again
    // (3, 6, 9 documents made 18); a stock's position is the same either way
    let realisasi = match sifat {
        Sifat::Kumulatif if peran.realisasi_sd => per_triwulan_nilai(realisasi),
        _ => realisasi,
    };
    let tw = Triwulan {
        target,
        realisasi,
        sifat,
        asal_sifat: asal,
        target_sd_tertulis: sd_tertulis,
    };
    (Some(Box::new(tw)), batas_tw)
}

/// [`aritmetika::per_triwulan`] over cells: only when every written quarter is a number.
fn per_triwulan_nilai(r: [Nilai; 4]) -> [Nilai; 4] {
    let angka = r.clone().map(|v| v.angka());
    let semua = r
        .iter()
        .zip(&angka)
        .all(|(v, a)| matches!(v, Nilai::Kosong(_)) || a.is_some());
    if !semua {
        return r;
    }
    let own = aritmetika::per_triwulan(angka);
    let mut i = 0;
    r.map(|v| {
        let o = own[i];
        i += 1;
        match o {
            Some(x) => Nilai::Angka(x),
            None => v,
        }
    })
}

/// Yearly Renstra targets of a row, by year (unreadable ones left out).
fn target_tahunan(
    b: &Baris,
    kolom: &[Kolom],
    konvensi: &[(usize, Konvensi)],
) -> Vec<(u16, Decimal)> {
    kolom
        .iter()
        .enumerate()
        .filter_map(|(j, k)| match k {
            Kolom::TargetTahun(y) => baca_nilai(b.sel(j), konvensi_kolom(konvensi, j), &mut None)
                .angka()
                .map(|v| (*y, v)),
            _ => None,
        })
        .collect()
}

/// The Polaritas cell. Without one (or with an unreadable one) the target's bound decides: an
/// upper bound (`≤ 3`, `maks 3`) is negative; else positive.
fn baca_polaritas(
    b: &Baris,
    peran: &Peran,
    pesan: &mut Vec<Pesan>,
    batas: Option<Batas>,
) -> Polaritas {
    let bawaan = match batas {
        Some(Batas { atas: true, .. }) => Polaritas::Negatif,
        _ => Polaritas::Positif,
    };
    match peran.kolom(Kolom::Polaritas).map(|j| b.sel(j).trim()) {
        None | Some("") => bawaan,
        Some(p) => Polaritas::baca(p).unwrap_or_else(|| {
            let dihitung = match bawaan {
                Polaritas::Positif => "positif",
                Polaritas::Negatif => "negatif",
            };
            pesan.push(Pesan::galat_sel(
                b.nomor_baris,
                "Polaritas",
                p,
                format!("diharapkan + / - / positif / negatif; dihitung {dihitung}"),
            ));
            bawaan
        }),
    }
}
