// An LZMA decoder ("LZMA alone" files, as `make dist` writes `pkg/app_bg.wasm.lzma`), so that the
// module crosses the line as LZMA from any host: 293 KB against 360 gzipped ahead, 380 gzipped on
// the fly and 304 as brotli. Browsers decode gzip and brotli themselves but not LZMA, hence this
// file. It follows the LZMA specification (LzmaSpec.cpp in the LZMA SDK), in the same order.
//
// The decoder is fed the file as it arrives and gives out what it has decoded after each piece,
// so decoding overlaps the download, and the module's compile overlaps both.
//
// A classic script, not a module, so that the service worker can load it too (importScripts; a
// module service worker is not in every browser): it sets `self.lzma` = { decode, stream }.
(() => {

const PROB_INIT = 1024; // half of 1 << 11: a bit equally likely 0 or 1
const STATES = 12;
const POS_BITS_MAX = 4;
const END_POS_MODEL = 14;
const FULL_DISTANCES = 128;
const ALIGN_BITS = 4;
const MATCH_MIN = 2;
// The most input one symbol (a literal or a match) can take: one byte per decoded bit at most,
// and a match decodes fewer than 64 bits. Decoding pauses when fewer remain, until more arrive.
const SYMBOL_MAX_BYTES = 64;

/** The state of one decoding: the header's settings, the range coder, the models, the output. */
class LzmaDecoder {
  /** @param {Uint8Array} header the file's first 13 bytes: settings, dictionary size, size */
  constructor(header) {
    const d = header[0];
    if (header.length < 13 || d >= 9 * 5 * 5) throw new Error("lzma: bad header");
    this.lc = d % 9;
    this.lp = Math.floor(d / 9) % 5;
    this.pb = Math.floor(d / 45);
    let size = 0;
    for (let i = 12; i >= 5; i--) size = size * 256 + header[i];
    // the size must be written (not "unknown" or 0); a damaged header must not make the page
    // set aside more than 64 MiB (the module is about 1 MiB)
    if (size === 0 || size > 1 << 26) throw new Error("lzma: size not stated or too large");
    this.out = new Uint8Array(size);
    this.pos = 0;
    const probs = (n) => new Uint16Array(n).fill(PROB_INIT);
    this.lit = probs(0x300 << (this.lc + this.lp));
    this.isMatch = probs(STATES << POS_BITS_MAX);
    this.isRep = probs(STATES);
    this.isRepG0 = probs(STATES);
    this.isRepG1 = probs(STATES);
    this.isRepG2 = probs(STATES);
    this.isRep0Long = probs(STATES << POS_BITS_MAX);
    this.posSlot = probs(4 << 6);
    this.posDec = probs(1 + FULL_DISTANCES - END_POS_MODEL);
    this.align = probs(1 << ALIGN_BITS);
    this.len = lenModel();
    this.repLen = lenModel();
    this.state = 0;
    this.rep0 = this.rep1 = this.rep2 = this.rep3 = 0;
    this.input = new Uint8Array(0);
    this.inPos = 0;
    this.started = false;
    this.ended = false;
  }

  /** True once every byte the header promised is out and the file ended as it should. */
  get done() {
    return this.ended;
  }

  /** Decodes what `input` (all of the compressed body received so far, after the header)
   * allows; `last` says no more will come. Returns how many output bytes are ready in `out`. */
  run(input, last) {
    this.input = input;
    if (!this.started) {
      if (input.length < 5) {
        if (last) throw new Error("lzma: truncated");
        return this.pos;
      }
      // the range coder's first byte is always 0, then 4 bytes of code
      if (input[0] !== 0) throw new Error("lzma: bad stream");
      this.code = ((input[1] << 24) | (input[2] << 16) | (input[3] << 8) | input[4]) >>> 0;
      this.range = 0xffffffff;
      this.inPos = 5;
      this.started = true;
    }
    const enough = last ? input.length : input.length - SYMBOL_MAX_BYTES;
    while (this.pos < this.out.length && (this.inPos < enough || last)) this.symbol();
    if (last && !this.ended) this.end();
    return this.pos;
  }

  /** After the last byte the end marker must follow (tools/lzma_tulis.py always writes it), and
   * the range coder must end exactly there. LZMA has no checksum: this is what tells a damaged
   * file from a whole one, as damage anywhere puts the coder off its track. */
  end() {
    const posState = this.pos & ((1 << this.pb) - 1);
    if (
      this.pos !== this.out.length ||
      this.bit(this.isMatch, (this.state << POS_BITS_MAX) + posState) !== 1 ||
      this.bit(this.isRep, this.state) !== 0 ||
      this.distance(this.length(this.len, posState)) !== 0xffffffff ||
      this.code !== 0
    ) {
      throw new Error("lzma: bad end");
    }
    this.ended = true;
  }

  byte() {
    if (this.inPos >= this.input.length) throw new Error("lzma: truncated");
    return this.input[this.inPos++];
  }

  /** Keeps the range above 2^24 by taking in the next byte. Range and code stay below 2^32 as
   * plain numbers, so no 32-bit wrapping is needed. */
  normalize() {
    if (this.range < 0x1000000) {
      this.range = this.range * 256;
      this.code = this.code * 256 + this.byte();
    }
  }

  /** One bit by its probability `probs[i]` (of a 0, in 1/2048), which it then moves toward the
   * bit decoded. */
  bit(probs, i) {
    const p = probs[i];
    const bound = (this.range >>> 11) * p;
    let b;
    if (this.code < bound) {
      probs[i] = p + ((2048 - p) >>> 5);
      this.range = bound;
      b = 0;
    } else {
      probs[i] = p - (p >>> 5);
      this.code -= bound;
      this.range -= bound;
      b = 1;
    }
    this.normalize();
    return b;
  }

  /** `n` bits of even odds (a long distance's middle bits), highest first. */
  direct(n) {
    let r = 0;
    for (let i = 0; i < n; i++) {
      this.range = this.range >>> 1;
      let b = 0;
      if (this.code >= this.range) {
        this.code -= this.range;
        b = 1;
      }
      r = r * 2 + b;
      this.normalize();
    }
    return r;
  }

  /** An `n`-bit number, highest bit first, each bit's probability chosen by the bits before it. */
  tree(probs, base, n) {
    let m = 1;
    for (let i = 0; i < n; i++) m = (m << 1) | this.bit(probs, base + m);
    return m - (1 << n);
  }

  /** The same, lowest bit first (a distance's low bits). */
  reverse(probs, base, n) {
    let m = 1, s = 0;
    for (let i = 0; i < n; i++) {
      const b = this.bit(probs, base + m);
      m = (m << 1) | b;
      s |= b << i;
    }
    return s;
  }

  /** A match's length less 2, by a length model (lenModel): 0-7, 8-15 or 16-271. */
  length(p, posState) {
    if (this.bit(p, 0) === 0) return this.tree(p, 2 + (posState << 3), 3);
    if (this.bit(p, 1) === 0) return 8 + this.tree(p, 2 + 128 + (posState << 3), 3);
    return 16 + this.tree(p, 2 + 256, 8);
  }

  /** A match's distance less 1: a slot (by the length) gives its top bits, then modelled,
   * direct and aligned bits the rest. */
  distance(len) {
    const slot = this.tree(this.posSlot, (len < 3 ? len : 3) << 6, 6);
    if (slot < 4) return slot;
    const n = (slot >>> 1) - 1;
    let dist = (2 | (slot & 1)) * 2 ** n;
    if (slot < END_POS_MODEL) return dist + this.reverse(this.posDec, dist - slot, n);
    dist += this.direct(n - ALIGN_BITS) * 16;
    return dist + this.reverse(this.align, 0, ALIGN_BITS);
  }

  /** One literal or match, into `out`. */
  symbol() {
    const out = this.out;
    const pos = this.pos;
    const posState = pos & ((1 << this.pb) - 1);
    let state = this.state;
    if (this.bit(this.isMatch, (state << POS_BITS_MAX) + posState) === 0) {
      const prev = pos > 0 ? out[pos - 1] : 0;
      const base = 0x300 * (((pos & ((1 << this.lp) - 1)) << this.lc) + (prev >>> (8 - this.lc)));
      let s = 1;
      if (state >= 7) {
        let match = out[pos - this.rep0 - 1];
        do {
          const mb = (match >>> 7) & 1;
          match <<= 1;
          const b = this.bit(this.lit, base + ((1 + mb) << 8) + s);
          s = (s << 1) | b;
          if (mb !== b) break;
        } while (s < 0x100);
      }
      while (s < 0x100) s = (s << 1) | this.bit(this.lit, base + s);
      out[this.pos++] = s - 0x100;
      this.state = state < 4 ? 0 : state < 10 ? state - 3 : state - 6;
      return;
    }
    let len;
    if (this.bit(this.isRep, state) !== 0) {
      if (pos === 0) throw new Error("lzma: bad stream");
      if (this.bit(this.isRepG0, state) === 0) {
        if (this.bit(this.isRep0Long, (state << POS_BITS_MAX) + posState) === 0) {
          // one byte from rep0 back
          this.state = state < 7 ? 9 : 11;
          out[this.pos] = out[pos - this.rep0 - 1];
          this.pos++;
          return;
        }
      } else {
        let dist;
        if (this.bit(this.isRepG1, state) === 0) {
          dist = this.rep1;
        } else {
          if (this.bit(this.isRepG2, state) === 0) {
            dist = this.rep2;
          } else {
            dist = this.rep3;
            this.rep3 = this.rep2;
          }
          this.rep2 = this.rep1;
        }
        this.rep1 = this.rep0;
        this.rep0 = dist;
      }
      len = this.length(this.repLen, posState);
      this.state = state < 7 ? 8 : 11;
    } else {
      this.rep3 = this.rep2;
      this.rep2 = this.rep1;
      this.rep1 = this.rep0;
      len = this.length(this.len, posState);
      this.state = state < 7 ? 7 : 10;
      this.rep0 = this.distance(len);
      // the end marker (or a distance before the start) cannot come before the promised size
      if (this.rep0 >= pos) throw new Error("lzma: bad stream");
    }
    len += MATCH_MIN;
    if (len > out.length - pos) throw new Error("lzma: bad stream");
    const from = pos - this.rep0 - 1;
    // byte by byte: a match may overlap what it writes (a run)
    for (let i = 0; i < len; i++) out[pos + i] = out[from + i];
    this.pos = pos + len;
  }
}

function lenModel() {
  // choice, choice2, 16 low trees and 16 mid trees of 8, one high tree of 256
  return new Uint16Array(2 + 128 + 128 + 256).fill(PROB_INIT);
}

/** Decodes a whole LZMA file at once (the build checks each file it writes with this). */
function decode(file) {
  const dec = new LzmaDecoder(file.subarray(0, 13));
  dec.run(file.subarray(13), true);
  if (!dec.done) throw new Error("lzma: truncated");
  return dec.out;
}

/** A stream of the decoded bytes of `body`, an LZMA file arriving as a stream: each piece of
 * output is given out as soon as it is decoded. The stream errors on a damaged file. */
function stream(body) {
  const reader = body.getReader();
  let buf = new Uint8Array(1 << 16);
  let have = 0;
  let dec = null;
  let given = 0;
  return new ReadableStream({
    async pull(ctl) {
      const before = given;
      for (;;) {
        const { value, done } = await reader.read();
        if (value) {
          if (have + value.length > buf.length) {
            const more = new Uint8Array(Math.max(buf.length * 2, have + value.length));
            more.set(buf.subarray(0, have));
            buf = more;
          }
          buf.set(value, have);
          have += value.length;
        }
        if (!dec && have >= 13) dec = new LzmaDecoder(buf.subarray(0, 13));
        if (dec) {
          const ready = dec.run(buf.subarray(13, have), done);
          if (ready > given) {
            // decoded bytes are never written again, so a view of them can be handed out
            ctl.enqueue(dec.out.subarray(given, ready));
            given = ready;
          }
        }
        if (done) {
          if (!dec || !dec.done) throw new Error("lzma: truncated");
          ctl.close();
          return;
        }
        // one piece of output per pull; a piece of input too small to decode reads on
        if (given > before) return;
      }
    },
    cancel(reason) {
      return reader.cancel(reason);
    },
  });
}

self.lzma = { decode, stream };
})();
