#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""mins-grep against the generated corpus's truth file.

usage: truth.py MINS_GREP CORPUS_DIR

For each case (a pattern, its options, record types and filters) the
expected hits are computed here from CORPUS_DIR/truth.jsonl with Python's
own `re` (not PCRE2): a resolution's searchable text is its text, an
action's is its sentence followed by " (owner: OWNER)", both with white
space collapsed. mins-grep's --json output must give exactly those records
(file, type, item, text), with and without the prefilter. Prints each
difference; exits 1 if any case fails.
"""
import json
import os
import re
import subprocess
import sys

# (name, mins-grep arguments, patterns, python flags, types, filters)
# filters: committee (substring, caseless), since/until (ISO bounds)
CASES = [
    ("rare", [], ["Thames Tideway"], 0, ["resolution"], {}),
    ("rare caseless", ["-i"], ["licensing policy statement"], re.I,
     ["resolution"], {}),
    ("common", [], ["be noted"], 0, ["resolution"], {}),
    ("anchored upper", [], ["^RESOLVED"], 0, ["resolution"], {}),
    ("anchored caseless", ["-i"], ["^resolved that the (update|report)"],
     re.I, ["resolution"], {}),
    ("end anchor", [], [r"be (rejected|deferred to the next meeting)\.$"], 0,
     ["resolution"], {}),
    ("word", ["-w"], ["bid"], 0, ["resolution"], {}),
    ("fixed", ["-F"], ["subject to the advice of the Chamberlain, the"], 0,
     ["resolution"], {}),
    ("several", ["-e", "Heritage Lottery", "-e", "Safe City Bus"],
     ["Heritage Lottery", "Safe City Bus"], 0, ["resolution"], {}),
    ("committee", ["--committee", "licensing"], ["approved"], 0,
     ["resolution"], {"committee": "licensing"}),
    ("dates", ["--since", "2010", "--until", "2012-06"], ["endorsed"], 0,
     ["resolution"], {"since": "2010", "until": "2012-06-99"}),
    ("committee and dates", ["-i", "--committee", "police", "--since",
                             "2015-03-01"], ["REVISED terms of reference"],
     re.I, ["resolution"], {"committee": "police", "since": "2015-03-01"}),
    ("actions", ["-t", "action"], ["Town Clerk"], 0, ["action"], {}),
    ("actions anchored", ["-t", "action"],
     [r"^The Chairman asked that the \w+ \w+ circulate"], 0, ["action"], {}),
    ("actions and resolutions", ["-t", "action,resolution", "-i"],
     ["consult"], re.I, ["action", "resolution"], {}),
    ("invert", ["-v"],
     ["noted|approved|agreed|endorsed|deferred|rejected"], 0,
     ["resolution"], {}),
]


def clean(s):
    return " ".join(s.split())


def searchable(kind, rec):
    if kind == "resolution":
        return clean(rec["text"])
    t = clean(rec.get("text") or "")
    if rec.get("owner"):
        t = (t + " " if t else "") + "(owner: " + clean(rec["owner"]) + ")"
    return t


def expected(truth, pats, flags, types, filt, invert):
    rx = [re.compile(p, flags) for p in pats]
    want = []
    for m in truth:
        if "committee" in filt and filt["committee"].lower() not in \
                m["committee"].lower():
            continue
        if "since" in filt and m["date"] < filt["since"]:
            continue
        if "until" in filt and m["date"] > filt["until"]:
            continue
        for kind in ("resolution", "action"):
            if kind not in types:
                continue
            for rec in m[kind + "s"]:
                text = searchable(kind, rec)
                hit = any(r.search(text) for r in rx)
                if hit != invert:
                    item = rec["item"] if kind == "resolution" else \
                        rec["items"][0]
                    want.append((m["path"], kind, item, text))
    return sorted(want)


def run(prog, corpus, args):
    p = subprocess.run([prog, "--json", "-j2"] + args + [corpus],
                       capture_output=True, text=True)
    if p.returncode not in (0, 1):
        raise SystemExit(f"mins-grep {args}: exit {p.returncode}: {p.stderr}")
    got = []
    for line in p.stdout.splitlines():
        h = json.loads(line)
        path = os.path.relpath(h["file"], corpus)
        item = h["item"]["number"] if h["item"] else None
        got.append((path, h["type"], item, h["text"]))
    return sorted(got), p.returncode


def main():
    prog, corpus = sys.argv[1], sys.argv[2]
    with open(os.path.join(corpus, "truth.jsonl"), encoding="utf-8") as f:
        truth = [json.loads(line) for line in f]
    failed = 0
    for name, args, pats, flags, types, filt in CASES:
        invert = "-v" in args
        cli = list(args)
        if "-e" not in cli:
            cli = cli + ["--"] + pats
        want = expected(truth, pats, flags, types, filt, invert)
        for extra in ([], ["--no-prefilter"]):
            got, rc = run(prog, corpus, extra + cli)
            ok = got == want and rc == (0 if want else 1)
            label = name + (" (no prefilter)" if extra else "")
            print(f"{'ok  ' if ok else 'FAIL'} {label}: {len(want)} expected, "
                  f"{len(got)} found")
            if not ok:
                failed += 1
                for x in sorted(set(want) - set(got))[:5]:
                    print("  missing:", x)
                for x in sorted(set(got) - set(want))[:5]:
                    print("  extra:  ", x)
        if not want and not invert:
            print(f"FAIL {name}: the case selects nothing, it tests nothing")
            failed += 1
    print(f"{len(CASES) * 2 - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
