// `citykg build`: inputs → documents → extraction (in parallel) → graph → output files.
#ifndef CITYKG_PIPELINE_BUILD_H_
#define CITYKG_PIPELINE_BUILD_H_

#include <atomic>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "extract/extractor.h"
#include "extract/types.h"
#include "graph/knowledge_graph.h"

namespace citykg::pipeline {

struct BuildOptions {
  std::vector<std::string> inputs;  // files or folders (walked recursively)
  std::string out_dir;
  int jobs = 0;                     // 0: all cores
  std::vector<std::string> formats{"ttl", "graphml", "gexf"};  // ttl, graphml, gexf, csv, nt
  bool strict = false;              // any unreadable input fails the run
  bool city_projection = false;     // graph.graphml/.gexf/.csv hold the city network instead of the full graph
};

// Seconds per stage. read, extract and graph (merging each document into the graph) run on the worker threads
// and are given per thread (summed over threads / threads); resolve is KnowledgeGraph::Finalize; the RDF writers
// and the Gephi writers run on two threads, so their sum can exceed the wall time of that part.
struct StageTimes {
  double read = 0, extract = 0, graph = 0, resolve = 0, turtle = 0, ntriples = 0, graphml = 0, gexf = 0, total = 0;
};

struct BuildResult {
  size_t documents_read = 0;
  size_t documents_failed = 0;
  size_t bytes_read = 0;
  std::vector<extract::Diagnostic> diagnostics;  // sorted by file
  std::map<std::string, size_t> entities;        // by kind
  std::map<std::string, size_t> relations;       // by kind
  size_t triples = 0;
  std::vector<std::string> written;              // output files
  std::vector<double> written_seconds;           // time to write each of them (same order)
  StageTimes times;
};

// Progress callback: (documents done, documents total).
using ProgressFn = std::function<void(size_t, size_t)>;

// Expands files and folders (recursively, following no directory twice) into a sorted list of report files.
// Problems (missing input, unreadable folder, loops) go to `diagnostics`.
std::vector<std::string> CollectInputs(const std::vector<std::string>& inputs, std::vector<extract::Diagnostic>* diagnostics);

// Reads and extracts every input on `jobs` threads; the result does not depend on thread count or input order.
// Each unreadable input becomes a diagnostic; the rest goes on.
graph::KnowledgeGraph ExtractAll(const extract::Extractor& extractor, const std::vector<std::string>& files, int jobs,
                                 BuildResult* result, const ProgressFn& progress);

// The whole build, outputs written atomically into options.out_dir. Throws exporter::IoError / RdfError when an
// output cannot be written.
BuildResult RunBuild(const extract::Extractor& extractor, const BuildOptions& options, const ProgressFn& progress);

}  // namespace citykg::pipeline

#endif  // CITYKG_PIPELINE_BUILD_H_
