// The module's code written as one stream per kind of content (opcodes, local indices, constants,
// memory offsets, call targets, ...) instead of instruction by instruction: LZMA finds far more
// alike bytes in a stream of opcodes alone, and in one of local indices alone, than in their mix
// (on the module: 293 KB -> 257 KB, with the aliases and the sizes below). `make dist` splits
// (tools/pisah_kode.mjs); the page joins the streams back into the very same module before
// compiling it.
//
// One walk over the code section serves both ways, so the two cannot disagree: it moves each
// instruction's bytes between the module's sequence and the stream of their kind. A classic
// script, like lzma.js, for the service worker too: it sets `self.kodeWasm` = { join } (and
// `split` for the build).
//
// The file: a header of 32-bit numbers (the module's size, the sizes of what comes before and
// after the function bodies, the number of call aliases and the functions they call, and each
// stream's length), then what comes before the bodies, what comes after, and the streams.
(() => {

// the streams, in the order they are written
// (stores' offsets, "offs", and the indices local.set and local.tee write, "lset", apart from
// loads' offsets and local.get's indices, each beside its kin: 1,6 KB less under LZMA)
const KINDS = ["locals", "op", "bt", "br", "call", "calli", "local", "lset", "global", "align", "off", "offs", "i32", "i32l", "i64", "f", "misc"];
const K = Object.fromEntries(KINDS.map((k, i) => [k, i]));

// Opcodes no module holds (0xc5-0xcf, 0xd3-0xfb), each standing in the opcode stream for an
// instruction the module writes often, or for its start: what follows an opcode LZMA finds far
// more cheaply in the opcode stream than in a stream of immediates.
// - I32_LARGE: an i32.const whose number takes four bytes or more; such numbers (the addresses of
//   the module's data, from 1 MiB up, and large masks) go to a stream of their own ("i32l"), as
//   they are little like the small ones (2 KB less under LZMA).
// - FIXED + i: the whole instruction FIXED_BYTES[i]: i32.const 0, 1 and -1, the numbers compilers
//   write most (2,5 KB less), br 0, br_if 0 (0,3 KB), local.get 0 and i64.const 0 (0,8 KB).
// - BLOCK + i: a block, loop or if of no result (0x40), the most common kind (0,3 KB).
// - NATURAL + (op - 0x28): a load or store whose alignment is its natural one (four bytes for
//   i32.load...), as four in five are; its offset follows in its stream (3,6 KB less).
// - CALLS + i: a call of the i-th most called function, listed in the file's header (1,7 KB
//   less for 18).
const I32_LARGE = 0xc5;
const FIXED = 0xc6;
const FIXED_BYTES = [[0x41, 0x00], [0x41, 0x01], [0x41, 0x7f], [0x0c, 0x00], [0x0d, 0x00], [0x20, 0x00], [0x42, 0x00]];
const BLOCK = FIXED + FIXED_BYTES.length;
const NATURAL = 0xd3;
const NATURAL_ALIGN = [2, 3, 2, 3, 0, 0, 1, 1, 0, 0, 1, 1, 2, 2, 2, 3, 2, 3, 0, 1, 0, 1, 2];
const CALLS = NATURAL + NATURAL_ALIGN.length;
const CALLS_MAX = 0xfc - CALLS;
const reserved = (op) => (op >= I32_LARGE && op < BLOCK + 3) || (op >= NATURAL && op < 0xfc);

/** What each alias opcode stands for (its bytes in the module), with `calls` the functions its
 * call aliases call. */
function aliases(calls) {
  const a = new Array(256);
  a[I32_LARGE] = [0x41];
  FIXED_BYTES.forEach((b, i) => (a[FIXED + i] = b));
  for (let i = 0; i < 3; i++) a[BLOCK + i] = [0x02 + i, 0x40];
  NATURAL_ALIGN.forEach((al, i) => (a[NATURAL + i] = [0x28 + i, al]));
  calls.forEach((f, i) => (a[CALLS + i] = [0x10, ...uleb(f)]));
  return a;
}

/** Walks `count` function bodies, moving every byte through `io`: `leb(k)` moves one LEB128
 * number of kind `k` and gives its value, `raw(k, n)` moves `n` bytes and gives the first,
 * `op()` moves an opcode and gives it as the opcode stream holds it, `peek(k)` gives the next
 * byte of kind `k` unmoved, `at()` the position in the module; `sized(body)` moves a function's
 * size and the body that `body()` moves. No stream holds the sizes: a body ends at the `end`
 * that closes it, so the join counts them (3,6 KB less under LZMA). */
function walk(io, count) {
  for (let f = 0; f < count; f++) {
    io.sized(() => {
      for (let g = io.leb(K.locals); g > 0; g--) {
        io.leb(K.locals);
        io.raw(K.locals, 1);
      }
      for (let depth = 0; depth >= 0; ) {
        const op = io.op();
        if ((op >= 0x02 && op <= 0x04) || (op >= BLOCK && op < BLOCK + 3)) depth++;
        else if (op === 0x0b) depth--;
        instruction(io, op);
      }
    });
  }
}

/** One instruction's immediates, by its opcode (the core instructions, bulk memory and the
 * non-trapping conversions: what the build enables; any other opcode stops the build). */
function instruction(io, op) {
  if (op <= 0x01 || op === 0x05 || op === 0x0b || op === 0x0f || op === 0x1a || op === 0x1b) return;
  if (op >= 0x45 && op <= 0xc4) return;
  if (op >= 0x28 && op <= 0x3e) {
    io.leb(K.align);
    io.leb(op < 0x36 ? K.off : K.offs);
    return;
  }
  if (op >= NATURAL && op < CALLS) {
    io.leb(op < NATURAL + 0x36 - 0x28 ? K.off : K.offs);
    return;
  }
  // the whole instruction is in its alias
  if ((op >= FIXED && op < BLOCK + 3) || (op >= CALLS && op < 0xfc)) return;
  switch (op) {
    case 0x02: case 0x03: case 0x04: {
      // a block type: empty (0x40), one value type, or a type's index
      const b = io.peek(K.bt);
      if (b === 0x40 || (b >= 0x6f && b <= 0x7f)) io.raw(K.bt, 1);
      else io.leb(K.bt);
      return;
    }
    case 0x0c: case 0x0d: io.leb(K.br); return;
    case 0x0e: for (let n = io.leb(K.br); n >= 0; n--) io.leb(K.br); return;
    case 0x10: io.leb(K.call); return;
    case 0x11: io.leb(K.calli); io.leb(K.calli); return;
    case 0x1c: io.raw(K.misc, io.leb(K.misc)); return;
    case 0x20: io.leb(K.local); return;
    case 0x21: case 0x22: io.leb(K.lset); return;
    case 0x23: case 0x24: io.leb(K.global); return;
    case 0x25: case 0x26: io.leb(K.misc); return;
    case 0x3f: case 0x40: io.raw(K.misc, 1); return;
    case 0x41: io.leb(K.i32); return;
    case I32_LARGE: io.leb(K.i32l); return;
    case 0x42: io.leb(K.i64); return;
    case 0x43: io.raw(K.f, 4); return;
    case 0x44: io.raw(K.f, 8); return;
    case 0xd0: io.raw(K.misc, 1); return;
    case 0xd1: return;
    case 0xd2: io.leb(K.misc); return;
    case 0xfc: {
      const sub = io.leb(K.op);
      if (sub <= 7) return;
      if (sub === 8) { io.leb(K.misc); io.raw(K.misc, 1); return; }
      if (sub === 10) { io.raw(K.misc, 2); return; }
      if (sub === 11) { io.raw(K.misc, 1); return; }
      if (sub === 12 || sub === 14) { io.leb(K.misc); io.leb(K.misc); return; }
      if (sub === 9 || sub === 13 || (sub >= 15 && sub <= 17)) { io.leb(K.misc); return; }
    }
  }
  throw new Error("kode: opcode 0x" + op.toString(16) + " not known");
}

/** The shortest LEB128 bytes of `n`. */
function uleb(n) {
  const out = [];
  do {
    out.push((n % 128) | (n >= 128 ? 0x80 : 0));
    n = Math.floor(n / 128);
  } while (n > 0);
  return out;
}

/** Reads a LEB128 number at `p` of `b`: [value, position after it]. */
function readLeb(b, p) {
  let v = 0, m = 1, x;
  do {
    if (p >= b.length) throw new Error("kode: cut short");
    x = b[p++];
    v += (x & 0x7f) * m;
    m *= 128;
  } while (x & 0x80);
  return [v, p];
}

/** The module's code as streams (the build's side). */
function split(wasm) {
  // once to count the calls, then again with the most called functions' aliases
  const { streams } = splitWith(wasm, []);
  const counts = new Map();
  for (let p = 0; p < streams[K.call].length; ) {
    const [f, q] = readLeb(streams[K.call], p);
    counts.set(f, (counts.get(f) ?? 0) + 1);
    p = q;
  }
  const calls = [...counts].sort((x, y) => y[1] - x[1] || x[0] - y[0]).slice(0, CALLS_MAX).map((c) => c[0]);
  const s = splitWith(wasm, calls);
  const head = [wasm.length, s.prefix.length, s.suffix.length, calls.length, ...calls, ...s.streams.map((x) => x.length)];
  const file = new Uint8Array(4 * head.length + s.prefix.length + s.suffix.length + s.streams.reduce((n, x) => n + x.length, 0));
  const v = new DataView(file.buffer);
  head.forEach((n, i) => v.setUint32(4 * i, n, true));
  let at = 4 * head.length;
  for (const part of [s.prefix, s.suffix, ...s.streams]) {
    file.set(part, at);
    at += part.length;
  }
  return file;
}

/** The module's parts: what comes before its function bodies, what after, and the streams of
 * the bodies, written with the aliases for `calls`. */
function splitWith(wasm, calls) {
  // find the code section (id 10): its payload starts with the function count
  let p = 8, start = -1, stop = -1;
  while (p < wasm.length) {
    const id = wasm[p];
    const [size, q] = readLeb(wasm, p + 1);
    if (id === 10) [start, stop] = [q, q + size];
    p = q + size;
  }
  if (start < 0) throw new Error("kode: no code section");
  const [count, body] = readLeb(wasm, start);
  // the aliases by the opcode they start with
  const starts = new Array(256);
  aliases(calls).forEach((bytes, alias) => {
    if (alias !== I32_LARGE) (starts[bytes[0]] ??= []).push([alias, bytes]);
  });
  const out = KINDS.map(() => []);
  let pos = body;
  const io = {
    at: () => pos,
    peek: () => wasm[pos],
    sized(body) {
      const [size, q] = readLeb(wasm, pos);
      if (uleb(size).length !== q - pos) throw new Error("kode: a function's size not written shortest");
      pos = q;
      const end = pos + size;
      body();
      if (pos !== end) throw new Error("kode: a function's end is not where its size says");
    },
    op() {
      const op = wasm[pos];
      if (reserved(op)) throw new Error("kode: opcode 0x" + op.toString(16) + " not known");
      let alias = op, len = 1;
      for (const [a, bytes] of starts[op] ?? []) {
        if (bytes.every((b, i) => wasm[pos + i] === b)) {
          [alias, len] = [a, bytes.length];
          break;
        }
      }
      if (alias === op && op === 0x41 && readLeb(wasm, pos + 1)[1] - (pos + 1) >= 4) alias = I32_LARGE;
      out[K.op].push(alias);
      pos += len;
      return alias;
    },
    raw(k, n) {
      const first = wasm[pos];
      for (let i = 0; i < n; i++) out[k].push(wasm[pos++]);
      return first;
    },
    leb(k) {
      const [v, q] = readLeb(wasm, pos);
      while (pos < q) out[k].push(wasm[pos++]);
      return v;
    },
  };
  walk(io, count);
  if (pos !== stop) throw new Error("kode: the code section does not end where it says");
  return { prefix: wasm.subarray(0, body), suffix: wasm.subarray(stop), streams: out.map((x) => Uint8Array.from(x)) };
}

/** The module back from its streams (the page's side); an error if they do not fit together. */
function join(file) {
  if (file.length < 16) throw new Error("kode: cut short");
  const v = new DataView(file.buffer, file.byteOffset, file.length);
  const n = (i) => v.getUint32(4 * i, true);
  const [total, pre, suf, ncalls] = [n(0), n(1), n(2), n(3)];
  if (total > 1 << 26) throw new Error("kode: too large");
  if (ncalls > CALLS_MAX) throw new Error("kode: too many calls listed");
  const head = 4 + ncalls + KINDS.length;
  if (file.length < 4 * head) throw new Error("kode: cut short");
  const table = aliases(Array.from({ length: ncalls }, (_, i) => n(4 + i)));
  // five bytes spare: a function's body is joined ahead of where it ends up (`sized`)
  const out = new Uint8Array(total + 5);
  let at = 4 * head;
  const take = (len) => {
    if (at + len > file.length) throw new Error("kode: cut short");
    const s = file.subarray(at, at + len);
    at += len;
    return s;
  };
  const prefix = take(pre);
  const suffix = take(suf);
  const streams = KINDS.map((_, i) => take(n(4 + ncalls + i)));
  const cur = KINDS.map(() => 0);
  if (prefix.length + suffix.length > total) throw new Error("kode: sizes do not fit");
  out.set(prefix, 0);
  let pos = prefix.length;
  const limit = total - suffix.length;
  const byte = (k) => {
    if (cur[k] >= streams[k].length) throw new Error("kode: a stream is cut short");
    return streams[k][cur[k]++];
  };
  const put = (b) => {
    if (pos >= limit + 5) throw new Error("kode: more code than the module holds");
    out[pos++] = b;
  };
  const io = {
    at: () => pos,
    peek: (k) => streams[k][cur[k]],
    sized(body) {
      // the body is joined after room for its size's LEB128 bytes (at most 5), then moved up to
      // right after them once its size is known
      const start = pos;
      pos += 5;
      body();
      const size = uleb(pos - start - 5);
      out.copyWithin(start + size.length, start + 5, pos);
      out.set(size, start);
      pos -= 5 - size.length;
    },
    op() {
      const op = byte(K.op);
      const bytes = table[op];
      if (bytes) for (let i = 0; i < bytes.length; i++) put(bytes[i]);
      else if (reserved(op)) throw new Error("kode: opcode 0x" + op.toString(16) + " not known");
      else put(op);
      return op;
    },
    raw(k, len) {
      const first = streams[k][cur[k]];
      for (let i = 0; i < len; i++) put(byte(k));
      return first;
    },
    leb(k) {
      let val = 0, m = 1, x;
      do {
        x = byte(k);
        put(x);
        val += (x & 0x7f) * m;
        m *= 128;
      } while (x & 0x80);
      return val;
    },
  };
  const [count] = readLeb(prefix, prefix.length - lebLength(prefix));
  walk(io, count);
  if (pos !== limit || cur.some((c, k) => c !== streams[k].length)) throw new Error("kode: streams left over");
  out.set(suffix, pos);
  return out.subarray(0, total);
}

/** How many bytes the LEB128 number that ends `b` takes (the function count ends the prefix). */
function lebLength(b) {
  let i = b.length - 1;
  while (i > 0 && b[i - 1] & 0x80) i--;
  return b.length - i;
}

self.kodeWasm = { join };
// the build's side (tools/pisah_kode.mjs), which the page never uses: the served copy leaves it
// out (`make dist` minifies it with SERVED defined)
if (typeof SERVED === "undefined") self.kodeWasm.split = split;
})();
