// GraphStore::Ingest: turns one article's Extraction into nodes, edges, names and
// index entries, all in one WriteBatch.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <map>
#include <set>
#include <unordered_map>

#include "common/status_macros.h"
#include "common/strings.h"
#include "graph/store_impl.h"
#include "ingest/entities/entities.h"
#include "ingest/near_duplicate.h"
#include "rocksdb/perf_level.h"
#include "rocksdb/write_batch.h"

namespace claimgraph::graph {
namespace {

using ingest::Attribution;

// Simhash bands: 8 × 8 bits. Two fingerprints up to 7 bits apart share at least
// one band exactly (pigeonhole), so a band lookup finds them; candidates are then
// accepted up to ingest::kSameStoryMaxDistance bits. Each entry's value is the
// whole fingerprint, so rejecting a candidate reads no node.
constexpr int kSimhashBands = 8;

std::string SimhashBandPrefix(int band, uint64_t simhash) {
  std::string key = IndexPrefix(IndexId::kSimhashBand);
  key.push_back(static_cast<char>(band));
  key.push_back(static_cast<char>((simhash >> (8 * band)) & 0xFF));
  return key;
}

v1::ClaimKind ToClaimKind(ingest::AttributionKind kind) {
  switch (kind) {
    case ingest::AttributionKind::kDirect: return v1::DIRECT;
    case ingest::AttributionKind::kIndirect: return v1::INDIRECT;
    case ingest::AttributionKind::kMixed: return v1::MIXED;
  }
  return v1::INDIRECT;
}

v1::SourceKind ToSourceKind(ingest::SourceType type) {
  switch (type) {
    case ingest::SourceType::kOrganisation: return v1::ORGANISATION;
    case ingest::SourceType::kRole: return v1::ROLE;
    case ingest::SourceType::kDocument: return v1::DOCUMENT;
    case ingest::SourceType::kPerson:
    case ingest::SourceType::kUnknown: return v1::PERSON;
  }
  return v1::PERSON;
}

bool IsPronoun(std::string_view normalized) {
  static const std::set<std::string_view> kPronouns = {
      "he", "she", "they", "it", "we", "i", "you", "his", "her", "their"};
  return kPronouns.count(normalized) > 0;
}

// Whitespace collapsed, curly quotes made straight: the claim identity text.
std::string NormalizeContent(std::string_view text) {
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

v1::Span ToSpan(const ingest::Span& span, std::string_view text) {
  v1::Span out;
  out.set_start(span.start);
  out.set_end(span.end);
  out.set_text(std::string(span.in(text)));
  return out;
}

class ArticleWriter {
 public:
  ArticleWriter(GraphStore::Impl& impl, const ingest::Document& doc,
                const ingest::Extraction& ex)
      : impl_(impl), doc_(doc), ex_(ex) {}

  absl::StatusOr<IngestOutcome> Run() {
    IngestOutcome outcome;
    std::string hash_key;
    AppendU64(&hash_key, ex_.content_hash);
    auto existing = Lookup(NameSpace::kArticleContent, hash_key);
    if (existing) {
      outcome.unchanged = true;
      outcome.article = *existing;
      auto node = impl_.GetNode(*existing);
      if (node.ok()) outcome.story = node->article().story_id();
      return outcome;
    }
    if (auto same_id = Lookup(NameSpace::kArticleDocId, doc_.doc_id)) {
      return absl::FailedPreconditionError(
          Cat(doc_.doc_id, ": already stored with other content; ",
              "give the new version another doc_id"));
    }
    article_ = StableId(v1::ARTICLE, Cat("article", '\0', hash_key));
    wire_ = ex_.wire;
    outcome.article = article_;
    ASSIGN_OR_RETURN(story_, FindOrMakeStory());
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
    body->set_extractor_version(std::string(ingest::kExtractorVersion));
    body->set_simhash(ex_.simhash);
    body->set_attribution_count(outcome.claims);
    PutNode(article);
    PutName(NameSpace::kArticleDocId, doc_.doc_id, article_);
    PutName(NameSpace::kArticleContent, hash_key, article_);
    v1::Edge copy_of;
    copy_of.set_src(article_);
    copy_of.set_dst(story_);
    copy_of.set_type(v1::COPY_OF);
    copy_of.set_confidence(1.0f);
    PutEdge(copy_of);
    if (ex_.simhash != 0) {
      std::string fingerprint;
      AppendU64(&fingerprint, ex_.simhash);
      for (int band = 0; band < kSimhashBands; ++band) {
        std::string key = SimhashBandPrefix(band, ex_.simhash);
        AppendU64(&key, article_);
        batch_.Put(impl_.idx, key, fingerprint);
      }
    }
    // Pending node records last, so that each is written once in its final form.
    for (const auto& [key, node] : nodes_) {
      batch_.Put(impl_.nodes, key, node.SerializeAsString());
    }
    rocksdb::WriteOptions write;
    write.sync = impl_.options.sync_writes;
    RETURN_IF_ERROR(FromRocks(impl_.db->Write(write, &batch_),
                              Cat("write ", doc_.doc_id)));
    for (ClaimRecord& claim : batch_claims_) {
      if (impl_.written.size() >= GraphStore::Impl::kPreparedGeneration) {
        impl_.written.clear();
      }
      impl_.written[claim.id] = std::move(claim);
    }
    return outcome;
  }

 private:
  struct ClaimWrite {
    NodeId id = 0;
    bool is_new = false;
  };


  std::string Published() const {
    return ex_.published.empty() ? doc_.published : ex_.published;
  }

  // Looks up the names CF, seeing this batch's pending entries first.
  std::optional<NodeId> Lookup(NameSpace ns, std::string_view key) {
    std::string full = NameKey(ns, key);
    if (auto it = names_.find(full); it != names_.end()) return it->second;
    auto value = impl_.Get(impl_.names, full);
    if (!value.ok() || value->size() != 8) return std::nullopt;
    return ReadU64(*value);
  }

  void PutName(NameSpace ns, std::string_view key, NodeId id) {
    std::string full = NameKey(ns, key);
    names_[full] = id;
    std::string value;
    AppendU64(&value, id);
    batch_.Put(impl_.names, full, value);
  }

  // The node as pending in this batch, else as stored; nullptr when absent.
  v1::Node* FindNode(NodeId id) {
    std::string key = NodeKey(KindOfId(id), id);
    if (auto it = nodes_.find(key); it != nodes_.end()) return &it->second;
    if (deleted_nodes_.count(key)) return nullptr;
    auto stored = impl_.GetNode(id);
    if (!stored.ok()) return nullptr;
    return &nodes_.insert_or_assign(key, *std::move(stored)).first->second;
  }

  v1::Node* PutNode(const v1::Node& node) {
    deleted_nodes_.erase(NodeKey(node.kind(), node.id()));
    return &(nodes_[NodeKey(node.kind(), node.id())] = node);
  }

  bool EdgeExists(NodeId src, v1::EdgeType type, NodeId dst) {
    std::string key = EdgeKey(src, type, dst, 0);
    return edges_.count(key) > 0 ||
           (!deleted_edges_.count(key) && impl_.Exists(impl_.out, key));
  }

  void PutEdge(const v1::Edge& edge) {
    std::string out_key = EdgeKey(edge.src(), edge.type(), edge.dst(), edge.rank());
    edges_[out_key] = edge;
    deleted_edges_.erase(out_key);
    batch_.Put(impl_.out, out_key, edge.SerializeAsString());
    batch_.Put(impl_.in, EdgeKey(edge.dst(), edge.type(), edge.src(), edge.rank()),
               "");
  }

  void PutIndex(IndexId index, std::optional<NodeId> owner,
                std::string_view time_key, NodeId claim) {
    std::string key = IndexPrefix(index);
    if (owner) AppendU64(&key, *owner);
    key.append(time_key);
    AppendU64(&key, claim);
    batch_.Put(impl_.idx, key, "");
  }

  absl::StatusOr<NodeId> FindOrMakeStory() {
    if (ex_.simhash != 0) {
      for (int band = 0; band < kSimhashBands; ++band) {
        std::string prefix = SimhashBandPrefix(band, ex_.simhash);
        NodeId story = 0;
        RETURN_IF_ERROR(impl_.ScanPrefix(
            impl_.idx, prefix, [&](std::string_view key, std::string_view value) {
              if (value.size() != 8 || !ingest::SameStory(ReadU64(value), ex_.simhash)) {
                return true;
              }
              auto node = impl_.GetNode(ReadU64(key.substr(prefix.size(), 8)));
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
    story.set_kind(v1::STORY);
    story.mutable_story()->set_wire(wire_);
    story.mutable_story()->set_title(doc_.title);
    story.mutable_story()->set_simhash(ex_.simhash);
    PutNode(story);
    return story.id();
  }

  // Copies of one story carry its wire even when only one of them names it
  // ("Source: AFP" under one copy): the story, this article and the other
  // copies get the wire whichever copy arrives first.
  absl::Status ShareWire(NodeId story_id) {
    v1::Node* story = FindNode(story_id);
    if (story == nullptr) return absl::OkStatus();
    if (wire_.empty()) {
      wire_ = story->story().wire();
      return absl::OkStatus();
    }
    if (!story->story().wire().empty()) return absl::OkStatus();
    story->mutable_story()->set_wire(wire_);
    std::vector<NodeId> copies;
    RETURN_IF_ERROR(impl_.VisitEdges(story_id, Direction::kIn, v1::COPY_OF,
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

  // The Source node for a named speaker (found by normalised name or alias), or
  // for an unnamed role/document source scoped to this article. 0 when none.
  NodeId SourceFor(std::string_view speaker, std::string_view mention,
                   v1::SourceKind kind) {
    std::string mention_key = NormalizeName(mention);
    if (!speaker.empty() && kind == v1::ORGANISATION && IsGenericName(speaker, mention)) {
      // "the government", "police", "the federation": which one depends on the
      // story, so they are scoped like unnamed roles.
      speaker = {};
      kind = v1::ORGANISATION;
    }
    if (speaker.empty()) {
      if (mention_key.empty() || IsPronoun(mention_key)) return 0;
      // Unnamed role sources stay distinct per story: copies of one wire text
      // share them, independent articles do not.
      NodeId id = StableId(v1::SOURCE, Cat("role", '\0', story_, '\0', mention_key));
      if (!FindNode(id)) {
        v1::Node node;
        node.set_id(id);
        node.set_kind(v1::SOURCE);
        node.mutable_source()->set_name(std::string(mention));
        node.mutable_source()->set_kind(kind == v1::PERSON ? v1::ROLE : kind);
        // Generic organisations keep the mention as written ("the government").
        node.mutable_source()->set_scope_story_id(story_);
        PutNode(node);
      }
      return id;
    }
    // A role or document mention resolved to a name ("a top US general" ->
    // Joe Dunford) is that named speaker.
    if (kind == v1::ROLE || kind == v1::DOCUMENT) kind = v1::PERSON;
    std::string key = NormalizeName(StripHonorific(speaker));
    bool person = kind == v1::PERSON;
    std::string surname = person ? LastToken(key) : std::string();
    NodeId id = 0;
    std::vector<NodeId> namesakes;
    if (person && surname == key) {
      // A lone surname ("Ms Power" in an article that never names her in full)
      // is the one person of that surname met before, if there is exactly one;
      // otherwise it stays its own speaker, linked to each possible match.
      namesakes = PeopleWithSurname(surname);
      if (namesakes.size() == 1) id = namesakes.front();
    }
    if (id == 0) {
      if (auto found = Lookup(NameSpace::kSource, key); found && !person) {
        id = *found;
      } else if (person && surname != key) {
        // Full names are looked up as such, never through a surname alias.
        id = StableId(v1::SOURCE, Cat("source", '\0', key));
      } else {
        id = found ? *found : StableId(v1::SOURCE, Cat("source", '\0', key));
      }
    }
    v1::Node* node = FindNode(id);
    if (node == nullptr) {
      v1::Node fresh;
      fresh.set_id(id);
      fresh.set_kind(v1::SOURCE);
      fresh.mutable_source()->set_name(std::string(StripHonorific(speaker)));
      fresh.mutable_source()->set_kind(kind);
      node = PutNode(fresh);
      if (!Lookup(NameSpace::kSource, key)) PutName(NameSpace::kSource, key, id);
      if (person && surname != key) {
        // A new full name: index its surname, and link it to a lone-surname
        // speaker of that name met before, if any.
        std::string entry = IndexPrefix(IndexId::kSurname);
        AppendEscaped(&entry, surname);
        AppendU64(&entry, id);
        batch_.Put(impl_.idx, entry, "");
        surnames_[surname].push_back(id);
        // A speaker known so far only by this surname: the same person when
        // this is the only one of that surname named in full, else a
        // possible duplicate. (Either order of articles gives the same graph.)
        NodeId lone = StableId(v1::SOURCE, Cat("source", '\0', surname));
        if (FindNode(lone)) {
          if (PeopleWithSurname(surname).size() == 1) {
            if (auto merged = MergeSource(lone, id); !merged.ok()) error_ = merged;
          } else {
            PossiblySame(lone, id);
          }
        }
      }
      for (NodeId other : namesakes) {
        if (other != id) PossiblySame(id, other);
      }
    }
    // Mentions that name the speaker become aliases ("Power", "Ms Power"), cut
    // before any apposition ("X, chairman of ...").
    std::string_view alias = mention.substr(0, std::min(mention.find(", "), mention.find(" (")));
    std::string alias_key = NormalizeName(alias);
    std::string name_key = NormalizeName(node->source().name());
    if (!alias_key.empty() && alias_key != name_key && LooksLikeName(alias) &&
        NamesSpeaker(alias_key, name_key)) {
      bool known = false;
      for (const auto& existing : node->source().aliases()) {
        known |= NormalizeName(existing) == alias_key;
      }
      if (!known) node->mutable_source()->add_aliases(std::string(alias));
      if (!Lookup(NameSpace::kSource, alias_key)) {
        PutName(NameSpace::kSource, alias_key, id);
      }
    }
    return id;
  }

  // A common noun standing for an organisation ("the government", "police",
  // "the federation") rather than its name: written in lower case in the
  // mention, or one of the institution nouns news uses bare.
  static bool IsGenericName(std::string_view speaker, std::string_view mention) {
    static const std::set<std::string_view> kInstitutionNouns = {
        "police", "government", "army", "military", "authorities", "officials",
        "prosecutors", "court", "council", "committee", "federation", "coalition",
        "ministry", "company", "agency", "department", "club", "team", "league",
        "union", "party", "opposition", "rebels", "protesters", "organisers",
        "organizers", "hospital", "university", "airline", "regime", "parliament"};
    std::string key = NormalizeName(speaker);
    if (key.starts_with("the ")) key = key.substr(4);
    if (kInstitutionNouns.count(key)) return true;
    std::string_view head = speaker;
    if (head.starts_with("the ") || head.starts_with("The ")) head.remove_prefix(4);
    std::size_t at = mention.find(head.substr(1));
    return at != std::string_view::npos && at > 0 && mention[at - 1] >= 'a' &&
           mention[at - 1] <= 'z';
  }

  // A name starts with a capital (or a non-ASCII letter), after an optional
  // "the" ("the WHO"); "a statement released by Erdogan's office" or "A poll
  // published by NBC News" is a description.
  static bool LooksLikeName(std::string_view mention) {
    for (std::string_view article : {"the ", "The "}) {
      if (mention.starts_with(article)) mention.remove_prefix(article.size());
    }
    for (std::string_view determiner : {"A ", "An ", "This ", "That ", "These ", "Those "}) {
      if (mention.starts_with(determiner)) return false;
    }
    if (mention.empty()) return false;
    const auto first = static_cast<unsigned char>(mention.front());
    return (first >= 'A' && first <= 'Z') || first >= 0x80;
  }

  // True when a mention is a form of the speaker's name: it shares a word with
  // the name ("Power", "Ms Power", "Vitaly I. Churkin") or is its initials
  // ("IAEA"). A description resolved to the speaker ("a top US general", "the
  // prime minister") or words left before the name ("Yesterday, X") are not
  // names: as aliases they would send other people's claims to this speaker.
  // The description stays on the ASSERTED edge as the role.
  static bool NamesSpeaker(std::string_view alias_key, std::string_view name_key) {
    static const std::set<std::string_view> kLinkWords = {"the", "of", "and", "for",
                                                          "de", "al", "la", "von"};
    auto words = [](std::string_view key) {
      std::vector<std::string_view> out;
      for (std::size_t at = 0; at < key.size();) {
        std::size_t space = key.find(' ', at);
        if (space == std::string_view::npos) space = key.size();
        if (space > at) out.push_back(key.substr(at, space - at));
        at = space + 1;
      }
      return out;
    };
    std::vector<std::string_view> name = words(name_key);
    std::vector<std::string_view> alias;
    for (std::string_view a : words(alias_key)) {
      if (a.size() >= 2 && !kLinkWords.count(a) && !IsPronoun(a)) alias.push_back(a);
    }
    std::string initials;
    for (std::string_view w : name) {
      if (!kLinkWords.count(w)) initials.push_back(w.front());
    }
    if (alias.size() == 1 && initials.size() > 1 && alias.front() == initials) return true;
    for (std::string_view a : alias) {
      if (std::find(name.begin(), name.end(), a) != name.end()) return true;
    }
    return false;
  }

  static std::string_view StripHonorific(std::string_view name) {
    for (std::string_view title : {"Mr ", "Mr. ", "Mrs ", "Mrs. ", "Ms ", "Ms. ",
                                   "Miss ", "Dr ", "Dr. ", "Prof. ", "Sir ", "Dame "}) {
      if (name.starts_with(title)) return name.substr(title.size());
    }
    return name;
  }

  static std::string LastToken(const std::string& key) {
    auto space = key.rfind(' ');
    return space == std::string::npos ? key : key.substr(space + 1);
  }

  // Sources named in full whose surname is `surname`, stored or in this batch.
  std::vector<NodeId> PeopleWithSurname(const std::string& surname) {
    std::vector<NodeId> people = surnames_[surname];
    auto stored = impl_.SourcesWithSurname(surname, 64);
    if (stored.ok()) {
      for (NodeId id : *stored) {
        if (std::find(people.begin(), people.end(), id) == people.end()) {
          people.push_back(id);
        }
      }
    }
    return people;
  }

  // Moves everything `from` asserted to `to`, with its names and aliases, and
  // deletes `from`: used when a bare-surname speaker turns out to be the one
  // person of that surname named in full.
  absl::Status MergeSource(NodeId from, NodeId to) {
    v1::Node* from_node = FindNode(from);
    v1::Node* to_node = FindNode(to);
    if (from_node == nullptr || to_node == nullptr) return absl::OkStatus();
    std::vector<v1::Edge> out_edges, in_edges;
    RETURN_IF_ERROR(impl_.VisitEdges(from, Direction::kOut, std::nullopt,
                                     [&](const v1::Edge& e) {
                                       out_edges.push_back(e);
                                       return true;
                                     }));
    RETURN_IF_ERROR(impl_.VisitEdges(from, Direction::kIn, std::nullopt,
                                     [&](const v1::Edge& e) {
                                       in_edges.push_back(e);
                                       return true;
                                     }));
    // Edges this batch wrote are not in the store yet.
    for (const auto& [key, edge] : edges_) {
      if (edge.src() == from) out_edges.push_back(edge);
      if (edge.dst() == from) in_edges.push_back(edge);
    }
    for (v1::Edge edge : out_edges) {
      DeleteEdge(edge);
      if (edge.type() == v1::ASSERTED) {
        // Its speaker index entry moves with it.
        if (v1::Node* claim = FindNode(edge.dst())) {
          std::string old_key = IndexPrefix(IndexId::kSpeakerClaimsByTime);
          AppendU64(&old_key, from);
          old_key.append(claim->claim().time_key());
          AppendU64(&old_key, edge.dst());
          batch_.Delete(impl_.idx, old_key);
          PutIndex(IndexId::kSpeakerClaimsByTime, to, claim->claim().time_key(),
                   edge.dst());
        }
      }
      if (edge.type() == v1::POSSIBLY_SAME) continue;
      edge.set_src(to);
      if (!EdgeExists(to, edge.type(), edge.dst())) PutEdge(edge);
    }
    for (const v1::Edge& edge : in_edges) DeleteEdge(edge);
    std::vector<std::string> spellings = {from_node->source().name()};
    for (const auto& alias : from_node->source().aliases()) spellings.push_back(alias);
    for (const std::string& spelling : spellings) {
      std::string key = NormalizeName(spelling);
      if (Lookup(NameSpace::kSource, key) == from) PutName(NameSpace::kSource, key, to);
      if (key != NormalizeName(to_node->source().name())) {
        to_node->mutable_source()->add_aliases(spelling);
      }
    }
    nodes_.erase(NodeKey(v1::SOURCE, from));
    deleted_nodes_.insert(NodeKey(v1::SOURCE, from));
    batch_.Delete(impl_.nodes, NodeKey(v1::SOURCE, from));
    return absl::OkStatus();
  }

  void DeleteEdge(const v1::Edge& edge) {
    std::string out_key = EdgeKey(edge.src(), edge.type(), edge.dst(), edge.rank());
    edges_.erase(out_key);
    deleted_edges_.insert(out_key);
    batch_.Delete(impl_.out, out_key);
    batch_.Delete(impl_.in, EdgeKey(edge.dst(), edge.type(), edge.src(), edge.rank()));
  }

  void PossiblySame(NodeId a, NodeId b) {
    if (EdgeExists(a, v1::POSSIBLY_SAME, b) || EdgeExists(b, v1::POSSIBLY_SAME, a)) return;
    v1::Edge edge;
    edge.set_src(a);
    edge.set_dst(b);
    edge.set_type(v1::POSSIBLY_SAME);
    edge.set_confidence(0.5f);
    edge.mutable_provenance()->set_article_id(article_);
    edge.mutable_provenance()->set_doc_id(doc_.doc_id);
    PutEdge(edge);
  }

  absl::StatusOr<ClaimWrite> WriteAttribution(const Attribution& a) {
    std::string_view text = doc_.text;
    std::string_view mention = a.source ? a.source->in(text) : std::string_view();
    NodeId source = SourceFor(a.speaker, mention, ToSourceKind(a.source_type));
    std::string content = NormalizeContent(a.content.in(text));
    ClaimWrite claim;
    // A claim is who said it (as the article names them) and what was said, so
    // copies of a story share it and later speaker merges do not change it.
    std::string who = !a.speaker.empty() ? NormalizeName(StripHonorific(a.speaker))
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
      PutNode(node);
      PutIndex(IndexId::kClaimsByTime, std::nullopt, time_key, claim.id);
      if (source != 0) {
        PutIndex(IndexId::kSpeakerClaimsByTime, source, time_key, claim.id);
      }
    } else {
      time_key = FindNode(claim.id)->claim().time_key();
    }

    v1::Provenance provenance;
    provenance.set_article_id(article_);
    provenance.set_doc_id(doc_.doc_id);
    if (a.source) *provenance.mutable_source() = ToSpan(*a.source, text);
    if (a.cue) *provenance.mutable_cue() = ToSpan(*a.cue, text);
    *provenance.mutable_content() = ToSpan(a.content, text);
    if (a.via) *provenance.mutable_via() = ToSpan(*a.via, text);
    provenance.set_extractor_version(std::string(ingest::kExtractorVersion));

    // One edge per (src, type, dst): the first article's provenance is kept;
    // every carrying article has its own REPORTED_IN edge.
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
        edge.set_role(a.role);
        edge.set_said_on(a.said_on);
      }
      PutEdge(edge);
    };
    text_edge(source, v1::ASSERTED, claim.id);
    if (a.via) {
      text_edge(SourceFor(StripArticle(a.via->in(text)), a.via->in(text), v1::ORGANISATION),
                v1::RELAYED, claim.id);
    }
    text_edge(claim.id, v1::REPORTED_IN, article_);
    ClaimRecord record;
    record.id = claim.id;
    record.article = article_;
    record.story = story_;
    record.content = std::string(a.content.in(text));
    record.speaker = a.speaker.empty() ? std::string(mention) : a.speaker;
    if (a.cue) record.cue = std::string(a.cue->in(text));
    record.said_on = a.said_on;
    record.time_key = time_key;
    record.doc_id = doc_.doc_id;
    record.offset = a.content.start;
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
    if (claim.is_new) {
      record.prepared = impl_.detector->Prepare(record.Text());
      ASSIGN_OR_RETURN(int found, LinkConflicts(record));
      conflicts_ += found;
    }
    return claim;
  }

  // --- Contradictions -------------------------------------------------------
  // A new claim is compared with this article's earlier claims and with stored
  // claims sharing one of its detector terms (entities, counted nouns, relation
  // classes, salient stems). The term index is read newest first and capped, so
  // the work per claim is bounded whatever the store's size.
  static constexpr int kCandidatesPerTerm = 16;
  static constexpr std::size_t kMaxCandidates = 128;

  // A time key that sorts newest first in a forward scan (reverse scans are
  // slow in RocksDB's memtable): digits complemented, unknown dates last.
  static std::string NewestFirst(std::string_view time_key) {
    std::string out(time_key);
    for (char& c : out) {
      if (c >= '0' && c <= '9') c = static_cast<char>('9' - c + '0');
      else if (c == '~') c = '\xFF';
    }
    return out;
  }

  absl::StatusOr<int> LinkConflicts(const ClaimRecord& claim) {
    const ingest::ConflictDetector& detector = *impl_.detector;
    std::vector<std::string> terms = detector.Terms(*claim.prepared);
    std::set<NodeId> candidates;
    GraphStore::Impl::PrefixScanner scanner(impl_, impl_.idx);
    for (const std::string& term : terms) {
      std::string prefix = IndexPrefix(IndexId::kClaimTerm);
      AppendEscaped(&prefix, term);
      // Candidates are capped; the claim is indexed under every term all the
      // same, so that later claims find it through any of them.
      if (candidates.size() < kMaxCandidates) {
        int taken = 0;
        RETURN_IF_ERROR(scanner.Scan(prefix, [&](std::string_view key, std::string_view) {
          candidates.insert(ReadU64(key.substr(key.size() - 8)));
          return ++taken < kCandidatesPerTerm;
        }));
      }
      std::string key = prefix + NewestFirst(claim.time_key);
      AppendU64(&key, claim.id);
      batch_.Put(impl_.idx, key, "");
    }
    int found = 0;
    // This article's earlier claims first ("these allegations" points back),
    // the nearest kMaxCandidates of them: a huge article stays linear.
    std::size_t first = batch_claims_.size() > kMaxCandidates
                            ? batch_claims_.size() - kMaxCandidates
                            : 0;
    for (std::size_t i = first; i < batch_claims_.size(); ++i) {
      candidates.erase(batch_claims_[i].id);
      found += Compare(claim, batch_claims_[i]);
    }
    for (NodeId id : candidates) {
      if (id == claim.id) continue;
      ASSIGN_OR_RETURN(std::shared_ptr<const ClaimRecord> stored, LoadClaim(id));
      if (stored) found += Compare(claim, *stored);
    }
    batch_claims_.push_back(claim);
    return found;
  }

  // A stored claim with its speaker, cue, place and entities, analysed by the
  // detector; cached across articles. Null when the claim is gone.
  absl::StatusOr<std::shared_ptr<const ClaimRecord>> LoadClaim(NodeId id) {
    if (auto cached = impl_.FindPrepared(id)) return cached;
    auto node = impl_.GetNode(id);
    if (absl::IsNotFound(node.status())) return std::shared_ptr<const ClaimRecord>();
    if (!node.ok()) return node.status();
    ClaimRecord record;
    record.id = id;
    record.content = node->claim().content();
    record.said_on = node->claim().said_on();
    record.time_key = node->claim().time_key();
    RETURN_IF_ERROR(impl_.VisitEdges(
        id, Direction::kIn, v1::ASSERTED, [&](const v1::Edge& edge) {
          record.cue = edge.cue();
          record.doc_id = edge.provenance().doc_id();
          record.article = edge.provenance().article_id();
          record.offset = edge.provenance().content().start();
          auto source = impl_.GetNode(edge.src());
          if (source.ok()) record.speaker = source->source().name();
          return false;
        }));
    if (record.article == 0) record.article = node->claim().first_article_id();
    if (auto article = impl_.GetNode(record.article); article.ok()) {
      record.story = article->article().story_id();
    }
    RETURN_IF_ERROR(impl_.VisitEdges(id, Direction::kOut, v1::MENTIONS,
                                     [&](const v1::Edge& edge) {
                                       auto entity = impl_.GetNode(edge.dst());
                                       if (entity.ok()) {
                                         record.entities.push_back(entity->entity().name());
                                       }
                                       return true;
                                     }));
    record.prepared = WrittenAnalysis(record);
    if (!record.prepared) record.prepared = impl_.detector->Prepare(record.Text());
    auto shared = std::make_shared<const ClaimRecord>(std::move(record));
    impl_.CachePrepared(id, shared);
    return shared;
  }

  // The analysis made when this store wrote the claim, if the claim reads back
  // with the same ClaimText (merges may since have renamed its speaker or
  // entities); null otherwise. Consumes the entry.
  std::shared_ptr<const ingest::PreparedClaim> WrittenAnalysis(const ClaimRecord& record) {
    auto it = impl_.written.find(record.id);
    if (it == impl_.written.end()) return nullptr;
    const ClaimRecord& then = it->second;
    bool same = record.content == then.content && record.speaker == then.speaker &&
                record.cue == then.cue && record.said_on == then.said_on &&
                record.entities == then.entities && record.doc_id == then.doc_id &&
                record.offset == then.offset;
    std::shared_ptr<const ingest::PreparedClaim> prepared = same ? then.prepared : nullptr;
    impl_.written.erase(it);
    return prepared;
  }

  // The detector judges two texts; whether they speak of the same event is the
  // store's call. Within one story (an article and its copies) every finding
  // stands. Across stories the claims must share an entity and be close in
  // time, figures closer still ("39 dead" in Magnitogorsk is not "nine killed"
  // in Dayton), and a reference such as "that claim" or "the story" is read as
  // pointing into its own article, never into another story.
  static constexpr int kMaxDaysApart = 30;
  static constexpr int kMaxDaysApartFigures = 3;

  static bool PlausibleAcrossStories(const ClaimRecord& a, const ClaimRecord& b,
                                     const ingest::ConflictFinding& finding) {
    if (a.story != 0 && a.story == b.story) return true;
    if (finding.rule == "reference") return false;
    bool shared_entity = false;
    for (const std::string& e : a.entities) {
      shared_entity |= std::find(b.entities.begin(), b.entities.end(), e) !=
                       b.entities.end();
    }
    if (!shared_entity) return false;
    std::optional<int> days = DaysBetween(a.time_key, b.time_key);
    int limit = finding.type == ingest::ConflictType::kFiguresDiffer
                    ? kMaxDaysApartFigures
                    : kMaxDaysApart;
    return days && *days <= limit;
  }

  // |a - b| in days for two ISO dates; nullopt when either is not a date.
  static std::optional<int> DaysBetween(std::string_view a, std::string_view b) {
    auto parse = [](std::string_view s) -> std::optional<std::chrono::sys_days> {
      int y, m, d;
      if (s.size() < 10 || std::sscanf(std::string(s.substr(0, 10)).c_str(),
                                       "%d-%d-%d", &y, &m, &d) != 3) {
        return std::nullopt;
      }
      std::chrono::year_month_day ymd{std::chrono::year(y), std::chrono::month(m),
                                      std::chrono::day(d)};
      if (!ymd.ok()) return std::nullopt;
      return std::chrono::sys_days(ymd);
    };
    auto da = parse(a), db = parse(b);
    if (!da || !db) return std::nullopt;
    return std::abs((*da - *db).count());
  }

  int Compare(const ClaimRecord& a, const ClaimRecord& b) {
    std::optional<ingest::ConflictFinding> finding =
        impl_.detector->Compare(*a.prepared, *b.prepared);
    if (!finding || !PlausibleAcrossStories(a, b, *finding)) return 0;
    const ClaimRecord& from = finding->b_answers_a ? b : a;
    const ClaimRecord& to = finding->b_answers_a ? a : b;
    ingest::TextRange from_range = finding->b_answers_a ? finding->evidence_b
                                                        : finding->evidence_a;
    ingest::TextRange to_range = finding->b_answers_a ? finding->evidence_a
                                                      : finding->evidence_b;
    v1::EdgeType type = v1::CONTRADICTS;
    switch (finding->type) {
      case ingest::ConflictType::kContradicts: type = v1::CONTRADICTS; break;
      case ingest::ConflictType::kRebuts: type = v1::REBUTS; break;
      case ingest::ConflictType::kDenies: type = v1::DENIES; break;
      case ingest::ConflictType::kFiguresDiffer: type = v1::FIGURES_DIFFER; break;
    }
    if (EdgeExists(from.id, type, to.id) || EdgeExists(to.id, type, from.id)) return 0;
    v1::Edge edge;
    edge.set_src(from.id);
    edge.set_dst(to.id);
    edge.set_type(type);
    edge.set_confidence(finding->confidence);
    v1::Conflict* conflict = edge.mutable_conflict();
    conflict->set_reason(finding->reason);
    conflict->set_detector_version(std::string(ingest::kDetectorVersion));
    conflict->set_article_a(from.article);
    conflict->set_article_b(to.article);
    auto evidence = [](const ClaimRecord& claim, ingest::TextRange range,
                       v1::Span* out) {
      range.end = std::min<uint32_t>(range.end, claim.content.size());
      range.start = std::min(range.start, range.end);
      out->set_start(claim.offset + range.start);
      out->set_end(claim.offset + range.end);
      out->set_text(claim.content.substr(range.start, range.end - range.start));
    };
    evidence(from, from_range, conflict->mutable_evidence_a());
    evidence(to, to_range, conflict->mutable_evidence_b());
    const auto& figure_from = finding->b_answers_a ? finding->figure_b : finding->figure_a;
    const auto& figure_to = finding->b_answers_a ? finding->figure_a : finding->figure_b;
    auto figure = [](const ingest::Figure& f, v1::Figure* out) {
      out->set_low(f.low);
      out->set_high(f.unbounded_high ? 0 : f.high);
      out->set_low_inclusive(f.low_inclusive);
      out->set_high_inclusive(f.high_inclusive);
      out->set_unbounded_high(f.unbounded_high);
      out->set_unit(f.unit);
      out->set_text(f.text);
    };
    if (figure_from) figure(*figure_from, conflict->mutable_figure_a());
    if (figure_to) figure(*figure_to, conflict->mutable_figure_b());
    conflict->set_ranges_compatible(finding->ranges_compatible);
    edge.mutable_provenance()->set_article_id(from.article);
    edge.mutable_provenance()->set_doc_id(from.doc_id);
    PutEdge(edge);
    const std::string& time_key = std::max(from.time_key, to.time_key);
    const std::string edge_key = EdgeKey(edge.src(), edge.type(), edge.dst(), 0);
    batch_.Put(impl_.idx, Cat(IndexPrefix(IndexId::kConflictsByTime), time_key, edge_key),
               "");
    // Under each entity of either claim, so that "contradictions about X" is a
    // range scan whatever the number of conflicts in the store.
    std::set<NodeId> entities;
    for (const ClaimRecord* claim : {&from, &to}) {
      for (const std::string& name : claim->entities) {
        if (auto id = Lookup(NameSpace::kEntity, ingest::NameKey(name))) entities.insert(*id);
      }
    }
    for (NodeId entity : entities) {
      std::string key = IndexPrefix(IndexId::kEntityConflictsByTime);
      AppendU64(&key, entity);
      batch_.Put(impl_.idx, Cat(key, time_key, edge_key), "");
    }
    return 1;
  }

  // The Entity node for a canonical entity; every spelling met in the text
  // ("Deir Ezzor", "Deir al-Zor") becomes an alias that finds it.
  NodeId EntityFor(const ingest::Entity& entity) {
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

  static std::string_view StripArticle(std::string_view name) {
    for (std::string_view lead : {"the ", "The "}) {
      if (name.substr(0, lead.size()) == lead) return name.substr(lead.size());
    }
    return name;
  }

  GraphStore::Impl& impl_;
  const ingest::Document& doc_;
  const ingest::Extraction& ex_;
  NodeId article_ = 0;
  NodeId story_ = 0;
  std::string wire_;  // named by this article or inherited from its story
  rocksdb::WriteBatch batch_;
  std::map<std::string, v1::Node> nodes_;
  std::unordered_map<std::string, NodeId> names_;
  std::map<std::string, v1::Edge> edges_;  // written by this batch, by out key
  std::set<std::string> deleted_edges_;  // stored edges this batch deletes
  std::set<std::string> deleted_nodes_;
  std::vector<ClaimRecord> batch_claims_;
  absl::Status error_;  // first failure inside a step that returns no status
  std::map<std::string, std::vector<NodeId>> surnames_;
  int conflicts_ = 0;
};

}  // namespace

absl::StatusOr<IngestOutcome> GraphStore::Ingest(
    const ingest::Document& doc, const ingest::Extraction& extraction) {
  if (impl_->options.read_only) {
    return absl::FailedPreconditionError("the store is open read-only");
  }
  std::lock_guard<std::mutex> lock(impl_->write_mu);
  // Nothing reads RocksDB's per-thread perf counters, and counting costs a
  // thread-local lookup per key comparison of every read and memtable insert:
  // off while this thread ingests, then as the caller had it.
  rocksdb::PerfLevel perf_level = rocksdb::GetPerfLevel();
  rocksdb::SetPerfLevel(rocksdb::kDisable);
  ArticleWriter writer(*impl_, doc, extraction);
  absl::StatusOr<IngestOutcome> outcome = writer.Run();
  rocksdb::SetPerfLevel(perf_level);
  return outcome;
}

}  // namespace claimgraph::graph
