// Browser benchmark: paste-to-result of the built dist/ in headless Chromium (until the rows on
// screen and the summary row are there), for 2.000 and 20.000 lines of each table, beside a
// plain JavaScript floor (split, compute, render every row into a table; the app renders a
// window of 500). Prints figures; it is not a test. Run by `make bench-web`.
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';

const PORT = Number(process.env.BENCH_PORT ?? 8349);
const BASE = `http://127.0.0.1:${PORT}/`;

function tabelIndikator(n) {
  const rows = ['No\tSasaran\tIndikator\tSatuan\tTarget\tRealisasi'];
  for (let i = 0; i < n; i++) {
    rows.push(`${i + 1}\t${i % 5 === 0 ? `Sasaran nomor ${i / 5 + 1}` : ''}\tPersentase layanan ${i}\t%\t${80 + (i % 20)},50\t${60 + ((i * 7) % 50)},25`);
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
  const t0 = Date.now();
  if (perBaris) {
    // Playwright's fill inserts line by line: two input events a line, as some input methods do
    await page.getByTestId(testid).fill(teks, { timeout: 600_000 });
  } else {
    await page.keyboard.press('Control+V');
  }
  // done when the rows on screen (a window of at most 500) and the summary row are there
  const ringkas = hasil === 'hasil-indikator' ? 'instansi' : 'total';
  await page.waitForFunction(
    ([h, r, n, t]) =>
      document.querySelectorAll(`[data-testid="${h}"] tr[data-row="${r}"]`).length >= Math.min(n, 500) &&
      document.querySelector(`[data-testid="${h}"] tr[data-row="${t}"]`) !== null,
    [hasil, row, n, ringkas],
    { timeout: 600_000, polling: 50 },
  );
  const ms = Date.now() - t0;
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
  const t0 = Date.now();
  await page.keyboard.press('Control+V');
  await page.waitForFunction(() => document.querySelector('tr[data-row="akhir"]') !== null, null, { timeout: 600_000, polling: 50 });
  const ms = Date.now() - t0;
  await ctx.close();
  return ms;
}

const server = spawn('python3', ['-m', 'http.server', String(PORT), '--bind', '127.0.0.1', '-d', 'dist'], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 700));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
try {
  const page = await browser.newPage();
  console.log('Paste (Ctrl+V, one input event) to the last row on the page:');
  console.log('JS floor in page: split, compute and render every row, timed inside the page.');
  console.log('JS floor pasted: the same in a textarea\'s input handler, pasted and timed as the app is.');
  console.log('table       lines   paste (ms)   floor in page   floor pasted   paste / floor pasted');
  for (const [nama, buat, testid, hasil, row] of [
    ['indikator', tabelIndikator, 'input-indikator', 'hasil-indikator', 'indikator'],
    ['anggaran', tabelAnggaran, 'input-anggaran', 'hasil-anggaran', 'anggaran'],
  ]) {
    for (const n of [2000, 20000]) {
      const teks = buat(n);
      const baris = teks.split('\n').length - 1;
      const target = nama === 'indikator' ? n : baris;
      const app = await ukurAplikasi(browser, testid, hasil, row, teks, target, false);
      const lantai = await ukurLantai(page, teks);
      const tempel = await ukurLantaiTempel(browser, teks);
      console.log(`${nama.padEnd(10)} ${String(n).padStart(6)} ${String(app).padStart(12)} ${lantai.toFixed(0).padStart(15)} ${String(tempel).padStart(14)} ${(app / Math.max(tempel, 1)).toFixed(1).padStart(21)}x`);
    }
  }
  // an input method that inserts line by line: two input events a line (Playwright's fill)
  const teks = tabelIndikator(2000);
  const app = await ukurAplikasi(browser, 'input-indikator', 'hasil-indikator', 'indikator', teks, 2000, true);
  await page.setContent('<textarea id="t" rows="8"></textarea>');
  const t0 = Date.now();
  await page.locator('#t').fill(teks, { timeout: 600_000 });
  const lantai = Date.now() - t0;
  console.log(`Line-by-line input, 2000 indikator: ${app} ms; the same input into a bare textarea: ${lantai} ms`);
} finally {
  await browser.close();
  server.kill();
}
