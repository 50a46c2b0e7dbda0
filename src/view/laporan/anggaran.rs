//! Part B of the report: the budget in one sentence, the budget table (the page's renderer,
//! print variant), terbilang of the totals, serapan per program, and efficiency.

use crate::core::laporan::anggaran::terbilang_total;
use crate::core::teks::tampil::{id_desimal, rupiah};
use crate::view::efisiensi::TabelEfisiensi;
use crate::view::grafik::GrafikBatang;
use crate::view::hasil_anggaran::AnggaranCetak;
use crate::view::keadaan::Keadaan;
use leptos::prelude::*;

/// Part B of the report.
#[component]
pub fn LaporanAnggaran() -> impl IntoView {
    let s = expect_context::<Keadaan>();
    let isi = move || {
        let p = s.pohon.get();
        if p.simpul.is_empty() {
            return view! { <p class="catatan">"Tabel realisasi anggaran belum diisi."</p> }
                .into_any();
        }
        let kalimat = format!(
            "Secara keseluruhan anggaran sebesar Rp {} terealisasi sebesar Rp {} atau {}%, dengan sisa Rp {}.",
            rupiah(p.total.anggaran),
            rupiah(p.total.realisasi),
            p.total.serapan().map(|x| id_desimal(x, 2)).unwrap_or_else(|| "n/a".into()),
            rupiah(p.total.sisa())
        );
        let terbilang = terbilang_total(&p)
            .into_iter()
            .map(|(l, a, w)| {
                view! {
                    <li>{format!("{l}: Rp {a} ")}<em>{format!("({w})")}</em></li>
                }
            })
            .collect_view();
        let program: Vec<_> = s.tabel_anggaran.with(|t| {
            p.program(t)
                .map(|(n, r)| (t.baris[p.simpul[n].baris].uraian.clone(), r.serapan()))
                .collect()
        });
        let grafik = (!program.is_empty()).then(|| view! {
            <figure class="blok">
                <GrafikBatang data=program judul="Serapan anggaran per program (%)".to_string() testid="grafik-serapan" />
                <figcaption>"Grafik serapan anggaran per program."</figcaption>
            </figure>
        });
        view! {
            <p class="kalimat" data-testid="kalimat-anggaran">{kalimat}</p>
            <AnggaranCetak model=s.model_anggaran tabel=s.tabel_anggaran />
            <ul class="terbilang" data-testid="laporan-terbilang">{terbilang}</ul>
            {grafik}
        }
        .into_any()
    };
    view! {
        {isi}
        <TabelEfisiensi efisiensi=s.efisiensi testid="laporan-efisiensi" judul="Efisiensi: capaian kinerja dan serapan anggaran per sasaran" />
    }
}
