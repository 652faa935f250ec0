#!/usr/bin/env bash
# Builds (or reuses) the real container images the end-to-end tests read:
#   .ci/test-images.sh OUTDIR
# Needs root and the Debian mirror (the script installs its tools with apt-get). The images are
# rebuilt only when the generator script changed or the last build did not pass its checks; the
# debootstrap rootfs is cached inside OUTDIR/.cache by the generator itself.
set -euo pipefail
out="$1"
gen="$(cd "$(dirname "$0")/../.." && pwd)/shared/tools/make-test-images.sh"
[ -f "$gen" ] || { echo "test-images: $gen not found" >&2; exit 1; }
[ "$(id -u)" = 0 ] || { echo "test-images: needs root (debootstrap, chroot RUN)" >&2; exit 1; }
stamp="$out/.generator.sha256"
want=$(sha256sum "$gen" | cut -d' ' -f1)
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ] && grep -q 'failures: 0' "$out/SUMMARY.txt" 2>/dev/null; then
  echo "test-images: reusing $out"
  exit 0
fi
mkdir -p "$out"
start=$(date +%s)
WITH_REGISTRY=0 bash "$gen" "$out" > "$out.log" 2>&1 || { tail -30 "$out.log" >&2; exit 1; }
echo "$want" > "$stamp"
echo "test-images: built in $(( $(date +%s) - start )) s into $out"
