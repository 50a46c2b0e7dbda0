//! Stable sorting with one copy of the sort in the module. `sort_by_key` on four element types
//! compiled four sorts (about 14 KB of the module); here the sort runs on positions with a
//! dynamic comparison, and only the small reordering is compiled per type.

use std::cmp::Ordering;

/// Sort `v` stably by `banding`.
pub fn urutkan<T>(v: &mut Vec<T>, banding: impl Fn(&T, &T) -> Ordering) {
    let posisi = urutan(v.len(), &|a, b| banding(&v[a], &v[b]));
    let mut tempat: Vec<Option<T>> = std::mem::take(v).into_iter().map(Some).collect();
    v.extend(posisi.into_iter().filter_map(|i| tempat[i].take()));
}

/// The positions `0..n` in the order `banding` gives them, equal ones in their own order.
fn urutan(n: usize, banding: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut posisi: Vec<usize> = (0..n).collect();
    posisi.sort_by(|&a, &b| banding(a, b));
    posisi
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_stably() {
        let mut v = vec![(3, "a"), (1, "b"), (3, "c"), (2, "d"), (1, "e")];
        urutkan(&mut v, |x, y| x.0.cmp(&y.0));
        assert_eq!(v, [(1, "b"), (1, "e"), (2, "d"), (3, "a"), (3, "c")]);
        let mut kosong: Vec<u8> = Vec::new();
        urutkan(&mut kosong, |x, y| x.cmp(y));
        assert!(kosong.is_empty());
        let mut turun = vec![1, 5, 2];
        urutkan(&mut turun, |x, y| y.cmp(x));
        assert_eq!(turun, [5, 2, 1]);
    }
}
