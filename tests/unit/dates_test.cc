#include "extract/dates.h"

#include <gtest/gtest.h>

#include "extract/normalize.h"

namespace citykg::extract {
namespace {

std::vector<DateMention> Find(const std::string& s) {
  auto u = ToU32(s);
  return FindDates(u, 0, u.size());
}

// A Japanese era's year (a Japanese text pasted into a report) is that era's, not the Republic's.
TEST(DatesTest, JapaneseEraYears) {
  auto d = Find("令和8年5月10日、訪問団が訪れました。平成30年に締結。");
  ASSERT_EQ(d.size(), 2u);
  EXPECT_EQ(d[0].date.ToString(), "2026-05-10");
  EXPECT_EQ(d[1].date.ToString(), "2018");
  EXPECT_EQ(Find("民國8年")[0].date.ToString(), "1919");
}

TEST(DatesTest, EnglishDates) {
  auto d = Find("Date: October 22, 2026. The forum opens on Oct. 5 and closes in March 2027; you may 5 times.");
  ASSERT_EQ(d.size(), 3u);
  EXPECT_EQ(d[0].date.ToString(), "2026-10-22");
  EXPECT_TRUE(d[0].has_year);
  EXPECT_EQ(d[1].date.month, 10);
  EXPECT_EQ(d[1].date.day, 5);
  EXPECT_FALSE(d[1].has_year);
  EXPECT_EQ(d[2].date.ToString(), "2027-03");
}

// British and European English put the day before the month: 14 October 2026, 3 May (no year), a range of days before
// the month (12–14 March 2027). A number before a word that only starts like a month is none (5 Mayors).
TEST(DatesTest, EnglishDayBeforeMonth) {
  auto d = Find("Date: Wednesday, 14 October 2026, 8:00 a.m. (Tuesday, 3 May). The fair runs 12–14 March 2027 with 5 Mayors.");
  ASSERT_EQ(d.size(), 3u);
  EXPECT_EQ(d[0].date.ToString(), "2026-10-14");
  EXPECT_TRUE(d[0].has_year);
  EXPECT_EQ(d[1].date.month, 5);
  EXPECT_EQ(d[1].date.day, 3);
  EXPECT_FALSE(d[1].has_year);
  EXPECT_EQ(d[2].date.ToString(), "2027-03-12");
  EXPECT_EQ(d[2].range_end.ToString(), "2027-03-14");
}

TEST(DatesTest, RocYearMonthDay) {
  auto d = Find("報告日期：108年10月7日");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].date.ToString(), "2019-10-07");
  EXPECT_TRUE(d[0].has_year);
}

TEST(DatesTest, RocWithSpacesAndRange) {
  auto d = Find("出國期間：114年 9月 23日 至 114年 10月 1日");
  ASSERT_GE(d.size(), 1u);
  EXPECT_EQ(d[0].date.ToString(), "2025-09-23");
}

TEST(DatesTest, SlashRocAndDotGregorian) {
  auto d = Find("115/4/26 出發；2025.09.23 抵達");
  ASSERT_EQ(d.size(), 2u);
  EXPECT_EQ(d[0].date.ToString(), "2026-04-26");
  EXPECT_EQ(d[1].date.ToString(), "2025-09-23");
}

TEST(DatesTest, GregorianRangeOfDays) {
  auto d = Find("2025年9月24至27日於韓國高陽舉行");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].date.ToString(), "2025-09-24");
  EXPECT_EQ(d[0].range_end.ToString(), "2025-09-27");
}

TEST(DatesTest, MonthDayWithoutYear) {
  auto d = Find("於7月3日至5日舉行");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_FALSE(d[0].has_year);
  EXPECT_EQ(d[0].date.month, 7);
  EXPECT_EQ(d[0].date.day, 3);
  EXPECT_EQ(d[0].range_end.day, 5);
}

TEST(DatesTest, YearMonthPrecision) {
  auto d = Find("2023年8月來訪");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].date.ToString(), "2023-08");
  EXPECT_EQ(d[0].date.XsdType(), "gYearMonth");
}

TEST(DatesTest, MonthAloneOnlyWhenAsked) {
  EXPECT_TRUE(Find("將於今年10月舉辦").empty());
  auto u = ToU32("將於今年10月舉辦，明年3月再訪，為期3個月");
  auto d = FindDates(u, 0, u.size(), /*month_alone=*/true);
  ASSERT_EQ(d.size(), 2u);
  EXPECT_EQ(d[0].date.month, 10);
  EXPECT_EQ(d[0].date.day, 0);
  EXPECT_EQ(d[0].year_offset, 0);
  EXPECT_EQ(d[1].date.month, 3);
  EXPECT_EQ(d[1].year_offset, 1);
}

// An English month alone after next / this / last is a month of the year after, this year or the year before (as
// 明年3月), only when months alone are asked for; after another word it is none.
TEST(DatesTest, EnglishMonthAloneAfterNextThisOrLast) {
  auto u = ToU32("the summit in Minneapolis next September, the fair this May and the visit last March; in June");
  EXPECT_TRUE(FindDates(u, 0, u.size()).empty());
  auto d = FindDates(u, 0, u.size(), /*month_alone=*/true);
  ASSERT_EQ(d.size(), 3u);
  EXPECT_EQ(d[0].date.month, 9);
  EXPECT_EQ(d[0].year_offset, 1);
  EXPECT_FALSE(d[0].has_year);
  EXPECT_EQ(d[1].date.month, 5);
  EXPECT_EQ(d[1].year_offset, 0);
  EXPECT_EQ(d[2].date.month, 3);
  EXPECT_EQ(d[2].year_offset, -1);
}

// An itinerary's day written month/day with its weekday (10/7（三）; a range 2026/10/5(一)～10/9(五)); a bare
// fraction (1/2) or a month/day with no weekday is no date.
TEST(DatesTest, MonthSlashDayWithItsWeekday) {
  auto d = Find("‧ 10/7（三）");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_FALSE(d[0].has_year);
  EXPECT_EQ(d[0].date.month, 10);
  EXPECT_EQ(d[0].date.day, 7);
  auto r = Find("期間：2026/10/5(一)～10/9(五)");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].date.ToString(), "2026-10-05");
  EXPECT_EQ(r[0].range_end.ToString(), "2026-10-09");
  EXPECT_TRUE(Find("約1/2的城市").empty());
  EXPECT_TRUE(Find("比數3/5").empty());
}

TEST(DatesTest, ImpossibleDatesAreNotDates) {
  EXPECT_TRUE(Find("13月40日").empty());
  EXPECT_TRUE(Find("共24,878件").empty());
}

// Official documents write dates in Chinese numerals: the Republic's year with 百 or digit by digit (〇 and ○ as zero),
// the Gregorian year digit by digit, months and days with 十 (and 廿). A span of years (五十年, 一百年), a count (三日),
// an ordinal (第七十一屆) or a list's number (一、) is no date.
TEST(DatesTest, ChineseNumerals) {
  auto d = Find("出國期間：中華民國一百零三年三月二十一日至三月廿五日");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].date.ToString(), "2014-03-21");
  EXPECT_EQ(d[0].range_end.ToString(), "2014-03-25");
  d = Find("出國日期：一○八年十二月一日至一〇八年十二月三十一日；報告於二〇二〇年一月送出");
  ASSERT_EQ(d.size(), 2u);
  EXPECT_EQ(d[0].date.ToString(), "2019-12-01");
  EXPECT_EQ(d[0].range_end.ToString(), "2019-12-31");
  EXPECT_EQ(d[1].date.ToString(), "2020-01");
  d = Find("一、十月十日上午抵達，十一月二日返國");
  ASSERT_EQ(d.size(), 2u);
  EXPECT_EQ(d[0].date.month, 10);
  EXPECT_EQ(d[0].date.day, 10);
  EXPECT_FALSE(d[0].has_year);
  EXPECT_EQ(d[1].date.month, 11);
  EXPECT_EQ(d[1].date.day, 2);
  EXPECT_EQ(Find("一百一十二年七月")[0].date.ToString(), "2023-07");
  d = Find("○十月五日抵達");  // (a bullet, not a zero)
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].date.day, 5);
  EXPECT_EQ(Find("預計於民國一百二十年完工")[0].date.ToString(), "2031");
  EXPECT_TRUE(Find("兩市交流五十年來，第七十一屆年會為期三日，百年老店一年一度").empty());
  EXPECT_TRUE(Find("締約一百年，十三個城市").empty());
  EXPECT_TRUE(Find("二十三月四十日").empty());
}

}  // namespace
}  // namespace citykg::extract
