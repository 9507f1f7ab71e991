// Each claim's view record (issue 15: GetClaim one read, a listing one scan
// and one MultiGet) is the view composed from the graph after every kind of
// write: new articles, copies under other doc_ids, new versions; a version 4
// store gets its records when opened for writing; `check` names a claim whose
// record is missing or stale. Real RocksDB in a temporary directory.
#include <catch2/catch.hpp>

#include <algorithm>
#include <functional>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "corrupt_tables.h"
#include "extracted_store.h"
#include "graph/keys.h"
#include "graph/store.h"
#include "graph/testing.h"
#include "common/strings.h"
#include "graph/views.h"
#include "ingest/document.h"
#include "news_texts.h"
#include "query/names.h"
#include "rocksdb/db.h"
#include "test_util.h"

namespace claimgraph::graph {
namespace {

using testing::EditStore;
using testing::RequireViewRecordsCurrent;
using testing::TempDir;
using testing::WikinewsArticles;

struct Store {
  TempDir dir;
  std::unique_ptr<GraphStore> store = *GraphStore::Open(dir.file("db"));
  std::unique_ptr<ingest::Extractor> extractor = *ingest::Extractor::Create();

  void Add(const ingest::Document& doc) {
    auto extraction = extractor->Extract(doc);
    REQUIRE(extraction.ok());
    REQUIRE(store->Ingest(doc, *extraction).ok());
  }
};

TEST_CASE("view records follow new articles, copies and new versions",
          "[graph][views]") {
  Store s;
  const std::vector<ingest::Document> docs = WikinewsArticles();
  for (std::size_t i = 0; i < docs.size(); ++i) {
    s.Add(docs[i]);
    if (i % 25 == 24) RequireViewRecordsCurrent(*s.store);
  }
  RequireViewRecordsCurrent(*s.store);
  // Copies under other doc_ids (the same story, the claims carried twice) and
  // new versions (claims removed, provenance moved to the copies), then the
  // first versions again.
  for (std::size_t i = 0; i < 30; ++i) {
    ingest::Document copy = docs[i];
    copy.doc_id = "copy-" + copy.doc_id;
    s.Add(copy);
    ingest::Document shorter = docs[i];
    shorter.text = shorter.text.substr(0, shorter.text.size() * 2 / 3);
    s.Add(shorter);
    if (i % 5 == 4) RequireViewRecordsCurrent(*s.store);
  }
  for (std::size_t i = 0; i < 30; ++i) s.Add(docs[i]);
  RequireViewRecordsCurrent(*s.store);
  CHECK(s.store->Check()->empty());
}

TEST_CASE("a merged speaker shows in the view of the claim at the other end of a conflict",
          "[graph][views][conflicts]") {
  // ExtractedStore::Add checks every view record after each article.
  testing::ExtractedStore s;
  s.Add("monitor.txt", testing::kMonitorText, "2016-09-19");
  s.Add("operator.txt",
        "Syriatel, which runs the mobile network in the city, said 12 people were "
        "killed in the strike on Aleppo.\n\nIt gave no further details.\n",
        "2016-09-18");
  auto page = s.store->ListClaims({.article = *s.store->FindArticle("monitor.txt")}, 10, "");
  REQUIRE(page.ok());
  REQUIRE(page->ids.size() == 1);  // the monitor's claim
  auto shown = [&] {
    auto view = ClaimViewOf(*s.store, page->ids[0]);
    REQUIRE(view.ok());
    REQUIRE(view->contradictions_size() == 1);
    const v1::ContradictionView& conflict = view->contradictions(0);
    return conflict.a() == view->name() ? conflict.b_speaker().display_name()
                                        : conflict.a_speaker().display_name();
  };
  CHECK(shown() == "Syriatel");
  // The company named in full: the short name's claims move to it
  // (MergeSource), and the monitor's claim shows the new name.
  s.Add("full.txt", "Syriatel Co said the network in Aleppo would resume service on Friday.\n",
        "2016-09-20");
  CHECK(shown() == "Syriatel Co");
}

TEST_CASE("a new claim's view, composed from what the writer holds, is the graph's",
          "[graph][views][conflicts]") {
  // The writer reads the edges of claims, sources and entities new to the
  // store from its own records (WriterReads), the rest through the batch over
  // the store. ExtractedStore::Add checks every view record against the view
  // composed from the store after each article. Here a new claim has a
  // conflict edge out to a stored claim and one in from a later claim of its
  // own article (both ends new), and a copy then adds a carrier to claims no
  // longer new.
  testing::ExtractedStore s;
  s.Add("harbour.txt",
        "Port official Maria Ortel said 14 people were killed in the fire at the "
        "Rotterdam harbour.\n",
        "2021-03-08");
  const std::string later =
      "Harbour master Tomas Brevik said 6 people were killed in the fire at the "
      "Rotterdam harbour.\n\n"
      "Fire chief Anna Visser said 9 people were killed in the fire at the Rotterdam "
      "harbour.\n";
  s.Add("fire.txt", later, "2021-03-09");
  auto page = s.store->ListClaims({.article = *s.store->FindArticle("fire.txt")}, 10, "");
  REQUIRE(page.ok());
  std::optional<v1::ClaimView> brevik;
  for (NodeId claim : page->ids) {
    auto view = ClaimViewOf(*s.store, claim);
    REQUIRE(view.ok());
    if (view->speaker().display_name() == "Tomas Brevik") brevik = *view;
  }
  REQUIRE(brevik.has_value());
  std::set<std::string> others;
  for (const v1::ContradictionView& conflict : brevik->contradictions()) {
    others.insert(conflict.a() == brevik->name() ? conflict.b_speaker().display_name()
                                                 : conflict.a_speaker().display_name());
  }
  CHECK(others == std::set<std::string>{"Anna Visser", "Maria Ortel"});
  s.Add("fire-copy.txt", later, "2021-03-09");
  NodeId brevik_id = *ParseResourceName(brevik->name(), v1::CLAIM);
  auto copied = ClaimViewOf(*s.store, brevik_id);
  REQUIRE(copied.ok());
  CHECK(copied->provenance_size() == 2);
  CHECK(s.store->Check()->empty());
}

TEST_CASE("a claim reported by many articles lists each report in article order",
          "[graph][views]") {
  // A claim already stored gains reports one article at a time, from outlets
  // in other stories and from a copy of one of them: each time its view lists
  // every report, ordered by article as GetClaim composes it (ExtractedStore::Add
  // compares every record with the composed view), and counts the stories.
  testing::ExtractedStore s;
  const char* const kLeads[] = {
      "Commuters crowded the ferry terminal on Monday as repairs went on.",
      "The city council met late into the night to discuss the budget.",
      "Traders at the fish market said business had been slow all winter.",
      "A storm knocked out power to several districts over the weekend.",
      "Students returned to the university campus after the long holiday.",
  };
  const std::string quote =
      "Mayor Ann Duval said the Rhine bridge would reopen to traffic in March.\n";
  for (int i = 0; i < 5; ++i) {
    s.Add("report" + std::to_string(i) + ".txt", Cat(kLeads[i], "\n\n", quote));
  }
  s.Add("report2-copy.txt", Cat(kLeads[2], "\n\n", quote));
  auto claims = s.store->ListClaims({.speaker = *query::ResolveSource(*s.store, "Ann Duval")}, 10, "");
  REQUIRE(claims.ok());
  REQUIRE(claims->ids.size() == 1);
  auto view = ClaimViewOf(*s.store, claims->ids[0]);
  REQUIRE(view.ok());
  REQUIRE(view->provenance_size() == 6);
  std::vector<NodeId> articles;
  std::set<std::string> doc_ids, stories;
  for (const v1::ClaimProvenance& p : view->provenance()) {
    articles.push_back(*ParseResourceName(p.article().name(), v1::ARTICLE));
    doc_ids.insert(p.article().doc_id());
    stories.insert(p.article().story());
  }
  CHECK(std::is_sorted(articles.begin(), articles.end()));
  CHECK(doc_ids.size() == 6);
  CHECK(view->independent_reports() == static_cast<int>(stories.size()));
  CHECK(stories.size() >= 2);
  CHECK(s.store->Check()->empty());
}

std::vector<std::string> ViewKeys(rocksdb::DB& db,
                                  const std::vector<rocksdb::ColumnFamilyHandle*>& handles) {
  return testing::IndexKeys(db, handles, IndexId::kClaimView);
}

// The store of the first 20 Wikinews articles, closed, at s.dir/db.
std::string SmallStore(Store& s) {
  const std::vector<ingest::Document> docs = WikinewsArticles();
  for (std::size_t i = 0; i < 20; ++i) s.Add(docs[i]);
  s.store.reset();
  return s.dir.file("db");
}

TEST_CASE("a version 4 store gets its view records when opened for writing",
          "[graph][views][versions]") {
  Store s;
  const std::string db = SmallStore(s);
  // What a version 4 store is: the same records without the views.
  const std::size_t views = testing::DowngradeStore(db, IndexId::kClaimView, 4);
  REQUIRE(views > 20);

  StoreOptions read_only;
  read_only.read_only = true;
  auto refused = GraphStore::Open(db, read_only);
  REQUIRE_FALSE(refused.ok());
  CHECK(refused.status().message().find("open it once for writing") != std::string::npos);

  auto opened = GraphStore::Open(db);
  REQUIRE(opened.ok());
  RequireViewRecordsCurrent(**opened);
  CHECK((*opened)->Check()->empty());
  opened->reset();
  EditStore(db, [&](rocksdb::DB& raw, const auto& handles) {
    CHECK(ViewKeys(raw, handles).size() == views);
  });
  CHECK(testing::StoredSchemaVersion(db) == kSchemaVersion);
  CHECK(GraphStore::Open(db, read_only).ok());
}

TEST_CASE("check names the claim whose view record is stale or missing",
          "[graph][views][check]") {
  Store s;
  const std::string db = SmallStore(s);
  NodeId stale = 0, missing = 0;
  EditStore(db, [&](rocksdb::DB& raw, const auto& handles) {
    const std::vector<std::string> keys = ViewKeys(raw, handles);
    REQUIRE(keys.size() >= 2);
    // One record with another claim's view, one deleted.
    std::string other;
    REQUIRE(raw.Get(rocksdb::ReadOptions(), handles[testing::kIdxHandle], keys[1], &other).ok());
    REQUIRE(raw.Put(rocksdb::WriteOptions(), handles[testing::kIdxHandle], keys[0], other).ok());
    REQUIRE(raw.Delete(rocksdb::WriteOptions(), handles[testing::kIdxHandle], keys[1]).ok());
    stale = ReadU64(keys[0].substr(1));
    missing = ReadU64(keys[1].substr(1));
  });
  auto store = GraphStore::Open(db);
  REQUIRE(store.ok());
  auto problems = (*store)->Check();
  REQUIRE(problems.ok());
  REQUIRE(problems->size() == 2);
  CHECK((*problems)[0].find(Cat("claim ", stale, ": its view record differs")) !=
        std::string::npos);
  CHECK((*problems)[1].find(Cat("claim ", missing, " has no view record")) !=
        std::string::npos);
  // GetClaim reads the record: the stale one shows the other claim.
  CHECK(ClaimViewOf(**store, stale)->name() == ResourceName(missing));
}

}  // namespace
}  // namespace claimgraph::graph
