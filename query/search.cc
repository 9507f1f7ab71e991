#include "query/search.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <unordered_map>

#include "common/status_macros.h"
#include "common/strings.h"
#include "text/claim_words.h"
#include "text/stemmer.h"
#include "text/stopwords.h"

namespace claimgraph::query {
namespace {

// BM25's usual constants.
constexpr double kK1 = 1.2;
constexpr double kB = 0.75;
constexpr int kReadPage = 500;
constexpr std::size_t kMaxQueryWords = 32;
constexpr std::string_view kTokenPrefix = "search:";

// The stems of `text`'s words, punctuation left out.
std::vector<std::string> Stems(std::string_view text) {
  std::vector<std::string> out;
  for (const ingest::ClaimWord& word : ingest::ClaimWords(text, ingest::ThreadStemmer())) {
    if (!word.punct) out.push_back(word.stem);
  }
  return out;
}

struct ParsedQuery {
  std::vector<std::string> words;                 // stems that must all occur
  std::vector<std::vector<std::string>> phrases;  // stems that must occur in a row
};

absl::StatusOr<ParsedQuery> ParseQuery(std::string_view text) {
  ParsedQuery query;
  std::string loose;
  std::size_t at = 0;
  while (at < text.size()) {
    std::size_t open = text.find('"', at);
    loose.append(text.substr(at, open == std::string_view::npos ? open : open - at));
    loose.push_back(' ');
    if (open == std::string_view::npos) break;
    std::size_t close = text.find('"', open + 1);
    if (close == std::string_view::npos) {
      return absl::InvalidArgumentError(Cat("query: the phrase opened at byte ", open,
                                            " is not closed (a '\"' is missing)"));
    }
    std::vector<std::string> phrase = Stems(text.substr(open + 1, close - open - 1));
    if (phrase.size() == 1) {
      query.words.push_back(phrase[0]);
    } else if (!phrase.empty()) {
      query.phrases.push_back(std::move(phrase));
    }
    at = close + 1;
  }
  std::vector<std::string> all;
  for (const ingest::ClaimWord& word : ingest::ClaimWords(loose, ingest::ThreadStemmer())) {
    if (word.punct) continue;
    all.push_back(word.stem);
    if (!ingest::IsStopWord(word.lower)) query.words.push_back(word.stem);
  }
  // A query of stop words only ("who said it") searches them after all.
  if (query.words.empty() && query.phrases.empty()) query.words = all;
  if (query.words.empty() && query.phrases.empty()) {
    return absl::InvalidArgumentError("query: no word to search for");
  }
  std::size_t words = query.words.size();
  for (const auto& phrase : query.phrases) words += phrase.size();
  if (words > kMaxQueryWords) {
    return absl::InvalidArgumentError(
        Cat("query: ", words, " words; at most ", kMaxQueryWords, " are searched for"));
  }
  std::sort(query.words.begin(), query.words.end());
  query.words.erase(std::unique(query.words.begin(), query.words.end()), query.words.end());
  return query;
}

bool HasPhrase(const std::vector<std::string>& stems, const std::vector<std::string>& phrase) {
  return std::search(stems.begin(), stems.end(), phrase.begin(), phrase.end()) != stems.end();
}

struct Candidate {
  graph::NodeId id;
  std::vector<std::string> stems;
};

absl::StatusOr<std::size_t> ParseToken(std::string_view token) {
  if (token.empty()) return 0;
  std::size_t offset = 0;
  std::string_view digits = token.substr(std::min(token.size(), kTokenPrefix.size()));
  auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), offset);
  if (!token.starts_with(kTokenPrefix) || error != std::errc() ||
      end != digits.data() + digits.size()) {
    return absl::InvalidArgumentError("page_token: not a token of this search");
  }
  return offset;
}

}  // namespace

absl::StatusOr<ClaimHits> SearchClaims(const graph::GraphStore& store,
                                       const graph::ClaimFilter& filter,
                                       const std::vector<v1::ClaimKind>& kinds,
                                       std::string_view text, int page_size,
                                       std::string_view page_token,
                                       const std::function<bool()>& cancelled) {
  ASSIGN_OR_RETURN(ParsedQuery query, ParseQuery(text));
  ASSIGN_OR_RETURN(std::size_t offset, ParseToken(page_token));
  page_size = std::clamp(page_size, 1, 500);

  // Read every claim the filter selects: BM25 needs the collection's document
  // frequencies and lengths, the matches need the whole query.
  std::vector<Candidate> matches;
  std::unordered_map<std::string, int> document_frequency;
  for (const std::string& word : query.words) document_frequency[word] = 0;
  double total_length = 0;
  int collection = 0;
  std::string token;
  do {
    if (cancelled && cancelled()) return absl::CancelledError("search cancelled");
    ASSIGN_OR_RETURN(graph::Page page, store.ListClaims(filter, kReadPage, token));
    for (graph::NodeId id : page.ids) {
      ASSIGN_OR_RETURN(v1::Node node, store.GetNode(id));
      if (!kinds.empty() &&
          std::find(kinds.begin(), kinds.end(), node.claim().kind()) == kinds.end()) {
        continue;
      }
      Candidate candidate{id, Stems(node.claim().content())};
      ++collection;
      total_length += candidate.stems.size();
      std::vector<std::string> distinct = candidate.stems;
      std::sort(distinct.begin(), distinct.end());
      bool all_words = true;
      for (auto& [word, df] : document_frequency) {
        bool has = std::binary_search(distinct.begin(), distinct.end(), word);
        df += has;
        all_words &= has;
      }
      bool all_phrases = std::all_of(query.phrases.begin(), query.phrases.end(),
                                     [&](const auto& p) { return HasPhrase(candidate.stems, p); });
      if (all_words && all_phrases) matches.push_back(std::move(candidate));
    }
    token = page.next_page_token;
  } while (!token.empty());

  // BM25 over the filtered collection; a phrase scores as the sum of its words.
  std::vector<std::string> scored = query.words;
  for (const auto& phrase : query.phrases) scored.insert(scored.end(), phrase.begin(), phrase.end());
  const double average = collection ? total_length / collection : 1;
  auto df_of = [&](const std::string& word) {
    auto it = document_frequency.find(word);
    if (it != document_frequency.end()) return it->second;
    int df = 0;  // phrase words: counted among the matches (a lower bound)
    for (const Candidate& m : matches) {
      df += std::find(m.stems.begin(), m.stems.end(), word) != m.stems.end();
    }
    return df;
  };
  std::unordered_map<std::string, double> idf;
  for (const std::string& word : scored) {
    double df = df_of(word);
    idf[word] = std::log(1 + (collection - df + 0.5) / (df + 0.5));
  }
  std::vector<ClaimHit> ranked;
  ranked.reserve(matches.size());
  for (const Candidate& m : matches) {
    double score = 0;
    for (const auto& [word, weight] : idf) {
      double tf = std::count(m.stems.begin(), m.stems.end(), word);
      score += weight * tf * (kK1 + 1) /
               (tf + kK1 * (1 - kB + kB * m.stems.size() / std::max(average, 1.0)));
    }
    ranked.push_back({m.id, score});
  }
  std::stable_sort(ranked.begin(), ranked.end(),
                   [](const ClaimHit& a, const ClaimHit& b) { return a.score > b.score; });

  ClaimHits out;
  out.total = static_cast<int>(ranked.size());
  if (offset > ranked.size()) {
    return absl::InvalidArgumentError("page_token: not a token of this search");
  }
  std::size_t end = std::min(ranked.size(), offset + page_size);
  out.hits.assign(ranked.begin() + offset, ranked.begin() + end);
  if (end < ranked.size()) out.next_page_token = Cat(kTokenPrefix, end);
  return out;
}

}  // namespace claimgraph::query
