#include "cli/commands.h"

#include <chrono>
#include <unicode/uchar.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <map>
#include <set>
#include <tuple>

#include "export/rdf_store.h"
#include "extract/document.h"
#include "extract/extractor.h"
#include "extract/normalize.h"
#include "graph/query.h"
#include "ontology/vocab.h"

namespace citykg::cli {

namespace o = ontology;
using exporter::Term;

// ---------------------------------------------------------------- explain

int Explain(const std::string& file, bool with_text) {
  auto gazetteer = extract::Gazetteer::LoadDefault();
  extract::Extractor extractor(gazetteer);
  extract::ReadResult rr = extract::ReadDocument(file);
  for (const auto& d : rr.diagnostics) std::fprintf(stderr, "%s: %s\n", d.file.c_str(), d.reason.c_str());
  if (!rr.doc) return 2;
  extract::Trace trace;
  extract::ExtractedDocument doc = extractor.Extract(*rr.doc, &trace);
  std::printf("== document\n%s\nencoding: %s, %zu characters normalized, %zu sentences\n", file.c_str(),
              doc.source.encoding.c_str(), trace.text.text.size(), trace.sentences.size());
  std::printf("title: %s\n", doc.meta.title.c_str());
  std::printf("publisher: %s\n", doc.meta.publisher >= 0 ? doc.entities[static_cast<size_t>(doc.meta.publisher)].label.c_str() : "(unknown)");
  std::printf("report date: %s, trip: %s .. %s\n", doc.meta.date.ToString().c_str(), doc.meta.trip_start.ToString().c_str(),
              doc.meta.trip_end.ToString().c_str());
  if (with_text) std::printf("== normalized text\n%s\n", extract::ToUtf8(trace.text.text).c_str());
  std::printf("== mentions (offset, kind, surface, rule)\n");
  for (const auto& m : trace.mentions)
    std::printf("%6u  %-7s %s  [%s]%s\n", m.span.begin, m.kind.c_str(), m.surface.c_str(), m.rule.c_str(),
                m.entity >= 0 ? (" -> " + doc.entities[static_cast<size_t>(m.entity)].label).c_str() : "");
  std::printf("== entities\n");
  for (const auto& e : doc.entities) {
    std::string names;
    for (const auto& n : e.names) names += (names.empty() ? "" : ", ") + n;
    std::printf("%-12s %s%s%s%s  {%s}\n", std::string(o::KindName(e.kind)).c_str(), e.label.c_str(),
                e.label_en.empty() ? "" : (" / " + e.label_en).c_str(), names.empty() ? "" : (" (" + names + ")").c_str(),
                e.short_form_only ? " [short form]" : "", e.key.c_str());
  }
  std::printf("== relations\n");
  for (const auto& r : doc.relations) {
    const auto& from = doc.entities[static_cast<size_t>(r.from)];
    const auto& to = doc.entities[static_cast<size_t>(r.to)];
    std::string rel = r.kind == o::RelationKind::kPost ? std::string(o::RoleName(r.role)) + (r.title.empty() ? "" : "(" + r.title + ")")
                                                       : std::string(o::RelationName(r.kind));
    std::printf("%s --%s%s--> %s  %s\n", from.label.c_str(), rel.c_str(), r.past ? " past" : "", to.label.c_str(),
                r.date.ToString().c_str());
    if (!r.evidence.quote.empty()) std::printf("      \"%s\" [%u,%u)\n", r.evidence.quote.c_str(), r.evidence.start, r.evidence.end);
  }
  std::printf("== meetings: %zu\n", doc.meetings.size());
  return 0;
}

// ---------------------------------------------------------------- sparql

namespace {

int DisplayWidth(const std::string& s) {
  int w = 0;
  for (char32_t c : extract::ToU32(s)) {
    int ea = u_getIntPropertyValue(static_cast<UChar32>(c), UCHAR_EAST_ASIAN_WIDTH);
    w += (ea == U_EA_WIDE || ea == U_EA_FULLWIDTH) ? 2 : (u_charType(static_cast<UChar32>(c)) == U_NON_SPACING_MARK ? 0 : 1);
  }
  return w;
}

std::string Plain(const std::optional<Term>& t) { return t ? t->value : std::string(); }

std::string Shorten(const std::string& iri) {
  for (const auto& p : o::kPrefixes)
    if (iri.rfind(p.iri, 0) == 0) return std::string(p.name) + ":" + iri.substr(p.iri.size());
  return iri;
}

std::string JsonString(const std::string& s) {
  std::string out = "\"";
  for (unsigned char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (c < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          out += buf;
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  return out + "\"";
}

}  // namespace

int Sparql(const std::string& graph, const std::string& query, const std::string& format, bool timing) {
  auto t0 = std::chrono::steady_clock::now();
  auto store = exporter::RdfStore::Open(graph);
  auto t1 = std::chrono::steady_clock::now();
  exporter::QueryResults r = store->Query(query);
  auto t2 = std::chrono::steady_clock::now();
  if (timing)
    std::fprintf(stderr, "citykg sparql: loaded %zu triples in %.2f s; query answered in %.3f s (%zu rows)\n", store->size(),
                 std::chrono::duration<double>(t1 - t0).count(), std::chrono::duration<double>(t2 - t1).count(),
                 r.rows.size());
  if (r.kind == exporter::QueryResults::Kind::kBoolean) {
    if (format == "json") {
      std::printf("{\"head\": {}, \"boolean\": %s}\n", r.boolean ? "true" : "false");
    } else {
      std::printf("%s\n", r.boolean ? "true" : "false");
    }
    return 0;
  }
  if (r.kind == exporter::QueryResults::Kind::kGraph) {
    std::fwrite(r.graph_turtle.data(), 1, r.graph_turtle.size(), stdout);
    return 0;
  }
  if (format == "json") {
    std::printf("{\"head\": {\"vars\": [");
    for (size_t i = 0; i < r.variables.size(); ++i) std::printf("%s%s", i ? ", " : "", JsonString(r.variables[i]).c_str());
    std::printf("]},\n \"results\": {\"bindings\": [");
    for (size_t k = 0; k < r.rows.size(); ++k) {
      std::printf("%s\n  {", k ? "," : "");
      bool first = true;
      for (size_t i = 0; i < r.variables.size(); ++i) {
        const auto& t = r.rows[k][i];
        if (!t) continue;
        std::string obj;
        if (t->type == Term::Type::kIri) {
          bool blank = t->value.rfind("_:", 0) == 0;
          obj = std::string("{\"type\": \"") + (blank ? "bnode" : "uri") + "\", \"value\": " +
                JsonString(blank ? t->value.substr(2) : t->value) + "}";
        } else {
          obj = "{\"type\": \"literal\", \"value\": " + JsonString(t->value);
          if (!t->lang.empty()) obj += ", \"xml:lang\": " + JsonString(t->lang);
          if (!t->datatype.empty()) obj += ", \"datatype\": " + JsonString(t->datatype);
          obj += "}";
        }
        std::printf("%s%s: %s", first ? "" : ", ", JsonString(r.variables[i]).c_str(), obj.c_str());
        first = false;
      }
      std::printf("}");
    }
    std::printf("\n ]}}\n");
    return 0;
  }
  if (format == "csv") {
    for (size_t i = 0; i < r.variables.size(); ++i) std::printf("%s%s", i ? "," : "", exporter::CsvField(r.variables[i]).c_str());
    std::printf("\r\n");
    for (const auto& row : r.rows) {
      for (size_t i = 0; i < row.size(); ++i) std::printf("%s%s", i ? "," : "", exporter::CsvField(Plain(row[i])).c_str());
      std::printf("\r\n");
    }
    return 0;
  }
  if (format == "tsv") {
    for (size_t i = 0; i < r.variables.size(); ++i) std::printf("%s?%s", i ? "\t" : "", r.variables[i].c_str());
    std::printf("\n");
    for (const auto& row : r.rows) {
      for (size_t i = 0; i < row.size(); ++i) std::printf("%s%s", i ? "\t" : "", row[i] ? exporter::NTriplesTerm(*row[i]).c_str() : "");
      std::printf("\n");
    }
    return 0;
  }
  // table: aligned by display width (CJK characters take two columns).
  std::vector<std::vector<std::string>> cells;
  for (const auto& row : r.rows) {
    std::vector<std::string> c;
    for (const auto& t : row) c.push_back(t ? (t->type == Term::Type::kIri ? Shorten(t->value) : t->value) : "");
    cells.push_back(std::move(c));
  }
  std::vector<int> width;
  for (const auto& v : r.variables) width.push_back(DisplayWidth(v) + 1);
  for (const auto& row : cells)
    for (size_t i = 0; i < row.size(); ++i) width[i] = std::max(width[i], std::min(DisplayWidth(row[i]), 60));
  auto print_row = [&](const std::vector<std::string>& row) {
    for (size_t i = 0; i < row.size(); ++i) {
      std::printf("%s%s", i ? " | " : "", row[i].c_str());
      if (i + 1 < row.size()) std::printf("%*s", std::max(0, width[i] - DisplayWidth(row[i])), "");
    }
    std::printf("\n");
  };
  std::vector<std::string> head;
  for (const auto& v : r.variables) head.push_back("?" + v);
  print_row(head);
  for (size_t i = 0; i < width.size(); ++i) std::printf("%s%s", i ? "-+-" : "", std::string(static_cast<size_t>(width[i]), '-').c_str());
  std::printf("\n");
  for (const auto& row : cells) print_row(row);
  std::printf("(%zu row%s)\n", cells.size(), cells.size() == 1 ? "" : "s");
  return 0;
}

// ---------------------------------------------------------------- path

graph::KnowledgeGraph LoadKnowledgeGraph(const std::string& path) {
  auto store = exporter::RdfStore::Open(path);
  struct Subject {
    std::vector<std::string> types, labels, alt;
    std::map<std::string, std::vector<Term>> props;
  };
  std::map<std::string, Subject> subjects;
  std::vector<std::tuple<std::string, std::string, std::string>> links;
  const std::set<std::string> kLinkPredicates{o::Iri(o::kOrg, "memberOf"), o::Iri(o::kCkg, "metWith"),
                                              o::Iri(o::kCkg, "attended"), o::Iri(o::kCkg, "country"),
                                              o::Iri(o::kSchema, "location"), o::Iri(o::kSchema, "organizer")};
  store->ForEach([&](const Term& s, const Term& p, const Term& obj) {
    Subject& sub = subjects[s.value];
    if (p.value == o::Iri(o::kRdf, "type")) sub.types.push_back(obj.value);
    else if (p.value == o::Iri(o::kRdfs, "label")) sub.labels.push_back(obj.value);
    else if (p.value == o::Iri(o::kSkos, "altLabel")) sub.alt.push_back(obj.value);
    else sub.props[p.value].push_back(obj);
    if (kLinkPredicates.count(p.value) && obj.type == Term::Type::kIri) links.emplace_back(s.value, p.value, obj.value);
  });
  auto first = [](const Subject& s, const std::string& p) -> std::string {
    auto it = s.props.find(p);
    return it == s.props.end() || it->second.empty() ? std::string() : it->second.front().value;
  };
  auto report_name = [&](const std::string& iri) {
    auto it = subjects.find(iri);
    if (it == subjects.end()) return iri;
    std::string n = first(it->second, o::Iri(o::kDcterms, "source"));
    return n.empty() ? iri : n;
  };
  auto pool = std::make_shared<graph::StringPool>();
  auto evidence_of = [&](const Subject& s) {
    std::vector<graph::EvidenceRef> out;
    auto it = s.props.find(o::Iri(o::kCkg, "evidence"));
    if (it == s.props.end()) return out;
    for (const auto& e : it->second) {
      auto ev = subjects.find(e.value);
      if (ev == subjects.end()) continue;
      graph::EvidenceRef ref;
      ref.report = pool->Intern(report_name(first(ev->second, o::Iri(o::kCkg, "source"))));
      ref.quote = pool->Intern(first(ev->second, o::Iri(o::kCkg, "quote")));
      std::string st = first(ev->second, o::Iri(o::kCkg, "start")), en = first(ev->second, o::Iri(o::kCkg, "end"));
      ref.start = st.empty() ? 0 : static_cast<uint32_t>(std::stoul(st));
      ref.end = en.empty() ? 0 : static_cast<uint32_t>(std::stoul(en));
      std::string pg = first(ev->second, o::Iri(o::kCkg, "page"));
      ref.page = pg.empty() ? 0 : static_cast<uint32_t>(std::stoul(pg));
      out.push_back(ref);
    }
    std::sort(out.begin(), out.end());
    return out;
  };
  auto parse_date = [](const std::string& s) {
    extract::Date d;
    if (s.size() >= 4) d.year = std::atoi(s.substr(0, 4).c_str());
    if (s.size() >= 7) d.month = std::atoi(s.substr(5, 2).c_str());
    if (s.size() >= 10) d.day = std::atoi(s.substr(8, 2).c_str());
    return d;
  };
  graph::Graph g;
  std::map<std::string, graph::Vertex> vertex_of;
  for (const auto& [iri, s] : subjects) {
    std::optional<o::EntityKind> kind;
    for (const auto& t : s.types)
      if (t.rfind(o::kCkg, 0) == 0)
        if (auto k = o::KindFromName(t.substr(o::kCkg.size()))) kind = k;
    if (!kind || *kind == o::EntityKind::kMeeting || *kind == o::EntityKind::kReport) continue;
    graph::Node n;
    n.iri = iri;
    n.kind = *kind;
    std::vector<std::string> labels = s.labels;
    std::sort(labels.begin(), labels.end());
    for (const auto& l : labels) {
      bool han = false;
      for (char32_t c : extract::ToU32(l)) han = han || extract::IsHan(c);
      if (n.label.empty() && han) n.label = l;
    }
    if (n.label.empty() && !labels.empty()) n.label = labels.front();
    for (const auto& l : labels)
      if (l != n.label) n.label_en = l;
    n.names = s.alt;
    vertex_of[iri] = boost::add_vertex(n, g);
  }
  // Evidence of plain triples lives on rdf:Statement nodes.
  std::map<std::tuple<std::string, std::string, std::string>, const Subject*> statements;
  for (const auto& [iri, s] : subjects)
    if (std::find(s.types.begin(), s.types.end(), o::Iri(o::kRdf, "Statement")) != s.types.end())
      statements[{first(s, o::Iri(o::kRdf, "subject")), first(s, o::Iri(o::kRdf, "predicate")), first(s, o::Iri(o::kRdf, "object"))}] = &s;
  static const std::map<std::string, o::RelationKind> kKinds{
      {o::Iri(o::kOrg, "memberOf"), o::RelationKind::kMemberOf}, {o::Iri(o::kCkg, "metWith"), o::RelationKind::kMetWith},
      {o::Iri(o::kCkg, "attended"), o::RelationKind::kAttended}, {o::Iri(o::kCkg, "country"), o::RelationKind::kCountry},
      {o::Iri(o::kSchema, "location"), o::RelationKind::kLocation}, {o::Iri(o::kSchema, "organizer"), o::RelationKind::kOrganizer}};
  std::sort(links.begin(), links.end());
  for (const auto& [s, p, obj] : links) {
    auto a = vertex_of.find(s), b = vertex_of.find(obj);
    if (a == vertex_of.end() || b == vertex_of.end()) continue;
    graph::Edge e;
    e.kind = kKinds.at(p);
    e.count = 1;
    auto st = statements.find({s, p, obj});
    if (st != statements.end()) {
      e.evidence = evidence_of(*st->second);
      e.first_date = e.last_date = parse_date(first(*st->second, o::Iri(o::kDcterms, "date")));
    }
    boost::add_edge(a->second, b->second, e, g);
  }
  for (const auto& [iri, s] : subjects) {
    if (std::find(s.types.begin(), s.types.end(), o::Iri(o::kOrg, "Membership")) == s.types.end()) continue;
    auto a = vertex_of.find(first(s, o::Iri(o::kOrg, "member")));
    auto b = vertex_of.find(first(s, o::Iri(o::kOrg, "organization")));
    if (a == vertex_of.end() || b == vertex_of.end()) continue;
    graph::Edge e;
    e.kind = o::RelationKind::kPost;
    std::string role = first(s, o::Iri(o::kOrg, "role"));
    auto r = role.rfind(o::kCkg, 0) == 0 ? o::RoleFromName(role.substr(o::kCkg.size())) : std::nullopt;
    e.role = r ? *r : o::Role::kOther;
    e.title = first(s, o::Iri(o::kCkg, "title"));
    e.iri = iri;
    e.count = 1;
    e.evidence = evidence_of(s);
    e.first_date = e.last_date = parse_date(first(s, o::Iri(o::kDcterms, "date")));
    boost::add_edge(a->second, b->second, e, g);
  }
  return graph::KnowledgeGraph::FromGraph(std::move(g), std::move(pool));
}

namespace {

// Resolves a name to one vertex, or prints the candidates and returns nullopt.
std::optional<graph::Vertex> Resolve(const graph::KnowledgeGraph& kg, const std::string& name) {
  auto found = kg.FindByName(name);
  const auto& g = kg.graph();
  if (found.empty()) {
    // Places: 臺中 for 臺中市; prefix matches as suggestions.
    std::string key = extract::MatchKey(name);
    std::vector<graph::Vertex> near;
    for (auto v : boost::make_iterator_range(boost::vertices(g)))
      if (extract::MatchKey(g[v].label).rfind(key, 0) == 0) near.push_back(v);
    if (near.size() == 1 && (o::IsLocalGovernment(g[near[0]].kind))) return near[0];
    std::fprintf(stderr, "citykg path: no entity is called '%s'", name.c_str());
    if (!near.empty()) {
      std::fprintf(stderr, "; did you mean:");
      for (size_t i = 0; i < near.size() && i < 10; ++i)
        std::fprintf(stderr, "%s %s (%s)", i ? "," : "", g[near[i]].label.c_str(), std::string(o::KindName(g[near[i]].kind)).c_str());
    }
    std::fprintf(stderr, "\n");
    return std::nullopt;
  }
  if (found.size() > 1) {
    std::fprintf(stderr, "citykg path: '%s' is ambiguous; candidates:\n", name.c_str());
    for (auto v : found)
      std::fprintf(stderr, "  %s (%s) %s\n", g[v].label.c_str(), std::string(o::KindName(g[v].kind)).c_str(), g[v].iri.c_str());
    std::fprintf(stderr, "give the full name or the IRI\n");
    return std::nullopt;
  }
  return found[0];
}

}  // namespace

int Path(const std::string& graph_path, const std::string& from, const std::string& to, int max_hops,
         const std::string& via, bool all) {
  graph::KnowledgeGraph kg = LoadKnowledgeGraph(graph_path);
  graph::PathOptions opt;
  opt.max_hops = max_hops;
  opt.all = all;
  if (!via.empty()) {
    auto k = o::KindFromName(via);
    if (!k) {
      std::fprintf(stderr, "citykg path: unknown --via type '%s' (Person, City, Region, Country, Organization, Event)\n", via.c_str());
      return 1;
    }
    opt.via = k;
  }
  auto a = Resolve(kg, from);
  auto b = Resolve(kg, to);
  if (!a || !b) return 1;
  auto paths = graph::ShortestPaths(kg, *a, *b, opt);
  const auto& g = kg.graph();
  if (paths.empty()) {
    std::printf("no chain of at most %d relations links %s and %s\n", max_hops, g[*a].label.c_str(), g[*b].label.c_str());
    return 0;
  }
  for (size_t i = 0; i < paths.size(); ++i) {
    if (paths.size() > 1) std::printf("path %zu:\n", i + 1);
    std::printf("%s\n", g[*a].label.c_str());
    for (const auto& hop : paths[i]) {
      std::string rel = graph::RelationLabel(*hop.edge);
      std::printf("  %s[%s]%s %s (%s)", hop.forward ? "—" : "←", rel.c_str(), hop.forward ? "→" : "—", g[hop.to].label.c_str(),
                  std::string(o::KindName(g[hop.to].kind)).c_str());
      if (hop.edge->first_date.valid()) std::printf("  %s", hop.edge->first_date.ToString().c_str());
      std::printf("\n");
      for (size_t k = 0; k < hop.edge->evidence.size() && k < 2; ++k) {
        const auto& ev = hop.edge->evidence[k];
        std::string quote(ev.quote);
        auto u = extract::ToU32(quote);
        if (u.size() > 90) quote = extract::ToUtf8(u.substr(0, 90)) + "…";
        std::string page = ev.page ? " p. " + std::to_string(ev.page) : std::string();
        std::printf("      source: %s%s [%u,%u) \"%s\"\n", std::string(ev.report).c_str(), page.c_str(), ev.start, ev.end, quote.c_str());
      }
    }
  }
  return 0;
}

// ---------------------------------------------------------------- neighbors, stats

int Neighbors(const std::string& graph_path, const std::string& name) {
  graph::KnowledgeGraph kg = LoadKnowledgeGraph(graph_path);
  auto v = Resolve(kg, name);
  if (!v) return 1;
  const auto& g = kg.graph();
  std::printf("%s (%s) %s\n", g[*v].label.c_str(), std::string(o::KindName(g[*v].kind)).c_str(), g[*v].iri.c_str());
  struct Line {
    std::string relation, other, date, sources;
  };
  std::map<std::string, std::vector<Line>> groups;
  auto add = [&](graph::EdgeDescriptor e, bool out) {
    const auto& ed = g[e];
    graph::Vertex other = out ? boost::target(e, g) : boost::source(e, g);
    std::set<std::string> src;
    for (const auto& ev : ed.evidence) src.insert(std::string(ev.report));
    std::string sources;
    for (const auto& s2 : src) sources += (sources.empty() ? "" : ", ") + s2;
    std::string rel = graph::RelationLabel(ed);
    std::string group = ed.kind == o::RelationKind::kPost ? (out ? "posts held" : "office holders")
                                                          : std::string(o::RelationName(ed.kind)) + (out ? "" : " (incoming)");
    groups[group].push_back({rel, g[other].label + " (" + std::string(o::KindName(g[other].kind)) + ")",
                             ed.first_date.ToString(), sources});
  };
  for (auto e : boost::make_iterator_range(boost::out_edges(*v, g))) add(e, true);
  for (auto e : boost::make_iterator_range(boost::in_edges(*v, g)))
    if (g[e].kind != o::RelationKind::kMetWith) add(e, false);  // metWith is stored both ways
  for (auto& [group, lines] : groups) {
    std::sort(lines.begin(), lines.end(), [](const Line& a, const Line& b) { return std::tie(a.date, a.other) < std::tie(b.date, b.other); });
    std::printf("\n%s (%zu)\n", group.c_str(), lines.size());
    for (const auto& l : lines)
      std::printf("  %-12s %s  %s  [%s]\n", l.relation.c_str(), l.other.c_str(), l.date.c_str(), l.sources.c_str());
  }
  return 0;
}

int Stats(const std::string& graph_path, size_t top) {
  graph::KnowledgeGraph kg = LoadKnowledgeGraph(graph_path);
  const auto& g = kg.graph();
  std::map<std::string, size_t> kinds, relations;
  for (auto v : boost::make_iterator_range(boost::vertices(g))) ++kinds[std::string(o::KindName(g[v].kind))];
  for (auto e : boost::make_iterator_range(boost::edges(g))) ++relations[std::string(o::RelationName(g[e].kind))];
  std::printf("entities:");
  for (const auto& [k, n] : kinds) std::printf(" %zu %s", n, k.c_str());
  std::printf("\nrelations:");
  for (const auto& [k, n] : relations) std::printf(" %zu %s", n, k.c_str());
  std::printf("\n");
  auto central = graph::ComputeCentrality(kg);
  auto show = [&](const char* title, std::initializer_list<o::EntityKind> ks) {
    std::vector<graph::Centrality> list;
    for (const auto& c : central)
      if (std::find(ks.begin(), ks.end(), g[c.vertex].kind) != ks.end()) list.push_back(c);
    std::sort(list.begin(), list.end(), [&](const graph::Centrality& a, const graph::Centrality& b) {
      if (a.degree != b.degree) return a.degree > b.degree;
      if (a.betweenness != b.betweenness) return a.betweenness > b.betweenness;
      return g[a.vertex].iri < g[b.vertex].iri;
    });
    std::printf("\nmost connected %s (degree, betweenness)\n", title);
    for (size_t i = 0; i < list.size() && i < top; ++i)
      std::printf("  %3zu  %10.1f  %s\n", list[i].degree, list[i].betweenness, g[list[i].vertex].label.c_str());
  };
  show("cities and regions", {o::EntityKind::kCity, o::EntityKind::kRegion});
  show("persons", {o::EntityKind::kPerson});
  show("organizations", {o::EntityKind::kOrganization});
  return 0;
}

}  // namespace citykg::cli
