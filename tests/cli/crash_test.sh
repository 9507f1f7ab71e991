#!/usr/bin/env bash
# Crash test: `claimgraph ingest` is killed with SIGKILL at random moments; after
# every kill `claimgraph check` must pass, and re-ingesting everything must give
# exactly what one clean ingest gives (inspect stats/articles/speakers/claims,
# and the ranked answers of `inspect search`); every search hit is a stored claim.
# Then the same for `claimgraph serve` killed with SIGKILL in the middle of an
# IngestDocuments stream (`query ingest`): the server restarts on the store,
# `check` passes, every article present is whole (as in the clean ingest) or
# absent, and finishing the ingest through the restarted server gives exactly
# the clean ingest.
#
#   tests/cli/crash_test.sh CLAIMGRAPH_BINARY [CORPUS.jsonl]
#   CRASH_ITERATIONS=100 SERVER_KILLS=20 tests/cli/crash_test.sh build/tools/claimgraph
#
# CRASH_ITERATIONS (default 20) ingest kills, SERVER_KILLS (default 5) server
# kills; CRASH_SEED seeds the kill times; CRASH_REPLACE_ITERATIONS (default 6)
# kills while new versions replace stored ones. Half of the ingest kills (at
# random) are followed by a full re-ingest and comparison and a fresh store;
# the others leave the half-written store for the next kill, so kills also land
# on resumed ingests. Ends with a final re-ingest and comparison.
set -euo pipefail
bin="$(realpath "$1")"
corpus="$(realpath "${2:-$(dirname "$0")/data/wikinews/articles.jsonl}")"
iterations="${CRASH_ITERATIONS:-20}"
server_kills="${SERVER_KILLS:-5}"
RANDOM="${CRASH_SEED:-$$}"
work="$(mktemp -d "${TMPDIR:-/tmp}/claimgraph-crash-XXXXXX")"
child="" server="" client=""
cleanup() {
  for pid in "$child" "$server" "$client"; do
    if [ -n "$pid" ]; then kill -KILL "$pid" 2>/dev/null || true; fi
  done
  rm -rf "$work"
}
trap cleanup EXIT

fail() {
  echo "crash_test: FAIL: $*" >&2
  exit 1
}

strip_audit() {  # when and through what (CLI, server) each article was stored differs
  sed -E 's/,"ingested_at":("[^"]*"|null),"ingested_by":("[^"]*"|null)//g'
}

dump() {  # dump DB OUT: everything a client can see, in a stable order
  local db="$1" out="$2"
  {
    "$bin" inspect --db "$db" stats
    "$bin" inspect --db "$db" articles --json
    "$bin" inspect --db "$db" speakers --json
    "$bin" inspect --db "$db" claims --json | strip_audit
    "$bin" inspect --db "$db" stories --json
    "$bin" inspect --db "$db" search said --json 2>/dev/null | strip_audit  # ranked search
  } >"$out"
}

search_consistent() {  # search_consistent DB: every search hit is a stored claim
  local db="$1"
  "$bin" inspect --db "$db" search said --json 2>/dev/null | jq -r '.[].id' | sort >"$work/hits.txt"
  "$bin" inspect --db "$db" claims --json | jq -r '.[].id' | sort >"$work/claims.txt"
  [ -z "$(comm -23 "$work/hits.txt" "$work/claims.txt")" ]
}

ingest() {  # ingest DB: to completion
  "$bin" ingest --quiet --db "$1" --input jsonl "$corpus" >"$work/ingest.log" 2>&1 ||
    fail "ingest into $1 failed: $(tail -3 "$work/ingest.log")"
}

# The reference: one clean ingest.
start=$(date +%s%N)
ingest "$work/clean"
clean_ms=$(( ($(date +%s%N) - start) / 1000000 ))
dump "$work/clean" "$work/clean.txt"
"$bin" check --db "$work/clean" >/dev/null || fail "clean store fails check"
echo "crash_test: clean ingest ${clean_ms} ms; $iterations kills (seed ${CRASH_SEED:-$$})"

db="$work/db"
kills=0 finished_first=0 compared=0 before_store=0
for ((i = 1; i <= iterations; i++)); do
  # A kill moment anywhere in a clean ingest's duration (+10%).
  delay_ms=$(( RANDOM % (clean_ms * 11 / 10 + 1) ))
  "$bin" ingest --quiet --db "$db" --input jsonl "$corpus" >"$work/killed.log" 2>&1 &
  child=$!
  sleep "$(printf '%d.%03d' $((delay_ms / 1000)) $((delay_ms % 1000)))"
  if kill -KILL "$child" 2>/dev/null; then
    kills=$((kills + 1))
  else
    finished_first=$((finished_first + 1))
  fi
  wait "$child" 2>/dev/null || true
  child=""
  if [ ! -e "$db/CURRENT" ]; then
    # Killed before the store existed: creation is atomic (PATH.creating is
    # renamed into place), so there is nothing half-made to check.
    [ -e "$db" ] && fail "kill $i left $db without a store in it: $(ls "$db")"
    before_store=$((before_store + 1))
  elif ! "$bin" check --db "$db" >"$work/check.txt" 2>&1; then
    cat "$work/check.txt" >&2
    fail "check failed after kill $i at ${delay_ms} ms"
  elif ! search_consistent "$db"; then
    fail "search found a claim the store does not hold after kill $i at ${delay_ms} ms"
  fi
  if (( RANDOM % 2 == 0 )); then
    ingest "$db"
    "$bin" check --db "$db" >/dev/null || fail "check failed after re-ingest $i"
    dump "$db" "$work/db.txt"
    diff -q "$work/clean.txt" "$work/db.txt" >/dev/null ||
      fail "after kill $i at ${delay_ms} ms and re-ingest the store differs from a clean ingest: $(diff "$work/clean.txt" "$work/db.txt" | head -5)"
    compared=$((compared + 1))
    rm -rf "$db"
  fi
done
ingest "$db"
"$bin" check --db "$db" >/dev/null || fail "check failed after the final re-ingest"
dump "$db" "$work/db.txt"
diff -q "$work/clean.txt" "$work/db.txt" >/dev/null ||
  fail "after the final re-ingest the store differs from a clean ingest"
compared=$((compared + 1))
echo "crash_test: passed: $iterations runs ($kills killed mid-ingest, $before_store of them before the store existed, $finished_first finished before the kill), check passed after each, $compared re-ingests identical to a clean ingest"

# Replacements: a second version of every article (even lines gain an
# attribution, odd lines lose a paragraph when one can be cut cleanly) is
# ingested over a store of the first versions and killed at random moments.
# After each kill `check` passes and every article is wholly its old or wholly
# its new version; finishing the ingest gives what a clean ingest of the new
# versions gives.
v2="$work/v2.jsonl"
sed -e '0~2s/\\n\\n/\\n\\nA spokesman said the figures in this report had been corrected.\\n\\n/' \
    -e '1~2s/\\n\\n[^\\]*\\n\\n/\\n\\n/' "$corpus" >"$v2"
cmp -s "$corpus" "$v2" && fail "the second versions are the same as the first"
per_doc() {  # per_doc DB OUT: each doc_id's claim contents, sorted
  "$bin" inspect --db "$1" claims --json |
    jq -cS '[.[] | .content as $c | .articles[] | {doc: ., c: $c}] | group_by(.doc)
            | map({key: .[0].doc, value: (map(.c) | sort)}) | from_entries' >"$2"
}
replace_iterations="${CRASH_REPLACE_ITERATIONS:-6}"
per_doc "$work/clean" "$work/v1.json"
ingest_v2() {
  "$bin" ingest --quiet --db "$1" --input jsonl "$v2" >"$work/ingest.log" 2>&1 ||
    fail "ingest of the second versions into $1 failed: $(tail -3 "$work/ingest.log")"
}
ingest_v2 "$work/clean_v2"
per_doc "$work/clean_v2" "$work/v2.json"
rm -rf "$work/replaced" && cp -r "$work/clean" "$work/replaced"
start=$(date +%s%N)
ingest_v2 "$work/replaced"
replace_ms=$(( ($(date +%s%N) - start) / 1000000 ))
grep -Eq '\([1-9][0-9]* replaced\)' "$work/ingest.log" ||
  fail "no article was replaced: $(tail -1 "$work/ingest.log")"
"$bin" check --db "$work/replaced" >/dev/null || fail "check failed after replacing every article"
per_doc "$work/replaced" "$work/replaced.json"
cmp -s "$work/v2.json" "$work/replaced.json" ||
  fail "replacing every article differs from a clean ingest of the new versions"
articles=$("$bin" inspect --db "$work/clean" articles --json | jq length)
replace_kills=0
for ((i = 1; i <= replace_iterations; i++)); do
  rm -rf "$work/rdb" && cp -r "$work/clean" "$work/rdb"
  delay_ms=$(( RANDOM % (replace_ms + 1) ))
  "$bin" ingest --quiet --db "$work/rdb" --input jsonl "$v2" >"$work/killed.log" 2>&1 &
  child=$!
  sleep "$(printf '%d.%03d' $((delay_ms / 1000)) $((delay_ms % 1000)))"
  kill -KILL "$child" 2>/dev/null && replace_kills=$((replace_kills + 1))
  wait "$child" 2>/dev/null || true
  child=""
  if ! "$bin" check --db "$work/rdb" >"$work/check.txt" 2>&1; then
    cat "$work/check.txt" >&2
    fail "check failed after a kill during replacement at ${delay_ms} ms"
  fi
  [ "$("$bin" inspect --db "$work/rdb" articles --json | jq length)" = "$articles" ] ||
    fail "a kill during replacement at ${delay_ms} ms lost an article"
  per_doc "$work/rdb" "$work/killed.json"
  mixed=$(jq -n --slurpfile old "$work/v1.json" --slurpfile new "$work/v2.json" \
            --slurpfile got "$work/killed.json" \
            '[$got[0] | to_entries[] | select(.value != $old[0][.key] and .value != $new[0][.key]) | .key]')
  [ "$mixed" = "[]" ] ||
    fail "after a kill during replacement at ${delay_ms} ms these articles are neither old nor new: $mixed"
  ingest_v2 "$work/rdb"
  "$bin" check --db "$work/rdb" >/dev/null || fail "check failed after finishing replacement $i"
  per_doc "$work/rdb" "$work/killed.json"
  cmp -s "$work/v2.json" "$work/killed.json" ||
    fail "after a kill during replacement at ${delay_ms} ms and re-ingest the store differs from a clean ingest of the new versions"
done
echo "crash_test: replacements passed: $replace_iterations runs ($replace_kills killed mid-replacement, ${replace_ms} ms for all), check passed and every article wholly old or new after each"

# Server kills: SIGKILL of `serve` while `query ingest` streams the corpus.
start_server() {  # start_server DB: serve in the background, wait for its port
  rm -f "$work/port"
  "$bin" serve --db "$1" --listen 127.0.0.1:0 --port-file "$work/port" \
    >"$work/serve.log" 2>&1 &
  server=$!
  for _ in $(seq 300); do
    [ -s "$work/port" ] && port="$(cat "$work/port")" && return 0
    kill -0 "$server" 2>/dev/null || fail "serve on $1 exited: $(tail -3 "$work/serve.log")"
    sleep 0.1
  done
  fail "serve on $1 wrote no port file"
}
whole_or_absent() {  # whole_or_absent DB: each article as in the clean store, or none
  "$bin" inspect --db "$1" articles --json >"$work/after-kill.json"
  python3 - "$work/clean-articles.json" "$work/after-kill.json" <<'PY' ||
import json, sys
clean = {a["doc_id"]: a for a in json.load(open(sys.argv[1]))}
after = json.load(open(sys.argv[2]))
bad = [a["doc_id"] for a in after if clean.get(a["doc_id"]) != a]
if bad:
    print("not whole:", bad[:5])
    sys.exit(1)
print(len(after))
PY
    fail "an article differs from the clean ingest after a server kill"
}
"$bin" inspect --db "$work/clean" articles --json >"$work/clean-articles.json"
sdb="$work/served"
server_killed=0 present=0
for ((i = 1; i <= server_kills; i++)); do
  rm -rf "$sdb"
  start_server "$sdb"
  delay_ms=$(( RANDOM % (clean_ms * 9 / 10 + 1) ))
  "$bin" query --server "127.0.0.1:$port" --deadline-ms 600000 ingest --input jsonl \
    "$corpus" >"$work/client.log" 2>&1 &
  client=$!
  sleep "$(printf '%d.%03d' $((delay_ms / 1000)) $((delay_ms % 1000)))"
  kill -KILL "$server" 2>/dev/null && server_killed=$((server_killed + 1))
  wait "$server" 2>/dev/null || true
  wait "$client" 2>/dev/null || true
  server="" client=""
  # Restart on the killed store: it opens, serves, checks, and holds whole articles.
  start_server "$sdb"
  "$bin" query --server "127.0.0.1:$port" health >/dev/null ||
    fail "server restarted after kill $i is not serving"
  "$bin" check --db "$sdb" >"$work/check.txt" 2>&1 ||
    { cat "$work/check.txt" >&2; fail "check failed after server kill $i at ${delay_ms} ms"; }
  present=$((present + $(whole_or_absent "$sdb")))
  "$bin" query --server "127.0.0.1:$port" --deadline-ms 600000 ingest --input jsonl \
    "$corpus" >"$work/client.log" 2>&1 ||
    fail "ingest through the restarted server failed: $(tail -3 "$work/client.log")"
  kill -TERM "$server"
  wait "$server" 2>/dev/null || true
  server=""
  "$bin" check --db "$sdb" >/dev/null || fail "check failed after resuming ingest $i"
  dump "$sdb" "$work/db.txt"
  diff -q "$work/clean.txt" "$work/db.txt" >/dev/null ||
    fail "after server kill $i and resumed ingest the store differs from a clean ingest: $(diff "$work/clean.txt" "$work/db.txt" | head -5)"
done
echo "crash_test: passed: $server_kills server kills during IngestDocuments ($server_killed killed, $present articles were whole after the kills, the rest absent), check passed after each restart, resumed ingests identical to a clean ingest"
