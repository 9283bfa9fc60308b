#include "extract/detail/containers.h"

#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>
#include <pugixml.hpp>
#include <unicode/ucnv.h>
#include <unicode/utf16.h>
#include <zip.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <sstream>
#include <vector>

#include "extract/normalize.h"

namespace citykg::extract::detail {
namespace {

std::vector<std::string> Lines(const std::string& s) {
  std::vector<std::string> out;
  std::stringstream in(s);
  std::string line;
  while (std::getline(in, line)) out.push_back(line);
  return out;
}

std::string Trim(const std::string& s) {
  size_t b = s.find_first_not_of(" \t\r");
  if (b == std::string::npos) return {};
  size_t e = s.find_last_not_of(" \t\r");
  return s.substr(b, e - b + 1);
}

// Appends the lines to `out`, each on its own line except one that `full` says fills the width, ends in no sentence
// mark and is followed by text: it goes on in the next line (with a space between two Latin characters).
void AppendJoined(const std::vector<std::string>& lines, const std::function<bool(size_t)>& full, bool trim,
                  std::string* out) {
  // (A page's break, a form feed, may fall inside a sentence — pdftotext opens the next page's first line with it, the
  // PDF reader puts it on a line of its own: the halves are joined and the form feed moves to the start of the line after
  // the joined one, so that the page a sentence starts on is still told.)
  auto strip_ff = [](const std::string& line) { return !line.empty() && line[0] == '\f' ? line.substr(1) : line; };
  bool pending_ff = false, joining = false, ff_first = false;
  for (size_t k = 0; k < lines.size(); ++k) {
    if (ff_first && !(!lines[k].empty() && lines[k][0] == '\f')) *out += '\f';
    ff_first = false;
    const std::string line = joining ? strip_ff(lines[k]) : lines[k];
    if (joining && line.size() < lines[k].size()) pending_ff = true;
    std::string trimmed = Trim(line);
    *out += trim ? trimmed : line;
    std::u32string u = ToU32(trimmed);
    char32_t last = u.empty() ? 0 : u.back();
    bool ends_sentence = std::u32string_view(U"。！？：；」』)）.!?:;").find(last) != std::u32string_view::npos;
    // (The line after a page's break on a line of its own.)
    size_t next = k + 1;
    if (next + 1 < lines.size() && Trim(lines[next]) == "\f" && !Trim(lines[next + 1]).empty()) ++next;
    bool next_text = next < lines.size() && !Trim(strip_ff(lines[next])).empty();
    // (Not into a cover's field: a title line as wide as the text, then 服務機關：… on the next.)
    if (next_text) {
      const std::u32string after = ToU32(Trim(strip_ff(lines[next])));
      size_t label = 0;
      while (label < after.size() && label < 7 && after[label] >= 0x2E80 && after[label] != U'：') ++label;
      if (label >= 2 && label <= 6 && label < after.size() && after[label] == U'：') next_text = false;
    }
    if (full(k) && !ends_sentence && next_text) {
      char32_t first = ToU32(Trim(strip_ff(lines[next])))[0];
      if (last < 0x2E80 && first < 0x2E80) *out += ' ';
      if (next > k + 1) pending_ff = true;
      k = next - 1;
      joining = true;
      continue;
    }
    *out += '\n';
    ff_first = pending_ff;
    pending_ff = joining = false;
  }
  if (ff_first) *out += '\f';
}

// A header/footer key: digits folded (page numbers differ from page to page).
std::string Shape(const std::string& line) {
  std::string out;
  for (char c : Trim(line)) out.push_back((c >= '0' && c <= '9') ? '#' : c);
  return out;
}

}  // namespace

ContainerText PdfText(std::string_view bytes) {
  // poppler prints its own complaints ("Incorrect password", xref repairs) to stderr; the one-line reason below is
  // what citykg reports for the file.
  static std::once_flag quiet;
  std::call_once(quiet, [] { poppler::set_debug_error_function([](const std::string&, void*) {}, nullptr); });
  ContainerText r;
  r.encoding = "PDF";
  std::vector<char> data(bytes.begin(), bytes.end());
  std::unique_ptr<poppler::document> doc(poppler::document::load_from_raw_data(data.data(), static_cast<int>(data.size())));
  if (!doc) {
    r.reason = "broken or truncated PDF (poppler cannot open it)";
    return r;
  }
  if (doc->is_locked()) {
    r.reason = "encrypted PDF (it needs a password to open); decrypt it first: qpdf --password=PASSWORD --decrypt IN OUT";
    return r;
  }
  r.pages = doc->pages();
  std::vector<std::vector<std::string>> pages;
  for (int i = 0; i < r.pages; ++i) {
    std::unique_ptr<poppler::page> page(doc->create_page(i));
    if (!page) {
      pages.emplace_back();
      continue;
    }
    poppler::byte_array utf8 = page->text(page->page_rect(), poppler::page::raw_order_layout).to_utf8();
    pages.push_back(Lines(std::string(utf8.begin(), utf8.end())));
  }
  // Lines at the top or bottom of most pages (headers, footers, page numbers) are dropped.
  std::map<std::string, int> edge_count;
  for (const auto& p : pages) {
    std::vector<std::string> edges;
    for (size_t k = 0; k < p.size() && edges.size() < 2; ++k)
      if (!Trim(p[k]).empty()) edges.push_back(Shape(p[k]));
    for (size_t k = p.size(); k-- > 0 && edges.size() < 4;)
      if (!Trim(p[k]).empty()) edges.push_back(Shape(p[k]));
    std::sort(edges.begin(), edges.end());
    edges.erase(std::unique(edges.begin(), edges.end()), edges.end());
    for (const auto& e : edges) ++edge_count[e];
  }
  const int threshold = pages.size() >= 3 ? static_cast<int>(pages.size() / 2) + 1 : 1 << 30;
  size_t bad = 0, total = 0;
  auto width = [](const std::string& line) {
    size_t w = 0;
    for (char32_t c : ToU32(Trim(line))) w += c >= 0x2E80 ? 2 : 1;
    return w;
  };
  for (size_t i = 0; i < pages.size(); ++i) {
    if (i) r.text += "\f\n";
    std::vector<std::string> kept;
    for (const auto& line : pages[i])
      if (!(edge_count[Shape(line)] >= threshold && !Trim(line).empty())) kept.push_back(line);
    // A line that fills the page's width and ends in no sentence mark goes on in the next line: join them.
    size_t max_width = 0;
    for (const auto& l : kept) max_width = std::max(max_width, width(l));
    AppendJoined(
        kept, [&](size_t k) { return max_width >= 40 && width(Trim(kept[k])) * 10 >= max_width * 8; }, /*trim=*/true,
        &r.text);
  }
  for (char32_t c : ToU32(r.text)) {
    if (c <= ' ') continue;
    ++total;
    if (c == 0xFFFD || (c >= 0xE000 && c <= 0xF8FF)) ++bad;
  }
  size_t cid = 0;
  for (size_t p = r.text.find("(cid:"); p != std::string::npos; p = r.text.find("(cid:", p + 1)) ++cid;
  if (total == 0) {
    r.reason = "PDF without text (scanned images?); run OCR first";
    return r;
  }
  if (bad * 10 > total || cid * 50 > total) {
    r.reason = "PDF text is unreadable: its fonts have no Unicode map (" + std::to_string(bad + cid) +
               " undecodable glyphs); export the report again or run OCR";
    return r;
  }
  r.ok = true;
  return r;
}

namespace {

bool ReadZipEntry(zip_t* z, const char* name, std::string* out) {
  zip_stat_t st;
  if (zip_stat(z, name, 0, &st) != 0) return false;
  zip_file_t* f = zip_fopen(z, name, 0);
  if (!f) return false;
  out->resize(static_cast<size_t>(st.size));
  zip_int64_t n = zip_fread(f, out->data(), st.size);
  zip_fclose(f);
  return n == static_cast<zip_int64_t>(st.size);
}

void DocxNode(const pugi::xml_node& node, std::string* out) {
  for (pugi::xml_node c : node.children()) {
    std::string name = c.name();
    if (name == "w:t") {
      *out += c.text().get();
    } else if (name == "w:tab") {
      *out += '\t';
    } else if (name == "w:br" || name == "w:cr") {
      *out += '\n';
    } else if (name == "w:p") {
      DocxNode(c, out);
      *out += '\n';
    } else if (name == "w:tc") {
      std::string cell;
      DocxNode(c, &cell);
      while (!cell.empty() && cell.back() == '\n') cell.pop_back();
      for (auto& ch : cell)
        if (ch == '\n') ch = ' ';
      *out += cell + '\t';
    } else if (name == "w:tr") {
      DocxNode(c, out);
      if (!out->empty() && out->back() == '\t') out->back() = '\n';
    } else if (name == "w:instrText" || name == "w:delText") {
      continue;
    } else {
      DocxNode(c, out);
    }
  }
}

void OdtNode(const pugi::xml_node& node, std::string* out) {
  for (pugi::xml_node c : node.children()) {
    std::string name = c.name();
    if (c.type() == pugi::node_pcdata) {
      *out += c.value();
    } else if (name == "text:tab") {
      *out += '\t';
    } else if (name == "text:s") {
      *out += std::string(static_cast<size_t>(std::max(1, c.attribute("text:c").as_int(1))), ' ');
    } else if (name == "text:line-break") {
      *out += '\n';
    } else if (name == "text:p" || name == "text:h") {
      OdtNode(c, out);
      *out += '\n';
    } else if (name == "table:table-cell") {
      std::string cell;
      OdtNode(c, &cell);
      while (!cell.empty() && cell.back() == '\n') cell.pop_back();
      *out += cell + '\t';
    } else if (name == "table:table-row") {
      OdtNode(c, out);
      if (!out->empty() && out->back() == '\t') out->back() = '\n';
    } else {
      OdtNode(c, out);
    }
  }
}

}  // namespace

ContainerText OfficeText(std::string_view bytes) {
  ContainerText r;
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* src = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  if (!src) {
    r.reason = "cannot read the ZIP container";
    return r;
  }
  zip_t* z = zip_open_from_source(src, ZIP_RDONLY, &error);
  if (!z) {
    zip_source_free(src);
    r.reason = std::string("corrupt ZIP container (") + zip_error_strerror(&error) + "); open and save the file again";
    zip_error_fini(&error);
    return r;
  }
  std::unique_ptr<zip_t, decltype(&zip_discard)> guard(z, zip_discard);
  std::string xml;
  bool docx = ReadZipEntry(z, "word/document.xml", &xml);
  bool odt = !docx && ReadZipEntry(z, "content.xml", &xml);
  if (!docx && !odt) {
    r.reason = "ZIP file that is neither a Word (.docx) nor an OpenDocument (.odt) text";
    return r;
  }
  r.encoding = docx ? "DOCX" : "ODT";
  pugi::xml_document doc;
  pugi::xml_parse_result parsed = doc.load_buffer(xml.data(), xml.size());
  if (!parsed) {
    r.reason = std::string("broken XML inside the ") + r.encoding + " file: " + parsed.description() + " at byte " +
               std::to_string(parsed.offset);
    return r;
  }
  if (docx) {
    DocxNode(doc.child("w:document").child("w:body"), &r.text);
  } else {
    OdtNode(doc.child("office:document-content").child("office:body"), &r.text);
  }
  if (Trim(r.text).empty()) {
    r.reason = std::string("the ") + r.encoding + " file holds no text";
    return r;
  }
  r.ok = true;
  return r;
}

std::string UnwrapHardWrapped(std::string text) {
  // Wrapped at a number of characters, or at a display width (a CJK character counts two). One pass over the bytes
  // (most texts are not wrapped: they must cost little).
  std::vector<size_t> chars, widths;
  size_t max_chars = 0, max_width = 0, non_empty = 0;
  const auto* b = reinterpret_cast<const unsigned char*>(text.data());
  auto measure = [&](size_t upto) {  // the lines that start before `upto`
    chars.clear();
    widths.clear();
    max_chars = max_width = non_empty = 0;
    size_t n = 0, w = 0;
    bool tab = false, blank = true;
    auto end_line = [&] {
      if (tab) n = w = 0;  // (table rows are never wrapped)
      chars.push_back(n);
      widths.push_back(w);
      max_chars = std::max(max_chars, n);
      max_width = std::max(max_width, w);
      if (!blank) ++non_empty;
      n = w = 0;
      tab = false;
      blank = true;
    };
    for (size_t i = 0; i < upto; ++i) {
      unsigned char c = b[i];
      if (c == '\n') {
        end_line();
        continue;
      }
      if (c == '\t') tab = true;
      if (c != ' ' && c != '\t' && c != '\r') blank = false;
      if ((c & 0xC0) == 0x80) continue;  // a continuation byte
      ++n;
      // U+2E80 and above: a three-byte sequence from E2 BA 80, or four bytes.
      bool wide = c >= 0xF0 || (c >= 0xE3) || (c == 0xE2 && i + 1 < text.size() && b[i + 1] >= 0xBA);
      w += wide ? 2 : 1;
    }
    if (upto == text.size() && (text.empty() || text.back() != '\n')) end_line();
  };
  // A text wrapped so is wrapped from its start: its first 64 lines tell; the whole is measured only then.
  size_t probe = 0;
  for (size_t lines = 0; probe < text.size() && lines < 64; ++probe) lines += b[probe] == '\n' ? 1 : 0;
  measure(probe);
  if (chars.size() < 6) return text;
  // Wrapped: a third or more of the lines (five at least) as long as the longest, to one character.
  auto full_count = [](const std::vector<size_t>& v, size_t max, size_t slack) {
    size_t k = 0;
    for (size_t x : v) k += x + slack >= max ? 1 : 0;
    return k;
  };
  // (A few lines longer than the wrap width — a sentence a page break split, joined again — are no measure of it: the
  // width is the longest that enough lines reach, past up to three longer ones.)
  // (The lines counted are those at the width, not the longer ones skipped.)
  auto wrap_width = [&](const std::vector<size_t>& v, size_t slack) -> std::pair<size_t, size_t> {
    std::vector<size_t> sorted(v);
    std::sort(sorted.rbegin(), sorted.rend());
    std::pair<size_t, size_t> best{sorted.empty() ? 0 : sorted[0], 0};
    for (size_t skip = 0; skip <= 3 && skip < sorted.size(); ++skip)
      if (const size_t count = full_count(v, sorted[skip], slack) - skip; count > best.second) best = {sorted[skip], count};
    return best;
  };
  size_t by_chars = max_chars >= 20 ? full_count(chars, max_chars, 1) : 0;
  size_t by_width = max_width >= 40 ? full_count(widths, max_width, 2) : 0;
  if (std::max(by_chars, by_width) < 5) {
    const auto [wc, nc] = wrap_width(chars, 1);
    const auto [ww, nw] = wrap_width(widths, 2);
    if (wc < max_chars && wc >= 20 && nc > by_chars) {
      max_chars = wc;
      by_chars = nc;
    }
    if (ww < max_width && ww >= 40 && nw > by_width) {
      max_width = ww;
      by_width = nw;
    }
  }
  bool use_chars = by_chars >= by_width;
  size_t at_max = std::max(by_chars, by_width);
  // (Or where the full lines are half or more of those at least half the width long: a short report's paragraphs under a
  // cover of short fields, 出國期間：…, 報告日期：….)
  size_t long_lines = 0;
  for (size_t x : use_chars ? chars : widths) long_lines += 2 * x >= (use_chars ? max_chars : max_width) ? 1 : 0;
  if (at_max < 5 || (at_max * 3 < non_empty && at_max * 2 < long_lines)) return text;
  if (probe < text.size()) {
    const size_t keep_chars = max_chars, keep_width = max_width;
    measure(text.size());
    max_chars = std::min(max_chars, keep_chars);
    max_width = std::min(max_width, keep_width);
  }
  const std::vector<size_t>& len = use_chars ? chars : widths;
  const size_t max_len = use_chars ? max_chars : max_width, slack = use_chars ? 1 : 2;
  std::vector<std::string> lines = Lines(text);
  if (lines.size() != len.size()) return text;
  std::string out;
  out.reserve(text.size());
  // (A line is full too where the Latin word opening the next would not have fitted: a wrap at a word's boundary,
  // …由薩克森矽谷協會（Silicon Saxony / e.V.）主辦.)
  auto next_word = [&](size_t k) -> size_t {
    if (k + 1 >= lines.size()) return 0;
    const std::string next = Trim(lines[k + 1]);
    size_t w = 0;
    while (w < next.size() && next[w] != ' ' && static_cast<unsigned char>(next[w]) < 0x80) ++w;
    return w > 0 && std::isalpha(static_cast<unsigned char>(next[0])) ? w : 0;
  };
  AppendJoined(lines, [&](size_t k) {
    const size_t word = next_word(k);
    return len[k] + slack >= max_len || (word > 0 && len[k] + 1 + word > max_len);
  }, /*trim=*/false, &out);
  if (!text.empty() && text.back() != '\n' && !out.empty() && out.back() == '\n') out.pop_back();
  return out;
}

std::string JoinGlossBreaks(std::string text) {
  // (Most texts have no closing parenthesis at a line's end: one search, and the text back as it was.)
  if (text.find(")\n") == std::string::npos && text.find("）\n") == std::string::npos) return text;
  std::vector<std::string> lines = Lines(text);
  auto glossed_prose = [&](const std::string& line) {
    std::u32string u = ToU32(line);
    while (!u.empty() && (u.back() == U' ' || u.back() == U'\r')) u.pop_back();
    if (u.size() < 15 || (u.back() != U')' && u.back() != U'）')) return false;
    const size_t open = u.find_last_of(U"(（");
    if (open == std::u32string::npos || open + 2 >= u.size()) return false;
    bool letter = false;
    for (size_t k = open + 1; k + 1 < u.size(); ++k) {
      const char32_t c = u[k];
      const bool latin = IsLatinLetter(c);
      letter = letter || latin;
      if (!latin && c != U' ' && c != U'-' && c != U'.' && c != U'\'') return false;
    }
    return letter && u.substr(0, open).find_first_of(U",，") != std::u32string::npos;
  };
  auto goes_on = [&](const std::string& line) {
    std::u32string u = ToU32(line);
    const size_t first = u.find_first_not_of(U" \t　");
    if (first == std::u32string::npos || !IsHan(u[first])) return false;
    const std::u32string_view v = std::u32string_view(u).substr(first);
    // (Not a list item, 二、…, nor a field, 地點：…)
    if (v.size() >= 2 && v[1] == U'、') return false;
    return v.substr(0, 8).find_first_of(U":：") == std::u32string_view::npos;
  };
  std::string out;
  out.reserve(text.size());
  bool joined = false;
  for (size_t k = 0; k < lines.size(); ++k) {
    out += lines[k];
    if (k + 1 == lines.size()) break;
    if (glossed_prose(lines[k]) && goes_on(lines[k + 1])) {
      // (The next line's leading spaces go with the break, and a carriage return before it.)
      while (!out.empty() && (out.back() == '\r' || out.back() == ' ')) out.pop_back();
      lines[k + 1].erase(0, lines[k + 1].find_first_not_of(" \t"));
      joined = true;
      continue;
    }
    out += '\n';
  }
  if (!joined) return text;
  // (The blank lines and the line break the text ends with, as they were.)
  while (!out.empty() && out.back() == '\n') out.pop_back();
  for (size_t k = text.size(); k > 0 && text[k - 1] == '\n'; --k) out += '\n';
  return out;
}

namespace {

// Bytes of a code page (RTF's \'hh escapes, under \ansicpgN) as UTF-8; the bytes as they are where ICU has no such page.
std::string CodePageToUtf8(int page, const std::string& bytes) {
  const std::string name = page == 950 ? "windows-950-2000" : page == 936 ? "GBK" : "windows-" + std::to_string(page);
  UErrorCode status = U_ZERO_ERROR;
  UConverter* conv = ucnv_open(name.c_str(), &status);
  if (U_FAILURE(status)) return bytes;
  std::unique_ptr<UConverter, decltype(&ucnv_close)> guard(conv, ucnv_close);
  std::u16string u16(bytes.size() * 2 + 4, u'\0');
  status = U_ZERO_ERROR;
  const int32_t n = ucnv_toUChars(conv, u16.data(), static_cast<int32_t>(u16.size()), bytes.data(),
                                  static_cast<int32_t>(bytes.size()), &status);
  if (U_FAILURE(status)) return bytes;
  std::u32string u32;
  for (int32_t i = 0; i < n;) {
    UChar32 c;
    U16_NEXT(u16.data(), i, n, c);
    u32.push_back(static_cast<char32_t>(c));
  }
  return ToUtf8(u32);
}

}  // namespace

std::string RtfAsText(std::string text) {
  if (text.compare(0, 5, "{\\rtf") != 0) return text;
  // Groups whose text is no part of the document (fonts, colours, styles, document info, pictures, \* destinations).
  static const std::string_view kSkipped[] = {"fonttbl", "colortbl", "stylesheet", "info", "pict", "listtable",
                                              "listoverridetable", "rsidtbl", "generator", "themedata", "colorschememapping",
                                              "datastore", "latentstyles", "xmlnstbl", "mmathPr", "object", "header",
                                              "footer", "headerl", "headerr", "footerl", "footerr", "fldinst"};
  struct Group {
    bool skip = false;
    int uc = 1;  // characters that stand after \uN as its fallback
  };
  std::vector<Group> stack = {Group{}};
  std::string out, pending;  // pending: \'hh bytes of the code page, decoded together
  int page = 1252;
  int fallback = 0;  // fallback characters still to skip after a \uN
  auto flush = [&] {
    if (!pending.empty()) out += CodePageToUtf8(page, pending);
    pending.clear();
  };
  auto emit = [&](const std::string& piece) {
    if (stack.back().skip) return;
    flush();
    out += piece;
  };
  for (size_t i = 0; i < text.size();) {
    const char c = text[i];
    if (c == '{') {
      stack.push_back(stack.back());
      ++i;
      continue;
    }
    if (c == '}') {
      flush();
      if (stack.size() > 1) stack.pop_back();
      ++i;
      continue;
    }
    if (c == '\r' || c == '\n') {
      ++i;
      continue;
    }
    if (c != '\\') {
      if (fallback > 0) --fallback;
      else emit(std::string(1, c));
      ++i;
      continue;
    }
    // A control symbol or word.
    if (i + 1 >= text.size()) break;
    const char d = text[i + 1];
    if (d == '\'' && i + 3 < text.size()) {
      const int byte = static_cast<int>(std::strtol(text.substr(i + 2, 2).c_str(), nullptr, 16));
      if (fallback > 0) --fallback;
      else if (!stack.back().skip) pending.push_back(static_cast<char>(byte));
      i += 4;
      continue;
    }
    if (!std::isalpha(static_cast<unsigned char>(d))) {
      if (d == '*') stack.back().skip = true;
      else if (d == '\\' || d == '{' || d == '}') emit(std::string(1, d));
      else if (d == '~') emit(" ");
      else if (d == '_') emit("-");
      i += 2;
      continue;
    }
    size_t e = i + 1;
    while (e < text.size() && std::isalpha(static_cast<unsigned char>(text[e]))) ++e;
    const std::string word = text.substr(i + 1, e - i - 1);
    size_t n = e;
    if (n < text.size() && (text[n] == '-' || std::isdigit(static_cast<unsigned char>(text[n])))) ++n;
    while (n < text.size() && std::isdigit(static_cast<unsigned char>(text[n]))) ++n;
    const bool has_arg = n > e;
    const long arg = has_arg ? std::strtol(text.substr(e, n - e).c_str(), nullptr, 10) : 0;
    if (n < text.size() && text[n] == ' ') ++n;  // the delimiting space belongs to the word
    i = n;
    if (std::find(std::begin(kSkipped), std::end(kSkipped), word) != std::end(kSkipped)) {
      stack.back().skip = true;
    } else if (word == "ansicpg" && has_arg) {
      page = static_cast<int>(arg);
    } else if (word == "uc" && has_arg) {
      stack.back().uc = static_cast<int>(arg);
    } else if (word == "u" && has_arg) {
      const long code = arg < 0 ? arg + 65536 : arg;
      emit(ToUtf8(std::u32string(1, static_cast<char32_t>(code))));
      fallback = stack.back().uc;
    } else if (word == "par" || word == "line" || word == "row" || word == "sect" || word == "page") {
      emit("\n");
    } else if (word == "tab" || word == "cell") {
      emit("\t");
    }
  }
  flush();
  // Each line trimmed of the spaces around it; a row's last tab dropped.
  std::string clean;
  clean.reserve(out.size());
  for (std::string line : Lines(out)) {
    while (!line.empty() && (line.back() == ' ' || line.back() == '\t')) line.pop_back();
    size_t b = 0;
    while (b < line.size() && line[b] == ' ') ++b;
    clean += line.substr(b) + '\n';
  }
  return clean;
}

std::string HtmlAsText(std::string text) {
  // An HTML page's source: it opens (past spaces and a byte-order mark) with <!DOCTYPE html or <html.
  size_t start = 0;
  if (text.compare(0, 3, "\xEF\xBB\xBF") == 0) start = 3;
  while (start < text.size() && (text[start] == ' ' || text[start] == '\n' || text[start] == '\r' || text[start] == '\t')) ++start;
  auto lower_at = [&](size_t at, std::string_view word) {
    if (at + word.size() > text.size()) return false;
    for (size_t k = 0; k < word.size(); ++k)
      if (std::tolower(static_cast<unsigned char>(text[at + k])) != word[k]) return false;
    return true;
  };
  if (!lower_at(start, "<!doctype html") && !lower_at(start, "<html")) return text;
  // Tags out: a block's tag (p, div, h1…h6, br, li, tr, title, table, section, article, header, footer) ends a line, a
  // cell's (td, th) a cell; script and style go with their content; character references are decoded.
  std::string out;
  out.reserve(text.size());
  static const char* kBlocks[] = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "br", "li", "tr", "title", "table",
                                  "section", "article", "header", "footer", "ul", "ol", "dt", "dd", "blockquote"};
  for (size_t i = start; i < text.size();) {
    const char c = text[i];
    if (c == '<') {
      const size_t close = text.find('>', i);
      if (close == std::string::npos) break;
      size_t n = i + 1;
      if (n < close && text[n] == '/') ++n;
      size_t e = n;
      while (e < close && std::isalnum(static_cast<unsigned char>(text[e]))) ++e;
      std::string name = text.substr(n, e - n);
      for (auto& ch : name) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
      if ((name == "script" || name == "style") && text[i + 1] != '/') {
        const size_t end = text.find("</", close);
        i = end == std::string::npos ? text.size() : end;
        continue;
      }
      if (name == "td" || name == "th") {
        if (text[i + 1] == '/') out += '\t';
      } else {
        for (const char* b : kBlocks)
          if (name == b) {
            if (!out.empty() && out.back() != '\n') out += '\n';
            break;
          }
      }
      i = close + 1;
      continue;
    }
    if (c == '&') {
      const size_t semi = text.find(';', i);
      if (semi != std::string::npos && semi - i <= 10) {
        const std::string ref = text.substr(i + 1, semi - i - 1);
        std::string decoded;
        if (ref == "nbsp" || ref == "ensp" || ref == "emsp") decoded = " ";
        else if (ref == "amp") decoded = "&";
        else if (ref == "lt") decoded = "<";
        else if (ref == "gt") decoded = ">";
        else if (ref == "quot") decoded = "\"";
        else if (ref == "apos") decoded = "'";
        else if (ref.size() >= 2 && ref[0] == '#') {
          const bool hex = ref[1] == 'x' || ref[1] == 'X';
          const long code = std::strtol(ref.c_str() + (hex ? 2 : 1), nullptr, hex ? 16 : 10);
          if (code > 0 && code < 0x110000) decoded = ToUtf8(std::u32string(1, static_cast<char32_t>(code)));
        }
        if (!decoded.empty()) {
          out += decoded;
          i = semi + 1;
          continue;
        }
      }
    }
    if (c == '\r') {
      ++i;
      continue;
    }
    // (Line breaks inside the source are no line breaks of the page.)
    out += c == '\n' ? ' ' : c;
    ++i;
  }
  // Each line trimmed; empty lines dropped.
  std::string clean;
  clean.reserve(out.size());
  for (const std::string& line : Lines(out)) {
    const std::string t = Trim(line);
    if (!t.empty()) clean += t + '\n';
  }
  return clean;
}

std::string CsvAsFields(std::string text) {
  // Cheap test first: a header line of three or more short fields separated by commas, no quotes.
  size_t eol = text.find('\n');
  if (eol == std::string::npos || eol > 400) return text;
  std::string head = text.substr(0, eol);
  if (!head.empty() && head.back() == '\r') head.pop_back();
  if (head.size() >= 3 && head.compare(0, 3, "\xEF\xBB\xBF") == 0) head.erase(0, 3);
  if (head.find('"') != std::string::npos || head.find('\t') != std::string::npos) return text;
  std::vector<std::string> header;
  for (size_t b = 0;;) {
    size_t e = head.find(',', b);
    header.push_back(Trim(head.substr(b, e == std::string::npos ? std::string::npos : e - b)));
    if (e == std::string::npos) break;
    b = e + 1;
  }
  if (header.size() < 3) return text;
  for (const std::string& h : header)
    if (h.empty() || ToU32(h).size() > 12) return text;
  // The records (RFC 4180: a quoted field may hold commas, line breaks and doubled quotes); every one must have as
  // many fields as the header, else the text is no CSV file.
  std::vector<std::vector<std::string>> records;
  std::vector<std::string> record;
  std::string field;
  bool quoted = false, was_quoted = false;
  size_t i = eol + 1;
  auto end_field = [&] {
    record.push_back(was_quoted ? field : Trim(field));
    field.clear();
    was_quoted = false;
  };
  for (; i < text.size(); ++i) {
    char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        field += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else if (c != '\r') {
        field += c;
      }
      continue;
    }
    if (c == '"' && Trim(field).empty()) {
      field.clear();
      quoted = was_quoted = true;
    } else if (c == ',') {
      end_field();
    } else if (c == '\n') {
      end_field();
      if (!(record.size() == 1 && record[0].empty())) {
        if (record.size() != header.size()) return text;
        records.push_back(std::move(record));
      }
      record.clear();
    } else if (c != '\r') {
      field += c;
    }
  }
  if (quoted) return text;
  if (!field.empty() || !record.empty()) {
    end_field();
    if (record.size() != header.size()) return text;
    records.push_back(std::move(record));
  }
  if (records.empty()) return text;
  // Each record as a block of fields (標題：…⏎發布日期：…⏎內容：…), a blank line between records.
  std::string out;
  out.reserve(text.size() + records.size() * 64);
  for (const auto& r : records) {
    for (size_t k = 0; k < r.size(); ++k) out += header[k] + "\xEF\xBC\x9A" + r[k] + "\n";
    out += "\n";
  }
  return out;
}

std::string SemicolonRowsAsTabs(std::string text) {
  if (text.find(';') == std::string::npos) return text;  // most texts
  std::vector<std::string> lines = Lines(text);
  auto count = [](const std::string& l) { return static_cast<size_t>(std::count(l.begin(), l.end(), ';')); };
  // A block of two lines or more, each with the same number of semicolons (two or more), whose first line's cells are
  // short (a header: 姓名;國家;城市;職稱) and that holds no tab: its semicolons become tabs.
  bool changed = false;
  for (size_t i = 0; i < lines.size();) {
    const size_t n = count(lines[i]);
    size_t j = i + 1;
    while (j < lines.size() && n >= 2 && count(lines[j]) == n) ++j;
    bool header = n >= 2 && j - i >= 2 && lines[i].find('\t') == std::string::npos;
    // (Cells, not clauses: no sentence mark in the header's cells — 本市將推動三項工作;一為觀光;… is prose.)
    for (size_t b = 0; header;) {
      size_t e = lines[i].find(';', b);
      const std::string cell = Trim(lines[i].substr(b, e == std::string::npos ? std::string::npos : e - b));
      header = !cell.empty() && ToU32(cell).size() <= 12 && cell.find("。") == std::string::npos &&
               cell.find("，") == std::string::npos && cell.find("、") == std::string::npos;
      if (e == std::string::npos) break;
      b = e + 1;
    }
    if (header) {
      for (size_t k = i; k < j; ++k) std::replace(lines[k].begin(), lines[k].end(), ';', '\t');
      changed = true;
    }
    i = j;
  }
  if (!changed) return text;
  std::string out;
  out.reserve(text.size());
  for (const auto& l : lines) out += l + '\n';
  if (!text.empty() && text.back() != '\n' && !out.empty()) out.pop_back();
  return out;
}

std::string SplitColumns(std::string text) {
  if (text.find("   ") == std::string::npos) return text;  // most texts: no run of spaces, no columns
  std::vector<std::string> lines = Lines(text);
  // Each line measured two ways (pdftotext pads to a display width, where a CJK character counts two; other tools to a
  // number of characters): where its text after a run of three spaces or more starts (a line that starts so: its left
  // part empty), the width of what stands before it, and the width of the whole line.
  struct Cut {
    size_t at_chars, at_width;  // the right part's start, in characters and in display width
    size_t left_chars, left_width;  // the left part's end (0: no left part)
    size_t byte;  // the right part's start in the line's bytes
  };
  struct Line {
    std::vector<Cut> cuts;
    size_t chars = 0, width = 0;  // the whole line, trailing spaces out
  };
  std::vector<Line> info(lines.size());
  for (size_t l = 0; l < lines.size(); ++l) {
    const std::string& s = lines[l];
    size_t n = 0, w = 0, run = 0, last_chars = 0, last_width = 0;
    for (size_t i = 0; i < s.size();) {
      unsigned char c = static_cast<unsigned char>(s[i]);
      size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
      if (c == ' ') {
        ++run;
      } else {
        if (c == '\t' || c == '\r') {  // a tabbed table's row or a stray CR: no columns here
          info[l].cuts.clear();
          break;
        }
        if (run >= 3) info[l].cuts.push_back({n, w, last_chars, last_width, i});
        run = 0;
      }
      ++n;
      // U+2E80 and above (as UnwrapHardWrapped counts): a three-byte sequence from E2 BA 80, or four bytes.
      w += (c >= 0xE3 || (c == 0xE2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) >= 0xBA)) ? 2 : 1;
      if (c != ' ') {
        last_chars = n;
        last_width = w;
      }
      i += len;
    }
    info[l].chars = last_chars;
    info[l].width = last_width;
  }
  // The column where the right part starts: the position most lines with two long parts share, in either measure. Two
  // columns of wrapped prose show it: at least three lines of each column as wide as that column's widest (a list of
  // fields padded to one column, 副市長      王小明, has short left parts and is no such thing).
  struct Candidate {
    bool by_width;
    size_t at;
  };
  auto cut_at = [&](const Line& line, const Candidate& k) -> const Cut* {
    for (const Cut& c : line.cuts)
      if ((k.by_width ? c.at_width : c.at_chars) == k.at) return &c;
    return nullptr;
  };
  std::map<std::pair<bool, size_t>, int> votes;
  for (const Line& line : info)
    for (const Cut& c : line.cuts)
      if (c.left_chars > 0) {
        ++votes[{true, c.at_width}];
        ++votes[{false, c.at_chars}];
      }
  std::vector<std::pair<int, std::pair<bool, size_t>>> ranked;
  for (const auto& [k, v] : votes)
    if (v >= 4) ranked.push_back({-v, k});
  std::sort(ranked.begin(), ranked.end());
  for (const auto& [neg, key] : ranked) {
    const Candidate k{key.first, key.second};
    auto left_w = [&](const Cut& c) { return k.by_width ? c.left_width : c.left_chars; };
    auto line_w = [&](const Line& line) { return k.by_width ? line.width : line.chars; };
    // A line belongs to the columns' block if it is blank, cut at the column, or ends before it.
    std::vector<char> fits(lines.size(), 0), cut(lines.size(), 0);
    for (size_t l = 0; l < lines.size(); ++l) {
      const Cut* c = cut_at(info[l], k);
      cut[l] = c != nullptr;
      fits[l] = c != nullptr || line_w(info[l]) + 2 <= k.at;
    }
    std::string out;
    bool changed = false;
    size_t l = 0;
    while (l < lines.size()) {
      if (!cut[l]) {
        out += lines[l] + '\n';
        ++l;
        continue;
      }
      // The block: from this cut line on, while lines fit; the lines after its last cut one that fit and are not
      // blank (the left column going on below a shorter right one) stay in it.
      size_t e = l, last_cut = l;
      while (e < lines.size() && fits[e]) {
        if (cut[e]) last_cut = e;
        ++e;
      }
      e = last_cut + 1;
      while (e < lines.size() && fits[e] && !Trim(lines[e]).empty()) ++e;
      std::vector<std::string> left, right;
      size_t left_max = 0, right_max = 0;
      std::vector<size_t> left_len, right_len;
      for (size_t x = l; x < e; ++x) {
        const Cut* c = cut_at(info[x], k);
        std::string a = c ? lines[x].substr(0, c->byte) : lines[x];
        std::string b = c ? lines[x].substr(c->byte) : std::string();
        size_t aw = c ? left_w(*c) : line_w(info[x]);
        size_t bw = c ? line_w(info[x]) - k.at : 0;
        left.push_back(Trim(a));
        right.push_back(Trim(b));
        left_len.push_back(Trim(a).empty() ? 0 : aw);
        right_len.push_back(bw);
        left_max = std::max(left_max, left_len.back());
        right_max = std::max(right_max, right_len.back());
      }
      auto full = [](const std::vector<size_t>& v, size_t max) {
        int n = 0;
        for (size_t x : v) n += x > 0 && x + 2 >= max;
        return n;
      };
      bool columns = left_max * 10 >= k.at * 7 && right_max >= 16 && full(left_len, left_max) >= 3 &&
                     full(right_len, right_max) >= 3;
      if (!columns) {
        for (size_t x = l; x < e; ++x) out += lines[x] + '\n';
        l = e;
        continue;
      }
      AppendJoined(left, [&](size_t x) { return left_len[x] + 2 >= left_max; }, /*trim=*/true, &out);
      out += '\n';
      AppendJoined(right, [&](size_t x) { return right_len[x] + 2 >= right_max; }, /*trim=*/true, &out);
      changed = true;
      l = e;
    }
    if (!changed) continue;
    if (!text.empty() && text.back() != '\n' && !out.empty() && out.back() == '\n') out.pop_back();
    return out;
  }
  return text;
}

std::string DropPageFurniture(std::string text) {
  // (Page numbers between dashes, - 2 - or －２－, need no 頁.)
  auto dashed_number = [&] {
    for (size_t at = text.find("- "); at != std::string::npos; at = text.find("- ", at + 2))
      if (at + 2 < text.size() && text[at + 2] >= '0' && text[at + 2] <= '9') return true;
    return false;
  };
  if (text.find("頁") == std::string::npos && text.find("Page") == std::string::npos && text.find("－") == std::string::npos &&
      text.find("—") == std::string::npos && !dashed_number())
    return text;  // most texts
  std::vector<std::string> lines = Lines(text);
  // A line's shape: spaces (also U+3000) out, each run of digits one '#'.
  auto squeeze = [](const std::string& line) {
    std::string out;
    for (size_t i = 0; i < line.size(); ++i) {
      char c = line[i];
      if (c == ' ' || c == '\t' || c == '\r' || c == '\f') continue;
      if (line.compare(i, 3, "\u3000") == 0) {
        i += 2;
        continue;
      }
      if (c >= '0' && c <= '9') {
        if (out.empty() || out.back() != '#') out.push_back('#');
        continue;
      }
      out.push_back(c);
    }
    return out;
  };
  std::vector<std::string> shapes(lines.size());
  std::map<std::string, int> repeats;
  for (size_t k = 0; k < lines.size(); ++k) {
    shapes[k] = squeeze(lines[k]);
    if (!shapes[k].empty() && shapes[k].size() <= 240 && shapes[k].find('#') != std::string::npos) ++repeats[shapes[k]];
  }
  std::vector<bool> drop(lines.size(), false);
  bool any = false;
  for (size_t k = 0; k < lines.size(); ++k) {
    const std::string& sh = shapes[k];
    if (sh.empty() || sh.size() > 240 || sh.find('#') == std::string::npos) continue;
    bool page_number = sh.find("第#頁") != std::string::npos || sh == "-#-" || sh == "－#－" || sh == "—#—" ||
                       sh.rfind("Page#", 0) == 0 || sh == "#/#" || sh.rfind("頁#", 0) == 0;
    // (A repeated line must be long, a running header: not 第1天, 第2天, … nor 10:00 of an itinerary.)
    if (page_number || (repeats[sh] >= 3 && ToU32(sh).size() >= 10)) drop[k] = any = true;
  }
  if (!any) return text;
  // A running header with no number (新竹縣政府出國報告): the same short line right after two page numbers or more.
  {
    std::map<std::string, std::vector<size_t>> after_number;
    for (size_t k = 0; k < lines.size(); ++k) {
      if (!drop[k]) continue;
      size_t q = k + 1;
      while (q < lines.size() && Trim(lines[q]).empty()) ++q;
      if (q < lines.size() && !drop[q] && !shapes[q].empty() && ToU32(shapes[q]).size() <= 30) after_number[shapes[q]].push_back(q);
    }
    // (Or once, where it is the document's first line, its title repeated at the top of the next page: a report of two
    // pages.)
    size_t first = 0;
    while (first < lines.size() && shapes[first].empty()) ++first;
    for (const auto& [shape, at] : after_number)
      if (at.size() >= 2 || (first < lines.size() && shape == shapes[first] && at.front() > first))
        for (size_t q : at) drop[q] = true;
  }
  // A sentence the page break split (…局長佐藤健一 / header / 及越南…) goes on: join its halves.
  std::vector<bool> join(lines.size(), false);
  for (size_t k = 0; k < lines.size(); ++k) {
    if (!drop[k]) continue;
    size_t p = k, q = k;
    while (p > 0 && (drop[p - 1] || Trim(lines[p - 1]).empty())) --p;
    while (q + 1 < lines.size() && (drop[q + 1] || Trim(lines[q + 1]).empty())) ++q;
    if (p == 0 || q + 1 >= lines.size()) continue;
    std::u32string before = ToU32(Trim(lines[p - 1])), after = ToU32(Trim(lines[q + 1]));
    if (before.size() < 20 || after.empty()) continue;
    bool ends_sentence = std::u32string_view(U"。！？：；」』)）.!?:;").find(before.back()) != std::u32string_view::npos;
    // (Not a new item or heading: 一、, (二), 參、.)
    bool item = after.size() >= 2 && (after[1] == U'、' || after[0] == U'(' || after[0] == U'（');
    if (ends_sentence || item) continue;
    for (size_t x = p; x <= q; ++x) drop[x] = true;
    join[p - 1] = true;
    k = q;
  }
  std::string out;
  out.reserve(text.size());
  for (size_t k = 0; k < lines.size(); ++k) {
    if (drop[k]) continue;
    out += join[k] ? Trim(lines[k]) : lines[k];
    if (!join[k]) out += '\n';
  }
  if (!text.empty() && text.back() != '\n' && !out.empty() && out.back() == '\n') out.pop_back();
  return out;
}

}  // namespace citykg::extract::detail
