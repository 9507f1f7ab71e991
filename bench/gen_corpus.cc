// gen_corpus: realistic synthetic news articles as JSONL, for scale tests.
//
//   gen_corpus --articles N [--seed S] [--speakers K] [--zipf 1.1] [-o FILE]
//              [--templates corpus.jsonl]
//
// Sentence shapes are real: the template corpus (default the Wikinews corpus) is
// run through the extractor once, and every paragraph holding an attribution by
// a named person becomes a template with slots where the speaker's mention, the
// entity mentions and the numbers were; paragraphs without attributions become
// filler. Speakers (first and last names recombined from the corpus's named
// speakers) and entities (the corpus's entities) are drawn Zipf-distributed, so a
// few speakers say a lot and most say little, as in news. Each article names 1-4
// speakers (in full at first, by surname after), has 5-14 paragraphs (70%
// attributed), a date in 2015-2024 and an outlet. Deterministic for a seed.
// About 9 claims per article come out of the extractor, ~2.6 KB per article.
#include <CLI/CLI.hpp>

#include <algorithm>
#include <cstdio>
#include <iostream>
#include <map>
#include <random>
#include <set>

#include "bench_util.h"
#include "common/json_text.h"
#include "common/strings.h"
#include "ingest/extraction.h"

namespace claimgraph::bench {
namespace {

// A piece of a template: literal text, or a slot.
struct Piece {
  enum Kind { kText, kSpeaker, kEntity, kNumber } kind = kText;
  std::string text;
  int index = 0;  // speaker slot within the paragraph
};
using Template = std::vector<Piece>;

class Zipf {
 public:
  Zipf(size_t n, double s) : cdf_(n) {
    double total = 0;
    for (size_t k = 0; k < n; ++k) cdf_[k] = total += 1.0 / std::pow(k + 1.0, s);
    for (double& c : cdf_) c /= total;
  }
  size_t operator()(std::mt19937_64& rng) const {
    double u = std::uniform_real_distribution<double>(0, 1)(rng);
    return std::min<size_t>(std::lower_bound(cdf_.begin(), cdf_.end(), u) - cdf_.begin(),
                            cdf_.size() - 1);
  }

 private:
  std::vector<double> cdf_;
};

bool IsUpperAscii(char c) { return c >= 'A' && c <= 'Z'; }

struct Replacement {
  ingest::Span span;
  Piece piece;
};

// Builds templates from one document's paragraphs.
void Harvest(const ingest::Document& doc, const ingest::Extraction& e,
             std::vector<Template>* attributed, std::vector<std::string>* filler,
             std::set<std::string>* firsts, std::set<std::string>* lasts,
             std::set<std::string>* entities) {
  const std::string& text = doc.text;
  for (const auto& entity : e.entities) {
    if (entity.type != "person" && entity.name.size() > 2) entities->insert(entity.name);
  }
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    std::string_view para(text.data() + start, end - start);
    if (para.size() >= 40 && para.size() <= 700) {
      std::vector<Replacement> reps;
      std::map<std::string, int> speaker_slots;
      bool named = false;
      for (const auto& a : e.attributions) {
        if (a.content.start < start || a.content.start >= end) continue;
        if (a.source && a.source->start >= start && a.source->end <= end &&
            a.source_type == ingest::SourceType::kPerson && !a.speaker.empty()) {
          std::string_view mention = a.source->in(text);
          if (mention.empty() || !IsUpperAscii(mention[0])) continue;
          auto [it, fresh] =
              speaker_slots.emplace(a.speaker, static_cast<int>(speaker_slots.size()));
          reps.push_back({*a.source, {Piece::kSpeaker, "", it->second}});
          named = true;
          auto space = a.speaker.find(' ');
          if (space != std::string::npos && a.speaker.find(' ', space + 1) == std::string::npos) {
            firsts->insert(a.speaker.substr(0, space));
            lasts->insert(a.speaker.substr(space + 1));
          }
        }
      }
      bool has_attribution = std::any_of(e.attributions.begin(), e.attributions.end(),
                                         [&](const auto& a) {
                                           return a.content.start >= start &&
                                                  a.content.start < end;
                                         });
      if (named) {
        for (const auto& entity : e.entities) {
          if (entity.type == "person") continue;
          for (const auto& m : entity.mentions) {
            if (m.start >= start && m.end <= end) {
              reps.push_back({m, {Piece::kEntity, "", 0}});
            }
          }
        }
        for (size_t i = start; i < end;) {
          if (text[i] >= '0' && text[i] <= '9') {
            size_t j = i;
            while (j < end && text[j] >= '0' && text[j] <= '9') ++j;
            reps.push_back({{static_cast<uint32_t>(i), static_cast<uint32_t>(j)},
                            {Piece::kNumber, "", 0}});
            i = j;
          } else {
            ++i;
          }
        }
        std::sort(reps.begin(), reps.end(), [](const auto& a, const auto& b) {
          return a.span.start < b.span.start;
        });
        Template t;
        uint32_t at = static_cast<uint32_t>(start);
        for (const auto& r : reps) {
          if (r.span.start < at) continue;  // overlaps the previous slot
          t.push_back({Piece::kText, text.substr(at, r.span.start - at), 0});
          t.push_back(r.piece);
          at = r.span.end;
        }
        t.push_back({Piece::kText, text.substr(at, end - at), 0});
        attributed->push_back(std::move(t));
      } else if (!has_attribution && para.back() == '.') {
        filler->emplace_back(para);
      }
    }
    start = end + 1;
  }
}

}  // namespace

int Main(int argc, char** argv) {
  CLI::App app{"Synthetic news articles (JSONL) from real sentence shapes"};
  long articles = 1000;
  uint64_t seed = 1;
  int speaker_count = 20000;
  double zipf_s = 1.1;
  std::string output = "-";
  std::string templates_path = DefaultCorpus();
  app.add_option("--articles", articles, "Articles to write (~9 claims each)");
  app.add_option("--seed", seed, "Random seed");
  app.add_option("--speakers", speaker_count, "Distinct speakers to draw from");
  app.add_option("--zipf", zipf_s, "Zipf exponent of speakers and entities");
  app.add_option("--templates", templates_path, "JSONL corpus giving sentence shapes");
  app.add_option("-o,--output", output, "Output file, - for stdout");
  CLI11_PARSE(app, argc, argv);

  auto extractor = ingest::Extractor::Create();
  if (!extractor.ok()) return 1;
  std::vector<Template> attributed;
  std::vector<std::string> filler;
  std::set<std::string> firsts, lasts, entity_set;
  auto status = ingest::ReadDocuments(
      templates_path, ingest::InputFormat::kJsonl, [&](auto doc) {
        if (!doc.ok()) return;
        auto e = (*extractor)->Extract(*doc);
        if (e.ok()) Harvest(*doc, *e, &attributed, &filler, &firsts, &lasts, &entity_set);
      });
  if (!status.ok() || attributed.empty() || firsts.empty()) {
    std::cerr << "gen_corpus: no templates from " << templates_path << "\n";
    return 1;
  }
  std::mt19937_64 rng(seed);
  // Speakers: distinct first x last combinations in a seeded random order.
  std::vector<std::string> first(firsts.begin(), firsts.end());
  std::vector<std::string> last(lasts.begin(), lasts.end());
  std::vector<std::pair<std::string, std::string>> speakers;
  {
    std::set<std::pair<size_t, size_t>> used;
    size_t possible = first.size() * last.size();
    while (speakers.size() < static_cast<size_t>(speaker_count) &&
           used.size() < possible) {
      size_t f = rng() % first.size(), l = rng() % last.size();
      if (used.insert({f, l}).second) speakers.push_back({first[f], last[l]});
    }
  }
  std::vector<std::string> entities(entity_set.begin(), entity_set.end());
  std::shuffle(entities.begin(), entities.end(), rng);
  Zipf speaker_zipf(speakers.size(), zipf_s), entity_zipf(entities.size(), zipf_s);
  const char* outlets[] = {"Wire One", "The Daily Ledger", "Metro Courier",
                           "Evening Post", "Global Report", "Harbour Times"};

  std::FILE* out = output == "-" ? stdout : std::fopen(output.c_str(), "wb");
  if (!out) {
    std::cerr << "gen_corpus: cannot write " << output << "\n";
    return 1;
  }
  std::string line, body;
  uint64_t bytes = 0;
  for (long n = 0; n < articles; ++n) {
    int k = 1 + static_cast<int>(rng() % 4);
    std::vector<size_t> cast;
    for (int i = 0; i < k; ++i) cast.push_back(speaker_zipf(rng));
    std::vector<bool> mentioned(k, false);
    body.clear();
    int paragraphs = 5 + static_cast<int>(rng() % 10);
    for (int p = 0; p < paragraphs; ++p) {
      if (!body.empty()) body += "\n\n";
      if (rng() % 10 >= 7) {
        body += filler[rng() % filler.size()];
        continue;
      }
      const Template& t = attributed[rng() % attributed.size()];
      int offset = static_cast<int>(rng() % k);
      for (const Piece& piece : t) {
        switch (piece.kind) {
          case Piece::kText: body += piece.text; break;
          case Piece::kSpeaker: {
            int who = (piece.index + offset) % k;
            const auto& name = speakers[cast[who]];
            if (mentioned[who] && rng() % 2) {
              body += name.second;
            } else {
              CatTo(&body, name.first, " ", name.second);
            }
            mentioned[who] = true;
            break;
          }
          case Piece::kEntity: body += entities[entity_zipf(rng)]; break;
          case Piece::kNumber: CatTo(&body, 1 + rng() % 999); break;
        }
      }
    }
    int year = 2015 + static_cast<int>(rng() % 10);
    int month = 1 + static_cast<int>(rng() % 12), day = 1 + static_cast<int>(rng() % 28);
    char date[16];
    std::snprintf(date, sizeof date, "%04d-%02d-%02d", year, month, day);
    char id[32];
    std::snprintf(id, sizeof id, "gen-%08ld", n);
    line = "{\"id\":\"";
    line += id;
    CatTo(&line, "\",\"date\":\"", date, "\",\"outlet\":");
    AppendJsonString(&line, outlets[rng() % std::size(outlets)]);
    line += ",\"text\":";
    AppendJsonString(&line, body);
    line += "}\n";
    std::fwrite(line.data(), 1, line.size(), out);
    bytes += line.size();
  }
  if (out != stdout) std::fclose(out);
  std::fprintf(stderr,
               "gen_corpus: %ld articles, %.1f MB; %zu attributed templates, %zu "
               "filler paragraphs, %zu speakers, %zu entities\n",
               articles, bytes / 1e6, attributed.size(), filler.size(),
               speakers.size(), entities.size());
  return 0;
}

}  // namespace claimgraph::bench

int main(int argc, char** argv) { return claimgraph::bench::Main(argc, argv); }
