//! Column roles of a budget table after the header is read: which anggaran column is used,
//! the columns a `Kode` spans, scaled money columns, a currency sign in a column of its own,
//! and which quarterly columns are the budget's.

use crate::core::anggaran::tabel::{
    angka_bertitik, judul_selisih_perubahan, pangkat_judul, KolomAnggaran, TabelAnggaran,
};
use crate::core::teks::kata::{awali, memuat};
use crate::core::teks::kolom::{hanya_triwulan, judul_perubahan, sampai_dengan, tahun_dalam};
use crate::core::teks::pesan::Pesan;
use crate::core::teks::tabel::{tepi, Baris};

/// The columns holding money or percentages (their convention is decided from their cells).
pub(super) fn kolom_uang(k: KolomAnggaran) -> bool {
    matches!(
        k,
        KolomAnggaran::Anggaran
            | KolomAnggaran::Realisasi
            | KolomAnggaran::Sisa
            | KolomAnggaran::Persen
            | KolomAnggaran::Fisik
            | KolomAnggaran::RencanaTw(_)
            | KolomAnggaran::RealisasiTw(_)
    )
}

/// Several budget columns (`Anggaran Murni` and `Anggaran Perubahan`, `APBD` and `APBD-P`):
/// realisasi is measured against the revised budget, so its column is the one used (else the
/// first); the others are left out, and a note says which was used.
pub(super) fn pilih_anggaran(judul: &[String], kolom: &mut [KolomAnggaran]) -> Option<Pesan> {
    let (n, dipakai, lain) = pilih_satu(judul, kolom, KolomAnggaran::Anggaran, |a, b| {
        judul_perubahan(a) && !judul_perubahan(b)
    })?;
    Some(Pesan::info(
        0,
        "",
        "",
        format!("Ada {n} kolom anggaran: serapan dihitung terhadap \"{dipakai}\"; {lain} tidak dihitung."),
    ))
}

/// Several realisasi columns (SIPD's monthly `Realisasi s.d. Bulan Lalu | Bulan Ini | s.d.
/// Bulan Ini`, an LRA beside last year's, `Realisasi LS | UP/GU | TU | Jumlah`): the serapan is
/// this period's total to date ([`realisasi_lebih_baik`]); the others are left out, and a
/// note says which was used. The first was read, with no word.
pub(super) fn pilih_realisasi(judul: &[String], kolom: &mut [KolomAnggaran]) -> Option<Pesan> {
    let (n, dipakai, lain) =
        pilih_satu(judul, kolom, KolomAnggaran::Realisasi, realisasi_lebih_baik)?;
    Some(Pesan::info(
        0,
        "",
        "",
        format!(
            "Ada {n} kolom realisasi: serapan dihitung dari \"{dipakai}\"; {lain} tidak dihitung."
        ),
    ))
}

/// Several percentage columns (`Realisasi Fisik (%)` is Fisik, but `% | Realisasi Keuangan
/// (%)`, `Capaian (%) | Serapan (%)`): the written serapan is the one whose heading names the
/// money (else the first); the others are left out.
pub(super) fn pilih_persen(judul: &[String], kolom: &mut [KolomAnggaran]) {
    let uang = |h: &str| {
        ["serapan", "keuangan", "anggaran", "realisasi", "rp"]
            .iter()
            .any(|w| memuat(h, w))
    };
    let _ = pilih_satu(judul, kolom, KolomAnggaran::Persen, |a, b| {
        uang(a) && !uang(b)
    });
}

/// Whether realisasi heading `a` is a better measure of this period than `b`: not a past
/// period's (`Bulan Lalu`, `Tahun Lalu`), then the later year, then a sum (`Jumlah`, `Total`),
/// then to date (`s.d.`) rather than the period's own flow.
fn realisasi_lebih_baik(a: &str, b: &str) -> bool {
    let (a, b) = (a.to_ascii_lowercase(), b.to_ascii_lowercase());
    let lalu = |h: &str| h.contains("lalu") || h.contains("sebelum");
    let jumlah = |h: &str| h.contains("jumlah") || h.contains("total");
    if lalu(&a) != lalu(&b) {
        return !lalu(&a);
    }
    if let (Some(x), Some(y)) = (tahun_dalam(&a), tahun_dalam(&b)) {
        if x != y {
            return x > y;
        }
    }
    if jumlah(&a) != jumlah(&b) {
        return jumlah(&a);
    }
    sampai_dengan(&a) && !sampai_dengan(&b)
}

/// Of several columns of role `peran`, keep the one no other is `lebih_baik` than (the first
/// of equals) and set the others aside: how many there were, the heading used and the others'
/// headings quoted, for the note. `None` with one column or none.
fn pilih_satu(
    judul: &[String],
    kolom: &mut [KolomAnggaran],
    peran: KolomAnggaran,
    lebih_baik: impl Fn(&str, &str) -> bool,
) -> Option<(usize, String, String)> {
    let semua: Vec<usize> = (0..kolom.len()).filter(|j| kolom[*j] == peran).collect();
    if semua.len() < 2 {
        return None;
    }
    let nama = |j: usize| judul.get(j).map_or("", |h| h.as_str());
    let dipakai = semua[1..].iter().fold(semua[0], |terbaik, &j| {
        if lebih_baik(nama(j), nama(terbaik)) {
            j
        } else {
            terbaik
        }
    });
    let lain: Vec<String> = semua
        .iter()
        .filter(|j| **j != dipakai)
        .map(|j| format!("\"{}\"", nama(*j)))
        .collect();
    for &j in semua.iter().filter(|j| **j != dipakai) {
        kolom[j] = KolomAnggaran::Abaikan;
    }
    Some((semua.len(), nama(dipakai).to_string(), lain.join(", ")))
}

/// The columns a `Kode` heading spans (SIPD writes urusan, bidang, program, kegiatan and sub
/// kegiatan each in its own cell under one `Kode`): the untitled, unused columns right after
/// it whose cells are digits.
pub(super) fn kode_lanjut(
    judul: &[String],
    kolom: &[KolomAnggaran],
    data: &[&Baris],
) -> Vec<usize> {
    let Some(k) = kolom.iter().position(|x| *x == KolomAnggaran::Kode) else {
        return Vec::new();
    };
    (k + 1..kolom.len())
        .take_while(|&j| {
            kolom[j] == KolomAnggaran::Abaikan
                && judul.get(j).is_some_and(|h| h.trim().is_empty())
                && data.iter().all(|b| angka_bertitik(b.sel(j).trim()))
                && data.iter().any(|b| !b.sel(j).trim().is_empty())
        })
        .collect()
}

/// Money columns whose heading says they are in thousands, millions or billions.
pub(super) fn pangkat_kolom(judul: &[String], kolom: &[KolomAnggaran]) -> Vec<(usize, u32)> {
    (0..kolom.len())
        .filter(|j| kolom_uang(kolom[*j]) && kolom[*j] != KolomAnggaran::Persen)
        .filter(|j| kolom[*j] != KolomAnggaran::Fisik)
        .filter_map(|j| {
            let p = pangkat_judul(judul.get(j)?);
            (p > 0).then_some((j, p))
        })
        .collect()
}

/// `Rp | 1.000.000` under one heading (Excel's accounting format, a Word table aligning the
/// sign): a money column whose cells are only the currency sign hands its role, and its
/// heading's scale, to the untitled column after it. Every amount was "\"Rp\" bukan angka".
pub(super) fn geser_rp(kolom: &mut [KolomAnggaran], pangkat: &mut [(usize, u32)], data: &[&Baris]) {
    for j in 0..kolom.len().saturating_sub(1) {
        if !kolom_uang(kolom[j]) || kolom[j + 1] != KolomAnggaran::Abaikan {
            continue;
        }
        let mut ada = false;
        let hanya_rp = data.iter().all(|b| {
            let c = tepi(b.sel(j)).trim_end_matches('.');
            let rp = c.eq_ignore_ascii_case("rp") || c.eq_ignore_ascii_case("idr");
            ada |= rp;
            rp || c.is_empty()
        });
        if ada && hanya_rp {
            kolom[j + 1] = kolom[j];
            kolom[j] = KolomAnggaran::Abaikan;
            for p in pangkat.iter_mut().filter(|p| p.0 == j) {
                p.0 = j + 1;
            }
        }
    }
}

/// A note per scaled column: what its amounts were multiplied by.
pub(super) fn pesan_pangkat(t: &TabelAnggaran) -> Vec<Pesan> {
    t.pangkat
        .iter()
        .map(|&(j, p)| {
            let (nama, kali) = match p {
                3 => ("ribuan", "1.000"),
                6 => ("jutaan", "1.000.000"),
                _ => ("miliaran", "1.000.000.000"),
            };
            Pesan::info(
                0,
                "",
                "",
                format!(
                    "Kolom \"{}\" ditulis dalam {nama} rupiah: angkanya dikali {kali}.",
                    t.judul.get(j).map_or("", |h| h.as_str())
                ),
            )
        })
        .collect()
}

/// Of two quarterly columns of one role, the one whose heading names money: a Rencana Aksi's
/// monitoring has the indikator's `Target TW I | Realisasi TW I` before the budget's
/// `Realisasi Anggaran TW I`, and the first of two took the role (the budget's realisasi was
/// 3 + 3 + 2 documents). Beside an `Indikator` column, once any quarter heading names money,
/// those that do not are the indikator's. A bare `TW II` after a money heading is money too.
pub(super) fn triwulan_uang(judul: &[String], kolom: &mut [KolomAnggaran]) {
    let bit = |k: KolomAnggaran| match k {
        KolomAnggaran::RencanaTw(q) => Some(q % 5),
        KolomAnggaran::RealisasiTw(q) => Some(5 + q % 5),
        _ => None,
    };
    let uang = |h: &str| {
        [
            "anggaran", "keuangan", "rupiah", "(rp", "dana", "kas", "pagu", "belanja",
        ]
        .iter()
        .any(|w| memuat(h, w))
    };
    let mut tanda = vec![false; kolom.len()];
    let mut ada = 0u32;
    let mut sebelumnya = false;
    for (j, k) in kolom.iter().enumerate() {
        let Some(b) = bit(*k) else {
            sebelumnya = false;
            continue;
        };
        let h = judul.get(j).map_or("", String::as_str);
        sebelumnya = uang(h) || (sebelumnya && hanya_triwulan(h).is_some());
        tanda[j] = sebelumnya;
        if sebelumnya {
            ada |= 1 << b;
        }
    }
    let indikator = ada != 0 && judul.iter().any(|h| awali(h.trim(), "indikator"));
    for (j, k) in kolom.iter_mut().enumerate() {
        if bit(*k).is_some_and(|b| indikator || ada & (1 << b) != 0) && !tanda[j] {
            *k = KolomAnggaran::Abaikan;
        }
    }
}

/// Whether the quarterly plan and realisasi columns are to date (`Realisasi s.d. TW II`).
pub(super) fn sd_triwulan(judul: &[String], kolom: &[KolomAnggaran]) -> [bool; 2] {
    let sd = |f: fn(&KolomAnggaran) -> bool| {
        (0..kolom.len()).any(|j| {
            f(&kolom[j])
                && judul
                    .get(j)
                    .is_some_and(|h| sampai_dengan(&h.to_ascii_lowercase()))
        })
    };
    [
        sd(|k| matches!(k, KolomAnggaran::RencanaTw(_))),
        sd(|k| matches!(k, KolomAnggaran::RealisasiTw(_))),
    ]
}

/// A note naming the columns of the change between two budgets (`Bertambah/(Berkurang)`),
/// set aside: a person who sees no sisa beside a `Selisih` column is told why.
pub(super) fn pesan_selisih_perubahan(judul: &[String], kolom: &[KolomAnggaran]) -> Option<Pesan> {
    let nama: Vec<String> = (0..kolom.len())
        .filter(|j| kolom[*j] == KolomAnggaran::Abaikan)
        .filter_map(|j| judul.get(j).filter(|h| judul_selisih_perubahan(h)))
        .map(|h| format!("\"{h}\""))
        .collect();
    (!nama.is_empty()).then(|| {
        Pesan::info(
            0,
            "",
            "",
            format!(
                "Kolom {} berisi perubahan antara dua anggaran, bukan sisa atau serapan: tidak dihitung.",
                nama.join(", ")
            ),
        )
    })
}
