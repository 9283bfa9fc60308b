#include "graph/knowledge_graph.h"

#include <gtest/gtest.h>

#include "graph/query.h"
#include "test_util.h"

namespace citykg::graph {
namespace {

using ontology::EntityKind;

KnowledgeGraph Build(const std::vector<std::pair<std::string, std::string>>& docs) {
  KnowledgeGraph kg;
  for (const auto& [name, text] : docs) kg.Add(testing::ExtractText(text, name));
  kg.Finalize();
  return kg;
}

size_t CountKind(const KnowledgeGraph& kg, EntityKind k) {
  size_t n = 0;
  for (auto v : boost::make_iterator_range(boost::vertices(kg.graph())))
    if (kg.graph()[v].kind == k) ++n;
  return n;
}

TEST(GraphTest, SamePersonInTwoReportsIsOneNode) {
  auto kg = Build({{"a.txt", "拜會京都府知事佐藤健一，雙方交換意見。"}, {"b.txt", "京都府知事佐藤健一出席開幕式。"}});
  auto v = kg.FindByName("佐藤健一");
  ASSERT_EQ(v.size(), 1u);
  EXPECT_EQ(kg.graph()[v[0]].sources.size(), 2u);
}

TEST(GraphTest, LatinAndHanNamesMergeAcrossReports) {
  auto kg = Build({{"a.txt", "拜會釜山廣域市副市長成大植(Seong Dae-sik)。"}, {"b.txt", "與釜山廣域市副市長 Seong Dae-sik 會面。"}});
  EXPECT_EQ(kg.FindByName("成大植").size(), 1u);
  EXPECT_EQ(kg.FindByName("成大植"), kg.FindByName("Seong Dae-sik"));
}

TEST(GraphTest, ShortFormResolvesAcrossReportsBySurnameAndPost) {
  auto kg = Build({{"a.txt", "服務機關：臺北市政府\n臺北市長張文山率團出訪上海。"},
                   {"b.txt", "服務機關：臺北市政府\n此行由張市長率團，拜會臺拉維夫 David Cohen 市長。"}});
  auto v = kg.FindByName("張文山");
  ASSERT_EQ(v.size(), 1u);
  // The short form's meeting now belongs to the full name.
  bool met = false;
  for (auto e : boost::make_iterator_range(boost::out_edges(v[0], kg.graph())))
    if (kg.graph()[e].kind == ontology::RelationKind::kMetWith) met = true;
  EXPECT_TRUE(met);
  EXPECT_TRUE(kg.FindByName("張市長").empty());
}

TEST(GraphTest, UnresolvedShortFormsAreDropped) {
  auto kg = Build({{"a.txt", "服務機關：臺北市政府\n晚宴由上海市政府宗副市長主持，衛生局黃局長出席。"}});
  EXPECT_EQ(CountKind(kg, EntityKind::kPerson), 0u);
}

TEST(GraphTest, InputOrderDoesNotMatter) {
  std::vector<std::pair<std::string, std::string>> docs{
      {"a.txt", "服務機關：臺北市政府\n臺北市長張文山拜會東京都知事佐藤健一。"},
      {"b.txt", "服務機關：臺中市政府\n臺中市副市長林一心與東京都知事佐藤健一會面。"}};
  auto k1 = Build(docs);
  std::reverse(docs.begin(), docs.end());
  auto k2 = Build(docs);
  ASSERT_EQ(boost::num_vertices(k1.graph()), boost::num_vertices(k2.graph()));
  for (size_t i = 0; i < boost::num_vertices(k1.graph()); ++i) EXPECT_EQ(k1.graph()[i].iri, k2.graph()[i].iri);
  EXPECT_EQ(boost::num_edges(k1.graph()), boost::num_edges(k2.graph()));
}

TEST(GraphTest, ShortestPathThroughAMeeting) {
  auto kg = Build({{"a.txt", "服務機關：臺北市政府\n臺北市長張文山拜會東京都知事佐藤健一。"}});
  auto a = kg.FindByName("臺北市"), b = kg.FindByName("東京都");
  ASSERT_EQ(a.size(), 1u);
  ASSERT_EQ(b.size(), 1u);
  auto paths = ShortestPaths(kg, a[0], b[0], {});
  ASSERT_EQ(paths.size(), 1u);
  EXPECT_EQ(paths[0].size(), 3u);  // 臺北市 ← 張文山 — 佐藤健一 → 東京都
}

TEST(GraphTest, MintedIrisAreStable) {
  auto kg = Build({{"a.txt", "拜會京都府知事佐藤健一。"}});
  auto v = kg.FindByName("京都府");
  ASSERT_EQ(v.size(), 1u);
  EXPECT_EQ(kg.graph()[v[0]].iri.rfind("https://w3id.org/citykg/id/place/", 0), 0u);
  auto p = kg.FindByName("佐藤健一");
  ASSERT_EQ(p.size(), 1u);
  EXPECT_EQ(kg.graph()[p[0]].iri, "https://w3id.org/citykg/id/person/佐藤健一");
}

}  // namespace
}  // namespace citykg::graph
