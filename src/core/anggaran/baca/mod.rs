//! Reading a pasted budget table, as a pipeline of small stages:
//! 1. cut the paste to the size limit, split it into rows, drop rows of dashes;
//! 2. find the header block ([`judul::cari_judul`]): the row that names most budget columns,
//!    and the row under it when it continues the header (seed 000: REALISASI over KEUANGAN /
//!    % / FISIK), or guess the roles without one ([`judul::tebak_kolom`]);
//! 3. settle each column's role ([`peran`]): one anggaran column, a spanned `Kode`, scaled
//!    money columns, a currency sign in its own column, the budget's quarterly columns;
//! 4. decide each money column's convention;
//! 5. read each row ([`baris::baca_baris`]) and join a page-break fragment to the row above
//!    ([`baris::sambung_pecahan`]); in a table with a column per level, a line's program and
//!    kegiatan names open heading rows first ([`crate::core::anggaran::kolom_tingkat`]);
//! 6. set aside an LRA's sections that are no spending ([`bagian`]: Pendapatan, Pembiayaan,
//!    SURPLUS/(DEFISIT));
//! 7. finish over the rows read ([`akhir`]): an unlabelled total, empty quarterly columns,
//!    the quarter to date, a budget without realisasi in rupiah.
//!
//! Never panics; every unreadable cell becomes a message naming its row, column and text.

pub mod akhir;
pub mod bagian;
pub mod baris;
pub mod judul;
pub mod peran;
pub mod ulang;

use crate::core::anggaran::kolom_tingkat::{baris_kepala, kolom_tingkat, satukan_tingkat, Terbuka};
use crate::core::anggaran::tabel::{peran_judul_anggaran, KolomAnggaran, TabelAnggaran};
use crate::core::teks::angka::sel_kosong;
use crate::core::teks::kolom::{gabung_judul, hapus_ganda, lanjut_triwulan};
use crate::core::teks::kotak::{
    potong_tabel_lagi, potong_tabel_lain, salah_kotak, tabel_lagi, tambah_potongan, Kotak,
};
use crate::core::teks::lipat::pesan_sel_per_baris;
use crate::core::teks::pembaca::konvensi_kolom_data;
use crate::core::teks::pesan::Pesan;
use crate::core::teks::tabel::{baris_nomor_kolom, lebar, Baris};
use crate::core::teks::tempelan::baca_tempelan_untuk;
use akhir::{jumlah_tanpa_nama, lepas_triwulan_kosong, periode_triwulan, tanpa_realisasi_rupiah};
use bagian::pisah_bukan_belanja;
use baris::{baca_baris, catat_sasaran, jumlah_lepas, jumlah_p, sambung_pecahan};
use judul::{baris_strip, judul_ulang, tabel_lain};
pub use judul::{cari_judul, tebak_kolom};
use peran::{
    geser_rp, kode_lanjut, kolom_uang, pangkat_kolom, pesan_pangkat, pesan_selisih_perubahan,
    pilih_anggaran, pilih_persen, pilih_realisasi, sd_triwulan, triwulan_uang,
};

/// Read a pasted budget table.
pub fn baca_tabel_anggaran(teks: &str) -> TabelAnggaran {
    let (pemisah, rows, mut pesan) = baca_tempelan_untuk(teks, Some(Kotak::Anggaran));
    let mut rows: Vec<Baris> = rows.into_iter().filter(|b| !baris_strip(b)).collect();
    let blok = cari_judul(&rows);
    if let Some((data, lain)) = blok.and_then(|b| tabel_lain(&rows, b)) {
        tambah_potongan(&mut pesan, potong_tabel_lain(&mut rows, data, lain));
    }
    if let Some((data, lagi)) = blok.and_then(|(_, e)| tabel_lagi(&rows, e, judul_ulang)) {
        tambah_potongan(&mut pesan, potong_tabel_lagi(&mut rows, data, lagi));
    }
    let (judul, mut kolom) = match blok {
        Some((s, e)) => {
            let judul = gabung_judul(&rows[s..e].iter().collect::<Vec<_>>());
            let kolom = judul.iter().map(|h| peran_judul_anggaran(h)).collect();
            (judul, kolom)
        }
        None => (Vec::new(), tebak_kolom(&rows)),
    };
    let dari = blok.map_or(0, |(_, e)| e).min(rows.len());
    let data: Vec<&Baris> = rows[dari..]
        .iter()
        .filter(|b| !baris_nomor_kolom(b) && !judul_ulang(b))
        .collect();
    kolom.resize(lebar(&data, kolom.len()), KolomAnggaran::Abaikan);
    let pilihan_anggaran = pilih_anggaran(&judul, &mut kolom);
    let pilihan_realisasi = pilih_realisasi(&judul, &mut kolom);
    pilih_persen(&judul, &mut kolom);
    lanjut_triwulan(&judul, &mut kolom, KolomAnggaran::Abaikan, |k, q| match k {
        KolomAnggaran::RealisasiTw(_) => Some(KolomAnggaran::RealisasiTw(q)),
        KolomAnggaran::RencanaTw(_) => Some(KolomAnggaran::RencanaTw(q)),
        _ => None,
    });
    triwulan_uang(&judul, &mut kolom);
    satukan_tingkat(&mut kolom);
    hapus_ganda(&mut kolom, KolomAnggaran::Abaikan);
    let mut pangkat = pangkat_kolom(&judul, &kolom);
    geser_rp(&mut kolom, &mut pangkat, &data);
    let uang = (0..kolom.len()).filter(|j| kolom_uang(kolom[*j]));
    let kode_lanjut = kode_lanjut(&judul, &kolom, &data);
    let sd_triwulan = sd_triwulan(&judul, &kolom);
    let mut t = TabelAnggaran {
        triwulan: None,
        sd_triwulan,
        realisasi_persen: false,
        sasaran: Vec::new(),
        pangkat,
        kode_lanjut,
        pemisah,
        konvensi: konvensi_kolom_data(&data, uang, false),
        judul,
        kolom,
        baris: Vec::new(),
        pesan,
    };
    t.pesan.extend(pilihan_anggaran);
    t.pesan.extend(pilihan_realisasi);
    t.pesan.extend(pesan_selisih_perubahan(&t.judul, &t.kolom));
    t.pesan.extend(pesan_pangkat(&t));
    let col = |k: KolomAnggaran| t.kolom.iter().position(|x| *x == k);
    if !rows.is_empty()
        && (col(KolomAnggaran::Anggaran).is_none()
            || col(KolomAnggaran::Uraian).is_none() && kolom_tingkat(&t.kolom).is_empty())
    {
        let m = "Kolom Uraian atau Anggaran belum dikenali; beri judul kolom (Uraian, Anggaran, Realisasi).";
        t.pesan.push(Pesan::info(0, "", "", m.into()));
        t.pesan
            .extend(salah_kotak(&rows, Kotak::Anggaran, &[Kotak::Indikator]));
        t.pesan.extend(pesan_sel_per_baris(&rows));
    }
    // an IKM table or the budget by year, whatever was recognised
    t.pesan.extend(salah_kotak(
        &rows,
        Kotak::Anggaran,
        &[Kotak::Ikm, Kotak::Perkembangan],
    ));
    let tingkat = kolom_tingkat(&t.kolom);
    let mut terbuka = Terbuka::default();
    let kolom_sasaran = col(KolomAnggaran::Sasaran);
    for b in data {
        if let Some(j) = kolom_sasaran {
            catat_sasaran(&mut t, b.sel(j));
        }
        let mut sendiri = None;
        if !tingkat.is_empty() {
            let jumlah = tingkat.iter().any(|(j, _)| jumlah_p(b.sel(*j).trim()));
            let nama = terbuka.baca(b, &tingkat, jumlah);
            let kepala = nama.kepala.into_iter();
            t.baris
                .extend(kepala.map(|(l, u)| baris_kepala(b.nomor_baris, l, &u)));
            sendiri = nama.sendiri;
        }
        let mut row = baca_baris(&mut t, b, sendiri);
        jumlah_lepas(&mut row, b);
        // a row with text in a money column (unreadable, so without a value) is no fragment;
        // looked at only for a row without values, the rare one
        let pecahan = !row.bernilai()
            && (0..t.kolom.len()).all(|j| !kolom_uang(t.kolom[j]) || sel_kosong(b.sel(j)))
            && sambung_pecahan(&mut t.baris, &row);
        if !pecahan && (!row.uraian.is_empty() || !row.kode.is_empty() || row.bernilai()) {
            t.baris.push(row);
        }
    }
    pisah_bukan_belanja(&mut t);
    jumlah_tanpa_nama(&mut t);
    lepas_triwulan_kosong(&mut t);
    periode_triwulan(&mut t);
    let catatan = tanpa_realisasi_rupiah(&mut t);
    t.pesan.extend(catatan);
    // in the paste's order, the notes on the whole table first: a person reads them top down
    crate::core::urutan::urutkan(&mut t.pesan, |a, b| a.baris.cmp(&b.baris));
    t
}

#[cfg(test)]
mod tests;
