// A streaming XML writer: elements go to the Sink as they are written, so a GraphML or GEXF file of any size
// needs no document tree in memory. The layout is pugixml's format_indent with two spaces (one element per line;
// an element with only text keeps it on its line; an empty element ends with " />"), and the escaping is the same:
// in text & < >, in attributes & < " and tab/LF/CR as character references.
#ifndef CITYKG_EXPORT_XML_STREAM_H_
#define CITYKG_EXPORT_XML_STREAM_H_

#include <string>
#include <string_view>
#include <vector>

#include "export/sink.h"

namespace citykg::exporter {

class XmlStream {
 public:
  // Writes the declaration `<?xml version="1.0" encoding="UTF-8"?>`.
  explicit XmlStream(Sink& sink);
  ~XmlStream();  // does not flush: call Finish() (a writer that threw must not leave half a file "finished")
  XmlStream(const XmlStream&) = delete;
  XmlStream& operator=(const XmlStream&) = delete;

  void Open(std::string_view name);
  // An attribute of the element just opened (before any child or text). The value must be XML-safe (XmlSafe).
  void Attribute(std::string_view name, std::string_view value);
  void Attribute(std::string_view name, long long value);
  // The text of the element just opened, which then has no child elements. Empty text writes nothing.
  void Text(std::string_view value);
  void Close();
  // <name attr...>text</name> in one call: an element with one optional attribute and text.
  void Leaf(std::string_view name, std::string_view attr, std::string_view attr_value, std::string_view text);
  // Closes every open element and hands the rest of the buffer to the sink.
  void Finish();

 private:
  enum class State { kStartTag, kText, kChildren };
  void EndStartTag();
  void Indent(size_t depth);
  void EscapeText(std::string_view s);
  void EscapeAttribute(std::string_view s);
  void MaybeFlush();

  Sink& sink_;
  std::string buf_;
  struct Open_ {
    std::string name;
    State state;
  };
  std::vector<Open_> open_;
};

}  // namespace citykg::exporter

#endif  // CITYKG_EXPORT_XML_STREAM_H_
