#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>

#include "ingest/document.h"
#include "ingest/layout.h"
#include "ingest/near_duplicate.h"
#include "test_util.h"

namespace claimgraph::ingest {
namespace {

using testing::ReadExample;
using testing::ReadFile;

uint64_t BodyHash(std::string_view text) {
  return SimHash(text, AnalyzeLayout(text).paragraphs);
}

TEST_CASE("the two AFP copies are the same story after layout", "[near_duplicate]") {
  std::string arab = ReadExample("afp-syria-deconfliction-arab-today.txt");
  std::string muscat = ReadExample("afp-syria-deconfliction-muscat-daily.txt");
  const int distance = HammingDistance(BodyHash(arab), BodyHash(muscat));
  std::printf("SimHash distance between the AFP copies after layout: %d\n", distance);
  CHECK(distance <= kSameStoryMaxDistance);
  CHECK(SameStory(BodyHash(arab), BodyHash(muscat)));
  // Without layout the Arab Today page furniture moves the fingerprint.
  const int raw = HammingDistance(SimHash(arab, {}), SimHash(muscat, {}));
  std::printf("SimHash distance between the raw pages: %d\n", raw);
  CHECK(raw > distance);
}

TEST_CASE("the 2016 article is not the same story as the 2017 AFP story",
          "[near_duplicate]") {
  std::string a = ReadExample("2016-09-18-deir-ezzor-airstrike.txt");
  std::string b = ReadExample("afp-syria-deconfliction-muscat-daily.txt");
  CHECK(HammingDistance(BodyHash(a), BodyHash(b)) > 2 * kSameStoryMaxDistance);
}

TEST_CASE("quote style, case and diacritics do not change the fingerprint",
          "[near_duplicate]") {
  std::string a =
      "\xE2\x80\x98Russia really needs to stop the cheap point scoring,\xE2\x80\x99 "
      "Power told reporters near Deir ez-Zor.";
  std::string b =
      "\"RUSSIA really needs to stop the cheap point-scoring,\" Power told "
      "reporters near D\xC3\xA9ir ez Zor.";
  CHECK(HammingDistance(SimHash(a, {}), SimHash(b, {})) == 0);
  CHECK(FingerprintWords(b, {}).back() == "zor");
}

TEST_CASE("a light edit stays within the threshold", "[near_duplicate]") {
  std::string muscat = ReadExample("afp-syria-deconfliction-muscat-daily.txt");
  Layout layout = AnalyzeLayout(muscat);
  std::string edited = BodyText(muscat, layout);
  // An outlet trims the last paragraph and changes one word.
  edited = edited.substr(0, edited.rfind("\n\n"));
  std::size_t pos = edited.find("top US general");
  REQUIRE(pos != std::string::npos);
  edited.replace(pos, 3, "senior");
  const int distance = HammingDistance(BodyHash(muscat), SimHash(edited, {}));
  std::printf("SimHash distance after trimming a paragraph and one edit: %d\n", distance);
  CHECK(distance <= kSameStoryMaxDistance);
}

TEST_CASE("empty and tiny texts", "[near_duplicate]") {
  CHECK(SimHash("", {}) == 0);
  CHECK(ShingleCount("", {}) == 0);
  CHECK(ShingleCount("Power said", {}) == 1);
  CHECK(ShingleCount("Power told reporters on Saturday", {}) == 3);
  CHECK(HammingDistance(0, ~uint64_t{0}) == 64);
}

TEST_CASE("unrelated Wikinews articles are far apart", "[near_duplicate]") {
  std::string path = std::string(CLAIMGRAPH_SOURCE_DIR) + "/tests/data/wikinews/articles.jsonl";
  if (const char* env = std::getenv("CLAIMGRAPH_WIKINEWS")) path = env;
  std::ifstream corpus(path);
  if (!corpus) {
    WARN("Wikinews corpus not found at " << path << "; skipped");
    return;
  }
  std::vector<uint64_t> hashes;
  std::vector<std::string> ids;
  std::string line;
  while (std::getline(corpus, line)) {
    auto doc = DocumentFromJsonLine(line, path);
    REQUIRE(doc.ok());
    if (ShingleCount(doc->text, AnalyzeLayout(doc->text).paragraphs) <
        kMinShinglesForMatch) {
      continue;
    }
    hashes.push_back(BodyHash(doc->text));
    ids.push_back(doc->doc_id);
  }
  REQUIRE(hashes.size() > 300);
  long pairs = 0, false_positives = 0;
  int min_distance = 64;
  std::array<long, 65> histogram{};
  for (std::size_t i = 0; i < hashes.size(); ++i) {
    for (std::size_t j = i + 1; j < hashes.size(); ++j) {
      const int d = HammingDistance(hashes[i], hashes[j]);
      ++pairs;
      ++histogram[d];
      if (d <= kSameStoryMaxDistance) {
        ++false_positives;
        std::printf("same story? %s %s distance %d\n", ids[i].c_str(), ids[j].c_str(), d);
      }
      min_distance = std::min(min_distance, d);
    }
  }
  long below_15 = 0;
  for (int d = 0; d < 15; ++d) below_15 += histogram[d];
  std::printf(
      "Wikinews: %zu articles, %ld pairs, %ld within %d bits (false-positive rate "
      "%.6f), %ld within 14 bits, minimum distance %d\n",
      hashes.size(), pairs, false_positives, kSameStoryMaxDistance,
      double(false_positives) / double(pairs), below_15, min_distance);
  CHECK(false_positives == 0);
  CHECK(min_distance > kSameStoryMaxDistance);
}

}  // namespace
}  // namespace claimgraph::ingest
