#!/usr/bin/env bash
# Extracts a JSONL corpus on a Slurm cluster and loads it into one store:
# splits CORPUS into SHARDS contiguous shards (whole lines) in WORK/shards,
# submits a job array running `claimgraph extract` on each shard
# (extract_array.sh), and a job that bulk-loads the records into STORE once
# every array task has succeeded (load.sh). WORK, STORE and the binary must be
# on storage every node sees. Prints the load job's id.
#   tools/slurm/submit.sh CLAIMGRAPH_BINARY CORPUS.jsonl SHARDS WORK STORE [SBATCH_OPTION...]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
bin="$(realpath "$1")" corpus=$2 shards=$3 work="$(realpath -m "$4")" store="$(realpath -m "$5")"
shift 5
mkdir -p "$work/shards"
rm -f "$work"/shards/shard-*.jsonl
split -n "l/$shards" -d -a 5 --additional-suffix=.jsonl "$corpus" "$work/shards/shard-"
array=$(sbatch --parsable "$@" --array="0-$((shards - 1))" --chdir="$work" \
  "$here/extract_array.sh" "$bin" "$work")
sbatch --parsable "$@" --dependency="afterok:$array" --kill-on-invalid-dep=yes \
  --chdir="$work" "$here/load.sh" "$bin" "$work" "$store"
