# SPDX-License-Identifier: MIT
# Sourced by the bench-*.sh scripts: one place for the generated corpora and
# for the median, so that every benchmark reads the same files and a corpus
# is generated once per build tree, not once per script.
#
#   bench_corpus N   the directory of gen-corpus.py --meetings N --seed 1,
#                    made under $build/bench/ when absent (a few seconds)
#   median           the median of the numbers on stdin (the lower middle
#                    one for an even count)
#
# The caller sets $build (an absolute build directory) and may set
# MINS_SHARED_DIR (default: the shared/ folder beside the source tree).
bench_root=$(cd "$(dirname "$0")/../.." && pwd)
bench_shared=${MINS_SHARED_DIR:-$bench_root/../shared}

bench_corpus() {
  bench_dir=$build/bench/corpus-$1
  if [ ! -f "$bench_dir/truth.jsonl" ]; then
    echo "generating $bench_dir" >&2
    rm -rf "$bench_dir"
    mkdir -p "$build/bench"
    python3 "$bench_shared/bench/gen-corpus.py" --meetings "$1" --seed 1 \
      "$bench_dir" >/dev/null
  fi
  echo "$bench_dir"
}

median() {
  sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'
}
