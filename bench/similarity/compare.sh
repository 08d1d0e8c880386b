#!/usr/bin/env bash
# The similarity assistant and the scikit-learn baseline side by side, in one session, on the same
# corpora: quality on the labelled set, time on generated corpora of 1,000 and 10,000 texts.
# Usage: bench/similarity/compare.sh [SHARED_DIR]   (default: ../shared beside the repository)
# Needs python3 with scikit-learn (apt-get install python3-sklearn).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
shared=${1:-$root/../shared}
python=${PYTHON:-python3}
"$python" -c "import sklearn" 2>/dev/null || python=/usr/bin/python3
baseline=$shared/bench/sklearn_group.py
set_tsv=$root/data/similarity/labelled-set.tsv
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

dotnet build -c Release "$root/bench/Plenary.Benchmarks" -v quiet -nologo > "$work/build.log" || { cat "$work/build.log"; exit 1; }
tool() { dotnet "$root/bench/Plenary.Benchmarks/bin/Release/net10.0/Plenary.Benchmarks.dll" similarity "$@"; }
field() { sed -n "s/.*$1=\([0-9.]*\).*/\1/p"; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

echo "== Quality on the labelled set ($(wc -l < "$set_tsv") texts)"
ours=$(tool time "$set_tsv" 1)
p=$(echo "$ours" | field precision); r=$(echo "$ours" | field recall)
echo "assistant (calibrated threshold): precision=$p recall=$r F1=$(awk -v p="$p" -v r="$r" 'BEGIN {printf "%.3f", (p + r) ? 2 * p * r / (p + r) : 0}')"
"$python" "$root/bench/similarity/baseline_sweep.py" "$baseline" "$set_tsv"

echo
echo "== Time (median of 5 runs each; the assistant warm and in-process, the baseline's own timer)"
printf '%-8s %12s %14s %14s %8s\n' texts assistant_s baseline_s baseline@thr_s ratio
for n in 1000 10000; do
  "$python" "$shared/bench/gen_corpus.py" "$n" "$work/c$n.tsv"
  ours=$(tool time "$work/c$n.tsv" 5 | field seconds)
  threshold=$(tool threshold)
  theirs=$(for i in 1 2 3 4 5; do "$python" "$baseline" "$work/c$n.tsv"; done | field seconds | median)
  theirs_same=$(for i in 1 2 3 4 5; do "$python" "$baseline" "$work/c$n.tsv" "$threshold"; done | field seconds | median)
  printf '%-8s %12s %14s %14s %8s\n' "$n" "$ours" "$theirs" "$theirs_same" "$(awk -v a="$theirs" -v b="$ours" 'BEGIN {printf "%.1fx", a / b}')"
done
echo "(baseline_s at its default threshold 0.75; baseline@thr_s at the assistant's threshold; ratio = baseline_s / assistant_s)"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), load $(cut -d' ' -f1-3 /proc/loadavg)"
