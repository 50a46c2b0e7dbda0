// Writes the module with its code split into one stream per kind of content (www/kode_wasm.js,
// which the page uses to join them back): `node tools/pisah_kode.mjs IN.wasm OUT`. The streams
// are then compressed as LZMA (tools/lzma_tulis.py); kompres.mjs checks the whole way back.
import { readFileSync, writeFileSync } from 'node:fs';
import vm from 'node:vm';

const [masuk, keluar] = process.argv.slice(2);
// the page's own script, run here in a context of its own (it sets self.kodeWasm)
const ruang = { self: {} };
vm.runInNewContext(readFileSync(new URL('../www/kode_wasm.js', import.meta.url), 'utf8'), ruang);
const modul = new Uint8Array(readFileSync(masuk));
const pisah = ruang.self.kodeWasm.split(modul);
if (!Buffer.from(ruang.self.kodeWasm.join(pisah)).equals(Buffer.from(modul))) {
  throw new Error(`${masuk}: its streams do not join back to the module`);
}
writeFileSync(keluar, pisah);
