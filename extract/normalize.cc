#include "extract/normalize.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <iterator>
#include <stdexcept>
#include <utility>
#include <vector>

namespace citykg::extract {
namespace {

const icu::Normalizer2& Nfkc() {
  static const icu::Normalizer2* n = [] {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* p = icu::Normalizer2::getNFKCInstance(status);
    if (U_FAILURE(status)) throw std::runtime_error(std::string("ICU NFKC unavailable: ") + u_errorName(status));
    return p;
  }();
  return *n;
}

const icu::Normalizer2& Nfd() {
  static const icu::Normalizer2* n = [] {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* p = icu::Normalizer2::getNFDInstance(status);
    if (U_FAILURE(status)) throw std::runtime_error(std::string("ICU NFD unavailable: ") + u_errorName(status));
    return p;
  }();
  return *n;
}

bool IsListMarkerStart(const std::u32string& s, size_t i) {
  // Lines that start a new item: 一、 (一) 1. 圖 表 附件 第X章 壹 貳 ...
  if (i >= s.size()) return true;
  char32_t c = s[i];
  if (c == U'(' || c == U'（' || c == U'[' || c == U'-' || c == U'•' || c == U'●' || c == U'※' || c == U'「') return true;
  if (c >= U'0' && c <= U'9') return true;
  static const std::u32string kHeads = U"一二三四五六七八九十壹貳參叁肆伍陸柒捌玖拾圖表附第";
  if (kHeads.find(c) != std::u32string::npos) {
    if (i + 1 < s.size() && (s[i + 1] == U'、' || s[i + 1] == U'.' || s[i + 1] == U' ')) return true;
    if (c == U'圖' || c == U'表' || c == U'附' || c == U'第') return true;
  }
  return false;
}

}  // namespace

bool IsHan(char32_t c) {
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x20000 && c <= 0x2FA1F) ||
         (c >= 0xF900 && c <= 0xFAFF) || c == 0x3007 || c == 0x3005;
}

bool IsLatinLetter(char32_t c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7) ||
         (c >= 0x1E00 && c <= 0x1EFF);
}

bool IsSentenceEnd(char32_t c) {
  return c == U'。' || c == U'！' || c == U'？' || c == U'；' || c == U'!' || c == U'?' || c == U';' || c == U'\n';
}

// Japanese forms of characters (shinjitai; most are also simplified Chinese forms) and the traditional forms the
// reports and the gazetteer write: a Japanese text pasted into a report (静岡県, 沖縄, 神戸) names the same places and
// bodies as 靜岡縣, 沖繩, 神戶. Sorted by the first character. (Not 芸, 弁, 万, 予, 党, 慎: those are characters of
// their own in traditional Chinese, or stand for several.)
constexpr std::pair<char32_t, char32_t> kJapaneseForms[] = {
    {U'与', U'與'}, {U'両', U'兩'}, {U'乗', U'乘'}, {U'乱', U'亂'}, {U'亀', U'龜'}, {U'争', U'爭'}, {U'仏', U'佛'}, {U'会', U'會'},
    {U'伝', U'傳'}, {U'体', U'體'}, {U'価', U'價'}, {U'児', U'兒'}, {U'写', U'寫'}, {U'処', U'處'}, {U'剣', U'劍'}, {U'励', U'勵'},
    {U'労', U'勞'}, {U'効', U'效'}, {U'勲', U'勳'}, {U'区', U'區'}, {U'医', U'醫'}, {U'単', U'單'}, {U'厳', U'嚴'}, {U'参', U'參'},
    {U'双', U'雙'}, {U'収', U'收'}, {U'号', U'號'}, {U'営', U'營'}, {U'団', U'團'}, {U'図', U'圖'}, {U'国', U'國'}, {U'圏', U'圈'},
    {U'塩', U'鹽'}, {U'増', U'增'}, {U'壮', U'壯'}, {U'声', U'聲'}, {U'売', U'賣'}, {U'変', U'變'}, {U'奨', U'獎'}, {U'姫', U'姬'},
    {U'学', U'學'}, {U'宝', U'寶'}, {U'実', U'實'}, {U'対', U'對'}, {U'専', U'專'}, {U'尽', U'盡'}, {U'届', U'屆'}, {U'属', U'屬'},
    {U'峡', U'峽'}, {U'帯', U'帶'}, {U'帰', U'歸'}, {U'庁', U'廳'}, {U'広', U'廣'}, {U'廃', U'廢'}, {U'弾', U'彈'}, {U'当', U'當'},
    {U'径', U'徑'}, {U'従', U'從'}, {U'徳', U'德'}, {U'応', U'應'}, {U'恵', U'惠'}, {U'戦', U'戰'}, {U'戸', U'戶'}, {U'払', U'拂'},
    {U'担', U'擔'}, {U'拠', U'據'}, {U'拡', U'擴'}, {U'挙', U'舉'}, {U'数', U'數'}, {U'斉', U'齊'}, {U'斎', U'齋'}, {U'断', U'斷'},
    {U'旧', U'舊'}, {U'昼', U'晝'}, {U'暦', U'曆'}, {U'条', U'條'}, {U'来', U'來'}, {U'栄', U'榮'}, {U'桜', U'櫻'}, {U'検', U'檢'},
    {U'楼', U'樓'}, {U'楽', U'樂'}, {U'様', U'樣'}, {U'権', U'權'}, {U'横', U'橫'}, {U'欧', U'歐'}, {U'歩', U'步'}, {U'歯', U'齒'},
    {U'歳', U'歲'}, {U'歴', U'歷'}, {U'残', U'殘'}, {U'気', U'氣'}, {U'沢', U'澤'}, {U'浄', U'淨'}, {U'浅', U'淺'}, {U'浜', U'濱'},
    {U'涙', U'淚'}, {U'済', U'濟'}, {U'渋', U'澀'}, {U'渓', U'溪'}, {U'湾', U'灣'}, {U'満', U'滿'}, {U'滝', U'瀧'}, {U'瀬', U'瀨'},
    {U'灯', U'燈'}, {U'炉', U'爐'}, {U'点', U'點'}, {U'焼', U'燒'}, {U'状', U'狀'}, {U'独', U'獨'}, {U'猟', U'獵'}, {U'画', U'畫'},
    {U'発', U'發'}, {U'県', U'縣'}, {U'称', U'稱'}, {U'稲', U'稻'}, {U'穂', U'穗'}, {U'竜', U'龍'}, {U'経', U'經'}, {U'継', U'繼'},
    {U'続', U'續'}, {U'総', U'總'}, {U'緑', U'綠'}, {U'縄', U'繩'}, {U'縦', U'縱'}, {U'聴', U'聽'}, {U'脳', U'腦'}, {U'荘', U'莊'},
    {U'蔵', U'藏'}, {U'薬', U'藥'}, {U'虫', U'蟲'}, {U'装', U'裝'}, {U'覚', U'覺'}, {U'覧', U'覽'}, {U'観', U'觀'}, {U'触', U'觸'},
    {U'訳', U'譯'}, {U'誉', U'譽'}, {U'読', U'讀'}, {U'譲', U'讓'}, {U'豊', U'豐'}, {U'転', U'轉'}, {U'軽', U'輕'}, {U'辺', U'邊'},
    {U'郷', U'鄉'}, {U'鉄', U'鐵'}, {U'銭', U'錢'}, {U'録', U'錄'}, {U'関', U'關'}, {U'闘', U'鬥'}, {U'険', U'險'}, {U'随', U'隨'},
    {U'雑', U'雜'}, {U'霊', U'靈'}, {U'静', U'靜'}, {U'頼', U'賴'}, {U'顕', U'顯'}, {U'駅', U'驛'}, {U'駆', U'驅'}, {U'騒', U'騷'},
    {U'験', U'驗'}, {U'鶏', U'雞'}, {U'麦', U'麥'}, {U'黄', U'黃'}, {U'黒', U'黑'}, {U'齢', U'齡'}};

char32_t FoldChar(char32_t c) {
  switch (c) {
    case U'台': return U'臺';
    case U'巿': return U'市';
    case U'峯': return U'峰';
    case U'衞': return U'衛';
    case U'綫': return U'線';
    case U'舘': return U'館';
    case U'敎': return U'教';
    case U'鷄': return U'雞';
    case U'裏': return U'裡';
    case U'爲': return U'為';
    case U'啓': return U'啟';
    // Other brackets read as parentheses: 瑪麗亞．桑托斯〔Maria Santos〕, 【英文】.
    case U'〔': return U'(';
    case U'〕': return U')';
    case U'【': return U'(';
    case U'】': return U')';
    default:
      if (c < 0x80) return (c >= 'A' && c <= 'Z') ? c + 32 : c;
      if (IsLatinLetter(c)) return static_cast<char32_t>(u_tolower(static_cast<UChar32>(c)));
      return TraditionalForm(c);
  }
}

char32_t TraditionalForm(char32_t c) {
  if (c < kJapaneseForms[0].first || c > std::end(kJapaneseForms)[-1].first) return c;
  // (Most characters are none of them: one bit each says so before the search.)
  static const std::vector<bool> kIsJapaneseForm = [] {
    std::vector<bool> bits(std::end(kJapaneseForms)[-1].first - kJapaneseForms[0].first + 1, false);
    for (const auto& [from, to] : kJapaneseForms) bits[from - kJapaneseForms[0].first] = true;
    return bits;
  }();
  if (!kIsJapaneseForm[c - kJapaneseForms[0].first]) return c;
  auto it = std::lower_bound(std::begin(kJapaneseForms), std::end(kJapaneseForms), c,
                             [](const std::pair<char32_t, char32_t>& p, char32_t v) { return p.first < v; });
  return it != std::end(kJapaneseForms) && it->first == c ? it->second : c;
}

std::string TraditionalForms(std::string_view utf8) {
  std::u32string u = ToU32(utf8);
  bool changed = false;
  for (auto& c : u) {
    char32_t t = TraditionalForm(c);
    changed = changed || t != c;
    c = t;
  }
  return changed ? ToUtf8(u) : std::string(utf8);
}

std::u32string ToU32(std::string_view utf8) {
  std::u32string out;
  out.reserve(utf8.size());
  const auto len = static_cast<int32_t>(utf8.size());
  int32_t i = 0;
  while (i < len) {
    UChar32 c;
    U8_NEXT(utf8.data(), i, len, c);
    out.push_back(c < 0 ? U'\uFFFD' : static_cast<char32_t>(c));
  }
  return out;
}

bool IsValidUtf8(std::string_view s) {
  const auto len = static_cast<int32_t>(s.size());
  int32_t i = 0;
  while (i < len) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    UChar32 c;
    U8_NEXT(s.data(), i, len, c);
    if (c < 0) return false;
  }
  return true;
}

int64_t RepairUtf8(std::string_view in, std::string* out, int* bad_count) {
  out->clear();
  out->reserve(in.size());
  int64_t first_bad = -1;
  *bad_count = 0;
  const auto len = static_cast<int32_t>(in.size());
  int32_t i = 0;
  while (i < len) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(in.data(), i, len, c);
    if (c < 0) {
      if (first_bad < 0) first_bad = start;
      ++*bad_count;
      out->append("\xEF\xBF\xBD");
    } else {
      out->append(in.data() + start, static_cast<size_t>(i - start));
    }
  }
  return first_bad;
}

std::string ToUtf8(std::u32string_view text) {
  std::string out;
  out.reserve(text.size() * 3);
  for (char32_t c : text) {
    char buf[4];
    int32_t n = 0;
    UBool err = false;
    U8_APPEND(buf, n, 4, static_cast<UChar32>(c), err);
    if (err) {
      out.append("\xEF\xBF\xBD");
    } else {
      out.append(buf, static_cast<size_t>(n));
    }
  }
  return out;
}

std::string NormalizedText::Utf8(Span span) const {
  if (span.end > text.size()) span.end = static_cast<uint32_t>(text.size());
  if (span.begin >= span.end) return {};
  return ToUtf8(std::u32string_view(text).substr(span.begin, span.size()));
}

NormalizedText Normalize(std::string_view utf8) {
  const icu::Normalizer2& nfkc = Nfkc();
  std::u32string original = ToU32(utf8);
  // Pass 1: NFKC per normalization segment, keeping the offset of each output character.
  std::u32string text;
  std::vector<uint32_t> map;
  text.reserve(original.size());
  map.reserve(original.size() + 1);
  size_t i = 0;
  while (i < original.size()) {
    char32_t c = original[i];
    if (c == U'\r') {  // CR LF and lone CR become LF
      text.push_back(U'\n');
      map.push_back(static_cast<uint32_t>(i));
      i += (i + 1 < original.size() && original[i + 1] == U'\n') ? 2 : 1;
      continue;
    }
    if (c < 0x80 || (nfkc.isInert(static_cast<UChar32>(c)) && (i + 1 >= original.size() || nfkc.hasBoundaryBefore(static_cast<UChar32>(original[i + 1]))))) {
      text.push_back(c);
      map.push_back(static_cast<uint32_t>(i));
      ++i;
      continue;
    }
    size_t j = i + 1;
    while (j < original.size() && !nfkc.hasBoundaryBefore(static_cast<UChar32>(original[j]))) ++j;
    icu::UnicodeString seg;
    for (size_t k = i; k < j; ++k) seg.append(static_cast<UChar32>(original[k]));
    UErrorCode status = U_ZERO_ERROR;
    icu::UnicodeString norm = nfkc.normalize(seg, status);
    if (U_FAILURE(status)) norm = seg;
    for (int32_t k = 0; k < norm.length();) {
      UChar32 nc = norm.char32At(k);
      k += U16_LENGTH(nc);
      text.push_back(static_cast<char32_t>(nc));
      map.push_back(static_cast<uint32_t>(i));
    }
    i = j;
  }
  // Pass 1b: text copied out of a PDF with a space between every character (嘉 義 市 政 府 出 國 報 告): where at least
  // three lines are written so (four or more single spaces between two CJK characters and four times as many as the
  // pairs written together), the single spaces of such lines between two characters that are not both Latin letters
  // or digits go (市 長 Somchai → 市長Somchai; Latin words keep theirs; runs of spaces, columns, stay).
  {
    auto cjk = [](char32_t c) { return c >= 0x2E80 && c != 0x3000; };
    auto word = [](char32_t c) { return IsLatinLetter(c) || (c >= U'0' && c <= U'9'); };
    std::vector<std::pair<size_t, size_t>> lines;  // [begin, end) of each line
    for (size_t b = 0; b <= text.size();) {
      size_t e = text.find(U'\n', b);
      if (e == std::u32string::npos) e = text.size();
      lines.emplace_back(b, e);
      b = e + 1;
    }
    std::vector<char> spaced(lines.size(), 0);
    int spaced_lines = 0;
    for (size_t l = 0; l < lines.size(); ++l) {
      auto [b, e] = lines[l];
      int gaps = 0, tight = 0;
      for (size_t k = b + 1; k + 1 < e; ++k) {
        if (text[k] == U' ' && cjk(text[k - 1]) && cjk(text[k + 1])) ++gaps;
        if (IsHan(text[k]) && IsHan(text[k + 1])) ++tight;
      }
      if (b + 1 < e && IsHan(text[b]) && IsHan(text[b + 1])) ++tight;
      spaced[l] = gaps >= 1 && gaps >= 4 * tight ? (gaps >= 4 ? 2 : 1) : 0;
      spaced_lines += spaced[l] == 2;
    }
    if (spaced_lines >= 3) {
      std::u32string joined;
      std::vector<uint32_t> joined_map;
      joined.reserve(text.size());
      joined_map.reserve(text.size());
      for (size_t l = 0; l < lines.size(); ++l) {
        auto [b, e] = lines[l];
        for (size_t k = b; k < e; ++k) {
          bool drop = spaced[l] && text[k] == U' ' && k > b && k + 1 < e && text[k - 1] != U' ' && text[k + 1] != U' ' &&
                      !(word(text[k - 1]) && word(text[k + 1]));
          if (drop) continue;
          joined.push_back(text[k]);
          joined_map.push_back(map[k]);
        }
        if (e < text.size()) {
          joined.push_back(U'\n');
          joined_map.push_back(map[e]);
        }
      }
      text = std::move(joined);
      map = std::move(joined_map);
    }
  }
  // Pass 1c: Markdown's bold marks (科長 **李美瑩**, - **服務機關**：…) go; they stand inside what the rules read.
  if (text.find(U"**") != std::u32string::npos) {
    std::u32string kept;
    std::vector<uint32_t> kept_map;
    kept.reserve(text.size());
    kept_map.reserve(text.size());
    for (size_t k = 0; k < text.size(); ++k) {
      if (text[k] == U'*' && k + 1 < text.size() && text[k + 1] == U'*') {
        ++k;
        continue;
      }
      kept.push_back(text[k]);
      kept_map.push_back(map[k]);
    }
    text = std::move(kept);
    map = std::move(kept_map);
  }
  // Pass 2: join line breaks inside sentences (a long line ending in a Han character, the next one
  // starting with a Han character that does not open a list item or heading).
  NormalizedText out;
  out.text.reserve(text.size());
  out.to_original.reserve(text.size() + 1);
  size_t line_start = 0;
  for (size_t k = 0; k < text.size(); ++k) {
    char32_t c = text[k];
    if (c != U'\n') {
      out.text.push_back(c);
      out.to_original.push_back(map[k]);
      continue;
    }
    // Find the last non-space character of this line and the first of the next non-empty line.
    size_t last = out.text.size();
    while (last > 0 && (out.text[last - 1] == U' ' || out.text[last - 1] == U'\t')) --last;
    size_t next = k;
    while (next < text.size() && (text[next] == U'\n' || text[next] == U' ' || text[next] == U'\t')) ++next;
    size_t line_len = k - line_start;
    bool join = last > 0 && IsHan(out.text[last - 1]) && line_len >= 60 && next < text.size() && IsHan(text[next]) &&
                !IsListMarkerStart(text, next);
    if (join) {
      out.text.resize(last);
      out.to_original.resize(last);
      k = next - 1;  // continue with the next line's first character
      continue;
    }
    out.text.push_back(U'\n');
    out.to_original.push_back(map[k]);
    line_start = k + 1;
  }
  out.to_original.push_back(static_cast<uint32_t>(original.size()));
  out.folded.resize(out.text.size());
  for (size_t k = 0; k < out.text.size(); ++k) out.folded[k] = FoldChar(out.text[k]);
  return out;
}

std::string MatchKey(std::string_view utf8) {
  const icu::Normalizer2& nfkc = Nfkc();
  const icu::Normalizer2& nfd = Nfd();
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString s = icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  s = nfkc.normalize(s, status);
  status = U_ZERO_ERROR;
  s = nfd.normalize(s, status);
  std::u32string out;
  for (int32_t k = 0; k < s.length();) {
    UChar32 c = s.char32At(k);
    k += U16_LENGTH(c);
    if (u_charType(c) == U_NON_SPACING_MARK) continue;
    if (u_isUWhiteSpace(c) || c == '.' || c == '-' || c == 0xB7 || c == 0x2027 || c == 0x30FB || c == 0x2010 ||
        c == 0x2011 || c == 0x2013 || c == 0x2014 || c == '\'' || c == 0x2019 || c == '_')
      continue;
    out.push_back(FoldChar(static_cast<char32_t>(u_tolower(c))));
  }
  return ToUtf8(out);
}

}  // namespace citykg::extract
