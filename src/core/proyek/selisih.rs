//! What a step of the undo history keeps: the change from its neighbouring state, not a whole
//! copy. A step after one key in a 20.000-line table is a few bytes instead of the table's
//! megabyte; 100 steps of whole copies held 100 MB.

use crate::core::proyek::berkas::Proyek;
use crate::core::teks::beda::beda_byte;

/// A state the history can keep as the change from a neighbour.
pub trait Selisih: Clone + PartialEq {
    /// The change from one state to another.
    type Ubah;
    /// What turns `dari` into `ke`.
    fn ubah(dari: &Self, ke: &Self) -> Self::Ubah;
    /// `dari` with `u` applied; `u` was made by [`Selisih::ubah`] from this same `dari`.
    fn terapkan(dari: &Self, u: &Self::Ubah) -> Self;
}

/// A text changed by one replaced span (bytes of the old text).
#[derive(Clone, Debug, PartialEq)]
pub struct UbahTeks {
    mulai: usize,
    akhir: usize,
    sisipan: String,
}

impl Selisih for String {
    type Ubah = UbahTeks;

    fn ubah(dari: &String, ke: &String) -> UbahTeks {
        let (rentang, sisipan) = beda_byte(dari, ke);
        UbahTeks {
            mulai: rentang.start,
            akhir: rentang.end,
            sisipan: sisipan.to_string(),
        }
    }

    fn terapkan(dari: &String, u: &UbahTeks) -> String {
        // a span that does not fit `dari` cannot come from `ubah`; it gives a wrong text, not a panic
        let awal = dari.get(..u.mulai).unwrap_or(dari);
        let akhir = dari.get(u.akhir..).unwrap_or("");
        [awal, &u.sisipan, akhir].concat()
    }
}

/// A project changed: its four pasted texts by their spans, the rest (small) as it becomes.
#[derive(Clone, Debug, PartialEq)]
pub struct UbahProyek {
    teks: [UbahTeks; 4],
    /// The new project with its four texts left empty.
    sisa: Proyek,
}

/// The four texts that can be large, to write.
fn teks_mut(p: &mut Proyek) -> [&mut String; 4] {
    [
        &mut p.indikator,
        &mut p.anggaran,
        &mut p.ikm,
        &mut p.perkembangan,
    ]
}

/// The four texts that can be large.
fn teks(p: &Proyek) -> [&String; 4] {
    [&p.indikator, &p.anggaran, &p.ikm, &p.perkembangan]
}

impl Selisih for Proyek {
    type Ubah = UbahProyek;

    fn ubah(dari: &Proyek, ke: &Proyek) -> UbahProyek {
        let (lama, baru) = (teks(dari), teks(ke));
        UbahProyek {
            teks: std::array::from_fn(|i| String::ubah(lama[i], baru[i])),
            sisa: tanpa_teks(ke),
        }
    }

    fn terapkan(dari: &Proyek, u: &UbahProyek) -> Proyek {
        let mut p = u.sisa.clone();
        for ((t, lama), ubah) in teks_mut(&mut p).into_iter().zip(teks(dari)).zip(&u.teks) {
            *t = String::terapkan(lama, ubah);
        }
        p
    }
}

/// A copy of `p` with its four texts empty, made without copying them first.
fn tanpa_teks(p: &Proyek) -> Proyek {
    Proyek {
        format: p.format.clone(),
        versi: p.versi,
        indikator: String::new(),
        pemetaan_sidik: p.pemetaan_sidik.clone(),
        pemetaan_kolom: p.pemetaan_kolom.clone(),
        kebijakan: p.kebijakan.clone(),
        tampilkan_rumus: p.tampilkan_rumus,
        anggaran: String::new(),
        tautan: p.tautan.clone(),
        ikm: String::new(),
        perkembangan: String::new(),
        metode_pertumbuhan: p.metode_pertumbuhan.clone(),
        kepala: p.kepala.clone(),
        lanskap: p.lanskap,
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::core::proyek::riwayat::Riwayat;
    use proptest::prelude::*;

    /// A project of four texts and a header field, as the page commits them.
    fn proyek(t: &[String; 4], instansi: &str, lanskap: bool) -> Proyek {
        let mut p = Proyek::kosong();
        p.indikator = t[0].clone();
        p.anggaran = t[1].clone();
        p.ikm = t[2].clone();
        p.perkembangan = t[3].clone();
        p.kepala.instansi = instansi.into();
        p.lanskap = lanskap;
        p
    }

    /// Undo, redo or commit one of the generated states.
    #[derive(Clone, Debug)]
    enum Aksi {
        Catat(usize),
        Urungkan,
        Ulangi,
    }

    fn teks() -> impl Strategy<Value = String> {
        "[a\\t\\n1é😀]{0,12}"
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(1000))]

        /// Any two texts: the change applied to the first gives the second.
        #[test]
        fn a_text_change_turns_one_into_the_other(a in teks(), b in teks()) {
            prop_assert_eq!(String::terapkan(&a, &String::ubah(&a, &b)), b);
        }

        /// The history of changes shows, step for step, what a history of whole copies shows.
        #[test]
        fn undo_and_redo_by_changes_equal_whole_copies(
            keadaan in proptest::collection::vec(([teks(), teks(), teks(), teks()], "[ab]{0,2}", any::<bool>()), 1..6),
            aksi in proptest::collection::vec(prop_oneof![
                (0usize..6).prop_map(Aksi::Catat),
                Just(Aksi::Urungkan),
                Just(Aksi::Ulangi),
            ], 0..40),
        ) {
            let keadaan: Vec<Proyek> = keadaan.iter().map(|(t, i, l)| proyek(t, i, *l)).collect();
            let mut r = Riwayat::<Proyek>::default();
            // the former history: every state kept whole
            let (mut lalu, mut kini, mut depan) = (Vec::<Proyek>::new(), None::<Proyek>, Vec::<Proyek>::new());
            for a in aksi {
                match a {
                    Aksi::Catat(i) => {
                        let p = keadaan[i % keadaan.len()].clone();
                        let langkah = match kini.take() {
                            None => { kini = Some(p.clone()); false }
                            Some(k) if k == p => { kini = Some(k); false }
                            Some(k) => { lalu.push(k); depan.clear(); kini = Some(p.clone()); true }
                        };
                        prop_assert_eq!(r.catat(p), langkah);
                    }
                    Aksi::Urungkan => {
                        let lama = lalu.pop();
                        if let Some(l) = &lama {
                            depan.extend(kini.replace(l.clone()));
                        }
                        prop_assert_eq!(r.urungkan(), lama);
                    }
                    Aksi::Ulangi => {
                        let baru = depan.pop();
                        if let Some(b) = &baru {
                            lalu.extend(kini.replace(b.clone()));
                        }
                        prop_assert_eq!(r.ulangi(), baru);
                    }
                }
                prop_assert_eq!((r.bisa_urungkan(), r.bisa_ulangi()), (!lalu.is_empty(), !depan.is_empty()));
            }
        }
    }

    /// A step after one key in a large text keeps that key, not the text.
    #[test]
    fn a_step_keeps_the_change_not_the_text() {
        let besar: String = (0..20_000)
            .map(|i| format!("{i}\tIndikator {i}\t%\t100\t90\n"))
            .collect();
        let mut kedua = besar.clone();
        kedua.insert(5_000, '7');
        let a = proyek(
            &[besar, String::new(), String::new(), String::new()],
            "",
            false,
        );
        let b = proyek(
            &[kedua, String::new(), String::new(), String::new()],
            "",
            false,
        );
        let u = Proyek::ubah(&b, &a);
        let disimpan: usize =
            u.teks.iter().map(|t| t.sisipan.len()).sum::<usize>() + u.sisa.indikator.len();
        assert_eq!(
            disimpan, 0,
            "going back removes the one character: nothing to keep"
        );
        assert_eq!(Proyek::terapkan(&b, &u), a);
        let maju = Proyek::ubah(&a, &b);
        assert_eq!(maju.teks[0].sisipan, "7");
        assert_eq!(Proyek::terapkan(&a, &maju), b);
    }
}
