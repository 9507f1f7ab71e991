#include "ingest/speakers.h"

#include <cctype>

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

// Capitals standing for their governments ("Moscow cited …" → Russia).
std::string_view CountryOfCapital(std::string_view name) {
  static constexpr std::pair<std::string_view, std::string_view> kCapitals[] = {
      {"Moscow", "Russia"},        {"Washington", "United States"}, {"Beijing", "China"},
      {"Tehran", "Iran"},          {"Damascus", "Syria"},           {"Ankara", "Turkey"},
      {"Kiev", "Ukraine"},         {"Kyiv", "Ukraine"},             {"Paris", "France"},
      {"Berlin", "Germany"},       {"Tokyo", "Japan"},              {"Pyongyang", "North Korea"},
      {"Seoul", "South Korea"},    {"Riyadh", "Saudi Arabia"},      {"Kabul", "Afghanistan"},
      {"Baghdad", "Iraq"},         {"Cairo", "Egypt"},              {"New Delhi", "India"},
      {"Islamabad", "Pakistan"},   {"Caracas", "Venezuela"},        {"Havana", "Cuba"},
      {"London", "United Kingdom"}, {"Rome", "Italy"},              {"Madrid", "Spain"},
      {"Warsaw", "Poland"},        {"Athens", "Greece"},            {"Tripoli", "Libya"},
      {"Beirut", "Lebanon"},       {"Amman", "Jordan"},             {"Doha", "Qatar"},
      {"Ottawa", "Canada"},        {"Canberra", "Australia"},       {"Brussels", "European Union"}};
  for (const auto& [capital, country] : kCapitals)
    if (capital == name) return country;
  return {};
}

bool IsCapitalizedWord(std::string_view w) {
  return !w.empty() && ((w[0] >= 'A' && w[0] <= 'Z') || static_cast<unsigned char>(w[0]) >= 0xC0);
}

// "the coalition" → "US-led coalition": the nearest earlier mention of the
// same noun with capitalised or hyphenated modifiers. Empty when none.
std::string EarlierNamedMention(std::string_view text, uint32_t before, std::string_view noun) {
  size_t pos = before;
  while (pos > 0) {
    size_t hit = text.rfind(noun, pos - 1);
    if (hit == std::string_view::npos || hit == 0) return {};
    pos = hit;
    size_t after = hit + noun.size();
    if (after < text.size() && std::isalpha(static_cast<unsigned char>(text[after]))) continue;
    if (text[hit - 1] != ' ') continue;
    // Collect up to three modifiers before the noun.
    size_t start = hit - 1;
    int words = 0;
    while (words < 3 && start > 0) {
      size_t ws = text.rfind(' ', start - 1);
      ws = ws == std::string_view::npos ? 0 : ws + 1;
      std::string_view w = text.substr(ws, start - ws);
      if (w.empty() || w.find('\n') != std::string_view::npos) break;
      bool modifier = (IsCapitalizedWord(w) && w != "The" && w != "A" && w != "An") ||
                      (w.find('-') != std::string_view::npos && w.back() != '-');
      if (!modifier || w.back() == ',' || w.back() == '.') break;
      ++words;
      if (ws == 0) {
        start = 0;
        break;
      }
      start = ws - 1;
    }
    if (words == 0) continue;
    size_t name_start = start == 0 ? 0 : start + 1;
    return Normalize(text.substr(name_start, after - name_start));
  }
  return {};
}

}  // namespace

void SpeakerResolver::Reset() {
  speakers_.clear();
  names_.clear();
  name_gender_.clear();
  acronyms_.clear();
  mentions_.clear();
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
  // "the Federal Security Service (FSB)": the acronym names the organisation.
  for (int i = 2; i + 2 < n; ++i) {
    if (!(t[i].kind == TokenKind::kPunct && t[i].punct == '(') || t[i + 1].kind != TokenKind::kWord ||
        !(t[i + 2].kind == TokenKind::kPunct && t[i + 2].punct == ')'))
      continue;
    std::string_view acronym = text.substr(t[i + 1].start, t[i + 1].end - t[i + 1].start);
    bool caps = acronym.size() >= 2 && acronym.size() <= 8;
    for (char c : acronym) caps &= (c >= 'A' && c <= 'Z');
    if (!caps) continue;
    int a = i;
    while (a > 0 && t[a - 1].kind == TokenKind::kWord &&
           (t[a - 1].capitalized || (t[a - 1].lex & kLexPrep)) && !(t[a - 1].lex & kLexDeterminer))
      --a;
    while (a < i && !t[a].capitalized) ++a;
    if (i - a < 2) continue;
    // "United Nations Educational, Scientific and Cultural Organization": a
    // list before the run means we only have its tail.
    if (a > 0 && ((t[a - 1].kind == TokenKind::kPunct && t[a - 1].punct == ',') ||
                  (t[a - 1].lex & kLexBoundary)))
      continue;
    acronyms_.emplace_back(std::string(acronym),
                           Normalize(text.substr(t[a].start, t[i - 1].end - t[a].start)));
  }
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
    std::string full = Normalize(text.substr(t[a].start, t[b - 1].end - t[a].start));
    Remember(full, gender);
    mentions_.push_back({t[a].start, std::move(full), gender});
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
  SourceMention m = c->mention;
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
    // No earlier speaker fits: the latest person named before the pronoun.
    if (a.speaker.empty() && (m.pronoun == 'm' || m.pronoun == 'f')) {
      for (auto it = mentions_.rbegin(); it != mentions_.rend(); ++it) {
        if (it->position >= a.source->start) continue;
        if (it->gender != 0 && it->gender != m.pronoun) continue;
        a.speaker = it->name;
        known.name = it->name;
        known.type = SourceType::kPerson;
        known.gender = m.pronoun;
        break;
      }
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
      // Slavic surnames mark gender: Zakharova, Lavrov, Pavlovskaya.
      std::string_view last = LastWord(name);
      if (!known.gender && last.size() > 4) {
        if (last.ends_with("ova") || last.ends_with("eva") || last.ends_with("skaya"))
          known.gender = 'f';
        else if (last.ends_with("ov") || last.ends_with("ev") || last.ends_with("sky"))
          known.gender = 'm';
      }
    }
    for (const auto& [acronym, full] : acronyms_)
      if (acronym == name) {
        name = full;
        a.source_type = m.type = known.type = SourceType::kOrganisation;
      }
    if (m.type == SourceType::kOrganisation) {
      std::string_view country = CountryOfCapital(name);
      if (!country.empty()) name = std::string(country);
      // "the coalition": the named coalition met earlier.
      std::string_view source = a.source->in(text);
      if ((source.starts_with("the ") || source.starts_with("The ")) &&
          name.find(' ') == std::string::npos && !name.empty() && name[0] >= 'a' && name[0] <= 'z') {
        std::string earlier = EarlierNamedMention(text, a.source->start, name);
        if (!earlier.empty()) name = earlier;
      }
    }
    a.speaker = name;
  }
  known.name = a.speaker;
  speakers_.push_back(known);
}

}  // namespace claimgraph::ingest
