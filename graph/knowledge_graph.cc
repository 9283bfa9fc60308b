#include "graph/knowledge_graph.h"

#include <algorithm>
#include <cstdio>
#include <functional>
#include <numeric>
#include <set>
#include <tuple>
#include <stdexcept>
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

namespace {

using NodeId = uint32_t;

// A document's rank among all documents: "name\0path", so string order is (name, path) order.
using Rank = std::string_view;

struct NodeBuild {
  Node node;  // node.names: every name seen (labels of other documents included), sorted and unique
  std::string surname;
  std::vector<std::string> merge_names;  // sorted, unique; never written (extract::Entity::merge_names)
  bool short_form = false;
  std::string_view country_key;  // pooled; resolved in Finalize (the country may come from a later document)
  // The document that gave each first-wins field; an earlier-ranked document takes it over.
  Rank label_rank, en_rank, wikidata_rank, country_rank;
};

struct EdgeKey {
  NodeId from, to;
  RelationKind kind;
  Role role;
  std::string_view title;  // pooled
  auto operator<=>(const EdgeKey&) const = default;
};

struct EdgeBuild {
  bool past = true;
  Date first, last;
  int count = 0;
  std::vector<EvidenceRef> evidence;  // sorted and unique in Finalize
};

struct PendingMeeting {
  Rank rank;
  uint32_t index;  // in its document
  std::vector<NodeId> attendees;
  Date date;
  std::optional<NodeId> location;
  EvidenceRef evidence;
};

struct PendingReport {
  Rank rank;
  ReportRecord record;
  std::optional<NodeId> publisher;
};

void InsertSorted(std::vector<std::string>* v, const std::string& s) {
  if (s.empty()) return;
  auto it = std::lower_bound(v->begin(), v->end(), s);
  if (it == v->end() || *it != s) v->insert(it, s);
}

void MergeDate(Date* first, Date* last, const Date& d) {
  if (!d.valid()) return;
  if (!first->valid() || d < *first) *first = d;
  if (!last->valid() || d > *last) *last = d;
}

// Union-find over node ids; the node with the smaller key becomes the root, so the result does not depend on the
// order of unions.
struct UnionFind {
  explicit UnionFind(const std::vector<NodeBuild>& nodes) : nodes_(nodes), parent(nodes.size()) {
    std::iota(parent.begin(), parent.end(), NodeId{0});
  }
  NodeId Find(NodeId k) {
    while (parent[k] != k) {
      parent[k] = parent[parent[k]];
      k = parent[k];
    }
    return k;
  }
  void Union(NodeId a, NodeId b) {
    NodeId ra = Find(a), rb = Find(b);
    if (ra == rb) return;
    if (nodes_[rb].node.key < nodes_[ra].node.key) std::swap(ra, rb);
    parent[rb] = ra;
  }
  const std::vector<NodeBuild>& nodes_;
  std::vector<NodeId> parent;
};

std::string IriFor(const NodeBuild& b) {
  const std::string& key = b.node.key;
  auto colon = key.find(':');
  std::string local = colon == std::string::npos ? key : key.substr(colon + 1);
  switch (b.node.kind) {
    case EntityKind::kCity:
    case EntityKind::kRegion:
    case EntityKind::kCountry:
    case EntityKind::kOrganization:
      return ontology::MintIri(b.node.kind, local);
    default:
      return ontology::MintIri(b.node.kind, b.node.label);
  }
}

// Do two persons both carry Latin names (a gloss, an English label) and share none of them?
bool LatinNamesDiffer(const Node& a, const Node& b) {
  auto latin_keys = [](const Node& n) {
    std::set<std::string> keys;
    auto add = [&](const std::string& name) {
      if (std::any_of(name.begin(), name.end(), [](char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }))
        keys.insert(extract::MatchKey(name));
    };
    add(n.label);
    add(n.label_en);
    for (const auto& name : n.names) add(name);
    return keys;
  };
  const std::set<std::string> ka = latin_keys(a), kb = latin_keys(b);
  if (ka.empty() || kb.empty()) return false;
  for (const auto& k : ka)
    if (kb.count(k)) return false;
  return true;
}

}  // namespace

struct KnowledgeGraph::Builder {
  std::vector<NodeBuild> nodes;
  std::unordered_map<std::string, NodeId> id_of;
  std::map<EdgeKey, EdgeBuild> edges;
  std::vector<PendingMeeting> meetings;
  std::vector<PendingReport> reports;
};

KnowledgeGraph::KnowledgeGraph() : builder_(std::make_unique<Builder>()), pool_(std::make_shared<StringPool>()) {}
KnowledgeGraph::~KnowledgeGraph() = default;
KnowledgeGraph::KnowledgeGraph(KnowledgeGraph&&) noexcept = default;
KnowledgeGraph& KnowledgeGraph::operator=(KnowledgeGraph&&) noexcept = default;

void KnowledgeGraph::Add(extract::ExtractedDocument doc) {
  if (!builder_) throw std::logic_error("KnowledgeGraph::Add after Finalize");
  Builder& B = *builder_;
  StringPool& pool = *pool_;
  std::string rank_key = doc.source.name;
  rank_key += '\0';
  rank_key += doc.source.path;
  Rank rank = pool.Intern(rank_key);
  std::string_view report = pool.Intern(doc.source.name);
  auto take = [&](Rank* have) {  // does this document decide a first-wins field?
    if (!have->empty() && *have <= rank) return false;
    *have = rank;
    return true;
  };
  std::vector<std::optional<NodeId>> ids(doc.entities.size());
  for (size_t i = 0; i < doc.entities.size(); ++i) {
    extract::Entity& e = doc.entities[i];
    if (e.key.size() > 7 && e.key.compare(e.key.size() - 7, 7, "#merged") == 0) continue;
    auto [it, inserted] = B.id_of.try_emplace(e.key, static_cast<NodeId>(B.nodes.size()));
    if (inserted) {
      B.nodes.emplace_back();
      B.nodes.back().node.key = e.key;
      B.nodes.back().short_form = e.short_form_only;
    }
    NodeId id = it->second;
    ids[i] = id;
    NodeBuild& b = B.nodes[id];
    if (!b.node.label.empty()) InsertSorted(&b.node.names, b.node.label);
    if (take(&b.label_rank)) {
      b.node.kind = e.kind;
      b.node.label = e.label;
      b.surname = e.surname;
    } else {
      InsertSorted(&b.node.names, e.label);
    }
    if (!e.label_en.empty() && take(&b.en_rank)) b.node.label_en = e.label_en;
    if (!e.wikidata.empty() && take(&b.wikidata_rank)) b.node.wikidata = e.wikidata;
    if (!e.short_form_only) b.short_form = false;
    for (const auto& n : e.names) InsertSorted(&b.node.names, n);
    for (const auto& n : e.merge_names) InsertSorted(&b.merge_names, n);
    MergeDate(&b.node.date, &b.node.end_date, e.date);
    if (e.end_date.valid()) MergeDate(&b.node.date, &b.node.end_date, e.end_date);
    if (b.node.sources.empty() || b.node.sources.back() != doc.source.name) b.node.sources.push_back(doc.source.name);
  }
  for (size_t i = 0; i < doc.entities.size(); ++i) {
    const extract::Entity& e = doc.entities[i];
    if (!ids[i] || e.country.empty()) continue;
    NodeBuild& b = B.nodes[*ids[i]];
    if (take(&b.country_rank)) b.country_key = pool.Intern(e.country);
  }
  for (const auto& r : doc.relations) {
    if (r.from < 0 || r.to < 0 || !ids[static_cast<size_t>(r.from)] || !ids[static_cast<size_t>(r.to)]) continue;
    EdgeKey k{*ids[static_cast<size_t>(r.from)], *ids[static_cast<size_t>(r.to)], r.kind, r.role,
              r.kind == RelationKind::kPost ? pool.Intern(r.title) : std::string_view()};
    EdgeBuild& eb = B.edges[k];
    ++eb.count;
    eb.past = eb.past && r.past;
    MergeDate(&eb.first, &eb.last, r.date);
    if (!r.evidence.quote.empty())
      eb.evidence.push_back({report, pool.Intern(r.evidence.quote), r.evidence.start, r.evidence.end, r.evidence.page});
  }
  for (size_t i = 0; i < doc.meetings.size(); ++i) {
    const auto& m = doc.meetings[i];
    PendingMeeting pm;
    pm.rank = rank;
    pm.index = static_cast<uint32_t>(i);
    for (int a : m.attendees)
      if (a >= 0 && ids[static_cast<size_t>(a)]) pm.attendees.push_back(*ids[static_cast<size_t>(a)]);
    pm.date = m.date;
    if (m.location >= 0) pm.location = ids[static_cast<size_t>(m.location)];
    pm.evidence = {report, pool.Intern(m.evidence.quote), m.evidence.start, m.evidence.end, m.evidence.page};
    B.meetings.push_back(std::move(pm));
  }
  PendingReport pr;
  pr.rank = rank;
  pr.record.name = doc.source.name;
  pr.record.iri = ontology::MintIri(EntityKind::kReport, doc.source.name);
  pr.record.title = doc.meta.title;
  pr.record.encoding = doc.source.encoding;
  pr.record.date = doc.meta.date;
  pr.record.trip_start = doc.meta.trip_start;
  pr.record.trip_end = doc.meta.trip_end;
  if (doc.meta.publisher >= 0) pr.publisher = ids[static_cast<size_t>(doc.meta.publisher)];
  B.reports.push_back(std::move(pr));
}

void KnowledgeGraph::Finalize() {
  if (!builder_) return;
  Builder& B = *builder_;
  std::vector<NodeBuild>& nodes = B.nodes;
  auto& edges = B.edges;
  // Node ids in key order, for every step whose result could depend on order.
  std::vector<NodeId> by_key(nodes.size());
  std::iota(by_key.begin(), by_key.end(), NodeId{0});
  std::sort(by_key.begin(), by_key.end(), [&](NodeId a, NodeId b) { return nodes[a].node.key < nodes[b].node.key; });

  // Merge entities of one kind that share a name (Latin and Han forms, 台/臺 spellings, aliases).
  UnionFind uf(nodes);
  std::set<std::string> department_short_names;  // match keys of governments' departments' short names (研考會)
  {
    std::map<std::pair<int, std::string>, NodeId> first_with_name;
    for (NodeId id : by_key) {
      const NodeBuild& b = nodes[id];
      if (b.short_form) continue;
      EntityKind k = b.node.kind;
      if (k != EntityKind::kPerson && k != EntityKind::kOrganization && k != EntityKind::kEvent) continue;
      std::vector<std::string> names{b.node.label};
      for (const auto& n : b.node.names) {
        // An alias that ends the label (教育局 of 臺北市政府教育局) is a short local name, not an identity; so is a
        // government's department written without the government, however long (研究發展考核委員會 of
        // 臺南市政府研究發展考核委員會: every city has one), and a place's or its council's body written without them
        // (日台友好議員聯盟 of 宮城縣議會日台友好議員聯盟: every prefecture's assembly has one).
        if (k == EntityKind::kOrganization && b.node.label.size() > n.size() &&
            b.node.label.compare(b.node.label.size() - n.size(), n.size(), n) == 0) {
          const std::string_view owner = std::string_view(b.node.label).substr(0, b.node.label.size() - n.size());
          const std::u32string owner32 = extract::ToU32(owner);
          if (extract::ToU32(n).size() < 6 || owner.ends_with("政府") || owner.ends_with("議會") ||
              (owner32.size() >= 2 && std::u32string_view(U"縣市都道府州省郡").find(owner32.back()) != std::u32string_view::npos))
            continue;
        }
        // (So is a government's department's short name in Han characters, written without the government: 研考會 of
        // 臺南市政府研究發展考核委員會 and of 新北市政府研究發展考核委員會. A body named by it alone joins below.)
        if (k == EntityKind::kOrganization && extract::IsBareDepartmentName(b.node.label, n)) {
          department_short_names.insert(extract::MatchKey(n));
          continue;
        }
        names.push_back(n);
      }
      for (const auto& n : names) {
        std::string mk = extract::MatchKey(n);
        if (mk.size() < 4) continue;  // too short to identify anything on its own
        auto [it, inserted] = first_with_name.try_emplace({static_cast<int>(k), mk}, id);
        // (Not two persons each written with a Latin name and none of them shared: 拉斯穆森 (Søren Rasmussen) of one
        // report is not 蘇菲.拉斯穆森 (Sophie Rasmussen) of another, whatever short name the two go by.)
        if (!inserted && k == EntityKind::kPerson && LatinNamesDiffer(nodes[it->second].node, b.node)) continue;
        if (!inserted) uf.Union(it->second, id);
      }
    }
  }
  // A body named by such a short name alone, no government in its name (研考會 主委X in a report), may go by the
  // department's name: it joins the one group going by it below; none where two governments' do.
  for (NodeId id : by_key) {
    NodeBuild& b = nodes[id];
    if (b.node.kind != EntityKind::kOrganization || b.short_form || b.node.label.find("政府") != std::string::npos) continue;
    std::vector<std::string> names{b.node.label};
    names.insert(names.end(), b.node.names.begin(), b.node.names.end());
    for (const auto& n : names)
      if (department_short_names.count(extract::MatchKey(n))) InsertSorted(&b.merge_names, n);
  }
  // A node that may also go by other names (an English-named department of a Taiwanese government: 嘉義市政府文化局 or
  // 嘉義市政府文化處) joins the one group whose nodes have one of them as a name; none where two groups have.
  if (std::any_of(nodes.begin(), nodes.end(), [](const NodeBuild& b) { return !b.merge_names.empty(); })) {
    std::map<std::string, std::set<NodeId>> with_name;  // match key -> nodes that have it as label or name
    for (NodeId id : by_key) {
      const NodeBuild& b = nodes[id];
      if (b.node.kind != EntityKind::kOrganization || b.short_form) continue;
      with_name[extract::MatchKey(b.node.label)].insert(id);
      for (const auto& n : b.node.names) with_name[extract::MatchKey(n)].insert(id);
    }
    std::vector<std::pair<NodeId, NodeId>> joins;  // decided on the groups as the names left them, then applied
    for (NodeId id : by_key) {
      const NodeBuild& b = nodes[id];
      if (b.merge_names.empty() || b.node.kind != EntityKind::kOrganization) continue;
      std::set<NodeId> groups;
      for (const auto& n : b.merge_names)
        if (auto it = with_name.find(extract::MatchKey(n)); it != with_name.end())
          for (NodeId other : it->second)
            if (uf.Find(other) != uf.Find(id)) groups.insert(uf.Find(other));
      if (groups.size() == 1) joins.push_back({*groups.begin(), id});
    }
    for (const auto& [a, b] : joins) uf.Union(a, b);
  }
  // An organization written with and without its place (昆山華東臺商子女學校, 華東臺商子女學校) is one: a name of five
  // or more characters that ends a longer one of the same kind. Departments (…局, …處) are left apart: 國際事務處
  // of two cities are two bodies.
  {
    std::vector<std::pair<std::u32string, NodeId>> orgs;
    for (NodeId id : by_key)
      if (nodes[id].node.kind == EntityKind::kOrganization)
        orgs.push_back({extract::ToU32(extract::MatchKey(nodes[id].node.label)), id});
    std::sort(orgs.begin(), orgs.end(), [&](const auto& a, const auto& b) {
      return std::tie(a.first, nodes[a.second].node.key) < std::tie(b.first, nodes[b.second].node.key);
    });
    static const std::u32string_view kDepartment = U"局處部署廳組科室司";
    // Reversed names, sorted: the names a shorter one ends are one contiguous range.
    std::vector<std::pair<std::u32string, NodeId>> reversed;
    for (const auto& [name, id] : orgs) reversed.push_back({std::u32string(name.rbegin(), name.rend()), id});
    std::sort(reversed.begin(), reversed.end(), [&](const auto& a, const auto& b) {
      return std::tie(a.first, nodes[a.second].node.key) < std::tie(b.first, nodes[b.second].node.key);
    });
    for (const auto& [shorter, sid] : orgs) {
      if (shorter.size() < 5 || kDepartment.find(shorter.back()) != std::u32string_view::npos) continue;
      std::u32string rev(shorter.rbegin(), shorter.rend());
      std::optional<NodeId> match;
      int count = 0;
      for (auto it = std::lower_bound(reversed.begin(), reversed.end(), rev,
                                      [](const auto& p, const std::u32string& r) { return p.first < r; });
           it != reversed.end() && it->first.compare(0, rev.size(), rev) == 0; ++it) {
        if (it->first.size() > rev.size() && it->first.size() <= rev.size() + 4) {
          ++count;
          match = it->second;
        }
      }
      if (count == 1) uf.Union(*match, sid);
    }
  }
  // Short forms (柯市長): the one full-named person with that surname who holds the same post.
  std::multimap<std::pair<NodeId, int>, std::pair<NodeId, std::string_view>> posts_by_holder;
  for (const auto& [ek, eb] : edges)
    if (ek.kind == RelationKind::kPost) posts_by_holder.insert({{ek.to, static_cast<int>(ek.role)}, {ek.from, ek.title}});
  std::vector<bool> dropped(nodes.size(), false);
  for (NodeId id : by_key) {
    const NodeBuild& b = nodes[id];
    if (!b.short_form) continue;
    std::set<NodeId> candidates;
    for (auto it = edges.lower_bound(EdgeKey{id, 0, RelationKind{}, Role{}, {}});
         it != edges.end() && it->first.from == id; ++it) {
      const EdgeKey& ek = it->first;
      if (ek.kind != RelationKind::kPost) continue;
      auto [lo, hi] = posts_by_holder.equal_range({ek.to, static_cast<int>(ek.role)});
      for (auto p = lo; p != hi; ++p) {
        const auto& [from, title] = p->second;
        if (ek.role == Role::kOther && title != ek.title) continue;
        const NodeBuild& other = nodes[from];
        if (other.short_form || other.node.kind != EntityKind::kPerson) continue;
        if (other.node.label.rfind(b.surname, 0) != 0 || other.node.label.size() <= b.surname.size()) continue;
        candidates.insert(uf.Find(from));
      }
    }
    if (candidates.size() == 1) {
      uf.Union(*candidates.begin(), id);
    } else {
      dropped[id] = true;
    }
  }
  posts_by_holder.clear();
  // Representatives: prefer a full-named node (the smallest key); its label leads. Members fold into it.
  std::vector<std::optional<NodeId>> rep_of(nodes.size());
  {
    std::map<NodeId, std::vector<NodeId>> groups;  // root -> members in key order
    for (NodeId id : by_key)
      if (!dropped[id]) groups[uf.Find(id)].push_back(id);
    for (auto& [root, members] : groups) {
      std::optional<NodeId> rep;
      for (NodeId m : members)
        if (!nodes[m].short_form) {
          rep = m;
          break;
        }
      // (An organization's name with no Latin letter leads where one of its nodes has one: 嘉義市政府文化局 before the
      // English name of the same department in an English release, Chiayi City Department of Cultural Affairs.)
      auto latin = [&](NodeId m) {
        const std::string& l = nodes[m].node.label;
        return std::any_of(l.begin(), l.end(), [](char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); });
      };
      if (rep && nodes[*rep].node.kind == EntityKind::kOrganization && latin(*rep))
        for (NodeId m : members)
          if (!nodes[m].short_form && !nodes[m].node.label.empty() && !latin(m)) {
            rep = m;
            break;
          }
      if (!rep) rep = members.front();
      NodeBuild& out = nodes[*rep];
      for (NodeId m : members) {
        rep_of[m] = *rep;
        if (m == *rep) continue;
        NodeBuild& o = nodes[m];
        if (!o.short_form) out.node.names.push_back(o.node.label);
        for (auto& n : o.node.names) out.node.names.push_back(std::move(n));
        if (out.node.label_en.empty()) out.node.label_en = o.node.label_en;
        if (out.node.wikidata.empty()) out.node.wikidata = o.node.wikidata;
        MergeDate(&out.node.date, &out.node.end_date, o.node.date);
        for (auto& src : o.node.sources) out.node.sources.push_back(std::move(src));
        o.node = Node{};
      }
    }
  }
  // Clean names, mint IRIs (in key order: a clash gets a suffix from the key).
  std::set<std::string> iris;
  std::vector<NodeId> reps;
  for (NodeId id : by_key) {
    if (rep_of[id] != id) continue;
    NodeBuild& b = nodes[id];
    auto& names = b.node.names;
    const std::string& label = b.node.label;
    const std::string& label_en = b.node.label_en;
    names.erase(std::remove_if(names.begin(), names.end(),
                               [&](const std::string& n) { return n.empty() || n == label || n == label_en; }),
                names.end());
    std::sort(names.begin(), names.end());
    names.erase(std::unique(names.begin(), names.end()), names.end());
    names.shrink_to_fit();
    std::sort(b.node.sources.begin(), b.node.sources.end());
    b.node.sources.erase(std::unique(b.node.sources.begin(), b.node.sources.end()), b.node.sources.end());
    b.node.sources.shrink_to_fit();
    std::string iri = IriFor(b);
    if (iris.count(iri)) iri += "_" + ontology::StableHash(b.node.key).substr(0, 8);
    iris.insert(iri);
    b.node.iri = iri;
    reps.push_back(id);
  }
  iris.clear();
  // Countries of local governments become edges (they may have come only through Entity::country).
  for (NodeId id : reps) {
    const NodeBuild& b = nodes[id];
    if (!ontology::IsLocalGovernment(b.node.kind) || b.country_key.empty()) continue;
    auto c = B.id_of.find(std::string(b.country_key));
    if (c != B.id_of.end() && rep_of[c->second]) edges[{id, c->second, RelationKind::kCountry, Role::kOther, {}}].count += 0;
  }

  // Build the Boost graph: vertices in IRI order, edges in (source IRI, target IRI, kind, role, title) order.
  std::sort(reps.begin(), reps.end(), [&](NodeId a, NodeId b) { return nodes[a].node.iri < nodes[b].node.iri; });
  std::vector<std::optional<Vertex>> vertex_of(nodes.size());
  for (NodeId id : reps) vertex_of[id] = boost::add_vertex(std::move(nodes[id].node), graph_);
  auto resolve = [&](NodeId id) -> std::optional<Vertex> {
    if (!rep_of[id]) return std::nullopt;
    return vertex_of[*rep_of[id]];
  };
  struct FinalKey {
    Vertex from, to;  // vertices are in IRI order: comparing them compares IRIs
    RelationKind kind;
    Role role;
    std::string_view title;
    auto operator<=>(const FinalKey&) const = default;
  };
  std::map<FinalKey, Edge> final_edges;
  for (auto it = edges.begin(); it != edges.end(); it = edges.erase(it)) {
    const EdgeKey& k = it->first;
    EdgeBuild& eb = it->second;
    auto from = resolve(k.from), to = resolve(k.to);
    if (!from || !to || *from == *to) continue;
    auto [fit, inserted] = final_edges.try_emplace(FinalKey{*from, *to, k.kind, k.role, k.title});
    Edge& fe = fit->second;
    if (inserted) {
      fe.kind = k.kind;
      fe.role = k.role;
      fe.title = std::string(k.title);
      fe.past = eb.past;
    } else {
      fe.past = fe.past && eb.past;
    }
    fe.count += std::max(eb.count, 1);
    MergeDate(&fe.first_date, &fe.last_date, eb.first);
    MergeDate(&fe.first_date, &fe.last_date, eb.last);
    if (fe.evidence.empty()) {
      fe.evidence = std::move(eb.evidence);
    } else {
      fe.evidence.insert(fe.evidence.end(), eb.evidence.begin(), eb.evidence.end());
    }
  }
  for (auto it = final_edges.begin(); it != final_edges.end(); it = final_edges.erase(it)) {
    Edge& fe = it->second;
    std::sort(fe.evidence.begin(), fe.evidence.end());
    fe.evidence.erase(std::unique(fe.evidence.begin(), fe.evidence.end()), fe.evidence.end());
    fe.evidence.shrink_to_fit();
    if (fe.kind == RelationKind::kPost)
      fe.iri = ontology::MintIri("post", ontology::StableHash(graph_[it->first.from].iri + "|" + graph_[it->first.to].iri + "|" +
                                                           std::string(ontology::RoleName(fe.role)) + "|" + fe.title));
    boost::add_edge(it->first.from, it->first.to, std::move(fe), graph_);
  }
  // Meetings, in document order (the first of two meetings with one IRI is kept).
  std::sort(B.meetings.begin(), B.meetings.end(),
            [](const PendingMeeting& a, const PendingMeeting& b) { return std::tie(a.rank, a.index) < std::tie(b.rank, b.index); });
  meetings_.reserve(B.meetings.size());
  for (auto& pm : B.meetings) {
    MeetingRecord m;
    for (NodeId a : pm.attendees)
      if (auto v = resolve(a)) m.attendees.push_back(*v);
    pm.attendees = {};
    if (m.attendees.size() < 2) continue;
    std::sort(m.attendees.begin(), m.attendees.end());  // IRI order
    m.date = pm.date;
    if (pm.location) m.location = resolve(*pm.location);
    m.evidence = pm.evidence;
    std::string id = std::string(pm.evidence.report) + "|" + m.date.ToString();
    for (Vertex v : m.attendees) id += "|" + graph_[v].iri;
    m.iri = ontology::MintIri("meeting", ontology::StableHash(id));
    meetings_.push_back(std::move(m));
  }
  B.meetings = {};
  // By IRI; of two meetings with one IRI (same report, date and attendees) the first in document order stays.
  std::stable_sort(meetings_.begin(), meetings_.end(), [](const MeetingRecord& a, const MeetingRecord& b) { return a.iri < b.iri; });
  meetings_.erase(std::unique(meetings_.begin(), meetings_.end(),
                              [](const MeetingRecord& a, const MeetingRecord& b) { return a.iri == b.iri; }),
                  meetings_.end());
  meetings_.shrink_to_fit();
  // Reports.
  std::sort(B.reports.begin(), B.reports.end(), [](const PendingReport& a, const PendingReport& b) {
    return std::tie(a.record.iri, a.rank) < std::tie(b.record.iri, b.rank);
  });
  for (auto& pr : B.reports) {
    if (pr.publisher) pr.record.publisher = resolve(*pr.publisher);
    reports_.push_back(std::move(pr.record));
  }
  builder_.reset();
  IndexNames();
}

KnowledgeGraph KnowledgeGraph::FromGraph(Graph g, std::shared_ptr<StringPool> pool, std::vector<MeetingRecord> meetings,
                                         std::vector<ReportRecord> reports) {
  KnowledgeGraph kg;
  kg.builder_.reset();
  kg.pool_ = std::move(pool);
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
