#!/usr/bin/env bash
# Compares `claimgraph extract` output of two binaries, byte for byte, on every
# corpus the project measures on: the examples, the Wikinews corpus and its
# annotated dev/val articles, and (when ../shared is present) PolNeAR train+dev.
# A restructure or refactor must leave this silent.
#   tools/scripts/extract_diff.sh OLD_BINARY NEW_BINARY
set -euo pipefail
cd "$(dirname "$0")/../.."
old=$1 new=$2
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
inputs=(examples/articles/*.txt tests/data/wikinews/articles.jsonl
        tests/data/wikinews-dev/articles/* tests/data/wikinews-val/articles/*)
for p in ../shared/corpus/polnear/train.jsonl ../shared/corpus/polnear/dev.jsonl; do
  [ -f "$p" ] && inputs+=("$p")
done
status=0
for input in "${inputs[@]}"; do
  "$old" extract "$input" >"$out/old" 2>"$out/old.err" || true
  "$new" extract "$input" >"$out/new" 2>"$out/new.err" || true
  if ! cmp -s "$out/old" "$out/new" || ! cmp -s "$out/old.err" "$out/new.err"; then
    echo "DIFFERS: $input"
    status=1
  fi
done
[ $status -eq 0 ] && echo "extract output identical on ${#inputs[@]} inputs"
exit $status
