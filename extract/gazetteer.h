// Gazetteers and lexicons loaded from ontology/data/*.tsv, compiled once into one trie, shared read-only
// by all threads (STYLE.md habits 1, 4).
#ifndef CITYKG_EXTRACT_GAZETTEER_H_
#define CITYKG_EXTRACT_GAZETTEER_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "ontology/vocab.h"

namespace citykg::extract {

// A data file is missing or has a bad line. Thrown only while loading (never per document).
class DataError : public std::runtime_error {
 public:
  DataError(std::string file, int line, const std::string& what)
      : std::runtime_error(file + (line > 0 ? ":" + std::to_string(line) : std::string()) + ": " + what),
        file_(std::move(file)),
        line_(line) {}
  const std::string& file() const { return file_; }
  int line() const { return line_; }

 private:
  std::string file_;
  int line_;
};

struct PlaceInfo {
  std::string id;       // QID, GN..., or CKG-...
  std::string name_zh;  // canonical Traditional Chinese name
  std::string name_en;
  std::string country;  // ISO 3166-1 alpha-2
  ontology::EntityKind kind = ontology::EntityKind::kCity;
  int64_t population = 0;
  bool curated = false;  // from places_extra.tsv
  // A city named after a curated region of its country (德島市 beside 德島縣): known by its bare name as the region is,
  // even where the world gazetteer gives it no population.
  bool namesake = false;
  std::string qid() const { return id.size() > 1 && id[0] == 'Q' ? id : std::string(); }
};

struct CountryInfo {
  std::string iso2;
  std::string qid;
  std::string name_en;
  std::string name_zh;
};

struct OrgInfo {
  std::string id;
  std::string name_zh;
  std::string name_en;
  std::string qid;
  std::string type;
  std::vector<std::string> aliases;
};

enum class TitleScope { kGov, kOrg, kAny, kNation, kHonorific };
struct TitleInfo {
  std::string title;
  ontology::Role role = ontology::Role::kOther;
  TitleScope scope = TitleScope::kAny;
};

enum class SurnameOrigin : uint8_t { kZh = 1, kJa = 2, kKo = 4 };

// What a lexicon entry is. One trie holds every kind; a match carries all entries of that string.
enum class LexKind : uint8_t {
  kPlace,      // index into places(); `base` set when the string is the name without its admin suffix
  kPlaceAlias,  // index into places(): another Chinese name of a populated place that shares not its first character
                // (列治文 for Richmond, British Columbia); read only where the place's country is the context
  kCountry,    // index into countries()
  kOrg,        // index into orgs()
  kTitle,      // index into titles()
  kSurname,    // value = SurnameOrigin bits
  kOrgSuffix,  // value bits: 1 org ending, 2 department ending, 4 never an org alone, 8 a venue ending, 16 a trade word (inner), 32 an ending only in quotes (quoted)
  kBoundary,   // value bits: 1 ends a name, 2 a name starts after it
  kCue,        // value = CueKind
};
enum class CueKind : uint8_t { kMet, kMember, kAttend, kHost, kSign, kEvent, kPast, kSelf };

struct LexEntry {
  LexKind kind;
  bool base = false;
  uint32_t value = 0;  // index or bits, by kind
};

// One lexicon match at a position of the folded text.
struct LexMatch {
  uint32_t length = 0;  // in codepoints
  const std::vector<LexEntry>* entries = nullptr;
};

// Reads the countries of the data folder `dir`: `row` for each row of countries.tsv (its fields: iso2, qid, name_en,
// name_zh_hant_tw, …) as it is read, then `name` for every name of a country — countries.tsv's Taiwanese, Hong Kong and
// Wikidata names, country_aliases.tsv's aliases — with the country's ISO code and where it is written. Throws
// DataError naming file and line.
void ReadCountries(const std::string& dir, const std::function<void(const std::vector<std::string>& fields)>& row,
                   const std::function<void(const std::string& iso2, const std::string& name, const std::string& file, int line)>& name);

class Gazetteer {
 public:
  // Loads every data file from `dir` (cities.tsv, countries.tsv, places_extra.tsv, orgs.tsv, titles.tsv,
  // surnames.tsv, org_suffixes.tsv, boundaries.tsv, cues.tsv, departments_en.tsv). Throws DataError naming file and line.
  static std::shared_ptr<const Gazetteer> Load(const std::string& dir);
  // The data folder found by ontology::DataPath.
  static std::shared_ptr<const Gazetteer> LoadDefault();

  // All lexicon strings that start at `pos` of `folded` (shortest first). Latin strings match
  // only on word boundaries, case-insensitively (the folded text is lower-cased for Latin).
  void MatchAt(std::u32string_view folded, size_t pos, std::vector<LexMatch>* out) const;

  const std::vector<PlaceInfo>& places() const { return places_; }
  const std::vector<CountryInfo>& countries() const { return countries_; }
  const std::vector<OrgInfo>& orgs() const { return orgs_; }
  const std::vector<TitleInfo>& titles() const { return titles_; }
  // Index of a country by ISO code, or -1.
  int CountryByIso(std::string_view iso2) const;
  // A place by its English name, case-insensitive ("Cebu City", "cebu"): a curated row first, then the most populous;
  // -1 if none has a population or is curated.
  int PlaceByEnglish(std::string_view name) const;
  // A place by its English name in one country (ISO alpha-2), with or without a population ("Panama City", "PA"): a
  // curated row first, then the most populous; -1 if none.
  int PlaceByEnglishIn(std::string_view name, std::string_view country) const;
  // The Chinese words that name a Taiwanese government's department before 局 or 處, by what its English name says it
  // does ("Cultural Affairs" -> 文化; departments_en.tsv), case-insensitive; nullptr if none.
  const std::vector<std::string>* DepartmentStems(std::string_view english) const;
  // Number of strings in the trie (for `citykg explain` and tests).
  size_t size() const { return entry_count_; }

  // Folding used for lexicon strings and the text alike.
  static std::u32string Fold(std::u32string_view s);

 private:
  struct Node {
    std::vector<std::pair<char32_t, uint32_t>> children;  // sorted by char
    int32_t entries = -1;                                 // index into entry_lists_
  };
  void Add(std::u32string_view folded, LexEntry entry);
  uint32_t Child(uint32_t node, char32_t c) const;

  std::vector<PlaceInfo> places_;
  std::vector<CountryInfo> countries_;
  std::vector<OrgInfo> orgs_;
  std::vector<TitleInfo> titles_;
  std::unordered_map<std::string, int> country_by_iso_;
  std::unordered_map<std::string, int> place_by_english_;  // lower-case English name -> place
  std::unordered_map<std::string, int> place_by_english_in_;  // lower-case English name + '|' + country -> place
  std::unordered_map<std::string, std::vector<std::string>> department_stems_;  // lower-case English -> stems
  std::vector<Node> nodes_;
  std::vector<uint32_t> root_;  // the root's children by character (BMP), filled once loading is done
  std::vector<std::vector<LexEntry>> entry_lists_;
  size_t entry_count_ = 0;
  friend class GazetteerBuilder;
};

}  // namespace citykg::extract

#endif  // CITYKG_EXTRACT_GAZETTEER_H_
