// Offline: serves the app's own files from one cache named for this build (make dist writes
// the build's hash below, and where CUPLIKAN stands the JS snippets wasm-bindgen emits and the
// worked examples' tables). A new build installs beside the old one and replaces it whole, so
// a page never mixes files of two builds. Only this origin's GET requests are answered.

// the LZMA decoder and the code streams' joiner the page uses (self.lzma, self.kodeWasm), to
// decode the module once for later visits
importScripts("./lzma.js", "./kode_wasm.js");

const VERSI = "__VERSI__";
const CACHE = "kalkulator-sakip-" + VERSI;
const BERKAS = ["./", "./index.html", "./style.css", "./muat.js", "./lebar.js", "./pkg/app.js", "./lzma.js", "./kode_wasm.js", "./pkg/app_bg.wasm.lzma", "./manifest.webmanifest", "./ikon.svg", /*CUPLIKAN*/];

// Each file asked of the server, never taken from the browser's HTTP cache unchecked: that may
// still hold the last build's files, fresh by the browser's own guess when the host sends no
// Cache-Control (python's http.server, many others), and this build's cache would keep them.
const frisch = (u) => new Request(u, { cache: "no-cache" });

self.addEventListener("install", (e) => {
  e.waitUntil(
    caches.open(CACHE)
      .then((c) => c.addAll(BERKAS.map(frisch)).then(() => modulBiasa(c)).then(() => halamanBiasa(c)))
      .then(() => self.skipWaiting()),
  );
});

// The plain module, decoded and joined here once from the LZMA file (already in the browser's cache from the
// page's own visit, so not downloaded again): a later visit compiles it straight from this cache,
// without decoding and joining in the page (60-100 ms). If that fails, it is fetched plain.
function modulBiasa(c) {
  return c.match("./pkg/app_bg.wasm.lzma")
    .then((r) => r.arrayBuffer())
    .then((b) => new Response(self.kodeWasm.join(self.lzma.decode(new Uint8Array(b))), { headers: { "Content-Type": "application/wasm" } }))
    .then((r) => c.put("./pkg/app_bg.wasm", r), () => c.add(frisch("./pkg/app_bg.wasm")));
}

// The page as this worker serves it preloads that plain module instead of the LZMA file, so a
// later visit asks for the module as soon as the page is read, as muat.js then loads it.
function halamanBiasa(c) {
  return Promise.all(["./", "./index.html"].map((p) =>
    c.match(p)
      .then((r) => r.text())
      .then((t) => c.put(p, new Response(t.replace("pkg/app_bg.wasm.lzma", "pkg/app_bg.wasm"), { headers: { "Content-Type": "text/html; charset=utf-8" } }))),
  ));
}

self.addEventListener("activate", (e) => {
  e.waitUntil(
    caches.keys()
      .then((ks) => Promise.all(ks.filter((k) => k.startsWith("kalkulator-sakip-") && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (e) => {
  const url = new URL(e.request.url);
  if (e.request.method !== "GET" || url.origin !== self.location.origin) return;
  e.respondWith(
    caches.open(CACHE).then((c) => c.match(e.request, { ignoreSearch: true }).then((hit) => hit || fetch(e.request))),
  );
});
