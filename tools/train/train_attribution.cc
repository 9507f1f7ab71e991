// Trains the learned attribution tagger (ingest/attribution/learned/) on
// PolNeAR and writes the model file. See tools/train/README.md.
//
//   build/tools/train_attribution --train ../shared/corpus/polnear/train.jsonl
//       --dev ../shared/corpus/polnear/dev.jsonl -o data/models/attribution.model
//
// Sequences are the paragraphs the extractor tags (learned::ShouldTag), with
// exactly the features it computes at run time: the trainer runs the real
// extractor in rules mode with a ParagraphObserver. Gold labels come from the
// corpus spans (BIO over source, cue, content; source and cue win over a
// content extent that covers them, as in "“A,” she said, “B”").
//
// Learning: dlib's structural_sequence_labeling_trainer (order-1 structural
// SVM, --algo svm) or an averaged structured perceptron (--algo perceptron),
// both deterministic for a seed. Only the weight vector is exported.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <numeric>
#include <random>
#include <string>
#include <vector>

#include <dlib/svm_threaded.h>

#include "CLI/CLI.hpp"
#include "ingest/attribution/learned/decode.h"
#include "ingest/attribution/learned/features.h"
#include "ingest/attribution/learned/labels.h"
#include "ingest/attribution/learned/model.h"
#include "ingest/extraction.h"
#include "polnear_gold.h"

namespace cg = claimgraph::ingest;
namespace lr = claimgraph::ingest::learned;

namespace {

using claimgraph::train::GoldAttr;
using claimgraph::train::GoldSpanB;

struct Corpus {
  // One sequence per tagged paragraph: token t of sequence s owns
  // features ids[tok_begin[...]], labels in `labels`.
  std::vector<uint32_t> ids;
  std::vector<uint32_t> tok_offsets{0};  // per token, into ids
  std::vector<uint32_t> seq_offsets{0};  // per sequence, into tokens
  std::vector<uint8_t> labels;           // per token
  size_t gold_attributions = 0, gold_attributions_tagged = 0;
  int sequences() const { return static_cast<int>(seq_offsets.size()) - 1; }
};

class Collector : public lr::ParagraphObserver {
 public:
  Collector(uint32_t bits, Corpus* corpus) : bits_(bits), corpus_(corpus) {}
  uint32_t hash_bits() const override { return bits_; }
  void SetGold(const std::vector<GoldAttr>* gold) {
    gold_ = gold;
    seen_.assign(gold->size(), 0);
  }
  void OnParagraph(std::string_view, const cg::ParagraphTokens& p,
                   const lr::TokenFeatures& f) override {
    const int n = f.size();
    // Label each token: which attribution and which part.
    std::vector<int> owner(n, -1), type(n, 0);
    for (size_t a = 0; a < gold_->size(); ++a) {
      auto mark = [&](const std::vector<GoldSpanB>& spans, int ty) {
        for (const GoldSpanB& s : spans)
          for (int i = 0; i < n; ++i)
            if (p.tokens[i].start >= s.start && p.tokens[i].start < s.end &&
                (type[i] == 0 || (ty < 3 && type[i] == 3))) {
              type[i] = ty;
              owner[i] = static_cast<int>(a);
              seen_[a] = 1;
            }
      };
      mark((*gold_)[a].content, 3);
      mark((*gold_)[a].source, 1);
      mark((*gold_)[a].cue, 2);
    }
    for (int i = 0; i < n; ++i) {
      for (uint32_t id : f.of(i)) corpus_->ids.push_back(id);
      corpus_->tok_offsets.push_back(static_cast<uint32_t>(corpus_->ids.size()));
      uint8_t label = lr::kO;
      if (type[i] != 0) {
        bool begin = i == 0 || type[i - 1] != type[i] || owner[i - 1] != owner[i];
        label = static_cast<uint8_t>(type[i] * 2 - (begin ? 1 : 0));
      }
      corpus_->labels.push_back(label);
    }
    corpus_->seq_offsets.push_back(static_cast<uint32_t>(corpus_->labels.size()));
  }
  void EndDocument() {
    corpus_->gold_attributions += gold_->size();
    for (uint8_t s : seen_) corpus_->gold_attributions_tagged += s;
  }

 private:
  uint32_t bits_;
  Corpus* corpus_;
  const std::vector<GoldAttr>* gold_ = nullptr;
  std::vector<uint8_t> seen_;
};

bool LoadCorpus(const std::string& path, uint32_t bits, Corpus* corpus) {
  Collector collector(bits, corpus);
  cg::ExtractorOptions options;
  options.mode = cg::AttributionMode::kRules;
  options.observer = &collector;
  const int docs = claimgraph::train::ExtractGoldFile(
      path, options,
      [&](const cg::Document&, const std::vector<GoldAttr>& gold) { collector.SetGold(&gold); },
      [&] { collector.EndDocument(); });
  if (docs < 0) return false;
  std::cerr << path << ": " << docs << " documents, " << corpus->sequences() << " paragraphs tagged, "
            << corpus->labels.size() << " tokens, " << corpus->gold_attributions_tagged << "/"
            << corpus->gold_attributions << " gold attributions touch a tagged paragraph\n";
  return true;
}

// dlib view of the corpus: a sequence element is a token index.
struct DlibFeatures {
  typedef std::vector<uint32_t> sequence_type;
  const Corpus* corpus = nullptr;
  uint32_t table = 0;  // 2^bits
  unsigned long num_features() const {
    return table * lr::kNumLabels + (lr::kNumLabels + 1) * lr::kNumLabels;
  }
  unsigned long order() const { return 1; }
  unsigned long num_labels() const { return lr::kNumLabels; }
  template <typename EXP>
  bool reject_labeling(const sequence_type&, const dlib::matrix_exp<EXP>& y, unsigned long) const {
    int prev = y.size() > 1 ? static_cast<int>(y(1)) : -1;
    return !lr::Allowed(prev, static_cast<int>(y(0)));
  }
  template <typename feature_setter, typename EXP>
  void get_features(feature_setter& set_feature, const sequence_type& x,
                    const dlib::matrix_exp<EXP>& y, unsigned long position) const {
    const unsigned long y0 = y(0);
    const uint32_t tok = x[position];
    for (uint32_t k = corpus->tok_offsets[tok]; k < corpus->tok_offsets[tok + 1]; ++k)
      set_feature(static_cast<unsigned long>(corpus->ids[k]) * lr::kNumLabels + y0);
    const unsigned long prev = y.size() > 1 ? y(1) + 1 : 0;
    set_feature(table * lr::kNumLabels + prev * lr::kNumLabels + y0);
  }
};
void serialize(const DlibFeatures&, std::ostream&) {}
void deserialize(DlibFeatures&, std::istream&) {}

lr::TokenFeatures SequenceFeatures(const Corpus& c, int s) {
  lr::TokenFeatures f;
  uint32_t t0 = c.seq_offsets[s], t1 = c.seq_offsets[s + 1];
  uint32_t base = c.tok_offsets[t0];
  f.ids.assign(c.ids.begin() + base, c.ids.begin() + c.tok_offsets[t1]);
  for (uint32_t t = t0; t <= t1; ++t) f.offsets.push_back(c.tok_offsets[t] - base);
  return f;
}

// Token-level span F1 on content tokens, for a quick check on dev.
void Report(const char* what, const Corpus& c, const std::vector<float>& w, uint32_t table) {
  std::vector<float> score;
  std::vector<uint8_t> back, pred;
  long tp[4] = {0}, np[4] = {0}, ng[4] = {0};
  for (int s = 0; s < c.sequences(); ++s) {
    lr::TokenFeatures f = SequenceFeatures(c, s);
    lr::Viterbi(
        f, [&](uint32_t id) { return w.data() + size_t(id) * lr::kNumLabels; },
        [&](int prev) { return w.data() + size_t(table) * lr::kNumLabels + size_t(prev + 1) * lr::kNumLabels; },
        &score, &back, &pred, nullptr);
    for (size_t i = 0; i < pred.size(); ++i) {
      int g = lr::LabelType(c.labels[c.seq_offsets[s] + i]), p = lr::LabelType(pred[i]);
      if (p) ++np[p];
      if (g) ++ng[g];
      if (p && p == g) ++tp[p];
    }
  }
  std::fprintf(stderr, "%s token F1:", what);
  const char* names[4] = {"", "source", "cue", "content"};
  for (int k = 1; k < 4; ++k) {
    double P = np[k] ? double(tp[k]) / np[k] : 0, R = ng[k] ? double(tp[k]) / ng[k] : 0;
    std::fprintf(stderr, " %s %.3f", names[k], P + R > 0 ? 2 * P * R / (P + R) : 0);
  }
  std::fprintf(stderr, "\n");
}

std::vector<float> TrainPerceptron(const Corpus& c, const Corpus* dev, uint32_t table, int epochs,
                                   unsigned seed) {
  const size_t dim = size_t(table) * lr::kNumLabels + (lr::kNumLabels + 1) * lr::kNumLabels;
  std::vector<float> w(dim, 0.0f), u(dim, 0.0f);  // u: sum of step-weighted updates
  float step = 1;
  std::vector<int> order(c.sequences());
  std::iota(order.begin(), order.end(), 0);
  std::mt19937 rng(seed);
  std::vector<float> score;
  std::vector<uint8_t> back, pred;
  auto trans = [&](int prev) { return size_t(table) * lr::kNumLabels + size_t(prev + 1) * lr::kNumLabels; };
  for (int e = 0; e < epochs; ++e) {
    std::shuffle(order.begin(), order.end(), rng);
    long errors = 0;
    for (int s : order) {
      lr::TokenFeatures f = SequenceFeatures(c, s);
      lr::Viterbi(
          f, [&](uint32_t id) { return w.data() + size_t(id) * lr::kNumLabels; },
          [&](int prev) { return w.data() + trans(prev); }, &score, &back, &pred, nullptr);
      const uint8_t* gold = c.labels.data() + c.seq_offsets[s];
      bool wrong = false;
      for (size_t i = 0; i < pred.size(); ++i) wrong |= pred[i] != gold[i];
      if (wrong) {
        auto update = [&](const uint8_t* y, float d) {
          for (size_t i = 0; i < pred.size(); ++i) {
            for (uint32_t id : f.of(static_cast<int>(i))) {
              size_t k = size_t(id) * lr::kNumLabels + y[i];
              w[k] += d;
              u[k] += d * step;
            }
            size_t k = trans(i == 0 ? -1 : y[i - 1]) + y[i];
            w[k] += d;
            u[k] += d * step;
          }
        };
        std::vector<uint8_t> p(pred);
        update(gold, 1);
        update(p.data(), -1);
        ++errors;
      }
      step += 1;
    }
    std::fprintf(stderr, "epoch %d: %ld of %d paragraphs wrong\n", e + 1, errors, c.sequences());
    if (dev != nullptr) {
      std::vector<float> avg(dim);
      for (size_t k = 0; k < dim; ++k) avg[k] = w[k] - u[k] / step;
      Report("  dev", *dev, avg, table);
    }
  }
  for (size_t k = 0; k < dim; ++k) w[k] -= u[k] / step;
  return w;
}

std::vector<float> TrainSvm(const Corpus& c, uint32_t table, double C, double eps, int threads,
                            int max_iter) {
  DlibFeatures fe;
  fe.corpus = &c;
  fe.table = table;
  std::vector<std::vector<uint32_t>> x(c.sequences());
  std::vector<std::vector<unsigned long>> y(c.sequences());
  for (int s = 0; s < c.sequences(); ++s) {
    for (uint32_t t = c.seq_offsets[s]; t < c.seq_offsets[s + 1]; ++t) {
      x[s].push_back(t);
      y[s].push_back(c.labels[t]);
    }
  }
  dlib::structural_sequence_labeling_trainer<DlibFeatures> trainer(fe);
  trainer.set_c(C);
  trainer.set_epsilon(eps);
  trainer.set_num_threads(threads);
  trainer.set_max_iterations(max_iter);
  trainer.be_verbose();
  dlib::sequence_labeler<DlibFeatures> labeler = trainer.train(x, y);
  const auto& wv = labeler.get_weights();
  std::vector<float> w(wv.size());
  for (long k = 0; k < wv.size(); ++k) w[k] = static_cast<float>(wv(k));
  return w;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"Train the learned attribution tagger on PolNeAR"};
  std::string train_path, dev_path, out_path = "data/models/attribution.model", algo = "perceptron";
  uint32_t bits = 16;
  int epochs = 30, threads = 2, max_iter = 400;
  unsigned seed = 1;
  double C = 10, eps = 0.5;
  app.add_option("--train", train_path, "PolNeAR train.jsonl")->required();
  app.add_option("--dev", dev_path, "PolNeAR dev.jsonl (token F1 report)");
  app.add_option("-o,--output", out_path, "model file to write");
  app.add_option("--algo", algo, "perceptron (averaged structured perceptron, the default: best on dev) or svm (dlib structural SVM)");
  app.add_option("--bits", bits, "feature hash table: 2^bits rows");
  app.add_option("--epochs", epochs, "perceptron epochs");
  app.add_option("--seed", seed, "perceptron shuffle seed");
  app.add_option("--c", C, "SVM C");
  app.add_option("--eps", eps, "SVM epsilon (stopping tolerance)");
  app.add_option("--max-iter", max_iter, "SVM cutting-plane iterations at most");
  app.add_option("--threads", threads, "SVM threads");
  CLI11_PARSE(app, argc, argv);
  const auto t0 = std::chrono::steady_clock::now();
  Corpus train, dev;
  if (!LoadCorpus(train_path, bits, &train)) return 1;
  if (!dev_path.empty() && !LoadCorpus(dev_path, bits, &dev)) return 1;
  const auto t1 = std::chrono::steady_clock::now();
  std::fprintf(stderr, "features: %.1f s\n", std::chrono::duration<double>(t1 - t0).count());
  const uint32_t table = 1u << bits;
  std::vector<float> w;
  if (algo == "perceptron") {
    w = TrainPerceptron(train, dev_path.empty() ? nullptr : &dev, table, epochs, seed);
  } else if (algo == "svm") {
    w = TrainSvm(train, table, C, eps, threads, max_iter);
  } else {
    std::cerr << "--algo: svm or perceptron\n";
    return 2;
  }
  const auto t2 = std::chrono::steady_clock::now();
  std::fprintf(stderr, "training: %.1f s\n", std::chrono::duration<double>(t2 - t1).count());
  if (!dev_path.empty()) Report("dev", dev, w, table);
  uint64_t checksum = 0;
  if (auto st = lr::Model::Save(out_path, bits, w, &checksum); !st.ok()) {
    std::cerr << st << "\n";
    return 1;
  }
  std::printf("wrote %s: %zu weights, xxh64 %016llx, %.1f s in all\n", out_path.c_str(), w.size(),
              static_cast<unsigned long long>(checksum),
              std::chrono::duration<double>(t2 - t0).count());
  return 0;
}
