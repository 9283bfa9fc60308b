#include "graph/knowledge_graph.h"

#include <algorithm>
#include <cstdio>
#include <functional>
#include <numeric>
#include <set>
#include <tuple>
#include <unordered_map>

#include "extract/normalize.h"

namespace citykg::graph {

using extract::Date;
using ontology::EntityKind;
using ontology::RelationKind;
using ontology::Role;

std::string RelationLabel(const Edge& e) {
  if (e.kind == RelationKind::kPost) {
    if (e.role == Role::kOther) return e.title.empty() ? std::string("Other") : e.title;
    return std::string(ontology::RoleName(e.role));
  }
  return std::string(ontology::RelationName(e.kind));
}

void KnowledgeGraph::Add(extract::ExtractedDocument doc) { pending_.push_back(std::move(doc)); }

namespace {

struct NodeBuild {
  Node node;
  std::string surname;
  bool short_form = false;
  std::string country_key;
};

struct EdgeKey {
  std::string from, to;
  RelationKind kind;
  Role role;
  std::string title;
  auto operator<=>(const EdgeKey&) const = default;
};

struct EdgeBuild {
  bool past = true;
  Date first, last;
  int count = 0;
  std::set<EvidenceRef> evidence;
};

struct UnionFind {
  std::unordered_map<std::string, std::string> parent;
  std::string Find(const std::string& k) {
    auto it = parent.find(k);
    if (it == parent.end() || it->second == k) return k;
    std::string root = Find(it->second);
    parent[k] = root;
    return root;
  }
  // The smaller key becomes the root, so the result does not depend on the order of unions.
  void Union(const std::string& a, const std::string& b) {
    std::string ra = Find(a), rb = Find(b);
    if (ra == rb) return;
    if (rb < ra) std::swap(ra, rb);
    parent[rb] = ra;
  }
};

void MergeDate(Date* first, Date* last, const Date& d) {
  if (!d.valid()) return;
  if (!first->valid() || d < *first) *first = d;
  if (!last->valid() || d > *last) *last = d;
}

std::string IriFor(const NodeBuild& b) {
  const std::string& key = b.node.key;
  auto colon = key.find(':');
  std::string local = colon == std::string::npos ? key : key.substr(colon + 1);
  switch (b.node.kind) {
    case EntityKind::kCity:
    case EntityKind::kRegion:
      return ontology::MintIri(b.node.kind, local);
    case EntityKind::kCountry:
      return ontology::MintIri(b.node.kind, local);
    case EntityKind::kOrganization:
      return ontology::MintIri(b.node.kind, local);
    default:
      return ontology::MintIri(b.node.kind, b.node.label);
  }
}

}  // namespace

void KnowledgeGraph::Finalize() {
  std::sort(pending_.begin(), pending_.end(), [](const auto& a, const auto& b) {
    return std::tie(a.source.name, a.source.path) < std::tie(b.source.name, b.source.path);
  });
  std::map<std::string, NodeBuild> nodes;
  std::map<EdgeKey, EdgeBuild> edges;
  struct PendingMeeting {
    std::vector<std::string> attendees;
    Date date;
    std::string location;
    EvidenceRef evidence;
  };
  std::vector<PendingMeeting> pending_meetings;
  struct PendingReport {
    ReportRecord record;
    std::string publisher_key;
  };
  std::vector<PendingReport> pending_reports;

  for (const auto& doc : pending_) {
    std::vector<std::string> keys(doc.entities.size());
    for (size_t i = 0; i < doc.entities.size(); ++i) {
      const extract::Entity& e = doc.entities[i];
      if (e.key.size() > 7 && e.key.compare(e.key.size() - 7, 7, "#merged") == 0) continue;
      keys[i] = e.key;
      auto [it, inserted] = nodes.try_emplace(e.key);
      NodeBuild& b = it->second;
      if (inserted) {
        b.node.key = e.key;
        b.node.kind = e.kind;
        b.node.label = e.label;
        b.surname = e.surname;
        b.short_form = e.short_form_only;
      } else if (e.label != b.node.label) {
        b.node.names.push_back(e.label);
      }
      if (b.node.label_en.empty()) b.node.label_en = e.label_en;
      if (b.node.wikidata.empty()) b.node.wikidata = e.wikidata;
      if (b.country_key.empty()) b.country_key = e.country;
      if (!e.short_form_only) b.short_form = false;
      for (const auto& n : e.names) b.node.names.push_back(n);
      MergeDate(&b.node.date, &b.node.end_date, e.date);
      if (e.end_date.valid()) MergeDate(&b.node.date, &b.node.end_date, e.end_date);
      b.node.sources.push_back(doc.source.name);
    }
    for (const auto& r : doc.relations) {
      if (r.from < 0 || r.to < 0 || keys[static_cast<size_t>(r.from)].empty() || keys[static_cast<size_t>(r.to)].empty())
        continue;
      EdgeKey k{keys[static_cast<size_t>(r.from)], keys[static_cast<size_t>(r.to)], r.kind, r.role,
                r.kind == RelationKind::kPost ? r.title : std::string()};
      EdgeBuild& eb = edges[k];
      ++eb.count;
      eb.past = eb.past && r.past;
      MergeDate(&eb.first, &eb.last, r.date);
      if (!r.evidence.quote.empty())
        eb.evidence.insert({doc.source.name, r.evidence.quote, r.evidence.start, r.evidence.end, r.evidence.page});
    }
    for (const auto& m : doc.meetings) {
      PendingMeeting pm;
      for (int a : m.attendees)
        if (a >= 0 && !keys[static_cast<size_t>(a)].empty()) pm.attendees.push_back(keys[static_cast<size_t>(a)]);
      pm.date = m.date;
      if (m.location >= 0) pm.location = keys[static_cast<size_t>(m.location)];
      pm.evidence = {doc.source.name, m.evidence.quote, m.evidence.start, m.evidence.end, m.evidence.page};
      pending_meetings.push_back(std::move(pm));
    }
    PendingReport pr;
    pr.record.name = doc.source.name;
    pr.record.iri = ontology::MintIri(EntityKind::kReport, doc.source.name);
    pr.record.title = doc.meta.title;
    pr.record.encoding = doc.source.encoding;
    pr.record.date = doc.meta.date;
    pr.record.trip_start = doc.meta.trip_start;
    pr.record.trip_end = doc.meta.trip_end;
    if (doc.meta.publisher >= 0) pr.publisher_key = keys[static_cast<size_t>(doc.meta.publisher)];
    pending_reports.push_back(std::move(pr));
  }
  pending_.clear();
  pending_.shrink_to_fit();

  // Merge entities of one kind that share a name (Latin and Han forms, 台/臺 spellings, aliases).
  UnionFind uf;
  {
    std::map<std::pair<int, std::string>, std::string> first_with_name;
    for (const auto& [key, b] : nodes) {
      if (b.short_form) continue;
      EntityKind k = b.node.kind;
      if (k != EntityKind::kPerson && k != EntityKind::kOrganization && k != EntityKind::kEvent) continue;
      std::vector<std::string> names{b.node.label};
      for (const auto& n : b.node.names) {
        // An alias that ends the label (教育局 of 臺北市政府教育局) is a short local name, not an identity.
        if (k == EntityKind::kOrganization && b.node.label.size() > n.size() &&
            b.node.label.compare(b.node.label.size() - n.size(), n.size(), n) == 0 && extract::ToU32(n).size() < 6)
          continue;
        names.push_back(n);
      }
      for (const auto& n : names) {
        std::string mk = extract::MatchKey(n);
        if (mk.size() < 4) continue;  // too short to identify anything on its own
        auto [it, inserted] = first_with_name.try_emplace({static_cast<int>(k), mk}, key);
        if (!inserted) uf.Union(it->second, key);
      }
    }
  }
  // An organization written with and without its place (昆山華東臺商子女學校, 華東臺商子女學校) is one: a name of five
  // or more characters that ends a longer one of the same kind. Departments (…局, …處) are left apart: 國際事務處
  // of two cities are two bodies.
  {
    std::vector<std::pair<std::u32string, std::string>> orgs;
    for (const auto& [key, b] : nodes)
      if (b.node.kind == EntityKind::kOrganization) orgs.push_back({extract::ToU32(extract::MatchKey(b.node.label)), key});
    std::sort(orgs.begin(), orgs.end());
    static const std::u32string_view kDepartment = U"局處部署廳組科室司";
    for (const auto& [shorter, skey] : orgs) {
      if (shorter.size() < 5 || kDepartment.find(shorter.back()) != std::u32string_view::npos) continue;
      std::string match;
      int count = 0;
      for (const auto& [longer, lkey] : orgs)
        if (longer.size() > shorter.size() && longer.size() <= shorter.size() + 4 &&
            longer.compare(longer.size() - shorter.size(), shorter.size(), shorter) == 0) {
          ++count;
          match = lkey;
        }
      if (count == 1) uf.Union(match, skey);
    }
  }
  // Short forms (柯市長): the one full-named person with that surname who holds the same post.
  std::multimap<std::pair<std::string, int>, std::pair<std::string, std::string>> posts_by_holder;
  for (const auto& [ek, eb] : edges)
    if (ek.kind == RelationKind::kPost) posts_by_holder.insert({{ek.to, static_cast<int>(ek.role)}, {ek.from, ek.title}});
  std::set<std::string> dropped;
  for (const auto& [key, b] : nodes) {
    if (!b.short_form) continue;
    std::set<std::string> candidates;
    for (auto it = edges.lower_bound(EdgeKey{key, {}, RelationKind::kPost, Role::kMayor, {}});
         it != edges.end() && it->first.from == key; ++it) {
      const EdgeKey& ek = it->first;
      if (ek.kind != RelationKind::kPost) continue;
      auto [lo, hi] = posts_by_holder.equal_range({ek.to, static_cast<int>(ek.role)});
      for (auto p = lo; p != hi; ++p) {
        const auto& [from, title] = p->second;
        if (ek.role == Role::kOther && title != ek.title) continue;
        const NodeBuild& other = nodes.at(from);
        if (other.short_form || other.node.kind != EntityKind::kPerson) continue;
        if (other.node.label.rfind(b.surname, 0) != 0 || other.node.label.size() <= b.surname.size()) continue;
        candidates.insert(uf.Find(from));
      }
    }
    if (candidates.size() == 1) {
      uf.Union(*candidates.begin(), key);
    } else {
      dropped.insert(key);
    }
  }
  // Representatives: prefer a full-named node; its label leads.
  std::map<std::string, std::vector<std::string>> groups;
  for (const auto& [key, b] : nodes)
    if (!dropped.count(key)) groups[uf.Find(key)].push_back(key);
  std::map<std::string, std::string> rep_of;  // key -> representative key
  std::map<std::string, NodeBuild> merged;
  for (auto& [root, members] : groups) {
    std::string rep;
    for (const auto& m : members)
      if (!nodes[m].short_form && (rep.empty() || m < rep)) rep = m;
    if (rep.empty()) rep = members.front();
    NodeBuild out = nodes[rep];
    for (const auto& m : members) {
      rep_of[m] = rep;
      if (m == rep) continue;
      const NodeBuild& o = nodes[m];
      if (!o.short_form) out.node.names.push_back(o.node.label);
      for (const auto& n : o.node.names) out.node.names.push_back(n);
      if (out.node.label_en.empty()) out.node.label_en = o.node.label_en;
      if (out.node.wikidata.empty()) out.node.wikidata = o.node.wikidata;
      MergeDate(&out.node.date, &out.node.end_date, o.node.date);
      for (const auto& s : o.node.sources) out.node.sources.push_back(s);
    }
    merged[rep] = std::move(out);
  }
  // Clean names, mint IRIs.
  std::map<std::string, std::string> iri_owner;
  for (auto& [key, b] : merged) {
    auto& names = b.node.names;
    const std::string& label = b.node.label;
    const std::string& label_en = b.node.label_en;
    names.erase(std::remove_if(names.begin(), names.end(),
                               [&](const std::string& n) { return n.empty() || n == label || n == label_en; }),
                names.end());
    std::sort(names.begin(), names.end());
    names.erase(std::unique(names.begin(), names.end()), names.end());
    std::sort(b.node.sources.begin(), b.node.sources.end());
    b.node.sources.erase(std::unique(b.node.sources.begin(), b.node.sources.end()), b.node.sources.end());
    std::string iri = IriFor(b);
    if (iri_owner.count(iri)) iri += "_" + ontology::StableHash(key).substr(0, 8);
    iri_owner[iri] = key;
    b.node.iri = iri;
  }
  // Countries of local governments become edges (they may have come only through Entity::country).
  for (const auto& [key, b] : merged)
    if (ontology::IsLocalGovernment(b.node.kind) && !b.country_key.empty() && rep_of.count(b.country_key))
      edges[{key, b.country_key, RelationKind::kCountry, Role::kOther, {}}].count += 0;

  // Build the Boost graph: vertices in IRI order, edges in (source, target, label) order.
  std::vector<const NodeBuild*> order;
  for (const auto& [key, b] : merged) order.push_back(&b);
  std::sort(order.begin(), order.end(), [](const NodeBuild* a, const NodeBuild* b) { return a->node.iri < b->node.iri; });
  std::map<std::string, Vertex> vertex_of;
  for (const NodeBuild* b : order) {
    Vertex v = boost::add_vertex(b->node, graph_);
    vertex_of[b->node.key] = v;
  }
  auto resolve = [&](const std::string& key) -> std::optional<Vertex> {
    auto r = rep_of.find(key);
    if (r == rep_of.end()) return std::nullopt;
    auto v = vertex_of.find(r->second);
    if (v == vertex_of.end()) return std::nullopt;
    return v->second;
  };
  struct FinalEdge {
    Vertex from, to;
    Edge edge;
  };
  std::map<std::tuple<std::string, std::string, int, int, std::string>, FinalEdge> final_edges;
  for (const auto& [k, eb] : edges) {
    auto from = resolve(k.from), to = resolve(k.to);
    if (!from || !to || *from == *to) continue;
    auto fk = std::make_tuple(graph_[*from].iri, graph_[*to].iri, static_cast<int>(k.kind), static_cast<int>(k.role), k.title);
    auto [it, inserted] = final_edges.try_emplace(fk);
    FinalEdge& fe = it->second;
    if (inserted) {
      fe.from = *from;
      fe.to = *to;
      fe.edge.kind = k.kind;
      fe.edge.role = k.role;
      fe.edge.title = k.title;
      fe.edge.past = eb.past;
    } else {
      fe.edge.past = fe.edge.past && eb.past;
    }
    fe.edge.count += std::max(eb.count, 1);
    MergeDate(&fe.edge.first_date, &fe.edge.last_date, eb.first);
    MergeDate(&fe.edge.first_date, &fe.edge.last_date, eb.last);
    for (const auto& ev : eb.evidence) fe.edge.evidence.push_back(ev);
  }
  for (auto& [fk, fe] : final_edges) {
    std::sort(fe.edge.evidence.begin(), fe.edge.evidence.end());
    fe.edge.evidence.erase(std::unique(fe.edge.evidence.begin(), fe.edge.evidence.end()), fe.edge.evidence.end());
    if (fe.edge.kind == RelationKind::kPost)
      fe.edge.iri = ontology::MintIri("post", ontology::StableHash(std::get<0>(fk) + "|" + std::get<1>(fk) + "|" +
                                                     std::string(ontology::RoleName(fe.edge.role)) + "|" + fe.edge.title));
    boost::add_edge(fe.from, fe.to, fe.edge, graph_);
  }
  // Meetings.
  std::map<std::string, MeetingRecord> meeting_by_iri;
  for (const auto& pm : pending_meetings) {
    MeetingRecord m;
    std::vector<std::string> iris;
    for (const auto& a : pm.attendees)
      if (auto v = resolve(a)) {
        m.attendees.push_back(*v);
        iris.push_back(graph_[*v].iri);
      }
    if (m.attendees.size() < 2) continue;
    std::sort(iris.begin(), iris.end());
    std::sort(m.attendees.begin(), m.attendees.end(),
              [&](Vertex a, Vertex b) { return graph_[a].iri < graph_[b].iri; });
    m.date = pm.date;
    if (!pm.location.empty()) m.location = resolve(pm.location);
    m.evidence = pm.evidence;
    std::string id = pm.evidence.report + "|" + m.date.ToString();
    for (const auto& i : iris) id += "|" + i;
    m.iri = ontology::MintIri("meeting", ontology::StableHash(id));
    meeting_by_iri.try_emplace(m.iri, std::move(m));
  }
  for (auto& [iri, m] : meeting_by_iri) meetings_.push_back(std::move(m));
  // Reports.
  for (auto& pr : pending_reports) {
    if (!pr.publisher_key.empty()) pr.record.publisher = resolve(pr.publisher_key);
    reports_.push_back(std::move(pr.record));
  }
  std::sort(reports_.begin(), reports_.end(), [](const auto& a, const auto& b) { return a.iri < b.iri; });
  IndexNames();
}

KnowledgeGraph KnowledgeGraph::FromGraph(Graph g, std::vector<MeetingRecord> meetings, std::vector<ReportRecord> reports) {
  KnowledgeGraph kg;
  kg.graph_ = std::move(g);
  kg.meetings_ = std::move(meetings);
  kg.reports_ = std::move(reports);
  kg.IndexNames();
  return kg;
}

void KnowledgeGraph::IndexNames() {
  by_name_.clear();
  for (Vertex v : boost::make_iterator_range(boost::vertices(graph_))) {
    const Node& n = graph_[v];
    by_name_.emplace(extract::MatchKey(n.label), v);
    if (!n.label_en.empty()) by_name_.emplace(extract::MatchKey(n.label_en), v);
    for (const auto& a : n.names) by_name_.emplace(extract::MatchKey(a), v);
  }
}

std::vector<Vertex> KnowledgeGraph::FindByName(std::string_view name) const {
  std::vector<Vertex> out;
  std::string key = extract::MatchKey(name);
  auto [b, e] = by_name_.equal_range(key);
  for (auto it = b; it != e; ++it) out.push_back(it->second);
  std::sort(out.begin(), out.end(), [&](Vertex a, Vertex c) { return graph_[a].iri < graph_[c].iri; });
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::map<std::string, size_t> KnowledgeGraph::EntityCounts() const {
  std::map<std::string, size_t> out;
  for (Vertex v : boost::make_iterator_range(boost::vertices(graph_))) ++out[std::string(ontology::KindName(graph_[v].kind))];
  out["Meeting"] += meetings_.size();
  out["Report"] += reports_.size();
  return out;
}

std::map<std::string, size_t> KnowledgeGraph::RelationCounts() const {
  std::map<std::string, size_t> out;
  for (auto e : boost::make_iterator_range(boost::edges(graph_)))
    ++out[std::string(ontology::RelationName(graph_[e].kind))];
  return out;
}

}  // namespace citykg::graph
