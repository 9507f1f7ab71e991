#!/usr/bin/env bash
# Runs every benchmark once and prints one markdown report (also written to
# $OUT, default build/bench-results.md). Default sizes keep the whole run to a
# few minutes on 2 cores; for the 1M-claim store use SCALE_ARTICLES=105000
# (~9 minutes more to build, ~650 MB of disk in $TMPDIR).
#
#   tools/bench.sh                      # build dir: build/ (built if missing)
#   SCALE_ARTICLES=105000 QUERY_SECONDS=3 tools/bench.sh
#
# Environment: BUILD_DIR, OUT, SCALE_ARTICLES (default 10000, ~100k claims),
# QUERY_SECONDS (default 2), REPEAT (default 3), KEEP_STORE=DIR (keep the store).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${BUILD_DIR:-$root/build}"
out="${OUT:-$build/bench-results.md}"
articles="${SCALE_ARTICLES:-10000}"
seconds="${QUERY_SECONDS:-2}"
repeat="${REPEAT:-3}"

if [ ! -x "$build/bench/bench_query" ]; then
  mkdir -p "$build"
  (cd "$build" && cmake -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$root" >/dev/null &&
    ninja -j2 bench_extract bench_ingest gen_corpus build_store bench_query bench_micro >/dev/null)
fi
work="$(mktemp -d "${TMPDIR:-/tmp}/claimgraph-bench-XXXXXX")"
trap 'rm -rf "$work"' EXIT
b="$build/bench"

{
  echo "# claimgraph benchmarks"
  echo
  echo "$(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $(uname -r), commit $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo '?'), load average $(cut -d' ' -f1-3 /proc/loadavg)"
  echo
  echo "## Extraction (Wikinews corpus) — bench_extract --repeat $repeat"
  echo
  "$b/bench_extract" --repeat "$repeat"
  echo
  echo "## Ingest (Wikinews corpus) — bench_ingest --repeat $repeat"
  echo
  "$b/bench_ingest" --repeat "$repeat"
  echo
  echo "## Scale — gen_corpus --articles $articles | build_store"
  echo
  "$b/gen_corpus" --articles "$articles" --seed 7 -o "$work/corpus.jsonl" 2>&1
  echo
  "$b/build_store" --db "$work/store" --every $(( articles / 5 > 0 ? articles / 5 : 1 )) "$work/corpus.jsonl"
  echo
  for c in 1 16; do
    echo "## Query — bench_query --concurrency $c --seconds $seconds (in-process server)"
    echo
    "$b/bench_query" --db "$work/store" --seconds "$seconds" --concurrency "$c" 2>&1
    echo
  done
  echo "## Micro-benchmarks — bench_micro"
  echo
  echo '```'
  "$b/bench_micro" --benchmark_min_time=0.05 2>&1 | grep -E '^(BM_|Benchmark|-)'
  echo '```'
} | tee "$out"
if [ -n "${KEEP_STORE:-}" ]; then rm -rf "$KEEP_STORE"; mv "$work/store" "$KEEP_STORE"; fi
echo "wrote $out" >&2
