//! Terbilang: an amount in Indonesian words, as under a budget total ("dua puluh dua miliar
//! ... rupiah"). `se-` for sepuluh, sebelas, seratus, seribu; "satu juta", "satu miliar",
//! "satu triliun"; KBBI spelling miliar/triliun; zero is "nol rupiah"; sen for decimals.

use crate::core::aritmetika::{kali_batas, kurang_batas};
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;

const SATUAN: [&str; 10] = [
    "", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan",
];

/// Words for 0 < n < 1000.
fn ratusan(n: u64) -> String {
    let (r, p) = (n / 100, n % 100);
    let mut w = Vec::new();
    match r {
        0 => {}
        1 => w.push("seratus".to_string()),
        r => w.push(format!("{} ratus", SATUAN[r as usize])),
    }
    match p {
        0 => {}
        10 => w.push("sepuluh".into()),
        11 => w.push("sebelas".into()),
        12..=19 => w.push(format!("{} belas", SATUAN[(p - 10) as usize])),
        1..=9 => w.push(SATUAN[p as usize].into()),
        _ => {
            w.push(format!("{} puluh", SATUAN[(p / 10) as usize]));
            if p % 10 > 0 {
                w.push(SATUAN[(p % 10) as usize].into());
            }
        }
    }
    w.join(" ")
}

/// Words for a whole number (up to the quadrillions).
pub fn bilangan(n: u128) -> String {
    if n == 0 {
        return "nol".into();
    }
    const SKALA: [&str; 6] = ["", "ribu", "juta", "miliar", "triliun", "kuadriliun"];
    let mut groups = Vec::new();
    let mut x = n;
    while x > 0 {
        groups.push((x % 1000) as u64);
        x /= 1000;
    }
    let mut words = Vec::new();
    for (i, g) in groups.iter().enumerate().rev() {
        if *g == 0 {
            continue;
        }
        match (i, *g) {
            (1, 1) => words.push("seribu".to_string()),
            (0, g) => words.push(ratusan(g)),
            (i, g) if i < SKALA.len() => words.push(format!("{} {}", ratusan(g), SKALA[i])),
            // beyond kuadriliun: say the digits' group count plainly rather than guess a name
            (i, g) => words.push(format!("{} x 10^{}", ratusan(g), i * 3)),
        }
    }
    words.join(" ")
}

/// An amount in rupiah, in words; sen when it has decimals.
pub fn terbilang_rupiah(v: Decimal) -> String {
    let neg = v.is_sign_negative() && !v.is_zero();
    let v = crate::core::teks::tampil::bulat(v.abs(), 2);
    let whole = v.trunc();
    let sen = kali_batas(kurang_batas(v, whole), Decimal::ONE_HUNDRED)
        .round()
        .to_u128()
        .unwrap_or(0);
    let mut out = match whole.to_u128() {
        Some(n) => format!("{} rupiah", bilangan(n)),
        None => "(terlalu besar untuk dieja)".to_string(),
    };
    if sen > 0 {
        out.push_str(&format!(" {} sen", bilangan(sen)));
    }
    if neg {
        out.insert_str(0, "minus ");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    #[test]
    fn spelling_rules() {
        let cases: &[(&str, &str)] = &[
            ("0", "nol rupiah"),
            ("1", "satu rupiah"),
            ("10", "sepuluh rupiah"),
            ("11", "sebelas rupiah"),
            ("15", "lima belas rupiah"),
            ("100", "seratus rupiah"),
            ("110", "seratus sepuluh rupiah"),
            ("1000", "seribu rupiah"),
            ("1100", "seribu seratus rupiah"),
            ("21000", "dua puluh satu ribu rupiah"),
            ("101000", "seratus satu ribu rupiah"),
            ("1000000", "satu juta rupiah"),
            ("1000000000", "satu miliar rupiah"),
            ("1000000000000", "satu triliun rupiah"),
            ("22073322462", "dua puluh dua miliar tujuh puluh tiga juta tiga ratus dua puluh dua ribu empat ratus enam puluh dua rupiah"),
            ("54620757064", "lima puluh empat miliar enam ratus dua puluh juta tujuh ratus lima puluh tujuh ribu enam puluh empat rupiah"),
            ("1500.50", "seribu lima ratus rupiah lima puluh sen"),
            ("0.01", "nol rupiah satu sen"),
            ("7840840784.00", "tujuh miliar delapan ratus empat puluh juta delapan ratus empat puluh ribu tujuh ratus delapan puluh empat rupiah"),
        ];
        for (n, want) in cases {
            assert_eq!(
                terbilang_rupiah(Decimal::from_str(n).unwrap()),
                *want,
                "{n}"
            );
        }
    }
}
