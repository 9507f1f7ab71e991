#!/usr/bin/env bash
# Trains the learned gate over the tagger's additions (tools/train/README.md,
# "The gate"): jackknifed candidates from PolNeAR train, dlib's linear SVM,
# the threshold chosen on the inner dev (every 10th train article).
#
#   tools/train/train_gate.sh [-k FOLDS] [-w WORKDIR] [-c C] [-p MIN_PRECISION] [-o OUT]
#
# Deterministic: the folds are fixed by article order, the taggers by their
# seed, the SVM has no randomness. PolNeAR dev is never read.
set -euo pipefail
cd "$(dirname "$0")/../.."
k=5 work=/tmp/claimgraph_gate c=100 min_precision=0.80 out=data/models/gate.model
polnear=${POLNEAR:-../shared/corpus/polnear}
build=${BUILD:-build}
while getopts "k:w:c:p:o:" opt; do
  case $opt in
    k) k=$OPTARG ;; w) work=$OPTARG ;; c) c=$OPTARG ;; p) min_precision=$OPTARG ;; o) out=$OPTARG ;;
    *) exit 2 ;;
  esac
done
mkdir -p "$work"
train="$polnear/train.jsonl"
# Fold f: blocks of 10 articles in turn, so that each fold holds inner dev
# articles (line numbers divisible by 10) and gate-training ones.
awk -v k="$k" -v w="$work" '{ f = int((NR - 1) / 10) % k
  print > (w "/fold" f ".jsonl")
  if (NR % 10 == 0) { print > (w "/inner" f ".jsonl"); print > (w "/inner_dev.jsonl") } }' "$train"
for ((f = 0; f < k; ++f)); do
  # The fold's tagger: trained on every other fold (a model file already in
  # the work directory is reused).
  awk -v k="$k" -v f="$f" 'int((NR - 1) / 10) % k != f' "$train" > "$work/rest$f.jsonl"
  if [ ! -f "$work/fold$f.model" ]; then
    "$build/tools/train_attribution" --train "$work/rest$f.jsonl" -o "$work/fold$f.model" \
      2> "$work/fold$f.train.log" > /dev/null
  fi
  "$build/tools/train_gate" collect --model "$work/fold$f.model" --gold "$work/fold$f.jsonl" \
    -o "$work/fold$f.tsv"
done
"$build/tools/train_gate" fit --candidates "$work"/fold*.tsv --inner-dev "$work/inner_dev.jsonl" \
  --c "$c" --with-source --min-precision "$min_precision" -o "$out"
# The end-to-end curve on the inner dev: each fold's inner dev articles
# extracted with that fold's tagger, scored as PolNeAR dev is (overlap50).
score() {
  python3 ../shared/tools/score_attrib.py --offsets bytes "$work/inner_dev.jsonl" "$1" |
    awk '$1 == "content/overlap50" || $1 == "content/exact_norm" || $1 == "content+source/overlap50"' |
    sed -n 1,3p
}
echo "inner dev end to end (each fold's articles with its own tagger):"
for variant in rules hand 0.20 0.30 0.40 0.50 0.60 gate; do
  : > "$work/pred_$variant.jsonl"
  for ((f = 0; f < k; ++f)); do
    case $variant in
      rules) flags=(--attribution rules) ;;
      hand) flags=(--model-gate 0) ;;
      gate) flags=(--model-gate 1 --gate "$out") ;;
      *) flags=(--model-gate 1 --gate "$out" --gate-threshold "$variant") ;;
    esac
    "$build/tools/claimgraph" extract --model "$work/fold$f.model" "${flags[@]}" \
      "$work/inner$f.jsonl" >> "$work/pred_$variant.jsonl"
  done
  echo "== $variant"
  score "$work/pred_$variant.jsonl"
done
