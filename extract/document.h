// Reading source documents: bytes from disk, encoding detected and decoded to UTF-8.
#ifndef CITYKG_EXTRACT_DOCUMENT_H_
#define CITYKG_EXTRACT_DOCUMENT_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/types.h"

namespace citykg::extract {

// Result of decoding bytes of unknown encoding.
struct DecodeResult {
  bool ok = false;
  std::string utf8;
  std::string encoding;     // "UTF-8", "UTF-8 (BOM)", "UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE", "Big5", "GB18030"
  std::string reason;       // why decoding failed (ok == false), or what was repaired (warning)
  int64_t first_bad = -1;   // byte offset of the first invalid byte that was replaced, or -1
};

// Detects the encoding of `bytes` and converts to UTF-8. Handles UTF-8 with or without BOM, UTF-16/32 with BOM,
// Big5/CP950 and GB18030. Invalid UTF-8 bytes in otherwise UTF-8 text become U+FFFD (first_bad says where).
// Fails (ok == false) on binary data (NUL or control bytes that no text encoding explains).
DecodeResult DecodeToUtf8(std::string_view bytes);

// One report's text is at most this long (a real one is well under 1 MB; extraction needs ~60 bytes of memory per
// byte of text, so a 200 MB file with no line breaks took 12 GB before this limit). Larger text files are refused
// without being read; PDF and Word files may be larger (images) up to kMaxFileBytes, their text is checked after.
inline constexpr uintmax_t kMaxTextBytes = 16u * 1024 * 1024;
inline constexpr uintmax_t kMaxFileBytes = 512u * 1024 * 1024;

// Reads one file. On success `doc` is set; `diagnostics` holds errors (doc unset) or warnings.
// Never throws for a bad file: the reason names what is wrong (missing, unreadable, empty, binary, PDF, ...).
struct ReadResult {
  std::optional<Document> doc;
  std::vector<Diagnostic> diagnostics;
};
ReadResult ReadDocument(const std::string& path);
// The same for bytes already in memory (`path` names them in messages and becomes the document's name).
ReadResult ReadDocumentBytes(const std::string& path, std::string_view bytes);

// Files a folder walk picks up (by extension: .txt, .text, .md, .pdf, .docx, .odt, .doc, .rtf, .html, .htm, .csv, or none).
bool LooksLikeReport(const std::string& path);

}  // namespace citykg::extract

#endif  // CITYKG_EXTRACT_DOCUMENT_H_
