//! What the tests of reading one row again share: the worked examples, every edit of their
//! cells, and the comparison of each reading with the whole reading of the edited text.

use super::Berubah;
use std::fmt::Debug;

/// `sintetis`, then the fixtures (`tests/fixtures/*.tsv`) whose path passes `pilih`.
pub fn contoh(sintetis: &str, pilih: impl Fn(&str) -> bool) -> Vec<(String, String)> {
    let mut out = vec![("sintetis".to_string(), sintetis.to_string())];
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
    let mut nama: Vec<_> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path().display().to_string())
        .filter(|p| p.ends_with(".tsv") && pilih(p))
        .collect();
    nama.sort();
    for p in nama {
        if let Ok(t) = std::fs::read_to_string(&p) {
            out.push((p, t));
        }
    }
    out
}

/// `teks` with cell `j` of line `l` (from 1) set to `isi`.
pub fn ganti_sel(teks: &str, l: usize, j: usize, isi: &str) -> String {
    let mut lines: Vec<String> = teks.split('\n').map(String::from).collect();
    if let Some(line) = lines.get_mut(l - 1) {
        let mut sel: Vec<&str> = line.split('\t').collect();
        if let Some(c) = sel.get_mut(j) {
            *c = isi;
        }
        *line = sel.join("\t");
    }
    lines.join("\n")
}

/// Every cell of `teks` that holds a number with each of `nilai` in turn, every other cell
/// with each of `lain`: (line from 1, cell, value).
pub fn suntingan<'a>(
    teks: &str,
    nilai: &[&'a str],
    lain: &[&'a str],
) -> Vec<(usize, usize, &'a str)> {
    let mut out = Vec::new();
    for (l, line) in teks.split('\n').enumerate() {
        for (j, sel) in line.split('\t').enumerate() {
            let angka = sel.starts_with(|c: char| c.is_ascii_digit());
            for v in if angka { nilai } else { lain } {
                out.push((l + 1, j, *v));
            }
        }
    }
    out
}

/// Every edit of every example read again alone (`sebaris`, where its guards allow) and by
/// `lagi` gives the whole reading (`baca`) of the edited text, and says rightly whether the
/// table changed. How many were read alone.
pub fn banding<T: Clone + PartialEq + Debug>(
    contoh: &[(String, String)],
    nilai: &[&str],
    lain: &[&str],
    baca: impl Fn(&str) -> T,
    sebaris: impl Fn(&T, &str, &str) -> bool,
    lagi: impl Fn(T, &str, &str) -> (T, Berubah),
) -> usize {
    let mut cepat = 0;
    for (nama, teks) in contoh {
        let lama = baca(teks);
        for (l, j, v) in suntingan(teks, nilai, lain) {
            let baru = ganti_sel(teks, l, j, v);
            // what the guards turn down is read whole by `lagi`, by definition
            if !sebaris(&lama, teks, &baru) {
                continue;
            }
            let utuh = baca(&baru);
            let (dibaca, berubah) = lagi(lama.clone(), teks, &baru);
            assert_eq!(dibaca, utuh, "{nama}, line {l}, cell {j}:\n{baru}");
            assert_eq!(berubah.ada(), utuh != lama, "{nama}, line {l}, cell {j}");
            cepat += 1;
        }
    }
    cepat
}

/// Every `langkah`-th edit of each example made one after another, each read by `lagi` from
/// the reading before, as a person types: the table stays the whole reading of the text.
pub fn berturut<T: PartialEq + Debug>(
    contoh: &[(String, String)],
    nilai: &[&str],
    langkah: usize,
    baca: impl Fn(&str) -> T,
    lagi: impl Fn(T, &str, &str) -> (T, Berubah),
) {
    for (nama, teks) in contoh {
        let mut lama = baca(teks);
        let mut lama_teks = teks.clone();
        let edits = suntingan(teks, nilai, &[]);
        for (n, (l, j, _)) in edits.into_iter().enumerate().step_by(langkah) {
            let baru = ganti_sel(&lama_teks, l, j, nilai[n % nilai.len()]);
            let (dibaca, _) = lagi(lama, &lama_teks, &baru);
            assert_eq!(dibaca, baca(&baru), "{nama} after line {l}, cell {j}");
            (lama, lama_teks) = (dibaca, baru);
        }
    }
}
