#include "extract/extractor.h"

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

#include "extract/dates.h"
#include "extract/detail/lexical.h"
#include "extract/detail/names.h"
#include "extract/detail/romanize.h"

namespace citykg::extract {

using ontology::EntityKind;
using ontology::RelationKind;
using ontology::Role;

Extractor::Extractor(std::shared_ptr<const Gazetteer> gazetteer) : gazetteer_(std::move(gazetteer)) {}

namespace {

// The words that name this edition of an event (本屆於…舉行, 今年…, 本年度第28屆年會); 本年 and 今年 may take 度.
constexpr std::u32string_view kThisEditionWords[] = {U"本屆", U"本次", U"今年", U"本年"};

// The English months' names, folded (lower case).
constexpr std::u32string_view kEnglishMonths[] = {U"january", U"february", U"march",     U"april",   U"may",      U"june",
                                                  U"july",    U"august",   U"september", U"october", U"november", U"december"};

// Where an English clause ending right before an event's name invites one to it (Deputy Mayor X invited Mayor Y to attend
// the …, "to the …"; folded, lower case), or npos — not one who was invited (Mayor Y was invited to speak at the …).
size_t EnglishInvitation(std::u32string_view clause) {
  const size_t invite = clause.rfind(U" invited ");
  if (invite == std::u32string_view::npos || !(clause.ends_with(U" to the ") || clause.ends_with(U" to attend the ")) ||
      detail::ContainsAny(clause.substr(0, invite + 1), {U" was ", U" were ", U" been ", U" be "}))
    return std::u32string_view::npos;
  return invite;
}

// The words of one who speaks or officiates at a session (致詞, 主持, 發表…, 頒發 an award or certificate): who says
// them there attended it.
constexpr std::u32string_view kSpeakingWords[] = {U"致詞", U"致辭", U"致歡迎詞", U"開幕詞", U"主持", U"報告", U"演講", U"演說",
                                                  U"宣布", U"發表", U"分享", U"簡報", U"說明", U"點亮", U"點燈", U"頒發", U"頒獎"};

// The labels of a meeting record's field (◆ 會見人員：副市長 X) or of a table's column of the persons met (also those
// given the delegation's gifts: a gifts table's 致贈對象 were met on the visits it dates; and those a study trip
// interviewed, 訪談對象：課長 X).
constexpr std::u32string_view kRecordLabels[] = {U"會談對象", U"拜會對象", U"會見對象", U"會面對象", U"接見對象", U"晤談對象",
                                                 U"會晤對象", U"拜會人員", U"會見人員", U"會談人員", U"接見人員", U"接待人員",
                                                 U"來訪貴賓", U"來訪團體", U"來訪人員", U"致贈對象", U"受贈對象", U"受贈人",
                                                 U"對方", U"對方人員", U"對方出席人員", U"對方與會人員", U"訪談對象",
                                                 U"受訪對象"};

// (Defined below: past the time of day, and past the day or days, a text opens with.)
static std::u32string_view PastTimeOfDay(std::u32string_view text);
// The year four digits write (1950 to 2100), or 0.
static int BareYear(std::u32string_view digits) {
  int y = 0;
  for (char32_t c : digits) {
    if (c < U'0' || c > U'9') return 0;
    y = y * 10 + static_cast<int>(c - U'0');
  }
  return y >= 1950 && y <= 2100 ? y : 0;
}

// The year a name opens with in four digits, something after them (2027宜蘭國際童玩藝術節: 2027), or 0.
static int YearOpening(std::u32string_view name) { return name.size() > 4 ? BareYear(name.substr(0, 4)) : 0; }
static std::u32string_view PastLeadingDay(std::u32string_view text);

// Does a sentence list the speakers of a session (同場講者包括A及B, 與談人為X), or tell of those who speak in one session
// together (林市長與X、Y於同一場次發表演說, 同場報告之…局長Z), or of what one said in the same session (X在同一場次中表示)?
bool NamesSessionSpeakers(std::u32string_view text) {
  // (Speakers named as a list: 講者, 與談人 or 與談者, then 包括, 有, 為, 尚有 or 還有.)
  bool listed = false;
  for (std::u32string_view lead : {std::u32string_view(U"講者"), std::u32string_view(U"與談人"), std::u32string_view(U"與談者")})
    for (size_t at = text.find(lead); at != std::u32string_view::npos && !listed; at = text.find(lead, at + 1)) {
      const std::u32string_view rest = text.substr(at + lead.size());
      listed = rest.starts_with(U"包括") || rest.starts_with(U"有") || rest.starts_with(U"為") || rest.starts_with(U"尚有") ||
               rest.starts_with(U"還有");
    }
  return listed || (detail::ContainsAny(text, {U"同一場次", U"同場", U"同台", U"同臺"}) &&
                    detail::ContainsAny(text, {U"發表", U"演講", U"演說", U"與談", U"分享", U"座談", U"報告"})) ||
         // (Or what one says in the same session: 秘書長X在同一場次中表示….)
         (text.find(U"同一場次") != std::u32string_view::npos && detail::ContainsAny(text, {U"表示", U"指出"}));
}

// Past a list item's number opening the text: 一、論壇於5月13日…, (二), 3.
static std::u32string_view PastListNumber(std::u32string_view text) {
  // (Or a bullet that opens an item: ◎4/14（週二）, ● 拜會….)
  if (!text.empty() && std::u32string_view(U"◎●■◆○□◇★☆▲►▶•").find(text.front()) != std::u32string_view::npos) {
    text.remove_prefix(1);
    while (!text.empty() && (text.front() == U' ' || text.front() == U'\u3000')) text.remove_prefix(1);
    return text;
  }
  size_t k = 0;
  // (A closing parenthesis ends the number: (三)9月16日…, the day's digits no part of it.)
  while (k < text.size() && k < 4 && (detail::kCountNumerals.find(text[k]) != std::u32string_view::npos ||
                                      (text[k] >= U'0' && text[k] <= U'9') || text[k] == U'(' || text[k] == U')'))
    if (text[k++] == U')') break;
  if (k > 0 && k < text.size() && (text[k] == U'、' || text[k] == U'.' || text[k - 1] == U')')) {
    if (text[k] == U'、' || text[k] == U'.') ++k;
    text.remove_prefix(k);
  }
  return text;
}

// The day a release writes in parentheses at `open` ((11)日 of 昨(11)日: one or two digits, then )日), or 0.
static int ParenthesizedDay(std::u32string_view text, size_t open) {
  if (open >= text.size() || text[open] != U'(') return 0;
  size_t q = open + 1;
  int day = 0;
  while (q < text.size() && q - open <= 2 && text[q] >= U'0' && text[q] <= U'9') day = day * 10 + static_cast<int>(text[q++] - U'0');
  return day >= 1 && day <= 31 && q + 1 < text.size() && text[q] == U')' && text[q + 1] == U'日' ? day : 0;
}

// The length of a weekday in parentheses opening `t` ((六), (週四), (星期二), (禮拜三)), or 0.
static size_t WeekdayLength(std::u32string_view t) {
  if (t.empty() || t.front() != U'(') return 0;
  const size_t close = t.find(U')');
  if (close == std::u32string_view::npos || close < 2 || close > 4) return 0;
  const std::u32string_view inner = t.substr(1, close - 1);
  const bool weekday = std::u32string_view(U"一二三四五六日天").find(inner.back()) != std::u32string_view::npos &&
                       (inner.size() == 1 || inner.starts_with(U"星期") || inner.starts_with(U"週") || inner.starts_with(U"周") ||
                        inner.starts_with(U"禮拜"));
  return weekday ? close + 1 : 0;
}

// Past the spaces and bullet marks opening a line of a record (■ 9月21日…, ◆ 地點：…), from k up to end.
size_t PastBullets(const std::u32string& f, size_t k, size_t end) {
  while (k < end && (f[k] == U' ' || f[k] == U'\t' ||
                     std::u32string_view(U"●•‧◎○▪■◆◇□▲△►★☆※-").find(f[k]) != std::u32string_view::npos))
    ++k;
  return k;
}

using detail::ContainsAny;
using detail::Lexicon;

// Does the sentence say the ones it names were there too (委員長崔敏浩亦出席; 副市長X亦於市政廳連線出席, joining a video
// call from elsewhere)?
bool SaysThereToo(std::u32string_view sentence) {
  if (ContainsAny(sentence, {U"亦出席", U"亦在座", U"也出席", U"一同出席", U"亦列席", U"亦與會"})) return true;
  // (Or ends saying they sat in: …局長克里斯．諾蘭（Chris Nolan）在座。)
  {
    std::u32string_view t = sentence;
    while (!t.empty() && (t.back() == U'。' || t.back() == U' ' || t.back() == U'\n')) t.remove_suffix(1);
    if (t.ends_with(U"在座") || t.ends_with(U"列席") || t.ends_with(U"同席")) return true;
    // (Or its first clause does, another's escort after it: 市議員X先生在座，駐…辦事處處長Y陪同。)
    const size_t clause = t.find_first_of(U",，;；");
    if (clause != std::u32string_view::npos) {
      const std::u32string_view first = t.substr(0, clause);
      if ((first.ends_with(U"在座") || first.ends_with(U"列席") || first.ends_with(U"同席")) &&
          t.substr(clause + 1).ends_with(U"陪同"))
        return true;
    }
  }
  for (std::u32string_view too : {std::u32string_view(U"亦於"), std::u32string_view(U"也於"), std::u32string_view(U"亦在")})
    for (size_t at = sentence.find(too); at != std::u32string_view::npos; at = sentence.find(too, at + 2)) {
      // (The rest of its clause, up to 18 characters: where, then the verb — 出席 also in 連線出席, 線上出席, 視訊出席.)
      const std::u32string_view rest = sentence.substr(at + 2, 18);
      const std::u32string_view clause = rest.substr(0, rest.find_first_of(U",，;；。"));
      if (ContainsAny(clause, {U"出席", U"列席", U"在座", U"連線參與", U"與會"})) return true;
    }
  return false;
}
using detail::Seg;
using detail::SegKind;

// Words saying one is yet to go to something (訪團下週一將出席…, 訪團6日將轉往東引，出席…): what follows has not happened.
const std::initializer_list<std::u32string_view> kGoingToWords = {U"將出席", U"將參加", U"將前往", U"將赴", U"將轉往"};

// The words for a visiting delegation.
constexpr std::u32string_view kDelegationWords[] = {U"訪問團", U"訪團", U"參訪團", U"代表團", U"考察團", U"交流團", U"一行",
                                                    U"the delegation", U"the visitors", U"the guests"};

// Does `text` name a visiting delegation?
bool NamesDelegation(std::u32string_view text) {
  return std::any_of(std::begin(kDelegationWords), std::end(kDelegationWords),
                     [&](std::u32string_view w) { return text.find(w) != std::u32string_view::npos; });
}

// The length of the delegation's word `text` opens with (訪團簡報…: 2), or 0.
size_t DelegationWordLength(std::u32string_view text) {
  for (std::u32string_view w : kDelegationWords)
    if (text.starts_with(w)) return w.size();
  return 0;
}

// Where `text` says its subject heads a delegation — "led a", "led an", "headed a", "at the head of a" … with
// "delegation" at most 44 characters after the phrase's start (led an eight-member agricultural delegation): the
// phrase's offset and the delegation word's; {npos, npos} if none.
std::pair<size_t, size_t> LeadsDelegation(std::u32string_view text) {
  static constexpr std::u32string_view kLeads[] = {U"led a ",     U"led an ",           U"headed a ",
                                                   U"headed an ", U"at the head of a ", U"at the head of an "};
  // (Most texts name no delegation: one search first.)
  if (text.find(U"delegation") == std::u32string_view::npos) return {std::u32string_view::npos, std::u32string_view::npos};
  size_t lead = std::u32string_view::npos;
  for (std::u32string_view w : kLeads) lead = std::min(lead, text.find(w));
  const size_t delegation = lead == std::u32string_view::npos ? lead : text.find(U"delegation", lead);
  if (delegation == std::u32string_view::npos || delegation - lead > 44) return {std::u32string_view::npos, std::u32string_view::npos};
  return {lead, delegation};
}

// Does `text` open with a visiting delegation's word (款待訪團, 接待全團)?
bool OpensWithDelegation(std::u32string_view text) { return text.starts_with(U"全團") || DelegationWordLength(text) > 0; }

// Does `text` hold a verb of arriving (抵達, 到達, 飛抵, 轉抵)?
bool NamesArrival(std::u32string_view text) { return ContainsAny(text, {U"抵達", U"到達", U"飛抵", U"轉抵"}); }

// An event's name without its leading year (2026安東國際假面舞節 → 安東國際假面舞節), folded.
std::u32string NameWithoutYear(const std::string& name) {
  std::u32string bare = ToU32(name);
  size_t k = 0;
  while (k < bare.size() && ((bare[k] >= '0' && bare[k] <= '9') || bare[k] == U'年' || bare[k] == U' ')) ++k;
  return Gazetteer::Fold(bare.substr(k));
}

// The key of an event's name: one event however its year and summit are written (2025年雙北… = 2025雙北…,
// 市長高峰會 = 市長峰會).
std::string EventKey(const std::string& name) {
  std::string key = MatchKey(name);
  for (size_t p = 0; (p = key.find("年", p)) != std::string::npos;) {
    bool after_year = p >= 4 && std::all_of(key.begin() + static_cast<long>(p) - 4, key.begin() + static_cast<long>(p),
                                            [](char c) { return c >= '0' && c <= '9'; });
    if (after_year) key.erase(p, std::string("年").size());
    else p += std::string("年").size();
  }
  for (size_t p = 0; (p = key.find("高峰會", p)) != std::string::npos;) key.erase(p, std::string("高").size());
  return "event:" + key;
}

// A person found in the text, before entity resolution.
struct PersonHit {
  Span name;                // span of the name in the text
  std::string name_text;    // the name as written (Han or Latin)
  std::string alias;        // another written form (parenthesized Latin or Han), may be empty
  std::string surname;      // for Han names
  bool short_form = false;  // surname + title only
  using Post = detail::NameHit::Post;  // title, holder (segment, unit, unknown place), past
  bool foreign = false;
  std::vector<Post> posts;
  std::string rule;
  uint32_t sentence = 0;
};

struct EventHit {
  std::string name;
  std::string alias;
  std::string short_alias;
  Span span;
  uint32_t sentence = 0;
  Date trip;  // the month of the trip its own sentence dates (於11月4日至6日赴…出席「…」), if any
  Span written{};  // where the name is written, for a hit by another name (SIWW for 新加坡國際水週): its key is the name's
};

// Is the event an exhibition: its name, or the gloss after its quote (「ITB Asia 2026」亞洲旅遊展), ends with 展 or 博覽會?
bool IsExhibition(const EventHit& e) {
  for (const std::string* n : {&e.name, &e.alias}) {
    const std::u32string folded = Gazetteer::Fold(ToU32(*n));
    if (folded.ends_with(U"展") || folded.ends_with(U"博覽會")) return true;
  }
  return false;
}

class DocumentExtraction {
 public:
  DocumentExtraction(const Gazetteer& g, const Document& doc, Trace* trace)
      : g_(g), doc_(doc), trace_(trace), nt_(Normalize(doc.text)), lex_(g, nt_) {
    for (uint32_t i = 0; i < nt_.text.size(); ++i)
      if (nt_.text[i] == U'\f') page_breaks_.push_back(i);
  }

  ExtractedDocument Run();

 private:
  // Stages, in order.
  void SplitSentences();
  void FindMetadata();
  void FindPublisher();
  void FindPersons();
  void ResolvePersons();
  void LinkRomanizedNames();
  void LinkGlossesByPost();
  int PostPlace(const PersonHit::Post& post) const;
  void FindEvents();
  void BuildRelations();
  void FindMembers();
  void FindAgreements();
  // In a text written in English, the regions named with the word for their kind (Hyogo Prefecture, Georgia State,
  // Hualien County) that the gazetteer knows, and the cities whose port it names (the Port of Savannah): places the text
  // tells of.
  void EnglishRegionsByKind();
  void EnglishIssuingDepartment();
  // The label of the publisher's department named in English with no place (臺中市政府 Economic Development Bureau): one
  // node whether a post or the header names it.
  std::string PublisherDepartmentInEnglish(const std::string& written) const {
    return out_.entities[static_cast<size_t>(publisher_)].label + "政府 " + written;
  }

  // Helpers.
  int EntityForSeg(int seg_index);
  int PlaceEntity(int place_index);
  int CountryEntity(int country_index);
  int OrgEntity(const Seg& seg);
  int KnownOrgEntity(int org_index, const std::string& written);  // an orgs.tsv organization, as written (or "")
  int KnownOrgNamed(const std::string& written) const;
  int PersonEntity(const std::string& name, const std::string& alias, const std::string& surname, bool short_form);
  int AddEntity(Entity e);
  void MergePerson(int from, int to, const std::string& name);
  Evidence SentenceEvidence(uint32_t sentence) const;
  Evidence SpanEvidence(Span span) const;  // a span of the text (a table's row), trimmed
  int SegStartingAt(uint32_t pos) const;
  bool LocatesNextPlace(size_t seg) const;
  bool RegionBeforeItsCity(size_t seg) const;
  // Indices [first, last) of the segments that start inside `span` (segs_ are sorted by start).
  std::pair<size_t, size_t> SegsIn(Span span) const;
  int SegEndingAt(uint32_t pos) const;
  int ListItemPlace(uint32_t begin, uint32_t end);
  void FindAbbreviations();
  Seg MentionOf(const Seg& org, Span span) const;
  void AddSegs(std::vector<Seg> added);
  void UnifyOrgNames();
  void ForeignMinistriesInLists();
  void FindUniversityContractions();
  void FindSchoolContractions();
  void FindLatinVisitedBodies();
  void FindBareChapter();
  void DropSurnamePlaces();
  void DropPlacesInNames();
  bool WrittenAfterDot(std::u32string_view run);
  void ForeignCityHalls();
  void DropAddressDistricts();
  // Drops a Taiwanese place the trip flies out of or back to (桃園出發, 返抵桃園): the airport, no place of the report.
  void DropDeparturePlaces();
  void ReadSignerRows();
  void FoldDepartments();
  void JoinStationedOffices();
  void ReadForeignLetters();
  void DropOrgansAndGroups();
  void DropShortenedTitles();
  int CouncilGovernment(int org);
  int HeadingOrgBefore(uint32_t pos);
  int HeaderUnitBefore(uint32_t pos);
  bool AttendCueIn(Span s) const { return FirstAttendCue(s) < s.end; }
  uint32_t FirstAttendCue(Span s) const;
  size_t FindInHead(std::u32string_view label, size_t from = 0) const;
  std::vector<int> Travellers() const;
  std::vector<int> LedBy(int leader) const;
  bool Escorts(size_t person_hit) const;
  // Where a title set off by commas that opens at `comma` (", Director-General of the …, ") closes: the second comma,
  // within 100 characters and the sentence, the title holding " of "; npos otherwise.
  size_t AppositiveEnd(size_t comma) const;
  int ThisEditionPlace(size_t event, bool own = true) const;
  // The 日期： / 時間： date and the 地點： place of the fields under the document's first line, where that line names
  // event hit i (a speech's or a programme's head: 臺南市長出席「…論壇」開幕致詞稿 / 日期：… / 地點：…).
  bool TitleEventFields(size_t event, Date* date, int* place_seg) const;
  Date ThisEditionDate(size_t event, int name_year, bool own, Date* end) const;
  uint32_t StartWithCountry(size_t k) const;
  uint32_t PastGovernmentWord(uint32_t q) const;
  bool PublisherHosts(size_t i) const;
  bool IsPlan() const;  // a calendar or a trip's plan: what is to come
  int ColumnGovernment(uint32_t pos);  // the government heading the table column at pos, or -1
  int ColumnTitle(uint32_t pos, bool* past) const;  // the title heading the table column at pos, or -1
  Span ItemAt(uint32_t pos) const;     // the newsletter item (■, ◆, 【 lines) at pos, else the whole text
  Span PartOf(uint32_t si, uint32_t pos) const;  // the part of sentence si between semicolons that pos is in
  bool InPreview(uint32_t pos) const;  // under a heading of what is to come (【下期預告】)
  void FindForeignSections();
  int TripPlace() const;
  Span TripPlaceField() const;
  int FieldPlaceNotVisited() const;
  int KindSubjectSentence(size_t event_hit) const;
  int HeldOnDay(size_t event_hit) const;
  Date LastFullDateBefore(uint32_t sentence, uint32_t max_back) const;
  Date ColumnDate(uint32_t pos) const;   // the day heading the table column `pos` stands in (a week grid's)
  Date TripDayDate(uint32_t pos) const;  // the trip's day an itinerary numbers (第三天) on or above the line of `pos`
  Date RowDate(uint32_t pos) const;      // the day a cell of the table row of `pos` gives (10月21日, 10/15)
  Date DayHeadingAbove(uint32_t pos) const;  // the day a heading line gives the block of `pos` ((二)10月20日)
  Date CellDay(Span cell) const;         // the day that opens a table's cell
  // The last day written in [b, pos) of sentence `sentence` — a full date, or a day alone (31日, 並於1日) read after the
  // last day written before it (DayAfter) — or an invalid date.
  // (`depth` bounds how many sentences of days alone one day alone's month is read through.)
  Date LastDayWritten(uint32_t sentence, uint32_t b, uint32_t pos, int depth = 0) const;
  Date DayAloneDate(uint32_t sentence, uint32_t pos, int day, int depth = 0) const;  // day `day` written alone at `pos`
  // LastFullDateBefore with days alone: the last day written in the `max_back` sentences before `sentence`.
  Date LastDayBefore(uint32_t sentence, uint32_t max_back, int depth = 0) const;
  bool VisitsPublisher() const;
  bool GoesOnFromBefore(uint32_t sentence) const;
  int OnePlaceIn(Span span) const;
  int SentenceOrgBefore(uint32_t pos, size_t sentence, const std::string& title);
  // The body of a country whose side (日方, 韓方) the title at `title_begin` is written after, named before it in the
  // sentence, or -1.
  int SideBodyBefore(uint32_t title_begin, size_t sentence);
  int SentenceGovernmentBefore(uint32_t pos, size_t sentence, Role role);
  // The local government, not the publisher, whose office (X市長職務, X市長一職) the sentence names before pos, or -1.
  int OfficeSentenceGovernment(uint32_t pos, size_t sentence);
  // The township (a place whose name ends in `kind`, 鄉 or 鎮) named last before `pos` in its sentence, for its head's
  // bare title (前往烈嶼鄉參訪，由鄉長X接待), or -1.
  int TownshipBefore(uint32_t pos, size_t sentence, char32_t kind);
  int GovernmentOfUnitBefore(uint32_t name_begin, std::string* unit_title);
  int VisitedOrgBefore(uint32_t pos, size_t sentence, std::string* unit = nullptr);
  std::vector<size_t> RecordContext(size_t sentence) const;
  int VenueLinePlace(uint32_t pos) const;
  // An English head's line of place and day right under a line naming event hit i (2026 Asia-Pacific Agri-Food Cities
  // Forum / Session 3: … / Chiang Mai, Thailand, 9 September 2026): that line, or {0, 0}.
  Span DatelineUnder(size_t i) const;
  // The first day of the span of days with its year a cell of the table row `pos` stands in gives (⇥115年3月10日至3月13日⇥),
  // or an invalid date.
  Date RowTripStart(uint32_t pos, uint32_t* cell = nullptr) const;
  std::vector<Span> ParticipantTables(bool signatories = false) const;
  // The person of an English table's row that `pos` stands in, when the table's header names a Name and a Title column.
  std::vector<detail::NameHit> EnglishTableRow(const detail::NameFinder& finder, uint32_t pos) const;
  // The person of a table's row, at `pos`, whose cell repeats the one above with a ditto mark (〃, 同上); none elsewhere.
  std::vector<detail::NameHit> DittoRow(const detail::NameFinder& finder, uint32_t pos) const;
  // The correspondents named on an e-mail header's line that starts at `pos` (From:, To:, Cc:; none elsewhere).
  std::vector<detail::NameHit> MailHeaderNames(const detail::NameFinder& finder, uint32_t pos) const;
  int RecordGovernment(size_t sentence, Role role);
  // The local government an item's heading line calls on (一、10月7日上午　拜會熊本縣廳), for the line right under it.
  int HeadingGovernment(size_t sentence, Role role);
  // The line above the one `pos` stands on, without its newline ({0, 0} for the first line).
  Span LineAbove(uint32_t pos) const;
  // That line as a heading: without its spaces at both ends and the list item's number opening it (二、首長會議 →
  // 首長會議); empty for the first line.
  std::u32string_view HeadingAbove(uint32_t pos) const;
  // Sentence `s`'s text past the spaces and line ends opening it and a list item's number ((二), 1.).
  std::u32string_view Opening(Span s) const;
  // Is the line above `pos`'s a heading naming a session of a meeting (二、首長會議)?
  bool SessionHeadingAbove(uint32_t pos) const;
  // The local government an earlier sentence of the same paragraph calls on (一、拜會札幌市政府…。晚間由副市長X…).
  int ParagraphGovernment(size_t sentence, Role role);
  // The local government the heading of the item `sentence` stands in names (一、石川縣政府危機對策課（10月14日） over
  // the item's interview lines), or -1.
  int ItemHeadingGovernment(size_t sentence, Role role);
  // The government whose head sentence `sentence` calls on before pos (拜會斯塔萬格市長X), or whose head or deputy receives
  // there (由輪島市副市長A接見，…), or -1: the government of the other side's officers named after.
  int CalledOnGovernmentBefore(uint32_t pos, size_t sentence);
  int SentenceCountryBefore(uint32_t pos, size_t sentence) const;
  bool OpensWithTitledName(Span sentence, uint32_t name_begin) const;
  int RecordBody(size_t sentence);
  int DominantNetwork();
  int dominant_network_ = -2;  // -2: not computed yet
  int IssuerFor(const std::string& title);
  bool OfficialsListBetween(uint32_t b, uint32_t e) const;
  bool IsAbbreviationOf(uint32_t b, Span name, bool comma_ends = false) const;
  bool InsideEvent(uint32_t pos) const;
  // Is `pos` inside a quoted agreement's or document's name (「機場城市交流合作備忘錄」, 《…協定》)?
  bool InsideQuotedDocument(uint32_t pos) const;
  bool IsOwnEvent(size_t i) const;
  int OwnEventBody(size_t sentence);
  std::vector<Span> HeadLines(size_t max_chars, size_t max_lines) const;
  // Is the text an event's programme — a line of its head that says so alone (Programme, Program, Agenda, 議程)?
  bool IsProgramme() const;
  // Is event hit i the one the programme (or transcript) is of: named in its first sentences, or on a line of its head
  // (Changhua County Government / International Affairs Section / Session Transcript / 2026 …Forum)?
  bool ProgrammeEvent(size_t i) const {
    if (!programme_) return false;
    if (events_[i].sentence < 3) return true;
    const uint32_t b = events_[i].span.begin;
    return b < 500 && std::count(nt_.folded.begin(), nt_.folded.begin() + b, U'\n') <= 8;
  }
  bool InsideNameSeg(uint32_t pos) const;
  void DropUnitsReadAsTitles();
  void DropUnitEntities(const std::set<int>& units);
  int PatternPlaceEntity(const Seg& seg);
  int NewPlace(const std::string& name, int country, const std::string& english = {});
  bool IsPublisherSide(int entity) const;
  // The gazetteer place an English name means in this text (detail::EnglishPlaceInContext), or -1.
  // The persons `span` names by an English title and a surname (Mayor Villanueva, Mayor Lu), each the one person of the
  // text whose Latin name has that surname.
  std::vector<int> LatinSurnameBearers(Span span) const;
  int EnglishPlaceHere(const std::u32string& name) const {
    return detail::EnglishPlaceInContext(g_, nt_.text, name, g_.PlaceByEnglish(ToUtf8(name)));
  }
  // The local government an English name written in this text means: the publisher, named by its English name whole or
  // without its kind (Hsinchu for Hsinchu City), else the gazetteer's place (EnglishPlaceHere) as an entity; or -1.
  int EnglishGovernmentNamed(const std::u32string& name) {
    if (publisher_ >= 0) {
      const Entity& pub = out_.entities[static_cast<size_t>(publisher_)];
      std::string bare = pub.label_en;
      for (std::string_view kind : {" County", " City"})
        if (bare.size() > kind.size() + 3 && bare.ends_with(kind)) bare.resize(bare.size() - kind.size());
      if (!pub.label_en.empty() && (ToUtf8(name) == pub.label_en || ToUtf8(name) == bare)) return publisher_;
    }
    const int idx = EnglishPlaceHere(name);
    return idx >= 0 ? PlaceEntity(idx) : -1;
  }
  bool OurMissionOfficer(int person) const;
  bool OpensSentenceActingOnADay(size_t person_hit) const;
  uint32_t RowBegin(uint32_t begin) const;
  bool PastMention(uint32_t pos) const;
  bool OnBehalfMention(uint32_t pos) const;
  bool ReceiverMention(uint32_t pos) const;
  bool InviterMention(uint32_t pos, Span sentence) const;
  bool OnlyEvent(size_t i) const;  // the report names no other event
  bool HeldByPublisher(size_t i) const;
  int IssuingDepartment();
  int HeaderIssuingUnit();
  struct EnglishDepartment {
    std::string government;          // 嘉義市, the Chinese name of the government's place
    std::vector<std::string> names;  // 嘉義市政府文化局, 嘉義市政府文化處, …
    bool bare = false;               // named with no place (Department of Cultural Affairs): the publisher's
  };
  // A Taiwanese government's department named in English (Chiayi City Department of Cultural Affairs, Economic
  // Development Bureau, Taipei City Government's Department of Information and Tourism), by departments_en.tsv; the
  // place named before it, or else the publisher, a Taiwanese government. Empty names if it is none.
  EnglishDepartment TaiwanDepartmentInEnglish(const std::string& name) const;
  // One of Taiwan's missions abroad named in English (Taipei Economic and Cultural Office in Seattle), its Chinese names
  // for merging across reports (駐西雅圖台北經濟文化辦事處); empty if it is none or its place is unknown.
  std::vector<std::string> TaiwanMissionInEnglish(const std::string& name) const;
  void FindCollectiveTitles();
  Date DefaultDate() const;
  // The day a span is on; `*fallback` tells whether it is only the report's default day (no day written for it).
  Date DateIn(Span s, bool need_month, bool* fallback = nullptr) const;
  void AddMention(Span span, std::string kind, std::string rule, int entity);

  const Gazetteer& g_;
  const Document& doc_;
  Trace* trace_;
  NormalizedText nt_;
  Lexicon lex_;
  std::vector<Span> sentences_;
  std::vector<uint32_t> page_breaks_;  // positions of form feeds (a PDF's page ends), sorted
  std::map<std::string, Seg> branch_company_;  // a company's branch as written -> the company (JoinStationedOffices)
  struct SignerPair {
    size_t ours, theirs;  // persons_ indices
    Span row;
  };
  std::vector<SignerPair> signer_pairs_;  // rows of a table of agreements' signers (ReadSignerRows)
  std::vector<Seg> segs_;
  ExtractedDocument out_;
  std::unordered_map<std::string, int> entity_by_key_;
  std::vector<PersonHit> persons_;
  std::vector<int> person_entity_;  // per persons_ entry
  std::vector<EventHit> events_;
  std::vector<int> event_entity_;
  int publisher_ = -1;      // entity
  bool programme_ = false;  // IsProgramme(), read once after the sentences are split
  int publisher_place_ = -1;  // gazetteer place index
  // Parts of a Taiwanese government's file that are a foreign government's own report, translated (【附件】昌原特例市…
  // 訪問結果報告（譯文）), with that government (gazetteer place index): 本市 in them is it.
  std::vector<std::pair<Span, int>> foreign_sections_;
  mutable int plan_ = -1;  // IsPlan, once known
  // Lines opening a dated newsletter item (■ 11月5日 …) and headings of a part (【…】, with whether they announce what is
  // to come: 【下期預告】), found once (ItemAt, InPreview).
  mutable std::vector<uint32_t> item_lines_;
  mutable std::vector<std::pair<uint32_t, bool>> part_headings_;
  mutable bool lines_read_ = false;
  void ReadItemLines() const;
  int leader_ = -1;         // entity
  int foreign_country_ = -1;  // entity
  int trip_place_seg_ = -1;   // segment of the trip's one destination (cover fields), or -1
  std::vector<std::pair<uint32_t, int>> person_occurrences_;  // (position, entity), sorted
  std::set<int> publisher_side_;  // persons holding a post of the publisher or its departments (after posts)
  std::set<int> own_team_;  // persons of a team named after the publisher's place (桃園隊隊長X): its side, no post
  mutable std::vector<uint32_t> past_mentions_;  // where persons are named by past posts only (PastMention), sorted
  mutable bool past_mentions_ready_ = false;
  std::set<std::u32string, std::less<>> after_dot_parts_;  // (WrittenAfterDot: read once, on first use)
  bool after_dot_ready_ = false;
};

void DocumentExtraction::AddMention(Span span, std::string kind, std::string rule, int entity) {
  if (!trace_) return;
  trace_->mentions.push_back({span, std::move(kind), nt_.Utf8(span), std::move(rule), entity});
}

Evidence DocumentExtraction::SentenceEvidence(uint32_t sentence) const {
  if (sentence >= sentences_.size()) return Evidence{};
  return SpanEvidence(sentences_[sentence]);
}

Evidence DocumentExtraction::SpanEvidence(Span s) const {
  Evidence e;
  // Trim white space; keep quotes readable (at most 300 characters around).
  while (s.begin < s.end && (nt_.text[s.begin] == U' ' || nt_.text[s.begin] == U'\t' || nt_.text[s.begin] == U'\n')) ++s.begin;
  while (s.end > s.begin && (nt_.text[s.end - 1] == U' ' || nt_.text[s.end - 1] == U'\t' || nt_.text[s.end - 1] == U'\n')) --s.end;
  if (s.size() > 300) s.end = s.begin + 300;
  e.quote = nt_.Utf8(s);
  e.start = s.begin;
  e.end = s.end;
  if (!page_breaks_.empty())
    e.page = 1 + static_cast<uint32_t>(std::lower_bound(page_breaks_.begin(), page_breaks_.end(), s.begin) - page_breaks_.begin());
  return e;
}

void DocumentExtraction::SplitSentences() {
  const auto& t = nt_.text;
  // A tab ends a sentence (a schedule's cells), except inside a short table row of 2-4 short cells, which stays one
  // sentence: 王大同⇥副市長⇥臺中市政府 (a Word table of the delegation).
  std::vector<bool> row_tab(t.size(), false);
  for (uint32_t b = 0; b < t.size();) {
    uint32_t e = b;
    while (e < t.size() && t[e] != U'\n') ++e;
    // (A cell of Latin letters may be a whole name, Jasur Tursunov: it may run to 32; the row's number is no cell.)
    // (Past the spaces a row drawn with box characters starts and ends with: │蘇建榮│…│ was read so.)
    while (b < e && t[b] == U' ') ++b;
    uint32_t row_end = e;
    while (row_end > b && t[row_end - 1] == U' ') --row_end;
    // (A cell of digits is no cell: the row's number, or an amount of an expense table, 18,500, whose commas are no
    // punctuation.)
    uint32_t cells = 0, longest = 0, first_len = 0;
    bool punct = false, first_han = true, latin_last = false;
    for (uint32_t cb = b; cb <= row_end;) {
      uint32_t ce = cb;
      while (ce < row_end && t[ce] != U'\t') ++ce;
      const bool amount = ce > cb && t[cb] >= U'0' && t[cb] <= U'9' &&
                          std::all_of(t.begin() + cb, t.begin() + ce, [](char32_t c) { return (c >= U'0' && c <= U'9') || c == U',' || c == U'.'; });
      if (!amount) {
        ++cells;
        bool latin = true;
        for (uint32_t i = cb; i < ce; ++i) {
          if (cells == 1) {
            ++first_len;
            first_han = first_han && IsHan(t[i]);
          }
          latin = latin && (IsLatinLetter(t[i]) || t[i] == U' ' || t[i] == U'.' || t[i] == U'-');
          if (!latin || i + 1 - cb > 32) longest = std::max(longest, i + 1 - cb);
          punct = punct || IsSentenceEnd(t[i]) || t[i] == U'，' || t[i] == U',';
        }
        // (A cell of two to four capitalized Latin words, a name: Nadia Petrova.)
        uint32_t words = 0;
        bool capitals = latin && ce > cb;
        for (uint32_t i = cb; i < ce && capitals; ++i)
          if (i == cb || t[i - 1] == U' ') {
            capitals = t[i] >= U'A' && t[i] <= U'Z';
            ++words;
          }
        latin_last = capitals && words >= 2 && words <= 4;
      }
      cb = ce + 1;
    }
    // (A row that starts with a person's name may name a unit's section in full: 許書豪⇥科長⇥臺南市政府秘書處國際事務科; so
    // may one that ends with a Latin name: 10月21日⇥溫莎艾塞克斯區域經濟發展公司⇥執行長⇥Nadia Petrova.)
    const bool person_row = (first_han && first_len >= 2 && first_len <= 4) || latin_last;
    if (cells >= 2 && cells <= 4 && (longest <= 12 || (person_row && longest <= 16)) && !punct)
      for (uint32_t i = b; i < e; ++i) row_tab[i] = t[i] == U'\t';
    b = e + 1;
  }
  // A news item's dateline in parentheses opening its first paragraph ((中央社記者X高雄2日電), (記者X/臺中報導)) is a
  // sentence of its own: the reporter is no party to what the paragraph tells.
  // (Or in other brackets, which the folded text reads as parentheses: 〔記者X／高雄報導〕, 【記者X／臺北報導】.)
  const auto& folded = nt_.folded;
  auto dateline_end = [&](uint32_t start, uint32_t i) {
    if (folded[i] != U')' || i < start + 4 || i - start > 40) return false;
    uint32_t b = start;
    while (b < i && (t[b] == U' ' || t[b] == U'\n')) ++b;
    if (folded[b] != U'(' || (b > 0 && t[b - 1] != U'\n')) return false;
    const std::u32string_view inside(t.data() + b + 1, i - b - 1);
    return inside.find(U"記者") != std::u32string_view::npos && (inside.ends_with(U"電") || inside.ends_with(U"報導"));
  };
  // (Nor does a tab before a cell that goes on with the cell before it as its passive clause: 拜會…辦事處⇥由處長X接待.)
  auto goes_on = [&](uint32_t i) { return i + 1 < t.size() && t[i + 1] == U'由' && i > 0 && IsHan(t[i - 1]); };
  // An English sentence's full stop: a period after a word of lower-case letters (or digits: on November 27.), then a
  // space and a capital — not after an abbreviation or an initial (Mr. Lee, Dr. Smith, e.V., U.S., St.).
  auto english_stop = [&](uint32_t i) {
    if (t[i] != U'.' || i + 2 >= t.size() || t[i + 1] != U' ' || !(t[i + 2] >= U'A' && t[i + 2] <= U'Z')) return false;
    uint32_t w = i;
    while (w > 0 && (IsLatinLetter(t[w - 1]) || (t[w - 1] >= U'0' && t[w - 1] <= U'9'))) --w;
    const std::u32string_view word(t.data() + w, i - w);
    const bool number = !word.empty() && std::all_of(word.begin(), word.end(), [](char32_t c) { return c >= U'0' && c <= U'9'; });
    if ((word.size() < 2 && !number) || (w > 0 && t[w - 1] == U'.')) return false;
    // (A number ends a sentence after a word, on May 3.; not a list's number, 2. Somchai Rattanakul.)
    if (number) return w >= 2 && t[w - 1] == U' ' && IsLatinLetter(t[w - 2]);
    static const std::u32string_view kAbbreviations[] = {U"Mr", U"Mrs", U"Ms", U"Dr", U"Prof", U"St", U"Hon", U"Rt", U"Cllr",
                                                         U"Gov", U"Sen", U"Rep", U"Gen", U"Col", U"Lt", U"Inc", U"Ltd", U"Co",
                                                         U"Corp", U"No", U"Jr", U"Sr", U"vs", U"Mt", U"Ave", U"Dept"};
    for (auto a : kAbbreviations)
      if (word == a) return false;
    // (Nor a short capitalized word, an honorific or a name's abbreviation: Smt. Kavita, Ma. Cristina, Mme. Roy.)
    if (word[0] >= U'A' && word[0] <= U'Z' && word.size() <= 3) return false;
    return std::all_of(word.begin() + 1, word.end(), [](char32_t c) { return !(c >= U'A' && c <= U'Z'); });
  };
  uint32_t start = 0;
  for (uint32_t i = 0; i < t.size(); ++i) {
    if (IsSentenceEnd(t[i]) || (t[i] == U'\t' && !row_tab[i] && !goes_on(i)) || dateline_end(start, i) || english_stop(i)) {
      if (i + 1 > start) sentences_.push_back({start, i + 1});
      start = i + 1;
    }
  }
  if (start < t.size()) sentences_.push_back({start, static_cast<uint32_t>(t.size())});
  // A table of contents' line (二、拜會霧島市園田真一市長……4: a heading, a dotted leader, a page number) is no sentence:
  // it repeats a heading the text writes again over its section, and tells nothing of its own.
  std::erase_if(sentences_, [&](const Span& s) {
    uint32_t e = s.end;
    while (e > s.begin && (folded[e - 1] == U'\n' || folded[e - 1] == U' ' || folded[e - 1] == U'\t')) --e;
    uint32_t d = e;
    while (d > s.begin && e - d < 4 && folded[d - 1] >= U'0' && folded[d - 1] <= U'9') --d;
    if (d == e) return false;
    while (d > s.begin && folded[d - 1] == U' ') --d;
    uint32_t l = d;
    while (l > s.begin && std::u32string_view(U".·‧・･‥…").find(folded[l - 1]) != std::u32string_view::npos) --l;
    return d - l >= 3 && l >= s.begin + 2;
  });
  if (sentences_.empty()) sentences_.push_back({0, 0});
  if (trace_) trace_->sentences = sentences_;
}

int DocumentExtraction::AddEntity(Entity e) {
  auto it = entity_by_key_.find(e.key);
  if (it != entity_by_key_.end()) {
    Entity& old = out_.entities[static_cast<size_t>(it->second)];
    if (e.label != old.label && !e.label.empty() &&
        std::find(old.names.begin(), old.names.end(), e.label) == old.names.end())
      old.names.push_back(e.label);
    for (auto& n : e.names)
      if (n != old.label && std::find(old.names.begin(), old.names.end(), n) == old.names.end()) old.names.push_back(n);
    if (old.label_en.empty()) old.label_en = e.label_en;
    if (old.short_form_only && !e.short_form_only) old.short_form_only = false;
    for (auto& n : e.merge_names)
      if (std::find(old.merge_names.begin(), old.merge_names.end(), n) == old.merge_names.end()) old.merge_names.push_back(n);
    return it->second;
  }
  int idx = static_cast<int>(out_.entities.size());
  entity_by_key_[e.key] = idx;
  out_.entities.push_back(std::move(e));
  return idx;
}

int DocumentExtraction::CountryEntity(int country_index) {
  const CountryInfo& c = g_.countries()[static_cast<size_t>(country_index)];
  Entity e;
  e.key = "country:" + c.iso2;
  e.kind = EntityKind::kCountry;
  e.label = c.name_zh;
  e.label_en = c.name_en;
  e.wikidata = c.qid;
  return AddEntity(std::move(e));
}

int DocumentExtraction::PlaceEntity(int place_index) {
  const PlaceInfo& p = g_.places()[static_cast<size_t>(place_index)];
  Entity e;
  e.key = "place:" + p.id;
  e.kind = p.kind;
  e.label = p.name_zh;
  e.label_en = p.name_en;
  e.wikidata = p.qid();
  int country = g_.CountryByIso(p.country);
  int idx = AddEntity(std::move(e));
  if (country >= 0 && out_.entities[static_cast<size_t>(idx)].country.empty()) {
    int c = CountryEntity(country);
    out_.entities[static_cast<size_t>(idx)].country = out_.entities[static_cast<size_t>(c)].key;
  }
  return idx;
}

void DocumentExtraction::EnglishRegionsByKind() {
  if (!detail::WrittenInEnglish(nt_.folded)) return;
  const std::u32string& t = nt_.text;
  auto upper = [](char32_t c) { return c >= U'A' && c <= U'Z'; };
  for (std::u32string_view kind : {U" Prefecture", U" Province", U" State", U" County"}) {
    for (size_t at = t.find(kind); at != std::u32string::npos; at = t.find(kind, at + 1)) {
      const size_t end = at + kind.size();
      if (end < t.size() && IsLatinLetter(t[end])) continue;  // (Statement, Provincial)
      // The name: one to three capitalized words right before the kind, the longest the gazetteer knows.
      std::vector<size_t> starts;
      for (size_t e = at; starts.size() < 3 && e > 0 && IsLatinLetter(t[e - 1]);) {
        size_t b = e;
        while (b > 0 && (IsLatinLetter(t[b - 1]) || t[b - 1] == U'-')) --b;
        if (!upper(t[b])) break;
        starts.push_back(b);
        if (b < 2 || t[b - 1] != U' ' || !IsLatinLetter(t[b - 2])) break;
        e = b - 1;
      }
      for (size_t k = starts.size(); k-- > 0;) {
        const std::string name = ToUtf8(t.substr(starts[k], at - starts[k]));
        int place = g_.PlaceByEnglish(name + ToUtf8(kind));
        if (place < 0) place = g_.PlaceByEnglish(name);
        if (place < 0) continue;
        const PlaceInfo& p = g_.places()[static_cast<size_t>(place)];
        // (A region, or a county the gazetteer keeps as a city: Taiwan's counties.)
        if (p.kind != EntityKind::kRegion && !(kind == U" County" && p.country == "TW")) continue;
        PlaceEntity(place);
        break;
      }
    }
  }
  // (And the region written after a county or city as its place: Kauai County, Hawaii.)
  for (std::u32string_view kind : {U" County, ", U" City, "})
    for (size_t at = t.find(kind); at != std::u32string::npos; at = t.find(kind, at + 1))
      if (const int region = detail::EnglishRegionAt(g_, t, at + kind.size()); region >= 0) PlaceEntity(region);
  // (Or after a city the gazetteer knows, of that region's country: the City of Fresno, California.)
  for (size_t at = t.find(U", "); at != std::u32string::npos; at = t.find(U", ", at + 1)) {
    const int region = detail::EnglishRegionAt(g_, t, at + 2);
    if (region < 0) continue;
    size_t b = at;
    while (b > 0 && (IsLatinLetter(t[b - 1]) || t[b - 1] == U'-')) --b;
    if (b == at || !upper(t[b])) continue;
    const int city = EnglishPlaceHere(t.substr(b, at - b));
    if (city >= 0 && g_.places()[static_cast<size_t>(city)].kind == EntityKind::kCity &&
        g_.places()[static_cast<size_t>(city)].population > 0 &&
        g_.places()[static_cast<size_t>(city)].country == g_.places()[static_cast<size_t>(region)].country)
      PlaceEntity(region);
  }
  // (And a city's port, the Port of Savannah: the city, where the gazetteer knows one by the words after "Port of".)
  for (size_t at = t.find(U"Port of "); at != std::u32string::npos; at = t.find(U"Port of ", at + 1)) {
    size_t b = at + 8, e = b;
    if (e >= t.size() || !upper(t[e])) continue;
    while (e < t.size() && (IsLatinLetter(t[e]) || t[e] == U'-')) ++e;
    // (Two words at most: Port of Los Angeles, Port of Long Beach.)
    if (e + 1 < t.size() && t[e] == U' ' && upper(t[e + 1])) {
      size_t e2 = e + 1;
      while (e2 < t.size() && (IsLatinLetter(t[e2]) || t[e2] == U'-')) ++e2;
      if (const int two = g_.PlaceByEnglish(ToUtf8(t.substr(b, e2 - b))); two >= 0) e = e2;
    }
    const int place = g_.PlaceByEnglish(ToUtf8(t.substr(b, e - b)));
    if (place >= 0 && g_.places()[static_cast<size_t>(place)].kind == EntityKind::kCity) PlaceEntity(place);
  }
}

// An English release's issuing department in its header (Issued by: Economic Development Bureau), as 發稿單位 names one in
// a Chinese release: the publisher's department, named in English and merged across reports by its Chinese names.
void DocumentExtraction::EnglishIssuingDepartment() {
  if (publisher_ < 0 || !detail::WrittenInEnglish(nt_.folded)) return;
  const std::u32string& t = nt_.text;
  size_t line = 0;
  for (int n = 0; n < 8 && line < t.size(); ++n) {
    const size_t end = std::min(t.find(U'\n', line), t.size());
    std::u32string_view text(t.data() + line, end - line);
    for (std::u32string_view field : {std::u32string_view(U"Issued by:"), std::u32string_view(U"Released by:"),
                                      std::u32string_view(U"Issuing unit:")})
      if (text.starts_with(field)) {
        std::u32string_view value = text.substr(field.size());
        while (!value.empty() && value.front() == U' ') value.remove_prefix(1);
        while (!value.empty() && value.back() == U' ') value.remove_suffix(1);
        const std::string written = ToUtf8(std::u32string(value));
        const EnglishDepartment dept = value.empty() ? EnglishDepartment{} : TaiwanDepartmentInEnglish(written);
        if (dept.names.empty()) return;
        Entity org;
        org.kind = EntityKind::kOrganization;
        org.label = dept.bare ? PublisherDepartmentInEnglish(written) : written;
        org.key = "org:" + MatchKey(org.label);
        if (dept.bare) org.names.push_back(written);
        org.merge_names = dept.names;
        AddEntity(std::move(org));
        return;
      }
    line = end + 1;
  }
}

int DocumentExtraction::KnownOrgEntity(int org_index, const std::string& written) {
  const OrgInfo& o = g_.orgs()[static_cast<size_t>(org_index)];
  Entity e;
  e.kind = EntityKind::kOrganization;
  e.key = "org:" + o.id;
  e.label = o.name_zh;
  e.label_en = o.name_en;
  e.wikidata = o.qid;
  e.names = o.aliases;
  if (!written.empty() && written != e.label && std::find(e.names.begin(), e.names.end(), written) == e.names.end())
    e.names.push_back(written);
  return AddEntity(std::move(e));
}

// The orgs.tsv organization one of whose names is `written` whole (the gazetteer's lexicon, as the text is matched), or
// -1.
int DocumentExtraction::KnownOrgNamed(const std::string& written) const {
  const std::u32string key = Gazetteer::Fold(ToU32(written));
  std::vector<LexMatch> matches;
  g_.MatchAt(key, 0, &matches);
  for (const auto& m : matches)
    if (m.length == key.size())
      for (const auto& e : *m.entries)
        if (e.kind == LexKind::kOrg) return static_cast<int>(e.value);
  return -1;
}

int DocumentExtraction::OrgEntity(const Seg& seg) {
  if (seg.kind == SegKind::kOrg && seg.index >= 0) return KnownOrgEntity(seg.index, nt_.Utf8(seg.span));
  Entity e;
  e.kind = EntityKind::kOrganization;
  e.key = "org:" + MatchKey(seg.name);
  e.label = seg.name;
  if (!seg.alias.empty()) e.names.push_back(seg.alias);
  return AddEntity(std::move(e));
}

int DocumentExtraction::EntityForSeg(int seg_index) {
  if (seg_index < 0) return -1;
  const Seg& s = segs_[static_cast<size_t>(seg_index)];
  switch (s.kind) {
    case SegKind::kPlace: return s.index >= 0 ? PlaceEntity(s.index) : PatternPlaceEntity(s);
    case SegKind::kCountry: return CountryEntity(s.index);
    case SegKind::kOrg:
    case SegKind::kPatternOrg: return OrgEntity(s);
    case SegKind::kSelf: return publisher_;
    default: return -1;
  }
}

int DocumentExtraction::PersonEntity(const std::string& name, const std::string& alias, const std::string& surname,
                                     bool short_form) {
  Entity e;
  e.kind = EntityKind::kPerson;
  e.key = "person:" + MatchKey(name);
  e.label = name;
  if (!alias.empty()) e.names.push_back(alias);
  e.surname = surname;
  e.short_form_only = short_form;
  return AddEntity(std::move(e));
}

// The foreign country (gazetteer index) a sentence names last before `pos`, on its own or opening a body's name (拜會美國
// 聯邦眾議院，由…眾議員X), or -1.
int DocumentExtraction::SentenceCountryBefore(uint32_t pos, size_t sentence) const {
  if (sentence >= sentences_.size()) return -1;
  auto [lo, hi] = SegsIn({sentences_[sentence].begin, pos});
  for (size_t k = hi; k-- > lo;) {
    const Seg& sg = segs_[k];
    int named = -1;
    if (sg.kind == SegKind::kCountry) named = sg.index;
    if (sg.kind == SegKind::kOrg || sg.kind == SegKind::kPatternOrg)
      if (const auto opening = lex_.Country(sg.span.begin); opening.len > 0 && opening.len < sg.span.size())
        named = static_cast<int>(opening.value);
    if (named >= 0 && g_.countries()[static_cast<size_t>(named)].iso2 != "TW") return named;
  }
  return -1;
}

// Does `sentence` open with the name at `name_begin`, written after a title and at most the place or body it holds
// (蔚山港灣公社社長X簡報…, 伯斯市議員X陪同參觀…): no more than sixteen characters before it, none of them a mark or a
// word joining two parties?
bool DocumentExtraction::OpensWithTitledName(Span sentence, uint32_t name_begin) const {
  if (name_begin < sentence.begin) return false;
  const std::u32string_view opening(nt_.folded.data() + sentence.begin, name_begin - sentence.begin);
  if (opening.size() > 16 || opening.find_first_of(U"與及和、,，;；") != std::u32string_view::npos) return false;
  const int title = SegEndingAt(name_begin);
  return title >= 0 && segs_[static_cast<size_t>(title)].kind == SegKind::kTitle &&
         segs_[static_cast<size_t>(title)].span.begin >= sentence.begin;
}

std::pair<size_t, size_t> DocumentExtraction::SegsIn(Span span) const {
  auto lo = std::lower_bound(segs_.begin(), segs_.end(), span.begin, [](const Seg& s, uint32_t p) { return s.span.begin < p; });
  auto hi = std::lower_bound(lo, segs_.end(), span.end, [](const Seg& s, uint32_t p) { return s.span.begin < p; });
  return {static_cast<size_t>(lo - segs_.begin()), static_cast<size_t>(hi - segs_.begin())};
}

// The segment that ends at `pos` (segments are sorted and disjoint: the last one starting before it), or -1.
int DocumentExtraction::SegEndingAt(uint32_t pos) const {
  auto it = std::lower_bound(segs_.begin(), segs_.end(), pos, [](const Seg& x, uint32_t v) { return x.span.begin < v; });
  if (it == segs_.begin()) return -1;
  --it;
  return it->span.end == pos ? static_cast<int>(it - segs_.begin()) : -1;
}

// 大阪府堺市, 福建省福州市: a place written right before another one only locates it.
bool DocumentExtraction::LocatesNextPlace(size_t seg) const {
  if (seg + 1 >= segs_.size() || segs_[seg].kind != SegKind::kPlace || segs_[seg + 1].kind != SegKind::kPlace) return false;
  const uint32_t end = segs_[seg].span.end;
  // (Or its capital named right after: 西西里島首府巴勒摩, 加州首府沙加緬度.)
  return segs_[seg + 1].span.begin == end ||
         (segs_[seg + 1].span.begin == end + 2 &&
          (nt_.folded.compare(end, 2, U"首府") == 0 || nt_.folded.compare(end, 2, U"首都") == 0));
}

int DocumentExtraction::SegStartingAt(uint32_t pos) const {
  auto it = std::lower_bound(segs_.begin(), segs_.end(), pos, [](const Seg& s, uint32_t p) { return s.span.begin < p; });
  if (it != segs_.end() && it->span.begin == pos) return static_cast<int>(it - segs_.begin());
  return -1;
}

// `d` and `n` days after it (n >= 0).
static Date AddDays(Date d, int n) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  for (int k = 0; k < n && d.month >= 1 && d.month <= 12; ++k) {
    const bool leap = (d.year % 4 == 0 && d.year % 100 != 0) || d.year % 400 == 0;
    if (++d.day > kDays[d.month - 1] + (d.month == 2 && leap ? 1 : 0)) {
      d.day = 1;
      if (++d.month > 12) {
        d.month = 1;
        ++d.year;
      }
    }
  }
  return d;
}

// The number of a day written 第N天 or 第N日 (第三天, 第3日, 第十一天) opening `t`, or 0.
static int DayNumber(std::u32string_view t) {
  if (!t.starts_with(U"第")) return 0;
  size_t k = 1;
  int n = 0;
  static constexpr std::u32string_view kDigits = U"一二三四五六七八九";
  if (k < t.size() && t[k] >= U'0' && t[k] <= U'9') {
    for (; k < t.size() && k < 3 && t[k] >= U'0' && t[k] <= U'9'; ++k) n = n * 10 + static_cast<int>(t[k] - U'0');
  } else {
    // (一 … 九, 十, 十一, 二十, 二十一.)
    int tens = 0, units = 0;
    for (; k < t.size() && k < 4; ++k) {
      const size_t d = kDigits.find(t[k]);
      if (t[k] == U'十' && tens == 0) {
        tens = units == 0 ? 1 : units;
        units = 0;
      } else if (d != std::u32string_view::npos && units == 0) {
        units = static_cast<int>(d) + 1;
      } else {
        break;
      }
    }
    n = tens * 10 + units;
  }
  return k < t.size() && (t[k] == U'天' || t[k] == U'日') ? n : 0;
}

// A day written alone at `pos` (31日, 於1日上午, 並於2日拜會…): its number, `*end` past its 日; or 0. Not the end of a range
// (24至27日) or a date's day (10月1日), nor a count of days (為期3日, 停留2日, 3日內, 3日後, 3日活動期間), nor 日 opening a word
// (2日本…).
static int DayAloneAt(std::u32string_view f, size_t pos, size_t* end, bool after_name = false) {
  // (Also right after its subject's title, then what was done: 張局長7日拜會…, 市長5日上午出席… — not 延長7日; or after
  // its subject's name, where the caller knows one ends there: 副總裁梁美儀14日參觀….)
  const bool after_title = after_name || (pos > 0 && (f[pos - 1] == U'長' || f[pos - 1] == U'任' || f[pos - 1] == U'事'));
  if (pos > 0 && !after_title && std::u32string_view(U"\n\t ,，、;；。:於在並及與(（").find(f[pos - 1]) == std::u32string_view::npos) return 0;
  int day = 0;
  size_t k = pos;
  for (; k < f.size() && k < pos + 2 && f[k] >= U'0' && f[k] <= U'9'; ++k) day = day * 10 + static_cast<int>(f[k] - U'0');
  if (k == pos || k >= f.size() || f[k] != U'日' || day < 1 || day > 31 || (k < f.size() && f[k] >= U'0' && f[k] <= U'9')) return 0;
  if (k + 1 < f.size() && std::u32string_view(U"內后後前間遊本圓元期文語式籍商幣").find(f[k + 1]) != std::u32string_view::npos) return 0;
  // (Nor the length of an event or a trip: 3日活動期間, 5日行程.)
  if (f.substr(k + 1, 4) == U"活動期間" || f.substr(k + 1, 2) == U"行程") return 0;
  if (after_title) {
    // (Past 並, 亦 or 也 before what was done: 伍處長13日並拜會….)
    const size_t also = k + 1 < f.size() && std::u32string_view(U"並亦也").find(f[k + 1]) != std::u32string_view::npos ? 1 : 0;
    const std::u32string_view next = f.substr(k + 1 + also, 2);
    static constexpr std::u32string_view kDone[] = {U"上午", U"下午", U"晚間", U"中午", U"晚上", U"拜會", U"拜訪", U"出席", U"參加",
                                                    U"參觀", U"參訪", U"前往", U"抵達", U"接見", U"會見"};
    if (std::find(std::begin(kDone), std::end(kDone), next) == std::end(kDone) && !next.starts_with(U"赴") && !next.starts_with(U"率"))
      return 0;
  }
  *end = k + 1;
  return day;
}

// The first day written alone in [b, e): its number, its position in *at and the end of its 日 in *end; 0 if none.
static int FirstDayAlone(std::u32string_view f, uint32_t b, uint32_t e, uint32_t* at, uint32_t* end) {
  for (uint32_t k = b; k < e; ++k) {
    size_t past = 0;
    if (const int day = DayAloneAt(f, k, &past); day > 0 && past <= e) {
      *at = k;
      *end = static_cast<uint32_t>(past);
      return day;
    }
  }
  return 0;
}

// Day `day` written after the full date `ref`: the one month of the trip's period that has the day within it, where the
// report gives the period; else ref's month where the day is on or after ref's or up to a week before it, else the next
// month (10月30日…，並於1日… is November's), the other where only that one is within the trip; invalid if the month has
// no such day.
static Date DayAfter(Date ref, int day, Date trip_start, Date trip_end) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (!ref.valid() || ref.month == 0 || ref.day == 0) return Date{};
  Date same{ref.year, ref.month, day}, next = same;
  if (++next.month > 12) {
    next.month = 1;
    ++next.year;
  }
  auto fits = [](const Date& d) {
    const bool leap = (d.year % 4 == 0 && d.year % 100 != 0) || d.year % 400 == 0;
    return d.valid() && d.day <= kDays[d.month - 1] + (d.month == 2 && leap ? 1 : 0);
  };
  auto in_trip = [&](const Date& d) {
    return trip_start.valid() && trip_end.valid() && trip_start.day > 0 && trip_end.day > 0 && !(d < trip_start) && !(trip_end < d);
  };
  // (The one month of the trip's that has the day within it wins: 29日 of a trip from 3月28日 to 4月2日 is March's, told
  // after 4月2日 or not.)
  if (trip_start.valid() && trip_end.valid() && trip_start.day > 0 && trip_end.day > 0 && !(trip_end < trip_start)) {
    Date found;
    int count = 0;
    Date m{trip_start.year, trip_start.month, day};
    for (int months = 0; months < 3 && !(Date{trip_end.year, trip_end.month, 99} < m); ++months) {
      if (fits(m) && in_trip(m)) {
        found = m;
        ++count;
      }
      if (++m.month > 12) {
        m.month = 1;
        ++m.year;
      }
    }
    if (count == 1) return found;
  }
  const bool roll = day < ref.day - 7;
  const Date& first = roll ? next : same;
  const Date& other = roll ? same : next;
  if (fits(first) && !(in_trip(other) && !in_trip(first))) return first;
  return fits(other) ? other : Date{};
}

Date DocumentExtraction::DefaultDate() const {
  if (out_.meta.trip_start.valid()) return out_.meta.trip_start;
  return out_.meta.date;
}

// The first date a sentence gives (the year of the report where it names none; with `need_month`, only a date with
// a month counts), else the report's date.
std::vector<int> DocumentExtraction::LatinSurnameBearers(Span span) const {
  const std::u32string& t = nt_.text;
  // The person of the text with that surname — the last word of a Latin name, the first of one Taiwan romanizes (Lu
  // Chia-hsin) — or -1 where none or several have it.
  auto bearer = [&](std::u32string_view word) {
    int found = -1, count = 0;
    for (size_t k = 0; k < persons_.size(); ++k) {
      const int ent = person_entity_[k];
      if (ent < 0 || ent == found) continue;
      const std::u32string name = ToU32(persons_[k].name_text);
      const size_t first_space = name.find(U' '), last_space = name.rfind(U' ');
      if (first_space == std::u32string::npos) continue;
      const bool taiwanese = name.find(U'-', last_space) != std::u32string::npos;
      if ((taiwanese ? name.substr(0, first_space) : name.substr(last_space + 1)) == word) {
        found = ent;
        ++count;
      }
    }
    return count == 1 ? found : -1;
  };
  std::vector<int> out;
  for (uint32_t w = span.begin; w < span.end; ++w) {
    if (!(t[w] >= U'A' && t[w] <= U'Z') || (w > 0 && IsLatinLetter(t[w - 1]))) continue;
    uint32_t we = w;
    while (we < span.end && IsLatinLetter(t[we])) ++we;
    const uint32_t from = w >= 10 ? w - 10 : 0;
    const bool titled = ContainsAny(std::u32string_view(nt_.folded.data() + from, w - from),
                                    {U"mayor ", U"governor ", U"magistrate ", U"speaker ", U"director ", U"chairperson ",
                                     U"chairman ", U"president ", U"minister ", U"councilor ", U"councillor "});
    if (titled && !(we < span.end && t[we] == U'-') && we - w >= 2)
      if (const int ent = bearer(std::u32string_view(t.data() + w, we - w)); ent >= 0) out.push_back(ent);
    w = we;
  }
  return out;
}

Date DocumentExtraction::DateIn(Span s, bool need_month, bool* fallback) const {
  if (fallback) *fallback = false;
  Date as_of = DefaultDate();
  for (const auto& d : FindDates(nt_.text, s.begin, s.end)) {
    Date dd = d.date;
    if (!d.has_year) dd.year = as_of.year;
    if (dd.valid() && (!need_month || dd.month > 0)) return dd;
  }
  // (The sentence `s` opens in.)
  const uint32_t self = static_cast<uint32_t>(std::upper_bound(sentences_.begin(), sentences_.end(), s.begin,
                                                               [](uint32_t v, const Span& x) { return v < x.begin; }) -
                                              sentences_.begin()) - 1;
  // (A release's day by its own: 昨(11)日, 今(18)日 — in the month of the last full date written before (the release's,
  // or a row's of a table of releases), the month before where the day is after it. Not 明(19)日, a plan.)
  {
    const std::u32string_view text(nt_.folded.data() + s.begin, s.size());
    for (size_t at = text.find(U'('); at != std::u32string_view::npos; at = text.find(U'(', at + 1)) {
      if (at == 0 || (text[at - 1] != U'今' && text[at - 1] != U'昨')) continue;
      const int day = ParenthesizedDay(text, at);
      if (day == 0) continue;
      Date anchor = LastFullDateBefore(self, 30);
      if (!anchor.valid() || anchor.day == 0) anchor = as_of;
      if (!anchor.valid() || anchor.month == 0) break;
      Date d{anchor.year, anchor.month, day};
      if (anchor.day > 0 && day > anchor.day) d = d.month == 1 ? Date{d.year - 1, 12, day} : Date{d.year, d.month - 1, day};
      return d;
    }
  }
  // (A day written alone, 31日上午出席…, 2日拜會…: in the month of the last day written before it, the next where the day
  // is well before that one's — 10月30日…。1日上午返抵那霸 is November's.)
  {
    uint32_t at = 0, end = 0;
    if (const int day = FirstDayAlone(nt_.folded, s.begin, s.end, &at, &end); day > 0)
      if (const Date d = DayAloneDate(self, at, day); d.valid()) return d;
  }
  // (Or right after the name of the sentence's subject, then what was done: …副總裁梁美儀14日參觀嘉義市形象館.)
  for (auto p = std::lower_bound(persons_.begin(), persons_.end(), self, [](const PersonHit& h, uint32_t v) { return h.sentence < v; });
       p != persons_.end() && p->sentence == self; ++p) {
    size_t past = 0;
    if (const int day = DayAloneAt(nt_.folded, p->name.end, &past, true); day > 0 && past <= s.end)
      if (const Date d = DayAloneDate(self, p->name.end, day); d.valid()) return d;
  }
  // (Or right after the delegation's word opening the sentence: 訪團2日拜會佐賀縣廳.)
  {
    uint32_t b = s.begin;
    while (b < s.end && (nt_.folded[b] == U' ' || nt_.folded[b] == U'\n')) ++b;
    for (std::u32string_view w : {U"訪團", U"本團", U"代表團", U"訪問團", U"一行"}) {
      if (nt_.folded.compare(b, w.size(), w) != 0) continue;
      const uint32_t q = b + static_cast<uint32_t>(w.size());
      size_t past = 0;
      if (const int day = DayAloneAt(nt_.folded, q, &past, true); day > 0 && past <= s.end)
        if (const Date d = DayAloneDate(self, q, day); d.valid()) return d;
      break;
    }
  }
  // (A week grid's cell: the day heading its column.)
  if (const Date column = ColumnDate(s.begin); column.valid()) return column;
  // (An itinerary's numbered day: 第三天：上午拜會….)
  if (const Date day = TripDayDate(s.begin); day.valid()) return day;
  // (A table's row whose cell before it is a day: 10月21日⇥…公司⇥執行長⇥Nadia Petrova.)
  if (const Date row = RowDate(s.begin); row.valid()) return row;
  // (A sentence that opens with the day of the one before, 3月7日上午拜會…。當日下午仙台市長X接見代表團: that day; 翌日 or
  // 次日, the day after it.)
  std::u32string_view opening(nt_.folded.data() + s.begin, s.size());
  opening.remove_prefix(std::min(opening.size(), opening.find_first_not_of(U" \n\t")));
  const size_t unnumbered = opening.size();
  opening = PastListNumber(opening);
  // (A numbered heading on its line, 二、拜會霧島市園田真一市長: the day its section's first sentence opens with.)
  if (opening.size() < unnumbered && opening.size() <= 30 && opening.find_first_of(U",，。") == std::u32string_view::npos) {
    const auto next = std::upper_bound(sentences_.begin(), sentences_.end(), s.begin, [](uint32_t v, const Span& x) { return v < x.begin; });
    if (next != sentences_.end()) {
      uint32_t b = next->begin;
      while (b < next->end && (nt_.folded[b] == U' ' || nt_.folded[b] == U'\n' || nt_.folded[b] == U'\t')) ++b;
      for (const auto& d : FindDates(nt_.text, b, next->end)) {
        if (d.span.begin == b && d.date.month > 0 && d.date.day > 0) {
          Date dd = d.date;
          if (!d.has_year) dd.year = as_of.year;
          if (dd.valid()) return dd;
        }
        break;
      }
    }
  }
  // (A day of an event named before, counted from its first: 論壇首日, 論壇第二天, 大會次日; 論壇最後一天, its last where
  // the text gives its end.)
  for (std::u32string_view kind : detail::kEventKindWords) {
    if (!opening.starts_with(kind)) continue;
    const std::u32string_view rest = opening.substr(kind.size());
    int n = DayNumber(rest);
    if (rest.starts_with(U"首日") || rest.starts_with(U"開幕日")) n = 1;
    if (rest.starts_with(U"次日") || rest.starts_with(U"翌日")) n = 2;
    const bool last = rest.starts_with(U"最後一天") || rest.starts_with(U"最後1天") || rest.starts_with(U"最終日") ||
                      rest.starts_with(U"閉幕日");
    if (n == 0 && !last) break;
    for (size_t i = events_.size(); i-- > 0;) {
      if (events_[i].span.begin >= s.begin || Gazetteer::Fold(ToU32(events_[i].name)).find(kind) == std::u32string::npos) continue;
      const Entity& ev = out_.entities[static_cast<size_t>(event_entity_[i])];
      if (!ev.date.valid() || ev.date.day == 0) continue;
      // (Its last day: the end the event was dated with, or the end of a span a sentence naming it opens on its first
      // day — 「…論壇」於10月20日至22日在橫濱舉行.)
      Date end = ev.end_date.valid() && ev.end_date.day > 0 ? ev.end_date : Date{};
      for (size_t j = 0; j < events_.size() && !end.valid(); ++j) {
        if (event_entity_[j] != event_entity_[i]) continue;
        const Span named = sentences_[events_[j].sentence];
        for (const auto& d : FindDates(nt_.text, named.begin, named.end))
          if (d.date.month == ev.date.month && d.date.day == ev.date.day && d.range_end.day > 0) {
            end = d.range_end;
            if (end.year == 0) end.year = ev.date.year;
            if (end.month == 0) end.month = ev.date.month;
            break;
          }
      }
      if (last) {
        if (end.valid()) return end;
        break;
      }
      const Date d = AddDays(ev.date, std::min(n, 31) - 1);
      if (!end.valid() || d.year * 10000 + d.month * 100 + d.day <= end.year * 10000 + end.month * 100 + end.day) return d;
      break;
    }
    break;
  }
  // (While an event named before lasts, 會議期間，黃市長與…會談: the day last written before, where it is one of the
  // event's days, else the event's first day — of the last event of that kind, or of any for 會議, 大會 and 活動.)
  for (std::u32string_view kind : {U"會議", U"大會", U"活動", U"論壇", U"峰會", U"年會", U"博覽會", U"展覽", U"研討會"}) {
    if (!opening.starts_with(kind) || !opening.substr(kind.size()).starts_with(U"期間")) continue;
    const bool any = kind == U"會議" || kind == U"大會" || kind == U"活動";
    for (size_t i = events_.size(); i-- > 0;) {
      if (events_[i].span.begin >= s.begin || (!any && Gazetteer::Fold(ToU32(events_[i].name)).find(kind) == std::u32string::npos)) continue;
      const Entity& ev = out_.entities[static_cast<size_t>(event_entity_[i])];
      if (!ev.date.valid() || ev.date.day == 0) continue;
      const Date last = LastDayBefore(self, 3);
      // (Its end unknown, any day from its first on.)
      const bool ends = ev.end_date.valid() && ev.end_date.day > 0;
      return last.valid() && !(last < ev.date) && (!ends || !(ev.end_date < last)) ? last : ev.date;
    }
    break;
  }
  int ahead = -1;
  // (Or goes on from it: 隨後拜會…, 接著…, 會後….)
  for (std::u32string_view w : {U"當日", U"當天", U"當晚", U"同日", U"同天", U"隨後", U"接著", U"稍後", U"隨即", U"會後"})
    if (opening.starts_with(w)) ahead = 0;
  for (std::u32string_view w : {U"翌日", U"次日", U"隔日", U"隔天"})
    if (opening.starts_with(w)) ahead = 1;
  if (ahead >= 0) {
    const Date day = LastDayBefore(self, 3);
    if (day.valid()) return AddDays(day, ahead);
    // (Or the day the sentence before is on, though it writes none: 論壇第二天，…會談。隨後參訪….)
    if (self > 0 && ahead == 0) return DateIn(sentences_[self - 1], need_month, fallback);
  }
  // (A sentence a semicolon goes on from: the day the sentences before it in the chain open with, 9月15日…第一組…；第二組
  // 由…拜會….)
  {
    size_t k = self;
    for (int steps = 0; steps < 3 && k > 0 && sentences_[k - 1].end == sentences_[k].begin &&
                        (nt_.folded[sentences_[k].begin - 1] == U'；' || nt_.folded[sentences_[k].begin - 1] == U';');
         ++steps) {
      --k;
      for (const auto& d : FindDates(nt_.text, sentences_[k].begin, sentences_[k].end)) {
        if (d.date.month == 0 || d.date.day == 0) continue;
        Date dd = d.date;
        if (!d.has_year) dd.year = as_of.year;
        return dd;
      }
      // (Or the day alone it opens with: 31日上午出席開幕式；下午與…會談.)
      uint32_t at = 0, end = 0;
      if (const int day = FirstDayAlone(nt_.folded, sentences_[k].begin, sentences_[k].end, &at, &end); day > 0)
        if (const Date d = DayAloneDate(static_cast<uint32_t>(k), at, day); d.valid()) return d;
    }
  }
  // (A sentence of a paragraph whose sentences before it write a day: that day — 一、9月15日上午出席開幕式…。林局長於…場次
  // 報告，並與…交換意見. Up to four sentences back, none past the line's start.)
  {
    for (uint32_t k = self; k > 0 && self - k < 4;) {
      --k;
      const std::u32string_view gap(nt_.folded.data() + sentences_[k].begin, sentences_[k + 1].begin - sentences_[k].begin);
      if (gap.find(U'\n') != std::u32string_view::npos || sentences_[k].end != sentences_[k + 1].begin) break;
      if (const Date d = LastDayWritten(k, sentences_[k].begin, sentences_[k].end); d.valid()) return d;
    }
  }
  // (A line of a block a day heads on its own line: （二）10月20日⏎參訪單位：…⏎接待人員：老人福祉課課長X.)
  // (A later time of the day, opening a sentence no rule above dates — a paragraph of its own, 於11月11日上午蒞臨本會…⏎⏎下午
  // 訪團參觀…, or a section's item under its day, 二、10月14日⏎（二）下午拜會…: the day last written, up to twelve sentences
  // back.)
  for (std::u32string_view w : {U"下午", U"中午", U"晚間", U"傍晚", U"晚上"})
    if (opening.starts_with(w)) {
      if (const Date day = LastDayBefore(self, 12); day.valid()) return day;
      break;
    }
  if (const Date heading = DayHeadingAbove(s.begin); heading.valid()) return heading;
  if (fallback) *fallback = true;
  return as_of;
}

// An itinerary that numbers its days and dates none (第一天：搭機…⏎第二天：上午拜會…; Day 3: …; D3　…): the day of the line at
// `pos` — opening with its number, or under a line that does, up to 12 lines above and not past a numbered heading — is
// the trip's first day and as many after it, where the report gives the trip's period and the day falls in it.
Date DocumentExtraction::TripDayDate(uint32_t pos) const {
  const Date first = out_.meta.trip_start, last = out_.meta.trip_end;
  if (!first.valid() || first.month == 0 || first.day == 0) return Date{};
  const std::u32string& f = nt_.folded;
  // (The day's number at a line's start: 第三天, 第3日, Day 3 — or 0.)
  auto day_number = [&](size_t begin, size_t end) {
    while (begin < end && (f[begin] == U' ' || f[begin] == U'\t')) ++begin;
    std::u32string_view line(f.data() + begin, end - begin);
    int n = DayNumber(line);
    // (Day 3, Day3, D3 — the number then no letter or digit: not D300 or Dubai.)
    size_t k = line.starts_with(U"day ") ? 4 : line.starts_with(U"day") ? 3 : line.starts_with(U"d") ? 1 : 0;
    if (n == 0 && k > 0) {
      const size_t from = k;
      for (; k < line.size() && k < from + 2 && line[k] >= U'0' && line[k] <= U'9'; ++k) n = n * 10 + static_cast<int>(line[k] - U'0');
      if (k == from || (k < line.size() && (IsLatinLetter(line[k]) || (line[k] >= U'0' && line[k] <= U'9')))) n = 0;
    }
    return n;
  };
  size_t line_end = std::min(f.find(U'\n', pos), f.size());
  size_t line = pos == 0 ? std::u32string::npos : f.rfind(U'\n', pos - 1);
  line = line == std::u32string::npos ? 0 : line + 1;
  for (int up = 0; up <= 12; ++up) {
    if (const int n = day_number(line, line_end); n > 0) {
      // (A day the line writes wins: 第二天（10月6日，星期二）.)
      for (const auto& d : FindDates(nt_.text, line, line_end)) {
        if (d.span.begin > line + 12) break;
        if (d.date.month == 0 || d.date.day == 0) continue;
        Date dd = d.date;
        if (!d.has_year) dd.year = first.year + (dd.month < first.month ? 1 : 0);
        return dd;
      }
      const Date d = AddDays(first, std::min(n, 61) - 1);
      const auto key = [](const Date& x) { return x.year * 10000 + x.month * 100 + x.day; };
      if (n > 60 || (last.valid() && last.day > 0 && key(d) > key(last))) return Date{};
      return d;
    }
    // (A heading numbered in words ends the itinerary above, 參、心得與建議, 二、…; so does a blank line — not an item
    // numbered in digits under the day, 2. 下午參訪….)
    std::u32string_view text(f.data() + line, line_end - line);
    text.remove_prefix(std::min(text.size(), text.find_first_not_of(U" \t")));
    if (up > 0 && (text.empty() || (text.size() > 1 && text[1] == U'、' && !(text[0] >= U'0' && text[0] <= U'9')) ||
                   (PastListNumber(text).size() < text.size() && !(text[0] >= U'0' && text[0] <= U'9') && text[0] != U'(')))
      return Date{};
    if (line == 0) return Date{};
    line_end = line - 1;
    line = line_end == 0 ? std::u32string::npos : f.rfind(U'\n', line_end - 1);
    line = line == std::u32string::npos ? 0 : line + 1;
  }
  return Date{};
}

// A table's row (cells between tabs) with a cell before `pos`, or the one it stands in, that opens with a day (10月21日)
// or is a month and a day alone (10/15): that day, in the report's year.
Date DocumentExtraction::RowDate(uint32_t pos) const {
  const std::u32string& t = nt_.text;
  size_t line = pos == 0 ? std::u32string::npos : t.rfind(U'\n', pos - 1);
  line = line == std::u32string::npos ? 0 : line + 1;
  const size_t end = std::min(t.find(U'\n', pos), t.size());
  if (std::find(t.begin() + static_cast<long>(line), t.begin() + static_cast<long>(end), U'\t') == t.begin() + static_cast<long>(end))
    return Date{};
  // (The cells before `pos`, and the one it stands in: a row read as one sentence opens with its day.)
  const auto col = static_cast<size_t>(std::count(t.begin() + static_cast<long>(line), t.begin() + pos, U'\t'));
  const std::vector<Span> cells = detail::TabCells(nt_.folded, {static_cast<uint32_t>(line), static_cast<uint32_t>(end)});
  for (size_t c = 0; c <= col && c < cells.size(); ++c) {
    const Span& cell = cells[c];
    // (A cell that is a month and a day alone, 10/15: a table's way of writing the day.)
    {
      int month = 0, day = 0;
      uint32_t k = cell.begin;
      while (k < cell.end && t[k] >= U'0' && t[k] <= U'9' && month < 100) month = month * 10 + static_cast<int>(t[k++] - U'0');
      if (k > cell.begin && k < cell.end && t[k] == U'/') {
        const uint32_t d0 = ++k;
        while (k < cell.end && t[k] >= U'0' && t[k] <= U'9' && day < 100) day = day * 10 + static_cast<int>(t[k++] - U'0');
        const Date dd{DefaultDate().year, month, day};
        if (k > d0 && k == cell.end && dd.valid() && month >= 1 && month <= 12 && day >= 1 && day <= 31) return dd;
      }
    }
    if (const Date day = CellDay(cell); day.valid()) return day;
  }
  return Date{};
}

// The day that opens a table's cell (10月14日（三）), in the report's year where it writes none.
Date DocumentExtraction::CellDay(Span cell) const {
  for (const auto& d : FindDates(nt_.text, cell.begin, cell.end)) {
    if (d.span.begin != cell.begin || d.date.month == 0 || d.date.day == 0) break;
    Date dd = d.date;
    if (!d.has_year) dd.year = DefaultDate().year + d.year_offset;
    return dd;
  }
  return Date{};
}

// A week grid's cell (時段⇥10月14日（三）⇥10月15日（四） / 下午⇥…⇥出席「…」開幕式): the day heading its column, on the
// nearest line above (up to eight) whose cells at that column and at another are days.
Date DocumentExtraction::ColumnDate(uint32_t pos) const {
  const std::u32string& t = nt_.text;
  if (pos == 0) return Date{};
  size_t line = t.rfind(U'\n', pos - 1);
  line = line == std::u32string::npos ? 0 : line + 1;
  const uint32_t col = static_cast<uint32_t>(std::count(t.begin() + static_cast<long>(line), t.begin() + pos, U'\t'));
  if (col == 0) return Date{};
  for (int up = 0; up < 8 && line > 0; ++up) {
    // (Blank lines between count as lines: not LineAbove, which steps down past them.)
    const size_t end = line - 1;
    size_t begin = end == 0 ? std::u32string::npos : t.rfind(U'\n', end - 1);
    begin = begin == std::u32string::npos ? 0 : begin + 1;
    line = begin;
    const std::vector<Span> cells = detail::TabCells(nt_.folded, {static_cast<uint32_t>(begin), static_cast<uint32_t>(end)});
    if (cells.size() <= col) continue;
    const Date mine = CellDay(cells[col]);
    if (!mine.valid()) continue;
    for (size_t k = 0; k < cells.size(); ++k)
      if (k != col && CellDay(cells[k]).valid()) return mine;
  }
  return Date{};
}

// Report metadata: title, dates (報告日期, 出國期間 / 赴大陸地區期間 / the first dated itinerary line).
void DocumentExtraction::FindMetadata() {
  auto find_label = [&](std::u32string_view label) -> size_t { return FindInHead(label); };
  // Title: the first non-empty line that is not a form label.
  // Trimmed by code point: a byte-wise trim of 「」 cut the first bytes of 【, 『 or 〔 and left invalid UTF-8.
  auto blank = [](char32_t c) { return c == U' ' || c == U'\t' || c == U'\n' || c == U'\u3000'; };
  for (Span s : sentences_) {
    while (s.begin < s.end && (blank(nt_.text[s.begin]) || nt_.text[s.begin] == U'「' || nt_.text[s.begin] == U'」'))
      ++s.begin;
    while (s.end > s.begin && blank(nt_.text[s.end - 1])) --s.end;
    if (s.size() < 3) continue;
    std::string line = nt_.Utf8(s);
    if (line.size() < 9) continue;
    if (line.find("類別") != std::string::npos || line.find("提要") != std::string::npos) continue;
    out_.meta.title = line;
    break;
  }
  // (Or the day a form or table was filled in: 填表日期：116年1月15日 over a yearly table of trips — no trip's day; looked
  // for near the top only.)
  for (std::u32string_view label : {std::u32string_view(U"報告日期"), std::u32string_view(U"報告日"), std::u32string_view(U"填表日期"),
                                    std::u32string_view(U"製表日期"), std::u32string_view(U"填報日期")}) {
    size_t p = label.starts_with(U"報告") ? find_label(label)
                                         : std::u32string_view(nt_.folded.data(), std::min<size_t>(nt_.folded.size(), 600)).find(label);
    if (p == std::u32string::npos) continue;
    auto dates = FindDates(nt_.text, p, std::min(nt_.text.size(), p + 30));
    for (const auto& d : dates)
      if (d.has_year) {
        out_.meta.date = d.date;
        break;
      }
    if (out_.meta.date.valid()) break;
  }
  for (std::u32string_view label : {std::u32string_view(U"出國期間"), std::u32string_view(U"赴大陸地區期間"),
                                    std::u32string_view(U"出訪期間"), std::u32string_view(U"期間")}) {
    size_t p = find_label(label);
    if (p == std::u32string::npos) continue;
    auto dates = FindDates(nt_.text, p, std::min(nt_.text.size(), p + 40));
    if (!dates.empty() && dates[0].has_year) {
      out_.meta.trip_start = dates[0].date;
      out_.meta.trip_end = dates[0].range_end.valid() ? dates[0].range_end
                           : dates.size() > 1 && dates[1].has_year ? dates[1].date
                                                                   : Date{};
      break;
    }
  }
  if (!out_.meta.trip_start.valid()) {
    // The first full date in the text (itineraries come first in most reports).
    auto dates = FindDates(nt_.text, 0, nt_.text.size());
    for (const auto& d : dates)
      if (d.has_year && d.date.day > 0 && !(out_.meta.date.valid() && d.date == out_.meta.date)) {
        out_.meta.trip_start = d.date;
        if (d.range_end.valid()) out_.meta.trip_end = d.range_end;
        break;
      }
  }
  if (!out_.meta.trip_start.valid()) {
    // No full date: the year the text names most (2024 in "SusHi Tech Tokyo 2024", 2019 in "108年"), with the first
    // month and day written without a year (5月15日).
    std::map<int, int> years;
    // (Not a year the text puts ahead: 下屆高峰會預定2028年於釜山舉行.)
    auto ahead = [&](size_t at) {
      std::u32string_view before(nt_.folded.data() + (at > 12 ? at - 12 : 0), at > 12 ? 12 : at);
      return ContainsAny(before, {U"下屆", U"下一屆", U"預定", U"預計", U"將於"});
    };
    for (const auto& d : FindDates(nt_.text, 0, nt_.text.size()))
      if (d.has_year && !ahead(d.span.begin)) ++years[d.date.year];
    const auto& f = nt_.folded;
    for (size_t i = 0; i + 4 <= f.size(); ++i) {
      if ((i > 0 && f[i - 1] >= '0' && f[i - 1] <= '9') || (i + 4 < f.size() && f[i + 4] >= '0' && f[i + 4] <= '9')) continue;
      int y = 0;
      bool digits = true;
      for (size_t k = 0; k < 4; ++k) {
        if (f[i + k] < '0' || f[i + k] > '9') digits = false;
        y = y * 10 + static_cast<int>(f[i + k] - '0');
      }
      // (A year after 明年 / 去年 — 邀請…明年1月出席「2027迪納揚節」 — is the year after or before the text's own.)
      if (digits && y >= 1990 && y <= 2100 && !ahead(i)) {
        std::u32string_view before(f.data() + (i > 16 ? i - 16 : 0), i > 16 ? 16 : i);
        if (before.find(U"明年") != std::u32string_view::npos) --y;
        else if (before.find(U"去年") != std::u32string_view::npos) ++y;
        ++years[y];
      }
    }
    int best = 0, year = 0;
    for (const auto& [y, n] : years)
      if (n > best) {
        best = n;
        year = y;
      }
    if (year) {
      out_.meta.trip_start = Date{year, 0, 0};
      for (const auto& d : FindDates(nt_.text, 0, nt_.text.size()))
        if (!d.has_year && d.date.month > 0 && d.year_offset == 0 &&
            !(d.span.begin >= 2 && (f.compare(d.span.begin - 2, 2, U"明年") == 0 || f.compare(d.span.begin - 2, 2, U"去年") == 0))) {
          out_.meta.trip_start = Date{year, d.date.month, d.date.day};
          break;
        }
    }
  }
}

// The publishing government: the 服務機關 / 主辦機關 headers, else the Taiwanese local government
// named most often (本市/本府 count for it once it is known).
void DocumentExtraction::FindPublisher() {
  const auto& t = nt_.folded;
  auto taiwanese = [&](const Seg& x) {
    return x.kind == SegKind::kPlace && x.index >= 0 && g_.places()[static_cast<size_t>(x.index)].country == "TW";
  };
  // A county's township office (臺東縣池上鄉公所): the township written right after the place at seg k (its county),
  // whose office it is; -1 if none.
  auto township_office_after = [&](size_t k) {
    int township = -1;
    for (size_t j = k + 1; j < segs_.size() && segs_[j].span.begin == segs_[j - 1].span.end && taiwanese(segs_[j]); ++j)
      if (segs_[j].span.end + 2 <= t.size() && t.compare(segs_[j].span.end, 2, U"公所") == 0) township = segs_[j].index;
    return township;
  };
  for (std::u32string_view label : {std::u32string_view(U"服務機關"), std::u32string_view(U"主辦機關"),
                                    std::u32string_view(U"出國計畫主辦機關"), std::u32string_view(U"服務機關/單位")}) {
    size_t p = FindInHead(label);
    if (p == std::u32string::npos) continue;
    size_t end = std::min(t.size(), p + 40);
    for (size_t k = 0; k < segs_.size(); ++k) {
      const Seg& s = segs_[k];
      if (s.span.begin >= p && s.span.end <= end && taiwanese(s)) {
        // (A county's township office: the township publishes.)
        const int township = township_office_after(k);
        publisher_place_ = township >= 0 ? township : s.index;
        break;
      }
    }
    if (publisher_place_ >= 0) break;
  }
  // (Or a county's township office opening a head line with no such field: 南投縣魚池鄉公所出國報告書.)
  if (publisher_place_ < 0)
    for (Span sp : HeadLines(300, 3)) {
      uint32_t b = sp.begin;
      while (b < sp.end && t[b] == U' ') ++b;
      const int k = SegStartingAt(b);
      if (k < 0 || !taiwanese(segs_[static_cast<size_t>(k)])) continue;
      if (const int township = township_office_after(static_cast<size_t>(k)); township >= 0) {
        publisher_place_ = township;
        break;
      }
    }
  // A district's, township's or town's office (臺北市信義區公所, in the title or the 服務機關 field): the district read by
  // its shape is the publisher (its head, 區長, is the report's own).
  if (publisher_place_ < 0) {
    size_t line_end = t.find(U'\n');
    size_t field = FindInHead(U"服務機關");
    for (const Seg& s : segs_) {
      if (s.kind != SegKind::kPlace || s.index >= 0 || s.span.end + 2 > t.size() || t.compare(s.span.end, 2, U"公所") != 0)
        continue;
      bool head = s.span.end <= line_end || (field != std::u32string::npos && s.span.begin >= field && s.span.begin <= field + 8);
      if (!head || s.country < 0 || g_.countries()[static_cast<size_t>(s.country)].iso2 != "TW") continue;
      publisher_ = PatternPlaceEntity(s);
      out_.meta.publisher = publisher_;
      break;
    }
  }
  // A foreign government's own report, translated into the file (【附件三】倉敷市臺灣訪問報告書（譯文）, then 倉敷市國際交流課
  // 2026年11月): a foreign place opening a head line, as its issuing unit's line (place, unit, then a date or nothing)
  // or as the title of its visit to Taiwan, publishes; 本市 in it is that place.
  const bool service_field = publisher_place_ < 0 && publisher_ < 0 && FindInHead(U"服務機關") != std::u32string::npos;
  if (publisher_place_ < 0 && publisher_ < 0 && !service_field) {
    for (Span sp : HeadLines(300, 4)) {
      uint32_t b = sp.begin;
      while (b < sp.end && t[b] == U' ') ++b;
      if (b < sp.end && t[b] == U'(') {  // (past a label in brackets: 【附件三】)
        size_t close = t.find(U')', b);
        if (close != std::u32string::npos && close < sp.end && close - b <= 8) b = static_cast<uint32_t>(close) + 1;
      }
      int k = SegStartingAt(b);
      if (k < 0) continue;
      const Seg& s = segs_[static_cast<size_t>(k)];
      if (s.kind != SegKind::kPlace || s.index < 0 || g_.places()[static_cast<size_t>(s.index)].country == "TW") continue;
      std::u32string_view rest(t.data() + s.span.end, sp.end - s.span.end);
      const bool visit_title = ContainsAny(rest, {U"臺灣訪問", U"訪臺", U"訪問臺灣"}) && rest.find(U"報告") != std::u32string_view::npos;
      size_t u = 0;
      while (u < rest.size() && u < 8 && IsHan(rest[u])) ++u;
      std::u32string_view unit = rest.substr(0, u), after = rest.substr(u);
      while (!after.empty() && (after.front() == U' ' || after.front() == U'\t')) after.remove_prefix(1);
      const bool unit_line = u >= 3 && ContainsAny(unit.substr(unit.size() - 1), {U"課", U"局", U"室", U"部"}) &&
                             (after.empty() || !FindDates(nt_.text, static_cast<uint32_t>(sp.end - after.size()), sp.end).empty());
      if (visit_title || unit_line) {
        publisher_place_ = s.index;
        break;
      }
    }
  }
  // A national body's text (內政部　地方政府國際交流動態彙整: a ministry opening its first line, no 服務機關 field naming a
  // local government): no local government publishes it, whichever it names most.
  bool national = false;
  if (publisher_place_ < 0 && publisher_ < 0 && !service_field)
    for (Span sp : HeadLines(200, 3)) {
      uint32_t b = sp.begin;
      while (b < sp.end && (t[b] == U' ' || t[b] == U'\t')) ++b;
      if (b == sp.end) continue;
      int k = SegStartingAt(b);
      national = k >= 0 && segs_[static_cast<size_t>(k)].kind == SegKind::kOrg && segs_[static_cast<size_t>(k)].index >= 0 &&
                 g_.orgs()[static_cast<size_t>(segs_[static_cast<size_t>(k)].index)].type == "agency" &&
                 g_.orgs()[static_cast<size_t>(segs_[static_cast<size_t>(k)].index)].id.rfind("TW-", 0) == 0;
      break;
    }
  if (publisher_place_ < 0 && publisher_ < 0 && !national) {
    // The Taiwanese local government named most often (a name followed by 政府 counts more); a name in a past
    // post (時任台南市長) does not count. Ties go to the one named first.
    std::map<int, int> count;
    std::map<int, uint32_t> first_seen;
    for (const Seg& s : segs_) {
      if (s.kind != SegKind::kPlace || s.index < 0) continue;
      const PlaceInfo& p = g_.places()[static_cast<size_t>(s.index)];
      if (p.country != "TW") continue;
      int weight = 1;
      if (s.span.end + 2 <= t.size() && t.compare(s.span.end, 2, U"政府") == 0) weight = 3;
      if (s.span.begin >= 2 && (t.compare(s.span.begin - 2, 2, U"時任") == 0 || t.compare(s.span.begin - 2, 2, U"前任") == 0))
        weight = 0;
      count[s.index] += weight;
      first_seen.try_emplace(s.index, s.span.begin);
    }
    int best = 0;
    for (const auto& [idx, n] : count)
      if (n > best || (n == best && n > 0 && first_seen[idx] < first_seen[publisher_place_])) {
        best = n;
        publisher_place_ = idx;
      }
  }
  // A release written in English: its first line names the government (Taoyuan City Government Press Release); or an
  // agreement's English text, its head in capitals (BETWEEN TAICHUNG CITY GOVERNMENT, TAIWAN), or a joint statement's
  // parties (Tainan City, Taiwan, and …): the first Taiwanese government its first six lines name.
  if (publisher_place_ < 0 && publisher_ < 0 && !national) {
    const std::u32string& tx = nt_.text;
    size_t head_end = 0;
    for (int lines = 0; lines < 6 && head_end < tx.size(); ++lines) {
      size_t next = tx.find(U'\n', head_end);
      head_end = next == std::u32string::npos ? tx.size() : next + 1;
    }
    // (Searched in the folded text, where Latin letters are lower case.)
    std::u32string_view head(t.data(), head_end);
    for (size_t line = 0; line < head_end && publisher_place_ < 0;) {
      size_t line_end = std::min(head.find(U'\n', line), head_end);
      // (Or a party of a joint statement named with its country: Tainan City, Taiwan, and Hoi An City, Viet Nam.)
      for (std::u32string_view gov : {std::u32string_view(U" city government"), std::u32string_view(U" county government"),
                                      std::u32string_view(U" city, taiwan"), std::u32string_view(U" county, taiwan")}) {
        size_t at = head.substr(0, line_end).find(gov, line);
        if (at == std::u32string_view::npos || at == line) continue;
        size_t b = at;
        while (b > line && (IsLatinLetter(tx[b - 1]) || tx[b - 1] == U'-' || tx[b - 1] == U' ')) --b;
        while (b < at && tx[b] == U' ') ++b;
        // (Written in capitals, the name is looked up as a name is written: TAICHUNG = Taichung.)
        std::u32string name32 = tx.substr(b, at - b);
        for (size_t k = 0; k < name32.size(); ++k)
          if (k > 0 && IsLatinLetter(name32[k]) && IsLatinLetter(name32[k - 1])) name32[k] = t[b + k];
        // (The name's last words, three at most, the longest first: BETWEEN TAINAN CITY GOVERNMENT names Tainan;
        // NEW TAIPEI CITY GOVERNMENT New Taipei, not Taipei.)
        std::vector<size_t> starts = {0};
        for (size_t k = 0; k < name32.size(); ++k)
          if (name32[k] == U' ') starts.push_back(k + 1);
        for (size_t n = std::min<size_t>(3, starts.size()); n >= 1 && publisher_place_ < 0; --n) {
          const std::string name = ToUtf8(name32.substr(starts[starts.size() - n]));
          for (const std::string& candidate : {name + (gov.starts_with(U" city") ? " City" : " County"), name}) {
            int place = g_.PlaceByEnglish(candidate);
            if (place >= 0 && g_.places()[static_cast<size_t>(place)].country == "TW") {
              publisher_place_ = place;
              break;
            }
          }
        }
        if (publisher_place_ >= 0) break;
      }
      line = line_end + 1;
    }
  }
  if (publisher_place_ >= 0) {
    publisher_ = PlaceEntity(publisher_place_);
    Entity& e = out_.entities[static_cast<size_t>(publisher_)];
    std::string gov = e.label + "政府";
    if (std::find(e.names.begin(), e.names.end(), gov) == e.names.end()) e.names.push_back(gov);
    out_.meta.publisher = publisher_;
  }
  // The country the trip went to: the most named foreign country.
  std::map<int, int> count;
  for (const Seg& s : segs_) {
    if (s.kind == SegKind::kCountry && g_.countries()[static_cast<size_t>(s.index)].iso2 != "TW") ++count[s.index];
    if (s.kind == SegKind::kPlace) {
      int c = s.index >= 0 ? g_.CountryByIso(g_.places()[static_cast<size_t>(s.index)].country) : s.country;
      if (c >= 0 && g_.countries()[static_cast<size_t>(c)].iso2 != "TW") ++count[c];
    }
  }
  int best = 0, best_idx = -1;
  for (const auto& [idx, n] : count)
    if (n > best) {
      best = n;
      best_idx = idx;
    }
  if (best_idx >= 0) foreign_country_ = best_idx;  // gazetteer index; entity made on use
}

void DocumentExtraction::FindPersons() {
  detail::NameFinder finder(g_, nt_, lex_, segs_);
  // A list heading that names a role ("(2) 聯合主席 Co-President (8 席)：") gives it to the persons of the "- …"
  // items under it, in the organization named last before the heading.
  int heading_title = -1, heading_org = -1;
  int last_org = -1;
  const auto& f = nt_.folded;
  // A sentence without the spaces, tabs and line ends around it.
  auto trimmed = [&](uint32_t k) {
    Span x = sentences_[k];
    while (x.begin < x.end && (f[x.begin] == U' ' || f[x.begin] == U'\n' || f[x.begin] == U'\t')) ++x.begin;
    while (x.end > x.begin && (f[x.end - 1] == U' ' || f[x.end - 1] == U'\n' || f[x.end - 1] == U'\t')) --x.end;
    return x;
  };
  for (uint32_t si = 0; si < sentences_.size(); ++si) {
    Span sp = sentences_[si];
    const auto [b, e] = trimmed(si);
    bool item = b < e && (f[b] == U'-' || f[b] == U'•' || f[b] == U'●');
    auto hits = finder.FindInSentence(sp);
    // (A signature block in columns: this line's names under the offices of the line before.)
    if (hits.empty() && si > 0 && b < e && sentences_[si - 1].end <= sp.begin && f[sp.begin - 1] == U'\n') {
      const Span above = trimmed(si - 1);
      if (above.size() > 0 && nt_.folded.find(U'\n', above.begin) + 1 == sp.begin)
        for (auto& h : finder.ColumnSignatures(above, {b, e})) hits.push_back(std::move(h));
    }
    // (An English agreement's signature block in columns: this line's names over their titles on the next line, the
    // bodies they sign for on a "For …" line up to three lines above.)
    if (hits.empty() && b < e && si + 1 < sentences_.size() && IsLatinLetter(nt_.text[b]) &&
        nt_.text.find(U"  ", b) < e) {
      Span titles = trimmed(si + 1);
      Span bodies{0, 0};
      for (uint32_t k = si, up = 0; k > 0 && up < 3;) {
        --k;
        Span above = trimmed(k);
        if (above.size() == 0) continue;
        ++up;
        if (nt_.text.compare(above.begin, 4, U"For ") == 0) {
          bodies = above;
          break;
        }
      }
      if (titles.size() > 0)
        for (auto& h : finder.EnglishColumnSignatures({b, e}, titles, bodies)) hits.push_back(std::move(h));
    }
    // (An English business card's fields: Name: X, then Title: and Organization: lines — an appendix of the cards of
    // those met.)
    if (hits.empty() && b < e && nt_.text.compare(b, 5, U"Name:") == 0) {
      auto value = [&](Span line, size_t label) {
        Span v{line.begin + static_cast<uint32_t>(label), line.end};
        while (v.begin < v.end && nt_.text[v.begin] == U' ') ++v.begin;
        return v;
      };
      const Span name = value({b, e}, 5);
      Span title{0, 0};
      std::vector<Span> units;
      for (uint32_t k = si + 1; k < sentences_.size() && k <= si + 4; ++k) {
        const Span line = trimmed(k);
        if (line.size() == 0) break;
        std::u32string_view text(nt_.text.data() + line.begin, line.size());
        bool matched = false;
        for (std::u32string_view label : {std::u32string_view(U"Title:"), std::u32string_view(U"Position:")})
          if (text.starts_with(label)) {
            title = value(line, label.size());
            matched = true;
          }
        for (std::u32string_view label : {std::u32string_view(U"Organization:"), std::u32string_view(U"Organisation:"),
                                          std::u32string_view(U"Company:"), std::u32string_view(U"Department:"),
                                          std::u32string_view(U"Unit:")})
          if (text.starts_with(label)) {
            units.push_back(value(line, label.size()));
            matched = true;
          }
        if (!matched) break;
      }
      if (title.size() > 0)
        for (auto& h : finder.EnglishSignature(name, title, units)) hits.push_back(std::move(h));
    }
    // (An English letter's signature block: this line's name under the closing line before, the title and units on
    // the lines after.)
    if (hits.empty() && si > 0 && b < e && e - b <= 40) {
      // (Past a blank line or two between them, as an e-mail's signature is written.)
      uint32_t above = si - 1;
      while (above > 0 && si - above < 3 && trimmed(above).size() == 0) --above;
      Span closing = trimmed(above);
      std::u32string_view c(nt_.text.data() + closing.begin, closing.size());
      static const std::u32string_view kClosings[] = {U"Sincerely,", U"Sincerely yours,", U"Yours sincerely,", U"Best regards,",
                                                      U"Kind regards,", U"Warm regards,", U"Regards,", U"Best wishes,",
                                                      U"With best regards,", U"Respectfully,", U"Respectfully yours,",
                                                      U"Yours faithfully,", U"Cordially,"};
      bool closes = std::find(std::begin(kClosings), std::end(kClosings), c) != std::end(kClosings);
      // (Or an agreement's or a joint statement's signing party, For Tainan City: or For and on behalf of …:, or its
      // witness's label, Witnessed by: — the name under it, the title under that.)
      const bool party = c.size() > 6 && c.size() <= 80 && c.starts_with(U"For ") && c.ends_with(U":") && c[4] >= U'A' && c[4] <= U'Z';
      closes = closes || c == U"Witnessed by:" || c == U"Witness:" || party;
      if (closes && si + 1 < sentences_.size()) {
        Span title = trimmed(si + 1);
        std::vector<Span> units;
        for (uint32_t k = si + 2; k < sentences_.size() && units.size() < 3; ++k) {
          Span u = trimmed(k);
          if (u.size() == 0) break;
          units.push_back(u);
        }
        if (title.size() > 0)
          for (auto& h : finder.EnglishSignature({b, e}, title, units)) {
            if (party) h.rule = "party-signature";  // (a signer, who met the other parties' signers)
            hits.push_back(std::move(h));
          }
      }
    }
    // (A table's row whose cell repeats the one above it with a ditto mark: 2⇥蕭雅婷⇥〃⇥專門委員.)
    // (Its first sentence holds a tab: the row whole, or its first cell.)
    if (hits.empty() && b < e && std::u32string_view(f.data() + sp.begin, sp.size()).find(U'\t') != std::u32string_view::npos)
      for (auto& h : DittoRow(finder, b)) hits.push_back(std::move(h));
    // (An e-mail copied into the report: the names on its header's From:, To: and Cc: lines.)
    if (hits.empty() && b < e)
      for (auto& h : MailHeaderNames(finder, b)) hits.push_back(std::move(h));
    // (A row of a table in English whose header names its columns — No.⇥Country⇥City⇥Name⇥Title, an organizer's list of
    // participants: the name of the Name column, honorific dropped (Mr., Ms., Hon.), holds the Title column's office in
    // the City or Organization column's place or body.)
    if (hits.empty() && b < e) {
      for (auto& h : EnglishTableRow(finder, b)) hits.push_back(std::move(h));
    }
    // (A table's cell under a header that is a title, 國家⇥城市⇥…⇥現任市長: a name filling the cell holds that title in
    // the place its row names.)
    // (A short row is one sentence, a long one a sentence a cell: each cell of it.)
    for (uint32_t cb = b, ce = b; hits.empty() && b < e && ce <= e; cb = ce + 1) {
      ce = cb;
      while (ce < e && f[ce] != U'\t') ++ce;
      if (ce == e && cb == b && !(b == 0 || f[b - 1] == U'\t' || (e < f.size() && f[e] == U'\t'))) break;  // no table
      bool past = false;
      const int title = ColumnTitle(cb, &past);
      detail::NameHit h;
      if (title < 0 || !finder.ReadNameFilling({cb, ce}, &h)) {
        if (ce >= e) break;
        continue;
      }
      {
        uint32_t row = b, row_end = e;
        while (row > 0 && f[row - 1] != U'\n') --row;
        while (row_end < f.size() && f[row_end] != U'\n') ++row_end;
        int holder = -1;
        auto [lo, hi] = SegsIn({row, row_end});
        for (size_t k = lo; k < hi && holder < 0; ++k)
          if (segs_[k].kind == SegKind::kPlace) holder = static_cast<int>(k);
        detail::NameHit::Post post;
        post.title = segs_[static_cast<size_t>(title)].index;
        post.title_text = nt_.Utf8(segs_[static_cast<size_t>(title)].span);
        post.holder_seg = holder;
        post.past = past;
        h.posts.push_back(post);
        h.rule = "title-column";
        hits.push_back(std::move(h));
      }
    }
    // (A profile of a person in fields: 姓名：X, then 現職：office and 經歷：past offices on the lines after it.)
    if (hits.empty() && e - b > 3 && f.compare(b, 3, U"姓名:") == 0) {
      uint32_t v = b + 3;
      while (v < e && f[v] == U' ') ++v;
      detail::NameHit h;
      if (finder.ReadNameFilling({v, e}, &h)) {
        for (uint32_t k = si + 1; k < sentences_.size() && k <= si + 6; ++k) {
          const Span line = trimmed(k);
          if (line.size() == 0 || f.compare(line.begin, 3, U"姓名:") == 0) break;
          const std::u32string_view text(f.data() + line.begin, line.size());
          const size_t colon = text.substr(0, 6).find(U':');
          if (colon == std::u32string_view::npos) break;
          const std::u32string_view label = text.substr(0, colon);
          const bool past = label == U"經歷" || label == U"曾任" || label == U"重要經歷";
          if (past || label == U"現職" || label == U"職稱" || label == U"職務" || label == U"現任")
            finder.OfficesIn({line.begin + static_cast<uint32_t>(colon) + 1, line.end}, past, &h);
        }
        h.rule = "profile";
        hits.push_back(std::move(h));
      }
    }
    if (b < e && !item) heading_title = -1;
    auto [seg_lo, seg_hi] = SegsIn(sp);
    if (b < e && f[e - 1] == U':' && hits.empty()) {
      for (size_t k = seg_lo; k < seg_hi; ++k)
        if (segs_[k].span.begin >= b && segs_[k].span.end <= e && segs_[k].kind == SegKind::kTitle) {
          heading_title = static_cast<int>(k);
          heading_org = last_org;
          break;
        }
    }
    if (item && heading_title >= 0 && heading_org >= 0 && !hits.empty()) {
      const Seg& t = segs_[static_cast<size_t>(heading_title)];
      detail::NameHit::Post post;
      post.title = t.index;
      post.title_text = nt_.Utf8(t.span);
      post.holder_seg = heading_org;
      hits.front().posts.push_back(post);
    }
    // The topic organization: a known network named in a sentence about no person.
    if (hits.empty())
      for (size_t k = seg_lo; k < seg_hi; ++k)
        if (segs_[k].span.end <= sp.end && segs_[k].kind == SegKind::kOrg)
          last_org = static_cast<int>(k);
    for (auto& hit : hits) {
      // 菲律賓巴拉望省長訪屏東 in a headline, 巴拉望省省長X in the text: a name before a head's title whose first
      // character is a place's suffix (省長, 市長, 縣長, 州長, 府尹, 道知事, 郡守), where the name and that suffix are a
      // place the text names, is the place and the title, no person.
      if (hit.rule == "name+title" && hit.name.end < f.size() && hit.name.size() >= 2 &&
          std::u32string_view(U"省市縣州府道郡").find(f[hit.name.end]) != std::u32string_view::npos &&
          lex_.Title(hit.name.end).len >= 2) {
        const std::u32string place = f.substr(hit.name.begin, hit.name.size() + 1);
        if (std::any_of(segs_.begin(), segs_.end(), [&](const Seg& g) {
              return g.kind == SegKind::kPlace && g.span.size() == place.size() && f.compare(g.span.begin, g.span.size(), place) == 0;
            }))
          continue;
      }
      PersonHit p;
      p.name = hit.name;
      p.name_text = hit.name_text;
      p.alias = hit.alias;
      p.surname = hit.surname;
      p.short_form = hit.short_form;
      p.rule = hit.rule;
      p.sentence = si;
      p.posts = std::move(hit.posts);
      // (A Han name glossed in Hangul or kana, 金正元（김정원）, is the other side's, whatever its surname.)
      std::u32string gloss = ToU32(hit.alias);
      p.foreign = hit.foreign || std::any_of(gloss.begin(), gloss.end(), [](char32_t c) { return detail::IsHangul(c) || detail::IsKana(c); });
      // "Foreign" is of another nation than the publisher's. A foreign government's own report (a Japanese city's,
      // translated) has its own officials under Japanese names and the Taiwanese hosts under Han ones; a report of a
      // government that writes Latin names, its own under those. (Korean and Chinese names are not told apart from
      // Taiwanese ones: left as they are.)
      // (A Latin name on the travellers' cover field, an indigenous traveller written in her language — 出國人員：處長
      // Lahok．Tiway（高美玲） — is the publisher's own.)
      if (p.foreign && (publisher_place_ < 0 || g_.places()[static_cast<size_t>(publisher_place_)].country == "TW")) {
        uint32_t line = p.name.begin;
        while (line > 0 && nt_.folded[line - 1] != U'\n') --line;
        std::u32string_view text(nt_.folded.data() + line, p.name.begin - line);
        text = text.substr(std::min(text.size(), text.find_first_not_of(U" ")));
        for (std::u32string_view field : {U"出國人員", U"姓名職稱", U"出國成員", U"隨團人員", U"隨行人員"})
          if (text.starts_with(field) && text.size() > field.size() && (text[field.size()] == U':' || text[field.size()] == U'\t'))
            p.foreign = false;
      }
      if (publisher_place_ >= 0 && g_.places()[static_cast<size_t>(publisher_place_)].country != "TW") {
        const std::string& nation = g_.places()[static_cast<size_t>(publisher_place_)].country;
        const std::u32string name = ToU32(p.name_text);
        const bool latin = !name.empty() && IsLatinLetter(name[0]);
        const bool hangul = std::any_of(gloss.begin(), gloss.end(), [](char32_t c) { return detail::IsHangul(c); });
        if (nation == "JP")
          p.foreign = latin || hangul || !p.foreign;
        else if (nation != "KR" && nation != "KP" && nation != "CN" && nation != "HK" && nation != "MO" && nation != "SG")
          p.foreign = !latin;
      }
      persons_.push_back(std::move(p));
    }
  }
}

// Makes person entity `from` one with `to`: its mentions, its label as another name, and `name` (the name that
// showed they are one) looked up as `to` from now on; the graph drops the merged entity.
void DocumentExtraction::MergePerson(int from, int to, const std::string& name) {
  for (auto& pe : person_entity_)
    if (pe == from) pe = to;
  Entity& dst = out_.entities[static_cast<size_t>(to)];
  Entity& src = out_.entities[static_cast<size_t>(from)];
  if (std::find(dst.names.begin(), dst.names.end(), src.label) == dst.names.end()) dst.names.push_back(src.label);
  src.key += "#merged";
  entity_by_key_[src.key] = from;
  entity_by_key_["person:" + MatchKey(name)] = to;
}

// The gazetteer place a person's post is held in (a known place its holder's name lengthens, 巴生皇家市; or the place
// segment before the title), or -1.
int DocumentExtraction::PostPlace(const PersonHit::Post& post) const {
  if (post.holder_place_known >= 0) return post.holder_place_known;
  if (post.holder_seg >= 0 && segs_[static_cast<size_t>(post.holder_seg)].kind == SegKind::kPlace)
    return segs_[static_cast<size_t>(post.holder_seg)].index;
  return -1;
}

// A Japanese or Korean official the text names in Han characters, whom an English table or signature block names in
// Latin letters (森下健司 / Mr. Kenji Morishita⇥Deputy Mayor⇥Kitakyushu): no reading links the two names, but the office
// does — the Latin-named person is the one Han-named person of the document who holds the same head's or deputy head's
// office (Mayor, DeputyMayor, Governor, DeputyGovernor) in the same place, or, for a Korean, the one holding any office
// there whose surname the Latin name's family name spells (Park Min-seo and 朴敏瑞 of 蔚山廣域市). The English post
// says again what the Chinese text says.
void DocumentExtraction::LinkGlossesByPost() {
  auto core = [](Role r) { return r == Role::kMayor || r == Role::kDeputyMayor || r == Role::kGovernor || r == Role::kDeputyGovernor; };
  for (size_t i = 0; i < persons_.size(); ++i) {
    const int latin = person_entity_[i];
    if (latin < 0 || persons_[i].rule != "english-signature" || persons_[i].posts.empty()) continue;
    const Entity& le = out_.entities[static_cast<size_t>(latin)];
    if (le.key.ends_with("#merged") || le.label.empty() || static_cast<unsigned char>(le.label[0]) >= 0x80) continue;
    const PersonHit::Post& lp = persons_[i].posts.front();
    const int place = PostPlace(lp);
    if (place < 0) continue;
    const Role role = g_.titles()[static_cast<size_t>(lp.title)].role;
    const std::string family = le.label.substr(0, le.label.find(' '));  // (a Korean's family name first: Park Min-seo)
    int match = -1;
    bool several = false;
    for (size_t j = 0; j < persons_.size(); ++j) {
      const int han = person_entity_[j];
      if (han < 0 || han == latin || han == match) continue;
      const Entity& he = out_.entities[static_cast<size_t>(han)];
      if (he.label.empty() || static_cast<unsigned char>(he.label[0]) < 0x80 || he.short_form_only) continue;
      bool same = false;
      for (const auto& hp : persons_[j].posts) {
        if (PostPlace(hp) != place) continue;
        const Role hr = g_.titles()[static_cast<size_t>(hp.title)].role;
        same = same || (core(role) && hr == role) ||
               (g_.places()[static_cast<size_t>(place)].country == "KR" && !he.surname.empty() &&
                detail::SpellsKoreanSurname(family, ToU32(he.surname)));
      }
      if (!same) continue;
      several = several || match >= 0;
      match = han;
    }
    if (match < 0 || several) continue;
    for (size_t k = 0; k < persons_.size(); ++k)
      if (person_entity_[k] == latin && persons_[k].rule == "english-signature") persons_[k].posts.clear();
    const std::string written = le.label;
    MergePerson(latin, match, written);
    Entity& e = out_.entities[static_cast<size_t>(match)];
    if (std::find(e.names.begin(), e.names.end(), written) == e.names.end()) e.names.push_back(written);
  }
}

// An English version of a release or a signature page writes Taiwanese officials' names romanized (Magistrate Lin
// Chih-yueh; Chang Wen-cheng⏎Mayor). Two or three capitalized words of the text that spell, in Hanyu Pinyin, Wade–Giles
// or Tongyong, the Han name of exactly one person of the document (of three characters or more) are that person's
// other name. Read only in a text where some name is written with a hyphen (Chih-yueh), as Taiwanese names are.
void DocumentExtraction::LinkRomanizedNames() {
  const std::u32string& t = nt_.text;
  auto ascii_letter = [](char32_t c) { return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z'); };
  auto capital = [](char32_t c) { return c >= U'A' && c <= U'Z'; };
  // Runs of capitalized words (a word may hold a hyphen or an apostrophe: Chih-yueh, Ch'en), one space between; every
  // window of two or three words of a run is a candidate.
  std::vector<Span> windows;
  // (And names as passports write them, surname in capitals and a comma first, TAI, Kuo-tung: read as Tai Kuo-tung.)
  std::map<std::pair<uint32_t, uint32_t>, std::string> passport;  // window -> the name in order
  for (uint32_t q = 0; q < t.size();) {
    if (!capital(t[q]) || (q > 0 && (ascii_letter(t[q - 1]) || t[q - 1] == U'-'))) {
      ++q;
      continue;
    }
    if (q + 1 < t.size() && capital(t[q + 1])) {
      uint32_t e = q;
      while (e < t.size() && (capital(t[e]) || t[e] == U'\'' || t[e] == U'-')) ++e;
      if (e + 2 < t.size() && t[e] == U',' && t[e + 1] == U' ' && capital(t[e + 2])) {
        uint32_t g = e + 2;
        for (int words = 0; words < 3 && g < t.size() && capital(t[g]); ++words) {
          uint32_t w = g + 1;
          while (w < t.size() && (ascii_letter(t[w]) || (t[w] == U'-' && w + 1 < t.size() && ascii_letter(t[w + 1])))) ++w;
          g = w;
          if (!(g + 1 < t.size() && t[g] == U' ' && capital(t[g + 1]))) break;
          ++g;
        }
        const std::string name = detail::PassportName(std::u32string_view(t.data() + q, g - q));
        if (!name.empty() && name.find('-') != std::string::npos) {
          windows.push_back({q, g});
          passport[{q, g}] = name;
        }
      }
    }
    std::vector<Span> words;
    uint32_t w = q;
    while (w < t.size() && capital(t[w])) {
      uint32_t e = w + 1;
      while (e < t.size() && (ascii_letter(t[e]) || ((t[e] == U'-' || t[e] == U'\'') && e + 1 < t.size() && ascii_letter(t[e + 1]))))
        ++e;
      words.push_back({w, e});
      if (e + 1 < t.size() && t[e] == U' ' && capital(t[e + 1])) w = e + 1;
      else break;
    }
    q = words.back().end;
    for (size_t a = 0; a < words.size(); ++a)
      for (size_t n = 2; n <= 3 && a + n <= words.size(); ++n) windows.push_back({words[a].begin, words[a + n - 1].end});
  }
  // (Only where a word is shaped like a hyphenated given name, Chih-yueh, Wen-Cheng: reading Han names costs a compiled
  // transform, made on first use.)
  bool given_shape = false;
  for (Span w : windows)
    for (uint32_t k = w.begin + 1; k + 1 < w.end && !given_shape; ++k)
      given_shape = t[k] == U'-' && ascii_letter(t[k - 1]) && ascii_letter(t[k + 1]) && capital(t[w.begin]) &&
                    k - w.begin <= 24;
  if (!given_shape) return;
  // The persons to spell: Han names of three or four characters with a known surname.
  struct Han {
    int entity;
    std::vector<std::vector<std::string>> spellings;
    size_t surname_chars;
  };
  std::vector<Han> persons;
  for (size_t i = 0; i < out_.entities.size(); ++i) {
    const Entity& e = out_.entities[i];
    if (e.kind != EntityKind::kPerson || e.short_form_only || e.key.ends_with("#merged") || e.surname.empty()) continue;
    std::u32string han = ToU32(e.label);
    if (han.size() < 3 || han.size() > 4 || !std::all_of(han.begin(), han.end(), [](char32_t c) { return IsHan(c); })) continue;
    size_t surname_chars = ToU32(e.surname).size();
    auto spellings = detail::NameSpellings(han, surname_chars);
    if (!spellings.empty()) persons.push_back({static_cast<int>(i), std::move(spellings), surname_chars});
  }
  for (Span span : windows) {
    const auto in_order = passport.find({span.begin, span.end});
    std::string text = in_order != passport.end() ? in_order->second : nt_.Utf8(span);
    int match = -1;
    bool several = false;
    for (const Han& h : persons)
      if (detail::SpellsName(text, h.spellings, h.surname_chars)) {
        several = several || (match >= 0 && match != h.entity);
        match = h.entity;
      }
    if (match < 0 || several) continue;
    // (A romanized name read as a person of its own, from an English signature block (Yi-Ju Chien / Section Chief /
    // Keelung City Government) or an English list (Mr. Tsai Ming-Hung, Director-General, …), is the Han-named person;
    // the English post says again what the Chinese text says.)
    if (auto latin = entity_by_key_.find("person:" + MatchKey(text));
        latin != entity_by_key_.end() && latin->second != match &&
        out_.entities[static_cast<size_t>(latin->second)].kind == EntityKind::kPerson) {
      const int from = latin->second;
      bool han_posts = false;
      for (size_t i = 0; i < persons_.size(); ++i) han_posts = han_posts || (person_entity_[i] == match && !persons_[i].posts.empty());
      for (size_t i = 0; i < persons_.size(); ++i)
        if (person_entity_[i] == from &&
            (persons_[i].rule == "english-signature" || persons_[i].rule == "latin,title-of" || persons_[i].rule == "english-prose") &&
            han_posts)
          persons_[i].posts.clear();
      MergePerson(from, match, text);
    }
    Entity& e = out_.entities[static_cast<size_t>(match)];
    if (std::find(e.names.begin(), e.names.end(), text) == e.names.end()) e.names.push_back(text);
    AddMention(span, "person", "romanized", match);
  }
}

// Short forms (蔣市長) resolve to the full name with that surname in the same document: the one holding the
// same title if several. Unresolved short forms stay short-form entities for the graph to resolve across
// documents (or drop).
void DocumentExtraction::ResolvePersons() {
  person_entity_.assign(persons_.size(), -1);
  // Full names first.
  for (size_t i = 0; i < persons_.size(); ++i) {
    const PersonHit& p = persons_[i];
    if (p.short_form) continue;
    person_entity_[i] = PersonEntity(p.name_text, p.alias, p.surname, false);
  }
  // Aliases seen as full names elsewhere: merge Latin/Han forms ("迪內希" and "Dinesh Vasu Dash").
  for (size_t i = 0; i < persons_.size(); ++i) {
    const PersonHit& p = persons_[i];
    if (p.short_form || p.alias.empty()) continue;
    auto it = entity_by_key_.find("person:" + MatchKey(p.alias));
    if (it != entity_by_key_.end() && it->second != person_entity_[i]) MergePerson(it->second, person_entity_[i], p.alias);
  }
  // A full name that is a part of exactly one longer name of the document (`parts`: each part -> the entities of the
  // names it is part of) is that name's bearer.
  auto merge_into_longer = [&](const std::unordered_map<std::string, std::set<int>>& parts, auto&& may_be_part) {
    for (size_t i = 0; i < persons_.size() && !parts.empty(); ++i) {
      const PersonHit& p = persons_[i];
      if (p.short_form || person_entity_[i] < 0 || !may_be_part(p.name_text)) continue;
      auto found = parts.find(p.name_text);
      if (found == parts.end()) continue;
      std::set<int> longer = found->second;
      longer.erase(person_entity_[i]);
      if (longer.size() == 1) MergePerson(person_entity_[i], *longer.begin(), p.name_text);
    }
  };
  // A Latin name that ends another Latin name of the document is its bearer's surname of several words: "Te Rangi副市長"
  // after "Hana Te Rangi", "Van Ossel" after "Gino Van Ossel" (when one full name ends so). Looked up by the words
  // each full name ends with, not by comparing every pair.
  {
    std::unordered_map<std::string, std::set<int>> by_tail;  // "Te Rangi", "Rangi" -> entities of longer names
    // (Latin letters of any accent: Óscar Rodríguez Benítez, then Rodríguez Benítez市長.)
    auto latin_name = [](const std::string& n) {
      if (n.empty()) return false;
      std::u32string first = ToU32(n.substr(0, std::min<size_t>(4, n.size())));
      return !first.empty() && IsLatinLetter(first[0]);
    };
    for (size_t j = 0; j < persons_.size(); ++j) {
      const std::string& n = persons_[j].name_text;
      if (persons_[j].short_form || person_entity_[j] < 0 || !latin_name(n)) continue;
      for (size_t sp = n.find(' '); sp != std::string::npos; sp = n.find(' ', sp + 1)) by_tail[n.substr(sp + 1)].insert(person_entity_[j]);
    }
    merge_into_longer(by_tail, latin_name);
  }
  // Two spellings of one transliterated name (艾瑞克·哈德森 in one section, 艾力克·哈德森 in another, each 市長): the same
  // last part, the same first character, the same title — at the same place, where both say one — are one person, the
  // first spelling's.
  {
    // (The first and last parts of a dotted name of two parts or more, or empty ones.)
    auto parts_of = [](const std::string& name) -> std::pair<std::u32string, std::u32string> {
      const std::u32string n = ToU32(name);
      const auto dot = [](char32_t c) { return c == U'.' || detail::IsNameDot(c); };
      const auto first = std::find_if(n.begin(), n.end(), dot);
      if (first == n.end() || first == n.begin()) return {};
      const auto last = std::find_if(n.rbegin(), n.rend(), dot).base();
      if (n.end() - last < 2) return {};
      return {std::u32string(n.begin(), first), std::u32string(last, n.end())};
    };
    // (Read once per person, not once per pair.)
    std::vector<std::pair<std::u32string, std::u32string>> parts(persons_.size());
    for (size_t i = 0; i < persons_.size(); ++i)
      if (!persons_[i].short_form) parts[i] = parts_of(persons_[i].name_text);
    for (size_t i = 0; i < persons_.size(); ++i) {
      if (persons_[i].short_form || person_entity_[i] < 0 || persons_[i].posts.empty()) continue;
      const auto& [first_i, last_i] = parts[i];
      if (last_i.empty()) continue;
      for (size_t j = i + 1; j < persons_.size(); ++j) {
        if (persons_[j].short_form || person_entity_[j] < 0 || person_entity_[j] == person_entity_[i]) continue;
        const auto& [first_j, last_j] = parts[j];
        if (last_j != last_i || first_j == first_i || first_j[0] != first_i[0]) continue;
        bool same = false;
        for (const auto& a : persons_[i].posts)
          for (const auto& b : persons_[j].posts) {
            const int pa = PostPlace(a), pb = PostPlace(b);
            same = same || (a.title == b.title && !a.past && !b.past && (pa < 0 || pb < 0 || pa == pb));
          }
        if (same) MergePerson(person_entity_[j], person_entity_[i], persons_[j].name_text);
      }
    }
  }
  // A part of a transliterated name written with a name dot (策倫道爾吉．甘巴特, later 甘巴特區長) is its bearer, when
  // one dotted name of the document has that part.
  {
    std::unordered_map<std::string, std::set<int>> by_part;
    // (Or its Han transliteration in parentheses after a romanized one: Panay．Mayaw（潘乃．馬耀）, later 潘乃副縣長.)
    for (size_t j = 0; j < persons_.size(); ++j) {
      if (persons_[j].short_form || person_entity_[j] < 0) continue;
      // (Any name dot: ．, which normalization writes ., or the middle dots · ‧ ・ of 普莉雅·雷迪, later 雷迪部長.)
      for (const std::string* name : {&persons_[j].name_text, &persons_[j].alias}) {
        const std::u32string n = ToU32(*name);
        std::vector<std::u32string> parts(1);
        for (char32_t c : n) {
          if (c == U'.' || detail::IsNameDot(c)) parts.emplace_back();
          else parts.back() += c;
        }
        if (parts.size() < 2) continue;
        for (const auto& part : parts)
          if (!part.empty()) by_part[ToUtf8(part)].insert(person_entity_[j]);
      }
    }
    merge_into_longer(by_part, [](const std::string& n) {
      const std::u32string u = ToU32(n);
      return u.size() >= 2 && std::none_of(u.begin(), u.end(), [](char32_t c) { return c == U'.' || detail::IsNameDot(c); });
    });
  }
  // Full names by every prefix of one to three characters (a surname can be any of them).
  std::unordered_map<std::string, std::vector<size_t>> full_by_surname;
  for (size_t j = 0; j < persons_.size(); ++j) {
    if (persons_[j].short_form || person_entity_[j] < 0) continue;
    std::u32string u = ToU32(persons_[j].name_text);
    for (size_t len = 1; len <= 3 && len < u.size(); ++len) full_by_surname[ToUtf8(u.substr(0, len))].push_back(j);
    // A Latin name by each of its words (Carla Ramos → Ramos; Somsak Chaiyaporn → Somsak, as Thai usage has it).
    if (!u.empty() && (u[0] < 0x80 || IsLatinLetter(u[0])) && u.find(U' ') != std::u32string::npos) {  // (Óscar …)
      std::set<std::string> words;  // longer than three letters (shorter ones are prefixes above)
      size_t b = 0;
      for (size_t i = 0; i <= u.size(); ++i)
        if (i == u.size() || u[i] == U' ') {
          if (i - b > 3) words.insert(ToUtf8(u.substr(b, i - b)));
          b = i + 1;
        }
      for (const auto& w : words) full_by_surname[w].push_back(j);
    }
  }
  for (size_t i = 0; i < persons_.size(); ++i) {
    PersonHit& p = persons_[i];
    if (!p.short_form) continue;
    // Candidates: full persons whose name starts with the surname.
    std::vector<size_t> cands;
    std::set<int> cand_entities;
    auto bucket = full_by_surname.find(p.surname);
    if (bucket != full_by_surname.end())
      for (size_t j : bucket->second) {
        const PersonHit& q = persons_[j];
        if (q.name_text.size() <= p.surname.size()) continue;
        cands.push_back(j);
        cand_entities.insert(person_entity_[j]);
      }
    int chosen = -1;
    if (cand_entities.size() == 1) {
      chosen = *cand_entities.begin();
    } else if (cand_entities.size() > 1 && !p.posts.empty()) {
      std::set<int> same_title;
      for (size_t j : cands)
        for (const auto& post : persons_[j].posts)
          // (The same role, unless it is Other's: Rahman部長 is the minister Rahman Yusof, not the airline's director
          // Nurul Huda Rahman — both Other, their titles apart.)
          if (post.title == p.posts[0].title ||
              (g_.titles()[static_cast<size_t>(post.title)].role == g_.titles()[static_cast<size_t>(p.posts[0].title)].role &&
               g_.titles()[static_cast<size_t>(post.title)].role != Role::kOther))
            same_title.insert(person_entity_[j]);
      if (same_title.size() == 1) chosen = *same_title.begin();
    }
    if (chosen >= 0) {
      person_entity_[i] = chosen;
      // 小池知事 → 小池百合子: the full name's posts say where; a short form's unplaced title adds nothing.
      p.posts.erase(std::remove_if(p.posts.begin(), p.posts.end(), [](const PersonHit::Post& post) { return post.holder_seg < 0; }),
                    p.posts.end());
    } else if (cand_entities.empty()) {
      // Unresolved: a short-form entity keyed by surname and title, for cross-document resolution.
      std::string title = p.posts.empty() ? std::string() : p.posts[0].title_text;
      Entity e;
      e.kind = EntityKind::kPerson;
      e.key = "shortform:" + MatchKey(p.surname) + "|" + title;
      e.label = p.name_text;
      e.surname = p.surname;
      e.short_form_only = true;
      person_entity_[i] = AddEntity(std::move(e));
    }
  }
  // (A full name written around its title with no place right before it, 江代表俊毅出席 — in a list after a foreign
  // governor's, 科希策州州長X及江代表俊毅 — adds nothing to the same title the person holds where the text says,
  // 駐斯洛伐克台北代表處代表江俊毅: as a short form's would not.)
  for (size_t i = 0; i < persons_.size(); ++i) {
    PersonHit& p = persons_[i];
    if (p.rule != "surname+title+given" || person_entity_[i] < 0) continue;
    const uint32_t title_at = p.name.begin + static_cast<uint32_t>(ToU32(p.surname).size());
    auto placed_elsewhere = [&](const PersonHit::Post& post) {
      if ((post.holder_seg >= 0 && segs_[static_cast<size_t>(post.holder_seg)].span.end == title_at) || !post.holder_place.empty() ||
          !post.holder_org.empty() || post.holder_place_known >= 0)
        return false;
      for (size_t j = 0; j < persons_.size(); ++j)
        if (j != i && person_entity_[j] == person_entity_[i])
          for (const auto& other : persons_[j].posts)
            if (other.title == post.title && (other.holder_seg >= 0 || !other.holder_org.empty())) return true;
      return false;
    };
    p.posts.erase(std::remove_if(p.posts.begin(), p.posts.end(), placed_elsewhere), p.posts.end());
  }
  // Every occurrence of every known full name, for sentence-level relations.
  std::map<std::u32string, int> names;
  for (size_t i = 0; i < persons_.size(); ++i) {
    if (person_entity_[i] < 0) continue;
    person_occurrences_.push_back({persons_[i].name.begin, person_entity_[i]});
    if (!persons_[i].short_form) names[Gazetteer::Fold(ToU32(persons_[i].name_text))] = person_entity_[i];
    // (A name read in English prose is written later by its title and one part: Mayor Aoki for Hiroshi Aoki, Mayor
    // Chang for Chang Wei-lun.)
    if (persons_[i].rule == "english-prose") {
      const std::u32string name = Gazetteer::Fold(ToU32(persons_[i].name_text));
      const size_t first_end = name.find(U' '), last_begin = name.rfind(U' ');
      if (first_end == std::u32string::npos) continue;
      for (std::u32string_view title : {std::u32string_view(U"mayor "), std::u32string_view(U"deputy mayor "),
                                        std::u32string_view(U"governor "), std::u32string_view(U"magistrate "),
                                        std::u32string_view(U"speaker "), std::u32string_view(U"director ")})
        for (const std::u32string& part : {name.substr(0, first_end), name.substr(last_begin + 1)})
          if (part.size() >= 2) names.try_emplace(std::u32string(title) + part, person_entity_[i]);
    }
  }
  // One pass over the text, looking names up by their first two characters.
  std::unordered_map<uint64_t, std::vector<std::pair<const std::u32string*, int>>> by_prefix;
  for (const auto& [name, ent] : names)
    if (name.size() >= 2) by_prefix[(static_cast<uint64_t>(name[0]) << 32) | name[1]].push_back({&name, ent});
  const auto& folded = nt_.folded;
  for (size_t pos = 0; pos + 1 < folded.size(); ++pos) {
    auto it = by_prefix.find((static_cast<uint64_t>(folded[pos]) << 32) | folded[pos + 1]);
    if (it == by_prefix.end()) continue;
    for (const auto& [name, ent] : it->second)
      if (folded.compare(pos, name->size(), *name) == 0) person_occurrences_.push_back({static_cast<uint32_t>(pos), ent});
  }
  // A speech or a letter whose speaker introduces themself (我是基洛納市長大衛．湯普森): a later 我 as the subject of a
  // clause (我與徐縣長簽署…, 我也要感謝…) is that person. (Not 我們, we; nor 我國, 我方, our country, our side.)
  {
    const std::u32string& f = nt_.folded;
    const size_t intro = f.find(U"我是");
    if (intro != std::u32string::npos) {
      int speaker = -1;
      for (size_t i = 0; i < persons_.size() && speaker < 0; ++i)
        if (person_entity_[i] >= 0 && persons_[i].name.begin > intro && persons_[i].name.begin <= intro + 14)
          speaker = person_entity_[i];
      for (size_t at = f.find(U'我', intro + 2); speaker >= 0 && at != std::u32string::npos; at = f.find(U'我', at + 1))
        if (at + 1 < f.size() && std::u32string_view(U"與和也在將今").find(f[at + 1]) != std::u32string_view::npos)
          person_occurrences_.push_back({static_cast<uint32_t>(at), speaker});
    }
  }
  std::sort(person_occurrences_.begin(), person_occurrences_.end());
  person_occurrences_.erase(std::unique(person_occurrences_.begin(), person_occurrences_.end()), person_occurrences_.end());
  for (size_t i = 0; i < persons_.size(); ++i)
    AddMention(persons_[i].name, "person", persons_[i].rule, person_entity_[i]);
}

// A list of persons closed by a collective title gives each of them that title: "A、副會長B以及C等16位議員",
// "A、B等3名市議員". The list is the clause before 等 (back to the last ，；：。); the holder is the last country or
// place named in the sentence before the list ("日本跨黨派議員組成的…"), else the title's usual default.
void DocumentExtraction::FindCollectiveTitles() {
  for (size_t k = 0; k < segs_.size(); ++k) {
    const Seg& t = segs_[k];
    if (t.kind != SegKind::kTitle || t.span.begin < 3) continue;
    // 等 + number + 位/名 right before the title
    uint32_t q = t.span.begin - 1;
    if (nt_.text[q] != U'位' && nt_.text[q] != U'名') continue;
    uint32_t n = q;
    while (n > 0 && detail::kCountNumerals.find(nt_.text[n - 1]) != std::u32string_view::npos) --n;
    if (n == q || n == 0 || nt_.text[n - 1] != U'等') continue;
    uint32_t deng = n - 1;
    const TitleInfo& title = g_.titles()[static_cast<size_t>(t.index)];
    if (title.scope == TitleScope::kHonorific) continue;
    // the sentence and the clause of the list
    auto sent = std::upper_bound(sentences_.begin(), sentences_.end(), deng,
                                 [](uint32_t pos, const Span& s) { return pos < s.begin; });
    if (sent == sentences_.begin()) continue;
    Span sentence = *std::prev(sent);
    uint32_t clause = deng;
    while (clause > sentence.begin && std::u32string_view(U"，,；;：:。").find(nt_.text[clause - 1]) == std::u32string_view::npos)
      --clause;
    // the holder: the last country or place of the sentence before the clause
    int holder = -1;
    for (size_t m = 0; m < segs_.size() && segs_[m].span.begin < clause; ++m)
      if (segs_[m].span.begin >= sentence.begin && (segs_[m].kind == SegKind::kCountry || segs_[m].kind == SegKind::kPlace))
        holder = static_cast<int>(m);
    std::string title_text = nt_.Utf8(t.span);
    for (size_t i = 0; i < persons_.size(); ++i) {
      PersonHit& p = persons_[i];
      if (p.name.begin < clause || p.name.end > deng || person_entity_[i] < 0) continue;
      // a person already named with this title or a narrower one (古屋圭司眾議員 … 等16位議員) keeps that
      bool has = std::any_of(p.posts.begin(), p.posts.end(), [&](const PersonHit::Post& post) {
        return post.title == t.index || post.title_text.find(title_text) != std::string::npos;
      });
      if (has) continue;
      PersonHit::Post post;
      post.title = t.index;
      post.title_text = title_text;
      post.holder_seg = holder;
      post.foreign_context = p.foreign;
      p.posts.push_back(std::move(post));
      AddMention(t.span, "post", "collective-title", person_entity_[i]);
    }
  }
}

bool DocumentExtraction::IsPublisherSide(int entity) const { return publisher_side_.count(entity) > 0; }

// Does name hit `person_hit` open its sentence (its title and place at most before it) doing something on a day —
// 苗栗縣長X18日在…, 市長X今(5)日赴…, X今日出席…? Not 時任市長X, 前市長X, 代表市長X.
bool DocumentExtraction::OpensSentenceActingOnADay(size_t person_hit) const {
  const PersonHit& p = persons_[person_hit];
  if (p.sentence >= sentences_.size()) return false;
  const std::u32string& f = nt_.folded;
  const Span sk = sentences_[p.sentence];
  const std::u32string_view before(f.data() + sk.begin, p.name.begin - sk.begin);
  if (before.size() > 12 || before.find_first_of(U"，,、。;；:：「」()") != std::u32string_view::npos ||
      before.find(U"時任") != std::u32string_view::npos || before.find(U"代表") != std::u32string_view::npos || before.starts_with(U"前"))
    return false;
  const uint32_t q = detail::PastParenthesis(f, p.name.end, sk.end, 40);
  std::u32string_view after(f.data() + q, sk.end - q);
  // The day: N日, (N)日, 今(N)日, 昨N日, 於N日, 今日.
  size_t k = 0;
  if (k < after.size() && std::u32string_view(U"今昨明於").find(after[k]) != std::u32string_view::npos) ++k;
  const size_t digits_from = k;
  if (k < after.size() && after[k] == U'(') ++k;
  while (k < after.size() && after[k] >= U'0' && after[k] <= U'9') ++k;
  if (k < after.size() && after[k] == U')') ++k;
  const bool today = digits_from == 1 && (after[0] == U'今' || after[0] == U'昨');
  if ((k == digits_from && !today) || k >= after.size() || after[k] != U'日') return false;
  after.remove_prefix(k + 1);
  for (std::u32string_view part : {U"上午", U"下午", U"晚間", U"中午"})
    if (after.starts_with(part)) after.remove_prefix(part.size());
  // Then a verb of going, attending or leading (在 and 於: being somewhere).
  for (std::u32string_view verb : {U"在", U"於", U"赴", U"前往", U"抵達", U"出席", U"率", U"出訪", U"訪問", U"參加"})
    if (after.starts_with(verb)) return true;
  return false;
}

// Does the person hold a post in one of Taiwan's missions abroad (駐德國代表處, 交通部觀光署駐法蘭克福辦事處) — a body
// stationed (駐) somewhere other than Taiwan, not a foreign one stationed in it (駐台北印尼經濟貿易代表處)?
bool DocumentExtraction::OurMissionOfficer(int person) const {
  if (person < 0) return false;
  for (const Relation& r : out_.relations) {
    if (r.kind != RelationKind::kPost || r.from != person) continue;
    const Entity& body = out_.entities[static_cast<size_t>(r.to)];
    if (body.kind != EntityKind::kOrganization) continue;
    const std::u32string label = ToU32(body.label);
    const size_t at = label.find(U'駐');
    if (at != std::u32string::npos && at + 1 < label.size() &&
        std::u32string_view(U"台臺華").find(label[at + 1]) == std::u32string_view::npos &&
        (label.ends_with(U"代表處") || label.ends_with(U"辦事處") || label.ends_with(U"大使館") || label.ends_with(U"代表團") ||
         label.ends_with(U"分處")))
      return true;
  }
  return false;
}

// Is the person named at `pos` named there by past posts only, in a clause that tells of no meeting or signing of
// theirs (貴市前任市長X任內曾兩度訪問本縣，…): history, not one of those a meeting or an event of the sentence's other
// clauses took place with. (時任市長A與時任市長B簽署… is a past meeting, and is one.)
bool DocumentExtraction::PastMention(uint32_t pos) const {
  // (The positions of past-only mentions, found once: most documents have none.)
  if (!past_mentions_ready_) {
    for (const PersonHit& p : persons_)
      if (!p.posts.empty() && std::all_of(p.posts.begin(), p.posts.end(), [](const PersonHit::Post& x) { return x.past; }))
        past_mentions_.push_back(p.name.begin);
    std::sort(past_mentions_.begin(), past_mentions_.end());
    past_mentions_ready_ = true;
  }
  if (!std::binary_search(past_mentions_.begin(), past_mentions_.end(), pos)) return false;
  const std::u32string& f = nt_.folded;
  size_t b = f.find_last_of(U",，;；。\n", pos);
  b = b == std::u32string::npos ? 0 : b + 1;
  size_t e = std::min(f.find_first_of(U",，;；。\n", pos), f.size());
  for (size_t q = b; q < e; ++q)
    for (const auto& cue : lex_.Cues(static_cast<uint32_t>(q)))
      if (cue.second == CueKind::kMet || cue.second == CueKind::kSign) return false;
  // (Nor one whose clause says was there: 前任町長X亦在座.)
  if (ContainsAny(std::u32string_view(f.data() + pos, e - pos), {U"在座", U"亦出席", U"也出席", U"列席", U"一同出席"})) return false;
  return true;
}

// Is the person named at `pos` the one on whose invitation the delegation came, in the clause saying so (應公州市長X
// 邀請，由副縣長率團出席…; 受…之邀; 在…的邀請下)? Such a person is no party to what the sentence says the delegation did.
bool DocumentExtraction::InviterMention(uint32_t pos, Span sentence) const {
  const uint32_t from = std::max(sentence.begin, pos > 16 ? pos - 16 : 0u);
  const std::u32string_view before(nt_.folded.data() + from, pos - from);
  const size_t open = before.find_last_of(U"應受在");
  if (open == std::u32string_view::npos || before.substr(open).find_first_of(U",，;；。、") != std::u32string_view::npos) return false;
  const size_t clause_end = std::min<size_t>(nt_.folded.find_first_of(U",，;；。", pos), sentence.end);
  const std::u32string_view rest(nt_.folded.data() + pos, clause_end - pos);
  // (Its gloss in parentheses not counted: 應束草市長金振浩（Kim Jin-ho）邀請.)
  size_t gloss = 0;
  if (const size_t paren = rest.find(U'('); paren != std::u32string_view::npos && paren <= 6)
    gloss = detail::PastParenthesis(nt_.folded, pos + static_cast<uint32_t>(paren), clause_end, static_cast<uint32_t>(rest.size())) -
            (pos + paren);
  if (rest.size() - gloss > 16) return false;
  return before[open] == U'在' ? ContainsAny(rest, {U"邀請下", U"之邀下"}) : ContainsAny(rest, {U"邀請", U"之邀", U"的邀"});
}

// Is the person named at `pos` one another stands in for — named after 代表, the place and the title (周副市長致詞並
// 代表臺北市長黃啟宏致贈紀念品)? Such a person was not there.
bool DocumentExtraction::OnBehalfMention(uint32_t pos) const {
  const int t = SegEndingAt(pos);
  if (t < 0 || segs_[static_cast<size_t>(t)].kind != SegKind::kTitle) return false;
  uint32_t b = segs_[static_cast<size_t>(t)].span.begin;
  if (const int at = SegEndingAt(b); at >= 0 && (segs_[static_cast<size_t>(at)].kind == SegKind::kPlace ||
                                                segs_[static_cast<size_t>(at)].kind == SegKind::kCountry))
    b = segs_[static_cast<size_t>(at)].span.begin;
  return b >= 2 && nt_.folded.compare(b - 2, 2, U"代表") == 0;
}

// Is the person named at `pos` the one who receives the delegation in that clause (…拜會溫莎市政府，由X市長接見，並出席
// 「…」開幕式)? Met there; the clause does not say they attended what the sentence names after it.
bool DocumentExtraction::ReceiverMention(uint32_t pos) const {
  const std::u32string& f = nt_.folded;
  size_t open = pos == 0 ? std::u32string::npos : f.find_last_of(U",，;；。\n", pos - 1);
  open = open == std::u32string::npos ? 0 : open + 1;
  const size_t close = std::min(f.find_first_of(U",，;；。\n", pos), f.size());
  const std::u32string_view lead(f.data() + open, pos - open);
  return lead.find(U'由') != std::u32string_view::npos &&
         ContainsAny(std::u32string_view(f.data() + pos, close - pos), {U"接見", U"接待", U"會見", U"會晤"});
}

// Where 由 opens the clause of one receiving the delegation in `text` (…由局長X接見, 接待, 會見): its position, or npos.
static size_t ReceivingBy(std::u32string_view text) {
  const size_t by = text.find(U'由');
  return by != std::u32string_view::npos && ContainsAny(text.substr(by), {U"接見", U"接待", U"會見"}) ? by : std::u32string_view::npos;
}

// Is events_[i] the only event the report names (however often)?
bool DocumentExtraction::OnlyEvent(size_t i) const {
  return std::all_of(event_entity_.begin(), event_entity_.end(), [&](int e) { return e == event_entity_[i]; });
}

// The report's own event: named at the top, or named without its year in the report's title (赴…參加國際假面舞節…報告
// for 「2026安東國際假面舞節」: the title may leave out the start of the name).
bool DocumentExtraction::IsOwnEvent(size_t i) const {
  if (events_[i].sentence < 3) return true;
  std::u32string bare = NameWithoutYear(events_[i].name);
  // The title lines: those near the top that end in 報告.
  // (A title split over two lines: 參加「2026…會議」⏎暨拜會釜山廣域市報告書.)
  std::vector<Span> head = HeadLines(400, 8);
  auto title_line = [&](size_t k) {
    if (k >= head.size()) return false;
    std::u32string_view l(nt_.folded.data() + head[k].begin, head[k].size());
    while (!l.empty() && (l.back() == U' ' || l.back() == U'\n')) l.remove_suffix(1);
    return l.size() <= 60 && (l.ends_with(U"報告") || l.ends_with(U"報告書"));
  };
  for (size_t k = 0; k < head.size(); ++k) {
    Span sp = head[k];
    std::u32string_view line(nt_.folded.data() + sp.begin, sp.size());
    while (!line.empty() && line.back() == U' ') line.remove_suffix(1);
    if (line.size() <= 60 && (title_line(k) || title_line(k + 1)))
      for (size_t cut = 0; cut + 4 <= bare.size() && cut <= 4; ++cut)
        if (line.find(bare.substr(cut)) != std::u32string_view::npos) return true;
  }
  // A press release's headline, its first line after the header's fields (臺北市政府新聞稿 / 發布日期：… / 「2026臺北國際青年
  // 城市論壇」今開幕): the release is about the event it names.
  if (!head.empty()) {
    std::u32string_view first(nt_.folded.data() + head[0].begin, head[0].size());
    while (!first.empty() && (first.back() == U' ' || first.back() == U'\n')) first.remove_suffix(1);
    // (Or a newspaper's section label in brackets, its date after it: 【都會新聞】2026-09-22 — the headline may name the
    // event shortened, without its year and its first place: 北市首爾智慧城市論壇登場 for 「2026台北首爾智慧城市論壇」.)
    const bool news_label = first.starts_with(U"(") && first.substr(0, std::min<size_t>(first.size(), first.find(U')'))).find(U"新聞") !=
                                                          std::u32string_view::npos;
    for (size_t k = 1; news_label && k < head.size() && bare.size() >= 8; ++k) {
      std::u32string_view line(nt_.folded.data() + head[k].begin, head[k].size());
      if (line.find_first_not_of(U" ") == std::u32string_view::npos) continue;  // (blank lines before it)
      for (size_t cut = 0; cut <= 4 && bare.size() - cut >= 6; ++cut)
        if (line.find(std::u32string_view(bare).substr(cut)) != std::u32string_view::npos) return true;
      break;
    }
    if (first.ends_with(U"新聞稿") || first.ends_with(U"新聞資料"))
      for (size_t k = 1; k < head.size(); ++k) {
        std::u32string_view line(nt_.folded.data() + head[k].begin, head[k].size());
        while (!line.empty() && (line.back() == U' ' || line.back() == U'\n')) line.remove_suffix(1);
        // (Past the header's fields, 發布日期：…; a headline may quote a speaker after the event: …論壇開幕　X市長：….)
        if (line.empty() || line.substr(0, 8).find(U':') != std::u32string_view::npos) continue;
        if (events_[i].span.begin >= head[k].begin && events_[i].span.end <= head[k].end) return true;
        // (The name written unquoted in the headline, quoted in the text: 2026高雄國際港灣城市論壇開幕.)
        if (bare.size() >= 6 && line.find(bare) != std::u32string_view::npos) return true;
        // (Or by the other name its parentheses give: 中市新創前進CES 2026 for 「2026年消費性電子展」（CES 2026）.)
        for (const std::string* other : {&events_[i].alias, &events_[i].short_alias})
          if (other->size() >= 5)  // (bytes: the cheap test first)
            if (const std::u32string o = Gazetteer::Fold(ToU32(*other)); o.size() >= 5 && line.find(o) != std::u32string_view::npos)
              return true;
        // (Or, when the headline names none, the release's lead: its first sentence, the publisher holding the event:
        // 臺南市政府今(12)日於臺南市美術館舉辦「2026亞洲古都城市論壇」.)
        uint32_t lead = events_[i].sentence;
        bool leads = sentences_[lead].begin > head[k].end;
        for (uint32_t q = lead; leads && q > 0 && sentences_[q - 1].begin > head[k].end; --q)  // (blank lines between)
          leads = std::u32string_view(nt_.folded.data() + sentences_[q - 1].begin, sentences_[q - 1].size())
                      .find_first_not_of(U" \n") == std::u32string_view::npos;
        if (leads && publisher_ >= 0) {
          std::u32string_view text(nt_.folded.data() + sentences_[lead].begin, events_[i].span.begin - sentences_[lead].begin);
          text = text.substr(std::min(text.size(), text.find_first_not_of(U" \n")));
          if (text.starts_with(U"由")) text.remove_prefix(1);
          const Entity& pub = out_.entities[static_cast<size_t>(publisher_)];
          bool subject = text.starts_with(U"本府") || text.starts_with(U"本市") || text.starts_with(U"本縣");
          subject = subject || (pub.label.size() >= 6 && text.starts_with(Gazetteer::Fold(ToU32(pub.label))));
          if (subject && ContainsAny(text, {U"舉辦", U"主辦", U"辦理", U"舉行"})) return true;
        }
        break;
      }
  }
  // The trip's purpose in a field near the top (出國事由：出席「X」並拜會…; a form table's row 出國事由⇥…; 計畫名稱：赴…出席「X」;
  // the cover's 報告名稱, the report's title):
  // the first event the field names.
  {
    const std::u32string& f = nt_.folded;
    const uint32_t at = events_[i].span.begin;
    uint32_t line = at;
    while (line > 0 && f[line - 1] != U'\n') --line;
    if (line < 800) {
      std::u32string_view text(f.data() + line, at - line);
      while (!text.empty() && (text.front() == U' ' || std::u32string_view(U"一二三四五六七八九十、").find(text.front()) != std::u32string_view::npos))
        text.remove_prefix(1);
      for (std::u32string_view label : {U"出國事由", U"出國目的", U"計畫名稱", U"出國計畫名稱", U"會議名稱", U"事由", U"報告名稱", U"出國報告名稱"})
        if (text.starts_with(label) && text.size() > label.size() && (text[label.size()] == U':' || text[label.size()] == U'\t')) {
          bool first = true;
          for (size_t k = 0; k < events_.size() && first; ++k)
            first = !(events_[k].span.begin >= line && events_[k].span.begin < at && event_entity_[k] != event_entity_[i]);
          if (first) return true;
        }
    }
  }
  // The trip's purpose near the top (a summary's first sentence: 本局應…邀請，赴英國參加「X」): the first event the
  // report says it travelled to attend.
  auto went_to = [&](size_t k) {
    Span s = sentences_[events_[k].sentence];
    if (s.begin >= 800) return false;
    std::u32string_view before(nt_.folded.data() + s.begin, events_[k].span.begin - s.begin);
    std::u32string_view last = before.substr(before.size() > 6 ? before.size() - 6 : 0);
    // (Not an invitation to it: 邀請大濱市長率團出席本縣「…」; 應…邀請 is the delegation's own.)
    size_t invite = before.rfind(U"邀請");
    if (invite != std::u32string_view::npos && before.substr(0, invite).find(U'應') == std::u32string_view::npos) return false;
    // (率團, or 率 + who + 團: 率市府團隊; or a visit: 於11月2日至5日訪問X，出席「…」.)
    size_t leads = before.find(U'率');
    bool led = leads != std::u32string_view::npos && before.substr(leads, 6).find(U'團') != std::u32string_view::npos;
    return (before.find(U'赴') != std::u32string_view::npos || before.find(U"前往") != std::u32string_view::npos || led ||
            before.find(U"訪問") != std::u32string_view::npos) &&
           ContainsAny(last, {U"參加", U"出席", U"參與"});
  };
  if (!went_to(i)) return false;
  // (Not an edition of a year after the trip's: 卡斯克團長同意率團參加2027宜蘭國際童玩藝術節 — another's coming trip.)
  if (const Date end = out_.meta.trip_end.valid() ? out_.meta.trip_end : out_.meta.trip_start;
      end.valid() && YearOpening(ToU32(events_[i].name)) > end.year)
    return false;
  for (size_t k = 0; k < events_.size(); ++k)
    if (events_[k].span.begin < events_[i].span.begin && event_entity_[k] != event_entity_[i] && went_to(k)) return false;
  return true;
}

// The lines that start within the first `max_chars` characters, at most `max_lines` of them (SIZE_MAX, SIZE_MAX: all).
std::vector<Span> DocumentExtraction::HeadLines(size_t max_chars, size_t max_lines) const {
  const std::u32string& f = nt_.folded;
  std::vector<Span> lines;
  for (size_t b = 0; b < f.size() && b < max_chars && lines.size() < max_lines;) {
    size_t e = f.find(U'\n', b);
    if (e == std::u32string::npos) e = f.size();
    lines.push_back({static_cast<uint32_t>(b), static_cast<uint32_t>(e)});
    b = e + 1;
  }
  return lines;
}

bool DocumentExtraction::IsProgramme() const {
  for (Span line : HeadLines(400, 6)) {
    std::u32string_view text(nt_.folded.data() + line.begin, line.size());
    while (!text.empty() && (text.front() == U' ' || text.front() == U'\t')) text.remove_prefix(1);
    while (!text.empty() && (text.back() == U' ' || text.back() == U'\t' || text.back() == U'\r')) text.remove_suffix(1);
    if (text == U"programme" || text == U"program" || text == U"agenda" || text == U"議程" || text == U"活動議程" || text == U"會議議程")
      return true;
    // (Or a session's transcript, its speakers those of the programme: Session Transcript (unofficial, edited for length).)
    if (const size_t open = text.find(U" ("); open != std::u32string_view::npos && text.ends_with(U")")) text = text.substr(0, open);
    if (text == U"transcript" || text == U"session transcript" || text == U"verbatim transcript" || text == U"會議逐字稿" ||
        text == U"逐字稿")
      return true;
  }
  return false;
}

void DocumentExtraction::FindEvents() {
  detail::EventFinder finder(nt_, lex_);
  // The series a text names without an edition or a year (「亞洲城市交通論壇」每年由會員城市輪流主辦): no event itself,
  // but the name an edition written by its number alone takes (去年第17屆論壇於京都市舉行: 第17屆亞洲城市交通論壇).
  std::vector<std::pair<std::u32string, std::u32string>> series;  // (folded, as written)
  for (uint32_t si = 0; si < sentences_.size(); ++si)
    for (auto& e : finder.FindInSentence(sentences_[si])) {
      EventHit hit{e.name, e.alias, e.short_alias, e.span, si, Date{}};
      // 「2026亞太城市高峰會暨市長論壇」（2026 Asia Pacific Cities Summit & Mayors' Forum）: a name read inside the
      // parentheses right after an event's name is that event's other name (its alias), no second event.
      if (!events_.empty() && events_.back().sentence == si && e.span.begin > events_.back().span.end) {
        const std::u32string& f = nt_.folded;
        uint32_t q = events_.back().span.end;
        while (q < e.span.begin && (f[q] == U'」' || f[q] == U'』' || f[q] == U' ')) ++q;
        if (q < e.span.begin && f[q] == U'(') {
          const size_t close = f.find(U')', q);
          if (close != std::u32string::npos && e.span.end <= close &&
              std::u32string_view(f.data() + q + 1, e.span.begin - q - 1).find(U'(') == std::u32string_view::npos)
            continue;
        }
      }
      {
        const std::u32string name = ToU32(e.name);
        const bool dated = std::any_of(name.begin(), name.end(), [](char32_t c) { return c >= U'0' && c <= U'9'; });
        uint32_t q = e.span.end;
        if (q < nt_.folded.size() && (nt_.folded[q] == U'」' || nt_.folded[q] == U'』')) ++q;
        const std::u32string_view after(nt_.folded.data() + q, std::min<size_t>(6, nt_.folded.size() - q));
        if (!dated && name.size() >= 5 && detail::NamesSeries(after)) {
          series.push_back({Gazetteer::Fold(name), name});
          continue;
        }
        // 第17屆論壇 after the series is named: the series' edition. (Or after another edition is named with it: 第十二屆
        // 亞太港灣城市論壇 … 第13屆論壇.)
        // (Not one written right after its body, AFHC第11屆大會: named with the body below.)
        auto body_before = [&] {
          auto it = std::lower_bound(segs_.begin(), segs_.end(), e.span.begin, [](const Seg& x, uint32_t v) { return x.span.end < v; });
          return it != segs_.end() && it->span.end == e.span.begin && (it->kind == SegKind::kOrg || it->kind == SegKind::kPatternOrg);
        };
        // (Or after the whole name is written with the same edition: 2027年國際科學園區協會（IASP）第44屆世界大會 … 今年
        // 第44屆世界大會由…主辦: that event.)
        bool edition_of_whole = false;
        if (name.size() >= 5 && name[0] == U'第' && name.find(U'屆') <= 4 && !body_before()) {
          const std::u32string bare = Gazetteer::Fold(name);
          for (auto it = events_.rbegin(); it != events_.rend() && !edition_of_whole; ++it) {
            const std::u32string whole = Gazetteer::Fold(ToU32(it->name));
            if (whole.size() > bare.size() && whole.ends_with(bare)) {
              hit.name = it->name;
              hit.written = it->written.size() > 0 ? it->written : it->span;  // (its key read as the whole name's)
              if (hit.short_alias.empty()) hit.short_alias = ToUtf8(name);
              edition_of_whole = true;
            }
          }
        }
        if (!edition_of_whole && name.size() >= 5 && name[0] == U'第' && !series.empty() && !body_before()) {
          const size_t edition_end = name.find(U'屆');
          if (edition_end != std::u32string::npos && edition_end <= 4) {
            const std::u32string kind = Gazetteer::Fold(name.substr(edition_end + 1));
            for (auto it = series.rbegin(); it != series.rend(); ++it)
              if (kind.size() >= 2 && kind.size() < it->first.size() && it->first.ends_with(kind)) {
                hit.name = ToUtf8(std::u32string_view(name).substr(0, edition_end + 1)) + ToUtf8(it->second);
                if (hit.short_alias.empty()) hit.short_alias = ToUtf8(name);  // (the name as written: 第5屆論壇)
                break;
              }
          }
        }
        if (name.size() >= 8 && name[0] == U'第') {
          const size_t edition_end = name.find(U'屆');
          if (edition_end != std::u32string::npos && edition_end <= 4 && name.size() - edition_end - 1 >= 5)
            series.push_back({Gazetteer::Fold(name.substr(edition_end + 1)), name.substr(edition_end + 1)});
        } else if (const size_t at = name.find(U'第'); at != std::u32string::npos && at > 0) {
          // (Or an edition named after its body, 2026年健康城市聯盟第11屆大會: the series is the body's 大會, 健康城市聯盟大會,
          // and 第12屆大會 later is 第12屆健康城市聯盟大會.)
          const size_t edition_end = name.find(U'屆', at);
          size_t k = 0;
          while (k < at && ((name[k] >= U'0' && name[k] <= U'9') || name[k] == U'年' || name[k] == U' ')) ++k;
          if (edition_end != std::u32string::npos && edition_end - at <= 4 && name.size() - edition_end - 1 >= 2 && at - k >= 2 &&
              std::all_of(name.begin() + static_cast<long>(k), name.begin() + static_cast<long>(at), [](char32_t c) { return IsHan(c); })) {
            const std::u32string whole = name.substr(k, at - k) + name.substr(edition_end + 1);
            series.push_back({Gazetteer::Fold(whole), whole});
          }
        }
      }
      // A network named like its meetings, read as a body where governments join it (加入「…論壇」（EATOF）為會員): no
      // event.
      {
        auto [lo, hi] = SegsIn(e.span);
        bool network = false;
        // (Nor a name that runs back over the verb before the body's: 2018年退出東亞地方政府觀光論壇.)
        for (size_t k = lo; k < hi && !network; ++k)
          network = segs_[k].kind == SegKind::kPatternOrg && segs_[k].network &&
                    (segs_[k].span.begin == e.span.begin ||
                     (segs_[k].span.begin > e.span.begin &&
                      ContainsAny(std::u32string_view(nt_.folded.data() + e.span.begin, segs_[k].span.begin - e.span.begin),
                                  {U"加入", U"退出", U"退會", U"脫離"}))) &&
                    segs_[k].span.end >= e.span.end - 1;
        if (network) continue;
      }
      // A bid for a later edition, unquoted (建議爭取主辦2030年WTA會員大會, 申辦2028年年會): no event the report tells of.
      {
        const std::u32string& f = nt_.folded;
        uint32_t from = std::max(sentences_[si].begin, hit.span.begin >= 6 ? hit.span.begin - 6 : 0u);
        std::u32string_view before(f.data() + from, hit.span.begin - from);
        if ((hit.span.begin == 0 || f[hit.span.begin - 1] != U'「') && ContainsAny(before, {U"爭取", U"申辦"})) continue;
      }
      // 世界城市與地方政府聯合會亞太分會（UCLG ASPAC）第10屆大會: an edition written right after the organization that
      // holds it (and its abbreviation) is named with it, and with a year before it (2026年…): "第10屆大會" alone
      // names every body's tenth congress.
      // (The same for a name opening with its year, the organization written before it with a space: UCLG ASPAC
      // 2026年執行局會議, as the quoted title names it.)
      const std::u32string& f = nt_.folded;
      auto digit = [&](uint32_t q) { return q < f.size() && f[q] >= U'0' && f[q] <= U'9'; };
      // (Or right after the body or its gloss: 世界大都會協會2026年年會, 世界大都會協會（Metropolis）2026年年會.)
      const bool dated = digit(hit.span.begin) && digit(hit.span.begin + 1) && digit(hit.span.begin + 2) &&
                         digit(hit.span.begin + 3) && hit.span.begin > 0 && !digit(hit.span.begin - 1);
      if ((f.compare(hit.span.begin, 1, U"第") == 0 || dated) && nt_.Utf8(hit.span) == hit.name) {
        uint32_t b = hit.span.begin - (dated && f[hit.span.begin - 1] == U' ' ? 1 : 0);
        if (b > 0 && f[b - 1] == U')') {
          size_t open = f.rfind(U'(', b - 1);
          if (open != std::u32string::npos && b - open <= 20) b = static_cast<uint32_t>(open);
        }
        auto it = std::lower_bound(segs_.begin(), segs_.end(), b, [](const Seg& x, uint32_t v) { return x.span.end < v; });
        if (it != segs_.end() && it->span.end == b && (it->kind == SegKind::kOrg || it->kind == SegKind::kPatternOrg) &&
            it->span.begin >= sentences_[si].begin) {
          uint32_t start = it->span.begin;
          // (The year may stand a few characters before the name the gazetteer knows: 2026年世界城市與….)
          for (uint32_t x = start, han = 0; x > 0 && han <= 4 && !dated; --x) {
            if (f[x - 1] == U'年' || (f[x - 1] >= U'0' && f[x - 1] <= U'9')) {
              uint32_t y = f[x - 1] == U'年' ? x - 1 : x, digits = 0;
              while (y > 0 && f[y - 1] >= U'0' && f[y - 1] <= U'9' && digits < 4) --y, ++digits;
              if (digits == 4) start = y;
              break;
            }
            if (!IsHan(f[x - 1])) break;
            ++han;
          }
          hit.span.begin = start;
          hit.name = nt_.Utf8(hit.span);
        }
      }
      // 大會閉幕時宣布2028年世界大會將於勒阿弗爾市舉行: a year and a bare word of meeting, unquoted, that a clause
      // says will be held, is the series' next edition announced, no event named (as 下屆大會將於…).
      {
        const std::u32string n32 = Gazetteer::Fold(ToU32(hit.name));
        size_t k = 0;
        while (k < n32.size() && k < 4 && n32[k] >= U'0' && n32[k] <= U'9') ++k;
        if (k == 4 && k < n32.size() && n32[k] == U'年') ++k;
        const std::u32string_view rest = std::u32string_view(n32).substr(k);
        const bool bare = k >= 4 && (rest == U"大會" || rest == U"年會" || rest == U"世界大會" || rest == U"會員大會" ||
                                     rest == U"高峰會" || rest == U"論壇" || rest == U"年度大會" || rest == U"全球大會");
        const std::u32string& fo = nt_.folded;
        const bool quoted = hit.span.begin > 0 && (fo[hit.span.begin - 1] == U'「' || fo[hit.span.begin - 1] == U'『');
        const std::u32string_view after(fo.data() + hit.span.end, std::min<size_t>(3, fo.size() - hit.span.end));
        if (bare && !quoted && (after.starts_with(U"將於") || after.starts_with(U"將在") || after.starts_with(U"預定") ||
                                after.starts_with(U"預計")))
          continue;
      }
      // A council's regular or extraordinary session (宜蘭縣議會第20屆第5次定期會議) is its sitting, no event of the graph.
      {
        const std::u32string n32 = ToU32(hit.name);
        bool sitting = false;
        for (std::u32string_view w : {std::u32string_view(U"定期會議"), std::u32string_view(U"臨時會議"), std::u32string_view(U"定期會"),
                                      std::u32string_view(U"臨時會")})
          sitting = sitting || n32.ends_with(w);
        if (sitting) continue;
      }
      events_.push_back(std::move(hit));
    }
  // One edition named by its number and by its year (出席第25屆金堤地平線節 … 「2023金堤地平線節」開幕式): one event, where
  // the text names the series with one year only and one number only.
  {
    auto series_of = [](const std::u32string& n, bool* by_year) -> std::u32string {
      size_t k = 0;
      if (n.size() > 6 && n[0] == U'第') {
        const size_t e = n.find(U'屆');
        if (e == std::u32string::npos || e > 5) return {};
        *by_year = false;
        return n.substr(e + 1);
      }
      while (k < n.size() && k < 4 && n[k] >= U'0' && n[k] <= U'9') ++k;
      if (k != 4) return {};
      if (k < n.size() && n[k] == U'年') ++k;
      *by_year = true;
      return n.size() - k >= 4 ? n.substr(k) : std::u32string();
    };
    std::map<std::u32string, std::pair<std::set<std::string>, std::set<std::string>>> by_series;  // (years', numbers')
    std::vector<std::pair<std::u32string, bool>> hit_series(events_.size());  // each hit's series, and whether by year
    for (size_t i = 0; i < events_.size(); ++i) {
      auto& [kind, by_year] = hit_series[i];
      kind = Gazetteer::Fold(series_of(ToU32(events_[i].name), &by_year));
      if (!kind.empty()) (by_year ? by_series[kind].first : by_series[kind].second).insert(events_[i].name);
    }
    for (size_t i = 0; i < events_.size(); ++i) {
      const auto& [kind, by_year] = hit_series[i];
      if (kind.empty() || by_year || !events_[i].alias.empty()) continue;
      const auto& [years, numbers] = by_series[kind];
      if (years.size() == 1 && numbers.size() == 1) events_[i].alias = *years.begin();
    }
  }
  // 新加坡國際水週（Singapore International Water Week，以下簡稱SIWW）: the abbreviation a text defines for an event it
  // names (the series' name, the edition's without its year) names that event wherever it stands later (出席SIWW開幕典禮).
  {
    const std::u32string& f = nt_.folded;
    std::vector<EventHit> added;
    for (std::u32string_view mark : {std::u32string_view(U"以下簡稱"), std::u32string_view(U"以下稱"), std::u32string_view(U"簡稱")})
      for (size_t at = f.find(mark); at != std::u32string::npos; at = f.find(mark, at + 1)) {
        if (mark == U"簡稱" && at >= 2 && f.compare(at - 2, 2, U"以下") == 0) continue;
        const size_t open = f.rfind(U'(', at);
        if (open == std::u32string::npos || open == 0 || at - open > 60 || f.find(U')', open) < at) continue;
        uint32_t name_end = static_cast<uint32_t>(open);
        if (f[name_end - 1] == U'」' || f[name_end - 1] == U'』') --name_end;
        if (!lex_.EventEndsAt(name_end)) continue;
        // The event: one whose name, or name past its year or edition, ends the text before the parentheses.
        const EventHit* named = nullptr;
        size_t named_len = 0;  // how much of the text before the parentheses the name (or its stem) covers
        for (const EventHit& e : events_) {
          std::u32string n = Gazetteer::Fold(ToU32(e.name));
          size_t k = 0;
          while (k < n.size() && k < 4 && n[k] >= U'0' && n[k] <= U'9') ++k;
          if (k == 4) {
            if (k < n.size() && n[k] == U'年') ++k;
            while (k < n.size() && n[k] == U' ') ++k;
          } else if (k = 0; n.size() > 3 && n[0] == U'第' && n.find(U'屆') != std::u32string::npos && n.find(U'屆') <= 4) {
            k = n.find(U'屆') + 1;
          }
          for (size_t from : {size_t{0}, k}) {
            const std::u32string_view stem = std::u32string_view(n).substr(from);
            if (stem.size() >= 4 && stem.size() <= name_end && f.compare(name_end - stem.size(), stem.size(), stem) == 0) {
              named = &e;
              named_len = stem.size();
            }
          }
          if (named) break;
        }
        if (!named) continue;
        // (Not a network named like its meetings, read as a body (國際島嶼觀光政策論壇（…以下簡稱ITOP論壇）由…倡議成立) though
        // the report's event bears its name with a year: the short name is the body's.)
        if (const int g = SegEndingAt(name_end);
            g >= 0 && segs_[static_cast<size_t>(g)].kind == SegKind::kPatternOrg && segs_[static_cast<size_t>(g)].network)
          continue;
        uint32_t b = static_cast<uint32_t>(at + mark.size());
        while (b < f.size() && (f[b] == U' ' || f[b] == U'「' || f[b] == U':')) ++b;
        uint32_t e = b;
        while (e < f.size() && f[e] != U')' && f[e] != U'」' && f[e] != U',' && f[e] != U'，' && e - b < 12) ++e;
        while (e > b && f[e - 1] == U' ') --e;
        if (e - b < 2 || f[b] == U'本' || f[b] == U'該' || f[b] == U'此') continue;
        const std::u32string abbreviation = f.substr(b, e - b);
        const bool latin = IsLatinLetter(abbreviation.front());
        // A hit of the named event at [p, pe), where no hit stands yet: keyed as the name is written.
        auto add = [&](uint32_t p, uint32_t pe) {
          if (std::any_of(events_.begin(), events_.end(), [&](const EventHit& x) { return p < x.span.end && pe > x.span.begin; })) return;
          auto s = std::upper_bound(sentences_.begin(), sentences_.end(), p, [](uint32_t v, const Span& x) { return v < x.begin; });
          if (s == sentences_.begin()) return;
          EventHit hit{named->name, "", "", {p, pe}, static_cast<uint32_t>(std::prev(s) - sentences_.begin()), Date{}, Span{}};
          if (nt_.Utf8(named->span) == named->name) hit.written = named->span;
          added.push_back(std::move(hit));
        };
        // (The name where it is defined is the event too, unquoted as it may be: 聯合國…第31次締約方大會（以下簡稱COP31）於
        // 2026年11月9日至20日在…舉行 dates and places it.)
        add(name_end - static_cast<uint32_t>(named_len), name_end);
        for (size_t pos = f.find(abbreviation, e); pos != std::u32string::npos; pos = f.find(abbreviation, pos + 1)) {
          const uint32_t p = static_cast<uint32_t>(pos), pe = p + static_cast<uint32_t>(abbreviation.size());
          if (latin && ((p > 0 && IsLatinLetter(f[p - 1])) || (pe < f.size() && IsLatinLetter(f[pe])))) continue;
          if (!InsideNameSeg(p)) add(p, pe);
        }
      }
    if (!added.empty()) {
      for (auto& h : added) events_.push_back(std::move(h));
      std::stable_sort(events_.begin(), events_.end(), [](const EventHit& a, const EventHit& b) { return a.span.begin < b.span.begin; });
    }
  }
  // 赴韓國參加2026釜山國際影展暨亞洲電影市場報告: two events joined by 暨, each named on its own elsewhere in the text
  // (「2026釜山國際影展」…及同期舉辦之「亞洲電影市場」), are those two, not a third.
  {
    std::vector<EventHit> split;
    for (size_t i = 0; i < events_.size(); ++i) {
      const EventHit& e = events_[i];
      const std::u32string name = ToU32(e.name);
      const size_t joint = name.find(U'暨');
      if (joint == std::u32string::npos || joint == 0 || joint + 1 >= name.size() || nt_.Utf8(e.span) != e.name) continue;
      const std::string left = ToUtf8(name.substr(0, joint)), right = ToUtf8(name.substr(joint + 1));
      auto named = [&](const std::string& part) {
        return std::any_of(events_.begin(), events_.end(), [&](const EventHit& x) { return &x != &e && x.name == part; });
      };
      if (!named(left) || !named(right)) continue;
      const auto at = static_cast<uint32_t>(joint);
      split.push_back(EventHit{left, "", "", {e.span.begin, e.span.begin + at}, e.sentence, e.trip});
      split.push_back(EventHit{right, "", "", {e.span.begin + at + 1, e.span.end}, e.sentence, e.trip});
      events_[i].name.clear();  // (dropped below)
    }
    if (!split.empty()) {
      std::erase_if(events_, [](const EventHit& x) { return x.name.empty(); });
      for (auto& h : split) events_.push_back(std::move(h));
      std::stable_sort(events_.begin(), events_.end(), [](const EventHit& a, const EventHit& b) { return a.span.begin < b.span.begin; });
    }
  }
  // 「…年會暨參訪里昂燈光節」 in a report's title, then 參訪里昂燈光節，由…導覽 under a day's heading: a name the text
  // quotes, written again unquoted, names the same event there (where no other name stands).
  {
    const std::u32string& f = nt_.folded;
    std::vector<EventHit> added;
    std::set<std::u32string> searched;  // (a name quoted twice is searched for once, from its first quotes)
    for (const EventHit& e : events_) {
      if (e.span.size() < 4 || nt_.Utf8(e.span) != e.name) continue;
      const Span s = sentences_[e.sentence];
      const std::u32string_view before(f.data() + s.begin, e.span.begin - s.begin);
      const size_t open = before.find_last_of(U"「『");
      if (open == std::u32string_view::npos || before.find_first_of(U"」』", open) != std::u32string_view::npos) continue;
      const std::u32string name = f.substr(e.span.begin, e.span.size());
      if (!searched.insert(name).second) continue;
      // (Another mention of e at [p, pe), unless it overlaps an event's or runs past its sentence.)
      auto add_mention = [&](uint32_t p, uint32_t pe) {
        auto overlaps = [&](const EventHit& x) { return p < x.span.end && pe > x.span.begin; };
        if (std::any_of(events_.begin(), events_.end(), overlaps) || std::any_of(added.begin(), added.end(), overlaps)) return;
        auto in = std::upper_bound(sentences_.begin(), sentences_.end(), p, [](uint32_t v, const Span& x) { return v < x.begin; });
        if (in == sentences_.begin() || std::prev(in)->end < pe) return;
        added.push_back(EventHit{e.name, "", "", {p, pe}, static_cast<uint32_t>(std::prev(in) - sentences_.begin()), Date{}, e.span});
      };
      for (size_t pos = f.find(name, e.span.end); pos != std::u32string::npos; pos = f.find(name, pos + 1)) {
        const uint32_t p = static_cast<uint32_t>(pos), pe = p + static_cast<uint32_t>(name.size());
        // (Quoted again, it is mostly found as such; not where the first quotes alone say it is an event's: 「2026大地母親
        // 美味沙龍」（Terra Madre Salone del Gusto 2026）, then 參加「2026大地母親美味沙龍」.)
        if (InsideNameSeg(p)) continue;
        add_mention(p, pe);
      }
      // (Or without its year, opening a heading line: 「2026世界青年城市論壇」 in the title, then 一、世界青年城市論壇（10月20日
      // 至21日，大田廣域市） over what was done there — the section of that edition; or opening a line, glossed.)
      size_t y = 0;
      while (y < name.size() && y < 4 && name[y] >= U'0' && name[y] <= U'9') ++y;
      if (y != 4) continue;
      // (Not an edition later than the trip's year: 「2027宜蘭國際童玩藝術節」 after 本縣每年舉辦宜蘭國際童玩藝術節 — the
      // series, bare; a later edition is written with its year.)
      if (out_.meta.trip_start.valid() && YearOpening(name) > out_.meta.trip_start.year) continue;
      if (y < name.size() && name[y] == U'年') ++y;
      while (y < name.size() && name[y] == U' ') ++y;
      // (Also without the place that opens it after the year: 「2026特拉維夫DLD創新節」, then DLD創新節於11月16日在特拉維夫開幕
      // opening a paragraph.)
      std::vector<std::u32string> bares{name.substr(y)};
      if (const auto place = lex_.Place(e.span.begin + static_cast<uint32_t>(y)); place.len >= 2 && y + place.len + 5 <= name.size())
        bares.push_back(name.substr(y + place.len));
      for (const std::u32string& bare : bares) {
        if (bare.size() < 5 || !searched.insert(bare).second) continue;
        for (size_t pos = f.find(bare); pos != std::u32string::npos; pos = f.find(bare, pos + 1)) {
          const uint32_t p = static_cast<uint32_t>(pos), pe = p + static_cast<uint32_t>(bare.size());
          size_t line = f.rfind(U'\n', pos);
          line = line == std::u32string::npos ? 0 : line + 1;
          const std::u32string_view head(f.data() + line, pos - line);
          // (A numbered heading's start; or a line's, the name glossed right after: 薩克森矽谷日（Silicon Saxony Day）由…主辦,
          // the summary's first words; or a line's that says when or where it was held: DLD創新節於11月16日….)
          const std::u32string_view after_number = PastListNumber(head);
          const bool heading = !head.empty() && after_number.size() < head.size() && after_number.empty();
          const bool glossed_line = head.empty() && pe < f.size() && f[pe] == U'(';
          const bool held_line = head.empty() && pe + 1 < f.size() && (f[pe] == U'於' || f[pe] == U'在') &&
                                 ((f[pe + 1] >= U'0' && f[pe + 1] <= U'9') || lex_.Place(pe + 1).len > 0);
          // (Or right after a verb of holding it: 邦政府每兩年於首府甘地訥格爾舉辦活力古吉拉特全球峰會.)
          const bool held_here = p >= 2 && (f.compare(p - 2, 2, U"舉辦") == 0 || f.compare(p - 2, 2, U"召開") == 0) &&
                                 (pe >= f.size() || !IsHan(f[pe]));
          if (!heading && !glossed_line && !held_line && !held_here) continue;
          if (!held_line && !held_here && pe < f.size() && f[pe] != U'(' && f[pe] != U'\n') continue;
          add_mention(p, pe);
        }
      }
    }
    if (!added.empty()) {
      for (auto& h : added) events_.push_back(std::move(h));
      std::stable_sort(events_.begin(), events_.end(), [](const EventHit& a, const EventHit& b) { return a.span.begin < b.span.begin; });
    }
  }
  // 下午參加「水務領袖峰會」 in a report on 「2026新加坡國際水週」: a meeting named with no year, edition, place or body of
  // its own, that nobody is said to organize, is a session of the report's one own event (as sample 004's 全體論壇): who
  // speaks at it or attends it attended that event. (Not an exhibition, a festival or a ceremony: those stand alone; nor
  // inside a festival.)
  {
    // (IsOwnEvent tells hits of one event by their entity: until the entities are made, by their name.)
    event_entity_.assign(events_.size(), -1);
    for (size_t i = 0; i < events_.size(); ++i)
      for (size_t k = 0; k <= i && event_entity_[i] < 0; ++k)
        if (events_[k].name == events_[i].name) event_entity_[i] = static_cast<int>(k);
    std::set<std::string> own_names;
    int own = -1;
    for (size_t i = 0; i < events_.size(); ++i) {
      if (!IsOwnEvent(i)) continue;
      const std::u32string n = ToU32(events_[i].name);
      const bool dated = std::any_of(n.begin(), n.end(), [](char32_t c) { return c >= U'0' && c <= U'9'; }) ||
                         (n.find(U'第') != std::u32string::npos && n.find(U'屆') != std::u32string::npos);
      // (A congress, summit, forum, week or fair holds sessions; a festival's workshop is an event of its own.)
      const std::u32string folded = Gazetteer::Fold(n);
      const bool holds_sessions = folded.ends_with(U"週") || folded.ends_with(U"展") ||
                                  std::any_of(std::begin(detail::kEventKindWords), std::end(detail::kEventKindWords),
                                              [&](std::u32string_view w) { return folded.ends_with(w); });
      if (!dated || !holds_sessions) continue;
      own_names.insert(events_[i].name);
      if (own < 0) own = static_cast<int>(i);
    }
    if (own_names.size() == 1) {
      std::map<std::string, bool> session;  // name -> every hit reads as a session
      for (size_t j = 0; j < events_.size(); ++j) {
        const EventHit& e = events_[j];
        if (own_names.count(e.name)) continue;
        const std::u32string n = Gazetteer::Fold(ToU32(e.name));
        bool ok = !IsOwnEvent(j) && nt_.folded.compare(e.span.begin, e.span.size(), n) == 0 && n.size() >= 4 &&
                  std::none_of(n.begin(), n.end(), [](char32_t c) { return (c >= U'0' && c <= U'9') || c == U'第' || c == U'屆'; });
        bool meeting = false;
        for (std::u32string_view w : {std::u32string_view(U"論壇"), std::u32string_view(U"峰會"), std::u32string_view(U"會議"),
                                      std::u32string_view(U"座談會"), std::u32string_view(U"研討會"), std::u32string_view(U"工作坊")})
          meeting = meeting || n.ends_with(w);
        ok = ok && meeting;
        if (ok) {
          auto [lo, hi] = SegsIn(e.span);
          for (size_t k = lo; k < hi; ++k)
            ok = ok && segs_[k].kind != SegKind::kPlace && segs_[k].kind != SegKind::kCountry && segs_[k].kind != SegKind::kOrg &&
                 segs_[k].kind != SegKind::kPatternOrg;
        }
        // (Named after the own event, no other event between: 出席「2026亞洲美食節」，並參加「城市行銷工作坊」 is not a
        // session of the 觀光展 named after it.)
        if (ok) {
          size_t k = j;
          while (k > 0 && events_[k - 1].name == e.name) --k;
          ok = k > 0 && own_names.count(events_[k - 1].name) > 0;
        }
        if (ok) {
          const Span& s = sentences_[e.sentence];
          ok = !ContainsAny(std::u32string_view(nt_.folded.data() + s.begin, s.size()),
                            {U"主辦", U"舉辦", U"辦理", U"籌辦", U"合辦", U"協辦", U"承辦", U"舉行"});
        }
        auto [it, fresh] = session.emplace(e.name, ok);
        if (!fresh) it->second = it->second && ok;
      }
      // (Keyed as the own event's name is written, bodies in it included.)
      const EventHit& own_hit = events_[static_cast<size_t>(own)];
      const Span own_written = own_hit.written.size() > 0 ? own_hit.written : own_hit.span;
      const std::string own_name = own_hit.name;
      const bool own_as_written = nt_.Utf8(own_written) == own_name;
      for (EventHit& e : events_)
        if (auto it = session.find(e.name); it != session.end() && it->second) {
          e.name = own_name;
          e.alias.clear();
          e.short_alias.clear();
          if (own_as_written) e.written = own_written;
        }
      // 本年度第28屆年會於那霸市舉行: this year's edition, named by its number and kind alone, is the report's own event
      // (the next one, 第29屆年會由峇里省主辦, stays an event of its own).
      for (EventHit& e : events_) {
        if (own_names.count(e.name)) continue;
        // (As written: a generic name may have been given the body's name already, 第94屆美國市長會議年會.)
        const std::u32string n(nt_.folded.data() + e.span.begin, e.span.size());
        size_t k = n.starts_with(U"第") ? 1 : n.size();
        while (k < n.size() && detail::kCountNumerals.find(n[k]) != std::u32string_view::npos) ++k;
        if (k < 2 || k >= n.size() || (n[k] != U'屆' && n[k] != U'次')) continue;
        const std::u32string_view kind(n.data() + k + 1, n.size() - k - 1);
        if (std::none_of(std::begin(detail::kEventKindWords), std::end(detail::kEventKindWords),
                         [&](std::u32string_view w) { return kind == w; }))
          continue;
        uint32_t before = e.span.begin;
        if (before > 0 && nt_.folded[before - 1] == U'度') --before;  // (本年度, 今年度)
        bool this_one = false;
        for (std::u32string_view w : kThisEditionWords)
          this_one = this_one || (before >= w.size() && nt_.folded.compare(before - w.size(), w.size(), w) == 0);
        if (!this_one) continue;
        e.name = own_name;
        e.alias.clear();
        e.short_alias.clear();
        if (own_as_written) e.written = own_written;
      }
    }
  }
  event_entity_.assign(events_.size(), -1);
  // (An event named later by the other name an earlier one gave in parentheses: 「2026世界城市高峰會」（World Cities Summit
  // 2026）, then …the World Cities Summit 2026 gave….)
  std::map<std::string, int> by_alias;
  // Merge events whose names match or where one contains the other (「市長峰會」 in a report on one summit).
  for (size_t i = 0; i < events_.size(); ++i) {
    Entity e;
    e.kind = EntityKind::kEvent;
    e.key = EventKey(events_[i].name);
    // An organization the gazetteer knows is one whatever name it goes by inside the event's (2024年ICLEI世界大會 =
    // 2024年地方環境行動國際理事會世界大會).
    const Span written = events_[i].written.size() > 0 ? events_[i].written : events_[i].span;
    if (nt_.Utf8(written) == events_[i].name) {
      std::string named;
      bool known = false;
      auto [lo, hi] = SegsIn(written);
      uint32_t q = written.begin;
      size_t last_id = std::string::npos;  // where the last organization's id starts in `named`
      for (size_t k = lo; k < hi; ++k) {
        const Seg& g = segs_[k];
        // (An organization the text names, by any of its names — AFHC, 以下簡稱 for 健康城市聯盟 — counts as well, by its
        // canonical name.)
        if ((g.kind != SegKind::kOrg && g.kind != SegKind::kPatternOrg) || (g.kind == SegKind::kOrg && g.index < 0) ||
            g.span.begin < q || g.span.end > written.end)
          continue;
        // (A body and its section written apart, 城市與地方政府聯合會 亞太分會: the section alone names it, as written
        // together, 城市與地方政府聯合會亞太分會.)
        const bool apart = last_id != std::string::npos && g.span.begin > q &&
                           std::all_of(nt_.folded.begin() + q, nt_.folded.begin() + g.span.begin, [](char32_t c) { return c == U' '; });
        if (apart) named.resize(last_id);
        else named += nt_.Utf8(q, g.span.begin);
        last_id = named.size();
        named += "{" + (g.kind == SegKind::kOrg ? g_.orgs()[static_cast<size_t>(g.index)].id : MatchKey(g.name)) + "}";
        q = g.span.end;
        known = true;
      }
      if (known) {
        e.key = EventKey(named + nt_.Utf8(q, written.end));
        // (Its abbreviation in parentheses right after it adds nothing: 全球城市永續網絡(G-Nets)首長高峰會 — read as the body
        // again, or as Latin letters where the text defines it later.)
        for (size_t open = e.key.find("}("); open != std::string::npos; open = e.key.find("}(", open + 1)) {
          const size_t close = e.key.find(')', open + 2);
          if (close == std::string::npos || close - open > 40) break;
          const std::string inner = e.key.substr(open + 2, close - open - 2);
          const bool latin = !inner.empty() && std::all_of(inner.begin(), inner.end(), [](char c) {
            return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
          });
          const bool body = inner.size() > 2 && inner.front() == '{' && inner.back() == '}';
          if (latin || body) e.key.erase(open + 1, close + 1 - open - 1);
        }
      }
    }
    e.label = events_[i].name;
    // (A council's meeting of a year goes by the council's name with the year too: 2026年…亞太區理事會會議 is 2026年…
    // 亞太區理事會, as a dated council's name is read.)
    for (std::string_view meeting : {std::string_view("理事會會議"), std::string_view("委員會會議")})
      if (e.label.ends_with(meeting) && detail::IsDatedCouncilMeeting(ToU32(e.label.substr(0, e.label.size() - std::string_view("會議").size()))))
        e.names.push_back(e.label.substr(0, e.label.size() - std::string_view("會議").size()));
    if (!events_[i].alias.empty()) e.names.push_back(events_[i].alias);
    if (!events_[i].short_alias.empty()) e.names.push_back(events_[i].short_alias);
    auto alias_it = events_[i].alias.empty() ? entity_by_key_.end() : entity_by_key_.find(EventKey(events_[i].alias));
    if (alias_it == entity_by_key_.end() && !entity_by_key_.count(e.key))
      if (auto named = by_alias.find(e.key); named != by_alias.end()) alias_it = entity_by_key_.find(out_.entities[static_cast<size_t>(named->second)].key);
    if (alias_it != entity_by_key_.end()) {
      event_entity_[i] = alias_it->second;
      Entity& old = out_.entities[static_cast<size_t>(alias_it->second)];
      if (old.label != e.label && std::find(old.names.begin(), old.names.end(), e.label) == old.names.end())
        old.names.push_back(e.label);
    } else {
      event_entity_[i] = AddEntity(std::move(e));
    }
    if (!events_[i].alias.empty()) by_alias.emplace(EventKey(events_[i].alias), event_entity_[i]);
    Entity& merged = out_.entities[static_cast<size_t>(event_entity_[i])];
    if (merged.label != events_[i].name &&
        std::find(merged.names.begin(), merged.names.end(), events_[i].name) == merged.names.end())
      merged.names.push_back(events_[i].name);
    AddMention(events_[i].span, "event", "event-name", event_entity_[i]);
  }
  // Event entity `from` merged into `into`: its label one of into's names, its hits pointing there, its key retired.
  auto merge_event = [&](int from, int into) {
    Entity& e = out_.entities[static_cast<size_t>(from)];
    Entity& target = out_.entities[static_cast<size_t>(into)];
    if (std::find(target.names.begin(), target.names.end(), e.label) == target.names.end()) target.names.push_back(e.label);
    for (int& ee : event_entity_)
      if (ee == from) ee = into;
    if (!e.key.ends_with("#merged")) {
      entity_by_key_.erase(e.key);
      e.key += "#merged";
    }
  };
  // 亞洲城市首長論壇 after 「2026亞洲城市首長論壇」 in one report: the same event without its year. (So is 「榕馬交流合作
  // 座談會」 beside 第十屆榕馬交流合作座談會, an edition by its number, where the report names one edition of it only.)
  {
    std::map<std::string, int> with_year;  // key without the leading year or edition -> entity (-1: several)
    auto without_year = [](const std::string& key) -> std::string {
      const std::string prefix = "event:";
      if (key.size() <= prefix.size() + 4 || key.compare(0, prefix.size(), prefix) != 0) return "";
      if (key.compare(prefix.size(), std::string("第").size(), "第") == 0) {
        const size_t ed = key.find("屆", prefix.size());
        if (ed == std::string::npos || ed - prefix.size() > 5 * 3) return "";  // (at most five characters, 3 bytes each)
        const std::string rest = key.substr(ed + std::string("屆").size());
        return ToU32(rest).size() >= 4 ? prefix + rest : "";
      }
      for (size_t k = 0; k < 4; ++k)
        if (key[prefix.size() + k] < '0' || key[prefix.size() + k] > '9') return "";
      return prefix + key.substr(prefix.size() + 4);
    };
    for (size_t i = 0; i < events_.size(); ++i) {
      const std::string bare = without_year(out_.entities[static_cast<size_t>(event_entity_[i])].key);
      if (bare.empty()) continue;
      auto [it, fresh] = with_year.emplace(bare, event_entity_[i]);
      if (!fresh && it->second != event_entity_[i]) it->second = -1;
    }
    for (auto it = with_year.begin(); it != with_year.end();) it = it->second < 0 ? with_year.erase(it) : std::next(it);
    for (size_t i = 0; i < events_.size(); ++i) {
      auto it = with_year.find(out_.entities[static_cast<size_t>(event_entity_[i])].key);
      if (it != with_year.end() && it->second != event_entity_[i]) merge_event(event_entity_[i], it->second);
    }
  }
  // The year an event's key opens with (event:2026…) and the key past it, for an event not merged away; {} if none.
  auto keyed_year = [&](size_t i) -> std::pair<std::string, std::string> {
    const std::string& key = out_.entities[static_cast<size_t>(event_entity_[i])].key;
    const std::string prefix = "event:";
    if (key.ends_with("#merged") || key.size() < prefix.size() + 6) return {};
    for (size_t k = 0; k < 4; ++k)
      if (key[prefix.size() + k] < '0' || key[prefix.size() + k] > '9') return {};
    return {key.substr(prefix.size(), 4), key.substr(prefix.size() + 4)};
  };
  // 2026 全球城市永續網絡首長高峰會 in the title and 2026 年第三屆 G-NETS 首長高峰會 in the text: one year's edition named with
  // and without its number is one event, where the report names that series in that year only so.
  {
    std::map<std::string, std::vector<int>> by_bare;  // key without year and edition -> entities (year + edition, year only)
    for (size_t i = 0; i < events_.size(); ++i) {
      auto [year, rest] = keyed_year(i);
      if (year.empty()) continue;
      if (rest.compare(0, std::string("第").size(), "第") == 0) {
        const size_t ed = rest.find("屆");
        if (ed == std::string::npos || ed > 5 * 3) continue;
        rest = rest.substr(ed + std::string("屆").size());
      }
      auto& v = by_bare[year + "|" + rest];
      if (std::find(v.begin(), v.end(), event_entity_[i]) == v.end()) v.push_back(event_entity_[i]);
    }
    for (const auto& [bare, ents] : by_bare) {
      if (ents.size() != 2) continue;
      const bool first_edition = out_.entities[static_cast<size_t>(ents[0])].key.find("屆") != std::string::npos;
      const bool second_edition = out_.entities[static_cast<size_t>(ents[1])].key.find("屆") != std::string::npos;
      if (first_edition != second_edition) merge_event(ents[1], ents[0]);
    }
  }
  // 2026年健康城市聯盟全球大會 in the title and AFHC第12屆全球大會於2026年10月21日…舉行 in the text: an edition named by
  // its number right after its body, whose own clause says it is held in the year the other name opens with, is that
  // year's edition.
  {
    const size_t prefix = std::string("event:").size();
    std::map<std::string, int> by_key;
    for (size_t i = 0; i < events_.size(); ++i) by_key.emplace(out_.entities[static_cast<size_t>(event_entity_[i])].key, event_entity_[i]);
    for (size_t i = 0; i < events_.size(); ++i) {
      const std::string& key = out_.entities[static_cast<size_t>(event_entity_[i])].key;
      if (key.ends_with("#merged") || key.size() < prefix + 2 || key[prefix] != '{') continue;
      const size_t close = key.find('}', prefix);
      if (close == std::string::npos || key.compare(close + 1, std::string("第").size(), "第") != 0) continue;
      const size_t ed = key.find("屆", close);
      if (ed == std::string::npos || ed - close > 1 + 5 * 3) continue;
      // (於 or 在 and the date right after the name.)
      const uint32_t q = events_[i].span.end;
      const Span s = sentences_[events_[i].sentence];
      if (q + 6 > s.end || (nt_.folded[q] != U'於' && nt_.folded[q] != U'在')) continue;
      const auto dates = FindDates(nt_.text, q + 1, s.end);
      if (dates.empty() || dates[0].span.begin != q + 1 || !dates[0].has_year) continue;
      const std::string target = key.substr(0, prefix) + std::to_string(dates[0].date.year) + key.substr(prefix, close + 1 - prefix) +
                                 key.substr(ed + std::string("屆").size());
      auto it = by_key.find(target);
      if (it != by_key.end() && it->second != event_entity_[i]) merge_event(event_entity_[i], it->second);
    }
  }
  // 2026年WDO會員大會 in the text and 世界設計組織2026年會員大會 in the title: a year written before a known body or right
  // after it names the same edition (the body by any of its names, 以下簡稱 too).
  {
    const size_t prefix = std::string("event:").size();
    auto year_after_body = [&](const std::string& key) -> std::string {
      if (key.ends_with("#merged") || key.size() < prefix + 6 || key[prefix + 4] != '{' ||
          !std::all_of(key.begin() + static_cast<long>(prefix), key.begin() + static_cast<long>(prefix) + 4, [](char c) { return c >= '0' && c <= '9'; }))
        return {};
      const size_t close = key.find('}', prefix + 4);
      if (close == std::string::npos) return {};
      return key.substr(0, prefix) + key.substr(prefix + 4, close + 1 - prefix - 4) + key.substr(prefix, 4) + key.substr(close + 1);
    };
    std::map<std::string, int> by_key;
    for (size_t i = 0; i < events_.size(); ++i) by_key.emplace(out_.entities[static_cast<size_t>(event_entity_[i])].key, event_entity_[i]);
    for (size_t i = 0; i < events_.size(); ++i) {
      const std::string moved = year_after_body(out_.entities[static_cast<size_t>(event_entity_[i])].key);
      if (moved.empty()) continue;
      auto it = by_key.find(moved);
      if (it != by_key.end() && it->second != event_entity_[i]) merge_event(event_entity_[i], it->second);
    }
  }
  // 林市長出席CityNet執行委員會 in a headline and 「CityNet 2026年執行委員會議」 in the text: a network's council or
  // committee attended, named with no year, is the one meeting of it the report names with its year.
  {
    const size_t prefix = std::string("event:").size();
    // The body a council's or committee's meeting is named after (its braces dropped), the organ, and whether a year
    // stands between them; {} where the key names no such meeting.
    struct Organ {
      std::string body;
      std::string_view stem;
      bool dated = false;
    };
    auto organ_of = [&](const std::string& key) -> Organ {
      if (key.ends_with("#merged") || key.size() <= prefix) return {};
      for (std::string_view stem : {std::string_view("理事會"), std::string_view("執行委員會")}) {
        const size_t at = key.rfind(stem);
        if (at == std::string::npos || at <= prefix) continue;
        const std::string_view tail = std::string_view(key).substr(at + stem.size());
        if (!(tail.empty() || tail == "議" || tail == "會議")) continue;
        std::string body = key.substr(prefix, at - prefix);
        if (body.ends_with("年")) body.resize(body.size() - std::string_view("年").size());
        bool dated = body.size() > 4 && std::all_of(body.end() - 4, body.end(), [](char c) { return c >= '0' && c <= '9'; });
        if (dated) body.resize(body.size() - 4);
        std::erase_if(body, [](char c) { return c == '{' || c == '}'; });
        if (body.empty()) return {};
        return {body, stem, dated};
      }
      return {};
    };
    for (size_t i = 0; i < events_.size(); ++i) {
      const Organ o = organ_of(out_.entities[static_cast<size_t>(event_entity_[i])].key);
      if (o.body.empty() || o.dated) continue;
      int target = -1, count = 0;
      for (size_t j = 0; j < events_.size(); ++j) {
        const int other = event_entity_[j];
        if (other == event_entity_[i] || other == target) continue;
        const Organ d = organ_of(out_.entities[static_cast<size_t>(other)].key);
        if (!d.dated || d.body != o.body || d.stem != o.stem) continue;
        target = other;
        ++count;
      }
      if (count == 1) merge_event(event_entity_[i], target);
    }
  }
  // 第十八屆海峽論壇 in a headline and 第十八屆海峽論壇大會 in the text: a forum and its general session (…大會) are one
  // event, named as the longer.
  {
    std::map<std::string, int> by_key;
    for (size_t i = 0; i < events_.size(); ++i) by_key.emplace(out_.entities[static_cast<size_t>(event_entity_[i])].key, event_entity_[i]);
    for (size_t i = 0; i < events_.size(); ++i) {
      const std::string& key = out_.entities[static_cast<size_t>(event_entity_[i])].key;
      if (key.ends_with("#merged")) continue;
      // (So are a council and its meeting: 2026年…亞太區理事會 and 2026年…亞太區理事會會議.)
      const bool council = key.ends_with("理事會") || key.ends_with("委員會");
      if (!(key.ends_with("論壇") || key.ends_with("峰會") || key.ends_with("博覽會") || council)) continue;
      auto it = by_key.find(key + (council ? "會議" : "大會"));
      if (it != by_key.end() && it->second != event_entity_[i]) merge_event(event_entity_[i], it->second);
    }
  }
  // 「2026年世界城市日全球慶祝活動」 in the title and 2026年全球慶祝活動於…舉行 in the text: a year's edition named by the
  // end of a longer name of the same year (four characters or more) is that event, where only one name so ends.
  {
    std::map<std::string, std::vector<std::pair<std::u32string, int>>> by_year;  // year -> (name past the year, entity)
    for (size_t i = 0; i < events_.size(); ++i) {
      const auto [year, past_year] = keyed_year(i);
      if (year.empty()) continue;
      auto& v = by_year[year];
      const std::u32string rest = ToU32(past_year);
      if (std::none_of(v.begin(), v.end(), [&](const auto& x) { return x.second == event_entity_[i]; }))
        v.emplace_back(rest, event_entity_[i]);
    }
    for (const auto& [year, names] : by_year)
      for (const auto& [shorter, ent] : names) {
        if (shorter.size() < 4 || shorter.front() == U'第' || shorter.find(U'{') != std::u32string::npos) continue;
        int longer = -1, count = 0;
        for (const auto& [other, other_ent] : names)
          if (other_ent != ent && other.size() > shorter.size() && other.ends_with(shorter)) {
            longer = other_ent;
            ++count;
          }
        if (count == 1 && !out_.entities[static_cast<size_t>(ent)].key.ends_with("#merged") &&
            !out_.entities[static_cast<size_t>(longer)].key.ends_with("#merged"))
          merge_event(ent, longer);
      }
  }
  // 第12屆論壇 after 第12屆世界城市論壇: an edition named by its number and a short ending is the one event of the
  // report with that number whose name ends so.
  {
    auto edition_split = [](const std::u32string& n) -> std::pair<std::u32string, std::u32string> {
      size_t at = n.find(U'第');
      size_t ed = n.find(U'屆');
      if (at == std::u32string::npos || ed == std::u32string::npos || ed < at + 2 || ed - at > 5) return {};
      return {n.substr(at, ed + 1 - at), n.substr(ed + 1)};
    };
    for (size_t i = 0; i < events_.size(); ++i) {
      const Entity& e = out_.entities[static_cast<size_t>(event_entity_[i])];
      if (e.key.ends_with("#merged")) continue;
      auto [edition, rest] = edition_split(ToU32(e.label));
      if (edition.empty() || rest.size() < 2 || rest.size() > 3 || ToU32(e.label).find(edition) != 0) continue;
      int target = -1;
      bool several = false;
      for (size_t j = 0; j < events_.size(); ++j) {
        int other = event_entity_[j];
        if (other == event_entity_[i]) continue;
        const Entity& o = out_.entities[static_cast<size_t>(other)];
        auto [oe, orest] = edition_split(ToU32(o.label));
        if (oe != edition || orest.size() <= rest.size() || !orest.ends_with(rest)) continue;
        if (target >= 0 && target != other) several = true;
        target = other;
      }
      if (target < 0 || several) continue;
      merge_event(event_entity_[i], target);
    }
  }
  // The year an event hit's name gives: written as a date (2026年) or bare at its start or, after a space, its end.
  auto name_year_of = [&](size_t i) {
    int name_year = 0;
    std::u32string n = ToU32(events_[i].name);
    for (const auto& d : FindDates(n, 0, n.size()))
      if (d.has_year) name_year = d.date.year;
    // A bare year at the start of the name ("2025釜山國際搖滾音樂節") or, after a space, at the end of an English one
    // ("Manzini Trade Fair 2027").
    if (name_year == 0) name_year = YearOpening(n);
    if (name_year == 0 && n.size() > 6 && n[n.size() - 5] == U' ') name_year = BareYear(std::u32string_view(n).substr(n.size() - 4));
    return name_year;
  };
  // 「2026薩利希海原住民族藝術節」 in the report and the 2026 Salish Sea Indigenous Arts Festival in the English letter it
  // copies: one event named once in each language, where the report names, in that year, no other of that kind (a
  // festival: 節, 祭; a forum: 論壇; …) in Chinese and none in an English sentence. (Not an English name inside a
  // Chinese sentence, 出席「Smart City Expo 2026」: the name the report itself gives that event.)
  {
    struct KindWords {
      std::initializer_list<std::u32string_view> en, zh;
    };
    static const KindWords kKinds[] = {
        {{U"festival"}, {U"節", U"祭"}},
        {{U"forum"}, {U"論壇"}},
        {{U"summit"}, {U"峰會"}},
        {{U"conference", U"congress", U"assembly", U"convention", U"symposium"}, {U"會議", U"大會", U"研討會", U"年會"}},
        {{U"expo", U"exhibition", U"fair", U"show"}, {U"展", U"博覽會", U"展覽會", U"交易會"}},
        {{U"week"}, {U"週"}},
        {{U"carnival"}, {U"嘉年華"}},
        {{U"games"}, {U"運動會"}},
        {{U"marathon"}, {U"馬拉松"}},
    };
    // Per year and kind: the Chinese-named entities, and the English-named ones mentioned in an English sentence.
    std::map<std::pair<int, size_t>, std::pair<std::set<int>, std::set<int>>> named;
    for (size_t i = 0; i < events_.size(); ++i) {
      const int ent = event_entity_[i];
      const Entity& ev = out_.entities[static_cast<size_t>(ent)];
      if (ev.key.ends_with("#merged")) continue;
      const std::u32string label = Gazetteer::Fold(ToU32(ev.label));
      const int year = name_year_of(i);
      if (year == 0) continue;
      const bool han = std::any_of(label.begin(), label.end(), IsHan);
      const Span s = sentences_[events_[i].sentence];
      const bool english_sentence = !han && std::none_of(nt_.folded.begin() + s.begin, nt_.folded.begin() + s.end, IsHan);
      std::u32string stem = label;
      if (!han && stem.size() > 5 && stem[stem.size() - 5] == U' ') stem.resize(stem.size() - 5);
      for (size_t k = 0; k < std::size(kKinds); ++k) {
        bool kind = false;
        for (std::u32string_view w : han ? kKinds[k].zh : kKinds[k].en)
          kind = kind || (stem.ends_with(w) && (han || stem.size() == w.size() || stem[stem.size() - w.size() - 1] == U' '));
        if (!kind) continue;
        auto& [zh, en] = named[{year, k}];
        if (han) zh.insert(ent);
        // (An English name the report writes in a Chinese sentence counts against the match, as its own.)
        else if (english_sentence) en.insert(ent);
        else zh.insert(-1 - ent);
      }
    }
    for (const auto& [year_kind, names] : named) {
      const auto& [zh, en] = names;
      if (zh.size() == 1 && en.size() == 1 && *zh.begin() >= 0 && *en.begin() != *zh.begin() &&
          !out_.entities[static_cast<size_t>(*en.begin())].key.ends_with("#merged") &&
          !out_.entities[static_cast<size_t>(*zh.begin())].key.ends_with("#merged"))
        merge_event(*en.begin(), *zh.begin());
    }
  }
  // Date of each event. First a date written where the text names it: in the sentence, on the heading line right
  // before it (三、8月13日論壇), or 今(18)日 in a press release (the release's date). Only then, for an event the report
  // is about (named in its title or with a verb of attending) and held during the trip: the trip's month, since the
  // day is not written; else the year its name gives.
  // The month of the trip the event's own sentence dates (於11月4日至6日赴泗水出席「…」): where nothing dates the event
  // itself, its month (not the report's trip's: a newsletter reports several trips).
  // Two passes: first the dates written in each mention's own sentence (an itinerary's row 2025.09.27⇥釜山⇥參加「…」),
  // then, for an event none dates so, the sentences around its mentions.
  for (int pass = 0; pass < 2; ++pass)
  for (size_t i = 0; i < events_.size(); ++i) {
    Entity& ev = out_.entities[static_cast<size_t>(event_entity_[i])];
    if (ev.date.valid()) continue;
    int name_year = name_year_of(i);
    uint32_t si = events_[i].sentence;
    std::vector<Span> where = {sentences_[si]};
    if (si > 0 && sentences_[si - 1].size() <= 20) where.push_back(sentences_[si - 1]);
    // (In English, a sentence opening with a part of the day the text dated before — In the afternoon, the visitors …
    // attended the opening of …: the sentences before it, nearest first, up to four.)
    {
      std::u32string_view opening(nt_.folded.data() + sentences_[si].begin, sentences_[si].size());
      opening.remove_prefix(std::min(opening.size(), opening.find_first_not_of(U" \n")));
      if (ContainsAny(opening.substr(0, 20), {U"in the afternoon,", U"in the evening,", U"in the morning,", U"that afternoon,",
                                              U"that evening,", U"later that day,"}) &&
          FindDates(nt_.text, sentences_[si].begin, sentences_[si].end).empty())
        for (uint32_t k = si, taken = 0; k-- > 0 && taken < 4;) {
          const std::u32string_view text(nt_.folded.data() + sentences_[k].begin, sentences_[k].size());
          if (text.find_first_not_of(U" \n") == std::u32string_view::npos) continue;  // (a blank line between paragraphs)
          where.push_back(sentences_[k]);
          ++taken;
        }
    }
    // (A mention in a clause inviting to it, 函館市邀請本市派團出席「…」, 並邀請X市長出席「…」: the dates of the
    // clauses before it and the day the text is on are the invitation's, not the event's — not 應X邀請出席「…」, at the
    // invitation, which is going.)
    uint32_t invite_clause = UINT32_MAX;
    {
      const Span s = sentences_[si];
      std::u32string_view before(nt_.folded.data() + s.begin, events_[i].span.begin - s.begin);
      const size_t clause = before.find_last_of(U",，;；");
      const std::u32string_view own = clause == std::u32string_view::npos ? before : before.substr(clause + 1);
      const size_t invite = own.find(U"邀請");
      if (invite != std::u32string_view::npos && own.substr(0, invite).find_first_of(U"應受") == std::u32string_view::npos &&
          ContainsAny(own.substr(invite), {U"出席", U"參加", U"參與"}))
        invite_clause = s.begin + static_cast<uint32_t>(clause == std::u32string_view::npos ? 0 : clause + 1);
    }
    const bool invited = invite_clause != UINT32_MAX;
    // 邀請…明年出席「…」, 明年於本市舉辦之「…」: next year's (or, after 去年, last year's) edition, where no date is
    // written between that word and the name (明年3月 is a date); before any other date of the sentence or heading.
    if (DefaultDate().valid() && name_year == 0) {
      uint32_t from = std::max(sentences_[si].begin, events_[i].span.begin > 16 ? events_[i].span.begin - 16 : 0u);
      std::u32string_view before(nt_.folded.data() + from, events_[i].span.begin - from);
      size_t next = before.rfind(U"明年"), last = before.rfind(U"去年");
      size_t word = next != std::u32string_view::npos ? next : last;
      if (word != std::u32string_view::npos &&
          FindDates(nt_.text, from + static_cast<uint32_t>(word), events_[i].span.begin, /*month_alone=*/true).empty())
        ev.date = Date{DefaultDate().year + (next != std::u32string_view::npos ? 1 : -1), 0, 0};
      // (Or this year's, where it is still to come — 卡托維茲今年將主辦歐洲經濟大會 — and the sentence writes no date at all;
      // not 今年是…舉辦「神品至寶展」第10週年.)
      if (!ev.date.valid() && word == std::u32string_view::npos)
        if (size_t now = before.rfind(U"今年"); now != std::u32string_view::npos && before.find(U'將', now) != std::u32string_view::npos &&
                                                FindDates(nt_.text, sentences_[si].begin, sentences_[si].end, true).empty())
          ev.date = Date{DefaultDate().year, 0, 0};
      // (去（2025）年第17屆論壇: last year, its number written in the parentheses.)
      if (!ev.date.valid())
        if (size_t at = before.rfind(U"去("); at != std::u32string_view::npos && at + 8 <= before.size() && before[at + 6] == U')' &&
                                               before[at + 7] == U'年') {
          int year = 0;
          for (size_t k = at + 2; k < at + 6 && year >= 0; ++k)
            year = before[k] >= U'0' && before[k] <= U'9' ? year * 10 + static_cast<int>(before[k] - U'0') : -1;
          if (year > 1900 && FindDates(nt_.text, from + static_cast<uint32_t>(at + 8), events_[i].span.begin, true).empty())
            ev.date = Date{year, 0, 0};
        }
      if (ev.date.valid()) continue;
    }
    // 邀請本市參加2027年於波昂舉行之「ICLEI世界大會」: an event the clause invites to is dated by the year written between
    // the invitation and its name, not by the day of the meeting that invited.
    {
      const Span s = sentences_[si];
      std::u32string_view before(nt_.folded.data() + s.begin, events_[i].span.begin - s.begin);
      if (const size_t clause = before.find_last_of(U",，;；"); clause != std::u32string_view::npos) before.remove_prefix(clause + 1);
      const size_t invite = before.find(U"邀請");
      if (invite != std::u32string_view::npos && before.find(U"應") == std::u32string_view::npos) {
        const uint32_t from = events_[i].span.begin - static_cast<uint32_t>(before.size() - invite);
        for (const auto& d : FindDates(nt_.text, from, events_[i].span.begin))
          if (d.has_year && d.date.month == 0) {
            ev.date = Date{d.date.year, 0, 0};
            break;
          }
        if (ev.date.valid()) continue;
      }
    }
    // 第12屆大會將於2028年在市川市舉辦: the date a clause right after the name says it will be held on (a year alone too),
    // not the sentence's earlier date (the closing's, which announced it).
    {
      const std::u32string& f = nt_.folded;
      uint32_t q = events_[i].span.end;
      if (q < f.size() && (f[q] == U'」' || f[q] == U'』')) ++q;
      const uint32_t end = std::min<uint32_t>(sentences_[si].end, q + 14);
      std::u32string_view after(f.data() + q, end - q);
      for (std::u32string_view w : {std::u32string_view(U"將於"), std::u32string_view(U"預定於"), std::u32string_view(U"預計於"),
                                    std::u32string_view(U"訂於")})
        if (after.starts_with(w)) {
          auto dates = FindDates(nt_.text, q + w.size(), end);
          if (!dates.empty() && dates[0].span.begin == q + w.size() && dates[0].has_year) {
            ev.date = dates[0].date;
            ev.end_date = dates[0].range_end;
          }
          break;
        }
      if (ev.date.valid()) continue;
      // (In English, the month right after the name: to attend the 2026 Takamatsu Autumn Festival in November — of the
      // name's year; else of the text's, or, where the sentence looks ahead (invited, will, next), the next such month.)
      // (Also past the place it is held in: the 2027 Dinagyang Festival in Iloilo City in January.)
      auto month_at = [&](uint32_t r) {
        return std::any_of(std::begin(kEnglishMonths), std::end(kEnglishMonths), [&](std::u32string_view m) { return f.compare(r, m.size(), m) == 0; });
      };
      // (Or past a relative clause on who hosts it: the 2027 …Forum, which Iloilo City will host in September 2027.)
      if (f.compare(q, 8, U", which ") == 0) {
        const std::u32string_view clause(f.data() + q, std::min<uint32_t>(sentences_[si].end - q, 60));
        for (std::u32string_view w : {U" will host", U" hosts", U" is hosting", U" will be hosting"})
          if (const size_t v = clause.find(w); v != std::u32string_view::npos && clause.substr(0, v).find(U',', 1) == std::u32string_view::npos) {
            q += static_cast<uint32_t>(v + w.size());
            break;
          }
      }
      if (f.compare(q, 4, U" in ") == 0) {
        const std::u32string& t = nt_.text;
        const uint32_t end_of_sentence = sentences_[si].end;
        // (Up to three capitalized words of the place, then " in " again.)
        for (uint32_t r = q + 4, words = 0; words < 3 && r < end_of_sentence && t[r] >= U'A' && t[r] <= U'Z' && !month_at(r); ++words) {
          while (r < end_of_sentence && IsLatinLetter(t[r])) ++r;
          if (f.compare(r, 4, U" in ") == 0) {
            q = r;
            break;
          }
          if (r + 1 >= end_of_sentence || t[r] != U' ') break;
          ++r;
        }
      }
      if (f.compare(q, 4, U" in ") == 0 && DefaultDate().valid())
        for (int m = 0; m < 12; ++m) {
          const std::u32string_view month = kEnglishMonths[m];
          const size_t e = q + 4 + month.size();
          // (Its year after it, where it is the name's: in September 2027.)
          auto digit = [](char32_t c) { return c >= U'0' && c <= U'9'; };
          const bool year_after = e + 5 <= f.size() && f[e] == U' ' && std::all_of(f.begin() + e + 1, f.begin() + e + 5, digit) &&
                                  (e + 5 == f.size() || !digit(f[e + 5]));
          if (f.compare(q + 4, month.size(), month) != 0 ||
              (e < f.size() && (IsLatinLetter(f[e]) || (f[e] == U' ' && e + 1 < f.size() && f[e + 1] >= U'0' && f[e + 1] <= U'9' && !year_after))))
            continue;
          const int written_year = year_after ? std::stoi(ToUtf8(f.substr(e + 1, 4))) : 0;
          if (year_after && name_year != 0 && written_year != name_year) break;
          const bool ahead = ContainsAny(std::u32string_view(f.data() + sentences_[si].begin, sentences_[si].size()),
                                         {U" invited ", U" invites ", U" will ", U" next "});
          int year = written_year ? written_year : name_year;
          if (year == 0) year = DefaultDate().year + (ahead && m + 1 < DefaultDate().month ? 1 : 0);
          ev.date = Date{year, m + 1, 0};
          break;
        }
      if (ev.date.valid()) continue;
    }
    for (const Span& s : where) {
      // The date nearest the name (於本年1月間拜會…，邀請…參加本年2月24日至28日在以色列舉行之…: the second).
      uint32_t best_distance = UINT32_MAX, best_end = 0;
      for (const auto& d : FindDates(nt_.text, s.begin, s.end, /*month_alone=*/true)) {
        if (d.span.begin >= events_[i].span.begin && d.span.end <= events_[i].span.end) continue;
        if (invited && d.span.end <= invite_clause) continue;
        // 每年10月舉辦: when it is held every year, not this edition's date.
        if (d.span.begin >= 2 && nt_.folded.compare(d.span.begin - 2, 2, U"每年") == 0) continue;
        // (Nor another event's, written right after its name: 2026年LUCI年會於12月4日至6日在里昂舉行，…並參訪里昂燈光節.)
        if (std::any_of(events_.begin(), events_.end(), [&](const EventHit& x) {
              if (x.name == events_[i].name || x.span.end > d.span.begin || d.span.begin - x.span.end > 3) return false;
              const std::u32string_view gap(nt_.folded.data() + x.span.end, d.span.begin - x.span.end);
              return gap.find_first_not_of(U"」』 於在將訂自") == std::u32string_view::npos;
            }))
          continue;
        // (Nor another event's, written right before its name with the verb of holding it: 參加「2026阿德雷德藝穗節」…，
        // 並推廣本年10月舉辦之「2026苗栗國際假面藝術節」.)
        if (std::any_of(events_.begin(), events_.end(), [&](const EventHit& x) {
              if (x.name == events_[i].name || x.span.begin < d.span.end || x.span.begin - d.span.end > 5) return false;
              std::u32string_view gap(nt_.folded.data() + d.span.end, x.span.begin - d.span.end);
              while (!gap.empty() && (gap.back() == U'「' || gap.back() == U'『')) gap.remove_suffix(1);
              for (std::u32string_view w : {U"間", U"份", U"中", U"底", U"初", U"將"})
                if (gap.starts_with(w)) gap.remove_prefix(w.size());
              for (std::u32string_view w : {U"舉辦之", U"舉辦的", U"舉行之", U"舉行的", U"登場之", U"登場的", U"開幕之", U"開幕的"})
                if (gap == w) return true;
              // (Or the verb of holding or attending it: 出席「2026函館港祭」…，並於8月3日辦理「2026高雄觀光推介會」.)
              if (d.span.begin > events_[i].span.end)
                for (std::u32string_view w : {U"辦理", U"舉辦", U"舉行", U"主辦", U"出席", U"參加"})
                  if (gap == w) return true;
              return false;
            }))
          continue;
        // (Nor the date of a letter inviting to it: 觀光公社於本年8月來函，邀請本府派員出席…; 於9月初函邀.)
        {
          uint32_t q = d.span.end;
          while (q < s.end && std::u32string_view(U"間份中底初旬上下 ").find(nt_.folded[q]) != std::u32string_view::npos) ++q;
          if (ContainsAny(std::u32string_view(nt_.folded.data() + q, std::min<size_t>(2, s.end - q)),
                          {U"來函", U"函邀", U"函請", U"致函", U"發函", U"去函", U"來信", U"邀請", U"寄發"}))
            continue;
        }
        // (Nor the day of another errand a later clause tells: 參加「…」，…，並於3月6日拜會波茨坦市政府.)
        if (d.span.begin >= events_[i].span.end) {
          uint32_t q = d.span.end;
          for (std::u32string_view w : {U"上午", U"下午", U"晚間", U"中午"})
            if (nt_.folded.compare(q, w.size(), w) == 0) q += static_cast<uint32_t>(w.size());
          if (ContainsAny(std::u32string_view(nt_.folded.data() + q, std::min<size_t>(2, s.end - q)),
                          {U"拜會", U"拜訪", U"參訪", U"參觀", U"訪問", U"會見", U"前往"}))
            continue;
        }
        // (Nor, in English, the day of what another subject does with it, in a clause after its name: the 2026 Taichung
        // Flora Expo, which Governor X will visit on October 15 — not "which opens on".)
        if (d.span.begin >= events_[i].span.end) {
          const std::u32string_view between(nt_.text.data() + events_[i].span.end, d.span.begin - events_[i].span.end);
          if (between.starts_with(U", which ") && between.size() > 8 && between[8] >= U'A' && between[8] <= U'Z') continue;
        }
        // (Nor a document's dated field: 發布日期：2026年5月8日 on the line before.)
        {
          uint32_t b = d.span.begin;
          while (b > s.begin && nt_.folded[b - 1] == U' ') --b;
          if (b >= s.begin + 3 && nt_.folded[b - 1] == U':' && nt_.folded.compare(b - 3, 2, U"日期") == 0) continue;
        }
        Date dd = d.date;
        // A date without its year is in the report's year: not the date of an edition its name puts in another
        // (11月6日…邀請…出席明年之「2027…藝術節」).
        // (But a table row's month cell before the name's is the edition's month: 3月⇥2027東京國際旅展⇥東京都.)
        const std::u32string_view gap = d.span.end <= events_[i].span.begin
                                            ? std::u32string_view(nt_.folded.data() + d.span.end, events_[i].span.begin - d.span.end)
                                            : std::u32string_view();
        const bool row_cell = gap.find(U'\t') != std::u32string_view::npos &&
                              gap.find_first_not_of(U" \t") == std::u32string_view::npos;
        if (!d.has_year && name_year && DefaultDate().valid() && name_year != DefaultDate().year + d.year_offset && !row_cell)
          continue;
        if (!d.has_year) dd.year = name_year ? name_year : DefaultDate().year + d.year_offset;
        // The trip's own span (率團於9/14至9/18赴…，並出席「…」, 於11月2日至5日訪問X，出席「…」): when the delegation
        // went, not when the event was.
        // (The date of a verb of travelling: not 論壇於7月3日至5日舉行, which the trip spans too. Or of visitors coming:
        // 市長率團於7月3日至6日來訪，並出席本縣主辦之「…」.)
        std::u32string_view written_date(nt_.folded.data() + d.span.begin, d.span.size());
        const bool range = d.range_end.valid() || written_date.find_first_of(U"至~～") != std::u32string_view::npos;
        if (range && d.span.end < events_[i].span.begin &&
            ContainsAny(std::u32string_view(nt_.folded.data() + d.span.end, std::min<size_t>(3, s.end - d.span.end)),
                        {U"赴", U"前往", U"出訪", U"出國", U"訪問", U"來訪", U"訪臺", U"訪台"})) {
          if (dd.valid() && dd.month > 0 && s.begin == sentences_[si].begin) events_[i].trip = Date{dd.year, dd.month, 0};
          continue;
        }
        if (dd.valid() && dd.month > 0 && (name_year == 0 || dd.year == name_year)) {
          uint32_t distance = d.span.end <= events_[i].span.begin ? events_[i].span.begin - d.span.end
                                                                   : d.span.begin - std::min(d.span.begin, events_[i].span.end);
          // (A date in a later clause is another thing's: 出席11月3日至5日舉行之「…」，並於11月4日擔任講者.)
          if (d.span.begin >= events_[i].span.end &&
              std::u32string_view(nt_.folded.data() + events_[i].span.end, d.span.begin - events_[i].span.end)
                      .find_first_of(U",，;；") != std::u32string_view::npos)
            distance += 1000;
          if (distance >= best_distance) continue;
          best_distance = distance;
          best_end = d.span.end <= events_[i].span.begin && d.date.day > 0 && !d.range_end.valid() ? d.span.end : 0;
          ev.date = dd;
          ev.end_date = Date{};
          if (d.range_end.valid()) {
            ev.end_date = d.range_end;
            if (!ev.end_date.valid() || ev.end_date.year == 0) ev.end_date.year = dd.year;
          }
        }
      }
      // (A day written alone after that date, nearer the name: 於10月30日赴沖繩縣，31日出席…舉行之「…」 — the 31st.)
      if (best_end > 0 && ev.date.valid() && ev.date.day > 0 && !ev.end_date.valid()) {
        uint32_t at = 0, end = 0;
        for (uint32_t k = best_end; const int day = FirstDayAlone(nt_.folded, k, events_[i].span.begin, &at, &end); k = end) {
          const Date d = DayAfter(ev.date, day, out_.meta.trip_start, out_.meta.trip_end);
          if (d.valid() && (name_year == 0 || d.year == name_year)) ev.date = d;
        }
      }
      if (ev.date.valid()) break;
    }
    if (pass == 0) continue;
    // (In a table of trips, a row whose cell gives its trip's days is dated by them, below — the sentences around it are
    // other rows' cells.)
    if (RowTripStart(events_[i].span.begin).valid()) continue;
    // 「…交流會議」，首屆會議於2027年由乙方主辦; 下屆年會將於2028年在釜山舉行: a year alone after the name, then a verb of
    // holding in its clause, dates an edition the name gives no year.
    if (!ev.date.valid() && name_year == 0) {
      const Span s = sentences_[si];
      for (const auto& d : FindDates(nt_.text, s.begin, s.end)) {
        if (!d.has_year || d.date.month > 0 || d.span.begin < events_[i].span.end) continue;
        size_t clause_end = std::min<size_t>(nt_.folded.find_first_of(U",，。;；", d.span.end), s.end);
        std::u32string_view rest(nt_.folded.data() + d.span.end, clause_end - d.span.end);
        if (rest.size() <= 16 && ContainsAny(rest, {U"主辦", U"舉辦", U"舉行", U"召開"})) {
          ev.date = Date{d.date.year, 0, 0};
          break;
        }
      }
    }
    // A form's field naming it (一、會議名稱：…) and a field of the lines after it dating it (二、會議日期：2026年10月21日
    // 至22日; 活動時間：…).
    if (!ev.date.valid()) {
      std::u32string_view lead(nt_.folded.data() + sentences_[si].begin, events_[i].span.begin - sentences_[si].begin);
      while (!lead.empty() && (lead.back() == U' ' || lead.back() == U'「')) lead.remove_suffix(1);
      if (lead.ends_with(U"名稱:"))
        for (uint32_t k = si + 1; k < sentences_.size() && k <= si + 6 && !ev.date.valid(); ++k) {
          std::u32string_view text(nt_.folded.data() + sentences_[k].begin, sentences_[k].size());
          size_t field = text.find(U"日期:");
          if (field == std::u32string_view::npos) field = text.find(U"時間:");
          if (field == std::u32string_view::npos || field > 12) continue;
          for (const auto& d : FindDates(nt_.text, sentences_[k].begin + static_cast<uint32_t>(field), sentences_[k].end)) {
            if (d.date.month == 0) continue;
            Date dd = d.date;
            if (!d.has_year) dd.year = name_year ? name_year : DefaultDate().year + d.year_offset;
            if (name_year != 0 && dd.year != name_year) break;
            ev.date = dd;
            ev.end_date = Date{};
            if (d.range_end.valid()) {
              ev.end_date = d.range_end;
              if (ev.end_date.year == 0) ev.end_date.year = dd.year;
            }
            break;
          }
          break;
        }
    }
    if (invited) continue;  // (the days around are the invitation's)
    // (A week grid's cell: the day heading its column.)
    if (!ev.date.valid() || ev.date.day == 0)
      if (const Date column = ColumnDate(events_[i].span.begin);
          column.valid() && (name_year == 0 || column.year == name_year) &&
          (!ev.date.valid() || (ev.date.year == column.year && ev.date.month == column.month)))
        ev.date = column;
    // 18日黃市長出席「…」: a day alone opening the sentence, in the month the text last named with a day on or before it
    // (…於11月16日至19日訪問日本…). (Also the day of a date read with its month only, in that month: 11日上午參訪…；晚間
    // 出席「…」, the semicolon's part naming no day.)
    if (!ev.date.valid() || ev.date.day == 0) {
      const Date month_only = ev.date;
      const std::u32string& f = nt_.folded;
      // (The sentence a semicolon goes on from opens it: 11日上午…；晚間出席「…」.)
      uint32_t open = si;
      while (open > 0 && si - open < 3 && sentences_[open - 1].end == sentences_[open].begin &&
             (f[sentences_[open].begin - 1] == U'；' || f[sentences_[open].begin - 1] == U';'))
        --open;
      uint32_t q = sentences_[open].begin;
      int day = 0;
      while (q < events_[i].span.begin && f[q] >= U'0' && f[q] <= U'9' && day < 100) day = day * 10 + static_cast<int>(f[q++] - U'0');
      // (The last date named decides.)
      if (day >= 1 && day <= 31 && q > sentences_[open].begin && q < events_[i].span.begin && f[q] == U'日')
        if (const Date last = LastFullDateBefore(open, 16); last.valid()) {
          const Date dd{last.year, last.month, day};
          if (day >= last.day && (name_year == 0 || dd.year == name_year) &&
              (!month_only.valid() || (month_only.year == dd.year && month_only.month == dd.month)))
            ev.date = dd;
        }
    }
    // A sentence that goes on from the one before (隨後使節團…出席「…」開幕典禮; 下午…): that day, the last full date
    // of the two sentences before (…今(5)日訪問高雄).
    if (!ev.date.valid() && GoesOnFromBefore(si))
      for (uint32_t k = si; !ev.date.valid() && k > 0 && si - k < 2;) {
        --k;
        auto dates = FindDates(nt_.text, sentences_[k].begin, sentences_[k].end);
        for (auto d = dates.rbegin(); d != dates.rend(); ++d) {
          if (d->date.month == 0 || d->date.day == 0) continue;
          Date dd = d->date;
          // (A day without its year is in the report's: not next year's edition the name says, 邀請…出席明年「2027…燈會」
          // under 12月6日's heading.)
          if (!d->has_year) dd.year = DefaultDate().year + d->year_offset;
          if (name_year == 0 || dd.year == name_year) ev.date = dd;
          break;
        }
      }
    // An itinerary: the day's date on a line of its own a few lines before (3月12日（四）⏎10:00 …⏎14:00 出席「…」開幕式;
    // a diary's 第三天　11月11日（星期三）).
    for (uint32_t k = si; !ev.date.valid() && k > 0 && si - k < 8;) {
      --k;
      Span line = sentences_[k];
      if (line.size() > 16) continue;
      for (const auto& d : FindDates(nt_.text, line.begin, line.end)) {
        if (d.date.month == 0 || d.date.day == 0) continue;
        std::u32string rest = nt_.folded.substr(line.begin, d.span.begin - line.begin) +
                              nt_.folded.substr(d.span.end, line.end - d.span.end);
        bool alone = std::all_of(rest.begin(), rest.end(), [](char32_t c) {
          return std::u32string_view(U" \t\n()（）一二三四五六七八九十第天日週星期月火水木金土‧•●■◎▪-").find(c) != std::u32string_view::npos;
        });
        if (!alone) continue;
        Date dd = d.date;
        if (!d.has_year) dd.year = DefaultDate().year + d.year_offset;  // the day of the trip, in the report's year
        if (dd.valid() && (name_year == 0 || dd.year == name_year)) ev.date = dd;
        break;
      }
    }
    // (Or a day the itinerary numbers, 第三天：…出席「…」開幕式, counted from the trip's first.)
    if (!ev.date.valid() || ev.date.day == 0)
      if (const Date day = TripDayDate(events_[i].span.begin);
          day.valid() && (name_year == 0 || day.year == name_year) &&
          (!ev.date.valid() || (ev.date.year == day.year && ev.date.month == day.month)))
        ev.date = day;
    Date released = DefaultDate();
    if (!ev.date.valid() && released.valid() && released.day > 0 && (name_year == 0 || name_year == released.year)) {
      auto says_today = [&](uint32_t k) {
        std::u32string_view text(nt_.folded.data() + sentences_[k].begin, sentences_[k].size());
        bool today = text.find(U"今日") != std::u32string_view::npos || text.find(U"今天") != std::u32string_view::npos;
        for (size_t at = text.find(U"今("); at != std::u32string_view::npos && !today; at = text.find(U"今(", at + 1)) {
          size_t close = text.find(U")", at);
          today = close != std::u32string_view::npos && close + 1 < text.size() && text[close + 1] == U'日';
        }
        return today;
      };
      // (昨(21)日, 昨日: the day before the release's, in its month; 明(7)日, 明日, 明天: the day after.)
      auto next_to = [&](uint32_t k, char32_t word) {
        std::u32string_view text(nt_.folded.data() + sentences_[k].begin, sentences_[k].size());
        const int step = word == U'昨' ? -1 : 1;
        int day = 0;
        // (Not inside a person's name: 商明天副縣長.)
        auto in_name = [&](size_t at) {
          const uint32_t pos = sentences_[k].begin + static_cast<uint32_t>(at);
          return std::any_of(persons_.begin(), persons_.end(), [&](const PersonHit& m) { return m.name.begin <= pos && pos < m.name.end; });
        };
        // (And followed by what a day is followed by: 明天上午, 明日將, 昨日出席 — not 明天副縣長, a name.)
        for (const std::u32string& w : {std::u32string{word, U'日'}, std::u32string{word, U'天'}})
          for (size_t at = text.find(w); at != std::u32string_view::npos && day == 0; at = text.find(w, at + 1))
            if (!in_name(at) && !in_name(at + 1) && at + 2 < text.size() &&
                std::u32string_view(U"將上下中晚早起出參前赴至於在即也亦,，").find(text[at + 2]) != std::u32string_view::npos)
              day = released.day + step;
        const std::u32string open{word, U'('};
        // (Not the day of a later clause going on with another act: 參加「2026清邁水燈節」…，並於昨(11)日與…簽署.)
        auto later_act = [&](size_t at) {
          const uint32_t pos = sentences_[k].begin + static_cast<uint32_t>(at);
          if (k != events_[i].sentence || pos < events_[i].span.end) return false;
          const std::u32string_view between(nt_.folded.data() + events_[i].span.end, pos - events_[i].span.end);
          const size_t comma = between.find_last_of(U",，;；");
          return comma != std::u32string_view::npos && between.substr(comma + 1).starts_with(U"並");
        };
        for (size_t at = text.find(open); at != std::u32string_view::npos && day == 0; at = text.find(open, at + 1)) {
          size_t close = text.find(U")", at);
          if (close == std::u32string_view::npos || close > at + 4 || close + 1 >= text.size() || text[close + 1] != U'日' ||
              later_act(at))
            continue;
          int n = 0;
          for (size_t x = at + 2; x < close && n >= 0; ++x) n = text[x] >= U'0' && text[x] <= U'9' ? n * 10 + static_cast<int>(text[x] - U'0') : -1;
          if (n > 0) day = n;
        }
        // (Or the day alone, in the release's month, before what a day is followed by: 訪團16日將赴臺北出席 in a release
        // of the 15th, 12日出席 in one of the 14th.)
        // (Not a range's end or a list's item, 11月17日至19日赴…, nor in a sentence that writes its dates with months.)
        bool months = day != 0;
        if (!months) {
          const auto written = FindDates(nt_.text, sentences_[k].begin, sentences_[k].end);
          months = std::any_of(written.begin(), written.end(), [](const auto& d) { return d.date.month > 0; });
        }
        for (size_t at = text.find(U'日'); !months && at != std::u32string_view::npos && day == 0; at = text.find(U'日', at + 1)) {
          size_t b = at;
          while (b > 0 && at - b < 2 && text[b - 1] >= U'0' && text[b - 1] <= U'9') --b;
          // (Or in parentheses after a weekday or a day's word: 下週一(23日)將出席, 後天(20日)將出席.)
          const bool weekday = b >= 3 && text[b - 1] == U'(' &&
                               ((std::u32string_view(U"一二三四五六日天").find(text[b - 2]) != std::u32string_view::npos &&
                                 (text[b - 3] == U'週' || text[b - 3] == U'周' || text[b - 3] == U'期')) ||
                                text.substr(b - 3, 2) == U"後天" || text.substr(b - 3, 2) == U"後日");
          const size_t next = weekday && at + 1 < text.size() && text[at + 1] == U')' ? at + 2 : at + 1;
          if (b == at || (b > 0 && !weekday && std::u32string_view(U"月/(至到~-、及0123456789").find(text[b - 1]) != std::u32string_view::npos) ||
              next >= text.size() || std::u32string_view(U"將上下中晚早起出參前赴至於在即").find(text[next]) == std::u32string_view::npos)
            continue;
          int n = 0;
          for (size_t x = b; x < at; ++x) n = n * 10 + static_cast<int>(text[x] - U'0');
          if (step < 0 ? n < released.day : n > released.day) day = n;
        }
        Date d;
        if (day >= 1 && day <= 31 && (step < 0 ? day < released.day : day > released.day)) {
          d = released;
          d.day = day;
        }
        return d;
      };
      bool today = says_today(si);
      if (!today)
        if (Date d = next_to(si, U'昨'); d.valid()) ev.date = d;
      if (!today && !ev.date.valid())
        if (Date d = next_to(si, U'明'); d.valid()) ev.date = d;
      // (Or a sentence going on from an earlier one that does, with no other date between: …今(5)日訪問高雄…。
      // 隨後使節團出席「…」.)
      // (A time of day alone, 下午…。晚間訪團出席「…」, is the day last named, however many sentences of talk between: up
      // to ten back, to the first that writes a date.)
      const std::u32string_view opening = Opening(sentences_[si]);
      const bool time_of_day = ContainsAny(opening.substr(0, 2), {U"下午", U"晚間", U"晚上", U"傍晚", U"中午"});
      if (!today && !ev.date.valid() && GoesOnFromBefore(si))
        for (uint32_t k = si, seen = 0; !today && k > 0 && seen < (time_of_day ? 10u : 4u);) {
          --k;
          std::u32string_view line(nt_.folded.data() + sentences_[k].begin, sentences_[k].size());
          if (line.find_first_not_of(U" \n") == std::u32string_view::npos) continue;  // (a blank line)
          ++seen;
          today = says_today(k);
          if (!today && !FindDates(nt_.text, sentences_[k].begin, sentences_[k].end).empty()) break;
        }
      if (today) ev.date = released;
    }
  }
  // The report's own event opens on the day a dated line of the report, or a sentence's first clause, says it
  // opened (一、5月12日開幕式; 9月8日上午執行委員會議開幕，…).
  Date opening;
  for (const Span& sentence : sentences_) {
    std::u32string_view whole(nt_.folded.data() + sentence.begin, sentence.size());
    // (A day alone opening the sentence, the time of day, then the opening: 6日晚間開幕式由…主持 — in the month of the
    // last full date written before it, 6月6日至9日赴….)
    // (Or the clause after one that says where it was held: 比賽於…廣場舉行，22日開賽儀式由…主持 — a contest's start too.)
    {
      std::u32string_view text = whole.substr(std::min(whole.size(), whole.find_first_not_of(U" \n")));
      if (const size_t held = text.substr(0, 32).find(U','); held != std::u32string_view::npos && held >= 4 &&
                                                         text.substr(0, held).ends_with(U"舉行") && !(text[0] >= U'0' && text[0] <= U'9'))
        text.remove_prefix(held + 1);
      size_t q = 0;
      int day = 0;
      while (q < text.size() && q < 2 && text[q] >= U'0' && text[q] <= U'9') day = day * 10 + static_cast<int>(text[q++] - U'0');
      if (q > 0 && q < text.size() && text[q] == U'日' && day >= 1 && day <= 31) {
        std::u32string_view rest = PastTimeOfDay(text.substr(q + 1));
        if (rest.starts_with(U"開幕") || rest.starts_with(U"開賽")) {
          const Date last = LastFullDateBefore(static_cast<uint32_t>(&sentence - sentences_.data()), 8);
          if (last.valid() && day >= last.day) opening = Date{last.year, last.month, day};
          if (opening.valid()) break;
        }
        // (Or, after a comma, a clause that places what it tells at the opening of an event named before by the end of
        // its name, right after 於 or 在: 10日晚間，「…推廣團」於水燈節開幕活動中施放… — that day, as the sentence reads it.)
        if (rest.starts_with(U",") || rest.starts_with(U"，")) {
          std::u32string_view clause = rest.substr(1);
          clause = clause.substr(0, std::min(clause.size(), clause.find_first_of(U",，;；。")));
          const size_t open_at = clause.find(U"開幕");
          const size_t at = open_at == std::u32string_view::npos ? open_at : clause.substr(0, open_at).find_last_of(U"於在");
          const std::u32string_view what = at == std::u32string_view::npos ? std::u32string_view() : clause.substr(at + 1, open_at - at - 1);
          const bool names_event = what.size() >= 2 && std::any_of(events_.begin(), events_.end(), [&](const EventHit& e) {
            return e.span.begin < sentence.begin && std::u32string_view(nt_.folded.data() + e.span.begin, e.span.size()).ends_with(what);
          });
          if (names_event)
            if (const Date d = DateIn(sentence, true); d.valid() && d.day == day) {
              opening = d;
              break;
            }
        }
      }
    }
    // (Or one that opens with the kind's word of an event the text names, then 於, the day and where it opened:
    // 論壇於3月9日上午在曼哈頓教會中心開幕 — in its first clause.)
    {
      const size_t lead = std::min(whole.size(), whole.find_first_not_of(U" \n"));
      const std::u32string_view text = whole.substr(lead);
      for (std::u32string_view kind : detail::kEventKindWords) {
        if (!text.starts_with(kind) || text.substr(kind.size()).substr(0, 1) != U"於") continue;
        const std::u32string_view clause = text.substr(0, std::min(text.size(), text.find_first_of(U",，;；。")));
        const size_t open_at = clause.find(U"開幕");
        if (open_at == std::u32string_view::npos || clause.substr(open_at + 2).starts_with(U"後")) break;
        if (std::none_of(events_.begin(), events_.end(), [&](const EventHit& e) { return ToU32(e.name).ends_with(kind); })) break;
        const uint32_t at = sentence.begin + static_cast<uint32_t>(lead + kind.size() + 1);
        const auto dates = FindDates(nt_.text, at, sentence.begin + static_cast<uint32_t>(lead + open_at));
        if (dates.empty() || dates.front().span.begin != at || dates.front().date.month == 0 || dates.front().date.day == 0) break;
        const Date d = DateIn({at, dates.front().span.end}, true);
        if (d.valid()) opening = d;
        break;
      }
      if (opening.valid()) break;
    }
    size_t comma = whole.find_first_of(U",，;；");
    // A first clause that only dates the sentence (一、9月26日上午，訪團出席假面舞節開幕典禮): the next clause with it.
    // (Or the day and an arrival: （一）7月10日抵達安特衛普，晚間出席大會開幕典禮.)
    const bool arrival = comma != std::u32string_view::npos && comma <= 24 && NamesArrival(whole.substr(0, comma));
    if (comma != std::u32string_view::npos && (comma <= 12 || arrival) && whole.substr(0, comma).find(U"開幕") == std::u32string_view::npos &&
        !FindDates(nt_.text, sentence.begin, sentence.begin + static_cast<uint32_t>(comma)).empty()) {
      size_t next = whole.find_first_of(U",，;；", comma + 1);
      if (next != std::u32string_view::npos || whole.size() - comma <= 24) comma = next;
    }
    Span sp{sentence.begin, comma == std::u32string_view::npos ? sentence.end : sentence.begin + static_cast<uint32_t>(comma)};
    std::u32string_view line(nt_.folded.data() + sp.begin, sp.size());
    size_t open_at = line.find(U"開幕");
    if (open_at == std::u32string_view::npos) continue;
    // (Not what followed it: 10月3日出席影展開幕後之產業論壇 is the forum's day, not the festival's opening.)
    if (line.substr(open_at + 2).starts_with(U"後") || line.substr(open_at + 2).starts_with(U"之後")) continue;
    // (A short clause; or a longer one that opens with the day and the opening, what was done there after it: 10月13日
    // 開幕式由奧克蘭市長X（Matthew Hunt）致歡迎詞.)
    if (sp.size() > 36 && open_at > 16) continue;
    const uint32_t opens = sp.begin + static_cast<uint32_t>(open_at);
    auto dates = FindDates(nt_.text, sp.begin, sp.end);
    // (Or the day a heading of its own above gives, the sentence opening the day's text: 一、9月21日（星期二）⏎上午出席
    // 南特數位週開幕典禮.)
    if (std::none_of(dates.begin(), dates.end(), [&](const auto& d) { return d.span.end <= opens; })) {
      const std::u32string_view heading = HeadingAbove(sentence.begin);
      const auto head_begin = static_cast<uint32_t>(heading.data() - nt_.folded.data());
      const auto head_end = head_begin + static_cast<uint32_t>(heading.size());
      auto day = FindDates(nt_.text, head_begin, head_end);
      if (!heading.empty() && day.size() == 1 && day[0].span.begin == head_begin) {
        std::u32string_view rest(nt_.folded.data() + day[0].span.end, head_end - day[0].span.end);
        if (rest.empty() || (rest.front() == U'(' && rest.back() == U')' && rest.size() <= 6)) {
          day[0].span = {sp.begin, sp.begin};
          dates.insert(dates.begin(), day[0]);
        }
      }
    }
    for (const auto& d : dates)
      if (d.date.month > 0 && d.date.day > 0 && d.span.end <= opens) {
        // What opened: nothing but the time of day or attending (5月12日上午開幕式, 6月19日出席開幕式) or a name with
        // an event's ending (大會開幕);
        // not a pavilion or a venue (臺灣館開幕).
        uint32_t q = d.span.end;
        // (A heading's colon after its day too: 一、5月21日：開幕式及全體會議.)
        static const std::u32string_view kBefore[] = {U" ", U"\t", U"上午", U"下午", U"晚上", U"出席", U"參加", U"參與",
                                                      U",", U"，", U":", U"訪團", U"本團", U"代表團", U"一行"};
        for (bool more = true; more && q < opens;) {
          more = false;
          for (std::u32string_view w : kBefore)
            if (nt_.folded.compare(q, w.size(), w) == 0) {
              q += static_cast<uint32_t>(w.size());
              more = true;
            }
          // (And the weekday in parentheses after the day: 一、3月3日（星期二）開幕.)
          if (const size_t w = WeekdayLength(std::u32string_view(nt_.folded.data() + q, opens - q)); w > 0) {
            q += static_cast<uint32_t>(w);
            more = true;
          }
        }
        // (Or the end of an event's name the report gives: 假面舞節開幕典禮 for 「2026安東國際假面舞節」.)
        std::u32string_view what(nt_.folded.data() + q, q < opens ? opens - q : 0);
        // (Also with its venue after it: 論壇於上海國際會議中心開幕.)
        if (size_t at = what.find_first_of(U"於在"); at != std::u32string_view::npos && at >= 2) what = what.substr(0, at);
        // (Or where it was first, then attending: 11月9日上午於阿布達比國家展覽中心出席決賽開幕式, for 「…全球決賽」.)
        if (what.starts_with(U"於") || what.starts_with(U"在"))
          for (std::u32string_view verb : {U"出席", U"參加"})
            if (const size_t at = what.rfind(verb); at != std::u32string_view::npos && at + verb.size() < what.size()) {
              what = what.substr(at + verb.size());
              break;
            }
        // (An exhibition opens as 展覽: 展覽於慕尼黑國際展覽中心開幕, for 「…機器人展」.)
        bool exhibition = what == U"展覽" || what == U"展會" || what == U"展覽會";
        bool names_event = what.size() >= 2 && std::any_of(events_.begin(), events_.end(), [&](const EventHit& e) {
          std::u32string_view name(nt_.folded.data() + e.span.begin, e.span.size());
          return name.ends_with(what) || (exhibition && IsExhibition(e));
        });
        // (Or the opening ceremony held at a venue: 10月6日上午於格但斯克歐洲團結中心舉行開幕式.)
        const std::u32string_view between(nt_.folded.data() + q, q < opens ? opens - q : 0);
        const bool held_at = (between.starts_with(U"於") || between.starts_with(U"在")) &&
                             (between.ends_with(U"舉行") || between.ends_with(U"舉辦")) &&
                             (nt_.folded.compare(opens + 2, 1, U"式") == 0 || nt_.folded.compare(opens + 2, 2, U"典禮") == 0);
        if (q != opens && !lex_.EventEndsAt(opens) && !names_event && !held_at) continue;
        opening = d.date;
        if (!d.has_year) opening.year = DefaultDate().year;
        break;
      }
    // (Or a heading with the day in parentheses after it: 一、論壇開幕（6月9日）, 開幕式（5月12日）.)
    if (!opening.valid()) {
      size_t close = open_at + 2;
      for (std::u32string_view w : {std::u32string_view(U"典禮"), std::u32string_view(U"式")})
        if (line.substr(close).starts_with(w)) close += w.size();
      if (close < line.size() && line[close] == U'(') {
        size_t head = 0;  // past the heading's number: 一、, (一), 1.
        while (head < open_at && (detail::kCountNumerals.find(line[head]) != std::u32string_view::npos || line[head] == U'、' ||
                                  line[head] == U'(' || line[head] == U')' || line[head] == U'.' || line[head] == U' '))
          ++head;
        std::u32string_view what = line.substr(head, open_at - head);
        bool names_event = what.size() >= 2 && std::any_of(events_.begin(), events_.end(), [&](const EventHit& e) {
          return std::u32string_view(nt_.folded.data() + e.span.begin, e.span.size()).ends_with(what);
        });
        for (const auto& d : FindDates(nt_.text, sp.begin + static_cast<uint32_t>(close), sp.end))
          if (names_event && d.date.month > 0 && d.date.day > 0 && d.span.begin == sp.begin + close + 1) {
            opening = d.date;
            if (!d.has_year) opening.year = DefaultDate().year;
            break;
          }
      }
    }
    // (Or a dispatch's or release's "today", the day it is dated, between the kind of event it is and its opening:
    // 論壇今天上午開幕 — in the dispatch of the 7th, the 7th.)
    if (!opening.valid() && DefaultDate().valid() && DefaultDate().day > 0) {
      for (std::u32string_view today : {std::u32string_view(U"今天"), std::u32string_view(U"今日")}) {
        const size_t at = line.substr(0, open_at).find(today);
        if (at == std::u32string_view::npos || at < 2 || PastTimeOfDay(line.substr(at + 2, open_at - at - 2)).size() != 0) continue;
        const std::u32string_view what = line.substr(0, at);
        const bool names_event = what.size() <= 8 && std::any_of(events_.begin(), events_.end(), [&](const EventHit& e) {
          return std::u32string_view(nt_.folded.data() + e.span.begin, e.span.size()).ends_with(what);
        });
        if (names_event) opening = DefaultDate();
        break;
      }
    }
    if (opening.valid()) break;
  }
  // (Or a line that opens with the day or days and attending the report's own event by its kind's word alone: 10月21日
  // （星期三）至22日（星期四）出席會議 for 「2026亞太城市感染症對策會議」 — its first day.)
  for (size_t si = 0; !opening.valid() && si < sentences_.size(); ++si) {
    std::u32string_view text(nt_.folded.data() + sentences_[si].begin, sentences_[si].size());
    text = PastListNumber(text.substr(std::min(text.size(), text.find_first_not_of(U" \n"))));
    if (text.empty() || text[0] < U'0' || text[0] > U'9') continue;  // (the cheap test first)
    const std::u32string_view rest = PastLeadingDay(text);
    if (rest.size() == text.size() || !(rest.starts_with(U"出席") || rest.starts_with(U"參加"))) continue;
    std::u32string_view word = rest.substr(2);
    word = word.substr(0, std::min(word.size(), word.find_first_of(U"。,，;；")));
    if (word.size() < 2 || word.size() > 4) continue;
    bool own = false;
    for (size_t i = 0; i < events_.size() && !own; ++i)
      own = IsOwnEvent(i) && std::u32string_view(nt_.folded.data() + events_[i].span.begin, events_[i].span.size()).ends_with(word);
    if (!own) continue;
    for (const auto& d : FindDates(nt_.text, sentences_[si].begin, sentences_[si].end))
      if (d.date.month > 0 && d.date.day > 0) {
        opening = d.date;
        if (!d.has_year) opening.year = DefaultDate().year;
        break;
      }
  }
  // (In English: At the forum's opening on October 13 — the kind word the name of an event named before ends with, then
  // the day: that event opened then.)
  const bool english_event = std::any_of(events_.begin(), events_.end(), [&](const EventHit& e) {
    return e.span.size() > 0 && IsLatinLetter(nt_.folded[e.span.end - 1]);
  });
  for (size_t si = 0; english_event && si < sentences_.size(); ++si) {
    const Span sp = sentences_[si];
    const std::u32string_view text(nt_.folded.data() + sp.begin, sp.size());
    const size_t at = text.find(U"'s opening on ");
    if (at == std::u32string_view::npos) continue;
    size_t w = at;
    while (w > 0 && IsLatinLetter(text[w - 1])) --w;
    const std::u32string_view kind = text.substr(w, at - w);  // (folded: lower case)
    int named = -1;
    for (size_t i = 0; i < events_.size() && events_[i].sentence < si; ++i)
      if (kind.size() >= 4 && std::u32string_view(nt_.folded.data() + events_[i].span.begin, events_[i].span.size()).ends_with(kind))
        named = static_cast<int>(i);
    if (named < 0) continue;
    Entity& ev = out_.entities[static_cast<size_t>(event_entity_[static_cast<size_t>(named)])];
    const uint32_t from = sp.begin + static_cast<uint32_t>(at + 14);
    for (const auto& d : FindDates(nt_.text, from, sp.end))
      if (d.span.begin == from && d.date.month > 0 && d.date.day > 0) {
        // (Over a trip's first day its sentence gave it: from October 12 to 15 to attend the … Forum.)
        Date day = d.date;
        if (!d.has_year) day.year = ev.date.valid() ? ev.date.year : DefaultDate().year;
        if (!ev.date.valid() || (ev.date.year == day.year && !(day < ev.date))) ev.date = day;
        break;
      }
  }
  // (Or a clause right after its name saying when it opened: the 2026 … Conference, which opened in Aso on October 28.)
  for (size_t i = 0; english_event && i < events_.size(); ++i) {
    const std::u32string& t = nt_.text;
    const uint32_t q = events_[i].span.end;
    bool opened = false;
    for (std::u32string_view w : {U", which opened", U", which was held", U", which took place", U", which began", U", which kicked off"})
      opened = opened || (t.compare(q, w.size(), w) == 0 && q + w.size() < t.size() && !IsLatinLetter(t[q + w.size()]));
    if (!opened) continue;
    const Span sp = sentences_[events_[i].sentence];
    uint32_t clause_end = q + 2;
    while (clause_end < sp.end && t[clause_end] != U',' && t[clause_end] != U';') ++clause_end;
    const size_t on = std::u32string_view(t.data() + q, clause_end - q).find(U" on ");
    if (on == std::u32string_view::npos) continue;
    Entity& ev = out_.entities[static_cast<size_t>(event_entity_[i])];
    const uint32_t from = q + static_cast<uint32_t>(on) + 4;
    for (const auto& d : FindDates(t, from, clause_end))
      if (d.span.begin == from && d.date.month > 0 && d.date.day > 0) {
        Date day = d.date;
        if (!d.has_year) day.year = ev.date.valid() ? ev.date.year : DefaultDate().year + d.year_offset;
        if (!ev.date.valid() || ev.date.year == day.year) ev.date = day;
        break;
      }
  }
  for (size_t i = 0; i < events_.size(); ++i) {
    Entity& ev = out_.entities[static_cast<size_t>(event_entity_[i])];
    // (A month alone, 今年7月…出席「…」, gives way to the day of that month the text says this edition opened.)
    const bool month_only = ev.date.valid() && ev.date.month > 0 && ev.date.day == 0;
    if (ev.date.valid() && !month_only) continue;
    int name_year = name_year_of(i);
    // (The day of the line of place and day right under its name in an English head: 2026 …Forum / Chiang Mai,
    // Thailand, 9 September 2026.)
    if (const Span dl = DatelineUnder(i); dl.size() > 0) {
      const auto dates = FindDates(nt_.text, dl.begin, dl.end);
      const auto it = std::find_if(dates.begin(), dates.end(), [](const auto& d) { return d.has_year && d.date.month > 0 && d.date.day > 0; });
      if (it != dates.end() && (name_year == 0 || name_year == it->date.year)) {
        ev.date = it->date;
        if (it->range_end.valid()) ev.end_date = it->range_end;
        continue;
      }
    }
    Date trip = out_.meta.trip_start;
    // (The trip its own sentence dates, also where no cover field gives one: a release's 9月14日至17日赴…出席「…」.)
    // (Its month from its first day: a release dated after the trip gives its own date as the trip's start.)
    if (const Date& own = events_[i].trip; own.valid()) trip = Date{own.year, own.month, 1};
    // (Or the trip its table row dates, in a cell of its own: 赴日本東京都參加「…」⇥局長 X⇥日本（東京都）⇥115年3月10日至
    // 3月13日⇥已執行 — a yearly table of trips, one a row.)
    else if (const Date row = RowTripStart(events_[i].span.begin); row.valid()) trip = Date{row.year, row.month, 1};
    // 本屆研討會於2026年8月25日至26日在新加坡…舉行: the report's own event, dated where the text says this edition
    // was held.
    {
      Date end;
      Date held = ThisEditionDate(i, name_year, IsOwnEvent(i), &end);
      if (month_only) {
        if (held.valid() && held.year == ev.date.year && held.month == ev.date.month) {
          ev.date = held;
          ev.end_date = end;
        } else if (int day = HeldOnDay(i); day > 0) {
          ev.date.day = day;
        } else if ((IsOwnEvent(i) || OnlyEvent(i)) && opening.valid() && opening.year == ev.date.year && opening.month == ev.date.month) {
          // (The report's own event, or the only one it names, opened on the day a line says: 本年10月舉辦「臺北週」…
          // 二、10月14日（星期二）臺北週開幕式.)
          ev.date = opening;
        }
        continue;
      }
      if (held.valid()) {
        ev.date = held;
        ev.end_date = end;
        continue;
      }
    }
    // (Or the week before a release's day, where the report gives no trip's end: the day it is dated stands for its
    // trip's start.)
    if ((IsOwnEvent(i) || OnlyEvent(i)) && opening.valid() && trip.valid() && opening.year == trip.year &&
        (name_year == 0 || name_year == trip.year) &&
        (!(opening < trip) || (!out_.meta.trip_end.valid() && !(AddDays(opening, 7) < trip)))) {
      ev.date = opening;
      continue;
    }
    // A dated heading line naming it without its year ((一)7月21日 亞洲智慧城市聯盟年會) during the trip.
    if (trip.valid() && (name_year == 0 || name_year == trip.year)) {
      std::u32string bare = NameWithoutYear(events_[i].name);
      // (Or by the short name its parentheses define: 三、5月19日至21日　參加UKREiiF論壇.)
      std::u32string short_name = events_[i].short_alias.size() >= 3 ? Gazetteer::Fold(ToU32(events_[i].short_alias)) : U"";
      for (Span whole : sentences_) {
        // (Its date may close the line in parentheses instead: 二、出席第42回東川町國際寫真節開幕式（115/09/16）.)
        Span tail_date{whole.end, whole.end};
        {
          uint32_t e = whole.end;
          while (e > whole.begin && (nt_.folded[e - 1] == U' ' || nt_.folded[e - 1] == U'\n')) --e;
          if (e > whole.begin + 4 && nt_.folded[e - 1] == U')') {
            std::u32string_view text(nt_.folded.data() + whole.begin, e - whole.begin);
            size_t open = text.rfind(U'(');
            if (open != std::u32string_view::npos && text.size() - open <= 16 &&
                !FindDates(nt_.text, whole.begin + static_cast<uint32_t>(open), e).empty()) {
              tail_date = {whole.begin + static_cast<uint32_t>(open), e};
              whole.end = tail_date.begin;
            }
          }
        }
        // (Or its first clause: 二、8月12日下午出席十週年紀念典禮，典禮於…舉行 for 「亞松森—桃園…十週年紀念典禮」.)
        Span sp = whole;
        if (bare.size() >= 4 && sp.size() > bare.size() + 16 + short_name.size()) {
          std::u32string_view text(nt_.folded.data() + whole.begin, whole.size());
          size_t comma = text.find_first_of(U",，;；");
          if (comma == std::u32string_view::npos) continue;
          sp = {whole.begin, whole.begin + static_cast<uint32_t>(comma)};
        }
        if (bare.size() < 4 || sp.size() > bare.size() + 16 + short_name.size()) continue;
        std::u32string_view line(nt_.folded.data() + sp.begin, sp.size());
        size_t at = line.find(bare);
        if (at == std::u32string_view::npos && !short_name.empty() && sp.size() <= 40) at = line.find(short_name);
        if (at == std::u32string_view::npos) {
          // Or the end of its name alone (三、7月22日紀念典禮 for 臺中仙台姊妹市締結十週年紀念典禮).
          while (!line.empty() && (line.back() == U' ' || line.back() == U'\n')) line.remove_suffix(1);
          size_t tail = 0;
          while (tail < line.size() && tail < bare.size() && IsHan(line[line.size() - 1 - tail]) &&
                 line[line.size() - 1 - tail] == bare[bare.size() - 1 - tail])
            ++tail;
          // (After the day, or after attending it: 出席十週年紀念典禮.)
          std::u32string_view lead = line.substr(0, line.size() - tail);
          bool attends = lead.ends_with(U"出席") || lead.ends_with(U"參加") || lead.ends_with(U"參與");
          // (Three characters where the line says it attended: 三、10月7日至8日參加博覽會.)
          if (tail < (attends ? 3u : 4u) || tail == bare.size() ||
              (tail < line.size() && IsHan(line[line.size() - 1 - tail]) && line[line.size() - 1 - tail] != U'日' && !attends))
            continue;
          at = line.size() - tail;
        }
        for (const auto& d : FindDates(nt_.text, sp.begin, sp.begin + static_cast<uint32_t>(at)))
          if (d.date.month > 0 && d.date.day > 0 && !d.has_year) {
            Date dd{trip.year, d.date.month, d.date.day};
            if (!(dd < trip)) ev.date = dd;
            break;
          }
        if (!ev.date.valid() && tail_date.size() > 0 && sp.end == whole.end)
          for (const auto& d : FindDates(nt_.text, tail_date.begin, tail_date.end))
            if (d.date.month > 0 && d.date.day > 0 && (!d.has_year || d.date.year == trip.year) && !d.range_end.valid()) {
              Date dd{trip.year, d.date.month, d.date.day};
              if (!(dd < trip)) ev.date = dd;
              break;
            }
        if (ev.date.valid()) break;
      }
      if (ev.date.valid()) continue;
    }
    // (Not an event the clause invites the other side to: 邀請列治文市派員參加本縣「2026…豐年節」 is not held during the
    // trip.)
    bool invited = false;
    {
      const Span s = sentences_[events_[i].sentence];
      std::u32string_view before(nt_.folded.data() + s.begin, events_[i].span.begin - s.begin);
      const size_t clause = before.find_last_of(U",，;；");
      if (clause != std::u32string_view::npos) before.remove_prefix(clause + 1);
      invited = before.find(U"邀請") != std::u32string_view::npos && before.find(U"應") == std::u32string_view::npos;
    }
    // (A programme's own event is on the day its head's Date: field gives, which the trip's start is read from.)
    if (trip.valid() && out_.meta.trip_start.valid() && out_.meta.trip_start.day > 0 && ProgrammeEvent(i) &&
        (name_year == 0 || name_year == out_.meta.trip_start.year))
      ev.date = out_.meta.trip_start;
    else if (trip.valid() && (name_year == 0 || name_year == trip.year) && !invited &&
        (events_[i].sentence < 3 || AttendCueIn(sentences_[events_[i].sentence])))
      ev.date = Date{trip.year, trip.month, 0};
    else if (name_year)
      ev.date = Date{name_year, 0, 0};
  }
}

// Where place segment k starts, with the country written right before it (於巴西聖保羅市).
uint32_t DocumentExtraction::StartWithCountry(size_t k) const {
  uint32_t b = segs_[k].span.begin;
  // (And its region written before it: 韓國江原特別自治道原州市; also a town found by its shape there, 山梨縣富士河口湖町.)
  if (k > 0 && segs_[k - 1].kind == SegKind::kPlace && segs_[k - 1].span.end == b && segs_[k - 1].index >= 0 &&
      g_.places()[static_cast<size_t>(segs_[k - 1].index)].kind == EntityKind::kRegion &&
      (segs_[k].index < 0 || g_.places()[static_cast<size_t>(segs_[k].index)].kind == EntityKind::kCity)) {
    b = segs_[k - 1].span.begin;
    --k;
  }
  if (k > 0 && segs_[k - 1].kind == SegKind::kCountry && segs_[k - 1].span.end == b) b = segs_[k - 1].span.begin;
  // (Or its country and "capital" before it: 寮國首都永珍.)
  else if (k > 0 && segs_[k - 1].kind == SegKind::kCountry && segs_[k - 1].span.end + 2 == b && nt_.folded.compare(b - 2, 2, U"首都") == 0)
    b = segs_[k - 1].span.begin;
  return b;
}

// Past a government's word after a place (布里斯本市政府邀請, 由高雄市政府主辦): where the text goes on.
uint32_t DocumentExtraction::PastGovernmentWord(uint32_t q) const {
  for (std::u32string_view w : detail::kGovernmentWords)
    if (nt_.folded.compare(q, w.size(), w) == 0) {
      q += static_cast<uint32_t>(w.size());
      break;
    }
  // (府 alone after a city's or county's suffix: 北市府主辦, 竹縣府.)
  if (q > 0 && q < nt_.folded.size() && nt_.folded[q] == U'府' && (nt_.folded[q - 1] == U'市' || nt_.folded[q - 1] == U'縣')) ++q;
  return q;
}

// 本市即將主辦「…」, 於本市舉辦之「…」: the publishing government hosts event hit i (its own word, then 主辦, or 於 + its
// own word + a verb of holding, right before the name).
// A foreign government's own report translated into a Taiwanese government's file: a line that says it is a
// translation (譯文, 譯本) and names a foreign place first (past a label: 貳、【附件】), or whose next line is that place's
// issuing unit's (昌原特例市國際通商課　2026年9月). The part runs to the next line opening another attachment or a
// top-level heading (【, 壹、 … 拾、), or the end.
void DocumentExtraction::FindForeignSections() {
  if (publisher_place_ < 0 || g_.places()[static_cast<size_t>(publisher_place_)].country != "TW") return;
  const std::u32string& t = nt_.folded;
  bool translated = false;
  for (size_t at = t.find(U'譯'); at != std::u32string::npos && !translated; at = t.find(U'譯', at + 1))
    translated = at + 1 < t.size() && (t[at + 1] == U'文' || t[at + 1] == U'本');
  if (!translated) return;
  const std::vector<Span> lines = HeadLines(SIZE_MAX, SIZE_MAX);
  auto past_label = [&](Span l) {
    uint32_t b = l.begin;
    while (b < l.end && (t[b] == U' ' || t[b] == U'\t')) ++b;
    if (b + 1 < l.end && std::u32string_view(U"壹貳參肆伍陸柒捌玖拾").find(t[b]) != std::u32string_view::npos && t[b + 1] == U'、') b += 2;
    if (b < l.end && (t[b] == U'(' || t[b] == U'【' || t[b] == U'[')) {
      const size_t close = t.find_first_of(U")】]", b);
      if (close != std::u32string::npos && close < l.end && close - b <= 8) b = static_cast<uint32_t>(close) + 1;
    }
    return b;
  };
  auto foreign_place_at = [&](uint32_t b) {
    const int k = SegStartingAt(b);
    if (k < 0) return -1;
    const Seg& s = segs_[static_cast<size_t>(k)];
    if (s.kind != SegKind::kPlace || s.index < 0 || g_.places()[static_cast<size_t>(s.index)].country == "TW") return -1;
    return s.index;
  };
  auto top_heading = [&](Span l) {
    uint32_t b = l.begin;
    while (b < l.end && (t[b] == U' ' || t[b] == U'\t')) ++b;
    return b < l.end && (t[b] == U'【' || (b + 1 < l.end && std::u32string_view(U"壹貳參肆伍陸柒捌玖拾").find(t[b]) != std::u32string_view::npos &&
                                            t[b + 1] == U'、'));
  };
  for (size_t i = 0; i < lines.size(); ++i) {
    const Span l = lines[i];
    const std::u32string_view text(t.data() + l.begin, l.size());
    if (!ContainsAny(text, {U"譯文", U"譯本"})) continue;
    int place = foreign_place_at(past_label(l));
    if (place < 0 && i + 1 < lines.size()) place = foreign_place_at(past_label(lines[i + 1]));
    if (place < 0) continue;
    size_t j = i + 1;
    while (j < lines.size() && !top_heading(lines[j])) ++j;
    foreign_sections_.push_back({{l.begin, j < lines.size() ? lines[j].begin : static_cast<uint32_t>(t.size())}, place});
    i = j - 1;
  }
  // 本市, 本府 in such a part are that government: read as a mention of its place.
  for (const auto& [span, place] : foreign_sections_) {
    auto [lo, hi] = SegsIn(span);
    for (size_t k = lo; k < hi; ++k)
      if (segs_[k].kind == SegKind::kSelf) {
        segs_[k].kind = SegKind::kPlace;
        segs_[k].index = place;
      }
  }
}

// The dated lines that open a newsletter's items (■ 11月5日　…, 【10月3日】…) and the headings of its parts (【活動報導】,
// 【下期預告】), in one pass over the text.
void DocumentExtraction::ReadItemLines() const {
  lines_read_ = true;
  const std::u32string& f = nt_.folded;
  for (uint32_t line = 0; line < f.size();) {
    uint32_t b = line;
    while (b < f.size() && f[b] == U' ') ++b;
    if (b < f.size() && (f[b] == U'■' || f[b] == U'◆' || f[b] == U'【')) {
      uint32_t d = b + 1;
      while (d < f.size() && f[d] == U' ') ++d;
      bool dated = false;
      if (d < f.size() && f[d] >= U'0' && f[d] <= U'9') {
        const std::u32string_view date(f.data() + d, std::min<size_t>(6, f.size() - d));
        dated = date.find(U'月') != std::u32string_view::npos || date.find(U'/') != std::u32string_view::npos;
        if (dated) item_lines_.push_back(line);
      }
      // (A dated 【10月3日】 opens an item, not a part.)
      if (f[b] == U'【' && !dated) {
        const size_t close = f.find(U'】', b);
        if (close != std::u32string::npos && close - b <= 12)
          part_headings_.push_back({line, std::u32string_view(f.data() + b, close - b).find(U"預告") != std::u32string_view::npos});
      }
    }
    while (line < f.size() && f[line] != U'\n') ++line;
    ++line;
  }
}

// The item of a newsletter that `pos` stands in: from the dated line opening with ■, ◆ or 【 before it (■ 11月5日　…,
// 【10月3日】…) to the next such line; the whole text where no such line stands before it (■ 行程重點 is a section).
Span DocumentExtraction::ItemAt(uint32_t pos) const {
  if (!lines_read_) ReadItemLines();
  auto it = std::upper_bound(item_lines_.begin(), item_lines_.end(), pos);
  if (it == item_lines_.begin()) return {0, static_cast<uint32_t>(nt_.folded.size())};
  return {*std::prev(it), it == item_lines_.end() ? static_cast<uint32_t>(nt_.folded.size()) : *it};
}

// Does `pos` stand in a part of what is to come (under a heading 【下期預告】, 【活動預告】)?
bool DocumentExtraction::InPreview(uint32_t pos) const {
  if (!lines_read_) ReadItemLines();
  auto it = std::upper_bound(part_headings_.begin(), part_headings_.end(), std::make_pair(pos, true));
  return it != part_headings_.begin() && std::prev(it)->second && std::prev(it)->first < pos;
}

// The part of sentence `si` that `pos` stands in, between semicolons (；, ;): the sentence itself where it has none.
Span DocumentExtraction::PartOf(uint32_t si, uint32_t pos) const {
  Span s = sentences_[si];
  uint32_t b = pos, e = pos;
  while (b > s.begin && nt_.folded[b - 1] != U';' && nt_.folded[b - 1] != U'；') --b;
  while (e < s.end && nt_.folded[e] != U';' && nt_.folded[e] != U'；') ++e;
  return {b, e};
}

// A text that tells what is to come, not what happened: a calendar (…活動行事曆) or a trip's plan (…出國計畫書, 出國計畫),
// by its title, not a report on one (…出國計畫報告).
bool DocumentExtraction::IsPlan() const {
  if (plan_ < 0) {
    const std::string& title = out_.meta.title;
    plan_ = title.find("報告") == std::string::npos &&
            (title.find("行事曆") != std::string::npos || title.find("計畫書") != std::string::npos ||
             title.find("計劃書") != std::string::npos || title.ends_with("出國計畫"));
    // (Or the memo that asks approval for a trip, headed 簽　於<its unit>: 主旨：擬派…簽請核示 — all of it to come.)
    if (!plan_ && title.starts_with("簽")) {
      std::string_view rest = std::string_view(title).substr(std::string_view("簽").size());
      while (rest.starts_with(" ") || rest.starts_with("\u3000")) rest.remove_prefix(rest.starts_with(" ") ? 1 : std::string_view("\u3000").size());
      plan_ = rest.starts_with("於");
    }
  }
  return plan_ > 0;
}

bool DocumentExtraction::PublisherHosts(size_t i) const {
  if (publisher_ < 0) return false;
  const std::u32string& f = nt_.folded;
  // 主辦「2027亞洲古都論壇」成果報告: a title opening with the verb of hosting, its subject the publisher of the report.
  {
    const uint32_t b = events_[i].span.begin;
    uint32_t verb = b;
    if (verb > 0 && (f[verb - 1] == U'「' || f[verb - 1] == U'『')) --verb;
    for (std::u32string_view w : {std::u32string_view(U"主辦"), std::u32string_view(U"舉辦"), std::u32string_view(U"承辦")})
      if (verb >= w.size() && f.compare(verb - w.size(), w.size(), w) == 0) {
        const uint32_t at = verb - static_cast<uint32_t>(w.size());
        uint32_t line = at;
        while (line > 0 && (f[line - 1] == U' ' || f[line - 1] == U'\u3000')) --line;
        if (line == 0 || f[line - 1] == U'\n') return true;
      }
  }
  // 由經濟發展局主辦的「…」: a department written bare (no place before it, no body the text knows) organizes it —
  // the publisher's, as a bare department always is.
  {
    const uint32_t b = events_[i].span.begin;
    uint32_t q = b;
    while (q > 0 && b - q < 3 && (f[q - 1] == U'「' || f[q - 1] == U'『' || f[q - 1] == U'的' || f[q - 1] == U'之')) --q;
    if (q >= 5 && f.compare(q - 2, 2, U"主辦") == 0) {
      const uint32_t unit_end = q - 2;
      uint32_t by = unit_end;
      while (by > 0 && unit_end - by < 9 && IsHan(f[by - 1]) && f[by - 1] != U'由') --by;
      const bool bare = by > 0 && f[by - 1] == U'由' && unit_end - by >= 3 && SegStartingAt(by) < 0 && SegEndingAt(unit_end) < 0;
      for (uint32_t x = unit_end - 1; bare && x + 3 >= unit_end && x > by; --x)
        if (auto suf = lex_.Suffix(x); suf.len > 0 && x + suf.len == unit_end && (suf.value & 2u)) return true;
    }
  }
  auto [lo, hi] = SegsIn(sentences_[events_[i].sentence]);
  for (size_t k = lo; k < hi; ++k) {
    const Seg& g = segs_[k];
    // 明年論壇將輪由本市主辦，預定於2027年舉行「…」: the sentence says the publisher hosts it.
    if (g.kind == SegKind::kSelf && g.span.end <= events_[i].span.begin && g.span.begin > 0 && f[g.span.begin - 1] == U'由' &&
        f.compare(g.span.end, 2, U"主辦") == 0)
      return true;
    // 由本府經濟發展局主辦的「…媒合會」: one of the publisher's departments organizes it.
    if ((g.kind == SegKind::kOrg || g.kind == SegKind::kPatternOrg) && g.span.end <= events_[i].span.begin &&
        events_[i].span.begin - g.span.end <= 6 && g.span.begin > 0 && f[g.span.begin - 1] == U'由' &&
        f.compare(g.span.end, 2, U"主辦") == 0) {
      const std::string name = g.kind == SegKind::kPatternOrg ? g.name : nt_.Utf8(g.span);
      if (name.starts_with(out_.entities[static_cast<size_t>(publisher_)].label + "政府")) return true;
    }
    // 下屆會議將於2028年在本市舉辦，建議及早籌備「2028…會議」: the next edition held in the publisher's place, the event
    // the sentence names after it.
    if (g.kind == SegKind::kSelf && g.span.end <= events_[i].span.begin && g.span.begin > 0 &&
        (f[g.span.begin - 1] == U'於' || f[g.span.begin - 1] == U'在') &&
        (f.compare(g.span.end, 2, U"舉辦") == 0 || f.compare(g.span.end, 2, U"舉行") == 0) &&
        ContainsAny(std::u32string_view(f.data() + sentences_[events_[i].sentence].begin, g.span.begin - sentences_[events_[i].sentence].begin),
                    {U"下屆", U"下一屆"}))
      return true;
    if (g.kind != SegKind::kSelf || g.span.end > events_[i].span.begin || events_[i].span.begin - g.span.end > 8) continue;
    std::u32string_view gap(f.data() + g.span.end, events_[i].span.begin - g.span.end);
    // 出席本縣「2027…嘉年華」: the publisher's own event, named right after it (本縣舉辦之 is read below).
    if (gap.find_first_not_of(U"「『 ") == std::u32string_view::npos && g.span.begin > 0 &&
        !(f[g.span.begin - 1] == U'於' || f[g.span.begin - 1] == U'在' || f[g.span.begin - 1] == U'赴'))
      return true;
    // (本縣主辦「…」, 本縣主辦之「…」.)
    size_t hosts = gap.find(U"主辦");
    if (hosts != std::u32string_view::npos && gap.substr(hosts + 2).find_first_not_of(U"之的「『 ") == std::u32string_view::npos)
      return true;
    // 於本市舉辦之「…」, 在本市舉行的…: held in the publisher's place; 本市明年舉辦之「…」: the publisher holds it.
    bool at = g.span.begin > 0 && (f[g.span.begin - 1] == U'於' || f[g.span.begin - 1] == U'在');
    const bool subject = !at && g.span.begin > 0 && f[g.span.begin - 1] != U'赴' && gap.size() <= 6;
    // (Or when, between: 本市將於3月舉辦「…」.)
    const bool when = !at && g.span.begin > 0 && f[g.span.begin - 1] != U'赴' &&
                      ContainsAny(gap.substr(0, 3), {U"將於", U"預計於", U"預定於", U"於"});
    for (std::u32string_view verb : {std::u32string_view(U"舉辦"), std::u32string_view(U"舉行")}) {
      size_t held = gap.find(verb);
      if ((at || (subject && held <= 2) || (when && held <= 6)) && held != std::u32string_view::npos &&
          gap.substr(held + verb.size()).find_first_not_of(U"之的「『 ") == std::u32string_view::npos)
        return true;
    }
  }
  // 並邀請Reinholt副市長於7月率團出席「2026臺灣國際熱氣球嘉年華」: an event the clause invites one of the other side to
  // attend, named for no place but Taiwan, is the publisher's own (not 應…邀請, on an invitation; not 邀請本府…, the
  // publisher invited).
  {
    const Span s = sentences_[events_[i].sentence];
    std::u32string_view clause(f.data() + s.begin, events_[i].span.begin - s.begin);
    if (const size_t cut = clause.find_last_of(U",，;；"); cut != std::u32string_view::npos) clause.remove_prefix(cut + 1);
    const size_t invite = clause.find(U"邀請");
    std::u32string_view tail = clause.substr(invite == std::u32string_view::npos ? clause.size() : invite);
    while (!tail.empty() && (tail.back() == U'「' || tail.back() == U'『')) tail.remove_suffix(1);
    if (invite != std::u32string_view::npos && clause.substr(0, invite).find(U'應') == std::u32string_view::npos &&
        (tail.ends_with(U"出席") || tail.ends_with(U"參加"))) {
      const uint32_t from = events_[i].span.begin - static_cast<uint32_t>(clause.size() - invite);
      const auto invitee = std::lower_bound(person_occurrences_.begin(), person_occurrences_.end(), std::make_pair(from, -1));
      bool self_invited = false;
      for (auto [k, e] = SegsIn(Span{from, events_[i].span.begin}); k < e; ++k) self_invited = self_invited || segs_[k].kind == SegKind::kSelf;
      const bool other = invitee != person_occurrences_.end() && invitee->first < events_[i].span.begin && !IsPublisherSide(invitee->second);
      bool elsewhere = false;
      const int taiwan = g_.CountryByIso("TW");
      for (auto [k, e] = SegsIn(events_[i].span); k < e; ++k) {
        const Seg& g = segs_[k];
        if (g.kind == SegKind::kCountry) elsewhere = elsewhere || g.index != taiwan;
        if (g.kind == SegKind::kPlace) {
          const auto known = g.index >= 0 ? entity_by_key_.find("place:" + g_.places()[static_cast<size_t>(g.index)].id) : entity_by_key_.end();
          elsewhere = elsewhere || known == entity_by_key_.end() || known->second != publisher_;
        }
      }
      if (other && !self_invited && !elsewhere) return true;
    }
  }
  // (In English: Deputy Magistrate Tseng invited Mayor Morimoto to the 2027 Alishan Cherry Blossom Festival — one of the
  // publisher's inviting one of the other side to an event its name places nowhere abroad.)
  {
    const Span s = sentences_[events_[i].sentence];
    std::u32string_view clause(f.data() + s.begin, events_[i].span.begin - s.begin);
    if (const size_t cut = clause.find_last_of(U",;"); cut != std::u32string_view::npos) clause.remove_prefix(cut + 1);
    const size_t invite = EnglishInvitation(clause);
    const uint32_t clause_at = events_[i].span.begin - static_cast<uint32_t>(clause.size());
    if (invite != std::u32string_view::npos) {
      const uint32_t verb = clause_at + static_cast<uint32_t>(invite);
      auto after = std::lower_bound(person_occurrences_.begin(), person_occurrences_.end(), std::make_pair(verb, -1));
      const bool other = after != person_occurrences_.end() && after->first < events_[i].span.begin && !IsPublisherSide(after->second);
      const bool ours = after != person_occurrences_.begin() && std::prev(after)->first >= clause_at && IsPublisherSide(std::prev(after)->second);
      bool elsewhere = false;
      const std::u32string name = ToU32(events_[i].name);
      for (size_t b = 0; b < name.size() && !elsewhere;) {
        size_t e = name.find(U' ', b);
        if (e == std::u32string::npos) e = name.size();
        if (e - b >= 4 && name[b] >= U'A' && name[b] <= U'Z')
          if (const int pl = EnglishPlaceHere(name.substr(b, e - b)); pl >= 0) elsewhere = g_.places()[static_cast<size_t>(pl)].country != "TW";
        b = e + 1;
      }
      if (other && ours && !elsewhere) return true;
    }
  }
  return false;
}

// Where the witness phrase ending `before` opens (A與B在C及D見證下: the 在 or 於 in its clause), or npos.
static size_t WitnessPhraseOpening(std::u32string_view before) {
  const size_t in = before.find_last_of(U"在於");
  if (in == std::u32string_view::npos || before.substr(in).find_first_of(U",，;；") != std::u32string_view::npos)
    return std::u32string_view::npos;
  return in;
}

// "本屆於巴西聖保羅市舉行": the first sentence that says where this edition (本屆, 本次, 今年, 本年度) is held.
// Also a sentence whose subject is the event by its ending (論壇於里茲市舉行, for 「2026英國不動產投資及基礎建設論壇」).
// Past a short label opening a sentence (答：, A：, 主持人：) and the spaces before it: where an interview's answer or a
// speaker's line starts.
static std::u32string_view PastSpeakerLabel(std::u32string_view text) {
  text = text.substr(std::min(text.size(), text.find_first_not_of(U" \n")));
  // (Or a list item's number.)
  text = PastListNumber(text);
  size_t colon = text.substr(0, 6).find(U':');
  // (Or a note's label, its number after it: 註1：….)
  if (colon != std::u32string_view::npos && colon >= 1 && IsHan(text[0]) &&
      std::all_of(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(colon),
                  [](char32_t c) { return IsHan(c) || (c >= U'a' && c <= U'z') || (c >= U'0' && c <= U'9'); }))
    text = text.substr(colon + 1);
  return text.substr(std::min(text.size(), text.find_first_not_of(U" ")));
}

// Does `text` open with the last n characters of an event's name, then where or when (推介會於7月7日…, 論壇在…,
// 博覽會7月17日在宜野灣開幕)?
static bool OpensWithNameEnd(std::u32string_view text, std::u32string_view name, size_t n) {
  if (name.size() < n + 2 || text.size() <= n || !text.starts_with(name.substr(name.size() - n))) return false;
  return text[n] == U'於' || text[n] == U'在' || (text[n] >= U'0' && text[n] <= U'9');
}

// Does a run of characters end like a site where something is held (會議中心, 前廣場, 公園, 飯店 …)?
static bool EndsWithVenueWord(std::u32string_view run) {
  return run.ends_with(U"館") || run.ends_with(U"中心") || run.ends_with(U"場") || run.ends_with(U"廳") || run.ends_with(U"區") ||
         run.ends_with(U"公園") || run.ends_with(U"飯店") || run.ends_with(U"酒店") || run.ends_with(U"巨蛋") || run.ends_with(U"會堂") ||
         run.ends_with(U"劇院");
}

// Past the day or the time of day an English sentence opens with, in the folded (lower-cased) text: "on october 11, ",
// "on 11 october, ", "in the afternoon, ", "later, ".
static std::u32string_view PastEnglishTimeOpening(std::u32string_view text) {
  if (text.starts_with(U"on ")) {
    const size_t comma = text.find(U", ");
    if (comma != std::u32string_view::npos && comma <= 24) {
      const std::u32string_view when = text.substr(3, comma - 3);
      const bool plain = std::all_of(when.begin(), when.end(), [](char32_t c) { return (c >= U'a' && c <= U'z') || (c >= U'0' && c <= U'9') || c == U' '; });
      if (plain && std::any_of(std::begin(kEnglishMonths), std::end(kEnglishMonths), [&](std::u32string_view m) { return when.find(m) != std::u32string_view::npos; }))
        text.remove_prefix(comma + 2);
    }
    // (Or with no comma after it, the day before the month: on 24 september the delegation attended ….)
    if (text.starts_with(U"on ")) {
      size_t at = 3;
      bool month = false, day = false;
      while (at < text.size() && at <= 24) {
        size_t e = text.find(U' ', at);
        if (e == std::u32string_view::npos) break;
        const std::u32string_view word = text.substr(at, e - at);
        const bool digits = !word.empty() && std::all_of(word.begin(), word.end(), [](char32_t c) { return c >= U'0' && c <= U'9'; });
        const bool is_month = std::find(std::begin(kEnglishMonths), std::end(kEnglishMonths), word) != std::end(kEnglishMonths);
        if (!digits && !is_month) break;
        day = day || digits;
        month = month || is_month;
        at = e + 1;
      }
      if (month && day && at < text.size() && text[at] >= U'a' && text[at] <= U'z') text.remove_prefix(at);
    }
  }
  for (std::u32string_view w : {std::u32string_view(U"in the afternoon, "), std::u32string_view(U"in the afternoon "),
                                std::u32string_view(U"in the morning, "), std::u32string_view(U"in the morning "),
                                std::u32string_view(U"in the evening, "), std::u32string_view(U"in the evening "),
                                std::u32string_view(U"later, "), std::u32string_view(U"afterwards, ")})
    if (text.starts_with(w)) text.remove_prefix(w.size());
  return text;
}

// Does an English clause, past its day or time of day, open with one of `subjects` (the delegation, the visitors) and
// hold one of `verbs` (attended, toured) — within 64 characters, or in a longer one as the verb after its last "and" —
// a group's doing, not one person's?
static bool EnglishGroupDoes(std::u32string_view text, std::initializer_list<std::u32string_view> subjects,
                             std::initializer_list<std::u32string_view> verbs) {
  text = PastEnglishTimeOpening(text);
  if (!std::any_of(subjects.begin(), subjects.end(), [&](std::u32string_view w) { return text.starts_with(w); })) return false;
  if (text.size() <= 64) return ContainsAny(text, verbs);
  // (Or, in a longer clause, the group's second verb joined by "and" right before the name: the visitors toured the …
  // Center, where Director X briefed them on …, and then attended the opening of the ….)
  const std::u32string_view tail = text.substr(text.size() - 48);
  for (std::u32string_view joiner : {std::u32string_view(U" and then "), std::u32string_view(U" and also "), std::u32string_view(U" and ")}) {
    const size_t at = tail.rfind(joiner);
    if (at == std::u32string_view::npos) continue;
    const std::u32string_view after = tail.substr(at + joiner.size());
    return std::any_of(verbs.begin(), verbs.end(), [&](std::u32string_view v) {
      while (!v.empty() && v.front() == U' ') v.remove_prefix(1);
      return after.starts_with(v);
    });
  }
  return false;
}

// Past the time of day a text opens with (上午, 下午, 晚間 …).
static std::u32string_view PastTimeOfDay(std::u32string_view text) {
  for (std::u32string_view w : {U"上午", U"中午", U"下午", U"晚間", U"晚上"})
    if (text.starts_with(w)) text.remove_prefix(w.size());
  return text;
}

// Past a day written first and the time of day (9月8日上午執行局會議於…開幕: 執行局會議於…). Also a range of days
// and the space after it, as an itinerary's line writes them (6月16日至6月18日　出席…).
static std::u32string_view PastLeadingDay(std::u32string_view text) {
  auto day_end = [](std::u32string_view t) {
    size_t k = 0;
    while (k < t.size() && k < 12 && ((t[k] >= U'0' && t[k] <= U'9') || t[k] == U'年' || t[k] == U'月' || t[k] == U'/' || t[k] == U'.'))
      ++k;
    // (Or a month and day with a slash and no 日, its weekday after it, as an itinerary writes them: 5/11（一）.)
    if (k >= 3 && k < t.size() && t[k] != U'日' && t[k - 1] >= U'0' && t[k - 1] <= U'9' &&
        t.substr(0, k).find(U'/') != std::u32string_view::npos && WeekdayLength(t.substr(k)) > 0)
      return k;
    return k == 0 || k >= t.size() || t[k] != U'日' ? std::u32string_view::npos : k + 1;
  };
  // (And the weekday in parentheses after a day, then the spaces: 10月24日（六）　出席「…」, 9月3日(週四).)
  auto past_weekday = [](std::u32string_view t) { return t.substr(WeekdayLength(t)); };
  const size_t first = day_end(text);
  if (first == std::u32string_view::npos) return text;
  text.remove_prefix(first);
  const size_t before = text.size();
  text = past_weekday(text);
  bool spaced = text.size() < before;  // (the spaces after a weekday or a range go too; after a day alone they stay)
  if (!text.empty() && std::u32string_view(U"至-–~～").find(text.front()) != std::u32string_view::npos)
    if (const size_t last = day_end(text.substr(1)); last != std::u32string_view::npos) {
      text.remove_prefix(1 + last);
      text = past_weekday(text);
      spaced = true;
    }
  if (spaced) text.remove_prefix(std::min(text.size(), text.find_first_not_of(U" \t")));
  return PastTimeOfDay(text);
}

// The day a line holding that day alone heads the block of lines `pos` stands in — past its list number, with its
// weekday or time of day: （二）10月20日, 10月20日（星期二）, 5/11（一） — or a numbered heading of that day and a short
// title （（二）11月5日　拜會…）, the line right above with no number too (5/11（一）拜會…), or a numbered heading of a short
// title and its day in parentheses after it (一、拜會…（9月14日）), or a field labelled as the block's time (時間：9月26日
// 下午); up to 8 lines above, not past a blank line or a numbered heading of another kind.
Date DocumentExtraction::DayHeadingAbove(uint32_t pos) const {
  const std::u32string& f = nt_.folded;
  uint32_t at = pos;
  for (int lines = 0; lines < 8; ++lines) {
    const Span above = LineAbove(at);
    if (above.begin == 0 && above.end == 0) return Date{};
    std::u32string_view line(f.data() + above.begin, above.size());
    line.remove_prefix(std::min(line.size(), line.find_first_not_of(U" \t")));
    while (!line.empty() && (line.back() == U' ' || line.back() == U'\t')) line.remove_suffix(1);
    if (line.empty()) return Date{};
    const std::u32string_view rest = PastListNumber(line);
    std::u32string_view after = PastLeadingDay(rest);
    while (!after.empty() && (after.front() == U' ' || after.front() == U'\t')) after.remove_prefix(1);
    // (Or a numbered heading of a day and its title, no sentence of its own: （二）11月5日　拜會別府市政府及大分縣政府.)
    // (Or, right above the block, a day and a short title with no number: 5/11（一）拜會愛丁堡市政府.)
    const bool titled = !after.empty() && (rest.size() < line.size() || lines == 0) && after.size() < rest.size() &&
                        after.size() <= 30 && after.find_first_of(U"。，,;；") == std::u32string_view::npos;
    // (Or a numbered heading of a short title and its day in parentheses after it: 一、拜會丹麥地方政府協會（9月14日）,
    // 三、出席「…」（9月16日至17日） — the first day of a span.)
    uint32_t from = above.begin;
    bool trailing = false;
    if (!titled && after.size() == rest.size() && rest.size() < line.size() && (rest.back() == U'）' || rest.back() == U')')) {
      const size_t open = rest.find_last_of(U"（(");
      if (open != std::u32string_view::npos && open > 0 && open <= 30 &&
          rest.substr(0, open).find_first_of(U"。，,;；") == std::u32string_view::npos) {
        std::u32string_view inside = rest.substr(open + 1, rest.size() - open - 2);
        inside = PastLeadingDay(inside);
        if (inside.find_first_not_of(U" ") == std::u32string_view::npos && inside.size() < rest.size() - open - 2) {
          trailing = true;
          from = static_cast<uint32_t>(rest.data() + open - f.data());
        }
      }
    }
    // (Or a field of the block labelled as its time, above its other fields: 時間：9月26日下午⏎接見人員：秘書長X.)
    bool field = false;
    if (!titled && !trailing && rest.size() == line.size()) {
      const size_t colon = rest.find_first_of(U":：");
      if (colon != std::u32string_view::npos && colon >= 2 && colon <= 4 &&
          (rest.substr(0, colon).ends_with(U"時間") || rest.substr(0, colon).ends_with(U"日期"))) {
        std::u32string_view value = rest.substr(colon + 1);
        value.remove_prefix(std::min(value.size(), value.find_first_not_of(U" \t")));
        const std::u32string_view left = PastLeadingDay(value);
        field = !value.empty() && left.size() < value.size() && left.find_first_not_of(U" \t") == std::u32string_view::npos;
        if (field) from = static_cast<uint32_t>(value.data() - f.data());
      }
    }
    if ((after.empty() || titled || trailing || field) && !rest.empty())
      for (const auto& d : FindDates(nt_.text, from, above.end))
        if (d.date.month > 0 && d.date.day > 0) return Date{d.has_year ? d.date.year : DefaultDate().year + d.year_offset, d.date.month, d.date.day};
    if (rest.size() < line.size()) return Date{};
    at = above.begin;
  }
  return Date{};
}

// Past a list item's number, its day and time of day, and the comma after them: （三）7月5日，訪問團參訪… → 訪問團參訪….
static std::u32string_view PastItemAndDay(std::u32string_view text) {
  text = PastTimeOfDay(PastLeadingDay(PastListNumber(text)));
  while (!text.empty() && (text.front() == U',' || text.front() == U'，' || text.front() == U' ')) text.remove_prefix(1);
  return text;
}

// Does the clause naming event i say the publisher holds it, the verb right before the name: 本局於胡志明市辦理「…」, or
// an itinerary's row with no subject, 5月13日⇥辦理「…」 (the delegation's own event: it was there)?
bool DocumentExtraction::HeldByPublisher(size_t i) const {
  const std::u32string& f = nt_.folded;
  const Span s = sentences_[events_[i].sentence];
  std::u32string_view clause(f.data() + s.begin, events_[i].span.begin - s.begin);
  if (const size_t cut = clause.find_last_of(U",，;；。\n"); cut != std::u32string_view::npos) clause.remove_prefix(cut + 1);
  while (!clause.empty() && (clause.back() == U'「' || clause.back() == U'『')) clause.remove_suffix(1);
  if (!(clause.ends_with(U"辦理") || clause.ends_with(U"舉辦") || clause.ends_with(U"主辦"))) return false;
  const std::u32string_view lead = clause.substr(0, clause.size() - 2);
  if (ContainsAny(lead, {U"將", U"預定", U"預計", U"擬", U"明年", U"協助", U"邀請"})) return false;
  // (A row's cells before it: a day, then a tab.)
  if (const size_t tab = lead.rfind(U'\t'); tab != std::u32string_view::npos && lead.substr(tab + 1).empty() &&
                                            PastLeadingDay(lead.substr(0, tab)).find_first_not_of(U" ") == std::u32string_view::npos)
    return true;
  // (Or a follow-up form's cell, subject unwritten: 已於2026年11月12日辦理「…」 — done already, by the publisher.)
  {
    std::u32string_view done = lead.substr(lead.rfind(U'\t') == std::u32string_view::npos ? 0 : lead.rfind(U'\t') + 1);
    if (done.starts_with(U"業已") || done.starts_with(U"已")) {
      done.remove_prefix(done.starts_with(U"業已") ? 2 : 1);
      if (done.starts_with(U"於")) done = PastLeadingDay(done.substr(1));
      if (done.empty()) return true;
    }
  }
  const uint32_t from = static_cast<uint32_t>(lead.data() - f.data());
  // (本局, 本處: the publisher's department that issues the report.)
  bool self = ContainsAny(lead.substr(0, 2), {U"本局", U"本處", U"本團"});
  for (auto [k, e] = SegsIn(Span{from, from + static_cast<uint32_t>(lead.size())}); k < e; ++k) {
    if (segs_[k].kind == SegKind::kSelf) self = true;
    else if (segs_[k].kind != SegKind::kPlace && segs_[k].kind != SegKind::kCountry) return false;  // (another body or a title: its own)
  }
  return self && std::none_of(person_occurrences_.begin(), person_occurrences_.end(), [&](const auto& o) {
           return o.first >= from && o.first < from + lead.size();
         });
}

// Or with its short form: the abbreviation in its parentheses and its kind (TPO總會 for 2026亞太城市觀光振興機構(TPO)
// 總會), then where or when.
static bool OpensWithShortForm(std::u32string_view text, std::u32string_view name) {
  size_t open = name.rfind(U'('), close = name.rfind(U')');
  if (open == std::u32string_view::npos || close == std::u32string_view::npos || close < open + 2 || name.size() < close + 3)
    return false;
  std::u32string short_form(name.substr(open + 1, close - open - 1));
  short_form += name.substr(name.size() - 2);
  std::u32string folded = Gazetteer::Fold(short_form);
  if (text.size() <= folded.size() || !text.starts_with(folded)) return false;
  const char32_t next = text[folded.size()];
  return next == U'於' || next == U'在' || (next >= U'0' && next <= U'9');
}

// Does a sentence open (past a label or a list item's number) with the end of the event's name or its short form?
static bool OpensWithEdition(std::u32string_view text, std::u32string_view name, std::u32string_view folded_name) {
  const std::u32string_view labelled = PastSpeakerLabel(text);
  std::u32string_view opening = PastLeadingDay(labelled);
  // (Also past the hour after the day and the comma closing them: 9月1日上午8時，訓練於橫濱市臨港公園開始.)
  if (opening.size() < labelled.size()) {
    size_t k = 0;
    while (k < opening.size() && k < 2 && opening[k] >= U'0' && opening[k] <= U'9') ++k;
    if (k > 0 && k < opening.size() && (opening[k] == U'時' || opening[k] == U'點')) {
      opening.remove_prefix(k + 1);
      size_t m = 0;
      while (m < opening.size() && m < 2 && opening[m] >= U'0' && opening[m] <= U'9') ++m;
      if (m > 0 && m < opening.size() && opening[m] == U'分') opening.remove_prefix(m + 1);
    }
    if (opening.starts_with(U",")) opening.remove_prefix(1);
  }
  // (Any end of its name, two to eight characters: 執行局會議於… for …亞太區執行局會議. Only where 於, 在 or a digit
  // follows as many characters: a few comparisons per sentence.)
  for (size_t n = 2; n <= 8 && n < opening.size(); ++n) {
    const char32_t c = opening[n];
    if ((c == U'於' || c == U'在' || (c >= U'0' && c <= U'9')) && OpensWithNameEnd(opening, name, n)) return true;
  }
  return OpensWithShortForm(opening, folded_name);
}

int DocumentExtraction::ThisEditionPlace(size_t event, bool own) const {
  const std::u32string& f = nt_.folded;
  static const std::u32string_view kHold[] = {U"舉行", U"舉辦", U"召開", U"開幕", U"開始"};
  std::u32string name = ToU32(events_[event].name);
  const std::u32string folded_name = Gazetteer::Fold(name);
  // (Another event than the report's own: only the three sentences after its name's, one opening with the end of its
  // name — 出席「帛琉獨立32週年國慶典禮」… 國慶典禮於首都恩吉魯穆德之國會大廈前廣場舉行.)
  const size_t first = own ? 0 : events_[event].sentence + 1;
  const size_t last = own ? sentences_.size() : std::min(sentences_.size(), first + 3);
  for (size_t si = first; si < last; ++si) {
    const Span& sp = sentences_[si];
    std::u32string_view text(f.data() + sp.begin, sp.size());
    // (One opening with the end of its name: 論壇於…, 博覽會7月17日在宜野灣開幕, also as an interview's answer.)
    const bool opens = OpensWithEdition(text, name, folded_name);
    if (!own && !opens) continue;
    // (Or the place the delegation went to for it, the sentence naming it right after: 赴那霸市出席「2026…交流會」.)
    if (own)
      for (auto [k, hi] = SegsIn(sp); k < hi; ++k) {
        const Seg& g = segs_[k];
        if (g.kind != SegKind::kPlace || g.span.begin <= sp.begin || (f[g.span.begin - 1] != U'赴' && !(g.span.begin >= sp.begin + 2 &&
                                                                                                     f.compare(g.span.begin - 2, 2, U"前往") == 0)))
          continue;
        uint32_t q = g.span.end;
        if (f.compare(q, 2, U"出席") != 0 && f.compare(q, 2, U"參加") != 0) continue;
        q += 2;
        if (q < sp.end && (f[q] == U'「' || f[q] == U'『')) ++q;
        if (f.compare(q, folded_name.size(), folded_name) == 0) return static_cast<int>(k);
      }
    bool this_one = opens;
    for (auto w : kThisEditionWords) this_one = this_one || (own && text.find(w) != std::u32string_view::npos);
    // (Or with its opening ceremony, where it was held after it: 開幕式於阿威羅市會議中心舉行 — the report's own event's.)
    const std::u32string_view trimmed = text.substr(std::min(text.size(), text.find_first_not_of(U" \n")));
    this_one = this_one || trimmed.starts_with(U"開幕式於") || trimmed.starts_with(U"開幕式在") || trimmed.starts_with(U"開幕典禮於") ||
               trimmed.starts_with(U"開幕典禮在");
    if (!this_one) continue;
    auto [lo, hi] = SegsIn(sp);
    for (size_t k = lo; k < hi; ++k) {
      const Seg& g = segs_[k];
      if (g.kind != SegKind::kPlace) continue;
      uint32_t b = StartWithCountry(k);
      if (b <= sp.begin) continue;
      // 本屆年會由東京都主辦, 本屆由德班市政府(eThekwini Municipality)主辦.
      if (f[b - 1] == U'由') {
        uint32_t q = detail::PastParenthesis(f, PastGovernmentWord(g.span.end), sp.end, sp.size());
        if (f.compare(q, 2, U"主辦") == 0 || f.compare(q, 4, U"負責主辦") == 0) return static_cast<int>(k);
      }
      // (Also with the place's standing between: 國慶典禮於首都恩吉魯穆德之國會大廈前廣場舉行.)
      if (b >= sp.begin + 3 && (f.compare(b - 2, 2, U"首都") == 0 || f.compare(b - 2, 2, U"首府") == 0)) b -= 2;
      if (f[b - 1] != U'於' && f[b - 1] != U'在') continue;
      for (auto w : kHold)
        if (f.compare(g.span.end, w.size(), w) == 0) return static_cast<int>(k);
      // (Or in a venue of that place: 執行局會議於納卯市政府會議廳開幕; 於…之國會大廈前廣場舉行.)
      uint32_t q = PastGovernmentWord(g.span.end);
      if (q < sp.end && (f[q] == U'之' || f[q] == U'的')) ++q;
      for (auto w : kHold) {
        size_t at = f.find(w, q);
        if (at == std::u32string::npos || at > sp.end || at - q > 12 || at == q) continue;
        // (A site the lexicon knows, or one named like a site: …之國會大廈前廣場舉行.)
        if (!lex_.Venue(q, static_cast<uint32_t>(at)) && !EndsWithVenueWord(std::u32string_view(f.data() + q, at - q))) continue;
        if (std::all_of(f.begin() + q, f.begin() + static_cast<std::ptrdiff_t>(at), IsHan)) return static_cast<int>(k);
      }
    }
  }
  return -1;
}

// The day this edition of event hit `event` opened, where a sentence starting with 本屆 / 本次 / 今年 (and the event's
// ending, 本屆研討會) dates its holding (於2026年8月25日至26日…舉行), for the report's own event (`own`); or, for a
// ceremony, where a sentence names the end of its name after a date (於11月3日…主持慶祝典禮). Its last day in `end`;
// invalid if none.
Date DocumentExtraction::ThisEditionDate(size_t event, int name_year, bool own, Date* end) const {
  const std::u32string& f = nt_.folded;
  std::u32string name = ToU32(events_[event].name);
  if (name.size() < 4) return {};
  std::u32string ending = name.substr(name.size() - 2);  // (討會 of 研討會: 本屆研討會, 本次研討會)
  const bool ceremony = name.size() >= 8 && (name.ends_with(U"典禮") || name.ends_with(U"儀式"));
  if (!own && !ceremony) return {};
  const std::u32string folded_name = Gazetteer::Fold(name);
  const std::u32string tail = name.substr(name.size() - 4);
  // (The date field under the document's first line naming it.)
  if (Date field; TitleEventFields(event, &field, nullptr) && field.valid() && (!name_year || field.year == name_year)) {
    *end = Date{};
    return field;
  }
  for (const Span& sp : sentences_) {
    std::u32string_view text(f.data() + sp.begin, sp.size());
    text = text.substr(std::min(text.size(), text.find_first_not_of(U" \n")));
    bool this_one = false;
    bool this_year = false;  // (今年, 本年度: an event named with another year is not the one meant)
    for (auto w : kThisEditionWords) {
      if (!own || !text.starts_with(w)) continue;
      this_year = w == U"今年" || w == U"本年";
      // (本屆研討會; or the year's word then the kind's name, up to where or when: 本年度亞太區域會議於9月8日….)
      std::u32string_view rest = text.substr(w.size());
      if (rest.starts_with(U"度")) rest.remove_prefix(1);
      const size_t stop = rest.find_first_of(U"於在,，;；。");
      const std::u32string_view head = rest.substr(0, std::min<size_t>({stop, 12, rest.size()}));
      this_one = this_one || rest.substr(0, ending.size() + 2).find(ending) != std::u32string_view::npos ||
                 (head.ends_with(ending) && std::all_of(head.begin(), head.end(), [](char32_t c) { return IsHan(c); }));
    }
    // (Or a sentence opening with the end of its name, then where or when: 推介會於7月7日晚間在…舉行, 論壇於…,
    // 答：博覽會7月17日在宜野灣開幕.)
    this_one = this_one || (own && OpensWithEdition(text, name, folded_name));
    // (Or one on the series, opening with its name without the year, that says when this year's was held: 註1：阿德雷德
    // 藝穗節創辦於1960年，…，2026年於2月20日至3月22日舉行 — only a date after the name's year written so.)
    bool series = false;
    if (own && !this_one && name_year) {
      const std::u32string bare = NameWithoutYear(events_[event].name);
      series = bare.size() >= 4 && bare.size() + 4 <= name.size() && PastSpeakerLabel(text).starts_with(Gazetteer::Fold(bare));
      this_one = series;
    }
    // (An exhibition opening as 展覽: 展覽於10月22日在…開幕, for 「ITB Asia 2026」亞洲旅遊展 — its name or the gloss after
    // its quote ends with 展 or 博覽會.)
    if (own && !this_one) {
      const std::u32string_view opening = PastSpeakerLabel(text);
      this_one = IsExhibition(events_[event]) && (opening.starts_with(U"展覽於") || opening.starts_with(U"展覽在") || opening.starts_with(U"展會於") ||
                          opening.starts_with(U"展會在"));
    }
    // (Or a ceremony named by the end of its name, presided or held on a day: 於11月3日在市政廳主持慶祝典禮.)
    size_t tail_at = std::u32string_view::npos;
    if (ceremony) {
      // (Not the sentence naming it whole: its dates are the trip's there.)
      tail_at = text.find(tail);
      if (tail_at != std::u32string_view::npos && text.find(folded_name) != std::u32string_view::npos) tail_at = std::u32string_view::npos;
      this_one = this_one || tail_at != std::u32string_view::npos;
    }
    if (!this_one || (this_year && name_year && name_year != DefaultDate().year)) continue;
    size_t hold = std::u32string_view::npos;
    for (std::u32string_view w : {std::u32string_view(U"舉行"), std::u32string_view(U"舉辦"), std::u32string_view(U"召開"),
                                  std::u32string_view(U"開幕")})
      hold = std::min(hold, text.find(w));
    if (tail_at != std::u32string_view::npos && hold == std::u32string_view::npos) hold = tail_at;
    if (hold == std::u32string_view::npos) continue;
    uint32_t limit = sp.end - static_cast<uint32_t>(text.size() - hold);
    const std::u32string year_at = ToU32(std::to_string(name_year)) + U"年";
    for (const auto& d : FindDates(nt_.text, sp.begin, limit)) {
      if (d.date.month == 0 || d.date.day == 0) continue;
      if (series && !(d.has_year && d.date.year == name_year)) {
        const uint32_t b = d.span.begin;
        const bool after_year = b >= year_at.size() + 1 && (f[b - 1] == U'於' || f[b - 1] == U'在') &&
                                f.compare(b - 1 - year_at.size(), year_at.size(), year_at) == 0;
        if (!after_year) continue;
      }
      Date dd = d.date;
      if (!d.has_year) dd.year = name_year ? name_year : DefaultDate().year + d.year_offset;
      if (name_year && dd.year != name_year) continue;
      *end = Date{};
      if (d.range_end.valid()) {
        *end = d.range_end;
        if (end->year == 0) end->year = dd.year;
      }
      return dd;
    }
    // (Or, the sentence saying it opened and writing no day, the day its block's heading gives: 一、開幕式（11月11日） /
    // 世界大會於塔林文化中心開幕.)
    if (text.compare(hold, 2, U"開幕") == 0)
      if (const Date heading = DayHeadingAbove(sp.begin); heading.valid() && (!name_year || heading.year == name_year)) {
        *end = Date{};
        return heading;
      }
  }
  return {};
}

bool DocumentExtraction::TitleEventFields(size_t event, Date* date, int* place_seg) const {
  const std::u32string& f = nt_.folded;
  size_t first = f.find_first_not_of(U" \n");
  if (first == std::u32string::npos) return false;
  size_t line_end = f.find(U'\n', first);
  if (line_end == std::u32string::npos || events_[event].span.begin < first || events_[event].span.end > line_end) return false;
  bool any = false;
  size_t b = line_end + 1;
  for (int lines = 0; lines < 8 && b < f.size(); ++lines) {
    size_t e = f.find(U'\n', b);
    if (e == std::u32string::npos) e = f.size();
    size_t k = b;
    while (k < e && f[k] == U' ') ++k;
    std::u32string_view line(f.data() + k, e - k);
    if ((line.starts_with(U"日期:") || line.starts_with(U"時間:")) && date && !date->valid())
      for (const auto& d : FindDates(nt_.text, static_cast<uint32_t>(k), static_cast<uint32_t>(e)))
        if (d.has_year && d.date.month > 0 && d.date.day > 0) {
          *date = d.date;
          any = true;
          break;
        }
    if (line.starts_with(U"地點:") && place_seg && *place_seg < 0) {
      auto [lo, hi] = SegsIn({static_cast<uint32_t>(k), static_cast<uint32_t>(e)});
      for (size_t g = lo; g < hi && *place_seg < 0; ++g)
        if (segs_[g].kind == SegKind::kPlace) {
          *place_seg = static_cast<int>(g);
          any = true;
        }
    }
    b = e + 1;
  }
  return any;
}

// Does the sentence go on from the one before, opening with 隨後, 接著, 會後, 下午 …?
bool DocumentExtraction::GoesOnFromBefore(uint32_t sentence) const {
  std::u32string_view text(nt_.folded.data() + sentences_[sentence].begin, sentences_[sentence].size());
  text = text.substr(std::min(text.size(), text.find_first_not_of(U" \n")));
  return ContainsAny(text.substr(0, 2), {U"隨後", U"接著", U"會後", U"稍後", U"下午", U"晚間", U"晚上", U"傍晚", U"中午"});
}

// Does the text near its top tell of visitors to the publisher's city (…一行18人今(5)日訪問高雄, 來訪, 抵達臺中)?
bool DocumentExtraction::VisitsPublisher() const {
  if (publisher_ < 0) return false;
  const std::u32string& f = nt_.folded;
  std::u32string_view head(f.data(), std::min<size_t>(f.size(), 600));
  const Entity& pub = out_.entities[static_cast<size_t>(publisher_)];
  std::vector<std::u32string> names = {Gazetteer::Fold(ToU32(pub.label))};
  for (const std::string& n : pub.names) names.push_back(Gazetteer::Fold(ToU32(n)));
  // (Not the publisher's own delegation welcomed abroad: 省長：歡迎雲林縣代表團來訪, 歡迎貴縣訪問團來訪.)
  for (size_t at = head.find(U"來訪"); at != std::u32string_view::npos; at = head.find(U"來訪", at + 2)) {
    std::u32string_view before = head.substr(0, at);
    bool own = false;
    for (std::u32string_view team : {U"代表團", U"訪問團", U"訪團", U"團隊", U"一行"})
      if (before.ends_with(team)) {
        const std::u32string_view who = before.substr(0, before.size() - team.size());
        own = who.ends_with(U"貴市") || who.ends_with(U"貴縣") ||
              std::any_of(names.begin(), names.end(), [&](const std::u32string& n) { return n.size() >= 2 && who.ends_with(n); });
        break;
      }
    if (!own) return true;
  }
  // (訪臺 "visits Taiwan" — not 參訪台灣自來水公司, a call on a body named after Taiwan.)
  for (std::u32string_view w : {std::u32string_view(U"訪臺"), std::u32string_view(U"訪台")})
    for (size_t at = head.find(w); at != std::u32string_view::npos; at = head.find(w, at + 2))
      if (at == 0 || std::u32string_view(U"參拜探查走").find(head[at - 1]) == std::u32string_view::npos) return true;
  // (In English: "… visits Taoyuan", "… visit to Taoyuan"; "called on Taoyuan City Government".)
  // (Or by its name without its kind, Visits Hualien for Hualien County; or "arrived in", "led a delegation to".)
  if (const std::string& en = out_.entities[static_cast<size_t>(publisher_)].label_en; !en.empty()) {
    std::u32string name = Gazetteer::Fold(ToU32(en));
    std::u32string bare = name;
    for (std::u32string_view kind : {std::u32string_view(U" county"), std::u32string_view(U" city")})
      if (bare.size() > kind.size() + 3 && bare.ends_with(kind)) bare.resize(bare.size() - kind.size());
    // (Not its possessive: a delegation to Taichung's sister city went elsewhere.)
    auto named = [&](size_t at, const std::u32string& n) {
      const size_t e = at + n.size();
      return e >= head.size() || !(IsLatinLetter(head[e]) || head[e] == U'\'' || head[e] == U'’');
    };
    for (std::u32string_view verb : {std::u32string_view(U"visits "), std::u32string_view(U"visit to "), std::u32string_view(U"visited "),
                                     std::u32string_view(U"called on "), std::u32string_view(U"called on the "),
                                     std::u32string_view(U"arrived in "), std::u32string_view(U"arrives in "),
                                     std::u32string_view(U"delegation to ")})
      for (const std::u32string* n : {&name, &bare})
        if (const size_t at = head.find(std::u32string(verb) + *n); at != std::u32string_view::npos && named(at + verb.size(), *n)) {
          // (Not one's own earlier visit the text recalls: recalled her visit to Taitung, the council's visit to ….)
          const std::u32string_view before = head.substr(0, at);
          if (verb == U"visit to " && (before.ends_with(U"'s ") || before.ends_with(U"’s ") || before.ends_with(U"her ") ||
                                       before.ends_with(U"his ") || before.ends_with(U"their ") || before.ends_with(U"its ") ||
                                       before.ends_with(U"last ") || before.ends_with(U"previous ") || before.ends_with(U"earlier ")))
            continue;
          return true;
        }
    // (Or received at the publisher's seat: "signed … at the Taitung County Government", "at Taichung City Hall".)
    for (std::u32string_view seat : {std::u32string_view(U" government"), std::u32string_view(U" city hall")})
      for (std::u32string_view at : {std::u32string_view(U"at the "), std::u32string_view(U"at ")})
        if (head.find(std::u32string(at) + name + std::u32string(seat)) != std::u32string_view::npos) return true;
  }
  // (A schedule for receiving a delegation: 接待美國德州普萊諾市訪問團行程表.)
  {
    std::u32string_view top = head.substr(0, std::min<size_t>(head.size(), 120));
    size_t receive = top.find(U"接待");
    if (receive != std::u32string_view::npos &&
        NamesDelegation(top.substr(receive)))
      return true;
  }
  for (const std::u32string& n : names)
    // (Also 訪 alone, as a headline writes it: 首訪新北, 率團訪高雄; and 拜會 + the publisher's government: 拜會新北市政府.)
    for (std::u32string_view verb : {std::u32string_view(U"訪問"), std::u32string_view(U"抵達"), std::u32string_view(U"造訪"),
                                     std::u32string_view(U"來到"), std::u32string_view(U"訪"), std::u32string_view(U"拜會")})
      if (n.size() >= 2 && head.find(std::u32string(verb) + n) != std::u32string_view::npos) return true;
  return false;
}

// The government heading the column of a table that `pos` stands in: the header cell holds a local government's name and
// nothing else (臺南市⇥聖安東尼奧市; 臺南市政府). -1 otherwise.
int DocumentExtraction::ColumnGovernment(uint32_t pos) {
  const Span cell = detail::TableHeaderCell(nt_.folded, pos);
  if (cell.size() == 0) return -1;
  const int k = SegStartingAt(cell.begin);
  if (k < 0 || segs_[static_cast<size_t>(k)].kind != SegKind::kPlace) return -1;
  std::u32string_view rest(nt_.folded.data() + segs_[static_cast<size_t>(k)].span.end, cell.end - segs_[static_cast<size_t>(k)].span.end);
  if (!rest.empty() && rest != U"政府" && rest != U"市政府" && rest != U"縣政府") return -1;
  return EntityForSeg(k);
}

// The title heading the column of a table that `pos` stands in (國家⇥城市⇥…⇥現任市長): the header cell is a title, after
// 現任 / 時任 / 前任 (then *past is set for the last two). -1 otherwise.
int DocumentExtraction::ColumnTitle(uint32_t pos, bool* past) const {
  const Span cell = detail::TableHeaderCell(nt_.folded, pos);
  if (cell.size() < 2) return -1;
  uint32_t b = cell.begin;
  const std::u32string_view text(nt_.folded.data() + b, cell.size());
  *past = text.starts_with(U"時任") || text.starts_with(U"前任");
  if (*past || text.starts_with(U"現任")) b += 2;
  const int k = SegStartingAt(b);
  if (k < 0 || segs_[static_cast<size_t>(k)].kind != SegKind::kTitle || segs_[static_cast<size_t>(k)].span.end != cell.end) return -1;
  return k;
}

// The sentence right after event hit i's whose subject is the event named by its kind (…出席第十八屆海峽論壇大會。大會於
// 15日上午…舉行，…X、Y等人出席: 大會, 本屆論壇, 該峰會), or -1.
int DocumentExtraction::KindSubjectSentence(size_t i) const {
  const uint32_t si = events_[i].sentence + 1;
  if (si >= sentences_.size()) return -1;
  std::u32string_view text(nt_.folded.data() + sentences_[si].begin, sentences_[si].size());
  text = text.substr(std::min(text.size(), text.find_first_not_of(U" \n")));
  for (std::u32string_view w : {U"本屆", U"本次", U"該"})
    if (text.starts_with(w)) text.remove_prefix(w.size());
  const std::u32string name = Gazetteer::Fold(ToU32(events_[i].name));
  for (std::u32string_view kind : detail::kEventKindWords)
    if (text.starts_with(kind) && name.ends_with(kind) && text.size() > kind.size() &&
        std::u32string_view(U"於在由將,，").find(text[kind.size()]) != std::u32string_view::npos)
      return static_cast<int>(si);
  return -1;
}

// 赴廈門市出席第十八屆海峽論壇大會。大會於15日上午在…舉行: the day alone (15日) the sentence after event hit i's, its
// subject the name's kind, says it was held on; 0 if none.
// The last date with its month and day the text writes in the `max_back` sentences before `sentence` (the latest of the
// nearest sentence that writes one), in the report's year where it writes none; an invalid date if none.
Date DocumentExtraction::LastFullDateBefore(uint32_t sentence, uint32_t max_back) const {
  for (uint32_t k = sentence; k > 0 && sentence - k < max_back;) {
    --k;
    const auto dates = FindDates(nt_.text, sentences_[k].begin, sentences_[k].end);
    for (auto d = dates.rbegin(); d != dates.rend(); ++d)
      if (d->date.month != 0 && d->date.day != 0)
        return Date{d->has_year ? d->date.year : DefaultDate().year + d->year_offset, d->date.month, d->date.day};
  }
  return Date{};
}

Date DocumentExtraction::DayAloneDate(uint32_t sentence, uint32_t pos, int day, int depth) const {
  // (The month of the last day written before it, in its sentence or the twelve before — a full date, or a day alone
  // itself read so, 31日…。1日… — else the trip's first day's.)
  Date ref;
  for (const auto& d : FindDates(nt_.text, sentences_[sentence].begin, pos))
    if (d.date.month > 0 && d.date.day > 0) ref = Date{d.has_year ? d.date.year : DefaultDate().year + d.year_offset, d.date.month, d.date.day};
  if (!ref.valid()) ref = depth < 6 ? LastDayBefore(sentence, 12, depth + 1) : LastFullDateBefore(sentence, 12);
  if (!ref.valid()) ref = DefaultDate();
  return DayAfter(ref, day, out_.meta.trip_start, out_.meta.trip_end);
}

Date DocumentExtraction::LastDayBefore(uint32_t sentence, uint32_t max_back, int depth) const {
  for (uint32_t k = sentence; k > 0 && sentence - k < max_back;) {
    --k;
    if (const Date d = LastDayWritten(k, sentences_[k].begin, sentences_[k].end, depth); d.valid()) return d;
  }
  return Date{};
}

Date DocumentExtraction::LastDayWritten(uint32_t sentence, uint32_t b, uint32_t pos, int depth) const {
  const std::u32string& f = nt_.folded;
  Date last;
  uint32_t last_at = 0;
  for (const auto& d : FindDates(nt_.text, b, pos))
    if (d.date.month > 0 && d.date.day > 0) {
      last = Date{d.has_year ? d.date.year : DefaultDate().year + d.year_offset, d.date.month, d.date.day};
      last_at = d.span.end;
    }
  uint32_t at = 0, end = 0;
  for (uint32_t k = std::max(b, last_at); const int day = FirstDayAlone(f, k, pos, &at, &end); k = end)
    if (const Date d = DayAloneDate(sentence, at, day, depth); d.valid()) last = d;
  return last;
}

int DocumentExtraction::HeldOnDay(size_t i) const {
  const int k = KindSubjectSentence(i);
  if (k < 0) return 0;
  const Span s = sentences_[static_cast<size_t>(k)];
  const std::u32string_view text(nt_.folded.data() + s.begin, s.size());
  const size_t held = std::min({text.find(U"舉行"), text.find(U"舉辦"), text.find(U"召開"), text.find(U"開幕")});
  const size_t at = text.find(U'於');
  if (held == std::u32string_view::npos || at == std::u32string_view::npos || at > held || at > 6) return 0;
  size_t q = at + 1;
  int day = 0;
  while (q < text.size() && q - at <= 2 && text[q] >= U'0' && text[q] <= U'9') day = day * 10 + static_cast<int>(text[q++] - U'0');
  return q < text.size() && text[q] == U'日' && day >= 1 && day <= 31 ? day : 0;
}

// The value of the cover's destination field (出國地點：日本宮崎縣宮崎市、日向市), or an empty span.
Span DocumentExtraction::TripPlaceField() const {
  const std::u32string& f = nt_.folded;
  static const std::u32string_view kFields[] = {U"出國地點", U"派赴國家", U"派赴地點", U"出國地區", U"出訪地點", U"訪問地點",
                                                U"前往地點", U"出國國家"};
  for (auto field : kFields) {
    for (size_t at = FindInHead(field); at != std::u32string::npos; at = FindInHead(field, at + 1)) {
      // (Or after a list's number at the line's start: 參、出國地點：埃及開羅.)
      auto numbered = [&] {
        if (at < 2 || f[at - 1] != U'、') return false;
        size_t b = at - 1;
        while (b > 0 && at - 1 - b < 3 && std::u32string_view(U"壹貳參肆伍陸柒捌玖拾一二三四五六七八九十0123456789").find(f[b - 1]) !=
                                              std::u32string_view::npos)
          --b;
        return b < at - 1 && (b == 0 || f[b - 1] == U'\n');
      };
      if (at > 0 && f[at - 1] != U'\n' && f[at - 1] != U'\t' && f[at - 1] != U' ' && !numbered()) continue;
      size_t colon = at + field.size();
      // (A field's second name after a slash or in parentheses: 派赴國家/地區：, 出國地點(城市)：.)
      if (colon < f.size() && (f[colon] == U'/' || f[colon] == U'(')) {
        size_t q = colon + 1;
        while (q < f.size() && q <= colon + 5 && IsHan(f[q])) ++q;
        if (q < f.size() && f[q] == U')') ++q;
        if (q > colon + 2) colon = q;
      }
      // (A colon, or a form table's tab: 出國地點⇥日本靜岡縣靜岡市.)
      if (colon >= f.size() || (f[colon] != U':' && f[colon] != U'：' && f[colon] != U'\t')) continue;
      size_t end = f.find_first_of(U"\n\t", colon + 1);
      if (end == std::u32string::npos) end = f.size();
      return {static_cast<uint32_t>(colon), static_cast<uint32_t>(end)};
    }
  }
  return {};
}

// The one place of the destination field the head does not name as visited besides the event (出國地點：日本宮崎縣宮崎市、
// 日向市 under 出席「…論壇」暨參訪宮崎縣日向市: 宮崎市, where the event is), or -1.
int DocumentExtraction::FieldPlaceNotVisited() const {
  const Span field = TripPlaceField();
  if (field.size() == 0) return -1;
  const std::u32string& f = nt_.folded;
  std::set<int> visited;  // gazetteer places the head's lines name after a verb of visiting
  for (Span sp : HeadLines(400, 8)) {
    if (sp.end > field.begin && sp.begin < field.end) continue;  // (the field's own line)
    const std::u32string_view line(f.data() + sp.begin, sp.size());
    size_t visit = std::u32string_view::npos;
    for (std::u32string_view w : {U"參訪", U"拜會", U"訪問"}) visit = std::min(visit, line.find(w));
    if (visit == std::u32string_view::npos) continue;
    auto [lo, hi] = SegsIn({sp.begin + static_cast<uint32_t>(visit), sp.end});
    for (size_t k = lo; k < hi; ++k)
      if (segs_[k].kind == SegKind::kPlace && segs_[k].index >= 0) visited.insert(segs_[k].index);
  }
  if (visited.empty()) return -1;
  auto [lo, hi] = SegsIn(field);
  int found = -1;
  for (size_t k = lo; k < hi; ++k) {
    if (segs_[k].kind != SegKind::kPlace || segs_[k].index < 0 || RegionBeforeItsCity(k) || visited.count(segs_[k].index)) continue;
    if (found >= 0) return -1;
    found = static_cast<int>(k);
  }
  return found;
}

// The trip's one destination, from the cover fields (出國地點：越南峴港市, 派赴國家：中國大陸上海市); -1 when the field names
// no place or several.
int DocumentExtraction::TripPlace() const {
  const std::u32string& f = nt_.folded;
  if (const Span field = TripPlaceField(); field.size() > 0) return OnePlaceIn(field);
  // No such field: the destination of a title line near the top (臺東縣長率團訪問日本沖繩縣石垣市報告), its one place after
  // 赴 / 訪問 / 前往 / 出訪.
  for (Span sp : HeadLines(400, 8)) {
    std::u32string_view line(f.data() + sp.begin, sp.size());
    size_t go = std::u32string_view::npos;
    for (std::u32string_view w : {std::u32string_view(U"赴"), std::u32string_view(U"訪問"), std::u32string_view(U"前往"),
                                  std::u32string_view(U"出訪")})
      go = std::min(go, line.find(w));
    if (go != std::u32string_view::npos && line.find(U"報告") != std::u32string_view::npos && line.size() <= 60)
      return OnePlaceIn({sp.begin + static_cast<uint32_t>(go), sp.end});
  }
  // Nor such a title: the one foreign place the text says the delegation arrives at or goes to (抵達函館, 轉往仙台,
  // 前往日本札幌市), where every place so named is that one — a trip to one city. (Not a place of the publisher's
  // country: 抵達桃園國際機場 on the way home.)
  if (publisher_place_ < 0) return -1;
  const std::string& home = g_.places()[static_cast<size_t>(publisher_place_)].country;
  int found = -1;
  for (size_t k = 0; k < segs_.size(); ++k) {
    const Seg& g = segs_[k];
    if (g.kind != SegKind::kPlace) continue;
    const uint32_t b = StartWithCountry(k);
    bool goes = false;
    for (std::u32string_view w : {U"抵達", U"前往", U"轉往", U"轉赴", U"飛往", U"赴"})
      goes = goes || (b >= w.size() && f.compare(b - w.size(), w.size(), w) == 0);
    if (!goes) continue;
    if (g.index < 0 || g_.places()[static_cast<size_t>(g.index)].country == home) continue;
    if (found >= 0 && segs_[static_cast<size_t>(found)].index != g.index) return -1;
    if (found < 0) found = static_cast<int>(k);
  }
  // (A region arrived at names its city written after it, as in a field: 抵達義大利西西里島首府巴勒摩.)
  return found >= 0 && RegionBeforeItsCity(static_cast<size_t>(found)) ? found + 1 : found;
}

// Does place segment `seg` name a region right before a place in it — its city, or its capital after 首府 (沖繩縣石垣市,
// 西西里島首府巴勒摩)?
bool DocumentExtraction::RegionBeforeItsCity(size_t seg) const {
  return LocatesNextPlace(seg) && segs_[seg].index >= 0 && g_.places()[static_cast<size_t>(segs_[seg].index)].kind == EntityKind::kRegion;
}

// The one place named in `span` (a region right before a city in it, 美國馬里蘭州巴爾的摩市 or 沖繩縣石垣市, or its capital
// after 首府, names one: the city); -1 when it names none or several.
int DocumentExtraction::OnePlaceIn(Span span) const {
  auto [lo, hi] = SegsIn(span);
  int found = -1, n = 0;
  for (size_t k = lo; k < hi; ++k) {
    if (segs_[k].kind != SegKind::kPlace) continue;
    if (n == 1 && static_cast<size_t>(found) + 1 == k && RegionBeforeItsCity(static_cast<size_t>(found))) {
      found = static_cast<int>(k);
      continue;
    }
    found = static_cast<int>(k);
    ++n;
  }
  return n == 1 ? found : -1;
}

// The travellers a report's cover fields list: 出國人員：A、B, 姓名職稱：局長 A、科長 B, or one per line after the field
// (up to a line with another field, a blank line or prose).
// Those `leader` brings along wherever the text lists them after his name and 率 (由Hartigan市長率市議員A、執行長B等一行
// 6人來訪): up to the list's end (等, a comma), not one who accompanies after it.
std::vector<int> DocumentExtraction::LedBy(int leader) const {
  const std::u32string& f = nt_.folded;
  std::vector<int> out;
  for (size_t k = 0; k < persons_.size(); ++k) {
    if (person_entity_[k] != leader || persons_[k].sentence >= sentences_.size()) continue;
    const Span sk = sentences_[persons_[k].sentence];
    // (Past his name in another script: 陳文福（Trần Văn Phúc）率….)
    const uint32_t name_end = detail::PastParenthesis(f, persons_[k].name.end, sk.end, 60);
    const std::u32string_view after(f.data() + name_end, sk.end - name_end);
    const size_t lead = after.find(U'率');
    if (lead == std::u32string_view::npos || lead > 4) continue;
    const uint32_t from = name_end + static_cast<uint32_t>(lead) + 1;
    const size_t stop = std::u32string_view(f.data() + from, sk.end - from).find_first_of(U"等，,。;；");
    const uint32_t to = stop == std::u32string_view::npos ? sk.end : from + static_cast<uint32_t>(stop);
    for (size_t j = k + 1; j < persons_.size() && persons_[j].sentence == persons_[k].sentence; ++j)
      if (persons_[j].name.begin >= from && persons_[j].name.begin < to && person_entity_[j] >= 0 && person_entity_[j] != leader &&
          std::find(out.begin(), out.end(), person_entity_[j]) == out.end())
        out.push_back(person_entity_[j]);
  }
  return out;
}

// Is name hit `person_hit` followed (past its gloss in parentheses) by 陪同 — one who accompanies, 代表X（…）陪同?
bool DocumentExtraction::Escorts(size_t person_hit) const {
  const std::u32string& f = nt_.folded;
  const uint32_t past = detail::PastParenthesis(f, persons_[person_hit].name.end, static_cast<uint32_t>(f.size()), 60);
  const std::u32string_view after(f.data() + past, std::min<size_t>(14, f.size() - past));
  // (In English too: Deputy Mayor X accompanied the delegation to….)
  if (after.starts_with(U"陪同") || after.starts_with(U"全程陪同") || after.starts_with(U" accompanied the")) return true;
  static constexpr std::u32string_view kAccompaniesGroup[] = {U"accompanied the visitors", U"accompanied the delegation",
                                                               U"accompanied the guests"};
  auto accompanies_group_at = [&](size_t q) {
    return std::any_of(std::begin(kAccompaniesGroup), std::end(kAccompaniesGroup),
                       [&](std::u32string_view group) { return f.compare(q, group.size(), group) == 0; });
  };
  // (Or past the title set off by commas: X, Executive Director of the Canadian Trade Office in Taipei, accompanied the
  // delegation.)
  if (f.compare(past, 2, U", ") == 0)
    if (const size_t next = AppositiveEnd(past); next != std::u32string::npos && accompanies_group_at(next + 2)) return true;
  // (Or past the body the name is of: Director-General X of the Taipei Economic and Cultural Office in Honolulu
  // accompanied the visitors — capitalized words and of, the, and, in, for between; the visiting group, not one who
  // accompanies his own mayor.)
  if (f.compare(past, 4, U" of ") != 0) return false;
  const std::u32string& t = nt_.text;
  for (uint32_t q = past + 1; q < f.size() && q < past + 120;) {
    if (accompanies_group_at(q)) return true;
    uint32_t we = q;
    while (we < f.size() && (IsLatinLetter(t[we]) || t[we] == U'-')) ++we;
    const std::u32string_view w(f.data() + q, we - q);
    if (we == q || !((t[q] >= U'A' && t[q] <= U'Z') || w == U"of" || w == U"the" || w == U"and" || w == U"in" || w == U"for")) return false;
    if (we >= f.size() || t[we] != U' ') return false;
    q = we + 1;
  }
  return false;
}

size_t DocumentExtraction::AppositiveEnd(size_t comma) const {
  const std::u32string& f = nt_.folded;
  const size_t next = f.find(U", ", comma + 2);
  const size_t end = std::min(f.find_first_of(U".\n", comma), f.size());
  return next != std::u32string::npos && next < end && next - comma <= 100 &&
                 std::u32string_view(f.data() + comma, next - comma).find(U" of ") != std::u32string_view::npos
             ? next
             : std::u32string::npos;
}

std::vector<int> DocumentExtraction::Travellers() const {
  const std::u32string& f = nt_.folded;
  static const std::u32string_view kFields[] = {U"出國人員", U"姓名職稱", U"出國成員", U"團員名單", U"訪問團成員", U"代表團成員",
                                                U"出國人員姓名", U"隨團人員", U"隨行人員", U"團員", U"出國人員姓名及職稱",
                                                U"出國人員姓名職稱", U"出國人員及職稱", U"考察人員", U"考察成員", U"考察團員",
                                                // (Its title and name, a slash between: 出國人員職稱／姓名：副局長／A；科長／B.)
                                                U"出國人員職稱/姓名", U"出國人員職稱／姓名", U"出國人員姓名/職稱", U"出國人員姓名／職稱",
                                                U"出國人員職稱姓名",
                                                // (A heading over a table of them: 出國人員名單 / 姓名⇥服務單位⇥職稱 / ….)
                                                U"出國人員名單", U"出國人員一覽表", U"出國成員名單", U"考察團員名單",
                                                // (A delegation's offices, one a line: 團長：副議長 X / 副團長：議員 Y.)
                                                U"團長", U"副團長"};
  std::vector<int> out;
  size_t line = 0;
  // (A field that names its first and counts the rest, giving them in an annex: 出國人員：副市長 A等3人（名單詳附件）.)
  int annex_count = -1;
  for (int n = 0; n < 40 && line < f.size(); ++n) {
    size_t end = f.find(U'\n', line);
    if (end == std::u32string::npos) end = f.size();
    std::u32string_view text(f.data() + line, end - line);
    // After a heading's enumerator (一、出國人員, (一)出國人員, 1. 出國人員), alone on its line or with a colon.
    {
      size_t k = 0;
      // (Or a bullet: ‧ 團員：….)
      while (k < text.size() && (text[k] == U' ' || text[k] == U'(' || text[k] == U')' || text[k] == U'.' ||
                                 std::u32string_view(U"‧•●■◎▪-").find(text[k]) != std::u32string_view::npos ||
                                 (text[k] >= U'0' && text[k] <= U'9') ||
                                 std::u32string_view(U"一二三四五六七八九十壹貳參肆伍").find(text[k]) != std::u32string_view::npos))
        ++k;
      if (k > 0 && k < text.size() && text[k] == U'、') ++k;
      if (k > 0 && k < text.size()) text.remove_prefix(k);
    }
    bool field = false;
    // (Or a form table's row: 出國人員⇥嘉義縣副縣長 陳明宏、…: that row alone.)
    bool form_row = false;
    for (auto w : kFields) {
      form_row = form_row || (text.starts_with(w) && text.size() > w.size() && text[w.size()] == U'\t');
      field = field || (text.starts_with(w) && (text.size() == w.size() || text[w.size()] == U':' || text[w.size()] == U'：'));
    }
    field = field || form_row;
    // (Or the head of slash-separated records, as the national reports system's abstract page writes them:
    // 出國人員姓名/服務機關/單位/職稱/電話：, then one record a line.)
    bool records = false;
    for (auto w : kFields)
      records = records || (text.starts_with(w) && text.size() > w.size() && text[w.size()] == U'/' && text.size() <= 40 &&
                            (text.back() == U':' || text.back() == U'：'));
    field = field || records;
    // (Or the publisher's attendees under a heading, 本府出席人員; or a heading that lists a delegation's members, 拓銷團
    // 成員如下：.)
    {
      std::u32string_view h = text;
      while (!h.empty() && (h.back() == U' ' || h.back() == U':' || h.back() == U'：')) h.remove_suffix(1);
      field = field || h == U"本府出席人員" || h == U"本市出席人員" || h == U"本府與會人員" ||
              (text.size() <= 16 && (text.ends_with(U":") || text.ends_with(U"：")) &&
               (h.ends_with(U"團成員如下") || h.ends_with(U"團員如下") || h.ends_with(U"團成員")));
    }
    if (field && annex_count < 0 && (text.find(U"附件") != std::u32string_view::npos || text.find(U"附表") != std::u32string_view::npos))
      if (const size_t d = text.find(U'等'); d != std::u32string_view::npos && d + 2 < text.size() && text[d + 1] >= U'1' &&
                                             text[d + 1] <= U'9' && text[d + 2] == U'人')
        annex_count = static_cast<int>(text[d + 1] - U'0');
    if (field) {
      size_t until = end;
      // Names one per line after the field (also form lines: 職稱：副市長　姓名：何文彬).
      while (until < f.size()) {
        size_t next = f.find(U'\n', until + 1);
        if (next == std::u32string::npos) next = f.size();
        std::u32string_view more(f.data() + until + 1, next - until - 1);
        bool form = more.find(U"姓名:") != std::u32string_view::npos;
        if (more.empty() || form_row || more.size() > (records && more.find(U'/') != std::u32string_view::npos ? 80u : 40u) ||
            (!form && (more.find(U':') != std::u32string_view::npos || more.find(U'：') != std::u32string_view::npos)))
          break;
        until = next;
      }
      auto lo = std::lower_bound(person_occurrences_.begin(), person_occurrences_.end(),
                                 std::make_pair(static_cast<uint32_t>(line), -1));
      for (auto it = lo; it != person_occurrences_.end() && it->first < until; ++it)
        if (std::find(out.begin(), out.end(), it->second) == out.end()) out.push_back(it->second);
    }
    line = end + 1;
  }
  // Those of the annex that field points to: the rows of the table under a heading that names the travellers' list
  // (附件　出國人員名單及經費支出明細表), taken when they are as many as the field counts.
  if (annex_count > 0 && !out.empty())
    for (size_t at = f.find(U"出國人員名單"); at != std::u32string::npos; at = f.find(U"出國人員名單", at + 1)) {
      size_t head = at;
      while (head > 0 && f[head - 1] != U'\n') --head;
      const std::u32string_view before(f.data() + head, at - head);
      if (!(before.empty() || before.starts_with(U"附件") || before.starts_with(U"附表"))) continue;
      // (The table's rows: from the heading to the blank line after them, within 30 lines.)
      size_t until = f.find(U'\n', at);
      bool rows = false;
      for (int n = 0; n < 30 && until != std::u32string::npos && until < f.size(); ++n) {
        size_t next = f.find(U'\n', until + 1);
        if (next == std::u32string::npos) next = f.size();
        const std::u32string_view row(f.data() + until + 1, next - until - 1);
        if (row.find(U'\t') != std::u32string_view::npos)
          rows = true;
        else if (rows)
          break;
        until = next;
      }
      if (until == std::u32string::npos) until = f.size();
      std::vector<int> listed = out;
      auto lo = std::lower_bound(person_occurrences_.begin(), person_occurrences_.end(), std::make_pair(static_cast<uint32_t>(at), -1));
      for (auto it = lo; it != person_occurrences_.end() && it->first < until; ++it)
        if (std::find(listed.begin(), listed.end(), it->second) == listed.end()) listed.push_back(it->second);
      if (static_cast<int>(listed.size()) == annex_count) out = std::move(listed);
      break;
    }
  // The same in prose: 隨行人員包括本府交通局局長A、B等人, 隨行人員為科長C (up to the sentence's end).
  // (One scan for 隨, the phrases compared where it stands.)
  for (size_t at = f.find(U'隨'); at != std::u32string::npos; at = f.find(U'隨', at + 1)) {
    bool phrase = false;
    for (std::u32string_view w : {std::u32string_view(U"隨行人員包括"), std::u32string_view(U"隨團人員包括"),
                                  std::u32string_view(U"隨行人員有"), std::u32string_view(U"隨行成員包括"),
                                  std::u32string_view(U"隨行人員為"), std::u32string_view(U"隨團人員為"),
                                  std::u32string_view(U"隨行人員計有"), std::u32string_view(U"隨團人員有")})
      phrase = phrase || f.compare(at, w.size(), w) == 0;
    if (!phrase) continue;
    size_t until = f.find(U'。', at);
    if (until == std::u32string::npos) until = f.size();
    auto lo = std::lower_bound(person_occurrences_.begin(), person_occurrences_.end(), std::make_pair(static_cast<uint32_t>(at), -1));
    for (auto it = lo; it != person_occurrences_.end() && it->first < until; ++it)
      if (std::find(out.begin(), out.end(), it->second) == out.end()) out.push_back(it->second);
  }
  // (And an English report's field of its own travellers, on its line: Delegation: Director-General A, …; Section Chief B
  // — not in a report on visitors to the publisher, where that field names them; that asked only where such a line is.)
  {
    std::vector<std::pair<size_t, size_t>> rows;
    for (size_t row = 0, n = 0; row < f.size() && n < 20; ++n) {
      size_t end = f.find(U'\n', row);
      if (end == std::u32string::npos) end = f.size();
      if (f[row] == U'd' || f[row] == U't')
        for (std::u32string_view w : {U"delegation:", U"delegation members:", U"travellers:", U"travelers:"})
          if (f.compare(row, w.size(), w) == 0) rows.emplace_back(row, end);
      row = end + 1;
    }
    if (!rows.empty() && !VisitsPublisher())
      for (const auto& [row, end] : rows) {
        auto lo = std::lower_bound(person_occurrences_.begin(), person_occurrences_.end(), std::make_pair(static_cast<uint32_t>(row), -1));
        for (auto it = lo; it != person_occurrences_.end() && it->first < end; ++it)
          if (std::find(out.begin(), out.end(), it->second) == out.end()) out.push_back(it->second);
      }
  }
  // (And in English prose: Members of the delegation included A, Director-General of …, and B — to the sentence's end, or
  // to a relative clause: …included A, Chief Executive of …, who met B — not B.)
  for (std::u32string_view w : {std::u32string_view(U"members of the delegation included "), std::u32string_view(U"the delegation included "),
                                std::u32string_view(U"the delegation also included "), std::u32string_view(U"delegation members included ")})
    for (size_t at = f.find(w); at != std::u32string::npos; at = f.find(w, at + 1)) {
      auto sentence = std::upper_bound(sentences_.begin(), sentences_.end(), static_cast<uint32_t>(at),
                                       [](uint32_t v, const Span& x) { return v < x.end; });
      uint32_t until = sentence == sentences_.end() ? static_cast<uint32_t>(f.size()) : sentence->end;
      if (const size_t who = f.find(U", who ", at); who < until) until = static_cast<uint32_t>(who);
      auto lo = std::lower_bound(person_occurrences_.begin(), person_occurrences_.end(), std::make_pair(static_cast<uint32_t>(at), -1));
      for (auto it = lo; it != person_occurrences_.end() && it->first < until; ++it)
        if (std::find(out.begin(), out.end(), it->second) == out.end()) out.push_back(it->second);
    }
  // A traveller who leads others abroad (本次由A副縣長率國際事務科科長B、專員C赴菲律賓…出席…): those named between 率 and
  // the going (赴, 前往, 出訪, 訪問, 抵達) or the attending (出席, 參加) travel too.
  {
    for (size_t at = f.find(U'率'); at != std::u32string::npos && at < 8000; at = f.find(U'率', at + 1)) {
      auto lo = std::lower_bound(person_occurrences_.begin(), person_occurrences_.end(), std::make_pair(static_cast<uint32_t>(at), -1));
      if (lo == person_occurrences_.begin()) continue;
      auto leader = std::prev(lo);
      if (at - leader->first > 12 ||
          (std::find(out.begin(), out.end(), leader->second) == out.end() && !IsPublisherSide(leader->second)))
        continue;
      std::u32string_view between(f.data() + leader->first, at - leader->first);
      if (between.find_first_of(U",，。;；、\n") != std::u32string_view::npos) continue;
      // (Searched within the 60 characters after 率 only.)
      const std::u32string_view window(f.data() + at, std::min<size_t>(61, f.size() - at));
      size_t go = std::u32string::npos;
      for (std::u32string_view w : {U"赴", U"前往", U"出訪", U"訪問", U"抵達", U"出席", U"參加"})  // (…率局長B出席: the event named before)
        if (size_t k = window.find(w); k != std::u32string_view::npos) go = std::min(go, at + k);
      if (go == std::u32string::npos || go - at > 60 ||
          std::u32string_view(f.data() + at, go - at).find_first_of(U"。;；\n") != std::u32string_view::npos)
        continue;
      // (Where the sentence names the event itself, its attendance is read from it, with that sentence as evidence.)
      size_t sentence_end = f.find_first_of(U"。\n", go);
      if (std::any_of(events_.begin(), events_.end(), [&](const EventHit& e) { return e.span.begin > at && e.span.begin < sentence_end; }))
        continue;
      for (auto it = lo; it != person_occurrences_.end() && it->first < go; ++it)
        if (std::find(out.begin(), out.end(), it->second) == out.end()) out.push_back(it->second);
    }
  }
  return out;
}

// Where a cover field's label stands: cover fields open a report, so only its first kHead characters are searched
// (a label searched in the whole text costs a pass over every document that lacks it).
size_t DocumentExtraction::FindInHead(std::u32string_view label, size_t from) const {
  static constexpr size_t kHead = 8000;
  std::u32string_view head(nt_.folded.data(), std::min(nt_.folded.size(), kHead));
  return head.find(label, from);
}

// Where the first cue of attending in `s` starts (出席, 參加 …), or s.end if it holds none.
uint32_t DocumentExtraction::FirstAttendCue(Span s) const {
  for (uint32_t p = s.begin; p < s.end; ++p)
    for (const auto& m : lex_.Cues(p))
      if (m.second == CueKind::kAttend) return p;
  return s.end;
}

void DocumentExtraction::BuildRelations() {
  const bool english = detail::WrittenInEnglish(nt_.folded);
  Date as_of = DefaultDate();
  const bool visits_publisher = VisitsPublisher();
  const std::vector<Span> signatory_tables = ParticipantTables(/*signatories=*/true);
  // Posts whose holder the text names, per person: an unplaced title of a person who holds a placed post of
  // the same role elsewhere in the report adds nothing (應勇市長 after 上海市市長應勇).
  std::set<std::pair<int, std::string>> placed_roles;
  auto role_key = [&](const PersonHit::Post& post) {
    Role r = g_.titles()[static_cast<size_t>(post.title)].role;
    return std::string(ontology::RoleName(r)) + (r == Role::kOther ? "|" + post.title_text : std::string());
  };
  for (size_t i = 0; i < persons_.size(); ++i)
    for (const auto& post : persons_[i].posts)
      if ((post.holder_seg >= 0 || !post.holder_org.empty() || !post.holder_place.empty()) && person_entity_[i] >= 0)
        placed_roles.insert({person_entity_[i], role_key(post)});
  // The council the text names for local government `gov` (its name and 議會: 科羅拉多州議會), or -1.
  auto council_named = [&](int gov) {
    const std::string council = out_.entities[static_cast<size_t>(gov)].label + "議會";
    for (size_t k = 0; k < out_.entities.size(); ++k)
      if (out_.entities[k].kind == EntityKind::kOrganization && out_.entities[k].label == council) return static_cast<int>(k);
    return -1;
  };
  // Posts.
  std::set<int> folded_units;  // sections folded into the agency of the cover fields
  std::vector<std::pair<size_t, int>> listed_after;  // (a post in the publisher, the colleague listed right before)
  for (size_t i = 0; i < persons_.size(); ++i) {
    const PersonHit& p = persons_[i];
    int person = person_entity_[i];
    if (person < 0) continue;
    for (const auto& post : p.posts) {
      const TitleInfo& title = g_.titles()[static_cast<size_t>(post.title)];
      if (title.scope == TitleScope::kHonorific) continue;
      int folded_holder = -1;
      std::string folded_title;
      bool folded_self = false;  // the "unit" is the agency's own kind word (小組主席 of 波蘭國會波台議員小組)
      // A section named bare under the report's cover fields (服務機關：臺南市政府秘書處 / 姓名職稱：國際事務組組長 X) is
      // a unit of the agency there: the post is in the agency, its title written with the section (國際事務組組長).
      if (post.holder_seg >= 0 && title.scope != TitleScope::kNation) {
        const Seg& unit = segs_[static_cast<size_t>(post.holder_seg)];
        std::u32string_view written(nt_.folded.data() + unit.span.begin, unit.span.size());
        const bool bare = unit.kind == SegKind::kPatternOrg && unit.absorbed_places.empty() && written.size() <= 8 &&
                          std::u32string_view(ToU32(unit.name)).ends_with(written);
        // (Or a centre of an agency that is no government's department, under its cover fields: 服務機關：臺北市立動物園 /
        // 出國人員：…、保育研究中心主任 X — the zoo's post, the centre in the title.)
        if (bare && written.size() >= 4 && written.ends_with(U"中心") && title.scope != TitleScope::kGov) {
          const int agency = HeaderUnitBefore(p.name.begin);
          if (agency >= 0 && out_.entities[static_cast<size_t>(agency)].kind == EntityKind::kOrganization &&
              out_.entities[static_cast<size_t>(agency)].label.find("政府") == std::string::npos) {
            folded_units.insert(post.holder_seg);
            folded_holder = agency;
            folded_title = nt_.Utf8(unit.span) + post.title_text;
            // (And where the text names it bare again: 率保育研究中心同仁出席.)
            for (size_t k = 0; k < segs_.size(); ++k)
              if (segs_[k].kind == SegKind::kPatternOrg && segs_[k].name == unit.name && segs_[k].absorbed_places.empty())
                folded_units.insert(static_cast<int>(k));
          }
        }
        // (Or a division of the body a sentence calls on, for one of the other side: 拜會NEA，由病媒防治處處長X接見 — the
        // agency's post, the division in the title; not the publisher's department of that name.)
        if (folded_holder < 0 && bare && p.foreign &&
            (written.ends_with(U"處") || written.ends_with(U"部") || written.ends_with(U"室") || written.ends_with(U"署"))) {
          const int visited = VisitedOrgBefore(unit.span.begin, p.sentence);
          if (visited >= 0 && out_.entities[static_cast<size_t>(visited)].kind == EntityKind::kOrganization &&
              out_.entities[static_cast<size_t>(visited)].label.find("政府") == std::string::npos) {
            folded_units.insert(post.holder_seg);
            folded_holder = visited;
            folded_title = nt_.Utf8(unit.span) + post.title_text;
          }
        }
        if (folded_holder < 0 && bare && (written.ends_with(U"組") || written.ends_with(U"科") || written.ends_with(U"股") ||
                                          written.ends_with(U"課"))) {
          // (The government abroad whose head or deputy receives first: 由日南市副市長A接見，農林水產課課長B簡報 — a post in
          // that city, the section in the title.)
          const int gov = CalledOnGovernmentBefore(unit.span.begin, p.sentence);
          // (Else the body the sentence calls on first: 拜會臺北駐日經濟文化代表處，由教育組組長X接見.)
          int agency = gov >= 0 && gov != publisher_ ? gov : VisitedOrgBefore(unit.span.begin, p.sentence);
          if (agency < 0) agency = HeaderUnitBefore(p.name.begin);
          if (agency < 0) agency = IssuingDepartment();
          if (agency >= 0) {
            folded_units.insert(post.holder_seg);
            folded_holder = agency;
            folded_title = nt_.Utf8(unit.span) + post.title_text;
            folded_self = out_.entities[static_cast<size_t>(agency)].label.ends_with(nt_.Utf8(unit.span));
          }
        }
      }
      // A council's committee named bare after the council in the sentence (拜會蔚山廣域市議會，由議長A接見，產業建設委員會
      // 委員長B在座): the post is the council's, the committee in its title; the committee is no body of its own.
      if (folded_holder < 0 && post.holder_seg >= 0 && title.scope != TitleScope::kNation) {
        const Seg& unit = segs_[static_cast<size_t>(post.holder_seg)];
        std::u32string_view written(nt_.folded.data() + unit.span.begin, unit.span.size());
        if (unit.kind == SegKind::kPatternOrg && unit.absorbed_places.empty() && written.ends_with(U"委員會") &&
            written.size() <= 10 && lex_.Place(unit.span.begin).len == 0 && p.sentence < sentences_.size()) {
          auto [lo, hi] = SegsIn({sentences_[p.sentence].begin, unit.span.begin});
          for (size_t k = hi; k-- > lo;) {
            const Seg& c = segs_[k];
            if ((c.kind == SegKind::kOrg || c.kind == SegKind::kPatternOrg) &&
                std::u32string_view(nt_.folded.data() + c.span.begin, c.span.size()).ends_with(U"議會")) {
              folded_units.insert(post.holder_seg);
              folded_holder = EntityForSeg(static_cast<int>(k));
              folded_title = nt_.Utf8(unit.span) + post.title_text;
              break;
            }
          }
        }
      }
      // A department named bare in a meeting record's list of the other side's officials (◆ 會見人員：副市長 Tomas
      // Žilinskas、國際關係處處長 Rūta Vaitkevičiūtė): a unit of the government the record visits, named in its title.
      if (folded_holder < 0 && post.holder_seg >= 0 && title.scope != TitleScope::kNation) {
        const Seg& unit = segs_[static_cast<size_t>(post.holder_seg)];
        std::u32string_view written(nt_.folded.data() + unit.span.begin, unit.span.size());
        // (Not a country's office, 紐西蘭商工辦事處: its own body.)
        if (unit.kind == SegKind::kPatternOrg && unit.absorbed_places.empty() && written.size() <= 8 &&
            lex_.Place(unit.span.begin).len == 0 && lex_.Country(unit.span.begin).len == 0 &&
            std::u32string_view(ToU32(unit.name)).ends_with(written) &&
            !written.empty() && std::u32string_view(U"局處室廳課組科").find(written.back()) != std::u32string_view::npos) {
          int gov = RecordGovernment(p.sentence, title.role);
          // (Or in the column of another government in a table of the two sides: 臺南市⇥聖安東尼奧市 over 經濟發展處處長
          // Marco Delgado.)
          if (gov < 0) {
            const int column = ColumnGovernment(p.name.begin);
            if (column >= 0 && column != publisher_) gov = column;
          }
          // (Or, for a head of the other side, the government the sentence calls on: 拜會波茲南市政府，…，並由國際合作處處長
          // Anna Zając說明.)
          if (gov < 0 && p.foreign) {
            const Span sp = sentences_[p.sentence];
            auto [lo, hi] = SegsIn({sp.begin, unit.span.begin});
            for (size_t k = lo; k < hi && gov < 0; ++k) {
              const Seg& g = segs_[k];
              if (g.kind != SegKind::kPlace || g.span.begin < sp.begin + 2) continue;
              const std::u32string_view verb(nt_.folded.data() + g.span.begin - 2, 2);
              const bool government = PastGovernmentWord(g.span.end) > g.span.end || nt_.folded.compare(g.span.end, 1, U"廳") == 0 ||
                                      nt_.folded.compare(g.span.end, 2, U"役所") == 0 || nt_.folded.compare(g.span.end, 3, U"市役所") == 0;
              // (Or arrives at: 抵達和歌山縣廳，由知事X接待，…國際交流課課長Y在座.)
              if ((verb == U"拜會" || verb == U"拜訪" || verb == U"抵達" || verb == U"前往") && government) {
                const int ent = EntityForSeg(static_cast<int>(k));
                if (ent >= 0 && ent != publisher_) gov = ent;
              }
            }
          }
          if (gov >= 0) {
            folded_units.insert(post.holder_seg);
            folded_holder = gov;
            folded_title = nt_.Utf8(unit.span) + post.title_text;
          }
        }
      }
      // A company's branch (高雄港務分公司 after 臺灣港務公司高雄港務分公司): the post is the company's.
      if (folded_holder < 0 && post.holder_seg >= 0 && !branch_company_.empty()) {
        const Seg& unit = segs_[static_cast<size_t>(post.holder_seg)];
        auto it = branch_company_.find(nt_.Utf8(unit.span));
        if (unit.kind == SegKind::kPatternOrg && it != branch_company_.end()) {
          folded_units.insert(post.holder_seg);
          folded_holder = OrgEntity(it->second);
          folded_title = nt_.Utf8(unit.span) + post.title_text;
        }
      }
      // A body's branch at a place, the body written right before the place (AFAD阿德亞曼分署協調員X, after 土耳其災害與
      // 緊急事件管理署（AFAD）): the post is the body's, the place and the branch in the title — whether the branch was
      // read as the place's body or the title's.
      if (folded_holder < 0 && post.holder_seg >= 0 && post.holder_org.empty()) {
        const Seg& at = segs_[static_cast<size_t>(post.holder_seg)];
        const std::u32string& f = nt_.folded;
        const uint32_t place_len = at.kind == SegKind::kPatternOrg ? lex_.Place(at.span.begin).len : 0;
        const uint32_t branch_at = at.kind == SegKind::kPlace ? at.span.end : at.span.begin + place_len;
        const int body = SegEndingAt(at.span.begin);
        auto branch_word = [&](uint32_t q) {
          for (std::u32string_view w : {U"分署", U"分會", U"分處", U"分局", U"分部", U"分院", U"支部", U"辦事處"})
            if (f.compare(q, w.size(), w) == 0) return true;
          return false;
        };
        const bool branch_of_place =
            (at.kind == SegKind::kPlace || (at.kind == SegKind::kPatternOrg && place_len >= 2 && at.span.end - branch_at <= 3)) &&
            branch_at < f.size() && branch_word(branch_at);
        if (branch_of_place && body >= 0 &&
            (segs_[static_cast<size_t>(body)].kind == SegKind::kOrg || segs_[static_cast<size_t>(body)].kind == SegKind::kPatternOrg)) {
          folded_holder = EntityForSeg(body);
          folded_title = nt_.Utf8(at.span) + post.title_text;
          if (at.kind == SegKind::kPatternOrg) folded_units.insert(post.holder_seg);  // (no body of its own)
        }
      }
      int holder = folded_holder >= 0 ? folded_holder : EntityForSeg(post.holder_seg);
      // 該市 + title is never the publisher's own (a text calls its own city 本市): the last other local government named
      // before — 該市經濟事務處處長X after a call on 艾因霍溫市 whose mayor spoke of 臺中, in 臺中市's report.
      if (holder >= 0 && holder == publisher_ && post.holder_seg >= 0 && folded_holder < 0) {
        const std::u32string& f = nt_.folded;
        const std::u32string written = Gazetteer::Fold(ToU32(post.title_text));
        uint32_t tb = p.name.begin;
        // (Past the title's gloss in parentheses: 市府參事（Schepen）X.)
        if (tb > 0 && (f[tb - 1] == U'）' || f[tb - 1] == U')')) {
          const size_t open = f.find_last_of(U"（(", tb - 1);
          if (open != std::u32string::npos && tb - open <= 40) tb = static_cast<uint32_t>(open);
        }
        if (tb >= written.size() && f.compare(tb - written.size(), written.size(), written) == 0)
          tb -= static_cast<uint32_t>(written.size());
        // (Nor is 市府 or 縣府 + title the publisher's for one of the other side, after a call on another government in the
        // sentence: 拜會根特市政府，由負責文化事務之市府參事（Schepen）X接見 — Ghent's.)
        if (p.foreign && tb >= 2 && (f.compare(tb - 2, 2, U"市府") == 0 || f.compare(tb - 2, 2, U"縣府") == 0) &&
            (tb < 3 || f[tb - 3] != U'本'))
          if (const int gov = SentenceGovernmentBefore(tb - 2, p.sentence, Role::kOther); gov >= 0 && gov != publisher_) holder = gov;
        if (tb >= 2 && f[tb - 2] == U'該' && detail::IsAdminSuffixChar(f[tb - 1])) {
          const auto [lo, hi] = SegsIn({tb > 400 ? tb - 400 : 0, tb});
          for (size_t k = hi; k-- > lo;) {
            if (segs_[k].kind != SegKind::kPlace || InsideEvent(segs_[k].span.begin)) continue;
            const int ent = EntityForSeg(static_cast<int>(k));
            if (ent >= 0 && ent != publisher_ && ontology::IsLocalGovernment(out_.entities[static_cast<size_t>(ent)].kind)) {
              holder = ent;
              break;
            }
          }
        }
      }
      // The same with the section written after its department (服務機關：臺北市政府秘書處 / 出國人員：…、秘書處國際事務組組長
      // X): the section is no body of its own, the post is the agency's.
      std::string section_title;
      if (!post.holder_org.empty() && holder >= 0 && folded_holder < 0) {
        const std::string& agency = out_.entities[static_cast<size_t>(holder)].label;
        std::u32string org32 = ToU32(post.holder_org);
        if (post.holder_org.size() > agency.size() && post.holder_org.starts_with(agency) && org32.size() - ToU32(agency).size() <= 6 &&
            (org32.back() == U'組' || org32.back() == U'科' || org32.back() == U'股' || org32.back() == U'課') &&
            HeaderUnitBefore(p.name.begin) == holder)
          section_title = post.holder_org.substr(agency.size()) + post.title_text;
      }
      if (!section_title.empty()) {
        folded_title = section_title;
      } else if (!post.holder_org.empty()) {
        Entity org;
        org.kind = EntityKind::kOrganization;
        org.key = "org:" + MatchKey(post.holder_org);
        org.label = post.holder_org;
        if (!post.holder_org_en.empty()) org.names.push_back(post.holder_org_en);  // (Saint Paul City Council)
        // (An English department named with no place, in an English release, of one of the publisher's own:
        // Director X of the Department of Economic Development is the publisher's department; keyed with the publisher
        // so that every city's "Department of Economic Development" is not one.)
        // (Not one named with its ministry after a comma, Department of European Affairs, Ministry of Foreign Affairs: the
        // nation's; its name before the comma is another name of it.)
        if (const size_t ministry = post.holder_org.find(", Ministry"); ministry != std::string::npos)
          org.names.push_back(post.holder_org.substr(0, ministry));
        // (So is a department of the publisher's kind named in English with no place, Economic Development Bureau. And
        // any Taiwanese government's department so named, with its place or not, goes by its Chinese names for merging
        // across reports: Chiayi City Department of Cultural Affairs is 嘉義市政府文化局 where a report names that.)
        const EnglishDepartment dept = IsLatinLetter(ToU32(post.holder_org)[0]) ? TaiwanDepartmentInEnglish(post.holder_org)
                                                                                 : EnglishDepartment{};
        if (!p.foreign && publisher_ >= 0 && IsLatinLetter(ToU32(post.holder_org)[0]) &&
            (post.holder_org.rfind("Department", 0) == 0 || dept.bare) && post.holder_org.find(", Ministry") == std::string::npos) {
          org.label = PublisherDepartmentInEnglish(post.holder_org);
          org.key = "org:" + MatchKey(org.label);
          org.names.push_back(post.holder_org);
        }
        org.merge_names = dept.names;
        if (org.merge_names.empty() && IsLatinLetter(ToU32(post.holder_org)[0])) org.merge_names = TaiwanMissionInEnglish(post.holder_org);
        // (A body's branch named by its place, 台北駐日經濟文化代表處札幌分處處長X: the body itself, named only so, is no
        // body the text tells of — the branch is.)
        if (post.holder_seg >= 0) {
          const Seg& body = segs_[static_cast<size_t>(post.holder_seg)];
          const std::u32string org32 = ToU32(post.holder_org);
          const std::u32string_view branch = std::u32string_view(org32).substr(std::min<size_t>(org32.size(), body.span.size()));
          if (branch.size() >= 3 && branch.size() <= 6 &&
              (branch.ends_with(U"分處") || branch.ends_with(U"分會") || branch.ends_with(U"辦事處") || branch.ends_with(U"事務所")))
            folded_units.insert(post.holder_seg);
          // (So is a ministry named only with its agency, 日本農林水產省水產廳長官X, 交通部觀光署署長Y: the agency is.)
          const std::u32string_view body_name(nt_.folded.data() + body.span.begin, body.span.size());
          if (branch.size() >= 2 && branch.size() <= 6 && (branch.back() == U'廳' || branch.back() == U'署' || branch.back() == U'局') &&
              (body_name.ends_with(U"省") || body_name.ends_with(U"部")))
            folded_units.insert(post.holder_seg);
        }
        // (A body the data know by the English name written: Yushan National Park Headquarters is 玉山國家公園管理處.)
        const int known = IsLatinLetter(ToU32(post.holder_org)[0]) ? KnownOrgNamed(post.holder_org) : -1;
        holder = known >= 0 ? KnownOrgEntity(known, post.holder_org) : AddEntity(std::move(org));
      }
      // (Regensburg City Council member X: the council, named, is a body of the text too.)
      if (!post.council_org.empty()) {
        Entity council;
        council.kind = EntityKind::kOrganization;
        council.key = "org:" + MatchKey(post.council_org);
        council.label = post.council_org;
        council.names.push_back(post.council_org_en);
        AddEntity(std::move(council));
      }
      if (!post.holder_place.empty() && post.holder_place_known >= 0) {
        // 巴生皇家市 (Majlis Bandaraya Diraja Klang): a longer name of a place the gazetteer knows.
        holder = PlaceEntity(post.holder_place_known);
        Entity& place = out_.entities[static_cast<size_t>(holder)];
        for (const std::string* name : {&post.holder_place, &post.holder_place_en})
          if (!name->empty() && *name != place.label && std::find(place.names.begin(), place.names.end(), *name) == place.names.end())
            place.names.push_back(*name);
      } else if (!post.holder_place.empty()) {
        holder = NewPlace(post.holder_place, post.holder_country, post.holder_place_en);
        // (Its English name, where the Chinese one was read from a namesake: Cebu Province for 宿霧省.)
        if (const std::string& en = post.holder_place_derived_from; !en.empty()) {
          Entity& place = out_.entities[static_cast<size_t>(holder)];
          if (place.label_en.empty()) place.label_en = en;
          if (std::find(place.names.begin(), place.names.end(), en) == place.names.end()) place.names.push_back(en);
        }
      }
      // (A unit's head is no head of the body it is folded into: 市議會教育委員會主席 is no council's president.)
      Role role = folded_title.empty() || folded_self ? title.role : Role::kOther;
      std::string title_text = !folded_title.empty() ? folded_title : post.title_text;
      // (Nor is a branch's head the body's: 越南台灣商會聯合總會廣寧分會會長 heads the branch — the branch in the title.)
      if (role != Role::kOther) {
        const std::u32string written = ToU32(title_text);  // (the branch before the title's last two characters)
        if (written.size() > 2 &&
            ContainsAny(std::u32string_view(written).substr(0, written.size() - 2), {U"分會", U"事務所", U"辦事處", U"分處", U"分公司", U"支部"}))
          role = Role::kOther;
      }
      // (Nor is a mayor for a portfolio, written before the title, the city's mayor: 文化暨休閒市長, one of Copenhagen's
      // mayors — the title as written.)
      if (role == Role::kMayor && title_text.size() > std::string("市長").size() && title_text.ends_with("市長") &&
          !title_text.ends_with("副市長") && (title_text.find("暨") != std::string::npos || title_text.find("及") != std::string::npos))
        role = Role::kOther;
      // A team named after its place (桃園隊隊長X, a sports team's captain) is no unit of that government: no post.
      // (The publisher's own team's is of its side all the same.)
      if (holder >= 0 && title_text.starts_with("隊") && title_text.size() > std::string("隊").size() &&
          ontology::IsLocalGovernment(out_.entities[static_cast<size_t>(holder)].kind)) {
        if (holder == publisher_) own_team_.insert(person);
        continue;
      }
      // (So is one of ours, a captain named with no team, body or place at all, 隊長X代表受獎 in a report on the county's
      // boat team: a team's, not a post of the government the report falls back on — of its side.)
      // (Not one of a side written before the title, 韓方隊長X: that country's team's.)
      const auto side_before = [&] {
        const auto written = static_cast<uint32_t>(ToU32(title_text).size());
        return p.name.begin > written && nt_.folded[p.name.begin - written - 1] == U'方';
      };
      if (holder < 0 && !p.foreign && !post.foreign_context && (title_text == "隊長" || title_text == "副隊長") &&
          post.holder_seg < 0 && post.holder_org.empty() && post.holder_place.empty() && !side_before()) {
        own_team_.insert(person);
        continue;
      }
      // A government title right after an organization's name (經團連蔣市長) belongs to no organization.
      if (holder >= 0 && title.scope == TitleScope::kGov &&
          out_.entities[static_cast<size_t>(holder)].kind == EntityKind::kOrganization && role != Role::kCouncillor)
        holder = -1;
      // A national office (立法委員, 參議員) is the nation's, not a body's named before it in a list.
      // (But an office's representative "stationed in" Taiwan is the office's: 馬尼拉經濟文化辦事處駐台代表.)
      if (holder >= 0 && title.scope == TitleScope::kNation &&
          out_.entities[static_cast<size_t>(holder)].kind == EntityKind::kOrganization) {
        const std::string& body = out_.entities[static_cast<size_t>(holder)].label;
        bool office = title_text.starts_with("駐") &&
                      (body.ends_with("辦事處") || body.ends_with("代表處") || body.ends_with("辦公室") || body.ends_with("協會"));
        // (Nor is a minister's, named right after the ministry: 日本農林水產省副大臣 is the ministry's.)
        const bool ministry = (body.ends_with("省") || body.ends_with("部")) && title_text.find("大臣") != std::string::npos;
        // (And a state's legislator named after the state's legislature, 美國加州州議會眾議員, is the state's.)
        if (!office && !ministry) holder = CouncilGovernment(holder);
      }
      if (holder < 0 && title.scope == TitleScope::kOrg) holder = HeadingOrgBefore(p.name.begin);
      if (holder < 0 && (title.scope == TitleScope::kOrg || title.scope == TitleScope::kAny ||
                         (title.scope == TitleScope::kGov && role == Role::kOther)))
        holder = SentenceOrgBefore(p.name.begin, p.sentence, title_text);
      // (日方隊長佐藤健一, after 本隊與日本國際緊急援助隊（JDR）救助隊…: the Japanese side's leader is that body's.)
      if (holder < 0 && (title.scope == TitleScope::kOrg || title.scope == TitleScope::kAny))
        if (const int t = SegEndingAt(p.name.begin); t >= 0 && segs_[static_cast<size_t>(t)].kind == SegKind::kTitle)
          holder = SideBodyBefore(segs_[static_cast<size_t>(t)].span.begin, p.sentence);
      // (A bare secretary-general in the sentence that names a body's president before: 大會由CityNet會長、泗水市長X主持，
      // 秘書長Y報告… — that body's.)
      if (holder < 0 && role == Role::kSecretaryGeneral && !post.foreign_context)
        for (size_t j = i; j-- > 0 && persons_[j].sentence == p.sentence && holder < 0;)
          for (const auto& other : persons_[j].posts)
            if (other.holder_seg >= 0 && g_.titles()[static_cast<size_t>(other.title)].role == Role::kPresident &&
                (segs_[static_cast<size_t>(other.holder_seg)].kind == SegKind::kOrg ||
                 segs_[static_cast<size_t>(other.holder_seg)].kind == SegKind::kPatternOrg)) {
              holder = EntityForSeg(other.holder_seg);
              break;
            }
      if (holder < 0 && (title.scope == TitleScope::kOrg || title.scope == TitleScope::kAny)) holder = RecordBody(p.sentence);
      // (A body's officer met at the body visited: 拜會大阪生活協同組合，與採購經理Y簽署.)
      if (holder < 0 && title.scope == TitleScope::kOrg) holder = VisitedOrgBefore(p.name.begin, p.sentence);
      // (Or the troupe the report leads, where the sentence's subject is 本團: 率臺南市青少年合唱團赴比利時… / 本團於…參加
      // 比賽，由指揮X帶領 — the choir's conductor. A name with a troupe's or band's ending of the data (合唱團, 樂團, 劇團,
      // 舞團 …: org_suffixes.tsv's `quoted`) right after 率 or 率領.)
      if (holder < 0 && title.scope == TitleScope::kOrg && p.sentence < sentences_.size() &&
          std::u32string_view(nt_.folded.data() + sentences_[p.sentence].begin, p.name.begin - sentences_[p.sentence].begin)
                  .find(U"本團") != std::u32string_view::npos) {
        const std::u32string& f = nt_.folded;
        for (size_t k = 0; k < segs_.size() && segs_[k].span.begin < 600 && holder < 0; ++k) {
          const Seg& g = segs_[k];
          if (g.kind != SegKind::kOrg && g.kind != SegKind::kPatternOrg) continue;
          const bool led = (g.span.begin >= 1 && f[g.span.begin - 1] == U'率') ||
                           (g.span.begin >= 2 && f.compare(g.span.begin - 2, 2, U"率領") == 0);
          bool troupe = false;
          for (uint32_t len = 2; len <= 4 && len < g.span.size() && !troupe; ++len) {
            const auto ending = lex_.Suffix(g.span.end - len);
            troupe = ending.len == len && (ending.value & 32u);
          }
          if (led && troupe) holder = EntityForSeg(static_cast<int>(k));
        }
      }
      // A report a council issues (新竹市議會公務出國報告; 出國人員：議長 A、副議長 B): its own officials' titles with no
      // body named are the issuer's.
      if (holder < 0 && !p.foreign && !post.foreign_context) holder = IssuerFor(title_text);
      // (Its secretary-general listed right after its members, 議員⇥X / 秘書長⇥Y, is the council's too — not one listed
      // after the government's head, 列席人員：縣長 A、秘書長 B, in the council's minutes.)
      if (holder < 0 && !p.foreign && !post.foreign_context && title_text == "秘書長" && i > 0 &&
          persons_[i - 1].name.end <= p.name.begin && p.name.begin - persons_[i - 1].name.end <= 24 && !persons_[i - 1].posts.empty()) {
        const std::string& prev = persons_[i - 1].posts.front().title_text;
        if (prev.ends_with("議員") || prev.ends_with("議長")) holder = IssuerFor("議長");
      }
      // (The publisher's own speaker named bare, 由市長A與議長B舉行捐贈儀式, in a text that names the publisher's
      // council: that council's.)
      if (holder < 0 && !p.foreign && !post.foreign_context && publisher_ >= 0 && (title_text == "議長" || title_text == "副議長"))
        holder = council_named(publisher_);
      // A government's own head or deputy listed under a department's cover fields (服務機關：宜蘭縣政府計畫處 /
      // 副縣長 王志遠) holds the post in the government, not in the department.
      bool gov_head = title.scope == TitleScope::kGov && (role == Role::kMayor || role == Role::kDeputyMayor ||
                                                          role == Role::kGovernor || role == Role::kDeputyGovernor);
      if (holder < 0 && title.scope != TitleScope::kNation && !gov_head && !p.foreign) holder = HeaderUnitBefore(p.name.begin);
      // A section's head named with the section and no holder (聯絡窗口：國際觀光科科長　林美秀) in a text a department of the
      // publisher issues (its first line: 高雄市政府觀光局　…行事曆): the post is that department's, the section in its
      // title.
      if (holder < 0 && title.scope != TitleScope::kNation && !gov_head && !p.foreign) {
        const std::u32string& f = nt_.folded;
        uint32_t q = p.name.begin;
        while (q > 0 && (f[q - 1] == U' ' || f[q - 1] == U'\t')) --q;
        const std::u32string written = Gazetteer::Fold(ToU32(title_text));
        if (q >= written.size() + 3 && f.compare(q - written.size(), written.size(), written) == 0) {
          uint32_t t_begin = q - static_cast<uint32_t>(written.size());
          // (Or written apart from the title, after the department's name: 新聞聯絡人：海洋局綜合規劃科　科長 X — that
          // department's.)
          int unit_seg = -1;
          if (t_begin > 0 && f[t_begin - 1] == U' ') {
            uint32_t b = t_begin;
            while (b > 0 && f[b - 1] == U' ') --b;
            uint32_t u = b;
            while (u > 0 && IsHan(f[u - 1]) && b - u < 8 && SegEndingAt(u) < 0) --u;
            int seg = SegEndingAt(u);
            // (Or the section apart from its department too: 新聞聯絡人：觀光新聞處　國際觀光科　科長 X.)
            if (seg < 0 && u > 0 && f[u - 1] == U' ' && b - u >= 3) {
              uint32_t d = u;
              while (d > 0 && f[d - 1] == U' ') --d;
              if (const int dept = SegEndingAt(d); dept >= 0 && segs_[static_cast<size_t>(dept)].kind == SegKind::kPatternOrg) {
                unit_seg = dept;
                t_begin = b;
              }
            }
            if (seg >= 0 && segs_[static_cast<size_t>(seg)].kind == SegKind::kPatternOrg && u > 0 && b - u >= 3) {
              unit_seg = seg;
              t_begin = b;
            }
            // (Or the section alone, the field's value: 新聞聯絡人：國際事務科　科長 X — the issuer's, as below.)
            if (unit_seg < 0 && seg < 0 && u > 0 && f[u - 1] == U':' && b - u >= 3 &&
                std::u32string_view(U"科組課股").find(f[b - 1]) != std::u32string_view::npos)
              t_begin = b;
          }
          // (The section's name as written, whatever words it holds — 國際行銷科 — from the field's colon or the line's
          // start; past 本局, 本處.)
          uint32_t u = t_begin;
          // (Not past 由: 參訪…研究中心，由溫室園藝研究組組長X說明 names the visited body's section.)
          while (u > 0 && IsHan(f[u - 1]) && t_begin - u < 9 && (unit_seg < 0 || SegEndingAt(u) < 0) && f[u - 1] != U'由') --u;
          if (t_begin - u >= 5 && f[u] == U'本') u += 2;
          // (Or the department written right before the section, opening the field: 新聞聯絡人：觀光處國際行銷科科長 X —
          // that department's.)
          for (uint32_t x = t_begin - 2; unit_seg < 0 && x > 0 && x + 9 >= t_begin && IsHan(f[x - 1]); --x) {
            const int dept = SegEndingAt(x);
            if (dept < 0) continue;
            const Seg& g = segs_[static_cast<size_t>(dept)];
            if (g.kind == SegKind::kPatternOrg && (g.span.begin == 0 || !IsHan(f[g.span.begin - 1]))) {
              unit_seg = dept;
              u = x;
            }
            break;
          }
          const uint32_t len = t_begin - u;
          if (len >= 3 && len <= 8 && std::u32string_view(U"科組課股").find(f[t_begin - 1]) != std::u32string_view::npos &&
              (unit_seg >= 0 || u == 0 || !IsHan(f[u - 1]) || (u >= 2 && f[u - 2] == U'本'))) {
            const int dept = unit_seg >= 0 ? EntityForSeg(unit_seg) : IssuingDepartment();
            if (dept >= 0) {
              holder = dept;
              title_text = nt_.Utf8(u, t_begin) + title_text;
            }
          }
        }
      }
      // 由農業局長X簡報 in a city's own text: a department's head written with the department's words glued to the title
      // (農業 + 局長, the department's 局 its title's first character), no holder named: the title as written holds them.
      if (holder < 0 && !p.foreign && !post.foreign_context && !gov_head) {
        const std::u32string& f = nt_.folded;
        const std::u32string written = Gazetteer::Fold(ToU32(title_text));
        if (written.size() == 2 && (written[0] == U'局' || written[0] == U'處') && p.name.begin >= 4 &&
            f.compare(p.name.begin - 2, 2, written) == 0) {
          const uint32_t t_begin = p.name.begin - 2;
          uint32_t u = t_begin;
          while (u > 0 && IsHan(f[u - 1]) && t_begin - u < 5 && SegEndingAt(u) < 0 && !lex_.LeadEndsAt(u)) --u;
          const bool opens = u == 0 || !IsHan(f[u - 1]) || lex_.LeadEndsAt(u);
          if (opens && t_begin - u >= 2 && t_begin - u <= 4 && SegEndingAt(u) < 0)
            title_text = nt_.Utf8(u, t_begin) + title_text;
        }
      }
      // (Or one placed with a longer title ending in this one: 簡秀玲科長 after 農業處茶業科科長簡秀玲.)
      auto placed_as = [&]() {
        const std::string key = role_key(post);
        if (placed_roles.count({person, key})) return true;
        if (!key.starts_with("Other|")) return false;
        for (auto it = placed_roles.lower_bound({person, std::string()}); it != placed_roles.end() && it->first == person; ++it)
          if (it->second.starts_with("Other|") && it->second.ends_with(post.title_text)) return true;
        return false;
      };
      if (holder < 0 && title.scope != TitleScope::kNation && placed_as()) continue;
      // A table of the two sides, a government heading each column (臺南市⇥聖安東尼奧市, then 市長　A⇥市長　B): the
      // government of the column the name stands in.
      if (holder < 0 && title.scope != TitleScope::kNation && title.scope != TitleScope::kOrg) holder = ColumnGovernment(p.name.begin);
      // The other side's officer with no body named, after the head of a government the sentence calls on (拜會斯塔萬格市長X，
      // 並由港務局長Y陪同參訪): that government's — not another city's unit of the same name named earlier (卑爾根港務局).
      if (holder < 0 && p.foreign && role == Role::kOther) holder = CalledOnGovernmentBefore(p.name.begin, p.sentence);
      // The government whose unit the title starts with, named right after it earlier (上川綜合振興局長X after
      // 北海道上川綜合振興局副局長Y).
      if (holder < 0 && title.scope != TitleScope::kNation && title.scope != TitleScope::kOrg) {
        std::string unit_title;
        int gov = GovernmentOfUnitBefore(p.name.begin, &unit_title);
        if (gov >= 0) {
          holder = gov;
          title_text = unit_title;
        }
      }
      // (A state's legislator written with the state's 州 and no state, 眾議院議長X率州參議員Y: the state the sentence names
      // last before, or the one a body named before is of, 奧克拉荷馬州眾議院.)
      if (holder < 0 && title_text.starts_with("州") && p.sentence < sentences_.size()) {
        auto [lo, hi] = SegsIn({sentences_[p.sentence].begin, p.name.begin});
        for (size_t k = hi; k-- > lo && holder < 0;) {
          const Seg& g = segs_[k];
          if (g.kind == SegKind::kPlace && g.index >= 0 && g_.places()[static_cast<size_t>(g.index)].kind == EntityKind::kRegion &&
              nt_.folded[g.span.end - 1] == U'州')
            holder = EntityForSeg(static_cast<int>(k));
          if (g.kind == SegKind::kPatternOrg)
            for (int pl : g.absorbed_places)
              if (holder < 0 && g_.places()[static_cast<size_t>(pl)].kind == EntityKind::kRegion && ToU32(g_.places()[static_cast<size_t>(pl)].name_zh).back() == U'州')
                holder = PlaceEntity(pl);
        }
      }
      // (A body's officer named with no body in a sentence on the body's meeting, 總會進行會務報告，由事務總長X報告會務, in
      // a report on it: the body's.)
      if (holder < 0 && title.scope == TitleScope::kOrg) holder = OwnEventBody(p.sentence);
      if (holder < 0) {
        if (title.scope == TitleScope::kNation) {
          // (The foreign country the sentence names before the holder, in a report on more countries than one.)
          int c = SentenceCountryBefore(p.name.begin, p.sentence);
          if (c < 0) c = foreign_country_;
          // Taiwan's own legislators and control members: no other nation has these titles. (Nor has any other its overseas
          // community commissioners, 僑務委員, named among the community abroad.)
          if (title_text == "立法委員" || title_text == "立委" || title_text == "監察委員" || title_text == "僑務委員" ||
              title_text == "僑務促進委員")
            c = g_.CountryByIso("TW");
          if (c >= 0) holder = CountryEntity(c);
        } else if (title.scope == TitleScope::kGov || title.scope == TitleScope::kAny) {
          // A Han-named holder of a government title with no place named: the publishing government.
          // A Chinese-named holder of a government title with no place named: the publishing government
          // (Japanese surnames and Latin names are the other side's).
          // A minister (經濟部長) is the nation's: Taiwan's local governments have no 部. (Not a headquarters' head, 本部長:
          // 成立災害對策本部，由知事X擔任本部長.)
          bool ministerial = (title_text.ends_with("部長") && !title_text.ends_with("本部長")) || title_text.ends_with("次長");
          // (A legislator of a state or a province, 州參議員, 州眾議員, 省議員, is found as a councillor is: by the council
          // named before, the state's — 拜會華盛頓州議會 / 由州參議員X接待.)
          const Role council_role = title_text.ends_with("議員") ? Role::kCouncillor : role;
          // A city's title where the publisher is a county (副市長 in 嘉義縣's report), or a county's where it is a city,
          // is another government's: the one the sentence names.
          const std::string& pub = publisher_ >= 0 ? out_.entities[static_cast<size_t>(publisher_)].label : std::string();
          bool other_level = (title_text.find("市長") != std::string::npos && pub.ends_with("縣")) ||
                             (title_text.find("縣長") != std::string::npos && pub.ends_with("市"));
          // (But one who receives or briefs the delegation at the government it visits is that government's: 拜會
          // 釜山廣域市政府，由經濟副市長金東旭接見.)
          bool by_clause = false;  // 由 + title + name + a verb of receiving or briefing
          // (Or one who accompanies the receiver there: 由行政副知事X接見，觀光政策局長Y陪同.)
          const std::u32string& f = nt_.folded;
          const Span sp = sentences_[p.sentence];
          // What follows the name, past its gloss in parentheses (由市長金正元（김정원）親自接見).
          const uint32_t past = detail::PastParenthesis(f, p.name.end, sp.end, 40);
          const std::u32string_view after(f.data() + past, std::min<size_t>(8, sp.end - past));
          // (A verb of briefing right after the name: …局長Y簡報, 導覽, 解說, 說明, 介紹.)
          const bool briefs = ContainsAny(after.substr(0, 2), {U"簡報", U"導覽", U"解說", U"說明", U"介紹"});
          bool accompanies_receiver = false;
          // (Or the first of a list its clause says is present: 由市長X接見，副市長Y及市府…主任Z在座.)
          bool listed_present = false;
          if (!after.empty() && std::u32string_view(U"及、與暨和").find(after[0]) != std::u32string_view::npos) {
            std::u32string_view clause(f.data() + past, sp.end - past);
            clause = clause.substr(0, std::min<size_t>(clause.find_first_of(U",，;；。"), 80));
            while (!clause.empty() && clause.back() == U' ') clause.remove_suffix(1);
            listed_present = clause.size() < 80 && (clause.ends_with(U"在座") || clause.ends_with(U"陪同") || clause.ends_with(U"同席") ||
                                                    clause.ends_with(U"列席") || clause.ends_with(U"在場"));
          }
          if (after.starts_with(U"陪同") || after.starts_with(U"同席") || after.starts_with(U"在座") || listed_present) {
            accompanies_receiver = ReceivingBy(std::u32string_view(f.data() + sp.begin, p.name.begin - sp.begin)) != std::u32string_view::npos;
          }
          // (A foreign 縣長 in a city's report receives at the government visited as any other: 西多阿佐縣政府 / 由縣長
          // （Bupati）X接見.)
          if ((!ministerial || p.foreign) && (!other_level || p.foreign)) {  // (a Japanese prefecture has 部: 府民文化部長)
            std::u32string_view before(f.data() + sp.begin, p.name.begin - sp.begin);
            if (size_t cut = before.find_last_of(U",，;；"); cut != std::u32string_view::npos) before.remove_prefix(cut + 1);
            // (Or 與 + title + name + a verb of meeting: 拜會…第七區署，與署長X晤談.)
            by_clause = (before.find(U'由') != std::u32string_view::npos &&
                         ContainsAny(after, {U"接見", U"接待", U"會見", U"迎接", U"歡迎", U"簡報", U"導覽", U"解說", U"說明", U"介紹", U"帶領參觀"})) ||
                        (before.starts_with(U"與") &&
                         ContainsAny(after, {U"晤談", U"會談", U"會面", U"餐敘", U"茶敘", U"座談", U"交換意見", U"簽署", U"共同簽署"})) ||
                        // (Or 由 + title + name + 與本團 + a verb of meeting: 改由府民文化部長X與本團座談.)
                        (before.find(U'由') != std::u32string_view::npos &&
                         (after.starts_with(U"與本團") || after.starts_with(U"與訪團") || after.starts_with(U"與代表團")) &&
                         ContainsAny(after.substr(3), {U"座談", U"會談", U"晤談", U"會面", U"交流"}));
            // (Or, for the other side's official, a clause opening with the title and the name, then a verb of briefing:
            // …由副市長X於市政廳接見，經濟暨觀光局局長Y簡報….)
            // (Or, whoever's name it reads as, after a clause in which another receives the delegation: …抵達水原市廳，由
            // 第一副市長X接見，福祉女性局長Y簡報… — the receiver's side.)
            bool after_receiver = false;
            if (!by_clause && !p.foreign && !post.foreign_context && before.size() <= 12 && before.size() < p.name.begin - sp.begin)
              after_receiver = ReceivingBy(std::u32string_view(f.data() + sp.begin, p.name.begin - sp.begin - before.size())) !=
                               std::u32string_view::npos;
            if (!by_clause && (p.foreign || post.foreign_context || after_receiver) && before.size() <= 12 &&
                before.find_first_of(U"由與和及、率") == std::u32string_view::npos)
              by_clause = briefs;
            by_clause = by_clause || accompanies_receiver;
          }
          bool receives = by_clause && !p.foreign && !post.foreign_context;
          // (Or at the body it visits, whoever receives, for a title a body may have: 拜會平陽省人民委員會，由主席X接見;
          // 參訪群馬縣農業技術中心，由中心長Y簡報.)
          std::string visited_unit;
          int visited = by_clause && title.scope == TitleScope::kAny ? VisitedOrgBefore(p.name.begin, p.sentence, &visited_unit) : -1;
          // (Its unit the title's: 拜會東京都產業勞動局觀光部，由部長X接見 — 觀光部部長 of the bureau.)
          if (visited >= 0 && !visited_unit.empty() && !title_text.starts_with(visited_unit)) title_text = visited_unit + title_text;
          if (visited < 0 && receives) visited = SentenceGovernmentBefore(p.name.begin, p.sentence, role);
          if (visited < 0 && !ministerial) visited = RecordGovernment(p.sentence, role);
          // (A Japanese city's or prefecture's 部 heads as its 局 does, 對方：…農林水產部長X in a record of a call on it.)
          if (visited < 0 && ministerial && p.foreign)
            if (const int g = RecordGovernment(p.sentence, role); g >= 0 && out_.entities[static_cast<size_t>(g)].country == "country:JP")
              visited = g;
          // (Or, for the other side's mayor, the one city the sentence names before, a site in it visited: 參訪甲萬那端市
          // 公有市場，由市長X陪同導覽 — before the item's heading's government: （一）拜會A市政府及B縣政府 / 上午拜會A市政府，
          // 由市長X接見 is A's.)
          if (visited < 0 && by_clause && (p.foreign || post.foreign_context) && (role == Role::kMayor || role == Role::kDeputyMayor))
            if (const int k = OnePlaceIn({sp.begin, p.name.begin}); k >= 0) {
              const int ent = EntityForSeg(k);
              if (ent >= 0 && ent != publisher_ && out_.entities[static_cast<size_t>(ent)].kind == EntityKind::kCity) visited = ent;
            }
          // (Or the government the item's heading calls on, for one who receives there: 一、…拜會熊本縣廳 / 由副知事X接見.)
          if (visited < 0 && by_clause && !ministerial) visited = HeadingGovernment(p.sentence, role);
          // (A councillor named after another government's council in the sentence is that government's: …議會議長X
          // 設宴款待訪團，議員Y亦出席.)
          if (visited < 0 && role == Role::kCouncillor && !ministerial) {
            const int council = SentenceGovernmentBefore(p.name.begin, p.sentence, role);
            if (council >= 0 && out_.entities[static_cast<size_t>(council)].kind == EntityKind::kOrganization) {
              const int gov = CouncilGovernment(council);
              if (gov >= 0 && gov != publisher_) visited = gov;
            }
          }
          // (Or the government whose office the sentence opens with, vacant or held by another: 釜山廣域市長職務因…出缺，
          // 現由行政副市長X擔任市長權限代行 — X is that city's.)
          if (visited < 0 && !ministerial) visited = OfficeSentenceGovernment(p.name.begin, p.sentence);
          if (visited >= 0) {
            holder = visited;
            // (A later mention with the same title and no holder is the same post: 與周建華大使合影 under a photo.)
            placed_roles.insert({person, role_key(post)});
          } else if (!p.foreign && !post.foreign_context && !ministerial && !other_level) holder = publisher_;
          else if (other_level) holder = SentenceGovernmentBefore(p.name.begin, p.sentence, role);
          // The other side's official with no place written (拜會宮崎縣廳，由知事X接待，副知事Y陪同): the
          // local government named last before in the sentence, of the kind the title heads.
          else if (p.foreign || post.foreign_context) holder = SentenceGovernmentBefore(p.name.begin, p.sentence, council_role);
          if (holder < 0 && (by_clause || accompanies_receiver) && (p.foreign || post.foreign_context))
            holder = HeadingGovernment(p.sentence, council_role);
          // (Or the one an earlier sentence of its paragraph calls on: …拜會札幌市政府…。晚間由副市長X設宴款待訪團.)
          if (holder < 0 && (p.foreign || post.foreign_context || other_level)) holder = ParagraphGovernment(p.sentence, role);
          // (Or the one the heading of the item it stands in names: 一、石川縣政府危機對策課 / 訪談對象：… / 問：… / 答：…，由
          // 知事X擔任本部長 — a head's or a councillor's title.)
          if (holder < 0 && (p.foreign || post.foreign_context) && !ministerial &&
              (role == Role::kMayor || role == Role::kDeputyMayor || role == Role::kGovernor || role == Role::kDeputyGovernor ||
               council_role == Role::kCouncillor))
            holder = ItemHeadingGovernment(p.sentence, council_role);
          // (A foreign minister with no ministry or government named: the ministry the sentence or the one before names,
          // 拜會薩克森邦經濟勞動交通部⏎與部長X會談 — for the title written bare only, a portfolio written before it
          // (衛生、教育暨人力資源部長X) being another ministry's; else the country the sentence names, else the one the report
          // is on (會談時外交、勞工及貿易部長X在座). Not one whose post the report places elsewhere: Shetty部長 after
          // 邦工業部長Arvind Shetty.)
          // (Nor one who briefs after another received the delegation at a unit of the other side's city, a department's
          // name before his title: 抵達橫濱市消防局，由局長X接見，警防部長Y簡報 — the receiver's city, Y's department in it.)
          if (holder < 0 && ministerial && (p.foreign || post.foreign_context)) {
            const std::u32string_view lead(f.data() + sp.begin, p.name.begin - sp.begin);
            const size_t cut = lead.find_last_of(U",，;；");
            const std::u32string_view clause = cut == std::u32string_view::npos ? std::u32string_view() : lead.substr(cut + 1);
            const size_t by = cut == std::u32string_view::npos ? std::u32string_view::npos : ReceivingBy(lead.substr(0, cut));
            if (!clause.empty() && clause.size() <= 12 && clause.find_first_of(U"由與和及、率") == std::u32string_view::npos && briefs &&
                by != std::u32string_view::npos) {
              const uint32_t from = sp.begin + static_cast<uint32_t>(by), to = sp.begin + static_cast<uint32_t>(cut);
              auto it = std::lower_bound(person_occurrences_.begin(), person_occurrences_.end(), std::make_pair(from, -1));
              // (Its post's holder: the city, or the city's unit as a body, folded into the city later — not the
              // publisher's.)
              if (it != person_occurrences_.end() && it->first < to && it->second != person)
                for (const Relation& r : out_.relations)
                  if (r.kind == RelationKind::kPost && r.from == it->second && r.to != publisher_) {
                    const Entity& held = out_.entities[static_cast<size_t>(r.to)];
                    if (ontology::IsLocalGovernment(held.kind) ||
                        (held.kind == EntityKind::kOrganization && (pub.empty() || !held.label.starts_with(pub.substr(0, 6))))) {
                      holder = r.to;
                      // (The title as written, its department's name too: 警防部長.)
                      title_text = nt_.Utf8(p.name.begin - static_cast<uint32_t>(clause.size()), p.name.begin);
                      break;
                    }
                  }
            }
          }
          const auto first_placed = holder < 0 && ministerial ? placed_roles.lower_bound({person, std::string()}) : placed_roles.end();
          const bool placed_elsewhere = first_placed != placed_roles.end() && first_placed->first == person;
          if (holder < 0 && ministerial && (p.foreign || post.foreign_context) && !placed_elsewhere) {
            const std::u32string written_title = ToU32(title_text);
            const uint32_t tb = p.name.begin >= written_title.size() ? p.name.begin - static_cast<uint32_t>(written_title.size()) : 0;
            const bool bare_title = tb > 0 && f.compare(tb, written_title.size(), written_title) == 0 &&
                                    (!IsHan(f[tb - 1]) || std::u32string_view(U"與由及和並、").find(f[tb - 1]) != std::u32string_view::npos);
            const uint32_t from = sentences_[p.sentence > 0 ? p.sentence - 1 : 0].begin;
            auto [lo, hi] = SegsIn({from, bare_title ? p.name.begin : from});
            for (size_t k = hi; k-- > lo && holder < 0;)
              if ((segs_[k].kind == SegKind::kOrg || segs_[k].kind == SegKind::kPatternOrg) &&
                  nt_.folded[segs_[k].span.end - 1] == U'部')
                holder = EntityForSeg(static_cast<int>(k));
            if (holder < 0) {
              int c = SentenceCountryBefore(p.name.begin, p.sentence);
              if (c < 0) c = foreign_country_;
              if (c >= 0) holder = CountryEntity(c);
            }
          }
          // (A township's head, 鄉長 or 鎮長, heads no city or county: the township the sentence names, 前往烈嶼鄉參訪，由
          // 鄉長X接待 — not the publishing county.)
          {
            const std::string bare = title_text.starts_with("副") ? title_text.substr(std::string("副").size()) : title_text;
            if (bare == "鄉長" || bare == "鎮長") {
              const bool xiang = bare == "鄉長";
              if (holder < 0 || !out_.entities[static_cast<size_t>(holder)].label.ends_with(xiang ? "鄉" : "鎮"))
                if (const int t = TownshipBefore(p.name.begin, p.sentence, xiang ? U'鄉' : U'鎮'); t >= 0) holder = t;
            }
          }
          // (A member the other side's leader brings along, 由Hartigan市長率市議員X、…: the leader's government, where the
          // text places his post — the mayor leads his own councillors.)
          if (holder < 0 && (p.foreign || post.foreign_context) && title.scope == TitleScope::kGov) {
            const std::u32string written_title = Gazetteer::Fold(ToU32(title_text));
            uint32_t tb = p.name.begin;
            if (tb >= written_title.size() && f.compare(tb - written_title.size(), written_title.size(), written_title) == 0)
              tb -= static_cast<uint32_t>(written_title.size());
            const std::u32string_view lead(f.data() + sp.begin, tb - sp.begin);
            if (lead.ends_with(U"率") || lead.ends_with(U"率領") || lead.ends_with(U"率同") || lead.ends_with(U"偕同") || lead.ends_with(U"帶領")) {
              int leader = -1;
              for (auto it = std::lower_bound(person_occurrences_.begin(), person_occurrences_.end(), std::make_pair(sp.begin, -1));
                   it != person_occurrences_.end() && it->first < tb; ++it)
                leader = it->second;
              for (const Relation& r : out_.relations)
                if (leader >= 0 && leader != person && r.kind == RelationKind::kPost && r.from == leader && r.to != publisher_ &&
                    ontology::IsLocalGovernment(out_.entities[static_cast<size_t>(r.to)].kind) &&
                    (r.role == Role::kMayor || r.role == Role::kGovernor)) {
                  holder = r.to;
                  break;
                }
            }
          }
          // (So is a later mention of the other side's official placed so: 與市長伊莉莎白．溫特晤談，溫特市長介紹….)
          if (holder >= 0 && holder != publisher_) placed_roles.insert({person, role_key(post)});
        }
      }
      // A network's head or secretary-general with no body named (秘書長X獲大會同意續任; 前任會長、…Y) in a report about
      // one network: that network, when the report names it at least three times and more often than any other.
      if (holder < 0 && (role == Role::kPresident || role == Role::kCoPresident || role == Role::kSecretaryGeneral) &&
          (title.scope == TitleScope::kOrg || role == Role::kSecretaryGeneral))
        holder = DominantNetwork();
      // 奧洛摩茲市副市長A及州議員B: a title naming the level of its government (州議員, 省議員, 縣議員) is held in a
      // government of that level — the last one named before (奧洛摩茲州), not the list's previous city. (So is one with
      // no government found at all: 訪團成員包括州參議員X after …密蘇里州副州長Y率領的州議會暨經貿訪問團.)
      const std::string level = title_text.size() > 3 ? title_text.substr(0, 3) : std::string();  // one Han character
      const bool level_title = level == "州" || level == "省" || level == "縣";
      if (level_title && (holder < 0 ? title.scope == TitleScope::kGov
                                     : ontology::IsLocalGovernment(out_.entities[static_cast<size_t>(holder)].kind) &&
                                           !out_.entities[static_cast<size_t>(holder)].label.ends_with(level))) {
        const auto [lo, hi] = SegsIn({p.name.begin > 600 ? p.name.begin - 600 : 0, p.name.begin});
        for (size_t k = hi; k > lo;) {
          --k;
          const Seg& g = segs_[k];
          if (g.kind != SegKind::kPlace || g.span.end > p.name.begin) continue;
          const std::u32string_view written(nt_.folded.data() + g.span.begin, g.span.size());
          if (written.size() >= 2 && ToUtf8(std::u32string(written.substr(written.size() - 1))) == level) {
            const int gov = EntityForSeg(static_cast<int>(k));
            if (gov >= 0 && gov != publisher_) holder = gov;
            break;
          }
        }
      }
      // (A council's vice speaker among the visiting delegation's members, 訪問團成員包括副議長X、…: the council whose
      // speaker — another side's — the text placed last.)
      if (holder < 0 && title_text == "副議長" &&
          ContainsAny(std::u32string_view(nt_.folded.data() + sentences_[p.sentence].begin, sentences_[p.sentence].size()),
                      {U"團成員包括", U"團成員有", U"團員包括"})) {
        const std::string own_council = publisher_ >= 0 ? out_.entities[static_cast<size_t>(publisher_)].label + "議會" : std::string();
        for (auto r = out_.relations.rbegin(); r != out_.relations.rend() && holder < 0; ++r) {
          if (r->kind != RelationKind::kPost || r->role != Role::kPresident || r->to < 0 || r->to == publisher_) continue;
          const Entity& council = out_.entities[static_cast<size_t>(r->to)];
          if (council.kind == EntityKind::kOrganization && council.label.ends_with("議會") && council.label != own_council) holder = r->to;
        }
      }
      if (holder < 0) continue;
      // (A company's branch found as the body the sentence visits, 前往台灣港務公司高雄港務分公司，由副總經理X簡報: the
      // post is the company's, the branch in the title, as where the title follows the branch.)
      if (!branch_company_.empty() && out_.entities[static_cast<size_t>(holder)].kind == EntityKind::kOrganization)
        if (auto it = branch_company_.find(out_.entities[static_cast<size_t>(holder)].label); it != branch_company_.end()) {
          const std::string& branch = it->first;
          holder = OrgEntity(it->second);
          if (!title_text.starts_with(branch)) title_text = branch + title_text;
        }
      if ((role == Role::kCouncillor || title_text.ends_with("議員")) &&
          out_.entities[static_cast<size_t>(holder)].kind == EntityKind::kOrganization) {
        // 高雄市議會議員: a member of a local government's council is a councillor of that government (州眾議員 of a
        // state's legislature, the state's).
        int gov = CouncilGovernment(holder);
        if (gov >= 0) holder = gov;
      }
      // 議長 of a place whose council the text names (…州長X（中）及議長Y合影 after 科羅州議會議長Y): the council's.
      if ((title_text == "議長" || title_text == "副議長") && ontology::IsLocalGovernment(out_.entities[static_cast<size_t>(holder)].kind))
        if (const int council = council_named(holder); council >= 0) holder = council;
      const Entity& held = out_.entities[static_cast<size_t>(holder)];
      // A professor's rank is held at a school or a research body only: 學會理事長X教授 is the society's president, no
      // professor of it (nor of a place).
      if (title_text.ends_with("教授") &&
          (held.kind != EntityKind::kOrganization ||
           !ContainsAny(ToU32(held.label), {U"大學", U"學院", U"研究", U"學校", U"大学", U"University", U"Institute", U"College"})))
        continue;
      if (role == Role::kCouncillor && !ontology::IsLocalGovernment(held.kind)) role = Role::kOther;
      if (held.kind == EntityKind::kCountry && role != Role::kOther) role = Role::kOther;
      // (A region's head of a body, 亞太區總裁 of a company, is not the body's president: its title as written.)
      if (role == Role::kPresident && held.kind == EntityKind::kOrganization)
        if (const size_t region = title_text.find("區"); region != std::string::npos && region > 0 && region + 3 < title_text.size())
          role = Role::kOther;
      if ((role == Role::kMayor || role == Role::kDeputyMayor || role == Role::kGovernor || role == Role::kDeputyGovernor) &&
          held.kind == EntityKind::kOrganization)
        role = Role::kOther;
      // (A European region's 區長 is its governor: 中馬其頓大區區長（Regional Governor）; a city district's, 區長 of 港區,
      // its mayor.)
      if ((role == Role::kMayor || role == Role::kDeputyMayor) && held.kind == EntityKind::kRegion && held.label.ends_with("大區") &&
          (title_text == "區長" || title_text == "副區長"))
        role = role == Role::kMayor ? Role::kGovernor : Role::kDeputyGovernor;
      // (And its president, 主席, heads it as a governor does: 西西里大區主席; his deputy, 副主席, is a deputy governor.)
      if ((title_text == "主席" || title_text == "副主席") && held.kind == EntityKind::kRegion && held.label.ends_with("大區"))
        role = title_text == "主席" ? Role::kGovernor : Role::kDeputyGovernor;
      // (A later mention with the same title and no holder is the same post, wherever this one's holder was found:
      // 拜會德州農業廳，由副廳長X接見 … X副廳長表示 — not a post in the publisher.)
      if (holder != publisher_) placed_roles.insert({person, role_key(post)});
      // (A staff title read as the publisher's, listed right after a colleague whose post is in one of its departments:
      // 局長 A、專員 B in a department's table of trips — that department's.)
      // (A staff title read as the publisher's, listed right after a colleague: see below.)
      if (holder == publisher_ && role == Role::kOther && i > 0 && persons_[i - 1].sentence == p.sentence &&
          persons_[i - 1].name.end <= p.name.begin && p.name.begin - persons_[i - 1].name.end <= 12) {
        const std::u32string_view between(nt_.folded.data() + persons_[i - 1].name.end, p.name.begin - persons_[i - 1].name.end);
        if (between.find_first_of(U"、及") != std::u32string_view::npos && between.find_first_of(U",，;；。\n") == std::u32string_view::npos)
          listed_after.push_back({out_.relations.size(), person_entity_[i - 1]});
      }
      // (A later mention by the end of a title the person holds already in the same government or body is that post,
      // named short: 州眾議員X … X議員為… — no councillor's post besides.)
      if (post.holder_seg < 0 && post.holder_org.empty() && post.holder_place.empty() &&
          std::any_of(out_.relations.begin(), out_.relations.end(), [&](const Relation& o) {
            return o.kind == RelationKind::kPost && o.from == person && o.to == holder && o.title.size() > title_text.size() &&
                   o.title.ends_with(title_text);
          }))
        continue;
      Relation r;
      r.kind = RelationKind::kPost;
      r.from = person;
      r.to = holder;
      r.role = role;
      r.title = TraditionalForms(title_text);  // (副県長 in a Japanese text is the title 副縣長)
      r.past = post.past;
      r.date = as_of;
      r.evidence = SentenceEvidence(p.sentence);
      out_.relations.push_back(std::move(r));
    }
  }
  // A staff title read as the publisher's, listed right after a colleague whose post is in one of its departments (局長
  // A、專員 B in a department's table of trips): that department's.
  if (publisher_ >= 0)
    for (const auto& [k, colleague] : listed_after) {
      const std::string gov = out_.entities[static_cast<size_t>(publisher_)].label + "政府";
      for (const Relation& r : out_.relations)
        if (r.kind == RelationKind::kPost && r.from == colleague && colleague >= 0 &&
            out_.entities[static_cast<size_t>(r.to)].kind == EntityKind::kOrganization &&
            out_.entities[static_cast<size_t>(r.to)].label.starts_with(gov)) {
          out_.relations[k].to = r.to;
          break;
        }
    }
  // (A company's branch is no body of its own wherever it is named.)
  for (size_t k = 0; k < segs_.size() && !branch_company_.empty(); ++k)
    if (segs_[k].kind == SegKind::kPatternOrg && branch_company_.count(nt_.Utf8(segs_[k].span)))
      folded_units.insert(static_cast<int>(k));
  DropUnitEntities(folded_units);
  // A committee read as a unit of its place in the title (拜會蒙特婁市政府⇥執行委員會委員 X: 蒙特婁, 執行委員會委員) that the
  // text names whole as a body (蒙特婁市執行委員會): the post is the body's, titled without it.
  for (Relation& r : out_.relations) {
    if (r.kind != RelationKind::kPost || r.role != Role::kOther || r.to < 0 ||
        out_.entities[static_cast<size_t>(r.to)].kind != EntityKind::kCity)
      continue;
    const size_t unit_end = r.title.find("委員會");
    if (unit_end == std::string::npos || unit_end == 0 || unit_end + 9 >= r.title.size()) continue;
    const std::string unit = r.title.substr(0, unit_end + 9);
    const Entity& place = out_.entities[static_cast<size_t>(r.to)];
    std::vector<std::string> written{place.label};
    written.insert(written.end(), place.names.begin(), place.names.end());
    // (The place written with its suffix or without: 蒙特婁市 + 執行委員會 for 蒙特婁.)
    for (size_t k = 0; k < out_.entities.size(); ++k) {
      const Entity& body = out_.entities[k];
      if (body.kind != EntityKind::kOrganization || body.key.ends_with("#merged") || !body.label.ends_with(unit) ||
          body.label.size() == unit.size())
        continue;
      std::u32string named = ToU32(body.label.substr(0, body.label.size() - unit.size()));
      bool of_place = std::find(written.begin(), written.end(), ToUtf8(named)) != written.end();
      if (!of_place && named.size() >= 3 && detail::IsAdminSuffixChar(named.back())) {
        named.pop_back();
        of_place = std::find(written.begin(), written.end(), ToUtf8(named)) != written.end();
      }
      if (!of_place) continue;
      r.to = static_cast<int>(k);
      r.title = r.title.substr(unit.size());
      break;
    }
  }
  // 本市高子晴主任 after 臺中市政府資訊中心主任 高子晴: a title held in the publishing government that the same person
  // holds in one of its departments is that department's (本鄉黃主席 after 鄉民代表會主席黃志忠: its council's chair too).
  if (publisher_ >= 0) {
    const std::string& pub = out_.entities[static_cast<size_t>(publisher_)].label;
    std::set<std::pair<int, std::string>> in_department;
    for (const Relation& r : out_.relations) {
      const Entity& held = out_.entities[static_cast<size_t>(r.to)];
      if (r.kind == RelationKind::kPost && held.kind == EntityKind::kOrganization && held.label.rfind(pub, 0) == 0)
        in_department.insert({r.from, r.title});
    }
    if (!in_department.empty())
      out_.relations.erase(std::remove_if(out_.relations.begin(), out_.relations.end(),
                                          [&](const Relation& r) {
                                            return r.kind == RelationKind::kPost && r.to == publisher_ &&
                                                   (r.role == Role::kOther || r.role == Role::kPresident) &&
                                                   in_department.count({r.from, r.title});
                                          }),
                           out_.relations.end());
  }
  // (Bodies the text names as the delegation's own exhibitors or companies — 參展企業智匯科技公司, 本市企業X公司 — whose
  // officers travel with it.)
  std::set<int> delegation_bodies;
  for (size_t k = 0; k < segs_.size(); ++k) {
    const Seg& seg = segs_[k];
    if ((seg.kind != SegKind::kOrg && seg.kind != SegKind::kPatternOrg) || seg.span.begin < 4) continue;
    const std::u32string_view before(nt_.folded.data() + seg.span.begin - 4, 4);
    if (ContainsAny(before.substr(2), {U"企業", U"廠商", U"業者"}) &&
        ContainsAny(before.substr(0, 2), {U"參展", U"本市", U"本縣", U"隨團", U"團員"}))
      if (const int ent = EntityForSeg(static_cast<int>(k)); ent >= 0) delegation_bodies.insert(ent);
  }
  std::set<int> delegation_officers(own_team_.begin(), own_team_.end());  // (on its side; none of them leads it)
  publisher_side_.insert(own_team_.begin(), own_team_.end());
  // From here on posts do not change: remember who is on the publisher's side (one pass over the posts).
  std::map<int, int> rank_of;
  for (const Relation& r : out_.relations) {
    if (r.kind != RelationKind::kPost) continue;
    // (A council's deputy speaker, a post titled as written, ranks above its councillors: 副議長 leads 議員 on a council's
    // study tour.)
    const int rank = r.role == Role::kOther && r.title.ends_with("副議長") ? ontology::RoleRank(Role::kSecretaryGeneral)
                                                                          : ontology::RoleRank(r.role);
    auto [it, inserted] = rank_of.try_emplace(r.from, rank);
    if (!inserted) it->second = std::min(it->second, rank);
    if (publisher_ < 0) continue;
    const Entity& holder = out_.entities[static_cast<size_t>(r.to)];
    // (And the heads of other Taiwanese governments, who travel or receive with the publisher's: 臺北市、新北市及
    // 桃園市副市長分別率團出席.)
    const Entity& pub = out_.entities[static_cast<size_t>(publisher_)];
    bool fellow = ontology::IsLocalGovernment(holder.kind) && !pub.country.empty() && holder.country == pub.country &&
                  (r.role == Role::kMayor || r.role == Role::kDeputyMayor);
    // (A township's office is named after its county too: 臺東縣池上鄉公所. A department named in English is the
    // publisher's where its Chinese names are: Tainan City Government Department of Economic Development.)
    if (delegation_bodies.count(r.to)) delegation_officers.insert(r.from);
    if (r.to == publisher_ || fellow || delegation_bodies.count(r.to) ||
        (holder.kind == EntityKind::kOrganization &&
         (holder.label.rfind(pub.label, 0) == 0 || holder.label.find(pub.label + "公所") != std::string::npos ||
          std::any_of(holder.merge_names.begin(), holder.merge_names.end(),
                      [&](const std::string& n) { return n.rfind(pub.label + "政府", 0) == 0; }))))
      publisher_side_.insert(r.from);
  }
  // Delegation leader: the most senior publisher-side person, most mentioned on ties.
  {
    std::map<int, int> mentions;
    for (const auto& [pos, ent] : person_occurrences_) ++mentions[ent];
    for (size_t i = 0; i < persons_.size(); ++i)
      if (person_entity_[i] >= 0) mentions[person_entity_[i]] += 0;
    // (A councillor's report speaks of its author as 本席, the first traveller the cover lists: 本席…爰邀集X議員組團 — the
    // author leads, however often X is named.)
    if (nt_.folded.find(U"本席") != std::u32string::npos)
      if (const std::vector<int> travellers = Travellers(); !travellers.empty() && mentions.count(travellers[0]))
        for (size_t at = nt_.folded.find(U"本席"); at != std::u32string::npos; at = nt_.folded.find(U"本席", at + 2))
          ++mentions[travellers[0]];
    int best_rank = 99, best_count = -1;
    for (const auto& [ent, n] : mentions) {
      if (!IsPublisherSide(ent) || delegation_officers.count(ent)) continue;
      int rank = rank_of.count(ent) ? rank_of[ent] : 99;
      // The one the report speaks of most leads the delegation (鄭副市長 went, 代表市長盧秀燕); rank breaks ties.
      if (n > best_count || (n == best_count && rank < best_rank)) {
        best_rank = rank;
        best_count = n;
        leader_ = ent;
      }
    }
    // (Or one of the travellers the cover fields list, where the most mentioned is none of them: 姓名職稱：李俊賢　副局長 /
    // …由指揮黃詩涵帶領…，與黃指揮交換意見 — the choir's conductor, named twice, went with the deputy director who leads.)
    if (leader_ >= 0) {
      // (Only for one whose posts are all in a body outside the government: a troupe's, not a magistrate the cover
      // omits.)
      bool posted = false, outside = true;
      for (const Relation& r : out_.relations)
        if (r.kind == RelationKind::kPost && r.from == leader_) {
          posted = true;
          outside = outside && r.to != publisher_ && out_.entities[static_cast<size_t>(r.to)].kind == EntityKind::kOrganization &&
                    out_.entities[static_cast<size_t>(r.to)].label.find("政府") == std::string::npos;
        }
      const std::vector<int> travellers = posted && outside ? Travellers() : std::vector<int>();
      if (!travellers.empty() && std::find(travellers.begin(), travellers.end(), leader_) == travellers.end()) {
        int best = -1, best_n = -1;
        for (int t : travellers)
          if (IsPublisherSide(t) && !delegation_officers.count(t) && mentions.count(t) && mentions[t] > best_n) {
            best = t;
            best_n = mentions[t];
          }
        if (best >= 0) leader_ = best;
      }
    }
    // (Or the government's head or deputy among the travellers the cover fields list, where the most mentioned ranks
    // lower: 姓名職稱：副縣長A、處長B — A leads however often the report names B.)
    if (leader_ >= 0 && (!rank_of.count(leader_) || rank_of[leader_] > 0)) {
      const int leader_rank = rank_of.count(leader_) ? rank_of[leader_] : 99;
      int top = -1, top_rank = leader_rank;
      for (int t : Travellers()) {
        if (!IsPublisherSide(t)) continue;
        auto r = rank_of.find(t);
        // (A government's head or deputy only: not the chair of an association that travels with a bureau's head.)
        if (r != rank_of.end() && r->second < top_rank && r->second <= ontology::RoleRank(Role::kDeputyMayor)) {
          top = t;
          top_rank = r->second;
        }
      }
      if (top >= 0) leader_ = top;
    }
    // (Or one who outranks that one and opens a sentence doing something on a day: 苗栗縣長X18日在日本長野縣飯田市與…簽署,
    // 市長X今(5)日赴… — a release's lead names its head once and quotes a director after.)
    if (leader_ >= 0) {
      const int leader_rank = rank_of.count(leader_) ? rank_of[leader_] : 99;
      for (size_t i = 0; i < persons_.size(); ++i) {
        const int ent = person_entity_[i];
        if (ent < 0 || ent == leader_ || !IsPublisherSide(ent)) continue;
        auto r = rank_of.find(ent);
        if (r != rank_of.end() && r->second < leader_rank && OpensSentenceActingOnADay(i)) {
          leader_ = ent;
          break;
        }
      }
    }
    // (Or the one the text says leads the others, right before 率: 副市長X率經濟發展局局長Y等一行 — the first so named,
    // however often Y is named after.)
    for (size_t i = 0; i < persons_.size(); ++i) {
      const int ent = person_entity_[i];
      if (ent < 0 || !IsPublisherSide(ent) || persons_[i].short_form) continue;
      uint32_t name_end = persons_[i].name.end;
      // (Past the title and the given name written after it: 教育局吳副局長家豪率….)
      if (persons_[i].rule == "surname+title+given")
        if (const int t = SegStartingAt(name_end); t >= 0 && segs_[static_cast<size_t>(t)].kind == SegKind::kTitle)
          name_end = segs_[static_cast<size_t>(t)].span.end +
                     static_cast<uint32_t>(ToU32(persons_[i].name_text).size() - std::min(ToU32(persons_[i].name_text).size(), ToU32(persons_[i].surname).size()));
      const uint32_t q = detail::PastParenthesis(nt_.folded, name_end, static_cast<uint32_t>(nt_.folded.size()), 40);
      if (q < nt_.folded.size() && nt_.folded[q] == U'率' && q + 1 < nt_.folded.size() && nt_.folded[q + 1] != U'先') {
        leader_ = ent;
        break;
      }
    }
    // (Unless a field names the delegation's head, whoever ranks higher: 團長：臺南市議會議長 A above 副團長：副市長 B.)
    const std::u32string& f = nt_.folded;
    for (size_t line = 0, n = 0; line < f.size() && n < 40 && line < 3000; ++n) {
      size_t end = f.find(U'\n', line);
      if (end == std::u32string::npos) end = f.size();
      size_t b = line;
      while (b < end && (f[b] == U' ' || std::u32string_view(U"‧•●■◎▪-").find(f[b]) != std::u32string_view::npos)) ++b;
      if (f.compare(b, 3, U"團長:") == 0 || f.compare(b, 3, U"領隊:") == 0) {
        auto it = std::lower_bound(person_occurrences_.begin(), person_occurrences_.end(), std::make_pair(static_cast<uint32_t>(b), -1));
        if (it != person_occurrences_.end() && it->first < end && IsPublisherSide(it->second)) {
          leader_ = it->second;
          break;
        }
      }
      line = end + 1;
    }
    // (Or the list marks its head after the name: 副議長　李承翰（團長）, 局長 X（領隊）; in English after the item's holder
    // too: Delegation: Director-General X, Department of Agriculture (head of delegation); ….)
    for (size_t i = 0; i < persons_.size(); ++i) {
      const uint32_t e = persons_[i].name.end;
      if (person_entity_[i] < 0 || e >= 3000 || !IsPublisherSide(person_entity_[i])) continue;
      bool head = f.compare(e, 4, U"(團長)") == 0 || f.compare(e, 4, U"(領隊)") == 0;
      if (!head && IsLatinLetter(f[e - 1])) {
        const size_t item_end = std::min({f.find_first_of(U";\n", e), f.size(), static_cast<size_t>(e) + 100});
        const std::u32string_view item(f.data() + e, item_end - e);
        head = item.find(U'(') != std::u32string_view::npos &&
               ContainsAny(item, {U"(head of delegation)", U"(head of the delegation)", U"(delegation head)", U"(delegation leader)",
                                  U"(leader of the delegation)"});
      }
      if (head) {
        leader_ = person_entity_[i];
        break;
      }
    }
  }
  // A visiting delegation's leader (泰國清邁市市長X率領經貿訪問團抵達臺中): the first other-side person right before
  // 率團 / 率領…團 in a release about a visit to the publisher. The publisher's officials who receive the delegation
  // in a sentence naming no one of the other side (中午由局長Y設宴款待) meet that leader.
  // (A newsletter reports several visits: each leader is the visitor from the sentence that introduces them on.)
  std::vector<std::pair<uint32_t, int>> visitors;  // (sentence, leader), in text order
  auto first_person_in = [&](uint32_t si) {  // persons_ are in sentence order
    return static_cast<size_t>(std::lower_bound(persons_.begin(), persons_.end(), si,
                                                [](const PersonHit& p, uint32_t v) { return p.sentence < v; }) -
                               persons_.begin());
  };
  for (size_t i = 0; i < persons_.size(); ++i) {
    int ent = person_entity_[i];
    if (ent < 0 || IsPublisherSide(ent) || persons_[i].short_form) continue;
    uint32_t q = persons_[i].name.end;
    const std::u32string& f = nt_.folded;
    while (q < f.size() && f[q] == U' ') ++q;
    q = detail::PastParenthesis(f, q, f.size(), 40);  // its other name in parentheses: (Supachai Boonma), (史蒂特)
    // (Long enough for Latin names and glosses in the party: 率副市長Urška Zupančič及…大學（University of Ljubljana）校長
    // Tanja Horvat等一行9人.)
    std::u32string_view after(f.data() + q, std::min<size_t>(120, f.size() - q));
    size_t clause = after.find_first_of(U",，。;；");
    // (Past a clause naming who came along, when the next leads: 議長X偕同夫人Y，今(12)日率領…一行.)
    // (Or 與 + a spouse: 市長X與市長夫人Y，今(20)日率領….)
    const bool with_spouse =
        after.starts_with(U"偕同") ||
        ((after.starts_with(U"與") || after.starts_with(U"偕")) && after.substr(0, clause).find(U"夫人") != std::u32string_view::npos);
    if (clause != std::u32string_view::npos && with_spouse && (after[clause] == U',' || after[clause] == U'，')) {
      std::u32string_view next = after.substr(clause + 1);
      next = next.substr(0, std::min(next.size(), next.find_first_of(U",，。;；")));
      after = next.find(U'率') != std::u32string_view::npos ? next : after.substr(0, clause);
    } else if (clause != std::u32string_view::npos) {
      after = after.substr(0, clause);
    }
    // Right after the name (a date between, 今(5)日, at most): 率團, 率領…團, 率經貿代表團; 偕同…一行 (the leader
    // with the ones who came along; not …接待蔣市長暨訪團一行, where the one named receives the delegation).
    size_t lead = after.find(U"率");
    // (Not one still to come: 知事擬率…一行…訪問本縣, 將率團來訪.)
    if (lead != std::u32string_view::npos && lead > 0 && std::u32string_view(U"擬將").find(after[lead - 1]) != std::u32string_view::npos)
      continue;
    // (Nor one a time to come stands before: 史密斯議長明年率團訪問桃園, 未來率團; nor one the clause invites to: 李副議長則
    // 邀請史密斯議長明年率團訪問.)
    if (lead != std::u32string_view::npos &&
        ContainsAny(after.substr(0, lead), {U"明年", U"後年", U"未來", U"日後", U"將來", U"預計", U"下次", U"屆時"}))
      continue;
    if (lead != std::u32string_view::npos) {
      const uint32_t sb = sentences_[persons_[i].sentence].begin, nb = persons_[i].name.begin;
      std::u32string_view before(f.data() + sb, nb - sb);
      if (const size_t cut = before.find_last_of(U",，;；"); cut != std::u32string_view::npos) before.remove_prefix(cut + 1);
      if (const size_t invite = before.rfind(U"邀"); invite != std::u32string_view::npos && nb - (sb + invite) <= 12 &&
                                                      before.substr(invite).find(U"之邀") == std::u32string_view::npos &&
                                                      (invite == 0 || (before[invite - 1] != U'受' && before[invite - 1] != U'應')))
        continue;
      // (Nor one whose party the publisher's travellers go along with, the clause's subject: 本局隨同鎮瀾宮董事長X率領之
      // 進香團前往 — a visit abroad, X no visitor to the publisher.)
      if (ContainsAny(before, {U"隨同", U"跟隨"})) continue;
    }
    // (Nor one who came once before: 省長X曾於2025年率團訪問本縣, 曾率團來訪.)
    if (lead != std::u32string_view::npos && after.substr(0, lead).find(U'曾') != std::u32string_view::npos) continue;
    // (Or the leader's party right after the name: 議長李在勳一行8人於10月3日拜會本府.)
    // (Not the last of the members one named before brings along: X率領A、高知市副市長B等一行12人; X偕夫人及B等一行.)
    bool brought = false;
    {
      const uint32_t sb = sentences_[persons_[i].sentence].begin, nb = persons_[i].name.begin;
      const size_t led = std::u32string_view(f.data() + sb, nb - sb).find_last_of(U"率偕");
      if (led != std::u32string_view::npos) {
        std::u32string_view between(f.data() + sb + led, nb - sb - led);
        brought = between.find_first_of(U"。;；") == std::u32string_view::npos;
        bool someone = false;
        for (size_t k = first_person_in(persons_[i].sentence); k < i && !someone; ++k)
          someone = persons_[k].name.end <= sb + led && person_entity_[k] >= 0 && person_entity_[k] != ent;
        brought = brought && someone;
      }
    }
    bool party_after = !brought && (after.starts_with(U"一行") || after.starts_with(U"等一行"));
    bool leads = party_after || (lead != std::u32string_view::npos && lead <= 8 &&
                 (after.substr(lead, 10).find(U"團") != std::u32string_view::npos ||
                  after.find(U"一行", lead) != std::u32string_view::npos));  // 率領市議員及企業代表一行15人
    // (偕 alone the same: 縣長X偕夫人及局長Y等一行9人.)
    size_t with = after.find(U'偕');
    size_t party = with == std::u32string_view::npos ? with : after.find(U"一行", with);
    leads = leads || (party != std::u32string_view::npos && with <= 8 &&
                      !ContainsAny(after.substr(with, party - with), {U"接待", U"接見", U"迎接", U"歡迎"}));
    // … and visits, in the same sentence (…一行12人，今(2)日上午拜會臺南市政府).
    std::u32string_view rest(f.data() + q, std::min<size_t>(120, f.size() - q));
    if (size_t stop = rest.find(U'。'); stop != std::u32string_view::npos) rest = rest.substr(0, stop);
    bool visits = ContainsAny(rest, {U"訪", U"抵達", U"拜會", U"來臺", U"來台"});
    // (Or the text is about a visit to the publisher, and the delegation comes to what it hosts: 金恩淑率領首爾市政府代表團
    // 一行10人，昨(21)日出席北市府主辦的「…」, under a headline 南韓首爾副市長率團訪台.)
    visits = visits || (visits_publisher && ContainsAny(rest, {U"出席", U"參加"}));
    // (Or is at the publisher's seat: …等一行9人，今(3)日上午在南投縣政府與縣長X共同簽署….)
    if (!visits && publisher_ >= 0) {
      const std::u32string seat = Gazetteer::Fold(ToU32(out_.entities[static_cast<size_t>(publisher_)].label + "政府"));
      visits = ContainsAny(rest, {U"在" + seat, U"於" + seat});
    }
    // (Or the line is a field naming the visiting delegation: 訪問團：…市長X率…等一行8人.)
    {
      std::u32string_view line(f.data() + sentences_[persons_[i].sentence].begin, sentences_[persons_[i].sentence].size());
      line.remove_prefix(std::min(line.size(), line.find_first_not_of(U" \n")));
      visits = visits || line.starts_with(U"訪問團:") || line.starts_with(U"訪團:") || line.starts_with(U"來訪團體:") ||
               line.starts_with(U"代表團:") || line.starts_with(U"參訪團:");
    }
    // (In English: a delegation led by Mayor X, in a release on a visit to the publisher.)
    if (!leads || !visits) {
      const uint32_t b = persons_[i].name.begin;
      std::u32string_view before(f.data() + (b > 48 ? b - 48 : 0), b > 48 ? 48 : b);
      const size_t led = before.rfind(U"led by ");
      if (led != std::u32string_view::npos && before.substr(0, led).ends_with(U"delegation ") && visits_publisher) {
        leads = true;
        visits = true;
      }
      // (Or the delegation named earlier in the sentence, where it comes from between: A trade delegation from the U.S.
      // state of Georgia, led by Lieutenant Governor X, called on….)
      if (!leads && visits_publisher) {
        const uint32_t sb = sentences_[persons_[i].sentence].begin;
        const std::u32string_view lead_in(f.data() + sb, b - sb);
        const size_t by = lead_in.rfind(U"led by ");
        const size_t delegation = by == std::u32string_view::npos ? by : lead_in.rfind(U"delegation from ", by);
        if (delegation != std::u32string_view::npos && by - delegation <= 80 && lead_in.size() - by <= 40 &&
            lead_in.substr(delegation, by - delegation).find(U';') == std::u32string_view::npos) {
          leads = true;
          visits = true;
        }
      }
      // (Or Mayor X of Y led a delegation, in the same sentence, past the place he is of: Mayor X of Himeji City, Hyogo
      // Prefecture, Japan, led a 15-member delegation to Tainan.)
      {
        // (Or "led an eight-member delegation", "arrived … at the head of a six-member delegation".)
        const std::u32string_view ahead(f.data() + q, std::min<size_t>(160, f.size() - q));
        const size_t delegation = LeadsDelegation(ahead).second;
        if (delegation != std::u32string_view::npos && visits_publisher &&
            ahead.substr(0, delegation).find_first_of(U".;") == std::u32string_view::npos) {
          leads = true;
          visits = true;
        }
      }
      // (Or received with a delegation by the publisher's official: Mayor Lin received Lord Mayor of Perth X and a trade
      // delegation of fifteen.)
      std::u32string_view next(f.data() + q, std::min<size_t>(120, f.size() - q));
      // (Past the place he is of: Governor X of Nakhon Ratchasima Province, Thailand, and a twelve-member delegation.)
      if (next.starts_with(U"of ") || next.starts_with(U" of "))
        if (const size_t and_at = next.find(U", and "); and_at != std::u32string_view::npos && and_at <= 60 &&
                                                        next.substr(0, and_at).find_first_of(U".;") == std::u32string_view::npos)
          next.remove_prefix(and_at + 2);
      next = next.substr(0, 60);
      const size_t delegation = next.find(U"delegation");
      const size_t received = std::min(before.rfind(U"received "), before.rfind(U"welcomed "));
      if ((next.starts_with(U"and a ") || next.starts_with(U"and the ")) && delegation != std::u32string_view::npos &&
          next.substr(0, delegation).find_first_of(U",.;") == std::u32string_view::npos && received != std::u32string_view::npos) {
        const uint32_t at = b - static_cast<uint32_t>(before.size() - received);
        bool by_ours = false;
        for (size_t k = first_person_in(persons_[i].sentence); k < i && !by_ours; ++k)
          by_ours = persons_[k].name.end <= at && person_entity_[k] >= 0 && IsPublisherSide(person_entity_[k]);
        leads = leads || by_ours;
        visits = visits || by_ours;
      }
    }
    if (!leads || !visits) continue;
    // (Not a visit of an earlier year, a row of a table of past exchanges: 2021年⇥釜山港灣公社副社長X率團訪問高雄港….)
    {
      const size_t at = sentences_[persons_[i].sentence].begin;
      const size_t newline = at == 0 ? std::u32string::npos : f.rfind(U'\n', at - 1);
      const size_t line_begin = newline == std::u32string::npos ? 0 : newline + 1;
      std::u32string_view line(f.data() + line_begin, std::min<size_t>(8, f.size() - line_begin));
      line.remove_prefix(std::min(line.size(), line.find_first_not_of(U" \t")));
      int year = 0;
      size_t k = 0;
      while (k < line.size() && k < 4 && line[k] >= U'0' && line[k] <= U'9') year = year * 10 + static_cast<int>(line[k++] - U'0');
      if (k == 4 && k < line.size() && line[k] == U'年' && DefaultDate().valid() && year < DefaultDate().year) continue;
    }
    // (A later leader only in a later item of the text: a line opening with 【, ■ or ◆ between them; else one of the
    // first delegation, 清萊皇家大學校長X一行.)
    uint32_t si = persons_[i].sentence;
    bool new_item = visitors.empty();
    for (uint32_t k = visitors.empty() ? si : visitors.back().first + 1; k <= si && !new_item && k < sentences_.size(); ++k) {
      std::u32string_view line(nt_.text.data() + sentences_[k].begin, sentences_[k].size());  // (【 as written)
      line.remove_prefix(std::min(line.size(), line.find_first_not_of(U" \n")));
      new_item = line.starts_with(U"【") || line.starts_with(U"■") || line.starts_with(U"◆");
    }
    // (Or one the publisher's side receives besides, 下午侯市長另接見…議長X率領的議員訪問團: a second call that day.)
    if (!new_item && si < sentences_.size())
      new_item = ContainsAny(std::u32string_view(f.data() + sentences_[si].begin, sentences_[si].size()),
                             {U"另接見", U"另外接見", U"另接待", U"另外接待"});
    if (new_item && (visitors.empty() || visitors.back().second != ent)) visitors.emplace_back(si, ent);
  }
  // (In English, the leader named again by title and surname only: Mayor Nakoa led a fifteen-member delegation — the one
  // person of the text with that surname, not of the publisher's side.)
  if (visitors.empty() && visits_publisher && english)
    for (uint32_t si = 0; si < sentences_.size() && visitors.empty(); ++si) {
      const Span s = sentences_[si];
      const std::u32string_view text(nt_.folded.data() + s.begin, s.size());
      const auto [lead, delegation] = LeadsDelegation(text);
      if (lead == std::u32string_view::npos || lead == 0 || lead > 41 || text[lead - 1] != U' ' ||
          text.substr(lead, delegation - lead).find_first_of(U",.;") != std::u32string_view::npos)
        continue;
      const size_t led = lead - 1;
      const std::vector<int> bearers = LatinSurnameBearers(Span{s.begin, s.begin + static_cast<uint32_t>(led)});
      if (bearers.size() == 1 && !IsPublisherSide(bearers[0])) visitors.emplace_back(si, bearers[0]);
    }
  // (Or, in a report on visitors that names no one leading them, the first of its visitors' list, under a heading line
  // that says so: 二、來訪人員名單 / 1. 奧州市長　X — the list names the head first.)
  if (visitors.empty() && visits_publisher)
    for (uint32_t si = 0; si + 1 < sentences_.size() && visitors.empty(); ++si) {
      const Span s = sentences_[si];
      std::u32string_view head(nt_.folded.data() + s.begin, s.size());
      while (!head.empty() && (head.back() == U'\n' || head.back() == U' ' || head.back() == U':')) head.remove_suffix(1);
      if (head.size() > 24 || !head.ends_with(U"名單")) continue;  // (most sentences: two comparisons)
      head = PastListNumber(head.substr(std::min(head.size(), head.find_first_not_of(U" \n"))));
      if (head.size() > 12 ||
          !ContainsAny(head, {U"來訪", U"外賓", U"訪問團", U"訪團", U"代表團", U"訪賓"}))
        continue;
      auto it = std::lower_bound(person_occurrences_.begin(), person_occurrences_.end(), std::make_pair(sentences_[si + 1].begin, -1));
      if (it != person_occurrences_.end() && !IsPublisherSide(it->second) &&
          it->first < sentences_[std::min<size_t>(si + 3, sentences_.size() - 1)].end)
        visitors.emplace_back(si + 1, it->second);
    }
  // Those each visitor brings (LedBy), read once per visitor.
  std::map<int, std::vector<int>> led_by;
  auto members_of = [&](int visitor) -> const std::vector<int>& {
    auto it = led_by.find(visitor);
    if (it == led_by.end()) it = led_by.emplace(visitor, LedBy(visitor)).first;
    return it->second;
  };
  // The visitor of sentence si: the last introduced at or before it (the first, before any).
  auto visitor_at = [&](uint32_t si) {
    int v = visitors.empty() ? -1 : visitors.front().second;
    for (const auto& [at, ent] : visitors)
      if (at <= si) v = ent;
    return v;
  };
  // Meetings: a sentence with a meeting cue; the publisher-side person named in it (else the leader)
  // meets every other-side person named in it.
  // A list of meetings: bullet lines (● …) after a line that ends in a colon and has a meeting word (侯市長分別與以下城市
  // 首長會面：), or after 出席人員： in a meeting's minutes (…會議紀錄, 主席：X): each line's person meets the one who
  // spoke first (the list line's publisher-side person, the chair) — by sentence index.
  std::map<uint32_t, int> bullet_host;
  {
    const std::u32string& f = nt_.folded;
    bool minutes = false;
    for (Span sp : HeadLines(200, 4))
      minutes = minutes || ContainsAny(std::u32string_view(f.data() + sp.begin, sp.size()),
                                       {U"會議紀錄", U"會議記錄", U"會談紀錄", U"會議紀要"});
    int chair = -1;
    int host = -1;
    int host_style = 0;  // the numbering of the line that opened the list (0: none)
    int other_chair = -1;  // the other side's chair, named on the chair's line beside the publisher's
    bool labelled_list = false;  // the list under 出席人員： of a call's heading, one labelled line per side
    for (uint32_t si = 0; si < sentences_.size(); ++si) {
      Span s = sentences_[si];
      std::u32string_view text(f.data() + s.begin, s.size());
      while (!text.empty() && (text.front() == U' ' || text.front() == U'\n')) text.remove_prefix(1);
      while (!text.empty() && (text.back() == U' ' || text.back() == U'\n')) text.remove_suffix(1);
      auto first = std::lower_bound(person_occurrences_.begin(), person_occurrences_.end(), std::make_pair(s.begin, -1));
      int ours = -1;
      for (auto it = first; it != person_occurrences_.end() && it->first < s.end; ++it)
        if (IsPublisherSide(it->second) && ours < 0) ours = it->second;
      // (Also as a numbered item: 三、主持人：….)
      if (minutes && (PastListNumber(text).starts_with(U"主席") || PastListNumber(text).starts_with(U"主持人")) && ours >= 0) {
        chair = ours;
        for (auto it = first; it != person_occurrences_.end() && it->first < s.end && other_chair < 0; ++it)
          if (!IsPublisherSide(it->second)) other_chair = it->second;
        bullet_host[si] = chair;  // (two chairs, one of each side, on one line: 主持人：高雄市長A、福岡市長B)
        host = -1;
        continue;
      }
      // Minutes that list those present by side (我方：… / 日方：…): the other side's meet the chair.
      if (minutes && text.size() > 3 && text[1] == U'方' && (text[2] == U':' || text[2] == U'：') && text[0] != U'我' &&
          text[0] != U'本' && (chair >= 0 || leader_ >= 0)) {
        bullet_host[si] = chair >= 0 ? chair : leader_;
        host = -1;
        continue;
      }
      // (And in minutes, one of each side paired with 與 (楊局長與中野局長同意…) conferred.)
      if (minutes && chair >= 0) {
        int a = -1;
        uint32_t a_end = 0;
        for (size_t i = first_person_in(si); i < persons_.size() && persons_[i].sentence == si; ++i) {
          int ent = person_entity_[i];
          if (ent < 0) continue;
          if (a >= 0 && IsPublisherSide(a) && !IsPublisherSide(ent) && persons_[i].name.begin > a_end &&
              persons_[i].name.begin - a_end <= 6) {
            std::u32string_view gap(f.data() + a_end, persons_[i].name.begin - a_end);
            if (gap.find(U'與') != std::u32string_view::npos && gap.find_first_of(U",，;；。、") == std::u32string_view::npos) {
              bullet_host[si] = a;
              break;
            }
          }
          a = ent;
          a_end = persons_[i].name.end;
        }
        if (bullet_host.count(si)) {
          host = -1;
          continue;
        }
      }
      if (text.empty()) continue;  // (the line end after an item's 。)
      bool bullet = std::u32string_view(U"●•‧◎○▪■-").find(text.front()) != std::u32string_view::npos;
      // (Or numbered items: （一）, (1), 1., 1、, 一、, ① — which normalization writes (1).)
      int style = 0;  // 1: (一), 2: 一、 or 1.
      if (!bullet) {
        static constexpr std::u32string_view kNumerals = U"一二三四五六七八九十0123456789";
        size_t k = text.front() == U'(' ? 1 : 0;
        size_t digits = 0;
        while (k + digits < text.size() && kNumerals.find(text[k + digits]) != std::u32string_view::npos && digits < 3) ++digits;
        char32_t after = k + digits < text.size() ? text[k + digits] : 0;
        bullet = digits > 0 && (k == 1 ? after == U')' : (after == U'、' || (after == U'.' && text[0] >= U'0' && text[0] <= U'9')));
        if (bullet) style = k == 1 ? 1 : 2;
      }
      // (Or, under 出席人員： of a call's heading, a line labelled with the side it lists: 新怡詩夏省：省長 X、副省長 Y.)
      if (!bullet && host >= 0 && labelled_list) {
        const size_t colon = text.substr(0, 10).find_first_of(U":：");
        bullet = colon != std::u32string_view::npos && colon >= 2 &&
                 std::all_of(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(colon), [](char32_t c) { return IsHan(c); });
      }
      // (A numbered line of the list's own heading's level ends the list: 四、出席人員： / (一)… / (二)… / 五、記錄：X.)
      if (bullet && host >= 0 && !(style != 0 && style == host_style)) {
        bullet_host[si] = host;
        // (A line of the publisher's own, where the other side's chair is named beside the publisher's: its persons met
        // that chair — 主持人：桃園市長A、昌原特例市長B / (一)桃園市政府：局長C…)
        if (host == chair && other_chair >= 0 && ours >= 0) {
          bool all_ours = true;
          for (auto it = first; it != person_occurrences_.end() && it->first < s.end && all_ours; ++it)
            all_ours = IsPublisherSide(it->second);
          if (all_ours) bullet_host[si] = other_chair;
        }

        continue;
      }
      host = -1;
      labelled_list = false;
      if (text.empty() || text.back() != U':') continue;
      bool cue = false;
      for (uint32_t p = s.begin; p < s.end && !cue; ++p)
        for (const auto& m : lex_.Cues(p)) cue = cue || m.second == CueKind::kMet;
      if (cue) host = ours >= 0 ? ours : leader_;
      else if (minutes && ContainsAny(text, {U"出席人員", U"與會人員", U"出席者"})) host = chair >= 0 ? chair : leader_;
      // (Or those present at a call its heading names: 一、拜會新怡詩夏省政府（3月17日上午） / 出席人員： / 新怡詩夏省：省長 X、…
      // — each side's line under it, the other side's persons met by the leader.)
      else if (ContainsAny(text, {U"出席人員", U"與會人員", U"出席者"}) && text.size() <= 8) {
        const std::u32string_view heading = HeadingAbove(s.begin);
        const auto at = static_cast<uint32_t>(heading.data() - f.data());
        bool call = false;
        for (uint32_t p = at; p < at + heading.size() && !call; ++p)
          for (const auto& m : lex_.Cues(p)) call = call || m.second == CueKind::kMet;
        if (call && leader_ >= 0) {
          host = leader_;
          labelled_list = true;
        }
      }
      host_style = style;
    }
  }
  // A table of the meetings (時間⇥會談對象⇥會談重點, then one row per meeting): each row is a meeting.
  std::vector<Span> meeting_rows;
  {
    const std::u32string& f = nt_.folded;
    const auto& kHeads = kRecordLabels;
    bool in_table = false;
    std::u32string_view above;  // the last line with words before this one
    for (size_t b = 0; b < f.size();) {
      size_t e = f.find(U'\n', b);
      if (e == std::u32string::npos) e = f.size();
      std::u32string_view line(f.data() + b, e - b);
      bool tabbed = line.find(U'\t') != std::u32string_view::npos;
      bool head = tabbed && std::any_of(std::begin(kHeads), std::end(kHeads),
                                        [&](std::u32string_view h) { return line.find(h) != std::u32string_view::npos; });
      // (Or a column of those met by its bare 對象, under a heading that names the talks: 二、會談紀要 / 日期⇥對象⇥內容.)
      if (tabbed && !head && ContainsAny(above, {U"會談", U"拜會", U"會晤", U"會見", U"晤談", U"會面"})) {
        for (size_t c = 0; c <= line.size() && !head;) {
          size_t t = std::min(line.find(U'\t', c), line.size());
          std::u32string_view cell = line.substr(c, t - c);
          while (!cell.empty() && cell.front() == U' ') cell.remove_prefix(1);
          while (!cell.empty() && cell.back() == U' ') cell.remove_suffix(1);
          head = cell == U"對象";
          c = t + 1;
        }
      }
      if (line.find_first_not_of(U" \t") != std::u32string_view::npos) above = line;
      // (A table drawn with box characters has rule lines, now spaces, between its rows: they end nothing.)
      const bool rule = !line.empty() && line.find_first_not_of(U' ') == std::u32string_view::npos;
      if (head) in_table = true;
      else if (rule) {
      } else if (!tabbed) in_table = false;
      else if (in_table) meeting_rows.push_back({static_cast<uint32_t>(b), static_cast<uint32_t>(e)});
      b = e + 1;
    }
  }
  // A spouse named after 夫人 (市長夫人X, 與夫人Y, 偕同夫人Z) who holds no post comes along or receives beside the
  // official: the meeting is the officials'.
  std::set<int> spouses;
  for (size_t i = 0; i < persons_.size(); ++i) {
    const int ent = person_entity_[i], t = SegEndingAt(persons_[i].name.begin);
    if (ent < 0 || t < 0 || segs_[static_cast<size_t>(t)].kind != SegKind::kTitle ||
        nt_.folded.compare(segs_[static_cast<size_t>(t)].span.begin, 2, U"夫人") != 0)
      continue;
    if (std::none_of(out_.relations.begin(), out_.relations.end(),
                     [&](const Relation& r) { return r.kind == RelationKind::kPost && r.from == ent; }))
      spouses.insert(ent);
  }
  // (An itinerary's rows under a line that says the rest is for those who stay on, 以下行程由產業發展局…局長及同仁續留參與:
  // the leader, gone home, met no one there — those rows up to the next blank line. Found once: most texts have none.)
  std::vector<Span> leader_away_rows;
  {
    const std::u32string& f = nt_.folded;
    for (size_t at = f.find(U"以下"); at != std::u32string::npos; at = f.find(U"以下", at + 2)) {
      size_t line = at == 0 ? 0 : f.rfind(U'\n', at - 1);
      line = line == std::u32string::npos ? 0 : line + 1;
      const size_t end = std::min(f.find(U'\n', at), f.size());
      std::u32string_view text(f.data() + line, end - line);
      text.remove_prefix(std::min(text.size(), text.find_first_not_of(U" \t")));
      if (!(text.starts_with(U"以下行程由") || text.starts_with(U"以下由")) || text.find(U"續留") == std::u32string_view::npos) continue;
      size_t block = end;
      while (block < f.size()) {
        const size_t next = std::min(f.find(U'\n', block + 1), f.size());
        const std::u32string_view row(f.data() + block + 1, next - block - 1);
        if (row.find_first_not_of(U" \t") == std::u32string_view::npos) break;
        block = next;
      }
      leader_away_rows.push_back({static_cast<uint32_t>(end), static_cast<uint32_t>(block)});
    }
  }
  auto leader_away = [&](uint32_t si) {
    const uint32_t pos = sentences_[si].begin;
    return std::any_of(leader_away_rows.begin(), leader_away_rows.end(), [&](const Span& r) { return pos >= r.begin && pos < r.end; });
  };
  // (A delegation that splits: one goes home first, the rest led on by another — 黃市長先行返國；後續行程由觀光新聞處翁處長
  // 率團續行. The calls told after it, on its day or later, are not the one gone home's but the one leading on's, where
  // the sentence names them; a call told later of an earlier day is still theirs.)
  struct Split {
    uint32_t after;  // the end of the sentence that says so
    Date from;       // its day
    int away;        // the one gone home
    int on;          // the one leading on, or -1
  };
  std::vector<Split> splits;
  {
    const std::u32string& f = nt_.folded;
    // (Two searches of the text — most have neither word — then the verb after: 先行 or 提前 + 返國, 返臺, 回國, 離團.)
    for (std::u32string_view first : {U"先行", U"提前"})
      for (size_t at = f.find(first); at != std::u32string::npos; at = f.find(first, at + first.size())) {
        if (!ContainsAny(std::u32string_view(f.data() + at + 2, std::min<size_t>(2, f.size() - at - 2)), {U"返國", U"返臺", U"回國", U"離團"}))
          continue;
        const std::u32string_view w(f.data() + at, 4);
        const auto it = std::upper_bound(sentences_.begin(), sentences_.end(), static_cast<uint32_t>(at),
                                         [](uint32_t v, const Span& x) { return v < x.begin; });
        if (it == sentences_.begin()) continue;
        const auto si = static_cast<uint32_t>(it - sentences_.begin()) - 1;
        Span sp = sentences_[si];
        // (Through the sentences a semicolon goes on with: 黃市長先行返國；後續行程由….)
        for (uint32_t k = si + 1; k < sentences_.size() && sentences_[k].begin == sp.end && sp.end > 0 &&
                                  (f[sp.end - 1] == U'；' || f[sp.end - 1] == U';');
             ++k)
          sp.end = sentences_[k].end;
        // (Those who lead on, after 由 in a clause that says the rest of the trip goes on: 後續行程由X率團續行, 其餘行程由X續行.)
        const std::u32string_view rest(f.data() + at + w.size(), sp.end - at - w.size());
        const size_t by = rest.find(U'由');
        if (by == std::u32string_view::npos || !ContainsAny(rest.substr(0, by), {U"行程", U"其餘", U"後續"}) ||
            !ContainsAny(rest.substr(by), {U"續行", U"率團", U"帶團", U"續留", U"繼續"}))
          continue;
        Split split{sp.end, DateIn(sentences_[si], true), leader_, -1};
        for (auto o = std::lower_bound(person_occurrences_.begin(), person_occurrences_.end(), std::make_pair(sp.begin, -1));
             o != person_occurrences_.end() && o->first < sp.end; ++o) {
          if (o->first < at) split.away = o->second;
          else if (o->first > at + w.size() + by && split.on < 0) split.on = o->second;
        }
        if (split.away >= 0 && split.on != split.away) splits.push_back(split);
      }
  }
  // One meeting of two persons: the meeting and metWith both ways.
  std::vector<size_t> undated_meetings;  // (on the report's default day only, no day written for their sentence)
  auto add_meeting = [&](int a, int b, Date date, uint32_t si) {
    if (spouses.count(a) || spouses.count(b)) return;
    if (leader_ >= 0 && (a == leader_ || b == leader_) && leader_away(si)) return;
    for (const Split& split : splits) {
      if (sentences_[si].begin < split.after || (split.from.valid() && date.valid() && date < split.from)) continue;
      if (a == split.away) a = split.on;
      if (b == split.away) b = split.on;
      if (a < 0 || b < 0 || a == b) return;
    }
    Meeting m;
    m.attendees = {a, b};
    m.date = date;
    m.evidence = SentenceEvidence(si);
    if (bool fallback = false; date == DefaultDate() && DateIn(sentences_[si], true, &fallback) == date && fallback)
      undated_meetings.push_back(out_.meetings.size());
    for (auto [from, to] : {std::pair{a, b}, std::pair{b, a}}) {
      Relation r;
      r.kind = RelationKind::kMetWith;
      r.from = from;
      r.to = to;
      r.date = m.date;
      r.evidence = m.evidence;
      out_.relations.push_back(std::move(r));
    }
    out_.meetings.push_back(std::move(m));
  };
  // Those present listed by side (minutes' columns, a record's 對方/我方 fields): the head of each side (its first
  // person) met each person of the others, once per pair.
  auto meet_by_sides = [&](const std::vector<std::vector<int>>& sides, Date date, uint32_t si) {
    std::set<std::pair<int, int>> done;
    for (size_t x = 0; x < sides.size(); ++x)
      for (size_t y = 0; y < sides.size(); ++y) {
        if (x == y || sides[x].empty()) continue;
        const int head = sides[x].front();
        for (int other : sides[y])
          if (other != head && done.insert({std::min(head, other), std::max(head, other)}).second) add_meeting(head, other, date, si);
      }
  };
  // The signers of an English agreement or joint statement, each under its party's line (For Tainan City: / X / Mayor of
  // Tainan City), met: the publisher's each other party's, on the day the text was signed (its trip's).
  {
    std::vector<size_t> signers;
    for (size_t k = 0; k < persons_.size(); ++k)
      if (persons_[k].rule == "party-signature" && person_entity_[k] >= 0) signers.push_back(k);
    for (size_t x : signers)
      for (size_t y : signers)
        if (person_entity_[x] != person_entity_[y] && IsPublisherSide(person_entity_[x]) && !IsPublisherSide(person_entity_[y]))
          add_meeting(person_entity_[x], person_entity_[y], out_.meta.trip_start, persons_[y].sentence);
  }
  // The signers of a row of a table of agreements met (ReadSignerRows), on the row's date.
  for (const SignerPair& pair : signer_pairs_) {
    const int a = person_entity_[pair.ours], b = person_entity_[pair.theirs];
    if (a < 0 || b < 0 || a == b) continue;
    Date date;
    for (const auto& d : FindDates(nt_.text, pair.row.begin, pair.row.end))
      if (d.has_year && d.date.month > 0) {
        date = d.date;
        break;
      }
    add_meeting(a, b, date, persons_[pair.theirs].sentence);
  }
  // A table of those present by side, a government heading each column (一、出席人員 / 臺南市⇥聖安東尼奧市 / 市長　A⇥市長
  // B / …), as minutes that list them by side: the head of each column (its first person) met each person of the other
  // columns.
  for (uint32_t b = IsPlan() ? static_cast<uint32_t>(nt_.folded.size()) : 0; b < nt_.folded.size();) {
    const std::u32string& f = nt_.folded;
    // (From one line holding a tab to the next: most lines hold none.)
    const size_t tab = f.find(U'\t', b);
    if (tab == std::u32string::npos) break;
    b = static_cast<uint32_t>(f.rfind(U'\n', tab) == std::u32string::npos ? 0 : f.rfind(U'\n', tab) + 1);
    uint32_t e = static_cast<uint32_t>(tab);
    while (e < f.size() && f[e] != U'\n') ++e;
    uint32_t next = e + 1;
    if (b == 0 || next >= f.size()) {
      b = next;
      continue;
    }
    // (The line above says what the table lists: 出席人員, 與會人員, 名單.)
    uint32_t above = b - 1;
    while (above > 0 && f[above - 1] != U'\n') --above;
    const std::u32string_view title(f.data() + above, b - 1 - above);
    // The header's cells: each a government (read through each cell of the rows below it).
    std::vector<std::vector<int>> columns;
    bool header = ContainsAny(title, {U"出席", U"與會", U"人員", U"名單"});
    for (uint32_t r = next; header && r < f.size();) {
      uint32_t re = r;
      while (re < f.size() && f[re] != U'\n') ++re;
      if (std::u32string_view(f.data() + r, re - r).find(U'\t') == std::u32string_view::npos) break;
      size_t column = 0;
      uint32_t cell = r;
      for (uint32_t c = r; c <= re; ++c)
        if (c == re || f[c] == U'\t') {
          if (ColumnGovernment(cell) < 0) header = false;
          auto lo = std::lower_bound(person_occurrences_.begin(), person_occurrences_.end(), std::make_pair(cell, -1));
          if (columns.size() <= column) columns.resize(column + 1);
          for (auto it = lo; it != person_occurrences_.end() && it->first < c; ++it)
            if (std::find(columns[column].begin(), columns[column].end(), it->second) == columns[column].end())
              columns[column].push_back(it->second);
          ++column;
          cell = c + 1;
        }
      r = re + 1;
      next = r;
    }
    if (header && columns.size() >= 2) {
      auto it = std::lower_bound(sentences_.begin(), sentences_.end(), b, [](const Span& x, uint32_t v) { return x.end <= v; });
      meet_by_sides(columns, DefaultDate(), static_cast<uint32_t>(std::min<size_t>(it - sentences_.begin(), sentences_.size() - 1)));
    }
    b = next;
  }
  // A meeting record that lists those present by side in fields of their own (對方出席人員：市長A、…召集人B / 我方出席人員：
  // C副市長、D局長), as minutes do in columns: the head of each side (its first person) met each person of the other;
  // the record's other lines (日期, 地點, 會談內容) tell of no other meeting. Dated by the record's date field.
  std::set<uint32_t> record_lines;
  {
    const std::u32string& f = nt_.folded;
    auto field = [&](uint32_t k, std::initializer_list<std::u32string_view> labels) {
      std::u32string_view line(f.data() + sentences_[k].begin, sentences_[k].size());
      line.remove_prefix(std::min(line.size(), line.find_first_not_of(U" \n\t-•●◆■")));
      for (std::u32string_view l : labels)
        if (line.starts_with(l) && line.size() > l.size() && line[l.size()] == U':') return true;
      return false;
    };
    // The first full date sentence k writes (a date field's), in the report's year where it gives none; invalid if none.
    auto day_on = [&](uint32_t k) {
      for (const auto& d : FindDates(nt_.text, sentences_[k].begin, sentences_[k].end))
        if (d.date.month > 0 && d.date.day > 0) {
          Date day = d.date;
          if (!d.has_year) day.year = DefaultDate().year + d.year_offset;
          return day;
        }
      return Date{};
    };
    auto persons_on = [&](uint32_t k) {
      std::vector<int> side;
      auto lo = std::lower_bound(person_occurrences_.begin(), person_occurrences_.end(), std::make_pair(sentences_[k].begin, -1));
      for (auto it = lo; it != person_occurrences_.end() && it->first < sentences_[k].end; ++it)
        if (std::find(side.begin(), side.end(), it->second) == side.end()) side.push_back(it->second);
      return side;
    };
    const auto kTheirs = {std::u32string_view(U"對方出席人員"), std::u32string_view(U"對方與會人員"), std::u32string_view(U"對方人員"),
                          std::u32string_view(U"對方代表")};
    const auto kOurs = {std::u32string_view(U"我方出席人員"), std::u32string_view(U"我方與會人員"), std::u32string_view(U"我方人員"),
                        std::u32string_view(U"我方代表")};
    // (Or the other side named by its country's character, beside 我方: 日方：市長A、… / 我方：縣長B、….)
    auto their_country_field = [&](uint32_t k) {
      std::u32string_view line(f.data() + sentences_[k].begin, sentences_[k].size());
      line.remove_prefix(std::min(line.size(), line.find_first_not_of(U" \n\t-•●◆■")));
      return line.size() > 3 && IsHan(line[0]) && line[1] == U'方' && line[2] == U':' &&
             std::u32string_view(U"我雙各多").find(line[0]) == std::u32string_view::npos;
    };
    for (uint32_t k = 0; k < sentences_.size(); ++k) {
      bool by_country = !field(k, kTheirs) && their_country_field(k);
      // (Not under the record's chairs, 主持人：A、B, who meet the other side themselves: 3101's minutes.)
      for (uint32_t j = k > 4 ? k - 4 : 0; j < k && by_country; ++j) by_country = !field(j, {U"主持人", U"主席"});
      if (!field(k, kTheirs) && !by_country) continue;
      uint32_t mine = UINT32_MAX;
      for (uint32_t j = k > 3 ? k - 3 : 0; j < sentences_.size() && j <= k + 3 && mine == UINT32_MAX; ++j)
        if (j != k && (field(j, kOurs) || (by_country && field(j, {U"我方"})))) mine = j;
      if (mine == UINT32_MAX) continue;
      const std::vector<int> theirs_side = persons_on(k), ours_side = persons_on(mine);
      if (theirs_side.empty() || ours_side.empty()) continue;
      // The record: from its first field to its content field (會談內容, 會談重點, 會談紀要), at most a few lines on.
      uint32_t first = std::min(k, mine), last = std::max(k, mine);
      while (first > 0 && k - first < 4 && field(first - 1, {U"日期", U"時間", U"地點", U"會談時間", U"會談地點"})) --first;
      for (uint32_t j = last + 1; j < sentences_.size() && j <= last + 4; ++j)
        if (field(j, {U"日期", U"時間", U"地點", U"會談內容", U"會談重點", U"會談紀要", U"會談摘要"})) {
          // (The content field runs on to its line's end, over several sentences.)
          last = j;
          auto same_line = [&](uint32_t a) {
            const std::u32string_view between(f.data() + sentences_[a].begin, sentences_[a + 1].begin - sentences_[a].begin);
            return between.find(U'\n') == std::u32string_view::npos;
          };
          while (last + 1 < sentences_.size() && same_line(last)) ++last;
        }
      Date date = DefaultDate();
      for (uint32_t j = first; j <= last; ++j)
        if (field(j, {U"日期", U"時間", U"會談時間"})) {
          if (const Date day = day_on(j); day.valid()) date = day;
          break;
        }
      meet_by_sides({ours_side, theirs_side}, date, k);
      for (uint32_t j = first; j <= last; ++j) record_lines.insert(j);
    }
    // (In English, a record's two fields — Visitors: Hon. A, Governor of …; Mr. B, … / Received by: Deputy Mayor C;
    // Director-General D, … —, their items parted by semicolons into sentences of the field's line; dated by its Date:
    // field.)
    if (english) {
      auto line_end = [&](uint32_t k) {
        while (k + 1 < sentences_.size() &&
               std::u32string_view(f.data() + sentences_[k].begin, sentences_[k + 1].begin - sentences_[k].begin).find(U'\n') ==
                   std::u32string_view::npos)
          ++k;
        return k;
      };
      const auto kVisitors = {std::u32string_view(U"visitors"), std::u32string_view(U"visiting delegation"),
                              std::u32string_view(U"delegation"), std::u32string_view(U"guests")};
      const auto kHosts = {std::u32string_view(U"received by"), std::u32string_view(U"hosted by"), std::u32string_view(U"hosts"),
                           std::u32string_view(U"host")};
      for (uint32_t k = 0; k < sentences_.size(); ++k) {
        if (!field(k, kVisitors)) continue;
        uint32_t mine = UINT32_MAX;
        for (uint32_t j = k > 6 ? k - 6 : 0; j < sentences_.size() && j <= k + 6 && mine == UINT32_MAX; ++j)
          if (j != k && field(j, kHosts)) mine = j;
        if (mine == UINT32_MAX) continue;
        std::vector<int> theirs_side, ours_side;
        for (auto [from, side] : {std::pair{k, &theirs_side}, std::pair{mine, &ours_side}})
          for (uint32_t j = from, e = line_end(from); j <= e; ++j)
            for (int p : persons_on(j))
              if (std::find(side->begin(), side->end(), p) == side->end()) side->push_back(p);
        if (theirs_side.empty() || ours_side.empty()) continue;
        Date date = DefaultDate();
        for (uint32_t j = std::min(k, mine) > 4 ? std::min(k, mine) - 4 : 0; j < std::min(k, mine); ++j)
          if (field(j, {U"date"}))
            if (const Date day = day_on(j); day.valid()) date = day;
        meet_by_sides({ours_side, theirs_side}, date, mine);
        for (uint32_t from : {k, mine})
          for (uint32_t j = from, e = line_end(from); j <= e; ++j) record_lines.insert(j);
      }
      // (Or a field of those present whose label stands alone on its line, one side to each line under it — Present: /
      // Keelung City: Deputy Mayor A; Director-General B, … / City of Nanaimo: Mayor C; Councillor D —: each side's head
      // meets the other sides; dated by the record's Date: field. The record's other fields of persons, Chaired by:,
      // Apologies:, In attendance:, tell of no meeting of their own: one absent meets nobody.)
      for (uint32_t k = 0; k < sentences_.size(); ++k) {
        std::u32string_view head(f.data() + sentences_[k].begin, sentences_[k].size());
        head.remove_prefix(std::min(head.size(), head.find_first_not_of(U" \n\t")));
        while (!head.empty() && (head.back() == U' ' || head.back() == U'\n' || head.back() == U'\t')) head.remove_suffix(1);
        if (!(head == U"present:" || head == U"attendees:" || head == U"participants:" || head == U"attendance:" ||
              head == U"those present:"))
          continue;
        std::vector<std::vector<int>> sides;
        std::vector<uint32_t> read;
        uint32_t j = k + 1;
        while (j < sentences_.size()) {
          std::u32string_view line(nt_.text.data() + sentences_[j].begin, sentences_[j].size());
          line.remove_prefix(std::min(line.size(), line.find_first_not_of(U" \n\t")));
          const size_t colon = line.find(U": ");
          if (colon == std::u32string_view::npos || colon < 3 || colon > 48 || !(line[0] >= U'A' && line[0] <= U'Z') ||
              !std::all_of(line.begin(), line.begin() + static_cast<std::ptrdiff_t>(colon),
                           [](char32_t c) { return IsLatinLetter(c) || c == U' ' || c == U'-' || c == U'.'; }))
            break;
          const std::u32string_view label(f.data() + sentences_[j].begin + (line.data() - (nt_.text.data() + sentences_[j].begin)), colon);
          if (ContainsAny(label, {U"apolog", U"absent", U"regrets", U"attendance", U"also present", U"chair", U"date", U"venue",
                                  U"time", U"prepared", U"minutes"}))
            break;
          std::vector<int> side;
          const uint32_t e = line_end(j);
          for (uint32_t x = j; x <= e; ++x) {
            for (int p : persons_on(x))
              if (std::find(side.begin(), side.end(), p) == side.end()) side.push_back(p);
            read.push_back(x);
          }
          if (!side.empty()) sides.push_back(std::move(side));
          j = e + 1;
        }
        if (sides.size() < 2) continue;
        Date date = DefaultDate();
        for (uint32_t x = k > 8 ? k - 8 : 0; x < k; ++x)
          if (field(x, {U"date"}))
            if (const Date day = day_on(x); day.valid()) date = day;
        meet_by_sides(sides, date, k + 1);
        record_lines.insert(k);
        for (uint32_t x : read) record_lines.insert(x);
        // (And the record's other fields of persons just around it.)
        for (uint32_t x = k > 8 ? k - 8 : 0; x < std::min<uint32_t>(j + 6, static_cast<uint32_t>(sentences_.size())); ++x)
          if (field(x, {U"chaired by", U"co-chaired by", U"chairs", U"co-chairs", U"apologies", U"absent", U"regrets", U"in attendance",
                        U"also present"}))
            for (uint32_t y = x, e = line_end(x); y <= e; ++y) record_lines.insert(y);
      }
    }
  }
  bool previous_cue = false;
  uint32_t last_cue = UINT32_MAX;  // the sentence of the last meeting word
  int last_host = -1;              // the one who met others there
  uint32_t speech_end = 0;  // where the speaker's line being read ends
  for (uint32_t si = 0; si < sentences_.size(); ++si) {
    if (record_lines.count(si)) continue;
    const int visitor = visitor_at(si);
    Span s = sentences_[si];
    // (In English, "X, Chief Executive of …, who met Y to discuss …": X meets those the relative clause names, up to its
    // next mark, and nobody else of the sentence meets — not the delegation's leader, whose member X is.)
    if (english) {
      const std::u32string_view text(nt_.folded.data() + s.begin, s.size());
      if (const size_t who = text.find(U", who met "); who != std::u32string_view::npos) {
        const uint32_t at = s.begin + static_cast<uint32_t>(who);
        int subject = -1;
        std::vector<int> met;
        const size_t mark = text.find_first_of(U",;.", who + 10);
        const uint32_t clause_end = mark == std::u32string_view::npos ? s.end : s.begin + static_cast<uint32_t>(mark);
        for (size_t i = first_person_in(si); i < persons_.size() && persons_[i].sentence == si; ++i) {
          const int ent = person_entity_[i];
          if (ent < 0) continue;
          if (persons_[i].name.end == at || (persons_[i].name.end < at && nt_.folded[persons_[i].name.end] == U',' &&
                                             AppositiveEnd(persons_[i].name.end) == at))
            subject = ent;
          if (persons_[i].name.begin > at && persons_[i].name.begin < clause_end && std::find(met.begin(), met.end(), ent) == met.end())
            met.push_back(ent);
        }
        // (Where the clause names nobody read as a person, no one else of the sentence meets either: the one it adds to
        // the delegation is no host's.)
        if (subject >= 0) {
          for (int m : met)
            if (m != subject) add_meeting(subject, m, DateIn(s, true), si);
          continue;
        }
      }
    }
    // A table row is one meeting, however its cells split into sentences: read the whole row once.
    auto row = std::find_if(meeting_rows.begin(), meeting_rows.end(),
                            [&](const Span& r) { return s.begin >= r.begin && s.end <= r.end + 1; });
    bool cue = row != meeting_rows.end();
    if (cue) {
      s = *row;
      while (si + 1 < sentences_.size() && sentences_[si + 1].end <= row->end + 1) ++si;
    }
    cue = cue || bullet_host.count(si) > 0;
    // A speaker's line of a transcript (黃市長：…; 市議員Carla Jalandoni：…): what follows the colon is speech, and a
    // meeting word in it (交流, 會談) tells of no meeting — in the line's later sentences too (市長：謝謝議員關心。我們…
    // 拜會…).
    if (!cue) {
      if (s.begin < speech_end) {
        previous_cue = false;
        continue;
      }
      std::u32string_view head(nt_.folded.data() + s.begin, std::min<size_t>(24, s.size()));
      size_t colon = head.find_first_of(U":：");
      auto first = std::lower_bound(person_occurrences_.begin(), person_occurrences_.end(), std::make_pair(s.begin, -1));
      if (colon != std::u32string_view::npos && colon >= 2 && first != person_occurrences_.end() &&
          first->first < s.begin + colon && head.substr(0, colon).find_first_of(U",，。") == std::u32string_view::npos) {
        previous_cue = false;
        // (The line's later sentences only after a speaker's label: the name, its title, the colon — not 祝處長以「綠動
        // 新北：…」為題發表演說, a quoted title's colon.)
        uint32_t name_end = 0;
        for (size_t k = first_person_in(si); k < persons_.size() && persons_[k].sentence == si; ++k)
          if (persons_[k].name.begin < s.begin + colon) name_end = std::max(name_end, persons_[k].name.end);
        const bool label = name_end > 0 && s.begin + colon >= name_end && s.begin + colon - name_end <= 4 &&
                           head.substr(0, colon).find_first_of(U"「『(") == std::u32string_view::npos;
        size_t line_end = nt_.folded.find(U'\n', s.begin);
        if (label)
          speech_end = line_end == std::u32string::npos ? static_cast<uint32_t>(nt_.folded.size()) : static_cast<uint32_t>(line_end);
        continue;
      }
    }
    uint32_t first_cue = s.end;
    // The two a signing names in one clause (A與B在C見證下，簽署…): the parties of the sentence's meeting.
    int signer_a = -1, signer_b = -1;
    for (uint32_t p = s.begin; p < s.end && !cue; ++p) {
      // 與X交換城市治理經驗, 就…交換意見: an exchange of views or experience between the persons named (not 交換學生);
      // of ideas too (與X交換清酒與水果酒合作構想, 交換做法).
      if (nt_.folded[p] == U'交' && p + 1 < s.end && nt_.folded[p + 1] == U'換') {
        std::u32string_view what(nt_.folded.data() + p + 2, std::min<size_t>(16, s.end - p - 2));
        what = what.substr(0, std::min(what.size(), what.find_first_of(U",，;；。")));
        if (ContainsAny(what, {U"經驗", U"意見", U"心得", U"看法", U"構想", U"想法", U"做法", U"作法"})) {
          cue = true;
          first_cue = p;
          break;
        }
      }
      // 並與主任X（…）討論…事宜: a discussion with one named after 與 in the clause (not a panel's 分組討論).
      if (nt_.folded[p] == U'討' && p + 1 < s.end && nt_.folded[p + 1] == U'論' && p > s.begin && nt_.folded[p - 1] != U'組') {
        std::u32string_view clause(nt_.folded.data() + s.begin, p - s.begin);
        if (const size_t cut = clause.find_last_of(U",，;；"); cut != std::u32string_view::npos) clause.remove_prefix(cut + 1);
        const size_t with = clause.find(U'與');
        const uint32_t with_at = p - static_cast<uint32_t>(clause.size() - (with == std::u32string_view::npos ? 0 : with));
        const auto named = std::lower_bound(person_occurrences_.begin(), person_occurrences_.end(), std::make_pair(with_at, -1));
        if (with != std::u32string_view::npos && named != person_occurrences_.end() && named->first < p) {
          cue = true;
          first_cue = p;
          break;
        }
      }
      for (const auto& m : lex_.Cues(p)) {
        // (A forum's panel is no meeting: 主持「綠色航運走廊」專題座談, 於「城市數位轉型」分組座談分享.)
        // (Nor a word of a unit's name before its head's title: 國際交流課長, 交流處處長.)
        uint32_t unit = p + m.first;
        bool in_unit = unit + 1 < s.end && std::u32string_view(U"課局處科室組").find(nt_.folded[unit]) != std::u32string_view::npos &&
                       (lex_.Title(unit).len > 0 || lex_.Title(unit + 1).len > 0);
        // (Or of an office's name, a title right after it: 國際交流協調員, 交流專員.)
        in_unit = in_unit || (nt_.folded[p] == U'交' && nt_.folded.compare(p, 2, U"交流") == 0 && unit < s.end && lex_.Title(unit).len > 0);
        bool panel = in_unit || (nt_.folded.compare(p, 2, U"座談") == 0 && p > s.begin &&
                                 (nt_.folded[p - 1] == U'」' || (p >= s.begin + 2 && (nt_.folded.compare(p - 2, 2, U"專題") == 0 ||
                                                                                 nt_.folded.compare(p - 2, 2, U"分組") == 0 ||
                                                                                 nt_.folded.compare(p - 2, 2, U"圓桌") == 0))));
        // (Or one a person chairs, a session of what the sentence attends: 執行長X主持招商座談 — not a meeting.)
        if (!panel && nt_.folded.compare(p, 2, U"座談") == 0 && p >= s.begin + 2) {
          std::u32string_view lead(nt_.folded.data() + s.begin, p - s.begin);
          if (const size_t cut = lead.find_last_of(U",，;；"); cut != std::u32string_view::npos) lead.remove_prefix(cut + 1);
          const size_t chair = lead.rfind(U"主持");
          panel = chair != std::u32string_view::npos && lead.size() - chair <= 8;
          // (Or one attended, a session of an audience: 導演X及主演Y均出席映後座談.)
          for (std::u32string_view verb : {U"出席", U"參加", U"參與"})
            if (const size_t at = lead.rfind(verb); at != std::u32string_view::npos && lead.size() - at <= 6 &&
                                                    lead.substr(at).find(U'與') == std::u32string_view::npos)
              panel = true;
        }
        // (Nor greetings to an audience by one the text does not name: 比利時聯邦交通部部長亦到場致意 at an opening. One
        // named who comes to greet, 副市長Laia Puig到場致意，…雙方同意…, meets those there.)
        if (nt_.folded.compare(p, 2, U"致意") == 0 && p >= s.begin + 2 &&
            ContainsAny(std::u32string_view(nt_.folded.data() + p - 2, 2), {U"到場", U"蒞臨", U"親臨", U"出席", U"與會"})) {
          uint32_t subject_end = p - 2;
          if (subject_end > s.begin && (nt_.folded[subject_end - 1] == U'亦' || nt_.folded[subject_end - 1] == U'也')) --subject_end;
          const auto subject = std::find_if(persons_.begin(), persons_.end(), [&](const PersonHit& h) { return h.name.end == subject_end; });
          // (Nor one of Taiwan's own missions abroad greeting there, 駐德國代表處大使X亦到場致意: on the delegation's side.)
          panel = panel || subject == persons_.end() || OurMissionOfficer(person_entity_[static_cast<size_t>(subject - persons_.begin())]);
        }
        // (Nor greetings to those the clause does not name: 鄉長並以族語向當地耆老致意.)
        if (nt_.folded.compare(p, 2, U"致意") == 0) {
          std::u32string_view lead(nt_.folded.data() + s.begin, p - s.begin);
          if (size_t cut = lead.find_last_of(U",，;；"); cut != std::u32string_view::npos) lead.remove_prefix(cut + 1);
          if (const size_t to = lead.rfind(U'向'); to != std::u32string_view::npos) {
            const uint32_t from = p - static_cast<uint32_t>(lead.size() - to);
            const auto named = std::lower_bound(person_occurrences_.begin(), person_occurrences_.end(), std::make_pair(from, -1));
            panel = panel || named == person_occurrences_.end() || named->first >= p;
          }
        }
        // (Nor exchanges a clause says are promoted, as a relation between places: 兩市自2019年起推動城市交流, 持續深化雙邊交流.)
        if (nt_.folded.compare(p, 2, U"交流") == 0) {
          std::u32string_view lead(nt_.folded.data() + s.begin, p - s.begin);
          if (size_t cut = lead.find_last_of(U",，;；"); cut != std::u32string_view::npos) lead.remove_prefix(cut + 1);
          lead = lead.substr(lead.size() > 6 ? lead.size() - 6 : 0);
          panel = panel || ContainsAny(lead, {U"推動", U"促進", U"深化", U"加強", U"擴大", U"持續"});
          // (Nor the noun of what a tie brought, 對臺日交流貢獻卓著, 交流成果; nor an agreement a clause says someone
          // promoted, 任內推動本市與金澤市締結友好交流協定 — not one signed there, 簽署觀光交流協定後.)
          const std::u32string_view next(nt_.folded.data() + p + 2, std::min<uint32_t>(3, s.end - std::min(s.end, p + 2)));
          std::u32string_view clause(nt_.folded.data() + s.begin, p - s.begin);
          if (size_t cut = clause.find_last_of(U",，;；"); cut != std::u32string_view::npos) clause.remove_prefix(cut + 1);
          panel = panel || ContainsAny(next, {U"貢獻", U"成果"}) ||
                  (ContainsAny(next, {U"協定", U"協議", U"備忘錄"}) && ContainsAny(clause, {U"推動", U"促進", U"促成"}));
        }
        // (Nor respects paid to the dead: 獻花致意, 默哀致意.)
        panel = panel || (nt_.folded.compare(p, 2, U"致意") == 0 && p >= s.begin + 2 &&
                          ContainsAny(std::u32string_view(nt_.folded.data() + p - 2, 2), {U"獻花", U"默哀", U"鞠躬"}));
        // (Nor the arrangements of one, a noun: 拜會事宜係由本處與X以電子郵件聯繫安排 — the call is made elsewhere.)
        panel = panel || (p + m.first < s.end && nt_.folded[p + m.first] == U'事' && nt_.folded.compare(p + m.first, 2, U"事宜") == 0);
        // (Nor a word of a quoted agreement's name: 簽署「機場城市交流合作備忘錄」.)
        // (Nor the first word of an event's kind: 上午出席交流會，大會由理事長X主持 — 交流 of 交流會.)
        const auto& here_cues = lex_.Cues(p);
        const bool kind_word = m.second == CueKind::kMet && std::any_of(here_cues.begin(), here_cues.end(), [&](const auto& c) {
                                 return c.second == CueKind::kEvent && c.first > m.first;
                               });
        if (m.second == CueKind::kMet && !InsideNameSeg(p) && !InsideEvent(p) && !panel && !kind_word &&
            !InsideQuotedDocument(p)) {  // 交流 in 日本台灣交流協會 is a name
          cue = true;
          first_cue = p;
        }
        // 與局長X簽署…: a signing with one named right before the verb (after 與 in the clause) is a meeting of the two.
        if (m.second == CueKind::kSign && !InsideNameSeg(p)) {
          // (Past the witnesses between them: A與B在C及D見證下，簽署… — the clause before theirs, up to 在.)
          uint32_t verb = p;
          {
            uint32_t q = p;
            while (q > s.begin && (nt_.folded[q - 1] == U',' || nt_.folded[q - 1] == U'，' || nt_.folded[q - 1] == U' ')) --q;
            if (q >= s.begin + 3 && nt_.folded.compare(q - 3, 3, U"見證下") == 0) {
              const size_t in = WitnessPhraseOpening(std::u32string_view(nt_.folded.data() + s.begin, q - 3 - s.begin));
              if (in != std::u32string_view::npos) verb = s.begin + static_cast<uint32_t>(in);
            }
          }
          std::u32string_view clause(nt_.folded.data() + s.begin, verb - s.begin);
          if (size_t cut = clause.find_last_of(U",，;；"); cut != std::u32string_view::npos) clause.remove_prefix(cut + 1);
          size_t with = clause.rfind(U'與');
          // (A Latin name may stand apart from the verb: 與執行長 Eva Malá 簽署.)
          uint32_t named_end = verb;
          while (named_end > s.begin && nt_.folded[named_end - 1] == U' ') --named_end;
          // (Past an adverb of how: 與Jankauskienė副市長代表簽署, 與市長X共同簽署, 與Y主任代表雙方簽署.)
          for (std::u32string_view how : {U"分別代表雙方", U"代表雙方", U"代表兩市", U"代表兩地", U"代表", U"共同"})
            if (named_end >= s.begin + how.size() && nt_.folded.compare(named_end - how.size(), how.size(), how) == 0) {
              named_end -= static_cast<uint32_t>(how.size());
              break;
            }
          // (Or where, between them: 與副市長X於市府簽署.)
          auto hit = std::find_if(persons_.begin(), persons_.end(), [&](const PersonHit& h) { return h.name.end == named_end; });
          // (Or with the name's gloss before the verb: 與局長X（Zeynep Kaya）簽署.)
          if (hit == persons_.end() && named_end > s.begin && nt_.folded[named_end - 1] == U')')
            if (const uint32_t open = detail::OpeningOf(nt_.folded, named_end - 1); open >= s.begin && open < named_end - 1) {
              hit = std::find_if(persons_.begin(), persons_.end(), [&](const PersonHit& h) { return h.name.end == open; });
              if (hit != persons_.end()) named_end = open;
            }
          // (Or one named by surname and title: 由局長A與Benedetti處長簽署.)
          if (const int title = SegEndingAt(named_end); hit == persons_.end() && title >= 0 && segs_[static_cast<size_t>(title)].kind == SegKind::kTitle) {
            uint32_t title_begin = segs_[static_cast<size_t>(title)].span.begin;
            // (Past the name's gloss before the title: 與湯普森（Charles Thompson）市長簽署.)
            if (title_begin > s.begin && nt_.folded[title_begin - 1] == U')')
              if (const uint32_t open = detail::OpeningOf(nt_.folded, title_begin - 1); open >= s.begin && open < title_begin - 1)
                title_begin = open;
            hit = std::find_if(persons_.begin(), persons_.end(), [&](const PersonHit& h) { return h.name.end == title_begin; });
            if (hit != persons_.end()) named_end = title_begin;
          }
          for (uint32_t at = named_end; hit == persons_.end() && at > s.begin && named_end - at < 10 && IsHan(nt_.folded[at - 1]);) {
            --at;
            if (nt_.folded[at] == U'於' || nt_.folded[at] == U'在') {
              uint32_t before_at = at;
              // (Past the name's gloss: 與市長X（Mduduzi Dlamini）於市政廳簽署.)
              if (before_at > s.begin && nt_.folded[before_at - 1] == U')') {
                const size_t open = nt_.folded.rfind(U'(', before_at - 1);
                if (open != std::u32string::npos && open >= s.begin && before_at - open <= 40) before_at = static_cast<uint32_t>(open);
              }
              hit = std::find_if(persons_.begin(), persons_.end(), [&](const PersonHit& h) { return h.name.end == before_at; });
              if (hit != persons_.end()) named_end = before_at;
            }
          }
          if (with != std::u32string_view::npos && hit != persons_.end() &&
              hit->name.begin >= verb - static_cast<uint32_t>(clause.size() - with)) {
            cue = true;
            first_cue = p;
            // (The one named before 與 in the clause, where the text names one there.)
            const uint32_t clause_begin = verb - static_cast<uint32_t>(clause.size());
            const uint32_t with_at = clause_begin + static_cast<uint32_t>(with);
            for (size_t i = first_person_in(si); i < persons_.size() && persons_[i].sentence == si; ++i)
              if (persons_[i].name.begin >= clause_begin && persons_[i].name.end <= with_at && person_entity_[i] >= 0)
                signer_a = person_entity_[i];
            if (signer_a >= 0 && hit->name.begin >= with_at) signer_b = person_entity_[static_cast<size_t>(hit - persons_.begin())];
          }
        }
      }
    }
    // 市長A在市府簽署，B市長C則在市政廳簽署 (a signing by video link, or each in a room of the same hall): two who each
    // sign, in one sentence, meet.
    if (!cue) {
      std::set<int> signers;
      for (size_t i = first_person_in(si); i < persons_.size() && persons_[i].sentence == si; ++i) {
        uint32_t q = persons_[i].name.end;
        if (q < s.end && (nt_.folded[q] == U'則' || nt_.folded[q] == U'亦' || nt_.folded[q] == U'也')) ++q;
        uint32_t verb = q;
        if (q < s.end && (nt_.folded[q] == U'在' || nt_.folded[q] == U'於'))
          for (verb = q + 1; verb < s.end && verb - q <= 14 && IsHan(nt_.folded[verb]); ++verb)
            if (nt_.folded.compare(verb, 2, U"簽署") == 0) break;
        if (nt_.folded.compare(verb, 2, U"簽署") == 0 && person_entity_[i] >= 0) signers.insert(person_entity_[i]);
      }
      if (signers.size() >= 2) cue = true;
    }
    // "…拜會議長朴相哲。委員長崔敏浩亦出席" : those the next sentence says were there too are met as well.
    bool joined = !cue && previous_cue && SaysThereToo(std::u32string_view(nt_.folded.data() + s.begin, s.size()));
    // (Or a sentence that opens by pointing back at the meeting a sentence shortly before (160 characters) told of: 視訊
    // 中，X及Y亦於線上與會 — two sentences after the signing.)
    bool pointing_back = false;
    if (!cue && !joined && last_cue != UINT32_MAX && s.begin - sentences_[last_cue].end <= 160) {
      const std::u32string_view text = Opening(s);
      const bool opens = text.starts_with(U"視訊中") || text.starts_with(U"會中") || text.starts_with(U"會談中") || text.starts_with(U"席間");
      bool acts = false;
      // (Or names first one of the other side who speaks or invites there: 會中清州工藝振興院院長X並邀請本縣參加….)
      if (opens && !SaysThereToo(text)) {
        const size_t i = first_person_in(si);
        if (i < persons_.size() && persons_[i].sentence == si && person_entity_[i] >= 0 && !IsPublisherSide(person_entity_[i])) {
          uint32_t q = detail::PastParenthesis(nt_.folded, persons_[i].name.end, s.end, 40);
          if (q < s.end && std::u32string_view(U"並亦也則更").find(nt_.folded[q]) != std::u32string_view::npos) ++q;
          acts = ContainsAny(std::u32string_view(nt_.folded.data() + q, std::min<size_t>(2, s.end - q)),
                             {U"表示", U"邀請", U"說明", U"介紹", U"提及", U"致贈", U"分享", U"建議", U"提議", U"強調"});
        }
      }
      joined = pointing_back = opens && (acts || SaysThereToo(text));
      // (Or lists those who took part in it: 與會者包括：副町長X、觀光協會會長Y.)
      if (!pointing_back) {
        std::u32string_view list = text;
        while (!list.empty() && list.front() == U' ') list.remove_prefix(1);  // (past 2. and its space)
        for (std::u32string_view label : {U"與會者包括", U"與會人員包括", U"出席者包括", U"在座者包括", U"參與會談者包括"})
          joined = pointing_back = pointing_back || list.starts_with(label);
      }
      // (Or opens with one of the other side, by title and name, who came to welcome or briefed there: …承蒙市長X親自
      // 接見。X市長表示…。市議會議長Y亦到場歡迎; 該市經濟事務處處長Z並簡報… — met by the one who met there.)
      if (!pointing_back) {
        const size_t i = first_person_in(si);
        if (i < persons_.size() && persons_[i].sentence == si && person_entity_[i] >= 0 && !IsPublisherSide(person_entity_[i]) &&
            OpensWithTitledName(s, persons_[i].name.begin)) {
          uint32_t q = detail::PastParenthesis(nt_.folded, persons_[i].name.end, s.end, 40);
          if (q < s.end && std::u32string_view(U"並亦也則").find(nt_.folded[q]) != std::u32string_view::npos) ++q;
          const std::u32string_view verb(nt_.folded.data() + q, std::min<size_t>(4, s.end - q));
          joined = pointing_back = ContainsAny(verb, {U"到場歡迎", U"到場致意", U"出席歡迎"}) || verb.starts_with(U"簡報");
        }
      }
    }
    // "由局長X簡報…", "由總規劃師Y解說": one who briefs the delegation meets it.
    bool briefs = false;
    std::vector<int> briefers;
    const bool cue_before_briefing = cue;
    {
      for (size_t i = first_person_in(si); i < persons_.size() && persons_[i].sentence == si; ++i) {
        if (person_entity_[i] < 0) continue;
        // (An itinerary's line with a label: 參訪 堺市產業振興中心　簡報：中心長 X.)
        {
          std::u32string_view upto(nt_.folded.data() + s.begin, persons_[i].name.begin - s.begin);
          size_t colon = upto.find_last_of(U':');
          if (colon != std::u32string_view::npos && colon >= 2 && upto.size() - colon <= 12 &&
              upto.substr(colon).find_first_of(U",，、;；") == std::u32string_view::npos &&
              ContainsAny(upto.substr(colon - 2, 2), {U"簡報", U"導覽", U"解說", U"說明", U"介紹"}) &&
              ContainsAny(upto.substr(0, colon), {U"參訪", U"拜會", U"訪問", U"參觀", U"前往"})) {
            briefs = !cue_before_briefing;
            briefers.push_back(person_entity_[i]);
            continue;
          }
        }
        // (示範, a demonstration given the delegation, too: 由協會理事長X示範手沖咖啡.)
        for (std::u32string_view w : {std::u32string_view(U"簡報"), std::u32string_view(U"解說"), std::u32string_view(U"介紹"),
                                      std::u32string_view(U"導覽"), std::u32string_view(U"說明"), std::u32string_view(U"帶領參觀"),
                                      std::u32string_view(U"示範")}) {
          // (Past the honorific 氏 after a Japanese name: 由校長小林優子氏介紹.)
          // (Or past its gloss in parentheses: 社長李東勳（이동훈）簡報.)
          uint32_t at = detail::PastParenthesis(nt_.folded, persons_[i].name.end, s.end, 40);
          // (And past the space a Latin name is written with: 由市長 Joseph Villareal 陪同導覽.)
          while (at < s.end && nt_.folded[at] == U' ' && IsLatinLetter(nt_.folded[persons_[i].name.end - 1])) ++at;
          if (at < s.end && nt_.folded[at] == U'氏') ++at;
          // (Or past the title written after the name: 由Katz執行長簡報, 由山田社長介紹 — and the gloss after it: 由院長布朗教授
          // （Prof. Helen Brown）導覽.)
          if (at < s.end)
            if (const uint32_t tl = lex_.Title(at).len; tl > 0) at = detail::PastParenthesis(nt_.folded, at + tl, s.end, 40);
          // (And past 親自, in person, or 全程, all the way: 由該公司董事長X親自導覽, 由局長Y全程導覽解說.)
          for (std::u32string_view adverb : {U"親自", U"全程"})
            if (nt_.folded.compare(at, adverb.size(), adverb) == 0) at += static_cast<uint32_t>(adverb.size());
          // (Or one of the place visited who goes along as its guide: 由園區管理委員會主任X陪同導覽 — not the
          // publisher's own official who accompanies.)
          bool guides = false;
          if (nt_.folded.compare(at, 2, U"陪同") == 0 && w != U"帶領參觀" && !IsPublisherSide(person_entity_[i])) {
            at += 2;
            // (陪同參觀 the same: 伯斯市議員X陪同參觀市議會議事廳.)
            guides = w == U"導覽" && nt_.folded.compare(at, 2, U"參觀") == 0;
          }
          // (Or past the topic it is on: X就西澳州投資環境進行簡報, 針對…進行說明.)
          for (std::u32string_view on : {U"就", U"針對"})
            if (nt_.folded.compare(at, on.size(), on) == 0) {
              for (uint32_t x = at + static_cast<uint32_t>(on.size()); x < s.end && x < at + 30; ++x) {
                if (std::u32string_view(U",;。、:").find(nt_.folded[x]) != std::u32string_view::npos) break;
                if (nt_.folded.compare(x, w.size(), w) == 0) {
                  at = x;
                  break;
                }
              }
              break;
            }
          // (Or past whom it is given to, the delegation, and a word of sequence before that, by one of the publisher's
          // receiving it: 由觀光新聞處處長X向訪團簡報, X隨後向訪團簡報. Not one of a body the publisher's delegation calls
          // on, 經團連新創委員長X向訪團說明, where the body's head is the one the delegation meets — as sample 000's gold
          // has it.)
          bool to_delegation = false;
          if (visits_publisher && IsPublisherSide(person_entity_[i])) {
            uint32_t to = at;
            for (std::u32string_view adverb : {U"隨後", U"接著", U"並", U"亦", U"也"})
              if (nt_.folded.compare(to, adverb.size(), adverb) == 0) {
                to += static_cast<uint32_t>(adverb.size());
                break;
              }
            if (to + 1 < s.end && (nt_.folded[to] == U'向' || nt_.folded[to] == U'為'))
              if (const size_t d = DelegationWordLength(std::u32string_view(nt_.folded.data() + to + 1, s.end - to - 1)); d > 0) {
                at = to + 1 + static_cast<uint32_t>(d);
                to_delegation = true;
              }
          }
          if (guides || nt_.folded.compare(at, w.size(), w) == 0) {
            std::u32string_view before(nt_.folded.data() + s.begin, persons_[i].name.begin - s.begin);
            size_t clause = before.find_last_of(U",，;；");
            if (clause != std::u32string_view::npos) before.remove_prefix(clause + 1);
            // Not a briefing planned for later (訪問團6日將前往…，由…簡報).
            std::u32string_view upto(nt_.folded.data() + s.begin, persons_[i].name.begin - s.begin);
            // (Or a clause the briefer opens with a title, after one saying where the delegation went: 參訪八重山漁業
            // 協同組合，組合長X簡報.)
            bool opens = before.size() <= 6 && before.find_first_of(U"與及和") == std::u32string_view::npos &&
                         ContainsAny(upto.substr(0, upto.size() - before.size()), {U"參訪", U"拜會", U"訪問", U"前往"});
            // (Or a sentence that opens with the briefer, named by body and title only: 蔚山港灣公社社長X簡報….)
            opens = opens || OpensWithTitledName(s, persons_[i].name.begin);
            // (Or a clause of its own that names the briefer by body and title and says the delegation is briefed: 會後，
            // 經濟發展局局長X向訪團簡報.)
            opens = opens || (to_delegation && clause != std::u32string_view::npos && before.size() <= 12 &&
                              before.find_first_of(U"與及和、") == std::u32string_view::npos);
            if ((before.find(U'由') != std::u32string_view::npos || opens) && upto.find(U'將') == std::u32string_view::npos) {
              briefs = !cue_before_briefing;
              briefers.push_back(person_entity_[i]);
            }
          }
        }
      }
    }
    cue = cue || briefs;
    previous_cue = cue;
    if (cue) last_cue = si;
    if (!cue && !joined) continue;
    // A meeting still to come (明(10)日代表團將前往臺南市，拜會…; 預計拜會…) has not taken place; nor has any a plan names.
    if (IsPlan()) continue;
    // Nor one a recommendation proposes (二、建議本縣與山形縣研議簽署友好交流協定，並邀請吉田知事率團…).
    if (PastListNumber(std::u32string_view(nt_.folded.data() + s.begin, s.size())).starts_with(U"建議")) continue;
    {
      std::u32string_view before(nt_.folded.data() + s.begin, first_cue - s.begin);
      // (Its subject going to an event still to come, in a clause before: 訪團下週一(23日)將出席於…舉行之「…」，並與…會面.)
      if (ContainsAny(before, kGoingToWords)) continue;
      // (Past a clause about when an event will be held: 閉幕式宣布第13屆論壇將於2028年在神戶市舉行，黃局長於閉幕後拜會….)
      for (size_t cut = before.find_first_of(U",，;；"); cut != std::u32string_view::npos; cut = before.find_first_of(U",，;；")) {
        const std::u32string_view clause = before.substr(0, cut);
        if (!ContainsAny(clause, {U"舉行", U"舉辦", U"召開"})) break;
        before.remove_prefix(cut + 1);
      }
      // (Or one a memo proposes: 知事擬率…訪問本縣, 擬請縣長接見; or one a letter agrees to or hopes for: 市長同意於3月18日
      // 接見…, 盼能與…會面.)
      if (before.ends_with(U"擬") || before.ends_with(U"預計") || before.ends_with(U"預定")) continue;  // 擬拜會…
      if (before.find_first_of(U"明將預擬同盼") != std::u32string_view::npos &&
          ContainsAny(before, {U"明日", U"明天", U"明(", U"將前往", U"將赴", U"將轉往", U"將於", U"將率", U"預計", U"預定", U"擬率", U"擬請",
                               U"擬於", U"擬邀", U"擬赴", U"擬前往", U"擬安排", U"擬由", U"同意於", U"盼能", U"盼與"}))
        continue;
      // (Or one an instruction asks for, of a visit to come: 拉伯克市訪團來訪時，請劉副縣長代表本府接待.)
      const std::u32string_view item = PastListNumber(before);
      if (item.starts_with(U"請") || ContainsAny(before, {U",請", U"，請", U"來訪時", U"到訪時", U"抵達時"})) continue;
    }
    std::vector<int> ours, theirs;
    // Persons named after 偕同 / 陪同 accompany the one who received the delegation; they are not met one by one.
    // Up to the clause's end: a later clause names others (…陪同，參訪…，並前往…，由校長X介紹).
    uint32_t accompany = s.end, accompany_end = s.end;
    std::u32string_view sentence_text(nt_.folded.data() + s.begin, s.size());
    // (率同, "bringing along", as 偕同: 省長X率同副省長Y及省議員Z等一行10人，…由縣長W接見; 偕 alone too: 縣長X偕夫人及局長Y.)
    for (std::u32string_view w : {std::u32string_view(U"偕"), std::u32string_view(U"率同"), std::u32string_view(U"陪同"),
                                  std::u32string_view(U"作陪")}) {
      size_t at = sentence_text.find(w);
      if (at != std::u32string_view::npos && s.begin + at < accompany) accompany = s.begin + static_cast<uint32_t>(at);
    }
    if (accompany < s.end) {
      size_t end = sentence_text.find_first_of(U",，;；", accompany - s.begin);
      if (end != std::u32string_view::npos) accompany_end = s.begin + static_cast<uint32_t>(end);
      // (Up to a meeting word in the clause: 由辦事處處長X陪同拜會市議員Y, 偕同A拜會B — the one called on after it is met.)
      for (uint32_t q = accompany + 2; q < accompany_end; ++q)
        if (std::any_of(lex_.Cues(q).begin(), lex_.Cues(q).end(), [](const auto& m) { return m.second == CueKind::kMet; })) {
          accompany_end = q;
          break;
        }
    }
    // "…接見，國際貿易辦公室主任 X 陪同": those a clause ending in 陪同 names came along with the host, too.
    // (Or with the visitors: …由縣長X接見，辦事處副代表Y陪同來訪.)
    std::vector<Span> along, escorts;
    // (同席, the Japanese "seated with", the same: 副知事X及部長Y同席; and 作陪, keeping the host company at a meal:
    // 晚間由副議長X設宴款待訪問團，局長Y作陪.)
    // (And a note in parentheses after the verb: 秘書Z陪同（我國在該國未設館…）。)
    for (std::u32string_view with : {std::u32string_view(U"陪同"), std::u32string_view(U"同席"), std::u32string_view(U"作陪")})
    for (size_t at = sentence_text.find(with); at != std::u32string_view::npos; at = sentence_text.find(with, at + 2)) {
      std::u32string_view rest = sentence_text.substr(at + 2);
      bool postposed = rest.empty() || rest[0] == U'。' || rest[0] == U',' || rest[0] == U'，' || rest[0] == U'(' ||
                       rest.starts_with(U"出席") ||
                       rest.starts_with(U"參訪") || rest.starts_with(U"參觀") || rest.starts_with(U"導覽") || rest.starts_with(U"在場") ||
                       rest.starts_with(U"拜會") || rest.starts_with(U"來訪") || rest.starts_with(U"前來") ||
                       rest.starts_with(U"下") ||  // 在…處長X陪同下，前往…; X隨後在局長Y陪同下參訪…
                       // (Or the delegation it goes along with: …辦事處處長X陪同本團出席.)
                       rest.starts_with(U"本團") || rest.starts_with(U"訪團") || rest.starts_with(U"代表團");
      if (!postposed) continue;
      // (An item's colon opens the clause too: （三）濱松市副市長X：由本府…局長Y陪同，….)
      size_t clause = sentence_text.find_last_of(U",，;；:", at);
      size_t from = clause == std::u32string_view::npos ? 0 : clause + 1;
      // (在…陪同下: from 在 on — the clause's subject before it is the one accompanied; the one who accompanies, of
      // either side, is no party to the clause's meetings.)
      if (rest.starts_with(U"下"))
        if (size_t in = sentence_text.find_last_of(U'在', at); in != std::u32string_view::npos && in >= from) {
          from = in;
          escorts.push_back({s.begin + static_cast<uint32_t>(from), s.begin + static_cast<uint32_t>(at)});
        }
      // (Not the host who first receives, then goes along: 由縣長X接見並陪同參訪… — the receiver meets the delegation.)
      if (!rest.starts_with(U"下") && ContainsAny(sentence_text.substr(from, at - from), {U"接見並", U"接待並", U"接見後", U"接待後"}))
        continue;
      along.push_back({s.begin + static_cast<uint32_t>(from), s.begin + static_cast<uint32_t>(at)});
    }
    // (In English: Deputy Mayor X accompanied the delegation to… — from the clause's start to the verb, an escort.)
    for (size_t at = sentence_text.find(U" accompanied the "); at != std::u32string_view::npos;
         at = sentence_text.find(U" accompanied the ", at + 1)) {
      const size_t clause = sentence_text.find_last_of(U",;", at);
      escorts.push_back({s.begin + static_cast<uint32_t>(clause == std::u32string_view::npos ? 0 : clause + 1),
                         s.begin + static_cast<uint32_t>(at)});
    }
    // (隨 + one named + a verb of going, 本府團隊隨辦事處主任X出席開幕典禮: the delegation goes along with X, who is no
    // party to its meetings either — not 隨後, 隨即, 隨團.)
    for (size_t at = sentence_text.find(U'隨'); at != std::u32string_view::npos; at = sentence_text.find(U'隨', at + 1)) {
      size_t from = at + 1;
      if (from < sentence_text.size() && std::u32string_view(U"後即團行時著之意便").find(sentence_text[from]) != std::u32string_view::npos)
        continue;
      if (sentence_text.substr(from).starts_with(U"同")) ++from;
      const size_t clause_end = std::min(sentence_text.find_first_of(U",，;；。", from), sentence_text.size());
      size_t verb = std::u32string_view::npos;
      for (std::u32string_view w : {U"出席", U"參加", U"前往", U"參訪", U"參觀", U"拜會", U"赴", U"出訪"})
        verb = std::min(verb, sentence_text.substr(0, clause_end).find(w, from));
      if (verb == std::u32string_view::npos || verb - from > 40) continue;
      const auto named = std::lower_bound(person_occurrences_.begin(), person_occurrences_.end(),
                                          std::make_pair(s.begin + static_cast<uint32_t>(from), -1));
      if (named == person_occurrences_.end() || named->first >= s.begin + verb) continue;
      escorts.push_back({s.begin + static_cast<uint32_t>(from), s.begin + static_cast<uint32_t>(verb)});
    }
    // Guests a clause ending in 應邀出席 names (…由總會長X主持，助理部長Y應邀出席。) were there at the host's invitation;
    // they are not met one by one either.
    for (std::u32string_view guest : {std::u32string_view(U"應邀出席"), std::u32string_view(U"應邀參加")})
      for (size_t at = sentence_text.find(guest); at != std::u32string_view::npos; at = sentence_text.find(guest, at + 4)) {
        std::u32string_view rest = sentence_text.substr(at + 4);
        if (!(rest.empty() || rest[0] == U'。' || rest[0] == U',' || rest[0] == U'，' || rest[0] == U';' || rest[0] == U'；')) continue;
        size_t clause = sentence_text.find_last_of(U",，;；:", at);
        along.push_back({s.begin + static_cast<uint32_t>(clause == std::u32string_view::npos ? 0 : clause + 1),
                         s.begin + static_cast<uint32_t>(at)});
      }
    // Witnesses of a signing (見證者包括 X 及 Y; X、Y 共同見證; X 到場見證 / 觀禮; X 亦到場祝賀) stand by; they are not met
    // one by one.
    // (In English, the rest of the sentence after "witnessed by".)
    if (size_t at = sentence_text.find(U"witnessed by"); at != std::u32string_view::npos)
      along.push_back({s.begin + static_cast<uint32_t>(at), s.end});
    // (And a delegation's members its clause lists, "The delegation, which included A and B, later visited…": not met
    // one by one.)
    for (std::u32string_view w : {std::u32string_view(U"which included "), std::u32string_view(U"which includes ")})
      if (size_t at = sentence_text.find(w); at != std::u32string_view::npos) {
        const size_t clause_end = sentence_text.find(U',', at);
        along.push_back({s.begin + static_cast<uint32_t>(at),
                         s.begin + static_cast<uint32_t>(clause_end == std::u32string_view::npos ? sentence_text.size() : clause_end)});
      }
    // (Of either side where the sentence only adds them to one before: 副縣長X、議長Y等人亦出席觀禮。)
    std::vector<Span> onlookers;
    for (std::u32string_view word : {std::u32string_view(U"見證"), std::u32string_view(U"觀禮"), std::u32string_view(U"到場祝賀")})
      for (size_t at = sentence_text.find(word); at != std::u32string_view::npos; at = sentence_text.find(word, at + 2)) {
        const size_t clause_begin = sentence_text.find_last_of(U",，;；", at);
        const size_t clause_end = sentence_text.find_first_of(U",，;；。", at);
        size_t from = clause_begin == std::u32string_view::npos ? 0 : clause_begin + 1;
        // (在C及D見證下: only the witnesses after 在, not the signers the clause opens with.)
        if (sentence_text.substr(at + 2).starts_with(U"下"))
          if (const size_t in = WitnessPhraseOpening(sentence_text.substr(0, at)); in != std::u32string_view::npos) from = in;
        along.push_back({s.begin + static_cast<uint32_t>(from),
                         s.begin + static_cast<uint32_t>(clause_end == std::u32string_view::npos ? sentence_text.size() : clause_end)});
        if (joined) onlookers.push_back(along.back());
      }
    // (Of the other side, those a clause ending in 隨行 names came along with their leader: 議員A、B等6人隨行 — not met
    // one by one.)
    std::vector<Span> companions;
    for (size_t at = sentence_text.find(U"隨行"); at != std::u32string_view::npos; at = sentence_text.find(U"隨行", at + 2)) {
      const std::u32string_view after = sentence_text.substr(at + 2);
      if (!after.empty() && std::u32string_view(U",，;；。").find(after[0]) == std::u32string_view::npos) continue;
      const size_t clause_begin = sentence_text.find_last_of(U",，;；", at);
      companions.push_back({s.begin + static_cast<uint32_t>(clause_begin == std::u32string_view::npos ? 0 : clause_begin + 1),
                            s.begin + static_cast<uint32_t>(at)});
    }
    // (Nor one the host assigns to the delegation as its liaison, guide or interpreter, 並指派…協調員X擔任本隊聯絡人: the
    // sentence's meeting is with the host.)
    for (std::u32string_view assign : {std::u32string_view(U"指派"), std::u32string_view(U"指定"), std::u32string_view(U"派遣")})
      for (size_t at = sentence_text.find(assign); at != std::u32string_view::npos; at = sentence_text.find(assign, at + 2)) {
        const size_t clause_end = std::min(sentence_text.size(), sentence_text.find_first_of(U",，;；。", at));
        const std::u32string_view clause = sentence_text.substr(at, clause_end - at);
        const size_t serve = clause.find(U"擔任");
        if (serve != std::u32string_view::npos &&
            ContainsAny(clause.substr(serve), {U"聯絡人", U"聯絡窗口", U"窗口", U"嚮導", U"翻譯", U"口譯", U"導覽"}))
          companions.push_back({s.begin + static_cast<uint32_t>(at), s.begin + static_cast<uint32_t>(at + serve)});
      }
    auto lo = std::lower_bound(person_occurrences_.begin(), person_occurrences_.end(), std::make_pair(s.begin, -1));
    for (auto it = lo; it != person_occurrences_.end() && it->first < s.end; ++it) {
      int ent = it->second;
      if (it->first > accompany && it->first < accompany_end && !IsPublisherSide(ent)) continue;
      if (PastMention(it->first) || OnBehalfMention(it->first)) continue;
      if (!IsPublisherSide(ent) &&
          std::any_of(companions.begin(), companions.end(), [&](const Span& a) { return it->first >= a.begin && it->first < a.end; }))
        continue;
      // (Nor one on whose invitation the delegation came: 本次應水原市長X邀請，…，並拜會水原市廳.)
      if (!IsPublisherSide(ent) && InviterMention(it->first, s)) continue;
      if (std::any_of(onlookers.begin(), onlookers.end(), [&](const Span& a) { return it->first >= a.begin && it->first < a.end; }))
        continue;
      if (std::any_of(escorts.begin(), escorts.end(), [&](const Span& a) { return it->first >= a.begin && it->first < a.end; }))
        continue;
      // (Nor one of the publisher's own who goes along, a clause 由…陪同 after the call: …拜會副省長X，由國際事務科林科長
      // 陪同 — the delegation's leader calls.)
      if (IsPublisherSide(ent) && ent != leader_ &&
          std::any_of(along.begin(), along.end(), [&](const Span& a) {
            return it->first >= a.begin && it->first < a.end && nt_.folded[a.begin] == U'由';
          }))
        continue;
      // (But one of the other side who accompanies the delegation as its guide, alone in the sentence, meets it: 參訪…，由
      // 熊本市國際交流員X陪同導覽.)
      if (!IsPublisherSide(ent) &&
          std::any_of(along.begin(), along.end(), [&](const Span& a) { return it->first >= a.begin && it->first < a.end; })) {
        const size_t with = sentence_text.find(U"陪同", it->first - s.begin);
        // (Or the sentence opens with the guide, named by place and title: 伯斯市議員X陪同參觀市議會議事廳.)
        const bool guides = with != std::u32string_view::npos &&
                            ContainsAny(sentence_text.substr(with + 2, 2), {U"導覽", U"解說", U"介紹", U"參觀"}) &&
                            (sentence_text.substr(0, it->first - s.begin).find(U'由') != std::u32string_view::npos ||
                             OpensWithTitledName(s, it->first));
        // (Alone but for the delegation's side, Taiwan's own mission abroad with it: …技術團團長X陪同參觀…，駐…大使館大使Y亦
        // 陪同.)
        bool alone = true;
        for (auto jt = lo; jt != person_occurrences_.end() && jt->first < s.end && alone; ++jt)
          alone = jt->second == ent || IsPublisherSide(jt->second) || OurMissionOfficer(jt->second);
        if (!(guides && alone && !visits_publisher)) continue;
      }
      // A surname-only mention that no full name explains (各國代表) is nobody.
      if (out_.entities[static_cast<size_t>(ent)].short_form_only && ent != leader_) continue;
      // One the clause says was not there (市長X因公務未能出席，由副市長Y代為接見) met nobody.
      {
        std::u32string_view clause(nt_.folded.data() + it->first, s.end - it->first);
        clause = clause.substr(0, std::min(clause.size(), clause.find_first_of(U",，;；。")));
        // (Or could not receive: 市長X因赴布魯塞爾開會未能接見，改由副市長Y接見.)
        // (Or away: 市長X因公出訪，特別致意.)
        if (ContainsAny(clause, {U"未能出席", U"未出席", U"不克出席", U"未克出席", U"無法出席", U"缺席", U"請假", U"未能接見",
                                 U"未克接見", U"無法接見", U"不克接見", U"未能接待", U"無法接待", U"因公出訪", U"因公出國",
                                 U"因公外出", U"未能與會", U"不克與會", U"未克與會"}))
          continue;
        // (Or one kept elsewhere, another receiving in the next clause: 市長X因出席全國市長會議，由市議會主席Y代表接見.)
        const size_t because = clause.find(U'因');
        const size_t next = it->first + clause.size() + 1 - s.begin;
        if (because != std::u32string_view::npos && because + 1 < clause.size() &&
            std::u32string_view(U"應此而為").find(clause[because + 1]) == std::u32string_view::npos && next < sentence_text.size()) {
          std::u32string_view then = sentence_text.substr(next);
          then = then.substr(0, then.find_first_of(U",，;；。"));
          if ((then.starts_with(U"由") || then.starts_with(U"改由")) &&
              ContainsAny(then, {U"代表接見", U"代為接見", U"代表接待", U"代為接待", U"代理接見"}))
            continue;
        }
      }
      // Nor one the sentence says the call was planned on and changed or called off (原訂拜會市長X，因…，改由副市長Y代為
      // 接見; 原訂與X會談，…取消).
      {
        std::u32string_view before(nt_.folded.data() + s.begin, it->first - s.begin);
        if (size_t cut = before.find_last_of(U",，;；"); cut != std::u32string_view::npos) before.remove_prefix(cut + 1);
        const std::u32string_view rest(nt_.folded.data() + it->first, s.end - it->first);
        if (ContainsAny(before, {U"原訂", U"原定", U"原預定", U"原本預定", U"原擬"}) && ContainsAny(rest, {U"改由", U"改為", U"取消", U"未能"}))
          continue;
      }
      auto& list = IsPublisherSide(ent) ? ours : theirs;
      if (std::find(list.begin(), list.end(), ent) == list.end()) list.push_back(ent);
    }
    // "X率領A、B及企業代表一行25人…由市長Y接待": the members a leader brings along (after 率領 / 帶領, up to 一行, 等 or
    // the clause's end) are not met one by one; their leader is.
    {
      const std::u32string& f = nt_.folded;
      std::set<int> members;
      // (Or 率 alone right before a title: 市長X率副市長Y及校長Z等一行9人; or before the leader's place pointed back to
      // and a title, 副市長X率該市市議員Y、Z等一行.)
      for (std::u32string_view w : {std::u32string_view(U"率領"), std::u32string_view(U"帶領"), std::u32string_view(U"率")}) {
        for (size_t at = sentence_text.find(w); at != std::u32string_view::npos; at = sentence_text.find(w, at + 1)) {
          if (w == U"率") {
            uint32_t t = s.begin + static_cast<uint32_t>(at) + 1;
            if (t + 2 < s.end && (f[t] == U'該' || f[t] == U'本') &&
                (detail::IsAdminSuffixChar(f[t + 1]) || f[t + 1] == U'町' || f[t + 1] == U'村'))
              t += 2;
            // (Or its council's: 市長X率該市議會議長Y、…等一行; 町長X率該町議會議長Y.)
            if (t + 2 < s.end && f.compare(t, 2, U"議會") == 0 && lex_.Title(t + 2).len > 0) t += 2;
            if (lex_.Title(t).len == 0) continue;
          }
          uint32_t from = s.begin + static_cast<uint32_t>(at + w.size()), to = from;
          while (to < s.end && f[to] != U'，' && f[to] != U',' && f[to] != U'。' && f[to] != U';' &&
                 f.compare(to, 2, U"一行") != 0) {
            // (Past a gloss's comma: 率領市府團隊及蘇比克灣都會管理局（Subic Bay Metropolitan Authority, SBMA）副局長X一行.)
            if (f[to] == U'(')
              if (const uint32_t past = detail::PastParenthesis(f, to, s.end, 80); past > to) {
                to = past;
                continue;
              }
            ++to;
          }
          bool led = false;
          for (auto it = lo; it != person_occurrences_.end() && it->first < s.end; ++it) {
            if (it->first < from) led = true;
            else if (it->first < to && led) members.insert(it->second);
          }
        }
      }
      if (!members.empty())
        theirs.erase(std::remove_if(theirs.begin(), theirs.end(), [&](int e) { return members.count(e) > 0; }), theirs.end());
    }
    // "隨團的A，下午與B會面": two persons of the other side the sentence pairs with 與 before the meeting verb meet each
    // other, not the delegation's leader.
    if (ours.empty() && theirs.size() >= 2 && bullet_host.count(si) == 0) {
      const std::u32string& f = nt_.folded;
      int before = -1;
      std::vector<int> after;
      uint32_t with = s.end;
      // (Not a character of a name: 松井美和.)
      auto in_name = [&](uint32_t q) {
        for (size_t i = first_person_in(si); i < persons_.size() && persons_[i].sentence == si; ++i)
          if (q >= persons_[i].name.begin && q < persons_[i].name.end) return true;
        return false;
      };
      for (uint32_t q = s.begin; q < first_cue; ++q)
        if ((f[q] == U'與' || f[q] == U'和' || f[q] == U'跟') && !in_name(q) &&
            !(f[q] == U'與' && q + 1 < s.end && f[q + 1] == U'會')) {  // (not 與會, "attend")
          with = q;
          break;
        }
      if (with < first_cue) {
        uint32_t before_at = 0, first_at = s.end;
        for (auto it = lo; it != person_occurrences_.end() && it->first < first_cue; ++it) {
          // (One who accompanies, 在…X陪同下, is neither.)
          if (std::any_of(escorts.begin(), escorts.end(), [&](const Span& a) { return it->first >= a.begin && it->first < a.end; }))
            continue;
          first_at = std::min(first_at, it->first);
          if (it->first < with) {
            before = it->second;
            before_at = it->first;
          } else if (std::find(after.begin(), after.end(), it->second) == after.end()) {
            after.push_back(it->second);
          }
        }
        // (Not 並與 after a clause of its own: 由執行長A簡報，並與代表B會面 is the delegation meeting B. But the sentence's
        // subject goes on so: 同行的副市長A，下午在…陪同下參訪…，並與總經理B會面.)
        const bool subject = before >= 0 && before_at == first_at &&
                             std::u32string_view(f.data() + s.begin, before_at - s.begin).find_first_of(U"由與和及") ==
                                 std::u32string_view::npos;
        bool own_clause = with > s.begin && f[with - 1] == U'並' && !subject;
        // (Nor one named after a verb of attending in his clause: 出席江代表俊毅於官邸舉行之餐會，與會長B交流 — the host of
        // what the delegation attends, not the one who talks with B.)
        if (before >= 0) {
          const std::u32string_view lead(f.data() + s.begin, before_at - s.begin);
          const size_t clause = lead.find_last_of(U"，,;；");
          own_clause = own_clause || ContainsAny(clause == std::u32string_view::npos ? lead : lead.substr(clause + 1),
                                                 {U"出席", U"參加", U"參與"});
        }
        if (before >= 0 && !after.empty() && std::find(after.begin(), after.end(), before) == after.end() && !own_clause) {
          ours = {before};
          theirs = after;
        }
      }
    }
    if (signer_a >= 0 && signer_b >= 0 && signer_a != signer_b) {
      ours = {signer_a};
      theirs = {signer_b};
    }
    // Where the delegation visits the publisher, the ones who brief it meet its leader (whoever came along).
    if (briefs && visitor >= 0) {
      ours = {visitor};
      theirs.clear();
      for (int b : briefers)
        if (b != visitor && std::find(theirs.begin(), theirs.end(), b) == theirs.end()) theirs.push_back(b);
    }
    // (In English, one more host of a sentence that names the visitors as a whole — …led the visitors on a walking tour,
    // and X, Chairman of a local association, hosted a dinner for the guests — is of the receiving side where named as
    // Taiwan romanizes its own, a hyphenated given name: he meets the visiting leader, not the other hosts.)
    if (visitor >= 0 && !ours.empty() &&
        ContainsAny(sentence_text, {U"the visitors", U"the guests", U"for the delegation", U"the visiting delegation"}))
      for (auto it = theirs.begin(); it != theirs.end();) {
        const std::string& label = out_.entities[static_cast<size_t>(*it)].label;
        const size_t space = label.rfind(' ');
        const bool taiwanese = *it != visitor && space != std::string::npos && label.find('-', space) != std::string::npos &&
                               std::all_of(label.begin(), label.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
        if (taiwanese) {
          if (std::find(ours.begin(), ours.end(), *it) == ours.end()) ours.push_back(*it);
          it = theirs.erase(it);
        } else {
          ++it;
        }
      }
    if (theirs.empty() && !ours.empty() && visitor >= 0 && accompany == s.end &&
        std::find(ours.begin(), ours.end(), visitor) == ours.end()) {
      theirs = ours;  // each of the publisher's officials the sentence names meets the visiting leader
      ours = {visitor};
    } else if (theirs.empty() && !ours.empty() && visitor >= 0 && accompany < s.end &&
               std::find(ours.begin(), ours.end(), visitor) == ours.end()) {
      // (With one of them accompanying, 訪團由局長X陪同參觀…，晚間由副市長Y設宴款待: the others, in the later clauses, meet
      // the visiting leader.)
      std::vector<int> outside;
      for (auto it = lo; it != person_occurrences_.end() && it->first < s.end; ++it)
        if (it->first >= accompany_end && IsPublisherSide(it->second) && it->second != visitor &&
            std::none_of(along.begin(), along.end(), [&](const Span& a) { return it->first >= a.begin && it->first < a.end; }) &&
            std::find(outside.begin(), outside.end(), it->second) == outside.end()) {
          bool inside = false;  // (named inside the accompanying clause too: not one of the others)
          for (auto jt = lo; jt != person_occurrences_.end() && jt->first < s.end; ++jt)
            inside = inside || (jt->second == it->second && jt->first > accompany && jt->first < accompany_end);
          if (!inside && !out_.entities[static_cast<size_t>(it->second)].short_form_only) outside.push_back(it->second);
        }
      if (!outside.empty()) {
        theirs = outside;
        ours = {visitor};
      }
    }
    // (In English, with no delegation's leader: the visitors the sentence before names, received as a group — Before the
    // ceremony, Mayor Lu received the three visiting officials at City Hall.)
    if (theirs.empty() && !ours.empty() && visitor < 0 && si > 0 &&
        ContainsAny(sentence_text, {U"visiting officials", U"visiting mayors", U"the visitors", U"the guests"})) {
      const Span prev = sentences_[si - 1];
      for (auto it = std::lower_bound(person_occurrences_.begin(), person_occurrences_.end(), std::make_pair(prev.begin, -1));
           it != person_occurrences_.end() && it->first < prev.end; ++it)
        if (!IsPublisherSide(it->second) && !out_.entities[static_cast<size_t>(it->second)].short_form_only &&
            std::find(theirs.begin(), theirs.end(), it->second) == theirs.end())
          theirs.push_back(it->second);
    }
    // A host who receives the delegation as a whole (晚間由副市長X設宴款待訪團，Y副市長並…致贈紀念品) meets its leader,
    // whoever else of it the sentence names, or none (晚間由副市長X設宴款待訪問團，局長Y陪同).
    if (!ours.empty() && visitor >= 0 && std::find(theirs.begin(), theirs.end(), visitor) == theirs.end() &&
        std::find(ours.begin(), ours.end(), visitor) == ours.end()) {
      bool whole = false;
      for (std::u32string_view verb : {U"款待", U"接待", U"接見", U"宴請", U"歡迎"})
        for (size_t at = sentence_text.find(verb); at != std::u32string_view::npos && !whole; at = sentence_text.find(verb, at + 1)) {
          whole = OpensWithDelegation(sentence_text.substr(at + verb.size()));
        }
      // (Or who briefs it as a whole: 經濟發展局局長X隨後向訪團簡報 — its leader, whoever else of it the sentence names.)
      for (std::u32string_view to : {U"向", U"為"})
        for (size_t at = sentence_text.find(to); at != std::u32string_view::npos && !whole; at = sentence_text.find(to, at + 1)) {
          const std::u32string_view rest = sentence_text.substr(at + 1);
          whole = OpensWithDelegation(rest) &&
                  ContainsAny(rest.substr(0, std::min<size_t>(rest.size(), 8)), {U"簡報", U"介紹", U"說明", U"解說", U"導覽"});
        }
      // (Or who guides or briefs it, the sentence's subject: （三）7月5日，訪問團參訪…，由三星鄉長X導覽.)
      if (!whole && sentence_text.find(U'由') != std::u32string_view::npos && ContainsAny(sentence_text, {U"導覽", U"簡報", U"解說"}))
        whole = OpensWithDelegation(PastItemAndDay(sentence_text));
      // (In English: hosted a roundtable for the delegation, briefed the visitors; the delegation also met X.)
      whole = whole || ContainsAny(sentence_text, {U"for the delegation", U"the visitors", U"the visiting delegation"});
      if (whole) theirs.push_back(visitor);
    }
    // A group the sentence names by what its members are (東協四城市首長聯袂拜會…，由市長X接見), listed in the next
    // sentence (四位首長為A、B、C及D; 訪團成員包括…) with none leading the others: each met the host.
    if (theirs.empty() && !ours.empty() && si + 1 < sentences_.size()) {
      const Span nx = sentences_[si + 1];
      auto lo2 = std::lower_bound(person_occurrences_.begin(), person_occurrences_.end(), std::make_pair(nx.begin, -1));
      if (lo2 != person_occurrences_.end() && lo2->first < nx.end) {
        std::u32string_view lead(nt_.folded.data() + nx.begin, lo2->first - nx.begin);
        lead = lead.substr(std::min(lead.size(), lead.find_first_not_of(U" \n")));
        // (Its opening words: 四位首長為, 訪團成員包括, then the first one's place and title.)
        // (The group's word before the list's verb: not 包含駐日代表處副代表X、…, guests listed.)
        const std::u32string_view opening = lead.substr(0, 10);
        size_t group = std::u32string_view::npos, verb = std::u32string_view::npos;
        for (std::u32string_view w : {U"首長", U"成員", U"訪團", U"代表團", U"團員"})
          group = std::min(group, opening.find(w));
        for (std::u32string_view w : {U"為", U"包括", U"包含"}) verb = std::min(verb, opening.find(w));
        const bool lists = lead.size() <= 40 && lead.find_first_of(U",，") == std::u32string_view::npos &&
                           group != std::u32string_view::npos && verb != std::u32string_view::npos && group < verb;
        const std::u32string_view next_text(nt_.folded.data() + nx.begin, nx.size());
        if (lists && next_text.find(U'率') == std::u32string_view::npos)
          for (auto it = lo2; it != person_occurrences_.end() && it->first < nx.end; ++it)
            if (!IsPublisherSide(it->second) && std::find(theirs.begin(), theirs.end(), it->second) == theirs.end())
              theirs.push_back(it->second);
      }
    }
    // The guests the sentence before lists (…首長出席，包括A、B及C。…縣長於縣府設宴款待各國貴賓): a host who receives them as
    // a group met each.
    if (theirs.empty() && !ours.empty() && si > 0 &&
        ContainsAny(sentence_text, {U"各國貴賓", U"各位貴賓", U"與會貴賓", U"國際貴賓", U"各國首長", U"各城市首長", U"友城首長"}) &&
        ContainsAny(sentence_text, {U"款待", U"宴請", U"接待", U"接見", U"歡迎"})) {
      const Span pv = sentences_[si - 1];
      const std::u32string_view prev(nt_.folded.data() + pv.begin, pv.size());
      if (const size_t list = prev.find(U"包括"); list != std::u32string_view::npos)
        for (auto it = std::lower_bound(person_occurrences_.begin(), person_occurrences_.end(),
                                        std::make_pair(pv.begin + static_cast<uint32_t>(list), -1));
             it != person_occurrences_.end() && it->first < pv.end; ++it)
          if (!IsPublisherSide(it->second) && std::find(theirs.begin(), theirs.end(), it->second) == theirs.end())
            theirs.push_back(it->second);
    }
    // (A list line of the publisher's staff whose host is the other side's chair: they are whom he met.)
    const auto line_host = bullet_host.find(si);
    const bool met_by_their_chair = line_host != bullet_host.end() && !IsPublisherSide(line_host->second) && !ours.empty();
    if (theirs.empty() && !met_by_their_chair) continue;
    // A group the sentence says attended (…、…、…等16位議員皆出席參與): the delegation met its head, the first named.
    if (theirs.size() >= 4) {
      std::u32string_view text(nt_.folded.data() + s.begin, s.size());
      size_t last_person = 0;
      for (auto it = lo; it != person_occurrences_.end() && it->first < s.end; ++it) last_person = it->first - s.begin;
      size_t attend = std::u32string_view::npos;
      for (std::u32string_view w : {std::u32string_view(U"出席"), std::u32string_view(U"參與"), std::u32string_view(U"與會")}) {
        size_t at = text.find(w, last_person);
        if (at != std::u32string_view::npos) attend = std::min(attend, at);
      }
      if (attend != std::u32string_view::npos) theirs.resize(1);
    }
    // With no local government publishing (a ministry's digest of several governments' exchanges), nobody is "ours":
    // the one the sentence names first, before its meeting word, is the host (臺中市長A接見…知事B).
    if (publisher_ < 0 && ours.empty() && theirs.size() >= 2)
      for (auto it = lo; it != person_occurrences_.end() && it->first < first_cue; ++it)
        if (std::find(theirs.begin(), theirs.end(), it->second) != theirs.end()) {
          ours = {it->second};
          theirs.erase(std::remove(theirs.begin(), theirs.end(), it->second), theirs.end());
          break;
        }
    // (Nor one the visitor brings, named only in his list before the sentence's meeting word: X副主席率該省廳長Y等一行
    // 拜會…，由縣長Z接見 — not met one by one.)
    if (visitor >= 0)
      for (int member : members_of(visitor)) {
        bool later = false;
        for (auto it = lo; it != person_occurrences_.end() && it->first < s.end && !later; ++it)
          later = it->second == member && it->first > first_cue;
        if (!later) theirs.erase(std::remove(theirs.begin(), theirs.end(), member), theirs.end());
      }
    // (Not one of Taiwan's own missions the sentence says was present, on the delegation's side: …，由會頭A主持，台北駐日
    // 經濟文化代表處副代表B及當地農協代表出席.)
    for (auto it = lo; it != person_occurrences_.end() && it->first < s.end && !theirs.empty(); ++it) {
      if (std::find(theirs.begin(), theirs.end(), it->second) == theirs.end()) continue;
      const size_t clause_end = std::min<size_t>(nt_.folded.find_first_of(U",，;；。", it->first), s.end);
      const std::u32string_view rest(nt_.folded.data() + it->first, clause_end - it->first);
      if (ContainsAny(rest, {U"出席", U"列席", U"與會", U"見證"}) && OurMissionOfficer(it->second))
        theirs.erase(std::remove(theirs.begin(), theirs.end(), it->second), theirs.end());
    }
    // In a release on a visit to the publisher, a sentence whose subject is the delegation (下午代表團參訪…，由…接待)
    // tells whom its leader met.
    int host = !ours.empty() ? ours.front() : leader_;
    // (Or the one of ours who opens the meeting word's clause as its subject, the sentence's first naming another's
    // act: 王園長於…場次發表…，李主任並與X交換意見 — 李主任 met X.)
    if (ours.size() > 1 && first_cue < s.end) {
      const std::u32string& f = nt_.folded;
      uint32_t clause = first_cue;
      while (clause > s.begin && std::u32string_view(U",，;；").find(f[clause - 1]) == std::u32string_view::npos) --clause;
      if (clause > s.begin)
        for (size_t i = first_person_in(si); i < persons_.size() && persons_[i].sentence == si; ++i) {
          const int o = person_entity_[i];
          if (persons_[i].name.begin != clause || o < 0 || o == host || std::find(ours.begin(), ours.end(), o) == ours.end())
            continue;
          const std::u32string_view rest(f.data() + persons_[i].name.end, first_cue - persons_[i].name.end);
          if (rest.find_first_of(U"與和跟") != std::u32string_view::npos) host = o;
          break;
        }
    }
    // (A clause after a semicolon goes on with the subject of the one before it: 本處林處長美芳…並拜會…；另與…會長X座談.)
    if (ours.empty() && si > 0 && s.begin > 0 && (nt_.folded[s.begin - 1] == U'；' || nt_.folded[s.begin - 1] == U';')) {
      const Span prev = sentences_[si - 1];
      for (auto it = std::lower_bound(person_occurrences_.begin(), person_occurrences_.end(), std::make_pair(prev.begin, -1));
           it != person_occurrences_.end() && it->first < prev.end; ++it)
        if (IsPublisherSide(it->second)) {
          host = it->second;
          break;
        }
    }
    if (auto b = bullet_host.find(si); b != bullet_host.end()) {
      host = b->second;
      theirs.erase(std::remove(theirs.begin(), theirs.end(), host), theirs.end());
      if (IsPublisherSide(host)) {
        for (int o : ours)  // (the publisher's own staff in the list came along; they are not met)
          theirs.erase(std::remove(theirs.begin(), theirs.end(), o), theirs.end());
      } else {
        // (Or, the other side's chair being the host, the publisher's staff the line lists are whom he met.)
        for (int o : ours)
          if (std::find(theirs.begin(), theirs.end(), o) == theirs.end()) theirs.push_back(o);
      }

    }
    // (Or a sentence whose subject is left out, the delegation going on with its visit: 下午參訪臺中捷運公司，由董事長X接待.)
    auto subjectless_visit = [&]() {
      std::u32string_view text = Opening(s);  // (past a list item's number: 三、參訪…)
      bool arrived = false;
      for (bool more = true; more;) {
        more = false;
        // (Past a schedule row's day and time cells: 10月20日（二）⇥14:00⇥參訪….)
        while (!text.empty() && std::u32string_view(U"\t0123456789:月日()一二三四五六").find(text.front()) != std::u32string_view::npos) {
          text.remove_prefix(1);
          more = true;
        }
        for (std::u32string_view w : {std::u32string_view(U" "), std::u32string_view(U"\n"), std::u32string_view(U"上午"),
                                      std::u32string_view(U"下午"), std::u32string_view(U"中午"), std::u32string_view(U"晚間"),
                                      std::u32string_view(U"隨後"), std::u32string_view(U"接著"), std::u32string_view(U"並")})
          if (text.starts_with(w)) {
            text.remove_prefix(w.size());
            more = true;
          }
        // (Past a clause of arriving somewhere, its subject left out too: 4月24日返抵馬尼拉，參訪….)
        for (std::u32string_view w : {std::u32string_view(U"返抵"), std::u32string_view(U"抵達"), std::u32string_view(U"飛抵")})
          if (text.starts_with(w))
            if (const size_t comma = text.find_first_of(U",，"); comma != std::u32string_view::npos && comma <= 14 &&
                text.substr(0, comma).find_first_of(U"。;；") == std::u32string_view::npos) {
              text.remove_prefix(comma + 1);
              more = arrived = true;
            }
      }
      // (Or received there: 抵達…學校，由校長X及教頭Y迎接.)
      return ContainsAny(text.substr(0, 2), {U"參訪", U"拜會", U"前往", U"轉往"}) || (arrived && text.starts_with(U"由"));
    };
    // (The publisher's officials the delegation is escorted by, 下午訪團由海洋局局長X陪同參訪…，並與Y座談, are no subject:
    // the delegation met Y.)
    if (!ours.empty() && visitor >= 0) {
      const std::u32string_view text(nt_.folded.data() + s.begin, s.size());
      const size_t by = text.find(U'由'), escort = text.find(U"陪同");
      if (by != std::u32string_view::npos && escort != std::u32string_view::npos && by < escort && escort - by <= 24 &&
          NamesDelegation(text.substr(0, by)) && s.begin + escort < first_cue) {
        // (Those of the publisher's side named after the escort, in a later clause, receive the delegation there: 由竹山鎮長X
        // 接待 — the delegation met them too.)
        bool all_escorts = true, before_escort = false;
        std::vector<int> hosts;
        for (auto it = lo; it != person_occurrences_.end() && it->first < s.end; ++it) {
          if (std::find(ours.begin(), ours.end(), it->second) == ours.end()) continue;
          const bool escorting = it->first > s.begin + by && it->first < s.begin + escort;
          all_escorts = all_escorts && escorting;
          if (escorting) continue;
          if (it->first > s.begin + escort) {
            if (std::find(hosts.begin(), hosts.end(), it->second) == hosts.end()) hosts.push_back(it->second);
          } else {
            before_escort = true;
          }
        }
        if (all_escorts || !before_escort) {
          ours.clear();
          for (int h : hosts)
            if (std::find(theirs.begin(), theirs.end(), h) == theirs.end()) theirs.push_back(h);
        }
      }
    }
    if (ours.empty() && visitor >= 0 &&
        (NamesDelegation(std::u32string_view(nt_.folded.data() + s.begin, first_cue - s.begin)) ||
         subjectless_visit())) {
      host = visitor;
      // (Not one the visitor brought along: 訪團拜會市議會，Ellis議員邀請… names a member, no one met.)
      for (int member : members_of(visitor)) theirs.erase(std::remove(theirs.begin(), theirs.end(), member), theirs.end());
    }
    // Abroad, a call whose subject is left out (下午拜會那霸市政府，由副市長X接見，Y處長介紹…) is the delegation's: its
    // leader met the host, not one of the delegation named only in a later clause, after the meeting, whose clause says
    // no meeting word of its own.
    // (Or one opening with the host who receives or briefs, the subject left out: （二）參訪…試驗場 / 由場長X簡報…，Y科長並與
    // 該場研究員交換意見 — Y's own meeting names nobody, so the leader met X.)
    uint32_t leader_before = 0;  // (those named before it are met by the delegation's leader, not the host)
    if (!ours.empty() && visitor < 0 && leader_ >= 0 && host != leader_ && bullet_host.count(si) == 0) {
      const bool subjectless = subjectless_visit();
      const bool by_host = !subjectless && Opening(s).starts_with(U"由");  // (由 + the host, the subject left out)
      // (Or the delegation as its subject, after the day: 8日上午，訪團參訪…，由主任X簡報…，Y局長並與該中心研究人員交換….)
      std::u32string_view opening = PastLeadingDay(Opening(s));
      if (!opening.empty() && (opening.front() == U',' || opening.front() == U'，')) opening.remove_prefix(1);
      const bool delegation = !subjectless && !by_host && OpensWithDelegation(opening);
      if (subjectless || by_host || delegation) {
        const std::u32string& f = nt_.folded;
        uint32_t first_ours = s.end;
        for (auto it = lo; it != person_occurrences_.end() && it->first < s.end; ++it)
          if (IsPublisherSide(it->second)) first_ours = std::min(first_ours, it->first);
        // (From the host named after 由 where the sentence opens so — its verb, 簡報, is no meeting word.)
        // (Or, the subject left out, from the host the sentence names first: 參訪…中心，由主任X簡報…，Y處長並與該中心
        // 研究團隊交換意見.)
        uint32_t from = first_cue;
        if (by_host || delegation || subjectless)
          for (auto it = lo; it != person_occurrences_.end() && it->first < s.end; ++it)
            if (!IsPublisherSide(it->second)) {
              from = std::min(from, it->first);
              break;
            }
        const std::u32string_view between(f.data() + from, first_ours > from ? first_ours - from : 0);
        bool cue_after = false;  // (in that one's clause, with someone of the other side named in it)
        uint32_t clause_end = first_ours;
        while (clause_end < s.end && std::u32string_view(U",，;；。").find(f[clause_end]) == std::u32string_view::npos)
          ++clause_end;
        for (uint32_t p = first_ours; p < clause_end && !cue_after; ++p)
          for (const auto& m : lex_.Cues(p)) cue_after = cue_after || m.second == CueKind::kMet;
        // (A meeting word there that names nobody of the other side, 並與該場研究員交換意見, is that one's own talk
        // with others; not one pointing back, 並與其會談.)
        if (cue_after) {
          bool named = false;
          for (auto it = lo; it != person_occurrences_.end() && it->first < clause_end; ++it)
            named = named || (it->first > first_ours && !IsPublisherSide(it->second));
          const std::u32string_view clause(f.data() + first_ours, clause_end - first_ours);
          cue_after = named || ContainsAny(clause, {U"與其", U"與渠", U"與他", U"與她", U"與對方", U"與雙方"});
        }
        if (first_ours < s.end && first_ours > from && between.find_first_of(U",，;；") != std::u32string_view::npos &&
            !cue_after)
          host = leader_;
        // (Where that one's own clause meets someone, those named in the clauses before are the delegation's: 抵達…，由
        // 校長A及教頭B迎接，…，周校長與A校長並簽署… — its leader met A and B, 周校長 A.)
        else if (first_ours < s.end && first_ours > from && between.find_first_of(U",，;；") != std::u32string_view::npos) {
          leader_before = from + static_cast<uint32_t>(between.find_last_of(U",，;；"));
          // (Not where that clause points back at them, 古課長並就…與其交流: its one met them too.)
          if (ContainsAny(std::u32string_view(f.data() + first_ours, clause_end - first_ours),
                          {U"與其", U"與渠", U"與他", U"與她", U"與對方", U"與雙方"}))
            leader_before = 0;
        }
      }
    }
    // (Those a sentence pointing back at the meeting adds, 視訊中，X及Y亦於線上與會: met by the one who met there.)
    if (pointing_back && ours.empty() && last_host >= 0) {
      host = last_host;
      theirs.erase(std::remove(theirs.begin(), theirs.end(), host), theirs.end());
      if (theirs.empty()) continue;
    }
    if (host < 0) continue;
    if (cue) last_host = host;
    Date date = DateIn(s, true);
    // The publisher's officials who receive a visiting leader together (由市長A與副市長B接待) each meet the leader.
    if (visitor >= 0 && ours.size() > 1 && host == ours.front() &&
        std::find(theirs.begin(), theirs.end(), visitor) != theirs.end() &&
        ContainsAny(std::u32string_view(nt_.folded.data() + s.begin, s.size()),
                    {U"接待", U"接見", U"迎接", U"歡迎", U"for the delegation", U"the visitors"}))
      for (size_t k = 1; k < ours.size(); ++k) {
        // Only one joined to the first by 與 / 及 / 和 (not a witness named in another clause).
        uint32_t first_end = 0, at = 0;
        for (auto it = lo; it != person_occurrences_.end() && it->first < s.end; ++it) {
          if (it->second == host && !first_end) {
            auto hit = std::find_if(persons_.begin(), persons_.end(), [&](const PersonHit& h) { return h.name.begin == it->first; });
            first_end = hit != persons_.end() ? hit->name.end : it->first;
          }
          if (it->second == ours[k] && first_end && !at) at = it->first;
        }
        // (Or one a clause of its own lists as present: 由縣長A親自接見，副縣長B、處長C在座.)
        if (at > first_end && first_end) {
          std::u32string_view clause(nt_.folded.data() + at, s.end - at);
          clause = clause.substr(0, std::min(clause.size(), clause.find_first_of(U",，;；。")));
          if (clause.size() < 40 && (clause.ends_with(U"在座") || clause.ends_with(U"列席") || clause.ends_with(U"同席") ||
                                     clause.ends_with(U"在場"))) {
            add_meeting(ours[k], visitor, date, si);
            continue;
          }
        }
        if (!first_end || at <= first_end || at - first_end > 8) continue;
        std::u32string_view between(nt_.folded.data() + first_end, at - first_end);
        if (between.find_first_of(U",，;；。") != std::u32string_view::npos ||
            between.find_first_of(U"與及和、") == std::u32string_view::npos)
          continue;
        add_meeting(ours[k], visitor, date, si);
      }
    // A joint call by officials the subject counts (三位副市長並於會後共同拜會X): each of them named before on the
    // publisher's side with that title meets X, not the leader alone.
    if (ours.empty() && !theirs.empty() && first_cue > s.begin) {
      std::u32string_view before(nt_.folded.data() + s.begin, first_cue - s.begin);
      if (ContainsAny(before, {U"共同", U"一同", U"聯袂", U"一起"})) {
        std::string counted;
        auto [tlo, thi] = SegsIn({s.begin, first_cue});
        for (size_t k = tlo; k < thi && counted.empty(); ++k)
          if (segs_[k].kind == SegKind::kTitle && segs_[k].span.begin > s.begin && nt_.folded[segs_[k].span.begin - 1] == U'位')
            counted = nt_.Utf8(segs_[k].span);
        std::vector<int> joint;
        if (!counted.empty())
          for (const Relation& r : out_.relations)
            if (r.kind == RelationKind::kPost && r.title == counted && IsPublisherSide(r.from) &&
                std::find(joint.begin(), joint.end(), r.from) == joint.end() &&
                std::any_of(person_occurrences_.begin(), person_occurrences_.end(),
                            [&](const std::pair<uint32_t, int>& o) { return o.second == r.from && o.first < s.begin; }))
              joint.push_back(r.from);
        if (joint.size() >= 2) {
          for (int j : joint)
            for (int other : theirs) add_meeting(j, other, date, si);
          continue;
        }
      }
    }
    // (Two named together after 由, 由市長A與議長B在市府舉行捐贈儀式，由C代表受贈, act together: neither meets the other,
    // and each meets the other side.)
    std::vector<int> hosts = {host};
    if (!theirs.empty()) {
      const std::u32string& f = nt_.folded;
      for (uint32_t by = s.begin; by < s.end; ++by) {
        if (f[by] != U'由') continue;
        uint32_t end = by + 1;
        while (end < s.end && std::u32string_view(U",，;；。").find(f[end]) == std::u32string_view::npos) ++end;
        std::vector<int> together;
        uint32_t last_end = 0;
        for (auto it = lo; it != person_occurrences_.end() && it->first < end; ++it) {
          if (it->first <= by) continue;
          const std::u32string_view gap(f.data() + last_end, last_end && it->first > last_end ? it->first - last_end : 0);
          if (!together.empty() && gap.find_first_of(U"與及、和") == std::u32string_view::npos) break;
          together.push_back(it->second);
          last_end = it->first + 1;  // (the gap to the next is read from past the name's first character)
          for (size_t i = first_person_in(si); i < persons_.size() && persons_[i].sentence == si; ++i)
            if (persons_[i].name.begin == it->first) last_end = persons_[i].name.end;
        }
        // (Of the publisher's side both: 由林市長與Ybarra市長共同簽署 is two sides signing.)
        if (together.size() >= 2 && std::find(together.begin(), together.end(), host) != together.end() && IsPublisherSide(host)) {
          theirs.erase(std::remove_if(theirs.begin(), theirs.end(),
                                      [&](int e) {
                                        return e != host && IsPublisherSide(e) &&
                                               std::find(together.begin(), together.end(), e) != together.end();
                                      }),
                       theirs.end());
          for (int t : together)
            if (IsPublisherSide(t) && std::find(hosts.begin(), hosts.end(), t) == hosts.end()) hosts.push_back(t);
        }
      }
    }
    // (Each on the day last written before where the sentence names them: …出席「…」開幕式，並於11月12日拜會里斯本市政府，由
    // 副市長X接見 — the 12th, not the sentence's first day.)
    // (Or a day written alone there: 於10月30日抵達…，並於1日拜會…市長X — November's.)
    auto date_of = [&](int other) {
      for (auto it = lo; it != person_occurrences_.end() && it->first < s.end; ++it) {
        if (it->second != other) continue;
        const Date last = LastDayWritten(si, s.begin, it->first);
        return last.valid() ? last : date;
      }
      return date;
    };
    for (int other : theirs) {
      const Date on = date_of(other);
      const auto first = std::find_if(lo, person_occurrences_.end(), [&](const std::pair<uint32_t, int>& o) { return o.second == other; });
      if (leader_before > 0 && first != person_occurrences_.end() && first->first < leader_before && other != leader_) {
        add_meeting(leader_, other, on, si);
        // (And still the host's where the host's clause names them too.)
        if (std::none_of(first, person_occurrences_.end(), [&](const std::pair<uint32_t, int>& o) {
              return o.first > leader_before && o.first < s.end && o.second == other;
            }))
          continue;
      }
      for (int h : hosts)
        if (other != h) add_meeting(h, other, on, si);
    }
    // One of ours the sentence says sat in on the talks too (…舉行雙邊會談，…，局長X亦出席會談) meets the other side.
    if (ours.size() > 1) {
      const std::u32string& f = nt_.folded;
      for (size_t i = first_person_in(si); i < persons_.size() && persons_[i].sentence == si; ++i) {
        int o = person_entity_[i];
        if (o < 0 || o == host || std::find(ours.begin(), ours.end(), o) == ours.end()) continue;
        std::u32string_view after(f.data() + persons_[i].name.end, s.end - persons_[i].name.end);
        after = after.substr(0, std::min(after.size(), after.find_first_of(U",，;；。")));
        bool sat_in = false;
        for (std::u32string_view w : {std::u32string_view(U"亦出席"), std::u32string_view(U"也出席"), std::u32string_view(U"亦在座"),
                                      std::u32string_view(U"亦列席"), std::u32string_view(U"一同出席"), std::u32string_view(U"亦參與")})
          if (after.starts_with(w)) {
            std::u32string_view rest = after.substr(w.size());
            sat_in = rest.empty() || ContainsAny(rest.substr(0, 2), {U"會談", U"會議", U"會面", U"晤談", U"座談", U"餐敘"});
          }
        if (sat_in)
          for (int other : theirs) add_meeting(o, other, date, si);
      }
    }
    // One who briefs the delegation abroad meets its leader too, whoever of it the sentence names (由組合長X說明…，
    // 古課長並與其交流).
    if (visitor < 0 && leader_ >= 0 && host != leader_)
      for (int b : briefers)
        if (std::find(theirs.begin(), theirs.end(), b) != theirs.end() && b != leader_) add_meeting(leader_, b, date, si);
  }
  // The signers of an agreement listed under a line that says so (附：宣言簽署城市及代表 / 臺南市　市長　A / 日本奈良市　市長
  // B / …): the publisher's signer met each of the others (who do not meet one another one by one).
  for (Span table : signatory_tables) {
    std::vector<int> ours, theirs;
    auto lo = std::lower_bound(person_occurrences_.begin(), person_occurrences_.end(), std::make_pair(table.begin, -1));
    for (auto it = lo; it != person_occurrences_.end() && it->first < table.end; ++it) {
      if (out_.entities[static_cast<size_t>(it->second)].short_form_only) continue;
      auto& list = IsPublisherSide(it->second) ? ours : theirs;
      if (std::find(list.begin(), list.end(), it->second) == list.end()) list.push_back(it->second);
    }
    if (ours.empty()) continue;
    uint32_t si = 0;
    while (si + 1 < sentences_.size() && sentences_[si + 1].begin <= table.begin) ++si;
    for (int other : theirs) add_meeting(ours.front(), other, DefaultDate(), si);
  }
  // The signature block of an agreement's text, in columns (臺灣臺中市市長　　美國…奧斯汀市市長 / 林俊雄　　Robert Hayes): the
  // publisher's signer met the other signers of the same line. Not the witnesses: a block headed 見證人 (or 觀禮) on a
  // line above its offices, with no blank line between.
  auto witnesses_block = [&](uint32_t pos) {
    const auto& f = nt_.folded;
    uint32_t line_begin = pos;
    while (line_begin > 0 && f[line_begin - 1] != U'\n') --line_begin;
    bool blank = false;
    for (int up = 0; up < 3 && line_begin > 0; ++up) {
      uint32_t line_end = line_begin - 1, b = line_end;
      while (b > 0 && f[b - 1] != U'\n') --b;
      std::u32string_view line(f.data() + b, line_end - b);
      const size_t last = line.find_last_not_of(U" \t");
      if (last == std::u32string_view::npos) {
        if (blank || up > 0) return false;
        blank = true;  // (one blank line under a heading of its own: Witnessed by:)
      } else if (ContainsAny(line, {U"見證", U"觀禮", U"witness"})) {
        return !blank || line[last] == U':';
      } else if (blank) {
        return false;
      }
      line_begin = b;
    }
    return false;
  };
  // 參展企業…執行長X向Carver市長展示其產品: one of the delegation's own, not its leader, who shows, introduces or explains
  // something to one of the other side (向, that person and title, the verb) met them.
  for (size_t i = 0; i < persons_.size(); ++i) {
    const int shower = person_entity_[i];
    const uint32_t to = persons_[i].name.end;
    if (shower < 0 || shower == leader_ || !IsPublisherSide(shower) || to >= nt_.folded.size() || nt_.folded[to] != U'向') continue;
    for (size_t j = i + 1; j < persons_.size() && persons_[j].name.begin <= to + 1; ++j) {
      const int other = person_entity_[j];
      if (persons_[j].name.begin != to + 1 || other < 0 || IsPublisherSide(other)) continue;
      uint32_t q = persons_[j].name.end;
      if (const int t = SegStartingAt(q); t >= 0 && segs_[static_cast<size_t>(t)].kind == SegKind::kTitle) q = segs_[static_cast<size_t>(t)].span.end;
      if (!ContainsAny(std::u32string_view(nt_.folded.data() + q, std::min<size_t>(2, nt_.folded.size() - q)),
                       {U"展示", U"介紹", U"說明", U"簡報", U"解說"}))
        continue;
      const bool met = std::any_of(out_.relations.begin(), out_.relations.end(), [&](const Relation& r) {
        return r.kind == RelationKind::kMetWith && r.from == shower && r.to == other;
      });
      if (!met) add_meeting(shower, other, DateIn(sentences_[persons_[i].sentence], true), persons_[i].sentence);
    }
  }
  if (ContainsAny(nt_.folded, {U"協定", U"協議", U"備忘錄", U"意向書", U"宣言", U"簽署", U"memorandum", U"agreement", U"signed"}))
    for (size_t i = 0; i < persons_.size(); ++i) {
      if (persons_[i].rule != "column-signature" || person_entity_[i] < 0 || !IsPublisherSide(person_entity_[i]) ||
          witnesses_block(persons_[i].name.begin))
        continue;
      for (size_t j = 0; j < persons_.size(); ++j)
        if (j != i && persons_[j].sentence == persons_[i].sentence && persons_[j].rule == "column-signature" &&
            person_entity_[j] >= 0 && !IsPublisherSide(person_entity_[j]))
          add_meeting(person_entity_[i], person_entity_[j], DefaultDate(), persons_[i].sentence);
    }
  // English prose: the two sides who sign or renew an agreement met — "Mayor X and Taichung Mayor Y renewed the two
  // cities' sister-city agreement", "X signed the memorandum with Y" — not one who witnessed it, nor two of one side.
  if (english)
    for (uint32_t si = 0; si < sentences_.size(); ++si) {
      const Span s = sentences_[si];
      const std::u32string_view text(nt_.folded.data() + s.begin, s.size());
      size_t verb = std::u32string_view::npos, verb_size = 0;
      for (std::u32string_view w : {std::u32string_view(U" signed "), std::u32string_view(U" renewed ")})
        if (const size_t at = text.find(w); at != std::u32string_view::npos && at < verb) {
          verb = at;
          verb_size = w.size();
        }
      if (verb == std::u32string_view::npos ||
          !ContainsAny(text.substr(verb), {U"agreement", U"memorandum", U"mou", U"letter of intent", U"declaration", U"accord"}))
        continue;
      // (The subject: from the clause's opening to the verb; the other side after "with", to the clause's end.)
      size_t cut = text.find_last_of(U",;", verb);
      // (Past a place set off by commas right before the verb, capitalized words alone: Mayor X of Kauai County, Hawaii,
      // signed.)
      if (cut != std::u32string_view::npos && cut + 1 == verb && text[cut] == U',' && cut > 0) {
        const size_t prev = text.find_last_of(U",;", cut - 1);
        if (prev != std::u32string_view::npos && text[prev] == U',') {
          const uint32_t from = s.begin + static_cast<uint32_t>(prev) + 1, to = s.begin + static_cast<uint32_t>(cut);
          bool place = to - from >= 3 && to - from <= 30 && nt_.text[from] == U' ';
          for (uint32_t k = from + 1; k < to && place; ++k)
            place = IsLatinLetter(nt_.text[k]) || nt_.text[k] == U'-' ||
                    (nt_.text[k] == U' ' && k + 1 < to && nt_.text[k + 1] >= U'A' && nt_.text[k + 1] <= U'Z');
          if (place && nt_.text[from + 1] >= U'A' && nt_.text[from + 1] <= U'Z') cut = prev > 0 ? text.find_last_of(U",;", prev - 1) : std::u32string_view::npos;
        }
      }
      const uint32_t subject_begin = s.begin + static_cast<uint32_t>(cut == std::u32string_view::npos ? 0 : cut + 1);
      const uint32_t vpos = s.begin + static_cast<uint32_t>(verb);
      uint32_t with_begin = vpos, with_end = vpos;
      if (const size_t with = text.find(U" with ", verb + verb_size); with != std::u32string_view::npos) {
        const size_t stop = std::min(text.find_first_of(U",;", with), text.size());
        with_begin = s.begin + static_cast<uint32_t>(with);
        with_end = s.begin + static_cast<uint32_t>(stop);
      }
      std::vector<int> ours, theirs;
      auto take = [&](int ent) {
        std::vector<int>& side = IsPublisherSide(ent) ? ours : theirs;
        if (std::find(side.begin(), side.end(), ent) == side.end()) side.push_back(ent);
      };
      for (auto it = std::lower_bound(person_occurrences_.begin(), person_occurrences_.end(), std::make_pair(subject_begin, -1));
           it != person_occurrences_.end() && it->first < s.end; ++it)
        if ((it->first >= subject_begin && it->first < vpos) || (it->first >= with_begin && it->first < with_end)) take(it->second);
      // (And one named again by title and surname, Mayor Villanueva.)
      for (const auto& [b, e] : {std::pair{subject_begin, vpos}, std::pair{with_begin, with_end}})
        for (const int ent : LatinSurnameBearers(Span{b, e})) take(ent);
      for (int o : ours)
        for (int t : theirs)
          if (std::none_of(out_.relations.begin(), out_.relations.end(), [&](const Relation& r) {
                return r.kind == RelationKind::kMetWith && r.from == o && r.to == t;
              }))
            add_meeting(o, t, DateIn(s, true), si);
    }
  // A part under a heading naming those met (附錄：會見人員名片, 拜會人員名單): the delegation's leader met each person it
  // lists who is not on the publisher's side and whom the account names nowhere else (there, what the account says of
  // them stands: a host's official who only accompanied) — up to the next heading or 40 lines.
  if (leader_ >= 0) {
    const std::u32string& f = nt_.folded;
    for (size_t b = 0; b < f.size();) {
      size_t e = std::min(f.find(U'\n', b), f.size());
      std::u32string_view line(f.data() + b, e - b);
      if (line.size() <= 24 && ContainsAny(line, {U"會見人員", U"拜會人員", U"會晤人員", U"會見對象", U"拜會對象"}) &&
          line.find_first_of(U"\t,，。") == std::u32string_view::npos) {
        size_t until = e;
        for (int lines = 0; lines < 40 && until < f.size(); ++lines) {
          size_t next = std::min(f.find(U'\n', until + 1), f.size());
          std::u32string_view more(f.data() + until + 1, next - until - 1);
          if (more.starts_with(U"附錄") || more.starts_with(U"附件") ||
              (more.size() > 1 && detail::kCountNumerals.find(more[0]) != std::u32string_view::npos && more[1] == U'、'))
            break;
          until = next;
        }
        uint32_t si = 0;
        while (si + 1 < sentences_.size() && sentences_[si + 1].begin <= b) ++si;
        auto lo = std::lower_bound(person_occurrences_.begin(), person_occurrences_.end(), std::make_pair(static_cast<uint32_t>(e), -1));
        std::set<int> met;
        for (auto it = lo; it != person_occurrences_.end() && it->first < until; ++it)
          if (it->second != leader_ && !IsPublisherSide(it->second) &&
              std::all_of(person_occurrences_.begin(), person_occurrences_.end(),
                          [&](const std::pair<uint32_t, int>& o) { return o.second != it->second || (o.first > e && o.first < until); }) &&
              met.insert(it->second).second) {
            uint32_t at = si;
            while (at + 1 < sentences_.size() && sentences_[at + 1].begin <= it->first) ++at;
            // (On the day its row says, where a cell before the name gives one.)
            const Date row = RowDate(it->first);
            add_meeting(leader_, it->second, row.valid() ? row : DefaultDate(), at);
          }
        b = until + 1;
        continue;
      }
      b = e + 1;
    }
  }
  // A meeting no day is written for (a summary's: 本次由林副縣長率團…，與宮本隆司知事簽署…) of two who met on a day
  // written for another (一、10月16日（星期五）⏎（一）…由宮本隆司知事親自接待): the same meeting, told with its day there.
  for (size_t u : undated_meetings) {
    const Meeting& m = out_.meetings[u];
    const auto same_pair = [&](const Meeting& o) {
      return o.attendees.size() == 2 && ((o.attendees[0] == m.attendees[0] && o.attendees[1] == m.attendees[1]) ||
                                         (o.attendees[0] == m.attendees[1] && o.attendees[1] == m.attendees[0]));
    };
    bool dated_elsewhere = false;
    for (size_t k = 0; k < out_.meetings.size() && !dated_elsewhere; ++k)
      dated_elsewhere = k != u && same_pair(out_.meetings[k]) && !(out_.meetings[k].date == m.date) &&
                        std::find(undated_meetings.begin(), undated_meetings.end(), k) == undated_meetings.end();
    if (!dated_elsewhere) continue;
    std::erase_if(out_.relations, [&](const Relation& r) {
      return r.kind == RelationKind::kMetWith && r.evidence.start == m.evidence.start && r.date == m.date &&
             ((r.from == m.attendees[0] && r.to == m.attendees[1]) || (r.from == m.attendees[1] && r.to == m.attendees[0]));
    });
    out_.meetings[u].attendees.clear();  // (dropped below)
  }
  std::erase_if(out_.meetings, [](const Meeting& m) { return m.attendees.empty(); });
  // Attendance: the publishing government and the leader attended the events named with an attend cue
  // (出席, 參加, ...) or in the report's title; persons named in the same sentence as the event attended it.
  std::set<std::pair<int, int>> attended_seen;
  // A calendar or a trip's plan tells what is to come: nobody has attended its events.
  const bool plan = IsPlan();
  auto add_attended = [&](int agent, int ev, uint32_t si) {
    if (plan || agent < 0 || !attended_seen.insert({agent, ev}).second) return;
    Relation r;
    r.kind = RelationKind::kAttended;
    r.from = agent;
    r.to = ev;
    r.date = out_.entities[static_cast<size_t>(ev)].date;
    r.evidence = SentenceEvidence(si);
    out_.relations.push_back(std::move(r));
  };
  // Those named in [from, to) of sentence si attended ev (not where named by a past post or as standing in for another).
  auto attend_named_in = [&](uint32_t from, uint32_t to, int ev, uint32_t si) {
    for (auto it = std::lower_bound(person_occurrences_.begin(), person_occurrences_.end(), std::make_pair(from, -1));
         it != person_occurrences_.end() && it->first < to; ++it)
      if (!PastMention(it->first) && !OnBehalfMention(it->first)) add_attended(it->second, ev, si);
  };
  // (A numbered heading that is only the event's name, after its day maybe — （一）11月4日　2026別府媽祖祭 over the
  // block that tells of its opening: the delegation was there, as under （一）出席「…」.)
  auto heading_event = [&](size_t i) {
    const Span s = sentences_[events_[i].sentence];
    std::u32string_view text(nt_.folded.data() + s.begin, s.size());
    while (!text.empty() && (text.front() == U' ' || text.front() == U'\n')) text.remove_prefix(1);
    while (!text.empty() && (text.back() == U' ' || text.back() == U'\n')) text.remove_suffix(1);
    if (text.find(U'\n') != std::u32string_view::npos) return false;
    std::u32string_view rest = PastListNumber(text);
    if (rest.size() == text.size()) return false;
    rest = PastLeadingDay(rest);
    while (!rest.empty() && (rest.front() == U' ' || rest.front() == U'\t')) rest.remove_prefix(1);
    if (!rest.empty() && (rest.front() == U'「' || rest.front() == U'『')) rest.remove_prefix(1);
    if (!rest.empty() && (rest.back() == U'」' || rest.back() == U'』')) rest.remove_suffix(1);
    return rest.data() == nt_.folded.data() + events_[i].span.begin && rest.size() == events_[i].span.size();
  };
  std::vector<int> travellers = Travellers();
  for (size_t i = 0; i < events_.size() && !plan; ++i) {
    Span s = sentences_[events_[i].sentence];
    const uint32_t first_cue = FirstAttendCue(s);
    if (events_[i].sentence >= 3 && first_cue == s.end && !HeldByPublisher(i) && !ProgrammeEvent(i) && !heading_event(i)) continue;
    bool after_trip = false;  // (held by the publisher months after the trip, by the report's date: not the leader's)
    // No attendance (yet): a bid to host a later edition (爭取主辦2030年世界港口大會, 申辦…, right before the name);
    // an invitation in the name's clause (邀請林市長明年出席「…」; not 應…邀請, on an invitation); an edition after
    // the report's year.
    {
      std::u32string_view clause(nt_.folded.data() + s.begin, events_[i].span.begin - s.begin);
      std::u32string_view last8 = clause.substr(clause.size() > 8 ? clause.size() - 8 : 0);
      if (ContainsAny(last8, {U"爭取", U"申辦", U"主辦權"})) continue;
      // (Nor a series the sentence says is held every year, named with no year or edition: 本市自2003年起每年10月舉辦臺中
      // 爵士音樂節 — no edition of it.)
      if (detail::NamesSeries(clause)) {
        const std::u32string name = ToU32(events_[i].name);
        if (std::none_of(name.begin(), name.end(), [](char32_t c) { return (c >= U'0' && c <= U'9') || c == U'屆'; })) continue;
      }
      if (size_t cut = clause.find_last_of(U",，;；。"); cut != std::u32string_view::npos) clause.remove_prefix(cut + 1);
      size_t invite = clause.find(U"邀請");
      if (invite != std::u32string_view::npos && clause.substr(0, invite).find(U'應') == std::u32string_view::npos) continue;
      // (In English too: Deputy Mayor X invited Mayor Y to attend the ….)
      if (EnglishInvitation(clause) != std::u32string_view::npos) continue;
      // Nor one the clause says will be held (橫濱市將於明年5月舉辦「…」，歡迎…參加; 卡托維茲今年將主辦歐洲經濟大會).
      if (ContainsAny(clause, {U"將於", U"將在", U"預定於", U"預計於", U"明年", U"明("}) &&
          ContainsAny(clause, {U"舉辦", U"舉行", U"辦理", U"登場", U"召開"}))
        continue;
      if (ContainsAny(clause, {U"將主辦", U"將舉辦", U"將舉行", U"將召開", U"將承辦"})) continue;
      // Nor one an earlier clause of the sentence says its subject is going to (訪團6日將轉往東引，出席…「…」), as for
      // meetings.
      if (ContainsAny(std::u32string_view(nt_.folded.data() + s.begin, events_[i].span.begin - s.begin), kGoingToWords)) continue;
      // Nor one the clause says the publisher will attend (本市將派員出席…, 預定出席…), or one a part of what is to come
      // names (【下期預告】).
      {
        size_t cue = std::u32string_view::npos;
        for (std::u32string_view w : {U"出席", U"參加", U"參與"})
          if (size_t at = clause.rfind(w); at != std::u32string_view::npos && (cue == std::u32string_view::npos || at > cue)) cue = at;
        if (cue != std::u32string_view::npos &&
            ContainsAny(clause.substr(cue > 5 ? cue - 5 : 0, std::min<size_t>(cue, 5)), {U"將", U"預定", U"預計", U"擬"}))
          continue;
      }
      // (Nor one the sentence's only cue, after the name, says is to come: …舉辦「飯田人形劇節」，…團隊明年將受邀參加演出.)
      if (events_[i].sentence >= 3) {
        if (first_cue >= events_[i].span.end && first_cue < s.end) {
          const uint32_t from = first_cue >= events_[i].span.end + 5 ? first_cue - 5 : events_[i].span.end;
          if (ContainsAny(std::u32string_view(nt_.folded.data() + from, first_cue - from), {U"將", U"預定", U"預計", U"擬"})) continue;
        }
      }
      if (InPreview(events_[i].span.begin)) continue;
      const Date& when = out_.entities[static_cast<size_t>(event_entity_[i])].date;
      if (when.valid() && as_of.valid() && when.year > as_of.year) continue;
      // Nor one of a year before the trip (介紹伯明罕市2022年大英國協運動會之場館再利用經驗: its history) — unless the
      // sentence says the publisher went to it then (去(114)年10月本府由縣長X率團…出席「…」).
      std::u32string_view right_before(nt_.folded.data() + s.begin, events_[i].span.begin - s.begin);
      right_before = right_before.substr(right_before.size() > 3 ? right_before.size() - 3 : 0);
      bool went = ContainsAny(right_before, {U"出席", U"參加", U"參與"}) &&
                  ContainsAny(std::u32string_view(nt_.folded.data() + s.begin, events_[i].span.begin - s.begin), {U"去年", U"去(", U"前年"});
      // (Or its part of the sentence, up to a semicolon, says so after the name: 去（2025）年第17屆論壇於京都市舉行，本府由副市長
      // X出席…；本屆….)
      if (!went) {
        const Span part = PartOf(events_[i].sentence, events_[i].span.begin);
        const std::u32string_view text(nt_.folded.data() + part.begin, part.size());
        went = ContainsAny(text, {U"去年", U"去(", U"前年"}) && ContainsAny(text.substr(events_[i].span.end - part.begin), {U"出席", U"參加", U"參與"});
      }
      if (!went && (when.valid() && out_.meta.trip_start.valid() ? when.year < out_.meta.trip_start.year
                                                                 : when.valid() && as_of.valid() && when.year + 1 < as_of.year))
        continue;
      // Nor one the report dates months after its own date (minutes of April planning August's festival) — unless its
      // own sentence dates the trip to it (a newsletter's later item).
      const Date& trip_end = out_.meta.trip_end.valid() ? out_.meta.trip_end : as_of;
      // (Not where the report's own date is later still and the publisher held it: a follow-up form's 已於11月12日辦理「…」
      // after a trip in May.)
      const bool done_by_report = out_.meta.date.valid() && when.valid() && !(out_.meta.date < when) && HeldByPublisher(i);
      if (when.valid() && trip_end.valid() && when.year == trip_end.year && when.month > 0 && trip_end.month > 0 &&
          when.month > trip_end.month + 1 && !events_[i].trip.valid()) {
        if (!done_by_report) continue;
        after_trip = true;
      }
    }
    auto add = [&](int agent) { add_attended(agent, event_entity_[i], events_[i].sentence); };
    // (A host who briefs, guides or receives them, in English: …, where its director, X, briefed them on ….)
    auto english_host_at = [&](uint32_t pos) {
      const std::u32string& f = nt_.folded;
      const size_t end = std::min(f.find_first_of(U".\n", pos), f.size());
      auto hosts_from = [&](size_t from) {
        const std::u32string_view rest(f.data() + from, std::min(end, from + 60) - from);
        return ContainsAny(rest, {U" briefed ", U" guided ", U" showed ", U" explained ", U" received the ", U" welcomed the "});
      };
      if (hosts_from(pos)) return true;
      // (Or past the title set off by commas after the name: where X, Director-General of the …, showed them ….)
      const size_t c1 = f.find(U", ", pos);
      if (c1 == std::u32string::npos || c1 >= end || c1 - pos > 40 || !(nt_.text[c1 + 2] >= U'A' && nt_.text[c1 + 2] <= U'Z')) return false;
      const size_t c2 = AppositiveEnd(c1);
      return c2 != std::u32string::npos && hosts_from(c2);
    };
    // (Such a host in a clause of the place visited, ", where Director X briefed them …, and then attended": the verb after
    // the comma the visitors' — not "…, where Mayor X received the delegation and attended", his.)
    auto english_relative_host_at = [&](uint32_t pos, uint32_t event_begin) {
      const std::u32string& f = nt_.folded;
      const uint32_t from = pos >= 40 ? pos - 40 : 0;
      const std::u32string_view before(f.data() + from, pos - from);
      const size_t where = before.rfind(U", where ");
      const std::u32string_view between(f.data() + pos, event_begin - pos);
      return where != std::u32string_view::npos && before.find_first_of(U",;", where + 1) == std::u32string_view::npos &&
             between.find(U", and ") != std::u32string_view::npos && english_host_at(pos);
    };
    // (In a report on visitors, a sentence whose subject is the visitor and his party: 塔爾恰副市長一行…並於22日出席在
    // 台北市舉行之「…」 — theirs, not the publisher's nor its leader's.)
    bool visitor_party = false;
    if (visits_publisher) {
      const auto first = std::lower_bound(person_occurrences_.begin(), person_occurrences_.end(), std::make_pair(s.begin, -1));
      if (first != person_occurrences_.end() && first->first < events_[i].span.begin && first->second == visitor_at(events_[i].sentence) &&
          !IsPublisherSide(first->second)) {
        const std::u32string_view before(nt_.folded.data() + s.begin, first->first - s.begin);
        const std::u32string_view after(nt_.folded.data() + first->first, std::min<size_t>(10, events_[i].span.begin - first->first));
        visitor_party = after.find(U"一行") != std::u32string_view::npos && before.find_first_of(U",，;；與和及由") == std::u32string_view::npos;
      }
    }
    if (!visitor_party || IsOwnEvent(i)) add(publisher_);
    // (A programme's every speaker, moderator and panelist attends the event it is the programme of, the one its head
    // names.)
    if (ProgrammeEvent(i))
      for (const auto& [pos, ent] : person_occurrences_)
        if (!out_.entities[static_cast<size_t>(ent)].short_form_only) add(ent);
    // (A visiting delegation that attends, in a release on visitors to the publisher's city: 隨後使節團…出席「…」 —
    // the other side's persons named before, not the publisher's leader.)
    bool visitors_attend = false;
    {
      std::u32string_view text(nt_.folded.data() + s.begin, events_[i].span.begin - s.begin);
      text = text.substr(std::min(text.size(), text.find_first_not_of(U" \n")));
      for (std::u32string_view w : {std::u32string_view(U"隨後"), std::u32string_view(U"接著"), std::u32string_view(U"下午"),
                                    std::u32string_view(U"晚間"), std::u32string_view(U"上午")})
        if (text.starts_with(w)) text.remove_prefix(w.size());
      // (Past an item's number and its day: （二）7月4日上午，訪問團出席「…」開幕典禮.)
      if (visits_publisher && !ContainsAny(text.substr(0, 3), {U"使節團", U"訪問團", U"代表團", U"考察團", U"交流團", U"訪團"}))
        text = PastItemAndDay(text);
      visitors_attend = ContainsAny(text.substr(0, 3), {U"使節團", U"訪問團", U"代表團", U"考察團", U"交流團", U"訪團"}) && visits_publisher;
      // (In English: In the afternoon the delegation visited the …, On October 11, the visitors toured the ….)
      visitors_attend = visitors_attend ||
                        (visits_publisher && EnglishGroupDoes(text, {U"the delegation ", U"the visitors ", U"the guests "},
                                                              {U" visited ", U" toured ", U" attended ", U" took part in ", U" joined "}));
    }
    bool leader_attends = false;  // (decided below, once the sentence's subject is known)
    if (visitors_attend) {
      // (Not one who only accompanies them: …代表武明心（Võ Minh Tâm）陪同.)
      // (The name read there — or, where the occurrence is a title and surname, Director Kao, the whole name right after.)
      auto escort_at = [&](uint32_t pos, int ent) {
        for (size_t k = 0; k < persons_.size(); ++k)
          if (persons_[k].name.begin == pos || (person_entity_[k] == ent && persons_[k].name.begin > pos && persons_[k].name.begin <= pos + 24))
            return Escorts(k);
        return false;
      };
      // (Nor one its clause says witnessed, 在…處長X女士見證下, nor a host who briefs or receives it there, 並由館長Y簡報 —
      // named before, not of the delegation.)
      auto host_or_witness_at = [&](uint32_t pos) {
        const std::u32string& f = nt_.folded;
        const size_t b = f.find_last_of(U",，;；。\n", pos);
        const size_t e = std::min(f.find_first_of(U",，;；。\n", pos), f.size());
        const std::u32string_view before(f.data() + (b == std::u32string::npos ? 0 : b + 1), pos - (b == std::u32string::npos ? 0 : b + 1));
        const std::u32string_view after(f.data() + pos, e - pos);
        if (ContainsAny(after, {U"見證", U"觀禮", U"到場祝賀"})) return true;
        if (ContainsAny(before, {U"witnessed by ", U"in the presence of "})) return true;  // (…signed a memorandum, witnessed by X)
        if (before.starts_with(U" who met ")) return true;  // (…, Chief Executive of Port Otago, who met X: whom one of it met)
        if (english_host_at(pos)) return true;
        return before.find(U'由') != std::u32string_view::npos &&
               ContainsAny(after, {U"簡報", U"導覽", U"解說", U"介紹", U"接待", U"接見", U"款待", U"主持"});
      };
      for (const auto& [pos, ent] : person_occurrences_)
        if (pos < s.begin && !IsPublisherSide(ent) && !out_.entities[static_cast<size_t>(ent)].short_form_only && !escort_at(pos, ent) &&
            !host_or_witness_at(pos))
          add(ent);
    } else {
      // (Not where the sentence names another of the publisher's as leading the delegation to it: 本縣亦於去年10月由副縣長
      // X率團出席「…」 in the magistrate's letter.)
      bool other_leads = false;
      for (auto it = std::lower_bound(person_occurrences_.begin(), person_occurrences_.end(), std::make_pair(s.begin, -1));
           it != person_occurrences_.end() && it->first < events_[i].span.begin && !other_leads; ++it) {
        if (it->second == leader_ || !IsPublisherSide(it->second)) continue;
        const std::u32string_view near(nt_.folded.data() + it->first, std::min<size_t>(9, nt_.folded.size() - it->first));
        const size_t lead = near.find(U'率');
        other_leads = lead != std::u32string_view::npos && it->first + lead < events_[i].span.begin;
        // (Nor where one of them goes to it in person, the clause's subject: 臺中市副市長X於11月4日至6日赴泗水出席「…」
        // in a newsletter whose first item the mayor leads.)
        if (!other_leads) {
          const std::u32string_view between(nt_.folded.data() + it->first, events_[i].span.begin - it->first);
          const std::u32string_view before(nt_.folded.data() + s.begin, it->first - s.begin);
          const std::u32string_view tail = between.substr(between.size() > 3 ? between.size() - 3 : 0);
          other_leads = between.size() <= 40 && between.find_first_of(U",，;；、與及和") == std::u32string_view::npos &&
                        before.find_first_of(U",，;；") == std::u32string_view::npos &&
                        ContainsAny(tail, {U"出席", U"參加", U"參與"}) && ContainsAny(between, {U"赴", U"前往"});
        }
      }
      // (Or one the sentence says attended it, the verb right after the name: …論壇於京都市舉行，本府由副市長X出席.)
      for (auto it = std::lower_bound(person_occurrences_.begin(), person_occurrences_.end(), std::make_pair(s.begin, -1));
           it != person_occurrences_.end() && it->first < s.end && !other_leads; ++it) {
        if (it->second == leader_ || !IsPublisherSide(it->second)) continue;
        const size_t name_end = nt_.folded.find_first_of(U",，;；。出率代親", it->first);
        if (name_end == std::u32string::npos || name_end - it->first > 5) continue;
        const std::u32string_view after(nt_.folded.data() + name_end, std::min<size_t>(4, nt_.folded.size() - name_end));
        other_leads = after.starts_with(U"出席") || after.starts_with(U"率團出席") || after.starts_with(U"代表出席") ||
                      after.starts_with(U"親自出席");
      }
      // (Nor a leader the sentence names in another part, leading to another edition: …；本屆…由市長X率團出席.)
      if (!other_leads && leader_ >= 0) {
        const Span mine = PartOf(events_[i].sentence, events_[i].span.begin);
        if (mine.begin != s.begin || mine.end != s.end)
          for (auto it = std::lower_bound(person_occurrences_.begin(), person_occurrences_.end(), std::make_pair(s.begin, -1));
               it != person_occurrences_.end() && it->first < s.end && !other_leads; ++it)
            other_leads = it->second == leader_ && (it->first < mine.begin || it->first >= mine.end);
      }
      // (In a newsletter of items (■ 11月5日 …), the leader of one item's visit is no party to another's.)
      if (!other_leads && leader_ >= 0) {
        const Span item = ItemAt(events_[i].span.begin);
        bool named = item.begin == 0 && item.end == nt_.folded.size();
        for (auto it = std::lower_bound(person_occurrences_.begin(), person_occurrences_.end(), std::make_pair(item.begin, -1));
             !named && it != person_occurrences_.end() && it->first < item.end; ++it)
          named = it->second == leader_;
        leader_attends = named;
      }
    }
    // The report's own event: every traveller the cover fields list went to it. So did they to one an itinerary's line
    // says was attended with no one named as its subject (－ 出席「…」開幕典禮: the delegation).
    bool subjectless = false;
    {
      std::u32string_view text(nt_.folded.data() + s.begin, events_[i].span.begin - s.begin);
      while (!text.empty() && (text.front() == U'\n' ||
                               std::u32string_view(U" ‧•●■◎▪-－").find(text.front()) != std::u32string_view::npos))
        text.remove_prefix(1);
      // (Past the time slot an itinerary's line opens with: 09:30　出席「…」開幕式, 14:00-15:30 參加….)
      if (text.size() > 5 && text[0] >= U'0' && text[0] <= U'9' && text.substr(0, 5).find(U':') != std::u32string_view::npos)
        while (!text.empty() && ((text.front() >= U'0' && text.front() <= U'9') ||
                                 std::u32string_view(U": -–~～\t").find(text.front()) != std::u32string_view::npos))
          text.remove_prefix(1);
      // (Past a heading's number, the day and the time of day: 四、8月9日上午出席長崎…式典; or the time of day alone, the
      // day's heading on the line before: （三）10月1日 / 上午出席於…舉行之「…」.)
      text = PastTimeOfDay(PastLeadingDay(PastListNumber(text)));
      // (Past where, 於 + a place: 於基輔出席…; 假 + a place and its venue, where the delegation holds it: 假斯里巴加灣
      // 帝國酒店辦理「…」.)
      if (!text.empty() && (text.front() == U'於' || text.front() == U'在' || text.front() == U'假')) {
        const bool borrowed = text.front() == U'假';
        const int k = SegStartingAt(static_cast<uint32_t>(text.data() - nt_.folded.data()) + 1);
        if (k >= 0 && segs_[static_cast<size_t>(k)].kind == SegKind::kPlace &&
            1 + segs_[static_cast<size_t>(k)].span.size() < text.size()) {
          text.remove_prefix(1 + segs_[static_cast<size_t>(k)].span.size());
          for (size_t v = 2; borrowed && v <= 6 && v < text.size(); ++v)
            if (const std::u32string_view venue = text.substr(0, v);
                venue.ends_with(U"酒店") || venue.ends_with(U"飯店") || venue.ends_with(U"中心") || venue.ends_with(U"館")) {
              text.remove_prefix(v);
              break;
            }
        }
      }
      // (The organizer named between the verb and the name: 出席ICLEI主辦之「…論壇」; the delegation's word may open it,
      // 訪團出席由熊本大學於熊本市主辦之「…」, as 訪團出席 alone does.)
      while (!text.empty() && (text.back() == U'「' || text.back() == U'『')) text.remove_suffix(1);
      if (const size_t d = DelegationWordLength(text);
          d > 0 && text.size() > d + 4 && (text.substr(d).starts_with(U"出席") || text.substr(d).starts_with(U"參加")))
        text.remove_prefix(d);
      if (text.size() > 4 && text.size() <= 20 && (text.starts_with(U"出席") || text.starts_with(U"參加")))
        for (std::u32string_view w : {U"主辦之", U"主辦的", U"舉辦之", U"舉辦的", U"舉行之", U"舉行的"})
          if (text.ends_with(w) && text.find_first_of(U",，;；") == std::u32string_view::npos &&
              !std::any_of(persons_.begin(), persons_.end(), [&](const PersonHit& h) {
                return h.name.begin >= events_[i].span.begin - text.size() && h.name.begin < events_[i].span.begin;
              }))
            text = text.substr(0, 2);
      // (Or holds it, abroad: 辦理「2026苗栗觀光推介會」 — the delegation's own event there.)
      subjectless = text.size() <= 4 && ContainsAny(text, {U"出席", U"參加", U"參與", U"辦理"});
      // (In English, the delegation the sentence's subject: The delegation also took part in the ….)
      subjectless = subjectless || EnglishGroupDoes(text, {U"the delegation "}, {U"took part in", U"attended", U"participated in", U"joined"});
    }
    // (Or the only event the report names, the publisher attending it, where its sentence names none of the publisher's
    // as the one who went: 布拉格市政府…舉辦「臺北週」…，邀請本市組團出席 — not 副市長X並代表本府出席…分組會議.)
    bool only_event = OnlyEvent(i);
    for (auto it = std::lower_bound(person_occurrences_.begin(), person_occurrences_.end(), std::make_pair(s.begin, -1));
         only_event && it != person_occurrences_.end() && it->first < s.end; ++it)
      only_event = !IsPublisherSide(it->second);
    // (Or the leader and his party, the sentence's subject: 王縣長一行出席…「…」; 黃市長文祥率團訪問…，出席「…」及「…」.)
    bool party = false;
    for (auto it = std::lower_bound(person_occurrences_.begin(), person_occurrences_.end(), std::make_pair(s.begin, -1));
         !party && leader_ >= 0 && it != person_occurrences_.end() && it->first < events_[i].span.begin; ++it) {
      const std::u32string_view near(nt_.folded.data() + it->first, std::min<size_t>(8, events_[i].span.begin - it->first));
      party = it->second == leader_ && ContainsAny(near, {U"一行", U"率團", U"率隊"});
    }
    if ((IsOwnEvent(i) || subjectless || only_event || party) && !after_trip)
      for (int t : travellers) add(t);
    // (In a schedule for visitors to the publisher, such a line is the visiting delegation's: its leader and the
    // members named with it. So is a sentence whose subject is the delegation: 當晚訪團由局長X陪同出席「…」.)
    bool delegation_subject = false;
    if (visits_publisher && !subjectless) {
      std::u32string_view opening = PastLeadingDay(PastSpeakerLabel(std::u32string_view(nt_.folded.data() + s.begin, s.size())));
      for (std::u32string_view w : {U"當晚", U"當天", U"當日", U"隨後", U"翌日", U"次日"})
        if (opening.starts_with(w)) opening = PastTimeOfDay(opening.substr(w.size()));
      delegation_subject = OpensWithDelegation(opening) || visitor_party;
    }
    // (The publisher's leader, unless the sentence or the schedule's row is the visiting delegation's: 當晚訪團…出席「…」,
    // 8月25日⇥19:00⇥出席「…」開幕典禮⇥ in a report on visitors that names no travellers of its own.)
    bool schedule_row = false;
    if (subjectless) {
      const size_t line_begin = s.begin == 0 ? 0 : nt_.text.rfind(U'\n', s.begin - 1) + 1;
      const size_t line_end = std::min(nt_.text.find(U'\n', s.begin), nt_.text.size());
      schedule_row = std::u32string_view(nt_.text.data() + line_begin, line_end - line_begin).find(U'\t') != std::u32string_view::npos;
    }
    // (In a table of trips, one a row, those of the publisher's side named in the row before its days' cell went to
    // its event — no one where the row says the trip was called off: 因颱風來襲取消，未執行.)
    if (uint32_t cell = 0; RowTripStart(events_[i].span.begin, &cell).valid()) {
      const size_t nl = events_[i].span.begin == 0 ? std::u32string::npos : nt_.folded.rfind(U'\n', events_[i].span.begin - 1);
      const uint32_t row = nl == std::u32string::npos ? 0 : static_cast<uint32_t>(nl + 1);
      const size_t row_end = std::min(nt_.folded.find(U'\n', cell), nt_.folded.size());
      const bool called_off = ContainsAny(std::u32string_view(nt_.folded.data() + cell, row_end - cell),
                                          {U"取消", U"未執行", U"未成行", U"停辦", U"延期"});
      for (auto it = std::lower_bound(person_occurrences_.begin(), person_occurrences_.end(), std::make_pair(row, -1));
           !called_off && it != person_occurrences_.end() && it->first < cell; ++it)
        if (IsPublisherSide(it->second)) add(it->second);
      leader_attends = false;
    }
    if (leader_attends && !after_trip && !(visits_publisher && travellers.empty() && (schedule_row || delegation_subject))) add(leader_);
    if ((subjectless || delegation_subject) && visits_publisher) {
      const int visitor = visitor_at(events_[i].sentence);
      uint32_t introduced = UINT32_MAX;
      for (size_t k = 0; k < persons_.size() && visitor >= 0; ++k)
        if (person_entity_[k] == visitor) introduced = std::min(introduced, persons_[k].sentence);
      if (introduced != UINT32_MAX) {
        add(visitor);
        for (size_t k = first_person_in(introduced); k < persons_.size() && persons_[k].sentence == introduced; ++k)
          if (person_entity_[k] >= 0 && !IsPublisherSide(person_entity_[k]) && !Escorts(k)) add(person_entity_[k]);
        // (And those the leader brings, wherever the text lists them: 由Hartigan市長率市議員A、執行長B等一行6人來訪.)
        for (int member : members_of(visitor))
          if (!IsPublisherSide(member)) add(member);
      }
    }
    // (Not one a later clause calls on: 出席「…」，並拜會清邁市長X — met there, not said to attend.)
    auto called_on = [&](uint32_t pos) {
      if (pos < events_[i].span.end) return false;
      std::u32string_view after(nt_.folded.data() + events_[i].span.end, pos - events_[i].span.end);
      size_t comma = after.find_last_of(U",，");
      if (comma == std::u32string_view::npos) return false;
      // (Or received: 並於本市展位接待來訪之X. The call may be a clause before the one naming X: …，並於3月6日拜會波茨坦市
      // 政府，與該市局長X交換….)
      if (ContainsAny(after.substr(after.find_first_of(U",，")), {U"拜會", U"拜訪", U"會見", U"會晤", U"晉見", U"接待", U"接見"}))
        return true;
      // (Or in a later clause that opens with a day of its own: 10月1日出席「…國慶典禮」，並於2日上午與州長X共同簽署…，議長Y
      // 在場見證 — the next day's signing, not the ceremony.)
      for (size_t c = after.find_first_of(U",，"); c != std::u32string_view::npos; c = after.find_first_of(U",，", c + 1)) {
        std::u32string_view clause = after.substr(c + 1);
        for (std::u32string_view w : {U"並", U"隨後", U"另"})
          if (clause.starts_with(w)) clause.remove_prefix(w.size());
        if (clause.starts_with(U"於") || clause.starts_with(U"在")) clause.remove_prefix(1);
        if (clause.starts_with(U"翌日") || clause.starts_with(U"次日") || clause.starts_with(U"隔日") || clause.starts_with(U"隔天"))
          return true;
        // (Or a release's day in parentheses: 並於昨(11)日與清邁市政府簽署…，…副代表X到場見證.)
        if (!clause.empty() && std::u32string_view(U"今昨明").find(clause[0]) != std::u32string_view::npos && ParenthesizedDay(clause, 1) > 0)
          return true;
        size_t k = 0;
        while (k < clause.size() && k < 6 && ((clause[k] >= U'0' && clause[k] <= U'9') || clause[k] == U'月')) ++k;
        if (k > 0 && k < clause.size() && clause[k] == U'日') return true;
      }
      // (Or met in it: 出席「…」，並與宮古島市長X會談; or signed with: …，並在巴勒摩市政廳與巴勒摩市長X簽署….)
      if (after.substr(comma).find(U'與') == std::u32string_view::npos) return false;
      const size_t clause_end = std::min(nt_.folded.find_first_of(U",，。;；\n", pos), nt_.folded.size());
      return ContainsAny(std::u32string_view(nt_.folded.data() + pos, clause_end - pos),
                         {U"會談", U"會面", U"晤談", U"餐敘", U"交換意見", U"簽署", U"簽訂"});
    };
    // (A sentence that tells of two editions in parts set apart by a semicolon, 去年第17屆…由副市長A出席；本屆第18屆…由市長B
    // 率團出席: each part's persons attended its own.)
    Span part = s;
    for (size_t j = 0; j < events_.size(); ++j)
      if (j != i && events_[j].sentence == events_[i].sentence && event_entity_[j] != event_entity_[i]) {
        const Span mine = PartOf(events_[i].sentence, events_[i].span.begin);
        if (mine.begin != PartOf(events_[j].sentence, events_[j].span.begin).begin) part = mine;
      }
    // (An itinerary's row whose long cells are sentences of their own: the row's later cells too, its receivers there —
    // 4月25日⇥出席「…」歡迎晚宴⇥協會會長 X.)
    if (subjectless && part.begin == s.begin && part.end == s.end && s.end > s.begin && nt_.text[s.end - 1] == U'\t') {
      const size_t line_end = nt_.text.find(U'\n', s.end);
      part.end = line_end == std::u32string::npos ? static_cast<uint32_t>(nt_.text.size()) : static_cast<uint32_t>(line_end);
    }
    // (Nor one the delegation signed or met with in an earlier clause: …率團赴和歌山縣，與宮本隆司知事簽署「…」，並…出席
    // 「…」 — the partner there, not said to attend.)
    auto partner_before = [&](uint32_t pos) {
      if (pos >= events_[i].span.begin) return false;
      const std::u32string_view before(nt_.folded.data() + s.begin, pos - s.begin);
      const size_t open = before.find_last_of(U",，;；");
      const std::u32string_view lead = open == std::u32string_view::npos ? before : before.substr(open + 1);
      const size_t close = nt_.folded.find_first_of(U",，;；。", pos);
      if (close == std::u32string::npos || close >= events_[i].span.begin) return false;
      // (Or called on in it: …出席「2026函館港祭」開幕遊行，拜會函館市工藤勝彥市長，並於8月3日辦理「…」.)
      if (ContainsAny(lead, {U"拜會", U"拜訪", U"晉見", U"會見", U"會晤"})) return true;
      // (Or the one who received the delegation in it: 拜會溫莎市政府，由X市長接見，並出席「…」開幕式.)
      if (ReceiverMention(pos)) return true;
      return lead.find(U'與') != std::u32string_view::npos &&
             ContainsAny(std::u32string_view(nt_.folded.data() + pos, close - pos),
                         {U"簽署", U"簽訂", U"締結", U"會談", U"會面", U"晤談", U"會晤", U"交換意見", U"餐敘"});
    };
    auto lo = std::lower_bound(person_occurrences_.begin(), person_occurrences_.end(), std::make_pair(part.begin, -1));
    for (auto it = lo; it != person_occurrences_.end() && it->first < part.end; ++it)
      if (!called_on(it->first) && !PastMention(it->first) && !InviterMention(it->first, s) && !partner_before(it->first) &&
          !(it->first < events_[i].span.begin && english_relative_host_at(it->first, events_[i].span.begin)))
        add(it->second);
    // With no local government publishing (a ministry's digest: 高雄市副市長陳美玲率團赴…出席「…」), the government
    // whose head or deputy head the sentence names before the event went to it.
    // (By index, over the relations there were before: add appends to them.)
    if (publisher_ < 0)
      for (auto it = lo; it != person_occurrences_.end() && it->first < events_[i].span.begin; ++it)
        for (size_t ri = 0, before = out_.relations.size(); ri < before; ++ri) {
          const Relation& r = out_.relations[ri];
          if (r.kind == RelationKind::kPost && r.from == it->second && ontology::IsLocalGovernment(out_.entities[static_cast<size_t>(r.to)].kind) &&
              (r.role == Role::kMayor || r.role == Role::kDeputyMayor || r.role == Role::kGovernor || r.role == Role::kDeputyGovernor))
            add(r.to);
        }
  }
  // One who attends an event the sentence names by its kind alone (局長X亦隨團出席大會; 出席該論壇): the last event named
  // in the text just before (400 characters) whose name ends in that word.
  if (!plan)
    for (uint32_t si = 1; si < sentences_.size(); ++si) {
      const Span s = sentences_[si];
      const std::u32string_view text(nt_.folded.data() + s.begin, s.size());
      for (std::u32string_view cue : {std::u32string_view(U"出席"), std::u32string_view(U"參加"), std::u32string_view(U"參與")}) {
        const size_t at = text.find(cue);
        if (at == std::u32string_view::npos) continue;
        std::u32string_view after = text.substr(at + cue.size());
        for (std::u32string_view w : {U"該", U"本次", U"本屆", U"此次", U"今年"})
          if (after.starts_with(w)) after.remove_prefix(w.size());
        std::u32string_view kind;
        // (Or one it describes so, named after: 與出席年會之首爾特別市副市長X會談 — X attended.)
        bool described = false;
        for (std::u32string_view k : detail::kEventKindWords)
          if (after.starts_with(k) && (after.size() == k.size() || !IsHan(after[k.size()]) ||
                                       std::u32string_view(U"並及與,之的").find(after[k.size()]) != std::u32string_view::npos)) {
            kind = k;
            described = after.size() > k.size() && (after[k.size()] == U'之' || after[k.size()] == U'的');
            break;
          }
        if (kind.empty()) break;
        int ev = -1;
        for (size_t i = events_.size(); i > 0 && ev < 0;) {
          --i;
          if (events_[i].sentence >= si) continue;
          if (events_[i].span.end + 400 < s.begin) break;
          std::u32string name = Gazetteer::Fold(ToU32(events_[i].name));
          if (name.ends_with(kind)) ev = event_entity_[i];
        }
        // (Farther from its name, the report's own event: the one the report is about, 出席年會之….)
        for (size_t i = 0; i < events_.size() && ev < 0; ++i)
          if (events_[i].sentence < si && IsOwnEvent(i) && Gazetteer::Fold(ToU32(events_[i].name)).ends_with(kind)) ev = event_entity_[i];
        if (ev < 0 || !attended_seen.count({publisher_, ev})) break;
        auto lo = std::lower_bound(person_occurrences_.begin(), person_occurrences_.end(), std::make_pair(s.begin, -1));
        // (Not one on whose invitation they came: 本次應該網絡執行長X邀請，由副縣長率團出席年會.)
        auto inviter = [&](uint32_t pos) {
          const std::u32string_view before(nt_.folded.data() + s.begin, pos - s.begin);
          const size_t open = before.find_last_of(U"應受");
          if (open == std::u32string_view::npos || before.substr(open).find_first_of(U",，;；。、") != std::u32string_view::npos) return false;
          const std::u32string_view rest(nt_.folded.data() + pos, s.begin + at - pos);
          return ContainsAny(rest.substr(0, std::min(rest.size(), rest.find_first_of(U",，;；。"))), {U"邀請", U"之邀", U"的邀"});
        };
        if (described) {
          const uint32_t from = s.begin + static_cast<uint32_t>(text.size() - after.size() + kind.size() + 1);
          const size_t stop = text.find_first_of(U",，;；。", from - s.begin);
          const uint32_t to = stop == std::u32string_view::npos ? s.end : s.begin + static_cast<uint32_t>(stop);
          for (auto it = std::lower_bound(person_occurrences_.begin(), person_occurrences_.end(), std::make_pair(from, -1));
               it != person_occurrences_.end() && it->first < to; ++it)
            if (!PastMention(it->first)) add_attended(it->second, ev, si);
          break;
        }
        for (auto it = lo; it != person_occurrences_.end() && it->first < s.begin + at; ++it)
          if (!PastMention(it->first) && !inviter(it->first)) add_attended(it->second, ev, si);
        break;
      }
    }
  // One the sentence says spoke in the meeting (旅遊處處長X亦於會中簡報…, Y於論壇中分享…): those named before in the clause
  // attended the last event named before (600 characters) that the publisher attended.
  if (!plan)
    for (uint32_t si = 1; si < sentences_.size(); ++si) {
      const Span s = sentences_[si];
      const std::u32string_view text(nt_.folded.data() + s.begin, s.size());
      if (text.find(U"中") == std::u32string_view::npos) continue;
      for (std::u32string_view w : {U"於會中", U"在會中", U"於會議中", U"於論壇中", U"於大會中"}) {
        const size_t at = text.find(w);
        if (at == std::u32string_view::npos ||
            std::none_of(std::begin(kSpeakingWords), std::end(kSpeakingWords),
                         [&](std::u32string_view v) { return text.substr(at + w.size()).starts_with(v); }))
          continue;
        int ev = -1;
        for (size_t i = events_.size(); i > 0 && ev < 0;) {
          --i;
          if (events_[i].sentence >= si) continue;
          if (events_[i].span.end + 600 < s.begin) break;
          if (attended_seen.count({publisher_, event_entity_[i]})) ev = event_entity_[i];
        }
        if (ev < 0) break;
        size_t open = text.substr(0, at).find_last_of(U",，;；");
        // (A clause opening with 並 goes on with the subject of the one before: …X當選新任會長，並於會中致詞.)
        if (open != std::u32string_view::npos && at > open + 1 && text[open + 1] == U'並' && open > 0)
          open = text.substr(0, open).find_last_of(U",，;；");
        const uint32_t clause_begin = s.begin + static_cast<uint32_t>(open == std::u32string_view::npos ? 0 : open + 1);
        for (auto it = std::lower_bound(person_occurrences_.begin(), person_occurrences_.end(), std::make_pair(clause_begin, -1));
             it != person_occurrences_.end() && it->first < s.begin + at; ++it)
          if (!PastMention(it->first)) add_attended(it->second, ev, si);
        break;
      }
    }
  // The sentence after an event's name whose subject is its kind (大會於15日上午…舉行，國臺辦主任X、省委書記Y等人出席):
  // those its last clause says attended (…等人出席, …與會) attended it.
  if (!plan)
    for (size_t i = 0; i < events_.size(); ++i) {
      const int k = KindSubjectSentence(i);
      if (k < 0 || !attended_seen.count({publisher_, event_entity_[i]})) continue;
      const Span s = sentences_[static_cast<size_t>(k)];
      std::u32string_view text(nt_.folded.data() + s.begin, s.size());
      while (!text.empty() && std::u32string_view(U"。 \n").find(text.back()) != std::u32string_view::npos) text.remove_suffix(1);
      if (!(text.ends_with(U"出席") || text.ends_with(U"與會") || text.ends_with(U"參加"))) continue;
      const size_t clause = text.find_last_of(U",，;；");
      const uint32_t from = s.begin + static_cast<uint32_t>(clause == std::u32string_view::npos ? 0 : clause + 1);
      for (auto it = std::lower_bound(person_occurrences_.begin(), person_occurrences_.end(), std::make_pair(from, -1));
           it != person_occurrences_.end() && it->first < s.begin + text.size(); ++it)
        if (!PastMention(it->first)) add_attended(it->second, event_entity_[i], static_cast<uint32_t>(k));
    }
  // (A sentence opening with an attended event's kind, 大賽於7月17日…開幕, then the sentences after it in its paragraph
  // that name no event and say one took part: 嘉義市管樂團由團長X帶領，於18日參加音樂會組競賽 — those named before the
  // verb attended it.)
  if (!plan)
    for (uint32_t k = 1; k < sentences_.size(); ++k) {
      std::u32string_view opening(nt_.folded.data() + sentences_[k].begin, sentences_[k].size());
      opening = opening.substr(0, opening.find_last_not_of(U" \n") + 1);
      // (Its line's start: a heading may run into it, 二、參加比賽⏎大賽於….)
      if (const size_t nl = opening.rfind(U'\n'); nl != std::u32string_view::npos) opening.remove_prefix(nl + 1);
      opening = opening.substr(std::min(opening.size(), opening.find_first_not_of(U" ")));
      int ev = -1;
      for (std::u32string_view kind : detail::kEventKindWords)
        if (opening.starts_with(kind) && opening.size() > kind.size() &&
            std::u32string_view(U"於在由").find(opening[kind.size()]) != std::u32string_view::npos) {
          for (size_t i = 0; i < events_.size() && events_[i].sentence < k; ++i)
            if (attended_seen.count({publisher_, event_entity_[i]}) && Gazetteer::Fold(ToU32(events_[i].name)).ends_with(kind))
              ev = event_entity_[i];
          break;
        }
      if (ev < 0) continue;
      for (uint32_t si = k + 1; si < sentences_.size(); ++si) {
        const Span s = sentences_[si];
        const std::u32string& f = nt_.folded;
        // (The paragraph ends at a line break between the two sentences' words, or inside this one's.)
        uint32_t a = sentences_[si - 1].end, b = s.begin;
        while (a > sentences_[si - 1].begin && (f[a - 1] == U' ' || f[a - 1] == U'\n')) --a;
        while (b < s.end && (f[b] == U' ' || f[b] == U'\n')) ++b;
        const std::u32string_view text(f.data() + b, s.end - b);
        if (std::u32string_view(f.data() + a, b - a).find(U'\n') != std::u32string_view::npos ||
            text.substr(0, text.find_last_not_of(U" \n") + 1).find(U'\n') != std::u32string_view::npos ||
            std::any_of(events_.begin(), events_.end(), [&](const EventHit& e) { return e.sentence == si; }))
          break;
        const size_t cue = std::min(text.find(U"參加"), text.find(U"出席"));
        if (cue == std::u32string_view::npos) continue;
        for (auto it = std::lower_bound(person_occurrences_.begin(), person_occurrences_.end(), std::make_pair(s.begin, -1));
             it != person_occurrences_.end() && it->first < b + cue; ++it)
          if (!PastMention(it->first)) add_attended(it->second, ev, si);
      }
    }
  // Those who speak at the opening of the report's own event (開幕式由X主持，Y致歡迎詞; …在開幕式中發表城市報告)
  // attended it.
  {
    int own = -1;
    for (size_t i = 0; i < events_.size() && own < 0; ++i)
      if (IsOwnEvent(i)) own = event_entity_[i];
    // (Or, with none named at the top, the only event the text names, where the publisher attended it: a chat's
    // 14:00出席「…」開幕.)
    if (own < 0 && !events_.empty() && OnlyEvent(0) && attended_seen.count({publisher_, event_entity_.front()}))
      own = event_entity_.front();
    // (Or a ceremony named by the end of its name: 出席十週年紀念典禮，典禮於…舉行，…部長X致詞; or a sentence on one of
    // its sessions that opens with the kind of event it is: 論壇下午場次由X主持…，Y分享….)
    std::u32string own_tail, own_kind, own_kind_word, own_bare, own_full, own_full_folded;
    for (size_t i = 0; i < events_.size() && (own_tail.empty() || own_kind.empty()); ++i)
      if (event_entity_[i] == own) {
        std::u32string bare = NameWithoutYear(events_[i].name);
        if (own_bare.empty()) own_bare = Gazetteer::Fold(bare);
        if (own_full.empty()) {
          own_full = ToU32(events_[i].name);
          own_full_folded = Gazetteer::Fold(own_full);
        }
        if (own_tail.empty() && bare.size() >= 8 && (bare.ends_with(U"典禮") || bare.ends_with(U"儀式")))
          own_tail = bare.substr(bare.size() - 4);
        if (own_kind.empty() && bare.size() >= 6) own_kind = bare.substr(bare.size() - 2);
        // (Or its kind's word of three characters, where its name ends with one: 研討會 of 第五屆國民幸福教育國際研討會,
        // whose last two are no word — 研討會由院長X主持.)
        for (std::u32string_view w : {U"研討會", U"博覽會", U"座談會", U"交流會", U"說明會", U"發表會", U"高峰會"})
          if (own_kind_word.empty() && bare.size() >= 6 && bare.ends_with(w)) own_kind_word = w;
      }
    uint32_t last_opening = UINT32_MAX;  // the last sentence read as the opening's, whose next may add others there
    // The sentences that place what they tell at it by the end of its name after 在 or 於 (在藝穗節…, 在燈會…): found once
    // per document, from where its last two characters stand.
    std::vector<bool> placed_at_own(sentences_.size(), false);
    if (own_bare.size() >= 4) {
      const std::u32string& f = nt_.folded;
      const std::u32string_view kind_word = std::u32string_view(own_bare).substr(own_bare.size() - 2);
      for (size_t at = f.find(kind_word); at != std::u32string::npos; at = f.find(kind_word, at + 1))
        for (size_t n = 2, stop = at + 2; n <= own_bare.size() && stop > n; ++n) {
          const size_t b = stop - n;
          if (f.compare(b, n, own_bare, own_bare.size() - n, n) != 0) break;
          if (f[b - 1] == U'在' || f[b - 1] == U'於') {
            auto it = std::upper_bound(sentences_.begin(), sentences_.end(), static_cast<uint32_t>(b),
                                       [](uint32_t v, const Span& x) { return v < x.begin; });
            if (it != sentences_.begin()) placed_at_own[static_cast<size_t>(std::prev(it) - sentences_.begin())] = true;
            break;
          }
        }
    }
    // (A report on two events of its own, each under its heading — 一、世界青年城市論壇（…） / 二、首爾亞洲新創週（…): a
    // sentence belongs to the own event whose numbered heading is the last above it.)
    std::set<int> owns;
    for (size_t i = 0; i < events_.size(); ++i)
      if (IsOwnEvent(i)) owns.insert(event_entity_[i]);
    auto opens_heading = [&](const EventHit& e) {
      size_t line = e.span.begin == 0 ? std::u32string::npos : nt_.folded.rfind(U'\n', e.span.begin - 1);
      line = line == std::u32string::npos ? 0 : line + 1;
      std::u32string_view head(nt_.folded.data() + line, e.span.begin - line);
      if (!head.empty() && (head.back() == U'「' || head.back() == U'『')) head.remove_suffix(1);
      return !head.empty() && PastListNumber(head).empty();
    };
    auto own_at = [&](uint32_t pos) {
      int at = own;
      for (size_t i = 0; owns.size() > 1 && i < events_.size() && events_[i].span.begin <= pos; ++i)
        if (owns.count(event_entity_[i]) && opens_heading(events_[i])) at = event_entity_[i];
      return at;
    };
    for (uint32_t si = 0; own >= 0 && si < sentences_.size(); ++si) {
      Span s = sentences_[si];
      const int here = own_at(s.begin);
      std::u32string_view text(nt_.folded.data() + s.begin, s.size());
      // (The sentence right after it adding those also there: …由副市長X主持，周副市長致詞…。布拉格第一區區長Y亦出席。)
      if (last_opening != UINT32_MAX && si == last_opening + 1 &&
          ContainsAny(text, {U"亦出席", U"也出席", U"亦到場", U"亦蒞臨", U"亦與會", U"一同出席"})) {
        attend_named_in(s.begin, s.end, here, si);
        continue;
      }
      // (Or one who spoke there too, named before the word: …銀行東南亞局副局長Y亦致詞，宣布…; 也上台發表演說.)
      if (last_opening != UINT32_MAX && si == last_opening + 1) {
        uint32_t too = UINT32_MAX;
        for (size_t k = 0; k < text.size() && too == UINT32_MAX; ++k) {
          if (text[k] != U'亦' && text[k] != U'也') continue;
          const std::u32string_view next = text.substr(k + 1, 6);
          for (std::u32string_view w : {U"致詞", U"致辭", U"致賀詞", U"發表", U"演講", U"演說"})
            if (const size_t at = next.find(w); at != std::u32string_view::npos && at <= 3)
              too = s.begin + static_cast<uint32_t>(k);
        }
        if (too != UINT32_MAX) {
          attend_named_in(s.begin, too, here, si);
          last_opening = si;
          continue;
        }
      }
      // (Or those the sentence right after it, in its paragraph and naming no event, says were in the same seats or hall:
      // 訓練於…開始，由…致詞。本局一行於觀摩席觀看…，並與同席觀摩之…本部長X交換名片 — from 同席 or 同場 to its clause's
      // end. Met there, no more, says nothing: …參觀臺灣館，並與…總監Y交換意見.)
      if (last_opening != UINT32_MAX && si == last_opening + 1 && s.begin == sentences_[last_opening].end &&
          std::none_of(events_.begin(), events_.end(), [&](const EventHit& e) { return e.sentence == si; }))
        for (std::u32string_view same : {U"同席", U"同場"})
          if (const size_t at = text.find(same); at != std::u32string_view::npos) {
            const size_t end = std::min(text.find_first_of(U",，;；。", at), text.size());
            attend_named_in(s.begin + static_cast<uint32_t>(at), s.begin + static_cast<uint32_t>(end), here, si);
          }
      // (Or a reception of it, the line before saying the delegation went to it by its kind's word: 上午出席交流會，…。晚間
      // 交流餐會上，與…課長X及…局長Y交換名片 — those named at the reception.)
      // (Most sentences name no meal: one pass over their first characters for 餐, 宴, 酒 or 歡 first.)
      if (own_kind.size() == 2 && here == own && std::any_of(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(std::min<size_t>(text.size(), 40)), [](char32_t c) {
            return c == U'餐' || c == U'宴' || c == U'酒' || c == U'歡';
          })) {
        const std::u32string_view opening = PastTimeOfDay(PastLeadingDay(text)).substr(0, 10);
        bool reception = false;
        for (std::u32string_view w : {U"餐會上", U"晚宴上", U"酒會上", U"餐會中", U"晚宴中", U"酒會中", U"歡迎會上"})
          reception = reception || opening.find(w) != std::u32string_view::npos;
        if (reception) {
          const std::u32string& f = nt_.folded;
          const size_t nl = s.begin == 0 ? std::u32string::npos : f.rfind(U'\n', s.begin - 1);
          const std::u32string_view line(f.data() + (nl == std::u32string::npos ? 0 : nl + 1),
                                         s.begin - (nl == std::u32string::npos ? 0 : nl + 1));
          bool went = false;
          for (std::u32string_view verb : {U"出席", U"參加"})
            for (size_t at = line.find(verb); at != std::u32string_view::npos && !went; at = line.find(verb, at + 1)) {
              const std::u32string_view after = line.substr(at + 2, 6);
              const size_t kind = after.find(own_kind);
              went = kind != std::u32string_view::npos && std::all_of(after.begin(), after.begin() + static_cast<std::ptrdiff_t>(kind), IsHan);
            }
          if (went) {
            attend_named_in(s.begin, s.end, here, si);
            continue;
          }
        }
      }
      bool ceremony = !own_tail.empty() && text.find(own_tail) != std::u32string_view::npos;
      // (Or one that opens with it presided: 論壇由副市長X主持，局長Y、Z分別以專題演講分享經驗; after a heading's number and
      // the day: 二、8月8日總會進行會務報告，由事務總長X報告會務.)
      const std::u32string_view numbered = PastListNumber(text);
      const std::u32string_view opening = numbered.size() < text.size() ? PastLeadingDay(numbered) : text;
      const bool presided = !own_kind.empty() && text.find(U"主持") != std::u32string_view::npos;
      auto presided_by = [&](std::u32string_view clause, std::u32string_view kind) {
        return presided && clause.starts_with(kind) && clause.substr(kind.size()).starts_with(U"由");
      };
      auto opens_session = [&](std::u32string_view kind) {
        return !kind.empty() && opening.starts_with(kind) &&
               (ContainsAny(opening.substr(kind.size(), 6), {U"場次", U"議程", U"會中", U"期間", U"專題", U"分組", U"進行"}) ||
                presided_by(opening, kind));
      };
      bool session = opens_session(own_kind) || opens_session(own_kind_word);
      // (Or the one telling where and when it opened, its speakers after: 9月1日上午8時，訓練於橫濱市臨港公園開始，由…
      // 知事X擔任統監，…市長Y致詞.)
      // (Its name's last two characters in the sentence first, which any opening with its end or short form holds; then its
      // opening, then the speaking words: one search for most sentences.)
      session = session || (own_full_folded.size() >= 2 && here == own &&
                            text.find(std::u32string_view(own_full_folded).substr(own_full_folded.size() - 2)) != std::u32string_view::npos &&
                            OpensWithEdition(text, own_full, own_full_folded) &&
                             std::any_of(std::begin(kSpeakingWords), std::end(kSpeakingWords),
                                         [&](std::u32string_view w) { return text.find(w) != std::u32string_view::npos; }));
      // (Or a later clause that opens with it presided, its kind's word or 大會: 上午出席交流會，大會由理事長X主持，副市長Y
      // 代表市長致詞.)
      for (size_t comma = presided && !session ? text.find_first_of(U",，") : std::u32string_view::npos;
           comma != std::u32string_view::npos && !session; comma = text.find_first_of(U",，", comma + 1))
        session = presided_by(text.substr(comma + 1), own_kind) || presided_by(text.substr(comma + 1), U"大會");
      // (Or the speakers of a session the sentence lists: 同場講者包括A及B，由C主持.)
      bool speakers = NamesSessionSpeakers(text);
      ceremony = ceremony || session;
      // (Or one who speaks in a sentence that places what it tells at it, by the end of its name after 在 or 於 — two
      // characters or more, its kind's word: 本縣八音團在藝穗節「花園劇場」演出三場，首場由…執行長X上台引言, 在燈會…由Y致詞 —
      // those named before the word in its clause.)
      static constexpr std::u32string_view kStageWords[] = {U"致詞", U"致辭", U"引言", U"演講", U"演說"};
      if (!ceremony && !speakers && placed_at_own[si] &&
          std::any_of(std::begin(kStageWords), std::end(kStageWords), [&](std::u32string_view w) { return text.find(w) != std::u32string_view::npos; })) {
        uint32_t clause_begin = s.begin;
        for (uint32_t p = s.begin; p < s.end; ++p) {
          if (std::u32string_view(U",，;；").find(nt_.folded[p]) != std::u32string_view::npos) clause_begin = p + 1;
          if (std::any_of(std::begin(kStageWords), std::end(kStageWords), [&](std::u32string_view w) { return nt_.folded.compare(p, w.size(), w) == 0; }))
            attend_named_in(clause_begin, p, here, si);
        }
      }
      // (Or one under a heading that names a session of it and no call, no other event: 二、首長會議 / …副省長X及…副省長Y
      // 亦分別發表報告 — those who speak there, named before the speaking word in its clause.)
      if (!ceremony && !speakers && SessionHeadingAbove(s.begin)) {
        uint32_t clause_begin = s.begin;
        for (uint32_t p = s.begin; p < s.end; ++p) {
          if (std::u32string_view(U",，;；").find(nt_.folded[p]) != std::u32string_view::npos) clause_begin = p + 1;
          bool speaks = false;
          for (std::u32string_view w : kSpeakingWords) speaks = speaks || nt_.folded.compare(p, w.size(), w) == 0;
          if (!speaks) continue;
          auto lo = std::lower_bound(person_occurrences_.begin(), person_occurrences_.end(), std::make_pair(clause_begin, -1));
          for (auto it = lo; it != person_occurrences_.end() && it->first < p; ++it)
            if (!PastMention(it->first)) add_attended(it->second, here, si);
        }
      }
      // (Or an agenda's line naming them after a role's label: 14:00 專題論壇 與談人：A、B; 開幕式 致詞：C.)
      uint32_t from = s.begin;
      if (!speakers && text.find(U':') != std::u32string_view::npos)
        for (std::u32string_view label : {std::u32string_view(U"與談人:"), std::u32string_view(U"主持人:"), std::u32string_view(U"致詞:"),
                                          std::u32string_view(U"講者:"), std::u32string_view(U"主講人:"), std::u32string_view(U"引言人:")})
          if (size_t at = text.find(label); at != std::u32string_view::npos && (!speakers || s.begin + at < from)) {
            speakers = true;
            from = s.begin + static_cast<uint32_t>(at);
          }
      // (Not a sentence on another event's opening, naming it and not the report's own: 出席「2026…傳統週」開幕活動，
      // 市長與X共同主持開幕儀式 in a report whose title names a symposium.)
      // (Most sentences open nothing: one cheap scan first, then the events they name.)
      if (!speakers && !ceremony && text.find(U'幕') == std::u32string_view::npos && text.find(U"開燈") == std::u32string_view::npos &&
          text.find(U"點燈") == std::u32string_view::npos && text.find(U"悼詞") == std::u32string_view::npos)
        continue;
      bool mine = false;
      if (!ceremony) {
        bool other = false;
        for (size_t j = 0; j < events_.size(); ++j)
          if (events_[j].sentence == si) (event_entity_[j] == here ? mine : other) = true;
        if (other && !mine) continue;
      }
      // (A memorial, named with its eulogy: 出席「…追悼會」，由市長A主持，知事B致悼詞 — its opening, those after it who
      // are also there, 遺孀C亦出席.)
      const bool eulogy = mine && text.find(U"悼詞") != std::u32string_view::npos;
      if (!speakers) {
        // (A lantern festival opens by lighting its lamps: 舉行開燈儀式，由署長A與縣長B共同點亮主燈.)
        if (!ceremony && !eulogy && text.find(U'幕') == std::u32string_view::npos && text.find(U"開燈") == std::u32string_view::npos &&
            text.find(U"點燈") == std::u32string_view::npos)
          continue;  // (悼詞 with no event of its own named)
        // (Those who open it together say no word of their own: 論壇…舉行，由協會主席A及市長B共同開幕.)
        if ((!ceremony && !eulogy && !ContainsAny(text, {U"開幕", U"閉幕", U"開燈", U"點燈"})) || ContainsAny(text, {U"館開幕", U"館揭幕"}) ||  // not a pavilion's
            (std::none_of(std::begin(kSpeakingWords), std::end(kSpeakingWords),
                          [&](std::u32string_view w) { return text.find(w) != std::u32string_view::npos; }) &&
             !ContainsAny(text, {U"共同開幕", U"宣布開幕"})))
          continue;
      }
      // (Not those named after the ceremony, in a clause of what came after it: …，黃局長於閉幕後拜會…副市長X.)
      uint32_t upto = s.end;
      for (std::u32string_view after : {std::u32string_view(U"閉幕後"), std::u32string_view(U"開幕後"), std::u32string_view(U"典禮後")})
        if (size_t at = text.find(after); at != std::u32string_view::npos) {
          const size_t clause = text.substr(0, at).find_last_of(U",，;；");
          if (clause != std::u32string_view::npos) upto = std::min(upto, s.begin + static_cast<uint32_t>(clause));
        }
      // (Nor one who received the delegation in an earlier clause: …，由X市長接見，並出席「…」開幕式，張副縣長於開幕式致詞.)
      auto lo = std::lower_bound(person_occurrences_.begin(), person_occurrences_.end(), std::make_pair(from, -1));
      for (auto it = lo; it != person_occurrences_.end() && it->first < upto; ++it)
        if (!OnBehalfMention(it->first) && !ReceiverMention(it->first)) add_attended(it->second, here, si);
      last_opening = si;
    }
    // (And the moderators and panelists of its sessions, listed under 主持人： / 與談人：.)
    for (size_t i = 0; own >= 0 && i < persons_.size(); ++i)
      if (persons_[i].rule == "session-speaker" && person_entity_[i] >= 0) add_attended(person_entity_[i], own, persons_[i].sentence);
    // (And its guests, listed in a sentence that says so: 出席貴賓包括吉隆坡市長X、…代表Y及…會長Z.)
    for (uint32_t si = 0; own >= 0 && si < sentences_.size(); ++si) {
      Span s = sentences_[si];
      std::u32string_view text(nt_.folded.data() + s.begin, std::min<size_t>(s.size(), 8));
      text = text.substr(std::min(text.size(), text.find_first_not_of(U" \n")));
      // (Or the salutation of a speech given there, which names the guests in the hall: 「尊敬的橫濱市副市長X閣下、
      // 泗水市市長Y閣下，各位貴賓，大家早安：, up to 各位.)
      if (text.starts_with(U"「")) text.remove_prefix(1);
      uint32_t upto = s.end;
      // (In English, up to "distinguished guests" or "ladies and gentlemen" closing it: Mayor X of Gliwice, Deputy Mayor Y
      // of Tsukuba, …, distinguished guests, ladies and gentlemen,.)
      if (english && !text.empty() && text.front() >= U'a' && text.front() <= U'z') {
        const std::u32string_view whole(nt_.folded.data() + s.begin, s.size());
        const size_t all = std::min(whole.find(U", distinguished guests"), whole.find(U", ladies and gentlemen"));
        if (all != std::u32string_view::npos && whole.size() <= 400) {
          for (auto it = std::lower_bound(person_occurrences_.begin(), person_occurrences_.end(), std::make_pair(s.begin, -1));
               it != person_occurrences_.end() && it->first < s.begin + all; ++it)
            add_attended(it->second, own, si);
          continue;
        }
      }
      if (text.starts_with(U"尊敬的") || text.starts_with(U"敬愛的") || text.starts_with(U"親愛的")) {
        std::u32string_view whole(nt_.folded.data() + s.begin, s.size());
        size_t all = whole.find(U"各位");
        if (whole.find(U"閣下") == std::u32string_view::npos || all == std::u32string_view::npos) continue;
        upto = s.begin + static_cast<uint32_t>(all);
      } else if (!(text.starts_with(U"出席貴賓") || text.starts_with(U"與會貴賓") || text.starts_with(U"出席嘉賓") ||
                   text.starts_with(U"與會嘉賓") || text.starts_with(U"蒞臨貴賓"))) {
        // (Or the guests it invited, listed after the verb: 本屆燈會邀請多位…首長出席，包括A、B及C.)
        const std::u32string_view whole(nt_.folded.data() + s.begin, s.size());
        size_t list = std::u32string_view::npos;
        for (std::u32string_view w : {std::u32string_view(U"出席,包括"), std::u32string_view(U"出席，包括"),
                                      std::u32string_view(U"與會,包括"), std::u32string_view(U"與會，包括")})
          list = std::min(list, whole.find(w));
        if (list == std::u32string_view::npos || whole.substr(0, list).find(U"邀請") == std::u32string_view::npos) continue;
        const uint32_t from = s.begin + static_cast<uint32_t>(list);
        auto lo = std::lower_bound(person_occurrences_.begin(), person_occurrences_.end(), std::make_pair(from, -1));
        for (auto it = lo; it != person_occurrences_.end() && it->first < s.end; ++it) add_attended(it->second, own, si);
        continue;
      }
      auto lo = std::lower_bound(person_occurrences_.begin(), person_occurrences_.end(), std::make_pair(s.begin, -1));
      for (auto it = lo; it != person_occurrences_.end() && it->first < upto; ++it) add_attended(it->second, own, si);
    }
    // (And one of the delegation a sentence of its own adds, where the event last named before it is this one or its
    // name without the year: 臺灣港務公司高雄港務分公司總經理X隨團出席.)
    for (uint32_t si = 0; own >= 0 && si < sentences_.size(); ++si) {
      const Span s = sentences_[si];
      std::u32string_view text(nt_.folded.data() + s.begin, s.size());
      while (!text.empty() && std::u32string_view(U"。 \n").find(text.back()) != std::u32string_view::npos) text.remove_suffix(1);
      // (Or travelled with it, 臺南市議會副議長X亦隨團出訪, the delegation attending it.)
      if (!(text.ends_with(U"隨團出席") || text.ends_with(U"隨團參加") || text.ends_with(U"隨團與會") || text.ends_with(U"隨團出訪")))
        continue;
      int last = -1;
      for (size_t i = 0; i < events_.size(); ++i)
        if (events_[i].span.end <= s.begin && (last < 0 || events_[i].span.begin > events_[static_cast<size_t>(last)].span.begin))
          last = static_cast<int>(i);
      if (last < 0) continue;
      const std::string& own_name = out_.entities[static_cast<size_t>(own)].label;
      if (event_entity_[static_cast<size_t>(last)] != own &&
          NameWithoutYear(events_[static_cast<size_t>(last)].name) != NameWithoutYear(own_name))
        continue;
      // (Those of its last clause: not one who escorted, named in a clause before: 代表X全程陪同，副議長Y亦隨團出訪.)
      const size_t clause = text.find_last_of(U",，;；");
      const uint32_t from = s.begin + static_cast<uint32_t>(clause == std::u32string_view::npos ? 0 : clause + 1);
      auto lo = std::lower_bound(person_occurrences_.begin(), person_occurrences_.end(), std::make_pair(from, -1));
      for (auto it = lo; it != person_occurrences_.end() && it->first < s.end; ++it)
        if (!PastMention(it->first)) add_attended(it->second, own, si);
    }
    // (And those a sentence places in an event's programme by its kind's word alone, after 參加 or 出席 in its clause, or
    // right after 在 or 於 and before 中 or 期間: 北市交…參加音樂節演出，由音樂總監X指揮，並邀請小提琴家Y擔任獨奏 at the
    // report's 布拉格之春國際音樂節; at a contest (…大賽, …錦標賽), its 比賽 — 本團…參加青年組比賽，由指揮X帶領 — and the
    // sentence right after that opens with 賽後. Another event the text names, by a word no other of its events ends
    // with: …副市長X出席交流賽頒獎典禮, 隊長Y表示，能在交流賽中… at 「亞洲城市電競交流賽」.)
    {
      static constexpr std::u32string_view kKinds[] = {U"音樂節", U"藝術節", U"電影節", U"文化節", U"影展", U"大賽",
                                                       U"錦標賽", U"競賽", U"交流賽", U"邀請賽"};
      // (Right after 在 or 於, in it or at its ceremony: 於水燈節開幕活動中施放…, 在音樂節開幕式上.)
      const auto in_it = [](std::u32string_view rest) {
        for (std::u32string_view c : {U"開幕活動", U"開幕典禮", U"開幕儀式", U"開幕式", U"閉幕活動", U"閉幕典禮", U"閉幕式"})
          if (rest.starts_with(c)) {
            rest.remove_prefix(c.size());
            return rest.starts_with(U"中") || rest.starts_with(U"上");
          }
        return rest.starts_with(U"中") || rest.starts_with(U"期間");
      };
      std::vector<int> named;  // the text's events, each once, in order
      for (size_t i = 0; i < events_.size(); ++i)
        if (event_entity_[i] >= 0 && std::find(named.begin(), named.end(), event_entity_[i]) == named.end())
          named.push_back(event_entity_[i]);
      std::vector<std::vector<std::u32string>> kind_words(named.size());  // the kind's words each ends with
      for (size_t n = 0; n < named.size(); ++n) {
        const std::u32string bare = NameWithoutYear(out_.entities[static_cast<size_t>(named[n])].label);
        for (size_t len : {3u, 2u})
          if (bare.size() > len + 1) {
            const std::u32string w = bare.substr(bare.size() - len);
            if (std::find(std::begin(kKinds), std::end(kKinds), std::u32string_view(w)) != std::end(kKinds)) kind_words[n].push_back(w);
          }
        // (Any festival's, by the last three characters of a name ending in 節: 水燈節 for 「2026清邁水燈節」.)
        // (The report's own only: not next year's, 邀請廈門市組團參加2027澎湖國際海上花火節.)
        if (named[n] == own && kind_words[n].empty() && bare.size() >= 5 && bare.back() == U'節')
          kind_words[n].push_back(bare.substr(bare.size() - 3));
      }
      for (size_t n = 0; n < named.size(); ++n) {
        const int ev = named[n];
        std::vector<std::u32string> words = kind_words[n];
        if (ev != own)  // (another's word only where no other event of the text ends with it)
          std::erase_if(words, [&](const std::u32string& w) {
            for (size_t o = 0; o < named.size(); ++o)
              if (o != n && std::find(kind_words[o].begin(), kind_words[o].end(), w) != kind_words[o].end()) return true;
            return false;
          });
        // (Right after 在 or 於, more of the name's end may come before the word: 於人形劇節開幕活動中 for 形劇節.)
        const std::u32string ev_name = NameWithoutYear(out_.entities[static_cast<size_t>(ev)].label);
        // (A contest: a name ending in 賽, or a championship, 選手權大會 — its 比賽 and its rounds, 決賽, 預賽 ….)
        const bool contest = ev == own && (ev_name.ends_with(U"賽") || ev_name.find(U"選手權") != std::u32string::npos);
        static constexpr std::u32string_view kRounds[] = {U"決賽", U"預賽", U"複賽", U"初賽"};
        if (contest) {
          words.push_back(U"比賽");
          words.insert(words.end(), std::begin(kRounds), std::end(kRounds));
        }
        uint32_t last_ref = UINT32_MAX;
        for (uint32_t si = 0; (!words.empty() || ev == own) && si < sentences_.size(); ++si) {
          const Span s = sentences_[si];
          const std::u32string_view text(nt_.folded.data() + s.begin, s.size());
          bool ref = false;
          const bool holds_word = std::any_of(words.begin(), words.end(), [&](const std::u32string& w) {
            return text.find(w) != std::u32string_view::npos;
          });  // (the cheap test first)
          for (std::u32string_view verb : {U"參加", U"出席", U"在", U"於"})
            for (size_t at = holds_word ? text.find(verb) : std::u32string_view::npos; at != std::u32string_view::npos && !ref;
                 at = text.find(verb, at + 1)) {
              const bool locative = verb.size() == 1;
              std::u32string_view clause = text.substr(at + verb.size());
              clause = clause.substr(0, std::min(clause.size(), clause.find_first_of(U",，;；。「《")));
              // (Not the body of it that holds another event: 出席音樂節主辦之「…論壇」.)
              // (Nor the end of the event's name written whole, 出席二〇二七宮崎國際爵士音樂節開幕式: read as such, with its
              // inviter left out.)
              for (const std::u32string& w : words)
                if (const size_t k = clause.find(w);
                    k != std::u32string_view::npos &&
                    (!locative || ((k == 0 || ev_name.ends_with(clause.substr(0, k + w.size()))) && in_it(clause.substr(k + w.size())))))
                  ref = ref || (!ContainsAny(clause.substr(k + w.size(), 3), {U"主辦", U"舉辦", U"承辦", U"辦理", U"所辦"}) &&
                                !InsideEvent(static_cast<uint32_t>(clause.data() + k - nt_.folded.data())));
            }
          // (The report's own event, by its ceremony right after 於 or 在, performing or speaking there, in a sentence that
          // names no event: 本市民俗舞蹈團於開幕典禮壓軸演出…，由團長X帶領; its gala, 12日晚間於開幕晚會壓軸演出.)
          if (!ref && ev == own && ContainsAny(text, {U"開幕", U"閉幕"}) &&  // (the cheap test first)
              std::none_of(events_.begin(), events_.end(), [&](const EventHit& e) { return e.span.begin >= s.begin && e.span.begin < s.end; }))
            for (std::u32string_view at_word : {U"於", U"在"})
              for (size_t at = text.find(at_word); at != std::u32string_view::npos && !ref; at = text.find(at_word, at + 1))
                for (std::u32string_view ceremony : {U"開幕典禮", U"開幕式", U"閉幕典禮", U"閉幕式", U"開幕晚會", U"閉幕晚會"})
                  if (text.substr(at + 1).starts_with(ceremony)) {
                    const std::u32string_view next = text.substr(at + 1 + ceremony.size());
                    ref = ref || ContainsAny(next.substr(0, std::min<size_t>(next.size(), 6)), {U"演出", U"表演", U"致詞"}) ||
                          next.starts_with(U"中") || next.starts_with(U"上");
                  }
          // (Or a round of the contest opening the sentence, past its day: 7月27日決賽獲混合組第四名，隊長X代表受獎.)
          if (!ref && contest && holds_word) {
            const std::u32string_view opening = PastLeadingDay(Opening(s));
            ref = std::any_of(std::begin(kRounds), std::end(kRounds), [&](std::u32string_view w) { return opening.starts_with(w); });
          }
          const bool after_contest = contest && last_ref != UINT32_MAX && si == last_ref + 1 && Opening(s).starts_with(U"賽後");
          if (!ref && !after_contest) continue;
          if (ref) last_ref = si;
          for (auto it = std::lower_bound(person_occurrences_.begin(), person_occurrences_.end(), std::make_pair(s.begin, -1));
               it != person_occurrences_.end() && it->first < s.end; ++it)
            if (!PastMention(it->first)) add_attended(it->second, ev, si);
        }
      }
    }
    // (And the publishing government, where one of its own attended it: 縣長吳雅琳共同點亮主燈 at the festival the county
    // co-hosts.)
    if (own >= 0 && publisher_ >= 0 && !attended_seen.count({publisher_, own}))
      for (size_t r = 0; r < out_.relations.size(); ++r) {
        const Relation& rel = out_.relations[r];
        if (rel.kind != RelationKind::kAttended || rel.to != own || !IsPublisherSide(rel.from)) continue;
        auto it = std::upper_bound(sentences_.begin(), sentences_.end(), rel.evidence.start,
                                   [](uint32_t v, const Span& x) { return v < x.begin; });
        add_attended(publisher_, own, it == sentences_.begin() ? 0u : static_cast<uint32_t>(std::prev(it) - sentences_.begin()));
        break;
      }
    // (And another Taiwanese government whose head or deputy leads a delegation of its own to an event the sentence says
    // they attend: 新北市副市長X亦率團出席大會 — that city attended too.)
    if (publisher_ >= 0) {
      const std::string& country = out_.entities[static_cast<size_t>(publisher_)].country;
      std::map<int, int> fellow_gov;  // person -> the other Taiwanese government they head or deputize
      for (const Relation& r : out_.relations) {
        if (r.kind != RelationKind::kPost || r.to == publisher_ || (r.role != Role::kMayor && r.role != Role::kDeputyMayor)) continue;
        const Entity& g = out_.entities[static_cast<size_t>(r.to)];
        if (ontology::IsLocalGovernment(g.kind) && !country.empty() && g.country == country) fellow_gov.emplace(r.from, r.to);
      }
      const size_t before = out_.relations.size();
      for (size_t r = 0; r < before && !fellow_gov.empty(); ++r) {
        if (out_.relations[r].kind != RelationKind::kAttended) continue;
        const int person = out_.relations[r].from, ev = out_.relations[r].to;
        auto g = fellow_gov.find(person);
        if (g == fellow_gov.end()) continue;
        auto it = std::upper_bound(sentences_.begin(), sentences_.end(), out_.relations[r].evidence.start,
                                   [](uint32_t v, const Span& x) { return v < x.begin; });
        if (it == sentences_.begin()) continue;
        const uint32_t si = static_cast<uint32_t>(std::prev(it) - sentences_.begin());
        for (size_t k = first_person_in(si); k < persons_.size() && persons_[k].sentence == si; ++k) {
          if (person_entity_[k] != person) continue;
          const uint32_t q = detail::PastParenthesis(nt_.folded, persons_[k].name.end, sentences_[si].end, 40);
          const std::u32string_view after(nt_.folded.data() + q, std::min<size_t>(4, sentences_[si].end - q));
          if (after.starts_with(U"率團") || after.starts_with(U"亦率團") || after.starts_with(U"也率團")) {
            add_attended(g->second, ev, si);
            break;
          }
        }
      }
    }
    // (And, at an exhibition, who leads the publisher's pavilion there: 花蓮館由觀光處李淑華處長帶隊.)
    bool exhibition = false;
    for (size_t i = 0; i < events_.size(); ++i)
      if (event_entity_[i] == own) {
        std::u32string bare = NameWithoutYear(events_[i].name);
        exhibition = exhibition || bare.ends_with(U"展") || bare.ends_with(U"博覽會") || bare.ends_with(U"展覽會");
      }
    for (uint32_t si = 0; own >= 0 && exhibition && si < sentences_.size(); ++si) {
      Span s = sentences_[si];
      std::u32string_view text(nt_.folded.data() + s.begin, s.size());
      size_t by = text.find(U"館由");
      if (by == std::u32string_view::npos || !ContainsAny(text.substr(by), {U"帶隊", U"率隊", U"領隊", U"領軍"})) continue;
      auto lo = std::lower_bound(person_occurrences_.begin(), person_occurrences_.end(),
                                 std::make_pair(s.begin + static_cast<uint32_t>(by), -1));
      if (lo != person_occurrences_.end() && lo->first < s.end) add_attended(lo->second, own, si);
    }
    // (And, at an exhibition, those the text places at a stand there — 處長X於臺灣館舞台介紹…, 在本縣展位接待… — or names in
    // a paragraph that opens with the stand receiving visitors: 臺東專區共接待旅行業者42家。處長與經理Y洽談….)
    // (And the sentence right after one at a stand, adding those also there: …於臺灣館與X交流…。駐英國代表處組長Y亦到場協助。)
    uint32_t last_stand = UINT32_MAX;
    for (uint32_t si = 0; own >= 0 && exhibition && si < sentences_.size(); ++si) {
      const Span s = sentences_[si];
      const std::u32string_view text(nt_.folded.data() + s.begin, s.size());
      if (last_stand != UINT32_MAX && si == last_stand + 1 &&
          ContainsAny(text, {U"亦到場", U"也到場", U"亦出席", U"也出席", U"亦在場", U"亦蒞臨", U"一同出席"})) {
        for (auto it = std::lower_bound(person_occurrences_.begin(), person_occurrences_.end(), std::make_pair(s.begin, -1));
             it != person_occurrences_.end() && it->first < s.end; ++it)
          if (!PastMention(it->first)) add_attended(it->second, own, si);
        continue;
      }
      const std::u32string_view opening = Opening(s);
      bool at_stand = false, opens_with_stand = false;
      size_t stand_at = 0;
      for (std::u32string_view w : {U"館", U"專區", U"展位", U"攤位", U"展區"})
        for (size_t at = text.find(w); at != std::u32string_view::npos && !at_stand; at = text.find(w, at + 1)) {
          const auto pos = s.begin + static_cast<uint32_t>(at);
          uint32_t run = pos;
          if (w == U"館") {  // (a pavilion named for a place: 臺灣館, 花蓮館 — not a museum)
            const int k = SegEndingAt(pos);
            if (k < 0 || (segs_[static_cast<size_t>(k)].kind != SegKind::kPlace && segs_[static_cast<size_t>(k)].kind != SegKind::kCountry &&
                          segs_[static_cast<size_t>(k)].kind != SegKind::kSelf))
              continue;
            run = segs_[static_cast<size_t>(k)].span.begin;
          } else {
            while (run > s.begin && pos - run < 4 && IsHan(nt_.folded[run - 1]) && nt_.folded[run - 1] != U'於' && nt_.folded[run - 1] != U'在')
              --run;
          }
          // (Or a guest of the other side visits it: 拉斯維加斯市長X參觀臺中館，與張局長…交流 — all there were at the show.)
          bool visited = run >= s.begin + 2 && ContainsAny(std::u32string_view(nt_.folded.data() + run - 2, 2),
                                                           {U"參觀", U"造訪", U"蒞臨", U"走訪"});
          if (visited) {
            const auto guest = std::lower_bound(person_occurrences_.begin(), person_occurrences_.end(), std::make_pair(s.begin, -1));
            visited = guest != person_occurrences_.end() && guest->first < run - 2 && !IsPublisherSide(guest->second);
          }
          const bool placed = (run > s.begin && (nt_.folded[run - 1] == U'於' || nt_.folded[run - 1] == U'在')) || visited;
          const bool subject = run == static_cast<uint32_t>(opening.data() - nt_.folded.data()) &&
                               ContainsAny(text.substr(at + w.size(), 4), {U"共接待", U"接待", U"吸引"});
          at_stand = placed || subject;
          opens_with_stand = subject;
          stand_at = at;
        }
      if (!at_stand) continue;
      last_stand = si;
      uint32_t end = s.end;
      // (Not those a later clause calls on: …於臺灣館設置專區…，並於3月6日拜會波茨坦市政府，與局長Y….)
      for (std::u32string_view call : {U"拜會", U"拜訪", U"參訪", U"會見", U"前往"})
        if (const size_t at = text.find(call, stand_at); at != std::u32string_view::npos) end = std::min(end, s.begin + static_cast<uint32_t>(at));
      // (The paragraph's later sentences too, where the stand opens it: up to the line's end.)
      if (opens_with_stand && end == s.end) {
        const size_t line_end = nt_.folded.find(U'\n', s.begin);
        end = static_cast<uint32_t>(std::min(line_end, nt_.folded.size()));
      }
      auto lo = std::lower_bound(person_occurrences_.begin(), person_occurrences_.end(), std::make_pair(s.begin, -1));
      for (auto it = lo; it != person_occurrences_.end() && it->first < end; ++it)
        if (!PastMention(it->first)) {
          uint32_t k = si;
          while (k + 1 < sentences_.size() && sentences_[k + 1].begin <= it->first) ++k;
          add_attended(it->second, own, k);
        }
    }
    // (And the persons of a table of its participants, under a line that says so: 附錄：與會城市代表一覽 / 國家⇥城市⇥代表⇥
    // 職稱 / one row each.)
    std::vector<Span> tables = ParticipantTables();
    tables.insert(tables.end(), signatory_tables.begin(), signatory_tables.end());  // (who signed there was there)
    if (own >= 0)
      for (Span table : tables) {
        auto lo = std::lower_bound(persons_.begin(), persons_.end(), table.begin,
                                   [](const PersonHit& h, uint32_t v) { return h.name.begin < v; });
        for (auto it = lo; it != persons_.end() && it->name.begin < table.end; ++it)
          if (person_entity_[static_cast<size_t>(it - persons_.begin())] >= 0)
            add_attended(person_entity_[static_cast<size_t>(it - persons_.begin())], own, it->sentence);
      }
  }
  // 會議期間，侯市長分別與以下城市首長會面：…; 代表團於會議期間…與各國代表交流，包括A、B…: those a sentence says were met
  // while the conference lasted (會議期間, 大會期間, 論壇期間, 峰會期間) were at it — the last event named up to there that
  // the publisher attended (sample 004's gold: "persons met 於會議期間" attended the congress). A sentence ending in a
  // colon goes on in the bulleted lines right under it.
  for (uint32_t si = 0; si < sentences_.size() && !events_.empty() && publisher_ >= 0; ++si) {
    const Span s = sentences_[si];
    const std::u32string_view whole(nt_.folded.data() + s.begin, s.size());
    size_t during = std::u32string_view::npos;
    for (std::u32string_view w : {std::u32string_view(U"會議期間"), std::u32string_view(U"大會期間"), std::u32string_view(U"論壇期間"),
                                  std::u32string_view(U"峰會期間"), std::u32string_view(U"年會期間")})
      during = std::min(during, whole.find(w));
    if (during == std::u32string_view::npos) continue;
    // (One named with its year or edition, not a session of it named alone: 全體論壇 of sample 004's congress.)
    int ev = -1;
    for (size_t i = 0; i < events_.size(); ++i) {
      const std::u32string name = ToU32(events_[i].name);
      const bool edition = std::any_of(name.begin(), name.end(), [](char32_t c) { return (c >= U'0' && c <= U'9') || c == U'屆'; });
      if (events_[i].sentence <= si && edition && attended_seen.count({publisher_, event_entity_[i]})) ev = event_entity_[i];
    }
    if (ev < 0) continue;
    uint32_t end = s.end;
    // (Clauses after ；go on with the same while: 會議期間，A與B會談；C拜會D；….)
    for (uint32_t sj = si; sj + 1 < sentences_.size(); ++sj) {
      uint32_t q = sentences_[sj].end;
      while (q > sentences_[sj].begin && nt_.folded[q - 1] == U' ') --q;
      if (q == sentences_[sj].begin || (nt_.folded[q - 1] != U';' && nt_.folded[q - 1] != U'；')) break;
      end = sentences_[sj + 1].end;
    }
    {
      uint32_t q = s.end;
      while (q > s.begin && (nt_.folded[q - 1] == U' ' || nt_.folded[q - 1] == U'\n')) --q;
      if (q > s.begin && nt_.folded[q - 1] == U':')
        for (uint32_t sj = si + 1; sj < sentences_.size(); ++sj) {
          const Span n = sentences_[sj];
          uint32_t b = n.begin;
          while (b < n.end && nt_.folded[b] == U' ') ++b;
          // (the next line, not past a blank one)
          const std::u32string_view gap(nt_.folded.data() + end, b - std::min(b, end));
          if (b >= n.end || std::count(gap.begin(), gap.end(), U'\n') > 1 || PastBullets(nt_.folded, b, b + 1) == b) break;
          end = n.end;
        }
    }
    // (Those after the phrase, up to another event the sentence names: a long summary goes on to other things.)
    const uint32_t from = s.begin + static_cast<uint32_t>(during);
    for (const auto& e : events_)
      if (e.span.begin > from && e.span.begin < end) end = e.span.begin;
    auto lo = std::lower_bound(person_occurrences_.begin(), person_occurrences_.end(), std::make_pair(from, -1));
    for (auto it = lo; it != person_occurrences_.end() && it->first < end; ++it)
      if (!PastMention(it->first)) add_attended(it->second, ev, si);
  }
  // 參觀COP31藍區城市館，與…本部長X交流: those a sentence says were met at the event's own venue (its name, then a hall's
  // or zone's word) were at the event, where the publisher attended it.
  for (size_t i = 0; i < events_.size() && publisher_ >= 0; ++i) {
    const int ev = event_entity_[i];
    if (ev < 0 || !attended_seen.count({publisher_, ev})) continue;
    const Span s = sentences_[events_[i].sentence];
    const uint32_t q = events_[i].span.end;
    bool venue = false;
    for (uint32_t e = q + 1; e <= q + 6 && e <= s.end && IsHan(nt_.folded[e - 1]); ++e) {
      const std::u32string_view run(nt_.folded.data() + q, e - q);
      venue = venue || run.ends_with(U"館") || run.ends_with(U"會場") || run.ends_with(U"展區") || run.ends_with(U"藍區") ||
              run.ends_with(U"綠區");
    }
    if (!venue) continue;
    const std::u32string_view after(nt_.folded.data() + q, s.end - q);
    const size_t with = after.find(U'與');
    if (with == std::u32string_view::npos || !ContainsAny(after.substr(with), {U"交流", U"會晤", U"會面", U"會談", U"晤談", U"見面"})) continue;
    auto lo = std::lower_bound(person_occurrences_.begin(), person_occurrences_.end(), std::make_pair(q + static_cast<uint32_t>(with), -1));
    for (auto it = lo; it != person_occurrences_.end() && it->first < s.end; ++it) add_attended(it->second, ev, events_[i].sentence);
  }
  // 出席IFTF開幕典禮，…；賴局長並於臺中花卉主題館接待…代表X參觀: those the delegation receives at its pavilion, in a clause
  // going on (after ；) from one on attending the event, were at the event.
  for (uint32_t si = 1; si < sentences_.size() && publisher_ >= 0; ++si) {
    const Span prev = sentences_[si - 1], s = sentences_[si];
    uint32_t q = prev.end;
    while (q > prev.begin && nt_.folded[q - 1] == U' ') --q;
    if (q == prev.begin || (nt_.folded[q - 1] != U';' && nt_.folded[q - 1] != U'；')) continue;
    const std::u32string_view text(nt_.folded.data() + s.begin, s.size());
    size_t hall = text.find(U"館接待");
    if (hall == std::u32string_view::npos) hall = text.find(U"館內接待");
    if (hall == std::u32string_view::npos) continue;
    int ev = -1;
    for (size_t i = 0; i < events_.size(); ++i)
      if (events_[i].sentence == si - 1 && event_entity_[i] >= 0 && attended_seen.count({publisher_, event_entity_[i]})) ev = event_entity_[i];
    if (ev < 0) continue;
    auto lo = std::lower_bound(person_occurrences_.begin(), person_occurrences_.end(), std::make_pair(s.begin + static_cast<uint32_t>(hall), -1));
    for (auto it = lo; it != person_occurrences_.end() && it->first < s.end; ++it) add_attended(it->second, ev, si);
  }
  // 會中並與A、B會面: a sentence that opens with "in the meeting" names persons who were at the event the sentences just
  // before name (one the publisher attended): they attended it.
  for (uint32_t si = 0; si < sentences_.size() && !events_.empty(); ++si) {
    Span s = sentences_[si];
    // (Or a clause of the sentence naming the event: 出席…「2026 WeGO執行委員會」，會中蘇副市長與A及B會面.)
    {
      const std::u32string_view whole(nt_.folded.data() + s.begin, s.size());
      const size_t during = whole.find(U",會中");
      int ev = -1;
      for (size_t i = 0; i < events_.size() && during != std::u32string_view::npos; ++i)
        if (events_[i].sentence == si && events_[i].span.end <= s.begin + during) ev = event_entity_[i];
      if (ev >= 0 && attended_seen.count({publisher_, ev})) {
        auto lo = std::lower_bound(person_occurrences_.begin(), person_occurrences_.end(),
                                   std::make_pair(s.begin + static_cast<uint32_t>(during), -1));
        for (auto it = lo; it != person_occurrences_.end() && it->first < s.end; ++it) add_attended(it->second, ev, si);
        continue;
      }
    }
    if (si == 0) continue;
    std::u32string_view text(nt_.folded.data() + s.begin, std::min<size_t>(s.size(), 12));
    text = text.substr(std::min(text.size(), text.find_first_not_of(U" \n")));
    // (Or, after its subject, 於會中: 吳科長於會中簡報…，並與…代表Y交換合作意見.)
    const size_t in_meeting = text.find(U"於會中");
    if (!(text.starts_with(U"會中") || text.starts_with(U"會議中") || text.starts_with(U"大會中") || text.starts_with(U"席間") ||
          (in_meeting != std::u32string_view::npos && in_meeting <= 6)))
      continue;
    int ev = -1;
    uint32_t ev_sentence = 0;
    for (size_t i = 0; i < events_.size(); ++i)
      if (events_[i].sentence < si && si - events_[i].sentence <= 6) {
        ev = event_entity_[i];
        ev_sentence = events_[i].sentence;
      }
    if (ev < 0 || !attended_seen.count({publisher_, ev})) continue;
    // (Not when a call comes between: 拜會福岡市議會，由議長X接見。會中並與Y交換… is that call's meeting.)
    bool call_between = false;
    for (uint32_t j = ev_sentence + 1; j < si && !call_between; ++j)
      call_between = ContainsAny(std::u32string_view(nt_.folded.data() + sentences_[j].begin, sentences_[j].size()),
                                 {U"拜會", U"接見", U"會見", U"拜訪", U"參訪"});
    if (call_between) continue;
    auto lo = std::lower_bound(person_occurrences_.begin(), person_occurrences_.end(), std::make_pair(s.begin, -1));
    for (auto it = lo; it != person_occurrences_.end() && it->first < s.end; ++it) add_attended(it->second, ev, si);
  }
  // The last event named before sentence si that the publisher attended and `named` accepts (the event's hit), or -1.
  auto last_attended_before = [&](uint32_t si, auto named) {
    int ev = -1;
    for (size_t i = 0; i < events_.size() && events_[i].sentence < si; ++i)
      if (event_entity_[i] >= 0 && attended_seen.count({publisher_, event_entity_[i]}) && named(events_[i])) ev = event_entity_[i];
    return ev;
  };
  // Does sentence si name an event? And those named in the clause of a verb at `verb` of sentence si, before it, attended
  // event ev.
  auto names_event = [&](uint32_t si) {
    return std::any_of(events_.begin(), events_.end(), [&](const EventHit& e) { return e.sentence == si; });
  };
  auto attend_clause_before = [&](uint32_t si, size_t verb, int ev) {
    const Span s = sentences_[si];
    const std::u32string_view text(nt_.folded.data() + s.begin, s.size());
    const size_t clause = text.substr(0, verb).find_last_of(U",，;；");
    attend_named_in(s.begin + static_cast<uint32_t>(clause == std::u32string_view::npos ? 0 : clause + 1),
                    s.begin + static_cast<uint32_t>(verb), ev, si);
  };
  // 竹山鎮長X也與…一同出席開幕式: a sentence naming no event that says one attended an opening (a closing) names who was at
  // the event whose opening the text told before — one the publisher attended.
  for (uint32_t si = 1; si < sentences_.size() && publisher_ >= 0 && !events_.empty(); ++si) {
    const Span s = sentences_[si];
    const std::u32string_view text(nt_.folded.data() + s.begin, s.size());
    if (text.find(U'幕') == std::u32string_view::npos) continue;  // (one search for most sentences)
    size_t verb = std::u32string_view::npos;
    for (std::u32string_view w : {U"出席開幕式", U"出席開幕典禮", U"參加開幕式", U"參加開幕典禮", U"出席閉幕式", U"出席閉幕典禮"})
      verb = std::min(verb, text.find(w));
    if (verb == std::u32string_view::npos || names_event(si)) continue;
    const std::u32string_view part = text.substr(verb + 2, 2) == U"閉幕" ? U"閉幕" : U"開幕";
    // (Its opening told right after its name, 「…雙年展」開幕式, or after it before this sentence: （一）出席「…論壇」 / 11月3日
    // 於…出席開幕式.)
    const int ev = last_attended_before(si, [&](const EventHit& e) {
      uint32_t q = e.span.end;
      if (q < nt_.folded.size() && (nt_.folded[q] == U'」' || nt_.folded[q] == U'』')) ++q;
      return std::u32string_view(nt_.folded.data() + q, s.begin - q).find(part) != std::u32string_view::npos;
    });
    if (ev >= 0) attend_clause_before(si, verb, ev);
  }
  // 開展首日，…處長X到場為高雄館剪綵: a sentence naming no event that opens with the first day of an exhibition or an
  // opening's day tells of the last event the publisher attended named before — those it names were there.
  for (uint32_t si = 1; si < sentences_.size() && publisher_ >= 0 && !events_.empty(); ++si) {
    const std::u32string_view text(nt_.folded.data() + sentences_[si].begin, sentences_[si].size());
    if (text.find(U'展') == std::u32string_view::npos && text.find(U'幕') == std::u32string_view::npos) continue;  // (one search for most)
    const std::u32string_view opening = PastLeadingDay(PastListNumber(Opening(sentences_[si])));
    if (!ContainsAny(opening.substr(0, 4), {U"開展首日", U"開展當日", U"開展當天", U"展期首日", U"開幕當天", U"開幕當日", U"開幕首日"}) ||
        names_event(si))
      continue;
    const int ev = last_attended_before(si, [](const EventHit&) { return true; });
    if (ev >= 0) attend_named_in(sentences_[si].begin, sentences_[si].end, ev, si);
  }
  // 東京都副知事X15日參觀臺南館: a sentence naming no event in which one visits the pavilion the publisher set up at an
  // event it attended (…「…」，並設置臺南館…) names who was at that event — those before the verb in its clause.
  for (uint32_t si = 1; si < sentences_.size() && publisher_ >= 0 && !events_.empty(); ++si) {
    const std::u32string_view text(nt_.folded.data() + sentences_[si].begin, sentences_[si].size());
    if (text.find(U'館') == std::u32string_view::npos || !ContainsAny(text, {U"參觀", U"造訪", U"蒞臨", U"走訪", U"參訪"}) ||
        names_event(si))
      continue;  // (one search for most sentences)
    // (The pavilion the sentence of an attended event sets up: the run after 設置 or 設立 up to 館.)
    std::u32string pavilion;
    const int ev = last_attended_before(si, [&](const EventHit& e) {
      const Span es = sentences_[e.sentence];
      const std::u32string_view et(nt_.folded.data() + es.begin, es.size());
      for (std::u32string_view set : {U"設置", U"設立"})
        if (const size_t at = et.find(set); at != std::u32string_view::npos) {
          const size_t hall = et.find(U'館', at);
          if (hall != std::u32string_view::npos && hall > at + 3 && hall - at <= 10) {
            pavilion = std::u32string(et.substr(at + 2, hall + 1 - at - 2));
            return true;
          }
        }
      return false;
    });
    if (ev < 0 || pavilion.empty()) continue;
    for (std::u32string_view visit : {U"參觀", U"造訪", U"蒞臨", U"走訪", U"參訪"})
      if (const size_t at = text.find(std::u32string(visit) + pavilion); at != std::u32string_view::npos) {
        attend_clause_before(si, at, ev);
        break;
      }
  }
  // 22日開賽儀式由宇都宮市長X及…Y共同主持: a sentence naming no event whose opening ceremony (開幕典禮, 開賽儀式, …) is
  // hosted or opened by those named after 由 (…主持, …致詞) tells of the last event the publisher attended named before —
  // they were there. So is an award ceremony's presenter (頒獎典禮於5日晚間舉行，由副市長X頒發獎狀: where and when it was
  // held may stand between), and those the clauses after say were there too (…，潘局長率隊出席並代表領獎；處長Y亦到場…).
  for (uint32_t si = 1; si < sentences_.size() && publisher_ >= 0 && !events_.empty(); ++si) {
    const std::u32string_view text(nt_.folded.data() + sentences_[si].begin, sentences_[si].size());
    // (One pass over most sentences for the three characters the ceremonies' words open with.)
    if (std::none_of(text.begin(), text.end(), [](char32_t c) { return c == U'開' || c == U'頒' || c == U'閉'; })) continue;
    size_t ceremony = std::u32string_view::npos, ceremony_end = 0;
    for (std::u32string_view c : {U"開幕典禮", U"開幕式", U"開幕儀式", U"開賽儀式", U"開賽典禮", U"頒獎典禮", U"頒獎儀式", U"閉幕典禮", U"閉幕式"})
      if (const size_t at = text.find(c); at < ceremony) {
        ceremony = at;
        ceremony_end = at + c.size();
      }
    if (ceremony == std::u32string_view::npos || names_event(si)) continue;
    size_t by = ceremony_end;
    // (Past where and when it was held: 於5日晚間舉行，.)
    if (by < text.size() && (text[by] == U'於' || text[by] == U'在'))
      if (const size_t comma = text.find_first_of(U",，", by); comma != std::u32string_view::npos && comma - by <= 20 &&
                                                                 (text.substr(by, comma - by).ends_with(U"舉行") ||
                                                                  text.substr(by, comma - by).ends_with(U"舉辦")))
        by = comma;
    if (by < text.size() && (text[by] == U',' || text[by] == U'，')) ++by;
    if (by >= text.size() || text[by] != U'由') continue;
    const size_t clause_end = std::min(text.find_first_of(U",，;；。", by), text.size());
    const std::u32string_view clause = text.substr(by, clause_end - by);
    const size_t verb = std::min({clause.find(U"主持"), clause.find(U"致詞"), clause.find(U"頒發"), clause.find(U"頒獎"), clause.find(U"頒贈")});
    if (verb == std::u32string_view::npos) continue;
    // (The ceremony of an event named by its kind's word, 年會開幕式: the last of that kind.)
    std::u32string_view kind;
    for (std::u32string_view k : detail::kEventKindWords)
      if (text.substr(0, ceremony).ends_with(k) && k.size() > kind.size()) kind = k;
    const int ev = last_attended_before(si, [&](const EventHit& e) {
      return kind.empty() || Gazetteer::Fold(ToU32(e.name)).find(kind) != std::u32string::npos;
    });
    if (ev < 0) continue;
    attend_named_in(sentences_[si].begin + static_cast<uint32_t>(by), sentences_[si].begin + static_cast<uint32_t>(by + verb), ev, si);
    // (The clauses after it, and the sentences a semicolon joins to it, that say one was there: 出席, 到場, 觀禮, 領獎.)
    uint32_t k = si;
    size_t from = clause_end;
    for (int joined = 0; joined < 3; ++joined) {
      const Span ks = sentences_[k];
      const std::u32string_view kt(nt_.folded.data() + ks.begin, ks.size());
      while (from < kt.size()) {
        const size_t next = std::min(kt.find_first_of(U",，;；。", from + 1), kt.size());
        const std::u32string_view part = kt.substr(from, next - from);
        if (ContainsAny(part, {U"出席", U"到場", U"觀禮", U"領獎"}))
          attend_named_in(ks.begin + static_cast<uint32_t>(from), ks.begin + static_cast<uint32_t>(next), ev, k);
        from = next;
      }
      if (k + 1 >= sentences_.size() || sentences_[k + 1].begin != ks.end || ks.end == 0 ||
          (nt_.folded[ks.end - 1] != U'；' && nt_.folded[ks.end - 1] != U';') || names_event(k + 1))
        break;
      ++k;
      from = 0;
    }
  }
  // 雪雕隊由藝術家X擔任隊長，隊員包括Y及Z: a sentence naming no event that opens with a team (…隊), right after one in its
  // paragraph naming that team and an event the publisher attended (「花蓮太魯閣雪雕隊」參加…「…大賽」), names who was
  // there with it.
  for (uint32_t si = 1; si < sentences_.size() && publisher_ >= 0 && !events_.empty(); ++si) {
    // (One search of the sentence's first characters for most sentences.)
    if (std::u32string_view(nt_.folded.data() + sentences_[si].begin, std::min<size_t>(sentences_[si].size(), 24)).find(U'隊') ==
        std::u32string_view::npos)
      continue;
    const std::u32string_view opening = PastLeadingDay(PastListNumber(Opening(sentences_[si])));
    const size_t team_end = opening.substr(0, 7).find(U'隊');
    if (team_end == std::u32string_view::npos || team_end < 1 || names_event(si) || sentences_[si - 1].end > sentences_[si].begin ||
        std::u32string_view(nt_.folded.data() + sentences_[si - 1].end, sentences_[si].begin - sentences_[si - 1].end).find(U'\n') !=
            std::u32string_view::npos)
      continue;
    const std::u32string_view team = opening.substr(0, team_end + 1);
    if (!std::all_of(team.begin(), team.end(), [](char32_t c) { return IsHan(c); })) continue;
    const Span prev = sentences_[si - 1];
    if (std::u32string_view(nt_.folded.data() + prev.begin, prev.size()).find(team) == std::u32string_view::npos) continue;
    const int ev = last_attended_before(si, [&](const EventHit& e) { return e.sentence + 1 == si; });
    if (ev >= 0) attend_named_in(sentences_[si].begin, sentences_[si].end, ev, si);
  }
  // Those named before `verb` in sentence si attended the event named in the sentence right before, one the publisher
  // attended, where si names none and goes on the same paragraph.
  auto attend_in_sentence_after_event = [&](uint32_t si, size_t verb) {
    const uint32_t gap = sentences_[si - 1].end;
    if (names_event(si) || std::u32string_view(nt_.folded.data() + gap, sentences_[si].begin - gap).find(U'\n') != std::u32string_view::npos)
      return;
    const int ev = last_attended_before(si, [&](const EventHit& e) { return e.sentence + 1 == si; });
    if (ev >= 0) attend_clause_before(si, verb, ev);
  };
  // 福岡市副市長X以視訊方式致詞: the sentence right after one naming an event the publisher attended, in the same
  // paragraph and naming none, tells who spoke there — its speaker attended.
  for (uint32_t si = 1; si < sentences_.size() && publisher_ >= 0 && !events_.empty(); ++si) {
    const Span s = sentences_[si];
    const std::u32string_view text(nt_.folded.data() + s.begin, s.size());
    if (text.find(U'致') == std::u32string_view::npos) continue;  // (one search for most sentences)
    size_t verb = std::u32string_view::npos;
    for (std::u32string_view w : {U"致詞", U"致辭", U"致賀詞", U"致歡迎詞", U"致開幕詞"}) verb = std::min(verb, text.find(w));
    if (verb != std::u32string_view::npos) attend_in_sentence_after_event(si, verb);
  }
  // 研考會主任委員X隨行: a sentence right after one naming an event the publisher attended, in the same paragraph and
  // naming none, that ends saying who went along (隨行, 同行, 陪同前往), or who was there too (亦出席), names more of those
  // who were there.
  for (uint32_t si = 1; si < sentences_.size() && publisher_ >= 0 && !events_.empty(); ++si) {
    const Span s = sentences_[si];
    std::u32string_view text(nt_.folded.data() + s.begin, s.size());
    while (!text.empty() && (text.back() == U'。' || text.back() == U'\n' || text.back() == U' ')) text.remove_suffix(1);
    size_t verb = std::u32string_view::npos;
    for (std::u32string_view w : {U"隨行", U"同行", U"陪同前往"})
      if (text.ends_with(w)) verb = text.size() - w.size();
    // (Or saying who was there too, the event named by its kind's word or not at all: 駐新加坡台北代表處代表X亦出席慶典.)
    // (Its last such word, found from its first character: one scan of the sentence.)
    size_t too = std::u32string_view::npos, too_end = 0;
    for (size_t k = verb == std::u32string_view::npos ? text.find_first_of(U"亦也一") : std::u32string_view::npos;
         k != std::u32string_view::npos; k = text.find_first_of(U"亦也一", k + 1))
      for (std::u32string_view w : {U"亦出席", U"也出席", U"亦到場", U"亦與會", U"一同出席"})
        if (text.substr(k).starts_with(w)) {
          too = k;
          too_end = k + w.size();
        }
    if (too != std::u32string_view::npos) {
      const std::u32string_view rest = text.substr(too_end);
      if (rest.empty() || (rest.size() <= 5 && std::all_of(rest.begin(), rest.end(), IsHan) &&
                           ContainsAny(rest, {U"慶典", U"典禮", U"儀式", U"開幕式", U"大會", U"論壇", U"年會", U"峰會", U"會議", U"活動"})))
        verb = too;
    }
    if (verb != std::u32string_view::npos) attend_in_sentence_after_event(si, verb);
  }
  // 陳議長於「…」場次分享…，同場與談者為Y: a sentence naming no event that lists the speakers of a session, in the
  // paragraph of a sentence naming an event the publisher attended (the report's own event is read so above; this is
  // another one, or one the head does not name), names who was at that event.
  for (uint32_t si = 1; si < sentences_.size() && publisher_ >= 0 && !events_.empty(); ++si) {
    const Span s = sentences_[si];
    const std::u32string_view text(nt_.folded.data() + s.begin, s.size());
    if (text.find(U"與談") == std::u32string_view::npos && text.find(U'講') == std::u32string_view::npos &&
        text.find(U'同') == std::u32string_view::npos)
      continue;  // (one scan for most sentences)
    if (names_event(si) || !NamesSessionSpeakers(text)) continue;
    // (The same session, 同一場次, points back at one told before with the event's name, in another paragraph maybe:
    // 並於25日「城市水韌性」場次中分享… ⏎ 聯盟秘書長X在同一場次中表示….)
    const bool same_session = text.find(U"同一場次") != std::u32string_view::npos;
    const int ev = last_attended_before(si, [&](const EventHit& e) {
      const Span es = sentences_[e.sentence];
      if (same_session && std::u32string_view(nt_.folded.data() + es.begin, es.size()).find(U"場次") != std::u32string_view::npos)
        return true;
      return std::u32string_view(nt_.folded.data() + es.end, s.begin - es.end).find(U'\n') == std::u32string_view::npos;
    });
    if (ev >= 0) attend_named_in(s.begin, s.end, ev, si);
  }
  // (In English, a sentence opening at the event by its kind word — At the forum's opening…, At the summit, … — names
  // who was at the event of that kind named before, one the publisher attended: Mayor Chen spoke alongside X and Y.)
  for (uint32_t si = 1; si < sentences_.size() && publisher_ >= 0 && !events_.empty(); ++si) {
    const Span s = sentences_[si];
    const std::u32string_view text(nt_.folded.data() + s.begin, s.size());
    if (!text.starts_with(U"at the ")) continue;
    size_t w = 7;
    while (w < text.size() && IsLatinLetter(text[w])) ++w;
    const std::u32string_view kind = text.substr(7, w - 7);
    if (kind.size() < 4 || !(text.substr(w).starts_with(U"'s ") || text.substr(w).starts_with(U",") || text.substr(w).starts_with(U" "))) continue;
    const int ev = last_attended_before(si, [&](const EventHit& e) {
      return std::u32string_view(nt_.folded.data() + e.span.begin, e.span.size()).ends_with(kind);
    });
    if (ev >= 0) attend_named_in(s.begin, s.end, ev, si);
  }
  // (In English, a sentence naming no event that lists a session's speakers — Speakers at the session included X,
  // Director of …, and Y — in the paragraph of one naming an event the publisher attended: they were at it.)
  for (uint32_t si = 1; si < sentences_.size() && publisher_ >= 0 && !events_.empty(); ++si) {
    const Span s = sentences_[si];
    std::u32string_view text(nt_.folded.data() + s.begin, s.size());
    text.remove_prefix(std::min(text.size(), text.find_first_not_of(U" \n")));
    bool speakers = false;
    for (std::u32string_view w : {U"speakers ", U"other speakers ", U"fellow speakers ", U"panelists ", U"panellists "})
      speakers = speakers || text.starts_with(w);
    const size_t included = text.find(U" included ");
    if (!speakers || included == std::u32string_view::npos || included > 40 || names_event(si)) continue;
    const int ev = last_attended_before(si, [&](const EventHit& e) {
      const Span es = sentences_[e.sentence];
      return std::u32string_view(nt_.folded.data() + es.end, s.begin - es.end).find(U'\n') == std::u32string_view::npos;
    });
    if (ev >= 0) attend_named_in(s.begin + static_cast<uint32_t>(included), s.end, ev, si);
  }
  // (And a paragraph of an English text opening on an event by its kind word, saying it opened or was held — The forum
  // opened on November 20 with a keynote by X. Speakers … included Y and Z. W chaired the closing session. — names who
  // was at the event of that kind named last before: one the publisher attended, or its own, named after it (2026
  // Tainan International Forum…), which it then attended too. The day the sentence writes dates one dated by no day.)
  for (uint32_t si = 1; si < sentences_.size() && publisher_ >= 0 && !events_.empty(); ++si) {
    const Span s = sentences_[si];
    std::u32string_view text(nt_.folded.data() + s.begin, s.size());
    text.remove_prefix(std::min(text.size(), text.find_first_not_of(U" \n")));
    if (!text.starts_with(U"the ")) continue;
    size_t w = 4;
    while (w < text.size() && IsLatinLetter(text[w])) ++w;
    const std::u32string_view kind = text.substr(4, w - 4);
    const std::u32string_view rest = text.substr(w);
    if (kind.size() < 3 || !(rest.starts_with(U" opened") || rest.starts_with(U" was held") || rest.starts_with(U" took place") ||
                             rest.starts_with(U" kicked off") || rest.starts_with(U" began")))
      continue;
    int ev = -1;
    // (Its kind a word of its name: …Forum on Historic Urban Landscapes.)
    const std::u32string word = U" " + std::u32string(kind);
    for (size_t i = 0; i < events_.size() && events_[i].sentence < si; ++i) {
      const std::u32string name = Gazetteer::Fold(ToU32(events_[i].name));
      const size_t at = name.find(word);
      if (event_entity_[i] >= 0 && at != std::u32string::npos && (at + word.size() == name.size() || name[at + word.size()] == U' '))
        ev = event_entity_[i];
    }
    if (ev < 0) continue;
    if (!attended_seen.count({publisher_, ev})) {
      const std::u32string name = Gazetteer::Fold(ToU32(out_.entities[static_cast<size_t>(ev)].label));
      const Entity& pub = out_.entities[static_cast<size_t>(publisher_)];
      bool own = false;
      for (const std::string* n : {&pub.label})
        own = own || name.find(Gazetteer::Fold(ToU32(*n))) != std::u32string::npos;
      std::vector<std::string> names = pub.names;
      names.push_back(pub.label_en);
      for (const std::string& n : names) {
        // (Its English name without its kind too: Chiayi of Chiayi City.)
        std::u32string written = Gazetteer::Fold(ToU32(n));
        for (std::u32string_view suffix : {std::u32string_view(U" city"), std::u32string_view(U" county")})
          if (written.size() > suffix.size() + 3 && written.ends_with(suffix)) written.resize(written.size() - suffix.size());
        own = own || (written.size() >= 4 && name.find(written) != std::u32string::npos);
      }
      if (!own) continue;
      add_attended(publisher_, ev, si);
    }
    // (The day it opened on, written right after the verb, over a day read near its name before — on November 19, on
    // the eve of the … Forum.)
    Entity& e = out_.entities[static_cast<size_t>(ev)];
    const size_t on = rest.find(U" on ");
    if (on != std::u32string_view::npos && on <= 12)
      for (const auto& d : FindDates(nt_.text, s.begin, s.end)) {
        if (d.date.month == 0 || d.date.day == 0) continue;
        Date dd = d.date;
        if (!d.has_year) dd.year = e.date.valid() ? e.date.year : DefaultDate().year + d.year_offset;
        if (!e.date.valid() || dd.year == e.date.year) e.date = dd;
        break;
      }
    // (To the paragraph's end: a blank line, or a line break, ends it.)
    auto opens_line = [&](uint32_t k) {
      const std::u32string_view gap(nt_.folded.data() + sentences_[k - 1].end, sentences_[k].begin - sentences_[k - 1].end);
      std::u32string_view next(nt_.folded.data() + sentences_[k].begin, sentences_[k].size());
      next = next.substr(0, next.find_first_not_of(U" \n"));
      return gap.find(U'\n') != std::u32string_view::npos || next.find(U'\n') != std::u32string_view::npos;
    };
    uint32_t last = si;
    while (last + 1 < sentences_.size() && !names_event(last + 1) && !opens_line(last + 1)) ++last;
    attend_named_in(s.begin, sentences_[last].end, ev, si);
  }
  // Where events took place: a place inside the event's name, else one after 於/在 in its sentence.
  // (Mentions that say where it is held come first: 於鹿兒島市舉行之「…」 later in the text over 赴日本鹿兒島縣參加「…」 in
  // its title; then those that say the delegation attended it in a place, 於孔敬市出席「…」, over a title naming two
  // places the trip went to.)
  std::map<int, std::u32string> place_bases;  // gazetteer place -> its folded name without its suffix (made on first use)
  std::vector<size_t> location_order, held_first;
  {
    std::vector<size_t> there, rest;
    const std::u32string& f = nt_.folded;
    for (size_t i = 0; i < events_.size(); ++i) {
      uint32_t b = events_[i].span.begin, from = std::max(sentences_[events_[i].sentence].begin, b >= 8 ? b - 8 : 0u);
      std::u32string_view before(f.data() + from, b - from);
      // (Not an itinerary's bare 辦理「…」 that names no place before the verb: 假斯里巴加灣帝國酒店辦理「…」 later says where.)
      if (ContainsAny(before, {U"舉行", U"舉辦", U"召開", U"辦理"})) {
        auto [lo, hi] = SegsIn(Span{sentences_[events_[i].sentence].begin, b});
        bool named = false, held_at = false;
        for (size_t k = lo; k < hi; ++k) {
          named = named || segs_[k].kind == SegKind::kPlace || segs_[k].kind == SegKind::kSelf;
          // (A place right after 於 or 在 in the clause of the verb, a venue named after it or not: 8月3日於函館國際飯店辦理
          // 「…」 — where it was held, over a summary's 赴函館市出席…，並於8月3日辦理「…」 that says not where.)
          const uint32_t start = segs_[k].span.begin;
          if (segs_[k].kind == SegKind::kPlace && start > 0 && (f[start - 1] == U'於' || f[start - 1] == U'在') &&
              std::u32string_view(f.data() + start, b - start).find_first_of(U",，;；") == std::u32string_view::npos)
            held_at = true;
        }
        if (named || !ContainsAny(before, {U"辦理"})) {
          (held_at ? held_first : location_order).push_back(i);
          continue;
        }
      }
      // (Or where its sentence, after it, says it is held at a place, no other event named between: 薩克森矽谷日（…）
      // 由…主辦，…在德勒斯登國際會議中心舉行 over the title's 赴德國薩克森邦出席「…」.)
      {
        const Span sp = sentences_[events_[i].sentence];
        const uint32_t from_name = events_[i].span.end;
        const std::u32string_view after(f.data() + from_name, sp.end - from_name);
        const size_t held = std::min(after.find(U"舉行"), after.find(U"舉辦"));
        bool held_at_place = false;
        if (held != std::u32string_view::npos &&
            std::none_of(events_.begin(), events_.end(), [&](const EventHit& x) {
              return x.span.begin >= from_name && x.span.begin < from_name + held;
            })) {
          auto [lo, hi] = SegsIn(Span{from_name, from_name + static_cast<uint32_t>(held)});
          for (size_t k = lo; k < hi && !held_at_place; ++k) {
            const uint32_t start = StartWithCountry(k);
            held_at_place = segs_[k].kind == SegKind::kPlace && start > from_name && (f[start - 1] == U'在' || f[start - 1] == U'於');
            // (Or a body named after a place: 在萊頓大學舉行.)
            if (!held_at_place && (segs_[k].kind == SegKind::kOrg || segs_[k].kind == SegKind::kPatternOrg) && start > from_name &&
                (f[start - 1] == U'在' || f[start - 1] == U'於') && lex_.Place(start).len >= 2 && lex_.Place(start).len < segs_[k].span.size())
              held_at_place = true;
          }
        }
        if (held_at_place) {
          location_order.push_back(i);
          continue;
        }
      }
      // (於/在 + place + 出席/參加 + the name, its quote between.)
      uint32_t q = b;
      if (q > from && (f[q - 1] == U'「' || f[q - 1] == U'『')) --q;
      const bool verb = q >= from + 2 && (f.compare(q - 2, 2, U"出席") == 0 || f.compare(q - 2, 2, U"參加") == 0);
      const int g = verb ? SegEndingAt(q - 2) : -1;
      const bool attended_there = g >= 0 && segs_[static_cast<size_t>(g)].kind == SegKind::kPlace &&
                                  segs_[static_cast<size_t>(g)].span.begin > 0 &&
                                  (f[segs_[static_cast<size_t>(g)].span.begin - 1] == U'於' ||
                                   f[segs_[static_cast<size_t>(g)].span.begin - 1] == U'在');
      (attended_there ? there : rest).push_back(i);
    }
    location_order.insert(location_order.begin(), held_first.begin(), held_first.end());
    location_order.insert(location_order.end(), there.begin(), there.end());
    location_order.insert(location_order.end(), rest.begin(), rest.end());
  }
  for (size_t i : location_order) {
    int ev = event_entity_[i];
    // The event is held in `place` (an entity), its evidence the sentence naming it.
    auto locate = [&](int place) {
      Relation r;
      r.kind = RelationKind::kLocation;
      r.from = ev;
      r.to = place;
      r.evidence = SentenceEvidence(events_[i].sentence);
      out_.relations.push_back(std::move(r));
    };
    bool has_location = false;
    for (const Relation& r : out_.relations)
      if (r.kind == RelationKind::kLocation && r.from == ev) has_location = true;
    if (has_location) continue;
    int place = -1;
    // The place field under the document's first line naming it (…開幕致詞稿 / 地點：日本奈良市　…).
    TitleEventFields(i, nullptr, &place);
    // A place whose government hosts it right before the name (北市府主辦的「2026台北首爾智慧城市論壇」, 首爾市政府舉辦之
    // 「…」) is the host, whatever places the name holds.
    {
      const std::u32string& f = nt_.folded;
      auto [lo, hi] = SegsIn(sentences_[events_[i].sentence]);
      for (size_t k = lo; k < hi && place < 0; ++k) {
        const Seg& g = segs_[k];
        if (g.kind != SegKind::kPlace || g.span.end > events_[i].span.begin) continue;
        uint32_t q = PastGovernmentWord(g.span.end);
        if (q == g.span.end) continue;  // (the place's government, not the place: 於首爾舉辦 is read below)
        // (Past its name in English: 肯達里市政府（Kendari City Government, Indonesia）主辦 2026 年….)
        q = detail::PastParenthesis(f, q, events_[i].span.begin, 60);
        if (q > events_[i].span.begin || events_[i].span.begin - q > 6) continue;
        // (承辦, undertakes to host: 感謝海口市人民政府承辦 2026 年….)
        for (std::u32string_view verb : {std::u32string_view(U"主辦"), std::u32string_view(U"舉辦"), std::u32string_view(U"承辦")}) {
          if (f.compare(q, verb.size(), verb) != 0) continue;
          std::u32string_view rest(f.data() + q + verb.size(), events_[i].span.begin - q - verb.size());
          if (rest.find_first_not_of(U"之的「『 ") == std::u32string_view::npos) place = static_cast<int>(k);
        }
      }
      // (Or after the name, past its gloss: 「…論壇」（…）由熱那亞市政府與…港務局（…）共同主辦 — the government named
      // right after 由, a co-host after 與 or 及 no place of it.)
      uint32_t q = events_[i].span.end;
      if (q < f.size() && (f[q] == U'」' || f[q] == U'』')) ++q;
      q = detail::PastParenthesis(f, q, sentences_[events_[i].sentence].end, 80);
      if (place < 0 && q < f.size() && f[q] == U'由') {
        int at = SegStartingAt(q + 1);
        // (Its country before it: 由義大利熱那亞市政府.)
        if (at >= 0 && segs_[static_cast<size_t>(at)].kind == SegKind::kCountry)
          at = SegStartingAt(segs_[static_cast<size_t>(at)].span.end);
        if (at >= 0 && segs_[static_cast<size_t>(at)].kind == SegKind::kPlace) {
          const uint32_t gov_end = PastGovernmentWord(segs_[static_cast<size_t>(at)].span.end);
          const uint32_t se = sentences_[events_[i].sentence].end;
          const std::u32string_view rest(f.data() + gov_end, std::min<uint32_t>(se - gov_end, 60));
          size_t verb = std::u32string_view::npos;
          for (std::u32string_view w : {U"主辦", U"舉辦", U"承辦"}) verb = std::min(verb, rest.find(w));
          // (Nothing but a co-host between: no clause break.)
          if (gov_end > segs_[static_cast<size_t>(at)].span.end && verb != std::u32string_view::npos &&
              rest.substr(0, verb).find_first_of(U",，;；。") == std::u32string_view::npos &&
              (verb == 0 || rest.starts_with(U"共同") || rest[0] == U'與' || rest[0] == U'及' || rest[0] == U'、'))
            place = at;
        }
      }
    }
    if (place >= 0) {
      locate(EntityForSeg(place));
      continue;
    }
    // (In English, a place that hosts it, its subject right before the verb: Next year, Hsinchu will host the 2027 …
    // General Assembly — by its English name as the gazetteer has it, or the publisher's.)
    {
      const std::u32string& t = nt_.text;
      const uint32_t sb = sentences_[events_[i].sentence].begin, b = events_[i].span.begin;
      const std::u32string_view before(nt_.folded.data() + sb, b - sb);
      size_t verb = std::u32string_view::npos;
      for (std::u32string_view w : {U" will host the ", U" hosts the ", U" is hosting the ", U" hosted the ", U" will host "})
        if (before.ends_with(w)) {
          verb = before.size() - w.size();
          break;
        }
      int host = -1;
      if (verb != std::u32string_view::npos && verb > 0) {
        uint32_t e = sb + static_cast<uint32_t>(verb), w = e;
        while (w > sb && (IsLatinLetter(t[w - 1]) || t[w - 1] == U' ' || t[w - 1] == U'-')) --w;
        while (w < e && !(t[w] >= U'A' && t[w] <= U'Z')) ++w;
        // (The capitalized words right before the verb, one to three.)
        for (uint32_t x = w; x < e && host < 0; ++x) {
          if (x > w && t[x - 1] != U' ') continue;
          if (!(t[x] >= U'A' && t[x] <= U'Z')) continue;
          host = EnglishGovernmentNamed(t.substr(x, e - x));
        }
      }
      // (Or right after its name, the subject of a relative clause hosting it, or the agent it is hosted by: the 2027 …
      // Forum, which Iloilo City will host in September 2027; …, hosted by Iloilo City.)
      if (host < 0) {
        const uint32_t ae = events_[i].span.end, se = sentences_[events_[i].sentence].end;
        const std::u32string_view after(nt_.folded.data() + ae, se - ae);
        uint32_t nb = 0, ne = 0;  // where the place's name is written
        for (std::u32string_view lead : {U", which ", U", hosted by ", U", to be hosted by ", U" hosted by "})
          if (after.starts_with(lead)) {
            nb = ae + static_cast<uint32_t>(lead.size());
            ne = nb;
            while (ne < se && (IsLatinLetter(t[ne]) || t[ne] == U' ' || t[ne] == U'-')) ++ne;
            if (lead == U", which ") {
              const std::u32string_view clause(nt_.folded.data() + nb, ne - nb);
              size_t v = std::u32string_view::npos;
              for (std::u32string_view w : {U" will host", U" hosts", U" is hosting", U" hosted", U" will be hosting"})
                v = std::min(v, clause.find(w));
              ne = v == std::u32string_view::npos ? nb : nb + static_cast<uint32_t>(v);
            }
            break;
          }
        // (The capitalized words there, longest first: Iloilo City, then Iloilo.)
        while (ne > nb && t[ne - 1] == U' ') --ne;
        if (ne > nb && t[nb] >= U'A' && t[nb] <= U'Z')
          for (uint32_t x = ne; x > nb && host < 0; --x)
            if (x == ne || t[x] == U' ') host = EnglishGovernmentNamed(t.substr(nb, x - nb));
      }
      if (host >= 0) {
        locate(host);
        continue;
      }
    }
    // (Held at a facility named after a place the text has named, 於桃園國際機場第二航廈舉行的「桃園－福岡航線首航典禮」:
    // there, whatever places the name holds.)
    {
      const std::u32string& f = nt_.folded;
      const uint32_t sb = sentences_[events_[i].sentence].begin, b = events_[i].span.begin;
      const std::u32string_view before(f.data() + sb, b - sb);
      const size_t held = before.rfind(U"舉行");
      int facility_place = -1;
      if (held != std::u32string_view::npos && before.size() - held <= 5)
        for (std::u32string_view facility : {U"國際機場", U"機場", U"火車站", U"車站"}) {
          const size_t at = before.rfind(facility, held);
          if (at == std::u32string_view::npos || held - at > 12 || at < 3) continue;
          for (size_t len = 2; len <= 4 && len < at && facility_place < 0; ++len) {
            if (before[at - len - 1] != U'於' && before[at - len - 1] != U'在') continue;
            std::vector<LexMatch> matches;
            g_.MatchAt(f, sb + at - len, &matches);
            for (const auto& m : matches)
              if (m.length == len)
                for (const auto& e : *m.entries)
                  if (e.kind == LexKind::kPlace && facility_place < 0) {
                    auto known = entity_by_key_.find("place:" + g_.places()[e.value].id);
                    if (known != entity_by_key_.end()) facility_place = known->second;
                  }
          }
          break;
        }
      if (facility_place >= 0) {
        locate(facility_place);
        continue;
      }
    }
    auto [ev_lo, ev_hi] = SegsIn(events_[i].span);
    for (size_t k = ev_lo; k < ev_hi; ++k) {
      const Seg& s = segs_[k];
      if (s.kind != SegKind::kPlace) continue;
      // The last place in the name is the host ("臺北上海城市論壇" is hosted in turn; each city writes its own name
      // first): the last that is not the publisher, where there are several.
      if (s.span.end <= events_[i].span.end &&
          (place < 0 || EntityForSeg(static_cast<int>(k)) != publisher_))
        place = static_cast<int>(k);
    }
    // (But the publisher where it holds the event, its name in the name and no place outside it in the sentence: 已於…辦理
    // 「2026新竹—薩克森半導體產業交流會」 in Hsinchu's report.)
    if (place >= 0 && publisher_ >= 0 && EntityForSeg(place) != publisher_ && HeldByPublisher(i)) {
      int own = -1;
      bool elsewhere = false;
      auto [s_lo, s_hi] = SegsIn(sentences_[events_[i].sentence]);
      for (size_t k = s_lo; k < s_hi; ++k) {
        if (segs_[k].kind != SegKind::kPlace) continue;
        const bool inside = segs_[k].span.begin >= events_[i].span.begin && segs_[k].span.end <= events_[i].span.end;
        if (!inside) elsewhere = true;
        else if (own < 0 && EntityForSeg(static_cast<int>(k)) == publisher_) own = static_cast<int>(k);
      }
      if (own >= 0 && !elsewhere) place = own;
    }
    // (A region inside the name gives way to the city the sentence says it is held in: 在阿德雷德舉行的「2027南澳國際
    // 太空產業週」; the region stays the host where the sentence names none.)
    // (So does the place the sentence holds it in for the publisher's own name inside it: 於吉隆坡辦理「2026臺中觀光
    // 推介會」 is held in Kuala Lumpur.)
    bool publisher_in_name = place >= 0 && publisher_ >= 0 && EntityForSeg(place) == publisher_;
    bool region_in_name = place >= 0 && segs_[static_cast<size_t>(place)].index >= 0 &&
                          g_.places()[static_cast<size_t>(segs_[static_cast<size_t>(place)].index)].kind == EntityKind::kRegion;
    int inner_place = region_in_name || publisher_in_name ? place : -1;  // the place inside the name that may give way
    if (inner_place >= 0) place = -1;
    // (A city the text names, written inside the name without its suffix where the name was read whole: 2027日利納國際
    // 民俗節 after 日利納市 — the city, over a region named after it that the text names too, 日利納州.)
    if (place < 0 && inner_place < 0) {
      std::u32string_view name(nt_.folded.data() + events_[i].span.begin, events_[i].span.size());
      size_t best_at = 0;
      for (size_t k = 0; k < segs_.size(); ++k) {
        const Seg& s = segs_[k];
        if (s.kind != SegKind::kPlace || s.index < 0 || g_.places()[static_cast<size_t>(s.index)].kind != EntityKind::kCity) continue;
        std::u32string_view written(nt_.folded.data() + s.span.begin, s.span.size());
        if (written.size() >= 4 && written.back() == U'市') written.remove_suffix(1);
        if (written.size() < 3) continue;
        const size_t at = name.rfind(written);
        if (at != std::u32string_view::npos && (place < 0 || at > best_at) && EntityForSeg(static_cast<int>(k)) != publisher_) {
          place = static_cast<int>(k);
          best_at = at;
        }
      }
    }
    // (A place the gazetteer does not know, found by its shape elsewhere in the text, written inside the name without
    // a boundary before it: 第42回東川町國際寫真節 after 北海道上川郡東川町.)
    if (place < 0 && inner_place < 0) {
      std::u32string_view name(nt_.folded.data() + events_[i].span.begin, events_[i].span.size());
      size_t best_at = 0;
      for (size_t k = 0; k < segs_.size(); ++k) {
        const Seg& s = segs_[k];
        if (s.kind != SegKind::kPlace || s.index >= 0) continue;
        for (const std::string* n : {&s.name, &s.alias}) {
          std::u32string folded = Gazetteer::Fold(ToU32(*n));
          // (Also without its suffix: 2026山口洋客家文化節 after 印尼山口洋市.)
          size_t at = name.rfind(folded);
          if (at == std::u32string_view::npos && folded.size() >= 4 && detail::IsAdminSuffixChar(folded.back())) {
            folded.pop_back();
            at = name.rfind(folded);
          }
          if (folded.size() < 3) continue;
          if (at != std::u32string_view::npos && (place < 0 || at > best_at)) {
            place = static_cast<int>(k);
            best_at = at;
          }
        }
      }
    }
    // (Such a place that is a province, state or county gives way as a region in the name does: 2026伊富高國際稻米文化節
    // after 伊富高省, held in 伊富高省拉加威市.)
    if (place >= 0 && inner_place < 0 && segs_[static_cast<size_t>(place)].index < 0) {
      const std::u32string written = ToU32(segs_[static_cast<size_t>(place)].name);
      if (!written.empty() && std::u32string_view(U"省州縣郡道").find(written.back()) != std::u32string_view::npos) {
        inner_place = place;
        place = -1;
      }
    }
    // (Or a known place of a hyphenated name the text names, its first part in the name: 2027克盧日智慧城市論壇 after
    // 克盧日-納波卡市.)
    if (place < 0 && inner_place < 0) {
      std::u32string_view name(nt_.folded.data() + events_[i].span.begin, events_[i].span.size());
      for (size_t k = 0; k < segs_.size() && place < 0; ++k) {
        const Seg& s = segs_[k];
        if (s.kind != SegKind::kPlace || s.index < 0) continue;
        const std::string& zh = g_.places()[static_cast<size_t>(s.index)].name_zh;
        const size_t hyphen = zh.find('-');
        if (hyphen == std::string::npos) continue;
        const std::u32string first = Gazetteer::Fold(ToU32(zh.substr(0, hyphen)));
        if (first.size() >= 2 && name.find(first) != std::u32string_view::npos) place = static_cast<int>(k);
      }
    }
    // (An English name holding a place the text names: Manzini Trade Fair after 曼齊尼市; also after its year, 2027
    // Spokane Lilac Festival.)
    int english_host = -1;
    const std::string& ev_name = events_[i].name;
    const bool english_name = !ev_name.empty() && ((ev_name[0] >= 'A' && ev_name[0] <= 'Z') ||
                                                   (ev_name.size() > 6 && ev_name[0] >= '0' && ev_name[0] <= '9' &&
                                                    ev_name[4] == ' ' && ev_name[5] >= 'A' && ev_name[5] <= 'Z'));
    // (A table's row: the cell right after the name's is a place and nothing else — 活動名稱⇥舉辦城市: 2027…總會⇥峴港市.)
    if (place < 0 && inner_place < 0) {
      const std::u32string& f = nt_.folded;
      uint32_t q = events_[i].span.end;
      if (q < f.size() && (f[q] == U'」' || f[q] == U'』')) ++q;
      if (q < f.size() && f[q] == U'\t') {
        const int k = SegStartingAt(q + 1);
        if (k >= 0 && segs_[static_cast<size_t>(k)].kind == SegKind::kPlace) {
          const uint32_t e = segs_[static_cast<size_t>(k)].span.end;
          if (e >= f.size() || f[e] == U'\t' || f[e] == U'\n') place = k;
        }
      }
    }
    // (An English name, then "in" and a city: the 2027 Minnesota Global Summit in Minneapolis — there, not the state
    // its name holds.)
    // (Or a clause saying where it opened: the 2026 Asia-Pacific Geoparks Conference, which opened in Aso on October 28.)
    if (place < 0 && english_name) {
      const std::u32string& t = nt_.text;
      uint32_t q = events_[i].span.end;
      uint32_t shortest = 4;  // (a short word after a bare "in" is too often no place; a clause's may be one: Aso)
      for (std::u32string_view w : {U" in ", U", which opened in ", U", which was held in ", U", which took place in ", U", held in "})
        if (t.compare(q, w.size(), w) == 0) {
          shortest = w.size() > 4 ? 3 : 4;
          q += static_cast<uint32_t>(w.size());
          break;
        }
      if (q > events_[i].span.end && q < t.size() && t[q] >= U'A' && t[q] <= U'Z') {
        uint32_t e = q;
        while (e < t.size() && IsLatinLetter(t[e])) ++e;
        int pl = e - q >= shortest ? EnglishPlaceHere(t.substr(q, e - q)) : -1;
        // (The word with City after it is the city: the … Forum in Fukui City, not the prefecture the word names alone; the
        // … Festival in Iloilo City, a city the gazetteer names with City only.)
        if ((pl < 0 || g_.places()[static_cast<size_t>(pl)].kind == EntityKind::kRegion) && e - q >= 3 && t.compare(e, 5, U" City") == 0 &&
            (e + 5 >= t.size() || !IsLatinLetter(t[e + 5]))) {
          const detail::NameFinder finder(g_, nt_, lex_, segs_);
          if (const int city = finder.EnglishPlace(t.substr(q, e + 5 - q)); city >= 0) pl = city;
        }
        if (pl >= 0) english_host = PlaceEntity(pl);
      }
    }
    if (place < 0 && english_name && english_host < 0) {
      std::string word;
      for (char c : events_[i].name + " ") {
        if (c != ' ') {
          word += c;
          continue;
        }
        int pl = word.size() >= 4 ? EnglishPlaceHere(ToU32(word)) : -1;
        // (Or a city the text names with City after the word, where the gazetteer's word is another place: Nara, the
        // prefecture, in the 2026 Nara Lantern Festival of a text on Nara City.)
        // (Or County: the 2027 Yilan Green Expo of Yilan County's release.)
        if (word.size() >= 4 && word[0] >= 'A' && word[0] <= 'Z') {
          const std::string city = word + " City", county = word + " County";
          for (size_t j = 0; j < out_.entities.size() && english_host < 0; ++j) {
            const Entity& e = out_.entities[j];
            if (ontology::IsLocalGovernment(e.kind) && !e.key.ends_with("#merged") &&
                (std::find(e.names.begin(), e.names.end(), city) != e.names.end() ||
                 std::find(e.names.begin(), e.names.end(), county) != e.names.end()) &&
                (pl < 0 || entity_by_key_.find("place:" + g_.places()[static_cast<size_t>(pl)].id) == entity_by_key_.end()))
              english_host = static_cast<int>(j);
          }
          if (english_host >= 0) break;
        }
        word.clear();
        if (pl < 0) continue;
        auto it = entity_by_key_.find("place:" + g_.places()[static_cast<size_t>(pl)].id);
        if (it != entity_by_key_.end()) {
          english_host = it->second;
          break;
        }
      }
      // (Or two of its words, where the text names the place so with City or County after them: the 2026 Hoi An Lantern
      // Festival of a text naming Hoi An City.)
      std::vector<std::string> words;
      for (size_t b = 0; b < events_[i].name.size();) {
        const size_t e = std::min(events_[i].name.find(' ', b), events_[i].name.size());
        words.push_back(events_[i].name.substr(b, e - b));
        b = e + 1;
      }
      for (size_t k = 0; english_host < 0 && k + 1 < words.size(); ++k) {
        if (words[k].empty() || words[k + 1].empty() || !(words[k][0] >= 'A' && words[k][0] <= 'Z') ||
            !(words[k + 1][0] >= 'A' && words[k + 1][0] <= 'Z'))
          continue;
        const std::string two = words[k] + " " + words[k + 1];
        for (size_t j = 0; j < out_.entities.size() && english_host < 0; ++j) {
          const Entity& e = out_.entities[j];
          if (ontology::IsLocalGovernment(e.kind) && !e.key.ends_with("#merged") &&
              (std::find(e.names.begin(), e.names.end(), two + " City") != e.names.end() ||
               std::find(e.names.begin(), e.names.end(), two + " County") != e.names.end()))
            english_host = static_cast<int>(j);
        }
      }
    }
    if (place < 0) {
      // 韓國高陽舉行之「…大會」, 於首爾舉辦的…: a place, then a verb of holding, right before the name; or, in the same
      // sentence, 於/在 + (country) + place (+ its venue: 於高雄展覽館開幕) + a verb of holding; 由 + place (+ 政府) … 主辦;
      // 赴 + (country) + place + 出席/參加 (the delegation went there to attend it).
      const std::u32string& f = nt_.folded;
      Span sp = sentences_[events_[i].sentence];
      static const std::u32string_view kHold[] = {U"舉行", U"舉辦", U"召開", U"辦理", U"主辦", U"開幕", U"登場"};
      // (Where the verb of holding ends, or 0.)
      auto holds_end = [&](uint32_t q, uint32_t limit) -> uint32_t {
        while (q < limit && f[q] == U' ') ++q;
        q = PastGovernmentWord(q);
        // (The year first: 卡托維茲今年將主辦歐洲經濟大會.)
        for (std::u32string_view year : {std::u32string_view(U"今年"), std::u32string_view(U"明年"), std::u32string_view(U"本年")})
          if (f.compare(q, year.size(), year) == 0) {
            q += static_cast<uint32_t>(year.size());
            break;
          }
        // (An adverb before the verb: 浦那將主辦「…」, 本市即將舉辦.)
        for (std::u32string_view adverb : {std::u32string_view(U"即將"), std::u32string_view(U"將"), std::u32string_view(U"預定"),
                                           std::u32string_view(U"也將"), std::u32string_view(U"亦將")})
          if (f.compare(q, adverb.size(), adverb) == 0) {
            q += static_cast<uint32_t>(adverb.size());
            break;
          }
        // (And when, between: 廈門市將於11月舉辦「…」, 將於明(2027)年3月舉辦, 於本年10月舉辦.)
        if (q < limit && f[q] == U'於') {
          uint32_t r = q + 1;
          while (r < limit && r - q <= 12 &&
                 std::u32string_view(U"0123456789年月日上中下旬底初明今本()").find(f[r]) != std::u32string_view::npos)
            ++r;
          if (r > q + 2) q = r;
        }
        for (auto w : kHold)
          if (f.compare(q, w.size(), w) == 0) return q + static_cast<uint32_t>(w.size());
        return 0u;
      };
      auto holds_at = [&](uint32_t q, uint32_t limit) { return holds_end(q, limit) > 0; };
      auto venue_then_holds = [&](uint32_t q, uint32_t limit) {
        // (Up to ten characters: 於富納富提政府大樓前廣場舉行之, 於馬久羅國際會議中心前廣場舉行之.)
        // (Its name may open in Latin letters: 於阿姆斯特丹RAI會展中心舉行之.)
        for (uint32_t e = q + 1; e <= q + 10 && e < limit && (IsHan(f[e - 1]) || IsLatinLetter(f[e - 1])); ++e) {
          std::u32string_view run(f.data() + q, e - q);
          // (Also a site of the township or district: 在東港鎮大鵬灣主燈區舉行, 廣場, 公園, 球場; a hotel: 於高雄漢來大飯店舉辦.)
          bool venue = EndsWithVenueWord(run);
          // (Or any short name glossed in Latin letters there: 在馬里蘭州國家港（National Harbor）舉行; a venue's too.)
          const uint32_t past = e < limit && f[e] == U'(' && e + 1 < limit && IsLatinLetter(nt_.text[e + 1])
                                    ? detail::PastParenthesis(f, e, limit, 60) : e;
          if ((venue || past > e) && holds_at(past, limit)) return true;
        }
        return false;
      };
      auto attend_verb_at = [&](uint32_t q) {
        return f.compare(q, 2, U"出席") == 0 || f.compare(q, 2, U"參加") == 0 || f.compare(q, 2, U"參與") == 0;
      };
      // (Is the event the object of a verb of attending, right before it or before the events it is listed after:
      // 出席「A」及「B」? Up to four listed before it.)
      auto attended_in_list = [&](size_t x) {
        for (int listed = 0; listed <= 4; ++listed) {
          uint32_t q = events_[x].span.begin;
          if (q > sp.begin && (f[q - 1] == U'「' || f[q - 1] == U'『')) --q;
          if (q >= sp.begin + 2 && attend_verb_at(q - 2)) return true;
          if (q <= sp.begin + 1 || std::u32string_view(U"、及與暨").find(f[q - 1]) == std::u32string_view::npos) return false;
          size_t before = events_.size();
          for (size_t y = 0; y < events_.size() && before == events_.size(); ++y) {
            const uint32_t end = events_[y].span.end + (f[events_[y].span.end] == U'」' || f[events_[y].span.end] == U'』' ? 1 : 0);
            if (y != x && end == q - 1 && events_[y].sentence == events_[x].sentence) before = y;
          }
          if (before == events_.size()) return false;
          x = before;
        }
        return false;
      };
      const bool listed_attended = attended_in_list(i);
      auto [lo, hi] = SegsIn(sp);
      for (size_t k = lo; k < hi && place < 0; ++k) {
        const Seg& g = segs_[k];
        if (g.kind != SegKind::kPlace) continue;
        // (The name right after the verb: 廈門市將於11月舉辦「…」, 韓國高陽舉行之「…」.)
        const uint32_t verb_end = g.span.end <= events_[i].span.begin ? holds_end(g.span.end, events_[i].span.begin) : 0;
        bool before_name = verb_end > 0 && events_[i].span.begin - g.span.end <= 20 &&
                           (events_[i].span.begin - g.span.end <= 8 || events_[i].span.begin - verb_end <= 2);
        // 成田市「2027成田祇園祭」: the place names the event right before it.
        if (!before_name && g.span.end <= events_[i].span.begin && events_[i].span.begin - g.span.end <= 1) {
          std::u32string_view gap(f.data() + g.span.end, events_[i].span.begin - g.span.end);
          before_name = gap.find_first_not_of(U"「『 ") == std::u32string_view::npos && g.span.begin > sp.begin &&
                        f[g.span.begin - 1] != U'於' && f[g.span.begin - 1] != U'在' && f[g.span.begin - 1] != U'赴';
        }
        uint32_t b = StartWithCountry(k);
        // (假 too, "at" a borrowed venue: 假斯里巴加灣帝國酒店辦理「…」.)
        // (Or the host body's campus or site there, pointed back to: 於該校湯斯維爾校區舉行之「…」.)
        uint32_t at_word = b;
        if (b >= sp.begin + 3 && f[b - 2] == U'該' && (f[b - 3] == U'於' || f[b - 3] == U'在') &&
            std::u32string_view(U"校會院館").find(f[b - 1]) != std::u32string_view::npos)
          at_word = b - 2;
        bool at = at_word > sp.begin && (f[at_word - 1] == U'於' || f[at_word - 1] == U'在' || f[at_word - 1] == U'假') &&
                  (holds_at(g.span.end, sp.end) || venue_then_holds(g.span.end, sp.end));
        bool by = false;
        if (b > sp.begin && f[b - 1] == U'由') {
          size_t clause_end = f.find_first_of(U",，。;；", g.span.end);
          size_t hosted = f.find(U"主辦", g.span.end);
          by = hosted != std::u32string::npos && hosted < std::min<size_t>(clause_end, sp.end) && hosted - g.span.end <= 16;
        }
        // (赴首爾出席「…」; 在首爾出席「…」頒獎典禮: attending it there. Also with its organizer between the verb and the
        // name: 於基輔出席烏克蘭…部主辦之「…」.)
        bool organizer_between = false;
        if (g.span.end + 2 <= events_[i].span.begin && events_[i].span.begin - (g.span.end + 2) <= 22) {
          std::u32string_view gap(f.data() + g.span.end + 2, events_[i].span.begin - (g.span.end + 2));
          while (!gap.empty() && (gap.back() == U'「' || gap.back() == U'『')) gap.remove_suffix(1);
          organizer_between = gap.find_first_of(U",，;；。") == std::u32string_view::npos &&
                              ContainsAny(gap.substr(gap.size() > 3 ? gap.size() - 3 : 0), {U"主辦之", U"主辦的", U"舉辦之", U"舉辦的"});
        }
        bool went = b > sp.begin &&
                    (f[b - 1] == U'赴' || f[b - 1] == U'在' || f[b - 1] == U'於' ||
                     (b > sp.begin + 1 && (f.compare(b - 2, 2, U"前往") == 0 || f.compare(b - 2, 2, U"蒞臨") == 0))) &&
                    g.span.end + 2 <= events_[i].span.begin && (events_[i].span.begin - (g.span.end + 2) <= 2 || organizer_between) &&
                    (f.compare(g.span.end, 2, U"出席") == 0 || f.compare(g.span.end, 2, U"參加") == 0 ||
                     f.compare(g.span.end, 2, U"參與") == 0);
        // (Or moving on there, a comma before the verb or none: 訪團明(4)日將轉往臺中，參加「…」.)
        if (!went && b > sp.begin + 1 && (f.compare(b - 2, 2, U"轉往") == 0 || f.compare(b - 2, 2, U"轉赴") == 0)) {
          const uint32_t verb = g.span.end + (g.span.end < sp.end && (f[g.span.end] == U',' || f[g.span.end] == U'，') ? 1 : 0);
          went = verb + 2 <= events_[i].span.begin && events_[i].span.begin - (verb + 2) <= 1 &&
                 (f.compare(verb, 2, U"出席") == 0 || f.compare(verb, 2, U"參加") == 0);
        }
        // (Or doing something else there first, in the same clause: 赴波蘭華沙考察城市交通及參加「…」.)
        if (!went && b > sp.begin && (f[b - 1] == U'赴' || (b > sp.begin + 1 && f.compare(b - 2, 2, U"前往") == 0)) &&
            g.span.end < events_[i].span.begin && events_[i].span.begin - g.span.end <= 16) {
          std::u32string_view gap(f.data() + g.span.end, events_[i].span.begin - g.span.end);
          while (!gap.empty() && (gap.back() == U'「' || gap.back() == U'『')) gap.remove_suffix(1);
          went = gap.find_first_of(U",，;；。、") == std::u32string_view::npos && gap.size() >= 5 &&
                 ContainsAny(gap.substr(gap.size() - 3), {U"及出席", U"及參加", U"並出席", U"並參加", U"暨出席", U"暨參加"});
        }
        // (Or at a venue there: 於洛杉磯市政府廣場出席「…」.)
        if (!went && b > sp.begin && (f[b - 1] == U'於' || f[b - 1] == U'在'))
          for (uint32_t e = g.span.end + 2; e <= g.span.end + 10 && e + 2 <= events_[i].span.begin && !went; ++e) {
            if (!IsHan(f[e - 1])) break;
            went = EndsWithVenueWord(std::u32string_view(f.data() + g.span.end, e - g.span.end)) &&
                   events_[i].span.begin - (e + 2) <= 1 && attend_verb_at(e);
          }
        // (Or gone there, the only place the clause goes to, the sentence attending it in a later clause with no other
        // journey between: 赴日本北九州市，考察…，拜會北九州市政府，並出席「…」; 率團訪問美國洛杉磯，…，出席「…」及「…」.)
        // (The city, written after its province or state: 赴日本宮城縣仙台市.)
        uint32_t gone = b;
        for (size_t k2 = k; k2 > lo && segs_[k2 - 1].span.end == gone && segs_[k2 - 1].kind == SegKind::kPlace;)
          gone = StartWithCountry(--k2);
        const bool city_follows = k + 1 < hi && segs_[k + 1].kind == SegKind::kPlace && segs_[k + 1].span.begin == g.span.end;
        if (!went && !city_follows && g.span.end < events_[i].span.begin && listed_attended && gone > sp.begin &&
            (f[gone - 1] == U'赴' ||
             (gone >= sp.begin + 2 && (f.compare(gone - 2, 2, U"前往") == 0 || f.compare(gone - 2, 2, U"訪問") == 0))) &&
            std::u32string_view(U"、及與和暨").find(f[g.span.end]) == std::u32string_view::npos) {
          const std::u32string_view between(f.data() + g.span.end, events_[i].span.begin - g.span.end);
          went = !ContainsAny(between, {U"赴", U"前往", U"轉往", U"抵達", U"飛往", U"訪問", U"移往", U"。"});
          // (No place between where something is done: 並於大阪出席.)
          for (size_t k2 = k + 1; k2 < hi && went && segs_[k2].span.begin < events_[i].span.begin; ++k2)
            went = !(segs_[k2].kind == SegKind::kPlace && (f[StartWithCountry(k2) - 1] == U'於' || f[StartWithCountry(k2) - 1] == U'在'));
        }
        if (before_name || at || by || went) place = static_cast<int>(k);
        // (A city written right after its province, there: 於伊富高省拉加威市（Lagawe）舉行之「…」 — the city.)
        if (at && k + 1 < hi && segs_[k + 1].kind == SegKind::kPlace && segs_[k + 1].span.begin == g.span.end &&
            detail::IsAdminSuffixChar(f[g.span.end - 1]) && f[segs_[k + 1].span.end - 1] == U'市')
          place = static_cast<int>(k + 1);
      }
      if (inner_place >= 0 && place >= 0 && !publisher_in_name &&
          out_.entities[static_cast<size_t>(EntityForSeg(place))].kind != EntityKind::kCity)
        place = -1;
      if (publisher_in_name && place >= 0 && EntityForSeg(place) == publisher_) place = -1;
    }
    // (Or at a venue the sentence names alone, 2026日本國際農業週於幕張展覽館開幕, that the text names elsewhere right
    // after a place: 每年於千葉市幕張展覽館舉辦 — that place.)
    if (place < 0) {
      const std::u32string& f = nt_.folded;
      const Span sp = sentences_[events_[i].sentence];
      for (uint32_t q = sp.begin; q + 4 < sp.end && place < 0; ++q) {
        if ((f[q] != U'於' && f[q] != U'在') || SegStartingAt(q + 1) >= 0) continue;
        for (uint32_t e = q + 4; e + 2 <= sp.end && e - q <= 11 && IsHan(f[e - 1]); ++e) {
          const std::u32string_view venue(f.data() + q + 1, e - q - 1);
          if (!EndsWithVenueWord(venue) || !ContainsAny(std::u32string_view(f.data() + e, 2), {U"舉行", U"舉辦", U"開幕", U"召開", U"登場"})) continue;
          for (size_t at = f.find(venue); at != std::u32string::npos && place < 0; at = f.find(venue, at + 1))
            if (const int k = SegEndingAt(static_cast<uint32_t>(at)); k >= 0 && segs_[static_cast<size_t>(k)].kind == SegKind::kPlace)
              place = k;
          break;
        }
      }
    }
    if (place < 0) place = inner_place;
    // (Or the place of its record's 地點 line, right under a line naming it: ■ 9月22日出席「…論壇」開幕 / ◆ 地點：維爾紐斯
    // 立陶宛展覽會議中心.)
    if (place < 0) {
      std::u32string_view name(nt_.folded.data() + events_[i].span.begin, events_[i].span.size());
      for (size_t at = nt_.folded.find(name); at != std::u32string::npos && place < 0; at = nt_.folded.find(name, at + 1))
        place = VenueLinePlace(static_cast<uint32_t>(at + name.size()));
    }
    // (Or, in an English head, the place of the line of place and day right under its name: 2026 …Forum / Chiang Mai,
    // Thailand, 9 September 2026.)
    if (place < 0 && english_host < 0)
      if (const Span dl = DatelineUnder(i); dl.size() > 0) {
        auto [lo, hi] = SegsIn(dl);
        for (size_t k = lo; k < hi && place < 0; ++k)
          if (segs_[k].kind == SegKind::kPlace) place = static_cast<int>(k);
        // (An English name: a part between commas, or the first words of a venue's, Hsinchu Convention Center — the
        // publisher's English name, bare or whole, or a place the gazetteer knows.)
        const std::u32string& t = nt_.text;
        for (uint32_t b = dl.begin; place < 0 && english_host < 0 && b < dl.end;) {
          uint32_t e = b;
          while (e < dl.end && t[e] != U',') ++e;
          uint32_t pb = b, pe = e;
          while (pb < pe && t[pb] == U' ') ++pb;
          while (pe > pb && t[pe - 1] == U' ') --pe;
          std::vector<std::u32string> names = {t.substr(pb, pe - pb)};
          for (uint32_t w = pb, words = 0; w < pe && words < 2; ++w)
            if (t[w] == U' ') {
              names.push_back(t.substr(pb, w - pb));
              ++words;
            }
          for (const std::u32string& name : names) {
            if (name.size() < 4 || !(name[0] >= U'A' && name[0] <= U'Z')) continue;
            english_host = EnglishGovernmentNamed(name);
            if (english_host >= 0) break;
          }
          b = e + 1;
        }
      }
    // (Or the place the line right under a heading naming it says it was attended or held at: （一）出席「2026民答那峨
    // 商務會議」 / 10月21日上午於達沃市SMX會議中心出席開幕典禮.)
    if (place < 0) {
      const std::u32string& f = nt_.folded;
      std::u32string_view name(f.data() + events_[i].span.begin, events_[i].span.size());
      for (size_t at = f.find(name); at != std::u32string::npos && place < 0; at = f.find(name, at + 1)) {
        const size_t nl = f.rfind(U'\n', at), lb = nl == std::u32string::npos ? 0 : nl + 1;
        const size_t le = std::min(f.find(U'\n', at), f.size());
        if (le >= f.size() || le - lb > name.size() + 14) continue;
        const std::u32string_view head(f.data() + lb, at - lb);
        if (!ContainsAny(head, {U"出席", U"參加", U"參與"})) continue;
        const size_t nb = le + 1, ne = std::min(f.find(U'\n', nb), f.size());
        auto [lo, hi] = SegsIn({static_cast<uint32_t>(nb), static_cast<uint32_t>(ne)});
        for (size_t k = lo; k < hi && place < 0; ++k) {
          const Seg& g = segs_[k];
          const uint32_t b = StartWithCountry(k);
          if (g.kind != SegKind::kPlace || b <= nb || (f[b - 1] != U'於' && f[b - 1] != U'在')) continue;
          std::u32string_view after(f.data() + g.span.end, std::min<size_t>(20, ne - g.span.end));
          after = after.substr(0, after.find_first_of(U",，;；。、"));
          if (ContainsAny(after, {U"出席", U"參加", U"舉行", U"舉辦", U"開幕"})) place = static_cast<int>(k);
        }
      }
    }
    // (Or, for the report's own event, the place a sentence says the delegation arrived at in the clause before the one
    // attending its opening: （一）7月10日抵達安特衛普，晚間出席大會開幕典禮.)
    if (place < 0 && IsOwnEvent(i)) {
      const std::u32string& f = nt_.folded;
      for (size_t si = 0; si < sentences_.size() && place < 0; ++si) {
        const Span sp = sentences_[si];
        const std::u32string_view text(f.data() + sp.begin, sp.size());
        const size_t comma = text.find_first_of(U",，");
        if (comma == std::u32string_view::npos || comma > 24) continue;
        std::u32string_view next = text.substr(comma + 1);
        next = PastTimeOfDay(next.substr(0, next.find_first_of(U",，;；。")));
        if (!(next.starts_with(U"出席") || next.starts_with(U"參加")) || !ContainsAny(next, {U"開幕典禮", U"開幕式"})) continue;
        const std::u32string_view what = next.substr(2, next.find(U"開幕") - 2);
        if (!what.empty() && what != U"大會" && !Gazetteer::Fold(ToU32(events_[i].name)).ends_with(what)) continue;
        auto [lo, hi] = SegsIn({sp.begin, sp.begin + static_cast<uint32_t>(comma)});
        for (size_t k = lo; k < hi && place < 0; ++k) {
          const Seg& g = segs_[k];
          if (g.kind != SegKind::kPlace || g.span.begin < sp.begin + 2) continue;
          const std::u32string_view verb(f.data() + g.span.begin - 2, 2);
          if (g.span.end == sp.begin + comma && NamesArrival(verb)) place = static_cast<int>(k);
        }
      }
    }
    // (Or, in English, the place the sentence says the delegation went to, to attend it: led a delegation to Tacoma,
    // Washington, … to attend the 2026 … Forum.)
    if (place < 0 && english_name) {
      const std::u32string& t = nt_.text;
      const Span sp = sentences_[events_[i].sentence];
      const std::u32string_view before(t.data() + sp.begin, events_[i].span.begin - sp.begin);
      if (english_host < 0 && (before.ends_with(U"to attend the ") || before.ends_with(U"to attend "))) {
        for (size_t at = before.find(U" to "); at != std::u32string_view::npos && english_host < 0; at = before.find(U" to ", at + 1)) {
          const size_t w = at + 4;
          size_t e = w;
          while (e < before.size() && IsLatinLetter(before[e])) ++e;
          if (e - w >= 4 && before[w] >= U'A' && before[w] <= U'Z')
            if (const int pl = EnglishPlaceHere(std::u32string(before.substr(w, e - w))); pl >= 0) english_host = PlaceEntity(pl);
        }
      }
    }
    // (Or the place a body it is held at is named after, where the text names that place: …研討會於2026年9月15日至16日在
    // 萊頓大學舉行 — in Leiden.)
    int campus_host = -1;
    if (place < 0 && english_host < 0) {
      const std::u32string& f = nt_.folded;
      const Span sp = sentences_[events_[i].sentence];
      auto [lo, hi] = SegsIn(sp);
      for (size_t k = lo; k < hi && campus_host < 0; ++k) {
        const Seg& g = segs_[k];
        if ((g.kind != SegKind::kOrg && g.kind != SegKind::kPatternOrg) || g.span.begin <= events_[i].span.end ||
            (f[g.span.begin - 1] != U'於' && f[g.span.begin - 1] != U'在') || !ContainsAny(std::u32string_view(f.data() + g.span.end, std::min<size_t>(2, sp.end - g.span.end)), {U"舉行", U"舉辦", U"召開"}))
          continue;
        std::vector<LexMatch> matches;
        g_.MatchAt(f, g.span.begin, &matches);
        size_t best = 0;
        for (const LexMatch& m : matches) {
          if (m.length < 2 || m.length >= g.span.size() || m.length <= best) continue;
          for (const LexEntry& e : *m.entries)
            if (e.kind == LexKind::kPlace)
              if (auto known = entity_by_key_.find("place:" + g_.places()[e.value].id); known != entity_by_key_.end()) {
                campus_host = known->second;
                best = m.length;
              }
        }
      }
    }
    // (Or the place opening the parentheses after it, or after its opening's word: 出席「…展」開幕典禮（大阪市　大阪國際
    // 會議場）.)
    if (place < 0) {
      const std::u32string& f = nt_.folded;
      uint32_t q = events_[i].span.end;
      if (q < f.size() && (f[q] == U'」' || f[q] == U'』')) ++q;
      for (std::u32string_view w : {std::u32string_view(U"開幕典禮"), std::u32string_view(U"開幕式"), std::u32string_view(U"閉幕式"),
                                    std::u32string_view(U"典禮"), std::u32string_view(U"開幕")})
        if (f.compare(q, w.size(), w) == 0) {
          q += static_cast<uint32_t>(w.size());
          break;
        }
      while (q < f.size() && f[q] == U' ') ++q;
      if (q + 1 < f.size() && f[q] == U'(') {
        int k = SegStartingAt(q + 1);
        if (k >= 0 && segs_[static_cast<size_t>(k)].kind == SegKind::kPlace) place = k;
      }
    }
    // (A region the delegation went to, 前往日本沖繩縣，出席「…」, gives way to the city of that country the text says
    // this edition was held or opened in: 博覽會7月17日在宜野灣開幕.)
    if (place >= 0 && IsOwnEvent(i) && out_.entities[static_cast<size_t>(EntityForSeg(place))].kind == EntityKind::kRegion) {
      int city = ThisEditionPlace(i);
      if (city >= 0 && city != place) {
        const Entity& c = out_.entities[static_cast<size_t>(EntityForSeg(city))];
        if (c.kind == EntityKind::kCity && c.country == out_.entities[static_cast<size_t>(EntityForSeg(place))].country) place = city;
      }
    }
    // (Or to a city of its country the text names whose bare name the event's name holds: 參加日本岩手縣「2026盛岡三颯舞祭」
    // with 盛岡市 called on — the festival is the city's.)
    // (Not one whose name holds the region's own: 2026南投世界茶業博覽會 stays 南投縣's.)
    if (place >= 0 && out_.entities[static_cast<size_t>(EntityForSeg(place))].kind == EntityKind::kRegion) {
      const Entity& region = out_.entities[static_cast<size_t>(EntityForSeg(place))];
      const std::u32string folded_name = Gazetteer::Fold(ToU32(events_[i].name));
      std::u32string region_base = Gazetteer::Fold(ToU32(region.label));
      if (region_base.size() >= 3 && detail::IsAdminSuffixChar(region_base.back())) region_base.pop_back();
      for (size_t k = 0; k < segs_.size() && folded_name.find(region_base) == std::u32string::npos; ++k) {
        const Seg& g = segs_[k];
        if (g.kind != SegKind::kPlace || g.index < 0) continue;
        const PlaceInfo& pl = g_.places()[static_cast<size_t>(g.index)];
        if (pl.kind != EntityKind::kCity) continue;
        std::u32string base = Gazetteer::Fold(ToU32(pl.name_zh));
        if (base.size() >= 3 && detail::IsAdminSuffixChar(base.back())) base.pop_back();
        const int ent = EntityForSeg(static_cast<int>(k));
        if (base.size() >= 2 && folded_name.find(base) != std::u32string::npos && ent >= 0 &&
            out_.entities[static_cast<size_t>(ent)].country == region.country) {
          place = static_cast<int>(k);
          break;
        }
      }
    }
    int host = PublisherHosts(i) ? publisher_ : place >= 0 ? EntityForSeg(place) : english_host >= 0 ? english_host : campus_host;
    // 應布里斯本市政府邀請…出席2025年亞太城市高峰會: the government whose invitation the delegation came on.
    if (host < 0 && AttendCueIn(sentences_[events_[i].sentence])) {
      const std::u32string& f = nt_.folded;
      Span sp = sentences_[events_[i].sentence];
      auto [lo, hi] = SegsIn(sp);
      for (size_t k = lo; k < hi && place < 0; ++k) {
        const Seg& g = segs_[k];
        if (g.kind != SegKind::kPlace || g.span.begin <= sp.begin || f[g.span.begin - 1] != U'應' ||
            g.span.end > events_[i].span.begin)
          continue;
        if (f.compare(PastGovernmentWord(g.span.end), 2, U"邀請") == 0) place = static_cast<int>(k);
      }
    }
    // The report's own event, held where "本屆 / 本次 / 今年 … 於 X 舉行" (or "由 X 主辦") says; an event the
    // delegation attended, with no place written: the trip's one destination (出國地點：西班牙巴塞隆納).
    if (host < 0 && place < 0) place = ThisEditionPlace(i, IsOwnEvent(i));
    // The publisher's short name inside the name (2027宜蘭國際童玩藝術節 in 宜蘭縣's report): the publisher's event.
    if (host < 0 && place < 0 && publisher_ >= 0) {
      std::u32string pub = ToU32(out_.entities[static_cast<size_t>(publisher_)].label);
      if (pub.size() >= 3 && (detail::IsAdminSuffixChar(pub.back()) || pub.back() == U'鄉' || pub.back() == U'鎮')) pub.pop_back();
      if (pub.size() >= 2 && ToU32(events_[i].name).find(pub) != std::u32string::npos) host = publisher_;
    }
    // A name holding the bare name of a place the text names elsewhere (2025福井國際恐龍博覽會 in a letter to 福井市):
    // that place's event; of two places sharing it (福井市, 福井縣), the one the text names more often.
    if (host < 0 && place < 0) {
      // (Each place's bare name folded once per document, not once per event.)
      if (place_bases.empty())
        for (const Seg& g : segs_)
          if (g.kind == SegKind::kPlace && g.index >= 0 && !place_bases.count(g.index)) {
            std::u32string base = Gazetteer::Fold(ToU32(g_.places()[static_cast<size_t>(g.index)].name_zh));
            if (base.size() >= 3 && detail::IsAdminSuffixChar(base.back())) base.pop_back();
            place_bases.emplace(g.index, std::move(base));
          }
      const std::u32string folded_name = Gazetteer::Fold(ToU32(events_[i].name));
      std::map<int, std::pair<int, uint32_t>> named;  // entity -> (mentions, first position)
      for (size_t k = 0; k < segs_.size(); ++k) {
        const Seg& g = segs_[k];
        if (g.kind != SegKind::kPlace || g.index < 0) continue;
        const std::u32string& base = place_bases[g.index];
        if (base.size() < 2 || folded_name.find(base) == std::u32string::npos) continue;
        const int ent = EntityForSeg(static_cast<int>(k));
        if (ent < 0) continue;
        auto [it, fresh] = named.try_emplace(ent, 0, g.span.begin);
        ++it->second.first;
      }
      int best = -1;
      for (const auto& [ent, seen] : named)
        if (best < 0 || seen.first > named[best].first ||
            (seen.first == named[best].first && seen.second < named[best].second))
          best = ent;
      if (best >= 0) host = best;
    }
    // 出席黃金海岸市議會舉辦之「…」: a council holding it right before its name — the council's government; 黃金海岸市位於…，
    // 曾主辦2018年大英國協運動會: a place opening the sentence that once held it.
    if (host < 0 && place < 0) {
      const std::u32string& f = nt_.folded;
      const Span sp = sentences_[events_[i].sentence];
      uint32_t q = events_[i].span.begin;
      if (q > sp.begin && (f[q - 1] == U'「' || f[q - 1] == U'『')) --q;
      for (std::u32string_view verb : {U"舉辦之", U"主辦之", U"舉辦的", U"主辦的", U"舉行之"}) {
        if (q < sp.begin + verb.size() + 2 || f.compare(q - verb.size(), verb.size(), verb) != 0) continue;
        const int k = SegEndingAt(q - static_cast<uint32_t>(verb.size()));
        if (k >= 0 && (segs_[static_cast<size_t>(k)].kind == SegKind::kOrg || segs_[static_cast<size_t>(k)].kind == SegKind::kPatternOrg))
          if (const int org = EntityForSeg(k); org >= 0 && out_.entities[static_cast<size_t>(org)].label.ends_with("議會"))
            host = CouncilGovernment(org);
        break;
      }
      if (host < 0 && q >= sp.begin + 3 && (f.compare(q - 3, 3, U"曾主辦") == 0 || f.compare(q - 3, 3, U"曾舉辦") == 0)) {
        const std::u32string_view text(f.data() + sp.begin, sp.size());
        const uint32_t lead = sp.end - static_cast<uint32_t>(PastSpeakerLabel(text).size());
        if (const int k = SegStartingAt(lead); k >= 0 && segs_[static_cast<size_t>(k)].kind == SegKind::kPlace) place = k;
      }
    }
    // 市長X並邀請黃市長明年出席「2027迪納揚節」: an event its inviter invites to, with no place written, is held by the
    // local government the inviter heads.
    if (host < 0 && place < 0) {
      Span sp = sentences_[events_[i].sentence];
      std::u32string_view before(nt_.folded.data() + sp.begin, events_[i].span.begin - sp.begin);
      size_t invite = before.rfind(U"邀請");
      if (invite == std::u32string_view::npos) invite = before.rfind(U"invited ");  // (Mayor Aoki invited Mayor Chang to …)
      if (invite != std::u32string_view::npos && before.substr(0, invite).find(U'應') == std::u32string_view::npos) {
        uint32_t at = sp.begin + static_cast<uint32_t>(invite);
        int inviter = -1;
        auto lo = std::lower_bound(person_occurrences_.begin(), person_occurrences_.end(), std::make_pair(sp.begin, -1));
        for (auto it = lo; it != person_occurrences_.end() && it->first < at; ++it) inviter = it->second;
        for (const Relation& r : out_.relations) {
          if (inviter < 0 || r.kind != RelationKind::kPost || r.from != inviter) continue;
          if ((r.role == Role::kMayor || r.role == Role::kGovernor) &&
              ontology::IsLocalGovernment(out_.entities[static_cast<size_t>(r.to)].kind) && r.to != publisher_) {
            host = r.to;
            break;
          }
        }
        // (建議明年邀請渡邊町長率團出席「2027日月潭花火音樂嘉年華」: a suggestion that names no inviter, no place and no body
        // before the invitation is the publisher's own: its event.)
        if (host < 0 && inviter < 0 && publisher_ >= 0 && PastListNumber(before).starts_with(U"建議") && events_[i].span.begin - at <= 30) {
          const auto [seg_lo, seg_hi] = SegsIn({sp.begin, at});
          bool named = false;
          for (size_t k = seg_lo; k < seg_hi && !named; ++k)
            named = segs_[k].kind == SegKind::kPlace || segs_[k].kind == SegKind::kOrg || segs_[k].kind == SegKind::kPatternOrg ||
                    segs_[k].kind == SegKind::kCountry;
          if (!named) host = publisher_;
        }
      }
    }
    // (Not for a later edition: an invitation to next year's is not held where the trip went.)
    // (Or where a sentence just after says one went to it, naming it by its kind alone: ■ 本市參加「2026亞洲城市交通論壇」
    // / 局長X赴菲律賓馬尼拉市出席論壇.)
    if (host < 0 && place < 0) {
      const std::u32string& f = nt_.folded;
      const std::u32string name = Gazetteer::Fold(ToU32(events_[i].name));
      const std::u32string_view kind = name.size() >= 4 ? std::u32string_view(name).substr(name.size() - 2) : std::u32string_view();
      for (uint32_t sj = events_[i].sentence + 1; !kind.empty() && sj < sentences_.size() && place < 0 &&
                                                  sentences_[sj].begin <= events_[i].span.end + 400;
           ++sj) {
        auto [lo, hi] = SegsIn(sentences_[sj]);
        for (size_t k = lo; k < hi && place < 0; ++k) {
          const Seg& g = segs_[k];
          if (g.kind != SegKind::kPlace) continue;
          const uint32_t b = StartWithCountry(k);
          if (b <= sentences_[sj].begin || (f[b - 1] != U'赴' && f[b - 1] != U'在' && f[b - 1] != U'於')) continue;
          std::u32string_view after(f.data() + g.span.end, sentences_[sj].end - g.span.end);
          if (!(after.starts_with(U"出席") || after.starts_with(U"參加"))) continue;
          after.remove_prefix(2);
          for (std::u32string_view w : {U"該", U"本次", U"本屆"})
            if (after.starts_with(w)) after.remove_prefix(w.size());
          if (after.starts_with(kind)) place = static_cast<int>(k);
        }
      }
    }
    const Date& when = out_.entities[static_cast<size_t>(ev)].date;
    bool later = when.valid() && out_.meta.trip_start.valid() && when.year > out_.meta.trip_start.year;
    // (Or the place a day's heading above names, where the delegation attends it: （一）7月14日　石垣市 / …下午出席「…」
    // 開幕式.)
    if (host < 0 && place < 0 && !later && AttendCueIn(sentences_[events_[i].sentence])) {
      const std::u32string_view heading = HeadingAbove(sentences_[events_[i].sentence].begin);
      const uint32_t e = static_cast<uint32_t>(heading.data() - nt_.folded.data() + heading.size());
      if (!heading.empty() && heading.size() <= 24 && heading.find_first_of(U"。,，;；") == std::u32string_view::npos)
        if (const int k = SegEndingAt(e); k >= 0 && segs_[static_cast<size_t>(k)].kind == SegKind::kPlace) place = k;
    }
    if (host < 0 && place < 0 && !later && (events_[i].sentence < 3 || AttendCueIn(sentences_[events_[i].sentence])))
      place = trip_place_seg_;
    // (Or, the field naming several, the one the head does not name as visited besides the report's own event.)
    if (host < 0 && place < 0 && !later && trip_place_seg_ < 0 && IsOwnEvent(i)) place = FieldPlaceNotVisited();
    // (A release on visitors to the publisher's city, no trip abroad: what they attend with no place written is held
    // there. 使節團…訪問高雄 … 出席「2026台灣國際遊艇展」開幕典禮.)
    if (host < 0 && place < 0 && !later && trip_place_seg_ < 0 && visits_publisher &&
        AttendCueIn(sentences_[events_[i].sentence]))
      host = publisher_;
    // (An event the publisher's own official invites others to, no place written: the publisher's — 鄭局長邀請萊頓市
    // 代表團明年出席「2027府城國際藝術節」.)
    if (host < 0 && place < 0 && publisher_ >= 0) {
      const Span sp = sentences_[events_[i].sentence];
      std::u32string_view clause(nt_.folded.data() + sp.begin, events_[i].span.begin - sp.begin);
      size_t cut = clause.find_last_of(U",，;；");
      const uint32_t clause_begin = sp.begin + static_cast<uint32_t>(cut == std::u32string_view::npos ? 0 : cut + 1);
      clause = clause.substr(cut == std::u32string_view::npos ? 0 : cut + 1);
      const size_t invite = clause.find(U"邀請");
      if (invite != std::u32string_view::npos && clause.substr(0, invite).find_first_of(U"應受") == std::u32string_view::npos &&
          ContainsAny(clause.substr(invite), {U"出席", U"參加", U"參與"})) {
        bool ours = false;
        for (auto it = std::lower_bound(person_occurrences_.begin(), person_occurrences_.end(), std::make_pair(clause_begin, -1));
             it != person_occurrences_.end() && it->first < clause_begin + invite; ++it)
          ours = IsPublisherSide(it->second);
        if (ours) host = publisher_;
      }
    }
    // (A programme's event, the one its head names, with no place read: the publisher's, whose programme it is.)
    if (host < 0 && place < 0 && publisher_ >= 0 && ProgrammeEvent(i) && !visits_publisher) host = publisher_;
    if (host < 0) host = EntityForSeg(place);
    if (host >= 0) locate(host);
  }
  // A meeting attended on a day of the report's own event, where no place is written for it (葉局長於10月21日下午出席
  // AFHC理事會議 during the conference held in 古晉市 on 10月21日至22日): held where that event is.
  {
    auto location_of = [&](int ev) {
      for (const Relation& r : out_.relations)
        if (r.kind == RelationKind::kLocation && r.from == ev) return r.to;
      return -1;
    };
    int own = -1;
    for (size_t i = 0; i < events_.size(); ++i)
      if (IsOwnEvent(i)) {
        if (own >= 0 && own != event_entity_[i]) own = -2;
        if (own == -1) own = event_entity_[i];
      }
    const int own_place = own >= 0 ? location_of(own) : -1;
    if (own_place >= 0) {
      const Entity& o = out_.entities[static_cast<size_t>(own)];
      const Date first = o.date, last = o.end_date.valid() ? o.end_date : o.date;
      std::vector<std::pair<int, uint32_t>> side;  // (event, sentence)
      for (size_t i = 0; i < events_.size(); ++i) {
        const int ev = event_entity_[i];
        const Date& d = out_.entities[static_cast<size_t>(ev)].date;
        if (ev == own || location_of(ev) >= 0 || !first.valid() || first.day == 0 || !d.valid() || d.day == 0 ||
            d < first || last < d || !AttendCueIn(sentences_[events_[i].sentence]))
          continue;
        if (std::none_of(side.begin(), side.end(), [&](const auto& x) { return x.first == ev; })) side.emplace_back(ev, events_[i].sentence);
      }
      for (const auto& [ev, sentence] : side) {
        Relation r;
        r.kind = RelationKind::kLocation;
        r.from = ev;
        r.to = own_place;
        r.evidence = SentenceEvidence(sentence);
        out_.relations.push_back(std::move(r));
      }
    }
  }
}

// Membership, clause by clause: a clause with a membership cue (會員, 加入, 入會, 隸屬, ...) and no negation links
// the governments it names (本市/本府 = the publisher) to the organizations it names — else to those of its
// sentence, else (該組織, 該會, or none) to the network named last before it. A clause ending in a colon
// ("核准新會員加入：") links the governments listed on the lines after it.
void DocumentExtraction::FindMembers() {
  const std::u32string& f = nt_.folded;
  int last_org_seg = -1;       // last organization of any kind
  int last_network_seg = -1;   // last known network (gazetteer organization)
  std::set<std::pair<int, int>> seen;
  auto add = [&](int gov, int seg, uint32_t si) {
    int org = EntityForSeg(seg);
    if (org < 0 || gov < 0 || org == gov || !seen.insert({gov, org}).second) return;
    Relation r;
    r.kind = RelationKind::kMemberOf;
    r.from = gov;
    r.to = org;
    r.date = DefaultDate();
    r.evidence = SentenceEvidence(si);
    out_.relations.push_back(std::move(r));
  };
  auto is_org_seg = [&](const Seg& g) { return g.kind == SegKind::kOrg || (g.kind == SegKind::kPatternOrg && g.network); };
  // The local governments `span` names (本市 the publisher), each once in order; a place naming an office (高陽市長) only
  // with `offices`; not a region that only locates the next place.
  auto governments_named = [&](Span span, bool offices) {
    std::vector<int> named;
    auto [lo, hi] = SegsIn(span);
    for (size_t k = lo; k < hi; ++k) {
      if ((segs_[k].kind != SegKind::kPlace && segs_[k].kind != SegKind::kSelf) || segs_[k].span.end > span.end) continue;
      const bool office = k + 1 < segs_.size() && segs_[k + 1].kind == SegKind::kTitle && segs_[k + 1].span.begin == segs_[k].span.end;
      if ((office && !offices) || (segs_[k].kind == SegKind::kPlace && LocatesNextPlace(k))) continue;
      const int gov = segs_[k].kind == SegKind::kSelf ? publisher_ : EntityForSeg(static_cast<int>(k));
      if (gov >= 0 && ontology::IsLocalGovernment(out_.entities[static_cast<size_t>(gov)].kind) &&
          std::find(named.begin(), named.end(), gov) == named.end())
        named.push_back(gov);
    }
    return named;
  };
  for (uint32_t si = 0; si < sentences_.size(); ++si) {
    Span s = sentences_[si];
    // Clauses. (Not parted by a comma inside parentheses: 「…盟約」（Global Covenant of Mayors…，GCoM）成員.)
    std::vector<Span> clauses;
    uint32_t cb = s.begin;
    uint32_t shut = s.begin;  // the end of the parentheses the position stands in
    for (uint32_t p = s.begin; p < s.end; ++p) {
      if (f[p] == U'(' && p >= shut)
        if (const uint32_t past = detail::PastParenthesis(f, p, s.end, 80); past > p) shut = past - 1;
      if (p < shut && p + 1 != s.end) continue;
      if (f[p] == U',' || f[p] == U';' || f[p] == U':' || p + 1 == s.end) {
        clauses.push_back({cb, p + 1});
        cb = p + 1;
      }
    }
    std::vector<int> sentence_orgs;
    auto [sent_lo, sent_hi] = SegsIn(s);
    for (size_t k = sent_lo; k < sent_hi; ++k)
      if (segs_[k].span.end <= s.end && is_org_seg(segs_[k])) sentence_orgs.push_back(static_cast<int>(k));
    for (const Span& c : clauses) {
      bool cue = false;
      for (uint32_t p = c.begin; p < c.end && !cue; ++p)
        for (const auto& m : lex_.Cues(p)) {
          if (m.second != CueKind::kMember) continue;
          std::u32string_view after(f.data() + p + m.first, std::min<size_t>(2, c.end - (p + m.first)));
          // 會員大會, 會員數, 會員國, 會員們 are no membership statements. (加入國際…聯盟 is one.)
          if (after.rfind(U"大會", 0) == 0 || after.rfind(U"數", 0) == 0 || (after.rfind(U"國", 0) == 0 && after != U"國際") ||
              after.rfind(U"們", 0) == 0 || after.rfind(U"間", 0) == 0)
            continue;
          // (Dues are paid by members only — 核准地方政府會費減免之申請：, 本市每年繳交會費 — but 研討會費用 is a fee.)
          // (Nor 拜會費城: 會 ends a word and a place starts at 費.)
          if (f.compare(p, 2, U"會費") == 0 && (after.rfind(U"用", 0) == 0 || (p > c.begin && lex_.EventEndsAt(p + 1)) ||
                                               lex_.BoundaryEndsAt(p + 1) || SegStartingAt(p + 1) >= 0))
            continue;
          // 代表城市 ("representative city") is a seat only in a body named right before it (IAEC亞太區域代表城市), not
          // in 臺灣代表城市.
          if (f.compare(p, 4, U"代表城市") == 0) {
            bool body = false;
            auto [lo, hi] = SegsIn(c);
            for (size_t k = lo; k < hi && !body; ++k)
              if (is_org_seg(segs_[k]) && segs_[k].span.end <= p && p - segs_[k].span.end <= 6) {
                body = true;
                for (uint32_t x = segs_[k].span.end; x < p; ++x) body = body && IsHan(f[x]) && lex_.StopLen(x) == 0;
              }
            if (!body) continue;
          }
          // A delegation's or a committee's members (訪問團成員, 委員會成員) are persons.
          if (f.compare(p, 2, U"成員") == 0 && p > c.begin &&
              std::u32string_view(U"團隊組會員").find(f[p - 1]) != std::u32string_view::npos)
            continue;
          cue = true;
        }
      // (Or a network's title for a city, right after the network: 為聯合國教科文組織創意城市網絡之媒體藝術之都, …網絡的
      // 設計之都, …網絡「媒體藝術之都」 — a member's designation.)
      if (!cue && std::u32string_view(f.data() + c.begin, c.size()).find(U"之都") != std::u32string_view::npos) {
        auto [lo, hi] = SegsIn(c);
        for (size_t k = lo; k < hi && !cue; ++k) {
          const uint32_t q = segs_[k].span.end + 1;
          if (!is_org_seg(segs_[k]) || q >= c.end || (f[q - 1] != U'之' && f[q - 1] != U'的' && f[q - 1] != U'「' && f[q - 1] != U'『'))
            continue;
          uint32_t w = q;
          while (w < c.end && w - q < 6 && IsHan(f[w]) && f.compare(w, 2, U"之都") != 0) ++w;
          cue = w > q && f.compare(w, 2, U"之都") == 0;
        }
      }
      std::u32string_view text(f.data() + c.begin, c.size());
      // (read only for a clause with a cue: most have none)
      // Not yet: an intention, a plan, a suggestion or a study of whether to join (塔什干市表示有意加入WeGO, 擬申請入會,
      // 評估加入…, 建議本市申請加入…) is no membership.
      bool negated = cue && ContainsAny(text, {U"非", U"不是", U"尚未", U"有意", U"擬", U"考慮", U"希望加入", U"計畫加入",
                                               U"爭取加入", U"邀請", U"評估", U"研議", U"可行性", U"原為", U"建議"});
      // (Nor a sentence that says the membership ended, unless it began again — 原為…會員，…已於2024年退出該網絡; but
      // 曾於2018年退出…，2026年…同意重新入會 —, or that the application still waits — 提出入會申請，目前尚待…審議.)
      if (cue && !negated) {
        const std::u32string_view whole(f.data() + s.begin, s.size());
        const bool left = ContainsAny(whole, {U"退出", U"退會", U"脫離", U"終止會籍"}) &&
                          !ContainsAny(whole, {U"重新入會", U"重新加入", U"恢復會員", U"再度加入", U"再次加入"});
        const bool pending = ContainsAny(whole, {U"尚待", U"待審", U"審議中", U"審核中", U"申請中"});
        negated = left || pending;
      }
      std::vector<int> govs, orgs;
      bool anaphora = cue && ContainsAny(text, {U"該組織", U"該會", U"該分會", U"該聯盟", U"該網絡", U"該論壇"});
      auto [clause_lo, clause_hi] = SegsIn(c);
      for (size_t k = clause_lo; k < clause_hi; ++k) {
        const Seg& g = segs_[k];
        if (g.span.end > c.end) continue;
        if (g.kind == SegKind::kSelf) {
          if (publisher_ >= 0) govs.push_back(publisher_);
        } else if (g.kind == SegKind::kPlace) {
          // A place that names a person's office (高陽市長) is not the subject.
          bool office = k + 1 < segs_.size() && segs_[k + 1].kind == SegKind::kTitle && segs_[k + 1].span.begin == g.span.end;
          // Nor the seat of a body (總部設於西班牙巴塞隆納之「…」, 秘書處位於首爾).
          uint32_t before = g.span.begin;
          if (k > 0 && segs_[k - 1].kind == SegKind::kCountry && segs_[k - 1].span.end == before) before = segs_[k - 1].span.begin;
          bool seat = before >= c.begin + 2 && ContainsAny(std::u32string_view(f.data() + before - 2, 2), {U"設於", U"位於", U"設在"});
          // (Nor where a meeting is held: 畢爾包市於本月初在波爾圖舉行的…大會中正式入會 — 波爾圖 joins nothing.)
          if (!seat && before > c.begin && (f[before - 1] == U'在' || f[before - 1] == U'於'))
            seat = ContainsAny(std::u32string_view(f.data() + g.span.end, std::min<size_t>(4, c.end - g.span.end)), {U"舉行", U"舉辦", U"召開"});
          // (But a city named right after the seat it holds is the member, whoever of it is named next: IAEC主席城市巴塞隆納市
          // 第一副市長X主持, 亞太區域代表城市韓國昌原市.)
          bool holder = false;
          if (before >= c.begin + 2 && f.compare(before - 2, 2, U"城市") == 0)
            for (uint32_t x = before >= c.begin + 4 ? before - 4 : c.begin; x + 2 < before && !holder; ++x)
              for (const auto& m : lex_.Cues(x)) holder = holder || (m.second == CueKind::kMember && x + m.first == before);
          if ((!office || holder) && !seat && !LocatesNextPlace(k)) govs.push_back(EntityForSeg(static_cast<int>(k)));
        } else if (is_org_seg(g)) {
          // ECF「自行車友善城市」網絡, ECF的…網絡: a network of a body written right before it is what is joined, not its
          // owner.
          if (!orgs.empty()) {
            const Seg& owner = segs_[static_cast<size_t>(orgs.back())];
            const bool owned = g.kind == SegKind::kPatternOrg && g.network &&
                               (g.span.begin == owner.span.end ||
                                (g.span.begin == owner.span.end + 1 && (f[owner.span.end] == U'「' || f[owner.span.end] == U'的')));
            if (owned) orgs.pop_back();
          }
          orgs.push_back(static_cast<int>(k));
        }
      }
      // "素里市為…第二大城，…，也是加拿大城市聯盟(FCM)成員": a clause going on with the sentence's subject.
      // (Or a bare 為 / 是 after a clause that describes it: 伊洛伊洛市人口約46萬人，為…聯盟成員.)
      bool bare_is = (text.starts_with(U"為") || text.starts_with(U"是")) &&
                     !ContainsAny(text.substr(0, std::min<size_t>(2, text.size())), {U"為了", U"為期", U"為此", U"為主", U"是否"});
      if (cue && govs.empty() && c.begin > s.begin &&
          (bare_is || ContainsAny(text.substr(0, std::min<size_t>(3, text.size())), {U"也是", U"亦為", U"並為", U"也為", U"且為", U"同為"}))) {
        auto [lo, hi] = SegsIn(clauses.front());
        if (lo < hi && segs_[lo].kind == SegKind::kPlace && !LocatesNextPlace(lo) &&
            !(lo + 1 < segs_.size() && segs_[lo + 1].kind == SegKind::kTitle && segs_[lo + 1].span.begin == segs_[lo].span.end))
          govs.push_back(EntityForSeg(static_cast<int>(lo)));
      }
      // "水原市為…首府，…，與本市同為…網絡成員": a later clause saying the sentence's subject is a member together with
      // another (與 + the other + 同為, 皆為, 均為, 都是) — the subject too, the place that opens the sentence.
      if (cue && c.begin > s.begin && text.starts_with(U"與")) {
        bool together = false;
        for (std::u32string_view w : {U"同為", U"同是", U"皆為", U"均為", U"都是"})
          together = together || text.substr(0, std::min<size_t>(12, text.size())).find(w) != std::u32string_view::npos;
        auto [lo, hi] = SegsIn(clauses.front());
        if (together && lo < hi && segs_[lo].kind == SegKind::kPlace && segs_[lo].span.begin == clauses.front().begin &&
            !LocatesNextPlace(lo) &&
            !(lo + 1 < segs_.size() && segs_[lo + 1].kind == SegKind::kTitle && segs_[lo + 1].span.begin == segs_[lo].span.end))
          if (const int subject = EntityForSeg(static_cast<int>(lo)); subject >= 0 && std::find(govs.begin(), govs.end(), subject) == govs.end())
            govs.push_back(subject);
      }
      // "Vilnius, a member of the Eurocities network since 2004, hopes…": in English, a clause in apposition opening with
      // "a member of" is said of the place that ends the clause before it.
      if (cue && govs.empty() && c.begin > s.begin) {
        std::u32string_view opening = text;
        while (!opening.empty() && opening.front() == U' ') opening.remove_prefix(1);
        if (opening.starts_with(U"a member of ") || opening.starts_with(U"also a member of ")) {
          const int k = SegEndingAt(c.begin - 1);
          if (k >= 0 && segs_[static_cast<size_t>(k)].kind == SegKind::kPlace) {
            govs.push_back(EntityForSeg(k));
          } else {
            // (A place by its English name: the capitalized words right before the comma, the longest the gazetteer knows.)
            const std::u32string& t = nt_.text;
            const uint32_t e = c.begin - 1;
            uint32_t b = e;
            for (int words = 0; words < 3 && b > s.begin; ++words) {
              uint32_t w = b;
              while (w > s.begin && IsLatinLetter(t[w - 1])) --w;
              if (w == b || !(t[w] >= U'A' && t[w] <= U'Z')) break;
              if (const int place = g_.PlaceByEnglish(nt_.Utf8(w, e)); place >= 0) {
                govs.clear();
                govs.push_back(PlaceEntity(place));
              }
              if (w == s.begin || t[w - 1] != U' ') break;
              b = w - 1;
            }
          }
        }
      }
      // "高雄與瓦爾帕萊索同為因港而生的城市，兩市均為…協會（AIVP）會員": both cities, the two governments the sentence's
      // earlier clauses name.
      if (cue && govs.empty() && c.begin > s.begin &&
          ContainsAny(text.substr(0, std::min<size_t>(4, text.size())), {U"兩市", U"雙方", U"兩城", U"兩縣", U"兩地"})) {
        const std::vector<int> named = governments_named({s.begin, c.begin}, /*offices=*/false);
        if (named.size() == 2) govs = named;
        // (侯市長表示，克盧日-納波卡市是…，兩市同為…會員: in a report of the publisher, the one other government named is
        // its partner.)
        if (named.size() == 1 && publisher_ >= 0 && named.front() != publisher_ &&
            text.substr(0, std::min<size_t>(4, text.size())).find(U"兩") != std::u32string_view::npos)
          govs = {publisher_, named.front()};
      }
      // "基隆與奧隆阿波同為港口城市，也都是「…」成員": a clause saying "both" of the two governments the clause right
      // before names.
      if (cue && govs.empty() && c.begin > s.begin &&
          ContainsAny(text.substr(0, std::min<size_t>(4, text.size())), {U"都是", U"都為", U"均為", U"均是", U"皆為", U"皆是", U"同為"})) {
        const std::vector<int> named = governments_named(*(&c - 1), /*offices=*/false);
        if (named.size() == 2) govs = named;
      }
      // (Or a clause opening so in a sentence that names no government, right after one that names two: 黃正德表示，巴勒摩
      // 與臺南同樣是…。隆哥說，兩市都是「…」成員.)
      if (cue && govs.empty() && c.begin > s.begin && si > 0 &&
          ContainsAny(text.substr(0, std::min<size_t>(4, text.size())), {U"兩市", U"兩縣", U"兩縣市", U"兩城"}) &&
          governments_named({s.begin, c.begin}, /*offices=*/false).empty()) {
        const std::vector<int> named = governments_named(sentences_[si - 1], /*offices=*/false);
        if (named.size() == 2) govs = named;
      }
      // (Or a sentence opening 兩縣市同為…會員 right after one on a call: the two governments that sentence names — the
      // visitor's by its office too, 畢爾包市副市長X…拜會新竹縣政府.)
      if (cue && govs.empty() && c.begin == s.begin && si > 0 &&
          ContainsAny(text.substr(0, std::min<size_t>(4, text.size())), {U"兩市", U"兩縣", U"兩縣市", U"兩城"})) {
        const Span prev = sentences_[si - 1];
        const std::vector<int> named = governments_named(prev, /*offices=*/true);
        if (named.size() == 2 && ContainsAny(std::u32string_view(f.data() + prev.begin, prev.size()), {U"拜會", U"拜訪", U"接見", U"訪問"}))
          govs = named;
      }
      // "本市曾於2018年退出…，2026年3月經該論壇大會同意重新入會": a later clause with no government of its own goes on with
      // the publisher the sentence opens with.
      if (cue && govs.empty() && c.begin > s.begin && publisher_ >= 0) {
        auto [lo, hi] = SegsIn(clauses.front());
        // (past a list item's number: 四、本市…)
        const std::u32string_view first(f.data() + clauses.front().begin, clauses.front().size());
        const uint32_t lead = clauses.front().end - static_cast<uint32_t>(PastSpeakerLabel(first).size());
        if (lo < hi && segs_[lo].kind == SegKind::kSelf && segs_[lo].span.begin == lead) govs.push_back(publisher_);
      }
      // "通過新會員城市，包括X及Y": the governments the next clause lists. (Also after the count of its members: 現有約70個
      // 會員城市，包括X、Y及Z.)
      if (cue && govs.empty() && &c != &clauses.back() &&
          ContainsAny(text, {U"新會員", U"通過", U"核准", U"新加入", U"現有", U"目前有", U"共有"})) {
        const Span& next = *(&c + 1);
        std::u32string_view nt(f.data() + next.begin, next.size());
        if (ContainsAny(nt.substr(0, std::min<size_t>(4, nt.size())), {U"包括", U"包含", U"分別為", U"計有"})) {
          auto [lo, hi] = SegsIn(next);
          for (size_t k = lo; k < hi; ++k)
            if (segs_[k].kind == SegKind::kPlace && segs_[k].span.end <= next.end && !LocatesNextPlace(k))
              govs.push_back(EntityForSeg(static_cast<int>(k)));
        }
      }
      if (cue && !negated) {
        std::vector<int> targets = orgs;
        if (targets.empty() && !anaphora) targets = sentence_orgs;
        if (targets.empty()) {
          // 該組織 points at the paragraph's subject: the first known network named in the paragraph so far.
          int fallback = -1;
          // (該聯盟 after a heading naming the league: the last organization before whose name ends in the word the
          // anaphor uses.)
          if (anaphora) {
            const std::u32string_view noun = ContainsAny(text, {U"該聯盟"}) ? U"聯盟" : ContainsAny(text, {U"該網絡"}) ? U"網絡"
                                            : ContainsAny(text, {U"該組織"}) ? U"組織" : ContainsAny(text, {U"該論壇"}) ? U"論壇" : U"";
            for (size_t k = SegsIn({c.begin > 600 ? c.begin - 600 : 0, c.begin}).second; k > 0 && !noun.empty() && fallback < 0;) {
              --k;
              if (segs_[k].span.begin + 600 < c.begin) break;
              const bool org = segs_[k].kind == SegKind::kOrg || segs_[k].kind == SegKind::kPatternOrg;
              if (org && segs_[k].span.end <= c.begin && std::u32string_view(f.data() + segs_[k].span.begin, segs_[k].span.size()).ends_with(noun))
                fallback = static_cast<int>(k);
            }
          }
          if (anaphora && fallback < 0) {
            uint32_t para = c.begin;
            while (para > 0 && f[para - 1] != U'\n') --para;
            for (size_t k = SegsIn({para, c.begin}).first; k < segs_.size() && segs_[k].span.begin < c.begin; ++k)
              if (segs_[k].kind == SegKind::kOrg) {
                fallback = static_cast<int>(k);
                break;
              }
          }
          // (Not where 加入 has an object of its own that names no body: 樂見嘉義縣加入步道交流之行列, "join the ranks of".)
          bool own_object = false;
          if (const size_t join = text.find(U"加入"); join != std::u32string_view::npos && !anaphora) {
            const std::u32string_view object = text.substr(join + 2);
            size_t k = 0;
            // (A quoted name inside it, after a word of its own: 加入慢食「美味方舟」名錄, "join the Ark of Taste's list".)
            while (k < object.size() && (IsHan(object[k]) || (k > 0 && std::u32string_view(U"「」『』").find(object[k]) != std::u32string_view::npos)))
              ++k;
            own_object = k >= 4 && !object.starts_with(U"該") && !object.starts_with(U"本") &&
                         !ContainsAny(object.substr(0, k), {U"會員", U"成員", U"會籍", U"聯盟", U"組織", U"網絡", U"協會", U"城市"});
          }
          if (fallback < 0 && !own_object) fallback = last_network_seg >= 0 ? last_network_seg : last_org_seg;
          if (fallback >= 0) targets.push_back(fallback);
        }
        for (int gov : govs)
          for (int seg : targets) add(gov, seg, si);
        // "核准新會員加入：" and a list of governments on the following lines.
        if (govs.empty() && c.end > c.begin && f[c.end - 1] == U':' && !targets.empty()) {
          for (uint32_t sj = si + 1; sj < sentences_.size() && sj < si + 40; ++sj) {
            Span line = sentences_[sj];
            uint32_t b = line.begin;
            while (b < line.end && (f[b] == U' ' || f[b] == U'\n' || f[b] == U'\t')) ++b;
            if (b >= line.end) continue;
            if (f[b] == U'-' || f[b] == U'•' || f[b] == U'●') {
              ++b;
            } else {
              // (Or numbered: 1. 韓國光州廣域市 (１．, written full-width), 2、…, (3) …, 四、…)
              uint32_t q = b;
              if (f[q] == U'(') ++q;
              const uint32_t digits = q;
              while (q < line.end && q - digits < 3 &&
                     ((f[q] >= U'0' && f[q] <= U'9') || std::u32string_view(U"一二三四五六七八九十").find(f[q]) != std::u32string_view::npos))
                ++q;
              if (q == digits || q >= line.end || (f[b] == U'(' ? f[q] != U')' : std::u32string_view(U".、)").find(f[q]) == std::u32string_view::npos))
                break;
              b = q + 1;
            }
            while (b < line.end && f[b] == U' ') ++b;
            int place = ListItemPlace(b, line.end);
            if (place >= 0)
              for (int seg : targets) add(place, seg, sj);
          }
        }
      }
      for (int k : orgs) {
        last_org_seg = k;
        if (segs_[static_cast<size_t>(k)].kind == SegKind::kOrg) last_network_seg = k;
      }
    }
  }
  // A table of the publisher's memberships (序號⇥組織名稱⇥英文名稱⇥加入年份⇥本市角色): a header row with an
  // organization's column and one of joining or membership; each row's organization has the publisher as a member
  // (not one its row calls an observer, or left).
  if (publisher_ < 0 || f.find(U"組織") == std::u32string::npos) return;
  const std::vector<Span> lines = HeadLines(SIZE_MAX, SIZE_MAX);
  auto cells_of = [&](Span line) { return detail::TabCells(f, line); };
  for (size_t l = 0; l < lines.size(); ++l) {
    std::vector<Span> head = cells_of(lines[l]);
    if (head.size() < 3) continue;
    int org_col = -1, role_col = -1;
    bool joining = false;
    for (size_t c = 0; c < head.size(); ++c) {
      std::u32string_view cell(f.data() + head[c].begin, head[c].size());
      if (cell.size() > 8) continue;
      if (org_col < 0 && cell.find(U"組織") != std::u32string_view::npos) org_col = static_cast<int>(c);
      if (ContainsAny(cell, {U"加入", U"入會", U"會籍", U"會員"})) joining = true;
      if (ContainsAny(cell, {U"角色", U"身分", U"身份", U"會籍"})) role_col = static_cast<int>(c);
    }
    if (org_col < 0 || !joining) continue;
    for (size_t r = l + 1; r < lines.size(); ++r) {
      std::vector<Span> row = cells_of(lines[r]);
      if (row.size() + 1 < head.size() || row.size() > head.size() + 1) break;
      if (role_col >= 0 && static_cast<size_t>(role_col) < row.size() &&
          ContainsAny(std::u32string_view(f.data() + row[static_cast<size_t>(role_col)].begin, row[static_cast<size_t>(role_col)].size()),
                      {U"觀察員", U"非會員", U"退出", U"申請中", U"評估"}))
        continue;
      // The organization: the first one named in its cell, else in the row's next cell (its English name).
      for (size_t c = static_cast<size_t>(org_col); c < row.size() && c <= static_cast<size_t>(org_col) + 1; ++c) {
        int found = -1;
        auto [lo, hi] = SegsIn(row[c]);
        for (size_t k = lo; k < hi && found < 0; ++k)
          if (segs_[k].span.end <= row[c].end && (segs_[k].kind == SegKind::kOrg || segs_[k].kind == SegKind::kPatternOrg))
            found = static_cast<int>(k);
        if (found < 0) continue;
        int org = EntityForSeg(found);
        if (org >= 0 && org != publisher_ && seen.insert({publisher_, org}).second) {
          Relation rel;
          rel.kind = RelationKind::kMemberOf;
          rel.from = publisher_;
          rel.to = org;
          rel.date = DefaultDate();
          rel.evidence = SpanEvidence(lines[r]);
          out_.relations.push_back(std::move(rel));
        }
        break;
      }
    }
  }
}

// Another mention of an organization segment (an abbreviation, 分會 alone) at `span`.
Seg DocumentExtraction::MentionOf(const Seg& org, Span span) const {
  Seg mention = org;
  mention.span = span;
  if (mention.kind == SegKind::kPatternOrg) mention.alias = nt_.Utf8(span);
  return mention;
}

// Adds segments that overlap none of the existing ones, keeping segs_ sorted by position.
void DocumentExtraction::AddSegs(std::vector<Seg> added) {
  if (added.empty()) return;
  for (auto& a : added) segs_.push_back(std::move(a));
  std::sort(segs_.begin(), segs_.end(), [](const Seg& a, const Seg& b) { return a.span.begin < b.span.begin; });
}

// Is the text from `b` up to a closing parenthesis an abbreviation of the name at `name`? Two to ten characters, no
// space or digit: capital letters only (JIC, URA; at most one lower-case letter: WeGO), or Han characters at least
// two thirds of which (and two or more) are the name's, in its order (JA宮崎經濟連 for 宮崎縣經濟農業協同組合聯合會).
// (With `comma_ends`, up to a comma too: the first of two, （農研機構，NARO）.)
bool DocumentExtraction::IsAbbreviationOf(uint32_t b, Span name, bool comma_ends) const {
  const std::u32string& f = nt_.folded;
  auto closes = [&](char32_t c) { return c == U')' || (comma_ends && c == U','); };
  uint32_t e = b;
  while (e < f.size() && !closes(f[e]) && e - b <= 10) ++e;
  if (e >= f.size() || !closes(f[e]) || e - b < 2 || e - b > 10) return false;
  size_t han = 0, matched = 0, upper = 0, lower = 0;
  uint32_t at = name.begin;
  for (uint32_t x = b; x < e; ++x) {
    const char32_t c = f[x];
    const char32_t written = nt_.text[x];  // (capitals as written; the folded text has none)
    if (IsHan(c)) {
      ++han;
      for (uint32_t y = at; y < name.end; ++y)
        if (f[y] == c) {
          ++matched;
          at = y + 1;
          break;
        }
    } else if (written >= U'A' && written <= U'Z') {
      ++upper;
    } else if (written >= U'a' && written <= U'z') {
      ++lower;
    } else {
      return false;
    }
  }
  // (A network's may end in a short lowercase word after its capitals: AFCNet, AsiaNet.)
  if (han == 0) return (upper >= 2 && lower <= 1) || (upper >= 3 && lower <= 3 && nt_.text[b] >= U'A' && nt_.text[b] <= U'Z');
  return matched >= 2 && matched * 3 >= han * 2;
}

// 「日華懇談會」(以下簡稱日華懇): the abbreviation names the organization wherever it stands later in the report.
void DocumentExtraction::FindAbbreviations() {
  const std::u32string& f = nt_.folded;
  static const std::u32string_view kMarks[] = {U"以下簡稱", U"以下稱", U"簡稱"};
  std::vector<Seg> added;
  std::map<uint32_t, uint32_t> added_spans;  // begin -> end of `added`
  std::vector<std::pair<uint32_t, uint32_t>> dropped;  // places inside an abbreviation's mentions
  // Does [p, pe) overlap a segment or an added alias? (Both sorted and disjoint: only the last one that begins
  // before pe can.)
  auto covered = [&](uint32_t p, uint32_t pe) {
    auto it = std::lower_bound(segs_.begin(), segs_.end(), pe, [](const Seg& s, uint32_t x) { return s.span.begin < x; });
    if (it != segs_.begin() && std::prev(it)->span.end > p) return true;
    auto a = added_spans.lower_bound(pe);
    return a != added_spans.begin() && std::prev(a)->second > p;
  };
  for (size_t k = 0; k < segs_.size(); ++k) {
    const Seg& org = segs_[k];
    if (org.kind != SegKind::kOrg && org.kind != SegKind::kPatternOrg) continue;
    uint32_t q = org.span.end;
    if (q < f.size() && (f[q] == U'」' || f[q] == U'』')) ++q;
    if (q >= f.size() || f[q] != U'(') continue;
    // The mark opens the parentheses or follows an English name in them: (ICLEI – Local Governments for
    // Sustainability，以下簡稱ICLEI).
    uint32_t b = q + 1;
    size_t mark = 0;
    for (uint32_t x = b; x < f.size() && x < b + 100 && f[x] != U')' && !mark; ++x) {
      if (x > b && f[x - 1] != U',' && f[x - 1] != U'，' && f[x - 1] != U';') continue;
      for (auto m : kMarks)
        if (f.compare(x, m.size(), m) == 0) {
          mark = m.size();
          b = x;
          break;
        }
    }
    if (!mark) {
      // A name followed by a known organization's abbreviation alone in parentheses (國際地方政府環境行動理事會(ICLEI))
      // is that organization, wherever the long name stands.
      if (org.kind == SegKind::kPatternOrg && k + 1 < segs_.size()) {
        const Seg& next = segs_[k + 1];
        uint32_t x = q + 1;
        while (x < f.size() && f[x] == U' ') ++x;
        uint32_t y = next.span.end;
        while (y < f.size() && f[y] == U' ') ++y;
        if (next.kind == SegKind::kOrg && next.index >= 0 && next.span.begin == x && y < f.size() && f[y] == U')') {
          const std::string pattern_name = org.name;
          const Seg known_seg = next;
          for (Seg& other : segs_)
            if (other.kind == SegKind::kPatternOrg && other.name == pattern_name) other = MentionOf(known_seg, other.span);
          continue;
        }
      }
      // An abbreviation alone in parentheses (南摩拉維亞創新中心（JIC）, 宮崎縣經濟農業協同組合聯合會（JA宮崎經濟連）):
      // capital letters, or mostly the name's own characters in order. (Or after the English name and a comma:
      // （Organization of World Heritage Cities，OWHC）.)
      if (!IsAbbreviationOf(q + 1, org.span)) {
        uint32_t close = q + 1;
        while (close < f.size() && close < q + 100 && f[close] != U')' && f[close] != U'\n') ++close;
        if (close >= f.size() || f[close] != U')') continue;
        uint32_t comma = close;
        while (comma > q + 1 && f[comma - 1] != U',' && f[comma - 1] != U'，') --comma;
        if (comma <= q + 2) continue;
        // (Or a short Han name before the comma, its Latin one after: …綜合研究機構（農研機構，NARO）.)
        if (IsHan(f[q + 1]) && IsAbbreviationOf(q + 1, org.span, /*comma_ends=*/true)) {
          b = q + 1;
        } else {
          const bool english = std::all_of(f.begin() + q + 1, f.begin() + comma - 1, [](char32_t c) {
            return IsLatinLetter(c) || c == U' ' || c == U'-' || c == U'&' || c == U'\'' || c == U'.';
          });
          uint32_t abbr = comma;
          while (abbr < close && f[abbr] == U' ') ++abbr;
          if (!english || comma - 1 - (q + 1) < 8 || !IsAbbreviationOf(abbr, org.span)) continue;
          b = abbr;
        }
      }
    }
    b += static_cast<uint32_t>(mark);
    while (b < f.size() && (f[b] == U' ' || f[b] == U'「' || f[b] == U':')) ++b;
    uint32_t e = b;
    while (e < f.size() && f[e] != U')' && f[e] != U'」' && f[e] != U',' && e - b < 12) ++e;
    if (e >= f.size() || e - b < 2) continue;
    std::u32string abbreviation = f.substr(b, e - b);
    while (!abbreviation.empty() && abbreviation.back() == U' ') abbreviation.pop_back();
    if (abbreviation.size() < 2) continue;
    // A name the text defines by an abbreviation the gazetteer knows (地方環境行動國際理事會 … 以下簡稱ICLEI) is that
    // organization, wherever the long name stands.
    if (org.kind == SegKind::kPatternOrg) {
      int known = -1;
      for (size_t j = k + 1; j < segs_.size() && segs_[j].span.begin < e; ++j)
        if (segs_[j].span.begin >= b && segs_[j].kind == SegKind::kOrg && segs_[j].index >= 0) known = static_cast<int>(j);
      if (known >= 0) {
        const std::string pattern_name = org.name;
        const Seg known_seg = segs_[static_cast<size_t>(known)];
        for (Seg& other : segs_)
          if (other.kind == SegKind::kPatternOrg && other.name == pattern_name) other = MentionOf(known_seg, other.span);
        continue;
      }
    }
    // Later mentions not already covered by a segment become this organization; so do those that only hold places
    // (宮崎 in JA宮崎經濟連), and the abbreviation where it is defined.
    auto places_only = [&](uint32_t p, uint32_t pe) {
      auto it = std::lower_bound(segs_.begin(), segs_.end(), p, [](const Seg& x, uint32_t v) { return x.span.begin < v; });
      if (it != segs_.begin() && std::prev(it)->span.end > p) return false;
      bool any = false;
      for (; it != segs_.end() && it->span.begin < pe; ++it) {
        if (it->span.end > pe || (it->kind != SegKind::kPlace && it->kind != SegKind::kCountry)) return false;
        any = true;
      }
      return any;
    };
    for (size_t pos = f.find(abbreviation, b); pos != std::u32string::npos; pos = f.find(abbreviation, pos + 1)) {
      uint32_t p = static_cast<uint32_t>(pos), pe = p + static_cast<uint32_t>(abbreviation.size());
      if (added_spans.count(p)) continue;
      // (A body read from the abbreviation's own ending, JA熊本經濟連 with 經濟連 an ending, is that mention: this body.)
      {
        auto it = std::lower_bound(segs_.begin(), segs_.end(), p, [](const Seg& x, uint32_t v) { return x.span.begin < v; });
        if (it != segs_.end() && it->span.begin == p && it->span.end == pe && it->kind == SegKind::kPatternOrg &&
            static_cast<size_t>(it - segs_.begin()) != k) {
          *it = MentionOf(org, {p, pe});
          continue;
        }
      }
      if (places_only(p, pe)) {
        dropped.emplace_back(p, pe);
      } else if (covered(p, pe) || p < e) {
        continue;
      }
      added.push_back(MentionOf(org, {p, pe}));
      added_spans.emplace(p, pe);
    }
    int entity = EntityForSeg(static_cast<int>(k));
    Entity& ent = out_.entities[static_cast<size_t>(entity)];
    std::string written = nt_.Utf8(b, b + static_cast<uint32_t>(abbreviation.size()));  // as written, not folded
    if (std::find(ent.names.begin(), ent.names.end(), written) == ent.names.end()) ent.names.push_back(written);
  }
  // JA東川（東川町農業協同組合）: a short name starting with Latin capitals right before an organization's full name
  // in parentheses is that organization's, wherever the text writes it.
  for (size_t k = 0; k < segs_.size(); ++k) {
    const Seg& org = segs_[k];
    if (org.kind != SegKind::kOrg && org.kind != SegKind::kPatternOrg) continue;
    uint32_t open = org.span.begin;
    if (open < 4 || f[open - 1] != U'(' || org.span.end >= f.size() || f[org.span.end] != U')') continue;
    const std::u32string& t = nt_.text;  // (capitals as written; the folded text has none)
    auto capital = [&](uint32_t x) { return t[x] >= U'A' && t[x] <= U'Z'; };
    uint32_t b = open - 1;
    while (b > 0 && (IsHan(f[b - 1]) || capital(b - 1)) && open - 1 - b < 8) --b;
    // The Latin capitals start it (after the verb of a visit, which stays outside: 參訪JA東川).
    uint32_t caps = b;
    while (caps < open - 1 && !capital(caps)) ++caps;
    uint32_t latin_end = caps;
    while (latin_end < open - 1 && capital(latin_end)) ++latin_end;
    if (latin_end - caps < 2 || caps == b + 1 || open - 1 - caps < 3 || covered(caps, open - 1)) continue;
    if (caps > b && !ContainsAny(std::u32string_view(f.data() + b, caps - b), {U"參訪", U"拜會", U"訪問", U"前往", U"與", U"及", U"由"}))
      continue;
    std::u32string short_name = f.substr(caps, open - 1 - caps);
    for (size_t pos = f.find(short_name); pos != std::u32string::npos; pos = f.find(short_name, pos + 1)) {
      uint32_t p = static_cast<uint32_t>(pos), pe = p + static_cast<uint32_t>(short_name.size());
      if (added_spans.count(p) || covered(p, pe) || (p > 0 && IsLatinLetter(t[p - 1]))) continue;
      added.push_back(MentionOf(org, {p, pe}));
      added_spans.emplace(p, pe);
    }
    Entity& ent = out_.entities[static_cast<size_t>(EntityForSeg(static_cast<int>(k)))];
    std::string written = nt_.Utf8(caps, open - 1);
    if (std::find(ent.names.begin(), ent.names.end(), written) == ent.names.end()) ent.names.push_back(written);
  }
  // 歐洲城市網絡Eurocities: one capitalized Latin word glued to a Han organization's name is its other name (also in
  // quotes: 歐洲城市網絡「Eurocities」).
  for (size_t k = 0; k < segs_.size(); ++k) {
    const Seg& org = segs_[k];
    if (org.kind != SegKind::kPatternOrg) continue;  // the gazetteer's organizations have their names
    const std::u32string& t = nt_.text;
    uint32_t q = org.span.end;
    const bool quoted = q < t.size() && t[q] == U'「';
    if (quoted) ++q;
    uint32_t e = q;
    if (q >= t.size() || !IsLatinLetter(t[q]) || !(t[q] >= U'A' && t[q] <= U'Z')) continue;
    while (e < t.size() && (IsLatinLetter(t[e]) || (t[e] >= '0' && t[e] <= '9') || t[e] == U'-')) ++e;
    if (e - q < 3 || (e < t.size() && (t[e] == U' ' || t[e] == U'.'))) continue;  // several words: a person, a title
    if (quoted && (e >= t.size() || t[e] != U'」')) continue;
    if (covered(q, e)) continue;
    added.push_back(MentionOf(org, {q, e}));
    added_spans.emplace(q, e);
    Entity& ent = out_.entities[static_cast<size_t>(EntityForSeg(static_cast<int>(k)))];
    std::string written = nt_.Utf8(q, e);
    if (std::find(ent.names.begin(), ent.names.end(), written) == ent.names.end()) ent.names.push_back(written);
  }
  // 基隆市（以下簡稱甲方）: an agreement's party named by its letter (甲方, 乙方…) is that place wherever the text writes
  // the letter later (首屆會議由乙方主辦). The letter is no name of the place.
  for (size_t k = 0; k < segs_.size(); ++k) {
    const Seg& place = segs_[k];
    if (place.kind != SegKind::kPlace) continue;
    uint32_t q = PastGovernmentWord(place.span.end);
    if (q >= f.size() || f[q] != U'(') continue;
    uint32_t b = q + 1;
    for (auto m : kMarks)
      if (f.compare(b, m.size(), m) == 0) {
        b += static_cast<uint32_t>(m.size());
        break;
      }
    if (b == q + 1) continue;
    while (b < f.size() && (f[b] == U' ' || f[b] == U'「' || f[b] == U':')) ++b;
    if (b + 2 > f.size() || std::u32string_view(U"甲乙丙丁").find(f[b]) == std::u32string_view::npos || f[b + 1] != U'方')
      continue;
    const std::u32string party = f.substr(b, 2);
    for (size_t pos = f.find(party, b + 2); pos != std::u32string::npos; pos = f.find(party, pos + 2)) {
      uint32_t p = static_cast<uint32_t>(pos), pe = p + 2;
      if (added_spans.count(p) || covered(p, pe)) continue;
      Seg mention = place;
      mention.span = {p, pe};
      added.push_back(mention);
      added_spans.emplace(p, pe);
    }
  }
  for (const auto& drop : dropped)
    segs_.erase(std::remove_if(segs_.begin(), segs_.end(),
                               [&](const Seg& x) { return x.span.begin >= drop.first && x.span.end <= drop.second; }),
                segs_.end());
  AddSegs(std::move(added));
}

// One organization under two names in one report. A place at the start of the name written in a variant
// (特拉維夫證券交易所 for 臺拉維夫…) takes the gazetteer's name. A name that is a contraction of a longer one — its
// first and last characters, the rest in order (研考會, 綜管中心 for 綜合管理中心), or one short run left out of a
// longer name (宗仁卿醫院 for 宗仁卿紀念醫院) — is that organization when exactly one longer name fits; a
// government's prefix (臺北市政府…) may stand before the longer name.
// 拜會吐瓦魯總理、外交部及富納富提島議會: a ministry named bare (Taiwan's, to the gazetteer) in a list whose item before
// opens with a foreign country is that country's ministry (吐瓦魯外交部).
void DocumentExtraction::ForeignMinistriesInLists() {
  const std::u32string& f = nt_.folded;
  for (size_t k = 1; k < segs_.size(); ++k) {
    Seg& s = segs_[k];
    if (s.kind != SegKind::kOrg || s.index < 0 || !g_.orgs()[static_cast<size_t>(s.index)].id.starts_with("TW-") ||
        f[s.span.end - 1] != U'部' || s.span.begin == 0 || std::u32string_view(U"、及與").find(f[s.span.begin - 1]) == std::u32string_view::npos ||
        ToU32(g_.orgs()[static_cast<size_t>(s.index)].name_zh).size() != s.span.size())
      continue;
    // (Back over the list's earlier items, segments and the marks between them, to the country opening it.)
    int country = -1;
    uint32_t at = s.span.begin - 1;
    for (size_t j = k; j-- > 0 && country < 0;) {
      const Seg& o = segs_[j];
      // (Past a Latin name after a title: 馬紹爾群島總統Lorina Jibas、外交部.)
      uint32_t gap = o.span.end;
      while (gap < at && (IsLatinLetter(f[gap]) || f[gap] == U' ' || f[gap] == U'.' || f[gap] == U'-')) ++gap;
      if (gap != at && !(gap + 1 == at && std::u32string_view(U"、及與").find(f[gap]) != std::u32string_view::npos))
        break;
      if (gap > o.span.end && o.kind != SegKind::kTitle) break;
      if (o.kind == SegKind::kCountry) {
        if (g_.countries()[static_cast<size_t>(o.index)].iso2 != "TW") country = o.index;
        break;
      }
      if (o.kind != SegKind::kTitle) break;
      at = o.span.begin;
    }
    if (country < 0) continue;
    s.kind = SegKind::kPatternOrg;
    s.name = g_.countries()[static_cast<size_t>(country)].name_zh + nt_.Utf8(s.span);
    s.index = -1;
  }
}

void DocumentExtraction::UnifyOrgNames() {
  for (Seg& s : segs_) {
    if (s.kind != SegKind::kPatternOrg || !s.alias.empty()) continue;
    auto pl = lex_.Place(s.span.begin);
    if (pl.len == 0 || pl.len + 2 > s.span.size()) continue;
    const std::string& canonical = g_.places()[pl.value].name_zh;
    std::string written = nt_.Utf8(s.span.begin, s.span.begin + pl.len);
    if (canonical == written || canonical.starts_with(written) || written.starts_with(canonical)) continue;
    if (!s.name.starts_with(written)) continue;
    // (Not Taiwan's missions, 台北駐福岡經濟文化辦事處: 台北 names the country's offices abroad, not the city.)
    if (nt_.folded[s.span.begin + pl.len] == U'駐') continue;
    s.alias = s.name;
    s.name = canonical + s.name.substr(written.size());
  }
  // 金堤農協（金堤市農業協同組合）: a short name with the full one in parentheses right after it is that organization.
  {
    std::map<std::string, std::string> full;  // short name -> full name
    for (size_t i = 0; i + 1 < segs_.size(); ++i) {
      const Seg& a = segs_[i];
      const Seg& b = segs_[i + 1];
      if (a.kind != SegKind::kPatternOrg || b.kind != SegKind::kPatternOrg || !a.alias.empty()) continue;
      if (b.span.begin != a.span.end + 1 || nt_.folded[a.span.end] != U'(' || b.span.end >= nt_.folded.size() ||
          nt_.folded[b.span.end] != U')')
        continue;
      if (ToU32(b.name).size() > ToU32(a.name).size()) full.emplace(a.name, b.name);
    }
    for (Seg& s : segs_)
      if (s.kind == SegKind::kPatternOrg && s.alias.empty())
        if (auto it = full.find(s.name); it != full.end()) {
          s.alias = s.name;
          s.name = it->second;
        }
  }
  // Names (and the names as written) of the pattern organizations, folded.
  std::map<std::u32string, std::string> names;  // folded name -> name
  for (const Seg& s : segs_)
    if (s.kind == SegKind::kPatternOrg) names.emplace(Gazetteer::Fold(ToU32(s.name)), s.name);
  // 馬斯垂克音樂學院 after 祖德應用科技大學馬斯垂克音樂學院 in one report: a university's college or campus named by its place
  // and its own word (five characters at least), without the university the text names it with elsewhere.
  {
    // (Each name's part after 大學 with something before it, the first name in order for each part: one look-up a seg.)
    std::map<std::u32string, std::string> after_university;
    for (const auto& [folded, name] : names)
      for (size_t at = folded.find(U"大學", 1); at != std::u32string::npos; at = folded.find(U"大學", at + 1))
        if (folded.size() - at - 2 >= 5) after_university.emplace(folded.substr(at + 2), name);
    for (Seg& s : segs_) {
      if (s.kind != SegKind::kPatternOrg || !s.alias.empty()) continue;
      if (auto it = after_university.find(Gazetteer::Fold(ToU32(s.name))); it != after_university.end()) {
        s.alias = s.name;
        s.name = it->second;
      }
    }
  }
  // 成功大學 after 國立成功大學 in one report: the school without the word for who runs it (國立, 市立, 私立, 縣立).
  for (Seg& s : segs_) {
    if (s.kind != SegKind::kPatternOrg || !s.alias.empty()) continue;
    for (std::u32string_view owner : {std::u32string_view(U"國立"), std::u32string_view(U"市立"), std::u32string_view(U"縣立"),
                                      std::u32string_view(U"私立")}) {
      auto it = names.find(std::u32string(owner) + Gazetteer::Fold(ToU32(s.name)));
      if (it == names.end() || ToU32(s.name).size() < 4) continue;
      s.alias = s.name;
      s.name = it->second;
      break;
    }
  }
  // Does `shorter` contract `longer`? Two or more runs left out (研究發展考核委員會 → 研考會), or one run that is a
  // word names drop (紀念, 人: 宗仁卿紀念醫院 → 宗仁卿醫院) — not any one run (上海野生動物園 is not 上海動物園).
  auto contracts = [](std::u32string_view shorter, std::u32string_view longer) {
    if (shorter.size() < 3 || shorter.size() >= longer.size() || shorter.front() != longer.front() ||
        shorter.back() != longer.back())
      return false;
    std::vector<std::u32string> runs;
    size_t j = 0;
    bool in_run = false;
    for (size_t i = 0; i < longer.size(); ++i) {
      if (j < shorter.size() && longer[i] == shorter[j] && !(j + 1 == shorter.size() && i + 1 != longer.size())) {
        ++j;
        in_run = false;
      } else {
        if (!in_run) runs.emplace_back();
        runs.back() += longer[i];
        in_run = true;
      }
    }
    if (j != shorter.size()) return false;
    static const std::u32string_view kDropped[] = {U"紀念", U"人", U"股份", U"有限", U"股份有限"};
    return runs.size() >= 2 ||
           (runs.size() == 1 && std::find(std::begin(kDropped), std::end(kDropped), runs[0]) != std::end(kDropped));
  };
  // The one longer name `form` contracts, possibly after a government's prefix; nullptr if none or several.
  // The longer names by their first and last characters (a contraction keeps both), each also after a government's
  // prefix (臺北市政府研究發展考核委員會 → 研究發展考核委員會): one look-up per name, not a scan of all names.
  struct Longer {
    std::u32string_view form;
    const std::string* name;
    bool after_government;
  };
  auto bucket_key = [](std::u32string_view v) { return (static_cast<uint64_t>(v.front()) << 32) | v.back(); };
  std::unordered_map<uint64_t, std::vector<Longer>> buckets;
  for (const auto& [fl, l] : names) {
    std::u32string_view longer(fl);
    buckets[bucket_key(longer)].push_back({longer, &l, false});
    size_t gov = longer.find(U"政府");
    if (gov != std::u32string_view::npos && gov + 2 < longer.size())
      buckets[bucket_key(longer.substr(gov + 2))].push_back({longer.substr(gov + 2), &l, true});
  }
  auto longer_name = [&](const std::u32string& form) -> const std::string* {
    if (form.empty()) return nullptr;
    auto it = buckets.find(bucket_key(form));
    if (it == buckets.end()) return nullptr;
    const std::string* target = nullptr;
    for (const Longer& c : it->second) {
      bool fit = contracts(form, c.form) || (c.after_government && c.form == std::u32string_view(form));
      if (!fit) continue;
      if (target && *target != *c.name) return nullptr;
      target = c.name;
    }
    return target;
  };
  std::map<std::string, std::string> rename;  // name -> longer name
  std::set<std::string> tried;
  for (const Seg& s : segs_) {
    if (s.kind != SegKind::kPatternOrg || !tried.insert(s.name).second) continue;
    const std::string* target = longer_name(Gazetteer::Fold(ToU32(s.name)));
    if (!target && !s.alias.empty()) target = longer_name(Gazetteer::Fold(ToU32(s.alias)));
    if (target && *target != s.name) rename.emplace(s.name, *target);
  }
  if (rename.empty()) return;
  for (Seg& s : segs_) {
    if (s.kind != SegKind::kPatternOrg) continue;
    auto it = rename.find(s.name);
    if (it == rename.end()) continue;
    if (s.alias.empty()) s.alias = s.name;
    s.name = it->second;
  }
}

// A university's contraction before a title (成大校長, 屏科大副校長): its first character, then characters of the
// name in order, then 大 — of the one university of the document it fits (國立 / 私立 / 市立 left out).
void DocumentExtraction::FindUniversityContractions() {
  const std::u32string& f = nt_.folded;
  std::vector<std::pair<std::u32string, size_t>> universities;  // folded name without 國立… and 學, seg
  for (size_t k = 0; k < segs_.size(); ++k) {
    const Seg& s = segs_[k];
    if (s.kind != SegKind::kPatternOrg && s.kind != SegKind::kOrg) continue;
    std::u32string name = Gazetteer::Fold(ToU32(s.kind == SegKind::kPatternOrg ? s.name : nt_.Utf8(s.span)));
    if (name.size() < 4 || name.compare(name.size() - 2, 2, U"大學") != 0) continue;
    for (std::u32string_view prefix : {std::u32string_view(U"國立"), std::u32string_view(U"私立"), std::u32string_view(U"市立"),
                                       std::u32string_view(U"縣立")})
      if (name.compare(0, prefix.size(), prefix) == 0) name.erase(0, prefix.size());
    name.pop_back();  // 屏東科技大
    if (std::none_of(universities.begin(), universities.end(), [&](const auto& u) { return u.first == name; }))
      universities.push_back({name, k});
  }
  if (universities.empty()) return;
  auto fits = [](std::u32string_view shorter, std::u32string_view longer) {
    if (shorter.size() >= longer.size() || shorter.front() != longer.front()) return false;
    size_t j = 0;
    for (size_t i = 0; i < longer.size() && j < shorter.size(); ++i)
      if (longer[i] == shorter[j]) ++j;
    return j == shorter.size();
  };
  std::vector<Seg> added;
  for (const Seg& t : segs_) {
    if (t.kind != SegKind::kTitle || t.span.begin < 2) continue;
    uint32_t end = t.span.begin;
    if (f[end - 1] != U'大') continue;
    for (uint32_t len = 2; len <= 4 && len <= end; ++len) {
      uint32_t b = end - len;
      bool covered = false;  // by a name already read (a place, an organization)
      for (auto [lo, hi] = SegsIn({b > 40 ? b - 40 : 0, end}); lo < hi && !covered; ++lo)
        covered = segs_[lo].kind != SegKind::kTitle && segs_[lo].span.end > b && segs_[lo].span.begin < end;
      if (!IsHan(f[b]) || covered) break;
      bool left = b == 0 || !IsHan(f[b - 1]) || lex_.LeadEndsAt(b) || f[b - 1] == U'、' || f[b - 1] == U'由' || f[b - 1] == U'及';
      if (!left) continue;
      std::u32string_view form(f.data() + b, len);
      int fit = -1, count = 0;
      for (const auto& [name, k] : universities)
        if (fits(form, name)) {
          fit = static_cast<int>(k);
          ++count;
        }
      if (count == 1) added.push_back(MentionOf(segs_[static_cast<size_t>(fit)], {b, end}));
      break;
    }
  }
  AddSegs(std::move(added));
}

// A school's contraction (武陵高中 for 桃園市立武陵高級中等學校, 船橋高校 for 千葉縣立船橋高等學校): its own name — past the
// place and 立 that open the full name — then 高中 (高級中學, 高級中等學校) or 高校 (a Japanese 高等學校), wherever the text
// writes it outside another name.
void DocumentExtraction::FindSchoolContractions() {
  const std::u32string& f = nt_.folded;
  std::vector<std::pair<std::u32string, size_t>> forms;  // folded contraction, seg
  for (size_t k = 0; k < segs_.size(); ++k) {
    const Seg& s = segs_[k];
    if (s.kind != SegKind::kPatternOrg) continue;
    const std::u32string name = Gazetteer::Fold(ToU32(s.name));
    std::u32string_view stem(name);
    std::u32string_view contraction;
    for (auto [ending, short_form] : {std::pair{U"高級中等學校", U"高中"}, std::pair{U"高級中學", U"高中"}, std::pair{U"高等學校", U"高校"}})
      if (stem.ends_with(ending)) {
        stem.remove_suffix(std::u32string_view(ending).size());
        contraction = short_form;
        break;
      }
    if (contraction.empty()) continue;
    const size_t run = stem.find(U'立');
    if (run != std::u32string_view::npos && run <= 6) stem.remove_prefix(run + 1);
    if (stem.size() < 2 || stem.size() > 6) continue;
    std::u32string form(stem);
    form += contraction;
    if (std::none_of(forms.begin(), forms.end(), [&](const auto& x) { return x.first == form; })) forms.push_back({form, k});
  }
  std::vector<Seg> added;
  std::set<size_t> inner;  // places inside a contraction, the school's namesake (南寧高中)
  for (const auto& [form, k] : forms)
    for (size_t at = f.find(form); at != std::u32string::npos; at = f.find(form, at + 1)) {
      const Span span{static_cast<uint32_t>(at), static_cast<uint32_t>(at + form.size())};
      bool covered = false;
      std::vector<size_t> places;
      for (auto [lo, hi] = SegsIn({span.begin > 40 ? span.begin - 40 : 0, span.end}); lo < hi && !covered; ++lo) {
        const Seg& x = segs_[lo];
        if (x.kind == SegKind::kTitle || x.span.end <= span.begin || x.span.begin >= span.end) continue;
        if (x.kind == SegKind::kPlace && x.span.begin >= span.begin && x.span.end <= span.end) places.push_back(lo);
        else covered = true;
      }
      if (covered) continue;
      inner.insert(places.begin(), places.end());
      added.push_back(MentionOf(segs_[k], span));
    }
  for (auto it = inner.rbegin(); it != inner.rend(); ++it) segs_.erase(segs_.begin() + static_cast<std::ptrdiff_t>(*it));
  AddSegs(std::move(added));
}

// A body named only in Latin letters right after a verb of visiting, whose officer receives or guides in the clause after
// it (參訪Pier01 Barcelona Tech City，由執行長X導覽; 參訪Barcelona Activa（巴塞隆納市經濟發展機構），由總監Y簡報): its words
// as a European body's name runs (CapitalizedLatinNameEnd, wide: Hub Criativo do Beato, Fundació i2CAT) are its name, a
// Chinese gloss in parentheses right after it its other name, not a body of its own.
void DocumentExtraction::FindLatinVisitedBodies() {
  const std::u32string& f = nt_.folded;
  const std::u32string& t = nt_.text;
  std::vector<Seg> added;
  std::set<size_t> gloss_segs;
  for (uint32_t verb_end = 2; verb_end < f.size(); ++verb_end) {
    if (!detail::VisitVerbBefore(f, verb_end)) continue;
    uint32_t b = verb_end;
    // (Past a few words saying what it is, 參訪里斯本新創園區Hub Criativo do Beato — not a title: 拜會市長X is a person.)
    for (uint32_t x = b; x < b + 10 && x < f.size() && IsHan(f[x]); ++x)
      if (x + 1 < t.size() && !IsHan(f[x + 1]) && ((t[x + 1] >= U'A' && t[x + 1] <= U'Z') || (t[x + 1] >= U'0' && t[x + 1] <= U'9'))) {
        const int ending = SegEndingAt(x + 1);
        if (ending < 0 || segs_[static_cast<size_t>(ending)].kind != SegKind::kTitle) b = x + 1;
        break;
      }
    if (b >= t.size() || !((t[b] >= U'A' && t[b] <= U'Z') || (t[b] >= U'0' && t[b] <= U'9'))) continue;
    const uint32_t e = detail::CapitalizedLatinNameEnd(t, b, /*wide=*/true);
    if (e - b < 3) continue;
    // (Nothing else read there: a place, a known body, a person.)
    bool covered = false;
    for (auto [lo, hi] = SegsIn({b > 40 ? b - 40 : 0, e}); lo < hi && !covered; ++lo)
      covered = segs_[lo].kind != SegKind::kTitle && segs_[lo].span.end > b && segs_[lo].span.begin < e;
    if (covered) continue;
    // (Its gloss, then the clause of its officer: ，由 + a title.)
    uint32_t q = e, gloss_b = 0, gloss_e = 0;
    if (q < f.size() && f[q] == U'(') {
      const size_t close = f.find(U')', q);
      if (close == std::u32string::npos || close - q > 30) continue;
      gloss_b = q + 1;
      gloss_e = static_cast<uint32_t>(close);
      q = gloss_e + 1;
    }
    if (!(q + 2 < f.size() && (f[q] == U',' || f[q] == U'，') && f[q + 1] == U'由')) continue;
    // (The title right after 由, or after a word of the place's, 由園區經理X.)
    int title = -1;
    for (uint32_t x = q + 2; x < q + 6 && x < f.size() && IsHan(f[x]) && title < 0; ++x)
      if (const int k = SegStartingAt(x); k >= 0 && segs_[static_cast<size_t>(k)].kind == SegKind::kTitle) title = k;
    if (title < 0) continue;
    Seg body;
    body.kind = SegKind::kPatternOrg;
    body.span = {b, e};
    body.name = nt_.Utf8(body.span);
    if (gloss_e > gloss_b && std::all_of(f.begin() + gloss_b, f.begin() + gloss_e, [](char32_t c) { return IsHan(c); })) {
      body.alias = nt_.Utf8(gloss_b, gloss_e);
      for (auto [lo, hi] = SegsIn({gloss_b, gloss_e}); lo < hi; ++lo)
        if (segs_[lo].span.begin >= gloss_b && segs_[lo].span.end <= gloss_e && segs_[lo].kind == SegKind::kPatternOrg) gloss_segs.insert(lo);
    }
    added.push_back(std::move(body));
  }
  for (auto it = gloss_segs.rbegin(); it != gloss_segs.rend(); ++it) segs_.erase(segs_.begin() + static_cast<std::ptrdiff_t>(*it));
  AddSegs(std::move(added));
}

// An organization's organ named right after it with 之 or 的 (「東北亞地方政府聯合會」（NEAR）之港灣分科委員會) is a part of it,
// and "X and other bodies" (國合會等機構) is none: neither is an organization of its own.
void DocumentExtraction::DropOrgansAndGroups() {
  const std::u32string& f = nt_.folded;
  std::vector<bool> organ(segs_.size(), false);
  // (The names of the networks the text names, for their committees named with them: ICLEI東亞區域執行委員會.)
  std::set<std::u32string_view> networks;
  for (const Seg& s : segs_)
    if (s.kind == SegKind::kOrg && s.index >= 0 && g_.orgs()[static_cast<size_t>(s.index)].type == "network")
      networks.insert(std::u32string_view(f.data() + s.span.begin, s.span.size()));
  for (size_t k = 0; k < segs_.size(); ++k) {
    const Seg& s = segs_[k];
    std::u32string_view name(f.data() + s.span.begin, s.span.size());
    // (Nor a network's committee named with the network and a region, ICLEI東亞區域執行委員會: an organ of it.)
    if (s.kind == SegKind::kPatternOrg && name.ends_with(U"委員會") &&
        std::any_of(networks.begin(), networks.end(), [&](std::u32string_view n) {
          return name.size() > n.size() + 3 && name.size() - n.size() <= 11 && name.starts_with(n);
        })) {
      organ[k] = true;
      continue;
    }
    // (Nor "X and other bodies": 國合會等機構, 各縣市等單位 — not a school's 高等學校 or 中等學校, "higher", "secondary".)
    if (s.kind == SegKind::kPatternOrg && name.size() >= 4 && name[name.size() - 3] == U'等' &&
        !((name[name.size() - 4] == U'高' || name[name.size() - 4] == U'中') && name.ends_with(U"學校"))) {
      organ[k] = true;
      continue;
    }
    // (Nor a place's schools, a place's name and 學校 alone: 介紹都靈市學校營養午餐 — no school named.)
    if (s.kind == SegKind::kPatternOrg && name.size() >= 4 && name.ends_with(U"學校")) {
      const size_t place = lex_.Place(s.span.begin).len;
      const std::u32string_view between = place >= 2 && place + 2 <= name.size() ? name.substr(place, name.size() - 2 - place) : U"-";
      if (between.empty() || between == U"市" || between == U"縣") {
        organ[k] = true;
        continue;
      }
    }
    // (Nor a bloc of nations named as the region its members lie in: 東協四城市首長, 東協國家 — not the body itself.)
    if (s.kind == SegKind::kOrg && s.index >= 0 && g_.orgs()[static_cast<size_t>(s.index)].type == "intl") {
      uint32_t q = s.span.end;
      while (q < f.size() && q - s.span.end < 2 && detail::kCountNumerals.find(f[q]) != std::u32string_view::npos) ++q;
      const std::u32string_view after(f.data() + q, std::min<size_t>(2, f.size() - q));
      // (Also with a word of kind between: 汶萊為東協穆斯林國家, 東協主要城市.)
      bool kind = after == U"各國" || (q > s.span.end && after.starts_with(U"國"));
      for (uint32_t e = q + 2; !kind && e <= std::min<uint32_t>(q + 6, static_cast<uint32_t>(f.size())); ++e) {
        const std::u32string_view run(f.data() + q, e - q);
        kind = std::all_of(run.begin(), run.end(), [](char32_t c) { return IsHan(c); }) && (run.ends_with(U"國家") || run.ends_with(U"城市"));
      }
      if (kind) {
        organ[k] = true;
        continue;
      }
    }
    if (k == 0 || s.kind != SegKind::kPatternOrg || s.span.begin < 2 || (f[s.span.begin - 1] != U'之' && f[s.span.begin - 1] != U'的') ||
        !(name.ends_with(U"委員會") || name.ends_with(U"分會") || name.ends_with(U"小組") || name.ends_with(U"分科會")))
      continue;
    uint32_t q = s.span.begin - 1;  // at 之
    if (q > 0 && f[q - 1] == U')') {
      while (q > 0 && f[q - 1] != U'(') --q;
      if (q > 0) --q;
    }
    if (q > 0 && (f[q - 1] == U'」' || f[q - 1] == U'』')) --q;
    const Seg& before = segs_[k - 1];
    organ[k] = (before.kind == SegKind::kOrg || before.kind == SegKind::kPatternOrg) && before.span.end == q;
  }
  size_t w = 0;
  for (size_t k = 0; k < segs_.size(); ++k)
    if (!organ[k]) {
      if (w != k) segs_[w] = std::move(segs_[k]);
      ++w;
    }
  segs_.resize(w);
}

// A letter from another government copied into the report (附件一　邀請函（譯文） / 臺中市市長X閣下： / …由本市國際關係
// 辦公室協助安排… / 奧克蘭市長 / Daniel Hartley　敬上): 本市 and 本府 in it are the writer's, the government its
// signature names (the place in the signature's line or the two before it), not the publisher's.
void DocumentExtraction::ReadForeignLetters() {
  const std::u32string& f = nt_.folded;
  const bool letters = ContainsAny(f, {U"敬上", U"謹上", U"敬啟", U"謹啟"});
  const bool mails = f.find(U"寄件者:") != std::u32string::npos;
  if (publisher_place_ < 0 || (!letters && !mails)) return;
  std::vector<Span> lines;
  for (uint32_t b = 0; b < f.size();) {
    uint32_t e = b;
    while (e < f.size() && f[e] != U'\n') ++e;
    lines.push_back({b, e});
    b = e + 1;
  }
  // The letters: from an opening (…閣下：, 邀請函) to the signature (…敬上), by line index; and the e-mails of a thread,
  // each from its 寄件者： header to the line before the next header or a quoted original's rule (-----原始郵件-----),
  // signed on its last lines.
  std::vector<std::pair<size_t, size_t>> blocks;
  for (size_t k = 0; letters && k < lines.size(); ++k) {
    std::u32string_view line(f.data() + lines[k].begin, lines[k].size());
    while (!line.empty() && line.back() == U' ') line.remove_suffix(1);
    bool opening = line.size() <= 40 && (line.ends_with(U"閣下:") || line.ends_with(U"鈞鑒:") || line.ends_with(U"台鑒:") ||
                                         ContainsAny(line, {U"邀請函", U"來函", U"信函"}));
    if (!opening) continue;
    size_t sig = 0;
    for (size_t j = k + 1; j < lines.size() && j <= k + 80 && !sig; ++j) {
      std::u32string_view l(f.data() + lines[j].begin, lines[j].size());
      if (l.size() <= 40 && ContainsAny(l, {U"敬上", U"謹上", U"敬啟", U"謹啟"})) sig = j;
    }
    if (!sig) continue;
    blocks.emplace_back(k, sig);
    k = sig;
  }
  for (size_t k = 0; mails && k < lines.size(); ++k) {
    if (std::u32string_view(f.data() + lines[k].begin, lines[k].size()).find(U"寄件者:") != 0) continue;
    size_t last = k;
    for (size_t j = k + 1; j < lines.size(); ++j) {
      std::u32string_view l(f.data() + lines[j].begin, lines[j].size());
      if (l.find(U"寄件者:") == 0 || l.find(U"-----") != std::u32string_view::npos) break;
      if (l.find_first_not_of(U" ") != std::u32string_view::npos) last = j;
    }
    if (last > k + 1) blocks.emplace_back(k, last);
  }
  std::sort(blocks.begin(), blocks.end());
  const std::string& publisher = g_.places()[static_cast<size_t>(publisher_place_)].name_zh;
  for (const auto& [k, sig] : blocks) {
    const Span letter{lines[k].begin, lines[sig].end};
    int writer = -1;
    Seg w;
    auto [wlo, whi] = SegsIn({lines[sig >= 2 ? sig - 2 : 0].begin, lines[sig].end});
    for (size_t q = wlo; q < whi && writer < 0; ++q) {
      if (segs_[q].kind == SegKind::kPlace) {
        writer = static_cast<int>(q);
        w = segs_[q];
      } else if (segs_[q].kind == SegKind::kPatternOrg) {
        // (Or the place that opens the writer's unit: 仁川廣域市國際協力課課長　X.)
        if (auto pl = lex_.Place(segs_[q].span.begin); pl.len > 0 && !pl.base) {
          writer = static_cast<int>(q);
          w.kind = SegKind::kPlace;
          w.index = static_cast<int>(pl.value);
          w.span = {segs_[q].span.begin, segs_[q].span.begin + pl.len};
        }
      }
    }
    if (writer < 0) continue;
    if (w.index >= 0 && w.index == publisher_place_) continue;
    const std::string writer_name = nt_.Utf8(w.span);
    auto [lo, hi] = SegsIn(letter);
    std::map<std::string, std::string> renamed;
    for (size_t q = lo; q < hi; ++q) {
      if (segs_[q].kind != SegKind::kSelf) continue;
      // (A department after it was named the publisher's: 本市國際關係辦公室 is the writer's.)
      for (size_t r = lo; r < hi; ++r)
        if (segs_[r].kind == SegKind::kPatternOrg && segs_[r].span.begin == segs_[q].span.end &&
            segs_[r].name.starts_with(publisher + "政府")) {
          std::string name = writer_name + nt_.Utf8(segs_[r].span);
          renamed[segs_[r].name] = name;
          segs_[r].name = name;
          segs_[r].alias.clear();
        }
      Span span = segs_[q].span;
      segs_[q] = w;
      segs_[q].span = span;
    }
    // (And the same department named again by its ending: 該辦公室.)
    for (size_t r = lo; r < hi; ++r)
      if (segs_[r].kind == SegKind::kPatternOrg)
        if (auto it = renamed.find(segs_[r].name); it != renamed.end()) segs_[r].name = it->second;
  }
}

// A body's office stationed abroad, named right after the body (國合會駐瓜地馬拉技術團, read as 國合會 and 駐瓜地馬拉技術團):
// one organization, named as written. A council's league of members right after it (宮崎縣議會日台友好議員連盟) is
// named with the council. A branch named by its place right after the body's gloss (…開發院（KMI）木浦分院) is none.
void DocumentExtraction::JoinStationedOffices() {
  const std::u32string& f = nt_.folded;
  for (size_t k = 1; k < segs_.size(); ++k) {
    // (A branch named by its place right after a body's gloss, 韓國海洋水產開發院（KMI）木浦分院, is no body of its own, as
    // 芬蘭國家技術研究中心（VTT）奧盧分部 is not: its officers are the body's.)
    if (segs_[k].kind == SegKind::kPatternOrg && (segs_[k - 1].kind == SegKind::kOrg || segs_[k - 1].kind == SegKind::kPatternOrg) &&
        segs_[k - 1].span.end < segs_[k].span.begin && f[segs_[k - 1].span.end] == U'(' &&
        detail::PastParenthesis(f, segs_[k - 1].span.end, segs_[k].span.begin, 60) == segs_[k].span.begin) {
      const std::u32string_view branch(f.data() + segs_[k].span.begin, segs_[k].span.size());
      bool named_by_place = branch.size() >= 4 && branch.size() <= 7 &&
                            ContainsAny(branch.substr(branch.size() - 2), {U"分院", U"分部", U"分所", U"分處", U"分會"});
      // (A place the gazetteer has, by that name or with a city's suffix: 木浦 of 木浦市.)
      if (named_by_place) {
        const std::u32string place(branch.substr(0, branch.size() - 2));
        named_by_place = false;
        for (const std::u32string& name : {place, place + U"市"}) {
          std::vector<LexMatch> matches;
          g_.MatchAt(name, 0, &matches);
          named_by_place = named_by_place || std::any_of(matches.begin(), matches.end(), [&](const LexMatch& m) {
                             return m.length == name.size() && std::any_of(m.entries->begin(), m.entries->end(),
                                                                           [](const auto& e) { return e.kind == LexKind::kPlace; });
                           });
        }
      }
      if (named_by_place) {
        segs_.erase(segs_.begin() + static_cast<std::ptrdiff_t>(k));
        --k;
        continue;
      }
    }
    // (Nor is a place that names a branch written right after its body, 韓國觀光公社光州全南支社: the branch is the body's,
    // the place no place the text tells of, as inside a body's name.)
    if (segs_[k].kind == SegKind::kPlace && (segs_[k - 1].kind == SegKind::kOrg || segs_[k - 1].kind == SegKind::kPatternOrg) &&
        segs_[k - 1].span.end == segs_[k].span.begin) {
      uint32_t q = segs_[k].span.end;
      while (q < f.size() && IsHan(f[q]) && q - segs_[k].span.end < 6) ++q;
      const std::u32string_view run(f.data() + segs_[k].span.begin, q - segs_[k].span.begin);
      const bool branch = (q >= f.size() || !IsHan(f[q])) &&
                          (run.ends_with(U"支社") || run.ends_with(U"分社") || run.ends_with(U"支部") || run.ends_with(U"分公司"));
      if (branch && (k + 1 >= segs_.size() || segs_[k + 1].span.begin >= q)) {
        segs_.erase(segs_.begin() + static_cast<std::ptrdiff_t>(k));
        --k;
        continue;
      }
    }
    Seg& office = segs_[k];
    const Seg& body = segs_[k - 1];
    if (office.kind != SegKind::kPatternOrg || body.span.end != office.span.begin ||
        (body.kind != SegKind::kOrg && body.kind != SegKind::kPatternOrg))
      continue;
    // (And a council's league of its members named right after it: 鹿兒島縣議會日台友好議員連盟, also written alone.)
    std::u32string_view name(f.data() + office.span.begin, office.span.size());
    std::u32string_view before(f.data() + body.span.begin, body.span.size());
    bool league = before.ends_with(U"議會") &&
                  (name.ends_with(U"議員連盟") || name.ends_with(U"議員聯盟") || name.ends_with(U"議員懇談會"));
    if (league) {
      // (The council stays a body of its own, named where it stands; the league is named with it.)
      office.alias = nt_.Utf8(office.span);
      // (Without the country the council's name may start with: 日本大阪府議會 + 日華親善議員懇談會.)
      office.name = (body.kind == SegKind::kPatternOrg && !body.alias.empty() ? body.alias : body.name) + office.alias;
      continue;
    }
    // (A company's branch named right after it, 臺灣港務公司高雄港務分公司, is a unit of the company: its officers'
    // posts are the company's, the branch in the title; so where the branch is named alone later.)
    if ((name.ends_with(U"分公司") || name.ends_with(U"分行")) && (before.ends_with(U"公司") || before.ends_with(U"銀行"))) {
      branch_company_[nt_.Utf8(office.span)] = body;
      continue;
    }
    if (f[office.span.begin] != U'駐') continue;
    office.span.begin = body.span.begin;
    office.name = nt_.Utf8(office.span);
    office.alias.clear();
    segs_.erase(segs_.begin() + static_cast<std::ptrdiff_t>(k - 1));
    --k;
  }
  // (The same mission named as the country's, 我國駐吐瓦魯技術團 beside 國合會駐吐瓦魯技術團: one body.)
  for (Seg& s : segs_) {
    if (s.kind != SegKind::kPatternOrg) continue;
    const std::u32string_view written(f.data() + s.span.begin, s.span.size());
    for (std::u32string_view own : {U"我國", U"中華民國"}) {
      if (!written.starts_with(own) || written.size() < own.size() + 3 || written[own.size()] != U'駐') continue;
      const std::u32string_view rest = written.substr(own.size());
      for (const Seg& o : segs_) {
        const std::u32string_view other(f.data() + o.span.begin, o.span.size());
        if (&o != &s && o.kind == SegKind::kPatternOrg && other.size() > rest.size() && other.ends_with(rest) &&
            !other.starts_with(U"我國") && !other.starts_with(U"中華民國")) {
          s.alias = nt_.Utf8(s.span);
          s.name = o.name;
          break;
        }
      }
    }
  }
  // (A Taipei mission called by its short name, 駐菲律賓代表處 or 駐日代表處, beside its full one the text names,
  // 駐菲律賓台北經濟文化辦事處, 台北駐日經濟文化代表處: one body.)
  for (Seg& s : segs_) {
    if (s.kind != SegKind::kPatternOrg) continue;
    const std::u32string_view written(f.data() + s.span.begin, s.span.size());
    if (written.size() < 5 || written.size() > 9 || written[0] != U'駐' ||
        !(written.ends_with(U"代表處") || written.ends_with(U"辦事處")))
      continue;
    const std::u32string_view stationed = written.substr(0, written.size() - 3);  // 駐菲律賓
    for (const Seg& o : segs_) {
      const std::u32string_view other(f.data() + o.span.begin, o.span.size());
      if (&o == &s || (o.kind != SegKind::kOrg && o.kind != SegKind::kPatternOrg) || other.size() <= written.size() ||
          !(other.ends_with(U"代表處") || other.ends_with(U"辦事處")) || !ContainsAny(other, {U"台北", U"臺北"}))
        continue;
      const size_t at = other.find(stationed);
      // (Stationed in that country, not one whose name goes on: 駐日 is not 駐日內瓦.)
      bool same = at != std::u32string_view::npos && !ContainsAny(other.substr(at + stationed.size(), 1), {U"內"});
      // (Or stationed in a city of that country: 駐蒙古代表處 beside 駐烏蘭巴托台北貿易經濟代表處.)
      if (!same)
        if (const auto country = lex_.Country(s.span.begin + 1); country.len > 0 && country.len + 4 == written.size())
          if (const size_t in = other.find(U'駐'); in != std::u32string_view::npos) {
            // (Any place of that name the gazetteer knows there, read in the text or not: 永珍 before 台北.)
            std::vector<LexMatch> matches;
            g_.MatchAt(f, o.span.begin + in + 1, &matches);
            for (const auto& m : matches)
              for (const auto& e : *m.entries)
                same = same || (m.length >= 2 && e.kind == LexKind::kPlace &&
                                g_.places()[e.value].country == g_.countries()[country.value].iso2);
          }
      if (!same) continue;
      s.alias = nt_.Utf8(s.span);
      s.name = o.name;
      break;
    }
  }
}

// One post written twice, once with its title shortened (大野部長 after 東京消防廳警防部長X): the same person in the same
// body with a title whose characters all stand, in order, in the other's (消防廳部長 in 消防廳警防部長), ending alike
// and not a deputy's against a head's, keeps the full title only.
// (Or written once in the report's words and once in a letter or a signature it copies in English: 姊妹市協調員X, then
// X⏎Sister Cities Coordinator under an e-mail — one post, in the report's words.)
void DocumentExtraction::DropShortenedTitles() {
  auto latin = [](const std::u32string& t) { return !t.empty() && std::none_of(t.begin(), t.end(), IsHan); };
  auto shortens = [&](const std::u32string& a, const std::u32string& b) {
    if (latin(a) && std::any_of(b.begin(), b.end(), IsHan)) return true;
    if (a.size() >= b.size() || a.empty() || a.back() != b.back()) return false;
    if ((a.find(U'副') == std::u32string::npos) != (b.find(U'副') == std::u32string::npos)) return false;
    size_t k = 0;
    for (char32_t c : b)
      if (k < a.size() && a[k] == c) ++k;
    return k == a.size();
  };
  std::map<std::pair<int, int>, std::vector<size_t>> by_pair;  // (person, holder) -> its Other posts
  for (size_t i = 0; i < out_.relations.size(); ++i) {
    const Relation& r = out_.relations[i];
    if (r.kind == RelationKind::kPost && r.role == Role::kOther) by_pair[{r.from, r.to}].push_back(i);
  }
  std::vector<bool> drop(out_.relations.size(), false);
  bool any = false;
  for (const auto& [pair, posts] : by_pair)
    for (size_t i : posts)
      for (size_t j : posts)
        if (i != j && !drop[i] && shortens(ToU32(out_.relations[i].title), ToU32(out_.relations[j].title))) {
          drop[i] = true;
          any = true;
        }
  if (!any) return;
  size_t k = 0;
  for (size_t i = 0; i < out_.relations.size(); ++i) {
    if (drop[i]) continue;
    if (k != i) out_.relations[k] = std::move(out_.relations[i]);
    ++k;
  }
  out_.relations.resize(k);
}

// A department of another local government (東京都港灣局, 首爾市政府福利計畫局, 廣州市人民政府外事辦公室), or an organ of
// an organization the gazetteer knows (世界大都會協會理事會, 亞太分會執行局), is a part of it, not an organization of its own: its posts go to the government with the unit in the title
// (港灣局局長), its other relations to the government, and it makes no node. Organizations the gazetteer knows, councils
// (東京都議會: a body of its own, with its own 議長) and the publisher's own departments (本府交通局: the report's
// actors) stay.
void DocumentExtraction::FoldDepartments() {
  static const std::string_view kOrgans[] = {"理事會", "執行局", "執行委員會", "秘書處", "會員大會", "理監事會"};
  // An organ of an organization the gazetteer knows (世界大都會協會理事會, 亞太分會執行局) is a part of it, even where
  // the text names the organization nowhere else (it becomes an entity here).
  struct Organ {
    int entity, parent;
    std::string name;  // 理事會
  };
  std::vector<Organ> organs;
  for (size_t i = 0, count = out_.entities.size(); i < count; ++i) {
    if (out_.entities[i].kind != EntityKind::kOrganization || !out_.entities[i].wikidata.empty()) continue;
    std::u32string label = ToU32(out_.entities[i].label);
    std::vector<LexMatch> matches;
    g_.MatchAt(Gazetteer::Fold(label), 0, &matches);
    for (auto m = matches.rbegin(); m != matches.rend(); ++m) {
      int org = -1;
      for (const auto& entry : *m->entries)
        if (entry.kind == LexKind::kOrg) org = static_cast<int>(entry.value);
      if (org < 0 || m->length >= label.size()) continue;
      std::string rest = ToUtf8(label.substr(m->length));
      while (rest.starts_with(" ")) rest.erase(0, 1);
      if (std::find(std::begin(kOrgans), std::end(kOrgans), rest) == std::end(kOrgans)) break;
      organs.push_back({static_cast<int>(i), KnownOrgEntity(org, {}), rest});
      break;
    }
  }
  const size_t n = out_.entities.size();
  std::vector<std::pair<std::string, int>> govs;  // a name of another local government -> entity
  for (size_t i = 0; i < n; ++i) {
    const Entity& e = out_.entities[i];
    if (!ontology::IsLocalGovernment(e.kind) || static_cast<int>(i) == publisher_) continue;
    govs.emplace_back(e.label, static_cast<int>(i));
    for (const auto& name : e.names) govs.emplace_back(name, static_cast<int>(i));
  }
  if (govs.empty() && organs.empty()) return;
  // Does `rest` end with a department ending (局, 處, 組, 辦公室 ...)?
  auto department = [&](const std::string& rest) {
    // 新加坡國家發展部: a national body of a city-state, not a city department.
    if (rest.starts_with("國家") || rest.starts_with("國立")) return false;
    if (rest.ends_with("公司")) return false;  // 德班港務公司: a company (司 ends departments only as 司 alone)
    // 洛杉磯港務局, 西雅圖港務局: a port authority is a body of its own with its own officers (執行長), not a city
    // bureau (a Japanese city's 港灣局 is one: 橫濱市港灣局長).
    if (rest == "港務局") return false;
    // 安特衛普-布魯日港務局: a body named after two places joined by a hyphen belongs to neither.
    if (rest.starts_with("-") || rest.starts_with("－")) return false;
    // 魁北克駐台北辦事處: the place's office stationed (駐) abroad is a mission, a body of its own, as a country's is.
    if (rest.starts_with("駐")) return false;
    // 加德滿都谷地開發局: a body of the land named after the place (its valley, basin, river's catchment, plain), not a
    // department of the place's government.
    for (std::string_view land : {"谷地", "盆地", "河谷", "流域", "平原"})
      if (rest.starts_with(land)) return false;
    if (rest.ends_with("辦公室")) return true;
    // 胡志明市人民委員會: a Vietnamese city's or province's government itself, as 市政府 is (its 主席 is the place's
    // head: 人民委員會主席, a post of the place).
    if (rest == "人民委員會") return true;
    std::u32string f = Gazetteer::Fold(ToU32(rest));
    std::vector<LexMatch> matches;
    for (size_t p = 1; p < f.size(); ++p) {  // the ending is not the whole unit name
      matches.clear();
      g_.MatchAt(f, p, &matches);
      for (const auto& m : matches) {
        if (p + m.length != f.size()) continue;
        for (const auto& entry : *m.entries)
          if (entry.kind == LexKind::kOrgSuffix && (entry.value & 2u)) return true;
      }
    }
    return false;
  };
  // A body with a board, its officer titled 理事長 or 董事長 (大阪觀光局, 由理事長X接待: a foundation), is no government's
  // department, whatever its name ends with.
  std::vector<bool> board(n, false);
  for (const Relation& r : out_.relations)
    if (r.kind == RelationKind::kPost && r.to >= 0 && static_cast<size_t>(r.to) < n &&
        (r.title.ends_with("理事長") || r.title.ends_with("董事長")))
      board[static_cast<size_t>(r.to)] = true;
  std::vector<int> target(n, -1);
  std::vector<std::string> unit(n);
  for (const Organ& o : organs) {
    target[static_cast<size_t>(o.entity)] = o.parent;
    unit[static_cast<size_t>(o.entity)] = o.name;
  }
  for (size_t i = 0; i < n; ++i) {
    const Entity& e = out_.entities[i];
    if (e.kind != EntityKind::kOrganization || !e.wikidata.empty() || target[i] >= 0 || board[i]) continue;
    // The name, and the name after a leading country (中國福州市人民政府外事辦公室).
    std::vector<std::string> forms{e.label};
    {
      std::u32string f = Gazetteer::Fold(ToU32(e.label));
      std::vector<LexMatch> matches;
      g_.MatchAt(f, 0, &matches);
      for (const auto& m : matches)
        for (const auto& entry : *m.entries)
          if (entry.kind == LexKind::kCountry && m.length < f.size())
            forms.push_back(ToUtf8(ToU32(e.label).substr(m.length)));
    }
    for (const std::string& form : forms) {
      int gov = -1;
      size_t gov_len = 0;
      for (const auto& [name, g] : govs)
        if (name.size() > gov_len && form.starts_with(name)) {
          gov = g;
          gov_len = name.size();
        }
      // (Or the government written by another name the gazetteer gives it: 墨西哥市數位創新局, of 墨西哥城.)
      if (gov < 0) {
        const std::u32string form32 = ToU32(form);
        const std::u32string f = Gazetteer::Fold(form32);
        std::vector<LexMatch> matches;
        g_.MatchAt(f, 0, &matches);
        for (const auto& m : matches)
          for (const auto& entry : *m.entries) {
            // (Written whole, with its suffix: not 宜蘭 of 宜蘭市 in 宜蘭縣政府…, nor 大邱 in 大邱經濟自由區域廳. Or a city the
            // gazetteer names with no suffix, written by another of its names and 市: 聖地牙哥 + 市交通局, of 聖地亞哥.)
            if (entry.kind != LexKind::kPlace || entry.base || m.length >= f.size()) continue;
            const PlaceInfo& known = g_.places()[entry.value];
            const bool city_written = m.length + 1 < f.size() && f[m.length] == U'市' && known.kind == EntityKind::kCity &&
                                      !detail::IsAdminSuffixChar(ToU32(known.name_zh).back()) && !detail::IsAdminSuffixChar(f[m.length - 1]);
            if (!city_written && (!detail::IsAdminSuffixChar(f[m.length - 1]) || detail::IsAdminSuffixChar(f[m.length]))) continue;
            auto it = entity_by_key_.find("place:" + g_.places()[entry.value].id);
            if (it == entity_by_key_.end() || it->second == publisher_ ||
                !ontology::IsLocalGovernment(out_.entities[static_cast<size_t>(it->second)].kind))
              continue;
            const size_t len = ToUtf8(form32.substr(0, m.length)).size();
            if (len > gov_len) {
              gov = it->second;
              gov_len = len;
            }
          }
      }
      if (gov < 0) continue;
      std::string rest = form.substr(gov_len);
      // (根特 + 市觀光局: the suffix a place's name was matched without is no part of the unit's name.)
      for (std::string_view suffix : {"市", "縣", "州", "省"})
        if (rest.starts_with(suffix) && !form.substr(0, gov_len).ends_with(suffix) && rest.size() > suffix.size() + 3 &&
            !rest.starts_with(std::string(suffix) + "政府") && !rest.starts_with(std::string(suffix) + "府")) {
          rest.erase(0, suffix.size());
          break;
        }
      // (Nor its government's office, a Japanese or Korean city's hall: 仙台市役所危機管理局, 首爾市廳文化本部.)
      for (std::string_view lead : {"人民政府", "市政府", "政府", "市役所", "役所", "役場", "市廳", "縣廳", "道廳", "都廳", "府廳"})
        if (rest.starts_with(lead)) {
          rest.erase(0, lead.size());
          break;
        }
      if (rest.empty() || !department(rest)) continue;
      // (A city-state's ministry or statutory board, 新加坡內政部, 新加坡公用事業局, is the nation's: no city department. Not
      // a territory's bureau, 關島觀光局, named like a country of the code lists but lying in another.)
      if (std::any_of(g_.countries().begin(), g_.countries().end(), [&](const CountryInfo& c) {
            const Entity& place = out_.entities[static_cast<size_t>(gov)];
            return c.name_zh == place.label && place.country == "country:" + c.iso2;
          }))
        continue;
      target[i] = gov;
      unit[i] = rest;
      break;
    }
  }
  if (std::all_of(target.begin(), target.end(), [](int t) { return t < 0; })) return;
  for (Relation& r : out_.relations) {
    if (r.from >= 0 && target[static_cast<size_t>(r.from)] >= 0) r.from = target[static_cast<size_t>(r.from)];
    if (r.to < 0 || target[static_cast<size_t>(r.to)] < 0) continue;
    if (r.kind == RelationKind::kPost) {
      // 港灣局 + 局長 written as one word (港灣局長) keeps the written form; else the unit's name before the title.
      const std::string& u = unit[static_cast<size_t>(r.to)];
      std::u32string u32 = ToU32(u), t32 = ToU32(r.title);
      std::string joined = !u32.empty() && !t32.empty() && u32.back() == t32.front()
                               ? ToUtf8(u32.substr(0, u32.size() - 1)) + r.title
                               : std::string();
      // (A title that names the unit already, 由港灣局長X after 參訪橫濱港灣局, stays.)
      const std::string unit_stem = u32.size() > 1 ? ToUtf8(u32.substr(0, u32.size() - 1)) : u;
      r.title = r.title.starts_with(unit_stem)                                              ? r.title
                : !joined.empty() && r.evidence.quote.find(joined) != std::string::npos ? joined
                                                                                        : u + r.title;
      r.role = Role::kOther;
    }
    r.to = target[static_cast<size_t>(r.to)];
  }
  for (Meeting& m : out_.meetings) {
    for (int& a : m.attendees)
      if (a >= 0 && target[static_cast<size_t>(a)] >= 0) a = target[static_cast<size_t>(a)];
    if (m.location >= 0 && target[static_cast<size_t>(m.location)] >= 0) m.location = target[static_cast<size_t>(m.location)];
  }
  // Drop the units; renumber what points at entities.
  std::vector<int> index(n, -1);
  std::vector<Entity> kept;
  for (size_t i = 0; i < n; ++i) {
    if (target[i] >= 0) continue;
    index[i] = static_cast<int>(kept.size());
    kept.push_back(std::move(out_.entities[i]));
  }
  auto remap = [&](int& x) {
    if (x < 0) return;
    int t = target[static_cast<size_t>(x)];
    x = index[static_cast<size_t>(t >= 0 ? t : x)];
  };
  for (Relation& r : out_.relations) {
    remap(r.from);
    remap(r.to);
  }
  for (Meeting& m : out_.meetings) {
    for (int& a : m.attendees) remap(a);
    remap(m.location);
    std::vector<int> seen;
    std::erase_if(m.attendees, [&](int a) {
      if (std::find(seen.begin(), seen.end(), a) != seen.end()) return true;
      seen.push_back(a);
      return false;
    });
  }
  std::erase_if(out_.relations, [](const Relation& r) { return r.from >= 0 && r.from == r.to; });
  remap(out_.meta.publisher);
  remap(publisher_);
  if (trace_)
    for (auto& mention : trace_->mentions) remap(mention.entity);
  out_.entities = std::move(kept);
  entity_by_key_.clear();
  for (size_t i = 0; i < out_.entities.size(); ++i) entity_by_key_[out_.entities[i].key] = static_cast<int>(i);
}

// A caption under a heading that is only an organization's name (南僑食品⏎⏎陳正文營運長說明…): an organization's
// title with no holder belongs to that organization, when nothing else is named in between. Entity, or -1.
int DocumentExtraction::HeadingOrgBefore(uint32_t pos) {
  const std::u32string& f = nt_.folded;
  auto it = std::lower_bound(segs_.begin(), segs_.end(), pos, [](const Seg& x, uint32_t v) { return x.span.begin < v; });
  while (it != segs_.begin()) {
    --it;
    if (pos - it->span.end > 200) return -1;
    if (it->kind == SegKind::kTitle) continue;
    if (it->kind != SegKind::kOrg && it->kind != SegKind::kPatternOrg) return -1;
    // The organization stands alone on its line.
    uint32_t b = it->span.begin, e = it->span.end;
    while (b > 0 && (f[b - 1] == U' ' || f[b - 1] == U'\t')) --b;
    while (e < f.size() && (f[e] == U' ' || f[e] == U'\t')) ++e;
    if ((b > 0 && f[b - 1] != U'\n') || e >= f.size() || f[e] != U'\n') return -1;
    // No person named in between (person_occurrences_ is sorted by position).
    auto person = std::upper_bound(person_occurrences_.begin(), person_occurrences_.end(), std::make_pair(it->span.end, INT32_MAX));
    if (person != person_occurrences_.end() && person->first < pos) return -1;
    return EntityForSeg(static_cast<int>(it - segs_.begin()));
  }
  return -1;
}

namespace {
// The endings of the bodies a head's title heads (校長 → a school, 議長 → a council), nullptr for other titles.
const std::vector<std::u32string_view>* HeadEndings(const std::string& title) {
  struct Head {
    std::u32string_view title;
    std::vector<std::u32string_view> bodies;  // endings of the bodies it heads
  };
  static const Head kHeads[] = {{U"校長", {U"大學", U"學院", U"學校", U"中學", U"小學", U"高中", U"國中"}},
                                {U"教頭", {U"學校", U"中學", U"小學", U"高中", U"高校"}},  // a Japanese school's vice principal
                                {U"館長", {U"館"}},
                                {U"院長", {U"院", U"之家"}},  // (a care home: 護理之家, 老人之家)
                                {U"理事長", {U"會", U"公社", U"法人"}},
                                {U"組合長", {U"農協", U"漁協", U"組合"}},
                                {U"議長", {U"議會"}},
                                {U"議員", {U"議會"}},  // a member (拜會阿拉斯加州議會，與州眾議員X晤談)
                                {U"會長", {U"會", U"議員連盟", U"議員聯盟"}},  // (a council's league of members: 日台友好議員連盟)
                                {U"會頭", {U"會議所", U"商工會"}},  // a Japanese chamber's head
                                {U"社長", {U"社"}},
                                {U"董事長", {U"公司", U"集團", U"會社"}},
                                {U"總經理", {U"公司", U"集團", U"會社"}},
                                {U"執行長", {U"公司", U"集團", U"會社", U"局", U"中心", U"基金會"}},
                                // A department's head named after the department (前往觀光旅遊局，由局長X簡報).
                                {U"局長", {U"局"}},
                                {U"處長", {U"處"}},
                                {U"署長", {U"署"}},
                                {U"司長", {U"司"}},
                                {U"部長", {U"部"}},  // a ministry's (deputy) minister (…部主辦之「…」，由副部長X主持)
                                // A Japanese institute's or company's division head (…研究機構，由研究部門長X說明).
                                {U"部門長", {U"機構", U"研究所", U"研究院", U"中心", U"會社", U"公司"}},
                                {U"廳長", {U"廳"}},
                                {U"所長", {U"事務所", U"研究所"}},
                                {U"代表", {U"代表處", U"辦事處"}},
                                {U"大使", {U"大使館"}},  // (拜會…駐瓜地馬拉大使館，黃俊彥大使聽取…)
                                {U"團長", {U"技術團"}},  // a technical mission's head (國合會駐X技術團)
                                // An orchestra's or a choir's conductor or director (北市交…，由音樂總監X指揮).
                                {U"指揮", {U"樂團", U"合唱團"}},
                                {U"總監", {U"樂團", U"合唱團", U"劇團", U"舞團"}},
                                {U"董事", {U"株式會社", U"會社", U"公司"}}};
  std::u32string t = ToU32(title);
  for (const Head& h : kHeads)
    if (std::u32string_view(t).ends_with(h.title)) return &h.bodies;
  return nullptr;
}
}  // namespace

// The body named first on the report's first line (新竹市議會公務出國報告), when a title heads one of its kind.
int DocumentExtraction::IssuerFor(const std::string& title) {
  const std::vector<std::u32string_view>* endings = HeadEndings(title);
  if (!endings || segs_.empty() || sentences_.empty()) return -1;
  const std::u32string& f = nt_.folded;
  size_t line_end = f.find(U'\n', f.find_first_not_of(U" \n"));
  const Seg& first = segs_.front();
  if ((first.kind != SegKind::kOrg && first.kind != SegKind::kPatternOrg) || first.span.end > line_end) return -1;
  std::u32string_view name(f.data() + first.span.begin, first.span.size());
  for (std::u32string_view e : *endings)
    if (name.size() > e.size() && name.ends_with(e)) return EntityForSeg(0);
  return -1;
}

// 前往國立彰化師範大學，由校長許文傑介紹: a head's title with no body before it, after a body of the kind it heads
// earlier in the sentence (校長 → a school, 館長 → a museum, 理事長 → an association), with no person in between.
// Where the table row a sentence opening at `begin` stands in starts, where the sentence is a cell of it (a tab before
// it): the line's start; else `begin`.
uint32_t DocumentExtraction::RowBegin(uint32_t begin) const {
  if (begin == 0 || nt_.text[begin - 1] != U'\t') return begin;
  const size_t line = nt_.text.rfind(U'\n', begin - 1);
  return line == std::u32string::npos ? 0 : static_cast<uint32_t>(line) + 1;
}

int DocumentExtraction::SentenceOrgBefore(uint32_t pos, size_t sentence, const std::string& title) {
  if (sentence >= sentences_.size()) return -1;
  const std::vector<std::u32string_view>* endings = HeadEndings(title);
  if (!endings) return -1;
  const std::u32string& f = nt_.folded;
  const uint32_t begin = RowBegin(sentences_[sentence].begin);  // (the row's cells before a cell's: ⇥參訪…研究所⇥所長 X)
  auto it = std::lower_bound(segs_.begin(), segs_.end(), pos, [](const Seg& x, uint32_t v) { return x.span.begin < v; });
  // (How far back, not counting what parentheses hold: an event's English gloss between, …主辦之「…」（Cities Recovery
  // Partnership Meeting 2026），由副部長X.)
  auto distance = [&](uint32_t from) {
    uint32_t d = 0;
    for (uint32_t q = from; q < pos; ++q) {
      if (f[q] == U'(')
        if (const uint32_t past = detail::PastParenthesis(f, q, pos, 80); past > q) {
          q = past - 1;
          continue;
        }
      ++d;
    }
    return d;
  };
  while (it != segs_.begin()) {
    --it;
    if (it->span.begin < begin || (pos - it->span.end > 60 && distance(it->span.end) > 60)) return -1;
    if (it->kind != SegKind::kOrg && it->kind != SegKind::kPatternOrg) continue;
    std::u32string_view name(f.data() + it->span.begin, it->span.size());
    std::u32string full = it->name.empty() ? std::u32string() : ToU32(it->name);  // JA宮崎經濟連 → …聯合會
    bool fits = std::any_of(endings->begin(), endings->end(), [&](std::u32string_view e) {
      return (name.size() > e.size() && name.ends_with(e)) || (full.size() > e.size() && full.ends_with(e));
    });
    if (!fits) continue;
    // No person named in between, unless only a list of the body's officials stands there (由議長X、副議長Y).
    auto person = std::upper_bound(person_occurrences_.begin(), person_occurrences_.end(), std::make_pair(it->span.end, INT32_MAX));
    if (person != person_occurrences_.end() && person->first < pos && !OfficialsListBetween(it->span.end, pos)) return -1;
    return EntityForSeg(static_cast<int>(it - segs_.begin()));
  }
  return -1;
}

int DocumentExtraction::SideBodyBefore(uint32_t title_begin, size_t sentence) {
  const std::u32string& f = nt_.folded;
  if (sentence >= sentences_.size() || title_begin < 2 || f[title_begin - 1] != U'方' || !IsHan(f[title_begin - 2]))
    return -1;
  const char32_t side = f[title_begin - 2];
  int body = -1;
  for (auto it = std::lower_bound(segs_.begin(), segs_.end(), sentences_[sentence].begin,
                                  [](const Seg& x, uint32_t v) { return x.span.begin < v; });
       it != segs_.end() && it->span.end <= title_begin - 2; ++it)
    if ((it->kind == SegKind::kOrg || it->kind == SegKind::kPatternOrg) && f[it->span.begin] == side &&
        lex_.Country(it->span.begin).len > 0) {
      const int entity = EntityForSeg(static_cast<int>(it - segs_.begin()));
      if (body >= 0 && entity != body) return -1;  // (two such bodies: whose side is unsaid)
      body = entity;
    }
  return body;
}

// Between `b` and `e` only titles, persons and the words of a list (、，由 及): 宮崎縣議會，由議長中村幸一郎、副議長.
bool DocumentExtraction::OfficialsListBetween(uint32_t b, uint32_t e) const {
  const std::u32string& f = nt_.folded;
  auto seg = std::lower_bound(segs_.begin(), segs_.end(), b, [](const Seg& x, uint32_t v) { return x.span.begin < v; });
  auto person = std::lower_bound(person_occurrences_.begin(), person_occurrences_.end(), std::make_pair(b, INT32_MIN));
  int commas = 0;
  for (uint32_t q = b; q < e;) {
    while (seg != segs_.end() && seg->span.end <= q) ++seg;
    if (seg != segs_.end() && seg->span.begin == q && seg->kind == SegKind::kTitle) {
      q = seg->span.end;
      continue;
    }
    while (person != person_occurrences_.end() && person->first < q) ++person;
    if (person != person_occurrences_.end() && person->first == q) {
      auto hit = std::find_if(persons_.begin(), persons_.end(), [&](const PersonHit& h) { return h.name.begin == q; });
      if (hit == persons_.end()) return false;
      // (Past the name's gloss, and the host's receiving before the others sitting in: 由議長X（…）主持歡迎會，副議長Y….)
      q = detail::PastParenthesis(f, hit->name.end, e, 60);
      if (q < e && ContainsAny(std::u32string_view(f.data() + q, std::min<size_t>(2, e - q)), {U"主持", U"接待", U"接見", U"歡迎"})) {
        uint32_t r = q;
        while (r < e && r - q <= 8 && IsHan(f[r])) ++r;
        auto inside = std::lower_bound(segs_.begin(), segs_.end(), q, [](const Seg& x, uint32_t v) { return x.span.begin < v; });
        if (r < e && (f[r] == U',' || f[r] == U'，') && (inside == segs_.end() || inside->span.begin >= r)) q = r;
      }
      continue;
    }
    char32_t c = f[q];
    if (c == U',' || c == U'，') ++commas;
    else if (c != U'、' && c != U'由' && c != U'及' && c != U' ') return false;
    ++q;
  }
  return commas <= 1;
}

// 拜會宮崎縣廳，由河野知事接待，副知事日高雅人陪同: the local government named last before `pos` in the sentence,
// other than the publisher; a governor's title wants a region (a prefecture, a province), a mayor's a city.
int DocumentExtraction::OfficeSentenceGovernment(uint32_t pos, size_t sentence) {
  const Span sp = sentences_[sentence];
  if (pos <= sp.begin) return -1;
  auto [lo, hi] = SegsIn({sp.begin, pos});
  for (size_t k = lo; k + 1 < hi; ++k) {
    const Seg& place = segs_[k];
    const Seg& title = segs_[k + 1];
    if (place.kind != SegKind::kPlace || title.kind != SegKind::kTitle || title.span.begin != place.span.end ||
        title.span.end + 2 > pos)
      continue;
    const std::u32string_view after(nt_.folded.data() + title.span.end, 2);
    if (after != U"職務" && after != U"一職") continue;
    const int gov = EntityForSeg(static_cast<int>(k));
    if (gov >= 0 && gov != publisher_ && ontology::IsLocalGovernment(out_.entities[static_cast<size_t>(gov)].kind)) return gov;
  }
  return -1;
}

int DocumentExtraction::SentenceGovernmentBefore(uint32_t pos, size_t sentence, Role role) {
  if (sentence >= sentences_.size()) return -1;
  // (A cell of a table row, a sentence of its own where the row's cells are long, reads the row's cells before it too:
  // 4月24日⇥拜會弘前市役所⇥市長 X、觀光部長 Y.)
  const uint32_t begin = RowBegin(sentences_[sentence].begin);
  auto it = std::lower_bound(segs_.begin(), segs_.end(), pos, [](const Seg& x, uint32_t v) { return x.span.begin < v; });
  while (it != segs_.begin()) {
    --it;
    if (it->span.begin < begin) return -1;
    // 拜會宮崎縣議會，由議長A、副議長B及…會長C議員接待: a councillor of the council named before.
    if (role == Role::kCouncillor && (it->kind == SegKind::kOrg || it->kind == SegKind::kPatternOrg) &&
        std::u32string_view(nt_.folded.data() + it->span.begin, it->span.size()).ends_with(U"議會"))
      return EntityForSeg(static_cast<int>(it - segs_.begin()));
    if (it->kind != SegKind::kPlace) continue;
    // The place stands for its government (宮崎縣廳, 宮崎市政府, 東川町役場, 抵達開羅，): not a title's or a body's start
    // (仁川廣域市長劉正福、大使X; 上海市文化和旅遊局局長Y).
    // (Or the place the delegation goes to and calls on: 前往艾拉伊州拜會州長X.)
    // (Besides the government words of lexical.h: 廳 and 府 alone, Japanese 役所 and 役場, 公所, a county's 縣政府.)
    // (Or the place that sends its officer: 氣仙沼市亦派副市長X出席.)
    // (Or a place labelling the list of its officials present: (二)昌原特例市：第一副市長X、….)
    static const std::u32string_view kGovernment[] = {U",",    U"，",   U"。",   U"廳",   U"府",   U"役所", U"市役所",
                                                      U"市廳", U"縣政府", U"縣廳", U"役場", U"公所", U"拜會", U"拜訪",
                                                      U"派",   U"亦派", U"也派", U"特派", U"另派", U":",
                                                      U"都政府",   // (曼谷都政府, the Bangkok Metropolitan Administration)
                                                      U"都會市", U"大都會市"};  // (metropolitan municipalities: 博卡拉都會市政府)
    // (Past its name in another language: 拜會慕尼黑縣(Landkreis München)，由縣長X接待.)
    uint32_t past = detail::PastParenthesis(nt_.folded, it->span.end, nt_.folded.size(), 60);
    std::u32string_view after(nt_.folded.data() + past, std::min<size_t>(4, nt_.folded.size() - past));
    // (But a deputy after the head of a place: 大曼徹斯特市長X未能出席，由副市長Y代為接見.)
    bool head_before = false;
    // (Or a councillor the head of the place, or its deputy, brings along: 普萊諾市市長X率副市長Y、市議員Z; 基督城副市長X率領
    // 市議員Y.)
    if ((role == Role::kDeputyMayor || role == Role::kDeputyGovernor || role == Role::kCouncillor) && it + 1 != segs_.end() &&
        (it + 1)->kind == SegKind::kTitle && ((it + 1)->span.begin == it->span.end || (it + 1)->span.begin == past)) {
      Role head = g_.titles()[static_cast<size_t>((it + 1)->index)].role;
      head_before = (role == Role::kDeputyMayor && head == Role::kMayor) || (role == Role::kDeputyGovernor && head == Role::kGovernor) ||
                    (role == Role::kCouncillor && (head == Role::kMayor || head == Role::kGovernor || head == Role::kDeputyMayor ||
                                                   head == Role::kDeputyGovernor));
    }
    // (Its legislature's building houses the state's executive too: 前往科羅拉多州議會大廈拜會副州長X.)
    bool capitol = after.starts_with(U"議會大廈") || after.starts_with(U"議會大樓");
    // (So does an office named for its head's title: 拜會洛杉磯郡警長辦公室，由警長X接見; 市長辦公室.)
    if (it + 1 != segs_.end() && (it + 1)->kind == SegKind::kTitle && (it + 1)->span.begin == past &&
        nt_.folded.compare((it + 1)->span.end, 3, U"辦公室") == 0)
      capitol = true;
    if (!after.empty() && !head_before && !capitol &&
        std::none_of(std::begin(kGovernment), std::end(kGovernment), [&](std::u32string_view w) { return after.starts_with(w); }) &&
        std::none_of(std::begin(detail::kGovernmentWords), std::end(detail::kGovernmentWords),
                     [&](std::u32string_view w) { return after.starts_with(w); })) {
      // (A council's name, 八代市議會議長X、副市長Y: look further back, to 由八代市長Z接見.)
      if (after.starts_with(U"議會")) continue;
      // (Nor 該市 as a clause's subject, pointing back: 拜會聖荷西市政府，該市採議會經理制，由市經理X接見.)
      if (nt_.folded[it->span.begin] == U'該') continue;
      // (Nor where another goes: 市長X因赴布魯塞爾開會未能接見，改由副市長Y接見 — look further back, to 拜會波茲南市政府.)
      if (it->span.begin >= begin + 1 && (nt_.folded[it->span.begin - 1] == U'赴' ||
                                          (it->span.begin >= begin + 2 && nt_.folded.compare(it->span.begin - 2, 2, U"前往") == 0)))
        continue;
      return -1;
    }
    // (Nor a place one away went to, even before a comma: 市長X因出席全國市長會議赴東京，由副市長Y代理接見 — look further
    // back, to 拜會石垣市役所; not where the delegation goes, 赴多良間村，由村長Y接見.)
    if (it->span.begin >= begin + 1 && (after.starts_with(U",") || after.starts_with(U"，")) &&
        (nt_.folded[it->span.begin - 1] == U'赴' ||
         (it->span.begin >= begin + 2 && nt_.folded.compare(it->span.begin - 2, 2, U"前往") == 0))) {
      const std::u32string_view clause(nt_.folded.data() + begin, it->span.begin - begin);
      const size_t cut = clause.find_last_of(U",，;；");
      if (clause.substr(cut == std::u32string_view::npos ? 0 : cut + 1).find(U'因') != std::u32string_view::npos) continue;
    }
    int ent = EntityForSeg(static_cast<int>(it - segs_.begin()));
    if (ent < 0 || ent == publisher_) return -1;
    EntityKind kind = out_.entities[static_cast<size_t>(ent)].kind;
    if (!ontology::IsLocalGovernment(kind)) return -1;
    bool governor = role == Role::kGovernor || role == Role::kDeputyGovernor;
    bool mayor = role == Role::kMayor || role == Role::kDeputyMayor;
    // (A county's head is its mayor too, as 縣長 is: 慕尼黑縣, Landkreis München.)
    const std::string& label = out_.entities[static_cast<size_t>(ent)].label;
    // (And a European region's, 區長 of 中馬其頓大區: read as its governor.)
    bool county = label.ends_with("縣") || label.ends_with("郡") || label.ends_with("大區");
    // (A city governed as a metropolis has a governor: 曼谷都政府, its 都長 and 副都長.)
    const bool metropolis = after.starts_with(U"都") && !after.starts_with(U"都會");
    if ((governor && kind != EntityKind::kRegion && !metropolis) || (mayor && kind != EntityKind::kCity && !county)) return -1;
    return ent;
  }
  return -1;
}

// 上川綜合振興局長X (the name at `name_begin`): a unit written alone right before the title before the name (the unit's
// last character may be the title's first), which the text named earlier right after a foreign government
// (北海道上川綜合振興局): that government, and the unit's title in `unit_title`; -1 if none.
// The person of an English table's row that `pos` stands in: the table's header (the first line of its block of tabbed
// lines) names a Name column and a Title (Position, Designation) column; the row's City, Country and Organization
// (Organisation, Agency, Institution) cells are where the office is held. Read once per row: at its first cell.
// A table of a delegation's members (編號⇥姓名⇥服務單位⇥職稱) writes a unit, or a title, the row above has with a ditto
// mark: 2⇥蕭雅婷⇥〃⇥專門委員 under 1⇥詹明哲⇥臺中市政府經濟發展局⇥局長. The row's name (a cell it fills) holds the title of
// its title's cell in the body or place of its unit's cell — each read, where it is a ditto mark, from the nearest row
// above of as many cells that writes it.
std::vector<detail::NameHit> DocumentExtraction::DittoRow(const detail::NameFinder& finder, uint32_t pos) const {
  const std::u32string& f = nt_.folded;
  std::vector<detail::NameHit> none;
  // (Once a row: from the sentence that opens it, where its cells are sentences of their own.)
  uint32_t row = pos;
  while (row > 0 && f[row - 1] == U' ') --row;
  if (row > 0 && f[row - 1] != U'\n') return none;
  uint32_t row_end = pos;
  while (row_end < f.size() && f[row_end] != U'\n') ++row_end;
  const std::u32string_view row_text(f.data() + row, row_end - row);
  if (row_text.find(U'\t') == std::u32string_view::npos || row_text.find_first_of(U"〃″同\"") == std::u32string_view::npos)
    return none;
  auto ditto = [&](Span c) {
    const std::u32string_view v(f.data() + c.begin, c.size());
    return v == U"〃" || v == U"″" || v == U"同上" || v == U"\"";
  };
  std::vector<Span> cells = detail::TabCells(f, {row, row_end});
  if (cells.size() < 3 || std::none_of(cells.begin(), cells.end(), ditto)) return none;
  // Each ditto cell's value: the same column of the nearest row above, of as many cells, that writes one (up to ten rows).
  for (size_t k = 0; k < cells.size(); ++k) {
    uint32_t line = row;
    for (int up = 0; ditto(cells[k]) && line > 0 && up < 10; ++up) {
      const Span above = LineAbove(line);
      const std::vector<Span> those = detail::TabCells(f, above);
      if (those.size() != cells.size()) break;
      cells[k] = those[k];
      line = above.begin;
    }
    if (ditto(cells[k])) return none;
  }
  auto whole = [&](Span c, auto&& kinds) {
    const int g = SegStartingAt(c.begin);
    if (g < 0 || segs_[static_cast<size_t>(g)].span.end != c.end) return -1;
    return kinds(segs_[static_cast<size_t>(g)].kind) ? g : -1;
  };
  detail::NameHit h;
  int title = -1, holder = -1;
  bool named = false;
  for (const Span c : cells) {
    if (c.size() == 0) continue;
    if (title < 0)
      if (const int g = whole(c, [](SegKind k) { return k == SegKind::kTitle; }); g >= 0) {
        title = g;
        continue;
      }
    if (holder < 0)
      if (const int g = whole(c, [](SegKind k) { return k == SegKind::kOrg || k == SegKind::kPatternOrg || k == SegKind::kPlace; });
          g >= 0) {
        holder = g;
        continue;
      }
    if (!named && c.begin >= row && c.end <= row_end) named = finder.ReadNameFilling(c, &h);
  }
  if (!named || title < 0 || holder < 0) return none;
  detail::NameHit::Post post;
  post.title = segs_[static_cast<size_t>(title)].index;
  post.title_text = nt_.Utf8(segs_[static_cast<size_t>(title)].span);
  post.holder_seg = holder;
  h.posts.push_back(post);
  h.rule = "ditto-row";
  return {h};
}

// An e-mail copied into a report (the messages that arranged a call, in an appendix) names its correspondents on its
// header's lines: From:, To:, Cc: (寄件者：, 收件者：, 副本：, as a Chinese mail program writes them), in a block of lines
// that also holds the Subject: (主旨：). Each name there, separated by semicolons, its address in angle brackets dropped
// (Maria Castellanos <mcastellanos@…>), is a person's; an address alone names nobody.
std::vector<detail::NameHit> DocumentExtraction::MailHeaderNames(const detail::NameFinder& finder, uint32_t pos) const {
  const std::u32string& f = nt_.folded;
  std::vector<detail::NameHit> out;
  // (The folded text: letters in lower case, full-width colons as ':'.)
  static const std::u32string_view kFields[] = {U"from:", U"to:", U"cc:", U"bcc:", U"寄件者:", U"收件者:", U"副本:"};
  auto line_at = [&](uint32_t b) {
    uint32_t e = b;
    while (e < f.size() && f[e] != U'\n') ++e;
    return Span{b, e};
  };
  if ((pos > 0 && f[pos - 1] != U'\n') || pos >= f.size() || std::u32string_view(U"ftcb寄收副").find(f[pos]) == std::u32string_view::npos)
    return out;
  size_t field = 0;
  for (std::u32string_view k : kFields)
    if (f.compare(pos, k.size(), k) == 0) field = k.size();
  if (field == 0) return out;
  const Span line = line_at(pos);
  // (The block's Subject: line, up to five lines away, none blank between.)
  auto subject = [&](Span l) { return f.compare(l.begin, 8, U"subject:") == 0 || f.compare(l.begin, 3, U"主旨:") == 0; };
  bool header = false;
  for (Span l = line; !header && l.end < f.size() && l.end - line.end < 400;) {
    l = line_at(l.end + 1);
    if (l.size() == 0) break;
    header = subject(l);
  }
  for (Span l = line; !header && l.begin > 0 && line.begin - l.begin < 400;) {
    l = LineAbove(l.begin);
    if (l.size() == 0) break;
    header = subject(l);
  }
  if (!header) return out;
  for (uint32_t b = pos + static_cast<uint32_t>(field); b < line.end;) {
    uint32_t e = b;
    while (e < line.end && f[e] != U';') ++e;
    uint32_t name_end = e;
    for (uint32_t x = b; x < e; ++x)
      if (f[x] == U'<') {
        name_end = x;
        break;
      }
    // (A name the mail program quotes: "Lin Hsiu-lan" <…>.)
    uint32_t nb = b, ne = name_end;
    while (nb < ne && (f[nb] == U' ' || f[nb] == U'"' || f[nb] == U'\'')) ++nb;
    while (ne > nb && (f[ne - 1] == U' ' || f[ne - 1] == U'"' || f[ne - 1] == U'\'')) --ne;
    detail::NameHit h;
    if (ne > nb && std::u32string_view(f.data() + nb, ne - nb).find(U'@') == std::u32string_view::npos &&
        finder.ReadNameFilling({nb, ne}, &h)) {
      h.rule = "mail-header";
      out.push_back(std::move(h));
    }
    b = e + 1;
  }
  return out;
}

std::vector<detail::NameHit> DocumentExtraction::EnglishTableRow(const detail::NameFinder& finder, uint32_t pos) const {
  const std::u32string& f = nt_.folded;
  std::vector<detail::NameHit> none;
  uint32_t row = pos;
  while (row > 0 && f[row - 1] != U'\n') --row;
  if (pos != row && !(pos > row && std::all_of(f.begin() + row, f.begin() + pos, [](char32_t c) { return c == U' '; })))
    return none;
  uint32_t row_end = row;
  while (row_end < f.size() && f[row_end] != U'\n') ++row_end;
  auto cells_of = [&](uint32_t b, uint32_t e) { return detail::TabCells(f, {b, e}); };
  const std::vector<Span> cells = cells_of(row, row_end);
  if (cells.size() < 2) return none;
  const Span head = detail::TableHeaderCell(f, cells[0].begin);
  if (head.size() == 0) return none;
  uint32_t header_line = head.begin;
  while (header_line > 0 && f[header_line - 1] != U'\n') --header_line;
  uint32_t header_end = header_line;
  while (header_end < f.size() && f[header_end] != U'\n') ++header_end;
  const std::vector<Span> headers = cells_of(header_line, header_end);
  if (headers.size() != cells.size()) return none;
  int name_col = -1, title_col = -1;
  std::vector<size_t> unit_cols;
  for (size_t k = 0; k < headers.size(); ++k) {
    const std::u32string_view h(f.data() + headers[k].begin, headers[k].size());
    // (Or a name glossed, Name (as in passport), Name (Surname, Given name).)
    if (h == U"name" || h == U"full name" || h == U"participant" || h == U"passport name" || h == U"name in passport" ||
        (h.starts_with(U"name (") && h.ends_with(U")") && h.size() <= 40))
      name_col = static_cast<int>(k);
    else if (h == U"title" || h == U"position" || h == U"designation" || h == U"job title") title_col = static_cast<int>(k);
    else if (h == U"city" || h == U"organization" || h == U"organisation" || h == U"agency" || h == U"institution" ||
             h == U"city/organization" || h == U"local government")
      unit_cols.push_back(k);
  }
  if (name_col < 0 || title_col < 0) return none;
  Span name = cells[static_cast<size_t>(name_col)];
  for (std::u32string_view honorific : {U"mr. ", U"ms. ", U"mrs. ", U"dr. ", U"prof. ", U"hon. ", U"h.e. "})
    if (f.compare(name.begin, honorific.size(), honorific) == 0) {
      name.begin += static_cast<uint32_t>(honorific.size());
      break;
    }
  std::vector<Span> units;
  for (size_t k : unit_cols) units.push_back(cells[k]);
  return finder.EnglishSignature(name, cells[static_cast<size_t>(title_col)], units);
}

// The tables of an event's participants: the rows right under a short line that names participants (與會城市代表一覽,
// 出席人員名單, 參加城市及代表) — or, with `signatories`, the signers of an agreement (宣言簽署城市及代表) — up to a line
// that is no row. A row has a tab, or cells set apart by spaces (臺南市　市長　黃文祥).
std::vector<Span> DocumentExtraction::ParticipantTables(bool signatories) const {
  const std::u32string& f = nt_.folded;
  std::vector<Span> out;
  auto is_row = [&](std::u32string_view row) {
    if (row.find(U'\t') != std::u32string_view::npos) return true;
    // (Or a list of one person a line, under a sub-heading: Participants: / - Mr. X, Deputy Mayor, Kumamoto City.)
    if (!signatories && !row.empty() &&
        (std::u32string_view(U"-•●‧・").find(row.front()) != std::u32string_view::npos || (row.size() <= 20 && row.back() == U':')))
      return true;
    // (Or numbered: 1. 日本奈良縣天理市市長 X / 2. ….)
    if (!signatories && !row.empty() && row.size() <= 60 && PastListNumber(row).size() < row.size()) return true;
    if (!signatories) return false;
    size_t cells = 0;
    for (size_t k = 0; k < row.size();) {
      while (k < row.size() && row[k] == U' ') ++k;
      if (k >= row.size()) break;
      ++cells;
      while (k < row.size() && row[k] != U' ') ++k;
    }
    return cells >= 2 && row.size() <= 40;
  };
  for (size_t b = 0; b < f.size();) {
    size_t e = f.find(U'\n', b);
    if (e == std::u32string::npos) break;
    std::u32string_view line(f.data() + b, e - b);
    size_t next = e + 1;
    bool heading = line.size() <= 30 && line.find(U'\t') == std::u32string_view::npos &&
                   (signatories ? ContainsAny(line, {U"簽署", U"簽約"}) && ContainsAny(line, {U"代表", U"名單", U"城市"})
                                : (ContainsAny(line, {U"與會", U"出席", U"參加", U"參與"}) &&
                                   ContainsAny(line, {U"代表", U"名單", U"人員", U"一覽", U"首長", U"貴賓"})) ||
                                      // (Or the guests' list of an event the publisher holds: 二、外賓名單.)
                                      (ContainsAny(line, {U"外賓", U"貴賓", U"來賓"}) && ContainsAny(line, {U"名單", U"一覽"})));
    if (heading) {
      size_t end = e;
      while (end + 1 < f.size()) {
        size_t after = f.find(U'\n', end + 1);
        if (after == std::u32string::npos) after = f.size();
        if (!is_row(std::u32string_view(f.data() + end + 1, after - end - 1))) break;
        end = after;
      }
      if (end > e) {
        out.push_back({static_cast<uint32_t>(e), static_cast<uint32_t>(end)});
        next = end;
      }
    }
    b = next;
  }
  return out;
}

// The place a 地點 (venue) field names first, on one of the two lines after the one holding pos (up to a blank line),
// as a seg; -1 if none.
int DocumentExtraction::VenueLinePlace(uint32_t pos) const {
  const std::u32string& f = nt_.folded;
  size_t line = f.find(U'\n', pos);
  for (int n = 0; n < 2 && line != std::u32string::npos; ++n) {
    size_t b = line + 1;
    size_t e = f.find(U'\n', b);
    if (e == std::u32string::npos) e = f.size();
    size_t k = PastBullets(f, b, e);
    if (k == e) return -1;  // a blank line ends the record
    for (std::u32string_view label : {std::u32string_view(U"地點:"), std::u32string_view(U"會議地點:"), std::u32string_view(U"活動地點:")})
      if (f.compare(k, label.size(), label) == 0) {
        auto [lo, hi] = SegsIn({static_cast<uint32_t>(k), static_cast<uint32_t>(e)});
        for (size_t s = lo; s < hi; ++s)
          if (segs_[s].kind == SegKind::kPlace) return static_cast<int>(s);
        return -1;
      }
    line = e < f.size() ? e : std::u32string::npos;
  }
  return -1;
}

Date DocumentExtraction::RowTripStart(uint32_t pos, uint32_t* cell) const {
  const std::u32string& f = nt_.folded;
  const size_t nl = pos == 0 ? std::u32string::npos : f.rfind(U'\n', pos - 1);
  const uint32_t b = nl == std::u32string::npos ? 0 : static_cast<uint32_t>(nl + 1);
  const uint32_t e = static_cast<uint32_t>(std::min(f.find(U'\n', pos), f.size()));
  if (std::find(f.begin() + b, f.begin() + e, U'\t') == f.begin() + e) return {};
  for (uint32_t c = b; c < e;) {
    uint32_t ce = c;
    while (ce < e && f[ce] != U'\t') ++ce;
    // (A cell that is the span and nothing more.)
    const auto dates = FindDates(nt_.text, c, ce);
    if (dates.size() == 1 && dates[0].has_year && dates[0].date.day > 0 && dates[0].range_end.valid()) {
      uint32_t cb = c, cend = ce;
      while (cb < cend && f[cb] == U' ') ++cb;
      while (cend > cb && f[cend - 1] == U' ') --cend;
      if (dates[0].span.begin == cb && dates[0].span.end == cend) {
        if (cell) *cell = c;
        return dates[0].date;
      }
    }
    c = ce + 1;
  }
  return {};
}

Span DocumentExtraction::DatelineUnder(size_t i) const {
  const std::u32string& f = nt_.folded;
  const std::u32string_view name(f.data() + events_[i].span.begin, events_[i].span.size());
  if (name.size() < 8 || !IsLatinLetter(name.back())) return {0, 0};
  const size_t head = std::min<size_t>(f.size(), 1200);
  for (size_t at = f.find(name); at != std::u32string::npos && at < head; at = f.find(name, at + 1)) {
    // (The name closes its line: a heading, 2026 …Forum or Remarks by … at the Opening of the 2026 …Forum.)
    size_t le = at + name.size();
    while (le < f.size() && f[le] == U' ') ++le;
    if (le < f.size() && f[le] != U'\n') continue;
    // The next line, or the one after it under a subtitle (Session 3: …): words with capitals, a comma between each
    // part, a day with its month and year, no full stop.
    size_t b = le + 1;
    for (int n = 0; n < 2 && b < f.size(); ++n) {
      const size_t e = std::min(f.find(U'\n', b), f.size());
      const std::u32string_view line(f.data() + b, e - b);
      if (line.empty() || line.size() > 80) break;
      bool words_ok = line.find(U'.') == std::u32string_view::npos && line.find(U',') != std::u32string_view::npos;
      for (size_t w = 0; words_ok && w < line.size(); ++w) {
        if (!IsLatinLetter(line[w]) || (w > 0 && IsLatinLetter(line[w - 1]))) continue;
        size_t we = w;
        while (we < line.size() && IsLatinLetter(line[we])) ++we;
        const std::u32string_view word = line.substr(w, we - w);
        // (The text is folded: a word's capital is read from the original.)
        const char32_t first = nt_.text[b + w];
        words_ok = (first >= U'A' && first <= U'Z') || word == U"of" || word == U"the" || word == U"and" || word == U"de";
      }
      if (words_ok)
        for (const auto& d : FindDates(nt_.text, static_cast<uint32_t>(b), static_cast<uint32_t>(e)))
          if (d.has_year && d.date.month > 0 && d.date.day > 0) return {static_cast<uint32_t>(b), static_cast<uint32_t>(e)};
      if (line.find(U':') == std::u32string_view::npos) break;  // (only a subtitle is passed)
      b = e + 1;
    }
  }
  return {0, 0};
}

// The sentences of the lines above a meeting record's field line (■ 9月21日拜會維爾紐斯市政府 / ◆ 地點：… / ◆ 會見人員：
// 副市長 X), nearest first, up to a blank line (six lines at most); none where the sentence is on no such field's line.
std::vector<size_t> DocumentExtraction::RecordContext(size_t sentence) const {
  std::vector<size_t> out;
  if (sentence >= sentences_.size()) return out;
  const std::u32string& f = nt_.folded;
  uint32_t line = sentences_[sentence].begin;
  while (line > 0 && f[line - 1] != U'\n') --line;
  size_t k = PastBullets(f, line, f.size());
  bool field = false;
  for (std::u32string_view label : kRecordLabels)
    field = field || (f.compare(k, label.size(), label) == 0 && k + label.size() < f.size() &&
                      (f[k + label.size()] == U':' || f[k + label.size()] == U'：'));
  if (!field) return out;
  for (int lines = 0; lines < 6 && line > 0; ++lines) {
    uint32_t end = line - 1;  // the newline ending the line above
    uint32_t begin = end;
    while (begin > 0 && f[begin - 1] != U'\n') --begin;
    if (std::all_of(f.begin() + begin, f.begin() + end, [](char32_t c) { return c == U' ' || c == U'\t'; })) break;
    auto it = std::upper_bound(sentences_.begin(), sentences_.end(), end, [](uint32_t v, const Span& x) { return v < x.begin; });
    while (it != sentences_.begin()) {
      --it;
      if (it->end <= begin) break;
      out.push_back(static_cast<size_t>(it - sentences_.begin()));
    }
    line = begin;
  }
  return out;
}

// The other side's official with no place written in a meeting record: the local government its heading or its 地點
// line names (of the kind the title heads); -1 if none.
int DocumentExtraction::RecordGovernment(size_t sentence, Role role) {
  for (size_t k : RecordContext(sentence)) {
    int gov = SentenceGovernmentBefore(sentences_[k].end, k, role);
    if (gov >= 0) return gov;
  }
  return -1;
}

int DocumentExtraction::HeadingGovernment(size_t sentence, Role role) {
  if (sentence >= sentences_.size()) return -1;
  const std::u32string& f = nt_.folded;
  const Span above = LineAbove(sentences_[sentence].begin);
  if (above.end == 0) return -1;
  const uint32_t begin = above.begin, end = above.end;  // (end: the newline ending the line above)
  // (A heading: a short line with no full stop that says whom the item calls on.)
  const std::u32string_view heading(f.data() + begin, end - begin);
  // (Or one that names a government's building: 二、10月20日下午　大阪府廳.)
  if (heading.empty() || heading.size() > 40 || heading.find(U'。') != std::u32string_view::npos ||
      !(ContainsAny(heading, {U"拜會", U"拜訪", U"參訪", U"訪問"}) ||
        heading.ends_with(U"廳") || heading.ends_with(U"役所") || heading.ends_with(U"政府") || heading.ends_with(U"役場")))
    return -1;
  auto it = std::upper_bound(sentences_.begin(), sentences_.end(), end, [](uint32_t v, const Span& x) { return v < x.begin; });
  if (it == sentences_.begin()) return -1;
  --it;
  if (it->end < end || it->begin > begin + heading.size()) return -1;
  return SentenceGovernmentBefore(end, static_cast<size_t>(it - sentences_.begin()), role);
}

// The line above the one `pos` stands on (past the spaces and line ends at pos), without its newline; {0, 0} for the
// first line.
Span DocumentExtraction::LineAbove(uint32_t pos) const {
  const std::u32string& f = nt_.folded;
  uint32_t line = pos;
  while (line < f.size() && (f[line] == U' ' || f[line] == U'\n')) ++line;
  while (line > 0 && f[line - 1] != U'\n') --line;
  if (line == 0) return {0, 0};
  const uint32_t end = line - 1;
  uint32_t begin = end;
  while (begin > 0 && f[begin - 1] != U'\n') --begin;
  return {begin, end};
}

std::u32string_view DocumentExtraction::Opening(Span s) const {
  const std::u32string_view text(nt_.folded.data() + s.begin, s.size());
  return PastListNumber(text.substr(std::min(text.size(), text.find_first_not_of(U" \n"))));
}

// The line above the one `pos` stands on as a heading: trimmed, past the list item's number opening it.
std::u32string_view DocumentExtraction::HeadingAbove(uint32_t pos) const {
  const Span above = LineAbove(pos);
  std::u32string_view heading(nt_.folded.data() + above.begin, above.size());
  while (!heading.empty() && heading.back() == U' ') heading.remove_suffix(1);
  return PastListNumber(heading.substr(std::min(heading.size(), heading.find_first_not_of(U' '))));
}

// Is the line above the one `pos` stands on a heading that names a session of a meeting (二、首長會議, （三）分組論壇,
// 全體會議) — short, no full stop, ending with a session's word, with no call, visit or attendance of its own?
bool DocumentExtraction::SessionHeadingAbove(uint32_t pos) const {
  // (Past the day it is dated and its weekday: 一、11月4日（星期三）開幕式.)
  std::u32string_view heading = PastLeadingDay(HeadingAbove(pos));
  if (heading.starts_with(U"(")) {
    const size_t close = heading.find(U')');
    if (close != std::u32string_view::npos && close <= 4 && (close == 2 || heading.substr(1, 2) == U"星期" || heading.substr(1, 1) == U"週"))
      heading.remove_prefix(close + 1);
  }
  if (heading.empty() || heading.size() > 12 || heading.find_first_of(U"。,，「」:") != std::u32string_view::npos ||
      ContainsAny(heading, {U"拜會", U"拜訪", U"參訪", U"訪問", U"出席", U"參加", U"會見", U"會晤", U"晚宴", U"餐敘"}))
    return false;
  for (std::u32string_view w : {std::u32string_view(U"會議"), std::u32string_view(U"論壇"), std::u32string_view(U"大會"),
                                std::u32string_view(U"開幕式"), std::u32string_view(U"閉幕式"), std::u32string_view(U"研討會"),
                                std::u32string_view(U"座談會"), std::u32string_view(U"場次")})
    if (heading.ends_with(w)) return true;
  return false;
}

int DocumentExtraction::TownshipBefore(uint32_t pos, size_t sentence, char32_t kind) {
  if (sentence >= sentences_.size()) return -1;
  const uint32_t begin = RowBegin(sentences_[sentence].begin);
  auto it = std::lower_bound(segs_.begin(), segs_.end(), pos, [](const Seg& x, uint32_t v) { return x.span.begin < v; });
  while (it != segs_.begin()) {
    --it;
    if (it->span.begin < begin) break;
    // (Or the township its office names: 拜會北竿鄉公所，由鄉長X接待.)
    if (it->kind == SegKind::kPatternOrg && !it->absorbed_places.empty()) {
      const int place = it->absorbed_places.back();
      if (ToU32(g_.places()[static_cast<size_t>(place)].name_zh).back() == kind) return PlaceEntity(place);
      continue;
    }
    if (it->kind != SegKind::kPlace || nt_.folded[it->span.end - 1] != kind) continue;
    const int ent = EntityForSeg(static_cast<int>(it - segs_.begin()));
    if (ent >= 0 && ent != publisher_ && ontology::IsLocalGovernment(out_.entities[static_cast<size_t>(ent)].kind)) return ent;
  }
  return -1;
}

// The local government an earlier sentence of the same paragraph calls on (一、拜會札幌市政府，由副市長X接見。晚間由
// 副市長Y設宴款待訪團): nearest first, up to four sentences back; -1 if none.
int DocumentExtraction::ParagraphGovernment(size_t sentence, Role role) {
  const std::u32string& f = nt_.folded;
  for (size_t k = sentence, n = 0; k-- > 0 && n < 4; ++n) {
    const uint32_t gap_end = sentences_[k + 1].begin;
    if (std::find(f.begin() + sentences_[k].end, f.begin() + gap_end, U'\n') != f.begin() + gap_end) break;
    if (std::find(f.begin() + sentences_[k].begin, f.begin() + sentences_[k].end, U'\n') != f.begin() + sentences_[k].end) break;
    // (Its place followed by its government's word: not 由札幌市副市長X, a title's start, after it.)
    auto [lo, hi] = SegsIn(sentences_[k]);
    for (size_t i = lo; i < hi; ++i) {
      if (segs_[i].kind != SegKind::kPlace) continue;
      const uint32_t q = segs_[i].span.end;
      if (PastGovernmentWord(q) == q && f.compare(q, 1, U"廳") != 0) continue;
      const int gov = SentenceGovernmentBefore(q, k, role);
      if (gov >= 0) return gov;
    }
  }
  return -1;
}

int DocumentExtraction::CalledOnGovernmentBefore(uint32_t pos, size_t sentence) {
  if (sentence >= sentences_.size()) return -1;
  const Span sp = sentences_[sentence];
  const std::u32string& f = nt_.folded;
  const auto [lo, hi] = SegsIn({sp.begin, pos});
  // (Or a call on its government or on an office of it, named before the clause ends: 拜會首爾特別市經濟政策室，由
  // 小商工人政策課課長X簡報 — X is that city's.)
  for (size_t k = lo; k < hi; ++k) {
    const Seg& g = segs_[k];
    if (g.kind != SegKind::kPlace) continue;
    const uint32_t b = StartWithCountry(k);
    if (b < sp.begin + 2 || !(f.compare(b - 2, 2, U"拜會") == 0 || f.compare(b - 2, 2, U"拜訪") == 0)) continue;
    uint32_t q = PastGovernmentWord(g.span.end);
    if (q == g.span.end) {
      while (q < pos && q - g.span.end < 6 && IsHan(f[q])) ++q;
      if (q == g.span.end || std::u32string_view(U"室局處廳部").find(f[q - 1]) == std::u32string_view::npos) continue;
    }
    if (q < pos && (f[q] == U',' || f[q] == U'，'))
      if (const int gov = EntityForSeg(static_cast<int>(k)); gov >= 0 && gov != publisher_) return gov;
  }
  for (size_t k = lo; k + 1 < hi; ++k) {
    const Seg& g = segs_[k];
    const Seg& t = segs_[k + 1];
    if (g.kind != SegKind::kPlace || t.kind != SegKind::kTitle || t.index < 0 || t.span.begin != g.span.end) continue;
    const Role head = g_.titles()[static_cast<size_t>(t.index)].role;
    const uint32_t b = StartWithCountry(k);
    if ((head == Role::kMayor || head == Role::kGovernor) && b >= sp.begin + 2 &&
        (f.compare(b - 2, 2, U"拜會") == 0 || f.compare(b - 2, 2, U"拜訪") == 0))
      return EntityForSeg(static_cast<int>(k));
    // (Or after the head or deputy who receives: 由輪島市副市長A接見，都市整備課課長B簡報 — B is that city's.)
    if ((head == Role::kMayor || head == Role::kGovernor || head == Role::kDeputyMayor || head == Role::kDeputyGovernor) &&
        b >= sp.begin + 1 && f[b - 1] == U'由') {
      const std::u32string_view rest(f.data() + t.span.end, pos - t.span.end);
      if (ContainsAny(rest.substr(0, rest.find_first_of(U",，;；")), {U"接見", U"接待", U"會見", U"迎接", U"歡迎"}))
        return EntityForSeg(static_cast<int>(k));
    }
  }
  return -1;
}

int DocumentExtraction::ItemHeadingGovernment(size_t sentence, Role role) {
  const std::u32string& f = nt_.folded;
  uint32_t line = sentences_[sentence].begin;
  while (line < f.size() && (f[line] == U' ' || f[line] == U'\n')) ++line;
  while (line > 0 && f[line - 1] != U'\n') --line;
  // Up the item's lines (no blank one) to its heading: a short line opening with the item's number, no full stop.
  for (int n = 0; n < 8 && line > 0; ++n) {
    const uint32_t end = line - 1;
    uint32_t begin = end;
    while (begin > 0 && f[begin - 1] != U'\n') --begin;
    std::u32string_view text(f.data() + begin, end - begin);
    text.remove_prefix(std::min(text.size(), text.find_first_not_of(U' ')));
    if (text.empty()) return -1;
    const std::u32string_view heading = PastListNumber(text);
    if (heading.size() == text.size()) {
      line = begin;
      continue;
    }
    if (heading.size() > 30 || heading.find(U'。') != std::u32string_view::npos) return -1;
    // (Its place followed by its government's word: 石川縣政府, 熊本縣廳.)
    const uint32_t hb = end - static_cast<uint32_t>(heading.size());
    auto it = std::upper_bound(sentences_.begin(), sentences_.end(), hb, [](uint32_t v, const Span& x) { return v < x.begin; });
    if (it == sentences_.begin()) return -1;
    --it;
    auto [lo, hi] = SegsIn({hb, end});
    for (size_t i = lo; i < hi; ++i) {
      const Seg& g = segs_[i];
      // (Or the place opening a body's name with its government's word: 石川縣政府危機對策課, a unit of it.)
      if (g.kind == SegKind::kPatternOrg && g.absorbed_places.size() == 1 && lex_.Place(g.span.begin).len > 0) {
        const uint32_t q = g.span.begin + lex_.Place(g.span.begin).len;
        if (PastGovernmentWord(q) != q || f.compare(q, 1, U"廳") == 0) return PlaceEntity(g.absorbed_places.front());
      }
      if (g.kind != SegKind::kPlace) continue;
      const uint32_t q = g.span.end;
      if (PastGovernmentWord(q) == q && f.compare(q, 1, U"廳") != 0) continue;
      return SentenceGovernmentBefore(q, static_cast<size_t>(it - sentences_.begin()), role);
    }
    return -1;
  }
  return -1;
}

// The same for a body's officer: the body the record's heading visits (■ 9月23日拜會立陶宛經濟與創新部 / ◆ 會見人員：副部長
// X); -1 if none.
// The body whose meeting the report is about, where `sentence` names that meeting (by its name or its kind, 總會): the
// one organization the names of the report's own event hold (第11屆平和首長會議總會: 平和首長會議), or -1.
int DocumentExtraction::OwnEventBody(size_t sentence) {
  int body = -1;
  bool named = false;
  const Span& s = sentences_[sentence];
  const std::u32string_view text(nt_.folded.data() + s.begin, s.size());
  for (size_t i = 0; i < events_.size(); ++i) {
    if (!IsOwnEvent(i)) continue;
    const std::u32string bare = NameWithoutYear(events_[i].name);
    named = named || events_[i].sentence == sentence || (bare.size() >= 6 && text.find(bare.substr(bare.size() - 2)) != std::u32string_view::npos);
    auto [lo, hi] = SegsIn(events_[i].span);
    for (size_t k = lo; k < hi; ++k) {
      if (segs_[k].kind != SegKind::kOrg && segs_[k].kind != SegKind::kPatternOrg) continue;
      const int e = EntityForSeg(static_cast<int>(k));
      if (body >= 0 && e != body) return -1;
      body = e;
    }
  }
  return named ? body : -1;
}

int DocumentExtraction::RecordBody(size_t sentence) {
  const std::u32string& f = nt_.folded;
  for (size_t k : RecordContext(sentence)) {
    auto [lo, hi] = SegsIn(sentences_[k]);
    for (size_t i = hi; i-- > lo;) {
      const Seg& o = segs_[i];
      if (o.kind != SegKind::kOrg && o.kind != SegKind::kPatternOrg) continue;
      uint32_t b = o.span.begin;
      if (detail::CallVerbBefore(f, b))
        return EntityForSeg(static_cast<int>(i));
    }
  }
  return -1;
}

int DocumentExtraction::GovernmentOfUnitBefore(uint32_t name_begin, std::string* unit_title) {
  const std::u32string& f = nt_.folded;
  auto covered = [&](uint32_t pos) {
    auto it = std::upper_bound(segs_.begin(), segs_.end(), pos, [](uint32_t v, const Seg& x) { return v < x.span.begin; });
    return it != segs_.begin() && std::prev(it)->span.end > pos;
  };
  int title_seg = SegEndingAt(name_begin);
  if (title_seg < 0 || segs_[static_cast<size_t>(title_seg)].kind != SegKind::kTitle) return -1;
  const Span title = segs_[static_cast<size_t>(title_seg)].span;
  uint32_t b = title.begin;
  while (b > 0 && title.begin - b < 8 && IsHan(f[b - 1]) && !lex_.LeadEndsAt(b) && !covered(b - 1)) --b;
  // The unit ends with the title's first character (局 of 局長), or before the title (振興局 + 副局長).
  for (uint32_t from = b; from + 2 <= title.begin; ++from) {
    for (uint32_t unit_end : {title.begin + 1, title.begin}) {
      std::u32string unit = f.substr(from, unit_end - from);
      if (unit.size() < 3 || !(unit.back() == U'局' || unit.back() == U'處' || unit.back() == U'部' || unit.back() == U'廳'))
        continue;
      for (size_t at = f.find(unit); at != std::u32string::npos && at < from; at = f.find(unit, at + 1)) {
        int ent = -1;
        int k = SegEndingAt(static_cast<uint32_t>(at));
        if (k >= 0 && segs_[static_cast<size_t>(k)].kind == SegKind::kPlace) {
          ent = EntityForSeg(k);
        } else {
          // (Read as one department's name, place and unit: 北海道上川綜合振興局.)
          int o = SegEndingAt(static_cast<uint32_t>(at + unit.size()));
          if (o < 0 || segs_[static_cast<size_t>(o)].kind != SegKind::kPatternOrg) continue;
          uint32_t ob = segs_[static_cast<size_t>(o)].span.begin;
          auto pl = lex_.Place(ob);
          if (pl.len == 0 || ob + pl.len != at) continue;
          ent = PlaceEntity(static_cast<int>(pl.value));
        }
        if (ent < 0 || ent == publisher_ || !ontology::IsLocalGovernment(out_.entities[static_cast<size_t>(ent)].kind)) continue;
        *unit_title = nt_.Utf8(from, title.end);
        return ent;
      }
    }
  }
  return -1;
}

// 拜會平陽省人民委員會，由主席X接見: the body the clause before visits (拜會 / 參訪 / 訪問 right before its name, a
// comma and 由 right after), whose officer receives the delegation; -1 if the sentence names none so.
int DocumentExtraction::VisitedOrgBefore(uint32_t pos, size_t sentence, std::string* unit) {
  if (sentence >= sentences_.size()) return -1;
  const std::u32string& f = nt_.folded;
  uint32_t begin = sentences_[sentence].begin;
  // (A sentence opening with 由 under the item's heading that calls on a body, the body last on the heading's line:
  // （三）9月17日　參訪華沙公共運輸局（ZTM） / 由局長X簡報….)
  auto heading_body = [&]() {
    uint32_t q = begin;
    while (q < pos && (f[q] == U' ' || f[q] == U'\n')) ++q;
    if (q >= pos || f[q] != U'由') return -1;
    const Span above = LineAbove(q);
    if (above.size() == 0 || above.size() > 40) return -1;
    const std::u32string_view heading(f.data() + above.begin, above.size());
    if (heading.find(U'。') != std::u32string_view::npos) return -1;
    uint32_t e = above.end;
    while (e > above.begin && f[e - 1] == U' ') --e;
    if (e > above.begin && f[e - 1] == U')')
      if (const uint32_t open = detail::OpeningOf(f, e - 1); open < e - 1) e = open;
    const int k = SegEndingAt(e);
    if (k < 0 || (segs_[static_cast<size_t>(k)].kind != SegKind::kOrg && segs_[static_cast<size_t>(k)].kind != SegKind::kPatternOrg))
      return -1;
    const uint32_t b = segs_[static_cast<size_t>(k)].span.begin;
    if (b < above.begin + 2 || !detail::CallVerbBefore(f, b)) return -1;
    return EntityForSeg(k);
  };
  auto it = std::lower_bound(segs_.begin(), segs_.end(), pos, [](const Seg& x, uint32_t v) { return x.span.begin < v; });
  Span branch_after_gloss{};  // the branch skipped below, read with the body before it
  while (it != segs_.begin()) {
    --it;
    if (it->span.begin < begin + 2) return heading_body();
    if (it->kind != SegKind::kOrg && it->kind != SegKind::kPatternOrg) continue;
    uint32_t b = it->span.begin, e = it->span.end;
    // (A branch named after the body's English name is read with the body: 參訪芬蘭國家技術研究中心（VTT）奧盧分部，由….)
    if (b > 0 && f[b - 1] == U')' && it != segs_.begin() && (it - 1)->kind != SegKind::kTitle &&
        (it - 1)->kind != SegKind::kPlace && (it - 1)->kind != SegKind::kCountry &&
        detail::PastParenthesis(f, (it - 1)->span.end, b, 60) == b) {
      branch_after_gloss = it->span;
      continue;
    }
    e = detail::PastParenthesis(f, e, sentences_[sentence].end, 60);  // (past its English name: 安克拉治港（Port of Alaska），由…)
    // (And past that branch, whose name holds the body's: 參訪日內瓦大學醫院（Hôpitaux…）遠距醫療中心，由國際事務部主任X簡報 —
    // an officer of the hospital, the department in the title.)
    const bool past_branch = branch_after_gloss.size() > 0 && branch_after_gloss.begin == e;
    if (past_branch) e = branch_after_gloss.end;
    // (And past a branch of it named by its place: 拜會日本台灣交流協會台北事務所，由副代表X接見 — a branch's officers
    // hold their post in the body; or past its headquarters: 參訪空中巴士公司總部，由…主任X簡報.)
    for (std::u32string_view branch : {U"事務所", U"辦事處", U"分處", U"分會", U"分部", U"分場", U"總部", U"總公司", U"本社"}) {
      size_t at = f.find(branch, e);
      if (at == std::u32string::npos || at - e > 4 || at + branch.size() >= sentences_[sentence].end) continue;
      if (std::all_of(f.begin() + e, f.begin() + static_cast<std::ptrdiff_t>(at), IsHan)) e = static_cast<uint32_t>(at + branch.size());
      break;
    }
    // (Or past a unit of it, 拜會東京都產業勞動局觀光部，由部長X接見: the post is the body's, the unit in the title.)
    uint32_t unit_end = e;
    if (unit && e < sentences_[sentence].end && f[e] != U',' && f[e] != U'，') {
      uint32_t q = e;
      while (q < sentences_[sentence].end && q - e < 6 && IsHan(f[q])) ++q;
      if (q - e >= 2 && q < sentences_[sentence].end && (f[q] == U',' || f[q] == U'，') &&
          std::u32string_view(U"部局處課科室組").find(f[q - 1]) != std::u32string_view::npos)
        unit_end = q;
    }
    // (Or past a programme or a site of it, whose officers are the body's: 參訪奧盧大學6G旗艦研究計畫，由計畫主持人X教授簡報;
    // 參訪雷克雅維克能源公司赫利謝迪地熱電廠，由營運長Y簡報.)
    bool part = past_branch;
    if (!part && unit_end == e && e < sentences_[sentence].end && f[e] != U',' && f[e] != U'，') {
      uint32_t q = e;
      while (q < sentences_[sentence].end && q - e < 14 && (IsHan(f[q]) || IsLatinLetter(f[q]) || (f[q] >= U'0' && f[q] <= U'9'))) ++q;
      const std::u32string_view run(f.data() + e, q - e);
      // (A plant named by its place alone: 參訪興彰鞋業公司清奈廠，由廠長X簡報.)
      part = (q - e >= 4 || (q - e == 3 && run.ends_with(U"廠"))) && q < sentences_[sentence].end && (f[q] == U',' || f[q] == U'，') &&
                  (run.ends_with(U"計畫") || run.ends_with(U"計劃") || run.ends_with(U"專案") || run.ends_with(U"廠") ||
                   run.ends_with(U"園區") || run.ends_with(U"基地") ||
                   // (Or a centre of it the text reads as no body of its own: 參訪波哥大大眾運輸公司（TransMilenio S.A.）
                   // 控制中心，由營運經理X簡報.)
                   run.ends_with(U"中心"));
      if (part) unit_end = q;
    }
    bool visits = f.compare(b - 2, 2, U"拜會") == 0 || f.compare(b - 2, 2, U"參訪") == 0 || f.compare(b - 2, 2, U"訪問") == 0;
    // (Or a body named in Latin letters after a few words saying what it is, right after the verb: 參訪里斯本新創園區Hub
    // Criativo do Beato，由執行長X導覽.)
    if (!visits && IsLatinLetter(f[b])) {
      uint32_t x = b;
      while (x > begin && b - x < 10 && IsHan(f[x - 1])) {
        --x;
        if (detail::VisitVerbBefore(f, x)) {
          visits = true;
          break;
        }
      }
    }
    // (Or 前往 + the body + 參訪: 前往農業部…改良場魚池分場參訪，由分場長X簡報.)
    uint32_t by_at = unit_end;
    if (!visits && f.compare(b - 2, 2, U"前往") == 0 && (f.compare(by_at, 2, U"參訪") == 0 || f.compare(by_at, 2, U"參觀") == 0)) {
      visits = true;
      by_at += 2;
    }
    bool then_by = by_at + 2 <= f.size() && (f[by_at] == U'，' || f[by_at] == U',') && (f[by_at + 1] == U'由' || f[by_at + 1] == U'與');
    if (!(visits && then_by)) return -1;
    if (unit && unit_end > e && !part) *unit = nt_.Utf8(e, unit_end);
    return EntityForSeg(static_cast<int>(it - segs_.begin()));
  }
  return heading_body();
}

// The most counted of `counts` (key -> (count, a seg)): its count, the runner-up's count and its seg.
struct MostCounted {
  int best = 0, second = 0;
  size_t seg = 0;
};
template <typename Counts>
MostCounted MostCountedOf(const Counts& counts) {
  MostCounted m;
  for (const auto& [key, c] : counts) {
    if (c.first > m.best) {
      m.second = m.best;
      m.best = c.first;
      m.seg = c.second;
    } else if (c.first > m.second) {
      m.second = c.first;
    }
  }
  return m;
}

// The known organization (one the gazetteer has: a network, a body) the report names at least three times and more
// often than any other, as an entity; -1 if none.
int DocumentExtraction::DominantNetwork() {
  if (dominant_network_ != -2) return dominant_network_;
  dominant_network_ = -1;
  std::map<int, std::pair<int, size_t>> counts;  // gazetteer org -> (mentions, a seg)
  for (size_t k = 0; k < segs_.size(); ++k)
    if (segs_[k].kind == SegKind::kOrg) {
      auto& c = counts[segs_[k].index];
      if (c.first++ == 0) c.second = k;
    }
  MostCounted m = MostCountedOf(counts);
  if (m.best >= 3 && m.best > m.second) dominant_network_ = EntityForSeg(static_cast<int>(m.seg));
  return dominant_network_;
}

// Is `pos` inside an event's name (交流 in 「2026八重山臺灣交流週」)?
bool DocumentExtraction::InsideEvent(uint32_t pos) const {
  return std::any_of(events_.begin(), events_.end(), [&](const EventHit& e) { return pos > e.span.begin && pos < e.span.end; });
}

bool DocumentExtraction::InsideQuotedDocument(uint32_t pos) const {
  const std::u32string& f = nt_.folded;
  uint32_t open = pos;
  while (open > 0 && pos - open < 40 && f[open - 1] != U'「' && f[open - 1] != U'《' && f[open - 1] != U'」' &&
         f[open - 1] != U'》' && f[open - 1] != U'\n')
    --open;
  if (open == 0 || (f[open - 1] != U'「' && f[open - 1] != U'《')) return false;
  const char32_t closing = f[open - 1] == U'「' ? U'」' : U'》';
  uint32_t close = pos;
  while (close < f.size() && close - pos < 40 && f[close] != closing && f[close] != U'\n') ++close;
  if (close >= f.size() || f[close] != closing) return false;
  const std::u32string_view quoted(f.data() + open, close - open);
  for (std::u32string_view w : {U"備忘錄", U"協定", U"協議", U"協議書", U"宣言", U"意向書", U"合作書", U"議定書", U"契約"})
    if (quoted.ends_with(w)) return true;
  return false;
}

// Is `pos` inside (not at the start of) an organization's or a place's name?
bool DocumentExtraction::InsideNameSeg(uint32_t pos) const {
  auto it = std::upper_bound(segs_.begin(), segs_.end(), pos, [](uint32_t v, const Seg& x) { return v < x.span.begin; });
  while (it != segs_.begin()) {
    --it;
    if (it->span.end > pos && it->span.begin < pos && it->kind != SegKind::kTitle) return true;
    if (pos - it->span.begin > 40) break;
  }
  return false;
}

// Departments the name finder read as part of a title (國際關係處處長 of a foreign city): no body of their own,
// unless the same name stands elsewhere as one.
void DocumentExtraction::DropUnitsReadAsTitles() {
  std::set<int> units;
  for (const PersonHit& p : persons_)
    for (const auto& post : p.posts)
      if (post.unit_seg >= 0) units.insert(post.unit_seg);
  DropUnitEntities(units);
}

// The organizations of these unit segments, unless the same name stands elsewhere as one.
void DocumentExtraction::DropUnitEntities(const std::set<int>& units) {
  for (int u : units) {
    const Seg& unit = segs_[static_cast<size_t>(u)];
    // (A body the data know is keyed by its id, and named elsewhere by its index: 日本農林水產省.)
    const bool known = unit.kind == SegKind::kOrg && unit.index >= 0;
    bool elsewhere = false;
    for (size_t k = 0; k < segs_.size() && !elsewhere; ++k)
      elsewhere = !units.count(static_cast<int>(k)) && segs_[k].kind == unit.kind &&
                  (known ? segs_[k].index == unit.index : segs_[k].name == unit.name);
    if (elsewhere) continue;
    auto it = entity_by_key_.find("org:" + (known ? g_.orgs()[static_cast<size_t>(unit.index)].id : MatchKey(unit.name)));
    if (it == entity_by_key_.end()) continue;
    Entity& e = out_.entities[static_cast<size_t>(it->second)];
    if (e.key.ends_with("#merged")) continue;
    entity_by_key_.erase(it);
    e.key += "#merged";
  }
}

DocumentExtraction::EnglishDepartment DocumentExtraction::TaiwanDepartmentInEnglish(const std::string& name) const {
  EnglishDepartment out;
  std::u32string s = ToU32(name);
  for (std::u32string_view lead : {std::u32string_view(U"The "), std::u32string_view(U"the ")})
    if (s.starts_with(lead)) s.erase(0, lead.size());
  // What it does and the place before it: Department of X, Bureau of X; X Department, X Bureau (X the longest words
  // before the ending that the table knows).
  std::u32string subject, place;
  for (std::u32string_view form : {std::u32string_view(U"Department of "), std::u32string_view(U"Bureau of ")})
    if (const size_t at = s.find(form); at != std::u32string::npos && (at == 0 || s[at - 1] == U' ')) {
      subject = s.substr(at + form.size());
      place = s.substr(0, at);
      break;
    }
  if (subject.empty())
    for (std::u32string_view tail : {std::u32string_view(U" Department"), std::u32string_view(U" Bureau")})
      if (s.size() > tail.size() && s.ends_with(tail)) {
        const std::u32string head = s.substr(0, s.size() - tail.size());
        for (size_t at = 0; at != std::u32string::npos; at = head.find(U' ', at + 1)) {
          const size_t from = at == 0 ? 0 : at + 1;
          if (g_.DepartmentStems(ToUtf8(head.substr(from)))) {
            subject = head.substr(from);
            place = head.substr(0, from);
            break;
          }
        }
        break;
      }
  const std::vector<std::string>* stems = subject.empty() ? nullptr : g_.DepartmentStems(ToUtf8(subject));
  if (!stems) return out;
  while (!place.empty() && place.back() == U' ') place.pop_back();
  for (std::u32string_view tail : {std::u32string_view(U"'s"), std::u32string_view(U"’s"), std::u32string_view(U" Government")})
    if (place.size() > tail.size() && place.ends_with(tail)) place.erase(place.size() - tail.size());
  if (place.empty()) {
    if (publisher_ < 0) return out;
    const Entity& pub = out_.entities[static_cast<size_t>(publisher_)];
    if (pub.country != "country:TW") return out;
    out.government = pub.label;
    out.bare = true;
  } else {
    int at = g_.PlaceByEnglishIn(ToUtf8(place), "TW");
    for (std::u32string_view kind : {std::u32string_view(U" City"), std::u32string_view(U" County")})
      if (at < 0 && place.size() > kind.size() && place.ends_with(kind))
        at = g_.PlaceByEnglishIn(ToUtf8(place.substr(0, place.size() - kind.size())), "TW");
    if (at < 0) return out;
    out.government = g_.places()[static_cast<size_t>(at)].name_zh;
  }
  for (const std::string& stem : *stems)
    for (const char* unit : {"局", "處"}) out.names.push_back(out.government + "政府" + stem + unit);
  return out;
}

std::vector<std::string> DocumentExtraction::TaiwanMissionInEnglish(const std::string& name) const {
  static const std::pair<std::string_view, std::string_view> kMissions[] = {
      {"Taipei Economic and Cultural Representative Office in ", "台北經濟文化代表處"},
      {"Taipei Economic and Cultural Office in ", "台北經濟文化辦事處"},
      {"Taipei Representative Office in ", "台北代表處"}};
  std::string_view n(name);
  if (n.starts_with("The ") || n.starts_with("the ")) n.remove_prefix(4);
  for (const auto& [english, chinese] : kMissions) {
    if (!n.starts_with(english)) continue;
    const std::string where(n.substr(english.size()));
    std::string zh;
    for (const CountryInfo& c : g_.countries())
      if (c.name_en == where) zh = c.name_zh;
    bool country = !zh.empty();
    if (zh.empty())
      if (const int place = g_.PlaceByEnglish(where); place >= 0) zh = g_.places()[static_cast<size_t>(place)].name_zh;
    if (zh.empty()) return {};
    std::vector<std::string> out = {"駐" + zh + std::string(chinese)};
    if (country) out.push_back("駐" + zh + (chinese.ends_with("代表處") ? "代表處" : "辦事處"));
    return out;
  }
  return {};
}

// A report's cover fields name the travellers' agency once ("服務機關：桃園市政府環境保護局") and list them by
// title alone on the next lines ("姓名職稱：局長 林建宏、科長 陳怡君"): a title with no body named, in the same block
// of field lines as such a field, is held in the agency the field names.
// The publisher's department a text opens with as its issuer (高雄市政府觀光局　2027年…行事曆: its first line), else the one
// its header's issuing-unit field names (HeaderIssuingUnit), or -1.
int DocumentExtraction::IssuingDepartment() {
  if (publisher_ < 0) return -1;
  const std::string& pub = out_.entities[static_cast<size_t>(publisher_)].label;
  for (Span sp : HeadLines(200, 3)) {
    uint32_t b = sp.begin;
    while (b < sp.end && (nt_.folded[b] == U' ' || nt_.folded[b] == U'\t')) ++b;
    if (b == sp.end) continue;
    const int k = SegStartingAt(b);
    if (k < 0) return HeaderIssuingUnit();
    const Seg& s = segs_[static_cast<size_t>(k)];
    if (s.kind != SegKind::kOrg && s.kind != SegKind::kPatternOrg) return HeaderIssuingUnit();
    const int ent = EntityForSeg(k);
    return ent >= 0 && out_.entities[static_cast<size_t>(ent)].label.starts_with(pub) &&
                   out_.entities[static_cast<size_t>(ent)].label.size() > pub.size() + std::string("政府").size()
               ? ent
               : HeaderIssuingUnit();
  }
  return HeaderIssuingUnit();
}

// A release's header field naming its issuing unit (發布單位：秘書處國際事務科, 發稿單位：消防局): the publisher's department
// the value opens with, named bare (its name ending in a department's word), or -1.
int DocumentExtraction::HeaderIssuingUnit() {
  const std::u32string& f = nt_.folded;
  for (Span sp : HeadLines(400, 8)) {
    uint32_t b = sp.begin;
    while (b < sp.end && (f[b] == U' ' || f[b] == U'\t')) ++b;
    const std::u32string_view line(f.data() + b, sp.end - b);
    for (std::u32string_view field : {U"發布單位", U"發稿單位", U"發布機關", U"發稿機關", U"新聞發布單位"}) {
      if (!line.starts_with(field) || line.size() <= field.size() || line[field.size()] != U':') continue;
      uint32_t v = b + static_cast<uint32_t>(field.size()) + 1;
      while (v < sp.end && f[v] == U' ') ++v;
      if (const int k = SegStartingAt(v); k >= 0) {
        const Seg& g = segs_[static_cast<size_t>(k)];
        if (g.kind != SegKind::kPatternOrg) return -1;
        const int ent = EntityForSeg(k);
        const std::string& pub = out_.entities[static_cast<size_t>(publisher_)].label;
        return out_.entities[static_cast<size_t>(ent)].label.starts_with(pub + "政府") ? ent : -1;
      }
      // (The department's name bare, before a section of it: 秘書處國際事務科 — its first department's word ends it.)
      for (uint32_t x = v + 2; x < sp.end && x <= v + 6 && IsHan(f[x]); ++x) {
        const auto suf = lex_.Suffix(x);
        if (suf.len == 0 || !(suf.value & 2u) || x + suf.len > sp.end) continue;
        const uint32_t end = x + suf.len;
        if (end < sp.end && !IsHan(f[end])) break;
        Entity org;
        org.kind = EntityKind::kOrganization;
        org.label = out_.entities[static_cast<size_t>(publisher_)].label + "政府" + nt_.Utf8(v, end);
        org.key = "org:" + MatchKey(org.label);
        org.names.push_back(nt_.Utf8(v, end));
        return AddEntity(std::move(org));
      }
      return -1;
    }
  }
  return -1;
}

int DocumentExtraction::HeaderUnitBefore(uint32_t pos) {
  const std::u32string& f = nt_.folded;
  uint32_t line_end = pos;
  for (int lines = 0; lines < 8; ++lines) {
    size_t nl = line_end == 0 ? std::u32string::npos : f.rfind(U'\n', line_end - 1);
    uint32_t line_begin = nl == std::u32string::npos ? 0 : static_cast<uint32_t>(nl + 1);
    std::u32string_view line(f.data() + line_begin, line_end - line_begin);
    size_t first = line.find_first_not_of(U" \t");
    // A blank line ends the block of fields. (Not the indent before the name on its own line: a second traveller
    // under the first, 　　　　　古秀玲　災害管理科科長.)
    if (first == std::u32string_view::npos && lines > 0) return -1;
    if (first == std::u32string_view::npos) first = line.size();
    line.remove_prefix(first);
    for (std::u32string_view field : detail::kAgencyFields) {
      if (line.substr(0, field.size()) != field) continue;
      uint32_t value = line_begin + static_cast<uint32_t>(first + field.size());
      if (value >= f.size() || (f[value] != U':' && f[value] != U'：')) continue;
      // The first organization or place on the field's line.
      auto [b, e] = SegsIn({value, line_end});
      for (size_t k = b; k < e; ++k) {
        const Seg& s = segs_[k];
        if (s.kind == SegKind::kOrg || s.kind == SegKind::kPatternOrg || s.kind == SegKind::kPlace || s.kind == SegKind::kSelf)
          return EntityForSeg(static_cast<int>(k));
      }
      return -1;
    }
    // Field lines hold a colon or are short (a name under "出國人員："); a line of prose ends the block.
    if (line.find(U'：') == std::u32string_view::npos && line.find(U':') == std::u32string_view::npos && line.size() > 30)
      return -1;
    if (line_begin == 0) return -1;
    line_end = line_begin - 1;
  }
  return -1;
}

// 嬉野市公所: a foreign city's office written 市公所 is its city hall (市役所), the city's government — not a body of its
// own, as the 公所 of a Taiwanese township-level city is.
void DocumentExtraction::ForeignCityHalls() {
  for (Seg& s : segs_) {
    if (s.kind != SegKind::kPatternOrg || s.absorbed_places.empty() || s.span.size() < 5 ||
        nt_.folded.compare(s.span.end - 3, 3, U"市公所") != 0)
      continue;
    const int place = s.absorbed_places.front();
    if (s.absorbed_places.size() != 1 || g_.places()[static_cast<size_t>(place)].country == "TW") continue;
    const Span sp = s.span;
    s = Seg{};
    s.span = {sp.begin, sp.end - 2};
    s.kind = SegKind::kPlace;
    s.index = place;
  }
}

// 山口局長 after 國際局局長山口浩司: a two-character place name right before a title is a surname where the document
// also writes those characters right after a title and before more of a name (山口浩司); the place is dropped.
void DocumentExtraction::DropSurnamePlaces() {
  const std::u32string& f = nt_.folded;
  std::vector<size_t> drop;
  // (Where each title's holder's name would start, past the tab or space of the next cell — by its first character,
  // read once.)
  std::map<char32_t, std::vector<std::pair<size_t, uint32_t>>> after_title;  // first character -> (title seg, position)
  bool after_title_read = false;
  for (size_t k = 0; k + 1 < segs_.size(); ++k) {
    const Seg& s = segs_[k];
    const Seg& next = segs_[k + 1];
    // (Or a one-character place, a short name whose 市 or 縣 the title opens — 高市長, read 高市 + 長 — where the text
    // names a holder of that very title with that surname: 市長高文傑 in 新竹市's report, not 高雄市.)
    const bool one = s.span.size() == 1;
    if (s.kind != SegKind::kPlace || (s.span.size() != 2 && !one) || next.kind != SegKind::kTitle || next.span.begin != s.span.end)
      continue;
    if (!lex_.Surname(s.span.begin, static_cast<uint32_t>(s.span.size()))) continue;
    if (!after_title_read) {
      for (size_t j = 0; j < segs_.size(); ++j) {
        if (segs_[j].kind != SegKind::kTitle) continue;
        // (Also in the next cell, a Japanese name spaced: 市長⇥村上 浩二 for 村上市長 — not Murakami, the city.)
        uint32_t q = segs_[j].span.end;
        while (q < f.size() && (f[q] == U'\t' || f[q] == U' ') && q - segs_[j].span.end < 2) ++q;
        if (q < f.size()) after_title[f[q]].emplace_back(j, q);
      }
      after_title_read = true;
    }
    const auto candidates = after_title.find(f[s.span.begin]);
    const std::u32string_view next_title(f.data() + next.span.begin, next.span.size());
    bool surname = false;
    static const std::vector<std::pair<size_t, uint32_t>> kNone;
    for (const auto& [j, q] : candidates == after_title.end() ? kNone : candidates->second) {
      const Seg& t = segs_[j];
      if (one && std::u32string_view(f.data() + t.span.begin, t.span.size()) != next_title) continue;
      const uint32_t len = static_cast<uint32_t>(s.span.size());
      if (q + len + 1 > f.size() || f.compare(q, len, f, s.span.begin, len) != 0) continue;
      const uint32_t given = q + len < f.size() && f[q + len] == U' ' ? q + len + 1 : q + len;
      if (given >= f.size()) continue;
      char32_t c = f[given];
      if (IsHan(c) && !detail::IsAdminSuffixChar(c) && SegStartingAt(given) < 0 && lex_.Title(given).len == 0) {
        surname = true;
        break;
      }
    }
    // (Or before a given name and a title: 古賀市長 after 由古賀隆市長接見 — not Koga, the city.)
    for (size_t j = 0; j < segs_.size() && !surname && !one; ++j) {
      const Seg& t = segs_[j];
      if (t.kind != SegKind::kTitle || j == k + 1) continue;
      const uint32_t len = static_cast<uint32_t>(s.span.size());
      for (uint32_t g = 1; g <= 2 && !surname; ++g) {
        if (t.span.begin < len + g) break;
        const uint32_t q = t.span.begin - g - len;
        if (f.compare(q, len, f, s.span.begin, len) != 0 || SegStartingAt(q + len) >= 0) continue;
        bool given = true;
        for (uint32_t x = q + len; x < t.span.begin && given; ++x)
          given = IsHan(f[x]) && !detail::IsAdminSuffixChar(f[x]) && lex_.StopLen(x) == 0 && lex_.Title(x).len == 0;
        surname = given;
      }
    }
    if (surname) drop.push_back(k);
  }
  // 熊本市長大田和彥: a two-character place right after a head's title, then one or two characters and the name's end,
  // where the place is a surname, is the surname of the title's holder (大田, Daejeon, is a Japanese surname too).
  for (size_t k = 1; k < segs_.size(); ++k) {
    const Seg& s = segs_[k];
    const Seg& title = segs_[k - 1];
    if (s.kind != SegKind::kPlace || s.span.size() != 2 || title.kind != SegKind::kTitle || title.span.end != s.span.begin)
      continue;
    if (!lex_.Surname(s.span.begin, 2)) continue;
    uint32_t q = s.span.end;
    while (q < f.size() && q - s.span.end < 3 && IsHan(f[q]) && SegStartingAt(q) < 0 && lex_.StopLen(q) == 0) ++q;
    const uint32_t given = q - s.span.end;  // (three: the run went on past a given name's length)
    if (given >= 1 && given <= 2) drop.push_back(k);
  }
  // ICLEI秘書長羅德里格斯（Paula Rodríguez）: a place right after a title, a person's Latin name in parentheses right after
  // it, is the holder's transliterated surname (羅德里格斯 is also an island).
  // (Or before a title after the parentheses, where the Latin name's last word is the place's English name: 湯普森
  // （Charles Thompson）市長 — Thompson, Manitoba; not 聖地牙哥（San Diego）市長, the place glossed whole.)
  for (size_t k = 1; k < segs_.size(); ++k) {
    const Seg& s = segs_[k];
    const Seg& title = segs_[k - 1];
    if (s.kind != SegKind::kPlace) continue;
    uint32_t q = s.span.end;
    if (q >= f.size() || f[q] != U'(') continue;
    const std::u32string& t = nt_.text;  // (capitals as written)
    const size_t close = f.find(U')', q);
    if (close == std::u32string::npos || close - q > 40) continue;
    if (title.kind != SegKind::kTitle || title.span.end != s.span.begin) {
      if (k + 1 >= segs_.size() || segs_[k + 1].kind != SegKind::kTitle || segs_[k + 1].span.begin != close + 1) continue;
      // (Any of the gazetteer's places so written: the text may have read the name as a place it did not know.)
      const std::u32string gloss = Gazetteer::Fold(t.substr(q + 1, close - q - 1));
      std::vector<LexMatch> matches;
      g_.MatchAt(f, s.span.begin, &matches);
      bool surname = false;
      for (const auto& m : matches)
        for (const auto& e : *m.entries)
          if (m.length == s.span.size() && e.kind == LexKind::kPlace) {
            const std::u32string last = Gazetteer::Fold(ToU32(g_.places()[e.value].name_en));
            surname = surname || (!last.empty() && gloss != last && gloss.ends_with(U" " + last));
          }
      if (!surname) continue;
    }
    int words = 0;
    bool name = true;
    for (uint32_t x = q + 1; x < close && name;) {
      while (x < close && t[x] == U' ') ++x;
      if (x >= close) break;
      uint32_t w = x;
      while (w < close && (IsLatinLetter(t[w]) || t[w] == U'-' || t[w] == U'\'' || t[w] == U'.')) ++w;
      const std::u32string_view word(f.data() + x, w - x);
      name = w > x && t[x] >= U'A' && t[x] <= U'Z' && (w == close || t[w] == U' ') && word != U"city" && word != U"county" &&
             word != U"province" && word != U"state" && word != U"island" && word != U"islands";
      ++words;
      x = w;
    }
    if (name && words >= 2 && words <= 4) drop.push_back(k);
  }
  // 亨德森副州長 after 副州長黛博拉·亨德森（Deborah Henderson）: a place right before a title that the text writes
  // elsewhere as the last part of a transliterated name (after its dot) is that person's surname (亨德森 is also a
  // town in Nevada).
  // (Or places that open that part or make it together, up to the title: 卡拉馬尼斯區長 after 瓦西里斯·卡拉馬尼斯 — 卡拉馬
  // and 尼斯; 尼斯科維奇市長 after 佐蘭·尼斯科維奇.)
  for (size_t k = 0; k + 1 < segs_.size(); ++k) {
    const Seg& s = segs_[k];
    if (s.kind != SegKind::kPlace || s.span.size() < 2) continue;
    size_t j = k + 1;
    while (j < segs_.size() && segs_[j].kind == SegKind::kPlace && segs_[j].span.begin < s.span.begin + 6) ++j;
    if (j >= segs_.size() || segs_[j].kind != SegKind::kTitle || segs_[j].span.begin <= s.span.begin ||
        segs_[j].span.begin - s.span.begin > 6)
      continue;
    const uint32_t title_at = segs_[j].span.begin;
    if (!std::all_of(f.begin() + s.span.begin, f.begin() + title_at, IsHan)) continue;
    if (WrittenAfterDot(std::u32string_view(f.data() + s.span.begin, title_at - s.span.begin)))
      for (size_t x = k; x < j; ++x) drop.push_back(x);
  }
  std::sort(drop.begin(), drop.end());
  drop.erase(std::unique(drop.begin(), drop.end()), drop.end());
  for (auto it = drop.rbegin(); it != drop.rend(); ++it) segs_.erase(segs_.begin() + static_cast<std::ptrdiff_t>(*it));
}

// Does the text write `run` right after a name's dot, as a part of a transliterated name (安德斯·尼爾森 for 尼爾森)? The
// parts of two to six characters after each dot are read once; most texts have no dot, and the answer is then no.
bool DocumentExtraction::WrittenAfterDot(std::u32string_view run) {
  const std::u32string& f = nt_.folded;
  if (!after_dot_ready_) {
    // (Not after a country: 【美國．西雅圖時報】 dates a news item, 西雅圖市長 is the city's mayor.)
    detail::CollectNameDotParts(f, /*before_too=*/false, &after_dot_parts_, [&](size_t k) {
      const int g = SegEndingAt(static_cast<uint32_t>(k));
      return g >= 0 && segs_[static_cast<size_t>(g)].kind == SegKind::kCountry;
    });
    after_dot_ready_ = true;
  }
  if (after_dot_parts_.empty()) return false;
  if (run.size() >= 2 && run.size() <= 6 && std::all_of(run.begin(), run.end(), IsHan)) return after_dot_parts_.count(run) > 0;
  return detail::WrittenAfterNameDot(f, run);
}

// 安東尼斯·帕帕多普洛斯, 瓦西里斯·卡拉馬尼斯: a place inside a transliterated name whose parts a dot joins (尼斯, Nice;
// 卡拉馬, Calama), or inside its last part named alone, is part of the name — no place the text names, unless it is
// named elsewhere too.
void DocumentExtraction::DropPlacesInNames() {
  std::vector<size_t> inside;
  for (const PersonHit& p : persons_) {
    // (Or its last part named alone, written after the dot elsewhere: 卡拉馬尼斯區長.)
    const std::u32string_view name(nt_.folded.data() + p.name.begin, p.name.size());
    if (std::none_of(name.begin(), name.end(), [](char32_t c) { return detail::IsNameDot(c); }) &&
        !(name.size() >= 3 && WrittenAfterDot(name)))
      continue;
    auto [lo, hi] = SegsIn(p.name);
    for (size_t k = lo; k < hi; ++k) {
      const Seg& g = segs_[k];
      if (g.kind == SegKind::kPlace && g.span.begin >= p.name.begin && g.span.end <= p.name.end && g.span.size() < p.name.size())
        inside.push_back(k);
    }
    // (And the name's first or last part written alone before a title elsewhere, 里茲基副市長 of 里茲基·納斯蒂昂: 里茲 is no
    // place there either.)
    const std::u32string_view f = nt_.folded;
    const size_t dot = static_cast<size_t>(std::find_if(name.begin(), name.end(), [](char32_t c) { return detail::IsNameDot(c); }) - name.begin());
    if (dot == name.size()) continue;
    size_t last_dot = name.size();
    while (last_dot > 0 && !detail::IsNameDot(name[last_dot - 1])) --last_dot;
    for (std::u32string_view part : {name.substr(0, dot), name.substr(last_dot)}) {
      if (part.size() < 3) continue;
      for (size_t at = f.find(part); at != std::u32string_view::npos; at = f.find(part, at + 1)) {
        const Span written{static_cast<uint32_t>(at), static_cast<uint32_t>(at + part.size())};
        if (written.begin >= p.name.begin && written.begin < p.name.end) continue;
        auto [slo, shi] = SegsIn({written.end, static_cast<uint32_t>(std::min(f.size(), at + part.size() + 1))});
        const bool titled = (slo < shi && segs_[slo].kind == SegKind::kTitle && segs_[slo].span.begin == written.end) ||
                            ContainsAny(f.substr(written.end, 2), {U"先生", U"女士"});
        if (!titled) continue;
        auto [plo, phi] = SegsIn(written);
        for (size_t k = plo; k < phi; ++k)
          if (segs_[k].kind == SegKind::kPlace && segs_[k].span.begin >= written.begin && segs_[k].span.end <= written.end &&
              segs_[k].span.size() < part.size())
            inside.push_back(k);
      }
    }
  }
  if (inside.empty()) return;
  std::sort(inside.begin(), inside.end());
  inside.erase(std::unique(inside.begin(), inside.end()), inside.end());
  for (size_t k : inside) {
    const int ent = EntityForSeg(static_cast<int>(k));
    bool elsewhere = false;
    for (size_t j = 0; j < segs_.size() && !elsewhere; ++j)
      elsewhere = segs_[j].kind == SegKind::kPlace && !std::binary_search(inside.begin(), inside.end(), j) &&
                  EntityForSeg(static_cast<int>(j)) == ent;
    if (elsewhere || ent < 0 || ent == publisher_) continue;
    Entity& e = out_.entities[static_cast<size_t>(ent)];
    if (e.key.ends_with("#merged")) continue;
    entity_by_key_.erase(e.key);
    e.key += "#merged";
    // (And its country, where nothing else names it: 米蘭 of 米蘭·科瓦奇 leaves no Italy behind.)
    const auto country = e.country.empty() ? entity_by_key_.end() : entity_by_key_.find(e.country);
    if (country == entity_by_key_.end()) continue;
    bool named = std::any_of(segs_.begin(), segs_.end(), [&](const Seg& g) {
      return g.kind == SegKind::kCountry && "country:" + g_.countries()[static_cast<size_t>(g.index)].iso2 == e.country;
    });
    for (size_t j = 0; j < out_.entities.size() && !named; ++j)
      named = static_cast<int>(j) != ent && out_.entities[j].country == e.country && !out_.entities[j].key.ends_with("#merged");
    if (named) continue;
    Entity& c = out_.entities[static_cast<size_t>(country->second)];
    entity_by_key_.erase(country);
    c.key += "#merged";
  }
  for (auto it = inside.rbegin(); it != inside.rend(); ++it) segs_.erase(segs_.begin() + static_cast<std::ptrdiff_t>(*it));
  // The persons found already hold segments by index: those after a dropped one move down (a place in 米蘭·科瓦奇 dropped
  // must not shift 日利納市, the holder of a later 副市長, onto its title).
  auto moved = [&](int k) {
    if (k < 0) return k;
    const auto at = std::lower_bound(inside.begin(), inside.end(), static_cast<size_t>(k));
    if (at != inside.end() && *at == static_cast<size_t>(k)) return -1;
    return k - static_cast<int>(at - inside.begin());
  };
  for (PersonHit& p : persons_)
    for (PersonHit::Post& post : p.posts) {
      post.holder_seg = moved(post.holder_seg);
      post.unit_seg = moved(post.unit_seg);
    }
}

// A table of sister cities or agreements with a signers' column (城市⇥國家⇥締結日期⇥類別⇥簽署人, then 美國克拉克斯頓市⇥…⇥
// 時任市長A、時任市長B): the row's two signers with the same head's title, the publisher's first (a Han name), the row's
// city's second; they signed together, so they met.
void DocumentExtraction::ReadSignerRows() {
  const std::u32string& f = nt_.folded;
  bool in_table = false;
  for (uint32_t b = 0; b < f.size();) {
    uint32_t e = b;
    while (e < f.size() && f[e] != U'\n') ++e;
    std::u32string_view line(f.data() + b, e - b);
    const bool tabbed = line.find(U'\t') != std::u32string_view::npos;
    if (!tabbed) {
      in_table = false;
    } else if (ContainsAny(line, {U"簽署人", U"簽約人", U"締約人", U"簽署代表"})) {
      in_table = true;
    } else if (in_table) {
      // The row's city: a place in its first cell.
      const uint32_t first_tab = b + static_cast<uint32_t>(line.find(U'\t'));
      int place = -1;
      auto [lo, hi] = SegsIn({b, first_tab});
      for (size_t k = lo; k < hi && place < 0; ++k)
        if (segs_[k].kind == SegKind::kPlace) place = static_cast<int>(k);
      std::vector<size_t> signers;
      for (size_t i = 0; i < persons_.size(); ++i)
        if (persons_[i].name.begin >= first_tab && persons_[i].name.end <= e && !persons_[i].short_form) signers.push_back(i);
      if (place >= 0 && signers.size() == 2 && !persons_[signers[0]].posts.empty() && !persons_[signers[1]].posts.empty()) {
        PersonHit& ours = persons_[signers[0]];
        PersonHit& theirs = persons_[signers[1]];
        std::u32string_view between(f.data() + ours.name.end, theirs.name.begin - ours.name.end);
        const ontology::Role role = g_.titles()[static_cast<size_t>(ours.posts[0].title)].role;
        const bool same = role != ontology::Role::kOther && role == g_.titles()[static_cast<size_t>(theirs.posts[0].title)].role;
        const bool han = !ours.name_text.empty() && IsHan(ToU32(ours.name_text)[0]);
        if (same && han && between.find(U'\t') == std::u32string_view::npos &&
            between.find_first_of(U"、及與") != std::u32string_view::npos) {
          ours.posts[0].foreign_context = false;
          ours.foreign = false;
          theirs.posts[0].holder_seg = place;
          theirs.posts[0].holder_place.clear();
          theirs.posts[0].holder_org.clear();
          signer_pairs_.push_back({signers[0], signers[1], {b, e}});
        }
      }
    }
    b = e + 1;
  }
}

// 新北市板橋區, 桃園市桃園區縣府路1號: a Taiwanese city's district written right after the city is an address (where a
// meeting was held, a government's seat), no local government of its own — unless its office or head follows. And a
// place of another country between a city and a venue's word is the venue's name (哥本哈根貝拉會議中心).
void DocumentExtraction::DropAddressDistricts() {
  const std::u32string& f = nt_.folded;
  std::vector<size_t> drop;
  for (size_t k = 1; k < segs_.size(); ++k) {
    const Seg& s = segs_[k];
    const Seg& before = segs_[k - 1];
    if (s.kind != SegKind::kPlace || s.index < 0 || before.kind != SegKind::kPlace || before.index < 0 ||
        before.span.end != s.span.begin || f[s.span.end - 1] != U'區')
      continue;
    if (g_.places()[static_cast<size_t>(s.index)].country != "TW" || g_.places()[static_cast<size_t>(before.index)].country != "TW")
      continue;
    if (k + 1 < segs_.size() && segs_[k + 1].span.begin == s.span.end && segs_[k + 1].kind == SegKind::kTitle) continue;
    if (ContainsAny(std::u32string_view(f.data() + s.span.end, std::min<size_t>(2, f.size() - s.span.end)), {U"公所", U"長", U"議會"}))
      continue;
    drop.push_back(k);
  }
  // 哥本哈根貝拉會議中心: a place of another country right after a city, then a venue's word, is the venue's name (the
  // Bella Center; 貝拉 is Beira in Mozambique), no place of the report.
  for (size_t k = 1; k < segs_.size(); ++k) {
    const Seg& s = segs_[k];
    const Seg& before = segs_[k - 1];
    if (s.kind != SegKind::kPlace || s.index < 0 || before.kind != SegKind::kPlace || before.index < 0 ||
        before.span.end != s.span.begin || (!drop.empty() && drop.back() == k))
      continue;
    if (g_.places()[static_cast<size_t>(s.index)].country == g_.places()[static_cast<size_t>(before.index)].country) continue;
    bool venue = false;
    for (uint32_t e = s.span.end + 1; e <= f.size() && e - s.span.end <= 6 && IsHan(f[e - 1]) && !venue; ++e) {
      const std::u32string_view rest(f.data() + s.span.end, e - s.span.end);
      venue = rest.size() >= 2 && (lex_.Venue(s.span.end, e) || rest.ends_with(U"中心") || rest.ends_with(U"飯店") ||
                                   rest.ends_with(U"酒店") || rest.ends_with(U"館") || rest.ends_with(U"廳"));
    }
    if (venue) drop.push_back(k);
  }
  std::sort(drop.begin(), drop.end());
  for (auto it = drop.rbegin(); it != drop.rend(); ++it) segs_.erase(segs_.begin() + static_cast<std::ptrdiff_t>(*it));
}

// 10月14日　桃園出發，抵達那霸 / 10月17日　返抵桃園: a place of Taiwan, not the publisher's, right before 出發 (起飛,
// 啟程) or right after 返抵 (飛抵 with no other place, 返回) is the airport the trip leaves from or comes back to, as
// 桃園機場 is; no place of the report.
void DocumentExtraction::DropDeparturePlaces() {
  const std::u32string& f = nt_.folded;
  std::vector<size_t> drop;
  for (size_t k = 0; k < segs_.size(); ++k) {
    const Seg& s = segs_[k];
    if (s.kind != SegKind::kPlace || s.index < 0 || s.index == publisher_place_ ||
        g_.places()[static_cast<size_t>(s.index)].country != "TW")
      continue;
    const std::u32string_view after(f.data() + s.span.end, std::min<size_t>(2, f.size() - s.span.end));
    const std::u32string_view before(f.data() + (s.span.begin >= 2 ? s.span.begin - 2 : 0), std::min<uint32_t>(2, s.span.begin));
    const bool out = after == U"出發" || after == U"起飛" || after == U"啟程";
    const bool back = before == U"返抵" || before == U"返回";
    if (out || back) drop.push_back(k);
  }
  for (auto it = drop.rbegin(); it != drop.rend(); ++it) segs_.erase(segs_.begin() + static_cast<std::ptrdiff_t>(*it));
}

// 分會 alone (分會前任主席, 分會秘書處) in a report about one chapter of a network: the chapter the report names most
// often with a name ending in 分會 (城市與地方政府聯合會亞太分會 / 亞太分會), when it is named at least three times as
// often as any other. Not after another character of a name (8 大分會, 最大之分會).
void DocumentExtraction::FindBareChapter() {
  const std::u32string& f = nt_.folded;
  static const std::u32string_view kChapter = U"分會";
  std::map<std::string, std::pair<int, size_t>> counts;  // key -> (count, a seg)
  for (size_t k = 0; k < segs_.size(); ++k) {
    const Seg& s = segs_[k];
    if (s.kind != SegKind::kOrg && s.kind != SegKind::kPatternOrg) continue;
    if (s.span.size() <= kChapter.size() || f.compare(s.span.end - kChapter.size(), kChapter.size(), kChapter) != 0) continue;
    std::string key = s.kind == SegKind::kOrg ? "g" + std::to_string(s.index) : "p" + s.name;
    auto& c = counts[key];
    if (c.first++ == 0) c.second = k;
  }
  if (counts.empty()) return;
  MostCounted m = MostCountedOf(counts);
  if (m.best < 3 || m.best < 3 * m.second) return;
  const Seg chapter = segs_[m.seg];
  std::vector<Seg> added;
  for (size_t pos = f.find(kChapter); pos != std::u32string::npos; pos = f.find(kChapter, pos + 1)) {
    auto p = static_cast<uint32_t>(pos), pe = p + static_cast<uint32_t>(kChapter.size());
    if (p > 0 && IsHan(f[p - 1]) && std::u32string_view(U"本該此").find(f[p - 1]) == std::u32string_view::npos) continue;
    auto it = std::lower_bound(segs_.begin(), segs_.end(), pe, [](const Seg& x, uint32_t v) { return x.span.begin < v; });
    if (it != segs_.begin() && std::prev(it)->span.end > p) continue;  // inside a name
    added.push_back(MentionOf(chapter, {p, pe}));
  }
  AddSegs(std::move(added));
}

// Agreements: a sentence with a signing word (簽署, 締結, 備忘錄, 姊妹市 ...) that names two or more local governments as
// parties — the publisher by 本市/本府 or by name, the other side by name (also as a mayor's city: 與鳳凰城市長 X 簽署).
// The parties are those of the signing word's clause (a quoted agreement's name that names two wins), else the clause's
// and those of the clauses before it, never a later clause's. A place after 於/在 is where it was signed, not a party;
// a region written before its city (宮城縣仙台市) only locates it. ckg:signedWith from the first party named to each
// other one, with the sentence and its date.
void DocumentExtraction::FindAgreements() {
  const std::u32string& f = nt_.folded;
  std::set<std::pair<int, int>> seen;
  for (uint32_t si = 0; si < sentences_.size(); ++si) {
    Span sp = sentences_[si];
    uint32_t cue = sp.end;
    for (uint32_t p = sp.begin; p < sp.end && cue == sp.end; ++p)
      for (const auto& m : lex_.Cues(p))
        if (m.second == CueKind::kSign) cue = p;
    if (cue == sp.end) continue;
    // Not signed (yet): a plan, a proposal, a study of whether to (研議…簽署…之可行性, 如簽署…, 將簽署).
    std::u32string_view text(f.data() + sp.begin, sp.size());
    bool hypothetical = false;
    for (std::u32string_view w : {std::u32string_view(U"可行性"), std::u32string_view(U"研議"), std::u32string_view(U"考量"),
                                  std::u32string_view(U"洽談"), std::u32string_view(U"建議")})
      hypothetical = hypothetical || text.find(w) != std::u32string_view::npos;
    std::u32string_view before(f.data() + std::max(sp.begin, cue >= 6 ? cue - 6 : 0), cue - std::max(sp.begin, cue >= 6 ? cue - 6 : 0));
    // (Or agreed to: 雙方同意明年續簽….)
    for (std::u32string_view w : {std::u32string_view(U"將"), std::u32string_view(U"擬"), std::u32string_view(U"如"),
                                  std::u32string_view(U"盼"), std::u32string_view(U"預計"), std::u32string_view(U"計畫"),
                                  std::u32string_view(U"同意"), std::u32string_view(U"明年")})
      hypothetical = hypothetical || before.find(w) != std::u32string_view::npos;
    if (hypothetical) continue;
    std::vector<int> parties;
    int sole_party_seg = -1;   // where the first party is named
    std::vector<int> called_on;  // segments of governments called on in clauses before the cue's (拜會X市政府)
    std::vector<int> regions;  // places that stand before a place of theirs in the sentence (南澳州阿德雷德市)
    // The parties the cue's clause names; with fewer than two, its subject in the clauses before too (本市…，並與X市簽署) —
    // not a later clause's places (…簽署「…」，並應田邊市之邀出席…). A quoted name of the agreement that names two
    // governments names the parties (與宮本知事簽署「嘉義縣與和歌山縣友好交流備忘錄」).
    const size_t clause_open = text.find_last_of(U",，;；", cue - sp.begin);
    const uint32_t clause_begin = sp.begin + static_cast<uint32_t>(clause_open == std::u32string_view::npos ? 0 : clause_open + 1);
    const size_t clause_close = text.find_first_of(U",，;；", cue - sp.begin);
    uint32_t clause_end = sp.begin + static_cast<uint32_t>(clause_close == std::u32string_view::npos ? text.size() : clause_close);
    // (The clause goes on past a quoted name holding a comma.)
    for (size_t open = text.find(U'「', clause_begin - sp.begin); open != std::u32string_view::npos && sp.begin + open < clause_end;
         open = text.find(U'「', open + 1))
      if (const size_t close = text.find(U'」', open); close != std::u32string_view::npos && sp.begin + close > clause_end) {
        const size_t next = text.find_first_of(U",，;；", close);
        clause_end = sp.begin + static_cast<uint32_t>(next == std::u32string_view::npos ? text.size() : next);
      }
    // (Nor one the clause says is to be pursued: 雙方同意推動桃園市與古晉南市締結友好城市.)
    if (ContainsAny(std::u32string_view(f.data() + clause_begin, cue - clause_begin), {U"推動", U"促成", U"爭取", U"期盼", U"希望"})) continue;
    auto [lo, hi] = SegsIn(sp);
    std::vector<int> quoted;  // the governments a quoted name in the cue's clause holds
    std::vector<int> in_clause;
    for (size_t k = lo; k < hi; ++k) {
      const Seg& g = segs_[k];
      if (g.span.end > sp.end) continue;
      if (g.span.begin >= clause_end) break;
      int entity = -1;
      if (g.kind == SegKind::kSelf) {
        entity = publisher_;
      } else if (g.kind == SegKind::kPlace) {
        bool located = g.span.begin > 0 && (f[g.span.begin - 1] == U'於' || f[g.span.begin - 1] == U'在');
        // (Nor where the delegation went or whose government it called on, before the cue's clause, unless it came to
        // us: 率團訪問美國洛杉磯，拜會西雅圖市政府，…，並與爾灣市簽署… — see `called_on` below for 雙方.)
        const uint32_t b = StartWithCountry(k);
        const std::u32string_view verb(f.data() + (b >= sp.begin + 2 ? b - 2 : b), b >= sp.begin + 2 ? 2 : 0);
        const bool ours = EntityForSeg(static_cast<int>(k)) == publisher_;
        const bool gone = g.span.end <= clause_begin && b >= sp.begin + 1 && !ours &&
                          (f[b - 1] == U'赴' || ContainsAny(verb, {U"前往", U"訪問", U"抵達", U"轉往", U"飛往"}));
        const bool visit = g.span.end <= clause_begin && !ours && !gone && detail::CallVerbBefore(f, b);
        if (visit && !LocatesNextPlace(k) && std::find(called_on.begin(), called_on.end(), static_cast<int>(k)) == called_on.end())
          called_on.push_back(static_cast<int>(k));
        if (LocatesNextPlace(k)) regions.push_back(EntityForSeg(static_cast<int>(k)));
        else if (!located && !gone && !visit) entity = EntityForSeg(static_cast<int>(k));
      }
      if (entity < 0 || !ontology::IsLocalGovernment(out_.entities[static_cast<size_t>(entity)].kind)) continue;
      if (parties.empty() || parties[0] == entity) sole_party_seg = static_cast<int>(k);  // (its last mention)
      if (std::find(parties.begin(), parties.end(), entity) == parties.end()) parties.push_back(entity);
      if (g.span.begin >= clause_begin) {
        if (std::find(in_clause.begin(), in_clause.end(), entity) == in_clause.end()) in_clause.push_back(entity);
        const std::u32string_view upto(f.data() + clause_begin, g.span.begin - clause_begin);
        const size_t open = upto.rfind(U'「');
        if (open != std::u32string_view::npos && upto.substr(open).find(U'」') == std::u32string_view::npos &&
            std::find(quoted.begin(), quoted.end(), entity) == quoted.end())
          quoted.push_back(entity);
      }
    }
    if (quoted.size() >= 2) {
      // (A party the quote names by the start of a longer name the sentence gave it: 「彰化縣與烏蘭巴托市巴彥珠爾赫區…」 after
      // 烏蘭巴托市巴彥珠爾赫區 — the district, whose name the quote's segments cut.)
      for (int& q : quoted)
        for (int other : parties)
          if (other != q && out_.entities[static_cast<size_t>(other)].label.size() > out_.entities[static_cast<size_t>(q)].label.size() &&
              out_.entities[static_cast<size_t>(other)].label.starts_with(out_.entities[static_cast<size_t>(q)].label) &&
              std::find(quoted.begin(), quoted.end(), other) == quoted.end())
            q = other;
      parties = quoted;
    } else if (in_clause.size() >= 2) {
      parties = in_clause;
    } else if (in_clause.empty()) {
      // (A clause naming its own signers, none a government: 本縣與和歌山縣同以…聞名，阿里山林業鐵路與和歌山電鐵株式會社
      // 於2019年締結姊妹鐵道 — the railways', not the governments' the sentence opens with.)
      // (But one who signs is named there, whose government signs: 15日與縣長X共同簽署….)
      const std::u32string_view lead(f.data() + clause_begin, cue - clause_begin);
      const auto named = std::lower_bound(person_occurrences_.begin(), person_occurrences_.end(), std::make_pair(clause_begin, -1));
      if (lead.find_first_of(U"與和及") != std::u32string_view::npos && (named == person_occurrences_.end() || named->first >= cue)) continue;
    }
    // A party's own region named again (…由南澳州政府駐臺代表X見證) is no party: the state is not signing with its city.
    std::erase_if(parties, [&](int e) { return std::find(regions.begin(), regions.end(), e) != regions.end(); });
    // (One other government named, the clause signing with it, or both sides signing, none of ours named: the
    // publisher signs — …，並與爾灣市簽署…; 拜會爾灣市政府，…，雙方簽署…. A verb of signing, not a word that only names
    // a tie: 姊妹市協調員.)
    const std::u32string_view lead(f.data() + clause_begin, cue - clause_begin);
    const bool signs = ContainsAny(std::u32string_view(f.data() + cue, std::min<uint32_t>(2, sp.end - cue)),
                                   {U"簽署", U"簽訂", U"締結", U"簽約", U"締約"});
    // (Both sides signing after a call on one government: 拜會日向市役所，…，雙方簽署….)
    if (parties.empty() && called_on.size() == 1 && signs && lead.find(U"雙方") != std::u32string_view::npos) {
      parties.push_back(EntityForSeg(called_on[0]));
      sole_party_seg = called_on[0];
    }
    if (parties.size() == 1 && publisher_ >= 0 && parties[0] != publisher_ && sole_party_seg >= 0 && signs) {
      const uint32_t b = StartWithCountry(static_cast<size_t>(sole_party_seg));
      // (Not a region with a place of its written after it, unread: 與東京都港區締結….)
      bool place_after = false;
      for (uint32_t q = segs_[static_cast<size_t>(sole_party_seg)].span.end, k2 = 1; k2 <= 3 && q + k2 < sp.end && IsHan(f[q + k2 - 1]); ++k2)
        place_after = place_after || std::u32string_view(U"市區町村郡鎮").find(f[q + k2]) != std::u32string_view::npos;
      if (!place_after && ((b > clause_begin && f[b - 1] == U'與') || lead.find(U"雙方") != std::u32string_view::npos))
        parties.insert(parties.begin(), publisher_);
    }
    if (parties.size() < 2) continue;
    Date date = DateIn(sp, false);
    for (size_t k = 1; k < parties.size(); ++k) {
      auto key = std::minmax(parties[0], parties[k]);
      if (!seen.insert(key).second) continue;
      Relation r;
      r.kind = RelationKind::kAgreement;
      r.from = parties[0];
      r.to = parties[k];
      r.date = date;
      r.evidence = SentenceEvidence(si);
      out_.relations.push_back(std::move(r));
    }
  }
}

// The local government whose council an organization is (高雄市議會 → 高雄市), or -1.
int DocumentExtraction::CouncilGovernment(int org) {
  const Entity& council = out_.entities[static_cast<size_t>(org)];
  const std::string& label = council.label;
  static const std::string kCouncil = "議會";
  if (!label.ends_with(kCouncil)) return -1;
  std::string place = label.substr(0, label.size() - kCouncil.size());
  // (By any of its names: 日本千葉縣議會 is 千葉縣議會 too, the country before the place.)
  std::vector<std::string> places = {place};
  for (const std::string& name : council.names)
    if (name.ends_with(kCouncil) && name != label) places.push_back(name.substr(0, name.size() - kCouncil.size()));
  // (A local council, 地方議會, of a place named with its atoll: 馬久羅環礁地方議會 is 馬久羅's.)
  // (And without a city's, county's or district's suffix, as the text may name the place: 西雅圖市議會 is 西雅圖's, a New
  // Zealand district council, 吉斯伯恩區議會, 吉斯伯恩's. Not a state's: 華盛頓州 is no 華盛頓.)
  for (size_t k = 0, n = places.size(); k < n; ++k) {
    const std::u32string at = ToU32(places[k]);
    if (at.size() >= 3 && (at.back() == U'市' || at.back() == U'縣' || at.back() == U'區')) places.push_back(ToUtf8(at.substr(0, at.size() - 1)));
  }
  for (size_t k = 0, n = places.size(); k < n; ++k) {
    std::string at = places[k];
    bool cut = false;
    // (Or a supreme council, 最高議會, of an autonomous republic: 阿札爾自治共和國最高議會 is 阿札爾自治共和國's.)
    for (std::string_view w : {std::string_view("地方"), std::string_view("環礁"), std::string_view("最高")})
      if (at.size() > w.size() && at.ends_with(w)) {
        at.resize(at.size() - w.size());
        cut = true;
      }
    if (cut) places.push_back(at);
    // (A US state's legislature written 州議會 after the state's short name: 加州州議會 is 加州's.)
    if (at.ends_with("州州")) places.push_back(at.substr(0, at.size() - std::string("州").size()));
  }
  for (const std::string& at : places)
    for (size_t i = 0; i < out_.entities.size(); ++i) {
      const Entity& e = out_.entities[i];
      if (!ontology::IsLocalGovernment(e.kind)) continue;
      if (e.label == at || std::find(e.names.begin(), e.names.end(), at) != e.names.end()) return static_cast<int>(i);
    }
  // The council's place as the gazetteer knows it (the text may name it only here).
  for (const std::string& at : places) {
    std::u32string f = Gazetteer::Fold(ToU32(at));
    std::vector<LexMatch> matches;
    g_.MatchAt(f, 0, &matches);
    for (const auto& m : matches)
      if (m.length == f.size())
        for (const auto& entry : *m.entries)
          if (entry.kind == LexKind::kPlace) return PlaceEntity(static_cast<int>(entry.value));
  }
  return -1;
}

// The local government a list item names: "印尼帕盧市(Palu City, Indonesia)" — a country, then a name up to its
// English form; a gazetteer place if there is one, else a new place of that country.
int DocumentExtraction::ListItemPlace(uint32_t b, uint32_t e) {
  const std::u32string& f = nt_.folded;
  int country = -1;
  int seg = SegStartingAt(b);
  if (seg >= 0 && segs_[static_cast<size_t>(seg)].kind == SegKind::kCountry) {
    country = segs_[static_cast<size_t>(seg)].index;
    b = segs_[static_cast<size_t>(seg)].span.end;
    seg = SegStartingAt(b);
  }
  uint32_t q = b;
  while (q < e && IsHan(f[q]) && q - b < 10) ++q;
  if (q - b < 2 || (q < e && f[q] != U'(' && f[q] != U' ' && f[q] != U'\n')) return -1;
  if (seg >= 0 && segs_[static_cast<size_t>(seg)].kind == SegKind::kPlace && segs_[static_cast<size_t>(seg)].span.end == q)
    return EntityForSeg(seg);
  if (country < 0) return -1;
  // (A government's word is no part of the place's name: 瓦卡托比縣政府 is 瓦卡托比縣.)
  if (q - b >= 5 && f.compare(q - 2, 2, U"政府") == 0 && detail::IsAdminSuffixChar(f[q - 3])) q -= 2;
  if (seg >= 0 && segs_[static_cast<size_t>(seg)].kind == SegKind::kPlace && segs_[static_cast<size_t>(seg)].span.end == q)
    return EntityForSeg(seg);
  return NewPlace(nt_.Utf8(b, q), country);
}

int DocumentExtraction::PatternPlaceEntity(const Seg& seg) {
  int e = NewPlace(seg.name, seg.country);
  // (A district's own name: 巴彥珠爾赫區 of 烏蘭巴托巴彥珠爾赫區.)
  Entity& ent = out_.entities[static_cast<size_t>(e)];
  if (!seg.alias.empty() && seg.alias != ent.label && std::find(ent.names.begin(), ent.names.end(), seg.alias) == ent.names.end())
    ent.names.push_back(seg.alias);
  return e;
}

// A place the gazetteer does not know, keyed by country and name.
int DocumentExtraction::NewPlace(const std::string& name, int country, const std::string& english) {
  std::u32string u = ToU32(name);
  Entity ent;
  char32_t last = u.empty() ? 0 : u.back();
  ent.kind = (last == U'省' || last == U'縣' || last == U'州' || last == U'道' || last == U'府') ? EntityKind::kRegion : EntityKind::kCity;
  // (A European region, 中馬其頓大區, 歐西塔尼大區, or a Spanish autonomous community, 巴斯克自治區, is a region too.)
  if (name.ends_with("大區") || name.ends_with("自治區")) ent.kind = EntityKind::kRegion;
  // (And one named in English by a region's word: Nakhon Ratchasima Province.)
  for (std::string_view w : {" Province", " Prefecture", " State", " Region", " County"})
    if (name.ends_with(w)) ent.kind = EntityKind::kRegion;
  // (A region the text names with no country, named after a city the gazetteer knows in one country — 暹粒省 after
  // 暹粒市, 阿德亞曼省 after 阿德亞曼 — is of that country; of none where such cities are in two.)
  if (country < 0 && ent.kind == EntityKind::kRegion && u.size() >= 3) {
    const std::u32string base = Gazetteer::Fold(std::u32string_view(u).substr(0, u.size() - 1));
    std::set<int> countries;
    std::vector<LexMatch> matches;
    for (const std::u32string& city : {base, base + U"市"}) {
      g_.MatchAt(city, 0, &matches);
      for (const LexMatch& m : matches)
        if (m.length == city.size())
          for (const LexEntry& e : *m.entries)
            if (e.kind == LexKind::kPlace && g_.places()[e.value].kind == EntityKind::kCity)
              countries.insert(g_.CountryByIso(g_.places()[e.value].country));
    }
    if (countries.size() == 1 && *countries.begin() >= 0) country = *countries.begin();
  }
  std::string iso = country >= 0 ? g_.countries()[static_cast<size_t>(country)].iso2 : std::string("XX");
  // Keyed by the English name where the text gives one: 尼爾坎特(Neelakantha Municipality) and a later bare
  // "Neelakantha Municipality" are one place.
  ent.key = "place:" + iso + "-" + MatchKey(english.empty() ? name : english);
  ent.label = name;
  if (!english.empty()) ent.label_en = english;
  int idx = AddEntity(std::move(ent));
  if (country >= 0) {
    int ce = CountryEntity(country);
    out_.entities[static_cast<size_t>(idx)].country = out_.entities[static_cast<size_t>(ce)].key;
  }
  return idx;
}

ExtractedDocument DocumentExtraction::Run() {
  out_.source.path = doc_.path;
  out_.source.name = doc_.name;
  out_.source.encoding = doc_.encoding;
  out_.text_chars = nt_.text.size();
  SplitSentences();
  programme_ = IsProgramme();
  segs_ = detail::Segment(g_, nt_, lex_);
  FindMetadata();
  FindPublisher();
  FindForeignSections();
  {
    const std::string publisher = publisher_place_ >= 0 ? g_.places()[static_cast<size_t>(publisher_place_)].name_zh : std::string();
    // A council's own report (臺南市議會出國考察報告, 服務機關：臺南市議會): its units named bare (議事組組長) are the council's.
    bool council = false;
    if (!publisher.empty()) {
      const std::u32string body = ToU32(publisher) + U"議會";
      for (Span sp : HeadLines(300, 3)) {
        uint32_t b = sp.begin;
        while (b < sp.end && (nt_.folded[b] == U' ' || nt_.folded[b] == U'\t')) ++b;
        council = council || nt_.folded.compare(b, body.size(), body) == 0;
      }
      if (size_t field = FindInHead(U"服務機關"); field != std::u32string::npos) {
        size_t b = field + 4;
        while (b < nt_.folded.size() && b < field + 8 && (nt_.folded[b] == U':' || nt_.folded[b] == U' ')) ++b;
        council = council || nt_.folded.compare(b, body.size(), body) == 0;
      }
    }
    detail::FindPatternOrgs(nt_, lex_, &segs_, publisher, council);
  }
  ForeignCityHalls();
  ReadForeignLetters();
  UnifyOrgNames();
  ForeignMinistriesInLists();
  FindAbbreviations();
  FindUniversityContractions();
  FindSchoolContractions();
  FindLatinVisitedBodies();
  FindBareChapter();
  JoinStationedOffices();
  DropSurnamePlaces();
  DropAddressDistricts();
  DropDeparturePlaces();
  DropOrgansAndGroups();
  // Every local government and organization named is an entity (gold files list them all), with the name
  // as written.
  // (Not those on a saved web page's frame: 分享：Facebook LINE, 首頁 > 新聞, 相關連結：…, the copyright line.)
  auto web_frame = [&](uint32_t pos) {
    const std::u32string& f = nt_.folded;
    uint32_t b = pos;
    while (b > 0 && f[b - 1] != U'\n') --b;
    uint32_t e = pos;
    while (e < f.size() && f[e] != U'\n') ++e;
    std::u32string_view line(f.data() + b, e - b);
    line.remove_prefix(std::min(line.size(), line.find_first_not_of(U" ")));
    for (std::u32string_view w : {std::u32string_view(U"分享:"), std::u32string_view(U"字級:"), std::u32string_view(U"首頁>"),
                                  std::u32string_view(U"首頁 >"), std::u32string_view(U"相關連結"), std::u32string_view(U"回上一頁"),
                                  std::u32string_view(U"瀏覽人次"), std::u32string_view(U"點閱次數"), std::u32string_view(U"最後更新")})
      if (line.starts_with(w)) return true;
    return ContainsAny(line, {U"版權所有", U"all rights reserved", U"copyright"});
  };
  // (Nor the outlets of a table of the press coverage a trip had, 編號⇥日期⇥媒體⇥標題: sources cited, as a digest's
  // newspapers are, no bodies the report tells of.)
  auto media_cell = [&](Span span) {
    // (A cell the outlet fills: a tab or the line's end on either side.)
    const std::u32string& f = nt_.folded;
    uint32_t b = span.begin, e = span.end;
    while (b > 0 && f[b - 1] == U' ') --b;
    while (e < f.size() && f[e] == U' ') ++e;
    const char32_t before = b > 0 ? f[b - 1] : U'\n', after = e < f.size() ? f[e] : U'\n';
    if ((before != U'\t' && before != U'\n') || (after != U'\t' && after != U'\n') || (before != U'\t' && after != U'\t'))
      return false;
    const Span head = detail::TableHeaderCell(nt_.folded, span.begin);
    if (head.size() == 0) return false;
    const std::u32string_view h(nt_.folded.data() + head.begin, head.size());
    return h == U"媒體" || h == U"媒體名稱" || h == U"刊登媒體" || h == U"報導媒體" || h == U"新聞來源" || h == U"報社" ||
           h == U"media" || h == U"outlet" || h == U"media outlet" || h == U"publication";
  };
  for (size_t k = 0; k < segs_.size(); ++k) {
    const Seg& s = segs_[k];
    if ((s.kind == SegKind::kOrg || s.kind == SegKind::kPatternOrg) && (web_frame(s.span.begin) || media_cell(s.span))) continue;
    if (s.kind == SegKind::kPlace || s.kind == SegKind::kCountry || s.kind == SegKind::kOrg || s.kind == SegKind::kPatternOrg) {
      int e = EntityForSeg(static_cast<int>(k));
      std::string written = nt_.Utf8(s.span);
      Entity& ent = out_.entities[static_cast<size_t>(e)];
      // (Not 該市, "that city", nor a district written without the 區 its head's title shares: 全州市完山 + 區廳長.)
      // (Nor 本市 in a letter from another government, read as the writer's.)
      // (Nor an agreement's party letter: 甲方, 乙方.)
      // (A short form cut before its head's title, 竹 of 竹縣長: the short form, 竹縣.)
      if (!s.full.empty() && s.span.size() == 1) written = nt_.Utf8(s.span.begin, s.span.end + 1);
      bool anaphor = written.starts_with("該") || written.starts_with("本") || written == "甲方" || written == "乙方" ||
                     written == "丙方" || written == "丁方";
      // (Nor a region named after its city written without its suffix before its head's title, 清邁府尹: 清邁 is the
      // city's name.)
      bool shared_suffix = ent.label.size() > written.size() && ent.label.starts_with(written) &&
                           (ent.label.ends_with("區") || (s.kind == SegKind::kPlace && s.index < 0));
      if ((s.kind == SegKind::kPlace || s.kind == SegKind::kCountry) && written != ent.label && !anaphor && !shared_suffix &&
          std::find(ent.names.begin(), ent.names.end(), written) == ent.names.end())
        ent.names.push_back(written);
    }
    // (The places a body's name opens with, the government it is a unit of, 高雄市政府文化局, 芝加哥市警察局 — not the
    // place an association, a chamber, a public corporation or a university is only named after, 北海道台灣同鄉會,
    // 埼玉縣產業振興公社, 北海道大學水產科學研究院; a company, 德國薩克森邦經濟促進公司: that place the text names nowhere
    // else is no place it tells of.)
    if (!s.absorbed_places.empty()) {
      const std::u32string_view body(nt_.folded.data() + s.span.begin, s.span.size());
      if (!ContainsAny(body, {U"同鄉會", U"大學", U"學院", U"公社", U"商會", U"協會", U"商工會議所", U"聯誼會", U"公司", U"會社"}))
        for (int place : s.absorbed_places) PlaceEntity(place);
    }
  }
  for (const Seg& s : segs_) {
    static const char* kNames[] = {"place", "country", "org", "title", "self", "org"};
    AddMention(s.span, kNames[static_cast<int>(s.kind)], s.kind == SegKind::kPatternOrg ? "org-suffix" : "gazetteer", -1);
  }
  FindPersons();
  DropPlacesInNames();
  DropUnitsReadAsTitles();
  ResolvePersons();
  ReadSignerRows();
  LinkRomanizedNames();
  LinkGlossesByPost();
  FindCollectiveTitles();
  trip_place_seg_ = TripPlace();
  FindEvents();
  // A person named inside a quoted event's name (「森田義雄前市長追悼會」, a memorial for him) is not there: no occurrence
  // for the sentence-level relations.
  std::erase_if(person_occurrences_, [&](const std::pair<uint32_t, int>& o) {
    return std::any_of(events_.begin(), events_.end(), [&](const EventHit& e) {
      return o.first >= e.span.begin && o.first < e.span.end && e.span.begin > 0 &&
             (nt_.folded[e.span.begin - 1] == U'「' || nt_.folded[e.span.begin - 1] == U'『');
    });
  });
  BuildRelations();
  FindMembers();
  FindAgreements();
  EnglishRegionsByKind();
  EnglishIssuingDepartment();
  // Countries of the local governments named.
  for (size_t i = 0; i < out_.entities.size(); ++i) {
    const Entity& e = out_.entities[i];
    if (!ontology::IsLocalGovernment(e.kind) || e.country.empty()) continue;
    auto it = entity_by_key_.find(e.country);
    if (it == entity_by_key_.end()) continue;
    Relation r;
    r.kind = RelationKind::kCountry;
    r.from = static_cast<int>(i);
    r.to = it->second;
    out_.relations.push_back(std::move(r));
  }
  FoldDepartments();
  DropShortenedTitles();
  if (trace_) {
    trace_->text = nt_;
    std::sort(trace_->mentions.begin(), trace_->mentions.end(),
              [](const Mention& a, const Mention& b) { return a.span.begin < b.span.begin; });
  }
  return std::move(out_);
}

}  // namespace

ExtractedDocument Extractor::Extract(const Document& doc, Trace* trace) const {
  DocumentExtraction run(*gazetteer_, doc, trace);
  return run.Run();
}

}  // namespace citykg::extract
