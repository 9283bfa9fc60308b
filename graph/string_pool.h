// Stable, deduplicated storage for the strings the graph repeats (evidence quotes, report names): each distinct
// string is kept once and handed out as a string_view that lives as long as the pool.
#ifndef CITYKG_GRAPH_STRING_POOL_H_
#define CITYKG_GRAPH_STRING_POOL_H_

#include <memory>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace citykg::graph {

// Not thread-safe: one writer at a time (the graph interns under the pipeline's lock).
class StringPool {
 public:
  StringPool() = default;
  StringPool(const StringPool&) = delete;
  StringPool& operator=(const StringPool&) = delete;

  std::string_view Intern(std::string_view s);
  size_t size() const { return set_.size(); }
  size_t bytes() const { return bytes_; }

 private:
  static constexpr size_t kChunk = 1 << 20;
  std::vector<std::unique_ptr<char[]>> chunks_;  // blocks of kChunk bytes; the last one is being filled
  std::vector<std::unique_ptr<char[]>> large_;   // strings over kChunk / 4, one block each
  size_t used_ = kChunk;                         // bytes used in the last chunk (kChunk: start a new one)
  size_t bytes_ = 0;
  std::unordered_set<std::string_view> set_;
};

}  // namespace citykg::graph

#endif  // CITYKG_GRAPH_STRING_POOL_H_
