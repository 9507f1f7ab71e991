#!/usr/bin/env bash
# Issue 12: contradictions on figure-heavy business wire text. The articles of
# tests/data/business (written for this test in the 1980s wire manner: two
# quarters' or two companies' figures, a forecast against a result, a part
# against a total, a revision by the same source, a denial with the rumour it
# denies) are ingested in file order and in reverse order; the store's
# contradiction and correction edges must be exactly those of
# expected_edges.tsv (type, the answering or first claim, the other; the two
# claims of a symmetric type in sorted order), and `check` must pass.
#   tests/cli/business_conflicts_test.sh CLAIMGRAPH_BINARY
set -euo pipefail
bin="$(realpath "$1")"
src="$(cd "$(dirname "$0")/../.." && pwd)"
data="$src/tests/data/business"
work="$(mktemp -d "${TMPDIR:-/tmp}/claimgraph-business-XXXXXX")"
trap 'rm -rf "$work"' EXIT
fail() {
  echo "business_conflicts_test: FAIL: $*" >&2
  exit 1
}
edges() {  # edges DB: one line per edge, symmetric types with sorted claims
  "$bin" inspect --db "$1" contradictions --json |
    jq -r '.[] | if (.type == "contradicts" or .type == "figures_differ")
                 then [.type] + ([.a.content, .b.content] | sort)
                 else [.type, .a.content, .b.content] end | @tsv' | sort
}
tac "$data/articles.jsonl" >"$work/reversed.jsonl"
for input in "$data/articles.jsonl" "$work/reversed.jsonl"; do
  db="$work/db-$(basename "$input" .jsonl)"
  "$bin" ingest --quiet --db "$db" "$input" >/dev/null
  "$bin" check --db "$db" >/dev/null || fail "check fails ($input)"
  edges "$db" >"$work/edges.tsv"
  diff "$data/expected_edges.tsv" "$work/edges.tsv" >"$work/diff.txt" ||
    fail "edges differ from expected_edges.tsv ($input): $(cat "$work/diff.txt")"
done
echo "business_conflicts_test: ok ($(wc -l <"$data/expected_edges.tsv") edges, both orders)"
