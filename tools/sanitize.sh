#!/usr/bin/env bash
# Builds the test suite with AddressSanitizer + UndefinedBehaviorSanitizer (gcc)
# in build-asan/ and runs ctest there. Extra arguments go to ctest
# (e.g. tools/sanitize.sh -LE slow to skip the crash test).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${SANITIZE_BUILD_DIR:-$root/build-asan}"
if [ ! -f "$build/build.ninja" ]; then
  mkdir -p "$build"
  (cd "$build" && cmake -G Ninja "$root" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCLAIMGRAPH_BUILD_BENCH=OFF \
    -DCMAKE_CXX_FLAGS="-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined" \
    -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" >/dev/null)
fi
ninja -C "$build" -j2 >/dev/null
cd "$build"
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  ctest -j2 --output-on-failure "$@"
