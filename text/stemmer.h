// The Snowball English stemmer (libstemmer), with a cache of its answers:
// news text repeats its words. The one place text/ computes a word's stem.
#ifndef CLAIMGRAPH_TEXT_STEMMER_H_
#define CLAIMGRAPH_TEXT_STEMMER_H_

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

#include "absl/container/flat_hash_map.h"

struct sb_stemmer;

namespace claimgraph::ingest {

// sb_stemmer keeps state, so a Stemmer is used by one thread at a time; use
// ThreadStemmer() for this thread's.
class Stemmer {
 public:
  Stemmer();
  ~Stemmer();
  Stemmer(const Stemmer&) = delete;
  Stemmer& operator=(const Stemmer&) = delete;

  // False when libstemmer has no English stemmer; Stem then returns its input.
  bool ok() const { return stemmer_ != nullptr; }

  // The stem of a lower-case word ("contradicted" -> "contradict").
  std::string Stem(std::string_view lower_word);

 private:
  struct Hash {  // Debian's absl hashes its own string_view, not std's
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  // Bounds the cache; it is emptied when full.
  static constexpr std::size_t kMaxCached = 1 << 16;
  sb_stemmer* stemmer_;
  absl::flat_hash_map<std::string, std::string, Hash, std::equal_to<>> cache_;
};

// This thread's Stemmer, made on first use.
Stemmer& ThreadStemmer();

}  // namespace claimgraph::ingest

#endif  // CLAIMGRAPH_TEXT_STEMMER_H_
