// Writes GraphML and GEXF whose node labels hold what breaks naive writers (<, &, quotes, control characters,
// emoji, a 10,000-character name), plus expected.json with the labels a reader must get back.
// Usage: citykg_hostile_graph DIR
#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

#include "export/graphml.h"
#include "export/sink.h"

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: %s DIR\n", argv[0]);
    return 1;
  }
  std::string dir = argv[1];
  std::vector<std::string> names = {"<script>alert(1)</script>", "AT&T & Co", "\"quoted\" 'single'",
                                    std::string("ctrl\x01\x02\x0B" "chars", 13), "emoji 😀🏙️ 臺北",
                                    std::string(10000, 'x'), "]]> CDATA end", "DEL\x7f and nbsp\u00a0"};
  citykg::exporter::View view;
  view.directed = true;
  std::string json = "[";
  for (size_t i = 0; i < names.size(); ++i) {
    citykg::exporter::ViewNode n;
    n.id = "n" + std::to_string(i);
    n.label = names[i];
    n.type = "Person";
    n.iri = "https://w3id.org/citykg/id/person/x" + std::to_string(i);
    view.nodes.push_back(n);
    std::string clean = citykg::exporter::XmlSafe(names[i]);
    std::string esc;
    for (unsigned char c : clean) {
      if (c == '"' || c == '\\') {
        esc += '\\';
        esc += static_cast<char>(c);
      } else if (c == '\n') {
        esc += "\\n";
      } else if (c == '\t') {
        esc += "\\t";
      } else {
        esc += static_cast<char>(c);
      }
    }
    // XML parsers normalize a newline inside an attribute to a space; GraphML keeps it in element text.
    json += (i ? "," : "") + std::string("\"") + esc + "\"";
    if (i > 0) {
      citykg::exporter::ViewEdge e;
      e.id = "e" + std::to_string(i);
      e.source = "n0";
      e.target = n.id;
      e.relation = "metWith";
      view.edges.push_back(e);
    }
  }
  json += "]";
  {
    citykg::exporter::AtomicFileSink s(dir + "/hostile.graphml");
    citykg::exporter::WriteGraphml(view, s);
    s.Commit();
  }
  {
    citykg::exporter::AtomicFileSink s(dir + "/hostile.gexf");
    citykg::exporter::WriteGexf(view, s);
    s.Commit();
  }
  std::ofstream(dir + "/expected.json") << json;
  return 0;
}
