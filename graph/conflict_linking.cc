// ArticleWriter: candidate claims for the contradiction detector and the store's policy on a finding.
#include "graph/article_writer.h"
#include "graph/views.h"

namespace claimgraph::graph::internal {

std::string ArticleWriter::NewestFirst(std::string_view time_key) {
  std::string out(time_key);
  for (char& c : out) {
    if (c >= '0' && c <= '9') c = static_cast<char>('9' - c + '0');
    else if (c == '~') c = '\xFF';
  }
  return out;
}

absl::StatusOr<int> ArticleWriter::LinkConflicts(const ClaimRecord& claim) {
  // Beliefs, intentions and stances assert nothing another claim could
  // contradict: they are neither indexed for candidates nor compared.
  if (!claim.asserts) return 0;
  const ingest::ConflictDetector& detector = *impl_.detector;
  // Across stories a pair stands only when the claims share an entity or
  // (a correction) a Source node (MayStand): the detector's entity terms and
  // the source are the claim's terms. Pairs within one story come from the
  // story's claims below.
  std::vector<std::string> terms = detector.Terms(*claim.prepared);
  if (claim.source != 0) terms.push_back(Cat("s:", claim.source));
  // Candidate -> its time key, read from the term entry (newest first).
  std::map<NodeId, std::string> candidates;
  std::optional<GraphStore::Impl::PrefixScanner> scanner;
  for (const std::string& term : terms) {
    std::string prefix = IndexPrefix(IndexId::kClaimTerm);
    AppendEscaped(&prefix, term);
    // Candidates are capped; the claim is indexed under every term all the
    // same, so that later claims find it through any of them.
    if (candidates.size() < kMaxCandidates) {
      // The store does not change while the batch is built, and the heads
      // are kept as the store holds them (TermHeads): a term is read from
      // the store only the first time this process needs it.
      const std::vector<TermHeads::Entry>* head = impl_.term_heads.Find(prefix);
      if (head == nullptr) {
        if (!scanner) scanner.emplace(impl_, impl_.idx);
        std::vector<TermHeads::Entry> read;
        RETURN_IF_ERROR(scanner->Scan(prefix, [&](std::string_view key, std::string_view) {
          read.push_back(TermHeads::EntryOf(key));
          return read.size() < kCandidatesPerTerm;
        }));
        head = impl_.term_heads.Put(prefix, std::move(read));
      }
      // NewestFirst undoes itself on the digits of a date.
      for (const TermHeads::Entry& entry : *head) {
        auto [at, added] = candidates.try_emplace(entry.claim);
        if (added) at->second = NewestFirst(entry.newest_first);
      }
    }
    std::string key = prefix + NewestFirst(claim.time_key);
    AppendU64(&key, claim.id);
    term_entries_.push_back(std::move(key));
  }
  // A pair of claims of one story needs no shared entity to stand (MayStand):
  // the story's other claims are candidates whatever their terms.
  ASSIGN_OR_RETURN(const std::set<NodeId>* story, StoryClaims());
  std::size_t from_story = 0;
  for (NodeId id : *story) {
    if (from_story++ >= kMaxCandidates) break;
    candidates.try_emplace(id);
  }
  // The claim records its terms: removing it removes exactly these entries.
  if (v1::Node* node = FindNode(claim.id)) {
    node->mutable_claim()->clear_terms();
    for (const std::string& term : terms) node->mutable_claim()->add_terms(term);
  }
  struct Found {
    std::shared_ptr<const ClaimRecord> stored;  // keeps `other` alive
    const ClaimRecord* other;
    ingest::ConflictFinding finding;
  };
  std::vector<Found> findings;
  // This article's earlier claims first ("these allegations" points back),
  // the nearest kMaxCandidates of them: a huge article stays linear.
  std::size_t first = batch_claims_.size() > kMaxCandidates
                          ? batch_claims_.size() - kMaxCandidates
                          : 0;
  for (std::size_t i = first; i < batch_claims_.size(); ++i) {
    candidates.erase(batch_claims_[i].id);
    if (auto f = Judge(claim, batch_claims_[i]))
      findings.push_back({nullptr, &batch_claims_[i], *std::move(f)});
  }
  for (const auto& [id, time_key] : candidates) {
    if (id == claim.id) continue;
    // Far in time and of another story: MayStand would refuse the pair, so
    // the claim is not read (nor analysed).
    ASSIGN_OR_RETURN(bool near, MayBeNear(claim, id, time_key));
    if (!near) continue;
    ASSIGN_OR_RETURN(std::shared_ptr<const ClaimRecord> stored, LoadClaim(id));
    if (!stored) continue;
    if (auto f = Judge(claim, *stored)) {
      const ClaimRecord* other = stored.get();
      findings.push_back({std::move(stored), other, *std::move(f)});
    }
  }
  // The most confident findings first (ties by claim id, for a stable result),
  // at most kMaxConflictsPerClaim of them, each to a claim under the cap.
  std::sort(findings.begin(), findings.end(), [](const Found& x, const Found& y) {
    if (x.finding.confidence != y.finding.confidence)
      return x.finding.confidence > y.finding.confidence;
    return x.other->id < y.other->id;
  });
  int found = 0;
  for (const Found& f : findings) {
    if (found >= kMaxConflictsPerClaim) break;
    ASSIGN_OR_RETURN(int degree, ConflictDegree(f.other->id));
    if (degree >= kMaxConflictsPerClaim) continue;
    found += WriteConflict(claim, *f.other, f.finding);
  }
  batch_claims_.push_back(claim);
  return found;
}

absl::StatusOr<bool> ArticleWriter::MayBeNear(const ClaimRecord& claim, NodeId other,
                                               std::string_view other_time_key) {
  std::optional<int> days = DaysBetween(claim.time_key, other_time_key);
  if (days && *days <= kMaxDaysApart) return true;
  // Its provenance may have moved to an article of this story.
  if (moved_claims_.count(other)) return true;
  ASSIGN_OR_RETURN(const std::set<NodeId>* story, StoryClaims());
  return story->count(other) > 0;
}

absl::StatusOr<const std::set<NodeId>*> ArticleWriter::StoryClaims() {
  if (story_claims_) return &*story_claims_;
  // Every claim reported in a stored article of this story: a claim's
  // story is that of an article reporting it (its provenance).
  std::vector<NodeId> articles;
  absl::Status error;
  auto keys = [&](NodeId node, v1::EdgeType type, std::vector<NodeId>* found) {
    return impl_.ScanPrefix(
        impl_.in, EdgeTypePrefix(node, static_cast<uint8_t>(type)),
        [&](std::string_view key, std::string_view) {
          auto parts = DecodeEdgeKey(key);
          if (!parts) {
            error = absl::DataLossError("bad edge key");
            return false;
          }
          found->push_back(parts->second);
          return true;
        });
  };
  RETURN_IF_ERROR(keys(story_, v1::COPY_OF, &articles));
  RETURN_IF_ERROR(error);
  std::vector<NodeId> claims;
  for (NodeId article : articles) {
    RETURN_IF_ERROR(keys(article, v1::REPORTED_IN, &claims));
    RETURN_IF_ERROR(error);
  }
  story_claims_.emplace(claims.begin(), claims.end());
  return &*story_claims_;
}

absl::StatusOr<int> ArticleWriter::ConflictDegree(NodeId claim) {
  int degree = 0;
  if (auto it = batch_conflicts_.find(claim); it != batch_conflicts_.end())
    degree = it->second;
  for (Direction direction : {Direction::kOut, Direction::kIn}) {
    RETURN_IF_ERROR(VisitBatchEdges(claim, direction, std::nullopt,
                                     [&](const v1::Edge& edge) {
                                       if (IsConflictEdge(edge.type())) ++degree;
                                       return true;
                                     }));
  }
  return degree;
}

absl::StatusOr<std::shared_ptr<const ClaimRecord>> ArticleWriter::LoadClaim(NodeId id) {
  // A claim a replacement removed is no candidate (its term entries are still
  // in the store until the batch lands); one whose provenance it moved is read
  // as the batch leaves it, not from the caches.
  if (removed_claims_.count(id)) return std::shared_ptr<const ClaimRecord>();
  const bool moved = moved_claims_.count(id) > 0;
  if (!moved) {
    if (auto cached = impl_.FindPrepared(id)) return cached;
  }
  auto node = impl_.GetNode(id);
  if (absl::IsNotFound(node.status())) return std::shared_ptr<const ClaimRecord>();
  if (!node.ok()) return node.status();
  ClaimRecord record;
  record.id = id;
  record.content = node->claim().content();
  record.said_on = node->claim().said_on();
  record.time_key = node->claim().time_key();
  std::string source_text;
  RETURN_IF_ERROR(VisitBatchEdges(
      id, Direction::kIn, v1::ASSERTED, [&](const v1::Edge& edge) {
        record.cue = edge.cue();
        record.source = edge.src();
        source_text = edge.provenance().source().text();
        record.doc_id = edge.provenance().doc_id();
        record.article = edge.provenance().article_id();
        record.offset = edge.provenance().content().start();
        auto source = impl_.GetNode(edge.src());
        if (source.ok()) record.speaker = source->source().name();
        return false;
      }));
  // A claim stored before extract-0.9 has no class: derived from its cue and
  // source the way the extractor does.
  std::optional<ingest::AttributionClass> stored = AttributionClassOf(node->claim().cue_class());
  record.asserts =
      ingest::AssertsFact(stored ? *stored : ingest::ClassifyCue(record.cue, source_text));
  if (record.article == 0) {
    const v1::Node* current = moved ? FindNode(id) : nullptr;
    record.article = (current ? *current : *node).claim().first_article_id();
  }
  if (auto article = impl_.GetNode(record.article); article.ok()) {
    record.story = article->article().story_id();
  }
  RETURN_IF_ERROR(VisitBatchEdges(id, Direction::kOut, v1::MENTIONS,
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
  if (!moved) impl_.CachePrepared(id, shared);
  return shared;
}

std::shared_ptr<const ingest::PreparedClaim> ArticleWriter::WrittenAnalysis(const ClaimRecord& record) {
  auto it = impl_.written.find(record.id);
  if (it == impl_.written.end()) return nullptr;
  const ClaimRecord& then = it->second;
  // The detector reads the entities as a set (ClaimText::entities): the store
  // lists them in the order of its MENTIONS edges, the writer in the
  // extractor's, so the same names in another order are the same text.
  auto same_entities = [](std::vector<std::string> a, std::vector<std::string> b) {
    std::sort(a.begin(), a.end());
    a.erase(std::unique(a.begin(), a.end()), a.end());
    std::sort(b.begin(), b.end());
    b.erase(std::unique(b.begin(), b.end()), b.end());
    return a == b;
  };
  bool same = record.content == then.content && record.speaker == then.speaker &&
              record.cue == then.cue && record.asserts == then.asserts &&
              record.said_on == then.said_on && record.doc_id == then.doc_id &&
              record.offset == then.offset &&
              (record.entities == then.entities ||
               same_entities(record.entities, then.entities));
  std::shared_ptr<const ingest::PreparedClaim> prepared = same ? then.prepared : nullptr;
  impl_.written.erase(it);
  return prepared;
}

bool ArticleWriter::MayStand(const ClaimRecord& a, const ClaimRecord& b) {
  static_assert(kMaxDaysApartFigures <= kMaxDaysApart);
  if (a.story != 0 && a.story == b.story) return true;
  std::optional<int> days = DaysBetween(a.time_key, b.time_key);
  if (!days || *days > kMaxDaysApart) return false;
  if (a.source != 0 && a.source == b.source) return true;  // a correction may
  return SharedEntity(a, b);
}

bool ArticleWriter::SharedEntity(const ClaimRecord& a, const ClaimRecord& b) {
  for (const std::string& e : a.entities) {
    if (std::find(b.entities.begin(), b.entities.end(), e) != b.entities.end()) {
      return true;
    }
  }
  return false;
}

bool ArticleWriter::PlausibleAcrossStories(const ClaimRecord& a, const ClaimRecord& b,
                                   const ingest::ConflictFinding& finding) {
  if (finding.type == ingest::ConflictType::kCorrects) {
    // A correction is a source correcting itself: the same Source node, in
    // one story or within the week ("as stated yesterday").
    if (a.source == 0 || a.source != b.source) return false;
    if (a.story != 0 && a.story == b.story) return true;
    std::optional<int> days = DaysBetween(a.time_key, b.time_key);
    return days && *days <= kMaxDaysApart;
  }
  if (a.story != 0 && a.story == b.story) return true;
  if (finding.rule == "reference") return false;
  if (!SharedEntity(a, b)) return false;
  std::optional<int> days = DaysBetween(a.time_key, b.time_key);
  int limit = finding.type == ingest::ConflictType::kFiguresDiffer
                  ? kMaxDaysApartFigures
                  : kMaxDaysApart;
  return days && *days <= limit;
}

std::optional<int> ArticleWriter::DaysBetween(std::string_view a, std::string_view b) {
  auto parse = [](std::string_view s) -> std::optional<std::chrono::sys_days> {
    int y, m, d;
    auto digits = [&](std::size_t from, std::size_t n) {
      int v = 0;
      for (std::size_t i = from; i < from + n; ++i) v = v * 10 + (s[i] - '0');
      return v;
    };
    auto is_digit = [&](std::size_t i) { return s[i] >= '0' && s[i] <= '9'; };
    if (s.size() >= 10 && s[4] == '-' && s[7] == '-' && is_digit(0) && is_digit(1) &&
        is_digit(2) && is_digit(3) && is_digit(5) && is_digit(6) && is_digit(8) &&
        is_digit(9)) {
      // YYYY-MM-DD, as every stored date is: read without sscanf.
      y = digits(0, 4);
      m = digits(5, 2);
      d = digits(8, 2);
    } else if (s.size() < 10 || std::sscanf(std::string(s.substr(0, 10)).c_str(),
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

std::optional<ingest::ConflictFinding> ArticleWriter::Judge(const ClaimRecord& a,
                                                           const ClaimRecord& b) {
  if (!MayStand(a, b)) return std::nullopt;
  std::optional<ingest::ConflictFinding> finding =
      impl_.detector->Compare(*a.prepared, *b.prepared);
  if (!finding || finding->confidence < kMinStoredConfidence ||
      !PlausibleAcrossStories(a, b, *finding)) {
    return std::nullopt;
  }
  return finding;
}

int ArticleWriter::WriteConflict(const ClaimRecord& a, const ClaimRecord& b,
                                 const ingest::ConflictFinding& found) {
  const ingest::ConflictFinding* finding = &found;
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
    case ingest::ConflictType::kCorrects: type = v1::CORRECTS; break;
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
  ++batch_conflicts_[from.id];
  ++batch_conflicts_[to.id];
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

}  // namespace claimgraph::graph::internal
