#include "extract/gazetteer.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <set>
#include <sstream>

#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/strenum.h>
#include <unicode/timezone.h>
#include <unicode/tznames.h>

#include "extract/normalize.h"

namespace citykg::extract {
namespace {

// CLDR's exemplar cities of the time zones (ICU's data), as Taiwan's locale (zh_Hant_TW) names them, by their English
// name and country: (Boise, US) -> 波夕. Empty if ICU cannot give them.
std::map<std::pair<std::string, std::string>, std::string> TaiwanExemplarCities() {
  std::map<std::pair<std::string, std::string>, std::string> out;
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::TimeZoneNames> zh(icu::TimeZoneNames::createInstance(icu::Locale("zh_Hant_TW"), status));
  std::unique_ptr<icu::TimeZoneNames> en(icu::TimeZoneNames::createInstance(icu::Locale("en"), status));
  std::unique_ptr<icu::StringEnumeration> ids(
      icu::TimeZone::createTimeZoneIDEnumeration(UCAL_ZONE_TYPE_CANONICAL_LOCATION, nullptr, nullptr, status));
  if (U_FAILURE(status)) return out;
  for (const icu::UnicodeString* id = ids->snext(status); id != nullptr && U_SUCCESS(status); id = ids->snext(status)) {
    icu::UnicodeString zh_name, en_name;
    zh->getExemplarLocationName(*id, zh_name);
    en->getExemplarLocationName(*id, en_name);
    char region[8] = {0};
    UErrorCode region_status = U_ZERO_ERROR;
    icu::TimeZone::getRegion(*id, region, sizeof region, region_status);
    if (U_FAILURE(region_status) || zh_name.isEmpty() || en_name.isEmpty()) continue;
    std::string z, e;
    out[{en_name.toUTF8String(e), region}] = zh_name.toUTF8String(z);
  }
  return out;
}

using ontology::EntityKind;

std::vector<std::string> Split(const std::string& line, char sep) {
  std::vector<std::string> out;
  std::string cur;
  std::istringstream in(line);
  while (std::getline(in, cur, sep)) out.push_back(cur);
  if (!line.empty() && line.back() == sep) out.emplace_back();
  return out;
}

// Reads a TSV data file: skips '#' comments and blank lines; calls `row(fields, line_no)`.
// `header` (if non-empty) is the first non-comment line and is checked.
template <typename F>
void ReadTsv(const std::string& path, const std::string& header, size_t min_fields, F row) {
  std::ifstream in(path);
  if (!in) throw DataError(path, 0, "cannot open data file (set CITYKG_DATA to the ontology/data folder)");
  std::string line;
  int line_no = 0;
  bool header_seen = header.empty();
  while (std::getline(in, line)) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    if (!header_seen) {
      if (line != header) throw DataError(path, line_no, "expected header '" + header + "'");
      header_seen = true;
      continue;
    }
    auto fields = Split(line, '\t');
    if (fields.size() < min_fields)
      throw DataError(path, line_no, "expected at least " + std::to_string(min_fields) + " tab-separated fields");
    row(fields, line_no);
  }
}

bool HasAdminSuffix(const std::u32string& name, size_t* base_len) {
  static const std::u32string kLong[] = {U"特別自治道", U"特別自治市", U"特別市", U"廣域市", U"自治區", U"自治州"};
  for (const auto& s : kLong)
    if (name.size() > s.size() + 1 && name.compare(name.size() - s.size(), s.size(), s) == 0) {
      *base_len = name.size() - s.size();
      return true;
    }
  static const std::u32string kShort = U"市都府縣道省州區郡";
  if (name.size() >= 3 && kShort.find(name.back()) != std::u32string::npos) {
    *base_len = name.size() - 1;
    return true;
  }
  return false;
}

}  // namespace

std::u32string Gazetteer::Fold(std::u32string_view s) {
  std::u32string out(s);
  for (auto& c : out) c = FoldChar(c);
  return out;
}

uint32_t Gazetteer::Child(uint32_t node, char32_t c) const {
  // Most lookups start at the root, which has a child for thousands of characters: a table, not a search.
  if (node == 0 && c < root_.size()) return root_[c];
  const auto& ch = nodes_[node].children;
  auto it = std::lower_bound(ch.begin(), ch.end(), c, [](const auto& p, char32_t v) { return p.first < v; });
  return (it != ch.end() && it->first == c) ? it->second : 0;
}

void Gazetteer::Add(std::u32string_view folded, LexEntry entry) {
  if (folded.empty()) return;
  if (nodes_.empty()) nodes_.emplace_back();
  uint32_t node = 0;
  for (char32_t c : folded) {
    auto& ch = nodes_[node].children;
    auto it = std::lower_bound(ch.begin(), ch.end(), c, [](const auto& p, char32_t v) { return p.first < v; });
    if (it != ch.end() && it->first == c) {
      node = it->second;
    } else {
      auto next = static_cast<uint32_t>(nodes_.size());
      ch.insert(it, {c, next});
      nodes_.emplace_back();
      node = next;
    }
  }
  if (nodes_[node].entries < 0) {
    nodes_[node].entries = static_cast<int32_t>(entry_lists_.size());
    entry_lists_.emplace_back();
  }
  auto& list = entry_lists_[static_cast<size_t>(nodes_[node].entries)];
  for (const auto& e : list)
    if (e.kind == entry.kind && e.value == entry.value && e.base == entry.base) return;
  list.push_back(entry);
  ++entry_count_;
}

void Gazetteer::MatchAt(std::u32string_view folded, size_t pos, std::vector<LexMatch>* out) const {
  out->clear();
  if (nodes_.empty() || pos >= folded.size()) return;
  bool latin_start = IsLatinLetter(folded[pos]) || (folded[pos] >= '0' && folded[pos] <= '9');
  if (latin_start && pos > 0 && (IsLatinLetter(folded[pos - 1]) || (folded[pos - 1] >= '0' && folded[pos - 1] <= '9')))
    return;  // not at a word start
  uint32_t node = 0;
  for (size_t i = pos; i < folded.size(); ++i) {
    node = Child(node, folded[i]);
    if (node == 0) break;
    if (nodes_[node].entries < 0) continue;
    size_t end = i + 1;
    char32_t last = folded[i];
    bool latin_end = IsLatinLetter(last) || (last >= '0' && last <= '9');
    if (latin_end && end < folded.size() && (IsLatinLetter(folded[end]) || (folded[end] >= '0' && folded[end] <= '9')))
      continue;  // not at a word end
    out->push_back({static_cast<uint32_t>(end - pos), &entry_lists_[static_cast<size_t>(nodes_[node].entries)]});
  }
}

namespace {
// The key of place_by_english_: the English name in lower case (ASCII letters; others as written).
std::string EnglishKey(std::string_view name) {
  std::string key(name);
  for (char& ch : key) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  return key;
}
}  // namespace

// An English name without its diacritics, as English texts often write it (Poznań → Poznan, Łódź → Lodz, São Paulo → Sao
// Paulo); empty where it has none.
static std::string WithoutDiacritics(std::string_view name) {
  if (std::all_of(name.begin(), name.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; })) return {};
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  if (U_FAILURE(status)) return {};
  const icu::UnicodeString decomposed = nfd->normalize(icu::UnicodeString::fromUTF8(icu::StringPiece(name.data(), static_cast<int32_t>(name.size()))), status);
  if (U_FAILURE(status)) return {};
  std::string out;
  for (int32_t i = 0; i < decomposed.length();) {
    const UChar32 c = decomposed.char32At(i);
    i += U16_LENGTH(c);
    if (u_getCombiningClass(c) != 0 || (c >= 0x300 && c <= 0x36F)) continue;  // (the marks NFD split off)
    switch (c) {  // (letters NFD does not split)
      case U'ł': out += 'l'; continue;
      case U'Ł': out += 'L'; continue;
      case U'ø': out += 'o'; continue;
      case U'Ø': out += 'O'; continue;
      case U'đ': out += 'd'; continue;
      case U'Đ': out += 'D'; continue;
      case U'ß': out += "ss"; continue;
      case U'æ': out += "ae"; continue;
      case U'Æ': out += "Ae"; continue;
      case U'ı': out += 'i'; continue;
      default: break;
    }
    if (c >= 0x80) return {};  // (another script's letter: no ASCII form)
    out += static_cast<char>(c);
  }
  return out;
}

int Gazetteer::PlaceByEnglish(std::string_view name) const {
  auto it = place_by_english_.find(EnglishKey(name));
  return it == place_by_english_.end() ? -1 : it->second;
}

int Gazetteer::PlaceByEnglishIn(std::string_view name, std::string_view country) const {
  auto it = place_by_english_in_.find(EnglishKey(name) + "|" + std::string(country));
  return it == place_by_english_in_.end() ? -1 : it->second;
}

const std::vector<std::string>* Gazetteer::DepartmentStems(std::string_view english) const {
  auto it = department_stems_.find(EnglishKey(english));
  return it == department_stems_.end() ? nullptr : &it->second;
}

int Gazetteer::CountryByIso(std::string_view iso2) const {
  auto it = country_by_iso_.find(std::string(iso2));
  return it == country_by_iso_.end() ? -1 : it->second;
}

void ReadCountries(const std::string& dir, const std::function<void(const std::vector<std::string>& fields)>& row,
                   const std::function<void(const std::string& iso2, const std::string& name, const std::string& file, int line)>& name) {
  const std::string countries = (std::filesystem::path(dir) / "countries.tsv").string();
  const std::string aliases = (std::filesystem::path(dir) / "country_aliases.tsv").string();
  ReadTsv(countries, "iso2\tqid\tname_en\tname_zh_hant_tw\tname_zh_hans\tname_zh_hant_hk\twikidata_zh_label_tw", 7,
          [&](const std::vector<std::string>& f, int line) {
            row(f);
            for (const auto* n : {&f[3], &f[5], &f[6]}) name(f[0], *n, countries, line);
          });
  ReadTsv(aliases, "", 2, [&](const std::vector<std::string>& f, int line) {
    for (const auto& a : Split(f[1], '|')) name(f[0], a, aliases, line);
  });
}

std::shared_ptr<const Gazetteer> Gazetteer::LoadDefault() {
  return Load(std::filesystem::path(ontology::DataPath("cities.tsv")).parent_path().string());
}

std::shared_ptr<const Gazetteer> Gazetteer::Load(const std::string& dir) {
  auto g = std::make_shared<Gazetteer>();
  g->nodes_.emplace_back();
  auto path = [&](const char* f) { return (std::filesystem::path(dir) / f).string(); };

  // Countries.
  ReadCountries(
      dir,
      [&](const std::vector<std::string>& f) {
        g->country_by_iso_[f[0]] = static_cast<int>(g->countries_.size());
        g->countries_.push_back(CountryInfo{f[0], f[1], f[2], f[3]});
      },
      [&](const std::string& iso2, const std::string& name, const std::string& file, int line) {
        const int idx = g->CountryByIso(iso2);
        if (idx < 0) throw DataError(file, line, "unknown country code " + iso2);
        g->Add(Fold(ToU32(name)), {LexKind::kCountry, false, static_cast<uint32_t>(idx)});
      });

  // Places: curated rows first; a cities.tsv row whose name a curated row has is skipped.
  std::set<std::string> curated_names, curated_ids;
  // Bases of curated regions by country: a city named after its region (德島市 beside 德島縣) is found by the bare
  // name even where the world gazetteer gives it no population, and without a suffix the city wins (大阪, 福岡).
  std::set<std::pair<std::string, std::u32string>> region_bases;
  auto add_place = [&](PlaceInfo p, const std::vector<std::string>& aliases) {
    auto idx = static_cast<uint32_t>(g->places_.size());
    std::vector<std::string> names{p.name_zh};
    names.insert(names.end(), aliases.begin(), aliases.end());
    for (const auto& n : names) {
      if (n.empty()) continue;
      std::u32string u = Fold(ToU32(n));
      g->Add(u, {LexKind::kPlace, false, idx});
      size_t base_len = 0;
      if (!HasAdminSuffix(u, &base_len) || base_len < 2) continue;
      std::u32string base = u.substr(0, base_len);
      if (p.curated && p.kind == EntityKind::kRegion) region_bases.emplace(p.country, base);
      if (!p.curated && p.kind == EntityKind::kCity && region_bases.count({p.country, base})) p.namesake = true;
      if (p.curated || p.population >= 100000 || p.namesake) g->Add(base, {LexKind::kPlace, true, idx});
    }
    g->places_.push_back(std::move(p));
  };
  ReadTsv(path("places_extra.tsv"), "id\tname_en\tname_zh_hant\tcountry_code\tkind\tpopulation\taliases_zh", 7,
          [&](const std::vector<std::string>& f, int line) {
            PlaceInfo p;
            p.id = f[0];
            p.name_en = f[1];
            p.name_zh = f[2];
            p.country = f[3];
            if (f[4] == "City") {
              p.kind = EntityKind::kCity;
            } else if (f[4] == "Region") {
              p.kind = EntityKind::kRegion;
            } else {
              throw DataError(path("places_extra.tsv"), line, "kind must be City or Region");
            }
            p.population = f[5].empty() ? 0 : std::stoll(f[5]);
            p.curated = true;
            curated_names.insert(p.name_zh);
            curated_ids.insert(p.id);
            add_place(std::move(p), Split(f[6], '|'));
          });
  const std::map<std::pair<std::string, std::string>, std::string> cldr = TaiwanExemplarCities();
  // The world gazetteer's cities with a population, by country and name: its rows come by population, so a row with
  // none that is one of them and 市 (開普敦市, Wikidata's "City of Cape Town" beside Cape Town; 馬德里市 beside 馬德里) is
  // read as that city's other name, not as a second place.
  std::map<std::pair<std::string, std::string>, uint32_t> populated_cities;
  ReadTsv(path("cities.tsv"), "id\tname_en\tname_zh_hant\tzh_src\tcountry_code\tpopulation\tgeonames_id\taliases_zh", 8,
          [&](const std::vector<std::string>& f, int) {
            // A curated row replaces the world gazetteer's row of the same name or id (布里斯本 for 布里斯班).
            if (curated_names.count(f[2]) || curated_ids.count(f[0]) || f[2].empty()) return;
            if (f[5].empty() && f[2].size() > 3 && f[2].ends_with("市"))
              if (auto it = populated_cities.find({f[4], f[2].substr(0, f[2].size() - 3)}); it != populated_cities.end()) {
                g->Add(Fold(ToU32(f[2])), {LexKind::kPlace, false, it->second});
                return;
              }
            PlaceInfo p;
            p.id = f[0];
            p.name_en = f[1];
            p.name_zh = f[2];
            p.country = f[4];
            std::u32string u = ToU32(p.name_zh);
            char32_t last = u.empty() ? 0 : u.back();
            p.kind = (last == U'省' || last == U'府' || last == U'道' || last == U'州' || last == U'縣') ? EntityKind::kRegion
                                                                                                   : EntityKind::kCity;
            p.population = f[5].empty() ? 0 : std::stoll(f[5]);
            // aliases_zh is noisy (Japanese forms, old names): keep only those that share the first character, and
            // the name Taiwan's locale gives the place in CLDR's time-zone data (波夕 for Boise, 可倫坡 for Colombo,
            // 札格瑞布 for Zagreb: the spelling Taiwan's press writes).
            const auto taiwan = cldr.find({p.name_en, p.country});
            // The others of a populated place are names it has only in its country's context (加拿大卑詩省列治文市:
            // Richmond, British Columbia, whose Wikidata name is 里士滿, not the Californian 列治文 of GeoNames).
            std::vector<std::string> aliases, context_aliases;
            for (const auto& a : Split(f[7], '|')) {
              std::u32string au = ToU32(a);
              // (Nor, of a city, its own name and a region's suffix: 阿德亞曼省 and 金華縣 are the province and the county
              // around the cities 阿德亞曼 and 金華市, places of their own.)
              if (p.kind == EntityKind::kCity && au.size() >= 3 &&
                  std::u32string_view(U"省縣州道郡府").find(au.back()) != std::u32string_view::npos &&
                  (std::u32string_view(au).substr(0, au.size() - 1) == u ||
                   (u.back() == U'市' && std::u32string_view(au).substr(0, au.size() - 1) == std::u32string_view(u).substr(0, u.size() - 1))))
                continue;
              if (au.size() >= 2 && !u.empty() && (au[0] == u[0] || (taiwan != cldr.end() && taiwan->second == a))) {
                aliases.push_back(a);
              } else if (au.size() >= 2 && p.population > 0 && IsHan(au[0])) {
                context_aliases.push_back(a);
              }
            }
            const auto idx = static_cast<uint32_t>(g->places_.size());
            // (The row of one of those names and 市 is that city's too: Wikidata's 瓦倫西亞市 beside the 巴倫西亞 called 瓦倫西亞.)
            if (p.kind == EntityKind::kCity && p.population > 0) {
              populated_cities.emplace(std::make_pair(p.country, p.name_zh), idx);
              for (const auto& a : context_aliases) populated_cities.emplace(std::make_pair(p.country, a), idx);
            }
            add_place(std::move(p), aliases);
            for (const auto& a : context_aliases) g->Add(Fold(ToU32(a)), {LexKind::kPlaceAlias, false, idx});
          });

  // Organizations.
  ReadTsv(path("orgs.tsv"), "id\tname_zh_hant\tname_en\tqid\ttype\taliases", 5, [&](const std::vector<std::string>& f, int) {
    OrgInfo o{f[0], f[1], f[2], f[3], f[4], f.size() > 5 ? Split(f[5], '|') : std::vector<std::string>{}};
    auto idx = static_cast<uint32_t>(g->orgs_.size());
    g->Add(Fold(ToU32(o.name_zh)), {LexKind::kOrg, false, idx});
    g->Add(Fold(ToU32(o.name_en)), {LexKind::kOrg, false, idx});
    for (const auto& a : o.aliases) g->Add(Fold(ToU32(a)), {LexKind::kOrg, false, idx});
    g->orgs_.push_back(std::move(o));
  });

  // Titles.
  ReadTsv(path("titles.tsv"), "", 3, [&](const std::vector<std::string>& f, int line) {
    TitleInfo t;
    t.title = f[0];
    auto role = ontology::RoleFromName(f[1]);
    if (!role) throw DataError(path("titles.tsv"), line, "unknown role " + f[1]);
    t.role = *role;
    static const std::pair<const char*, TitleScope> kScopes[] = {{"gov", TitleScope::kGov},
                                                                {"org", TitleScope::kOrg},
                                                                {"any", TitleScope::kAny},
                                                                {"nation", TitleScope::kNation},
                                                                {"honorific", TitleScope::kHonorific}};
    bool found = false;
    for (const auto& [name, scope] : kScopes)
      if (f[2] == name) {
        t.scope = scope;
        found = true;
      }
    if (!found) throw DataError(path("titles.tsv"), line, "unknown scope " + f[2]);
    auto idx = static_cast<uint32_t>(g->titles_.size());
    g->Add(Fold(ToU32(t.title)), {LexKind::kTitle, false, idx});
    g->titles_.push_back(std::move(t));
  });

  ReadTsv(path("surnames.tsv"), "", 2, [&](const std::vector<std::string>& f, int line) {
    uint32_t bits = 0;
    for (const auto& o : Split(f[1], ',')) {
      if (o == "zh") {
        bits |= static_cast<uint32_t>(SurnameOrigin::kZh);
      } else if (o == "ja") {
        bits |= static_cast<uint32_t>(SurnameOrigin::kJa);
      } else if (o == "ko") {
        bits |= static_cast<uint32_t>(SurnameOrigin::kKo);
      } else {
        throw DataError(path("surnames.tsv"), line, "unknown origin " + o);
      }
    }
    g->Add(Fold(ToU32(f[0])), {LexKind::kSurname, false, bits});
  });

  ReadTsv(path("org_suffixes.tsv"), "", 2, [&](const std::vector<std::string>& f, int line) {
    uint32_t bits = 0;
    for (const auto& k : Split(f[1], ',')) {
      if (k == "org") {
        bits |= 1;
      } else if (k == "dept") {
        bits |= 2;
      } else if (k == "not") {
        bits |= 4;
      } else if (k == "venue") {
        bits |= 8;
      } else if (k == "inner") {
        bits |= 16;
      } else if (k == "quoted") {
        bits |= 32;
      } else if (k == "kind") {
        bits |= 64;
      } else {
        throw DataError(path("org_suffixes.tsv"), line, "unknown kind " + k);
      }
    }
    g->Add(Fold(ToU32(f[0])), {LexKind::kOrgSuffix, false, bits});
  });

  ReadTsv(path("boundaries.tsv"), "", 2, [&](const std::vector<std::string>& f, int line) {
    uint32_t bits = f[1] == "stop" ? 1u : f[1] == "lead" ? 2u : f[1] == "both" ? 3u : f[1] == "word" ? 4u : 0u;
    if (!bits) throw DataError(path("boundaries.tsv"), line, "kind must be stop, lead, both or word");
    g->Add(Fold(ToU32(f[0])), {LexKind::kBoundary, false, bits});
  });

  ReadTsv(path("cues.tsv"), "", 2, [&](const std::vector<std::string>& f, int line) {
    static const std::pair<const char*, CueKind> kKinds[] = {
        {"met", CueKind::kMet},     {"member", CueKind::kMember}, {"attend", CueKind::kAttend}, {"host", CueKind::kHost},
        {"sign", CueKind::kSign},   {"event", CueKind::kEvent},   {"past", CueKind::kPast},     {"self", CueKind::kSelf}};
    for (const auto& [name, kind] : kKinds)
      if (f[1] == name) {
        g->Add(Fold(ToU32(f[0])), {LexKind::kCue, false, static_cast<uint32_t>(kind)});
        return;
      }
    throw DataError(path("cues.tsv"), line, "unknown cue kind " + f[1]);
  });
  ReadTsv(path("departments_en.tsv"), "", 2, [&](const std::vector<std::string>& f, int line) {
    auto stems = Split(f[1], '|');
    if (stems.empty() || std::any_of(stems.begin(), stems.end(), [](const std::string& x) { return x.empty(); }))
      throw DataError(path("departments_en.tsv"), line, "empty stem");
    g->department_stems_[EnglishKey(f[0])] = std::move(stems);
  });
  // English names of places (lower case): curated rows first, then the most populous; rows with neither are left out
  // (Wikidata items of every kind).
  for (size_t i = 0; i < g->places_.size(); ++i) {
    const PlaceInfo& p = g->places_[i];
    if (!p.name_en.empty() && !p.country.empty()) {
      auto [in, fresh] = g->place_by_english_in_.try_emplace(EnglishKey(p.name_en) + "|" + p.country, static_cast<int>(i));
      const PlaceInfo& q = g->places_[static_cast<size_t>(in->second)];
      if (!fresh && ((p.curated && !q.curated) || (p.curated == q.curated && p.population > q.population))) in->second = static_cast<int>(i);
    }
    if (p.name_en.empty() || (!p.curated && p.population <= 0)) continue;
    auto [it, added] = g->place_by_english_.try_emplace(EnglishKey(p.name_en), static_cast<int>(i));
    if (added) continue;
    const PlaceInfo& q = g->places_[static_cast<size_t>(it->second)];
    if ((p.curated && !q.curated) || (p.curated == q.curated && p.population > q.population)) it->second = static_cast<int>(i);
  }
  // (And by its English name without diacritics, where no row has that name as written: Poznan, Lodz, Sao Paulo.)
  for (size_t i = 0; i < g->places_.size(); ++i) {
    const PlaceInfo& p = g->places_[i];
    if (p.name_en.empty() || p.country.empty()) continue;
    const std::string plain = WithoutDiacritics(p.name_en);
    if (plain.empty()) continue;
    const std::string key = EnglishKey(plain);
    auto [in, fresh] = g->place_by_english_in_.try_emplace(key + "|" + p.country, static_cast<int>(i));
    if (!fresh && EnglishKey(g->places_[static_cast<size_t>(in->second)].name_en) != key) {
      const PlaceInfo& q = g->places_[static_cast<size_t>(in->second)];
      if ((p.curated && !q.curated) || (p.curated == q.curated && p.population > q.population)) in->second = static_cast<int>(i);
    }
    if (!p.curated && p.population <= 0) continue;
    auto [it, added] = g->place_by_english_.try_emplace(key, static_cast<int>(i));
    if (!added && EnglishKey(g->places_[static_cast<size_t>(it->second)].name_en) != key) {
      const PlaceInfo& q = g->places_[static_cast<size_t>(it->second)];
      if ((p.curated && !q.curated) || (p.curated == q.curated && p.population > q.population)) it->second = static_cast<int>(i);
    }
  }
  // (And a Japanese city GeoNames names with its suffix, Takamatsu-shi, by its name alone, Takamatsu — where no other row
  // has that name.)
  for (size_t i = 0; i < g->places_.size(); ++i) {
    const PlaceInfo& p = g->places_[i];
    if (p.country == "JP" && p.population > 0 && p.name_en.size() > 6 && p.name_en.ends_with("-shi"))
      g->place_by_english_.try_emplace(EnglishKey(std::string_view(p.name_en).substr(0, p.name_en.size() - 4)), static_cast<int>(i));
  }
  g->root_.assign(0x10000, 0);
  for (const auto& [c, child] : g->nodes_[0].children)
    if (c < g->root_.size()) g->root_[c] = child;
  return g;
}

}  // namespace citykg::extract
