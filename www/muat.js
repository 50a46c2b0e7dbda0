// Loads the app, then registers the service worker that lets it open offline after one visit.
// The worker's install downloads the build again into its cache; it starts only once the app
// runs, so on a slow first visit it never shares the line with the module being loaded.
import init from "./pkg/app.js";

// The loading line in index.html goes once the app is on the page, or gives way to the error.
const memuat = document.getElementById("memuat");

init().then(
  () => {
    memuat?.remove();
    // layout help for large quarterly tables on a mid-sized page (lebar.js); not needed first
    import("./lebar.js").catch(() => {});
    if ("serviceWorker" in navigator) {
      navigator.serviceWorker.register("./sw.js").catch(() => {});
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
