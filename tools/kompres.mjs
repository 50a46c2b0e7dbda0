// Writes every file of dist/ compressed ahead, beside it (`app_bg.wasm.br`, `.gz`), for a host
// that serves such files (nginx gzip_static / brotli_static, Caddy's `precompressed`; README),
// then prints what wasm and JS weigh on the wire. The module itself crosses the line as LZMA
// (`pkg/app_bg.wasm.lzma`, written by tools/lzma_tulis.py), from any host; its `.gz` and `.br`
// are for the plain module, which the page loads only if the LZMA file fails.
//
// The `.gz` files are zopfli's: still plain gzip that every browser reads, but 4-5% smaller than
// zlib's best level (the module: 335 -> 319 KB), for a few seconds of build time. A host that
// compresses on the fly sends zlib's, which the last line prints too.
import { gzipAsync } from '@gfx/zopfli';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { skripHalaman } from './skrip_halaman.mjs';
import zlib from 'node:zlib';

const jalan = (d) => readdirSync(d, { withFileTypes: true })
  .flatMap((e) => (e.isDirectory() ? jalan(join(d, e.name)) : [join(d, e.name)]));

// brotli at its best quality, with whichever of a few block and distance settings makes the
// smallest file: on the module they differ by up to 0,6 KB, and which wins changes from build to
// build (any of them is plain brotli that every browser reads)
const Z = zlib.constants;
const SETELAN = [
  {},
  { [Z.BROTLI_PARAM_LGBLOCK]: 16 },
  { [Z.BROTLI_PARAM_NPOSTFIX]: 1 },
  { [Z.BROTLI_PARAM_NPOSTFIX]: 1, [Z.BROTLI_PARAM_NDIRECT]: 16 },
  { [Z.BROTLI_PARAM_LGBLOCK]: 16, [Z.BROTLI_PARAM_NPOSTFIX]: 1, [Z.BROTLI_PARAM_NDIRECT]: 16 },
];
const brotli = (d) => SETELAN
  .map((s) => zlib.brotliCompressSync(d, {
    params: { [Z.BROTLI_PARAM_QUALITY]: 11, [Z.BROTLI_PARAM_SIZE_HINT]: d.length, ...s },
  }))
  .reduce((a, b) => (b.length < a.length ? b : a));

for (const berkas of jalan('dist')) {
  if (/\.(gz|br|lzma|png|ico)$/.test(berkas)) continue;
  const isi = readFileSync(berkas);
  // blocks split as often as pays (zopfli stops at 15 by default): the module 0,8 KB smaller
  const gz = Buffer.from(await gzipAsync(isi, { numiterations: 15, blocksplittingmax: 0 }));
  const br = brotli(isi);
  // a host serves these instead of the file itself: each must give back exactly its file
  if (!zlib.gunzipSync(gz).equals(isi) || !zlib.brotliDecompressSync(br).equals(isi)) {
    throw new Error(`${berkas}: compressed copy does not decompress to the file`);
  }
  // a file that compression makes no smaller is served as it is
  if (gz.length < isi.length) writeFileSync(`${berkas}.gz`, gz);
  if (br.length < isi.length) writeFileSync(`${berkas}.br`, br);
}

// the module crosses the line as LZMA of its code's streams (tools/pisah_kode.mjs,
// tools/lzma_tulis.py), decoded in the page by lzma.js and joined by kode_wasm.js: those two, as
// served, must give back exactly the module. They are classic scripts that set `self.lzma` and
// `self.kodeWasm`, run here in a context of their own.
const halaman = skripHalaman('dist/lzma.js', 'dist/kode_wasm.js');
const modul = readFileSync('dist/pkg/app_bg.wasm');
const lzma = readFileSync('dist/pkg/app_bg.wasm.lzma');
const hasil = halaman.kodeWasm.join(halaman.lzma.decode(new Uint8Array(lzma)));
if (!Buffer.from(hasil.buffer, hasil.byteOffset, hasil.length).equals(modul)) {
  throw new Error('dist/pkg/app_bg.wasm.lzma: www/lzma.js and www/kode_wasm.js do not give back the module');
}

const kib = (n) => (n / 1024).toFixed(1);
const skrip = ['dist/pkg/app.js', 'dist/muat.js', 'dist/lzma.js', 'dist/kode_wasm.js'];
let ahead = lzma.length, onTheFly = lzma.length, br = lzma.length;
for (const p of skrip) {
  ahead += readFileSync(`${p}.gz`).length;
  br += readFileSync(`${p}.br`).length;
  onTheFly += zlib.gzipSync(readFileSync(p)).length;
}
console.log(`wasm+js (the module as LZMA of its code's streams, from any host; the scripts compressed): gzip ${kib(ahead)} KiB as written ahead (${kib(onTheFly)} KiB from a host gzipping on the fly), brotli ${kib(br)} KiB`);
console.log(`the module alone: LZMA ${kib(lzma.length)} KiB; the plain module, loaded only if that fails: gzip ${kib(readFileSync('dist/pkg/app_bg.wasm.gz').length)} KiB as written ahead (${kib(zlib.gzipSync(modul).length)} KiB on the fly), brotli ${kib(readFileSync('dist/pkg/app_bg.wasm.br').length)} KiB`);
// all that a first visit fetches before the page works (the page and stylesheet too, without
// their comments: tools/ringkas.mjs): what a slow line waits for
const pertama = jalan('dist').filter((p) => /^dist\/(index\.html|style\.css|muat\.js|lzma\.js|kode_wasm\.js|ikon\.svg|manifest\.webmanifest|pkg\/.*\.(js|wasm\.lzma))$/.test(p));
// (a file that compression makes no smaller is sent as it is)
const jumlah = (akhiran) => pertama.reduce((n, p) => n + readFileSync(existsSync(p + akhiran) ? p + akhiran : p).length, 0);
console.log(`first visit (${pertama.length} files: page, stylesheet, scripts, module): gzip ${kib(jumlah('.gz'))} KiB as written ahead, brotli ${kib(jumlah('.br'))} KiB`);
