#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""mins-actions against examples/series/README, the series' expected answer.

The README was written by hand from the six meetings; this test reads its
tables and compares them with what mins-actions makes of the files:

  - "Every action": each identity, its owner, its due date and its final
    status ("done", "done (late)", "dropped", "**open**...");
  - "Open and overdue": the open actions by owner, and the overdue list at
    each as-of date the README names.

Usage: series_readme.py MINS-ACTIONS SERIES-DIR
"""
import json
import re
import subprocess
import sys


def actions(prog, series, *extra):
    out = subprocess.run([prog, "--jsonl", *extra, series],
                         capture_output=True, text=True, check=False)
    if out.returncode not in (0, 1):
        sys.exit("%s exited %d: %s" % (prog, out.returncode, out.stderr))
    rows = [json.loads(l) for l in out.stdout.splitlines() if l.strip()]
    return {r["id"].split("/", 1)[1]: r for r in rows if "id" in r}


def table(text, heading):
    """The rows of the first table after a heading, as lists of cells."""
    at = text.index(heading)
    rows = []
    for line in text[at:].splitlines()[1:]:
        if line.startswith("|"):
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if not set("".join(cells)) <= set("-: "):
                rows.append(cells)
        elif rows:
            break
    return rows[1:]  # without the header


def main():
    prog, series = sys.argv[1], sys.argv[2]
    readme = open(series + "/README", encoding="utf-8").read()
    got = actions(prog, series)
    bad = []

    every = table(readme, "## Every action")
    want_ids = set()
    for cells in every:
        ident = cells[0].strip("`")
        want_ids.add(ident)
        owner = re.sub(r"\s*\(front matter.*\)$", "", cells[1])
        due, final = cells[3], cells[-1]
        a = got.get(ident)
        if a is None:
            bad.append("%s: in the README, not found by mins-actions" % ident)
            continue
        if a["owner"] != owner:
            bad.append("%s: owner %r, README %r" % (ident, a["owner"], owner))
        if a["due"] != due:
            bad.append("%s: due %r, README %r" % (ident, a["due"], due))
        if final.startswith("**open"):
            ok = a["status"] in ("open", "ongoing") and not a["closed"]
        elif final.startswith("done"):
            ok = a["status"] == "done" and a["late"] == ("(late)" in final)
        else:
            ok = a["status"] == final
        if not ok:
            bad.append("%s: status %s, late %s; README %r" %
                       (ident, a["status"], a["late"], final))
    for ident in sorted(set(got) - want_ids):
        bad.append("%s: found by mins-actions, not in the README" % ident)

    # open actions by owner
    open_want = {}
    for owner, ids in table(readme, "## Open and overdue"):
        for ident in re.findall(r"`([^`]+)`", ids):
            open_want[ident] = owner
    open_got = {i: a["owner"] for i, a in actions(prog, series, "--open").items()}
    if open_got != open_want:
        bad.append("--open: %s, README %s" % (sorted(open_got), sorted(open_want)))

    # the overdue list grows at each as-of date the README names
    section = readme[readme.index("Overdue means"):]
    expect = set()
    steps = re.findall(r"as-of (\d{4}-\d\d-\d\d)`[^`]*?`([^`]+)`", section)[:1]
    steps += [(d, " ".join(re.findall(r"`([^`]+)`", ids))) for d, ids in
              re.findall(r"as of (\d{4}-\d\d-\d\d): also (.*?)\.\n", section, re.S)]
    if len(steps) < 3:
        bad.append("README: could not read the overdue list (%d steps)" % len(steps))
    for date, ids in steps:
        expect |= set(ids.split())
        over = set(actions(prog, series, "--overdue", "--as-of=" + date))
        if over != expect:
            bad.append("--overdue --as-of=%s: %s, README %s" %
                       (date, sorted(over), sorted(expect)))

    for b in bad:
        print(b)
    print("%d actions, %d open, %d overdue steps checked; %d differences" %
          (len(every), len(open_want), len(steps), len(bad)))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
