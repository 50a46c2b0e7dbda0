// Browser benchmark: paste-to-result of the built dist/ in headless Chromium (until the rows on
// screen and the summary row are there), for 2.000 and 20.000 lines of each table, beside a
// plain JavaScript floor (split, compute, render every row into a table; the app renders a
// window of JENDELA rows). Prints figures; it is not a test. Run by `make bench-web`;
// BENCH_HANYA=muat, tempel, sunting, ketik, ketik-anggaran, keduanya, laporan, triwulan, datar,
// semua, susun or baris runs only the load, the paste of 2.000 and 20.000 lines, the edit in
// 2.000 rows, a key in a small table, a key in 2.000 and 20.000 budget lines, both tables large
// at once, the report's update after a key in 500 rows, a key in 100 and 500 quarterly rows at
// three page widths, a flat budget of top-level lines, "Tampilkan semua" under 20.000 budget
// lines, "Susun laporan" with both tables large, or the line-by-line figures.
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const PORT = Number(process.env.BENCH_PORT ?? 8349);
const BASE = `http://127.0.0.1:${PORT}/`;
/** The rows a large table shows at first (`JENDELA` in src/view/jendela.rs). */
const JENDELA = 200;

function tabelIndikator(n) {
  const rows = ['No\tSasaran\tIndikator\tSatuan\tTarget\tRealisasi'];
  for (let i = 0; i < n; i++) {
    rows.push(`${i + 1}\t${i % 5 === 0 ? `Sasaran nomor ${i / 5 + 1}` : ''}\tPersentase layanan ${i}\t%\t${80 + (i % 20)},50\t${60 + ((i * 7) % 50)},25`);
  }
  return rows.join('\n');
}

/** A quarterly table of `n` indikator (DOMAIN.md section 9), as benches/core.rs writes it. */
function tabelTriwulan(n) {
  const rows = ['No\tSasaran\tIndikator\tSatuan\tTarget\tTarget s.d. TW I\tTarget s.d. TW II\tTarget s.d. TW III\tTarget s.d. TW IV\tRealisasi TW I\tRealisasi TW II\tRealisasi TW III\tRealisasi TW IV'];
  for (let i = 0; i < n; i++) {
    const t = 80 + (i % 20), r = 10 + ((i * 7) % 15);
    rows.push(`${i + 1}\t${i % 5 === 0 ? `Sasaran nomor ${i / 5 + 1}` : ''}\tPersentase layanan ${i}\t%\t${t}\t${Math.floor(t / 4)}\t${Math.floor(t / 2)}\t${Math.floor((t * 3) / 4)}\t${t}\t${r}\t${r * 2}\t${r * 3}\t${r * 4}`);
  }
  return rows.join('\n');
}

function tabelAnggaran(n) {
  const rows = ['Kode Rekening\tUraian\tAnggaran\tRealisasi'];
  let p = 0, k = 0, s = 0;
  for (let i = 0; i < n; i++) {
    if (i % 100 === 0) { p++; k = 0; rows.push(`7.01.${p}.\tProgram ${p}\t\t`); }
    else if (i % 10 === 1) { k++; s = 0; rows.push(`7.01.${p}.2.${k}.\tKegiatan ${p}.${k}\t\t`); }
    else { s++; const a = 1000000 + i * 1000; rows.push(`7.01.${p}.2.${k}.${s}.\tSub kegiatan ${p}.${k}.${s}\t${a}\t${a - 12345}`); }
  }
  return rows.join('\n');
}

/** Ctrl+V into `kotak` (focused), timed in the page's own clock: from the paste event to the
 * first frame (requestAnimationFrame) at which `selesai(...arg)` holds. Playwright's polling
 * from outside the page looks every 50 ms and adds its round trips, so the app and the floor
 * are both timed this way. */
async function tempelDiHalaman(page, kotak, selesai, arg) {
  await pasangSelesai(page, selesai);
  await kotak.evaluate((ta) => ta.addEventListener('paste', () => { window.__tempel = performance.now(); }, { capture: true, once: true }));
  await page.keyboard.press('Control+V');
  return page.evaluate((arg) => new Promise((res) => {
    const f = () => (window.__tempel !== undefined && window.__selesai(...arg) ? res(performance.now() - window.__tempel) : requestAnimationFrame(f));
    f();
  }), arg);
}

/** `selesai` as `window.__selesai` in the page (evaluated by DevTools: the page's CSP allows
 * no eval of its own). */
async function pasangSelesai(page, selesai) {
  await page.evaluate(`window.__selesai = ${selesai.toString()}`);
}

/** Paste-to-result in the app: one input event, until the last row is on the page. */
async function ukurAplikasi(browser, testid, hasil, row, teks, n, perBaris) {
  // a fresh context: no autosaved work from the run before
  const ctx = await browser.newContext();
  await ctx.grantPermissions(['clipboard-read', 'clipboard-write']);
  const page = await ctx.newPage();
  await page.goto(BASE);
  await page.getByTestId(testid).waitFor();
  await page.evaluate((t) => navigator.clipboard.writeText(t), teks);
  await page.getByTestId(testid).focus();
  // done when the rows on screen (a window of at most JENDELA) and the summary row are there
  const ringkas = hasil === 'hasil-indikator' ? 'instansi' : 'total';
  const selesai = (h, r, n, t, j) =>
    document.querySelectorAll(`[data-testid="${h}"] tr[data-row="${r}"]`).length >= Math.min(n, j) &&
    document.querySelector(`[data-testid="${h}"] tr[data-row="${t}"]`) !== null;
  const arg = [hasil, row, n, ringkas, JENDELA];
  let ms;
  if (perBaris) {
    // Playwright's fill inserts line by line: two input events a line, as some input methods do
    // (seconds long, so timed from outside the page)
    await pasangSelesai(page, selesai);
    const t0 = Date.now();
    await page.getByTestId(testid).fill(teks, { timeout: 600_000 });
    await page.waitForFunction((arg) => window.__selesai(...arg), arg, { timeout: 600_000, polling: 50 });
    ms = Date.now() - t0;
  } else {
    ms = Math.round(await tempelDiHalaman(page, page.getByTestId(testid), selesai, arg));
  }
  await ctx.close();
  return ms;
}

/** The floor: plain JavaScript splits the same text, computes R / T x 100, renders rows. */
async function ukurLantai(page, teks) {
  await page.setContent('<table id="t"></table>');
  return page.evaluate((teks) => {
    const t0 = performance.now();
    const html = [];
    for (const line of teks.split('\n').slice(1)) {
      const c = line.split('\t');
      const t = parseFloat((c[4] ?? c[2] ?? '').replace(/\./g, '').replace(',', '.'));
      const r = parseFloat((c[5] ?? c[3] ?? '').replace(/\./g, '').replace(',', '.'));
      const v = t ? ((r / t) * 100).toFixed(2).replace('.', ',') : 'n/a';
      html.push(`<tr><td>${c[1] ?? ''}</td><td>${c[2] ?? ''}</td><td>${v}</td></tr>`);
    }
    document.getElementById('t').innerHTML = html.join('');
    document.body.offsetHeight; // layout
    return performance.now() - t0;
  }, teks);
}

/** The same floor as a page a person pastes into: a textarea whose input event splits,
 * computes and renders every row, timed exactly as the app is (Ctrl+V until the last row). */
const LANTAI_HTML = `<!doctype html><textarea id="i" rows="8"></textarea><table id="t"></table><script>
document.getElementById('i').addEventListener('input', (e) => {
  const html = [];
  for (const line of e.target.value.split('\\n').slice(1)) {
    const c = line.split('\\t');
    const t = parseFloat((c[4] ?? c[2] ?? '').replace(/\\./g, '').replace(',', '.'));
    const r = parseFloat((c[5] ?? c[3] ?? '').replace(/\\./g, '').replace(',', '.'));
    const v = t ? ((r / t) * 100).toFixed(2).replace('.', ',') : 'n/a';
    html.push('<tr data-row="x"><td>' + (c[1] ?? '') + '</td><td>' + (c[2] ?? '') + '</td><td>' + v + '</td></tr>');
  }
  html.push('<tr data-row="akhir"><td>selesai</td></tr>');
  document.getElementById('t').innerHTML = html.join('');
});
</script>`;

async function ukurLantaiTempel(browser, teks) {
  const ctx = await browser.newContext();
  await ctx.grantPermissions(['clipboard-read', 'clipboard-write']);
  const page = await ctx.newPage();
  await page.route('**/lantai.html', (r) => r.fulfill({ contentType: 'text/html', body: LANTAI_HTML }));
  await page.goto(`${BASE}lantai.html`);
  await page.evaluate((t) => navigator.clipboard.writeText(t), teks);
  await page.locator('#i').focus();
  const ms = Math.round(await tempelDiHalaman(page, page.locator('#i'), () => document.querySelector('tr[data-row="akhir"]') !== null, []));
  await ctx.close();
  return ms;
}

/** A static host as most are: gzip for text and wasm, revalidation (no-cache) for every file.
 * `cara`: `gzip` compresses on the fly (zlib), `gz` serves the `.gz` files `make dist` writes
 * beside each file (nginx gzip_static), `br` its `.br` files, `polos` nothing compressed (as
 * `python3 -m http.server`, which `make serve` runs). */
function hostStatis(port, cara) {
  const brotli = cara === 'br';
  const jenis = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.wasm': 'application/wasm', '.json': 'application/json', '.webmanifest': 'application/manifest+json', '.svg': 'image/svg+xml', '.tsv': 'text/plain', '.md': 'text/plain' };
  const srv = createServer(async (req, res) => {
    let p = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (p.endsWith('/')) p += 'index.html';
    const file = path.join('dist', path.normalize(p));
    try {
      const isi = await readFile(file);
      const terima = req.headers['accept-encoding'] ?? '';
      const br = brotli && /\bbr\b/.test(terima) ? await readFile(file + '.br').catch(() => null) : null;
      const gz = cara !== 'polos' && !br && /gzip/.test(terima);
      const kode = br ? { 'Content-Encoding': 'br' } : gz ? { 'Content-Encoding': 'gzip' } : {};
      res.writeHead(200, { 'Content-Type': jenis[path.extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache', ...kode });
      const gzDulu = gz && cara === 'gz' ? await readFile(file + '.gz').catch(() => null) : null;
      res.end(br ?? (gz ? gzDulu ?? gzipSync(isi) : isi));
    } catch {
      res.writeHead(404);
      res.end();
    }
  });
  return new Promise((r) => srv.listen(port, '127.0.0.1', () => r(srv)));
}

/** First and repeat visit on Chromium's "Slow 4G" profile (562,5 ms, 180 KB/s down), until a
 * pasted row is computed: the moment the textarea is in the page (the page's clock, from the
 * navigation's start) plus the paste, from its event to the computed row. Both are timed inside
 * the page: Playwright's waits poll at growing intervals (up to 500 ms), and that is not the
 * page's time. */
async function ukurMuat(browser, port) {
  const alamat = `http://127.0.0.1:${port}/`;
  const ctx = await browser.newContext();
  await ctx.grantPermissions(['clipboard-read', 'clipboard-write']);
  const page = await ctx.newPage();
  await page.addInitScript(() => {
    new MutationObserver((_, o) => {
      if (document.querySelector('[data-testid="input-indikator"]')) {
        window.__siap = performance.now();
        o.disconnect();
      }
    }).observe(document, { subtree: true, childList: true });
  });
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 562.5, downloadThroughput: 180000, uploadThroughput: 84375 });
  const sekali = async (buka, realisasi, capaian) => {
    await buka();
    const input = page.getByTestId('input-indikator');
    await input.waitFor({ timeout: 120_000 });
    const siap = await page.evaluate(() => window.__siap);
    // the first paint with content: the loading line of index.html, long before the module
    const cat = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN);
    await page.evaluate((t) => navigator.clipboard.writeText(t), `Indikator\tTarget\tRealisasi\nPersentase layanan\t80\t${realisasi}`);
    await input.focus();
    await page.keyboard.press('Control+A'); // the repeat visit has the first visit's row restored
    const tempel = await tempelDiHalaman(page, input, (capaian) => [...document.querySelectorAll('[data-testid="hasil-indikator"] tr[data-row="indikator"] [data-col="capaian"]')].some((td) => td.textContent.includes(capaian)), [capaian]);
    return { cat: Math.round(cat), siap: Math.round(siap), tempel: Math.round(tempel), semua: Math.round(siap + tempel) };
  };
  const pertama = await sekali(() => page.goto(alamat, { waitUntil: 'commit' }), 90, '112,50');
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForTimeout(1000); // the service worker has cached this build
  // a new tab, as a person opens the page again (the first tab restored the pasted row)
  const ulang = await sekali(async () => { await page.goto('about:blank'); await page.goto(alamat, { waitUntil: 'commit' }); }, 70, '87,50');
  await ctx.close();
  return { pertama, ulang };
}

/** A fresh page of the app with `teks` pasted into the indikator box (Ctrl+V). In the page,
 * `__keRealisasiPertama()` puts the caret before the first row's realisasi and returns the box. */
async function bukaDenganTempel(browser, teks, viewport, testid = 'input-indikator') {
  const ctx = await browser.newContext(viewport ? { viewport } : {});
  await ctx.grantPermissions(['clipboard-read', 'clipboard-write']);
  await ctx.addInitScript(() => {
    window.__keRealisasiPertama = () => {
      const ta = document.querySelector('[data-testid="input-indikator"]');
      const akhir = ta.value.indexOf('\n', ta.value.indexOf('\n') + 1);
      const mulai = ta.value.lastIndexOf('\t', akhir) + 1;
      ta.focus();
      ta.setSelectionRange(mulai, mulai);
      return ta;
    };
  });
  const page = await ctx.newPage();
  await page.goto(BASE);
  await page.evaluate((t) => navigator.clipboard.writeText(t), teks);
  await page.getByTestId(testid).focus();
  await page.keyboard.press('Control+V');
  return { ctx, page };
}

/** Arms `__hasil`: the time from `__awal` (set by the event) to the end of the first frame after
 * the first row's capaian changed (a task queued from that frame's callback runs once it is
 * rendered), seen as it changes (a MutationObserver), not by polling from here: a round trip
 * to Playwright added a frame or two. */
function pasangHasil(page) {
  return page.evaluate(() => {
    const sel = () => document.querySelector('[data-testid="hasil-indikator"] tr[data-row="indikator"] [data-col="capaian"]');
    const lama = sel()?.textContent;
    window.__hasil = new Promise((res) => {
      const mo = new MutationObserver(() => {
        if ((sel()?.textContent ?? lama) !== lama) {
          mo.disconnect();
          requestAnimationFrame(() => setTimeout(() => res(performance.now() - window.__awal), 0));
        }
      });
      mo.observe(document.querySelector('[data-testid="hasil-indikator"]'), { subtree: true, childList: true, characterData: true });
    });
  });
}

/** Sets `__awal` at the next `jenis` event on `el`; `__gema`: that event to the end of the next
 * frame. */
function pasangAwal(el, jenis) {
  return el.evaluate((el, jenis) => {
    window.__gema = new Promise((res) => el.addEventListener(jenis, () => {
      window.__awal = performance.now();
      requestAnimationFrame(() => setTimeout(() => res(performance.now() - window.__awal), 0));
    }, { capture: true, once: true }));
  }, jenis);
}

/** Five keys typed into the text, a digit put before the first line's realisasi: medians of
 * the event to the frame that shows the new capaian (`ketik`) and to the next frame (`gema`). */
async function ketikCapaian(page) {
  const ketik = [];
  const gema = [];
  for (let k = 0; k < 5; k++) {
    await pasangAwal(page.getByTestId('input-indikator'), 'input');
    await page.evaluate(() => window.__keRealisasiPertama());
    await pasangHasil(page);
    await page.keyboard.type('1');
    ketik.push(await page.evaluate(() => window.__hasil));
    gema.push(await page.evaluate(() => window.__gema));
    await page.waitForTimeout(300);
  }
  return { ketik: median(ketik), gema: median(gema) };
}

/** The report follows the results once typing pauses for 300 ms: the longest time between two
 * frames from 250 ms after a key in the `kolom`-th cell of the table's second line (median of
 * five keys), which is how long that update held the page. */
async function ukurLaporan(browser, row, testid, teks, kolom) {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await ctx.grantPermissions(['clipboard-read', 'clipboard-write']);
  const page = await ctx.newPage();
  await page.goto(BASE);
  await page.evaluate((t) => navigator.clipboard.writeText(t), teks);
  await page.getByTestId(testid).focus();
  await page.keyboard.press('Control+V');
  await page.locator(`tr[data-row="${row}"]`).first().waitFor();
  await page.waitForTimeout(1500);
  const jeda = [];
  for (let k = 0; k < 5; k++) {
    await page.evaluate(([testid, kolom]) => {
      const ta = document.querySelector(`[data-testid="${testid}"]`);
      let m = ta.value.indexOf('\n') + 1;
      for (let i = 0; i < kolom; i++) m = ta.value.indexOf('\t', m) + 1;
      ta.focus();
      ta.setSelectionRange(m, m);
      window.__jeda = new Promise((res) => ta.addEventListener('input', () => {
        const awal = performance.now();
        let lalu = awal, terlama = 0;
        const putar = (t) => {
          if (lalu - awal > 250) terlama = Math.max(terlama, t - lalu);
          lalu = t;
          if (t - awal < 1200) requestAnimationFrame(putar); else res(terlama);
        };
        requestAnimationFrame(putar);
      }, { once: true }));
    }, [testid, kolom]);
    await page.keyboard.type('1');
    jeda.push(await page.evaluate(() => window.__jeda));
  }
  await ctx.close();
  return median(jeda);
}

/** One edit of a pasted table, timed inside the page from the event to the frame that shows
 * the changed cell (as the bare textarea's floor is timed: its event to the next frame). */
async function ukurSunting(browser, teks) {
  const { ctx, page } = await bukaDenganTempel(browser, teks);
  const baris = page.getByTestId('hasil-indikator').locator('tr[data-row="indikator"]').first();
  await baris.waitFor();
  await page.waitForTimeout(1500); // the report and the autosave settle
  // the browser's own measure too (Event Timing, as INP): from the click to the next paint,
  // whatever tasks the edit leaves for later (8 ms steps)
  await page.evaluate(() => {
    window.__klik = [];
    new PerformanceObserver((l) => { for (const e of l.getEntries()) if (e.name === 'click') window.__klik.push(e.duration); })
      .observe({ type: 'event', durationThreshold: 16 });
  });
  const editor = [];
  const lukis = [];
  const bingkai = [];
  // five row edits (realisasi 40,25 to 44,25), then five keys typed into the text (a digit put
  // before the first line's realisasi); the median of each is printed
  for (let k = 0; k < 5; k++) {
    await baris.getByTestId('ubah-baris').click();
    await page.getByTestId('sunting-baris').locator('input[data-col="realisasi"]').fill(`${40 + k},25`);
    await pasangAwal(page.getByTestId('simpan-baris'), 'click');
    await pasangHasil(page);
    await page.evaluate(() => { window.__klik = []; });
    // and in finer steps than Event Timing's 8 ms, from a trace: the mouse's release to the
    // first frame the compositor takes after the click's task (its Commit)
    await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
    await page.getByTestId('simpan-baris').click();
    editor.push(await page.evaluate(() => window.__hasil));
    await page.waitForTimeout(300);
    const ev = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
    const jenis = (t) => ev.find((e) => e.name === 'EventDispatch' && e.args?.data?.type === t);
    const [lepas, klik] = [jenis('mouseup') ?? jenis('click'), jenis('click')];
    const commit = klik && ev.filter((e) => e.name === 'Commit' && e.ts > klik.ts + klik.dur).sort((a, b) => a.ts - b.ts)[0];
    bingkai.push(commit ? (commit.ts + commit.dur - lepas.ts) / 1000 : NaN);
    lukis.push(await page.evaluate(() => window.__klik.at(-1) ?? NaN));
  }
  const { ketik, gema } = await ketikCapaian(page);
  await ctx.close();
  return { editor: median(editor), lukis: median(lukis), bingkai: median(bingkai), ketik, gema, lantai: await ketikLantai(browser, teks) };
}

/** Keys typed into a small pasted table of `n` rows, one every 400 ms: each timed from its
 * input event to the first frame after all the work it set off within a frame (the results, and
 * whatever follows them a frame later) has run. Median of nine. */
async function ukurKetik(browser, n) {
  const { ctx, page } = await bukaDenganTempel(browser, tabelIndikator(n));
  await page.getByTestId('hasil-indikator').locator('tr[data-row="indikator"]').nth(n - 1).waitFor();
  await page.waitForTimeout(1500);
  const kali = [];
  for (let k = 0; k < 9; k++) {
    await page.evaluate(() => {
      const ta = window.__keRealisasiPertama();
      window.__selesai = new Promise((res) => {
        ta.addEventListener('input', () => {
          const awal = performance.now();
          // registered before the app's own frame and task, so this frame comes after them
          requestAnimationFrame(() => setTimeout(() => requestAnimationFrame(() => res(performance.now() - awal)), 0));
        }, { capture: true, once: true });
      });
    });
    await page.keyboard.type('1');
    kali.push(await page.evaluate(() => window.__selesai));
    await page.waitForTimeout(400);
  }
  await ctx.close();
  return median(kali);
}

/** The floor of one key: the same text in a bare textarea, from the input event to the next
 * frame, when the app's change is also looked for (the browser's own editing of a 2.000-line
 * textarea). */
async function ketikLantai(browser, teks) {
  const page = await browser.newPage();
  await page.setContent('<textarea id="t" rows="8"></textarea>');
  await page.evaluate((t) => { document.getElementById('t').value = t; }, teks);
  const kali = [];
  for (let i = 0; i < 5; i++) {
    await page.evaluate(() => {
      const ta = document.getElementById('t');
      const akhir = ta.value.indexOf('\n', ta.value.indexOf('\n') + 1);
      ta.focus();
      ta.setSelectionRange(akhir, akhir);
      window.__gema = new Promise((res) => ta.addEventListener('input', () => {
        const awal = performance.now();
        requestAnimationFrame(() => setTimeout(() => res(performance.now() - awal), 0));
      }, { capture: true, once: true }));
    });
    await page.keyboard.type('5');
    kali.push(await page.evaluate(() => window.__gema));
  }
  await page.close();
  return median(kali);
}

/** Five keys typed into a budget of `n` lines, a digit put before the anggaran of program 1's
 * first sub kegiatan (line 3): the median time from the input event to the end of the frame
 * that shows the new total, and a bare textarea's next frame for the same text. */
async function ukurKetikAnggaran(browser, n) {
  const teks = tabelAnggaran(n);
  const { ctx, page } = await bukaDenganTempel(browser, teks, null, 'input-anggaran');
  await page.locator('[data-testid="hasil-anggaran"] tr[data-row="total"]').waitFor({ timeout: 600_000 });
  await page.waitForTimeout(2000);
  const kali = [];
  for (let k = 0; k < 5; k++) {
    await page.evaluate(() => {
      const ta = document.querySelector('[data-testid="input-anggaran"]');
      let m = 0;
      for (let l = 0; l < 3; l++) m = ta.value.indexOf('\n', m) + 1;
      m = ta.value.indexOf('\t', ta.value.indexOf('\t', m) + 1) + 1;
      ta.focus();
      ta.setSelectionRange(m, m);
      const sel = () => document.querySelector('[data-testid="hasil-anggaran"] tr[data-row="total"] [data-col="anggaran"]');
      const lama = sel().textContent;
      ta.addEventListener('input', () => { window.__awal = performance.now(); }, { once: true, capture: true });
      window.__hasil = new Promise((res) => {
        const mo = new MutationObserver(() => {
          if (sel().textContent !== lama) {
            mo.disconnect();
            requestAnimationFrame(() => setTimeout(() => res(performance.now() - window.__awal), 0));
          }
        });
        mo.observe(document.querySelector('[data-testid="hasil-anggaran"]'), { subtree: true, childList: true, characterData: true });
      });
    });
    await page.keyboard.type('1');
    kali.push(await page.evaluate(() => window.__hasil));
    await page.waitForTimeout(400);
  }
  await ctx.close();
  const lantai = await ketikLantai(browser, teks);
  console.log(`One key typed into ${n} budget lines (median of 5): ${median(kali).toFixed(0)} ms to the new total; a bare textarea of the same text ${lantai.toFixed(0)} ms to the next frame`);
}

/** Both tables large at once: 2.000 indikator (400 sasaran) pasted, then 20.000 budget lines
 * (200 programs), timed from the budget's paste to its total on the page; then a key in the
 * indikator text, which must not rebuild the program summary. Also counts the sasaran options
 * of the program summary's selects (each program may link to any sasaran). */
async function ukurKeduanya(browser) {
  const { ctx, page } = await bukaDenganTempel(browser, tabelIndikator(2000));
  await page.getByTestId('hasil-indikator').locator('tr[data-row="indikator"]').nth(JENDELA - 1).waitFor();
  await page.waitForTimeout(1000);
  const t0 = Date.now();
  await page.evaluate((t) => navigator.clipboard.writeText(t), tabelAnggaran(20000));
  await page.getByTestId('input-anggaran').focus();
  await page.keyboard.press('Control+V');
  await page.waitForFunction(() => document.querySelector('[data-testid="hasil-anggaran"] tr[data-row="total"]') !== null, null, { timeout: 600_000, polling: 50 });
  const ms = Date.now() - t0;
  const opsi = await page.evaluate(() => document.querySelectorAll('select[data-testid="tautan-sasaran"] option').length);
  await page.waitForTimeout(1500);
  const { ketik } = await ketikCapaian(page);
  await ctx.close();
  console.log(`20000 budget lines pasted beside 2000 indikator: ${ms} ms to the total; ${opsi} sasaran options in the program summary`);
  console.log(`then a key in the indikator text: capaian ${ketik.toFixed(0)} ms`);
}

/** A flat budget: 20.000 top-level lines, half programs and half belanja (no kode, no
 * kegiatan under them), timed from the paste to the total, with the elements on the page: each
 * top-level line is a row of a summary (BTL/BL or per program), so those must be windows too. */
async function ukurDatar(browser) {
  const rows = ['Uraian\tAnggaran\tRealisasi'];
  for (let i = 0; i < 10000; i++) rows.push(`Program ${i + 1}\t${1000 + i}\t${900 + i}`);
  for (let i = 0; i < 10000; i++) rows.push(`Belanja Langsung ${i + 1}\t${1000 + i}\t${900 + i}`);
  const ctx = await browser.newContext();
  await ctx.grantPermissions(['clipboard-read', 'clipboard-write']);
  const page = await ctx.newPage();
  await page.goto(BASE);
  await page.evaluate((t) => navigator.clipboard.writeText(t), rows.join('\n'));
  await page.getByTestId('input-anggaran').focus();
  const t0 = Date.now();
  await page.keyboard.press('Control+V');
  await page.waitForFunction(() => document.querySelector('[data-testid="hasil-anggaran"] tr[data-row="total"]') !== null, null, { timeout: 600_000, polling: 50 });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
  const ms = Date.now() - t0;
  const elemen = await page.evaluate(() => document.getElementsByTagName('*').length);
  await ctx.close();
  console.log(`A flat budget of 20000 top-level lines (10000 programs, 10000 belanja): ${ms} ms to the total; ${elemen} elements on the page`);
}

/** Starts recording the longest time between two frames: what a person feels as a freeze. */
function catatJeda(page) {
  return page.evaluate(() => {
    window.__jedaTerlama = 0;
    let lalu = performance.now();
    const bingkai = (t) => { window.__jedaTerlama = Math.max(window.__jedaTerlama, t - lalu); lalu = t; window.__rafJeda = requestAnimationFrame(bingkai); };
    window.__rafJeda = requestAnimationFrame(bingkai);
  });
}

/** Stops the record: the longest time between two frames, and the elements on the page. */
function akhiriJeda(page) {
  return page.evaluate(() => {
    cancelAnimationFrame(window.__rafJeda);
    return { jeda: window.__jedaTerlama, simpul: document.getElementsByTagName('*').length };
  });
}

/** "Tampilkan semua" under 20.000 budget lines: from the click until every row is on the page,
 * with the longest time between two frames meanwhile and the elements. */
async function ukurSemua(browser) {
  // BENCH_LEBAR=360: on a phone's width, where each row is a card
  const lebar = +(process.env.BENCH_LEBAR || 0);
  const ctx = await browser.newContext(lebar ? { viewport: { width: lebar, height: 740 }, isMobile: true, hasTouch: true } : {});
  await ctx.grantPermissions(['clipboard-read', 'clipboard-write']);
  const page = await ctx.newPage();
  await page.goto(BASE);
  await page.evaluate((t) => navigator.clipboard.writeText(t), tabelAnggaran(20000));
  await page.getByTestId('input-anggaran').focus();
  await page.keyboard.press('Control+V');
  await page.waitForFunction(() => document.querySelector('[data-testid="hasil-anggaran"] tr[data-row="total"]') !== null, null, { timeout: 600_000, polling: 50 });
  await page.waitForTimeout(1500);
  const baris = tabelAnggaran(20000).split('\n').length - 1;
  await catatJeda(page);
  const t0 = Date.now();
  await page.getByTestId('hasil-anggaran').getByTestId('tampilkan-semua').click();
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid="hasil-anggaran"] tr[data-row="anggaran"]').length >= n, baris, { timeout: 600_000, polling: 100 });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
  const ms = Date.now() - t0;
  const { jeda, simpul } = await akhiriJeda(page);
  await ctx.close();
  console.log(`"Tampilkan semua" under ${baris} budget lines${lebar ? ` at ${lebar} px` : ''}: ${ms} ms until every row is on the page; longest time between two frames meanwhile ${jeda.toFixed(0)} ms; ${simpul} elements`);
}

/** "Susun laporan" with both tables large: from the click until every row of the report is on
 * the page, the longest time between frames meanwhile, then scrolling to the report's last row
 * (whose blocks the browser lays out only when they come near the screen). */
async function ukurSusun(browser) {
  for (const [n, m] of [[200, 2000], [2000, 20000]]) {
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await ctx.grantPermissions(['clipboard-read', 'clipboard-write']);
    const page = await ctx.newPage();
    await page.goto(BASE);
    for (const [testid, teks] of [['input-indikator', tabelIndikator(n)], ['input-anggaran', tabelAnggaran(m)]]) {
      await page.evaluate((t) => navigator.clipboard.writeText(t), teks);
      await page.getByTestId(testid).focus();
      await page.keyboard.press('Control+V');
      await page.waitForTimeout(3000);
    }
    await catatJeda(page);
    const t0 = Date.now();
    await page.getByTestId('susun-laporan').click();
    // the report's budget table is one keyed list, its total row last
    await page.waitForFunction(() => document.querySelector('[data-testid="laporan-anggaran"] tr[data-row="laporan-total"]') !== null, null, { timeout: 600_000, polling: 100 });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
    const ms = Date.now() - t0;
    const { jeda, simpul } = await akhiriJeda(page);
    const gulir = await page.evaluate(() => {
      const t0 = performance.now();
      document.querySelector('[data-testid="laporan-anggaran"] tr[data-row="laporan-total"]').scrollIntoView();
      return new Promise((r) => requestAnimationFrame(() => setTimeout(() => r(performance.now() - t0), 0)));
    });
    await ctx.close();
    console.log(`"Susun laporan", ${n} indikator and ${m} budget lines: ${ms} ms until every row is in the report (to its budget total); longest time between two frames meanwhile ${jeda.toFixed(0)} ms; ${simpul} elements; then scrolling to its budget total ${gulir.toFixed(0)} ms to the next frame`);
  }
}

/** An input method that inserts line by line: two input events a line (Playwright's fill). */
async function ukurPerBaris(browser, page) {
  const teks = tabelIndikator(2000);
  const app = await ukurAplikasi(browser, 'input-indikator', 'hasil-indikator', 'indikator', teks, 2000, true);
  await page.setContent('<textarea id="t" rows="8"></textarea>');
  const t0 = Date.now();
  await page.locator('#t').fill(teks, { timeout: 600_000 });
  const lantai = Date.now() - t0;
  // the app's page with its textarea replaced by a copy without the app's handler: what the
  // page's own layout costs per line, apart from the app's work
  const ctx = await browser.newContext();
  const p = await ctx.newPage();
  await p.goto(BASE);
  await p.getByTestId('input-indikator').evaluate((ta) => {
    const salinan = ta.cloneNode(true);
    salinan.id = 'salinan';
    ta.replaceWith(salinan);
  });
  const t1 = Date.now();
  await p.locator('#salinan').fill(teks, { timeout: 600_000 });
  const halaman = Date.now() - t1;
  await ctx.close();
  console.log(`Line-by-line input, 2000 indikator: ${app} ms; the same input into the app's page without its handler: ${halaman} ms; into a bare textarea: ${lantai} ms`);
}

/** `n` runs of `ukur`, one after another. */
async function ulangi(n, ukur) {
  const hasil = [];
  for (let i = 0; i < n; i++) hasil.push(await ukur());
  return hasil;
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

const server = spawn('python3', ['-m', 'http.server', String(PORT), '--bind', '127.0.0.1', '-d', 'dist'], { stdio: 'ignore' });
/** Paste (Ctrl+V) to the last row on the page, 2.000 and 20.000 lines of each table, beside
 * the plain JavaScript floor, timed inside the page and pasted. */
async function ukurTempel(browser, page) {
  console.log('Paste (Ctrl+V, one input event) to the last row on the page:');
  console.log('JS floor in page: split, compute and render every row, timed inside the page.');
  console.log('JS floor pasted: the same in a textarea\'s input handler, pasted and timed as the app is.');
  console.log('Both pasted ones: from the paste event to the first frame with the last row, in the page\'s clock, median of three fresh pages.');
  console.log('table       lines   paste (ms)   floor in page   floor pasted   paste / floor pasted');
  for (const [nama, buat, testid, hasil, row] of [
    ['indikator', tabelIndikator, 'input-indikator', 'hasil-indikator', 'indikator'],
    ['anggaran', tabelAnggaran, 'input-anggaran', 'hasil-anggaran', 'anggaran'],
  ]) {
    for (const n of [2000, 20000]) {
      const teks = buat(n);
      const baris = teks.split('\n').length - 1;
      const target = nama === 'indikator' ? n : baris;
      // medians of three, each in a fresh page: one paste's figure moves by a third from run to
      // run (the textarea's own paste, collection), the floor's as much as the app's
      const app = median(await ulangi(3, () => ukurAplikasi(browser, testid, hasil, row, teks, target, false)));
      const lantai = await ukurLantai(page, teks);
      const tempel = median(await ulangi(3, () => ukurLantaiTempel(browser, teks)));
      console.log(`${nama.padEnd(10)} ${String(n).padStart(6)} ${String(app).padStart(12)} ${lantai.toFixed(0).padStart(15)} ${String(tempel).padStart(14)} ${(app / Math.max(tempel, 1)).toFixed(1).padStart(21)}x`);
    }
  }
}

await new Promise((r) => setTimeout(r, 700));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
try {
  const page = await browser.newPage();
  // one probe alone, by name (`muat`, the load, is below: the full run starts with it)
  const satu = {
    sunting: async () => {
      const s = await ukurSunting(browser, tabelIndikator(2000));
      console.log(`Edit one cell of 2000 indikator (median of 5): row editor ${s.lukis.toFixed(0)} ms from the click to the paint that shows the saved cell (Event Timing; release to commit ${s.bingkai.toFixed(1)} ms in a trace), ${s.editor.toFixed(0)} ms to the end of the tasks it leaves for after that frame (closing the editor, writing the textarea), one key in the text ${s.ketik.toFixed(0)} ms to the new capaian, ${s.gema.toFixed(0)} ms to the frame that shows the key; bare textarea ${s.lantai.toFixed(0)} ms`);
    },
    ketik: async () => {
      for (const n of [30, 150]) console.log(`One key typed into ${n} indikator: ${(await ukurKetik(browser, n)).toFixed(0)} ms from the event to the frame after all it set off`);
    },
    keduanya: () => ukurKeduanya(browser),
    'ketik-anggaran': async () => {
      for (const n of [2000, 20000]) await ukurKetikAnggaran(browser, n);
    },
    laporan: async () => {
      // [table, its text, the cell before which a digit is typed: (line, tab-separated cell)]
      const kasus = [
        ['indikator', 'input-indikator', tabelIndikator(500), 4, 'indikator (a target)'],
        ['indikator', 'input-indikator', tabelTriwulan(500), 8, 'quarterly indikator (a target to date)'],
        ['anggaran', 'input-anggaran', tabelAnggaran(500), 3, 'budget lines (a realisasi)'],
      ];
      for (const [row, testid, teks, kolom, nama] of kasus) {
        const jeda = await ukurLaporan(browser, row, testid, teks, kolom);
        console.log(`Report after a key in 500 ${nama}, once typing pauses (median of 5): the page held ${jeda.toFixed(0)} ms (the longest time between frames from 250 ms after the key)`);
      }
    },
    triwulan: async () => {
      for (const [n, width] of [100, 500].flatMap((n) => [1024, 1280, 360].map((w) => [n, w]))) {
        const { ctx, page } = await bukaDenganTempel(browser, tabelTriwulan(n), { width, height: 800 });
        await page.getByTestId('hasil-indikator').locator('tr[data-row="indikator"]').first().waitFor();
        await page.waitForTimeout(1500);
        const { ketik, gema } = await ketikCapaian(page);
        console.log(`One key typed into ${n} quarterly indikator at ${width} px (median of 5): ${ketik.toFixed(0)} ms to the new capaian, ${gema.toFixed(0)} ms to the frame that shows the key`);
        await ctx.close();
      }
    },
    datar: () => ukurDatar(browser),
    semua: () => ukurSemua(browser),
    susun: () => ukurSusun(browser),
    baris: () => ukurPerBaris(browser, page),
    tempel: () => ukurTempel(browser, page),
  }[process.env.BENCH_HANYA];
  if (satu) {
    await satu();
    server.kill();
    await browser.close();
    process.exit(0);
  }
  const kunjungan = (k) => `${k.semua} ms (first paint ${k.cat} ms, page ready ${k.siap} ms, then the paste ${k.tempel} ms)`;
  for (const [cara, nama] of [['gzip', 'host gzipping on the fly'], ['gz', 'host serving the .gz files'], ['br', 'host serving the .br files'], ['polos', 'host compressing nothing, as make serve']]) {
    const host = await hostStatis(PORT + 1, cara);
    const muat = await ukurMuat(browser, PORT + 1);
    host.close();
    console.log(`Load on Slow 4G (${nama}), from the navigation's start until a pasted row is computed: first visit ${kunjungan(muat.pertama)}; repeat visit ${kunjungan(muat.ulang)}`);
  }
  if (process.env.BENCH_HANYA === 'muat') {
    server.kill();
    await browser.close();
    process.exit(0);
  }
  await ukurTempel(browser, page);
  // one edit in a 2.000-row table: with the row editor, and one key typed into the text
  const suntingan = await ukurSunting(browser, tabelIndikator(2000));
  console.log(`Edit one cell of 2000 indikator (median of 5): row editor ${suntingan.lukis.toFixed(0)} ms from the click to the paint that shows the saved cell (the browser's Event Timing, in steps of 8 ms; from a trace, the mouse's release to that frame's commit ${suntingan.bingkai.toFixed(1)} ms), ${suntingan.editor.toFixed(0)} ms to the end of the tasks it leaves for after that frame (closing the editor, writing the textarea), one key in the text ${suntingan.ketik.toFixed(0)} ms (from the event to the new capaian on the page; a frame is 16 ms) and ${suntingan.gema.toFixed(0)} ms to the frame that shows the key; one key in a bare textarea of the same text: ${suntingan.lantai.toFixed(0)} ms to the next frame`);
  for (const n of [30, 150]) console.log(`One key typed into ${n} indikator: ${(await ukurKetik(browser, n)).toFixed(0)} ms from the event to the frame after all it set off`);
  for (const n of [2000, 20000]) await ukurKetikAnggaran(browser, n);
  await ukurKeduanya(browser);
  await ukurDatar(browser);
  await ukurSemua(browser);
  await ukurSusun(browser);
  await ukurPerBaris(browser, page);
} finally {
  await browser.close();
  server.kill();
}
