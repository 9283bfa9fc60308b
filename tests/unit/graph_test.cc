#include "graph/knowledge_graph.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "export/sink.h"
#include "export/turtle.h"
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

// Documents are merged as they arrive (on any thread, in any order); whatever the first document decides (a
// node's label, its English name, its country) must come from the first document by name, so every order gives
// the same bytes.
TEST(GraphTest, EveryArrivalOrderGivesTheSameTurtle) {
  std::vector<std::pair<std::string, std::string>> docs{
      {"a.txt", "服務機關：台北市政府\n台北市長張文山拜會東京都知事佐藤健一。"},
      {"b.txt", "服務機關：臺北市政府\n臺北市長張文山(Chang Wen-shan)與日本東京都知事佐藤健一會面。"},
      {"c.txt", "服務機關：臺中市政府\n臺中市副市長林一心出席世界城市高峰會，與臺北市長張文山(Zhang Wenshan)及東京都知事佐藤健一(Sato Kenichi)會面。"}};
  std::sort(docs.begin(), docs.end());
  std::string first;
  do {
    exporter::StringSink ttl;
    exporter::WriteTurtle(Build(docs), ttl);
    if (first.empty()) first = ttl.str();
    EXPECT_EQ(ttl.str(), first) << "order " << docs[0].first << docs[1].first << docs[2].first;
  } while (std::next_permutation(docs.begin(), docs.end()));
  EXPECT_NE(first.find("Chang Wen-shan"), std::string::npos);
}

// The same entity as three documents know it, each with another label, English name and country: the document
// first by name decides, in whatever order they arrive.
TEST(GraphTest, FirstDocumentByNameDecidesWhateverArrivesFirst) {
  auto doc = [](std::string name, std::string label, std::string en, std::string country) {
    extract::ExtractedDocument d;
    d.source.name = d.source.path = std::move(name);
    auto entity = [](std::string key, EntityKind kind, std::string written) {
      extract::Entity e;
      e.key = std::move(key);
      e.kind = kind;
      e.label = std::move(written);
      return e;
    };
    extract::Entity city = entity("place:Q1", EntityKind::kCity, std::move(label));
    city.label_en = std::move(en);
    city.country = std::move(country);
    d.entities = {city, entity("country:JP", EntityKind::kCountry, "日本"), entity("country:KR", EntityKind::kCountry, "韓國")};
    return d;
  };
  std::vector<int> order{0, 1, 2};
  do {
    std::vector<extract::ExtractedDocument> docs{doc("b.txt", "乙市", "B City", "country:KR"),
                                                 doc("a.txt", "甲市", "A City", "country:JP"),
                                                 doc("c.txt", "丙市", "", "")};
    KnowledgeGraph kg;
    for (int i : order) kg.Add(docs[static_cast<size_t>(i)]);
    kg.Finalize();
    auto v = kg.FindByName("甲市");
    ASSERT_EQ(v.size(), 1u);
    const Node& n = kg.graph()[v[0]];
    EXPECT_EQ(n.label, "甲市");
    EXPECT_EQ(n.label_en, "A City");
    EXPECT_EQ(n.names, (std::vector<std::string>{"丙市", "乙市"}));
    std::string country;
    for (auto e : boost::make_iterator_range(boost::out_edges(v[0], kg.graph())))
      if (kg.graph()[e].kind == ontology::RelationKind::kCountry) country = kg.graph()[boost::target(e, kg.graph())].label;
    EXPECT_EQ(country, "日本");
  } while (std::next_permutation(order.begin(), order.end()));
}

// Two countries' bodies with one generic name (…地方政府協會) stay two: the name without its country is no alias.
TEST(GraphTest, GenericNamesOfTwoCountriesStayApart) {
  auto kg = Build({{"a.txt", "澳大利亞地方政府協會副主席 Anne Clark 出席會議。"}, {"b.txt", "紐西蘭地方政府協會主席 Tom Hill 出席會議。"}});
  ASSERT_EQ(kg.FindByName("澳大利亞地方政府協會").size(), 1u);
  ASSERT_EQ(kg.FindByName("紐西蘭地方政府協會").size(), 1u);
  EXPECT_NE(kg.FindByName("澳大利亞地方政府協會"), kg.FindByName("紐西蘭地方政府協會"));
}

// Two persons a short transliterated name stands for in two reports, each glossed with a Latin name and the two
// different (拉斯穆森 (Søren Rasmussen), 蘇菲.拉斯穆森 (Sophie Rasmussen)), stay two nodes; one glossed alike joins.
TEST(GraphTest, PersonsSharingAShortNameWithDifferentLatinNamesStayApart) {
  auto kg = Build({{"a.txt", "拜會歐登塞市，由副市長拉斯穆森（Søren Rasmussen）接見。"},
                   {"b.txt", "拜會哥本哈根市，由市長蘇菲.拉斯穆森（Sophie Rasmussen）接見，拉斯穆森市長表示歡迎。"}});
  ASSERT_EQ(kg.FindByName("Søren Rasmussen").size(), 1u);
  ASSERT_EQ(kg.FindByName("Sophie Rasmussen").size(), 1u);
  EXPECT_NE(kg.FindByName("Søren Rasmussen"), kg.FindByName("Sophie Rasmussen"));
  auto one = Build({{"a.txt", "拜會哥本哈根市，由市長拉斯穆森（Sophie Rasmussen）接見。"},
                    {"b.txt", "拜會哥本哈根市，由市長蘇菲.拉斯穆森（Sophie Rasmussen）接見，拉斯穆森市長表示歡迎。"}});
  EXPECT_EQ(one.FindByName("拉斯穆森").size(), 1u);
  EXPECT_EQ(one.FindByName("拉斯穆森"), one.FindByName("蘇菲.拉斯穆森"));
}

// Two governments' departments of one long name, each written bare in its own report (研究發展考核委員會 of 臺南市政府 and
// of 新竹市政府), stay two: the bare name is a local short name, not an identity.
TEST(GraphTest, LongDepartmentNamesOfTwoCitiesStayApart) {
  auto kg = Build({{"a.txt", "臺南市政府出國報告\n服務機關：臺南市政府\n出國人員：副市長 趙大明、研究發展考核委員會主任委員 韓小強\n"},
                   {"b.txt", "新竹市政府出國報告\n服務機關：新竹市政府\n出國人員：副市長 高大明、研究發展考核委員會主任委員 李小華\n"}});
  ASSERT_EQ(kg.FindByName("臺南市政府研究發展考核委員會").size(), 1u);
  ASSERT_EQ(kg.FindByName("新竹市政府研究發展考核委員會").size(), 1u);
  EXPECT_NE(kg.FindByName("臺南市政府研究發展考核委員會"), kg.FindByName("新竹市政府研究發展考核委員會"));
}

// A department's short name written without its government (研考會) is every city's: two cities' commissions that both
// go by it stay two nodes.
TEST(GraphTest, DepartmentsSharingAShortNameStayApart) {
  auto kg = Build({{"a.txt", "臺南市政府出國報告\n服務機關：臺南市政府研究發展考核委員會\n出國人員：主任委員 韓小強\n"
                             "本次由研考會韓主委率團出訪。\n"},
                   {"b.txt", "新北市政府出國報告\n服務機關：新北市政府研究發展考核委員會\n出國人員：主任委員 李小華\n"
                             "本次由研考會李主委率團出訪。\n"}});
  ASSERT_EQ(kg.FindByName("臺南市政府研究發展考核委員會").size(), 1u);
  ASSERT_EQ(kg.FindByName("新北市政府研究發展考核委員會").size(), 1u);
  EXPECT_NE(kg.FindByName("臺南市政府研究發展考核委員會"), kg.FindByName("新北市政府研究發展考核委員會"));
  // (A body a report names by the short name alone joins the one government's department going by it.)
  const std::string bare = "會議紀錄\n5. 研考會主委王大同補充說明，本案將持續追蹤。\n";
  auto one = Build({{"b.txt", "新北市政府出國報告\n服務機關：新北市政府研究發展考核委員會\n出國人員：主任委員 李小華\n"
                              "本次由研考會李主委率團出訪。\n"},
                    {"c.txt", bare}});
  ASSERT_EQ(one.FindByName("研考會").size(), 1u);
  EXPECT_EQ(one.FindByName("研考會"), one.FindByName("新北市政府研究發展考核委員會"));
}

// A Taiwanese government's department named in an English release (Department of Cultural Affairs, the publisher's; the
// Keelung City Department of Industry Development, another city's) is the body a Chinese report names (新竹市政府文化局,
// 基隆市政府產業發展處): one node, its Chinese name leading. Where a government has two bodies that the English name
// could be (苗栗縣政府文化局 and 苗栗縣政府文化處), it joins neither.
TEST(GraphTest, EnglishNamedDepartmentsOfTaiwaneseGovernmentsMergeWithTheirChineseNames) {
  auto kg = Build(
      {{"a.txt",
        "Hsinchu City Government Press Release\nMarch 3, 2027\n\n"
        "Mayor Cheryl Moore of Bellevue, Washington, visited Hsinchu City on March 2 and was received by Hsinchu City Mayor "
        "Kao Ming-hui. In the afternoon, Director Lee Wei-min of the Department of Cultural Affairs briefed the visitors, and "
        "Director-General Wu Chia-hao of the Keelung City Department of Industry Development and Director Chang Yi-fan of the "
        "Miaoli County Department of Cultural Affairs joined the talks.\n"},
       {"b.txt", "新竹市政府出國報告\n服務機關：新竹市政府文化局\n出國人員：局長 李偉民\n"},
       {"d.txt", "基隆市政府出國報告\n服務機關：基隆市政府產業發展處\n出國人員：處長 吳嘉豪\n"},
       {"c.txt", "苗栗縣政府出國報告\n出國人員：苗栗縣政府文化局局長張逸帆、苗栗縣政府文化處處長陳立德\n"}});
  auto culture = kg.FindByName("新竹市政府文化局");
  ASSERT_EQ(culture.size(), 1u);
  EXPECT_EQ(kg.graph()[culture[0]].label, "新竹市政府文化局");
  EXPECT_EQ(kg.FindByName("新竹市政府 Department of Cultural Affairs"), culture);
  auto industry = kg.FindByName("基隆市政府產業發展處");
  ASSERT_EQ(industry.size(), 1u);
  EXPECT_EQ(kg.FindByName("Keelung City Department of Industry Development"), industry);
  auto miaoli = kg.FindByName("Miaoli County Department of Cultural Affairs");
  ASSERT_EQ(miaoli.size(), 1u);
  EXPECT_NE(miaoli, kg.FindByName("苗栗縣政府文化局"));
  EXPECT_NE(miaoli, kg.FindByName("苗栗縣政府文化處"));
}

// One of Taiwan's missions named in English in one report (Taipei Economic and Cultural Office in Boston) and in Chinese
// in another (駐波士頓台北經濟文化辦事處) is one node, its Chinese name leading.
TEST(GraphTest, TaiwansMissionNamedInEnglishMergesWithItsChineseName) {
  auto kg = Build(
      {{"a.txt",
        "Hsinchu City Government Press Release\nMarch 3, 2027\n\n"
        "Mayor Cheryl Moore of Bellevue, Washington, visited Hsinchu City on March 2 and was received by Hsinchu City Mayor "
        "Kao Ming-hui. Director-General Amy Lin of the Taipei Economic and Cultural Office in Boston joined the talks.\n"},
       {"b.txt", "新竹市政府出國報告\n\n一、3月10日拜會駐波士頓台北經濟文化辦事處，由處長林美惠接見。\n"}});
  auto office = kg.FindByName("駐波士頓台北經濟文化辦事處");
  ASSERT_EQ(office.size(), 1u);
  EXPECT_EQ(kg.graph()[office[0]].label, "駐波士頓台北經濟文化辦事處");
  EXPECT_EQ(kg.FindByName("Taipei Economic and Cultural Office in Boston"), office);
}

// Two prefectures' friendship leagues (宮城縣議會日台友好議員聯盟, 山形縣議會日台友好議員聯盟) are two bodies, though each goes by
// the league's name without its prefecture (日台友好議員聯盟): every prefecture's assembly has one.
TEST(GraphTest, APlacesBodiesThatShareTheirNameWithoutThePlaceStayApart) {
  auto kg = Build({{"a.txt", "臺中市政府出國報告\n\n訪團拜會宮城縣知事渡邊剛，宮城縣議會日台友好議員聯盟會長山口健次議員亦在座。\n"},
                   {"b.txt", "宜蘭縣政府出國報告\n\n7月7日下午拜會山形縣議會，與山形縣議會日台友好議員聯盟幹事長佐藤智子議員座談。\n"}});
  auto miyagi = kg.FindByName("宮城縣議會日台友好議員聯盟");
  auto yamagata = kg.FindByName("山形縣議會日台友好議員聯盟");
  ASSERT_EQ(miyagi.size(), 1u);
  ASSERT_EQ(yamagata.size(), 1u);
  EXPECT_NE(miyagi, yamagata);
}

TEST(GraphTest, StringPoolKeepsOneStableCopy) {
  StringPool pool;
  std::string_view a = pool.Intern("臺北市長張文山拜會東京都知事。");
  std::vector<std::string_view> many;
  for (int i = 0; i < 20000; ++i) many.push_back(pool.Intern("sentence " + std::to_string(i) + std::string(100, 'x')));
  std::string big(600000, 'y');  // larger than a block
  std::string_view b = pool.Intern(big);
  EXPECT_EQ(a, "臺北市長張文山拜會東京都知事。");  // still valid after many blocks
  EXPECT_EQ(pool.Intern("臺北市長張文山拜會東京都知事。").data(), a.data());
  EXPECT_EQ(b, big);
  EXPECT_EQ(many[12345], "sentence 12345" + std::string(100, 'x'));
  EXPECT_EQ(pool.size(), 20002u);
  EXPECT_TRUE(pool.Intern("").empty());
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
