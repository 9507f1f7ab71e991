// TermHeads: the first entries of each contradiction term's index range.
#include "graph/term_heads.h"

#include <algorithm>
#include <memory>

namespace claimgraph::graph {

TermHeads::TermHeads() : family_(IndexPrefix(IndexId::kClaimTerm)) {}

TermHeads::Entry TermHeads::EntryOf(std::string_view key) {
  std::string_view suffix = key.substr(key.size() - kSuffixBytes);
  return {std::string(suffix.substr(0, kTimeKeyBytes)),
          ReadU64(suffix.substr(kTimeKeyBytes))};
}

std::vector<TermHeads::Entry>* TermHeads::FindMutable(const std::string& prefix) {
  if (auto it = young_.find(prefix); it != young_.end()) return &it->second;
  auto it = old_.find(prefix);
  if (it == old_.end()) return nullptr;
  // Still in use: back to the young generation.
  std::vector<Entry> head = std::move(it->second);
  old_.erase(it);
  return Insert(prefix, std::move(head));
}

const std::vector<TermHeads::Entry>* TermHeads::Find(const std::string& prefix) {
  return FindMutable(prefix);
}

const std::vector<TermHeads::Entry>* TermHeads::Put(const std::string& prefix,
                                                    std::vector<Entry> entries) {
  return Insert(prefix, std::move(entries));
}

std::vector<TermHeads::Entry>* TermHeads::Insert(const std::string& prefix,
                                                 std::vector<Entry> entries) {
  if (young_.size() >= kGeneration) {
    old_ = std::move(young_);
    young_.clear();
  }
  old_.erase(prefix);
  return &(young_[prefix] = std::move(entries));
}

void TermHeads::Apply(rocksdb::WriteBatchWithIndex& batch, rocksdb::ColumnFamilyHandle* cf) {
  std::unique_ptr<rocksdb::WBWIIterator> it(batch.NewIterator(cf));
  for (it->Seek(family_); it->Valid(); it->Next()) {
    rocksdb::WriteEntry entry = it->Entry();
    std::string_view key(entry.key.data(), entry.key.size());
    if (!key.starts_with(family_)) break;
    if (key.size() < family_.size() + kSuffixBytes) continue;
    std::string prefix(key.substr(0, key.size() - kSuffixBytes));
    std::vector<Entry>* head = FindMutable(prefix);
    if (head == nullptr) continue;  // read from the store when first needed
    if (entry.type != rocksdb::kPutRecord) {
      // The entry after the last one kept may now be among the first.
      young_.erase(prefix);
      old_.erase(prefix);
      continue;
    }
    Entry added = EntryOf(key);
    auto at = std::lower_bound(head->begin(), head->end(), added);
    if (at != head->end() && *at == added) continue;
    if (static_cast<std::size_t>(at - head->begin()) >= kCandidatesPerTerm) continue;
    head->insert(at, std::move(added));
    if (head->size() > kCandidatesPerTerm) head->pop_back();
  }
  if (!it->status().ok()) Clear();
}

}  // namespace claimgraph::graph
