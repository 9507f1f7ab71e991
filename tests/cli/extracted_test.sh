#!/usr/bin/env bash
# Issue 17: `claimgraph extract` records stored elsewhere. A store built by
# `extract | ingest --extracted` (from a file and piped on stdin), and one
# bulk-loaded from the same records in two shards (`ingest --extracted
# --bulk`, the second shard into a store that holds the first), must equal a
# plain `ingest` of the same corpus (tools/scripts/store_dump.sh) and pass
# `check`. A bad record in the middle of a batch is refused by name and field
# while the rest lands; a record of another extractor version is refused
# unless --accept-version, and then its edges name that version. Then bulk
# loads are killed with SIGKILL at random moments: after each kill `check`
# passes and the store holds all of the shard or none of it, and running the
# load again completes it.
#   tests/cli/extracted_test.sh CLAIMGRAPH_BINARY [KILLS]
set -euo pipefail
bin="$(realpath "$1")"
kills="${2:-8}"
src="$(cd "$(dirname "$0")/../.." && pwd)"
dump="$src/tools/scripts/store_dump.sh"
work="$(mktemp -d "${TMPDIR:-/tmp}/claimgraph-extracted-XXXXXX")"
child=""
cleanup() {
  if [ -n "$child" ]; then kill -KILL "$child" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
fail() {
  echo "extracted_test: FAIL: $*" >&2
  exit 1
}
same_as_plain() {  # same_as_plain DB WHAT
  "$bin" check --db "$1" >/dev/null || fail "$2: check fails"
  "$dump" "$bin" "$1" >"$work/dump.txt"
  cmp -s "$work/plain.txt" "$work/dump.txt" ||
    fail "$2 differs from a plain ingest: $(diff "$work/plain.txt" "$work/dump.txt" | head -5)"
}
articles() { "$bin" inspect --db "$1" stats --json | jq .articles; }

corpus=("$src"/examples/articles/*.txt "$src/tests/data/wikinews/articles.jsonl")
"$bin" ingest --quiet --db "$work/plain" "${corpus[@]}" >/dev/null
"$dump" "$bin" "$work/plain" >"$work/plain.txt"
total=$(articles "$work/plain")

# The contract: one record per document on stdout, nothing else; stdin works.
"$bin" extract "${corpus[@]}" >"$work/records.jsonl" 2>"$work/extract.err" ||
  fail "extract failed: $(head -3 "$work/extract.err")"
[ "$(wc -l <"$work/records.jsonl")" -eq "$total" ] || fail "not one record per document"
jq -e -c 'select(.extractor == null or .doc_id == null)' "$work/records.jsonl" >/dev/null &&
  fail "a record without doc_id or extractor"
"$bin" extract - <"$src/tests/data/wikinews/articles.jsonl" >"$work/piped.jsonl"
cmp -s "$work/piped.jsonl" <(grep -v '"doc_id":"/' "$work/records.jsonl" | grep -v '"doc_id":"[^"]*\.txt"') ||
  fail "extract - on stdin differs from extract FILE"

"$bin" ingest --quiet --db "$work/extracted" --extracted "$work/records.jsonl" >/dev/null
same_as_plain "$work/extracted" "ingest --extracted"
again=$("$bin" ingest --db "$work/extracted" --extracted "$work/records.jsonl" | tail -1)
[[ "$again" == "ingested 0 article(s) (0 replaced), 0 claim(s); $total unchanged; 0 failed" ]] ||
  fail "ingesting the records again changed something: $again"
cat "$work/records.jsonl" | "$bin" ingest --quiet --db "$work/stdin" --extracted - >/dev/null
same_as_plain "$work/stdin" "ingest --extracted -"

# Bulk load in two shards: the second lands in a store holding the first.
half=$((total / 2))
head -n "$half" "$work/records.jsonl" >"$work/shard1.jsonl"
tail -n "+$((half + 1))" "$work/records.jsonl" >"$work/shard2.jsonl"
"$bin" ingest --quiet --db "$work/bulk" --extracted --bulk "$work/shard1.jsonl" >/dev/null 2>&1
[ "$(articles "$work/bulk")" -eq "$half" ] || fail "the first shard did not land whole"
cp -a "$work/bulk" "$work/first-shard"
"$bin" ingest --quiet --db "$work/bulk" --extracted --bulk "$work/shard2.jsonl" >/dev/null 2>&1
same_as_plain "$work/bulk" "bulk load of two shards"
[ ! -e "$work/bulk.bulk" ] || fail "the scratch directory was left behind"

# A bad record in the middle of a batch: refused by name and field; the rest lands.
bad_id=$(sed -n 5p "$work/records.jsonl" | jq -r .doc_id)
sed '5s/"kind":"[a-z]*"/"kind":"sideways"/' "$work/records.jsonl" >"$work/bad.jsonl"
grep -q sideways "$work/bad.jsonl" || fail "the fifth record has no attribution to spoil"
for mode in "" --bulk; do
  status=0
  "$bin" ingest --quiet --db "$work/bad$mode" --extracted $mode "$work/bad.jsonl" \
    >/dev/null 2>"$work/bad.err" || status=$?
  [ "$status" -eq 2 ] || fail "a bad record: exit $status, not 2"
  grep -q "bad.jsonl:5 ($bad_id): attributions\[[0-9]*\].kind: \"sideways\"" "$work/bad.err" ||
    fail "the error does not name the record and field: $(cat "$work/bad.err")"
  [ "$(articles "$work/bad$mode")" -eq $((total - 1)) ] || fail "the rest of the batch did not land"
  "$bin" check --db "$work/bad$mode" >/dev/null || fail "check fails after a bad record"
done

# Another extractor's records: refused, unless --accept-version (its edges say so).
sed -E '1s/"extractor":"[^"]*"/"extractor":"extract-0.0"/' "$work/shard1.jsonl" >"$work/old.jsonl"
first_id=$(head -1 "$work/old.jsonl" | jq -r .doc_id)
status=0
"$bin" ingest --quiet --db "$work/old" --extracted "$work/old.jsonl" >/dev/null 2>"$work/old.err" ||
  status=$?
[ "$status" -eq 2 ] && grep -q "($first_id): extracted by extract-0.0" "$work/old.err" ||
  fail "a record of another version was not refused by name: $(cat "$work/old.err")"
"$bin" ingest --quiet --db "$work/old2" --extracted --accept-version "$work/old.jsonl" >/dev/null
"$bin" inspect --db "$work/old2" claims --json |
  jq -e --arg id "$first_id" \
    '[.[].provenance[] | select(.doc_id == $id) | .extractor_version] | unique == ["extract-0.0"]' \
    >/dev/null || fail "--accept-version: the edges do not name the record's extractor"

# SIGKILL during bulk loads of the second shard.
RANDOM="${EXTRACTED_SEED:-$$}"
start=$(date +%s%N)
"$bin" ingest --quiet --db "$work/timed" --extracted --bulk "$work/shard2.jsonl" >/dev/null 2>&1
load_ms=$(( ($(date +%s%N) - start) / 1000000 + 50 ))
partial=0 whole=0
for ((i = 1; i <= kills; i++)); do
  rm -rf "$work/killed" "$work/killed.bulk"
  cp -a "$work/first-shard" "$work/killed"
  "$bin" ingest --quiet --db "$work/killed" --extracted --bulk "$work/shard2.jsonl" \
    >/dev/null 2>&1 &
  child=$!
  sleep "$(awk -v ms=$((RANDOM % load_ms)) 'BEGIN { printf "%.3f", ms / 1000 }')"
  kill -KILL "$child" 2>/dev/null || true
  wait "$child" 2>/dev/null || true
  child=""
  "$bin" check --db "$work/killed" >/dev/null || fail "check fails after kill $i"
  n=$(articles "$work/killed")
  if [ "$n" -eq "$half" ]; then
    partial=$((partial + 1))
  elif [ "$n" -eq "$total" ]; then
    whole=$((whole + 1))
  else
    fail "kill $i left $n articles: neither the first shard ($half) nor both ($total)"
  fi
  "$bin" ingest --quiet --db "$work/killed" --extracted --bulk "$work/shard2.jsonl" \
    >/dev/null 2>&1 || fail "the load after kill $i failed"
  same_as_plain "$work/killed" "the load completed after kill $i"
done
echo "extracted_test: ok ($total articles; bulk load of shard 2 ~${load_ms} ms;" \
  "$kills kills: $partial before the shard landed, $whole after)"
