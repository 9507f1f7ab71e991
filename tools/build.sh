#!/usr/bin/env bash
# Configures and builds claimgraph into build/ (RelWithDebInfo, Ninja).
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=$(nproc 2>/dev/null || echo 2)
if [ ! -f build/build.ninja ]; then
  cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >/dev/null
fi
cmake --build build -j "$jobs" | grep -vE '^\[[0-9]+/[0-9]+\] (Building|Linking|Generating|protoc)' || true
test -x build/tools/claimgraph
