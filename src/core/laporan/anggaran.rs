//! The display model of the budget table: every string the results table and the printed
//! report show for the tree, its totals, flags and terbilang.

use crate::core::anggaran::pohon::{PohonAnggaran, Ringkasan, Simpul, Tanda};
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
    /// The serapan with its values, `450.000 / 1.250.000 x 100% = 36,00%`, for trainers.
    pub rumus: String,
    /// The sisa with its values, `1.250.000 - 450.000 = 800.000`.
    pub rumus_sisa: String,
    /// Flags in sentences.
    pub tanda: Vec<String>,
    /// A pasted Jumlah / Total row (checked, never added).
    pub jumlah: bool,
    /// A program or kegiatan named on the line of the row below it (a column per level): not
    /// a pasted line of its own, so it has no edit or delete button.
    pub kepala_sebaris: bool,
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
    t.triwulan_rencana().map(|_| TampilTriwulanAnggaran {
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

/// The serapan's formula with the values in it; why there is none when A is 0.
fn rumus_serapan(r: Ringkasan, serapan: &str) -> String {
    if r.serapan().is_none() {
        return "Anggaran 0: serapan tidak dapat dihitung".into();
    }
    format!(
        "{} / {} x 100% = {serapan}%",
        rupiah(r.realisasi),
        rupiah(r.anggaran)
    )
}

/// Sisa = anggaran - realisasi, with the values as shown (none where one is not a number).
fn rumus_sisa(anggaran: &str, realisasi: &str, sisa: &str) -> String {
    if [anggaran, realisasi, sisa].contains(&"?") {
        return String::new();
    }
    format!("{anggaran} - {realisasi} = {sisa}")
}

fn kalimat(t: &[Tanda]) -> Vec<String> {
    t.iter().map(Tanda::kalimat).collect()
}

/// Rows in paste order (tree rows and pasted Jumlah rows) and the total row.
pub fn baris_anggaran(
    t: &TabelAnggaran,
    p: &PohonAnggaran,
) -> (Vec<BarisTampilAnggaran>, BarisTampilAnggaran) {
    let (rows, total, _) = baris_anggaran_sampai(t, p, usize::MAX);
    (rows, total)
}

/// Where a shown row comes from: a node of the tree, or a pasted Jumlah row (its line, and
/// its place in [`PohonAnggaran::jumlah`]).
enum Asal {
    Simpul(usize),
    Jumlah(usize),
}

/// The first `batas` rows of [`baris_anggaran`], the total row, and how many rows there are in
/// all. Rows are put in paste order before any is formatted, so a window formats only itself.
pub fn baris_anggaran_sampai(
    t: &TabelAnggaran,
    p: &PohonAnggaran,
    batas: usize,
) -> (Vec<BarisTampilAnggaran>, BarisTampilAnggaran, usize) {
    // the nodes and the Jumlah rows are each in paste order: merged, a window takes its rows
    // alone (sorting every row was 2,6 ms of a key at 20.000 lines)
    let mut simpul = p.simpul.iter().enumerate().peekable();
    let mut jumlah = p.jumlah.iter().enumerate().peekable();
    let urutan = std::iter::from_fn(|| match (simpul.peek(), jumlah.peek()) {
        (Some((_, s)), Some((_, (j, _)))) if s.baris < *j => {
            simpul.next().map(|(n, _)| Asal::Simpul(n))
        }
        (_, Some(_)) => jumlah.next().map(|(j, _)| Asal::Jumlah(j)),
        (Some(_), None) => simpul.next().map(|(n, _)| Asal::Simpul(n)),
        (None, None) => None,
    });
    let jumlah_baris = p.simpul.len() + p.jumlah.len();
    let out: Vec<BarisTampilAnggaran> = urutan
        .take(batas)
        .map(|asal| match asal {
            Asal::Simpul(n) => baris_simpul(t, &p.simpul[n]),
            Asal::Jumlah(j) => baris_jumlah(t, &p.jumlah[j]),
        })
        .collect();
    let mut tanda: Vec<String> = [("Anggaran", 0), ("Realisasi", 1)]
        .into_iter()
        .filter(|(_, k)| p.total.tak_terbaca[*k] > 0)
        .map(|(apa, k)| {
            Tanda::RincianTakTerbaca {
                apa,
                sel: p.total.tak_terbaca[k],
                tertulis: None,
            }
            .kalimat()
        })
        .collect();
    if p.total.realisasi > p.total.anggaran && p.total.tak_terbaca[0] == 0 {
        tanda.push("Realisasi melebihi anggaran.".into());
    }
    let total = BarisTampilAnggaran {
        triwulan: sel_triwulan(t, p.total),
        ..baris_ringkas(
            "Jumlah (dihitung dari rincian terbawah)".into(),
            p.total,
            tanda,
        )
    };
    (out, total, jumlah_baris)
}

/// A node of the tree as shown: its own line with the totals of everything under it.
fn baris_simpul(t: &TabelAnggaran, s: &Simpul) -> BarisTampilAnggaran {
    let b = &t.baris[s.baris];
    let (mut anggaran, mut realisasi, mut sisa, mut serapan) = sel(s.total);
    let mut rumus = rumus_serapan(s.total, &serapan);
    let kosong = !b.bernilai() && s.anak.is_empty();
    // a leaf's unreadable cell is `?`, as an unreadable indikator cell is, not the 0 it adds
    if s.anak.is_empty() && b.tak_terbaca.contains(&true) {
        for (k, v) in [&mut anggaran, &mut realisasi].into_iter().enumerate() {
            if b.tak_terbaca[k] {
                *v = "?".into();
            }
        }
        sisa = "?".into();
        serapan = "?".into();
        rumus = String::new();
    }
    let rumus_s = if kosong {
        String::new()
    } else {
        rumus_sisa(&anggaran, &realisasi, &sisa)
    };
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
        rumus: if kosong { String::new() } else { rumus },
        rumus_sisa: rumus_s,
        tanda: kalimat(&s.tanda),
        jumlah: false,
        kepala_sebaris: b.kepala_sebaris,
        triwulan: if kosong {
            None
        } else {
            sel_triwulan(t, s.total)
        },
    }
}

/// A pasted Jumlah row as shown: its own figures, marked as written.
fn baris_jumlah(t: &TabelAnggaran, (i, tanda): &(usize, Vec<Tanda>)) -> BarisTampilAnggaran {
    let b = &t.baris[*i];
    let own = Ringkasan {
        anggaran: b.anggaran.unwrap_or_default(),
        realisasi: b.realisasi.unwrap_or_default(),
        ..Ringkasan::default()
    };
    BarisTampilAnggaran {
        nomor_baris: b.nomor_baris,
        kode: b.kode.clone(),
        jumlah: true,
        ..baris_ringkas(format!("{} (tertulis)", b.uraian), own, kalimat(tanda))
    }
}

/// A summary row (a pasted Jumlah, the computed total): figures at the top level, no code,
/// no quarters; callers set what differs.
fn baris_ringkas(uraian: String, r: Ringkasan, tanda: Vec<String>) -> BarisTampilAnggaran {
    let (anggaran, realisasi, sisa, serapan) = sel(r);
    let rumus = rumus_serapan(r, &serapan);
    let rumus_s = rumus_sisa(&anggaran, &realisasi, &sisa);
    BarisTampilAnggaran {
        rumus,
        rumus_sisa: rumus_s,
        nomor_baris: 0,
        kode: String::new(),
        uraian,
        kedalaman: 0,
        induk: false,
        anggaran,
        realisasi,
        sisa,
        serapan,
        tanda,
        jumlah: false,
        kepala_sebaris: false,
        triwulan: None,
    }
}

/// The budget in one sentence for the report, saying what its sums lack.
pub fn kalimat_anggaran(p: &PohonAnggaran) -> String {
    let kurang: u32 = p.total.tak_terbaca.iter().sum();
    let catatan = if kurang > 0 {
        format!(" Jumlah ini tanpa {kurang} sel yang tidak terbaca (lihat pesan tabel anggaran).")
    } else {
        String::new()
    };
    format!(
        "Secara keseluruhan anggaran sebesar Rp {} terealisasi sebesar Rp {} atau {}%, dengan sisa Rp {}.{catatan}",
        rupiah(p.total.anggaran),
        rupiah(p.total.realisasi),
        p.total.serapan().map(|x| id_desimal(x, 2)).unwrap_or_else(|| "n/a".into()),
        rupiah(p.total.sisa())
    )
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::anggaran::baca::baca_tabel_anggaran;
    use crate::core::anggaran::pohon::bangun_pohon;

    #[test]
    fn a_window_is_the_first_rows_of_the_whole_with_every_count_and_total() {
        let t = baca_tabel_anggaran(
            "Kode\tUraian\tAnggaran\tRealisasi\n1\tProgram A\t\t\n1.1\tKegiatan A1\t100\t90\n\
             1.2\tKegiatan A2\t50\t50\n\tJumlah\t150\t140\n2\tProgram B\t30\t10",
        );
        let p = bangun_pohon(&t);
        assert_eq!(p.jumlah.len(), 1, "the pasted Jumlah row is kept apart");
        let (semua, total) = baris_anggaran(&t, &p);
        let uraian: Vec<&str> = semua.iter().map(|b| b.uraian.as_str()).collect();
        assert_eq!(
            uraian,
            [
                "Program A",
                "Kegiatan A1",
                "Kegiatan A2",
                "Jumlah (tertulis)",
                "Program B"
            ]
        );
        for batas in [0, 1, 3, 4, 5, 9] {
            let (rows, t2, n) = baris_anggaran_sampai(&t, &p, batas);
            assert_eq!(rows, semua[..batas.min(5)], "window {batas}");
            assert_eq!((t2, n), (total.clone(), 5));
        }
    }

    /// An anggaran that cannot be read is no anggaran of 0: the realisasi under it was said to
    /// exceed "anggaran 0" (and the program's and the table's totals, which lack that cell, to
    /// exceed theirs), a claim the paste does not make.
    #[test]
    fn an_unreadable_anggaran_is_not_exceeded() {
        let t = baca_tabel_anggaran(
            "Kode\tUraian\tAnggaran\tRealisasi\n1\tProgram A\t1.000\t950\n\
             1.1\tKegiatan A1\t400\t300\n1.2\tKegiatan A2\t#N/A\t650",
        );
        let p = bangun_pohon(&t);
        let (rows, total) = baris_anggaran(&t, &p);
        assert_eq!(
            rows[2].tanda,
            ["Anggaran tidak terbaca; tidak ikut dijumlah."]
        );
        assert_eq!(
            rows[0].tanda,
            ["Anggaran: 1 sel rinciannya tidak terbaca dan tidak ikut dijumlah; 1.000 tertulis belum dapat diperiksa."]
        );
        assert_eq!(
            total.tanda,
            ["Anggaran: 1 sel rinciannya tidak terbaca dan tidak ikut dijumlah."]
        );
        // a readable anggaran that is exceeded still is
        let t = baca_tabel_anggaran("Kode\tUraian\tAnggaran\tRealisasi\n1\tProgram A\t400\tseratus\n1.1\tKegiatan A1\t400\t500");
        let p = bangun_pohon(&t);
        let (rows, total) = baris_anggaran(&t, &p);
        assert!(
            rows[1].tanda[0].starts_with("Realisasi 500 melebihi anggaran 400"),
            "{:?}",
            rows[1].tanda
        );
        assert_eq!(total.tanda, ["Realisasi melebihi anggaran."]);
    }

    /// A leaf whose amount cannot be read is `?`, not the 0 it adds; every total over it says
    /// it lacks the cell instead of reporting a mismatch against 0.
    #[test]
    fn an_unreadable_leaf_is_a_question_mark_and_its_totals_say_so() {
        let t = baca_tabel_anggaran(
            "Kode\tUraian\tAnggaran\tRealisasi\n1\tProgram A\t1.000\t950\n\
             1.1\tKegiatan A1\t400\t300\n1.2\tKegiatan A2\t600\tseratus\n\tJumlah\t1.000\t950",
        );
        let p = bangun_pohon(&t);
        let (rows, total) = baris_anggaran(&t, &p);
        let a2 = &rows[2];
        assert_eq!(
            [&a2.anggaran, &a2.realisasi, &a2.sisa, &a2.serapan],
            ["600", "?", "?", "?"]
        );
        assert_eq!(a2.tanda, ["Realisasi tidak terbaca; tidak ikut dijumlah."]);
        let program = &rows[0];
        assert_eq!(program.realisasi, "300", "the sum of what could be read");
        assert_eq!(
            program.tanda,
            ["Realisasi: 1 sel rinciannya tidak terbaca dan tidak ikut dijumlah; 950 tertulis belum dapat diperiksa."],
            "no 'jumlah rinciannya 300 (selisih 650)'"
        );
        assert_eq!(
            rows[3].tanda,
            ["Jumlah realisasi: 1 sel rinciannya tidak terbaca dan tidak ikut dijumlah; 950 tertulis belum dapat diperiksa."]
        );
        assert_eq!(
            total.tanda,
            ["Realisasi: 1 sel rinciannya tidak terbaca dan tidak ikut dijumlah."]
        );
        assert!(crate::core::laporan::audit::audit_anggaran(&t, &p).is_empty());
        assert_eq!(
            kalimat_anggaran(&p),
            "Secara keseluruhan anggaran sebesar Rp 1.000 terealisasi sebesar Rp 300 atau 30,00%, \
             dengan sisa Rp 700. Jumlah ini tanpa 1 sel yang tidak terbaca (lihat pesan tabel anggaran)."
        );
    }

    /// Without an annual realisasi column, an unreadable quarter makes the realisasi to date
    /// unreadable too.
    #[test]
    fn an_unreadable_quarter_marks_the_realisasi_to_date() {
        let t = baca_tabel_anggaran(
            "Uraian\tAnggaran\tRealisasi TW I\tRealisasi TW II\nSub A\t100\t10\tsepuluh\nSub B\t100\t10\t20",
        );
        let p = bangun_pohon(&t);
        let (rows, total) = baris_anggaran(&t, &p);
        assert_eq!(rows[0].realisasi, "?");
        assert_eq!(rows[1].realisasi, "30");
        assert_eq!(
            total.realisasi, "30",
            "Sub A's readable quarter is not half of its sum"
        );
        assert_eq!(total.tanda.len(), 1, "{:?}", total.tanda);
    }

    /// Every serapan carries its formula with the values, for trainers; a row with anggaran
    /// 0 says why there is none.
    #[test]
    fn serapan_shows_its_formula() {
        let t = baca_tabel_anggaran(
            "Uraian\tAnggaran\tRealisasi\nSub A\t1.250.000\t450.000\nSub B\t0\t0",
        );
        let (rows, total) = baris_anggaran(&t, &bangun_pohon(&t));
        assert_eq!(rows[0].rumus, "450.000 / 1.250.000 x 100% = 36,00%");
        assert_eq!(rows[1].rumus, "Anggaran 0: serapan tidak dapat dihitung");
        assert_eq!(total.rumus, "450.000 / 1.250.000 x 100% = 36,00%");
        assert_eq!(rows[0].rumus_sisa, "1.250.000 - 450.000 = 800.000");
        assert_eq!(total.rumus_sisa, "1.250.000 - 450.000 = 800.000");
    }
}
