// A built graph loaded back from Turtle into an indexed Redland store, for SPARQL and evaluation.
#ifndef CITYKG_EXPORT_RDF_STORE_H_
#define CITYKG_EXPORT_RDF_STORE_H_

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "export/query_rewrite.h"
#include "export/triples.h"
#include "export/turtle.h"

namespace citykg::exporter {

struct QueryResults {
  enum class Kind { kBindings, kBoolean, kGraph };
  Kind kind = Kind::kBindings;
  std::vector<std::string> variables;
  std::vector<std::vector<std::optional<Term>>> rows;
  bool boolean = false;
  std::string graph_turtle;  // CONSTRUCT / DESCRIBE results
};

class RdfStore {
 public:
  // Loads `path` (a .ttl/.nt file, or an OUTDIR holding graph.ttl). Throws RdfError naming the file.
  static std::unique_ptr<RdfStore> Open(const std::string& path);
  ~RdfStore();

  // Runs a SPARQL 1.1 query; the contract's prefixes are declared unless the query declares them.
  // Throws RdfError with the engine's message (and position) on a syntax error.
  QueryResults Query(const std::string& sparql);

  // Every triple of the store.
  void ForEach(const std::function<void(const Term&, const Term&, const Term&)>& fn);
  size_t size();

  // The prologue of PREFIX declarations added to queries.
  static std::string Prologue();

 private:
  RdfStore();
  // Plans and runs one query (no prologue added, no OPTIONAL split).
  QueryResults Execute(const std::string& text);
  // Runs a query split by SplitOptionals; nullopt when a value cannot be written back into SPARQL (blank nodes).
  std::optional<QueryResults> RunSplit(const OptionalSplit& split);
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace citykg::exporter

#endif  // CITYKG_EXPORT_RDF_STORE_H_
