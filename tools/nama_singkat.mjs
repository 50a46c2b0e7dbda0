// Gives the names by which the module and its JavaScript glue call each other one or two letters,
// in both: wasm-bindgen names each import for what it wraps and a hash
// (`__wbg_setAttribute_2f9c…`), and each is written twice, in the module's import section and as
// a key of the glue's import object; the exports are written in the module and as `wasm.name`.
// 5,8 KB less gzipped (3,4 of the module, 2,4 of the glue), the code unchanged.
//
// A name is changed only where the glue shows it as expected: an import's name exactly once (its
// key), an export's as `wasm.name` and never in quotes; any other is kept. It fails if the glue still holds a
// changed name, so the build never ships a module and glue that do not match.
//
// Usage: node tools/nama_singkat.mjs dist/pkg (after wasm-bindgen, before terser and wasm-opt,
// which keep these names).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bacaBagian, bacaEntri, bagianEntri, rakit } from './wasm.mjs';

const dir = process.argv[2] ?? 'dist/pkg';
const berkasWasm = join(dir, 'app_bg.wasm');
const berkasJs = join(dir, 'app.js');
const wasm = readFileSync(berkasWasm);
let js = readFileSync(berkasJs, 'utf8');

const kata = (s) => new RegExp(`(?<![\\w$.])${s.replace(/\$/g, '\\$')}(?![\\w$])`, 'g');
const hitung = (re) => (js.match(re) ?? []).length;
const ekspor = (s) => new RegExp(`(?<![\\w$])wasm\\.${s.replace(/\$/g, '\\$')}(?![\\w$])`, 'g');

const teks = (s) => new RegExp(`["'\`]${s.replace(/\$/g, '\\$')}["'\`]`, 'g');

// the short names: `a`, `b`, ... `Z`, `aa`, `ba`, ...; as keys of the import object and
// properties of `wasm` they meet none of the glue's own names, and every name wasm-bindgen gives
// is longer
const HURUF = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LAIN = HURUF + '0123456789';
let urut = 0;
const singkat = () => {
  let i = urut++;
  let s = HURUF[i % HURUF.length];
  i = Math.floor(i / HURUF.length);
  while (i > 0) {
    s += LAIN[(i - 1) % LAIN.length];
    i = Math.floor((i - 1) / LAIN.length);
  }
  return s;
};

const ganti = new Map();
let impor = 0, dikirim = 0;
const daftar = bacaBagian(wasm).map((b) => {
  if (b.id !== 2 && b.id !== 7) return b;
  const entri = bacaEntri(b.id, b.isi).map((e) => {
    let baru = e.nama;
    if (b.id === 2 && e.modul === './app_bg.js' && hitung(kata(e.nama)) === 1) {
      baru = singkat();
      js = js.replace(kata(e.nama), baru);
      impor++;
    } else if (b.id === 7 && /^[\w$]+$/.test(e.nama) && hitung(ekspor(e.nama)) > 0 && hitung(teks(e.nama)) === 0) {
      baru = singkat();
      js = js.replace(ekspor(e.nama), `wasm.${baru}`);
      dikirim++;
    }
    if (baru !== e.nama) ganti.set(e.nama, baru);
    return { ...e, nama: baru };
  });
  return bagianEntri(b.id, entri);
});

const tertinggal = [...ganti.keys()].filter((n) => hitung(ekspor(n)) + hitung(teks(n)) > 0 || (n.startsWith('__wbg') && hitung(kata(n)) > 0));
if (tertinggal.length > 0) {
  throw new Error(`nama_singkat: the glue still names ${tertinggal.join(', ')}; wasm-bindgen's output changed`);
}
writeFileSync(berkasWasm, rakit(wasm, daftar));
writeFileSync(berkasJs, js);
console.log(`nama_singkat: ${impor} imports and ${dikirim} exports named anew`);
