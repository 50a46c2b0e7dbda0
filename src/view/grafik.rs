//! A bar chart as inline SVG, from the core's chart geometry (prints as vectors).

use crate::core::laporan::grafik::{grafik_batang, Batang, Grafik, TataGrafik, TINGGI_BATANG};
use crate::view::jendela::{berkunci, daftar_berkunci};
use leptos::prelude::*;
use rust_decimal::Decimal;

/// A horizontal bar chart as inline SVG (no chart library; prints crisply), with a dashed
/// reference line at 100%. It is drawn twice: labels beside the bars (printed, wide screens)
/// and labels above them (a phone's screen; `style.css` shows one of the two). The bars are a
/// keyed list: when the data changes, only the bars that changed are drawn again (a chart of
/// 500 indikator had 1.000 bars, every attribute of which was set again at each change).
#[component]
pub fn GrafikBatang(
    /// `(label, value)` of each bar, in percent.
    #[prop(into)]
    data: Signal<Vec<(String, Option<Decimal>)>>,
    /// Accessible title.
    judul: String,
    /// `data-testid` of the printed (wide) drawing.
    testid: &'static str,
) -> impl IntoView {
    let sempit = Memo::new(move |_| data.with(|d| grafik_batang(d, TataGrafik::Atas)));
    let lebar = Memo::new(move |_| data.with(|d| grafik_batang(d, TataGrafik::Samping)));
    view! {
        {gambar(lebar, judul.clone(), "grafik lebar", Some(testid))}
        {gambar(sempit, judul, "grafik sempit", None)}
    }
}

/// A bar with what places it on its drawing: where bars start, and the labels' x and anchor.
type BatangDiGambar = (Batang, u32, u32, &'static str);

/// One drawing of `grafik`.
fn gambar(
    grafik: Memo<Grafik>,
    judul: String,
    kelas: &'static str,
    testid: Option<&'static str>,
) -> impl IntoView {
    let vb = move || grafik.with(|g| format!("0 0 {} {}", g.lebar, g.tinggi));
    let aria = judul.clone();
    // the 100% line, as one path of its stretches, and its label
    let garis = move || {
        grafik.with(|g| {
            let d: String = g
                .garis_y
                .iter()
                .map(|(y1, y2)| format!("M{} {y1}V{y2}", g.garis_x))
                .collect();
            let geser = format!("translate({} 0)", g.kiri);
            view! {
                <path d=d class="garis-100" transform=geser.clone()></path>
                <text x=g.garis_x.clone() y=(g.tinggi - 1).to_string() class="label-100" transform=geser>"100%"</text>
            }
        })
    };
    let batang = move || {
        grafik.with(|g| {
            g.batang
                .iter()
                .map(|b| {
                    let isi: BatangDiGambar = (b.clone(), g.kiri, g.x_label, g.jangkar_label);
                    berkunci(isi, satu_batang)
                })
                .collect()
        })
    };
    view! {
        <svg class=kelas data-testid=testid viewBox=vb role="img" aria-label=aria xmlns="http://www.w3.org/2000/svg">
            <title>{judul}</title>
            {daftar_berkunci(Box::new(batang))}
            {garis}
        </svg>
    }
}

/// One bar: its label, the bar, and its value after it.
fn satu_batang((b, kiri, x_label, jangkar_label): BatangDiGambar) -> impl IntoView {
    let cls = if b.lewat { "batang lewat" } else { "batang" };
    view! {
        <g data-row="batang">
            <text x=x_label.to_string() y=b.y_label.to_string() text-anchor=jangkar_label class="label">{b.label}</text>
            <rect x=kiri.to_string() y=b.y.to_string() width=b.lebar.clone() height=TINGGI_BATANG.to_string() class=cls></rect>
            <text x=(kiri + 4).to_string() y=b.y_nilai.to_string() class="nilai" transform=format!("translate({} 0)", b.lebar)>{b.teks_nilai}</text>
        </g>
    }
}
