#!/usr/bin/python3
"""The graph in a real triple store: builds the samples' graph, starts a throw-away Virtuoso 7 on 127.0.0.1, loads the
graph with `citykg load`, and checks that
  - the store holds exactly the triples of graph.ttl, and a second load (replace) or an --add of the same graph
    leaves the same count (no duplicates);
  - every query of docs/queries.md gives the same answer over HTTP from Virtuoso as from `citykg sparql`;
  - a refused load (wrong password, not a Graph Store endpoint) exits 3 with the server's status.
Usage: virtuoso_test.py CITYKG SOURCE_DIR"""
import collections
import os
import re
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from server import Virtuoso  # noqa: E402

citykg, src = sys.argv[1], sys.argv[2]
GRAPH = "https://w3id.org/citykg/graph/test"
failures = []


def check(ok, what):
    print(("ok   " if ok else "FAIL ") + what)
    if not ok:
        failures.append(what)


def nt_term(b):
    """A SPARQL JSON binding as citykg's TSV prints it (N-Triples term; language tags lower-cased)."""
    if b is None:
        return ""
    v = b["value"]
    if b["type"] == "uri":
        return f"<{v}>"
    if b["type"] == "bnode":
        return "_:"
    esc = v.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r")
    if "xml:lang" in b:
        return f'"{esc}"@{b["xml:lang"].lower()}'
    dt = b.get("datatype")
    if dt and dt != "http://www.w3.org/2001/XMLSchema#string":
        return f'"{esc}"^^<{dt}>'
    return f'"{esc}"'


def normalize_tsv(text):
    lines = text.rstrip("\n").split("\n")
    rows = []
    for line in lines[1:]:
        cells = line.split("\t")
        rows.append("\t".join("_:" if c.startswith("_:") else re.sub(r'@([A-Za-z-]+)$', lambda m: "@" + m.group(1).lower(), c)
                              .replace("^^<http://www.w3.org/2001/XMLSchema#string>", "") for c in cells))
    return lines[0], collections.Counter(rows)


def load(out, endpoint, *extra):
    return subprocess.run([citykg, "load", out, "--endpoint", endpoint, "--graph", GRAPH, *extra],
                          capture_output=True, text=True)


page = open(f"{src}/docs/queries.md", encoding="utf-8").read()
blocks = re.findall(r"## (\d+)\. (.*?)\n.*?```sparql\n(.*?)\n```", page, re.S)
assert len(blocks) >= 10, f"docs/queries.md has {len(blocks)} questions"

with tempfile.TemporaryDirectory() as out, Virtuoso() as v:
    subprocess.run([citykg, "build", f"{src}/samples", "-o", out, "-q", "--format", "ttl"], check=True)
    prologue = "".join(f"PREFIX {p}: <{i}>\n"
                       for p, i in re.findall(r"^@prefix (\w+): <([^>]*)> \.$", open(f"{out}/graph.ttl", encoding="utf-8").read(), re.M))
    auth = ["--user", "dba", "--password", "dba"]

    def count():
        r = v.sparql_json(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{GRAPH}> {{ ?s ?p ?o }} }}")
        return int(r["results"]["bindings"][0]["n"]["value"])

    r = load(out, v.gsp_url, *auth)
    m = re.search(r"loaded (\d+) triples", r.stdout)
    check(r.returncode == 0 and m is not None, f"citykg load exits 0 and says what it loaded: {r.stdout.strip()} {r.stderr.strip()}")
    loaded = int(m.group(1)) if m else -1
    nt = subprocess.run(["rapper", "-q", "-i", "turtle", "-o", "ntriples", f"{out}/graph.ttl"], capture_output=True, text=True)
    expected = len([l for l in nt.stdout.split("\n") if l.strip()])
    check(loaded == expected, f"the count citykg load prints ({loaded}) is the number of triples in graph.ttl ({expected})")
    check(count() == expected, f"the store holds {expected} triples in <{GRAPH}> after the first load ({count()})")
    r = load(out, v.gsp_url, *auth)
    check(r.returncode == 0 and count() == expected, f"a second load (replace) leaves {expected} triples ({count()})")
    r = load(out, v.gsp_url, "--add", *auth)
    check(r.returncode == 0 and count() == expected, f"--add of the same graph adds no duplicates ({count()})")

    for number, title, query in blocks:
        mine = subprocess.run([citykg, "sparql", out, "--format", "tsv", "--query", query], capture_output=True, text=True)
        if mine.returncode != 0:
            check(False, f"query {number} through citykg sparql: {mine.stderr.strip()}")
            continue
        head, want = normalize_tsv(mine.stdout)
        theirs = v.sparql_json(prologue + query, graph=GRAPH)
        got = collections.Counter("\t".join(nt_term(b.get(var)) for var in theirs["head"]["vars"])
                                  for b in theirs["results"]["bindings"])
        same = got == want and head == "\t".join("?" + x for x in theirs["head"]["vars"])
        detail = "" if same else f": only citykg {list((want - got).items())[:3]}, only Virtuoso {list((got - want).items())[:3]}"
        check(same, f"query {number} ({title[:50]}): {sum(want.values())} rows, same through Virtuoso{detail}")

    r = load(out, v.gsp_url, "--user", "dba", "--password", "wrong")
    check(r.returncode == 3 and "HTTP 401" in r.stderr, f"a wrong password: exit 3 and the server's status ({r.returncode}: {r.stderr.strip()[:120]})")
    r = load(out, v.base + "/no-such-endpoint", *auth)
    check(r.returncode == 3 and "HTTP" in r.stderr, f"not a Graph Store endpoint: exit 3 with the server's answer ({r.stderr.strip()[:120]})")
    check(count() == expected, "refused loads leave the store as it was")

print(f"{len(failures)} failed")
sys.exit(1 if failures else 0)
