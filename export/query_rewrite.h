// Rewrites of SPARQL text that keep a query's meaning but steer Redland's engine (rasqal 0.9.33) away from its
// wrong or slow plans. Pure text functions: testable without a store.
#ifndef CITYKG_EXPORT_QUERY_REWRITE_H_
#define CITYKG_EXPORT_QUERY_REWRITE_H_

#include <string>
#include <vector>

namespace citykg::exporter {

// Moves every FILTER to the end of the group that holds it. SPARQL applies a filter to its whole group wherever it
// is written, so the meaning is unchanged; rasqal instead splits the group at the filter and its join of the two
// halves can lose bindings (measured: `?x ckg:metWith ?y . ?c a ckg:City . FILTER(?c != ?h) ?m schema:attendee ?x`
// returned rows whose ?x broke the first pattern). Strings, IRIs and comments are respected; text that cannot be
// scanned (unbalanced brackets) is returned unchanged.
std::string HoistFilters(const std::string& query);

// Plans a SELECT or ASK query for rasqal over an indexed librdf store, keeping its meaning:
//  - filters go to the end of their group (HoistFilters);
//  - a BIND whose inputs are bound by the triples before it, and whose variable the group does not use again, goes
//    to the end of its group, so the triple blocks it split become one;
//  - the triple patterns of each block are ordered greedily, most bound positions first (constants and variables
//    bound by earlier patterns), so each lookup uses an index;
//  - a pattern that would be fully bound when reached (rasqal then scans every statement) gets a fresh object
//    variable and a sameTerm() filter instead, which turns the scan into a subject+predicate index lookup.
// Queries it cannot read (property paths, blank-node brackets, collections, sub-selects, SELECT *, CONSTRUCT,
// DESCRIBE) get HoistFilters only.
std::string PlanForRasqal(const std::string& query);

// rasqal evaluates an OPTIONAL group once per row of the left side, without the left row's bindings: the group's
// patterns scan by predicate alone (measured: `OPTIONAL { ?e schema:startDate ?d }` after 81 left rows took 2.4 s
// on 1.25M triples). A query of the common shape
//     PROLOGUE SELECT [DISTINCT|REDUCED] ?v… | ASK  WHERE { triples FILTER… OPTIONAL { triples FILTER… } … }
//     [ORDER BY ?v | ASC(?v) | DESC(?v) …] [LIMIT n] [OFFSET n]
// is split so the caller can run the left join itself: the required part once (planned, with its filters), then
// each OPTIONAL group with the row's bindings written in as constants (index lookups), then the projection and
// modifiers over the joined rows. (rasqal cannot do that last step: it ignores ORDER BY over VALUES.)
struct OptionalSplit {
  struct Piece {
    std::string text;  // query text, or a variable name (without '?') when `variable`
    bool variable = false;
  };
  struct Optional {
    std::vector<Piece> body;        // the group "{ … }", variables marked so bound ones can be replaced
    std::vector<std::string> vars;  // its variables, first-seen order
    // The body with the variables `names` replaced by the terms `values` (SPARQL syntax).
    std::string Fill(const std::vector<std::string>& names, const std::vector<std::string>& values) const;
  };
  struct Key {
    std::string var;
    bool descending = false;
  };
  std::string prologue;                    // PREFIX/BASE declarations
  bool ask = false;
  bool distinct = false;                   // DISTINCT or REDUCED
  std::vector<std::string> projection;     // SELECT's variables
  std::string required;                    // "{ triples filters }"
  std::vector<std::string> required_vars;  // variables of the required triples, first-seen order
  std::vector<Optional> optionals;         // in written order
  std::vector<Key> order;
  long long limit = -1;
  long long offset = 0;
};

// Fills `out` and returns true when `query` has the shape above with at least one OPTIONAL; false otherwise
// (nested groups, UNION, BIND, VALUES, sub-selects, SELECT * or expressions, aggregates, GROUP BY, triples after
// an OPTIONAL, a top-level FILTER on an OPTIONAL's variable, BOUND or EXISTS inside an OPTIONAL).
bool SplitOptionals(const std::string& query, OptionalSplit* out);

}  // namespace citykg::exporter

#endif  // CITYKG_EXPORT_QUERY_REWRITE_H_
