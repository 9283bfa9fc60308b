#!/usr/bin/python3
"""Independent readers of citykg's outputs: rdflib parses graph.ttl, networkx reads graph.graphml.
Usage: read_outputs.py CITYKG SAMPLES_DIR"""
import subprocess
import sys
import tempfile

import networkx as nx
import rdflib

citykg, samples = sys.argv[1], sys.argv[2]
with tempfile.TemporaryDirectory() as out:
    subprocess.run([citykg, "build", samples, "-o", out, "-q"], check=True)
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

    x = nx.read_graphml(f"{out}/graph.graphml")
    assert x.number_of_nodes() > 100
    for n, d in x.nodes(data=True):
        assert d.get("label"), n
        assert d.get("type") in {"Person", "City", "Region", "Country", "Organization", "Event", "Meeting"}, d
    for a, b, d in x.edges(data=True):
        assert isinstance(d.get("weight"), float) and d["weight"] > 0, (a, b, d)
        assert d.get("relation"), (a, b, d)
print("readers: rdflib %d triples, networkx %d nodes / %d edges" % (len(g), x.number_of_nodes(), x.number_of_edges()))
print("1 passed, 0 failed")
