// Contradictions by speaker (issue 15): the kSpeakerConflictsByTime index
// answers as the walk over every conflict edge testing each end's speakers
// did, in the same order and pages, after new articles, copies and new
// versions; a new version removes the entries of the edges it removes; a
// version 5 store gets the entries when opened for writing; `check` names a
// missing or stray entry. Real RocksDB in a temporary directory.
#include <catch2/catch.hpp>

#include <map>
#include <set>
#include <string>
#include <vector>

#include "common/strings.h"
#include "corrupt_tables.h"
#include "extracted_store.h"
#include "graph/conflicts.h"
#include "graph/keys.h"
#include "news_texts.h"
#include "rocksdb/db.h"
#include "test_util.h"

namespace claimgraph::graph {
namespace {

using testing::EditStore;

std::string Key(const v1::Edge& edge) { return EdgeKey(edge.src(), edge.type(), edge.dst(), 0); }

// Every conflict edge in the store-wide order.
std::vector<v1::Edge> AllConflicts(const GraphStore& store) {
  std::vector<v1::Edge> all;
  std::string token;
  do {
    auto page = ListConflicts(store, {}, 0, v1::EDGE_TYPE_UNSPECIFIED, 100, token);
    REQUIRE(page.ok());
    all.insert(all.end(), page->edges.begin(), page->edges.end());
    token = page->next_page_token;
  } while (!token.empty());
  return all;
}

// The pages of `speaker`'s contradictions, `page_size` edges at a time.
std::vector<std::vector<std::string>> PagesOf(const GraphStore& store, NodeId speaker,
                                              int page_size) {
  std::vector<std::vector<std::string>> pages;
  std::string token;
  do {
    auto page = ListConflicts(store, {.speaker = speaker}, 0, v1::EDGE_TYPE_UNSPECIFIED,
                              page_size, token);
    REQUIRE(page.ok());
    pages.emplace_back();
    for (const v1::Edge& edge : page->edges) pages.back().push_back(Key(edge));
    token = page->next_page_token;
  } while (!token.empty());
  return pages;
}

// For every speaker of a claim at either end of a conflict edge: the index's
// listing equals the walk (the store-wide order, keeping the edges one of
// whose claims the speaker asserted), page by page. Returns the speakers.
std::size_t RequireBySpeakerEqualsWalk(const GraphStore& store) {
  const std::vector<v1::Edge> all = AllConflicts(store);
  std::map<NodeId, std::vector<std::string>> walked;
  for (const v1::Edge& edge : all) {
    std::set<NodeId> speakers;
    for (NodeId end : {edge.src(), edge.dst()}) {
      REQUIRE(store.VisitEdges(end, Direction::kIn, v1::ASSERTED, [&](const v1::Edge& a) {
        speakers.insert(a.src());
        return true;
      }).ok());
    }
    for (NodeId speaker : speakers) walked[speaker].push_back(Key(edge));
  }
  for (const auto& [speaker, keys] : walked) {
    INFO("speaker " << speaker);
    std::vector<std::string> listed;
    for (const auto& page : PagesOf(store, speaker, 2)) {
      CHECK(page.size() <= 2);
      listed.insert(listed.end(), page.begin(), page.end());
    }
    CHECK(listed == keys);
    CHECK(PagesOf(store, speaker, 50).front().size() == std::min<std::size_t>(keys.size(), 50));
  }
  return walked.size();
}

std::vector<std::string> SpeakerConflictEntries(
    rocksdb::DB& db, const std::vector<rocksdb::ColumnFamilyHandle*>& handles) {
  return testing::IndexKeys(db, handles, IndexId::kSpeakerConflictsByTime);
}

TEST_CASE("contradictions by speaker answer as the walk over every conflict edge",
          "[graph][conflicts]") {
  testing::TempDir dir;
  auto store = *GraphStore::Open(dir.file("db"));
  auto extractor = *ingest::Extractor::Create();
  auto add = [&](const ingest::Document& doc) {
    auto extraction = extractor->Extract(doc);
    REQUIRE(extraction.ok());
    REQUIRE(store->Ingest(doc, *extraction).ok());
  };
  const std::vector<ingest::Document> docs = testing::WikinewsArticles();
  for (const ingest::Document& doc : docs) add(doc);
  // conflict-0.7: 4 edges on the Wikinews corpus (conflict-0.6 had 6, two
  // of them judged false blind).
  REQUIRE(AllConflicts(*store).size() >= 4);
  CHECK(RequireBySpeakerEqualsWalk(*store) >= 4);
  CHECK(store->Check()->empty());
  // Copies under other doc_ids and shorter new versions (edges removed or
  // moved to the copies), then the first versions again.
  for (std::size_t i = 0; i < docs.size(); i += 4) {
    ingest::Document copy = docs[i];
    copy.doc_id = "copy-" + copy.doc_id;
    add(copy);
    ingest::Document shorter = docs[i];
    shorter.text = shorter.text.substr(0, shorter.text.size() / 2);
    add(shorter);
  }
  RequireBySpeakerEqualsWalk(*store);
  CHECK(store->Check()->empty());
  for (std::size_t i = 0; i < docs.size(); i += 4) add(docs[i]);
  RequireBySpeakerEqualsWalk(*store);
  CHECK(store->Check()->empty());
}

// Monitor (19 killed) against Lavrov (12 killed): one FIGURES_DIFFER edge.
struct Conflicting : testing::ExtractedStore {
  Conflicting() {
    Add("monitor.txt", testing::kMonitorText, "2016-09-19");
    Add("lavrov.txt",
        "Lavrov said 12 people were killed in the strike on Aleppo.\n\n"
        "He gave no further details.\n",
        "2016-09-18");
  }
  std::size_t BySpeaker(std::string_view name) {
    auto speakers = store->SourcesNamed(name, 1);
    REQUIRE(speakers.ok());
    if (speakers->empty()) return 0;
    auto page = ListConflicts(*store, {.speaker = speakers->front()}, 0, v1::EDGE_TYPE_UNSPECIFIED,
                              10, "");
    REQUIRE(page.ok());
    return page->edges.size();
  }
};

TEST_CASE("a new version without the claim removes its contradictions by speaker",
          "[graph][conflicts]") {
  Conflicting s;
  REQUIRE(AllConflicts(*s.store).size() == 1);
  CHECK(s.BySpeaker("Lavrov") == 1);
  RequireBySpeakerEqualsWalk(*s.store);
  s.Add("lavrov.txt", "Lavrov said the talks in Geneva would resume on Friday.\n",
        "2016-09-18");
  CHECK(AllConflicts(*s.store).empty());
  CHECK(s.BySpeaker("Lavrov") == 0);
  CHECK(s.store->Check()->empty());
  const std::string db = s.dir.file("db");
  s.store.reset();
  EditStore(db, [&](rocksdb::DB& raw, const auto& handles) {
    CHECK(SpeakerConflictEntries(raw, handles).empty());
  });
}

TEST_CASE("a version 5 store gets its contradictions by speaker when opened for writing",
          "[graph][conflicts][versions]") {
  Conflicting s;
  const std::string db = s.dir.file("db");
  s.store.reset();
  const std::size_t entries = testing::DowngradeStore(db, IndexId::kSpeakerConflictsByTime, 5);
  REQUIRE(entries >= 2);  // the monitor's speaker and Lavrov

  StoreOptions read_only;
  read_only.read_only = true;
  auto refused = GraphStore::Open(db, read_only);
  REQUIRE_FALSE(refused.ok());
  CHECK(refused.status().message().find("open it once for writing") != std::string::npos);

  s.store = *GraphStore::Open(db);
  CHECK(s.BySpeaker("Lavrov") == 1);
  RequireBySpeakerEqualsWalk(*s.store);
  CHECK(s.store->Check()->empty());
  s.store.reset();
  EditStore(db, [&](rocksdb::DB& raw, const auto& handles) {
    CHECK(SpeakerConflictEntries(raw, handles).size() == entries);
  });
  CHECK(testing::StoredSchemaVersion(db) == kSchemaVersion);
}

TEST_CASE("check names a missing or stray contradiction-by-speaker entry",
          "[graph][conflicts][check]") {
  Conflicting s;
  const std::string db = s.dir.file("db");
  s.store.reset();
  std::string missing, stray;
  EditStore(db, [&](rocksdb::DB& raw, const auto& handles) {
    const std::vector<std::string> keys = SpeakerConflictEntries(raw, handles);
    REQUIRE(keys.size() >= 2);
    // One entry deleted; the other filed under a source that is no speaker.
    missing = keys[0];
    REQUIRE(raw.Delete(rocksdb::WriteOptions(), handles[testing::kIdxHandle], missing).ok());
    stray = keys[1];
    stray[8] = static_cast<char>(stray[8] ^ 1);
    REQUIRE(raw.Put(rocksdb::WriteOptions(), handles[testing::kIdxHandle], stray, "").ok());
  });
  auto store = GraphStore::Open(db);
  REQUIRE(store.ok());
  auto problems = (*store)->Check();
  REQUIRE(problems.ok());
  REQUIRE(problems->size() == 2);
  const std::string joined = Cat((*problems)[0], "\n", (*problems)[1]);
  CHECK(joined.find(Cat("has no entry under speaker ", ReadU64(missing.substr(1)))) !=
        std::string::npos);
  CHECK(joined.find(Cat("has an entry under source ", ReadU64(stray.substr(1)),
                        " that is not a speaker")) != std::string::npos);
}

}  // namespace
}  // namespace claimgraph::graph
