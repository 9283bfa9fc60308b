// Loading a built graph into a triple store through the SPARQL 1.1 Graph Store HTTP Protocol (libcurl).
#ifndef CITYKG_EXPORT_GRAPH_STORE_H_
#define CITYKG_EXPORT_GRAPH_STORE_H_

#include <stdexcept>
#include <string>

namespace citykg::exporter {

// The server refused or could not be reached. `status` is the HTTP status (0 when there was no answer);
// `body` holds the start of the server's answer.
class LoadError : public std::runtime_error {
 public:
  LoadError(const std::string& what, long http_status, std::string server_body)
      : std::runtime_error(what), status(http_status), body(std::move(server_body)) {}
  long status;
  std::string body;
};

struct LoadOptions {
  std::string endpoint;  // the Graph Store endpoint, e.g. http://127.0.0.1:8890/sparql-graph-crud-auth
  std::string graph_iri = "https://w3id.org/citykg/graph";
  bool add = false;  // false: PUT (replace the named graph); true: POST (add to it)
  std::string user, password;  // HTTP basic or digest, whichever the server asks for
  // The query parameter naming the graph. "graph" per the W3C protocol; Virtuoso also reads "graph-uri".
  std::string graph_param = "graph";
  long timeout_seconds = 600;  // whole request; 0: none
};

struct LoadResult {
  std::string file;     // the file sent (graph.ttl or graph.nt)
  size_t triples = 0;   // triples in it (counted by parsing it)
  size_t bytes = 0;
  long status = 0;      // the server's HTTP status
  double seconds = 0;   // time of the HTTP request
  std::string request;  // "PUT <url>"
};

// The file holding a built graph: `path` itself if it is a file, else OUTDIR/graph.ttl (or graph.nt).
// Throws RdfError when there is none.
std::string GraphFile(const std::string& path);

// Counts the triples of a Turtle or N-Triples file by streaming it through raptor (no model is built).
// Throws RdfError with the parser's message when the file is not valid.
size_t CountTriples(const std::string& file);

// Sends the graph at `path` (OUTDIR or file) to the store. Throws LoadError when the server refuses or
// cannot be reached, RdfError when the graph file is missing or invalid.
LoadResult LoadIntoStore(const std::string& path, const LoadOptions& options);

}  // namespace citykg::exporter

#endif  // CITYKG_EXPORT_GRAPH_STORE_H_
