//! A bar chart as inline SVG, from the core's chart geometry (prints as vectors).

use crate::core::laporan::grafik::{grafik_batang, Grafik, TataGrafik, TINGGI_BATANG};
use leptos::prelude::*;
use rust_decimal::Decimal;

/// A horizontal bar chart as inline SVG (no chart library; prints crisply), with a dashed
/// reference line at 100%. It is drawn twice: labels beside the bars (printed, wide screens)
/// and labels above them (a phone's screen; `style.css` shows one of the two).
#[component]
pub fn GrafikBatang(
    /// `(label, value)` of each bar, in percent.
    data: Vec<(String, Option<Decimal>)>,
    /// Accessible title.
    judul: String,
    /// `data-testid` of the printed (wide) drawing.
    testid: &'static str,
) -> impl IntoView {
    let sempit = grafik_batang(&data, TataGrafik::Atas);
    let lebar = grafik_batang(&data, TataGrafik::Samping);
    view! {
        {gambar(lebar, judul.clone(), "grafik lebar", Some(testid))}
        {gambar(sempit, judul, "grafik sempit", None)}
    }
}

/// One drawing of `grafik`.
fn gambar(
    grafik: Grafik,
    judul: String,
    kelas: &'static str,
    testid: Option<&'static str>,
) -> impl IntoView {
    let Grafik {
        batang,
        garis_x,
        garis_y,
        lebar,
        tinggi,
        kiri,
        x_label,
        jangkar_label,
    } = grafik;
    let vb = format!("0 0 {lebar} {tinggi}");
    let aria = judul.clone();
    let h = TINGGI_BATANG.to_string();
    let x_label = x_label.to_string();
    // the 100% line, as one path of its stretches
    let garis: String = garis_y
        .iter()
        .map(|(y1, y2)| format!("M{garis_x} {y1}V{y2}"))
        .collect();
    view! {
        <svg class=kelas data-testid=testid viewBox=vb role="img" aria-label=aria xmlns="http://www.w3.org/2000/svg">
            <title>{judul}</title>
            {batang.into_iter().map(|b| {
                let tx = format!("{}", kiri + 4);
                let cls = if b.lewat { "batang lewat" } else { "batang" };
                view! {
                    <g data-row="batang">
                        <text x=x_label.clone() y=b.y_label.to_string() text-anchor=jangkar_label class="label">{b.label}</text>
                        <rect x=kiri.to_string() y=b.y.to_string() width=b.lebar.clone() height=h.clone() class=cls></rect>
                        <text x=tx y=b.y_nilai.to_string() class="nilai" transform=format!("translate({} 0)", b.lebar)>{b.teks_nilai}</text>
                    </g>
                }
            }).collect_view()}
            <path d=garis class="garis-100" transform=format!("translate({kiri} 0)")></path>
            <text x=garis_x.clone() y=(tinggi - 1).to_string() class="label-100" transform=format!("translate({kiri} 0)")>"100%"</text>
        </svg>
    }
}
