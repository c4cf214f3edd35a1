#!/bin/sh
# SPDX-License-Identifier: MIT
# profile-parse.sh [BUILD] [N]: where mins-parse spends its time, by stage.
# Runs mins-parse --jsonl -j1 under valgrind's callgrind over the first N
# files (default 500) of the 10,000-meeting corpus (made by bench-parse.sh,
# or here when absent) and prints the inclusive instruction count of each
# stage of the pipeline as a share of the whole. Instruction counts do not
# depend on the machine's load, so the shares are stable; they are not
# times (cache misses and system calls are not counted).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=$(cd "${1:-$root/build}" && pwd)
n=${2:-500}
shared=${MINS_SHARED_DIR:-$root/../shared}
parse=$build/cmd/mins-parse
command -v valgrind >/dev/null || {
  echo "profile-parse: valgrind is needed" >&2
  exit 2
}
corpus=$build/bench/corpus-10000
if [ ! -f "$corpus/truth.jsonl" ]; then
  rm -rf "$corpus"
  python3 "$shared/bench/gen-corpus.py" --meetings 10000 --seed 1 "$corpus" >/dev/null
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
find "$corpus" -name '*.md' | sort | head -n "$n" >"$tmp/files"
# shellcheck disable=SC2046
valgrind --tool=callgrind --callgrind-out-file="$tmp/cg" \
  "$parse" --jsonl -j1 $(cat "$tmp/files") >/dev/null 2>"$tmp/log"
callgrind_annotate --inclusive=yes --threshold=100 "$tmp/cg" 2>/dev/null |
  awk -v n="$n" '
    # "1,234,567 (12.34%)  file:function [object]" with callgrind 3.19+,
    # "1,234,567  file:function [object]" before
    /PROGRAM TOTALS/ { gsub(",", "", $1); total = $1 }
    {
      for (i = 1; i <= NF; i++) if ($i ~ /:/) break
      fn = $i; sub(/.*:/, "", fn)
      c = $1; gsub(",", "", c)
      if (c !~ /^[0-9]+$/ || seen[fn]++) next
      cost[fn] = c
    }
    END {
      split("main cmd_read mins_parser_parse mins__frontmatter yaml_parser_parse " \
            "mins__body_blocks cmark_parse_document cmark_iter_next " \
            "cmark_node_free mins__items mins__meeting_text mins__people " \
            "mins__declarations mins__resolutions mins__actions " \
            "mins__actions_finish mins__utf8_check mins_doc_write_json " \
            "json_dumpb json_dumps mins_doc_free pcre2_match_8 mins__match", want, " ")
      printf "%d files, %.0f million instructions in all\n", n, total / 1e6
      printf "%-24s %12s %7s\n", "function (inclusive)", "Minstr", "share"
      for (k = 1; k in want; k++) {
        f = want[k]
        if (!(f in cost)) continue
        printf "%-24s %12.1f %6.1f%%\n", f, cost[f] / 1e6, 100 * cost[f] / total
      }
    }'
