#!/usr/bin/python3
"""networkx reads a GraphML/GEXF pair written from hostile names and gets the names back (control characters
removed, everything else intact). Usage: read_hostile.py DIR (made by citykg_hostile_graph)."""
import json
import sys

import networkx as nx

d = sys.argv[1]
expected = json.load(open(f"{d}/expected.json", encoding="utf-8"))
x = nx.read_graphml(f"{d}/hostile.graphml")
got = {data["label"] for _, data in x.nodes(data=True)}
missing = [e[:40] for e in expected if e not in got]
assert not missing, missing
text = open(f"{d}/hostile.gexf", encoding="utf-8").read().replace("http://gexf.net/1.3/viz", "http://www.gexf.net/1.2draft/viz")
text = text.replace("http://gexf.net/1.3", "http://www.gexf.net/1.2draft").replace('version="1.3"', 'version="1.2"')
open(f"{d}/hostile12.gexf", "w", encoding="utf-8").write(text)
y = nx.read_gexf(f"{d}/hostile12.gexf", version="1.2draft")
got = {data["label"] for _, data in y.nodes(data=True)}
missing = [e[:40] for e in expected if e not in got]
assert not missing, missing
print("1 passed, 0 failed")
