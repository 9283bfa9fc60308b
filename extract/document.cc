#include "extract/document.h"

#include "extract/detail/containers.h"
#include "extract/normalize.h"

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <memory>

namespace citykg::extract {
namespace {

bool StartsWith(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

Document MakeDocument(const std::string& path, std::string text, std::string encoding) {
  Document doc;
  doc.path = path;
  doc.name = std::filesystem::path(path).filename().string();
  doc.text = std::move(text);
  doc.encoding = std::move(encoding);
  return doc;
}

// Converts with an ICU converter; counts substitutions. Returns false if the converter could not open.
bool ConvertWithIcu(const char* charset, std::string_view bytes, std::string* out, int* substitutions) {
  UErrorCode status = U_ZERO_ERROR;
  UConverter* conv = ucnv_open(charset, &status);
  if (U_FAILURE(status)) return false;
  std::unique_ptr<UConverter, decltype(&ucnv_close)> guard(conv, ucnv_close);
  std::u16string u16(bytes.size() * 2 + 16, u'\0');
  status = U_ZERO_ERROR;
  int32_t n = ucnv_toUChars(conv, u16.data(), static_cast<int32_t>(u16.size()), bytes.data(),
                            static_cast<int32_t>(bytes.size()), &status);
  if (U_FAILURE(status)) return false;
  u16.resize(static_cast<size_t>(n));
  *substitutions = static_cast<int>(std::count(u16.begin(), u16.end(), u'\uFFFD'));
  out->clear();
  out->reserve(u16.size() * 3);
  for (int32_t i = 0; i < n;) {
    UChar32 c;
    U16_NEXT(u16.data(), i, n, c);
    char buf[4];
    int32_t len = 0;
    UBool err = false;
    U8_APPEND(buf, len, 4, c, err);
    (void)err;
    out->append(buf, static_cast<size_t>(len));
  }
  return true;
}

// Share of bytes that no text file has: NUL and C0 controls other than tab, CR, LF, FF, ESC.
double ControlShare(std::string_view bytes, size_t* nul_count) {
  size_t bad = 0;
  *nul_count = 0;
  for (unsigned char c : bytes) {
    if (c == 0) ++*nul_count;
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1B) ++bad;
  }
  return bytes.empty() ? 0.0 : static_cast<double>(bad) / static_cast<double>(bytes.size());
}

std::string DetectLegacyCharset(std::string_view bytes) {
  UErrorCode status = U_ZERO_ERROR;
  UCharsetDetector* det = ucsdet_open(&status);
  if (U_FAILURE(status)) return {};
  std::unique_ptr<UCharsetDetector, decltype(&ucsdet_close)> guard(det, ucsdet_close);
  ucsdet_setText(det, bytes.data(), static_cast<int32_t>(std::min<size_t>(bytes.size(), 1 << 20)), &status);
  int32_t found = 0;
  const UCharsetMatch** matches = ucsdet_detectAll(det, &found, &status);
  if (U_FAILURE(status)) return {};
  for (int32_t i = 0; i < found; ++i) {
    const char* name = ucsdet_getName(matches[i], &status);
    if (U_FAILURE(status) || !name) continue;
    std::string n(name);
    if (n == "Big5" || n == "GB18030") return n;
  }
  return {};
}

std::string Megabytes(uintmax_t n) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f MB", static_cast<double>(n) / (1024.0 * 1024.0));
  return buf;
}

std::string TooMuchText(uintmax_t n) {
  return Megabytes(n) + " of text in one file is more than a report holds (the limit is " + Megabytes(kMaxTextBytes) +
         "); split it into one file per report";
}

}  // namespace

DecodeResult DecodeToUtf8(std::string_view bytes) {
  DecodeResult r;
  struct Bom {
    std::string_view mark;
    const char* charset;
    const char* name;
  };
  static constexpr Bom kBoms[] = {
      {std::string_view("\x00\x00\xFE\xFF", 4), "UTF-32BE", "UTF-32BE"},
      {std::string_view("\xFF\xFE\x00\x00", 4), "UTF-32LE", "UTF-32LE"},
      {"\xEF\xBB\xBF", "UTF-8", "UTF-8 (BOM)"},
      {"\xFE\xFF", "UTF-16BE", "UTF-16BE"},
      {"\xFF\xFE", "UTF-16LE", "UTF-16LE"},
  };
  for (const auto& bom : kBoms) {
    if (!StartsWith(bytes, bom.mark)) continue;
    std::string_view body = bytes.substr(bom.mark.size());
    int subs = 0;
    if (std::string_view(bom.charset) == "UTF-8") {
      r.first_bad = RepairUtf8(body, &r.utf8, &subs);
    } else if (!ConvertWithIcu(bom.charset, body, &r.utf8, &subs)) {
      r.reason = std::string("cannot decode ") + bom.name;
      return r;
    }
    r.ok = true;
    r.encoding = bom.name;
    if (subs > 0) r.reason = std::to_string(subs) + " invalid byte sequence(s) replaced by U+FFFD";
    return r;
  }
  size_t nul_count = 0;
  double control = ControlShare(bytes, &nul_count);
  if (control > 0.01 || nul_count * 100 > bytes.size()) {
    r.reason = "binary data, not text (" + std::to_string(nul_count) + " NUL bytes); give a text, PDF or Word report";
    return r;
  }
  int bad = 0;
  std::string repaired;
  int64_t first_bad = RepairUtf8(bytes, &repaired, &bad);
  if (bad == 0) {
    r.ok = true;
    r.encoding = "UTF-8";
    r.utf8 = std::move(repaired);
    return r;
  }
  // Not UTF-8: try the legacy Chinese encodings.
  std::string charset = DetectLegacyCharset(bytes);
  std::vector<std::string> candidates;
  if (!charset.empty()) candidates.push_back(charset);
  for (const char* c : {"Big5", "GB18030"})
    if (charset != c) candidates.emplace_back(c);
  // Mostly-valid UTF-8 with a few broken bytes is still UTF-8.
  size_t non_ascii = std::count_if(bytes.begin(), bytes.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
  if (static_cast<size_t>(bad) * 50 < non_ascii) {
    r.ok = true;
    r.encoding = "UTF-8";
    r.utf8 = std::move(repaired);
    r.first_bad = first_bad;
    r.reason = std::to_string(bad) + " invalid UTF-8 byte sequence(s) replaced by U+FFFD";
    return r;
  }
  for (const auto& c : candidates) {
    std::string out;
    int subs = 0;
    const char* icu_name = c == "Big5" ? "windows-950-2000" : c.c_str();
    if (!ConvertWithIcu(icu_name, bytes, &out, &subs) && !ConvertWithIcu(c.c_str(), bytes, &out, &subs)) continue;
    if (static_cast<size_t>(subs) * 50 > non_ascii / 2 + 1) continue;
    r.ok = true;
    r.encoding = c;
    r.utf8 = std::move(out);
    if (subs > 0) r.reason = std::to_string(subs) + " undecodable character(s) replaced by U+FFFD";
    return r;
  }
  r.reason = "unknown text encoding (not UTF-8, UTF-16/32, Big5 or GB18030); convert the file to UTF-8";
  r.first_bad = first_bad;
  return r;
}

bool LooksLikeReport(const std::string& path) {
  std::string ext = std::filesystem::path(path).extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  // (Also a release saved as its web page, .html, an open-data export, .csv, and Word's Rich Text, .rtf: read as text,
  // HtmlAsText, CsvAsFields and RtfAsText turn them into the text they hold.)
  return ext == ".txt" || ext == ".text" || ext == ".md" || ext == ".pdf" || ext == ".docx" || ext == ".odt" ||
         ext == ".doc" || ext == ".html" || ext == ".htm" || ext == ".csv" || ext == ".rtf" || ext.empty();
}

ReadResult ReadDocument(const std::string& path) {
  namespace fs = std::filesystem;
  ReadResult result;
  auto fail = [&](std::string reason, int64_t pos = -1) {
    result.diagnostics.push_back({Diagnostic::Severity::kError, path, std::move(reason), pos});
    return result;
  };
  std::error_code ec;
  auto status = fs::status(path, ec);
  if (ec || !fs::exists(status)) return fail("no such file");
  if (fs::is_directory(status)) return fail("is a folder, not a file");
  // A FIFO or a device would block or never end: only regular files are read.
  if (!fs::is_regular_file(status)) return fail("not a regular file (a pipe, socket or device); skipped");
  std::ifstream in(path, std::ios::binary);
  if (!in) return fail(std::string("cannot open: ") + std::strerror(errno));
  uintmax_t size = fs::file_size(path, ec);
  if (!ec && size > kMaxTextBytes) {
    // Only a PDF or a Word file may be that large (images); a text file that large is not one report.
    char head[5] = {};
    in.read(head, sizeof head);
    std::string_view h(head, static_cast<size_t>(in.gcount()));
    bool container = StartsWith(h, "%PDF-") || StartsWith(h, "PK\x03\x04");
    if (!container)
      return fail(TooMuchText(size));
    if (size > kMaxFileBytes)
      return fail("file of " + Megabytes(size) + " is larger than citykg reads (" + Megabytes(kMaxFileBytes) + ")");
    in.seekg(0);
  }
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) return fail("read error");
  return ReadDocumentBytes(path, bytes);
}

ReadResult ReadDocumentBytes(const std::string& path, std::string_view bytes) {
  ReadResult result;
  auto fail = [&](std::string reason, int64_t pos = -1) {
    result.diagnostics.push_back({Diagnostic::Severity::kError, path, std::move(reason), pos});
    return result;
  };
  if (bytes.find_first_not_of(" \t\r\n\f") == std::string::npos) return fail("empty file");
  if (StartsWith(bytes, std::string_view("\xD0\xCF\x11\xE0", 4)))
    return fail("legacy Word .doc is not supported; convert it: libreoffice --headless --convert-to docx FILE");
  if (StartsWith(bytes, "%PDF-") || StartsWith(bytes, "PK\x03\x04")) {
    detail::ContainerText c = StartsWith(bytes, "%PDF-") ? detail::PdfText(bytes) : detail::OfficeText(bytes);
    if (!c.ok) return fail(c.reason);
    if (c.text.size() > kMaxTextBytes)
      return fail(TooMuchText(c.text.size()));
    // (A PDF's lines may break after a gloss as a text copied out of one does.)
    result.doc = MakeDocument(path, StartsWith(bytes, "%PDF-") ? detail::JoinGlossBreaks(std::move(c.text)) : std::move(c.text), c.encoding);
    return result;
  }
  if (bytes.size() > kMaxTextBytes)
    return fail(TooMuchText(bytes.size()));
  if (bytes.find("%PDF-") != std::string::npos && bytes.find("%PDF-") < 1024)
    return fail("damaged PDF (junk before its header)");
  DecodeResult d = DecodeToUtf8(bytes);
  if (!d.ok) return fail(d.reason, d.first_bad);
  if (!d.reason.empty())
    result.diagnostics.push_back({Diagnostic::Severity::kWarning, path, d.reason, d.first_bad});
  result.doc = MakeDocument(path, detail::JoinGlossBreaks(detail::UnwrapHardWrapped(detail::SplitColumns(detail::DropPageFurniture(detail::SemicolonRowsAsTabs(detail::CsvAsFields(detail::HtmlAsText(detail::RtfAsText(std::move(d.utf8))))))))), d.encoding);
  return result;
}

}  // namespace citykg::extract
