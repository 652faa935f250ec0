#!/usr/bin/env bash
# Image-scan benchmark; prints figures, asserts nothing.
#   bench/image.sh [TEST_IMAGES_DIR] [SYNTHETIC_MB]
# 1. Scans debian-minbase.oci (from ../shared/tools/make-test-images.sh, default /tmp/testimages).
# 2. Builds a synthetic OCI image of SYNTHETIC_MB (default 1200) MB uncompressed in 4 gzip layers
#    (many small text files plus larger semi-random files), in a temp dir, and scans it.
# For each: lashing's wall time, uncompressed MB/s and peak RSS next to `gzip -dc` of the same
# layer blobs, one after the other, from the same run; the ratio is lashing / gzip.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
images="${1:-/tmp/testimages}"
synth_mb="${2:-1200}"
cd "$here"
./lashing --version >/dev/null   # builds the jar and the class-data-sharing archive, so runs measure scanning
java_bin="${JAVA_HOME:+$JAVA_HOME/bin/}java"
echo "java: $("$java_bin" -version 2>&1 | head -1); $(nproc) CPUs"

bench() { # $1 = label, $2 = OCI layout dir
  local layout="$2" blobs=() log start end rss secs gz_start gz_end gz_secs bytes
  manifest=$(python3 -c 'import json,sys; d=json.load(open(sys.argv[1]+"/index.json")); print(d["manifests"][0]["digest"].split(":")[1])' "$layout")
  mapfile -t blobs < <(python3 -c 'import json,sys; m=json.load(open(sys.argv[1]+"/blobs/sha256/"+sys.argv[2])); [print(sys.argv[1]+"/blobs/sha256/"+l["digest"].split(":")[1]) for l in m["layers"]]' "$layout" "$manifest")
  gz_start=$(date +%s.%N)
  bytes=0
  for b in "${blobs[@]}"; do n=$(gzip -dc "$b" | wc -c); bytes=$((bytes + n)); done
  gz_end=$(date +%s.%N)
  log=$(mktemp)
  start=$(date +%s.%N)
  /usr/bin/time -v ./lashing image --isolated --fail-on never -q \
      --no-progress --format json -o /dev/null "$layout" 2>"$log" || { cat "$log" >&2; return 1; }
  end=$(date +%s.%N)
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$log")
  secs=$(awk -v a="$start" -v b="$end" 'BEGIN{printf "%.2f", b-a}')
  gz_secs=$(awk -v a="$gz_start" -v b="$gz_end" 'BEGIN{printf "%.2f", b-a}')
  awk -v l="$1" -v s="$secs" -v g="$gz_secs" -v by="$bytes" -v r="$rss" -v n="${#blobs[@]}" 'BEGIN{
    printf "%-16s %d layers, %.0f MB uncompressed\n", l, n, by/1e6;
    printf "  lashing image: %6.2f s  %7.1f MB/s  peak RSS %d MiB\n", s, by/1e6/s, r/1024;
    printf "  gzip -dc (sequential, same blobs): %6.2f s  %7.1f MB/s\n", g, by/1e6/g;
    printf "  ratio lashing/gzip: %.2f\n", s/g }'
  rm -f "$log"
}

if [ -d "$images/debian-minbase.oci" ]; then
  bench debian-minbase "$images/debian-minbase.oci"
else
  echo "debian-minbase: $images/debian-minbase.oci not found (run ../shared/tools/make-test-images.sh $images)"
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
echo "building a synthetic ${synth_mb} MB image in $tmp ..."
python3 - "$tmp" "$synth_mb" <<'PY'
import gzip, hashlib, io, json, os, random, sys, tarfile
out, total_mb = sys.argv[1], int(sys.argv[2])
os.makedirs(out + "/blobs/sha256")
rng = random.Random(42)
words = [("".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(2, 9)))) for _ in range(5000)]
def blob(data):
    h = hashlib.sha256(data).hexdigest()
    open(f"{out}/blobs/sha256/{h}", "wb").write(data)
    return "sha256:" + h, len(data)
layers, diff_ids, history = [], [], []
per_layer = total_mb * 1_000_000 // 4
for n in range(4):
    raw = io.BytesIO()
    with tarfile.open(fileobj=raw, mode="w", format=tarfile.PAX_FORMAT) as t:
        size, i = 0, 0
        while size < per_layer:
            if i % 50 == 0:   # a larger semi-random file (poorly compressible)
                data = rng.randbytes(2_000_000)
            else:             # source-like text
                data = " ".join(rng.choice(words) for _ in range(rng.randint(100, 3000))).encode()
            ti = tarfile.TarInfo(f"layer{n}/dir{i // 500}/file{i}.txt")
            ti.size, ti.mode = len(data), 0o644
            t.addfile(ti, io.BytesIO(data))
            size += len(data); i += 1
    tar_bytes = raw.getvalue()
    diff_ids.append("sha256:" + hashlib.sha256(tar_bytes).hexdigest())
    d, s = blob(gzip.compress(tar_bytes, compresslevel=6))
    layers.append({"mediaType": "application/vnd.oci.image.layer.v1.tar+gzip", "digest": d, "size": s})
    history.append({"created_by": f"RUN generate layer {n}"})
config = {"architecture": "amd64", "os": "linux", "config": {"User": "10001"},
          "rootfs": {"type": "layers", "diff_ids": diff_ids}, "history": history}
cd, cs = blob(json.dumps(config).encode())
manifest = {"schemaVersion": 2, "mediaType": "application/vnd.oci.image.manifest.v1+json",
            "config": {"mediaType": "application/vnd.oci.image.config.v1+json", "digest": cd, "size": cs}, "layers": layers}
md, ms = blob(json.dumps(manifest).encode())
json.dump({"schemaVersion": 2, "manifests": [{"mediaType": "application/vnd.oci.image.manifest.v1+json", "digest": md, "size": ms}]},
          open(out + "/index.json", "w"))
open(out + "/oci-layout", "w").write('{"imageLayoutVersion":"1.0.0"}')
PY
bench "synthetic" "$tmp"
