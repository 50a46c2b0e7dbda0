// Writes the module with its code split into one stream per kind of content (www/kode_wasm.js,
// which the page uses to join them back): `node tools/pisah_kode.mjs IN.wasm OUT`. The streams
// are then compressed as LZMA (tools/lzma_tulis.py); kompres.mjs checks the whole way back,
// through the scripts as served.
import { readFileSync, writeFileSync } from 'node:fs';
import { skripHalaman } from './skrip_halaman.mjs';

const [masuk, keluar] = process.argv.slice(2);
const { kodeWasm } = skripHalaman(new URL('../www/kode_wasm.js', import.meta.url));
writeFileSync(keluar, kodeWasm.split(new Uint8Array(readFileSync(masuk))));
