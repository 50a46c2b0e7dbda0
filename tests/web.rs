//! The mounted app in headless Chromium (wasm-bindgen-test): a paste updates the results
//! without a button, and the policy panel recomputes them.
#![cfg(target_arch = "wasm32")]

use kalkulator_sakip::view::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Document, Event, EventInit, HtmlSelectElement, HtmlTextAreaElement};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> Document {
    web_sys::window()
        .and_then(|w| w.document())
        .expect("a document")
}

/// Let the reactive system run its effects, and the frame that a lone input event waits for
/// before its text is read (`view/masukan.rs`).
async fn tick() {
    for _ in 0..2 {
        let p = js_sys::Promise::new(&mut |resolve, _| {
            let _ = web_sys::window().unwrap().request_animation_frame(&resolve);
        });
        let _ = wasm_bindgen_futures::JsFuture::from(p).await;
    }
    for _ in 0..5 {
        let p = js_sys::Promise::new(&mut |resolve, _| {
            let _ = web_sys::window()
                .unwrap()
                .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0);
        });
        let _ = wasm_bindgen_futures::JsFuture::from(p).await;
    }
}

fn fire(el: &web_sys::EventTarget, kind: &str) {
    let init = EventInit::new();
    init.set_bubbles(true);
    let ev = Event::new_with_event_init_dict(kind, &init).unwrap();
    el.dispatch_event(&ev).unwrap();
}

fn texts(selector: &str) -> Vec<String> {
    let list = document().query_selector_all(selector).unwrap();
    (0..list.length())
        .filter_map(|i| list.item(i))
        .map(|n| {
            n.first_child()
                .and_then(|c| c.text_content())
                .unwrap_or_default()
                .trim()
                .to_string()
        })
        .collect()
}

#[wasm_bindgen_test]
async fn paste_updates_results_and_policies_recompute() {
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    let _handle = leptos::mount::mount_to(root.clone().unchecked_into(), App);
    tick().await;

    let area: HtmlTextAreaElement = document()
        .query_selector("[data-testid=input-indikator]")
        .unwrap()
        .unwrap()
        .unchecked_into();
    area.set_value(
        "Indikator\tTarget\tRealisasi\nIKM\t80,25\t81,14\nKamtibmas\t13\t9\nTindak lanjut\t100\t-",
    );
    fire(&area, "input");
    tick().await;

    let cap = texts("[data-testid=hasil-indikator] tr[data-row=indikator] [data-col=capaian]");
    assert_eq!(cap, ["101,11", "69,23", "n/a"]);
    let pred = texts("[data-testid=hasil-indikator] tr[data-row=indikator] [data-col=predikat]");
    assert_eq!(pred, ["Sangat Tinggi", "Sedang", "-"]);

    // a cap of 100 applies to display and to the sasaran mean; the missing row is left out
    let batas: HtmlSelectElement = document()
        .query_selector("[data-testid=kebijakan-batas]")
        .unwrap()
        .unwrap()
        .unchecked_into();
    batas.set_value("100");
    fire(&batas, "change");
    tick().await;
    assert_eq!(
        texts("[data-testid=hasil-indikator] tr[data-row=indikator] [data-col=capaian]")[0],
        "100,00"
    );
    assert_eq!(
        texts("[data-testid=hasil-indikator] tr[data-row=sasaran] [data-col=capaian]"),
        ["84,62"]
    );
    root.remove();
}
