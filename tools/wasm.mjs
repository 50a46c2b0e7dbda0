// Reading and writing a WebAssembly module's sections, for the build's tools that rework what
// wasm-bindgen and wasm-opt leave (pangkas.mjs, nama_singkat.mjs, susun_fungsi.mjs).

/** An unsigned LEB128 at `o`: [value, offset after it]. */
export function bacaLeb(buf, o) {
  let nilai = 0;
  let geser = 0;
  let b;
  do {
    b = buf[o++];
    nilai += (b & 0x7f) * 2 ** geser;
    geser += 7;
  } while (b & 0x80);
  return [nilai, o];
}

export function tulisLeb(n) {
  const out = [];
  do {
    let b = n % 128;
    n = Math.floor(n / 128);
    if (n) b |= 0x80;
    out.push(b);
  } while (n);
  return Buffer.from(out);
}

/** A name (length, then UTF-8) at `o`: [text, offset after it]. */
export function bacaNama(buf, o) {
  const [n, awal] = bacaLeb(buf, o);
  return [buf.toString('utf8', awal, awal + n), awal + n];
}

export function tulisNama(s) {
  const b = Buffer.from(s, 'utf8');
  return Buffer.concat([tulisLeb(b.length), b]);
}

/** Past a table's or memory's limits at `p`: flags, minimum, maximum if flagged. */
function lewatiBatas(isi, p) {
  const f = isi[p++];
  [, p] = bacaLeb(isi, p);
  if (f & 1) [, p] = bacaLeb(isi, p);
  return p;
}

/** The entries of an import (`id` 2) or export (7) section's content: each one's `modul`
 * (imports), `nama`, `jenis` (0 a function) and `sisa`, the bytes after its names. */
export function bacaEntri(id, isi) {
  let [n, p] = bacaLeb(isi, 0);
  const daftar = [];
  for (; n > 0; n--) {
    let modul;
    let nama;
    if (id === 2) [modul, p] = bacaNama(isi, p);
    [nama, p] = bacaNama(isi, p);
    const awal = p;
    const jenis = isi[p++];
    if (id === 7 || jenis === 0) [, p] = bacaLeb(isi, p); // an export's index, a function's type
    else if (jenis === 1) p = lewatiBatas(isi, p + 1); // a table: element type, limits
    else if (jenis === 2) p = lewatiBatas(isi, p); // a memory
    else if (jenis === 3) p += 2; // a global: value type, mutability
    else [, p] = bacaLeb(isi, p + 1); // a tag: attribute, type
    daftar.push({ modul, nama, jenis, sisa: isi.subarray(awal, p) });
  }
  return daftar;
}

/** An import (`id` 2) or export (7) section of `daftar`, entries as `bacaEntri` reads them. */
export function bagianEntri(id, daftar) {
  const isi = daftar.flatMap((e) => [...(id === 2 ? [tulisNama(e.modul)] : []), tulisNama(e.nama), e.sisa]);
  return bagian(id, Buffer.concat([tulisLeb(daftar.length), ...isi]));
}

/** The module's sections in order: `id`, its content `isi`, and the whole of it `mentah`. */
export function bacaBagian(wasm) {
  const daftar = [];
  let o = 8;
  while (o < wasm.length) {
    const id = wasm[o];
    const [panjang, awal] = bacaLeb(wasm, o + 1);
    daftar.push({ id, isi: wasm.subarray(awal, awal + panjang), mentah: wasm.subarray(o, awal + panjang) });
    o = awal + panjang;
  }
  return daftar;
}

/** A section of `id` holding `isi`. */
export function bagian(id, isi) {
  return Buffer.concat([Buffer.from([id]), tulisLeb(isi.length), isi]);
}

/** The module again: `wasm`'s header, then each section (a Buffer as it is, or one from
 * `bacaBagian` as it was read). */
export function rakit(wasm, daftar) {
  return Buffer.concat([wasm.subarray(0, 8), ...daftar.map((b) => (Buffer.isBuffer(b) ? b : b.mentah))]);
}
