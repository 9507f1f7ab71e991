#include <algorithm>
#include <atomic>
#include <catch2/catch.hpp>
#include <set>
#include <thread>

#include "absl/strings/str_join.h"
#include "ingest/extraction.h"
#include "query/names.h"
#include "graph/store.h"
#include "graph/subgraph.h"
#include "graph/views.h"
#include "rocksdb/db.h"
#include "corrupt_tables.h"
#include "test_util.h"

namespace claimgraph::graph {
namespace {

using ingest::AttributionKind;
using ingest::Document;
using testing::ExtractionBuilder;
using testing::TempDir;

const char kPowerText[] =
    "The US ambassador to the United Nations, Samantha Power, chastised Russia.\n\n"
    "\xE2\x80\x98Russia really needs to stop the cheap point scoring,\xE2\x80\x99 "
    "Power told reporters.\n\n"
    "She said the United States was investigating the air strikes.\n\n"
    "Russia\xE2\x80\x99s UN ambassador Vitaly Churkin said: \xE2\x80\x98This is a "
    "very big question mark.\xE2\x80\x99\n";

Document PowerDoc(const std::string& id = "power.txt") {
  Document doc;
  doc.doc_id = id;
  doc.text = kPowerText;
  doc.published = "2016-09-18";
  return doc;
}

ingest::Extraction PowerExtraction(const Document& doc) {
  return ExtractionBuilder(doc)
      .Add("Power", "Samantha Power", "told",
           "Russia really needs to stop the cheap point scoring")
      .Entity("Russia", "place")
      .SaidOn("2016-09-17")
      .Add("She", "Samantha Power", "said",
           "the United States was investigating the air strikes",
           AttributionKind::kIndirect)
      .Entity("United States", "place")
      .Add("Vitaly Churkin", "Vitaly Churkin", "said", "This is a very big question mark.")
      .Build();
}

std::unique_ptr<GraphStore> OpenStore(const TempDir& dir, bool read_only = false) {
  StoreOptions options;
  options.read_only = read_only;
  auto store = GraphStore::Open(dir.file("db"), options);
  REQUIRE(store.ok());
  return *std::move(store);
}

TEST_CASE("an ingested article's claims are found by speaker name and alias",
          "[graph][store]") {
  TempDir dir;
  auto store = OpenStore(dir);
  Document doc = PowerDoc();
  auto outcome = store->Ingest(doc, PowerExtraction(doc));
  REQUIRE(outcome.ok());
  CHECK_FALSE(outcome->unchanged);
  CHECK(outcome->claims == 3);

  auto power = query::ResolveSource(*store, "samantha  power");
  REQUIRE(power.ok());
  CHECK(query::ResolveSource(*store, "Power").value() == *power);  // alias from "Power"
  CHECK(absl::IsNotFound(query::ResolveSource(*store, "She").status()));  // pronouns are not aliases

  ClaimFilter filter;
  filter.speaker = *power;
  auto page = store->ListClaims(filter, 10, "");
  REQUIRE(page.ok());
  REQUIRE(page->ids.size() == 2);
  CHECK(page->next_page_token.empty());
  // Sorted by time of statement: the claim said on 2016-09-17 comes first.
  auto first = ClaimViewOf(*store, page->ids[0]);
  REQUIRE(first.ok());
  CHECK(first->said_on() == "2016-09-17");
  CHECK(first->speaker().display_name() == "Samantha Power");
  REQUIRE(first->provenance_size() == 1);
  const auto& p = first->provenance(0);
  CHECK(p.article().doc_id() == "power.txt");
  CHECK(p.cue().text() == "told");
  CHECK(p.source().text() == "Power");
  CHECK(std::string(kPowerText).substr(p.content().start(),
                                       p.content().end() - p.content().start()) ==
        p.content().text());
  CHECK(p.extractor_version() == std::string(ingest::kExtractorVersion));
  REQUIRE(first->entities_size() == 1);
  CHECK(first->entities(0) == "Russia");
}

TEST_CASE("'said that X' and 'said X' are one claim, read without the 'that'",
          "[graph][store]") {
  TempDir dir;
  auto store = OpenStore(dir);
  auto extractor = *ingest::Extractor::Create();
  const std::string first = "Port closed.\n\nMayor Anna Berg said that the port would reopen on Monday.\n";
  const std::string second = "Port to reopen.\n\nMayor Anna Berg said the port would reopen on Monday.\n";
  for (const auto& [id, text] : {std::pair{"a.txt", first}, std::pair{"b.txt", second}}) {
    Document doc = ingest::DocumentFromText(id, text);
    auto extraction = extractor->Extract(doc);
    REQUIRE(extraction.ok());
    REQUIRE(extraction->attributions.size() == 1);
    REQUIRE(store->Ingest(doc, *extraction).ok());
  }
  auto page = store->ListClaims({}, 10, "");
  REQUIRE(page.ok());
  REQUIRE(page->ids.size() == 1);
  auto claim = ClaimViewOf(*store, page->ids[0]);
  REQUIRE(claim.ok());
  CHECK(claim->content() == "the port would reopen on Monday");
  CHECK(claim->provenance_size() == 2);
}

// Extracts `text` as document `id` with the default extractor and stores it.
void ExtractAndIngest(GraphStore& store, const std::string& id, const std::string& text) {
  auto extractor = *ingest::Extractor::Create();
  Document doc = ingest::DocumentFromText(id, text);
  auto extraction = extractor->Extract(doc);
  REQUIRE(extraction.ok());
  REQUIRE(store.Ingest(doc, *extraction).ok());
}

TEST_CASE("a quote split by its tag is stored without the tag, a closing tag dropped",
          "[graph][store]") {
  TempDir dir;
  auto store = OpenStore(dir);
  ExtractAndIngest(*store, "tags.txt",
      "Port talks.\n\n\u201cThe use of a private barge was a mistake,\u201d the statement said "
      "in part. \u201cAs a result, the harbour stopped using it.\u201d\n\n\u201cWe will "
      "reopen,\u201d said Anna Berg, the mayor. \u201cWe always do.\u201d\n\nThe port added "
      "1,200 jobs last year, something its critics never mention, Mayor Anna Berg said.\n");
  auto page = store->ListClaims({}, 10, "");
  REQUIRE(page.ok());
  std::vector<std::string> contents;
  for (uint64_t id : page->ids) contents.push_back(ClaimViewOf(*store, id)->content());
  INFO(absl::StrJoin(contents, " | "));
  auto has = [&](std::string_view want) {
    return std::find(contents.begin(), contents.end(), want) != contents.end();
  };
  CHECK(has("The use of a private barge was a mistake, \u2026 As a result, the harbour stopped "
            "using it."));
  CHECK(has("We will reopen, \u2026 We always do."));
  // "added 1,200 jobs" is a sum, not a cue: the mayor said it all, and the
  // tag closing the sentence is no part of the claim.
  CHECK(has("The port added 1,200 jobs last year, something its critics never mention"));
  for (const std::string& c : contents) {
    CHECK(c.find(" said") == std::string::npos);
  }
}

TEST_CASE("a poll's share is no speaker: the group polled is, one role of the story",
          "[graph][store]") {
  TempDir dir;
  auto store = OpenStore(dir);
  ExtractAndIngest(*store, "poll.txt",
      "Poll finds split.\n\nA poll released Monday found the race close. Sixty percent of "
      "Republicans said they would back the nominee. Forty percent of Republicans said the "
      "party was divided. Nearly half said they were undecided.\n");
  auto republicans = query::ResolveSource(*store, "Republicans");
  REQUIRE(republicans.ok());
  auto page = store->ListClaims({.speaker = *republicans}, 10, "");
  REQUIRE(page.ok());
  CHECK(page->ids.size() == 2);
  CHECK(query::ResolveSource(*store, "poll respondents").ok());
  CHECK_FALSE(query::ResolveSource(*store, "Sixty percent of Republicans").ok());
  CHECK(store->Check()->empty());
}

TEST_CASE("re-ingesting the same content changes nothing", "[graph][store]") {
  TempDir dir;
  auto store = OpenStore(dir);
  Document doc = PowerDoc();
  REQUIRE(store->Ingest(doc, PowerExtraction(doc)).ok());
  auto before = store->Count();
  REQUIRE(before.ok());
  auto again = store->Ingest(doc, PowerExtraction(doc));
  REQUIRE(again.ok());
  CHECK(again->unchanged);
  auto after = store->Count();
  REQUIRE(after.ok());
  CHECK(after->out_edges == before->out_edges);
  CHECK(after->index_entries == before->index_entries);
  for (int k = 0; k < 6; ++k) CHECK(after->nodes_by_kind[k] == before->nodes_by_kind[k]);
}

TEST_CASE("a doc_id stored with other content is replaced by the new version",
          "[graph][store][versions]") {
  TempDir dir;
  auto store = OpenStore(dir);
  Document doc = PowerDoc();
  auto first = store->Ingest(doc, PowerExtraction(doc));
  REQUIRE(first.ok());
  // The new version drops Churkin's quote.
  Document changed = doc;
  changed.text = doc.text.substr(0, doc.text.find("Russia\xE2\x80\x99s UN"));
  auto extraction = ExtractionBuilder(changed)
                        .Add("Power", "Samantha Power", "told",
                             "Russia really needs to stop the cheap point scoring")
                        .Entity("Russia", "place")
                        .SaidOn("2016-09-17")
                        .Build();
  auto outcome = store->Ingest(changed, extraction);
  REQUIRE(outcome.ok());
  CHECK(outcome->replaced);
  CHECK(outcome->article == first->article);
  CHECK(outcome->claims == 1);
  CHECK(absl::IsNotFound(query::ResolveSource(*store, "Vitaly Churkin").status()));
  CHECK(absl::IsNotFound(store->FindEntity("United States").status()));
  auto page = store->ListClaims({}, 10, "");
  REQUIRE(page.ok());
  CHECK(page->ids.size() == 1);
  CHECK(store->Check()->empty());
  // Exactly what one ingest of the new version writes.
  TempDir clean_dir;
  auto clean = OpenStore(clean_dir);
  REQUIRE(clean->Ingest(changed, extraction).ok());
  auto counts = store->Count();
  auto clean_counts = clean->Count();
  REQUIRE(counts.ok());
  REQUIRE(clean_counts.ok());
  for (int k = 0; k < 6; ++k) CHECK(counts->nodes_by_kind[k] == clean_counts->nodes_by_kind[k]);
  CHECK(counts->out_edges == clean_counts->out_edges);
  CHECK(counts->in_edges == clean_counts->in_edges);
  CHECK(counts->index_entries == clean_counts->index_entries);
  CHECK(counts->names == clean_counts->names);
}

TEST_CASE("a speaker who stays loses the aliases only the replaced version gave",
          "[graph][store][versions]") {
  TempDir dir;
  auto store = OpenStore(dir);
  Document other;
  other.doc_id = "other.txt";
  other.text = "Samantha Power said the talks in Geneva had failed.\n";
  other.published = "2016-09-19";
  REQUIRE(store->Ingest(other, ExtractionBuilder(other)
                                   .Add("Samantha Power", "Samantha Power", "said",
                                        "the talks in Geneva had failed")
                                   .Build())
              .ok());
  Document doc = PowerDoc();
  const std::string bare = "Power told";
  doc.text.replace(doc.text.find(bare), bare.size(), "Ms Power told");
  REQUIRE(store->Ingest(doc, ExtractionBuilder(doc)
                                 .Add("Ms Power", "Samantha Power", "told",
                                      "Russia really needs to stop the cheap point scoring")
                                 .Add("Vitaly Churkin", "Vitaly Churkin", "said",
                                      "This is a very big question mark.")
                                 .Build())
              .ok());
  NodeId power = *query::ResolveSource(*store, "Samantha Power");
  // The alias from "Ms Power told reporters" (a bare surname is none).
  REQUIRE(store->LookupName(NameSpace::kSource, "ms power").value() == power);
  CHECK(absl::IsNotFound(store->LookupName(NameSpace::kSource, "power").status()));
  // The new version quotes only Churkin.
  Document changed = doc;
  changed.text = doc.text.substr(doc.text.find("Russia\xE2\x80\x99s UN"));
  auto outcome = store->Ingest(
      changed, ExtractionBuilder(changed)
                   .Add("Vitaly Churkin", "Vitaly Churkin", "said",
                        "This is a very big question mark.")
                   .Build());
  REQUIRE(outcome.ok());
  CHECK(outcome->replaced);
  CHECK(query::ResolveSource(*store, "Samantha Power").value() == power);
  CHECK(absl::IsNotFound(store->LookupName(NameSpace::kSource, "ms power").status()));
  CHECK(store->GetNode(power)->source().aliases_size() == 0);
  // A lone surname still finds her, as the one person named in full with it
  // (query/names.h), not through the alias.
  CHECK(query::ResolveSource(*store, "Power").value() == power);
  CHECK(store->Check()->empty());
}

TEST_CASE("a byte-identical republication under another doc_id is an article of its own",
          "[graph][store]") {
  // "Which outlets republished AFP" is about exactly these copies: the same
  // text under reuters-1 and yahoo-1 must give two articles of one story.
  TempDir dir;
  auto store = OpenStore(dir);
  Document a = PowerDoc("reuters-1");
  a.outlet = "Reuters";
  Document b = PowerDoc("yahoo-1");
  b.outlet = "Yahoo";
  // No SimHash (too short a body): the identical text alone joins the story.
  auto first = store->Ingest(a, PowerExtraction(a));
  auto second = store->Ingest(b, PowerExtraction(b));
  REQUIRE(first.ok());
  REQUIRE(second.ok());
  CHECK_FALSE(second->unchanged);
  CHECK(second->article != first->article);
  CHECK(second->story == first->story);
  CHECK(second->new_claims == 0);
  auto page = store->ListClaims({}, 10, "");
  REQUIRE(page.ok());
  REQUIRE(page->ids.size() == 3);
  auto view = ClaimViewOf(*store, page->ids[0]);
  REQUIRE(view.ok());
  CHECK(view->provenance_size() == 2);
  // Each copy re-ingested changes nothing.
  auto again = store->Ingest(b, PowerExtraction(b));
  REQUIRE(again.ok());
  CHECK(again->unchanged);
  CHECK(again->article == second->article);
  auto problems = store->Check();
  REQUIRE(problems.ok());
  CHECK(problems->empty());
}

TEST_CASE("claims page with opaque tokens and reject foreign tokens",
          "[graph][store]") {
  TempDir dir;
  auto store = OpenStore(dir);
  for (int i = 0; i < 3; ++i) {
    Document doc = PowerDoc("power-" + std::to_string(i) + ".txt");
    doc.text += std::string(i + 1, 'x');  // distinct content, same claims
    REQUIRE(store->Ingest(doc, PowerExtraction(doc)).ok());
  }
  // The three copies carry the same 3 claims: claims are stored once.
  std::vector<NodeId> seen;
  std::string token;
  int pages = 0;
  do {
    auto page = store->ListClaims({}, 2, token);
    REQUIRE(page.ok());
    seen.insert(seen.end(), page->ids.begin(), page->ids.end());
    token = page->next_page_token;
    ++pages;
  } while (!token.empty());
  CHECK(seen.size() == 3);
  CHECK(pages == 2);
  auto bad = store->ListClaims({}, 2, "bm90IGEgdG9rZW4");
  CHECK(absl::IsInvalidArgument(bad.status()));
  CHECK(absl::IsInvalidArgument(store->ListClaims({}, 0, "").status()));
}

TEST_CASE("claims filter by time range, entity and article", "[graph][store]") {
  TempDir dir;
  auto store = OpenStore(dir);
  Document doc = PowerDoc();
  REQUIRE(store->Ingest(doc, PowerExtraction(doc)).ok());
  ClaimFilter only_17th;
  only_17th.said_after = "2016-09-17";
  only_17th.said_before = "2016-09-17";
  auto page = store->ListClaims(only_17th, 10, "");
  REQUIRE(page.ok());
  CHECK(page->ids.size() == 1);

  ClaimFilter by_entity;
  by_entity.entity = store->FindEntity("united states").value();
  page = store->ListClaims(by_entity, 10, "");
  REQUIRE(page.ok());
  CHECK(page->ids.size() == 1);

  ClaimFilter by_article;
  by_article.article = store->FindArticle("power.txt").value();
  page = store->ListClaims(by_article, 10, "");
  REQUIRE(page.ok());
  CHECK(page->ids.size() == 3);
}

TEST_CASE("near-duplicate copies join one story and share claim nodes",
          "[graph][store]") {
  TempDir dir;
  auto store = OpenStore(dir);
  Document a = PowerDoc("muscat.txt");
  Document b = PowerDoc("arabtoday.txt");
  b.text = "Arab Today\n" + b.text;
  auto first = store->Ingest(a, ExtractionBuilder(a)
                                    .Add("Power", "Samantha Power", "told",
                                         "Russia really needs to stop the cheap point scoring")
                                    .Simhash(0xF0F0F0F0F0F0F0F0ULL)
                                    .Build());
  auto second = store->Ingest(b, ExtractionBuilder(b)
                                     .Add("Power", "Samantha Power", "told",
                                          "Russia really needs to stop the cheap point scoring")
                                     .Simhash(0xF0F0F0F0F0F0F0F3ULL)  // 2 bits apart
                                     .Build());
  REQUIRE(first.ok());
  REQUIRE(second.ok());
  CHECK(first->story == second->story);
  CHECK(first->new_claims == 1);
  CHECK(second->new_claims == 0);
  auto page = store->ListClaims({}, 10, "");
  REQUIRE(page.ok());
  REQUIRE(page->ids.size() == 1);
  auto view = ClaimViewOf(*store, page->ids[0]);
  REQUIRE(view.ok());
  CHECK(view->provenance_size() == 2);
  CHECK(view->independent_reports() == 1);

  Document c = PowerDoc("unrelated.txt");
  c.text += "unrelated";
  auto third = store->Ingest(c, ExtractionBuilder(c).Simhash(0x0F0F0F0F0F0F0F0FULL).Build());
  REQUIRE(third.ok());
  CHECK(third->story != first->story);
}

// Fingerprints sharing their lowest byte (band 0) and otherwise random: far
// more than 9 bits apart from each other, all filed under one band value.
std::vector<uint64_t> OneBandFingerprints(std::size_t n) {
  std::vector<uint64_t> out;
  uint64_t state = 0x9E3779B97F4A7C15ULL;
  while (out.size() < n) {
    state += 0x9E3779B97F4A7C15ULL;  // splitmix64
    uint64_t z = state;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    z ^= z >> 31;
    out.push_back((z & ~0xFFULL) | 0x5A);
  }
  return out;
}

absl::StatusOr<IngestOutcome> IngestFingerprint(GraphStore& store, const std::string& id,
                                                uint64_t simhash,
                                                const std::string& version = "") {
  Document doc = PowerDoc(id);
  doc.text += id + version;
  return store.Ingest(doc, ExtractionBuilder(doc).Simhash(simhash).Build());
}

TEST_CASE("a near-duplicate finds its story among hundreds of articles filed under the same "
          "band, after one of them is replaced",
          "[graph][store]") {
  TempDir dir;
  auto store = OpenStore(dir);
  const std::vector<uint64_t> prints = OneBandFingerprints(300);
  std::vector<NodeId> stories;
  for (std::size_t i = 0; i < prints.size(); ++i) {
    auto outcome = IngestFingerprint(*store, "a" + std::to_string(i), prints[i]);
    REQUIRE(outcome.ok());
    stories.push_back(outcome->story);
  }
  // Each its own story: sharing a band is not being near.
  CHECK(std::set<NodeId>(stories.begin(), stories.end()).size() == prints.size());

  // 3 and 8 bits from an early, a middle and the last article.
  for (std::size_t i : {std::size_t{3}, std::size_t{150}, std::size_t{299}}) {
    auto copy = IngestFingerprint(*store, "copy" + std::to_string(i), prints[i] ^ 0x0700);
    REQUIRE(copy.ok());
    CHECK(copy->story == stories[i]);
    auto far = IngestFingerprint(*store, "far" + std::to_string(i),
                                 prints[i] ^ 0xFF00000000000000ULL);
    REQUIRE(far.ok());
    CHECK(far->story == stories[i]);
  }

  // a10 replaced by a version that is near nothing: a copy of its old text no
  // longer finds it, and a copy of the new text does.
  auto replaced = IngestFingerprint(*store, "a10", 0x0123456789ABCDEFULL, " (updated)");
  REQUIRE(replaced.ok());
  REQUIRE(replaced->replaced);
  auto old_copy = IngestFingerprint(*store, "old-copy", prints[10] ^ 0x30);
  REQUIRE(old_copy.ok());
  CHECK(old_copy->story != replaced->story);
  auto new_copy = IngestFingerprint(*store, "new-copy", 0x0123456789ABCDEFULL ^ 0x11);
  REQUIRE(new_copy.ok());
  CHECK(new_copy->story == replaced->story);
  // The rest are found as before, wherever the removal moved their pairs.
  for (std::size_t i : {std::size_t{0}, std::size_t{63}, std::size_t{64}, std::size_t{298}}) {
    auto copy = IngestFingerprint(*store, "late-copy" + std::to_string(i), prints[i] ^ 0x1C0);
    REQUIRE(copy.ok());
    CHECK(copy->story == stories[i]);
  }
  auto check = store->Check();
  REQUIRE(check.ok());
  CHECK(check->empty());
}

TEST_CASE("a version 6 store opens read-only as it is and gets its near-duplicate index "
          "packed when opened for writing",
          "[graph][store][versions]") {
  TempDir dir;
  const std::string db = dir.file("db");
  const std::vector<uint64_t> prints = OneBandFingerprints(100);
  std::vector<NodeId> stories;
  {
    auto store = OpenStore(dir);
    for (std::size_t i = 0; i < prints.size(); ++i) {
      auto outcome = IngestFingerprint(*store, "a" + std::to_string(i), prints[i]);
      REQUIRE(outcome.ok());
      stories.push_back(outcome->story);
    }
  }
  // Version 6 filed each (band value, article) pair as its own entry:
  // band · bits · article -> simhash.
  std::size_t pairs = 0;
  testing::EditStore(db, [&](rocksdb::DB& raw, const auto& handles) {
    auto* idx = handles[testing::kIdxHandle];
    for (const std::string& key : testing::IndexKeys(raw, handles, IndexId::kSimhashBand)) {
      std::string block;
      REQUIRE(raw.Get(rocksdb::ReadOptions(), idx, key, &block).ok());
      REQUIRE(raw.Delete(rocksdb::WriteOptions(), idx, key).ok());
      for (std::size_t at = 0; at < block.size(); at += 16) {
        std::string old_key = key.substr(0, 3) + block.substr(at, 8);
        REQUIRE(raw.Put(rocksdb::WriteOptions(), idx, old_key, block.substr(at + 8, 8)).ok());
        ++pairs;
      }
    }
    std::string version;
    AppendU64(&version, 6);
    REQUIRE(raw.Put(rocksdb::WriteOptions(), handles[testing::kMetaHandle],
                    std::string(kSchemaVersionKey), version)
                .ok());
  });
  REQUIRE(pairs == 8 * prints.size());
  {
    auto reader = OpenStore(dir, /*read_only=*/true);
    auto article = reader->FindArticle("a42");
    REQUIRE(article.ok());
    auto node = reader->GetNode(*article);
    REQUIRE(node.ok());
    CHECK(node->article().story_id() == stories[42]);
  }
  {
    auto store = OpenStore(dir);
    auto copy = IngestFingerprint(*store, "copy", prints[42] ^ 0x0300);
    REQUIRE(copy.ok());
    CHECK(copy->story == stories[42]);
    auto check = store->Check();
    REQUIRE(check.ok());
    CHECK(check->empty());
  }
  CHECK(testing::StoredSchemaVersion(db) == kSchemaVersion);
  testing::EditStore(db, [&](rocksdb::DB& raw, const auto& handles) {
    std::size_t packed = 0;
    for (const std::string& key : testing::IndexKeys(raw, handles, IndexId::kSimhashBand)) {
      CHECK(key.size() == 7);  // band · bits · block
      std::string block;
      REQUIRE(raw.Get(rocksdb::ReadOptions(), handles[testing::kIdxHandle], key, &block).ok());
      packed += block.size() / 16;
    }
    CHECK(packed == 8 * (prints.size() + 1));
  });
}

TEST_CASE("a read-only open works beside the writer and sees its writes",
          "[graph][store]") {
  TempDir dir;
  auto writer = OpenStore(dir);
  auto reader = OpenStore(dir, /*read_only=*/true);
  Document doc = PowerDoc();
  REQUIRE(writer->Ingest(doc, PowerExtraction(doc)).ok());
  REQUIRE(reader->CatchUp().ok());
  CHECK(query::ResolveSource(*reader, "Samantha Power").ok());
  auto refused = reader->Ingest(doc, PowerExtraction(doc));
  CHECK(absl::IsFailedPrecondition(refused.status()));
}

TEST_CASE("a read-only open of a missing store is NotFound", "[graph][store]") {
  TempDir dir;
  StoreOptions options;
  options.read_only = true;
  auto store = GraphStore::Open(dir.file("nothing-here"), options);
  CHECK(absl::IsNotFound(store.status()));
}

TEST_CASE("a second writer is refused: another process holds the store",
          "[graph][store]") {
  TempDir dir;
  auto writer = OpenStore(dir);
  auto second = GraphStore::Open(dir.file("db"));
  REQUIRE_FALSE(second.ok());
  CHECK(IsHeldByAnotherProcess(second.status()));
  CHECK(std::string(second.status().message()).find("is held by another process") !=
        std::string::npos);
  CHECK_FALSE(IsHeldByAnotherProcess(absl::UnavailableError("disk on fire")));
}

TEST_CASE("a stored date is always a real YYYY-MM-DD", "[graph][store][dates]") {
  TempDir dir;
  auto store = OpenStore(dir);
  Document doc = PowerDoc();
  doc.published = "2020-13-01";
  auto bad_published = store->Ingest(doc, PowerExtraction(doc));
  CHECK(bad_published.status().code() == absl::StatusCode::kInvalidArgument);
  CHECK(std::string(bad_published.status().message()) ==
        "published date: \"2020-13-01\" is not a date (expected YYYY-MM-DD)");

  Document good = PowerDoc();
  auto extraction = PowerExtraction(good);
  extraction.attributions[0].said_on = "2016-02-30";
  auto bad_said_on = store->Ingest(good, extraction);
  CHECK(bad_said_on.status().code() == absl::StatusCode::kInvalidArgument);

  auto counts = store->Count();
  REQUIRE(counts.ok());
  CHECK(counts->nodes_by_kind[v1::ARTICLE] == 0);
  CHECK(counts->nodes_by_kind[v1::CLAIM] == 0);
  CHECK(store->Ingest(good, PowerExtraction(good)).ok());
}

TEST_CASE("readers never see half an article", "[graph][store]") {
  TempDir dir;
  auto writer = OpenStore(dir);
  auto reader = OpenStore(dir, /*read_only=*/true);
  std::atomic<bool> done = false;
  std::thread ingest([&] {
    for (int i = 0; i < 40; ++i) {
      Document doc = PowerDoc("a" + std::to_string(i) + ".txt");
      doc.text += std::to_string(i);
      ExtractionBuilder builder(doc);
      // Distinct claims per article so each write carries many edges.
      for (int j = 0; j < 3; ++j) {
        builder.Add("Power", "Samantha Power", "told",
                    "Russia really needs to stop the cheap point scoring");
      }
      auto extraction = builder.Build();
      extraction.attributions[1].speaker = "Speaker " + std::to_string(i);
      extraction.attributions[2].speaker = "Other " + std::to_string(i);
      REQUIRE(writer->Ingest(doc, extraction).ok());
    }
    done = true;
  });
  int checks = 0;
  while (!done || checks == 0) {
    REQUIRE(reader->CatchUp().ok());
    auto problems = reader->Check();
    REQUIRE(problems.ok());
    INFO((problems->empty() ? "" : problems->front()));
    CHECK(problems->empty());
    ++checks;
  }
  ingest.join();
  REQUIRE(reader->CatchUp().ok());
  auto problems = reader->Check();
  REQUIRE(problems.ok());
  CHECK(problems->empty());
  CHECK(reader->Count()->nodes_by_kind[v1::ARTICLE] == 40);
}

TEST_CASE("check reports an edge whose in twin is missing", "[graph][store]") {
  TempDir dir;
  {
    auto store = OpenStore(dir);
    Document doc = PowerDoc();
    REQUIRE(store->Ingest(doc, PowerExtraction(doc)).ok());
    REQUIRE(store->Check()->empty());
  }
  // Damage the store behind GraphStore's back: drop one in-edge.
  testing::EditStore(dir.file("db"), [](rocksdb::DB& db, const auto& handles) {
    std::unique_ptr<rocksdb::Iterator> it(db.NewIterator(rocksdb::ReadOptions(), handles[testing::kInHandle]));
    it->SeekToFirst();
    REQUIRE(it->Valid());
    REQUIRE(db.Delete(rocksdb::WriteOptions(), handles[testing::kInHandle], it->key()).ok());
  });
  auto store = OpenStore(dir);
  auto problems = store->Check();
  REQUIRE(problems.ok());
  REQUIRE_FALSE(problems->empty());
  CHECK(problems->front().find("no in twin") != std::string::npos);
}

// Rewrites every in-edge value of the store in `dir` (closed) with
// `rewrite(value)`, behind GraphStore's back; returns how many it changed.
int RewriteInEdges(const TempDir& dir, const std::function<std::string(std::string_view)>& rewrite) {
  int changed = 0;
  testing::EditStore(dir.file("db"), [&](rocksdb::DB& db, const auto& handles) {
    std::unique_ptr<rocksdb::Iterator> it(db.NewIterator(rocksdb::ReadOptions(), handles[testing::kInHandle]));
    rocksdb::WriteBatch batch;
    for (it->SeekToFirst(); it->Valid(); it->Next()) {
      std::string_view value(it->value().data(), it->value().size());
      std::string now = rewrite(value);
      if (now != value) {
        REQUIRE(batch.Put(handles[testing::kInHandle], it->key(), now).ok());
        ++changed;
      }
    }
    REQUIRE(db.Write(rocksdb::WriteOptions(), &batch).ok());
  });
  return changed;
}

TEST_CASE("walks answer the same from in-edges that copy their record as from stores "
          "written before the copies", "[graph][store]") {
  TempDir dir;
  std::string with_copies;
  NodeId entity = 0;
  std::vector<std::string> from_copies, from_twins;
  auto visit_in = [&](const GraphStore& store, std::vector<std::string>* records) {
    REQUIRE(store.VisitEdges(entity, Direction::kIn, std::nullopt, [&](const v1::Edge& e) {
      records->push_back(e.SerializeAsString());
      return true;
    }).ok());
  };
  {
    auto store = OpenStore(dir);
    Document doc = PowerDoc();
    REQUIRE(store->Ingest(doc, PowerExtraction(doc)).ok());
    auto page = store->ListNodes(v1::ENTITY, 10, "");
    REQUIRE(page.ok());
    REQUIRE_FALSE(page->ids.empty());
    entity = page->ids.front();  // its claims' mentions of it are in-edges
    auto sub = Traverse(*store, entity, 2, 500);
    REQUIRE(sub.ok());
    REQUIRE(sub->edges_size() > 0);
    with_copies = sub->SerializeAsString();
    visit_in(*store, &from_copies);
    REQUIRE_FALSE(from_copies.empty());
    REQUIRE(store->Check()->empty());
  }
  // A mention's record is short: its in-edge holds a copy. Dropping every
  // copy gives the store as written before them.
  CHECK(RewriteInEdges(dir, [](std::string_view) { return std::string(); }) > 0);
  auto store = OpenStore(dir);
  auto sub = Traverse(*store, entity, 2, 500);
  REQUIRE(sub.ok());
  CHECK(sub->SerializeAsString() == with_copies);
  visit_in(*store, &from_twins);
  CHECK(from_twins == from_copies);
  CHECK(store->Check()->empty());
  store.reset();
  // And a copy that is not its twin's record is a problem check names.
  CHECK(RewriteInEdges(dir, [](std::string_view) { return std::string("\x08\x01"); }) > 0);
  store = OpenStore(dir);
  auto problems = store->Check();
  REQUIRE(problems.ok());
  REQUIRE_FALSE(problems->empty());
  CHECK_THAT(problems->front(), Catch::Contains("not its out twin's"));
}

TEST_CASE("a claim keeps its cue class, with or without a stated source", "[graph][store]") {
  TempDir dir;
  auto store = *GraphStore::Open(dir.file("db"));
  Document doc = ingest::DocumentFromText(
      "dam.txt", "Engineers believe the dam will hold. The dam is said to be cracked.");
  doc.published = "2016-09-18";
  auto extraction = ExtractionBuilder(doc)
                        .Add("Engineers", "Engineers", "believe", "the dam will hold",
                             AttributionKind::kIndirect, ingest::SourceType::kRole)
                        .Add("", "", "said", "to be cracked", AttributionKind::kIndirect,
                             ingest::SourceType::kUnknown)
                        .Build();
  REQUIRE(store->Ingest(doc, extraction).ok());
  auto listed = [&](std::vector<v1::CueClass> classes) {
    ClaimFilter filter;
    filter.cue_classes = std::move(classes);
    auto page = store->ListClaims(filter, 10, "");
    REQUIRE(page.ok());
    std::vector<std::string> contents;
    for (NodeId id : page->ids) {
      auto view = ClaimViewOf(*store, id);
      REQUIRE(view.ok());
      CHECK(std::find(filter.cue_classes.begin(), filter.cue_classes.end(), view->cue_class()) !=
            filter.cue_classes.end());
      contents.push_back(view->content());
    }
    return contents;
  };
  CHECK(listed({v1::BELIEF}) == std::vector<std::string>{"the dam will hold"});
  // No source, so no ASSERTED edge: the class is on the claim all the same.
  CHECK(listed({v1::STATEMENT}) == std::vector<std::string>{"to be cracked"});
  CHECK(listed({v1::BELIEF, v1::STATEMENT}).size() == 2);
  CHECK(listed({v1::STANCE}).empty());
}

}  // namespace
}  // namespace claimgraph::graph
