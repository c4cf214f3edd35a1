#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""--public leaves nothing of exempt items in any format.

usage: public_test.py MINS-EXPORT FIXTURE SERIES-FILE OUT-DIR

FIXTURE has exempt items of every kind mins(5) documents (a title with
"(Exempt)", "Confidential", "[exempt]", "(Private)", "(Non-public)", the
front matter's exempt: list, an item numbered under an exempt one), each
holding a word in capitals that appears nowhere else (ALPHA-OWL...), and
public items holding PUBLIC-... words. SERIES-FILE is the example meeting
with an exempt item. Every format is exported with and without --public:
with it, no output may hold an exempt word or an exempt item's title;
without it, they must be there (so the test sees what it looks for); both
must hold the public words.
"""
import os
import shutil
import subprocess
import sys

# words of exempt items that stand in records (titles, resolutions, actions,
# declarations): in every format; and those only in their text: in md and
# html, which carry the text
SECRET_RECORDS = ["ALPHA-OWL", "BRAVO-HERON", "GOLF-RAVEN", "HOTEL-LYNX",
                  "Land at Mill Lane", "Staffing matter", "Counsel opinion",
                  "Grievance hearing", "Contract award", "Tender scores",
                  "Property disposal", "Estates Surveyor",
                  "Multi-agency case review",
                  "recommendations set out in the exempt report"]
SECRET_TEXT = ["CHARLIE-KITE", "DELTA-WREN", "ECHO-LARK", "FOXTROT-MOTH",
               "identifiable individuals"]
PUBLIC_RECORDS = ["PUBLIC-SPARROW", "Knife-crime awareness"]
PUBLIC_TEXT = ["PUBLIC-ROBIN", "PUBLIC-WAGTAIL", "PUBLIC-FINCH"]
FORMATS = [["--to", "json"], ["--to", "jsonl"], ["--to", "md"],
           ["--to", "html"], ["--to", "csv"]]


def export(program, args, out, inputs):
    os.makedirs(out)
    run = subprocess.run([program, "-q", *args, "-o", out + "/", *inputs]
                         if args[1] in ("md", "html", "csv") else
                         [program, "-q", *args, "-o",
                          os.path.join(out, "all." + args[1]), *inputs],
                         capture_output=True, text=True, check=False)
    if run.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(args)}: exit {run.returncode}: "
                         f"{run.stderr}")
    text = {}
    for d, _, files in os.walk(out):
        for f in files:
            p = os.path.join(d, f)
            with open(p, encoding="utf-8") as fh:
                text[os.path.relpath(p, out)] = fh.read()
    if not text:
        raise SystemExit(f"{' '.join(args)}: wrote nothing")
    return text


def main():
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    program, fixture, series, out = sys.argv[1:]
    shutil.rmtree(out, ignore_errors=True)
    failures = []
    for args in FORMATS:
        fmt = args[1]
        whole = export(program, args, os.path.join(out, fmt),
                       [fixture, series])
        public = export(program, args + ["--public"],
                        os.path.join(out, fmt + "-public"), [fixture, series])
        every = "\n".join(whole.values()).lower()
        shown = "\n".join(public.values()).lower()
        text = fmt in ("md", "html")
        for s in SECRET_RECORDS + SECRET_TEXT:
            if (text or s in SECRET_RECORDS) and s.lower() not in every:
                failures.append(f"{fmt}: '{s}' missing even without --public")
            for name, t in public.items():
                if s.lower() in t.lower():
                    failures.append(f"{fmt} --public: '{s}' left in {name}")
        for s in PUBLIC_RECORDS + (PUBLIC_TEXT if text else []):
            if s.lower() not in shown:
                failures.append(f"{fmt} --public: public '{s}' lost")
        print(f"{fmt}: {len(public)} files with --public checked")
    for f in failures:
        print("FAIL:", f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
