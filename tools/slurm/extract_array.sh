#!/usr/bin/env bash
# One array task of a claimgraph extraction (tools/slurm/submit.sh submits it):
# extracts shard $SLURM_ARRAY_TASK_ID of WORK/shards into WORK/records, one
# extraction record per document (README, "The extraction contract"); the
# documents that fail go to WORK/errors, by name. A record file appears only
# whole (written beside it, then renamed), so a re-run task starts afresh.
#   sbatch --array=0-(N-1) tools/slurm/extract_array.sh CLAIMGRAPH_BINARY WORK
#SBATCH --job-name=claimgraph-extract
#SBATCH --cpus-per-task=1
#SBATCH --output=%x-%A_%a.out
set -euo pipefail
bin=$1 work=$2
task=$(printf '%05d' "${SLURM_ARRAY_TASK_ID:?not an array task}")
mkdir -p "$work/records" "$work/errors"
status=0
"$bin" extract "$work/shards/shard-$task.jsonl" >"$work/records/.shard-$task.jsonl" \
  2>"$work/errors/shard-$task.txt" || status=$?
# 2: some documents failed (listed in errors/); the others' records stand.
[ "$status" -eq 0 ] || [ "$status" -eq 2 ] || exit "$status"
mv "$work/records/.shard-$task.jsonl" "$work/records/shard-$task.jsonl"
