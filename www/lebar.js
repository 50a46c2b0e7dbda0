// A large quarterly results table (class `tetap-tw`, over 30 rows) on a page of 601-1199 px
// (a laptop or a tablet held sideways) keeps the column widths its content gave it: measured
// once, then fixed (class `beku`). With widths found from every cell at every change, a key
// typed into 100 such rows laid out every row again: 121-145 ms to its capaian at 1024 px,
// 45-68 ms with the widths fixed (500 rows: 138-226 and 68-94). At 1200 px and more the
// stylesheet fixes them as shares of the table (narrower shares broke words and numbers); on
// a phone the rows are cards. Layout only.
//
// The widths are measured again when the columns change, when the rows change by more than a
// tenth (a new paste; not a row added, removed or being edited) and when the page is resized;
// not after typing: measuring lays out every cell from scratch (500 rows: 470-570 ms, three
// times a key's layout), so a number typed longer than its column wraps in its cell instead.
const RENTANG = matchMedia("screen and (min-width: 601px) and (max-width: 1199px)");
const diukur = new WeakMap(); // table -> its shape when it was last measured
const menunggu = new Map(); // table -> pending timer

function ukur(t) {
  menunggu.delete(t);
  const th = t.tHead ? [...t.tHead.rows[0].cells] : [];
  t.classList.remove("beku");
  t.style.width = "";
  for (const c of th) c.style.width = "";
  diukur.set(t, bentuk(t));
  if (!RENTANG.matches || !t.classList.contains("tetap-tw") || !t.isConnected) return;
  const lebar = th.map((c) => c.getBoundingClientRect().width);
  const semua = t.getBoundingClientRect().width;
  th.forEach((c, i) => { c.style.width = lebar[i] + "px"; });
  t.style.width = semua + "px";
  t.classList.add("beku");
}

/** Rows, columns and whether the table is one whose widths are fixed. */
function bentuk(t) {
  return { baris: t.tBodies[0]?.rows.length ?? 0, kolom: t.tHead?.rows[0]?.cells.length ?? 0, tetap: t.classList.contains("tetap-tw") };
}

function berubah(t) {
  const a = diukur.get(t);
  const b = bentuk(t);
  return !a || a.kolom !== b.kolom || a.tetap !== b.tetap || Math.abs(a.baris - b.baris) > Math.max(5, a.baris / 10);
}

function nanti(t, ms) {
  clearTimeout(menunggu.get(t));
  menunggu.set(t, setTimeout(() => ukur(t), ms));
}

new MutationObserver((catatan) => {
  const tabel = new Set();
  for (const c of catatan) {
    const t = c.target.closest?.("table.lebar-isi, table.beku");
    if (t) tabel.add(t);
  }
  for (const t of tabel) if (berubah(t)) nanti(t, 0);
  // rows only: a cell's text changing is not a reason to measure again (see above), and the
  // class and widths set here would measure again without end
}).observe(document.body, { subtree: true, childList: true });

const lagi = (ms) => { for (const t of document.querySelectorAll("table.lebar-isi, table.beku")) nanti(t, ms); };
RENTANG.addEventListener("change", () => lagi(0));
addEventListener("resize", () => lagi(200));
