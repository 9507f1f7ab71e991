#include "ingest/speakers.h"

namespace claimgraph::ingest {
namespace {

std::string_view LastWord(std::string_view name) {
  size_t p = name.find_last_of(' ');
  return p == std::string_view::npos ? name : name.substr(p + 1);
}

std::string_view StripPossessive(std::string_view w) {
  if (w.ends_with("'s")) return w.substr(0, w.size() - 2);
  if (w.ends_with("\xE2\x80\x99s")) return w.substr(0, w.size() - 4);
  return w;
}

// Collapses runs of whitespace (names may wrap across a line).
std::string Normalize(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

bool IsNameWord(const Token& t) {
  return t.kind == TokenKind::kWord && t.capitalized && !t.possessive &&
         !(t.lex & (kLexTitle | kLexOrgWord | kLexPlace | kLexNotName | kLexTime |
                    kLexDeterminer | kLexPronoun));
}

}  // namespace

void SpeakerResolver::Reset() {
  speakers_.clear();
  names_.clear();
  name_gender_.clear();
}

void SpeakerResolver::Remember(std::string_view full_name, char gender) {
  std::string_view last = LastWord(full_name);
  if (last.size() == full_name.size()) return;
  for (size_t i = 0; i < names_.size(); ++i) {
    if (names_[i].first == last) {
      if (names_[i].second.size() < full_name.size()) names_[i].second = std::string(full_name);
      if (gender) name_gender_[i] = gender;
      return;
    }
  }
  names_.emplace_back(std::string(last), std::string(full_name));
  name_gender_.push_back(gender);
}

std::string SpeakerResolver::FullName(std::string_view surname) const {
  for (const auto& [last, full] : names_)
    if (last == surname) return full;
  return {};
}

void SpeakerResolver::LearnNames(std::string_view text, const ParagraphTokens& p) {
  const auto& t = p.tokens;
  const int n = static_cast<int>(t.size());
  for (int i = 0; i + 1 < n; ++i) {
    // "General Joe Dunford", "Judge Amy Berman Jackson", "Mary Smith".
    bool title = t[i].kind == TokenKind::kWord && (t[i].lex & kLexTitle) && t[i].capitalized;
    bool given = t[i].kind == TokenKind::kWord && t[i].capitalized &&
                 (t[i].lex & (kLexMale | kLexFemale)) && !(t[i].lex & kLexTitle);
    if (!title && !given) continue;
    int a = title ? i + 1 : i;
    int b = a;
    while (b < n && b - a < 4 && (IsNameWord(t[b]) || (b == i && given))) ++b;
    if (b - a < 2) continue;
    if (t[b - 1].abbreviation) continue;
    char gender = 0;
    for (int k = i; k < b; ++k) {
      if (t[k].lex & kLexFemale) gender = 'f';
      else if ((t[k].lex & kLexMale) && !gender) gender = 'm';
    }
    Remember(Normalize(text.substr(t[a].start, t[b - 1].end - t[a].start)), gender);
    i = b - 1;
  }
}

void SpeakerResolver::Resolve(std::string_view text,
                              const std::vector<AttributionCandidate>& resolved,
                              AttributionCandidate* c) {
  Attribution& a = c->attribution;
  if (c->shares_source_of == -2) return;  // resolved where it was found
  if (c->shares_source_of >= 0 &&
      c->shares_source_of < static_cast<int>(resolved.size())) {
    const Attribution& from = resolved[c->shares_source_of].attribution;
    a.speaker = from.speaker;
    a.source_type = from.source_type;
    a.role = from.role;
    return;
  }
  if (!a.source) {
    a.source_type = SourceType::kUnknown;
    return;
  }
  const SourceMention& m = c->mention;
  if (!m.role.empty()) a.role = Normalize(m.role.in(text));
  Known known;
  known.type = m.type;
  known.gender = m.gender;
  known.plural = m.plural;
  if (m.pronoun) {
    a.source_type = SourceType::kPerson;
    for (auto it = speakers_.rbegin(); it != speakers_.rend(); ++it) {
      bool match = false;
      switch (m.pronoun) {
        case 'm':
        case 'f':
          match = it->type == SourceType::kPerson && !it->plural &&
                  (it->gender == 0 || it->gender == m.pronoun);
          break;
        case 'p':
          match = it->plural || it->type == SourceType::kOrganisation;
          break;
        case 'n':
          match = it->type == SourceType::kOrganisation || it->type == SourceType::kDocument;
          break;
        default:
          break;
      }
      if (!match) continue;
      if ((m.pronoun == 'm' || m.pronoun == 'f') && it->gender == 0) it->gender = m.pronoun;
      a.speaker = it->name;
      a.source_type = it->type;
      // Gender learnt from a pronoun sticks to the name.
      known = *it;
      break;
    }
    if (m.pronoun == 'i') return;
    speakers_.push_back(known);
    return;
  }
  a.source_type = m.type;
  if (!m.name.empty()) {
    std::string name = Normalize(m.name.in(text));
    std::string_view stripped = StripPossessive(name);
    if (stripped.size() >= 4 && stripped.substr(0, 4) == "The ") stripped.remove_prefix(4);
    name = std::string(stripped);
    if (m.type == SourceType::kPerson) {
      if (name.find(' ') == std::string::npos) {
        std::string full = FullName(name);
        if (!full.empty()) name = full;
      } else {
        Remember(name, m.gender);
      }
      for (size_t i = 0; i < names_.size(); ++i)
        if (names_[i].second == name && name_gender_[i] && !known.gender)
          known.gender = name_gender_[i];
    }
    a.speaker = name;
  }
  known.name = a.speaker;
  speakers_.push_back(known);
}

}  // namespace claimgraph::ingest
