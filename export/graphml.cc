#include "export/graphml.h"

#include <pugixml.hpp>

#include <map>
#include <sstream>

namespace citykg::exporter {

namespace {

struct SinkWriter : pugi::xml_writer {
  explicit SinkWriter(Sink& s) : sink(s) {}
  void write(const void* data, size_t size) override { sink.Write(static_cast<const char*>(data), size); }
  Sink& sink;
};

std::string Number(double v) {
  std::ostringstream out;
  out << v;
  return out.str();
}

// A full date for GEXF's timeformat="date": 2024 → 2024-01-01, 2024-05 → 2024-05-01.
std::string FullDate(const extract::Date& d) {
  if (!d.valid()) return {};
  extract::Date full{d.year, d.month ? d.month : 1, d.day ? d.day : 1};
  return full.ToString();
}

// An XML document with its declaration and root element.
pugi::xml_node StartDocument(pugi::xml_document& doc, const char* root) {
  auto decl = doc.append_child(pugi::node_declaration);
  decl.append_attribute("version") = "1.0";
  decl.append_attribute("encoding") = "UTF-8";
  return doc.append_child(root);
}

void Save(pugi::xml_document& doc, Sink& sink) {
  SinkWriter writer(sink);
  doc.save(writer, "  ", pugi::format_indent, pugi::encoding_utf8);
}

}  // namespace

GraphmlStats WriteGraphml(const graph::KnowledgeGraph& kg, Sink& sink) { return WriteGraphml(FullView(kg), sink); }

GraphmlStats WriteGraphml(const View& view, Sink& sink) {
  pugi::xml_document doc;
  auto root = StartDocument(doc, "graphml");
  root.append_attribute("xmlns") = "http://graphml.graphdrawing.org/xmlns";
  int next = 0;
  auto key = [&](const char* for_, const std::string& name, const char* type) {
    std::string id = "d" + std::to_string(next++);
    auto k = root.append_child("key");
    k.append_attribute("id") = id.c_str();
    k.append_attribute("for") = for_;
    k.append_attribute("attr.name") = name.c_str();
    k.append_attribute("attr.type") = type;
    return id;
  };
  auto data = [](pugi::xml_node parent, const std::string& k, const std::string& value) {
    if (value.empty()) return;
    auto d = parent.append_child("data");
    d.append_attribute("key") = k.c_str();
    d.text().set(XmlSafe(value).c_str());
  };
  const std::string k_label = key("node", "label", "string"), k_type = key("node", "type", "string"),
                    k_iri = key("node", "iri", "string"), k_zh = key("node", "name_zh", "string"),
                    k_en = key("node", "name_en", "string"), k_names = key("node", "names", "string"),
                    k_country = key("node", "country", "string"), k_wd = key("node", "wikidata", "string"),
                    k_nsrc = key("node", "sources", "string"), k_r = key("node", "r", "int"), k_g = key("node", "g", "int"),
                    k_b = key("node", "b", "int"), k_size = key("node", "size", "double"),
                    k_start = key("node", "first_date", "string");
  const std::string k_weight = key("edge", "weight", "double"), k_rel = key("edge", "relation", "string"),
                    k_title = key("edge", "title", "string"), k_esrc = key("edge", "sources", "string"),
                    k_first = key("edge", "first_date", "string"), k_last = key("edge", "last_date", "string");
  std::map<std::string, std::string> k_counts;
  for (const auto& c : view.count_keys) k_counts[c] = key("edge", c, "int");
  auto graph = root.append_child("graph");
  graph.append_attribute("id") = "citykg";
  graph.append_attribute("edgedefault") = view.directed ? "directed" : "undirected";
  GraphmlStats stats;
  for (const auto& n : view.nodes) {
    auto x = graph.append_child("node");
    x.append_attribute("id") = n.id.c_str();
    data(x, k_label, n.label);
    data(x, k_type, n.type);
    data(x, k_iri, n.iri);
    data(x, k_zh, n.name_zh);
    data(x, k_en, n.name_en);
    data(x, k_names, n.names);
    data(x, k_country, n.country);
    data(x, k_wd, n.wikidata);
    data(x, k_nsrc, n.sources);
    data(x, k_r, std::to_string(n.color.r));
    data(x, k_g, std::to_string(n.color.g));
    data(x, k_b, std::to_string(n.color.b));
    data(x, k_size, Number(n.size));
    data(x, k_start, n.start.ToString());
    ++stats.nodes;
  }
  for (const auto& e : view.edges) {
    auto x = graph.append_child("edge");
    x.append_attribute("id") = e.id.c_str();
    x.append_attribute("source") = e.source.c_str();
    x.append_attribute("target") = e.target.c_str();
    x.append_attribute("label") = XmlSafe(e.relation).c_str();
    data(x, k_weight, Number(e.weight));
    data(x, k_rel, e.relation);
    data(x, k_title, e.title);
    data(x, k_esrc, e.sources);
    data(x, k_first, e.first.ToString());
    data(x, k_last, e.last.ToString());
    for (const auto& c : view.count_keys) {
      auto it = e.counts.find(c);
      data(x, k_counts[c], std::to_string(it == e.counts.end() ? 0 : it->second));
    }
    ++stats.edges;
  }
  Save(doc, sink);
  return stats;
}

GraphmlStats WriteGexf(const View& view, Sink& sink) {
  pugi::xml_document doc;
  auto root = StartDocument(doc, "gexf");
  root.append_attribute("xmlns") = "http://gexf.net/1.3";
  root.append_attribute("xmlns:viz") = "http://gexf.net/1.3/viz";
  root.append_attribute("version") = "1.3";
  auto meta = root.append_child("meta");
  meta.append_child("creator").text().set("citykg");
  meta.append_child("description").text().set("City-diplomacy knowledge graph built from official trip reports");
  auto graph = root.append_child("graph");
  graph.append_attribute("mode") = "dynamic";
  graph.append_attribute("defaultedgetype") = view.directed ? "directed" : "undirected";
  graph.append_attribute("timeformat") = "date";
  auto attrs = [&](const char* cls, const std::vector<std::pair<std::string, std::string>>& list) {
    auto a = graph.append_child("attributes");
    a.append_attribute("class") = cls;
    a.append_attribute("mode") = "static";
    for (size_t i = 0; i < list.size(); ++i) {
      auto x = a.append_child("attribute");
      x.append_attribute("id") = list[i].first.c_str();  // readers (graphology) key values by id: use the name
      x.append_attribute("title") = list[i].first.c_str();
      x.append_attribute("type") = list[i].second.c_str();
    }
  };
  const std::vector<std::pair<std::string, std::string>> node_attrs{{"type", "string"},    {"iri", "string"},
                                                                    {"name_zh", "string"}, {"name_en", "string"},
                                                                    {"names", "string"},   {"country", "string"},
                                                                    {"wikidata", "string"}, {"sources", "string"}};
  std::vector<std::pair<std::string, std::string>> edge_attrs{{"relation", "string"}, {"title", "string"}, {"sources", "string"}};
  for (const auto& c : view.count_keys) edge_attrs.push_back({c, "integer"});
  attrs("node", node_attrs);
  attrs("edge", edge_attrs);
  auto values = [](pugi::xml_node parent, const std::vector<std::pair<std::string, std::string>>& names,
                   const std::vector<std::string>& vals) {
    auto av = parent.append_child("attvalues");
    for (size_t i = 0; i < vals.size(); ++i) {
      if (vals[i].empty()) continue;
      auto v = av.append_child("attvalue");
      v.append_attribute("for") = names[i].first.c_str();
      v.append_attribute("value") = XmlSafe(vals[i]).c_str();
    }
  };
  GraphmlStats stats;
  auto nodes = graph.append_child("nodes");
  for (const auto& n : view.nodes) {
    auto x = nodes.append_child("node");
    x.append_attribute("id") = n.id.c_str();
    x.append_attribute("label") = XmlSafe(n.label).c_str();
    if (n.start.valid()) x.append_attribute("start") = FullDate(n.start).c_str();
    values(x, node_attrs, {n.type, n.iri, n.name_zh, n.name_en, n.names, n.country, n.wikidata, n.sources});
    auto color = x.append_child("viz:color");
    color.append_attribute("r") = n.color.r;
    color.append_attribute("g") = n.color.g;
    color.append_attribute("b") = n.color.b;
    x.append_child("viz:size").append_attribute("value") = Number(n.size).c_str();
    ++stats.nodes;
  }
  auto edges = graph.append_child("edges");
  for (const auto& e : view.edges) {
    auto x = edges.append_child("edge");
    x.append_attribute("id") = e.id.c_str();
    x.append_attribute("source") = e.source.c_str();
    x.append_attribute("target") = e.target.c_str();
    x.append_attribute("kind") = XmlSafe(e.relation).c_str();
    x.append_attribute("label") = XmlSafe(e.relation).c_str();
    x.append_attribute("weight") = Number(e.weight).c_str();
    if (e.first.valid()) x.append_attribute("start") = FullDate(e.first).c_str();
    std::vector<std::string> vals{e.relation, e.title, e.sources};
    for (const auto& c : view.count_keys) {
      auto it = e.counts.find(c);
      vals.push_back(std::to_string(it == e.counts.end() ? 0 : it->second));
    }
    values(x, edge_attrs, vals);
    ++stats.edges;
  }
  Save(doc, sink);
  return stats;
}

namespace {

std::string Csv(const std::string& s) { return CsvField(XmlSafe(s)); }

void Row(Sink& sink, const std::vector<std::string>& cells) {
  std::string line;
  for (size_t i = 0; i < cells.size(); ++i) {
    if (i) line += ',';
    line += Csv(cells[i]);
  }
  line += "\r\n";
  sink.Write(line);
}

}  // namespace

void WriteNodesCsv(const View& view, Sink& sink) {
  sink.Write("\xEF\xBB\xBF");
  Row(sink, {"Id", "Label", "Type", "IRI", "Name (zh)", "Name (en)", "Other names", "Country", "Wikidata", "Sources", "Start"});
  for (const auto& n : view.nodes)
    Row(sink, {n.id, n.label, n.type, n.iri, n.name_zh, n.name_en, n.names, n.country, n.wikidata, n.sources,
               n.start.ToString()});
}

void WriteEdgesCsv(const View& view, Sink& sink) {
  sink.Write("\xEF\xBB\xBF");
  std::vector<std::string> head{"Source", "Target", "Type", "Id", "Label", "Weight", "Relation", "Title", "Sources",
                                "First date", "Last date"};
  for (const auto& c : view.count_keys) head.push_back(c);
  Row(sink, head);
  for (const auto& e : view.edges) {
    std::ostringstream w;
    w << e.weight;
    std::vector<std::string> row{e.source, e.target, view.directed ? "Directed" : "Undirected", e.id, e.relation, w.str(),
                                 e.relation, e.title, e.sources, e.first.ToString(), e.last.ToString()};
    for (const auto& c : view.count_keys) {
      auto it = e.counts.find(c);
      row.push_back(std::to_string(it == e.counts.end() ? 0 : it->second));
    }
    Row(sink, row);
  }
}

}  // namespace citykg::exporter
