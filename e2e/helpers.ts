import { Page, Locator, expect } from '@playwright/test';
import { readFileSync } from 'fs';
import { join } from 'path';

export const fixture = (name: string) => readFileSync(join(__dirname, '..', 'tests', 'fixtures', name), 'utf8');

/** Paste text into a textarea the way a person does (fires `input`). */
export async function tempel(page: Page, testid: string, text: string) {
  const area = page.getByTestId(testid);
  await area.fill(text);
}

/** The text of every `data-col` cell of the given rows, as objects. */
export async function barisData(rows: Locator, cols: string[]): Promise<Record<string, string>[]> {
  const n = await rows.count();
  const out: Record<string, string>[] = [];
  for (let i = 0; i < n; i++) {
    const r: Record<string, string> = {};
    for (const c of cols) {
      const cell = rows.nth(i).locator(`[data-col="${c}"]`);
      // the first text node is the value; reasons and formulas sit in <small> below it
      r[c] = (await cell.evaluate((el) => (el.childNodes[0]?.textContent ?? '').trim()));
    }
    out.push(r);
  }
  return out;
}

export async function bukaHalaman(page: Page) {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/');
  await expect(page.getByTestId('input-indikator')).toBeVisible();
  return errors;
}

/** Paste as a person does: the text on the clipboard, Ctrl+V in the box (one input event). */
export async function tempelClipboard(page: Page, testid: string, text: string) {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  const area = page.getByTestId(testid);
  await area.focus();
  await page.keyboard.press('Control+V');
}

/** Type into a box on a 360 px phone, as a person does there: the box emptied, then one
 * input event a key. */
export async function ketikDiPonsel(page: Page, testid: string, text: string) {
  await page.setViewportSize({ width: 360, height: 740 });
  const kotak = page.getByTestId(testid);
  await kotak.fill('');
  await kotak.focus();
  await page.keyboard.type(text);
}

/** Paste over the whole text of a box, as a person does with Ctrl+A, Ctrl+V. */
export async function tempelGanti(page: Page, testid: string, text: string) {
  await page.getByTestId(testid).focus();
  await page.keyboard.press('Control+A');
  await tempelClipboard(page, testid, text);
}

/** The caret at the end of the text's line `n` (0 is the heading), in the text box. */
export async function keAkhirBaris(input: Locator, n: number) {
  await input.evaluate((ta: HTMLTextAreaElement, n) => {
    const akhir = ta.value.split('\n').slice(0, n + 1).join('\n').length;
    ta.focus();
    ta.setSelectionRange(akhir, akhir);
  }, n);
}

/** Wait until the autosave has written the work (it commits once a change settles). */
export async function tungguTersimpan(page: Page, isi: string) {
  await expect
    .poll(() => page.evaluate(() => {
      const daftar = JSON.parse(localStorage.getItem('kalkulator-sakip/daftar') ?? '{}');
      return localStorage.getItem('kalkulator-sakip/proyek/' + daftar.aktif) ?? '';
    }))
    .toContain(isi);
}

/** A table's heading widths as they are (fixed by www/lebar.js) and as its content alone
 * gives them (the fixed widths taken off for the moment, then put back). */
export async function lebarKolom(tabel: Locator): Promise<{ tetap: number[]; dariIsi: number[] }> {
  return tabel.evaluate((t: HTMLTableElement) => {
    const th = [...t.tHead!.rows[0].cells];
    const ukur = () => th.map((c) => Math.round(c.getBoundingClientRect().width));
    const tetap = ukur();
    const simpan = [t.className, t.style.width, ...th.map((c) => c.style.width)];
    t.classList.remove('beku');
    t.style.width = '';
    th.forEach((c) => { c.style.width = ''; });
    const dariIsi = ukur();
    t.className = simpan[0];
    t.style.width = simpan[1];
    th.forEach((c, i) => { c.style.width = simpan[i + 2]; });
    return { tetap, dariIsi };
  });
}

/** Whether two lists of widths agree to a pixel. */
export const samaLebar = (a: number[], b: number[]) => a.length === b.length && a.every((w, i) => Math.abs(w - b[i]) <= 1);
