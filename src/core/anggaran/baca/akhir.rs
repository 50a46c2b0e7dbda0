//! Stages over the rows once read: an unlabelled total, empty quarterly columns, the quarter
//! the figures are to date, and a budget without realisasi in rupiah.

use crate::core::anggaran::tabel::{KolomAnggaran, TabelAnggaran, TriwulanAnggaran};
use crate::core::teks::pesan::Pesan;
use rust_decimal::Decimal;

/// A last row with figures but neither uraian nor kode, under two lines or more: the total,
/// whose `Jumlah` cell was merged away or left empty (seed 001's table of kinerja and
/// keuangan). Added as a line, it doubled the total; as a Jumlah row it is checked against
/// the lines and not added, and a note says so.
pub(super) fn jumlah_tanpa_nama(t: &mut TabelAnggaran) {
    let lines = t.baris.iter().filter(|b| b.bernilai() && !b.jumlah).count();
    let Some(b) = t.baris.last_mut() else {
        return;
    };
    if lines < 3 || !b.uraian.is_empty() || !b.kode.is_empty() || !b.bernilai() || b.jumlah {
        return;
    }
    b.jumlah = true;
    b.uraian = "Jumlah".to_string();
    let m = "baris tanpa uraian di akhir tabel dibaca sebagai jumlahnya: dicek terhadap rinciannya, tidak ditambahkan.";
    t.pesan
        .push(Pesan::info(b.nomor_baris, "", "", m.to_string()));
}

/// Quarterly columns with nothing written in them are no quarterly table: a Rencana Aksi's
/// `Target Pelaksanaan TW 1 ... TW 4` of its indikator, left empty, showed a budget plan of 0
/// beside every line. Empty plan columns go whatever the realisasi; empty realisasi columns
/// only with them (a plan written at the start of the year has no realisasi yet).
pub(super) fn lepas_triwulan_kosong(t: &mut TabelAnggaran) {
    let tertulis = |f: fn(&TriwulanAnggaran) -> &[Option<Decimal>; 4]| {
        t.baris
            .iter()
            .filter_map(|b| b.tw.as_deref())
            .any(|tw| f(tw).iter().any(Option::is_some))
    };
    let rencana = tertulis(|tw| &tw.rencana);
    let realisasi = rencana || tertulis(|tw| &tw.realisasi);
    for k in &mut t.kolom {
        match k {
            KolomAnggaran::RencanaTw(_) if !rencana => *k = KolomAnggaran::Abaikan,
            KolomAnggaran::RealisasiTw(_) if !realisasi => *k = KolomAnggaran::Abaikan,
            _ => {}
        }
    }
}

/// The quarter the figures are to date, in a table with quarterly columns: the last with any
/// realisasi. With the realisasi in one column of no quarter (`Realisasi` beside `Rencana s.d.
/// TW II`) it is the last quarter with a plan: that table showed "Realisasi s.d. TW I" and a
/// plan of 0. With plans for more than one quarter a note says which was taken, since the
/// column does not say how far its realisasi goes.
pub(super) fn periode_triwulan(t: &mut TabelAnggaran) {
    let ada = |f: fn(&KolomAnggaran) -> bool| t.kolom.iter().any(f);
    if !ada(|k| {
        matches!(
            k,
            KolomAnggaran::RencanaTw(_) | KolomAnggaran::RealisasiTw(_)
        )
    }) {
        return;
    }
    let per_tw = ada(|k| matches!(k, KolomAnggaran::RealisasiTw(_)));
    let tertulis = |q: usize| {
        t.baris.iter().any(|b| {
            !b.jumlah
                && b.tw.as_ref().is_some_and(|tw| {
                    if per_tw {
                        tw.realisasi[q].is_some()
                    } else {
                        tw.rencana[q].is_some()
                    }
                })
        })
    };
    let q = (0..4).rev().find(|q| tertulis(*q));
    t.triwulan = q.or(Some(0));
    if let (false, Some(q)) = (per_tw, q) {
        if (0..q).any(tertulis) {
            let tw = crate::core::kinerja::triwulan::NAMA_TW[q];
            t.pesan.push(Pesan::info(0, "", "", format!("Kolom Realisasi tidak menyebut triwulan: dibandingkan dengan rencana s.d. {tw}, triwulan terakhir yang rencananya tertulis. Bila realisasinya baru sampai triwulan lain, beri judul kolomnya, mis. \"Realisasi s.d. TW II\".")));
        }
    }
}

/// A budget with no realisasi in rupiah: written only as a percentage (`Realisasi Keuangan
/// (%)`), a leaf's realisasi is its anggaran times it, and a note says so; with no realisasi
/// at all, a note says why realisasi and serapan are 0. Both showed 0 silently.
pub(super) fn tanpa_realisasi_rupiah(t: &mut TabelAnggaran) -> Option<Pesan> {
    let ada = |f: fn(&KolomAnggaran) -> bool| t.kolom.iter().any(f);
    if t.baris.is_empty()
        || ada(|k| matches!(k, KolomAnggaran::Realisasi | KolomAnggaran::RealisasiTw(_)))
        || !ada(|k| *k == KolomAnggaran::Anggaran)
    {
        return None;
    }
    let m = match t.kolom.iter().position(|k| *k == KolomAnggaran::Persen) {
        Some(j) => {
            t.realisasi_persen = true;
            let nama = t.judul.get(j).map_or("Persentase", |h| h.as_str());
            format!("Tidak ada kolom realisasi dalam rupiah: realisasi tiap rincian dihitung dari kolom \"{nama}\" (anggaran × % ÷ 100), lalu dijumlah ke atas.")
        }
        None => "Kolom Realisasi belum dikenali: realisasi, sisa dan serapan dihitung 0. Beri judul kolom Realisasi (rupiah).".into(),
    };
    Some(Pesan::info(0, "", "", m))
}
