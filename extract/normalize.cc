#include "extract/normalize.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <stdexcept>

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
      return c;
  }
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
