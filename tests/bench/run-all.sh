#!/bin/sh
# SPDX-License-Identifier: MIT
# run-all.sh [BUILD]: every benchmark of DESIGN.md section 6 in one go, on
# the same generated corpora (BUILD/bench/corpus-N, made once): the parse
# against its floor, the check, the action tracker and the export against
# mins-parse --jsonl, and mins-grep against grep -r -i. Each script prints
# its own medians, ratios and targets; this one only runs them in turn, so
# that a machine that is busy at one moment does not favour one figure.
# Takes about ten minutes on a 2-core machine. Environment: RUNS, JOBS,
# MINS_SHARED_DIR, as the scripts read them.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
build=$(cd "${1:-$here/../../build}" && pwd)
for b in parse check actions export grep; do
  echo "== bench-$b"
  "$here/bench-$b.sh" "$build"
  echo
done
