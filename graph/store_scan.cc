// GraphStore's range reads: claim listings over the time indexes, node listings,
// counts and the integrity check.
#include <algorithm>
#include <filesystem>

#include "absl/strings/escaping.h"
#include "common/status_macros.h"
#include "common/strings.h"
#include "graph/simhash_bands.h"
#include "graph/speaker_conflicts.h"
#include "graph/store_impl.h"
#include "graph/view_records.h"
#include "graph/views.h"
#include "rocksdb/sst_file_reader.h"

namespace claimgraph::graph {
namespace {

// At most this many index entries are examined per page when secondary filters
// reject entries; the page then ends early with a token to continue.
constexpr int kMaxScannedPerPage = 100000;

std::string_view View(const rocksdb::Slice& slice) {
  return {slice.data(), slice.size()};
}

std::string EncodeToken(std::string_view last_key) {
  std::string token;
  absl::WebSafeBase64Escape(absl::string_view(last_key.data(), last_key.size()),
                            &token);
  return token;
}

absl::StatusOr<std::string> DecodeToken(std::string_view token,
                                        std::string_view prefix) {
  std::string key;
  if (!absl::WebSafeBase64Unescape(absl::string_view(token.data(), token.size()),
                                   &key) ||
      key.compare(0, prefix.size(), prefix) != 0) {
    return absl::InvalidArgumentError("page_token does not belong to this listing");
  }
  return key;
}

// Scans [start, upper) of `cf` after the key in `page_token`, passing each key to
// `accept` (which returns the node id to emit, or 0 to skip) until `page_size`
// ids are collected.
absl::StatusOr<Page> ScanPage(
    rocksdb::DB* db, rocksdb::ColumnFamilyHandle* cf, const std::string& prefix,
    const std::string& start, const std::string& upper, int page_size,
    std::string_view page_token,
    const std::function<NodeId(std::string_view key)>& accept) {
  if (page_size <= 0) return absl::InvalidArgumentError("page_size must be positive");
  std::string seek = start;
  std::string resume;
  if (!page_token.empty()) {
    ASSIGN_OR_RETURN(resume, DecodeToken(page_token, prefix));
    seek = resume;
  }
  rocksdb::Slice upper_slice(upper);
  rocksdb::ReadOptions read;
  if (!upper.empty()) read.iterate_upper_bound = &upper_slice;
  std::unique_ptr<rocksdb::Iterator> it(db->NewIterator(read, cf));
  Page page;
  int scanned = 0;
  std::string last;
  it->Seek(seek);
  if (!resume.empty() && it->Valid() && View(it->key()) == resume) it->Next();
  for (; it->Valid(); it->Next()) {
    std::string_view key = View(it->key());
    if (key.compare(0, prefix.size(), prefix) != 0) break;
    last.assign(key);
    if (NodeId id = accept(key); id != 0) {
      page.ids.push_back(id);
      if (static_cast<int>(page.ids.size()) == page_size) break;
    }
    if (++scanned >= kMaxScannedPerPage) break;
  }
  RETURN_IF_ERROR(FromRocks(it->status(), "scan"));
  if (it->Valid()) {
    // More may follow: resume after the last key examined.
    it->Next();
    if (it->Valid() && View(it->key()).compare(0, prefix.size(), prefix) == 0) {
      page.next_page_token = EncodeToken(last);
    }
  }
  return page;
}

}  // namespace

absl::StatusOr<Page> GraphStore::ListClaims(const ClaimFilter& filter,
                                            int page_size,
                                            std::string_view page_token) const {
  Impl& impl = *impl_;
  // The primary scan: the most selective time-ordered index for the filter.
  std::string prefix;
  bool by_article = false;
  if (filter.speaker != 0) {
    prefix = IndexPrefix(IndexId::kSpeakerClaimsByTime);
    AppendU64(&prefix, filter.speaker);
  } else if (filter.entity != 0) {
    prefix = IndexPrefix(IndexId::kEntityClaimsByTime);
    AppendU64(&prefix, filter.entity);
  } else if (filter.article != 0) {
    by_article = true;
    prefix = EdgeTypePrefix(filter.article, v1::REPORTED_IN);
  } else {
    prefix = IndexPrefix(IndexId::kClaimsByTime);
  }
  std::string start = prefix;
  std::string upper = PrefixSuccessor(prefix);
  if (!by_article) {
    if (!filter.said_after.empty()) start = prefix + filter.said_after;
    if (!filter.said_before.empty()) upper = prefix + filter.said_before + "\xFF";
  }
  auto accept = [&](std::string_view key) -> NodeId {
    NodeId claim;
    std::string time_key;
    if (by_article) {
      auto parts = DecodeEdgeKey(key);
      if (!parts) return 0;
      claim = parts->second;
    } else {
      claim = ReadU64(key.substr(key.size() - 8));
      time_key = key.substr(prefix.size(), kTimeKeyBytes);
    }
    if (filter.speaker != 0 && prefix[0] != char(IndexId::kSpeakerClaimsByTime) &&
        !impl.Exists(impl.in, EdgeKey(claim, v1::ASSERTED, filter.speaker, 0))) {
      return 0;
    }
    if (filter.entity != 0 && prefix[0] != char(IndexId::kEntityClaimsByTime) &&
        !impl.Exists(impl.out, EdgeKey(claim, v1::MENTIONS, filter.entity, 0))) {
      return 0;
    }
    if (filter.article != 0 && !by_article &&
        !impl.Exists(impl.out, EdgeKey(claim, v1::REPORTED_IN, filter.article, 0))) {
      return 0;
    }
    if (!filter.cue_classes.empty()) {
      auto node = impl.GetNode(claim);
      if (!node.ok() || std::find(filter.cue_classes.begin(), filter.cue_classes.end(),
                                  node->claim().cue_class()) == filter.cue_classes.end()) {
        return 0;
      }
    }
    if (by_article && (!filter.said_after.empty() || !filter.said_before.empty())) {
      auto node = impl.GetNode(claim);
      if (!node.ok()) return 0;
      time_key = node->claim().time_key();
      if (!filter.said_after.empty() && time_key < filter.said_after) return 0;
      if (!filter.said_before.empty() && time_key > filter.said_before) return 0;
    }
    return claim;
  };
  rocksdb::ColumnFamilyHandle* cf = by_article ? impl.in : impl.idx;
  return ScanPage(impl.db, cf, prefix, start, upper, page_size, page_token, accept);
}

absl::StatusOr<v1::Edge> GraphStore::GetEdge(NodeId src, v1::EdgeType type,
                                             NodeId dst, uint64_t rank) const {
  auto value = impl_->Get(impl_->out, EdgeKey(src, type, dst, rank));
  if (!value.ok()) return value.status();
  return EdgeFromRecord(*value);
}

namespace {

// Reads `keys` of `cf` with one MultiGet and calls `each(i, status, value)`
// for each key, in their order.
void MultiRead(rocksdb::DB* db, rocksdb::ColumnFamilyHandle* cf,
               const std::vector<std::string>& keys,
               const std::function<void(std::size_t, const rocksdb::Status&,
                                        std::string_view)>& each) {
  std::vector<rocksdb::Slice> slices(keys.begin(), keys.end());
  std::vector<rocksdb::PinnableSlice> values(keys.size());
  std::vector<rocksdb::Status> statuses(keys.size());
  db->MultiGet(rocksdb::ReadOptions(), cf, slices.size(), slices.data(), values.data(),
               statuses.data());
  for (std::size_t i = 0; i < keys.size(); ++i) {
    each(i, statuses[i], View(values[i]));
  }
}

// Reads a varint at `*at` of `bytes`; false when it is cut or too long.
bool ReadVarint(std::string_view bytes, std::size_t* at, uint64_t* value) {
  *value = 0;
  for (int shift = 0; shift < 64 && *at < bytes.size(); shift += 7) {
    const uint8_t byte = static_cast<uint8_t>(bytes[(*at)++]);
    *value |= static_cast<uint64_t>(byte & 0x7F) << shift;
    if ((byte & 0x80) == 0) return true;
  }
  return false;
}

void AppendVarint(std::string* out, uint64_t value) {
  while (value >= 0x80) {
    out->push_back(static_cast<char>((value & 0x7F) | 0x80));
    value >>= 7;
  }
  out->push_back(static_cast<char>(value));
}

// Calls `field(number, whole, payload)` for each field of the serialized
// message `bytes`, in order: its number, its whole wire bytes (tag included)
// and, for a length-delimited field, its content (else empty). False when
// the bytes are not well formed (groups count as not well formed: no record
// holds one).
template <typename Field>
bool ForEachWireField(std::string_view bytes, const Field& field) {
  std::size_t at = 0;
  while (at < bytes.size()) {
    const std::size_t start = at;
    uint64_t tag = 0, value = 0;
    if (!ReadVarint(bytes, &at, &tag)) return false;
    std::string_view payload;
    switch (tag & 7) {
      case 0:
        if (!ReadVarint(bytes, &at, &value)) return false;
        break;
      case 1: at += 8; break;
      case 5: at += 4; break;
      case 2:
        if (!ReadVarint(bytes, &at, &value) || value > bytes.size() - at) return false;
        payload = bytes.substr(at, value);
        at += value;
        break;
      default: return false;
    }
    if (at > bytes.size()) return false;
    field(tag >> 3, bytes.substr(start, at - start), payload);
  }
  return true;
}

// `record` (a serialized v1::Node) without its claim's time_key and terms
// (which LeaveOutInternalFields clears), written to
// `*out`; false, `*out` unspecified, when the record is not well formed (it is
// then parsed whole, and fails as it would have).
bool NodeRecordWithoutClaimInternals(std::string_view record, std::string* out) {
  constexpr uint64_t kNodeClaim = v1::Node::kClaimFieldNumber;
  constexpr uint64_t kClaimTimeKey = v1::Claim::kTimeKeyFieldNumber;
  constexpr uint64_t kClaimTerms = v1::Claim::kTermsFieldNumber;
  out->clear();
  out->reserve(record.size());
  std::string claim;
  bool ok = true;
  const bool well_formed = ForEachWireField(
      record, [&](uint64_t number, std::string_view whole, std::string_view payload) {
        if (number != kNodeClaim || (whole.front() & 7) != 2) {
          out->append(whole);
          return;
        }
        claim.clear();
        ok = ok && ForEachWireField(payload, [&](uint64_t n, std::string_view f,
                                                 std::string_view) {
          if (n != kClaimTimeKey && n != kClaimTerms) claim.append(f);
        });
        AppendVarint(out, (kNodeClaim << 3) | 2);
        AppendVarint(out, claim.size());
        out->append(claim);
      });
  return well_formed && ok;
}

}  // namespace

std::vector<absl::StatusOr<v1::Node>> GraphStore::GetNodes(
    const std::vector<NodeId>& ids, NodeFields fields) const {
  std::vector<std::string> keys;
  keys.reserve(ids.size());
  for (NodeId id : ids) keys.push_back(NodeKey(KindOfId(id), id));
  std::vector<absl::StatusOr<v1::Node>> nodes;
  nodes.reserve(ids.size());
  std::string shown;
  MultiRead(impl_->db, impl_->nodes, keys,
            [&](std::size_t i, const rocksdb::Status& status, std::string_view value) {
              if (status.IsNotFound()) {
                nodes.push_back(absl::NotFoundError(Cat("no node ", ids[i])));
              } else if (!status.ok()) {
                nodes.push_back(FromRocks(status, "read"));
              } else if (fields == NodeFields::kShown &&
                         NodeRecordWithoutClaimInternals(value, &shown)) {
                nodes.push_back(NodeFromRecord(ids[i], shown));
              } else {
                nodes.push_back(NodeFromRecord(ids[i], value));
              }
            });
  return nodes;
}

std::vector<absl::StatusOr<v1::Edge>> GraphStore::GetEdges(
    const std::vector<EdgeKeyParts>& edges) const {
  std::vector<std::string> keys;
  keys.reserve(edges.size());
  for (const EdgeKeyParts& e : edges) keys.push_back(EdgeKey(e.first, e.type, e.second, e.rank));
  std::vector<absl::StatusOr<v1::Edge>> records;
  records.reserve(edges.size());
  MultiRead(impl_->db, impl_->out, keys,
            [&](std::size_t, const rocksdb::Status& status, std::string_view value) {
              if (status.IsNotFound()) {
                records.push_back(absl::NotFoundError("not found"));
              } else if (!status.ok()) {
                records.push_back(FromRocks(status, "read"));
              } else {
                records.push_back(EdgeFromRecord(value));
              }
            });
  return records;
}

absl::StatusOr<std::vector<std::string>> GraphStore::ClaimViewRecords(
    const std::vector<NodeId>& claims) const {
  std::vector<std::string> keys;
  keys.reserve(claims.size());
  for (NodeId claim : claims) keys.push_back(ClaimViewKey(claim));
  std::vector<std::string> records;
  records.reserve(claims.size());
  absl::Status error;
  MultiRead(impl_->db, impl_->idx, keys,
            [&](std::size_t i, const rocksdb::Status& status, std::string_view value) {
              if (!error.ok()) return;
              if (status.IsNotFound()) {
                error = absl::NotFoundError(Cat("no node ", claims[i]));
              } else if (!status.ok()) {
                error = FromRocks(status, "read claim views");
              } else {
                records.emplace_back(value);
              }
            });
  RETURN_IF_ERROR(error);
  return records;
}

bool GraphStore::HasEdge(NodeId src, v1::EdgeType type, NodeId dst) const {
  return impl_->Exists(impl_->out, EdgeKey(src, type, dst, 0));
}

absl::StatusOr<GraphStore::KeyPage> GraphStore::ScanIndex(
    IndexId index, std::string_view lower, std::string_view upper, int page_size,
    std::string_view page_token,
    const std::function<bool(std::string_view key)>& accept) const {
  std::string prefix = IndexPrefix(index);
  std::string start = prefix + std::string(lower);
  std::string end = upper.empty() ? PrefixSuccessor(prefix)
                                  : PrefixSuccessor(prefix + std::string(upper));
  KeyPage out;
  // ScanPage yields ids; collect the keys through the accept callback instead.
  auto page = ScanPage(impl_->db, impl_->idx, prefix, start, end, page_size,
                       page_token, [&](std::string_view key) -> NodeId {
                         if (!accept(key)) return 0;
                         out.keys.emplace_back(key);
                         return 1;
                       });
  if (!page.ok()) return page.status();
  out.next_page_token = page->next_page_token;
  return out;
}

absl::StatusOr<Page> GraphStore::ListNodes(v1::NodeKind kind, int page_size,
                                           std::string_view page_token) const {
  std::string prefix(1, static_cast<char>(kind));
  return ScanPage(impl_->db, impl_->nodes, prefix, prefix, PrefixSuccessor(prefix),
                  page_size, page_token,
                  [](std::string_view key) { return ReadU64(key.substr(1)); });
}

absl::Status GraphStore::VisitNodes(
    v1::NodeKind kind, const std::function<bool(const v1::Node&)>& visit) const {
  bool parsed = true;
  RETURN_IF_ERROR(impl_->ScanPrefix(
      impl_->nodes, std::string(1, static_cast<char>(kind)),
      [&](std::string_view, std::string_view value) {
        v1::Node node;
        parsed = node.ParseFromArray(value.data(), static_cast<int>(value.size()));
        return parsed && visit(node);
      }));
  if (!parsed) return absl::DataLossError("node record does not parse");
  return absl::OkStatus();
}

absl::StatusOr<GraphStore::Counts> GraphStore::Count() const {
  Counts counts;
  auto count_cf = [&](rocksdb::ColumnFamilyHandle* cf,
                      const std::function<void(std::string_view)>& each) {
    std::unique_ptr<rocksdb::Iterator> it(
        impl_->db->NewIterator(rocksdb::ReadOptions(), cf));
    for (it->SeekToFirst(); it->Valid(); it->Next()) each(View(it->key()));
    return FromRocks(it->status(), "count");
  };
  RETURN_IF_ERROR(count_cf(impl_->nodes, [&](std::string_view key) {
    auto kind = static_cast<uint8_t>(key[0]);
    if (kind < 6) ++counts.nodes_by_kind[kind];
  }));
  RETURN_IF_ERROR(count_cf(impl_->out, [&](std::string_view) { ++counts.out_edges; }));
  RETURN_IF_ERROR(count_cf(impl_->in, [&](std::string_view) { ++counts.in_edges; }));
  RETURN_IF_ERROR(count_cf(impl_->idx, [&](std::string_view key) {
    counts.index_entries += static_cast<IndexId>(key[0]) != IndexId::kClaimView;
  }));
  RETURN_IF_ERROR(count_cf(impl_->names, [&](std::string_view) { ++counts.names; }));
  return counts;
}

absl::Status VerifyTableFiles(rocksdb::DB& db) {
  std::vector<rocksdb::LiveFileMetaData> live;
  db.GetLiveFilesMetaData(&live);
  std::vector<std::string> paths;
  for (const rocksdb::LiveFileMetaData& file : live) {
    paths.push_back(file.directory + "/" + file.relative_filename);
  }
  std::error_code ec;
  if (paths.empty()) {
    for (const auto& entry : std::filesystem::directory_iterator(db.GetName(), ec)) {
      if (entry.path().extension() == ".sst" && entry.file_size(ec) > 0) {
        paths.push_back(entry.path().string());
      }
    }
  }
  for (const std::string& path : paths) {
    rocksdb::SstFileReader reader{rocksdb::Options()};
    rocksdb::Status s = reader.Open(path);
    if (s.ok()) s = reader.VerifyChecksum();
    // A file deleted since the listing (a compaction) is no problem.
    if (!s.ok() && std::filesystem::exists(path)) {
      return FromRocks(s, Cat("table file ", path));
    }
  }
  return absl::OkStatus();
}

namespace {

// Check's part on the claim indexes by speaker and by entity: each ASSERTED
// edge has its kSpeakerClaimsByTime entry and each MENTIONS edge its
// kEntityClaimsByTime entry, under the claim's time key (ClaimIndexKey), and
// each such entry stands for its edge.
class ClaimIndexCheck {
 public:
  using Read = std::function<std::optional<std::string>(rocksdb::ColumnFamilyHandle*,
                                                        const std::string&)>;
  ClaimIndexCheck(GraphStore::Impl& impl, Read read, std::vector<std::string>* problems)
      : impl_(impl), read_(std::move(read)), problems_(*problems) {}

  // An out edge: ASSERTED and MENTIONS edges need their entry.
  void Edge(const EdgeKeyParts& edge) {
    const bool asserted = edge.type == v1::ASSERTED;
    if (!asserted && edge.type != v1::MENTIONS) return;
    const NodeId claim = asserted ? edge.second : edge.first;
    const NodeId owner = asserted ? edge.first : edge.second;
    auto time_key = TimeKeyOf(claim);
    if (!time_key) return;  // reported as a missing end node
    const IndexId index =
        asserted ? IndexId::kSpeakerClaimsByTime : IndexId::kEntityClaimsByTime;
    if (read_(impl_.idx, ClaimIndexKey(index, owner, *time_key, claim))) return;
    ++unindexed_;
    problems_.push_back(
        asserted ? Cat("ASSERTED edge of source ", owner, " to claim ", claim,
                       " has no speaker index entry: listing that source's claims misses it")
                 : Cat("MENTIONS edge of claim ", claim, " to entity ", owner,
                       " has no entity index entry: listing that entity's claims misses it"));
  }

  // A kSpeakerClaimsByTime or kEntityClaimsByTime entry whose claim exists.
  void Entry(std::string_view key) {
    const bool speaker = static_cast<IndexId>(key[0]) == IndexId::kSpeakerClaimsByTime;
    const char* what = speaker ? "speaker" : "entity";
    if (key.size() != kOwnedClaimIndexKeyBytes) {
      problems_.push_back(Cat(what, " index entry is malformed"));
      return;
    }
    const NodeId owner = ReadU64(key.substr(1));
    const std::string_view time_key = key.substr(9, kTimeKeyBytes);
    const NodeId claim = ReadU64(key.substr(9 + kTimeKeyBytes));
    const std::string edge = speaker ? EdgeKey(owner, v1::ASSERTED, claim, 0)
                                     : EdgeKey(claim, v1::MENTIONS, owner, 0);
    if (!read_(impl_.out, edge)) {
      problems_.push_back(Cat(what, " index entry of ", speaker ? "source " : "entity ",
                              owner, " for claim ", claim, " has no ",
                              speaker ? "ASSERTED" : "MENTIONS", " edge"));
    } else if (auto stored = TimeKeyOf(claim); stored && *stored != time_key) {
      problems_.push_back(Cat(what, " index entry of ", owner, " for claim ", claim,
                              " is filed under ", time_key, ", not the claim's time key ",
                              *stored));
    }
  }

  // After the scans: what a store with edges left unindexed needs, first, so
  // that a listing cut short still says it. Stores written before every
  // ASSERTED edge got its entry miss a claim a second source asserted
  // (another story's "the hospital" saying the same words). Nothing repairs
  // a store in place, and ingesting its unchanged articles again writes
  // nothing.
  void Summarise() {
    if (unindexed_ == 0) return;
    problems_.insert(problems_.begin(),
                     Cat(unindexed_, " edge(s) lack their index entry (a store written before "
                         "claimgraph indexed every ASSERTED edge): to repair, ingest the "
                         "store's articles into a new store (--db NEW) and use that"));
  }

 private:
  // nullopt when the claim cannot be read.
  std::optional<std::string> TimeKeyOf(NodeId claim) {
    auto value = read_(impl_.nodes, NodeKey(v1::CLAIM, claim));
    v1::Node node;
    if (!value || !node.ParseFromString(*value)) return std::nullopt;
    return node.claim().time_key();
  }

  GraphStore::Impl& impl_;
  Read read_;
  std::vector<std::string>& problems_;
  uint64_t unindexed_ = 0;
};

}  // namespace

// Long because: one scan per column family, each a few lines, sharing the
// problem list, the first read error and the REPORTED_IN counts of its lambdas.
absl::StatusOr<std::vector<std::string>> GraphStore::Check() const {
  Impl& impl = *impl_;
  std::vector<std::string> problems;
  // The first read that failed (a corrupt table file): it is Check's answer,
  // rather than every entry it hides being reported missing.
  absl::Status read_error;
  auto read = [&](rocksdb::ColumnFamilyHandle* cf,
                  const std::string& key) -> std::optional<std::string> {
    auto value = impl.Get(cf, key);
    if (!value.ok() && !absl::IsNotFound(value.status()) && read_error.ok()) {
      read_error = value.status();
    }
    if (!value.ok()) return std::nullopt;
    return *std::move(value);
  };
  auto exists = [&](rocksdb::ColumnFamilyHandle* cf, const std::string& key) {
    return read(cf, key).has_value();
  };
  auto node_exists = [&](NodeId id) {
    return exists(impl.nodes, NodeKey(KindOfId(id), id));
  };
  // Every block of every table file against its checksum first: a read-only
  // (secondary) instance that cannot load a corrupt file reads as if it held
  // nothing, so the file is named here rather than its entries going missing.
  RETURN_IF_ERROR(VerifyTableFiles(*impl.db));
  auto scan = [&](rocksdb::ColumnFamilyHandle* cf,
                  const std::function<void(std::string_view, std::string_view)>& each) {
    std::unique_ptr<rocksdb::Iterator> it(
        impl.db->NewIterator(rocksdb::ReadOptions(), cf));
    for (it->SeekToFirst(); it->Valid() && problems.size() < 1000 && read_error.ok();
         it->Next()) {
      each(View(it->key()), View(it->value()));
    }
    RETURN_IF_ERROR(read_error);
    return FromRocks(it->status(), "check scan");
  };
  ClaimIndexCheck indexes(impl, read, &problems);
  std::unordered_map<NodeId, uint32_t> reported_in;
  RETURN_IF_ERROR(scan(impl.out, [&](std::string_view key, std::string_view value) {
    auto parts = DecodeEdgeKey(key);
    if (!parts) {
      problems.push_back("out: malformed edge key");
      return;
    }
    if (!exists(impl.in, EdgeKey(parts->second, parts->type, parts->first,
                                      parts->rank))) {
      problems.push_back(Cat("out edge ", parts->first, " -", int(parts->type), "-> ",
                             parts->second, " has no in twin"));
    }
    if (!node_exists(parts->first) || !node_exists(parts->second)) {
      problems.push_back(Cat("edge ", parts->first, " -", int(parts->type), "-> ",
                             parts->second, " has a missing end node"));
    }
    v1::Edge edge;
    if (!edge.ParseFromArray(value.data(), value.size())) {
      problems.push_back(Cat("edge ", parts->first, " -> ", parts->second,
                             " does not parse"));
    }
    if (parts->type == v1::REPORTED_IN) ++reported_in[parts->second];
    indexes.Edge(*parts);
    if (IsConflictEdge(static_cast<v1::EdgeType>(parts->type))) {
      // Its entry under each speaker of either claim.
      auto keys = SpeakerConflictKeys(*this, *parts);
      if (!keys.ok()) {
        if (read_error.ok()) read_error = keys.status();
        return;
      }
      for (const std::string& entry : *keys) {
        if (exists(impl.idx, entry)) continue;
        problems.push_back(Cat("conflict edge ", parts->first, " -", int(parts->type), "-> ",
                               parts->second, " has no entry under speaker ",
                               ReadU64(std::string_view(entry).substr(1)),
                               ": listing that speaker's contradictions misses it"));
      }
    }
  }));
  RETURN_IF_ERROR(scan(impl.in, [&](std::string_view key, std::string_view value) {
    auto parts = DecodeEdgeKey(key);
    auto twin = parts ? read(impl.out, EdgeKey(parts->second, parts->type, parts->first,
                                               parts->rank))
                      : std::nullopt;
    if (!twin) {
      problems.push_back("in edge without its out twin");
    } else if (!value.empty() && value != *twin) {
      problems.push_back(Cat("in edge ", parts->first, " <-", int(parts->type), "- ",
                             parts->second, " holds a record that is not its out twin's"));
    }
  }));
  RETURN_IF_ERROR(scan(impl.idx, [&](std::string_view key, std::string_view value) {
    const auto index = static_cast<IndexId>(key[0]);
    if (index == IndexId::kSimhashBand) {
      // A block of (article, fingerprint) pairs (graph/simhash_bands.h).
      bool whole = key.size() == kSimhashBlockKeyBytes && !value.empty() &&
                   value.size() % kSimhashPairBytes == 0;
      for (std::size_t at = 0; whole && at < value.size(); at += kSimhashPairBytes) {
        whole = node_exists(ReadU64(value.substr(at)));
      }
      if (!whole) problems.push_back("near-duplicate index block names a missing article");
      return;
    }
    if (index == IndexId::kConflictsByTime || index == IndexId::kEntityConflictsByTime ||
        index == IndexId::kSpeakerConflictsByTime) {
      auto parts = key.size() >= kEdgeKeyBytes
                       ? DecodeEdgeKey(key.substr(key.size() - kEdgeKeyBytes))
                       : std::nullopt;
      if (!parts || !exists(impl.out, EdgeKey(parts->first, parts->type,
                                                   parts->second, parts->rank))) {
        problems.push_back("conflict index entry points to a missing edge");
        return;
      }
      if (index != IndexId::kSpeakerConflictsByTime) return;
      // An entry under a speaker of either claim, at the edge's time key.
      auto keys = SpeakerConflictKeys(*this, *parts);
      if (!keys.ok()) {
        if (read_error.ok()) read_error = keys.status();
      } else if (!keys->count(std::string(key))) {
        problems.push_back(Cat("conflict edge ", parts->first, " -", int(parts->type), "-> ",
                               parts->second, " has an entry under source ",
                               key.size() >= 9 ? ReadU64(key.substr(1)) : 0,
                               " that is not a speaker of either claim at the edge's time: "
                               "listing that source's contradictions shows it"));
      }
      return;
    }
    if (key.size() < 9 || !node_exists(ReadU64(key.substr(key.size() - 8)))) {
      problems.push_back(Cat("index ", int(static_cast<uint8_t>(key[0])),
                             " entry points to a missing node"));
      return;
    }
    if (static_cast<IndexId>(key[0]) == IndexId::kSpeakerClaimsByTime ||
        static_cast<IndexId>(key[0]) == IndexId::kEntityClaimsByTime) {
      indexes.Entry(key);
    }
  }));
  indexes.Summarise();
  RETURN_IF_ERROR(scan(impl.names, [&](std::string_view key, std::string_view value) {
    if (value.size() != 8 || !node_exists(ReadU64(value))) {
      problems.push_back(Cat("name entry '", key.substr(1), "' points to a missing node"));
    }
  }));
  RETURN_IF_ERROR(scan(impl.nodes, [&](std::string_view key, std::string_view value) {
    v1::Node node;
    if (!node.ParseFromArray(value.data(), value.size())) {
      problems.push_back("node record does not parse");
      return;
    }
    // Nothing is left holding up nothing: a claim is reported in an article,
    // a source asserts or relays, an entity is mentioned, a story has an
    // article (a new version of an article removes what only it held).
    auto has_edge = [&](rocksdb::ColumnFamilyHandle* cf, v1::EdgeType type) {
      bool any = false;
      absl::Status scanned = impl.ScanPrefix(cf, EdgeTypePrefix(node.id(), type),
                                             [&](std::string_view, std::string_view) {
                                               any = true;
                                               return false;
                                             });
      if (!scanned.ok() && read_error.ok()) read_error = scanned;
      return any;
    };
    switch (node.kind()) {
      case v1::CLAIM:
        if (!has_edge(impl.out, v1::REPORTED_IN)) {
          problems.push_back(Cat("claim ", node.id(), " is reported in no article"));
        }
        if (auto problem = ClaimViewProblem(*this, node.id(),
                                            read(impl.idx, ClaimViewKey(node.id())))) {
          problems.push_back(*std::move(problem));
        }
        return;
      case v1::SOURCE:
        if (!has_edge(impl.out, v1::ASSERTED) && !has_edge(impl.out, v1::RELAYED)) {
          problems.push_back(Cat("source '", node.source().name(), "' asserts nothing"));
        }
        return;
      case v1::ENTITY:
        if (!has_edge(impl.in, v1::MENTIONS)) {
          problems.push_back(Cat("entity '", node.entity().name(), "' is mentioned by no claim"));
        }
        return;
      case v1::STORY:
        if (!has_edge(impl.in, v1::COPY_OF)) {
          problems.push_back(Cat("story ", node.id(), " has no article"));
        }
        return;
      default:
        break;
    }
    if (node.kind() != v1::ARTICLE) return;
    uint32_t expected = node.article().attribution_count();
    if (reported_in[node.id()] != expected) {
      problems.push_back(Cat("article ", node.article().doc_id(), " records ", expected,
                             " claims but has ", reported_in[node.id()],
                             " REPORTED_IN edges"));
    }
    if (!exists(impl.out, EdgeKey(node.id(), v1::COPY_OF,
                                       node.article().story_id(), 0))) {
      problems.push_back(Cat("article ", node.article().doc_id(), " has no story"));
    }
  }));
  RETURN_IF_ERROR(read_error);
  return problems;
}

}  // namespace claimgraph::graph
