use kalkulator_sakip::core::teks::angka::{baca_angka, Konvensi};
#[test]
fn zz() {
    for t in [
        "14.555.000.00,00",
        "1.23.456,00",
        "1.2345,00",
        "14.555.000.00",
        "1.000.00",
        "1,000,00.50",
        "12.34.567",
    ] {
        println!(
            "{t}: id {:?} | en {:?}",
            baca_angka(t, Konvensi::IdId),
            baca_angka(t, Konvensi::EnUs)
        );
    }
}
