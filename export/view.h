// A flat, writer-neutral view of a graph (nodes and edges with scalar attributes), shared by the GraphML, GEXF
// and CSV writers. Two views: the full knowledge graph, and the city network (local governments only).
#ifndef CITYKG_EXPORT_VIEW_H_
#define CITYKG_EXPORT_VIEW_H_

#include <map>
#include <string>
#include <vector>

#include "extract/types.h"
#include "graph/knowledge_graph.h"

namespace citykg::exporter {

struct Rgb {
  int r, g, b;
};
// Colour of an entity type, shared by every writer.
Rgb KindColor(ontology::EntityKind kind);

struct ViewNode {
  std::string id;  // n0, n1, ... (unique, non-empty)
  std::string label, type, iri, name_zh, name_en, names, country, wikidata, sources;
  Rgb color{0, 0, 0};
  double size = 10;
  extract::Date start;  // first dated appearance (timeline), may be invalid
};

struct ViewEdge {
  std::string id;  // e0, e1, ...
  std::string source, target;  // node ids
  std::string relation;        // Gephi edge type (<edge label>, GEXF kind)
  std::string title, sources;
  double weight = 1;  // never 0 (Gephi deletes such edges)
  extract::Date first, last;
  std::map<std::string, int> counts;  // city network: links of each kind (met, event, network, agreement)
};

struct View {
  bool directed = true;
  std::vector<ViewNode> nodes;
  std::vector<ViewEdge> edges;
  std::vector<std::string> count_keys;  // names of ViewEdge::counts written as attributes
};

// Every entity (and meeting) as a node, every merged relation as an edge (directed).
View FullView(const graph::KnowledgeGraph& kg);

// Local governments as nodes, an undirected edge wherever two are linked: their officials met, they attended the
// same event (or one hosted an event the other attended), they belong to the same organization, they signed an
// agreement. Each edge counts the links of each kind; weight = their sum.
View CityView(const graph::KnowledgeGraph& kg);

}  // namespace citykg::exporter

#endif  // CITYKG_EXPORT_VIEW_H_
