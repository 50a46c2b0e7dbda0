// Runs the page's classic scripts (www/lzma.js, www/kode_wasm.js: they set `self.lzma`,
// `self.kodeWasm`) in a context of their own, for the build tools that use them as the page does.
import { readFileSync } from 'node:fs';
import vm from 'node:vm';

/** The `self` the scripts at `paths` (files or file URLs) leave behind, run in this order. */
export function skripHalaman(...paths) {
  const ruang = { self: {} };
  for (const p of paths) vm.runInNewContext(readFileSync(p, 'utf8'), ruang);
  return ruang.self;
}
