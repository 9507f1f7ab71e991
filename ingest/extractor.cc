// The rule-based extractor: layout → paragraphs → tokens, quotes, sentences →
// attribution frames → speakers → time of statement. One pass over each
// paragraph's bytes; all scratch buffers live in the Extractor and are reused
// across documents.
#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <optional>
#include <span>

#include "common/strings.h"
#include "ingest/attribution/attribution_finder.h"
#include "ingest/attribution/confidence.h"
#include "ingest/attribution/cue_class.h"
#include "ingest/attribution/learned/decode.h"
#include "ingest/attribution/learned/features.h"
#include "ingest/attribution/learned/gate.h"
#include "ingest/attribution/learned/model.h"
#include "ingest/entities/entities.h"
#include "ingest/extraction.h"
#include "ingest/layout.h"
#include "ingest/near_duplicate.h"
#include "ingest/attribution/quotes.h"
#include "ingest/attribution/roles.h"
#include "ingest/attribution/speaker_words.h"
#include "ingest/attribution/speakers.h"
#include "ingest/attribution/speaker_words.h"
#include "text/lexicon.h"
#include "text/text_scan.h"
#include "ingest/attribution/time_expr.h"
#include "xxhash.h"

namespace claimgraph::ingest {
namespace {

// "Natasha Gownaris: …" / "NG: …": the speaker label of an interview turn, as
// the bytes [paragraph start, colon). Returns 0 when the paragraph has none.
// A reported clause's content takes in its complementizer: "said that the
// talks failed" reports "that the talks failed" (PolNeAR's convention, 1,417
// of its 1,436 contents after a "that"; ClaimSpan drops it again for the
// graph's claim). Only a "that" between the cue
// and the content, and not before a direct quotation's own marks.
void ExtendToComplementizer(std::string_view text, Attribution* a) {
  if (!a->cue || a->kind == AttributionKind::kDirect) return;
  uint32_t i = a->content.start;
  while (i > a->cue->end && (text[i - 1] == ' ' || text[i - 1] == '\n')) --i;
  if (i == a->content.start || i < a->cue->end + 4) return;
  std::string_view word = text.substr(i - 4, 4);
  if (!(word == "that" || word == "That")) return;
  if (i - 4 > 0) {
    unsigned char before = static_cast<unsigned char>(text[i - 5]);
    if (std::isalnum(before) || before >= 0x80) return;
  }
  a->content.start = i - 4;
}

// True when text[begin, end) reads as a speaker's label: one to four
// capitalised words ("KATE BOULDUAN", "Dr. Martisius", "Sara Seager").
bool IsLabelName(std::string_view text, uint32_t begin, uint32_t end) {
  if (end <= begin || text[end - 1] == ' ') return false;
  int words = 0;
  bool at_word_start = true;
  for (uint32_t i = begin; i < end; ++i) {
    unsigned char c = text[i];
    if (c == ' ') {
      at_word_start = true;
      continue;
    }
    if (at_word_start) {
      if (!StartsUpper(text, i)) return false;
      ++words;
      at_word_start = false;
    } else if (c < 0x80 && !std::isalpha(c) && c != '.' && c != '-' && c != '\'') {
      return false;
    }
  }
  return words >= 1 && words <= 4;
}

// True when `turn`, trailing white space aside, ends with a question mark.
bool IsQuestion(std::string_view turn) {
  while (!turn.empty() && std::isspace(static_cast<unsigned char>(turn.back())))
    turn.remove_suffix(1);
  return turn.ends_with("?");
}

// The length of a paragraph's turn label, "NAME: " or Wikinews' "((NAME)) "
// (the label without the colon; with its parentheses), or 0.
uint32_t TurnLabelLength(std::string_view text, Span paragraph) {
  std::string_view p = paragraph.in(text);
  if (p.starts_with("((")) {
    size_t close = p.find("))");
    if (close == std::string_view::npos || close > 42 || close + 2 >= p.size() ||
        p[close + 2] != ' ' || !IsLabelName(text, paragraph.start + 2, paragraph.start + close))
      return 0;
    return static_cast<uint32_t>(close + 2);
  }
  size_t colon = p.find(':');
  if (colon == std::string_view::npos || colon == 0 || colon > 40) return 0;
  if (colon + 1 >= p.size() || p[colon + 1] != ' ') return 0;
  if (!IsLabelName(text, paragraph.start, paragraph.start + colon)) return 0;
  // Captions and notes, not speakers.
  for (std::string_view word : {"Image", "Photo", "Picture", "Video", "Source", "Sources", "Note",
                                "Update", "Caption", "Credit", "Related", "Map", "Audio",
                                "Editor's note", "See also", "Q", "Question", "Warning"})
    if (p.substr(0, colon) == word) return 0;
  return static_cast<uint32_t>(colon);
}

// A paragraph as its turn label is read: after the opening quotation mark of
// a transcript quoted as a block ("\"WALLACE: …", each turn reopening the
// quote as long quotes do).
Span TurnSpan(std::string_view text, Span paragraph) {
  const std::string_view p = paragraph.in(text);
  const uint32_t skip = p.starts_with("\"") ? 1 : p.starts_with("\u201C") ? 3 : 0;
  return {paragraph.start + skip, paragraph.end};
}

// "(CROSSTALK.)", "(LAUGHTER)": a transcript's stage direction, said by
// nobody, is no content.
bool StageDirection(std::string_view text, Span content) {
  std::string_view c = content.in(text);
  auto edge = [](std::string_view s, size_t i) {
    const unsigned char ch = static_cast<unsigned char>(s[i]);
    return ch == ' ' || ch == '\n' || ch == '"' || ch == '.' || ch >= 0x80;
  };
  while (!c.empty() && edge(c, 0)) c.remove_prefix(1);
  while (!c.empty() && edge(c, c.size() - 1)) c.remove_suffix(1);
  if (c.size() < 2 || c.front() != '(' || c.back() != ')' ||
      c.find_first_of("()", 1) != c.size() - 1)
    return false;
  // A direction is a word or three ("(LAUGHTER)", "(inaudible)"), not a
  // sentence put in parentheses ("(According to the police, it …)").
  return speaker_words::Words(c).size() <= 3;
}

std::string Initials(std::string_view label) {
  std::string out;
  bool start = true;
  for (char c : label) {
    if (c == ' ') {
      start = true;
    } else if (start) {
      out.push_back(c);
      start = false;
    }
  }
  return out;
}

class RuleExtractor final : public Extractor {
 public:
  RuleExtractor(const ExtractorOptions& options,
                std::unique_ptr<EntityLinker> linker,
                std::shared_ptr<const learned::Model> model,
                std::shared_ptr<const learned::Gate> gate)
      : options_(options),
        lexicon_(Lexicon::Default()),
        finder_(lexicon_),
        linker_(std::move(linker)) {
    if (gate != nullptr) {
      gate_threshold_ = options_.gate_threshold >= 0 ? options_.gate_threshold : gate->threshold();
      gate_ = std::move(gate);
    }
    if (model != nullptr) {
      features_.emplace(model->hash_bits());
      decoder_ = std::make_unique<learned::Decoder>(std::move(model));
    } else if (options_.observer != nullptr) {
      features_.emplace(options_.observer->hash_bits());
    }
  }

  absl::StatusOr<Extraction> Extract(const Document& doc) override {
    if (doc.text.size() > options_.max_document_bytes) {
      return absl::InvalidArgumentError(Cat(
          doc.doc_id, ": ", doc.text.size(), " bytes, over the limit of ",
          options_.max_document_bytes));
    }
    if (auto status = ValidateText(doc.text); !status.ok()) {
      return absl::InvalidArgumentError(Cat(doc.doc_id, ": ", ToStd(status.message())));
    }
    // Every stage reads hard-wrapped text with its paragraphs unwrapped, and
    // wire markup ("<Versatile Corp>", tickers) blanked; the offsets are the
    // same, and the record's span texts come from `doc.text`.
    std::string readable = UnwrapLines(doc.text);
    const bool unwrapped = !readable.empty();
    if (!unwrapped && doc.text.find_first_of("<(") != std::string::npos) readable = doc.text;
    if (!BlankWireMarkup(&readable) && !unwrapped) readable.clear();
    const std::string_view text = readable.empty() ? std::string_view(doc.text) : readable;
    Extraction out;
    out.doc_id = doc.doc_id;
    out.published = doc.published;
    out.content_hash = XXH64(doc.text.data(), doc.text.size(), 0);
    Layout layout = AnalyzeLayout(text);
    out.dateline = layout.dateline;
    out.wire = layout.wire;
    if (!layout.paragraphs.empty()) {
      out.body = {layout.paragraphs.front().start, layout.paragraphs.back().end};
    }

    candidates_.clear();
    orphans_.clear();
    continued_from_previous_.assign(layout.paragraphs.size(), 0);
    speakers_.Reset();
    full_names_.clear();
    const int n = static_cast<int>(layout.paragraphs.size());
    FindInterviewTurns(text, layout.paragraphs);
    // Two paragraph buffers: the next one is analysed first so that a quote
    // left open at the end of the current one knows whether it continues.
    if (n > 0) AnalyzeParagraph(text, layout.paragraphs[0], lexicon_, &current_);
    for (int i = 0; i < n; ++i) {
      if (i + 1 < n) {
        AnalyzeParagraph(text, layout.paragraphs[i + 1], lexicon_, &next_);
        if (!current_.quotes.empty() && current_.quotes.back().close < 0 &&
            StartsWithQuote(next_, current_.quotes.back().family)) {
          current_.quotes.back().continues = true;
          continued_from_previous_[i + 1] = 1;
        }
      }
      speakers_.LearnNames(text, current_);
      if (turn_label_[i] == kInterviewerTurn) {
        // An interviewer's turn asserts nothing.
      } else if (turn_label_[i] > 0) {
        EmitTurn(text, layout.paragraphs[i], i);
      } else {
        const size_t rules_from = candidates_.size(), orphans_from = orphans_.size();
        finder_.FindInParagraph(text, current_, i, &candidates_, &orphans_);
        if (features_) TagParagraph(text, i, rules_from, orphans_from);
      }
      std::swap(current_, next_);
    }

    ResolveSpeakersInTextOrder(text);
    for (AttributionCandidate& c : candidates_) speakers_.RetypeShownOrganisation(text, &c);
    ResolveTitleCataphora(text);
    AttachOrphans(text);
    ResolveAnswerTurns(text);
    ResolveTurnFirstPerson(text, layout.paragraphs);
    ResolveInterviewFirstPerson(text, layout.paragraphs);

    // Text order of content; one attribution per content span.
    std::stable_sort(candidates_.begin(), candidates_.end(),
                     [](const AttributionCandidate& a, const AttributionCandidate& b) {
                       return a.attribution.content.start < b.attribution.content.start;
                     });
    out.attributions.reserve(candidates_.size());
    uint32_t last_end = 0;
    for (AttributionCandidate& c : candidates_) {
      Attribution& a = c.attribution;
      if (a.content.empty()) continue;
      ExtendToComplementizer(text, &a);
      if (a.source) {
        a.source = SpeakerResolver::TrimMention(text, *a.source);
        if (IsJunkSourceMention(text, *a.source)) continue;
      }
      TrimTrailingMarks(&a.role);
      TrimTrailingMarks(&a.speaker);
      if (ParticipleBeforeNoun(text, a) || FragmentContent(text, a) ||
          StageDirection(text, a.content))
        continue;
      if (!out.attributions.empty() && a.content.start < last_end) {
        continue;  // nested in or overlapping the previous attribution's content
      }
      if (a.cue) {
        if (auto time = FindStatementTime(text, c.clause, *a.cue, doc.published)) {
          a.time = time->span;
          a.said_on = std::move(time->said_on);
        }
      }
      last_end = a.content.end;
      a.cue_class = ClassifyCue(a.cue ? a.cue->in(text) : std::string_view(a.cue_lemma),
                                a.source ? a.source->in(text) : std::string_view());
      out.attributions.push_back(std::move(a));
    }
    // Too short a body gives no reliable fingerprint: 0 means "none".
    if (Fingerprint f = FingerprintOf(text, layout.paragraphs);
        f.shingles >= kMinShinglesForMatch) {
      out.simhash = f.simhash;
    }
    linker_->Link(text, &out);
    FillRoles(text, &out);
    // Organisations speak under their gazetteer name: "Moscow" (the
    // government) is "Russia", "the Kremlin" too.
    // A name the gazetteer knows as an organisation ("Al Jazeera", "PBS")
    // is one even where the mention looked like a person's name.
    // Joint speakers ("Reuters and NBC") are organisations when each is one
    // (the gazetteer's, an acronym, a name ending on an organisation word);
    // places ("voters in Alabama, Georgia and Virginia") are no speakers.
    // (For a joint organisation speaker a place the gazetteer knows counts
    // too: a country speaks for its government, "Saudi Arabia and the United
    // States said"; so does one place alone, "Puerto Rico said".)
    auto names_organisation = [&](std::string_view name, bool or_place) {
      auto known = linker_->Lookup(name);
      return (known && (known->type == "organisation" || (or_place && known->type == "place"))) ||
             speaker_words::IsAcronym(name) || speaker_words::IsFirmName(name) ||
             speaker_words::IsCamelCaseFirm(name) ||
             speaker_words::IsOrganisationWord(speaker_words::LastWord(name));
    };
    OneTypePerBareName(text, &out.attributions);
    NameOthers(text, &out.attributions);
    for (Attribution& a : out.attributions) {
      if (a.speaker.empty()) continue;
      // "Montreal-based Dominion", "Minneapolis-based NWA": an organisation
      // named after where it is based.
      if (std::string named = speaker_words::NameAfterBaseDescription(a.speaker);
          !named.empty() && a.co_speakers.empty()) {
        a.speaker = std::move(named);
        a.source_type = SourceType::kOrganisation;
      }
      SplitTitledJointSource(text, &a);
      SplitJointSpeaker(&a, [&](std::string_view name) { return names_organisation(name, true); });
      if (a.source_type == SourceType::kPerson) {
        bool organisations = true, place = false;
        for (size_t i = 0; i <= a.co_speakers.size(); ++i) {
          const std::string& name = i == 0 ? a.speaker : a.co_speakers[i - 1];
          auto known = linker_->Lookup(name);
          organisations &= names_organisation(name, a.co_speakers.empty());
          place |= known && known->type == "place" && !a.co_speakers.empty();
        }
        if (organisations) a.source_type = SourceType::kOrganisation;
        if (place) {
          a.speaker.clear();
          a.co_speakers.clear();
          a.source_type = SourceType::kRole;
        }
      }
      if (a.source_type != SourceType::kOrganisation) continue;
      // "New Jersey-based overnight messenger Purolator Courier Corp":
      // the company, not its description.
      a.speaker = speaker_words::CompanyNameWithoutDescription(a.speaker);
      for (std::string& co : a.co_speakers) co = speaker_words::CompanyNameWithoutDescription(co);
      if (auto known = linker_->Lookup(a.speaker)) a.speaker = known->name;
      for (std::string& co : a.co_speakers)
        if (auto known = linker_->Lookup(co)) co = known->name;
    }
    return out;
  }

 private:
  // Resolves every candidate's speaker in the order its source is written
  // (its content when it has none), so that "the latest speaker" a pronoun
  // looks back to is the latest in the text: a rule finds "But he added, ‘…’"
  // before "‘…,’ Mr. Earnest said" of the same paragraph. A candidate that
  // shares another's source is resolved after that one.
  void ResolveSpeakersInTextOrder(std::string_view text) {
    auto at = [&](const AttributionCandidate& c) {
      return c.attribution.source ? c.attribution.source->start : c.attribution.content.start;
    };
    order_.resize(candidates_.size());
    for (size_t i = 0; i < order_.size(); ++i) order_[i] = i;
    std::stable_sort(order_.begin(), order_.end(),
                     [&](size_t a, size_t b) { return at(candidates_[a]) < at(candidates_[b]); });
    resolved_.assign(candidates_.size(), 0);
    for (size_t i : order_) ResolveWithSharedSource(text, i);
  }
  void ResolveWithSharedSource(std::string_view text, size_t i) {
    if (resolved_[i]) return;
    resolved_[i] = 1;
    const int from = candidates_[i].shares_source_of;
    if (from >= 0 && from < static_cast<int>(candidates_.size()))
      ResolveWithSharedSource(text, static_cast<size_t>(from));
    speakers_.Resolve(text, candidates_, &candidates_[i]);
  }

  // Whether tagger attribution `c` of paragraph `index`, which no rule
  // attribution overlaps, is added: by the learned gate when
  // ExtractorOptions::model_gate is on (among those with a stated source
  // that read as a reported clause, with no negated cue), else by the hand
  // conditions (a stated source, not a reporter's "asked if …"; with
  // model_lexicon_cues_only a verb of saying of the lexicon in the cue; a
  // content of model_min_content_words words or more that reads as a
  // reported clause, which keeps out objects ("attacked | the convoy"); no
  // negated cue).
  bool AcceptAddition(std::string_view text, int index,
                      std::span<const AttributionCandidate> rules, const AttributionCandidate& c) {
    if (c.attribution.confidence < options_.model_min_confidence) return false;
    learned::GateInput in{text, &current_, index, &c, rules,
                          learned::CheckAddition(text, current_.tokens, c.attribution),
                          options_.model_min_content_words};
    if (gate_ || options_.addition_observer != nullptr) learned::GateFeatures(in, &gate_features_);
    if (options_.addition_observer != nullptr)
      options_.addition_observer->OnAddition(text, c.attribution, in.checks, gate_features_);
    if (gate_)
      return in.checks.GateMayAdd() && gate_->Probability(gate_features_) >= gate_threshold_;
    return in.checks.Pass(options_.model_lexicon_cues_only, options_.model_min_content_words);
  }

  // The learned tagger on paragraph `index` (current_), whose rule proposals
  // are candidates_[rules_from..] and orphans_[orphans_from..]; merges its
  // attributions with the rules' according to options_.mode.
  void TagParagraph(std::string_view text, int index, size_t rules_from, size_t orphans_from) {
    std::span<const AttributionCandidate> rules(candidates_.data() + rules_from,
                                                candidates_.size() - rules_from);
    if (!learned::ShouldTag(current_, rules)) return;
    // Additions limited to statements need a verb of saying of the lexicon
    // in their cue, one the rules have not used: a paragraph without such a
    // verb cannot yield any, so the tagger is not run there (measured: the
    // same output on every set, 2x less tagging on Wikinews).
    if (options_.observer == nullptr && options_.mode == AttributionMode::kRulesThenModel &&
        options_.model_lexicon_cues_only && !gate_ && options_.addition_observer == nullptr) {
      bool free_cue = false;
      for (const Token& t : current_.tokens) {
        if (!learned::StatementCue(t)) continue;
        bool used = false;
        for (const AttributionCandidate& c : rules)
          if (c.attribution.cue && t.start >= c.attribution.cue->start &&
              t.end <= c.attribution.cue->end) {
            used = true;
            break;
          }
        if (!used) {
          free_cue = true;
          break;
        }
      }
      if (!free_cue) return;
    }
    std::span<const OrphanQuote> orphans(orphans_.data() + orphans_from,
                                         orphans_.size() - orphans_from);
    features_->Extract(text, current_, index, rules, orphans, &features_out_);
    if (options_.observer != nullptr) options_.observer->OnParagraph(text, current_, features_out_);
    if (!decoder_) return;
    decoder_->Tag(features_out_, &tags_);
    tagged_.clear();
    decoder_->Group(text, current_, index, tags_, &tagged_);
    if (tagged_.empty()) return;
    auto overlaps = [](Span a, Span b) { return a.start < b.end && b.start < a.end; };
    const AttributionMode mode = options_.mode;
    auto drop_orphans_if = [&](auto pred) {
      size_t w = orphans_from;
      for (size_t r = orphans_from; r < orphans_.size(); ++r)
        if (!pred(orphans_[r])) orphans_[w++] = orphans_[r];
      orphans_.resize(w);
    };
    if (mode == AttributionMode::kModel) {
      // Rule candidates stay (as antecedents for speakers) without content.
      for (size_t r = rules_from; r < candidates_.size(); ++r) {
        candidates_[r].attribution.content = {};
        candidates_[r].introducer = false;
      }
      orphans_.resize(orphans_from);
    }
    const size_t rules_end = candidates_.size();
    for (AttributionCandidate& c : tagged_) {
      const Span content = c.attribution.content;
      if (mode == AttributionMode::kRulesThenModel) {
        bool taken = false;
        for (size_t r = rules_from; r < candidates_.size() && !taken; ++r)
          taken = overlaps(candidates_[r].attribution.content, content);
        for (size_t r = orphans_from; r < orphans_.size() && !taken; ++r)
          taken = overlaps(orphans_[r].content, content);
        // (candidates_ may have grown: `rules` is taken again.)
        if (taken || !AcceptAddition(text, index,
                                     {candidates_.data() + rules_from, rules_end - rules_from}, c))
          continue;
      } else if (mode == AttributionMode::kModelPreferred) {
        bool taken_source = false;
        for (size_t r = rules_from; r < candidates_.size(); ++r) {
          if (overlaps(candidates_[r].attribution.content, content)) {
            // The rule's source where it has one: speaker resolution was
            // written for its spans (measured: examples 29 -> 31 of 35
            // right speakers, PolNeAR inner dev content+source +1.1).
            if (candidates_[r].attribution.source && !taken_source) {
              c.attribution.source = candidates_[r].attribution.source;
              c.attribution.source_type = candidates_[r].attribution.source_type;
              c.mention = candidates_[r].mention;
              c.shares_source_of = candidates_[r].shares_source_of;
              taken_source = true;
            }
            candidates_[r].attribution.content = {};
            candidates_[r].introducer = false;
          }
        }
        drop_orphans_if([&](const OrphanQuote& o) { return overlaps(o.content, content); });
      }
      candidates_.push_back(std::move(c));
    }
  }

  // Whole-sentence quotes with no attribution of their own take the source of
  // a neighbouring attribution: the same paragraph first (“…,” she said.
  // “…”), then the quote they continue from the previous paragraph, then the
  // paragraph they run into.
  // What stands between an attribution's cue and a quote that may continue
  // it: the double quotation marks and the sentence-final marks of
  // text[begin, end), as the tokenizer reads them (straight, curly and
  // typewritten marks alike; abbreviations and initials keep their periods).
  struct GapMarks {
    int double_quotes = 0;
    int sentence_ends = 0;
  };
  GapMarks MarksBetween(std::string_view text, uint32_t begin, uint32_t end) {
    Tokenize(text, begin, end, lexicon_, &gap_tokens_);
    GapMarks marks;
    for (const Token& t : gap_tokens_) {
      marks.double_quotes += t.kind == TokenKind::kQuote && t.family == QuoteFamily::kDouble;
      marks.sentence_ends +=
          t.kind == TokenKind::kPunct && (t.punct == '.' || t.punct == '!' || t.punct == '?');
    }
    return marks;
  }

  // A labelled interview turn (EmitTurn): direct, resolved, with no cue.
  static bool IsTurn(const AttributionCandidate& c) {
    return c.shares_source_of == -2 && !c.attribution.cue && c.attribution.source &&
           c.attribution.kind == AttributionKind::kDirect && !c.attribution.content.empty();
  }

  // True when text[begin, end) holds only white space and quotation marks.
  static bool OnlyMarksBetween(std::string_view text, uint32_t begin, uint32_t end) {
    for (uint32_t i = begin; i < end; ++i) {
      if (text[i] == ' ' || text[i] == '\n' || text[i] == '"') continue;
      if (text.substr(i, 3) == "\u201C" || text.substr(i, 3) == "\u201D") {
        i += 2;
        continue;
      }
      return false;
    }
    return true;
  }

  void AttachOrphans(std::string_view text) {
    const size_t base = candidates_.size();
    for (const OrphanQuote& o : orphans_) {
      int best = -1;
      uint32_t best_distance = UINT32_MAX;
      // An introducer ("X said:") just before the quote takes it first.
      for (size_t i = 0; i < base; ++i) {
        AttributionCandidate& c = candidates_[i];
        if (!c.introducer || !c.attribution.cue) continue;
        bool before = (c.paragraph == o.paragraph && c.attribution.cue->end <= o.content.start) ||
                      (c.paragraph == o.paragraph - 1 && o.opens_paragraph);
        if (before) {
          c.attribution.content = o.content;
          c.introducer = false;
          best = -2;
          break;
        }
      }
      if (best == -2) continue;
      int before = -1;  // the nearest attribution ending before the quote
      uint32_t before_distance = UINT32_MAX;
      for (size_t i = 0; i < candidates_.size(); ++i) {
        const AttributionCandidate& c = candidates_[i];
        if (c.paragraph != o.paragraph || !c.attribution.source || c.attribution.content.empty())
          continue;
        const Span& s = c.attribution.content;
        uint32_t d = s.end <= o.content.start ? o.content.start - s.end
                     : s.start >= o.content.end ? s.start - o.content.end + 1
                                                : UINT32_MAX;
        if (d < best_distance) {
          best_distance = d;
          best = static_cast<int>(i);
        }
        if (s.end <= o.content.start && d < before_distance) {
          before_distance = d;
          before = static_cast<int>(i);
        }
      }
      // "“A,” Johnson said. “B.”": the quote continuing right after the
      // sentence of a quote its source closes (however long: "said Kurt
      // Walters, the campaign director at …, a group that …") is one
      // interrupted statement (the corpus convention), not a second one;
      // also when an attribution of its own follows nearer ("“A,” Cruz
      // told reporters. “B.” Ohio Gov. John Kasich said he would …": B is
      // Cruz's).
      if (before >= 0 && static_cast<size_t>(before) < base) {
        Attribution& a = candidates_[before].attribution;
        if (a.kind == AttributionKind::kDirect && a.cue && a.source &&
            a.content.end <= a.source->start && a.cue->end <= o.content.start &&
            o.content.start - a.cue->end < 400 && candidates_[before].shares_source_of < 0) {
          const GapMarks gap = MarksBetween(text, a.cue->end, o.content.start);
          if (gap.double_quotes == 1 && gap.sentence_ends <= 1) {
            a.content.end = o.content.end;
            continue;
          }
        }
      }
      // An interview turn goes on in the quoted paragraphs after it (a
      // transcript quoted as a block): one turn, one content.
      if (best < 0 && o.opens_paragraph && o.whole_paragraph && o.paragraph > 0) {
        if (StageDirection(text, o.content)) continue;
        int turn = -1;
        for (size_t i = 0; i < base; ++i)
          if (IsTurn(candidates_[i]) && candidates_[i].attribution.content.end <= o.content.start &&
              o.content.start - candidates_[i].attribution.content.end <= 8 &&
              OnlyMarksBetween(text, candidates_[i].attribution.content.end, o.content.start))
            turn = static_cast<int>(i);
        if (turn >= 0) {
          candidates_[turn].attribution.content.end = o.content.end;
          continue;
        }
      }
      if (best < 0 && o.opens_paragraph && o.paragraph > 0 &&
          continued_from_previous_[o.paragraph]) {
        for (size_t i = candidates_.size(); i-- > 0;) {
          if (candidates_[i].paragraph == o.paragraph - 1 &&
              candidates_[i].attribution.kind == AttributionKind::kDirect) {
            best = static_cast<int>(i);
            break;
          }
        }
      }
      if (best < 0 && o.opens_paragraph && o.paragraph > 0 && o.whole_paragraph) {
        for (size_t i = candidates_.size(); i-- > 0;) {
          if (candidates_[i].paragraph == o.paragraph - 1) {
            if (candidates_[i].attribution.kind == AttributionKind::kDirect &&
                candidates_[i].attribution.source)
              best = static_cast<int>(i);
            break;
          }
        }
      }
      if (best < 0 && o.continues) {
        for (size_t i = 0; i < base; ++i) {
          if (candidates_[i].paragraph == o.paragraph + 1 &&
              candidates_[i].attribution.kind == AttributionKind::kDirect) {
            best = static_cast<int>(i);
            break;
          }
        }
      }
      if (best < 0) continue;
      AttributionCandidate c = candidates_[best];
      c.attribution.content = o.content;
      c.attribution.kind = AttributionKind::kDirect;
      c.attribution.confidence = internal::kConfLoose;
      c.paragraph = o.paragraph;
      c.shares_source_of = best;
      candidates_.push_back(std::move(c));
    }
  }

  // "a top US general said …" before "General Joe Dunford …": an unnamed
  // source whose head is a title takes the one person later named with it.
  void ResolveTitleCataphora(std::string_view text) {
    for (AttributionCandidate& c : candidates_) {
      Attribution& a = c.attribution;
      if (a.source_type != SourceType::kRole || !a.speaker.empty() || !a.source) continue;
      std::string_view source = a.source->in(text);
      size_t sp = source.find_last_of(' ');
      std::string_view head = sp == std::string_view::npos ? source : source.substr(sp + 1);
      if (head.empty() || head.size() > 20) continue;
      // "the former president": a former holder is not one named with the
      // title (speaker resolution looked for "former President X").
      // Nor is "the vice president" or "people close to the president".
      bool qualified = false;
      for (std::string_view q : {"former ", "Former ", "vice ", "Vice ", "deputy ", "Deputy ",
                                 " to ", " of ", " for ", " with "})
        qualified |= source.find(q) != std::string_view::npos;
      if (qualified) continue;
      char lower[24];
      for (size_t i = 0; i < head.size(); ++i)
        lower[i] = static_cast<char>(std::tolower(static_cast<unsigned char>(head[i])));
      std::string_view key(lower, head.size());
      const LexEntry* entry = lexicon_.Find(key);
      if (entry == nullptr || !(entry->flags & kLexTitle) || (entry->flags & kLexRoleNoun && key != "general" &&
                                                             key != "minister" && key != "ambassador"))
        continue;
      std::string title(key);
      title[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(title[0])));
      title += ' ';
      std::string found;
      bool ambiguous = false;
      for (const AttributionCandidate& other : candidates_) {
        const Attribution& b = other.attribution;
        if (b.source_type != SourceType::kPerson || b.speaker.empty() || !b.source) continue;
        const std::string_view named = b.source->in(text);
        const size_t at = named.find(title);
        if (at == std::string_view::npos) continue;
        // "Vice President Joe Biden" is not "the president".
        const std::string_view before = named.substr(0, at);
        bool other_office = false;
        for (std::string_view q : {"Vice ", "vice ", "Deputy ", "deputy ", "Assistant ",
                                   "assistant ", "Acting ", "acting ", "Former ", "former "})
          other_office |= before.ends_with(q);
        if (other_office) continue;
        if (!found.empty() && found != b.speaker) ambiguous = true;
        found = b.speaker;
      }
      if (!found.empty() && !ambiguous) a.speaker = found;
    }
  }

  // Labelled interview turns: a label used for two or more paragraphs (or the
  // full name whose initials are such a label) marks answers, one direct
  // attribution per paragraph with no cue.
  void FindInterviewTurns(std::string_view text, const std::vector<Span>& paragraphs) {
    turn_label_.assign(paragraphs.size(), 0);
    labels_.clear();
    for (size_t i = 0; i < paragraphs.size(); ++i) {
      const Span turn = TurnSpan(text, paragraphs[i]);
      uint32_t len = TurnLabelLength(text, turn);
      if (len == 0) continue;
      std::string_view label = text.substr(turn.start, len);
      bool seen = false;
      for (auto& [name, count] : labels_)
        if (name == label) {
          ++count;
          seen = true;
        }
      if (!seen) labels_.emplace_back(label, 1);
    }
    for (size_t i = 0; i < paragraphs.size(); ++i) {
      const Span turn = TurnSpan(text, paragraphs[i]);
      uint32_t len = TurnLabelLength(text, turn);
      if (len == 0) continue;
      std::string_view label = text.substr(turn.start, len);
      std::string initials = Initials(label);
      // The family of a label: itself and full names whose initials it is.
      auto family = [&](std::string_view short_label) {
        int total = 0;
        for (const auto& [other, count] : labels_)
          if (other == short_label || Initials(other) == short_label) total += count;
        return total;
      };
      for (const auto& [name, count] : labels_) {
        if (family(name) >= 3 && (name == label || (label.find(' ') != std::string_view::npos &&
                                             name == initials))) {
          turn_label_[i] = len;
          if (name != label) full_names_.emplace_back(std::string(name), std::string(label));
          break;
        }
      }
    }
    // The interviewer: a label at least half of whose turns are questions
    // ("((WN))", "((WSS))"); none of its turns asserts anything.
    std::vector<std::pair<std::string_view, int>> questions;
    for (size_t i = 0; i < paragraphs.size(); ++i) {
      if (turn_label_[i] == 0) continue;
      std::string_view label = text.substr(TurnSpan(text, paragraphs[i]).start, turn_label_[i]);
      auto it = std::find_if(questions.begin(), questions.end(),
                             [&](const auto& q) { return q.first == label; });
      if (it == questions.end()) it = questions.insert(questions.end(), {label, 0});
      it->second += IsQuestion(paragraphs[i].in(text)) ? 1 : -1;
    }
    for (size_t i = 0; i < paragraphs.size(); ++i) {
      if (turn_label_[i] == 0) continue;
      std::string_view label = text.substr(TurnSpan(text, paragraphs[i]).start, turn_label_[i]);
      for (const auto& [name, balance] : questions)
        if (name == label && balance >= 0) turn_label_[i] = kInterviewerTurn;
    }
  }

  // "((Anthony Boccaletti)) …" then, unlabelled, "So we believe that …": a
  // paragraph after an answer turn, before the next turn, goes on with the
  // answer; its "I" and "we" are whom that turn is attributed to (the
  // label's full name; for "A:" the interviewee, ResolveAnswerTurns). Only
  // first-person sources: a narrated paragraph between turns ("Wikinews
  // asked …") keeps its own speakers.
  void ResolveTurnFirstPerson(std::string_view text, const std::vector<Span>& paragraphs) {
    std::vector<int> answer_of(paragraphs.size(), -1);
    int current = -1;
    for (size_t i = 0; i < paragraphs.size(); ++i) {
      if (turn_label_[i] == kInterviewerTurn) current = -1;
      else if (turn_label_[i] > 0) current = static_cast<int>(i);
      else answer_of[i] = current;
    }
    std::vector<std::string> turn_speaker(paragraphs.size());
    for (const AttributionCandidate& c : candidates_)
      if (c.shares_source_of == -2 && !c.attribution.content.empty() && c.paragraph >= 0 &&
          c.paragraph < static_cast<int>(paragraphs.size()))
        turn_speaker[c.paragraph] = c.attribution.speaker;
    for (AttributionCandidate& c : candidates_) {
      Attribution& a = c.attribution;
      if (!a.speaker.empty() || !a.source || c.paragraph < 0 ||
          c.paragraph >= static_cast<int>(paragraphs.size()) || answer_of[c.paragraph] < 0)
        continue;
      const std::string source = speaker_words::LowerAscii(a.source->in(text));
      if (source != "i" && source != "we") continue;
      const std::string& speaker = turn_speaker[answer_of[c.paragraph]];
      if (speaker.empty()) continue;
      a.speaker = speaker;
      a.source_type = SourceType::kPerson;
    }
  }

  // An interview printed as questions and answers with no labels ("Frank
  // Messina: An interview with the 'Mets Poet'", "Jack Herrick, wikiHow
  // founder interviewed by Wikinews"): its first line says "interview" and
  // names the interviewee by a given name (PersonInHeadline); an "I" with no
  // speaker in a paragraph that asks nothing (ends on no "?") is the
  // interviewee. Not "we" (the interviewee's organisation, or the
  // interviewer's).
  void ResolveInterviewFirstPerson(std::string_view text, const std::vector<Span>& paragraphs) {
    const std::string first_line = speaker_words::LowerAscii(text.substr(0, text.find('\n')));
    if (first_line.find("interview") == std::string::npos) return;
    std::string interviewee;
    for (AttributionCandidate& c : candidates_) {
      Attribution& a = c.attribution;
      if (!a.speaker.empty() || !a.source || c.paragraph < 0 ||
          c.paragraph >= static_cast<int>(paragraphs.size()) ||
          IsQuestion(paragraphs[c.paragraph].in(text)))
        continue;
      const std::string source = speaker_words::LowerAscii(a.source->in(text));
      if (source != "i") continue;
      if (interviewee.empty()) interviewee = PersonInHeadline(text);
      if (interviewee.empty()) return;
      a.speaker = interviewee;
      a.source_type = SourceType::kPerson;
    }
  }

  // "Q: …" / "A: I think …": a question turn asserts nothing (its content is
  // cleared, so it is not emitted); an answer turn is said by the
  // interviewee: the latest named person who spoke before the first answer
  // ("Former first lady Laura Bush wrote …"), else the person the headline
  // names by a given name ("… hits home for actress Diane Guerrero"); it is
  // dropped when there is none.
  void ResolveAnswerTurns(std::string_view text) {
    const WordLists& lists = WordLists::Default();
    auto label_of = [&](const AttributionCandidate& c, std::string_view list) {
      return c.shares_source_of == -2 && c.attribution.source &&
             lists.Contains(list, speaker_words::LowerAscii(c.attribution.source->in(text)));
    };
    uint32_t first_answer = UINT32_MAX;
    for (const AttributionCandidate& c : candidates_)
      if (label_of(c, "answer_label"))
        first_answer = std::min(first_answer, c.attribution.source->start);
    std::string interviewee;
    uint32_t latest = 0;
    for (const AttributionCandidate& c : candidates_) {
      const Attribution& a = c.attribution;
      if (first_answer == UINT32_MAX || !a.source || a.source->start >= first_answer ||
          a.source_type != SourceType::kPerson || a.speaker.empty() || c.shares_source_of == -2)
        continue;
      if (a.source->start >= latest) latest = a.source->start, interviewee = a.speaker;
    }
    if (interviewee.empty() && first_answer != UINT32_MAX) interviewee = PersonInHeadline(text);
    for (AttributionCandidate& c : candidates_) {
      Attribution& a = c.attribution;
      if (label_of(c, "question_label") || (label_of(c, "answer_label") && interviewee.empty())) {
        a.content = {a.content.start, a.content.start};
      } else if (label_of(c, "answer_label")) {
        a.speaker = interviewee;
      }
    }
  }

  // "a lead in pledged delegates": the cue is a participle in -ed modifying
  // the noun its content opens with (the list participle_noun), no statement.
  static bool ParticipleBeforeNoun(std::string_view text, const Attribution& a) {
    if (!a.cue || !a.cue->in(text).ends_with("ed")) return false;
    const std::string_view content = a.content.in(text);
    const std::vector<std::string_view> words = speaker_words::Words(content.substr(0, 40));
    if (words.empty()) return false;
    std::string_view first = words[0];
    while (!first.empty() && std::ispunct(static_cast<unsigned char>(first.back())))
      first.remove_suffix(1);
    return WordLists::Default().Contains("participle_noun", speaker_words::LowerAscii(first));
  }

  // "of wild lions in South Africa", "2%" ("NATO guidelines call for 2%"),
  // "said so": a reported content that opens with a lower-case "of", or of at most two
  // words that are figures or function words, asserts nothing on its own
  // ("claimed responsibility" does).
  static bool FragmentContent(std::string_view text, const Attribution& a) {
    const std::vector<std::string_view> words = speaker_words::Words(ClaimSpan(a, text).in(text));
    // "Correct. Right.", "Not really.": a bare reply, of any kind.
    auto bare = [](std::string_view w) {
      while (!w.empty() && !std::isalpha(static_cast<unsigned char>(w.back()))) w.remove_suffix(1);
      while (!w.empty() && !std::isalpha(static_cast<unsigned char>(w.front())))
        w.remove_prefix(1);
      return !w.empty() &&
             WordLists::Default().Contains("bare_reply", speaker_words::LowerAscii(w));
    };
    if (!words.empty() && std::all_of(words.begin(), words.end(), bare)) return true;
    if (a.kind != AttributionKind::kIndirect) return false;
    if (words.empty() || words[0] == "of") return true;  // not "Of the 121 detained, 77 …"
    if (words.size() > 2) return false;
    const WordLists& lists = WordLists::Default();
    return std::all_of(words.begin(), words.end(), [&](std::string_view w) {
      return std::isdigit(static_cast<unsigned char>(w[0])) ||
             lists.Contains("stop", speaker_words::LowerAscii(w));
    });
  }

  // "the current chairwoman of the party," "the court on matters of EU law —":
  // a name or role ends on no comma, colon or dash.
  static void TrimTrailingMarks(std::string* name) {
    for (bool trimmed = true; trimmed && !name->empty();) {
      trimmed = false;
      for (std::string_view mark : {",", ":", ";", "-", " ", "\u2014", "\u2013"})
        if (name->ends_with(mark)) {
          name->resize(name->size() - mark.size());
          trimmed = true;
        }
    }
  }

  // The first name in the text's first line that opens with a given name
  // and has one or two more capitalised words ("Diane Guerrero"), or empty.
  static std::string PersonInHeadline(std::string_view text) {
    const std::vector<std::string_view> words =
        speaker_words::Words(text.substr(0, text.find('\n')));
    for (size_t i = 0; i + 1 < words.size(); ++i) {
      if (!speaker_words::IsCapitalizedWord(words[i]) ||
          speaker_words::GivenNameGender(words[i]) == 0)
        continue;
      std::string name(words[i]);
      for (size_t j = i + 1; j < words.size() && j < i + 3; ++j) {
        std::string_view w = words[j];
        while (!w.empty() && std::ispunct(static_cast<unsigned char>(w.back()))) w.remove_suffix(1);
        // ("Hugh McGuire Sunday, …": a dateline's weekday ends the name.)
        if (w.empty() || !speaker_words::IsCapitalizedWord(w) ||
            WordLists::Default().Contains("weekday", speaker_words::LowerAscii(w)) ||
            WordLists::Default().Contains("month", speaker_words::LowerAscii(w)))
          break;
        name += ' ';
        name += w;
        if (w.size() != words[j].size()) break;
      }
      if (name.size() > words[i].size()) return name;
    }
    return {};
  }

  void EmitTurn(std::string_view text, Span paragraph, int index) {
    paragraph = TurnSpan(text, paragraph);
    uint32_t len = turn_label_[index];
    uint32_t start = paragraph.start + len + 1;
    while (start < paragraph.end && text[start] == ' ') ++start;
    // A question asserts nothing ("((WN)) What do you think of …?").
    std::string_view turn = text.substr(start, paragraph.end - start);
    if (turn.find_first_not_of(" \n\t\r") == std::string_view::npos || IsQuestion(turn)) return;
    AttributionCandidate c;
    Attribution& a = c.attribution;
    const uint32_t parens = text.substr(paragraph.start, 2) == "((" ? 2 : 0;
    a.source = Span{paragraph.start + parens, paragraph.start + len - parens};
    std::string label(a.source->in(text));
    a.speaker = speakers_.TurnLabelName(label);
    for (const auto& [initials, full] : full_names_)
      if (initials == label) a.speaker = full;
    a.source_type = SourceType::kPerson;
    a.content = {start, paragraph.end};
    a.kind = AttributionKind::kDirect;
    a.confidence = internal::kConfInferred;
    c.paragraph = index;
    c.shares_source_of = -2;  // resolved already
    c.clause = {paragraph.start, start};
    candidates_.push_back(std::move(c));
  }

  ExtractorOptions options_;
  static constexpr uint32_t kInterviewerTurn = UINT32_MAX;
  std::vector<uint32_t> turn_label_;  // a turn label's length, kInterviewerTurn, or 0
  std::vector<std::pair<std::string_view, int>> labels_;
  std::vector<std::pair<std::string, std::string>> full_names_;
  const Lexicon& lexicon_;
  std::vector<Token> gap_tokens_;  // MarksBetween's, reused
  AttributionFinder finder_;
  SpeakerResolver speakers_;
  std::unique_ptr<EntityLinker> linker_;
  ParagraphTokens current_, next_;
  // The learned tagger: features_ is set when a model or an observer is.
  std::optional<learned::FeatureExtractor> features_;
  std::unique_ptr<learned::Decoder> decoder_;
  learned::TokenFeatures features_out_;
  std::shared_ptr<const learned::Gate> gate_;  // set when options_.model_gate is
  float gate_threshold_ = 0;
  std::vector<learned::GateFeature> gate_features_;
  std::vector<uint8_t> tags_;
  std::vector<AttributionCandidate> tagged_;
  std::vector<AttributionCandidate> candidates_;
  std::vector<size_t> order_;     // ResolveSpeakersInTextOrder's order
  std::vector<char> resolved_;    // per candidate: its speaker is resolved
  std::vector<OrphanQuote> orphans_;
  std::vector<uint8_t> continued_from_previous_;
};

}  // namespace

absl::StatusOr<std::unique_ptr<Extractor>> Extractor::Create(
    const ExtractorOptions& options) {
  auto linker = EntityLinker::Create();
  if (!linker.ok()) return linker.status();
  std::shared_ptr<const learned::Model> model = options.model;
  if (options.mode != AttributionMode::kRules && model == nullptr) {
    auto loaded = learned::Model::LoadShared(
        options.model_path.empty() ? learned::Model::DefaultPath() : options.model_path);
    if (!loaded.ok()) return loaded.status();
    model = *std::move(loaded);
  }
  if (options.mode == AttributionMode::kRules) model = nullptr;
  std::shared_ptr<const learned::Gate> gate = options.gate;
  if (options.mode == AttributionMode::kRulesThenModel && options.model_gate && gate == nullptr) {
    auto loaded = learned::Gate::LoadShared(
        options.gate_path.empty() ? learned::Gate::DefaultPath() : options.gate_path);
    if (!loaded.ok()) return loaded.status();
    gate = *std::move(loaded);
  }
  if (options.mode != AttributionMode::kRulesThenModel || !options.model_gate) gate = nullptr;
  return std::make_unique<RuleExtractor>(options, *std::move(linker), std::move(model),
                                         std::move(gate));
}

Span ClaimSpan(const Attribution& a, std::string_view text) {
  Span span = a.content;
  if (a.kind == AttributionKind::kDirect || !a.cue || span.start < a.cue->end ||
      span.end > text.size())
    return span;
  std::string_view content = span.in(text);
  if (!(content.starts_with("that") || content.starts_with("That"))) return span;
  uint32_t skip = 4;
  while (skip < content.size() && (content[skip] == ' ' || content[skip] == '\n')) ++skip;
  if (skip == 4 || skip >= content.size()) return span;
  // "said that was a mistake": "that" is the clause's subject.
  uint32_t word_end = skip;
  while (word_end < content.size() && std::isalpha(static_cast<unsigned char>(content[word_end])))
    ++word_end;
  std::string next = speaker_words::LowerAscii(content.substr(skip, word_end - skip));
  const LexEntry* entry = Lexicon::Default().Find(next);
  if (entry != nullptr && (entry->flags & kLexAux)) return span;
  span.start += skip;
  return span;
}

std::string StoredClaimText(const Attribution& a, std::string_view text) {
  const Span span = ClaimSpan(a, text);
  const std::string_view whole = span.in(text);
  // A tag is a source and its cue, side by side, both inside the span.
  if (!a.cue || !a.source || a.cue->start < span.start || a.cue->end > span.end ||
      a.source->start < span.start || a.source->end > span.end ||
      a.source->end + 40 < a.cue->start || a.cue->end + 40 < a.source->start)
    return std::string(whole);
  const uint32_t cut_start = std::min(a.cue->start, a.source->start);
  const uint32_t cut_end = std::max(a.cue->end, a.source->end);
  auto is_quote_end = [](std::string_view s) {
    return s.ends_with("\"") || s.ends_with("\u201d") || s.ends_with("''") || s.ends_with("\u2019");
  };
  auto is_quote_start = [](std::string_view s) {
    return s.starts_with("\"") || s.starts_with("\u201c") || s.starts_with("``") ||
           s.starts_with("''") || s.starts_with("\u2018");
  };
  std::string_view left = text.substr(span.start, cut_start - span.start);
  std::string_view right = text.substr(cut_end, span.end - cut_end);
  // The left part loses its closing quote and spaces.
  bool split_quote = false;  // `“A,” she said. “B.”`
  for (bool changed = true; changed;) {
    changed = false;
    while (!left.empty() && std::isspace(static_cast<unsigned char>(left.back()))) {
      left.remove_suffix(1);
      changed = true;
    }
    if (is_quote_end(left)) {
      left.remove_suffix(left.ends_with("''") ? 2 : left.ends_with("\"") ? 1 : 3);
      changed = split_quote = true;
    }
  }
  // The tag of a split quote goes on to the quote that resumes it ("said
  // Smith, who ran the port for a decade. “B.”", "said in part. “…"); any
  // other to its sentence's end when near, else to its comma.
  const size_t quote =
      std::min({right.find('"'), right.find("\u201c"), right.find("``"), right.find("''")});
  const size_t stop = right.find_first_of(".:;");
  size_t tail = 0;
  if (split_quote && quote != std::string_view::npos && quote < 250) {
    tail = quote;
  } else if (stop != std::string_view::npos && stop < 60) {
    tail = stop + 1;
  } else if (right.starts_with(",")) {
    tail = 1;
  }
  right.remove_prefix(std::min(tail, right.size()));
  for (bool changed = true; changed;) {
    changed = false;
    while (!right.empty() && (std::isspace(static_cast<unsigned char>(right.front())) ||
                              right.front() == ',' || right.front() == ':')) {
      right.remove_prefix(1);
      changed = true;
    }
    if (is_quote_start(right)) {
      right.remove_prefix(right.starts_with("\"") ? 1
                          : right.starts_with("``") || right.starts_with("''") ? 2
                                                                               : 3);
      changed = true;
    }
  }
  if (right.empty()) {
    while (!left.empty() && (left.back() == ',' || std::isspace(static_cast<unsigned char>(left.back()))))
      left.remove_suffix(1);
    return std::string(left);
  }
  if (left.empty()) return std::string(right);
  return Cat(left, " … ", right);
}

absl::StatusOr<Extraction> Extract(const Document& doc) {
  auto extractor = Extractor::Create();
  if (!extractor.ok()) return extractor.status();
  return (*extractor)->Extract(doc);
}

}  // namespace claimgraph::ingest
