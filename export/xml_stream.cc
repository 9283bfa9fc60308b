#include "export/xml_stream.h"

#include <stdexcept>

namespace citykg::exporter {

namespace {
constexpr size_t kFlushBytes = 1 << 16;
}

XmlStream::XmlStream(Sink& sink) : sink_(sink) {
  buf_.reserve(kFlushBytes + 4096);
  buf_ += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
}

XmlStream::~XmlStream() = default;

void XmlStream::Indent(size_t depth) { buf_.append(2 * depth, ' '); }

void XmlStream::EndStartTag() {
  if (open_.empty() || open_.back().state != State::kStartTag) return;
  buf_ += ">\n";
  open_.back().state = State::kChildren;
}

void XmlStream::MaybeFlush() {
  if (buf_.size() >= kFlushBytes) {
    sink_.Write(buf_);
    buf_.clear();
  }
}

void XmlStream::Open(std::string_view name) {
  if (!open_.empty() && open_.back().state == State::kText) throw std::logic_error("XmlStream: element after text");
  EndStartTag();
  Indent(open_.size());
  buf_ += '<';
  buf_ += name;
  open_.push_back({std::string(name), State::kStartTag});
}

void XmlStream::Attribute(std::string_view name, std::string_view value) {
  if (open_.empty() || open_.back().state != State::kStartTag) throw std::logic_error("XmlStream: attribute after content");
  buf_ += ' ';
  buf_ += name;
  buf_ += "=\"";
  EscapeAttribute(value);
  buf_ += '"';
}

void XmlStream::Attribute(std::string_view name, long long value) { Attribute(name, std::to_string(value)); }

void XmlStream::Text(std::string_view value) {
  if (open_.empty() || open_.back().state == State::kChildren) throw std::logic_error("XmlStream: text after children");
  if (value.empty()) return;
  if (open_.back().state == State::kStartTag) buf_ += '>';
  open_.back().state = State::kText;
  EscapeText(value);
}

void XmlStream::Close() {
  if (open_.empty()) throw std::logic_error("XmlStream: Close without Open");
  const Open_& top = open_.back();
  switch (top.state) {
    case State::kStartTag:
      buf_ += " />\n";
      break;
    case State::kText:
      buf_ += "</";
      buf_ += top.name;
      buf_ += ">\n";
      break;
    case State::kChildren:
      Indent(open_.size() - 1);
      buf_ += "</";
      buf_ += top.name;
      buf_ += ">\n";
      break;
  }
  open_.pop_back();
  MaybeFlush();
}

void XmlStream::Leaf(std::string_view name, std::string_view attr, std::string_view attr_value, std::string_view text) {
  Open(name);
  if (!attr.empty()) Attribute(attr, attr_value);
  Text(text);
  Close();
}

void XmlStream::Finish() {
  while (!open_.empty()) Close();
  sink_.Write(buf_);
  buf_.clear();
}

namespace {

// Bytes that text (1) or an attribute value (2) must escape.
struct EscapeTable {
  uint8_t bits[256] = {};
  EscapeTable() {
    for (unsigned char c : {'&', '<', '>'}) bits[c] |= 1;
    for (unsigned char c : {'&', '<', '"', '\t', '\n', '\r'}) bits[c] |= 2;
  }
};
const EscapeTable kEscape;

}  // namespace

void XmlStream::EscapeText(std::string_view s) {
  size_t from = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    if (!(kEscape.bits[static_cast<unsigned char>(s[i])] & 1)) continue;
    const char* rep = nullptr;
    switch (s[i]) {
      case '&': rep = "&amp;"; break;
      case '<': rep = "&lt;"; break;
      case '>': rep = "&gt;"; break;
      default: continue;
    }
    buf_.append(s.substr(from, i - from));
    buf_ += rep;
    from = i + 1;
  }
  buf_.append(s.substr(from));
}

void XmlStream::EscapeAttribute(std::string_view s) {
  size_t from = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    if (!(kEscape.bits[static_cast<unsigned char>(s[i])] & 2)) continue;
    const char* rep = nullptr;
    switch (s[i]) {
      case '&': rep = "&amp;"; break;
      case '<': rep = "&lt;"; break;
      case '"': rep = "&quot;"; break;
      case '\t': rep = "&#09;"; break;
      case '\n': rep = "&#10;"; break;
      case '\r': rep = "&#13;"; break;
      default: continue;
    }
    buf_.append(s.substr(from, i - from));
    buf_ += rep;
    from = i + 1;
  }
  buf_.append(s.substr(from));
}

}  // namespace citykg::exporter
