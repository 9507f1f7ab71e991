#!/usr/bin/env bash
# Ingests the same corpus with two claimgraph binaries and compares what the
# stores answer (tools/scripts/store_dump.sh: counts, articles, speakers,
# claims, stories, contradictions): a refactor
# of graph/ must leave this silent.
#   tools/scripts/store_diff.sh OLD_BINARY NEW_BINARY [CORPUS...]
set -euo pipefail
cd "$(dirname "$0")/../.."
old=$1 new=$2
shift 2
corpus=("$@")
[ ${#corpus[@]} -eq 0 ] && corpus=(examples/articles/*.txt tests/data/wikinews/articles.jsonl)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
status=0
for side in old new; do
  bin=${!side}
  "$bin" ingest --db "$out/$side.db" "${corpus[@]}" >/dev/null 2>&1 || true
  tools/scripts/store_dump.sh "$bin" "$out/$side.db" >"$out/$side.dump" 2>&1 || true
done
if ! cmp -s "$out/old.dump" "$out/new.dump"; then
  diff "$out/old.dump" "$out/new.dump" | head -20
  status=1
fi
[ $status -eq 0 ] && echo "stores answer identically (store_dump.sh)"
exit $status
