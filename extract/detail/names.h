// Internal: persons found from titles, surnames and Latin name shapes; event names.
#ifndef CITYKG_EXTRACT_DETAIL_NAMES_H_
#define CITYKG_EXTRACT_DETAIL_NAMES_H_

#include <set>
#include <string>
#include <vector>

#include "extract/detail/lexical.h"

namespace citykg::extract::detail {

struct NameHit {
  Span name;
  uint32_t outer_begin = 0;  // start including an honorific (Ms. Johanna de Vries)
  std::string name_text;
  std::string alias;
  std::string surname;
  bool short_form = false;
  struct Post {
    int title = -1;
    std::string title_text;
    int holder_seg = -1;
    std::string holder_org;  // a body named by the title's prefix (自民黨 + 青年局長 → 自民黨青年局), when set
    std::string holder_org_en;  // that body's name as an English text writes it (Saint Paul City Council), when set
    std::string holder_place;  // a place the gazetteer lacks, named before the title (澳洲 + 雪梨 + 市長)
    std::string holder_place_en;  // its English name, where the text glosses it (尼爾坎特(Neelakantha Municipality))
    // The English name holder_place was derived from, where holder_place is the Chinese name a namesake the gazetteer
    // knows gives it (Cebu Province, after Cebu City's 宿霧市: 宿霧省) — another name, not the key.
    std::string holder_place_derived_from;
    int holder_country = -1;   // its country (gazetteer index)
    int holder_place_known = -1;  // the gazetteer place holder_place is a longer name of (巴生 + 皇家市), or -1
    bool past = false;
    bool foreign_context = false;  // a foreign place or country stands earlier in the same list item
    int unit_seg = -1;  // a department segment read as a unit of holder_seg (its name is in title_text): no body of its own
    std::string council_org;     // a member's council, a body of its own too (Tacoma City Council member X: 塔科馬市議會)
    std::string council_org_en;  // its name as the English text writes it
  };
  std::vector<Post> posts;
  std::string rule;
  bool foreign = false;  // the surname is only Japanese, or the name is in Latin letters: never the publisher's
};

// A name as a passport writes it, in a registration or a visa list: the surname in capitals, a comma, the given names
// (TAI, Kuo-tung; SMITH, John Paul). The name in the order texts write it elsewhere — after the surname where a given
// name is hyphenated, as Taiwanese and Korean names are romanized (Tai Kuo-tung), else before it (John Paul Smith) — or
// "" where `s` is no such name.
std::string PassportName(std::u32string_view s);

// Finds persons in one sentence. No list of persons: a name is a known surname followed by a given name of the
// length its origin allows, or a run of capitalized Latin words, next to a title of office.
class NameFinder {
 public:
  NameFinder(const Gazetteer& g, const NormalizedText& nt, const Lexicon& lex, const std::vector<Seg>& segs);
  std::vector<NameHit> FindInSentence(Span sentence) const;
  // A name that fills `cell` (a table's cell: Laura Bennett, 小笠原春樹), with no post; false if the cell is no name.
  bool ReadNameFilling(Span cell, NameHit* hit) const;
  // The offices written in `span` (a profile's 現職：西班牙瓦倫西亞市長 / 經歷：A、B), added to `hit` as its posts.
  void OfficesIn(Span span, bool past, NameHit* hit) const { PostsIn(span.begin, span.end, past, hit); }
  // A signature block in columns (臺灣臺中市市長　　　　美國…奧斯汀市市長 / 林俊雄　　　　Robert Hayes): the names of
  // `names`, each under the office its column holds on `offices` (cells set apart by two spaces or more).
  std::vector<NameHit> ColumnSignatures(Span offices, Span names) const;
  // An English letter's signature block under its closing: the name on `name_line`, the title on `title_line`, the
  // units on `unit_lines` (Michael Berg / International Relations Coordinator / Office of the Mayor, Municipality of
  // Anchorage).
  std::vector<NameHit> EnglishSignature(Span name_line, Span title_line, const std::vector<Span>& unit_lines) const;
  // An English agreement's signature block in columns: the names on `names` (Lin Kuo-hsiang      Margaret Ellison),
  // each over its title on `titles` (Mayor      Mayor; Speaker, Taichung City Council), held in the body its column of
  // `bodies` signs for (For Taichung City Government      For the City of Spokane; may be empty), unless the title
  // names its own after a comma.
  std::vector<NameHit> EnglishColumnSignatures(Span names, Span titles, Span bodies) const;
  // A place by its English name, with or without its kind's word (Municipality of Anchorage, Kumamoto City: the city,
  // not the prefecture the bare name finds), or -1.
  int EnglishPlace(std::u32string name) const;
  // The side a record's line at `line_begin` is of, under a field of those present written alone on its line (Present: /
  // Keelung City: Deputy Mayor X; … / City of Nanaimo: Mayor Y; …): its label, a place or a body ("City of Nanaimo");
  // empty if it is no such line.
  std::u32string PresentSideLabel(uint32_t line_begin) const;

 private:
  bool ReadHanForward(uint32_t pos, uint32_t end, bool allow_unknown, NameHit* hit) const;
  bool ReadHanBackward(uint32_t begin, uint32_t end, NameHit* hit) const;
  bool ReadLatinForward(uint32_t pos, uint32_t end, NameHit* hit) const;
  bool ReadLatinBackward(uint32_t begin, uint32_t end, NameHit* hit) const;
  void ReadTrailingAlias(uint32_t pos, uint32_t end, NameHit* hit) const;
  // A Japanese name written with a space between surname and given name (副市長　大森　健一) read whole.
  bool ReadSpacedJapaneseName(uint32_t pos, uint32_t end, NameHit* hit) const;
  // A Japanese name after the title of a Japanese government's head, its surname unknown (富山縣知事新川裕介，).
  bool JapaneseNameAfterTitle(uint32_t title, uint32_t pos, uint32_t end, uint32_t begin, NameHit* hit) const;
  void DropCountryHeldBodyTitles(NameHit* hit) const;  // 越南新加坡工業園區總經理: no post of the country
  void SetForeignName(Span name, NameHit* hit) const;  // `name` as a whole name of no known surname
  int HolderBefore(uint32_t pos, uint32_t begin) const;
  // The unit of a place's government written between place `place_seg` and a title (吉朗 + 市政府 + 社區安全部 + 經理):
  // the unit (社區安全部), or empty where none stands there.
  std::u32string_view GovernmentUnitBetween(int place_seg, uint32_t title_begin) const;
  bool BranchWordIn(uint32_t b, uint32_t e) const;
  // Does a given name written after its holder's surname and title (王大使文彬) end at `a`?
  bool GivenNameEndsAt(uint32_t surname, uint32_t a, uint32_t end) const;
  bool ShortPlaceBranch(Span s) const;
  uint32_t ChargeVerbBefore(uint32_t title_begin) const;
  void AddPosts(int title_seg, uint32_t holder_pos, NameHit* hit) const;
  // The post of a title seg held in holder_seg (-1: none named) added to hit; false for an honorific (no post).
  bool AddSegPost(int title_seg, int holder_seg, NameHit* hit) const;
  bool UnknownPlaceBefore(uint32_t pos, bool council, NameHit::Post* post) const;
  int CountryBefore(uint32_t pos) const;  // the last country named on the line before pos (gazetteer index), or -1
  // The holder an English phrase names for `post`: a place's council (Taichung City Council: its 議會, or for a member
  // the place), a place (City of Spokane, Taichung City Government) or a body with a body's word; false if none. The
  // gazetteer place it names, if any, in *place.
  bool EnglishHolder(std::u32string phrase, bool member, NameHit::Post* post, int* place) const;
  // The country an English text's foreign places and countries before pos are in most often (nearer on a tie), or -1.
  int EnglishCountryBefore(uint32_t pos) const;
  int TitleNamed(std::string_view title) const;  // the index of the title written so, or -1
  int SegAt(uint32_t pos) const;       // seg starting at pos
  int SegEndAt(uint32_t pos) const;    // seg ending at pos
  // Is a place seg abroad (its gazetteer place's country, or a pattern place's known country, not Taiwan)? In Taiwan?
  bool PlaceAbroad(const Seg& place) const;
  bool PlaceInTaiwan(const Seg& place) const;
  // The body the text names earlier with this branch right after it (日本台灣交流協會 before 高雄事務所, the place segment
  // and what follows it up to `end`), or -1.
  int BodyOfBranchNamed(int place_seg, uint32_t end) const;
  // A council's section or office (臺南市議會議事組) holding a post: the council holds it, the section in the title.
  void CouncilSection(uint32_t title_begin, NameHit::Post* post) const;
  // Whether a place or country of two characters or more that starts before pos covers it.
  bool PlaceCovers(uint32_t pos) const;
  bool BlocksName(uint32_t pos) const;  // a stop word, title or entity starts at pos
  // A place of two characters with no administrative suffix starts at `pos` and a name may end after it: the given
  // name of a Japanese name that is a place's name (山本高雄: Takao; 中村大和: Yamato).
  bool PlaceGivenNameAt(uint32_t pos, uint32_t end) const;
  void ListItemPosts(uint32_t from, uint32_t end, NameHit* hit) const;  // "Mr. X：A主席暨B市長"
  // Posts of every title in [from, end) for `hit` (each title's holder found before it); all past when `past`.
  void PostsIn(uint32_t from, uint32_t end, bool past, NameHit* hit) const;

  const Gazetteer& g_;
  const NormalizedText& nt_;
  const Lexicon& lex_;
  const std::vector<Seg>& segs_;
  std::vector<uint32_t> ascii_letters_;  // ASCII letters before each position (is a sentence English prose?)
  // The first two to six characters after each name dot that follows a Han character (安德斯·尼爾森: 尼爾, 尼爾森), and the
  // last two to six before it (頌猜·翁薩: 頌猜), all Han: a short transliterated name is looked up here, not searched for
  // in the whole text.
  std::set<std::u32string, std::less<>> after_dot_;
};

struct EventHit {
  Span span;
  std::string name;
  std::string alias;        // its other name in parentheses after it (an English one)
  std::string short_alias;  // …，簡稱 X) inside those parentheses
};

// Is the text written in English: Han characters fewer than a tenth of its Latin letters, in its first 4,000 characters
// of `folded` (lower-cased Latin)?
bool WrittenInEnglish(const std::u32string& folded);

// The region (a state, province or prefecture the gazetteer keeps: Hawaii, Gyeonggi) whose English name, one or two
// capitalized words, opens `t` at `pos`, a whole word: its gazetteer index, or -1.
int EnglishRegionAt(const Gazetteer& g, const std::u32string& t, size_t pos);

// Finds event names: 「…大會」 quoted names ending with an event keyword, and unquoted names that start with an
// edition or a year (第33屆全球市長會議, 2019臺北上海城市論壇).
class EventFinder {
 public:
  EventFinder(const NormalizedText& nt, const Lexicon& lex);
  std::vector<EventHit> FindInSentence(Span sentence) const;

 private:
  const NormalizedText& nt_;
  const Lexicon& lex_;
  bool english_;  // WrittenInEnglish
};

}  // namespace citykg::extract::detail

#endif  // CITYKG_EXTRACT_DETAIL_NAMES_H_
