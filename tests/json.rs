//! The JSON reader of project files and share links (`core/proyek/json.rs`) against serde_json:
//! any value serde_json writes, compact or pretty, reads as serde_json reads it; any text is read
//! or refused, never a panic, and what it reads serde_json reads the same.
#![cfg(not(target_arch = "wasm32"))]

use kalkulator_sakip::core::proyek::json::{baca_json, Json};
use proptest::prelude::*;
use serde_json::Value;

/// Our tree as serde_json's, to compare the two readers.
fn ke_value(j: &Json) -> Value {
    match j {
        Json::Null => Value::Null,
        Json::Bool(b) => Value::Bool(*b),
        Json::Angka(n) => {
            serde_json::from_str(n).expect("a number that we accept, serde_json does")
        }
        Json::Teks(t) => Value::String(t.to_string()),
        Json::Daftar(d) => Value::Array(d.iter().map(ke_value).collect()),
        // a repeated name keeps its last value in both
        Json::Objek(o) => Value::Object(
            o.iter()
                .map(|(k, v)| (k.to_string(), ke_value(v)))
                .collect(),
        ),
    }
}

/// Any JSON value: strings of any characters (control characters, quotes, emoji), integers and
/// fractions of any size, nested arrays and objects.
fn nilai() -> impl Strategy<Value = Value> {
    let daun = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        (-1e300..1e300f64).prop_map(Value::from),
        any::<String>().prop_map(Value::String),
        "[\"\\\\\\u{0}-\\u{1f}\\u{7f}\\u{2028}😀a]{0,8}".prop_map(Value::String),
    ];
    daun.prop_recursive(4, 64, 6, |dalam| {
        prop_oneof![
            prop::collection::vec(dalam.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec((any::<String>(), dalam), 0..6)
                .prop_map(|o| Value::Object(o.into_iter().collect())),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 3000, .. ProptestConfig::default() })]

    #[test]
    fn what_serde_json_writes_reads_back_the_same(v in nilai(), rapi in any::<bool>()) {
        let teks = if rapi { serde_json::to_string_pretty(&v) } else { serde_json::to_string(&v) }
            .expect("any value is written");
        let j = baca_json(&teks).map_err(|e| TestCaseError::fail(format!("{e}: {teks}")))?;
        // against serde_json's reading of the same text: its float parsing is not exact
        let serde: Value = serde_json::from_str(&teks).expect("serde_json reads what it wrote");
        prop_assert_eq!(ke_value(&j), serde);
    }

    /// Text made of JSON's own pieces, in any order: read or refused; when read, serde_json reads
    /// it too, to the same value.
    #[test]
    fn any_text_is_read_or_refused_as_serde_json_does(
        potongan in prop::collection::vec(
            prop_oneof![
                Just("{"), Just("}"), Just("["), Just("]"), Just(","), Just(":"), Just(" "),
                Just("\"a\""), Just("\"\\u00e9\""), Just("\"\\ud83d\""), Just("\"\\"), Just("1"),
                Just("-0.5e+3"), Just("01"), Just("true"), Just("nul"), Just("null"), Just("\n"),
            ],
            0..24,
        )
    ) {
        let teks: String = potongan.concat();
        let kami = baca_json(&teks);
        let serde: Result<Value, _> = serde_json::from_str(&teks);
        match (&kami, &serde) {
            (Ok(j), Ok(v)) => prop_assert_eq!(&ke_value(j), v),
            (Err(_), Err(_)) => {}
            // a lone surrogate: serde_json refuses it, the browser (and we) read it as U+FFFD
            (Ok(_), Err(_)) if teks.contains("\\ud83d") => {}
            // a number keeps its text here; its field's reader refuses what it cannot hold
            (Ok(_), Err(e)) if e.to_string().starts_with("number out of range") => {}
            _ => prop_assert!(false, "{teks:?}: ours {kami:?}, serde_json {serde:?}"),
        }
    }

    #[test]
    fn any_string_is_read_or_refused(s in "\\PC{0,300}") {
        let _ = baca_json(&s);
    }
}
