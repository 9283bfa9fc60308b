#include "export/rdf_store.h"

#include <filesystem>
#include <algorithm>
#include <regex>

#include "export/detail/redland.h"
#include "export/query_rewrite.h"
#include "ontology/vocab.h"

namespace citykg::exporter {

struct RdfStore::Impl {
  std::unique_lock<std::recursive_mutex> lock{detail::RedlandMutex()};
  detail::World world;
  // All three hash indexes (sp2o, po2s, so2p) and predicate indexing keep joins index-driven (TECH-NOTES).
  detail::Model model{world, "hashes", "hash-type='memory',index-predicates='yes'"};
};

RdfStore::RdfStore() : impl_(std::make_unique<Impl>()) {}
RdfStore::~RdfStore() = default;

std::unique_ptr<RdfStore> RdfStore::Open(const std::string& path) {
  namespace fs = std::filesystem;
  std::string file = path;
  if (fs::is_directory(path)) file = (fs::path(path) / "graph.ttl").string();
  if (!fs::exists(file))
    throw RdfError("no graph at " + file + " (build one first: citykg build INPUT... -o OUTDIR)");
  std::unique_ptr<RdfStore> store(new RdfStore());
  std::string abs = fs::absolute(file).string();
  const char* syntax = fs::path(file).extension() == ".nt" ? "ntriples" : "turtle";
  store->impl_->model.ParseFile(abs, syntax);
  return store;
}

std::string RdfStore::Prologue() {
  std::string out;
  for (const auto& p : ontology::kPrefixes)
    out += "PREFIX " + std::string(p.name) + ": <" + std::string(p.iri) + ">\n";
  return out;
}

size_t RdfStore::size() { return static_cast<size_t>(librdf_model_size(impl_->model.get())); }

void RdfStore::ForEach(const std::function<void(const Term&, const Term&, const Term&)>& fn) {
  librdf_stream* stream = librdf_model_as_stream(impl_->model.get());
  if (!stream) throw RdfError("cannot list the store's triples");
  while (!librdf_stream_end(stream)) {
    librdf_statement* st = librdf_stream_get_object(stream);
    fn(detail::ToTerm(librdf_statement_get_subject(st)), detail::ToTerm(librdf_statement_get_predicate(st)),
       detail::ToTerm(librdf_statement_get_object(st)));
    librdf_stream_next(stream);
  }
  librdf_free_stream(stream);
}

QueryResults RdfStore::Query(const std::string& sparql) {
  // Declare the contract's prefixes unless the query declares its own of the same name.
  std::string prologue;
  for (const auto& p : ontology::kPrefixes) {
    std::regex declared("PREFIX\\s+" + std::string(p.name) + "\\s*:", std::regex::icase);
    if (!std::regex_search(sparql, declared))
      prologue += "PREFIX " + std::string(p.name) + ": <" + std::string(p.iri) + ">\n";
  }
  // Language tags are case-insensitive, but Redland stores them lower-cased and rasqal compares them exactly:
  // lower-case the tags of the query's literals ("東京都"@zh-Hant → @zh-hant).
  static const std::regex kLangTag("([\"'])@([A-Za-z]+(?:-[A-Za-z0-9]+)*)");
  std::string lowered;
  auto begin = std::sregex_iterator(sparql.begin(), sparql.end(), kLangTag);
  size_t last = 0;
  for (auto it = begin; it != std::sregex_iterator(); ++it) {
    lowered += sparql.substr(last, static_cast<size_t>(it->position()) - last);
    std::string tag = (*it)[2].str();
    std::transform(tag.begin(), tag.end(), tag.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    lowered += (*it)[1].str() + "@" + tag;
    last = static_cast<size_t>(it->position() + it->length());
  }
  lowered += sparql.substr(last);
  std::string text = prologue + lowered;
  librdf_world* w = impl_->world.get();
  impl_->world.TakeLog();
  librdf_query* q = librdf_new_query(w, "sparql", nullptr, reinterpret_cast<const unsigned char*>(text.c_str()), nullptr);
  if (!q) {
    std::string log = impl_->world.TakeLog();
    throw RdfError("SPARQL syntax error: " + (log.empty() ? std::string("the query could not be parsed") : log) +
                   " (line numbers count the " + std::to_string(std::count(prologue.begin(), prologue.end(), '\n')) +
                   " PREFIX lines citykg adds first)");
  }
  // The query is valid as written (errors above keep the user's positions); run it with its filters at the ends
  // of their groups, where rasqal evaluates them correctly (query_rewrite.h).
  std::string planned = PlanForRasqal(text);
  if (planned != text) {
    librdf_query* h = librdf_new_query(w, "sparql", nullptr, reinterpret_cast<const unsigned char*>(planned.c_str()), nullptr);
    impl_->world.TakeLog();
    if (h) {
      librdf_free_query(q);
      q = h;
    }
  }
  librdf_query_results* res = librdf_query_execute(q, impl_->model.get());
  if (!res) {
    std::string log = impl_->world.TakeLog();
    librdf_free_query(q);
    throw RdfError("SPARQL query failed: " + (log.empty() ? std::string("the engine gave no reason") : log));
  }
  QueryResults out;
  if (librdf_query_results_is_boolean(res)) {
    out.kind = QueryResults::Kind::kBoolean;
    out.boolean = librdf_query_results_get_boolean(res) > 0;
  } else if (librdf_query_results_is_graph(res)) {
    out.kind = QueryResults::Kind::kGraph;
    librdf_stream* stream = librdf_query_results_as_stream(res);
    detail::Model graph(impl_->world, "memory", "");
    if (stream) {
      librdf_model_add_statements(graph.get(), stream);
      librdf_free_stream(stream);
    }
    out.graph_turtle = graph.SerializeTurtle();
  } else {
    int n = librdf_query_results_get_bindings_count(res);
    for (int i = 0; i < n; ++i) out.variables.emplace_back(librdf_query_results_get_binding_name(res, i));
    while (!librdf_query_results_finished(res)) {
      std::vector<std::optional<Term>> row;
      for (int i = 0; i < n; ++i) {
        librdf_node* node = librdf_query_results_get_binding_value(res, i);
        if (node) {
          row.emplace_back(detail::ToTerm(node));
          librdf_free_node(node);
        } else {
          row.emplace_back(std::nullopt);
        }
      }
      out.rows.push_back(std::move(row));
      librdf_query_results_next(res);
    }
  }
  librdf_free_query_results(res);
  librdf_free_query(q);
  return out;
}

}  // namespace citykg::exporter
