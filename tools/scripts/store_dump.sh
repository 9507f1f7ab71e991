#!/usr/bin/env bash
# The canonical dump of a store: everything a client can see of it (counts,
# articles, speakers, claims, stories, contradictions), in a stable order and
# without what differs from run to run (when and through what each article
# was stored). Two stores with equal dumps hold the same graph.
#   tools/scripts/store_dump.sh CLAIMGRAPH_BINARY DB > dump.txt
set -euo pipefail
bin=$1 db=$2
strip_audit() {
  sed -E 's/,"ingested_at":("[^"]*"|null)//g; s/,"ingested_by":("[^"]*"|null)//g'
}
for what in stats articles speakers claims stories contradictions; do
  echo "== $what"
  "$bin" inspect --db "$db" "$what" --json | strip_audit
done
