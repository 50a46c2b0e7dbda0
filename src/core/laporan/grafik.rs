//! Bar charts for the report as geometry (numbers for inline SVG), so the view only draws:
//! capaian per indikator with a 100% line, serapan per program.

use crate::core::aritmetika::kali_batas;
use crate::core::teks::tampil::id_desimal;
use rust_decimal::Decimal;

/// One horizontal bar, coordinates in SVG user units.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Batang {
    pub label: String,
    pub teks_nilai: String,
    /// Top of the bar.
    pub y: u32,
    /// Baseline of the label.
    pub y_label: u32,
    /// Baseline of the value, after the bar's end.
    pub y_nilai: u32,
    pub lebar: String,
    /// Above the reference line (100%).
    pub lewat: bool,
}

/// A chart: bars, the x of the reference line, and the drawing size.
#[derive(Clone, Debug, PartialEq)]
pub struct Grafik {
    pub batang: Vec<Batang>,
    pub garis_x: String,
    /// The reference line's stretches, `(y1, y2)`: one down the whole drawing, or, with labels
    /// above the bars, one per bar, so the line does not cross the labels.
    pub garis_y: Vec<(u32, u32)>,
    pub lebar: u32,
    pub tinggi: u32,
    /// Where bars start (after the labels, or 0 with labels above).
    pub kiri: u32,
    /// The x of the labels and their `text-anchor` (`end` beside the bars, `start` above).
    pub x_label: u32,
    pub jangkar_label: &'static str,
}

/// Where the labels go.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum TataGrafik {
    /// Beside the bars, on a drawing 640 wide: the printed report and wide screens.
    Samping,
    /// Above each bar, on a drawing 320 wide, so a phone shows the labels at a readable size
    /// (beside the bars at 360 px they were 4 px high).
    Atas,
}

/// Bar height and gap.
pub const TINGGI_BATANG: u32 = 18;
const JARAK: u32 = 8;
/// Room for a label line above a bar.
const BARIS_LABEL: u32 = 14;

/// Lay out `(label, value)` bars against a 100 reference; the scale goes to the larger of
/// 120 and the largest value, so the 100% line always shows.
pub fn grafik_batang(data: &[(String, Option<Decimal>)], tata: TataGrafik) -> Grafik {
    // (drawing width, where bars start, room for a label, label line above)
    let (lebar, kiri, ruang, atas) = match tata {
        TataGrafik::Samping => (640u32, 250u32, 240, 0),
        TataGrafik::Atas => (320, 0, 316, BARIS_LABEL),
    };
    let area = Decimal::from(lebar - kiri - 60);
    let maks = data
        .iter()
        .filter_map(|(_, v)| *v)
        .max()
        .unwrap_or(Decimal::ZERO)
        .max(Decimal::from(120));
    let skala =
        |v: Decimal| id_desimal(kali_batas(v.max(Decimal::ZERO) / maks, area), 1).replace(',', ".");
    let langkah = atas + TINGGI_BATANG + JARAK;
    let batang = data
        .iter()
        .enumerate()
        .map(|(i, (label, v))| {
            let label = potong_label(label, ruang);
            let y = 10 + atas + i as u32 * langkah;
            let y_nilai = y + TINGGI_BATANG - 5;
            Batang {
                label,
                teks_nilai: v.map(|x| id_desimal(x, 2)).unwrap_or_else(|| "n/a".into()),
                y,
                y_label: if atas > 0 { y - 3 } else { y_nilai },
                y_nilai,
                lebar: v.map(skala).unwrap_or_else(|| "0".into()),
                lewat: v.is_some_and(|x| x > Decimal::ONE_HUNDRED),
            }
        })
        .collect::<Vec<_>>();
    let tinggi = 20 + data.len() as u32 * langkah;
    let garis_y = if atas > 0 {
        batang
            .iter()
            .map(|b| (b.y, b.y + TINGGI_BATANG + 2))
            .collect()
    } else {
        vec![(4, tinggi - 4)]
    };
    let (x_label, jangkar_label) = if atas > 0 {
        (0, "start")
    } else {
        (kiri - 6, "end")
    };
    Grafik {
        garis_x: skala(Decimal::ONE_HUNDRED),
        garis_y,
        batang,
        lebar,
        tinggi,
        kiri,
        x_label,
        jangkar_label,
    }
}

/// Estimated width of `c` in a 10-unit sans-serif label, in tenths of a unit: at least DejaVu
/// Sans (Linux's usual sans-serif, wider than Arial or Segoe UI), so a cut label fits in any of
/// them. Over the 299 names in the seeds' tables the estimate was 1,03-1,19 times the width
/// Chromium drew. Capitals count apart: program names are often in capitals, and a cut by
/// characters ran 60 units off the drawing.
fn lebar_huruf(c: char) -> u32 {
    match c {
        'M' | 'W' | 'm' | 'w' | '%' | '…' => 100,
        'I' | 'i' | 'j' | 'l' | 't' | 'f' => 36,
        'A'..='Z' => 77,
        '0'..='9' => 65,
        'a'..='z' => 62,
        ' ' => 33,
        c if c.is_ascii() => 42,
        _ => 80,
    }
}

/// `label` whole if its estimated width fits `ruang` units, else cut with an ellipsis so that it
/// does.
fn potong_label(label: &str, ruang: u32) -> String {
    let ruang = ruang * 10;
    if label.chars().map(lebar_huruf).sum::<u32>() <= ruang {
        return label.to_string();
    }
    let mut lebar = lebar_huruf('…');
    let mut hasil = String::new();
    for c in label.chars() {
        lebar += lebar_huruf(c);
        if lebar > ruang {
            break;
        }
        hasil.push(c);
    }
    hasil.truncate(hasil.trim_end().len());
    hasil.push('…');
    hasil
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_scale_to_the_largest_value_and_the_line_sits_at_100() {
        let g = grafik_batang(
            &[
                ("A".into(), Some(Decimal::from(60))),
                ("B".into(), Some(Decimal::from(120))),
                ("C".into(), None),
            ],
            TataGrafik::Samping,
        );
        assert_eq!(g.batang.len(), 3);
        assert_eq!(g.batang[0].lebar, "165.0", "60 / 120 x 330");
        assert_eq!(g.batang[1].lebar, "330.0");
        assert_eq!(g.garis_x, "275.0");
        assert_eq!(g.batang[2].teks_nilai, "n/a");
        assert!(g.batang[1].lewat && !g.batang[0].lewat);
        let g = grafik_batang(
            &[("A".into(), Some(Decimal::from(240)))],
            TataGrafik::Samping,
        );
        assert_eq!(g.garis_x, "137.5", "scale grows with the data");
    }

    #[test]
    fn labels_are_cut_to_the_room_they_have_capitals_sooner() {
        let kecil = "Program peningkatan sarana dan prasarana aparatur kecamatan";
        let besar = "PROGRAM PENINGKATAN SARANA DAN PRASARANA APARATUR KECAMATAN";
        let (k, b) = (potong_label(kecil, 240), potong_label(besar, 240));
        assert!(k.ends_with('…') && b.ends_with('…'), "{k} / {b}");
        assert!(b.chars().count() < k.chars().count(), "{k} / {b}");
        // what fits stays whole
        assert_eq!(potong_label("Program 1", 240), "Program 1");
        assert_eq!(potong_label("", 240), "");
        // a cut never ends in a space before the ellipsis
        assert!(!b.contains(" …") && !k.contains(" …"));
        for s in [&k, &b] {
            assert!(s.chars().map(lebar_huruf).sum::<u32>() <= 2400);
        }
    }

    #[test]
    fn labels_above_the_bars_on_a_narrow_drawing_do_not_overlap_the_next_bar() {
        let data: Vec<(String, Option<Decimal>)> = vec![
            (
                "Persentase layanan yang diselesaikan tepat waktu sesuai standar".into(),
                Some(Decimal::from(95)),
            ),
            ("B".into(), Some(Decimal::from(130))),
        ];
        let g = grafik_batang(&data, TataGrafik::Atas);
        assert_eq!(
            (g.lebar, g.kiri, g.x_label, g.jangkar_label),
            (320, 0, 0, "start")
        );
        // 130 is the largest value: it fills the 260 units left for bars
        assert_eq!(g.batang[1].lebar, "260.0");
        assert_eq!(g.garis_x, "200.0");
        let (a, b) = (&g.batang[0], &g.batang[1]);
        assert!(a.y_label < a.y, "the label sits above its bar");
        assert!(
            a.y + TINGGI_BATANG < b.y_label - 10,
            "and below the bar before it"
        );
        assert!(
            b.y + TINGGI_BATANG < g.tinggi - 10,
            "the 100% label has room at the bottom"
        );
        assert!(a.label.ends_with('…'), "a long label is cut: {}", a.label);
        assert!(a
            .label
            .starts_with("Persentase layanan yang diselesaikan tepat"));
        // a 10-unit label's glyphs span about 8 units above its baseline and 2 below
        for l in &g.batang {
            for &(y1, y2) in &g.garis_y {
                assert!(
                    y2 < l.y_label - 8 || y1 > l.y_label + 2,
                    "the 100% line crosses a label: {:?}",
                    g.garis_y
                );
            }
        }
        // beside the bars, as printed: label and value share the bar's baseline
        let g = grafik_batang(&data, TataGrafik::Samping);
        assert_eq!((g.x_label, g.jangkar_label), (244, "end"));
        assert_eq!(g.batang[0].y_label, g.batang[0].y_nilai);
        assert_eq!(g.garis_y, vec![(4, g.tinggi - 4)]);
    }
}
