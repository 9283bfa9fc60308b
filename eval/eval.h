// `citykg eval`: scores a built graph against gold TSV files (CONTRACT §4).
#ifndef CITYKG_EVAL_EVAL_H_
#define CITYKG_EVAL_EVAL_H_

#include <map>
#include <stdexcept>
#include <string>
#include <vector>

namespace citykg::eval {

// A gold file is missing or has a bad row (names file and line).
class GoldError : public std::runtime_error {
 public:
  explicit GoldError(const std::string& what) : std::runtime_error(what) {}
};

struct GoldRow {
  std::string kind;
  std::vector<std::string> fields;  // columns after the kind
  std::string file;
  int line = 0;
};
std::vector<GoldRow> ReadGold(const std::string& path);

// The graph as eval sees it (read from Turtle through Redland).
struct GraphView {
  struct Entity {
    std::string iri;
    std::string kind;  // person, org, city, event, country
    std::vector<std::string> names;
    std::string label = {};  // the rdfs:label in zh-Hant (else any), the name --errors shows; empty: names[0]
  };
  struct Post {
    std::string person, holder, role, title;
  };
  std::vector<Entity> entities;
  std::vector<Post> posts;
  std::vector<std::pair<std::string, std::string>> members, met, attended;
  struct Event {
    std::string iri, host, date;
  };
  std::vector<Event> events;
  // Meeting nodes: who met, on what day (schema:attendee, schema:startDate).
  struct Meeting {
    std::vector<std::string> attendees;
    std::string date;
  };
  std::vector<Meeting> meetings;
};
// Reads OUTDIR/graph.ttl or a .ttl file. Throws exporter::RdfError.
GraphView LoadGraphView(const std::string& path);

struct KindScore {
  size_t gold = 0, predicted = 0, correct = 0, duplicates = 0;
  double precision() const { return predicted ? static_cast<double>(correct) / static_cast<double>(predicted) : (gold ? 0.0 : 1.0); }
  double recall() const { return gold ? static_cast<double>(correct) / static_cast<double>(gold) : 1.0; }
  double f1() const {
    double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
  }
  std::vector<std::string> missed;  // gold facts not found
  std::vector<std::string> wrong;   // predicted facts not in gold
};

// Gold meetings that carry a date (a met row's third column): of those whose pair the graph has met, how many it has a
// meeting node of on that day. Scored apart from `met`, which compares pairs only.
struct DateScore {
  size_t dated = 0, right = 0;
  std::vector<std::string> wrong;  // person, person, gold date, the graph's days
  double accuracy() const { return dated ? static_cast<double>(right) / static_cast<double>(dated) : 1.0; }
};

struct Report {
  std::map<std::string, KindScore> kinds;  // person, post, member, met, attended, event, org, city
  DateScore met_dates;
};

Report Evaluate(const GraphView& graph, const std::vector<GoldRow>& gold);

// Names compare equal (CONTRACT §4): NFKC, 台→臺, 巿→市, accents, spaces, dots and hyphens removed.
bool SameName(const std::string& a, const std::string& b);
// Places compare on base name and administrative suffix: 首爾 = 首爾特別市, 臺東市 ≠ 臺東縣.
bool SamePlace(const std::string& a, const std::string& b);

// The order kinds are printed in.
const std::vector<std::string>& KindOrder();

}  // namespace citykg::eval

#endif  // CITYKG_EVAL_EVAL_H_
