#!/usr/bin/python3
"""Runs every query of docs/queries.md through `citykg sparql` on a graph of the samples and checks that each answer
row the page shows is in the result. Usage: queries_test.py CITYKG SOURCE_DIR"""
import re
import subprocess
import sys
import tempfile

citykg, src = sys.argv[1], sys.argv[2]
page = open(f"{src}/docs/queries.md", encoding="utf-8").read()
blocks = re.findall(r"## (\d+)\. (.*?)\n.*?```sparql\n(.*?)\n```\n\nAnswer on the samples:\n\n```tsv\n(.*?)\n```", page, re.S)
assert len(blocks) >= 10, f"docs/queries.md has {len(blocks)} questions, at least 10 expected"
failed = 0
with tempfile.TemporaryDirectory() as out:
    subprocess.run([citykg, "build", f"{src}/samples", "-o", out, "-q", "--format", "ttl"], check=True)
    for number, title, query, answer in blocks:
        r = subprocess.run([citykg, "sparql", out, "--format", "tsv", "--query", query], capture_output=True, text=True)
        if r.returncode != 0:
            print(f"FAIL {number}. {title}: {r.stderr.strip()}")
            failed += 1
            continue
        got = set(r.stdout.rstrip("\n").split("\n"))
        want = [row for row in answer.split("\n") if row and row != "…"]
        missing = [row for row in want if row not in got]
        if missing:
            print(f"FAIL {number}. {title}: missing {missing[:3]}")
            failed += 1
        else:
            print(f"ok {number}. {title} ({len(want) - 1} rows)")
print(f"{len(blocks) - failed} passed, {failed} failed")
sys.exit(1 if failed else 0)
