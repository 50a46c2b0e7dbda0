//! The IKM section: the pasted table, the weight policy, NRR per unsur, IKM and mutu.

use crate::core::ikm::{mutu, BentukIkm, HasilIkm};
use crate::core::kebijakan::Kebijakan;
use crate::core::teks::tampil::{id_desimal, ribuan};
use crate::view::daftar_pesan::DaftarPesan;
use crate::view::gulir::Gulir;
use crate::view::jendela::{lagi_jika_ada, tampil_awal};
use crate::view::masukan::MasukanTabel;
use crate::view::pilih::PilihKebijakan;
use leptos::prelude::*;

const CONTOH: &str = "Ketik sembilan NRR sebaris:\n3 3,04 3 3,92 3,12 3,04 3,12 3,12 3,88\n\nAtau tempel 9 NRR per unsur (misalnya tabel IKM dari laporan), atau jawaban mentah: satu responden per baris, 9 kolom bernilai 1 sampai 4.";

/// The IKM calculator: NRR per unsur or raw answers, the weight policy, NRR tertimbang, IKM
/// and its mutu.
#[component]
pub fn BagianIkm(
    /// The pasted IKM table.
    teks: RwSignal<String>,
    /// Policies (the IKM weight lives here).
    kebijakan: RwSignal<Kebijakan>,
    /// The computed IKM and messages.
    hasil: Memo<(Option<HasilIkm>, Vec<crate::core::teks::pesan::Pesan>)>,
) -> impl IntoView {
    let pesan = Signal::derive(move || hasil.with(|(_, p)| p.clone()));
    // nine unsur as a rule, but a paste of 20.000 lines of NRR is read too: a window
    let tampil = tampil_awal(false);
    view! {
        <MasukanTabel teks=teks testid="input-ikm" label="Tabel IKM" placeholder=CONTOH />
        <PilihKebijakan
            label="Bobot tiap unsur"
            testid="kebijakan-bobot-ikm"
            nilai=Signal::derive(move || kebijakan.with(|k| k.bobot_ikm))
            ubah=move |b| kebijakan.update(|k| k.bobot_ikm = b)
        />
        <DaftarPesan pesan=pesan testid="pesan-ikm" />
        {move || hasil.with(|(h, _)| h.clone()).map(|h| {
            let (grade, label) = mutu(h.ikm);
            let bentuk = match h.bentuk {
                BentukIkm::Nrr => "dari NRR per unsur".to_string(),
                BentukIkm::Jawaban { responden } => format!("dari jawaban {} responden", ribuan(responden)),
            };
            let batas = tampil.get();
            let lagi = lagi_jika_ada(tampil, h.nrr.len(), 4);
            let rows = h.nrr.iter().zip(h.tertimbang()).enumerate().take(batas).map(|(i, ((u, n), t))| view! {
                <tr data-row="unsur">
                    <td>{i + 1}</td>
                    <td class="teks" data-col="unsur">{u.clone()}</td>
                    <td class="angka" data-col="nrr">{id_desimal(*n, 2)}</td>
                    <td class="angka" data-col="tertimbang">{id_desimal(t, 3)}</td>
                </tr>
            }).collect_view();
            view! {
                <Gulir label="Hasil IKM">
                    <table class="hasil" data-testid="hasil-ikm">
                        <thead><tr><th>"No"</th><th>"Unsur"</th><th>"NRR"</th><th>"NRR tertimbang"</th></tr></thead>
                        <tbody>{rows}{lagi}</tbody>
                    </table>
                </Gulir>
                <p class="ikm">
                    "IKM " {bentuk} ": "
                    <strong data-testid="nilai-ikm">{id_desimal(h.ikm, 2)}</strong>
                    ", mutu pelayanan "
                    <strong data-testid="mutu-ikm">{format!("{grade} ({label})")}</strong>
                    <small class="rumus">{h.rumus.clone()}</small>
                </p>
            }
        })}
    }
}
