#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Validate every JSON export against the mins/1 JSON Schema.

usage: schema_test.py SCHEMA PROGRAM PATH... [-- PATH...]

Runs PROGRAM (mins-export) with --to jsonl, --to jsonl --public and
--to json over the paths (those after -- only with --to jsonl: the large
generated corpus) and checks each object it prints against SCHEMA (draft
2020-12) with python3-jsonschema. Also checks that the schema is
itself a valid draft 2020-12 schema. Exit 0 when all are valid, 1 with the
first errors otherwise.
"""
import json
import subprocess
import sys

try:
    import jsonschema
except ImportError:
    sys.exit("schema_test: the Python module jsonschema is missing: "
             "install python3-jsonschema (.ci/deps does)")


def objects(text, pretty):
    """The JSON objects of jsonl, or of indented objects one after another."""
    if not pretty:
        return [json.loads(line) for line in text.splitlines() if line]
    dec, out, i = json.JSONDecoder(), [], 0
    while i < len(text):
        while i < len(text) and text[i].isspace():
            i += 1
        if i == len(text):
            break
        obj, i = dec.raw_decode(text, i)
        out.append(obj)
    return out


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    schema_path, program, paths = sys.argv[1], sys.argv[2], sys.argv[3:]
    large = []
    if "--" in paths:
        large = paths[paths.index("--") + 1:]
        paths = paths[:paths.index("--")]
    with open(schema_path, encoding="utf-8") as f:
        schema = json.load(f)
    cls = jsonschema.Draft202012Validator
    cls.check_schema(schema)
    validator = cls(schema)
    bad = total = 0
    for args, pretty, where in ((["--to", "jsonl"], False, paths + large),
                                (["--to", "jsonl", "--public"], False, paths),
                                (["--to", "json"], True, paths)):
        if not where:
            continue
        run = subprocess.run([program, "-q", *args, *where],
                             capture_output=True, text=True, check=False)
        if run.returncode not in (0, 1):
            print(f"{program} {' '.join(args)} exited {run.returncode}: "
                  f"{run.stderr.strip()}")
            return 1
        for obj in objects(run.stdout, pretty):
            total += 1
            for err in validator.iter_errors(obj):
                bad += 1
                if bad <= 20:
                    where = "/".join(str(p) for p in err.absolute_path)
                    print(f"{obj.get('file')} ({' '.join(args)}): "
                          f"/{where}: {err.message}")
    print(f"{total} objects checked against {schema_path}: {bad} errors")
    if total == 0:
        print("no objects: nothing was exported")
        return 1
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
