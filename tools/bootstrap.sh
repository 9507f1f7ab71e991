#!/usr/bin/env bash
# Installs the Debian 12 packages claimgraph needs, and only those missing.
# Idempotent; silent when everything is already there. Run as root.
set -euo pipefail

packages=(
  # toolchain
  g++ cmake ninja-build pkg-config
  # libraries (see README, "Dependencies")
  librocksdb-dev libboost-graph-dev
  libprotobuf-dev protobuf-compiler libgrpc++-dev protobuf-compiler-grpc
  catch2 libabsl-dev libicu-dev libcli11-dev libxxhash-dev libstemmer-dev
  libhowardhinnant-date-dev
  # the allocator of the claimgraph tool and the benchmarks (CLAIMGRAPH_JEMALLOC)
  libjemalloc-dev
  # training the learned attribution tagger (tools/train/)
  libdlib-dev
  # benchmarks (bench/) and fuzzing/sanitizers (tools/fuzz.sh, tools/sanitize.sh)
  libbenchmark-dev clang-14 libclang-rt-14-dev
  # SVG export and the DOT well-formedness test
  graphviz
  # test certificates for the TLS tests (tests/query/ops_test.cc)
  openssl
  # the HTML viewer: D3 inlined at build time; its test in headless Chromium
  node-d3 chromium chromium-driver python3-selenium
  # the Python client (clients/python/) and its test against the real server
  python3-grpcio python3-grpc-tools
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "bootstrap: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt_quiet=(-q -o=Dpkg::Use-Pty=0)
if ! apt-get install -y "${apt_quiet[@]}" --no-install-recommends "${missing[@]}" >/tmp/claimgraph-apt.log 2>&1; then
  apt-get update "${apt_quiet[@]}" >>/tmp/claimgraph-apt.log 2>&1
  apt-get install -y "${apt_quiet[@]}" --no-install-recommends "${missing[@]}" >>/tmp/claimgraph-apt.log 2>&1 ||
    { tail -n 30 /tmp/claimgraph-apt.log; exit 1; }
fi
