#include "pipeline/build.h"

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <mutex>
#include <atomic>
#include <optional>
#include <set>
#include <tuple>
#include <functional>
#include <exception>
#include <thread>

#ifdef __GLIBC__
#include <malloc.h>
#endif

#include "export/graphml.h"
#include "export/sink.h"
#include "export/turtle.h"
#include "extract/document.h"

namespace citykg::pipeline {
namespace fs = std::filesystem;
using extract::Diagnostic;

namespace {
double Seconds(std::chrono::steady_clock::time_point since) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - since).count();
}

// --jobs as given, or every core when 0 or less.
int Jobs(int requested) {
  return requested > 0 ? requested : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
}
}  // namespace

std::vector<std::string> CollectInputs(const std::vector<std::string>& inputs, std::vector<Diagnostic>* diagnostics) {
  std::set<std::string> files;
  std::set<std::string> seen_dirs;  // canonical paths, to break symlink loops
  auto is_gold = [](const std::string& name) { return name.size() > 9 && name.ends_with(".gold.tsv"); };
  std::function<void(const fs::path&, bool)> walk = [&](const fs::path& p, bool explicit_file) {
    std::error_code ec;
    auto st = fs::status(p, ec);
    if (ec || !fs::exists(st)) {
      diagnostics->push_back({Diagnostic::Severity::kError, p.string(), "no such file or folder", -1});
      return;
    }
    if (fs::is_directory(st)) {
      std::string canon = fs::canonical(p, ec).string();
      if (ec) canon = p.string();
      if (!seen_dirs.insert(canon).second) {
        diagnostics->push_back({Diagnostic::Severity::kWarning, p.string(), "folder already visited (link loop); skipped", -1});
        return;
      }
      fs::directory_iterator it(p, ec), end;
      if (ec) {
        diagnostics->push_back({Diagnostic::Severity::kError, p.string(), "cannot read folder: " + ec.message(), -1});
        return;
      }
      std::vector<fs::path> children;
      for (; it != end; it.increment(ec)) {
        if (ec) break;
        children.push_back(it->path());
      }
      std::sort(children.begin(), children.end());
      for (const auto& c : children) {
        std::string name = c.filename().string();
        if (!name.empty() && name[0] == '.') continue;
        if (is_gold(name)) continue;
        if (name.starts_with("README")) continue;  // a folder's description, not a report (named alone, it is read)
        std::error_code ec2;
        if (fs::is_directory(c, ec2)) {
          walk(c, false);
        } else if (extract::LooksLikeReport(c.string())) {
          walk(c, false);
        }
      }
      return;
    }
    // A gold file named on the command line (citykg build dir/*) is citykg eval's input, never a report.
    if (explicit_file && is_gold(p.filename().string())) {
      diagnostics->push_back({Diagnostic::Severity::kWarning, p.string(),
                              "a gold file (citykg eval reads it), not a report; skipped", -1});
      return;
    }
    files.insert(p.string());
  };
  for (const auto& in : inputs) walk(fs::path(in), true);
  return {files.begin(), files.end()};
}

graph::KnowledgeGraph ExtractAll(const extract::Extractor& extractor, const std::vector<std::string>& files, int jobs,
                                 BuildResult* result, const ProgressFn& progress) {
  jobs = std::min<int>(Jobs(jobs), static_cast<int>(std::max<size_t>(1, files.size())));
  std::atomic<size_t> next{0}, done{0};
  std::mutex mu;
  graph::KnowledgeGraph kg;
  std::vector<Diagnostic> diagnostics;
  double read_time = 0, extract_time = 0, merge_time = 0;
  auto worker = [&] {
    double my_read = 0, my_extract = 0, my_merge = 0;
    for (;;) {
      size_t i = next.fetch_add(1);
      if (i >= files.size()) break;
      auto t0 = std::chrono::steady_clock::now();
      extract::ReadResult rr;
      std::optional<extract::ExtractedDocument> doc;
      size_t bytes = 0;
      // A fault of ours on one document (an exception from reading or extraction) costs that document only: it is
      // reported with the file's name, and the run goes on with the others.
      const char* stage = "reading";
      try {
        rr = extract::ReadDocument(files[i]);
        my_read += Seconds(t0);
        if (rr.doc) {
          stage = "extraction";
          auto t1 = std::chrono::steady_clock::now();
          bytes = rr.doc->text.size();
          doc = extractor.Extract(*rr.doc);
          my_extract += Seconds(t1);
        }
      } catch (const std::exception& err) {
        doc.reset();
        rr.doc.reset();
        rr.diagnostics.push_back({Diagnostic::Severity::kError, files[i],
                                  std::string("internal error in ") + stage + " (" + err.what() +
                                      "); the file was skipped. Please report it with this file attached.",
                                  -1});
      }
      {
        std::lock_guard<std::mutex> lock(mu);
        for (auto& d : rr.diagnostics) diagnostics.push_back(std::move(d));
        if (doc) {
          ++result->documents_read;
          result->bytes_read += bytes;
          for (auto& d : doc->diagnostics) diagnostics.push_back(d);
          auto t2 = std::chrono::steady_clock::now();
          kg.Add(std::move(*doc));
          my_merge += Seconds(t2);
        } else {
          ++result->documents_failed;
        }
      }
      size_t n = done.fetch_add(1) + 1;
      if (progress) progress(n, files.size());
    }
    std::lock_guard<std::mutex> lock(mu);
    read_time += my_read;
    extract_time += my_extract;
    merge_time += my_merge;
  };
  std::vector<std::thread> threads;
  for (int t = 1; t < jobs; ++t) threads.emplace_back(worker);
  worker();
  for (auto& t : threads) t.join();
  std::sort(diagnostics.begin(), diagnostics.end(),
            [](const Diagnostic& a, const Diagnostic& b) { return std::tie(a.file, a.reason) < std::tie(b.file, b.reason); });
  for (auto& d : diagnostics) result->diagnostics.push_back(std::move(d));
  result->times.read = read_time / jobs;
  result->times.extract = extract_time / jobs;
  result->times.graph = merge_time / jobs;
  return kg;
}

BuildResult RunBuild(const extract::Extractor& extractor, const BuildOptions& options, const ProgressFn& progress) {
  auto start = std::chrono::steady_clock::now();
  BuildResult result;
  std::vector<std::string> files = CollectInputs(options.inputs, &result.diagnostics);
  for (const auto& d : result.diagnostics)
    if (d.severity == Diagnostic::Severity::kError) ++result.documents_failed;
  graph::KnowledgeGraph kg = ExtractAll(extractor, files, options.jobs, &result, progress);
  auto t = std::chrono::steady_clock::now();
  kg.Finalize();
#ifdef __GLIBC__
  malloc_trim(0);  // the merge state just freed is scattered over the heap: hand its pages back before writing
#endif
  result.times.resolve = Seconds(t);
  result.entities = kg.EntityCounts();
  result.relations = kg.RelationCounts();
  fs::create_directories(options.out_dir);
  auto wants = [&](const char* f) { return std::find(options.formats.begin(), options.formats.end(), f) != options.formats.end(); };
  // The writers only read the finished graph. Each output file is one task; min(--jobs, tasks) threads take the
  // tasks in the order below (the longest first, so the threads finish together). Each file is committed on its
  // own (temp + rename); the list of written files keeps one order, whatever thread wrote what.
  std::once_flag full_once, cities_once;
  std::optional<exporter::View> full, cities;
  auto full_view = [&]() -> const exporter::View& {
    std::call_once(full_once, [&] { full = exporter::FullView(kg); });
    return *full;
  };
  auto city_view = [&]() -> const exporter::View& {
    std::call_once(cities_once, [&] { cities = exporter::CityView(kg); });
    return *cities;
  };
  auto main_view = [&]() -> const exporter::View& { return options.city_projection ? city_view() : full_view(); };
  struct Task {
    std::string file;
    std::function<void(exporter::Sink&)> write;
    std::function<void()> prepare;  // a task that writes no file
    double* stage = nullptr;  // stage time the file's time adds to
    int listed = 0;           // position in the list of written files
    double seconds = 0;
    bool done = false;
    std::exception_ptr error;
  };
  size_t ttl_triples = 0, nt_triples = 0;
  std::vector<Task> tasks;
  auto add = [&](const char* format, const char* file, double* stage, int listed, std::function<void(exporter::Sink&)> fn) {
    if (!wants(format)) return;
    Task task;
    task.file = file;
    task.write = std::move(fn);
    task.stage = stage;
    task.listed = listed;
    tasks.push_back(std::move(task));
  };
  using exporter::Sink;
  add("nt", "graph.nt", &result.times.ntriples, 1, [&](Sink& s) { nt_triples = exporter::WriteNTriples(kg, s); });
  // The city network's view is the costliest to make: a task of its own, started early, so the city files do not
  // wait for it after the big files are done.
  if (wants("graphml") || wants("gexf")) {
    Task task;
    task.prepare = [&] { city_view(); };
    task.listed = -1;
    tasks.push_back(std::move(task));
  }
  add("ttl", "graph.ttl", &result.times.turtle, 0, [&](Sink& s) { ttl_triples = exporter::WriteTurtle(kg, s); });
  add("graphml", "graph.graphml", &result.times.graphml, 2, [&](Sink& s) { exporter::WriteGraphml(main_view(), s); });
  add("gexf", "graph.gexf", &result.times.gexf, 4, [&](Sink& s) { exporter::WriteGexf(main_view(), s); });
  add("graphml", "cities.graphml", &result.times.graphml, 3, [&](Sink& s) { exporter::WriteGraphml(city_view(), s); });
  add("gexf", "cities.gexf", &result.times.gexf, 5, [&](Sink& s) { exporter::WriteGexf(city_view(), s); });
  add("csv", "nodes.csv", nullptr, 6, [&](Sink& s) { exporter::WriteNodesCsv(main_view(), s); });
  add("csv", "edges.csv", nullptr, 7, [&](Sink& s) { exporter::WriteEdgesCsv(main_view(), s); });
  std::atomic<size_t> next_task{0};
  auto writer = [&] {
    for (size_t i; (i = next_task.fetch_add(1)) < tasks.size();) {
      Task& task = tasks[i];
      auto t0 = std::chrono::steady_clock::now();
      try {
        if (task.prepare) {
          task.prepare();
          continue;
        }
        exporter::AtomicFileSink sink((fs::path(options.out_dir) / task.file).string());
        task.write(sink);
        sink.Commit();
        task.done = true;
      } catch (...) {
        task.error = std::current_exception();
      }
      task.seconds = Seconds(t0);
    }
  };
  {
    std::vector<std::thread> threads;
    int writers = std::min<int>(Jobs(options.jobs), static_cast<int>(tasks.size()));
    for (int w = 1; w < writers; ++w) threads.emplace_back(writer);
    writer();
    for (auto& thread : threads) thread.join();
  }
  std::sort(tasks.begin(), tasks.end(), [](const Task& a, const Task& b) { return a.listed < b.listed; });
  for (const Task& task : tasks)
    if (task.error) std::rethrow_exception(task.error);
  for (const Task& task : tasks) {
    if (task.prepare) continue;
    result.written.push_back((fs::path(options.out_dir) / task.file).string());
    result.written_seconds.push_back(task.seconds);
    if (task.stage) *task.stage += task.seconds;
  }
  result.triples = wants("ttl") ? ttl_triples : nt_triples;
  result.times.total = Seconds(start);
  return result;
}

}  // namespace citykg::pipeline
