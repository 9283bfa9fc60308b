#include "export/sink.h"

#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

namespace citykg::exporter {

AtomicFileSink::AtomicFileSink(std::string path) : path_(std::move(path)) {
  temp_ = path_ + ".tmp." + std::to_string(::getpid());
  file_ = std::fopen(temp_.c_str(), "wb");
  if (!file_) throw IoError("cannot write " + temp_ + ": " + std::strerror(errno));
}

AtomicFileSink::~AtomicFileSink() {
  if (file_) std::fclose(file_);
  if (!committed_) std::remove(temp_.c_str());
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
