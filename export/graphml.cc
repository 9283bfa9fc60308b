#include "export/graphml.h"

#include <pugixml.hpp>

#include <cmath>
#include <map>
#include <set>
#include <sstream>

namespace citykg::exporter {

using ontology::EntityKind;

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

struct SinkWriter : pugi::xml_writer {
  explicit SinkWriter(Sink& s) : sink(s) {}
  void write(const void* data, size_t size) override { sink.Write(static_cast<const char*>(data), size); }
  Sink& sink;
};

std::string Join(const std::vector<std::string>& v) {
  std::string out;
  for (const auto& s : v) {
    if (!out.empty()) out += "; ";
    out += s;
  }
  return out;
}

class Builder {
 public:
  explicit Builder(pugi::xml_node root) : root_(root) {}
  std::string Key(const char* for_, const char* name, const char* type) {
    std::string id = "d" + std::to_string(next_++);
    auto k = root_.append_child("key");
    k.append_attribute("id") = id.c_str();
    k.append_attribute("for") = for_;
    k.append_attribute("attr.name") = name;
    k.append_attribute("attr.type") = type;
    return id;
  }
  static void Data(pugi::xml_node parent, const std::string& key, const std::string& value) {
    if (value.empty()) return;
    auto d = parent.append_child("data");
    d.append_attribute("key") = key.c_str();
    d.text().set(XmlSafe(value).c_str());
  }

 private:
  pugi::xml_node root_;
  int next_ = 0;
};

}  // namespace

GraphmlStats WriteGraphml(const graph::KnowledgeGraph& kg, Sink& sink) {
  const auto& g = kg.graph();
  pugi::xml_document doc;
  auto decl = doc.append_child(pugi::node_declaration);
  decl.append_attribute("version") = "1.0";
  decl.append_attribute("encoding") = "UTF-8";
  auto root = doc.append_child("graphml");
  root.append_attribute("xmlns") = "http://graphml.graphdrawing.org/xmlns";
  Builder b(root);
  const std::string k_label = b.Key("node", "label", "string");
  const std::string k_type = b.Key("node", "type", "string");
  const std::string k_iri = b.Key("node", "iri", "string");
  const std::string k_zh = b.Key("node", "name_zh", "string");
  const std::string k_en = b.Key("node", "name_en", "string");
  const std::string k_names = b.Key("node", "names", "string");
  const std::string k_country = b.Key("node", "country", "string");
  const std::string k_wd = b.Key("node", "wikidata", "string");
  const std::string k_nsources = b.Key("node", "sources", "string");
  const std::string k_r = b.Key("node", "r", "int");
  const std::string k_g = b.Key("node", "g", "int");
  const std::string k_b = b.Key("node", "b", "int");
  const std::string k_size = b.Key("node", "size", "double");
  const std::string k_date = b.Key("node", "date", "string");
  const std::string k_weight = b.Key("edge", "weight", "double");
  const std::string k_rel = b.Key("edge", "relation", "string");
  const std::string k_title = b.Key("edge", "title", "string");
  const std::string k_esources = b.Key("edge", "sources", "string");
  const std::string k_first = b.Key("edge", "first_date", "string");
  const std::string k_last = b.Key("edge", "last_date", "string");
  auto graph = root.append_child("graph");
  graph.append_attribute("id") = "citykg";
  graph.append_attribute("edgedefault") = "directed";

  // Countries of local governments, for the node attribute.
  std::map<graph::Vertex, std::string> country_of;
  std::map<graph::Vertex, size_t> degree;
  for (auto e : boost::make_iterator_range(boost::edges(g))) {
    if (g[e].kind == ontology::RelationKind::kCountry) country_of[boost::source(e, g)] = g[boost::target(e, g)].label;
    ++degree[boost::source(e, g)];
    ++degree[boost::target(e, g)];
  }
  GraphmlStats stats;
  auto add_node = [&](const std::string& id, const std::string& label, EntityKind kind, const std::string& iri,
                      const std::string& en, const std::vector<std::string>& names, const std::string& country,
                      const std::string& wikidata, const std::vector<std::string>& sources, size_t deg,
                      const std::string& date) {
    auto n = graph.append_child("node");
    n.append_attribute("id") = id.c_str();
    Builder::Data(n, k_label, label.empty() ? iri : label);
    Builder::Data(n, k_type, std::string(ontology::KindName(kind)));
    Builder::Data(n, k_iri, iri);
    Builder::Data(n, k_zh, label);
    Builder::Data(n, k_en, en);
    Builder::Data(n, k_names, Join(names));
    Builder::Data(n, k_country, country);
    Builder::Data(n, k_wd, wikidata);
    Builder::Data(n, k_nsources, Join(sources));
    Rgb c = KindColor(kind);
    Builder::Data(n, k_r, std::to_string(c.r));
    Builder::Data(n, k_g, std::to_string(c.g));
    Builder::Data(n, k_b, std::to_string(c.b));
    std::ostringstream size;
    size << 10.0 + 4.0 * std::sqrt(static_cast<double>(deg));
    Builder::Data(n, k_size, size.str());
    Builder::Data(n, k_date, date);
    ++stats.nodes;
  };
  std::map<graph::Vertex, std::string> id_of;
  size_t i = 0;
  for (auto v : boost::make_iterator_range(boost::vertices(g))) {
    const auto& n = g[v];
    std::string id = "n" + std::to_string(i++);
    id_of[v] = id;
    add_node(id, n.label, n.kind, n.iri, n.label_en, n.names, country_of.count(v) ? country_of[v] : std::string(),
             n.wikidata, n.sources, degree[v], n.date.ToString());
  }
  size_t edge_id = 0;
  auto add_edge = [&](const std::string& from, const std::string& to, const std::string& relation, const std::string& title,
                      double weight, const std::vector<std::string>& sources, const std::string& first,
                      const std::string& last) {
    auto e = graph.append_child("edge");
    e.append_attribute("id") = ("e" + std::to_string(edge_id++)).c_str();
    e.append_attribute("source") = from.c_str();
    e.append_attribute("target") = to.c_str();
    e.append_attribute("label") = XmlSafe(relation).c_str();
    std::ostringstream w;
    w << weight;
    Builder::Data(e, k_weight, w.str());
    Builder::Data(e, k_rel, relation);
    Builder::Data(e, k_title, title);
    Builder::Data(e, k_esources, Join(sources));
    Builder::Data(e, k_first, first);
    Builder::Data(e, k_last, last);
    ++stats.edges;
  };
  for (auto e : boost::make_iterator_range(boost::edges(g))) {
    const auto& ed = g[e];
    std::set<std::string> src;
    for (const auto& ev : ed.evidence) src.insert(ev.report);
    add_edge(id_of[boost::source(e, g)], id_of[boost::target(e, g)], graph::RelationLabel(ed), ed.title,
             std::max(1, ed.count), std::vector<std::string>(src.begin(), src.end()), ed.first_date.ToString(),
             ed.last_date.ToString());
  }
  // Meetings as nodes linked to their attendees.
  for (const auto& m : kg.meetings()) {
    std::string id = "n" + std::to_string(i++);
    std::string label;
    for (auto v : m.attendees) label += (label.empty() ? "" : " — ") + g[v].label;
    add_node(id, label, EntityKind::kMeeting, m.iri, {}, {}, {}, {}, {m.evidence.report}, m.attendees.size(),
             m.date.ToString());
    for (auto v : m.attendees)
      add_edge(id_of[v], id, "attended", {}, 1.0, {m.evidence.report}, m.date.ToString(), m.date.ToString());
  }
  SinkWriter writer(sink);
  doc.save(writer, "  ", pugi::format_indent | pugi::format_write_bom * 0, pugi::encoding_utf8);
  return stats;
}

}  // namespace citykg::exporter
