// The budget calculator, IKM and growth, through the CONTRACT hooks with the seeds' tables.
// Totals come from the leaves of the tree (DOMAIN.md section 5); serapan = R / A x 100.
import { test, expect, type Locator } from '@playwright/test';
import { fixture, tempel, tempelClipboard, tempelGanti, barisData, bukaHalaman, ketikDiPonsel } from './helpers';

const COLS = ['uraian', 'anggaran', 'realisasi', 'sisa', 'serapan'];

async function total(page) {
  const t = page.getByTestId('hasil-anggaran').locator('tr[data-row="total"]');
  await expect(t).toHaveCount(1);
  return (await barisData(t, COLS))[0];
}

test('seed 001 table III.4: a kode rekening tree is not double counted', async ({ page }) => {
  const errors = await bukaHalaman(page);
  await tempel(page, 'input-anggaran', fixture('seed001_anggaran.tsv'));
  const rows = page.getByTestId('hasil-anggaran').locator('tr[data-row="anggaran"]');
  await expect(rows).toHaveCount(47); // 13 kegiatan + 34 sub kegiatan; the JUMLAH row is not one
  expect(await total(page)).toMatchObject({ anggaran: '10.869.637.137', realisasi: '10.471.023.827', sisa: '398.613.310', serapan: '96,33' });
  const first = (await barisData(rows, COLS))[0];
  expect(first).toMatchObject({ uraian: 'Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah', anggaran: '82.508.800', serapan: '99,04' });
  await expect(page.getByTestId('hasil-anggaran').locator('tr[data-row="jumlah"] ul.tanda')).toHaveCount(0);
  await expect(page.getByTestId('terbilang-anggaran')).toContainText('sepuluh miliar delapan ratus enam puluh sembilan juta enam ratus tiga puluh tujuh ribu seratus tiga puluh tujuh rupiah');
  expect(errors).toEqual([]);
});

test('seed 000 table 3.10: BTL, BL, value-less programs; row B is 1.237 short of its kegiatan', async ({ page }) => {
  await bukaHalaman(page);
  await tempel(page, 'input-anggaran', fixture('seed000_anggaran.tsv'));
  await expect(page.getByTestId('hasil-anggaran').locator('tr[data-row="anggaran"]')).toHaveCount(90);
  expect(await total(page)).toMatchObject({ anggaran: '24.041.521.394', realisasi: '22.073.323.699' });
  const bl = page.getByTestId('hasil-anggaran').locator('tr[data-row="anggaran"]', { hasText: 'BELANJA LANGSUNG' }).last();
  await expect(bl.locator('ul.tanda')).toContainText('Realisasi tertulis 15.975.931.228, jumlah rinciannya 15.975.932.465');
  const belanja = page.getByTestId('ringkasan-belanja').locator('tr[data-row="belanja"]');
  await expect(belanja).toHaveCount(2);
  await expect(page.getByTestId('ringkasan-program').locator('tr[data-row="program"]')).toHaveCount(16);
  // the typo 14.555.000.00 is read and warned about, with its row and column
  await expect(page.getByTestId('pesan-anggaran')).toContainText('"14.555.000.00"');
});

test('seed 002: numbered tree; the pasted Jumlah realisasi 823.551.939 is not the sum 823.551.339', async ({ page }) => {
  await bukaHalaman(page);
  await tempel(page, 'input-anggaran', fixture('seed002_anggaran.tsv'));
  await expect(page.getByTestId('hasil-anggaran').locator('tr[data-row="anggaran"]')).toHaveCount(45);
  expect(await total(page)).toMatchObject({ anggaran: '839.077.360', realisasi: '823.551.339', serapan: '98,15' });
  const jumlah = page.getByTestId('hasil-anggaran').locator('tr[data-row="jumlah"]');
  await expect(jumlah.locator('ul.tanda')).toContainText('Jumlah realisasi tertulis 823.551.939, jumlah rinciannya 823.551.339');
});

test('seed 002 copied with its source line and the signatures below: the same lines and total, and a word on the signatures', async ({ page }) => {
  const errors = await bukaHalaman(page);
  const bawah = '\nSumber: Kecamatan Kalam Permai, 2024\n\nSintang, 31 Desember 2023\nMengetahui,\tCamat Kalam Permai\n\n\tNIP. 19750101 200003 1 001';
  await tempelClipboard(page, 'input-anggaran', fixture('seed002_anggaran.tsv') + bawah);
  await expect(page.getByTestId('hasil-anggaran').locator('tr[data-row="anggaran"]')).toHaveCount(45);
  expect(await total(page)).toMatchObject({ anggaran: '839.077.360', realisasi: '823.551.339', serapan: '98,15' });
  const rows = await barisData(page.getByTestId('hasil-anggaran').locator('tr[data-row="anggaran"]'), COLS);
  expect(rows.at(-1)).toMatchObject({ uraian: 'Peringatan Hari Ulang Tahun Republik Indonesia', anggaran: '30.895.000', realisasi: '30.891.000' });
  await expect(page.getByTestId('pesan-anggaran')).toContainText('(tanda tangan) bukan bagian tabel');
  expect(errors).toEqual([]);
});

test('seed 002 pasted twice (the same table again under it): its lines and total once, and a word on the second table', async ({ page }) => {
  const errors = await bukaHalaman(page);
  const tabel = fixture('seed002_anggaran.tsv');
  // before: 90 lines and every amount twice (1.678.154.720)
  await tempelClipboard(page, 'input-anggaran', `${tabel}\n\n${tabel}`);
  await expect(page.getByTestId('pesan-anggaran')).toContainText('adalah tabel yang sama lagi');
  await expect(page.getByTestId('hasil-anggaran').locator('tr[data-row="anggaran"]')).toHaveCount(45);
  expect(await total(page)).toMatchObject({ anggaran: '839.077.360', realisasi: '823.551.339', serapan: '98,15' });
  expect(errors).toEqual([]);
});

/** A table as a PDF viewer copies it: one space between cells and words alike. */
const salinanPdf = (teks: string) => teks.split('\n').map((l) => l.split('\t').filter((c) => c.trim()).join(' ')).join('\n');

test("seed 000's budget copied from its PDF with the report's text around it: the same lines and total as from Word, and the text under it left out with a word", async ({ page }) => {
  const errors = await bukaHalaman(page);
  const atas = 'B. Akuntabilitas Keuangan\nDalam Tahun Anggaran 2019 untuk melaksanakan program dan kegiatan Kecamatan Rupa\ntelah disediakan anggaran sebagai berikut:\nTabel 3.10\nRealisasi Anggaran Tahun 2019\n';
  const bawah = '\nDari tabel di atas terlihat bahwa realisasi anggaran belanja langsung\nmencapai 98,61 persen.\nTabel 3.11\nPerkembangan anggaran 2017 2018 2019\n';
  await tempelClipboard(page, 'input-anggaran', atas + salinanPdf(fixture('seed000_anggaran.tsv')) + bawah);
  // before: nothing was read (REALISASI over a second header line), and under 30 lines of
  // text the header was not looked for at all
  await expect(page.getByTestId('hasil-anggaran').locator('tr[data-row="anggaran"]')).toHaveCount(90);
  expect(await total(page)).toMatchObject({ anggaran: '24.041.521.394', realisasi: '22.073.323.699' });
  await expect(page.getByTestId('pesan-anggaran')).toContainText('"Dari tabel di atas terlihat bahwa realisasi anggaran belanja langsung": baris ini dan sesudahnya (teks di bawah tabel');
  expect(errors).toEqual([]);
});

test("seed 000's whole report pasted (Ctrl+A in Word): its budget table is read, as pasted alone", async ({ page }) => {
  const errors = await bukaHalaman(page);
  await tempelClipboard(page, 'input-anggaran', fixture('laporan/seed000_laporan.txt'));
  // before: the table of contents and the staff tables, 38.049.257.841
  expect(await total(page)).toMatchObject({ anggaran: '24.041.521.394', realisasi: '22.073.323.699' });
  await expect(page.getByTestId('pesan-anggaran')).toContainText('tabel pertama dengan kolom anggaran dan realisasi');
  expect(errors).toEqual([]);
});

test('seed 002 with the DPA changes table copied under it: that table is not added to the budget, and the page says where it starts', async ({ page }) => {
  const errors = await bukaHalaman(page);
  const antara = '\n\nSelanjutnya perubahan anggaran pada DPPA sebagai berikut:\n\nTabel 3.12\n';
  await tempelClipboard(page, 'input-anggaran', fixture('seed002_anggaran.tsv') + antara + fixture('seed002_dpa_perubahan.tsv'));
  await expect(page.getByTestId('hasil-anggaran').locator('tr[data-row="anggaran"]')).toHaveCount(45);
  // before: 3.914.618.977, the DPA's amounts in the last program
  expect(await total(page)).toMatchObject({ anggaran: '839.077.360', realisasi: '823.551.339', serapan: '98,15' });
  await expect(page.getByTestId('pesan-anggaran')).toContainText('adalah tabel lain (judul "NO. | URAIAN | JUMLAH (Rp.) | BERTAMBAH(BERKURANG)")');
  expect(errors).toEqual([]);
});

test('seed 004: Roman programs; the Jumlah row\'s own percentage is 75,35 not 88,98', async ({ page }) => {
  await bukaHalaman(page);
  await tempel(page, 'input-anggaran', fixture('seed004_anggaran.md'));
  await expect(page.getByTestId('hasil-anggaran').locator('tr[data-row="anggaran"]')).toHaveCount(20);
  const jumlah = page.getByTestId('hasil-anggaran').locator('tr[data-row="jumlah"]');
  await expect(jumlah.locator('ul.tanda')).toContainText('Persentase tertulis 88,98, dihitung 75,35');
  const rows = await barisData(page.getByTestId('hasil-anggaran').locator('tr[data-row="anggaran"]'), COLS);
  const keg = rows.find((r) => r.uraian.startsWith('Pelaksanaan Urusan Pemerintahan yang dilimpahkan'));
  expect(keg).toMatchObject({ anggaran: '25.059.325', realisasi: '24.464.600', sisa: '594.725', serapan: '97,63' });
});

test('a program row with a percent cell is kept, and a program after a row with no parent is not nested under it', async ({ page }) => {
  await bukaHalaman(page);
  await tempelClipboard(page, 'input-anggaran', [
    'No\tProgram/Kegiatan/Sub Kegiatan\tPagu Anggaran (Rp)\tRealisasi (Rp)\t%',
    '1\tProgram Penunjang Urusan Pemerintahan Daerah\tRp 1.250.000.000,00\tRp 1.187.500.000,00\t95%',
    '1.1\tPerencanaan, Penganggaran dan Evaluasi Kinerja\t150.000.000\t142.000.000\t',
    '1.1.1\tPenyusunan Dokumen Perencanaan\t75.000.000\t70.000.000\t',
    '1.1.2\tEvaluasi Kinerja\t75.000.000\t72.000.000\t',
    '1.2\tAdministrasi Keuangan\t1.100.000.000\t1.045.500.000\t',
    '2\tProgram Penyelenggaraan Pemerintahan Kecamatan\t500.000.000\t0\t',
    '2.1\tKoordinasi Kegiatan Pemerintahan\t500.000.000\t-\t',
    '\tJumlah\t1.750.000.000\t1.187.500.000\t',
  ].join('\n'));
  const hasil = page.getByTestId('hasil-anggaran');
  await expect(hasil.locator('tr[data-row="anggaran"]')).toHaveCount(7);
  expect((await barisData(hasil.locator('tr[data-row="anggaran"]'), ['uraian']))[0].uraian).toBe('Program Penunjang Urusan Pemerintahan Daerah');
  expect(await total(page)).toMatchObject({ anggaran: '1.750.000.000', realisasi: '1.187.500.000', serapan: '67,86' });
  // every written parent and the Jumlah row agree with their detail: nothing flagged
  await expect(hasil.locator('ul.tanda')).toHaveCount(0);
  // the same table without its first program row: 1.2 has no parent, Program 2 stays on top
  await tempelGanti(page, 'input-anggaran', (await page.getByTestId('input-anggaran').inputValue()).split('\n').filter((l) => !l.startsWith('1\t')).join('\n'));
  await expect(hasil.locator('tr[data-row="anggaran"]')).toHaveCount(6);
  await expect(hasil.locator('tr[data-row="anggaran"]').filter({ hasText: 'Administrasi Keuangan' }).locator('ul.tanda')).toHaveCount(0);
});

test('with Anggaran Murni and Anggaran Perubahan, serapan is against the revised budget and the page says so', async ({ page }) => {
  await bukaHalaman(page);
  await tempelClipboard(page, 'input-anggaran', 'Kode\tUraian\tAnggaran Murni\tAnggaran Perubahan\tRealisasi\n1\tProgram A\t100.000.000\t120.000.000\t110.000.000\n2\tProgram B\t50.000.000\t40.000.000\t40.000.000');
  expect(await total(page)).toMatchObject({ anggaran: '160.000.000', realisasi: '150.000.000', serapan: '93,75' });
  await expect(page.getByTestId('hasil-anggaran').locator('ul.tanda')).toHaveCount(0);
  await expect(page.getByTestId('pesan-anggaran')).toContainText('serapan dihitung terhadap "Anggaran Perubahan"; "Anggaran Murni" tidak dihitung');
});

test("SIPD's monthly report (realisasi to last month, this month, to this month): serapan is to this month, and the page says which column", async ({ page }) => {
  const errors = await bukaHalaman(page);
  await tempelClipboard(page, 'input-anggaran', [
    'Kode\tUraian\tPagu Anggaran\tRealisasi s.d. Bulan Lalu\tRealisasi Bulan Ini\tRealisasi s.d. Bulan Ini\t%\tSisa Anggaran',
    '7.01.01\tPROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA\t1.200.000.000\t800.000.000\t100.000.000\t900.000.000\t75,00\t300.000.000',
    '7.01.01.2.01\tPerencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah\t200.000.000\t120.000.000\t20.000.000\t140.000.000\t70,00\t60.000.000',
    '7.01.01.2.01.0001\tPenyusunan Dokumen Perencanaan Perangkat Daerah\t200.000.000\t120.000.000\t20.000.000\t140.000.000\t70,00\t60.000.000',
    '7.01.01.2.02\tAdministrasi Keuangan Perangkat Daerah\t1.000.000.000\t680.000.000\t80.000.000\t760.000.000\t76,00\t240.000.000',
    '7.01.01.2.02.0001\tPenyediaan Gaji dan Tunjangan ASN\t1.000.000.000\t680.000.000\t80.000.000\t760.000.000\t76,00\t240.000.000',
  ].join('\n'));
  // before: realisasi 800.000.000 (last month's), serapan 66,67 and a finding on every row
  expect(await total(page)).toMatchObject({ anggaran: '1.200.000.000', realisasi: '900.000.000', sisa: '300.000.000', serapan: '75,00' });
  await expect(page.getByTestId('hasil-anggaran').locator('ul.tanda')).toHaveCount(0);
  await expect(page.getByTestId('pesan-anggaran')).toContainText('Ada 3 kolom realisasi: serapan dihitung dari "Realisasi s.d. Bulan Ini"; "Realisasi s.d. Bulan Lalu", "Realisasi Bulan Ini" tidak dihitung.');
  expect(errors).toEqual([]);
});

test('a physical and financial report with a Bobot (%) column: no finding on any row, the written serapan is the money\'s percentage', async ({ page }) => {
  const errors = await bukaHalaman(page);
  await tempelClipboard(page, 'input-anggaran', [
    'No\tProgram/Kegiatan/Sub Kegiatan\tBobot (%)\tPagu Anggaran (Rp)\tRealisasi Fisik (%)\tRealisasi Keuangan (Rp)\tRealisasi Keuangan (%)',
    '1\tProgram Penunjang\t100\t1.200.000.000\t85\t900.000.000\t75,00',
    '1.1\tPerencanaan\t16,67\t200.000.000\t90\t140.000.000\t70,00',
    '1.2\tAdministrasi Keuangan\t83,33\t1.000.000.000\t80\t760.000.000\t76,00',
  ].join('\n'));
  expect(await total(page)).toMatchObject({ anggaran: '1.200.000.000', realisasi: '900.000.000', serapan: '75,00' });
  // before: "Persentase tertulis 16,67, dihitung 70,00" on every row (the weight as the serapan)
  await expect(page.getByTestId('hasil-anggaran').locator('ul.tanda')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('overspent and anggaran 0 are flagged; bad money cells are named', async ({ page }) => {
  await bukaHalaman(page);
  await tempel(page, 'input-anggaran', 'Uraian\tAnggaran\tRealisasi\nA\t100\t120\nB\t0\t0\nC\tseratus\t5');
  const rows = page.getByTestId('hasil-anggaran').locator('tr[data-row="anggaran"]');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(0).locator('ul.tanda')).toContainText('melebihi anggaran');
  await expect(rows.nth(1).locator('[data-col="serapan"]')).toHaveText('n/a');
  await expect(page.getByTestId('pesan-anggaran')).toContainText('Baris 4, kolom Anggaran, "seratus"');
});

test('linking a program to a sasaran shows capaian beside serapan and the efficiency', async ({ page }) => {
  await bukaHalaman(page);
  await tempel(page, 'input-indikator', fixture('seed001_indikator.tsv'));
  await tempel(page, 'input-anggaran', 'No\tUraian\tAnggaran\tRealisasi\n1\tProgram Pelayanan\t100.000\t90.000');
  await page.getByTestId('tautan-sasaran').click(); // the list of sasaran is filled in when the select is reached
  await page.getByTestId('tautan-sasaran').selectOption('0');
  const row = page.getByTestId('efisiensi').locator('tr[data-row="efisiensi"]');
  await expect(row).toHaveCount(1);
  // capaian (99,977 + 93,16 + 99,55) / 3 = 97,56; serapan 90; 97,56 / 90 = 1,08
  const d = (await barisData(row, ['capaian', 'serapan', 'efisiensi']))[0];
  expect(d).toEqual({ capaian: '97,56', serapan: '90,00', efisiensi: '1,08' });
});

test('the program summary links by keyboard: options only once a select is reached, focus kept across changes', async ({ page }) => {
  await bukaHalaman(page);
  await tempelClipboard(page, 'input-indikator', 'Sasaran\tIndikator\tSatuan\tTarget\tRealisasi\nSasaran Satu\tA\t%\t100\t90\nSasaran Dua\tB\t%\t100\t80\nMeningkatnya kualitas pelayanan administrasi perkantoran di kecamatan\tC\t%\t100\t70');
  await expect(page.getByTestId('hasil-indikator').locator('tr[data-row="indikator"]')).toHaveCount(3);
  await tempelClipboard(page, 'input-anggaran', 'No\tUraian\tAnggaran\tRealisasi\n1\tProgram Satu\t100.000\t90.000\n2\tProgram Dua\t200.000\t100.000');
  const selects = page.getByTestId('tautan-sasaran');
  await expect(selects).toHaveCount(2);
  // untouched, each select holds only "(belum ditautkan)"
  await expect(page.locator('[data-testid="tautan-sasaran"] option')).toHaveCount(2);
  await expect(selects.nth(0)).toHaveValue('');
  // a keyboard user tabs to the second program's select and steps down the list
  const lebar = () => selects.nth(1).evaluate((el) => el.getBoundingClientRect().width);
  const lebarTertutup = await lebar();
  await selects.nth(1).focus();
  await expect(selects.nth(1).locator('option')).toHaveCount(4);
  // the select does not widen to the longest sasaran as its list is filled in
  expect(await lebar()).toBe(lebarTertutup);
  await page.keyboard.press('ArrowDown');
  const ef = page.getByTestId('efisiensi').locator('tr[data-row="efisiensi"]');
  await expect(ef).toHaveCount(1);
  expect((await barisData(ef, ['sasaran', 'serapan']))[0]).toEqual({ sasaran: 'Sasaran Satu', serapan: '50,00' });
  await expect(selects.nth(1)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(ef.locator('[data-col="sasaran"]')).toHaveText(['Sasaran Dua']);
  await expect(selects.nth(1)).toBeFocused();
  await expect(selects.nth(1)).toHaveValue('1');
  // the other program's select is still closed and unlinked
  await expect(selects.nth(0).locator('option')).toHaveCount(1);
  await expect(selects.nth(0)).toHaveValue('');
  // undo (both quick steps are one change) and redo move the select, though a person had
  // picked its option
  await page.getByTestId('urungkan').click();
  await expect(ef).toHaveCount(0);
  await expect(selects.nth(1)).toHaveValue('');
  await page.getByTestId('ulangi').click();
  await expect(ef.locator('[data-col="sasaran"]')).toHaveText(['Sasaran Dua']);
  await expect(selects.nth(1)).toHaveValue('1');
});

test('on a 360 px phone every program of the summary is a card, its sasaran select on screen', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await bukaHalaman(page);
  await tempelClipboard(page, 'input-indikator', fixture('seed000_indikator.tsv'));
  await tempelClipboard(page, 'input-anggaran', fixture('seed000_anggaran.tsv'));
  const program = page.getByTestId('ringkasan-program').locator('tr[data-row="program"]');
  await expect(program).toHaveCount(16);
  for (const i of [0, 7, 15]) {
    // where it is without scrolling sideways (neither the page nor the table's region)
    const kotak = await program.nth(i).getByTestId('tautan-sasaran').boundingBox();
    expect(kotak!.x).toBeGreaterThanOrEqual(0);
    expect(kotak!.x + kotak!.width).toBeLessThanOrEqual(360);
    const serapan = await program.nth(i).locator('[data-col="serapan"]').boundingBox();
    expect(serapan!.x + serapan!.width).toBeLessThanOrEqual(360);
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  // the BTL/BL summary, the budget's growth and the audit's findings are cards too: their
  // figures on screen
  await tempelClipboard(page, 'input-perkembangan', fixture('seed000_perkembangan.tsv'));
  for (const [id, col] of [['ringkasan-belanja', 'serapan'], ['hasil-perkembangan', 'tertulis'], ['audit', 'dihitung']]) {
    const sel = page.getByTestId(id).locator(`[data-col="${col}"]`).first();
    const kotak = await sel.boundingBox();
    expect(kotak!.x + kotak!.width, id).toBeLessThanOrEqual(360);
  }
  // linked from the phone: the card's select, then the efficiency table
  await program.nth(0).getByTestId('tautan-sasaran').click();
  await program.nth(0).getByTestId('tautan-sasaran').selectOption('1');
  const ef = page.getByTestId('efisiensi').locator('tr[data-row="efisiensi"]');
  await expect(ef).toHaveCount(1);
  // a card too: its capaian, serapan and efficiency on screen without scrolling sideways
  for (const col of ['capaian', 'serapan', 'efisiensi']) {
    const kotak = await ef.locator(`[data-col="${col}"]`).boundingBox();
    expect(kotak!.x).toBeGreaterThanOrEqual(0);
    expect(kotak!.x + kotak!.width, col).toBeLessThanOrEqual(360);
  }
});

test('IKM from a processing sheet pasted whole: answers in letters, each respondent\'s Jumlah, and the summary rows under them', async ({ page }) => {
  await bukaHalaman(page);
  const huruf = ['', 'a', 'b', 'c', 'd'];
  // three respondents (all 4; all 3; 2 then eight 4), as the questionnaire writes them
  const jawaban = [[4, 4, 4, 4, 4, 4, 4, 4, 4], [3, 3, 3, 3, 3, 3, 3, 3, 3], [2, 4, 4, 4, 4, 4, 4, 4, 4]];
  const baris = ['No\tNama\tU1\tU2\tU3\tU4\tU5\tU6\tU7\tU8\tU9\tJumlah'];
  jawaban.forEach((j, i) => baris.push([i + 1, `Responden ${i + 1}`, ...j.map((x) => huruf[x]), j.reduce((a, b) => a + b)].join('\t')));
  baris.push('Jumlah Nilai/Unsur\t\t9\t11\t11\t11\t11\t11\t11\t11\t11', 'NRR/Unsur\t\t3,00\t3,67\t3,67\t3,67\t3,67\t3,67\t3,67\t3,67\t3,67', 'IKM Unit Pelayanan\t89,81');
  await tempelClipboard(page, 'input-ikm', baris.join('\n'));
  await page.getByTestId('kebijakan-bobot-ikm').selectOption('1/9');
  await expect(page.getByTestId('nilai-ikm')).toHaveText('89,81');
  await expect(page.getByTestId('mutu-ikm')).toHaveText('A (Sangat Baik)');
  await expect(page.locator('#ikm')).toContainText('dari jawaban 3 responden');
  await expect(page.getByTestId('pesan-ikm')).toContainText('a, b, c, d dibaca');
});

test('IKM of seed 000 table 3.6: 81,14 with 0,111 and 81,22 with 1/9', async ({ page }) => {
  await bukaHalaman(page);
  await tempel(page, 'input-ikm', fixture('seed000_ikm.tsv'));
  await expect(page.getByTestId('hasil-ikm').locator('tr[data-row="unsur"]')).toHaveCount(9);
  await expect(page.getByTestId('nilai-ikm')).toHaveText('81,14');
  await expect(page.getByTestId('mutu-ikm')).toHaveText('B (Baik)');
  await page.getByTestId('kebijakan-bobot-ikm').selectOption('1/9');
  await expect(page.getByTestId('nilai-ikm')).toHaveText('81,22');
});

test('IKM of seed 000 table 3.6 pasted twice: nine unsur and 81,14, with a word', async ({ page }) => {
  const errors = await bukaHalaman(page);
  const tabel = fixture('seed000_ikm.tsv');
  await tempelClipboard(page, 'input-ikm', `${tabel}\n\n${tabel}`);
  // before: 18 unsur and an IKM of 162,28, above the scale
  await expect(page.getByTestId('pesan-ikm')).toContainText('9 unsur tertulis lagi dengan NRR yang sama');
  await expect(page.getByTestId('hasil-ikm').locator('tr[data-row="unsur"]')).toHaveCount(9);
  await expect(page.getByTestId('nilai-ikm')).toHaveText('81,14');
  expect(errors).toEqual([]);
});

test('IKM of seed 000 table 3.6 pasted as its PDF copies it: the nine unsur and 81,14, as from Word', async ({ page }) => {
  const errors = await bukaHalaman(page);
  await tempelClipboard(page, 'input-ikm', salinanPdf(fixture('seed000_ikm.tsv')));
  // before: 3 unsur (each line read as the number it starts with) and an IKM of 24,98
  await expect(page.getByTestId('hasil-ikm').locator('tr[data-row="unsur"]')).toHaveCount(9);
  await expect(page.getByTestId('hasil-ikm').locator('tr[data-row="unsur"]').first()).toContainText('Persyaratan');
  await expect(page.getByTestId('nilai-ikm')).toHaveText('81,14');
  expect(errors).toEqual([]);
});

test("seed 000's whole report as its PDF copies it, pasted into the IKM and the budget boxes: each reads its own table, as from Word", async ({ page }) => {
  const errors = await bukaHalaman(page);
  const laporan = salinanPdf(fixture('laporan/seed000_laporan.txt'));
  await tempelClipboard(page, 'input-ikm', laporan);
  // before: the table of contents and the staff tables, an IKM of 30,53
  await expect(page.getByTestId('hasil-ikm').locator('tr[data-row="unsur"]')).toHaveCount(9);
  await expect(page.getByTestId('nilai-ikm')).toHaveText('81,14');
  await tempelClipboard(page, 'input-anggaran', laporan);
  // before: nothing read (a semicolon in the prose made it a table parted by semicolons)
  expect(await total(page)).toMatchObject({ anggaran: '24.041.521.394', realisasi: '22.073.323.699' });
  await expect(page.getByTestId('pesan-anggaran')).toContainText('tabel pertama dengan kolom anggaran dan realisasi');
  expect(errors).toEqual([]);
});

test("seed 002's whole report pasted into the IKM box, which it has no table for: no IKM, and a message saying so", async ({ page }) => {
  const errors = await bukaHalaman(page);
  await tempelClipboard(page, 'input-ikm', fixture('laporan/seed002_laporan.txt'));
  // before: its villages were unsur and its page numbers NRR, an IKM of 544,76
  await expect(page.getByTestId('pesan-ikm')).toContainText('tidak ada tabel IKM di sini, hanya tabel lain');
  await expect(page.getByTestId('hasil-ikm').locator('tr[data-row="unsur"]')).toHaveCount(0);
  await expect(page.getByTestId('nilai-ikm')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('budget growth of seed 000 table 3.9: 2019 grew 139,04%, not 58,17%', async ({ page }) => {
  await bukaHalaman(page);
  await tempel(page, 'input-perkembangan', fixture('seed000_perkembangan.tsv'));
  const rows = page.getByTestId('hasil-perkembangan').locator('tr[data-row="tahun"]');
  await expect(rows).toHaveCount(5);
  const d = await barisData(rows, ['tahun', 'pertumbuhan']);
  expect(d.map((r) => r.pertumbuhan)).toEqual(['-', '8,29', '139,04', '14,38', '5,54']);
  await expect(page.getByTestId('rata-rata-pertumbuhan')).toContainText('41,81');
  await page.getByTestId('kebijakan-pertumbuhan').selectOption('cagr');
  await expect(page.getByTestId('rata-rata-pertumbuhan')).toContainText('32,96');
});

test('budget growth of seed 000 pasted twice: each year once, the same growths and average, and a word', async ({ page }) => {
  const errors = await bukaHalaman(page);
  const tabel = fixture('seed000_perkembangan.tsv');
  await tempelClipboard(page, 'input-perkembangan', `${tabel}\n\n${tabel}`);
  // before: ten years, five of 0,00%, and an average of 18,58
  await expect(page.getByTestId('rata-rata-pertumbuhan')).toContainText('41,81');
  const rows = page.getByTestId('hasil-perkembangan').locator('tr[data-row="tahun"]');
  await expect(rows).toHaveCount(5);
  expect((await barisData(rows, ['pertumbuhan'])).map((r) => r.pertumbuhan)).toEqual(['-', '8,29', '139,04', '14,38', '5,54']);
  await expect(page.getByTestId('pesan-perkembangan')).toContainText('tahun 2017, 2018, 2019, 2020, 2021 tertulis lagi dengan anggaran yang sama');
  expect(errors).toEqual([]);
});

test('budget growth typed on a phone, a year and its anggaran a line: each year grows from the one before', async ({ page }) => {
  const errors = await bukaHalaman(page);
  // before: "Tidak ada tahun yang terbaca"
  await ketikDiPonsel(page, 'input-perkembangan', '2020 1.500.000.000\n2021 1.650.000.000\n2022 1.600.000.000');
  const rows = page.getByTestId('hasil-perkembangan').locator('tr[data-row="tahun"]');
  await expect(rows).toHaveCount(3);
  // asked until it agrees: the last keys typed may still be read
  await expect.poll(async () => (await barisData(rows, ['tahun', 'pertumbuhan'])).map((r) => `${r.tahun} ${r.pertumbuhan.split(' ')[0]}`)).toEqual(['2020 -', '2021 10,00', '2022 -3,03']);
  expect(errors).toEqual([]);
});

test("each box's own example of what to type (its placeholder, on a phone) gives a result when typed", async ({ page }) => {
  const errors = await bukaHalaman(page);
  const kasus: [string, () => Promise<void>][] = [
    ['input-indikator', async () => expect(page.getByTestId('hasil-indikator').locator('tr[data-row="indikator"] [data-col="capaian"]')).toContainText('103,13')],
    ['input-anggaran', async () => expect(page.getByTestId('hasil-anggaran').locator('tr[data-row="total"] [data-col="serapan"]')).toHaveText('90,00')],
    ['input-ikm', async () => expect(page.getByTestId('nilai-ikm')).toHaveText('81,14')],
    ['input-perkembangan', async () => expect(page.getByTestId('hasil-perkembangan').locator('tr[data-row="tahun"] [data-col="pertumbuhan"]').nth(1)).toContainText('14,38')],
  ];
  for (const [testid, periksa] of kasus) {
    const contoh = (await page.getByTestId(testid).getAttribute('placeholder')) ?? '';
    // "Ketik ...:" and the lines under it, before the pasted example
    const ketik = contoh.split('\n\n')[0].split('\n').slice(1).join('\n');
    expect(ketik, testid).not.toBe('');
    await ketikDiPonsel(page, testid, ketik);
    await periksa();
  }
  expect(errors).toEqual([]);
});

test('a table pasted in the wrong box says which box it belongs in: the IKM table in the indikator box, a budget in the IKM box, the budget by year in the budget box', async ({ page }) => {
  const errors = await bukaHalaman(page);
  // before: nine "indikator" at 11% (NRR as target, weighted NRR as realisasi), and no word
  await tempelClipboard(page, 'input-indikator', fixture('seed000_ikm.tsv'));
  await expect(page.getByTestId('pesan-indikator')).toContainText('adalah judul tabel IKM: bila memang itu, tempel di kotak IKM');
  // before: "tidak ada nilai 1 sampai 4 di baris ini" on each row, and no word of why
  await tempelClipboard(page, 'input-ikm', fixture('seed001_anggaran.tsv'));
  await expect(page.getByTestId('pesan-ikm')).toContainText('adalah judul tabel anggaran: bila memang itu, tempel di kotak Anggaran');
  // before: the years were budgets (2.017, 2.018 ...), "serapan dihitung terhadap TAHUN ANGGARAN"
  await tempelClipboard(page, 'input-anggaran', fixture('seed000_perkembangan.tsv'));
  await expect(page.getByTestId('pesan-anggaran')).toContainText('"TAHUN ANGGARAN" adalah judul tabel anggaran per tahun: bila memang itu, tempel di kotak Anggaran per tahun');
  await expect(page.getByTestId('hasil-anggaran').locator('[data-col="anggaran"]', { hasText: /^2\.01[78]$/ })).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('a budget cell that cannot be read is ? on its row, and the totals over it say they lack it', async ({ page }) => {
  await bukaHalaman(page);
  await tempelClipboard(page, 'input-anggaran', 'Kode\tUraian\tAnggaran\tRealisasi\n1\tProgram A\t1.000\t950\n1.1\tKegiatan A1\t400\t300\n1.2\tKegiatan A2\t600\tseratus');
  const hasil = page.getByTestId('hasil-anggaran');
  const rows = hasil.locator('tr[data-row="anggaran"]');
  await expect(rows).toHaveCount(3);
  const d = await barisData(rows, ['realisasi', 'sisa', 'serapan']);
  expect(d[2]).toEqual({ realisasi: '?', sisa: '?', serapan: '?' });
  await expect(rows.nth(0)).toContainText('1 sel rinciannya tidak terbaca');
  await expect(rows.nth(0)).not.toContainText('selisih');
  await expect(hasil.locator('tr[data-row="total"]')).toContainText('tidak ikut dijumlah');
  await expect(page.getByTestId('pesan-anggaran')).toContainText('"seratus" bukan angka');
  await expect(page.getByTestId('kalimat-anggaran')).toContainText('Jumlah ini tanpa 1 sel yang tidak terbaca');
  // the program summary says so too
  await expect(page.getByTestId('ringkasan-program').locator('tr[data-row="program"] [data-col="realisasi"]')).toHaveText('300 (tanpa 1 sel tak terbaca)');
});

test('a budget whose headings say Rp. 000 is counted in thousands: totals and terbilang are the whole budget', async ({ page }) => {
  await bukaHalaman(page);
  await tempelClipboard(page, 'input-anggaran', 'Uraian\tAnggaran (Rp. 000)\tRealisasi (Rp. 000)\nSub A\t1.250\t1.000\nSub B\t750\t700');
  const total = page.getByTestId('hasil-anggaran').locator('tr[data-row="total"]');
  const [d] = await barisData(total, ['anggaran', 'realisasi', 'serapan']);
  expect(d).toEqual({ anggaran: '2.000.000', realisasi: '1.700.000', serapan: '85,00' });
  await expect(page.getByTestId('pesan-anggaran')).toContainText('ditulis dalam ribuan rupiah: angkanya dikali 1.000');
  await expect(page.getByTestId('laporan-terbilang')).toContainText('dua juta rupiah');
});

test('a Word budget table with each code at the start of its uraian nests by the code, and its total is not counted three times', async ({ page }) => {
  await bukaHalaman(page);
  await tempelClipboard(page, 'input-anggaran', 'Program/Kegiatan/Sub Kegiatan\tPagu Anggaran\tRealisasi\n7.01.01 PROGRAM PENUNJANG\t1.000.000\t900.000\n7.01.01.2.01 Perencanaan\t400.000\t380.000\n7.01.01.2.01.0001 Penyusunan Dokumen\t400.000\t380.000\n7.01.01.2.02 Administrasi Keuangan\t600.000\t520.000\n7.01.01.2.02.0001 Gaji dan Tunjangan\t600.000\t520.000\nJUMLAH\t1.000.000\t900.000');
  const hasil = page.getByTestId('hasil-anggaran');
  const rows = hasil.locator('tr[data-row="anggaran"]');
  await expect(rows).toHaveCount(5);
  expect((await barisData(rows, ['kode']))[0].kode).toBe('7.01.01');
  const [total] = await barisData(hasil.locator('tr[data-row="total"]'), ['anggaran', 'realisasi']);
  expect(total).toEqual({ anggaran: '1.000.000', realisasi: '900.000' });
  await expect(hasil.locator('tr[data-row="jumlah"]')).not.toContainText('selisih');
});

test('rekening lines under a sub kegiatan are its detail: the total counts them once', async ({ page }) => {
  await bukaHalaman(page);
  await tempelClipboard(page, 'input-anggaran', 'Kode Rekening\tUraian\tAnggaran\tRealisasi\n7.01.01\tPROGRAM PENUNJANG\t1.000\t950\n7.01.01.2.01.0001\tPenyusunan Dokumen\t1.000\t950\n5.1.02.01.01.0024\tBelanja Alat Tulis Kantor\t400\t380\n5.1.02.01.01.0026\tBelanja Bahan Cetak\t600\t570');
  const hasil = page.getByTestId('hasil-anggaran');
  const [total] = await barisData(hasil.locator('tr[data-row="total"]'), ['anggaran', 'realisasi']);
  expect(total).toEqual({ anggaran: '1.000', realisasi: '950' });
  await expect(hasil.locator('tr[data-row="anggaran"]').nth(2).locator('[data-col="uraian"]')).toHaveClass(/dalam-2/);
});

test('a Word table whose uraian cells have two paragraphs keeps each row whole', async ({ page }) => {
  await bukaHalaman(page);
  await tempelClipboard(page, 'input-anggaran', 'No\tUraian\tAnggaran\tRealisasi\n1\tProgram Penunjang\nUrusan Pemerintahan\t1.000\t900\n1.1\tKegiatan Perencanaan\t400\t380\n1.2\tKegiatan Administrasi\nKeuangan\t600\t520');
  const hasil = page.getByTestId('hasil-anggaran');
  const rows = hasil.locator('tr[data-row="anggaran"]');
  expect(await barisData(rows, ['kode', 'uraian', 'anggaran'])).toEqual([
    { kode: '1', uraian: 'Program Penunjang Urusan Pemerintahan', anggaran: '1.000' },
    { kode: '1.1', uraian: 'Kegiatan Perencanaan', anggaran: '400' },
    { kode: '1.2', uraian: 'Kegiatan Administrasi Keuangan', anggaran: '600' },
  ]);
  const [total] = await barisData(hasil.locator('tr[data-row="total"]'), ['anggaran', 'realisasi']);
  expect(total).toEqual({ anggaran: '1.000', realisasi: '900' });
});

test('with formulas shown, every serapan and sisa shows its formula with the values (for trainers)', async ({ page }) => {
  await bukaHalaman(page);
  await tempelClipboard(page, 'input-anggaran', 'Uraian\tAnggaran\tRealisasi\nSub A\t1.250.000\t450.000\nSub B\t750.000\t700.000');
  const hasil = page.getByTestId('hasil-anggaran');
  await expect(hasil.locator('small.rumus')).toHaveCount(0);
  await page.getByTestId('tampilkan-rumus').check();
  await expect(hasil.locator('tr[data-row="anggaran"]').nth(0).locator('[data-col="serapan"] small.rumus')).toHaveText('450.000 / 1.250.000 x 100% = 36,00%');
  await expect(hasil.locator('tr[data-row="total"] [data-col="serapan"] small.rumus')).toHaveText('1.150.000 / 2.000.000 x 100% = 57,50%');
  // and every sisa, anggaran - realisasi
  await expect(hasil.locator('tr[data-row="anggaran"]').nth(1).locator('[data-col="sisa"] small.rumus')).toHaveText('750.000 - 700.000 = 50.000');
  await expect(hasil.locator('tr[data-row="total"] [data-col="sisa"]')).toHaveAttribute('title', '2.000.000 - 1.150.000 = 850.000');
});

test('a budget with a column per level (Program | Kegiatan | Sub Kegiatan) keeps every name, and its programs are the sums of their lines', async ({ page }) => {
  await bukaHalaman(page);
  await tempelClipboard(page, 'input-anggaran', 'Program\tKegiatan\tSub Kegiatan\tAnggaran (Rp)\tRealisasi (Rp)\n'
    + 'Program Penunjang\tPerencanaan\tPenyusunan Dokumen\t25.000.000\t24.500.000\n'
    + '\t\tEvaluasi Kinerja\t15.000.000\t14.000.000\n'
    + '\tAdministrasi Umum\tPenyediaan ATK\t40.000.000\t39.000.000\n'
    + 'Program Pemerintahan\tKoordinasi Ketentraman\tPembinaan Linmas\t60.000.000\t45.000.000\n'
    + 'Jumlah\t\t\t140.000.000\t122.500.000');
  const hasil = page.getByTestId('hasil-anggaran');
  // one anggaran row per pasted line, named by its sub kegiatan
  const rows = hasil.locator('tr[data-row="anggaran"]');
  expect((await barisData(rows, ['uraian', 'anggaran'])).map((r) => r.uraian + ' ' + r.anggaran)).toEqual([
    'Penyusunan Dokumen 25.000.000', 'Evaluasi Kinerja 15.000.000', 'Penyediaan ATK 40.000.000', 'Pembinaan Linmas 60.000.000']);
  // the program and kegiatan names on those lines are headings with their sums
  const kepala = await barisData(hasil.locator('tr[data-row="kepala"]'), ['uraian', 'anggaran']);
  expect(kepala.map((r) => r.uraian + ' ' + r.anggaran)).toEqual([
    'Program Penunjang 80.000.000', 'Perencanaan 40.000.000', 'Administrasi Umum 40.000.000',
    'Program Pemerintahan 60.000.000', 'Koordinasi Ketentraman 60.000.000']);
  expect((await total(page)).anggaran).toBe('140.000.000');
  await expect(hasil.locator('tr[data-row="jumlah"]')).not.toContainText('selisih');
  // the level columns are the uraian: no note asks for one
  await expect(page.getByTestId('pesan-anggaran')).toHaveCount(0);
  // a line is edited once, from its own row, with its three names
  await rows.first().getByTestId('ubah-baris-anggaran').click();
  const editor = page.getByTestId('sunting-baris-anggaran');
  await expect(editor).toHaveCount(1);
  await expect(editor.locator('[data-col="program"]')).toHaveValue('Program Penunjang');
  await expect(editor.locator('[data-col="sub-kegiatan"]')).toHaveValue('Penyusunan Dokumen');
  await expect(hasil.locator('tr[data-row="kepala"]').first().getByTestId('ubah-baris-anggaran')).toHaveCount(0);
});

test('a subtotal that names its program (Jumlah Program A) is checked against that program, not the whole table', async ({ page }) => {
  await bukaHalaman(page);
  await tempelClipboard(page, 'input-anggaran', 'No\tUraian\tAnggaran\tRealisasi\n1\tProgram A\t\t\n1.1\tKegiatan A1\t100.000\t90.000\n1.2\tKegiatan A2\t200.000\t150.000\n\tJumlah Program A\t300.000\t240.000\n2\tProgram B\t\t\n2.1\tKegiatan B1\t50.000\t50.000\n\tJumlah Program B\t50.000\t50.000\n\tJUMLAH TOTAL\t350.000\t290.000');
  const hasil = page.getByTestId('hasil-anggaran');
  await expect(hasil.locator('tr[data-row="jumlah"]')).toHaveCount(3);
  const jumlah = (await hasil.locator('tr[data-row="jumlah"]').allInnerTexts()).join('\n');
  expect(jumlah).toContain('Jumlah Program A');
  expect(jumlah).not.toContain('selisih');
  expect((await total(page)).anggaran).toBe('350.000');
  await expect(page.getByTestId('audit').locator('tr[data-row="temuan"]')).toHaveCount(0);
});

test('Rp in a cell of its own before each amount (accounting format): the amounts are read', async ({ page }) => {
  await bukaHalaman(page);
  await tempelClipboard(page, 'input-anggaran', 'No\tUraian\tAnggaran\t\tRealisasi\t\t%\n1\tProgram Penunjang\tRp\t1.000.000\tRp\t900.000\t90,00\n2\tProgram Pemerintahan\tRp\t500.000\tRp\t450.000\t90,00');
  const rows = page.getByTestId('hasil-anggaran').locator('tr[data-row="anggaran"]');
  expect((await barisData(rows, ['anggaran', 'realisasi'])).map((r) => r.anggaran + ' / ' + r.realisasi)).toEqual(['1.000.000 / 900.000', '500.000 / 450.000']);
  expect(await total(page)).toMatchObject({ anggaran: '1.500.000', realisasi: '1.350.000', serapan: '90,00' });
});

test('realisasi written only as a percentage: each line\'s realisasi is its anggaran times it, and the page says so', async ({ page }) => {
  await bukaHalaman(page);
  await tempelClipboard(page, 'input-anggaran', 'Uraian\tPagu Anggaran\tRealisasi Keuangan (%)\tRealisasi Fisik (%)\nProgram A\t1.000.000\t90,00\t100\nProgram B\t500.000\t80,00\t95');
  const rows = page.getByTestId('hasil-anggaran').locator('tr[data-row="anggaran"]');
  expect((await barisData(rows, ['realisasi', 'serapan'])).map((r) => r.realisasi + ' ' + r.serapan)).toEqual(['900.000 90,00', '400.000 80,00']);
  expect(await total(page)).toMatchObject({ realisasi: '1.300.000', serapan: '86,67' });
  await expect(page.getByTestId('pesan-anggaran')).toContainText('dihitung dari kolom "Realisasi Keuangan (%)"');
});

test('SIPD\'s X.XX.01 code of the Program Penunjang nests its kegiatan: the total counts each amount once', async ({ page }) => {
  await bukaHalaman(page);
  await tempelClipboard(page, 'input-anggaran', 'Kode\tUraian\tAnggaran\tRealisasi\nX.XX.01\tPROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA\t1.000.000\t900.000\nX.XX.01.2.01\tPerencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah\t1.000.000\t900.000\nX.XX.01.2.01.0001\tPenyusunan Dokumen Perencanaan Perangkat Daerah\t600.000\t550.000\nX.XX.01.2.01.0007\tEvaluasi Kinerja Perangkat Daerah\t400.000\t350.000\n7.01.02\tPROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK\t500.000\t450.000\n7.01.02.2.01\tPelaksanaan Pelayanan\t500.000\t450.000');
  expect(await total(page)).toMatchObject({ anggaran: '1.500.000', realisasi: '1.350.000' });
  const rows = page.getByTestId('hasil-anggaran').locator('tr[data-row="anggaran"]');
  await expect(rows.nth(2).locator('[data-col="uraian"]')).toHaveClass(/dalam-2/);
  await expect(page.getByTestId('hasil-anggaran')).not.toContainText('selisih');
});

test('kinds of spending listed under a kegiatan (Belanja Pegawai, Belanja Barang dan Jasa) are its detail, counted once', async ({ page }) => {
  await bukaHalaman(page);
  await tempelClipboard(page, 'input-anggaran', 'No\tUraian\tAnggaran\tRealisasi\n1\tProgram Penunjang\t1.000.000\t900.000\n1.1\tKegiatan Perencanaan\t1.000.000\t900.000\n\tBelanja Pegawai\t400.000\t380.000\n\tBelanja Barang dan Jasa\t600.000\t520.000\n2\tProgram Pemerintahan\t500.000\t450.000\n2.1\tKegiatan Pelayanan\t500.000\t450.000\n\tBelanja Modal\t500.000\t450.000');
  expect(await total(page)).toMatchObject({ anggaran: '1.500.000', realisasi: '1.350.000' });
  await expect(page.getByTestId('hasil-anggaran')).not.toContainText('selisih');
  await expect(page.getByTestId('hasil-anggaran').locator('tr[data-row="anggaran"]').nth(3).locator('[data-col="uraian"]')).toHaveClass(/dalam-2/);
});

test('Excel\'s accounting format: Rp - is nothing spent, not an unreadable cell', async ({ page }) => {
  await bukaHalaman(page);
  await tempelClipboard(page, 'input-anggaran', 'Uraian\tAnggaran\tRealisasi\nSub A\tRp 1.000.000\tRp 900.000\nSub B\tRp 500.000\tRp -');
  const rows = page.getByTestId('hasil-anggaran').locator('tr[data-row="anggaran"]');
  expect((await barisData(rows, ['realisasi', 'serapan']))[1]).toEqual({ realisasi: '0', serapan: '0,00' });
  expect(await total(page)).toMatchObject({ anggaran: '1.500.000', realisasi: '900.000', serapan: '60,00' });
  await expect(page.getByTestId('hasil-anggaran')).not.toContainText('tidak terbaca');
});

test('IKM from the nine NRR across one row (U1 ... U9 over an NRR row, or typed with spaces): 81,14, and the page says how it was read; a paste that gives no IKM says why', async ({ page }) => {
  const errors = await bukaHalaman(page);
  // before: nothing on the page, no IKM and no word
  await tempelClipboard(page, 'input-ikm', 'Unsur\tU1\tU2\tU3\tU4\tU5\tU6\tU7\tU8\tU9\nNRR per unsur\t3,00\t3,04\t3,00\t3,92\t3,12\t3,04\t3,12\t3,12\t3,88');
  await expect(page.getByTestId('hasil-ikm').locator('tr[data-row="unsur"]')).toHaveCount(9);
  await expect(page.getByTestId('nilai-ikm')).toHaveText('81,14');
  await expect(page.getByTestId('mutu-ikm')).toHaveText('B (Baik)');
  await expect(page.getByTestId('pesan-ikm')).toContainText('NRR dibaca mendatar dari baris "NRR per unsur"');
  await tempelGanti(page, 'input-ikm', 'Unsur\tU1\tU2\nNilai rata-rata\t3\t3,04');
  await expect(page.getByTestId('nilai-ikm')).toHaveCount(0);
  await expect(page.getByTestId('pesan-ikm')).toContainText('Belum ada IKM');
  // typed on a phone, numbers parted by spaces: before, one cell and no IKM
  await ketikDiPonsel(page, 'input-ikm', '3 3,04 3 3,92 3,12 3,04 3,12 3,12 3,88');
  await expect(page.getByTestId('nilai-ikm')).toHaveText('81,14');
  expect(errors).toEqual([]);
});

test('IKM from an NRR table with its own Jumlah and Nilai IKM rows: nine unsur, 81,03', async ({ page }) => {
  await bukaHalaman(page);
  await tempelClipboard(page, 'input-ikm', 'No\tUnsur Pelayanan\tNilai Rata-rata (NRR)\tNRR Tertimbang\n1\tPersyaratan\t3,25\t0,361\n2\tProsedur\t3,10\t0,344\n3\tWaktu Pelayanan\t3,05\t0,339\n4\tBiaya/Tarif\t3,80\t0,422\n5\tProduk Layanan\t3,20\t0,355\n6\tKompetensi Pelaksana\t3,30\t0,366\n7\tPerilaku Pelaksana\t3,40\t0,377\n8\tPenanganan Pengaduan\t2,95\t0,327\n9\tSarana dan Prasarana\t3,15\t0,350\n\tJumlah\t\t3,241\n\tNilai IKM (x 25)\t\t81,03');
  await expect(page.getByTestId('hasil-ikm').locator('tr[data-row="unsur"]')).toHaveCount(9);
  await expect(page.getByTestId('nilai-ikm')).toHaveText('81,03');
  await expect(page.getByTestId('audit')).not.toContainText('IKM dengan bobot 0,111');
});

test('a budget with a Sasaran column links its programs by itself: efficiency per sasaran without a choice, and a sasaran the indicator table lacks is named', async ({ page }) => {
  await bukaHalaman(page);
  await tempelClipboard(page, 'input-indikator', fixture('seed001_indikator.tsv'));
  await expect(page.getByTestId('hasil-indikator').locator('tr[data-row="indikator"]')).toHaveCount(3);
  await tempelClipboard(page, 'input-anggaran', 'Sasaran Strategis\tProgram\tKegiatan\tPagu\tRealisasi\n'
    + '1. Meningkatnya Kualitas Pelayanan Kecamatan Sungai Sembilan\tProgram Penyelenggaraan Pemerintahan dan Pelayanan Publik\tKoordinasi Penyelenggaraan Kegiatan Pemerintahan\t100.000\t90.000\n'
    + '\tProgram Pemberdayaan Kelurahan\tPemberdayaan Kelurahan\t100.000\t80.000\n'
    + 'Meningkatnya Partisipasi Masyarakat\tProgram Partisipasi\tFasilitasi Musrenbang\t50.000\t50.000');
  const program = page.getByTestId('ringkasan-program').locator('tr[data-row="program"]');
  await expect(program).toHaveCount(3);
  // the two programs written under the sasaran are linked to it, and say where the link comes from
  for (const i of [0, 1]) {
    const pilih = program.nth(i).getByTestId('tautan-sasaran');
    await expect(pilih).toHaveValue('0');
    await expect(pilih).toBeDisabled();
    await expect(pilih.locator('option:checked')).toHaveText('Kolom Sasaran: Meningkatnya Kualitas Pelayanan Kecamatan Sungai Sembilan');
  }
  // capaian (99,977 + 93,16 + 99,55) / 3 = 97,56; serapan 170.000 / 200.000 = 85,00; 97,56 / 85 = 1,15
  const ef = page.getByTestId('efisiensi').locator('tr[data-row="efisiensi"]');
  await expect(ef).toHaveCount(1);
  expect((await barisData(ef, ['capaian', 'serapan', 'efisiensi']))[0]).toEqual({ capaian: '97,56', serapan: '85,00', efisiensi: '1,15' });
  // a sasaran the indicator table has not: named with its line, and its program left for a person to link
  await expect(page.getByTestId('pesan-anggaran')).toContainText('Baris 4, kolom Sasaran, "Meningkatnya Partisipasi Masyarakat": sasaran ini tidak ada di tabel indikator');
  const lain = program.nth(2).getByTestId('tautan-sasaran');
  await expect(lain).toBeEnabled();
  await expect(lain).toHaveValue('');
});

test('seed 001\'s table of kinerja and keuangan in both boxes: the indikator, the kegiatan\'s budget, and efficiency per sasaran with no program to link', async ({ page }) => {
  await bukaHalaman(page);
  const tabel = fixture('seed001_kinerja_keuangan.tsv');
  await tempelClipboard(page, 'input-indikator', tabel);
  const ind = page.getByTestId('hasil-indikator').locator('tr[data-row="indikator"]');
  await expect(ind).toHaveCount(3);
  expect((await barisData(ind, ['realisasi', 'capaian'])).map((r) => r.realisasi + ' ' + r.capaian)).toEqual(['86,98 99,98', '93,16 93,16', '99,55 99,55']);
  await tempelClipboard(page, 'input-anggaran', tabel);
  await expect(page.getByTestId('hasil-anggaran').locator('tr[data-row="anggaran"]')).toHaveCount(4);
  // the unlabelled last row is the total, checked and not added
  expect(await total(page)).toMatchObject({ anggaran: '1.337.295.500', realisasi: '1.324.898.300', serapan: '99,07' });
  await expect(page.getByTestId('pesan-anggaran')).toContainText('Baris 8: baris tanpa uraian di akhir tabel dibaca sebagai jumlahnya');
  // the kegiatan written under the sasaran are its budget: 97,56 / 99,07 = 0,98
  const ef = page.getByTestId('efisiensi').locator('tr[data-row="efisiensi"]');
  await expect(ef).toHaveCount(1);
  expect((await barisData(ef, ['capaian', 'serapan', 'efisiensi']))[0]).toEqual({ capaian: '97,56', serapan: '99,07', efisiensi: '0,98' });
});

test('an LRA copied without its codes: each kind of spending heads its objects, and the total counts each rupiah once', async ({ page }) => {
  await bukaHalaman(page);
  await tempelClipboard(page, 'input-anggaran', 'Uraian\tAnggaran\tRealisasi\nBELANJA\t3.500.000\t3.200.000\nBELANJA OPERASI\t3.000.000\t2.800.000\n'
    + 'Belanja Pegawai\t2.000.000\t1.900.000\nBelanja Barang dan Jasa\t1.000.000\t900.000\nBELANJA MODAL\t500.000\t400.000\n'
    + 'Belanja Modal Peralatan dan Mesin\t500.000\t400.000\nJUMLAH BELANJA\t3.500.000\t3.200.000');
  expect(await total(page)).toMatchObject({ anggaran: '3.500.000', realisasi: '3.200.000' });
  const rows = page.getByTestId('hasil-anggaran').locator('tr[data-row="anggaran"]');
  await expect(rows.nth(2).locator('[data-col="uraian"]')).toHaveClass(/dalam-2/);
  await expect(rows.nth(4).locator('[data-col="uraian"]')).toHaveClass(/dalam-1/);
  await expect(page.getByTestId('hasil-anggaran')).not.toContainText('selisih');
});

test('seed 002\'s DPA before and after the change: the budget is the one after, and the change columns are no sisa', async ({ page }) => {
  await bukaHalaman(page);
  await tempelClipboard(page, 'input-anggaran', 'NO.\tURAIAN\tJUMLAH (Rp.)\t\tBERTAMBAH(BERKURANG)\t\n'
    + '\t\tSEBELUM\tSETELAH\tSELISIH\t%\n1\t2\t3\t4\t5=4-3\t6\n'
    + '5\tBelanja Daerah\t2.995.516.617,00\t3.242.441.617,00\t246.625.000,00\t92,38\n'
    + '5.1\tBelanja Tidak Langsung\t2.236.464.257,00\t2.403.364.257,00\t166.900.000,00\t93,05\n'
    + '5.1.1\tBelanja Pegawai\t2.236.464.257,00\t2.403.364.257,00\t166.900.000,00\t93,05\n'
    + '5.2\tBelanja Langsung\t759.052.360,00\t839.077.360,00\t15.526.021\t98.15\n'
    + '5.2.1\tBelanja Pegawai\t81.036.400,00\t81.036.400,00\t2.077.400,00\t97,44\n'
    + '5.2.2\tBelanja Barang & Jasa\t698.040.960,00\t698.040.960,00\t13.448.621,00\t98,07\n'
    + '5.2.3\tBelanja Modal\t60.000.000,00\t60.000.000,00\t0,00\t100,00');
  expect(await total(page)).toMatchObject({ anggaran: '3.242.441.617' });
  const pesan = page.getByTestId('pesan-anggaran');
  await expect(pesan).toContainText('serapan dihitung terhadap "JUMLAH (Rp.) SETELAH"');
  await expect(pesan).toContainText('"BERTAMBAH(BERKURANG) SELISIH", "BERTAMBAH(BERKURANG) %" berisi perubahan antara dua anggaran');
  await expect(page.getByTestId('hasil-anggaran')).not.toContainText('246.625.000');
});

test('an LRA with its Pendapatan and SURPLUS/(DEFISIT): the totals are the belanja\'s, and the page names what it left out', async ({ page }) => {
  await bukaHalaman(page);
  await tempelClipboard(page, 'input-anggaran', 'Kode\tUraian\tAnggaran\tRealisasi\t%\n'
    + '4\tPENDAPATAN DAERAH\t50.000.000\t55.000.000\t110,00\n4.1\tPENDAPATAN ASLI DAERAH\t50.000.000\t55.000.000\t110,00\n'
    + '4.1.02\tRetribusi Daerah\t50.000.000\t55.000.000\t110,00\n5\tBELANJA DAERAH\t3.000.000.000\t2.800.000.000\t93,33\n'
    + '5.1\tBELANJA OPERASI\t2.500.000.000\t2.350.000.000\t94,00\n5.1.01\tBelanja Pegawai\t2.000.000.000\t1.900.000.000\t95,00\n'
    + '5.1.02\tBelanja Barang dan Jasa\t500.000.000\t450.000.000\t90,00\n5.2\tBELANJA MODAL\t500.000.000\t450.000.000\t90,00\n'
    + '5.2.02\tBelanja Modal Peralatan dan Mesin\t500.000.000\t450.000.000\t90,00\n\tSURPLUS/(DEFISIT)\t(2.950.000.000)\t(2.745.000.000)\t');
  expect(await total(page)).toMatchObject({ anggaran: '3.000.000.000', realisasi: '2.800.000.000', serapan: '93,33' });
  await expect(page.getByTestId('pesan-anggaran')).toContainText('"PENDAPATAN DAERAH" (baris 2-4: anggaran 50.000.000, realisasi 55.000.000)');
  await expect(page.getByTestId('hasil-anggaran')).not.toContainText('melebihi anggaran');
});

test('the Evaluasi Renja form (E.81, K | Rp under each column) in both boxes: the Renja\'s K against the year\'s K, its Rp as the budget', async ({ page }) => {
  await bukaHalaman(page);
  const tabel = fixture('e81_evaluasi_renja.tsv');
  await tempelClipboard(page, 'input-indikator', tabel);
  const ind = page.getByTestId('hasil-indikator').locator('tr[data-row="indikator"]');
  await expect(ind).toHaveCount(4);
  expect((await barisData(ind, ['satuan', 'target', 'realisasi', 'capaian'])).map((r) => `${r.satuan} ${r.target} ${r.realisasi} ${r.capaian}`))
    .toEqual([' 100 100 100,00', 'surat 240 230 95,83', 'paket 4 4 100,00', ' 100 100 100,00']);
  // the units written after the numbers are the satuan: no note on any cell
  await expect(page.getByTestId('pesan-indikator')).toHaveCount(0);
  // its quarters are flows against the annual target: to date only, no "triwulan ini n/a"
  await expect(ind.nth(1).locator('[data-col="capaian-tw2"]')).toHaveText(/^50,00/);
  await expect(page.getByTestId('hasil-indikator')).not.toContainText('triwulan ini');
  await tempelClipboard(page, 'input-anggaran', tabel);
  await expect(page.getByTestId('hasil-anggaran').locator('tr[data-row="anggaran"]')).toHaveCount(4);
  expect(await total(page)).toMatchObject({ anggaran: '140.000.000', realisasi: '134.000.000', serapan: '95,71' });
  const ef = page.getByTestId('efisiensi').locator('tr[data-row="efisiensi"]');
  await expect(ef).toHaveCount(2);
});

test('a DPA\'s rincian under each rekening (Koefisien | Satuan | Harga | Jumlah): the lines without a code are its detail, counted once', async ({ page }) => {
  await bukaHalaman(page);
  await tempelClipboard(page, 'input-anggaran', 'Kode Rekening\tUraian\tKoefisien\tSatuan\tHarga\tPPN\tJumlah (Rp)\n'
    + '5.1.02.01.01.0024\tBelanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor\t\t\t\t\t12.500.000\n'
    + '\tKertas HVS A4\t50\tRim\t55.000\t0\t2.750.000\n\tTinta printer\t25\tBuah\t390.000\t0\t9.750.000\n'
    + '5.1.02.01.01.0052\tBelanja Makanan dan Minuman Rapat\t\t\t\t\t6.000.000\n\tNasi kotak rapat koordinasi\t200\tKotak\t30.000\t0\t6.000.000');
  expect(await total(page)).toMatchObject({ anggaran: '18.500.000' });
  const rows = page.getByTestId('hasil-anggaran').locator('tr[data-row="anggaran"]');
  await expect(rows.nth(1).locator('[data-col="uraian"]')).toHaveClass(/dalam-1/);
});

test('an amount typed into one line of a long budget: the line, its kegiatan, program and total follow each key as a fresh read of the text does', async ({ page }) => {
  const errors = await bukaHalaman(page);
  const baris = ['Kode Rekening\tUraian\tAnggaran\tRealisasi'];
  let p = 0, k = 0, s = 0;
  for (let i = 0; i < 150; i++) {
    if (i % 100 === 0) { p++; k = 0; baris.push(`7.01.${p}.\tProgram ${p}\t\t`); }
    else if (i % 10 === 1) { k++; s = 0; baris.push(`7.01.${p}.2.${k}.\tKegiatan ${p}.${k}\t\t`); }
    else { s++; const a = 1000000 + i * 1000; baris.push(`7.01.${p}.2.${k}.${s}.\tSub kegiatan ${p}.${k}.${s}\t${a}\t${a - 12345}`); }
  }
  await tempelClipboard(page, 'input-anggaran', baris.join('\n'));
  const hasil = page.getByTestId('hasil-anggaran');
  const jumlah = hasil.locator('tr[data-row="total"] [data-col="realisasi"]');
  const rupiah = async (l: Locator) => Number((await l.textContent() ?? '').replace(/\D/g, ''));
  await expect(jumlah).not.toHaveText('');
  const awal = await rupiah(jumlah);
  // the first sub kegiatan (line 4): 989.655; a 1 typed before it adds a million
  const ta = page.getByTestId('input-anggaran');
  await ta.evaluate((t: HTMLTextAreaElement) => {
    const awal = t.value.split('\n').slice(0, 3).join('\n').length + 1;
    const j = t.value.lastIndexOf('\t', t.value.indexOf('\n', awal)) + 1;
    t.focus();
    t.setSelectionRange(j, j);
  });
  await page.keyboard.type('1');
  const baris1 = hasil.locator('tr[data-row="anggaran"]', { hasText: 'Sub kegiatan 1.1.1' }).first();
  await expect(baris1.locator('[data-col="realisasi"]')).toContainText('1.989.655');
  await expect.poll(() => rupiah(jumlah)).toBe(awal + 1_000_000);
  // a letter: the cell is named and left out of the total; taken back, counted again
  await page.keyboard.type('x');
  await expect(page.getByText('1x989655').first()).toBeVisible();
  await page.keyboard.press('Backspace');
  await expect.poll(() => rupiah(jumlah)).toBe(awal + 1_000_000);
  await expect(page.getByText('1x989655')).toHaveCount(0);
  // the same text read whole, after a reload (the autosave keeps it)
  const semua = () => hasil.locator('[data-col="realisasi"]').allTextContents();
  const diketik = await semua();
  await page.waitForTimeout(1500);
  await page.reload();
  await expect(jumlah).not.toHaveText('');
  expect(await semua()).toEqual(diketik);
  expect(errors).toEqual([]);
});
