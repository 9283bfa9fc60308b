// Subcommands other than build: each returns the process exit status.
#ifndef CITYKG_CLI_COMMANDS_H_
#define CITYKG_CLI_COMMANDS_H_

#include <string>

#include "graph/knowledge_graph.h"

namespace citykg::cli {

int Explain(const std::string& file, bool with_text);
int Sparql(const std::string& graph, const std::string& query, const std::string& format, bool timing = false);
int Path(const std::string& graph, const std::string& from, const std::string& to, int max_hops, const std::string& via,
         bool all);
int Neighbors(const std::string& graph, const std::string& name);
int Stats(const std::string& graph, size_t top);
// Reads a built graph (OUTDIR or .ttl) back into a KnowledgeGraph (entities, relations, evidence).
graph::KnowledgeGraph LoadKnowledgeGraph(const std::string& path);

}  // namespace citykg::cli

#endif  // CITYKG_CLI_COMMANDS_H_
