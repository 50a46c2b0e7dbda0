// How the module reaches the page (issue 8, load): as LZMA, pkg/app_bg.wasm.lzma, decoded in the
// page by lzma.js; the plain pkg/app_bg.wasm only when that file cannot be had or read.
import { test, expect, type Page } from '@playwright/test';
import { fixture, tempelClipboard, tempelGanti } from './helpers';

/** Opens the page, records which module files it asks for, and checks that it computes. */
async function bukaDanHitung(page: Page) {
  const modul: string[] = [];
  page.on('request', (r) => {
    const nama = new URL(r.url()).pathname;
    if (nama.includes('app_bg.wasm')) modul.push(nama);
  });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const konsol: string[] = [];
  page.on('console', (m) => konsol.push(m.text()));
  await page.goto('/');
  await expect(page.getByTestId('input-indikator')).toBeVisible();
  await tempelClipboard(page, 'input-indikator', fixture('seed000_indikator.tsv'));
  const baris = page.getByTestId('hasil-indikator').locator('tr[data-row="indikator"]');
  await expect(baris).toHaveCount(5);
  await expect(baris.first().locator('[data-col="capaian"]')).toContainText('101,11');
  expect(errors).toEqual([]);
  await expect(page.locator('.galat-muat')).toHaveCount(0);
  return { modul, konsol };
}

/** Opens the page and puts in it the makers of damaged copies the two tests below use, from a fixed sequence
 * of pseudo-random numbers, so that a failure can be replayed: `self.acakDari(benih)` gives that
 * sequence (`acak(n)`, 0 to n-1), `self.dibalik(asli, n, paling, acak)` n copies with 1 to
 * `paling` bytes flipped anywhere, `self.dipotong(asli, n, acak)` n copies cut short. */
async function bukaDenganPerusak(page: Page) {
  await page.goto('/');
  await expect(page.getByTestId('input-indikator')).toBeVisible();
  await page.evaluate(() => {
    const w = self as any;
    w.acakDari = (benih: number) => (n: number) => { benih = (benih * 1103515245 + 12345) % 2147483648; return benih % n; };
    w.dibalik = (asli: Uint8Array, n: number, paling: number, acak: (n: number) => number) => Array.from({ length: n }, () => {
      const c = asli.slice();
      for (let k = 0, m = 1 + acak(paling); k < m; k++) c[acak(c.length)] ^= 1 + acak(255);
      return c;
    });
    w.dipotong = (asli: Uint8Array, n: number, acak: (n: number) => number) => Array.from({ length: n }, () => asli.slice(0, acak(asli.length)));
  });
}

test('the module arrives once, as LZMA through the preload, and the page computes', async ({ page }) => {
  const { modul, konsol } = await bukaDanHitung(page);
  // one request: the page's preload, which the loader's fetch takes over
  expect(modul).toEqual(['/pkg/app_bg.wasm.lzma']);
  // Chromium warns when a preload goes unused, or when its request differs from the fetch's
  await page.waitForTimeout(3500);
  expect(konsol.filter((k) => /preload/i.test(k))).toEqual([]);
});

for (const [rusak, ubah] of [
  ['missing (404)', null],
  ['cut short', (b: Buffer) => b.subarray(0, b.length >> 1)],
  ['damaged in the middle', (b: Buffer) => { const c = Buffer.from(b); for (let i = 0; i < 64; i++) c[(c.length >> 1) + i] ^= 0x5a; return c; }],
  ['not LZMA at all (an error page)', () => Buffer.from('<!doctype html><title>Not found</title>')],
] as const) {
  test(`an LZMA file ${rusak} gives way to the plain module, and the page computes`, async ({ page }) => {
    await page.route('**/pkg/app_bg.wasm.lzma', async (route) => {
      if (!ubah) return route.fulfill({ status: 404, body: '' });
      const asli = await route.fetch();
      await route.fulfill({ status: 200, contentType: 'application/octet-stream', body: ubah(await asli.body()) });
    });
    const { modul } = await bukaDanHitung(page);
    expect(modul).toContain('/pkg/app_bg.wasm');
  });
}

test('a later visit takes the plain module from the service worker, which decoded it once', async ({ page }) => {
  await bukaDanHitung(page);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
  // the worker's cache holds the module as the worker decoded it: a wasm module, whole
  const awal = await page.evaluate(async () => {
    for (const nama of await caches.keys()) {
      const r = await (await caches.open(nama)).match('pkg/app_bg.wasm');
      if (r) return [...new Uint8Array(await r.arrayBuffer()).subarray(0, 4)];
    }
    return null;
  });
  expect(awal).toEqual([0, 0x61, 0x73, 0x6d]); // "\0asm"
  const dariJaringan: string[] = [];
  const dariWorker: string[] = [];
  page.on('response', (r) => {
    const nama = new URL(r.url()).pathname;
    if (nama.includes('app_bg.wasm')) (r.fromServiceWorker() ? dariWorker : dariJaringan).push(nama);
  });
  const konsol: string[] = [];
  page.on('console', (m) => konsol.push(m.text()));
  await page.reload();
  const baris = page.getByTestId('hasil-indikator').locator('tr[data-row="indikator"]');
  await expect(baris).toHaveCount(5); // the first visit's rows, kept
  await tempelGanti(page, 'input-indikator', fixture('seed001_indikator.tsv'));
  await expect(baris).toHaveCount(3);
  expect(dariJaringan).toEqual([]);
  // the page as the worker serves it preloads the plain module, and nothing asks for the LZMA file
  expect(await page.locator('link[rel="preload"][as="fetch"]').getAttribute('href')).toBe('pkg/app_bg.wasm');
  expect(dariWorker).toEqual(['/pkg/app_bg.wasm']);
  await page.waitForTimeout(3500);
  expect(konsol.filter((k) => /preload/i.test(k))).toEqual([]);
});

test('the file decodes and joins to the plain module; damaged copies give it back or an error, never hang', async ({ page }) => {
  await bukaDenganPerusak(page);
  const hasil = await page.evaluate(async () => {
    const w = self as any;
    const asli = new Uint8Array(await (await fetch('pkg/app_bg.wasm.lzma')).arrayBuffer());
    const utuh = w.lzma.decode(asli) as Uint8Array;
    // decoded and joined (kode_wasm.js), it is the plain module byte for byte
    const modul = new Uint8Array(await (await fetch('pkg/app_bg.wasm')).arrayBuffer());
    const gabung = w.kodeWasm.join(utuh) as Uint8Array;
    const sama = gabung.length === modul.length && gabung.every((b, i) => b === modul[i]);
    const acak = w.acakDari(12345);
    const salinan: Uint8Array[] = [...w.dibalik(asli, 40, 8, acak), ...w.dipotong(asli, 20, acak)];
    for (let i = 0; i < 20; i++) salinan.push(Uint8Array.from({ length: acak(4000) }, () => acak(256)));
    // the header's settings and size, each byte of it damaged in turn
    for (let i = 0; i < 13; i++) { const c = asli.slice(); c[i] ^= 0xff; salinan.push(c); }
    const hitung = { utuh: 0, galat: 0, lain: [] as string[] };
    for (const c of salinan) {
      try {
        const o = w.lzma.decode(c) as Uint8Array;
        // a flip the stream does not depend on (the header's dictionary size)
        if (o.length === utuh.length && o.every((b, i) => b === utuh[i])) hitung.utuh++;
        else hitung.lain.push(`decoded ${o.length} bytes, not the module`);
      } catch (e) {
        if (String(e).includes('lzma:')) hitung.galat++;
        else hitung.lain.push(String(e));
      }
    }
    return { ...hitung, semua: salinan.length, modul: modul.length, sama };
  });
  expect(hasil.semua).toBe(93);
  expect(hasil.modul).toBeGreaterThan(500_000);
  expect(hasil.sama).toBe(true);
  // a damaged copy either fails with the decoder's own error or (a flip it never reads) decodes
  // whole; none gives a wrong module silently or another kind of error
  expect(hasil.lain).toEqual([]);
  expect(hasil.galat).toBeGreaterThan(80);
});

test('damaged streams give a module or the joiner\'s own error, never another error or a hang', async ({ page }) => {
  await bukaDenganPerusak(page);
  const hasil = await page.evaluate(async () => {
    const w = self as any;
    const utuh = w.lzma.decode(new Uint8Array(await (await fetch('pkg/app_bg.wasm.lzma')).arrayBuffer())) as Uint8Array;
    const acak = w.acakDari(54321);
    // flips anywhere, flips in the header (sizes and stream lengths), and copies cut short
    const salinan: Uint8Array[] = w.dibalik(utuh, 60, 4, acak);
    for (let i = 0; i < 20; i++) { const c = utuh.slice(); c[acak(80)] ^= 1 + acak(255); salinan.push(c); }
    salinan.push(...w.dipotong(utuh, 20, acak));
    const hitung = { modul: 0, galat: 0, lain: [] as string[] };
    for (const c of salinan) {
      try {
        const m = w.kodeWasm.join(c) as Uint8Array;
        if (m instanceof Uint8Array) hitung.modul++;
        else hitung.lain.push('not bytes');
      } catch (e) {
        if (String(e).includes('kode:')) hitung.galat++;
        else hitung.lain.push(String(e));
      }
    }
    return hitung;
  });
  // what a flip inside a stream's bytes makes is another module, which the browser's compile
  // checks; LZMA's end check is what tells a damaged file (the test above)
  expect(hasil.lain).toEqual([]);
  expect(hasil.modul + hasil.galat).toBe(100);
  expect(hasil.galat).toBeGreaterThan(40);
});
