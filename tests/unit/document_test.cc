#include "extract/document.h"

#include <gtest/gtest.h>
#include <unicode/ucnv.h>

#include <fstream>

#include "test_util.h"

namespace citykg::extract {
namespace {

std::string Encode(const char* charset, const std::string& utf8) {
  UErrorCode status = U_ZERO_ERROR;
  std::string out(utf8.size() * 4 + 16, '\0');
  int32_t n = ucnv_convert(charset, "UTF-8", out.data(), static_cast<int32_t>(out.size()), utf8.data(),
                           static_cast<int32_t>(utf8.size()), &status);
  EXPECT_TRUE(U_SUCCESS(status)) << u_errorName(status);
  out.resize(static_cast<size_t>(n));
  return out;
}

const std::string kText = "臺北市柯文哲市長率團赴上海出席雙城論壇，並會見上海市應勇市長。臺灣與日本的交流持續深化。";

TEST(DocumentTest, PlainUtf8) {
  auto r = DecodeToUtf8(kText);
  ASSERT_TRUE(r.ok);
  EXPECT_EQ(r.encoding, "UTF-8");
  EXPECT_EQ(r.utf8, kText);
}

TEST(DocumentTest, Utf8WithBom) {
  auto r = DecodeToUtf8("\xEF\xBB\xBF" + kText);
  ASSERT_TRUE(r.ok);
  EXPECT_EQ(r.encoding, "UTF-8 (BOM)");
  EXPECT_EQ(r.utf8, kText);
}

TEST(DocumentTest, Utf16LittleEndianWithBom) {
  std::string bytes = "\xFF\xFE" + Encode("UTF-16LE", kText);
  auto r = DecodeToUtf8(bytes);
  ASSERT_TRUE(r.ok) << r.reason;
  EXPECT_EQ(r.encoding, "UTF-16LE");
  EXPECT_EQ(r.utf8, kText);
}

TEST(DocumentTest, Utf16BigEndianWithBom) {
  std::string bytes = "\xFE\xFF" + Encode("UTF-16BE", kText);
  auto r = DecodeToUtf8(bytes);
  ASSERT_TRUE(r.ok) << r.reason;
  EXPECT_EQ(r.utf8, kText);
}

TEST(DocumentTest, Big5IsDetectedAndDecoded) {
  auto r = DecodeToUtf8(Encode("windows-950-2000", kText));
  ASSERT_TRUE(r.ok) << r.reason;
  EXPECT_EQ(r.encoding, "Big5");
  EXPECT_EQ(r.utf8, kText);
}

TEST(DocumentTest, Gb18030IsDetectedAndDecoded) {
  const std::string simplified = "台北市柯文哲市长率团赴上海出席双城论坛，并会见上海市应勇市长。台湾与日本的交流持续深化，两市签署合作备忘录。";
  auto r = DecodeToUtf8(Encode("GB18030", simplified));
  ASSERT_TRUE(r.ok) << r.reason;
  EXPECT_EQ(r.encoding, "GB18030");
  EXPECT_EQ(r.utf8, simplified);
}

TEST(DocumentTest, BinaryJunkIsRejected) {
  std::string junk;
  for (int i = 0; i < 4096; ++i) junk.push_back(static_cast<char>((i * 131) % 256));
  auto r = DecodeToUtf8(junk);
  EXPECT_FALSE(r.ok);
  EXPECT_NE(r.reason.find("binary"), std::string::npos);
}

TEST(DocumentTest, AFewInvalidBytesAreReplacedAndReported) {
  std::string text = kText + "\xFF" + kText;
  auto r = DecodeToUtf8(text);
  ASSERT_TRUE(r.ok);
  EXPECT_EQ(r.encoding, "UTF-8");
  EXPECT_EQ(r.first_bad, static_cast<int64_t>(kText.size()));
  EXPECT_NE(r.utf8.find("\xEF\xBF\xBD"), std::string::npos);
}

TEST(DocumentTest, ReadReportsMissingEmptyAndFolder) {
  testing::TempDir dir;
  auto missing = ReadDocument(dir / "nope.txt");
  ASSERT_FALSE(missing.doc);
  EXPECT_EQ(missing.diagnostics.at(0).reason, "no such file");
  std::ofstream(dir / "empty.txt") << "  \n";
  auto empty = ReadDocument(dir / "empty.txt");
  ASSERT_FALSE(empty.doc);
  EXPECT_EQ(empty.diagnostics.at(0).reason, "empty file");
  auto folder = ReadDocument(dir.path());
  EXPECT_FALSE(folder.doc);
  std::ofstream(dir / "x.doc", std::ios::binary) << std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) << "junk";
  auto doc = ReadDocument(dir / "x.doc");
  ASSERT_FALSE(doc.doc);
  EXPECT_NE(doc.diagnostics.at(0).reason.find("convert"), std::string::npos);
}

TEST(DocumentTest, ReadsASampleWithItsName) {
  auto r = ReadDocument(testing::SourcePath("samples/003_125fcdfc40029818.txt"));
  ASSERT_TRUE(r.doc);
  EXPECT_EQ(r.doc->name, "003_125fcdfc40029818.txt");
  EXPECT_EQ(r.doc->encoding, "UTF-8");
}

// Plain text copied out of a PDF with its page furniture: running headers with the page number and page-number lines
// are dropped, and a sentence the page break split is joined; day headings of an itinerary (第1天) stay.
TEST(DocumentTest, PageFurnitureIsDropped) {
  std::string text =
      "高雄市政府出國報告\n"
      "高雄市政府海洋局出國報告　　　　　　第 1 頁\n\n"
      "一、下午本局許局長於「港灣城市轉型」場次報告高雄亞洲新灣區之開發成果，與談人包括日本橫濱市港灣局長佐藤健一\n\n"
      "高雄市政府海洋局出國報告　　　　　　第 2 頁\n\n"
      "及越南峴港市人民委員會副主席阮文雄。\n"
      "第1天\n參訪港區。\n第2天\n參訪港區。\n第3天\n返國。\n"
      "- 3 -\n"
      "二、拜會釜山廣域市政府。\n";
  auto r = ReadDocumentBytes("furniture.txt", text);
  ASSERT_TRUE(r.doc.has_value());
  EXPECT_EQ(r.doc->text.find("第 1 頁"), std::string::npos);
  EXPECT_EQ(r.doc->text.find("- 3 -"), std::string::npos);
  EXPECT_NE(r.doc->text.find("港灣局長佐藤健一及越南峴港市"), std::string::npos);
  EXPECT_NE(r.doc->text.find("第1天\n"), std::string::npos);
  EXPECT_NE(r.doc->text.find("第3天\n"), std::string::npos);
  EXPECT_NE(r.doc->text.find("返國。\n二、拜會"), std::string::npos);
  // A text with no page numbers comes back unchanged.
  auto plain = ReadDocumentBytes("plain.txt", kText + "\n" + kText + "\n");
  ASSERT_TRUE(plain.doc.has_value());
  EXPECT_EQ(plain.doc->text, kText + "\n" + kText + "\n");
}

}  // namespace
}  // namespace citykg::extract

namespace citykg::extract {
namespace {

// Issue #5: a Big5 copy of a sample gives the same facts as the UTF-8 original (only the recorded encoding differs).
TEST(DocumentTest, Big5CopyOfASampleGivesTheSameFacts) {
  for (const char* name : {"002_8807167dc49e63b6.txt", "003_125fcdfc40029818.txt"}) {  // the samples Big5 can hold
    std::ifstream in(testing::SourcePath(std::string("samples/") + name), std::ios::binary);
    std::string utf8((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::string big5 = Encode("windows-950-2000", utf8);
    ReadResult a = ReadDocumentBytes(name, utf8), b = ReadDocumentBytes(name, big5);
    ASSERT_TRUE(a.doc && b.doc) << name;
    EXPECT_EQ(a.doc->encoding, "UTF-8");
    EXPECT_EQ(b.doc->encoding, "Big5");
    EXPECT_EQ(a.doc->text, b.doc->text) << name;
    ExtractedDocument x = testing::SharedExtractor().Extract(*a.doc), y = testing::SharedExtractor().Extract(*b.doc);
    ASSERT_EQ(x.entities.size(), y.entities.size()) << name;
    for (size_t i = 0; i < x.entities.size(); ++i) EXPECT_EQ(x.entities[i].key, y.entities[i].key);
    ASSERT_EQ(x.relations.size(), y.relations.size()) << name;
    for (size_t i = 0; i < x.relations.size(); ++i) {
      EXPECT_EQ(x.relations[i].title, y.relations[i].title);
      EXPECT_EQ(x.relations[i].evidence.quote, y.relations[i].evidence.quote);
    }
    EXPECT_GT(x.relations.size(), 5u) << name;
  }
}

// Does the document say that `a` met `b`?
bool Met(const ExtractedDocument& d, const std::string& a, const std::string& b) {
  for (const auto& rel : d.relations)
    if (rel.kind == ontology::RelationKind::kMetWith && d.entities[static_cast<size_t>(rel.from)].label == a &&
        d.entities[static_cast<size_t>(rel.to)].label == b)
      return true;
  return false;
}

// A text hard-wrapped at one width (copied out of a PDF) is read with its wrapped lines joined; headings, short lines
// and lines ending a sentence stay; a text not wrapped so comes back unchanged.
TEST(DocumentTest, HardWrappedTextIsJoined) {
  std::string wrapped =
      "嘉義縣政府出國報告\n"
      "壹、目的\n"
      "本縣與韓國安東市自2018年締結友好城市以來，在文化藝術\n"
      "及觀光方面交流頻繁。本次應安東市長權赫秀邀請，由本府文化\n"
      "觀光局蔡局長率本縣民俗表演團出席「2026安東國際假面舞\n"
      "節」，並進行城市交流。\n"
      "貳、過程\n"
      "一、9月26日下午，蔡局長一行拜會安東市廳，由副市長金容\n"
      "俊接待，雙方就觀光合作交換意見，並約定明年互訪及表演團\n"
      "交流，安東市並將派員參加本縣明年舉辦之國際藝術節活動。\n";
  auto r = ReadDocumentBytes("wrapped.txt", wrapped);
  ASSERT_TRUE(r.doc.has_value());
  EXPECT_NE(r.doc->text.find("在文化藝術及觀光方面"), std::string::npos);
  EXPECT_NE(r.doc->text.find("「2026安東國際假面舞節」"), std::string::npos);
  EXPECT_NE(r.doc->text.find("副市長金容俊接待"), std::string::npos);
  EXPECT_NE(r.doc->text.find("壹、目的\n"), std::string::npos);
  EXPECT_NE(r.doc->text.find("派員參加本縣明年舉辦之國際藝術節活動。\n"), std::string::npos);
  auto plain = ReadDocumentBytes("plain.txt", kText + "\n" + kText + "\n短句。\n" + kText + "\n");
  ASSERT_TRUE(plain.doc.has_value());
  EXPECT_EQ(plain.doc->text, kText + "\n" + kText + "\n短句。\n" + kText + "\n");
}

// A line of prose broken by hand right after a name's Latin gloss goes on in the next line; a heading ending in a gloss,
// a list item or a field after one, and a text with no such break stay as they were.
TEST(DocumentTest, ALineBrokenAfterAGlossIsJoined) {
  const std::string text =
      "基隆市政府出國報告\n"
      "一、拜會京畿道廳（Gyeonggi Provincial Office）\n"
      "6月9日上午參訪仁川港灣公社，由社長金東植（Kim Dong-sik）\n"
      "簡報仁川港營運現況。\n"
      "二、下午拜會仁川市議會，由議長李正浩（Lee Jeong-ho）\n"
      "地點：仁川市議會\n"
      "\n";
  auto r = ReadDocumentBytes("broken.txt", text);
  ASSERT_TRUE(r.doc.has_value());
  EXPECT_NE(r.doc->text.find("由社長金東植（Kim Dong-sik）簡報仁川港營運現況。"), std::string::npos) << r.doc->text;
  EXPECT_NE(r.doc->text.find("（Gyeonggi Provincial Office）\n6月9日"), std::string::npos) << r.doc->text;
  EXPECT_NE(r.doc->text.find("（Lee Jeong-ho）\n地點"), std::string::npos) << r.doc->text;
  EXPECT_TRUE(r.doc->text.ends_with("\n\n")) << r.doc->text;
}

// A page in two columns as pdftotext -layout saves it is read column by column, each with its wrapped lines joined; a
// list of fields padded with spaces to one column is no such layout and stays as it is.
TEST(DocumentTest, TwoColumnPageIsReadColumnByColumn) {
  auto pad = [](const std::string& left, size_t width) {  // to a display width (a CJK character counts two)
    size_t w = 0;
    for (size_t i = 0; i < left.size(); ++i) {
      unsigned char c = static_cast<unsigned char>(left[i]);
      if ((c & 0xC0) == 0x80) continue;
      w += c >= 0xE3 ? 2 : 1;
    }
    return left + std::string(width - w, ' ');
  };
  const std::vector<std::pair<std::string, std::string>> rows = {
      {"高雄市長率團訪問釜山", "副市長出席亞洲港灣城市論壇"},
      {"", ""},
      {"高雄市長王大明於5月3日率團訪問韓國", "高雄市副市長陳小玲於6月8日赴日本橫濱"},
      {"釜山廣域市，與釜山市長金正浩會面，", "市出席「2026亞洲港灣城市論壇」，並與"},
      {"雙方同意擴大港口物流及觀光合作。", "橫濱市長山田太郎會談，交流港灣再生經"},
      {"", "驗。"},
  };
  std::string text = "高雄市政府國際通訊　第12期\n\n";
  for (const auto& [l, r] : rows) text += (r.empty() ? l : pad(l, 40) + r) + "\n";
  auto doc = ReadDocumentBytes("columns.txt", text);
  ASSERT_TRUE(doc.doc.has_value());
  const std::string& t = doc.doc->text;
  EXPECT_NE(t.find("率團訪問韓國釜山廣域市，與釜山市長金正浩會面，雙方同意"), std::string::npos) << t;
  EXPECT_NE(t.find("赴日本橫濱市出席「2026亞洲港灣城市論壇」，並與橫濱市長山田太郎會談，交流港灣再生經驗。"), std::string::npos) << t;
  EXPECT_LT(t.find("擴大港口物流"), t.find("副市長出席"));
  std::string fields = "出國人員\n";
  for (const char* line : {"副市長            王大明", "秘書長            陳小玲", "經濟發展局局長    林志明", "科長              張家豪"})
    fields += std::string(line) + "\n";
  auto list = ReadDocumentBytes("fields.txt", fields);
  ASSERT_TRUE(list.doc.has_value());
  EXPECT_EQ(list.doc->text, fields);
}

// A whole CSV file of releases (an open-data export: a header line, quoted fields holding commas, line breaks and
// doubled quotes) is read as blocks of fields, one per record; a report with a few comma-separated rows pasted in is not.
TEST(DocumentTest, CsvExportIsReadAsFields) {
  std::string csv =
      "標題,發布日期,內容\n"
      "\"高雄市長接見橫濱市長\",2026-10-01,\"高雄市長王大明今日接見日本橫濱市長佐藤一郎，雙方簽署備忘錄。\n"
      "下午參訪高雄港，並出席\"\"港灣之夜\"\"晚宴。\"\n"
      "\"副市長出席論壇\",2026-10-05,\"副市長陳小玲出席論壇, 並致詞。\"\n";
  auto r = ReadDocumentBytes("releases.csv.txt", csv);
  ASSERT_TRUE(r.doc.has_value());
  const std::string& t = r.doc->text;
  EXPECT_NE(t.find("標題：高雄市長接見橫濱市長\n發布日期：2026-10-01\n內容：高雄市長王大明今日接見"), std::string::npos) << t;
  EXPECT_NE(t.find("並出席\"港灣之夜\"晚宴。\n\n標題：副市長出席論壇"), std::string::npos) << t;
  EXPECT_NE(t.find("內容：副市長陳小玲出席論壇, 並致詞。"), std::string::npos) << t;
  std::string report = "高雄市政府出國報告\n序號,姓名,職稱\n1,王大明,副市長\n2,陳小玲,秘書長\n";
  auto plain = ReadDocumentBytes("report.txt", report);
  ASSERT_TRUE(plain.doc.has_value());
  EXPECT_EQ(plain.doc->text, report);
  std::string ragged = "標題,發布日期,內容\n\"一\",2026-10-01\n";
  auto bad = ReadDocumentBytes("ragged.txt", ragged);
  ASSERT_TRUE(bad.doc.has_value());
  EXPECT_EQ(bad.doc->text, ragged);
}

// Participants exported with semicolons (姓名;國家;城市;職稱) are read as a tabbed table: rows of a Latin name, its
// country and city, a unit's head's title; prose with semicolons is not.
TEST(DocumentTest, SemicolonRowsAreATable) {
  const std::string text =
      "高雄市政府主辦論壇成果報告\n與會城市代表名單（報名系統匯出）\n姓名;國家;城市;職稱\nKenji Sato;日本;神戶市;港灣局長\n"
      "Park Ji-won;韓國;釜山廣域市;副市長\n";
  auto r = ReadDocumentBytes("participants.txt", text);
  ASSERT_TRUE(r.doc.has_value());
  EXPECT_NE(r.doc->text.find("Kenji Sato\t日本\t神戶市\t港灣局長"), std::string::npos);
  ExtractedDocument d = testing::SharedExtractor().Extract(*r.doc);
  bool kenji = false, park = false;
  for (const auto& rel : d.relations) {
    if (rel.kind != ontology::RelationKind::kPost) continue;
    const std::string& who = d.entities[static_cast<size_t>(rel.from)].label;
    const std::string& where = d.entities[static_cast<size_t>(rel.to)].label;
    kenji = kenji || (who == "Kenji Sato" && where == "神戶市" && rel.title == "港灣局長");
    park = park || (who == "Park Ji-won" && where == "釜山廣域市" && rel.role == ontology::Role::kDeputyMayor);
  }
  EXPECT_TRUE(kenji);
  EXPECT_TRUE(park);
  const std::string prose = "本市將推動三項工作;一為觀光;二為教育;三為產業。\n另有兩項;一為交通;二為環保;三為文化。\n";
  auto p = ReadDocumentBytes("prose.txt", prose);
  ASSERT_TRUE(p.doc.has_value());
  EXPECT_EQ(p.doc->text, prose);
}

// A release saved as its web page's HTML source is read as the page's text: a line a block, tags and scripts out,
// character references decoded; the facts come out as from the text; a text that only mentions <html> is left alone.
TEST(DocumentTest, HtmlSourceIsReadAsItsText) {
  const std::string html =
      "<!DOCTYPE html>\n<html><head><title>高雄市政府新聞稿</title><script>var x = '<p>';</script></head><body>\n"
      "<h2>日本熊本市長訪高雄</h2>\n<p>日本熊本市長<strong>佐藤一郎</strong>今日訪問高雄，由高雄市長王大明接見&amp;會談。</p>\n"
      "<p>下午由海洋局局長&nbsp;陳小玲&nbsp;陪同參觀&#39;港區&#39;。</p></body></html>\n";
  auto r = ReadDocumentBytes("release.html", html);
  ASSERT_TRUE(r.doc.has_value());
  const std::string& t = r.doc->text;
  EXPECT_EQ(t.find('<'), std::string::npos) << t;
  EXPECT_EQ(t.find("var x"), std::string::npos) << t;
  EXPECT_NE(t.find("高雄市政府新聞稿\n日本熊本市長訪高雄\n日本熊本市長佐藤一郎今日訪問高雄，由高雄市長王大明接見&會談。\n"), std::string::npos) << t;
  EXPECT_NE(t.find("局長 陳小玲 陪同參觀'港區'。"), std::string::npos) << t;
  ExtractedDocument d = testing::SharedExtractor().Extract(*r.doc);
  EXPECT_TRUE(Met(d, "王大明", "佐藤一郎"));
  EXPECT_TRUE(LooksLikeReport("page.html"));
  EXPECT_TRUE(LooksLikeReport("export.csv"));
  const std::string plain = "本市網站改版，首頁以<html>撰寫。\n";
  auto p = ReadDocumentBytes("plain.txt", plain);
  ASSERT_TRUE(p.doc.has_value());
  EXPECT_EQ(p.doc->text, plain);
}

// A Word document saved as Rich Text (.rtf) is read as its text: Unicode escapes (\uN?) as Word writes Chinese, or the
// code page's bytes (\'hh under \ansicpg950); the font table and other groups of no text are dropped; facts come out.
TEST(DocumentTest, RtfIsReadAsItsText) {
  const std::string utf8 = "日本熊本市長佐藤一郎今日訪問高雄，由高雄市長王大明接見。";
  std::string escaped;  // as Word writes it: \uN? per character (N a signed 16-bit number), ASCII as it is
  for (char32_t c : ToU32(utf8)) {
    if (c < 0x80) {
      escaped += static_cast<char>(c);
    } else {
      const int n = c > 0x7FFF ? static_cast<int>(c) - 65536 : static_cast<int>(c);
      escaped += "\\u" + std::to_string(n) + "?";
    }
  }
  const std::string rtf = "{\\rtf1\\ansi\\ansicpg950\\deff0{\\fonttbl{\\f0\\fnil \\'b7\\'73\\'b2\\'d3\\'a9\\'fa\\'c5\\'e9;}}"
                          "{\\*\\generator Riched20;}\\uc1\\pard\\f0\\fs24 " + escaped + "\\par\n}";
  auto r = ReadDocumentBytes("release.rtf", rtf);
  ASSERT_TRUE(r.doc.has_value());
  EXPECT_EQ(r.doc->text, utf8 + "\n");
  ExtractedDocument d = testing::SharedExtractor().Extract(*r.doc);
  EXPECT_TRUE(Met(d, "王大明", "佐藤一郎"));
  // The same text as the code page's bytes.
  std::string hex;
  for (unsigned char b : Encode("windows-950-2000", utf8)) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "\\'%02x", b);
    hex += buf;
  }
  auto b = ReadDocumentBytes("big5.rtf", "{\\rtf1\\ansi\\ansicpg950 " + hex + "\\par}");
  ASSERT_TRUE(b.doc.has_value());
  EXPECT_EQ(b.doc->text, utf8 + "\n");
  EXPECT_TRUE(LooksLikeReport("report.rtf"));
}

// A PDF's text hard-wrapped at a display width with Latin words kept whole (a line ends short where the next word
// would not fit), page numbers between full-width dashes with no 頁 anywhere, a running header with no number after
// each of them, and a title split by a page break: the headers and numbers go, the halves are joined, the wrapped lines
// too (also the one ending before a Latin word), and a cover's title line as wide as the text does not run into the
// field below it.
TEST(DocumentTest, PdfTextWithDashedPageNumbersHeadersAndWordWraps) {
  std::string text =
      "屏東縣政府因公出國報告\n\n"
      "出國報告名稱：赴荷蘭出席「2026歐洲智慧農業週」並拜會瓦赫寧根市政府與海爾德蘭省\n"
      "服務機關：屏東縣政府\n\n"
      "摘要\n"
      "歐洲智慧農業週（European Smart Farming Week）由瓦赫寧根大學研究中心（\n"
      "Wageningen University & Research）主辦，2026年於5月12日在瓦赫寧根舉行，\n"
      "吳縣長應邀於開幕論壇以「臺灣熱帶農業與智慧灌溉」為題發表專題演講，並拜會\n"
      "瓦赫寧根市政府及海爾德蘭省政府，推動農業科技及人才交流。會後與瓦赫寧根市\n"
      "長（Burgemeester）Geert van Rumund及大學校長Sjoukje Heimovaara就雙方合作\n"
      "\n－ 2 －\n\n屏東縣政府出國報告\n\n"
      "交換意見，並邀請荷方明年組團參加屏東熱帶農業博覽會。論壇期間另與比利時、\n"
      "德國及法國之農業城市代表交流，分享臺灣熱帶農業經驗，雙方同意持續推動城市\n"
      "間之農業科技交流，並研議簽署合作備忘錄及籌組聯合工作小組。本府並將持續參\n"
      "與歐洲智慧農業週，以拓展歐洲市場及合作網絡，建議明年持續組團參加。\n"
      "\n－ 3 －\n\n屏東縣政府出國報告\n\n"
      "貳、心得及建議\n";
  auto r = ReadDocumentBytes("pdf.txt", text);
  ASSERT_TRUE(r.doc.has_value());
  const std::string& t = r.doc->text;
  EXPECT_EQ(t.find("－ 2 －"), std::string::npos);
  EXPECT_EQ(t.find("屏東縣政府出國報告"), std::string::npos);
  EXPECT_NE(t.find("屏東縣政府因公出國報告\n"), std::string::npos);
  EXPECT_NE(t.find("海爾德蘭省\n服務機關"), std::string::npos);
  EXPECT_NE(t.find("研究中心（Wageningen University & Research）主辦"), std::string::npos);
  EXPECT_NE(t.find("並拜會瓦赫寧根市政府"), std::string::npos);
  EXPECT_NE(t.find("就雙方合作交換意見"), std::string::npos);
  EXPECT_NE(t.find("持續參與歐洲智慧農業週"), std::string::npos);
  EXPECT_NE(t.find("組團參加。\n"), std::string::npos);
  EXPECT_NE(t.find("貳、心得及建議\n"), std::string::npos);
}

// A PDF's text of two pages: one page number, then a form feed and the report's first line repeated as the next page's
// running header, between two lines of one sentence: the header goes (seen once, it is the title line) and the halves
// are joined; the title line itself stays.
TEST(DocumentTest, ATitleRepeatedOnceAfterAPageNumberIsARunningHeader) {
  std::string text =
      "基隆市政府出國報告\n\n"
      "出國類別：開會\n"
      "二、5月19日上午拜會熱那亞市政府，由副市長洛倫佐．瓦萊（Lorenzo Valle）接見，雙方交換意見，\n"
      "\n                                        第 1 頁，共 2 頁\n"
      "\f基隆市政府出國報告\n"
      "熱那亞市港口及海洋經濟局局長西蒙娜．羅曼諾（Simona Romano）亦在座。\n"
      "\n                                        第 2 頁，共 2 頁\n";
  auto r = ReadDocumentBytes("pdf2.txt", text);
  ASSERT_TRUE(r.doc.has_value());
  const std::string& t = r.doc->text;
  EXPECT_NE(t.find("基隆市政府出國報告\n\n出國類別"), std::string::npos);
  EXPECT_EQ(t.find("報告熱那亞"), std::string::npos);
  EXPECT_NE(t.find("雙方交換意見，熱那亞市港口"), std::string::npos);
  EXPECT_EQ(t.find("第 1 頁"), std::string::npos);
}

// A short report as pdftotext saves a PDF with no page numbers or running headers: lines wrapped at the page's width under
// a cover of short fields (fewer full lines than a third of the text's), each page's first line opening with a form feed,
// here inside a sentence, right before a name (由會長⏎\f比嘉美由紀簡報). The wrapped lines are joined, the sentence
// whole, and the form feed kept at the start of the line after the joined one.
TEST(DocumentTest, AFormFeedInsideASentenceOfAShortWrappedReport) {
  std::string text =
      "臺東縣政府出國報告\n\n服務機關：臺東縣政府\n出國期間：2026年3月2日至3月5日\n報告日期：2026年4月1日\n\n壹、過程\n"
      "一、3月3日上午拜會沖繩縣廳，由副知事玉城浩二接見，雙方就島\n"
      "嶼觀光交流及航線開拓交換意見。隨後拜會沖繩觀光會議局，由會長\n"
      "\f比嘉美由紀簡報觀光推廣情形，並邀請本縣參加觀光展。下午參訪那\n"
      "霸港，由所長林美華簡報港埠設施及郵輪旅客通關流程。\n"
      "二、3月4日出席「2026沖繩島嶼觀光論壇」開幕式，並於論壇\n"
      "中以本縣推動慢活觀光之經驗為題發表演說，會後與各國代表交流觀\n"
      "光推廣意見。\n"
      "三、3月5日搭機返國。\n";
  auto r = ReadDocumentBytes("pdftotext.txt", text);
  ASSERT_TRUE(r.doc.has_value());
  const std::string& t = r.doc->text;
  EXPECT_NE(t.find("由會長比嘉美由紀簡報"), std::string::npos);
  EXPECT_NE(t.find("雙方就島嶼觀光交流"), std::string::npos);
  EXPECT_NE(t.find("通關流程。\n\f二、3月4日"), std::string::npos);
}

}  // namespace
}  // namespace citykg::extract
