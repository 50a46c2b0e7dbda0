//! Which sasaran each program supports, for performance beside budget per sasaran (DOMAIN.md
//! section 5): as the budget's Sasaran column writes it (a Rencana Aksi, the LKjIP's budget
//! per sasaran), else as a person links it in the program summary. A written link is the
//! table's, so it is read, not chosen; a person changes it in the table.

use crate::core::anggaran::pohon::PohonAnggaran;
use crate::core::anggaran::tabel::TabelAnggaran;
use crate::core::kinerja::baca::nama::bersihkan_nama;
use crate::core::peta::PetaCepat;
use crate::core::teks::kata::kunci_nama;

/// One program's link.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tautan {
    /// Index of the sasaran in the indicator results.
    pub sasaran: usize,
    /// Written in the budget's Sasaran column, not chosen in the summary.
    pub tertulis: bool,
}

/// The links of a budget's programs.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TautanProgram {
    /// (program tree node, its link), in tree order; programs without one are left out.
    pub pasangan: Vec<(usize, Tautan)>,
    /// Sasaran the budget names that the indicator table has not, once each, in order, with
    /// the line that first names it.
    pub tak_dikenal: Vec<(usize, String)>,
    /// Each program's link in `pasangan` by its uraian, for the summary's rows (a name twice
    /// keeps its first).
    pub per_uraian: PetaCepat<String, usize>,
}

impl TautanProgram {
    /// The link of the program named `uraian`, if any.
    pub fn dari_uraian(&self, uraian: &str) -> Option<Tautan> {
        let i = *self.per_uraian.get(uraian)?;
        self.pasangan.get(i).map(|(_, t)| *t)
    }
}

/// A sasaran name as compared: enumerator, emphasis, quotes, case and spaces aside
/// (`1. "Meningkatnya Kualitas Pelayanan"` is `meningkatnya kualitas pelayanan`).
fn kunci_sasaran(s: &str) -> String {
    let s = s.trim_matches(|c: char| c.is_whitespace() || "\"'“”*".contains(c));
    kunci_nama(&bersihkan_nama(s).0)
}

/// The links of `p`'s programs to the sasaran named `sasaran` (the indicator results, by
/// index): the one written on its row in `t`'s Sasaran column if the indicator table has
/// that sasaran, else the one a person chose for its uraian (`pilihan`).
pub fn tautan_program(
    t: &TabelAnggaran,
    p: &PohonAnggaran,
    sasaran: &[String],
    pilihan: &[(String, usize)],
) -> TautanProgram {
    // a name twice keeps its first index: inserted from the last, the first is written last
    let nomor: PetaCepat<String, usize> = sasaran
        .iter()
        .enumerate()
        .rev()
        .map(|(i, s)| (kunci_sasaran(s), i))
        .collect();
    // each name the table writes is looked up once, not once for every program under it
    let mut tak_dikenal = Vec::new();
    let mut dilihat: PetaCepat<String, usize> = PetaCepat::default();
    let tertulis: Vec<Option<usize>> = t
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
    let dipilih: PetaCepat<&str, usize> = pilihan.iter().map(|(u, s)| (u.as_str(), *s)).collect();
    let pasangan: Vec<(usize, Tautan)> = p
        .program(t)
        .filter_map(|(n, _)| {
            let b = p.simpul[n].baris;
            // the last name written at or before the program's row
            let j = t.sasaran.partition_point(|(awal, _)| *awal <= b);
            let ditulis = j.checked_sub(1).and_then(|j| tertulis[j]);
            let tautan = match ditulis {
                Some(s) => Tautan {
                    sasaran: s,
                    tertulis: true,
                },
                None => Tautan {
                    sasaran: *dipilih.get(t.baris[b].uraian.as_str())?,
                    tertulis: false,
                },
            };
            (tautan.sasaran < sasaran.len()).then_some((n, tautan))
        })
        .collect();
    let per_uraian = pasangan
        .iter()
        .enumerate()
        .rev()
        .map(|(i, (n, _))| (t.baris[p.simpul[*n].baris].uraian.clone(), i))
        .collect();
    TautanProgram {
        pasangan,
        tak_dikenal,
        per_uraian,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::anggaran::baca::baca_tabel_anggaran;
    use crate::core::anggaran::pohon::bangun_pohon;

    type Hasil = (Vec<(String, Tautan)>, Vec<(usize, String)>);

    fn tautan(budget: &str, sasaran: &[&str], pilihan: &[(&str, usize)]) -> Hasil {
        let t = baca_tabel_anggaran(budget);
        let p = bangun_pohon(&t);
        let sasaran: Vec<String> = sasaran.iter().map(|s| s.to_string()).collect();
        let pilihan: Vec<(String, usize)> =
            pilihan.iter().map(|(u, s)| (u.to_string(), *s)).collect();
        let h = tautan_program(&t, &p, &sasaran, &pilihan);
        let nama = h
            .pasangan
            .iter()
            .map(|(n, l)| (t.baris[p.simpul[*n].baris].uraian.clone(), *l))
            .collect();
        assert_eq!(
            h.dari_uraian("Program B"),
            h.pasangan
                .iter()
                .find(|(n, _)| t.baris[p.simpul[*n].baris].uraian == "Program B")
                .map(|(_, l)| *l)
        );
        (nama, h.tak_dikenal)
    }

    const DITULIS: Tautan = Tautan {
        sasaran: 0,
        tertulis: true,
    };

    /// A Sasaran column, written once above its programs (merged cells): each program under
    /// it is linked, whatever the name's numbering and case; a name the indicator table lacks
    /// links nothing and is named, and a program under it keeps the person's choice.
    #[test]
    fn programs_under_a_written_sasaran() {
        let (l, tak) = tautan(
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
            l,
            [
                ("Program A".to_string(), s(0)),
                ("Program B".to_string(), s(0)),
                ("Program C".to_string(), s(1)),
                ("Program D".to_string(), dipilih),
            ]
        );
        assert_eq!(
            tak,
            [(5, "Sasaran lain".to_string())],
            "named with its line"
        );
    }

    /// Without a Sasaran column the links are the person's; without an indicator table there
    /// is nothing to link and nothing unknown.
    #[test]
    fn chosen_links_and_no_indicator_table() {
        let budget = "Uraian\tPagu\nProgram A\t100\nProgram B\t50";
        let (l, tak) = tautan(budget, &["S1", "S2"], &[("Program B", 1)]);
        assert_eq!(
            l,
            [(
                "Program B".to_string(),
                Tautan {
                    sasaran: 1,
                    tertulis: false
                }
            )]
        );
        assert!(tak.is_empty());
        let (l, tak) = tautan(
            "Sasaran\tProgram\tKegiatan\tPagu\nS1\tProgram A\tK\t1",
            &[],
            &[],
        );
        assert!(l.is_empty() && tak.is_empty(), "{l:?} {tak:?}");
    }
}
