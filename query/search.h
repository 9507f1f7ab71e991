// Claims found by what they say: the one search behind SearchClaims and the
// CLI's `query search` / `inspect search`.
//
// A query is words and "quoted phrases". Words are matched by their Snowball
// stem ("contradicted" finds "contradicts"); stop words are ignored unless the
// query has nothing else; a phrase matches its words in a row. A claim matches
// when its content has every word and every phrase of the query, and passes the
// filter (speaker, entity, article, dates, cue classes) and `kinds` (any of
// them; empty: any). Matches are ranked by BM25 over the claims the filter
// selects, best first; ties keep time order.
//
// There is no separate search index: every search reads the claims the filter
// selects from the store, so search can never disagree with the store, after a
// crash or otherwise (nothing to rebuild, nothing for `check` to compare). The
// cost is a read of the selected claims per search: milliseconds for a speaker,
// a scan of every claim for an unfiltered search.
#ifndef CLAIMGRAPH_QUERY_SEARCH_H_
#define CLAIMGRAPH_QUERY_SEARCH_H_

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "graph/store.h"

namespace claimgraph::query {

struct ClaimHit {
  graph::NodeId claim = 0;
  double score = 0;  // BM25; higher is better
};

struct ClaimHits {
  std::vector<ClaimHit> hits;  // this page, best first
  std::string next_page_token;  // empty on the last page
  int total = 0;                // matches on all pages
};

// InvalidArgument when `text` has no word or more than 32, a phrase is not closed, or
// `page_token` is not one this function returned. `page_size` as the List
// calls clamp it (1..500). `cancelled`, when given, is polled while reading.
absl::StatusOr<ClaimHits> SearchClaims(const graph::GraphStore& store,
                                       const graph::ClaimFilter& filter,
                                       const std::vector<v1::ClaimKind>& kinds,
                                       std::string_view text, int page_size,
                                       std::string_view page_token,
                                       const std::function<bool()>& cancelled = {});

}  // namespace claimgraph::query

#endif  // CLAIMGRAPH_QUERY_SEARCH_H_
