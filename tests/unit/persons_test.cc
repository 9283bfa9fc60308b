// Person patterns on sentences written for these tests (fictional persons), in the style of reports.
#include <gtest/gtest.h>

#include <algorithm>

#include "extract/detail/romanize.h"
#include "test_util.h"

namespace citykg::extract {
namespace {

using ontology::EntityKind;
using ontology::RelationKind;
using ontology::Role;

const Entity* FindEntity(const ExtractedDocument& d, const std::string& label) {
  for (const auto& e : d.entities)
    if (e.label == label || std::find(e.names.begin(), e.names.end(), label) != e.names.end()) return &e;
  return nullptr;
}

bool HasPost(const ExtractedDocument& d, const std::string& person, Role role, const std::string& holder,
             const std::string& title = {}) {
  for (const auto& r : d.relations) {
    if (r.kind != RelationKind::kPost || r.role != role) continue;
    const auto& p = d.entities[static_cast<size_t>(r.from)];
    const auto& h = d.entities[static_cast<size_t>(r.to)];
    bool holder_ok = h.label == holder || std::find(h.names.begin(), h.names.end(), holder) != h.names.end();
    if (p.label == person && holder_ok && (title.empty() || r.title == title)) return true;
  }
  return false;
}

size_t PersonCount(const ExtractedDocument& d) {
  return static_cast<size_t>(std::count_if(d.entities.begin(), d.entities.end(), [](const Entity& e) {
    return e.kind == EntityKind::kPerson && !e.short_form_only;
  }));
}

// A table of the delegation: space-separated name, title and body, in the row's order; a row of words is no person.
TEST(PersonsTest, TableRowsOfTheDelegation) {
  auto d = testing::ExtractText(
      "臺中市政府出國報告\n出國人員名單\n姓名　職稱　服務單位\n王大同　副市長　臺中市政府\n"
      "林小美　局長　臺中市政府經濟發展局\n科長　陳文山\n出發　抵達　返國\n");
  EXPECT_TRUE(HasPost(d, "王大同", Role::kDeputyMayor, "臺中市"));
  EXPECT_TRUE(HasPost(d, "林小美", Role::kOther, "臺中市政府經濟發展局", "局長"));
  EXPECT_TRUE(HasPost(d, "陳文山", Role::kOther, "臺中市", "科長"));
  EXPECT_EQ(PersonCount(d), 3u);
  // The same table from a Word file: cells separated by tabs.
  auto w = testing::ExtractText("臺中市政府出國報告\n姓名\t職稱\t服務單位\n王大同\t副市長\t臺中市政府\n林小美\t局長\t臺中市政府經濟發展局\n");
  EXPECT_TRUE(HasPost(w, "王大同", Role::kDeputyMayor, "臺中市"));
  EXPECT_TRUE(HasPost(w, "林小美", Role::kOther, "臺中市政府經濟發展局", "局長"));
}

TEST(PersonsTest, TitleThenName) {
  auto d = testing::ExtractText("訪團拜會神奈川縣知事黑岩健一，雙方就觀光合作交換意見。");
  ASSERT_NE(FindEntity(d, "黑岩健一"), nullptr);
  EXPECT_TRUE(HasPost(d, "黑岩健一", Role::kGovernor, "神奈川縣"));
}

// Official writing: surname, title, then the given name (林副市長永發業於…); a verb after a surname and title
// (王市長帶隊，林市長親自出席) is no given name.
TEST(PersonsTest, GivenNameAfterSurnameAndTitle) {
  auto d = testing::ExtractText(
      "服務機關：臺南市政府\n本府林副市長永發業於5月1日率團前往大阪。王市長帶隊，林市長親自出席開幕。");
  ASSERT_NE(FindEntity(d, "林永發"), nullptr);
  EXPECT_TRUE(HasPost(d, "林永發", Role::kDeputyMayor, "臺南市"));
  EXPECT_EQ(FindEntity(d, "王帶隊"), nullptr);
  EXPECT_EQ(FindEntity(d, "林親自"), nullptr);
}

TEST(PersonsTest, NameThenTitleWithPlaceBefore) {
  auto d = testing::ExtractText("服務機關：臺中市政府\n本次由臺南市王大明市長與高雄市林小華副市長共同出席論壇。");
  EXPECT_TRUE(HasPost(d, "王大明", Role::kMayor, "臺南市"));
  EXPECT_TRUE(HasPost(d, "林小華", Role::kDeputyMayor, "高雄市"));
}

TEST(PersonsTest, LatinNameAfterTitle) {
  auto d = testing::ExtractText("同場論壇的城市首長包括柏林市長Hans Peter Müller、巴黎市副市長 Claire Dubois。");
  EXPECT_TRUE(HasPost(d, "Hans Peter Müller", Role::kMayor, "柏林"));
  EXPECT_TRUE(HasPost(d, "Claire Dubois", Role::kDeputyMayor, "巴黎市"));
}

TEST(PersonsTest, LatinNameBeforeTitleWithHonorific) {
  auto d = testing::ExtractText("當晚拜會鹿特丹 Ms. Johanna de Vries市長，交流港口城市治理經驗。");
  const Entity* p = FindEntity(d, "Johanna de Vries");
  ASSERT_NE(p, nullptr);
  EXPECT_TRUE(HasPost(d, "Johanna de Vries", Role::kMayor, "鹿特丹"));
}

TEST(PersonsTest, AliasInParentheses) {
  auto d = testing::ExtractText("大會由高陽特別市市長金敏洙（Kim Min-soo）致歡迎詞。");
  const Entity* p = FindEntity(d, "金敏洙");
  ASSERT_NE(p, nullptr);
  EXPECT_NE(std::find(p->names.begin(), p->names.end(), "Kim Min-soo"), p->names.end());
  EXPECT_TRUE(HasPost(d, "金敏洙", Role::kMayor, "高陽特別市"));
}

TEST(PersonsTest, TransliteratedNameWithLatinForm) {
  auto d = testing::ExtractText("專題講者包括國際經濟學者暨研究院院長約翰史密斯(John Arthur Smith)。");
  const Entity* p = FindEntity(d, "約翰史密斯");
  ASSERT_NE(p, nullptr);
  EXPECT_NE(std::find(p->names.begin(), p->names.end(), "John Arthur Smith"), p->names.end());
}

TEST(PersonsTest, ChainedPosts) {
  auto d = testing::ExtractText("會中由城市與地方政府聯合會亞太分會主席暨首爾市長吳大韓致詞。");
  EXPECT_TRUE(HasPost(d, "吳大韓", Role::kMayor, "首爾特別市"));
  EXPECT_TRUE(HasPost(d, "吳大韓", Role::kPresident, "城市與地方政府聯合會亞太分會"));
}

TEST(PersonsTest, ListOfTitledPersons) {
  auto d = testing::ExtractText("出席者包括高雄市長陳志明、臺南市長黃建國、新竹市長高美玲等城市首長。");
  EXPECT_TRUE(HasPost(d, "陳志明", Role::kMayor, "高雄市"));
  EXPECT_TRUE(HasPost(d, "黃建國", Role::kMayor, "臺南市"));
  EXPECT_TRUE(HasPost(d, "高美玲", Role::kMayor, "新竹市"));
}

TEST(PersonsTest, ShortFormResolvesToTheFullName) {
  auto d = testing::ExtractText("服務機關：臺北市政府\n臺北市長張文山率團出訪。張市長表示，此行收穫豐碩。");
  EXPECT_EQ(PersonCount(d), 1u);
  EXPECT_TRUE(HasPost(d, "張文山", Role::kMayor, "臺北市"));
}

TEST(PersonsTest, JapaneseShortFormResolves) {
  auto d = testing::ExtractText("拜會京都府知事佐藤健一。佐藤知事表示歡迎臺灣旅客。");
  EXPECT_EQ(PersonCount(d), 1u);
  EXPECT_TRUE(HasPost(d, "佐藤健一", Role::kGovernor, "京都府"));
}

TEST(PersonsTest, PublishingGovernmentHoldsUnplacedTitles) {
  auto d = testing::ExtractText("服務機關：新北市政府\n本次由李永福副市長率團，陳美惠副秘書長隨行。");
  EXPECT_TRUE(HasPost(d, "李永福", Role::kDeputyMayor, "新北市"));
  EXPECT_TRUE(HasPost(d, "陳美惠", Role::kOther, "新北市", "副秘書長"));
}

TEST(PersonsTest, TitleUsedAsAVerbIsNoPost) {
  auto d = testing::ExtractText("服務機關：臺中市政府\n臺中市副市長林一心代表市長黃大同出席大會。");
  EXPECT_TRUE(HasPost(d, "林一心", Role::kDeputyMayor, "臺中市"));
  EXPECT_TRUE(HasPost(d, "黃大同", Role::kMayor, "臺中市"));
  EXPECT_FALSE(HasPost(d, "林一心", Role::kOther, "臺中市", "代表"));
}

TEST(PersonsTest, CommonWordsAfterTitlesAreNotNames) {
  auto d = testing::ExtractText("市長表示，市長峰會將於明年舉行，會長也出席。");
  EXPECT_EQ(PersonCount(d), 0u);
}

// A report's cover: the agency in one field, the travellers by title alone in the next; prose after the cover does not
// take the agency.
TEST(PersonsTest, CoverFieldsNameTheTravellersAgency) {
  auto d = testing::ExtractText(
      "服務機關：新竹市政府產業發展處\n姓名職稱：處長 王大明、科長 李小華、技正 張志遠\n出國期間：115年5月\n\n"
      "本次由市長林一心率團，研究員陳美玉隨行，並由秘書長周文傑協調行程，共同推動市府的城市外交。\n");
  EXPECT_TRUE(HasPost(d, "王大明", Role::kOther, "新竹市政府產業發展處", "處長"));
  EXPECT_TRUE(HasPost(d, "李小華", Role::kOther, "新竹市政府產業發展處", "科長"));
  EXPECT_TRUE(HasPost(d, "張志遠", Role::kOther, "新竹市政府產業發展處", "技正"));
  EXPECT_TRUE(HasPost(d, "林一心", Role::kMayor, "新竹市"));
  EXPECT_TRUE(HasPost(d, "周文傑", Role::kSecretaryGeneral, "新竹市"));
}

// Words of time after a title or a name are no part of a name: 縣長明年 (明 is a surname), 林文德晚間 (林 is a
// Japanese surname too, whose given names run to three characters).
TEST(PersonsTest, WordsOfTimeEndNames) {
  auto d = testing::ExtractText("屏東縣議會議長林文德晚間設宴款待訪問團，並邀請陳縣長明年率團回訪。");
  EXPECT_NE(FindEntity(d, "林文德"), nullptr);
  EXPECT_EQ(FindEntity(d, "林文德晚"), nullptr);
  EXPECT_EQ(FindEntity(d, "明年"), nullptr);
}

// 之 ends a Japanese given name of one character before a particle (佐藤裕之亦), and stays "of" before a noun.
TEST(PersonsTest, JapaneseGivenNamesEndingIn之) {
  auto d = testing::ExtractText("日本台灣交流協會所長佐藤裕之亦到場祝賀，應山田太郎之邀出席晚宴。");
  EXPECT_NE(FindEntity(d, "佐藤裕之"), nullptr);
  EXPECT_EQ(FindEntity(d, "佐藤裕"), nullptr);
  EXPECT_EQ(FindEntity(d, "山田太郎之"), nullptr);
}

// A Latin surname of several words, written alone before a title, is the person named in full before it.
TEST(PersonsTest, SurnameOfSeveralWords) {
  auto d = testing::ExtractText("接見人員：奧克蘭市副市長 Hana Te Rangi。王副市長與Te Rangi副市長就城市防災交換意見。");
  const Entity* full = FindEntity(d, "Hana Te Rangi");
  ASSERT_NE(full, nullptr);
  EXPECT_NE(std::find(full->names.begin(), full->names.end(), "Te Rangi"), full->names.end());
  for (const auto& e : d.entities)  // the short form's own entity is merged away (the graph drops it)
    if (e.label == "Te Rangi") {
      EXPECT_NE(e.key.find("#merged"), std::string::npos);
    }
}

// Korean given names may start with a character that is a word elsewhere (在 "at"): 朴在亨會談; not 市長李在會中.
// A list closed by 等 is one of persons only when 等 counts persons or the item before is a person (not 芒果、甘藷等作物).
TEST(PersonsTest, KoreanGivenNamesAndListsOfThings) {
  auto d = testing::ExtractText("一行與大邱廣域市副市長朴在亨會談。由市長李在會中致詞。本縣盛產鳳梨、甘藷等作物，市長王小明出席。");
  EXPECT_NE(FindEntity(d, "朴在亨"), nullptr);
  EXPECT_EQ(FindEntity(d, "李在會"), nullptr);
  EXPECT_EQ(FindEntity(d, "甘藷"), nullptr);
  auto l = testing::ExtractText("出席者有議員山田一郎、田中次郎等3位議員。");
  EXPECT_NE(FindEntity(l, "田中次郎"), nullptr);
}


// A text may end anywhere: after a name and an opening parenthesis that never closes (found by the fuzzer; it threw
// std::out_of_range and ended the whole run).
TEST(PersonsTest, TextEndingInAnUnclosedParenthesis) {
  for (const char* text : {"臺北市長王小明(Wang", "會見臺北市長王小明 (", "臺北市長王小明(", "本屆由東京都政府("}) {
    SCOPED_TRACE(text);
    ExtractedDocument d;
    ASSERT_NO_THROW(d = testing::ExtractText(text));
    if (std::string(text).find("王小明") != std::string::npos) {
      EXPECT_NE(FindEntity(d, "王小明"), nullptr);
    }
  }
}


// A form's person field names persons with no title (承辦人：unit　name; 出國人員：A、B); a phone number or a unit
// alone names nobody.
TEST(PersonsTest, PersonFieldsOfAForm) {
  auto d = testing::ExtractText("臺南市政府　函\n承辦人：觀光旅遊局　林育成\n電話：06-2991111\n出國人員：張家銘、黃淑惠\n聯絡人：本府秘書處\n");
  EXPECT_NE(FindEntity(d, "林育成"), nullptr);
  EXPECT_NE(FindEntity(d, "張家銘"), nullptr);
  EXPECT_NE(FindEntity(d, "黃淑惠"), nullptr);
  for (const auto& e : d.entities) EXPECT_EQ(e.kind == ontology::EntityKind::kPerson && e.label.find("秘書") != std::string::npos, false);
}

// Places of the world gazetteer with no population count where written with a city's or region's suffix in a report
// that names their country (長野市, 廣島市政府), or followed by their government (no country named).
TEST(PersonsTest, PlacesWithTheirSuffixInTheirCountry) {
  auto d = testing::ExtractText("日本訪問報告\n代表團抵達金澤市，並於長野市舉行座談。\n");
  EXPECT_NE(FindEntity(d, "金澤市"), nullptr);
  EXPECT_NE(FindEntity(d, "長野市"), nullptr);
  auto g = testing::ExtractText("本府代表團拜會廣島市政府。\n");
  EXPECT_NE(FindEntity(g, "廣島市"), nullptr);
  EXPECT_EQ(FindEntity(g, "廣島縣"), nullptr);
  auto n = testing::ExtractText("代表團抵達宇佐市。\n");  // no country named: no place
  EXPECT_EQ(FindEntity(n, "宇佐市"), nullptr);
}


// Official writing puts the given name after the title in a list too (本市農業局吳局長宗霖、林專門委員佳穎): one person,
// not the given name read as a name of its own.
TEST(PersonsTest, GivenNameAfterTheTitleInAList) {
  auto d = testing::ExtractText("出席：金堤市長鄭在勳；本市文化局黃局長淑貞、陳專門委員志豪\n");
  EXPECT_NE(FindEntity(d, "黃淑貞"), nullptr);
  EXPECT_NE(FindEntity(d, "陳志豪"), nullptr);
  EXPECT_EQ(FindEntity(d, "淑貞"), nullptr);
}

// Romanized Han names: the syllable spellings of the systems Taiwanese names use, and a name spelled surname first or
// last, hyphenated, spaced or written together, in any of them.
TEST(PersonsTest, RomanizedNameSpellings) {
  using detail::SpellsName;
  auto has = [](std::string_view pinyin, const std::string& spelling) {
    auto v = detail::SyllableSpellings(pinyin);
    return std::find(v.begin(), v.end(), spelling) != v.end();
  };
  EXPECT_TRUE(has("zhi", "chih"));
  EXPECT_TRUE(has("zhi", "jhih"));
  EXPECT_TRUE(has("xu", "hsu"));
  EXPECT_TRUE(has("guo", "kuo"));
  EXPECT_TRUE(has("luo", "lo"));
  EXPECT_TRUE(has("ke", "ko"));
  EXPECT_TRUE(has("zeng", "tseng"));
  EXPECT_TRUE(has("hong", "hung"));
  EXPECT_TRUE(has("jian", "chien"));
  EXPECT_TRUE(has("xie", "hsieh"));
  EXPECT_FALSE(has("zhi", "chi"));  // chi is 齊 or 奇 in Wade–Giles, not 志
  ASSERT_EQ(detail::NamePinyin(U"林志岳"), (std::vector<std::string>{"lin", "zhi", "yue"}));
  auto pinyin = detail::NameSpellings(U"林志岳", 1);
  for (const char* written : {"Lin Chih-yueh", "LIN Chih-Yueh", "Chih-yueh Lin", "Lin Zhiyue", "Lin Zhi-yue", "Lin Jhih-yue"})
    EXPECT_TRUE(SpellsName(written, pinyin, 1)) << written;
  for (const char* written : {"Lin Chih", "Lin Chih-yuan", "Liu Chih-yueh", "Lin Chih-yueh Wang"})
    EXPECT_FALSE(SpellsName(written, pinyin, 1)) << written;
  EXPECT_TRUE(SpellsName("Ouyang Wen-ting", detail::NameSpellings(U"歐陽文廷", 2), 2));
  EXPECT_TRUE(SpellsName("Lee Chia-ying", detail::NameSpellings(U"李佳穎", 1), 1));  // a customary surname spelling
}

// An English version or a signature page names a Han-named person romanized: one node with both names; not where
// the spelling fits two persons of the document.
TEST(PersonsTest, RomanizedNamesJoinTheHanName) {
  auto d = testing::ExtractText(
      "嘉義市政府新聞稿\n嘉義市長黃國華今日接見日本高松市長山田一郎，副市長李佳穎陪同。\n\nEnglish Version\n"
      "Chiayi City Mayor Huang Kuo-hua received Mayor Ichiro Yamada of Takamatsu, accompanied by Deputy Mayor Lee Chia-ying.\n");
  const Entity* mayor = FindEntity(d, "黃國華");
  ASSERT_NE(mayor, nullptr);
  EXPECT_NE(std::find(mayor->names.begin(), mayor->names.end(), "Huang Kuo-hua"), mayor->names.end());
  const Entity* deputy = FindEntity(d, "李佳穎");
  ASSERT_NE(deputy, nullptr);
  EXPECT_NE(std::find(deputy->names.begin(), deputy->names.end(), "Lee Chia-ying"), deputy->names.end());
  auto two = testing::ExtractText("本府局長王建邦與科長汪建邦出席。Director Wang Chien-pang attended.\n");
  for (const auto& e : two.entities) EXPECT_EQ(std::find(e.names.begin(), e.names.end(), "Wang Chien-pang"), e.names.end()) << e.label;
}

// A Japanese name whose surname the data do not know, after the title of a Japanese government's head, is read whole
// where a mark or a word that follows a subject ends it (not a phrase: 秋田縣長年支持); a name of a surname Japanese too
// (林) ends before 於 and a date (林美玲於2026年10月5日).
TEST(PersonsTest, JapaneseNameOfAnUnknownSurnameAndANameBeforeADate) {
  auto d = testing::ExtractText(
      "訪團拜會秋田縣知事鳥海良介，感謝秋田縣長年支持交流。隨後由秋田市長船越健太致詞。\n"
      "本市副市長林美玲於2026年10月5日出席論壇。\n");
  EXPECT_NE(FindEntity(d, "鳥海良介"), nullptr);
  EXPECT_NE(FindEntity(d, "船越健太"), nullptr);
  EXPECT_NE(FindEntity(d, "林美玲"), nullptr);
  EXPECT_EQ(FindEntity(d, "林美玲於"), nullptr);
  EXPECT_EQ(FindEntity(d, "年支持"), nullptr);
}

// A Japanese name written the Japanese way, a space between surname and given name (a host's list copied as it is:
// 副市長　松本　浩二), is one name, written without the space, and the surname with a title later is that person.
TEST(PersonsTest, JapaneseNamesWrittenWithASpace) {
  auto d = testing::ExtractText(
      "會見人員：\n　　大阪市副市長　松本　浩二\n　　大阪商工會議所專務理事　山口　真由美\n"
      "10月5日拜會大阪市役所，由松本副市長接見。\n");
  EXPECT_NE(FindEntity(d, "松本浩二"), nullptr);
  EXPECT_NE(FindEntity(d, "山口真由美"), nullptr);
  EXPECT_EQ(FindEntity(d, "松本"), nullptr);
}

// Names of many scripts after their titles: one capitalized word that ends a list's item (an Indonesian's one name),
// Vietnamese with its diacritics, Turkish with its letters; and names written first with the office in parentheses as
// a field's items (出國人員：A（副市長）、B（觀光局科長）).
TEST(PersonsTest, OneWordNamesLettersAndOfficesInParentheses) {
  auto d = testing::ExtractText(
      "訪團包括印尼泗水市長Wibowo、越南峴港市人民委員會副主席Trần Thị Mai及土耳其安卡拉市副市長Şükrü Yıldız。\n"
      "出國人員：林志明（副市長）、陳小玲（觀光局科長）\n");
  for (const char* who : {"Wibowo", "Trần Thị Mai", "Şükrü Yıldız", "林志明", "陳小玲"}) EXPECT_NE(FindEntity(d, who), nullptr) << who;
}

// Family and given names that are the names of places: a Japanese given name that is a place's (佐藤高雄, 木村大和 —
// Takao, Yamato; before a title too, 佐藤高雄副知事), a family name that is the prefecture's (石川縣議長石川一郎), the
// Korean family name 全 (全美善: 全美 "all America" ends names elsewhere); a wife after 夫人 is a person with no post; a
// place with its head's title after 代表 (代表高知市長致贈) is nobody.
TEST(PersonsTest, NamesThatAreThePlacesNames) {
  auto d = testing::ExtractText(
      "高雄市政府新聞稿\n\n日本岐阜縣副知事佐藤高雄今日偕同夫人佐藤花子訪問高雄，由市長林文華接見，岐阜縣觀光局長木村大和陪同。"
      "佐藤高雄副知事表示，岐阜縣與高雄交流密切。石川縣議長石川一郎亦出席，副知事並代表高知市長致贈紀念品。\n"
      "下午參訪高雄軟體園區，由韓國駐台代表部參事全美善簡報。\n");
  EXPECT_TRUE(HasPost(d, "佐藤高雄", Role::kDeputyGovernor, "岐阜縣"));
  EXPECT_TRUE(HasPost(d, "木村大和", Role::kOther, "岐阜縣"));
  EXPECT_NE(FindEntity(d, "佐藤花子"), nullptr);
  for (const auto& r : d.relations) {
    if (r.kind == RelationKind::kPost) {
      EXPECT_NE(d.entities[static_cast<size_t>(r.from)].label, "佐藤花子");
    }
  }
  EXPECT_NE(FindEntity(d, "石川一郎"), nullptr);
  EXPECT_NE(FindEntity(d, "全美善"), nullptr);
  for (const auto& e : d.entities)
    if (e.kind == EntityKind::kPerson) {
      EXPECT_NE(e.label, "高知");
      EXPECT_NE(e.label, "佐藤");
      EXPECT_NE(e.label, "全美");
    }
  // (Not a verb's first character after a title: 會長表示將….)
  auto v = testing::ExtractText("雲林縣政府出國報告\n\n訪團拜會JA宮崎經濟連，會長川越光男表示將擴大合作。\n");
  for (const auto& e : v.entities) EXPECT_EQ(e.label.find("表示"), std::string::npos) << e.label;
}

// A mayor's wife after 夫人 is a person with no post, also written 市長夫人X (not the mayor, and not a name read from
// 夫); Hall is a family name (Robert Hall), not a venue's word.
TEST(PersonsTest, WivesAndTheFamilyNameHall) {
  auto d = testing::ExtractText(
      "臺南市政府新聞稿\n\n美國聖地牙哥市長Robert Hall偕同夫人Linda Hall今（3）日訪問臺南，由市長林文忠接見。"
      "市長夫人王美玲也陪同Hall夫人參觀臺南美術館。\n");
  EXPECT_TRUE(HasPost(d, "Robert Hall", Role::kMayor, "聖地牙哥"));
  EXPECT_NE(FindEntity(d, "Linda Hall"), nullptr);
  EXPECT_NE(FindEntity(d, "王美玲"), nullptr);
  for (const auto& r : d.relations) {
    if (r.kind == RelationKind::kPost) {
      EXPECT_NE(d.entities[static_cast<size_t>(r.from)].label, "王美玲");
      EXPECT_NE(d.entities[static_cast<size_t>(r.from)].label, "Linda Hall");
    }
  }
  for (const auto& e : d.entities) EXPECT_EQ(e.label.find("夫人"), std::string::npos) << e.label;
}

}  // namespace
}  // namespace citykg::extract
