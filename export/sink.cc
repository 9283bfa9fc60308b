#include "export/sink.h"

#include <unicode/utf8.h>

#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <filesystem>
#include <mutex>

namespace citykg::exporter {
namespace {
// Temporary paths of open sinks, for the signal handler (fixed storage: no allocation in the handler).
constexpr int kSlots = 16;
char g_open[kSlots][4096];
volatile std::sig_atomic_t g_used[kSlots];

std::mutex g_track_mu;  // sinks open on several threads (the writers run in parallel); the handler only reads

void Track(const std::string& path) {
  std::lock_guard<std::mutex> lock(g_track_mu);
  for (int i = 0; i < kSlots; ++i)
    if (!g_used[i] && path.size() < sizeof g_open[i]) {
      std::memcpy(g_open[i], path.c_str(), path.size() + 1);
      g_used[i] = 1;
      return;
    }
}

void Untrack(const std::string& path) {
  std::lock_guard<std::mutex> lock(g_track_mu);
  for (int i = 0; i < kSlots; ++i)
    if (g_used[i] && path == g_open[i]) g_used[i] = 0;
}
}  // namespace

void RemoveOpenTemporaries() {
  for (int i = 0; i < kSlots; ++i)
    if (g_used[i]) ::unlink(g_open[i]);
}

AtomicFileSink::AtomicFileSink(std::string path) : path_(std::move(path)) {
  temp_ = path_ + ".tmp." + std::to_string(::getpid());
  file_ = std::fopen(temp_.c_str(), "wb");
  if (!file_) throw IoError("cannot write " + temp_ + ": " + std::strerror(errno));
  Track(temp_);
}

AtomicFileSink::~AtomicFileSink() {
  if (file_) std::fclose(file_);
  if (!committed_) std::remove(temp_.c_str());
  Untrack(temp_);
}

void AtomicFileSink::Write(const char* data, size_t size) {
  if (size == 0) return;
  if (std::fwrite(data, 1, size, file_) != size) throw IoError("cannot write " + temp_ + ": " + std::strerror(errno));
}

void AtomicFileSink::Commit() {
  if (std::fflush(file_) != 0 || ::fsync(::fileno(file_)) != 0)
    throw IoError("cannot write " + temp_ + ": " + std::strerror(errno));
  std::fclose(file_);
  file_ = nullptr;
  if (std::rename(temp_.c_str(), path_.c_str()) != 0)
    throw IoError("cannot rename " + temp_ + " to " + path_ + ": " + std::strerror(errno));
  committed_ = true;
}

std::string CsvField(std::string_view v) {
  if (v.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(v);
  std::string out = "\"";
  for (char c : v) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

namespace {

// Is every character of `s` allowed in XML 1.0 (and `s` valid UTF-8)? ASCII is checked a byte at a time.
bool AllXmlSafe(std::string_view s) {
  int32_t i = 0, n = static_cast<int32_t>(s.size());
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  while (i < n) {
    uint8_t b = p[i];
    if (b >= 0x20 && b < 0x80) {
      ++i;
      continue;
    }
    if (b < 0x20) {
      if (b != '\t' && b != '\n' && b != '\r') return false;
      ++i;
      continue;
    }
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c < 0 || (c >= 0xD800 && c <= 0xDFFF) || c == 0xFFFE || c == 0xFFFF) return false;
  }
  return true;
}

}  // namespace

std::string XmlSafe(std::string_view s) {
  if (AllXmlSafe(s)) return std::string(s);  // nearly always: one copy, no per-character appends
  std::string out;
  out.reserve(s.size());
  int32_t i = 0, n = static_cast<int32_t>(s.size());
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  while (i < n) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c < 0) continue;  // not UTF-8: dropped
    bool allowed = c >= 0x20 ? !(c >= 0xD800 && c <= 0xDFFF) && c != 0xFFFE && c != 0xFFFF
                             : c == '\t' || c == '\n' || c == '\r';
    if (allowed) out.append(s.substr(static_cast<size_t>(start), static_cast<size_t>(i - start)));
  }
  return out;
}

XmlSafeText::XmlSafeText(std::string_view utf8) {
  if (AllXmlSafe(utf8)) {
    view_ = utf8;
  } else {
    owned_ = XmlSafe(utf8);
    view_ = owned_;
  }
}

}  // namespace citykg::exporter
