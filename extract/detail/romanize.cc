#include "extract/detail/romanize.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <array>
#include <memory>
#include <mutex>
#include <unordered_map>

namespace citykg::extract::detail {
namespace {

// Pinyin initials, longest first.
constexpr std::array<std::string_view, 23> kInitials = {"zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g",
                                                         "k",  "h",  "j",  "q", "x", "r", "z", "c", "s", "y", "w"};

std::string WadeGiles(std::string_view p) {
  // Whole syllables first.
  static const std::pair<std::string_view, std::string_view> kWhole[] = {
      {"zhi", "chih"}, {"chi", "chih"}, {"shi", "shih"}, {"ri", "jih"},  {"zi", "tzu"},   {"ci", "tzu"},  {"si", "ssu"},
      {"you", "yu"},   {"yi", "i"},     {"ye", "yeh"},   {"yan", "yen"}, {"yong", "yung"}, {"yue", "yueh"}, {"er", "erh"}};
  for (const auto& [from, to] : kWhole)
    if (p == from) return std::string(to);
  std::string_view init;
  for (std::string_view i : kInitials)
    if (p.starts_with(i)) {
      init = i;
      break;
    }
  std::string_view fin = p.substr(init.size());
  std::string out;
  if (init == "b") out = "p";
  else if (init == "d") out = "t";
  else if (init == "g") out = "k";
  else if (init == "j" || init == "q" || init == "zh") out = "ch";
  else if (init == "x") out = "hs";
  else if (init == "r") out = "j";
  else if (init == "z" || init == "c") out = "ts";
  else out = std::string(init);
  const bool velar = init == "g" || init == "k" || init == "h";
  std::string f(fin);
  if (f == "ong") f = "ung";
  else if (f == "iong") f = "iung";
  else if (f == "ian") f = "ien";
  else if (f == "ie") f = "ieh";
  else if (f == "ue") f = "ueh";
  else if (f == "uo" && !(velar || init == "sh")) f = "o";
  else if (f == "e" && velar) f = "o";
  else if (f == "ui" && (init == "g" || init == "k")) f = "uei";
  return out + f;
}

std::string Tongyong(std::string_view p) {
  static const std::pair<std::string_view, std::string_view> kWhole[] = {
      {"zhi", "jhih"}, {"chi", "chih"}, {"shi", "shih"}, {"ri", "rih"}, {"zi", "zih"}, {"ci", "cih"}, {"si", "sih"}};
  for (const auto& [from, to] : kWhole)
    if (p == from) return std::string(to);
  std::string s(p);
  if (s.starts_with("zh")) s = "jh" + s.substr(2);
  else if (s.starts_with("q")) s = "c" + s.substr(1);
  else if (s.starts_with("x")) s = "s" + s.substr(1);
  if (s.size() >= 4 && s.ends_with("eng") && std::string_view("bpmfw").find(s[0]) != std::string_view::npos)
    s = s.substr(0, s.size() - 3) + "ong";
  return s;
}

// Does `s` from `at` on consist exactly of one spelling of each of `syllables`?
bool Concat(std::string_view s, const std::vector<std::vector<std::string>>& syllables, size_t k) {
  if (k == syllables.size()) return s.empty();
  for (const std::string& sp : syllables[k])
    if (s.starts_with(sp) && Concat(s.substr(sp.size()), syllables, k + 1)) return true;
  return false;
}

}  // namespace

std::vector<std::string> SyllableSpellings(std::string_view pinyin) {
  std::vector<std::string> out{std::string(pinyin), WadeGiles(pinyin), Tongyong(pinyin)};
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::vector<std::string> NamePinyin(std::u32string_view han) {
  // One transform for the process, made on first use (compiling ICU's Han table costs about a billion instructions),
  // and each character's reading kept: ICU transliterators are not to be used by two threads at once, so both sit
  // behind one lock (held only for characters not read yet).
  static std::mutex lock;
  static std::unique_ptr<icu::Transliterator> transform;
  static bool made = false;
  static std::unordered_map<char32_t, std::string> readings;
  std::lock_guard<std::mutex> guard(lock);
  if (!made) {
    made = true;
    UErrorCode status = U_ZERO_ERROR;
    transform.reset(icu::Transliterator::createInstance("Han-Latin/Names; Latin-ASCII; Lower", UTRANS_FORWARD, status));
    if (U_FAILURE(status)) transform.reset();
  }
  std::vector<std::string> out;
  if (!transform) return out;
  for (char32_t c : han) {
    auto it = readings.find(c);
    if (it == readings.end()) {
      icu::UnicodeString u(static_cast<UChar32>(c));
      transform->transliterate(u);
      std::string s;
      u.toUTF8String(s);
      s.erase(std::remove(s.begin(), s.end(), ' '), s.end());
      if (!std::all_of(s.begin(), s.end(), [](char x) { return x >= 'a' && x <= 'z'; })) s.clear();
      it = readings.emplace(c, std::move(s)).first;
    }
    if (it->second.empty()) return {};
    out.push_back(it->second);
  }
  return out;
}

std::vector<std::vector<std::string>> NameSpellings(std::u32string_view han, size_t surname_chars) {
  // Customary spellings of common one-character surnames, beside the systematic ones.
  static const std::pair<char32_t, std::string_view> kSurnames[] = {
      {U'李', "lee"},   {U'黃', "hwang"}, {U'黃', "wong"},  {U'吳', "woo"},  {U'周', "chow"},  {U'郭', "kwok"},
      {U'蕭', "shiau"}, {U'謝', "shieh"}, {U'曾', "tzeng"}, {U'鄭', "jeng"}, {U'簡', "jian"},  {U'邱', "chiou"},
      {U'徐', "shu"},   {U'許', "shu"},   {U'孫', "suen"},  {U'何', "hoh"},  {U'游', "yiu"}};
  std::vector<std::string> pinyin = NamePinyin(han);
  std::vector<std::vector<std::string>> out;
  if (pinyin.size() != han.size()) return out;
  for (size_t k = 0; k < pinyin.size(); ++k) {
    out.push_back(SyllableSpellings(pinyin[k]));
    if (k == 0 && surname_chars == 1)
      for (const auto& [c, spelling] : kSurnames)
        if (c == han[0]) out.back().emplace_back(spelling);
  }
  return out;
}

bool SpellsName(std::string_view latin, const std::vector<std::vector<std::string>>& spellings, size_t surname_chars) {
  if (spellings.size() < 2 || surname_chars == 0 || surname_chars >= spellings.size()) return false;
  // Words in lower case, apostrophes (Ch'en) and hyphens dropped; ü read as u.
  std::vector<std::string> words(1);
  for (size_t i = 0; i < latin.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(latin[i]);
    if (c == ' ') {
      if (!words.back().empty()) words.emplace_back();
    } else if (c == '-' || c == '\'') {
    } else if (c >= 'A' && c <= 'Z') {
      words.back() += static_cast<char>(c - 'A' + 'a');
    } else if (c >= 'a' && c <= 'z') {
      words.back() += static_cast<char>(c);
    } else if (latin.substr(i, 2) == "\xC3\xBC" || latin.substr(i, 2) == "\xC3\x9C") {  // ü, Ü
      words.back() += 'u';
      ++i;
    } else if (latin.substr(i, 3) == "\xE2\x80\x99") {  // ’
      i += 2;
    } else {
      return false;
    }
  }
  if (words.back().empty()) words.pop_back();
  if (words.size() < 2) return false;
  std::vector<std::vector<std::string>> surname(spellings.begin(), spellings.begin() + static_cast<std::ptrdiff_t>(surname_chars));
  std::vector<std::vector<std::string>> given(spellings.begin() + static_cast<std::ptrdiff_t>(surname_chars), spellings.end());
  auto joined = [&](size_t from, size_t to) {
    std::string s;
    for (size_t k = from; k < to; ++k) s += words[k];
    return s;
  };
  // Surname first (Lin Chih-yueh), or last (Chih-yueh Lin).
  if (Concat(words.front(), surname, 0) && Concat(joined(1, words.size()), given, 0)) return true;
  return Concat(words.back(), surname, 0) && Concat(joined(0, words.size() - 1), given, 0);
}

bool SpellsKoreanSurname(std::string_view word, std::u32string_view han) {
  // Common Korean surnames with the spellings Koreans use for them abroad (a surname table, not names: house rule 3).
  static const std::pair<std::u32string_view, std::string_view> kSpellings[] = {
      {U"金", "kim gim"}, {U"李", "lee yi rhee ri"}, {U"朴", "park bak pak"}, {U"崔", "choi choe"},
      {U"鄭", "jung jeong chung"}, {U"姜", "kang gang"}, {U"趙", "cho jo"}, {U"尹", "yoon yun"}, {U"張", "jang chang"},
      {U"林", "lim im"}, {U"韓", "han"}, {U"吳", "oh o"}, {U"申", "shin sin"}, {U"徐", "seo suh"}, {U"權", "kwon gwon"},
      {U"黃", "hwang"}, {U"安", "ahn an"}, {U"宋", "song"}, {U"柳", "yoo yu ryu"}, {U"洪", "hong"}, {U"全", "jeon chun"},
      {U"高", "ko go"}, {U"文", "moon mun"}, {U"孫", "son sohn"}, {U"梁", "yang"}, {U"裴", "bae"}, {U"白", "baek paek"},
      {U"曺", "cho jo"}, {U"許", "heo huh"}, {U"南", "nam"}, {U"劉", "yoo yu"}, {U"沈", "shim sim"}, {U"盧", "roh noh no"},
      {U"河", "ha"}, {U"丁", "jeong chung"}, {U"成", "sung seong"}, {U"車", "cha"}, {U"具", "koo gu"}, {U"郭", "kwak gwak"},
      {U"禹", "woo u"}, {U"朱", "joo ju"}, {U"羅", "na ra"}, {U"任", "im lim"}, {U"田", "jeon"}, {U"閔", "min"},
      {U"辛", "shin sin"}, {U"池", "ji"}, {U"陳", "jin"}, {U"嚴", "eom um"}, {U"元", "won"}, {U"蔡", "chae"},
      {U"千", "cheon chun"}, {U"方", "bang"}, {U"孔", "kong"}, {U"康", "kang"}, {U"玄", "hyun hyeon"}, {U"咸", "ham"},
      {U"卞", "byun byeon"}, {U"廉", "yeom"}, {U"楊", "yang"}, {U"邊", "byun byeon"}, {U"呂", "yeo"}, {U"秋", "choo chu"},
      {U"魯", "noh no"}, {U"都", "do"}, {U"蘇", "so"}, {U"石", "seok suk"}, {U"宣", "sun seon"}, {U"薛", "seol"},
      {U"馬", "ma"}, {U"吉", "gil kil"}, {U"周", "joo ju"}, {U"表", "pyo"}, {U"明", "myung myeong"}, {U"奇", "ki gi"},
      {U"潘", "ban"}, {U"王", "wang"}, {U"玉", "ok"}, {U"陸", "yook yuk"}, {U"孟", "maeng"}, {U"卓", "tak"},
      {U"秦", "jin"}, {U"魏", "wi"}, {U"睦", "mok"}, {U"延", "yeon"}, {U"房", "bang"}, {U"琴", "geum keum"}};
  std::string lower;
  for (char c : word) lower += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  for (const auto& [surname, spellings] : kSpellings) {
    if (surname != han) continue;
    for (size_t b = 0; b < spellings.size();) {
      size_t e = spellings.find(' ', b);
      if (e == std::string_view::npos) e = spellings.size();
      if (spellings.substr(b, e - b) == lower) return true;
      b = e + 1;
    }
    return false;
  }
  return false;
}

}  // namespace citykg::extract::detail
