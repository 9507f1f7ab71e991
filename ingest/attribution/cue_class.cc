#include "ingest/attribution/cue_class.h"

#include <cctype>
#include <optional>
#include <string>
#include <vector>

#include "text/lexicon.h"

namespace claimgraph::ingest {
namespace {

// The ASCII-lowercased words of `text` (letters, digits, '-', '\''), a
// possessive "'s" cut off.
std::vector<std::string> LowerWords(std::string_view text) {
  std::vector<std::string> words;
  std::string word;
  auto flush = [&] {
    if (word.size() > 2 && word.compare(word.size() - 2, 2, "'s") == 0) word.resize(word.size() - 2);
    if (!word.empty()) words.push_back(std::move(word));
    word.clear();
  };
  for (char c : text) {
    const unsigned char u = static_cast<unsigned char>(c);
    if (std::isalnum(u) || ((c == '-' || c == '\'') && !word.empty())) {
      word.push_back(static_cast<char>(std::tolower(u)));
    } else {
      flush();
    }
  }
  flush();
  return words;
}

// Words that may stand in a cue without carrying its meaning: "has also said",
// "in a statement", "did not immediately respond".
constexpr uint32_t kFunctionWord =
    kLexAux | kLexSkip | kLexDeterminer | kLexPrep | kLexBoundary | kLexTime | kLexPronoun;

// True when the head noun of the source mention names a non-human source of
// evidence: the last word before the first preposition or participle ("a poll
// of voters", "a poll released on Friday").
bool EvidenceSource(const Lexicon& lexicon, std::string_view source) {
  std::vector<std::string> words = LowerWords(source);
  const LexEntry* head = nullptr;
  for (const std::string& w : words) {
    const LexEntry* e = lexicon.Find(w);
    if (e != nullptr && (e->flags & kLexPrep) && head != nullptr) break;
    if (head != nullptr && w.size() > 4 && w.ends_with("ed") && e == nullptr) break;
    head = e;
  }
  return head != nullptr && (head->flags & kLexEvidenceNoun);
}

AttributionClass ClassOf(CueSense sense) {
  switch (sense) {
    case CueSense::kBelief: return AttributionClass::kBelief;
    case CueSense::kIntention: return AttributionClass::kIntention;
    case CueSense::kStance: return AttributionClass::kStance;
    case CueSense::kNone:
    case CueSense::kStatement: break;
  }
  return AttributionClass::kStatement;
}

}  // namespace

AttributionClass ClassifyCue(std::string_view cue, std::string_view source) {
  const Lexicon& lexicon = Lexicon::Default();
  const std::vector<std::string> words = LowerWords(cue);
  std::optional<CueSenses> found;
  bool unknown_word = false;
  for (size_t i = 0; i < words.size() && !found; ++i) {
    const LexEntry* entry = lexicon.Find(words[i]);
    // The form as written, then the lexicon's lemma ("told" -> "tell"); a
    // phrase with the next word first ("called for").
    std::vector<std::string> keys;
    for (std::string_view form : {std::string_view(words[i]),
                                  entry != nullptr ? entry->lemma : std::string_view()}) {
      if (form.empty()) continue;
      if (i + 1 < words.size()) keys.push_back(std::string(form) + " " + words[i + 1]);
      keys.push_back(std::string(form));
    }
    for (const std::string& key : keys) {
      if (const CueSenses* senses = lexicon.FindSenses(key)) {
        found = *senses;
        break;
      }
    }
    // A verb of saying, or a speech noun ("in a statement"): a statement.
    if (!found && entry != nullptr && (entry->flags & (kLexCue | kLexSpeechNoun))) found = CueSenses{};
    if (!found && (entry == nullptr || !(entry->flags & kFunctionWord))) unknown_word = true;
  }
  if (!found) {
    if (unknown_word) return AttributionClass::kBelief;
    // A cue of function words only ("In a poll, …"): its source decides.
    return EvidenceSource(lexicon, source) ? AttributionClass::kEvidence
                                           : AttributionClass::kStatement;
  }
  const AttributionClass person = ClassOf(found->person);
  if ((person == AttributionClass::kStatement || found->evidence) &&
      EvidenceSource(lexicon, source)) {
    return AttributionClass::kEvidence;
  }
  return person;
}

bool AssertsFact(AttributionClass cue_class) {
  return cue_class == AttributionClass::kStatement || cue_class == AttributionClass::kEvidence;
}

}  // namespace claimgraph::ingest
