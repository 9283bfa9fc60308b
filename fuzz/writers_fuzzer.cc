// libFuzzer target: a graph whose entity names, titles, quotes, file name and wikidata ids are arbitrary bytes,
// written as Turtle, N-Triples, GraphML and GEXF. Every output must parse again (raptor for RDF, pugixml for XML);
// a writer that lets something through that its readers choke on traps.
#include <raptor2.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <utility>
#include <string>
#include <vector>

#include <pugixml.hpp>

#include "export/graphml.h"
#include "export/sink.h"
#include "export/turtle.h"
#include "extract/normalize.h"
#include "graph/knowledge_graph.h"

namespace {

namespace o = citykg::ontology;
namespace x = citykg::extract;

void CountError(void* user_data, raptor_log_message* m) {
  if (++*static_cast<int*>(user_data) == 1) std::fprintf(stderr, "raptor: %s\n", m->text);
}
void Ignore(void*, raptor_statement*) {}

bool ParsesAsRdf(const std::string& text, const char* syntax) {
  static raptor_world* world = [] {
    raptor_world* w = raptor_new_world();
    raptor_world_open(w);
    return w;
  }();
  int errors = 0;
  raptor_world_set_log_handler(world, &errors, CountError);
  raptor_parser* p = raptor_new_parser(world, syntax);
  raptor_parser_set_statement_handler(p, nullptr, Ignore);
  raptor_uri* base = raptor_new_uri(world, reinterpret_cast<const unsigned char*>("file:///fuzz"));
  raptor_parser_parse_start(p, base);
  raptor_parser_parse_chunk(p, reinterpret_cast<const unsigned char*>(text.data()), text.size(), 1);
  raptor_free_uri(base);
  raptor_free_parser(p);
  return errors == 0;
}

bool ParsesAsXml(const std::string& text) {
  pugi::xml_document doc;
  return doc.load_buffer(text.data(), text.size());
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  // Fields separated by NUL bytes: file name, then entity names; the last field is the evidence quote.
  std::vector<std::string> f(1);
  for (size_t i = 0; i < size && f.size() < 12; ++i) {
    if (data[i] == 0)
      f.emplace_back();
    else
      f.back().push_back(static_cast<char>(data[i]));
  }
  while (f.size() < 4) f.emplace_back();
  x::ExtractedDocument doc;
  doc.source.name = f[0].empty() ? "r.txt" : f[0];
  doc.source.path = doc.source.name;
  const o::EntityKind kinds[] = {o::EntityKind::kPerson, o::EntityKind::kCity, o::EntityKind::kOrganization,
                                 o::EntityKind::kEvent, o::EntityKind::kCountry, o::EntityKind::kPerson};
  for (size_t i = 1; i + 1 < f.size(); ++i) {
    x::Entity e;
    e.kind = kinds[i % 6];
    e.key = std::string(o::KindSegment(e.kind)) + ":" + f[i];
    e.label = f[i];
    e.label_en = f[i].substr(0, f[i].size() / 2);
    e.names = {f[i] + "\t" + f.back()};
    e.wikidata = i % 3 == 0 ? f[i] : std::string();
    e.surname = f[i].substr(0, 3);
    doc.entities.push_back(std::move(e));
  }
  int n = static_cast<int>(doc.entities.size());
  x::Evidence ev{f.back(), 0, static_cast<uint32_t>(f.back().size()), static_cast<uint32_t>(size % 3)};
  for (int i = 0; i + 1 < n; ++i) {
    x::Relation r;
    r.kind = i % 2 ? o::RelationKind::kMetWith : o::RelationKind::kPost;
    r.from = i;
    r.to = i + 1;
    r.title = f.back();
    r.evidence = ev;
    doc.relations.push_back(r);
  }
  if (n >= 2) doc.meetings.push_back({{0, n - 1}, {}, -1, ev});
  doc.meta.title = f.back();
  citykg::graph::KnowledgeGraph kg;
  kg.Add(std::move(doc));
  kg.Finalize();
  citykg::exporter::StringSink ttl, nt, graphml, gexf;
  citykg::exporter::WriteTurtle(kg, ttl);
  citykg::exporter::WriteNTriples(kg, nt);
  citykg::exporter::WriteGraphml(kg, graphml);
  citykg::exporter::WriteGexf(citykg::exporter::FullView(kg), gexf);
  // Each output is UTF-8 and parses again.
  const std::pair<const char*, bool> checks[] = {
      {"Turtle", citykg::extract::IsValidUtf8(ttl.str()) && ParsesAsRdf(ttl.str(), "turtle")},
      {"N-Triples", citykg::extract::IsValidUtf8(nt.str()) && ParsesAsRdf(nt.str(), "ntriples")},
      {"GraphML", citykg::extract::IsValidUtf8(graphml.str()) && ParsesAsXml(graphml.str())},
      {"GEXF", citykg::extract::IsValidUtf8(gexf.str()) && ParsesAsXml(gexf.str())}};
  for (const auto& [format, ok] : checks) {
    if (ok) continue;
    std::fprintf(stderr, "writers_fuzzer: the %s output is not UTF-8 or does not parse\n", format);
    if (std::getenv("CITYKG_FUZZ_DUMP")) std::fprintf(stderr, "%s\n", ttl.str().c_str());
    __builtin_trap();
  }
  return 0;
}
