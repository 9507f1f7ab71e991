#!/usr/bin/env bash
# Full disk (issue 14): ingest the Wikinews corpus into a store on a 3 MB
# tmpfs, with `claimgraph ingest` and through `claimgraph serve`. Each must
# stop at the first article that does not fit with "DOC: not stored: the store
# cannot write: ... No space left on device" and exit 1 (never abort); the
# store must pass `check` and hold every article before that one and nothing
# of it; the server must keep answering reads. Skipped (exit 77) where tmpfs
# cannot be mounted (not root, no CAP_SYS_ADMIN).
#
#   tests/cli/full_disk_test.sh CLAIMGRAPH_BINARY CORPUS.jsonl
set -uo pipefail
bin="$(realpath "$1")"
corpus="$(realpath "$2")"
work="$(mktemp -d "${TMPDIR:-/tmp}/claimgraph-full-XXXXXX")"
mnt="$work/mnt"
server=""
cleanup() {
  if [ -n "$server" ]; then kill -KILL "$server" 2>/dev/null || true; wait "$server" 2>/dev/null; fi
  umount "$mnt" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
fail() {
  echo "full_disk_test: FAIL: $*" >&2
  exit 1
}

mkdir -p "$mnt"
if ! mount -t tmpfs -o size=3m tmpfs "$mnt" 2>/dev/null; then
  echo "full_disk_test: SKIP: cannot mount a tmpfs here"
  exit 77
fi

# The failed document named in the error line, then: check passes, it is
# absent, the documents before it in the corpus are present.
verify_store() {  # verify_store DB LOG
  local db="$1" log="$2" doc
  doc="$(sed -n 's/^.*claimgraph: \(not ingested: \|server unavailable: \)\{0,1\}\([^ ]*\): not stored: the store cannot write: .*No space left on device.*$/\2/p' "$log" | head -1)"
  [ -n "$doc" ] || fail "no 'DOC: not stored: ... No space left on device' line in: $(tail -3 "$log")"
  grep -q "Assertion" "$log" && fail "RocksDB asserted: $(grep Assertion "$log")"
  "$bin" check --db "$db" >"$work/check.log" 2>&1 || fail "check after a full disk: $(tail -3 "$work/check.log")"
  "$bin" inspect --db "$db" articles --json >"$work/articles.json" || fail "inspect articles"
  python3 - "$corpus" "$work/articles.json" "$doc" <<'EOF' || fail "stored articles are not the corpus up to $doc"
import json, sys
corpus = [json.loads(line)["id"] for line in open(sys.argv[1]) if line.strip()]
stored = {a["doc_id"] for a in json.load(open(sys.argv[2]))}
failed = sys.argv[3]
cut = corpus.index(failed)
assert failed not in stored, f"{failed} is stored"
missing = [d for d in corpus[:cut] if d not in stored]
assert not missing, f"missing before {failed}: {missing[:3]}"
extra = [d for d in corpus[cut:] if d in stored]
assert not extra, f"stored after {failed}: {extra[:3]}"
print(f"full_disk_test: stopped at article {cut + 1} of {len(corpus)} ({failed}); {len(stored)} stored")
EOF
}

# 1. claimgraph ingest
"$bin" ingest --quiet --db "$mnt/db" --input jsonl "$corpus" >"$work/ingest.out" 2>"$work/ingest.log"
status=$?
[ "$status" = 1 ] || fail "ingest on a full disk exited $status, not 1: $(tail -3 "$work/ingest.log")"
grep -q "ingest stopped: the store cannot write" "$work/ingest.log" || fail "no summary: $(tail -2 "$work/ingest.log")"
verify_store "$mnt/db" "$work/ingest.log"
rm -rf "${mnt:?}/db"

# 2. claimgraph serve, fed by query ingest
"$bin" serve --db "$mnt/db" --listen 127.0.0.1:0 --port-file "$work/port" >"$work/serve.log" 2>&1 &
server=$!
for _ in $(seq 100); do [ -s "$work/port" ] && break; sleep 0.1; done
port="$(cat "$work/port" 2>/dev/null)" || fail "serve wrote no port"
"$bin" query --server "127.0.0.1:$port" --deadline-ms 600000 ingest --input jsonl "$corpus" \
  >"$work/query.out" 2>"$work/query.log"
status=$?
[ "$status" = 1 ] || fail "query ingest on a full disk exited $status, not 1: $(tail -3 "$work/query.log")"
kill -0 "$server" 2>/dev/null || fail "the server died: $(tail -3 "$work/serve.log")"
"$bin" query --server "127.0.0.1:$port" health >/dev/null || fail "the server is not serving after a full disk"
"$bin" query --server "127.0.0.1:$port" claims --page-size 5 >/dev/null 2>&1 || fail "reads fail after a full disk"
"$bin" query --server "127.0.0.1:$port" ingest --input jsonl "$corpus" >/dev/null 2>"$work/again.log"
[ $? = 1 ] && grep -q "UNAVAILABLE\|server unavailable" "$work/again.log" ||
  fail "a write on a full disk was not UNAVAILABLE: $(tail -2 "$work/again.log")"
verify_store "$mnt/db" "$work/query.log"
kill -TERM "$server"
wait "$server"
status=$?
server=""
[ "$status" = 0 ] || fail "serve exited $status on SIGTERM after a full disk: $(tail -3 "$work/serve.log")"
grep -q "Assertion" "$work/serve.log" && fail "the server asserted: $(grep Assertion "$work/serve.log")"
echo "full_disk_test: ok"
