//! A bar chart as inline SVG, from the core's chart geometry (prints as vectors).

use crate::core::laporan::grafik::{Grafik, TINGGI_BATANG};
use leptos::prelude::*;

/// A horizontal bar chart as inline SVG (no chart library; prints crisply), with a dashed
/// reference line at 100%.
#[component]
pub fn GrafikBatang(
    /// Geometry from the core.
    grafik: Grafik,
    /// Accessible title.
    judul: String,
    /// `data-testid` of the svg.
    testid: &'static str,
) -> impl IntoView {
    let Grafik {
        batang,
        garis_x,
        lebar,
        tinggi,
        kiri,
    } = grafik;
    let vb = format!("0 0 {lebar} {tinggi}");
    let aria = judul.clone();
    let h = TINGGI_BATANG.to_string();
    view! {
        <svg class="grafik" data-testid=testid viewBox=vb role="img" aria-label=aria xmlns="http://www.w3.org/2000/svg">
            <title>{judul}</title>
            {batang.into_iter().map(|b| {
                let y = b.y.to_string();
                let ty = (b.y + TINGGI_BATANG - 5).to_string();
                let tx = format!("{}", kiri + 4);
                let cls = if b.lewat { "batang lewat" } else { "batang" };
                view! {
                    <g data-row="batang">
                        <text x=(kiri - 6).to_string() y=ty.clone() text-anchor="end" class="label">{b.label}</text>
                        <rect x=kiri.to_string() y=y width=b.lebar.clone() height=h.clone() class=cls></rect>
                        <text x=tx y=ty class="nilai" transform=format!("translate({} 0)", b.lebar)>{b.teks_nilai}</text>
                    </g>
                }
            }).collect_view()}
            <line x1=garis_x.clone() x2=garis_x.clone() y1="4" y2=(tinggi - 4).to_string() class="garis-100" transform=format!("translate({kiri} 0)")></line>
            <text x=garis_x.clone() y=(tinggi - 1).to_string() class="label-100" transform=format!("translate({kiri} 0)")>"100%"</text>
        </svg>
    }
}
