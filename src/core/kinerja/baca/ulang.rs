//! Reading the table again after an edit of values in one row: a key typed in a target, the
//! row editor's Simpan. Reading 2.000 rows whole was half of the page's work for each key.
//! When only number cells of one indikator's line changed, and each stays a number of the
//! same kind, every stage but that row's reading decides as it did, so that row alone is read
//! again into the table read before. Anything else is read whole ([`baca_tabel_indikator`]).
//! A pipeline of guards, each cheap:
//! 1. the texts differ within one line ([`satu_baris`]);
//! 2. that line is one indikator's whole row, in a table whose shape a value cannot change
//!    ([`indikator_di`]; a quarterly table too, its quarters kept);
//! 3. only its value cells changed, each a plain number before and after, showing the same of
//!    its column's convention, of the year test and of the number test ([`sel_nilai`]);
//! 4. the row read again gives no message and is still a data row ([`baca_baris`]).
//!
//! The tests read every value of the worked examples again both ways and compare.

use crate::core::kinerja::baca::baca_tabel_indikator;
use crate::core::kinerja::baca::peran::{realisasi_sd, Peran};
use crate::core::kinerja::baca::rakit::baca_indikator;
use crate::core::kinerja::indikator::{Indikator, TabelIndikator};
use crate::core::teks::angka::konvensi_kolom;
use crate::core::teks::kolom::Kolom;
use crate::core::teks::nilai::Nilai;
use crate::core::teks::sebaris::{ganti_baris, satu_baris, sel_nilai, Berubah};
use crate::core::teks::tabel::{baris_nomor_kolom, baris_tab, Pemisah};

/// `teks` read, where `lama` was read from `lama_teks` with the same roles chosen
/// (`pilihan`), and what changed.
pub fn baca_lagi(
    lama: TabelIndikator,
    lama_teks: &str,
    teks: &str,
    pilihan: Option<&[Kolom]>,
) -> (TabelIndikator, Berubah) {
    let sebaris = baca_sebaris(&lama, lama_teks, teks);
    ganti_baris(
        lama,
        sebaris,
        |t| &mut t.indikator,
        || baca_tabel_indikator(teks, pilihan),
    )
}

/// The indikator at its index, read again from the one line of `teks` that differs from
/// `lama_teks`, when the guards allow it.
pub fn baca_sebaris(
    lama: &TabelIndikator,
    lama_teks: &str,
    teks: &str,
) -> Option<(usize, Indikator)> {
    let ubah = satu_baris(lama_teks, teks)?;
    let i = indikator_di(lama, ubah.nomor)?;
    let nilai = |j: usize| lama.kolom.get(j).is_some_and(|k| k.numerik());
    sel_nilai(&ubah, nilai, |j| konvensi_kolom(&lama.konvensi, j), true)?;
    let x = baca_baris(lama, &lama.indikator[i], ubah.baru)?;
    Some((i, x))
}

/// Stage 2: the index of the indikator read from line `nomor` alone, in a tab-parted table
/// with a recognised heading, with no sub-item under it and no message on its line; in a
/// quarterly table, one whose quarters were kept (quarterly columns with nothing written in
/// any row are dropped from every row). (A guessed heading weighs the cells' lengths; a
/// value-less row takes the next as sub-items.)
fn indikator_di(t: &TabelIndikator, nomor: usize) -> Option<usize> {
    let triwulan = t.kolom.iter().any(|k| {
        matches!(
            k,
            Kolom::TargetTw(_) | Kolom::TargetTwSd(_) | Kolom::RealisasiTw(_)
        )
    });
    if t.pemisah != Pemisah::Tab || !t.judul_dikenali {
        return None;
    }
    let i = t.indikator.iter().position(|x| x.nomor_baris == nomor)?;
    if triwulan && t.indikator[i].triwulan.is_none() {
        return None;
    }
    let induk = t.indikator.iter().any(|x| x.induk == Some(i));
    let pesan = t.pesan.iter().any(|p| p.baris == nomor);
    (!induk && !pesan).then_some(i)
}

/// Stage 4: the indikator `lama` read again from its new line, with the table's roles and
/// conventions: its name, sasaran and parent as before. `None` when the row has a message to
/// give, its values became or stopped being empty, or it became a row of column numbers.
fn baca_baris(t: &TabelIndikator, lama: &Indikator, line: &str) -> Option<Indikator> {
    let peran = Peran {
        judul: t.judul.clone(),
        kolom: t.kolom.clone(),
        tahun: t.tahun,
        dikenali: t.judul_dikenali,
        realisasi_sd: realisasi_sd(&t.judul, &t.kolom),
    };
    let b = baris_tab(line, lama.nomor_baris);
    // a row of column numbers (`1 2 3 4`) is no data
    if baris_nomor_kolom(&b) {
        return None;
    }
    let mut pesan = Vec::new();
    let x = baca_indikator(
        &t.konvensi,
        &mut pesan,
        &b,
        &peran,
        &peran.letak(),
        lama.nama.clone(),
        lama.sasaran,
    );
    let kosong = |v: &Nilai| matches!(v, Nilai::Kosong(_));
    // each quarter's cell written or not as before: whether a table's quarters are kept
    // depends on any of them being written
    let tw = |x: &Indikator| {
        x.triwulan.as_ref().map(|tw| {
            (
                tw.target.each_ref().map(kosong),
                tw.realisasi.each_ref().map(kosong),
            )
        })
    };
    let sama = kosong(&x.target) == kosong(&lama.target)
        && kosong(&x.realisasi) == kosong(&lama.realisasi)
        && tw(&x) == tw(lama);
    (pesan.is_empty() && sama).then_some(Indikator {
        induk: lama.induk,
        ..x
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::kebijakan::Kebijakan;
    use crate::core::kinerja::sasaran::hitung_kinerja;
    use crate::core::kinerja::ulang::hitung_ulang;
    use crate::core::teks::sebaris::uji;

    /// Values put in a cell: plain numbers of every kind the guards tell apart, and texts
    /// that must go to the whole reading.
    const NILAI: &[&str] = &[
        "0",
        "7",
        "80,5",
        "82.5",
        "1.500",
        "1,500.25",
        "1.234.567,89",
        "2024",
        "100000000",
        "",
        "-",
        "abc",
        "12 Kali",
        "≥ 80",
        "80%",
        "\"9\"",
    ];

    /// A table with what the stages look at around a row: a title line, a sasaran over two
    /// rows, a value-less parent and its sub-items, a stated total, a heading repeated and a
    /// text column last.
    const SINTETIS: &str = "Sasaran 1. Meningkatnya pelayanan publik
No\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian\tKeterangan
1\tIndeks Kepuasan Masyarakat\tIndeks\t80,25\t81,14\t101,11\tTercapai
2\tJumlah pengadaan sarana\t\t\t\t\t
\t✚ Pengadaan meja\tBuah\t105\t105\t100\t
\t✚ Pengadaan kursi\tBuah\t20\t15\t75\tbelum
\tTotal capaian 175/200=87,5\t\t\t\t\t
3\tPersentase aduan selesai\t%\t100\t97,5\t97,5\t
No\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian\tKeterangan
4\tJumlah dokumen\tDokumen\t2024\t2023\t99,95\tsesuai
5\tLaju pertumbuhan\t%\t1.500\t1.250\t83,33\tterlambat karena
\tcuaca buruk\t\t\t\t\t
Capaian Sasaran Berhasil (95,1%)
";

    /// The indicator tables among the examples (a budget's hundred lines read as one are
    /// only slow).
    fn contoh() -> Vec<(String, String)> {
        let mut out = uji::contoh(SINTETIS, |p| {
            !["anggaran", "ikm", "perkembangan"]
                .iter()
                .any(|x| p.contains(x))
        });
        out.push(("triwulan".into(), TRIWULAN.into()));
        out.push((
            "triwulan s.d.".into(),
            TRIWULAN.replace("Realisasi TW", "Realisasi s.d. TW"),
        ));
        out
    }

    /// A quarterly table: a flow (documents, summed), a stock (a percentage), a row with the
    /// later quarters not written yet, and one with no quarter written.
    const TRIWULAN: &str = "No\tIndikator\tSatuan\tTarget\tTarget TW I\tTarget TW II\tTarget TW III\tTarget TW IV\tRealisasi TW I\tRealisasi TW II\tRealisasi TW III\tRealisasi TW IV
1\tJumlah dokumen perencanaan\tDokumen\t12\t3\t3\t3\t3\t3\t2\t4\t3
2\tPersentase pelayanan tepat waktu\t%\t90\t90\t90\t90\t90\t85\t88,5\t\t
3\tIndeks kepuasan\tIndeks\t80\t\t\t\t\t\t\t\t
4\tJumlah kegiatan\tKegiatan\t40\t10\t10\t10\t10\t12\t9\t11\t10";

    /// A text cell gets three values: the guards turn it down whatever it becomes.
    const LAIN: &[&str] = &["7", "", "abc"];

    #[test]
    fn a_value_read_again_alone_gives_the_table_read_whole() {
        let cepat = uji::banding(
            &contoh(),
            NILAI,
            LAIN,
            |t| baca_tabel_indikator(t, None),
            |lama, a, b| baca_sebaris(lama, a, b).is_some(),
            |lama, a, b| baca_lagi(lama, a, b, None),
        );
        // most plain numbers in the examples' value cells are read alone
        assert!(cepat > 300, "read alone {cepat} times");
    }

    /// Edits one after another, each read from the reading before: what a person typing does.
    #[test]
    fn values_typed_one_after_another_keep_the_table_as_read_whole() {
        uji::berturut(
            &contoh(),
            NILAI,
            7,
            |t| baca_tabel_indikator(t, None),
            |lama, a, b| baca_lagi(lama, a, b, None),
        );
    }

    /// The page's pipeline: an edit read again alone names its row, and that row computed
    /// again alone (`kinerja::ulang`) gives the results of the whole reading computed whole.
    #[test]
    fn a_value_read_and_computed_again_alone_gives_the_results_computed_whole() {
        let k = Kebijakan::default();
        let hitung = |t: &str| {
            let t = baca_tabel_indikator(t, None);
            let h = hitung_kinerja(&t, &k);
            (t, h)
        };
        let cepat = uji::banding(
            &contoh(),
            NILAI,
            LAIN,
            hitung,
            |(lama, _), a, b| baca_sebaris(lama, a, b).is_some(),
            |(lama, h), a, b| match baca_lagi(lama, a, b, None) {
                (t, Berubah::Baris(i)) => {
                    let (h, _) = hitung_ulang(h, &t, &k, i);
                    ((t, h), Berubah::Baris(i))
                }
                (t, p) => {
                    let h = hitung_kinerja(&t, &k);
                    ((t, h), p)
                }
            },
        );
        assert!(cepat > 300, "read alone {cepat} times");
    }
}
