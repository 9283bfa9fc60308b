// Rewrites of SPARQL text that keep a query's meaning but steer Redland's engine (rasqal 0.9.33) away from its
// wrong or slow plans. Pure text functions: testable without a store.
#ifndef CITYKG_EXPORT_QUERY_REWRITE_H_
#define CITYKG_EXPORT_QUERY_REWRITE_H_

#include <string>

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

}  // namespace citykg::exporter

#endif  // CITYKG_EXPORT_QUERY_REWRITE_H_
