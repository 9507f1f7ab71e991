// Every ASSERTED edge has its speaker index entry and every MENTIONS edge its
// entity entry (issue 15's listing gap): a claim two stories' sources assert
// is listed under each of them, through a new version of either article, and
// `check` reports a store whose entries and edges disagree. Real RocksDB in a
// temporary directory; the extractions are written by hand so that the two
// sources are exactly one claim.
#include <catch2/catch.hpp>

#include <algorithm>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "graph/keys.h"
#include "graph/store.h"
#include "graph/testing.h"
#include "graph/views.h"
#include "ingest/document.h"
#include "ingest/extraction.h"
#include "rocksdb/db.h"
#include "extracted_store.h"
#include "test_util.h"

namespace claimgraph::graph {
namespace {

using testing::TempDir;

constexpr std::string_view kWords = "Mercy Ward will reopen on Monday";

ingest::Span SpanOf(const std::string& text, std::string_view part) {
  const auto at = text.find(part);
  REQUIRE(at != std::string::npos);
  return {static_cast<uint32_t>(at), static_cast<uint32_t>(at + part.size())};
}

// One article in which "The hospital" (a generic organisation: a source scoped
// to the article's story) says kWords, with the entity Mercy Ward, or, for
// `speaker` "Jane Roe", another claim by a named person.
void Ingest(GraphStore& store, const std::string& doc_id, const std::string& lead,
            const std::string& published, const std::string& speaker = "The hospital") {
  const std::string words = speaker == "The hospital" ? std::string(kWords)
                                                      : "the clinic will close on Friday";
  const std::string text = lead + " " + speaker + " said " + words + ".";
  ingest::Document doc = ingest::DocumentFromText(doc_id, text);
  doc.published = published;
  ingest::Extraction ex;
  ex.doc_id = doc_id;
  ex.published = published;
  ex.body = {0, static_cast<uint32_t>(text.size())};
  ex.content_hash = std::hash<std::string>()(text) | 1;
  ex.simhash = 0;  // each article a story of its own
  ingest::Attribution a;
  a.source = SpanOf(text, speaker);
  a.speaker = speaker;
  a.source_type = speaker == "The hospital" ? ingest::SourceType::kOrganisation
                                            : ingest::SourceType::kPerson;
  a.cue = SpanOf(text, "said");
  a.cue_lemma = "say";
  a.content = SpanOf(text, words);
  a.confidence = 0.9f;
  if (speaker == "The hospital") {
    ex.entities.push_back({"Mercy Ward", "place", {SpanOf(text, "Mercy Ward")}});
    a.entities = {0};
  }
  ex.attributions.push_back(a);
  auto outcome = store.Ingest(doc, ex);
  REQUIRE(outcome.ok());
  testing::RequireViewRecordsCurrent(store);
}

std::vector<NodeId> SourcesNamed(const GraphStore& store, const std::string& name) {
  std::vector<NodeId> ids;
  REQUIRE(store.VisitNodes(v1::SOURCE, [&](const v1::Node& node) {
    if (node.source().name() == name) ids.push_back(node.id());
    return true;
  }).ok());
  return ids;
}

std::vector<NodeId> ClaimsOf(const GraphStore& store, NodeId speaker, NodeId entity = 0) {
  ClaimFilter filter;
  filter.speaker = speaker;
  filter.entity = entity;
  auto page = store.ListClaims(filter, 100, "");
  REQUIRE(page.ok());
  return page->ids;
}

std::vector<std::string> Problems(const GraphStore& store) {
  auto problems = store.Check();
  REQUIRE(problems.ok());
  return *problems;
}

// The problems `check` finds in the closed store at `db`.
std::vector<std::string> ProblemsAt(const std::string& db) {
  auto store = GraphStore::Open(db);
  REQUIRE(store.ok());
  return Problems(**store);
}

bool Mentions(const std::vector<std::string>& problems, std::string_view words) {
  return std::any_of(problems.begin(), problems.end(), [&](const std::string& p) {
    return p.find(words) != std::string::npos;
  });
}

struct TwoHospitals {
  TempDir dir;
  std::unique_ptr<GraphStore> store = *GraphStore::Open(dir.file("db"));
  TwoHospitals() {
    Ingest(*store, "north.txt", "In the north, crews cleared the roads.", "2016-09-18");
    Ingest(*store, "south.txt", "Down south, the flood waters fell.", "2016-09-20");
  }
};

TEST_CASE("a claim two stories' sources assert is listed under each source",
          "[graph][index]") {
  TwoHospitals s;
  const std::vector<NodeId> hospitals = SourcesNamed(*s.store, "The hospital");
  REQUIRE(hospitals.size() == 2);  // one per story
  auto all = s.store->ListClaims({}, 100, "");
  REQUIRE(all.ok());
  REQUIRE(all->ids.size() == 1);  // the same words under the same name: one claim
  const NodeId claim = all->ids[0];
  for (NodeId hospital : hospitals) {
    CHECK(ClaimsOf(*s.store, hospital) == std::vector<NodeId>{claim});
    CHECK(SourceViewOf(*s.store, hospital)->claim_count() == 1);
  }
  auto ward = s.store->FindEntity("Mercy Ward");
  REQUIRE(ward.ok());
  CHECK(ClaimsOf(*s.store, 0, *ward) == std::vector<NodeId>{claim});
  CHECK(Problems(*s.store).empty());
}

TEST_CASE("a new version of either article keeps the other source's listing whole",
          "[graph][index][versions]") {
  for (const std::string replaced : {"north.txt", "south.txt"}) {
    INFO(replaced);
    TwoHospitals s;
    auto all = s.store->ListClaims({}, 100, "");
    REQUIRE(all.ok());
    REQUIRE(all->ids.size() == 1);
    const NodeId claim = all->ids[0];
    // The new version says something else, through someone else.
    Ingest(*s.store, replaced, "Corrected.", "2016-09-21", "Jane Roe");
    // Only the other story's hospital still says it; the replaced story's
    // hospital, asserting nothing now, is gone with its entry.
    const std::vector<NodeId> hospitals = SourcesNamed(*s.store, "The hospital");
    REQUIRE(hospitals.size() == 1);
    CHECK(ClaimsOf(*s.store, hospitals[0]) == std::vector<NodeId>{claim});
    auto view = ClaimViewOf(*s.store, claim);
    REQUIRE(view.ok());
    REQUIRE(view->provenance_size() == 1);
    CHECK(view->provenance(0).article().doc_id() != replaced);
    CHECK(Problems(*s.store).empty());
    // And back: the replaced article says the words again.
    Ingest(*s.store, replaced, "Corrected again.", "2016-09-22");
    for (NodeId hospital : SourcesNamed(*s.store, "The hospital")) {
      CHECK(ClaimsOf(*s.store, hospital) == std::vector<NodeId>{claim});
    }
    CHECK(SourcesNamed(*s.store, "The hospital").size() == 2);
    CHECK(Problems(*s.store).empty());
  }
}

// Opens the closed store at `db` as plain RocksDB and applies `change` to its
// idx column family.
void EditIndex(const std::string& db,
               const std::function<void(rocksdb::DB&, rocksdb::ColumnFamilyHandle*)>& change) {
  std::vector<rocksdb::ColumnFamilyHandle*> handles;
  rocksdb::DB* raw = nullptr;
  const auto families = StoreColumnFamilies({});
  REQUIRE(rocksdb::DB::Open(StoreDbOptions({}), db, families, &handles, &raw).ok());
  std::unique_ptr<rocksdb::DB> opened(raw);
  rocksdb::ColumnFamilyHandle* idx = nullptr;
  for (std::size_t i = 0; i < families.size(); ++i) {
    if (families[i].name == kIdxCf) idx = handles[i];
  }
  REQUIRE(idx != nullptr);
  change(*opened, idx);
  for (auto* handle : handles) opened->DestroyColumnFamilyHandle(handle);
}

// The keys of index `index` in the idx column family.
std::vector<std::string> IndexKeys(rocksdb::DB& db, rocksdb::ColumnFamilyHandle* idx,
                                   IndexId index) {
  std::vector<std::string> keys;
  std::unique_ptr<rocksdb::Iterator> it(db.NewIterator(rocksdb::ReadOptions(), idx));
  const std::string prefix = IndexPrefix(index);
  for (it->Seek(prefix); it->Valid() && it->key().starts_with(prefix); it->Next()) {
    keys.push_back(it->key().ToString());
  }
  return keys;
}

TEST_CASE("check reports an ASSERTED or MENTIONS edge without its index entry, and the reverse",
          "[graph][index][check]") {
  TwoHospitals s;
  REQUIRE(Problems(*s.store).empty());
  s.store.reset();
  const std::string db = s.dir.file("db");

  SECTION("a speaker entry missing (a store written before the fix)") {
    EditIndex(db, [](rocksdb::DB& raw, rocksdb::ColumnFamilyHandle* idx) {
      auto keys = IndexKeys(raw, idx, IndexId::kSpeakerClaimsByTime);
      REQUIRE(keys.size() == 2);
      REQUIRE(raw.Delete(rocksdb::WriteOptions(), idx, keys[1]).ok());
    });
    auto problems = ProblemsAt(db);
    CHECK(problems.size() == 2);
    CHECK(Mentions(problems, "has no speaker index entry"));
    CHECK(Mentions(problems, "1 edge(s) lack their index entry"));
    CHECK(Mentions(problems, "ingest the store's articles into a new store"));
  }
  SECTION("an entity entry missing") {
    EditIndex(db, [](rocksdb::DB& raw, rocksdb::ColumnFamilyHandle* idx) {
      auto keys = IndexKeys(raw, idx, IndexId::kEntityClaimsByTime);
      REQUIRE(keys.size() == 1);
      REQUIRE(raw.Delete(rocksdb::WriteOptions(), idx, keys[0]).ok());
    });
    CHECK(Mentions(ProblemsAt(db), "has no entity index entry"));
  }
  SECTION("an entry without its edge, or under another date") {
    EditIndex(db, [](rocksdb::DB& raw, rocksdb::ColumnFamilyHandle* idx) {
      auto keys = IndexKeys(raw, idx, IndexId::kSpeakerClaimsByTime);
      REQUIRE(keys.size() == 2);
      // One source's entry copied under an owner with no edge; the other's
      // moved to another date.
      std::string stray = keys[0];
      stray[8] ^= 0x01;
      REQUIRE(raw.Put(rocksdb::WriteOptions(), idx, stray, "").ok());
      std::string redated = keys[1];
      redated.replace(9, kTimeKeyBytes, "2001-01-01");
      REQUIRE(raw.Delete(rocksdb::WriteOptions(), idx, keys[1]).ok());
      REQUIRE(raw.Put(rocksdb::WriteOptions(), idx, redated, "").ok());
    });
    auto problems = ProblemsAt(db);
    CHECK(Mentions(problems, "has no ASSERTED edge"));
    CHECK(Mentions(problems, "is filed under 2001-01-01, not the claim's time key"));
    CHECK(Mentions(problems, "has no speaker index entry"));
  }
}

}  // namespace
}  // namespace claimgraph::graph
