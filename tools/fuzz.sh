#!/usr/bin/env bash
# Builds the libFuzzer targets (fuzz_extract, fuzz_jsonl, fuzz_record,
# fuzz_date, fuzz_service) with clang-14 (-fsanitize=fuzzer,address,undefined) in
# build-fuzz/ and runs each for N seconds (default 60) on a seed corpus made
# from examples/articles and the Wikinews corpus (dates: its "date" values and
# one of each format common/dates.h reads; records: `claimgraph extract` lines
# of those articles, by build/tools/claimgraph when it is built; service: the
# requests below).
# Exits non-zero on a finding;
# crash inputs are left in build-fuzz/findings/.
#
#   tools/fuzz.sh [seconds]
set -euo pipefail
seconds="${1:-60}"
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${FUZZ_BUILD_DIR:-$root/build-fuzz}"
flags="-fsanitize=address,undefined -fsanitize=fuzzer-no-link -fno-omit-frame-pointer -fno-sanitize-recover=undefined"
if [ ! -f "$build/build.ninja" ]; then
  mkdir -p "$build"
  (cd "$build" && CC=clang-14 CXX=clang++-14 cmake -G Ninja "$root" \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCLAIMGRAPH_BUILD_FUZZ=ON \
    -DCLAIMGRAPH_BUILD_TESTS=OFF -DCLAIMGRAPH_BUILD_BENCH=OFF \
    -DCMAKE_CXX_FLAGS="$flags" >/dev/null)
fi
targets=(extract jsonl record date service)
ninja -C "$build" -j2 "${targets[@]/#/fuzz_}" >/dev/null

seeds="$build/seeds"
rm -rf "$seeds"
mkdir -p "$build/findings"
for target in "${targets[@]}"; do mkdir -p "$seeds/$target" "$build/corpus/$target"; done
cp "$root"/examples/articles/*.txt "$seeds/extract/"
python3 - "$root/tests/data/wikinews/articles.jsonl" "$seeds" <<'PY'
import json, sys
src, seeds = sys.argv[1], sys.argv[2]
for i, line in enumerate(open(src, encoding="utf-8")):
    if i % 4:  # a quarter of the articles is plenty of shapes
        continue
    open(f"{seeds}/jsonl/wn-{i}.jsonl", "w", encoding="utf-8").write(line)
    record = json.loads(line)
    open(f"{seeds}/extract/wn-{i}.txt", "w", encoding="utf-8").write(record["text"][:16384])
    open(f"{seeds}/date/wn-{i}.txt", "w", encoding="utf-8").write(record.get("date", ""))
for i, date in enumerate(["2016-09-18T10:00:00.5+02:00", "Sun, 18 Sep 2016 10:00:00 GMT",
                          "27-MAR-1987 00:02:59.13", "September 18, 2016", "2020-02-29"]):
    open(f"{seeds}/date/format-{i}.txt", "w", encoding="utf-8").write(date)
PY
if [ -x "$root/build/tools/claimgraph" ]; then
  for line in "$seeds"/jsonl/wn-*.jsonl; do
    "$root/build/tools/claimgraph" extract "$line" >"$seeds/record/$(basename "$line")" 2>/dev/null || true
  done
fi
# fuzz_service: one byte picks the method (0 GetClaim, 1 ListClaims, 2 GetSource,
# 3 ListSources, 4 Traverse, 5 ExportSubgraph, 6 ListContradictions), the rest
# is the request proto; "#k" names the store's k-th node.
seed() { printf "$2" >"$seeds/service/$1"; }
seed get-claim '\x00\x0a\x02#7'
seed list-claims '\x01\x08\x05\x1a\x0eSamantha Power'
seed list-claims-dates '\x01\x32\x0a2016-09-01\x3a\x0a2016-12-31'
seed get-source '\x02\x0a\x03#12'
seed list-sources '\x03\x1a\x05Power'
seed traverse '\x04\x0a\x02#3\x10\x02\x18\x05'
seed export '\x05\x0a\x02#9\x10\x02\x18\x01'
seed contradictions '\x06\x08\x0a'

status=0
for target in "${targets[@]}"; do
  echo "fuzz_$target: ${seconds}s"
  if ! ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
      "$build/fuzz/fuzz_$target" "$build/corpus/$target" "$seeds/$target" \
      -max_total_time="$seconds" -max_len=16384 -rss_limit_mb=2048 -timeout=10 \
      -artifact_prefix="$build/findings/$target-" -print_final_stats=1 \
      >"$build/fuzz_$target.log" 2>&1; then
    echo "fuzz_$target: FINDING, see $build/fuzz_$target.log and $build/findings/"
    grep -E "ERROR|SUMMARY|runtime error" "$build/fuzz_$target.log" | head -5
    status=1
  else
    grep -E "stat::number_of_executed_units|stat::peak_rss_mb" "$build/fuzz_$target.log" | tr '\n' ' '
    echo
  fi
done
exit $status
