// Dates as reports write them: Gregorian or Republic of China (民國) years, several layouts.
#ifndef CITYKG_EXTRACT_DATES_H_
#define CITYKG_EXTRACT_DATES_H_

#include <string_view>
#include <vector>

#include "extract/types.h"

namespace citykg::extract {

struct DateMention {
  Span span;
  Date date;           // Gregorian
  bool has_year = false;
  Date range_end;      // "9月24至27日", "7月3日至5日": the end of a range, when written
  int year_offset = 0;  // a month alone after 明年 (+1) or 去年 (-1)
};

// Finds dates in text[begin, end): 108年10月7日, 114年 9月 23日, 2024年5月16日, 115/4/26, 2025.09.23, 2024-05-16,
// 5月16日 (no year: has_year == false, year 0), 108年, 2023年8月, and ranges (至/到/-/~); in Chinese numerals too
// (中華民國一百一十四年九月二十六日, 一一五年十一月三日, 二〇二五年, 十月五日至八日).
// Years below 1000 are ROC years (+1911). Impossible months or days are not dates.
// With `month_alone`, also a month written alone (今年10月, 明年3月: day 0, has_year false; year_offset +1 after 明年,
// -1 after 去年).
std::vector<DateMention> FindDates(std::u32string_view text, size_t begin, size_t end, bool month_alone = false);

// The value of a Chinese numeral's digit (〇, ○ and 零 as zero; 一 … 九), else -1.
int ChineseDigit(char32_t c);

// ROC → Gregorian for a year number as written (108 → 2019; 2019 stays).
int GregorianYear(int written_year);

}  // namespace citykg::extract

#endif  // CITYKG_EXTRACT_DATES_H_
