// A day's work that is never lost: autosave and restore, corrupt storage, undo/redo, entry by
// hand on an empty page, the quick check, and a 360 px phone (issue 9).
import { test, expect, type Locator } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';
import { fixture, barisData, bukaHalaman, tempel, tempelClipboard, tungguTersimpan } from './helpers';

const indikator = (page) => page.getByTestId('hasil-indikator').locator('tr[data-row="indikator"]');

test('paste both tables, reload: everything is back and computed', async ({ page }) => {
  const errors = await bukaHalaman(page);
  await tempelClipboard(page, 'input-indikator', fixture('seed000_indikator.tsv'));
  await tempelClipboard(page, 'input-anggaran', fixture('seed001_anggaran.tsv'));
  await expect(indikator(page)).toHaveCount(5);
  await page.getByTestId('kebijakan-skala').selectOption('lan');
  await tungguTersimpan(page, '7.01.7.01.0.001.2.01.');
  await page.reload();
  await expect(indikator(page)).toHaveCount(5);
  const data = await barisData(indikator(page), ['capaian', 'predikat']);
  expect(data[0]).toEqual({ capaian: '101,11', predikat: 'Sangat Berhasil (SB)' });
  const total = page.getByTestId('hasil-anggaran').locator('tr[data-row="total"]');
  await expect(total.locator('[data-col="anggaran"]')).toHaveText('10.869.637.137');
  await expect(total.locator('[data-col="serapan"]')).toHaveText(/96,33/);
  await expect(page.getByTestId('pesan-simpan')).toContainText('dipulihkan');
  expect(errors).toEqual([]);
});

test('a row editor left open with unsaved fields comes back after the page is reloaded (a phone discards hidden pages)', async ({ page }) => {
  await bukaHalaman(page);
  await tempelClipboard(page, 'input-indikator', 'No\tIndikator\tTarget\tRealisasi\n1\tIKM\t80\t78\n2\tPersentase desa\t100\t90');
  await tempelClipboard(page, 'input-anggaran', 'Kode\tUraian\tAnggaran\tRealisasi\n1\tProgram A\t1000\t900');
  await tungguTersimpan(page, 'Persentase desa');
  // the second indikator's editor, a new realisasi typed, not saved; a new budget line begun
  await indikator(page).nth(1).getByTestId('ubah-baris').click();
  await page.getByTestId('sunting-baris').locator('input[data-col="realisasi"]').fill('95');
  await page.getByTestId('tambah-baris-anggaran').click();
  await page.getByTestId('sunting-baris-anggaran').locator('input[data-col="uraian"]').fill('Program B');
  await page.reload();
  // both editors are open again, on the same rows, with what was typed; nothing was saved
  const editor = page.getByTestId('sunting-baris');
  await expect(editor.locator('input[data-col="realisasi"]')).toHaveValue('95');
  await expect(editor.locator('input[data-col="indikator"]')).toHaveValue('Persentase desa');
  await expect(indikator(page).nth(1).locator('[data-col="capaian"]')).toHaveText(/90,00/);
  await expect(page.getByTestId('sunting-baris-anggaran').locator('input[data-col="uraian"]')).toHaveValue('Program B');
  // saved now: the row has it; after another reload no editor is open
  await page.getByTestId('simpan-baris').click();
  await expect(indikator(page).nth(1).locator('[data-col="capaian"]')).toHaveText(/95,00/);
  await page.getByTestId('sunting-baris-anggaran').getByRole('button', { name: 'Batal' }).click();
  await tungguTersimpan(page, '\\t95');
  await page.reload();
  await expect(indikator(page)).toHaveCount(2);
  await expect(indikator(page).nth(1).locator('[data-col="capaian"]')).toHaveText(/95,00/);
  await expect(page.getByTestId('sunting-baris')).toHaveCount(0);
  await expect(page.getByTestId('sunting-baris-anggaran')).toHaveCount(0);
  // a draft whose row has changed since (another tab, an undo) is not put on another row
  await indikator(page).nth(0).getByTestId('ubah-baris').click();
  await page.getByTestId('sunting-baris').locator('input[data-col="realisasi"]').fill('70');
  await page.evaluate(() => {
    const daftar = JSON.parse(localStorage.getItem('kalkulator-sakip/daftar') ?? '{}');
    const kunci = 'kalkulator-sakip/proyek/' + daftar.aktif;
    localStorage.setItem(kunci, (localStorage.getItem(kunci) ?? '').replace('IKM\\t80\\t78', 'IKM\\t80\\t77'));
  });
  await page.reload();
  await expect(indikator(page).nth(0).locator('[data-col="realisasi"]')).toHaveText('77');
  await expect(page.getByTestId('sunting-baris')).toHaveCount(0);
  // and it is forgotten, not left in storage for ever
  expect(await page.evaluate(() => localStorage.getItem('kalkulator-sakip/draf-sunting/sunting-baris'))).toBeNull();
});

test('hiding the page writes what was just typed, before the pause that autosave waits for', async ({ page }) => {
  await bukaHalaman(page);
  await tempelClipboard(page, 'input-indikator', 'No\tIndikator\tTarget\tRealisasi\n1\tIKM\t80\t78');
  await tungguTersimpan(page, 'IKM');
  const input = page.getByTestId('input-indikator');
  await input.focus();
  await page.keyboard.press('End');
  await page.keyboard.press('Control+End');
  await page.keyboard.type('5');
  // at once, as a phone does when another app opens: the page becomes hidden
  const tersimpan = await page.evaluate(() => {
    Object.defineProperty(document, 'hidden', { value: true, configurable: true });
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange', { bubbles: true }));
    const daftar = JSON.parse(localStorage.getItem('kalkulator-sakip/daftar') ?? '{}');
    return localStorage.getItem('kalkulator-sakip/proyek/' + daftar.aktif) ?? '';
  });
  expect(JSON.parse(tersimpan).indikator).toContain('IKM\t80\t785');
});

test('corrupt stored data: a message, the page still computes, the data is kept aside', async ({ page }) => {
  const errors = await bukaHalaman(page);
  await page.evaluate(() => localStorage.setItem('kalkulator-sakip/proyek/p1', '{"format": "kalkulator-sakip", "versi": 1, "indikator": 5'));
  await page.reload();
  await expect(page.getByTestId('pesan-simpan')).toContainText('tidak dapat dibaca');
  expect(await page.evaluate(() => localStorage.getItem('kalkulator-sakip/tidak-terbaca/p1'))).toContain('"indikator": 5');
  await tempelClipboard(page, 'input-indikator', fixture('seed000_indikator.tsv'));
  await expect(indikator(page)).toHaveCount(5);
  await expect(indikator(page).first().locator('[data-col="capaian"]')).toContainText('101,11');
  // a file from a newer version is refused the same way (written once the page has saved, as
  // the page writes its own unsaved work when it is left)
  await tungguTersimpan(page, 'KAMTIBMAS');
  await page.evaluate(() => localStorage.setItem('kalkulator-sakip/proyek/p1', JSON.stringify({ format: 'kalkulator-sakip', versi: 99 })));
  await page.reload();
  await expect(page.getByTestId('pesan-simpan')).toContainText('versi');
  // a broken project list is kept aside too, and the page still starts
  await page.evaluate(() => localStorage.setItem('kalkulator-sakip/daftar', '[[['));
  await page.reload();
  await expect(page.getByTestId('pesan-simpan')).toContainText('tidak dapat dibaca');
  await tempelClipboard(page, 'input-indikator', fixture('seed001_indikator.tsv'));
  await expect(indikator(page)).toHaveCount(3);
  expect(errors).toEqual([]);
});

test('undo and redo a paste and a policy change, by button and by keyboard', async ({ page }) => {
  await bukaHalaman(page);
  await expect(page.getByTestId('urungkan')).toBeDisabled();
  await tempelClipboard(page, 'input-indikator', fixture('seed000_indikator.tsv'));
  await expect(indikator(page)).toHaveCount(5);
  const predikat = indikator(page).first().locator('[data-col="predikat"]');
  await expect(predikat).toHaveText('Sangat Tinggi');
  await page.getByTestId('kebijakan-skala').selectOption('lan');
  await expect(predikat).toHaveText('Sangat Berhasil (SB)');

  await page.getByTestId('urungkan').click();
  await expect(predikat).toHaveText('Sangat Tinggi');
  await expect(indikator(page)).toHaveCount(5);
  await page.getByTestId('urungkan').click();
  await expect(indikator(page)).toHaveCount(0);
  await expect(page.getByTestId('input-indikator')).toHaveValue('');

  await page.getByTestId('ulangi').click();
  await expect(indikator(page)).toHaveCount(5);
  await expect(predikat).toHaveText('Sangat Tinggi');
  // outside a text box, Ctrl+Y redoes and Ctrl+Z undoes
  await page.locator('h1').click();
  await page.keyboard.press('Control+Y');
  await expect(predikat).toHaveText('Sangat Berhasil (SB)');
  await page.keyboard.press('Control+Z');
  await expect(predikat).toHaveText('Sangat Tinggi');
  await page.keyboard.press('Control+Shift+Z');
  await expect(predikat).toHaveText('Sangat Berhasil (SB)');
});

test('entry by hand on an empty page: both tables', async ({ page }) => {
  const errors = await bukaHalaman(page);
  // an empty table has nothing to copy or download: no export buttons until it has a row
  for (const id of ['ekspor-kinerja-salin', 'ekspor-kinerja-csv', 'ekspor-anggaran-salin', 'ekspor-anggaran-csv']) {
    await expect(page.getByTestId(id)).toBeHidden();
  }
  await page.getByTestId('tambah-baris').click();
  const editor = page.getByTestId('sunting-baris');
  for (const [col, v] of [['sasaran', 'Meningkatnya keamanan'], ['indikator', 'Gangguan KAMTIBMAS'], ['satuan', 'Kasus'], ['target', '13'], ['realisasi', '9'], ['polaritas', 'negatif']]) {
    await editor.locator(`input[data-col="${col}"]`).fill(v);
  }
  await page.getByTestId('simpan-baris').click();
  await expect(indikator(page)).toHaveCount(1);
  await expect(page.getByTestId('ekspor-kinerja-csv')).toBeVisible();
  await expect(page.getByTestId('ekspor-anggaran-csv')).toBeHidden();
  const row = (await barisData(indikator(page), ['sasaran', 'indikator', 'target', 'realisasi', 'capaian', 'predikat']))[0];
  expect(row).toEqual({ sasaran: 'Meningkatnya keamanan', indikator: 'Gangguan KAMTIBMAS', target: '13', realisasi: '9', capaian: '130,77', predikat: 'Sangat Tinggi' });
  // a typed row is an ordinary row: a second one, then edit it
  await page.getByTestId('tambah-baris').click();
  await page.getByTestId('sunting-baris').locator('input[data-col="indikator"]').fill('IKM');
  await page.getByTestId('sunting-baris').locator('input[data-col="target"]').fill('80,25');
  await page.getByTestId('sunting-baris').locator('input[data-col="realisasi"]').fill('81,14');
  await page.getByTestId('simpan-baris').click();
  await expect(indikator(page)).toHaveCount(2);
  await expect(indikator(page).nth(1).locator('[data-col="capaian"]')).toContainText('101,11');
  await expect(page.getByTestId('input-indikator')).toHaveValue(/^Sasaran\tIndikator\tSatuan\tTarget\tRealisasi\tPolaritas\n/);

  await page.getByTestId('tambah-baris-anggaran').click();
  const ed = page.getByTestId('sunting-baris-anggaran');
  for (const [col, v] of [['kode', '1'], ['uraian', 'Program Pelayanan Administrasi'], ['anggaran', '1.000.000'], ['realisasi', '900.000']]) {
    await ed.locator(`input[data-col="${col}"]`).fill(v);
  }
  await page.getByTestId('simpan-baris-anggaran').click();
  const anggaran = page.getByTestId('hasil-anggaran').locator('tr[data-row="anggaran"]');
  await expect(anggaran).toHaveCount(1);
  await expect(page.getByTestId('ekspor-anggaran-salin')).toBeVisible();
  await expect(anggaran.locator('[data-col="serapan"]')).toHaveText(/90,00/);
  await expect(anggaran.locator('[data-col="sisa"]')).toHaveText('100.000');
  // typed rows are ordinary rows: edited, removed, saved
  await anggaran.getByTestId('ubah-baris-anggaran').click();
  await page.getByTestId('sunting-baris-anggaran').locator('input[data-col="realisasi"]').fill('950.000');
  await page.getByTestId('simpan-baris-anggaran').click();
  await expect(anggaran.locator('[data-col="serapan"]')).toHaveText(/95,00/);
  await indikator(page).nth(1).getByTestId('ubah-baris').click();
  await page.getByTestId('sunting-baris').locator('input[data-col="realisasi"]').fill('80,25');
  await page.getByTestId('simpan-baris').click();
  await expect(indikator(page).nth(1).locator('[data-col="capaian"]')).toContainText('100,00');
  await tungguTersimpan(page, '950.000');
  await indikator(page).nth(0).getByTestId('hapus-baris').click();
  await expect(indikator(page)).toHaveCount(1);
  await anggaran.getByTestId('hapus-baris-anggaran').click();
  await expect(anggaran).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('quick check: capaian, predikat and formula as one types', async ({ page }) => {
  await bukaHalaman(page);
  await page.getByTestId('cepat-target').fill('13');
  await page.getByTestId('cepat-realisasi').fill('9');
  await expect(page.getByTestId('cepat-capaian')).toHaveText('69,23');
  await expect(page.getByTestId('cepat-predikat')).toHaveText('Sedang');
  await page.getByTestId('cepat-polaritas').selectOption('negatif');
  await expect(page.getByTestId('cepat-capaian')).toHaveText('130,77');
  await expect(page.getByTestId('cepat-predikat')).toHaveText('Sangat Tinggi');
  await expect(page.getByTestId('cepat-rumus')).toContainText('(2 x 13 - 9) / 13 x 100% = 130,77%');
  // for trainers: the negative formulas offices use, side by side, and why the default
  const banding = page.getByTestId('banding-rumus-negatif').locator('tr[data-row="rumus-negatif"]');
  expect(await barisData(banding, ['rumus', 'capaian'])).toEqual([
    { rumus: '(2T - R) / T', capaian: '130,77' },
    { rumus: 'T / R', capaian: '144,44' },
    { rumus: '(T - R) / T', capaian: '30,77' },
  ]);
  await expect(page.getByText('(2T - R) / T adalah bawaan')).toBeVisible();
  await page.getByTestId('cepat-realisasi').fill('13');
  await expect(banding.nth(2).locator('[data-col="capaian"]')).toHaveText('0,00');
  await page.getByTestId('cepat-realisasi').fill('9');
  await page.getByTestId('cepat-target').fill('0');
  await expect(page.getByTestId('cepat-capaian')).toHaveText('n/a');
  await expect(page.getByTestId('cepat-rumus')).toContainText('target 0');
});

test('quick check: a target written as an upper bound (≤ 3) turns the polarity negative, and the select can still change it', async ({ page }) => {
  await bukaHalaman(page);
  await page.getByTestId('cepat-realisasi').fill('2');
  await page.getByTestId('cepat-target').fill('≤ 3');
  await expect(page.getByTestId('cepat-polaritas')).toHaveValue('negatif');
  await expect(page.getByTestId('cepat-capaian')).toHaveText('133,33');
  await page.getByTestId('cepat-polaritas').selectOption('positif');
  await expect(page.getByTestId('cepat-capaian')).toHaveText('66,67');
  await page.getByTestId('cepat-target').fill('maks. 4');
  await expect(page.getByTestId('cepat-polaritas')).toHaveValue('negatif');
  await page.getByTestId('cepat-target').fill('≥ 4');
  await expect(page.getByTestId('cepat-polaritas')).toHaveValue('positif');
  await expect(page.getByTestId('cepat-capaian')).toHaveText('50,00');
});

test('the quick check keeps what was typed over a reload (a phone discards hidden pages)', async ({ page }) => {
  await bukaHalaman(page);
  await page.getByTestId('cepat-target').fill('13');
  await page.getByTestId('cepat-realisasi').fill('9');
  await page.getByTestId('cepat-polaritas').selectOption('negatif');
  await expect(page.getByTestId('cepat-capaian')).toHaveText('130,77');
  await page.reload();
  await expect(page.getByTestId('cepat-target')).toHaveValue('13');
  await expect(page.getByTestId('cepat-realisasi')).toHaveValue('9');
  await expect(page.getByTestId('cepat-polaritas')).toHaveValue('negatif');
  await expect(page.getByTestId('cepat-capaian')).toHaveText('130,77');
  // emptied, it is gone after the next reload too
  await page.getByTestId('cepat-target').fill('');
  await page.getByTestId('cepat-realisasi').fill('');
  await page.reload();
  await expect(page.getByTestId('cepat-target')).toHaveValue('');
  await expect(page.getByTestId('cepat-polaritas')).toHaveValue('positif');
  await expect(page.getByTestId('cepat-capaian')).toHaveText('-');
});

test('a 360 x 740 phone: every capaian and predikat on screen, no page overflow', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await bukaHalaman(page);
  await tempelClipboard(page, 'input-indikator', fixture('seed002_indikator.tsv'));
  await tempelClipboard(page, 'input-anggaran', fixture('seed001_anggaran.tsv'));
  const rows = indikator(page);
  await expect.poll(() => rows.count()).toBeGreaterThan(5);
  const n = await rows.count();
  for (let i = 0; i < n; i++) {
    for (const col of ['capaian', 'predikat']) {
      const box = await rows.nth(i).locator(`[data-col="${col}"]`).boundingBox();
      expect(box, `row ${i} ${col}`).not.toBeNull();
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(360);
    }
  }
  const serapan = page.getByTestId('hasil-anggaran').locator('tr[data-row="anggaran"] [data-col="serapan"]');
  const box = await serapan.first().boundingBox();
  expect(box!.x + box!.width).toBeLessThanOrEqual(360);
  const lebar = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(lebar).toBeLessThanOrEqual(360);
});

test('a 360 px phone: the card labels are in the cards only, not under the headings of the report\'s tables', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const errors = await bukaHalaman(page);
  await tempel(page, 'input-indikator', fixture('seed004_indikator.md'));
  await tempel(page, 'input-anggaran', fixture('seed001_anggaran.tsv'));
  const label = (cell: Locator) => cell.evaluate((el) => getComputedStyle(el, '::before').content);
  // a card names its values, since a card has no heading row
  const kartu = page.getByTestId('hasil-indikator').locator('tr[data-row="indikator"]').first();
  expect(await label(kartu.locator('[data-col="realisasi"]'))).toBe('"Realisasi: "');
  expect(await label(kartu.locator('[data-col="capaian"]'))).toBe('"Capaian "');
  // the comparison with last year is a card too: its figures named and on screen (as a
  // table it was 628 px wide, its capaian against last year off screen)
  const banding = page.getByTestId('perbandingan').locator('tr[data-row="perbandingan"]').first();
  await expect(banding.locator('[data-col="realisasi"]')).toHaveText(await kartu.locator('[data-col="realisasi"]').textContent() ?? '');
  expect(await label(banding.locator('[data-col="realisasi-lalu"]'))).toBe('"Realisasi tahun lalu: "');
  expect(await label(banding.locator('[data-col="indikator"]'))).toBe('none');
  const kotak = await banding.locator('[data-col="terhadap-lalu"]').boundingBox();
  expect(kotak!.x + kotak!.width).toBeLessThanOrEqual(360);
  // the report's budget table is a table with headings: its cells show the value alone
  const lap = page.getByTestId('laporan-anggaran').locator('td[data-col="anggaran"]').first();
  await expect(lap).not.toHaveText('');
  expect(await label(lap)).toBe('none');
  expect(errors).toEqual([]);
});

test('after one visit the page opens and computes with no network', async ({ page, context }) => {
  await bukaHalaman(page);
  // the service worker has cached this build and controls the page
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByTestId('input-indikator')).toBeVisible();
  await tempelClipboard(page, 'input-indikator', fixture('seed000_indikator.tsv'));
  await expect(indikator(page)).toHaveCount(5);
  await expect(indikator(page).first().locator('[data-col="capaian"]')).toContainText('101,11');
  const manifest = await page.evaluate(() => document.querySelector('link[rel="manifest"]')?.getAttribute('href'));
  expect(manifest).toBe('manifest.webmanifest');
  // a worked example's tables are files; the cache has them too
  await page.locator('[data-contoh="kelam-permai-2019"]').click();
  await expect(indikator(page)).toHaveCount(8);
  await context.setOffline(false);
});

test('several projects: new, rename, duplicate, switch, delete with confirmation', async ({ page }) => {
  const errors = await bukaHalaman(page);
  const pilih = page.getByTestId('pilih-proyek');
  await tempelClipboard(page, 'input-indikator', fixture('seed000_indikator.tsv'));
  await expect(indikator(page)).toHaveCount(5);
  page.once('dialog', (d) => d.accept('LKjIP 2019'));
  await page.getByTestId('proyek-ganti-nama').click();
  await expect(pilih.locator('option:checked')).toContainText('LKjIP 2019');

  await page.getByTestId('proyek-baru').click();
  await expect(indikator(page)).toHaveCount(0);
  await tempelClipboard(page, 'input-indikator', fixture('seed001_indikator.tsv'));
  await expect(indikator(page)).toHaveCount(3);
  await expect(pilih.locator('option')).toHaveCount(2);

  // switching keeps each project's own work
  await pilih.selectOption({ label: (await pilih.locator('option').first().textContent())! });
  await expect(indikator(page)).toHaveCount(5);
  await page.getByTestId('proyek-duplikat').click();
  await expect(pilih.locator('option')).toHaveCount(3);
  await expect(pilih.locator('option:checked')).toContainText('LKjIP 2019 (salinan)');
  await expect(indikator(page)).toHaveCount(5);

  // delete asks first; dismissing keeps it
  page.once('dialog', (d) => d.dismiss());
  await page.getByTestId('proyek-hapus').click();
  await expect(pilih.locator('option')).toHaveCount(3);
  page.once('dialog', (d) => d.accept());
  await page.getByTestId('proyek-hapus').click();
  await expect(pilih.locator('option')).toHaveCount(2);
  await page.reload();
  await expect(pilih.locator('option')).toHaveCount(2);
  expect(errors).toEqual([]);
});

test('a share link opens in a fresh browser as a new project and never overwrites', async ({ page, browser }) => {
  await bukaHalaman(page);
  await tempelClipboard(page, 'input-indikator', fixture('seed000_indikator.tsv'));
  await tempelClipboard(page, 'input-anggaran', fixture('seed001_anggaran.tsv'));
  await page.getByTestId('laporan-instansi').fill('Kecamatan Rupat');
  await page.getByTestId('bagikan').click();
  const tautan = page.getByTestId('tautan-bagikan');
  await expect(tautan).toHaveValue(/#data=/);
  const link = await tautan.inputValue();
  // the data is only after '#': the part a browser sends to a server has none of it
  expect(link.split('#')[0]).not.toContain('KAMTIBMAS');
  expect(link.length).toBeLessThan(8000);
  await expect(page.getByText('Siapa pun yang memiliki tautan ini')).toBeVisible();
  // a link of a kecamatan's size carries no warning about its length
  await expect(page.getByText(`Tautan dibuat (${link.length.toLocaleString('id-ID')} karakter).`, { exact: true })).toBeVisible();

  const lain = await browser.newContext();
  const p2 = await lain.newPage();
  await bukaHalaman(p2);
  await tempelClipboard(p2, 'input-indikator', fixture('seed001_indikator.tsv'));
  await tungguTersimpan(p2, 'Sungai Sembilan');
  // a full load of the link (as a new tab would do)
  await p2.goto('about:blank');
  await p2.goto(link);
  await expect(p2.getByTestId('hasil-indikator').locator('tr[data-row="indikator"]')).toHaveCount(5);
  await expect(p2.getByTestId('hasil-anggaran').locator('tr[data-row="total"] [data-col="anggaran"]')).toHaveText('10.869.637.137');
  await expect(p2.getByTestId('pilih-proyek').locator('option:checked')).toContainText('Kecamatan Rupat (dari tautan)');
  expect(p2.url()).not.toContain('#data=');
  // the person's own project is still there, unchanged
  await p2.getByTestId('pilih-proyek').selectOption({ index: 0 });
  await expect(p2.getByTestId('hasil-indikator').locator('tr[data-row="indikator"]')).toHaveCount(3);
  await lain.close();
});

test('a share link or project file bigger than a project can be is refused before it fills the memory; the work stays', async ({ page }) => {
  await bukaHalaman(page);
  await tempelClipboard(page, 'input-indikator', fixture('seed000_indikator.tsv'));
  await tungguTersimpan(page, 'KAMTIBMAS');
  const alamat = page.url().split('#')[0];
  // 200 MB of one letter packs into about 200 KB of deflate: the link unpacks only up to the
  // limit, then says why it is refused
  const bom = deflateRawSync(Buffer.alloc(200 * 1024 * 1024, 'a'), { level: 9 }).toString('base64url');
  await page.goto('about:blank');
  await page.goto(`${alamat}#data=${bom}`);
  await expect(page.getByTestId('pesan-simpan')).toContainText('Tautan tidak dapat dibuka: isinya lebih dari 64 MB');
  expect(page.url()).not.toContain('#data=');
  await expect(indikator(page)).toHaveCount(5);
  // a file over the limit is not read at all
  const besar = test.info().outputPath('besar.json');
  writeFileSync(besar, Buffer.alloc(65 * 1024 * 1024, ' '));
  await page.getByTestId('buka-proyek').setInputFiles(besar);
  await expect(page.getByTestId('pesan-proyek')).toHaveText('Berkas tidak dibuka: isinya lebih dari 64 MB, batas satu proyek; proyek dari Kalkulator SAKIP tidak sebesar itu.');
  await expect(indikator(page)).toHaveCount(5);
  await expect(page.getByTestId('pilih-proyek').locator('option')).toHaveCount(1);
});

test('a link too long for a chat message says so and points to the project file', async ({ page }) => {
  await bukaHalaman(page);
  // 3.000 indikator whose names and numbers do not repeat: a link of more than 32.768 characters
  const rows = ['No\tSasaran\tIndikator\tSatuan\tTarget\tRealisasi'];
  for (let i = 0; i < 3000; i++) {
    const acak = ((i * 2654435761) >>> 0).toString(36);
    rows.push(`${i + 1}\tSasaran ${acak}\tIndikator ${acak} ${(i * 7919) % 10007}\t%\t${(i * 37) % 997},${i % 89}\t${(i * 53) % 991},${i % 97}`);
  }
  await tempelClipboard(page, 'input-indikator', rows.join('\n'));
  await page.getByTestId('bagikan').click();
  const tautan = page.getByTestId('tautan-bagikan');
  await expect(tautan).toHaveValue(/#data=/);
  const link = await tautan.inputValue();
  expect(link.length).toBeGreaterThan(32 * 1024);
  await expect(page.getByText(`Tautan dibuat (${link.length.toLocaleString('id-ID')} karakter). Tautan sepanjang ini dapat terpotong`)).toBeVisible();
  await expect(page.getByText('kirim berkas dari "Simpan proyek" saja')).toBeVisible();
});

test('worked examples open as new projects with the seeds totals', async ({ page }) => {
  const errors = await bukaHalaman(page);
  await tempelClipboard(page, 'input-indikator', fixture('seed002_indikator.tsv'));
  const contoh = page.getByTestId('contoh');
  const total = page.getByTestId('hasil-anggaran').locator('tr[data-row="total"]');
  const cases: [string, number, string, string][] = [
    ['rupat-2019', 5, '24.041.521.394', 'Kecamatan Rupat'],
    ['sungai-sembilan-2022', 3, '10.869.637.137', 'Kecamatan Sungai Sembilan'],
    ['kelam-permai-2019', 8, '839.077.360', 'Kecamatan Kelam Permai'],
    ['kragan-2021', 4, '', 'Kecamatan Kragan'],
  ];
  for (const [kunci, n, anggaran, instansi] of cases) {
    await contoh.locator(`[data-contoh="${kunci}"]`).click();
    await expect(indikator(page)).toHaveCount(n);
    if (anggaran) await expect(total.locator('[data-col="anggaran"]')).toHaveText(anggaran);
    await expect(page.getByTestId('laporan-instansi')).toHaveValue(instansi);
    await expect(page.getByTestId('tanda-contoh')).toBeVisible();
  }
  // Rupat's IKM and growth came along
  await contoh.locator('[data-contoh="rupat-2019"]').click();
  await expect(page.getByTestId('nilai-ikm')).toContainText('81,14');
  // the person's own project is untouched
  await page.getByTestId('pilih-proyek').selectOption({ index: 0 });
  await expect(page.getByTestId('hasil-indikator').locator('tr[data-row="sub-indikator"]')).not.toHaveCount(0);
  expect(errors).toEqual([]);
});

test('a share link pasted into the address bar of an open tab is opened too', async ({ page }) => {
  await bukaHalaman(page);
  await tempelClipboard(page, 'input-indikator', fixture('seed001_indikator.tsv'));
  await page.getByTestId('bagikan').click();
  await expect(page.getByTestId('tautan-bagikan')).toHaveValue(/#data=/);
  const link = await page.getByTestId('tautan-bagikan').inputValue();
  await page.getByTestId('proyek-baru').click();
  await expect(indikator(page)).toHaveCount(0);
  await page.goto(link); // same document: only the fragment changes
  await expect(indikator(page)).toHaveCount(3);
  await expect(page.getByTestId('pilih-proyek').locator('option')).toHaveCount(3);
});
