// Internal: romanized Chinese names (Lin Chih-yueh, Chang Wen-cheng, Lin Zhiyue) matched to the Han names they spell.
#ifndef CITYKG_EXTRACT_DETAIL_ROMANIZE_H_
#define CITYKG_EXTRACT_DETAIL_ROMANIZE_H_

#include <string>
#include <string_view>
#include <vector>

namespace citykg::extract::detail {

// The ways one Mandarin syllable (toneless Hanyu Pinyin, lower case: "zhi", "yue") is written in the romanizations
// Taiwanese names use: Hanyu Pinyin itself, Wade–Giles without apostrophes or umlauts ("chih", "yueh") and Tongyong
// Pinyin ("jhih"). Lower case, no duplicates.
std::vector<std::string> SyllableSpellings(std::string_view pinyin);

// The Hanyu Pinyin syllables of a Han name, one per character ("林志岳" → lin, zhi, yue; surnames read as surnames:
// 曾 → zeng), from ICU's Han-Latin/Names transform; empty if a character has no reading.
std::vector<std::string> NamePinyin(std::u32string_view han);

// The spellings of each character of a Han name whose surname has `surname_chars` characters: its syllable's
// (SyllableSpellings) and, for a one-character surname, the customary spellings Taiwanese passports also use (李 Lee,
// 黃 Hwang, 郭 Kwok, 曾 Tzeng, 邱 Chiou …); empty if a character has no reading.
std::vector<std::vector<std::string>> NameSpellings(std::u32string_view han, size_t surname_chars);

// Does `latin` (a romanized name: "Lin Chih-yueh", "Chih-yueh Lin", "Lin Zhiyue", "LIN Chih-Yueh") spell the Han name
// whose characters are spelled `spellings` (NameSpellings), with its surname of `surname_chars` characters? The
// surname may stand first or last; the given name's syllables may be hyphenated, spaced or written together.
bool SpellsName(std::string_view latin, const std::vector<std::vector<std::string>>& spellings, size_t surname_chars);

// Does `word` (a Latin word, any case: "Park", "LEE", "Choi") spell the Korean surname `han` (朴, 李, 崔) in one of the
// customary romanizations (Revised, McCune–Reischauer, passports: 朴 Park/Bak/Pak, 李 Lee/Yi/Rhee)? False for a surname
// the table lacks.
bool SpellsKoreanSurname(std::string_view word, std::u32string_view han);

}  // namespace citykg::extract::detail

#endif  // CITYKG_EXTRACT_DETAIL_ROMANIZE_H_
