#include "export/turtle.h"

#include <redland.h>

#include <memory>
#include <mutex>

#include "export/detail/redland.h"
#include "export/triples.h"

namespace citykg::exporter {

size_t WriteTurtle(const graph::KnowledgeGraph& kg, Sink& sink) {
  std::lock_guard<std::recursive_mutex> lock(detail::RedlandMutex());
  detail::World world;
  detail::Model model(world, "hashes", "hash-type='memory',index-predicates='yes'");
  size_t count = 0;
  EmitTriples(kg, [&](const Term& s, const Term& p, const Term& o) {
    model.Add(s, p, o);
    ++count;
  });
  std::string text = model.SerializeTurtle();
  sink.Write(text);
  return count;
}

namespace {

void AppendEscaped(std::string* out, std::string_view s, bool iri) {
  for (unsigned char c : s) {
    switch (c) {
      case '\\': out->append("\\\\"); break;
      case '"': out->append(iri ? "%22" : "\\\""); break;
      case '\n': out->append("\\n"); break;
      case '\r': out->append("\\r"); break;
      case '\t': out->append("\\t"); break;
      default:
        if (c < 0x20 || (iri && (c == '<' || c == '>' || c == ' ' || c == '{' || c == '}' || c == '|' || c == '^' || c == '`'))) {
          char buf[8];
          std::snprintf(buf, sizeof buf, iri ? "%%%02X" : "\\u%04X", c);
          out->append(buf);
        } else {
          out->push_back(static_cast<char>(c));
        }
    }
  }
}

void AppendTerm(std::string* out, const Term& t) {
  if (t.type == Term::Type::kIri) {
    out->push_back('<');
    AppendEscaped(out, t.value, true);
    out->push_back('>');
    return;
  }
  out->push_back('"');
  AppendEscaped(out, t.value, false);
  out->push_back('"');
  if (!t.lang.empty()) {
    out->push_back('@');
    out->append(t.lang);
  } else if (!t.datatype.empty()) {
    out->append("^^<");
    out->append(t.datatype);
    out->push_back('>');
  }
}

}  // namespace

size_t WriteNTriples(const graph::KnowledgeGraph& kg, Sink& sink) {
  std::string buf;
  size_t count = 0;
  EmitTriples(kg, [&](const Term& s, const Term& p, const Term& o) {
    AppendTerm(&buf, s);
    buf.push_back(' ');
    AppendTerm(&buf, p);
    buf.push_back(' ');
    AppendTerm(&buf, o);
    buf.append(" .\n");
    ++count;
    if (buf.size() > (1 << 20)) {
      sink.Write(buf);
      buf.clear();
    }
  });
  sink.Write(buf);
  return count;
}

}  // namespace citykg::exporter
