// Puts the module's similar functions next to each other, so gzip and brotli find more of what
// they repeat within their window (gzip looks back 32 KB): measured on the module, 12 KB less
// gzipped on the fly, 10 KB less as written ahead (zopfli), 5,6 KB less in brotli. The module's
// size and code are unchanged; only the order of its function bodies.
//
// Functions go in groups by the first two parts of their Rust path (crate::module), and within
// a group as a chain in which each next function is the one most like the last (its 5-byte
// shingles, compared by MinHash). This tool only writes that order into the module's name
// section, as sortable names; `wasm-opt --reorder-functions-by-name` then moves the bodies and
// drops the names (see the Makefile). Sorting by the Rust names alone gives 8 KB of the 10.
//
// usage: node tools/susun_fungsi.mjs dist/pkg/app_bg.wasm (rewritten in place)
import { readFileSync, writeFileSync } from 'node:fs';

const berkas = process.argv[2];
const b = readFileSync(berkas);

// --- reading the module: imports (function indices start after them), bodies, names ---
let p = 8;
const u32 = () => {
  let r = 0, s = 0, x;
  do { x = b[p++]; r |= (x & 0x7f) << s; s += 7; } while (x & 0x80);
  return r >>> 0;
};
const teks = () => { const n = u32(); const s = b.toString('utf8', p, p + n); p += n; return s; };
const leb = (n) => { const o = []; do { let x = n & 0x7f; n >>>= 7; if (n) x |= 0x80; o.push(x); } while (n); return Buffer.from(o); };
const lebTeks = (s) => { const x = Buffer.from(s, 'utf8'); return Buffer.concat([leb(x.length), x]); };
const batas = () => { const f = b[p++]; u32(); if (f & 1) u32(); };

const bagian = [];
let impor = 0;
const isi = [];
let nama = null;
while (p < b.length) {
  const awal = p;
  const id = b[p++];
  const ukuran = u32();
  const ujung = p + ukuran;
  if (id === 2) {
    for (let n = u32(); n > 0; n--) {
      teks(); teks();
      const jenis = b[p++];
      if (jenis === 0) { u32(); impor++; } else if (jenis === 1) { p++; batas(); } else if (jenis === 2) batas(); else if (jenis === 3) p += 2; else { p++; u32(); }
    }
  } else if (id === 10) {
    for (let n = u32(); n > 0; n--) { const s = u32(); isi.push(b.subarray(p, p + s)); p += s; }
  } else if (id === 0 && teks() === 'name') {
    nama = { indeks: bagian.length, sub: [], fungsi: new Map() };
    while (p < ujung) {
      const sid = b[p++];
      const sz = u32();
      const mulai = p;
      if (sid === 1) for (let n = u32(); n > 0; n--) { const i = u32(); nama.fungsi.set(i, teks()); }
      nama.sub.push({ sid, mentah: b.subarray(mulai, mulai + sz) });
      p = mulai + sz;
    }
  }
  bagian.push(b.subarray(awal, ujung));
  p = ujung;
}
if (!nama) {
  console.log('susun_fungsi: the module has no name section; its functions keep their order');
  process.exit(0);
}

// --- the order ---
// crate::module of a Rust name, without generic arguments and hash
const kelompok = (s) => {
  let t = s.replace(/::h[0-9a-f]{16}$/, ''), sebelum;
  do { sebelum = t; t = t.replace(/<[^<>]*>/g, ''); } while (t !== sebelum);
  return t.split('::').slice(0, 2).join('::');
};
// MinHash of each body's 5-byte shingles: K minima of K hash functions
const K = 64, SH = 5;
const benih = Array.from({ length: K }, (_, k) => Math.imul(k + 1, 0x9e3779b1) >>> 0);
const tanda = isi.map((bd) => {
  const m = new Uint32Array(K).fill(0xffffffff);
  for (let i = 0; i + SH <= bd.length; i++) {
    let h0 = 0x811c9dc5;
    for (let q = 0; q < SH; q++) h0 = Math.imul(h0 ^ bd[i + q], 16777619) >>> 0;
    for (let k = 0; k < K; k++) {
      let h = Math.imul(h0 ^ benih[k], 0x85ebca6b) >>> 0;
      h ^= h >>> 13; h = Math.imul(h, 0xc2b2ae35) >>> 0; h ^= h >>> 16;
      if (h < m[k]) m[k] = h;
    }
  }
  return m;
});
const mirip = (a, c) => { let s = 0; for (let k = 0; k < K; k++) if (a[k] === c[k]) s++; return s; };

const grup = new Map();
isi.forEach((_, f) => {
  const g = kelompok(nama.fungsi.get(impor + f) ?? '');
  if (!grup.has(g)) grup.set(g, []);
  grup.get(g).push(f);
});
const urutan = [];
for (const g of [...grup.keys()].sort()) {
  // a chain from the group's largest function, each next the most alike (then the larger)
  const sisa = new Set(grup.get(g));
  let kini = [...sisa].reduce((a, x) => (isi[x].length > isi[a].length ? x : a));
  while (sisa.size) {
    sisa.delete(kini);
    urutan.push(kini);
    let terbaik = -1, skor = -1;
    for (const j of sisa) {
      const s = mirip(tanda[kini], tanda[j]);
      if (s > skor || (s === skor && isi[j].length > isi[terbaik].length)) { skor = s; terbaik = j; }
    }
    kini = terbaik;
  }
}
const lebar = String(urutan.length).length;
urutan.forEach((f, r) => nama.fungsi.set(impor + f, String(r).padStart(lebar, '0')));

// --- writing the name section back with the order as names ---
const daftar = [leb(nama.fungsi.size)];
for (const [i, s] of [...nama.fungsi.entries()].sort((x, y) => x[0] - y[0])) daftar.push(leb(i), lebTeks(s));
const fungsi = Buffer.concat(daftar);
const sub = nama.sub.map(({ sid, mentah }) => (sid === 1
  ? Buffer.concat([Buffer.from([1]), leb(fungsi.length), fungsi])
  : Buffer.concat([Buffer.from([sid]), leb(mentah.length), mentah])));
const muatan = Buffer.concat([lebTeks('name'), ...sub]);
bagian[nama.indeks] = Buffer.concat([Buffer.from([0]), leb(muatan.length), muatan]);
writeFileSync(berkas, Buffer.concat([b.subarray(0, 8), ...bagian]));
console.log(`susun_fungsi: ${isi.length} functions in ${grup.size} groups, each group's alike next to each other`);
