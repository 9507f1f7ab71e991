#!/usr/bin/env bash
# Installs what is missing, builds, and runs claimgraph end to end on the bundled
# example articles: ingest, serve on loopback, query who said what, export the
# subgraph around a speaker, stop the server.
set -euo pipefail
cd "$(dirname "$0")/.."
tools/bootstrap.sh
tools/build.sh

cg=build/tools/claimgraph
out=out/example
rm -rf "$out" && mkdir -p "$out"
db="$out/db"

echo "== ingest the example articles"
$cg ingest --db "$db" examples/articles/*.txt

echo
echo "== serve on 127.0.0.1 (free port)"
$cg serve --db "$db" --listen 127.0.0.1:0 --port-file "$out/port" &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null || true' EXIT
for _ in $(seq 100); do [ -s "$out/port" ] && break; sleep 0.1; done
addr="127.0.0.1:$(cat "$out/port")"
$cg query --server "$addr" health

echo
echo "== who said what, grouped by speaker (via gRPC)"
$cg query --server "$addr" claims --all

echo "== speakers"
$cg query --server "$addr" sources

echo
echo "== contradictions"
$cg query --server "$addr" contradictions

echo
echo "== export the subgraph around Samantha Power (by name; format from the suffix)"
$cg query --server "$addr" export "Samantha Power" --depth 2 -o "$out/power.graphml"
$cg query --server "$addr" export "Samantha Power" --depth 2 -o "$out/power.dot"
$cg query --server "$addr" export "Samantha Power" --depth 2 -o "$out/power.json"
$cg query --server "$addr" export "Samantha Power" --depth 2 -o "$out/power.html"  # open in a browser

echo
echo "== what did Churkin say about evidence? (search)"
$cg query --server "$addr" search evidence --speaker Churkin
if command -v dot >/dev/null; then
  $cg query --server "$addr" export "Samantha Power" --depth 2 -o "$out/power.svg"
fi

echo
echo "== stop the server"
kill -TERM $server
wait $server || true
trap - EXIT
echo "done: outputs in $out/"
