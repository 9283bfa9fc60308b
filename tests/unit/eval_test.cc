#include "eval/eval.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace citykg::eval {
namespace {

TEST(EvalTest, PlacesCompareOnBaseAndSuffix) {
  EXPECT_TRUE(SamePlace("首爾", "首爾特別市"));
  EXPECT_TRUE(SamePlace("台中市", "臺中市"));
  EXPECT_TRUE(SamePlace("臺北市政府", "臺北市"));
  EXPECT_FALSE(SamePlace("臺東市", "臺東縣"));
  EXPECT_FALSE(SamePlace("大阪市", "大阪府"));
  EXPECT_TRUE(SamePlace("杭州", "杭州市"));  // 州 of 杭州 is part of the name
  EXPECT_TRUE(SamePlace("福州", "福州市"));
}

TEST(EvalTest, NamesCompareAfterFolding) {
  EXPECT_TRUE(SameName("Māris Sprindžuks", "Maris Sprindzuks"));
  EXPECT_TRUE(SameName("G-NETS", "G NETS"));
  EXPECT_FALSE(SameName("G-NETS", "G-NET"));
}

GraphView TinyGraph() {
  GraphView g;
  g.entities = {{"p1", "person", {"佐藤健一"}}, {"p2", "person", {"張文山", "張市長"}}, {"p3", "person", {"張文山"}},
                {"c1", "city", {"東京都", "東京"}}, {"c2", "city", {"臺北市"}}, {"o1", "org", {"臺北市政府交通局", "交通局"}}};
  g.posts = {{"p1", "c1", "Governor", "知事"}, {"p2", "c2", "Mayor", "市長"}, {"p2", "o1", "Other", "局長"}};
  g.met = {{"p2", "p1"}, {"p1", "p2"}};
  return g;
}

std::vector<GoldRow> Gold(const std::vector<std::vector<std::string>>& rows) {
  std::vector<GoldRow> out;
  for (const auto& r : rows) out.push_back({r[0], std::vector<std::string>(r.begin() + 1, r.end()), "g.tsv", 1});
  return out;
}

TEST(EvalTest, MeetingDatesScoredApartOnFoundPairs) {
  // A gold meeting with a date counts where the pair was met; it is right where a meeting node of both is on that day.
  GraphView g = TinyGraph();
  g.entities.push_back({"p4", "person", {"李四"}});
  g.met.push_back({"p1", "p4"});
  g.meetings = {{{"p1", "p2"}, "2026-11-03"}, {{"p1", "p2"}, "2026-11-05"}, {{"p1", "p4"}, "2026-11-03"}};
  auto report = Evaluate(g, Gold({{"person", "佐藤健一"},
                                  {"person", "張文山"},
                                  {"person", "李四"},
                                  {"person", "王五"},
                                  {"met", "張文山", "佐藤健一", "2026-11-05"},
                                  {"met", "佐藤健一", "李四", "2026-11-04"},
                                  {"met", "佐藤健一", "王五", "2026-11-04"},
                                  {"met", "張文山", "李四"}}));
  EXPECT_EQ(report.met_dates.dated, 2u);  // (王五 was not met; the last row has no date)
  EXPECT_EQ(report.met_dates.right, 1u);
  ASSERT_EQ(report.met_dates.wrong.size(), 1u);
  EXPECT_EQ(report.met_dates.wrong[0], "佐藤健一\t李四\t2026-11-04\t2026-11-03");
  EXPECT_EQ(report.kinds["met"].gold, 4u);  // (met itself compares pairs only)
}

TEST(EvalTest, ScoresEntitiesOneToOneAndCountsDuplicates) {
  auto report = Evaluate(TinyGraph(), Gold({{"person", "佐藤健一"}, {"person", "張文山"}, {"person", "李四"}}));
  const auto& p = report.kinds["person"];
  EXPECT_EQ(p.gold, 3u);
  EXPECT_EQ(p.predicted, 3u);
  EXPECT_EQ(p.correct, 2u);
  EXPECT_EQ(p.duplicates, 1u);
}

TEST(EvalTest, PostsMatchThroughEntitiesAndDepartments) {
  auto report = Evaluate(TinyGraph(), Gold({{"person", "佐藤健一"},
                                            {"person", "張文山"},
                                            {"city", "臺北市", "臺灣"},
                                            {"post", "佐藤健一", "Governor", "東京"},
                                            {"post", "張文山", "Mayor", "臺北市"},
                                            {"post", "張文山", "Other", "臺北市", "交通局局長"}}));
  const auto& p = report.kinds["post"];
  EXPECT_EQ(p.correct, 3u);
  EXPECT_EQ(p.gold, 3u);
}

// --errors names a wrong entity by its label (the zh-Hant rdfs:label the graph gives it), not by the first of its
// sorted names (which put "Taipei" before 臺北市).
TEST(EvalTest, WrongEntityIsNamedByItsLabel) {
  GraphView g;
  g.entities = {{"c1", "city", {"Taipei", "臺北市"}, "臺北市"}, {"c2", "city", {"Osaka", "大阪市"}}};
  auto report = Evaluate(g, Gold({{"city", "東京都", "日本"}}));
  const auto& wrong = report.kinds["city"].wrong;
  ASSERT_EQ(wrong.size(), 2u);
  EXPECT_NE(std::find(wrong.begin(), wrong.end(), "臺北市"), wrong.end());
  EXPECT_NE(std::find(wrong.begin(), wrong.end(), "Osaka"), wrong.end());  // no label: the first name
}

// A unit of a gold organization modelled as its own organization matches a gold post at the organization whose title
// names the unit; a different organization sharing no opening does not.
TEST(EvalTest, UnitOfAnOrganizationMatchesAPostAtIt) {
  GraphView g;
  g.entities = {{"p1", "person", {"Helen Marsh"}},
                {"p2", "person", {"王大明"}},
                {"o1", "org", {"世界衛生組織西太平洋區署健康促進處"}},
                {"o2", "org", {"國際健康促進處"}}};
  g.posts = {{"p1", "o1", "Other", "處長"}, {"p2", "o2", "Other", "處長"}};
  auto report = Evaluate(g, Gold({{"person", "Helen Marsh"},
                                  {"person", "王大明"},
                                  {"org", "世界衛生組織西太平洋區署"},
                                  {"post", "Helen Marsh", "Other", "世界衛生組織西太平洋區署", "健康促進處處長"},
                                  {"post", "王大明", "Other", "世界衛生組織西太平洋區署", "健康促進處處長"}}));
  EXPECT_EQ(report.kinds["post"].correct, 1u);
}

// And the mirror: a gold post at a place's unit the graph holds at the place, with the unit in the title.
TEST(EvalTest, PostAtAPlacesUnitMatchesThePlaceWithTheUnitInTheTitle) {
  GraphView g;
  g.entities = {{"p1", "person", {"于秀芬"}}, {"p2", "person", {"王大明"}}, {"c1", "city", {"上海市", "上海"}}};
  g.posts = {{"p1", "c1", "Other", "文化和旅遊局局長"}, {"p2", "c1", "Other", "局長"}};
  auto report = Evaluate(g, Gold({{"person", "于秀芬"},
                                  {"person", "王大明"},
                                  {"city", "上海市", "中國"},
                                  {"org", "上海市文化和旅遊局"},
                                  {"post", "于秀芬", "Other", "上海市文化和旅遊局", "局長"},
                                  {"post", "王大明", "Other", "上海市文化和旅遊局", "局長"}}));
  EXPECT_EQ(report.kinds["post"].correct, 1u);  // 王大明's title does not name the unit
}

// Two rows of one gold file are two entities even where their names share only a base (a city and the county named
// after it); rows of two files sharing one merge as before (首爾 = 首爾特別市).
TEST(EvalTest, CityAndCountyOfOneFileStayTwo) {
  GraphView g;
  g.entities = {{"c1", "city", {"慕尼黑", "Munich"}}, {"c2", "city", {"慕尼黑縣"}}, {"c3", "city", {"首爾特別市"}}};
  auto gold = Gold({{"city", "慕尼黑", "德國"}, {"city", "慕尼黑縣", "德國"}});
  gold.push_back({"city", {"首爾", "韓國"}, "a.tsv", 1});
  gold.push_back({"city", {"首爾特別市", "韓國"}, "b.tsv", 1});
  Report r = Evaluate(g, gold);
  EXPECT_EQ(r.kinds.at("city").gold, 3u);
  EXPECT_EQ(r.kinds.at("city").correct, 3u);
  EXPECT_EQ(r.kinds.at("city").duplicates, 0u);
}

// A bare name in one file and the same base with a region's suffix in another (洛杉磯 / 洛杉磯郡) are a city and a
// county: two gold entities, so the graph's two nodes are no duplicate (a bare name and 市 still merge: 首爾 above).
TEST(EvalTest, BareCityAndRegionOfTwoFilesStayTwo) {
  GraphView g;
  g.entities = {{"c1", "city", {"洛杉磯", "Los Angeles"}}, {"c2", "city", {"洛杉磯郡"}}};
  std::vector<GoldRow> gold = {{"city", {"洛杉磯", "美國"}, "a.tsv", 1}, {"city", {"洛杉磯郡", "美國"}, "b.tsv", 1}};
  Report r = Evaluate(g, gold);
  EXPECT_EQ(r.kinds.at("city").gold, 2u);
  EXPECT_EQ(r.kinds.at("city").correct, 2u);
  EXPECT_EQ(r.kinds.at("city").duplicates, 0u);
}

// Two files' places named in full with one base, a city's suffix and a region's (嘉義市, 嘉義縣), stay two, though each
// file also gives the bare name (嘉義) for its own.
TEST(EvalTest, CityAndCountyOfOneBaseInTwoFilesStayTwo) {
  GraphView g;
  g.entities = {{"c1", "city", {"嘉義市", "嘉義"}}, {"c2", "city", {"嘉義縣", "嘉義"}}, {"c3", "city", {"首爾特別市", "首爾市"}}};
  std::vector<GoldRow> gold = {{"city", {"嘉義市", "臺灣", "嘉義"}, "a.tsv", 1}, {"city", {"嘉義縣", "臺灣", "嘉義"}, "b.tsv", 1},
                               // (Two city suffixes of one city still merge: 首爾市, 首爾特別市.)
                               {"city", {"首爾市", "韓國", "首爾"}, "a.tsv", 2}, {"city", {"首爾特別市", "韓國", "首爾"}, "b.tsv", 2}};
  Report r = Evaluate(g, gold);
  EXPECT_EQ(r.kinds.at("city").gold, 3u);
  EXPECT_EQ(r.kinds.at("city").correct, 3u);
  EXPECT_EQ(r.kinds.at("city").duplicates, 0u);
}

TEST(EvalTest, MetIsUnordered) {
  auto report = Evaluate(TinyGraph(), Gold({{"person", "佐藤健一"}, {"person", "張文山"}, {"met", "佐藤健一", "張文山"}}));
  EXPECT_EQ(report.kinds["met"].predicted, 1u);
  EXPECT_EQ(report.kinds["met"].correct, 1u);
}

// Two gold files stating one membership with different names of the organization (one report writes UCLG ASPAC's
// Chinese name one way, another report another way; both give the abbreviation) state one fact.
TEST(EvalTest, OneFactUnderTwoNamesOfAnEntityCountsOnce) {
  GraphView g;
  g.entities = {{"c1", "city", {"峴港市"}}, {"o1", "org", {"城市與地方政府聯合會亞太分會", "UCLG ASPAC"}}};
  g.members = {{"c1", "o1"}};
  std::vector<GoldRow> gold = {{"org", {"城市與地方政府聯合會亞太分會", "UCLG ASPAC"}, "a.tsv", 1},
                               {"city", {"峴港市", "越南"}, "a.tsv", 2},
                               {"member", {"峴港市", "城市與地方政府聯合會亞太分會"}, "a.tsv", 3},
                               {"org", {"世界城市暨地方政府聯合組織亞太區", "UCLG ASPAC"}, "b.tsv", 1},
                               {"city", {"峴港市", "越南"}, "b.tsv", 2},
                               {"member", {"峴港市", "世界城市暨地方政府聯合組織亞太區"}, "b.tsv", 3}};
  auto report = Evaluate(g, gold);
  EXPECT_EQ(report.kinds["member"].gold, 1u);
  EXPECT_EQ(report.kinds["member"].correct, 1u);
}

// Two files' departments that share only their bare name (農業處 of two counties) are two gold entities: each file's
// short form is relative to its publisher. A full name shared still merges.
TEST(EvalTest, DepartmentsSharingOnlyTheirShortNameStayTwo) {
  GraphView g;
  g.entities = {{"o1", "org", {"新竹縣政府農業處", "農業處"}}, {"o2", "org", {"屏東縣政府農業處", "農業處"}}};
  std::vector<GoldRow> gold = {{"org", {"新竹縣政府農業處", "農業處"}, "a.tsv", 1},
                               {"org", {"屏東縣政府農業處", "農業處"}, "b.tsv", 1},
                               {"org", {"屏東縣政府農業處"}, "c.tsv", 1}};
  auto report = Evaluate(g, gold);
  EXPECT_EQ(report.kinds["org"].gold, 2u);
  EXPECT_EQ(report.kinds["org"].correct, 2u);
  EXPECT_EQ(report.kinds["org"].duplicates, 0u);
}

// So are two files' departments that share only a short name not ending theirs (研考會 of two cities' commissions).
TEST(EvalTest, DepartmentsSharingOnlyAnAbbreviationStayTwo) {
  GraphView g;
  g.entities = {{"o1", "org", {"臺南市政府研究發展考核委員會", "研考會"}}, {"o2", "org", {"新北市政府研究發展考核委員會", "研考會"}}};
  std::vector<GoldRow> gold = {{"org", {"臺南市政府研究發展考核委員會", "研考會"}, "a.tsv", 1},
                               {"org", {"新北市政府研究發展考核委員會", "研考會"}, "b.tsv", 1}};
  auto report = Evaluate(g, gold);
  EXPECT_EQ(report.kinds["org"].gold, 2u);
  EXPECT_EQ(report.kinds["org"].correct, 2u);
  EXPECT_EQ(report.kinds["org"].duplicates, 0u);
}

// Two files' persons who share only a short form (張局長, a surname and a title) are two gold entities: the form names
// someone only within its report. A full name shared still merges.
TEST(EvalTest, PersonsSharingOnlyAShortFormStayTwo) {
  GraphView g;
  g.entities = {{"p1", "person", {"張雅婷", "張局長"}}, {"p2", "person", {"張凱翔", "張局長"}}};
  std::vector<GoldRow> gold = {{"person", {"張雅婷", "張局長"}, "a.tsv", 1},
                               {"person", {"張凱翔", "張局長"}, "b.tsv", 1},
                               {"person", {"張凱翔"}, "c.tsv", 1}};
  auto report = Evaluate(g, gold);
  EXPECT_EQ(report.kinds["person"].gold, 2u);
  EXPECT_EQ(report.kinds["person"].correct, 2u);
  EXPECT_EQ(report.kinds["person"].duplicates, 0u);
}

// Two files' places of one name in two countries (聖安東尼奧市 of the US and of Chile) are two gold entities, matched
// by the graph's two nodes with no duplicate; the same place in two files stays one.
TEST(EvalTest, PlacesOfOneNameInTwoCountriesStayTwo) {
  GraphView g;
  g.entities = {{"c1", "city", {"聖安東尼奧", "聖安東尼奧市"}}, {"c2", "city", {"聖安東尼奧"}}};
  std::vector<GoldRow> gold = {{"city", {"聖安東尼奧市", "美國"}, "a.tsv", 1},
                               {"city", {"聖安東尼奧市", "智利", "聖安東尼奧"}, "b.tsv", 1},
                               {"city", {"聖安東尼奧市", "美國"}, "c.tsv", 1}};
  auto report = Evaluate(g, gold);
  EXPECT_EQ(report.kinds["city"].gold, 2u);
  EXPECT_EQ(report.kinds["city"].correct, 2u);
  EXPECT_EQ(report.kinds["city"].duplicates, 0u);
}

TEST(EvalTest, GoldOrderDoesNotChangeScores) {
  std::vector<GoldRow> gold;
  int line = 0;
  for (const auto& r : std::vector<std::vector<std::string>>{{"person", "佐藤健一"}, {"person", "張文山"}, {"post", "張文山", "Mayor", "臺北市"},
                                                            {"post", "張文山", "Other", "臺北市", "局長"}, {"city", "臺北市", "臺灣"}})
    gold.push_back({r[0], std::vector<std::string>(r.begin() + 1, r.end()), line % 2 ? "b.tsv" : "a.tsv", ++line});
  auto a = Evaluate(TinyGraph(), gold);
  std::reverse(gold.begin(), gold.end());
  auto b = Evaluate(TinyGraph(), gold);
  for (const auto& k : KindOrder()) {
    EXPECT_EQ(a.kinds[k].correct, b.kinds[k].correct) << k;
    EXPECT_EQ(a.kinds[k].gold, b.kinds[k].gold) << k;
  }
}

TEST(EvalTest, BadGoldRowNamesTheLine) {
  EXPECT_THROW(ReadGold("/nonexistent/gold.tsv"), GoldError);
}

}  // namespace
}  // namespace citykg::eval
