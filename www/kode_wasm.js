// The module's code written as one stream per kind of content (opcodes, local indices, constants,
// memory offsets, call targets, ...) instead of instruction by instruction: LZMA finds far more
// alike bytes in a stream of opcodes alone, and in one of local indices alone, than in their mix
// (on the module: 293 KB -> 266 KB). `make dist` splits (tools/pisah_kode.mjs); the page joins
// the streams back into the very same module before compiling it.
//
// One walk over the code section serves both ways, so the two cannot disagree: it moves each
// instruction's bytes between the module's sequence and the stream of their kind. A classic
// script, like lzma.js, for the service worker too: it sets `self.kodeWasm` = { split, join }.
(() => {

// the streams, in the order they are written
// (stores' offsets, "offs", and the indices local.set and local.tee write, "lset", apart from
// loads' offsets and local.get's indices, each beside its kin: 1,6 KB less under LZMA)
const KINDS = ["locals", "op", "bt", "br", "call", "calli", "local", "lset", "global", "align", "off", "offs", "i32", "i32l", "i64", "f", "misc"];
const K = Object.fromEntries(KINDS.map((k, i) => [k, i]));
const HEADER = 4 * (3 + KINDS.length);

// Opcodes no module holds, standing for an `i32.const` in the opcode stream:
// - I32_LARGE: one whose number takes four bytes or more; such numbers (the addresses of the
//   module's data, from 1 MiB up, and large masks) go to a stream of their own ("i32l"), as they
//   are little like the small ones (2 KB less under LZMA);
// - I32_SMALL + i: one of the numbers compilers write most, 0, 1 and -1 (their LEB128 byte at
//   i in I32_SMALL_BYTES), written by the opcode alone (2,5 KB less).
const I32_LARGE = 0xc5;
const I32_SMALL = 0xc6;
const I32_SMALL_BYTES = [0x00, 0x01, 0x7f];

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
        if (op === 0x02 || op === 0x03 || op === 0x04) depth++;
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
    case I32_SMALL: case I32_SMALL + 1: case I32_SMALL + 2: return;
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
      if (op >= I32_LARGE && op < I32_SMALL + 3) throw new Error("kode: opcode 0x" + op.toString(16) + " not known");
      if (op !== 0x41) return io.raw(K.op, 1);
      const n = readLeb(wasm, pos + 1)[1] - (pos + 1);
      const small = I32_SMALL_BYTES.indexOf(wasm[pos + 1]);
      const alias = n === 1 && small >= 0 ? I32_SMALL + small : n >= 4 ? I32_LARGE : op;
      out[K.op].push(alias);
      // a small number is the opcode's: it moves with it
      pos += alias === I32_LARGE || alias === op ? 1 : 2;
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
  const prefix = wasm.subarray(0, body);
  const suffix = wasm.subarray(stop);
  const streams = out.map((s) => Uint8Array.from(s));
  const file = new Uint8Array(HEADER + prefix.length + suffix.length + streams.reduce((n, s) => n + s.length, 0));
  const v = new DataView(file.buffer);
  [wasm.length, prefix.length, suffix.length, ...streams.map((s) => s.length)].forEach((n, i) => v.setUint32(4 * i, n, true));
  let at = HEADER;
  for (const part of [prefix, suffix, ...streams]) {
    file.set(part, at);
    at += part.length;
  }
  return file;
}

/** The module back from its streams (the page's side); an error if they do not fit together. */
function join(file) {
  if (file.length < HEADER) throw new Error("kode: cut short");
  const v = new DataView(file.buffer, file.byteOffset, file.length);
  const n = (i) => v.getUint32(4 * i, true);
  const [total, pre, suf] = [n(0), n(1), n(2)];
  if (total > 1 << 26) throw new Error("kode: too large");
  // five bytes spare: a function's body is joined ahead of where it ends up (`sized`)
  const out = new Uint8Array(total + 5);
  let at = HEADER;
  const take = (len) => {
    if (at + len > file.length) throw new Error("kode: cut short");
    const s = file.subarray(at, at + len);
    at += len;
    return s;
  };
  const prefix = take(pre);
  const suffix = take(suf);
  const streams = KINDS.map((_, i) => take(n(3 + i)));
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
      if (op < I32_LARGE || op >= I32_SMALL + 3) put(op);
      else {
        put(0x41);
        if (op !== I32_LARGE) put(I32_SMALL_BYTES[op - I32_SMALL]);
      }
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

self.kodeWasm = { split, join };
})();
