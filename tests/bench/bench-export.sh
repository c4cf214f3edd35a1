#!/bin/sh
# SPDX-License-Identifier: MIT
# Benchmark mins-export against mins-parse on the same corpus, in the same
# run: the median of RUNS wall-clock times of each command, and their ratio
# to `mins-parse --jsonl` (the target: `mins-export --to jsonl` within
# 1.1x). The runs of the commands alternate, so that a machine busy with
# something else slows both alike.
#
# usage: tests/bench/bench-export.sh [BUILD-DIR] [CORPUS-DIR]
#   BUILD-DIR   the build tree (default: build)
#   CORPUS-DIR  minutes to read; made with gen-corpus.py --meetings 10000
#               --seed 1 if missing (default: BUILD-DIR/bench/corpus-10000)
# Environment: RUNS (default 5), JOBS (-j for both; default: the cores),
# MINS_SHARED_DIR (the shared folder, for gen-corpus.py).
set -eu
build=$(cd "${1:-build}" && pwd)
. "$(dirname "$0")/common.sh"
runs=${RUNS:-5}
parse=$build/cmd/mins-parse
export_=$build/cmd/mins-export
jobs=${JOBS:+-j $JOBS}
for p in "$parse" "$export_"; do
  [ -x "$p" ] || { echo "bench-export: no $p: build first" >&2; exit 2; }
done
corpus=${2:-$(bench_corpus 10000)}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT INT TERM

# seconds, to the millisecond, that a command takes (output discarded)
now() { date +%s.%N; }
timed() {
  t0=$(now)
  "$@" >/dev/null 2>&1 || true
  t1=$(now)
  echo "$t0 $t1" | awk '{ printf "%.3f\n", $2 - $1 }'
}

# name and command line of each case; the first is the reference
set -- \
  "mins-parse --jsonl" "$parse -q $jobs --jsonl $corpus" \
  "mins-export --to jsonl" "$export_ -q $jobs --to jsonl $corpus" \
  "mins-export --to json" "$export_ -q $jobs --to json $corpus" \
  "mins-export --to csv --table actions" "$export_ -q $jobs --to csv --table actions $corpus" \
  "mins-export --to csv -o DIR" "$export_ -q --to csv -o $out/csv $corpus" \
  "mins-export --to html -o DIR" "$export_ -q $jobs --to html -o $out/html $corpus" \
  "mins-export --to md -o DIR" "$export_ -q $jobs --to md -o $out/md $corpus"
cases=$(($# / 2))
i=1
while [ "$i" -le "$runs" ]; do
  k=0
  for arg in "$@"; do
    k=$((k + 1))
    [ $((k % 2)) -eq 0 ] || continue
    # shellcheck disable=SC2086
    timed $arg >>"$out/t$((k / 2))"
    rm -rf "$out/csv" "$out/html" "$out/md"
  done
  i=$((i + 1))
done
files=$(find "$corpus" -name '*.md' | wc -l)
bytes=$(find "$corpus" -name '*.md' -exec cat {} + | wc -c)
echo "corpus: $corpus ($files files, $bytes bytes); median of $runs runs${JOBS:+, -j $JOBS}"
ref=$(median <"$out/t1")
k=1
while [ "$k" -le "$cases" ]; do
  eval "name=\${$((2 * k - 1))}"
  m=$(median <"$out/t$k")
  echo "$m $ref" | awk -v n="$name" '{ printf "%-40s %8.3f s  %5.2fx\n", n, $1, $1 / $2 }'
  k=$((k + 1))
done
