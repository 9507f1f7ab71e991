#include "text/stemmer.h"

#include <libstemmer.h>

namespace claimgraph::ingest {

Stemmer::Stemmer() : stemmer_(sb_stemmer_new("english", "UTF_8")) {}

Stemmer::~Stemmer() {
  if (stemmer_ != nullptr) sb_stemmer_delete(stemmer_);
}

std::string Stemmer::Stem(std::string_view lower_word) {
  if (stemmer_ == nullptr) return std::string(lower_word);
  if (auto it = cache_.find(lower_word); it != cache_.end()) return it->second;
  const sb_symbol* out = sb_stemmer_stem(
      stemmer_, reinterpret_cast<const sb_symbol*>(lower_word.data()),
      static_cast<int>(lower_word.size()));
  std::string stem =
      out == nullptr
          ? std::string(lower_word)
          : std::string(reinterpret_cast<const char*>(out),
                        static_cast<std::size_t>(sb_stemmer_length(stemmer_)));
  if (cache_.size() >= kMaxCached) cache_.clear();
  cache_.emplace(lower_word, stem);
  return stem;
}

Stemmer& ThreadStemmer() {
  thread_local Stemmer stemmer;
  return stemmer;
}

}  // namespace claimgraph::ingest
