#include "graph/simhash_bands.h"

#include <algorithm>

#include "common/status_macros.h"
#include "common/strings.h"
#include "ingest/near_duplicate.h"

namespace claimgraph::graph {
namespace {

constexpr std::size_t kPairBytes = 16;

// IndexPrefix(kSimhashBand) · band · bits: the keys of one band value.
std::string BandPrefix(int band, uint64_t simhash) {
  std::string key = IndexPrefix(IndexId::kSimhashBand);
  key.push_back(static_cast<char>(band));
  key.push_back(static_cast<char>((simhash >> (8 * band)) & 0xFF));
  return key;
}

std::string BlockKey(const std::string& prefix, uint32_t block) {
  std::string key = prefix;
  for (int shift = 24; shift >= 0; shift -= 8) {
    key.push_back(static_cast<char>((block >> shift) & 0xFF));
  }
  return key;
}

uint32_t BlockNumber(std::string_view key) {
  uint32_t block = 0;
  for (char c : key.substr(key.size() - 4)) block = block << 8 | static_cast<uint8_t>(c);
  return block;
}

void AppendPair(std::string* block, NodeId article, uint64_t simhash) {
  AppendU64(block, article);
  AppendU64(block, simhash);
}

}  // namespace

absl::StatusOr<std::map<std::string, std::string>> SimhashBands::Blocks(
    const std::string& prefix) const {
  std::map<std::string, std::string> blocks;
  absl::Status bad;
  RETURN_IF_ERROR(impl_.ScanPrefix(
      impl_.idx, prefix, [&](std::string_view key, std::string_view value) {
        if (key.size() != prefix.size() + 4 || value.size() % kPairBytes != 0) {
          bad = absl::DataLossError(
              Cat("near-duplicate index: a record of ", key.size(), " key and ",
                  value.size(), " value bytes is no block of pairs"));
          return false;
        }
        blocks.emplace(std::string(key), std::string(value));
        return true;
      }));
  RETURN_IF_ERROR(bad);
  for (auto it = pending_.lower_bound(prefix);
       it != pending_.end() && it->first.starts_with(prefix); ++it) {
    if (it->second.empty()) {
      blocks.erase(it->first);
    } else {
      blocks[it->first] = it->second;
    }
  }
  return blocks;
}

absl::StatusOr<std::vector<NodeId>> SimhashBands::Near(int band, uint64_t simhash,
                                                       NodeId self) {
  ASSIGN_OR_RETURN(auto blocks, Blocks(BandPrefix(band, simhash)));
  std::vector<NodeId> near;
  for (const auto& [key, block] : blocks) {
    for (std::size_t at = 0; at < block.size(); at += kPairBytes) {
      const std::string_view pair(block.data() + at, kPairBytes);
      NodeId article = ReadU64(pair);
      if (article != self && ingest::SameStory(ReadU64(pair.substr(8)), simhash)) {
        near.push_back(article);
      }
    }
  }
  std::sort(near.begin(), near.end());
  return near;
}

absl::Status SimhashBands::Add(NodeId article, uint64_t simhash) {
  for (int band = 0; band < kSimhashBands; ++band) {
    const std::string prefix = BandPrefix(band, simhash);
    ASSIGN_OR_RETURN(auto blocks, Blocks(prefix));
    std::string key = BlockKey(prefix, 0);
    std::string block;
    if (!blocks.empty()) {
      auto& [last_key, last] = *blocks.rbegin();
      if (last.size() / kPairBytes < block_pairs_) {
        key = last_key;
        block = last;
      } else {
        key = BlockKey(prefix, BlockNumber(last_key) + 1);
      }
    }
    AppendPair(&block, article, simhash);
    pending_[key] = std::move(block);
  }
  return absl::OkStatus();
}

absl::Status SimhashBands::Remove(NodeId article, uint64_t simhash) {
  for (int band = 0; band < kSimhashBands; ++band) {
    ASSIGN_OR_RETURN(auto blocks, Blocks(BandPrefix(band, simhash)));
    for (auto& [key, block] : blocks) {
      std::size_t at = 0;
      while (at < block.size() && ReadU64(std::string_view(block).substr(at)) != article) {
        at += kPairBytes;
      }
      if (at < block.size()) {
        block.erase(at, kPairBytes);
        pending_[key] = std::move(block);
        break;
      }
    }
  }
  return absl::OkStatus();
}

void SimhashBands::Flush(rocksdb::WriteBatch& batch) {
  for (const auto& [key, block] : pending_) {
    if (block.empty()) {
      batch.Delete(impl_.idx, key);
    } else {
      batch.Put(impl_.idx, key, block);
    }
  }
  pending_.clear();
}

absl::Status MigrateSimhashBands(const GraphStore::Impl& impl) {
  const std::string index = IndexPrefix(IndexId::kSimhashBand);
  const std::size_t prefix_size = index.size() + 2;
  // One band value at a time: its keys, and its pairs in either form.
  std::string prefix;
  std::vector<std::string> keys;
  std::vector<std::pair<NodeId, uint64_t>> pairs;
  bool old_form = false;
  auto finish = [&]() -> absl::Status {
    if (!old_form) return absl::OkStatus();
    rocksdb::WriteBatch batch;
    for (const std::string& key : keys) batch.Delete(impl.idx, key);
    std::sort(pairs.begin(), pairs.end());
    std::string block;
    uint32_t number = 0;
    for (const auto& [article, simhash] : pairs) {
      AppendPair(&block, article, simhash);
      if (block.size() / kPairBytes == kSimhashBlockPairs) {
        batch.Put(impl.idx, BlockKey(prefix, number++), block);
        block.clear();
      }
    }
    if (!block.empty()) batch.Put(impl.idx, BlockKey(prefix, number), block);
    return FromRocks(impl.db->Write(rocksdb::WriteOptions(), &batch),
                     "migrate the near-duplicate index");
  };
  absl::Status status;
  RETURN_IF_ERROR(impl.ScanPrefix(
      impl.idx, index, [&](std::string_view key, std::string_view value) {
        if (key.size() < prefix_size) return true;
        if (key.substr(0, prefix_size) != prefix) {
          status = finish();
          if (!status.ok()) return false;
          prefix = std::string(key.substr(0, prefix_size));
          keys.clear();
          pairs.clear();
          old_form = false;
        }
        keys.emplace_back(key);
        if (key.size() == prefix_size + 8 && value.size() == 8) {
          old_form = true;  // band · bits · article -> simhash
          pairs.emplace_back(ReadU64(key.substr(prefix_size)), ReadU64(value));
        } else {
          for (std::size_t at = 0; at + kPairBytes <= value.size(); at += kPairBytes) {
            pairs.emplace_back(ReadU64(value.substr(at)), ReadU64(value.substr(at + 8)));
          }
        }
        return true;
      }));
  RETURN_IF_ERROR(status);
  return finish();
}

}  // namespace claimgraph::graph
