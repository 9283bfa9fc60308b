// RDF writers: Turtle and N-Triples, both streamed in the emitter's deterministic order (no model is built).
#ifndef CITYKG_EXPORT_TURTLE_H_
#define CITYKG_EXPORT_TURTLE_H_

#include <cstddef>
#include <stdexcept>
#include <string>

#include "export/sink.h"
#include "export/triples.h"
#include "graph/knowledge_graph.h"

namespace citykg::exporter {

// Redland refused something (storage, parser, serializer, query). The message says what.
class RdfError : public std::runtime_error {
 public:
  explicit RdfError(const std::string& what) : std::runtime_error(what) {}
};

// Writes the graph as Turtle with the contract's prefixes (CONTRACT §2), streamed in emission order, so the same
// graph always gives the same bytes. Returns the number of triples. Throws RdfError or IoError.
size_t WriteTurtle(const graph::KnowledgeGraph& kg, Sink& sink);

// Writes the graph as N-Triples, one triple per line in emission order, without building a model.
size_t WriteNTriples(const graph::KnowledgeGraph& kg, Sink& sink);

// One term in N-Triples syntax (<iri>, "lexical"@lang, "lexical"^^<datatype>, _:blank), which SPARQL reads too.
std::string NTriplesTerm(const Term& t);

}  // namespace citykg::exporter

#endif  // CITYKG_EXPORT_TURTLE_H_
