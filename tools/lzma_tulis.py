"""Writes OUT, an "LZMA alone" file (13-byte header, then the stream) of IN, which www/lzma.js
decodes in the page: `python3 tools/lzma_tulis.py IN OUT`. The module crosses the line this way
from any host (its code first split into streams by tools/pisah_kode.mjs): 256 KB, where
zopfli's gzip of the module is 360 KB and brotli's 304.

The header states the size (the standard writer leaves it "unknown"), so the page allocates the
output once; the end marker the standard writer adds stays, and the page's decoder checks it, as
LZMA has no checksum. Of a few literal-context and match-finder settings, the smallest file is
kept; they differ by under 2 KB (with the code's streams, two bits of literal context did best).
"""

import lzma
import struct
import sys

SETTINGS = [
    {"lc": lc, "lp": 0, "pb": 0, "mf": mf, "nice_len": 273}
    for lc in (2, 3, 4)
    for mf in (lzma.MF_BT4, lzma.MF_BT3, lzma.MF_BT2)
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


source, target = sys.argv[1:3]
with open(source, "rb") as f:
    data = f.read()
packed = compress(data)
# the standard reader must give the input back too (the page's reader is checked by kompres.mjs)
if lzma.decompress(packed, format=lzma.FORMAT_ALONE) != data:
    sys.exit(f"{source}: LZMA copy does not decompress to the file")
with open(target, "wb") as f:
    f.write(packed)
