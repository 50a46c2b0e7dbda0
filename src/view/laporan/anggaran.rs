//! Part B of the report: the budget in one sentence, the budget table (the page's renderer,
//! print variant), terbilang of the totals, serapan per program, and efficiency.

use crate::core::laporan::anggaran::{kalimat_anggaran, terbilang_total};
use crate::view::efisiensi::TabelEfisiensi;
use crate::view::grafik::GrafikBatang;
use crate::view::hasil_anggaran::AnggaranCetak;
use crate::view::keadaan::Keadaan;
use leptos::prelude::*;

/// Part B of the report. Its pieces follow the tree each on its own, under a part that stays:
/// rebuilt whole at each change, the report drew every row of its table again (500 lines:
/// 1.000 DOM changes, and the page held 117-200 ms once typing paused; now 50-83 ms, and one
/// frame with the report's `content-visibility` in `style.css`).
#[component]
pub fn LaporanAnggaran() -> impl IntoView {
    let s = expect_context::<Keadaan>();
    let kalimat = move || s.pohon.with(kalimat_anggaran);
    let terbilang = move || {
        s.pohon.with(|p| {
            terbilang_total(p)
                .into_iter()
                .map(|(l, a, w)| {
                    view! {
                        <li>{format!("{l}: Rp {a} ")}<em>{format!("({w})")}</em></li>
                    }
                })
                .collect_view()
        })
    };
    let program = Memo::new(move |_| {
        s.tabel_anggaran.with(|t| {
            s.pohon.with(|p| {
                p.program()
                    .map(|(n, r)| (t.baris[p.simpul[n].baris].uraian.clone(), r.serapan()))
                    .collect::<Vec<_>>()
            })
        })
    });
    view! {
        <Show when=move || s.pohon.with(|p| !p.simpul.is_empty()) fallback=|| view! { <p class="catatan">"Tabel realisasi anggaran belum diisi."</p> }>
            <p class="kalimat" data-testid="kalimat-anggaran">{kalimat}</p>
            <AnggaranCetak model=s.model_anggaran tabel=s.tabel_anggaran />
            <ul class="terbilang" data-testid="laporan-terbilang">{terbilang}</ul>
            <Show when=move || program.with(|p| !p.is_empty())>
                <figure class="blok">
                    <GrafikBatang data=program judul="Serapan anggaran per program (%)".to_string() testid="grafik-serapan" />
                    <figcaption>"Grafik serapan anggaran per program."</figcaption>
                </figure>
            </Show>
        </Show>
        <TabelEfisiensi efisiensi=s.efisiensi testid="laporan-efisiensi" judul="Efisiensi: capaian kinerja dan serapan anggaran per sasaran" />
    }
}
