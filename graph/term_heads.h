// Internal to graph/: the first entries of each contradiction term's index
// range (kClaimTerm · escaped term), as the store holds them, kept across
// articles. The linker reads at most kCandidatesPerTerm entries per term; the
// terms of a story (its people, places, counted nouns) recur from article to
// article, and a seek per term per article was a tenth of ingest's CPU.
//
// Exact, not a guess: a cached head is what a scan of the store would read
// now. It is filled from such a scan (Put), kept in step with every batch this
// process writes to the store (Apply: a put under a cached term joins its head
// in key order, a delete drops the term's head, since the entry after the last
// one kept would then be read), and emptied (Clear) when the store changes any
// other way (bulk load, a failed write). Only the store's one writer (write_mu)
// uses it. Memory is bounded: two generations of kGeneration terms, as the
// detector's prepared claims.
#ifndef CLAIMGRAPH_GRAPH_TERM_HEADS_H_
#define CLAIMGRAPH_GRAPH_TERM_HEADS_H_

#include <compare>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "graph/keys.h"
#include "rocksdb/write_batch.h"

namespace claimgraph::graph {

// Stored entries the linker reads per term, newest first (its candidates).
inline constexpr std::size_t kCandidatesPerTerm = 16;

class TermHeads {
 public:
  // Bytes of an entry's key after its term prefix: the newest-first date and
  // the claim id.
  static constexpr std::size_t kSuffixBytes = kTimeKeyBytes + 8;
  // One term entry: its key's last kSuffixBytes, parsed. Ordered as the keys.
  struct Entry {
    std::string newest_first;  // the claim's time key, newest-first form
    NodeId claim = 0;
    friend auto operator<=>(const Entry&, const Entry&) = default;
  };
  // The entry of a term entry's key.
  static Entry EntryOf(std::string_view key);
  TermHeads();

  // `prefix` is a term's: IndexPrefix(kClaimTerm) · escaped term.
  // The first kCandidatesPerTerm entries under `prefix`, in key order;
  // nullptr when the term is not cached.
  const std::vector<Entry>* Find(const std::string& prefix);
  // Caches what a scan of the store read under `prefix` (its first
  // kCandidatesPerTerm entries, in key order); returns the cached head.
  const std::vector<Entry>* Put(const std::string& prefix, std::vector<Entry> entries);
  // After `written` was written to the store: its term entries (in column
  // family `cf`, the index's; one record per key, in key order) update the
  // cached heads (all are dropped if the batch cannot be read).
  void Apply(const rocksdb::WriteBatch& written, uint32_t cf);
  void Clear() {
    young_.clear();
    old_.clear();
  }

  static constexpr std::size_t kGeneration = 32768;

 private:
  using Heads = absl::flat_hash_map<std::string, std::vector<Entry>>;
  std::vector<Entry>* FindMutable(const std::string& prefix);
  std::vector<Entry>* Insert(const std::string& prefix, std::vector<Entry> entries);
  std::string family_;  // IndexPrefix(kClaimTerm)
  Heads young_, old_;
};

}  // namespace claimgraph::graph

#endif  // CLAIMGRAPH_GRAPH_TERM_HEADS_H_
