// Large pastes (issue 8): the tables render a window with complete totals, more rows on
// request; the report is composed on request; the page never freezes for long.
import { test, expect } from '@playwright/test';
import { bukaHalaman, tempelClipboard, barisData } from './helpers';

function indikator(n: number) {
  const rows = ['No\tSasaran\tIndikator\tSatuan\tTarget\tRealisasi'];
  for (let i = 0; i < n; i++) rows.push(`${i + 1}\t${i % 5 === 0 ? `Sasaran nomor ${i / 5 + 1}` : ''}\tPersentase layanan ${i}\t%\t100\t${i % 2 ? 90 : 110}`);
  return rows.join('\n');
}

test('1.200 indikator: a window of 500 rows, complete summaries, more on request', async ({ page }) => {
  const errors = await bukaHalaman(page);
  await tempelClipboard(page, 'input-indikator', indikator(1200));
  const tabel = page.getByTestId('hasil-indikator');
  await expect(tabel.locator('tr[data-row="indikator"]')).toHaveCount(500);
  await expect(tabel.locator('tr[data-row="lagi"]')).toContainText('Menampilkan 500 dari 1200 baris');
  // the instansi capaian is the mean over every sasaran, not only the rows shown: (110 + 90) / 2
  expect((await barisData(tabel.locator('tr[data-row="instansi"]'), ['capaian']))[0].capaian).toBe('100,00');
  await page.getByTestId('tampilkan-lagi').click();
  await expect(tabel.locator('tr[data-row="indikator"]')).toHaveCount(1000);
  await page.getByTestId('tampilkan-semua').click();
  await expect(tabel.locator('tr[data-row="indikator"]')).toHaveCount(1200);
  await expect(tabel.locator('tr[data-row="lagi"]')).toHaveCount(0);
  // the report waits to be asked for
  const lap = page.getByTestId('laporan');
  await expect(lap.locator('tr[data-row="laporan-indikator"]')).toHaveCount(0);
  await lap.getByTestId('susun-laporan').click();
  await expect(lap.locator('tr[data-row="laporan-indikator"]')).toHaveCount(1200);
  expect(errors).toEqual([]);
});

test('2.500 budget lines: a window with the total of every line', async ({ page }) => {
  await bukaHalaman(page);
  const rows = ['Kode\tUraian\tAnggaran\tRealisasi'];
  for (let i = 1; i <= 2500; i++) rows.push(`1.${i}\tSub kegiatan ${i}\t1.000\t900`);
  await tempelClipboard(page, 'input-anggaran', rows.join('\n'));
  const tabel = page.getByTestId('hasil-anggaran');
  await expect(tabel.locator('tr[data-row="anggaran"]')).toHaveCount(500);
  const total = (await barisData(tabel.locator('tr[data-row="total"]'), ['anggaran', 'realisasi', 'serapan']))[0];
  expect(total).toEqual({ anggaran: '2.500.000', realisasi: '2.250.000', serapan: '90,00' });
  // printing composes the report first
  await page.getByTestId('cetak').evaluate((b) => { window.print = () => ((window as any).__dicetak = true); (b as HTMLElement).click(); });
  await expect.poll(() => page.evaluate(() => (window as any).__dicetak)).toBe(true);
  await expect(page.getByTestId('laporan-anggaran').locator('tr[data-row="laporan-anggaran"]')).toHaveCount(2500);
});

test('a large paste says it is being read before the page is busy, then shows the rows', async ({ page }) => {
  const errors = await bukaHalaman(page);
  // record every text the status line shows, however briefly
  await page.evaluate(() => {
    (window as any).__proses = [];
    new MutationObserver(() => {
      for (const el of document.querySelectorAll('[data-testid="memproses"]')) {
        if (el.textContent) (window as any).__proses.push(el.textContent);
      }
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  await tempelClipboard(page, 'input-indikator', indikator(8000));
  const tabel = page.getByTestId('hasil-indikator');
  await expect(tabel.locator('tr[data-row="lagi"]')).toContainText('Menampilkan 500 dari 8000 baris', { timeout: 30_000 });
  expect(await page.evaluate(() => (window as any).__proses)).toContain('Membaca dan menghitung 8.001 baris…');
  // and it is gone once the rows are there
  for (const el of await page.getByTestId('memproses').all()) await expect(el).toHaveText('');
  expect(errors).toEqual([]);
});
