// The RDF view of a knowledge graph (CONTRACT §2), as a stream of triples in a deterministic order.
#ifndef CITYKG_EXPORT_TRIPLES_H_
#define CITYKG_EXPORT_TRIPLES_H_

#include <functional>
#include <string>

#include "graph/knowledge_graph.h"

namespace citykg::exporter {

struct Term {
  enum class Type { kIri, kLiteral };
  Type type = Type::kIri;
  std::string value;     // IRI or lexical form
  std::string lang;      // literals: language tag, or empty
  std::string datatype;  // literals: datatype IRI, or empty
  static Term Iri(std::string v) { return {Type::kIri, std::move(v), {}, {}}; }
  static Term Lit(std::string v, std::string lang = {}) { return {Type::kLiteral, std::move(v), std::move(lang), {}}; }
  static Term Typed(std::string v, std::string datatype) { return {Type::kLiteral, std::move(v), {}, std::move(datatype)}; }
};

using TripleFn = std::function<void(const Term& s, const Term& p, const Term& o)>;

// Calls `emit` once per triple of the graph's RDF form. Same graph, same sequence.
void EmitTriples(const graph::KnowledgeGraph& kg, const TripleFn& emit);

// "zh-Hant" for text with Han characters, "en" otherwise.
std::string LanguageOf(std::string_view text);

}  // namespace citykg::exporter

#endif  // CITYKG_EXPORT_TRIPLES_H_
