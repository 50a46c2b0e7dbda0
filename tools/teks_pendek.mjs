// Reads a short string from the module without TextDecoder: every text node and attribute the
// view builds is a string copied out of wasm memory, and in Chromium each TextDecoder.decode
// call costs 250-550 ns whatever its length, where a loop over up to 32 ASCII bytes costs 70-290
// (a microbenchmark in the page). "Tampilkan semua" under 20.000 budget lines spent 0,6 s of
// its 5 s in `decode` (a CPU profile, while every row off screen was skipped); with this it took
// 3,9-5,2 s instead of 5,1-5,8 (four runs each, alternately; medians 4,9 and 5,5 s). Pasting 200
// rows on the page gains too little to see.
// A byte over 127 (UTF-8 beyond ASCII) or a longer string goes to the decoder as before.
//
// Usage: node tools/teks_pendek.mjs dist/pkg/app.js (after wasm-bindgen). It fails when the
// glue's function is not the one it knows, so a new wasm-bindgen never ships without it unseen.
import { readFileSync, writeFileSync } from 'node:fs';

const LAMA = `function getStringFromWasm0(ptr, len) {
    ptr = ptr >>> 0;
    return decodeText(getUint8ArrayMemory0().subarray(ptr, ptr + len));
}`;

const BARU = `function getStringFromWasm0(ptr, len) {
    ptr = ptr >>> 0;
    const mem = getUint8ArrayMemory0();
    if (len <= 32) {
        let s = '';
        for (let i = ptr, e = ptr + len; i < e; i++) {
            const c = mem[i];
            if (c > 127) return decodeText(mem.subarray(ptr, ptr + len));
            s += String.fromCharCode(c);
        }
        return s;
    }
    return decodeText(mem.subarray(ptr, ptr + len));
}`;

const berkas = process.argv[2] ?? 'dist/pkg/app.js';
const js = readFileSync(berkas, 'utf8');
if (js.split(LAMA).length !== 2) {
  throw new Error(`teks_pendek: ${berkas} has no getStringFromWasm0 as wasm-bindgen 0.2.130 writes it; wasm-bindgen's output changed`);
}
writeFileSync(berkas, js.replace(LAMA, BARU));
console.log('teks_pendek: short ASCII strings are read without TextDecoder');
