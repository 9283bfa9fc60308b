// Every writer writes to a Sink (STYLE.md habit 8): tests use StringSink, the CLI an AtomicFileSink.
#ifndef CITYKG_EXPORT_SINK_H_
#define CITYKG_EXPORT_SINK_H_

#include <cstddef>
#include <cstdio>
#include <stdexcept>
#include <string>
#include <string_view>

namespace citykg::exporter {

// Writing failed (disk full, permission, ...). Carries the path.
class IoError : public std::runtime_error {
 public:
  explicit IoError(const std::string& what) : std::runtime_error(what) {}
};

class Sink {
 public:
  virtual ~Sink() = default;
  virtual void Write(const char* data, size_t size) = 0;
  void Write(std::string_view s) { Write(s.data(), s.size()); }
};

class StringSink : public Sink {
 public:
  void Write(const char* data, size_t size) override { out_.append(data, size); }
  using Sink::Write;
  const std::string& str() const { return out_; }

 private:
  std::string out_;
};

// Writes to `path.tmp.<pid>` and renames to `path` on Commit(); if never committed (error, interruption),
// the temporary file is removed and an existing `path` is left untouched.
class AtomicFileSink : public Sink {
 public:
  explicit AtomicFileSink(std::string path);  // throws IoError
  ~AtomicFileSink() override;
  AtomicFileSink(const AtomicFileSink&) = delete;
  AtomicFileSink& operator=(const AtomicFileSink&) = delete;
  void Write(const char* data, size_t size) override;  // throws IoError
  using Sink::Write;
  void Commit();  // flush, fsync, rename; throws IoError
  const std::string& temp_path() const { return temp_; }

 private:
  std::string path_;
  std::string temp_;
  std::FILE* file_ = nullptr;
  bool committed_ = false;
};

// Removes the temporary files of sinks still open. Async-signal-safe: for a SIGINT/SIGTERM handler.
void RemoveOpenTemporaries();

// A CSV field (RFC 4180): quoted when it holds a comma, quote or line break; quotes doubled.
std::string CsvField(std::string_view value);

// Characters XML 1.0 forbids (C0 controls but tab/LF/CR, U+FFFE/U+FFFF, lone surrogates) and bytes that are not
// UTF-8 (stray, truncated or overlong sequences; a file name may hold any bytes) removed.
std::string XmlSafe(std::string_view utf8);

// The same, without a copy when nothing is removed (nearly always): a view of `utf8`, or of the cleaned copy it
// owns. Valid while `utf8` is.
class XmlSafeText {
 public:
  explicit XmlSafeText(std::string_view utf8);
  operator std::string_view() const { return view_; }  // NOLINT(google-explicit-constructor): used as a view

 private:
  std::string owned_;
  std::string_view view_;
};

}  // namespace citykg::exporter

#endif  // CITYKG_EXPORT_SINK_H_
