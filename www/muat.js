// Loads the app, and registers the service worker that lets it open offline after one visit.
import init from "./pkg/app.js";

init().catch((e) => {
  const p = document.createElement("p");
  p.className = "galat-muat";
  p.textContent = "Aplikasi gagal dimuat: " + String(e);
  document.body.append(p);
});

if ("serviceWorker" in navigator) {
  navigator.serviceWorker.register("./sw.js").catch(() => {});
}
