// Questions answered from the knowledge graph itself: shortest relation chains, neighbours, centrality.
#ifndef CITYKG_GRAPH_QUERY_H_
#define CITYKG_GRAPH_QUERY_H_

#include <optional>
#include <string>
#include <vector>

#include "graph/knowledge_graph.h"

namespace citykg::graph {

struct Hop {
  Vertex from, to;
  const Edge* edge = nullptr;
  bool forward = true;  // the edge points from `from` to `to`
};
using PathHops = std::vector<Hop>;

struct PathOptions {
  int max_hops = 6;
  // Only pass through intermediate vertices of this kind (empty: any).
  std::optional<ontology::EntityKind> via;
  bool all = false;  // every shortest path, not just the first
  size_t limit = 50;  // at most this many paths with `all`
};

// Shortest chains of relations between two vertices, edges taken in either direction (breadth-first search).
// Deterministic: neighbours are visited in IRI order. Empty when no chain of at most max_hops exists.
std::vector<PathHops> ShortestPaths(const KnowledgeGraph& kg, Vertex from, Vertex to, const PathOptions& options);

// Degree and betweenness centrality (Brandes, Boost.Graph) of every vertex, on the undirected view.
struct Centrality {
  Vertex vertex;
  size_t degree = 0;
  double betweenness = 0;
};
std::vector<Centrality> ComputeCentrality(const KnowledgeGraph& kg);

}  // namespace citykg::graph

#endif  // CITYKG_GRAPH_QUERY_H_
