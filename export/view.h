// A flat, writer-neutral view of a graph (nodes and edges with scalar attributes), shared by the GraphML, GEXF
// and CSV writers. Two views: the full knowledge graph, and the city network (local governments only).
#ifndef CITYKG_EXPORT_VIEW_H_
#define CITYKG_EXPORT_VIEW_H_

#include <map>
#include <memory>
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

// Nodes and edges a view computes one at a time, as they are written: the full view of a large graph is never
// held whole (its edges alone would take more memory than the graph).
class ViewSource {
 public:
  virtual ~ViewSource() = default;
  virtual size_t node_count() const = 0;
  virtual size_t edge_count() const = 0;
  virtual ViewNode NodeAt(size_t i) const = 0;
  virtual ViewEdge EdgeAt(size_t i) const = 0;
};

struct View {
  bool directed = true;
  std::vector<ViewNode> nodes;  // listed nodes and edges (small views: the city network, tests) ...
  std::vector<ViewEdge> edges;
  std::shared_ptr<const ViewSource> source;  // ... then those of the source, if any
  std::vector<std::string> count_keys;  // names of ViewEdge::counts written as attributes

  template <class F>
  void ForEachNode(F&& f) const {
    for (const auto& n : nodes) f(n);
    if (source)
      for (size_t i = 0, n = source->node_count(); i < n; ++i) f(source->NodeAt(i));
  }
  template <class F>
  void ForEachEdge(F&& f) const {
    for (const auto& e : edges) f(e);
    if (source)
      for (size_t i = 0, n = source->edge_count(); i < n; ++i) f(source->EdgeAt(i));
  }
};

// Every entity (and meeting) as a node, every merged relation as an edge (directed). Computed as written (a
// ViewSource over `kg`, which must outlive the view).
View FullView(const graph::KnowledgeGraph& kg);

// Local governments as nodes, an undirected edge wherever two are linked: their officials met, they attended the
// same event (or one hosted an event the other attended), they belong to the same organization, they signed an
// agreement. Each edge counts the links of each kind; weight = their sum.
View CityView(const graph::KnowledgeGraph& kg);

}  // namespace citykg::exporter

#endif  // CITYKG_EXPORT_VIEW_H_
