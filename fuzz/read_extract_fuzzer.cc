// libFuzzer target: any bytes as a report file (text in any encoding, PDF, DOCX/ODT) through reading, extraction
// and the graph. Must never crash, hang or leak; a bad file only gives a diagnostic.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "extract/document.h"
#include "extract/extractor.h"
#include "extract/gazetteer.h"
#include "graph/knowledge_graph.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const citykg::extract::Extractor extractor(citykg::extract::Gazetteer::LoadDefault());
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  citykg::extract::ReadResult r = citykg::extract::ReadDocumentBytes("fuzz.txt", bytes);
  if (r.doc) {
    citykg::graph::KnowledgeGraph kg;
    kg.Add(extractor.Extract(*r.doc));
    kg.Finalize();
  } else if (r.diagnostics.empty()) {
    __builtin_trap();  // a refused file must say why
  }
  return 0;
}
