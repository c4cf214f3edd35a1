#!/bin/sh
# SPDX-License-Identifier: MIT
# What checking costs: mins-parse --check over the generated corpus against
# mins-parse --jsonl over the same corpus, in the same run, runs alternated
# so that both see the same machine. Prints the medians of CPU time (user +
# system, steady on a shared machine) and of wall time, and their ratios
# (the target: --check at most 1.15x --jsonl).
#
# usage: tests/bench/bench-check.sh [BUILD_DIR [MEETINGS [RUNS]]]
#   BUILD_DIR  the build tree (default: build); the corpus is written there
#   MEETINGS   size of the corpus (default: 10000)
#   RUNS       runs of each command (default: 3)
# JOBS=N in the environment sets mins-parse -j (default: 1, steadier).
set -eu
build=$(cd "${1:-build}" && pwd)
meetings=${2:-10000}
runs=${3:-3}
jobs=${JOBS:-1}
prog=$build/cmd/mins-parse
[ -x "$prog" ] || { echo "bench-check: no $prog (build first)" >&2; exit 2; }
. "$(dirname "$0")/common.sh"
corpus=$(bench_corpus "$meetings")

# one run of "$@", output thrown away; prints "cpu_ms wall_ms"
timed() {
  /usr/bin/time -f '%U %S %e' -o "$build/bench-check.time" "$@" \
    >/dev/null 2>&1 || [ $? -eq 1 ] # 1: the corpus has errors, fine
  awk '{ printf "%d %d\n", ($1 + $2) * 1000, $3 * 1000 }' \
    "$build/bench-check.time"
}

timed "$prog" -j "$jobs" --jsonl "$corpus" >/dev/null # warm the cache
: >"$build/bench-check.parse"
: >"$build/bench-check.check"
i=0
while [ $i -lt "$runs" ]; do
  timed "$prog" -j "$jobs" --jsonl "$corpus" >>"$build/bench-check.parse"
  timed "$prog" -j "$jobs" --check "$corpus" >>"$build/bench-check.check"
  i=$((i + 1))
done
pc=$(cut -d' ' -f1 "$build/bench-check.parse" | median)
pw=$(cut -d' ' -f2 "$build/bench-check.parse" | median)
cc=$(cut -d' ' -f1 "$build/bench-check.check" | median)
cw=$(cut -d' ' -f2 "$build/bench-check.check" | median)
files=$(find "$corpus" -name '*.md' | wc -l)
echo "corpus: $files files ($meetings meetings), -j $jobs, $runs runs each"
echo "mins-parse --jsonl: median cpu $pc ms, wall $pw ms"
echo "mins-parse --check: median cpu $cc ms, wall $cw ms"
awk -v cc="$cc" -v pc="$pc" -v cw="$cw" -v pw="$pw" 'BEGIN {
  printf "ratio --check / --jsonl: cpu %.3f, wall %.3f (target <= 1.15)\n",
         cc / pc, cw / pw }'
rm -f "$build/bench-check.time" "$build/bench-check.parse" \
  "$build/bench-check.check"
