#!/usr/bin/env bash
# Progress on a terminal (issue 16). `script` runs claimgraph on a pseudo-
# terminal: stderr then shows documents, MB, rate, ETA and failures so far, and
# the summary line ends the run. Through pipes (not a terminal) stderr holds only
# the error lines, as before.
#   tests/cli/progress_test.sh CLAIMGRAPH_BINARY CORPUS.jsonl
set -euo pipefail
bin=$1 corpus=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "progress_test: FAIL: $*" >&2; exit 1; }
head -n 30 "$corpus" >"$work/articles.jsonl"
passed=0

# On a terminal. The missing file is a failure the line counts.
script -qec "'$bin' ingest --quiet --db '$work/tty' '$work/articles.jsonl' '$work/missing.txt'" \
  "$work/typescript" >/dev/null </dev/null || true
screen=$(tr -d '\r' <"$work/typescript")
for want in "30 documents, " " MB of " " MB/s" ", ETA 0:" ", 1 failed" \
            "missing.txt: No such file or directory" "ingested 30 article(s)"; do
  grep -qF -- "$want" <<<"$screen" || fail "terminal: no '$want' in: $(tail -c 400 <<<"$screen")"
  passed=$((passed + 1))
done
# The progress line is cleared before the error line and at the end.
grep -qF $'\033[K' "$work/typescript" || fail "terminal: the line is never cleared"
passed=$((passed + 1))

# Not a terminal: nothing but the error and the summary.
status=0
"$bin" ingest --quiet --db "$work/pipe" "$work/articles.jsonl" "$work/missing.txt" \
  >"$work/out" 2>"$work/err" || status=$?
[ "$status" = 2 ] || fail "pipe: exit $status, not 2"
[ "$(cat "$work/err")" = "claimgraph: $work/missing.txt: No such file or directory
claimgraph: 1 document(s) failed" ] || fail "pipe: stderr has more than the errors: $(cat "$work/err")"
grep -q '^ingested 30 article(s)' "$work/out" || fail "pipe: no summary line"
passed=$((passed + 3))

# extract on a terminal shows it too; its stdout (the JSON lines) is unchanged.
script -qec "'$bin' extract '$work/articles.jsonl' >'$work/extract.tty'" \
  "$work/typescript2" >/dev/null </dev/null
grep -qF "30 documents, " "$work/typescript2" || fail "extract: no progress on a terminal"
"$bin" extract "$work/articles.jsonl" >"$work/extract.pipe" 2>"$work/extract.pipe.err"
cmp -s "$work/extract.tty" "$work/extract.pipe" || fail "extract: stdout differs on a terminal"
[ ! -s "$work/extract.pipe.err" ] || fail "extract: stderr not empty through a pipe"
passed=$((passed + 3))
echo "$passed passed, 0 failed"
