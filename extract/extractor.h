// Extraction: one document in, entities and relations with evidence out.
#ifndef CITYKG_EXTRACT_EXTRACTOR_H_
#define CITYKG_EXTRACT_EXTRACTOR_H_

#include <memory>
#include <string>
#include <vector>

#include "extract/gazetteer.h"
#include "extract/normalize.h"
#include "extract/types.h"

namespace citykg::extract {

// A recognized mention, for `citykg explain` and tests.
struct Mention {
  Span span;
  std::string kind;     // "place", "country", "org", "title", "person", "event", "date", "self"
  std::string surface;  // as written (normalized)
  std::string rule;     // which rule found it
  int entity = -1;      // index into ExtractedDocument::entities, where resolved
};

// Every intermediate stage of one document (STYLE.md habit 9).
struct Trace {
  NormalizedText text;
  std::vector<Span> sentences;
  std::vector<Mention> mentions;
};

// Compiled once from a gazetteer; immutable and safe to share between threads.
class Extractor {
 public:
  explicit Extractor(std::shared_ptr<const Gazetteer> gazetteer);

  // Extracts entities and relations from one decoded document. Never throws for content: problems go to
  // ExtractedDocument::diagnostics. The document's text is not kept in the result (only path, name, encoding).
  // With `trace`, fills in every stage for inspection.
  ExtractedDocument Extract(const Document& doc, Trace* trace = nullptr) const;

  const Gazetteer& gazetteer() const { return *gazetteer_; }

 private:
  std::shared_ptr<const Gazetteer> gazetteer_;
};

}  // namespace citykg::extract

#endif  // CITYKG_EXTRACT_EXTRACTOR_H_
