// The citykg command: argument parsing, exit codes, progress. No extraction or graph logic here.
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <csignal>
#include <cstdlib>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "cli/commands.h"
#include "eval/eval.h"
#include "export/graph_store.h"
#include "export/rdf_store.h"
#include "export/sink.h"
#include "export/turtle.h"
#include "extract/document.h"
#include "extract/extractor.h"
#include "pipeline/build.h"

namespace {

using namespace citykg;

constexpr int kExitOk = 0;
constexpr int kExitUsage = 1;
constexpr int kExitPartial = 2;
constexpr int kExitNothing = 3;

void OnSignal(int) {
  exporter::RemoveOpenTemporaries();
  // Temporary output files are removed by their owners' destructors on the normal path; on a signal we leave
  // at once: the previous outputs are intact because new ones are only ever renamed into place when complete.
  const char msg[] = "\ncitykg: interrupted (outputs of earlier builds are left unchanged)\n";
  ssize_t ignored = ::write(2, msg, sizeof msg - 1);
  (void)ignored;
  std::_Exit(130);
}

std::string HumanBytes(size_t n) {
  char buf[32];
  if (n >= (1u << 20)) {
    std::snprintf(buf, sizeof buf, "%.1f MB", static_cast<double>(n) / (1 << 20));
  } else {
    std::snprintf(buf, sizeof buf, "%.1f KB", static_cast<double>(n) / 1024);
  }
  return buf;
}

int RunBuild(const pipeline::BuildOptions& options, bool quiet) {
  auto gazetteer = extract::Gazetteer::LoadDefault();
  extract::Extractor extractor(gazetteer);
  bool tty = ::isatty(2);
  pipeline::ProgressFn progress;
  if (tty && !quiet)
    progress = [](size_t done, size_t total) {
      if (done == total || done % 16 == 0) std::fprintf(stderr, "\rreading and extracting: %zu/%zu documents", done, total);
      if (done == total) std::fprintf(stderr, "\n");
    };
  pipeline::BuildResult r = pipeline::RunBuild(extractor, options, progress);
  for (const auto& d : r.diagnostics)
    std::fprintf(stderr, "%s: %s: %s%s\n", d.severity == extract::Diagnostic::Severity::kError ? "error" : "warning",
                 d.file.c_str(), d.reason.c_str(),
                 d.position >= 0 ? (" (at byte " + std::to_string(d.position) + ")").c_str() : "");
  if (!quiet) {
    std::printf("citykg build: %zu documents read, %zu failed (%s) in %.2f s\n", r.documents_read, r.documents_failed,
                HumanBytes(r.bytes_read).c_str(), r.times.total);
    std::printf("entities: ");
    bool first = true;
    for (const auto& [k, n] : r.entities) {
      std::printf("%s%zu %s", first ? "" : ", ", n, k.c_str());
      first = false;
    }
    std::printf("\nrelations: ");
    first = true;
    for (const auto& [k, n] : r.relations) {
      std::printf("%s%zu %s", first ? "" : ", ", n, k.c_str());
      first = false;
    }
    std::printf("\ntriples: %zu\n", r.triples);
    std::printf("stages: read %.2f s, extract %.2f s, graph %.2f s, resolve %.2f s, turtle %.2f s, ntriples %.2f s, "
                "graphml %.2f s, gexf %.2f s, total %.2f s\n",
                r.times.read, r.times.extract, r.times.graph, r.times.resolve, r.times.turtle, r.times.ntriples,
                r.times.graphml, r.times.gexf, r.times.total);
    for (size_t i = 0; i < r.written.size(); ++i) std::printf("wrote %s (%.2f s)\n", r.written[i].c_str(), r.written_seconds[i]);
  }
  if (r.documents_read == 0) {
    std::fprintf(stderr, "citykg: no document could be read; nothing built\n");
    return kExitNothing;
  }
  if (r.documents_failed > 0) {
    if (options.strict) {
      std::fprintf(stderr, "citykg: %zu input(s) could not be read and --strict is set\n", r.documents_failed);
      return kExitNothing;
    }
    return kExitPartial;
  }
  return kExitOk;
}

int RunEval(const std::string& graph_path, const std::vector<std::string>& gold_files, bool errors) {
  std::vector<eval::GoldRow> gold;
  for (const auto& f : gold_files) {
    auto rows = eval::ReadGold(f);
    gold.insert(gold.end(), rows.begin(), rows.end());
  }
  eval::GraphView view = eval::LoadGraphView(graph_path);
  eval::Report report = eval::Evaluate(view, gold);
  std::printf("%-9s %9s %9s %9s %6s %6s %6s %5s\n", "kind", "precision", "recall", "f1", "gold", "found", "right", "dups");
  for (const auto& k : eval::KindOrder()) {
    const auto& s = report.kinds[k];
    std::printf("%-9s %9.3f %9.3f %9.3f %6zu %6zu %6zu %5zu\n", k.c_str(), s.precision(), s.recall(), s.f1(), s.gold,
                s.predicted, s.correct, s.duplicates);
  }
  // (Gold meetings with a date, found as met: how many the graph has on their day.)
  if (report.met_dates.dated > 0)
    std::printf("met-date  %9.3f %6zu of %zu found gold meetings with a date on their day\n", report.met_dates.accuracy(),
                report.met_dates.right, report.met_dates.dated);
  if (errors) {
    for (const auto& k : eval::KindOrder()) {
      const auto& s = report.kinds[k];
      for (const auto& m : s.missed) std::printf("missed\t%s\t%s\n", k.c_str(), m.c_str());
      for (const auto& w : s.wrong) std::printf("wrong\t%s\t%s\n", k.c_str(), w.c_str());
    }
    for (const auto& w : report.met_dates.wrong) std::printf("wrong\tmet-date\t%s\n", w.c_str());
  }
  return kExitOk;
}

}  // namespace

int main(int argc, char** argv) {
  std::signal(SIGINT, OnSignal);
  std::signal(SIGTERM, OnSignal);
  CLI::App app{"citykg — turns city-diplomacy reports (出國報告) into a knowledge graph.\n"
               "Example: citykg build samples -o out && citykg eval out samples/*.gold.tsv"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "citykg 0.1.0");

  // build
  pipeline::BuildOptions build;
  std::string formats = "ttl,graphml,gexf";
  std::string projection = "full";
  bool quiet = false;
  auto* b = app.add_subcommand("build", "Read reports and write the knowledge graph (graph.ttl, graph.graphml)");
  b->footer("Example:\n  citykg build samples -o out\n  citykg build reports/ more.txt -o out --jobs 2 --format ttl,graphml,gexf,csv,nt");
  b->add_option("INPUT", build.inputs, "Report files or folders (searched recursively)")->required();
  b->add_option("-o,--out", build.out_dir, "Output folder")->required();
  b->add_option("-j,--jobs", build.jobs, "Extraction threads (default: all cores)")->check(CLI::NonNegativeNumber);
  b->add_option("--format", formats, "Output formats, comma-separated: ttl, graphml, gexf, csv, nt")->capture_default_str();
  b->add_option("--projection", projection, "full: every entity; cities: graph.graphml/.gexf/.csv hold the city network")
      ->check(CLI::IsMember({"full", "cities"}))
      ->capture_default_str();
  b->add_flag("--strict", build.strict, "Fail (exit 3) if any input cannot be read");
  b->add_flag("-q,--quiet", quiet, "No summary");

  // explain
  std::string explain_file;
  bool explain_text = false;
  auto* x = app.add_subcommand("explain", "Show every extraction stage for one report");
  x->footer("Example:\n  citykg explain samples/003_125fcdfc40029818.txt");
  x->add_option("FILE", explain_file, "One report")->required();
  x->add_flag("--text", explain_text, "Also print the normalized text");

  // eval
  std::string eval_graph;
  std::vector<std::string> eval_gold;
  bool eval_errors = false;
  auto* e = app.add_subcommand("eval", "Score a built graph against gold TSV files");
  e->footer("Example:\n  citykg build samples -o out && citykg eval out samples/*.gold.tsv --errors");
  e->add_option("GRAPH", eval_graph, "OUTDIR of citykg build, or a .ttl file")->required();
  e->add_option("GOLD", eval_gold, "Gold TSV files")->required();
  e->add_flag("--errors", eval_errors, "List missed and wrong facts");

  // sparql
  std::string sparql_graph, sparql_query, sparql_file, sparql_format;
  auto* s = app.add_subcommand("sparql", "Run a SPARQL query over a built graph (embedded engine)");
  s->footer("Example:\n  citykg sparql out --query 'SELECT ?name WHERE { ?m org:role ckg:Mayor ; org:member ?p . ?p rdfs:label ?name }'");
  s->add_option("GRAPH", sparql_graph, "OUTDIR of citykg build, or a .ttl file")->required();
  auto* q1 = s->add_option("--query", sparql_query, "The query text (prefixes ckg:, org:, schema:, ... are predeclared)");
  auto* q2 = s->add_option("--query-file", sparql_file, "A file holding the query");
  q1->excludes(q2);
  s->add_option("--format", sparql_format, "table, csv, tsv or json (default: table on a terminal, else tsv)")
      ->check(CLI::IsMember({"table", "csv", "tsv", "json"}));
  bool sparql_timing = false;
  s->add_flag("--timing", sparql_timing, "Print on stderr how long loading the graph and answering took");

  // path
  std::string path_graph, path_from, path_to, path_via;
  int path_max = 6;
  bool path_all = false;
  auto* p = app.add_subcommand("path", "Shortest chain of relations between two entities");
  p->footer("Example:\n  citykg path out 臺中市 高陽特別市\n  citykg path out 蔣萬安 小池百合子 --all");
  p->add_option("GRAPH", path_graph, "OUTDIR of citykg build, or a .ttl file")->required();
  p->add_option("FROM", path_from, "A name of the first entity (Chinese or English)")->required();
  p->add_option("TO", path_to, "A name of the second entity")->required();
  p->add_option("--max", path_max, "Longest chain to look for")->capture_default_str();
  p->add_option("--via", path_via, "Pass only through entities of this type (Person, City, Organization, Event, ...)");
  p->add_flag("--all", path_all, "Every shortest chain, not just one");

  // neighbors, stats
  std::string nb_graph, nb_name, st_graph;
  size_t st_top = 10;
  auto* nb = app.add_subcommand("neighbors", "Every relation of one entity, grouped by kind, with dates and sources");
  nb->footer("Example:\n  citykg neighbors out 小池百合子");
  nb->add_option("GRAPH", nb_graph, "OUTDIR of citykg build, or a .ttl file")->required();
  nb->add_option("NAME", nb_name, "A name of the entity (Chinese or English)")->required();
  auto* st = app.add_subcommand("stats", "Counts by kind; the most connected cities, persons and organizations");
  st->footer("Example:\n  citykg stats out --top 5");
  st->add_option("GRAPH", st_graph, "OUTDIR of citykg build, or a .ttl file")->required();
  st->add_option("--top", st_top, "How many of each to list")->capture_default_str();

  // load
  std::string load_graph;
  exporter::LoadOptions load;
  auto* ld = app.add_subcommand("load", "Put the graph into a triple store (SPARQL 1.1 Graph Store HTTP Protocol)");
  ld->footer("Replaces the named graph (HTTP PUT), or adds to it with --add (POST). Example, Virtuoso 7:\n"
             "  citykg build samples -o out\n"
             "  citykg load out --endpoint http://127.0.0.1:8890/sparql-graph-crud-auth --user dba --password dba\n"
             "Fuseki: --endpoint http://localhost:3030/DATASET/data; GraphDB: --endpoint .../repositories/REPO/rdf-graphs/service");
  ld->add_option("GRAPH", load_graph, "OUTDIR of citykg build, or a .ttl/.nt file")->required();
  ld->add_option("--endpoint", load.endpoint, "The store's Graph Store Protocol URL")->required();
  ld->add_option("--graph", load.graph_iri, "The named graph to replace or add to")->capture_default_str();
  ld->add_flag("--add", load.add, "Add to the named graph instead of replacing it");
  ld->add_option("--user", load.user, "User name (HTTP basic or digest authentication)");
  ld->add_option("--password", load.password, "Password (or set CITYKG_PASSWORD)");
  ld->add_option("--graph-param", load.graph_param, "Query parameter naming the graph")->capture_default_str();
  ld->add_option("--timeout", load.timeout_seconds, "Give up after this many seconds (0: never)")->capture_default_str();

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& err) {
    int rc = app.exit(err);
    return rc == 0 ? kExitOk : kExitUsage;
  }
  try {
    if (*b) {
      build.formats.clear();
      std::stringstream ss(formats);
      std::string f;
      while (std::getline(ss, f, ',')) {
        if (f != "ttl" && f != "graphml" && f != "gexf" && f != "csv" && f != "nt") {
          std::fprintf(stderr, "citykg build: unknown format '%s' (use ttl, graphml, gexf, csv, nt)\n", f.c_str());
          return kExitUsage;
        }
        build.formats.push_back(f);
      }
      build.city_projection = projection == "cities";
      return RunBuild(build, quiet);
    }
    if (*x) return cli::Explain(explain_file, explain_text);
    if (*e) return RunEval(eval_graph, eval_gold, eval_errors);
    if (*s) {
      if (sparql_query.empty() && sparql_file.empty()) {
        std::fprintf(stderr, "citykg sparql: give --query 'SPARQL' or --query-file FILE\n");
        return kExitUsage;
      }
      if (!sparql_file.empty()) {
        std::ifstream in(sparql_file);
        if (!in) {
          std::fprintf(stderr, "citykg sparql: cannot read %s\n", sparql_file.c_str());
          return kExitUsage;
        }
        sparql_query.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
      }
      if (sparql_format.empty()) sparql_format = ::isatty(1) ? "table" : "tsv";
      return cli::Sparql(sparql_graph, sparql_query, sparql_format, sparql_timing);
    }
    if (*p) return cli::Path(path_graph, path_from, path_to, path_max, path_via, path_all);
    if (*nb) return cli::Neighbors(nb_graph, nb_name);
    if (*st) return cli::Stats(st_graph, st_top);
    if (*ld) {
      if (load.password.empty())
        if (const char* pw = std::getenv("CITYKG_PASSWORD")) load.password = pw;
      exporter::LoadResult r = exporter::LoadIntoStore(load_graph, load);
      std::printf("loaded %zu triples (%s, %s) into <%s>: %s -> HTTP %ld in %.2f s\n", r.triples, r.file.c_str(),
                  HumanBytes(r.bytes).c_str(), load.graph_iri.c_str(), r.request.c_str(), r.status, r.seconds);
      return kExitOk;
    }
  } catch (const exporter::LoadError& err) {
    std::fprintf(stderr, "citykg load: %s\n", err.what());
    if (!err.body.empty()) std::fprintf(stderr, "the server said:\n%s\n", err.body.c_str());
    if (err.status == 401 || err.status == 403)
      std::fprintf(stderr, load.user.empty() ? "hint: give --user and --password (Virtuoso: the /sparql-graph-crud-auth endpoint)\n"
                                             : "hint: check --user and --password, and that this user may write graphs\n");
    return kExitNothing;
  } catch (const eval::GoldError& err) {
    std::fprintf(stderr, "citykg: %s\n", err.what());
    return kExitUsage;
  } catch (const extract::DataError& err) {
    std::fprintf(stderr, "citykg: bad data file: %s\n", err.what());
    return kExitNothing;
  } catch (const exporter::RdfError& err) {
    std::fprintf(stderr, "citykg: %s\n", err.what());
    return kExitNothing;
  } catch (const exporter::IoError& err) {
    std::fprintf(stderr, "citykg: %s\n", err.what());
    return kExitNothing;
  } catch (const std::exception& err) {
    std::fprintf(stderr, "citykg: %s\n", err.what());
    return kExitNothing;
  }
  return kExitOk;
}
