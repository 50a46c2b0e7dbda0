// Random use of the whole page (issue 8: never broken by input): the seed tables pasted with
// random damage, keys typed anywhere, rows edited with odd values, buttons, policies and
// column roles picked at random, undo, new projects. The native property tests cover the
// core; this covers the views and their glue, where a panic kills the page. Seeded, so a
// failure replays; the last steps are in its message.
import { test, expect, type Page } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { bukaHalaman, fixture, tempelClipboard, tempelGanti } from './helpers';

/** xorshift32: the same steps for the same seed */
function acak(seed: number) {
  let s = seed >>> 0 || 1;
  const r = () => {
    s ^= s << 13; s >>>= 0; s ^= s >>> 17; s ^= s << 5; s >>>= 0;
    return s / 4294967296;
  };
  return { r, pilih: <T>(a: T[]): T => a[Math.floor(r() * a.length)] };
}

const TABEL = readdirSync(join(__dirname, '..', 'tests', 'fixtures')).filter((f) => /\.(tsv|md)$/.test(f)).map(fixture);
/** cells a person or a broken copy puts where numbers belong */
const ISI = ['79228162514264337593543950', '-79228162514264337593543950335', '0,0001', '0', '-0', '', ' ', '\u00a0',
  '1.234.567,89', '1,234,567.89', '12%', '80-90', '≥ 80', 'B', 'AA', 'Sangat Baik', '😀', 'שלום', 'e\u0301', '<b>x</b>',
  '=1+2', 'TW I', 'Target', 'Realisasi', 'Kode', '1.', 'I.', '7.01.2.', '|', '"', '1e30', 'NaN', '-', '(1.000)',
  'Rp 1.000.000', '99,999999999999999999999999999', '1/3', 'Jumlah', 'Sasaran 1.', '✚', '\u200b', ',5', '9'.repeat(60), 'x'.repeat(300)];
const INPUT = ['input-indikator', 'input-anggaran', 'input-ikm', 'input-perkembangan'];
const TOMBOL = ['ubah-baris', 'hapus-baris', 'balik-polaritas', 'tambah-baris', 'tambah-baris-anggaran', 'ubah-baris-anggaran',
  'hapus-baris-anggaran', 'tampilkan-lagi', 'tampilkan-semua', 'susun-laporan', 'tampilkan-rumus', 'urungkan', 'ulangi',
  'proyek-baru', 'proyek-duplikat'];

/** A seed table with a few random changes: a cell replaced, lines doubled, dropped or cut,
 * separators lost, a stray row, a cell added, text inserted mid-cell. */
function rusak({ r, pilih }: ReturnType<typeof acak>, teks: string) {
  let l = teks.split('\n');
  for (let k = 1 + Math.floor(r() * 5); k > 0 && l.length; k--) {
    const x = r(), j = Math.floor(r() * l.length);
    const sep = l[j].includes('\t') ? '\t' : '|';
    if (x < 0.45) { const c = l[j].split(sep); c[Math.floor(r() * c.length)] = pilih(ISI); l[j] = c.join(sep); }
    else if (x < 0.55) l.splice(j, 0, pilih(l));
    else if (x < 0.62) l.splice(j, 1);
    else if (x < 0.7) l[j] = l[j].replaceAll('\t', pilih(['', ' ', ';']));
    else if (x < 0.78) l.splice(j, 0, [pilih(ISI), pilih(ISI), pilih(ISI), pilih(ISI)].join('\t'));
    else if (x < 0.85) l = l.slice(0, Math.max(1, j));
    else if (x < 0.93) l[j] += '\t' + pilih(ISI);
    else { const c = Math.floor(r() * l[j].length); l[j] = l[j].slice(0, c) + pilih(ISI) + l[j].slice(c); }
  }
  return l.join('\n');
}

/** One random step; returns what it did, for the failure's message. */
async function langkah(page: Page, a: ReturnType<typeof acak>): Promise<string> {
  const { r, pilih } = a;
  const x = r();
  if (x < 0.3) {
    const id = pilih(INPUT);
    const teks = rusak(a, pilih(TABEL));
    await tempelGanti(page, id, teks);
    return `paste into ${id}: ${JSON.stringify(teks.slice(0, 300))}`;
  }
  if (x < 0.45) {
    const id = pilih(INPUT);
    const posisi = await page.getByTestId(id).evaluate((ta: HTMLTextAreaElement, q) => {
      const p = Math.floor(q * (ta.value.length + 1));
      ta.focus();
      ta.setSelectionRange(p, p);
      return p;
    }, r());
    const kunci = pilih(['1', '0', ',', '.', 'Tab', 'Enter', 'Backspace', 'Delete', 'x', '-', '%']);
    await page.keyboard.press(kunci);
    return `key ${kunci} in ${id} at ${posisi}`;
  }
  if (x < 0.75) {
    const id = pilih(TOMBOL);
    const semua = page.getByTestId(id);
    const n = await semua.count();
    if (!n) return `no ${id}`;
    const i = Math.floor(r() * n);
    const el = semua.nth(i);
    if (!(await el.isVisible()) || !(await el.isEnabled())) return `${id}[${i}] not usable`;
    await el.click();
    const form = page.locator('form.sunting');
    if (!(await form.count())) return `click ${id}[${i}]`;
    const isian = form.locator('input:not([type=checkbox]), textarea');
    const isi: string[] = [];
    for (let q = await isian.count(); q-- > 0;) {
      if (r() < 0.5) { const v = pilih(ISI); isi.push(`${q}=${JSON.stringify(v)}`); await isian.nth(q).fill(v); }
    }
    const simpan = r() < 0.8;
    if (simpan) await form.locator('button[type=submit]').click();
    else await page.keyboard.press('Escape');
    return `click ${id}[${i}], fields ${isi.join(' ')}, ${simpan ? 'save' : 'Escape'}`;
  }
  if (x < 0.85) {
    const isian = page.locator('input[type=text]:visible, input:not([type]):visible, textarea:visible:not([data-testid^=input-])');
    const n = await isian.count();
    if (!n) return 'no field';
    const el = isian.nth(Math.floor(r() * n));
    const v = r() < 0.5 ? pilih(ISI) : rusak(a, pilih(TABEL)).slice(0, 300);
    await el.fill(v);
    return `fill ${await el.getAttribute('data-testid')} with ${JSON.stringify(v.slice(0, 100))}`;
  }
  const pilihan = page.locator('select:visible');
  const n = await pilihan.count();
  if (!n) return 'no select';
  const sel = pilihan.nth(Math.floor(r() * n));
  const nilai = pilih(await sel.locator('option').evaluateAll((o) => o.map((x) => (x as HTMLOptionElement).value)));
  await sel.selectOption(nilai);
  return `select ${await sel.getAttribute('data-testid') ?? await sel.getAttribute('aria-label')} = ${nilai}`;
}

for (const [seed, width] of [[20261201, 360], [8, 1280]]) {
  test(`150 random steps at ${width} px (seed ${seed}): no panic, no page error, and the page still computes`, async ({ page }) => {
    test.setTimeout(240_000);
    await page.setViewportSize({ width, height: 800 });
    page.on('dialog', (d) => d.accept());
    const errors = await bukaHalaman(page);
    const a = acak(seed);
    const jejak: string[] = [];
    for (let i = 0; i < 150; i++) {
      jejak.push(`${i}: ${await langkah(page, a)}`);
      await page.waitForTimeout(a.r() < 0.3 ? 400 : 30);
      const galat = await page.getByTestId('galat-aplikasi').count();
      expect(errors.length + galat, `${errors.join('\n')}\nlast steps:\n${jejak.slice(-8).join('\n')}`).toBe(0);
    }
    // and a person's next paste, in a new project, is computed as on a fresh page
    await page.getByTestId('proyek-baru').click();
    await tempelGanti(page, 'input-indikator', 'Indikator\tTarget\tRealisasi\nPersentase layanan\t80\t90');
    await expect(page.getByTestId('hasil-indikator').locator('tr[data-row="indikator"] [data-col="capaian"]')).toHaveText(['112,50']);
  });
}

test('a share link cut or damaged anywhere opens nothing broken: it says so, or opens what it holds as a new project; the work stays', async ({ page }) => {
  test.setTimeout(120_000);
  const errors = await bukaHalaman(page);
  await tempelClipboard(page, 'input-indikator', fixture('seed000_indikator.tsv'));
  await page.getByTestId('bagikan').click();
  await expect(page.getByTestId('tautan-bagikan')).toHaveValue(/#data=/);
  const [dasar, kode] = (await page.getByTestId('tautan-bagikan').inputValue()).split('#data=');
  const { r } = acak(3);
  const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  const rusakKode = (i: number) => {
    if (i % 3 === 0) return kode.slice(0, Math.floor(r() * kode.length)); // cut by a chat app
    const c = kode.split('');
    for (let j = 0; j < 1 + i % 4; j++) c[Math.floor(r() * c.length)] = B64[Math.floor(r() * 64)];
    return i % 3 === 1 ? c.join('') : c.join('') + '%E2%82%AC=';
  };
  for (let i = 0; i < 12; i++) {
    const k = rusakKode(i);
    await page.goto('about:blank');
    await page.goto(`${dasar}#data=${k}`);
    await expect(page.getByText(/^(Tautan tidak dapat dibuka: |Data dari tautan dibuka sebagai proyek baru)/), `link code ${k}`).toBeVisible();
    expect(await page.getByTestId('galat-aplikasi').count()).toBe(0);
  }
  // the person's own project is still there with its rows
  const milik = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('kalkulator-sakip/proyek/') && localStorage.getItem(k)!.includes('KAMTIBMAS')).length);
  expect(milik).toBeGreaterThan(0);
  expect(errors).toEqual([]);
});
