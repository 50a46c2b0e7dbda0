// Accessibility (issue 8): axe-core finds no issue on the page, of any impact (the issue asks for
// none serious or critical; the minor and moderate ones are gone too, and stay gone), empty and
// with every section filled, on a desktop and on a 360 px phone.
import { test, expect, type Page } from '@playwright/test';
import { createRequire } from 'module';
import { fixture, bukaHalaman, tempelClipboard } from './helpers';

const AXE = createRequire(__filename).resolve('axe-core/axe.min.js');
// (axe-core is a devDependency: a test tool, never shipped in dist/)

async function periksa(page) {
  // axe is injected as a test tool; the page's CSP does not allow injected scripts
  await page.addScriptTag({ path: AXE });
  const hasil = await page.evaluate(async () => {
    const r = await (window as any).axe.run(document, { resultTypes: ['violations'] });
    return r.violations
      .map((v) => `${v.id} (${v.impact}): ${v.nodes.length} node(s), e.g. ${v.nodes[0].target.join(' ')}`);
  });
  return hasil;
}

test.use({ bypassCSP: true });

test('no axe issue, empty and filled', async ({ page }) => {
  await bukaHalaman(page);
  expect(await periksa(page)).toEqual([]);
  await page.locator('[data-contoh="rupat-2019"]').click();
  await expect(page.getByTestId('hasil-indikator').locator('tr[data-row="indikator"]')).toHaveCount(5);
  await page.getByTestId('cepat-target').fill('13');
  await page.getByTestId('cepat-realisasi').fill('9');
  await page.getByTestId('cepat-polaritas').selectOption('negatif');
  await page.getByTestId('bagikan').click();
  await page.getByTestId('tampilkan-rumus').check();
  expect(await periksa(page)).toEqual([]);
});

test('no axe issue on a 360 px phone with a quarterly table', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await bukaHalaman(page);
  await tempelClipboard(page, 'input-indikator', 'Indikator\tSatuan\tTarget TW I\tTarget TW II\tRealisasi TW I\tRealisasi TW II\nIKM\tIndeks\t80\t80\t78\t82');
  await tempelClipboard(page, 'input-anggaran', fixture('seed001_anggaran.tsv'));
  expect(await periksa(page)).toEqual([]);
});

test('no axe issue with editors open, a link, a custom scale, messages and a long table', async ({ page }) => {
  await bukaHalaman(page);
  // 250 rows (a window of 200 and "show more"), one realisasi unreadable (a message, a finding)
  const baris = ['No\tSasaran\tIndikator\tSatuan\tTarget\tRealisasi'];
  for (let i = 0; i < 250; i++) baris.push(`${i + 1}\t${i % 5 === 0 ? `Sasaran ${i / 5 + 1}` : ''}\tIndikator ${i}\t%\t90\t${i === 3 ? 'delapan' : 80 + (i % 20)}`);
  await tempelClipboard(page, 'input-indikator', baris.join('\n'));
  await expect(page.getByTestId('tampilkan-lagi').first()).toBeVisible();
  await expect(page.getByTestId('pesan-indikator')).toContainText('delapan');
  await tempelClipboard(page, 'input-anggaran', fixture('seed000_anggaran.tsv'));
  await tempelClipboard(page, 'input-ikm', fixture('seed000_ikm.tsv'));
  await tempelClipboard(page, 'input-perkembangan', fixture('seed000_perkembangan.tsv'));
  const tautan = page.getByTestId('tautan-sasaran').first();
  await tautan.click();
  await tautan.selectOption('0');
  await expect(page.getByTestId('efisiensi').locator('tr[data-row="efisiensi"]')).toHaveCount(1);
  await page.getByTestId('kebijakan-skala').selectOption('kustom');
  await expect(page.getByTestId('kebijakan-skala-kustom')).toBeVisible();
  await page.getByTestId('hasil-indikator').locator('tr[data-row="indikator"]').first().getByTestId('ubah-baris').click();
  await expect(page.getByTestId('sunting-baris')).toBeVisible();
  await page.getByTestId('hasil-anggaran').locator('tr[data-row="anggaran"]').first().getByTestId('ubah-baris-anggaran').click();
  await expect(page.getByTestId('sunting-baris-anggaran')).toBeVisible();
  expect(await periksa(page)).toEqual([]);
});

/** Where the focus is: "<line of its row> <its data-testid, data-col or tag>". */
function fokusDiBaris(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    return `${el.closest('tr[data-baris]')?.getAttribute('data-baris') ?? ''} ${el.getAttribute('data-testid') ?? el.getAttribute('data-col') ?? el.tagName}`;
  });
}

/** A fresh page with `indikator` (No, Indikator, Target, Realisasi; one line a row) pasted:
 * its result rows, and where the focus is (`fokusDiBaris`). */
async function barisDenganFokus(page: Page, indikator: string[]) {
  await bukaHalaman(page);
  await tempelClipboard(page, 'input-indikator', ['No\tIndikator\tTarget\tRealisasi', ...indikator].join('\n'));
  const baris = page.getByTestId('hasil-indikator').locator('tr[data-row="indikator"]');
  await expect(baris).toHaveCount(indikator.length);
  return { baris, fokus: () => fokusDiBaris(page) };
}

test('every control can be reached by keyboard and shows its focus', async ({ page }) => {
  await bukaHalaman(page);
  const dilihat = new Set<string>();
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const info = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const gaya = getComputedStyle(el);
      return { id: el.getAttribute('data-testid') ?? el.tagName, outline: gaya.outlineStyle !== 'none' && gaya.outlineWidth !== '0px' };
    });
    dilihat.add(info.id);
    expect(info.outline, `focus visible on ${info.id}`).toBe(true);
  }
  for (const id of ['proyek-baru', 'bagikan', 'cepat-target', 'input-indikator']) expect(dilihat.has(id), id).toBe(true);
});

test('the row editor from the keyboard: into its first field, Escape or Enter back to the row', async ({ page }) => {
  const { baris, fokus } = await barisDenganFokus(page, ['1\tIKM\t80\t78', '2\tPersentase desa\t100\t90']);
  // Enter on the second row's edit button: the first field of the editor has the focus
  await baris.nth(1).getByTestId('ubah-baris').focus();
  await page.keyboard.press('Enter');
  const editor = page.getByTestId('sunting-baris');
  await expect(editor).toBeVisible();
  await expect(editor.locator('input').first()).toBeFocused();
  // Escape closes it without a change, back on the same button
  await page.keyboard.press('Escape');
  await expect(editor).toHaveCount(0);
  await expect.poll(fokus).toBe('3 ubah-baris');
  // again; a new realisasi, Enter saves, and the focus is on the edited row's button
  await page.keyboard.press('Enter');
  await editor.locator('input[data-col="realisasi"]').fill('95');
  await page.keyboard.press('Enter');
  await expect(baris.nth(1).locator('[data-col="capaian"]')).toContainText('95,00');
  await expect.poll(fokus).toBe('3 ubah-baris');
  // a new row by keyboard: back on "+ Tambah baris" after saving, ready for the next one
  await page.getByTestId('tambah-baris').focus();
  await page.keyboard.press('Enter');
  await expect(editor.locator('input').first()).toBeFocused();
  await editor.locator('input[data-col="indikator"]').fill('Persentase dokumen');
  await editor.locator('input[data-col="target"]').fill('10');
  await editor.locator('input[data-col="realisasi"]').fill('9');
  await page.keyboard.press('Enter');
  await expect(baris).toHaveCount(3);
  await expect(page.getByTestId('tambah-baris')).toBeFocused();
});

test('a row button used from the keyboard keeps the focus in its row: polarity, remove', async ({ page }) => {
  const { baris, fokus } = await barisDenganFokus(page, ['1\tIKM\t80\t78', '2\tPersentase desa\t100\t90', '3\tAngka kemiskinan\t10\t12']);
  // Enter on the third row's polarity button rebuilds that row (its sign, its capaian):
  // the focus is on the new row's polarity button, not back at the top of the page
  await baris.nth(2).getByTestId('balik-polaritas').focus();
  await page.keyboard.press('Enter');
  await expect(baris.nth(2).getByTestId('balik-polaritas')).toHaveText('-');
  await expect.poll(fokus).toBe('4 balik-polaritas');
  // Enter on the first row's remove button: the row goes, the focus is on the remove button
  // of the row that took its place, so the next Enter removes that one
  await baris.nth(0).getByTestId('hapus-baris').focus();
  await page.keyboard.press('Enter');
  await expect(baris).toHaveCount(2);
  await expect(baris.nth(0).locator('[data-col="indikator"]')).toHaveText('Persentase desa');
  await expect.poll(fokus).toBe('2 hapus-baris');
  await page.keyboard.press('Enter');
  await expect(baris).toHaveCount(1);
  await expect(baris.nth(0).locator('[data-col="indikator"]')).toHaveText('Angka kemiskinan');
  // and again on the row that moved up into line 2
  await expect.poll(fokus).toBe('2 hapus-baris');
});
