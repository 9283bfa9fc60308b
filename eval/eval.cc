#include "eval/eval.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <set>
#include <sstream>
#include <tuple>
#include <unordered_map>

#include "export/rdf_store.h"
#include "extract/gazetteer.h"
#include "extract/normalize.h"
#include "ontology/vocab.h"

namespace citykg::eval {

namespace o = ontology;

const std::vector<std::string>& KindOrder() {
  static const std::vector<std::string> kOrder{"person", "post", "member", "met", "attended", "event", "org", "city"};
  return kOrder;
}

std::vector<GoldRow> ReadGold(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw GoldError(path + ": cannot open gold file");
  static const std::map<std::string, size_t> kMinColumns{{"person", 1}, {"post", 3}, {"member", 2}, {"met", 2},
                                                         {"attended", 2}, {"event", 1}, {"org", 1}, {"city", 1}};
  std::vector<GoldRow> rows;
  std::string line;
  int n = 0;
  while (std::getline(in, line)) {
    ++n;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> cols;
    std::stringstream ss(line);
    std::string c;
    while (std::getline(ss, c, '\t')) cols.push_back(c);
    if (cols.empty()) continue;
    auto it = kMinColumns.find(cols[0]);
    if (it == kMinColumns.end()) throw GoldError(path + ":" + std::to_string(n) + ": unknown kind '" + cols[0] + "'");
    GoldRow r;
    r.kind = cols[0];
    r.fields.assign(cols.begin() + 1, cols.end());
    while (!r.fields.empty() && r.fields.back().empty()) r.fields.pop_back();
    if (r.fields.size() < it->second)
      throw GoldError(path + ":" + std::to_string(n) + ": '" + r.kind + "' needs " + std::to_string(it->second) + " columns");
    r.file = path;
    r.line = n;
    rows.push_back(std::move(r));
  }
  return rows;
}

namespace {

// extract::MatchKey, remembered: scoring compares every gold name with every graph name, and the key (NFKC, accents
// removed) costs far more than the comparison.
const std::string& Key(const std::string& name) {
  thread_local std::unordered_map<std::string, std::string> keys;
  auto it = keys.find(name);
  if (it == keys.end()) it = keys.emplace(name, extract::MatchKey(name)).first;
  return it->second;
}

}  // namespace

bool SameName(const std::string& a, const std::string& b) {
  const std::string& ka = Key(a);
  return !ka.empty() && ka == Key(b);
}

namespace {

std::pair<std::string, std::string> SplitPlaceUncached(const std::string& name) {
  std::string k = Key(name);
  auto ends_with = [&](const std::string& s, const std::string& suf) {
    return s.size() > suf.size() && s.compare(s.size() - suf.size(), suf.size(), suf) == 0;
  };
  if (ends_with(k, "政府")) k = k.substr(0, k.size() - std::string("政府").size());
  static const std::vector<std::string> kSuffixes = {"特別自治道", "特別市", "廣域市", "市", "都", "府", "縣", "道",
                                                     "省",         "區",     "町",     "郡", "州"};
  // A suffix is split off only when at least two characters of base remain: 杭州 is a base, not 杭 + 州.
  for (const auto& s : kSuffixes)
    if (ends_with(k, s) && extract::ToU32(k.substr(0, k.size() - s.size())).size() >= 2)
      return {k.substr(0, k.size() - s.size()), s};
  return {k, ""};
}

const std::pair<std::string, std::string>& SplitPlace(const std::string& name) {
  thread_local std::unordered_map<std::string, std::pair<std::string, std::string>> split;
  auto it = split.find(name);
  if (it == split.end()) it = split.emplace(name, SplitPlaceUncached(name)).first;
  return it->second;
}

}  // namespace

bool SamePlace(const std::string& a, const std::string& b) {
  auto [ba, sa] = SplitPlace(a);
  auto [bb, sb] = SplitPlace(b);
  if (ba.empty() || ba != bb) return false;
  return sa == sb || sa.empty() || sb.empty();
}

GraphView LoadGraphView(const std::string& path) {
  auto store = exporter::RdfStore::Open(path);
  GraphView view;
  std::map<std::string, std::string> kind;                  // iri -> kind
  std::map<std::string, std::vector<std::string>> names;    // iri -> names
  std::map<std::string, std::string> label;                 // iri -> rdfs:label shown (zh-Hant first)
  struct Membership {
    std::string person, holder, role, title;
  };
  std::map<std::string, Membership> memberships;
  std::map<std::string, std::string> event_host, event_date;
  std::map<std::string, std::vector<std::string>> meeting_attendees;  // a meeting node's attendees
  const std::string type = o::Iri(o::kRdf, "type");
  store->ForEach([&](const exporter::Term& s, const exporter::Term& p, const exporter::Term& obj) {
    const std::string& pred = p.value;
    if (pred == type) {
      static const std::map<std::string, std::string> kKinds{
          {o::Iri(o::kCkg, "Person"), "person"}, {o::Iri(o::kCkg, "Organization"), "org"},
          {o::Iri(o::kCkg, "City"), "city"},     {o::Iri(o::kCkg, "Region"), "city"},
          {o::Iri(o::kCkg, "Event"), "event"},   {o::Iri(o::kCkg, "Country"), "country"}};
      auto it = kKinds.find(obj.value);
      if (it != kKinds.end()) kind[s.value] = it->second;
      if (obj.value == o::Iri(o::kOrg, "Membership")) memberships[s.value];
      if (obj.value == o::Iri(o::kCkg, "Meeting")) meeting_attendees[s.value];
    } else if (pred == o::Iri(o::kRdfs, "label") || pred == o::Iri(o::kSkos, "altLabel")) {
      names[s.value].push_back(obj.value);
      if (pred == o::Iri(o::kRdfs, "label")) {
        auto [it, fresh] = label.try_emplace(s.value, obj.value);
        if (!fresh && (obj.lang == "zh-Hant" || obj.lang == "zh-hant")) it->second = obj.value;  // Redland lower-cases tags
      }
    } else if (pred == o::Iri(o::kOrg, "member")) {
      memberships[s.value].person = obj.value;
    } else if (pred == o::Iri(o::kOrg, "organization")) {
      memberships[s.value].holder = obj.value;
    } else if (pred == o::Iri(o::kOrg, "role")) {
      std::string ckg(o::kCkg);
      memberships[s.value].role = obj.value.rfind(ckg, 0) == 0 ? obj.value.substr(ckg.size()) : "Other";
    } else if (pred == o::Iri(o::kCkg, "title")) {
      memberships[s.value].title = obj.value;
    } else if (pred == o::Iri(o::kOrg, "memberOf")) {
      view.members.push_back({s.value, obj.value});
    } else if (pred == o::Iri(o::kCkg, "metWith")) {
      view.met.push_back({s.value, obj.value});
    } else if (pred == o::Iri(o::kCkg, "attended")) {
      view.attended.push_back({s.value, obj.value});
    } else if (pred == o::Iri(o::kSchema, "location")) {
      event_host[s.value] = obj.value;
    } else if (pred == o::Iri(o::kSchema, "startDate")) {
      event_date[s.value] = obj.value;
    } else if (pred == o::Iri(o::kSchema, "attendee")) {
      meeting_attendees[s.value].push_back(obj.value);
    }
  });
  for (auto& [iri, attendees] : meeting_attendees) {
    std::sort(attendees.begin(), attendees.end());
    view.meetings.push_back({attendees, event_date[iri]});
  }
  for (const auto& [iri, k] : kind) {
    GraphView::Entity e{iri, k, names[iri], label[iri]};
    std::sort(e.names.begin(), e.names.end());
    view.entities.push_back(std::move(e));
    if (k == "event") view.events.push_back({iri, event_host[iri], event_date[iri]});
  }
  for (const auto& [iri, m] : memberships)
    if (!m.person.empty() && !m.holder.empty()) view.posts.push_back({m.person, m.holder, m.role, m.title});
  auto sort_pairs = [](auto& v) {
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
  };
  sort_pairs(view.members);
  sort_pairs(view.met);
  sort_pairs(view.attended);
  std::sort(view.posts.begin(), view.posts.end(), [](const auto& a, const auto& b) {
    return std::tie(a.person, a.holder, a.role, a.title) < std::tie(b.person, b.holder, b.role, b.title);
  });
  return view;
}

namespace {

struct GoldEntity {
  std::string kind;
  std::vector<std::string> names;
  std::set<std::string> files;  // the gold files whose rows it merges
  std::string country;          // a city's, as its row writes it
};

// A country as gold rows write it (南韓, 韓國, 大韓民國), keyed by its ISO code through the data's country names and
// aliases (countries.tsv, country_aliases.tsv); a name they lack keys as itself.
std::string CountryKey(const std::string& name) {
  static const std::map<std::string, std::string> by_name = [] {
    std::map<std::string, std::string> m;
    extract::ReadCountries(
        std::filesystem::path(ontology::DataPath("countries.tsv")).parent_path().string(), [](const std::vector<std::string>&) {},
        [&](const std::string& iso2, const std::string& n, const std::string&, int) { m.emplace(Key(n), iso2); });
    return m;
  }();
  const std::string k = Key(name);
  auto it = by_name.find(k);
  return it == by_name.end() ? k : it->second;
}

bool SameFor(const std::string& kind, const std::string& a, const std::string& b) {
  return kind == "city" ? SamePlace(a, b) : SameName(a, b);
}

// The gold names that one of the predicted names matches by `same`.
template <typename Same>
int CountShared(const std::vector<std::string>& gold, const std::vector<std::string>& pred, Same same) {
  int n = 0;
  for (const auto& g : gold)
    for (const auto& p : pred)
      if (same(g, p)) {
        ++n;
        break;
      }
  return n;
}

int SharedNames(const std::string& kind, const std::vector<std::string>& gold, const std::vector<std::string>& pred) {
  return CountShared(gold, pred, [&](const std::string& a, const std::string& b) { return SameFor(kind, a, b); });
}

// The gold names written exactly as one of the predicted names (no place-suffix equivalence): breaks ties between
// a city and the region named after it (慕尼黑 and 慕尼黑縣 both match a gold 慕尼黑 by their base name).
int ExactNames(const std::vector<std::string>& gold, const std::vector<std::string>& pred) {
  return CountShared(gold, pred, [](const std::string& a, const std::string& b) { return SameName(a, b); });
}

bool TitlesOverlap(const std::string& a, const std::string& b) {
  const std::string &ka = Key(a), &kb = Key(b);
  if (ka.empty() || kb.empty()) return ka == kb;
  return ka.find(kb) != std::string::npos || kb.find(ka) != std::string::npos;
}

class Scorer {
 public:
  Scorer(const GraphView& view, const std::vector<GoldRow>& gold) : view_(view), gold_(gold) {}

  Report Run() {
    BuildGoldEntities();
    for (const char* k : {"person", "org", "city", "event"}) MatchEntities(k);
    ScorePosts();
    ScorePairs("member", view_.members, false);
    ScorePairs("met", view_.met, true);
    ScoreMeetingDates();
    ScorePairs("attended", view_.attended, false);
    ScoreEvents();
    return std::move(report_);
  }

 private:
  void AddGold(const std::string& kind, std::vector<std::string> names, const std::string& file, const std::string& country = {}) {
    names.erase(std::remove(names.begin(), names.end(), std::string()), names.end());
    if (names.empty()) return;
    // Merge with an existing gold entity of the kind sharing a name (the same person in two files). Two rows of one
    // file are two entities unless they share a name exactly: a city and the county named after it (慕尼黑 and
    // 慕尼黑縣) share only a base name.
    for (auto& e : gold_entities_)
      if (e.kind == kind && SharedNames(kind, e.names, names) > 0 && (!e.files.count(file) || ExactNames(e.names, names) > 0) &&
          !(kind == "org" && !e.files.count(file) && OnlyShortFormsShared(e.names, names)) &&
          !(kind == "person" && !e.files.count(file) && OnlyAliasesShared(e.names, names)) &&
          !(kind == "city" && ExactNames(e.names, names) == 0 && OnlyBareAgainstRegion(e.names, names)) &&
          !(kind == "city" && !e.files.count(file) && CityAndRegionOfOneBase(e.names[0], names[0])) &&
          // (Nor two files' places of one name in two countries: 聖安東尼奧市 of Texas and of Chile.)
          !(kind == "city" && !country.empty() && !e.country.empty() && CountryKey(country) != CountryKey(e.country))) {
        for (const auto& n : names)
          if (std::find(e.names.begin(), e.names.end(), n) == e.names.end()) e.names.push_back(n);
        e.files.insert(file);
        return;
      }
    gold_entities_.push_back({kind, std::move(names), {file}, country});
  }

  // Two persons of two files that share only a short form, neither's full name (張局長 for 張雅婷 in one report and for
  // 張凱翔 in another): a surname and a title name someone only within one report; they are two persons.
  static bool OnlyAliasesShared(const std::vector<std::string>& a, const std::vector<std::string>& b) {
    for (const auto& x : b)
      if (SameName(a[0], x)) return false;
    for (const auto& x : a)
      if (SameName(b[0], x)) return false;
    return true;
  }

  // Two files' places named in full with one base, one a city's suffix and the other a region's (嘉義市 in one, 嘉義縣 in
  // another), are a city and the county named after it, whatever bare name (嘉義) each file also gives them.
  static bool CityAndRegionOfOneBase(const std::string& a, const std::string& b) {
    // (One a city's suffix, the other a region's: 首爾市 and 首爾特別市 are one city.)
    static const std::set<std::string> kCity = {"市", "特別市", "廣域市"}, kRegion = {"縣", "州", "省", "道", "府", "郡"};
    const auto &sa = SplitPlace(a), &sb = SplitPlace(b);
    return sa.first == sb.first && ((kCity.count(sa.second) && kRegion.count(sb.second)) || (kRegion.count(sa.second) && kCity.count(sb.second)));
  }

  // Two places of two files that share only a bare name and the same base with a region's suffix (洛杉磯 in one file,
  // 洛杉磯郡 in another; 奈良 and 奈良縣): a city and the region named after it, two entities. (The graph's nodes still
  // match a bare gold name by its base, as the contract says.)
  static bool OnlyBareAgainstRegion(const std::vector<std::string>& a, const std::vector<std::string>& b) {
    static const std::set<std::string> kRegion = {"縣", "州", "郡", "省", "道", "府"};
    bool any = false;
    for (const auto& x : a)
      for (const auto& y : b) {
        if (!SamePlace(x, y)) continue;
        const std::string &sx = SplitPlace(x).second, &sy = SplitPlace(y).second;
        if (!((sx.empty() && kRegion.count(sy)) || (sy.empty() && kRegion.count(sx)))) return false;
        any = true;
      }
    return any;
  }

  // Two organizations of two files, named in full differently, that share only a department's name without its owner
  // (農業處 of 新竹縣政府農業處 and of 屏東縣政府農業處): each file's short form is relative to its publisher, as 本市
  // is; they are two entities. (A file that writes only the short name, 資訊局, still merges with a full name.)
  static bool OnlyShortFormsShared(const std::vector<std::string>& a, const std::vector<std::string>& b) {
    if (SameName(a[0], b[0])) return false;
    const std::string &ka = Key(a[0]), &kb = Key(b[0]);
    for (const auto& x : a)
      for (const auto& y : b) {
        if (!SameName(x, y)) continue;
        const std::string& k = Key(x);
        // (Or a government's department's short name in Han characters, without the government: 研考會 of
        // 臺南市政府研究發展考核委員會 and of 新北市政府研究發展考核委員會 — as the graph reads it.)
        bool short_a = (k.size() < ka.size() && ka.ends_with(k)) || extract::IsBareDepartmentName(a[0], x);
        bool short_b = (k.size() < kb.size() && kb.ends_with(k)) || extract::IsBareDepartmentName(b[0], x);
        if (!short_a || !short_b) return false;
      }
    return true;
  }

  void BuildGoldEntities() {
    for (const auto& r : gold_) {
      if (r.kind == "person" || r.kind == "org") AddGold(r.kind, r.fields, r.file);
      if (r.kind == "city") {
        std::vector<std::string> names{r.fields[0]};
        for (size_t i = 2; i < r.fields.size(); ++i) names.push_back(r.fields[i]);
        AddGold("city", names, r.file, r.fields.size() > 1 ? r.fields[1] : std::string());
      }
      if (r.kind == "event") AddGold("event", {r.fields[0]}, r.file);
    }
  }

  // Greedy one-to-one matching by the number of shared names.
  void MatchEntities(const std::string& kind) {
    KindScore& score = report_.kinds[kind];
    std::vector<size_t> golds, preds;
    for (size_t i = 0; i < gold_entities_.size(); ++i)
      if (gold_entities_[i].kind == kind) golds.push_back(i);
    for (size_t i = 0; i < view_.entities.size(); ++i)
      if (view_.entities[i].kind == kind) preds.push_back(i);
    struct Pair {
      int shared, exact;
      size_t g, p;
    };
    std::vector<Pair> pairs;
    for (size_t g : golds)
      for (size_t p : preds) {
        int s = SharedNames(kind, gold_entities_[g].names, view_.entities[p].names);
        if (s > 0) pairs.push_back({s, ExactNames(gold_entities_[g].names, view_.entities[p].names), g, p});
      }
    std::stable_sort(pairs.begin(), pairs.end(),
                     [](const Pair& a, const Pair& b) { return a.shared != b.shared ? a.shared > b.shared : a.exact > b.exact; });
    std::set<size_t> used_g, used_p;
    for (const auto& pr : pairs) {
      if (used_g.count(pr.g) || used_p.count(pr.p)) continue;
      used_g.insert(pr.g);
      used_p.insert(pr.p);
      gold_of_iri_[view_.entities[pr.p].iri] = pr.g;
    }
    score.gold = golds.size();
    score.predicted = preds.size();
    score.correct = used_g.size();
    for (size_t p : preds) {
      if (used_p.count(p)) continue;
      bool dup = false;
      for (const auto& pr : pairs)
        if (pr.p == p && used_g.count(pr.g)) dup = true;
      if (dup) ++score.duplicates;
      score.wrong.push_back((dup ? "duplicate: " : "") + Label(view_.entities[p]));
    }
    for (size_t g : golds)
      if (!used_g.count(g)) score.missed.push_back(gold_entities_[g].names[0]);
  }

  static std::string Label(const GraphView::Entity& e) {
    if (!e.label.empty()) return e.label;
    return e.names.empty() ? e.iri : e.names[0];
  }

  // The gold entity a gold name is a name of ("#" and its index), else the name's match key.
  std::string GoldKey(const std::string& name) const {
    for (size_t i = 0; i < gold_entities_.size(); ++i)
      for (const auto& n : gold_entities_[i].names)
        if (SameName(n, name)) return "#" + std::to_string(i);
    return extract::MatchKey(name);
  }

  const GraphView::Entity* Entity(const std::string& iri) const {
    auto it = entity_index_.find(iri);
    if (it == entity_index_.end()) {
      for (const auto& e : view_.entities) entity_index_[e.iri] = &e;
      it = entity_index_.find(iri);
      if (it == entity_index_.end()) return nullptr;
    }
    return it->second;
  }

  std::string NameOf(const std::string& iri) const {
    const auto* e = Entity(iri);
    return e ? Label(*e) : iri;
  }

  // Does predicted entity `iri` stand for the gold name `name`?
  bool Refers(const std::string& iri, const std::string& name, bool allow_department = false) const {
    auto it = gold_of_iri_.find(iri);
    if (it != gold_of_iri_.end()) {
      const GoldEntity& g = gold_entities_[it->second];
      for (const auto& n : g.names)
        if (SameFor(g.kind, n, name)) return true;
    }
    const auto* e = Entity(iri);
    if (!e) return false;
    for (const auto& n : e->names)
      if (SameName(n, name) || ((e->kind == "city" || e->kind == "country") && SamePlace(n, name))) return true;
    auto known = gold_city_.find(name);
    if (known == gold_city_.end()) {
      bool city = false;
      for (const auto& g : gold_entities_)
        if (g.kind == "city")
          for (const auto& n : g.names) city = city || SamePlace(n, name);
      known = gold_city_.emplace(name, city).first;
    }
    const bool gold_city = known->second;
    if (allow_department && gold_city && e->kind == "org") {
      std::string key = extract::MatchKey(name);
      for (const auto& n : e->names) {
        auto [base, suffix] = SplitPlace(name);
        std::string nk = extract::MatchKey(n);
        if (!key.empty() && (nk.find(key) != std::string::npos || (!base.empty() && nk.find(base) != std::string::npos)))
          return true;
      }
    }
    // A unit of a gold organization modelled as its own (世界衛生組織西太平洋區署健康促進處 for a gold post at
    // 世界衛生組織西太平洋區署 titled 健康促進處處長): its name opens with the organization's.
    if (allow_department && !gold_city && e->kind == "org") {
      const std::string key = extract::MatchKey(name);
      for (const auto& n : e->names) {
        const std::string nk = extract::MatchKey(n);
        if (key.size() >= 6 && nk.size() > key.size() && nk.compare(0, key.size(), key) == 0) return true;
      }
    }
    return false;
  }

  // A gold post at a place's unit (上海市文化和旅遊局, 局長) that the graph holds at the place, the unit in the title
  // (上海市, 文化和旅遊局局長): the mirror of a department modelled as its own organization.
  bool UnitAtItsPlace(const GraphView::Post& p, const std::vector<std::string>& f) const {
    const auto* e = Entity(p.holder);
    if (!e || e->kind != "city") return false;
    const std::string unit = extract::MatchKey(f[2]), title = Key(p.title);
    for (const auto& n : e->names) {
      const std::string place = extract::MatchKey(n);
      if (place.empty() || unit.size() <= place.size() || unit.compare(0, place.size(), place) != 0) continue;
      const std::string rest = unit.substr(place.size());
      if (title.find(rest) != std::string::npos && TitlesOverlap(f.size() > 3 ? f[3] : std::string(), p.title)) return true;
    }
    return false;
  }

  void ScorePosts() {
    KindScore& score = report_.kinds["post"];
    std::vector<const GoldRow*> golds;
    for (const auto& r : gold_)
      if (r.kind == "post") golds.push_back(&r);
    score.gold = golds.size();
    score.predicted = view_.posts.size();
    std::vector<bool> used(golds.size(), false);
    for (const auto& p : view_.posts) {
      bool ok = false;
      for (size_t i = 0; i < golds.size() && !ok; ++i) {
        if (used[i]) continue;
        const auto& f = golds[i]->fields;
        if (f[1] != p.role || !Refers(p.person, f[0])) continue;
        if (!Refers(p.holder, f[2], true) && !(p.role == "Other" && UnitAtItsPlace(p, f))) continue;
        if (p.role == "Other" && !TitlesOverlap(f.size() > 3 ? f[3] : std::string(), p.title)) continue;
        used[i] = true;
        ok = true;
      }
      if (ok) {
        ++score.correct;
      } else {
        score.wrong.push_back(NameOf(p.person) + "\t" + p.role + "\t" + NameOf(p.holder) + (p.title.empty() ? "" : "\t" + p.title));
      }
    }
    for (size_t i = 0; i < golds.size(); ++i)
      if (!used[i]) {
        std::string s;
        for (const auto& f : golds[i]->fields) s += (s.empty() ? "" : "\t") + f;
        score.missed.push_back(s);
      }
  }

  void ScorePairs(const std::string& kind, std::vector<std::pair<std::string, std::string>> pred, bool symmetric) {
    KindScore& score = report_.kinds[kind];
    if (symmetric) {
      for (auto& p : pred)
        if (p.second < p.first) std::swap(p.first, p.second);
      std::sort(pred.begin(), pred.end());
      pred.erase(std::unique(pred.begin(), pred.end()), pred.end());
    }
    // A fact two gold files state with different names of the same entities (UCLG ASPAC's Chinese names vary from
    // report to report) is one fact.
    std::vector<const GoldRow*> golds;
    std::set<std::pair<std::string, std::string>> seen;
    for (const auto& r : gold_) {
      if (r.kind != kind || r.fields.size() < 2) continue;
      std::string a = GoldKey(r.fields[0]), b = GoldKey(r.fields[1]);
      if (symmetric && b < a) std::swap(a, b);
      if (seen.insert({a, b}).second) golds.push_back(&r);
    }
    score.gold = golds.size();
    score.predicted = pred.size();
    std::vector<bool> used(golds.size(), false);
    for (const auto& [a, b] : pred) {
      bool ok = false;
      for (size_t i = 0; i < golds.size() && !ok; ++i) {
        if (used[i]) continue;
        const auto& f = golds[i]->fields;
        bool match = Refers(a, f[0]) && Refers(b, f[1]);
        if (!match && symmetric) match = Refers(a, f[1]) && Refers(b, f[0]);
        if (match) {
          used[i] = true;
          ok = true;
        }
      }
      if (ok) {
        ++score.correct;
      } else {
        score.wrong.push_back(NameOf(a) + "\t" + NameOf(b));
      }
    }
    for (size_t i = 0; i < golds.size(); ++i)
      if (!used[i]) score.missed.push_back(golds[i]->fields[0] + "\t" + golds[i]->fields[1]);
  }

  // A gold meeting with a date (met, A, B, 2026-11-04) whose pair the graph has met is on its day where a meeting node
  // of both is dated so.
  void ScoreMeetingDates() {
    DateScore& score = report_.met_dates;
    std::set<std::tuple<std::string, std::string, std::string>> seen;
    for (const auto& r : gold_) {
      if (r.kind != "met" || r.fields.size() < 3 || r.fields[2].empty()) continue;
      const auto& f = r.fields;
      std::string a = GoldKey(f[0]), b = GoldKey(f[1]);
      if (b < a) std::swap(a, b);
      if (!seen.insert({a, b, f[2]}).second) continue;
      auto pair_of = [&](const std::pair<std::string, std::string>& m) {
        return (Refers(m.first, f[0]) && Refers(m.second, f[1])) || (Refers(m.first, f[1]) && Refers(m.second, f[0]));
      };
      if (std::none_of(view_.met.begin(), view_.met.end(), pair_of)) continue;
      ++score.dated;
      std::set<std::string> days;
      bool right = false;
      for (const auto& m : view_.meetings) {
        bool has_a = false, has_b = false;
        for (const auto& x : m.attendees) {
          has_a = has_a || Refers(x, f[0]);
          has_b = has_b || Refers(x, f[1]);
        }
        if (!has_a || !has_b) continue;
        days.insert(m.date);
        right = right || m.date == f[2];
      }
      if (right) {
        ++score.right;
      } else {
        std::string found;
        for (const auto& d : days) found += (found.empty() ? "" : ",") + d;
        score.wrong.push_back(f[0] + "\t" + f[1] + "\t" + f[2] + "\t" + (found.empty() ? "-" : found));
      }
    }
  }

  void ScoreEvents() {
    KindScore& score = report_.kinds["event"];
    // Entity matching counted events; an event is correct only with its host and date right too.
    std::vector<const GoldRow*> golds;
    for (const auto& r : gold_)
      if (r.kind == "event") golds.push_back(&r);
    score.correct = 0;
    score.missed.clear();
    std::vector<bool> used(golds.size(), false);
    for (const auto& ev : view_.events) {
      bool ok = false;
      for (size_t i = 0; i < golds.size() && !ok; ++i) {
        if (used[i]) continue;
        const auto& f = golds[i]->fields;
        if (!Refers(ev.iri, f[0])) continue;
        bool host = f.size() < 2 || f[1].empty() || (!ev.host.empty() && Refers(ev.host, f[1]));
        bool date = f.size() < 3 || f[2].empty() || ev.date == f[2];
        if (host && date) {
          used[i] = true;
          ok = true;
        }
      }
      if (ok) ++score.correct;
    }
    for (size_t i = 0; i < golds.size(); ++i)
      if (!used[i]) {
        std::string s;
        for (const auto& f : golds[i]->fields) s += (s.empty() ? "" : "\t") + f;
        score.missed.push_back(s);
      }
  }

  const GraphView& view_;
  const std::vector<GoldRow>& gold_;
  std::vector<GoldEntity> gold_entities_;
  std::map<std::string, size_t> gold_of_iri_;
  mutable std::map<std::string, const GraphView::Entity*> entity_index_;
  mutable std::unordered_map<std::string, bool> gold_city_;  // gold name -> is it a gold city's name
  Report report_;
};

}  // namespace

Report Evaluate(const GraphView& graph, const std::vector<GoldRow>& gold) {
  // A fact stated by two reports is one fact of the graph: identical gold rows (after name folding) count once.
  std::vector<GoldRow> unique;
  std::set<std::string> seen;
  // Scores must not depend on the order the gold files were given in.
  std::vector<GoldRow> sorted = gold;
  std::stable_sort(sorted.begin(), sorted.end(),
                   [](const GoldRow& a, const GoldRow& b) { return std::tie(a.file, a.line) < std::tie(b.file, b.line); });
  for (const auto& r : sorted) {
    std::string key = r.kind;
    for (const auto& f : r.fields) key += "\t" + extract::MatchKey(f);
    if (r.kind == "met" && r.fields.size() >= 2) {
      std::string a = extract::MatchKey(r.fields[0]), b = extract::MatchKey(r.fields[1]);
      key = "met\t" + std::min(a, b) + "\t" + std::max(a, b);
    }
    if (seen.insert(key).second) unique.push_back(r);
  }
  return Scorer(graph, unique).Run();
}

}  // namespace citykg::eval
