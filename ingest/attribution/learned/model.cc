#include "ingest/attribution/learned/model.h"

#include <cmath>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <map>
#include <mutex>
#include <sstream>

#include "common/strings.h"
#include "ingest/attribution/learned/features.h"
#include "ingest/attribution/learned/labels.h"
#include "xxhash.h"

#ifndef CLAIMGRAPH_DEFAULT_MODEL
#define CLAIMGRAPH_DEFAULT_MODEL "data/models/attribution.model"
#endif

namespace claimgraph::ingest::learned {
namespace {

constexpr char kMagic[8] = {'C', 'G', 'A', 'T', 'T', 'R', 'M', '\0'};

template <typename T>
void Put(std::string* out, T v) {
  out->append(reinterpret_cast<const char*>(&v), sizeof(T));
}

class Reader {
 public:
  explicit Reader(std::string_view data) : data_(data) {}
  template <typename T>
  bool Get(T* v) {
    if (pos_ + sizeof(T) > data_.size()) return false;
    std::memcpy(v, data_.data() + pos_, sizeof(T));
    pos_ += sizeof(T);
    return true;
  }
  bool Bytes(size_t n, std::string_view* out) {
    if (pos_ + n > data_.size()) return false;
    *out = data_.substr(pos_, n);
    pos_ += n;
    return true;
  }
  size_t pos() const { return pos_; }

 private:
  std::string_view data_;
  size_t pos_ = 0;
};

}  // namespace

std::string Model::DefaultPath() {
  if (const char* env = std::getenv("CLAIMGRAPH_MODEL"); env != nullptr && *env != '\0') return env;
  return CLAIMGRAPH_DEFAULT_MODEL;
}

absl::Status Model::Save(const std::string& path, uint32_t hash_bits,
                         const std::vector<float>& weights, uint64_t* checksum) {
  std::string out(kMagic, sizeof(kMagic));
  Put<uint32_t>(&out, kModelFormatVersion);
  Put<uint32_t>(&out, kFeatureVersion);
  Put<uint32_t>(&out, hash_bits);
  Put<uint32_t>(&out, kNumLabels);
  for (std::string_view name : kLabelNames) {
    Put<uint8_t>(&out, static_cast<uint8_t>(name.size()));
    out.append(name);
  }
  Put<uint64_t>(&out, weights.size());
  out.append(reinterpret_cast<const char*>(weights.data()), weights.size() * sizeof(float));
  uint64_t sum = XXH64(out.data(), out.size(), 0);
  Put<uint64_t>(&out, sum);
  std::ofstream f(path, std::ios::binary | std::ios::trunc);
  f.write(out.data(), static_cast<std::streamsize>(out.size()));
  f.close();
  if (!f) return absl::InternalError(Cat("cannot write model file ", path));
  if (checksum != nullptr) *checksum = sum;
  return absl::OkStatus();
}

absl::StatusOr<std::shared_ptr<const Model>> Model::Load(const std::string& path) {
  std::ifstream f(path, std::ios::binary);
  if (!f) {
    return absl::NotFoundError(Cat("attribution model ", path,
                                   ": cannot open (set CLAIMGRAPH_MODEL or "
                                   "ExtractorOptions::model_path to the model file; "
                                   "tools/train/README.md says how to train one)"));
  }
  std::stringstream buffer;
  buffer << f.rdbuf();
  const std::string data = buffer.str();
  auto bad = [&](std::string_view what) {
    return absl::FailedPreconditionError(Cat("attribution model ", path, ": ", what));
  };
  if (data.size() < sizeof(kMagic) + 8 || std::memcmp(data.data(), kMagic, sizeof(kMagic)) != 0)
    return bad("not a claimgraph attribution model (bad magic)");
  if (data.size() < sizeof(kMagic) + 8 + 16) return bad("truncated");
  Reader r(std::string_view(data).substr(sizeof(kMagic)));
  uint32_t format = 0, features = 0, bits = 0, labels = 0;
  r.Get(&format);
  if (format != kModelFormatVersion)
    return bad(Cat("format version ", format, ", this build reads ", kModelFormatVersion));
  r.Get(&features);
  if (features != kFeatureVersion)
    return bad(Cat("trained on feature version ", features, ", this build computes ",
                   kFeatureVersion, ": retrain"));
  r.Get(&bits);
  if (bits < 8 || bits > 24) return bad(Cat("hash bits ", bits, " out of range"));
  if (!r.Get(&labels) || labels != kNumLabels)
    return bad(Cat("has ", labels, " labels, this build uses ", int{kNumLabels}));
  for (std::string_view name : kLabelNames) {
    uint8_t len = 0;
    std::string_view got;
    if (!r.Get(&len) || !r.Bytes(len, &got)) return bad("truncated");
    if (got != name) return bad(Cat("label '", got, "' where '", name, "' was expected"));
  }
  uint64_t count = 0;
  if (!r.Get(&count)) return bad("truncated");
  const uint64_t expected = (uint64_t{1} << bits) * kNumLabels + (kNumLabels + 1) * kNumLabels;
  if (count != expected) return bad(Cat(count, " weights, expected ", expected));
  const size_t weights_at = sizeof(kMagic) + r.pos();
  const size_t total = weights_at + count * sizeof(float) + sizeof(uint64_t);
  if (data.size() < total) return bad(Cat("truncated: ", data.size(), " bytes, expected ", total));
  if (data.size() > total) return bad(Cat("trailing bytes: ", data.size(), ", expected ", total));
  uint64_t stored = 0;
  std::memcpy(&stored, data.data() + total - sizeof(uint64_t), sizeof(uint64_t));
  const uint64_t computed = XXH64(data.data(), total - sizeof(uint64_t), 0);
  if (stored != computed) return bad("checksum mismatch (file corrupted)");
  auto model = std::make_shared<Model>();
  model->hash_bits_ = bits;
  model->checksum_ = stored;
  const size_t rows = (size_t{1} << bits) + kNumLabels + 1;
  model->rows_.assign(rows, Model::Row{});
  const char* w = data.data() + weights_at;
  for (size_t r = 0; r < rows; ++r)
    std::memcpy(model->rows_[r].w, w + r * kNumLabels * sizeof(float), kNumLabels * sizeof(float));
  double sq = 0;
  size_t nonzero = 0;
  for (const Model::Row& row : model->rows_) {
    for (int y = 0; y < kNumLabels; ++y) {
      float x = row.w[y];
      if (!std::isfinite(x)) return bad("non-finite weight");
      if (x != 0) sq += double(x) * x, ++nonzero;
    }
  }
  if (nonzero > 0) model->margin_scale_ = static_cast<float>(5 * std::sqrt(sq / nonzero));
  return std::shared_ptr<const Model>(std::move(model));
}

absl::StatusOr<std::shared_ptr<const Model>> Model::LoadShared(const std::string& path) {
  static std::mutex mu;
  static std::map<std::string, std::weak_ptr<const Model>>* cache =
      new std::map<std::string, std::weak_ptr<const Model>>();
  std::lock_guard<std::mutex> lock(mu);
  if (auto it = cache->find(path); it != cache->end()) {
    if (auto model = it->second.lock()) return model;
  }
  auto model = Load(path);
  if (!model.ok()) return model.status();
  (*cache)[path] = *model;
  return *model;
}

}  // namespace claimgraph::ingest::learned
