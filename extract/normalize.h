// Normalization: one canonical text form that every later stage sees (STYLE.md habit 3).
#ifndef CITYKG_EXTRACT_NORMALIZE_H_
#define CITYKG_EXTRACT_NORMALIZE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "extract/types.h"

namespace citykg::extract {

// The normalized text of a document.
// `text`: NFKC, CR/LF unified to '\n', line breaks that PDF extraction put inside a sentence removed.
// `folded`: the same length as `text`, with variant characters folded for matching (台→臺, 巿→市, ...).
// `to_original[i]`: codepoint offset in the decoded original of text[i]; to_original[size] = original length.
struct NormalizedText {
  std::u32string text;
  std::u32string folded;
  std::vector<uint32_t> to_original;
  std::string Utf8(Span span) const;
  std::string Utf8(uint32_t begin, uint32_t end) const { return Utf8(Span{begin, end}); }
};

// Normalizes UTF-8 text. Thread-safe; the ICU normalizer is process-wide and immutable.
NormalizedText Normalize(std::string_view utf8);

// Folds one codepoint for matching (台→臺, 巿→市, 峯→峰, full-width ASCII already gone by NFKC).
char32_t FoldChar(char32_t c);

// The traditional form of a Japanese form of a character (県 → 縣, 静 → 靜, 戸 → 戶); other characters unchanged. A
// part of FoldChar, and used alone where a written title is kept (副県長 is the title 副縣長).
char32_t TraditionalForm(char32_t c);
std::string TraditionalForms(std::string_view utf8);

// The key under which names compare equal (CONTRACT §4 "Matching"): NFKC, folded variants,
// accents removed, lower-cased, spaces, dots, middle dots and hyphens removed.
std::string MatchKey(std::string_view utf8);

// Is `name` a short name of the government's department labelled `label` that leaves the government out (研考會 of
// 臺南市政府研究發展考核委員會): `label` names a government (…政府…), `name` does not open with it and is written in
// Han characters (no Latin letter)? Every government has such a department, so the name identifies none.
bool IsBareDepartmentName(std::string_view label, std::string_view name);

// UTF conversions used across the project.
std::u32string ToU32(std::string_view utf8);
std::string ToUtf8(std::u32string_view text);
// True when `s` is well-formed UTF-8 (no overlong forms, surrogates or code points above U+10FFFF).
bool IsValidUtf8(std::string_view s);
// Copies `in` to `out` with each ill-formed UTF-8 sequence replaced by U+FFFD; counts them in `*bad_count` and
// returns the byte offset of the first one, or -1.
int64_t RepairUtf8(std::string_view in, std::string* out, int* bad_count);

// Character classes on normalized text.
bool IsHan(char32_t c);           // CJK ideographs (incl. 〇, 々)
bool IsLatinLetter(char32_t c);   // Latin letters of any accent
bool IsSentenceEnd(char32_t c);   // 。！？；!? and newline

}  // namespace citykg::extract

#endif  // CITYKG_EXTRACT_NORMALIZE_H_
