#!/usr/bin/env bash
# Builds the libFuzzer targets with clang-14 (-fsanitize=fuzzer,address,undefined)
# in build-fuzz/ and runs each for N seconds (default 60) on a seed corpus made
# from examples/articles and the Wikinews corpus (dates: its "date" values and
# one of each format common/dates.h reads). Exits non-zero on a finding;
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
targets=(extract jsonl date)
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
