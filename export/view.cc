#include "export/view.h"

#include <algorithm>
#include <cmath>
#include <set>
#include <unordered_map>

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

namespace {

// The full view over a finished graph. Per vertex it keeps only its country, degree and first date; nodes and
// edges are made on demand. Ids: n0.. in vertex order, then the meetings; e0.. in edge order, then each
// meeting's attendance edges.
class FullViewSource : public ViewSource {
 public:
  explicit FullViewSource(const graph::KnowledgeGraph& kg) : kg_(kg), g_(kg.graph()) {
    size_t n = boost::num_vertices(g_);
    country_.assign(n, kNone);
    degree_.assign(n, 0);
    first_seen_.assign(n, Date{});
    std::vector<Date> last_seen(n);
    for (auto e : boost::make_iterator_range(boost::edges(g_))) {
      auto s = boost::source(e, g_), t = boost::target(e, g_);
      if (g_[e].kind == RelationKind::kCountry) country_[s] = t;
      ++degree_[s];
      ++degree_[t];
      for (auto v : {s, t}) Widen(&first_seen_[v], &last_seen[v], g_[e].first_date);
      edges_.push_back(e);
    }
    for (size_t m = 0; m < kg.meetings().size(); ++m)
      for (size_t a = 0; a < kg.meetings()[m].attendees.size(); ++a)
        attendance_.push_back({static_cast<uint32_t>(m), static_cast<uint32_t>(a)});
  }
  size_t node_count() const override { return boost::num_vertices(g_) + kg_.meetings().size(); }
  size_t edge_count() const override { return edges_.size() + attendance_.size(); }

  ViewNode NodeAt(size_t i) const override {
    size_t nv = boost::num_vertices(g_);
    if (i < nv) {
      const auto& n = g_[i];
      return EntityNode(n, "n" + std::to_string(i), country_[i] == kNone ? std::string() : g_[country_[i]].label,
                        degree_[i], n.date.valid() ? n.date : first_seen_[i]);
    }
    const graph::MeetingRecord& m = kg_.meetings()[i - nv];
    ViewNode node;
    node.id = "n" + std::to_string(i);
    for (auto v : m.attendees) node.label += (node.label.empty() ? "" : " — ") + g_[v].label;
    node.type = "Meeting";
    node.iri = m.iri;
    node.name_zh = node.label;
    node.sources = m.evidence.report;
    node.color = KindColor(EntityKind::kMeeting);
    node.size = NodeSize(m.attendees.size());
    node.start = m.date;
    return node;
  }

  ViewEdge EdgeAt(size_t i) const override {
    ViewEdge edge;
    edge.id = "e" + std::to_string(i);
    if (i < edges_.size()) {
      auto e = edges_[i];
      const auto& ed = g_[e];
      edge.source = "n" + std::to_string(boost::source(e, g_));
      edge.target = "n" + std::to_string(boost::target(e, g_));
      edge.relation = graph::RelationLabel(ed);
      edge.title = ed.title;
      std::string_view last;  // evidence is sorted by report: each report once, in order
      for (const auto& ev : ed.evidence) {
        if (ev.report == last) continue;
        if (!edge.sources.empty()) edge.sources += "; ";
        edge.sources += ev.report;
        last = ev.report;
      }
      edge.weight = std::max(1, ed.count);
      edge.first = ed.first_date;
      edge.last = ed.last_date;
      return edge;
    }
    auto [m, a] = attendance_[i - edges_.size()];
    const graph::MeetingRecord& rec = kg_.meetings()[m];
    edge.source = "n" + std::to_string(rec.attendees[a]);
    edge.target = "n" + std::to_string(boost::num_vertices(g_) + m);
    edge.relation = "attended";
    edge.sources = rec.evidence.report;
    edge.first = edge.last = rec.date;
    return edge;
  }

 private:
  static constexpr graph::Vertex kNone = static_cast<graph::Vertex>(-1);
  const graph::KnowledgeGraph& kg_;
  const graph::Graph& g_;
  std::vector<graph::Vertex> country_;
  std::vector<uint32_t> degree_;
  std::vector<Date> first_seen_;
  std::vector<graph::EdgeDescriptor> edges_;
  std::vector<std::pair<uint32_t, uint32_t>> attendance_;  // (meeting, attendee)
};

}  // namespace

View FullView(const graph::KnowledgeGraph& kg) {
  View view;
  view.directed = true;
  view.source = std::make_shared<FullViewSource>(kg);
  return view;
}

namespace {

// A link of the city network: links of each kind (met, event, network, agreement), the reports behind them.
struct CityLink {
  int counts[4] = {0, 0, 0, 0};
  std::vector<uint32_t> sources;  // report numbers; sorted and unique once built
  size_t unique = 0;
  Date first, last;
};

// The city network's edges, made when written (a dense network has hundreds of sources per link).
class CityLinkSource : public ViewSource {
 public:
  struct Row {
    std::string source, target;
    CityLink link;
  };
  std::shared_ptr<std::vector<std::string>> names;
  std::vector<std::string> count_keys;
  std::vector<Row> links;

  size_t node_count() const override { return 0; }
  size_t edge_count() const override { return links.size(); }
  ViewNode NodeAt(size_t) const override { return {}; }
  ViewEdge EdgeAt(size_t i) const override {
    const Row& r = links[i];
    ViewEdge edge;
    edge.id = "e" + std::to_string(i);
    edge.source = r.source;
    edge.target = r.target;
    edge.relation = "linked";
    int total = 0;
    for (size_t k = 0; k < count_keys.size(); ++k)
      if (r.link.counts[k]) {
        edge.counts[count_keys[k]] = r.link.counts[k];
        total += r.link.counts[k];
      }
    edge.weight = std::max(1, total);
    for (uint32_t s : r.link.sources) {
      if (!edge.sources.empty()) edge.sources += "; ";
      edge.sources += (*names)[s];
    }
    edge.first = r.link.first;
    edge.last = r.link.last;
    return edge;
  }
};

}  // namespace

View CityView(const graph::KnowledgeGraph& kg) {
  const auto& g = kg.graph();
  const size_t n = boost::num_vertices(g);
  View view;
  view.directed = false;
  view.count_keys = {"met", "event", "network", "agreement"};
  auto is_gov = [&](graph::Vertex v) { return ontology::IsLocalGovernment(g[v].kind); };
  // The local governments each person holds a post in (sorted, each once), and each vertex's country.
  std::vector<std::vector<graph::Vertex>> govs_of(n);
  std::vector<const std::string*> country_of(n, nullptr);
  for (auto e : boost::make_iterator_range(boost::edges(g))) {
    auto s = boost::source(e, g), t = boost::target(e, g);
    if (g[e].kind == RelationKind::kPost && is_gov(t)) govs_of[s].push_back(t);
    if (g[e].kind == RelationKind::kCountry) country_of[s] = &g[t].label;
  }
  for (auto& govs : govs_of) {
    std::sort(govs.begin(), govs.end());
    govs.erase(std::unique(govs.begin(), govs.end()), govs.end());
  }
  // A link's two ends are ordered by IRI: each government's rank in IRI order.
  std::vector<graph::Vertex> by_iri;
  for (graph::Vertex v = 0; v < n; ++v)
    if (is_gov(v)) by_iri.push_back(v);
  std::sort(by_iri.begin(), by_iri.end(), [&](graph::Vertex a, graph::Vertex b) { return g[a].iri < g[b].iri; });
  std::vector<uint32_t> iri_rank(n, 0);
  for (size_t i = 0; i < by_iri.size(); ++i) iri_rank[by_iri[i]] = static_cast<uint32_t>(i);
  // Report names as numbers, in name order, so a link keeps 4 bytes per source.
  std::map<std::string_view, uint32_t> report_id;
  for (auto e : boost::make_iterator_range(boost::edges(g)))
    for (const auto& ev : g[e].evidence) report_id.emplace(ev.report, 0);
  auto names = std::make_shared<std::vector<std::string>>();
  for (auto& [name, id] : report_id) {
    id = static_cast<uint32_t>(names->size());
    names->emplace_back(name);
  }
  // The same edge is passed many times in a row (one network's or event's pairs): its report numbers are kept.
  const graph::Edge* cached_edge = nullptr;
  std::vector<uint32_t> cached_ids;
  std::unordered_map<uint64_t, CityLink> links;  // (first end << 32 | second end) -> link
  auto add = [&](graph::Vertex a, graph::Vertex b, int kind, const graph::Edge& via) {
    if (a == b) return;
    if (iri_rank[b] < iri_rank[a]) std::swap(a, b);
    if (&via != cached_edge) {
      cached_edge = &via;
      cached_ids.clear();
      for (const auto& ev : via.evidence) cached_ids.push_back(report_id.at(ev.report));
    }
    CityLink& l = links[(static_cast<uint64_t>(a) << 32) | static_cast<uint64_t>(b)];
    ++l.counts[kind];
    l.sources.insert(l.sources.end(), cached_ids.begin(), cached_ids.end());
    if (l.sources.size() > 2 * l.unique + 64) {
      std::sort(l.sources.begin(), l.sources.end());
      l.sources.erase(std::unique(l.sources.begin(), l.sources.end()), l.sources.end());
      l.unique = l.sources.size();
    }
    Widen(&l.first, &l.last, via.first_date);
    Widen(&l.first, &l.last, via.last_date);
  };
  // Officials met.
  for (auto e : boost::make_iterator_range(boost::edges(g))) {
    if (g[e].kind != RelationKind::kMetWith) continue;
    auto s = boost::source(e, g), t = boost::target(e, g);
    if (g[t].iri < g[s].iri) continue;  // metWith is written both ways: count each meeting once
    for (auto a : govs_of[s])
      for (auto b : govs_of[t]) add(a, b, 0, g[e]);
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
      for (auto b = std::next(a); b != govs.end(); ++b) add(a->first, b->first, 1, *a->second);
  // Networks: members of the same organization.
  std::map<graph::Vertex, std::vector<std::pair<graph::Vertex, const graph::Edge*>>> members;
  for (auto e : boost::make_iterator_range(boost::edges(g)))
    if (g[e].kind == RelationKind::kMemberOf && is_gov(boost::source(e, g)))
      members[boost::target(e, g)].push_back({boost::source(e, g), &g[e]});
  for (const auto& [org, list] : members)
    for (size_t a = 0; a < list.size(); ++a)
      for (size_t b = a + 1; b < list.size(); ++b) add(list[a].first, list[b].first, 2, *list[a].second);
  // Agreements.
  for (auto e : boost::make_iterator_range(boost::edges(g)))
    if (g[e].kind == RelationKind::kAgreement && is_gov(boost::source(e, g)) && is_gov(boost::target(e, g)))
      add(boost::source(e, g), boost::target(e, g), 3, g[e]);
  // Links in (first end, second end) vertex order.
  std::vector<std::pair<uint64_t, CityLink*>> ordered;
  ordered.reserve(links.size());
  for (auto& [key, l] : links) ordered.push_back({key, &l});
  std::sort(ordered.begin(), ordered.end(), [](const auto& x, const auto& y) { return x.first < y.first; });

  // Nodes: every local government (also unlinked ones, so the map is complete).
  std::vector<std::string> id_of(n);
  std::vector<size_t> degree(n, 0);
  std::vector<Date> first_seen(n), last_seen(n);
  for (const auto& [key, l] : ordered) {
    for (auto v : {static_cast<graph::Vertex>(key >> 32), static_cast<graph::Vertex>(key & 0xffffffffu)}) {
      ++degree[v];
      Widen(&first_seen[v], &last_seen[v], l->first);
    }
  }
  size_t i = 0;
  for (auto v : boost::make_iterator_range(boost::vertices(g))) {
    if (!is_gov(v)) continue;
    ViewNode node = EntityNode(g[v], "n" + std::to_string(i++), country_of[v] ? *country_of[v] : std::string(),
                               degree[v], first_seen[v]);
    id_of[v] = node.id;
    view.nodes.push_back(std::move(node));
  }
  auto source = std::make_shared<CityLinkSource>();
  source->names = std::move(names);
  source->count_keys = view.count_keys;
  source->links.reserve(ordered.size());
  for (auto& [key, l] : ordered) {
    std::sort(l->sources.begin(), l->sources.end());
    l->sources.erase(std::unique(l->sources.begin(), l->sources.end()), l->sources.end());
    l->sources.shrink_to_fit();
    source->links.push_back({id_of[key >> 32], id_of[key & 0xffffffffu], std::move(*l)});
  }
  view.source = std::move(source);
  return view;
}

}  // namespace citykg::exporter
