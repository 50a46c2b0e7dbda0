//! Reading the budget again after an edit of amounts in one line (a key typed in a realisasi,
//! the row editor's Simpan): as the indicator reader does (`kinerja/baca/ulang.rs`), that line
//! alone is read again into the table read before, when every other stage would decide as it
//! did; anything else is read whole ([`baca_tabel_anggaran`]). Reading 2.000 lines whole was
//! 7 of a key's 17 ms. The guards:
//! 1. the texts differ within one line ([`satu_baris`]);
//! 2. that line is one budget row of its own, in a tab-parted table with a heading, no column
//!    per level and no quarterly columns ([`baris_di`]);
//! 3. only its money cells changed, each a plain number before and after of the same kind
//!    ([`sel_nilai`]);
//! 4. read again, the row has no message, is still a data row, and everything but its amounts
//!    is as the whole reading left it: a joined fragment, an unlabelled total named `Jumlah`
//!    ([`baca_ulang`]).
//!
//! The tests read every amount of the worked examples again both ways and compare.

use super::baca_tabel_anggaran;
use super::baris::{baca_baris, jumlah_lepas};
use super::judul::{baris_strip, judul_ulang};
use super::peran::kolom_uang;
use crate::core::anggaran::kolom_tingkat::kolom_tingkat;
use crate::core::anggaran::tabel::{BarisAnggaran, KolomAnggaran, TabelAnggaran};
use crate::core::teks::angka::konvensi_kolom;
use crate::core::teks::sebaris::{ganti_baris, satu_baris, sel_nilai, Berubah};
use crate::core::teks::tabel::{baris_nomor_kolom, baris_tab, Pemisah};

/// `teks` read, where `lama` was read from `lama_teks`, and what changed.
pub fn baca_lagi(mut lama: TabelAnggaran, lama_teks: &str, teks: &str) -> (TabelAnggaran, Berubah) {
    let sebaris = baca_sebaris(&mut lama, lama_teks, teks);
    ganti_baris(
        lama,
        sebaris,
        |t| &mut t.baris,
        || baca_tabel_anggaran(teks),
    )
}

/// The row at its index, read again from the one line of `teks` that differs from
/// `lama_teks`, when the guards allow it. `lama` comes back as it was.
pub fn baca_sebaris(
    lama: &mut TabelAnggaran,
    lama_teks: &str,
    teks: &str,
) -> Option<(usize, BarisAnggaran)> {
    let ubah = satu_baris(lama_teks, teks)?;
    let i = baris_di(lama, ubah.nomor)?;
    let uang = |j: usize| lama.kolom.get(j).is_some_and(|k| kolom_uang(*k));
    sel_nilai(&ubah, uang, |j| konvensi_kolom(&lama.konvensi, j), false)?;
    let x = baca_ulang(lama, i, ubah.baru)?;
    Some((i, x))
}

/// Stage 2: the index of the row read from line `nomor` alone, in a tab-parted table with a
/// heading, no column per level (a line opens heading rows by the names above it) and no
/// quarterly columns (set aside when empty, and the period follows the last written), with no
/// message on its line.
fn baris_di(t: &TabelAnggaran, nomor: usize) -> Option<usize> {
    let triwulan = t.kolom.iter().any(|k| {
        matches!(
            k,
            KolomAnggaran::RencanaTw(_) | KolomAnggaran::RealisasiTw(_)
        )
    });
    if t.pemisah != Pemisah::Tab
        || t.judul.is_empty()
        || triwulan
        || !kolom_tingkat(&t.kolom).is_empty()
    {
        return None;
    }
    let i = t.baris.iter().position(|b| b.nomor_baris == nomor)?;
    let sendiri = t.baris.get(i + 1).is_none_or(|b| b.nomor_baris != nomor);
    let pesan = t.pesan.iter().any(|p| p.baris == nomor);
    (sendiri && !t.baris[i].kepala_sebaris && !pesan).then_some(i)
}

/// Stage 4: row `i` read again from its new line, with the table's roles and conventions.
/// `None` when it gives a message, stops being a data row, or differs from the row read
/// whole in anything but its amounts (or in which amounts are written).
fn baca_ulang(t: &mut TabelAnggaran, i: usize, line: &str) -> Option<BarisAnggaran> {
    let lama = t.baris.get(i)?;
    let b = baris_tab(line, lama.nomor_baris);
    if baris_strip(&b) || baris_nomor_kolom(&b) || judul_ulang(&b) {
        return None;
    }
    // its messages apart from the table's
    let pesan = std::mem::take(&mut t.pesan);
    let mut x = baca_baris(t, &b, None);
    let baru = std::mem::replace(&mut t.pesan, pesan);
    jumlah_lepas(&mut x, &b);
    let lama = t.baris.get(i)?;
    let ada = |r: &BarisAnggaran| {
        [r.anggaran, r.realisasi, r.sisa_laporan, r.persen_laporan].map(|v| v.is_some())
    };
    let sama = x.kode == lama.kode
        && x.uraian == lama.uraian
        && x.jumlah == lama.jumlah
        && x.tingkat == lama.tingkat
        && x.kepala_sebaris == lama.kepala_sebaris
        && x.tak_terbaca == lama.tak_terbaca
        && x.tw == lama.tw
        && ada(&x) == ada(lama);
    (baru.is_empty() && sama).then_some(x)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::anggaran::pohon::bangun_pohon;
    use crate::core::anggaran::ulang::bangun_ulang;
    use crate::core::teks::sebaris::uji;

    /// Values put in a money cell: plain amounts of every kind the guards tell apart, and
    /// texts that must go to the whole reading.
    const NILAI: &[&str] = &[
        "0",
        "7",
        "1500000",
        "1.500.000",
        "1.500.000,50",
        "1,500,000.50",
        "12.345",
        "2024",
        "",
        "-",
        "abc",
        "Rp 5.000",
        "(1.000)",
        "\"9\"",
    ];

    /// A budget with what the stages look at around a line: a program and kegiatan above
    /// their lines, a uraian broken over a page, a stated Jumlah, a section that is no
    /// spending, and an unlabelled total last.
    const SINTETIS: &str = "Kode Rekening\tUraian\tAnggaran\tRealisasi\t%
7.01.01.\tProgram Penunjang\t\t\t
7.01.01.2.01.\tKegiatan Perencanaan\t\t\t
7.01.01.2.01.01.\tPenyusunan Dokumen Perencanaan\t12.500.000\t12.000.000\t96
7.01.01.2.01.02.\tKoordinasi dan Penyusunan\t8.000.000\t7.950.000\t99,38
\tPerangkat Daerah\t\t\t
7.01.01.2.02.\tKegiatan Keuangan\t\t\t
7.01.01.2.02.01.\tPenyediaan Gaji\t1.250.000.000\t1.200.000.000\t96
\tJumlah\t1.270.500.000\t1.219.950.000\t96,02
4.\tPENDAPATAN DAERAH\t500.000\t450.000\t90
\t\t1.270.500.000\t1.219.950.000\t
";

    /// The budgets among the examples.
    fn contoh() -> Vec<(String, String)> {
        uji::contoh(SINTETIS, |p| p.contains("anggaran") || p.contains("dpa"))
    }

    /// Whether `baca_sebaris` reads the edit alone; when it does not, the table is as it was.
    fn sebaris(lama: &TabelAnggaran, a: &str, b: &str) -> bool {
        let mut salinan = lama.clone();
        let dibaca = baca_sebaris(&mut salinan, a, b).is_some();
        assert!(dibaca || salinan == *lama);
        dibaca
    }

    #[test]
    fn an_amount_read_again_alone_gives_the_table_read_whole() {
        let cepat = uji::banding(
            &contoh(),
            NILAI,
            &[],
            baca_tabel_anggaran,
            sebaris,
            baca_lagi,
        );
        assert!(cepat > 300, "read alone {cepat} times");
    }

    /// The page's pipeline: an edit read again alone names its line, and the tree built again
    /// from that line alone (`anggaran::ulang`) equals the tree of the whole reading.
    #[test]
    fn an_amount_read_and_summed_again_alone_gives_the_tree_built_whole() {
        let bangun = |t: &str| {
            let t = baca_tabel_anggaran(t);
            let p = bangun_pohon(&t);
            (t, p)
        };
        let cepat = uji::banding(
            &contoh(),
            NILAI,
            &[],
            bangun,
            |(lama, _), a, b| sebaris(lama, a, b),
            |(lama, p), a, b| match baca_lagi(lama, a, b) {
                (t, Berubah::Baris(i)) => {
                    let (p, _) = bangun_ulang(p, &t, i);
                    ((t, p), Berubah::Baris(i))
                }
                (t, b) => {
                    let p = bangun_pohon(&t);
                    ((t, p), b)
                }
            },
        );
        assert!(cepat > 300, "read alone {cepat} times");
    }

    /// Amounts typed one after another, each read from the reading before.
    #[test]
    fn amounts_typed_one_after_another_keep_the_table_as_read_whole() {
        // every 23rd edit: a few dozen per example, each read whole to compare
        uji::berturut(&contoh(), NILAI, 23, baca_tabel_anggaran, baca_lagi);
    }
}
