#!/usr/bin/env bash
# Benchmarks lashing on this machine and prints figures; nothing here asserts a timing.
#   bench/run.sh [CORPUS_DIR] [RUNS]
# 1. Lints every file of the corpus (default ../shared/corpus/dockerfiles) in ONE process with
#    every rule (--select ALL), and prints files/s, MB/s and peak RSS (from /usr/bin/time -v).
# 2. Times a single-file run (examples/web/Dockerfile) next to `java -version` on the same JVM,
#    median of RUNS (default 10) runs each, and prints the ratio.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
corpus="${1:-$here/../shared/corpus/dockerfiles}"
runs="${2:-10}"
cd "$here"
./lashing --version >/dev/null   # builds the jar when needed
java_bin="${JAVA_HOME:+$JAVA_HOME/bin/}java"
jvm=(--enable-native-access=ALL-UNNAMED -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xss4m)

mapfile -t files < <(find "$corpus" -maxdepth 1 -type f ! -name '*.tsv' | sort)
bytes=$(cat "${files[@]}" | wc -c)
echo "java: $("$java_bin" -version 2>&1 | head -1)"
echo "corpus: ${#files[@]} files, $((bytes / 1024)) KiB, $(nproc) CPUs"

for mode in "tiered C1 (launcher default)" "full tiered (C2)"; do
  opts=("${jvm[@]}")
  [ "$mode" = "full tiered (C2)" ] && opts=(--enable-native-access=ALL-UNNAMED -XX:+UseSerialGC -Xss4m)
  log=$(mktemp)
  start=$(date +%s.%N)
  /usr/bin/time -v "$java_bin" "${opts[@]}" -jar target/lashing.jar lint --isolated --select ALL \
      --fail-on never -q --format json -o /dev/null "${files[@]}" 2>"$log" || true
  end=$(date +%s.%N)
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$log")
  rm -f "$log"
  awk -v n="${#files[@]}" -v b="$bytes" -v s="$start" -v e="$end" -v rss="$rss" -v m="$mode" 'BEGIN {
    t = e - s; printf "whole corpus, one process, %s: %.2f s, %.0f files/s, %.2f MB/s, peak RSS %.0f MiB\n",
      m, t, n / t, b / t / 1e6, rss / 1024 }'
done

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
time_runs() {
  for _ in $(seq "$runs"); do
    s=$(date +%s%N); "$@" >/dev/null 2>&1 || true; e=$(date +%s%N); echo $(( (e - s) / 1000000 ))
  done | median
}
jv=$(time_runs "$java_bin" "${jvm[@]}" -version)
one=$(time_runs "$java_bin" "${jvm[@]}" -jar target/lashing.jar lint --isolated examples/web/Dockerfile)
launcher=$(time_runs ./lashing lint --isolated examples/web/Dockerfile)
awk -v j="$jv" -v o="$one" -v l="$launcher" -v r="$runs" 'BEGIN {
  printf "single file (examples/web/Dockerfile), median of %d: java -jar %d ms, ./lashing (with CDS archive) %d ms; java -version %d ms; ratios %.1fx and %.1fx\n", r, o, l, j, o / j, l / j }'
