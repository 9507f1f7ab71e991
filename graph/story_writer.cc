// ArticleWriter: near-duplicate stories (SimHash bands) and the wire their copies share.
#include "graph/article_writer.h"

namespace claimgraph::graph::internal {

absl::StatusOr<NodeId> ArticleWriter::FindOrMakeStory() {
  if (ex_.simhash != 0) {
    for (int band = 0; band < kSimhashBands; ++band) {
      std::string prefix = SimhashBandPrefix(band, ex_.simhash);
      NodeId story = 0;
      RETURN_IF_ERROR(impl_.ScanPrefix(
          impl_.idx, prefix, [&](std::string_view key, std::string_view value) {
            NodeId article = ReadU64(key.substr(prefix.size(), 8));
            // The entries of a version this batch replaces are gone.
            if (value.size() != 8 || article == article_ ||
                !ingest::SameStory(ReadU64(value), ex_.simhash)) {
              return true;
            }
            auto node = impl_.GetNode(article);
            if (node.ok()) story = node->article().story_id();
            return story == 0;
          }));
      if (story != 0) {
        RETURN_IF_ERROR(ShareWire(story));
        return story;
      }
    }
  }
  v1::Node story;
  story.set_id(StableId(v1::STORY, Cat("story", '\0', article_)));
  if (FindNode(story.id())) {
    // The story an earlier version of this doc_id began, still carried by
    // its copies: this version, no longer like them, begins another.
    story.set_id(StableId(v1::STORY, Cat("story", '\0', article_, '\0', ex_.content_hash)));
  }
  story.set_kind(v1::STORY);
  story.mutable_story()->set_wire(wire_);
  story.mutable_story()->set_title(doc_.title);
  story.mutable_story()->set_simhash(ex_.simhash);
  PutNode(story);
  return story.id();
}

absl::Status ArticleWriter::ShareWire(NodeId story_id) {
  v1::Node* story = FindNode(story_id);
  if (story == nullptr) return absl::OkStatus();
  if (wire_.empty()) {
    wire_ = story->story().wire();
    return absl::OkStatus();
  }
  if (!story->story().wire().empty()) return absl::OkStatus();
  story->mutable_story()->set_wire(wire_);
  std::vector<NodeId> copies;
  RETURN_IF_ERROR(VisitBatchEdges(story_id, Direction::kIn, v1::COPY_OF,
                                   [&](const v1::Edge& edge) {
                                     copies.push_back(edge.src());
                                     return true;
                                   }));
  for (NodeId copy : copies) {
    v1::Node* article = FindNode(copy);
    if (article && article->article().wire().empty()) {
      article->mutable_article()->set_wire(wire_);
    }
  }
  return absl::OkStatus();
}

}  // namespace claimgraph::graph::internal
