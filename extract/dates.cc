#include "extract/dates.h"

#include <optional>
#include <string>

namespace citykg::extract {

std::string Date::ToString() const {
  if (!valid()) return {};
  char buf[48];
  if (month == 0) {
    std::snprintf(buf, sizeof buf, "%04d", year);
  } else if (day == 0) {
    std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
  } else {
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  }
  return buf;
}

std::string_view Date::XsdType() const { return month == 0 ? "gYear" : day == 0 ? "gYearMonth" : "date"; }

// (〇 and ○ as zero, as official documents write them. A switch: FindDates asks this of every character it scans.)
int ChineseDigit(char32_t c) {
  switch (c) {
    case U'〇': case U'○': case U'零': return 0;
    case U'一': return 1;
    case U'二': return 2;
    case U'三': return 3;
    case U'四': return 4;
    case U'五': return 5;
    case U'六': return 6;
    case U'七': return 7;
    case U'八': return 8;
    case U'九': return 9;
    default: return -1;
  }
}

int GregorianYear(int y) { return y > 0 && y < 1000 ? y + 1911 : y; }

namespace {

bool IsDigit(char32_t c) { return c >= '0' && c <= '9'; }

bool IsHanNumeral(char32_t c) { return ChineseDigit(c) >= 0 || c == U'十' || c == U'百' || c == U'廿' || c == U'卅'; }

// How a number in Chinese numerals was written.
enum class HanForm { kNone, kDigitwise, kPositional };

// Reads a number in Chinese numerals at j: digit by digit (一一五, 二〇二五, 一○四) or with 十 and 百 (二十七, 十一,
// 一百一十四, 一百零四, 廿七). Returns -1 (and *form kNone) when none; *i moves past it.
int ReadHanNumber(std::u32string_view t, size_t* i, size_t end, int max_digits, HanForm* form) {
  size_t j = *i;
  *form = HanForm::kNone;
  if (j >= end || !IsHanNumeral(t[j])) return -1;
  size_t e = j;
  bool positional = false;
  while (e < end && IsHanNumeral(t[e])) {
    if (ChineseDigit(t[e]) < 0) positional = true;
    ++e;
  }
  if (e - j > 6) return -1;
  int value = 0;
  if (!positional) {
    if (static_cast<int>(e - j) > max_digits) return -1;
    for (size_t k = j; k < e; ++k) value = value * 10 + ChineseDigit(t[k]);
    *form = HanForm::kDigitwise;
  } else {
    int pending = -1;  // a digit waiting for its place (十, 百) or the end
    bool zero_seen = false;
    for (size_t k = j; k < e; ++k) {
      char32_t c = t[k];
      if (int d = ChineseDigit(c); d > 0) {
        if (pending >= 0) return -1;  // two digits in a row: not positional
        pending = d;
      } else if (d == 0) {
        if (pending >= 0) return -1;
        zero_seen = true;
      } else if (c == U'百') {
        if (pending < 0 || value != 0) return -1;
        value = pending * 100;
        pending = -1;
      } else {  // 十, 廿, 卅
        int tens = c == U'廿' ? 2 : c == U'卅' ? 3 : (pending < 0 ? 1 : pending);
        if ((c != U'十' && pending >= 0) || value % 100 != 0 || zero_seen) return -1;
        value += tens * 10;
        pending = -1;
      }
    }
    if (pending >= 0) value += pending;
    int limit = 1;
    for (int k = 0; k < max_digits; ++k) limit *= 10;
    if (value >= limit) return -1;
    *form = HanForm::kPositional;
  }
  *i = e;
  return value;
}

// Reads digits at i (skipping spaces before), or (with `han`) a number in Chinese numerals; returns -1 when none.
int ReadNumber(std::u32string_view t, size_t* i, size_t end, int max_digits, bool han = true) {
  size_t j = *i;
  while (j < end && t[j] == ' ') ++j;
  if (han && j < end && IsHanNumeral(t[j])) {
    HanForm form;
    size_t k = j;
    int v = ReadHanNumber(t, &k, end, max_digits, &form);
    if (v < 0) return -1;
    *i = k;
    return v;
  }
  if (j >= end || !IsDigit(t[j])) return -1;
  int v = 0, n = 0;
  while (j < end && IsDigit(t[j]) && n < max_digits + 1) {
    v = v * 10 + static_cast<int>(t[j] - '0');
    ++j;
    ++n;
  }
  if (n > max_digits) return -1;
  *i = j;
  return v;
}

bool Expect(std::u32string_view t, size_t* i, size_t end, char32_t c) {
  size_t j = *i;
  while (j < end && t[j] == ' ') ++j;
  if (j < end && t[j] == c) {
    *i = j + 1;
    return true;
  }
  return false;
}

bool ValidMd(int m, int d) { return m >= 1 && m <= 12 && d >= 0 && d <= 31; }

// "24日" or "24" directly followed by a range mark ("24至27日"): the day ends there.
bool DayEnd(std::u32string_view t, size_t* i, size_t end) {
  if (Expect(t, i, end, U'日')) return true;
  size_t j = *i;
  return j < end && (t[j] == U'至' || t[j] == U'到' || t[j] == U'~' || t[j] == U'－');
}

// An English month's name starting at i (January, Jan, Jan., JANUARY; capitalized), at a word's start: its number, and where the
// word ends in *after; 0 if none.
int EnglishMonthAt(std::u32string_view t, size_t i, size_t begin, size_t end, size_t* after) {
  static const std::u32string_view kMonths[] = {U"january", U"february", U"march",     U"april",   U"may",      U"june",
                                                U"july",    U"august",   U"september", U"october", U"november", U"december"};
  auto letter = [](char32_t c) { return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z'); };
  if (i >= end || !(t[i] >= U'A' && t[i] <= U'Z') || (i > begin && letter(t[i - 1]))) return 0;  // (capitalized: not "may")
  // (Only a month's initial opens one: most capitalized words pay one lookup.)
  if (std::u32string_view(U"JFMASOND").find(t[i]) == std::u32string_view::npos) return 0;
  size_t e = i;
  while (e < end && letter(t[e]) && e - i <= 9) ++e;
  if (e - i < 3 || e - i > 9 || (e < end && letter(t[e]))) return 0;
  char32_t buffer[9];
  for (size_t k = i; k < e; ++k) buffer[k - i] = t[k] >= U'A' && t[k] <= U'Z' ? t[k] + 32 : t[k];
  const std::u32string_view word(buffer, e - i);
  for (int m = 0; m < 12; ++m) {
    const std::u32string_view full = kMonths[m];
    const bool abbreviation = word.size() == 3 && full.starts_with(word) && m != 4;
    if (word == full || abbreviation || (word == U"sept" && m == 8)) {
      if (e < end && t[e] == U'.' && word != full) ++e;
      *after = e;
      return m + 1;
    }
  }
  return 0;
}

// D Month [YYYY], as British and European English write a date (14 October 2026, 13 October), and a range of days
// before the month (12–14 October 2026): from j, right after the first day's number a, into *m; where it ends, or 0.
size_t DayMonthAt(std::u32string_view t, size_t j, size_t begin, size_t end, int a, DateMention* m) {
  if (a < 1 || a > 31) return 0;
  int last_day = 0;
  if (j + 1 < end && (t[j] == U'-' || t[j] == U'–') && IsDigit(t[j + 1])) {
    size_t k = j + 1;
    last_day = ReadNumber(t, &k, end, 2, /*han=*/false);
    if (last_day <= a || last_day > 31) return 0;
    j = k;
  }
  size_t month_end = 0;
  const int mo = j + 1 < end && t[j] == U' ' ? EnglishMonthAt(t, j + 1, begin, end, &month_end) : 0;
  if (mo == 0 || !ValidMd(mo, a) || (last_day > 0 && !ValidMd(mo, last_day))) return 0;
  m->date = {0, mo, a};
  size_t stop = month_end;
  size_t k = month_end;
  if (k + 1 < end && (t[k] == U' ' || t[k] == U',')) {
    if (t[k] == U',') ++k;
    while (k < end && t[k] == U' ') ++k;
    const size_t year_at = k;
    const int y = ReadNumber(t, &k, end, 4, /*han=*/false);
    if (k == year_at + 4 && y >= 1900 && y <= 2100 && !(k < end && IsDigit(t[k]))) {
      m->date.year = y;
      m->has_year = true;
      stop = k;
    }
  }
  if (last_day > 0) m->range_end = {m->date.year, mo, last_day};
  return stop;
}

}  // namespace

std::vector<DateMention> FindDates(std::u32string_view t, size_t begin, size_t end, bool month_alone) {
  std::vector<DateMention> out;
  if (end > t.size()) end = t.size();
  size_t i = begin;
  while (i < end) {
    // A date in Chinese numerals (中華民國一百一十四年九月二十六日, 一一五年十一月三日, 二〇二五年, 十月五日) starts at a
    // numeral that does not go on another.
    // (A number opens with no zero; ○ alone before it is a bullet: ○十月五日.)
    const bool han = IsHanNumeral(t[i]) && ChineseDigit(t[i]) != 0 &&
                     !(i > begin && IsHanNumeral(t[i - 1]) &&
                       !(t[i - 1] == U'○' && !(i - 1 > begin && IsHanNumeral(t[i - 2]))));
    // In English: October 22, 2026; Oct. 22; October 2026.
    if (size_t after = 0; !IsDigit(t[i]) && !han) {
      // (Most characters are no month's capital initial: one comparison, no call.)
      if (int mo = t[i] >= U'A' && t[i] <= U'Z' ? EnglishMonthAt(t, i, begin, end, &after) : 0; mo > 0) {
        DateMention m;
        size_t k = after;
        int d = ReadNumber(t, &k, end, 2, /*han=*/false);
        if (d >= 1 && ValidMd(mo, d) && !(k < end && IsDigit(t[k]))) {
          size_t k2 = k;
          while (k2 < end && (t[k2] == U',' || t[k2] == U' ')) ++k2;
          int y = ReadNumber(t, &k2, end, 4, /*han=*/false);
          if (y >= 1900 && y <= 2100) {
            m.date = {y, mo, d};
            m.has_year = true;
            k = k2;
          } else {
            m.date = {0, mo, d};
          }
        } else {
          k = after;
          int y = ReadNumber(t, &k, end, 4, /*han=*/false);
          // (A month alone after "next", "this" or "last": next September, as 明年9月.)
          std::optional<int> offset;
          for (auto [word, off] : {std::pair{std::u32string_view(U"next "), 1}, std::pair{std::u32string_view(U"this "), 0},
                                   std::pair{std::u32string_view(U"last "), -1}})
            if (i >= begin + word.size() && t.substr(i - word.size(), word.size()) == word) offset = off;
          if ((y < 1900 || y > 2100) && month_alone && offset) {
            k = after;
            m.date = {0, mo, 0};
            m.year_offset = *offset;
          } else if (y < 1900 || y > 2100) {
            i = after;
            continue;
          } else {
            m.date = {y, mo, 0};
            m.has_year = true;
          }
        }
        m.span = {static_cast<uint32_t>(i), static_cast<uint32_t>(k)};
        out.push_back(m);
        i = k;
        continue;
      }
      ++i;
      continue;
    }
    if (!han && i > begin && IsDigit(t[i - 1])) {
      ++i;
      continue;
    }
    size_t start = i;
    size_t j = i;
    HanForm form = HanForm::kNone;
    int a = han ? ReadHanNumber(t, &j, end, 4, &form) : ReadNumber(t, &j, end, 4, /*han=*/false);
    DateMention m;
    bool ok = false;
    size_t k = j;
    // 去（114）年10月, 本(115)年7月: the year in parentheses before 年.
    if (start > begin && (t[start - 1] == U'(' || t[start - 1] == U'（') && k + 1 < end && (t[k] == U')' || t[k] == U'）') &&
        t[k + 1] == U'年')
      ++k;
    if (Expect(t, &k, end, U'年')) {
      // Y年[M月[D日]]; a Japanese era's year (令和8年 = 2026, 平成30年 = 2018) where the era stands before it, else a
      // year of the Republic below 1000 (115年 = 2026).
      int y = GregorianYear(a);
      bool era_year = false, republic = false;
      {
        size_t e = start;
        if (e > begin && t[e - 1] == U' ') --e;
        if (e >= begin + 2 && a >= 1 && a < 100) {
          std::u32string_view era = t.substr(e - 2, 2);
          era_year = true;
          if (era == U"令和") y = 2018 + a;
          else if (era == U"平成") y = 1988 + a;
          else if (era == U"昭和") y = 1925 + a;
          else era_year = false;
        }
        republic = e >= begin + 2 && t.substr(e - 2, 2) == U"民國";
      }
      size_t k2 = k;
      int mo = ReadNumber(t, &k2, end, 2);
      const bool month_follows = mo > 0 && mo <= 12 && k2 < end && t[k2] == U'月';
      // A year in Chinese numerals is a date's when written digit by digit with three or four (一一五年, 二〇二五年), or with
      // 百 after 民國 or before a month (一百一十四年九月); not 五十年 or 一百年 (a span of years).
      const bool han_year_ok = form == HanForm::kNone || era_year ||
                               (form == HanForm::kDigitwise && j - start >= 3) ||
                               (form == HanForm::kPositional && a >= 100 && (republic || month_follows));
      if (!han_year_ok) {
        i = j;
        continue;
      }
      if (mo > 0 && Expect(t, &k2, end, U'月') && mo <= 12) {
        size_t k3 = k2;
        int d = ReadNumber(t, &k3, end, 2);
        if (d > 0 && DayEnd(t, &k3, end) && ValidMd(mo, d)) {
          m.date = {y, mo, d};
          j = k3;
        } else {
          m.date = {y, mo, 0};
          j = k2;
        }
      } else {
        m.date = {y, 0, 0};
        j = k;
      }
      m.has_year = true;
      ok = y >= 1900 && y <= 2100;
    } else if (a >= 1 && a <= 12 && Expect(t, &k, end, U'月')) {
      // M月D日 (no year)
      size_t k2 = k;
      int d = ReadNumber(t, &k2, end, 2);
      if (d > 0 && DayEnd(t, &k2, end) && ValidMd(a, d)) {
        m.date = {0, a, d};
        j = k2;
        ok = true;
      } else if (month_alone && d <= 0 && !(k < end && IsDigit(t[k]))) {
        m.date = {0, a, 0};
        j = k;
        ok = true;
        if (start >= 2 && t.substr(start - 2, 2) == U"明年") m.year_offset = 1;
        if (start >= 2 && t.substr(start - 2, 2) == U"去年") m.year_offset = -1;
      }
    } else if (size_t day_month_end = form == HanForm::kNone ? DayMonthAt(t, j, begin, end, a, &m) : 0; day_month_end > 0) {
      j = day_month_end;
      ok = true;
    } else if (form == HanForm::kNone && ((a >= 1 && a <= 200) || (a >= 1900 && a <= 2100))) {
      // Y/M/D, Y.M.D, Y-M-D
      for (char32_t sep : {U'/', U'.', U'-'}) {
        size_t k2 = j;
        if (k2 < end && t[k2] == sep) {
          ++k2;
          int mo = ReadNumber(t, &k2, end, 2);
          if (mo >= 1 && mo <= 12 && k2 < end && t[k2] == sep) {
            ++k2;
            int d = ReadNumber(t, &k2, end, 2);
            if (d >= 1 && ValidMd(mo, d) && !(k2 < end && IsDigit(t[k2]))) {
              int y = GregorianYear(a);
              if (y >= 1900 && y <= 2100) {
                m.date = {y, mo, d};
                m.has_year = true;
                j = k2;
                ok = true;
              }
            }
          }
          break;
        }
      }
      // M/D with its weekday in parentheses (an itinerary's 10/7（三）, 10/5(一)～10/9(五)): the day, no year.
      if (!ok && a >= 1 && a <= 12 && j < end && t[j] == U'/') {
        size_t k2 = j + 1;
        int d = ReadNumber(t, &k2, end, 2);
        size_t w = k2;
        while (w < end && t[w] == U' ') ++w;
        if (d >= 1 && ValidMd(a, d) && !(k2 < end && (IsDigit(t[k2]) || t[k2] == U'/')) && w + 1 < end &&
            (t[w] == U'(' || t[w] == U'（') && std::u32string_view(U"一二三四五六日週星").find(t[w + 1]) != std::u32string_view::npos) {
          m.date = {0, a, d};
          j = k2;
          ok = true;
        }
      }
    }
    if (!ok) {
      i = j > i ? j : i + 1;
      continue;
    }
    // Range: 至/到/-/~ followed by [M月]D日 or a full date.
    size_t r = j;
    // (Past the day's weekday: 2026/10/5(一)～10/9(五).)
    if (r + 2 < end && (t[r] == U'(' || t[r] == U'（') && (t[r + 2] == U')' || t[r + 2] == U'）') &&
        std::u32string_view(U"一二三四五六日").find(t[r + 1]) != std::u32string_view::npos) {
      size_t after = r + 3;
      if (after < end && (t[after] == U'至' || t[after] == U'到' || t[after] == U'~' || t[after] == U'～' || t[after] == U'－'))
        r = after;
    }
    if (r < end && (t[r] == U'至' || t[r] == U'到' || t[r] == U'~' || t[r] == U'～' || t[r] == U'-' || t[r] == U'－')) {
      ++r;
      size_t r2 = r;
      auto more = FindDates(t, r, std::min(end, r + 14));
      if (!more.empty() && more[0].span.begin <= r + 1) {
        Date e = more[0].date;
        if (!more[0].has_year) e.year = m.date.year;
        m.range_end = e;
        j = more[0].span.end;
      } else {
        int d = ReadNumber(t, &r2, end, 2);
        if (d > 0 && Expect(t, &r2, end, U'日') && m.date.month > 0 && d >= m.date.day) {
          m.range_end = {m.date.year, m.date.month, d};
          j = r2;
        }
      }
    }
    m.span = {static_cast<uint32_t>(start), static_cast<uint32_t>(j)};
    out.push_back(m);
    i = j;
  }
  return out;
}

}  // namespace citykg::extract
