#!/usr/bin/env bash
# Ingests the same corpus with two claimgraph binaries and compares what the
# stores answer (speakers, claims, stories, contradictions as JSON): a refactor
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
  for what in speakers claims stories contradictions; do
    # when each article was stored differs from run to run
    "$bin" inspect --db "$out/$side.db" "$what" --json 2>&1 |
      sed -E 's/,"ingested_at":("[^"]*"|null)//g' >"$out/$side.$what" || true
  done
done
for what in speakers claims stories contradictions; do
  if ! cmp -s "$out/old.$what" "$out/new.$what"; then echo "DIFFERS: $what"; status=1; fi
done
[ $status -eq 0 ] && echo "stores answer identically (speakers, claims, stories, contradictions)"
exit $status
