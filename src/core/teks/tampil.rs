//! Numbers as people in Indonesia read them: `101,11`, `1.004.422.800`, `-1.000,50`.

use rust_decimal::Decimal;

/// Round half away from zero (99,975 to 99,98). `Decimal::round_dp` rounds half to even,
/// which is not what Indonesian reports do, so every rounding goes through here.
pub fn bulat(v: Decimal, desimal: u32) -> Decimal {
    bulat_dengan(v, desimal, true)
}

/// Cut to `desimal` places, toward zero (99,979 to 99,97).
pub fn potong(v: Decimal, desimal: u32) -> Decimal {
    bulat_dengan(v, desimal, false)
}

/// Rounding by one i128 division of the mantissa. rust_decimal's own rounding takes the
/// digits off one at a time; a capaian has 26 decimals to drop, and that was a fifth of the
/// time of computing a quarterly table's formulas. A property test holds it to rust_decimal's
/// `MidpointAwayFromZero` and `ToZero`.
fn bulat_dengan(v: Decimal, desimal: u32, setengah_ke_atas: bool) -> Decimal {
    let skala = v.scale();
    if skala <= desimal {
        return v;
    }
    let m = v.mantissa();
    // the scale is at most 28, and 10^28 fits an i128
    let p = 10i128.pow(skala - desimal);
    let (q, r) = (m / p, m % p);
    let q = if setengah_ke_atas && 2 * r.abs() >= p {
        q + m.signum()
    } else {
        q
    };
    Decimal::try_from_i128_with_scale(q, desimal).unwrap_or_else(|_| {
        let strategi = if setengah_ke_atas {
            rust_decimal::RoundingStrategy::MidpointAwayFromZero
        } else {
            rust_decimal::RoundingStrategy::ToZero
        };
        v.round_dp_with_strategy(desimal, strategi)
    })
}

/// Group thousands with `.` and mark decimals with `,`, keeping exactly `desimal` places
/// (rounded half-up).
pub fn id_desimal(v: Decimal, desimal: u32) -> String {
    let mut out = String::new();
    tulis_desimal(&mut out, v, desimal);
    out
}

/// [`id_desimal`] appended to `out`: a formula is written into one string, not pieced
/// together from one string per number.
pub fn tulis_desimal(out: &mut String, v: Decimal, desimal: u32) {
    let mut v = bulat(v, desimal);
    v.rescale(desimal);
    // the digits of the mantissa, last first, on the stack; u64 arithmetic where it fits
    // (u128's to_string was a tenth of the time of a quarterly table's formulas)
    let mut buf = [0u8; 40];
    let mut n = 0;
    let mut x = v.mantissa().unsigned_abs();
    // u128 only for the digits above u64 (at most ten of a 96-bit mantissa)
    while x > u128::from(u64::MAX) {
        buf[n] = b'0' + (x % 10) as u8;
        x /= 10;
        n += 1;
    }
    let mut x = x as u64; // fits now
    loop {
        buf[n] = b'0' + (x % 10) as u8;
        x /= 10;
        n += 1;
        if x == 0 {
            break;
        }
    }
    let digits = &buf[..n];
    let scale = v.scale() as usize;
    let pad = (scale + 1).saturating_sub(digits.len());
    let int_len = digits.len() + pad - scale;
    out.reserve(digits.len() + pad + int_len / 3 + 2);
    if v.is_sign_negative() && !v.is_zero() {
        out.push('-');
    }
    let all = std::iter::repeat_n(b'0', pad).chain(digits.iter().rev().copied());
    for (i, c) in all.enumerate() {
        if i == int_len {
            out.push(',');
        } else if i > 0 && i < int_len && (int_len - i).is_multiple_of(3) {
            out.push('.');
        }
        out.push(char::from(c));
    }
}

/// Money: rounded to whole rupiah unless it has sen.
pub fn rupiah(v: Decimal) -> String {
    let n = v.normalize();
    if n.scale() == 0 {
        id_desimal(n, 0)
    } else {
        id_desimal(bulat(v, 2), 2)
    }
}

/// A value as given, with no more decimals than it has (`80,25`, `13`, `1.000`).
pub fn apa_adanya(v: Decimal) -> String {
    let mut out = String::new();
    tulis_apa_adanya(&mut out, v);
    out
}

/// [`apa_adanya`] appended to `out`.
pub fn tulis_apa_adanya(out: &mut String, v: Decimal) {
    let n = v.normalize();
    tulis_desimal(out, n, n.scale());
}

/// A count with thousands separators: 277590 as "277.590".
pub fn ribuan(n: usize) -> String {
    id_desimal(Decimal::from(n), 0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    #[test]
    fn counts_with_thousands_separators() {
        for (n, teks) in [
            (0, "0"),
            (999, "999"),
            (1000, "1.000"),
            (277_590, "277.590"),
            (usize::MAX, "18.446.744.073.709.551.615"),
        ] {
            assert_eq!(ribuan(n), teks);
        }
    }

    #[test]
    fn formats_as_id_id() {
        let d = |s| Decimal::from_str(s).unwrap();
        assert_eq!(id_desimal(d("101.1090"), 2), "101,11");
        assert_eq!(id_desimal(d("1004422800"), 0), "1.004.422.800");
        assert_eq!(id_desimal(d("-1000.5"), 2), "-1.000,50");
        assert_eq!(id_desimal(d("0"), 2), "0,00");
        assert_eq!(rupiah(d("10869637137.00")), "10.869.637.137");
        assert_eq!(rupiah(d("1500.5")), "1.500,50");
        assert_eq!(apa_adanya(d("80.250")), "80,25");
        assert_eq!(apa_adanya(d("999")), "999");
        assert_eq!(
            id_desimal(d("88.305"), 2),
            "88,31",
            "half away from zero, not to even"
        );
        assert_eq!(id_desimal(d("0.125"), 2), "0,13");
        assert_eq!(id_desimal(d("0.001"), 3), "0,001");
        assert_eq!(id_desimal(d("-0.004"), 2), "0,00", "no sign on a zero");
        assert_eq!(id_desimal(d("123456"), 0), "123.456");
        assert_eq!(id_desimal(d("-1234567.891"), 1), "-1.234.567,9");
        assert_eq!(
            id_desimal(Decimal::MAX, 0),
            "79.228.162.514.264.337.593.543.950.335"
        );
        assert_eq!(
            id_desimal(d("7.9228162514264337593543950335"), 28),
            "7,9228162514264337593543950335"
        );
    }

    /// `v` as Display writes it, grouped and with a decimal comma: the reference.
    fn acuan(v: Decimal) -> String {
        let s = v.abs().to_string();
        let (int, frac) = s.split_once('.').unwrap_or((&s, ""));
        let n = int.len();
        let grouped: String = int
            .chars()
            .enumerate()
            .flat_map(|(i, c)| {
                (i > 0 && (n - i) % 3 == 0)
                    .then_some('.')
                    .into_iter()
                    .chain([c])
            })
            .collect();
        let sign = if v.is_sign_negative() && !v.is_zero() {
            "-"
        } else {
            ""
        };
        let comma = if frac.is_empty() { "" } else { "," };
        format!("{sign}{grouped}{comma}{frac}")
    }

    /// Any value rust_decimal holds: a 96-bit mantissa (past u64, where the digits are
    /// written with u128), a sign and a scale from 0 to 28.
    fn nilai_apa_saja() -> impl proptest::strategy::Strategy<Value = Decimal> {
        use proptest::prelude::*;
        (
            any::<u32>(),
            any::<u32>(),
            any::<u32>(),
            any::<bool>(),
            0u32..=28,
        )
            .prop_map(|(lo, mid, hi, neg, scale)| Decimal::from_parts(lo, mid, hi, neg, scale))
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(3000))]
        /// Any value, kept at its own scale.
        #[test]
        fn any_value_groups_display_digits(v in nilai_apa_saja()) {
            proptest::prop_assert_eq!(id_desimal(v, v.scale()), acuan(v));
        }

        /// The rounding by one division is rust_decimal's, value and scale, for any value
        /// and any number of places.
        #[test]
        fn rounding_is_rust_decimals(v in nilai_apa_saja(), desimal in 0u32..=28) {
            use rust_decimal::RoundingStrategy::{MidpointAwayFromZero, ToZero};
            for (ours, theirs) in [
                (bulat(v, desimal), v.round_dp_with_strategy(desimal, MidpointAwayFromZero)),
                (potong(v, desimal), v.round_dp_with_strategy(desimal, ToZero)),
            ] {
                proptest::prop_assert_eq!(ours, theirs, "{} to {}", v, desimal);
                proptest::prop_assert_eq!(ours.scale(), theirs.scale(), "{} to {}", v, desimal);
            }
        }

        /// Halves, the case the policy is about, at a few digits: 0,005 -> 0,01, -0,005 -> -0,01.
        #[test]
        fn halves_round_away_from_zero(m in -100_000i64..100_000, scale in 0u32..6) {
            use rust_decimal::RoundingStrategy::MidpointAwayFromZero;
            let v = Decimal::new(m * 10 + 5, scale + 1);
            for desimal in 0..=scale {
                proptest::prop_assert_eq!(
                    bulat(v, desimal),
                    v.round_dp_with_strategy(desimal, MidpointAwayFromZero)
                );
            }
        }
    }

    /// The same digits as Display gives, grouped: every magnitude and scale.
    #[test]
    fn groups_display_digits() {
        for m in [
            0i64,
            1,
            9,
            10,
            99,
            100,
            999,
            1000,
            12345,
            999_999,
            1_000_000,
            -5,
            -1234,
            i64::MAX,
            i64::MIN,
        ] {
            for scale in 0..=28 {
                let v = Decimal::new(m, scale);
                assert_eq!(id_desimal(v, scale), acuan(v), "{v}");
            }
        }
    }
}
