#include "export/view.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace citykg::exporter {

using extract::Date;
using ontology::EntityKind;
using ontology::RelationKind;

Rgb KindColor(EntityKind kind) {
  switch (kind) {
    case EntityKind::kPerson: return {231, 76, 60};
    case EntityKind::kCity: return {52, 152, 219};
    case EntityKind::kRegion: return {26, 188, 156};
    case EntityKind::kCountry: return {149, 165, 166};
    case EntityKind::kOrganization: return {155, 89, 182};
    case EntityKind::kEvent: return {241, 196, 15};
    case EntityKind::kMeeting: return {230, 126, 34};
    case EntityKind::kReport: return {127, 140, 141};
  }
  return {0, 0, 0};
}

namespace {

std::string Join(const std::set<std::string>& v) {
  std::string out;
  for (const auto& s : v) {
    if (!out.empty()) out += "; ";
    out += s;
  }
  return out;
}

std::string Join(const std::vector<std::string>& v) { return Join(std::set<std::string>(v.begin(), v.end())); }

void Widen(Date* first, Date* last, const Date& d) {
  if (!d.valid()) return;
  if (!first->valid() || d < *first) *first = d;
  if (!last->valid() || d > *last) *last = d;
}

double NodeSize(size_t degree) { return 10.0 + 4.0 * std::sqrt(static_cast<double>(degree)); }

ViewNode EntityNode(const graph::Node& n, std::string id, const std::string& country, size_t degree, const Date& start) {
  ViewNode node;
  node.id = std::move(id);
  node.label = n.label.empty() ? n.iri : n.label;
  node.type = std::string(ontology::KindName(n.kind));
  node.iri = n.iri;
  node.name_zh = n.label;
  node.name_en = n.label_en;
  node.names = Join(n.names);
  node.country = country;
  node.wikidata = n.wikidata;
  node.sources = Join(n.sources);
  node.color = KindColor(n.kind);
  node.size = NodeSize(degree);
  node.start = start;
  return node;
}

}  // namespace

View FullView(const graph::KnowledgeGraph& kg) {
  const auto& g = kg.graph();
  View view;
  view.directed = true;
  std::map<graph::Vertex, std::string> country_of;
  std::map<graph::Vertex, size_t> degree;
  std::map<graph::Vertex, Date> first_seen, last_seen;
  for (auto e : boost::make_iterator_range(boost::edges(g))) {
    auto s = boost::source(e, g), t = boost::target(e, g);
    if (g[e].kind == RelationKind::kCountry) country_of[s] = g[t].label;
    ++degree[s];
    ++degree[t];
    for (auto v : {s, t}) {
      Widen(&first_seen[v], &last_seen[v], g[e].first_date);
    }
  }
  std::map<graph::Vertex, std::string> id_of;
  size_t i = 0;
  for (auto v : boost::make_iterator_range(boost::vertices(g))) {
    const auto& n = g[v];
    ViewNode node = EntityNode(n, "n" + std::to_string(i++), country_of.count(v) ? country_of[v] : std::string(), degree[v],
                               n.date.valid() ? n.date : first_seen[v]);
    id_of[v] = node.id;
    view.nodes.push_back(std::move(node));
  }
  size_t edge_id = 0;
  for (auto e : boost::make_iterator_range(boost::edges(g))) {
    const auto& ed = g[e];
    ViewEdge edge;
    edge.id = "e" + std::to_string(edge_id++);
    edge.source = id_of[boost::source(e, g)];
    edge.target = id_of[boost::target(e, g)];
    edge.relation = graph::RelationLabel(ed);
    edge.title = ed.title;
    std::set<std::string> src;
    for (const auto& ev : ed.evidence) src.insert(ev.report);
    edge.sources = Join(src);
    edge.weight = std::max(1, ed.count);
    edge.first = ed.first_date;
    edge.last = ed.last_date;
    view.edges.push_back(std::move(edge));
  }
  for (const auto& m : kg.meetings()) {
    ViewNode node;
    node.id = "n" + std::to_string(i++);
    for (auto v : m.attendees) node.label += (node.label.empty() ? "" : " — ") + g[v].label;
    node.type = "Meeting";
    node.iri = m.iri;
    node.name_zh = node.label;
    node.sources = m.evidence.report;
    node.color = KindColor(EntityKind::kMeeting);
    node.size = NodeSize(m.attendees.size());
    node.start = m.date;
    for (auto v : m.attendees) {
      ViewEdge edge;
      edge.id = "e" + std::to_string(edge_id++);
      edge.source = id_of[v];
      edge.target = node.id;
      edge.relation = "attended";
      edge.sources = m.evidence.report;
      edge.first = edge.last = m.date;
      view.edges.push_back(std::move(edge));
    }
    view.nodes.push_back(std::move(node));
  }
  return view;
}

View CityView(const graph::KnowledgeGraph& kg) {
  const auto& g = kg.graph();
  View view;
  view.directed = false;
  view.count_keys = {"met", "event", "network", "agreement"};
  auto is_gov = [&](graph::Vertex v) { return ontology::IsLocalGovernment(g[v].kind); };
  // The local governments each person holds a post in.
  std::map<graph::Vertex, std::set<graph::Vertex>> govs_of;
  std::map<graph::Vertex, std::string> country_of;
  for (auto e : boost::make_iterator_range(boost::edges(g))) {
    auto s = boost::source(e, g), t = boost::target(e, g);
    if (g[e].kind == RelationKind::kPost && is_gov(t)) govs_of[s].insert(t);
    if (g[e].kind == RelationKind::kCountry) country_of[s] = g[t].label;
  }
  struct Link {
    std::map<std::string, int> counts;
    std::set<std::string> sources;
    Date first, last;
  };
  std::map<std::pair<graph::Vertex, graph::Vertex>, Link> links;
  auto add = [&](graph::Vertex a, graph::Vertex b, const std::string& kind, const graph::Edge& via) {
    if (a == b) return;
    if (g[b].iri < g[a].iri) std::swap(a, b);
    Link& l = links[{a, b}];
    ++l.counts[kind];
    for (const auto& ev : via.evidence) l.sources.insert(ev.report);
    Widen(&l.first, &l.last, via.first_date);
    Widen(&l.first, &l.last, via.last_date);
  };
  // Officials met.
  for (auto e : boost::make_iterator_range(boost::edges(g))) {
    if (g[e].kind != RelationKind::kMetWith) continue;
    auto s = boost::source(e, g), t = boost::target(e, g);
    if (g[t].iri < g[s].iri) continue;  // metWith is written both ways: count each meeting once
    for (auto a : govs_of[s])
      for (auto b : govs_of[t]) add(a, b, "met", g[e]);
  }
  // Events: the governments that took part (themselves or through their officials) and the host.
  std::map<graph::Vertex, std::map<graph::Vertex, const graph::Edge*>> takers;  // event -> gov -> an edge
  for (auto e : boost::make_iterator_range(boost::edges(g))) {
    auto s = boost::source(e, g), t = boost::target(e, g);
    if (g[e].kind == RelationKind::kAttended && g[t].kind == EntityKind::kEvent) {
      if (is_gov(s)) takers[t].emplace(s, &g[e]);
      for (auto gov : govs_of[s]) takers[t].emplace(gov, &g[e]);
    }
    if (g[e].kind == RelationKind::kLocation && g[s].kind == EntityKind::kEvent && is_gov(t)) takers[s].emplace(t, &g[e]);
  }
  for (const auto& [event, govs] : takers)
    for (auto a = govs.begin(); a != govs.end(); ++a)
      for (auto b = std::next(a); b != govs.end(); ++b) add(a->first, b->first, "event", *a->second);
  // Networks: members of the same organization.
  std::map<graph::Vertex, std::vector<std::pair<graph::Vertex, const graph::Edge*>>> members;
  for (auto e : boost::make_iterator_range(boost::edges(g)))
    if (g[e].kind == RelationKind::kMemberOf && is_gov(boost::source(e, g)))
      members[boost::target(e, g)].push_back({boost::source(e, g), &g[e]});
  for (const auto& [org, list] : members)
    for (size_t a = 0; a < list.size(); ++a)
      for (size_t b = a + 1; b < list.size(); ++b) add(list[a].first, list[b].first, "network", *list[a].second);
  // Agreements.
  for (auto e : boost::make_iterator_range(boost::edges(g)))
    if (g[e].kind == RelationKind::kAgreement && is_gov(boost::source(e, g)) && is_gov(boost::target(e, g)))
      add(boost::source(e, g), boost::target(e, g), "agreement", g[e]);

  // Nodes: every local government (also unlinked ones, so the map is complete).
  std::map<graph::Vertex, std::string> id_of;
  std::map<graph::Vertex, size_t> degree;
  std::map<graph::Vertex, Date> first_seen, last_seen;
  for (const auto& [pair, l] : links) {
    for (auto v : {pair.first, pair.second}) {
      ++degree[v];
      Widen(&first_seen[v], &last_seen[v], l.first);
    }
  }
  size_t i = 0;
  for (auto v : boost::make_iterator_range(boost::vertices(g))) {
    if (!is_gov(v)) continue;
    ViewNode node = EntityNode(g[v], "n" + std::to_string(i++), country_of.count(v) ? country_of[v] : std::string(),
                               degree[v], first_seen[v]);
    id_of[v] = node.id;
    view.nodes.push_back(std::move(node));
  }
  size_t edge_id = 0;
  for (const auto& [pair, l] : links) {
    ViewEdge edge;
    edge.id = "e" + std::to_string(edge_id++);
    edge.source = id_of[pair.first];
    edge.target = id_of[pair.second];
    edge.relation = "linked";
    edge.counts = l.counts;
    int total = 0;
    for (const auto& [k, c] : l.counts) total += c;
    edge.weight = std::max(1, total);
    edge.sources = Join(l.sources);
    edge.first = l.first;
    edge.last = l.last;
    view.edges.push_back(std::move(edge));
  }
  return view;
}

}  // namespace citykg::exporter
