#include "export/rdf_store.h"

#include <filesystem>
#include <algorithm>
#include <cstdlib>
#include <map>
#include <set>
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

namespace {

bool Numeric(const Term& t) {
  static const std::string kXsd = "http://www.w3.org/2001/XMLSchema#";
  if (t.datatype.rfind(kXsd, 0) != 0) return false;
  std::string type = t.datatype.substr(kXsd.size());
  return type == "integer" || type == "decimal" || type == "double" || type == "float" || type == "int" ||
         type == "long" || type == "nonNegativeInteger" || type == "positiveInteger";
}

// SPARQL's ORDER BY order: unbound, then IRIs (and blank nodes), then literals; numbers by value, other literals by
// lexical form (code point order), then language tag and datatype so the order is total.
int CompareForOrder(const std::optional<Term>& a, const std::optional<Term>& b) {
  if (!a || !b) return a ? 1 : b ? -1 : 0;
  if (a->type != b->type) return a->type == Term::Type::kIri ? -1 : 1;
  if (a->type == Term::Type::kLiteral && Numeric(*a) && Numeric(*b)) {
    char* end_a = nullptr;
    char* end_b = nullptr;
    double x = std::strtod(a->value.c_str(), &end_a), y = std::strtod(b->value.c_str(), &end_b);
    if (*end_a == 0 && *end_b == 0 && x != y) return x < y ? -1 : 1;
  }
  if (int c = a->value.compare(b->value)) return c < 0 ? -1 : 1;
  if (int c = a->lang.compare(b->lang)) return c < 0 ? -1 : 1;
  if (int c = a->datatype.compare(b->datatype)) return c < 0 ? -1 : 1;
  return 0;
}

}  // namespace

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
  librdf_free_query(q);
  // The query is valid as written (errors above keep the user's positions). OPTIONAL groups are joined here, with
  // the left row's bindings (rasqal re-evaluates them unbound per row); anything else runs planned (query_rewrite.h).
  OptionalSplit split;
  if (SplitOptionals(text, &split)) {
    if (auto joined = RunSplit(split)) return *std::move(joined);
  }
  return Execute(text);
}

QueryResults RdfStore::Execute(const std::string& text) {
  librdf_world* w = impl_->world.get();
  impl_->world.TakeLog();
  // Filters at the ends of their groups, where rasqal evaluates them correctly; patterns in index order.
  std::string planned = PlanForRasqal(text);
  librdf_query* q = librdf_new_query(w, "sparql", nullptr, reinterpret_cast<const unsigned char*>(planned.c_str()), nullptr);
  if (!q && planned != text)
    q = librdf_new_query(w, "sparql", nullptr, reinterpret_cast<const unsigned char*>(text.c_str()), nullptr);
  if (!q) {
    std::string log = impl_->world.TakeLog();
    throw RdfError("SPARQL syntax error: " + (log.empty() ? std::string("the query could not be parsed") : log));
  }
  impl_->world.TakeLog();
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

std::optional<QueryResults> RdfStore::RunSplit(const OptionalSplit& sp) {
  // Every variable of the joined rows: the required ones, then each OPTIONAL's new ones.
  std::vector<std::string> vars = sp.required_vars;
  for (const auto& opt : sp.optionals)
    for (const auto& v : opt.vars)
      if (std::find(vars.begin(), vars.end(), v) == vars.end()) vars.push_back(v);
  auto text_of = [](const std::optional<Term>& t, std::string* out) {  // false for a blank node
    if (!t) return true;
    if (t->type == Term::Type::kIri && t->value.rfind("_:", 0) == 0) return false;  // a blank node has no syntax
    *out = NTriplesTerm(*t);
    return true;
  };
  using Row = std::vector<std::optional<Term>>;  // indexed like `vars`
  std::vector<Row> rows;
  {
    std::string select = "SELECT";
    for (const auto& v : sp.required_vars) select += " ?" + v;
    QueryResults req = Execute(sp.prologue + select + " WHERE " + sp.required);
    for (auto& r : req.rows) {
      Row row(vars.size());
      for (size_t i = 0; i < r.size(); ++i) row[i] = std::move(r[i]);
      rows.push_back(std::move(row));
    }
  }
  for (const auto& opt : sp.optionals) {
    std::vector<Row> joined;
    std::map<std::string, QueryResults> cache;
    for (auto& row : rows) {
      std::vector<std::string> names, values, free;
      std::vector<size_t> free_index;
      for (const auto& v : opt.vars) {
        size_t i = static_cast<size_t>(std::find(vars.begin(), vars.end(), v) - vars.begin());
        if (row[i]) {
          std::string t;
          if (!text_of(row[i], &t)) return std::nullopt;
          names.push_back(v);
          values.push_back(std::move(t));
        } else {
          free.push_back(v);
          free_index.push_back(i);
        }
      }
      std::string q = sp.prologue + "SELECT";
      if (free.empty()) q += " (1 AS ?__ckg_one)";
      for (const auto& v : free) q += " ?" + v;
      q += " WHERE " + opt.Fill(names, values);
      auto it = cache.find(q);
      if (it == cache.end()) it = cache.emplace(q, Execute(q)).first;
      const QueryResults& ext = it->second;
      if (ext.rows.empty()) {
        joined.push_back(std::move(row));
        continue;
      }
      for (const auto& e : ext.rows) {
        Row merged = row;
        for (size_t k = 0; k < free.size(); ++k) merged[free_index[k]] = e[k + (free.empty() ? 1 : 0)];
        joined.push_back(std::move(merged));
      }
    }
    rows = std::move(joined);
  }
  // The projection and modifiers over the joined rows.
  QueryResults out;
  if (sp.ask) {
    out.kind = QueryResults::Kind::kBoolean;
    out.boolean = !rows.empty();
    return out;
  }
  auto column = [&](const std::string& v) {
    return static_cast<size_t>(std::find(vars.begin(), vars.end(), v) - vars.begin());  // vars.size(): never bound
  };
  auto value = [&](const Row& row, size_t c) -> const std::optional<Term>& {
    static const std::optional<Term> kUnbound;
    return c < row.size() ? row[c] : kUnbound;
  };
  if (!sp.order.empty()) {
    std::vector<std::pair<size_t, bool>> keys;
    for (const auto& key : sp.order) keys.emplace_back(column(key.var), key.descending);
    std::stable_sort(rows.begin(), rows.end(), [&](const Row& x, const Row& y) {
      for (const auto& [c, descending] : keys) {
        int r = CompareForOrder(value(x, c), value(y, c));
        if (r != 0) return descending ? r > 0 : r < 0;
      }
      return false;
    });
  }
  out.variables = sp.projection;
  std::set<std::vector<std::string>> seen;
  long long skipped = 0;
  for (const auto& row : rows) {
    std::vector<std::optional<Term>> projected;
    std::vector<std::string> key;
    for (const auto& v : sp.projection) {
      projected.push_back(value(row, column(v)));
      if (sp.distinct) key.push_back(projected.back() ? NTriplesTerm(*projected.back()) : std::string());
    }
    if (sp.distinct && !seen.insert(std::move(key)).second) continue;
    if (skipped < sp.offset) {
      ++skipped;
      continue;
    }
    if (sp.limit >= 0 && static_cast<long long>(out.rows.size()) >= sp.limit) break;
    out.rows.push_back(std::move(projected));
  }
  return out;
}

}  // namespace citykg::exporter
