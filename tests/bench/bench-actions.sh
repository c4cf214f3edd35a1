#!/bin/sh
# SPDX-License-Identifier: MIT
#
# bench-actions.sh [BUILD_DIR [RUNS]]: mins-actions against mins-parse
# --jsonl over the same generated corpus, in the same run, so that the
# figure that matters is a ratio, not a time.
#
# 1. Time: RUNS runs of each (alternating, warm cache) over a corpus of
#    10,000 meetings (gen-corpus.py --meetings 10000 --seed 1, made once
#    under BUILD_DIR); prints the median wall time of each and the ratio
#    mins-actions / mins-parse. The target is a ratio of at most 1.5.
# 2. Memory: peak RSS (/usr/bin/time -v) of mins-actions over corpora of
#    1,000, 3,000 and 10,000 meetings, with the number of actions each
#    holds, and of mins-parse for comparison: the parser's peak does not
#    grow with the corpus, and what mins-actions holds beyond it, divided
#    by the actions and reviews, should stay about the same at each size.
#
# Environment: JOBS (default 1: steadier figures on a shared machine),
# SHARED (the shared folder, default ../shared beside the source tree).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=$(cd "${1:-$root/build}" && pwd)
runs=${2:-3}
jobs=${JOBS:-1}
. "$here/common.sh"
parse=$build/cmd/mins-parse
actions=$build/cmd/mins-actions
for f in "$parse" "$actions" /usr/bin/time; do
  [ -e "$f" ] || { echo "bench-actions: $f: not found" >&2; exit 2; }
done


# one run: prints "seconds peak-KB"
run() {
  /usr/bin/time -f "%e %M" -o "$tmp/time" "$@" >/dev/null 2>"$tmp/err" || {
    rc=$?
    [ $rc -le 1 ] || { cat "$tmp/err" >&2; exit 2; }
  }
  cat "$tmp/time"
}

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM

big=$(bench_corpus 10000)
echo "corpus: $big ($(du -sh "$big" | cut -f1)), $runs runs each, -j $jobs"
: >"$tmp/parse"
: >"$tmp/actions"
i=0
while [ $i -lt "$runs" ]; do
  run "$parse" -j "$jobs" -q --jsonl "$big" | cut -d' ' -f1 >>"$tmp/parse"
  run "$actions" -j "$jobs" -q --jsonl --as-of 2030-01-01 "$big" | cut -d' ' -f1 >>"$tmp/actions"
  i=$((i + 1))
done
mp=$(median <"$tmp/parse")
ma=$(median <"$tmp/actions")
printf '%-34s %8.2f s\n' "mins-parse --jsonl (median)" "$mp"
printf '%-34s %8.2f s\n' "mins-actions --jsonl (median)" "$ma"
awk -v a="$ma" -v p="$mp" 'BEGIN { printf "%-34s %8.2f (target <= 1.50)\n", "ratio actions / parse", a / p }'

echo
printf '%-10s %9s %9s %14s %14s %18s\n' meetings actions reviews "parse RSS" "actions RSS" "extra per record"
for n in 1000 3000 10000; do
  d=$(bench_corpus "$n")
  a=$(python3 -c "import json,sys
n=r=0
for l in open(sys.argv[1]):
    t=json.loads(l); n+=len(t['actions']); r+=len(t['reviews'])
print(n, r)" "$d/truth.jsonl")
  ka=$(run "$actions" -j "$jobs" -q --jsonl --as-of 2030-01-01 "$d" | cut -d' ' -f2)
  kp=$(run "$parse" -j "$jobs" -q --jsonl "$d" | cut -d' ' -f2)
  set -- $a
  awk -v n="$n" -v a="$1" -v r="$2" -v ka="$ka" -v kp="$kp" 'BEGIN {
    printf "%-10s %9d %9d %11d KB %11d KB %16.0f B\n", n, a, r, kp, ka, (ka - kp) * 1024 / (a + r) }'
done
