// Quarterly monitoring (issue 10): quarterly tables pasted as a person does, the capaian to
// date per quarter in the contract's capaian-tw cells, the s.d. TW mark, the sifat switch,
// and the checks.
import { test, expect } from '@playwright/test';
import { bukaHalaman, tempelClipboard, barisData, lebarKolom, samaLebar, keAkhirBaris } from './helpers';

const KELOMPOK = `No\tIndikator\tSatuan\tTarget\tTarget\t\t\t\tRealisasi\t\t\t
\t\t\t\tTW I\tTW II\tTW III\tTW IV\tTW I\tTW II\tTW III\tTW IV
1\tPersentase layanan selesai tepat waktu\t%\t100\t25\t50\t75\t100\t20\t45\t-\t-
2\tJumlah kegiatan koordinasi\tKegiatan\t12\t3\t3\t3\t3\t2\t4\t3\t3`;

const SIFAT = `Indikator\tSatuan\tSifat\tTarget TW I\tTarget TW II\tTarget TW III\tTarget TW IV\tRealisasi TW I\tRealisasi TW II\tRealisasi TW III\tRealisasi TW IV
Jumlah dokumen perencanaan\tDokumen\tkumulatif\t1\t1\t1\t1\t1\t1\t-\t-
Indeks kepuasan masyarakat\tIndeks\takhir\t80\t80\t80\t80\t78\t82\t-\t-`;

const COLS = ['capaian-tw1', 'capaian-tw2', 'capaian-tw3', 'capaian-tw4', 'capaian', 'predikat'];
const rows = (page) => page.getByTestId('hasil-indikator').locator('tr[data-row="indikator"]');

test('group headers over TW I-IV with annual columns: capaian to date per quarter', async ({ page }) => {
  const errors = await bukaHalaman(page);
  await tempelClipboard(page, 'input-indikator', KELOMPOK);
  await expect(rows(page)).toHaveCount(2);
  const d = await barisData(rows(page), COLS);
  // 20/25, 45/50 (stock, cumulative targets); TW III and IV have no realisasi yet
  expect(d[0]).toEqual({ 'capaian-tw1': '80,00', 'capaian-tw2': '90,00', 'capaian-tw3': '', 'capaian-tw4': '', capaian: '90,00', predikat: 'Tinggi' });
  // 2/3, 6/6, 9/9, 12/12 (flow, per-quarter targets)
  expect(d[1]).toEqual({ 'capaian-tw1': '66,67', 'capaian-tw2': '100,00', 'capaian-tw3': '100,00', 'capaian-tw4': '100,00', capaian: '100,00', predikat: 'Sangat Tinggi' });
  // each quarter on its own values too: 2/3, 4/3, 3/3, 3/3
  const sendiri = await rows(page).nth(1).locator('td.tw small').allTextContents();
  expect(sendiri).toEqual(['triwulan ini 66,67', 'triwulan ini 133,33', 'triwulan ini 100,00', 'triwulan ini 100,00']);
  await expect(rows(page).nth(0).locator('[data-col="capaian"]')).toContainText('s.d. TW II');
  await expect(rows(page).nth(1).locator('[data-col="capaian"]')).not.toContainText('s.d. TW');
  // the formula shows the sums
  await expect(rows(page).nth(1).locator('[data-col="capaian-tw4"]')).toHaveAttribute('title', /realisasi \(2 \+ 4 \+ 3 \+ 3\) = 12, target \(3 \+ 3 \+ 3 \+ 3\) = 12/);
  // "Tampilkan rumus" shows both formulas of a quarter on the page (a title needs a mouse)
  const tw2 = rows(page).nth(1).locator('[data-col="capaian-tw2"]');
  await expect(tw2.locator('small.rumus')).toHaveCount(0);
  await page.getByTestId('tampilkan-rumus').check();
  await expect(tw2.locator('small.rumus')).toHaveText('realisasi (2 + 4) = 6, target (3 + 3) = 6; 6 / 6 x 100% = 100,00%; triwulan ini: 4 / 3 x 100% = 133,33%');
  expect((await barisData(rows(page), ['capaian-tw2']))[1]['capaian-tw2']).toBe('100,00');
  await page.getByTestId('tampilkan-rumus').uncheck();
  await expect(page.getByTestId('hasil-indikator').locator('tr[data-row="sasaran"] [data-col="capaian"]')).toContainText('95,00');
  // the report: a table per sasaran with each sifat, a chart, and the sentences
  const lap = page.getByTestId('laporan');
  await expect(lap).toContainText('Capaian per triwulan');
  const tw = lap.getByTestId('laporan-triwulan').locator('tr[data-row="laporan-triwulan"]');
  await expect(tw).toHaveCount(2);
  await expect(tw.nth(0)).toContainText('nilai akhir');
  await expect(tw.nth(1)).toContainText('kumulatif');
  await expect(lap.getByTestId('grafik-triwulan')).toBeVisible();
  await expect(lap.getByTestId('kalimat-triwulan').first()).toContainText('Sampai dengan triwulan II, realisasi indikator Persentase layanan selesai tepat waktu sebesar 45% dari target 50% (capaian 90,00%, Tinggi)');
  expect(errors).toEqual([]);
});

test('a Sifat column, no annual columns; the sifat can be switched per row', async ({ page }) => {
  await bukaHalaman(page);
  await tempelClipboard(page, 'input-indikator', SIFAT);
  await expect(rows(page)).toHaveCount(2);
  expect((await barisData(rows(page), ['capaian'])).map((r) => r.capaian)).toEqual(['100,00', '102,50']);
  await expect(page.getByText('belum dikenali')).toHaveCount(0);
  // switch the index to kumulatif: to date becomes the sum, (78 + 82) / (80 + 80)
  const sifat = rows(page).nth(1).getByTestId('sifat-baris');
  await expect(sifat).toHaveValue('akhir');
  await sifat.selectOption('kumulatif');
  await expect(rows(page).nth(1).locator('[data-col="capaian"]')).toContainText('100,00');
  await expect(rows(page).nth(1).getByTestId('sifat-baris')).toHaveValue('kumulatif');
  // the choice is written into the pasted text, so it is saved and undone like any edit
  await expect(page.getByTestId('input-indikator')).toHaveValue(/Indeks\tkumulatif\t/);
});

test('the sifat is guessed and shown, and the checks name the quarter', async ({ page }) => {
  await bukaHalaman(page);
  await tempelClipboard(page, 'input-indikator', `Indikator\tSatuan\tTarget\tTarget s.d. TW I\tTarget s.d. TW II\tTarget s.d. TW III\tTarget s.d. TW IV\tRealisasi TW I\tRealisasi TW II\tRealisasi TW III\tRealisasi TW IV
Persentase dokumen tepat waktu\t%\t100\t25\t50\t40\t90\t20\t-\t35\t-`);
  const r = rows(page).nth(0);
  await expect(r.getByTestId('sifat-baris')).toHaveValue('akhir');
  await expect(r.locator('[data-col="sifat"]')).toContainText('ditebak dari satuan');
  await expect(r.locator('[data-col="sifat"]')).toContainText('target kumulatif');
  await expect(r.locator('[data-col="indikator"]')).toContainText('Target kumulatif turun dari TW II (50) ke TW III (40)');
  await expect(r.locator('[data-col="indikator"]')).toContainText('TW II memiliki target tetapi belum ada realisasi');
  await expect(r.locator('[data-col="capaian"]')).toContainText('87,50');
  await expect(r.locator('[data-col="capaian"]')).toContainText('s.d. TW III');
});

test('one annual Target column and Realisasi TW I-IV: realisasi to date against the annual target', async ({ page }) => {
  const errors = await bukaHalaman(page);
  await tempelClipboard(page, 'input-indikator', `No\tIndikator\tSatuan\tTarget\tRealisasi TW I\tRealisasi TW II\tRealisasi TW III\tRealisasi TW IV
1\tPersentase layanan selesai tepat waktu\t%\t100\t20\t45\t70\t92
2\tJumlah kegiatan koordinasi\tKegiatan\t12\t2\t4\t-\t-`);
  await expect(rows(page)).toHaveCount(2);
  const d = await barisData(rows(page), [...COLS, 'target', 'realisasi']);
  // a stock: each quarter's position against the year's 100; the year is TW IV's 92
  expect(d[0]).toEqual({ 'capaian-tw1': '20,00', 'capaian-tw2': '45,00', 'capaian-tw3': '70,00', 'capaian-tw4': '92,00', capaian: '92,00', predikat: 'Sangat Tinggi', target: '100', realisasi: '92' });
  // a flow: 2 + 4 = 6 of the year's 12 so far
  expect(d[1]).toMatchObject({ 'capaian-tw2': '50,00', capaian: '50,00', predikat: 'Sangat Rendah', target: '12', realisasi: '6' });
  await expect(rows(page).nth(1).locator('[data-col="capaian"]')).toContainText('s.d. TW II');
  await expect(rows(page).nth(1).locator('[data-col="capaian-tw2"]')).toHaveAttribute('title', /realisasi s\.d\. TW II \(2 \+ 4\) = 6, target tahunan = 12/);
  await expect(rows(page).nth(0).locator('[data-col="sifat"]')).toContainText('target tahunan (tanpa target triwulan)');
  await expect(page.getByTestId('laporan').getByTestId('kalimat-triwulan').nth(1)).toContainText('sebesar 6 Kegiatan dari target 12 Kegiatan');
  expect(errors).toEqual([]);
});

test('a quarterly table on a 360 px phone: capaian and predikat on screen', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await bukaHalaman(page);
  await tempelClipboard(page, 'input-indikator', KELOMPOK);
  for (let i = 0; i < 2; i++) {
    for (const col of ['capaian', 'predikat', 'capaian-tw1']) {
      const box = await rows(page).nth(i).locator(`[data-col="${col}"]`).boundingBox();
      expect(box!.x + box!.width).toBeLessThanOrEqual(360);
    }
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});

/** KELOMPOK's heading with `n` rows (over 30 on a page of 1200 px or more: fixed column widths,
 * view/jendela.rs). */
function kelompokBesar(n: number) {
  const [j1, j2, b1, b2] = KELOMPOK.split('\n');
  const isi = Array.from({ length: n }, (_, i) => (i % 2 ? b2 : b1).replace(/^\d+/, String(i + 1)));
  return [j1, j2, ...isi].join('\n');
}

for (const lebar of [1024, 1280]) {
  for (const [n, teks] of [[2, KELOMPOK], [40, kelompokBesar(40)], [150, kelompokBesar(150)]] as const) {
    test(`a quarterly table of ${n} rows on a ${lebar} px screen: predikat and the row buttons need no sideways scroll`, async ({ page }) => {
      await page.setViewportSize({ width: lebar, height: 800 });
      await bukaHalaman(page);
      await tempelClipboard(page, 'input-indikator', teks);
      const tabel = page.getByTestId('hasil-indikator');
      await expect(rows(page)).toHaveCount(n);
      const gulir = await tabel.evaluate((t) => [t.parentElement!.scrollWidth, t.parentElement!.clientWidth]);
      expect(gulir[0]).toBeLessThanOrEqual(gulir[1]);
      for (const id of ['hapus-baris', 'sifat-baris']) {
        const box = await rows(page).nth(0).getByTestId(id).boundingBox();
        expect(box!.x + box!.width).toBeLessThanOrEqual(lebar);
      }
      // the dropdown stays inside its own cell, and so do the numbers
      const sifat = rows(page).nth(0).locator('[data-col="sifat"]');
      const [sel, td] = await Promise.all([sifat.locator('select').boundingBox(), sifat.boundingBox()]);
      expect(sel!.x + sel!.width).toBeLessThanOrEqual(td!.x + td!.width);
      for (const col of ['capaian', 'capaian-tw2', 'predikat']) {
        const sel = rows(page).nth(1).locator(`[data-col="${col}"]`);
        expect(await sel.evaluate((e) => e.scrollWidth <= e.clientWidth)).toBe(true);
      }
      // the dropdown names the sifat briefly; its title says how it adds up
      await expect(rows(page).nth(0).getByTestId('sifat-baris')).toHaveAttribute('title', 'nilai akhir (triwulan terakhir)');
    });
  }
}

test('a quarterly table of 150 rows at 1024 px keeps the widths its content gave it while a number is typed; at 1280 px the stylesheet\'s', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 800 });
  const errors = await bukaHalaman(page);
  await tempelClipboard(page, 'input-indikator', kelompokBesar(150));
  await expect(rows(page)).toHaveCount(150);
  const tabel = page.getByTestId('hasil-indikator');
  // measured once and fixed (www/lebar.js), so a key lays out its own row, not all 150
  await expect(tabel).toHaveClass(/\bbeku\b/);
  // ... and they are the widths the table had from its content
  const { tetap, dariIsi } = await lebarKolom(tabel);
  expect(samaLebar(tetap, dariIsi), `${tetap} / ${dariIsi}`).toBe(true);
  // a number typed at the end of the second row (its realisasi TW IV, 3 -> 30)
  const capaian = rows(page).nth(1).locator('[data-col="capaian-tw4"]');
  const sebelum = await capaian.textContent();
  await keAkhirBaris(page.getByTestId('input-indikator'), 3);
  await page.keyboard.type('0');
  await expect(capaian).not.toHaveText(sebelum!);
  await page.waitForTimeout(1500);
  expect((await lebarKolom(tabel)).tetap).toEqual(tetap);
  await expect(tabel).toHaveClass(/\bbeku\b/);
  // on a wider page the stylesheet's shares apply, and back at 1024 px the measured widths again
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(tabel).not.toHaveClass(/\bbeku\b/);
  expect(await tabel.evaluate((t: HTMLTableElement) => t.tHead!.rows[0].cells[0].style.width)).toBe('');
  await page.setViewportSize({ width: 1024, height: 800 });
  await expect(tabel).toHaveClass(/\bbeku\b/);
  const gulir = await tabel.evaluate((t) => [t.parentElement!.scrollWidth, t.parentElement!.clientWidth]);
  expect(gulir[0]).toBeLessThanOrEqual(gulir[1]);
  expect(errors).toEqual([]);
});

test('a quarterly budget: realisasi and serapan to date, against the plan, deviasi', async ({ page }) => {
  const errors = await bukaHalaman(page);
  await tempelClipboard(page, 'input-anggaran', `Kode\tUraian\tPagu\tAnggaran Kas\t\t\t\tRealisasi\t\t\t
\t\t\tTW I\tTW II\tTW III\tTW IV\tTW I\tTW II\tTW III\tTW IV
1\tProgram Pelayanan Administrasi\t\t\t\t\t\t\t\t\t
1.1\tPenyediaan Jasa Surat Menyurat\t1.000.000\t250.000\t250.000\t250.000\t250.000\t200.000\t300.000\t\t
1.2\tPenyediaan Alat Tulis Kantor\t2.000.000\t500.000\t500.000\t500.000\t500.000\t400.000\t400.000\t\t`);
  const tabel = page.getByTestId('hasil-anggaran');
  const rows = tabel.locator('tr[data-row="anggaran"]');
  await expect(rows).toHaveCount(3);
  const cols = ['uraian', 'anggaran', 'realisasi', 'serapan', 'rencana', 'terhadap-rencana', 'deviasi'];
  const d = await barisData(rows, cols);
  expect(d[2]).toEqual({ uraian: 'Penyediaan Alat Tulis Kantor', anggaran: '2.000.000', realisasi: '800.000', serapan: '40,00', rencana: '1.000.000', 'terhadap-rencana': '80,00', deviasi: '20,00' });
  // the program totals its kegiatan, to date
  expect(d[0]).toMatchObject({ anggaran: '3.000.000', realisasi: '1.300.000', rencana: '1.500.000', deviasi: '13,33' });
  const total = (await barisData(tabel.locator('tr[data-row="total"]'), cols))[0];
  expect(total).toMatchObject({ anggaran: '3.000.000', realisasi: '1.300.000', serapan: '43,33', 'terhadap-rencana': '86,67' });
  await expect(tabel.locator('thead')).toContainText('Realisasi s.d. TW II');
  // the printed report carries the same columns
  await expect(page.getByTestId('laporan-anggaran').locator('thead')).toContainText('Deviasi');
  expect(errors).toEqual([]);
});

test('Realisasi TW I then bare TW II, TW III, TW IV headings: every quarter is realisasi, and the capaian is to TW IV', async ({ page }) => {
  const errors = await bukaHalaman(page);
  await tempelClipboard(page, 'input-indikator', `Sasaran\tIndikator\tSatuan\tTarget\tRealisasi TW I\tTW II\tTW III\tTW IV
S1\tIndeks Kepuasan Masyarakat\tIndeks\t80\t70\t75\t78\t82`);
  await expect(rows(page)).toHaveCount(1);
  const [d] = await barisData(rows(page), [...COLS, 'realisasi']);
  expect(d).toMatchObject({ 'capaian-tw1': '87,50', 'capaian-tw4': '102,50', capaian: '102,50', realisasi: '82' });
  await expect(rows(page).first().locator('[data-col="capaian"]')).not.toContainText('s.d. TW I');
  expect(errors).toEqual([]);
});

test('budget realisasi written to date per quarter (Realisasi s.d. TW I, II, III): the realisasi is the last figure, not their sum', async ({ page }) => {
  const errors = await bukaHalaman(page);
  await tempelClipboard(page, 'input-anggaran', 'Uraian\tPagu\tRealisasi s.d. TW I\tRealisasi s.d. TW II\tRealisasi s.d. TW III\nSub A\t1.000.000\t200.000\t450.000\t700.000\nSub B\t500.000\t100.000\t200.000\t300.000');
  const hasil = page.getByTestId('hasil-anggaran');
  const rows = await barisData(hasil.locator('tr[data-row="anggaran"]'), ['realisasi', 'serapan']);
  expect(rows).toEqual([{ realisasi: '700.000', serapan: '70,00' }, { realisasi: '300.000', serapan: '60,00' }]);
  await expect(hasil).not.toContainText('melebihi anggaran');
  expect(errors).toEqual([]);
});

test('indicator realisasi written to date (Realisasi s.d. TW I, II, III) of a count: 9 documents to TW III, not 18', async ({ page }) => {
  const errors = await bukaHalaman(page);
  await tempelClipboard(page, 'input-indikator', 'Indikator\tSatuan\tTarget\tRealisasi s.d. TW I\tRealisasi s.d. TW II\tRealisasi s.d. TW III\nJumlah dokumen\tDokumen\t12\t3\t6\t9');
  await expect(rows(page)).toHaveCount(1);
  const [d] = await barisData(rows(page), ['realisasi', 'capaian', 'capaian-tw3']);
  expect(d).toMatchObject({ realisasi: '9', 'capaian-tw3': '75,00' });
  expect(d.capaian).toContain('75,00');
  expect(errors).toEqual([]);
});

test('a Rencana Aksi\'s quarterly monitoring in both boxes: the indikator\'s quarters for the capaian, the budget\'s Realisasi Anggaran TW for the serapan, and efficiency per sasaran', async ({ page }) => {
  await bukaHalaman(page);
  const tabel = `No	Sasaran	Indikator	Satuan	Target	Target TW I	Target TW II	Target TW III	Target TW IV	Realisasi TW I	Realisasi TW II	Realisasi TW III	Realisasi TW IV	Program	Pagu Anggaran	Realisasi Anggaran TW I	Realisasi Anggaran TW II	Realisasi Anggaran TW III	Realisasi Anggaran TW IV
1	Meningkatnya pelayanan	Jumlah dokumen perencanaan	dokumen	12	3	3	3	3	3	3	2		Program Penunjang Urusan Pemerintahan	100.000.000	20.000.000	25.000.000	30.000.000	
2	Meningkatnya ketertiban	Persentase penegakan perda	%	100	100	100	100	100	90	95	100		Program Ketenteraman dan Ketertiban	50.000.000	10.000.000	10.000.000	15.000.000	`;
  await tempelClipboard(page, 'input-indikator', tabel);
  const ind = page.getByTestId('hasil-indikator').locator('tr[data-row="indikator"]');
  await expect(ind).toHaveCount(2);
  expect((await barisData(ind, ['capaian'])).map((r) => r.capaian)).toEqual(['88,89', '100,00']);
  await tempelClipboard(page, 'input-anggaran', tabel);
  const rows = page.getByTestId('hasil-anggaran').locator('tr[data-row="anggaran"]');
  await expect(rows).toHaveCount(2);
  // 20 + 25 + 30 million, not the indikator's 3 + 3 + 2 documents
  expect((await barisData(rows, ['realisasi', 'serapan'])).map((r) => r.realisasi + ' ' + r.serapan)).toEqual(['75.000.000 75,00', '35.000.000 70,00']);
  const ef = page.getByTestId('efisiensi').locator('tr[data-row="efisiensi"]');
  expect((await barisData(ef, ['sasaran', 'efisiensi'])).map((r) => r.sasaran + ' ' + r.efisiensi)).toEqual(['Meningkatnya pelayanan 1,19', 'Meningkatnya ketertiban 1,43']);
});
