#include "export/graphml.h"

#include <sstream>

#include "export/xml_stream.h"

namespace citykg::exporter {

namespace {

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

}  // namespace

GraphmlStats WriteGraphml(const graph::KnowledgeGraph& kg, Sink& sink) { return WriteGraphml(FullView(kg), sink); }

// Both writers stream (XmlStream): one node or edge at a time, no document tree.
GraphmlStats WriteGraphml(const View& view, Sink& sink) {
  XmlStream xml(sink);
  xml.Open("graphml");
  xml.Attribute("xmlns", "http://graphml.graphdrawing.org/xmlns");
  int next = 0;
  auto key = [&](const char* for_, const std::string& name, const char* type) {
    std::string id = "d" + std::to_string(next++);
    xml.Open("key");
    xml.Attribute("id", id);
    xml.Attribute("for", for_);
    xml.Attribute("attr.name", XmlSafeText(name));
    xml.Attribute("attr.type", type);
    xml.Close();
    return id;
  };
  auto data = [&](const std::string& k, const std::string& value) {
    if (value.empty()) return;
    xml.Leaf("data", "key", k, XmlSafeText(value));
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
  std::vector<std::string> k_counts;
  for (const auto& c : view.count_keys) k_counts.push_back(key("edge", c, "int"));
  xml.Open("graph");
  xml.Attribute("id", "citykg");
  xml.Attribute("edgedefault", view.directed ? "directed" : "undirected");
  GraphmlStats stats;
  view.ForEachNode([&](const ViewNode& n) {
    xml.Open("node");
    xml.Attribute("id", XmlSafeText(n.id));
    data(k_label, n.label);
    data(k_type, n.type);
    data(k_iri, n.iri);
    data(k_zh, n.name_zh);
    data(k_en, n.name_en);
    data(k_names, n.names);
    data(k_country, n.country);
    data(k_wd, n.wikidata);
    data(k_nsrc, n.sources);
    data(k_r, std::to_string(n.color.r));
    data(k_g, std::to_string(n.color.g));
    data(k_b, std::to_string(n.color.b));
    data(k_size, Number(n.size));
    data(k_start, n.start.ToString());
    xml.Close();
    ++stats.nodes;
  });
  view.ForEachEdge([&](const ViewEdge& e) {
    xml.Open("edge");
    xml.Attribute("id", XmlSafeText(e.id));
    xml.Attribute("source", XmlSafeText(e.source));
    xml.Attribute("target", XmlSafeText(e.target));
    xml.Attribute("label", XmlSafeText(e.relation));
    data(k_weight, Number(e.weight));
    data(k_rel, e.relation);
    data(k_title, e.title);
    data(k_esrc, e.sources);
    data(k_first, e.first.ToString());
    data(k_last, e.last.ToString());
    for (size_t i = 0; i < view.count_keys.size(); ++i) {
      auto it = e.counts.find(view.count_keys[i]);
      data(k_counts[i], std::to_string(it == e.counts.end() ? 0 : it->second));
    }
    xml.Close();
    ++stats.edges;
  });
  xml.Finish();
  return stats;
}

GraphmlStats WriteGexf(const View& view, Sink& sink) {
  XmlStream xml(sink);
  xml.Open("gexf");
  xml.Attribute("xmlns", "http://gexf.net/1.3");
  xml.Attribute("xmlns:viz", "http://gexf.net/1.3/viz");
  xml.Attribute("version", "1.3");
  xml.Open("meta");
  xml.Leaf("creator", {}, {}, "citykg");
  xml.Leaf("description", {}, {}, "City-diplomacy knowledge graph built from official trip reports");
  xml.Close();
  xml.Open("graph");
  xml.Attribute("mode", "dynamic");
  xml.Attribute("defaultedgetype", view.directed ? "directed" : "undirected");
  xml.Attribute("timeformat", "date");
  using Attrs = std::vector<std::pair<std::string, std::string>>;
  auto attrs = [&](const char* cls, const Attrs& list) {
    xml.Open("attributes");
    xml.Attribute("class", cls);
    xml.Attribute("mode", "static");
    for (const auto& [name, type] : list) {
      xml.Open("attribute");
      xml.Attribute("id", XmlSafeText(name));  // readers (graphology) key values by id: use the name
      xml.Attribute("title", XmlSafeText(name));
      xml.Attribute("type", type);
      xml.Close();
    }
    xml.Close();
  };
  const Attrs node_attrs{{"type", "string"},    {"iri", "string"},      {"name_zh", "string"}, {"name_en", "string"},
                         {"names", "string"},   {"country", "string"},  {"wikidata", "string"}, {"sources", "string"}};
  Attrs edge_attrs{{"relation", "string"}, {"title", "string"}, {"sources", "string"}};
  for (const auto& c : view.count_keys) edge_attrs.push_back({c, "integer"});
  attrs("node", node_attrs);
  attrs("edge", edge_attrs);
  auto values = [&](const Attrs& names, const std::vector<std::string>& vals) {
    xml.Open("attvalues");
    for (size_t i = 0; i < vals.size(); ++i) {
      if (vals[i].empty()) continue;
      xml.Open("attvalue");
      xml.Attribute("for", XmlSafeText(names[i].first));
      xml.Attribute("value", XmlSafeText(vals[i]));
      xml.Close();
    }
    xml.Close();
  };
  GraphmlStats stats;
  xml.Open("nodes");
  view.ForEachNode([&](const ViewNode& n) {
    xml.Open("node");
    xml.Attribute("id", XmlSafeText(n.id));
    xml.Attribute("label", XmlSafeText(n.label));
    if (n.start.valid()) xml.Attribute("start", FullDate(n.start));
    values(node_attrs, {n.type, n.iri, n.name_zh, n.name_en, n.names, n.country, n.wikidata, n.sources});
    xml.Open("viz:color");
    xml.Attribute("r", n.color.r);
    xml.Attribute("g", n.color.g);
    xml.Attribute("b", n.color.b);
    xml.Close();
    xml.Open("viz:size");
    xml.Attribute("value", Number(n.size));
    xml.Close();
    xml.Close();
    ++stats.nodes;
  });
  xml.Close();
  xml.Open("edges");
  view.ForEachEdge([&](const ViewEdge& e) {
    xml.Open("edge");
    xml.Attribute("id", XmlSafeText(e.id));
    xml.Attribute("source", XmlSafeText(e.source));
    xml.Attribute("target", XmlSafeText(e.target));
    xml.Attribute("kind", XmlSafeText(e.relation));
    xml.Attribute("label", XmlSafeText(e.relation));
    xml.Attribute("weight", Number(e.weight));
    if (e.first.valid()) xml.Attribute("start", FullDate(e.first));
    std::vector<std::string> vals{e.relation, e.title, e.sources};
    for (const auto& c : view.count_keys) {
      auto it = e.counts.find(c);
      vals.push_back(std::to_string(it == e.counts.end() ? 0 : it->second));
    }
    values(edge_attrs, vals);
    xml.Close();
    ++stats.edges;
  });
  xml.Finish();
  return stats;
}

namespace {

std::string Csv(const std::string& s) { return CsvField(XmlSafeText(s)); }

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
  view.ForEachNode([&](const ViewNode& n) {
    Row(sink, {n.id, n.label, n.type, n.iri, n.name_zh, n.name_en, n.names, n.country, n.wikidata, n.sources,
               n.start.ToString()});
  });
}

void WriteEdgesCsv(const View& view, Sink& sink) {
  sink.Write("\xEF\xBB\xBF");
  std::vector<std::string> head{"Source", "Target", "Type", "Id", "Label", "Weight", "Relation", "Title", "Sources",
                                "First date", "Last date"};
  for (const auto& c : view.count_keys) head.push_back(c);
  Row(sink, head);
  view.ForEachEdge([&](const ViewEdge& e) {
    std::ostringstream w;
    w << e.weight;
    std::vector<std::string> row{e.source, e.target, view.directed ? "Directed" : "Undirected", e.id, e.relation, w.str(),
                                 e.relation, e.title, e.sources, e.first.ToString(), e.last.ToString()};
    for (const auto& c : view.count_keys) {
      auto it = e.counts.find(c);
      row.push_back(std::to_string(it == e.counts.end() ? 0 : it->second));
    }
    Row(sink, row);
  });
}

}  // namespace citykg::exporter
