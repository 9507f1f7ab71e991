#!/usr/bin/env bash
# Issue 17: extraction on a Slurm cluster. Starts a single-node Slurm cluster
# on this machine (its own munged, slurmctld and slurmd, configured for
# localhost without cgroups, every file in a temporary directory), runs
# tools/slurm/submit.sh over the Wikinews corpus in SHARDS (default 4) shards,
# waits for the load job, and checks that the store equals a single-machine
# `ingest` of the same corpus: `check` passes and tools/scripts/store_dump.sh
# compares equal. Needs root and Debian's slurm-wlm and munge (`apt-get
# install slurm-wlm munge`); exits 77 (skipped) without them. Not in CI.
#   tests/slurm/slurm_test.sh CLAIMGRAPH_BINARY [CORPUS.jsonl] [SHARDS]
set -euo pipefail
src="$(cd "$(dirname "$0")/../.." && pwd)"
bin="$(realpath "$1")"
corpus="$(realpath "${2:-$src/tests/data/wikinews/articles.jsonl}")"
shards="${3:-4}"
for tool in munged slurmctld slurmd sbatch; do
  command -v "$tool" >/dev/null || { echo "slurm_test: skipped: no $tool (apt-get install slurm-wlm munge)"; exit 77; }
done
[ "$(id -u)" -eq 0 ] || { echo "slurm_test: skipped: slurmd must run as root"; exit 77; }
work="$(mktemp -d "${TMPDIR:-/tmp}/claimgraph-slurm-XXXXXX")"
chmod 755 "$work"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  sleep 1
  for pid in "${pids[@]}"; do kill -KILL "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT
fail() {
  echo "slurm_test: FAIL: $*" >&2
  for log in "$work"/*.log "$work"/run/*.out; do
    [ -f "$log" ] && { echo "--- $log"; tail -5 "$log"; } >&2
  done
  exit 1
}

# munge: its own key, socket and logs.
mkdir -p "$work/munge"
dd if=/dev/urandom of="$work/munge/munge.key" bs=1 count=1024 status=none
chmod 711 "$work/munge"
chmod 400 "$work/munge/munge.key"
munged --force --foreground --socket="$work/munge/munge.socket" \
  --key-file="$work/munge/munge.key" --log-file="$work/munge.log" \
  --pid-file="$work/munge/munged.pid" --seed-file="$work/munge/munged.seed" \
  >>"$work/munge.log" 2>&1 &
pids+=($!)

host="$(hostname -s)"
cpus="$(nproc)"
port=$((20000 + RANDOM % 20000))
mkdir -p "$work/state" "$work/spool" "$work/run"
cat >"$work/slurm.conf" <<CONF
ClusterName=claimgraph-test
SlurmctldHost=$host(127.0.0.1)
SlurmctldPort=$port
SlurmdPort=$((port + 1))
AuthType=auth/munge
CredType=cred/munge
AuthInfo=socket=$work/munge/munge.socket
SlurmUser=root
SlurmdUser=root
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
MpiDefault=none
ReturnToService=2
StateSaveLocation=$work/state
SlurmdSpoolDir=$work/spool
SlurmctldPidFile=$work/slurmctld.pid
SlurmdPidFile=$work/slurmd.pid
SlurmctldLogFile=$work/slurmctld.log
SlurmdLogFile=$work/slurmd.log
NodeName=$host NodeAddr=127.0.0.1 CPUs=$cpus State=UNKNOWN
PartitionName=test Nodes=$host Default=YES MaxTime=INFINITE State=UP
CONF
export SLURM_CONF="$work/slurm.conf"
sleep 1
slurmctld -D -i -f "$SLURM_CONF" >>"$work/slurmctld.log" 2>&1 &
pids+=($!)
slurmd -D -f "$SLURM_CONF" >>"$work/slurmd.log" 2>&1 &
pids+=($!)
for ((i = 0; i < 60; i++)); do
  state=$(sinfo -h -N -o '%T' 2>/dev/null | head -1 || true)
  [[ "$state" == idle* ]] && break
  sleep 1
done
[[ "${state:-}" == idle* ]] || fail "the node did not come up (state: ${state:-none})"

# One machine's ingest, the reference.
"$bin" ingest --quiet --db "$work/single" "$corpus" >/dev/null
"$src/tools/scripts/store_dump.sh" "$bin" "$work/single" >"$work/single.txt"

start=$(date +%s%N)
load_job=$("$src/tools/slurm/submit.sh" "$bin" "$corpus" "$shards" "$work/run" "$work/cluster")
for ((i = 0; i < 1800; i++)); do
  [ -z "$(squeue -h -o %i 2>/dev/null)" ] && break
  sleep 1
done
wall_ms=$(( ($(date +%s%N) - start) / 1000000 ))
[ -z "$(squeue -h -o %i)" ] || fail "jobs still queued after 30 minutes: $(squeue)"
[ "$(ls "$work"/run/records/shard-*.jsonl | wc -l)" -eq "$shards" ] ||
  fail "not every array task wrote its records"
[ -d "$work/cluster" ] || fail "the load job $load_job made no store"
"$bin" check --db "$work/cluster" >/dev/null || fail "check fails on the cluster's store"
"$src/tools/scripts/store_dump.sh" "$bin" "$work/cluster" >"$work/cluster.txt"
cmp -s "$work/single.txt" "$work/cluster.txt" ||
  fail "the cluster's store differs: $(diff "$work/single.txt" "$work/cluster.txt" | head -5)"
echo "slurm_test: ok: $shards shards of $(wc -l <"$corpus") documents extracted by a job array" \
  "and bulk-loaded by a dependent job in ${wall_ms} ms; the store equals one machine's ingest"
