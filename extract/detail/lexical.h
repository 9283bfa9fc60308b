// Internal: lexicon matches per position, the segment layer (places, countries, organizations, titles,
// self references) and organizations found by their name's ending.
#ifndef CITYKG_EXTRACT_DETAIL_LEXICAL_H_
#define CITYKG_EXTRACT_DETAIL_LEXICAL_H_

#include <array>
#include <cstdint>
#include <initializer_list>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "extract/gazetteer.h"
#include "extract/normalize.h"

namespace citykg::extract::detail {

// Lexicon matches of one document, by position. Built once per document.
class Lexicon {
 public:
  Lexicon(const Gazetteer& g, const NormalizedText& nt);

  struct Best {
    uint32_t len = 0;
    uint32_t value = 0;
    bool base = false;
  };
  Best Place(uint32_t pos) const { return at(place_, pos); }
  Best Country(uint32_t pos) const { return at(country_, pos); }
  Best Org(uint32_t pos) const { return at(org_, pos); }
  Best Title(uint32_t pos) const { return at(title_, pos); }
  Best Suffix(uint32_t pos) const { return at(suffix_, pos); }
  // An organization's ending of one to four characters ends at pos, starting after `after` (協會 + 孟買: 協會 ends there).
  bool SuffixEndsAt(uint32_t pos, uint32_t after = 0) const {
    for (uint32_t k = 1; k <= 4 && k <= pos && pos - k >= after; ++k)
      if (pos - k < suffix_.size() && suffix_[pos - k].len == k) return true;
    return false;
  }
  Best Self(uint32_t pos) const { return at(self_, pos); }
  // Surname origin bits of the surname of `len` (1..3) characters at pos, 0 if none.
  uint8_t Surname(uint32_t pos, uint32_t len) const;
  // Length of the longest boundary word with the 'stop' bit at pos (0 if none).
  uint32_t StopLen(uint32_t pos) const { return pos < stop_.size() ? stop_[pos] : 0; }
  // A boundary word with the 'lead' bit ends at pos.
  bool LeadEndsAt(uint32_t pos) const { return pos < lead_end_.size() && lead_end_[pos]; }
  // Any boundary word (stop or lead) ends at pos.
  bool BoundaryEndsAt(uint32_t pos) const { return pos < boundary_end_.size() && boundary_end_[pos]; }
  // An event keyword ends at pos.
  bool EventEndsAt(uint32_t pos) const { return pos < event_end_.size() && event_end_[pos]; }
  // The text [b, e) is a word that is never an organization by itself, or ends with a word that names a kind of
  // body, never one body (寺廟, temples: 歷史寺廟; 寄宿學校, boarding schools: 偏鄉寄宿學校).
  bool NotOrg(uint32_t b, uint32_t e) const;
  // The text [b, e) ends with a venue word (博物館, 會展中心): it names a site visited, not an organization.
  bool Venue(uint32_t b, uint32_t e) const;
  // Does a venue's word start inside [b, e) and end after e (議會 of 議會大廈, ending a body's name at e)?
  bool VenueGoesOn(uint32_t b, uint32_t e) const;
  // The venue words' spans, sorted by end.
  const std::vector<std::pair<uint32_t, uint32_t>>& Venues() const { return venue_; }
  // Cue matches at pos: (length, kind).
  const std::vector<std::pair<uint32_t, CueKind>>& Cues(uint32_t pos) const;

 private:
  [[gnu::always_inline]] static Best at(const std::vector<Best>& v, uint32_t pos) { return pos < v.size() ? v[pos] : Best{}; }
  std::vector<Best> place_, country_, org_, title_, suffix_, self_;
  std::vector<std::array<uint8_t, 4>> surname_;
  std::vector<uint32_t> stop_;
  std::vector<bool> lead_end_, event_end_, boundary_end_;
  std::vector<std::pair<uint32_t, uint32_t>> not_org_;  // spans, sorted by end
  std::vector<std::pair<uint32_t, uint32_t>> kinds_;    // words naming a kind of body: spans, sorted by end
  std::vector<std::pair<uint32_t, uint32_t>> venue_;    // spans, sorted by end
  std::vector<std::vector<std::pair<uint32_t, CueKind>>> cues_;
};

// Does `text` hold any of `words`?
inline bool ContainsAny(std::u32string_view text, std::initializer_list<std::u32string_view> words) {
  for (std::u32string_view w : words)
    if (text.find(w) != std::u32string_view::npos) return true;
  return false;
}

// Does `text` describe an event's series rather than one edition (每年舉辦, 輪流主辦, 歷屆)?
inline bool NamesSeries(std::u32string_view text) { return ContainsAny(text, {U"每年", U"每兩年", U"輪流", U"歷屆", U"每屆"}); }

// Past a parenthesized gloss that opens at `pos` (慕尼黑縣(Landkreis München)，…): the position after its ')', or `pos`
// where none opens there or it does not close within `max_len` characters, before `limit`.
inline uint32_t PastParenthesis(const std::u32string& f, uint32_t pos, size_t limit, uint32_t max_len) {
  if (pos >= limit || f[pos] != U'(') return pos;
  for (uint32_t close = pos; close < limit && close - pos <= max_len; ++close)
    if (f[close] == U')') return close + 1;
  return pos;
}

// Where a name in Latin capitals that starts at `q` of `t` ends (Business Oulu, Bank of America; with `wide`, Hub Criativo
// do Beato, Fundació i2CAT); `q` when there is none.
uint32_t CapitalizedLatinNameEnd(const std::u32string& t, uint32_t q, bool wide = false);

// Does a verb of visiting a body (參訪, 拜會, 參觀, 走訪, 拜訪) end right before `b` of `f`?
inline bool VisitVerbBefore(const std::u32string& f, uint32_t b) {
  if (b < 2) return false;
  const char32_t c = f[b - 2], d = f[b - 1];
  return (c == U'參' && (d == U'訪' || d == U'觀')) || (c == U'拜' && (d == U'會' || d == U'訪')) || (c == U'走' && d == U'訪');
}

// Does a verb of calling on a body (拜會, 參訪, 拜訪, 訪問) end right before `b` of `f`?
inline bool CallVerbBefore(const std::u32string& f, uint32_t b) {
  return b >= 2 && ContainsAny(std::u32string_view(f.data() + b - 2, 2), {U"拜會", U"參訪", U"拜訪", U"訪問"});
}

// Where the parentheses that close at `close` (a ')' of `f`) open, at most 60 characters before; `close` + 1 if they open
// nowhere near (so a name ending there ends before no parentheses).
inline uint32_t OpeningOf(const std::u32string& f, uint32_t close) {
  for (uint32_t open = close; open > 0 && close - open <= 60;) {
    --open;
    if (f[open] == U'(') return open;
    if (f[open] == U')') break;
  }
  return close + 1;
}

// A photo caption's note of where a person stands (（左二）, （右一）, （中）, （前排左三）, （左起第2位）): no other name.
inline bool IsPhotoPosition(std::u32string_view s) {
  for (std::u32string_view row : {U"前排", U"後排", U"中排", U"後", U"前"})
    if (s.starts_with(row) && s.size() > row.size()) {
      s.remove_prefix(row.size());
      break;
    }
  if (s == U"中" || s == U"中間" || s == U"中立者") return true;
  if (s.empty() || (s[0] != U'左' && s[0] != U'右')) return false;
  s.remove_prefix(1);
  if (s.starts_with(U"起")) s.remove_prefix(1);
  if (s.starts_with(U"第")) s.remove_prefix(1);
  if (s.ends_with(U"位") || s.ends_with(U"人") || s.ends_with(U"者")) s.remove_suffix(1);
  for (char32_t c : s)
    if (std::u32string_view(U"0123456789一二三四五六七八九十").find(c) == std::u32string_view::npos) return false;
  return true;  // (左), (右) alone too
}

// The characters that end the name of a local government (市, 縣, 都, 府, 道, 省, 州, 區, 郡).
inline bool IsAdminSuffixChar(char32_t c) {
  switch (c) {
    case U'市': case U'都': case U'府': case U'縣': case U'道': case U'省': case U'州': case U'區': case U'郡':
      return true;
    default:
      return false;
  }
}

// A dot between the parts of a transliterated name (·, ‧, ・, •; the full-width ． folds to '.', which is one only
// between Han characters).
// A council's name with a year in it (UCLG ASPAC 2026年理事會, 2026年亞太城市網絡執行委員會) names that year's meeting of the
// council, not the council (a body's name holds no year).
inline bool IsDatedCouncilMeeting(std::u32string_view name) {
  if (name.size() < 7 || !(name.ends_with(U"理事會") || name.ends_with(U"執行委員會"))) return false;
  auto digit = [](char32_t c) { return c >= U'0' && c <= U'9'; };
  for (size_t k = 0; k + 4 <= name.size(); ++k)
    if ((k == 0 || !digit(name[k - 1])) && digit(name[k]) && digit(name[k + 1]) && digit(name[k + 2]) && digit(name[k + 3]) &&
        (k + 4 == name.size() || !digit(name[k + 4])))
      return true;
  return false;
}

inline bool IsNameDot(char32_t c) { return c == 0xB7 || c == 0x2027 || c == 0x30FB || c == 0x2022; }

// Is text[k] a name's dot between two Han characters: one of the middle dots, or the full stop normalization makes of
// the full-width ．(若昂．索薩 → 若昂.索薩; a sentence ends with 。, never with . between Han)?
inline bool IsNameDotAt(std::u32string_view text, size_t k) {
  if (k == 0 || k + 1 >= text.size() || (text[k] != U'.' && !IsNameDot(text[k]))) return false;  // (the cheap test first)
  return IsHan(text[k - 1]) && IsHan(text[k + 1]);
}

// Does `text` write `run` somewhere right after a name dot, as a part of a transliterated name (安德斯·尼爾森 for
// 尼爾森)?
inline bool WrittenAfterNameDot(std::u32string_view text, std::u32string_view run) {
  for (size_t at = text.find(run); at != std::u32string_view::npos; at = text.find(run, at + 1))
    if (at >= 2 && IsNameDotAt(text, at - 1)) return true;
  return false;
}

// The parts of the document's transliterated names, two to six Han characters after each name dot between Han
// characters (安德斯·尼爾森: 尼爾, 尼爾森; 尤哈．維塔寧: 維塔, 維塔寧) — and, with `before_too`, the last two to six before
// it (頌猜·翁薩: 頌猜) — into `out`: read once, where a short name is looked up, not searched for in the whole text.
// `skip(k)` says the dot at k joins no name (美國．西雅圖時報: a country, then a city).
template <typename Skip>
inline void CollectNameDotParts(const std::u32string& f, bool before_too, std::set<std::u32string, std::less<>>* out, Skip skip) {
  for (size_t k = 1; k < f.size(); ++k) {
    if (!IsNameDotAt(f, k) || skip(k)) continue;
    for (size_t len = 2; len <= 6 && k + len < f.size() && IsHan(f[k + 1]) && IsHan(f[k + len]); ++len)
      out->insert(f.substr(k + 1, len));
    if (before_too)
      for (size_t len = 2; len <= 6 && len <= k && IsHan(f[k - len]); ++len) out->insert(f.substr(k - len, len));
  }
}

inline void CollectNameDotParts(const std::u32string& f, bool before_too, std::set<std::u32string, std::less<>>* out) {
  CollectNameDotParts(f, before_too, out, [](size_t) { return false; });
}

// Hangul (syllables and jamo) and kana: a name's gloss in Korean or its Japanese reading (김정원, なかむら).
inline bool IsHangul(char32_t c) { return (c >= 0xAC00 && c <= 0xD7AF) || (c >= 0x1100 && c <= 0x11FF); }
inline bool IsKana(char32_t c) { return c >= 0x3040 && c <= 0x30FF; }

// The words for a place's government written right after its name (臺北市政府, 威省市政廳, 上海市人民政府, 浦那市政公司 —
// an Indian city's municipal corporation; 古晉南市市政局, a Malaysian city's council), in the order a holder's place is
// looked for before them.
inline constexpr std::u32string_view kGovernmentWords[] = {U"政府", U"人民政府", U"市政廳", U"市政府", U"政廳", U"市政公司", U"市政局"};

// A report's cover fields that name the travellers' agency (服務機關：桃園市政府環境保護局), before their colon.
inline constexpr std::u32string_view kAgencyFields[] = {U"服務機關", U"服務單位", U"出國單位", U"出國機關", U"機關名稱", U"服務機關名稱"};

// The kinds of event a text names an event by once it has named it (出席大會, 該論壇, 大會於15日舉行).
inline constexpr std::u32string_view kEventKindWords[] = {U"大會", U"論壇", U"年會", U"峰會", U"研討會", U"博覽會", U"會議", U"大賽"};

// Digits and numerals that count persons before a counter (5位, 十名, 幾位, 數位).
inline constexpr std::u32string_view kCountNumerals = U"0123456789一二三四五六七八九十百兩幾數";

enum class SegKind { kPlace, kCountry, kOrg, kTitle, kSelf, kPatternOrg };

// One recognized span of the segment layer. Sorted by position, never overlapping.
struct Seg {
  Span span;
  SegKind kind = SegKind::kPlace;
  int index = -1;       // gazetteer index (place, country, org, title), -1 for pattern organizations
  std::string name;     // pattern organizations: the canonical name (department names qualified)
  std::string alias;    // pattern organizations: the name as written when it differs
  bool network = false;  // an organization that governments can be members of
  int country = -1;      // pattern places (index == -1): gazetteer country index
  std::vector<int> absorbed_places;  // pattern organizations: gazetteer places named inside them
  bool agency = false;   // a national ministry or council the gazetteer knows (its units are named after it)
  std::string full;      // a place written by its short form (高市, 竹縣): its full name (高雄市), for bodies named after it
};

// Greedy longest-match segmentation over the lexicon, then places found by their shape: a place name followed by
// another administrative suffix (占碑 + 市), a country followed by a name with a suffix or an English place name
// (菲律賓德爾卡門市, 尼泊爾杜利凱爾(Dhulikhel Municipality)), a place followed by a district (新加坡東南區).
std::vector<Seg> Segment(const Gazetteer& g, const NormalizedText& nt, const Lexicon& lex);

// The header cell of the table column that `pos` of `f` stands in: that column's cell in the first line of its block of
// tabbed lines, spaces trimmed; an empty span when `pos` is on no tabbed line or on the header itself.
Span TableHeaderCell(const std::u32string& f, uint32_t pos);

// The cells of a tabbed line [line.begin, line.end) of `f`, one per tab-separated field (empty ones too, so columns
// stay aligned), spaces around each trimmed.
std::vector<Span> TabCells(const std::u32string& f, Span line);

// The gazetteer place an English name means in `text` (the original, not folded): the one of the country of a region the
// text writes right after the name (Athens, Georgia; Athens-Clarke County, Georgia — the American Athens, not the Greek),
// else `place` (the name's usual place, or -1). `lookup` is the name as the gazetteer's English names write it.
int EnglishPlaceInContext(const Gazetteer& g, const std::u32string& text, std::u32string_view lookup, int place);

// Adds organizations recognized by their ending (…協會, …大學, 本府交通局) to `segs`, absorbing the places
// and organizations inside them. `publisher` is the publishing government's name (for departments).
void FindPatternOrgs(const NormalizedText& nt, const Lexicon& lex, std::vector<Seg>* segs,
                     const std::string& publisher, bool council_publishes = false);

}  // namespace citykg::extract::detail

#endif  // CITYKG_EXTRACT_DETAIL_LEXICAL_H_
