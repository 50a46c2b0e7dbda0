//! Bar charts for the report as geometry (numbers for inline SVG), so the view only draws:
//! capaian per indikator with a 100% line, serapan per program.

use crate::core::teks::tampil::id_desimal;
use rust_decimal::Decimal;

/// One horizontal bar, coordinates in SVG user units.
#[derive(Clone, Debug, PartialEq)]
pub struct Batang {
    pub label: String,
    pub teks_nilai: String,
    pub y: u32,
    pub lebar: String,
    /// Above the reference line (100%).
    pub lewat: bool,
}

/// A chart: bars, the x of the reference line, and the drawing size.
#[derive(Clone, Debug, PartialEq)]
pub struct Grafik {
    pub batang: Vec<Batang>,
    pub garis_x: String,
    pub lebar: u32,
    pub tinggi: u32,
    /// Where bars start (after the labels).
    pub kiri: u32,
}

/// Bar height and gap.
pub const TINGGI_BATANG: u32 = 18;
const JARAK: u32 = 8;

/// Lay out `(label, value)` bars against a 100 reference; the scale goes to the larger of
/// 120 and the largest value, so the 100% line always shows.
pub fn grafik_batang(data: &[(String, Option<Decimal>)]) -> Grafik {
    let (lebar, kiri) = (640u32, 250u32);
    let area = Decimal::from(lebar - kiri - 60);
    let maks = data
        .iter()
        .filter_map(|(_, v)| *v)
        .max()
        .unwrap_or(Decimal::ZERO)
        .max(Decimal::from(120));
    let skala = |v: Decimal| id_desimal(v.max(Decimal::ZERO) / maks * area, 1).replace(',', ".");
    let batang = data
        .iter()
        .enumerate()
        .map(|(i, (label, v))| {
            let label = if label.chars().count() > 42 {
                format!("{}…", label.chars().take(41).collect::<String>())
            } else {
                label.clone()
            };
            Batang {
                label,
                teks_nilai: v.map(|x| id_desimal(x, 2)).unwrap_or_else(|| "n/a".into()),
                y: 10 + i as u32 * (TINGGI_BATANG + JARAK),
                lebar: v.map(skala).unwrap_or_else(|| "0".into()),
                lewat: v.is_some_and(|x| x > Decimal::ONE_HUNDRED),
            }
        })
        .collect::<Vec<_>>();
    let tinggi = 20 + data.len() as u32 * (TINGGI_BATANG + JARAK);
    Grafik {
        garis_x: skala(Decimal::ONE_HUNDRED),
        batang,
        lebar,
        tinggi,
        kiri,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_scale_to_the_largest_value_and_the_line_sits_at_100() {
        let g = grafik_batang(&[
            ("A".into(), Some(Decimal::from(60))),
            ("B".into(), Some(Decimal::from(120))),
            ("C".into(), None),
        ]);
        assert_eq!(g.batang.len(), 3);
        assert_eq!(g.batang[0].lebar, "165.0", "60 / 120 x 330");
        assert_eq!(g.batang[1].lebar, "330.0");
        assert_eq!(g.garis_x, "275.0");
        assert_eq!(g.batang[2].teks_nilai, "n/a");
        assert!(g.batang[1].lewat && !g.batang[0].lewat);
        let g = grafik_batang(&[("A".into(), Some(Decimal::from(240)))]);
        assert_eq!(g.garis_x, "137.5", "scale grows with the data");
    }
}
