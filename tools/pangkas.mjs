// Drops what the module exports for wasm-streams, before wasm-opt. Leptos always builds
// server_fn for the browser, and with it wasm-streams, whose three classes (IntoUnderlyingSource,
// IntoUnderlyingByteSource, IntoUnderlyingSink) are `#[wasm_bindgen]` exports: roots that keep
// their code in the module, though this app has no server and nothing makes one of them (the
// glue has no import that builds one). Without the exports wasm-opt drops that code: 1,5 KiB
// gzipped of wasm, and the classes' JavaScript.
//
// Usage: node tools/pangkas.mjs dist/pkg (after wasm-bindgen, before wasm-opt). It fails when
// the glue would still call a dropped export, and says so when there is nothing to drop (a new
// leptos without wasm-streams), so the build never ships a module missing what its glue needs.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bacaBagian, bacaEntri, bagianEntri, rakit } from './wasm.mjs';

const POLA = /^(__wbg_)?intounderlying(bytesource|sink|source)_/;
const KELAS = ['IntoUnderlyingByteSource', 'IntoUnderlyingSink', 'IntoUnderlyingSource'];

/** The module without the exports whose names match `pola`, and those names. */
function tanpaEkspor(wasm, pola) {
  const dibuang = [];
  const daftar = bacaBagian(wasm).map((b) => {
    if (b.id !== 7) return b;
    const [buang, tetap] = [[], []];
    for (const e of bacaEntri(7, b.isi)) (pola.test(e.nama) ? buang : tetap).push(e);
    dibuang.push(...buang.map((e) => e.nama));
    return bagianEntri(7, tetap);
  });
  return [rakit(wasm, daftar), dibuang];
}

/** The glue without the classes: each `export class X {` to its closing brace at the line's
 * start, its `Symbol.dispose` line, and its FinalizationRegistry (three lines). */
function tanpaKelas(js) {
  for (const k of KELAS) {
    js = js.replace(new RegExp(`export class ${k} \\{\\n[\\s\\S]*?\\n\\}\\n`), '');
    js = js.replace(new RegExp(`if \\(Symbol\\.dispose\\) ${k}\\.prototype.*\\n`), '');
    js = js.replace(new RegExp(`const ${k}Finalization = [^;]*;\\n`), '');
  }
  // the byte source's `type` was the only reader of this
  if ((js.match(/__wbindgen_enum_ReadableStreamType/g) ?? []).length === 1) {
    js = js.replace(/const __wbindgen_enum_ReadableStreamType = [^;]*;\n/, '');
  }
  return js;
}

const dir = process.argv[2] ?? 'dist/pkg';
const berkasWasm = join(dir, 'app_bg.wasm');
const berkasJs = join(dir, 'app.js');
const [wasm, dibuang] = tanpaEkspor(readFileSync(berkasWasm), POLA);
if (dibuang.length === 0) {
  console.log('pangkas: no wasm-streams exports in the module; nothing dropped');
  process.exit(0);
}
const js = tanpaKelas(readFileSync(berkasJs, 'utf8'));
const sisa = dibuang.filter((n) => js.includes(`wasm.${n}(`));
if (sisa.length > 0 || KELAS.some((k) => js.includes(k))) {
  throw new Error(`pangkas: the glue still uses what was dropped (${sisa.join(', ') || KELAS.join(', ')}); wasm-bindgen's output changed`);
}
writeFileSync(berkasWasm, wasm);
writeFileSync(berkasJs, js);
console.log(`pangkas: dropped ${dibuang.length} wasm-streams exports and their classes`);
