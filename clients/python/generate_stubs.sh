#!/usr/bin/env bash
# Generates the Python stubs of proto/claimgraph/v1 into OUT_DIR with Debian's
# python3-grpc-tools:  clients/python/generate_stubs.sh OUT_DIR
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
out=$1
mkdir -p "$out"
/usr/bin/python3 -m grpc_tools.protoc -I "$root/proto" --python_out="$out" \
  --grpc_python_out="$out" "$root"/proto/claimgraph/v1/graph.proto \
  "$root"/proto/claimgraph/v1/service.proto
