#include "eval/eval.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>

#include "claimgraph/v1/corpus.pb.h"
#include "common/strings.h"
#include "google/protobuf/util/json_util.h"
#include "ingest/attribution/cue_class.h"
#include "ingest/document.h"
#include "ingest/extraction.h"

namespace claimgraph::ingest {
namespace {

namespace fs = std::filesystem;

// One side of a comparison: spans as byte ranges plus what the report prints.
struct Item {
  std::string kind;
  std::string cue_class;
  std::optional<Span> source;
  std::string source_text;
  std::string speaker;
  std::string cue;
  Span content;
};

bool IsSpace(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Non-space characters (code points) of text[a, b).
int NonSpaceChars(std::string_view text, uint32_t a, uint32_t b) {
  int n = 0;
  b = std::min<uint32_t>(b, text.size());
  for (uint32_t i = a; i < b; ++i) {
    unsigned char c = text[i];
    if ((c & 0xC0) == 0x80 || IsSpace(c)) continue;
    if (c == 0xC2 && i + 1 < b && static_cast<unsigned char>(text[i + 1]) == 0xA0) continue;
    ++n;
  }
  return n;
}

bool ContentOverlaps(std::string_view text, Span g, Span p) {
  uint32_t a = std::max(g.start, p.start), b = std::min(g.end, p.end);
  if (a >= b) return false;
  int shared = NonSpaceChars(text, a, b);
  int longer = std::max(NonSpaceChars(text, g.start, g.end), NonSpaceChars(text, p.start, p.end));
  return longer > 0 && 2 * shared >= longer;
}

// Strips space, quotation marks and punctuation from both ends.
Span TrimEdges(std::string_view text, Span s) {
  auto edge_len_front = [&](uint32_t i) -> uint32_t {
    unsigned char c = text[i];
    if (IsSpace(c)) return 1;
    if (c < 0x80) return std::string_view(".,;:!?\"'()[]-").find(c) != std::string_view::npos ? 1 : 0;
    if (c == 0xE2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80) {
      unsigned char d = text[i + 2];
      if ((d >= 0x98 && d <= 0x9F) || d == 0x93 || d == 0x94 || d == 0xA6) return 3;
    }
    if (c == 0xC2 && i + 1 < text.size()) {
      unsigned char d = text[i + 1];
      if (d == 0xAB || d == 0xBB || d == 0xA0) return 2;
    }
    return 0;
  };
  uint32_t a = s.start, b = s.end;
  while (a < b) {
    uint32_t l = edge_len_front(a);
    if (l == 0 || a + l > b) break;
    a += l;
  }
  while (a < b) {
    // Find the start of the last code point.
    uint32_t p = b - 1;
    while (p > a && (static_cast<unsigned char>(text[p]) & 0xC0) == 0x80) --p;
    uint32_t l = edge_len_front(p);
    if (l == 0 || p + l != b) break;
    b = p;
  }
  return {a, b};
}

bool ContentExact(std::string_view text, Span g, Span p) {
  return TrimEdges(text, g) == TrimEdges(text, p);
}

std::string LastWord(std::string_view s) {
  while (!s.empty() && (IsSpace(s.back()) || s.back() == ',' || s.back() == '.' || s.back() == ')'))
    s.remove_suffix(1);
  size_t p = s.find_last_of(" \n\t");
  std::string_view w = p == std::string_view::npos ? s : s.substr(p + 1);
  if (w.ends_with("'s")) w.remove_suffix(2);
  else if (w.ends_with("\xE2\x80\x99s")) w.remove_suffix(4);
  else if (w.ends_with("'") ) w.remove_suffix(1);
  std::string out(w);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c += 32;
  return out;
}

bool SourceMatches(const Item& g, const Item& p) {
  if (!g.source && !p.source) return true;
  if (!g.source || !p.source) return false;
  if (std::max(g.source->start, p.source->start) < std::min(g.source->end, p.source->end))
    return true;
  return LastWord(g.source_text) == LastWord(p.source_text);
}

bool SpeakerMatches(const std::string& gold, const std::string& predicted) {
  if (gold.empty() || predicted.empty()) return gold.empty() && predicted.empty();
  return LastWord(gold) == LastWord(predicted);
}

enum class Criterion { kOverlap, kExact, kOverlapSource, kExactSource };

bool Matches(std::string_view text, const Item& g, const Item& p, Criterion c) {
  switch (c) {
    case Criterion::kOverlap: return ContentOverlaps(text, g.content, p.content);
    case Criterion::kExact: return ContentExact(text, g.content, p.content);
    case Criterion::kOverlapSource:
      return ContentOverlaps(text, g.content, p.content) && SourceMatches(g, p);
    case Criterion::kExactSource:
      return ContentExact(text, g.content, p.content) && SourceMatches(g, p);
  }
  return false;
}

// Greedy one-to-one matching by largest shared span; returns for each gold
// item the index of its predicted match or -1.
std::vector<int> Match(std::string_view text, const std::vector<Item>& gold,
                       const std::vector<Item>& predicted, Criterion c) {
  struct Pair {
    uint32_t shared;
    int g, p;
  };
  std::vector<Pair> pairs;
  for (int i = 0; i < static_cast<int>(gold.size()); ++i)
    for (int j = 0; j < static_cast<int>(predicted.size()); ++j)
      if (Matches(text, gold[i], predicted[j], c)) {
        uint32_t a = std::max(gold[i].content.start, predicted[j].content.start);
        uint32_t b = std::min(gold[i].content.end, predicted[j].content.end);
        pairs.push_back({b > a ? b - a : 0, i, j});
      }
  std::stable_sort(pairs.begin(), pairs.end(),
                   [](const Pair& x, const Pair& y) { return x.shared > y.shared; });
  std::vector<int> gold_to(gold.size(), -1);
  std::vector<uint8_t> used(predicted.size(), 0);
  for (const Pair& pr : pairs) {
    if (gold_to[pr.g] >= 0 || used[pr.p]) continue;
    gold_to[pr.g] = pr.p;
    used[pr.p] = 1;
  }
  return gold_to;
}

void Count(const std::vector<Item>& gold, const std::vector<Item>& predicted,
           const std::vector<int>& gold_to, EvalCounts EvalScores::*field,
           EvalReport* report) {
  std::vector<uint8_t> used(predicted.size(), 0);
  for (size_t i = 0; i < gold.size(); ++i) {
    for (EvalCounts* c : {&(report->overall.*field), &(report->by_kind[gold[i].kind].*field),
                          &(report->by_class[gold[i].cue_class].*field)}) {
      ++c->gold;
      if (gold_to[i] >= 0) ++c->gold_matched;
    }
    if (gold_to[i] >= 0) used[gold_to[i]] = 1;
  }
  for (size_t j = 0; j < predicted.size(); ++j) {
    for (EvalCounts* c : {&(report->overall.*field), &(report->by_kind[predicted[j].kind].*field),
                          &(report->by_class[predicted[j].cue_class].*field)}) {
      ++c->predicted;
      if (used[j]) ++c->predicted_matched;
    }
  }
}

std::optional<Span> GoldSpanOf(bool has, const claimgraph::v1::GoldSpan& s) {
  if (!has) return std::nullopt;
  return Span{s.start(), s.end()};
}

EvalError ErrorOf(std::string_view doc_id, std::string_view text, const Item& item) {
  EvalError e;
  e.doc_id = std::string(doc_id);
  e.kind = item.kind;
  e.cue_class = item.cue_class;
  e.source = item.source_text;
  e.speaker = item.speaker;
  e.cue = item.cue;
  e.content = std::string(item.content.in(text));
  return e;
}

absl::StatusOr<std::string> ReadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return absl::NotFoundError(Cat("cannot open ", path.string()));
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

std::string Percent(double x) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%5.1f", 100.0 * x);
  return buf;
}

void AppendRow(std::string* out, std::string_view label, const EvalCounts& c) {
  char buf[160];
  std::snprintf(buf, sizeof buf, "  %-26.*s P %s  R %s  F1 %s   (gold %d/%d, predicted %d/%d)\n",
                static_cast<int>(label.size()), label.data(), Percent(c.Precision()).c_str(),
                Percent(c.Recall()).c_str(), Percent(c.F1()).c_str(), c.gold_matched, c.gold,
                c.predicted_matched, c.predicted);
  out->append(buf);
}

void AppendScores(std::string* out, std::string_view prefix, const EvalScores& s) {
  AppendRow(out, Cat(prefix, "content overlap"), s.content_overlap);
  AppendRow(out, Cat(prefix, "content exact"), s.content_exact);
  AppendRow(out, Cat(prefix, "content+source overlap"), s.content_source_overlap);
  AppendRow(out, Cat(prefix, "content+source exact"), s.content_source_exact);
}

std::string Shorten(std::string_view s, size_t n) {
  std::string out(s.substr(0, n));
  for (char& c : out)
    if (c == '\n') c = ' ';
  if (s.size() > n) out += "…";
  return out;
}

}  // namespace

double EvalCounts::Precision() const {
  return predicted == 0 ? 0.0 : static_cast<double>(predicted_matched) / predicted;
}
double EvalCounts::Recall() const {
  return gold == 0 ? 0.0 : static_cast<double>(gold_matched) / gold;
}
double EvalCounts::F1() const {
  double p = Precision(), r = Recall();
  return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
}

absl::StatusOr<EvalReport> RunEval(const std::string& gold_path, const std::string& text_dir,
                                   const ExtractorOptions& extractor_options) {
  auto gold_text = ReadFile(gold_path);
  if (!gold_text.ok()) return gold_text.status();
  fs::path dir = text_dir.empty() ? fs::path(gold_path).parent_path() : fs::path(text_dir);
  if (dir.empty()) dir = ".";
  auto extractor = Extractor::Create(extractor_options);
  if (!extractor.ok()) return extractor.status();

  EvalReport report;
  std::istringstream lines(*gold_text);
  std::string line;
  int line_no = 0;
  google::protobuf::util::JsonParseOptions options;
  options.ignore_unknown_fields = true;
  while (std::getline(lines, line)) {
    ++line_no;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    claimgraph::v1::GoldDocument gold;
    auto status = google::protobuf::util::JsonStringToMessage(line, &gold, options);
    if (!status.ok()) {
      return absl::InvalidArgumentError(
          Cat(gold_path, ":", line_no, ": ", std::string(status.message())));
    }
    absl::StatusOr<std::string> text = absl::NotFoundError("");
    if (!gold.text().empty()) text = std::move(*gold.mutable_text());
    for (const fs::path& candidate :
         {dir / gold.doc_id(), dir / "articles" / gold.doc_id(),
          dir / (gold.doc_id() + ".txt"), dir / "articles" / (gold.doc_id() + ".txt")}) {
      if (!text.ok() && fs::is_regular_file(candidate)) {
        text = ReadFile(candidate);
        break;
      }
    }
    if (!text.ok()) {
      return absl::NotFoundError(Cat("no text for ", gold.doc_id(), " under ", dir.string()));
    }
    Document doc = DocumentFromText(gold.doc_id(), *std::move(text));
    if (doc.published.empty() && gold.date().size() >= 10) doc.published = gold.date().substr(0, 10);
    auto extraction = (*extractor)->Extract(doc);
    if (!extraction.ok()) return extraction.status();
    ++report.documents;

    std::vector<Item> gold_items, predicted;
    for (const auto& g : gold.attributions()) {
      Item item;
      item.kind = g.kind().empty() ? "indirect" : g.kind();
      item.source = GoldSpanOf(g.has_source(), g.source());
      if (item.source) item.source_text = std::string(item.source->in(doc.text));
      item.speaker = g.speaker();
      if (g.has_cue()) item.cue = std::string(Span{g.cue().start(), g.cue().end()}.in(doc.text));
      item.cue_class = std::string(AttributionClassName(ClassifyCue(item.cue, item.source_text)));
      item.content = {g.content().start(), g.content().end()};
      gold_items.push_back(std::move(item));
    }
    for (const Attribution& a : extraction->attributions) {
      Item item;
      item.kind = std::string(AttributionKindName(a.kind));
      item.cue_class = std::string(AttributionClassName(a.cue_class));
      item.source = a.source;
      if (a.source) item.source_text = std::string(a.source->in(doc.text));
      // Joint speakers as the gold names them: "Joe Biden and Bernie Sanders".
      item.speaker = a.speaker;
      for (const std::string& co : a.co_speakers) item.speaker = Cat(item.speaker, " and ", co);
      if (a.cue) item.cue = std::string(a.cue->in(doc.text));
      item.content = a.content;
      predicted.push_back(std::move(item));
    }
    const std::string_view text_view = doc.text;
    auto overlap = Match(text_view, gold_items, predicted, Criterion::kOverlap);
    auto with_source = Match(text_view, gold_items, predicted, Criterion::kOverlapSource);
    Count(gold_items, predicted, overlap, &EvalScores::content_overlap, &report);
    Count(gold_items, predicted, Match(text_view, gold_items, predicted, Criterion::kExact),
          &EvalScores::content_exact, &report);
    Count(gold_items, predicted, with_source, &EvalScores::content_source_overlap, &report);
    Count(gold_items, predicted,
          Match(text_view, gold_items, predicted, Criterion::kExactSource),
          &EvalScores::content_source_exact, &report);

    std::vector<uint8_t> used(predicted.size(), 0);
    for (int p : overlap)
      if (p >= 0) used[p] = 1;
    for (size_t i = 0; i < gold_items.size(); ++i) {
      if (with_source[i] >= 0) {
        if (SpeakerMatches(gold_items[i].speaker, predicted[with_source[i]].speaker)) {
          ++report.right_speaker;
        } else {
          EvalError e = ErrorOf(gold.doc_id(), text_view, gold_items[i]);
          e.note = Cat("speaker was '", predicted[with_source[i]].speaker, "'");
          report.wrong_speaker.push_back(std::move(e));
        }
        continue;
      }
      EvalError e = ErrorOf(gold.doc_id(), text_view, gold_items[i]);
      if (overlap[i] >= 0) {
        const Item& p = predicted[overlap[i]];
        e.note = Cat("content found, source was '", p.source_text, "' (", p.speaker, ")");
      }
      report.misses.push_back(std::move(e));
    }
    for (size_t j = 0; j < predicted.size(); ++j)
      if (!used[j]) report.spurious.push_back(ErrorOf(gold.doc_id(), text_view, predicted[j]));
  }
  return report;
}

std::string FormatEvalReport(const EvalReport& report, bool list_errors) {
  std::string out = Cat("documents: ", report.documents, "\n");
  const EvalScores& o = report.overall;
  out += Cat("gold attributions: ", o.content_overlap.gold,
             ", predicted: ", o.content_overlap.predicted,
             ", found with the right source: ", o.content_source_overlap.gold_matched,
             " (right speaker name: ", report.right_speaker, ")\n\noverall\n");
  AppendScores(&out, "", o);
  for (const auto& [kind, scores] : report.by_kind) {
    out += Cat("\n", kind, "\n");
    AppendScores(&out, "", scores);
  }
  out += "\nby cue class (recall over gold of the class, precision over predicted)\n";
  for (const auto& [cue_class, scores] : report.by_class) {
    AppendRow(&out, Cat(cue_class, " content"), scores.content_overlap);
    AppendRow(&out, Cat(cue_class, " content exact"), scores.content_exact);
    AppendRow(&out, Cat(cue_class, " content+source"), scores.content_source_overlap);
  }
  if (list_errors) {
    out += Cat("\nmisses (", report.misses.size(), ")\n");
    for (const EvalError& e : report.misses) {
      out += Cat("  [", e.doc_id, "] ", e.kind, " ", e.cue_class, " | ", e.source.empty() ? "<null>" : e.source,
                 " | ", e.cue, " | ", Shorten(e.content, 110), "\n");
      if (!e.note.empty()) out += Cat("      ", e.note, "\n");
    }
    out += Cat("\nwrong speaker (", report.wrong_speaker.size(), ")\n");
    for (const EvalError& e : report.wrong_speaker) {
      out += Cat("  [", e.doc_id, "] ", e.source, " → gold '", e.speaker, "', ", e.note, "\n");
    }
    out += Cat("\nspurious (", report.spurious.size(), ")\n");
    for (const EvalError& e : report.spurious) {
      out += Cat("  [", e.doc_id, "] ", e.kind, " ", e.cue_class, " | ", e.source.empty() ? "<null>" : e.source,
                 " | ", e.cue, " | ", Shorten(e.content, 110), "\n");
    }
  }
  return out;
}

}  // namespace claimgraph::ingest
