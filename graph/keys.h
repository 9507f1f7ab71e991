// The RocksDB key layout of the graph store. Every builder documents its bytes.
// Integers are big-endian so keys sort numerically; the enums written into keys are
// on-disk values: do not renumber them.
#ifndef CLAIMGRAPH_GRAPH_KEYS_H_
#define CLAIMGRAPH_GRAPH_KEYS_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace claimgraph::graph {

using NodeId = uint64_t;

// Column families, in the order they are opened (after "default").
inline constexpr const char* kNodesCf = "nodes";  // node records
inline constexpr const char* kNamesCf = "names";  // external keys -> node id
inline constexpr const char* kOutCf = "out";      // edges by source node
inline constexpr const char* kInCf = "in";        // the same edges by target
// An in-edge's value: a copy of its out twin's record when that record is at
// most this many bytes (a mention, a copy: no quoted text), else empty (the
// record is its out twin's). A walk then reads the many small in-edges of an
// entity or a story with their keys instead of one point read each; the long
// records (an assertion with its spans) are not held twice. Stores written
// before hold only empty values: readers take either.
inline constexpr std::size_t kInEdgeRecordCopyMaxBytes = 160;
inline constexpr const char* kIdxCf = "idx";      // secondary indexes, empty values
inline constexpr const char* kMetaCf = "meta";    // schema version

inline constexpr std::string_view kSchemaVersionKey = "schema_version";
// 2: conflicts indexed per entity (kEntityConflictsByTime).
// 3: an article node is its document (id from doc_id, not content): identical
//    republications under other doc_ids are articles of their own.
// 4: a claim records its detector terms (Claim.terms), so that a new version of
//    an article can remove its old claims' kClaimTerm entries.
// 5: each claim has its view record (kClaimView). A version 4 store is
//    migrated in place when opened for writing (graph/view_records.h).
// 6: conflicts indexed per speaker (kSpeakerConflictsByTime). A version 4 or 5
//    store is migrated in place when opened for writing
//    (graph/speaker_conflicts.h).
// 7: the near-duplicate index packs each band value's pairs into blocks
//    (graph/simhash_bands.h). A version 4 to 6 store is migrated in place when
//    opened for writing; a version 6 store also opens read-only as it is (no
//    reader uses that index).
inline constexpr uint64_t kSchemaVersion = 7;
// The oldest schema a writable open migrates rather than refuses.
inline constexpr uint64_t kMigratableSchemaVersion = 4;
// The oldest schema a read-only open reads as it is.
inline constexpr uint64_t kReadOnlySchemaVersion = 6;

// Namespaces of the `names` CF. On disk: do not renumber.
enum class NameSpace : uint8_t {
  kArticleDocId = 1,    // doc_id as given
  kArticleContent = 2,  // content hash, 8 bytes big-endian
  kSource = 3,          // normalised speaker name or alias
  kEntity = 4,          // normalised entity name or alias
};

// Secondary indexes of the `idx` CF. On disk: do not renumber.
enum class IndexId : uint8_t {
  kClaimsByTime = 1,         // date(10) · claim
  kSpeakerClaimsByTime = 2,  // source:u64be · date(10) · claim
  kEntityClaimsByTime = 3,   // entity:u64be · date(10) · claim
  kSimhashBand = 4,          // band:u8 · bits:u8 · block:u32be -> (article:u64be ·
                             // simhash:u64be)* (graph/simhash_bands.h)
  kClaimTerm = 5,            // escaped term · newest-first date(10) · claim
  kSurname = 7,              // escaped surname · source (persons named in full)
  kConflictsByTime = 6,      // date(10) · out edge key(25) of a conflict edge
  kEntityConflictsByTime = 8,  // entity:u64be · date(10) · out edge key(25): a
                               // conflict edge, under each entity of its claims
  kScopedSourceName = 9,  // escaped name key · source: the story-scoped sources
                          // (unnamed roles, documents, generic organisations),
                          // which have no `names` entry; for lookups by name
  kClaimView = 10,  // claim -> the claim's v1::ClaimView, serialized: what
                    // GetClaim and a listing show, written in the batch of
                    // every change that alters it (graph/view_records.h)
  kSpeakerConflictsByTime = 11,  // source:u64be · date(10) · out edge key(25): a
                                 // conflict edge, under each speaker of its
                                 // claims (graph/speaker_conflicts.h)
};

// Sort key of a claim's time: its ISO statement date, else the publication date,
// else "~~~~~~~~~~" (sorts after every date).
std::string TimeSortKey(std::string_view said_on, std::string_view published);
inline constexpr size_t kTimeKeyBytes = 10;

void AppendU64(std::string* out, uint64_t v);
uint64_t ReadU64(std::string_view bytes);  // first 8 bytes, big-endian

// nodes: kind:u8 · id:u64be (9 bytes).
std::string NodeKey(uint8_t kind, NodeId id);

// out: src:u64be · type:u8 · dst:u64be · rank:u64be (25 bytes).
// in:  dst:u64be · type:u8 · src:u64be · rank:u64be (25 bytes).
// Both are written in one WriteBatch. The first 8 bytes are the prefix the prefix
// Bloom filter is built on.
std::string EdgeKey(NodeId first, uint8_t type, NodeId second, uint64_t rank);
std::string EdgePrefix(NodeId first);                 // 8 bytes
std::string EdgeTypePrefix(NodeId first, uint8_t type);  // 9 bytes
inline constexpr size_t kEdgeKeyBytes = 25;

struct EdgeKeyParts {
  NodeId first = 0;
  uint8_t type = 0;
  NodeId second = 0;
  uint64_t rank = 0;
};
// Returns nullopt when `key` is not 25 bytes.
std::optional<EdgeKeyParts> DecodeEdgeKey(std::string_view key);

// names: ns:u8 · key bytes.
std::string NameKey(NameSpace ns, std::string_view key);

// idx: index:u8 · fields as documented on IndexId, ending in the node id.
std::string IndexPrefix(IndexId index);
// A claim's entry in a time-ordered index (kClaimsByTime without an owner;
// kSpeakerClaimsByTime, kEntityClaimsByTime with the source or entity):
// index · [owner:u64be] · time key(10) · claim. The time key is the claim's
// (Claim.time_key), whichever edge the entry stands for: each ASSERTED edge
// has its entry under its source, each MENTIONS edge under its entity.
std::string ClaimIndexKey(IndexId index, std::optional<NodeId> owner,
                          std::string_view time_key, NodeId claim);
inline constexpr size_t kOwnedClaimIndexKeyBytes = 1 + 8 + kTimeKeyBytes + 8;
// A claim's view record: kClaimView · claim:u64be (9 bytes).
std::string ClaimViewKey(NodeId claim);

// Terms of variable length are escaped so that no term is a prefix of another:
// 0x00 -> 0x00 0xFF, then terminated by 0x00 0x01.
void AppendEscaped(std::string* out, std::string_view term);

// The smallest key greater than every key starting with `prefix` (for
// iterate_upper_bound). Empty when none exists (prefix all 0xFF).
std::string PrefixSuccessor(std::string_view prefix);

// Stable node ids: the node kind in the top byte, then 56 bits of xxh64 of the
// key. Ids are positive int64 values (kind <= 127), never 0, and say their kind.
NodeId StableId(uint8_t kind, std::string_view key);
inline uint8_t KindOfId(NodeId id) { return static_cast<uint8_t>(id >> 56); }

}  // namespace claimgraph::graph

#endif  // CLAIMGRAPH_GRAPH_KEYS_H_
