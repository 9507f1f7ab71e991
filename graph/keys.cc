#include "graph/keys.h"

#include "xxhash.h"

namespace claimgraph::graph {

std::string TimeSortKey(std::string_view said_on, std::string_view published) {
  if (said_on.size() >= kTimeKeyBytes) return std::string(said_on.substr(0, 10));
  if (published.size() >= kTimeKeyBytes) return std::string(published.substr(0, 10));
  return std::string(kTimeKeyBytes, '~');
}

void AppendU64(std::string* out, uint64_t v) {
  for (int shift = 56; shift >= 0; shift -= 8) {
    out->push_back(static_cast<char>((v >> shift) & 0xFF));
  }
}

uint64_t ReadU64(std::string_view bytes) {
  uint64_t v = 0;
  for (int i = 0; i < 8; ++i) {
    v = (v << 8) | static_cast<uint8_t>(bytes[i]);
  }
  return v;
}

std::string NodeKey(uint8_t kind, NodeId id) {
  std::string key(1, static_cast<char>(kind));
  AppendU64(&key, id);
  return key;
}

std::string EdgeKey(NodeId first, uint8_t type, NodeId second, uint64_t rank) {
  std::string key;
  key.reserve(kEdgeKeyBytes);
  AppendU64(&key, first);
  key.push_back(static_cast<char>(type));
  AppendU64(&key, second);
  AppendU64(&key, rank);
  return key;
}

std::string EdgePrefix(NodeId first) {
  std::string key;
  AppendU64(&key, first);
  return key;
}

std::string EdgeTypePrefix(NodeId first, uint8_t type) {
  std::string key = EdgePrefix(first);
  key.push_back(static_cast<char>(type));
  return key;
}

std::optional<EdgeKeyParts> DecodeEdgeKey(std::string_view key) {
  if (key.size() != kEdgeKeyBytes) return std::nullopt;
  return EdgeKeyParts{ReadU64(key.substr(0, 8)), static_cast<uint8_t>(key[8]),
                      ReadU64(key.substr(9, 8)), ReadU64(key.substr(17, 8))};
}

std::string NameKey(NameSpace ns, std::string_view key) {
  std::string out(1, static_cast<char>(ns));
  out.append(key);
  return out;
}

std::string IndexPrefix(IndexId index) {
  return std::string(1, static_cast<char>(index));
}

std::string ClaimIndexKey(IndexId index, std::optional<NodeId> owner,
                          std::string_view time_key, NodeId claim) {
  std::string key = IndexPrefix(index);
  if (owner) AppendU64(&key, *owner);
  key.append(time_key);
  AppendU64(&key, claim);
  return key;
}

std::string ClaimViewKey(NodeId claim) {
  std::string key = IndexPrefix(IndexId::kClaimView);
  AppendU64(&key, claim);
  return key;
}

void AppendEscaped(std::string* out, std::string_view term) {
  for (char c : term) {
    out->push_back(c);
    if (c == '\0') out->push_back('\xFF');
  }
  out->push_back('\0');
  out->push_back('\x01');
}

std::string PrefixSuccessor(std::string_view prefix) {
  std::string out(prefix);
  while (!out.empty()) {
    auto last = static_cast<uint8_t>(out.back());
    if (last != 0xFF) {
      out.back() = static_cast<char>(last + 1);
      return out;
    }
    out.pop_back();
  }
  return out;
}

NodeId StableId(uint8_t kind, std::string_view key) {
  uint64_t hash = XXH64(key.data(), key.size(), 0x636c61696d677270ULL);
  hash &= 0x00FFFFFFFFFFFFFFULL;
  if (hash == 0) hash = 1;
  return (static_cast<uint64_t>(kind) << 56) | hash;
}

}  // namespace claimgraph::graph
