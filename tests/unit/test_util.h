// Shared helpers for the unit tests.
#ifndef CITYKG_TESTS_UNIT_TEST_UTIL_H_
#define CITYKG_TESTS_UNIT_TEST_UTIL_H_

#include <stdlib.h>

#include <filesystem>
#include <memory>
#include <string>

#include "extract/extractor.h"
#include "extract/gazetteer.h"

namespace citykg::testing {

inline std::shared_ptr<const extract::Gazetteer> SharedGazetteer() {
  static auto g = extract::Gazetteer::Load(std::string(CITYKG_SOURCE_DIR) + "/ontology/data");
  return g;
}

inline const extract::Extractor& SharedExtractor() {
  static extract::Extractor e(SharedGazetteer());
  return e;
}

inline std::string SourcePath(const std::string& rel) { return std::string(CITYKG_SOURCE_DIR) + "/" + rel; }

// A fresh temporary folder, removed at the end of the test.
class TempDir {
 public:
  TempDir() {
    std::string tmpl = (std::filesystem::temp_directory_path() / "citykg-test-XXXXXX").string();
    path_ = ::mkdtemp(tmpl.data());
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  const std::string& path() const { return path_; }
  std::string operator/(const std::string& name) const { return path_ + "/" + name; }

 private:
  std::string path_;
};

inline extract::ExtractedDocument ExtractText(const std::string& text, const std::string& name = "test.txt") {
  extract::Document d;
  d.path = name;
  d.name = name;
  d.text = text;
  d.encoding = "UTF-8";
  return SharedExtractor().Extract(d);
}

}  // namespace citykg::testing

#endif  // CITYKG_TESTS_UNIT_TEST_UTIL_H_
