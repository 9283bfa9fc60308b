#include "export/sink.h"

#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <filesystem>

namespace citykg::exporter {
namespace {
// Temporary paths of open sinks, for the signal handler (fixed storage: no allocation in the handler).
constexpr int kSlots = 16;
char g_open[kSlots][4096];
volatile std::sig_atomic_t g_used[kSlots];

void Track(const std::string& path) {
  for (int i = 0; i < kSlots; ++i)
    if (!g_used[i] && path.size() < sizeof g_open[i]) {
      std::memcpy(g_open[i], path.c_str(), path.size() + 1);
      g_used[i] = 1;
      return;
    }
}

void Untrack(const std::string& path) {
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

std::string XmlSafe(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  size_t i = 0;
  while (i < s.size()) {
    auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') out.push_back(static_cast<char>(c));
      ++i;
      continue;
    }
    size_t len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
    if (len == 1 || i + len > s.size()) {  // stray byte: drop
      ++i;
      continue;
    }
    bool ok = true;
    for (size_t k = 1; k < len; ++k)
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) ok = false;
    if (ok && len == 3) {
      // U+D800..U+DFFF (surrogates) and U+FFFE, U+FFFF are not XML characters.
      auto b1 = static_cast<unsigned char>(s[i + 1]), b2 = static_cast<unsigned char>(s[i + 2]);
      if (c == 0xED && b1 >= 0xA0) ok = false;
      if (c == 0xEF && b1 == 0xBF && (b2 == 0xBE || b2 == 0xBF)) ok = false;
    }
    if (ok) out.append(s.substr(i, len));
    i += ok ? len : 1;
  }
  return out;
}

}  // namespace citykg::exporter
