// ArticleWriter: the batch (pending nodes, edges, names), claims and entities; GraphStore::Ingest.
#include "graph/article_writer.h"

#include "ingest/attribution/roles.h"

#include <algorithm>
#include <ctime>

#include "common/dates.h"
#include "graph/speaker_conflicts.h"
#include "ingest/attribution/roles.h"
#include "ingest/attribution/speaker_words.h"

namespace claimgraph::graph::internal {
namespace {

// Now, UTC, RFC 3339 to the second: Article.ingested_at.
std::string IngestTime() {
  std::time_t now = std::time(nullptr);
  std::tm utc{};
  gmtime_r(&now, &utc);
  char text[32];
  std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
  return text;
}

}  // namespace

absl::StatusOr<IngestOutcome> ArticleWriter::Run() {
  // Every date the store writes is a real YYYY-MM-DD (the one validator), so
  // a stored 2020-13-01 cannot happen whoever calls Ingest.
  if (!Published().empty()) RETURN_IF_ERROR(ValidateDate(Published(), "published date"));
  for (const ingest::Attribution& a : ex_.attributions) {
    if (!a.said_on.empty()) RETURN_IF_ERROR(ValidateDate(a.said_on, "said_on"));
  }
  IngestOutcome outcome;
  std::string hash_key;
  AppendU64(&hash_key, ex_.content_hash);
  // An article is its document: the same text under another doc_id (a
  // republication) is a second article of the same story, carrying the same
  // claims; the same doc_id with the same text changes nothing, and with
  // other text is a new version that replaces the stored one.
  article_ = StableId(v1::ARTICLE, Cat("article", '\0', doc_.doc_id));
  if (auto same_id = Lookup(NameSpace::kArticleDocId, doc_.doc_id)) {
    auto node = impl_.GetNode(*same_id);
    if (!node.ok()) return node.status();
    if (node->article().content_hash() == ex_.content_hash) {
      outcome.unchanged = true;
      outcome.article = *same_id;
      outcome.story = node->article().story_id();
      return outcome;
    }
    if (*same_id != article_) {
      return absl::DataLossError(Cat(doc_.doc_id, ": its name entry points to node ",
                                     *same_id, ", not to the article of that doc_id"));
    }
    RETURN_IF_ERROR(RemoveOldVersion(*node));
    outcome.replaced = true;
  }
  wire_ = ex_.wire;
  outcome.article = article_;
  if (auto twin = Lookup(NameSpace::kArticleContent, hash_key)) {
    // Byte-identical to a stored article: its story, whatever the SimHash.
    auto node = impl_.GetNode(*twin);
    if (!node.ok()) return node.status();
    story_ = node->article().story_id();
    RETURN_IF_ERROR(ShareWire(story_));
  } else {
    ASSIGN_OR_RETURN(story_, FindOrMakeStory());
  }
  outcome.story = story_;

  std::set<NodeId> reported;
  for (const Attribution& a : ex_.attributions) {
    if (a.content.empty() || a.content.end > doc_.text.size()) continue;
    ASSIGN_OR_RETURN(ClaimWrite claim, WriteAttribution(a));
    if (claim.is_new) ++outcome.new_claims;
    reported.insert(claim.id);
  }
  RETURN_IF_ERROR(error_);
  outcome.claims = static_cast<int>(reported.size());
  outcome.contradictions = conflicts_;
  RETURN_IF_ERROR(PutArticle(outcome.claims, hash_key));
  RETURN_IF_ERROR(Commit());
  for (ClaimRecord& claim : batch_claims_) {
    if (impl_.written.size() >= GraphStore::Impl::kPreparedGeneration) {
      impl_.written.clear();
    }
    impl_.written[claim.id] = std::move(claim);
  }
  return outcome;
}

absl::Status ArticleWriter::PutArticle(int claims, const std::string& hash_key) {
  v1::Node article;
  article.set_id(article_);
  article.set_kind(v1::ARTICLE);
  v1::Article* body = article.mutable_article();
  body->set_doc_id(doc_.doc_id);
  body->set_title(doc_.title);
  body->set_url(doc_.url);
  body->set_outlet(doc_.outlet);
  body->set_wire(wire_);
  body->set_published(ex_.published.empty() ? doc_.published : ex_.published);
  body->set_content_hash(ex_.content_hash);
  body->set_dateline(ex_.dateline);
  body->set_story_id(story_);
  body->set_byte_size(doc_.text.size());
  body->set_extractor_version(ex_.extractor_version);
  body->set_simhash(ex_.simhash);
  body->set_attribution_count(claims);
  body->set_ingested_at(IngestTime());
  body->set_ingested_by(std::string(ingested_by_));
  PutNode(article);
  PutName(NameSpace::kArticleDocId, doc_.doc_id, article_);
  // The first article with this text names it; later copies find it there.
  if (!Lookup(NameSpace::kArticleContent, hash_key)) {
    PutName(NameSpace::kArticleContent, hash_key, article_);
  }
  v1::Edge copy_of;
  copy_of.set_src(article_);
  copy_of.set_dst(story_);
  copy_of.set_type(v1::COPY_OF);
  copy_of.set_confidence(1.0f);
  PutEdge(copy_of);
  return ex_.simhash != 0 ? bands_.Add(article_, ex_.simhash) : absl::OkStatus();
}

namespace {

// One record of a WriteBatch: its column family, type, key and value (views
// into the batch) and its place in the batch.
struct BatchRecord {
  enum class Type { kPut, kDelete, kSingleDelete };
  uint32_t cf;
  Type type;
  rocksdb::Slice key, value;
  std::size_t seq;
};

// Collects the records of a batch. A merge or range deletion is an error: the
// writer makes none, and neither has one final record per key.
class BatchRecords : public rocksdb::WriteBatch::Handler {
 public:
  std::vector<BatchRecord> records;

  rocksdb::Status PutCF(uint32_t cf, const rocksdb::Slice& key,
                        const rocksdb::Slice& value) override {
    return Add(cf, BatchRecord::Type::kPut, key, value);
  }
  rocksdb::Status DeleteCF(uint32_t cf, const rocksdb::Slice& key) override {
    return Add(cf, BatchRecord::Type::kDelete, key, {});
  }
  rocksdb::Status SingleDeleteCF(uint32_t cf, const rocksdb::Slice& key) override {
    return Add(cf, BatchRecord::Type::kSingleDelete, key, {});
  }
  rocksdb::Status MergeCF(uint32_t, const rocksdb::Slice&, const rocksdb::Slice&) override {
    return rocksdb::Status::NotSupported("a merge cannot be put in key order");
  }
  rocksdb::Status DeleteRangeCF(uint32_t, const rocksdb::Slice&,
                                const rocksdb::Slice&) override {
    return rocksdb::Status::NotSupported("a range deletion cannot be put in key order");
  }

 private:
  rocksdb::Status Add(uint32_t cf, BatchRecord::Type type, const rocksdb::Slice& key,
                      const rocksdb::Slice& value) {
    records.push_back({cf, type, key, value, records.size()});
    return rocksdb::Status::OK();
  }
};

// The batch's final records (one per key: its last write), in key order
// within each column family, with `puts` (sorted, unique keys of `puts_cf`,
// empty values, written after every record of `batch`) merged in. The
// memtable's skip list starts each insert from where the previous one ended,
// so keys in order cost a short search instead of a walk from the top
// (memtable inserts were a fifth of ingest's CPU). The same records, and so
// the same store, as the batch in write order. One sort of the batch's
// records at the end costs less than a WriteBatchWithIndex's skip list
// searched at every put.
absl::StatusOr<rocksdb::WriteBatch> InKeyOrder(
    const rocksdb::WriteBatch& batch,
    const std::vector<rocksdb::ColumnFamilyHandle*>& families,
    rocksdb::ColumnFamilyHandle* puts_cf, const std::vector<std::string>& puts) {
  BatchRecords collected;
  RETURN_IF_ERROR(FromRocks(batch.Iterate(&collected), "write batch"));
  std::vector<BatchRecord>& records = collected.records;
  // By family, then key, then place: the last of each key's run is its final
  // record.
  std::sort(records.begin(), records.end(), [](const BatchRecord& a, const BatchRecord& b) {
    if (a.cf != b.cf) return a.cf < b.cf;
    if (int order = a.key.compare(b.key); order != 0) return order < 0;
    return a.seq < b.seq;
  });
  rocksdb::WriteBatch sorted(batch.GetDataSize());
  for (rocksdb::ColumnFamilyHandle* cf : families) {
    auto put = cf == puts_cf ? puts.begin() : puts.end();
    // Writes the puts that sort before `key`.
    auto puts_before = [&](rocksdb::Slice key) -> absl::Status {
      for (; put != puts.end() && rocksdb::Slice(*put).compare(key) < 0; ++put) {
        RETURN_IF_ERROR(FromRocks(sorted.Put(cf, *put, ""), "write batch"));
      }
      return absl::OkStatus();
    };
    const uint32_t id = cf->GetID();
    auto it = std::lower_bound(records.begin(), records.end(), id,
                               [](const BatchRecord& r, uint32_t cf_id) { return r.cf < cf_id; });
    for (; it != records.end() && it->cf == id; ++it) {
      if (auto next = std::next(it); next != records.end() && next->cf == id &&
                                     next->key == it->key) {
        continue;  // a later write of the key follows
      }
      RETURN_IF_ERROR(puts_before(it->key));
      if (put != puts.end() && rocksdb::Slice(*put) == it->key) continue;  // put later
      rocksdb::Status s;
      switch (it->type) {
        case BatchRecord::Type::kPut: s = sorted.Put(cf, it->key, it->value); break;
        case BatchRecord::Type::kDelete: s = sorted.Delete(cf, it->key); break;
        case BatchRecord::Type::kSingleDelete: s = sorted.SingleDelete(cf, it->key); break;
      }
      RETURN_IF_ERROR(FromRocks(s, "write batch"));
    }
    for (; put != puts.end(); ++put) {
      RETURN_IF_ERROR(FromRocks(sorted.Put(cf, *put, ""), "write batch"));
    }
  }
  return sorted;
}

}  // namespace

absl::Status ArticleWriter::Commit() {
  bands_.Flush(batch_);
  // Pending node records last, so that each is written once in its final form.
  for (const auto& [key, node] : nodes_) {
    batch_.Put(impl_.nodes, key, node.SerializeAsString());
  }
  ASSIGN_OR_RETURN(BatchTouches touched, TouchesOf(impl_, batch_));
  std::set<NodeId> claims = touched.edge_claims;
  for (const auto& [node, stored] : touched.nodes) {
    if (KindOfId(node) == v1::CLAIM) claims.insert(node);
  }
  // The graph as the batch leaves it, read from what the writer holds and the
  // store: the claims, sources, entities and article this batch adds to the
  // store from the writer alone (their edges are all in edges_).
  const std::set<NodeId> fresh = touched.Fresh();
  const HeldRecords held{nodes_, deleted_nodes_, edges_, deleted_edges_};
  const WriterReads graph(impl_, held, fresh);
  RETURN_IF_ERROR(PutSpeakerConflicts(impl_, batch_, graph, claims, fresh));
  RETURN_IF_ERROR(PutClaimViews(impl_, batch_, touched, graph));
  std::sort(term_entries_.begin(), term_entries_.end());
  term_entries_.erase(std::unique(term_entries_.begin(), term_entries_.end()),
                      term_entries_.end());
  ASSIGN_OR_RETURN(rocksdb::WriteBatch sorted,
                   InKeyOrder(batch_, impl_.handles, impl_.idx, term_entries_));
  rocksdb::WriteOptions write;
  write.sync = impl_.options.sync_writes;
  rocksdb::Status write_status = impl_.db->Write(write, &sorted);
  absl::Status written = absl::OkStatus();
  if (!write_status.ok()) {
    // Nothing of the batch is visible; RocksDB now refuses writes until
    // GraphStore::Ingest resumes it.
    impl_.write_fault = write_status;
    impl_.term_heads.Clear();
    written = WriteFault(doc_.doc_id, write_status);
  } else {
    impl_.term_heads.Apply(sorted, impl_.idx->GetID());
    if (impl_.on_write) impl_.on_write(sorted);
  }
  // A person whose claims this batch changed is counted again when next asked.
  for (const auto& [key, edge] : edges_) {
    if (edge.type() == v1::ASSERTED) impl_.asserted_counts.erase(edge.src());
  }
  for (const std::string& key : deleted_edges_) {
    auto parts = DecodeEdgeKey(key);
    if (parts && parts->type == v1::ASSERTED) impl_.asserted_counts.erase(parts->first);
  }
  // The detector's caches hold claims as they were read: none of a replaced
  // version may answer for the claims it removed or moved.
  for (const std::set<NodeId>* ids : {&removed_claims_, &moved_claims_}) {
    for (NodeId id : *ids) {
      impl_.prepared_young.erase(id);
      impl_.prepared_old.erase(id);
      impl_.written.erase(id);
    }
  }
  return written;
}

std::optional<NodeId> ArticleWriter::Lookup(NameSpace ns, std::string_view key) {
  std::string full = NameKey(ns, key);
  if (auto it = names_.find(full); it != names_.end()) {
    if (it->second == 0) return std::nullopt;  // deleted by this batch
    return it->second;
  }
  auto value = impl_.Get(impl_.names, full);
  if (!value.ok() || value->size() != 8) return std::nullopt;
  return ReadU64(*value);
}

void ArticleWriter::PutName(NameSpace ns, std::string_view key, NodeId id) {
  std::string full = NameKey(ns, key);
  names_[full] = id;
  std::string value;
  AppendU64(&value, id);
  batch_.Put(impl_.names, full, value);
}

void ArticleWriter::DeleteName(NameSpace ns, std::string_view key) {
  std::string full = NameKey(ns, key);
  names_[full] = 0;
  batch_.Delete(impl_.names, full);
}

absl::Status ArticleWriter::VisitBatchEdges(
    NodeId node, Direction direction, std::optional<v1::EdgeType> type,
    const std::function<bool(const v1::Edge&)>& visit) {
  if (deleted_edges_.empty() && edges_.empty()) {
    return impl_.VisitEdges(node, direction, type, visit);
  }
  return impl_.VisitEdges(node, direction, type, [&](const v1::Edge& edge) {
    std::string key = EdgeKey(edge.src(), edge.type(), edge.dst(), edge.rank());
    if (deleted_edges_.count(key)) return true;
    if (auto it = edges_.find(key); it != edges_.end()) return visit(it->second);
    return visit(edge);
  });
}

absl::Status ArticleWriter::VisitBatchEdgeKeys(
    NodeId node, Direction direction, std::optional<v1::EdgeType> type,
    const std::function<bool(const EdgeKeyParts&)>& visit) {
  auto scan = [this](rocksdb::ColumnFamilyHandle* cf, const std::string& prefix,
                     const std::function<bool(std::string_view, std::string_view)>& each) {
    return impl_.ScanPrefix(cf, prefix, each);
  };
  return VisitEdgeKeysBy(scan, impl_.out, impl_.in, node, direction, type,
                         [&](const EdgeKeyParts& parts) {
                           if (!deleted_edges_.empty()) {
                             const bool out = direction == Direction::kOut;
                             const NodeId src = out ? parts.first : parts.second;
                             const NodeId dst = out ? parts.second : parts.first;
                             if (deleted_edges_.count(EdgeKey(src, parts.type, dst, parts.rank)))
                               return true;
                           }
                           return visit(parts);
                         });
}

v1::Node* ArticleWriter::FindNode(NodeId id) {
  std::string key = NodeKey(KindOfId(id), id);
  if (auto it = nodes_.find(key); it != nodes_.end()) return &it->second;
  if (deleted_nodes_.count(key)) return nullptr;
  auto stored = impl_.GetNode(id);
  if (!stored.ok()) return nullptr;
  return &nodes_.insert_or_assign(key, *std::move(stored)).first->second;
}

void ArticleWriter::PutEdge(const v1::Edge& edge) {
  std::string out_key = EdgeKey(edge.src(), edge.type(), edge.dst(), edge.rank());
  edges_[out_key] = edge;
  deleted_edges_.erase(out_key);
  std::string record = edge.SerializeAsString();
  batch_.Put(impl_.in, EdgeKey(edge.dst(), edge.type(), edge.src(), edge.rank()),
             record.size() <= kInEdgeRecordCopyMaxBytes ? record : std::string());
  batch_.Put(impl_.out, out_key, std::move(record));
}

void ArticleWriter::PutIndex(IndexId index, std::optional<NodeId> owner,
              std::string_view time_key, NodeId claim) {
  batch_.Put(impl_.idx, ClaimIndexKey(index, owner, time_key, claim), "");
}

void ArticleWriter::DeleteIndex(IndexId index, std::optional<NodeId> owner,
                                std::string_view time_key, NodeId claim) {
  batch_.Delete(impl_.idx, ClaimIndexKey(index, owner, time_key, claim));
}


namespace {

// A mention that a hard-wrapped line breaks ("the\nregional manager") as a
// name: one space for each run of white space (kept in `*storage`); any
// other mention as written.
std::string_view OnOneLine(std::string_view mention, std::string* storage) {
  if (mention.find_first_of("\n\r") == std::string_view::npos) return mention;
  *storage = ingest::speaker_words::Normalize(mention);
  return *storage;
}

}  // namespace

absl::StatusOr<ArticleWriter::ClaimWrite> ArticleWriter::WriteAttribution(const Attribution& a) {
  std::string_view text = doc_.text;
  std::string mention_line, via_line;
  std::string_view mention =
      a.source ? OnOneLine(a.source->in(text), &mention_line) : std::string_view();
  // "60 percent of voters said": the speaker is the group polled (its role),
  // not the share; one node of the story for the group however it is split.
  if (a.speaker.empty() && a.source_type == ingest::SourceType::kRole && !a.role.empty() &&
      !ingest::ShareGroup(mention).empty())
    mention = a.role;
  // Each of joint speakers is a node of its own, all asserting the claim; the
  // mention ("Biden and Sanders") is no alias of any of them.
  const bool joint = !a.co_speakers.empty();
  // "A ministry official said …. The official said …": a definite mention
  // the extractor gave the role of an unnamed speaker of this article is that
  // speaker's node.
  NodeId source = 0;
  if (a.speaker.empty() && !a.role.empty() && StartsWithArticle(mention)) {
    if (auto it = role_sources_.find(a.role); it != role_sources_.end()) source = it->second;
  }
  if (source == 0)
    source = SourceFor(a.speaker, joint ? std::string_view(a.speaker) : mention,
                       ToSourceKind(a.source_type));
  // "Prices would fall, one trader said. He added …": a pronoun the extractor
  // resolved to an unnamed speaker of this article is that speaker's node.
  // (Without a speaker, SourceFor gives 0 exactly for a pronoun or no mention.)
  if (a.speaker.empty() && !a.role.empty()) {
    if (source != 0) {
      role_sources_.emplace(a.role, source);
    } else {
      auto it = role_sources_.find(a.role);
      if (it != role_sources_.end()) source = it->second;
    }
  }
  std::vector<NodeId> co_sources;
  for (const std::string& co : a.co_speakers)
    co_sources.push_back(SourceFor(co, co, ToSourceKind(a.source_type)));
  const ingest::Span claim_span = ingest::ClaimSpan(a, text);
  std::string content = NormalizeContent(ingest::StoredClaimText(a, text));
  ClaimWrite claim;
  // A claim is who said it (as the article names them) and what was said, so
  // copies of a story share it and later speaker merges do not change it.
  std::string joint_name = a.speaker;
  for (const std::string& co : a.co_speakers) joint_name = Cat(joint_name, " and ", co);
  std::string who = !a.speaker.empty() ? NormalizeName(StripHonorific(joint_name))
                    : source != 0      ? Cat("source ", source)
                                       : std::string();
  claim.id = StableId(v1::CLAIM, Cat("claim", '\0', who, '\0', content));
  std::string time_key = TimeSortKey(a.said_on, Published());
  if (!FindNode(claim.id)) {
    claim.is_new = true;
    v1::Node node;
    node.set_id(claim.id);
    node.set_kind(v1::CLAIM);
    v1::Claim* body = node.mutable_claim();
    body->set_content(content);
    body->set_kind(ToClaimKind(a.kind));
    body->set_said_on(a.said_on);
    body->set_first_article_id(article_);
    body->set_time_key(time_key);
    body->set_cue_class(CueClassOf(a.cue_class));
    PutNode(node);
    PutIndex(IndexId::kClaimsByTime, std::nullopt, time_key, claim.id);
  } else {
    time_key = FindNode(claim.id)->claim().time_key();
  }

  v1::Provenance provenance;
  provenance.set_article_id(article_);
  provenance.set_doc_id(doc_.doc_id);
  if (a.source) *provenance.mutable_source() = ToSpan(*a.source, text);
  if (a.cue) *provenance.mutable_cue() = ToSpan(*a.cue, text);
  *provenance.mutable_content() = ToSpan(claim_span, text);
  if (a.via) *provenance.mutable_via() = ToSpan(*a.via, text);
  provenance.set_extractor_version(ex_.extractor_version);

  // One edge per (src, type, dst): the first article's provenance is kept;
  // every carrying article has its own REPORTED_IN edge. Each ASSERTED edge
  // has its speaker index entry, under the claim's time key, whether the
  // claim is new or another source (another story's "the government") said
  // it first.
  auto text_edge = [&](NodeId src, v1::EdgeType type, NodeId dst) {
    if (src == 0 || EdgeExists(src, type, dst)) return;
    v1::Edge edge;
    edge.set_src(src);
    edge.set_dst(dst);
    edge.set_type(type);
    *edge.mutable_provenance() = provenance;
    edge.set_confidence(a.confidence);
    if (type != v1::RELAYED) {
      if (a.cue) edge.set_cue(std::string(a.cue->in(text)));
      if (type == v1::ASSERTED) edge.set_cue_class(CueClassOf(a.cue_class));
      edge.set_role(a.role);
      edge.set_said_on(a.said_on);
    }
    PutEdge(edge);
    if (type == v1::ASSERTED) PutIndex(IndexId::kSpeakerClaimsByTime, src, time_key, dst);
  };
  text_edge(source, v1::ASSERTED, claim.id);
  for (NodeId co : co_sources)
    if (co != source) text_edge(co, v1::ASSERTED, claim.id);
  if (source != 0) JoinBareSurname(source);
  if (a.via) {
    const std::string_view via = OnOneLine(a.via->in(text), &via_line);
    text_edge(SourceFor(StripArticle(via), via, v1::ORGANISATION), v1::RELAYED, claim.id);
  }
  text_edge(claim.id, v1::REPORTED_IN, article_);
  ClaimRecord record;
  record.id = claim.id;
  record.article = article_;
  record.story = story_;
  record.source = source;
  record.content = std::string(claim_span.in(text));
  record.speaker = a.speaker.empty() ? std::string(mention) : joint_name;
  if (a.cue) record.cue = std::string(a.cue->in(text));
  record.asserts = ingest::AssertsFact(a.cue_class);
  record.said_on = a.said_on;
  record.time_key = time_key;
  record.doc_id = doc_.doc_id;
  record.offset = claim_span.start;
  for (uint32_t index : a.entities) {
    if (index < ex_.entities.size()) record.entities.push_back(ex_.entities[index].name);
  }
  for (uint32_t index : a.entities) {
    if (index >= ex_.entities.size()) continue;
    NodeId entity = EntityFor(ex_.entities[index]);
    if (!EdgeExists(claim.id, v1::MENTIONS, entity)) {
      v1::Edge edge;
      edge.set_src(claim.id);
      edge.set_dst(entity);
      edge.set_type(v1::MENTIONS);
      edge.mutable_provenance()->set_article_id(article_);
      edge.mutable_provenance()->set_doc_id(doc_.doc_id);
      edge.set_confidence(a.confidence);
      PutEdge(edge);
      PutIndex(IndexId::kEntityClaimsByTime, entity, time_key, claim.id);
    }
  }
  // Beliefs, intentions and stances take part in no rule: not analysed.
  if (claim.is_new && record.asserts) {
    record.prepared = impl_.detector->Prepare(record.Text());
    ASSIGN_OR_RETURN(int found, LinkConflicts(record));
    conflicts_ += found;
  }
  return claim;
}

NodeId ArticleWriter::EntityFor(const ingest::Entity& entity) {
  std::string key = ingest::NameKey(entity.name);
  NodeId id;
  v1::Node* node = nullptr;
  if (auto found = Lookup(NameSpace::kEntity, key)) {
    id = *found;
    node = FindNode(id);
  } else {
    id = StableId(v1::ENTITY, Cat("entity", '\0', key));
    PutName(NameSpace::kEntity, key, id);
  }
  if (node == nullptr) {
    v1::Node fresh;
    fresh.set_id(id);
    fresh.set_kind(v1::ENTITY);
    fresh.mutable_entity()->set_name(entity.name);
    fresh.mutable_entity()->set_type(entity.type);
    node = PutNode(fresh);
  }
  for (const ingest::Span& mention : entity.mentions) {
    if (mention.end > doc_.text.size()) continue;
    std::string_view spelling = mention.in(doc_.text);
    std::string alias_key = ingest::NameKey(spelling);
    if (alias_key.empty() || alias_key == key) continue;
    if (auto owner = Lookup(NameSpace::kEntity, alias_key); !owner) {
      PutName(NameSpace::kEntity, alias_key, id);
      node->mutable_entity()->add_aliases(std::string(spelling));
    }
  }
  return id;
}

std::string_view ArticleWriter::StripArticle(std::string_view name) {
  for (std::string_view lead : {"the ", "The "}) {
    if (name.substr(0, lead.size()) == lead) return name.substr(lead.size());
  }
  return name;
}

}  // namespace claimgraph::graph::internal

namespace claimgraph::graph {


absl::StatusOr<IngestOutcome> GraphStore::Ingest(
    const ingest::Document& doc, const ingest::Extraction& extraction,
    std::string_view ingested_by) {
  if (impl_->options.read_only) {
    return absl::FailedPreconditionError("the store is open read-only");
  }
  std::lock_guard<std::mutex> lock(impl_->write_mu);
  if (!impl_->write_fault.ok()) {
    // After a failed write RocksDB refuses every write (and asserts on some).
    // Out of space, its own recovery polls for free space and clears the
    // error (Resume is Busy meanwhile, then OK); after an I/O error it cannot
    // tell what the failed write left, and only reopening the store helps.
    rocksdb::Status resumed = impl_->db->Resume();
    if (!resumed.ok()) return WriteFault(doc.doc_id, impl_->write_fault);
    impl_->write_fault = rocksdb::Status::OK();
  }
  // Nothing reads RocksDB's per-thread perf counters, and counting costs a
  // thread-local lookup per key comparison of every read and memtable insert:
  // off while this thread ingests, then as the caller had it.
  rocksdb::PerfLevel perf_level = rocksdb::GetPerfLevel();
  rocksdb::SetPerfLevel(rocksdb::kDisable);
  internal::ArticleWriter writer(*impl_, doc, extraction, ingested_by);
  absl::StatusOr<IngestOutcome> outcome = writer.Run();
  rocksdb::SetPerfLevel(perf_level);
  return outcome;
}

}  // namespace claimgraph::graph
