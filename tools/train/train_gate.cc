// Trains the learned gate over the tagger's additions
// (ingest/attribution/learned/gate.h). Two steps, run by train_gate.sh
// (tools/train/README.md):
//
//   train_gate collect --model FOLD.model --gold FOLD.jsonl -o FOLD.tsv
//     runs the extractor (rules+model, the fold's tagger) over held-out gold
//     articles and writes every candidate addition (a tagger attribution no
//     rule attribution overlaps) with its gate features and its label: 1 when
//     its content matches a gold content at overlap50 (the scorer's rule).
//   train_gate fit --candidates A.tsv B.tsv ... --inner-dev INNER.jsonl -o gate.model
//     trains dlib's linear SVM with a Platt sigmoid on the candidates of
//     articles outside the inner dev, prints the curve on the inner dev
//     (threshold -> additions and their precision, against the hand
//     conditions) and writes the gate with the lowest threshold whose
//     additions reach --min-precision there.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <dlib/svm.h>

#include "CLI/CLI.hpp"
#include "ingest/attribution/learned/gate.h"
#include "ingest/extraction.h"
#include "polnear_gold.h"

namespace cg = claimgraph::ingest;
namespace lr = claimgraph::ingest::learned;
using claimgraph::train::GoldAttr;
using claimgraph::train::GoldSpanB;

namespace {

bool Space(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

// Non-whitespace bytes of `text` in [s, e) ∩ each of `spans`.
size_t Shared(std::string_view text, uint32_t s, uint32_t e, const std::vector<GoldSpanB>& spans) {
  size_t n = 0;
  for (const GoldSpanB& g : spans)
    for (uint32_t i = std::max(s, g.start); i < std::min(e, g.end) && i < text.size(); ++i)
      n += !Space(text[i]);
  return n;
}

std::string LastWord(std::string_view s) {
  std::string w;
  size_t end = s.size();
  while (end > 0 && !std::isalnum(static_cast<unsigned char>(s[end - 1]))) --end;
  if (end >= 2 && s[end - 2] == '\'' && (s[end - 1] == 's' || s[end - 1] == 'S')) end -= 2;
  size_t b = end;
  while (b > 0 && !Space(s[b - 1])) --b;
  for (char c : s.substr(b, end - b))
    if (std::isalnum(static_cast<unsigned char>(c)))
      w.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  return w;
}

std::string Clean(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  return out;
}

class Collector : public lr::AdditionObserver {
 public:
  explicit Collector(std::ostream* out) : out_(out) {}
  void SetDocument(const cg::Document* doc, const std::vector<GoldAttr>* gold) {
    doc_ = doc;
    gold_ = gold;
  }
  void OnAddition(std::string_view text, const cg::Attribution& a, const lr::AdditionChecks& k,
                  std::span<const lr::GateFeature> features) override {
    // The best gold content at overlap50 (Dice), as the scorer matches.
    const uint32_t s = a.content.start, e = a.content.end;
    const size_t np = Shared(text, s, e, {{s, e}});
    int best = -1;
    double best_dice = 0;
    for (size_t g = 0; g < gold_->size(); ++g) {
      const auto& gc = (*gold_)[g].content;
      size_t ng = 0;
      for (const GoldSpanB& f : gc) ng += Shared(text, f.start, f.end, {f});
      const size_t inter = Shared(text, s, e, gc);
      if (inter == 0 || inter * 2 < std::max(np, ng)) continue;
      const double dice = 2.0 * inter / double(np + ng);
      if (dice > best_dice) best_dice = dice, best = static_cast<int>(g);
    }
    bool source_ok = false;
    if (best >= 0) {
      const auto& gs = (*gold_)[best].source;
      if (!a.source) {
        source_ok = gs.empty();
      } else if (!gs.empty()) {
        source_ok = Shared(text, a.source->start, a.source->end, gs) > 0 ||
                    LastWord(a.source->in(text)) ==
                        LastWord(text.substr(gs.back().start, gs.back().end - gs.back().start));
      }
    }
    *out_ << doc_->doc_id << '\t' << (best >= 0) << '\t' << source_ok << '\t' << best << '\t'
          << k.Pass(true, 4) << '\t' << k.Pass(false, 4) << '\t' << a.confidence << '\t'
          << k.GateMayAdd() << '\t'
          << Clean(a.cue ? a.cue->in(text) : "") << '\t'
          << Clean(a.source ? a.source->in(text) : "") << '\t' << Clean(a.content.in(text)) << '\t';
    for (const lr::GateFeature& f : features) *out_ << f.id << ':' << f.value << ' ';
    *out_ << '\n';
  }

 private:
  std::ostream* out_;
  const cg::Document* doc_ = nullptr;
  const std::vector<GoldAttr>* gold_ = nullptr;
};

int Collect(const std::string& model, const std::string& gold_path, const std::string& out_path) {
  std::ofstream out(out_path);
  if (!out) {
    std::cerr << "cannot write " << out_path << "\n";
    return 1;
  }
  Collector collector(&out);
  cg::ExtractorOptions options;
  options.mode = cg::AttributionMode::kRulesThenModel;
  options.model_path = model;
  options.addition_observer = &collector;
  options.model_gate = false;  // the candidates are seen before any decision
  const int docs = claimgraph::train::ExtractGoldFile(
      gold_path, options, [&](const cg::Document& doc, const std::vector<GoldAttr>& gold) {
        collector.SetDocument(&doc, &gold);
      });
  if (docs < 0) return 1;
  std::cerr << gold_path << ": " << docs << " documents\n";
  return 0;
}

using Sample = std::vector<std::pair<unsigned long, double>>;

struct Candidate {
  std::string doc;
  bool label = false, strict = false, wide = false;
  bool content_ok = false;  // content matches at overlap50 (source not looked at)
  bool source_ok = false;   // and the source too
  Sample x;
};

// `with_source`: a candidate is right when its content and its source match.
bool ReadCandidates(const std::string& path, bool with_source, std::vector<Candidate>* out) {
  std::ifstream in(path);
  if (!in) return false;
  std::string line;
  while (std::getline(in, line)) {
    std::vector<std::string> cols;
    std::stringstream ss(line);
    std::string col;
    while (std::getline(ss, col, '\t')) cols.push_back(col);
    if (cols.size() < 12) continue;
    Candidate c;
    c.doc = cols[0];
    c.content_ok = cols[1] == "1";
    c.source_ok = cols[2] == "1";
    c.label = c.content_ok && (!with_source || c.source_ok);
    c.strict = cols[4] == "1";
    c.wide = cols[5] == "1";
    // The extractor asks the gate only about these (gate.h).
    if (cols[7] != "1") continue;
    std::stringstream fs(cols[11]);
    std::string f;
    while (fs >> f) {
      size_t colon = f.find(':');
      c.x.emplace_back(std::stoul(f.substr(0, colon)), std::stod(f.substr(colon + 1)));
    }
    // dlib's sparse vectors: sorted, one entry per index (the gate sums).
    std::sort(c.x.begin(), c.x.end());
    Sample merged;
    for (const auto& [i, v] : c.x) {
      if (!merged.empty() && merged.back().first == i) merged.back().second += v;
      else merged.emplace_back(i, v);
    }
    c.x = std::move(merged);
    out->push_back(std::move(c));
  }
  return true;
}

int Fit(const std::vector<std::string>& files, const std::string& inner_path, double C,
        bool with_source, double min_precision, const std::string& out_path) {
  std::set<std::string> inner;
  {
    std::ifstream in(inner_path);
    std::string line;
    cg::Document doc;
    std::vector<GoldAttr> gold;
    while (std::getline(in, line))
      if (!line.empty() && claimgraph::train::ParseGoldLine(line, &doc, &gold)) inner.insert(doc.doc_id);
  }
  std::vector<Candidate> all;
  for (const std::string& f : files)
    if (!ReadCandidates(f, with_source, &all)) {
      std::cerr << "cannot read " << f << "\n";
      return 1;
    }
  std::vector<Sample> x;
  std::vector<double> y;
  std::vector<const Candidate*> dev;
  for (const Candidate& c : all) {
    if (inner.count(c.doc)) {
      dev.push_back(&c);
    } else {
      x.push_back(c.x);
      y.push_back(c.label ? 1 : -1);
    }
  }
  const long pos = std::count(y.begin(), y.end(), 1.0);
  std::fprintf(stderr, "gate train: %zu candidates (%ld positive); inner dev: %zu (%zu documents)\n",
               x.size(), pos, dev.size(), inner.size());
  using Kernel = dlib::sparse_linear_kernel<Sample>;
  dlib::svm_c_linear_trainer<Kernel> trainer;
  trainer.set_c(C);
  const auto prob = dlib::train_probabilistic_decision_function(trainer, x, y, 5);
  const auto& df = prob.decision_funct;
  std::vector<float> w(size_t{1} << lr::kGateHashBits, 0.0f);
  for (const auto& [i, v] : df.basis_vectors(0)) w[i] = static_cast<float>(v);
  // p = 1 / (1 + exp(alpha (w.x - b) + beta)).
  const float a = static_cast<float>(prob.alpha);
  const float b = static_cast<float>(prob.beta - prob.alpha * df.b);
  auto p_of = [&](const Candidate& c) {
    double s = 0;
    for (const auto& [i, v] : c.x) s += w[i] * v;
    return 1.0 / (1.0 + std::exp(a * s + b));
  };
  // Per inner dev candidate: probability, content right, content and source right.
  struct Scored {
    double p;
    bool content, both;
  };
  std::vector<Scored> scored;
  long dev_content = 0, strict_n = 0, strict_ok = 0, wide_n = 0, wide_ok = 0;
  for (const Candidate* c : dev) {
    scored.push_back({p_of(*c), c->content_ok, c->content_ok && c->source_ok});
    dev_content += c->content_ok;
    strict_n += c->strict, strict_ok += c->strict && c->content_ok;
    wide_n += c->wide, wide_ok += c->wide && c->content_ok;
  }
  // Additions at threshold t: how many, how many with the right content,
  // with the right content and source.
  struct At {
    long n = 0, content = 0, both = 0;
    double P() const { return n ? double(content) / n : 0; }
  };
  auto at = [&](double t) {
    At r;
    for (const Scored& s : scored)
      if (s.p >= t) ++r.n, r.content += s.content, r.both += s.both;
    return r;
  };
  std::printf("inner dev candidates %zu, matching a gold content %ld\n", dev.size(), dev_content);
  std::printf("hand conditions, verbs of saying (extract-0.11 default): %ld added, %ld right (P %.3f)\n",
              strict_n, strict_ok, strict_n ? double(strict_ok) / strict_n : 0.0);
  std::printf("hand conditions, every cue class (--model-lexicon-cues 0): %ld added, %ld right (P %.3f)\n",
              wide_n, wide_ok, wide_n ? double(wide_ok) / wide_n : 0.0);
  std::printf("threshold  added  content right  P      content+source right  P\n");
  for (int i = 1; i < 20; ++i) {
    At r = at(i * 0.05);
    std::printf("%9.2f %6ld %14ld %6.3f %21ld %6.3f\n", i * 0.05, r.n, r.content, r.P(), r.both,
                r.n ? double(r.both) / r.n : 0.0);
  }
  // The lowest threshold whose additions' content precision reaches
  // min_precision (at least 10 additions).
  double chosen = -1;
  for (int i = 1; i < 100 && chosen < 0; ++i) {
    At r = at(i * 0.01);
    if (r.n >= 10 && r.P() >= min_precision) chosen = i * 0.01;
  }
  // At the hand conditions' own precision: how many right additions.
  const double hand_p = strict_n ? double(strict_ok) / strict_n : 1;
  for (int i = 1; i < 100; ++i) {
    At r = at(i * 0.01);
    if (r.n >= 10 && r.P() >= hand_p) {
      std::printf("at the hand conditions' precision (%.3f): threshold %.2f, %ld added, %ld right\n",
                  hand_p, i * 0.01, r.n, r.content);
      break;
    }
  }
  if (chosen < 0) {
    std::fprintf(stderr, "no threshold reaches precision %.2f on the inner dev\n", min_precision);
    return 1;
  }
  At r = at(chosen);
  std::printf("chosen threshold %.2f: %ld added, %ld right (P %.3f), %ld with the right source\n",
              chosen, r.n, r.content, r.P(), r.both);
  uint64_t checksum = 0;
  if (auto st = lr::Gate::Save(out_path, w, a, b, static_cast<float>(chosen), &checksum); !st.ok()) {
    std::cerr << st << "\n";
    return 1;
  }
  std::printf("wrote %s: xxh64 %016llx\n", out_path.c_str(), static_cast<unsigned long long>(checksum));
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"Train the learned gate over the attribution tagger's additions"};
  app.require_subcommand(1);
  std::string model, gold, out, inner;
  std::vector<std::string> files;
  double C = 1, min_precision = 0.80;
  bool with_source = false;
  auto* collect = app.add_subcommand("collect", "Write the candidate additions of held-out articles");
  collect->add_option("--model", model, "the fold's tagger model")->required();
  collect->add_option("--gold", gold, "held-out PolNeAR articles (gold.jsonl format)")->required();
  collect->add_option("-o,--output", out, "candidates file (TSV)")->required();
  auto* fit = app.add_subcommand("fit", "Train the gate and choose its threshold on the inner dev");
  fit->add_option("--candidates", files, "candidates files of every fold")->required();
  fit->add_option("--inner-dev", inner, "the inner dev articles (held out of gate training)")->required();
  fit->add_option("--c", C, "SVM C");
  fit->add_option("--min-precision", min_precision, "precision the additions must reach");
  fit->add_flag("--with-source", with_source,
                "a candidate is right when its source matches too (else its content alone)");
  fit->add_option("-o,--output", out, "gate file to write")->required();
  CLI11_PARSE(app, argc, argv);
  if (collect->parsed()) return Collect(model, gold, out);
  return Fit(files, inner, C, with_source, min_precision, out);
}
