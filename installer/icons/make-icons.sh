#!/usr/bin/env bash
# Regenerates the Windows (.ico) and macOS (.icns) icons from the PNGs in resources/icons.
# Needs ImageMagick (convert) and python3. The Linux installer takes generativa-256.png as it is.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
src="$here/../../resources/icons"

convert "$src"/generativa-{16,32,64,128,256}.png -depth 8 "$here/generativa.ico"

# An .icns file is the tag "icns", the total length, then (type, length, PNG bytes) per size.
python3 - "$src" "$here/generativa.icns" <<'PY'
import struct, sys, pathlib
src, out = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
types = {16: b"icp4", 32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08"}
body = b"".join(t + struct.pack(">I", 8 + len(d)) + d
                for t, d in ((t, (src / f"generativa-{s}.png").read_bytes()) for s, t in types.items()))
out.write_bytes(b"icns" + struct.pack(">I", 8 + len(body)) + body)
PY
