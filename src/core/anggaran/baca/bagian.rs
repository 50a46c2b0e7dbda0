//! The sections of an LRA that are no spending: its Pendapatan (a kecamatan's retribusi),
//! Pembiayaan, and the SURPLUS/(DEFISIT) row between them. A budget's anggaran, realisasi
//! and serapan are the belanja's; these rows, summed with it, made nonsense of every total.

use crate::core::anggaran::tabel::{BarisAnggaran, TabelAnggaran};
use crate::core::teks::kata::awali;
use crate::core::teks::pesan::Pesan;
use crate::core::teks::tampil::rupiah;

/// The kind of section a row opens.
#[derive(Clone, Copy, PartialEq)]
enum Kepala {
    Belanja,
    /// Pendapatan, Pembiayaan: a section of rows.
    Lain,
    /// SURPLUS/(DEFISIT): one row.
    Selisih,
}

/// Which section a row opens, if any.
fn kepala(b: &BarisAnggaran) -> Option<Kepala> {
    let u = b.uraian.trim();
    // an account code of its own kind (`4`, `4.1`, `6`) or none: a kegiatan `Pendapatan ...`
    // under a program's code is a line
    let kode = |k: &str| {
        b.kode.is_empty()
            || b.kode
                .strip_prefix(k)
                .is_some_and(|r| r.is_empty() || r.starts_with('.'))
    };
    if awali(u, "pendapatan") && kode("4") || awali(u, "pembiayaan") && kode("6") {
        Some(Kepala::Lain)
    } else if awali(u, "surplus") || awali(u, "defisit") {
        Some(Kepala::Selisih)
    } else if awali(u, "belanja") {
        Some(Kepala::Belanja)
    } else {
        None
    }
}

/// Set aside the sections that are no spending, when the table has spending too, and name
/// each with its rows and written figures. The Sasaran column's row indices follow.
pub(super) fn pisah_bukan_belanja(t: &mut TabelAnggaran) {
    let mut kini = Kepala::Belanja;
    let mut simpan = Vec::with_capacity(t.baris.len());
    // (head row index, first and last row number)
    let mut bagian: Vec<(usize, usize, usize)> = Vec::new();
    for (i, b) in t.baris.iter().enumerate() {
        let k = kepala(b);
        // a Pendapatan Asli Daerah under Pendapatan Daerah stays in its section
        let baru = match k {
            Some(Kepala::Lain) => kini != Kepala::Lain,
            Some(Kepala::Selisih) => true,
            _ => false,
        };
        kini = match (k, kini) {
            (Some(k), _) => k,
            (None, Kepala::Selisih) => Kepala::Belanja,
            (None, x) => x,
        };
        if baru {
            bagian.push((i, b.nomor_baris, b.nomor_baris));
        } else if let (Kepala::Lain, Some(x)) = (kini, bagian.last_mut()) {
            x.2 = b.nomor_baris;
        }
        simpan.push(kini == Kepala::Belanja);
    }
    let ada_belanja = t.baris.iter().zip(&simpan).any(|(b, s)| *s && b.bernilai());
    if bagian.is_empty() || !ada_belanja {
        return;
    }
    let tulis = |v: Option<rust_decimal::Decimal>| v.map_or("-".into(), rupiah);
    let nama: Vec<String> = bagian
        .iter()
        .map(|&(i, awal, akhir)| {
            let b = &t.baris[i];
            let baris = if awal == akhir {
                awal.to_string()
            } else {
                format!("{awal}-{akhir}")
            };
            format!(
                "\"{}\" (baris {baris}: anggaran {}, realisasi {})",
                b.uraian,
                tulis(b.anggaran),
                tulis(b.realisasi)
            )
        })
        .collect();
    // the Sasaran column's first rows, counted among the rows kept
    let mut sebelum = Vec::with_capacity(simpan.len() + 1);
    let mut n = 0;
    for s in &simpan {
        sebelum.push(n);
        n += usize::from(*s);
    }
    sebelum.push(n);
    for (i, _) in &mut t.sasaran {
        *i = sebelum[(*i).min(simpan.len())];
    }
    let mut s = simpan.into_iter();
    t.baris.retain(|_| s.next().unwrap_or(true));
    t.pesan.push(Pesan::info(
        0,
        "",
        "",
        format!(
            "Bagian yang bukan belanja tidak dijumlah; anggaran, realisasi dan serapan dihitung dari belanja saja: {}.",
            nama.join("; ")
        ),
    ));
}
