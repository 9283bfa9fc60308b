// Files for Gephi, networkx and graphology: GraphML, GEXF 1.3 with time, and CSV tables (CONTRACT §3).
#ifndef CITYKG_EXPORT_GRAPHML_H_
#define CITYKG_EXPORT_GRAPHML_H_

#include <cstddef>

#include "export/sink.h"
#include "export/view.h"
#include "graph/knowledge_graph.h"

namespace citykg::exporter {

struct GraphmlStats {
  size_t nodes = 0;
  size_t edges = 0;
};

// GraphML: keys declared with for/attr.name/attr.type and neutral ids (d0, d1, ...); node label, type, iri,
// names, country, wikidata, colour (r, g, b) and size; edge weight, relation, title, sources, dates. The relation
// is also the <edge label> (Gephi's edge type). Characters XML 1.0 forbids are removed. Deterministic.
GraphmlStats WriteGraphml(const View& view, Sink& sink);
GraphmlStats WriteGraphml(const graph::KnowledgeGraph& kg, Sink& sink);  // the full view

// GEXF 1.3 (http://gexf.net/1.3) with the viz namespace (colour, size) and time: mode="dynamic",
// timeformat="date"; each node and edge starts at its first dated evidence, so Gephi's timeline shows the
// network growing. Same nodes, edges and ids as the GraphML of the same view.
GraphmlStats WriteGexf(const View& view, Sink& sink);

// Gephi's spreadsheet import: nodes (Id, Label, Type, ...) and edges (Source, Target, Type, Id, Label, Weight, ...),
// UTF-8 with a byte-order mark so spreadsheet programs read the Chinese, RFC 4180 quoting.
void WriteNodesCsv(const View& view, Sink& sink);
void WriteEdgesCsv(const View& view, Sink& sink);

}  // namespace citykg::exporter

#endif  // CITYKG_EXPORT_GRAPHML_H_
