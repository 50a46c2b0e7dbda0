//! Numbers as people in Indonesia read them: `101,11`, `1.004.422.800`, `-1.000,50`.

use rust_decimal::Decimal;

/// Round half away from zero (99,975 to 99,98). `Decimal::round_dp` rounds half to even,
/// which is not what Indonesian reports do, so every rounding goes through here.
pub fn bulat(v: Decimal, desimal: u32) -> Decimal {
    v.round_dp_with_strategy(
        desimal,
        rust_decimal::RoundingStrategy::MidpointAwayFromZero,
    )
}

/// Group thousands with `.` and mark decimals with `,`, keeping exactly `desimal` places
/// (rounded half-up).
pub fn id_desimal(v: Decimal, desimal: u32) -> String {
    let mut v = bulat(v, desimal);
    v.rescale(desimal);
    let s = v.abs().to_string();
    let (int, frac) = match s.split_once('.') {
        Some((i, f)) => (i.to_string(), Some(f.to_string())),
        None => (s, None),
    };
    let mut grouped = String::new();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            grouped.push('.');
        }
        grouped.push(c);
    }
    let sign = if v.is_sign_negative() && !v.is_zero() {
        "-"
    } else {
        ""
    };
    match frac {
        Some(f) if !f.is_empty() => format!("{sign}{grouped},{f}"),
        _ => format!("{sign}{grouped}"),
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
    let n = v.normalize();
    id_desimal(n, n.scale())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

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
    }
}
