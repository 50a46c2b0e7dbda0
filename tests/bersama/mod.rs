//! What the native tests and `make bench` share.

/// A tab-separated table as a PDF copies it: each line's filled cells joined by `pemisah` (a
/// space, words and cells alike; or a line break, one cell a line).
pub fn salinan_pdf(teks: &str, pemisah: &str) -> String {
    let baris: Vec<String> = teks
        .lines()
        .map(|l| {
            let sel: Vec<&str> = l.split('\t').filter(|c| !c.trim().is_empty()).collect();
            sel.join(pemisah)
        })
        .collect();
    baris.join("\n")
}
