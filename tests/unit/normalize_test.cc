#include "extract/normalize.h"

#include <gtest/gtest.h>

namespace citykg::extract {
namespace {

TEST(NormalizeTest, NfkcFoldsFullWidthForms) {
  auto n = Normalize("（ＵＣＬＧ）１２３");
  EXPECT_EQ(ToUtf8(n.text), "(UCLG)123");
}

// A circled number numbers an item: (2), not a digit running into the date after it (②11月4日 is no 211月); the
// offsets of what it becomes all point at it.
TEST(NormalizeTest, CircledNumbersBecomeItemNumbers) {
  auto n = Normalize("②11月4日 ❶抵達 ⑫");
  EXPECT_EQ(ToUtf8(n.text), "(2)11月4日 (1)抵達 (12)");
  EXPECT_EQ(n.to_original[0], 0u);
  EXPECT_EQ(n.to_original[2], 0u);
  EXPECT_EQ(n.to_original[3], 1u);
}

TEST(NormalizeTest, FoldedTextHasVariantsFoldedAndSameLength) {
  auto n = Normalize("台中巿政府 UCLG");
  ASSERT_EQ(n.text.size(), n.folded.size());
  EXPECT_EQ(ToUtf8(n.folded), "臺中市政府 uclg");
  EXPECT_EQ(ToUtf8(n.text), "台中巿政府 UCLG");
}

// Japanese forms fold to the traditional forms the gazetteer writes (静岡県 = 靜岡縣, 神戸 = 神戶, 沖縄 = 沖繩); the
// text keeps them as written. Characters of their own in traditional Chinese (芸) stay.
TEST(NormalizeTest, JapaneseFormsFoldToTraditional) {
  auto n = Normalize("静岡県 神戸 沖縄 芸");
  EXPECT_EQ(ToUtf8(n.folded), "靜岡縣 神戶 沖繩 芸");
  EXPECT_EQ(ToUtf8(n.text), "静岡県 神戸 沖縄 芸");
  EXPECT_EQ(TraditionalForms("副県長"), "副縣長");
  EXPECT_EQ(TraditionalForms("Mayor 市長"), "Mayor 市長");
}

// Text copied out of a PDF with a space between every character loses those spaces (Latin words keep theirs, runs of
// spaces stay); offsets still map back. A text with a few spaces between words keeps them.
TEST(NormalizeTest, SpacedOutCharactersAreJoined) {
  auto n = Normalize("嘉 義 市 政 府 出 國 報 告\n服 務 機 關 : 嘉 義 市 政 府\n拜 會 市 長 John Smith 。\n甲 方 代 表    乙 方\n");
  EXPECT_EQ(ToUtf8(n.text), "嘉義市政府出國報告\n服務機關:嘉義市政府\n拜會市長John Smith。\n甲方代表    乙方\n");
  const std::string original = "嘉 義 市 政 府 出 國 報 告\n服 務 機 關 : 嘉 義 市 政 府\n拜 會 市 長 John Smith 。\n甲 方 代 表    乙 方\n";
  const auto orig = ToU32(original);
  ASSERT_EQ(n.to_original.size(), n.text.size() + 1);
  for (size_t k = 0; k < n.text.size(); ++k) EXPECT_EQ(orig[n.to_original[k]], n.text[k]) << k;
  auto kept = Normalize("姓名職稱:局長 林建宏、科長 陳怡君\n出國人員:市長 王大明\n地點:日本 東京\n");
  EXPECT_EQ(ToUtf8(kept.text), "姓名職稱:局長 林建宏、科長 陳怡君\n出國人員:市長 王大明\n地點:日本 東京\n");
}

// Markdown's bold marks go (a report exported from a wiki); a single asterisk (a footnote's) stays.
TEST(NormalizeTest, MarkdownBoldMarksGo) {
  auto n = Normalize("- **出國人員**：局長 **周建安**、科長*\n");
  EXPECT_EQ(ToUtf8(n.text), "- 出國人員:局長 周建安、科長*\n");
  const auto orig = ToU32("- **出國人員**：局長 **周建安**、科長*\n");
  ASSERT_EQ(n.to_original.size(), n.text.size() + 1);
  EXPECT_EQ(orig[n.to_original[3]], U'國');
}

// Simplified forms fold to traditional ones too (a mainland newspaper's report appended: 厦门国际会议中心), but not
// characters of their own in traditional Chinese (于, 范, 杰 are surnames; 筑 is in 筑波).
TEST(NormalizeTest, SimplifiedFormsFoldToTraditional) {
  auto n = Normalize("厦门国际会议中心 郑志强 于 范 杰 筑波 海峡两岸");
  EXPECT_EQ(ToUtf8(n.folded), "廈門國際會議中心 鄭志強 于 范 杰 筑波 海峽兩岸");
  EXPECT_EQ(ToUtf8(n.text), "厦门国际会议中心 郑志强 于 范 杰 筑波 海峡两岸");
}

TEST(NormalizeTest, OffsetsMapBackToTheOriginal) {
  // Full-width parentheses become one character each; a CRLF becomes one LF.
  std::string original = "甲（乙）\r\n丙";
  auto n = Normalize(original);
  ASSERT_EQ(ToUtf8(n.text), "甲(乙)\n丙");
  ASSERT_EQ(n.to_original.size(), n.text.size() + 1);
  EXPECT_EQ(n.to_original[0], 0u);
  EXPECT_EQ(n.to_original[2], 2u);  // 乙
  EXPECT_EQ(n.to_original[5], 6u);  // 丙 after CR LF
  EXPECT_EQ(n.to_original.back(), 7u);
}

TEST(NormalizeTest, JoinsLineBreaksInsideASentence) {
  std::string text = "總部設於西班牙巴塞隆納之「世界大都會協會」成立於 1985 年，會員皆為擁有 100 萬以上人口之大都市，宗旨為提供會員城市相互學習之國際交流平台，係一以城市及地方政府為成員主\n\n體之國際組織，為本市參與之重要國際組織。";
  auto n = Normalize(text);
  EXPECT_NE(ToUtf8(n.text).find("成員主體之國際組織"), std::string::npos);
  // The join is reflected in the offset map: the character after the join comes from after the newlines.
  size_t pos = ToUtf8(n.text).find("體");
  ASSERT_NE(pos, std::string::npos);
}

TEST(NormalizeTest, JoinsNoFieldLabelAndMeasuresEachLineByItself) {
  // A report's long title over a blank line over a cover's field (服務機關：…) stays apart from it; a short line joined to a
  // long one (the end of a sentence the long one started) is no long line: the next line is not joined to it.
  std::string title = "出席「二〇二六年亞太城市永續發展暨氣候調適高峰會」並拜會日本東京都政府、橫濱市政府、川崎市政府、千葉縣政府及埼玉縣政府出國報告";
  auto n = Normalize(title + "\n\n服務機關：高雄市政府\n");
  EXPECT_NE(ToUtf8(n.text).find("出國報告\n"), std::string::npos);
  std::string long_line = "本次論壇由亞太城市首長共同出席，會中討論氣候調適、韌性城市、低碳交通、循環經濟及綠色金融等議題，並由各城市分享其推動成果";
  auto m = Normalize(long_line + "\n與未來規劃\n下午拜會橫濱市政府。");
  EXPECT_NE(ToUtf8(m.text).find("推動成果與未來規劃\n下午"), std::string::npos);
}

TEST(NormalizeTest, KeepsShortCaptionLinesApart) {
  auto n = Normalize("蔣市長於東京都歡迎晚宴與巴黎市副市長合影並交換意見\n\n\n\n蔣市長於東京都歡迎晚宴上與東京都知事寒暄交流");
  EXPECT_NE(ToUtf8(n.text).find("意見\n"), std::string::npos);
}

TEST(NormalizeTest, KeepsHeadingsAndListItemsOnTheirOwnLines) {
  auto n = Normalize("二、行程內容\n\n(一) 5月15日\n\n蔣萬安市長偕同臺北市政府訪團成員於5月15日中午抵達日本");
  EXPECT_NE(ToUtf8(n.text).find("行程內容\n"), std::string::npos);
  EXPECT_NE(ToUtf8(n.text).find("5月15日\n"), std::string::npos);
}

TEST(NormalizeTest, OcrMisreadOfDayAfterADigitIsFixed) {
  // A scanned report's OCR reads 日 as 曰 (２０２６年９月１０曰); full-width digits become ASCII first. 曰 elsewhere stays.
  auto n = Normalize("出國期間：２０２６年９月７日至９月１０曰\n子曰學而時習之");
  EXPECT_EQ(ToUtf8(n.text), "出國期間:2026年9月7日至9月10日\n子曰學而時習之");
  EXPECT_EQ(n.to_original.size(), n.text.size() + 1);
}

TEST(NormalizeTest, BoxDrawnTableRowsBecomeTabbedRows) {
  // Bars between cells become tabs; the bars at the ends, the rules and the padding spaces; one character for one.
  auto n = Normalize("┌──┬──┐\n│王大明│副市長　│\n└──┴──┘\n│不是表格");
  EXPECT_EQ(ToUtf8(n.text), "       \n 王大明\t副市長  \n       \n 不是表格");
  EXPECT_EQ(n.to_original.size(), n.text.size() + 1);
}

TEST(NormalizeTest, MatchKeyFollowsTheContract) {
  EXPECT_EQ(MatchKey("台中市"), MatchKey("臺中市"));
  EXPECT_EQ(MatchKey("Māris Sprindžuks"), MatchKey("Maris Sprindzuks"));
  EXPECT_EQ(MatchKey("Dr. Merit E. Janow"), MatchKey("DrMeritEJanow"));
  EXPECT_EQ(MatchKey("Kim Tae-Soo"), MatchKey("kim tae soo"));
  EXPECT_EQ(MatchKey("克勞蒂亞·高爾丁"), MatchKey("克勞蒂亞高爾丁"));
  EXPECT_NE(MatchKey("臺東市"), MatchKey("臺東縣"));
}

}  // namespace
}  // namespace citykg::extract
