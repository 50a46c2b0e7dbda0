//! Mounts the app; everything else lives in the library.

#[cfg(target_arch = "wasm32")]
fn main() {
    kalkulator_sakip::view::pengaman::pasang();
    leptos::mount::mount_to_body(kalkulator_sakip::view::App);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!(
        "Kalkulator SAKIP runs in the browser: `make serve`, then open http://127.0.0.1:8080"
    );
}
