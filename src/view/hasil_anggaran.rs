use crate::core::laporan_anggaran::BarisTampilAnggaran;
use leptos::prelude::*;

fn baris(b: BarisTampilAnggaran, row: &'static str) -> impl IntoView {
    let indent = format!("padding-left: {}rem", 0.4 + 1.2 * b.kedalaman as f32);
    let cls = match (row, b.induk, b.tanda.is_empty()) {
        ("total", ..) => "ringkas",
        (_, _, false) => "ditandai",
        (_, true, _) => "induk",
        _ => "",
    };
    let tanda = (!b.tanda.is_empty()).then(|| {
        view! { <ul class="tanda">{b.tanda.into_iter().map(|t| view! { <li>{t}</li> }).collect_view()}</ul> }
    });
    view! {
        <tr data-row=row class=cls data-baris=b.nomor_baris.to_string()>
            <td data-col="kode" class="kode">{b.kode}</td>
            <td data-col="uraian" class="teks" style=indent>
                {b.uraian}
                {tanda}
            </td>
            <td data-col="anggaran" class="angka">{b.anggaran}</td>
            <td data-col="realisasi" class="angka">{b.realisasi}</td>
            <td data-col="sisa" class="angka">{b.sisa}</td>
            <td data-col="serapan" class="angka">{b.serapan}</td>
        </tr>
    }
}

/// The budget tree, indented, with a total computed from its leaves. Pasted Jumlah rows stay
/// where they were pasted, marked as stated figures, with their checks.
#[component]
pub fn HasilAnggaran(
    /// Rows in paste order and the computed total, from the core's display model.
    #[prop(into)]
    model: Signal<(Vec<BarisTampilAnggaran>, BarisTampilAnggaran)>,
) -> impl IntoView {
    view! {
        <div class="tabel-gulir">
            <table class="hasil" data-testid="hasil-anggaran">
                <thead>
                    <tr>
                        <th>"Kode"</th>
                        <th>"Uraian"</th>
                        <th>"Anggaran (Rp)"</th>
                        <th>"Realisasi (Rp)"</th>
                        <th>"Sisa (Rp)"</th>
                        <th>"Serapan (%)"</th>
                    </tr>
                </thead>
                <tbody>
                    {move || {
                        let (rows, total) = model.get();
                        let any = !rows.is_empty();
                        let mut out: Vec<AnyView> = rows
                            .into_iter()
                            .map(|b| {
                                let row = if b.jumlah { "jumlah" } else { "anggaran" };
                                baris(b, row).into_any()
                            })
                            .collect();
                        if any {
                            out.push(baris(total, "total").into_any());
                        }
                        out
                    }}
                </tbody>
            </table>
        </div>
    }
}
