// The indicator calculator, driven through the CONTRACT hooks with the seeds' Bab III tables.
// Expected values follow DOMAIN.md's rules: capaian = R / T x 100 (positive), rounded half-up
// to 2 decimals; predikat by the chosen scale.
import { test, expect, type Locator } from '@playwright/test';
import { fixture, tempel, tempelClipboard, tempelGanti, barisData, bukaHalaman, ketikDiPonsel } from './helpers';

const COLS = ['sasaran', 'indikator', 'satuan', 'target', 'realisasi', 'capaian', 'predikat'];

test('seed 000 table 3.2: capaian and predikat (Permendagri 86/2017)', async ({ page }) => {
  const errors = await bukaHalaman(page);
  await tempel(page, 'input-indikator', fixture('seed000_indikator.tsv'));
  const rows = page.getByTestId('hasil-indikator').locator('tr[data-row="indikator"]');
  await expect(rows).toHaveCount(5);
  const data = await barisData(rows, COLS);
  expect(data.map((r) => [r.target, r.realisasi, r.capaian, r.predikat])).toEqual([
    ['80,25', '81,14', '101,11', 'Sangat Tinggi'], // 81,14 / 80,25
    ['41,25', '56,25', '136,36', 'Sangat Tinggi'], // 56,25 / 41,25
    ['13', '9', '69,23', 'Sedang'], // 9 / 13, positive by default
    ['B', 'C', '50,00', 'Sangat Rendah'], // rank C (2) / rank B (4)
    ['100', '47,51', '47,51', 'Sangat Rendah'],
  ]);
  expect(data[4].sasaran).toBe('Meningkatnya kualitas capaian kinerja');
  expect(errors).toEqual([]);
});

test('seed 000: flipping KAMTIBMAS to negative gives 130,77, and T/R gives 144,44', async ({ page }) => {
  await bukaHalaman(page);
  await tempel(page, 'input-indikator', fixture('seed000_indikator.tsv'));
  const row = page.getByTestId('hasil-indikator').locator('tr[data-row="indikator"]').nth(2);
  await row.getByTestId('balik-polaritas').click();
  await expect(row.locator('[data-col="capaian"]')).toContainText('130,77');
  await page.getByTestId('kebijakan-rumus-negatif').selectOption('T/R');
  await expect(page.getByTestId('hasil-indikator').locator('tr[data-row="indikator"]').nth(2).locator('[data-col="capaian"]')).toContainText('144,44');
  // the edit is in the pasted text, so it is never lost
  await expect(page.getByTestId('input-indikator')).toHaveValue(/Polaritas/);
});

test('targets written as bounds (≥ 80, maks. 3) are read: the sign is shown, an upper bound is negative and can be flipped', async ({ page }) => {
  await bukaHalaman(page);
  await tempelClipboard(page, 'input-indikator',
    'Indikator\tSatuan\tTarget\tRealisasi\nIndeks kepuasan masyarakat\tindeks\t≥ 80\t82,5\nWaktu penyelesaian izin\thari\tmaks. 3\t2\nOpini BPK\topini\tMinimal WDP\tWTP');
  const rows = page.getByTestId('hasil-indikator').locator('tr[data-row="indikator"]');
  expect(await barisData(rows, ['target', 'capaian', 'polaritas'])).toEqual([
    { target: '≥ 80', capaian: '103,13', polaritas: '+' },
    { target: '≤ 3', capaian: '133,33', polaritas: '-' },
    { target: '≥ WDP', capaian: '133,33', polaritas: '+' },
  ]);
  await expect(page.locator('[data-testid="pesan-indikator"] li.galat')).toHaveCount(0);
  // the person disagrees with the bound's direction: the flip is kept over a reload
  await rows.nth(1).getByTestId('balik-polaritas').click();
  await expect(rows.nth(1).locator('[data-col="capaian"]')).toContainText('66,67');
  await page.reload();
  await expect(page.getByTestId('hasil-indikator').locator('tr[data-row="indikator"]').nth(1).locator('[data-col="capaian"]')).toContainText('66,67');
});

test('a Bobot column under the plain mean is pointed out, and used once the weighted mean is chosen', async ({ page }) => {
  await bukaHalaman(page);
  await tempelClipboard(page, 'input-indikator', 'Sasaran\tIndikator\tTarget\tRealisasi\tBobot\nS1\tA\t100\t90\t25%\n\tB\t100\t80\t75%');
  const sasaran = page.getByTestId('hasil-indikator').locator('tr[data-row="sasaran"] [data-col="capaian"]');
  await expect(sasaran).toContainText('85,00');
  await expect(page.getByTestId('pesan-indikator')).toContainText('punya kolom Bobot');
  await page.getByTestId('kebijakan-agregasi').selectOption('tertimbang');
  await expect(sasaran).toContainText('82,50');
  await expect(page.getByTestId('pesan-indikator')).toHaveCount(0);
});

test('seed 001 table III.1: enumerator column, merged sasaran, 99,977 prints 99,98', async ({ page }) => {
  await bukaHalaman(page);
  await tempel(page, 'input-indikator', fixture('seed001_indikator.tsv'));
  const rows = page.getByTestId('hasil-indikator').locator('tr[data-row="indikator"]');
  await expect(rows).toHaveCount(3);
  const data = await barisData(rows, COLS);
  expect(data.map((r) => r.indikator)).toEqual([
    'Indeks Kepuasan Masyarakat',
    'Persentase Pelaksanaan Tugas Pemerintahan Umum dan Trantibum',
    'Persentase Pelaksanaan Pelimpahan Kewenangan Kepada Camat',
  ]);
  expect(data.map((r) => r.capaian)).toEqual(['99,98', '93,16', '99,55']);
  expect(new Set(data.map((r) => r.sasaran))).toEqual(new Set(['Meningkatnya Kualitas Pelayanan Kecamatan Sungai Sembilan']));
  // truncation on request
  await page.getByTestId('kebijakan-pembulatan').selectOption('potong');
  await expect(rows.first().locator('[data-col="capaian"]')).toContainText('99,97');
});

test('seed 002: sub-items, LAN scale, sasaran means', async ({ page }) => {
  await bukaHalaman(page);
  await page.getByTestId('kebijakan-skala').selectOption('lan');
  await tempel(page, 'input-indikator', fixture('seed002_indikator.tsv'));
  const tabel = page.getByTestId('hasil-indikator');
  await expect(tabel.locator('tr[data-row="indikator"]')).toHaveCount(8);
  await expect(tabel.locator('tr[data-row="sub-indikator"]')).toHaveCount(3);
  const sub = await barisData(tabel.locator('tr[data-row="sub-indikator"]'), COLS);
  expect(sub.map((r) => r.capaian)).toEqual(['100,00', '100,00', '94,44']); // 85 / 90, the report printed 93,75
  const sasaran = await barisData(tabel.locator('tr[data-row="sasaran"]'), ['capaian', 'predikat']);
  expect(sasaran).toEqual([
    { capaian: '99,54', predikat: 'Sangat Berhasil (SB)' }, // (100 + 98,148 + 100 + 100) / 4
    { capaian: '99,72', predikat: 'Sangat Berhasil (SB)' }, // 99,7159 half-up
  ]);
});

test('seed 004: four markdown tables with title lines', async ({ page }) => {
  await bukaHalaman(page);
  await page.getByTestId('kebijakan-skala').selectOption('amat-baik');
  await tempel(page, 'input-indikator', fixture('seed004_indikator.md'));
  const rows = page.getByTestId('hasil-indikator').locator('tr[data-row="indikator"]');
  await expect(rows).toHaveCount(4);
  const data = await barisData(rows, COLS);
  expect(data.map((r) => [r.capaian, r.predikat])).toEqual([
    ['98,32', 'Amat Baik'],
    ['99,99', 'Amat Baik'],
    ['100,00', 'Amat Baik'],
    ['78,56', 'Cukup Baik'],
  ]);
  expect(data[1].sasaran).toBe('Meningkatnya Perencanaan dan Evaluasi Kinerja Perangkat Daerah');
  await expect(page.getByTestId('perbandingan').locator('tr[data-row="perbandingan"]')).toHaveCount(4);
});

test('the predikat scale as seed 004 prints it, pasted into the custom scale, rates as its preset', async ({ page }) => {
  await bukaHalaman(page);
  await tempelClipboard(page, 'input-indikator', fixture('seed004_indikator.md'));
  await page.getByTestId('kebijakan-skala').selectOption('kustom');
  // copied from the report's text, with its dashes, en dash and spaced letters
  await tempelGanti(page, 'kebijakan-skala-kustom', '-90 -100 : Amat Baik\n-80 -89 : B a i k\n-50 – 79 : Cukup Baik\n< 49 : Kurang');
  const rows = page.getByTestId('hasil-indikator').locator('tr[data-row="indikator"]');
  await expect(rows.nth(3).locator('[data-col="predikat"]')).toHaveText('Cukup Baik');
  expect((await barisData(rows, COLS)).map((r) => r.predikat)).toEqual(['Amat Baik', 'Amat Baik', 'Amat Baik', 'Cukup Baik']);
});

test('unreadable cells are named; target 0 and missing realisasi say why; other rows compute', async ({ page }) => {
  const errors = await bukaHalaman(page);
  await tempel(page, 'input-indikator', 'Indikator\tTarget\tRealisasi\nA\t80\tbanyak\nB\t0\t5\nC\t80\t-\nD\t80\t60 - 70\nE\t50\t40');
  const rows = page.getByTestId('hasil-indikator').locator('tr[data-row="indikator"]');
  await expect(rows).toHaveCount(5);
  const data = await barisData(rows, COLS);
  expect(data.map((r) => r.capaian)).toEqual(['n/a', 'n/a', 'n/a', 'n/a', '80,00']);
  await expect(rows.nth(1).locator('[data-col="capaian"]')).toContainText('target 0');
  await expect(rows.nth(2).locator('[data-col="capaian"]')).toContainText('realisasi belum ada');
  await expect(page.getByTestId('pesan-indikator')).toContainText('Baris 2, kolom Realisasi, "banyak"');
  expect(errors).toEqual([]);
});

test('a cell of megabytes and a row of thousands of columns are read to their limits with a message; the text stays whole', async ({ page }) => {
  const errors = await bukaHalaman(page);
  // a document pasted into one cell: laid out whole, 2 MB of it held the page for 7 s
  const dokumen = 'Persentase layanan administrasi yang selesai tepat waktu. '.repeat(40_000);
  const indikator = `Indikator\tTarget\tRealisasi\n${dokumen}\t80\t70\nIKM\t80\t90`;
  await tempelClipboard(page, 'input-indikator', indikator);
  const rows = page.getByTestId('hasil-indikator').locator('tr[data-row="indikator"]');
  await expect(rows).toHaveCount(2);
  expect((await barisData(rows, ['capaian'])).map((r) => r.capaian)).toEqual(['87,50', '112,50']);
  expect((await rows.first().locator('[data-col="indikator"]').textContent())?.length).toBe(2000);
  await expect(page.getByTestId('pesan-indikator')).toContainText('Baris 2, kolom ke-1, "Persentase layanan administrasi yang sel…": sel sepanjang 2.319.999 karakter: hanya 2.000 karakter pertama yang dibaca, 2.317.999 karakter sisanya tidak.');
  // the same in the budget table; the pasted text itself is kept whole
  await tempelClipboard(page, 'input-anggaran', `Kode\tUraian\tAnggaran\tRealisasi\n1\t${dokumen}\t1000\t900`);
  await expect(page.getByTestId('pesan-anggaran')).toContainText('Baris 2, kolom ke-2');
  await expect(page.getByTestId('hasil-anggaran').locator('tr[data-row="total"] [data-col="serapan"]')).toHaveText('90,00');
  expect((await page.getByTestId('input-indikator').inputValue()).length).toBe(indikator.length);
  // 5.000 columns (a PDF copy that split every word): the first 200 are read, each with its
  // role dropdown; with a dropdown per column 50.000 columns took 20 s
  const lebar = (awal: string[]) => [...awal, ...Array.from({ length: 5000 }, (_, i) => `K${i}`)].join('\t');
  await tempelGanti(page, 'input-indikator', `${lebar(['Indikator', 'Target', 'Realisasi'])}\n${lebar(['IKM', '80', '70'])}`);
  await expect(page.getByTestId('pesan-indikator')).toContainText('Tabel terlalu lebar: 2 baris lebih dari 200 kolom (baris 1 memiliki 5.003 kolom); hanya 200 kolom pertama yang dibaca.');
  await expect(rows.first().locator('[data-col="capaian"]')).toHaveText(/87,50/);
  await expect(page.getByTestId('peran-kolom').locator('select')).toHaveCount(200);
  expect(errors).toEqual([]);
});

test('a table without a header is mapped by dropdown and the formula can be shown', async ({ page }) => {
  await bukaHalaman(page);
  await tempel(page, 'input-indikator', 'Meningkatnya kepuasan masyarakat\tIndeks Kepuasan Masyarakat\t%\t81,14\t80,25');
  const selects = page.getByTestId('peran-kolom').locator('select');
  await expect(selects).toHaveCount(5);
  // untouched, each select holds only its column's present role; a select lists every role
  // once it is reached (a paste of 3.000 columns would otherwise hold 75.000 options)
  await expect(page.getByTestId('peran-kolom').locator('option')).toHaveCount(5);
  const sebelum = await selects.nth(4).inputValue();
  // the person says column 4 is realisasi and column 5 is target
  const lebar = () => selects.nth(3).evaluate((el) => el.getBoundingClientRect().width);
  const lebarTertutup = await lebar();
  await selects.nth(3).click();
  await expect(selects.nth(3).locator('option')).not.toHaveCount(1);
  expect(await lebar()).toBe(lebarTertutup); // it does not widen as its list fills in
  await selects.nth(3).selectOption('Realisasi');
  await selects.nth(4).focus();
  await selects.nth(4).selectOption('Target');
  const cap = page.getByTestId('hasil-indikator').locator('tr[data-row="indikator"] [data-col="capaian"]');
  await expect(cap).toContainText('101,11');
  // undo puts column 5's role back in its select, though a person had picked another; redo
  // brings the choice back
  await page.getByTestId('urungkan').click();
  await expect(selects.nth(4)).toHaveValue(sebelum);
  await expect(cap).not.toContainText('101,11');
  await page.getByTestId('ulangi').click();
  await expect(cap).toContainText('101,11');
  await page.getByTestId('tampilkan-rumus').check();
  await expect(cap).toContainText('81,14 / 80,25 x 100% = 101,11%');
});

test('a table with a target for each Renstra year: one column role changed by hand keeps every target, also after a reload', async ({ page }) => {
  const errors = await bukaHalaman(page);
  // seed 000 table 3.4's shape: the report year's target is in its yearly column
  await tempel(page, 'input-indikator', 'No\tIndikator\tSatuan\tRealisasi 2019\tTarget 2018\tTarget 2019\tTarget 2020\n1\tIndeks Kepuasan Masyarakat\t%\t81\t78\t80\t82\n2\tPersentase layanan tepat waktu\t%\t45\t40\t50\t60');
  const rows = page.getByTestId('hasil-indikator').locator('tr[data-row="indikator"]');
  const capaian = async () => (await barisData(rows, ['target', 'capaian'])).map((r) => `${r.target} ${r.capaian}`);
  const want = ['80 101,25', '50 90,00'];
  await expect.poll(capaian).toEqual(want);
  // the unit column made "(abaikan)" by its dropdown (the roles fold away under a header read)
  await page.locator('details.peran-kolom > summary').click();
  const select = page.getByTestId('peran-kolom').locator('select').nth(2);
  await select.click();
  await select.selectOption('(abaikan)');
  await expect(rows.first().locator('[data-col="satuan"]')).toHaveText('');
  expect(await capaian()).toEqual(want);
  // the panel stays open with the focus in it, for the next column (it closed, the focus lost)
  await expect(page.locator('details.peran-kolom')).toHaveJSProperty('open', true);
  await expect(select).toBeFocused();
  // the autosave keeps the roles; the page reloaded reads the table with them
  await page.waitForTimeout(1200);
  await page.reload();
  await expect(rows).toHaveCount(2);
  await expect(rows.first().locator('[data-col="satuan"]')).toHaveText('');
  expect(await capaian()).toEqual(want);
  // the 2019 target column set to (abaikan) by mistake: its dropdown offers its own role back
  await page.locator('details.peran-kolom > summary').click();
  const tahun = page.getByTestId('peran-kolom').locator('select').nth(5);
  await tahun.click();
  await tahun.selectOption('(abaikan)');
  await expect.poll(capaian).not.toEqual(want);
  await tahun.click();
  await tahun.selectOption('Target 2019');
  await expect.poll(capaian).toEqual(want);
  expect(errors).toEqual([]);
});

test('rows can be edited, removed and added', async ({ page }) => {
  await bukaHalaman(page);
  await tempel(page, 'input-indikator', 'Indikator\tTarget\tRealisasi\nA\t80\t40\nB\t10\t5');
  const rows = page.getByTestId('hasil-indikator').locator('tr[data-row="indikator"]');
  await rows.nth(0).getByTestId('ubah-baris').click();
  // the editor spans the results table (it is a row of it), not a sliver beside it
  const lebar = async (testid: string) => (await page.getByTestId(testid).boundingBox())?.width ?? 0;
  expect(await lebar('sunting-baris')).toBeGreaterThan((await lebar('hasil-indikator')) * 0.9);
  await page.getByTestId('sunting-baris').locator('input').nth(2).fill('80');
  await page.getByTestId('simpan-baris').click();
  await expect(rows.nth(0).locator('[data-col="capaian"]')).toContainText('100,00');
  await rows.nth(1).getByTestId('hapus-baris').click();
  await expect(rows).toHaveCount(1);
  await page.getByTestId('tambah-baris').click();
  const editor = page.getByTestId('sunting-baris').locator('input');
  await editor.nth(0).fill('Baru');
  await editor.nth(1).fill('4');
  await editor.nth(2).fill('3');
  await page.getByTestId('simpan-baris').click();
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1).locator('[data-col="capaian"]')).toContainText('75,00');
});

test('usable on a 360 px phone: no page-wide horizontal scroll', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await bukaHalaman(page);
  await tempel(page, 'input-indikator', fixture('seed000_indikator.tsv'));
  await expect(page.getByTestId('hasil-indikator').locator('tr[data-row="indikator"]')).toHaveCount(5);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('typing inside the table text keeps the caret where it is and updates the capaian', async ({ page }) => {
  const errors = await bukaHalaman(page);
  const ta = page.getByTestId('input-indikator');
  await ta.click();
  await page.keyboard.type('Indikator\tTarget\tRealisasi\nLayanan A\t80\t90\nLayanan B\t80\t70');
  const capaian = page.getByTestId('hasil-indikator').locator('tr[data-row="indikator"] [data-col="capaian"]');
  await expect(capaian.first()).toHaveText(/112,50/);
  // a digit typed before the first realisasi: 90 -> 190, and the next key lands after it
  await ta.evaluate((t: HTMLTextAreaElement) => {
    const i = t.value.indexOf('\t90');
    t.setSelectionRange(i + 1, i + 1);
  });
  await page.keyboard.type('1');
  await expect(capaian.first()).toHaveText(/237,50/);
  await page.keyboard.type('0');
  await expect(capaian.first()).toHaveText(/1.362,50/);
  expect(await ta.evaluate((t: HTMLTextAreaElement) => t.value.split('\n')[1])).toBe('Layanan A\t80\t1090');
  expect(errors).toEqual([]);
});

test('a PK table with an original and a revised target is measured against the revised one, a Renja and a PK target against the PK, and says so', async ({ page }) => {
  await bukaHalaman(page);
  await tempelClipboard(page, 'input-indikator', 'Sasaran\tIndikator\tSatuan\tTarget PK Awal\tTarget PK Perubahan\tRealisasi\nS1\tIndeks Kepuasan Masyarakat\tIndeks\t85\t80\t82\nS1\tWaktu layanan\tHari\t4 hari\t3 hari\t3 Hari');
  const rows = page.getByTestId('hasil-indikator').locator('tr[data-row="indikator"]');
  const d = await barisData(rows, ['target', 'capaian']);
  expect(d).toEqual([{ target: '80', capaian: '102,50' }, { target: '3', capaian: '100,00' }]);
  const pesan = page.getByTestId('pesan-indikator');
  await expect(pesan).toContainText('capaian dihitung terhadap "Target PK Perubahan"; "Target PK Awal" tidak dihitung');
  // the unit word that repeats the satuan is no note of its own
  await expect(pesan).not.toContainText('setelah angka diabaikan');
  // the Renja's target beside the Perjanjian Kinerja's: the PK's (before: the Renja's, 105,13)
  await tempelGanti(page, 'input-indikator', 'Indikator\tSatuan\tTarget Renja\tTarget PK\tRealisasi\nIndeks Kepuasan Masyarakat\tIndeks\t78\t80\t82');
  await expect(rows).toHaveCount(1);
  expect(await barisData(rows, ['target', 'capaian'])).toEqual([{ target: '80', capaian: '102,50' }]);
  await expect(pesan).toContainText('capaian dihitung terhadap "Target PK"; "Target Renja" tidak dihitung');
});

test('a table copied one cell per line (a PDF viewer\'s copy) is folded back into its rows, and a row edit writes it as rows', async ({ page }) => {
  const errors = await bukaHalaman(page);
  await tempelClipboard(page, 'input-indikator', 'No\nSasaran\nIndikator\nSatuan\nTarget\nRealisasi\n1\nMeningkatnya pelayanan\nIKM\nIndeks\n82\n84,5\n2\nMeningkatnya akuntabilitas\nNilai SAKIP\nNilai\n70\n68,5');
  const rows = page.getByTestId('hasil-indikator').locator('tr[data-row="indikator"]');
  const d = await barisData(rows, ['indikator', 'target', 'realisasi', 'capaian']);
  expect(d).toEqual([
    { indikator: 'IKM', target: '82', realisasi: '84,5', capaian: '103,05' },
    { indikator: 'Nilai SAKIP', target: '70', realisasi: '68,5', capaian: '97,86' },
  ]);
  await rows.nth(1).getByTestId('ubah-baris').click();
  await page.getByTestId('sunting-baris').locator('input[data-col="realisasi"]').fill('70');
  await page.getByTestId('simpan-baris').click();
  await expect(rows.nth(1).locator('[data-col="capaian"]')).toHaveText(/100,00/);
  await expect(rows.nth(0).locator('[data-col="capaian"]')).toHaveText(/103,05/);
  await expect(page.getByTestId('input-indikator')).toHaveValue(/2\tMeningkatnya akuntabilitas\tNilai SAKIP\tNilai\t70\t70/);
  expect(errors).toEqual([]);
});

test('a one-cell-per-line copy that left out an empty realisasi is folded by its running numbers', async ({ page }) => {
  await bukaHalaman(page);
  await tempelClipboard(page, 'input-indikator', 'No\nIndikator\nSatuan\nTarget\nRealisasi\n1\nIKM\nIndeks\n82\n2\nNilai SAKIP\nNilai\n70\n68,5\n3\nDokumen\nDokumen\n4\n4');
  const rows = page.getByTestId('hasil-indikator').locator('tr[data-row="indikator"]');
  await expect(rows).toHaveCount(3);
  const d = await barisData(rows, ['indikator', 'target', 'capaian']);
  expect(d.map((r) => `${r.indikator} ${r.target} ${r.capaian.split(' ')[0]}`)).toEqual(['IKM 82 n/a', 'Nilai SAKIP 70 97,86', 'Dokumen 4 100,00']);
});

test("seed 000's table copied from a PDF, one space between cells: each line's sasaran parts from its indikator, so the four sasaran and their capaian are the table's", async ({ page }) => {
  const errors = await bukaHalaman(page);
  // each line's filled cells joined by one space, as a PDF viewer copies them
  const pdf = fixture('seed000_indikator.tsv').split('\n').map((l) => l.split('\t').filter((c) => c.trim() !== '').join(' ')).join('\n');
  await tempelClipboard(page, 'input-indikator', pdf);
  const hasil = page.getByTestId('hasil-indikator');
  await expect(hasil.locator('tr[data-row="indikator"]')).toHaveCount(5);
  // before: one sasaran named "Sasaran", every name beginning with its sasaran, instansi 80,84
  const indikator = await barisData(hasil.locator('tr[data-row="indikator"]'), ['sasaran', 'indikator']);
  expect(indikator.map((r) => r.indikator)).toEqual([
    'Indeks pelayanan / Indeks Kepuasan Masyarakat (IKM)',
    'Persentase Kelurahan/ Desa dengan kinerja baik',
    'Persentase penurunan gangguan KAMTIBMAS',
    'Predikat Akuntabilitas kinerja',
    'Presentase tindak lanjut hasil pemeriksaan keuangan',
  ]);
  expect(indikator[0].sasaran).toBe('Meningkatnya kepuasan pelayanan publik');
  expect(indikator[3].sasaran).toContain('Meningkatnya kualitas capaian kinerja');
  const sasaran = await barisData(hasil.locator('tr[data-row="sasaran"]'), ['capaian']);
  expect(sasaran.map((r) => r.capaian)).toEqual(['101,11', '136,36', '69,23', '48,76']);
  await expect(page.getByTestId('pesan-indikator')).toContainText('dipisah menjadi sasaran dan indikator');
  expect(errors).toEqual([]);
});

test("seed 002's whole report pasted (Ctrl+A in Word): its four sasaran's tables are read, the cover, contents, chapters and tables of years and Renstra between them left out with a word", async ({ page }) => {
  const errors = await bukaHalaman(page);
  await tempelClipboard(page, 'input-indikator', fixture('laporan/seed002_laporan.txt'));
  const hasil = page.getByTestId('hasil-indikator');
  // before: 335 indikator, the table of contents first (`i`, `iii`), instansi 60,77
  const sasaran = await barisData(hasil.locator('tr[data-row="sasaran"]'), ['capaian']);
  expect(sasaran.map((r) => r.capaian)).toEqual(['99,54', '99,72', '100,00', '100,00']);
  const ind = await barisData(hasil.locator('tr[data-row="indikator"]'), ['sasaran', 'indikator']);
  expect(ind[0].indikator).toBe('Jumlah bimtek/ diklat yang diikuti oleh aparatur Kecamatan');
  expect(ind.at(-1)?.indikator).toBe('Jumlah fasilitasi kegiatan teknis Program Pemkab Sintang');
  // the first has no title line: the sentence above its table names it (was "Sasaran")
  expect(ind[0].sasaran).toBe('Terwujudnya peningkatan kinerja dalam penyelenggaraan Tugas Umum Pemerintahan (TUP) melalui peningkatan kapasitas sumber daya aparatur, sarana dan prasarana Kecamatan menuju terwujudnya tata kelola pemerintahan yang baik');
  // the next sasaran's title above its table names it (the report's sentences about it do not)
  expect(ind.find((r) => r.indikator === 'Persentase pelayanan perizinan yang tepat waktu')?.sasaran).toBe('Terwujudnya peningkatan kualitas pelayanan kepada masyarakat dengan menerapkan Standar Pelayanan Publik yang dilaksanakan secara transparan, akurat dan akuntabel.');
  const pesan = page.getByTestId('pesan-indikator');
  await expect(pesan).toContainText('tabel pertama dengan kolom target dan realisasi');
  await expect(pesan).toContainText('dan tidak dibaca; tabel ini berlanjut di baris 974.');
  await expect(pesan).toContainText('nama sasaran diambil dari kalimat di atas tabel');
  expect(errors).toEqual([]);
});

test("seed 002's whole report without its 'Sasaran 2.' title lines: the sentence above each table names its sasaran; the same table pasted again under it is read once", async ({ page }) => {
  const errors = await bukaHalaman(page);
  const laporan = fixture('laporan/seed002_laporan.txt');
  const tanpaJudul = laporan.split('\n').filter((l) => !/^Sasaran [0-9]+\. /.test(l)).join('\n');
  await tempelClipboard(page, 'input-indikator', tanpaJudul);
  const hasil = page.getByTestId('hasil-indikator');
  // before: one sasaran of all 28 indikator
  const sasaran = await barisData(hasil.locator('tr[data-row="sasaran"]'), ['capaian']);
  expect(sasaran.map((r) => r.capaian)).toEqual(['99,54', '99,72', '100,00', '100,00']);
  const ind = await barisData(hasil.locator('tr[data-row="indikator"]'), ['sasaran', 'indikator']);
  expect(ind.find((r) => r.indikator === 'Persentase pelayanan perizinan yang tepat waktu')?.sasaran).toBe('Terwujudnya peningkatan kualitas pelayanan kepada masyarakat dengan menerapkan Standar Pelayanan Publik yang dilaksanakan secara transparan, akurat dan akuntabel');
  await expect(page.getByTestId('pesan-indikator')).toContainText('nama sasaran diambil dari kalimat di atas tabel');

  // one section pasted twice (a second Ctrl+V): read once, and the page says so
  const bagian = fixture('seed002_indikator.tsv');
  await tempelGanti(page, 'input-indikator', bagian);
  await expect(hasil.locator('tr[data-row="sasaran"]')).toHaveCount(2);
  const satu = await barisData(hasil.locator('tr[data-row="indikator"]'), COLS);
  await tempelGanti(page, 'input-indikator', `${bagian}\n${bagian}`);
  await expect(page.getByTestId('pesan-indikator')).toContainText('adalah tabel yang sama lagi');
  await expect(hasil.locator('tr[data-row="sasaran"]')).toHaveCount(2);
  expect(await barisData(hasil.locator('tr[data-row="indikator"]'), COLS)).toEqual(satu);
  expect(errors).toEqual([]);
});

/** Each indikator row as `name | target | realisasi | capaian` (the capaian's value only). */
/** The rows' indikator, target, realisasi and capaian. Asked until they agree (`expect.poll`):
 * a key typed last may still be read, and each cell is read apart, so a row rebuilt between
 * two reads mixed two texts once (`IKM, 80, 82, | 80 | 82,5`). */
async function barisDiketik(rows: Locator): Promise<string[]> {
  return (await barisData(rows, ['indikator', 'target', 'realisasi', 'capaian'])).map((r) => `${r.indikator} | ${r.target} | ${r.realisasi} | ${r.capaian.split(' ')[0]}`);
}

test('cells parted by commas: a table typed on a phone (no Tab key) and a CSV file opened as text are read', async ({ page }) => {
  const errors = await bukaHalaman(page);
  // before: each line was one cell, and the note asked to pick roles for a single column
  await ketikDiPonsel(page, 'input-indikator', 'Indikator, Satuan, Target, Realisasi\nIndeks Kepuasan Masyarakat, Indeks, 80, 82,5\nPersentase pelayanan tepat waktu, %, 90, 87');
  const rows = page.getByTestId('hasil-indikator').locator('tr[data-row="indikator"]');
  await expect(rows).toHaveCount(2);
  await expect.poll(() => barisDiketik(rows)).toEqual(['Indeks Kepuasan Masyarakat | 80 | 82,5 | 103,13', 'Persentase pelayanan tepat waktu | 90 | 87 | 96,67']);
  await expect(page.getByTestId('hasil-indikator')).not.toContainText('kolom tidak ada');
  // a CSV file: every comma parts cells, a decimal comma is quoted
  await tempelGanti(page, 'input-indikator', 'No,Sasaran,Indikator,Satuan,Target,Realisasi\n1,Meningkatnya kualitas pelayanan,Indeks Kepuasan Masyarakat,Indeks,80,"82,5"\n2,,Persentase pelayanan tepat waktu,%,90,87');
  await expect(rows).toHaveCount(2);
  expect((await barisData(rows, ['sasaran', 'realisasi', 'capaian'])).map((r) => `${r.sasaran} | ${r.realisasi} | ${r.capaian.split(' ')[0]}`))
    .toEqual(['Meningkatnya kualitas pelayanan | 82,5 | 103,13', 'Meningkatnya kualitas pelayanan | 87 | 96,67']);
  await expect(page.getByText('pemisah koma (CSV)')).toBeVisible();
  expect(errors).toEqual([]);
});

test('a quick check typed on a phone with no header, one space or a comma and a space between cells: each line is its indikator, target and realisasi, and the note says the roles were guessed', async ({ page }) => {
  const errors = await bukaHalaman(page);
  // before: one cell a line, "kolom tidak ada" under target and realisasi
  await ketikDiPonsel(page, 'input-indikator', 'Indeks Kepuasan Masyarakat 80 82,5\nPersentase pelayanan tepat waktu 90 87');
  const rows = page.getByTestId('hasil-indikator').locator('tr[data-row="indikator"]');
  await expect(rows).toHaveCount(2);
  await expect.poll(() => barisDiketik(rows)).toEqual(['Indeks Kepuasan Masyarakat | 80 | 82,5 | 103,13', 'Persentase pelayanan tepat waktu | 90 | 87 | 96,67']);
  await expect(page.getByTestId('pesan-indikator')).toContainText('tanpa baris judul');
  // one line with a short name, cells parted by a comma and a space: before, nothing at all
  await ketikDiPonsel(page, 'input-indikator', 'IKM, 80, 82,5');
  await expect(rows).toHaveCount(1);
  await expect.poll(() => barisDiketik(rows)).toEqual(['IKM | 80 | 82,5 | 103,13']);
  expect(errors).toEqual([]);
});

test('a document target written Ada / Ada: no capaian, and the message says how to write it as a count', async ({ page }) => {
  const errors = await bukaHalaman(page);
  await tempelClipboard(page, 'input-indikator', 'Indikator\tSatuan\tTarget\tRealisasi\nDokumen Renja tersusun tepat waktu\tDokumen\tAda\tAda\nIndeks Kepuasan Masyarakat\tIndeks\t80\t82');
  const rows = page.getByTestId('hasil-indikator').locator('tr[data-row="indikator"]');
  await expect(rows).toHaveCount(2);
  await expect(rows.first().locator('[data-col="capaian"]')).toContainText('n/a');
  // before: only "bukan angka ... atau nilai kualitatif yang dikenal (A, BB, WTP, Baik ...)"
  await expect(page.getByTestId('pesan-indikator')).toContainText('tulis sebagai jumlah (mis. target 1, realisasi 1 atau 0, satuan Dokumen)');
  expect(errors).toEqual([]);
});

test('a table copied from a PDF with one space between cells: the numbers at the end of each line are its target, realisasi and capaian', async ({ page }) => {
  await bukaHalaman(page);
  await tempelClipboard(page, 'input-indikator', 'No Sasaran Indikator Kinerja Satuan Target Realisasi Capaian (%)\n'
    + '1 Meningkatnya kualitas pelayanan publik Indeks Kepuasan Masyarakat Indeks 80 81,03 101,29\n'
    + '2 Meningkatnya akuntabilitas kinerja Nilai SAKIP Kecamatan Nilai 70 68,5 97,86');
  const rows = page.getByTestId('hasil-indikator').locator('tr[data-row="indikator"]');
  await expect(rows).toHaveCount(2);
  expect((await barisData(rows, ['satuan', 'target', 'realisasi', 'capaian'])).map((r) => `${r.satuan} ${r.target} ${r.realisasi} ${r.capaian}`))
    .toEqual(['Indeks 80 81,03 101,29', 'Nilai 70 68,5 97,86']);
  await expect(page.getByTestId('pesan-indikator')).toContainText('Sel dipisah satu spasi');
});

test("seed 000's Bab III copied from its start through two tables: table 3.2 alone is read, and the page says where the next table starts", async ({ page }) => {
  const errors = await bukaHalaman(page);
  const atas = 'BAB III\n\nAKUNTABILITAS KINERJA\n\nb. Sasaran\n\nPenetapan sasaran yang akan dicapai adalah sebagai berikut:\n\n1. Meningkatnya kepuasan masyarakat\n2. Meningkatnya keamanan dan ketertiban\n\nTabel 3.2\nRealisasi kinerja tahun 2019\n\n';
  const antara = '\n\n2. Capaian kinerja berdasarkan kinerja tahun sebelumnya\n\nTabel 3.3\nRealisasi kinerja tahun 2018 dan 2019\n\n';
  await tempelClipboard(page, 'input-indikator', atas + fixture('seed000_indikator.tsv') + antara + fixture('seed000_tahun_lalu.tsv'));
  const hasil = page.getByTestId('hasil-indikator');
  await expect(hasil.locator('tr[data-row="indikator"]')).toHaveCount(5);
  const data = await barisData(hasil.locator('tr[data-row="indikator"]'), COLS);
  expect(data.map((r) => r.capaian)).toEqual(['101,11', '136,36', '69,23', '50,00', '47,51']);
  expect(data[0].sasaran).toBe('Meningkatnya kepuasan pelayanan publik');
  // before: table 3.3's rows were read as indikator too, instansi 112,14
  await expect(hasil.locator('tr[data-row="instansi"] [data-col="capaian"]')).toContainText('88,86');
  await expect(page.getByTestId('pesan-indikator')).toContainText('adalah tabel lain (judul "No | Indikator | Satuan | Realisasi 2018 | Realisasi 2019 | Capaian")');
  expect(errors).toEqual([]);
});

test('values typed into one row of a long table: the row, its sasaran and the instansi follow each key as a fresh read of the text does, also with a role chosen by hand', async ({ page }) => {
  const errors = await bukaHalaman(page);
  const baris = ['No\tSasaran\tIndikator\tSatuan\tTarget\tRealisasi'];
  for (let i = 0; i < 150; i++) {
    baris.push(`${i + 1}\t${i % 5 === 0 ? `Sasaran nomor ${i / 5 + 1}` : ''}\tPersentase layanan ${i}\t%\t${80 + (i % 20)},50\t${60 + ((i * 7) % 50)},25`);
  }
  await tempelClipboard(page, 'input-indikator', baris.join('\n'));
  const hasil = page.getByTestId('hasil-indikator');
  const rows = hasil.locator('tr[data-row="indikator"]');
  await expect(rows).toHaveCount(150);
  // every capaian on the page: the rows', the sasaran's and the instansi's
  const semua = () => hasil.locator('[data-col="capaian"]').allTextContents();
  const ta = page.getByTestId('input-indikator');
  const keRealisasi = (n: number) => ta.evaluate((t: HTMLTextAreaElement, n) => {
    const awal = t.value.split('\n').slice(0, n).join('\n').length + 1;
    const j = t.value.lastIndexOf('\t', t.value.indexOf('\n', awal)) + 1;
    t.focus();
    t.setSelectionRange(j, j);
  }, n);
  // row 3 (line 4): 74,25 of 82,50; digits typed before it, one key at a time
  await keRealisasi(3);
  await page.keyboard.type('1');
  await expect(rows.nth(2).locator('[data-col="capaian"]')).toHaveText(/211,21/);
  await page.keyboard.type('0');
  await expect(rows.nth(2).locator('[data-col="capaian"]')).toHaveText(/1.302,12/);
  // a letter in the number: the row is read whole, its words named and left out; taken back,
  // the number is whole again
  await page.keyboard.type('x');
  await expect(page.getByTestId('pesan-indikator')).toContainText('Baris 4, kolom Realisasi, "10x74,25"');
  await expect(rows.nth(2).locator('[data-col="capaian"]')).toHaveText(/(^|\D)12,12/);
  await page.keyboard.press('Backspace');
  await expect(rows.nth(2).locator('[data-col="capaian"]')).toHaveText(/1.302,12/);
  await expect(page.getByText('10x74,25')).toHaveCount(0);
  // the same text read whole, after a reload (the autosave keeps it)
  await page.waitForTimeout(300);
  const diketik = await semua();
  await page.waitForTimeout(1200);
  await page.reload();
  await expect(rows).toHaveCount(150);
  expect(await semua()).toEqual(diketik);
  // the unit column set aside by hand, then a value typed: the choice holds, the value counts
  await page.locator('details.peran-kolom > summary').click();
  const satuan = page.getByTestId('peran-kolom').locator('select').nth(3);
  await satuan.click();
  await satuan.selectOption('(abaikan)');
  await expect(rows.first().locator('[data-col="satuan"]')).toHaveText('');
  await keRealisasi(1);
  await page.keyboard.type('2');
  await expect(rows.first().locator('[data-col="capaian"]')).toHaveText(/323,29/);
  await expect(rows.first().locator('[data-col="satuan"]')).toHaveText('');
  expect(errors).toEqual([]);
});
