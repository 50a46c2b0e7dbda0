// The printed report, the audit, getting results out and the project file, on the seeds.
import { test, expect, Page } from '@playwright/test';
import { readFileSync } from 'fs';
import { fixture, tempel, barisData, bukaHalaman } from './helpers';

async function isiKepala(page: Page) {
  await page.getByTestId('laporan-instansi').fill('Kecamatan Rupat');
  await page.getByTestId('laporan-tahun').fill('2019');
  await page.getByTestId('laporan-jabatan').fill('CAMAT RUPAT');
  await page.getByTestId('laporan-kepala').fill('KHAIRUNAZRI, S.STP., M.P.A');
  await page.getByTestId('laporan-nip').fill('19830522 200112 1 004');
}

async function cetakPdf(page: Page): Promise<{ pages: number; bytes: number }> {
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  return { pages, bytes: pdf.length };
}

async function tersembunyiSaatCetak(page: Page, testid: string) {
  return page.getByTestId(testid).evaluate((el) => getComputedStyle(el).display === 'none' || el.closest('[style*="display: none"]') !== null || (el as HTMLElement).offsetParent === null);
}

test('seed 000: report sentences, totals, print media and a PDF', async ({ page }) => {
  const errors = await bukaHalaman(page);
  await tempel(page, 'input-indikator', fixture('seed000_indikator.tsv'));
  await tempel(page, 'input-anggaran', fixture('seed000_anggaran.tsv'));
  await tempel(page, 'input-ikm', fixture('seed000_ikm.tsv'));
  await isiKepala(page);
  const lap = page.getByTestId('laporan');
  await expect(page.getByTestId('laporan-judul')).toHaveText('Laporan Kinerja Instansi Pemerintah Kecamatan Rupat Tahun 2019');
  await expect(lap.getByTestId('kalimat-indikator').first()).toHaveText(
    'Capaian kinerja indikator Indeks pelayanan / Indeks Kepuasan Masyarakat (IKM) adalah sebesar 81,14% dari target sebesar 80,25%, sehingga persentase capaian kinerjanya adalah 101,11% atau melebihi target yang diperjanjikan.'
  );
  await expect(lap.getByTestId('kalimat-indikator').nth(4)).toContainText('47,51% atau belum mencapai target');
  await expect(lap.getByTestId('kalimat-instansi')).toContainText('capaian kinerja Kecamatan Rupat adalah sebesar 88,86% dengan predikat Tinggi');
  await expect(lap.locator('tr[data-row="laporan-indikator"]')).toHaveCount(5);
  await expect(lap.getByTestId('laporan-anggaran').locator('tr.ringkas [data-col="anggaran"]')).toHaveText('24.041.521.394');
  await expect(lap.getByTestId('laporan-terbilang')).toContainText('dua puluh empat miliar empat puluh satu juta lima ratus dua puluh satu ribu tiga ratus sembilan puluh empat rupiah');
  await expect(lap.getByTestId('laporan-ikm')).toContainText('81,14');
  await expect(lap.getByTestId('grafik-capaian').locator('g[data-row="batang"]')).toHaveCount(5);
  await expect(lap.getByTestId('grafik-serapan').locator('g[data-row="batang"]')).toHaveCount(16);
  await expect(lap.getByTestId('laporan-tanda-tangan')).toContainText('NIP. 19830522 200112 1 004');

  await page.emulateMedia({ media: 'print' });
  for (const id of ['input-indikator', 'cetak', 'kebijakan-skala', 'simpan-proyek', 'hasil-indikator', 'laporan-instansi']) {
    expect(await tersembunyiSaatCetak(page, id), `${id} hidden in print`).toBe(true);
  }
  await expect(lap).toBeVisible();
  await expect(lap.getByTestId('laporan-anggaran')).toBeVisible();
  const { pages, bytes } = await cetakPdf(page);
  expect(bytes).toBeGreaterThan(10_000);
  expect(pages).toBeGreaterThanOrEqual(3);
  expect(errors).toEqual([]);
});

/** Labels of the report's visible charts that run off their drawing (in the drawing's units). */
async function labelTerpotong(page: Page) {
  return page.getByTestId('laporan').locator('svg.grafik:visible').evaluateAll((svgs) =>
    svgs.flatMap((svg) => {
      const lebar = (svg as SVGSVGElement).viewBox.baseVal.width;
      return [...svg.querySelectorAll('text.label')]
        .map((t) => [t.textContent, (t as SVGTextElement).getBBox()] as const)
        .filter(([, b]) => b.x < 0 || b.x + b.width > lebar)
        .map(([teks]) => teks);
    }));
}

test('the report\'s charts on a 360 px phone: labels above the bars, at a readable size, inside the drawing; printed beside them', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await bukaHalaman(page);
  await tempel(page, 'input-indikator', fixture('seed000_indikator.tsv'));
  // program names in capitals, some long
  await tempel(page, 'input-anggaran', fixture('seed000_anggaran.tsv'));
  const lap = page.getByTestId('laporan');
  const tampak = lap.locator('svg.grafik:visible');
  await expect(tampak).toHaveCount(2);
  await expect(lap.getByTestId('grafik-capaian')).toBeHidden();
  await expect(tampak.first().locator('g[data-row="batang"]')).toHaveCount(5);
  await expect(tampak.nth(1).locator('g[data-row="batang"]')).toHaveCount(16);
  // a label's height on screen, in CSS px (it was 4 px beside the bars)
  const tinggi = await tampak.first().locator('text.label').first().evaluate((t) => t.getBoundingClientRect().height);
  expect(tinggi).toBeGreaterThanOrEqual(8);
  expect(await labelTerpotong(page)).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  // printed, each chart has its labels beside the bars, once, and inside the drawing
  await page.emulateMedia({ media: 'print' });
  await expect(lap.locator('svg.grafik:visible')).toHaveCount(2);
  await expect(lap.getByTestId('grafik-capaian')).toBeVisible();
  await expect(lap.getByTestId('grafik-serapan')).toBeVisible();
  expect(await labelTerpotong(page)).toEqual([]);
});

test('seed 001: the report totals the kode rekening tree once; landscape prints', async ({ page }) => {
  await bukaHalaman(page);
  await tempel(page, 'input-indikator', fixture('seed001_indikator.tsv'));
  await tempel(page, 'input-anggaran', fixture('seed001_anggaran.tsv'));
  const lap = page.getByTestId('laporan');
  await expect(lap.getByTestId('kalimat-anggaran')).toHaveText('Secara keseluruhan anggaran sebesar Rp 10.869.637.137 terealisasi sebesar Rp 10.471.023.827 atau 96,33%, dengan sisa Rp 398.613.310.');
  await expect(lap.getByTestId('kalimat-indikator').first()).toContainText('99,98% atau belum mencapai target');
  await page.getByTestId('laporan-lanskap').check();
  await expect(lap).toHaveClass(/lanskap/);
  await page.emulateMedia({ media: 'print' });
  const { pages } = await cetakPdf(page);
  expect(pages).toBeGreaterThanOrEqual(2);
});

test('seeds 002 and 004: sub-item and sasaran sentences, negative polarity wording', async ({ page }) => {
  await bukaHalaman(page);
  await page.getByTestId('kebijakan-skala').selectOption('lan');
  await tempel(page, 'input-indikator', fixture('seed002_indikator.tsv'));
  const lap = page.getByTestId('laporan');
  await expect(lap.getByTestId('kalimat-sasaran').nth(1)).toContainText('sebesar 99,72% dengan predikat Sangat Berhasil (SB)');
  await expect(lap.getByTestId('kalimat-indikator').nth(1)).toContainText('98,15%');
  await tempel(page, 'input-indikator', fixture('seed004_indikator.md'));
  await expect(lap.getByTestId('kalimat-indikator')).toHaveCount(4);
  await expect(lap.getByTestId('kalimat-indikator').nth(3)).toContainText('78,56% atau belum mencapai target');
  await tempel(page, 'input-indikator', 'Indikator\tSatuan\tTarget\tRealisasi\tPolaritas\nPersentase penurunan gangguan KAMTIBMAS\t%\t13\t9\t-');
  await expect(lap.getByTestId('kalimat-indikator').first()).toHaveText(
    'Indikator Persentase penurunan gangguan KAMTIBMAS bersifat negatif (semakin rendah semakin baik). Realisasi sebesar 9% lebih rendah dari target sebesar 13%, sehingga persentase capaian kinerjanya adalah 130,77% atau melebihi target yang diperjanjikan.'
  );
});

test('the audit finds every example of DOMAIN.md section 8', async ({ page }) => {
  await bukaHalaman(page);
  const audit = page.getByTestId('audit');
  const temuan = async () => barisData(audit.locator('tr[data-row="temuan"]'), ['tabel', 'uraian', 'tertulis', 'dihitung']);
  // seed 000: growth, IKM, KAMTIBMAS polarity
  await tempel(page, 'input-perkembangan', fixture('seed000_perkembangan.tsv'));
  await tempel(page, 'input-ikm', fixture('seed000_ikm.tsv'));
  await tempel(page, 'input-indikator', fixture('seed000_indikator.tsv'));
  // table 3.9 states four growths, all computed differently from (A_t - A_t-1) / A_t-1
  await expect(audit.locator('tr[data-row="temuan"]')).toHaveCount(6);
  let t = await temuan();
  expect(t).toContainEqual({ tabel: 'Perkembangan anggaran', uraian: 'Pertumbuhan anggaran 2019', tertulis: '58,17%', dihitung: '139,04%' });
  expect(t).toContainEqual({ tabel: 'IKM', uraian: 'IKM dengan bobot 1/9', tertulis: '81,14', dihitung: '81,22' });
  expect(t.find((x) => x.uraian.includes('KAMTIBMAS'))).toMatchObject({ tertulis: '69,23 (positif)', dihitung: '130,77 bila negatif' });
  // seed 002: sub-item 90 85 and the Jumlah realisasi
  await tempel(page, 'input-indikator', fixture('seed002_indikator.tsv'));
  await tempel(page, 'input-anggaran', fixture('seed002_anggaran.tsv'));
  t = await temuan();
  expect(t).toContainEqual({ tabel: 'Kinerja', uraian: 'Penunjang pelayanan adm. Perkantoran lainnya', tertulis: '93,75', dihitung: '94,44' });
  expect(t).toContainEqual({ tabel: 'Anggaran', uraian: 'Jumlah', tertulis: '823.551.939', dihitung: '823.551.339' });
  // seed 004: the Jumlah row's own percentage
  await tempel(page, 'input-anggaran', fixture('seed004_anggaran.md'));
  t = await temuan();
  expect(t).toContainEqual({ tabel: 'Anggaran', uraian: 'Jumlah', tertulis: '88,98', dihitung: '75,35' });
  // and the printed report carries the same findings
  await expect(page.getByTestId('laporan-audit').locator('tr[data-row="temuan"]')).toHaveCount(await audit.locator('tr[data-row="temuan"]').count());
});

test('a project file restores inputs, mappings, edits and policies exactly', async ({ page, browser }) => {
  await bukaHalaman(page);
  // a headerless paste mapped by hand, an edit, policies, budget with a link, a header
  await tempel(page, 'input-indikator', 'Meningkatnya kepuasan masyarakat\tIndeks Kepuasan Masyarakat\t%\t81,14\t80,25\nMeningkatnya keamanan\tPenurunan gangguan\t%\t9\t13');
  const selects = page.getByTestId('peran-kolom').locator('select');
  await selects.nth(3).click(); // each lists every role once it is reached
  await selects.nth(3).selectOption('Realisasi');
  await selects.nth(4).click();
  await selects.nth(4).selectOption('Target');
  await page.getByTestId('hasil-indikator').locator('tr[data-row="indikator"]').nth(1).getByTestId('balik-polaritas').click();
  await page.getByTestId('kebijakan-batas').selectOption('120');
  await page.getByTestId('kebijakan-skala').selectOption('lan');
  await page.getByTestId('kebijakan-pembulatan').selectOption('potong');
  await tempel(page, 'input-anggaran', 'No\tUraian\tAnggaran\tRealisasi\n1\tProgram Pelayanan\t100.000\t90.000');
  await page.getByTestId('tautan-sasaran').click(); // the list of sasaran is filled in when the select is reached
  await page.getByTestId('tautan-sasaran').selectOption('0');
  await page.getByTestId('laporan-instansi').fill('Kecamatan Kragan');
  const before = await barisData(page.getByTestId('hasil-indikator').locator('tr[data-row="indikator"]'), ['indikator', 'target', 'realisasi', 'capaian', 'predikat']);
  // truncated; 130,76 is capped at 120
  expect(before.map((r) => r.capaian)).toEqual(['101,10', '120,00']);
  const efRows = () => barisData(page.getByTestId('efisiensi').locator('tr[data-row="efisiensi"]'), ['sasaran', 'capaian', 'serapan', 'efisiensi']);
  const efBefore = await efRows();
  expect(efBefore).toHaveLength(1);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('simpan-proyek').click()]);
  const path = test.info().outputPath('proyek-sakip.json');
  await download.saveAs(path);
  const json = JSON.parse(readFileSync(path, 'utf8'));
  expect(json).toMatchObject({ format: 'kalkulator-sakip', versi: 1 });

  // another browser (no work kept in its storage) opens the file
  const lain = await browser.newContext();
  page = await lain.newPage();
  await bukaHalaman(page);
  await expect(page.getByTestId('hasil-indikator').locator('tr[data-row="indikator"]')).toHaveCount(0);
  await page.getByTestId('buka-proyek').setInputFiles(path);
  await expect(page.getByTestId('pesan-proyek')).toHaveText('Proyek dibuka.');
  const after = await barisData(page.getByTestId('hasil-indikator').locator('tr[data-row="indikator"]'), ['indikator', 'target', 'realisasi', 'capaian', 'predikat']);
  expect(after).toEqual(before);
  await expect(page.getByTestId('efisiensi').locator('tr[data-row="efisiensi"]')).toHaveCount(1);
  expect(await efRows()).toEqual(efBefore);
  await expect(page.getByTestId('laporan-instansi')).toHaveValue('Kecamatan Kragan');
  await expect(page.getByTestId('kebijakan-batas')).toHaveValue('120');
});

test('a newer or broken project file is refused and nothing on the page is lost', async ({ page }) => {
  await bukaHalaman(page);
  await tempel(page, 'input-indikator', fixture('seed000_indikator.tsv'));
  const newer = test.info().outputPath('baru.json');
  require('fs').writeFileSync(newer, JSON.stringify({ format: 'kalkulator-sakip', versi: 99 }));
  await page.getByTestId('buka-proyek').setInputFiles(newer);
  await expect(page.getByTestId('pesan-proyek')).toContainText('versi aplikasi yang lebih baru');
  const broken = test.info().outputPath('rusak.json');
  require('fs').writeFileSync(broken, '{"format": "kalkulator-sakip", "versi": 1, "indik');
  await page.getByTestId('buka-proyek').setInputFiles(broken);
  await expect(page.getByTestId('pesan-proyek')).toContainText('Berkas rusak');
  // where reading stopped and why, in the page's language
  await expect(page.getByTestId('pesan-proyek')).toContainText('teks tanpa kutip penutup, baris 1');
  // a table picked as if it were a project: what to do instead
  const tabel = test.info().outputPath('tabel.tsv');
  require('fs').writeFileSync(tabel, fixture('seed001_indikator.tsv'));
  await page.getByTestId('buka-proyek').setInputFiles(tabel);
  await expect(page.getByTestId('pesan-proyek')).toContainText('Berkas ini bukan berkas proyek (berkas .json dari "Simpan proyek"). Tabel dari Excel, Word atau PDF dibuka dengan menyalin tabelnya');
  await expect(page.getByTestId('hasil-indikator').locator('tr[data-row="indikator"]')).toHaveCount(5);
  await expect(page.getByTestId('input-indikator')).toHaveValue(fixture('seed000_indikator.tsv'));
});

test('results copy as tab-separated text and download as CSV with ; and decimal commas', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await bukaHalaman(page);
  await tempel(page, 'input-indikator', fixture('seed000_indikator.tsv'));
  await page.getByTestId('ekspor-kinerja-salin').click();
  await expect(page.getByTestId('ekspor-kinerja-status')).toContainText('disalin');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  const lines = copied.split('\n');
  expect(lines[0]).toBe('Sasaran\tIndikator\tSatuan\tTarget\tRealisasi\tCapaian (%)\tPredikat');
  expect(lines[1]).toBe('Meningkatnya kepuasan pelayanan publik\tIndeks pelayanan / Indeks Kepuasan Masyarakat (IKM)\t%\t80,25\t81,14\t101,11\tSangat Tinggi');
  await tempel(page, 'input-anggaran', fixture('seed001_anggaran.tsv'));
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('ekspor-anggaran-csv').click()]);
  expect(download.suggestedFilename()).toBe('realisasi-anggaran.csv');
  const csv = readFileSync(await download.path(), 'utf8');
  expect(csv).toContain('Jumlah (dihitung dari rincian terbawah);10.869.637.137;10.471.023.827;398.613.310;96,33');
  const [html] = await Promise.all([page.waitForEvent('download'), page.getByTestId('unduh-laporan').click()]);
  const text = readFileSync(await html.path(), 'utf8');
  expect(text).toContain('<!doctype html>');
  expect(text).toContain('10.869.637.137');
  // standalone: the page's stylesheet travels inside the file
  expect(text).toMatch(/<style>[^<]*article\.laporan\s*\{/);
});

for (const [seed, indikator, anggaran, kalimat] of [
  ['002', 'seed002_indikator.tsv', 'seed002_anggaran.tsv', 'Secara keseluruhan anggaran sebesar Rp 839.077.360 terealisasi sebesar Rp 823.551.339 atau 98,15%, dengan sisa Rp 15.526.021.'],
  // seed 004 pastes BTL beside the kegiatan that pay salaries; the leaves count both, the Jumlah row is flagged
  ['004', 'seed004_indikator.md', 'seed004_anggaran.md', 'Secara keseluruhan anggaran sebesar Rp 4.730.632.300 terealisasi sebesar Rp 4.703.743.971 atau 99,43%, dengan sisa Rp 26.888.329.'],
]) {
  test(`seed ${seed}: report, print media and a PDF`, async ({ page }) => {
    const errors = await bukaHalaman(page);
    await tempel(page, 'input-indikator', fixture(indikator));
    await tempel(page, 'input-anggaran', fixture(anggaran));
    const lap = page.getByTestId('laporan');
    await expect(lap.getByTestId('kalimat-anggaran')).toHaveText(kalimat);
    await expect(lap.getByTestId('kalimat-instansi')).toContainText('Secara keseluruhan, capaian kinerja instansi adalah sebesar');
    await page.emulateMedia({ media: 'print' });
    expect(await tersembunyiSaatCetak(page, 'input-anggaran')).toBe(true);
    expect(await tersembunyiSaatCetak(page, 'cetak')).toBe(true);
    await expect(lap.getByTestId('laporan-anggaran')).toBeVisible();
    const { pages, bytes } = await cetakPdf(page);
    expect(bytes).toBeGreaterThan(10_000);
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(errors).toEqual([]);
  });
}

/** Counts the DOM changes inside the report (nodes added or removed, attributes or text set)
 * from now until `selesai()` is awaited. */
async function hitungPerubahan(page: Page) {
  await page.getByTestId('laporan').evaluate((el) => {
    const w = window as unknown as { __ubah: number; __amati: MutationObserver };
    w.__ubah = 0;
    w.__amati = new MutationObserver((l) => {
      for (const m of l) w.__ubah += m.type === 'childList' ? m.addedNodes.length + m.removedNodes.length : 1;
    });
    w.__amati.observe(el, { subtree: true, childList: true, attributes: true, characterData: true });
  });
  return () => page.evaluate(() => {
    const w = window as unknown as { __ubah: number; __amati: MutationObserver };
    w.__amati.disconnect();
    return w.__ubah;
  });
}

test('an edit redraws in the report only what it changed: one indikator, one budget line', async ({ page }) => {
  await bukaHalaman(page);
  // seed 000 four times over: 20 indikator in 16 sasaran, 64 budget lines
  const baris = (teks: string, dari: number) => teks.split('\n').slice(dari).filter((l) => l.trim() && !l.startsWith('--'));
  const ind = fixture('seed000_indikator.tsv');
  const indikator = [ind.split('\n')[0], ...[1, 2, 3, 4].flatMap((k) => baris(ind, 2).map((l) => l.replace(/^(\d*)\t([^\t]+)/, (_, n, s) => `${n}\t${s} ${k}`)))].join('\n');
  const angg = fixture('seed000_anggaran.tsv');
  const anggaran = [...angg.split('\n').slice(0, 4), ...[1, 2, 3, 4].flatMap(() => baris(angg, 5))].join('\n');
  await tempel(page, 'input-indikator', indikator);
  await tempel(page, 'input-anggaran', anggaran);
  const lap = page.getByTestId('laporan');
  await expect(lap.getByTestId('kalimat-indikator')).toHaveCount(20);
  await expect(lap.getByTestId('grafik-capaian').locator('g[data-row="batang"]')).toHaveCount(20);
  const rows = lap.getByTestId('laporan-anggaran').locator('tr[data-row="laporan-anggaran"]');
  // the report follows the budget's paste a frame or a pause later: counted at once, it could
  // still be empty (2 runs in 6 on 2026-12-01), and its drawing would count as the edit's below
  await expect.poll(() => rows.count()).toBeGreaterThan(40);
  const jumlahBaris = await rows.count();

  // the last indikator's realisasi 47,51 -> 57,51: its sasaran's block and its bar change
  let selesai = await hitungPerubahan(page);
  await tempel(page, 'input-indikator', indikator.replace(/47,51(?![\s\S]*47,51)/, '57,51'));
  await expect(lap.getByTestId('kalimat-indikator').last()).toContainText('57,51%');
  await expect(lap.getByTestId('grafik-capaian').locator('g[data-row="batang"]').last()).toContainText('57,51');
  const ubahKinerja = await selesai();
  // rebuilt whole, the report set every attribute of every element again (2.000 and more here)
  expect(ubahKinerja).toBeGreaterThan(0);
  expect(ubahKinerja).toBeLessThan(150);

  // one line's realisasi in the last copy of the budget: that line, its parents and the totals
  const terakhir = anggaran.lastIndexOf('36.300.000,00\t36.300.000,00');
  selesai = await hitungPerubahan(page);
  await tempel(page, 'input-anggaran', anggaran.slice(0, terakhir) + '36.300.000,00\t30.300.000,00' + anggaran.slice(terakhir + 27));
  await expect(lap.getByTestId('kalimat-anggaran')).toContainText('terealisasi sebesar Rp 63.897.729.860');
  const ubahAnggaran = await selesai();
  // rebuilt whole, every row of the budget table was drawn again (more than 40 rows here)
  expect(ubahAnggaran).toBeGreaterThan(0);
  expect(ubahAnggaran).toBeLessThan(80);
  await expect(rows).toHaveCount(jumlahBaris);
});
