//! The display model of the budget table: every string the results table and the printed
//! report show for the tree, its totals, flags and terbilang.

use crate::core::anggaran::pohon::{PohonAnggaran, Ringkasan, Tanda};
use crate::core::anggaran::tabel::TabelAnggaran;
use crate::core::anggaran::terbilang::terbilang_rupiah;
use crate::core::teks::tampil::{id_desimal, rupiah};

/// A row as shown (Eq and Hash: the page keys its rows by content).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct BarisTampilAnggaran {
    pub nomor_baris: usize,
    pub kode: String,
    pub uraian: String,
    pub kedalaman: usize,
    pub induk: bool,
    pub anggaran: String,
    pub realisasi: String,
    pub sisa: String,
    pub serapan: String,
    /// Flags in sentences.
    pub tanda: Vec<String>,
    /// A pasted Jumlah / Total row (checked, never added).
    pub jumlah: bool,
    /// In a quarterly table: plan to date, realisasi against it, and deviasi.
    pub triwulan: Option<TampilTriwulanAnggaran>,
}

/// The quarterly figures of a budget row, as shown.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct TampilTriwulanAnggaran {
    pub rencana: String,
    pub terhadap_rencana: String,
    pub deviasi: String,
}

fn sel_triwulan(t: &TabelAnggaran, r: Ringkasan) -> Option<TampilTriwulanAnggaran> {
    let persen = |v: Option<rust_decimal::Decimal>| {
        v.map(|x| id_desimal(x, 2)).unwrap_or_else(|| "n/a".into())
    };
    t.triwulan.map(|_| TampilTriwulanAnggaran {
        rencana: rupiah(r.rencana),
        terhadap_rencana: persen(r.terhadap_rencana()),
        deviasi: persen(r.deviasi()),
    })
}

/// "s.d. TW II" for a quarterly budget table.
pub fn periode_anggaran(t: &TabelAnggaran) -> Option<String> {
    t.triwulan
        .map(|q| format!("s.d. {}", crate::core::kinerja::triwulan::NAMA_TW[q.min(3)]))
}

fn sel(r: Ringkasan) -> (String, String, String, String) {
    (
        rupiah(r.anggaran),
        rupiah(r.realisasi),
        rupiah(r.sisa()),
        r.serapan()
            .map(|s| id_desimal(s, 2))
            .unwrap_or_else(|| "n/a".into()),
    )
}

fn kalimat(t: &[Tanda]) -> Vec<String> {
    t.iter().map(Tanda::kalimat).collect()
}

/// Rows in paste order (tree rows and pasted Jumlah rows) and the total row.
pub fn baris_anggaran(
    t: &TabelAnggaran,
    p: &PohonAnggaran,
) -> (Vec<BarisTampilAnggaran>, BarisTampilAnggaran) {
    let mut out: Vec<(usize, BarisTampilAnggaran)> = Vec::new();
    for s in &p.simpul {
        let b = &t.baris[s.baris];
        let (anggaran, realisasi, sisa, serapan) = sel(s.total);
        let kosong = !b.bernilai() && s.anak.is_empty();
        out.push((
            s.baris,
            BarisTampilAnggaran {
                nomor_baris: b.nomor_baris,
                kode: b.kode.clone(),
                uraian: b.uraian.clone(),
                kedalaman: s.kedalaman,
                induk: !s.anak.is_empty(),
                anggaran: if kosong { "-".into() } else { anggaran },
                realisasi: if kosong { "-".into() } else { realisasi },
                sisa: if kosong { "-".into() } else { sisa },
                serapan: if kosong { "-".into() } else { serapan },
                tanda: kalimat(&s.tanda),
                jumlah: false,
                triwulan: if kosong {
                    None
                } else {
                    sel_triwulan(t, s.total)
                },
            },
        ));
    }
    for (i, tanda) in &p.jumlah {
        let b = &t.baris[*i];
        let own = Ringkasan {
            anggaran: b.anggaran.unwrap_or_default(),
            realisasi: b.realisasi.unwrap_or_default(),
            rencana: rust_decimal::Decimal::ZERO,
        };
        let (anggaran, realisasi, sisa, serapan) = sel(own);
        out.push((
            *i,
            BarisTampilAnggaran {
                nomor_baris: b.nomor_baris,
                kode: b.kode.clone(),
                uraian: format!("{} (tertulis)", b.uraian),
                kedalaman: 0,
                induk: false,
                anggaran,
                realisasi,
                sisa,
                serapan,
                tanda: kalimat(tanda),
                jumlah: true,
                triwulan: None,
            },
        ));
    }
    crate::core::urutan::urutkan(&mut out, |a, b| a.0.cmp(&b.0));
    let (anggaran, realisasi, sisa, serapan) = sel(p.total);
    let total = BarisTampilAnggaran {
        nomor_baris: 0,
        kode: String::new(),
        uraian: "Jumlah (dihitung dari rincian terbawah)".into(),
        kedalaman: 0,
        induk: false,
        anggaran,
        realisasi,
        sisa,
        serapan,
        tanda: if p.total.realisasi > p.total.anggaran {
            vec!["Realisasi melebihi anggaran.".into()]
        } else {
            vec![]
        },
        jumlah: false,
        triwulan: sel_triwulan(t, p.total),
    };
    (out.into_iter().map(|(_, r)| r).collect(), total)
}

/// Terbilang lines of the totals: anggaran, realisasi, sisa.
pub fn terbilang_total(p: &PohonAnggaran) -> Vec<(&'static str, String, String)> {
    vec![
        (
            "Anggaran",
            rupiah(p.total.anggaran),
            terbilang_rupiah(p.total.anggaran),
        ),
        (
            "Realisasi",
            rupiah(p.total.realisasi),
            terbilang_rupiah(p.total.realisasi),
        ),
        (
            "Sisa",
            rupiah(p.total.sisa()),
            terbilang_rupiah(p.total.sisa()),
        ),
    ]
}
