// Google Benchmark micro-benchmarks of the hot parts: the normalizer, the gazetteer matcher, the whole extractor,
// and the writers. Input: the five samples (concatenated where a larger text helps). Run:
//   build/bench/citykg_micro_bench [--benchmark_filter=Writer]
#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "export/graphml.h"
#include "export/sink.h"
#include "export/turtle.h"
#include "extract/document.h"
#include "extract/extractor.h"
#include "extract/gazetteer.h"
#include "extract/normalize.h"
#include "graph/knowledge_graph.h"

namespace {

namespace x = citykg::extract;

const std::vector<x::Document>& Samples() {
  static const std::vector<x::Document> docs = [] {
    std::vector<x::Document> out;
    std::vector<std::string> paths;
    for (const auto& e : std::filesystem::directory_iterator(CITYKG_SOURCE_DIR "/samples"))
      if (e.path().extension() == ".txt") paths.push_back(e.path().string());
    std::sort(paths.begin(), paths.end());
    for (const auto& p : paths) out.push_back(*x::ReadDocument(p).doc);
    return out;
  }();
  return docs;
}

size_t SampleBytes() {
  size_t n = 0;
  for (const auto& d : Samples()) n += d.text.size();
  return n;
}

const x::Extractor& SharedExtractor() {
  static const x::Extractor e(x::Gazetteer::LoadDefault());
  return e;
}

const citykg::graph::KnowledgeGraph& SampleGraph() {
  static const citykg::graph::KnowledgeGraph kg = [] {
    citykg::graph::KnowledgeGraph g;
    for (const auto& d : Samples()) g.Add(SharedExtractor().Extract(d));
    g.Finalize();
    return g;
  }();
  return kg;
}

void BM_Normalize(benchmark::State& state) {
  Samples();  // read once, outside the timing
  for (auto _ : state)
    for (const auto& d : Samples()) benchmark::DoNotOptimize(x::Normalize(d.text));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * SampleBytes()));
}
BENCHMARK(BM_Normalize);

void BM_GazetteerMatchEveryPosition(benchmark::State& state) {
  const x::Gazetteer& g = SharedExtractor().gazetteer();
  std::vector<x::NormalizedText> texts;
  for (const auto& d : Samples()) texts.push_back(x::Normalize(d.text));
  std::vector<x::LexMatch> hits;
  for (auto _ : state) {
    for (const auto& t : texts)
      for (size_t i = 0; i < t.folded.size(); ++i) {
        hits.clear();
        g.MatchAt(t.folded, i, &hits);
        benchmark::DoNotOptimize(hits.data());
      }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * SampleBytes()));
}
BENCHMARK(BM_GazetteerMatchEveryPosition);

void BM_Extract(benchmark::State& state) {
  SharedExtractor();  // the gazetteer is loaded once, outside the timing
  for (auto _ : state)
    for (const auto& d : Samples()) benchmark::DoNotOptimize(SharedExtractor().Extract(d));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * SampleBytes()));
}
BENCHMARK(BM_Extract);

// Turtle or N-Triples of the samples' graph.
void BM_WriteRdf(benchmark::State& state,
                 size_t (*write)(const citykg::graph::KnowledgeGraph&, citykg::exporter::Sink&)) {
  size_t triples = 0;
  SampleGraph();  // built once, outside the timing
  for (auto _ : state) {
    citykg::exporter::StringSink sink;
    triples = write(SampleGraph(), sink);
    benchmark::DoNotOptimize(sink.str().data());
  }
  state.counters["triples/s"] = benchmark::Counter(static_cast<double>(triples), benchmark::Counter::kIsIterationInvariantRate);
}
BENCHMARK_CAPTURE(BM_WriteRdf, Turtle, &citykg::exporter::WriteTurtle);
BENCHMARK_CAPTURE(BM_WriteRdf, NTriples, &citykg::exporter::WriteNTriples);

void BM_WriteGraphml(benchmark::State& state) {
  SampleGraph();
  for (auto _ : state) {
    citykg::exporter::StringSink sink;
    citykg::exporter::WriteGraphml(SampleGraph(), sink);
    benchmark::DoNotOptimize(sink.str().data());
  }
}
BENCHMARK(BM_WriteGraphml);

}  // namespace

BENCHMARK_MAIN();
