#include <gtest/gtest.h>

#include <pugixml.hpp>

#include <fstream>

#include "export/graphml.h"
#include "export/rdf_store.h"
#include "export/sink.h"
#include "export/turtle.h"
#include "graph/knowledge_graph.h"
#include "test_util.h"

namespace citykg::exporter {
namespace {

graph::KnowledgeGraph SmallGraph() {
  graph::KnowledgeGraph kg;
  kg.Add(testing::ExtractText("服務機關：臺北市政府\n臺北市長張文山拜會東京都知事佐藤健一，雙方交換意見。", "a.txt"));
  kg.Finalize();
  return kg;
}

TEST(ExportTest, TurtleHasTheContractPrefixesAndNoBase) {
  auto kg = SmallGraph();
  StringSink sink;
  size_t n = WriteTurtle(kg, sink);
  EXPECT_GT(n, 10u);
  const std::string& ttl = sink.str();
  EXPECT_NE(ttl.find("@prefix ckg: <https://w3id.org/citykg/ontology#> ."), std::string::npos);
  EXPECT_NE(ttl.find("@prefix org: <http://www.w3.org/ns/org#> ."), std::string::npos);
  EXPECT_EQ(ttl.find("@base"), std::string::npos);
  EXPECT_EQ(ttl.find("<>"), std::string::npos);
}

TEST(ExportTest, TurtleReadsBackWithTheFacts) {
  auto kg = SmallGraph();
  testing::TempDir dir;
  {
    AtomicFileSink sink(dir / "graph.ttl");
    WriteTurtle(kg, sink);
    sink.Commit();
  }
  auto store = RdfStore::Open(dir.path());
  auto r = store->Query(
      "SELECT ?name WHERE { ?m org:role ckg:Governor ; org:member ?p ; org:organization ?g . ?p rdfs:label ?name . "
      "?g rdfs:label \"東京都\"@zh-Hant }");
  ASSERT_EQ(r.rows.size(), 1u);
  EXPECT_EQ(r.rows[0][0]->value, "佐藤健一");
  auto met = store->Query("ASK { ?a ckg:metWith ?b . ?a rdfs:label \"張文山\"@zh-Hant . ?b rdfs:label \"佐藤健一\"@zh-Hant }");
  EXPECT_TRUE(met.boolean);
  auto ev = store->Query("SELECT ?q WHERE { ?m a org:Membership ; ckg:evidence ?e . ?e ckg:quote ?q ; ckg:start ?s }");
  EXPECT_FALSE(ev.rows.empty());
}

TEST(ExportTest, SameGraphSameBytes) {
  StringSink a, b;
  WriteTurtle(SmallGraph(), a);
  WriteTurtle(SmallGraph(), b);
  EXPECT_EQ(a.str(), b.str());
}

TEST(ExportTest, GraphmlDeclaresKeysAndLabelsEdges) {
  auto kg = SmallGraph();
  StringSink sink;
  auto stats = WriteGraphml(kg, sink);
  pugi::xml_document doc;
  ASSERT_TRUE(doc.load_string(sink.str().c_str()));
  auto root = doc.child("graphml");
  std::set<std::string> names;
  for (auto k : root.children("key")) {
    EXPECT_FALSE(std::string(k.attribute("for").value()).empty());
    std::string type = k.attribute("attr.type").value();
    EXPECT_TRUE(type == "string" || type == "double" || type == "int") << type;
    names.insert(std::string(k.attribute("for").value()) + ":" + k.attribute("attr.name").value());
  }
  EXPECT_TRUE(names.count("node:label") && names.count("node:type") && names.count("edge:weight"));
  size_t nodes = 0, edges = 0;
  std::set<std::string> ids;
  for (auto n : root.child("graph").children("node")) {
    ++nodes;
    EXPECT_TRUE(ids.insert(n.attribute("id").value()).second);
  }
  for (auto e : root.child("graph").children("edge")) {
    ++edges;
    EXPECT_TRUE(ids.insert(e.attribute("id").value()).second);
    EXPECT_FALSE(std::string(e.attribute("label").value()).empty());
  }
  EXPECT_EQ(nodes, stats.nodes);
  EXPECT_EQ(edges, stats.edges);
}

TEST(ExportTest, XmlSafeRemovesForbiddenCharacters) {
  EXPECT_EQ(XmlSafe(std::string("a\x01" "b\x0B" "c\td", 7)), "abc\td");
  EXPECT_EQ(XmlSafe("\xEF\xBF\xBE" "x"), "x");
  EXPECT_EQ(XmlSafe("臺北<&>\"😀"), "臺北<&>\"😀");
}

TEST(ExportTest, AtomicSinkLeavesThePreviousFileWhenNotCommitted) {
  testing::TempDir dir;
  std::ofstream(dir / "graph.ttl") << "old";
  {
    AtomicFileSink sink(dir / "graph.ttl");
    sink.Write("new half-written");
  }
  std::ifstream in(dir / "graph.ttl");
  std::string s((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  EXPECT_EQ(s, "old");
  EXPECT_FALSE(std::filesystem::exists(dir / ("graph.ttl.tmp." + std::to_string(::getpid()))));
}

}  // namespace
}  // namespace citykg::exporter
