#include "graph/string_pool.h"

#include <cstring>

namespace citykg::graph {

std::string_view StringPool::Intern(std::string_view s) {
  if (s.empty()) return {};
  auto it = set_.find(s);
  if (it != set_.end()) return *it;
  char* p;
  if (s.size() > kChunk / 4) {
    large_.push_back(std::make_unique<char[]>(s.size()));
    p = large_.back().get();
  } else {
    if (used_ + s.size() > kChunk) {
      chunks_.push_back(std::make_unique<char[]>(kChunk));
      used_ = 0;
    }
    p = chunks_.back().get() + used_;
    used_ += s.size();
  }
  std::memcpy(p, s.data(), s.size());
  bytes_ += s.size();
  std::string_view stored(p, s.size());
  set_.insert(stored);
  return stored;
}

}  // namespace citykg::graph
