// TermHeads: the first entries of each contradiction term's index range.
#include "graph/term_heads.h"

#include <algorithm>
#include <functional>
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

namespace {

// The records of one column family of a written batch, in batch order.
class FamilyRecords : public rocksdb::WriteBatch::Handler {
 public:
  FamilyRecords(uint32_t cf,
                std::function<void(std::string_view key, bool put)> each)
      : cf_(cf), each_(std::move(each)) {}
  rocksdb::Status PutCF(uint32_t cf, const rocksdb::Slice& key,
                        const rocksdb::Slice&) override {
    return Visit(cf, key, true);
  }
  rocksdb::Status DeleteCF(uint32_t cf, const rocksdb::Slice& key) override {
    return Visit(cf, key, false);
  }
  rocksdb::Status SingleDeleteCF(uint32_t cf, const rocksdb::Slice& key) override {
    return Visit(cf, key, false);
  }

 private:
  rocksdb::Status Visit(uint32_t cf, const rocksdb::Slice& key, bool put) {
    if (cf == cf_) each_(std::string_view(key.data(), key.size()), put);
    return rocksdb::Status::OK();
  }
  uint32_t cf_;
  std::function<void(std::string_view, bool)> each_;
};

}  // namespace

void TermHeads::Apply(const rocksdb::WriteBatch& written, uint32_t cf) {
  FamilyRecords records(cf, [this](std::string_view key, bool put) {
    if (!key.starts_with(family_)) return;
    if (key.size() < family_.size() + kSuffixBytes) return;
    std::string prefix(key.substr(0, key.size() - kSuffixBytes));
    std::vector<Entry>* head = FindMutable(prefix);
    if (head == nullptr) return;  // read from the store when first needed
    if (!put) {
      // The entry after the last one kept may now be among the first.
      young_.erase(prefix);
      old_.erase(prefix);
      return;
    }
    Entry added = EntryOf(key);
    auto at = std::lower_bound(head->begin(), head->end(), added);
    if (at != head->end() && *at == added) return;
    if (static_cast<std::size_t>(at - head->begin()) >= kCandidatesPerTerm) return;
    head->insert(at, std::move(added));
    if (head->size() > kCandidatesPerTerm) head->pop_back();
  });
  if (!written.Iterate(&records).ok()) Clear();
}

}  // namespace claimgraph::graph
