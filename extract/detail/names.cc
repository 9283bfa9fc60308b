#include "extract/detail/names.h"

#include <unicode/uchar.h>

#include <algorithm>

#include "extract/dates.h"

namespace citykg::extract::detail {
namespace {

// A body's kind alone that points back at the body of that kind named last (論壇秘書長, 聯盟主席, 由公社物流處處長X).
constexpr std::u32string_view kPointingKinds[] = {U"論壇", U"聯盟", U"網絡", U"組織", U"公司", U"公社"};

constexpr uint8_t kZh = static_cast<uint8_t>(SurnameOrigin::kZh);
constexpr uint8_t kJa = static_cast<uint8_t>(SurnameOrigin::kJa);
constexpr uint8_t kKo = static_cast<uint8_t>(SurnameOrigin::kKo);

bool IsSpace(char32_t c) { return c == U' ' || c == U'\t' || c == 0xA0; }

// The characters before 節 that make a word, not a festival's name (季節, 環節, 細節, 章節, 關節, 禮節, 情節, 調節, 佳節,
// 時節, 使節, 春節, 秋節).
constexpr std::u32string_view kNotFestivalBeforeJie = U"季環細章關禮情調佳時使春秋";
bool IsUpper(char32_t c) { return u_isupper(static_cast<UChar32>(c)); }

// For a Latin name ending in its year (Slush 2026), written at [.., from): the Chinese words running on from `from` (up to
// eight characters) name a part of an event — its dinner, opening, press conference (「Sushi Tech Tokyo 2024」聯合晚宴) —
// not the event.
bool NamesEventPartAfter(const std::u32string& f, uint32_t from, uint32_t end) {
  uint32_t run = from;
  while (run < end && run - from < 8 && IsHan(f[run])) ++run;
  return ContainsAny(std::u32string_view(f.data() + from, run - from),
                     {U"晚宴", U"午宴", U"宴會", U"餐會", U"酒會", U"開幕", U"閉幕", U"典禮", U"記者會", U"研討會", U"歡迎會"});
}

// The end of an event's word running on from `from` (Chinese characters, up to eight: 全球新創活動, 郵輪展), or 0.
uint32_t EventWordEndAfter(const Lexicon& lex, const std::u32string& f, uint32_t from, uint32_t end) {
  uint32_t k = from;
  while (k < end && k - from < 8 && IsHan(f[k]) && !lex.EventEndsAt(k + 1)) ++k;
  return k < end && IsHan(f[k]) && lex.EventEndsAt(k + 1) ? k + 1 : 0;
}

// A verb of taking part in or holding an event ends `before` (出席, 參加, 參與, 舉行之, 舉辦之 …).
bool TakesPartOrHoldsBefore(std::u32string_view before) {
  return ContainsAny(before.substr(before.size() >= 3 ? before.size() - 3 : 0),
                     {U"出席", U"參加", U"參與", U"舉行之", U"舉辦之", U"舉行的", U"舉辦的"});
}

// Does a list item end at `a` (the sentence's end, 、, ; or a line's end)?
bool EndsListItem(const std::u32string& f, uint32_t a, uint32_t end) {
  return a == end || std::u32string_view(U"、;\n").find(f[a]) != std::u32string_view::npos;
}

// Characters that end names of places and bodies, never a person's given name.
bool EndsNoGivenName(char32_t c) {
  static const std::u32string_view kChars = U"區市縣省州部局處會院黨團組廳署府館校";
  return kChars.find(c) != std::u32string_view::npos;
}

// Lower-case words that may stand inside a Latin personal name.
bool IsParticle(std::u32string_view w) {
  static const std::u32string_view kParticles[] = {U"de", U"van", U"von", U"der", U"den", U"bin", U"binti", U"al",
                                                  U"el", U"da", U"di", U"dos", U"du", U"la", U"le", U"y", U"bte"};
  for (auto p : kParticles)
    if (w == p) return true;
  return false;
}

// Words that show a run of capitalized words is not a person's name.
bool IsNonNameWord(std::u32string w) {
  for (auto& c : w) c = static_cast<char32_t>(u_tolower(static_cast<UChar32>(c)));
  static const std::u32string_view kWords[] = {
      U"and", U"of", U"the", U"for", U"in", U"on", U"at", U"to", U"with", U"from", U"by", U"city", U"cities",
      U"mayor", U"deputy", U"governor", U"president", U"university", U"association", U"council", U"committee",
      U"congress", U"forum", U"summit", U"festival", U"program", U"programme", U"conference", U"meeting", U"week",
      U"center", U"centre", U"office", U"department", U"bureau", U"government", U"governments", U"metropolitan",
      U"province", U"special", U"republic", U"local", U"global", U"international", U"world", U"asia", U"pacific",
      U"national", U"united", U"organization", U"organisation", U"network", U"tech", U"smart", U"sustainable",
      U"future", U"call", U"action", U"agenda", U"group", U"institute", U"foundation", U"company", U"corporation",
      U"inc", U"ltd", U"science", U"industrial", U"technology", U"theme", U"hotel", U"airport", U"station", U"tower", U"museum", U"town", U"area", U"village",
      U"heritage", U"culture", U"living", U"life", U"award", U"awards", U"korea", U"japan", U"taiwan", U"taipei",
      U"seoul", U"tokyo", U"busan", U"new", U"standing", U"roundtable", U"session", U"assembly", U"executive",
      U"municipality", U"municipal", U"rural", U"district", U"regency", U"county", U"prefecture", U"state",
      U"metropolis", U"capital", U"region", U"regional", U"urban", U"place", U"expo", U"fair", U"show", U"lord",
      U"leader", U"councillor", U"councilor", U"minister", U"ministry", U"secretary", U"director", U"chairman",
      U"premier", U"provost", U"reeve", U"warden", U"alderman", U"assemblymember", U"assemblyman", U"assemblywoman",
      U"senator", U"congressman", U"congresswoman", U"legislator", U"ceo", U"coo", U"cfo", U"cto", U"cio",
      U"chairperson", U"chief", U"vice", U"officer", U"ambassador", U"representative", U"commissioner",
      // titles in other languages, as glossed after a Chinese one (市長（Intendente）, 縣長（Landrat）)
      U"intendente", U"alcalde", U"alcaldesa", U"gobernador", U"gobernadora", U"presidente", U"prefeito", U"maire",
      U"sindaco", U"vicesindaco", U"assessore", U"consigliere", U"adjoint", U"adjointe", U"président", U"présidente",
      U"conseiller", U"conseillère", U"bürgermeister", U"oberbürgermeister", U"landrat", U"regierungspräsident", U"burgemeester", U"schepen",
      U"wethouder", U"gedeputeerde", U"gouverneur",
      // (Nordic: Danish and Norwegian borgmester, ordfører, rådmann; Swedish borgmästare, kommunalråd, ordförande;
      // Finnish pormestari)
      U"borgmester", U"overborgmester", U"ordfører", U"varaordfører", U"byrådsleder", U"rådmann", U"borgmästare",
      U"kommunalråd", U"ordförande", U"pormestari", U"apulaispormestari",
      U"wali", U"bupati", U"gubernur", U"walikota", U"bandar", U"marszałek", U"marszalek", U"prezydent", U"wojewoda", U"burmistrz",
      U"starosta", U"primátor", U"starosta", U"hejtman", U"župan", U"concejal", U"concejala", U"regidor", U"regidora",
      U"síndico", U"ministro", U"ministra", U"viceministro", U"viceministra", U"embajador", U"embajadora",
      U"vicepresidente", U"vicepresidenta", U"vereador", U"vereadora", U"governador", U"governadora", U"prefeita",
      U"intendenta", U"secretário", U"secretária", U"secretario", U"secretaria", U"deputado", U"deputada", U"diputado",
      U"diputada", U"senador", U"senadora", U"sheriff", U"undersheriff", U"superintendent",
      // (a Pacific chief's title: 傳統酋長（Iroij）, Ratu)
      U"iroij", U"ratu",
      // (Indonesian: 局長（Kepala Dinas）; an appointed head: 特別管理人（Special Administrator）)
      U"kepala", U"dinas", U"sekretaris", U"camat", U"lurah", U"administrator",
      // (a church's head, 總會議長（Moderator）; Scotland's deputy head of a city, 副市長（Depute Lord Provost）)
      U"moderator", U"depute",
      // (a unit's words: Agricultural Policy Division)
      U"division", U"section", U"policy", U"agency", U"authority", U"secretariat"};
  for (auto k : kWords)
    if (w == k) return true;
  return false;
}

// Titles that are family names too (Christopher Reeve; Warden, Provost, Sheriff and Lord are surnames as well).
bool IsSurnameTitle(std::u32string_view w) {
  for (std::u32string_view k : {U"Reeve", U"Warden", U"Provost", U"Sheriff", U"Lord"})
    if (w == k) return true;
  return false;
}

}  // namespace

NameFinder::NameFinder(const Gazetteer& g, const NormalizedText& nt, const Lexicon& lex, const std::vector<Seg>& segs)
    : g_(g), nt_(nt), lex_(lex), segs_(segs), ascii_letters_(nt.text.size() + 1, 0) {
  for (size_t k = 0; k < nt.text.size(); ++k) {
    const char32_t c = nt.text[k];
    ascii_letters_[k + 1] = ascii_letters_[k] + ((c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z'));
  }
  const std::u32string& f = nt.folded;
  // (And the parts before the dots: a Thai given name its bearer is called by, 頌猜府尹 after 府尹頌猜·翁薩.)
  // (Not after a country: 【美國．西雅圖時報】.)
  CollectNameDotParts(f, /*before_too=*/true, &after_dot_, [&](size_t k) {
    const int s = SegEndAt(static_cast<uint32_t>(k));
    return s >= 0 && segs_[static_cast<size_t>(s)].kind == SegKind::kCountry;
  });
}

int NameFinder::SegAt(uint32_t pos) const {
  auto it = std::lower_bound(segs_.begin(), segs_.end(), pos, [](const Seg& s, uint32_t p) { return s.span.begin < p; });
  return (it != segs_.end() && it->span.begin == pos) ? static_cast<int>(it - segs_.begin()) : -1;
}

bool NameFinder::PlaceAbroad(const Seg& place) const {
  return place.index < 0 ? place.country >= 0 && g_.countries()[static_cast<size_t>(place.country)].iso2 != "TW"
                         : g_.places()[static_cast<size_t>(place.index)].country != "TW";
}

bool NameFinder::PlaceInTaiwan(const Seg& place) const {
  return place.index < 0 ? place.country >= 0 && g_.countries()[static_cast<size_t>(place.country)].iso2 == "TW"
                         : g_.places()[static_cast<size_t>(place.index)].country == "TW";
}

int NameFinder::SegEndAt(uint32_t pos) const {
  auto it = std::lower_bound(segs_.begin(), segs_.end(), pos, [](const Seg& s, uint32_t p) { return s.span.end < p; });
  return (it != segs_.end() && it->span.end == pos) ? static_cast<int>(it - segs_.begin()) : -1;
}

bool NameFinder::PlaceCovers(uint32_t pos) const {
  // The segments are sorted by their start and few overlap: the last few that start before pos are enough.
  // (Places only: a body read by its ending may run into a name wrongly, 波多黎各黨 before 黨子玲.)
  auto it = std::lower_bound(segs_.begin(), segs_.end(), pos, [](const Seg& s, uint32_t p) { return s.span.begin < p; });
  for (int k = 0; k < 3 && it != segs_.begin(); ++k) {
    --it;
    if (it->span.end > pos && it->span.size() >= 2 && (it->kind == SegKind::kPlace || it->kind == SegKind::kCountry)) return true;
  }
  return false;
}

// A character that masks a name in a public version of a report (陳○華, 林○○, 王＊明): no part of a name.
static bool IsMaskChar(char32_t c) { return c == U'○' || c == U'〇' || c == U'◯' || c == U'*' || c == U'＊' || c == U'×'; }

// Does a unit's word stand right before `surname`, the one the title at `title` opens with — the unit's head named by
// surname and title (國際事務科林科長, 企劃組王組長)?
static bool AfterUnitWordOfTitle(const std::u32string& f, uint32_t surname, uint32_t title) {
  return surname > 0 && title < f.size() && f[surname - 1] == f[title] &&
         std::u32string_view(U"科組課股室處局").find(f[title]) != std::u32string_view::npos;
}

bool NameFinder::BlocksName(uint32_t pos) const {
  if (IsMaskChar(nt_.folded[pos])) return true;
  // (區 is a district's word, in no name: 水原市長安區綜合老人福祉館 is no 市長 named 安區綜.)
  if (nt_.folded[pos] == U'區') return true;
  if (lex_.StopLen(pos) > 0 || lex_.Title(pos).len > 0) return true;
  int s = SegAt(pos);
  if (s >= 0 && segs_[static_cast<size_t>(s)].span.size() >= 2) return true;
  for (const auto& cue : lex_.Cues(pos))
    if (cue.second == CueKind::kMet || cue.second == CueKind::kAttend || cue.second == CueKind::kSelf) return true;
  return false;
}

bool NameFinder::PlaceGivenNameAt(uint32_t pos, uint32_t end) const {
  const std::u32string& f = nt_.folded;
  const int s = SegAt(pos);
  if (s < 0) return false;
  const Seg& seg = segs_[static_cast<size_t>(s)];
  if (seg.kind != SegKind::kPlace || seg.span.size() != 2 || IsAdminSuffixChar(f[seg.span.end - 1])) return false;
  // (Where the name ends: a title, a word that follows a subject, a list's joint, punctuation — not 高雄市, 高雄港.)
  const uint32_t after = seg.span.end;
  return after >= end || !IsHan(f[after]) || lex_.Title(after).len > 0 ||
         (lex_.StopLen(after) > 0 && SegAt(after) < 0) ||
         std::u32string_view(U"、及與和暨今昨明率偕亦也則於表致說指").find(f[after]) != std::u32string_view::npos;
}

// `name` read whole as a name of no known surname (a foreign one): a transliteration, a surname the data lack, a Latin
// word.
void NameFinder::SetForeignName(Span name, NameHit* hit) const {
  hit->name = name;
  hit->outer_begin = name.begin;
  hit->name_text = nt_.Utf8(name.begin, name.end);
  hit->surname.clear();
  hit->short_form = false;
  hit->foreign = true;
}

bool NameFinder::ReadHanForward(uint32_t pos, uint32_t end, bool allow_unknown, NameHit* hit) const {
  const std::u32string& f = nt_.folded;
  if (allow_unknown) {
    // A run directly followed by its Latin form in parentheses is the whole name, with or without a known
    // surname: 伊恩布藍默(Ian Arthur Bremmer), 克勞蒂亞·高爾丁(Claudia Goldin), 金敏洙(Kim Min-soo).
    uint32_t q = pos;
    bool blocked = false;
    // A full-width full stop between two parts is a name dot too (蘇帕猜．汶瑪 folds to 蘇帕猜.汶瑪).
    auto dot = [&](uint32_t x) {
      return IsNameDot(f[x]) || (f[x] == U'.' && x > pos && IsHan(f[x - 1]) && x + 1 < end && IsHan(f[x + 1]));
    };
    // (A part that opens after the dot may open with a word that blocks names elsewhere: 維差．本通, Boontong — 本.)
    // (Or a title between the run and its gloss, 布朗教授（Prof. Helen Brown）: the run before the title is the name.)
    uint32_t open = 0;
    while (q < end && (IsHan(f[q]) || dot(q)) && q - pos < 9) {
      if (q > pos && BlocksName(q) && !dot(q - 1)) {
        if (const uint32_t tl = q >= pos + 2 ? lex_.Title(q).len : 0; tl > 0 && q + tl < end && f[q + tl] == U'(') {
          open = q + tl;
          break;
        }
        blocked = true;
      }
      ++q;
    }
    if (open == 0) open = q;
    if (!blocked && q - pos >= 2 && open < end && f[open] == U'(') {
      NameHit latin;
      // (Or one capitalized word of four letters or more: 巴圖蘇赫(Batsukh); Mongolian and Indonesian names may be one.)
      bool one_word = false;
      {
        const std::u32string& tx = nt_.text;
        uint32_t r = open + 1;
        if (r < end && tx[r] >= U'A' && tx[r] <= U'Z') {
          ++r;
          while (r < end && tx[r] >= U'a' && tx[r] <= U'z') ++r;
          one_word = r - open - 1 >= 4 && r < end && f[r] == U')';
          if (one_word) latin.name = {open + 1, r};
        }
      }
      if (one_word || ReadLatinForward(open + 1, end, &latin)) {
        uint32_t r = latin.name.end;
        while (r < end && IsSpace(f[r])) ++r;
        if (r < end && f[r] == U')') {
          hit->name = {pos, q};
          hit->outer_begin = pos;
          hit->name_text = nt_.Utf8(pos, q);
          hit->surname.clear();
          for (uint32_t slen = 3; slen >= 1; --slen)
            if (lex_.Surname(pos, slen)) {
              hit->surname = nt_.Utf8(pos, pos + slen);
              break;
            }
          hit->short_form = false;
          // (A transliteration, as the dotted name with no gloss is: its parts joined by a dot, 大衛·陳(David Chen) —
          // whatever a part reads as — or no known surname first, 伊恩布藍默. A Han name with a known surname, 金敏洙(Kim
          // Min-soo), is left as such names are.)
          bool dotted = false;
          for (uint32_t x = pos; x < q && !dotted; ++x) dotted = !IsHan(f[x]);
          hit->foreign = dotted || hit->surname.empty();
          return true;
        }
      }
    }
  }
  if (allow_unknown) {
    // A transliterated name whose parts a dot joins, with no gloss after it (副府尹蘇拉猜．坎通閣下、): the run up to
    // the first word that blocks a name, when a dot stands between Han characters in it.
    uint32_t q = pos, dots = 0, last_dot = 0;
    while (q < end && q - pos < 12 && (IsHan(f[q]) || IsNameDot(f[q]) || f[q] == U'.')) {
      if (q > pos && IsHan(f[q]) && BlocksName(q) && !(q - 1 == last_dot && dots > 0)) break;
      if (!IsHan(f[q])) {
        if (q == pos || !IsHan(f[q - 1]) || q + 1 >= end || !IsHan(f[q + 1])) break;
        ++dots;
        last_dot = q;
      }
      ++q;
    }
    bool ends = q >= end || !IsHan(f[q]) || BlocksName(q);
    if (dots == 1 && ends && last_dot + 1 < q && q - pos <= 11 && (q >= end || f[q] != U'.')) {
      SetForeignName({pos, q}, hit);
      return true;
    }
  }
  // (A masked name, 林○○, 陳○華, is nobody's the graph can tell: no name — nor its rest after the mask.)
  if (const uint32_t near = std::min(end, pos + 3);
      (pos > 0 && IsMaskChar(f[pos - 1])) || (pos + 1 < near && std::any_of(f.begin() + pos + 1, f.begin() + near, IsMaskChar)))
    return false;
  for (uint32_t slen = 3; slen >= 1; --slen) {
    uint8_t bits = lex_.Surname(pos, slen);
    if (!bits || pos + slen > end) continue;
    // (The family name 全 starts words that end names as the determiner "all" — 全美 "all America", 全台, 全國: it is
    // one only after a title, where a name of three ends: 經濟政策局長全美善簡報, a Korean 全. Not a verb's first
    // character, 會長表示將….)
    const bool stop_start = lex_.StopLen(pos) >= slen;
    if (stop_start && !(slen == 1 && allow_unknown && lex_.StopLen(pos) == 2 && f[pos] == U'全')) continue;
    uint32_t maxg = (bits & kJa) ? 3 : 2;
    uint32_t q = pos + slen, g = 0;
    // (氏 after a Japanese name is the honorific "Mr./Ms.", no part of it: 高橋誠一氏、.)
    auto honorific_at = [&](uint32_t x) { return (bits & kJa) && g >= 1 && x < end && f[x] == U'氏'; };
    // (A third given character does not start the name of a curated place: 記者林美華臺南5日電, the dateline's city after
    // the name of a surname Chinese too.)
    auto starts_place = [&](uint32_t x) {
      std::vector<LexMatch> m;
      g_.MatchAt(f, x, &m);
      for (const LexMatch& lm : m)
        for (const LexEntry& le : *lm.entries)
          if (lm.length >= 2 && le.kind == LexKind::kPlace && g_.places()[le.value].curated) return true;
      return false;
    };
    while (g < maxg && q < end && IsHan(f[q]) && !BlocksName(q) && !honorific_at(q) && !(g >= 2 && (bits & kZh) && starts_place(q))) {
      ++q;
      ++g;
    }
    if (stop_start && !(g == 2 && (q >= end || !IsHan(f[q]) || lex_.Title(q).len > 0 || (BlocksName(q) && SegAt(q) < 0) ||
                                   std::u32string_view(U"、及與和暨").find(f[q]) != std::u32string_view::npos)))
      continue;
    // 陳林美華, 余陳淑芬: a married woman's name with her husband's surname before her own (冠夫姓) — two one-character
    // surnames, then a given name of two — read whole where the name ends after four characters and not after three.
    if ((bits & kZh) && slen == 1 && g == 2 && q == pos + 3 && q < end && IsHan(f[q]) && !BlocksName(q) &&
        (lex_.Surname(pos + 1, 1) & kZh) && lex_.Title(q).len == 0 && SegAt(q) < 0) {
      auto ends_at = [&](uint32_t x) {
        return x >= end || !IsHan(f[x]) || lex_.Title(x).len > 0 || lex_.StopLen(x) > 0 ||
               std::u32string_view(U"、及與和暨").find(f[x]) != std::u32string_view::npos;
      };
      if (ends_at(q + 1)) {
        ++q;
        ++g;
      }
    }
    // Japanese given names hold characters that are words elsewhere: 信也 (也 "also"), 由美 (由 "by"). One such
    // character ends the given name when the name ends there (佐佐木信也，), or starts it before a character that
    // goes on (石川由美亦出席).
    auto lone_stop = [&](uint32_t x) {
      return x < end && IsHan(f[x]) && lex_.StopLen(x) == 1 && lex_.Title(x).len == 0 && SegAt(x) < 0 &&
             std::u32string_view(U"暨及與和兼並、率偕").find(f[x]) == std::u32string_view::npos;  // 率議員訪團
    };
    // (亦 "also" and 就 "on" (a topic) are no Japanese name's characters: 有村浩亦在座, 局長林芳慧就藝術家駐村計畫….)
    if ((bits & kJa) && g < maxg && lone_stop(q) && f[q] != U'亦' && f[q] != U'就') {
      // After one given character, a particle or verb that only follows a subject ends it too: 佐藤裕之亦到場,
      // 古田隆之親自接待 (之 is
      // "of" elsewhere, so 山田太郎之邀 keeps its name).
      bool name_ends = q + 1 >= end || !IsHan(f[q + 1]) || lex_.Title(q + 1).len > 0 ||
                       std::u32string_view(U"暨及與和、氏").find(f[q + 1]) != std::u32string_view::npos ||
                       (g == 1 && std::u32string_view(U"亦也則於率親表致指接主出說簡介陪迎見到列蒞代在昨今明前等偕分均皆共隨特再就導帶解頒贈洽").find(f[q + 1]) != std::u32string_view::npos) ||  // 大濱和也接見, 中村拓也昨(13)日, 松井隆之導覽, 石川博之頒發, 山口達也洽談
                       // (Or, after 也, 之 — "of" before what is the name's: 野村和也之邀 — or a word of two or more
                       // that ends names: 大津拓也以錄影方式致詞.)
                       (g == 1 && f[q] == U'也' && (f[q + 1] == U'之' || lex_.StopLen(q + 1) >= 2)) ||
                       // (Or a meeting word: 上地博之會談, 會面, 會晤, 會見.)
                       (g == 1 && f[q + 1] == U'會' && q + 2 < end &&
                        std::u32string_view(U"談面晤見").find(f[q + 2]) != std::u32string_view::npos);
      // (Not 於 or a word before a date: 林郁芳於2026年9月9日出席, a name of a surname Japanese too.)
      const bool before_date = q + 1 < end && f[q + 1] >= U'0' && f[q + 1] <= U'9';
      if (g >= 1 && name_ends && f[q] != U'於' && !before_date) {
        ++q;
        ++g;
      } else if (g == 1 && g + 2 <= maxg && q + 1 < end && IsHan(f[q + 1]) && !BlocksName(q + 1) && f[q] == U'由' &&
                 (q + 2 >= end || !IsHan(f[q + 2]) || lex_.Title(q + 2).len > 0 || lex_.StopLen(q + 2) > 0 ||
                  std::u32string_view(U"、及與和暨").find(f[q + 2]) != std::u32string_view::npos)) {
        // (Or 由 stands inside a given name of three that ends right after: 森田真由美、 — not 濵田修在座.)
        q += 2;
        g += 2;
      } else if (g == 0 && q + 1 < end && IsHan(f[q + 1]) && !BlocksName(q + 1)) {  // 由美, 在勳 (Korean too, below)
        q += 2;
        g = 2;
        while (g < maxg && q < end && IsHan(f[q]) && !BlocksName(q)) {
          ++q;
          ++g;
        }
      }
    }
    // 慎一同席: 一 ends the given name (慎一), 同席 ("seated with") follows; 一同 ("together") is not the word there.
    if ((bits & kJa) && g >= 1 && g < maxg && q + 2 < end && f[q] == U'一' && f[q + 1] == U'同' && f[q + 2] == U'席') {
      ++q;
      ++g;
    }
    // Korean given names start with such characters too (金在勳會面: 在 is "at" elsewhere) before one that goes on.
    // Not where the word goes on as a phrase (市長李在會中表示).
    if ((bits & kKo) && g == 0 && lone_stop(q) && q + 1 < end && IsHan(f[q + 1]) && !BlocksName(q + 1) &&
        lex_.StopLen(q + 1) == 0 && std::u32string_view(U"會場座此地任").find(f[q + 1]) == std::u32string_view::npos) {
      q += 2;
      g = 2;
    }
    // A Japanese family name of two characters or more, then a place's name where the name ends: the place is the
    // given name (副知事山本高雄今(28)日率領…; not 山本高雄市長, nor 高雄港).
    if (g == 0 && slen >= 2 && (bits & kJa) && q < end && PlaceGivenNameAt(q, end)) {
      q += 2;
      g = 2;
    }
    while (g > 0 && EndsNoGivenName(f[q - 1])) {
      --q;
      --g;
    }
    if (g == 0) continue;
    hit->name = {pos, q};
    hit->outer_begin = pos;
    hit->name_text = nt_.Utf8(pos, q);
    hit->surname = nt_.Utf8(pos, pos + slen);
    hit->short_form = false;
    hit->foreign = bits == kJa;
    return true;
  }
  return false;
}

bool NameFinder::ReadHanBackward(uint32_t begin, uint32_t end, NameHit* hit) const {
  const std::u32string& f = nt_.folded;
  uint32_t best_q = 0, best_slen = 0;
  bool found = false;
  for (uint32_t k = 1; k <= 6 && k <= end - begin; ++k) {
    uint32_t q = end - k;
    if (!IsHan(f[q])) break;
    for (uint32_t slen = std::min<uint32_t>(3, k); slen >= 1; --slen) {
      uint8_t bits = lex_.Surname(q, slen);
      if (!bits) continue;
      uint32_t g = k - slen;
      uint32_t maxg = (bits & kJa) ? 3 : 2;
      if (g > maxg) continue;
      if (lex_.StopLen(q) >= slen) continue;
      if (g > 0 && EndsNoGivenName(f[end - 1])) continue;
      // (A Japanese given name that is a place's name, right before the title: 山本高雄副知事.)
      if (g == 2 && slen >= 2 && (bits & kJa) && SegAt(q) < 0 && PlaceGivenNameAt(q + slen, end) &&
          lex_.Title(end).len > 0 && (q == begin || !IsHan(f[q - 1]) || SegEndAt(q) >= 0 || lex_.LeadEndsAt(q))) {
        best_q = q;
        best_slen = slen;
        found = true;
        break;
      }
      bool ok = true;
      for (uint32_t x = q + slen; x < end && ok; ++x)
        if (BlocksName(x)) {
          // (A Japanese given name may end in 之 or 也, words elsewhere: 白井康之知事, 佐藤哲也市長.)
          bool ja_end = (bits & kJa) && x == end - 1 && g >= 2 && (f[x] == U'之' || f[x] == U'也') &&
                        lex_.StopLen(x) == 1 && lex_.Title(x).len == 0 && SegAt(x) < 0;
          if (!ja_end) ok = false;
        }
      // Nothing of the segment layer may cover the candidate.
      for (uint32_t x = q; x < end && ok; ++x) {
        int s = SegAt(x);
        if (s >= 0 && segs_[static_cast<size_t>(s)].span.size() >= 2) ok = false;
      }
      if (!ok) continue;
      // (Or after a body's word that names none by itself, the generic 組織委員會 of an event: …委員會副島洋介事務局長.)
      bool left = q == begin || !IsHan(f[q - 1]) || SegEndAt(q) >= 0 || lex_.LeadEndsAt(q) || lex_.SuffixEndsAt(q);
      // (Or after a unit's word that the title's first repeats, the unit's head: 國際事務科林科長, 企劃組王組長.)
      left = left || AfterUnitWordOfTitle(f, q, end);
      // (Or after a date's last character, 5月24日林副局長出席: 日 after its number.)
      left = left || (q >= begin + 2 && (f[q - 1] == U'日' || f[q - 1] == U'號') && f[q - 2] >= U'0' && f[q - 2] <= U'9');
      // (Nor the rest of a masked name: 華 of 陳○華科員.)
      if (!left || (q > begin && IsMaskChar(f[q - 1]))) continue;
      // Nor may a place that starts before it run into it: 由哥本哈根市長（Overborgmester）X, where 本 reads as a lead
      // word and 哈根 as a name before the title; 拉各斯冉浩議長 (冉浩, not 斯冉浩).
      if (PlaceCovers(q)) continue;
      // 8國12城青年代表: a one-character surname right after a number is a counter (城, 國), not a name.
      if (slen == 1 && q > begin && f[q - 1] >= U'0' && f[q - 1] <= U'9') continue;
      // 各國代表, 兩國代表: a determiner before a lone surname makes it a word, not a person.
      if (g == 0 && q > begin && std::u32string_view(U"各該本兩我貴他此").find(f[q - 1]) != std::u32string_view::npos) continue;
      // (Nor a name of any length after 各 or 諸, "every": 各國警政首長 is no 國警政.)
      // (A word of its own there, after a mark, a particle or a name — not a character of a place's name: 波多黎各柴品子
      // 市長, 拉各斯.)
      if (q > begin && (f[q - 1] == U'各' || f[q - 1] == U'諸') && SegEndAt(q) < 0 &&
          (q - 1 == begin || !IsHan(f[q - 2]) || SegEndAt(q - 1) >= 0 ||
           std::u32string_view(U"與及和、向對於在由之的為").find(f[q - 2]) != std::u32string_view::npos))
        continue;
      if (!found || k > end - best_q || (k == end - best_q && slen > best_slen)) {
        best_q = q;
        best_slen = slen;
        found = true;
      }
      break;
    }
  }
  if (!found) return false;
  hit->name = {best_q, end};
  hit->outer_begin = best_q;
  hit->foreign = lex_.Surname(best_q, best_slen) == kJa;
  hit->name_text = nt_.Utf8(best_q, end);
  hit->surname = nt_.Utf8(best_q, best_q + best_slen);
  hit->short_form = (end - best_q) == best_slen;
  return true;
}

bool NameFinder::ReadLatinForward(uint32_t pos, uint32_t end, NameHit* hit) const {
  const std::u32string& t = nt_.text;
  uint32_t q = pos;
  while (q < end && IsSpace(t[q])) ++q;
  uint32_t start = q;
  // Honorifics: Dr. Mr. Ms. Mrs. Prof.
  // Cllr. (a British councillor), Hon. and Rt. Hon. (the Philippines, the Commonwealth); Rev. (a minister); Bapak and Ibu
  // (Indonesian "Mr.", "Mrs.").
  static const std::u32string_view kHonorifics[] = {U"Dr.", U"Mr.", U"Ms.", U"Mrs.", U"Prof.", U"Rev.", U"H.E.", U"Rt. Hon.",
                                                    U"Rt Hon ", U"Hon.", U"S.E.", U"Cllr.", U"Cllr ", U"Shri ", U"Shri. ", U"Smt. ", U"Smt ", U"Datuk Seri ", U"Datuk ",
                                                    U"Dato' ", U"Dato ", U"Tan Sri ", U"Datin ", U"Bapak ", U"Ibu "};
  uint32_t honorific_end = q;
  for (auto h : kHonorifics)
    if (t.compare(q, h.size(), h) == 0) {
      honorific_end = q + static_cast<uint32_t>(h.size());
      while (honorific_end < end && IsSpace(t[honorific_end])) ++honorific_end;
      break;
    }
  q = honorific_end;
  uint32_t name_start = q;
  int tokens = 0, capitals = 0;
  uint32_t last_end = q;
  while (q < end && IsLatinLetter(t[q])) {
    uint32_t w = q;
    while (q < end && (IsLatinLetter(t[q]) || t[q] == U'\'' || t[q] == U'-' || t[q] == 0x2019)) ++q;
    std::u32string word = t.substr(w, q - w);
    if (q < end && t[q] == U'.' && word.size() <= 2 && IsUpper(word[0])) ++q;  // initial
    bool cap = IsUpper(word[0]);
    // (A Fijian chief's style opening a name, Ratu Viliame Seru, is written as a part of it; alone in a gloss it is a
    // title's word.)
    const bool style = tokens == 0 && word == U"Ratu" && q + 1 < end && IsSpace(t[q]) && IsUpper(t[q + 1]);
    // (A title that is also a surname, Reeve or Warden, ends a name after a capitalized given name: Simon Reeve.)
    const bool surname_title = tokens >= 1 && capitals >= 1 && cap && IsSurnameTitle(word) &&
                               !(q < end && IsSpace(t[q]) && q + 1 < end && IsLatinLetter(t[q + 1]));
    if (IsNonNameWord(word) && !style && !surname_title) {
      if (tokens == 0) return false;
      q = last_end;
      break;
    }
    if (!cap && !IsParticle(word)) {
      // A lower-case last token ("Hwang Kyong seon") only ends a name of two or more capitalized words.
      bool at_end = q >= end || !(IsSpace(t[q]) && q + 1 < end && IsLatinLetter(t[q + 1]));
      if (!(capitals >= 2 && at_end && word.size() <= 6)) {
        q = last_end;
        break;
      }
    }
    ++tokens;
    if (cap) ++capitals;
    last_end = q;
    if (tokens >= 7) break;
    // (Words joined by a name dot are one name too: Panay．Mayaw, a Taiwanese indigenous name romanized.)
    // (Written with a full stop as the dot, 潘乃．馬耀's way, only after a word of three letters or more: not U.S.A.)
    const bool name_dot = q + 1 < end && (IsNameDot(t[q]) || ((t[q] == U'.' || t[q] == 0xFF0E) && q - w >= 3 && IsUpper(t[q + 1])));
    if (q + 1 < end && (IsSpace(t[q]) || name_dot) && IsLatinLetter(t[q + 1])) {
      ++q;
      continue;
    }
    break;
  }
  // (One word after the Indonesian honorific is a whole name: many Indonesians have one, Bapak Suparno.)
  const bool mononym = tokens == 1 && capitals == 1 && last_end - name_start >= 4 &&
                       (t.compare(start, 6, U"Bapak ") == 0 || t.compare(start, 4, U"Ibu ") == 0);
  if (!mononym && (tokens < 2 || capitals < 2 || last_end - name_start < 4)) return false;
  // Not a known organization or place written in Latin letters.
  if (lex_.Org(name_start).len >= last_end - name_start) return false;
  hit->name = {name_start, last_end};
  hit->outer_begin = start;
  hit->foreign = true;
  hit->name_text = nt_.Utf8(name_start, last_end);
  if (honorific_end > start) hit->alias = nt_.Utf8(start, last_end);
  hit->short_form = false;
  return true;
}

bool NameFinder::ReadLatinBackward(uint32_t begin, uint32_t end, NameHit* hit) const {
  const std::u32string& t = nt_.text;
  uint32_t e = end;
  while (e > begin && IsSpace(t[e - 1])) --e;
  uint32_t q = e;
  while (q > begin && (IsLatinLetter(t[q - 1]) || t[q - 1] == U'.' || t[q - 1] == U'\'' || t[q - 1] == U'-' ||
                       (IsSpace(t[q - 1]) && q >= 2 && (IsLatinLetter(t[q - 2]) || t[q - 2] == U'.'))))
    --q;
  // Try each word start from the left; the first that reads a name ending at e wins.
  for (uint32_t s = q; s < e; ++s) {
    if (s > q && !IsSpace(t[s - 1])) continue;
    if (!IsLatinLetter(t[s])) continue;
    NameHit h;
    if (ReadLatinForward(s, e, &h) && h.name.end == e) {
      *hit = h;
      return true;
    }
  }
  return false;
}

void NameFinder::ReadTrailingAlias(uint32_t pos, uint32_t end, NameHit* hit) const {
  const std::u32string& t = nt_.text;
  uint32_t q = pos;
  while (q < end && IsSpace(t[q])) ++q;
  // (Past an honorific, 先生, 博士; or a rank whose parentheses hold the Latin name, 布朗教授（Prof. Helen Brown）.)
  if (const int s = SegAt(q); s >= 0) {
    const Seg& title = segs_[static_cast<size_t>(s)];
    if (title.kind == SegKind::kTitle && (g_.titles()[static_cast<size_t>(title.index)].scope == TitleScope::kHonorific ||
                                          (title.span.end < end && nt_.folded[title.span.end] == U'(')))
      q = title.span.end;
  }
  while (q < end && IsSpace(t[q])) ++q;
  // (Folded: other brackets count too, 〔Maria Santos〕.)
  const std::u32string& fo = nt_.folded;
  if (q >= end || fo[q] != U'(') return;
  uint32_t close = q + 1;
  while (close < end && close - q < 80 && fo[close] != U')') ++close;
  if (close >= end || fo[close] != U')') return;
  uint32_t b = q + 1;
  while (b < close && IsSpace(t[b])) ++b;
  uint32_t e = close;
  while (e > b && IsSpace(t[e - 1])) --e;
  if (e <= b) return;
  if (IsLatinLetter(t[b])) {
    NameHit latin;
    if (ReadLatinForward(b, e, &latin) && latin.name.end == e) hit->alias = latin.name_text;
  } else if (IsHan(nt_.folded[b])) {
    bool all_han = true, dotted = false;
    for (uint32_t x = b; x < e; ++x)  // (a dot between Han characters, written ．: 潘乃．馬耀)
      if (!IsHan(nt_.folded[x]) && !IsNameDot(nt_.folded[x]) &&
          !(nt_.folded[x] == U'.' && x > b && x + 1 < e && IsHan(nt_.folded[x - 1]) && IsHan(nt_.folded[x + 1])))
        all_han = false;
      else if (!IsHan(nt_.folded[x]))
        dotted = true;
    // A Han name's Han parenthesis is another name only if it starts with a surname: 大泉潤一（線上） is a note.
    bool han_name = hit->name.end > hit->name.begin && IsHan(nt_.folded[hit->name.begin]);
    bool surname = false;
    for (uint32_t slen = 1; slen <= 3 && !surname && b + slen <= e; ++slen) surname = lex_.Surname(b, slen) != 0;
    // (A Latin name's short Han name with its title, Denise Langley（藍莉市長）: the name without the title.)
    if (!han_name && all_han && e - b >= 4)
      for (uint32_t x = b + 2; x + 1 < e; ++x)
        if (const auto title = lex_.Title(x); title.len > 0 && x + title.len == e) {
          e = x;
          break;
        }
    // (Up to six characters; a transliterated name with its dot up to twelve: Peter Kováčik（彼得．柯瓦契克）.)
    if (all_han && e - b >= 2 && (e - b <= 6 || (dotted && !han_name && e - b <= 12)) && (!han_name || surname) &&
        !IsPhotoPosition(std::u32string_view(nt_.folded.data() + b, e - b)))
      hit->alias = nt_.Utf8(b, e);
  } else {
    // The name in Hangul or its reading in kana (金正元（김정원）, 中村健太（なかむら けんた）).
    bool all_hangul = true, all_kana = true;
    for (uint32_t x = b; x < e; ++x) {
      all_hangul = all_hangul && (IsHangul(t[x]) || IsSpace(t[x]));
      all_kana = all_kana && (IsKana(t[x]) || IsSpace(t[x]));
    }
    if ((all_hangul || all_kana) && e - b >= 2 && e - b <= 16) hit->alias = nt_.Utf8(b, e);
  }
}

// A body's title held by a country (越南新加坡工業園區總經理: the country read, the body not) is no post: the parentheses or
// the list item name a body the text does not read as one.
void NameFinder::DropCountryHeldBodyTitles(NameHit* hit) const {
  hit->posts.erase(std::remove_if(hit->posts.begin(), hit->posts.end(),
                                  [&](const NameHit::Post& post) {
                                    return post.holder_seg >= 0 && post.holder_org.empty() &&
                                           segs_[static_cast<size_t>(post.holder_seg)].kind == SegKind::kCountry &&
                                           g_.titles()[static_cast<size_t>(post.title)].scope == TitleScope::kOrg;
                                  }),
                   hit->posts.end());
}

bool NameFinder::ReadNameFilling(Span cell, NameHit* hit) const {
  const std::u32string& f = nt_.folded;
  while (cell.end > cell.begin && IsSpace(f[cell.end - 1])) --cell.end;
  while (cell.begin < cell.end && IsSpace(f[cell.begin])) ++cell.begin;
  if (cell.size() < 2) return false;
  NameHit h;
  bool read = false;
  if (IsLatinLetter(nt_.text[cell.begin]))
    read = IsUpper(nt_.text[cell.begin]) && ReadLatinForward(cell.begin, cell.end, &h);
  else if (IsHan(f[cell.begin]) && SegAt(cell.begin) < 0)
    read = ReadSpacedJapaneseName(cell.begin, cell.end, &h) || ReadHanForward(cell.begin, cell.end, true, &h);
  // (Or, where the cell's column or field says it holds a name, a run of two to five Han characters that starts no word
  // and holds no place or body: a Japanese name of a surname the data lack, 上定昭仁.)
  if ((!read || h.name.begin != cell.begin || h.name.end != cell.end) && IsHan(f[cell.begin]) && cell.size() >= 2 &&
      cell.size() <= 5 && std::all_of(f.begin() + cell.begin, f.begin() + cell.end, [](char32_t c) { return IsHan(c); })) {
    bool clean = !BlocksName(cell.begin);
    for (uint32_t x = cell.begin; x < cell.end && clean; ++x) clean = SegAt(x) < 0 && lex_.Title(x).len == 0;
    if (clean) {
      h = NameHit{};
      SetForeignName(cell, &h);
      read = true;
    }
  }
  if (!read || h.short_form || h.name.begin != cell.begin || h.name.end != cell.end) return false;
  *hit = std::move(h);
  return true;
}

bool NameFinder::ReadSpacedJapaneseName(uint32_t pos, uint32_t end, NameHit* hit) const {
  // 副市長　大森　健一: a Japanese name written the Japanese way, a space between surname and given name (a host's list
  // copied as it is): a Japanese surname whole, one space, then one to three characters that end the item.
  const std::u32string& f = nt_.folded;
  // (Or a verb right after the given name: 事務局長　高橋　和也導覽… — its first character may be a word elsewhere, 和; or
  // an adverb before one, or being present: 局長布施 雅之全程導覽, 課長 岡田 真理子在座.)
  auto verb_at = [&](uint32_t q) {
    for (std::u32string_view w : {U"導覽", U"致詞", U"致辭", U"表示", U"說明", U"簡報", U"介紹", U"接見", U"接待", U"陪同", U"主持",
                                  U"全程", U"親自", U"在座", U"在場", U"列席", U"同席", U"出席", U"座談", U"會談", U"晤談",
                                  // (or "on" a day: 理事長望月 誠一於2026年10月28日來函)
                                  U"於2", U"於1"})
      if (f.compare(q, w.size(), w) == 0) return true;
    return false;
  };
  for (uint32_t len = 3; len >= 1; --len) {
    const uint32_t b = pos + len;
    if (b + 1 >= end || !(lex_.Surname(pos, len) & kJa) || f[b] != U' ' || !IsHan(f[b + 1])) continue;
    bool han = true;
    for (uint32_t x = pos; x < b; ++x) han = han && IsHan(f[x]);
    if (!han) continue;
    // (The given name may hold characters that are words elsewhere, 真由美: the space and the item's end delimit it; a
    // title may follow it, 松本　浩二副市長.)
    uint32_t c = b + 1;
    while (c < end && c - (b + 1) < 3 && IsHan(f[c]) && lex_.Title(c).len == 0) ++c;
    const bool goes_on = c < end && IsHan(f[c]) && lex_.Title(c).len == 0;
    // (Also where the verb ends the run: 由局長佐佐木 悟接見 — one character and the verb, no name of three.)
    uint32_t before_verb = 0;  // (the first verb after one to three characters)
    for (uint32_t k = b + 2; k <= b + 4 && k < end && !before_verb; ++k)
      if (IsHan(f[k - 1]) && verb_at(k)) before_verb = k;
    // (Not an adverb before the verb: 課長　甲斐　真一亦在座 — 亦 "also" is no part of the name.)
    if (before_verb > b + 2 && std::u32string_view(U"亦並").find(f[before_verb - 1]) != std::u32string_view::npos)
      --before_verb;
    // (A given name may open with a character that blocks names elsewhere, 由美, where two or three characters end the item
    // — at its line's end or before its kana reading, 及川 由美（おいかわ ゆみ） — and are no verb.)
    auto item_ends = [&](uint32_t x) {
      if (x >= end || f[x] == U'\n') return true;
      if (f[x] != U'(' || x + 1 >= end) return false;
      const char32_t k = nt_.text[x + 1];
      return (k >= U'\u3041' && k <= U'\u30ff');
    };
    const bool blocked_first = BlocksName(b + 1) && !(c - (b + 1) >= 2 && item_ends(c) && !verb_at(b + 1));
    if (before_verb) c = before_verb;
    else if (goes_on || blocked_first) continue;
    SetForeignName({pos, c}, hit);
    hit->name_text = nt_.Utf8(pos, b) + nt_.Utf8(b + 1, c);  // (without the space)
    hit->surname = nt_.Utf8(pos, b);
    return true;
  }
  return false;
}

bool NameFinder::JapaneseNameAfterTitle(uint32_t title, uint32_t pos, uint32_t end, uint32_t begin, NameHit* hit) const {
  // 富山縣知事新川裕介，: after the title of a Japanese government's official (its head, or an officer of a department
  // named with it), a name whose surname the data do not know. Japanese names are written in three to five characters;
  // the run must end where a name ends (a mark, a word that cannot be a name's) and hold no word itself.
  const std::u32string& f = nt_.folded;
  // The country of a place, or of the place a body's name opens with (宮崎縣商工觀光勞動部); empty for other segments.
  auto nation_of = [&](const Seg& seg) -> std::string {
    if (seg.kind == SegKind::kPatternOrg && !seg.absorbed_places.empty())
      return g_.places()[static_cast<size_t>(seg.absorbed_places.front())].country;
    if (seg.kind != SegKind::kPlace) return {};
    return seg.index >= 0 ? g_.places()[static_cast<size_t>(seg.index)].country
           : seg.country >= 0 ? g_.countries()[static_cast<size_t>(seg.country)].iso2
                              : std::string();
  };
  // A Japanese place or department right before the title (…宮崎縣商工觀光勞動部 + 課長).
  const int holder = HolderBefore(title, begin);
  bool japanese = holder >= 0 && nation_of(segs_[static_cast<size_t>(holder)]) == "JP";
  // (Or no holder right before the title: where the title opens the clause's list of officials (由市長X接見, 、副市長Y)
  // and the place the sentence names last before it is Japanese, 拜會日向市役所，由市長鬼塚健司接見; or where a unit's
  // name stands between a Japanese body and the title, 宮崎縣商工觀光勞動部觀光推進課長米良裕之.)
  if (holder < 0) {
    const bool opens = title == begin || std::u32string_view(U"由、及與,，").find(f[title - 1]) != std::u32string_view::npos;
    auto it = std::lower_bound(segs_.begin(), segs_.end(), begin, [](const Seg& x, uint32_t v) { return x.span.begin < v; });
    for (; it != segs_.end() && it->span.end <= title; ++it) {
      if (it->kind != SegKind::kPlace && !(it->kind == SegKind::kPatternOrg && !it->absorbed_places.empty())) continue;
      const uint32_t gap = title - it->span.end;
      const bool unit_between = it->kind == SegKind::kPatternOrg && gap >= 2 && gap <= 6 &&
                                std::all_of(f.begin() + it->span.end, f.begin() + title, [](char32_t c) { return IsHan(c); });
      japanese = (opens || unit_between) && nation_of(*it) == "JP";
    }
  }
  if (!japanese) return false;
  uint32_t q = pos;
  while (q < end && q - pos < 6 && IsHan(f[q]) && (q == pos ? lex_.StopLen(q) == 0 && SegAt(q) < 0 : !BlocksName(q))) ++q;
  // (A given name ending in 之, a word that ends names elsewhere ("of"): 米良裕之接機.)
  if (q == pos + 3 && q + 1 < end && f[q] == U'之' && IsHan(f[q + 1])) ++q;
  // (Ends at a mark or a word that follows a subject: not 富山縣長年支持臺中, a title in a phrase before a place.)
  bool ends = q >= end || !IsHan(f[q]);
  for (std::u32string_view w : {U"致詞", U"致辭", U"表示", U"指出", U"說明", U"接見", U"會談", U"會面", U"陪同", U"出席", U"率領", U"親自",
                                U"接機", U"主持", U"導覽", U"簡報", U"在座", U"及", U"與"})
    ends = ends || f.compare(q, w.size(), w) == 0;
  if (!ends || q - pos < 3 || q - pos > 5 || f[pos] == U'年') return false;
  if (q < end && (IsLatinLetter(f[q]) || (f[q] >= U'0' && f[q] <= U'9'))) return false;
  SetForeignName({pos, q}, hit);
  return true;
}

// A body's board, written between the body's name and its chair's title (GRCN理事會主席), or its general assembly
// (蘇格蘭長老教會總會議長: a church's).
constexpr std::u32string_view kBoardWords[] = {U"理事會", U"董事會", U"執行委員會", U"執委會", U"總會"};

std::u32string_view NameFinder::GovernmentUnitBetween(int place_seg, uint32_t title_begin) const {
  if (place_seg < 0) return {};
  const std::u32string& f = nt_.folded;
  const uint32_t e = segs_[static_cast<size_t>(place_seg)].span.end;
  if (e >= title_begin) return {};
  const std::u32string_view between(f.data() + e, title_begin - e);
  for (std::u32string_view w : kGovernmentWords) {
    if (!between.starts_with(w) || between.size() < w.size() + 2) continue;
    const std::u32string_view unit = between.substr(w.size());
    if (unit.size() <= 8 && std::all_of(unit.begin(), unit.end(), IsHan) &&
        std::u32string_view(U"部局處課科室組").find(unit.back()) != std::u32string_view::npos)
      return unit;
  }
  return {};
}

int NameFinder::HolderBefore(uint32_t pos, uint32_t begin) const {
  const std::u32string& f = nt_.folded;
  uint32_t p = pos;
  while (p > begin && (IsSpace(f[p - 1]) || f[p - 1] == U'/' || f[p - 1] == U'*')) --p;
  // A caption: the holder on one line, the title that starts the next (澳大利亞地方政府協會 (ALGA)⏎副主席 X). Not a
  // name that starts the line (拜會洛杉磯港務局⏎鄭局長…: a heading, then the delegation's head by surname).
  if (p > begin + 1 && f[p - 1] == U'\n' && f[p - 2] != U'\n' && lex_.Title(p).len > 0) {
    --p;
    while (p > begin && IsSpace(f[p - 1])) --p;
    // (A signature's unit line naming a section of the body: 臺中市政府秘書處國際事務科⏎科員 X 敬上 — the body's.)
    if (SegEndAt(p) < 0 && p > begin + 3 && std::u32string_view(U"科組課股室").find(f[p - 1]) != std::u32string_view::npos) {
      uint32_t q = p - 1;
      while (q > begin && p - q < 8 && IsHan(f[q - 1]) && SegEndAt(q) < 0) --q;
      if (p - q >= 3 && SegEndAt(q) >= 0) p = q;
    }
  }
  // (A centre or site of a body named after the body's gloss, in the cell before the title's: 參訪…防止虐待動物協會（RSPCA
  // Victoria）收容中心⇥主任 X — the body's, as 參訪…公司（…）控制中心，由經理X簡報 is.)
  if (p > begin + 4 && (f.compare(p - 2, 2, U"中心") == 0 || f.compare(p - 2, 2, U"園區") == 0 || f.compare(p - 2, 2, U"基地") == 0)) {
    uint32_t q = p;
    while (q > begin && p - q < 8 && IsHan(f[q - 1])) --q;
    if (q > begin + 1 && f[q - 1] == U')' && p - q >= 3 && SegEndAt(p) < 0)
      if (const uint32_t open = OpeningOf(f, q - 1); open < q - 1)
        if (const int o = SegEndAt(open);
            o >= 0 && (segs_[static_cast<size_t>(o)].kind == SegKind::kOrg || segs_[static_cast<size_t>(o)].kind == SegKind::kPatternOrg))
          p = q;
  }
  // "基里諾省(Quirino Province) 省長": the holder stands before its English name.
  if (p > begin && f[p - 1] == U')') {
    uint32_t q = p - 1;
    while (q > begin && f[q] != U'(' && p - q < 80) --q;
    if (f[q] == U'(') {
      p = q;
      while (p > begin && IsSpace(f[p - 1])) --p;
    }
  }
  // 「宜居城市中心」執行長: the holder's name in quotes.
  if (p > begin + 1 && (f[p - 1] == U'」' || f[p - 1] == U'』') && SegEndAt(p - 1) >= 0) --p;
  // 沖縄県の宮城太郎副知事: in a Japanese text, the holder's possessive の before the name.
  if (p > begin + 1 && f[p - 1] == U'の' && SegEndAt(p - 1) >= 0) --p;
  // 橫濱市的市長大川健太郎: a place (or body) and 的 ("of") before the title.
  if (p > begin + 1 && f[p - 1] == U'的')
    if (const int h = SegEndAt(p - 1); h >= 0 && (segs_[static_cast<size_t>(h)].kind == SegKind::kPlace ||
                                                  segs_[static_cast<size_t>(h)].kind == SegKind::kOrg ||
                                                  segs_[static_cast<size_t>(h)].kind == SegKind::kPatternOrg))
      --p;
  int s = SegEndAt(p);
  // The place before its government's word (臺北市政府副市長, 威省市政廳市長: the city hall; 浦那市政公司, an Indian city's
  // municipal corporation).
  for (std::u32string_view w : kGovernmentWords)
    if (s < 0 && p >= begin + w.size() && f.compare(p - w.size(), w.size(), w) == 0) s = SegEndAt(p - static_cast<uint32_t>(w.size()));
  // (Or a body with its board written after it: GRCN理事會主席 — the body's; 董事會, 執行委員會 the same.)
  for (std::u32string_view w : kBoardWords)
    if (s < 0 && p >= begin + w.size() && f.compare(p - w.size(), w.size(), w) == 0)
      if (const int o = SegEndAt(p - static_cast<uint32_t>(w.size()));
          o >= 0 && (segs_[static_cast<size_t>(o)].kind == SegKind::kOrg || segs_[static_cast<size_t>(o)].kind == SegKind::kPatternOrg))
        s = o;
  // (Or its short 府 after the place's suffix: 臺北市府⏎秘書長X in a caption, 高雄市府.)
  if (s < 0 && p >= begin + 3 && f[p - 1] == U'府' && IsAdminSuffixChar(f[p - 2])) s = SegEndAt(p - 1);
  // (Or a body right before 由 and its officer's title: 嘉義市管樂團由團長X帶領, 協會由理事長Y主持 — the body's.)
  if (s < 0 && p >= begin + 3 && f[p - 1] == U'由')
    if (const int o = SegEndAt(p - 1); o >= 0 && (segs_[static_cast<size_t>(o)].kind == SegKind::kOrg ||
                                                  segs_[static_cast<size_t>(o)].kind == SegKind::kPatternOrg))
      s = o;
  // The last segment that starts before `from` and ends within `reach` characters of p that `match` accepts, or -1.
  auto last_before = [&](uint32_t from, uint32_t reach, auto match) {
    for (auto it = std::lower_bound(segs_.begin(), segs_.end(), from, [](const Seg& x, uint32_t v) { return x.span.begin < v; });
         it != segs_.begin();) {
      --it;
      if (p - it->span.end > reach) break;
      if (match(*it)) return static_cast<int>(it - segs_.begin());
    }
    return -1;
  };
  auto is_org = [](const Seg& x) { return x.kind == SegKind::kOrg || x.kind == SegKind::kPatternOrg; };
  // The body named last before `kind_at` (within 1500 characters) whose name ends with the kind written there alone.
  auto body_of_kind = [&](uint32_t kind_at, std::u32string_view kind) {
    return last_before(kind_at, 1500, [&](const Seg& x) {
      return is_org(x) && x.span.size() > kind.size() && std::u32string_view(f.data() + x.span.begin, x.span.size()).ends_with(kind);
    });
  };
  // (Or a body's kind of two or three characters opening its clause right before 由, the end of a body's name told before:
  // 樂舞團由團長X帶領 after 「屏東縣原住民族樂舞團」 — any kind, where 由 stands between it and the title.)
  if (s < 0 && p >= begin + 3 && f[p - 1] == U'由')
    for (uint32_t len = 3; len >= 2; --len) {
      if (p - 1 < begin + len) continue;
      const uint32_t kind_at = p - 1 - len;
      const std::u32string_view kind(f.data() + kind_at, len);
      if (!std::all_of(kind.begin(), kind.end(), [](char32_t c) { return IsHan(c); }) || (kind_at > begin && IsHan(f[kind_at - 1])))
        continue;
      if (const int org = body_of_kind(kind_at, kind); org >= 0) return org;
    }
  // 該市處長, 該國大使: the local government (or country) named last before.
  if (s < 0 && p >= 2 && f[p - 2] == U'該' && (IsAdminSuffixChar(f[p - 1]) || f[p - 1] == U'國')) {
    const SegKind kind = f[p - 1] == U'國' ? SegKind::kCountry : SegKind::kPlace;
    return last_before(p, 400, [&](const Seg& x) { return x.kind == kind; });
  }
  // 該會會長, 該局局長: the organization named last before.
  if (s < 0 && p >= 2 && (f[p - 2] == U'該' || (p >= 3 && f[p - 3] == U'該')))
    if (const int org = last_before(p, 400, is_org); org >= 0) return org;
  // 論壇秘書長, 聯盟主席: a network's kind alone, opening its clause, before the title — the body of that kind named last.
  // (So a company's or public corporation's: 由公社物流處處長X after 京畿平澤港灣公社, its unit between.)
  if (s < 0 && p >= begin + 2 && (p == begin + 2 || !IsHan(f[p - 3]) || lex_.LeadEndsAt(p - 2) || lex_.BoundaryEndsAt(p - 2))) {
    const std::u32string_view kind(f.data() + p - 2, 2);
    if (std::find(std::begin(kPointingKinds), std::end(kPointingKinds), kind) != std::end(kPointingKinds))
      if (const int org = body_of_kind(p - 2, kind); org >= 0) return org;
  }
  if (s < 0) return -1;
  SegKind k = segs_[static_cast<size_t>(s)].kind;
  if (k == SegKind::kPlace || k == SegKind::kCountry || k == SegKind::kOrg || k == SegKind::kPatternOrg ||
      k == SegKind::kSelf)
    return s;
  return -1;
}

namespace {

// An English name of a local government: its last word says what it is (Neelakantha Municipality, Selwyn District
// Council, Palu City, Hupsekot Rural Municipality).
bool EndsWithLocalGovernmentWord(std::u32string_view name) {
  static const std::u32string_view kWords[] = {U"municipality", U"city", U"town", U"township", U"district", U"county",
                                              U"council", U"province", U"regency", U"prefecture", U"village",
                                              U"borough", U"shire", U"metropolis"};
  while (!name.empty() && (name.back() == U' ' || name.back() == U'.')) name.remove_suffix(1);
  size_t space = name.rfind(U' ');
  std::u32string_view last = space == std::u32string_view::npos ? name : name.substr(space + 1);
  std::u32string lower;
  for (char32_t c : last) lower += (c >= U'A' && c <= U'Z') ? c - U'A' + U'a' : c;
  for (auto w : kWords)
    if (lower == w) return true;
  return false;
}

}  // namespace

int NameFinder::CountryBefore(uint32_t pos) const {
  const std::u32string& f = nt_.folded;
  auto it = std::lower_bound(segs_.begin(), segs_.end(), pos, [](const Seg& x, uint32_t v) { return x.span.begin < v; });
  while (it != segs_.begin()) {
    --it;
    bool line_break = false;
    for (uint32_t x = it->span.end; x < pos && !line_break; ++x) line_break = f[x] == U'\n' || f[x] == U'。';
    if (line_break) return -1;
    if (it->kind == SegKind::kCountry) return it->index;
    if (it->kind == SegKind::kPlace && it->index >= 0) return g_.CountryByIso(g_.places()[static_cast<size_t>(it->index)].country);
    if ((it->kind == SegKind::kOrg || it->kind == SegKind::kPatternOrg) && lex_.Country(it->span.begin).len > 0)
      return static_cast<int>(lex_.Country(it->span.begin).value);
    pos = it->span.begin;
  }
  return -1;
}

// A local government the gazetteer lacks, named right before a government title:
//   尼爾坎特(Neelakantha Municipality) 市長 — a Han name glossed with an English local-government name,
//   印尼班達亞齊 (Banda Aceh, Indonesia) 市長 — a Han name after a country, glossed,
//   主席暨 Hupsekot Rural Municipality 市長 — an English local-government name,
//   菲律賓 Iligan 市長 — one Latin word after a country;
// and with `council`, a council glossed as a local government is that government: 塞爾溫區議會(Selwyn District
// Council) 市長.
bool NameFinder::UnknownPlaceBefore(uint32_t pos, bool council, NameHit::Post* post) const {
  const std::u32string& f = nt_.folded;
  uint32_t p = pos;
  while (p > 0 && IsSpace(f[p - 1])) --p;
  if (p > 1 && f[p - 1] == U'\n' && f[p - 2] != U'\n') {  // a caption: the holder on the line above the title
    --p;
    while (p > 0 && IsSpace(f[p - 1])) --p;
  }
  if (p == 0) return false;
  auto country_right_before = [&](uint32_t at) {
    while (at > 0 && IsSpace(f[at - 1])) --at;
    int s = SegEndAt(at);
    return s >= 0 && segs_[static_cast<size_t>(s)].kind == SegKind::kCountry ? segs_[static_cast<size_t>(s)].index : -1;
  };
  if (f[p - 1] == U')') {
    uint32_t open = p - 1;
    while (open > 0 && f[open] != U'(' && p - open < 80) --open;
    if (f[open] != U'(') return false;
    uint32_t gloss_end = open + 1;
    while (gloss_end < p - 1 && f[gloss_end] != U',') ++gloss_end;
    std::u32string_view gloss(f.data() + open + 1, gloss_end - open - 1);
    uint32_t r = open;
    while (r > 0 && IsSpace(f[r - 1])) --r;
    uint32_t b = r;
    int country = -1;
    if (council) {
      int s = SegEndAt(r);
      if (s < 0 || !EndsWithLocalGovernmentWord(gloss)) return false;
      b = segs_[static_cast<size_t>(s)].span.begin;
    } else {
      while (b > 0 && IsHan(f[b - 1]) && r - b < 8 && SegEndAt(b) < 0 && !lex_.LeadEndsAt(b) &&
             std::u32string_view(U"暨及與和、").find(f[b - 1]) == std::u32string_view::npos)
        --b;
      // 巴生皇家市 (Majlis Bandaraya Diraja Klang): a known place with a longer name (皇家市, royal city) is that place.
      int known = SegEndAt(b);
      if (known >= 0 && segs_[static_cast<size_t>(known)].kind == SegKind::kPlace && segs_[static_cast<size_t>(known)].index >= 0 &&
          r - b <= 3 && IsAdminSuffixChar(f[r - 1])) {
        const Seg& place = segs_[static_cast<size_t>(known)];
        post->holder_place = nt_.Utf8(place.span.begin, r);
        std::string en = nt_.Utf8(open + 1, gloss_end);
        std::replace(en.begin(), en.end(), '\n', ' ');
        while (!en.empty() && en.back() == ' ') en.pop_back();
        post->holder_place_en = en;
        post->holder_place_known = place.index;
        return true;
      }
      if (r - b < 2 || SegAt(b) >= 0) return false;  // too short, or a known entity starts the run
      country = country_right_before(b);
      if (!EndsWithLocalGovernmentWord(gloss) && country < 0) return false;
    }
    post->holder_place = nt_.Utf8(b, r);
    std::string en = nt_.Utf8(open + 1, gloss_end);
    while (!en.empty() && en.back() == ' ') en.pop_back();
    post->holder_place_en = en;
    post->holder_country = country >= 0 ? country : CountryBefore(b);
    return true;
  }
  if (council) return false;
  uint32_t b = p;
  while (b > 0 && (IsLatinLetter(f[b - 1]) || f[b - 1] == U' ' || f[b - 1] == U'-' || f[b - 1] == U'\'')) --b;
  while (b < p && !IsLatinLetter(f[b])) ++b;
  if (b >= p || (b > 0 && f[b - 1] == U'.')) return false;
  std::u32string_view run(f.data() + b, p - b);
  size_t words = 1 + static_cast<size_t>(std::count(run.begin(), run.end(), U' '));
  int country = country_right_before(b);
  bool named = EndsWithLocalGovernmentWord(run) && words <= 5;
  char32_t initial = nt_.text[b];  // the folded text has no case
  bool bare = country >= 0 && words == 1 && run.size() >= 3 && initial >= U'A' && initial <= U'Z';
  if (!named && !bare) return false;
  post->holder_place = nt_.Utf8(b, p);
  post->holder_country = country >= 0 ? country : CountryBefore(b);
  return true;
}

// Does [b, e) hold the word for a branch office (事務所, 辦事處, 代表處, 分處, 分會, 辦公室, 分公司, 支部)?
bool NameFinder::BranchWordIn(uint32_t b, uint32_t e) const {
  return ContainsAny(std::u32string_view(nt_.folded.data() + b, e - b),
                     {U"事務所", U"辦事處", U"代表處", U"分處", U"分會", U"辦公室", U"分公司", U"支部"});
}

// Before 業/率/於/曾/亦/偕 (already, leading, at, once, also, with: 彭副市長振聲業於…), at a list item's end (吳局長宗霖、),
// before a verb of speaking or presiding after 由, or before 及/與 and the next party named by place, body, title or a Latin name
// (大使館林大使志明及吐瓦魯外交部…司長X).
bool NameFinder::GivenNameEndsAt(uint32_t surname, uint32_t a, uint32_t end) const {
  const std::u32string& f = nt_.folded;
  if (a < end && std::u32string_view(U"業率於曾亦偕").find(f[a]) != std::u32string_view::npos) return true;
  if (EndsListItem(f, a, end)) return true;
  // (Or before a verb of attending, calling on or setting out: 邱副市長展榮出席「…」, 張副市長明哲拜會….)
  // (Not after a word names start after, the two a time's or a manner's: 蔣市長此次出席, 林市長今年參加.)
  if (!lex_.LeadEndsAt(a))
    for (std::u32string_view verb : {U"出席", U"參加", U"參與", U"拜會", U"拜訪", U"帶領", U"前往", U"應邀", U"受邀", U"出訪"})
      if (f.compare(a, verb.size(), verb) == 0) return true;
  // (Or before a verb of speaking, presiding or briefing, after 由 — also with his body between: 開幕式由侯市長志明致詞,
  // 由桃園國際機場股份有限公司廖總經理文輝簡報 — not 森田副市長開場致詞, 邀請曾議長上台致詞, whose words after the title
  // are verbs.)
  bool by = surname > 0 && f[surname - 1] == U'由';
  if (const int body = SegEndAt(surname); !by && body >= 0) {
    const Seg& b = segs_[static_cast<size_t>(body)];
    by = (b.kind == SegKind::kOrg || b.kind == SegKind::kPatternOrg) && b.span.begin > 0 && f[b.span.begin - 1] == U'由';
  }
  if (by)
    for (std::u32string_view verb : {U"致詞", U"致辭", U"主持", U"表示", U"指出", U"簡報", U"說明", U"導覽"})
      if (f.compare(a, verb.size(), verb) == 0) return true;
  if (a + 1 >= end || (f[a] != U'及' && f[a] != U'與')) return false;
  // (The next party a Latin name, or a surname and its title: 許副市長志豪與Jankauskienė副市長, 與山口副市長.)
  if (IsLatinLetter(nt_.text[a + 1])) return true;
  for (uint32_t k = 1; k <= 2; ++k)
    if (lex_.Surname(a + 1, k) && a + 1 + k < end && lex_.Title(a + 1 + k).len > 0) return true;
  const int next = SegAt(a + 1);
  return next >= 0 && segs_[static_cast<size_t>(next)].span.begin == a + 1 && segs_[static_cast<size_t>(next)].kind != SegKind::kSelf;
}

int NameFinder::BodyOfBranchNamed(int place_seg, uint32_t end) const {
  // The branch as written (高雄事務所), found earlier right after a body (日本台灣交流協會高雄事務所); or else another
  // branch of the same kind found right after a body, its city's name two to four characters, read as a place or not
  // (日本台灣交流協會台北事務所 before 高雄事務所所長X: one body's offices in two cities).
  const Span branch{segs_[static_cast<size_t>(place_seg)].span.begin, end};
  const std::u32string_view written(nt_.folded.data() + branch.begin, branch.size());
  const uint32_t place_end = segs_[static_cast<size_t>(place_seg)].span.end;
  const std::u32string_view kind(nt_.folded.data() + place_end, end - place_end);  // 事務所
  int same_kind = -1;
  for (size_t k = 0; k < segs_.size() && segs_[k].span.end < branch.begin; ++k) {
    const Seg& o = segs_[k];
    if (o.kind != SegKind::kOrg && o.kind != SegKind::kPatternOrg) continue;
    if (nt_.folded.compare(o.span.end, written.size(), written) == 0) return static_cast<int>(k);
    for (uint32_t len = 2; len <= 4 && same_kind < 0 && kind.size() >= 2; ++len) {
      bool han = o.span.end + len + kind.size() <= branch.begin;
      for (uint32_t x = o.span.end; han && x < o.span.end + len; ++x) han = IsHan(nt_.folded[x]);
      if (han && nt_.folded.compare(o.span.end + len, kind.size(), kind) == 0) same_kind = static_cast<int>(k);
    }
  }
  return same_kind;
}

// Is the segment a place's short name and a branch word (臺北辦事處, 名古屋事務所, 大阪分處)?
bool NameFinder::ShortPlaceBranch(Span s) const {
  std::u32string_view text(nt_.folded.data() + s.begin, s.size());
  for (std::u32string_view w : {std::u32string_view(U"事務所"), std::u32string_view(U"辦事處"), std::u32string_view(U"分處"),
                                std::u32string_view(U"辦公室"), std::u32string_view(U"分公司"), std::u32string_view(U"支部")})
    if (text.ends_with(w)) {
      size_t n = text.size() - w.size();
      return n >= 2 && n <= 4 && std::all_of(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(n), IsHan);
    }
  return false;
}

// 主管文化事務之副市長, 負責經濟的副市長: the verb of a portfolio its holder is in charge of (主管, 負責, 分管, 掌管), its phrase
// ending with 之 or 的 right before the title at `title_begin`; where the verb stands, or UINT32_MAX.
uint32_t NameFinder::ChargeVerbBefore(uint32_t title_begin) const {
  const std::u32string& f = nt_.folded;
  if (title_begin < 4 || (f[title_begin - 1] != U'之' && f[title_begin - 1] != U'的')) return UINT32_MAX;
  for (uint32_t q = title_begin - 1; q >= 2 && title_begin - q <= 12 && IsHan(f[q - 1]); --q) {
    const std::u32string_view charge(f.data() + q - 2, 2);
    if (charge == U"主管" || charge == U"負責" || charge == U"分管" || charge == U"掌管") return q - 2;
  }
  return UINT32_MAX;
}

bool NameFinder::AddSegPost(int title_seg, int holder_seg, NameHit* hit) const {
  const Seg& t = segs_[static_cast<size_t>(title_seg)];
  if (g_.titles()[static_cast<size_t>(t.index)].scope == TitleScope::kHonorific) return false;
  NameHit::Post post;
  post.title = t.index;
  post.title_text = nt_.Utf8(t.span);
  post.holder_seg = holder_seg;
  CouncilSection(t.span.begin, &post);
  hit->posts.push_back(std::move(post));
  return true;
}

void NameFinder::CouncilSection(uint32_t title_begin, NameHit::Post* post) const {
  // 臺南市議會議事組組長: a council's section (組) or office (室) is no body of its own; the post is in the council, the
  // section in the title (as 秘書處國際事務組組長 is the secretariat's).
  if (post->holder_seg < 0 || !post->holder_org.empty()) return;
  const Seg& o = segs_[static_cast<size_t>(post->holder_seg)];
  if (o.kind != SegKind::kPatternOrg || o.span.end != title_begin) return;
  const std::u32string name = ToU32(o.name);
  const size_t council = name.rfind(U"議會");
  if (council == std::u32string::npos || council + 2 >= name.size() || name.size() - council - 2 > 6 ||
      (name.back() != U'組' && name.back() != U'室'))
    return;
  post->unit_seg = post->holder_seg;
  post->holder_seg = -1;
  post->holder_org = ToUtf8(name.substr(0, council + 2));
  post->title_text = ToUtf8(name.substr(council + 2)) + post->title_text;
}

void NameFinder::AddPosts(int title_seg, uint32_t holder_pos, NameHit* hit) const {
  const Seg& t = segs_[static_cast<size_t>(title_seg)];
  uint32_t begin = 0;
  NameHit::Post post;
  post.title = t.index;
  post.title_text = nt_.Utf8(t.span);
  post.holder_seg = HolderBefore(holder_pos, begin);
  // 該局北亞市場署署長: a unit after 該 and a body's kind word (該局, 該會, 該部) is a unit of the body of that kind named
  // last before — the post is held there, the unit in the title.
  {
    const std::u32string& f = nt_.folded;
    uint32_t u = t.span.begin;  // where the unit starts
    if (post.holder_seg >= 0) {
      const Seg& unit = segs_[static_cast<size_t>(post.holder_seg)];
      if (unit.kind == SegKind::kPatternOrg && unit.span.end == t.span.begin) u = unit.span.begin;
    } else {
      while (u > 2 && t.span.begin - u < 8 && IsHan(f[u - 1]) && SegEndAt(u) < 0 && !(f[u - 3] == U'該' && f[u - 2] != U'該')) --u;
      if (u > 2 && IsHan(f[u - 1]) && f[u - 3] == U'該') --u;
    }
    const char32_t kind = u >= 2 ? f[u - 1] : 0;
    if (u >= 2 && t.span.begin - u >= 2 && f[u - 2] == U'該' && std::u32string_view(U"局會部署廳").find(kind) != std::u32string_view::npos)
      for (auto it = std::lower_bound(segs_.begin(), segs_.end(), u - 2, [](const Seg& x, uint32_t v) { return x.span.begin < v; });
           it != segs_.begin();) {
        --it;
        if (u - it->span.end > 400) break;
        if ((it->kind == SegKind::kOrg || it->kind == SegKind::kPatternOrg) && it->span.size() > 2 && f[it->span.end - 1] == kind) {
          if (post.holder_seg >= 0) post.unit_seg = post.holder_seg;
          post.holder_seg = static_cast<int>(it - segs_.begin());
          post.title_text = nt_.Utf8(u, t.span.begin) + post.title_text;
          break;
        }
      }
    // (So after 該 and a body's kind of two characters or more, 該中心研究總監, 該公司海外事業部長: the body of that kind named
    // last before, the words between in the title.)
    if (post.holder_seg < 0)
      for (uint32_t d = t.span.begin >= 3 ? t.span.begin - 3 : 0; d + 12 >= t.span.begin && d > 0 && post.holder_seg < 0; --d) {
        if (f[d] != U'該') continue;
        for (std::u32string_view kind2 : {U"中心", U"公司", U"協會", U"學會", U"大學", U"醫院", U"基金會", U"研究所"}) {
          if (f.compare(d + 1, kind2.size(), kind2) != 0 || d + 1 + kind2.size() > t.span.begin) continue;
          const uint32_t unit_at = d + 1 + static_cast<uint32_t>(kind2.size());
          if (!std::all_of(f.begin() + unit_at, f.begin() + t.span.begin, [](char32_t c) { return IsHan(c); })) break;
          for (auto it = std::lower_bound(segs_.begin(), segs_.end(), d, [](const Seg& x, uint32_t v) { return x.span.begin < v; });
               it != segs_.begin();) {
            --it;
            if (d - it->span.end > 400) break;
            if ((it->kind == SegKind::kOrg || it->kind == SegKind::kPatternOrg) && it->span.size() > kind2.size() &&
                std::u32string_view(f.data() + it->span.begin, it->span.size()).ends_with(kind2)) {
              post.holder_seg = static_cast<int>(it - segs_.begin());
              post.title_text = nt_.Utf8(unit_at, t.span.begin) + post.title_text;
              break;
            }
          }
          break;
        }
        break;
      }
  }
  // (The board between the body and the title is the title's: GRCN理事會主席 holds 理事會主席 in GRCN.)
  if (post.holder_seg >= 0)
    for (std::u32string_view w : kBoardWords)
      if (segs_[static_cast<size_t>(post.holder_seg)].span.end + w.size() == t.span.begin &&
          nt_.folded.compare(t.span.begin - w.size(), w.size(), w) == 0)
        post.title_text = ToUtf8(std::u32string(w)) + post.title_text;
  // An itinerary's line (參訪 堺市產業振興中心　簡報：中心長 X; 參訪 株式會社… 接待：社長 Y): the title after the label of
  // what its holder did for the delegation is held in the body the line says it visited.
  if (post.holder_seg < 0 && holder_pos == t.span.begin) {
    const std::u32string& f = nt_.folded;
    uint32_t p = holder_pos;
    while (p > 0 && IsSpace(f[p - 1])) --p;
    if (p >= 3 && f[p - 1] == U':' &&
        ContainsAny(std::u32string_view(f.data() + p - 3, 2), {U"簡報", U"接待", U"導覽", U"解說", U"說明", U"介紹", U"接見"})) {
      uint32_t line = p - 3;
      while (line > 0 && f[line - 1] != U'\n' && p - line < 80) --line;
      auto it = std::lower_bound(segs_.begin(), segs_.end(), p - 3, [](const Seg& x, uint32_t v) { return x.span.begin < v; });
      while (it != segs_.begin()) {
        --it;
        if (it->span.begin < line) break;
        if (it->kind != SegKind::kOrg && it->kind != SegKind::kPatternOrg) continue;
        if (ContainsAny(std::u32string_view(f.data() + line, it->span.begin - line), {U"參訪", U"拜會", U"訪問", U"參觀", U"前往"}))
          post.holder_seg = static_cast<int>(it - segs_.begin());
        break;
      }
    }
  }
  // 美國在台協會臺北辦事處處長: a branch read as a body of its own, named by its place right after the body it belongs
  // to; the post is in that body, its title the branch's (臺北辦事處處長).
  if (post.holder_seg > 0) {
    const Seg& branch = segs_[static_cast<size_t>(post.holder_seg)];
    const Seg& body = segs_[static_cast<size_t>(post.holder_seg - 1)];
    if (branch.kind == SegKind::kPatternOrg && branch.span.end == t.span.begin &&
        (body.kind == SegKind::kOrg || body.kind == SegKind::kPatternOrg) && body.span.end == branch.span.begin &&
        BranchWordIn(branch.span.begin, branch.span.end) && ShortPlaceBranch(branch.span)) {
      post.unit_seg = post.holder_seg;  // no body of its own (unless named elsewhere as one)
      post.holder_seg -= 1;
      post.title_text = nt_.Utf8(branch.span.begin, t.span.end);
    } else if (branch.kind == SegKind::kPlace && branch.span.end == t.span.begin &&
               (body.kind == SegKind::kOrg || body.kind == SegKind::kPatternOrg) && body.span.end == branch.span.begin &&
               nt_.folded[body.span.end - 1] == nt_.folded[t.span.begin] && lex_.Suffix(t.span.begin).len == 1) {
      // 馬來西亞消防與救援局雪蘭莪州局長: a body's office in a place, its head titled after the body (局…局長).
      post.holder_seg -= 1;
      post.title_text = nt_.Utf8(branch.span.begin, t.span.end);
    }
  }
  // 亞維儂市主管文化事務之副市長X, 首爾市負責經濟的副市長Y: a portfolio the holder is in charge of, written between
  // the place and the title (主管, 負責, 分管 … 之/的), is the title's; the post is in the place. (Or in the body so
  // named: 蒙特婁市執行委員會負責文化事務之委員X.)
  if (post.holder_seg < 0 && holder_pos == t.span.begin)
    if (const uint32_t verb = ChargeVerbBefore(t.span.begin); verb != UINT32_MAX)
      // (Past the place's gloss: 麥德林市（Medellín）主管創新事務之副市長X.)
      if (const int h = SegEndAt(verb > 0 && nt_.folded[verb - 1] == U')' ? OpeningOf(nt_.folded, verb - 1) : verb);
          h >= 0 && (segs_[static_cast<size_t>(h)].kind == SegKind::kPlace || segs_[static_cast<size_t>(h)].kind == SegKind::kOrg ||
                     segs_[static_cast<size_t>(h)].kind == SegKind::kPatternOrg)) {
        post.holder_seg = h;
        post.title_text = nt_.Utf8(verb, t.span.end);
      }
  // 台灣環境部長彭啟明, 京畿道（Gyeonggi）經濟事務副知事高永寅: a short qualifier (a unit's name, a portfolio)
  // stands between the holder and the title; the title as written includes it (環境部長, 經濟事務副知事).
  if (post.holder_seg < 0 && holder_pos == t.span.begin) {
    uint32_t q = t.span.begin;
    // (A word that leads names elsewhere may end right before a unit's ending that starts the title: 國際交流 + 局長.)
    const bool unit_title = std::u32string_view(U"局處課科室組所廳").find(nt_.folded[t.span.begin]) != std::u32string_view::npos;
    // (Not a function word's end: 辦事處由處長X is 由 + 處長.)
    auto leads_at = [&](uint32_t x) {
      return lex_.LeadEndsAt(x) && !(unit_title && x == t.span.begin && x > 0 &&
                                     std::u32string_view(U"由與及和暨、在於並率之的為是將").find(nt_.folded[x - 1]) == std::u32string_view::npos);
    };
    // (A body's regional office may be longer: UN-Habitat亞太區域辦事處主任X — the body's post, the office in the title.)
    const bool office = t.span.begin >= 3 && ContainsAny(std::u32string_view(nt_.folded.data() + t.span.begin - 3, 3),
                                                        {U"辦事處", U"事務所", U"辦公室"});
    const uint32_t longest_qualifier = office ? 9 : 6;
    while (q > 0 && IsHan(nt_.folded[q - 1]) && t.span.begin - q < longest_qualifier && SegEndAt(q) < 0 && !leads_at(q) &&
           !(q >= 2 && nt_.folded[q - 2] == U'該' && (IsAdminSuffixChar(nt_.folded[q - 1]) || nt_.folded[q - 1] == U'國')))
      --q;
    // (A capital's government named so, 永珍首都市長X: 首都, which names start after elsewhere, right after the place.)
    const int capital_of = q == t.span.begin && q >= 3 && nt_.folded.compare(q - 2, 2, U"首都") == 0 ? SegEndAt(q - 2) : -1;
    const bool capital = capital_of >= 0 && segs_[static_cast<size_t>(capital_of)].kind == SegKind::kPlace;
    if (capital) q -= 2;
    // (A unit named by two words joined by 及 or 暨, right after a place: 漢堡市經濟及創新局長X, 文化暨觀光局長; or a
    // portfolio so named right after a body, before any title: 歐盟執行委員會海洋事務暨漁業委員X.)
    bool joined = false;
    if (q < t.span.begin && q >= 2 && (nt_.folded[q - 1] == U'及' || nt_.folded[q - 1] == U'暨')) {
      uint32_t u = q - 1;
      while (u > 0 && IsHan(nt_.folded[u - 1]) && q - 1 - u < 4 && SegEndAt(u) < 0 && !leads_at(u)) --u;
      // (Or three portfolios and more, the first ones joined by 、 after the country or province: 冰島環境、能源及氣候部長X
      // — a minister's title, the country's.)
      const bool minister = nt_.folded[t.span.begin] == U'部';
      for (int items = 0; minister && items < 3 && u >= 2 && u < q - 1 && SegEndAt(u) < 0 && nt_.folded[u - 1] == U'、'; ++items) {
        uint32_t v = u - 1;
        while (v > 0 && IsHan(nt_.folded[v - 1]) && u - 1 - v < 4 && SegEndAt(v) < 0 && !leads_at(v)) --v;
        if (v == u - 1) break;
        u = v;
      }
      const int before = u < q - 1 ? SegEndAt(u) : -1;
      const SegKind kind = before >= 0 ? segs_[static_cast<size_t>(before)].kind : SegKind::kTitle;
      // (Or a province's or state's, which has ministers too: 魁北克省經濟、創新暨能源部長X.)
      // (Or a mayor's portfolio, a city that has several: 哥本哈根市文化暨休閒市長X — one of its portfolio mayors.)
      const bool portfolio_mayor = std::u32string_view(nt_.folded.data() + t.span.begin, t.span.size()) == U"市長";
      const bool owner = ((unit_title || portfolio_mayor) && kind == SegKind::kPlace) || kind == SegKind::kOrg ||
                         kind == SegKind::kPatternOrg || (minister && (kind == SegKind::kCountry || kind == SegKind::kPlace));
      if (owner && t.span.begin - u <= (minister ? 14u : 8u)) {
        q = u;
        joined = true;
      }
    }
    // (An organization's title after a unit of a place's government, the unit up to eight characters after the
    // government's word: 吉朗市政府社區安全部經理 — back to the place.)
    bool gov_unit = false;
    if (g_.titles()[static_cast<size_t>(t.index)].scope == TitleScope::kOrg)
      for (uint32_t u = t.span.begin >= 2 ? t.span.begin - 2 : 0; u > begin + 2 && u + 8 >= t.span.begin && !gov_unit && IsHan(nt_.folded[u]); --u)
        for (std::u32string_view w : kGovernmentWords) {
          if (u < begin + w.size() + 1 || nt_.folded.compare(u - w.size(), w.size(), w) != 0) continue;
          const int place = SegEndAt(u - static_cast<uint32_t>(w.size()));
          if (place < 0 || segs_[static_cast<size_t>(place)].kind != SegKind::kPlace ||
              GovernmentUnitBetween(place, t.span.begin).size() != t.span.begin - u)
            continue;
          q = u - static_cast<uint32_t>(w.size());
          gov_unit = true;
          break;
        }
    int h = q < t.span.begin ? HolderBefore(q, begin) : -1;
    // 國際交流處處長: a unit named by its head's title (處…處長, 局…局長) is a name, whatever words it holds.
    bool unit = false;
    // (Also an office's: 西部總合事務所所長, 所…所長.)
    if (h < 0 && t.span.begin >= 3 && nt_.folded[t.span.begin - 1] == nt_.folded[t.span.begin] &&
        (lex_.Suffix(t.span.begin - 1).len > 0 || BranchWordIn(t.span.begin - 3, t.span.begin) ||
         // (Or a section's, 科…科長, its name holding a word that ends names elsewhere: 觀光行銷科科長. Or a market's, a
         // farm's or a station's, 場…場長, which may be longer: 中央批發市場豐洲市場場長, 農業試驗場場長.)
         std::u32string_view(U"科組課股場").find(nt_.folded[t.span.begin]) != std::u32string_view::npos)) {
      const uint32_t longest = nt_.folded[t.span.begin] == U'場' ? 12 : 8;
      uint32_t u = t.span.begin - 1;
      // (Past a title inside the unit's name: 代表處議員交流組組長, 議員 the section's word.)
      auto title_ends_at = [&](uint32_t x) {
        const int e = SegEndAt(x);
        return e >= 0 && segs_[static_cast<size_t>(e)].kind == SegKind::kTitle;
      };
      // (Nor past a body's kind alone that opens the clause, pointing back: 由公社 + 物流處處長.)
      auto kind_opens_at = [&](uint32_t x) {
        if (x < 2 || std::find(std::begin(kPointingKinds), std::end(kPointingKinds),
                               std::u32string_view(nt_.folded.data() + x - 2, 2)) == std::end(kPointingKinds))
          return false;
        return x == 2 || !IsHan(nt_.folded[x - 3]) || lex_.LeadEndsAt(x - 2) || lex_.BoundaryEndsAt(x - 2);
      };
      while (u > 0 && IsHan(nt_.folded[u - 1]) && t.span.begin - u < longest && (SegEndAt(u) < 0 || title_ends_at(u)) &&
             std::u32string_view(U"、及與和暨的之").find(nt_.folded[u - 1]) == std::u32string_view::npos &&
             !(u >= 2 && nt_.folded[u - 2] == U'該' && (IsAdminSuffixChar(nt_.folded[u - 1]) || nt_.folded[u - 1] == U'國')) &&
             !(u < t.span.begin - 1 && kind_opens_at(u)))
        --u;
      int hu = t.span.begin - u >= 3 ? HolderBefore(u, begin) : -1;
      if (hu >= 0) {
        q = u;
        h = hu;
        unit = true;
      }
    }
    bool clean = true;
    for (uint32_t x = q; x < t.span.begin && clean; ++x) {
      clean = !leads_at(x + 1);
      for (const auto& cue : lex_.Cues(x))  // 分會前任主席; 國際交流課長 (a unit's word before its head's title)
        clean = clean && (cue.second == CueKind::kPast || x + cue.first + 2 >= t.span.begin);
    }
    clean = clean || unit || joined || capital || gov_unit;
    if (h >= 0 && clean && segs_[static_cast<size_t>(h)].kind != SegKind::kTitle && segs_[static_cast<size_t>(h)].kind != SegKind::kSelf) {
      post.holder_seg = h;
      SegKind hk = post.holder_seg >= 0 ? segs_[static_cast<size_t>(post.holder_seg)].kind : SegKind::kTitle;
      const TitleInfo& info = g_.titles()[static_cast<size_t>(t.index)];
      if (hk == SegKind::kCountry && info.scope == TitleScope::kGov && t.span.begin - q >= 2) {
        // 澳洲雪梨市長: a government title after a country and a name the gazetteer lacks — a place of that country.
        post.holder_place = nt_.Utf8(q, t.span.begin + (IsAdminSuffixChar(nt_.folded[t.span.begin]) ? 1 : 0));
        post.holder_country = segs_[static_cast<size_t>(post.holder_seg)].index;
        post.holder_seg = -1;
      } else if (const std::u32string_view unit_of_place = GovernmentUnitBetween(post.holder_seg, t.span.begin);
                 hk == SegKind::kPlace && info.scope == TitleScope::kOrg && !unit_of_place.empty()) {
        // (But a unit of the place's government, named after its government's word: 吉朗市政府社區安全部經理 — a post of
        // the place, the unit in the title, as a 主任's is.)
        post.title_text = ToUtf8(std::u32string(unit_of_place)) + nt_.Utf8(t.span);
      } else if (hk == SegKind::kPlace && info.scope == TitleScope::kOrg && t.span.begin - q >= 2) {
        // 東京巨蛋社長: a place, a name, then an organization's title — the place and the name are the body's name.
        // (竹縣議會議長: a place written by its short form names the body by its full name, 新竹縣議會.)
        const Seg& place = segs_[static_cast<size_t>(post.holder_seg)];
        post.holder_org = place.full.empty() ? nt_.Utf8(place.span.begin, t.span.begin)
                                             : place.full + nt_.Utf8(place.span.begin + 2, t.span.begin);
        post.holder_seg = -1;
      } else if ((hk == SegKind::kOrg || hk == SegKind::kPatternOrg) && lex_.Suffix(t.span.begin).len == 1) {
        // The body is the organization's unit: 自民黨 + 青年局.
        const Seg& o = segs_[static_cast<size_t>(post.holder_seg)];
        // 青年局長: the title's first character ends the unit's name; 分處處長, 事務組組長: the unit is written whole.
        uint32_t unit_end = nt_.folded[t.span.begin - 1] == nt_.folded[t.span.begin] ? t.span.begin : t.span.begin + 1;
        // (But a body's department, 部, is no body of its own: 日本台灣交流協會總務部長, 東京消防廳警防部長 hold their
        // post in the body, the department in the title. Nor is a section or division of it, 組, 科, 課, 股:
        // 駐法國台灣代表處文化組組長.)
        // (Nor any unit of a company or public corporation: 中華航空公司貨運處處長 holds the post in the airline. Nor a division of a mission, a
        // foreign country's office in Taiwan or an embassy, named by what it does: 法國在台協會文化處處長, as 經濟組組長 — not
        // a branch named by its city, 美國在台協會高雄分處.)
        const std::u32string_view body(nt_.folded.data() + o.span.begin, o.span.size());
        const std::u32string_view unit_name(nt_.folded.data() + q, unit_end - q);
        const bool mission = body.ends_with(U"代表處") || body.ends_with(U"辦事處") || body.ends_with(U"大使館") ||
                             body.ends_with(U"領事館") || body.ends_with(U"在臺協會");
        if (std::u32string_view(U"部組科課股").find(nt_.folded[unit_end - 1]) != std::u32string_view::npos ||
            body.ends_with(U"公司") || body.ends_with(U"會社") || body.ends_with(U"公社") ||
            (mission && unit_name.size() >= 3 && !ContainsAny(unit_name, {U"分處", U"辦事處", U"事務所", U"辦公室"})))
          post.title_text = nt_.Utf8(q, t.span.end);
        else
          post.holder_org = (o.kind == SegKind::kOrg ? nt_.Utf8(o.span) : o.name) + nt_.Utf8(q, unit_end);
      } else if (hk == SegKind::kPlace && post.holder_seg > 0 &&
                 (segs_[static_cast<size_t>(post.holder_seg - 1)].kind == SegKind::kOrg ||
                  segs_[static_cast<size_t>(post.holder_seg - 1)].kind == SegKind::kPatternOrg) &&
                 segs_[static_cast<size_t>(post.holder_seg - 1)].span.end ==
                     segs_[static_cast<size_t>(post.holder_seg)].span.begin &&
                 BranchWordIn(q, t.span.begin)) {
        // 日本台灣交流協會名古屋事務所所長: a body's branch named by its place; the post is in the body, its title
        // the branch's (名古屋事務所所長), as 高雄事務所所長 where the place is not read as one.
        const Seg& place = segs_[static_cast<size_t>(post.holder_seg)];
        post.title_text = nt_.Utf8(place.span.begin, t.span.end);
        post.holder_seg -= 1;
      } else if (const int body = hk == SegKind::kPlace && BranchWordIn(q, t.span.begin) ? BodyOfBranchNamed(post.holder_seg, t.span.begin) : -1;
                 body >= 0) {
        // 高雄事務所所長X where the text names 日本台灣交流協會高雄事務所 before: that body's branch, written without it.
        post.title_text = nt_.Utf8(segs_[static_cast<size_t>(post.holder_seg)].span.begin, t.span.end);
        post.holder_seg = body;
      } else {
        post.title_text = nt_.Utf8(q, t.span.end);
      }
    }
  }
  {
    const TitleInfo& info = g_.titles()[static_cast<size_t>(t.index)];
    bool council = post.holder_seg >= 0 && segs_[static_cast<size_t>(post.holder_seg)].kind == SegKind::kPatternOrg &&
                   (info.role == ontology::Role::kMayor || info.role == ontology::Role::kDeputyMayor);
    if ((post.holder_seg < 0 || council) && post.holder_org.empty() && post.holder_place.empty() &&
        holder_pos == t.span.begin && info.scope == TitleScope::kGov && UnknownPlaceBefore(t.span.begin, council, &post))
      post.holder_seg = -1;
  }
  // 我國駐瓜地馬拉大使X: an envoy "stationed in" a place holds the post in the mission the text names for that place
  // (我國駐瓜地馬拉大使館), not in the place.
  if (post.holder_seg >= 0 && post.holder_org.empty()) {
    const Seg& at = segs_[static_cast<size_t>(post.holder_seg)];
    std::u32string_view title(nt_.folded.data() + t.span.begin, t.span.size());
    if ((at.kind == SegKind::kPlace || at.kind == SegKind::kCountry) && at.span.end == t.span.begin && at.span.begin > 0 &&
        nt_.folded[at.span.begin - 1] == U'駐' && (title.ends_with(U"大使") || title.ends_with(U"代表") || title.ends_with(U"公使") ||
         title.ends_with(U"專員") || title.ends_with(U"領事"))) {
      // (A foreign country right before 駐 sends the envoy: 斐濟駐吐瓦魯高級專員X holds 駐吐瓦魯高級專員 of Fiji — not a
      // post in Tuvalu, nor in Taiwan's embassy there.)
      const int sender = at.span.begin >= 2 ? SegEndAt(at.span.begin - 1) : -1;
      const bool foreign_sender = sender >= 0 && segs_[static_cast<size_t>(sender)].kind == SegKind::kCountry &&
                                  g_.countries()[static_cast<size_t>(segs_[static_cast<size_t>(sender)].index)].iso2 != "TW";
      if (foreign_sender) {
        post.title_text = nt_.Utf8(at.span.begin - 1, t.span.end);
        post.holder_seg = sender;
      }
      std::u32string stationed = U"駐" + nt_.folded.substr(at.span.begin, at.span.size());
      for (size_t k = 0; k < segs_.size() && !foreign_sender; ++k) {
        const Seg& o = segs_[k];
        if (o.kind != SegKind::kOrg && o.kind != SegKind::kPatternOrg) continue;
        std::u32string_view name(nt_.folded.data() + o.span.begin, o.span.size());
        if (name.find(stationed) != std::u32string_view::npos && (name.ends_with(U"館") || name.ends_with(U"處"))) {
          post.holder_seg = static_cast<int>(k);
          break;
        }
      }
    }
  }
  uint32_t chain = post.holder_seg >= 0 ? segs_[static_cast<size_t>(post.holder_seg)].span.begin : holder_pos;
  // 沙巴州副首席部長兼農業及食品工業部長X: a portfolio of no name the gazetteer knows, between 兼 after a title and the
  // second title, is the second title's (農業及食品工業部長); the first title's holder holds both.
  uint32_t second_begin = t.span.begin;
  if (post.holder_seg < 0 && post.holder_org.empty() && post.holder_place.empty() && holder_pos == t.span.begin) {
    uint32_t x = t.span.begin;
    while (x > 0 && IsHan(nt_.folded[x - 1]) && t.span.begin - x < 12 && nt_.folded[x - 1] != U'兼' && SegEndAt(x) < 0) --x;
    if (x >= 2 && x < t.span.begin && nt_.folded[x - 1] == U'兼') {
      const int prev = SegEndAt(x - 1);
      if (prev >= 0 && segs_[static_cast<size_t>(prev)].kind == SegKind::kTitle) {
        post.title_text = nt_.Utf8(x, t.span.end);
        chain = second_begin = x;
      }
    }
  }
  // 由營運經理X簡報: a two-character portfolio between 由 and a title with no holder before it is the title's (營運經理).
  if (post.holder_seg < 0 && post.holder_org.empty() && post.holder_place.empty() && holder_pos == t.span.begin &&
      t.span.begin >= 3 && nt_.folded[t.span.begin - 3] == U'由') {
    const std::u32string& f = nt_.folded;
    const uint32_t q = t.span.begin - 2;
    bool plain = IsHan(f[q]) && IsHan(f[q + 1]) && std::u32string_view(U"該本其前原當現新各全").find(f[q]) == std::u32string_view::npos;
    // (A noun the boundaries list as a verb is a portfolio too: 行銷經理, 推廣專員, 交流組長.)
    const bool nominal = ContainsAny(std::u32string_view(f.data() + q, 2), {U"行銷", U"推廣", U"交流"});
    for (uint32_t x = q; x < t.span.begin && plain; ++x)
      plain = SegEndAt(x + 1) < 0 && (nominal || (!lex_.LeadEndsAt(x + 1) && lex_.StopLen(x) == 0)) && lex_.Title(x).len == 0 &&
              lex_.Place(x).len == 0 && lex_.Country(x).len == 0;
    if (plain) post.title_text = nt_.Utf8(q, t.span.end);
  }
  CouncilSection(t.span.begin, &post);
  // 前 / 時任 before the holder or the title: a past post.
  for (std::u32string_view past : {std::u32string_view(U"時任"), std::u32string_view(U"前任"), std::u32string_view(U"曾任")})
    if (chain >= past.size() && nt_.folded.compare(chain - past.size(), past.size(), past) == 0) post.past = true;
  if (post.title_text.rfind("前", 0) == 0) post.past = true;
  if (post.holder_seg < 0 && post.holder_org.empty()) {
    // 中國義烏市人民政府副市長高進: a foreign place earlier in the same list item means the title is not the
    // publishing government's, even though no holder stands right before it.
    for (auto it = std::lower_bound(segs_.begin(), segs_.end(), holder_pos, [](const Seg& x, uint32_t v) { return x.span.begin < v; });
         it != segs_.begin();) {
      --it;
      uint32_t gap_end = holder_pos;
      bool delimiter = false;
      // (Also 與 / 及 / 和 after another person's name: 交通部觀光署署長A與縣長B — B's title is the publisher's.)
      for (uint32_t x = it->span.end; x < gap_end && !delimiter; ++x)
        delimiter = nt_.folded[x] == U'、' || nt_.folded[x] == U',' || nt_.folded[x] == U';' || nt_.folded[x] == U':' ||
                    nt_.folded[x] == U'\n' || nt_.folded[x] == U'。' ||
                    (x + 1 == gap_end && x > it->span.end && std::u32string_view(U"與及和").find(nt_.folded[x]) != std::u32string_view::npos);
      if (delimiter || holder_pos - it->span.end > 30) break;
      bool foreign = it->kind == SegKind::kOrg || it->kind == SegKind::kPatternOrg ||
                     (it->kind == SegKind::kCountry && g_.countries()[static_cast<size_t>(it->index)].iso2 != "TW") ||
                     (it->kind == SegKind::kPlace && PlaceAbroad(*it));
      if (foreign) {
        post.foreign_context = true;
        break;
      }
    }
  }
  hit->posts.push_back(post);
  size_t mine = hit->posts.size() - 1;
  // Chained posts: "聯合國大學校長暨聯合國副秘書長X", "…副總裁暨日本前首相X". (Also past 前 before the second office's
  // place: 亞伯達省議員暨前卡加利市長X — a past post.)
  uint32_t link = chain;
  if (link >= 3 && nt_.folded[link - 1] == U'前' && (nt_.folded[link - 2] == U'暨' || nt_.folded[link - 2] == U'兼')) {
    hit->posts[mine].past = true;
    --link;
  }
  if (link >= 2 && (nt_.folded[link - 1] == U'暨' || nt_.folded[link - 1] == U'兼')) {
    int prev = SegEndAt(link - 1);
    if (prev >= 0 && segs_[static_cast<size_t>(prev)].kind == SegKind::kTitle && hit->posts.size() < 4) {
      AddPosts(prev, segs_[static_cast<size_t>(prev)].span.begin, hit);
      // 美國韓國協會主席暨執行長 X: a title with no holder of its own right after 暨 has the first title's holder.
      NameHit::Post& second = hit->posts[mine];
      if (hit->posts.size() > mine + 1 && second.holder_seg < 0 && second.holder_org.empty() && second.holder_place.empty() &&
          chain == second_begin) {
        NameHit::Post shared = hit->posts[mine + 1];  // the first title's holder, with the second title
        shared.title = second.title;
        shared.title_text = std::move(second.title_text);
        shared.past = second.past;
        second = std::move(shared);
      }
    }
  }
  // "ICLEI主席、加拿大蒙特婁市議員 X": an organization's office with no name of its own, then 、 and another office
  // held elsewhere, are both X's (a list of persons names each one).
  uint32_t item = chain;  // a country may stand before the second office's place
  if (int c = SegEndAt(item); c >= 0 && segs_[static_cast<size_t>(c)].kind == SegKind::kCountry) item = segs_[static_cast<size_t>(c)].span.begin;
  // (Or the region written before its city: USCM會長、俄亥俄州代頓市市長X.)
  else if (c >= 0 && segs_[static_cast<size_t>(c)].kind == SegKind::kPlace && post.holder_seg >= 0 &&
           segs_[static_cast<size_t>(post.holder_seg)].kind == SegKind::kPlace)
    item = segs_[static_cast<size_t>(c)].span.begin;
  // (Or the second office has no holder of its own, its title at most after 現任 and a portfolio, 宇都宮市前市長、現任
  // 市政顧問X: the first office's place holds both.)
  // (Only the title before the name: in 臺北市議員、鄧家基副市長 the names are two persons'.)
  const bool unheld = hit->posts[mine].holder_seg < 0 && hit->posts[mine].holder_org.empty() && hit->posts[mine].holder_place.empty() &&
                      chain == t.span.begin && hit->name.begin >= t.span.end;
  if (unheld) {
    for (std::u32string_view w : {std::u32string_view(U"市政"), std::u32string_view(U"縣政")})
      if (item >= w.size() && nt_.folded.compare(item - w.size(), w.size(), w) == 0) item -= static_cast<uint32_t>(w.size());
    for (std::u32string_view w : {std::u32string_view(U"現任"), std::u32string_view(U"現")})
      if (item >= w.size() && nt_.folded.compare(item - w.size(), w.size(), w) == 0) {
        item -= static_cast<uint32_t>(w.size());
        break;
      }
  }
  if (item >= 2 && nt_.folded[item - 1] == U'、' && hit->posts.size() < 4 &&
      (hit->posts[mine].holder_seg >= 0 || !hit->posts[mine].holder_place.empty() || unheld)) {
    int prev = SegEndAt(item - 1);
    if (prev >= 0 && segs_[static_cast<size_t>(prev)].kind == SegKind::kTitle) {
      size_t before = hit->posts.size();
      AddPosts(prev, segs_[static_cast<size_t>(prev)].span.begin, hit);
      bool keep = false;
      if (hit->posts.size() == before + 1) {
        const NameHit::Post& first = hit->posts.back();
        int h = first.holder_seg;
        // (Its board between them too: GRCN理事會主席、德班市長X.)
        const uint32_t title_begin = segs_[static_cast<size_t>(prev)].span.begin;
        keep = h >= 0 && h != hit->posts[mine].holder_seg &&
               (segs_[static_cast<size_t>(h)].kind == SegKind::kOrg || segs_[static_cast<size_t>(h)].kind == SegKind::kPatternOrg) &&
               (segs_[static_cast<size_t>(h)].span.end == title_begin ||
                std::any_of(std::begin(kBoardWords), std::end(kBoardWords), [&](std::u32string_view w) {
                  return segs_[static_cast<size_t>(h)].span.end + w.size() == title_begin &&
                         nt_.folded.compare(segs_[static_cast<size_t>(h)].span.end, w.size(), w) == 0;
                }));
        // (Or a place's title before a unit of that place, 福州市副市長、公安局局長X: one official holding both — the
        // unit named right after the 、, owned by the place there.)
        const int second = hit->posts[mine].holder_seg;
        keep = keep || (h >= 0 && segs_[static_cast<size_t>(h)].kind == SegKind::kPlace &&
                        segs_[static_cast<size_t>(h)].span.end == segs_[static_cast<size_t>(prev)].span.begin && second >= 0 &&
                        segs_[static_cast<size_t>(second)].kind == SegKind::kPatternOrg &&
                        segs_[static_cast<size_t>(second)].span.begin == item &&
                        segs_[static_cast<size_t>(second)].name.starts_with(nt_.Utf8(segs_[static_cast<size_t>(h)].span)));
        // (Or the second office has no holder, and a place right before the first title holds it: both the place's.)
        const bool placed = h >= 0 && segs_[static_cast<size_t>(h)].kind == SegKind::kPlace &&
                            (segs_[static_cast<size_t>(h)].span.end == segs_[static_cast<size_t>(prev)].span.begin ||
                             (segs_[static_cast<size_t>(h)].span.end + 1 == segs_[static_cast<size_t>(prev)].span.begin &&
                              nt_.folded[segs_[static_cast<size_t>(h)].span.end] == U'前'));
        // (Or a network's head with no body named, 前任會長、…前首席部長 X: the report's network, placed later.)
        const TitleInfo& info = g_.titles()[static_cast<size_t>(first.title)];
        keep = keep || (h < 0 && first.holder_org.empty() && first.holder_place.empty() && info.scope == TitleScope::kOrg &&
                        (info.role == ontology::Role::kPresident || info.role == ontology::Role::kCoPresident));
        // (Or a national office written after its country, 日本眾議院議員、日華議員懇談會幹事長X: a legislator's, held too.)
        keep = keep || (h >= 0 && segs_[static_cast<size_t>(h)].kind == SegKind::kCountry &&
                        segs_[static_cast<size_t>(h)].span.end == title_begin && info.scope == TitleScope::kNation);
        // (Or a body's right before the first title, the second a legislator's with none of its own: 加台國會友好小組
        // 共同主席、眾議員X holds both.)
        if (unheld) {
          keep = placed || (keep && g_.titles()[static_cast<size_t>(hit->posts[mine].title)].scope == TitleScope::kNation);
          if (placed) hit->posts[mine].holder_seg = h;
        }
      }
      if (!keep) hit->posts.resize(before);
    }
  }
}

namespace {

// A Latin letter that is no capital A-Z: lower case, accented ones too (the é of Lefèvre, the í of Benítez).
bool IsLowerLatin(char32_t c) { return IsLatinLetter(c) && !(c >= U'A' && c <= U'Z'); }

// One capitalized Latin word standing for a person named whole elsewhere (Ramos副市長, 主席Lefèvre): a short form, its
// surname the word.
NameHit LatinShortForm(const NormalizedText& nt, Span word) {
  NameHit h;
  h.name = word;
  h.outer_begin = word.begin;
  h.name_text = nt.Utf8(word);
  h.surname = h.name_text;
  h.short_form = true;
  h.foreign = true;
  return h;
}

// English titles read as their Chinese equivalents (a core office under its Chinese title; others kept as written).
const std::pair<std::u32string_view, std::string_view> kEnglishTitles[] = {
    {U"Vice Mayor", "副市長"}, {U"Deputy Mayor", "副市長"}, {U"Mayor", "市長"}, {U"Vice Governor", "副州長"},
    {U"Deputy Governor", "副州長"}, {U"Governor", "州長"}, {U"Secretary General", "秘書長"},
    {U"Secretary-General", "秘書長"}, {U"Executive Director", "主任"}, {U"Director General", "主任"},
    {U"Director-General", "主任"},
    {U"Director", "主任"}, {U"Chairperson", "主席"}, {U"Chairman", "主席"}, {U"City Councilor", "議員"},
    {U"City Councillor", "議員"}, {U"Councilor", "議員"}, {U"Councillor", "議員"}, {U"Council Member", "議員"},
    {U"Councilmember", "議員"}, {U"Chief Executive Officer", "主任"}, {U"Chief Executive", "主任"}, {U"CEO", "主任"},
    {U"Managing Director", "主任"}, {U"General Manager", "主任"}};

// A company's offices: their holder, where no place, is a body whatever its words (Chief Executive of Port Otago).
bool CompanyTitle(std::u32string_view title) {
  return title.starts_with(U"Chief Executive") || title == U"CEO" || title == U"Managing Director" || title == U"General Manager";
}

// Words that make an English name a body's (Office of the Mayor, Department of Tourism).
const std::u32string_view kEnglishBodyWords[] = {U"Office", U"Department", U"Ministry", U"Bureau", U"Agency",
                                                 U"Association", U"Council", U"Committee", U"Network", U"Organization",
                                                 U"University", U"Authority", U"Corporation", U"Foundation", U"Institute",
                                                 U"Center", U"Centre", U"League", U"Federation", U"Chamber",
                                                 U"Headquarters", U"Administration", U"Commission", U"Museum",
                                                 U"Library", U"Hospital", U"College", U"Academy",
                                                 U"Port of "};  // (a port authority: Port of Tacoma)

// Does an English title hold an office's word (Executive Councillor for Transport, Head of Transportation Agency)?
bool EnglishOfficeWordIn(std::u32string_view title) {
  static const std::u32string_view kWords[] = {U"Director", U"Coordinator", U"Chief", U"Manager", U"Officer", U"Secretary",
                                               U"Advisor", U"Adviser", U"Specialist", U"Commissioner", U"Head", U"Councillor",
                                               U"Councilor", U"Administrator", U"Counsellor", U"Counselor", U"Representative",
                                               // (a university's: Dean, Provost, Rector)
                                               U"Dean", U"Provost", U"Rector"};
  for (size_t b = 0; b < title.size();) {
    size_t e = title.find(U' ', b);
    if (e == std::u32string_view::npos) e = title.size();
    std::u32string_view word = title.substr(b, e - b);
    for (std::u32string_view w : kWords)
      if (word == w) return true;
    // (A vice president's office, a university's: Vice President for Research — not a president's, read as one.)
    if (word == U"President" && b >= 5 && title.substr(b - 5, 5) == U"Vice ") return true;
    b = e + 1;
  }
  return false;
}

// The country whose English name opens `t` at `pos` (Japan, South Korea; the short forms prose writes: Korea, the
// Philippines, the U.S.), a whole word: its gazetteer index, or -1.
int EnglishCountryAt(const Gazetteer& g, const std::u32string& t, size_t pos) {
  static const std::pair<std::u32string_view, std::string_view> kShortForms[] = {
      {U"Korea", "KR"}, {U"the Philippines", "PH"}, {U"the United States", "US"}, {U"the U.S.", "US"}, {U"the US", "US"},
      {U"the USA", "US"}, {U"the Netherlands", "NL"}, {U"the UK", "GB"}, {U"the United Kingdom", "GB"}};
  auto whole = [&](size_t len) { return pos + len >= t.size() || !IsLatinLetter(t[pos + len]); };
  for (const auto& [name, iso] : kShortForms)
    if (t.compare(pos, name.size(), name) == 0 && whole(name.size())) return g.CountryByIso(iso);
  if (pos >= t.size() || t[pos] < U'A' || t[pos] > U'Z') return -1;
  int best = -1;
  size_t best_len = 0;
  for (size_t k = 0; k < g.countries().size(); ++k) {
    const std::u32string name = ToU32(g.countries()[k].name_en);
    if (name.size() > best_len && t.compare(pos, name.size(), name) == 0 && whole(name.size())) {
      best = static_cast<int>(k);
      best_len = name.size();
    }
  }
  return best;
}

// Does an English name hold a body's word (Office of the Mayor, Transportation Department)?
bool HasEnglishBodyWord(std::u32string_view name) {
  for (std::u32string_view w : kEnglishBodyWords)
    if (name.find(w) != std::u32string_view::npos) return true;
  return false;
}

// The cells of a line of a block in columns: set apart by two spaces or more, or a tab; one space stays inside a cell
// (Robert Hayes, Margaret Ellison). (Spaces and tabs stand at the same places in the text and its folded form.)
std::vector<Span> ColumnCells(const std::u32string& s, Span line) {
  std::vector<Span> out;
  uint32_t q = line.begin;
  while (q < line.end) {
    while (q < line.end && (s[q] == U' ' || s[q] == U'\t')) ++q;
    if (q >= line.end) break;
    uint32_t b = q, e = q;
    while (q < line.end && s[q] != U'\t' && !(s[q] == U' ' && q + 1 < line.end && s[q + 1] == U' ')) {
      ++q;
      if (s[q - 1] != U' ') e = q;
    }
    out.push_back({b, e});
  }
  return out;
}

}  // namespace

// The region (a state, province or prefecture the gazetteer keeps: Hawaii, Gyeonggi) whose English name, one or two
// capitalized words, opens `t` at `pos`, a whole word: its gazetteer index, or -1.
int EnglishRegionAt(const Gazetteer& g, const std::u32string& t, size_t pos) {
  if (pos >= t.size() || t[pos] < U'A' || t[pos] > U'Z') return -1;
  size_t e = pos;
  while (e < t.size() && (IsLatinLetter(t[e]) || t[e] == U'-')) ++e;
  int found = g.PlaceByEnglish(ToUtf8(t.substr(pos, e - pos)));
  if (e + 1 < t.size() && t[e] == U' ' && t[e + 1] >= U'A' && t[e + 1] <= U'Z') {
    size_t e2 = e + 1;
    while (e2 < t.size() && (IsLatinLetter(t[e2]) || t[e2] == U'-')) ++e2;
    if (const int two = g.PlaceByEnglish(ToUtf8(t.substr(pos, e2 - pos))); two >= 0) found = two;
  }
  if (found < 0) return -1;
  const PlaceInfo& p = g.places()[static_cast<size_t>(found)];
  return p.kind == ontology::EntityKind::kRegion && (p.curated || p.population > 0) ? found : -1;
}

// The index of the title written `title` (副市長), or -1.
int NameFinder::TitleNamed(std::string_view title) const {
  for (size_t k = 0; k < g_.titles().size(); ++k)
    if (g_.titles()[k].title == title) return static_cast<int>(k);
  return -1;
}

// A place by its English name, with or without the word for its kind or its government's (Cebu City, City of Taipei,
// Aichi Prefecture, Municipality of Anchorage, Keelung City Government): its gazetteer index, or -1.
int NameFinder::EnglishPlace(std::u32string name) const {
  for (std::u32string_view lead : {std::u32string_view(U"The "), std::u32string_view(U"the ")})
    if (name.starts_with(lead)) name = name.substr(lead.size());
  for (std::u32string_view tail : {std::u32string_view(U" Metropolitan Government"), std::u32string_view(U" Prefectural Government"),
                                   std::u32string_view(U" Government"), std::u32string_view(U" City Hall")})
    if (name.size() > tail.size() && name.ends_with(tail)) {
      name = name.substr(0, name.size() - tail.size());
      break;
    }
  int place = EnglishPlaceInContext(g_, nt_.text, name, g_.PlaceByEnglish(ToUtf8(name)));
  bool city = false;  // written as a city (Kumamoto City, City of Seattle)
  for (std::u32string_view kind : {std::u32string_view(U" Metropolitan City"), std::u32string_view(U" City"),
                                   std::u32string_view(U" Prefecture"), std::u32string_view(U" Province"),
                                   std::u32string_view(U" County"), std::u32string_view(U" State")})
    if (place < 0 && name.size() > kind.size() && name.ends_with(kind)) {
      const std::u32string base = name.substr(0, name.size() - kind.size());
      place = EnglishPlaceInContext(g_, nt_.text, base, g_.PlaceByEnglish(ToUtf8(base)));
      // (Not a city of that name for a province, prefecture or state: Nakhon Ratchasima Province is no city, where the
      // gazetteer knows the city only.)
      if (place >= 0 && g_.places()[static_cast<size_t>(place)].kind == ontology::EntityKind::kCity &&
          (kind == U" Province" || kind == U" Prefecture" || kind == U" State"))
        place = -1;
      // (Nor an American city for a county of its name: Fresno County is not the city of Fresno.)
      if (place >= 0 && kind == U" County" && g_.places()[static_cast<size_t>(place)].kind == ontology::EntityKind::kCity &&
          g_.places()[static_cast<size_t>(place)].country == "US")
        place = -1;
      // (A consolidated government named after two places, Athens-Clarke County: the first, the city.)
      if (place < 0 && kind == U" County" && base.find(U'-') != std::u32string::npos && base.find(U'-') >= 4) {
        const std::u32string first = base.substr(0, base.find(U'-'));
        place = EnglishPlaceInContext(g_, nt_.text, first, g_.PlaceByEnglish(ToUtf8(first)));
      }
      city = kind.ends_with(U"City");
    }
  for (std::u32string_view kind : {std::u32string_view(U"City of "), std::u32string_view(U"Municipality of "),
                                   std::u32string_view(U"County of "), std::u32string_view(U"Province of ")})
    if (place < 0 && name.starts_with(kind)) {
      const std::u32string base = name.substr(kind.size());
      place = EnglishPlaceInContext(g_, nt_.text, base, g_.PlaceByEnglish(ToUtf8(base)));
      city = kind == U"City of ";
    }
  // (GeoNames writes Japanese and Korean cities Fukuoka-shi, Suwon-si.)
  if (place < 0 && city) {
    std::u32string base = name.ends_with(U" City") ? name.substr(0, name.size() - 5) : name.starts_with(U"City of ") ? name.substr(8) : name;
    for (std::u32string_view tail : {std::u32string_view(U"-shi"), std::u32string_view(U"-si")})
      if (place < 0) place = g_.PlaceByEnglish(ToUtf8(base + std::u32string(tail)));
  }
  // (Kumamoto City: the English name alone finds the prefecture, 熊本縣; the city is the one named 熊本市.)
  if (city && place >= 0 && g_.places()[static_cast<size_t>(place)].kind == ontology::EntityKind::kRegion) {
    std::u32string zh = ToU32(g_.places()[static_cast<size_t>(place)].name_zh);
    if (zh.size() >= 3 && IsAdminSuffixChar(zh.back())) {
      zh.back() = U'市';
      std::vector<LexMatch> matches;
      std::u32string folded = Gazetteer::Fold(zh);
      g_.MatchAt(folded, 0, &matches);
      for (const LexMatch& m : matches) {
        if (m.length != folded.size()) continue;
        for (const LexEntry& e : *m.entries)
          if (e.kind == LexKind::kPlace && g_.places()[e.value].kind == ontology::EntityKind::kCity &&
              g_.places()[e.value].country == g_.places()[static_cast<size_t>(place)].country) {
            place = static_cast<int>(e.value);
            return place;
          }
      }
    }
  }
  return place;
}

std::string PassportName(std::u32string_view s) {
  while (!s.empty() && IsSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsSpace(s.back())) s.remove_suffix(1);
  const size_t comma = s.find(U',');
  if (comma == std::u32string_view::npos || comma < 2 || comma > 30) return {};
  auto upper = [](char32_t c) { return c >= U'A' && c <= U'Z'; };
  auto lower = [](char32_t c) { return c >= U'a' && c <= U'z'; };
  // The surname: words of capitals (DE LA CRUZ), an apostrophe or a hyphen inside (O'BRIEN, PARK-LEE).
  std::u32string surname;
  bool word_start = true;
  int letters = 0;
  for (char32_t c : s.substr(0, comma)) {
    if (upper(c)) {
      surname += word_start ? c : static_cast<char32_t>(c - U'A' + U'a');
      word_start = false;
      ++letters;
    } else if ((c == U' ' || c == U'-' || c == U'\'') && !word_start) {
      surname += c;
      word_start = true;
    } else {
      return {};
    }
  }
  if (letters < 2 || word_start) return {};
  // The given names: one to three capitalized words, each maybe hyphenated (Kuo-tung, Min-Jun).
  std::u32string_view rest = s.substr(comma + 1);
  while (!rest.empty() && rest.front() == U' ') rest.remove_prefix(1);
  std::u32string given;
  int words = 0;
  bool hyphen = false;
  for (size_t k = 0; k < rest.size();) {
    if (!upper(rest[k])) return {};
    size_t e = k + 1;
    while (e < rest.size() && (lower(rest[e]) || ((rest[e] == U'-' || rest[e] == U'\'') && e + 1 < rest.size() &&
                                                  (lower(rest[e + 1]) || upper(rest[e + 1]))))) {
      if (rest[e] == U'-') hyphen = true;
      ++e;
    }
    if (e - k < 2 || ++words > 3) return {};
    if (!given.empty()) given += U' ';
    given += rest.substr(k, e - k);
    if (e < rest.size() && rest[e] != U' ') return {};
    k = e + 1;
  }
  if (words == 0) return {};
  return ToUtf8(hyphen ? surname + U' ' + given : given + U' ' + surname);
}

std::u32string NameFinder::PresentSideLabel(uint32_t line_begin) const {
  const std::u32string& t = nt_.text;
  // A line's label: capitalized words up to ": " (48 characters at most), or empty.
  auto label_of = [&](uint32_t b) -> std::u32string_view {
    if (b >= t.size() || !(t[b] >= U'A' && t[b] <= U'Z')) return {};
    uint32_t e = b;
    while (e < t.size() && e - b <= 48 && (IsLatinLetter(t[e]) || t[e] == U' ' || t[e] == U'-' || t[e] == U'.' || t[e] == U'\'' ||
                                           t[e] == U'’'))
      ++e;
    if (e >= t.size() || e - b > 48 || t[e] != U':' || e + 1 >= t.size() || t[e + 1] != U' ') return {};
    return std::u32string_view(t.data() + b, e - b);
  };
  const std::u32string_view label = label_of(line_begin);
  if (label.size() < 3) return {};
  // The lines above: other sides' lines, then the field's label alone.
  uint32_t b = line_begin;
  for (int lines = 0; lines < 6 && b >= 2; ++lines) {
    const uint32_t prev_end = b - 1;  // (at the newline)
    uint32_t prev = prev_end;
    while (prev > 0 && t[prev - 1] != U'\n') --prev;
    std::u32string_view line(t.data() + prev, prev_end - prev);
    while (!line.empty() && (line.back() == U' ' || line.back() == U'\t' || line.back() == U'\r')) line.remove_suffix(1);
    for (std::u32string_view header : {U"Present:", U"Attendees:", U"Participants:", U"Attendance:", U"Those present:"})
      if (line == header) {
        const std::u32string side(label);
        return EnglishPlace(side) >= 0 || HasEnglishBodyWord(side) ? side : std::u32string();
      }
    if (label_of(prev).empty()) return {};
    b = prev;
  }
  return {};
}

// An English letter's signature block, under its closing (Sincerely, / Best regards,): the name, the title, then the
// units, one per line (Michael Berg / International Relations Coordinator / Office of the Mayor, Municipality of
// Anchorage). The post is held in the place a unit names, else in the first body.
std::vector<NameHit> NameFinder::EnglishSignature(Span name_line, Span title_line, const std::vector<Span>& unit_lines) const {
  const std::u32string& t = nt_.text;
  std::vector<NameHit> out;
  NameHit h;
  // (Or a name as the passport writes it, in a registration list: TAI, Kuo-tung — the person Tai Kuo-tung.)
  if (name_line.size() >= 5 && IsLatinLetter(t[name_line.begin]) &&
      !(ReadLatinForward(name_line.begin, name_line.end, &h) && h.name.end == name_line.end)) {
    h = NameHit{};
    h.name_text = PassportName(std::u32string_view(t.data() + name_line.begin, name_line.size()));
    if (!h.name_text.empty()) {
      h.name = name_line;
      h.outer_begin = name_line.begin;
      h.foreign = true;
      h.alias = nt_.Utf8(name_line);
    }
  }
  if (name_line.size() < 5 || !IsLatinLetter(t[name_line.begin]) || h.name_text.empty() || h.name.end != name_line.end)
    return out;
  // The title: up to a comma (Section Chief, International Affairs Section: the rest is a unit).
  std::u32string line = t.substr(title_line.begin, title_line.size());
  size_t comma = line.find(U", ");
  std::u32string title32 = line.substr(0, comma);
  // (Its holder after "of" may make it longer, and hold an apostrophe: …of the People's Committee of Hoi An City.)
  if (title32.empty() || title32.size() > 64 || !std::all_of(title32.begin(), title32.end(), [](char32_t c) {
        return IsLatinLetter(c) || c == U' ' || c == U'-' || c == U'\'' || c == U'’';
      }))
    return out;
  std::string_view zh;
  for (const auto& [en, equivalent] : kEnglishTitles)
    if (title32 == en) zh = equivalent;
  // (Or the title and its holder after "of": Mayor of Tainan City; Chairman of the People's Committee of Hoi An City — a
  // Vietnamese city's government, whose chairman's post is the city's, the committee in the title.)
  std::u32string of_holder;
  if (zh.empty())
    if (const size_t of = title32.find(U" of "); of != std::u32string::npos) {
      std::u32string head = title32.substr(0, of), rest = title32.substr(of + 4);
      if (rest.starts_with(U"the ")) rest = rest.substr(4);
      static const std::u32string_view kGovernments[] = {U"People's Committee of ", U"People’s Committee of "};
      for (std::u32string_view g : kGovernments)
        if (rest.starts_with(g)) {
          head = title32.substr(0, of) + U" of the " + std::u32string(g.substr(0, g.size() - 4));
          rest = rest.substr(g.size());
          zh = "主任";
        }
      for (const auto& [en, equivalent] : kEnglishTitles)
        if (zh.empty() && head == en) zh = equivalent;
      if (!zh.empty() && EnglishPlace(rest) >= 0) {
        title32 = head;
        of_holder = rest;
      } else {
        zh = {};
      }
    }
  // (A title alone, with no holder after "of", is short and has no apostrophe.)
  if (of_holder.empty() && (title32.size() > 48 || title32.find_first_of(U"'’") != std::u32string::npos)) return out;
  if (zh.empty() && EnglishOfficeWordIn(title32)) zh = "主任";  // another title, kept as written, with an office's word
  if (zh.empty()) return out;
  const int title = TitleNamed(zh);
  if (title < 0) return out;
  NameHit::Post post;
  post.title = title;
  const bool core = g_.titles()[static_cast<size_t>(title)].role != ontology::Role::kOther;
  post.title_text = core ? std::string(zh) : ToUtf8(title32);
  // The units: the rest of the title's line and the lines under it, each cut at its commas.
  std::vector<std::u32string> pieces;
  auto cut = [&](std::u32string text) {
    for (size_t b = 0; b <= text.size();) {
      size_t e = text.find(U", ", b);
      if (e == std::u32string::npos) e = text.size();
      std::u32string piece = text.substr(b, e - b);
      while (!piece.empty() && piece.back() == U' ') piece.pop_back();
      if (!piece.empty()) pieces.push_back(piece);
      b = e + 2;
    }
  };
  if (!of_holder.empty()) pieces.push_back(of_holder);
  if (comma != std::u32string::npos) cut(line.substr(comma + 2));
  for (Span u : unit_lines) cut(t.substr(u.begin, u.size()));
  for (const std::u32string& piece : pieces) {
    int place = EnglishPlace(piece);
    if (place >= 0) {
      post.holder_place = ToUtf8(piece);
      post.holder_place_known = place;
      break;
    }
  }
  if (post.holder_place.empty())
    for (const std::u32string& piece : pieces)
      if (HasEnglishBodyWord(piece)) {
        post.holder_org = ToUtf8(piece);
        break;
      }
  if (post.holder_place.empty() && post.holder_org.empty()) return out;
  h.posts.push_back(std::move(post));
  h.rule = "english-signature";
  h.foreign = true;
  out.push_back(std::move(h));
  return out;
}

bool NameFinder::EnglishHolder(std::u32string phrase, bool member, NameHit::Post* post, int* place_out) const {
  for (std::u32string_view lead : {std::u32string_view(U"The "), std::u32string_view(U"the ")})
    if (phrase.starts_with(lead)) phrase = phrase.substr(lead.size());
  for (std::u32string_view body : {std::u32string_view(U" City Council"), std::u32string_view(U" County Council"),
                                   std::u32string_view(U" Prefectural Assembly"), std::u32string_view(U" Council"),
                                   std::u32string_view(U" Assembly")})
    if (phrase.size() > body.size() && phrase.ends_with(body)) {
      std::u32string place_name = phrase.substr(0, phrase.size() - body.size());
      if (body.starts_with(U" City")) place_name += U" City";
      int place = EnglishPlace(place_name);
      // (Hualien County Council: the county, which the gazetteer names with its kind.)
      if (body.starts_with(U" County"))
        if (const int county = EnglishPlace(place_name + U" County"); county >= 0) {
          place_name += U" County";
          place = county;
        }
      if (place < 0) break;
      *place_out = place;
      // (A city the gazetteer names without its suffix, 斯波坎 for Spokane: its City Council is 斯波坎市議會.)
      std::string zh = g_.places()[static_cast<size_t>(place)].name_zh;
      std::u32string zh32 = ToU32(zh);
      if (body.starts_with(U" City") && !zh32.empty() && !IsAdminSuffixChar(zh32.back())) zh += "市";
      if (member) {
        // (A member is a councillor of the place; the council the text names is a body of its own all the same.)
        post->holder_place = ToUtf8(place_name);
        post->holder_place_known = place;
        post->council_org = zh + "議會";
        post->council_org_en = ToUtf8(phrase);
      } else {
        post->holder_org = zh + "議會";
        post->holder_org_en = ToUtf8(phrase);
      }
      return true;
    }
  if (member) {
    // (A city's councilmember named with the city alone: Fresno City Councilmember X — a councillor of the city. Not
    // "Tacoma City" before "Council Member": the council, read as a whole elsewhere.)
    if (HasEnglishBodyWord(phrase) || phrase.ends_with(U" City") || phrase.ends_with(U" County")) return false;
    const int place = EnglishPlace(phrase);
    if (place < 0) return false;
    *place_out = place;
    post->holder_place = ToUtf8(phrase);
    post->holder_place_known = place;
    return true;
  }
  // A unit of a foreign local government, named with it (Historic Townscape Division of Kanazawa City; Regensburg World
  // Heritage Coordination Office): the post is held in the place, the unit in the title — as a foreign city's 局 or 處
  // is in Chinese. (Not a Taiwanese government's, whose departments are bodies of their own; nor one named with a
  // possessive, Georgia Department of Economic Development's Taiwan Office.)
  {
    static const std::u32string_view kUnitEnds[] = {U" Division", U" Section", U" Office", U" Bureau", U" Department"};
    auto unit_word_ends = [&](std::u32string_view unit) {
      return std::any_of(std::begin(kUnitEnds), std::end(kUnitEnds), [&](std::u32string_view w) { return unit.ends_with(w); });
    };
    auto abroad = [&](int place) { return place >= 0 && g_.places()[static_cast<size_t>(place)].country != "TW"; };
    auto in_place = [&](int place, const std::u32string& place_name, std::u32string_view unit) {
      *place_out = place;
      post->holder_place = ToUtf8(place_name);
      post->holder_place_known = place;
      post->title_text += " of the " + ToUtf8(std::u32string(unit));
      return true;
    };
    if (phrase.find(U'\'') == std::u32string::npos && phrase.find(U'’') == std::u32string::npos) {
      if (const size_t of = phrase.rfind(U" of "); of != std::u32string::npos && of > 0) {
        const std::u32string unit = phrase.substr(0, of), place_name = phrase.substr(of + 4);
        const int place = EnglishPlace(place_name);
        if (abroad(place) && unit_word_ends(unit) && unit.find(U" of ") == std::u32string::npos) return in_place(place, place_name, unit);
      } else if (unit_word_ends(phrase)) {
        // (The longest run of the words opening it that names a place, a word or more left for the unit.)
        for (size_t space = phrase.rfind(U' '); space != std::u32string::npos && space > 0; space = phrase.rfind(U' ', space - 1)) {
          const std::u32string place_name = phrase.substr(0, space);
          // (Not a city before "County", a county the gazetteer lacks: Fresno County Farm Bureau.)
          if (phrase.compare(space, 8, U" County ") == 0) break;
          if (const int place = EnglishPlace(place_name); abroad(place) && !HasEnglishBodyWord(place_name))
            return in_place(place, place_name, phrase);
        }
      }
    }
  }
  int place = EnglishPlace(phrase);
  // (A bare name the gazetteer knows only with its kind, before a mayor's or a magistrate's title: Chiayi Mayor X is the
  // mayor of Chiayi City, Hsinchu County Magistrate's county is named whole.)
  if (place < 0 && !HasEnglishBodyWord(phrase) && phrase.find(U' ') == std::u32string::npos) {
    if (post->title_text == "市長" || post->title_text == "副市長") place = EnglishPlace(phrase + U" City");
    else if (post->title_text == "縣長" || post->title_text == "副縣長") place = EnglishPlace(phrase + U" County");
  }
  if (place >= 0 && !HasEnglishBodyWord(phrase)) {
    *place_out = place;
    post->holder_place = ToUtf8(phrase);
    post->holder_place_known = place;
    return true;
  }
  if (HasEnglishBodyWord(phrase)) {
    post->holder_org = ToUtf8(phrase);
    return true;
  }
  // Cheongsong County, Korea; Takamori Town: a place the gazetteer lacks, named by capitalized words and its kind's
  // word, is a place of the country written right after it, else of the country the foreign places and countries the
  // text names before it are in most often (the nearer on a tie); with none, no place.
  {
    static const std::u32string_view kKinds[] = {U" County", U" City", U" Town", U" Village", U" Municipality",
                                                 U" Township", U" Prefecture", U" Province", U" District"};
    const bool kind = std::any_of(std::begin(kKinds), std::end(kKinds),
                                  [&](std::u32string_view k) { return phrase.size() >= k.size() + 3 && phrase.ends_with(k); });
    // (Every word capitalized: its first letter, and each one after a space.)
    bool capitalized = !phrase.empty() && phrase[0] >= U'A' && phrase[0] <= U'Z';
    for (size_t k = 1; k < phrase.size() && capitalized; ++k)
      capitalized = phrase[k - 1] != U' ' || (phrase[k] >= U'A' && phrase[k] <= U'Z');
    const std::u32string& t = nt_.text;
    const size_t at = kind && capitalized ? t.find(phrase) : std::u32string::npos;
    if (at != std::u32string::npos) {
      int country = -1;
      const size_t after = at + phrase.size();
      if (t.compare(after, 2, U", ") == 0) country = EnglishCountryAt(g_, t, after + 2);
      // (Or the country of the region written there: Kauai County, Hawaii.)
      if (country < 0 && t.compare(after, 2, U", ") == 0)
        if (const int region = EnglishRegionAt(g_, t, after + 2); region >= 0)
          country = g_.CountryByIso(g_.places()[static_cast<size_t>(region)].country);
      if (country < 0) country = EnglishCountryBefore(static_cast<uint32_t>(at));
      if (country >= 0 && g_.countries()[static_cast<size_t>(country)].iso2 != "TW") {
        post->holder_place = ToUtf8(phrase);
        post->holder_country = country;
        // (A province or prefecture named after a city of its country the gazetteer knows — Cebu Province, Cebu City's
        // 宿霧市 — has the Chinese name Taiwan's texts give it, the city's without 市 and the kind's character: 宿霧省, one
        // place with the 宿霧省 a Chinese report names. A Thai province is a 府, a Korean a 道.)
        const std::string& iso = g_.countries()[static_cast<size_t>(country)].iso2;
        for (const auto& [word, zh_kind] : {std::pair{std::u32string_view(U" Province"), std::u32string_view(
                                                          iso == "TH" ? U"府" : iso == "KR" ? U"道" : U"省")},
                                            std::pair{std::u32string_view(U" Prefecture"), std::u32string_view(U"縣")}}) {
          if (!phrase.ends_with(word) || phrase.size() <= word.size() + 2) continue;
          const std::u32string base = phrase.substr(0, phrase.size() - word.size());
          int city = g_.PlaceByEnglishIn(ToUtf8(base), iso);
          if (city < 0) city = g_.PlaceByEnglishIn(ToUtf8(base + U" City"), iso);
          if (city < 0) break;
          std::u32string zh = ToU32(g_.places()[static_cast<size_t>(city)].name_zh);
          if (!zh.empty() && zh.back() == U'市') zh.pop_back();
          if (zh.size() < 2 || !std::all_of(zh.begin(), zh.end(), [](char32_t ch) { return IsHan(ch); })) break;
          post->holder_place = ToUtf8(zh + std::u32string(zh_kind));
          post->holder_place_derived_from = ToUtf8(phrase);
          break;
        }
        return true;
      }
    }
  }
  return false;
}

// The country the foreign places and countries an English text names before `pos` are in most often, the nearer on a
// tie: a capitalized word or two the gazetteer knows as a place with a population (Aso, Kumamoto Prefecture), or a
// country's name (Japan); -1 when none is named.
int NameFinder::EnglishCountryBefore(uint32_t pos) const {
  const std::u32string& t = nt_.text;
  std::vector<std::pair<int, uint32_t>> counts;  // country, times named
  std::vector<int> order;                        // countries by their last mention, nearest first
  auto count = [&](int country) {
    if (country < 0 || g_.countries()[static_cast<size_t>(country)].iso2 == "TW") return;
    auto it = std::find_if(counts.begin(), counts.end(), [&](const auto& c) { return c.first == country; });
    if (it == counts.end()) {
      counts.push_back({country, 1});
      order.push_back(country);
    } else {
      ++it->second;
    }
  };
  const uint32_t from = pos > 3000 ? pos - 3000 : 0;
  for (uint32_t q = pos; q > from;) {
    --q;
    if (t[q] < U'A' || t[q] > U'Z' || (q > 0 && IsLatinLetter(t[q - 1]))) continue;
    if (const int c = EnglishCountryAt(g_, t, q); c >= 0) {
      count(c);
      continue;
    }
    uint32_t we = q;
    while (we < pos && (IsLatinLetter(t[we]) || t[we] == U'-')) ++we;
    std::u32string words = t.substr(q, we - q);
    // (With the next word where it is a place's kind: Kumamoto Prefecture.)
    for (std::u32string_view k : {U" Prefecture", U" City", U" County", U" Province", U" State"})
      if (t.compare(we, k.size(), k) == 0 && (we + k.size() >= t.size() || !IsLatinLetter(t[we + k.size()]))) {
        words += k;
        break;
      }
    int place = g_.PlaceByEnglish(ToUtf8(words));
    if (place < 0 && words.size() > t.substr(q, we - q).size()) place = g_.PlaceByEnglish(ToUtf8(t.substr(q, we - q)));
    if (place >= 0 && (g_.places()[static_cast<size_t>(place)].population > 0 || g_.places()[static_cast<size_t>(place)].curated))
      count(g_.CountryByIso(g_.places()[static_cast<size_t>(place)].country));
  }
  int best = -1;
  uint32_t most = 0;
  for (int c : order) {  // nearest first: a later one wins only with more mentions
    const uint32_t times = std::find_if(counts.begin(), counts.end(), [&](const auto& x) { return x.first == c; })->second;
    if (times > most) {
      best = c;
      most = times;
    }
  }
  return best;
}

std::vector<NameHit> NameFinder::EnglishColumnSignatures(Span names, Span titles, Span bodies) const {
  const std::u32string& t = nt_.text;
  std::vector<NameHit> hits;
  const std::vector<Span> name_cells = ColumnCells(t, names), title_cells = ColumnCells(t, titles),
                          body_cells = ColumnCells(t, bodies);
  if (name_cells.size() < 2 || name_cells.size() > 3 || title_cells.size() != name_cells.size()) return hits;
  const bool for_line = body_cells.size() == name_cells.size() &&
                        std::all_of(body_cells.begin(), body_cells.end(), [&](Span c) { return t.compare(c.begin, 4, U"For ") == 0; });
  // (The English titles read elsewhere, and the heads of counties and councils that sign agreements.)
  static const std::pair<std::u32string_view, std::string_view> kSigners[] = {
      {U"Lord Mayor", "市長"}, {U"Deputy Magistrate", "副縣長"}, {U"Magistrate", "縣長"},
      {U"Deputy Speaker", "副議長"}, {U"Speaker", "議長"}, {U"President", "會長"}};
  for (size_t k = 0; k < name_cells.size(); ++k) {
    NameHit h;
    const Span nc = name_cells[k];
    if (!IsLatinLetter(t[nc.begin]) || !ReadLatinForward(nc.begin, nc.end, &h) || h.name.begin != nc.begin || h.name.end != nc.end ||
        std::count(t.begin() + nc.begin, t.begin() + nc.end, U' ') < 1)
      return {};
    std::u32string line = t.substr(title_cells[k].begin, title_cells[k].size());
    const size_t comma = line.find(U", ");
    const std::u32string title32 = line.substr(0, comma);
    std::string_view zh;
    for (const auto& [en, equivalent] : kEnglishTitles)
      if (title32 == en) zh = equivalent;
    for (const auto& [en, equivalent] : kSigners)
      if (title32 == en) zh = equivalent;
    if (zh.empty() && EnglishOfficeWordIn(title32)) zh = "主任";
    if (zh.empty()) return {};
    std::u32string holder = comma != std::u32string::npos ? line.substr(comma + 2)
                            : for_line ? t.substr(body_cells[k].begin + 4, body_cells[k].size() - 4)
                                       : std::u32string();
    // (A council's president is its speaker: President, Spokane City Council.)
    if (zh == "會長" && (holder.ends_with(U"Council") || holder.ends_with(U"Assembly"))) zh = "議長";
    NameHit::Post post;
    post.title = TitleNamed(zh);
    if (post.title < 0) return {};
    const bool core = g_.titles()[static_cast<size_t>(post.title)].role != ontology::Role::kOther;
    post.title_text = core ? std::string(zh) : ToUtf8(title32);
    int place = -1;
    if (holder.empty() || !EnglishHolder(holder, false, &post, &place)) return {};
    h.posts.push_back(std::move(post));
    h.rule = "column-signature";
    h.foreign = place >= 0 && g_.places()[static_cast<size_t>(place)].country != "TW";
    hits.push_back(std::move(h));
  }
  return hits;
}

std::vector<NameHit> NameFinder::FindInSentence(Span sentence) const {
  std::vector<NameHit> hits;
  const std::u32string& f = nt_.folded;
  const uint32_t end = sentence.end;
  auto overlaps = [&](Span s) {
    for (const auto& h : hits)
      if (s.begin < h.name.end && h.name.begin < s.end) return true;
    return false;
  };
  auto first = std::lower_bound(segs_.begin(), segs_.end(), sentence.begin,
                                [](const Seg& s, uint32_t p) { return s.span.begin < p; });
  // A table row of space-separated fields: a name, a title and maybe the body (王大同　副市長　臺中市政府), in any order.
  // (Or of comma-separated ones, a table pasted as CSV: 1,林國棟,高雄市政府,副市長 — the row's number left out.)
  {
    const std::u32string& written = nt_.text;
    // A row with tabs (a Word table) is cut at its tabs only: a Latin name's words stay one cell (印尼⇥萬隆市⇥Budi Santoso⇥市長).
    // (A tab that only ends the sentence, a cell of a longer row, does not count.)
    uint32_t last = end;
    while (last > sentence.begin && IsSpace(written[last - 1])) --last;
    int ascii_commas = 0;
    bool tabbed = false;
    for (uint32_t p = sentence.begin; p < end && written[p] != U'\n'; ++p) {
      ascii_commas += written[p] == U',';
      tabbed = tabbed || (written[p] == U'\t' && p < last);
    }
    const bool csv = ascii_commas >= 2 && !tabbed;  // (a row with tabs is no CSV row for the commas of its amounts)
    auto separator = [&](uint32_t p) {
      if (tabbed) return f[p] == U'\t' || f[p] == U'\n';
      return IsSpace(f[p]) || f[p] == U'\n' || (csv && written[p] == U',');
    };
    // A header line's fields end at a bar (林振宇 臺南市長｜粉絲專頁: the page's name, then what it is); a row of a table
    // drawn with bars (| 日期 | 對象 |) starts with one and is no such line.
    uint32_t row_end = end;
    if (!tabbed && !csv && f[sentence.begin] != U'|')
      for (uint32_t p = sentence.begin; p < end && f[p] != U'\n'; ++p)
        if (f[p] == U'|') {
          row_end = p;
          break;
        }
    std::vector<Span> fields;
    bool one_line = true;
    bool newline = false;
    for (uint32_t p = sentence.begin; p < row_end && one_line;) {
      while (p < row_end && separator(p)) {
        newline = newline || (f[p] == U'\n' && !fields.empty());
        ++p;
      }
      uint32_t b = p;
      while (p < row_end && !separator(p)) ++p;
      while (tabbed && b < p && IsSpace(f[b])) ++b;  // (a cell's padding: │ 蘇建榮│ read as a tabbed row)
      // The row's number (序號, 編號) is no field, nor, in a row with tabs, an amount (an expense table's 18,500⇥600).
      bool number = (csv || tabbed) && std::all_of(f.begin() + b, f.begin() + p, [](char32_t c) { return c >= U'0' && c <= U'9'; });
      number = number || (tabbed && p > b && f[b] >= U'0' && f[b] <= U'9' && std::all_of(f.begin() + b, f.begin() + p, [](char32_t c) {
                            return (c >= U'0' && c <= U'9') || c == U',' || c == U'.';
                          }));
      uint32_t e = p;
      while (tabbed && e > b && IsSpace(f[e - 1])) --e;
      if (e > b && !number) {
        one_line = !newline;
        fields.push_back({b, e});
      }
    }
    // A seg covering the whole field (a place with 政府 after it counts as the place).
    auto whole = [&](Span field) -> int {
      int s = SegAt(field.begin);
      if (s < 0 || segs_[static_cast<size_t>(s)].span.begin != field.begin) return -1;
      uint32_t e = segs_[static_cast<size_t>(s)].span.end;
      if (e >= field.end) return e == field.end ? s : -1;  // (a seg running past the field is no whole one)
      std::u32string_view rest(f.data() + e, field.end - e);
      if (segs_[static_cast<size_t>(s)].kind == SegKind::kPlace && (rest == U"政府" || rest == U"市政府" || rest == U"人民政府"))
        return s;
      return -1;
    };
    int name_field = -1, title_seg = -1, body_seg = -1;
    bool country_field = false;
    bool clean = one_line && fields.size() >= 2 && fields.size() <= 4;
    NameHit row;
    // A field of a body and its title (臺南市長, 基隆市政府秘書長): both at once; a short qualifier may stand between them
    // and is part of the title as written (江原特別自治道行政副知事: 行政副知事).
    std::string qualifier;
    auto body_title = [&](Span field, int* body, int* title) {
      int b = SegAt(field.begin);
      if (b < 0 || segs_[static_cast<size_t>(b)].span.begin != field.begin) return false;
      SegKind bk = segs_[static_cast<size_t>(b)].kind;
      if (bk == SegKind::kTitle || bk == SegKind::kCountry) return false;
      uint32_t e = segs_[static_cast<size_t>(b)].span.end;
      if (e + 2 < field.end && f.compare(e, 2, U"政府") == 0) e += 2;
      int t = e < field.end ? SegAt(e) : -1;
      uint32_t q = e;
      // (Or a section of the body, up to six characters with its unit's word: 秘書處國際事務科科長.)
      while (t < 0 && q < field.end && q - e < 6 && IsHan(f[q]) && (q == e || SegAt(q) < 0)) t = SegAt(++q);
      if (t < 0 || segs_[static_cast<size_t>(t)].kind != SegKind::kTitle || segs_[static_cast<size_t>(t)].span.end != field.end)
        return false;
      if (q - e > 4 && std::u32string_view(U"科組課股室").find(f[q - 1]) == std::u32string_view::npos) return false;
      qualifier = nt_.Utf8(e, segs_[static_cast<size_t>(t)].span.begin);
      *body = b;
      *title = t;
      return true;
    };
    // A field that is only a date (a gifts table's 9月16日) says when, not who.
    auto date_field = [&](Span field) {
      for (const auto& d : FindDates(nt_.text, field.begin, field.end, /*month_alone=*/false))
        if (d.span.begin == field.begin && d.span.end == field.end) return true;
      return false;
    };
    // A field of a body and a section of it (臺南市政府秘書處國際事務科): the body, with the section kept for the title
    // (國際事務科科長), as a qualifier between a holder and its title is.
    std::string section;
    auto body_section = [&](Span field) -> int {
      int b = SegAt(field.begin);
      if (b < 0 || segs_[static_cast<size_t>(b)].kind == SegKind::kTitle || segs_[static_cast<size_t>(b)].kind == SegKind::kCountry)
        return -1;
      uint32_t e = segs_[static_cast<size_t>(b)].span.end;
      if (field.end - e < 3 || field.end - e > 8 ||
          std::u32string_view(U"科組課股室").find(f[field.end - 1]) == std::u32string_view::npos)
        return -1;
      for (uint32_t x = e; x < field.end; ++x)
        if (!IsHan(f[x]) || SegAt(x) >= 0) return -1;
      section = nt_.Utf8(e, field.end);
      return b;
    };
    // A field of a place and its government's office (靜岡縣廳, 濱松市役所, 首爾市政府): the place.
    auto government_field = [&](Span field) -> int {
      const int b = SegAt(field.begin);
      if (b < 0 || segs_[static_cast<size_t>(b)].kind != SegKind::kPlace || segs_[static_cast<size_t>(b)].span.begin != field.begin)
        return -1;
      const std::u32string_view rest(f.data() + segs_[static_cast<size_t>(b)].span.end, field.end - segs_[static_cast<size_t>(b)].span.end);
      for (std::u32string_view w : {U"廳", U"役所", U"市役所", U"役場", U"政府", U"市政府", U"縣政府", U"廳舍", U"市廳", U"道廳", U"區廳"})
        if (rest == w) return b;
      return -1;
    };
    // (Or, in a two-column list spaced out, name first — 姓名　職稱 / 陳雅婷　觀光新聞處國際觀光科科長 —, a unit's name that
    // ends in a unit's word, then its head's title.)
    auto unit_after_name = [&](size_t k) {
      if (k != 1 || fields.size() != 2 || name_field != 0) return false;
      const int t = SegEndAt(fields[k].end);
      return t >= 0 && std::u32string_view(U"處局科組課室股").find(f[segs_[static_cast<size_t>(t)].span.begin - 1]) != std::u32string_view::npos;
    };
    for (size_t k = 0; k < fields.size() && clean; ++k) {
      int s = whole(fields[k]);
      if (s < 0 && body_seg < 0 && tabbed) s = government_field(fields[k]);
      SegKind kind = s >= 0 ? segs_[static_cast<size_t>(s)].kind : SegKind::kTitle;
      int bt_body = -1, bt_title = -1;
      if (s < 0 && tabbed && k == 0 && date_field(fields[k])) {
        continue;
      } else if (s < 0 && title_seg < 0 && body_seg < 0 && body_title(fields[k], &bt_body, &bt_title)) {
        body_seg = bt_body;
        title_seg = bt_title;
      } else if (s < 0 && body_seg < 0 && tabbed && section.empty() && (bt_body = body_section(fields[k])) >= 0) {
        body_seg = bt_body;
      } else if (s >= 0 && kind == SegKind::kTitle && title_seg < 0) {
        title_seg = s;
      } else if (s >= 0 && kind == SegKind::kCountry && tabbed && !country_field && body_seg < 0) {
        country_field = true;  // a column of countries before the place (國家⇥城市⇥代表⇥職稱; 姓名⇥國家⇥城市⇥職稱)
      } else if (s < 0 && title_seg < 0 && (tabbed || unit_after_name(k)) && SegEndAt(fields[k].end) >= 0 &&
                 segs_[static_cast<size_t>(SegEndAt(fields[k].end))].kind == SegKind::kTitle &&
                 segs_[static_cast<size_t>(SegEndAt(fields[k].end))].span.begin > fields[k].begin &&
                 segs_[static_cast<size_t>(SegEndAt(fields[k].end))].span.begin - fields[k].begin <= (tabbed ? 6u : 12u) &&
                 std::all_of(f.begin() + fields[k].begin, f.begin() + segs_[static_cast<size_t>(SegEndAt(fields[k].end))].span.begin,
                             [](char32_t c) { return IsHan(c); }) &&
                 SegAt(fields[k].begin) < 0) {
        // (A unit's name, then its head's title, the whole field: 道路局長 — the title as written.)
        title_seg = SegEndAt(fields[k].end);
        qualifier = nt_.Utf8(fields[k].begin, segs_[static_cast<size_t>(title_seg)].span.begin);
      } else if (s >= 0 && kind != SegKind::kTitle && kind != SegKind::kCountry && body_seg < 0) {
        body_seg = s;
      } else if (s < 0 && name_field < 0 && fields[k].size() >= 2 && fields[k].size() <= 4 &&
                 ReadHanForward(fields[k].begin, fields[k].end, false, &row) && row.name.end == fields[k].end) {
        name_field = static_cast<int>(k);
      } else if (s < 0 && name_field < 0 && tabbed && IsUpper(nt_.text[fields[k].begin]) &&
                 ReadLatinForward(fields[k].begin, fields[k].end, &row) && row.name.end == fields[k].end) {
        name_field = static_cast<int>(k);
        row.foreign = true;
      } else if (tabbed && k + 1 == fields.size() && k >= 2 && name_field >= 0 && title_seg >= 0) {
        // (A last column of what was given or said, after the name and the title: 南投凍頂烏龍茶禮盒.)
      } else {
        clean = false;
      }
    }
    if (clean && name_field >= 0 && title_seg >= 0 && AddSegPost(title_seg, body_seg, &row)) {
      if (!section.empty()) row.posts.back().title_text = section + row.posts.back().title_text;
      if (!qualifier.empty()) row.posts.back().title_text = qualifier + row.posts.back().title_text;
      row.rule = "table-row";
      hits.push_back(std::move(row));
      return hits;
    }
  }
  for (auto it = first; it != segs_.end() && it->span.begin < end; ++it) {
    const Seg& t = *it;
    int ti = static_cast<int>(it - segs_.begin());
    if (t.kind == SegKind::kTitle && t.span.begin > 0 && f[t.span.begin - 1] == U'/') {
      // A staff record "鄭照新/臺中市政府/副市長" (name / body / [unit /] title): the name is the record's first field.
      uint32_t r = t.span.begin;
      while (r > sentence.begin && !IsSpace(f[r - 1]) && f[r - 1] != U'\n' && t.span.begin - r < 40) --r;
      uint32_t slash = r;
      while (slash < t.span.begin && f[slash] != U'/') ++slash;
      NameHit h;
      if (slash < t.span.begin && ReadHanForward(r, slash, false, &h) && h.name.end == slash && !overlaps(h.name)) {
        const TitleInfo& info = g_.titles()[static_cast<size_t>(t.index)];
        h.rule = "staff-record";
        if (info.scope != TitleScope::kHonorific) {
          AddPosts(static_cast<int>(it - segs_.begin()), t.span.begin, &h);
          // A government agency's field, then its department's, with a section of it or not (…/新竹市政府/秘書處國際事務科
          // /專員): the post is the department's (新竹市政府秘書處), the section written in the title (國際事務科專員).
          if (!h.posts.empty()) {
            std::vector<std::u32string_view> fields;
            for (uint32_t a = slash + 1, z = a; z <= t.span.begin - 1; ++z)
              if (z == t.span.begin - 1 || f[z] == U'/') {
                fields.emplace_back(f.data() + a, z - a);
                a = z + 1;
              }
            auto han = [](std::u32string_view v) { return !v.empty() && std::all_of(v.begin(), v.end(), IsHan); };
            if (fields.size() == 2 && han(fields[0]) && han(fields[1]) && fields[0].size() >= 4 && fields[0].ends_with(U"政府") &&
                fields[1].size() >= 2 && fields[1].size() <= 14) {
              std::u32string_view unit = fields[1];
              size_t dept_end = std::u32string_view::npos;
              for (size_t j = 1; j < unit.size() && dept_end == std::u32string_view::npos; ++j)
                if (unit[j] == U'處' || unit[j] == U'局') dept_end = j + 1;
              std::u32string_view section = dept_end == std::u32string_view::npos ? std::u32string_view() : unit.substr(dept_end);
              if (dept_end != std::u32string_view::npos &&
                  (section.empty() ||
                   (section.size() >= 2 && section.size() <= 8 &&
                    std::u32string_view(U"科組課股室").find(section.back()) != std::u32string_view::npos))) {
                const uint32_t agency_at = slash + 1, unit_at = agency_at + static_cast<uint32_t>(fields[0].size()) + 1;
                h.posts.back().holder_org = nt_.Utf8(agency_at, agency_at + static_cast<uint32_t>(fields[0].size())) +
                                            nt_.Utf8(unit_at, unit_at + static_cast<uint32_t>(dept_end));
                h.posts.back().holder_seg = -1;
                h.posts.back().holder_place.clear();
                h.posts.back().title_text = nt_.Utf8(unit_at + static_cast<uint32_t>(dept_end), t.span.begin - 1) +
                                            h.posts.back().title_text;
              }
            }
          }
          // The body is the record's nearest field the segment layer knows (…/臺中市政府秘書處/國際事務科/科員).
          if (!h.posts.empty() && h.posts.back().holder_seg < 0) {
            for (auto b = it; b != segs_.begin();) {
              --b;
              if (b->span.begin < slash) break;
              if (b->kind == SegKind::kPlace || b->kind == SegKind::kOrg || b->kind == SegKind::kPatternOrg) {
                h.posts.back().holder_seg = static_cast<int>(b - segs_.begin());
                h.posts.back().foreign_context = false;
                break;
              }
            }
          }
        }
        hits.push_back(std::move(h));
      }
      continue;
    }
    if (t.kind == SegKind::kTitle) {
      const TitleInfo& info = g_.titles()[static_cast<size_t>(t.index)];
      // A title that names what an event or body is made of (市長會議, 市長峰會, 知事協會) is no person's title.
      bool modifier = lex_.Suffix(t.span.end).len > 0;
      // (Not a one-character event word a name goes on from, the given name written after the title: 邱副市長展榮, whose
      // 展 ends exhibitions' names.)
      for (const auto& cue : lex_.Cues(t.span.end))
        modifier = modifier || (cue.second == CueKind::kEvent &&
                                (cue.first > 1 || t.span.end + 1 >= end || !IsHan(f[t.span.end + 1]) || BlocksName(t.span.end + 1)));
      if (modifier) continue;
      // 主管 before a portfolio and the title it qualifies (波特蘭市主管國際事務之副市長X) is the verb "in charge of".
      if (f.compare(t.span.begin, 2, U"主管") == 0 && t.span.size() == 2 && std::next(it) != segs_.end() &&
          std::next(it)->kind == SegKind::kTitle && ChargeVerbBefore(std::next(it)->span.begin) == t.span.begin)
        continue;
      // 代表 right after a person's title (陳秘書長代表黃市長出席) is the verb "on behalf of".
      if (f.compare(t.span.begin, 2, U"代表") == 0 && t.span.size() == 2 && it != segs_.begin() &&
          std::prev(it)->kind == SegKind::kTitle && std::prev(it)->span.end == t.span.begin)
        continue;
      // (So is 代表 before a name and that name's own title: 副市長陳美玲代表林志遠市長接待.)
      if (f.compare(t.span.begin, 2, U"代表") == 0 && t.span.size() == 2 && std::next(it) != segs_.end() &&
          std::next(it)->kind == SegKind::kTitle && std::next(it)->span.begin >= t.span.end + 2 &&
          std::next(it)->span.begin <= t.span.end + 4 &&
          std::all_of(f.begin() + t.span.end, f.begin() + std::next(it)->span.begin, [](char32_t c) { return IsHan(c); }) &&
          lex_.Surname(t.span.end, 1))
        continue;
      // (Nor an honorific written after a name, 先生, 女士, 小姐, before what the sentence goes on with: 課長鈴木一郎先生至
      // 飯店說明行程 — no name after it; the name before it is read below: 與崔布雷女士洽談.)
      const bool honorific_after_name =
          info.scope == TitleScope::kHonorific && t.span.size() == 2 &&
          (f.compare(t.span.begin, 2, U"先生") == 0 || f.compare(t.span.begin, 2, U"女士") == 0 || f.compare(t.span.begin, 2, U"小姐") == 0) &&
          t.span.begin > 0 && IsHan(f[t.span.begin - 1]);
      // Title first: 東京都知事小池百合子, 柏林市長Kai Wegner, 總裁伊恩布藍默(Ian Arthur Bremmer).
      NameHit h;
      uint32_t q = t.span.end;
      int portfolio_seg = -1;  // a committee the holder chairs, named in parentheses between the title and the name
      bool slash = false;  // a staff list: 新北市政府副市長／許志豪
      while (q < end && (IsSpace(f[q]) || f[q] == U'*' || (f[q] == U'/' && !slash)) && q - t.span.end < 3) {
        slash = slash || f[q] == U'/';
        ++q;
      }
      // A form's two fields on one line: 職稱：新竹市副市長　姓名：何文彬.
      if (q + 3 < end && f.compare(q, 2, U"姓名") == 0 && (f[q + 2] == U':' || f[q + 2] == U'：')) {
        q += 3;
        while (q < end && IsSpace(f[q])) ++q;
      }
      // The title's English form in parentheses before the name: 市長（Lord Mayor）Cllr. Thomas Reilly, 議會領袖（Leader
      // of the Council）Helen Ashworth, 經濟發展暨觀光廳長（Provincial Minister of Economic Development and Tourism）X. Not a name in parentheses (市長（Kai Wegner）): the gloss holds a title's word, or
      // a lower-case word no name holds (港務市政委員（Schepen voor de haven）Annelies Wouters; not de, van).
      if (uint32_t past = PastParenthesis(f, q, end, 80); past > q) {
        const uint32_t close = past - 1;
        bool latin = true, title_word = false;
        // Each word is looked up at the character after it (the last one at the closing parenthesis).
        for (uint32_t x = q + 1, w = x; x <= close; ++x) {
          char32_t c = x < close ? nt_.text[x] : U')';
          latin = latin && (IsLatinLetter(c) || IsSpace(c) || c == U'.' || c == U'-' || c == U'\'' || c == U',' || x == close);
          if (!IsLatinLetter(c)) {
            const std::u32string_view word(nt_.text.data() + w, x - w);
            title_word = title_word || (x > w && (IsNonNameWord(std::u32string(word)) ||
                                                  (w > q + 1 && IsLowerLatin(word[0]) && !IsParticle(word))));
            w = x + 1;
          }
        }
        uint32_t r = past;
        while (r < end && IsSpace(f[r])) ++r;
        // (Or one word before a Latin name of its own: 市長（Overborgmester）Mette Lund Sørensen, 副市長（Varaordfører）
        // Ingrid Haugen — a name in the gloss would be the name itself, not a second one after it.)
        NameHit after;
        if (latin && !title_word && close - q >= 5 && IsUpper(nt_.text[q + 1]) &&
            std::all_of(nt_.text.begin() + q + 1, nt_.text.begin() + close, [](char32_t c) { return IsLatinLetter(c); }) &&
            r < end && IsUpper(nt_.text[r]) && ReadLatinForward(r, end, &after))
          title_word = true;
        if (latin && title_word && r < end && (IsLatinLetter(nt_.text[r]) || IsHan(f[r]))) q = r;
        // (Or a portfolio in Chinese before a Latin name: 州行政議員（旅遊事務）Wong Kah Yee; or before any name, the
        // committee the office holder chairs: 州行政議員（農業委員會主席）林德興 — that committee no body of its own.)
        const std::u32string_view inner(f.data() + q + 1, close > q ? close - q - 1 : 0);
        const bool han_inner = close - q >= 3 && close - q <= 11 && std::all_of(inner.begin(), inner.end(), [](char32_t c) { return IsHan(c); });
        bool portfolio = han_inner && ContainsAny(inner, {U"事務", U"業務", U"主管", U"負責"});
        if (portfolio && r < end && IsUpper(nt_.text[r])) q = r;
        if (!portfolio && han_inner && (inner.ends_with(U"委員會主席") || inner.ends_with(U"委員會主委")) && r < end &&
            (IsUpper(nt_.text[r]) || IsHan(f[r]))) {
          const int committee = SegAt(q + 1);
          if (committee >= 0 && segs_[static_cast<size_t>(committee)].kind == SegKind::kPatternOrg) portfolio_seg = committee;
          q = r;
        }
      }
      bool ok = false;
      if (q < end && f[q] == U'\n' && q + 1 == end) {
        // A caption: the title ends its line and the name stands alone on the next one.
        uint32_t r = q + 1;
        while (r < f.size() && (f[r] == U' ' || f[r] == U'\n')) ++r;
        uint32_t e = r;
        while (e < f.size() && f[e] != U'\n' && e - r < 40) ++e;
        if (r < f.size() && IsLatinLetter(nt_.text[r])) {
          NameHit line;
          if (ReadLatinForward(r, e, &line) && line.name.end == e) {
            h = line;
            h.rule = "caption-title/name";
            ok = true;
          }
        }
      }
      if (ok) {
      } else if (q < end && IsHan(f[q])) {
        // 市長夫人王美玲 is the mayor's wife: her name is read after 夫人 by that title's own pass, with no post, and no
        // name follows this title.
        const int hs = SegAt(q);
        const bool wife = hs >= 0 && segs_[static_cast<size_t>(hs)].kind == SegKind::kTitle && f.compare(q, 2, U"夫人") == 0;
        // An honorific before the name (市長拿督阿都拉曼: Datuk) is no part of it.
        uint32_t honorific = q;
        if (hs >= 0 && !wife) {
          const Seg& before = segs_[static_cast<size_t>(hs)];
          if (before.kind == SegKind::kTitle && before.span.end < end && IsHan(f[before.span.end]) &&
              g_.titles()[static_cast<size_t>(before.index)].scope == TitleScope::kHonorific)
            q = before.span.end;
        }
        // (Not a body or place the segment layer starts there: 議長　　長野縣議會議員, the next column's office; nor a place
        // whose head's title follows it: 代表高知市長致贈.)
        const int at = SegAt(q);
        const bool place_title = at >= 0 && segs_[static_cast<size_t>(at)].kind == SegKind::kPlace &&
                                 lex_.Title(segs_[static_cast<size_t>(at)].span.end).len > 0;
        ok = !place_title && !wife &&
             !(at >= 0 && segs_[static_cast<size_t>(at)].kind != SegKind::kTitle && segs_[static_cast<size_t>(at)].span.size() >= 3) &&
             (ReadSpacedJapaneseName(q, end, &h) || ReadHanForward(q, end, true, &h));
        // (Or a Japanese name the data's surnames do not read, or read short: 鬼塚健司; 米良裕之, not 米 + 良裕.)
        if (at < 0 && (!ok || (h.name.begin == q && h.name.size() == 3 && !h.foreign))) {
          NameHit jp;
          if (JapaneseNameAfterTitle(t.span.begin, q, end, sentence.begin, &jp) && (!ok || jp.name.end > h.name.end)) {
            h = jp;
            ok = true;
          }
        }
        // A run the text writes elsewhere as a part of a transliterated name (哈迪．蘇普里揚托, later 日惹市長蘇普里揚托
        // 晤談) is that person's short name, whatever a surname reading would cut of it (蘇 + 普里) — the longest such
        // part, not when a name dot follows it (the whole dotted name is read from there).
        if (!place_title && !wife && at < 0 && (!ok || h.name.begin == q)) {
          for (uint32_t len = 6; len >= 2; --len) {
            if (q + len > end || (ok && h.name.end >= q + len) || !std::all_of(f.begin() + q, f.begin() + q + len, IsHan) ||
                (q + len < end && IsNameDotAt(f, q + len)) ||
                after_dot_.find(std::u32string_view(f.data() + q, len)) == after_dot_.end())
              continue;
            SetForeignName({q, q + len}, &h);
            ok = true;
            break;
          }
        }
        if (ok && q > honorific) h.outer_begin = honorific;
        h.rule = "title+name";
        // 農業局吳局長宗霖、林專門委員佳穎: a surname alone before the title and two characters after it that end a list
        // item are one name written around the title (read below, from the surname), not a name after the title.
        if (ok && h.name.begin == t.span.end && h.name.size() == 2) {
          uint32_t sn = t.span.begin - 1, a = h.name.end;
          bool surname_alone = t.span.begin > sentence.begin && IsHan(f[sn]) && lex_.Surname(sn, 1) && SegAt(sn) < 0 &&
                               SegEndAt(t.span.begin) < 0 &&
                               (sn == sentence.begin || !IsHan(f[sn - 1]) || SegEndAt(sn) >= 0 || lex_.LeadEndsAt(sn) ||
                                std::u32string_view(U"、及與").find(f[sn - 1]) != std::u32string_view::npos);
          // (After a unit's word the title's first repeats, the surname of the unit's head, whatever follows the two:
          // 國際事務科林科長郁庭，….)
          const bool unit_head = t.span.begin > sentence.begin + 1 && sn > sentence.begin && IsHan(f[sn]) && lex_.Surname(sn, 1) &&
                                 SegAt(sn) < 0 && AfterUnitWordOfTitle(f, sn, t.span.begin);
          if ((surname_alone && GivenNameEndsAt(sn, a, end)) || unit_head) ok = false;
        }
      } else if (q < end && IsLatinLetter(nt_.text[q])) {
        ok = ReadLatinForward(q, end, &h);
        // (Or one capitalized word that ends a list's item: 印尼萬隆市長Sutrisno、 — an Indonesian may have one name.)
        if (!ok) {
          const std::u32string& tx = nt_.text;
          uint32_t r = q;
          if (r < end && tx[r] >= U'A' && tx[r] <= U'Z') ++r;
          while (r < end && IsLowerLatin(tx[r])) ++r;
          // (A capital inside after lower-case letters, MacLeod, McDonald: one word still.)
          while (r + 1 < end && r > q + 1 && tx[r] >= U'A' && tx[r] <= U'Z' && IsLowerLatin(tx[r - 1]) && IsLowerLatin(tx[r + 1]))
            for (++r; r < end && IsLowerLatin(tx[r]);) ++r;
          const bool item_end = r >= end || std::u32string_view(U"、,，。;；及與和等").find(f[r]) != std::u32string_view::npos ||
                                f[r] == U'\n' || f[r] == U')';
          // (Or the last word of a Latin name the text writes whole elsewhere, then the verb: 由主席Lefèvre接見 where
          // Jean-Marc Lefèvre is named.)
          bool known_surname = false;
          if (r < end && r - q >= 4 && IsHan(f[r])) {
            const std::u32string_view word(tx.data() + q, r - q);
            for (size_t at = tx.find(word); at != std::u32string::npos && !known_surname; at = tx.find(word, at + 1))
              known_surname = at >= 2 && tx[at - 1] == U' ' && IsLatinLetter(tx[at - 2]) &&
                              (at + word.size() >= tx.size() || !IsLatinLetter(tx[at + word.size()]));
          }
          if (r - q >= 4 && r > q + 1 && known_surname) {
            h = LatinShortForm(nt_, {q, r});
            ok = true;
          } else if (r - q >= 4 && r > q + 1 && item_end && !IsNonNameWord(std::u32string(f.substr(q, r - q)))) {
            h = NameHit{};
            SetForeignName({q, r}, &h);
            ok = true;
          }
        }
        h.rule = "title+latin";
      }
      if (honorific_after_name) ok = false;
      if (ok && !overlaps(h.name)) {
        if (info.scope != TitleScope::kHonorific) AddPosts(ti, t.span.begin, &h);
        if (portfolio_seg >= 0 && !h.posts.empty() && h.posts.back().unit_seg < 0) h.posts.back().unit_seg = portfolio_seg;
        ReadTrailingAlias(h.name.end, end, &h);
        hits.push_back(std::move(h));
        continue;
      }
      // Name first: 蔣萬安市長, 臺北市張溫德副市長, 臺拉維夫 Ron Huldai 市長, 蔣市長 (short form).
      // A title followed by another title, a place or 本市 is a verb or a modifier (代表市長, 代表本市).
      // (But a title, then 代表 as the verb: 林副市長代表陳市長致贈.)
      int next = SegAt(t.span.end);
      if (next >= 0) {
        SegKind nk = segs_[static_cast<size_t>(next)].kind;
        bool represents = nk == SegKind::kTitle && f.compare(t.span.end, 2, U"代表") == 0 &&
                          std::u32string_view(f.data() + t.span.begin, t.span.size()) != U"代表";
        if ((nk == SegKind::kTitle && !represents) || nk == SegKind::kSelf || nk == SegKind::kPlace) continue;
      }
      // Where the dotted name whose last part opens at `last` begins: its parts before the dots, not past a word names
      // start after (由艾力克．哈德森市長接見, not 由艾力克) — `last` where no dot stands before it.
      auto dotted_name_from = [&](uint32_t last) {
        uint32_t whole_from = last;
        while (whole_from >= sentence.begin + 2 && IsNameDotAt(f, whole_from - 1)) {
          uint32_t c = whole_from - 1;
          while (c > sentence.begin && IsHan(f[c - 1]) && whole_from - 1 - c < 6 && SegEndAt(c) < 0 && !lex_.LeadEndsAt(c)) --c;
          if (c == whole_from - 1) break;
          whole_from = c;
        }
        return whole_from;
      };
      NameHit h2;
      uint32_t p = t.span.begin;
      while (p > sentence.begin && IsSpace(f[p - 1])) --p;
      if (p > sentence.begin && IsLatinLetter(nt_.text[p - 1])) {
        ok = ReadLatinBackward(sentence.begin, p, &h2);
        h2.rule = "latin+title";
        if (!ok) {
          // Ramos副市長, Somsak副市長: one capitalized word before a title is a short form of a Latin name (a surname,
          // or the given name Thai usage goes by); an acronym (UCLG主席) or a known name is not.
          const std::u32string& tx = nt_.text;
          uint32_t w = p;
          while (w > sentence.begin && IsLatinLetter(tx[w - 1])) --w;
          bool capitalized = p - w >= 3 && tx[w] >= U'A' && tx[w] <= U'Z';
          // (Lower-case letters after, accented ones too: Benítez省長; a capital inside between lower-case ones,
          // MacLeod省長.)
          for (uint32_t x = w + 1; x < p && capitalized; ++x)
            capitalized = IsLowerLatin(tx[x]) || (tx[x] >= U'A' && tx[x] <= U'Z' && IsLowerLatin(tx[x - 1]) && x + 1 < p && IsLowerLatin(tx[x + 1]));
          bool alone = w == sentence.begin || (!IsLatinLetter(tx[w - 1]) && tx[w - 1] != U'.' && tx[w - 1] != U'-' &&
                                               !(IsSpace(tx[w - 1]) && w >= 2 && IsLatinLetter(tx[w - 2])));
          // (A title that is a surname too stands for one: Warden市長.)
          if (capitalized && alone && SegAt(w) < 0 &&
              (!IsNonNameWord(std::u32string(f.substr(w, p - w))) || IsSurnameTitle(std::u32string_view(tx).substr(w, p - w)))) {
            h2 = LatinShortForm(nt_, {w, p});
            h2.rule = "latin-word+title";
            ok = true;
          }
        }
      } else {
        // 尼爾森秘書長 after ICLEI秘書長安德斯·尼爾森: a run the text writes elsewhere as the last part of a transliterated
        // name (after its dot) is that person's short name, whatever its first character (尼 is no surname) — up to six
        // characters, 帕帕多普洛斯市長.
        ok = false;
        for (uint32_t len = 6; len >= 2 && !ok; --len) {
          if (t.span.begin < sentence.begin + len) continue;
          const uint32_t b = t.span.begin - len;
          if (!std::all_of(f.begin() + b, f.begin() + t.span.begin, IsHan) || SegAt(b) >= 0) continue;
          if (b > sentence.begin && IsHan(f[b - 1]) && SegEndAt(b) < 0 && !lex_.LeadEndsAt(b) &&
              std::u32string_view(U"與和及由、並請").find(f[b - 1]) == std::u32string_view::npos)
            continue;
          ok = after_dot_.find(std::u32string_view(f.data() + b, len)) != after_dot_.end();
          if (ok) {
            // (The whole dotted name where the parts before the dot stand right there: 大學約阿夫．納坦教授 — from its first
            // part, as a title before it reads it.)
            SetForeignName({dotted_name_from(b), t.span.begin}, &h2);
            h2.rule = "name+title";
          }
        }
        // (Or a transliterated name glossed in Latin letters right before the title: 與湯普森（Charles Thompson）市長簽署 — the
        // run from a word that ends names before it, read with its gloss.)
        if (!ok && t.span.begin > sentence.begin + 4 && f[t.span.begin - 1] == U')') {
          const size_t open = f.rfind(U'(', t.span.begin - 1);
          if (open != std::u32string::npos && open > sentence.begin + 1 && t.span.begin - open <= 40 &&
              IsLatinLetter(nt_.text[open + 1])) {
            const uint32_t o = static_cast<uint32_t>(open);
            for (uint32_t len = std::min<uint32_t>(12, o - sentence.begin); len >= 2 && !ok; --len) {
              const uint32_t b = o - len;
              // (A transliteration's parts joined by a name dot are one name: 由艾瑞克·哈德森（Eric Hudson）市長接見, read from
              // its first part, which no word that ends names opens.)
              bool dotted = false;
              for (uint32_t x = b + 1; x + 1 < o; ++x) dotted = dotted || IsNameDotAt(f, x);
              if (len > 8 && !dotted) continue;  // (a dotted name may be longer: 葛瑞格里·惠特洛克)
              bool run = IsHan(f[b]);
              for (uint32_t x = b + 1; x < o && run; ++x) run = IsHan(f[x]) || (dotted && IsNameDotAt(f, x));
              if (!run || SegAt(b) >= 0 || (dotted && BlocksName(b))) continue;
              if (b > sentence.begin && IsHan(f[b - 1]) && SegEndAt(b) < 0 && !lex_.LeadEndsAt(b) &&
                  std::u32string_view(U"與和及由、並").find(f[b - 1]) == std::u32string_view::npos)
                continue;
              NameHit g;
              if (ReadHanForward(b, t.span.begin, true, &g) && g.name.begin == b && g.name.end == o) {
                h2 = g;
                h2.rule = "glossed-name+title";
                // (A gloss with no hyphened given name, Charles Thompson, is no romanized Han name, Kim Min-soo: foreign.)
                const std::u32string_view gloss(nt_.text.data() + o + 1, t.span.begin - 2 - o);
                if (gloss.find(U'-') == std::u32string_view::npos) h2.foreign = true;
                // (The gloss is a name of the person's: Charles Thompson.)
                NameHit latin;
                if (h2.alias.empty() && ReadLatinForward(o + 1, t.span.begin - 1, &latin) && latin.name.end + 1 >= t.span.begin - 1)
                  h2.alias = latin.name_text;
                ok = true;
              }
            }
          }
        }
        // (Or a dotted name whose last part is one character, a surname elsewhere: 羅伯特·陳議員為… — the whole name, not 陳
        // and the title.)
        if (!ok && t.span.begin >= sentence.begin + 3 && IsHan(f[t.span.begin - 1]) && IsNameDotAt(f, t.span.begin - 2)) {
          if (const uint32_t whole_from = dotted_name_from(t.span.begin - 1); whole_from < t.span.begin - 1) {
            SetForeignName({whole_from, t.span.begin}, &h2);
            h2.rule = "name+title";
            ok = true;
          }
        }
        if (!ok) {
          // (Past 前, "former", right before the title: 森田前市長, 森田義雄前市長.)
          const uint32_t before_title = t.span.begin > sentence.begin + 2 && f[t.span.begin - 1] == U'前' && IsHan(f[t.span.begin - 2])
                                   ? t.span.begin - 1 : t.span.begin;
          ok = ReadHanBackward(sentence.begin, before_title, &h2);
          h2.rule = h2.short_form ? "surname+title" : "name+title";
        }
        // A counter after a number is no surname: 等5位議員, 3名市長 (位, 名 … read as a surname otherwise).
        if (ok && h2.short_form && h2.name.begin > sentence.begin &&
            kCountNumerals.find(f[h2.name.begin - 1]) != std::u32string_view::npos)
          ok = false;
        // 彭副市長振聲業於…, 柯市長文哲率團: official writing puts the given name after the title. Two Han
        // characters that start no word, title or entity, followed by 業/率/於/曾/亦/偕 (already, leading, at, once,
        // also, with). Not punctuation: 彭副市長帶隊，蔣市長借鏡… are verbs.
        uint32_t g = t.span.end;
        if (ok && h2.short_form && info.scope != TitleScope::kHonorific && g + 2 <= end && IsHan(f[g]) &&
            IsHan(f[g + 1]) && !BlocksName(g) && !BlocksName(g + 1) && SegAt(g) < 0 && SegAt(g + 1) < 0) {
          uint32_t a = g + 2;
          // (Or a list item's end: 出席：…；本市農業局吳局長宗霖、林專門委員佳穎. Or after a unit's word the title's first
          // repeats, its head's name around the title: 國際事務科林科長郁庭.)
          const bool unit_head = h2.name.begin > sentence.begin && AfterUnitWordOfTitle(f, h2.name.begin, t.span.begin);
          if (GivenNameEndsAt(h2.name.begin, a, end) || unit_head) {
            h2.name_text = h2.surname + nt_.Utf8(g, a);
            h2.short_form = false;
            h2.rule = "surname+title+given";
            // (The given name is no name of its own: 宗霖 after 吳局長, read by title+name as 宗 + 霖.)
            hits.erase(std::remove_if(hits.begin(), hits.end(), [&](const NameHit& o) { return o.name.begin == g && o.name.end <= a; }),
                       hits.end());
          }
        }
      }
      if (ok && !overlaps(h2.name)) {
        uint32_t outer = h2.rule == "latin+title" ? h2.outer_begin : h2.name.begin;
        if (info.scope != TitleScope::kHonorific) AddPosts(ti, outer, &h2);
        ReadTrailingAlias(t.span.end, end, &h2);
        hits.push_back(std::move(h2));
      } else if (ok && info.scope != TitleScope::kHonorific) {
        // A title on each side of one name (局長鈴木貴子眾議員): the second title is a post of the same person. (Not after a
        // transliteration glossed, 主任費南多·利馬（Fernando Lima）教授導覽, 副市長葛蕾絲．譚（Grace Tan）代表創辦城市致詞: a
        // rank, or a verb.)
        // (Nor 指揮 after a name a title before reads, 由音樂總監X指揮: the verb, "conducts".)
        const bool conducts = f.compare(t.span.begin, t.span.size(), U"指揮") == 0 && t.span.size() == 2;
        // (Nor 代表 right before a verb, 隊長X代表受獎, 團長X代表致詞: "on behalf of" them.)
        const bool on_behalf = f.compare(t.span.begin, t.span.size(), U"代表") == 0 && t.span.size() == 2 && t.span.end < end &&
                               IsHan(f[t.span.end]) && SegAt(t.span.end) < 0;
        for (auto& prev : hits)
          if (prev.name.begin == h2.name.begin && prev.name.end == h2.name.end && h2.rule != "glossed-name+title" && !conducts &&
              !on_behalf) {
            size_t before = prev.posts.size();
            AddPosts(ti, t.span.begin, &prev);
            // The holder before the name belongs to the first title, not to this one.
            for (size_t k = before; k < prev.posts.size(); ++k)
              if (prev.posts[k].holder_seg >= 0 && segs_[static_cast<size_t>(prev.posts[k].holder_seg)].span.end <= prev.name.begin)
                prev.posts[k].holder_seg = -1;
          }
      }
    }
  }
  // A place directly followed by a Latin personal name in a list of persons (…、諾克紹Fatimetou Abdel Malick、…).
  for (auto it = first; it != segs_.end() && it->span.begin < end; ++it) {
    if (it->kind != SegKind::kPlace) continue;
    uint32_t q = it->span.end;
    if (q < end && IsSpace(f[q])) ++q;
    if (q >= end || !IsLatinLetter(nt_.text[q]) || !IsUpper(nt_.text[q])) continue;
    NameHit h;
    if (!ReadLatinForward(q, end, &h) || overlaps(h.name)) continue;
    uint32_t r = h.name.end;
    while (r < end && IsSpace(f[r])) ++r;
    if (!(r >= end || f[r] == U'、' || f[r] == U',' || f[r] == U'。' || f[r] == U'\n')) continue;
    h.rule = "place+latin";
    hits.push_back(std::move(h));
  }
  // The last item of a list of persons: "…、岸信千世以及瀧波宏文等16位議員", "小磯明議員、菅野弘一議員等人".
  const bool titled_persons = !hits.empty();  // the sentence lists persons
  for (uint32_t q = sentence.begin + 1; q < end && titled_persons; ++q) {
    if (f[q] != U'等') continue;
    NameHit h;
    if (!ReadHanBackward(sentence.begin, q, &h) || h.short_form || overlaps(h.name)) continue;
    uint32_t b = h.name.begin;
    bool list = b > sentence.begin && (f[b - 1] == U'、' || f[b - 1] == U'及' || f[b - 1] == U'與' || f[b - 1] == U'和');
    if (!list) continue;
    // A list of persons: 等 counts persons (等人, 等16位議員, 等3名), or the item before is a person or ends with a
    // title (…、岸信千世以及瀧波宏文等; 小磯明議員、菅野弘一等). Not 芒果、甘藷等作物.
    std::u32string_view counted(f.data() + q + 1, std::min<size_t>(5, end - q - 1));
    size_t counter = counted.find_first_of(U"人位名");
    bool counts = counter != std::u32string_view::npos &&
                  std::all_of(counted.begin(), counted.begin() + static_cast<std::ptrdiff_t>(counter),
                              [](char32_t c) { return (c >= U'0' && c <= U'9') || std::u32string_view(U"一二三四五六七八九十百數多餘").find(c) != std::u32string_view::npos; });
    bool after_person = std::any_of(hits.begin(), hits.end(), [&](const NameHit& o) {
      return o.name.end + 1 == b || (o.name.end < b && b - o.name.end <= 4 && SegAt(o.name.end) >= 0 &&
                                     segs_[static_cast<size_t>(SegAt(o.name.end))].kind == SegKind::kTitle);
    });
    if (!counts && !after_person) continue;
    h.rule = "list+等";
    hits.push_back(std::move(h));
  }
  // Latin names listed after one title (市議員Linda Kwon、Marcus Green; A與B): each holds that title.
  for (size_t i = 0, count = hits.size(); i < count; ++i) {
    if (hits[i].rule != "title+latin") continue;
    uint32_t r = hits[i].name.end;
    for (int items = 0; items < 8; ++items) {
      while (r < end && IsSpace(f[r])) ++r;
      // 、 between items; 與 / 及 / 和 before the last (市議員A與B).
      if (r >= end || (f[r] != U'、' && f[r] != U'與' && f[r] != U'及' && f[r] != U'和')) break;
      bool last = f[r] != U'、';
      uint32_t q = r + 1;
      while (q < end && IsSpace(f[q])) ++q;
      if (q >= end || !IsLatinLetter(nt_.text[q]) || !IsUpper(nt_.text[q])) break;
      NameHit h;
      if (!ReadLatinForward(q, end, &h) || overlaps(h.name)) break;
      h.posts = hits[i].posts;
      h.rule = "title+latin-list";
      r = h.name.end;
      hits.push_back(std::move(h));
      if (last) break;
    }
  }
  // Han names listed after one title (議員林美瑩、陳志鴻及王曉慧等; 議員 A（中國國民黨）、B（民主進步黨）): each holds that
  // title — three items or more (A、B及C), or items set apart by 、 alone; a note in parentheses after a name (its party)
  // is skipped. (Not 市長A與B: two items joined by 與 may be of two sides.)
  for (size_t i = 0, count = hits.size(); i < count; ++i) {
    if (hits[i].rule != "title+name" || hits[i].posts.empty() || !IsHan(f[hits[i].name.begin])) continue;
    auto past_note = [&](uint32_t r) {
      while (r < end && IsSpace(f[r])) ++r;
      if (r < end && f[r] == U'(') {
        uint32_t close = r + 1;
        while (close < end && f[close] != U')' && close - r <= 12) ++close;
        if (close < end && f[close] == U')') r = close + 1;
      }
      return r;
    };
    uint32_t r = past_note(hits[i].name.end);
    bool listed = false;  // a 、 seen
    for (int items = 0; items < 12; ++items) {
      while (r < end && IsSpace(f[r])) ++r;
      if (r >= end || (f[r] != U'、' && f[r] != U'與' && f[r] != U'及' && f[r] != U'和')) break;
      const bool last = f[r] != U'、';
      if (last && !listed) break;
      listed = true;
      uint32_t q = r + 1;
      while (q < end && IsSpace(f[q])) ++q;
      if (q >= end || !IsHan(f[q]) || SegAt(q) >= 0) break;  // (an item with its own title, place or body)
      NameHit h;
      if (!ReadHanForward(q, end, false, &h) || h.short_form) break;
      const uint32_t after = past_note(h.name.end);
      // (The item is the name alone: not 智慧 of 智慧城市科科長, 國際 of 國際交流課長. Or the last one, a verb of being
      // there right after it: 議員A、B在座, 、B亦出席.)
      const std::u32string_view next(f.data() + after, std::min<size_t>(3, end - std::min(after, end)));
      const bool there = ContainsAny(next.substr(0, 2), {U"在座", U"列席", U"陪同", U"出席"}) || next.starts_with(U"亦在座") ||
                         next.starts_with(U"亦出席") || next.starts_with(U"也在座");
      if (!there && !(after >= end || std::u32string_view(U"、,，;；。:\n等與及和").find(f[after]) != std::u32string_view::npos)) break;
      // (Nor the first word of a unit two words joined by 及 name, its head's title after it: 國際 of 國際及兩岸事務科科長.)
      if (!there && after < end && std::u32string_view(U"與及和").find(f[after]) != std::u32string_view::npos) {
        bool unit_title = false;
        for (uint32_t x = after + 3; x < end && x - after <= 10 && IsHan(f[x - 1]) && !unit_title; ++x)
          unit_title = lex_.Title(x).len > 0 && std::u32string_view(U"科課組股處局室部").find(f[x - 1]) != std::u32string_view::npos;
        if (unit_title) break;
      }
      bool known = false;
      for (NameHit& o : hits)
        if (o.name.begin == h.name.begin && o.name.end == h.name.end) {
          if (o.posts.empty()) o.posts = hits[i].posts;
          known = true;
        }
      if (!known && !overlaps(h.name)) {
        h.posts = hits[i].posts;
        h.rule = "title+han-list";
        hits.push_back(std::move(h));
      }
      r = after;
      if (last || there) break;
    }
  }
  // Han names a team's or a group's members are listed by, with no title (隊員包括陳怡安及黃柏翰, 團員有A、B、C): persons
  // holding no post, each item the name alone (a surname the data know). (Not an item with its own title, place or
  // body: 訪團成員包括州參議員X, read by its title.)
  // (Or a delegation's students or youths: 學生代表包括A、B及C等人.)
  for (uint32_t at = sentence.begin; at + 3 < end; ++at) {
    if ((f[at] != U'員' && f[at] != U'表') || at == sentence.begin) continue;  // (the cheap test first)
    if (f[at] == U'員' && !ContainsAny(std::u32string_view(f.data() + at - 1, 1), {U"隊", U"團", U"成", U"組"})) continue;
    if (f[at] == U'表' && !(at >= sentence.begin + 3 && f[at - 1] == U'代' &&
                           ContainsAny(std::u32string_view(f.data() + at - 3, 2), {U"學生", U"青年"})))
      continue;
    uint32_t q = at + 1;
    bool verb = false;
    for (std::u32string_view w : {U"包括", U"包含", U"計有", U"有", U"為"})
      if (!verb && f.compare(q, w.size(), w) == 0) {
        q += static_cast<uint32_t>(w.size());
        verb = true;
      }
    if (!verb) continue;
    if (q < end && (f[q] == U':' || f[q] == U'：')) ++q;
    for (int items = 0; items < 12; ++items) {
      while (q < end && IsSpace(f[q])) ++q;
      if (q >= end || !IsHan(f[q]) || SegAt(q) >= 0) break;
      NameHit h;
      if (!ReadHanForward(q, end, false, &h) || h.short_form) break;
      const uint32_t after = h.name.end;
      if (!(after >= end || std::u32string_view(U"、,，;；。\n等及和與").find(f[after]) != std::u32string_view::npos)) break;
      if (!overlaps(h.name)) {
        h.posts.clear();
        h.rule = "members-list";
        hits.push_back(std::move(h));
      }
      if (after >= end || std::u32string_view(U"、及和與").find(f[after]) == std::u32string_view::npos) break;
      q = after + 1;
    }
  }
  // A list item that starts with an honorific and a Latin name, its posts after the colon:
  // "- Mr. Sam Smith (太平洋區代表)：紐西蘭地方政府協會(LGNZ) 主席暨塞爾溫區議會 市長。"
  {
    uint32_t q = sentence.begin;
    while (q < end && (IsSpace(f[q]) || f[q] == U'-' || f[q] == U'•' || f[q] == U'●' || f[q] == U'\n')) ++q;
    static const std::u32string_view kHonorifics[] = {U"mr.", U"ms.", U"mrs.", U"dr.", U"prof."};
    bool honorific = false;
    for (auto hn : kHonorifics) honorific = honorific || f.compare(q, hn.size(), hn) == 0;
    NameHit h;
    if (honorific && ReadLatinForward(q, end, &h) && !overlaps(h.name)) {
      // "Mr. X (分會前任主席)：…", "Mr. X (陳昊蘇)(分會創會主席)": a parenthesis holding a title is a post, not
      // another name.
      uint32_t open = h.name.end;
      for (int round = 0; round < 2; ++round) {
        while (open < end && IsSpace(f[open])) ++open;
        if (open >= end || f[open] != U'(') break;
        uint32_t close = open;
        while (close < end && f[close] != U')' && close - open < 40) ++close;
        if (close >= end || f[close] != U')') break;
        bool titled = false;
        auto it = std::lower_bound(segs_.begin(), segs_.end(), open, [](const Seg& x, uint32_t v) { return x.span.begin < v; });
        for (; it != segs_.end() && it->span.begin < close && !titled; ++it)
          titled = it->kind == SegKind::kTitle && g_.titles()[static_cast<size_t>(it->index)].scope != TitleScope::kHonorific;
        if (titled)
          PostsIn(open + 1, close, false, &h);
        else if (round == 0)
          ReadTrailingAlias(h.name.end, end, &h);
        open = close + 1;
      }
      ListItemPosts(h.name.end, end, &h);
      h.rule = "honorific-list-item";
      hits.push_back(std::move(h));
    }
  }
  // A line of a list or an agenda: a name, then its office in parentheses, the title closing them — after a number
  // (1. 大野修平（東京消防廳警防部長）) or a role's label (主持人：Lim Kok Wah（SCDF副總監）, 與談人：…).
  {
    uint32_t q = sentence.begin;
    while (q < end && (IsSpace(f[q]) || f[q] == U'\n' || f[q] == U'-' || f[q] == U'•' || f[q] == U'●')) ++q;
    uint32_t digits = q;
    while (q < end && f[q] >= U'0' && f[q] <= U'9') ++q;
    bool numbered = q > digits && q < end && (f[q] == U'.' || f[q] == U'、' || f[q] == U')');
    if (numbered) ++q;
    // (Or numbered in words: 一、安東尼斯·帕帕多普洛斯（…）, (二)….)
    if (!numbered && q < end) {
      const bool paren = f[q] == U'(';
      uint32_t r = paren ? q + 1 : q;
      const uint32_t w = r;
      while (r < end && r - w < 3 && std::u32string_view(U"一二三四五六七八九十").find(f[r]) != std::u32string_view::npos) ++r;
      if (r > w && r < end && (paren ? f[r] == U')' : f[r] == U'、')) {
        q = r + 1;
        numbered = true;
      }
    }
    static const std::u32string_view kLabels[] = {U"主持人:", U"與談人:", U"引言人:", U"主講人:", U"講者:", U"講座:", U"評論人:"};
    // A speaker of a session: after a role's label on the line, or numbered under a line that is such a label (與談人：).
    bool speaker = false;
    if (!numbered) {
      for (auto label : kLabels)
        if (f.compare(q, label.size(), label) == 0) {
          q += static_cast<uint32_t>(label.size());
          numbered = speaker = true;
          break;
        }
    } else {
      uint32_t line = digits;
      for (int up = 0; up < 8 && line > 1 && !speaker; ++up) {
        uint32_t prev_end = line - 1;  // the line break before this line
        uint32_t prev = prev_end;
        while (prev > 0 && f[prev - 1] != U'\n') --prev;
        std::u32string_view text(f.data() + prev, prev_end - prev);
        while (!text.empty() && IsSpace(text.front())) text.remove_prefix(1);
        while (!text.empty() && IsSpace(text.back())) text.remove_suffix(1);
        for (auto label : kLabels) speaker = speaker || text == label;
        // (Past the other numbered items of the list only.)
        if (text.empty() || !(text.front() >= U'0' && text.front() <= U'9')) break;
        line = prev;
      }
    }
    while (numbered && q < end && IsSpace(f[q])) ++q;
    NameHit h;
    // (A transliterated name, its parts joined by a dot, is read whole: 安東尼斯·帕帕多普洛斯, not 安東尼 of surname 安.)
    bool dotted = false;
    for (uint32_t x = q; x < end && x - q < 12 && (IsHan(f[x]) || IsNameDot(f[x])) && !dotted; ++x) dotted = IsNameDot(f[x]);
    bool read = numbered && q < end &&
                (IsHan(f[q]) ? ReadHanForward(q, end, dotted, &h) : ReadLatinForward(q, end, &h)) && !overlaps(h.name);
    if (read) {
      uint32_t open = h.name.end;
      while (open < end && IsSpace(f[open])) ++open;
      uint32_t close = open;
      while (close < end && f[close] != U')' && close - open < 40) ++close;
      // (Its Latin form first, then the office after a comma: （Antonis Papadopoulos，聖托里尼市長）.)
      uint32_t office = open + 1;
      if (close < end && f[open] == U'(' && open + 1 < close && IsLatinLetter(f[open + 1]))
        for (uint32_t c = open + 1; c < close; ++c)
          if (f[c] == U',') {
            uint32_t latin_end = c;
            while (latin_end > open + 1 && IsSpace(f[latin_end - 1])) --latin_end;
            if (h.alias.empty()) h.alias = nt_.Utf8(open + 1, latin_end);
            office = c + 1;
            break;
          }
      // The title closes the parentheses: an office, not a note (（線上）) or another name.
      int ts = close < end && f[open] == U'(' ? SegEndAt(close) : -1;
      if (ts >= 0 && segs_[static_cast<size_t>(ts)].kind == SegKind::kTitle &&
          g_.titles()[static_cast<size_t>(segs_[static_cast<size_t>(ts)].index)].scope != TitleScope::kHonorific) {
        PostsIn(office, close + 1, false, &h);
        DropCountryHeldBodyTitles(&h);
        if (!h.posts.empty()) {
          h.rule = speaker ? "session-speaker" : "list-name(office)";
          hits.push_back(std::move(h));
        }
      }
    }
  }
  // Chinese prose with an English title before a Latin name (拜會哈利法克斯市政府，與Deputy Mayor Ruth Whitby會談): the
  // title's Chinese equivalent, held where the context says (as a Chinese title with no place before it).
  {
    const std::u32string& t = nt_.text;
    static const std::pair<std::u32string_view, std::string_view> kTitles[] = {
        {U"Deputy Mayor", "副市長"}, {U"Vice Mayor", "副市長"}, {U"Lord Mayor", "市長"},     {U"Mayor", "市長"},
        {U"Deputy Governor", "副州長"}, {U"Vice Governor", "副州長"}, {U"Governor", "州長"}, {U"Premier", "省長"}};
    for (uint32_t c = sentence.begin + 1; c < end; ++c) {
      if (t[c] < U'A' || t[c] > U'Z' || !IsHan(f[c - 1])) continue;  // (an ASCII capital first: the cheap test)
      for (const auto& [en, zh] : kTitles) {
        const uint32_t q = c + static_cast<uint32_t>(en.size());
        if (q + 1 >= end || t.compare(c, en.size(), en) != 0 || t[q] != U' ' || !IsUpper(t[q + 1])) continue;
        NameHit h;
        if (!ReadLatinForward(q + 1, end, &h) || h.name.begin != q + 1 || overlaps(h.name)) break;
        // (Two words at least, up to a Han character: the name, not a phrase going on in English.)
        if (std::count(t.begin() + h.name.begin, t.begin() + h.name.end, U' ') < 1 || (h.name.end < end && !IsHan(f[h.name.end]))) break;
        const int title = TitleNamed(zh);
        if (title < 0) break;
        NameHit::Post post;
        post.title = title;
        post.title_text = std::string(zh);
        h.posts.push_back(std::move(post));
        h.rule = "english-title+latin";
        h.foreign = true;
        hits.push_back(std::move(h));
        break;
      }
    }
  }
  // In prose: a Latin name, then its office in parentheses, the title closing them (Priya Natarajan（印度清奈市副市長）以…
  // 為題演講; Kim Ji-hoon（韓國首爾特別市青年政策課長）). (Read from each opening parenthesis back to the name.)
  {
    const std::u32string& t = nt_.text;
    for (uint32_t open = sentence.begin; open < end; ++open) {
      if (f[open] != U'(') continue;
      uint32_t name_end = open;
      while (name_end > sentence.begin && IsSpace(f[name_end - 1])) --name_end;
      if (name_end == sentence.begin || !IsLatinLetter(t[name_end - 1])) continue;
      // The run of Latin words before it (40 characters at most), tried from its first word on.
      uint32_t run = name_end;
      while (run > sentence.begin && name_end - run < 40 &&
             (IsLatinLetter(t[run - 1]) || IsSpace(t[run - 1]) || t[run - 1] == U'-' || t[run - 1] == U'.' || t[run - 1] == U'\''))
        --run;
      uint32_t close = open;
      while (close < end && f[close] != U')' && close - open < 40) ++close;
      // (Or the title closes the first clause inside them, a note after: （倫敦副市長，主管文化及創意產業）.)
      uint32_t office_end = close;
      for (uint32_t c = open + 1; c < close; ++c)
        if (f[c] == U',' || f[c] == U'，') {
          office_end = c;
          break;
        }
      int ts = close < end ? SegEndAt(office_end) : -1;
      if (ts < 0 || segs_[static_cast<size_t>(ts)].kind != SegKind::kTitle ||
          g_.titles()[static_cast<size_t>(segs_[static_cast<size_t>(ts)].index)].scope == TitleScope::kHonorific)
        continue;
      close = office_end;
      for (uint32_t q = run; q < name_end; ++q) {
        if (!IsUpper(t[q]) || (q > run && !IsSpace(t[q - 1]))) continue;
        NameHit h;
        if (!ReadLatinForward(q, end, &h) || h.name.begin != q || h.name.end != name_end) continue;
        // (A name read already with the title before it, WCCF主席Justine Harcourt（倫敦副市長）: the office in the
        // parentheses is a second post of that person, no other name.)
        if (overlaps(h.name)) {
          for (NameHit& earlier : hits)
            if (earlier.name.begin == h.name.begin && earlier.name.end == h.name.end && !earlier.posts.empty() &&
                earlier.rule.starts_with("title+")) {  // (not one read with the parentheses already: list-name(office))
              const size_t had = earlier.posts.size();
              PostsIn(open + 1, close + 1, false, &earlier);
              if (earlier.posts.size() > had && earlier.alias == nt_.Utf8(open + 1, close)) earlier.alias.clear();
            }
          continue;
        }
        PostsIn(open + 1, close + 1, false, &h);
        if (!h.posts.empty()) {
          h.rule = "latin(office)";
          h.foreign = true;
          hits.push_back(std::move(h));
        }
        break;
      }
    }
  }
  std::sort(hits.begin(), hits.end(), [](const NameHit& a, const NameHit& b) { return a.name.begin < b.name.begin; });
  // Posts listed after the person by a verb: "X 曾任印尼社會事務部長（2020-2024）、UCLG ASPAC 主席、泗水市長" (past),
  // "X 現任 A 市長". The person is a name found in the sentence, or an honorific with the last word of a Latin
  // name found before it ("Dr. Smith 曾任…" after "Dr. John Smith"). The list runs to the end of the clause or the
  // next person.
  {
    static const std::pair<std::u32string_view, bool> kVerbs[] = {
        {U"曾任", true}, {U"曾擔任", true}, {U"歷任", true}, {U"現任", false}, {U"現為", false}, {U"擔任", false},
        {U"出任", false}, {U"兼任", false},
        // elected or kept in office (泗水市長X連任會長, …田中浩一當選共同會長)
        {U"連任", false}, {U"續任", false}, {U"當選為", false}, {U"當選", false}, {U"獲選為", false}};
    auto verb_after = [&](uint32_t pos, bool* past) -> uint32_t {
      while (pos < end && (IsSpace(f[pos]) || f[pos] == U',')) ++pos;
      if (pos >= end) return 0;
      for (const auto& [verb, is_past] : kVerbs)
        if (f.compare(pos, verb.size(), verb) == 0) {
          *past = is_past;
          return pos + static_cast<uint32_t>(verb.size());
        }
      // (為 alone, "is", where its clause opens with a body or a place and closes with a title: 布朗州眾議員為賓州議會台灣
      // 連線共同主席 — not 市長X為感謝Y市長…, 為此, 為題.)
      if (f[pos] == U'為') {
        uint32_t c = pos + 1;
        while (c < end && c - pos <= 30 && std::u32string_view(U",，。;；:\n(").find(f[c]) == std::u32string_view::npos) ++c;
        const int t = c - pos <= 30 ? SegEndAt(c) : -1;
        const int holder = SegAt(pos + 1);
        const Seg* title = t >= 0 ? &segs_[static_cast<size_t>(t)] : nullptr;
        const Seg* body = holder >= 0 ? &segs_[static_cast<size_t>(holder)] : nullptr;
        if (title && body && title->kind == SegKind::kTitle && body->kind != SegKind::kTitle && body->span.end <= title->span.begin) {
          *past = false;
          return pos + 1;
        }
      }
      return 0;
    };
    auto clause_end = [&](uint32_t from, size_t person) {
      uint32_t e = from;
      while (e < end && f[e] != U'。' && f[e] != U';' && f[e] != U'\n') ++e;
      // (A clause that turns to another verb ends it: …擔任市長權限代行，並於開幕式致詞，歡迎…的代表 — not his post.)
      for (uint32_t c = from; c + 1 < e; ++c)
        if ((f[c] == U',' || f[c] == U'，') && (f[c + 1] == U'並' || f[c + 1] == U'且')) {
          e = c;
          break;
        }
      for (size_t k = person + 1; k < hits.size(); ++k)
        if (hits[k].name.begin >= from) {
          e = std::min(e, hits[k].name.begin);
          // (The title right before the next name is that one's, and so is its clause: 由…知事X擔任統監，橫濱市長Y致詞 —
          // up to the comma before it, ten characters at most before the title.)
          if (const int t = SegEndAt(e); e == hits[k].name.begin && t >= 0 && segs_[static_cast<size_t>(t)].kind == SegKind::kTitle)
            for (uint32_t c = segs_[static_cast<size_t>(t)].span.begin; c-- > from && segs_[static_cast<size_t>(t)].span.begin - c <= 10;)
              if (f[c] == U',') {
                e = c;
                break;
              }
          break;
        }
      return e;
    };
    static const std::u32string_view kHonorifics[] = {U"mr.", U"ms.", U"mrs.", U"dr.", U"prof."};
    auto honorific_at = [&](uint32_t q) -> uint32_t {
      if (f[q] != U'm' && f[q] != U'd' && f[q] != U'p') return 0;  // (called at every character: the cheap test first)
      if (q > sentence.begin && IsLatinLetter(f[q - 1])) return 0;
      for (auto hn : kHonorifics)
        if (f.compare(q, hn.size(), hn) == 0) return static_cast<uint32_t>(hn.size());
      return 0;
    };
    // "任命 Dr. Tri Smith 為 2025-2027 年 UCLG ASPAC 大使": an honorific and a Latin name, 為, then the posts.
    bool added = false;
    for (uint32_t q = sentence.begin; q < end; ++q) {
      if (!honorific_at(q)) continue;
      NameHit h;
      if (!ReadLatinForward(q, end, &h) || overlaps(h.name)) continue;
      uint32_t p = h.name.end;
      while (p < end && IsSpace(f[p])) ++p;
      if (p >= end || f[p] != U'為') continue;
      uint32_t e = p + 1;
      while (e < end && f[e] != U'。' && f[e] != U';' && f[e] != U',' && f[e] != U'\n') ++e;
      PostsIn(p + 1, e, false, &h);
      if (h.posts.empty()) continue;
      h.rule = "honorific+為";
      hits.push_back(std::move(h));
      added = true;
    }
    // "張簡志遠，曾任…局長，…": a Han name alone opening the sentence, set apart by a comma before the verb (an
    // appositive), is the person the list is of.
    {
      uint32_t q = sentence.begin;
      while (q < end && (IsSpace(f[q]) || f[q] == U'\n')) ++q;
      NameHit h;
      bool past = false;
      if (q < end && IsHan(f[q]) && ReadHanForward(q, end, false, &h) && !h.short_form && !overlaps(h.name) &&
          h.name.end < end && f[h.name.end] == U',' && verb_after(h.name.end, &past)) {
        h.rule = "name,verb";
        hits.push_back(std::move(h));
        added = true;
      }
    }
    // "78歲縣民陳阿土以5小時48分完成全程": a resident (縣民, 市民) named right after the word, a full Han name that ends
    // where a word that stops names or a mark follows, is a person with no post.
    const std::u32string_view in_sentence(f.data(), end);
    for (size_t at = in_sentence.find(U'民', sentence.begin + 1); at != std::u32string_view::npos && at + 3 < end;
         at = in_sentence.find(U'民', at + 1)) {
      const auto q = static_cast<uint32_t>(at - 1);  // (the cheap search first: 民, then what stands before it)
      if (std::u32string_view(U"縣市鄉鎮村區").find(f[q]) == std::u32string_view::npos) continue;
      // (Three characters at most: 陳阿土以 is no married woman's name, 以 a word of its own.)
      NameHit h;
      if (!IsHan(f[q + 2]) || !ReadHanForward(q + 2, std::min(end, q + 5), false, &h) || h.short_form || h.name.begin != q + 2 ||
          h.name.size() < 3 || overlaps(h.name))
        continue;
      if (h.name.end < end && IsHan(f[h.name.end]) && !BlocksName(h.name.end) && !lex_.LeadEndsAt(h.name.end + 1)) continue;
      h.rule = "resident+name";
      hits.push_back(std::move(h));
      added = true;
    }
    if (added)
      std::sort(hits.begin(), hits.end(), [](const NameHit& a, const NameHit& b) { return a.name.begin < b.name.begin; });
    for (size_t i = 0; i < hits.size(); ++i) {
      uint32_t p = hits[i].name.end;
      while (p < end && IsSpace(f[p])) ++p;
      if (p < end && f[p] == U'(') {  // the name's alias
        while (p < end && f[p] != U')') ++p;
        if (p < end) ++p;  // (an unclosed parenthesis runs to the end of the sentence)
      }
      bool past = false;
      uint32_t v = verb_after(p, &past);
      // (Past the holder's own title: Whitcombe市長曾任西澳州州議員.)
      if (const int own_title = v ? -1 : SegAt(p); own_title >= 0 && segs_[static_cast<size_t>(own_title)].kind == SegKind::kTitle)
        v = verb_after(segs_[static_cast<size_t>(own_title)].span.end, &past);
      if (!v) continue;
      size_t before = hits[i].posts.size();
      uint32_t stop = clause_end(v, i);
      // (An election's office ends at the comma: X連任會長，Y當選… names Y's offices next.)
      if (std::u32string_view(U"連續當獲").find(f[p]) != std::u32string_view::npos)
        for (uint32_t c = v; c < stop; ++c)
          if (f[c] == U',') {
            stop = c;
            break;
          }
      // (曾任A，現為B: a verb after a comma starts the next list, past or present as it says.)
      {
        uint32_t from = v, upto = stop;
        bool is_past = past;
        for (int round = 0; round < 4 && from < upto; ++round) {
          uint32_t next = 0;
          bool next_past = false;
          for (uint32_t c = from; c < upto && !next; ++c)
            if (f[c] == U',') next = verb_after(c, &next_past);
          uint32_t cut = upto;
          if (next)
            for (uint32_t c = from; c < upto; ++c)
              if (f[c] == U',' && verb_after(c, &next_past) == next) {
                cut = c;
                break;
              }
          PostsIn(from, cut, is_past, &hits[i]);
          if (!next) break;
          from = next;
          is_past = next_past;
        }
      }
      // (Persons listed before with 及 or 、 share the verb: 首爾副市長A及橫濱市長B當選共同會長.)
      for (size_t j = i; j-- > 0;) {
        uint32_t from = hits[j].name.end, to = hits[j + 1].name.begin;
        if (to <= from || to - from > 16) break;
        std::u32string_view between(f.data() + from, to - from);
        if (between.find_first_of(U"及、與和") == std::u32string_view::npos ||
            between.find_first_of(U",，;；。:\n") != std::u32string_view::npos || verb_after(from, &past))
          break;
        PostsIn(v, stop, past, &hits[j]);
      }
      // "總部設於釜山市，由釜山市長朴亨竣兼任會長一職": an organization's title with no holder named belongs to the
      // organization named last before the person.
      for (size_t k = before; k < hits[i].posts.size(); ++k) {
        NameHit::Post& post = hits[i].posts[k];
        if (post.holder_seg >= 0 || !post.holder_org.empty() || !post.holder_place.empty() ||
            g_.titles()[static_cast<size_t>(post.title)].scope != TitleScope::kOrg)
          continue;
        auto it = std::lower_bound(segs_.begin(), segs_.end(), hits[i].name.begin,
                                   [](const Seg& x, uint32_t pos) { return x.span.begin < pos; });
        // (in this sentence or an earlier one of the same paragraph: the paragraph's subject)
        while (it != segs_.begin()) {
          --it;
          if (hits[i].name.begin - it->span.end > 300 ||
              std::u32string_view(f.data() + it->span.end, hits[i].name.begin - it->span.end).find(U'\n') !=
                  std::u32string_view::npos)
            break;
          if (it->kind == SegKind::kOrg || it->kind == SegKind::kPatternOrg) {
            post.holder_seg = static_cast<int>(it - segs_.begin());
            break;
          }
        }
      }
    }
    // (An appositive that names no office is no person found: 高雄，現為…)
    hits.erase(std::remove_if(hits.begin(), hits.end(), [](const NameHit& h) { return h.rule == "name,verb" && h.posts.empty(); }),
               hits.end());
    for (uint32_t q = sentence.begin; q < end; ++q) {
      if (uint32_t hn = honorific_at(q)) {
        uint32_t w = q + hn;
        while (w < end && IsSpace(f[w])) ++w;
        uint32_t we = w;
        while (we < end && IsLatinLetter(f[we])) ++we;
        bool past = false;
        uint32_t v = we - w >= 3 ? verb_after(we, &past) : 0;
        if (!v) continue;
        std::u32string word = U" " + f.substr(w, we - w);
        for (size_t i = hits.size(); i-- > 0;) {
          const Span& n = hits[i].name;
          if (n.end > q || n.size() <= word.size()) continue;
          if (f.compare(n.end - word.size(), word.size(), word) != 0) continue;
          PostsIn(v, clause_end(v, i), past, &hits[i]);
          break;
        }
      }
    }
  }
  for (size_t i = 1; i < hits.size(); ++i) {
    NameHit& h = hits[i];
    const NameHit& prev = hits[i - 1];
    if (h.posts.empty() || h.posts[0].holder_seg >= 0 || prev.posts.empty() || prev.posts[0].holder_seg < 0) continue;
    // The item starts right after "、" that ends the previous item (title+name: the title starts the item, or a short
    // unit before it: 及觀光政策組長 X).
    // (Before the honorific, if any: 、投資局長Mr. Agus Suryanto.)
    uint32_t name_begin = h.outer_begin > 0 && h.outer_begin < h.name.begin ? h.outer_begin : h.name.begin;
    while (name_begin > 0 && IsSpace(f[name_begin - 1])) --name_begin;
    int ts = SegEndAt(name_begin);
    uint32_t item_start = h.name.begin;
    uint32_t title_begin = 0;
    if (ts >= 0 && segs_[static_cast<size_t>(ts)].kind == SegKind::kTitle) {
      title_begin = item_start = segs_[static_cast<size_t>(ts)].span.begin;
      uint32_t q = item_start;
      while (q > 0 && IsHan(f[q - 1]) && item_start - q < 6 && SegEndAt(q) < 0 && !lex_.LeadEndsAt(q) &&
             std::u32string_view(U"、及與和暨").find(f[q - 1]) == std::u32string_view::npos)
        --q;
      if (q > 0 && std::u32string_view(U"、及與").find(f[q - 1]) != std::u32string_view::npos) item_start = q;
    }
    uint32_t prev_end = prev.name.end;  // after its alias in parentheses, if any
    while (prev_end < item_start && f[prev_end] == U' ') ++prev_end;
    if (prev_end < item_start && f[prev_end] == U'(') {
      while (prev_end < item_start && f[prev_end] != U')') ++prev_end;
      ++prev_end;
    }
    if (item_start == 0 || prev_end + 6 < item_start) continue;
    const Seg& holder = segs_[static_cast<size_t>(prev.posts[0].holder_seg)];
    // 、 (or 偕同) continues a list of one body's officers; 及 joins a city's mayor and deputy (高陽市長李東煥及副市長朴源錫);
    // the same office twice (小磯明議員、菅野弘一議員) is held in the same place.
    bool org = holder.kind == SegKind::kOrg || holder.kind == SegKind::kPatternOrg;
    bool place = holder.kind == SegKind::kPlace;
    bool comma = f[item_start - 1] == U'、';
    bool and_ = f[item_start - 1] == U'及';
    // 該局局長X偕同局長代理Y: colleagues who come with an organization's officer are its officers.
    bool with = item_start >= 2 && (f.compare(item_start - 2, 2, U"偕同") == 0 || f.compare(item_start - 2, 2, U"率同") == 0);
    ontology::Role role = g_.titles()[static_cast<size_t>(h.posts[0].title)].role;
    bool same_office = (h.posts[0].title == prev.posts[0].title ||
                        (role != ontology::Role::kOther && role == g_.titles()[static_cast<size_t>(prev.posts[0].title)].role)) &&
                       (comma || and_) && h.foreign && prev.foreign && prev_end + 3 >= item_start;
    // (A list of the other side's officials after one of a place: 布拉提斯拉瓦副市長A、市議員B: a government's title
    // after 、 is held in the same place.)
    const TitleInfo& this_title = g_.titles()[static_cast<size_t>(h.posts[0].title)];
    const bool their_list = place && comma && h.foreign && prev.foreign && prev_end + 3 >= item_start;
    bool their_government = their_list && this_title.scope == TitleScope::kGov;
    // (Nor a legislator's title after one a state's legislator holds: 加州參議員A、眾議員B — the same state's.)
    bool their_legislature = their_list && this_title.scope == TitleScope::kNation && this_title.title.ends_with("議員") &&
                             g_.titles()[static_cast<size_t>(prev.posts[0].title)].title.ends_with("議員");
    if (!((org && (comma || with)) || (place && and_) || same_office || their_government || their_legislature)) continue;
    // (Not a surname and a title, 林副縣長: one named in full elsewhere, who holds his post there — lined up beside the
    // other side's officials in a photo's caption, 左起：峴港市旅遊廳廳長A、林副縣長、賴處長, or a witness after the
    // other side's governor, 科希策州州長A及江代表出席見證: our representative, not the region's.)
    if (h.short_form) continue;
    h.posts[0].holder_seg = prev.posts[0].holder_seg;
    if (title_begin > item_start) h.posts[0].title_text = nt_.Utf8(item_start, title_begin) + h.posts[0].title_text;
  }
  // "聖保羅市副市長 A、國際關係處處長 B": a department written without its government, in a list after an official of a
  // place, is that place's department when its head is of the other side (a Latin or Japanese name): the post is
  // held in the place, with the department in the title (the publisher's departments are written the same way, so
  // a Chinese name keeps the default).
  for (size_t i = 1; i < hits.size(); ++i) {
    NameHit& h = hits[i];
    const NameHit& prev = hits[i - 1];
    if (!h.foreign || h.posts.empty() || h.posts[0].holder_seg < 0 || prev.posts.empty() || prev.posts[0].holder_seg < 0) continue;
    const Seg& unit = segs_[static_cast<size_t>(h.posts[0].holder_seg)];
    const Seg& place = segs_[static_cast<size_t>(prev.posts[0].holder_seg)];
    if (unit.kind != SegKind::kPatternOrg || place.kind != SegKind::kPlace) continue;
    // (Not after an official of a Taiwanese place: 副縣長A、原住民族行政處處長阿布娜·卡瓦斯 — a Taiwanese indigenous name,
    // written with a dot as a transliteration is, heads the county's own department.)
    if (PlaceInTaiwan(place)) continue;
    // Qualified by default: the canonical name is longer than what is written, and ends with it.
    std::string written = nt_.Utf8(unit.span);
    if (unit.name.size() <= written.size() || unit.name.compare(unit.name.size() - written.size(), written.size(), written) != 0) continue;
    // (after 、, or 及 before the list's last item; or after the verb bringing the official's companions, the
    // government written as 市府 — 科爾多瓦市市長A偕同市府國際關係處處長B: the mayor's own government, not the publisher.)
    uint32_t lead = unit.span.begin;
    if (const int g = SegEndAt(lead); g >= 0 && segs_[static_cast<size_t>(g)].kind == SegKind::kSelf) {
      const std::u32string_view self(f.data() + segs_[static_cast<size_t>(g)].span.begin, segs_[static_cast<size_t>(g)].span.size());
      if (self == U"市府" || self == U"縣府" || self == U"市政府" || self == U"縣政府") lead = segs_[static_cast<size_t>(g)].span.begin;
    }
    const std::u32string_view led(f.data() + prev.name.end, lead - std::min(lead, prev.name.end));
    const bool companion = lead > prev.name.end && led.size() <= 3 &&
                           (led.ends_with(U"偕同") || led.ends_with(U"率同") || led.ends_with(U"率領") || led.ends_with(U"帶領"));
    if (unit.span.begin == 0 || (f[unit.span.begin - 1] != U'、' && f[unit.span.begin - 1] != U'及' && !companion) ||
        prev.name.end + 8 < unit.span.begin)
      continue;
    h.posts[0].unit_seg = h.posts[0].holder_seg;
    h.posts[0].holder_seg = prev.posts[0].holder_seg;
    h.posts[0].title_text = written + h.posts[0].title_text;
  }
  // 下午由市政府文化及觀光處處長X導覽: a department written after a bare 市政府 (市府, 縣政府, 縣府), its head of the other
  // side, is the department of the other side's place the text named last before it (…邀請普羅夫迪夫市組團參加… — the
  // call's city), not the publisher's: the post is held in that place, with the department in the title. (A place of
  // Taiwan is passed over: one of the other side heads none of its departments.)
  for (NameHit& h : hits) {
    if (!h.foreign || h.posts.empty() || h.posts[0].holder_seg < 0 || h.posts[0].unit_seg >= 0) continue;
    const Seg& unit = segs_[static_cast<size_t>(h.posts[0].holder_seg)];
    // (A unit named in the sentence only: a holder found before it, a caption's line above, has no bare 市政府 here.)
    if (unit.kind != SegKind::kPatternOrg || unit.span.begin < sentence.begin) continue;
    const std::string written = nt_.Utf8(unit.span);
    if (unit.name.size() <= written.size() || unit.name.compare(unit.name.size() - written.size(), written.size(), written) != 0) continue;
    // (The government word opening the department's name, right before it, or before the words its name opens with:
    // 市政府國際合作處, 市政府文化及觀光處.)
    std::u32string_view unit_text(f.data() + unit.span.begin, unit.span.size());
    size_t opening = 0;
    for (std::u32string_view w : {U"市政府", U"縣政府", U"市府", U"縣府"})
      if (opening == 0 && unit_text.size() > w.size() + 1 && unit_text.starts_with(w)) opening = w.size();
    uint32_t gov = unit.span.begin;
    while (gov > sentence.begin && unit.span.begin - gov < 4 && IsHan(f[gov - 1]) && f[gov - 1] != U'府') --gov;
    std::u32string_view before(f.data() + sentence.begin, (opening ? unit.span.begin + static_cast<uint32_t>(opening) : gov) - sentence.begin);
    if (!(before.ends_with(U"市政府") || before.ends_with(U"縣政府") || before.ends_with(U"市府") || before.ends_with(U"縣府")) ||
        before.ends_with(U"本市政府") || before.ends_with(U"本縣政府"))
      continue;
    const size_t word = before.ends_with(U"政府") ? 3 : 2;
    const uint32_t word_begin = sentence.begin + static_cast<uint32_t>(before.size() - word);
    if (word_begin > sentence.begin && IsHan(f[word_begin - 1]) && SegEndAt(word_begin) >= 0) continue;
    int place = -1;
    for (auto it = std::lower_bound(segs_.begin(), segs_.end(), unit.span.begin, [](const Seg& x, uint32_t v) { return x.span.begin < v; });
         it != segs_.begin();) {
      --it;
      if (unit.span.begin - it->span.begin > 400) break;
      if (it->kind == SegKind::kPlace && PlaceAbroad(*it)) {
        place = static_cast<int>(it - segs_.begin());
        break;
      }
    }
    if (place < 0) continue;
    h.posts[0].unit_seg = h.posts[0].holder_seg;
    h.posts[0].holder_seg = place;
    h.posts[0].title_text = nt_.Utf8(unit.span.begin + static_cast<uint32_t>(opening), unit.span.end) + h.posts[0].title_text;
  }
  // "會議由世界大都會協會主席 X 主持，秘書長 Y 報告": an organization's title (or 秘書長) of a person of the other side
  // with no holder belongs to the known network named last before it in the sentence, when no place stands between.
  for (NameHit& h : hits) {
    if (!h.foreign) continue;
    for (NameHit::Post& post : h.posts) {
      const TitleInfo& info = g_.titles()[static_cast<size_t>(post.title)];
      if (post.holder_seg >= 0 || !post.holder_org.empty() || !post.holder_place.empty()) continue;
      if (info.scope != TitleScope::kOrg && info.role != ontology::Role::kSecretaryGeneral) continue;
      auto it = std::lower_bound(segs_.begin(), segs_.end(), h.name.begin, [](const Seg& x, uint32_t v) { return x.span.begin < v; });
      while (it != segs_.begin()) {
        --it;
        if (it->span.begin < sentence.begin) break;
        // A place that holds another person's office (巴塞隆納市長 X) is passed over.
        auto next = std::next(it);
        bool office = next != segs_.end() && next->kind == SegKind::kTitle && next->span.begin == it->span.end;
        if ((it->kind == SegKind::kPlace || it->kind == SegKind::kCountry) && office) continue;
        if (it->kind == SegKind::kPlace || it->kind == SegKind::kCountry || it->kind == SegKind::kSelf ||
            it->kind == SegKind::kPatternOrg)
          break;
        if (it->kind == SegKind::kOrg) {
          post.holder_seg = static_cast<int>(it - segs_.begin());
          break;
        }
      }
    }
  }
  // "UCLG ASPAC會長（泗水市長X）": an office with no name after it, then in parentheses the person who holds it (with
  // another office of theirs before the name, or none): the person holds both.
  for (NameHit& h : hits) {
    if (h.short_form) continue;
    uint32_t open = h.outer_begin < h.name.begin ? h.outer_begin : h.name.begin;
    // Back over the person's own office inside the parentheses (a place or a body, then a title).
    uint32_t q = open;
    for (int guard = 0; guard < 3 && q > sentence.begin; ++guard) {
      int k = SegEndAt(q);
      if (k < 0) break;
      const Seg& s = segs_[static_cast<size_t>(k)];
      if (s.kind != SegKind::kTitle && s.kind != SegKind::kPlace && s.kind != SegKind::kOrg && s.kind != SegKind::kPatternOrg) break;
      q = s.span.begin;
    }
    if (q <= sentence.begin || f[q - 1] != U'(') continue;
    int t = SegEndAt(q - 1);
    if (t < 0 || segs_[static_cast<size_t>(t)].kind != SegKind::kTitle) continue;
    const Seg& title = segs_[static_cast<size_t>(t)];
    if (g_.titles()[static_cast<size_t>(title.index)].scope == TitleScope::kHonorific) continue;
    bool held = false;
    for (const NameHit::Post& p : h.posts) held = held || p.title == title.index;
    if (held) continue;
    size_t before = h.posts.size();
    AddPosts(t, title.span.begin, &h);
    // (Only where the office's holder is named before it: a bare title in parentheses' front says nothing.)
    if (h.posts.size() > before && h.posts.back().holder_seg < 0 && h.posts.back().holder_org.empty() &&
        h.posts.back().holder_place.empty())
      h.posts.pop_back();
  }
  // English lines of an agenda or a list of speakers pasted into a report: "Hon. Maria Santos, Mayor of Cebu City",
  // "Dr. Jose Ramirez, Director, Office of Civil Defense Region VII". The title is read as its Chinese equivalent's
  // role and kept as written; the holder is a place the gazetteer knows by its English name, or a body named with
  // a body's word.
  {
    const std::u32string& tx = nt_.text;
    bool added = false;
    for (uint32_t c = sentence.begin; c < end; ++c) {
      if (tx[c] != U',') continue;
      uint32_t b = c;
      while (b > sentence.begin && (IsLatinLetter(tx[b - 1]) || tx[b - 1] == U' ' || tx[b - 1] == U'.' || tx[b - 1] == U'-' ||
                                    tx[b - 1] == U'\''))
        --b;
      while (b < c && (tx[b] == U' ' || tx[b] == U'-')) ++b;  // (a list item's dash: - Mr. Kenji Morita, …)
      if (c - b < 5) continue;
      NameHit h;
      // (Or the name past the words of prose before it, from a capitalized word after one in lower case: The delegation
      // also included Grant Whitaker, Chief Executive of Port Otago.)
      bool read = ReadLatinForward(b, c, &h) && h.name.end == c;
      for (uint32_t w = b + 1; !read && w + 5 <= c; ++w)
        if (tx[w - 1] == U' ' && tx[w] >= U'A' && tx[w] <= U'Z' && w >= b + 2 && tx[w - 2] >= U'a' && tx[w - 2] <= U'z') {
          h = NameHit();
          read = ReadLatinForward(w, c, &h) && h.name.end == c;
        }
      if (!read) continue;
      // (A list item read already by its honorific, with no post: the post is added to it.)
      NameHit* same = nullptr;
      for (NameHit& o : hits)
        if (o.name.begin == h.name.begin && o.name.end == h.name.end && o.posts.empty()) same = &o;
      if (!same && overlaps(h.name)) continue;
      uint32_t q = c + 1;
      while (q < end && tx[q] == U' ') ++q;
      std::u32string_view written;
      std::string_view zh;
      for (const auto& [en, equivalent] : kEnglishTitles)
        if (tx.compare(q, en.size(), en) == 0 && (q + en.size() >= end || !IsLatinLetter(tx[q + en.size()]))) {
          written = en;
          zh = equivalent;
          break;
        }
      // (Or another office up to the next comma, with an office's word in it: Executive Councillor for Transport, Head of
      // Transportation Agency — kept as written.)
      if (written.empty()) {
        uint32_t te = q;
        while (te < end && (IsLatinLetter(tx[te]) || tx[te] == U' ') && te - q < 48) ++te;
        if (te < end && tx[te] == U',' && te > q) {
          std::u32string_view cand(tx.data() + q, te - q);
          if (EnglishOfficeWordIn(cand)) {
            written = cand;
            zh = "主任";
          }
        }
      }
      // (Or an office named for its government's kind that ends the item, no holder after it — Mr. B, Provincial Tourism
      // Officer; — held in the place of that kind the line named last before it: Hon. A, Governor of Cebu Province,
      // Philippines; Mr. B, Provincial Tourism Officer.)
      if (written.empty()) {
        static constexpr std::pair<std::u32string_view, std::u32string_view> kKindOffices[] = {
            {U"Provincial ", U" Province"}, {U"Prefectural ", U" Prefecture"}, {U"County ", U" County"}, {U"City ", U" City"},
            {U"Municipal ", U" City"}};
        for (const auto& [adjective, kind] : kKindOffices) {
          if (tx.compare(q, adjective.size(), adjective) != 0) continue;
          uint32_t te = q;
          while (te < end && (IsLatinLetter(tx[te]) || tx[te] == U' ') && te - q < 48) ++te;
          const bool item_ends = te >= end || tx[te] == U';' || tx[te] == U'\n';
          std::u32string_view office(tx.data() + q, te - q);
          while (!office.empty() && office.back() == U' ') office.remove_suffix(1);
          if (!item_ends || !EnglishOfficeWordIn(office)) break;
          const size_t newline = tx.rfind(U'\n', b);
          const uint32_t line_begin = newline == std::u32string::npos ? 0 : static_cast<uint32_t>(newline + 1);
          const size_t k = std::u32string_view(tx.data() + line_begin, b - line_begin).rfind(kind);
          if (k == std::u32string_view::npos) break;
          const uint32_t kind_end = line_begin + static_cast<uint32_t>(k + kind.size());
          uint32_t pb = line_begin + static_cast<uint32_t>(k);
          while (pb > line_begin + 1 && tx[pb - 1] != U',' && tx[pb - 1] != U';' && tx[pb - 1] != U':' &&
                 !(pb >= 4 && tx.compare(pb - 4, 4, U" of ") == 0))
            --pb;
          while (pb < kind_end && !(tx[pb] >= U'A' && tx[pb] <= U'Z')) ++pb;
          if (pb >= kind_end || (kind_end < end && IsLatinLetter(tx[kind_end]))) break;
          NameHit::Post post;
          post.title = TitleNamed("主任");
          post.title_text = ToUtf8(std::u32string(office));
          int found = -1;
          if (post.title < 0 || !EnglishHolder(tx.substr(pb, kind_end - pb), false, &post, &found) || !post.holder_org.empty()) break;
          NameHit* target = same;
          if (!target) {
            if (overlaps(h.name)) break;
            h.rule = "latin,title-of";
            h.foreign = true;
            hits.push_back(std::move(h));
            target = &hits.back();
            added = true;
          }
          target->posts.push_back(std::move(post));
          target->rule = "latin,title-of";
          target->foreign = true;
          break;
        }
        continue;
      }
      const int title = TitleNamed(zh);
      if (title < 0) continue;
      uint32_t r = q + static_cast<uint32_t>(written.size());
      if (tx.compare(r, 4, U" of ") == 0) r += 4;
      else if (tx.compare(r, 2, U", ") == 0) r += 2;
      else continue;
      if (tx.compare(r, 4, U"the ") == 0) r += 4;
      uint32_t he = r;
      while (he < end && tx[he] != U',' && tx[he] != U';' && tx[he] != U'(' && tx[he] != U'\n' && tx[he] != 0x2013 &&
             (IsLatinLetter(tx[he]) || tx[he] == U' ' || tx[he] == U'-' || tx[he] == U'.' || (tx[he] >= U'0' && tx[he] <= U'9')))
        ++he;
      while (he > r && tx[he - 1] == U' ') --he;
      // (The sentence's full stop is no part of the name: …, Executive Director of the Stanislaus County Farm Bureau. —
      // but an abbreviation's is: Co., Inc., Ltd.)
      if (he > r + 1 && tx[he - 1] == U'.' && IsLowerLatin(tx[he - 2])) {
        uint32_t wb = he - 1;
        while (wb > r && IsLatinLetter(tx[wb - 1])) --wb;
        const std::u32string_view last(tx.data() + wb, he - 1 - wb);
        if (last.size() > 4 || !(last == U"Co" || last == U"Inc" || last == U"Ltd" || last == U"Corp" || last == U"Bhd" ||
                                 last == U"Pte" || last == U"Pty" || last == U"Assn" || last == U"Dept"))
          --he;
      }
      if (he - r < 3 || !(tx[r] >= U'A' && tx[r] <= U'Z')) continue;
      std::u32string holder32 = tx.substr(r, he - r);
      std::string holder = ToUtf8(holder32);
      NameHit::Post post;
      post.title = title;
      // (A core office under its Chinese title, so that 市長 and "Mayor" of one person are one post; other titles as
      // written: Director.)
      post.title_text = g_.titles()[static_cast<size_t>(title)].role != ontology::Role::kOther ? std::string(zh)
                                                                                                 : ToUtf8(std::u32string(written));
      // A place by its English name, with or without the word for its kind (Cebu City, City of Taipei, Aichi Prefecture).
      // (A foreign government's unit, then its place after a comma: Deputy Director, Department of Transport, Da Nang City,
      // Vietnam — a post in the place, the unit in the title, as a foreign city's 局 or 處 is in Chinese.)
      int place = -1;
      bool body = false;
      // (Or a unit named by its own word, Division, Section, Bureau …, its name perhaps holding commas itself: Section
      // Chief, Agriculture, Forestry and Fisheries Bureau, Fukuoka City; Director, Agricultural Policy Division, Saga
      // Prefecture, Japan.)
      if (he + 2 < end && tx.compare(he, 2, U", ") == 0) {
        auto unit_named = [](std::u32string_view u) {
          const size_t last_word = u.rfind(U' ');  // (its last word, with the space before it)
          return (HasEnglishBodyWord(u) && u.find(U" of ") != std::u32string_view::npos) ||
                 (last_word != std::u32string_view::npos &&
                  ContainsAny(u.substr(last_word),
                              {U" Division", U" Section", U" Unit", U" Branch", U" Bureau", U" Department", U" Office"}));
        };
        std::u32string unit = holder32;
        uint32_t from = he;
        for (int parts = 0; parts < 3 && from + 2 < end && tx.compare(from, 2, U", ") == 0; ++parts) {
          uint32_t pe = from + 2, last = pe;
          while (pe < end && (IsLatinLetter(tx[pe]) || tx[pe] == U' ' || tx[pe] == U'-')) {
            if (IsLatinLetter(tx[pe])) last = pe + 1;
            ++pe;
          }
          const std::u32string part = tx.substr(from + 2, last - (from + 2));
          const int unit_place = part.size() >= 3 && !HasEnglishBodyWord(part) ? EnglishPlace(part) : -1;
          if (unit_place >= 0) {
            if (unit_named(unit) && g_.places()[static_cast<size_t>(unit_place)].country != "TW") {
              post.holder_place = ToUtf8(part);
              post.holder_place_known = unit_place;
              post.title_text += " of the " + ToUtf8(unit);
              place = -2;  // (held there)
            }
            break;
          }
          // (The unit's name goes on only where what comes first is none of a place or a body of its own.)
          if (part.empty() || !(part[0] >= U'A' && part[0] <= U'Z') || unit_named(unit) || EnglishPlace(unit) >= 0) break;
          unit += U", " + part;
          from = last;
        }
      }
      if (place != -2) {
        place = EnglishPlace(holder32);
        body = HasEnglishBodyWord(holder32) || (place < 0 && CompanyTitle(written));
      }
      if (place == -2) {
      } else if (place >= 0 && !body) {
        post.holder_place = holder;
        post.holder_place_known = place;
      } else if (body) {
        post.holder_org = holder;
      } else {
        // (Or a place the gazetteer lacks, named with its kind's word and its country after it, as EnglishHolder reads
        // one after a title: Hon. X, Governor of Cebu Province, Philippines.)
        int found = -1;
        if (!EnglishHolder(holder32, false, &post, &found) || !post.holder_org.empty()) continue;
      }
      if (same) {
        same->posts.push_back(std::move(post));
        same->rule = "latin,title-of";
        same->foreign = true;
        continue;
      }
      h.posts.push_back(std::move(post));
      h.rule = "latin,title-of";
      h.foreign = true;
      hits.push_back(std::move(h));
      added = true;
    }
    if (added)
      std::sort(hits.begin(), hits.end(), [](const NameHit& a, const NameHit& b) { return a.name.begin < b.name.begin; });
  }
  // English prose (a release written in English, or the English version of one): a title, then a Latin name of two
  // words or more, its holder the place or body named right before the title (Taoyuan Mayor X, Taoyuan City Council
  // Speaker Y, Ibaraki Prefectural Assembly member Z) or after the name (Mayor X of Tsukuba City; Director Y of the
  // Department of Economic Development). With neither, the title is the publisher's, as in Chinese, but only for a
  // name written as Taiwan romanizes its own. A council or an assembly is named as the gazetteer's place with 議會;
  // its member is a councillor of the place.
  {
    const std::u32string& tx = nt_.text;
    // (Mostly Latin letters, and not a headline in title case, Adelaide Lord Mayor Visits Hsinchu County: prose has
    // words in lower case.)
    // (Half its characters or more ASCII letters, forty at least: English prose.)
    auto ascii_letter = [](char32_t c) { return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z'); };
    const uint32_t latin = ascii_letters_[end] - ascii_letters_[sentence.begin];
    uint32_t words = 0, lower = 0;
    // (Nor one whose only words in lower case are the small ones a title-case headline keeps so: Mayor of Himeji Visits
    // Tainan to Mark Ten Years of Friendship.)
    uint32_t content_lower = 0;
    if (latin >= 40 && 2 * latin >= end - sentence.begin)
      for (uint32_t c = sentence.begin; c < end; ++c)
        if (ascii_letter(tx[c]) && (c == sentence.begin || !ascii_letter(tx[c - 1]))) {
          ++words;
          if (tx[c] < U'a' || tx[c] > U'z') continue;
          ++lower;
          uint32_t we = c;
          while (we < end && ascii_letter(tx[we])) ++we;
          const std::u32string_view w(tx.data() + c, we - c);
          content_lower += !(w == U"of" || w == U"to" || w == U"and" || w == U"the" || w == U"for" || w == U"in" ||
                             w == U"on" || w == U"at" || w == U"a" || w == U"an" || w == U"with" || w == U"as" || w == U"by");
        }
    static const std::pair<std::u32string_view, std::string_view> kProseTitles[] = {
        {U"Deputy Director-General", ""}, {U"Director-General", ""},      {U"Deputy Mayor", "副市長"},
        {U"Vice Mayor", "副市長"},        {U"Lord Mayor", "市長"},         {U"Mayor", "市長"},
        {U"Deputy Magistrate", "副縣長"}, {U"Magistrate", "縣長"},         {U"Vice Governor", "副州長"},
        {U"Deputy Governor", "副州長"},   {U"Governor", "州長"},           {U"Deputy Speaker", "副議長"},
        {U"Speaker", "議長"},             {U"Councillor", "議員"},         {U"Councilor", "議員"},
        {U"Council member", "議員"},      {U"Assembly member", "議員"},    {U"member", "議員"},
        {U"Secretary-General", "秘書長"}, {U"Secretary General", "秘書長"}, {U"Deputy Director", ""},
        {U"Executive Director", ""},     {U"Director", ""},
        {U"Chairperson", "主席"},        {U"Chairman", "主席"},           {U"Chair", "主席"},
        {U"Commissioner", ""},
        {U"Representative", ""},         {U"Ambassador", ""},             {U"CEO", ""},
        {U"Lieutenant Governor", "副州長"}, {U"State Senator", ""},       {U"President", "會長"},
        {U"Council Member", "議員"},      {U"City Councilmember", "議員"},  {U"Councilmember", "議員"},
        {U"City Councillor", "議員"},     {U"City Councilor", "議員"},
        {U"Chief Executive Officer", ""},  {U"Chief Executive", ""},
        {U"Vice President", ""},
        {U"Superintendent", ""},          {U"Professor", ""},              {U"head", ""},
        {U"Head", ""},                   {U"Section Chief", ""},         {U"Division Chief", ""}};
    // (Or a record's field of those present, whatever its words' case: Received by: Deputy Mayor X; Director-General Y, ….)
    bool persons_field = false;
    // (Or a line of one side of those present, under the field's label alone on its line: Present: / Keelung City: Deputy
    // Mayor X; … / City of Nanaimo: Mayor Y; Councillor Z — the side's place, the holder of a post the item names none of.)
    std::u32string side_label;
    {
      // (The field's line, whose items the semicolons part into sentences of their own — searched back 400 characters
      // at most, not over a whole paragraph for each of its sentences.)
      // (Only a sentence of Latin letters is an item of one: most are not, and pay nothing.)
      const uint32_t lo = sentence.begin > 400 ? sentence.begin - 400 : 0;
      const size_t newline =
          latin >= 8 ? std::u32string_view(tx.data() + lo, sentence.begin - lo).rfind(U'\n') : std::u32string_view::npos;
      if (latin >= 8 && (newline != std::u32string_view::npos || lo == 0)) {
        const size_t line_begin = newline == std::u32string_view::npos ? 0 : lo + newline + 1;
        std::u32string_view line(tx.data() + line_begin, end - line_begin);
        line.remove_prefix(std::min(line.size(), line.find_first_not_of(U" \n")));
        static constexpr std::u32string_view kLabels[] = {
            U"Received by:", U"Hosted by:", U"Hosts:", U"Host:", U"Visitors:", U"Attendees:", U"Participants:", U"Present:",
            U"Delegation:", U"Guests:", U"Moderator:", U"Panelists:", U"Panellists:", U"Speakers:", U"Speaker:", U"Chair:",
            U"Chairs:", U"Chaired by:", U"Co-chaired by:", U"Co-chairs:", U"Apologies:", U"Absent:", U"Regrets:",
            U"In attendance:", U"Also present:"};
        for (std::u32string_view label : kLabels) persons_field = persons_field || line.starts_with(label);
        // (Or an item of a list under such a label alone on its line, one a line after a dash or a bullet: Panelists: /
        // - Deputy Magistrate X, Changhua County, Taiwan / - Mayor Y, Iloilo City, Philippines.)
        auto bulleted = [&](std::u32string_view l) {
          return l.starts_with(U"- ") || l.starts_with(U"• ") || l.starts_with(U"* ") || l.starts_with(U"– ");
        };
        if (!persons_field && bulleted(line))
          for (size_t above_end = line_begin; above_end > 0;) {
            const size_t nl = above_end >= 2 ? tx.rfind(U'\n', above_end - 2) : std::u32string::npos;
            const size_t above_begin = nl == std::u32string::npos ? 0 : nl + 1;
            std::u32string_view above(tx.data() + above_begin, above_end - 1 - above_begin);
            above.remove_prefix(std::min(above.size(), above.find_first_not_of(U" \t")));
            while (!above.empty() && (above.back() == U' ' || above.back() == U'\t')) above.remove_suffix(1);
            if (bulleted(above) && line_begin - above_begin < 1200) {
              above_end = above_begin;
              continue;
            }
            persons_field = std::find(std::begin(kLabels), std::end(kLabels), above) != std::end(kLabels);
            break;
          }
        if (!persons_field) side_label = PresentSideLabel(line_begin);
        persons_field = persons_field || !side_label.empty();
        // (Or an indented line of a programme that opens with a title, the speaker under a time slot: "        Mayor X,
        // Kitakyushu City, Japan".)
        const size_t line_at = line_begin;
        // (The prose titles written with a capital, then a space; or a minister's portfolio, read below too.)
        if (!persons_field && line_at < tx.size() && (tx[line_at] == U' ' || tx[line_at] == U'\t') && line.find(U", ") != std::u32string_view::npos) {
          persons_field = line.starts_with(U"Minister ");
          for (const auto& title : kProseTitles)
            persons_field = persons_field || (title.first[0] >= U'A' && title.first[0] <= U'Z' && line.starts_with(title.first) &&
                                              line.size() > title.first.size() && line[title.first.size()] == U' ');
        }
      }
    }
    if ((latin >= 40 && 2 * latin >= end - sentence.begin && 4 * lower >= words && content_lower > 0) || persons_field) {
      // (Inlined: it is called for every character the phrases are read over, and the compiler stopped inlining it when
      // the block grew.)
      auto word_char = [&](uint32_t x) __attribute__((always_inline)) { return x < end && (IsLatinLetter(tx[x]) || tx[x] == U'-'); };
      // A phrase of capitalized words (and of, and, for, the between them) from r: its end.
      auto phrase_end = [&](uint32_t r) {
        uint32_t e = r, last = r;
        while (e < end) {
          uint32_t we = e;
          while (word_char(we)) ++we;
          if (we == e) break;
          std::u32string_view w(tx.data() + e, we - e);
          bool cap = tx[e] >= U'A' && tx[e] <= U'Z';
          // (in: Lithuanian Trade Representative Office in Taipei.)
          if (!cap && w != U"of" && w != U"and" && w != U"for" && w != U"in") break;
          // (Not "and" before another's title: …Office in Taipei and Deputy Director-General X.)
          if (w == U"and" && we + 1 < end &&
              std::any_of(std::begin(kProseTitles), std::end(kProseTitles),
                          [&](const auto& t) { return tx.compare(we + 1, t.first.size(), t.first) == 0; }))
            break;
          // (Nor before another's name set off by a comma before a title: …University and Yuki Nakamura, Director of….)
          if (w == U"and" && we + 1 < end) {
            uint32_t x = we + 1;
            int names = 0;
            while (x < end && tx[x] >= U'A' && tx[x] <= U'Z') {
              while (word_char(x)) ++x;
              ++names;
              if (x < end && tx[x] == U' ') ++x;
              else break;
            }
            if (names >= 2 && x + 2 < end && tx[x] == U',' && tx[x + 1] == U' ' &&
                std::any_of(std::begin(kProseTitles), std::end(kProseTitles),
                            [&](const auto& t) { return tx.compare(x + 2, t.first.size(), t.first) == 0; }))
              break;
          }
          if (cap) last = we;
          if (we >= end || tx[we] != U' ') break;
          e = we + 1;
        }
        return last;
      };
      // Where the capitalized words ending at `run_end` (a space or a mark) start, single spaces between (and, with `join_of`,
      // "of" between two: Port of Tacoma); `run_end` when none.
      auto capitalized_run_before = [&](uint32_t run_end, bool join_of) {
        uint32_t b = run_end;
        while (b > sentence.begin) {
          uint32_t wb = b;
          while (wb > sentence.begin && word_char(wb - 1)) --wb;
          if (join_of && wb + 2 == b && tx.compare(wb, 2, U"of") == 0 && b < run_end && wb >= sentence.begin + 2 && tx[wb - 1] == U' ' &&
              tx[wb - 2] >= U'a' && tx[wb - 2] <= U'z') {
            b = wb - 1;
            continue;
          }
          if (wb == b || !(tx[wb] >= U'A' && tx[wb] <= U'Z')) break;
          b = wb;
          if (b == sentence.begin || tx[b - 1] != U' ') break;
          --b;
        }
        while (b < run_end && !(tx[b] >= U'A' && tx[b] <= U'Z')) ++b;
        return b;
      };
      // The holder a phrase names: a post in a place, in its council, or in a body as written.
      int holder_place = -1;  // the gazetteer place the last holder read names (for the side the person is on)
      auto holder_of = [&](std::u32string phrase, bool member, NameHit::Post* post) {
        return EnglishHolder(std::move(phrase), member, post, &holder_place);
      };
      bool added = false;
      for (uint32_t c = sentence.begin; c < end; ++c) {
        if (c > sentence.begin && word_char(c - 1)) continue;
        std::u32string_view written;
        std::string_view zh;
        for (const auto& [en, equivalent] : kProseTitles)
          if (tx.compare(c, en.size(), en) == 0 && !word_char(c + static_cast<uint32_t>(en.size()))) {
            written = en;
            zh = equivalent;
            break;
          }
        // (Or a secretary's or minister's portfolio, one capitalized word, before the name: Washington State Secretary of
        // Commerce Daniel Brunner.)
        for (std::u32string_view office : {std::u32string_view(U"Secretary of "), std::u32string_view(U"Minister of "),
                                           std::u32string_view(U"Minister for ")})
          if (written.empty() && tx.compare(c, office.size(), office) == 0) {
            uint32_t w = c + static_cast<uint32_t>(office.size());
            if (w >= end || !(tx[w] >= U'A' && tx[w] <= U'Z')) continue;
            while (word_char(w)) ++w;
            written = std::u32string_view(tx.data() + c, w - c);
          }
        // (Or the head of a body named just before, in lower case after "its": …toured the National Museum of Taiwan
        // Literature, guided by its director, X.)
        // (Or after ", where": …toured the Megane Museum, where curator X explained….)
        const uint32_t lead_in = written.empty() && c >= sentence.begin + 4 && tx.compare(c - 4, 4, U"its ") == 0 ? 4
                                 : written.empty() && c >= sentence.begin + 8 && tx.compare(c - 8, 8, U", where ") == 0 ? 6 : 0;
        const bool its = lead_in > 0;
        for (const auto& [en, equivalent] : {std::pair{std::u32string_view(U"director"), std::string_view()},
                                             std::pair{std::u32string_view(U"curator"), std::string_view()},
                                             std::pair{std::u32string_view(U"president"), std::string_view("會長")},
                                             std::pair{std::u32string_view(U"chairman"), std::string_view("主席")},
                                             std::pair{std::u32string_view(U"chairperson"), std::string_view("主席")}})
          if (its && tx.compare(c, en.size(), en) == 0 && !word_char(c + static_cast<uint32_t>(en.size()))) {
            written = en;
            zh = equivalent;
            break;
          }
        if (written.empty()) continue;
        const bool member = zh == "議員";
        // The post the title makes (its holder set by holder_of), and a person kept with it.
        auto titled_post = [&] {
          NameHit::Post post;
          post.title = TitleNamed(zh.empty() ? std::string_view("主任") : zh);
          holder_place = -1;
          post.title_text = zh.empty() ? ToUtf8(std::u32string(written)) : std::string(zh);
          return post;
        };
        auto keep = [&](NameHit& h, NameHit::Post post) {
          // (A college's or university's president is its head, 校長, not an association's 會長: the title as written.)
          bool school = false;
          for (const std::string* o : {&post.holder_org, &post.holder_org_en})
            school = school || o->find("University") != std::string::npos || o->find("College") != std::string::npos ||
                     o->find("大學") != std::string::npos || o->find("學院") != std::string::npos;
          if (zh == "會長" && school)
            if (const int head = TitleNamed("校長"); head >= 0) {
              post.title = head;
              post.title_text = ToUtf8(std::u32string(written));
            }
          h.posts.push_back(std::move(post));
          h.rule = "english-prose";
          // (A title with no holder is the publisher's, as in Chinese; so is a department named with no place.)
          // (A holder abroad makes it foreign: a place the gazetteer knows, or one it lacks in the country the text puts it
          // in, Mayor X of Kauai County, Hawaii.)
          h.foreign = (holder_place >= 0 && g_.places()[static_cast<size_t>(holder_place)].country != "TW") ||
                      (h.posts.back().holder_country >= 0 && g_.countries()[static_cast<size_t>(h.posts.back().holder_country)].iso2 != "TW");
          hits.push_back(std::move(h));
          added = true;
        };
        uint32_t q = c + static_cast<uint32_t>(written.size());
        // (Or the name set off by commas after the title: Tasmania's Minister for Trade, Declan Mercer, who….)
        bool appositive = false;
        if (q + 2 < end && tx[q] == U',' && tx[q + 1] == U' ' && tx[q + 2] >= U'A' && tx[q + 2] <= U'Z') {
          appositive = true;
          ++q;
        }
        if (q >= end || tx[q] != U' ') continue;
        ++q;
        // (A portfolio after the title, then an honorific: Vice President for Public Service and Outreach Dr. Samuel
        // Ortiz — the title written with its portfolio.)
        if (zh.empty() && tx.compare(q, 4, U"for ") == 0 && q + 4 < end && tx[q + 4] >= U'A' && tx[q + 4] <= U'Z') {
          uint32_t pe = phrase_end(q + 4);
          // (Not the honorific's abbreviation that the phrase ran into: … Outreach Dr.)
          if (pe < end && tx[pe] == U'.')
            while (pe > q + 4 && tx[pe - 1] != U' ') --pe;
          while (pe > q + 4 && tx[pe - 1] == U' ') --pe;
          if (pe > q + 4 && pe + 1 < end && tx[pe] == U' ') {
            written = std::u32string_view(tx.data() + c, pe - c);
            q = pe + 1;
          }
        }
        for (std::u32string_view honorific : {std::u32string_view(U"Dr. "), std::u32string_view(U"Prof. "), std::u32string_view(U"Professor ")})
          if (tx.compare(q, honorific.size(), honorific) == 0) {
            q += static_cast<uint32_t>(honorific.size());
            break;
          }
        // (Ryan Kowalski, President of the Minnesota Chamber of Commerce: the name before a comma, the title, then "of
        // [the]" and its holder.)
        if (c >= sentence.begin + 4 && tx[c - 1] == U' ' && tx[c - 2] == U',' && tx.compare(q, 3, U"of ") == 0) {
          uint32_t b = c - 2;  // (at the comma)
          for (int read = 0; read < 4 && b > sentence.begin; ++read) {
            uint32_t wb = b;
            while (wb > sentence.begin && word_char(wb - 1)) --wb;
            if (wb == b || !(tx[wb] >= U'A' && tx[wb] <= U'Z')) break;
            b = wb;
            if (b == sentence.begin || tx[b - 1] != U' ') break;
            if (b - 1 > sentence.begin && !(tx[b - 2] >= U'A' && tx[b - 2] <= U'z')) break;
            --b;
          }
          while (b < c && !(tx[b] >= U'A' && tx[b] <= U'Z')) ++b;
          NameHit h;
          uint32_t r = q + 3;
          if (tx.compare(r, 4, U"the ") == 0) r += 4;
          uint32_t pe = phrase_end(r);
          // (Of "the department", "the bureau": the body of that kind the sentence named last before, Lin, Director-General
          // of the Chiayi County Government Tourism Department, and Huang, Section Chief of the department.)
          std::u32string pointed;
          for (std::u32string_view unit : {U"department", U"bureau", U"office", U"division"})
            if (pe == r && tx.compare(r, unit.size(), unit) == 0 && !word_char(r + static_cast<uint32_t>(unit.size()))) {
              std::u32string cap(unit);
              cap[0] = static_cast<char32_t>(cap[0] - U'a' + U'A');
              const size_t last = std::u32string_view(tx.data() + sentence.begin, c - sentence.begin).rfind(cap);
              if (last == std::u32string_view::npos) break;
              uint32_t ue = sentence.begin + static_cast<uint32_t>(last + cap.size()), ub = sentence.begin + static_cast<uint32_t>(last);
              while (ub > sentence.begin + 1 && tx[ub - 1] == U' ' && (word_char(ub - 2) || tx[ub - 2] == U'.')) {
                uint32_t wb = ub - 1;
                while (wb > sentence.begin && word_char(wb - 1)) --wb;
                const std::u32string_view w(tx.data() + wb, ub - 1 - wb);
                if (!(tx[wb] >= U'A' && tx[wb] <= U'Z') && w != U"of" && w != U"and" && w != U"for") break;
                ub = wb;
              }
              while (ub < ue && !(tx[ub] >= U'A' && tx[ub] <= U'Z')) ++ub;
              if (ue > ub + cap.size()) pointed = tx.substr(ub, ue - ub);
              pe = r + static_cast<uint32_t>(unit.size());
            }
          const std::u32string phrase = !pointed.empty() ? pointed : pe > r ? tx.substr(r, pe - r) : std::u32string();
          if (b + 3 < c - 2 && ReadLatinForward(b, c - 2, &h) && h.name.begin == b && h.name.end == c - 2 &&
              std::count(tx.begin() + h.name.begin, tx.begin() + h.name.end, U' ') >= 1 && !overlaps(h.name) && !phrase.empty()) {
            NameHit::Post post = titled_post();
            if (post.title >= 0 && holder_of(phrase, member, &post)) {
              keep(h, std::move(post));
              continue;
            }
            // (Or, on a side's line of those present, a unit of the side's place: City of Nanaimo: …; Harpreet Sandhu,
            // Director of Economic Development — the unit in the title.)
            post = titled_post();
            if (post.title >= 0 && !side_label.empty() && pointed.empty() && holder_of(side_label, member, &post)) {
              post.title_text = ToUtf8(std::u32string(written)) + " of " + ToUtf8(phrase);
              keep(h, std::move(post));
              continue;
            }
          }
        }
        // (Mayor of Vilnius Tomas Ramanauskas, Mayor of Kumamoto City X: the place after "of", then the name — the
        // longest run of the capitalized words opening it that names a place the gazetteer knows.)
        std::u32string place_between;
        if (tx.compare(q, 3, U"of ") == 0) {
          const uint32_t r = q + 3;
          for (uint32_t w = r; w < end && tx[r] >= U'A' && tx[r] <= U'Z';) {
            while (w < end && word_char(w)) ++w;
            if (w >= end || tx[w] != U' ' || w + 1 >= end || !(tx[w + 1] >= U'A' && tx[w + 1] <= U'Z')) break;
            const std::u32string run = tx.substr(r, w - r);
            if (w > r && EnglishPlace(run) >= 0) {
              place_between = run;
              q = w + 1;
            }
            ++w;
          }
          if (place_between.empty()) continue;
        }
        NameHit h;
        if (!(tx[q] >= U'A' && tx[q] <= U'Z') || !ReadLatinForward(q, end, &h) || h.name.begin != q) continue;
        if (std::count(tx.begin() + h.name.begin, tx.begin() + h.name.end, U' ') < 1 || overlaps(h.name)) continue;
        if (appositive && (h.name.end >= end || tx[h.name.end] != U',') && !(its && (h.name.end >= end || tx[h.name.end] == U'.')))
          continue;
        // (After ", where" the name follows the title bare: where curator X explained.)
        if (lead_in == 6 && appositive) continue;
        NameHit::Post post = titled_post();
        if (post.title < 0) continue;
        bool held = !place_between.empty() && holder_of(place_between, member, &post);
        if (its) {
          // (The body: the capitalized words that end last before "its", past at most four words in lower case.)
          uint32_t x = c - lead_in, lower_words = 0;
          while (x > sentence.begin && lower_words <= 4) {
            while (x > sentence.begin && (tx[x - 1] == U' ' || tx[x - 1] == U',')) --x;
            uint32_t wb = x;
            while (wb > sentence.begin && word_char(wb - 1)) --wb;
            if (wb == x || (tx[wb] >= U'A' && tx[wb] <= U'Z')) break;
            ++lower_words;
            x = wb;
          }
          uint32_t b = capitalized_run_before(x, true);
          // (Past the place it stands in: the College of Southern Idaho in Twin Falls, where its president, X, ….)
          if (b + 2 < x && b >= sentence.begin + 6 && tx.compare(b - 4, 4, U" in ") == 0 && IsLatinLetter(tx[b - 5]) &&
              EnglishPlace(tx.substr(b, x - b)) >= 0) {
            const uint32_t body = capitalized_run_before(b - 4, true);
            if (body + 2 < b - 4 && HasEnglishBodyWord(tx.substr(body, b - 4 - body))) {
              x = b - 4;
              b = body;
            }
          }
          // (And "and" between two of its capitalized words: the National Museum of Marine Science and Technology.)
          if (b + 2 < x && b >= sentence.begin + 6 && tx.compare(b - 5, 5, U" and ") == 0 && IsLatinLetter(tx[b - 6])) {
            const uint32_t before_and = capitalized_run_before(b - 5, true);
            if (before_and < b - 5) b = before_and;
          }
          if (b + 2 < x && HasEnglishBodyWord(tx.substr(b, x - b))) held = holder_of(tx.substr(b, x - b), false, &post);
          if (!held) continue;
        }
        // (A possessive before the title names the holder: Tasmania's Minister for Trade.)
        if (!held && c >= sentence.begin + 4 && tx[c - 1] == U' ' && tx[c - 2] == U's' && (tx[c - 3] == U'\'' || tx[c - 3] == U'’')) {
          uint32_t b = c - 3;
          while (b > sentence.begin && (word_char(b - 1) || (tx[b - 1] == U' ' && b >= 2 && tx[b - 2] != U',' && tx[b] >= U'A' && tx[b] <= U'Z')))
            --b;
          while (b < c - 3 && !(tx[b] >= U'A' && tx[b] <= U'Z')) ++b;
          if (b + 2 < c - 3 && holder_of(tx.substr(b, c - 3 - b), member, &post)) held = true;
        }
        // After the name: " of [the] Holder".
        if (!held && tx.compare(h.name.end, 4, U" of ") == 0) {
          uint32_t r = h.name.end + 4;
          if (tx.compare(r, 4, U"the ") == 0) r += 4;
          uint32_t pe = phrase_end(r);
          // (And its ministry after a comma: Department of European Affairs, Ministry of Foreign Affairs.)
          if (pe > r && tx.compare(pe, 11, U", Ministry ") == 0) {
            const uint32_t me = phrase_end(pe + 2);
            if (me > pe + 2) pe = me;
          }
          if (pe > r) held = holder_of(tx.substr(r, pe - r), member, &post);
        }
        // (In a field of those present, the holder set off by a comma after the name: Received by: Director-General X,
        // Taichung City Government Economic Development Bureau — a body or a place the gazetteer knows.)
        if (!held && persons_field && tx.compare(h.name.end, 2, U", ") == 0 && h.name.end + 2 < end &&
            tx[h.name.end + 2] >= U'A' && tx[h.name.end + 2] <= U'Z') {
          const uint32_t r = h.name.end + 2;
          const uint32_t pe = phrase_end(r);
          // (Or the country after it: Mayor X, Kitakyushu City, Japan.)
          const bool country_after = pe + 2 < end && tx.compare(pe, 2, U", ") == 0 && EnglishCountryAt(g_, tx, pe + 2) >= 0;
          // (Or another's title after ", and": Chaired by: Deputy Mayor X, Keelung City, and Mayor Y, City of Nanaimo.)
          // (Or a note in parentheses: Department of Agriculture (head of delegation).)
          if (pe > r && (pe >= end || tx[pe] == U';' || tx[pe] == U'\n' || tx[pe] == U'.' || country_after ||
                         tx.compare(pe, 6, U", and ") == 0 || (tx.compare(pe, 2, U" (") == 0 && pe + 2 < end && tx[pe + 2] >= U'a' && tx[pe + 2] <= U'z')))
            held = holder_of(tx.substr(r, pe - r), member, &post);
        }
        // Before the title: the capitalized words that end there (and "of" between two: Port of Tacoma Commissioner X).
        if (!held && c >= 2 && tx[c - 1] == U' ') {
          const uint32_t b = capitalized_run_before(c - 1, true);
          if (b + 2 < c) {
            held = holder_of(tx.substr(b, c - 1 - b), member, &post);
            // (A council member after the place whose council it is: Tacoma City Council Member X.)
            if (!held && written == U"Council Member") held = holder_of(tx.substr(b, c - 1 - b) + U" Council", member, &post);
            if (!held) continue;  // (a qualifier no place or body: Port Director X is not the publisher's)
          }
        }
        // (Or the place a clause opened by ", where" is about: called on Takamori Town, where Mayor X showed….)
        if (!held && !member && c >= sentence.begin + 10 && tx.compare(c - 8, 8, U", where ") == 0) {
          const uint32_t pe = c - 8;
          const uint32_t b = capitalized_run_before(pe, false);
          if (b + 2 < pe) held = holder_of(tx.substr(b, pe - b), member, &post);
          // (A governor's there is the state's the sentence names, not the city's: the 2026 Idaho Ag Innovation Summit in
          // Boise, where Governor X gave the keynote — Idaho, a region of Boise's country named before.)
          const int city = holder_place;
          if (held && city >= 0 && (zh == "州長" || zh == "副州長") &&
              g_.places()[static_cast<size_t>(city)].kind == ontology::EntityKind::kCity) {
            held = false;
            for (uint32_t w = sentence.begin; w < b && !held; ++w) {
              if (!(tx[w] >= U'A' && tx[w] <= U'Z') || (w > sentence.begin && word_char(w - 1))) continue;
              uint32_t we = w;
              while (word_char(we)) ++we;
              const std::u32string word = tx.substr(w, we - w);
              const int region = EnglishPlace(word);
              if (region >= 0 && g_.places()[static_cast<size_t>(region)].kind == ontology::EntityKind::kRegion &&
                  g_.places()[static_cast<size_t>(region)].country == g_.places()[static_cast<size_t>(city)].country) {
                post = titled_post();
                held = holder_of(word, member, &post);
              }
            }
            if (!held) {
              post = titled_post();
              held = holder_of(tx.substr(b, pe - b), member, &post);
            }
          }
        }
        // (Or the place the sentence opens with, "In <place>,": In Sabae City, the center of …, Mayor X received the
        // delegation.)
        // (Past the space a sentence after a full stop opens with.)
        uint32_t opens = sentence.begin;
        while (opens < c && tx[opens] == U' ') ++opens;
        const uint32_t opens_in = tx.compare(opens, 3, U"In ") == 0 ? opens : UINT32_MAX;
        if (!held && !member && opens_in != UINT32_MAX && opens_in + 4 < c && tx[opens_in + 3] >= U'A' && tx[opens_in + 3] <= U'Z') {
          uint32_t r = opens_in + 3;
          const uint32_t pe = phrase_end(r);
          if (pe > r && pe < c && tx[pe] == U',') held = holder_of(tx.substr(r, pe - r), member, &post);
        }
        // (Or the place a delegation the title's holder leads comes from, named before in the sentence: a delegation from
        // the U.S. state of Georgia, led by Lieutenant Governor X.)
        if (!held && !member) {
          const std::u32string_view before(tx.data() + sentence.begin, c - sentence.begin);
          const size_t from = before.rfind(U" from ");
          if (from != std::u32string_view::npos && (before.ends_with(U"led by ") || before.ends_with(U"headed by "))) {
            uint32_t r = sentence.begin + static_cast<uint32_t>(from) + 6;
            for (std::u32string_view kind : {std::u32string_view(U"the U.S. state of "), std::u32string_view(U"the US state of "),
                                             std::u32string_view(U"the State of "), std::u32string_view(U"the state of "),
                                             std::u32string_view(U"the city of "), std::u32string_view(U"the City of "),
                                             std::u32string_view(U"the ")})
              if (tx.compare(r, kind.size(), kind) == 0) {
                r += static_cast<uint32_t>(kind.size());
                break;
              }
            const uint32_t pe = r < c ? phrase_end(r) : r;
            if (pe > r && pe < c) held = holder_of(tx.substr(r, pe - r), member, &post);
          }
        }
        // (Or, for a governor, the prefecture, province or state the sentence names last before the title, also inside an
        // event's name: the Fukui Prefecture–Taiwan Friendship Forum in Fukui City, hosted by Governor X.)
        if (!held && !member && (g_.titles()[static_cast<size_t>(post.title)].role == ontology::Role::kGovernor ||
                                 g_.titles()[static_cast<size_t>(post.title)].role == ontology::Role::kDeputyGovernor)) {
          const std::u32string_view before(tx.data() + sentence.begin, c - sentence.begin);
          size_t best = std::u32string_view::npos, best_size = 0;
          for (std::u32string_view kind : {std::u32string_view(U" Prefecture"), std::u32string_view(U" Province"), std::u32string_view(U" State")}) {
            const size_t at = before.rfind(kind);
            if (at != std::u32string_view::npos && (best == std::u32string_view::npos || at > best) &&
                (at + kind.size() >= before.size() || !IsLatinLetter(before[at + kind.size()]))) {
              best = at;
              best_size = kind.size();
            }
          }
          if (best != std::u32string_view::npos) {
            const uint32_t at = sentence.begin + static_cast<uint32_t>(best);
            const uint32_t b = capitalized_run_before(at, false);
            if (b < at) held = holder_of(tx.substr(b, at + best_size - b), member, &post);
          }
        }
        // (Or the side the line is of: City of Nanaimo: Mayor X; Councillor Y.)
        if (!held && !side_label.empty()) held = holder_of(side_label, member, &post);
        // (Or, for a councillor joined by "and" to one whose post a place holds, that place: Twin Falls Mayor X and
        // Councillor Y.)
        if (!held && member && c >= sentence.begin + 5 && tx.compare(c - 5, 5, U" and ") == 0 && added && !hits.empty() &&
            hits.back().name.end == c - 5 && hits.back().rule == "english-prose" && !hits.back().posts.empty() &&
            hits.back().posts.back().holder_org.empty() &&
            (hits.back().posts.back().holder_seg >= 0 || !hits.back().posts.back().holder_place.empty())) {
          NameHit::Post same = hits.back().posts.back();
          same.title = post.title;
          same.title_text = post.title_text;
          same.unit_seg = -1;
          same.council_org.clear();
          same.council_org_en.clear();
          post = std::move(same);
          held = true;
        }
        if (!held && member) continue;  // (a member of nothing named is no post)
        // (Nor is a professor, or a head, of nothing named: a school's or a unit's, no government's.)
        if (!held && (written == U"Professor" || written == U"head" || written == U"Head")) continue;
        // With no holder the title is the publisher's only for a name written as Taiwan writes its own (Wu Mei-hua,
        // Chou Ming-Che: a hyphenated given name); Deputy Mayor Rachel Denning in a host's letter is not.
        if (!held) {
          std::u32string_view name(tx.data() + h.name.begin, h.name.size());
          const size_t last_space = name.rfind(U' ');
          if (last_space == std::u32string_view::npos || name.substr(last_space).find(U'-') == std::u32string_view::npos) continue;
        }
        keep(h, std::move(post));
      }
      if (added)
        std::sort(hits.begin(), hits.end(), [](const NameHit& a, const NameHit& b) { return a.name.begin < b.name.begin; });
    }
  }
  // A chat's export (09:12⇥陳怡雯⇥message): the sender's cell after the time's is a person, named with no title.
  {
    const std::u32string& tx = nt_.text;
    uint32_t b = sentence.begin, e = end;
    while (b < e && IsSpace(tx[b])) ++b;
    while (e > b && (tx[e - 1] == U'\t' || tx[e - 1] == U' ')) --e;
    if (e - b >= 2 && e - b <= 4 && b >= 5 && tx[b - 1] == U'\t' && end > e && tx[e] == U'\t') {
      uint32_t line = b - 1;  // (the time's cell: from the line's start to the tab before the name)
      while (line > 0 && tx[line - 1] != U'\n') --line;
      std::u32string_view time(tx.data() + line, b - 1 - line);
      const bool clock = (time.size() == 5 || time.size() == 4) && time[time.size() - 3] == U':' &&
                         std::all_of(time.begin(), time.end(), [](char32_t c) { return c == U':' || (c >= U'0' && c <= U'9'); });
      NameHit h;
      if (clock && ReadHanForward(b, e, false, &h) && h.name.begin == b && h.name.end == e && !overlaps(h.name)) {
        h.rule = "chat-sender";
        hits.push_back(std::move(h));
      }
    }
  }
  // A business card copied as lines (單位：鹿兒島市 / 職稱：市長 / 姓名：上村健太): the name with the post its other lines
  // give, up to a blank line.
  {
    uint32_t p = sentence.begin;
    while (p < end && (IsSpace(f[p]) || f[p] == U'\n')) ++p;
    if (f.compare(p, 3, U"姓名:") == 0) {
      uint32_t q = p + 3;
      while (q < end && IsSpace(f[q])) ++q;
      uint32_t e = q;
      while (e < end && f[e] != U'\n') ++e;
      while (e > q && IsSpace(f[e - 1])) --e;
      NameHit h;
      bool read = q < e && (IsHan(f[q]) ? ReadHanForward(q, e, false, &h) : ReadLatinForward(q, e, &h)) && h.name.end == e &&
                  !overlaps(h.name);
      // The value of a field line as one seg (a place may have its government's word after it: 鹿兒島縣廳).
      auto field_seg = [&](uint32_t b, uint32_t le) -> int {
        while (b < le && IsSpace(f[b])) ++b;
        while (le > b && IsSpace(f[le - 1])) --le;
        int k = SegAt(b);
        if (k < 0 || segs_[static_cast<size_t>(k)].span.begin != b) return -1;
        uint32_t se = segs_[static_cast<size_t>(k)].span.end;
        std::u32string_view rest(f.data() + se, le - se);
        bool ok = se == le || (segs_[static_cast<size_t>(k)].kind == SegKind::kPlace &&
                               (rest == U"政府" || rest == U"市政府" || rest == U"縣政府" || rest == U"廳" || rest == U"縣廳" ||
                                rest == U"市役所" || rest == U"役所"));
        return ok ? k : -1;
      };
      int title_seg = -1, body_seg = -1;
      auto read_line = [&](uint32_t lb, uint32_t le) {
        std::u32string_view line(f.data() + lb, le - lb);
        while (!line.empty() && IsSpace(line.front())) {
          line.remove_prefix(1);
          ++lb;
        }
        if (line.starts_with(U"職稱:") && title_seg < 0) {
          int k = field_seg(lb + 3, le);
          if (k >= 0 && segs_[static_cast<size_t>(k)].kind == SegKind::kTitle) title_seg = k;
        }
        for (std::u32string_view label : {std::u32string_view(U"單位:"), std::u32string_view(U"服務單位:"),
                                          std::u32string_view(U"機關:"), std::u32string_view(U"服務機關:")})
          if (line.starts_with(label) && body_seg < 0) {
            int k = field_seg(lb + static_cast<uint32_t>(label.size()), le);
            if (k >= 0 && segs_[static_cast<size_t>(k)].kind != SegKind::kTitle) body_seg = k;
          }
      };
      // The lines above, then below, up to a blank line (three each at most).
      uint32_t lb = p;
      for (int n = 0; read && n < 3 && lb > 1; ++n) {
        uint32_t le = lb - 1;
        uint32_t b = le;
        while (b > 0 && f[b - 1] != U'\n') --b;
        if (std::all_of(f.begin() + b, f.begin() + le, [](char32_t c) { return IsSpace(c); })) break;
        read_line(b, le);
        lb = b;
      }
      uint32_t le = e;
      while (le < f.size() && f[le] != U'\n') ++le;
      for (int n = 0; read && n < 3 && le < f.size(); ++n) {
        uint32_t b = le + 1;
        uint32_t x = b;
        while (x < f.size() && f[x] != U'\n') ++x;
        if (std::all_of(f.begin() + b, f.begin() + x, [](char32_t c) { return IsSpace(c); })) break;
        read_line(b, x);
        le = x;
      }
      if (read && title_seg >= 0 && AddSegPost(title_seg, body_seg, &h)) {
        h.rule = "card";
        hits.push_back(std::move(h));
        std::sort(hits.begin(), hits.end(), [](const NameHit& a, const NameHit& b) { return a.name.begin < b.name.begin; });
      }
    }
  }
  // A profile (陳麥可，1972年生於新竹，1990年移居美國。曾任A（2012–2016）、B（2016–2022），…): a sentence that opens with a
  // name and a comma, then the birth, and the next sentence on its line opening with 曾任 / 歷任 / 現任: that list is
  // the name's (past where the verb says so), up to its clause's end.
  {
    uint32_t p = sentence.begin;
    while (p < end && (IsSpace(f[p]) || f[p] == U'\n')) ++p;
    NameHit h;
    uint32_t after = end;
    while (after > p && (f[after - 1] == U'\n' || IsSpace(f[after - 1]))) --after;
    bool opens = p < end && IsHan(f[p]) && ReadHanForward(p, end, false, &h) && h.name.end < end &&
                 (f[h.name.end] == U',' || f[h.name.end] == U'，') && after > p && f[after - 1] == U'。' &&
                 std::u32string_view(f.data() + h.name.end, after - h.name.end).find(U'生') != std::u32string_view::npos;
    if (opens && after < f.size() && f[after] != U'\n') {
      static const std::pair<std::u32string_view, bool> kProfileVerbs[] = {
          {U"曾任", true}, {U"曾擔任", true}, {U"歷任", true}, {U"現任", false}};
      for (const auto& [verb, past] : kProfileVerbs) {
        if (f.compare(after, verb.size(), verb) != 0) continue;
        uint32_t from = after + static_cast<uint32_t>(verb.size()), to = from;
        while (to < f.size() && f[to] != U',' && f[to] != U'，' && f[to] != U'。' && f[to] != U';' && f[to] != U'\n') ++to;
        bool found = false;
        for (const NameHit& other : hits) found = found || (other.name.begin == h.name.begin);
        if (found) break;
        PostsIn(from, to, past, &h);
        if (!h.posts.empty()) {
          h.rule = "profile";
          hits.push_back(std::move(h));
          std::sort(hits.begin(), hits.end(), [](const NameHit& a, const NameHit& b) { return a.name.begin < b.name.begin; });
        }
        break;
      }
    }
  }
  // A form's person field (承辦人：國際事務科　陳怡君; 聯絡人：王大明; 出國人員：李小華、王大同): the names after the
  // label with no title, each a known surname and a given name that fills its item (a unit may stand before it).
  {
    static const std::u32string_view kLabels[] = {U"承辦人", U"聯絡人", U"新聞聯絡人", U"出國人員", U"報告人", U"撰寫人", U"撰稿人",
                                                  U"填表人", U"出國人", U"姓名職稱", U"編輯", U"紀錄", U"記錄"};
    uint32_t field_start = sentence.begin;
    while (field_start < end && (IsSpace(f[field_start]) || f[field_start] == U'\n')) ++field_start;
    // (Past a list item's number: 五、記錄：X.)
    {
      uint32_t k = field_start;
      while (k < end && k - field_start < 3 && kCountNumerals.find(f[k]) != std::u32string_view::npos) ++k;
      if (k > field_start && k < end && (f[k] == U'、' || f[k] == U'.')) field_start = k + 1;
    }
    // (At the line's start, or as a later field of the line after a space: 彙整單位：內政部民政司　聯絡人：王怡文.)
    for (uint32_t p = field_start; p < end; ++p) {
      // (Or in parentheses closing a news item: （編輯：黃靜宜）.)
      if (p > field_start && !(IsSpace(f[p - 1]) && !IsSpace(f[p])) && !(p == field_start + 1 && f[field_start] == U'(')) continue;
      if (!IsHan(f[p])) continue;
      // (Or a label ending in a councillor's title, whose names hold it: 出席議員：A、B、C等30人.)
      std::u32string_view titled;
      int field_title = -1;
      {
        uint32_t c = p;
        while (c < end && IsHan(f[c]) && c - p < 7) ++c;
        const int t = c < end && f[c] == U':' && c - p >= 3 ? SegEndAt(c) : -1;
        if (t >= 0 && segs_[static_cast<size_t>(t)].kind == SegKind::kTitle && segs_[static_cast<size_t>(t)].span.begin > p &&
            segs_[static_cast<size_t>(t)].index >= 0 &&
            g_.titles()[static_cast<size_t>(segs_[static_cast<size_t>(t)].index)].role == ontology::Role::kCouncillor) {
          titled = std::u32string_view(f.data() + p, c - p);
          field_title = t;
        }
      }
      for (size_t li = 0; li <= std::size(kLabels); ++li) {
        const std::u32string_view label = li < std::size(kLabels) ? kLabels[li] : titled;
        if (label.empty() || f.compare(p, label.size(), label) != 0) continue;
        uint32_t q = p + static_cast<uint32_t>(label.size());
        if (q >= end || f[q] != U':') break;
        ++q;
        bool added = false;
        while (q < end && f[q] != U'\n') {
          if (IsSpace(f[q]) || f[q] == U'、' || f[q] == U',' || f[q] == U';') {
            ++q;
            continue;
          }
          uint32_t e = q;
          while (e < end && IsHan(f[e])) ++e;
          if (e == q) break;  // a phone number, a Latin word: the field holds something else
          // (The list's last name before 等 and a count: …、張家豪等30人.)
          if (e - q >= 3 && f[e - 1] == U'等' && e < end && f[e] >= U'0' && f[e] <= U'9') --e;
          NameHit h;
          if (e - q >= 2 && e - q <= 4 && SegAt(q) < 0 && ReadHanForward(q, e, false, &h) && h.name.end == e && !h.short_form &&
              !overlaps(h.name)) {
            h.rule = "field+name";
            // (姓名職稱：陳志豪 副縣長、林芳瑜 農業處處長: a name, a space, then its title, maybe after its unit, filling the
            // item.)
            uint32_t r = e;
            while (r < end && IsSpace(f[r])) ++r;
            if (r > e) {
              int t = SegAt(r), body = -1;
              uint32_t section_begin = UINT32_MAX;
              if (t >= 0 && segs_[static_cast<size_t>(t)].kind != SegKind::kTitle) {
                body = t;
                const uint32_t body_end = segs_[static_cast<size_t>(t)].span.end;
                t = SegAt(body_end);
                // (Or a section of the body between it and the title: 張家豪 文化觀光局觀光行銷科科長 — the body's post, the
                // section in its title.)
                if (t < 0) {
                  uint32_t u = body_end;
                  while (u < end && u - body_end < 8 && IsHan(f[u]) && SegAt(u) < 0) ++u;
                  if (u - body_end >= 2 && std::u32string_view(U"科組課股室").find(f[u - 1]) != std::u32string_view::npos &&
                      SegAt(u) >= 0 && segs_[static_cast<size_t>(SegAt(u))].span.begin == u) {
                    t = SegAt(u);
                    section_begin = body_end;
                  }
                }
              } else if (t < 0) {
                // (A unit no body is read from before the title, 劉淑芬 護理部主任: the title as written holds it, as
                // a qualifier does.)
                uint32_t u = r;
                while (u < end && u - r < 8 && IsHan(f[u]) && SegAt(u) < 0) ++u;
                if (u > r && u - r >= 2 && SegAt(u) >= 0 && segs_[static_cast<size_t>(SegAt(u))].span.begin == u) t = SegAt(u);
              }
              const uint32_t unit_begin = t >= 0 && segs_[static_cast<size_t>(t)].span.begin > r ? r : UINT32_MAX;
              if (t >= 0 && segs_[static_cast<size_t>(t)].kind == SegKind::kTitle &&
                  EndsListItem(f, segs_[static_cast<size_t>(t)].span.end, end)) {
                if (body >= 0) {
                  AddSegPost(t, body, &h);
                  if (section_begin != UINT32_MAX && !h.posts.empty())
                    h.posts.back().title_text = nt_.Utf8(section_begin, segs_[static_cast<size_t>(t)].span.end);
                } else {
                  AddPosts(t, segs_[static_cast<size_t>(t)].span.begin, &h);
                  if (unit_begin != UINT32_MAX && !h.posts.empty())
                    h.posts.back().title_text = nt_.Utf8(unit_begin, segs_[static_cast<size_t>(t)].span.end);
                }
                e = segs_[static_cast<size_t>(t)].span.end;
              }
            }
            if (h.posts.empty() && field_title >= 0 && label.data() == f.data() + p)
              AddPosts(field_title, segs_[static_cast<size_t>(field_title)].span.begin, &h);
            hits.push_back(std::move(h));
            added = true;
          }
          q = e;
        }
        if (added)
          std::sort(hits.begin(), hits.end(), [](const NameHit& a, const NameHit& b) { return a.name.begin < b.name.begin; });
        break;
      }
    }
  }
  // A name with its office after it in parentheses, as an item of a field's list (出國人員：許哲維（副市長）、鄭宇倫（海洋局
  // 局長）; 會見人員：金敏俊（釜山廣域市經濟副市長）): the item is the name, the parentheses its holder and title. (Read
  // last: the rules above, a numbered list's or an agenda's, read theirs first.)
  for (auto it = first; it != segs_.end() && it->span.begin < end; ++it) {
    if (it->kind != SegKind::kTitle || it->span.end >= end || f[it->span.end] != U')') continue;
    const int ti = static_cast<int>(it - segs_.begin());
    const TitleInfo& info = g_.titles()[static_cast<size_t>(it->index)];
    if (info.scope == TitleScope::kHonorific) continue;
    uint32_t o = it->span.begin;
    while (o > sentence.begin && f[o - 1] != U'(' && it->span.begin - o < 20 && (IsHan(f[o - 1]) || IsLatinLetter(f[o - 1]) || IsSpace(f[o - 1])))
      --o;
    if (o <= sentence.begin + 1 || f[o - 1] != U'(') continue;
    const uint32_t close = o - 1;  // the name ends at the parenthesis
    uint32_t lb = close;
    while (lb > sentence.begin && (IsHan(f[lb - 1]) || IsLatinLetter(nt_.text[lb - 1]) || f[lb - 1] == U'.' ||
                                   (IsSpace(f[lb - 1]) && lb - 1 > sentence.begin && IsLatinLetter(nt_.text[lb - 2]))))
      --lb;
    if (lb > sentence.begin && std::u32string_view(U"、,，:;；\n\t 及與和").find(f[lb - 1]) == std::u32string_view::npos) continue;
    NameHit h;
    bool read = IsLatinLetter(nt_.text[lb]) ? ReadLatinForward(lb, close, &h) : ReadHanBackward(lb, close, &h);
    if (!read || h.short_form || h.name.begin != lb || h.name.end != close) continue;
    // (A name a field's rule read already with no office: its office is the one in the parentheses.)
    NameHit* same = nullptr;
    for (auto& other : hits)
      if (other.name.begin == h.name.begin && other.name.end == h.name.end && other.posts.empty()) same = &other;
    if (!same && overlaps(h.name)) continue;
    h.rule = "name+(title)";
    PostsIn(o, it->span.end + 1, false, &h);
    if (h.posts.empty()) AddPosts(ti, it->span.begin, &h);
    DropCountryHeldBodyTitles(&h);
    if (h.posts.empty()) continue;
    if (same) {
      same->posts = std::move(h.posts);
      continue;
    }
    hits.push_back(std::move(h));
  }
  return hits;
}

std::vector<NameHit> NameFinder::ColumnSignatures(Span offices, Span names) const {
  std::vector<NameHit> hits;
  std::vector<Span> top = ColumnCells(nt_.folded, offices), bottom = ColumnCells(nt_.folded, names);
  if (top.size() < 2 || top.size() > 3 || top.size() != bottom.size()) return hits;
  for (size_t k = 0; k < top.size(); ++k) {
    int t = SegEndAt(top[k].end);
    if (t < 0 || segs_[static_cast<size_t>(t)].kind != SegKind::kTitle ||
        segs_[static_cast<size_t>(t)].span.begin < top[k].begin)
      return {};
    NameHit h;
    bool ok = IsLatinLetter(nt_.text[bottom[k].begin]) ? ReadLatinForward(bottom[k].begin, bottom[k].end, &h)
                                                        : ReadHanForward(bottom[k].begin, bottom[k].end, true, &h);
    if (!ok || h.name.begin != bottom[k].begin || h.name.end != bottom[k].end || h.short_form) return {};
    h.rule = "column-signature";
    AddPosts(t, segs_[static_cast<size_t>(t)].span.begin, &h);
    hits.push_back(std::move(h));
  }
  return hits;
}

void NameFinder::ListItemPosts(uint32_t from, uint32_t end, NameHit* hit) const {
  const std::u32string& f = nt_.folded;
  uint32_t colon = from;
  while (colon < end && f[colon] != U':') ++colon;
  if (colon >= end) return;
  PostsIn(colon, end, false, hit);
}

void NameFinder::PostsIn(uint32_t from, uint32_t end, bool past_all, NameHit* hit) const {
  const std::u32string& f = nt_.folded;
  auto first = std::lower_bound(segs_.begin(), segs_.end(), from, [](const Seg& s, uint32_t p) { return s.span.begin < p; });
  for (auto it = first; it != segs_.end() && it->span.begin < end; ++it) {
    if (it->kind != SegKind::kTitle) continue;
    const TitleInfo& info = g_.titles()[static_cast<size_t>(it->index)];
    if (info.scope == TitleScope::kHonorific) continue;
    uint32_t holder_pos = it->span.begin;
    bool past = past_all;
    if (holder_pos > from && f[holder_pos - 1] == U'前') {
      --holder_pos;
      past = true;
    }
    size_t before = hit->posts.size();
    AddPosts(static_cast<int>(it - segs_.begin()), holder_pos, hit);
    for (size_t k = before; k < hit->posts.size(); ++k) hit->posts[k].past = hit->posts[k].past || past;
  }
}

bool WrittenInEnglish(const std::u32string& folded) {
  // (Its first 4,000 characters tell.)
  size_t han = 0, latin = 0;
  for (size_t k = 0; k < folded.size() && k < 4000; ++k) {
    const char32_t c = folded[k];
    if (c >= U'a' && c <= U'z') ++latin;
    else if (c >= 0x3400) han += IsHan(c);
  }
  return han * 10 < latin;
}

EventFinder::EventFinder(const NormalizedText& nt, const Lexicon& lex) : nt_(nt), lex_(lex), english_(WrittenInEnglish(nt.folded)) {}

std::vector<EventHit> EventFinder::FindInSentence(Span sentence) const {
  std::vector<EventHit> out;
  const std::u32string& f = nt_.folded;
  const std::u32string& t = nt_.text;
  // The other name in parentheses after `pos`; one the parentheses define as short (UK Real Estate … Forum，簡稱
  // UKREiiF) goes to *short_alias.
  auto alias_after = [&](uint32_t pos, std::string* short_alias) -> std::string {
    uint32_t q = pos;
    while (q < sentence.end && IsSpace(f[q])) ++q;
    if (q >= sentence.end || f[q] != U'(') return {};
    uint32_t close = q + 1;
    while (close < sentence.end && close - q < 120 && f[close] != U')') ++close;
    if (close >= sentence.end || f[close] != U')') return {};
    uint32_t b = q + 1;
    if (!IsLatinLetter(t[b]) && !(t[b] >= '0' && t[b] <= '9')) return {};
    // (Not its dates: 出席2026科希策智慧城市論壇（10月15日至16日）.)
    uint32_t digits = b;
    while (digits < close && t[digits] >= '0' && t[digits] <= '9') ++digits;
    if (digits > b && digits < close && std::u32string_view(U"年月日/.").find(f[digits]) != std::u32string_view::npos) return {};
    std::u32string_view inner(f.data() + b, close - b);
    for (std::u32string_view mark : {std::u32string_view(U"以下簡稱"), std::u32string_view(U"簡稱")}) {
      size_t at = inner.find(mark);
      if (at == std::u32string_view::npos) continue;
      uint32_t full_end = b + static_cast<uint32_t>(at), short_begin = full_end + static_cast<uint32_t>(mark.size());
      while (full_end > b && (IsSpace(f[full_end - 1]) || f[full_end - 1] == U',' || f[full_end - 1] == U'，' ||
                              f[full_end - 1] == U';' || f[full_end - 1] == U'、'))
        --full_end;
      while (short_begin < close && (IsSpace(f[short_begin]) || f[short_begin] == U':' || f[short_begin] == U'「')) ++short_begin;
      uint32_t short_end = close;
      while (short_end > short_begin && (IsSpace(f[short_end - 1]) || f[short_end - 1] == U'」')) --short_end;
      if (short_end > short_begin) *short_alias = nt_.Utf8(short_begin, short_end);
      return full_end > b ? nt_.Utf8(b, full_end) : std::string();
    }
    return nt_.Utf8(b, close);
  };
  auto trim = [&](uint32_t b, uint32_t e) {
    while (b < e && IsSpace(f[b])) ++b;
    while (e > b && IsSpace(f[e - 1])) --e;
    return Span{b, e};
  };
  std::vector<Span> quoted;
  for (uint32_t q = sentence.begin; q < sentence.end; ++q) {
    if (f[q] != U'「' && f[q] != U'『' && f[q] != U'《') continue;
    char32_t close_char = f[q] == U'「' ? U'」' : f[q] == U'『' ? U'』' : U'》';
    uint32_t r = q + 1;
    while (r < sentence.end && r - q < 70 && f[r] != close_char) ++r;
    if (r >= sentence.end || f[r] != close_char) continue;
    Span inside = trim(q + 1, r);
    quoted.push_back({q, r + 1});
    // 「出席2026年全球市長議會年會」出國報告: a report's title may quote the trip with its verb; the name follows the verb.
    for (std::u32string_view verb : {std::u32string_view(U"出席"), std::u32string_view(U"參加"), std::u32string_view(U"參與")})
      if (inside.size() > verb.size() + 4 && f.compare(inside.begin, verb.size(), verb) == 0) {
        inside.begin += static_cast<uint32_t>(verb.size());
        break;
      }
    auto take = [&](Span s, bool last) {
      // A quoted name ending in 節 is a festival (嘉義國際管樂節), one ending in 典禮 a ceremony (「…締結十週年紀念典禮」),
      // whatever kind: the quotes mark it as a name. (Unquoted, …決賽頒獎典禮 is a part of the event before it.)
      // 「第12屆世界城市論壇（WUF12）」: the name ends before an abbreviation in parentheses; the whole is another name.
      Span bare = s;
      if (s.size() > 4 && f[s.end - 1] == U')') {
        uint32_t open = s.end - 1;
        while (open > s.begin && f[open] != U'(') --open;
        if (f[open] == U'(' && open > s.begin) bare = trim(s.begin, open);
      }
      bool festival = bare.size() >= 5 && (f[bare.end - 1] == U'節' || (f[bare.end - 2] == U'典' && f[bare.end - 1] == U'禮'));
      // 「2026亞太城市觀光振興機構（TPO）總會」: a quoted name opening with its year and ending in 總會 is a network's
      // general assembly, not a federation (台灣商會聯合總會 has no year).
      {
        uint32_t digits = 0;
        while (s.begin + digits < s.end && f[s.begin + digits] >= U'0' && f[s.begin + digits] <= U'9') ++digits;
        // (Or with its edition: 「第11屆平和首長會議總會」.)
        const bool numbered = f[s.begin] == U'第' && std::u32string_view(f.data() + s.begin, std::min<size_t>(5, s.size())).find(U'屆') !=
                                                       std::u32string_view::npos;
        festival = festival || ((digits == 4 || numbered) && s.size() >= 8 && f[s.end - 2] == U'總' && f[s.end - 1] == U'會');
        // 「2028苗栗國際草莓季」, 「2027賞楓季」: a season of events opening with its year.
        festival = festival || (digits == 4 && bare.size() >= 7 && f[bare.end - 1] == U'季');
        // 「2026薩克森矽谷日」, 「2026世界城市日」: a day of events opening with its year (not a date: no digit or 月 before 日).
        festival = festival || (digits == 4 && bare.size() >= 8 && f[bare.end - 1] == U'日' &&
                                std::all_of(f.begin() + bare.begin + 4 + (f[bare.begin + 4] == U'年'), f.begin() + bare.end,
                                            [](char32_t c) { return IsHan(c) && c != U'月'; }));
        // 「2026 FIBA 3x3世界巡迴賽宇都宮站」: a tour's stop, a contest's name (…賽) and the place's ending in 站; 「2026香港
        // 美食博覽」: an expo named without its 會 — each opening with its year.
        {
          const std::u32string_view name(f.data() + bare.begin, bare.size());
          festival = festival || (digits == 4 && bare.size() >= 8 && name.ends_with(U"站") &&
                                  name.substr(0, name.size() - 1).find(U"賽") != std::u32string_view::npos);
          festival = festival || (digits == 4 && bare.size() >= 7 && name.ends_with(U"博覽"));
        }
        // 「2027世界蘭展日本大賞」（Japan Grand Prix International Orchid Festival）: a name opening with its year that an English
        // name in parentheses right after the quote glosses as an event, by the kind's word it ends with.
        if (!festival && digits == 4 && bare.size() >= 7 && r + 2 < sentence.end && f[r + 1] == U'(') {
          uint32_t close = r + 2;
          while (close < sentence.end && close - r < 80 && f[close] != U')') ++close;
          if (close < sentence.end && f[close] == U')') {
            uint32_t w = close;
            while (w > r + 2 && IsLatinLetter(f[w - 1])) --w;
            const std::u32string_view kind_word(f.data() + w, close - w);
            static constexpr std::u32string_view kKinds[] = {U"festival", U"fair", U"expo", U"show", U"forum", U"summit",
                                                             U"conference", U"congress", U"exhibition", U"championship",
                                                             U"championships", U"carnival", U"biennale", U"week"};
            festival = w > r + 2 && f[w - 1] == U' ' && std::find(std::begin(kKinds), std::end(kKinds), kind_word) != std::end(kKinds);
            // (Or ending in the same year, an edition's name: 「2026大地母親美味沙龍」（Terra Madre Salone del Gusto 2026）.)
            festival = festival || (close - r >= 12 && f[close - 5] == U' ' && IsLatinLetter(f[r + 2]) &&
                                    f.compare(close - 4, 4, f, s.begin, 4) == 0);
          }
        }
        // 「UCLG ASPAC 2026年理事會」: that year's meeting of the council.
        festival = festival || IsDatedCouncilMeeting(std::u32string_view(f.data() + bare.begin, bare.size()));
      }
      // 「臺北週」, 「台灣週」: a place's or country's week, named in three characters. (Not 「台灣祭」 at a tower's foot in
      // sample 000: a promotion its gold does not count as an event.)
      const bool place_week =
          bare.size() == 3 && f[bare.end - 1] == U'週' && (lex_.Place(bare.begin).len == 2 || lex_.Country(bare.begin).len == 2);
      // 「Slush 2026」全球新創活動, 舉行之「Slush 2026」: a name in Latin letters with its year at the end, which an event's
      // word right after it or a verb of taking part or holding right before it marks as an event's (the name has no
      // Chinese ending of its own).
      bool latin_dated = false;
      std::string kind_after;  // (the event's word after it: 「SusHi Tech Tokyo 2026」永續高科技城市展 is also named so)
      if (bare.size() >= 6 && bare.size() <= 40 && f[bare.end - 5] == U' ' && (f[bare.end - 4] == U'1' || f[bare.end - 4] == U'2')) {
        bool ok = true;
        size_t letters = 0;
        for (uint32_t k = bare.begin; k < bare.end && ok; ++k) {
          const char32_t c = t[k];
          ok = IsLatinLetter(c) || (c >= U'0' && c <= U'9') || c == U' ' || c == U'-' || c == U'&' || c == U'.';
          if (IsLatinLetter(c)) ++letters;
        }
        for (uint32_t k = bare.end - 4; k < bare.end && ok; ++k) ok = f[k] >= U'0' && f[k] <= U'9';
        if (ok && letters >= 3) {
          const uint32_t word_end = EventWordEndAfter(lex_, f, r + 1, sentence.end);
          const bool word_after = word_end > 0;
          const bool verb_before = TakesPartOrHoldsBefore(std::u32string_view(f.data() + sentence.begin, q - sentence.begin));
          // (Not where the word after names a part of an event, whose the quote says: the dinner of an event the text
          // names otherwise.)
          latin_dated = (word_after || verb_before) && !NamesEventPartAfter(f, r + 1, sentence.end);
          if (latin_dated && word_after) kind_after = nt_.Utf8(bare) + " " + nt_.Utf8(r + 1, word_end);
        }
      }
      if ((bare.size() < 4 && !place_week) || !(lex_.EventEndsAt(bare.end) || festival || place_week || latin_dated)) return;
      // 主題為「智慧城市與青年發展」: a theme, not an event (and 發展, development, is no exhibition: 展).
      if (f[bare.end - 1] == U'展' && f[bare.end - 2] == U'發') return;
      {
        std::u32string_view before(f.data() + sentence.begin, q - sentence.begin);
        while (!before.empty() && (before.back() == U' ' || before.back() == U':' || before.back() == U'：')) before.remove_suffix(1);
        std::u32string_view after(f.data() + r + 1, std::min<size_t>(3, sentence.end - (r + 1)));
        if (before.ends_with(U"主題為") || before.ends_with(U"主題是") || before.ends_with(U"主題") ||
            (before.ends_with(U"以") && (after.starts_with(U"為主題") || after.starts_with(U"為題"))))
          return;
      }
      EventHit e;
      e.span = s;
      e.name = nt_.Utf8(bare);
      e.alias = bare.end != s.end ? nt_.Utf8(s) : (last ? alias_after(r + 1, &e.short_alias) : std::string());
      if (e.alias.empty() && !kind_after.empty()) e.alias = kind_after;
      out.push_back(std::move(e));
    };
    // 「出席2026年國際燈光城市協會年會暨參訪里昂燈光節」: two trips joined by 暨 and a verb of visiting are two names.
    {
      std::u32string_view inner(f.data() + inside.begin, inside.size());
      size_t and_at = inner.find(U'暨');
      if (and_at != std::u32string_view::npos && and_at >= 4)
        for (std::u32string_view verb : {std::u32string_view(U"參訪"), std::u32string_view(U"參觀"), std::u32string_view(U"考察"),
                                         std::u32string_view(U"訪問"), std::u32string_view(U"出席"), std::u32string_view(U"參加")})
          if (inner.substr(and_at + 1).starts_with(verb) && inner.size() > and_at + 1 + verb.size() + 2) {
            take(Span{inside.begin, inside.begin + static_cast<uint32_t>(and_at)}, false);
            inside.begin += static_cast<uint32_t>(and_at + 1 + verb.size());
            break;
          }
    }
    take(inside, true);
  }
  // Unquoted: 第33屆全球市長會議, 2019臺北上海城市論壇, 2026 年第三屆 G-NETS 首長高峰會.
  for (uint32_t q = sentence.begin; q < sentence.end; ++q) {
    bool edition = f[q] == U'第' && q + 2 < sentence.end;
    // (A year in Chinese numerals digit by digit, as official documents write it: 二〇二六蔚山國際海洋觀光論壇.)
    auto han_digit = [](char32_t c) { return ChineseDigit(c) >= 0; };
    auto digit = [&](char32_t c) { return (c >= '0' && c <= '9') || han_digit(c); };
    const bool han_year = q + 4 <= sentence.end && ((f[q] == U'二' && (f[q + 1] == U'〇' || f[q + 1] == U'○' || f[q + 1] == U'零')) ||
                                                    (f[q] == U'一' && f[q + 1] == U'九'));
    bool year = q + 4 <= sentence.end && (f[q] == U'1' || f[q] == U'2' || han_year) && (q == sentence.begin || !digit(f[q - 1]));
    if (year) {
      for (uint32_t k = 0; k < 4; ++k)
        if (han_year ? !han_digit(f[q + k]) : !(f[q + k] >= '0' && f[q + k] <= '9')) year = false;
      if (year && q + 4 < sentence.end && digit(f[q + 4])) year = false;
      // (Nor the year closing a Latin name, run on into a Chinese word: InnoTrans 2026軌道交通展 — the Latin name's
      // edition, read below.)
      if (year && !han_year && q >= sentence.begin + 2 && f[q - 1] == U' ' && IsLatinLetter(t[q - 2]) && q + 4 < sentence.end &&
          IsHan(f[q + 4]) && f[q + 4] != U'年')
        year = false;
      // Not a date (2025年9月, 2024/05/16, 二〇二五年九月).
      if (year) {
        uint32_t r = q + 4;
        while (r < sentence.end && IsSpace(f[r])) ++r;
        if (r < sentence.end && (f[r] == U'/' || f[r] == U'.' || f[r] == U'-')) year = false;
        if (r + 1 < sentence.end && f[r] == U'年' && (digit(f[r + 1]) || f[r + 1] == U'十')) year = false;
        if (r + 2 < sentence.end && f[r] == U'年' && IsSpace(f[r + 1]) && f[r + 2] >= '0' && f[r + 2] <= '9') year = false;
      }
    }
    if (edition) {
      uint32_t r = q + 1;
      while (r < sentence.end && r - q < 6 && f[r] != U'屆') ++r;
      edition = r < sentence.end && f[r] == U'屆';
    }
    if (!edition && !year) continue;
    bool inside_quote = false;
    for (const Span& s : quoted)
      if (q > s.begin && q < s.end) inside_quote = true;
    for (const auto& e : out)
      if (q >= e.span.begin && q < e.span.end) inside_quote = true;
    if (inside_quote) continue;
    uint32_t last = 0;
    // (A name in an English text is longer: 2027 Springfield Lincoln Heritage Festival. Not in a text in both languages,
    // where the English version's name would be a second event beside the Chinese one's.)
    const uint32_t max_len = english_ && q + 5 < sentence.end && IsSpace(f[q + 4]) && IsLatinLetter(t[q + 5]) ? 64 : 40;
    for (uint32_t r = q + 1; r <= sentence.end && r - q <= max_len; ++r) {
      // (週 ends a week's name, 臺灣交流週, but not 週年, 2016年締結十週年時, nor 週末, a weekend's: 2026比利時啤酒週末.)
      if (lex_.EventEndsAt(r) && !(f[r - 1] == U'週' && r < sentence.end && (f[r] == U'年' || f[r] == U'末'))) last = r;
      // (A name opening with its year and ending in 總會 is a network's general assembly, as quoted: 2027亞太城市觀光
      // 振興機構總會 in a calendar's cell.)
      if ((year || edition) && r - q >= 8 && f[r - 2] == U'總' && f[r - 1] == U'會') last = r;
      // (So is one ending in 節, a festival, where at least four characters say which: 2027澎湖國際海上花火節, 第12屆
      // 國際風箏節 — not 2027年春節, nor a word ending so: 季節, 細節, 使節, 節目.)
      if ((year || edition) && f[r - 1] == U'節' && IsHan(f[r - 2]) &&
          kNotFestivalBeforeJie.find(f[r - 2]) == std::u32string_view::npos &&
          !(r < sentence.end && (f[r] == U'目' || f[r] == U'日' || f[r] == U'慶'))) {
        uint32_t from = q;
        while (from < r && !IsHan(f[from])) ++from;  // past the year's digits
        if (from < r && (f[from] == U'年' || f[from] == U'第')) ++from;
        while (from < r && f[from] != U'屆' && edition) ++from;  // past the edition's number
        if (edition && from < r) ++from;
        const bool spaced = std::any_of(f.begin() + from, f.begin() + r, [](char32_t c) { return IsSpace(c); });
        if (r - from >= 5 && !spaced) last = r;
      }
      if (r >= sentence.end) break;
      char32_t c = f[r];
      // (A body's Latin abbreviation in parentheses inside the name: 2026 全球城市永續網絡(G-Nets)首長高峰會.)
      if (c == U'(' && r > q && IsHan(f[r - 1])) {
        uint32_t close = r + 1;
        while (close < sentence.end && close - r <= 14 && (IsLatinLetter(t[close]) || (f[close] >= '0' && f[close] <= '9') ||
                                                           f[close] == U'-' || IsSpace(f[close])))
          ++close;
        if (close < sentence.end && close > r + 2 && f[close] == U')' && IsLatinLetter(t[r + 1]) && close + 1 < sentence.end &&
            IsHan(f[close + 1])) {
          r = close;
          continue;
        }
      }
      if (!(IsHan(c) || IsLatinLetter(c) || (c >= '0' && c <= '9') || IsSpace(c) || c == U'-')) break;
    }
    if (!last || last - q < 5) continue;
    // (An English name goes on past its keyword with what it is on, of or for, in capitalized words: 2026 Tainan
    // International Forum on Historic Urban Landscapes — not "in Tainan", where it is held.)
    if (english_ && last + 5 < sentence.end && IsLatinLetter(t[last - 1]) && t[last] == U' ') {
      uint32_t r = last + 1;
      bool joined = false;
      for (std::u32string_view w : {std::u32string_view(U"on the "), std::u32string_view(U"of the "), std::u32string_view(U"for the "),
                                    std::u32string_view(U"on "), std::u32string_view(U"of "), std::u32string_view(U"for ")})
        if (t.compare(r, w.size(), w) == 0) {
          r += static_cast<uint32_t>(w.size());
          joined = true;
          break;
        }
      uint32_t end_words = last;
      // (Not a month, the day it was held on: 2026 Taichung Sister Cities Day on October 10.)
      for (std::u32string_view month : {U"January", U"February", U"March", U"April", U"May", U"June", U"July", U"August",
                                        U"September", U"October", U"November", U"December"})
        joined = joined && !(t.compare(r, month.size(), month) == 0 && (r + month.size() >= sentence.end || !IsLatinLetter(t[r + month.size()])));
      while (joined && r < sentence.end && t[r] >= U'A' && t[r] <= U'Z') {
        uint32_t we = r;
        while (we < sentence.end && (IsLatinLetter(t[we]) || t[we] == U'-')) ++we;
        end_words = we;
        if (we + 1 >= sentence.end || t[we] != U' ') break;
        r = we + 1;
        if (t.compare(r, 4, U"and ") == 0 && r + 4 < sentence.end && t[r + 4] >= U'A' && t[r + 4] <= U'Z') r += 4;
      }
      if (end_words > last + 4 && end_words - q <= 96) last = end_words;
    }
    // A name holds no verb or particle (2006 年後每 2 年舉辦 1 次大會, 2025 的重要會議) and ends at 及
    // (…運動會及2025大阪世界博覽會 names two events).
    // (Returns where the clause starts, 0 where none does.)
    auto clause_in = [&]() -> uint32_t {
      bool clause = false;
      for (uint32_t r = q + 1; r < last && !clause; ++r) {
        // (A known organization's name inside a general assembly's is no clause, whatever words it holds:
        // 2027世界城市暨地方政府聯合組織亞太區總會; nor, a year before it, inside one its short ending names as the body's
        // meeting: 2026年世界城市暨地方政府聯合組織亞太區理事會議.)
        if (const auto org = lex_.Org(r); org.len > 0 && r + org.len <= last && last >= 2 &&
            ((f[last - 2] == U'總' && f[last - 1] == U'會') ||
             (year && last - (r + org.len) <= 6))) {
          r += org.len - 1;
          continue;
        }
        // (Nor a country's or place's name inside it, whatever character ends it: 2026日本國際農業週 — 本 of 本市 elsewhere.)
        if (const uint32_t named = std::max(lex_.Country(r).len, lex_.Place(r).len); named >= 2 && r + named < last) {
          r += named - 1;
          continue;
        }
        if (f[r] == U'及' || f[r] == U'與') {
          if (lex_.EventEndsAt(r)) {
            // (But a short second part with no year, edition or name of its own is the same event's: 第9屆…會員大會及
            // 論壇, …執行局委員會議及理事會議.)
            const bool part = last > r + 1 && last - (r + 1) <= 6 &&
                              std::all_of(f.begin() + r + 1, f.begin() + last, [](char32_t c) { return IsHan(c); }) &&
                              f[r + 1] != U'第';
            if (!part) last = r;
            break;
          }
        }
        // (與, 暨 or 及 joining two nouns of one name, a short tail of Han characters to the keyword that names no office:
        // 2026年世界圖書館與資訊大會, 世界圖書館暨資訊大會 — not 2026年論壇與市長會談.)
        if ((f[r] == U'及' || f[r] == U'與' || f[r] == U'暨') && last - (r + 1) >= 3 && last - (r + 1) <= 6 &&
            std::all_of(f.begin() + r + 1, f.begin() + last, [](char32_t c) { return IsHan(c); })) {
          bool office = false;
          for (uint32_t k = r + 1; k < last && !office; ++k) office = lex_.Title(k).len > 0;
          if (!office) continue;
        }
        // (A noun the boundaries list as a verb, right before the keyword or a word before it, is the name's: 國際青少年
        // 交流大會, 榕馬交流合作座談會, 觀光推廣會, 城市行銷論壇, 頒獎典禮.)
        bool nominal = false;
        if (last - (r + 1) <= 5)
          for (std::u32string_view w : {U"交流", U"行銷", U"推廣", U"聯合", U"頒獎", U"說明", U"發表"})
            nominal = nominal || (r + 1 >= q + w.size() && f.compare(r + 1 - w.size(), w.size(), w) == 0);
        clause = lex_.LeadEndsAt(r + 1) && r + 1 < last && f[r] != U'屆' && !nominal;
        if (f[r] == U'的' || f[r] == U'之') clause = true;
        if (clause) return r;
      }
      return 0;
    };
    uint32_t clause_at = clause_in();
    // (Where the name ran on over a clause to a later keyword, it ends at the keyword before the clause: 2026日本國際
    // 農業週於幕張展覽館開幕 — 展 of 展覽館. A Chinese keyword: not the middle of a Latin name, SusHi Tech Tokyo 2024 City
    // Leaders Program開幕式及大會….)
    if (clause_at) {
      uint32_t earlier = 0;
      for (uint32_t e = q + 5; e <= clause_at; ++e)
        if (lex_.EventEndsAt(e) && IsHan(f[e - 1]) && !(f[e - 1] == U'週' && (f[e] == U'年' || f[e] == U'末'))) earlier = e;
      if (earlier) {
        last = earlier;
        clause_at = clause_in();
      }
    }
    if (clause_at || last - q < 5) continue;
    // The name must say what it is beyond its year and the keyword (not 2027年年會). An edition's number with the
    // keyword (第12屆論壇) stays: it names the report's event again.
    {
      uint32_t r = q;
      while (r < last && ((f[r] >= '0' && f[r] <= '9') || IsSpace(f[r]) || f[r] == U'年' || f[r] == U'度')) ++r;
      // (But the year and keyword right after a body the data know, its gloss or a space between, are that body's
      // meeting: 世界大都會協會（Metropolis）2026年年會, named with the body where it is read.)
      bool owned = false;
      if (year && q > sentence.begin) {
        uint32_t end = q;
        if (IsSpace(f[end - 1])) --end;
        if (end > sentence.begin && f[end - 1] == U')') {
          uint32_t open = end - 1;
          while (open > sentence.begin && end - open <= 20 && f[open] != U'(') --open;
          end = f[open] == U'(' ? open : sentence.begin;
        }
        for (uint32_t x = end >= sentence.begin + 24 ? end - 24 : sentence.begin; x + 2 <= end && !owned; ++x)
          owned = lex_.Org(x).len == end - x;
      }
      if (r < last && f[r] != U'第' && last - r <= 3 && !owned) continue;
    }
    Span s = trim(q, last);
    // The name must say what it is beyond the keyword (not "2025年大會").
    EventHit e;
    e.span = s;
    e.name = nt_.Utf8(s);
    e.alias = alias_after(last, &e.short_alias);
    out.push_back(std::move(e));
    q = last;
  }
  // 主辦歐洲經濟大會（European Economic Congress）: an unquoted name with no year or edition, glossed right after by an
  // English name ending with an event's word — the gloss marks it as a name. It runs back from its keyword to a word
  // that leads names (主辦, 出席) or a mark, over nouns that stop persons' names (經濟): four to twelve characters, no
  // particle.
  for (uint32_t r = sentence.begin + 4; r + 3 < sentence.end; ++r) {
    if (f[r] != U'(' || !lex_.EventEndsAt(r) || !IsLatinLetter(t[r + 1])) continue;
    uint32_t close = r + 1;
    while (close < sentence.end && close - r <= 60 && (IsLatinLetter(t[close]) || IsSpace(f[close]) || f[close] == U'-' || f[close] == U'&'))
      ++close;
    if (close >= sentence.end || f[close] != U')' || !lex_.EventEndsAt(close)) continue;
    uint32_t b = r;
    while (b > sentence.begin && r - b < 12 && IsHan(f[b - 1]) && !lex_.LeadEndsAt(b)) --b;
    if (r - b < 4 || std::u32string_view(U"該本各全").find(f[b]) != std::u32string_view::npos) continue;
    if (std::any_of(f.begin() + b, f.begin() + r, [](char32_t c) { return c == U'的' || c == U'之'; })) continue;
    // (A Latin brand written onto it is part of the name: SelectUSA投資峰會（SelectUSA Investment Summit）.)
    {
      uint32_t w = b;
      while (w > sentence.begin && b - w < 20 && IsLatinLetter(t[w - 1])) --w;
      if (b - w >= 2 && (w == sentence.begin || !(IsLatinLetter(t[w - 1]) || IsSpace(t[w - 1]) || t[w - 1] == U'-'))) b = w;
    }
    if (std::any_of(out.begin(), out.end(), [&](const EventHit& x) { return x.span.begin < r && b < x.span.end; })) continue;
    // (Not a series the sentence describes: 每年舉辦立法高峰會（Legislative Summit）, 南特數位週（Nantes Digital Week）由南特市
    // 政府主辦，自2014年起每年9月舉行.)
    if (NamesSeries(std::u32string_view(f.data() + sentence.begin, sentence.size())))
      continue;
    EventHit e;
    e.span = {b, r};
    e.name = nt_.Utf8(e.span);
    e.alias = alias_after(r, &e.short_alias);
    out.push_back(std::move(e));
    r = close;
  }
  // 參加桃園客家桐花祭, 出席札幌雪祭: a festival attended, unquoted and undated, named by its place — a place's name right
  // after the verb, what the festival is, then 祭, 節 or 嘉年華 where the clause goes on or ends (four characters at least);
  // or a ceremony so named (出席長崎原爆紀念和平祈念式典: 式典, six characters at least). (Or one a city holds every year,
  // 每年10月舉辦臺中爵士音樂節: the series, held there.)
  for (uint32_t r = sentence.begin; r + 2 < sentence.end; ++r) {
    const char32_t c0 = f[r], c1 = f[r + 1];  // (two characters compared, not views: this runs at every position)
    const bool yearly = c0 == U'舉' && c1 == U'辦' && r >= sentence.begin + 2 &&
                        NamesSeries(std::u32string_view(f.data() + sentence.begin, r - sentence.begin));
    if (!((c0 == U'參' && (c1 == U'加' || c1 == U'與')) || (c0 == U'出' && c1 == U'席') || (c0 == U'觀' && c1 == U'賞') || yearly))
      continue;
    const uint32_t q = r + 2;
    const uint32_t place = lex_.Place(q).len;
    if (place < 2) continue;
    // (Not one an invitation or a plan names in the clause: 邀請…明年出席波夕樹木節, 歡迎…參與臺北動漫節 — an edition
    // still to come, named by no year.)
    {
      size_t clause = std::u32string_view(f.data() + sentence.begin, r - sentence.begin).find_last_of(U"，,;；");
      const uint32_t from = clause == std::u32string_view::npos ? sentence.begin : sentence.begin + static_cast<uint32_t>(clause) + 1;
      if (ContainsAny(std::u32string_view(f.data() + from, r - from), {U"邀請", U"歡迎", U"邀", U"明年", U"未來", U"將", U"擬", U"盼", U"預計"}))
        continue;
    }
    uint32_t last = 0;
    for (uint32_t e = q + place + 1; e <= sentence.end && e - q <= 14; ++e) {
      if (!IsHan(f[e - 1]) || f[e - 1] == U'的' || f[e - 1] == U'之') break;
      if (e < q + place + 2 || e - q < 4) continue;
      const bool festival = f[e - 1] == U'祭' || (f[e - 1] == U'節' && kNotFestivalBeforeJie.find(f[e - 2]) == std::u32string_view::npos) ||
                            (e - q >= 3 && f.compare(e - 3, 3, U"嘉年華") == 0) ||
                            (e - q >= 6 && f[e - 2] == U'式' && f[e - 1] == U'典');  // 出席長崎原爆紀念和平祈念式典: a ceremony
      if (!festival) {
        if (lex_.LeadEndsAt(e)) break;
        continue;
      }
      const bool ends = e >= sentence.end || !IsHan(f[e]) ||
                        ContainsAny(std::u32string_view(f.data() + e, std::min<size_t>(2, sentence.end - e)), {U"開幕", U"活動", U"期間", U"系列"});
      if (ends) {
        last = e;
        break;
      }
    }
    if (!last) continue;
    bool taken = false;
    for (const auto& e : out) taken = taken || (q < e.span.end && last > e.span.begin);
    for (const Span& sp : quoted) taken = taken || (q < sp.end && last > sp.begin);
    if (taken) continue;
    EventHit e;
    e.span = {q, last};
    e.name = nt_.Utf8(e.span);
    out.push_back(std::move(e));
    r = last;
  }
  // 參加於邁阿密舉行之Seatrade Cruise Global 2026郵輪展: a name of capitalized Latin words ending in its year, unquoted,
  // which an event's word right after it marks as an event's (also named with that word), or a verb of holding or taking
  // part right before it (舉行之, 參加: 建議明年續派員參加X 2027 names next year's edition, an event as any named one
  // recommended) — not a part of an event after it (…晚宴), nor a month (April 2026).
  for (uint32_t y = sentence.begin + 2; y + 4 <= sentence.end; ++y) {
    if (!(f[y] == U'1' || f[y] == U'2') || t[y - 1] != U' ' || !IsLatinLetter(t[y - 2])) continue;
    bool digits = true;
    for (uint32_t k = y; k < y + 4 && digits; ++k) digits = f[k] >= U'0' && f[k] <= U'9';
    // (Not a year written with 年, LUCI 2027年年會: a name of the Chinese kind, read as such.)
    if (!digits || (y + 4 < sentence.end && (IsLatinLetter(t[y + 4]) || (f[y + 4] >= U'0' && f[y + 4] <= U'9') || f[y + 4] == U'年')))
      continue;
    uint32_t start = y - 1, words = 0, letters = 0;
    for (uint32_t we = y - 1; words < 6;) {
      uint32_t ws = we;
      while (ws > sentence.begin && (IsLatinLetter(t[ws - 1]) || t[ws - 1] == U'-' || t[ws - 1] == U'&')) --ws;
      if (ws == we || !(t[ws] >= U'A' && t[ws] <= U'Z')) break;
      ++words;
      letters += we - ws;
      start = ws;
      if (ws < sentence.begin + 2 || t[ws - 1] != U' ' || !IsLatinLetter(t[ws - 2])) break;
      we = ws - 1;
    }
    if (words == 0 || letters < 3 || (start > sentence.begin && (t[start - 1] >= U'0' && t[start - 1] <= U'9'))) continue;
    {
      static const std::u32string_view kMonths[] = {U"January", U"February", U"March", U"April", U"May", U"June", U"July",
                                                    U"August", U"September", U"October", U"November", U"December"};
      const std::u32string_view last_word(t.data() + start, y - 1 - start);
      bool month = false;
      for (auto m : kMonths) month = month || last_word.ends_with(m);
      if (month) continue;
    }
    const uint32_t end = y + 4;
    bool taken = false;
    for (const auto& e : out) taken = taken || (start < e.span.end && end > e.span.begin);
    for (const Span& sp : quoted) taken = taken || (start < sp.end && end > sp.begin);
    if (taken) continue;
    const uint32_t word_end = EventWordEndAfter(lex_, f, end, sentence.end);
    const bool word_after = word_end > 0;
    const bool part = NamesEventPartAfter(f, end, sentence.end);
    const bool held = TakesPartOrHoldsBefore(std::u32string_view(f.data() + sentence.begin, start - sentence.begin));
    // (Not where a word follows past a space: SusHi Tech Tokyo 2024 市長峰會, …2024 City Leaders Program — a longer
    // name, read otherwise.)
    uint32_t past_space = end;
    while (past_space < sentence.end && f[past_space] == U' ') ++past_space;
    const bool goes_on = past_space > end && past_space < sentence.end && (IsHan(f[past_space]) || IsLatinLetter(t[past_space]));
    if (part || goes_on || !(word_after || held)) continue;
    EventHit e;
    e.span = {start, end};
    e.name = nt_.Utf8(start, end);
    if (word_after) e.alias = e.name + " " + nt_.Utf8(end, word_end);
    // (Its Chinese name in parentheses after it, past a closing quote, is another of its names: 出席“Smart City Expo World
    // Congress 2026”（2026全球智慧城市博覽會）.)
    if (!word_after) {
      uint32_t q = end;
      if (q < sentence.end && (t[q] == U'”' || t[q] == U'"' || t[q] == U'’')) ++q;
      while (q < sentence.end && IsSpace(f[q])) ++q;
      if (q < sentence.end && f[q] == U'(') {
        uint32_t close = q + 1;
        while (close < sentence.end && close - q < 40 && f[close] != U')') ++close;
        if (close < sentence.end && f[close] == U')' && close > q + 3 && IsHan(f[close - 1]) && lex_.EventEndsAt(close))
          e.alias = nt_.Utf8(q + 1, close);
      }
    }
    out.push_back(std::move(e));
    y = word_after ? word_end - 1 : end;
  }
  // English prose (a letter pasted into a report): "the Manzini Trade Fair in 2027" — capitalized words after "the",
  // the last an event's ending, the year after "in" (or right after the name) making it that edition.
  for (uint32_t q = sentence.begin; q + 4 < sentence.end; ++q) {
    if (f.compare(q, 4, U"the ") != 0 || (q > sentence.begin && IsLatinLetter(f[q - 1]))) continue;
    uint32_t b = q + 4, r = b, last = 0;
    int words = 0;
    while (r < sentence.end && words < 7 && t[r] >= U'A' && t[r] <= U'Z') {
      uint32_t we = r;
      // (Two places joined by a dash, hyphen or en dash, are one word: the Keelung–Yokosuka Port Cities Forum.)
      while (we < sentence.end && (IsLatinLetter(t[we]) || ((t[we] == U'-' || t[we] == U'\u2013') && we + 1 < sentence.end &&
                                                           IsLatinLetter(t[we + 1]))))
        ++we;
      ++words;
      if (lex_.EventEndsAt(we) && words >= 2) last = we;
      if (we + 1 >= sentence.end || t[we] != U' ') break;
      r = we + 1;
    }
    if (!last) continue;
    // (Nor a numbered sitting, its ending after an ordinal alone: the Second Meeting of the … Working Group, the Annual
    // Meeting — no name of its own.)
    {
      uint32_t w = b;
      bool generic = true;
      while (generic && w < last) {
        uint32_t we = w;
        while (we < last && t[we] != U' ') ++we;
        if (we >= last) break;  // (the ending itself)
        static constexpr std::u32string_view kOrdinals[] = {
            U"first", U"second", U"third", U"fourth", U"fifth", U"sixth", U"seventh", U"eighth", U"ninth", U"tenth",
            U"eleventh", U"twelfth", U"annual", U"regular", U"special", U"joint", U"next", U"final", U"plenary", U"extraordinary"};
        const std::u32string_view word(f.data() + w, we - w);
        generic = std::find(std::begin(kOrdinals), std::end(kOrdinals), word) != std::end(kOrdinals);
        w = we + 1;
      }
      if (generic) continue;
    }
    // (Not a body named after its summit: the Asia Pacific Cities Summit network, … Forum secretariat.)
    if (f.compare(last, 8, U" network") == 0 || f.compare(last, 12, U" secretariat") == 0 ||
        f.compare(last, 13, U" organization") == 0 || f.compare(last, 13, U" organisation") == 0 ||
        f.compare(last, 9, U" alliance") == 0)
      continue;
    // (Nor a longer name the capitalized words go on to: the Taichung International Exhibition Center, a venue.)
    if (last + 1 < sentence.end && t[last] == U' ' && t[last + 1] >= U'A' && t[last + 1] <= U'Z') continue;
    std::string year;
    uint32_t y = last;
    while (y < sentence.end && t[y] == U' ') ++y;
    if (f.compare(y, 3, U"in ") == 0) y += 3;
    if (y + 4 <= sentence.end && (f[y] == U'1' || f[y] == U'2') && std::all_of(f.begin() + y, f.begin() + y + 4, [](char32_t c) {
          return c >= U'0' && c <= U'9';
        }) && (y + 4 == sentence.end || !(f[y + 4] >= U'0' && f[y + 4] <= U'9')))
      year = nt_.Utf8(y, y + 4);
    EventHit e;
    e.span = {b, last};
    e.name = nt_.Utf8(b, last) + (year.empty() ? "" : " " + year);
    out.push_back(std::move(e));
    q = last;
  }
  // 出席UCLG ASPAC理事會, 出席AFHC理事會議: a network's council or executive committee attended, named by the network
  // (a body the data know, or its Latin abbreviation) with no year or edition, is that council's meeting — an event.
  bool organ_meeting = false;
  for (uint32_t r = sentence.begin; r + 6 < sentence.end; ++r) {
    const char32_t c0 = f[r], c1 = f[r + 1];
    if (!((c0 == U'參' && c1 == U'加') || (c0 == U'出' && c1 == U'席'))) continue;
    // (Not the council as a body one keeps taking part in: 建議本市持續參加UCLG ASPAC理事會.)
    {
      const std::u32string_view before(f.data() + sentence.begin, r - sentence.begin);
      const std::u32string_view near = before.substr(before.size() > 4 ? before.size() - 4 : 0);
      if (ContainsAny(near, {U"持續", U"繼續", U"積極", U"爭取"}) || before.find(U"建議") != std::u32string_view::npos) continue;
    }
    uint32_t q = r + 2;
    while (q < sentence.end && IsSpace(f[q])) ++q;
    uint32_t body_end = q;
    if (const auto org = lex_.Org(q); org.len > 0) {
      body_end = q + org.len;
    } else {
      // (An abbreviation: capitals, a space between two words of them.)
      while (body_end < sentence.end && ((t[body_end] >= U'A' && t[body_end] <= U'Z') ||
                                         (t[body_end] == U' ' && body_end + 1 < sentence.end && t[body_end + 1] >= U'A' &&
                                          t[body_end + 1] <= U'Z' && body_end > q)))
        ++body_end;
      if (body_end - q < 3 || body_end - q > 16) continue;
    }
    uint32_t organ_end = 0;
    for (std::u32string_view organ : {std::u32string_view(U"理事會會議"), std::u32string_view(U"理事會議"), std::u32string_view(U"理事會"),
                                      std::u32string_view(U"執行委員會會議"), std::u32string_view(U"執行委員會議"),
                                      std::u32string_view(U"執行委員會")})
      if (f.compare(body_end, organ.size(), organ) == 0) {
        organ_end = body_end + static_cast<uint32_t>(organ.size());
        break;
      }
    // (Ending there: not 理事會成員, 理事會主席.)
    if (organ_end == 0 || (organ_end < sentence.end && IsHan(f[organ_end]) && f[organ_end] != U'及' && f[organ_end] != U'並' &&
                           f[organ_end] != U'於' && f[organ_end] != U'時'))
      continue;
    if (std::any_of(out.begin(), out.end(), [&](const EventHit& x) { return x.span.begin < organ_end && q < x.span.end; })) continue;
    EventHit e;
    e.span = {q, organ_end};
    e.name = nt_.Utf8(q, organ_end);
    out.push_back(std::move(e));
    organ_meeting = true;
    r = organ_end;
  }
  if (organ_meeting) std::stable_sort(out.begin(), out.end(), [](const EventHit& a, const EventHit& b) { return a.span.begin < b.span.begin; });
  return out;
}

}  // namespace citykg::extract::detail
