// GraphML for Gephi, networkx and graphology (CONTRACT §3).
#ifndef CITYKG_EXPORT_GRAPHML_H_
#define CITYKG_EXPORT_GRAPHML_H_

#include <cstddef>

#include "export/sink.h"
#include "graph/knowledge_graph.h"

namespace citykg::exporter {

struct GraphmlStats {
  size_t nodes = 0;
  size_t edges = 0;
};

// One node per entity (meetings included, linked to their attendees), one edge per merged relation with its
// count as `weight`. Keys use neutral ids (d0, d1, ...) and Gephi's attribute names; the relation is also the
// <edge label> (Gephi's edge type). Characters XML 1.0 forbids are removed. Deterministic.
GraphmlStats WriteGraphml(const graph::KnowledgeGraph& kg, Sink& sink);

// Colour of an entity type as "r,g,b" components, shared by GraphML and GEXF.
struct Rgb {
  int r, g, b;
};
Rgb KindColor(ontology::EntityKind kind);

}  // namespace citykg::exporter

#endif  // CITYKG_EXPORT_GRAPHML_H_
