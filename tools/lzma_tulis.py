"""Writes FILE.lzma beside each FILE given: an "LZMA alone" file (13-byte header, then the
stream) that www/lzma.js decodes in the page. The module crosses the line this way from any host:
LZMA at its best setting is 293 KB where zopfli's gzip is 360 and brotli's 304.

The header states the size (the standard writer leaves it "unknown"), so the page allocates the
module once; the end marker the standard writer adds stays, and the page's decoder checks it, as
LZMA has no checksum. Of a few literal-context and match-finder settings, the
smallest file is kept; they differ by under 0,3 KB (lc=4 lp=0 pb=0 suits wasm's bytes best).
"""

import lzma
import struct
import sys

SETTINGS = [
    {"lc": 4, "lp": 0, "pb": 0},
    {"lc": 3, "lp": 0, "pb": 0},
    {"lc": 4, "lp": 0, "pb": 0, "mf": lzma.MF_BT2},
]


def compress(data: bytes) -> bytes:
    best = None
    for s in SETTINGS:
        flt = {"id": lzma.FILTER_LZMA1, "preset": 9 | lzma.PRESET_EXTREME, **s}
        c = lzma.compress(data, format=lzma.FORMAT_ALONE, filters=[flt])
        if best is None or len(c) < len(best):
            best = c
    # bytes 5..13: the uncompressed size, little-endian
    return best[:5] + struct.pack("<Q", len(data)) + best[13:]


for path in sys.argv[1:]:
    with open(path, "rb") as f:
        data = f.read()
    packed = compress(data)
    # the standard reader must give the file back too (the page's reader is checked by kompres.mjs)
    if lzma.decompress(packed, format=lzma.FORMAT_ALONE) != data:
        sys.exit(f"{path}: LZMA copy does not decompress to the file")
    with open(path + ".lzma", "wb") as f:
        f.write(packed)
