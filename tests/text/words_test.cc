// The views of text/'s one tokenizer: name words (entity linking) and claim
// words (the contradiction detector) split its word tokens as each needs.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "text/claim_words.h"
#include "text/lexicon.h"
#include "text/name_words.h"
#include "text/text_scan.h"

namespace claimgraph::ingest {
namespace {

std::vector<std::string> Keys(const NameWords& w) {
  std::vector<std::string> out;
  for (const NameWord& word : w.list) out.emplace_back(word.key);
  return out;
}

TEST_CASE("name words: keys, case shape, gaps and sentence starts", "[text]") {
  NameWords w;
  const std::string text = "The US-Russian deal. Zoë O'Regan's AT&T shares, I'm told.";
  SplitNameWords(text, 0, text.size(), &w);
  CHECK(Keys(w) == std::vector<std::string>{"the", "us", "russian", "deal", "zoe", "oregan",
                                            "at", "t", "shares", "im", "told"});
  CHECK(w[0].sentence_start);
  CHECK(w[0].capitalised);
  CHECK(w[1].all_caps);
  CHECK(w[1].gap_after == Gap::kHyphen);  // "US-Russian" is two names
  CHECK(w[3].gap_after == Gap::kBreak);
  CHECK(w[4].sentence_start);             // after the full stop
  CHECK(w[4].gap_after == Gap::kSpace);
  CHECK(w[5].possessive);
  CHECK(text.substr(w[5].start, w[5].end - w[5].start) == "O'Regan");  // "'s" excluded
  CHECK_FALSE(w[5].contraction);
  CHECK(w[9].contraction);                // "I'm" is never a name
  CHECK(w[1].key_hash == NameKeyHash("us"));
  // "U.S." keeps its final period in the word and drops both from the key.
  SplitNameWords("U.S. officials", 0, 14, &w);
  CHECK(Keys(w) == std::vector<std::string>{"us", "officials"});
  CHECK(w[0].end == 4);
  // A range: only the words inside it.
  SplitNameWords(text, 4, 14, &w);
  CHECK(Keys(w) == std::vector<std::string>{"us", "russian"});
}

TEST_CASE("a spaced ampersand between capitalised words joins one name's word", "[text]") {
  const std::string text = "Procter & Gamble and Dow Jones & Co. said salt & pepper rose.";
  std::vector<Token> tokens;
  Tokenize(text, 0, text.size(), Lexicon::Default(), &tokens);
  std::vector<std::string> words;
  for (const Token& t : tokens) words.emplace_back(text.substr(t.start, t.end - t.start));
  CHECK(words == std::vector<std::string>{"Procter & Gamble", "and", "Dow", "Jones & Co.", "said",
                                          "salt", "&", "pepper", "rose", "."});
  // "Co." keeps its period: an abbreviation does not end the sentence.
  CHECK(tokens[3].abbreviation);
  CHECK(tokens[0].capitalized);
}

TEST_CASE("a company's designator ends the sentence before a word that cannot go on its name",
          "[text]") {
  auto period_kept = [](const std::string& text, const std::string& word) {
    std::vector<Token> tokens;
    Tokenize(text, 0, text.size(), Lexicon::Default(), &tokens);
    for (const Token& t : tokens)
      if (text.substr(t.start, word.size()) == word) return t.abbreviation;
    FAIL("no token " << word);
    return false;
  };
  CHECK_FALSE(period_kept("a settlement offer from Pennzoil Co. Pennzoil said so.", "Co"));
  CHECK_FALSE(period_kept("shares of General Motors Corp. The company said so.", "Corp"));
  // A title, another designator or a lower-case word go on with the name.
  CHECK(period_kept("Texas Air Corp. Chairman Frank Lorenzo said so.", "Corp"));
  CHECK(period_kept("Dow Jones & Co. Inc. said so.", "Jones & Co"));
  CHECK(period_kept("Acme Inc. said so.", "Inc"));
  // Other abbreviations keep their period before any capitalised word.
  CHECK(period_kept("Gen. Dunford said so.", "Gen"));
}

TEST_CASE("name words never span two word tokens of the tokenizer", "[text]") {
  const std::string text =
      "On 3:30 p.m. Jan. 5, £50m of al-Assad’s “aid” — 1,035 F-16s — went to Deir ez-Zor...";
  std::vector<Token> tokens;
  Tokenize(text, 0, text.size(), Lexicon::Default(), &tokens);
  NameWords w;
  SplitNameWords(text, 0, text.size(), &w);
  REQUIRE(w.size() > 10);
  for (const NameWord& word : w.list) {
    bool inside = false;
    for (const Token& t : tokens)
      inside |= t.kind == TokenKind::kWord && t.start <= word.start && word.end <= t.end;
    CHECK(inside);
  }
}

TEST_CASE("Tokenize without the lexicon: no word classes, known abbreviations split", "[text]") {
  const std::string text = "Mr. Smith of the U.S. said J. Doe left.";
  std::vector<Token> with, without;
  Tokenize(text, 0, text.size(), Lexicon::Default(), &with);
  Tokenize(text, 0, text.size(), &without);
  auto words = [&](const std::vector<Token>& tokens) {
    std::vector<std::string> out;
    for (const Token& t : tokens) out.push_back(text.substr(t.start, t.end - t.start));
    return out;
  };
  CHECK(words(with) ==
        std::vector<std::string>{"Mr.", "Smith", "of", "the", "U.S.", "said", "J.", "Doe", "left", "."});
  // Only the lexicon knows "Mr" takes a period; "U.S." and the initial need no lexicon.
  CHECK(words(without) == std::vector<std::string>{"Mr", ".", "Smith", "of", "the", "U.S.", "said",
                                                   "J.", "Doe", "left", "."});
  CHECK(with[5].entry != nullptr);  // "said"
  for (const Token& t : without) CHECK((t.entry == nullptr && t.lex == 0));
}

TEST_CASE("a dotted abbreviation keeps its period, a web domain or a decimal ends the sentence",
          "[text]") {
  const std::string text = "At 9 a.m. the Ph.D. said so, the site Example.com. The rate was 3.5. Go.";
  std::vector<Token> tokens;
  Tokenize(text, 0, text.size(), Lexicon::Default(), &tokens);
  std::vector<std::string> words;
  for (const Token& t : tokens) words.push_back(text.substr(t.start, t.end - t.start));
  CHECK(words == std::vector<std::string>{"At", "9", "a.m.", "the", "Ph.D.", "said", "so", ",",
                                          "the", "site", "Example.com", ".", "The", "rate",
                                          "was", "3.5", ".", "Go", "."});
}

TEST_CASE("claim words: lower case, stems, negations split, punctuation kept", "[text]") {
  std::vector<std::string> lower, stem;
  const std::string text = "The U.S. wasn’t attacking; Russia's 1,035 F-16s at 3:30... AT&T “won't”";
  for (const ClaimWord& w : ClaimWords(text, ThreadStemmer())) {
    lower.push_back(w.lower);
    stem.push_back(w.stem);
  }
  CHECK(lower == std::vector<std::string>{"the", "u.s.", "was", "n't", "attacking", ";", "russia",
                                          "1,035", "f-16s", "at", "3", ":", "30", ".", ".", ".",
                                          "at", "t", "will", "n't"});
  CHECK(stem[4] == "attack");
  CHECK(stem[3] == "n't");
  const std::vector<ClaimWord> words = ClaimWords("The US said", ThreadStemmer());
  REQUIRE(words.size() == 3);
  CHECK(words[0].capitalised);
  CHECK_FALSE(words[0].all_upper);
  CHECK(words[1].all_upper);
  CHECK(words[1].start == 4);
  CHECK(words[1].end == 6);
  CHECK_FALSE(words[2].capitalised);
}

}  // namespace
}  // namespace claimgraph::ingest
