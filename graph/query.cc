#include "graph/query.h"

#include <boost/graph/betweenness_centrality.hpp>
#include <boost/graph/undirected_graph.hpp>
#include <algorithm>
#include <deque>
#include <functional>
#include <map>
#include <set>

namespace citykg::graph {

namespace {

struct Neighbour {
  Vertex other;
  const Edge* edge;
  bool forward;
};

std::vector<Neighbour> Neighbours(const Graph& g, Vertex v) {
  std::vector<Neighbour> out;
  for (auto e : boost::make_iterator_range(boost::out_edges(v, g))) out.push_back({boost::target(e, g), &g[e], true});
  for (auto e : boost::make_iterator_range(boost::in_edges(v, g))) out.push_back({boost::source(e, g), &g[e], false});
  std::sort(out.begin(), out.end(), [&](const Neighbour& a, const Neighbour& b) {
    if (g[a.other].iri != g[b.other].iri) return g[a.other].iri < g[b.other].iri;
    return RelationLabel(*a.edge) < RelationLabel(*b.edge);
  });
  return out;
}

}  // namespace

std::vector<PathHops> ShortestPaths(const KnowledgeGraph& kg, Vertex from, Vertex to, const PathOptions& options) {
  const Graph& g = kg.graph();
  std::vector<PathHops> result;
  if (from == to) return result;
  const size_t n = boost::num_vertices(g);
  std::vector<int> dist(n, -1);
  std::vector<std::vector<Neighbour>> parents(n);  // (parent vertex, edge) per vertex on shortest paths
  std::deque<Vertex> queue{from};
  dist[from] = 0;
  while (!queue.empty()) {
    Vertex v = queue.front();
    queue.pop_front();
    if (v == to || dist[v] >= options.max_hops) continue;
    if (v != from && options.via && g[v].kind != *options.via) continue;
    for (const auto& nb : Neighbours(g, v)) {
      Vertex w = nb.other;
      if (dist[w] == -1) {
        dist[w] = dist[v] + 1;
        queue.push_back(w);
      }
      if (dist[w] == dist[v] + 1) {
        if (!options.all && !parents[w].empty()) continue;
        parents[w].push_back({v, nb.edge, nb.forward});
      }
    }
  }
  if (dist[to] < 0) return result;
  // Enumerate paths backwards from `to`.
  std::vector<Hop> stack;
  std::function<void(Vertex)> walk = [&](Vertex v) {
    if (result.size() >= (options.all ? options.limit : 1)) return;
    if (v == from) {
      PathHops p(stack.rbegin(), stack.rend());
      result.push_back(std::move(p));
      return;
    }
    for (const auto& par : parents[v]) {
      stack.push_back({par.other, v, par.edge, par.forward});
      walk(par.other);
      stack.pop_back();
    }
  };
  walk(to);
  return result;
}

std::vector<Centrality> ComputeCentrality(const KnowledgeGraph& kg) {
  const Graph& g = kg.graph();
  using UGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
  UGraph u(boost::num_vertices(g));
  std::set<std::pair<Vertex, Vertex>> seen;
  for (auto e : boost::make_iterator_range(boost::edges(g))) {
    Vertex a = boost::source(e, g), b = boost::target(e, g);
    if (a > b) std::swap(a, b);
    if (seen.insert({a, b}).second) boost::add_edge(a, b, u);
  }
  std::vector<double> bc(boost::num_vertices(u), 0.0);
  boost::brandes_betweenness_centrality(
      u, boost::make_iterator_property_map(bc.begin(), boost::get(boost::vertex_index, u)));
  std::vector<Centrality> out;
  for (Vertex v : boost::make_iterator_range(boost::vertices(g)))
    out.push_back({v, boost::degree(v, u), bc[v]});
  return out;
}

}  // namespace citykg::graph
