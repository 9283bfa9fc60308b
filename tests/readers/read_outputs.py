#!/usr/bin/python3
"""Independent readers of citykg's outputs: rdflib parses graph.ttl, networkx reads every GraphML and GEXF file.
Usage: read_outputs.py CITYKG SAMPLES_DIR"""
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

import networkx as nx
import rdflib

citykg, samples = sys.argv[1], sys.argv[2]
with tempfile.TemporaryDirectory() as out:
    subprocess.run([citykg, "build", samples, "-o", out, "-q", "--format", "ttl,graphml,gexf,csv"], check=True)
    g = rdflib.Graph()
    g.parse(f"{out}/graph.ttl", format="turtle")
    assert len(g) > 1000, len(g)
    ckg = rdflib.Namespace("https://w3id.org/citykg/ontology#")
    persons = set(g.subjects(rdflib.RDF.type, ckg.Person))
    assert len(persons) > 50, len(persons)
    # No IRI was relocated by a base or an empty prefix.
    for s in list(g.subjects())[:500]:
        if isinstance(s, rdflib.URIRef):
            assert str(s).startswith("https://w3id.org/citykg/id/"), s
    q = g.query("""PREFIX ckg: <https://w3id.org/citykg/ontology#> PREFIX org: <http://www.w3.org/ns/org#>
                   PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                   SELECT ?n WHERE { ?m org:role ckg:Governor ; org:member ?p . ?p rdfs:label ?n }""")
    names = {str(r[0]) for r in q}
    assert "小池百合子" in names, names

    types = {"Person", "City", "Region", "Country", "Organization", "Event", "Meeting"}
    for name in ["graph.graphml", "cities.graphml"]:
        path = f"{out}/{name}"
        root = ET.parse(path).getroot()
        ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
        want_nodes = len(root.findall(".//g:node", ns))
        want_edges = len(root.findall(".//g:edge", ns))
        x = nx.read_graphml(path, force_multigraph=True)
        assert x.number_of_nodes() == want_nodes, (name, x.number_of_nodes(), want_nodes)
        assert x.number_of_edges() == want_edges, (name, x.number_of_edges(), want_edges)
        for n, d in x.nodes(data=True):
            assert d.get("label"), (name, n)
            assert d.get("type") in types, (name, d)
        for a, b, d in x.edges(data=True):
            assert isinstance(d.get("weight"), float) and d["weight"] > 0, (name, a, b, d)
            assert d.get("relation"), (name, a, b, d)
    # The city network links 臺北市 and 東京都 (蔣萬安 met 小池百合子) and 臺中市 and 高陽特別市.
    c = nx.read_graphml(f"{out}/cities.graphml")
    label = {n: d["label"] for n, d in c.nodes(data=True)}
    pairs = {frozenset((label[a], label[b])) for a, b in c.edges()}
    assert frozenset(("臺北市", "東京都")) in pairs
    assert frozenset(("臺中市", "高陽特別市")) in pairs

    # networkx 2.8 reads GEXF up to 1.2; the 1.3 file has the same structure under another namespace.
    for name in ["graph.gexf", "cities.gexf"]:
        text = open(f"{out}/{name}", encoding="utf-8").read()
        want_nodes = len(re.findall(r"<node ", text))
        want_edges = len(re.findall(r"<edge ", text))
        text12 = text.replace("http://gexf.net/1.3/viz", "http://www.gexf.net/1.2draft/viz").replace(
            "http://gexf.net/1.3", "http://www.gexf.net/1.2draft").replace('version="1.3"', 'version="1.2"')
        with open(f"{out}/{name}.12.gexf", "w", encoding="utf-8") as f:
            f.write(text12)
        x = nx.read_gexf(f"{out}/{name}.12.gexf", version="1.2draft")
        assert x.number_of_nodes() == want_nodes, (name, x.number_of_nodes(), want_nodes)
        assert x.number_of_edges() == want_edges, (name, x.number_of_edges(), want_edges)
        for n, d in x.nodes(data=True):
            assert d.get("label") and d.get("type") in types, (name, n, d)

    # nodes.csv / edges.csv: UTF-8 with BOM.
    for name in ["nodes.csv", "edges.csv"]:
        raw = open(f"{out}/{name}", "rb").read()
        assert raw.startswith(b"\xef\xbb\xbf"), name
print("readers: rdflib %d triples; networkx read every GraphML and GEXF file" % len(g))
print("1 passed, 0 failed")
