//! One budget row: its kode, uraian and money, read in each column's convention; a
//! page-break fragment joined to the row above; the sasaran a line's cell names.

use crate::core::anggaran::tabel::{
    kode_di_uraian, sisa_jumlah, BarisAnggaran, KolomAnggaran, TabelAnggaran, Tingkat,
    TriwulanAnggaran,
};
use crate::core::aritmetika;
use crate::core::teks::pembaca::{PembacaSel, TakTerbaca};
use crate::core::teks::tabel::Baris;
use crate::core::teks::tampil::apa_adanya;
use rust_decimal::Decimal;

/// `Jumlah`, `Total`, `Sub total`: a row the table totals itself.
pub(super) fn jumlah_p(teks: &str) -> bool {
    sisa_jumlah(teks).is_some()
}

/// One budget row, its money read in each column's convention (messages for what cannot be).
/// `sendiri` is its deepest name and level, in a table with a column per level.
pub(super) fn baca_baris(
    t: &mut TabelAnggaran,
    b: &Baris,
    sendiri: Option<(Tingkat, String)>,
) -> BarisAnggaran {
    let col = |k: KolomAnggaran| t.kolom.iter().position(|x| *x == k);
    let ambil = |c: Option<usize>| c.map(|j| b.sel(j).trim().to_string()).unwrap_or_default();
    let mut kode = ambil(col(KolomAnggaran::Kode));
    if !t.kode_lanjut.is_empty() {
        kode = gabung_kode(&kode, t.kode_lanjut.iter().map(|j| b.sel(*j)));
    }
    let mut uraian = ambil(col(KolomAnggaran::Uraian));
    let mut tingkat = None;
    if let (true, Some((l, u))) = (uraian.is_empty(), sendiri) {
        (uraian, tingkat) = (u, Some(l));
    }
    // `Jumlah` may stand in either column
    let jumlah = jumlah_p(&uraian) || jumlah_p(&kode);
    if jumlah && uraian.is_empty() {
        uraian = std::mem::take(&mut kode);
    }
    // `7.01.01 PROGRAM ...` in one cell (a Word table without a Kode column)
    if kode.is_empty() {
        if let Some((k, u)) = kode_di_uraian(&uraian) {
            (kode, uraian) = (k.to_string(), u.to_string());
        }
    }
    let kolom = &t.kolom;
    let sd_tw = t.sd_triwulan;
    let mut r = PembacaSel {
        judul: &t.judul,
        konvensi: &t.konvensi,
        pesan: &mut t.pesan,
        satuan: "",
    };
    let pangkat = &t.pangkat;
    let mut uang = |k: KolomAnggaran| uang(&mut r, (kolom, pangkat), b, k);
    let mut rencana_tw: [Option<Decimal>; 4] =
        std::array::from_fn(|q| uang(KolomAnggaran::RencanaTw(q as u8 + 1)).unwrap_or(None));
    let mut tw_gagal = false;
    let mut realisasi_tw: [Option<Decimal>; 4] = std::array::from_fn(|q| {
        let v = uang(KolomAnggaran::RealisasiTw(q as u8 + 1));
        tw_gagal |= v.is_err();
        v.unwrap_or(None)
    });
    for (tw, sd) in [&mut rencana_tw, &mut realisasi_tw].into_iter().zip(sd_tw) {
        if sd {
            *tw = aritmetika::per_triwulan(*tw);
        }
    }
    // without an annual realisasi column, the realisasi is the quarters' to date
    let realisasi = match uang(KolomAnggaran::Realisasi) {
        Ok(None) => {
            let ada: Vec<Decimal> = realisasi_tw.iter().flatten().copied().collect();
            let v = (!ada.is_empty()).then(|| aritmetika::jumlah(ada)).flatten();
            if tw_gagal {
                Err(TakTerbaca)
            } else {
                Ok(v)
            }
        }
        v => v,
    };
    let anggaran = uang(KolomAnggaran::Anggaran);
    BarisAnggaran {
        nomor_baris: b.nomor_baris,
        tak_terbaca: [anggaran.is_err(), realisasi.is_err()],
        anggaran: anggaran.unwrap_or(None),
        realisasi: realisasi.unwrap_or(None),
        tw: rencana_tw
            .iter()
            .chain(&realisasi_tw)
            .any(Option::is_some)
            .then(|| {
                Box::new(TriwulanAnggaran {
                    rencana: rencana_tw,
                    realisasi: realisasi_tw,
                })
            }),
        sisa_laporan: uang(KolomAnggaran::Sisa).unwrap_or(None),
        persen_laporan: uang(KolomAnggaran::Persen).unwrap_or(None),
        kode,
        uraian,
        tingkat: tingkat.filter(|_| !jumlah),
        kepala_sebaris: false,
        jumlah,
    }
}

/// `7`, `01`, `01`, `2.01`, `0001` in the cells of one code: `7.01.01.2.01.0001`.
pub(super) fn gabung_kode<'a>(kode: &'a str, lanjut: impl Iterator<Item = &'a str>) -> String {
    std::iter::once(kode)
        .chain(lanjut)
        .map(|c| c.trim().trim_end_matches('.'))
        .filter(|c| !c.is_empty())
        .collect::<Vec<_>>()
        .join(".")
}

/// The amount in row `b`'s column of role `k`: `Ok(None)` for no such column or an empty cell,
/// `Err` for a cell that cannot be read. Out of line: it is called once per money column.
#[inline(never)]
pub(super) fn uang(
    r: &mut PembacaSel,
    (kolom, pangkat): (&[KolomAnggaran], &[(usize, u32)]),
    b: &Baris,
    k: KolomAnggaran,
) -> Result<Option<Decimal>, TakTerbaca> {
    let Some(j) = kolom.iter().position(|x| *x == k) else {
        return Ok(None);
    };
    let diharapkan = if k == KolomAnggaran::Persen {
        "; diharapkan persen"
    } else {
        "; diharapkan jumlah rupiah"
    };
    let mut v = r.angka(b, j, || kolom[j].label(), diharapkan);
    // a heading in thousands (`Rp. 000`): the amount is the cell times 1.000
    if let (Ok(Some(x)), Some(&(_, p))) = (v, pangkat.iter().find(|(c, _)| *c == j)) {
        v = match aritmetika::kali_pangkat(x, p) {
            Some(x) => Ok(Some(x)),
            None => {
                r.galat(b, j, || kolom[j].label(), aritmetika::TERLALU_BESAR.into());
                Err(TakTerbaca)
            }
        };
    }
    if let Ok(Some(v)) = v {
        if k == KolomAnggaran::Anggaran && v.is_sign_negative() && !v.is_zero() {
            r.peringatan(
                b,
                j,
                || kolom[j].label(),
                "dibaca sebagai anggaran negatif (tanda kurung atau minus); serapan baris ini dan jumlah di atasnya tidak bermakna. Bila ini pengurangan pada perubahan anggaran, tempel kolom anggaran setelah perubahan".into(),
            );
        }
        if k != KolomAnggaran::Persen && v.scale() > 2 {
            periksa_sen(r, b, j, kolom[j], v);
        }
    }
    v
}

/// Rupiah have at most two decimals (sen): `12.345` in a column written en-US is read as
/// twelve point three, which a person used to `12.345` rupiah should be told.
pub(super) fn periksa_sen(r: &mut PembacaSel, b: &Baris, j: usize, k: KolomAnggaran, v: Decimal) {
    if v.trunc() == v {
        return;
    }
    r.peringatan(
        b,
        j,
        || k.label(),
        format!(
            "dibaca {} rupiah, dengan {} angka di belakang koma; bila maksudnya bilangan bulat, tulis tanpa tanda pemisah",
            apa_adanya(v),
            v.scale()
        ),
    );
}

/// A page break splits a long uraian: a code-less, value-less, unlabelled line is the rest of
/// the row above. Joins it and says so.
pub fn sambung_pecahan(baris: &mut [BarisAnggaran], row: &BarisAnggaran) -> bool {
    let pecahan = !row.jumlah
        && !row.bernilai()
        && row.kode.is_empty()
        && row.tingkat_label().is_none()
        && !row.uraian.is_empty();
    match baris.last_mut() {
        Some(prev) if pecahan => {
            prev.uraian.push(' ');
            prev.uraian.push_str(&row.uraian);
            true
        }
        _ => false,
    }
}

/// The sasaran a line's Sasaran cell names, from the rows of that line on (the headings it
/// opens, then its own); an empty cell (merged cells, copied once) or the same name again
/// (fill-down) starts nothing.
pub(super) fn catat_sasaran(t: &mut TabelAnggaran, sel: &str) {
    let s = sel.trim();
    if !s.is_empty() && !jumlah_p(s) && t.sasaran.last().is_none_or(|(_, x)| x != s) {
        t.sasaran.push((t.baris.len(), s.to_string()));
    }
}

/// A bare `Jumlah` in a column that is neither uraian nor kode (the Sasaran column of a budget
/// per sasaran), on a row with figures and without either, the rare one; not `Jumlah dokumen
/// ...`, an indikator's name in a column set aside.
pub(super) fn jumlah_lepas(row: &mut BarisAnggaran, b: &Baris) {
    if row.uraian.is_empty() && row.kode.is_empty() && row.bernilai() {
        let bare = |c: &&str| sisa_jumlah(c).is_some_and(str::is_empty);
        if let Some(c) = b.sel.iter().map(|c| c.trim()).find(bare) {
            (row.jumlah, row.uraian) = (true, c.to_string());
        }
    }
}
