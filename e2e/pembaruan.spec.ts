// A new release on a host that sends no Cache-Control (python's http.server, as `make serve`,
// and many others): the browser then guesses how long its HTTP cache may reuse a file without
// asking, a tenth of the file's age, so hours for a build that was days old. Someone who has the
// app offline must get the whole new build after the release, not the old files kept under the
// new build's name.
import { test, expect } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

// without the config's --disable-background-networking, which stops the worker's update checks
test.use({
  launchOptions: {
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  },
});

const JENIS: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.wasm': 'application/wasm', '.svg': 'image/svg+xml' };

/** Sets every file under `dir` as last changed `hari` days ago. */
function menua(dir: string, hari: number) {
  const t = new Date(Date.now() - hari * 86_400_000);
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) utimesSync(path.join(e.parentPath, e.name), t, t);
  }
}

/** A static host serving `akar()`, with Last-Modified and no Cache-Control. */
function host(akar: () => string): Promise<[Server, number]> {
  const srv = createServer((req, res) => {
    let p = new URL(req.url ?? '/', 'http://x').pathname;
    if (p.endsWith('/')) p += 'index.html';
    const f = path.join(akar(), p);
    try {
      const isi = readFileSync(f);
      res.writeHead(200, { 'Content-Type': JENIS[path.extname(p)] ?? 'application/octet-stream', 'Last-Modified': statSync(f).mtime.toUTCString() });
      res.end(isi);
    } catch {
      res.writeHead(404);
      res.end();
    }
  });
  return new Promise((ok) => srv.listen(0, '127.0.0.1', () => ok([srv, (srv.address() as { port: number }).port])));
}

test('after a release, the offline copy becomes the new build, not the old files under its name', async ({ page }) => {
  test.setTimeout(90_000);
  const tmp = mkdtempSync(path.join(tmpdir(), 'pembaruan-'));
  const lama = path.join(tmp, 'lama');
  const baru = path.join(tmp, 'baru');
  cpSync('dist', lama, { recursive: true });
  cpSync('dist', baru, { recursive: true });
  menua(lama, 2);
  // the new release: another build hash, and a script whose text changed
  const sw = path.join(baru, 'sw.js');
  writeFileSync(sw, readFileSync(sw, 'utf8').replace(/const VERSI = "[0-9a-f]+"/, 'const VERSI = "baru0000baru0000"'));
  writeFileSync(path.join(baru, 'lebar.js'), readFileSync(path.join(baru, 'lebar.js'), 'utf8') + '\n// rilis baru\n');
  let akar = lama;
  const [srv, port] = await host(() => akar);
  try {
    const url = `http://127.0.0.1:${port}/`;
    await page.goto(url);
    await expect(page.getByTestId('input-indikator')).toBeVisible();
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.reload();
    await expect(page.getByTestId('input-indikator')).toBeVisible();
    // per cache of the worker: whether its lebar.js is the new release's
    const isiCache = () => page.evaluate(async () => {
      const out: Record<string, boolean> = {};
      for (const k of await caches.keys()) {
        const r = await (await caches.open(k)).match('lebar.js');
        out[k] = !!r && (await r.text()).includes('rilis baru');
      }
      return out;
    });
    expect(Object.values(await isiCache())).toEqual([false]);
    akar = baru;
    // the browser looks for a new worker at a visit (Chromium a second or so after the page has
    // loaded); the new one installs, then takes over
    await expect.poll(async () => {
      await page.reload();
      await expect(page.getByTestId('input-indikator')).toBeVisible();
      await page.waitForTimeout(2500);
      return Object.keys(await isiCache());
    }, { timeout: 40_000, intervals: [0] }).toEqual(['kalkulator-sakip-baru0000baru0000']);
    // its cache holds the new release's files
    expect(await isiCache()).toEqual({ 'kalkulator-sakip-baru0000baru0000': true });
    await expect(page.getByTestId('input-indikator')).toBeVisible();
  } finally {
    srv.close();
    rmSync(tmp, { recursive: true, force: true });
  }
});
