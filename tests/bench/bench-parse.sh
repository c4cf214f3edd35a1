#!/bin/sh
# SPDX-License-Identifier: MIT
# bench-parse.sh [BUILD]: how fast mins-parse reads minutes, against the
# floor of DESIGN.md section 6 (mins-bench-floor: libyaml events for the
# front matter, cmark parse and tree walk of the body, nothing else) and
# against reading the files (xargs cat), over the 10,000-meeting corpus of
# gen-corpus.py --meetings 10000 --seed 1. All three read the same files in
# one process each; runs are interleaved so that a busy machine slows all
# three alike. Prints the median of RUNS runs (default 5) of each, the
# ratios, and the peak RSS of the floor and of mins-parse at 1,000 and
# 10,000 files: memory must not grow with the number of files.
#
# The corpora are generated into BUILD/bench/ when absent (a few seconds).
# Environment: RUNS (5), MINS_SHARED_DIR (../shared beside the source tree).
# Times are for this machine only; quote the ratios.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=$(cd "${1:-$root/build}" && pwd)
runs=${RUNS:-5}
parse=$build/cmd/mins-parse
floor=$build/tests/mins-bench-floor
for p in "$parse" "$floor"; do
  if [ ! -x "$p" ]; then
    echo "bench-parse: $p not built (cmake --build $build)" >&2
    exit 2
  fi
done
if [ ! -x /usr/bin/time ]; then
  echo "bench-parse: /usr/bin/time is needed for peak memory" >&2
  exit 2
fi

. "$here/common.sh"
big=$(bench_corpus 10000)
small=$(bench_corpus 1000)

ms() { # ms CMD...: wall milliseconds of CMD, output discarded
  t0=$(date +%s%N)
  "$@" >/dev/null
  t1=$(date +%s%N)
  echo $(((t1 - t0) / 1000000))
}
cat_all() { find "$1" -name '*.md' -print0 | sort -z | xargs -0 cat; }
parse1() { "$parse" --jsonl -j1 "$1"; }
parse2() { "$parse" --jsonl -j2 "$1"; }

nfiles=$(find "$big" -name '*.md' | wc -l)
mb=$(du -sm --apparent-size "$big" | cut -f1)
echo "corpus: $nfiles files, $mb MB ($big)"
# the same work: the floor's file count must be the corpus's
"$floor" "$big" | grep -q "^$nfiles files" || {
  echo "bench-parse: the floor did not read the $nfiles files" >&2
  exit 1
}
cat_all "$big" >/dev/null # warm the cache
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
i=0
while [ $i -lt "$runs" ]; do
  ms cat_all "$big" >>"$tmp/cat"
  ms "$floor" "$big" >>"$tmp/floor"
  ms parse1 "$big" >>"$tmp/parse"
  ms parse2 "$big" >>"$tmp/parse2"
  i=$((i + 1))
done
c=$(median <"$tmp/cat")
f=$(median <"$tmp/floor")
p=$(median <"$tmp/parse")
p2=$(median <"$tmp/parse2")
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }'; }
echo
echo "medians of $runs runs, milliseconds:"
printf '  %-40s %7s\n' "xargs cat (reading the files)" "$c"
printf '  %-40s %7s\n' "floor: libyaml + cmark + walk" "$f"
printf '  %-40s %7s\n' "mins-parse --jsonl -j1" "$p"
printf '  %-40s %7s\n' "mins-parse --jsonl -j2" "$p2"
echo "ratios:"
echo "  mins-parse -j1 / floor      $(ratio "$p" "$f")   (target 2.00, aim 1.50)"
echo "  mins-parse -j1 / xargs cat  $(ratio "$p" "$c")"
echo "  floor / xargs cat           $(ratio "$f" "$c")"
echo "  mins-parse -j1 / -j2        $(ratio "$p" "$p2")"

rss() { # rss CMD...: peak resident set in KB
  /usr/bin/time -f %M -o "$tmp/rss" "$@" >/dev/null
  cat "$tmp/rss"
}
fs=$(rss "$floor" "$small")
fb=$(rss "$floor" "$big")
ps=$(rss "$parse" --jsonl -j1 "$small")
pb=$(rss "$parse" --jsonl -j1 "$big")
echo
echo "peak RSS, KB (1,000 files -> 10,000 files):"
echo "  floor       $fs -> $fb   ($(ratio "$fb" "$fs")x)"
echo "  mins-parse  $ps -> $pb   ($(ratio "$pb" "$ps")x)"
verdict=$(awk -v a="$p" -v b="$f" 'BEGIN { print (a <= 2 * b) ? "within" : "NOT within" }')
echo
echo "mins-parse is $verdict 2x the floor"
