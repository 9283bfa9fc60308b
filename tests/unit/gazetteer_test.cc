#include "extract/gazetteer.h"

#include <gtest/gtest.h>

#include <fstream>
#include <set>
#include <sstream>

#include "extract/normalize.h"
#include "test_util.h"

namespace citykg::extract {
namespace {

struct DataFile {
  const char* name;
  size_t key_column;
  bool sorted;
  bool has_header;
};

// Data is tested like code: every file parses, keys are unique, sorted where the header says so.
class DataFileTest : public ::testing::TestWithParam<DataFile> {};

TEST_P(DataFileTest, KeysAreUniqueAndSorted) {
  const DataFile& f = GetParam();
  std::ifstream in(testing::SourcePath(std::string("ontology/data/") + f.name));
  ASSERT_TRUE(in) << f.name;
  std::string line, previous;
  std::set<std::string> keys;
  bool header = f.has_header;
  int n = 0;
  while (std::getline(in, line)) {
    ++n;
    if (line.empty() || line[0] == '#') continue;
    if (header) {
      header = false;
      continue;
    }
    std::vector<std::string> cols;
    std::stringstream ss(line);
    std::string c;
    while (std::getline(ss, c, '\t')) cols.push_back(c);
    ASSERT_GT(cols.size(), f.key_column) << f.name << ":" << n;
    const std::string& key = cols[f.key_column];
    EXPECT_FALSE(key.empty()) << f.name << ":" << n;
    EXPECT_TRUE(keys.insert(key).second) << f.name << ":" << n << ": duplicate key " << key;
    if (f.sorted) {
      EXPECT_LT(previous, key) << f.name << ":" << n << ": not sorted";
    }
    previous = key;
  }
  EXPECT_GT(keys.size(), 0u);
}

INSTANTIATE_TEST_SUITE_P(Data, DataFileTest,
                         ::testing::Values(DataFile{"titles.tsv", 0, true, false}, DataFile{"surnames.tsv", 0, true, false},
                                           DataFile{"org_suffixes.tsv", 0, true, false},
                                           DataFile{"boundaries.tsv", 0, true, false}, DataFile{"cues.tsv", 0, true, false},
                                           DataFile{"departments_en.tsv", 0, true, false},
                                           DataFile{"orgs.tsv", 0, true, true}, DataFile{"country_aliases.tsv", 0, true, false},
                                           DataFile{"places_extra.tsv", 2, true, true}, DataFile{"countries.tsv", 0, true, true}),
                         [](const auto& param_info) {
                           std::string n = param_info.param.name;
                           return n.substr(0, n.find('.'));
                         });

TEST(GazetteerTest, LoadsEverything) {
  auto g = testing::SharedGazetteer();
  EXPECT_GT(g->places().size(), 30000u);
  EXPECT_GT(g->countries().size(), 200u);
  EXPECT_GT(g->orgs().size(), 10u);
  EXPECT_GT(g->titles().size(), 50u);
}

TEST(GazetteerTest, BadLineNamesFileAndLine) {
  testing::TempDir dir;
  for (const char* f : {"cities.tsv", "countries.tsv", "places_extra.tsv", "orgs.tsv", "surnames.tsv", "org_suffixes.tsv",
                        "boundaries.tsv", "cues.tsv", "country_aliases.tsv", "departments_en.tsv"}) {
    std::ifstream in(testing::SourcePath(std::string("ontology/data/") + f));
    std::ofstream(dir / f) << in.rdbuf();
  }
  std::ofstream(dir / "titles.tsv") << "# header\n市長\tMayor\tgov\n議長\tSpeakerOfTheHouse\torg\n";
  try {
    Gazetteer::Load(dir.path());
    FAIL() << "expected DataError";
  } catch (const DataError& e) {
    EXPECT_EQ(e.line(), 3);
    EXPECT_NE(std::string(e.what()).find("titles.tsv:3"), std::string::npos);
  }
}

TEST(GazetteerTest, MatchesNamesAndVariantsAtAPosition) {
  auto g = testing::SharedGazetteer();
  auto text = Gazetteer::Fold(ToU32("台中市"));
  std::vector<LexMatch> m;
  g->MatchAt(text, 0, &m);
  bool place3 = false;
  for (const auto& x : m)
    for (const auto& e : *x.entries)
      if (e.kind == LexKind::kPlace && x.length == 3) place3 = true;
  EXPECT_TRUE(place3);
}

// English texts often drop a name's diacritics: Poznan, Lodz, Malmo find the places the data name Poznań, Łódź, Malmö
// (NFD's marks dropped, ł read as l), the same row as the name written with them; a name that has a row as written keeps it.
TEST(GazetteerTest, EnglishNamesWithoutDiacritics) {
  auto g = testing::SharedGazetteer();
  for (const auto& [plain, written] : {std::pair{"Poznan", "Poznań"}, std::pair{"Lodz", "Łódź"}, std::pair{"Malmo", "Malmö"},
                                       std::pair{"Sao Paulo", "São Paulo"}}) {
    const int found = g->PlaceByEnglish(plain);
    EXPECT_GE(found, 0) << plain;
    EXPECT_EQ(found, g->PlaceByEnglish(written)) << plain;
  }
  EXPECT_EQ(g->places()[static_cast<size_t>(g->PlaceByEnglish("Paris"))].country, "FR");
}

TEST(GazetteerTest, LatinMatchesOnlyWholeWords) {
  auto g = testing::SharedGazetteer();
  std::vector<LexMatch> m;
  auto inside = Gazetteer::Fold(ToU32("xuclgx"));
  g->MatchAt(inside, 1, &m);
  EXPECT_TRUE(m.empty());
  auto word = Gazetteer::Fold(ToU32("UCLG ASPAC"));
  g->MatchAt(word, 0, &m);
  ASSERT_FALSE(m.empty());
  EXPECT_EQ(m.back().length, 10u);
}

}  // namespace
}  // namespace citykg::extract
