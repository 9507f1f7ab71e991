#!/usr/bin/env bash
# The final job of a claimgraph extraction (tools/slurm/submit.sh submits it,
# after every array task succeeded): bulk-loads the shards' records into the
# store, shard by shard in shard order, so the store is what one machine's
# ingest of the corpus gives. Each shard lands whole or not at all
# (`ingest --extracted --bulk`); a shard already loaded is unchanged, so the job
# can simply be run again after a failure.
#   sbatch --dependency=afterok:ARRAY_JOB tools/slurm/load.sh CLAIMGRAPH_BINARY WORK STORE
#SBATCH --job-name=claimgraph-load
#SBATCH --cpus-per-task=1
#SBATCH --output=%x-%j.out
set -euo pipefail
bin=$1 work=$2 store=$3
for records in "$work"/records/shard-*.jsonl; do
  "$bin" ingest --quiet --db "$store" --extracted --bulk "$records"
done
"$bin" check --db "$store"
