#include "export/turtle.h"

#include <cctype>
#include <cstdio>
#include <set>
#include <string_view>
#include <utility>
#include <vector>

#include "export/triples.h"
#include "extract/normalize.h"
#include "ontology/vocab.h"

namespace citykg::exporter {

namespace {

void AppendEscaped(std::string* out, std::string_view text, bool iri) {
  std::string repaired;
  std::string_view s = text;
  if (!extract::IsValidUtf8(text)) {  // N-Triples and Turtle are UTF-8; a file name may hold any bytes
    int bad = 0;
    extract::RepairUtf8(text, &repaired, &bad);
    s = repaired;
  }
  // Runs of bytes that need no escape are appended whole; which bytes need one is looked up in a table.
  auto escape_run = [&](auto needs_escape, auto escape) {
    struct Table {
      bool needs[256];
    };
    auto make = [&] {
      Table t{};
      for (int c = 0; c < 256; ++c) t.needs[c] = needs_escape(static_cast<unsigned char>(c));
      return t;
    };
    static const Table table = make();  // one per instantiation: IRIs and literals each have theirs
    size_t from = 0;
    for (size_t i = 0; i < s.size(); ++i) {
      auto c = static_cast<unsigned char>(s[i]);
      if (!table.needs[c]) continue;
      out->append(s.data() + from, i - from);
      escape(c);
      from = i + 1;
    }
    out->append(s.data() + from, s.size() - from);
  };
  if (iri) {
    // IRIREF has no backslash escapes but \u: everything it forbids is percent-encoded.
    escape_run(
        [](unsigned char c) {
          return c <= 0x20 || c == '<' || c == '>' || c == '"' || c == '{' || c == '}' || c == '|' || c == '^' ||
                 c == '`' || c == '\\';
        },
        [&](unsigned char c) {
          char buf[4];
          std::snprintf(buf, sizeof buf, "%%%02X", c);
          out->append(buf);
        });
    return;
  }
  escape_run([](unsigned char c) { return c == '\\' || c == '"' || c < 0x20 || c == 0x7F; },
             [&](unsigned char c) {
               switch (c) {
                 case '\\': out->append("\\\\"); break;
                 case '"': out->append("\\\""); break;
                 case '\n': out->append("\\n"); break;
                 case '\r': out->append("\\r"); break;
                 case '\t': out->append("\\t"); break;
                 default: {
                   char buf[8];
                   std::snprintf(buf, sizeof buf, "\\u%04X", c);
                   out->append(buf);
                 }
               }
             });
}

// Turtle's PN_LOCAL, restricted to what citykg's local names use: letters and digits of any script, '_', '-'
// (not first). Anything else keeps the full <IRI>.
bool IsLocalName(std::string_view s) {
  if (s.empty() || s[0] == '-' || !extract::IsValidUtf8(s)) return false;
  size_t i = 0;
  while (i < s.size()) {
    auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      if (!(std::isalnum(c) || c == '_' || c == '-')) return false;
      ++i;
      continue;
    }
    // decode one UTF-8 sequence
    int len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 0;
    if (len == 0 || i + static_cast<size_t>(len) > s.size()) return false;
    char32_t cp = c & (len == 4 ? 0x07 : len == 3 ? 0x0F : 0x1F);
    for (int k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + static_cast<size_t>(k)]) & 0x3F);
    bool ok = (cp >= 0xC0 && cp <= 0xD6) || (cp >= 0xD8 && cp <= 0xF6) || (cp >= 0xF8 && cp <= 0x2FF) ||
              (cp >= 0x370 && cp <= 0x37D) || (cp >= 0x37F && cp <= 0x1FFF) || (cp >= 0x2070 && cp <= 0x218F) ||
              (cp >= 0x2C00 && cp <= 0x2FEF) || (cp >= 0x3001 && cp <= 0xD7FF) || (cp >= 0xF900 && cp <= 0xFDCF) ||
              (cp >= 0xFDF0 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0xEFFFF);
    if (!ok) return false;
    i += static_cast<size_t>(len);
  }
  return true;
}

// An IRI as <…>, or as prefix:local when `abbreviate` (Turtle) and the local part allows it.
void AppendIri(std::string* out, const std::string& iri, bool abbreviate) {
  if (abbreviate) {
    for (const auto& p : ontology::kPrefixes) {
      if (iri.size() > p.iri.size() && iri.compare(0, p.iri.size(), p.iri) == 0) {
        std::string_view local(iri.data() + p.iri.size(), iri.size() - p.iri.size());
        if (IsLocalName(local)) {
          out->append(p.name);
          out->push_back(':');
          out->append(local);
          return;
        }
      }
    }
  }
  out->push_back('<');
  AppendEscaped(out, iri, true);
  out->push_back('>');
}

// One term in N-Triples (abbreviate = false) or Turtle (abbreviate = true) syntax.
void AppendTerm(std::string* out, const Term& t, bool abbreviate) {
  if (t.type == Term::Type::kIri) {
    AppendIri(out, t.value, abbreviate);
    return;
  }
  out->push_back('"');
  AppendEscaped(out, t.value, false);
  out->push_back('"');
  if (!t.lang.empty()) {
    out->push_back('@');
    out->append(t.lang);
  } else if (!t.datatype.empty()) {
    out->append("^^");
    AppendIri(out, t.datatype, abbreviate);
  }
}

}  // namespace

std::string NTriplesTerm(const Term& t) {
  if (t.type == Term::Type::kIri && t.value.rfind("_:", 0) == 0) return t.value;  // a blank node read from a store
  std::string out;
  AppendTerm(&out, t, false);
  return out;
}

size_t WriteTurtle(const graph::KnowledgeGraph& kg, Sink& sink) {
  // Streamed in the emitter's (deterministic) order: a subject's triples are grouped with ';' and ',' while they
  // come together; nothing but the current subject is held.
  static const std::string kRdfType = std::string(ontology::kRdf) + "type";
  std::string buf;
  for (const auto& p : ontology::kPrefixes) {
    buf.append("@prefix ").append(p.name).append(": <").append(p.iri).append("> .\n");
  }
  std::string subject, predicate;
  // (predicate, object) of the current subject block, to drop a triple written twice. Most blocks are short: their
  // pairs are compared in a reused list (no allocation per triple); a long block moves them to a set.
  std::vector<std::string> short_seen;
  size_t short_count = 0;
  std::set<std::string> seen;
  auto first_time = [&](const std::string& p, const std::string& o) {
    static constexpr size_t kShort = 32;
    auto key_equals = [&](const std::string& key) {
      return key.size() == p.size() + 1 + o.size() && key.compare(0, p.size(), p) == 0 && key[p.size()] == '\0' &&
             key.compare(p.size() + 1, o.size(), o) == 0;
    };
    if (seen.empty()) {
      for (size_t i = 0; i < short_count; ++i)
        if (key_equals(short_seen[i])) return false;
      if (short_count < kShort) {
        if (short_seen.size() <= short_count) short_seen.emplace_back();
        short_seen[short_count].assign(p).push_back('\0');
        short_seen[short_count++].append(o);
        return true;
      }
      for (size_t i = 0; i < short_count; ++i) seen.insert(short_seen[i]);
    }
    std::string key = p;
    key.push_back('\0');
    key += o;
    return seen.insert(std::move(key)).second;
  };
  std::string object_text;
  size_t count = 0;
  EmitTriples(kg, [&](const Term& s, const Term& p, const Term& o) {
    object_text.clear();
    AppendTerm(&object_text, o, true);
    if (s.value != subject || subject.empty()) {
      if (!subject.empty()) buf.append(" .\n");
      subject = s.value;
      predicate.clear();
      seen.clear();
      short_count = 0;
      buf.push_back('\n');
      AppendIri(&buf, subject, true);
    }
    if (!first_time(p.value, object_text)) return;  // the same triple again
    ++count;
    if (p.value == predicate) {
      buf.append(" ,\n        ");
    } else {
      buf.append(predicate.empty() ? "\n    " : " ;\n    ");
      predicate = p.value;
      if (predicate == kRdfType) {
        buf.push_back('a');
      } else {
        AppendIri(&buf, predicate, true);
      }
      buf.push_back(' ');
    }
    buf.append(object_text);
    if (buf.size() > (1 << 20)) {
      sink.Write(buf);
      buf.clear();
    }
  });
  if (!subject.empty()) buf.append(" .\n");
  sink.Write(buf);
  return count;
}

size_t WriteNTriples(const graph::KnowledgeGraph& kg, Sink& sink) {
  std::string buf;
  size_t count = 0;
  EmitTriples(kg, [&](const Term& s, const Term& p, const Term& o) {
    AppendTerm(&buf, s, false);
    buf.push_back(' ');
    AppendTerm(&buf, p, false);
    buf.push_back(' ');
    AppendTerm(&buf, o, false);
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
