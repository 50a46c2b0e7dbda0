//! Checked arithmetic on pasted quantities. rust_decimal panics on overflow, and a panic in
//! WebAssembly kills the page, so every division, product or sum of values a person pasted
//! goes through here and yields `None` where the exact result does not fit.

use rust_decimal::Decimal;

/// The largest magnitude the number reader accepts: 18 digits before the decimal mark. It
/// leaves room to sum billions of rows and to take percentages of them without overflow.
pub const DIGIT_BULAT_MAKS: usize = 18;

/// `a / b x 100`; `None` when `b` is 0 or the result does not fit.
pub fn persen_dari(a: Decimal, b: Decimal) -> Option<Decimal> {
    // times 100 first: one division rounded at the 28th digit, instead of a quotient of 28
    // digits multiplied past 96 bits and rounded again; a pasted value is at most 18 + 10
    // digits, so this only falls back for values near the cap
    match kali(a, Decimal::ONE_HUNDRED) {
        Some(a100) => bagi(a100, b),
        None => kali(bagi(a, b)?, Decimal::ONE_HUNDRED),
    }
}

/// `a / b`; `None` when `b` is 0 or the quotient does not fit.
pub fn bagi(a: Decimal, b: Decimal) -> Option<Decimal> {
    a.checked_div(b)
}

/// `a x b`; `None` when the product does not fit.
pub fn kali(a: Decimal, b: Decimal) -> Option<Decimal> {
    a.checked_mul(b)
}

/// `a + b`; `None` when the sum does not fit. Sums and differences go through here (and
/// products and quotients through [`kali`] and [`bagi`]) also because rust_decimal inlines
/// its arithmetic into every caller: one copy here is kilobytes less of the module.
pub fn tambah(a: Decimal, b: Decimal) -> Option<Decimal> {
    a.checked_add(b)
}

/// `a - b`; `None` when the difference does not fit. As `a + -b`, exactly what rust_decimal's
/// subtraction does, through the one copy of the addition.
pub fn kurang(a: Decimal, b: Decimal) -> Option<Decimal> {
    tambah(a, -b)
}

/// `a + b` of values the number reader capped ([`DIGIT_BULAT_MAKS`] digits before the mark),
/// whose sums no number of rows takes past what a Decimal holds: through [`tambah`] rather than
/// the `+` operator, which inlines the addition again wherever it is used, and saturated
/// rather than a panic should that ever be wrong.
pub fn tambah_batas(a: Decimal, b: Decimal) -> Decimal {
    tambah(a, b).unwrap_or(if b.is_sign_negative() {
        Decimal::MIN
    } else {
        Decimal::MAX
    })
}

/// `a - b` of capped values, as [`tambah_batas`].
pub fn kurang_batas(a: Decimal, b: Decimal) -> Decimal {
    tambah_batas(a, -b)
}

/// `a x 10^p` for an amount a heading says is in thousands (`p` 3), millions (6) or billions
/// (9); `None` when the product is beyond the reader's cap of [`DIGIT_BULAT_MAKS`] digits.
pub fn kali_pangkat(a: Decimal, p: u32) -> Option<Decimal> {
    let x = kali(a, Decimal::from(10u64.checked_pow(p)?))?;
    (x.abs() < Decimal::from(10u64.pow(DIGIT_BULAT_MAKS as u32))).then_some(x)
}

/// `a x b` of capped values and small factors (a weight, a count, 100), as [`tambah_batas`].
pub fn kali_batas(a: Decimal, b: Decimal) -> Decimal {
    kali(a, b).unwrap_or(if a.is_sign_negative() != b.is_sign_negative() {
        Decimal::MIN
    } else {
        Decimal::MAX
    })
}

/// The sum of capped values, as [`tambah_batas`].
pub fn jumlah_batas(items: impl IntoIterator<Item = Decimal>) -> Decimal {
    items.into_iter().fold(Decimal::ZERO, tambah_batas)
}

/// The sum; `None` when it does not fit.
pub fn jumlah(items: impl IntoIterator<Item = Decimal>) -> Option<Decimal> {
    items.into_iter().try_fold(Decimal::ZERO, tambah)
}

/// The mean; `None` for no items or a sum that does not fit.
pub fn rata_rata(items: &[Decimal]) -> Option<Decimal> {
    if items.is_empty() {
        return None;
    }
    bagi(jumlah(items.iter().copied())?, Decimal::from(items.len()))
}

/// What a person reads when a result does not fit.
pub const TERLALU_BESAR: &str = "angka terlalu besar untuk dihitung tepat";

/// Figures to date as each quarter's own: the change from the last quarter written before it,
/// so that the sum to a quarter is the figure written for it (`s.d. TW I, II, III` of 200,
/// 450, 700 are 200, 250, 250). Saturating, as the reader bounds every amount.
pub fn per_triwulan(sd: [Option<Decimal>; 4]) -> [Option<Decimal>; 4] {
    let mut lalu = Decimal::ZERO;
    sd.map(|v| {
        v.map(|x| {
            let d = kurang_batas(x, lalu);
            lalu = x;
            d
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One rounding, at the last digit rust_decimal holds: 1 / 3 x 100 is 33,3... to 27
    /// decimals, and a percent that terminates is exact.
    #[test]
    fn percent_is_exact_to_the_last_digit() {
        use std::str::FromStr;
        assert_eq!(
            persen_dari(Decimal::ONE, Decimal::from(3)).map(|v| v.to_string()),
            Some("33.333333333333333333333333333".into())
        );
        assert_eq!(
            persen_dari(
                Decimal::from_str("81.14").unwrap(),
                Decimal::from_str("80.25").unwrap()
            )
            .map(|v| v.round_dp(10).to_string()),
            Some("101.1090342679".into())
        );
        assert_eq!(
            persen_dari(Decimal::from_str("99.995").unwrap(), Decimal::from(100)),
            Some(Decimal::from_str("99.995").unwrap())
        );
    }

    #[test]
    fn overflow_is_none_not_a_panic() {
        let max = Decimal::MAX;
        assert_eq!(jumlah([max, max]), None);
        assert_eq!(persen_dari(max, Decimal::new(1, 4)), None);
        assert_eq!(persen_dari(Decimal::ONE, Decimal::ZERO), None);
        assert_eq!(kali(max, Decimal::TWO), None);
        assert_eq!(rata_rata(&[]), None);
        assert_eq!(
            persen_dari(Decimal::from(9), Decimal::from(12)),
            Some(Decimal::from(75))
        );
        // a value whose hundredfold does not fit still gets its percent when that fits
        let besar = Decimal::from_i128_with_scale(10i128.pow(27), 0);
        let sepuluh_miliar = Decimal::from(10_000_000_000u64);
        assert_eq!(
            persen_dari(besar, sepuluh_miliar),
            Some(Decimal::from_i128_with_scale(10i128.pow(19), 0))
        );
        assert_eq!(
            rata_rata(&[Decimal::from(100), Decimal::from(50)]),
            Some(Decimal::from(75))
        );
    }

    /// The difference as `a + -b` is rust_decimal's own, scale included; the capped helpers
    /// give the exact result and saturate, never panic, past what a Decimal holds.
    #[test]
    fn capped_sums_differences_and_products() {
        use std::str::FromStr;
        let d = |s: &str| Decimal::from_str(s).unwrap();
        for (a, b) in [
            ("1.50", "0.5"),
            ("-3", "7.25"),
            ("0", "0.000"),
            ("100", "100"),
        ] {
            let (a, b) = (d(a), d(b));
            let beda = kurang(a, b).unwrap();
            assert_eq!((beda, beda.scale()), (a - b, (a - b).scale()));
            assert_eq!(kurang_batas(a, b), a - b);
            assert_eq!(tambah_batas(a, b), a + b);
            assert_eq!(kali_batas(a, b), a * b);
        }
        assert_eq!(jumlah_batas([d("0.1"), d("0.2"), d("-0.3")]), Decimal::ZERO);
        assert_eq!(kurang(Decimal::MIN, Decimal::ONE), None);
        assert_eq!(tambah_batas(Decimal::MAX, Decimal::ONE), Decimal::MAX);
        assert_eq!(tambah_batas(Decimal::MIN, -Decimal::ONE), Decimal::MIN);
        assert_eq!(kurang_batas(Decimal::MIN, Decimal::ONE), Decimal::MIN);
        assert_eq!(kali_batas(Decimal::MAX, Decimal::from(-2)), Decimal::MIN);
        assert_eq!(kali_batas(Decimal::MIN, Decimal::from(-2)), Decimal::MAX);
    }
}
