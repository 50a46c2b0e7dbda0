// Tables that keep the column widths their content gave them: measured once, then fixed
// (class `beku`). With widths found from every cell at every change, a key typed into the text
// laid out every row of such a table again.
// - A quarterly results table (class `tetap-tw`, over 30 rows) on a page of 601-1199 px (a
//   laptop, a tablet held sideways): a key in 100 rows took 121-145 ms to its capaian at
//   1024 px, 45-68 ms with the widths fixed (500 rows: 138-226 and 68-94). At 1200 px and more
//   the stylesheet fixes them as shares of the table (narrower shares broke words and numbers);
//   on a phone the rows are cards.
// - The comparison with last year and Renstra (class `ukur`) beyond 100 rows, at any width: a
//   key in 2.000 indikator with a last-year column took 101-130 ms to its capaian, 73-83 ms
//   with the widths fixed (51-73 ms without the table).
// The report's tables (in #laporan, for print) keep the browser's widths. Layout only.
//
// The widths are measured again when the columns change, when the rows change by more than a
// tenth (a new paste; not a row added, removed or being edited) and when the page is resized;
// not after typing: measuring lays out every cell from scratch (500 quarterly rows: 470-570 ms,
// three times a key's layout), so a number typed longer than its column wraps in its cell.
const RENTANG = matchMedia("screen and (min-width: 601px) and (max-width: 1199px)");
const PILIH = "table.lebar-isi, table.ukur, table.beku";
const diukur = new WeakMap(); // table -> its shape when it was last measured
const menunggu = new Map(); // table -> pending timer

// a phone, where a table of class `kartu` is a card per row, with no columns to fix
const PONSEL = matchMedia("screen and (max-width: 600px)");

/** Whether `t` gets fixed widths now. */
function layak(t) {
  if (!t.isConnected || t.closest("#laporan")) return false;
  if (t.classList.contains("kartu") && PONSEL.matches) return false;
  if (t.classList.contains("lebar-isi")) return t.classList.contains("tetap-tw") && RENTANG.matches;
  return t.classList.contains("ukur") && (t.tBodies[0]?.rows.length ?? 0) > 100;
}

function ukur(t) {
  menunggu.delete(t);
  const th = t.tHead ? [...t.tHead.rows[0].cells] : [];
  t.classList.remove("beku");
  t.style.width = "";
  for (const c of th) c.style.width = "";
  diukur.set(t, bentuk(t));
  if (!layak(t)) return;
  const lebar = th.map((c) => c.getBoundingClientRect().width);
  const semua = t.getBoundingClientRect().width;
  th.forEach((c, i) => { c.style.width = lebar[i] + "px"; });
  t.style.width = semua + "px";
  t.classList.add("beku");
}

/** Rows, columns and whether the table gets fixed widths. */
function bentuk(t) {
  return { baris: t.tBodies[0]?.rows.length ?? 0, kolom: t.tHead?.rows[0]?.cells.length ?? 0, layak: layak(t) };
}

function berubah(t) {
  const a = diukur.get(t);
  const b = bentuk(t);
  return !a || a.kolom !== b.kolom || a.layak !== b.layak || Math.abs(a.baris - b.baris) > Math.max(5, a.baris / 10);
}

function nanti(t, ms) {
  clearTimeout(menunggu.get(t));
  menunggu.set(t, setTimeout(() => ukur(t), ms));
}

new MutationObserver((catatan) => {
  const tabel = new Set();
  for (const c of catatan) {
    const t = c.target.closest?.(PILIH);
    if (t) tabel.add(t);
    // a table put on the page whole (the comparison appears with its first row)
    for (const n of c.addedNodes) {
      if (n.nodeType !== 1 || t || n.tagName === "TR") continue; // rows come by the thousand
      if (n.matches(PILIH)) tabel.add(n);
      else for (const u of n.querySelectorAll(PILIH)) tabel.add(u);
    }
  }
  for (const t of tabel) if (berubah(t)) nanti(t, 0);
  // rows only: a cell's text changing is not a reason to measure again (see above), and the
  // class and widths set here would measure again without end
  // only the performance section, where these tables are: the budget's 20.000 rows cost the
  // observer 59 ms when the whole page was watched
}).observe(document.getElementById("kinerja") ?? document.body, { subtree: true, childList: true });

const lagi = (ms) => { for (const t of document.querySelectorAll(PILIH)) nanti(t, ms); };
// the tables already on the page: this file is loaded once the app runs, and the rows kept from
// the last visit (or a paste made at once) may be on the page before it, with no change to come
lagi(0);
RENTANG.addEventListener("change", () => lagi(0));
PONSEL.addEventListener("change", () => lagi(0));
addEventListener("resize", () => lagi(200));
