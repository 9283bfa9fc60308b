#include <gtest/gtest.h>

#include <pugixml.hpp>

#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "export/graphml.h"
#include "export/rdf_store.h"
#include "export/sink.h"
#include "export/turtle.h"
#include "export/xml_stream.h"
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

// The streamed writer must write what pugixml's DOM writer wrote before it (layout and escaping), so files stay
// byte-identical and every XML reader takes them.
TEST(ExportTest, XmlStreamWritesWhatPugixmlWrites) {
  const std::string hostile = "a\"b<c>d&e'f\tg\nh\ri 臺北";
  pugi::xml_document doc;
  auto decl = doc.append_child(pugi::node_declaration);
  decl.append_attribute("version") = "1.0";
  decl.append_attribute("encoding") = "UTF-8";
  auto root = doc.append_child("root");
  root.append_attribute("xmlns") = "urn:x";
  auto empty = root.append_child("empty");
  empty.append_attribute("v") = hostile.c_str();
  auto text = root.append_child("text");
  text.append_attribute("k") = "d0";
  text.text().set(hostile.c_str());
  auto nested = root.append_child("nested");
  nested.append_child("inner").text().set("x");
  nested.append_child("bare");
  root.append_child("last").append_attribute("n") = 42;
  std::ostringstream expected;
  doc.save(expected, "  ", pugi::format_indent, pugi::encoding_utf8);

  StringSink sink;
  XmlStream xml(sink);
  xml.Open("root");
  xml.Attribute("xmlns", "urn:x");
  xml.Open("empty");
  xml.Attribute("v", hostile);
  xml.Close();
  xml.Leaf("text", "k", "d0", hostile);
  xml.Open("nested");
  xml.Leaf("inner", {}, {}, "x");
  xml.Open("bare");
  xml.Close();
  xml.Close();
  xml.Open("last");
  xml.Attribute("n", 42);
  xml.Finish();
  EXPECT_EQ(sink.str(), expected.str());
  EXPECT_THROW(xml.Close(), std::logic_error);
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

namespace citykg::exporter {
namespace {

TEST(GephiTest, GraphmlFollowsTheSchemaRulesThatMatter) {
  graph::KnowledgeGraph kg;
  kg.Add(testing::ExtractText("服務機關：臺北市政府\n臺北市長張文山拜會東京都知事佐藤健一，雙方交換意見。", "a.txt"));
  kg.Finalize();
  for (const View& view : {FullView(kg), CityView(kg)}) {
    StringSink sink;
    WriteGraphml(view, sink);
    pugi::xml_document doc;
    ASSERT_TRUE(doc.load_string(sink.str().c_str()));
    std::set<std::string> ids, weight_keys;
    for (auto k : doc.child("graphml").children("key")) {
      std::string f = k.attribute("for").value(), name = k.attribute("attr.name").value(), type = k.attribute("attr.type").value();
      EXPECT_TRUE(f == "node" || f == "edge") << f;
      EXPECT_FALSE(name.empty());
      EXPECT_EQ(name.find_first_of(" \t\n"), std::string::npos) << "attr.name must be an NMTOKEN: " << name;
      EXPECT_TRUE(type == "boolean" || type == "int" || type == "long" || type == "float" || type == "double" ||
                  type == "string")
          << type;
      if (name == "weight") weight_keys.insert(k.attribute("id").value());
    }
    for (auto n : doc.child("graphml").child("graph").children()) {
      std::string id = n.attribute("id").value();
      EXPECT_FALSE(id.empty());
      EXPECT_TRUE(ids.insert(id).second) << "duplicate id " << id;
      for (auto d : n.children("data"))
        if (weight_keys.count(d.attribute("key").value())) {
          EXPECT_GT(d.text().as_double(), 0.0);
        }
    }
  }
}

TEST(GephiTest, GexfCarriesTimeAndViz) {
  graph::KnowledgeGraph kg;
  kg.Add(testing::ExtractText("服務機關：臺北市政府\n報告日期：113年6月1日\n2024年5月16日臺北市長張文山拜會東京都知事佐藤健一。", "a.txt"));
  kg.Add(testing::ExtractText("服務機關：臺北市政府\n報告日期：114年6月1日\n2025年5月10日臺北市長張文山拜會大阪府知事鈴木一郎。", "b.txt"));
  kg.Finalize();
  StringSink sink;
  WriteGexf(FullView(kg), sink);
  pugi::xml_document doc;
  ASSERT_TRUE(doc.load_string(sink.str().c_str()));
  auto gexf = doc.child("gexf");
  EXPECT_STREQ(gexf.attribute("xmlns").value(), "http://gexf.net/1.3");
  EXPECT_STREQ(gexf.attribute("xmlns:viz").value(), "http://gexf.net/1.3/viz");
  auto graph = gexf.child("graph");
  EXPECT_STREQ(graph.attribute("mode").value(), "dynamic");
  EXPECT_STREQ(graph.attribute("timeformat").value(), "date");
  std::set<std::string> edge_starts;
  for (auto e : graph.child("edges").children("edge"))
    if (std::string(e.attribute("kind").value()) == "metWith") edge_starts.insert(e.attribute("start").value());
  EXPECT_TRUE(edge_starts.count("2024-05-16")) << "meeting of 2024";
  EXPECT_TRUE(edge_starts.count("2025-05-10")) << "meeting of 2025";
  size_t with_viz = 0;
  for (auto n : graph.child("nodes").children("node"))
    if (n.child("viz:color") && n.child("viz:size")) ++with_viz;
  EXPECT_GT(with_viz, 0u);
}

TEST(GephiTest, CityNetworkLinksCitiesWhoseOfficialsMet) {
  graph::KnowledgeGraph kg;
  kg.Add(testing::ExtractText("服務機關：臺北市政府\n臺北市長張文山拜會東京都知事佐藤健一，雙方交換意見。", "a.txt"));
  kg.Finalize();
  View v = CityView(kg);
  std::map<std::string, std::string> label;
  v.ForEachNode([&](const ViewNode& n) { label[n.id] = n.label; });
  bool linked = false;
  v.ForEachEdge([&](const ViewEdge& e) {
    std::set<std::string> pair{label[e.source], label[e.target]};
    if (pair == std::set<std::string>{"臺北市", "東京都"}) {
      linked = true;
      EXPECT_EQ(e.counts.at("met"), 1);
      EXPECT_FALSE(v.directed);
    }
  });
  EXPECT_TRUE(linked);
}

TEST(GephiTest, CsvTablesStartWithABom) {
  graph::KnowledgeGraph kg;
  kg.Add(testing::ExtractText("臺北市長張文山拜會東京都知事佐藤健一。", "a.txt"));
  kg.Finalize();
  StringSink nodes, edges;
  View v = FullView(kg);
  WriteNodesCsv(v, nodes);
  WriteEdgesCsv(v, edges);
  EXPECT_EQ(nodes.str().rfind("\xEF\xBB\xBFId,Label,Type", 0), 0u);
  EXPECT_EQ(edges.str().rfind("\xEF\xBB\xBFSource,Target,Type,Id,Label,Weight", 0), 0u);
}

}  // namespace
}  // namespace citykg::exporter

namespace citykg::exporter {
namespace {

// The OPTIONAL groups citykg joins itself (rasqal re-evaluates them unbound per row) must give SPARQL's answers:
// each query is also run with its OPTIONAL body wrapped in one more group, which citykg leaves to rasqal.
TEST(RdfStoreTest, OptionalJoinedByCitykgAnswersLikeTheEngine) {
  testing::TempDir dir;
  {
    std::ofstream ttl(dir / "g.ttl");
    ttl << "@prefix ex: <http://ex/> .\n"
           "ex:a ex:name \"A\" ; ex:date \"2025-01-02\"^^<http://www.w3.org/2001/XMLSchema#date> ; ex:at ex:p .\n"
           "ex:b ex:name \"B\" ; ex:at ex:p , ex:q .\n"
           "ex:c ex:name \"C\"@en ; ex:date \"2024-05-06\"^^<http://www.w3.org/2001/XMLSchema#date> .\n"
           "ex:d ex:name \"D\" ; ex:n 10 .\n ex:e ex:name \"E\" ; ex:n 9 .\n"
           "ex:p ex:label \"P\" . ex:q ex:label \"Q\"@zh-Hant .\n";
  }
  auto store = RdfStore::Open(dir / "g.ttl");
  auto show = [](const QueryResults& r) {
    std::string s = r.kind == QueryResults::Kind::kBoolean ? (r.boolean ? "true" : "false") : "";
    for (const auto& row : r.rows) {
      for (const auto& t : row) s += (t ? NTriplesTerm(*t) : std::string("-")) + " ";
      s += "\n";
    }
    return s;
  };
  const std::string p = "PREFIX ex: <http://ex/>\n";
  struct Case {
    std::string query, expected;
  };
  std::vector<Case> cases = {
      {"SELECT DISTINCT ?n ?d WHERE { ?x ex:name ?n OPTIONAL { ?x ex:date ?d } } ORDER BY ?d ?n",
       "\"B\" - \n\"D\" - \n\"E\" - \n\"C\"@en \"2024-05-06\"^^<http://www.w3.org/2001/XMLSchema#date> \n"
       "\"A\" \"2025-01-02\"^^<http://www.w3.org/2001/XMLSchema#date> \n"},
      // two OPTIONALs, the second through the first's variable; several matches make several rows, and where the
      // first left ?y unbound the second matches any ?y (SPARQL's left join)
      {"SELECT DISTINCT ?n ?l WHERE { ?x ex:name ?n OPTIONAL { ?x ex:at ?y } OPTIONAL { ?y ex:label ?l } } "
       "ORDER BY DESC(?n) ?l",
       "\"E\" \"P\" \n\"E\" \"Q\"@zh-hant \n\"D\" \"P\" \n\"D\" \"Q\"@zh-hant \n\"C\"@en \"P\" \n"
       "\"C\"@en \"Q\"@zh-hant \n\"B\" \"P\" \n\"B\" \"Q\"@zh-hant \n\"A\" \"P\" \n"},
      // a filter inside the OPTIONAL decides whether it matches
      {"SELECT DISTINCT ?n ?l WHERE { ?x ex:name ?n ; ex:at ?y OPTIONAL { ?y ex:label ?l FILTER(lang(?l) = \"zh-hant\") } }"
       " ORDER BY ?n ?l",
       "\"A\" - \n\"B\" - \n\"B\" \"Q\"@zh-hant \n"},
      // numbers order by value; LIMIT and OFFSET after ORDER BY
      {"SELECT ?n ?v WHERE { ?x ex:name ?n OPTIONAL { ?x ex:n ?v } FILTER(?n != \"A\") } ORDER BY DESC(?v) ?n LIMIT 3 OFFSET 1",
       "\"E\" \"9\"^^<http://www.w3.org/2001/XMLSchema#integer> \n\"B\" - \n\"C\"@en - \n"},
      {"ASK { ?x ex:name \"A\" OPTIONAL { ?x ex:n ?v } }", "true"},
      {"ASK { ?x ex:name \"Z\" OPTIONAL { ?x ex:n ?v } }", "false"},
  };
  for (const auto& c : cases) {
    OptionalSplit sp;
    ASSERT_TRUE(SplitOptionals(p + c.query, &sp)) << c.query;
    EXPECT_EQ(show(store->Query(p + c.query)), c.expected) << c.query;
    std::string nested = c.query;
    for (size_t at = 0; (at = nested.find("OPTIONAL {", at)) != std::string::npos; at += 12) {
      nested.insert(at + 10, " {");
      nested.insert(nested.find('}', at + 12), "} ");
    }
    ASSERT_FALSE(SplitOptionals(p + nested, &sp)) << nested;
    if (c.query.find("LIMIT") == std::string::npos) {  // rasqal's LIMIT after its own sort is not in question here
      EXPECT_EQ(show(store->Query(p + nested)), c.expected) << nested;
    }
  }
}

}  // namespace
}  // namespace citykg::exporter
