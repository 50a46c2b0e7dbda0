// Loads the app, then registers the service worker that lets it open offline after one visit.
// The worker's install puts the build into its cache (checked with the server, mostly "not
// modified" answers after this visit); it
// starts only once the app runs, so on a slow first visit it never shares the line with the
// module being loaded.
import init from "./pkg/app.js";

// The loading line in index.html goes once the app is on the page, or gives way to the error.
const memuat = document.getElementById("memuat");

// On a first visit the module crosses the line as LZMA (pkg/app_bg.wasm.lzma, 256 KB against 360
// gzipped ahead and 304 as brotli; index.html preloads it): its code in one stream per kind of
// content, decoded by lzma.js as it arrives, then joined back into the module by kode_wasm.js.
// If that file is missing or damaged, the plain module is loaded.
const lzma = () =>
  fetch("pkg/app_bg.wasm.lzma")
    .then((r) => {
      if (!r.ok || !r.body || !self.lzma || !self.kodeWasm) throw new Error("pkg/app_bg.wasm.lzma: " + r.status);
      return new Response(self.lzma.stream(r.body)).arrayBuffer();
    })
    .then((b) => self.kodeWasm.join(new Uint8Array(b)));

// A page the service worker serves (a later visit) takes the plain module from its cache, which
// the worker decoded once, and preloads it (sw.js): no decoding, and the browser's compiled code
// is kept with it.
const modul = navigator.serviceWorker?.controller ? undefined : lzma();

init({ module_or_path: modul }).catch(() => init()).then(
  () => {
    memuat?.remove();
    // layout help for large quarterly tables on a mid-sized page (lebar.js); not needed first
    import("./lebar.js").catch(() => {});
    if ("serviceWorker" in navigator) {
      // the scripts the worker imports (lzma.js, kode_wasm.js) checked with the server at each
      // update, as sw.js is: a stale copy from the HTTP cache could not join a new build's module
      navigator.serviceWorker.register("./sw.js", { updateViaCache: "none" }).catch(() => {});
    }
  },
  (e) => {
    const p = document.createElement("p");
    p.className = "galat-muat";
    p.textContent = "Aplikasi gagal dimuat: " + String(e);
    memuat?.remove();
    document.body.append(p);
  },
);
