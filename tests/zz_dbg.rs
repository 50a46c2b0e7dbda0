use kalkulator_sakip::core::anggaran::perkembangan::hitung_perkembangan;
use kalkulator_sakip::core::ikm::hitung_ikm;
use kalkulator_sakip::core::kebijakan::BobotIkm;
#[test]
fn utuh() {
    for s in ["001", "002", "004"] {
        let teks =
            std::fs::read_to_string(format!("tests/fixtures/laporan/seed{s}_laporan.txt")).unwrap();
        let (h, p) = hitung_ikm(&teks, BobotIkm::Seperseribu111.nilai());
        println!(
            "== {s}: ikm {:?} unsur {:?}",
            h.as_ref().map(|h| h.ikm),
            h.as_ref().map(|h| h
                .nrr
                .iter()
                .map(|(u, n)| format!("{u}={n}"))
                .take(4)
                .collect::<Vec<_>>())
        );
        for m in p.iter().take(3) {
            println!("   ! {}", m.kalimat().chars().take(200).collect::<String>());
        }
        let g = hitung_perkembangan(&teks, Default::default());
        println!(
            "   growth {:?}",
            g.tahun
                .iter()
                .map(|t| (t.tahun, t.anggaran))
                .collect::<Vec<_>>()
        );
        for m in g.pesan.iter().take(3) {
            println!("   ! {}", m.kalimat().chars().take(200).collect::<String>());
        }
    }
}
