// An office that puts dist/ on its own network's web server over plain HTTP: the page is not a
// secure context there, so the browser gives it no clipboard API and no service worker. The
// host name `kantor.test` is mapped to this machine, which makes the origin an ordinary
// insecure one (127.0.0.1 and localhost count as secure).
import { test, expect, type Page } from '@playwright/test';
import { fixture } from './helpers';

const port = Number(process.env.E2E_PORT ?? 8347);
const KANTOR = `http://kantor.test:${port}/`;

test.use({
  launchOptions: {
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--host-resolver-rules=MAP kantor.test 127.0.0.1'],
  },
});

/** The clipboard as a person's other programs see it, read from a secure page of the same site. */
async function papanKlip(page: Page) {
  const aman = await page.context().newPage();
  await aman.goto('/');
  return aman;
}

test('on a plain-HTTP office server the page computes, and "Salin tabel" still copies the table', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(KANTOR);
  await expect(page.getByTestId('input-indikator')).toBeVisible();
  expect(await page.evaluate(() => [window.isSecureContext, typeof navigator.clipboard, 'serviceWorker' in navigator]))
    .toEqual([false, 'undefined', false]);
  // pasted as a person does: the table on the clipboard, Ctrl+V in the box
  const aman = await papanKlip(page);
  await aman.evaluate((t) => navigator.clipboard.writeText(t), fixture('seed000_indikator.tsv'));
  await page.getByTestId('input-indikator').focus();
  await page.keyboard.press('Control+V');
  const baris = page.getByTestId('hasil-indikator').locator('tr[data-row="indikator"]');
  await expect(baris).toHaveCount(5);
  await expect(baris.first().locator('[data-col="capaian"]')).toContainText('101,11');
  // the copy button: a message, and the table really on the clipboard, ready for Excel
  await aman.evaluate(() => navigator.clipboard.writeText('kosong'));
  await page.getByTestId('ekspor-kinerja-salin').click();
  await expect(page.getByTestId('ekspor-kinerja-status')).toContainText('disalin');
  const disalin = (await aman.evaluate(() => navigator.clipboard.readText())).split('\n');
  expect(disalin[0]).toBe('Sasaran\tIndikator\tSatuan\tTarget\tRealisasi\tCapaian (%)\tPredikat');
  expect(disalin[1]).toContain('\t101,11\tSangat Tinggi');
  // focus is back on the button, and the box used for copying is gone
  await expect(page.getByTestId('ekspor-kinerja-salin')).toBeFocused();
  await expect(page.locator('textarea')).toHaveCount(await page.locator('textarea:not(.salin-sementara)').count());
  expect(errors).toEqual([]);
});
