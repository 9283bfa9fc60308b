#include "extract/detail/lexical.h"

#include <algorithm>
#include <map>
#include <optional>
#include <set>

namespace citykg::extract::detail {

namespace {

// A body's office for a region or a country (亞太辦公室, 東南亞局, 駐泰國辦事處): a region's word or 駐, then a unit's word.
bool RegionalUnit(std::u32string_view unit) {
  static constexpr std::u32string_view kRegions[] = {U"亞太", U"亞洲", U"東亞", U"東南亞", U"南亞", U"西太平洋", U"歐洲",
                                                     U"美洲", U"非洲", U"中東", U"區域", U"駐"};
  static constexpr std::u32string_view kUnits[] = {U"辦公室", U"辦事處", U"中心", U"局", U"處", U"署"};
  bool region = false, ends = false;
  for (auto r : kRegions) region = region || unit.starts_with(r);
  for (auto u : kUnits) ends = ends || (unit.ends_with(u) && unit.size() > u.size() + 1);
  return region && ends && unit.size() <= 10;
}
bool IsDigitChar(char32_t c) { return c >= U'0' && c <= U'9'; }

// Does the text hold a branch office's word (事務所, 辦事處, 分處 …: a body's branch keeps its head's post in the body)?
bool HoldsBranchWord(std::u32string_view text) {
  return ContainsAny(text, {U"事務所", U"辦事處", U"代表處", U"分處", U"分會", U"辦公室", U"分公司", U"支部"});
}


// What joins the portfolios a ministry is named for (英國住房、社區及地方政府部, 新加坡永續發展與環境部).
constexpr std::u32string_view kPortfolioJoiners = U"、及與和暨";

// Does the administrative suffix ending a place name at `e` go on as a word (市民, 市場, 區域, 道路, 縣民)? Then the name
// ends no place. (But 廣島市政府, 金澤市政廳, 浦那市政公司: the city's government.)
bool SuffixGoesOn(const std::u32string& f, uint32_t e) {
  static const std::u32string_view kGoesOn[] = {U"市民", U"市場", U"市區", U"市政", U"市容", U"市集", U"市況", U"市內",
                                               U"市外", U"市中心", U"市值", U"市面", U"市價", U"區域", U"道路", U"縣民",
                                               U"縣道", U"州際"};
  if (e < 1) return false;
  for (auto w : kGoesOn)
    if (f.compare(e - 1, w.size(), w) == 0)
      return !(f.compare(e - 1, 3, U"市政府") == 0 || f.compare(e - 1, 3, U"市政廳") == 0 || f.compare(e - 1, 4, U"市政公司") == 0 ||
               f.compare(e - 1, 3, U"市政局") == 0);
  return false;
}

// Does the compass point before `p` (南加州, 西日本: Southern California, western Japan) name a part of the country or the
// region written at p — not ending a name before it (越南, 湖北: `compass_in_seg`), nor saying which way from a place
// (以北, 往南)?
bool CompassPartAt(const std::u32string& f, uint32_t p, bool compass_in_seg) {
  return p > 0 && !compass_in_seg && std::u32string_view(U"東西南北").find(f[p - 1]) != std::u32string_view::npos &&
         (p < 2 || std::u32string_view(U"以往向朝偏東西南北").find(f[p - 2]) == std::u32string_view::npos);
}

// Does `pos` open parentheses holding only an abbreviation in Latin capitals (two to ten of them, digits or hyphens
// after the first), as 援助隊（JDR） and 諮詢團（INSARAG） write it?
bool LatinCapitalsInParentheses(const NormalizedText& nt, uint32_t pos) {
  const auto n = static_cast<uint32_t>(nt.folded.size());
  if (pos >= n || nt.folded[pos] != U'(') return false;
  uint32_t k = pos + 1;
  while (k < n && k - pos <= 11 &&
         ((nt.text[k] >= U'A' && nt.text[k] <= U'Z') || (k > pos + 1 && ((nt.text[k] >= U'0' && nt.text[k] <= U'9') || nt.text[k] == U'-'))))
    ++k;
  return k - pos - 1 >= 2 && k - pos - 1 <= 10 && k < n && nt.folded[k] == U')';
}
}  // namespace

// Where a name in Latin capitals that starts at `q` of `t` ends (Business Oulu, Check Point, Bank of America): words
// that open with a capital or a digit (and of, and, for, de, the, & between them), single spaces between, at most six
// words, followed by no more Latin (a Han character, a mark or the end); `q` when there is none. `wide`: a European
// body's name too — a capital or a digit anywhere in a word (i2CAT, Fundació), the connectors of its languages between
// (Hub Criativo do Beato, Fira de la Música, Haus der Kunst).
uint32_t CapitalizedLatinNameEnd(const std::u32string& t, uint32_t q, bool wide) {
  const auto n = static_cast<uint32_t>(t.size());
  auto word_char = [](char32_t c) { return IsLatinLetter(c) || IsDigitChar(c) || c == U'&' || c == U'\'' || c == U'-'; };
  uint32_t at = q, end = q;
  for (int words = 0; words < 6 && at < n && word_char(t[at]); ++words) {
    uint32_t w = at;
    while (w < n && word_char(t[w])) ++w;
    const std::u32string_view word(t.data() + at, w - at);
    auto upper = [](char32_t c) { return (c >= U'A' && c <= U'Z') || IsDigitChar(c) || (c >= 0xC0 && c <= 0xDE && c != 0xD7); };
    const bool capital = wide ? std::any_of(word.begin(), word.end(), upper) : (word[0] >= U'A' && word[0] <= U'Z') || IsDigitChar(word[0]);
    static constexpr std::u32string_view kWideJoiners[] = {U"del", U"la", U"el", U"le", U"i", U"y", U"do", U"da", U"di", U"der",
                                                           U"des", U"van", U"von"};
    const bool joiner = word == U"of" || word == U"and" || word == U"for" || word == U"de" || word == U"the" || word == U"&" ||
                        (wide && std::find(std::begin(kWideJoiners), std::end(kWideJoiners), word) != std::end(kWideJoiners));
    if (!capital && !joiner) return q;
    if (capital) end = w;
    if (w + 1 < n && t[w] == U' ' && word_char(t[w + 1])) {
      at = w + 1;
      continue;
    }
    at = w;
    break;
  }
  if (at < n && (word_char(t[at]) || t[at] == U'.' || t[at] == U' ')) return q;  // more Latin than six words, or a sentence
  return end;
}

Lexicon::Lexicon(const Gazetteer& g, const NormalizedText& nt) {
  const std::u32string& f = nt.folded;
  const auto n = static_cast<uint32_t>(f.size());
  place_.assign(n, {});
  country_.assign(n, {});
  org_.assign(n, {});
  title_.assign(n, {});
  suffix_.assign(n, {});
  self_.assign(n, {});
  surname_.assign(n, {0, 0, 0, 0});
  stop_.assign(n, 0);
  lead_end_.assign(n + 1, false);
  boundary_end_.assign(n + 1, false);
  event_end_.assign(n + 1, false);
  cues_.assign(n, {});
  std::vector<LexMatch> matches;
  // Countries first: place choice looks at the country named just before.
  std::vector<int> country_before(n + 1, -1);  // country index whose mention ends at pos
  std::vector<uint32_t> named_countries;        // every country the text names, anywhere
  std::vector<uint32_t> head_countries;         // those its head names (the title, the cover fields: where the trip went)
  // The matches that hold a place, by position (the second pass reads only these, not the text again).
  std::vector<std::pair<uint32_t, LexMatch>> place_matches;
  std::vector<Span> whole_words;  // words a boundary inside them does not cut (自由 holds 由)
  for (uint32_t p = 0; p < n; ++p) {
    g.MatchAt(f, p, &matches);
    for (const auto& m : matches) {
      bool has_place = false;
      for (const auto& e : *m.entries) {
        if ((e.kind == LexKind::kPlace || e.kind == LexKind::kPlaceAlias) && !has_place) {
          place_matches.push_back({p, m});
          has_place = true;
        }
        switch (e.kind) {
          case LexKind::kCountry:
            if (m.length >= country_[p].len) country_[p] = {m.length, e.value, false};
            country_before[p + m.length] = static_cast<int>(e.value);
            if (std::find(named_countries.begin(), named_countries.end(), e.value) == named_countries.end())
              named_countries.push_back(e.value);
            if (p < 400 && std::find(head_countries.begin(), head_countries.end(), e.value) == head_countries.end())
              head_countries.push_back(e.value);
            break;
          case LexKind::kOrg:
            if (m.length >= org_[p].len) org_[p] = {m.length, e.value, false};
            break;
          case LexKind::kTitle: {
            // A title followed by 處 or 室 names a unit or a room (秘書處, 局長室), not a post (but 處理 is a verb); one
            // followed by 院 a chamber (參議院), not 院長.
            size_t after = p + m.length;
            // (理事, 委員 before 會 name the board or committee: 理事會, 委員會; before 席 a seat on it: 連任理事席次.)
            bool unit = after < n && (f[after] == U'室' || (f[after] == U'處' && !(after + 1 < n && (f[after + 1] == U'理' || f[after + 1] == U'置'))) ||
                                      (f[after] == U'院' && !(after + 1 < n && f[after + 1] == U'長')) ||
                                      ((f[after] == U'會' || f[after] == U'席') && (f[after - 1] == U'事' || f[after - 1] == U'員') &&
                                       !(after + 1 < n && f[after + 1] == U'長')));
            // (Nor one followed by 機關, an authority of its kind: 運輸主管機關; 主管單位 the same.)
            unit = unit || (after + 1 < n && ((f[after] == U'機' && f[after + 1] == U'關') ||
                                              (m.length == 2 && f.compare(p, 2, U"主管") == 0 && f[after] == U'單' && f[after + 1] == U'位')));
            // (Nor 隊長 right after 團: 團隊長期合作 is a team's long work together.)
            unit = unit || (m.length == 2 && p > 0 && f[p - 1] == U'團' && f.compare(p, 2, U"隊長") == 0);
            if (!unit && m.length >= title_[p].len) title_[p] = {m.length, e.value, false};
            break;
          }
          case LexKind::kSurname:
            if (m.length <= 3) surname_[p][m.length] |= static_cast<uint8_t>(e.value);
            break;
          case LexKind::kOrgSuffix:
            if (e.value & 3u) {
              if (m.length >= suffix_[p].len) suffix_[p] = {m.length, e.value, false};
            }
            if (e.value & 4u) not_org_.push_back({p, p + m.length});
            if (e.value & 64u) kinds_.push_back({p, p + m.length});
            if (e.value & 8u) venue_.push_back({p, p + m.length});
            break;
          case LexKind::kBoundary:
            if (e.value & 4u) {
              whole_words.push_back({p, p + m.length});
              break;
            }
            if ((e.value & 1u) && m.length > stop_[p]) stop_[p] = m.length;
            if (e.value & 2u) lead_end_[p + m.length] = true;
            boundary_end_[p + m.length] = true;
            break;
          case LexKind::kCue: {
            auto kind = static_cast<CueKind>(e.value);
            cues_[p].push_back({m.length, kind});
            // (拓展, 發展, 推展: expand, develop, promote — verbs ending in 展, no exhibition's name ends there: 自2023年改制後
            // 積極拓展.)
            const uint32_t end = p + m.length;
            const bool verb =
                end >= 2 && f[end - 1] == U'展' && std::u32string_view(U"拓發推擴開進伸施").find(f[end - 2]) != std::u32string_view::npos;
            if (kind == CueKind::kEvent && !verb) event_end_[end] = true;
            if (kind == CueKind::kSelf && m.length >= self_[p].len) self_[p] = {m.length, 0, false};
            break;
          }
          case LexKind::kPlace:
          case LexKind::kPlaceAlias:
            break;
        }
      }
    }
  }
  // A word that holds a boundary word (自由經濟區 holds 由, as in 由市長X): no name ends or starts inside it. (Nor does a
  // shorter one that opens it stop a name there: 本部町 opens with 本, as in 本市 — a word of its own, 本部.)
  for (Span w : whole_words) {
    if (stop_[w.begin] < w.size()) stop_[w.begin] = 0;
    for (uint32_t q = w.begin + 1; q <= w.end; ++q) {
      if (q < w.end) stop_[q] = 0;
      lead_end_[q] = false;
      boundary_end_[q] = false;
    }
  }
  // (Nor is a place's name read where such a word opens with it and goes on: 薩克斯風, a saxophone, not Sachse.)
  if (!whole_words.empty())
    std::erase_if(place_matches, [&](const std::pair<uint32_t, LexMatch>& pm) {
      return std::any_of(whole_words.begin(), whole_words.end(), [&](Span w) { return w.begin == pm.first && w.size() > pm.second.length; });
    });
  // 參訪台巴科技大學: where a verb of visiting ends at 訪 (參訪, 拜訪), 訪臺 ("visit Taiwan") is no word — the name starts at
  // 臺, not after it.
  for (size_t k = f.find(U"訪臺"); k != std::u32string::npos; k = f.find(U"訪臺", k + 1))
    if (k > 0 && lead_end_[k + 1] && k + 2 < n && IsHan(f[k + 2])) {
      lead_end_[k + 2] = false;
      boundary_end_[k + 2] = false;
    }
  std::vector<bool> place_end(n + 1, false);
  std::vector<int> place_ending_at(n + 1, -1);  // the place whose mention ends at pos (美國加州 + 聖地牙哥)
  // One sense per document: a name read with its country once (美國加州聖地牙哥市) is that place where it stands
  // alone later (聖地牙哥港務局), not the most populous namesake.
  std::map<std::u32string, uint32_t, std::less<>> sense;
  // Places already read in the document, each with the order it was first read in: a later bare mention of one needs
  // no more context (泰國清邁市 … 「清邁國際花卉節」).
  std::map<uint32_t, size_t> read_here;
  std::sort(not_org_.begin(), not_org_.end(), [](const auto& a, const auto& b) { return a.second < b.second; });
  std::sort(kinds_.begin(), kinds_.end(), [](const auto& a, const auto& b) { return a.second < b.second; });
  // (A venue's word that ends a longer ending of bodies is none: 文化中心 in 經濟文化中心, a representative office.)
  std::erase_if(venue_, [&](const std::pair<uint32_t, uint32_t>& v) {
    for (uint32_t q = v.first > 8 ? v.first - 8 : 0; q < v.first; ++q)
      if (suffix_[q].len == v.second - q && !(suffix_[q].value & 8u)) return true;
    return false;
  });
  std::sort(venue_.begin(), venue_.end(), [](const auto& a, const auto& b) { return a.second < b.second; });
  // Places: the best candidate for each matched string. Curated rows first, then a place in the country named
  // just before, then the most populous. Small places with short names need context to count.
  // The place read at a position counts as read once every match there is weighed (沖繩縣, not the 沖繩 inside it).
  // So is the sense a country gives a name: the longest name read there (沖繩縣), not a shorter one inside it.
  // 高市, 北市, 竹縣: the two-character short forms newspapers write for Taiwan's cities and counties stand where a name
  // can — after the text's start, a mark, a boundary or cue word, a country or place, or a function character (與高市,
  // 出席北市府, 邀請竹縣府) — and never as a word's start (空中市集, 提高市民, 東北市場).
  // (A function character right before `p`, after which a name may stand: 與, 由, 赴, 於 ….)
  auto after_function_char = [&](uint32_t p) {
    return p > 0 && std::u32string_view(U"與和及暨同由在赴訪至到於向為是讓請將對並偕率").find(f[p - 1]) != std::u32string_view::npos;
  };
  auto short_form_stands = [&](uint32_t p) {
    if (SuffixGoesOn(f, p + 2)) return false;
    if (p == 0 || !IsHan(f[p - 1]) || lead_end_[p] || boundary_end_[p] || place_end[p] || country_before[p] >= 0) return true;
    if (after_function_char(p)) return true;
    for (uint32_t q = p >= 4 ? p - 4 : 0; q < p; ++q)
      for (const auto& cue : cues_[q])
        if (q + cue.first == p) return true;
    return false;
  };
  uint32_t pending_pos = UINT32_MAX;
  int pending_place = -1;
  bool pending_sense = false;  // the longest name read there was read with its country (or region's country)
  bool pending_context = false;  // the place read there is of the country named before, or read in the document already
  std::vector<const LexMatch*> pending_matches;
  for (size_t pm = 0; pm <= place_matches.size(); ++pm) {
    const uint32_t p = pm < place_matches.size() ? place_matches[pm].first : UINT32_MAX;
    if (p != pending_pos) {
      if (pending_place >= 0) read_here.emplace(static_cast<uint32_t>(pending_place), read_here.size());
      // Every name at that position that can mean the place read there (聖地牙哥 and 聖地牙哥市) means it from now on.
      if (pending_sense)
        for (const LexMatch* pmatch : pending_matches)
          if (pmatch->entries->size() > 1 &&
              std::any_of(pmatch->entries->begin(), pmatch->entries->end(), [&](const auto& en) {
                return (en.kind == LexKind::kPlace || en.kind == LexKind::kPlaceAlias) && static_cast<int>(en.value) == pending_place;
              }))
            sense[f.substr(pending_pos, pmatch->length)] = static_cast<uint32_t>(pending_place);
      pending_pos = p;
      pending_place = -1;
      pending_sense = false;
      pending_context = false;
      pending_matches.clear();
    }
    if (pm == place_matches.size()) break;
    pending_matches.push_back(&place_matches[pm].second);
    {
      const LexMatch& m = place_matches[pm].second;
      int best = -1;
      bool best_base = false;
      int64_t best_score = -1;
      int ctx_country = country_before[p];
      // A region or city written just before (美國加州 + 聖地牙哥): its country counts where no country is named.
      const std::string* region_country =
          place_ending_at[p] >= 0 ? &g.places()[static_cast<size_t>(place_ending_at[p])].country : nullptr;
      // (A country the report's head names, where no country or region is named just before: where the trip went.)
      auto of_head_country = [&](const PlaceInfo& pl) {
        return ctx_country < 0 && !region_country &&
               std::any_of(head_countries.begin(), head_countries.end(), [&](uint32_t c) { return g.countries()[c].iso2 == pl.country; });
      };
      auto remembered = ctx_country < 0 && !region_country && !sense.empty()
                            ? sense.find(std::u32string_view(f).substr(p, m.length))
                            : sense.end();
      for (const auto& e : *m.entries) {
        if (e.kind != LexKind::kPlace && e.kind != LexKind::kPlaceAlias) continue;
        const PlaceInfo& pl = g.places()[e.value];
        // Another name of a place (列治文 for Richmond, British Columbia) counts in its country only — the country or a
        // region of it named just before, the country the report's head names, or the place read in the document
        // already — and where no place of that country bears the name as its own.
        if (e.kind == LexKind::kPlaceAlias) {
          const bool in_country =
              (ctx_country >= 0 && g.countries()[static_cast<size_t>(ctx_country)].iso2 == pl.country) ||
              (ctx_country < 0 && region_country && *region_country == pl.country) || of_head_country(pl) ||
              read_here.count(e.value) > 0 || (remembered != sense.end() && remembered->second == e.value);
          const bool own_name = std::any_of(m.entries->begin(), m.entries->end(), [&](const auto& o) {
            return o.kind == LexKind::kPlace && g.places()[o.value].country == pl.country;
          });
          if (!in_country || own_name) continue;
        }
        int64_t score = pl.population;
        if (pl.curated) score += 1'000'000'000LL;
        // A full name beats a name without its suffix; without a suffix, a city (大阪, 福岡) beats its region.
        // (But a world gazetteer's row of the bare name with no population, Wikidata's 大阪 of no kind, is no full name of
        // a place where a populated city of its country bears that name without its suffix: 大阪市 wins.)
        const bool bare_row = !e.base && !pl.curated && pl.population <= 0 && !IsAdminSuffixChar(f[p + m.length - 1]) &&
                              std::any_of(m.entries->begin(), m.entries->end(), [&](const auto& o) {
                                if (o.kind != LexKind::kPlace || !o.base) return false;
                                const PlaceInfo& city = g.places()[o.value];
                                return city.kind == ontology::EntityKind::kCity && city.population > 0 && city.country == pl.country;
                              });
        if (!e.base && !bare_row) score += 8'000'000'000LL;
        if (e.base && pl.kind == ontology::EntityKind::kCity) score += 2'000'000'000LL;
        if (ctx_country >= 0 && g.countries()[static_cast<size_t>(ctx_country)].iso2 == pl.country) score += 4'000'000'000LL;
        if (ctx_country < 0 && region_country && *region_country == pl.country) score += 4'000'000'000LL;
        // (Else a country the report's head names, where the trip went: 漢密爾頓 in a report on a trip to 紐西蘭.)
        if ((pl.population > 0 || pl.curated || pl.namesake) && of_head_country(pl)) score += 3'000'000'000LL;
        if (remembered != sense.end() && remembered->second == e.value) score += 4'000'000'000LL;
        // A place the document named already (沖繩縣 … later 沖繩 alone) before its namesakes (沖繩市); of two it named
        // whose bare name this is, the one named first, whatever their kinds (南投縣 … 於南投市設宴 … 「2026南投世界茶業
        // 博覽會」 in the county's text; not where the name is one place's own short form, 福井 for 福井市).
        if (auto r = read_here.find(e.value); r != read_here.end()) {
          score += 4'000'000'000LL;
          if (e.base && std::none_of(m.entries->begin(), m.entries->end(), [&](const auto& o) {
                if (o.kind != LexKind::kPlace || o.value == e.value) return false;
                const auto other = read_here.find(o.value);
                return other != read_here.end() && other->second < r->second;
              }) && std::any_of(m.entries->begin(), m.entries->end(), [&](const auto& o) {
                return o.kind == LexKind::kPlace && o.value != e.value && read_here.count(o.value);
              }))
            score += 3'000'000'000LL;
        }
        if (pl.country == "TW") score += 500'000'000LL;
        if (!e.base) score += 1;
        if (score > best_score) {
          best_score = score;
          best = static_cast<int>(e.value);
          best_base = e.base;
        }
      }
      if (best < 0) continue;
      const PlaceInfo& pl = g.places()[static_cast<size_t>(best)];
      // (A title after spaces or a tab counts too: a table row 宮古島市⇥市長⇥下地健一.)
      uint32_t after_name = p + m.length;
      while (after_name < n && (f[after_name] == U' ' || f[after_name] == U'\t')) ++after_name;
      bool context = ctx_country >= 0 ||
                     (p + m.length < n && (title_[p + m.length].len > 0 || IsAdminSuffixChar(f[p + m.length]))) ||
                     (after_name < n && after_name > p + m.length && title_[after_name].len > 0) ||
                     // (A name with its suffix, then its government: 廣島市政府, 金澤市役所.)
                     (m.length >= 3 && IsAdminSuffixChar(f[p + m.length - 1]) &&
                      (f.compare(p + m.length, 2, U"政府") == 0 || f.compare(p + m.length, 2, U"役所") == 0));
      // Rows without a population are Wikidata items of every kind (大都市, 同屬 are Greek villages there): they
      // count only with an administrative suffix or a country named just before.
      bool same_country = ctx_country >= 0 && g.countries()[static_cast<size_t>(ctx_country)].iso2 == pl.country;
      // (A list's item after a place of the country is read as one of the country named before: 比利時布魯塞爾、魯汶 —
      // Leuven, Belgium. A name with its suffix is found by its shape, as it is elsewhere in the text: 東京、富士河口湖町.)
      const bool listed_with_country = ctx_country < 0 && p >= 2 && f[p - 1] == U'、' && place_ending_at[p - 1] >= 0 &&
                                       g.places()[static_cast<size_t>(place_ending_at[p - 1])].country == pl.country &&
                                       !IsAdminSuffixChar(f[p + m.length - 1]) &&
                                       std::u32string_view(U"町村鎮鄉").find(f[p + m.length - 1]) == std::u32string_view::npos;
      const bool seen_here = read_here.count(static_cast<uint32_t>(best)) > 0;
      // 沖繩縣宮古島市: a name with its suffix right after a region of its country.
      // (Or a name of two whose suffix starts its head's title: 奧勒岡州尤金市長.)
      const bool in_its_region = region_country && *region_country == pl.country &&
                                 ((m.length >= 3 && IsAdminSuffixChar(f[p + m.length - 1])) ||
                                  (m.length == 2 && p + 3 < n && IsAdminSuffixChar(f[p + 2]) && f[p + 3] == U'長'));
      // 前橋市, 金澤市: a name written with a city's or region's suffix (not a district's), of a country the report
      // names somewhere, or of Taiwan (the reports' own country; its townships too: 溪湖鎮, 池上鄉)
      // (many of the gazetteer's Japanese, Korean, US and Taiwanese places have no population; a lower-case English
      // label is a kind of place, not one: 特例市 = "special city of Japan").
      const bool taiwan = pl.country == "TW";
      // (Does the text name the place's country anywhere? Asked only where the cheaper tests before it hold.)
      auto country_named = [&] {
        return std::any_of(named_countries.begin(), named_countries.end(), [&](uint32_t c) { return g.countries()[c].iso2 == pl.country; });
      };
      const bool of_named_country =
          m.length >= 3 &&
          (std::u32string_view(U"市縣州省道府郡").find(f[p + m.length - 1]) != std::u32string_view::npos ||
           (taiwan && (f[p + m.length - 1] == U'鄉' || f[p + m.length - 1] == U'鎮'))) &&
          !pl.name_en.empty() && !(pl.name_en[0] >= 'a' && pl.name_en[0] <= 'z') &&
          (taiwan || country_named());
      // (Or one glossed right after by its own English name: 前往吉馬（Jimma）, a town with no population in the gazetteer,
      // in Ethiopia, which the report names.)
      bool glossed = false;
      if (p + m.length + 2 < n && f[p + m.length] == U'(' && !pl.name_en.empty()) {
        const std::u32string en = Gazetteer::Fold(ToU32(pl.name_en));
        // (Of a country the text names: not the US 春田 for 春田市（Springfield） in a report on Canada.)
        glossed = f.compare(p + m.length + 1, en.size(), en) == 0 && p + m.length + 1 + en.size() < n &&
                  f[p + m.length + 1 + en.size()] == U')' &&
                  country_named();
      }
      // (Or one of a country the text names, between a word of where (於, 在, 赴, 前往, 抵達) and a verb of holding or visiting:
      // 明年4月於雷諾舉辦之「…」 — Reno, 雷 a surname too.)
      const bool located =
          m.length == 2 && p >= 1 && p + 4 <= n &&
          (f[p - 1] == U'於' || f[p - 1] == U'在' || f[p - 1] == U'赴' || (p >= 2 && (f.compare(p - 2, 2, U"前往") == 0 || f.compare(p - 2, 2, U"抵達") == 0))) &&
          ContainsAny(std::u32string_view(f.data() + p + 2, 2), {U"舉辦", U"舉行", U"召開", U"參訪", U"訪問", U"開幕"}) && country_named();
      bool accept = pl.curated || (pl.namesake && best_base) || same_country || listed_with_country || seen_here || in_its_region ||
                    of_named_country || glossed || located ||
                    (m.length >= 3 && (pl.population >= 100000 ||
                                       (IsAdminSuffixChar(f[p + m.length - 1]) && (pl.population > 0 || context)))) ||
                    (m.length == 2 && pl.population >= 300000) || (pl.population > 0 && context && m.length >= 3) ||
                    // 首府甘地訥格爾: a name of three or more right after "the capital" (首府, 首都, 省會).
                    (m.length >= 3 && p >= 2 &&
                     (f.compare(p - 2, 2, U"首府") == 0 || f.compare(p - 2, 2, U"首都") == 0 || f.compare(p - 2, 2, U"省會") == 0)) ||
                    // (寮國首都永珍: one of two, of its country, right after the country's name and 首都.)
                    (m.length == 2 && p >= 4 && pl.population > 0 && f.compare(p - 2, 2, U"首都") == 0 && country_before[p - 2] >= 0 &&
                     g.countries()[static_cast<size_t>(country_before[p - 2])].iso2 == pl.country) ||
                    // 根特市: a city of two characters written with its suffix.
                    // (Or before the title of the head of the region named after it, which starts with that region's
                    // suffix: 宿霧 + 省長; before 府尹, a Thai province's governor only, a city of any size: 清萊 + 府尹.)
                    (m.length == 2 && pl.kind == ontology::EntityKind::kCity && p + 2 < n &&
                     ((pl.population >= 100000 &&
                       (f[p + 2] == U'市' || (std::u32string_view(U"府省州縣").find(f[p + 2]) != std::u32string_view::npos &&
                                             title_[p + 2].len >= 2))) ||
                      (pl.population > 0 && p + 3 < n && f[p + 2] == U'府' && f[p + 3] == U'尹'))) ||
                    // 塔比拉蘭市: a long transliterated name written with its own administrative suffix.
                    (m.length >= 4 && p + m.length < n && IsAdminSuffixChar(f[p + m.length]) && f[p + m.length] != U'區') ||
                    // 耶路撒冷及海法: a smaller city in a list right after another place (also one written with a
                    // suffix the gazetteer's name lacks: 烏隆他尼府及孔敬府).
                    (m.length == 2 && pl.population >= 100000 && p >= 2 &&
                     (place_end[p - 1] || (p >= 3 && place_end[p - 2] && IsAdminSuffixChar(f[p - 2]))) &&
                     std::u32string_view(U"、及與和").find(f[p - 1]) != std::u32string_view::npos);
      // 太和江, 淡水河: a name without an administrative suffix right before 江, 河 or 溪 is a river's (not 太和, a
      // Chinese town); the gazetteer's own names ending so (浙江, 黑龍江) are matched whole before.
      if (!pl.curated && p + m.length < n && !IsAdminSuffixChar(f[p + m.length - 1]) &&
          std::u32string_view(U"江河溪").find(f[p + m.length]) != std::u32string_view::npos)
        continue;
      // 瑪麗亞．桑托斯: a part of a transliterated name written with a name dot is no place (Santos).
      {
        auto name_dot = [](char32_t c) { return c == U'.' || IsNameDot(c); };
        uint32_t e = p + m.length;
        if (!pl.curated && ((p >= 2 && name_dot(f[p - 1]) && IsHan(f[p - 2])) || (e + 1 < n && name_dot(f[e]) && IsHan(f[e + 1]))))
          continue;
      }
      // 宮崎市青島觀光區: a name of the world gazetteer right after a city of another country, nothing between, is a part
      // of that city (a beach, a quarter), not the namesake abroad (青島, Qingdao).
      // (Not after a Taiwanese city, paired with its partner in an event's name: 「臺中仙台姊妹市締結十週年紀念典禮」; nor
      // before an administrative suffix or a title, which the name's own government or head may open: a district read by
      // its shape, or a run a later step reads as a name, 卡拉馬尼斯區長.)
      if (!pl.curated && region_country && *region_country != pl.country && ctx_country < 0 &&
          g.places()[static_cast<size_t>(place_ending_at[p])].kind == ontology::EntityKind::kCity && *region_country != "TW" &&
          !(p + m.length < n && (IsAdminSuffixChar(f[p + m.length]) || title_[p + m.length].len > 0)))
        continue;
      // 友好區, 姊妹市: "friendship" and "sister" start words, not the names of places the gazetteer has (友好 in China).
      if (!pl.curated && (f.compare(p, 2, U"友好") == 0 || f.compare(p, 2, U"姊妹") == 0 || f.compare(p, 2, U"姐妹") == 0))
        continue;
      if (!accept) continue;
      // 赴喬治亞考察: a region's name without its suffix that is a country's whole name is the country (Georgia, not
      // 喬治亞州), unless the region's country is named right before it (美國喬治亞) or the text named the region already.
      // (A city's name without its suffix that is its country's whole name is the country, read before or not: 瓜地馬拉
      // after 瓜地馬拉市.)
      if (best_base && country_[p].len == m.length && !same_country && !in_its_region &&
          (!seen_here || g.places()[static_cast<size_t>(best)].kind == ontology::EntityKind::kCity))
        continue;
      if (pl.curated && pl.country == "TW" && !best_base && m.length == 2 && (f[p + 1] == U'市' || f[p + 1] == U'縣') &&
          !short_form_stands(p)) continue;
      {
        // 桃園國際機場, 松山機場: a facility named after the place, not the place.
        uint32_t e = p + m.length;
        static const std::u32string_view kFacilities[] = {U"國際機場", U"機場", U"車站", U"火車站", U"港口", U"科學園區",
                                                          U"工業區", U"工業園區", U"產業園區", U"加工出口區"};
        bool facility = false;
        for (auto w : kFacilities) facility = facility || f.compare(e, w.size(), w) == 0;
        // (臺北松山機場, 高雄小港機場: a Taiwanese airport named after its district, after the city's name without its
        // suffix — where the delegation left from. Not one abroad, where it arrived: 抵達東京羽田機場.)
        for (uint32_t k = 2; k <= 3 && !facility && e + k + 2 <= n && !IsAdminSuffixChar(f[e - 1]) && pl.country == "TW"; ++k)
          facility = IsHan(f[e]) && IsHan(f[e + k - 1]) && f.compare(e + k, 2, U"機場") == 0 && (k == 2 || IsHan(f[e + 1]));
        // (中山路一段161號, 民生街3號: a road named after the place, in an address — its section or number follows.)
        facility = facility || (e + 1 < n && (f[e] == U'路' || f[e] == U'街') &&
                                (std::u32string_view(U"一二三四五六七八九十段巷弄號").find(f[e + 1]) != std::u32string_view::npos ||
                                 (f[e + 1] >= U'0' && f[e + 1] <= U'9')));
        if (facility) continue;
      }
      if (!pl.curated) {
        // 新城市, 大城市 are words; a suffix that goes on as a word (市民, 市場, 區域, 道路) ends no place name.
        uint32_t e = p + m.length;
        if (m.length >= 2 && f[e - 2] == U'城' && f[e - 1] == U'市') continue;
        // (Unless the text names the place so elsewhere, where the suffix ends it: 高山市民文化會館 after 岐阜縣高山市 —
        // the citizens' hall of that city.)
        if (SuffixGoesOn(f, e)) {
          const std::u32string_view name(f.data() + p, m.length);
          bool elsewhere = false;
          for (size_t at = m.length >= 3 ? f.find(name) : std::u32string::npos; at != std::u32string::npos && !elsewhere;
               at = f.find(name, at + 1))
            elsewhere = at != p && !SuffixGoesOn(f, static_cast<uint32_t>(at + name.size()));
          if (!elsewhere) continue;
        }
      }
      // A short place name that is also a surname (高島, 長岡) is a person's more often than not. (Not a place the text
      // has named, right before a body's ending: 熊本大學 after 熊本市; nor before its head's title, which starts with the
      // place's suffix: 平澤市長 after 韓國平澤市.)
      if (m.length <= 2 && !pl.curated && !same_country && !listed_with_country && !in_its_region && !located && Surname(p, m.length) &&
          pl.population < 1000000 &&
          !(seen_here && p + m.length < n &&
            (suffix_[p + m.length].len > 0 || (IsAdminSuffixChar(f[p + m.length]) && title_[p + m.length].len >= 2))))
        continue;
      // Two-character names of the world gazetteer are often common words or parts of personal names
      // (代表, 大同, 文山): they count only where a place name can stand — after a country, a boundary word,
      // punctuation or the text's start, and before a suffix, a title, a boundary word or punctuation.
      if (m.length <= 2 && (!pl.curated || best_base)) {
        uint32_t e = p + m.length;
        // (A city the report has named already may stand after any word: 明年1月浦那將主辦.)
        bool left = p == 0 || !IsHan(f[p - 1]) || lead_end_[p] || same_country || listed_with_country || place_end[p] ||
                    f[p - 1] == U'駐' ||  // 駐臺北…辦事處: the city an office is stationed in
                    (f[p - 1] == U'經' && pl.population >= 1000000) ||  // 搭機經大阪轉往松山: a big city passed through
                    (seen_here && pl.population >= 100000 &&  // (not a branch after its body: …代表處仙台分處)
                     std::u32string_view(U"處會館局院所部司署廳團社").find(f[p - 1]) == std::u32string_view::npos);
        bool right = e >= n || !IsHan(f[e]) || IsAdminSuffixChar(f[e]) || stop_[e] > 0 || title_[e].len > 0 ||
                     org_[e].len > 0 || suffix_[e].len > 0;
        if (!right)
          for (const auto& cue : cues_[e]) right = right || cue.second != CueKind::kEvent;
        // (Or a big city right after a body's ending, opening the name of the body's office there: 外貿協會 + 孟買 +
        // 台灣貿易中心 — a body's ending a few characters on.)
        if (!left && pl.population >= 1000000 && p >= 2 && SuffixEndsAt(p))
          for (uint32_t q = e + 4; q < n && q <= e + 8 && IsHan(f[q - 1]) && !left; ++q)
            left = SuffixEndsAt(q, e + 1) && !HoldsBranchWord(std::u32string_view(f.data() + e, q - e));
        // (A place of the country named right before may run into the next word: 經斐濟楠迪轉機.)
        if (!left || (!right && pl.population < 300000 && !seen_here && !((same_country || listed_with_country) && pl.population > 0)))
          continue;
        // The name's last character starts a word that runs past it (大分 + 會 = 8 大分會, "8 big branches").
        uint32_t last = e - 1;
        bool overlap = stop_[last] > 1 || title_[last].len > 1;
        for (const auto& [nb, ne] : not_org_) overlap = overlap || (nb == last && ne > e);
        for (const auto& cue : cues_[last]) overlap = overlap || cue.first > 1;
        if (overlap && !pl.curated) continue;
      }
      bool same_region_country = region_country && *region_country == pl.country;
      const bool in_context = same_country || same_region_country || seen_here ||
                              (remembered != sense.end() && remembered->second == static_cast<uint32_t>(best));
      // 墨西哥瓜達拉哈拉市: a name read in its context (瓜達拉哈拉, of the country named before) then the same name and an
      // administrative suffix that is another country's place's whole name (瓜達拉哈拉市 of Spain) — the place of the
      // context, written with its suffix (which the suffix rule of FindSegments takes in).
      const bool namesake_elsewhere = pending_context && !in_context && place_[p].len > 0 && m.length == place_[p].len + 1u &&
                                      IsAdminSuffixChar(f[p + m.length - 1]) &&
                                      g.places()[place_[p].value].country != pl.country;
      if (m.length >= place_[p].len && !namesake_elsewhere) {
        place_[p] = {m.length, static_cast<uint32_t>(best), best_base};
        pending_place = best;
        pending_sense = false;
        pending_context = in_context;
      }
      if (namesake_elsewhere) continue;
      place_end[p + m.length] = true;
      place_ending_at[p + m.length] = best;
      if ((same_country || same_region_country) && pending_place == best) pending_sense = true;
    }
  }
  // 克市 for 克薩爾特南戈市: a foreign city the text names with 市 (written into its name or right after it) may be
  // written after by its first character and 市, as reports write their partners — where no other place read in the text
  // opens with that character, nothing the gazetteer knows is written there, and a name can stand there (克市衛生處,
  // 與克市).
  {
    std::map<char32_t, int> by_first;  // the first character -> the place read, or -1 where two places share it
    std::set<int> cities;               // places written whole with 市
    for (uint32_t p = 0; p < n; ++p) {
      if (place_[p].len == 0) continue;
      const auto idx = static_cast<int>(place_[p].value);
      const uint32_t e = p + place_[p].len;
      if (place_[p].len >= 2 && (f[e - 1] == U'市' || (e < n && f[e] == U'市')) && g.places()[place_[p].value].country != "TW")
        cities.insert(idx);
      auto [it, fresh] = by_first.emplace(f[p], idx);
      if (!fresh && it->second != idx) it->second = -1;
    }
    std::vector<bool> known(n + 1, false);
    for (const auto& pm : place_matches) known[pm.first] = true;
    // (Not a word ending in 市: 都市 after 都柏林市, 開市 after 開普敦市; nor one pointing back or counting, 該市, 兩市.)
    static constexpr std::u32string_view kWords = U"都城超夜股門上黑早花樓車房菜街集開熊牛縣各本該全兩雙此我貴同他外大小一新舊";
    for (const auto& [c, idx] : by_first) {
      if (idx < 0 || !cities.count(idx) || kWords.find(c) != std::u32string_view::npos) continue;
      const std::u32string short_form{c, U'市'};
      for (size_t q = f.find(short_form); q != std::u32string::npos; q = f.find(short_form, q + 1)) {
        const auto p = static_cast<uint32_t>(q);
        // (Where a name can start: after a mark, a word that leads names or a function character — not after any
        // place's or boundary word's end, as a Taiwanese short form may stand: 曺雄龍市長 is a person and a title.)
        // (Before a title, 克市長, not after a word that leads names either: 周如龍市長.)
        const bool stands = p == 0 || !IsHan(f[p - 1]) || (lead_end_[p] && title_[p + 1].len == 0) || after_function_char(p);
        if (place_[p].len > 0 || known[p] || !stands || SuffixGoesOn(f, p + 2)) continue;
        place_[p] = {2, static_cast<uint32_t>(idx), false};
        place_end[p + 2] = true;
        place_ending_at[p + 2] = idx;
      }
    }
  }
}

uint8_t Lexicon::Surname(uint32_t pos, uint32_t len) const {
  if (pos >= surname_.size() || len == 0 || len > 3) return 0;
  return surname_[pos][len];
}

bool Lexicon::NotOrg(uint32_t b, uint32_t e) const {
  auto it = std::lower_bound(not_org_.begin(), not_org_.end(), e,
                             [](const std::pair<uint32_t, uint32_t>& x, uint32_t v) { return x.second < v; });
  for (; it != not_org_.end() && it->second == e; ++it)
    if (it->first == b || it->first == b + 1) return true;  // the word, or 該X, 本X, 各X
  auto k = std::lower_bound(kinds_.begin(), kinds_.end(), e,
                            [](const std::pair<uint32_t, uint32_t>& x, uint32_t v) { return x.second < v; });
  for (; k != kinds_.end() && k->second == e; ++k)
    if (k->first >= b) return true;  // whatever is before it: 歷史寺廟, 普納卡縣寄宿學校
  return false;
}

bool Lexicon::Venue(uint32_t b, uint32_t e) const {
  auto it = std::lower_bound(venue_.begin(), venue_.end(), e,
                             [](const std::pair<uint32_t, uint32_t>& x, uint32_t v) { return x.second < v; });
  for (; it != venue_.end() && it->second == e; ++it)
    if (it->first >= b) return true;
  return false;
}

bool Lexicon::VenueGoesOn(uint32_t b, uint32_t e) const {
  auto it = std::upper_bound(venue_.begin(), venue_.end(), e,
                             [](uint32_t v, const std::pair<uint32_t, uint32_t>& x) { return v < x.second; });
  for (; it != venue_.end() && it->second <= e + 4; ++it)
    if (it->first >= b && it->first < e) return true;
  return false;
}


const std::vector<std::pair<uint32_t, CueKind>>& Lexicon::Cues(uint32_t pos) const {
  static const std::vector<std::pair<uint32_t, CueKind>> kNone;
  return pos < cues_.size() ? cues_[pos] : kNone;
}

Span TableHeaderCell(const std::u32string& f, uint32_t pos) {
  uint32_t line = pos;
  while (line > 0 && f[line - 1] != U'\n') --line;
  size_t column = 0;
  bool tabbed = false;
  for (uint32_t x = line; x < f.size() && f[x] != U'\n'; ++x) {
    if (f[x] == U'\t') tabbed = true;
    if (x < pos) column += f[x] == U'\t';
  }
  if (!tabbed) return {0, 0};
  // The header: the first line of the block of tabbed lines this one ends.
  uint32_t head = line;
  while (head > 0) {
    uint32_t prev = head - 1;
    while (prev > 0 && f[prev - 1] != U'\n') --prev;
    if (std::u32string_view(f.data() + prev, head - 1 - prev).find(U'\t') == std::u32string_view::npos) break;
    head = prev;
  }
  if (head == line) return {0, 0};
  uint32_t cell = head;
  for (size_t c = 0; c < column && cell < f.size() && f[cell] != U'\n'; ++cell) c += f[cell] == U'\t';
  while (cell < f.size() && f[cell] == U' ') ++cell;
  uint32_t cell_end = cell;
  while (cell_end < f.size() && f[cell_end] != U'\t' && f[cell_end] != U'\n') ++cell_end;
  while (cell_end > cell && f[cell_end - 1] == U' ') --cell_end;
  return {cell, cell_end};
}

std::vector<Span> TabCells(const std::u32string& f, Span line) {
  std::vector<Span> cells;
  for (uint32_t b = line.begin;;) {
    uint32_t x = b;
    while (x < line.end && f[x] != U'\t') ++x;
    Span cell{b, x};
    while (cell.begin < cell.end && f[cell.begin] == U' ') ++cell.begin;
    while (cell.end > cell.begin && f[cell.end - 1] == U' ') --cell.end;
    cells.push_back(cell);
    if (x >= line.end) break;
    b = x + 1;
  }
  return cells;
}

int EnglishPlaceInContext(const Gazetteer& g, const std::u32string& text, std::u32string_view lookup, int place) {
  if (place < 0 || lookup.size() < 3) return place;
  auto upper = [](char32_t c) { return c >= U'A' && c <= U'Z'; };
  for (size_t at = text.find(lookup); at != std::u32string::npos; at = text.find(lookup, at + 1)) {
    if (at > 0 && IsLatinLetter(text[at - 1])) continue;
    // (Past the rest of the name it opens: -Clarke County.)
    size_t q = at + lookup.size();
    while (q < text.size() && q - at < 40 && (IsLatinLetter(text[q]) || text[q] == U'-' || (text[q] == U' ' && q + 1 < text.size() && upper(text[q + 1]))))
      ++q;
    if (text.compare(q, 2, U", ") != 0 || q + 2 >= text.size() || !upper(text[q + 2])) continue;
    // The region: one to three capitalized words, the longest the gazetteer knows.
    std::vector<size_t> ends;
    for (size_t w = q + 2; ends.size() < 3 && w < text.size() && upper(text[w]);) {
      size_t e = w;
      while (e < text.size() && IsLatinLetter(text[e])) ++e;
      ends.push_back(e);
      if (e + 1 >= text.size() || text[e] != U' ') break;
      w = e + 1;
    }
    for (size_t k = ends.size(); k-- > 0;) {
      const int region = g.PlaceByEnglish(ToUtf8(text.substr(q + 2, ends[k] - q - 2)));
      if (region < 0 || g.places()[static_cast<size_t>(region)].kind != ontology::EntityKind::kRegion) continue;
      const std::string& country = g.places()[static_cast<size_t>(region)].country;
      if (country == g.places()[static_cast<size_t>(place)].country) return place;
      const int there = g.PlaceByEnglishIn(ToUtf8(std::u32string(lookup)), country);
      return there >= 0 ? there : place;
    }
  }
  return place;
}

std::vector<Seg> Segment(const Gazetteer& g, const NormalizedText& nt, const Lexicon& lex) {
  std::vector<Seg> segs;
  std::vector<std::pair<std::u32string, int>> glossed;  // places read by their English gloss: as written, gazetteer index
  const auto n = static_cast<uint32_t>(nt.folded.size());
  uint32_t p = 0;
  while (p < n) {
    struct Cand {
      uint32_t len;
      SegKind kind;
      uint32_t value;
      int priority;
    };
    const auto org = lex.Org(p), place = lex.Place(p), country = lex.Country(p), title = lex.Title(p);
    Cand cands[] = {{org.len, SegKind::kOrg, org.value, 5},
                    {place.len, SegKind::kPlace, place.value, 4},
                    {country.len, SegKind::kCountry, country.value, 3},
                    {title.len, SegKind::kTitle, title.value, 2},
                    {lex.Self(p).len, SegKind::kSelf, 0, 1}};
    // 奧勒岡州希爾斯波羅市（Hillsboro）: a name with an administrative suffix right after a place or a country abroad, glossed
    // by the English name of a place of that country, is that place however the gazetteer spells it (希爾斯伯勒) — not the
    // shorter names read inside it (希爾斯 + 波羅市).
    if (!segs.empty() && segs.back().span.end == p && IsHan(nt.folded[p]) &&
        (segs.back().kind == SegKind::kCountry || (segs.back().kind == SegKind::kPlace && segs.back().index >= 0))) {
      const std::string& iso2 = segs.back().kind == SegKind::kCountry ? g.countries()[static_cast<size_t>(segs.back().index)].iso2
                                                                      : g.places()[static_cast<size_t>(segs.back().index)].country;
      uint32_t k = p;
      while (k < n && k - p < 8 && IsHan(nt.folded[k]) && nt.folded[k] != U'(') ++k;
      // (Not one opening with a region the text names first: 美國密西根州安娜堡市（Ann Arbor） — the state, then the city.)
      const uint32_t opening = lex.Place(p).len;
      const bool region_first = opening > 0 && p + opening < k && IsAdminSuffixChar(nt.folded[p + opening - 1]);
      if (iso2 != "TW" && k - p >= 3 && k < n && nt.folded[k] == U'(' && IsAdminSuffixChar(nt.folded[k - 1]) && !region_first) {
        const size_t close = nt.folded.find(U')', k);
        if (close != std::u32string::npos && close - k >= 4 && close - k <= 40) {
          const std::u32string_view gloss(nt.text.data() + k + 1, close - k - 1);
          const bool latin = std::all_of(gloss.begin(), gloss.end(), [](char32_t c) { return IsLatinLetter(c) || c == U' ' || c == U'-' || c == U'.'; });
          const int there = latin ? g.PlaceByEnglishIn(ToUtf8(std::u32string(gloss)), iso2) : -1;
          if (there >= 0 && g.places()[static_cast<size_t>(there)].kind == ontology::EntityKind::kCity && lex.Title(k).len == 0) {
            segs.push_back({{p, k}, SegKind::kPlace, there, {}, {}, false, -1, {}, false, {}});
            glossed.emplace_back(nt.folded.substr(p, k - p), there);
            p = k;
            continue;
          }
        }
      }
    }
    // (And where the text names it so again, glossed no more: 希爾斯波羅市為….)
    if (!glossed.empty()) {
      const auto again = std::find_if(glossed.begin(), glossed.end(), [&](const auto& gl) { return nt.folded.compare(p, gl.first.size(), gl.first) == 0; });
      if (again != glossed.end()) {
        auto k = static_cast<uint32_t>(p + again->first.size());
        if (lex.Title(k - 1).len >= 2) --k;  // (卡加利市長: the city, then its head's title)
        segs.push_back({{p, k}, SegKind::kPlace, again->second, {}, {}, false, -1, {}, false, {}});
        p = k;
        continue;
      }
    }
    // 11月19日本市: the day's 日 before 本市 starts no 日本 (a day has one or two digits: 2026日本國際農業週 is a
    // year, then Japan).
    if (nt.folded[p] == U'日' && p > 0 && nt.folded[p - 1] >= U'0' && nt.folded[p - 1] <= U'9' &&
        (p < 3 || nt.folded[p - 3] < U'0' || nt.folded[p - 3] > U'9')) {
      ++p;
      continue;
    }
    const Cand* best = nullptr;
    for (const auto& c : cands)
      if (c.len > 0 && (!best || c.len > best->len || (c.len == best->len && c.priority > best->priority))) best = &c;
    // 哥倫比亞麥德林市: a country's name that is also a place's of another country (Columbia, South Carolina), right
    // before a place of that country, is the country (alone it stays the place: 薩爾瓦多 may be Salvador, Brazil).
    if (best && best->kind == SegKind::kPlace && country.len == best->len && p + best->len < n &&
        g.places()[best->value].country != g.countries()[country.value].iso2)
      if (const auto next = lex.Place(p + best->len);
          next.len > 0 && g.places()[next.value].country == g.countries()[country.value].iso2)
        best = &cands[2];
    if (!best) {
      ++p;
      continue;
    }
    uint32_t len = best->len;
    // Arnau Bosch Riera: a body's Latin name (Bosch) between two capitalized Latin words is a part of a person's name.
    auto capital = [](char32_t c) { return (c >= U'A' && c <= U'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7); };
    if (best->kind == SegKind::kOrg && IsLatinLetter(nt.text[p]) && p >= 2 && p + len + 1 < n && nt.text[p - 1] == U' ' &&
        nt.text[p + len] == U' ' && IsLatinLetter(nt.text[p + len - 1]) && capital(nt.text[p + len + 1])) {
      uint32_t w = p - 1;
      while (w > 0 && IsLatinLetter(nt.text[w - 1])) --w;
      if (w < p - 1 && capital(nt.text[w])) {
        p += len;
        continue;
      }
    }
    // 李國榮代表出席, 由X代表本府致詞, 由市議會主席X代表接見: 代表 after a name, followed by what one does on another's behalf, is the verb "to
    // represent", not the title (駐日代表出席, 交流協會代表出席: a body or a 駐 place right before it).
    auto after_body = [&] { return !segs.empty() && segs.back().span.end == p && segs.back().kind != SegKind::kTitle; };
    auto stationed = [&] {
      return std::u32string_view(nt.folded.data() + (p >= 4 ? p - 4 : 0), std::min<uint32_t>(p, 4)).find(U'駐') !=
             std::u32string_view::npos;
    };
    // (Or by where and when one goes: 林副市長X代表於11月24日在首爾出席, 代表前往, 代表赴.)
    auto goes = [&] {
      const std::u32string_view next(nt.folded.data() + p + 2, std::min<size_t>(2, n - p - 2));
      return next.starts_with(U"前往") || next.starts_with(U"赴") ||
             (next.size() == 2 && next[0] == U'於' && next[1] >= U'0' && next[1] <= U'9');
    };
    if (best->kind == SegKind::kTitle && len == 2 && nt.folded.compare(p, 2, U"代表") == 0 && !after_body() && !stationed() &&
        (ContainsAny(std::u32string_view(nt.folded.data() + p + 2, std::min<size_t>(2, n - p - 2)),
                     {U"出席", U"參加", U"致詞", U"發言", U"簽署", U"接受", U"領取", U"致贈", U"本府", U"本市", U"本縣", U"市府",
                      U"縣府", U"市長", U"縣長", U"政府", U"接見", U"接待", U"會見", U"歡迎"}) ||
         goes())) {
      p += len;
      continue;
    }
    // 經濟事務局長: a Japanese body's 事務局長 (協會事務局長, its secretary-general) right after a field's word that ends no
    // name is the head of that field's bureau (經濟事務局 + 局長), titled after it as any bureau's head.
    if (best->kind == SegKind::kTitle && nt.folded.compare(p, 3, U"事務局") == 0 && p >= 2 && IsHan(nt.folded[p - 1]) &&
        IsHan(nt.folded[p - 2]) && !(!segs.empty() && segs.back().span.end == p) && !lex.LeadEndsAt(p) &&
        !lex.SuffixEndsAt(p) &&
        lex.Title(p + 2).len > 0) {
      // (Not after a Japanese name, its surname of two and a given name of one or two, or that surname alone: 副島洋介
      // 事務局長, 副島事務局長.)
      bool name_before = false;
      for (uint32_t k = 2; k <= 4 && !name_before; ++k)
        name_before = p >= k && (lex.Surname(p - k, 2) & static_cast<uint8_t>(SurnameOrigin::kJa)) && IsHan(nt.folded[p - k]);
      if (!name_before) {
        p += 2;
        continue;
      }
    }
    // 拜會長野縣廳, 拜會長崎市: a title whose first character ends a word before it (拜會) and whose rest starts a longer
    // place is that word's end and the place's start, not the title 會長.
    if (best->kind == SegKind::kTitle && p > 0 && lex.BoundaryEndsAt(p + 1) && p + 1 < n) {
      const auto next_place = lex.Place(p + 1);
      if (next_place.len > 0 && p + 1 + next_place.len > p + len) {
        ++p;
        continue;
      }
    }
    // 菲律賓馬里基納市: a country's name right after another's, going on into a name with a city's, county's or province's
    // suffix, starts that place of the first country (馬里 is Mali), not a second country.
    if (best->kind == SegKind::kCountry && !segs.empty() && segs.back().span.end == p && segs.back().kind == SegKind::kCountry) {
      uint32_t q = p + len;
      while (q < n && q - p - len < 4 && IsHan(nt.folded[q]) && std::u32string_view(U"市縣省州").find(nt.folded[q]) == std::u32string_view::npos &&
             lex.StopLen(q) == 0)
        ++q;
      if (q > p + len && q < n && std::u32string_view(U"市縣省州").find(nt.folded[q]) != std::u32string_view::npos) {
        p = q + 1;  // (no place inside it either: 韋萊斯 of 馬里韋萊斯市 is Veles)
        continue;
      }
    }
    // 南加州, 西日本: a compass point glued before a country or a state or province names a part of it (Southern
    // California, western Japan), not the government — unless it ends a name before it (越南, 湖北) or says which way
    // from a place (以北, 往南).
    // (A body's name may open with it: see the organizations' names below. Not an agency's area named with 區 after it,
    // 西新南威爾斯區經理, read with the state as before.)
    if ((best->kind == SegKind::kCountry ||
         (best->kind == SegKind::kPlace && g.places()[best->value].kind == ontology::EntityKind::kRegion)) &&
        CompassPartAt(nt.folded, p, !segs.empty() && segs.back().span.end == p) && !(p + len < n && nt.folded[p + len] == U'區')) {
      p += len;
      continue;
    }
    // 臺拉維夫市府: 市府 right after a place is that place's government, not the publisher's (本府, 市府).
    if (best->kind == SegKind::kSelf && !segs.empty() && segs.back().span.end == p && segs.back().kind == SegKind::kPlace &&
        IsAdminSuffixChar(nt.folded[p])) {
      p += len;
      continue;
    }
    // 佐世保市松本市長: a place's name that is a surname, right after a city and before a head's title that starts with a
    // city's suffix, is the surname of that city's mayor (a city holds no other city), not Matsumoto.
    if (best->kind == SegKind::kPlace && !segs.empty() && segs.back().span.end == p && segs.back().kind == SegKind::kPlace &&
        segs.back().index >= 0 && g.places()[static_cast<size_t>(segs.back().index)].kind == ontology::EntityKind::kCity &&
        IsAdminSuffixChar(nt.folded[p - 1]) && len >= 3 && len <= 4 && nt.folded[p + len - 1] == U'市' &&
        lex.Title(p + len - 1).len > 0 && lex.Surname(p, len - 1) > 0) {
      p += len - 1;
      continue;
    }
    // 山本市長, 松本縣長: a surname ending in 本 before a head's title — no 本市 (our city) inside.
    if (best->kind == SegKind::kSelf && len == 2 && nt.folded[p] == U'本' && p > 0 && lex.Surname(p - 1, 2) > 0 &&
        lex.Title(p + 1).len > 0) {
      p += 1;
      continue;
    }
    // (And a short form's: 北市長, 竹縣長 — 北 and 竹 stand for the place there.)
    // (Or a foreign city's the text writes after its whole name: 克市 for 克薩爾特南戈市 — see Lexicon.)
    const bool short_form = best->kind == SegKind::kPlace && len == 2 && !place.base &&
                            ((g.places()[best->value].curated && g.places()[best->value].country == "TW") ||
                             (g.places()[best->value].country != "TW" && nt.folded[p + 1] == U'市' &&
                              ToU32(g.places()[best->value].name_zh).size() >= 3));
    if (best->kind == SegKind::kPlace && (len >= 3 || short_form)) {
      // 臺北市長: the place's last character starts a title (市長, 縣長, 市議員): the place ends before it.
      uint32_t last = p + len - 1;
      auto t = lex.Title(last);
      // (Not 長期, long-term: 感謝福岡縣長期支持.)
      bool long_term = last + t.len < n && nt.folded[last + t.len] == U'期' && nt.folded[last + t.len - 1] == U'長';
      // (Nor a district whose name opens with 長, one or two characters and 區 after: 水原市長安區, 上海市長寧區.)
      long_term = long_term || (last + t.len + 1 < n && nt.folded[last + t.len - 1] == U'長' && IsHan(nt.folded[last + t.len]) &&
                                (nt.folded[last + t.len + 1] == U'區' ||
                                 (last + t.len + 2 < n && IsHan(nt.folded[last + t.len + 1]) && nt.folded[last + t.len + 2] == U'區')));
      // (A Taiwanese township's too: 鹿港鎮長, 池上鄉長.)
      const bool suffix = IsAdminSuffixChar(nt.folded[last]) || nt.folded[last] == U'鎮' || nt.folded[last] == U'鄉';
      if (t.len >= 2 && suffix && last + t.len > p + len && !long_term) len -= 1;
    }
    // 臺中國際機場, 台中國小: 中國 after 臺/台 is the end of 臺中, not China.
    if (best->kind == SegKind::kCountry && p > 0 && (nt.folded[p - 1] == U'臺' || nt.folded[p - 1] == U'台') &&
        nt.folded.compare(p, 2, U"中國") == 0) {
      p += 1;
      continue;
    }
    // 大日本水產會, 大日本印刷: 日本 after 大 and before more of a name opens a Japanese body's name (Dai-Nippon), not the
    // country.
    if (best->kind == SegKind::kCountry && p > 0 && nt.folded[p - 1] == U'大' && nt.folded.compare(p, 2, U"日本") == 0 &&
        len == 2 && p + 2 < n && IsHan(nt.folded[p + 2])) {
      p += 2;
      continue;
    }
    // 以國際貴賓身分: a country's short name ending in 國 right before 際 is the start of 國際 ("international"), not 以國
    // (Israel).
    if (best->kind == SegKind::kCountry && len == 2 && nt.folded[p + 1] == U'國' && p + 2 < n && nt.folded[p + 2] == U'際') {
      p += 1;
      continue;
    }
    if (best->kind == SegKind::kCountry) {
      // A city-state written like its country (新加坡) followed by a district or a title is the city (not a namesake of
      // another country's: 哥倫比亞 is Colombia, not Columbia, South Carolina).
      auto pl = lex.Place(p);
      if (pl.len == len && g.places()[pl.value].country == g.countries()[best->value].iso2) {
        segs.push_back({{p, p + len}, SegKind::kPlace, static_cast<int>(pl.value), {}, {}, false, -1, {}, false, {}});
        p += len;
        continue;
      }
      // A capital named after its country with 市 (貝里斯市, 巴拿馬市, written so in Taiwan where the gazetteer has 伯利茲市):
      // the country's city the gazetteer names "<country> City" in English (Belize City). (Not 市長 after the country.)
      if (p + len < n && nt.folded[p + len] == U'市' && lex.Title(p + len).len == 0) {
        const CountryInfo& c = g.countries()[best->value];
        const int city = g.PlaceByEnglishIn(c.name_en + " City", c.iso2);
        if (city >= 0) {
          Seg seg{{p, p + len + 1}, SegKind::kPlace, city, {}, {}, false, -1, {}, false, {}};
          segs.push_back(std::move(seg));
          p += len + 1;
          continue;
        }
      }
    }
    Seg seg{{p, p + len}, best->kind, static_cast<int>(best->value), {}, {}, false, -1, {}, false, {}};
    if (short_form) {
      seg.full = g.places()[best->value].name_zh;
      if (!seg.full.ends_with("市") && g.places()[best->value].country != "TW") seg.full += "市";
    }
    if (best->kind == SegKind::kOrg && g.orgs()[best->value].type == "agency") {
      // 環境部長, 外交部門: the ministry's last character starts a title or another word; 以色列外交部: another
      // country's ministry (named by its ending, as any foreign body).
      uint32_t last = p + len - 1;
      std::u32string_view rest(nt.folded.data() + last, std::min<size_t>(2, n - last));
      bool cut = lex.Title(last).len > 1 || rest == U"部門" || rest == U"部分" || rest == U"部會";
      bool foreign = !segs.empty() && segs.back().kind == SegKind::kCountry && segs.back().span.end == p &&
                     g.countries()[static_cast<size_t>(segs.back().index)].iso2 != "TW";
      // 北萊茵-西發利亞邦經濟部: the ministry of a body named right before it, whatever the gazetteer knows of that.
      bool taiwanese_before = !segs.empty() && segs.back().span.end == p &&
                              ((segs.back().kind == SegKind::kCountry &&
                                g.countries()[static_cast<size_t>(segs.back().index)].iso2 == "TW") ||
                               segs.back().kind == SegKind::kOrg);
      // (應外交部邀請, at the ministry's invitation: 應 is no country's last character.)
      if (p > 0 && IsHan(nt.folded[p - 1]) && !lex.LeadEndsAt(p) && !lex.BoundaryEndsAt(p) && !taiwanese_before &&
          nt.folded[p - 1] != U'應')
        foreign = true;
      // 新加坡永續發展與環境部, 英國住房及環境部: the last of the portfolios another country's (or a city-state's)
      // ministry is named for, joined after it (kPortfolioJoiners); not 韓國外交部與環境部, two ministries.
      if (!foreign && !taiwanese_before && !segs.empty() && p > 0)
        for (uint32_t x = p - 1, items = 0; x > 0 && items < 4 && kPortfolioJoiners.find(nt.folded[x]) != std::u32string_view::npos;
             ++items) {
          uint32_t w = x;
          while (w > 0 && IsHan(nt.folded[w - 1]) && x - w < 6 && segs.back().span.end != w &&
                 kPortfolioJoiners.find(nt.folded[w - 1]) == std::u32string_view::npos)
            --w;
          if (w == x || std::u32string_view(U"部局署廳處會院").find(nt.folded[x - 1]) != std::u32string_view::npos) break;
          const Seg& before = segs.back();
          if (before.span.end == w) {
            const bool abroad = (before.kind == SegKind::kCountry && g.countries()[static_cast<size_t>(before.index)].iso2 != "TW") ||
                                (before.kind == SegKind::kPlace && before.index >= 0 && g.places()[static_cast<size_t>(before.index)].country != "TW");
            foreign = abroad;
            break;
          }
          if (w == 0) break;
          x = w - 1;
        }
      if (cut || foreign) {
        p += cut ? len - 1 : len;
        continue;
      }
      seg.agency = true;
    }
    if (best->kind == SegKind::kPlace && len == best->len && p + len < n) {
      // 宿霧省長: a city's name (宿霧, of 宿霧市) right before the title of a region's head that starts with the
      // region's suffix (省長, 州長, 縣長, 府尹 of a Thai province): the region named after the city, written without its
      // suffix before the title.
      const uint32_t e = p + len;
      const PlaceInfo& pl = g.places()[best->value];
      std::u32string own = ToU32(pl.name_zh);
      if (pl.kind == ontology::EntityKind::kCity && !own.empty() && !IsAdminSuffixChar(nt.folded[e - 1]) &&
          std::u32string_view(U"縣省州道郡府").find(nt.folded[e]) != std::u32string_view::npos && lex.Title(e).len >= 2 &&
          (own.size() < 3 || Gazetteer::Fold(std::u32string(1, own.back()))[0] != nt.folded[e])) {
        seg.index = -1;
        seg.name = nt.Utf8(p, e) + nt.Utf8(e, e + 1);
        seg.country = g.CountryByIso(pl.country);
        segs.push_back(std::move(seg));
        p += len;
        continue;
      }
    }
    // 昌原 + 特例市, 釜山 + 廣域市: a Korean city's kind written after its name (a special, metropolitan or
    // self-governing city) is the same place written longer; before its head's title only its kind's first word is
    // (昌原特例 + 市長).
    if (best->kind == SegKind::kPlace && len == best->len && g.places()[best->value].country == "KR") {
      uint32_t e = p + len;
      for (std::u32string_view kind : {U"特別自治市", U"特別自治道", U"特例市", U"特別市", U"廣域市"}) {
        if (nt.folded.compare(e, kind.size(), kind) != 0) continue;
        const uint32_t suffix_at = e + static_cast<uint32_t>(kind.size()) - 1;
        const uint32_t grow = lex.Title(suffix_at).len >= 2 ? static_cast<uint32_t>(kind.size()) - 1 : static_cast<uint32_t>(kind.size());
        seg.span.end = e + grow;
        len += grow;
        break;
      }
    }
    // 臺拉維夫 + -雅法市 (Tel Aviv-Yafo): a city's name joined by a hyphen to a second part and 市 is the same place,
    // written in full (the merged town's name, 雅法, is no place of its own there; twin cities, 明尼亞波利斯-聖保羅, are
    // written without 市).
    if (best->kind == SegKind::kPlace && len == best->len && p + len + 2 < n && nt.folded[p + len] == U'-') {
      const uint32_t h = p + len + 1;
      uint32_t city = h;
      while (city < n && city - h < 5 && IsHan(nt.folded[city]) && nt.folded[city] != U'市') ++city;
      if (h + 2 < n && city < n && nt.folded[city] == U'市' && city - h >= 2) {
        const uint32_t end = lex.Title(city).len >= 2 ? city : city + 1;  // (before its head's title: …-雅法 + 市長)
        seg.span.end = end;
        len = end - p;
      } else if (IsHan(nt.folded[h]) && lex.Place(h).len == 0 && lex.Country(h).len == 0) {
        // (But a longer second part, 聖地牙哥 + -德孔波斯特拉市 where the gazetteer lacks the whole, is another place's
        // name that starts with the first's: not Santiago, Chile. Not 臺北-東京, two places, nor 嘉義-阿里山, no suffix.)
        uint32_t q = h;
        while (q < n && q < h + 9 && IsHan(nt.folded[q]) && !IsAdminSuffixChar(nt.folded[q])) ++q;
        if (q < n && q > h + 1 && IsAdminSuffixChar(nt.folded[q])) {
          p = q + 1;
          continue;
        }
      }
    }
    if (best->kind == SegKind::kPlace && len == best->len) {
      // 占碑 + 市: the name goes on with another administrative suffix than the gazetteer's (占碑省) — another
      // place of the same country; with the same or no suffix (義烏 + 市) — the same place, written longer.
      uint32_t e = p + len;
      // (Not 市府 or 市民 after the name; but 清萊府 + 府尹 is the province and its head's title.)
      const bool province_head = e + 2 < n && nt.folded[e] == U'府' && nt.folded[e + 1] == U'府' && nt.folded[e + 2] == U'尹';
      // (Nor 都, "all", after two places: 名古屋與臺中都是…, 桃園與金澤都重視… — 都 names no place but Tokyo, which the
      // gazetteer has whole.)
      const bool all = nt.folded[e] == U'都';
      // (Nor 府 + 政府 read as the place's government: 烏隆他尼府政府 is the province's, a 府 before its 政府.)
      const bool province_government = e + 2 < n && nt.folded[e] == U'府' && nt.folded.compare(e + 1, 2, U"政府") == 0;
      // (Nor 郡 + 政府 after a region's name written without its suffix: 夏威夷郡政府 is the county's, named after the state
      // 夏威夷州 — another place's government, as 郡 is not the state's suffix.)
      const std::u32string own_name = ToU32(g.places()[best->value].name_zh);
      const bool other_kinds_government = e + 2 < n && nt.folded[e] == U'郡' && nt.folded.compare(e + 1, 2, U"政府") == 0 &&
                                           own_name.size() >= 3 && IsAdminSuffixChar(own_name.back()) && own_name.back() != U'郡';
      // (Not a state's or province's name with 區, an area of it an agency's office covers: 北昆士蘭區經理 — the region's,
      // no district of that name.)
      const bool area_of_region = e < n && g.places()[best->value].kind == ontology::EntityKind::kRegion && nt.folded[e] == U'區';
      // (Nor 府城, the old walled city of a prefecture, after a city's name: 臺南府城 is Tainan's old town, no 臺南府.)
      const bool walled_town = e + 1 < n && nt.folded[e] == U'府' && nt.folded[e + 1] == U'城';
      if (e < n && !all && !area_of_region && !walled_town && IsAdminSuffixChar(nt.folded[e]) && !IsAdminSuffixChar(nt.folded[e - 1]) && lex.Title(e).len == 0 &&
          (province_head || province_government || other_kinds_government ||
           !(e + 1 < n && (nt.folded[e + 1] == U'政' || nt.folded[e + 1] == U'府' || nt.folded[e + 1] == U'民')))) {
        const PlaceInfo& pl = g.places()[best->value];
        std::u32string own = ToU32(pl.name_zh);
        char32_t own_suffix = own.empty() ? 0 : own.back();
        bool own_has_suffix = IsAdminSuffixChar(own_suffix) && own.size() >= 3;
        // (A city's name written with a region's suffix is the region named after it: 萬隆縣, Kabupaten Bandung, is
        // not 萬隆, the city.)
        const bool region_of_city = !own_has_suffix && pl.kind == ontology::EntityKind::kCity &&
                                    std::u32string_view(U"縣省州道郡府").find(nt.folded[e]) != std::u32string_view::npos;
        if ((own_has_suffix && Gazetteer::Fold(std::u32string(1, own_suffix))[0] != nt.folded[e]) || region_of_city) {
          seg.index = -1;
          seg.name = nt.Utf8(p, e + 1);
          seg.country = g.CountryByIso(pl.country);
        }
        seg.span.end = e + 1;
        len += 1;
      }
      // (A foreign city's name, then 自治州 or 自治區, is the self-governing region named after it, of its country:
      // 布拉提斯拉瓦自治州 — Bratislava's region, not the city; 馬德里自治區.)
      const PlaceInfo& pl = g.places()[best->value];
      if (len == best->len && e + 3 <= n && pl.kind == ontology::EntityKind::kCity && pl.country != "TW" &&
          (nt.folded.compare(e, 3, U"自治州") == 0 || nt.folded.compare(e, 3, U"自治區") == 0)) {
        seg.index = -1;
        seg.name = nt.Utf8(p, e + 3);
        seg.country = g.CountryByIso(pl.country);
        seg.span.end = e + 3;
        len += 3;
      }
    }
    // 古晉南市: a city written without its suffix, then a direction and 市, is another city named after it (Kuching
    // South), of its country — not the city and a short form (南市 for 臺南市).
    if (best->kind == SegKind::kPlace && len == best->len && len >= 2 && p + len + 2 < n && !IsAdminSuffixChar(nt.folded[p + len - 1]) &&
        std::u32string_view(U"東西南北中").find(nt.folded[p + len]) != std::u32string_view::npos && nt.folded[p + len + 1] == U'市' &&
        lex.Title(p + len + 1).len == 0 && std::u32string_view(U"民場區").find(nt.folded[p + len + 2]) == std::u32string_view::npos) {
      const PlaceInfo& pl = g.places()[best->value];
      if (pl.kind == ontology::EntityKind::kCity && pl.country != "TW") {
        seg.index = -1;
        seg.name = nt.Utf8(p, p + len + 2);
        seg.country = g.CountryByIso(pl.country);
        seg.span.end = p + len + 2;
        len += 2;
      }
    }
    segs.push_back(std::move(seg));
    p += len;
  }
  // (Also where the text names such a glossed place before its gloss, as a headline does: 美國希爾斯波羅市長率團… —
  // the place up to its suffix's character, where a title starts there, as 臺北市長.)
  for (const auto& gl : glossed) {
    const std::u32string& written = gl.first;
    const int place = gl.second;
    const auto first = std::find_if(segs.begin(), segs.end(), [&](const Seg& x) {
      return x.kind == SegKind::kPlace && x.index == place && nt.folded.compare(x.span.begin, written.size(), written) == 0;
    });
    if (first == segs.end()) continue;
    const uint32_t glossed_at = first->span.begin;  // (a position: the segments change below)
    for (size_t x = nt.folded.find(written); x != std::u32string::npos && x < glossed_at; x = nt.folded.find(written, x + 1)) {
      auto at = static_cast<uint32_t>(x);
      auto end = static_cast<uint32_t>(x + written.size());
      if (lex.Title(end - 1).len >= 2) --end;
      auto lo = std::lower_bound(segs.begin(), segs.end(), at, [](const Seg& a, uint32_t v) { return a.span.end <= v; });
      auto hi = lo;
      while (hi != segs.end() && hi->span.begin < end) ++hi;
      if (std::any_of(lo, hi, [&](const Seg& a) { return a.kind != SegKind::kPlace || a.span.begin < at || a.span.end > end; })) continue;
      const auto k = segs.erase(lo, hi);
      segs.insert(k, Seg{{at, end}, SegKind::kPlace, place, {}, {}, false, -1, {}, false, {}});
    }
  }
  // Places by shape after a country or a place.
  static const std::u32string_view kPlaceWords[] = {U"City", U"Municipality", U"Province", U"Regency", U"District",
                                                   U"County", U"Prefecture", U"Municipal Council", U"City Council",
                                                   U"Departamento", U"Department", U"Provincia", U"Municipio",
                                                   U"Landkreis", U"Governorate", U"Oblast"};
  std::vector<Seg> extra;
  for (size_t i = 0; i < segs.size(); ++i) {
    const Seg& c = segs[i];
    bool after_country = c.kind == SegKind::kCountry;
    bool after_place = c.kind == SegKind::kPlace;
    if (!after_country && !after_place) continue;
    uint32_t b = c.span.end;
    // The place written from c's start to `end`, named after the city c is (恰納卡萊省, 邁阿密戴德郡): one the gazetteer
    // lacks, of the city's country, in c's stead.
    auto named_after_city = [&](uint32_t end) {
      Seg place;
      place.kind = SegKind::kPlace;
      place.index = -1;
      place.span = {c.span.begin, end};
      place.name = nt.Utf8(c.span.begin, end);
      place.country = g.CountryByIso(g.places()[static_cast<size_t>(c.index)].country);
      extra.push_back(std::move(place));
      segs[i].kind = SegKind::kTitle;  // marker: replaced below
      segs[i].index = -2;
    };
    // (A table's country cell, then the place's cell: 菲律賓⇥納卯市⇥….)
    if (after_country && b + 1 < n && nt.folded[b] == U'\t' && (c.span.begin == 0 || nt.folded[c.span.begin - 1] == U'\n' ||
                                                                nt.folded[c.span.begin - 1] == U'\t'))
      ++b;
    // (東港鎮大鵬灣主燈區: a township, town, village or district has no place of its own inside; what follows is a site.)
    if (after_place && std::u32string_view(U"鎮鄉村町區里").find(nt.folded[c.span.end - 1]) != std::u32string_view::npos) continue;
    // (阿德亞曼市區責任區: 市區 right after a city written with 市 is its downtown, no district's name.)
    if (after_place && nt.folded[c.span.end - 1] == U'市' && b < n && nt.folded[b] == U'區') continue;
    // 恰納卡萊省政府, 暹粒省長: a city the gazetteer knows, written bare, then a region's suffix, before the region's
    // government, council or head's title (or a word or mark that ends names), is the province, state or county named
    // after it — a place the gazetteer lacks, of the city's country.
    if (after_place && c.index >= 0 && g.places()[static_cast<size_t>(c.index)].kind == ontology::EntityKind::kCity &&
        !IsAdminSuffixChar(nt.folded[c.span.end - 1]) && b + 1 < n &&
        (nt.folded[b] == U'省' || nt.folded[b] == U'州' || nt.folded[b] == U'縣') &&
        (nt.folded.compare(b + 1, 2, U"政府") == 0 || nt.folded[b + 1] == U'長' || nt.folded.compare(b + 1, 2, U"議會") == 0 ||
         nt.folded[b + 1] == U'廳' || !IsHan(nt.folded[b + 1]) || lex.StopLen(b + 1) > 0 || lex.LeadEndsAt(b + 2))) {
      named_after_city(b + 1);
      continue;
    }
    // (聖露西亞首都卡斯翠市: the capital's word after the country is no part of the name.)
    if (after_country && b + 4 <= n && (nt.folded.compare(b, 2, U"首都") == 0 || nt.folded.compare(b, 2, U"首府") == 0)) b += 2;
    // 石垣市、竹富町及多良間村: Japanese towns or villages listed after another Japanese place (、 or 及 between) — two to
    // four characters and 町 or 村, each ending its list item (a joiner, a mark, its office 役場 or the text's end).
    if (after_place && b + 3 < n && (nt.folded[b] == U'、' || nt.folded[b] == U'及') &&
        !(i + 1 < segs.size() && segs[i + 1].span.begin == b + 1)) {
      const int country = c.index >= 0 ? g.CountryByIso(g.places()[static_cast<size_t>(c.index)].country) : c.country;
      const uint32_t next_known = i + 1 < segs.size() ? segs[i + 1].span.begin : n;
      for (uint32_t at = b; country >= 0 && g.countries()[static_cast<size_t>(country)].iso2 == "JP" && at + 3 < next_known &&
                            (nt.folded[at] == U'、' || nt.folded[at] == U'及');) {
        uint32_t k = at + 1;
        while (k < next_known && k - (at + 1) < 5 && IsHan(nt.folded[k]) && nt.folded[k] != U'町' && nt.folded[k] != U'村' &&
               lex.StopLen(k) == 0)
          ++k;
        const uint32_t e = k + 1;
        // (The list's last item, after 及, may run on into the verb: …及宇檢村訪問 — not into a word, 村民, 町長.)
        const bool last = nt.folded[at] == U'及' && e < n && std::u32string_view(U"民長內落莊").find(nt.folded[e]) == std::u32string_view::npos;
        if (!(k < next_known && k - (at + 1) >= 2 && (nt.folded[k] == U'町' || nt.folded[k] == U'村') &&
              (e >= n || !IsHan(nt.folded[e]) || std::u32string_view(U"、及與和").find(nt.folded[e]) != std::u32string_view::npos ||
               nt.folded.compare(e, 2, U"役場") == 0 || last)))
          break;
        Seg place;
        place.kind = SegKind::kPlace;
        place.index = -1;
        place.span = {at + 1, e};
        place.name = nt.Utf8(at + 1, e);
        place.country = country;
        extra.push_back(std::move(place));
        at = e;
      }
    }
    if (i + 1 < segs.size() && segs[i + 1].span.begin == b) continue;  // something known follows
    uint32_t q = b;
    uint32_t limit = i + 1 < segs.size() ? segs[i + 1].span.begin : n;
    // (A Japanese town after its district is longer: 長野縣北佐久郡輕井澤町.)
    const bool in_japan = after_place && c.index >= 0 && g.places()[static_cast<size_t>(c.index)].country == "JP";
    while (q < limit && IsHan(nt.folded[q]) && q - b < (in_japan ? 9u : 7u) && lex.StopLen(q) == 0) ++q;
    // (A Japanese town whose name opens with a character that elsewhere ends words — 沖繩縣與那國町町長, 與 — is read to its
    // 町 or 村 where its head's title, its office, its council or a mark follows.)
    if (in_japan && q - b < 2 && g.places()[static_cast<size_t>(c.index)].kind == ontology::EntityKind::kRegion)
      for (uint32_t k = b + 2; k < limit && k <= b + 4 && IsHan(nt.folded[k]); ++k)
        if ((nt.folded[k] == U'町' || nt.folded[k] == U'村') &&
            (k + 1 >= n || !IsHan(nt.folded[k + 1]) ||
             ContainsAny(std::u32string_view(nt.folded.data() + k + 1, std::min<size_t>(2, n - k - 1)), {U"町長", U"村長", U"役場", U"議會"}))) {
          q = k + 1;
          break;
        }
    if (q - b < (after_place ? 2u : 2u)) continue;
    // 加州聖塔克拉拉郡: a county or city of a state or province the gazetteer knows, named after it — up to the first
    // such suffix that does not go on as a word (市民, 市場, 縣民).
    bool in_region = false;
    uint32_t town_begin = b;  // 北海道上川郡東川町: where the town's own name starts, after its district
    if (after_place && c.index >= 0 && g.places()[static_cast<size_t>(c.index)].kind == ontology::EntityKind::kRegion) {
      const bool japan = g.places()[static_cast<size_t>(c.index)].country == "JP";
      for (uint32_t k = b + 2; k < q; ++k) {
        const char32_t ch = nt.folded[k];
        if (std::u32string_view(U"郡市縣").find(ch) == std::u32string_view::npos && !(japan && (ch == U'町' || ch == U'村')))
          continue;
        // A Japanese district (上川郡) has no government: the town or village named after it is the place.
        if (japan && ch == U'郡' && k + 3 <= q) {
          town_begin = k + 1;
          k = k + 1;
          continue;
        }
        // (A title starting there, 市區長 or 市長, ends the name instead.)
        static const std::u32string_view kWords[] = {U"市民", U"市場", U"市政", U"市區", U"縣民", U"郡民"};
        bool word = false;
        for (auto w : kWords) word = word || (k + 1 < n && nt.folded.compare(k, w.size(), w) == 0 && lex.Title(k).len == 0);
        if (word) break;
        q = k + 1;
        in_region = true;
        break;
      }
    }
    // 上海市徐匯區濱江公共空間: a city's district (two or three characters and 區) followed by what is in it.
    bool district_then_more = false;
    if (after_place && !in_region && nt.folded[q - 1] != U'區' && c.index >= 0 &&
        g.places()[static_cast<size_t>(c.index)].kind == ontology::EntityKind::kCity) {
      // (A one-character name only before a word that stops names: 東京都港區進行…, not 高雄港區再生.)
      // (Nor the city's port and an area of it: 亞伯丁港南港區, the port's south harbour.)
      for (uint32_t k = b + 1; k <= b + 3 && k < q && !(nt.folded[b] == U'港' && k > b + 1); ++k)
        if (nt.folded[k] == U'區' && k + 1 < n && std::u32string_view(U"域隔別分塊").find(nt.folded[k + 1]) == std::u32string_view::npos &&
            (k > b + 1 || lex.StopLen(k + 1) > 0 || lex.LeadEndsAt(k + 1))) {
          q = k + 1;
          district_then_more = true;
          break;
        }
    }
    // 菲律賓馬里基納市衛生局長: after its country, a name of three or more characters ends at its city's, county's or
    // province's suffix when more follows (the place's unit and its head's title).
    bool cut_at_suffix = false;
    if (after_country && !IsAdminSuffixChar(nt.folded[q - 1]))
      for (uint32_t k = b + 2; k + 1 < q; ++k)
        if (std::u32string_view(U"市縣省州").find(nt.folded[k]) != std::u32string_view::npos) {
          if (std::u32string_view(U"民場").find(nt.folded[k + 1]) == std::u32string_view::npos) {
            q = k + 1;
            cut_at_suffix = true;
          }
          break;
        }
    bool suffix = IsAdminSuffixChar(nt.folded[q - 1]) || (in_region && (nt.folded[q - 1] == U'町' || nt.folded[q - 1] == U'村'));
    // 全州市完山區廳長: a district whose 區 the head's title shares (區廳長, 區長) right after its city.
    const bool shared_district = after_place && !in_region && q == limit && q - b <= 3 && nt.folded[q - 1] != U'區' && i + 1 < segs.size() &&
                                 segs[i + 1].kind == SegKind::kTitle && nt.folded[q] == U'區' &&
                                 g.titles()[static_cast<size_t>(segs[i + 1].index)].role == ontology::Role::kMayor;
    if (shared_district) suffix = true;
    // 忠清南道扶餘郡守: a county of a region whose 郡 its head's title shares (郡守, 郡長) right after the region. (Not 市長:
    // 東加里曼丹省丁君市長 is as often a mayor named 丁君.)
    const bool shared_county = after_place && !in_region && !shared_district && c.index >= 0 &&
                               g.places()[static_cast<size_t>(c.index)].kind == ontology::EntityKind::kRegion && q == limit &&
                               q - b >= 2 && q - b <= 3 && i + 1 < segs.size() && segs[i + 1].kind == SegKind::kTitle &&
                               segs[i + 1].index >= 0 &&
                               (nt.folded[q] == U'郡' ||
                                // (A Japanese town's or village's too: 熊本縣菊陽町長 — 菊陽町, whose 町 its head's 町長 shares.)
                                ((nt.folded[q] == U'町' || nt.folded[q] == U'村') &&
                                 g.places()[static_cast<size_t>(c.index)].country == "JP")) &&
                               g.titles()[static_cast<size_t>(segs[i + 1].index)].role == ontology::Role::kMayor;
    if (shared_county) {
      Seg place;
      place.kind = SegKind::kPlace;
      place.index = -1;
      place.span = {b, q};
      place.name = nt.Utf8(b, q + 1);
      place.alias = nt.Utf8(b, q);
      place.country = g.CountryByIso(g.places()[static_cast<size_t>(c.index)].country);
      extra.push_back(std::move(place));
      continue;
    }
    // 拜會邁阿密戴德郡政府: a county named after the city it holds (Miami-Dade County) — the city's name, one to three
    // more characters and 郡, right before its government or council — is one place the gazetteer lacks, of the city's
    // country.
    if (after_place && !in_region && !shared_district && c.index >= 0 &&
        g.places()[static_cast<size_t>(c.index)].kind == ontology::EntityKind::kCity) {
      uint32_t k = b + 1;
      while (k < q && k <= b + 3 && nt.folded[k] != U'郡') ++k;
      if (k < n && k <= b + 3 && nt.folded[k] == U'郡' && k + 2 < n &&
          (nt.folded.compare(k + 1, 2, U"政府") == 0 || nt.folded[k + 1] == U'府' || nt.folded.compare(k + 1, 2, U"議會") == 0)) {
        bool plain = true;
        for (uint32_t x = b; x < k && plain; ++x) plain = IsHan(nt.folded[x]) && lex.StopLen(x) == 0 && !lex.LeadEndsAt(x + 1);
        if (plain) {
          named_after_city(k + 1);
          continue;
        }
      }
    }
    if (after_place && nt.folded[q - 1] != U'區' && !in_region && !shared_district) continue;
    // Generic words, not names: 地區, 市區, 園區, 亞太地區 ...
    static const std::u32string_view kGeneric[] = {U"地區", U"市區", U"園區", U"社區", U"灣區", U"轄區", U"城區",
                                                   U"郊區", U"選區", U"新區", U"特區", U"景區", U"街區", U"次區", U"分區", U"全市", U"各市",
                                                   U"工業區", U"商業區", U"住宅區", U"專區", U"開發區", U"保護區", U"保育區", U"保留區", U"風景區", U"遊憩區", U"校區",
                                                   U"展區", U"營區", U"災區", U"全區", U"該區", U"本區", U"舊港區", U"老港區", U"觀光區",
                                                   U"姊妹市", U"姐妹市", U"友好市", U"城市", U"都市", U"縣市", U"府縣", U"州縣", U"市縣"};
    bool generic = q - b < 3 && !(after_place);
    for (auto gw : kGeneric)
      if (q - b >= gw.size() && nt.folded.compare(q - gw.size(), gw.size(), gw) == 0) generic = true;
    if (generic) continue;
    bool english = false;
    uint32_t r = q;
    while (r < n && nt.folded[r] == U' ') ++r;
    if (r < n && nt.folded[r] == U'(') {
      uint32_t close = r + 1;
      while (close < n && nt.folded[close] != U')' && close - r < 80) ++close;
      std::u32string_view inner(nt.text.data() + r + 1, close - r - 1);
      for (auto w : kPlaceWords) english = english || inner.find(w) != std::u32string_view::npos;
    }
    bool next_ok = q >= n || !IsHan(nt.folded[q]) || lex.Title(q).len > 0 || in_region || district_then_more || cut_at_suffix ||
                   // 東京都港區進行…; (a one-character name only after a place written with its suffix: not
                   // 奧胡斯港區由貨櫃碼頭轉型, a city's port area)
                   (after_place && nt.folded[q - 1] == U'區' && lex.StopLen(q) > 0 &&
                    (q - b > 2 || (b > 0 && IsAdminSuffixChar(nt.folded[b - 1])))) ||
                   // 赴菲律賓納卯市出席…: a city, county, province or state of three or more characters after its
                   // country, then a word that stops names.
                   (after_country && q - b >= 3 && lex.StopLen(q) > 0 &&
                    std::u32string_view(U"市縣省州").find(nt.folded[q - 1]) != std::u32string_view::npos);
    if (!((suffix && next_ok) || english)) continue;
    // (Nor a plan's zone named in quotes: 「亞伯丁能源轉型區」計畫.)
    if (after_place && nt.folded[q - 1] == U'區' && q + 3 <= n && (nt.folded[q] == U'」' || nt.folded[q] == U'』') &&
        ContainsAny(std::u32string_view(nt.folded.data() + q + 1, 2), {U"計畫", U"計劃", U"專案", U"方案"}))
      continue;
    // (Nor a district opening with a word that opens a clause right after the place: 熱那亞以舊港區再生結合… — "Genoa,
    // with its old port area"; a Japanese town may, 沖繩縣與那國町.)
    if (after_place && !in_region && nt.folded[q - 1] == U'區' && lex.LeadEndsAt(b + 1)) continue;
    // A description, not a name: 北部重要農業府 (a northern farming province), 第二大城市.
    if (ContainsAny(std::u32string_view(nt.folded.data() + b, q - b),
                    {U"北部", U"南部", U"東部", U"西部", U"中部", U"重要", U"主要", U"最大", U"第二大"}))
      continue;
    Seg place;
    place.kind = SegKind::kPlace;
    place.index = -1;
    if (in_region) {
      place.span = {b, q};
      place.name = nt.Utf8(town_begin, q);
      if (town_begin > b) place.alias = place.name;  // found again alone (赴東川町)
      place.country = g.CountryByIso(g.places()[static_cast<size_t>(c.index)].country);
      extra.push_back(std::move(place));
    } else if (after_place) {
      // Named with the city's full name, however the city is written (釜山影島區 = 釜山廣域市影島區).
      place.span = {c.span.begin, q};
      place.name = (c.index >= 0 ? g.places()[static_cast<size_t>(c.index)].name_zh : nt.Utf8(c.span)) + nt.Utf8(b, q) +
                   (shared_district ? "區" : "");
      place.country = c.index >= 0 ? g.CountryByIso(g.places()[static_cast<size_t>(c.index)].country) : c.country;
      // (The district's own name, found again alone below: 由徐匯區區長X after 上海市徐匯區.)
      if (nt.folded[q - 1] == U'區' && q - b >= 2) place.alias = nt.Utf8(b, q);
      // (The city is named too: 臺北市信義區公所 names 臺北市.)
      if (c.index >= 0) place.absorbed_places.push_back(c.index);
      extra.push_back(std::move(place));
      segs[i].kind = SegKind::kTitle;  // marker: replaced below
      segs[i].index = -2;
    } else {
      place.span = {b, q};
      place.name = nt.Utf8(b, q);
      place.country = c.index;
      // (約旦大安曼市, Greater Amman Municipality: 大 + a city the gazetteer knows in that country + its suffix is the
      // city, under its government's name.)
      if (nt.folded[b] == U'大' && q - b >= 4) {
        std::vector<LexMatch> matches;
        g.MatchAt(nt.folded, b + 1, &matches);
        for (const LexMatch& m : matches)
          if (b + 1 + m.length == q || b + 2 + m.length == q)
            for (const LexEntry& entry : *m.entries)
              if (entry.kind == LexKind::kPlace && g.places()[entry.value].kind == ontology::EntityKind::kCity &&
                  g.CountryByIso(g.places()[entry.value].country) == c.index)
                place.index = static_cast<int>(entry.value);
      }
      extra.push_back(std::move(place));
    }
  }
  // Does a seg of `v` overlap [x, y)?
  auto overlaps = [](const std::vector<Seg>& v, uint32_t x, uint32_t y) {
    return std::any_of(v.begin(), v.end(), [&](const Seg& o) { return o.span.begin < y && x < o.span.end; });
  };
  // A place the gazetteer lacks, written at [b, q).
  auto unknown_place = [&](uint32_t b, uint32_t q, int country) {
    Seg place;
    place.kind = SegKind::kPlace;
    place.index = -1;
    place.span = {b, q};
    place.name = nt.Utf8(b, q);
    place.country = country;
    return place;
  };
  // 基里諾省(Quirino Province): a name with an administrative suffix glossed by an English place name.
  for (uint32_t q = 0; q < n; ++q) {
    if (nt.folded[q] != U'(') continue;
    uint32_t close = q + 1;
    while (close < n && nt.folded[close] != U')' && close - q < 80) ++close;
    std::u32string_view inner(nt.text.data() + q + 1, close - q - 1);
    bool english = false;
    for (auto w : kPlaceWords) english = english || inner.find(w) != std::u32string_view::npos;
    // (Or a city or town glossed by its bare name, after a verb or mark that ends names: 前往列星頓市（Lexington）拜會…,
    // 前往盧嫩堡鎮（Lunenburg）.)
    bool bare_gloss = false;  // one to three capitalized Latin words
    const bool town = q >= 3 && nt.folded[q - 1] == U'鎮';
    if (!english && q >= 3 && IsHan(nt.folded[q - 1]) && !inner.empty() && inner.size() <= 30) {
      size_t words = 0;
      bool ok = true;
      for (size_t k = 0; k < inner.size() && ok; ++k) {
        const char32_t c = inner[k];
        if (k == 0 || inner[k - 1] == U' ') {
          ok = c >= U'A' && c <= U'Z';
          ++words;
        } else {
          ok = IsLatinLetter(c) || c == U' ' || c == U'-' || c == U'\'';
        }
      }
      bare_gloss = ok && words <= 3;
    }
    const bool bare = bare_gloss && (nt.folded[q - 1] == U'市' || town);
    // (Or a village or town glossed by its bare name between its name and its head's title, the title starting with the
    // suffix the name was written without: 德德多（Dededo）市長X.)
    bool before_title = false;
    if (bare_gloss && !IsAdminSuffixChar(nt.folded[q - 1]) && !town && close + 1 < n) {
      const auto t = lex.Title(close + 1);
      if (t.len >= 2 && (IsAdminSuffixChar(nt.folded[close + 1]) || nt.folded[close + 1] == U'鎮')) {
        const ontology::Role role = g.titles()[t.value].role;
        before_title = role == ontology::Role::kMayor || role == ontology::Role::kDeputyMayor ||
                       role == ontology::Role::kGovernor || role == ontology::Role::kDeputyGovernor;
      }
    }
    // (Or a town glossed by its bare name right after 轄內, 境內 or 轄下, "within its bounds", two to four characters:
    // 吉安雅縣…，轄內烏布（Ubud）每年吸引….)
    uint32_t within = 0;
    if (bare_gloss && !bare && !before_title)
      for (uint32_t k = q - 1; k > 2 && q - k <= 4 && IsHan(nt.folded[k]) && !within; --k)
        if (q - k >= 2 && ContainsAny(std::u32string_view(nt.folded.data() + k - 2, 2), {U"轄內", U"境內", U"轄下"})) within = k;
    if ((!english && !bare && !before_title && !within) || q < 3 ||
        !(IsAdminSuffixChar(nt.folded[q - 1]) || (bare && town) || before_title || within))
      continue;
    uint32_t b = q;
    // (A description before the name is no part of it: 斐濟第二大城勞托卡市（Lautoka City）, 首都, 首府, 港都.)
    auto described = [&](uint32_t at) {
      return at >= 2 && ContainsAny(std::u32string_view(nt.folded.data() + at - 2, 2), {U"大城", U"首都", U"首府", U"港都", U"城市"});
    };
    // (Nor the province or country it lies in, written right before it: 伊富高省拉加威市（Lagawe）.)
    int region_before = -1;
    auto region_ends_at = [&](uint32_t at) {
      // (Or a province the gazetteer lacks: a name of two characters or more and 省.)
      if (at >= 3 && q - at >= 3 && nt.folded[at - 1] == U'省' && IsHan(nt.folded[at - 2]) && IsHan(nt.folded[at - 3])) return true;
      for (size_t k = 0; k < segs.size() && segs[k].span.begin < at; ++k)
        if (segs[k].span.end == at && (segs[k].kind == SegKind::kPlace || segs[k].kind == SegKind::kCountry)) {
          region_before = static_cast<int>(k);
          return true;
        }
      return false;
    };
    while (b > 0 && IsHan(nt.folded[b - 1]) && q - b < 6 && !lex.LeadEndsAt(b) && !lex.BoundaryEndsAt(b) && !described(b) &&
           !(bare && region_ends_at(b)))
      --b;
    if (within) b = within;
    if (q - b < (within ? 2u : 3u)) continue;
    // (Not the last part of a transliterated name a dot joins, glossed whole before its title: 由葛瑞格里·惠特洛克（Gregory
    // Whitlock）市長接見 — a person.)
    if (before_title && b >= 2 && IsNameDotAt(nt.folded, b - 1)) continue;
    if ((bare || before_title) && b > 0 && IsHan(nt.folded[b - 1]) && !lex.LeadEndsAt(b) && !lex.BoundaryEndsAt(b) &&
        !(bare && region_ends_at(b)))
      continue;
    bool covered = false;
    for (const Seg& s : segs) covered = covered || (s.span.begin < q && b < s.span.end);
    for (const Seg& s : extra) covered = covered || (s.span.begin < q && b < s.span.end);
    if (covered) continue;
    Seg place = unknown_place(b, q, -1);
    // The country: an English country name in the gloss, else none.
    for (size_t c = 0; c < g.countries().size() && place.country < 0; ++c) {
      const std::string& en = g.countries()[c].name_en;
      if (en.size() > 3 && ToUtf8(inner).find(en) != std::string::npos) place.country = static_cast<int>(c);
    }
    // (Or the country named right before it, past a description: 斐濟第二大城勞托卡市（Lautoka City）.)
    if (place.country < 0)
      for (const Seg& x : segs)
        if (x.kind == SegKind::kCountry && x.span.end <= b && b - x.span.end <= 6) place.country = x.index;
    // (A bare gloss: the country named last before it. Before its head's title, the country of the place named last
    // before it, alone or opening a body's name: 關島市長協會會長、德德多（Dededo）市長X.)
    if (bare)
      for (const Seg& x : segs)
        if (x.kind == SegKind::kCountry && x.span.end <= b) place.country = x.index;
    // (Right after its province: that province's country.)
    if (bare && region_before >= 0 && segs[static_cast<size_t>(region_before)].span.end == b) {
      const Seg& r = segs[static_cast<size_t>(region_before)];
      place.country = r.kind == SegKind::kCountry ? r.index
                      : r.index >= 0            ? g.CountryByIso(g.places()[static_cast<size_t>(r.index)].country)
                                                : r.country;
    }
    if (before_title || within)
      for (const Seg& x : segs) {
        if (x.span.end > b) break;
        const auto opening = lex.Place(x.span.begin);
        const int known = x.kind == SegKind::kPlace ? x.index
                          : (x.kind == SegKind::kOrg || x.kind == SegKind::kPatternOrg) && opening.len > 0
                              ? static_cast<int>(opening.value)
                              : -1;
        if (x.kind == SegKind::kCountry) place.country = x.index;
        if (known >= 0) place.country = g.CountryByIso(g.places()[static_cast<size_t>(known)].country);
      }
    extra.push_back(std::move(place));
  }
  // 艾米利亞-羅馬涅大區, 歐西塔尼大區: a European region (大區) the gazetteer lacks — a transliteration of three characters or
  // more before 大區, its parts joined by a hyphen or a name dot, after a word, mark or entity that ends names; of the
  // country named last before it. A known place inside the transliteration (羅馬) gives way. (The same for a Spanish
  // autonomous community, 巴斯克自治區.)
  for (std::u32string_view region_word : {std::u32string_view(U"大區"), std::u32string_view(U"自治區")})
  for (size_t at = nt.folded.find(region_word); at != std::u32string::npos; at = nt.folded.find(region_word, at + region_word.size())) {
    const std::u32string& f = nt.folded;
    const auto q = static_cast<uint32_t>(at + region_word.size());
    auto ends_seg = [&](uint32_t pos) {
      auto it = std::lower_bound(segs.begin(), segs.end(), pos, [](const Seg& x, uint32_t v) { return x.span.begin < v; });
      return it != segs.begin() && std::prev(it)->span.end == pos && std::prev(it)->kind != SegKind::kTitle;
    };
    auto joint = [&](uint32_t x) {  // a hyphen or name dot between two Han characters
      return (f[x] == U'-' || f[x] == U'－' || f[x] == U'–' || IsNameDot(f[x])) && x > 0 && IsHan(f[x - 1]) && x + 1 < n && IsHan(f[x + 1]);
    };
    auto b = static_cast<uint32_t>(at);
    while (b > 0 && at - b < 12 && (IsHan(f[b - 1]) || joint(b - 1)) && !lex.LeadEndsAt(b) && lex.StopLen(b - 1) == 0 && !ends_seg(b)) --b;
    // (拜會中馬其頓大區: a direction after a verb that leads names starts the region's name, though 會中 is a word too.)
    if (b >= 3 && std::u32string_view(U"中東西南北").find(f[b - 1]) != std::u32string_view::npos && lex.LeadEndsAt(b - 1) &&
        f.compare(b - 3, 2, U"拜會") == 0)
      --b;
    if (at - b < 3 || std::u32string_view(U"該本各全").find(f[b]) != std::u32string_view::npos) continue;
    bool covered = false;
    for (const Seg& x : extra) covered = covered || (x.span.begin < q && b < x.span.end && (x.span.begin < b || x.span.end > q));
    for (const Seg& x : segs) covered = covered || (x.span.begin < q && b < x.span.end && (x.span.begin < b || x.span.end > q));
    // (Nor a region the data know by that name: 西西里大區.)
    for (const Seg& x : segs) covered = covered || (x.kind == SegKind::kPlace && x.index >= 0 && x.span.begin == b && x.span.end == q);
    if (covered) continue;
    // (A district read by its shape after the known place inside, 羅馬 + 涅大區, gives way too.)
    extra.erase(std::remove_if(extra.begin(), extra.end(), [&](const Seg& x) { return x.span.begin >= b && x.span.end <= q; }),
                extra.end());
    int country = -1;
    for (const Seg& x : segs)
      if (x.kind == SegKind::kCountry && x.span.end <= b) country = x.index;
    for (Seg& x : segs)
      if (x.span.begin >= b && x.span.end <= q && (x.kind == SegKind::kPlace || x.kind == SegKind::kCountry)) {
        x.kind = SegKind::kTitle;  // marker: removed below
        x.index = -2;
      }
    extra.push_back(unknown_place(b, q, country));
  }
  // 菲律賓巴丹省（Batanes）首府巴斯科: a name right after 首府 or 首都 that follow a place or a country (past its gloss) is a
  // city of that country the gazetteer lacks — two to five characters up to a mark — and so wherever the text writes it
  // (巴斯科市長, 巴斯科市政府).
  if (nt.folded.find(U"首府") != std::u32string::npos || nt.folded.find(U"首都") != std::u32string::npos) {
    std::vector<Seg> capitals;
    // (After the known and those found by their shape so far: 菲律賓巴丹省.)
    for (const std::vector<Seg>* named : {&segs, &extra})
    for (const Seg& c : *named) {
      if (c.kind != SegKind::kPlace && c.kind != SegKind::kCountry) continue;
      const uint32_t q = PastParenthesis(nt.folded, c.span.end, n, 40);
      if (q + 4 > n || (nt.folded.compare(q, 2, U"首府") != 0 && nt.folded.compare(q, 2, U"首都") != 0)) continue;
      const uint32_t b = q + 2;
      uint32_t e = b;
      while (e < n && e - b < 6 && IsHan(nt.folded[e]) && lex.StopLen(e) == 0) ++e;
      if (e - b < 2 || e - b > 5 || (e < n && std::u32string_view(U"，,。、;；(").find(nt.folded[e]) == std::u32string_view::npos))
        continue;
      if (overlaps(segs, b, e) || overlaps(extra, b, e)) continue;
      const int country = c.kind == SegKind::kCountry ? c.index
                          : c.index >= 0            ? g.CountryByIso(g.places()[static_cast<size_t>(c.index)].country)
                                                    : c.country;
      const std::u32string name(nt.folded.data() + b, e - b);
      for (size_t at = nt.folded.find(name); at != std::u32string::npos; at = nt.folded.find(name, at + 1)) {
        const auto x = static_cast<uint32_t>(at), y = x + static_cast<uint32_t>(name.size());
        if (!overlaps(segs, x, y) && !overlaps(extra, x, y) && !overlaps(capitals, x, y)) capitals.push_back(unknown_place(x, y, country));
      }
    }
    for (auto& c : capitals) extra.push_back(std::move(c));
  }
  // 巴拉圭上巴拉那省: one or two characters after a country, then a place the gazetteer knows in another country (巴拉那省
  // of Argentina), are the first characters of a place of the country written (上巴拉那省, Alto Paraná) the gazetteer
  // lacks — and so wherever the text writes that whole name (拜會上巴拉那省政府).
  for (size_t i = 0; i + 1 < segs.size(); ++i) {
    const Seg& c = segs[i];
    const Seg& known = segs[i + 1];
    if (c.kind != SegKind::kCountry || c.index < 0 || known.kind != SegKind::kPlace) continue;
    const uint32_t gap = known.span.begin - c.span.end;
    if (gap < 1 || gap > 2 || !IsAdminSuffixChar(nt.folded[known.span.end - 1])) continue;
    // (Known, or read as a region of a known place: 巴拉那 + 省.)
    const int other = known.index >= 0 ? g.CountryByIso(g.places()[static_cast<size_t>(known.index)].country) : known.country;
    if (other < 0 || other == c.index) continue;
    bool name_chars = true;
    for (uint32_t k = c.span.end; k < known.span.begin && name_chars; ++k)
      name_chars = IsHan(nt.folded[k]) && lex.StopLen(k) == 0 && !lex.LeadEndsAt(k + 1) &&
                   std::u32string_view(U"的與和及之在於赴").find(nt.folded[k]) == std::u32string_view::npos;
    if (!name_chars) continue;
    const std::u32string name(nt.folded.data() + c.span.end, known.span.end - c.span.end);
    for (size_t at = nt.folded.find(name); at != std::u32string::npos; at = nt.folded.find(name, at + 1)) {
      const auto b = static_cast<uint32_t>(at), q = b + static_cast<uint32_t>(name.size());
      bool taken = false;
      for (const Seg& x : extra) taken = taken || (x.span.begin < q && b < x.span.end);
      if (taken) continue;
      for (Seg& x : segs)
        if (x.span.begin >= b && x.span.end <= q && x.kind == SegKind::kPlace) {
          x.kind = SegKind::kTitle;  // marker: removed below
          x.index = -2;
        }
      extra.push_back(unknown_place(b, q, c.index));
    }
  }
  segs.erase(std::remove_if(segs.begin(), segs.end(), [](const Seg& s) { return s.kind == SegKind::kTitle && s.index == -2; }),
             segs.end());
  // 拜會南哥打巴托省副省長X: a province, state, county or city the gazetteer lacks, named with its suffix right before
  // its head's title (not one the title starts with, 納卯市長) after a word that leads names (拜會, 由), or after a mark
  // when the title starts with the suffix again (，哈利斯科州州長) — three to eight characters, none of them a word that
  // stops names.
  for (size_t i = 0; i < segs.size(); ++i) {
    const Seg& t = segs[i];
    if (t.kind != SegKind::kTitle || t.index < 0 || t.span.begin < 3) continue;
    const ontology::Role role = g.titles()[static_cast<size_t>(t.index)].role;
    if (role != ontology::Role::kGovernor && role != ontology::Role::kDeputyGovernor && role != ontology::Role::kMayor &&
        role != ontology::Role::kDeputyMayor)
      continue;
    const uint32_t q = t.span.begin;
    if (std::u32string_view(U"省州縣市").find(nt.folded[q - 1]) == std::u32string_view::npos) continue;
    if (i > 0 && segs[i - 1].span.end > q - 3) continue;  // (something known there)
    bool found = false;  // (or found by its shape already, with its country: 菲律賓⇥納卯市 in a table)
    for (const Seg& e : extra) found = found || (e.span.begin < q && q - 3 < e.span.end);
    if (found) continue;
    uint32_t b = q - 1;
    while (b > 0 && q - b < 8 && IsHan(nt.folded[b - 1]) && !lex.LeadEndsAt(b) && lex.StopLen(b - 1) == 0 &&
           (i == 0 || segs[i - 1].span.end < b))
      --b;
    // (Or after a mark when the title starts with the name's suffix: ，哈利斯科州州長X — the doubled suffix says so.)
    const bool doubled = nt.folded[q - 1] == nt.folded[q] && (b == 0 || std::u32string_view(U",;:、\n(「『").find(nt.folded[b - 1]) != std::u32string_view::npos);
    // (本 opening a line or right after a country is the name's first character, not "this": 菲律賓本格特省副省長X, a
    // guest list's 本格特省副省長　X — three characters or more after it.)
    bool opens_with_ben = false;
    if (b >= 1 && nt.folded[b - 1] == U'本' && q - b >= 3 && (i == 0 || segs[i - 1].span.end < b - 1)) {
      const uint32_t at = b - 1;
      const bool after_country = i > 0 && segs[i - 1].span.end == at && segs[i - 1].kind == SegKind::kCountry;
      if (at == 0 || nt.folded[at - 1] == U'\n' || after_country) {
        b = at;
        opens_with_ben = true;
      }
    }
    if (q - b < 3 || !(lex.LeadEndsAt(b) || doubled || opens_with_ben) || (i > 0 && segs[i - 1].span.end > b)) continue;
    bool stop_inside = false;
    for (uint32_t k = b + opens_with_ben; k < q && !stop_inside; ++k) stop_inside = lex.StopLen(k) > 0;
    if (stop_inside) continue;
    bool generic = false;
    for (std::u32string_view w : {U"該", U"本", U"全", U"各", U"鄰近", U"友好", U"姊妹", U"姐妹"})
      generic = generic || std::u32string_view(nt.folded.data() + b + opens_with_ben, q - b - opens_with_ben).find(w) != std::u32string_view::npos;
    if (generic) continue;
    extra.push_back(unknown_place(b, q, -1));
  }
  // 葡萄牙波多市、馬托西紐什市、里斯本: a city the gazetteer lacks listed after a foreign place (、 or 及 between) — two to
  // six characters and 市, ending its item (a joiner, a mark, the line's end or its government) — is a city of that
  // place's country.
  std::vector<uint32_t> listed_known;  // where such an item is a place the gazetteer knows (named so wherever written, below)
  {
    std::vector<Seg> listed;
    // (An item holding a generic or pointing word names no place: 各城市, 該市, 本市, 全市, 等.)
    static const std::initializer_list<std::u32string_view> kNoItemWords = {U"城市", U"都市", U"縣市", U"各", U"該", U"本", U"全", U"等"};
    // The labels of a report's destination field, and what stands on a line before `pos` (past the line's indent).
    static const std::initializer_list<std::u32string_view> kDestinationFields = {U"出國地點", U"出國地區", U"訪問地點",
                                                                                U"前往地點", U"考察地點", U"出訪地點"};
    auto line_head = [&](uint32_t pos) {
      uint32_t line = pos;
      while (line > 0 && nt.folded[line - 1] != U'\n') --line;
      while (line < pos && nt.folded[line] == U' ') ++line;
      return std::u32string_view(nt.folded.data() + line, pos - line);
    };
    // (An item the gazetteer knows as a place of that country is that place, though too small to stand alone there:
    // 出國地點：模里西斯路易港、居爾皮普 — Curepipe, named again later as the gazetteer's.)
    auto listed_place = [&](uint32_t b, uint32_t e, int country) {
      Seg place = unknown_place(b, e, country);
      std::vector<LexMatch> matches;
      g.MatchAt(nt.folded, b, &matches);
      for (const LexMatch& m : matches)
        if (m.length == e - b)
          for (const LexEntry& entry : *m.entries)
            if (entry.kind == LexKind::kPlace && place.index < 0 &&
                g.CountryByIso(g.places()[entry.value].country) == country) {
              place.index = static_cast<int>(entry.value);
              place.name.clear();
              place.country = -1;
              listed_known.push_back(b);
            }
      return place;
    };
    auto add_items = [&](const Seg& c, int country) {
      if (c.span.end >= n || (nt.folded[c.span.end] != U'、' && nt.folded[c.span.end] != U'及')) return;  // no list after it
      if (country < 0 || g.countries()[static_cast<size_t>(country)].iso2 == "TW") return;
      // (In the destination field, every item is a place, with or without its suffix: 出國地點：冰島雷克雅維克、赫維拉蓋爾濟.)
      const std::u32string_view head = line_head(c.span.begin);
      const size_t colon = head.find(U':');
      const bool field = colon != std::u32string_view::npos && colon <= 6 && head.size() - colon - 1 <= 5 &&
                         ContainsAny(head.substr(0, colon), kDestinationFields);
      for (uint32_t at = c.span.end; at + 3 < n && (nt.folded[at] == U'、' || nt.folded[at] == U'及');) {
        auto next = std::lower_bound(segs.begin(), segs.end(), at + 1, [](const Seg& s, uint32_t v) { return s.span.begin < v; });
        if (next != segs.end() && next->span.begin == at + 1) {  // a place known: the list goes on after it
          if (next->kind != SegKind::kPlace) return;
          at = next->span.end;
          continue;
        }
        uint32_t k = at + 1;
        while (k < n && k - (at + 1) < 6 && IsHan(nt.folded[k]) && nt.folded[k] != U'市' && lex.StopLen(k) == 0 && !lex.LeadEndsAt(k + 1))
          ++k;
        auto ends_item = [&](uint32_t x) { return x >= n || std::u32string_view(U"、及，,。\n").find(nt.folded[x]) != std::u32string_view::npos; };
        if (k - (at + 1) < 2) return;
        // (A field's item with no suffix ends where the item does; any other ends with 市, then the item's end or its
        // government.)
        const bool bare = field && ends_item(k);
        if (!bare && !(k < n && nt.folded[k] == U'市' && (ends_item(k + 1) || nt.folded.compare(k + 1, 2, U"政府") == 0))) return;
        const uint32_t e = bare ? k : k + 1;
        if (ContainsAny(std::u32string_view(nt.folded.data() + at + 1, e - at - 1), kNoItemWords)) return;
        if (std::any_of(extra.begin(), extra.end(), [&](const Seg& s) { return s.span.begin < e && at + 1 < s.span.end; })) return;
        listed.push_back(listed_place(at + 1, e, country));
        at = e;
      }
    };
    // (A destination field's first item right after its country is a place too, written as the Taiwanese write it:
    // 出國地點：克羅埃西亞札格雷布、斯普利特 — the gazetteer has 薩格勒布.)
    for (const Seg& c : segs) {
      if (c.kind != SegKind::kCountry || c.index < 0 || g.countries()[static_cast<size_t>(c.index)].iso2 == "TW") continue;
      const std::u32string_view head = line_head(c.span.begin);
      if (!head.ends_with(U":") || head.size() > 7 || !ContainsAny(head, kDestinationFields)) continue;
      uint32_t k = c.span.end;
      while (k < n && k - c.span.end < 6 && IsHan(nt.folded[k]) && nt.folded[k] != U'、' && nt.folded[k] != U'及' && lex.StopLen(k) == 0)
        ++k;
      if (k - c.span.end < 2 || k >= n || (nt.folded[k] != U'、' && nt.folded[k] != U'及')) continue;
      const bool covered = std::any_of(segs.begin(), segs.end(), [&](const Seg& x) { return x.span.begin < k && c.span.end < x.span.end; }) ||
                           std::any_of(extra.begin(), extra.end(), [&](const Seg& x) { return x.span.begin < k && c.span.end < x.span.end; });
      if (!covered) listed.push_back(listed_place(c.span.end, k, c.index));
    }
    for (const Seg& c : segs)
      if (c.kind == SegKind::kPlace && c.index >= 0) add_items(c, g.CountryByIso(g.places()[static_cast<size_t>(c.index)].country));
    for (const Seg& c : extra)
      if (c.kind == SegKind::kPlace) add_items(c, c.index >= 0 ? g.CountryByIso(g.places()[static_cast<size_t>(c.index)].country) : c.country);
    for (auto& l : listed) extra.push_back(std::move(l));
    // 轉往塔特拉縣政府，由縣長X接見: a place the gazetteer lacks, named with its suffix before its government's name (縣政府,
    // 市政府) after a word that leads names, where no other shape found it anywhere in the text — two to five characters,
    // none a word that stops names nor a determiner — is a place of the country of the foreign place or country the text
    // named last before it (none: no place).
    // (Or a Japanese town so named before a mark, its head's title 町長 in the clause after: 下午前往本部町，由町長X接待 —
    // where the place named last before is Japan's.)
    auto town_headed = [&](uint32_t q) {
      if (nt.folded[q] != U'町' || q + 2 >= n || IsHan(nt.folded[q + 1]) || nt.folded[q + 1] == U'\n') return false;
      const std::u32string_view clause(nt.folded.data() + q + 1, std::min<size_t>(12, n - q - 1));
      const size_t head = clause.find(U"町長");
      return head != std::u32string_view::npos && clause.substr(0, head).find_first_of(U"。\n") == std::u32string_view::npos;
    };
    for (uint32_t q = 3; q + 3 <= n; ++q) {
      const bool town = town_headed(q);
      if (!town && ((nt.folded[q] != U'縣' && nt.folded[q] != U'市') || nt.folded.compare(q + 1, 2, U"政府") != 0)) continue;
      uint32_t b = q;
      while (b > 0 && q - b < 6 && IsHan(nt.folded[b - 1]) && !lex.LeadEndsAt(b) && lex.StopLen(b - 1) == 0) --b;
      if (q - b < 2 || q - b > 5 || !lex.LeadEndsAt(b) || overlaps(segs, b, q + 1) || overlaps(extra, b, q + 1)) continue;
      // (Nor a name the gazetteer knows, which its own rules read: 拜會平澤市政府.)
      {
        std::vector<LexMatch> matches;
        g.MatchAt(nt.folded, b, &matches);
        bool known = lex.Country(b).len > 0;
        for (const LexMatch& m : matches)
          if (m.length == q - b || m.length == q + 1 - b)
            for (const LexEntry& entry : *m.entries) known = known || entry.kind == LexKind::kPlace || entry.kind == LexKind::kCountry;
        if (known) continue;
      }
      const std::u32string_view written(nt.folded.data() + b, q + 1 - b);
      if (std::any_of(extra.begin(), extra.end(), [&](const Seg& o) {
            return std::u32string_view(nt.folded.data() + o.span.begin, o.span.size()) == written;
          }))
        continue;
      bool stop_inside = false;
      for (uint32_t k = b; k < q && !stop_inside; ++k) stop_inside = lex.StopLen(k) > 0;
      bool generic = false;
      // (A town's name is the determiner's only where it is the whole: 本町, not 本部町.)
      for (std::u32string_view w : {U"該", U"本", U"全", U"各", U"當地", U"鄰近", U"友好", U"姊妹", U"姐妹", U"地方"})
        generic = generic || (town ? std::u32string_view(nt.folded.data() + b, q - b) == w
                                   : std::u32string_view(nt.folded.data() + b, q - b).find(w) != std::u32string_view::npos);
      if (stop_inside || generic) continue;
      int country = -1;
      for (size_t k = segs.size(); k-- > 0 && country < 0;) {
        const Seg& x = segs[k];
        if (x.span.end > b) continue;
        if (b - x.span.end > 400) break;
        int c = -1;
        if (x.kind == SegKind::kCountry) c = x.index;
        else if (x.kind == SegKind::kPlace) c = x.index >= 0 ? g.CountryByIso(g.places()[static_cast<size_t>(x.index)].country) : x.country;
        if (c >= 0 && g.countries()[static_cast<size_t>(c)].iso2 != "TW") country = c;
      }
      if (country >= 0 && (!town || g.countries()[static_cast<size_t>(country)].iso2 == "JP")) extra.push_back(unknown_place(b, q + 1, country));
    }
    // (The same name found elsewhere with no country, 出席於東方市舉行之…, is that place: it takes the country.)
    for (Seg& e : extra)
      if (e.kind == SegKind::kPlace && e.index == -1 && e.country < 0)
        for (const Seg& o : extra)
          if (o.kind == SegKind::kPlace && o.index == -1 && o.country >= 0 && o.name == e.name) {
            e.country = o.country;
            break;
          }
  }
  // A place found by its shape once (加州聖塔克拉拉郡, or before its head's title: 東方市市長X) is that place wherever the text
  // writes its name (拜會聖塔克拉拉郡政府, 出席於東方市舉行之…).
  {
    std::vector<Seg> again;
    std::vector<std::pair<const Seg*, std::u32string>> names;
    for (const Seg& e : extra) {
      // (Three characters only with an administrative suffix: 納卯市; or a Japanese town's or village's, 竹富町.)
      const bool town = e.span.size() == 3 && (nt.folded[e.span.end - 1] == U'町' || nt.folded[e.span.end - 1] == U'村') &&
                        e.country >= 0 && g.countries()[static_cast<size_t>(e.country)].iso2 == "JP";
      // (Or a listed item the gazetteer knows, too small to stand alone: 出國地點：斐濟蘇瓦、拉基拉基 — 前往拉基拉基.)
      const bool known_item = e.index >= 0 && std::find(listed_known.begin(), listed_known.end(), e.span.begin) != listed_known.end();
      if (e.span.size() < 3 || (e.index != -1 && !known_item) ||
          (e.span.size() == 3 && !IsAdminSuffixChar(nt.folded[e.span.end - 1]) && !town))
        continue;
      names.emplace_back(&e, std::u32string(nt.folded.data() + e.span.begin, e.span.size()));
      if (!e.alias.empty()) names.emplace_back(&e, Gazetteer::Fold(ToU32(e.alias)));
    }
    // (And a city's name written with 市, the gazetteer lacking it, without 市 before a mark or a function word (由, 以, 為,
    // 在, 於, 與, 和, 及): 林茲市 … 轉乘火車赴林茲, 介紹林茲由鋼鐵城市轉型為….)
    const size_t with_suffix = names.size();
    for (size_t k = 0; k < with_suffix; ++k)
      if (names[k].first->index < 0 && names[k].second.size() >= 3 && names[k].second.back() == U'市' &&
          std::all_of(names[k].second.begin(), names[k].second.end(), [](char32_t c) { return IsHan(c); }))
        names.emplace_back(names[k].first, names[k].second.substr(0, names[k].second.size() - 1));
    for (size_t ni = 0; ni < names.size(); ++ni) {
      const Seg& e = *names[ni].first;
      std::u32string_view name(names[ni].second);
      const bool bare = ni >= with_suffix;
      for (size_t at = nt.folded.find(name); at != std::u32string::npos; at = nt.folded.find(name, at + 1)) {
        if (bare) {
          const size_t next = at + name.size();
          if (next < nt.folded.size() && IsHan(nt.folded[next]) &&
              std::u32string_view(U"由以為在於與和及").find(nt.folded[next]) == std::u32string_view::npos)
            continue;
        }
        // (A district's name of two characters, 港區, only as its government: 港區役所, 港區議會; alone it is a word.)
        if (name.size() == 2 && !bare) {
          std::u32string_view next(nt.folded.data() + at + 2, std::min<size_t>(2, nt.folded.size() - at - 2));
          if (next != U"役所" && next != U"議會" && next != U"公所" && next != U"政府") continue;
        }
        uint32_t b = static_cast<uint32_t>(at), q = b + static_cast<uint32_t>(name.size());
        if (b > 0 && IsHan(nt.folded[b - 1]) && !lex.LeadEndsAt(b)) continue;
        // (Its suffix may start its head's title, 納卯市長 for 納卯市 + 市長: the name then ends before the title.)
        // (竹富町長: a Japanese town's 町 the same.)
        if (name.size() >= 3 && (IsAdminSuffixChar(name.back()) || name.back() == U'町' || name.back() == U'村') &&
            lex.Title(q - 1).len >= 2)
          --q;
        // segs are sorted and disjoint: only the last one starting before q can overlap.
        auto it = std::lower_bound(segs.begin(), segs.end(), q, [](const Seg& s, uint32_t v) { return s.span.begin < v; });
        bool covered = it != segs.begin() && std::prev(it)->span.end > b;
        for (const Seg& s : extra) covered = covered || (s.span.begin < q && b < s.span.end);
        for (const Seg& s : again) covered = covered || (s.span.begin < q && b < s.span.end);
        if (covered) continue;
        Seg copy = e;
        copy.span = {b, q};
        again.push_back(std::move(copy));
      }
    }
    for (auto& a : again) extra.push_back(std::move(a));
  }
  for (auto& e : extra) segs.push_back(std::move(e));
  std::sort(segs.begin(), segs.end(), [](const Seg& a, const Seg& b) { return a.span.begin < b.span.begin; });
  // 該市, 該縣, 該州 ("that city"): the place of that kind named last before (within a few sentences) is named
  // again (說明該市為…成員, 參加該市舉辦之「…」).
  {
    std::vector<Seg> anaphors;
    const std::u32string& f = nt.folded;
    // (貴市, 貴縣, "your city" in a letter, the same: the addressee's place, named before. Not 貴州, a province.)
    for (char32_t lead : {U'該', U'貴'})
    for (size_t at = f.find(lead); at != std::u32string::npos && at + 1 < f.size(); at = f.find(lead, at + 1)) {
      uint32_t q = static_cast<uint32_t>(at);
      char32_t kind = f[q + 1];
      if (std::u32string_view(lead == U'該' ? U"市縣州省道町村" : U"市縣").find(kind) == std::u32string_view::npos) continue;
      auto it = std::lower_bound(segs.begin(), segs.end(), q, [](const Seg& x, uint32_t v) { return x.span.begin < v; });
      if (it != segs.end() && it->span.begin < q + 2) continue;
      if (it != segs.begin() && std::prev(it)->span.end > q) continue;
      while (it != segs.begin()) {
        --it;
        if (q - it->span.end > 400) break;
        if (it->kind != SegKind::kPlace) continue;
        bool city = it->index >= 0 ? g.places()[static_cast<size_t>(it->index)].kind == ontology::EntityKind::kCity
                                   : f[it->span.end - 1] == U'市';
        // (A Japanese town or village, 該町, 該村: one written with that ending.)
        if (kind == U'町' || kind == U'村' ? f[it->span.end - 1] != kind : (kind == U'市') != city) continue;
        // (Not one a mission is named after or posted to: 駐休士頓台北經濟文化辦事處 — 台北 and 休士頓 are the office's
        // name, not the city the text speaks of.)
        if (ContainsAny(std::u32string_view(f.data() + it->span.end, std::min<size_t>(4, f.size() - it->span.end)),
                        {U"經濟文化", U"代表處", U"辦事處", U"代表團"}) ||
            (it->span.begin >= 1 && f[it->span.begin - 1] == U'駐'))
          continue;
        // (Not the one invited in the same clause: 柯瓦契克市長邀請臺中市明年出席該市主辦之「…」 names the inviter's city.)
        if (it->span.begin >= 2 && f.compare(it->span.begin - 2, 2, U"邀請") == 0 &&
            std::u32string_view(f.data() + it->span.end, q - it->span.end).find_first_of(U",，。;；") == std::u32string_view::npos)
          continue;
        Seg copy = *it;
        copy.span = {q, q + 2};
        // (Its full name, for bodies named after it: 率該市議會議長X is 五島市議會's speaker — the place as written, with
        // the kind's character where it was written bare.)
        copy.full = it->full.empty() ? nt.Utf8(it->span) : it->full;
        if (!copy.full.ends_with(ToUtf8(std::u32string(1, kind)))) copy.full += ToUtf8(std::u32string(1, kind));
        anaphors.push_back(std::move(copy));
        break;
      }
    }
    if (!anaphors.empty()) {
      for (auto& a : anaphors) segs.push_back(std::move(a));
      std::sort(segs.begin(), segs.end(), [](const Seg& a, const Seg& b) { return a.span.begin < b.span.begin; });
    }
  }
  return segs;
}

void FindPatternOrgs(const NormalizedText& nt, const Lexicon& lex, std::vector<Seg>* segs,
                     const std::string& publisher, bool council_publishes) {
  const std::u32string& f = nt.folded;
  const auto n = static_cast<uint32_t>(f.size());
  // Index segs by end position.
  std::map<uint32_t, size_t> seg_by_end, seg_by_begin;
  for (size_t i = 0; i < segs->size(); ++i) {
    seg_by_end[(*segs)[i].span.end] = i;
    seg_by_begin[(*segs)[i].span.begin] = i;
  }
  auto title_covers = [&](uint32_t pos, uint32_t end) {
    // A title seg covers pos and reaches past `end` (a title inside the name, 代表 in 代表處, is fine), or ends with the
    // ending (副總工程司: a title, not a 司).
    auto it = seg_by_begin.upper_bound(pos);
    if (it == seg_by_begin.begin()) return false;
    --it;
    const Seg& s = (*segs)[it->second];
    return s.kind == SegKind::kTitle && s.span.begin <= pos && pos < s.span.end && (s.span.end > end || (s.span.end == end && s.span.begin < pos));
  };
  // Where an organization ending ends: a name never runs back across another organization's ending
  // (自民黨青年局日華懇談會 is two organizations).
  // An ending that goes on as an ordinary word (部門, 處理, 局面, 零組件, 課程) is none.
  auto goes_on = [&](uint32_t at, uint32_t len) {
    static const std::u32string_view kGoesOn[] = {U"部門", U"部分", U"部落", U"處理", U"處於", U"局面", U"局勢", U"組成", U"組合", U"組件",
                                                  U"署名", U"院子", U"組團", U"課程", U"課題", U"課綱", U"課本", U"課堂",
                                                  U"司法"};  // (家庭司法中心: a family justice centre, no 家庭司)
    // 桃園航空城: an ending followed by 城 names a district or development (an "airport city"), not a body.
    if (len >= 2 && at + len < n && f[at + len] == U'城') return true;
    // (Nor one that names a form of government, 議會經理制, 議會制, 委員會制: 夏洛特市採議會經理制.)
    if (at + len < n && (f[at + len] == U'制' || f.compare(at + len, 3, U"經理制") == 0)) return true;
    // …首長會議會員城市: an ending's 會 that starts 會員 (member), 會談, 會晤, 會見, 會面 is that word's.
    if (at + len < n && f[at + len - 1] == U'會' && std::u32string_view(U"員談晤見面").find(f[at + len]) != std::u32string_view::npos)
      return true;
    // 輪島市委託金澤大學: a party committee's 委 (市委, 縣委) that starts 委託, 委任, 委派, 委請 or 委辦 is that verb's.
    if (at + len < n && f[at + len - 1] == U'委' && std::u32string_view(U"託任派請辦").find(f[at + len]) != std::u32string_view::npos)
      return true;
    // 港口城市分組會議: a breakout group's meeting, discussion or forum is a session, not a body.
    if (at + len + 2 <= n && at + len >= 2 && f[at + len - 1] == U'組' && f[at + len - 2] == U'分' &&
        (f.compare(at + len, 2, U"會議") == 0 || f.compare(at + len, 2, U"討論") == 0 || f.compare(at + len, 2, U"座談") == 0 ||
         f.compare(at + len, 2, U"論壇") == 0))
      return true;
    if (len != 1 || at + 1 >= n) return false;
    for (auto w : kGoesOn)
      if (f.compare(at, w.size(), w) == 0) return true;
    return false;
  };
  std::vector<bool> suffix_end(n + 1, false);
  std::vector<std::pair<std::string, std::string>> unit_named;  // research units named with their body: (alone, whole)
  for (uint32_t s = 0; s < n; ++s)
    if (auto suf = lex.Suffix(s); suf.len > 0 && !(suf.value & 16u) && !title_covers(s, s + suf.len) && lex.Title(s).len <= suf.len &&
                                  !goes_on(s, suf.len))
      suffix_end[s + suf.len] = true;
  std::vector<Seg> found;
  std::vector<bool> found_agency;  // per found name: it starts with a national agency
  std::vector<std::pair<std::u32string, std::string>> seen;  // folded name -> canonical name
  uint32_t last_dept_end = 0;  // end of the last department qualified with the publisher (本府交通局…、產業發展局…)
  std::string last_owner;      // the place that owns the last organization (東京都保健醫療局、港灣局)
  uint32_t last_org_end = 0;
  int foreign_dept = -1;           // in `found`: another government's department whose section was named last
  uint32_t foreign_dept_last = 0;  // where that section's name ends
  const std::u32string publisher_u = ToU32(publisher);  // (its last character: a bare 市議會 / 縣議會 is its council)
  // (A place named as the publisher is, by its first two characters: 臺中 of 臺中市; never, with no publisher.)
  auto publishers_place = [&](const Seg& place) {
    return publisher_u.empty() ||
           std::u32string_view(f.data() + place.span.begin, place.span.size()).substr(0, 2) == std::u32string_view(publisher_u).substr(0, 2);
  };
  // (論壇 or 峰會 ends a body's name only right before its head's title, 世界防災論壇理事長X: the body that runs the
  // forum. A forum named alone is an event.)
  // (Or past its abbreviation in Latin capitals in parentheses, before its chair's title too: 歐洲身心障礙論壇（EDF）主席X.)
  auto forum_body_at = [&](uint32_t s) {
    if (s + 2 >= n || (f.compare(s, 2, U"論壇") != 0 && f.compare(s, 2, U"峰會") != 0)) return false;
    const bool glossed = LatinCapitalsInParentheses(nt, s + 2);
    const uint32_t at = glossed ? PastParenthesis(f, s + 2, n, 12) : s + 2;
    const std::u32string_view title(f.data() + at, lex.Title(at).len);
    return title == U"理事長" || title == U"秘書長" || title == U"事務局長" || title == U"執行長" || title == U"會長" ||
           title == U"董事長" || title == U"事務總長" || (glossed && title == U"主席");
  };
  // (宮 ends a temple's name only right before the title of its board's head, 鎮瀾宮董事長X, 朝天宮主任委員Y: the temple
  // that runs the pilgrimage. 宮 alone is a palace's word, 無憂宮, or the first of a Japanese name, 宮崎.)
  auto temple_body_at = [&](uint32_t s) {
    if (s < 2 || !IsHan(f[s - 1]) || !IsHan(f[s - 2])) return false;
    const std::u32string_view title(f.data() + s + 1, lex.Title(s + 1).len);
    return title == U"董事長" || title == U"副董事長" || title == U"主任委員" || title == U"主委" || title == U"副主任委員";
  };
  for (uint32_t s = 0; s < n; ++s) {
    auto suf = lex.Suffix(s);
    if (suf.len == 0 && (f[s] == U'論' || f[s] == U'峰') && forum_body_at(s)) suf = {2, 1u, false};  // (the cheap test first)
    const bool temple = suf.len == 0 && f[s] == U'宮' && temple_body_at(s);
    if (temple) suf = {1, 1u, false};
    // (日本國際緊急援助隊（JDR）, 國際搜救諮詢團（INSARAG）: a team or group named with its abbreviation in Latin capitals
    // in parentheses right after it is a body. Not a team of players, 嘉義農林棒球隊（KANO）: its school or club is.)
    if (suf.len == 0 && (f[s] == U'隊' || f[s] == U'團') && s >= 2 && IsHan(f[s - 1]) && f[s - 1] != U'球' &&
        LatinCapitalsInParentheses(nt, s + 1))
      suf = {1, 1u, false};
    if (suf.len == 0) continue;
    uint32_t e = s + suf.len;
    // The suffix must not start a title (局長, 處長, 會長) nor sit inside one.
    auto t = lex.Title(s);
    if (t.len > suf.len) continue;
    if (title_covers(s, e)) continue;
    // A longer ending whose last character starts a title is a shorter ending and the title (中學校長 = 中學 + 校長;
    // 學校 is a Japanese school's ending). (A one-character ending stays: 港灣局長 = 港灣局 + 局長.)
    if (suf.len >= 2 && lex.Title(e - 1).len >= 2) continue;
    // The ending is the tail of an ordinary word (簽署, 佈局, 身處) or goes on as one (部門, 處理, 局面).
    if (lex.BoundaryEndsAt(e) && suf.len == 1) continue;
    if (goes_on(s, suf.len)) continue;
    // (司 ends a ministry's department, 北美司 — not as the tail of 壽司 (sushi), 上司, 官司 or 祭司.)
    if (suf.len == 1 && f[s] == U'司' && s > 0 && std::u32string_view(U"壽上官祭").find(f[s - 1]) != std::u32string_view::npos) continue;
    // A working group (CityNet智慧城市工作小組, 聯盟之岸電技術工作小組) is a body's programme of work, not a body.
    if ((e >= 4 && f.compare(e - 4, 4, U"工作小組") == 0) || (e >= 3 && f.compare(e - 3, 3, U"工作組") == 0)) continue;
    // A trade word (食品) ends a company's name only where the name stops (參訪南僑食品，); inside a longer name
    // (韓國食品研究院, 發酵食品博覽會, 農林畜產食品部) it is a word of that name. (Its officer's title may follow:
    // Ruefa旅行社代表X — not a department's head's, 航空局長.)
    // (Nor a company function's word before the title: 汶萊皇家航空商務總監, X航空行銷經理.)
    if ((suf.value & 16u) && e < n && IsHan(f[e]) &&
        !(lex.Title(e).len >= 2 && std::u32string_view(U"局處部署廳司課科組室").find(f[e]) == std::u32string_view::npos) &&
        !(ContainsAny(std::u32string_view(f.data() + e, std::min<size_t>(2, n - e)),
                      {U"商務", U"業務", U"行銷", U"營運", U"技術", U"財務", U"公關", U"銷售"}) &&
          e + 2 < n && lex.Title(e + 2).len >= 2))
      continue;
    // A troupe's or band's ending (劇團, 樂團) makes a body only of a name in quotes (「府城新劇團」), not of 當地樂團.
    // (Or of one a government runs, 市立, 縣立 or 國立 in its name: 臺南市立國樂團.)
    if (suf.value & 32u) {
      uint32_t open = s;
      while (open > 0 && s - open < 12 && IsHan(f[open - 1])) --open;
      const std::u32string_view run(f.data() + open, s - open);
      bool public_body = ContainsAny(run.substr(run.size() > 8 ? run.size() - 8 : 0), {U"市立", U"縣立", U"國立"});
      // (Or of one named after its city, a few words between: 新北市民俗舞蹈團, 本市民俗舞蹈團, 維也納愛樂樂團 — not 當地樂團.)
      // (Two characters or more between, no word ending among them: not 蒙得維的亞市派舞團, "sent a troupe".)
      // (A band's own word of three, 管樂團, 交響樂團, 國樂團, right after its city: 嘉義市管樂團.)
      // (Or after its country, with a word of an orchestra's own name between: 捷克愛樂管弦樂團, 斯洛伐克愛樂管弦樂團 — not
      // 美國搖滾樂團, "an American rock band"; or a national folk ensemble's: 愛沙尼亞民俗舞蹈團.)
      auto orchestra_word = [&](uint32_t p) {
        return ContainsAny(std::u32string_view(f.data() + p, s - p), {U"愛樂", U"交響", U"國家", U"皇家", U"廣播", U"民俗", U"民族"});
      };
      for (uint32_t p = s - std::min<uint32_t>(s, suf.len >= 3 ? 0 : 2); !public_body && p + 4 >= s && p > open; --p)
        if (auto it = seg_by_end.find(p); it != seg_by_end.end() &&
                                          ((*segs)[it->second].kind == SegKind::kPlace || (*segs)[it->second].kind == SegKind::kSelf ||
                                           ((*segs)[it->second].kind == SegKind::kCountry && orchestra_word(p))) &&
                                          (*segs)[it->second].span.size() >= 2 &&
                                          // (A country's name is one word: 日本 ends in 本, a lead word elsewhere.)
                                          ((*segs)[it->second].kind == SegKind::kCountry || !lex.LeadEndsAt(p)))
          public_body = std::none_of(f.begin() + p, f.begin() + s, [&](char32_t c) { return !IsHan(c); }) &&
                        std::none_of(f.begin() + p + 1, f.begin() + s + 1, [&](const char32_t& c) {
                          const auto at = static_cast<uint32_t>(&c - f.data());
                          return lex.LeadEndsAt(at) || lex.BoundaryEndsAt(at);
                        });
      if (!public_body &&
          !(e < n && (f[e] == U'」' || f[e] == U'』') && open > 0 && (f[open - 1] == U'「' || f[open - 1] == U'『') && open < s))
        continue;
    }
    // The ending closes a place or organization the gazetteer knows (東京都廳): not a new body.
    {
      auto it = seg_by_end.find(e);
      if (it != seg_by_end.end() && (*segs)[it->second].span.begin < s &&
          ((*segs)[it->second].kind == SegKind::kPlace || (*segs)[it->second].kind == SegKind::kOrg))
        continue;
    }
    // Nor be followed by characters that make it another word (中心點, 局部).
    uint32_t start = s;
    bool has_prefix_entity = false;
    bool agency = false;  // the name starts with a national agency (外交部…, 交通部航港局…)
    bool self_before = false;
    std::string foreign_self;  // the other city a list's 市府 stands for (…市議員A、市府國際關係處處長B)
    bool led_abroad = false;   // 市府 of a visiting head who leads its officials (…市長X率市府…處處長)
    uint32_t max_len = 16;  // a university's unit may be longer: 美國哥倫比亞大學國際公共政策研究所
    bool network_suffix = false;  // an association's ending (聯盟, 聯合會, 協會; Japanese 連盟): an office may stand before it
    std::string unit_alias;  // a research unit's own name, where the body it belongs to is read with it
    // (And 議會 after an office: 全球市長議會, a parliament of mayors — a place's council has its place, not a title, before;
    // 理事會 too: 北歐部長理事會, a council of ministers.)
    for (std::u32string_view w : {std::u32string_view(U"聯盟"), std::u32string_view(U"聯合會"), std::u32string_view(U"協會"),
                                  std::u32string_view(U"聯誼會"), std::u32string_view(U"協議會"), std::u32string_view(U"會議"),
                                  std::u32string_view(U"連盟"), std::u32string_view(U"連合會"), std::u32string_view(U"議會"),
                                  std::u32string_view(U"理事會")})
      network_suffix = network_suffix || (suf.len == w.size() && f.compare(s, w.size(), w) == 0);
    // (Or one closing a line or a cell, as a cover field writes it: 服務機關：基隆市政府觀光及城市行銷處.)
    const bool unit_of_head = (suf.value & 2u) && ((e < n && f[e] == f[e - 1] && lex.Title(e).len > 0) ||  // 處 + 處長
                                                   e == n || f[e] == U'\n' || f[e] == U'\t');
    // 西日本汽車回收株式會社, 北加州臺灣同鄉會: a part of a country or region named by a compass point before it opens the
    // name (no segment: see Segment), as a place would — its length with the point, 0 if none ends at `at`.
    bool compass_opens = false;  // the name opens with such a part
    auto compass_part = [&](uint32_t at) -> uint32_t {
      for (uint32_t k = 2; k <= 4 && k + 1 <= at; ++k)
        if ((lex.Country(at - k).len == k || lex.Place(at - k).len == k) && CompassPartAt(f, at - k, seg_by_end.count(at - k) > 0) &&
            e - (at - k - 1) <= max_len)
          return k + 1;
      return 0;
    };
    while (start > 0 && e - start < max_len) {
      auto it = seg_by_end.find(start);
      if (it != seg_by_end.end()) {
        const Seg& prev = (*segs)[it->second];
        if (prev.kind == SegKind::kPlace || prev.kind == SegKind::kCountry || prev.kind == SegKind::kOrg) {
          start = prev.span.begin;
          has_prefix_entity = true;
          // (A long place's name counts as a short one: 奧弗涅-隆河-阿爾卑斯大區 + 議會; and the country before the place
          // counts for nothing: 菲律賓 + 宿霧市災害風險減少管理辦公室.)
          if (prev.kind == SegKind::kPlace && prev.span.size() > 6) max_len += prev.span.size() - 6;
          if (prev.kind == SegKind::kCountry && prev.span.end < e && seg_by_end.count(prev.span.begin) == 0) max_len += prev.span.size();
          agency = agency || (prev.kind == SegKind::kOrg && prev.agency);
          // (So does a national agency's full name before its unit: 國家科學及技術委員會 + 新竹科學園區管理局, as 國科會 + ….)
          if (prev.kind == SegKind::kOrg && prev.agency && prev.span.size() > 4) max_len += prev.span.size() - 4;
          // (A branch named by its place right after the body found before it is the body's, one name: 駐洛杉磯台北
          // 經濟文化辦事處 + 鳳凰城分處, as 札幌分處 is read. Not a company's, whose branch is its unit: 長榮海運公司倫敦分公司.)
          if (prev.kind == SegKind::kPlace && !found.empty() && found.back().span.end == prev.span.begin &&
              ContainsAny(std::u32string_view(f.data() + prev.span.end, e - prev.span.end),
                          {U"分處", U"辦事處", U"事務所", U"辦公室", U"分會"}) &&
              e - prev.span.end <= 3) {
            start = found.back().span.begin;
            max_len = 28;
            break;
          }
          // (A greater city's body: 大鳳凰城台灣同鄉會, 大倫敦市政府 — 大 right before the place, after a word or mark that
          // ends names, is the name's.)
          if (prev.kind == SegKind::kPlace && start >= 2 && f[start - 1] == U'大' &&
              (!IsHan(f[start - 2]) || lex.LeadEndsAt(start - 1) || lex.BoundaryEndsAt(start - 1)) &&
              seg_by_end.find(start - 1) == seg_by_end.end()) {
            --start;
            break;
          }
          // A name starts with its place, country or parent body; only another such name may stand before, right
          // there or after a short run (中華民國 + 留日 + 台灣同鄉會).
          if (seg_by_end.find(start) == seg_by_end.end()) {
            bool more = false;
            for (uint32_t k = 1; k <= 3 && k < start && !more; ++k) {
              if (!IsHan(f[start - k]) || lex.LeadEndsAt(start - k + 1) || lex.BoundaryEndsAt(start - k + 1)) break;
              auto it2 = seg_by_end.find(start - k);
              if (it2 != seg_by_end.end()) {
                SegKind k2 = (*segs)[it2->second].kind;
                more = k2 == SegKind::kPlace || k2 == SegKind::kCountry || k2 == SegKind::kOrg;
              }
            }
            // 延世大學原州基督教醫院: a university's name right before the place that opens the name (its hospital or
            // campus there) starts it.
            // (Or an institute's: 印度理工學院甘地訥格爾分校.)
            if (!more && start >= 4 && (f.compare(start - 2, 2, U"大學") == 0 || f.compare(start - 2, 2, U"學院") == 0)) {
              uint32_t u = start - 2;
              // (Up to eight characters before its word: 約安內應用科技 + 大學.)
              while (u > 0 && IsHan(f[u - 1]) && start - 2 - u < 8 && !lex.LeadEndsAt(u) && !lex.BoundaryEndsAt(u) &&
                     !seg_by_end.count(u))
                --u;
              if (start - 2 - u >= 2 && !lex.LeadEndsAt(u + 1)) {
                // (From the country that opens the university's name: 印度 + 理工學院.)
                if (auto c = seg_by_end.find(u); c != seg_by_end.end() && (*segs)[c->second].kind == SegKind::kCountry)
                  u = (*segs)[c->second].span.begin;
                max_len += start - u;
                start = u;
                break;
              }
            }
            // (財團法人臺中市文化基金會: a foundation's legal form before the place that opens its name.)
            if (!more && start >= 4 && (f.compare(start - 4, 4, U"財團法人") == 0 || f.compare(start - 4, 4, U"社團法人") == 0)) {
              start -= 4;
              max_len += 4;
              break;
            }
            if (const uint32_t part = more ? 0 : compass_part(start); part > 0) {
              start -= part;
              compass_opens = true;
              if (seg_by_end.count(start)) continue;
              break;
            }
            if (!more) break;
            --start;
            continue;
          }
          continue;
        }
        if (prev.kind == SegKind::kSelf) {
          // 訪團成員包括瓦爾帕萊索市議員A、市府國際關係處處長B: 市府 (縣府) in a list whose first item is another city's
          // office is that city's government, not the publisher's.
          const std::u32string_view self(f.data() + prev.span.begin, prev.span.size());
          if ((self == U"市府" || self == U"縣府") && prev.span.begin > 0 &&
              (f[prev.span.begin - 1] == U'、' || f[prev.span.begin - 1] == U'及' || f[prev.span.begin - 1] == U'與')) {
            uint32_t list = prev.span.begin;
            while (list > 0 && prev.span.begin - list < 80 && f[list - 1] != U'。' && f[list - 1] != U'\n' && f[list - 1] != U':' &&
                   !(list >= 2 && f.compare(list - 2, 2, U"包括") == 0))
              --list;
            auto first = seg_by_begin.lower_bound(list);
            if (first != seg_by_begin.end() && first->first < prev.span.begin) {
              const Seg& place = (*segs)[first->second];
              const std::string written = nt.Utf8(place.span);
              if (place.kind == SegKind::kPlace && place.span.begin == list && !publishers_place(place)) {
                foreign_self = written;
                break;
              }
            }
            // (Or a list in a clause opening with a bare title, after another city's head receiving in the sentence:
            // 由達沃市長X親自接見，副市長Y及市府經濟投資促進辦公室主任Z在座 — that city's government.)
            uint32_t clause = prev.span.begin;
            while (clause > 0 && prev.span.begin - clause < 80 && f[clause - 1] != U',' && f[clause - 1] != U'，' &&
                   f[clause - 1] != U'。' && f[clause - 1] != U'\n')
              --clause;
            auto head = seg_by_begin.find(clause);
            if (clause > 0 && (f[clause - 1] == U',' || f[clause - 1] == U'，') && head != seg_by_begin.end() &&
                (*segs)[head->second].kind == SegKind::kTitle) {
              for (auto pit = seg_by_begin.lower_bound(clause > 120 ? clause - 120 : 0); pit != seg_by_begin.end() && pit->first < clause;
                   ++pit) {
                const Seg& place = (*segs)[pit->second];
                auto title = seg_by_begin.find(place.span.end);
                bool sentence_break = false;
                for (uint32_t x = place.span.end; x < clause && !sentence_break; ++x) sentence_break = f[x] == U'。' || f[x] == U'\n';
                if (place.kind != SegKind::kPlace || sentence_break || title == seg_by_begin.end() ||
                    (*segs)[title->second].kind != SegKind::kTitle || publishers_place(place))
                  continue;
                foreign_self = nt.Utf8(place.span);
              }
              if (!foreign_self.empty()) break;
            }
          }
          // (Or one after 由, in a sentence that tells of arriving at or calling on another city's government or hall
          // earlier: 抵達韋斯特蘭市政廳，由副市長X接待…，隨後由市府經濟處專員陪同參觀 — that city's, its last such named.)
          if ((self == U"市府" || self == U"縣府") && prev.span.begin > 0 && f[prev.span.begin - 1] == U'由' && foreign_self.empty()) {
            uint32_t from = prev.span.begin - 1;
            while (from > 0 && prev.span.begin - from < 160 && f[from - 1] != U'。' && f[from - 1] != U'\n') --from;
            for (auto c_it = seg_by_begin.lower_bound(from); c_it != seg_by_begin.end() && c_it->first < prev.span.begin; ++c_it) {
              const Seg& place = (*segs)[c_it->second];
              if (place.kind != SegKind::kPlace || publishers_place(place)) continue;
              const std::u32string_view after(f.data() + place.span.end, std::min<size_t>(3, n - place.span.end));
              for (std::u32string_view hall : {U"市政廳", U"政廳", U"市政府", U"政府", U"市役所", U"役所", U"縣廳", U"廳"})
                if (after.starts_with(hall)) {
                  foreign_self = nt.Utf8(place.span);
                  break;
                }
            }
            if (!foreign_self.empty()) break;
          }
          // (Or one a visiting head leads, named after another country in the sentence: 美國…市長X率市府經濟發展處處長及
          // 業者…抵達本府 — that city's department, not the publisher's; no body named.)
          if ((self == U"市府" || self == U"縣府") && prev.span.begin > 0 && f[prev.span.begin - 1] == U'率') {
            uint32_t from = prev.span.begin - 1;
            while (from > 0 && prev.span.begin - from < 160 && f[from - 1] != U'。' && f[from - 1] != U'\n') --from;
            for (auto c_it = seg_by_begin.lower_bound(from); c_it != seg_by_begin.end() && c_it->first < prev.span.begin && !led_abroad; ++c_it) {
              const Seg& c = (*segs)[c_it->second];
              const std::u32string_view name(f.data() + c.span.begin, c.span.size());
              led_abroad = c.kind == SegKind::kCountry && name != U"臺灣" && name != U"中華民國" && name != U"我國";
            }
          }
          self_before = true;
          break;
        }
        if (prev.kind == SegKind::kTitle) {
          // 以色列市長聯合會, 日台友好議員聯盟: an office right before the ending names the association of those
          // office holders; the name goes on before the office.
          if (prev.span.end == s && network_suffix && prev.span.begin > 0) {
            start = prev.span.begin;
            continue;
          }
          // (內華達州州長經濟發展辦公室: a government's head's title right after its place, opening the name — the head's
          // office, Nevada's Governor's Office of Economic Development.)
          const std::u32string_view head(f.data() + prev.span.begin, prev.span.size());
          if ((head == U"州長" || head == U"市長" || head == U"縣長" || head == U"省長") && prev.span.begin > 0 &&
              f[prev.span.begin - 1] == head[0] && seg_by_end.count(prev.span.begin) &&
              (*segs)[seg_by_end[prev.span.begin]].kind == SegKind::kPlace) {
            start = (*segs)[seg_by_end[prev.span.begin]].span.begin;
            has_prefix_entity = true;
            max_len = std::max<uint32_t>(max_len, 22);
            break;
          }
          break;
        }
      }
      // (Another name right before it goes on: 荷蘭 + 東印度公司.)
      if (const uint32_t part = compass_part(start); part > 0) {
        start -= part;
        has_prefix_entity = compass_opens = true;
        if (seg_by_end.count(start)) continue;
        break;
      }
      // 德國在台協會, 美國在台協會: a country's body "in Taiwan" (在 is otherwise a word that ends names).
      if (start >= 2 && f[start - 1] == U'在' && (f[start] == U'台' || f[start] == U'臺') && seg_by_end.count(start - 1) &&
          (*segs)[seg_by_end[start - 1]].kind == SegKind::kCountry) {
        --start;
        continue;
      }
      // (應 + the body + 邀請, "at the body's invitation": 本團應加台國會友好小組邀請 — the name starts after 應.)
      // (Past its gloss in parentheses: …友好小組（Canada-Taiwan Parliamentary Friendship Group）邀請.)
      if (f[start - 1] == U'應')
        if (const uint32_t x = PastParenthesis(f, e, n, 80); x + 2 <= n && (f.compare(x, 2, U"邀請") == 0 || f.compare(x, 2, U"之邀") == 0))
          break;
      // (So may a unit the text named before, written again before another title: 觀光及城市行銷處處長A、觀光及城市行銷處
      // 專員B — the name found whole.)
      if (lex.LeadEndsAt(start)) {
        bool again = false;
        for (const auto& named : seen) {
          const size_t cut = named.first.rfind(U"政府");
          const std::u32string_view unit = cut == std::u32string::npos ? std::u32string_view(named.first)
                                                                        : std::u32string_view(named.first).substr(cut + 2);
          if (unit.size() > e - start && unit.size() <= max_len && e >= unit.size() &&
              f.compare(e - unit.size(), unit.size(), unit.data(), unit.size()) == 0) {
            start = e - static_cast<uint32_t>(unit.size());
            again = true;
            break;
          }
        }
        if (again) break;
      }
      // (So may a country's ministry named for two fields: 瓜地馬拉 + 公共衛生及社會救助部 — the first field right after
      // the country.)
      if (lex.LeadEndsAt(start) && f[e - 1] == U'部' && (f[start - 1] == U'及' || f[start - 1] == U'暨')) {
        uint32_t b = start - 1;
        while (b > 0 && start - 1 - b < 8 && IsHan(f[b - 1]) && !seg_by_end.count(b)) --b;
        if (start - 1 - b >= 2 && seg_by_end.count(b) && (*segs)[seg_by_end[b]].kind == SegKind::kCountry) {
          start = b;
          continue;
        }
      }
      // (大日本水產會: a Japanese body's name opening with 大日本, Dai-Nippon — no country read there; see Segment.)
      if (start >= 3 && f.compare(start - 3, 3, U"大日本") == 0 && !seg_by_end.count(start)) {
        start -= 3;
        break;
      }
      // (A unit named before its head's title may hold such words: 城市行銷處處長, 觀光及城市行銷處.)
      if (lex.LeadEndsAt(start) &&
          !(unit_of_head && std::u32string_view(U"及與和暨、由在於之的並率兼").find(f[start - 1]) == std::u32string_view::npos))
        break;
      // Another body's ending stops the name (秘書處研考會 is two bodies), except a university's
      // (哥倫比亞大學國際公共政策研究所 is its unit), and a federation of such bodies (台灣商會聯合總會).
      // A region word inside a name (北部航務中心: the northern centre) is no body's ending.
      if (suffix_end[start] && f[start - 1] == U'部' && start >= 2 &&
          std::u32string_view(U"北南東西中").find(f[start - 2]) != std::u32string_view::npos) {
        start -= 2;
        continue;
      }
      // A unit named after the national agency it belongs to (交通部航港局 + 北部航務中心) is one name.
      // (So is a directorate-general right after the body found before it: 歐盟執行委員會 + 區域政策總署.)
      // (And a research institute right after the centre or body found before it: 青森縣產業技術中心 + 蘋果研究所.)
      // (Or a board's research centre: 馬來西亞可可局 + 可可研究中心.)
      // (And a branch right after its body: 國家資通安全研究院 + 南部分院.)
      // (And a hospital's centre right after the hospital: 砂拉越綜合醫院 + 社區健康中心.)
      if (suffix_end[start] && !found.empty() && found.back().span.end == start &&
          (found_agency.back() || (e - start >= 4 && f.compare(e - 2, 2, U"總署") == 0) ||
           (e - start >= 4 && f.compare(e - 2, 2, U"中心") == 0 && found.back().name.ends_with("醫院")) ||
           (e - start >= 3 && e - start <= 6 && f[e - 2] == U'分' && std::u32string_view(U"院署局處").find(f[e - 1]) != std::u32string_view::npos) ||
           (e - start >= 5 && f.compare(e - 3, 3, U"研究所") == 0) ||
           (e - start >= 6 && f.compare(e - 4, 4, U"研究中心") == 0 && f[start - 1] == U'局'))) {
        if (f.compare(e - 4, 4, U"研究中心") == 0 && !found_agency.back()) unit_alias = nt.Utf8(start, e);  // (named alone elsewhere: 參訪可可研究中心)
        start = found.back().span.begin;
        has_prefix_entity = agency = true;
        max_len = 24;
        break;
      }
      // 世界衛生組織西太平洋區署, 林業及自然保育署臺中分署: a regional or branch office (…區署, …分署) is the body's, named
      // after it.
      if (suffix_end[start] && suf.len == 1 && f[s] == U'署' && s >= 1 && (f[s - 1] == U'區' || f[s - 1] == U'分') &&
          s - start >= 3) {
        max_len = 22;
        has_prefix_entity = true;  // (the body before owns it)
        --start;
        continue;
      }
      if (suffix_end[start]) {
        // (宮崎縣經濟農業協同組合聯合會: a federation of cooperatives, 組合 + 聯合會, too.)
        // (And their central union, 農業協同組合 + 中央會.)
        // (And a network or league of such bodies: 亞洲影像委員會網絡, 歐洲商會聯盟.)
        bool federation = ((f.compare(s, 2, U"聯合") == 0 || f.compare(s, 2, U"連合") == 0) &&
                           (f[start - 1] == U'會' || f[start - 1] == U'合')) ||
                          ((f.compare(s, 2, U"網絡") == 0 || f.compare(s, 2, U"網路") == 0 || f.compare(s, 2, U"聯盟") == 0) &&
                           suf.len == 2 && start == s && f[start - 1] == U'會') ||
                          (f.compare(s, 3, U"中央會") == 0 && start >= 2 && f.compare(start - 2, 2, U"組合") == 0);
        // A company's legal form after its trade name: 吉備食品株式會社, 長榮航空公司.
        bool company = start == s && ((suf.len == 4 && f.compare(s, 4, U"株式會社") == 0) || (suf.len == 2 && f.compare(s, 2, U"公司") == 0));
        // (財團法人, 社團法人: a foundation's or association's legal form before its name, 財團 being no body there.)
        const bool legal_form = start >= 2 && f.compare(start, 2, U"法人") == 0 &&
                                (f.compare(start - 2, 2, U"財團") == 0 || f.compare(start - 2, 2, U"社團") == 0);
        // (加州州議會亞太裔議員黨團: a caucus of a legislature's members is named after the legislature; so is its
        // Taiwan caucus, 賓州議會台灣連線, 國會台灣連線, 參議院台灣連線.)
        const std::u32string_view ending(f.data() + s, suf.len);
        const std::u32string_view legislature(f.data() + start - std::min<uint32_t>(start, 2), std::min<uint32_t>(start, 2));
        const bool caucus = (legislature == U"議會" || legislature == U"國會" || legislature == U"議院") &&
                            (ending.ends_with(U"黨團") || ending.ends_with(U"連線"));
        // (An alliance's foundation is named after the alliance: 台灣醫界聯盟基金會, 兒童福利聯盟文教基金會.)
        const bool alliance_foundation = ending.ends_with(U"基金會") && legislature == U"聯盟";
        // (A zoo's or museum's own hospital or centre is named after it: 伯斯動物園獸醫醫院, 國立故宮博物院研究中心.)
        const bool institution_unit =
            start >= 3 && (ending.ends_with(U"醫院") || ending.ends_with(U"中心") || ending.ends_with(U"研究所")) &&
            ContainsAny(std::u32string_view(f.data() + start - 3, 3), {U"動物園", U"植物園", U"博物館", U"博物院", U"美術館", U"水族館"});
        // (A body's affiliated hospital is named after it: 大阪大學醫學部 + 附屬醫院.)
        const bool affiliated = start == s && (ending.starts_with(U"附屬") || ending.starts_with(U"附設"));
        // (A ministry's bureau or department is named after the ministry: 韓國保健福祉部 + 老人政策局, 荷蘭農業部 + 國際事務司.)
        const bool ministry_unit = f[start - 1] == U'部' && suf.len == 1 && s - start >= 2 &&
                                   std::u32string_view(U"局司署廳").find(f[s]) != std::u32string_view::npos;
        // (And an organization's network of cities is named after it: 世界衛生組織 + 高齡友善城市網絡.)
        const bool organization_network = start >= 2 && f.compare(start - 2, 2, U"組織") == 0 && s - start >= 2 &&
                                          (ending == U"網絡" || ending == U"網路");
        if (!federation && !company && !legal_form && !caucus && !alliance_foundation && !institution_unit && !affiliated && !ministry_unit &&
            !organization_network &&
            !(start >= 2 && (f.compare(start - 2, 2, U"大學") == 0 || f.compare(start - 2, 2, U"學院") == 0)))
          break;
        max_len = 22;
      }
      char32_t c = f[start - 1];
      // (An abbreviation in Latin capitals inside the name, right after its place: 臺北市AI創新中心.)
      if (c >= U'a' && c <= U'z' && nt.text[start - 1] >= U'A' && nt.text[start - 1] <= U'Z') {
        uint32_t b = start - 1;
        while (b > 0 && start - b < 5 && nt.text[b - 1] >= U'A' && nt.text[b - 1] <= U'Z') --b;
        if (start - b >= 2 && b > 0 && !IsLatinLetter(nt.text[b - 1]) && seg_by_end.count(b) &&
            ((*segs)[seg_by_end[b]].kind == SegKind::kPlace || (*segs)[seg_by_end[b]].kind == SegKind::kCountry)) {
          start = b;
          continue;
        }
      }
      // (A Japanese middle dot joins two nouns of one name: 農業・食品產業技術綜合研究機構.)
      if (c == U'・' && start >= 2 && IsHan(f[start - 2]) && IsHan(f[start]) && !lex.LeadEndsAt(start - 1)) {
        --start;
        continue;
      }
      if (!IsHan(c)) break;
      // (A legal form of a Japanese body before its name, up to eight characters ending in 法人: 國立研究開發法人,
      // 獨立行政法人, 公益財團法人 — the name's.)
      if (start >= 4 && f.compare(start - 2, 2, U"法人") == 0 && s > start) {
        uint32_t b = start - 2;
        while (b > 0 && start - b < 8 && IsHan(f[b - 1]) && !lex.LeadEndsAt(b) && !seg_by_end.count(b)) --b;
        if (start - b >= 4 && (b == 0 || !IsHan(f[b - 1]) || lex.LeadEndsAt(b))) {
          max_len += start - b;
          start = b;
          break;
        }
      }
      --start;
    }
    // JTB株式會社, NEC公司, Ruefa旅行社: a company's Latin trade name (one word, opening with a capital) right before its
    // legal form or its kind is its name.
    // (Or an abbreviation in capitals before its trade's word and 公司: RAI展覽公司 — up to four Han characters between.)
    const bool company_form = (suf.len == 4 && f.compare(s, 4, U"株式會社") == 0) || (suf.len == 2 && f.compare(s, 2, U"公司") == 0);
    bool capitals_before_trade = false;
    if (company_form && start < s && s - start <= 4 && start >= 2 && IsLatinLetter(nt.text[start - 1])) {
      uint32_t b = start;
      while (b > 0 && start - b < 7 && nt.text[b - 1] >= U'A' && nt.text[b - 1] <= U'Z') --b;
      capitals_before_trade = start - b >= 2 && start - b <= 6 && (b == 0 || !IsLatinLetter(nt.text[b - 1]));
    }
    if ((start == s || capitals_before_trade) && start >= 2 &&
        (company_form || (suf.len == 3 && f.compare(s, 3, U"旅行社") == 0))) {
      auto word_before = [&](uint32_t at) {  // where the Latin word ending at `at` begins, or `at` if none
        uint32_t b = at;
        while (b > 0 && at - b < 12 && (IsLatinLetter(nt.text[b - 1]) || (nt.text[b - 1] >= U'0' && nt.text[b - 1] <= U'9'))) --b;
        return at - b >= 2 && (b == 0 || !IsLatinLetter(nt.text[b - 1])) && nt.text[b] >= U'A' && nt.text[b] <= U'Z' ? b : at;
      };
      uint32_t b = word_before(start);
      // (Or up to three such words, one space between: Tatra Mobility公司.)
      for (int words = 1; b < start && words < 3 && b >= 2 && nt.text[b - 1] == U' ';) {
        const uint32_t w = word_before(b - 1);
        if (w == b - 1) break;
        b = w;
        ++words;
      }
      if (b < start) {
        max_len = std::max(max_len, e - b + 1);  // (the Latin words count as a name, however long)
        start = b;
        has_prefix_entity = true;
      }
    }
    // 上海市人民政府臺灣事務辦公室: a government's name right before a body that starts with a country owns it.
    if (seg_by_begin.count(start) && (*segs)[seg_by_begin[start]].kind == SegKind::kCountry)
      for (std::u32string_view gw : {std::u32string_view(U"人民政府"), std::u32string_view(U"市政府"), std::u32string_view(U"政府")})
        if (start > gw.size() && f.compare(start - gw.size(), gw.size(), gw) == 0 &&
            seg_by_end.count(start - static_cast<uint32_t>(gw.size())) &&
            (*segs)[seg_by_end[start - static_cast<uint32_t>(gw.size())]].kind == SegKind::kPlace) {
          start = (*segs)[seg_by_end[start - static_cast<uint32_t>(gw.size())]].span.begin;
          has_prefix_entity = true;
          break;
        }
    // 大陸事務委員會: a country the body deals with (…事務) is not its owner (a department of the publisher's, in a list).
    if (seg_by_begin.count(start) && (*segs)[seg_by_begin[start]].kind == SegKind::kCountry &&
        f.compare((*segs)[seg_by_begin[start]].span.end, 2, U"事務") == 0)
      has_prefix_entity = false;
    if (e - start >= max_len || led_abroad) continue;
    // A quoted name is the whole name: 「女性參與地方政府事務常設委員會」.
    if (e < n && (f[e] == U'」' || f[e] == U'』')) {
      uint32_t open = e;
      while (open > 0 && e - open < 30 && f[open - 1] != U'「' && f[open - 1] != U'『' && f[open - 1] != U'」' &&
             f[open - 1] != U'\n')
        --open;
      if (open > 0 && (f[open - 1] == U'「' || f[open - 1] == U'『') && open < start) {
        start = open;
        has_prefix_entity = true;
      }
      // 「蜜蜂網絡」(Bee Network)公共運輸整合計畫, 「北方發電廠」政策: the quoted name of a programme or a policy.
      uint32_t q = PastParenthesis(f, e + 1, n, 60);
      std::u32string_view after(f.data() + q, std::min<size_t>(12, n - q));
      after = after.substr(0, std::min(after.size(), after.find_first_of(U",，。;；、")));
      if (ContainsAny(after, {U"計畫", U"計劃", U"政策", U"方案", U"專案", U"倡議", U"品牌", U"系統", U"路網"})) continue;
    }
    // 傳播暨國際事務處: a department named for two portfolios joined by 暨 (the first a short word after 、, a
    // government's name or the line's start).
    bool joined = false;
    // Also an association named for two trades (臺灣區工具機暨零組件工業同業公會).
    // (及 too, right after a government's name: 基隆市政府觀光及城市行銷處.)
    const bool with_and = start >= 3 && f[start - 1] == U'及' && (suf.value & 2u);
    if (((suf.value & 2u) || suf.len >= 2) && start >= 3 && (f[start - 1] == U'暨' || with_and)) {
      // A government's name before it (彰化縣政府 + 經濟暨綠能發展處) owns the department.
      auto government_ends_at = [&](uint32_t at) {
        return at >= 3 && f.compare(at - 2, 2, U"政府") == 0 && seg_by_end.count(at - 2) &&
               (*segs)[seg_by_end[at - 2]].kind == SegKind::kPlace;
      };
      uint32_t b = start - 1;
      const uint32_t longest = (suf.value & 2u) ? 4 : 6;  // a trade may be longer than a portfolio (冷凍空調)
      const uint32_t found_end = found.empty() ? UINT32_MAX : found.back().span.end;
      while (b > 0 && IsHan(f[b - 1]) && start - 1 - b < longest && f[b - 1] != U'、' && !seg_by_end.count(b) && !lex.LeadEndsAt(b) &&
             !government_ends_at(b) && b != found_end)
        --b;
      uint32_t run = start - 1 - b;
      bool government = government_ends_at(b);
      // (Or a national agency's, or a body's found just before: 外交部 + 亞西及非洲司, 歐盟執行委員會 + 海洋事務暨漁業總署 —
      // the body's unit, named from it.)
      const bool agency_before = seg_by_end.count(b) && (*segs)[seg_by_end[b]].kind == SegKind::kOrg && (*segs)[seg_by_end[b]].agency;
      const bool found_before = b == found_end;
      // (Or a clause's first words, its head's title right after: ，漁業及水產養殖廳廳長X陪同; or a list item's:
      // 姓名職稱：…、海洋及漁業事務所所長X; or those right after a verb that leads names, 率交通及觀光發展處處長X — not a
      // group's word before 及, 率市府團隊及觀光局局長X.)
      const bool after_lead = b > 0 && lex.LeadEndsAt(b) && run >= 2 &&
                              std::u32string_view(U"隊仁員團人們等").find(f[start - 2]) == std::u32string_view::npos;
      const bool clause_head = b > 0 && (f[b - 1] == U'，' || f[b - 1] == U',' || f[b - 1] == U'\n' || f[b - 1] == U'、' || after_lead) &&
                               e < n && lex.Title(e).len >= 2 && f[e] == f[e - 1];
      bool left = b == 0 || !IsHan(f[b - 1]) || f[b - 1] == U'、' || seg_by_end.count(b) > 0 || government || found_before ||
                  (clause_head && after_lead);
      // (Or a school and its research centre as one institution, the school found right before 暨: 瓦赫寧根大學暨研究中心.)
      const bool school_and_centre = run == 0 && found_before && f[start - 1] == U'暨' && e - start >= 3 &&
                                     (found.back().name.ends_with("大學") || found.back().name.ends_with("學院")) &&
                                     (f.compare(e - 2, 2, U"中心") == 0 || f.compare(e - 3, 3, U"研究院") == 0);
      // (Or a cover or header field's whole value: 發稿單位：交通及觀光發展處.)
      const bool field_value = b > 0 && f[b - 1] == U':' && (e >= n || f[e] == U'\n' || f[e] == U' ' || f[e] == U'\t');
      if ((run >= 2 || school_and_centre) && left &&
          (government || !with_and || clause_head || agency_before || found_before || field_value)) {
        start = government      ? (*segs)[seg_by_end[b - 2]].span.begin
                : agency_before ? (*segs)[seg_by_end[b]].span.begin
                : found_before  ? found.back().span.begin
                                : b;
        has_prefix_entity = has_prefix_entity || government || agency_before || found_before;
        // A place or country right before the first trade starts the name (臺灣 + 區工具機暨…).
        if (!government && seg_by_end.count(b)) {
          const Seg& before = (*segs)[seg_by_end[b]];
          if (before.kind == SegKind::kPlace || before.kind == SegKind::kCountry) {
            start = before.span.begin;
            has_prefix_entity = true;
          }
        }
        joined = true;
      }
    }
    // 工業技術研究院綠能與環境研究所: a unit of a known body named for two fields joined by 與 / 及 / 和, the first a short
    // word right after the body's name, is one name from the body's.
    // (A research unit's ending, 研究所, 中心, 實驗室, 學系; not 參與, a verb: 研考會持續參與CityNet…小組.)
    // (Or a research station's, 改良場, 試驗場: 農業部茶及飲料作物改良場, its first field one character after a national
    // agency.)
    const bool research_unit = std::u32string_view(U"所室系").find(f[e - 1]) != std::u32string_view::npos ||
                               (e >= 2 && f.compare(e - 2, 2, U"中心") == 0) ||
                               (e >= 3 && (f.compare(e - 3, 3, U"改良場") == 0 || f.compare(e - 3, 3, U"試驗場") == 0));
    if (!joined && research_unit && start >= 4 && std::u32string_view(U"與及和").find(f[start - 1]) != std::u32string_view::npos &&
        f[start - 2] != U'參') {
      // (The body known, or found just before in this pass: 工業技術研究院 by its ending.)
      const uint32_t body_end = !found.empty() && found.back().span.end < start ? found.back().span.end : 0;
      uint32_t w = start - 1;
      while (w > 0 && IsHan(f[w - 1]) && start - 1 - w < 4 && !seg_by_end.count(w) && w != body_end) --w;
      const bool known = seg_by_end.count(w) && (*segs)[seg_by_end[w]].kind == SegKind::kOrg;
      const uint32_t shortest = known && (*segs)[seg_by_end[w]].agency ? 1 : 2;
      if (start - 1 - w >= shortest && (known || (body_end && w == body_end))) {
        start = known ? (*segs)[seg_by_end[w]].span.begin : found.back().span.begin;
        has_prefix_entity = true;
        joined = true;
      }
    }
    // 英國住房、社區及地方政府部, 埃及住宅、公用事業及都市社區部: a ministry named for several portfolios, listed after
    // its country with 、 and 及 (or a national agency: 馬來西亞消防與救援局).
    // (Not a body that opens with its own country: 海法市政府及以色列創新署 is two bodies.)
    // (And, with its Latin abbreviation after it, a research body so named: 葡萄牙海洋及大氣研究所（IPMA）.)
    // (Nor one that opens with a place: 熱那亞市政府與利古里亞海港務局, 與西利古里亞海港務局 are two bodies.)
    const bool own_country = (seg_by_begin.count(start) && ((*segs)[seg_by_begin[start]].kind == SegKind::kCountry ||
                                                            (*segs)[seg_by_begin[start]].kind == SegKind::kPlace)) ||
                             compass_opens;
    // (Nor one that opens with a body the gazetteer knows: 於臺灣館與經濟部能源署副署長X — the agency's unit, 與 before it
    // no portfolio's joiner.)
    const bool known_body = seg_by_begin.count(start) && (*segs)[seg_by_begin[start]].kind == SegKind::kOrg;
    const bool abbreviated = e + 1 < n && f[e] == U'(' && IsLatinLetter(f[e + 1]);
    const bool ministry_ending = std::u32string_view(U"部局署廳").find(f[e - 1]) != std::u32string_view::npos;
    const bool named_for_fields =
        ministry_ending || (abbreviated && (f[e - 1] == U'所' || f[e - 1] == U'院' || f.compare(e - 2, 2, U"中心") == 0));
    if (!joined && !own_country && !known_body && named_for_fields && start >= 3 && kPortfolioJoiners.find(f[start - 1]) != std::u32string_view::npos) {
      uint32_t b = start - 1;  // at a separator
      for (int items = 0; items < 5; ++items) {
        uint32_t w = b;
        // (No portfolio holds a function word: 參加日本旅遊博覽會並與大阪觀光局 is an expo and a bureau.)
        auto function_word = [&](uint32_t x) { return std::u32string_view(U"並在於為將由向對").find(f[x]) != std::u32string_view::npos; };
        while (w > 0 && IsHan(f[w - 1]) && b - w < 6 && kPortfolioJoiners.find(f[w - 1]) == std::u32string_view::npos &&
               !seg_by_end.count(w) && !function_word(w - 1))
          --w;
        if (w == b || w == 0 || (!seg_by_end.count(w) && function_word(w - 1))) break;
        if (seg_by_end.count(w) && (*segs)[seg_by_end[w]].kind == SegKind::kCountry) {
          start = (*segs)[seg_by_end[w]].span.begin;
          has_prefix_entity = true;
          break;
        }
        // (Or after a state or city, 砂拉越州地方政府及房屋部, where no portfolio ends like a body: 高雄市文化局及觀光局 is
        // two.)
        if (seg_by_end.count(w) && (*segs)[seg_by_end[w]].kind == SegKind::kPlace) {
          if (!ministry_ending) break;  // (首爾特別市政府主辦、首爾經濟振興院（SBA）: a research body only after its country)
          bool bodies = false;  // (a body's ending right before one of the separators)
          for (uint32_t x = w + 1; x < start; ++x)
            bodies = bodies || (suffix_end[x] && kPortfolioJoiners.find(f[x]) != std::u32string_view::npos);
          if (!bodies) {
            start = (*segs)[seg_by_end[w]].span.begin;
            has_prefix_entity = true;
          }
          break;
        }
        if (f[w - 1] != U'、' && f[w - 1] != U'及') {
          // (Or, its Latin abbreviation after it, a body named for several places or fields that opens right after a
          // verb of calling on it: 拜會杜羅、萊雄斯及維亞納堡港務局（APDL）.)
          if (abbreviated && items >= 1) {
            uint32_t v = b;
            while (v > 0 && IsHan(f[v - 1]) && b - v < 6 && !lex.LeadEndsAt(v)) --v;
            if (v < b && lex.LeadEndsAt(v)) start = v;
          }
          break;
        }
        b = w - 1;
      }
    }
    // 北加州台灣商會聯合會: a direction before the place that starts the name belongs to it (Northern California).
    if (has_prefix_entity && start > 0 && std::u32string_view(U"北南東西中").find(f[start - 1]) != std::u32string_view::npos &&
        seg_by_begin.count(start) && (*segs)[seg_by_begin[start]].kind == SegKind::kPlace &&
        (start == 1 || !IsHan(f[start - 2]) || lex.LeadEndsAt(start - 1) || std::u32string_view(U"、及與和").find(f[start - 2]) != std::u32string_view::npos))
      --start;
    // 安特衛普-布魯日港務局: a body named after two places joined by a hyphen (a merged port) starts at the first.
    if (start > 1 && seg_by_begin.count(start) && (*segs)[seg_by_begin[start]].kind == SegKind::kPlace &&
        (f[start - 1] == U'-' || f[start - 1] == U'－') && seg_by_end.count(start - 1) &&
        (*segs)[seg_by_end[start - 1]].kind == SegKind::kPlace)
      start = (*segs)[seg_by_end[start - 1]].span.begin;
    // 駐臺北斯洛伐克經濟文化辦事處: the city an office of a country is stationed in, before the country.
    if (start > 1 && seg_by_end.count(start) && (*segs)[seg_by_end[start]].kind == SegKind::kPlace &&
        (*segs)[seg_by_end[start]].span.begin > 0 && f[(*segs)[seg_by_end[start]].span.begin - 1] == U'駐' &&
        seg_by_begin.count(start) && (*segs)[seg_by_begin[start]].kind == SegKind::kCountry)
      start = (*segs)[seg_by_end[start]].span.begin;
    // 駐以色列代表處: an office "stationed in" a country. 全印度地方自治政府協會, 全美市長會議: "all" + a country.
    if (start > 0 && f[start - 1] == U'駐') {
      --start;
      // 駐歐盟兼駐比利時代表處: one office stationed at two posts, the first named before 兼.
      if (start >= 4 && f[start - 1] == U'兼') {
        uint32_t b = start - 2;
        while (b > 0 && f[b] != U'駐' && IsHan(f[b]) && start - b <= 9) --b;
        if (f[b] == U'駐' && start - b >= 3) start = b;
      }
      // 我國駐巴拉圭大使館, 中華民國駐…: the sending country before 駐 starts the name.
      if (seg_by_end.count(start) && (*segs)[seg_by_end[start]].kind == SegKind::kCountry) start = (*segs)[seg_by_end[start]].span.begin;
    }
    if (start > 0 && f[start - 1] == U'全' && seg_by_begin.count(start) &&
        (*segs)[seg_by_begin[start]].kind == SegKind::kCountry &&
        (start == 1 || !IsHan(f[start - 2]) || std::u32string_view(U"、及與和").find(f[start - 2]) != std::u32string_view::npos))
      --start;
    // 臺灣地方議會, 日本地方政府: a country's local councils or governments in general, no body of their own.
    // (A place running past the ending, 港務公司市 found by its shape before 市長, holds the candidate: nothing after it.)
    if (seg_by_begin.count(start) && (*segs)[seg_by_begin[start]].span.end <= e &&
        ((*segs)[seg_by_begin[start]].kind == SegKind::kCountry || (*segs)[seg_by_begin[start]].kind == SegKind::kPlace)) {
      const std::u32string_view rest(f.data() + (*segs)[seg_by_begin[start]].span.end, e - (*segs)[seg_by_begin[start]].span.end);
      if (rest == U"地方議會" || rest == U"地方政府" || rest == U"地方自治體" || rest == U"地方自治團體" || rest == U"各級議會")
        continue;
      // (Nor a place's institutions of a kind: 原州市醫療機構, 東京都研究機構 — a kind of institution, never a name by
      // itself, after the place; unlike 地方政府協會 or 人民委員會, which are a place's own bodies.)
      const uint32_t rest_begin = (*segs)[seg_by_begin[start]].span.end;
      if (rest.size() >= 3 && rest.ends_with(U"機構") && lex.NotOrg(rest_begin, e)) continue;
    }
    // 附設華文補習學校, 附屬醫院: a name never opens with "attached to"; its body stands before it, or it is no name.
    if (e - start >= 2 && (f.compare(start, 2, U"附設") == 0 || f.compare(start, 2, U"附屬") == 0)) continue;
    // 自民黨總部, 巨蛋場館內部: a word that ends like a body's name but names a place or a part.
    {
      static const std::u32string_view kTails[] = {U"總部", U"本部", U"內部", U"外部", U"局部", U"全部", U"佈局", U"布局",
                                                   U"東部", U"西部", U"南部", U"北部", U"中部", U"大廳", U"幹部"};  // 美國西南部: a region; 市府大廳: a hall; 台籍幹部: staff
      bool tail = false;
      for (auto w : kTails) tail = tail || (e - start >= w.size() && f.compare(e - w.size(), w.size(), w) == 0);
      // (But a prefecture's police headquarters is a body: 大阪府警察本部.)
      tail = tail && !(e - start >= 4 && f.compare(e - 4, 4, U"警察本部") == 0);
      if (tail) continue;
    }
    // 濱松市（Hamamatsu, Japan）國際事務處: the place before an English gloss owns the body.
    std::string owner = foreign_self;
    if (!foreign_self.empty()) has_prefix_entity = true;
    if (!has_prefix_entity && !self_before && start > 0) {
      uint32_t q = start;
      while (q > 0 && f[q - 1] == U' ') --q;
      if (q > 0 && f[q - 1] == U')') {
        uint32_t open = q - 1;
        while (open > 0 && f[open] != U'(' && q - open < 80) --open;
        if (f[open] == U'(') {
          uint32_t r = open;
          while (r > 0 && f[r - 1] == U' ') --r;
          auto it = seg_by_end.find(r);
          if (it != seg_by_end.end() && (*segs)[it->second].kind == SegKind::kPlace) {
            owner = nt.Utf8((*segs)[it->second].span);
            has_prefix_entity = true;
          } else if (!found.empty() && found.back().span.end == r && IsLatinLetter(f[open + 1]) &&
                     (f[e - 1] == U'所' || f[e - 1] == U'室' || f[e - 1] == U'系' || f.compare(e - 2, 2, U"中心") == 0 ||
                      (f.compare(e - 2, 2, U"學院") == 0 && found.back().name.ends_with("大學"))) &&
                     (found.back().name.ends_with("大學") || found.back().name.ends_with("學院") ||
                      found.back().name.ends_with("研究院") || found.back().name.ends_with("醫院"))) {
            // (坎特伯里大學（University of Canterbury）地震工程研究中心: a school's research unit written after the
            // school's English name is the school's, named with it — as 達爾豪斯大學海洋研究中心 is; a hospital's centre
            // too, 日內瓦大學醫院（Hôpitaux Universitaires de Genève）遠距醫療中心; and a university's college,
            // 奧克拉荷馬州立大學（Oklahoma State University）農業學院, as 萊頓大學人文學院.)
            owner = found.back().name;
            has_prefix_entity = true;
          } else if (IsLatinLetter(f[open + 1]) && RegionalUnit(std::u32string_view(f.data() + start, e - start)) &&
                     ((it != seg_by_end.end() && (*segs)[it->second].kind == SegKind::kOrg) ||
                      (!found.empty() && found.back().span.end == r))) {
            // (聯合國人類住區規劃署（UN-Habitat）亞太辦公室: a body's regional office written after its English name is
            // the body's, named with it — as 聯合國人類住區規劃署亞太辦公室 is; not a body called 亞太辦公室, which every
            // network's office of the region would be.)
            owner = it != seg_by_end.end() && (*segs)[it->second].kind == SegKind::kOrg ? nt.Utf8((*segs)[it->second].span)
                                                                                       : found.back().name;
            has_prefix_entity = true;
          }
        }
      }
    }
    // 福州市副市長、公安局局長X; 大阪市副市長兼經濟局局長Y: a unit right after a title of a place's, joined to it by 、 or
    // 兼, is that place's (one official holds both).
    if (owner.empty() && !has_prefix_entity && !self_before && start >= 2 && (f[start - 1] == U'、' || f[start - 1] == U'兼')) {
      auto title = seg_by_end.find(start - 1);
      if (title != seg_by_end.end() && (*segs)[title->second].kind == SegKind::kTitle) {
        const uint32_t title_begin = (*segs)[title->second].span.begin;
        auto holder = seg_by_end.find(title_begin);
        if (holder != seg_by_end.end() && (*segs)[holder->second].kind == SegKind::kPlace && (*segs)[holder->second].index >= 0) {
          owner = nt.Utf8((*segs)[holder->second].span);
          has_prefix_entity = true;
        } else if (holder == seg_by_end.end() && !found.empty() && found.back().span.end == title_begin) {
          // (Or of a body found just before whose name opens with the place: 福州市委常委、統戰部部長X — the city's.)
          const auto place = lex.Place(found.back().span.begin);
          if (place.len >= 2 && found.back().span.begin + place.len < title_begin) {
            owner = nt.Utf8(found.back().span.begin, found.back().span.begin + place.len);
            has_prefix_entity = true;
          }
        }
      }
    }
    // 晚間由市議會議長X設宴 in 高雄市's own text: the suffix of the publisher's kind and 議會, alone after a boundary, is
    // the publisher's council, as 本市議會 is.
    // (Not where the sentence named another place of that kind before: 原訂拜會大阪市長X，因市長臨時出席市議會臨時會 — that
    // place's council, read below.)
    // A place of the kind the character at `start` names (市, 縣, 郡 …): written with it (大阪市), or right before its
    // head's title that starts with it (大阪 + 市長, the place ending before the title).
    auto named_with_kind = [&](const Seg& pl) {
      return pl.kind == SegKind::kPlace && pl.span.size() >= 2 && f[pl.span.end - 1] == f[start];
    };
    auto named_before_head = [&](const Seg& pl) {
      return pl.kind == SegKind::kPlace && pl.span.size() >= 2 && pl.span.end < n && f[pl.span.end] == f[start] &&
             lex.Title(pl.span.end).len > 0;
    };
    // (Or before its government's name: 坦佩雷 + 市政府.)
    auto named_before_government = [&](const Seg& pl) {
      return pl.kind == SegKind::kPlace && pl.span.size() >= 2 && pl.span.end + 1 < n && f[pl.span.end] == f[start] &&
             (f[pl.span.end + 1] == U'府' || f.compare(pl.span.end + 1, 2, U"政府") == 0);
    };
    // Does what ends at `end` stand on the line right above `start`, which opens with no more than a few characters before
    // it (an item's heading: （二）9月16日　拜會華沙市議會 / 由市議會主席X接見)?
    auto right_under = [&](uint32_t end, uint32_t at) {
      const std::u32string_view between(f.data() + end, at - end);
      const size_t nl = between.find(U'\n');
      return nl != std::u32string_view::npos && between.find(U'。') == std::u32string_view::npos &&
             between.find(U'\n', nl + 1) == std::u32string_view::npos && between.size() - nl <= 4;
    };
    auto other_place_before = [&]() {
      for (auto it = seg_by_end.upper_bound(start); it != seg_by_end.begin();) {
        --it;
        const Seg& pl = (*segs)[it->second];
        std::u32string_view between(f.data() + pl.span.end, start - pl.span.end);
        // (Or in the item's heading right above.)
        const size_t nl = between.find(U'\n');
        if (between.find(U'。') != std::u32string_view::npos || (nl != std::u32string_view::npos && !right_under(pl.span.end, start)))
          return false;
        if (nl != std::u32string_view::npos) {
          uint32_t line = pl.span.begin;
          while (line > 0 && f[line - 1] != U'\n') --line;
          if (pl.span.end + nl - line > 30) return false;
        }
        if ((named_with_kind(pl) || named_before_head(pl) || named_before_government(pl)) && nt.Utf8(pl.span) != publisher &&
            nt.Utf8(pl.span) + nt.Utf8(start, start + 1) != publisher)
          return true;
      }
      return false;
    };
    // (The publisher's kind's character alone, after a boundary: 市 of 市議會 in 高雄市's text.)
    const bool publishers_kind_alone = !has_prefix_entity && !self_before && publisher_u.size() >= 2 && publisher_u.back() == f[start] &&
                                       (start == 0 || !IsHan(f[start - 1]) || lex.LeadEndsAt(start) || lex.BoundaryEndsAt(start));
    const bool own_bare_council = publishers_kind_alone && start + 1 == s && e == s + 2 && f.compare(s, 2, U"議會") == 0 &&
                                  !other_place_before();
    // (So is a township's council of representatives in its own text: 鄉民代表會 in 魚池鄉's, 鎮民代表會 in a town's.)
    const bool own_bare_representatives = publishers_kind_alone && e - start == 5 && s + 3 == e &&
                                          f.compare(start + 1, 4, U"民代表會") == 0;
    // (A bare council right under the item's heading that names one of its kind is that one: （二）…拜會華沙市議會 / 由
    // 市議會主席X接見.)
    if (publishers_kind_alone && start + 1 == s && e == s + 2 && f.compare(s, 2, U"議會") == 0 && !found.empty() &&
        found.back().span.end < start && f.compare(found.back().span.end - 3, 3, std::u32string_view(f.data() + start, 3)) == 0) {
      if (right_under(found.back().span.end, start)) {
        Seg org;
        org.span = {start, e};
        org.kind = SegKind::kPatternOrg;
        org.name = found.back().name;
        org.alias = nt.Utf8(start, e);
        found.push_back(std::move(org));
        found_agency.push_back(false);
        continue;
      }
    }
    if (own_bare_council || own_bare_representatives) {
      Seg org;
      org.span = {start, e};
      org.kind = SegKind::kPatternOrg;
      org.name = publisher + (own_bare_council ? "議會" : "民代表會");
      org.alias = nt.Utf8(start, e);
      found.push_back(std::move(org));
      found_agency.push_back(false);
      continue;
    }
    bool owner_by_head = false;  // (the owner is a place whose head's title follows it: 大阪市長X … 市議會)
    // last place with that suffix named before (聖塔克拉拉郡 … 郡議會 = 聖塔克拉拉郡議會).
    // (Or a department so named, 省人力局, 縣勞動局, in a text whose publisher is of another kind: the province's or
    // regency's the text calls on, not the publisher's.)
    const bool suffixed_department = (suf.value & 2u) && e - start >= 3 && e - start <= 7 && start < s &&
                                     IsAdminSuffixChar(f[start]) && f[start] != U'市' && f[start] != U'區' &&
                                     !(publisher_u.size() >= 2 && publisher_u.back() == f[start]);
    // (A Japanese town's or village's council too: 美瑛町町長X率町議會議長Y.)
    const bool town_council = (f[start] == U'町' || f[start] == U'村') && f.compare(start + 1, 2, U"議會") == 0;
    if (owner.empty() && !has_prefix_entity && !self_before && start < s && (IsAdminSuffixChar(f[start]) || town_council) &&
        e - start >= 3 &&
        (f.compare(start + 1, 2, U"議會") == 0 || f[start + 1] == U'府' || f.compare(start + 1, 2, U"政府") == 0 ||
         suffixed_department)) {
      for (auto it = seg_by_end.upper_bound(start); it != seg_by_end.begin();) {
        --it;
        if (start - it->first > 400) break;
        const Seg& pl = (*segs)[it->second];
        if (named_with_kind(pl)) {
          owner = nt.Utf8(pl.span.begin, pl.span.end - 1);
          has_prefix_entity = true;
          break;
        }
        // (Or one whose head's title or government after it holds the suffix, in the sentence: 大阪市長X，因市長臨時出席市議會;
        // 拜會坦佩雷市政府，…由市議會主席X接見.)
        // (A department so named reaches further, as a name written with its suffix does: 西多阿佐縣政府 heading the
        // section, …由縣勞動局局長X簡報.)
        if ((named_before_head(pl) || named_before_government(pl)) &&
            (suffixed_department ||
             std::u32string_view(f.data() + pl.span.end, start - pl.span.end).find_first_of(U"。\n") == std::u32string_view::npos)) {
          owner = nt.Utf8(pl.span);
          has_prefix_entity = true;
          owner_by_head = true;
          break;
        }
      }
    }
    // A unit of time after a number (30 分中華航空) and an administrative suffix (市中學) start no name.
    while (start < s && start > 0 && (f[start - 1] == U' ' || (f[start - 1] >= '0' && f[start - 1] <= '9')) &&
           std::u32string_view(U"時分秒點號年月日").find(f[start]) != std::u32string_view::npos)
      ++start;
    // (Nor a bare council whose place the text named before, right after a comma: 拜會坦佩雷市政府，市議會主席X亦在座.)
    // (A city's or a county's council, not after a word pointing back: 該道議會 is read below.)
    const bool owned_council = !owner.empty() && e - start == 3 && (f[start] == U'市' || f[start] == U'縣') &&
                               f.compare(start + 1, 2, U"議會") == 0 && start > 0 &&
                               std::u32string_view(U"這那各該此其每本我貴").find(f[start - 1]) == std::u32string_view::npos;
    const bool owner_by_suffix = (suffixed_department && !owner.empty()) || owned_council;
    if (start < s && !owner_by_suffix && std::u32string_view(U"市縣省州區道").find(f[start]) != std::u32string_view::npos &&
        (start == 0 || !IsHan(f[start - 1]) || seg_by_end.count(start) ||
         std::u32string_view(U"這那各該此其每本我貴").find(f[start - 1]) != std::u32string_view::npos))
      continue;  // 該市中學: "that city's" school
    // A name right after a determiner is no body's name: after one of many or of this (各, 每, 這, 那, 此; 各大, "each of
    // the major") it is a kind (向各大郵輪公司行銷); after one pointing back (該, 其, 貴) a body's one-character noun and
    // what follows is a unit of the body the text names (該校創業中心, "that school's" centre).
    if (start > 0 && start < s && !seg_by_begin.count(start)) {
      const char32_t det = f[start - 1];
      const bool kind = std::u32string_view(U"各每這那此").find(det) != std::u32string_view::npos ||
                        (f[start] == U'大' && det == U'各') || (start > 1 && det == U'大' && f[start - 2] == U'各');
      const bool unit = start + 1 < s && std::u32string_view(U"該其貴").find(det) != std::u32string_view::npos &&
                        std::u32string_view(U"校院局處館會").find(f[start]) != std::u32string_view::npos;
      // (Or past 之 or 的 after it: 該會之輔具租借中心, "that association's" centre.)
      const bool unit_past_particle = start >= 3 && (det == U'之' || det == U'的') &&
                         std::u32string_view(U"該其貴").find(f[start - 3]) != std::u32string_view::npos &&
                         std::u32string_view(U"校院局處館會").find(f[start - 2]) != std::u32string_view::npos;
      if (kind || unit || unit_past_particle) continue;
    }
    // (Nor "the local …": 當地投資機構, 當地農協, 地方學院 — bodies of a kind where the delegation is, no name; unless quoted.
    // A longer name after 地方 may be a body's short name: 地方政府事務常設委員會. Nor "the domestic …" or "the overseas …",
    // 國內大學, 海外據點.)
    if (start + 2 < e && !seg_by_begin.count(start) &&
        (f.compare(start, 2, U"當地") == 0 || f.compare(start, 2, U"各地") == 0 || f.compare(start, 2, U"國內") == 0 ||
         f.compare(start, 2, U"國外") == 0 || f.compare(start, 2, U"海外") == 0 ||
         (f.compare(start, 2, U"地方") == 0 && e - start <= 5)) &&
        !(start > 0 && (f[start - 1] == U'「' || f[start - 1] == U'『')))
      continue;
    // (Nor a later item of a list the word opens, of a few characters: 拜會當地政府、招商機構及學校 — the local ones too.)
    if (start > 2 && !seg_by_begin.count(start) && e - start <= 6 && std::u32string_view(U"、及與和").find(f[start - 1]) != std::u32string_view::npos) {
      uint32_t b = start - 1;
      while (b > 0 && b + 16 > start && (IsHan(f[b - 1]) || f[b - 1] == U'、')) --b;
      const std::u32string_view items(f.data() + b, start - b);
      bool local = false;
      for (std::u32string_view w : {U"當地", U"各地"})
        for (size_t at = items.find(w); at != std::u32string_view::npos && !local; at = items.find(w, at + 1))
          local = items.substr(at).find(U'、') != std::u32string_view::npos && items.substr(0, at).find(U'、') == std::u32string_view::npos;
      if (local) continue;
    }
    // Determiners never start an organization's name.
    // (One pointing back to a place, 該市經濟暨觀光局, "that city's" bureau, leaves no name a later bare 經濟暨觀光局 is
    // short for: the bureau is the place's, whichever place the text means.)
    bool points_back = false;
    while (start < s) {
      char32_t c = f[start];
      if (std::u32string_view(U"這那各該此其每兩多一本我貴").find(c) == std::u32string_view::npos) break;
      if (c == U'我' && seg_by_begin.count(start) && (*segs)[seg_by_begin[start]].kind == SegKind::kCountry) break;  // 我國駐…
      // (Nor a place's first character: 那霸港管理組合, 一宮市觀光協會 — no determiner there; but 該市, 本縣 point back.)
      if (seg_by_begin.count(start) && (*segs)[seg_by_begin[start]].kind == SegKind::kPlace &&
          (*segs)[seg_by_begin[start]].span.size() >= 2 && std::u32string_view(U"該本其此這貴每").find(c) == std::u32string_view::npos)
        break;
      ++start;
      points_back = points_back || ((c == U'該' || c == U'其') && IsAdminSuffixChar(f[start]));
    }
    // (Nor 應 of "at the invitation of", 本局應歐盟執行委員會…邀請, 應X之邀: the invitation's words follow in the clause.)
    if (start + 1 < e && f[start] == U'應' && f[start + 1] != U'用' && !seg_by_begin.count(start)) {
      const std::u32string_view after = std::u32string_view(f).substr(e, 17);
      const size_t invite = after.find(U'邀');
      if (invite != std::u32string_view::npos && after.substr(0, invite).find_first_of(U",，。;；\n") == std::u32string_view::npos) ++start;
    }
    if (e - start < 2) continue;
    // (Nor a hub a place is to become: 現正轉型為氫能及離岸風電中心, 成為亞洲金融中心 — what it turns into, no body.)
    if (!has_prefix_entity && e - s == 2 && f.compare(s, 2, U"中心") == 0) {
      uint32_t c = start;
      while (c > 0 && start - c < 20 && std::u32string_view(U",，。;；:：\n").find(f[c - 1]) == std::u32string_view::npos) --c;
      const std::u32string_view clause(f.data() + c, start - c);
      if (ContainsAny(clause, {U"成為", U"轉型為", U"轉型成", U"打造為", U"打造成", U"發展為", U"發展成", U"定位為"})) continue;
    }
    // (Nor a body's numbered district office, 台灣自來水公司第十二區管理處, 由第二區管理處處長X導覽: a branch, its head's
    // post the body's, as a branch's word's is — and no department of the publisher's.)
    if (f[start] == U'第') {
      uint32_t k = start + 1;
      while (k < e && (IsDigitChar(f[k]) || std::u32string_view(U"一二三四五六七八九十").find(f[k]) != std::u32string_view::npos)) ++k;
      if (k > start + 1 && k < e && f[k] == U'區') continue;
    }
    // (A laboratory is a body only as its school's or body's, named with it: 麻省理工學院媒體實驗室 — not 電池測試實驗室 alone.)
    if (e - s == 3 && f.compare(s, 3, U"實驗室") == 0 && !has_prefix_entity &&
        !ContainsAny(std::u32string_view(f.data() + start, s - start), {U"大學", U"學院", U"研究院", U"公司", U"醫院", U"協會"}))
      continue;
    // (An association of a nation's people abroad, 高雄日本人會, ends in 人會 only right after the nation's name: not
    // 夫人會見.)
    if (e - s == 2 && f.compare(s, 2, U"人會") == 0) {
      auto nation = seg_by_end.find(s);
      if (nation == seg_by_end.end() || (*segs)[nation->second].kind != SegKind::kCountry) continue;
    }
    // (A university's name holds more than one character before 大學: 與在地大學合作, "local universities", names none.)
    if (e - start == 3 && f.compare(e - 2, 2, U"大學") == 0 && !has_prefix_entity && !seg_by_begin.count(start)) continue;
    // (Nor is a kind named by who runs it and its ending alone: 以縣立研究所主導, 國立大學, "a prefectural institute".)
    if (s - start == 2 && f[start + 1] == U'立' &&
        std::u32string_view(U"國縣市州府道私公省").find(f[start]) != std::u32string_view::npos)
      continue;
    // JA靜岡經濟連: a two-letter acronym written right before a name that opens with a place, no space between, is a
    // part of it (a longer acronym before a unit, SCI理事會, names the unit of that body).
    if (start >= 2 && nt.text[start - 1] >= U'A' && nt.text[start - 1] <= U'Z' && nt.text[start - 2] >= U'A' &&
        nt.text[start - 2] <= U'Z' && (start == 2 || !IsLatinLetter(nt.text[start - 3])) && seg_by_begin.count(start) &&
        (*segs)[seg_by_begin[start]].kind == SegKind::kPlace)
      start -= 2;
    // 東京都廳, 臺北市政府: a place followed by 廳 / 政府 is that place's government, not another body.
    {
      auto first_seg = seg_by_begin.find(start);
      // after its country: 馬來西亞威省市政廳
      if (first_seg != seg_by_begin.end() && (*segs)[first_seg->second].kind == SegKind::kCountry &&
          seg_by_begin.count((*segs)[first_seg->second].span.end))
        first_seg = seg_by_begin.find((*segs)[first_seg->second].span.end);
      if (first_seg != seg_by_begin.end() && (*segs)[first_seg->second].kind == SegKind::kPlace &&
          (*segs)[first_seg->second].span.end <= e) {
        std::u32string_view rest(f.data() + (*segs)[first_seg->second].span.end, e - (*segs)[first_seg->second].span.end);
        if (rest == U"廳" || rest == U"府" || rest == U"市府" || rest == U"中心" || rest == U"市中心" ||
            std::find(std::begin(kGovernmentWords), std::end(kGovernmentWords), rest) != std::end(kGovernmentWords))
          continue;  // 東京都廳 is Tokyo's government (and 班加羅爾市政公司, an Indian city's municipal corporation); 高陽市中心 is its downtown
      }
    }
    // The ending alone before an office (公會理事長, 協會秘書長) is the body of that kind named last.
    if (e - start == suf.len && suf.len >= 2 && !self_before && lex.Title(e).len > 0 && (start == 0 || !IsHan(f[start - 1]) ||
                                                                        lex.LeadEndsAt(start) || lex.BoundaryEndsAt(start))) {
      std::u32string ending = f.substr(start, e - start);
      const std::pair<std::u32string, std::string>* named = nullptr;
      for (auto it = seen.rbegin(); it != seen.rend() && !named; ++it)
        if (it->first.size() > ending.size() + 1 &&
            it->first.compare(it->first.size() - ending.size(), ending.size(), ending) == 0)
          named = &*it;
      if (named) {
        Seg org;
        org.span = {start, e};
        org.kind = SegKind::kPatternOrg;
        org.name = named->second;  // no alias: 公會 alone names a different body in every report
        found.push_back(std::move(org));
        found_agency.push_back(false);
        continue;
      }
    }
    bool own_council = self_before && e - start == 2 && f.compare(start, 2, U"議會") == 0;  // 本市議會
    if (e - start == suf.len && !(suf.value & 1u && suf.len >= 3) && !own_council) continue;  // the suffix alone
    // (Nor a body's name that a building's word goes on from: 科羅拉多州議會大廈 is the capitol, not the legislature.)
    // (But a hall, 會館, whose chairman or other officer the text names right after it is a clan or trade association,
    // a body: 新加坡金門會館主席X.)
    const bool association_hall = e >= 2 && f.compare(e - 2, 2, U"會館") == 0 && e < n &&
                                  ContainsAny(std::u32string_view(f.data() + e, std::min<size_t>(3, n - e)),
                                              {U"主席", U"會長", U"理事長", U"秘書長", U"總幹事"});
    if ((!owner_by_head && !owned_council && lex.NotOrg(start, e)) || (lex.Venue(start, e) && !association_hall) ||
        lex.VenueGoesOn(start, e))
      continue;
    // (Nor one named only as a landmark whose square is a venue: 於二荒山神社前廣場舉行 — the square before it, a site.)
    if (f.compare(e, 3, U"前廣場") == 0) continue;
    // (Nor a school's ending that goes on as a word: 平鎮國中學生 = 平鎮國中 + 學生, students.)
    if (f[e - 1] == U'學' && e < n && f[e] == U'生') continue;
    // (Nor what is kept as a ruin, named after 遺構, 遺址 or 遺跡: 震災遺構仙台市立荒濱小學 is a site, no school now.)
    if (start >= 2 && (f.compare(start - 2, 2, U"遺構") == 0 || f.compare(start - 2, 2, U"遺址") == 0 || f.compare(start - 2, 2, U"遺跡") == 0))
      continue;
    // (Nor a kind of bodies, 研究機構, 學術機構, 金融機構, 醫療機構, 教育機構 — 參訪里斯本海洋研究機構, "Lisbon's marine
    // research institutions" — unless its abbreviation follows, as a body's introduced to the reader does: in Latin
    // letters, or a short Han name ending as a body's, …綜合研究機構（農研機構，NARO）.)
    // (Also 茶葉研究及拍賣機構, auction houses; 相關機構, 民間機構, 公益機構, 檢驗機構, 認證機構, 培訓機構.)
    if (e - start >= 4 && f.compare(e - 2, 2, U"機構") == 0 &&
        ContainsAny(std::u32string_view(f.data() + e - 4, 2), {U"研究", U"學術", U"金融", U"醫療", U"教育", U"拍賣", U"相關",
                                                               U"民間", U"公益", U"檢驗", U"認證", U"培訓"}) &&
        !(e + 1 < n && f[e] == U'(' && IsLatinLetter(f[e + 1]))) {
      uint32_t k = e + 1;
      while (k < n && k - e <= 7 && IsHan(f[k])) ++k;
      const bool short_name = e + 1 < n && f[e] == U'(' && k - e >= 4 && k < n && (f[k] == U')' || f[k] == U',') &&
                              f.compare(k - 2, 2, U"機構") == 0;
      if (!short_name) continue;
    }
    // (Nor a count of bodies: 逾兩百個大使館, 3個協會.)
    {
      std::u32string_view run(f.data() + start, e - start);
      size_t ge = run.find(U'個');
      if (ge != std::u32string_view::npos && ge > 0 &&
          (kCountNumerals.find(run[ge - 1]) != std::u32string_view::npos || run[ge - 1] == U'千' || run[ge - 1] == U'萬' ||
           run[ge - 1] == U'多'))
        continue;
    }
    // 以色列科技公司 Mobileye, 促參民間機構宏匯瑞光公司, 德國旅行社Studiosus: a word for a kind of company or body right
    // before the name of one describes it; the name after it is the organization.
    if (e - start >= 2 && (f.compare(e - 2, 2, U"公司") == 0 || f.compare(e - 2, 2, U"機構") == 0 ||
                           f.compare(e - 2, 2, U"企業") == 0 || (e - start >= 3 && f.compare(e - 3, 3, U"旅行社") == 0))) {
      uint32_t q = e;
      while (q < n && (f[q] == U' ' || f[q] == U'*')) ++q;
      bool named_after = q < n && ((f[q] >= U'a' && f[q] <= U'z') || (f[q] >= U'A' && f[q] <= U'Z') ||
                                   (seg_by_begin.count(q) && (*segs)[seg_by_begin[q]].kind == SegKind::kOrg));
      // (Not its branch: 臺灣港務公司高雄港務分公司 is one name.)
      for (uint32_t k = q + 1; !named_after && k <= q + 12 && k <= n && IsHan(f[k - 1]); ++k)
        named_after = k >= q + 3 && f.compare(k - 2, 2, U"公司") == 0 && f[k - 3] != U'分';
      // (A name the lexicon does not know, in Latin capitals: 奧盧市商業發展公司Business Oulu is the body Business
      // Oulu — its words capitalized, joined by single spaces, ending where the Latin ends; the words before describe
      // it, and are read with it: 拜會 + the whole is a call on the body.)
      // (But a known body's subsidiary, 台積電子公司JASM: the parent stays a body of its own, the name after 子公司 is
      // the subsidiary's.)
      const bool subsidiary = e - start >= 4 && f[e - 3] == U'子' && seg_by_end.count(e - 3) &&
                              (*segs)[seg_by_end[e - 3]].kind == SegKind::kOrg;
      if (named_after && q < n && nt.text[q] >= U'A' && nt.text[q] <= U'Z' && !seg_by_begin.count(q))
        if (const uint32_t end = CapitalizedLatinNameEnd(nt.text, q); end > q) {
          Seg org;
          org.span = {subsidiary ? q : start, end};
          org.kind = SegKind::kPatternOrg;
          org.name = nt.Utf8(q, end);
          found.push_back(std::move(org));
          found_agency.push_back(false);
        }
      if (named_after) continue;
    }
    // Mobileye公司, 阿里巴巴集團: a known organization with a generic company word after it is that organization.
    {
      auto first_seg = seg_by_begin.find(start);
      if (first_seg != seg_by_begin.end() && (*segs)[first_seg->second].kind == SegKind::kOrg) {
        uint32_t q = std::min((*segs)[first_seg->second].span.end, e);
        while (q < e && f[q] == U' ') ++q;
        std::u32string_view rest(f.data() + q, e - q);
        if (rest == U"公司" || rest == U"集團" || rest == U"企業" || rest == U"株式會社") continue;
      }
    }
    // Must not swallow a title inside (議員 in 議員聯盟 is fine: the suffix is 聯盟, the title ends before it).
    // (美國)德州休士頓市議會, 大阪府堺市議會: a council is the last place's; a region named before it is context.
    if (e - start > 2 && f.compare(e - 2, 2, U"議會") == 0) {
      auto first_place = seg_by_begin.find(start);
      if (first_place != seg_by_begin.end() && (*segs)[first_place->second].kind == SegKind::kCountry)
        first_place = seg_by_begin.find((*segs)[first_place->second].span.end);  // 美國德州休士頓市議會
      if (first_place != seg_by_begin.end() && (*segs)[first_place->second].kind == SegKind::kPlace) {
        auto second = seg_by_begin.find((*segs)[first_place->second].span.end);
        if (second != seg_by_begin.end() && (*segs)[second->second].kind == SegKind::kPlace &&
            (*segs)[second->second].span.end + 2 <= e)
          start = (*segs)[second->second].span.begin;
      }
    }
    // 地方中心／綜合報導: a newsroom's desk in a news item's byline (its name, a slash, then who or where reported) is no
    // organization of the graph.
    if (e + 3 < n && f[e] == U'/') {
      const size_t line_end = std::min<size_t>(f.find(U'\n', e), e + 12);
      std::u32string_view after(f.data() + e + 1, std::min<size_t>(line_end, n) - e - 1);
      while (!after.empty() && (after.back() == U' ' || after.back() == U')')) after.remove_suffix(1);
      if (after.ends_with(U"報導")) continue;
    }
    // 世界動物園暨水族館協會: an association of two kinds of bodies — a short word of a kind and the association's ending
    // right after 暨 and a body named bare — is one name (not 臺北市政府暨新北市議會, two bodies each with a place).
    if (network_suffix && !has_prefix_entity && start >= 1 && f[start - 1] == U'暨' && e - start <= 6 && !found.empty() &&
        found.back().span.end + 1 == start && found.back().kind == SegKind::kPatternOrg && found.back().absorbed_places.empty() &&
        found.back().alias.empty() && s >= start + 2 && s <= start + 4 &&
        std::all_of(f.begin() + start, f.begin() + s, IsHan)) {
      start = found.back().span.begin;
      found.pop_back();
      found_agency.pop_back();
    }
    // (Nor a name opened by an edition's 屆, 第81屆世界動物園暨…年會: an event's name, the body inside it read whole
    // elsewhere; nor "the world's" + a kind of body alone, 全球動物園: zoos, not one.)
    if (f[start] == U'屆' || (e - start == suf.len + 2 && f.compare(start, 2, U"全球") == 0)) continue;
    // (A body's abbreviation in Latin capitals written right before its name that opens with a country, no space between:
    // APF法國身障協會 — the abbreviation is the name's. Not before a place: AFAD阿德亞曼分署 is a known body's branch.)
    if (start >= 2 && nt.text[start - 1] >= U'A' && nt.text[start - 1] <= U'Z' && seg_by_begin.count(start) &&
        (*segs)[seg_by_begin[start]].kind == SegKind::kCountry) {
      uint32_t caps = start;
      while (caps > 0 && start - caps < 7 && nt.text[caps - 1] >= U'A' && nt.text[caps - 1] <= U'Z') --caps;
      const bool alone = caps == 0 || !(IsLatinLetter(nt.text[caps - 1]) || (nt.text[caps - 1] >= U'0' && nt.text[caps - 1] <= U'9'));
      if (alone && start - caps >= 2 && start - caps <= 6 && !seg_by_end.count(start)) start = caps;
    }
    std::u32string folded_name = f.substr(start, e - start);
    // 2026亞太城市觀光振興機構（TPO）總會, TPO總會: a name opening with a year, or a known network's name with only 總會
    // (大會, 年會) after it, is that network's meeting, not a body.
    {
      const bool year = e - start > 6 && f[start] == U'2' && f[start + 1] == U'0' && IsDigitChar(f[start + 2]) && IsDigitChar(f[start + 3]);
      // (Or with its edition: 第11屆平和首長會議總會 — no federation's name opens with 第N屆.)
      const bool edition = e - start > 6 && f[start] == U'第' && folded_name.find(U'屆') != std::u32string::npos &&
                           folded_name.find(U'屆') <= 4;
      auto first_seg = seg_by_begin.find(start);
      const bool network_meeting = first_seg != seg_by_begin.end() && (*segs)[first_seg->second].kind == SegKind::kOrg &&
                                   e == (*segs)[first_seg->second].span.end + 2 &&
                                   (f.compare(e - 2, 2, U"總會") == 0 || f.compare(e - 2, 2, U"大會") == 0 || f.compare(e - 2, 2, U"年會") == 0);
      // (So is a council's name with a year in it: UCLG ASPAC 2026年理事會.)
      if (year || edition || network_meeting || IsDatedCouncilMeeting(folded_name)) continue;
    }
    std::string written = nt.Utf8(start, e);
    Seg org;
    if (!owner.empty()) {
      org.alias = written;
      written = owner + written;
    }
    // 高市議會, 竹縣農業處: a body named after a city's or county's short form is named after its full name (高雄市議會).
    if (owner.empty())
      if (auto first = seg_by_begin.find(start); first != seg_by_begin.end() && !(*segs)[first->second].full.empty()) {
        const Seg& place = (*segs)[first->second];
        org.alias = written;
        written = place.full + nt.Utf8(start + 2, e);
      }
    // 新北市經濟發展局 in 新北市's own release is 新北市政府經濟發展局: the publisher's department named the usual way.
    if (owner.empty() && (suf.value & 2u) && !publisher.empty() && written.size() > publisher.size() &&
        written.compare(0, publisher.size(), publisher) == 0 && seg_by_begin.count(start) &&
        (*segs)[seg_by_begin[start]].kind == SegKind::kPlace &&
        (*segs)[seg_by_begin[start]].span.end - start == ToU32(publisher).size()) {
      std::string rest = written.substr(publisher.size());
      if (rest.rfind("政府", 0) != 0 && rest.rfind("市府", 0) != 0 && rest.rfind("縣府", 0) != 0 && rest.rfind("議會", 0) != 0) {
        org.alias = written;
        written = publisher + "政府" + rest;
      }
    }
    org.span = {start, e};
    org.kind = SegKind::kPatternOrg;
    if (org.alias.empty() && owner.empty() && !unit_alias.empty()) {
      org.alias = unit_alias;
      unit_named.emplace_back(unit_alias, written);
    }
    // (A national agency's unit with a long name of its own, 國科會 + 新竹科學園區管理局, goes by the unit's name alone too:
    // one body however the agency is written, 國家科學及技術委員會新竹科學園區管理局 or 國科會….)
    if (org.alias.empty() && owner.empty() && agency)
      if (auto first = seg_by_begin.find(start); first != seg_by_begin.end() && (*segs)[first->second].kind == SegKind::kOrg &&
                                                 (*segs)[first->second].agency) {
        const uint32_t unit = (*segs)[first->second].span.end;
        if (e - unit >= 6) org.alias = nt.Utf8(unit, e);
      }
    std::string alias_keep = org.alias;
    org.name = written;
    org.alias = alias_keep;
    // (And a parliament of office holders, 全球市長議會: 議會 after a title's 長.)
    static const std::u32string_view kNetworkEndings[] = {U"聯合會", U"協會", U"網絡", U"聯盟", U"組織", U"機構", U"總會", U"連盟", U"連合會",
                                                          U"長議會"};
    for (auto ending : kNetworkEndings)
      if (folded_name.size() >= ending.size() &&
          folded_name.compare(folded_name.size() - ending.size(), ending.size(), ending) == 0)
        org.network = true;
    // A short name that ends an organization named before is that organization (青年局 → 自民黨青年局).
    bool resolved = false;
    if (!has_prefix_entity && !own_council) {  // 本市議會 is not 仙台市議會 named before
      for (auto it = seen.rbegin(); it != seen.rend(); ++it)
        // (>=: a name standing on its own the first time, 市區重建局(URA), stands so again.)
        if (it->first.size() >= folded_name.size() &&
            it->first.compare(it->first.size() - folded_name.size(), folded_name.size(), folded_name) == 0) {
          org.name = it->second;
          if (it->second != written) org.alias = written;
          resolved = true;
          break;
        }
    }
    // Departments of the publishing government: 本府交通局, a bare department name, or the next item of a list
    // that 本府 opened (本府交通局陳學台局長、…及國際事務委員會楊慶輝執行長).
    bool list_item = false;
    if (last_dept_end > 0 && start > last_dept_end && start - last_dept_end <= 8) {
      std::u32string_view gap(f.data() + last_dept_end, start - last_dept_end);
      list_item = gap.find(U'、') != std::u32string_view::npos || gap.find(U'及') != std::u32string_view::npos ||
                  gap.find(U'與') != std::u32string_view::npos;
    }
    // A bare department (資訊局、消防局) counts in a list, where the previous item's owner is its owner.
    // (Not one the text calls on: 拜會萊雄斯港務局及馬托西紐什市政府 — a delegation does not call on its own departments.)
    const bool called_on = CallVerbBefore(f, start);
    bool in_list = !called_on && ((start > 0 && (f[start - 1] == U'、' || f[start - 1] == U'及' || f[start - 1] == U'與')) ||
                                  (e < n && (f[e] == U'、' || f[e] == U'等' || f[e] == U'及')));
    // Not one the text gives a Latin abbreviation (市區重建局(URA)): a foreign body introduced to the reader.
    bool latin_abbreviation = e + 1 < n && f[e] == U'(' && IsLatinLetter(f[e + 1]);
    // Or one that starts a table cell, a line or a field's value, right before its head's title (⇥經濟發展局局長 X;
    // 隨團人員：產業發展處處長 Y).
    // (Past the spaces that indent a list's later lines: 出國人員：副市長 X / 　　　　產業發展局局長 Y.)
    uint32_t indent = start;
    while (indent > 0 && f[indent - 1] == U' ') --indent;
    // (Or before a section of it and the section head's title: 　產業發展處港務科科長　X.)
    auto section_head = [&](uint32_t x) {
      for (uint32_t m = x + 1; m <= x + 6 && m < n && IsHan(f[m - 1]); ++m)
        if (std::u32string_view(U"科組課股室").find(f[m - 1]) != std::u32string_view::npos && f[m] == f[m - 1] && lex.Title(m).len > 0)
          return true;
      return false;
    };
    bool cell_unit = start > 0 && (f[start - 1] == U'\t' || f[start - 1] == U'\n' || f[start - 1] == U':' ||
                                   (indent < start && indent > 0 && f[indent - 1] == U'\n')) &&
                     e < n && ((f[e] == f[e - 1] && lex.Title(e).len > 0) || section_head(e) ||
                               // (A council's unit before any of its staff's titles, in the council's own text: ⇥議事組專員⇥X.)
                               (council_publishes && (f[e - 1] == U'組' || f[e - 1] == U'室') && lex.Title(e).len > 0));
    // (Or an item of a field that writes a name, a space, then the unit and its head's title: 姓名職稱：林佩君 副縣長、
    // 蕭雅文 文化觀光局局長、張家豪 文化觀光局觀光行銷科科長.)
    if (!cell_unit && start >= 4 && f[start - 1] == U' ' && e < n && ((f[e] == f[e - 1] && lex.Title(e).len > 0) || section_head(e))) {
      uint32_t k = start - 1;
      while (k > 0 && IsHan(f[k - 1]) && start - 1 - k < 5) --k;
      // (Or on a later line of the field, indented under its first: 姓名職稱：A 局長、B 專門委員 / 　　　　　C 秘書處國際事務科科長.)
      uint32_t line = k;
      while (line > 0 && f[line - 1] == U' ') --line;
      cell_unit = start - 1 - k >= 2 && start - 1 - k <= 4 && k > 0 &&
                  (f[k - 1] == U':' || f[k - 1] == U'、' || (line < k && line > 0 && f[line - 1] == U'\n'));
    }
    // (Or a whole cell of a table: ⇥觀光旅遊局⇥, a unit column; not one whose owner fills the cell before: UCLG ASPAC⇥秘書處.)
    const bool whole_cell = start > 0 && f[start - 1] == U'\t' && (e == n || f[e] == U'\t' || f[e] == U'\n') &&
                            !seg_by_end.count(start - 1);
    cell_unit = cell_unit || whole_cell;
    // A whole cell of a column its header gives to the units in charge (主責機關, 承辦單位, 聯繫窗口) is the publisher's unit
    // whatever its ending (智慧發展中心).
    bool unit_column = false;
    if (whole_cell && !publisher.empty()) {
      const Span cell = TableHeaderCell(f, start);
      const std::u32string_view header(f.data() + cell.begin, cell.size());
      unit_column = cell.size() > 0 && header.size() <= 8 && ContainsAny(header, {U"主責", U"權責", U"承辦", U"負責", U"窗口"});
    }
    // (Or one opening a clause, before its head's title and a Chinese name: 儀式後，海洋局局長蔡志成陪同訪團.)
    if (!cell_unit && !publisher.empty() && start > 0 && (f[start - 1] == U',' || f[start - 1] == U'，' || f[start - 1] == U'。') && e < n &&
        f[e] == f[e - 1]) {
      const uint32_t title_len = lex.Title(e).len;
      // (Or a spaced Japanese name: ，國際交流課課長 森下 美智子在座.)
      cell_unit = title_len > 0 && e + title_len + 2 < n &&
                  ((lex.Surname(e + title_len, 1) && IsHan(f[e + title_len + 1])) ||
                   (f[e + title_len] == U' ' && IsHan(f[e + title_len + 1]) && lex.Surname(e + title_len + 1, 2)));
    }
    // Or the value of a contact's field, a person's unit before the person (新聞聯絡人：國際產業發展處 陳怡蓁科長;
    // 承辦人：國際事務科　陳怡君).
    bool contact_unit = start >= 2 && f[start - 1] == U':' && f[start - 2] == U'人' && e < n && (f[e] == U' ' || f[e] == U'\t');
    // Or one right before its head's title after 由 (由經濟發展局局長X導覽): the publisher's own department receiving; or
    // after 率 (副市長X率經濟發展局局長Y赴…): the department of one the delegation's leader takes along.
    // (Or after 在, its head accompanying: 在農業處處長X陪同下.)
    bool accompanied = false;
    if (start > 0 && f[start - 1] == U'在') {
      const size_t clause_end = std::min<size_t>(f.find_first_of(U",，;；。\n", e), n);
      const std::u32string_view clause(f.data() + e, clause_end - e);
      accompanied = clause.size() <= 24 && clause.find(U"陪同下") != std::u32string_view::npos;
    }
    const bool after_lead = start > 0 && (f[start - 1] == U'由' || f[start - 1] == U'率' || accompanied);
    // (Or its deputy head's, a local government's bureau or department: 由海洋局副局長X陪同.)
    const bool head_title = e < n && lex.Title(e).len > 0 &&
                            (f[e] == f[e - 1] || (f[e] == U'副' && e + 1 < n && f[e + 1] == f[e - 1] && (f[e - 1] == U'局' || f[e - 1] == U'處')));
    bool receiving_unit = after_lead && head_title;
    // Or one right before a name and its head's title (請經濟發展局沈志豪局長說明): the publisher's department whose head
    // the name is.
    bool headed_unit = false;
    for (uint32_t k = 2; k <= 3 && !headed_unit && e + k < n; ++k) {
      bool han = true;
      for (uint32_t x = e; x < e + k; ++x) han = han && IsHan(f[x]) && lex.Title(x).len == 0;
      headed_unit = han && lex.Surname(e, 1) && f[e + k] == f[e - 1] && lex.Title(e + k).len >= 2;
    }
    // Or one opening the parentheses after a name, before its head's title (許哲維（經濟發展局科長）).
    const bool paren_unit = start > 0 && f[start - 1] == U'(' && e < n && lex.Title(e).len > 0;
    // (Not on a line labelled with another government, those present at a call by side: 芹苴市：人民委員會副主席 X、外事廳
    // 廳長 Y — that government's unit, no department of the publisher's.)
    if (!has_prefix_entity && !self_before && (suf.value & 2u)) {
      auto other_government = [&](const std::string& label) {
        return !publisher.empty() && label != publisher && !publisher.starts_with(label);
      };
      uint32_t line = start;
      while (line > 0 && f[line - 1] != U'\n') --line;
      while (line < start && (f[line] == U' ' || f[line] == U'\u3000')) ++line;
      if (auto it = seg_by_begin.find(line); it != seg_by_begin.end() && (*segs)[it->second].kind == SegKind::kPlace &&
                                             (*segs)[it->second].span.end < start && f[(*segs)[it->second].span.end] == U':') {
        if (other_government(nt.Utf8((*segs)[it->second].span))) continue;
      }
      // (Nor in a table's cell right after a cell that is another government's name: 美國⇥亞利桑那州鳳凰城⇥國際事務處處長⇥X
      // — not after a guest's cell, 蒙特婁市議員 X⇥經濟發展局局長 Y, the publisher's receiver.)
      if (start > line && f[start - 1] == U'\t' && !publisher.empty()) {
        uint32_t cell = start - 1;
        while (cell > line && f[cell - 1] != U'\t') --cell;
        bool other = cell < start - 1;
        std::string label;
        for (uint32_t x = cell; x < start - 1 && other;) {
          auto it = seg_by_begin.find(x);
          if (it == seg_by_begin.end() || ((*segs)[it->second].kind != SegKind::kPlace && (*segs)[it->second].kind != SegKind::kCountry)) {
            other = false;
            break;
          }
          if ((*segs)[it->second].kind == SegKind::kPlace) label = nt.Utf8((*segs)[it->second].span);
          x = (*segs)[it->second].span.end;
        }
        if (other && !label.empty() && other_government(label)) continue;
      }
      // (Nor listed, or named before its head's title, in a sentence after another government's department, none of
      // ours named since: 與北九州市環境局座談，由環境局長A主持，循環社會推進課課長B、產業廢棄物對策課課長C與會 — that
      // department's sections; 宿霧省農業廳廳長A及觀光局局長B — that government's department.)
      // (A list right after such a department's name goes on with its place below: 東京都保健醫療局、港灣局及環保局.)
      const bool owner_listed = !last_owner.empty() && start >= last_org_end && start - last_org_end <= 2;
      // (Not one glued to the body's name, read with it below: 安特衛普-布魯日港務局永續發展處處長.)
      if ((in_list || unit_of_head) && !resolved && !owner_listed && !found.empty() && found.back().span.end < start) {
        // (The department a section before was read as part of, or the body named last.)
        const size_t d = foreign_dept >= 0 && found.back().span.end == foreign_dept_last ? static_cast<size_t>(foreign_dept) : found.size() - 1;
        const Seg& dept = found[d];
        const std::u32string_view between(f.data() + found.back().span.end, start - found.back().span.end);
        const auto place = seg_by_begin.find(dept.span.begin);
        bool ours_since = between.find_first_of(U"。\n") != std::u32string_view::npos;
        for (auto it = seg_by_begin.lower_bound(dept.span.end); !ours_since && it != seg_by_begin.end() && it->first < start; ++it)
          ours_since = (*segs)[it->second].kind == SegKind::kSelf;
        // (A government's department, not an office abroad: 台北駐泰國經濟文化辦事處 + 僑務交流組 is read below.)
        const std::u32string_view dept_name(f.data() + dept.span.begin, dept.span.size());
        if (!ours_since && place != seg_by_begin.end() && (*segs)[place->second].kind == SegKind::kPlace &&
            std::u32string_view(U"局處廳部").find(f[dept.span.end - 1]) != std::u32string_view::npos &&
            !HoldsBranchWord(dept_name) && dept_name.find(U'駐') == std::u32string_view::npos &&
            other_government(nt.Utf8((*segs)[place->second].span))) {
          const bool section = std::u32string_view(U"課科股組室").find(f[e - 1]) != std::u32string_view::npos;
          org.alias = written;
          org.name = (section ? dept.name : nt.Utf8((*segs)[place->second].span)) + written;
          resolved = true;
          foreign_dept = static_cast<int>(d);
          foreign_dept_last = e;
        }
      }
    }
    // (A department ending of four characters or more is specific enough for a longer name: 研究發展考核委員會.)
    // (A listed unit right before its head's title may be longer: 、原住民族行政處處長X, 、觀光及城市行銷處處長Y; or before its
    // officer's: 、原住民族行政處專員Z. So may a unit after 由 right before its head's title, 由小商工人政策課課長X.)
    const bool titled_in_list = (in_list && (unit_of_head || (e < n && lex.Title(e).len >= 2))) || (receiving_unit && unit_of_head);
    bool bare_department = (((suf.value & 2u) &&
                             e - start <= (joined || contact_unit || suf.len >= 4 ? 10u : titled_in_list ? 8u : 6u) &&
                             (in_list || cell_unit || contact_unit || receiving_unit || headed_unit || paren_unit)) ||
                            (unit_column && e - start <= 10u)) &&
                           e - start >= 3 && !latin_abbreviation;
    bool owner_from_list = false;
    if (!resolved && !has_prefix_entity && in_list && !last_owner.empty() && start >= last_org_end &&
        start - last_org_end <= 2) {
      org.alias = written;
      org.name = last_owner + written;
      bare_department = false;
      resolved = true;
      owner_from_list = true;
    }
    // 掛川市大石健司市長, 、大石健司市長と: a Japanese name whose given name ends in 司 (健司, 浩司), before a title that is
    // not a 司's (not 北美司副司長), is a person, not a ministry's department. (So is one after a title, 市長村松健司, or
    // before its reading in Latin letters, 村松健司（Kenji Muramatsu）: a department has neither.)
    const uint32_t title_len = e < n ? lex.Title(e).len : 0;
    const auto titled_before = [&] {
      const auto it = seg_by_end.find(start);
      return it != seg_by_end.end() && (*segs)[it->second].kind == SegKind::kTitle;
    };
    const bool latin_reading = e + 1 < n && f[e] == U'(' && IsLatinLetter(f[e + 1]);
    if (suf.len == 1 && f[e - 1] == U'司' &&
        ((title_len > 0 && std::u32string_view(f.data() + e, title_len).find(U'司') == std::u32string_view::npos) ||
         latin_reading || titled_before())) {
      bool name = false;
      auto name_from = [&](uint32_t r) {
        if (e - r < 3 || e - r > 4) return false;
        for (uint32_t x = r; x < e; ++x)
          if (!IsHan(f[x]) || (x > r && seg_by_begin.count(x))) return false;
        for (uint32_t k = 1; k <= 2; ++k)
          if ((lex.Surname(r, k) & static_cast<uint8_t>(SurnameOrigin::kJa)) && e - r - k >= 1 && e - r - k <= 2) return true;
        return false;
      };
      name = name_from(start);
      for (auto it = seg_by_end.lower_bound(start + 1); !name && it != seg_by_end.end() && it->first < e; ++it) name = name_from(it->first);
      if (name) continue;
    }
    // (Nor a body named only as the hall it owns, where something is held: 於維也納音樂協會金色大廳舉行 — the
    // Musikverein's hall, a venue.)
    // (A society's or an association's: not a township office's, 於礁溪鄉公所禮堂, its publisher.)
    if (start > 0 && (f[start - 1] == U'於' || f[start - 1] == U'在') && f[e - 1] == U'會' &&
        ContainsAny(std::u32string_view(f.data() + e, std::min<size_t>(4, n - e)), {U"金色大廳", U"大廳", U"音樂廳", U"演奏廳", U"禮堂"}))
      continue;
    // (An administration, …管理局 / …管理處, named by what it runs, is a body: 新竹科學園區管理局, 陽明山國家公園管理處.)
    // (An office named by its place, a body's branch there — 日本台灣交流協會高雄事務所, bare 高雄事務所, 韓國外交部釜山聯絡
    // 事務所: no body of its own; its head's post is the body's, the branch in the title. 海洋及漁業事務所, a county's
    // agency, names no place.)
    if (e - start >= 3 && f.compare(e - 3, 3, U"事務所") == 0) {
      bool placed = !found.empty() && found.back().span.end == start;
      for (auto it = seg_by_begin.lower_bound(start); !placed && it != seg_by_begin.end() && it->first < e; ++it)
        placed = (*segs)[it->second].kind == SegKind::kPlace || (*segs)[it->second].kind == SegKind::kCountry;
      if (placed) continue;
    }
    const bool administration = suf.len == 1 && e - start >= 6 && f.compare(e - 3, 2, U"管理") == 0;
    if (suf.len == 1 && !has_prefix_entity && !self_before && !list_item && !bare_department && !resolved &&
        !(latin_abbreviation && e - start >= 3) && !administration && !temple)
      continue;  // a name ending in 處/局/部/組 with nothing to own it is an ordinary word (專責處, 雙語師資部)
    // A ministry (交通部, 外交部) is the nation's: Taiwan's local governments have 局 and 處, not 部.
    bool ministry = f[e - 1] == U'部' && e - start <= 4 && !self_before;
    if (!resolved && !publisher.empty() && !has_prefix_entity && !ministry &&
        (self_before || (list_item && (suf.value & 2u)) || bare_department)) {
      // 本市議會: the publisher's council, not a department of its government. (A council's own text names its units
      // bare, 議事組組長 in 臺南市議會's list is 臺南市議會議事組: a council has 組 and 室, the government its 局 and 處 —
      // 觀光旅遊局 answering in the council's minutes, 本市農業局 — whoever writes.)
      const bool council_unit = council_publishes && !self_before && (f[e - 1] == U'組' || f[e - 1] == U'室');
      // (Nor is 本縣客家八音團, a troupe or band of the county's, a department of its government: 苗栗縣客家八音團.)
      const bool troupe = self_before && (suf.value & 32u);
      org.name = publisher + ((self_before && written == "議會") || troupe ? "" : council_unit ? "議會" : "政府") + written;
      org.alias = written;
      last_dept_end = e;
    }
    // A publisher's department named again (秘書處 after 桃園市政府秘書處) opens a list too: 秘書處處長 A、研究發展考核委員會…
    if (resolved && !publisher.empty() && org.name.rfind(publisher + "政府", 0) == 0) last_dept_end = e;
    // 法國巴黎大區研究院 is also written 巴黎大區研究院: keep the name without its leading country as an alias.
    if (!resolved && org.alias.empty()) {
      auto country = lex.Country(start);
      // Not when the rest is a generic name (紐西蘭地方政府協會 → 地方政府協會 would merge every country's association;
      // 帛琉觀光局 → 觀光局, a department every government has).
      if (country.len > 0 && start + country.len + 3 < e && !lex.NotOrg(start + country.len, e) &&
          f[start + country.len] != U'區' && f[start + country.len] != U'在' &&  // 臺灣區…公會, 德國在台協會
          // (索馬利蘭駐台灣代表處: every country's mission is 駐台灣代表處 — but Taiwan's own, 我國駐巴拉圭大使館 and
          // 中華民國駐巴拉圭大使館, are one.)
          (f[start + country.len] != U'駐' ||
           ContainsAny(std::u32string_view(f.data() + start, country.len), {U"中華民國", U"我國", U"臺灣", U"台灣"})) &&
          f.compare(start + country.len, 2, U"事務") != 0 &&  // 臺灣事務辦公室: the country is what it deals with
          lex.Country(start + country.len).len == 0 &&  // 蒙古台灣商會 → 台灣商會: every country has one
          // (捷克愛樂管弦樂團 → 愛樂管弦樂團: every country has one — a band's ending with no place of its own after the
          // country. 荷蘭烏特勒支青年合唱團 is 烏特勒支青年合唱團.)
          (!(suf.value & 32u) || lex.Place(start + country.len).len > 0) &&
          lex.Org(start + country.len).len != e - start - country.len)  // 以色列外交部 is not Taiwan's 外交部
        org.alias = nt.Utf8(start + country.len, e);
    }
    if (!resolved && !points_back) seen.push_back({Gazetteer::Fold(ToU32(org.name)), org.name});
    // The owner (a place at the start of the name) passes to the next item of a list.
    {
      auto first_seg = seg_by_begin.find(start);
      if (has_prefix_entity && first_seg != seg_by_begin.end() && (*segs)[first_seg->second].kind == SegKind::kPlace)
        last_owner = nt.Utf8((*segs)[first_seg->second].span);
      else if (!owner.empty())
        last_owner = owner;
      else if (!owner_from_list)
        last_owner.clear();  // a name resolved to one named before (交通局 → 臺北市政府交通局) has another owner
      last_org_end = e + 1;
    }
    found.push_back(std::move(org));
    found_agency.push_back(agency);
  }
  // A body found by its pattern at [b, e), named as written.
  auto add_found = [&](uint32_t b, uint32_t e, bool network) {
    Seg org;
    org.span = {b, e};
    org.kind = SegKind::kPatternOrg;
    org.name = nt.Utf8(b, e);
    org.network = network;
    found.push_back(std::move(org));
    found_agency.push_back(false);
  };
  // 參訪臺中國家歌劇院，由總監X導覽; 國立海洋博物館館長Y: a venue whose head the text names with it is the body that runs
  // it (a venue alone is a site visited). Its name runs back from the venue's word to a boundary, or to the place or
  // country that starts it.
  for (const auto& venue : lex.Venues()) {
    const uint32_t vb = venue.first, ve = venue.second;  // (named, not bound: lambdas below capture them)
    uint32_t head_at = ve;
    // (Past its English name in parentheses: 電子愛沙尼亞展示中心（e-Estonia Briefing Centre），由展示中心主任X簡報.)
    if (head_at < n && f[head_at] == U'(') {
      const size_t close = f.find(U')', head_at);
      if (close != std::u32string::npos && close - head_at <= 60 && IsLatinLetter(f[head_at + 1])) head_at = static_cast<uint32_t>(close) + 1;
    }
    // (Past the verb of a visit written after it: 前往三義木雕博物館參觀，由館長X導覽.)
    if (head_at + 3 < n && (f.compare(head_at, 2, U"參觀") == 0 || f.compare(head_at, 2, U"參訪") == 0) &&
        (f[head_at + 2] == U',' || f[head_at + 2] == U'，') && f[head_at + 3] == U'由')
      head_at += 2;
    // (Or 並由: 參訪國立臺灣史前文化博物館，並由館長X簡報.)
    if (head_at + 2 < n && (f[head_at] == U',' || f[head_at] == U'，') && f[head_at + 1] == U'並' && f[head_at + 2] == U'由') ++head_at;
    if (head_at + 1 < n && (f[head_at] == U',' || f[head_at] == U'，' || f[head_at] == U'並') && f[head_at + 1] == U'由') {
      head_at += 2;
      // (該 and the venue's last character, pointing back at it: 參訪大西洋造船廠，由該廠副總經理X簡報.)
      if (f[head_at] == U'該' && head_at + 1 < n && f[head_at + 1] == f[ve - 1] && lex.Title(head_at + 2).len > 0) head_at += 2;
      // (The venue's word again before its head's title: 由展示中心主任X; or the company that runs it, unnamed: 由場館營運
      //公司社長X.)
      const std::u32string_view word(f.data() + vb, ve - vb);
      for (uint32_t k = vb; k + 2 <= ve; ++k)
        if (f.compare(head_at, ve - k, word.substr(k - vb)) == 0 && lex.Title(head_at + (ve - k)).len > 0) {
          head_at += ve - k;
          break;
        }
      for (std::u32string_view w : {U"場館營運公司", U"場館管理公司", U"營運公司", U"管理公司"})
        if (f.compare(head_at, w.size(), w) == 0 && lex.Title(head_at + static_cast<uint32_t>(w.size())).len > 0) {
          head_at += static_cast<uint32_t>(w.size());
          break;
        }
    }
    bool headed = false;
    for (std::u32string_view head : {U"館長", U"副館長", U"總監", U"藝術總監", U"院長", U"執行長", U"董事長", U"總經理", U"園長", U"主任",
                                     U"社長", U"副總經理", U"廠長", U"會長", U"理事長"}) {
      // (An association's head, 會長 or 理事長, heads its hall, 會館, only: 參訪仁和會館，由會長X導覽 — not a federation's
      // centre its head briefs at, …果菜集貨中心，由會長X簡報.)
      if ((head == U"會長" || head == U"理事長") && f.compare(ve - 2, 2, U"會館") != 0) continue;
      headed = headed || (f.compare(head_at, head.size(), head) == 0 && head_at + head.size() < n &&
                          (IsHan(f[head_at + head.size()]) || IsLatinLetter(f[head_at + head.size()])));
    }
    // (Or one a cover field gives as the travellers' agency, the field's whole value: 服務機關：臺北市立圖書館 — a library
    // or a museum that sends its staff abroad.)
    if (!headed && (ve == n || f[ve] == U'\n' || f[ve] == U' ' || f[ve] == U'\t')) {
      const size_t nl = vb == 0 ? std::u32string::npos : f.rfind(U'\n', vb - 1);
      std::u32string_view line(f.data() + (nl == std::u32string::npos ? 0 : nl + 1), vb - (nl == std::u32string::npos ? 0 : nl + 1));
      line.remove_prefix(std::min(line.size(), line.find_first_not_of(U" \t")));
      for (std::u32string_view field : kAgencyFields)
        if (line.starts_with(field) && line.size() > field.size() && line[field.size()] == U':' && line.size() - field.size() <= 11 &&
            std::all_of(line.begin() + static_cast<std::ptrdiff_t>(field.size()) + 1, line.end(), [](char32_t c) { return IsHan(c); }))
          headed = true;
    }
    if (!headed) continue;
    uint32_t b = vb;
    // (A word that only ends names, no lead word, stands inside one: 國立臺灣史前文化博物館 — 文化.)
    while (b > 0 && IsHan(f[b - 1]) && vb - b < 10 && !lex.LeadEndsAt(b) && !seg_by_end.count(b)) --b;
    // (A joiner a name holds: 參訪仁和會館 — 和 leads no name where the venue's would be one character or none.)
    if (vb - b < 2 && b >= 2 && std::u32string_view(U"和與及").find(f[b - 1]) != std::u32string_view::npos && IsHan(f[b - 2]) &&
        !seg_by_end.count(b)) {
      --b;
      while (b > 0 && IsHan(f[b - 1]) && vb - b < 10 && !lex.LeadEndsAt(b) && !seg_by_end.count(b)) --b;
    }
    // (A century's number after the place that opens the name: 金澤21世紀美術館.)
    if (b >= 2 && IsDigitChar(f[b - 1]) && f.compare(b, 2, U"世紀") == 0) {
      uint32_t d = b - 1;
      while (d > 0 && b - d < 3 && IsDigitChar(f[d - 1])) --d;
      if (seg_by_end.count(d) && (*segs)[seg_by_end[d]].kind == SegKind::kPlace) b = d;
    }
    if (auto it = seg_by_end.find(b); it != seg_by_end.end() &&
        ((*segs)[it->second].kind == SegKind::kPlace || (*segs)[it->second].kind == SegKind::kCountry)) {
      b = (*segs)[it->second].span.begin;
      // (A word before the place, back to the verb of visiting, opens the name too: 參訪電子愛沙尼亞展示中心, e-Estonia.)
      uint32_t c = b;
      while (c > 0 && IsHan(f[c - 1]) && b - c < 3 && !lex.LeadEndsAt(c) && !lex.BoundaryEndsAt(c) && !seg_by_end.count(c)) --c;
      if (c < b && c > 0 && (lex.LeadEndsAt(c) || lex.BoundaryEndsAt(c))) b = c;
    }
    if (vb - b < 2 || lex.NotOrg(b, ve)) continue;
    const bool taken = std::any_of(found.begin(), found.end(), [&](const Seg& o) { return o.span.begin < ve && o.span.end > b; }) ||
                       std::any_of(segs->begin(), segs->end(), [&](const Seg& o) {
                         return o.kind == SegKind::kOrg && o.span.begin < ve && o.span.end > b;
                       });
    if (!taken) add_found(b, ve, false);
  }
  // 電動巴士製造商Lion Electric, 物流業者DHL: a word for a kind of company right before a name in Latin capitals names that
  // company (the words before describe it; the name is the Latin one), as 公司 and 企業 before one do.
  for (std::u32string_view kind : {U"製造商", U"供應商", U"開發商", U"營運商", U"業者"})
    for (size_t at = f.find(kind); at != std::u32string::npos; at = f.find(kind, at + 1)) {
      auto q = static_cast<uint32_t>(at + kind.size());
      while (q < n && f[q] == U' ') ++q;
      if (q >= n || nt.text[q] < U'A' || nt.text[q] > U'Z') continue;
      const uint32_t end = CapitalizedLatinNameEnd(nt.text, q);
      if (end < q + 3) continue;
      const bool taken = std::any_of(found.begin(), found.end(), [&](const Seg& o) { return o.span.begin < end && o.span.end > q; }) ||
                         std::any_of(segs->begin(), segs->end(), [&](const Seg& o) { return o.span.begin < end && o.span.end > q; });
      if (!taken) add_found(q, end, false);
    }
  // 沃旭能源（Ørsted）亞太區總裁X, 微軟（Microsoft）執行長Y: a name glossed with a capitalized Latin one, then a company
  // officer's title (after a region's unit or a branch, 亞太區, 台灣分公司) and the officer's name, is a company with
  // no ending of its own. (Not a person glossed by romanization, 林志遠（Lin Chih-yuan）: a short name opening with a
  // surname is left alone; nor a place, a title or a body another rule found.)
  for (uint32_t q = 2; q + 3 < n; ++q) {
    if (f[q] != U'(') continue;
    const char32_t first = nt.text[q + 1];
    if (!((first >= U'A' && first <= U'Z') || (first >= 0xC0 && first <= 0xDE && first != 0xD7))) continue;
    const size_t close = f.find(U')', q);
    if (close == std::u32string::npos || close - q > 40) continue;
    const std::u32string_view gloss(nt.text.data() + q + 1, close - q - 1);
    if (std::any_of(gloss.begin(), gloss.end(), [](char32_t c) { return c >= 0x3000 || c == U',' || c == U'，'; }) ||
        std::count(gloss.begin(), gloss.end(), U' ') > 3)
      continue;
    uint32_t b = q;
    while (b > 0 && IsHan(f[b - 1]) && q - b < 6 && !lex.LeadEndsAt(b) && !lex.BoundaryEndsAt(b) && !seg_by_end.count(b)) --b;
    // (Its country may stand before it, 丹麥沃旭能源: the country says where it is from.)
    const bool after_country = seg_by_end.count(b) && (*segs)[seg_by_end[b]].kind == SegKind::kCountry;
    if (q - b < 2 || (seg_by_end.count(b) && !after_country) ||
        (b > 0 && IsHan(f[b - 1]) && !lex.LeadEndsAt(b) && !lex.BoundaryEndsAt(b) && !after_country))
      continue;
    if (q - b <= 3 && (lex.Surname(b, 1) || lex.Surname(b, 2))) continue;
    if (std::any_of(segs->begin(), segs->end(), [&](const Seg& o) { return o.span.begin < q && o.span.end > b; }) ||
        std::any_of(found.begin(), found.end(), [&](const Seg& o) { return o.span.begin < q && o.span.end > b; }))
      continue;
    // The officer: past a unit of the company (亞太區, 全球, 台灣分公司), a company officer's title, then a name.
    uint32_t a = static_cast<uint32_t>(close) + 1, k = a;
    while (k < n && k - a <= 5 && IsHan(f[k]) && lex.Title(k).len == 0) ++k;
    if (k >= n || lex.Title(k).len == 0) continue;
    const std::u32string_view unit(f.data() + a, k - a);
    if (!unit.empty() && !unit.ends_with(U"區") && !unit.ends_with(U"分公司") && unit != U"全球") continue;
    bool officer = false;
    for (std::u32string_view w : {U"總裁", U"副總裁", U"執行長", U"董事長", U"總經理", U"副總經理", U"營運長", U"技術長", U"財務長",
                                  U"創辦人", U"共同創辦人", U"社長", U"經理", U"協理", U"總監", U"董事"})
      officer = officer || (lex.Title(k).len == w.size() && f.compare(k, w.size(), w) == 0);
    const uint32_t te = k + lex.Title(k).len;
    if (!officer || te >= n || !(IsHan(f[te]) || (nt.text[te] >= U'A' && nt.text[te] <= U'Z'))) continue;
    add_found(b, q, false);
    found.back().alias = ToUtf8(gloss);
  }
  // 均為亞洲太平洋都市高峰會會員城市: a network named like its meetings (an event's ending) is an organization where
  // members (會員, 成員) follow its name.
  // (Any name in quotes whose members follow, the text glossing it in English: 同為「全球市長氣候與能源盟約」（Global
  // Covenant of Mayors…，GCoM）成員 — a covenant, a pledge or a programme that governments join.)
  for (uint32_t e = 4; e + 2 <= n; ++e) {
    const bool event_ending = lex.EventEndsAt(e);
    if (!event_ending && (f[e] != U'」' || e + 2 >= n || f[e + 1] != U'(' || !IsLatinLetter(f[e + 2]))) continue;
    // (Also quoted, its abbreviation after it, then 為: 加入「東亞地方政府觀光論壇」（EATOF）為會員.)
    uint32_t m = e;
    const bool quoted = f[m] == U'」';
    if (quoted) {
      ++m;
      if (m < n && f[m] == U'(') {
        const size_t close = f.find(U')', m);
        if (close != std::u32string::npos && close - m <= (event_ending ? 16u : 80u)) m = static_cast<uint32_t>(close) + 1;
      }
      if (m < n && f[m] == U'為') ++m;
      else if (m + 1 < n && f.compare(m, 2, U"成為") == 0) m += 2;
    }
    if (m + 2 > n || (f.compare(m, 2, U"會員") != 0 && f.compare(m, 2, U"成員") != 0)) continue;
    uint32_t b = e;
    // (Back to the verb that makes the governments members: 為, 是, 加入, 成為; words like 交流 stand inside such names.)
    while (b > 0 && IsHan(f[b - 1]) && e - b < 14 && std::u32string_view(U"為是入、").find(f[b - 1]) == std::u32string_view::npos) --b;
    // (A quoted name of any ending runs back to its opening quote.)
    if (!event_ending) {
      b = e;
      while (b > 0 && IsHan(f[b - 1]) && e - b < 24) --b;
    }
    if (quoted && b > 1 && f[b - 1] == U'「') {
      if (std::u32string_view(U"為是入").find(f[b - 2]) == std::u32string_view::npos) continue;
    } else if (b == 0 || std::u32string_view(U"為是入").find(f[b - 1]) == std::u32string_view::npos) {
      continue;
    }
    if (e - b < 5 || f[b] == U'該' || f[b] == U'本') continue;
    add_found(b, e, /*network=*/true);
  }
  // ECF「自行車友善城市」（Cities for Cyclists）網絡: a quoted name, its English gloss after it, then a network's word (網絡,
  // 網路, 聯盟) is the network named by both (自行車友善城市網絡, as the text writes it bare later); the gloss names it too.
  for (uint32_t close = 1; close + 2 < n; ++close) {
    if (f[close] != U'」') continue;
    uint32_t m = close + 1;
    std::string gloss;
    if (f[m] == U'(') {
      const uint32_t past = PastParenthesis(f, m, n, 60);
      if (past == m || !IsLatinLetter(f[m + 1])) continue;
      gloss = nt.Utf8(m + 1, past - 1);
      m = past;
    }
    const bool ending = m + 2 <= n && (f.compare(m, 2, U"網絡") == 0 || f.compare(m, 2, U"網路") == 0 || f.compare(m, 2, U"聯盟") == 0);
    if (!ending || (m + 2 < n && IsHan(f[m + 2]) && !lex.LeadEndsAt(m + 2) && f[m + 2] != U'的')) continue;
    uint32_t open = close;
    while (open > 0 && close - open < 20 && f[open - 1] != U'「' && IsHan(f[open - 1])) --open;
    if (open == 0 || f[open - 1] != U'「' || close - open < 3) continue;
    const bool taken = std::any_of(found.begin(), found.end(), [&](const Seg& o) { return o.span.begin < m + 2 && o.span.end > open; }) ||
                       std::any_of(segs->begin(), segs->end(), [&](const Seg& o) {
                         return o.kind == SegKind::kOrg && o.span.begin < m + 2 && o.span.end > open;
                       });
    if (taken) continue;
    Seg org;
    org.span = {open, m + 2};
    org.kind = SegKind::kPatternOrg;
    org.name = nt.Utf8(open, close) + nt.Utf8(m, m + 2);
    org.alias = gloss;
    org.network = true;
    found.push_back(std::move(org));
    found_agency.push_back(false);
  }
  // 世界城市文化論壇（World Cities Culture Forum，以下簡稱WCCF）成立於2012年: a name with an event's ending that was
  // founded (成立, 創立) is a body — a network named like its meetings; events are held, not founded. (Its parentheses
  // and a footnote's mark, digits glued on in a PDF's text, may stand between.) Read from the verb back: verbs are rare,
  // event endings common.
  // (One pass over the text for the verbs of founding, joining and leaving: their first characters, then the words.)
  std::vector<uint32_t> founded_at, joined_at;
  for (uint32_t p = 0; p + 1 < n; ++p) {
    const char32_t c = f[p];
    if (c != U'成' && c != U'創' && c != U'加' && c != U'退' && c != U'脫') continue;
    const char32_t d = f[p + 1];
    if ((c == U'成' && d == U'立') || (c == U'創' && (d == U'立' || d == U'設'))) founded_at.push_back(p);
    if ((c == U'加' && d == U'入') || (c == U'退' && (d == U'出' || d == U'會')) || (c == U'脫' && d == U'離')) joined_at.push_back(p);
  }
  // Where a name ends that stands right before `m` or before the parentheses that end there (…論壇（…）由…成立), or
  // std::nullopt where the parentheses open nowhere near.
  auto before_parentheses = [&](uint32_t m) -> std::optional<uint32_t> {
    if (m == 0 || f[m - 1] != U')') return m;
    const uint32_t open = OpeningOf(f, m - 1);
    if (open == m) return std::nullopt;
    return open;
  };
  for (const uint32_t at : founded_at) {
    uint32_t m = at;
    // (…倡議成立, 發起成立, 共同成立: the founders' word before the verb)
    for (std::u32string_view w : {std::u32string_view(U"倡議"), std::u32string_view(U"發起"), std::u32string_view(U"共同")})
      if (m >= w.size() && f.compare(m - w.size(), w.size(), w) == 0) {
        m -= static_cast<uint32_t>(w.size());
        break;
      }
    // (於2012年成立)
    if (m >= 2 && f[m - 1] == U'年') {
      uint32_t q = m - 1;
      while (q > 0 && m - q < 10 && (IsDigitChar(f[q - 1]) || f[q - 1] == U'年')) --q;
      if (q > 0 && q < m - 1 && f[q - 1] == U'於') m = q - 1;
    }
    // (…由韓國濟州特別自治道於1997年倡議成立: the founders, named after 由 right behind the name or its parentheses, one
    // clause with no comma)
    for (uint32_t q = m; q > 0 && m - q < 20; --q) {
      const char32_t c = f[q - 1];
      if (c == U'，' || c == U',' || c == U'。' || c == U'(' || c == U')' || c == U'、') break;
      if (c == U'由' && q >= 2 && (f[q - 2] == U')' || lex.EventEndsAt(q - 1))) {
        m = q - 1;
        break;
      }
    }
    while (m > 0 && at - m < 8 && IsDigitChar(f[m - 1])) --m;  // (a footnote's digits)
    const std::optional<uint32_t> name_end = before_parentheses(m);
    if (!name_end) continue;
    const uint32_t e = *name_end;
    if (e < 5 || !lex.EventEndsAt(e)) continue;
    // (The name opens its sentence or clause, or stands in quotes: words like 文化 and 交流 stand inside such names.)
    uint32_t b = e;
    while (b > 0 && IsHan(f[b - 1]) && e - b < 14) --b;
    if (b > 0 && IsHan(f[b - 1])) continue;
    if (e - b < 5 || f[b] == U'該' || f[b] == U'本') continue;
    // (A festival, a fair or games are founded too, and stay events: 亞維儂藝術節（Festival d'Avignon）創立於1947年.)
    if (std::u32string_view(U"節祭展季週賽").find(f[e - 1]) != std::u32string_view::npos ||
        ContainsAny(std::u32string_view(f.data() + e - 3, 3), {U"博覽會", U"嘉年華", U"運動會", U"燈會"}))
      continue;
    add_found(b, e, /*network=*/true);
  }
  // 美國市長會議（United States Conference of Mayors，USCM）為全美…市長組成之無黨派組織: a name with an event's ending that
  // the next words say is an organization (為…組織, 團體, 機構, 平台 up to the clause's end) is a body, named like its
  // meetings. (The name opens its sentence or clause, as for founding.)
  for (uint32_t at = 5; at + 3 < n; ++at) {
    if (f[at] != U'為') continue;
    const std::optional<uint32_t> name_end = before_parentheses(at);
    if (!name_end) continue;
    const uint32_t e = *name_end;
    if (e < 5 || !lex.EventEndsAt(e)) continue;
    uint32_t stop = at + 1;
    while (stop < n && stop - at <= 40 && std::u32string_view(U",，;；。\n").find(f[stop]) == std::u32string_view::npos) ++stop;
    const std::u32string_view what(f.data() + at + 1, stop - at - 1);
    bool body = false;
    for (std::u32string_view w : {std::u32string_view(U"組織"), std::u32string_view(U"團體"), std::u32string_view(U"機構"),
                                  std::u32string_view(U"平台"), std::u32string_view(U"平臺"), std::u32string_view(U"協會"),
                                  std::u32string_view(U"聯盟"), std::u32string_view(U"網絡")})
      body = body || what.ends_with(w);
    if (!body) continue;
    // (Not 以城市論壇為平台, "with the forum as the platform": the name opens its clause, no word that ends names in it.)
    uint32_t b = e;
    while (b > 0 && IsHan(f[b - 1]) && e - b < 14 && !lex.LeadEndsAt(b) && !lex.BoundaryEndsAt(b)) --b;
    if (b > 0 && IsHan(f[b - 1])) continue;
    if (e - b < 5 || f[b] == U'該' || f[b] == U'本') continue;
    add_found(b, e, /*network=*/true);
  }
  // 退出東亞地方政府觀光論壇（EATOF）, 加入世界城市文化論壇: a name with an event's ending right after a verb of joining or
  // leaving is a body one is a member of — events are attended, not joined. (The longest such name the run of Han
  // characters after the verb holds.)
  for (const uint32_t at : joined_at) {
    const uint32_t b = at + 2;
    // (Not a year's edition, 加入2026…論壇, nor 該 / 本 …)
    if (b >= n || !IsHan(f[b]) || f[b] == U'該' || f[b] == U'本') continue;
    uint32_t e = 0;
    for (uint32_t q = b + 1; q <= n && q - b <= 16 && IsHan(f[q - 1]); ++q)
      if (lex.EventEndsAt(q)) e = q;
    if (e == 0 || e - b < 5) continue;
    add_found(b, e, /*network=*/true);
  }
  // 世界城市文化論壇（World Cities Culture Forum，WCCF）由倫敦市於2012年發起，…現有會員城市約40個，本市於2015年加入: a name
  // with an event's ending that opens its sentence, glossed in Latin letters, in a sentence saying it has members or
  // was joined, is a network — the body, not a meeting.
  for (uint32_t q = 5; q + 2 < n; ++q) {
    if (f[q] != U'(' || !IsLatinLetter(nt.text[q + 1]) || !lex.EventEndsAt(q)) continue;
    uint32_t b = q;
    while (b > 0 && IsHan(f[b - 1]) && q - b < 16) --b;
    if (q - b < 5 || (b > 0 && f[b - 1] != U'\n' && f[b - 1] != U'。')) continue;
    const size_t stop = f.find(U'。', q);
    const std::u32string_view rest(f.data() + q, (stop == std::u32string::npos ? n : stop) - q);
    if (!ContainsAny(rest, {U"會員城市", U"會員國", U"成員城市", U"網絡", U"網路", U"加入"})) continue;
    if (std::any_of(found.begin(), found.end(), [&](const Seg& o) { return o.span.begin < q && o.span.end > b; })) continue;
    add_found(b, q, /*network=*/true);
  }
  // 安克拉治港（Port of Alaska）: a port glossed with the English name of the body that runs it is that body.
  for (uint32_t q = 3; q + 9 < n; ++q) {
    if (f[q] != U'(' || f[q - 1] != U'港') continue;
    std::u32string_view inner(nt.text.data() + q + 1, std::min<size_t>(60, n - q - 1));
    inner = inner.substr(0, inner.find(U')'));
    if (!inner.starts_with(U"Port of ") && !inner.ends_with(U"Port Authority")) continue;
    uint32_t b = q - 1;
    while (b > 0 && IsHan(f[b - 1]) && q - b < 8 && !lex.LeadEndsAt(b) && !lex.BoundaryEndsAt(b)) --b;
    if (q - b < 3) continue;
    add_found(b, q, /*network=*/false);
  }
  // 駐拉脫維亞臺北代表團, 駐瑞典台北代表團, 駐土耳其台北經濟文化代表團: a mission stationed in a country is an office (as
  // 駐…代表處), though 代表團 alone is a delegation.
  for (uint32_t q = 0; q + 6 < n; ++q) {
    if (f[q] != U'駐' || !seg_by_begin.count(q + 1) || (*segs)[seg_by_begin[q + 1]].kind != SegKind::kCountry) continue;
    uint32_t b = (*segs)[seg_by_begin[q + 1]].span.end;
    if (f.compare(b, 2, U"臺北") == 0 || f.compare(b, 2, U"台北") == 0) {
      b += 2;
      for (std::u32string_view w : {std::u32string_view(U"經濟文化"), std::u32string_view(U"經濟"), std::u32string_view(U"文化")})
        if (f.compare(b, w.size(), w) == 0) {
          b += static_cast<uint32_t>(w.size());
          break;
        }
    }
    if (f.compare(b, 3, U"代表團") == 0) add_found(q, b + 3, /*network=*/false);
  }
  // 株式會社關西精機: the legal form written before the trade name (as Japanese companies often write it) — the name
  // runs on to a space, a mark or a title (…社長).
  for (Seg& org : found) {
    std::u32string_view written(f.data() + org.span.begin, org.span.size());
    if (written != U"株式會社" && written != U"有限會社") continue;
    uint32_t q = org.span.end;
    while (q < n && (IsHan(f[q]) || IsKana(f[q])) && q - org.span.end < 10 && lex.Title(q).len == 0 && lex.StopLen(q) == 0) ++q;
    if (q - org.span.end < 2) continue;
    org.span.end = q;
    org.name = nt.Utf8(org.span);
  }
  // A body found by its name once is that body wherever `in` holds the name again, where `stands` says the name stands
  // on its own there and no body found already covers it.
  auto found_again = [&](std::vector<std::u32string> names, const std::u32string& in, bool network, auto stands) {
    std::sort(names.begin(), names.end());
    names.erase(std::unique(names.begin(), names.end()), names.end());
    for (const std::u32string& name : names)
      for (size_t at = in.find(name); at != std::u32string::npos; at = in.find(name, at + 1)) {
        const uint32_t b = static_cast<uint32_t>(at), e = b + static_cast<uint32_t>(name.size());
        if (!stands(b, e) || std::any_of(found.begin(), found.end(), [&](const Seg& o) { return o.span.begin < e && o.span.end > b; }))
          continue;
        add_found(b, e, network);
      }
  };
  // 本縣於2019年加入平和首長會議 … 由平和首長會議會長、廣島市長X致詞: a network named like its meetings, read as a body
  // where a government joins it or is its member, is that body wherever the text writes its name (its ending alone
  // makes no body elsewhere).
  {
    std::vector<std::u32string> networks;
    for (const Seg& org : found)
      if (org.network && org.span.size() >= 5 && lex.EventEndsAt(org.span.end))
        networks.push_back(f.substr(org.span.begin, org.span.size()));
    found_again(std::move(networks), f, /*network=*/true, [](uint32_t, uint32_t) { return true; });
  }
  // 台積電子公司JASM … 由JASM社長X說明: a body found by its Latin name (after the words describing it) is that body
  // wherever the text writes the name as a word of its own.
  {
    std::vector<std::u32string> latin;
    for (const Seg& org : found) {
      const std::u32string_view name(nt.text.data() + org.span.begin, org.span.size());
      if (name.size() >= 3 && name[0] >= U'A' && name[0] <= U'Z' &&
          std::all_of(name.begin(), name.end(), [](char32_t c) { return IsLatinLetter(c) || IsDigitChar(c) || c == U' '; }))
        latin.emplace_back(name);
    }
    auto latin_char = [&](uint32_t x) { return IsLatinLetter(nt.text[x]) || IsDigitChar(nt.text[x]); };
    found_again(std::move(latin), nt.text, /*network=*/false, [&](uint32_t b, uint32_t e) {
      return !(b > 0 && latin_char(b - 1)) && !(e < n && latin_char(e)) &&
             std::none_of(segs->begin(), segs->end(), [&](const Seg& o) { return o.span.begin < e && o.span.end > b; });
    });
  }
  if (found.empty()) return;
  // A research unit named alone (參訪可可研究中心), where the text names it with its body too (馬來西亞可可局可可研究中心):
  // that body's unit, wherever it stands.
  for (Seg& c : found)
    for (const auto& [alias, full] : unit_named)
      if (c.kind == SegKind::kPatternOrg && c.alias.empty() && c.name == alias) {
        c.name = full;
        c.alias = alias;
      }
  // Overlapping candidates: keep the longer (自民黨青年局 over 自民黨 is not an overlap: 自民黨 is absorbed).
  std::sort(found.begin(), found.end(), [](const Seg& a, const Seg& b) {
    return a.span.begin != b.span.begin ? a.span.begin < b.span.begin : a.span.end > b.span.end;
  });
  std::vector<Seg> kept;  // sorted by begin: a candidate can only overlap the last one kept
  for (auto& c : found) {
    if (!kept.empty() && c.span.begin < kept.back().span.end) {
      if (c.span.size() > kept.back().span.size() && c.span.begin <= kept.back().span.begin) kept.back() = c;
      continue;
    }
    kept.push_back(std::move(c));
  }
  // 外貿協會 + 孟買台灣貿易中心: a body found right before a name that opens with a city and goes on past a bare branch's
  // word (not 高雄事務所, whose head's post stays in the body) names the body's office there: one name.
  for (size_t i = 0; i + 1 < kept.size(); ++i) {
    Seg& body = kept[i];
    const Seg& office = kept[i + 1];
    if (body.span.end != office.span.begin) continue;
    auto place = seg_by_begin.find(office.span.begin);
    if (place == seg_by_begin.end()) continue;
    const Seg& pl = (*segs)[place->second];
    if (pl.kind != SegKind::kPlace || pl.index < 0 || pl.span.end + 4 > office.span.end) continue;
    if (HoldsBranchWord(std::u32string_view(f.data() + pl.span.end, office.span.end - pl.span.end))) continue;
    body.span.end = office.span.end;
    body.name = nt.Utf8(body.span);
    body.alias.clear();
    kept.erase(kept.begin() + static_cast<std::ptrdiff_t>(i) + 1);
  }
  // 世界客屬總會 + 模里西斯 + 分會: a body found right before a place or country and a chapter's word (分會, 支部, 分部) is
  // the body's chapter there: one name, its head's post the chapter's. (Not a company's branch, 分公司, its unit.)
  for (size_t i = 0; i < kept.size(); ++i) {
    Seg& body = kept[i];
    auto place = seg_by_begin.find(body.span.end);
    if (place == seg_by_begin.end()) continue;
    const Seg& pl = (*segs)[place->second];
    if (pl.kind != SegKind::kPlace && pl.kind != SegKind::kCountry) continue;
    uint32_t e = pl.span.end;
    for (std::u32string_view w : {U"分會", U"支部", U"分部"})
      if (f.compare(e, w.size(), w) == 0) {
        e += static_cast<uint32_t>(w.size());
        break;
      }
    if (e == pl.span.end || (i + 1 < kept.size() && kept[i + 1].span.begin < e)) continue;
    body.span.end = e;
    body.name = nt.Utf8(body.span);
    body.alias.clear();
  }
  // Merge into segs: a pattern organization replaces the segs inside it; one that cuts a title is dropped.
  std::vector<Seg> merged;
  std::sort(kept.begin(), kept.end(), [](const Seg& a, const Seg& b) { return a.span.begin < b.span.begin; });
  std::vector<bool> drop(segs->size(), false);
  std::vector<Seg> accepted;
  for (auto& org : kept) {
    // 簡報機場物流中心營運情形: a name opening with a facility's bare word (機場, 港口, 車站: "the airport's") is a
    // description, not a body's name (a body is named after its place: 桃園國際機場股份有限公司).
    if (org.span.size() >= 4 && (f.compare(org.span.begin, 2, U"機場") == 0 || f.compare(org.span.begin, 2, U"港口") == 0 ||
                                 f.compare(org.span.begin, 2, U"車站") == 0))
      continue;
    // …於2016年在荷蘭海牙成立，為全球城市首長合作網絡，秘書處設於海牙: a clause that is only 為 and a name says what the
    // sentence's subject is; the name is a description, no body of its own.
    if (org.span.begin >= 2 && f[org.span.begin - 1] == U'為' && std::u32string_view(U",;").find(f[org.span.begin - 2]) != std::u32string_view::npos &&
        (org.span.end >= n || std::u32string_view(U",;。\n").find(f[org.span.end]) != std::u32string_view::npos))
      continue;
    bool cuts = false;
    std::vector<size_t> inside;
    // segs are sorted and do not overlap: only the ones from the last starting before org's start can touch it.
    auto first = std::lower_bound(segs->begin(), segs->end(), org.span.begin,
                                  [](const Seg& x, uint32_t v) { return x.span.begin < v; });
    if (first != segs->begin()) --first;
    for (size_t i = static_cast<size_t>(first - segs->begin()); i < segs->size() && (*segs)[i].span.begin < org.span.end; ++i) {
      const Seg& s = (*segs)[i];
      if (s.span.end <= org.span.begin || s.span.begin >= org.span.end) continue;
      if (s.span.begin >= org.span.begin && s.span.end <= org.span.end) {
        inside.push_back(i);
      } else {
        cuts = true;
      }
    }
    if (cuts) continue;
    // The place that starts the name (東京都港灣局), also after its country (馬來西亞檳城州政府旅遊發展局) or a legal form
    // (財團法人臺中市文化基金會), is named.
    uint32_t place_start = org.span.begin;
    if (org.span.size() > 4 && (nt.folded.compare(place_start, 4, U"財團法人") == 0 || nt.folded.compare(place_start, 4, U"社團法人") == 0))
      place_start += 4;
    for (size_t i : inside)
      if ((*segs)[i].kind == SegKind::kCountry && (*segs)[i].span.begin == org.span.begin) place_start = (*segs)[i].span.end;
    // 吉爾吉斯比斯凱克市建設局: a place the gazetteer lacks, found by its shape where the name starts (after its country),
    // stays a place, and the body is written from after it (建設局, that place's department, named with the place): no
    // gazetteer entry could carry the place inside the body's name.
    {
      // (Only after its country, and a city's, county's or province's suffix that no word goes on from: not 美國波夕州立
      // 大學, 州立 being "state-run", nor 新竹都市…, 杜拜道路….)
      const bool after_country = place_start > org.span.begin;
      auto unknown = std::find_if(inside.begin(), inside.end(), [&](size_t i) {
        const Seg& x = (*segs)[i];
        const uint32_t e = x.span.end;
        return after_country && x.kind == SegKind::kPlace && x.index < 0 && x.span.begin == place_start && e + 2 <= org.span.end &&
               std::u32string_view(U"市縣省").find(nt.folded[e - 1]) != std::u32string_view::npos && nt.folded[e] != U'立' &&
               !SuffixGoesOn(nt.folded, e);
      });
      if (unknown != inside.end()) {
        // (Named with the place, so that the department folds into it: 比斯凱克市建設局.)
        org.name = nt.Utf8((*segs)[*unknown].span.begin, org.span.end);
        org.span.begin = (*segs)[*unknown].span.end;
        org.alias.clear();
        inside.erase(std::remove_if(inside.begin(), inside.end(), [&](size_t i) { return (*segs)[i].span.begin < org.span.begin; }),
                     inside.end());
        place_start = org.span.begin;
      }
    }
    for (size_t i : inside) {
      drop[i] = true;
      const Seg& in = (*segs)[i];
      for (int p : in.absorbed_places) org.absorbed_places.push_back(p);  // (a district's city: 臺北市信義區公所)
      // (Or one written bare before its government's word: 巴塞隆納 + 市政府經濟發展局.)
      const std::u32string_view after(nt.folded.data() + in.span.end, org.span.end - in.span.end);
      const bool government = after.starts_with(U"市政府") || after.starts_with(U"縣政府") || after.starts_with(U"政府") ||
                              after.starts_with(U"市府") || after.starts_with(U"市役所");
      // (And a township's office names the township: 北竿鄉公所, 池上鄉公所.)
      const bool township_office = (nt.folded[in.span.end - 1] == U'鄉' || nt.folded[in.span.end - 1] == U'鎮') &&
                                   in.span.end + 2 == org.span.end && after == U"公所";
      // (An autonomous republic is a region's government too: 阿札爾自治共和國最高議會.)
      const bool autonomous = in.span.size() > 5 && nt.folded.compare(in.span.end - 5, 5, U"自治共和國") == 0;
      if (in.kind == SegKind::kPlace && in.index >= 0 && (in.span.begin == place_start || township_office) &&
          (IsAdminSuffixChar(nt.folded[in.span.end - 1]) || nt.folded[in.span.end - 1] == U'邦' || government || township_office ||
           autonomous))  // 巴伐利亞邦經濟部
        org.absorbed_places.push_back(in.index);
    }
    accepted.push_back(std::move(org));
  }
  merged.reserve(segs->size() + accepted.size());
  for (size_t i = 0; i < segs->size(); ++i)
    if (!drop[i]) merged.push_back(std::move((*segs)[i]));
  for (auto& a : accepted) merged.push_back(std::move(a));
  std::sort(merged.begin(), merged.end(), [](const Seg& a, const Seg& b) { return a.span.begin < b.span.begin; });
  // 豐田體育場（Toyota Stadium）: a known body's Latin name that is only a word of the English name glossing the body just
  // before is no mention of it (Toyota, the company).
  {
    std::vector<Seg> kept_segs;
    kept_segs.reserve(merged.size());
    for (size_t i = 0; i < merged.size(); ++i) {
      const Seg& s = merged[i];
      bool gloss_word = false;
      if (s.kind == SegKind::kOrg && IsLatinLetter(f[s.span.begin]) && !kept_segs.empty() &&
          kept_segs.back().kind == SegKind::kPatternOrg) {
        const uint32_t open = kept_segs.back().span.end;
        const size_t close = f.find(U')', open);
        if (open < n && f[open] == U'(' && close != std::u32string::npos && close - open <= 60 && s.span.begin > open &&
            s.span.end < close) {
          const std::u32string_view inner(f.data() + open + 1, close - open - 1);
          gloss_word = std::all_of(inner.begin(), inner.end(), [](char32_t c) { return c < 0x3000; }) &&
                       !(s.span.begin == open + 1 && s.span.end == close);
        }
      }
      if (!gloss_word) kept_segs.push_back(s);
    }
    merged = std::move(kept_segs);
  }
  *segs = std::move(merged);
}

}  // namespace citykg::extract::detail
