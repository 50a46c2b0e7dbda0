//! Which sasaran each program supports, for performance beside budget per sasaran (DOMAIN.md
//! section 5): as the budget's Sasaran column writes it (a Rencana Aksi, the LKjIP's budget
//! per sasaran), else as a person links it in the program summary. A written link is the
//! table's, so it is read, not chosen; a person changes it in the table.

use crate::core::anggaran::pohon::PohonAnggaran;
use crate::core::anggaran::tabel::TabelAnggaran;
use crate::core::kinerja::baca::nama::bersihkan_nama;
use crate::core::peta::PetaCepat;
use crate::core::teks::kata::kunci_nama;
use crate::core::teks::pesan::Pesan;

/// One program's link.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tautan {
    /// Index of the sasaran in the indicator results.
    pub sasaran: usize,
    /// Written in the budget's Sasaran column, not chosen in the summary.
    pub tertulis: bool,
}

/// The links of a budget's programs, and what efficiency sums per sasaran.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TautanProgram {
    /// (tree node, sasaran index) to sum per sasaran: each leaf written under a known
    /// sasaran, and each program a person linked that has none of those under it.
    pub pasangan: Vec<(usize, usize)>,
    /// Each program's link (written on its row, else chosen), as its select shows it.
    pub program: Vec<Tautan>,
    /// Sasaran the budget names that the indicator table has not, once each, in order, with
    /// the line that first names it.
    pub tak_dikenal: Vec<(usize, String)>,
    /// Each program's link in `program` by its uraian (a name twice keeps its first).
    pub per_uraian: PetaCepat<String, usize>,
}

impl TautanProgram {
    /// A note for each sasaran the budget names that the indicator table has not: its programs
    /// stay unlinked (a person may link them), and the note says why.
    pub fn pesan(&self) -> impl Iterator<Item = Pesan> + '_ {
        self.tak_dikenal.iter().map(|(baris, nama)| {
            Pesan::info(
                *baris,
                "Sasaran",
                nama,
                "sasaran ini tidak ada di tabel indikator; program di bawahnya belum ditautkan ke sasaran. Samakan namanya, atau pilih sasarannya pada ringkasan per program.".to_string(),
            )
        })
    }

    /// The link of the program named `uraian`, if any.
    pub fn dari_uraian(&self, uraian: &str) -> Option<Tautan> {
        let i = *self.per_uraian.get(uraian)?;
        self.program.get(i).copied()
    }
}

/// A sasaran name as compared: enumerator, emphasis, quotes, case and spaces aside
/// (`1. "Meningkatnya Kualitas Pelayanan"` is `meningkatnya kualitas pelayanan`).
fn kunci_sasaran(s: &str) -> String {
    let s = s.trim_matches(|c: char| c.is_whitespace() || "\"'“”*".contains(c));
    kunci_nama(&bersihkan_nama(s).0)
}

/// For each entry of `t.sasaran`, the index of that sasaran among `sasaran` (the indicator
/// results), and the names it has not, each once with its line. Each name the table writes is
/// looked up once, not once for every row under it.
fn cocokkan(t: &TabelAnggaran, sasaran: &[String]) -> (Vec<Option<usize>>, Vec<(usize, String)>) {
    // a name twice keeps its first index: inserted from the last, the first is written last
    let nomor: PetaCepat<String, usize> = sasaran
        .iter()
        .enumerate()
        .rev()
        .map(|(i, s)| (kunci_sasaran(s), i))
        .collect();
    let mut tak_dikenal = Vec::new();
    // a map used as a set: the type `nomor` has already, no other hash table in the module
    let mut dilihat: PetaCepat<String, usize> = PetaCepat::default();
    let indeks = t
        .sasaran
        .iter()
        .map(|(awal, s)| {
            let k = kunci_sasaran(s);
            let i = nomor.get(&k).copied();
            if i.is_none() && !sasaran.is_empty() && dilihat.insert(k, 0).is_none() {
                let baris = t.baris.get(*awal).map_or(0, |b| b.nomor_baris);
                tak_dikenal.push((baris, s.clone()));
            }
            i
        })
        .collect();
    (indeks, tak_dikenal)
}

/// The links of `p`'s rows to the sasaran named `sasaran` (the indicator results, by index).
/// A row under a name in `t`'s Sasaran column that the indicator table has is that sasaran's:
/// its leaves are summed for it, so a budget without program rows (kegiatan under each
/// sasaran) and a program whose kegiatan serve two sasaran are counted exactly. Otherwise a
/// program has the sasaran a person chose for its uraian (`pilihan`).
pub fn tautan_program(
    t: &TabelAnggaran,
    p: &PohonAnggaran,
    sasaran: &[String],
    pilihan: &[(String, usize)],
) -> TautanProgram {
    let (indeks, tak_dikenal) = cocokkan(t, sasaran);
    // the known sasaran written at or before row `b`
    let ditulis = |b: usize| {
        let j = t.sasaran.partition_point(|(awal, _)| *awal <= b);
        j.checked_sub(1).and_then(|j| indeks[j])
    };
    let mut pasangan = Vec::new();
    // nodes with a written leaf under them: a program chosen by hand adds nothing there, or
    // its leaves would count twice
    let mut tertutup = vec![false; p.simpul.len()];
    if indeks.iter().any(Option::is_some) {
        for (n, s) in p.simpul.iter().enumerate() {
            let Some(x) = s.anak.is_empty().then(|| ditulis(s.baris)).flatten() else {
                continue;
            };
            pasangan.push((n, x));
            let mut naik = Some(n);
            while let Some(m) = naik.filter(|m| !tertutup[*m]) {
                tertutup[m] = true;
                naik = p.simpul[m].induk;
            }
        }
    }
    let dipilih: PetaCepat<&str, usize> = pilihan.iter().map(|(u, s)| (u.as_str(), *s)).collect();
    let mut program = Vec::new();
    let mut per_uraian = PetaCepat::default();
    for (n, _) in p.program() {
        let b = p.simpul[n].baris;
        let uraian = &t.baris[b].uraian;
        let tautan = match ditulis(b) {
            Some(s) => Tautan {
                sasaran: s,
                tertulis: true,
            },
            None => {
                let Some(s) = dipilih.get(uraian.as_str()).filter(|s| **s < sasaran.len()) else {
                    continue;
                };
                if !tertutup[n] {
                    pasangan.push((n, *s));
                }
                Tautan {
                    sasaran: *s,
                    tertulis: false,
                }
            }
        };
        if !per_uraian.contains_key(uraian) {
            per_uraian.insert(uraian.clone(), program.len());
        }
        program.push(tautan);
    }
    TautanProgram {
        pasangan,
        program,
        tak_dikenal,
        per_uraian,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::anggaran::baca::baca_tabel_anggaran;
    use crate::core::anggaran::pohon::bangun_pohon;

    /// Each program's link by uraian, what is summed per sasaran (by uraian), and the names
    /// the indicator table lacks.
    struct Hasil {
        program: Vec<(String, Tautan)>,
        jumlahkan: Vec<(String, usize)>,
        tak_dikenal: Vec<(usize, String)>,
    }

    fn tautan(budget: &str, sasaran: &[&str], pilihan: &[(&str, usize)]) -> Hasil {
        let t = baca_tabel_anggaran(budget);
        let p = bangun_pohon(&t);
        let sasaran: Vec<String> = sasaran.iter().map(|s| s.to_string()).collect();
        let pilihan: Vec<(String, usize)> =
            pilihan.iter().map(|(u, s)| (u.to_string(), *s)).collect();
        let h = tautan_program(&t, &p, &sasaran, &pilihan);
        let uraian = |n: usize| t.baris[p.simpul[n].baris].uraian.clone();
        Hasil {
            program: p
                .program()
                .filter_map(|(n, _)| Some((uraian(n), h.dari_uraian(&uraian(n))?)))
                .collect(),
            jumlahkan: h.pasangan.iter().map(|(n, s)| (uraian(*n), *s)).collect(),
            tak_dikenal: h.tak_dikenal,
        }
    }

    fn nama<T: Copy>(v: &[(&str, T)]) -> Vec<(String, T)> {
        v.iter().map(|(u, x)| (u.to_string(), *x)).collect()
    }

    const DITULIS: Tautan = Tautan {
        sasaran: 0,
        tertulis: true,
    };

    /// A Sasaran column written once above its programs (merged cells): each program under it
    /// is linked, whatever the name's numbering and case, and its kegiatan are summed for
    /// that sasaran. A name the indicator table lacks links nothing and is named with its
    /// line; a program under it keeps the person's choice, and is summed whole.
    #[test]
    fn programs_under_a_written_sasaran() {
        let h = tautan(
            "Sasaran\tProgram\tKegiatan\tPagu\n\
             1. Meningkatnya KUALITAS pelayanan\tProgram A\tKegiatan A1\t100\n\
             \tProgram B\tKegiatan B1\t50\n\
             Terwujudnya ketertiban\tProgram C\tKegiatan C1\t70\n\
             Sasaran lain\tProgram D\tKegiatan D1\t10\n\
             JUMLAH\t\t\t230",
            &["Meningkatnya kualitas pelayanan", "Terwujudnya Ketertiban"],
            &[("Program A", 1), ("Program D", 1)],
        );
        let s = |i| Tautan {
            sasaran: i,
            ..DITULIS
        };
        let dipilih = Tautan {
            sasaran: 1,
            tertulis: false,
        };
        assert_eq!(
            h.program,
            nama(&[
                ("Program A", s(0)),
                ("Program B", s(0)),
                ("Program C", s(1)),
                ("Program D", dipilih),
            ])
        );
        assert_eq!(
            h.jumlahkan,
            nama(&[
                ("Kegiatan A1", 0),
                ("Kegiatan B1", 0),
                ("Kegiatan C1", 1),
                ("Program D", 1)
            ])
        );
        assert_eq!(h.tak_dikenal, [(5, "Sasaran lain".to_string())]);
    }

    /// The LKjIP's table of kinerja and keuangan lists kegiatan under each sasaran, with no
    /// program: the kegiatan are summed for their sasaran. A program whose kegiatan serve two
    /// sasaran (its name filled down) gives each sasaran its own kegiatan.
    #[test]
    fn kegiatan_without_programs_and_a_program_over_two_sasaran() {
        let h = tautan(
            "Sasaran\tKegiatan\tAnggaran\tRealisasi\nS1\tK1\t100\t90\n\tK2\t50\t50\nS2\tK3\t70\t10",
            &["S1", "S2"],
            &[],
        );
        assert!(h.program.is_empty());
        assert_eq!(h.jumlahkan, nama(&[("K1", 0), ("K2", 0), ("K3", 1)]));
        let h = tautan(
            "Sasaran\tProgram\tKegiatan\tAnggaran\nS1\tProgram P\tK1\t100\nS2\tProgram P\tK2\t50",
            &["S1", "S2"],
            &[("Program P", 1)],
        );
        assert_eq!(
            h.jumlahkan,
            nama(&[("K1", 0), ("K2", 1)]),
            "the choice adds nothing twice"
        );
        assert_eq!(h.program, nama(&[("Program P", DITULIS)]));
    }

    /// Without a Sasaran column the links are the person's; without an indicator table there
    /// is nothing to link and nothing unknown.
    #[test]
    fn chosen_links_and_no_indicator_table() {
        let budget = "Uraian\tPagu\nProgram A\t100\nProgram B\t50";
        let h = tautan(budget, &["S1", "S2"], &[("Program B", 1), ("Program A", 7)]);
        let dipilih = Tautan {
            sasaran: 1,
            tertulis: false,
        };
        assert_eq!(h.program, nama(&[("Program B", dipilih)]), "no sasaran 7");
        assert_eq!(h.jumlahkan, nama(&[("Program B", 1)]));
        assert!(h.tak_dikenal.is_empty());
        let h = tautan(
            "Sasaran\tProgram\tKegiatan\tPagu\nS1\tProgram A\tK\t1",
            &[],
            &[],
        );
        assert!(h.program.is_empty() && h.jumlahkan.is_empty() && h.tak_dikenal.is_empty());
    }
}
