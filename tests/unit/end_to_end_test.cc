// Builds the five sample reports and reads facts back through librdf.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "eval/eval.h"
#include "export/rdf_store.h"
#include "extract/normalize.h"
#include "pipeline/build.h"
#include "test_util.h"

namespace citykg {
namespace {

std::string Slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// Every gold row of the *.gold.tsv files in a source folder.
std::vector<eval::GoldRow> GoldIn(const std::string& folder) {
  std::vector<eval::GoldRow> gold;
  for (const auto& e : std::filesystem::directory_iterator(testing::SourcePath(folder)))
    if (e.path().string().find(".gold.tsv") != std::string::npos) {
      auto rows = eval::ReadGold(e.path().string());
      gold.insert(gold.end(), rows.begin(), rows.end());
    }
  return gold;
}

struct Floor {
  const char* kind;
  double precision, recall;
};

// Scores at or above their floors, and no person split into two nodes.
void ExpectFloors(eval::Report report, std::initializer_list<Floor> floors) {
  for (const Floor& f : floors) {
    const auto& s = report.kinds[f.kind];
    EXPECT_GE(s.precision(), f.precision) << f.kind;
    EXPECT_GE(s.recall(), f.recall) << f.kind;
  }
  EXPECT_EQ(report.kinds["person"].duplicates, 0u);
}

class SamplesTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new testing::TempDir();
    pipeline::BuildOptions opt;
    opt.inputs = {testing::SourcePath("samples")};
    opt.out_dir = *dir_ / "out";
    opt.jobs = 2;
    result_ = new pipeline::BuildResult(pipeline::RunBuild(testing::SharedExtractor(), opt, {}));
    store_ = exporter::RdfStore::Open(opt.out_dir).release();
  }
  static void TearDownTestSuite() {
    delete store_;
    delete result_;
    delete dir_;
  }
  static bool Ask(const std::string& q) { return store_->Query("ASK { " + q + " }").boolean; }
  static testing::TempDir* dir_;
  static pipeline::BuildResult* result_;
  static exporter::RdfStore* store_;
};
testing::TempDir* SamplesTest::dir_ = nullptr;
pipeline::BuildResult* SamplesTest::result_ = nullptr;
exporter::RdfStore* SamplesTest::store_ = nullptr;

TEST_F(SamplesTest, ReadsAllFiveReports) {
  EXPECT_EQ(result_->documents_read, 5u);
  EXPECT_EQ(result_->documents_failed, 0u);
  EXPECT_TRUE(std::filesystem::exists(*dir_ / "out/graph.ttl"));
  EXPECT_TRUE(std::filesystem::exists(*dir_ / "out/graph.graphml"));
}

TEST_F(SamplesTest, TokyoGovernor) {
  EXPECT_TRUE(Ask("?m org:member ?p ; org:organization ?g ; org:role ckg:Governor . ?p rdfs:label \"小池百合子\"@zh-Hant . "
                  "?g rdfs:label \"東京都\"@zh-Hant"));
}

TEST_F(SamplesTest, TaichungIsMemberOfUclgAspac) {
  EXPECT_TRUE(Ask("?c org:memberOf ?o . ?c rdfs:label \"臺中市\"@zh-Hant . ?o rdfs:label \"United Cities and Local Governments Asia-Pacific\"@en"));
}

TEST_F(SamplesTest, ShortFormOfAnotherReportResolves) {
  // 003 only writes 柯市長; 002 names 柯文哲 as 臺北市's mayor: the meeting with Ron Huldai is his.
  EXPECT_TRUE(Ask("?a ckg:metWith ?b . ?a rdfs:label \"柯文哲\"@zh-Hant . ?b rdfs:label \"Ron Huldai\"@en"));
}

TEST_F(SamplesTest, EvidenceQuotesTheSentence) {
  auto r = store_->Query(
      "SELECT ?q WHERE { ?m org:member ?p ; org:role ckg:Mayor ; ckg:evidence ?e . ?p rdfs:label \"應勇\"@zh-Hant . ?e ckg:quote ?q }");
  ASSERT_FALSE(r.rows.empty());
  EXPECT_NE(r.rows[0][0]->value.find("應勇"), std::string::npos);
}

TEST_F(SamplesTest, RocDatesBecomeGregorian) {
  EXPECT_TRUE(Ask("?r a ckg:Report ; dcterms:source \"002_8807167dc49e63b6.txt\" ; dcterms:date \"2019-10-07\"^^xsd:date"));
}

TEST_F(SamplesTest, SameOutputWhateverTheOrderAndThreads) {
  std::vector<std::string> files;
  for (const auto& e : std::filesystem::directory_iterator(testing::SourcePath("samples")))
    if (e.path().extension() == ".txt") files.push_back(e.path().string());
  std::sort(files.rbegin(), files.rend());
  pipeline::BuildOptions opt;
  opt.inputs = files;
  opt.out_dir = *dir_ / "out2";
  opt.jobs = 1;
  pipeline::RunBuild(testing::SharedExtractor(), opt, {});
  EXPECT_EQ(Slurp(*dir_ / "out/graph.ttl"), Slurp(*dir_ / "out2/graph.ttl"));
  EXPECT_EQ(Slurp(*dir_ / "out/graph.graphml"), Slurp(*dir_ / "out2/graph.graphml"));
}

// eval reads each entity's label in zh-Hant (Redland gives the tag lower-cased) to name it in --errors.
TEST_F(SamplesTest, EvalLabelsEntitiesInChinese) {
  auto view = eval::LoadGraphView(*dir_ / "out");
  auto it = std::find_if(view.entities.begin(), view.entities.end(),
                         [](const auto& e) { return e.iri.ends_with("/place/q1867"); });
  ASSERT_NE(it, view.entities.end());
  EXPECT_EQ(it->label, "臺北市");
}

// Quality floor on the samples (raised as extraction improves; targets in issue #3).
TEST_F(SamplesTest, QualityAgainstGold) {
  auto report = eval::Evaluate(eval::LoadGraphView(*dir_ / "out"), GoldIn("samples"));
  // Today's figures, rounded down (docs/quality.md); raise them when the rules improve. (City precision 0.96 → 0.95 in
  // session 11: sample 004 writes 濟州市 once for the province its gold names 濟州特別自治道; the city is now read as the
  // city Jeju, as a place of a country the report names. Attended precision 0.72 → 0.71 in session 51, recall 0.31 →
  // 0.33: 參觀 before an event's name is attending it, so sample 001's 參觀 SusHi Tech Tokyo 2026 lines make the city an
  // attendant, as its gold reads, and its delegation's leader one, which its gold does not list.)
  ExpectFloors(report, {Floor{"person", 0.98, 0.98}, Floor{"post", 0.97, 0.92}, Floor{"member", 0.99, 0.99},
                        Floor{"met", 0.88, 0.92}, Floor{"org", 0.94, 0.91}, Floor{"city", 0.95, 0.98},
                        // (Not issue #3 targets; floors so that they only go up.)
                        Floor{"attended", 0.71, 0.33}, Floor{"event", 0.37, 0.50}});
}

// Quality on texts written for this project in the style of reports and news items (tests/heldout/README.md): the
// rules must hold beyond the five samples. Floors are today's figures rounded down.
TEST(HeldoutTest, QualityAgainstGold) {
  testing::TempDir dir;
  pipeline::BuildOptions opt;
  opt.inputs = {testing::SourcePath("tests/heldout")};
  opt.out_dir = dir / "out";
  opt.jobs = 2;
  pipeline::RunBuild(testing::SharedExtractor(), opt, {});
  auto gold = GoldIn("tests/heldout");
  ASSERT_GE(gold.size(), 4900u);
  // (Session 23: org precision 0.96 → 0.95, event recall 0.95 → 0.94 — set 79 came in with gaps left open,
  // tests/heldout/README.md "Set 79": a bureau named after a bare place, a First Nation, an invitation's date.
  // Session 42: post precision 0.99 → 0.985 — set 165 came in with gaps left open, tests/heldout/README.md "Set 165":
  // a city council's own report whose hosts with dotted Han-looking names, 大衛·陳, are read as the council's own;
  // session 43 closed them and put the floor back at 0.99.)
  const eval::Report report = eval::Evaluate(eval::LoadGraphView(dir / "out"), gold);
  ExpectFloors(report, {Floor{"person", 0.99, 0.99}, Floor{"post", 0.99, 0.98}, Floor{"member", 0.99, 0.99},
                        Floor{"met", 0.99, 0.98}, Floor{"org", 0.96, 0.96}, Floor{"city", 0.99, 0.99},
                        Floor{"attended", 0.99, 0.96}, Floor{"event", 0.96, 0.96}});
  // (The gold meetings that carry a date, sets 230 on — 32 in session 61, all on their day: found ones on their day.)
  EXPECT_GE(report.met_dates.dated, 30u);
  EXPECT_GE(report.met_dates.accuracy(), 0.95);
  // Every output file is valid UTF-8 with no replacement character (U+FFFD), which none of the texts holds: a character
  // cut in two on the way (a title opening with 【 once lost its first bytes, and the writer put U+FFFD for the rest).
  for (const auto& entry : std::filesystem::directory_iterator(dir / "out")) {
    if (!entry.is_regular_file()) continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    EXPECT_TRUE(extract::IsValidUtf8(bytes)) << entry.path();
    EXPECT_EQ(bytes.find("\xEF\xBF\xBD"), std::string::npos) << entry.path();
  }
}

}  // namespace
}  // namespace citykg
