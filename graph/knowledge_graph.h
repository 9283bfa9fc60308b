// The knowledge graph: entities merged across documents, relations merged with a count, each with evidence.
// The one place where results accumulate across documents (STYLE.md "Data flow").
#ifndef CITYKG_GRAPH_KNOWLEDGE_GRAPH_H_
#define CITYKG_GRAPH_KNOWLEDGE_GRAPH_H_

#include <boost/graph/adjacency_list.hpp>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "extract/types.h"
#include "graph/string_pool.h"
#include "ontology/vocab.h"

namespace citykg::graph {

// The strings point into the graph's StringPool (one copy of each quote and report name, however many facts
// cite it).
struct EvidenceRef {
  std::string_view report;  // document file name
  std::string_view quote;
  uint32_t start = 0;
  uint32_t end = 0;
  uint32_t page = 0;  // 0: the document has no pages
  auto operator<=>(const EvidenceRef&) const = default;
};

struct Node {
  std::string key;  // merge key (see extract::Entity::key)
  std::string iri;
  ontology::EntityKind kind = ontology::EntityKind::kPerson;
  std::string label;
  std::string label_en;
  std::vector<std::string> names;  // other names, sorted, unique, without label / label_en
  std::string wikidata;
  extract::Date date, end_date;
  std::vector<std::string> sources;  // report names, sorted
};

struct Edge {
  ontology::RelationKind kind = ontology::RelationKind::kPost;
  ontology::Role role = ontology::Role::kOther;
  std::string title;
  bool past = false;
  extract::Date first_date, last_date;
  int count = 0;
  std::vector<EvidenceRef> evidence;  // sorted, unique
  std::string iri;                    // posts: the org:Membership node
};

using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, Node, Edge>;
using Vertex = Graph::vertex_descriptor;
using EdgeDescriptor = Graph::edge_descriptor;

struct MeetingRecord {
  std::string iri;
  std::vector<Vertex> attendees;
  extract::Date date;
  std::optional<Vertex> location;
  EvidenceRef evidence;
};

struct ReportRecord {
  std::string iri;
  std::string name;  // file name (dcterms:source)
  std::string title;
  std::string encoding;
  std::optional<Vertex> publisher;
  extract::Date date;
  extract::Date trip_start, trip_end;
};

// Accumulates extracted documents, then Finalize() resolves and freezes. Add() merges each document into the
// build state at once (its text and per-document lists are dropped), so memory grows with the graph, not the
// corpus. Documents may be added in any order: the result depends only on the set of documents (where the first
// document decides, e.g. a node's label, "first" is by file name, then path).
class KnowledgeGraph {
 public:
  KnowledgeGraph();
  ~KnowledgeGraph();
  KnowledgeGraph(KnowledgeGraph&&) noexcept;
  KnowledgeGraph& operator=(KnowledgeGraph&&) noexcept;

  void Add(extract::ExtractedDocument doc);
  // Merges entities (keys, shared names, short forms resolved by surname + post), mints IRIs, builds the
  // Boost graph. Call once, after the last Add.
  void Finalize();

  // A finalized graph from parts (e.g. read back from RDF for `citykg path`); builds the name index. The evidence
  // strings of `g` must live in `pool`.
  static KnowledgeGraph FromGraph(Graph g, std::shared_ptr<StringPool> pool, std::vector<MeetingRecord> meetings = {},
                                  std::vector<ReportRecord> reports = {});

  const Graph& graph() const { return graph_; }
  const std::vector<MeetingRecord>& meetings() const { return meetings_; }
  const std::vector<ReportRecord>& reports() const { return reports_; }
  // Vertices whose label or any name matches (CONTRACT §4 matching), sorted by IRI.
  std::vector<Vertex> FindByName(std::string_view name) const;
  // Counts by kind, for the summary.
  std::map<std::string, size_t> EntityCounts() const;
  std::map<std::string, size_t> RelationCounts() const;

 private:
  struct Builder;
  std::unique_ptr<Builder> builder_;  // merge state between Add and Finalize
  std::shared_ptr<StringPool> pool_;
  Graph graph_;
  std::vector<MeetingRecord> meetings_;
  std::vector<ReportRecord> reports_;
  void IndexNames();
  std::multimap<std::string, Vertex> by_name_;
};

// A relation label for GraphML / paths: "Mayor", "memberOf", "metWith", "attended", ...
std::string RelationLabel(const Edge& e);

}  // namespace citykg::graph

#endif  // CITYKG_GRAPH_KNOWLEDGE_GRAPH_H_
