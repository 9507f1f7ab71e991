// ArticleWriter: near-duplicate stories (graph/simhash_bands.h) and the wire their copies share.
#include "graph/article_writer.h"

namespace claimgraph::graph::internal {

absl::StatusOr<NodeId> ArticleWriter::FindOrMakeStory() {
  if (ex_.simhash != 0) {
    // The first band with a stored near-duplicate in a story, the lowest id
    // first: the same story whatever order the blocks hold the pairs in.
    for (int band = 0; band < kSimhashBands; ++band) {
      ASSIGN_OR_RETURN(std::vector<NodeId> near, bands_.Near(band, ex_.simhash, article_));
      for (NodeId article : near) {
        auto node = impl_.GetNode(article);
        if (node.ok() && node->article().story_id() != 0) {
          RETURN_IF_ERROR(ShareWire(node->article().story_id()));
          return node->article().story_id();
        }
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
