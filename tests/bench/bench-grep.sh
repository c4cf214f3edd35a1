#!/bin/bash
# SPDX-License-Identifier: MIT
# bench-grep.sh [BUILD_DIR [RUNS]]: time mins-grep on the 10,000-meeting
# corpus (gen-corpus.py --meetings 10000 --seed 1, made under
# BUILD_DIR/bench if missing), all in one run, warm cache, medians of RUNS
# (default 5), and print ratios measured in the same run:
#   - a rare pattern (a few dozen files) against grep -r -i over the same
#     files: target within 2x, the prefilter making the parse nearly free;
#   - a common pattern (most files) against mins-parse --jsonl over the
#     tree on one core: target no slower on one core, faster with -j 2.
# Times vary with the machine and its load; the ratios are the result.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=$(cd "${1:-$root/build}" && pwd)
runs=${2:-5}
grep_bin=$build/cmd/mins-grep
parse_bin=$build/cmd/mins-parse
for b in "$grep_bin" "$parse_bin"; do
  [ -x "$b" ] || { echo "bench-grep: build $b first" >&2; exit 2; }
done
. "$here/common.sh"
corpus=$(bench_corpus 10000)

# "WALL CPU": medians of $runs runs of a command, wall-clock and CPU
# (user + system) milliseconds. The machine may be shared: CPU time is the
# figure that load changes least.
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
measure() {
  local w=() c=() s e
  "$@" >/dev/null 2>&1 || true # warm the cache
  for ((i = 0; i < runs; i++)); do
    s=$(date +%s%N)
    /usr/bin/time -f '%U %S' -o "$tmp" "$@" >/dev/null 2>&1 || true
    e=$(date +%s%N)
    w+=($(((e - s) / 1000000)))
    c+=($(awk '{ printf "%d", ($1 + $2) * 1000 }' "$tmp"))
  done
  local mid=$(((runs + 1) / 2))
  echo "$(printf '%s\n' "${w[@]}" | sort -n | sed -n "${mid}p")" \
    "$(printf '%s\n' "${c[@]}" | sort -n | sed -n "${mid}p")"
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }'; }

# row LABEL "WALL CPU" ["BASE_WALL BASE_CPU" NOTE]
row() {
  local w c bw bc
  read -r w c <<<"$2"
  if [ $# -ge 3 ]; then
    read -r bw bc <<<"$3"
    printf '  %-30s %6d ms %6d ms   %5sx %5sx  %s\n' "$1" "$w" "$c" \
      "$(ratio "$w" "$bw")" "$(ratio "$c" "$bc")" "${4:-}"
  else
    printf '  %-30s %6d ms %6d ms\n' "$1" "$w" "$c"
  fi
}

rare='thames tideway'
common='be noted'
files=$(find "$corpus" -name '*.md' | wc -l)
rare_files=$(grep -r -i -l --include='*.md' "$rare" "$corpus" | wc -l)
common_files=$(grep -r -l --include='*.md' "$common" "$corpus" | wc -l)

echo "corpus: $files files, $(du -sh "$corpus" | cut -f1); medians of $runs runs"
printf '  %-30s %9s %9s   %6s %6s\n' "" wall cpu "wall" "cpu"
echo
echo "rare pattern '$rare' (in $rare_files files):"
g=$(measure grep -r -i -c --include='*.md' "$rare" "$corpus")
row "grep -r -i" "$g"
row "mins-grep -j1 -i" "$(measure "$grep_bin" -j1 -i "$rare" "$corpus")" "$g" "x grep (target <= 2)"
row "mins-grep -j2 -i" "$(measure "$grep_bin" -j2 -i "$rare" "$corpus")" "$g" "x grep"
row "mins-grep -j1 --no-prefilter" "$(measure "$grep_bin" -j1 --no-prefilter -i "$rare" "$corpus")" "$g" "x grep (without the prefilter)"
echo
echo "common pattern '$common' (in $common_files files):"
p1=$(measure "$parse_bin" --jsonl -j1 "$corpus")
row "mins-parse --jsonl -j1" "$p1"
row "mins-grep -j1" "$(measure "$grep_bin" -j1 "$common" "$corpus")" "$p1" "x parse (target <= 1)"
row "mins-grep -j2" "$(measure "$grep_bin" -j2 "$common" "$corpus")" "$p1" "x parse (wall target < 1)"
