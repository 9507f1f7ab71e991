#include "graph/conflicts.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>

#include "absl/strings/numbers.h"
#include "common/status_macros.h"
#include "common/strings.h"
#include "graph/views.h"

namespace claimgraph::graph {
namespace {

bool MatchesEnd(const GraphStore& store, const ClaimFilter& filter, NodeId claim) {
  if (filter.speaker != 0 && !store.HasEdge(filter.speaker, v1::ASSERTED, claim)) {
    return false;
  }
  if (filter.entity != 0 && !store.HasEdge(claim, v1::MENTIONS, filter.entity)) {
    return false;
  }
  return true;
}

}  // namespace

absl::Status CheckMinConfidence(double value, std::string_view name) {
  if (std::isfinite(value) && value >= 0 && value <= 1) return absl::OkStatus();
  return absl::InvalidArgumentError(
      Cat(name, " must be a number from 0 to 1, not ", value));
}

absl::StatusOr<double> ParseMinConfidence(std::string_view text, std::string_view name) {
  if (text.empty()) return 0.0;
  std::string owned(text);
  char* end = nullptr;
  double value = std::strtod(owned.c_str(), &end);
  if (end == owned.c_str() || *end != '\0') {
    return absl::InvalidArgumentError(
        Cat(name, " must be a number from 0 to 1, not '", text, "'"));
  }
  RETURN_IF_ERROR(CheckMinConfidence(value, name));
  return value;
}

absl::StatusOr<ConflictPage> ListConflicts(const GraphStore& store,
                                           const ClaimFilter& filter, NodeId claim,
                                           v1::EdgeType type, int page_size,
                                           std::string_view page_token,
                                           double min_confidence) {
  ConflictPage page;
  if (page_size <= 0) return absl::InvalidArgumentError("page_size must be positive");
  RETURN_IF_ERROR(CheckMinConfidence(min_confidence, "min_confidence"));
  // Confidences are stored as float: 0.7 must keep an edge of 0.7f.
  const float min = static_cast<float>(min_confidence);
  if (claim != 0) {
    // Few edges per claim: all are read, then cut to the page (its token is the
    // offset of the next one).
    uint32_t offset = 0;
    if (!page_token.empty() && (!absl::SimpleAtoi(std::string(page_token), &offset) || offset > (1u << 30)))
      return absl::InvalidArgumentError("page_token is not one this listing gave");
    for (Direction direction : {Direction::kOut, Direction::kIn}) {
      RETURN_IF_ERROR(store.VisitEdges(claim, direction, std::nullopt,
                                       [&](const v1::Edge& edge) {
                                         if (IsConflictEdge(edge.type()) &&
                                             (type == v1::EDGE_TYPE_UNSPECIFIED ||
                                              edge.type() == type) &&
                                             edge.confidence() >= min) {
                                           page.edges.push_back(edge);
                                         }
                                         return true;
                                       }));
    }
    const size_t end = offset + static_cast<size_t>(page_size);
    if (end < page.edges.size()) page.next_page_token = std::to_string(end);
    page.edges.erase(page.edges.begin(),
                     page.edges.begin() +
                         static_cast<std::ptrdiff_t>(std::min<size_t>(offset, page.edges.size())));
    if (page.edges.size() > static_cast<size_t>(page_size)) page.edges.resize(page_size);
    return page;
  }
  // By entity: that entity's own conflict index, testing the ends of each
  // edge against a speaker filter; by speaker alone: that speaker's; else the
  // store-wide one.
  IndexId index = IndexId::kConflictsByTime;
  std::string lower = filter.said_after, upper = filter.said_before;
  ClaimFilter ends = filter;
  auto owned_by = [&](IndexId owned, NodeId owner) {
    index = owned;
    std::string prefix;
    AppendU64(&prefix, owner);
    lower = prefix + lower;
    upper = prefix + upper;
  };
  if (filter.entity != 0) {
    owned_by(IndexId::kEntityConflictsByTime, filter.entity);
    ends.entity = 0;  // every entry of this index is about the entity
  } else if (filter.speaker != 0) {
    owned_by(IndexId::kSpeakerConflictsByTime, filter.speaker);
    ends.speaker = 0;  // every entry of this index has the speaker at an end
  }
  const bool test_ends = ends.speaker != 0 || ends.entity != 0;
  auto keys = store.ScanIndex(
      index, lower, upper, page_size, page_token, [&](std::string_view key) {
        auto parts = DecodeEdgeKey(key.substr(key.size() - kEdgeKeyBytes));
        if (!parts) return false;
        if (type != v1::EDGE_TYPE_UNSPECIFIED && parts->type != type) return false;
        if (min > 0) {
          auto edge = store.GetEdge(parts->first, static_cast<v1::EdgeType>(parts->type),
                                    parts->second, parts->rank);
          if (!edge.ok() || edge->confidence() < min) return false;
        }
        return !test_ends || MatchesEnd(store, ends, parts->first) ||
               MatchesEnd(store, ends, parts->second);
      });
  if (!keys.ok()) return keys.status();
  for (const std::string& key : keys->keys) {
    auto parts = DecodeEdgeKey(std::string_view(key).substr(key.size() - kEdgeKeyBytes));
    auto edge = store.GetEdge(parts->first, static_cast<v1::EdgeType>(parts->type),
                              parts->second, parts->rank);
    if (!edge.ok()) return edge.status();
    page.edges.push_back(*std::move(edge));
  }
  page.next_page_token = keys->next_page_token;
  return page;
}

}  // namespace claimgraph::graph
