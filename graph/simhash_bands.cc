#include "graph/simhash_bands.h"

#include <algorithm>

#include "common/status_macros.h"
#include "common/strings.h"
#include "ingest/near_duplicate.h"

namespace claimgraph::graph {
namespace {

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

void AppendPair(std::string* block, NodeId article, uint64_t simhash) {
  AppendU64(block, article);
  AppendU64(block, simhash);
}

}  // namespace

absl::StatusOr<SimhashBands::BandValue*> SimhashBands::Load(int band, uint64_t simhash) {
  const std::string prefix = BandPrefix(band, simhash);
  auto [it, fresh] = values_.try_emplace(prefix);
  BandValue& value = it->second;
  if (!fresh) return &value;
  for (uint32_t block = 0;; ++block) {
    auto read = impl_.Get(impl_.idx, BlockKey(prefix, block));
    if (absl::IsNotFound(read.status())) break;
    if (!read.ok()) {
      values_.erase(it);
      return read.status();
    }
    if (read->empty() || read->size() % kSimhashPairBytes != 0) {
      values_.erase(it);
      return absl::DataLossError(Cat("near-duplicate index: block ", block, " of band ", band,
                                     " holds ", read->size(), " bytes, not pairs"));
    }
    value.blocks.push_back(*std::move(read));
  }
  value.stored = value.blocks.size();
  value.changed.assign(value.stored, false);
  return &value;
}

absl::StatusOr<std::vector<NodeId>> SimhashBands::Near(int band, uint64_t simhash,
                                                       NodeId self) {
  ASSIGN_OR_RETURN(const BandValue* value, Load(band, simhash));
  std::vector<NodeId> near;
  for (const std::string& block : value->blocks) {
    for (std::size_t at = 0; at < block.size(); at += kSimhashPairBytes) {
      const std::string_view pair(block.data() + at, kSimhashPairBytes);
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
    ASSIGN_OR_RETURN(BandValue * value, Load(band, simhash));
    if (value->blocks.empty() || value->blocks.back().size() >= kSimhashBlockPairs * kSimhashPairBytes) {
      value->blocks.emplace_back();
      value->changed.push_back(true);
    }
    AppendPair(&value->blocks.back(), article, simhash);
    value->changed.back() = true;
  }
  return absl::OkStatus();
}

absl::Status SimhashBands::Remove(NodeId article, uint64_t simhash) {
  for (int band = 0; band < kSimhashBands; ++band) {
    ASSIGN_OR_RETURN(BandValue * value, Load(band, simhash));
    for (std::size_t b = 0; b < value->blocks.size(); ++b) {
      std::string& block = value->blocks[b];
      std::size_t at = 0;
      while (at < block.size() && ReadU64(std::string_view(block).substr(at)) != article) {
        at += kSimhashPairBytes;
      }
      if (at == block.size()) continue;
      std::string& last = value->blocks.back();
      const std::string moved = last.substr(last.size() - kSimhashPairBytes);
      last.resize(last.size() - kSimhashPairBytes);
      if (&block != &last || at < last.size()) block.replace(at, kSimhashPairBytes, moved);
      value->changed[b] = true;
      value->changed.back() = true;
      if (last.empty()) {
        value->blocks.pop_back();
        value->changed.pop_back();
      }
      break;
    }
  }
  return absl::OkStatus();
}

void SimhashBands::Flush(rocksdb::WriteBatch& batch) {
  for (const auto& [prefix, value] : values_) {
    for (std::size_t b = 0; b < value.blocks.size(); ++b) {
      if (value.changed[b]) batch.Put(impl_.idx, BlockKey(prefix, b), value.blocks[b]);
    }
    for (std::size_t b = value.blocks.size(); b < value.stored; ++b) {
      batch.Delete(impl_.idx, BlockKey(prefix, b));
    }
  }
  values_.clear();
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
      if (block.size() / kSimhashPairBytes == kSimhashBlockPairs) {
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
          for (std::size_t at = 0; at + kSimhashPairBytes <= value.size(); at += kSimhashPairBytes) {
            pairs.emplace_back(ReadU64(value.substr(at)), ReadU64(value.substr(at + 8)));
          }
        }
        return true;
      }));
  RETURN_IF_ERROR(status);
  return finish();
}

}  // namespace claimgraph::graph
