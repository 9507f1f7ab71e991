// Internal to graph/: ArticleWriter turns one article's Extraction into nodes,
// edges, names and index entries, all in one WriteBatch (GraphStore::Ingest).
// Its methods live by job: article_writer.cc (the batch: pending nodes, edges
// and names, claims, entities), story_writer.cc (near-duplicate stories and
// their wire), identity.cc (which Source node a speaker is: names, aliases,
// surnames, merges), conflict_linking.cc (candidate claims for the
// contradiction detector and the store's policy on a finding), replacement.cc
// (removing the stored version of a doc_id before its new version is written).
#ifndef CLAIMGRAPH_GRAPH_ARTICLE_WRITER_H_
#define CLAIMGRAPH_GRAPH_ARTICLE_WRITER_H_

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <map>
#include <set>
#include <unordered_map>

#include "common/status_macros.h"
#include "common/strings.h"
#include "graph/simhash_bands.h"
#include "graph/store_impl.h"
#include "graph/view_records.h"
#include "graph/views.h"
#include "ingest/attribution/cue_class.h"
#include "ingest/entities/entities.h"
#include "ingest/near_duplicate.h"
#include "rocksdb/perf_level.h"
#include "rocksdb/write_batch.h"
#include "text/lexicon.h"


namespace claimgraph::graph::internal {

using ingest::Attribution;



inline v1::ClaimKind ToClaimKind(ingest::AttributionKind kind) {
  switch (kind) {
    case ingest::AttributionKind::kDirect: return v1::DIRECT;
    case ingest::AttributionKind::kIndirect: return v1::INDIRECT;
    case ingest::AttributionKind::kMixed: return v1::MIXED;
  }
  return v1::INDIRECT;
}

inline v1::SourceKind ToSourceKind(ingest::SourceType type) {
  switch (type) {
    case ingest::SourceType::kOrganisation: return v1::ORGANISATION;
    case ingest::SourceType::kRole: return v1::ROLE;
    case ingest::SourceType::kDocument: return v1::DOCUMENT;
    case ingest::SourceType::kPerson:
    case ingest::SourceType::kUnknown: return v1::PERSON;
  }
  return v1::PERSON;
}

inline bool IsPronoun(std::string_view normalized) {
  // Pronouns; a relative pronoun names no one by itself either.
  return ingest::WordLists::Default().Contains("no_name", normalized);
}

// Whitespace collapsed, curly quotes made straight: the claim identity text.
inline std::string NormalizeContent(std::string_view text) {
  std::string out;
  bool space = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    unsigned char c = text[i];
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    if (c == 0xE2 && i + 2 < text.size() && text[i + 1] == '\x80') {
      unsigned char d = text[i + 2];
      if (d == 0x98 || d == 0x99) { out.push_back('\''); i += 2; continue; }
      if (d == 0x9C || d == 0x9D) { out.push_back('"'); i += 2; continue; }
    }
    out.push_back(static_cast<char>(c));
  }
  return out;
}

inline v1::Span ToSpan(const ingest::Span& span, std::string_view text) {
  v1::Span out;
  out.set_start(span.start);
  out.set_end(span.end);
  out.set_text(std::string(span.in(text)));
  return out;
}

class ArticleWriter {
 public:
  ArticleWriter(GraphStore::Impl& impl, const ingest::Document& doc,
                const ingest::Extraction& ex, std::string_view ingested_by = "")
      : impl_(impl), doc_(doc), ex_(ex), ingested_by_(ingested_by) {}

  absl::StatusOr<IngestOutcome> Run();

 private:
  struct ClaimWrite {
    NodeId id = 0;
    bool is_new = false;
  };


  std::string Published() const {
    return ex_.published.empty() ? doc_.published : ex_.published;
  }

  // Looks up the names CF, seeing this batch's pending entries (and
  // deletions) first.
  std::optional<NodeId> Lookup(NameSpace ns, std::string_view key);

  void PutName(NameSpace ns, std::string_view key, NodeId id);
  void DeleteName(NameSpace ns, std::string_view key);

  // Stored edges of `node` as this batch leaves them: those it deleted are
  // skipped, those it rewrote are given as rewritten. Edges only this batch
  // adds are not visited.
  absl::Status VisitBatchEdges(NodeId node, Direction direction,
                               std::optional<v1::EdgeType> type,
                               const std::function<bool(const v1::Edge&)>& visit);
  // As VisitBatchEdges, the keys only (no record is parsed): stored edges
  // this batch deleted are skipped. Edges only this batch adds are not visited.
  absl::Status VisitBatchEdgeKeys(NodeId node, Direction direction,
                                  std::optional<v1::EdgeType> type,
                                  const std::function<bool(const EdgeKeyParts&)>& visit);

  void DeleteNode(NodeId id) {
    std::string key = NodeKey(KindOfId(id), id);
    nodes_.erase(key);
    deleted_nodes_.insert(key);
    batch_.Delete(impl_.nodes, key);
  }
  bool NodeDeleted(NodeId id) const {
    return deleted_nodes_.count(NodeKey(KindOfId(id), id)) > 0;
  }

  // The node as pending in this batch, else as stored; nullptr when absent.
  v1::Node* FindNode(NodeId id);

  v1::Node* PutNode(const v1::Node& node) {
    deleted_nodes_.erase(NodeKey(node.kind(), node.id()));
    return &(nodes_[NodeKey(node.kind(), node.id())] = node);
  }

  bool EdgeExists(NodeId src, v1::EdgeType type, NodeId dst) {
    std::string key = EdgeKey(src, type, dst, 0);
    return edges_.count(key) > 0 ||
           (!deleted_edges_.count(key) && impl_.Exists(impl_.out, key));
  }

  void PutEdge(const v1::Edge& edge);

  // A claim's entry in a time-ordered index (ClaimIndexKey, keys.h).
  void PutIndex(IndexId index, std::optional<NodeId> owner,
                std::string_view time_key, NodeId claim);
  void DeleteIndex(IndexId index, std::optional<NodeId> owner,
                   std::string_view time_key, NodeId claim);

  // --- Replacement (replacement.cc) -------------------------------------------
  // Removes the stored version `old` of this doc_id from the batch's view of
  // the store: its COPY_OF edge and SimHash entries; each claim only it
  // reported, with every edge and index entry of that claim (conflict edges
  // and their indexes included); for claims other articles also report, its
  // REPORTED_IN edge, with the provenance it gave moved to another carrier;
  // then sources, entities and the story left with nothing. The new version
  // is then written by the same batch, so either the old or the new version
  // is ever visible.
  absl::Status RemoveOldVersion(const v1::Node& old);
  // A claim carried by the removed version, with where its content was.
  struct CarriedClaim {
    v1::Span old_content;     // in the removed version
    v1::Provenance carrier;   // another article's, empty when none
    float confidence = 0;
    std::string cue, role, said_on;
  };
  absl::Status RemoveClaim(NodeId claim, std::set<NodeId>* sources,
                           std::set<NodeId>* entities);
  // The claim's edges whose provenance is the removed article move to
  // another carrier's. An ASSERTED edge of a story-scoped source moves only to
  // a carrier in that source's story; with none there, it goes with its
  // speaker index entry (another story's "the hospital" said the same words),
  // as does a relay the carrier does not name. Sources losing an edge are
  // added to `sources`.
  absl::Status MoveProvenance(NodeId claim, const CarriedClaim& carried,
                              NodeId removed_article, std::set<NodeId>* sources);
  // The claim as article `reported_in` (the src of that REPORTED_IN edge's
  // dst) carries it.
  static CarriedClaim CarrierOf(const v1::Edge& reported_in);
  // A REPORTED_IN edge of `claim` from an article of `story`, if any is left.
  absl::StatusOr<std::optional<v1::Edge>> ReportInStory(NodeId claim, NodeId story);
  // Conflict edges whose evidence lies in the removed article: their spans
  // move to the claim's other carrier when the content reads the same there,
  // else the edge goes.
  absl::Status MoveConflictEvidence(NodeId claim, NodeId removed_article,
                                    const std::map<NodeId, CarriedClaim>& carried);
  void RemoveConflict(const v1::Edge& edge);
  absl::Status RemoveIfOrphan(NodeId node);
  // Aliases that only the removed version's mentions gave a source that
  // stays (mentions of it in the articles still carrying its claims give
  // the others): removed with their names.
  absl::Status RemoveAliasesOf(NodeId source, const std::vector<std::string>& mentions,
                               NodeId removed_article);

  absl::StatusOr<NodeId> FindOrMakeStory();

  // Puts the article node (reporting `claims` claims), its names (doc_id, and
  // `hash_key` for the first article with this text), its COPY_OF edge to the
  // story and its fingerprint's near-duplicate index pairs into the batch.
  absl::Status PutArticle(int claims, const std::string& hash_key);
  // Writes the batch with the pending node records and the view record of
  // every claim whose view it alters (PutClaimViews), and evicts the claims a
  // replaced version removed or moved from the detector's caches; the write's
  // error, if any, after the eviction.
  absl::Status Commit();

  // Copies of one story carry its wire even when only one of them names it
  // ("Source: AFP" under one copy): the story, this article and the other
  // copies get the wire whichever copy arrives first.
  absl::Status ShareWire(NodeId story_id);

  // The Source node for a named speaker (found by normalised name or alias), or
  // for an unnamed role/document source scoped to this article. 0 when none.
  NodeId SourceFor(std::string_view speaker, std::string_view mention,
                   v1::SourceKind kind);

  // A common noun standing for an organisation ("the government", "police",
  // "the federation") rather than its name: written in lower case in the
  // mention, or one of the institution nouns news uses bare.
  static bool IsGenericName(std::string_view speaker, std::string_view mention);

  // A name starts with a capital (or a non-ASCII letter), after an optional
  // "the" ("the WHO"); "a statement released by Erdogan's office" or "A poll
  // published by NBC News" is a description.
  static bool LooksLikeName(std::string_view mention);

  // True when a mention is a form of the speaker's name: it shares a word with
  // the name ("Power", "Ms Power", "Vitaly I. Churkin") or is its initials
  // ("IAEA"). A description resolved to the speaker ("a top US general", "the
  // prime minister") or words left before the name ("Yesterday, X") are not
  // names: as aliases they would send other people's claims to this speaker.
  // The description stays on the ASSERTED edge as the role.
  static bool NamesSpeaker(std::string_view alias_key, std::string_view name_key);

  static std::string_view StripHonorific(std::string_view name);

  // The alias a mention gives the speaker named `name`, cut before any
  // apposition ("X, chairman of ..."), when it names them (NamesSpeaker,
  // LooksLikeName) and is not the name itself.
  static std::optional<std::string_view> AliasIn(std::string_view mention,
                                                 std::string_view name);

  static std::string LastToken(const std::string& key) {
    auto space = key.rfind(' ');
    return space == std::string::npos ? key : key.substr(space + 1);
  }

  // A person's name key without its one middle initial ("donald j trump" ->
  // "donald trump"), the key of their node: PolNeAR train+dev names 22 people
  // both ways, each the same person. Other keys are returned as they are
  // ("george h w bush" keeps both initials).
  static std::string WithoutMiddleInitial(const std::string& key);
  // Sources named in full whose surname is `surname`, stored or in this batch.
  std::vector<NodeId> PeopleWithSurname(const std::string& surname);
  // A bare surname of another article names a person named in full only
  // when that person is well known: at least kWellKnownClaims claims, and
  // kWellKnownLead times as many as any other person of that surname (people
  // of one given name counted together; each counted up to
  // kWellKnownCountCap). The one the news is full of ("Obama", "Cruz"), not a
  // namesake met a few times (PolNeAR train+dev: of 10 joins into people of
  // fewer than 10 claims, 8 were wrong: "King" of two articles into a Charlie
  // King, "Ford" the carmaker into Robert S. Ford).
  static constexpr size_t kWellKnownClaims = 10;
  static constexpr size_t kWellKnownLead = 3;
  static constexpr size_t kWellKnownCountCap = 300;
  // The claims `person` asserted (stored or in this batch), counted up to `cap`.
  size_t ClaimsOf(NodeId person, size_t cap);
  // The well-known person of that surname as above, or 0.
  NodeId WellKnownBearer(const std::string& surname);
  // Called after `person` asserted a claim: the bare-surname speaker of
  // `person`'s surname joins the well-known person of that surname
  // (MergeSource) once there is one, so that either order of articles gives
  // the same graph (unless the lead changes hands in between).
  void JoinBareSurname(NodeId person);

  // Moves everything `from` asserted to `to`, with its names and aliases, and
  // deletes `from`: used when an organisation met under its short name turns
  // out to be a company named in full ("Amoco" -> "Amoco Corp").
  absl::Status MergeSource(NodeId from, NodeId to);
  // The name key `key` of a company without its trailing designators ("amoco
  // corp" -> "amoco", "usair group inc" -> "usair"); empty when it has none or
  // what is left is one common word ("sun co").
  static std::string CompanyShortKey(std::string_view key);
  // Whether the one-word key `key` is a common word (or under three letters),
  // too ambiguous to be a company's short name.
  static bool CommonWordKey(std::string_view key);
  // The one organisation whose name key is `key` followed by one or two
  // designators ("amoco" -> "Amoco Corp", "usair" -> "USAir Group Inc"); none
  // when there is no such company, two, or `key` is a common word.
  std::optional<NodeId> CompanyOfShortKey(std::string_view key);
  // "The Sun", "the Fed": a mention or source shown with the article, the way
  // a company's short name is not.
  static bool StartsWithArticle(std::string_view mention);
  static bool ShownWithArticle(const v1::Source& source);

  void DeleteEdge(const v1::Edge& edge);

  void PossiblySame(NodeId a, NodeId b);

  absl::StatusOr<ClaimWrite> WriteAttribution(const Attribution& a);

  // --- Contradictions -------------------------------------------------------
  // A new claim is compared with this article's earlier claims, with the
  // claims of the stored articles of its story, and with stored claims sharing
  // one of its terms: the detector's entity terms and its Source node (what a
  // pair across stories must share to stand, MayStand). The term index is read
  // newest first and capped, so the work per claim is bounded whatever the
  // store's size.
  // (kCandidatesPerTerm per term, graph/term_heads.h.)
  static constexpr std::size_t kMaxCandidates = 128;
  // Fan-out cap: a claim linked to many others is a sign of a loose rule. A new
  // claim keeps its kMaxConflictsPerClaim most confident findings, and a claim
  // that already has that many conflict edges takes no more.
  static constexpr int kMaxConflictsPerClaim = 3;
  // Findings below this confidence are not stored: their rule's measured
  // precision is too low for an edge (a false edge is worse than none).
  static constexpr float kMinStoredConfidence = 0.5f;

  // A time key that sorts newest first in a forward scan (reverse scans are
  // slow in RocksDB's memtable): digits complemented, unknown dates last.
  static std::string NewestFirst(std::string_view time_key);

  absl::StatusOr<int> LinkConflicts(const ClaimRecord& claim);

  // False only when the stored claim `other` (time key `other_time_key`, as
  // its term entry gives it) can make no edge with `claim` that stands:
  // further than kMaxDaysApart from it and reported in no stored article of
  // this story (and not moved by this batch). Then it need not be read.
  absl::StatusOr<bool> MayBeNear(const ClaimRecord& claim, NodeId other,
                                 std::string_view other_time_key);

  // The claims reported in the stored articles of this story (a claim's
  // story is that of an article reporting it), read once per batch.
  absl::StatusOr<const std::set<NodeId>*> StoryClaims();

  // A stored claim with its speaker, cue, place and entities, analysed by the
  // detector; cached across articles. Null when the claim is gone.
  absl::StatusOr<std::shared_ptr<const ClaimRecord>> LoadClaim(NodeId id);

  // The analysis made when this store wrote the claim, if the claim reads back
  // with the same ClaimText (merges may since have renamed its speaker or
  // entities); null otherwise. Consumes the entry.
  std::shared_ptr<const ingest::PreparedClaim> WrittenAnalysis(const ClaimRecord& record);

  // The detector judges two texts; whether they speak of the same event is the
  // store's call. A correction (CORRECTS) stands only between claims of the
  // same Source node, in one story or at most kMaxDaysApart apart. Within one story (an article and its copies) every finding
  // stands. Across stories the claims must share an entity and be close in
  // time, figures closer still ("39 dead" in Magnitogorsk is not "nine killed"
  // in Dayton), and a reference such as "that claim" or "the story" is read as
  // pointing into its own article, never into another story.
  static constexpr int kMaxDaysApart = 7;
  static constexpr int kMaxDaysApartFigures = 3;

  static bool PlausibleAcrossStories(const ClaimRecord& a, const ClaimRecord& b,
                                     const ingest::ConflictFinding& finding);
  // False when no finding whatever could stand between a and b under
  // PlausibleAcrossStories (another story and either more than kMaxDaysApart
  // apart or sharing neither an entity nor the Source node): the pair is not
  // worth the detector's time. True is no promise.
  static bool MayStand(const ClaimRecord& a, const ClaimRecord& b);
  // True when a and b name an entity in common.
  static bool SharedEntity(const ClaimRecord& a, const ClaimRecord& b);

  // |a - b| in days for two ISO dates; nullopt when either is not a date.
  static std::optional<int> DaysBetween(std::string_view a, std::string_view b);

  // The detector's finding on a (new) and b when the policy lets it stand.
  std::optional<ingest::ConflictFinding> Judge(const ClaimRecord& a, const ClaimRecord& b);
  // Conflict edges of `claim`, stored or written by this batch.
  absl::StatusOr<int> ConflictDegree(NodeId claim);
  // Writes the edge of a finding with its evidence and indexes; 0 when it exists.
  int WriteConflict(const ClaimRecord& a, const ClaimRecord& b,
                    const ingest::ConflictFinding& finding);

  // The Entity node for a canonical entity; every spelling met in the text
  // ("Deir Ezzor", "Deir al-Zor") becomes an alias that finds it.
  NodeId EntityFor(const ingest::Entity& entity);

  static std::string_view StripArticle(std::string_view name);

  GraphStore::Impl& impl_;
  const ingest::Document& doc_;
  const ingest::Extraction& ex_;
  std::string_view ingested_by_;  // Article.ingested_by
  NodeId article_ = 0;
  NodeId story_ = 0;
  std::string wire_;  // named by this article or inherited from its story
  // Not indexed: nothing reads it. The writer reads the graph as the batch
  // leaves it from nodes_, edges_ and the deleted sets over the store
  // (WriterReads); Commit writes each key's last record, in key order.
  rocksdb::WriteBatch batch_;
  // The contradiction term entries (kClaimTerm keys, empty values) this batch
  // puts: kept out of batch_ until Commit (they are about half its records,
  // and TermHeads reads what was written). Commit merges them into the written
  // batch in key order, after any delete of the same key in batch_ (a new
  // version of an article puts back a term entry its old version removed).
  std::vector<std::string> term_entries_;
  // The near-duplicate index as this batch leaves it; Commit puts its blocks.
  SimhashBands bands_{impl_};
  std::map<std::string, v1::Node> nodes_;
  std::unordered_map<std::string, NodeId> names_;
  // Unnamed speakers of this article by their role ("Hong Kong trader"): the
  // node a pronoun or a definite description ("the official") resolved to
  // that role asserts through.
  std::unordered_map<std::string, NodeId> role_sources_;
  std::map<std::string, v1::Edge> edges_;  // written by this batch, by out key
  std::set<std::string> deleted_edges_;  // stored edges this batch deletes
  std::set<std::string> deleted_nodes_;
  std::vector<ClaimRecord> batch_claims_;
  absl::Status error_;  // first failure inside a step that returns no status
  std::map<std::string, std::vector<NodeId>> surnames_;
  int conflicts_ = 0;
  std::map<NodeId, int> batch_conflicts_;  // conflict edges written per claim
  // Claims reported in the stored articles of story_, read on first need.
  std::optional<std::set<NodeId>> story_claims_;
  // Replacement: claims removed, and surviving claims whose provenance moved
  // (the detector's caches must not answer for either).
  std::set<NodeId> removed_claims_;
  std::set<NodeId> moved_claims_;
};

}  // namespace claimgraph::graph::internal

#endif  // CLAIMGRAPH_GRAPH_ARTICLE_WRITER_H_
