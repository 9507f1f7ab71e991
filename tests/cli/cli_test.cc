// The claimgraph binary end to end: the JSON shapes the README promises to
// scripts ("JSON shapes that scripts rely on"), the exit statuses (0, 1 for a
// usage or validation error, 2 for a batch with a failed document) and the one
// error format on stderr. Shapes only: key sets and value types, not what the
// example articles say.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <catch2/catch.hpp>
#include <google/protobuf/struct.pb.h>
#include <google/protobuf/util/json_util.h>

#include "cli/claimgraph_run.h"
#include "graph/store.h"
#include "query/server.h"
#include "test_util.h"

namespace claimgraph {
namespace {

using google::protobuf::Value;
using testing::Claimgraph;
using testing::Run;
using testing::TempDir;

std::vector<std::string> ExampleArticles() {
  std::vector<std::string> files;
  for (const auto& entry :
       std::filesystem::directory_iterator(testing::SourceDir() + "/examples/articles")) {
    files.push_back(entry.path().string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::vector<std::string> With(std::vector<std::string> args,
                              const std::vector<std::string>& more) {
  args.insert(args.end(), more.begin(), more.end());
  return args;
}

// The example articles ingested once into a temporary store.
const std::string& ExampleStore() {
  static TempDir dir;
  static const std::string db = [] {
    std::string path = dir.file("store");
    Run ingest = Claimgraph(With({"ingest", "--quiet", "--db", path}, ExampleArticles()));
    if (ingest.exit_code != 0) throw std::runtime_error("ingest failed: " + ingest.err);
    return path;
  }();
  return db;
}

Value ParseJson(const std::string& text) {
  Value value;
  auto status = google::protobuf::util::JsonStringToMessage(text, &value);
  INFO(text.substr(0, 300));
  REQUIRE(status.ok());
  return value;
}

std::set<std::string> KeysOf(const Value& value) {
  REQUIRE(value.kind_case() == Value::kStructValue);
  std::set<std::string> keys;
  for (const auto& [key, field] : value.struct_value().fields()) keys.insert(key);
  return keys;
}

const Value& Field(const Value& value, const std::string& key) {
  const auto& fields = value.struct_value().fields();
  auto it = fields.find(key);
  INFO("key " << key);
  REQUIRE(it != fields.end());
  return it->second;
}

bool IsString(const Value& v) { return v.kind_case() == Value::kStringValue; }
bool IsNumber(const Value& v) { return v.kind_case() == Value::kNumberValue; }
bool IsBool(const Value& v) { return v.kind_case() == Value::kBoolValue; }
bool IsNull(const Value& v) { return v.kind_case() == Value::kNullValue; }
bool IsList(const Value& v) { return v.kind_case() == Value::kListValue; }
bool IsCount(const Value& v) {
  return IsNumber(v) && v.number_value() >= 0 &&
         v.number_value() == static_cast<double>(static_cast<long>(v.number_value()));
}
bool IsIsoDate(const Value& v) {
  const std::string& s = v.string_value();
  return IsString(v) && s.size() == 10 && s[4] == '-' && s[7] == '-';
}

// A JSON array printed by `inspect ... --json`: non-empty on the examples.
std::vector<Value> InspectJson(const std::vector<std::string>& what) {
  Run run = Claimgraph(With({"inspect", "--db", ExampleStore()}, what));
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  CHECK(run.err.empty());
  Value list = ParseJson(run.out);
  REQUIRE(IsList(list));
  std::vector<Value> items(list.list_value().values().begin(),
                           list.list_value().values().end());
  REQUIRE(!items.empty());
  return items;
}

void CheckSpan(const Value& span) {
  CHECK(KeysOf(span) == std::set<std::string>{"start", "end", "text"});
  CHECK(IsCount(Field(span, "start")));
  CHECK(IsCount(Field(span, "end")));
  CHECK(IsString(Field(span, "text")));
}

void CheckSpanOrNull(const Value& span) {
  if (!IsNull(span)) CheckSpan(span);
}

// Every line of stderr is in the one error format.
void CheckErrorFormat(const std::string& err) {
  REQUIRE(!err.empty());
  std::istringstream lines(err);
  for (std::string line; std::getline(lines, line);) {
    INFO(line);
    CHECK(line.rfind("claimgraph: ", 0) == 0);
  }
}

TEST_CASE("extract prints one gold-format JSON line per article") {
  Run run = Claimgraph(With({"extract"}, ExampleArticles()));
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  CHECK(run.err.empty());
  std::istringstream lines(run.out);
  int documents = 0, attributions = 0;
  for (std::string line; std::getline(lines, line); ++documents) {
    Value doc = ParseJson(line);
    CHECK(KeysOf(doc) == std::set<std::string>{"doc_id", "date", "attributions"});
    CHECK(IsString(Field(doc, "doc_id")));
    CHECK((IsNull(Field(doc, "date")) || IsIsoDate(Field(doc, "date"))));
    REQUIRE(IsList(Field(doc, "attributions")));
    for (const Value& a : Field(doc, "attributions").list_value().values()) {
      ++attributions;
      CHECK(KeysOf(a) == std::set<std::string>{"source", "speaker", "cue", "content", "kind",
                                               "cue_class", "via", "confidence", "said_on"});
      CHECK(IsString(Field(a, "cue_class")));
      CheckSpanOrNull(Field(a, "source"));
      CHECK((IsNull(Field(a, "speaker")) || IsString(Field(a, "speaker"))));
      CheckSpanOrNull(Field(a, "cue"));
      CheckSpan(Field(a, "content"));
      CHECK(IsString(Field(a, "kind")));
      CheckSpanOrNull(Field(a, "via"));
      CHECK(IsNumber(Field(a, "confidence")));
      CHECK((IsNull(Field(a, "said_on")) || IsIsoDate(Field(a, "said_on"))));
    }
  }
  CHECK(documents == static_cast<int>(ExampleArticles().size()));
  CHECK(attributions > 0);
}

TEST_CASE("inspect speakers --json") {
  for (const Value& s : InspectJson({"speakers", "--json"})) {
    CHECK(KeysOf(s) == std::set<std::string>{"id", "name", "kind", "aliases", "claims"});
    CHECK(Field(s, "id").string_value().rfind("sources/", 0) == 0);
    CHECK(IsString(Field(s, "name")));
    CHECK(IsString(Field(s, "kind")));
    REQUIRE(IsList(Field(s, "aliases")));
    for (const Value& alias : Field(s, "aliases").list_value().values()) {
      CHECK(IsString(alias));
    }
    CHECK(IsCount(Field(s, "claims")));
  }
}

void CheckClaim(const Value& c) {
  CHECK(KeysOf(c) == std::set<std::string>{"id", "speaker", "content", "kind", "said_on",
                                           "cue", "cue_class", "articles",
                                           "independent_reports"});
  CHECK(IsString(Field(c, "cue_class")));
  CHECK(Field(c, "id").string_value().rfind("claims/", 0) == 0);
  CHECK((IsNull(Field(c, "speaker")) || IsString(Field(c, "speaker"))));
  CHECK(IsString(Field(c, "content")));
  CHECK(IsString(Field(c, "kind")));
  CHECK((IsNull(Field(c, "said_on")) || IsIsoDate(Field(c, "said_on"))));
  CHECK((IsNull(Field(c, "cue")) || IsString(Field(c, "cue"))));
  REQUIRE(IsList(Field(c, "articles")));
  CHECK(Field(c, "articles").list_value().values_size() > 0);
  for (const Value& doc_id : Field(c, "articles").list_value().values()) {
    CHECK(IsString(doc_id));
  }
  CHECK(IsCount(Field(c, "independent_reports")));
}

TEST_CASE("inspect claims --json") {
  for (const Value& c : InspectJson({"claims", "--json"})) CheckClaim(c);
  // Filtered, as in the README.
  for (const Value& c : InspectJson({"claims", "--speaker", "Samantha Power", "--json"})) {
    CheckClaim(c);
  }
}

// The cue classes of a claim listing printed with --json.
std::multiset<std::string> ClassesOf(const Run& run) {
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  Value list = ParseJson(run.out);
  REQUIRE(IsList(list));
  std::multiset<std::string> classes;
  for (const Value& c : list.list_value().values()) classes.insert(Field(c, "cue_class").string_value());
  return classes;
}

TEST_CASE("claim listings filter by cue class (--cue-class) in inspect and query alike") {
  TempDir dir;
  const std::string article = dir.file("classes.txt"), db = dir.file("store");
  std::ofstream(article) << "The mayor said the bridge would reopen in May.\n\n"
                            "The governor vowed to rebuild every school destroyed by the flood.\n\n"
                            "The senator described the budget as a gift to landlords.\n";
  REQUIRE(Claimgraph({"ingest", "--quiet", "--db", db, article}).exit_code == 0);
  const std::vector<std::string> inspect = {"inspect", "--db", db, "claims", "--json"};
  CHECK(ClassesOf(Claimgraph(inspect)) ==
        std::multiset<std::string>{"statement", "intention", "stance"});
  CHECK(ClassesOf(Claimgraph(With(inspect, {"--cue-class", "intention"}))) ==
        std::multiset<std::string>{"intention"});
  CHECK(ClassesOf(Claimgraph(With(inspect, {"--cue-class", "statement,stance"}))) ==
        std::multiset<std::string>{"statement", "stance"});
  CHECK(ClassesOf(Claimgraph(With(inspect, {"--cue-class", "belief", "--cue-class", "stance"}))) ==
        std::multiset<std::string>{"stance"});
  Run table = Claimgraph({"inspect", "--db", db, "claims", "--cue-class", "stance"});
  CHECK(table.out.find("(described, stance)") != std::string::npos);

  // query: the same filter through the real server.
  {
    auto store = graph::GraphStore::Open(db);
    REQUIRE(store.ok());
    auto server = query::QueryServer::Start(store->get(), {});
    REQUIRE(server.ok());
    Run listed = Claimgraph({"query", "--server", "127.0.0.1:" + std::to_string((*server)->port()),
                             "claims", "--cue-class", "intention", "--json"});
    CHECK(ClassesOf(listed) == std::multiset<std::string>{"intention"});
  }

  // A class that does not exist is a usage error naming the flag, in both.
  for (const std::vector<std::string>& command :
       {std::vector<std::string>{"inspect", "--db", db, "claims"},
        std::vector<std::string>{"query", "--server", "127.0.0.1:1", "claims"}}) {
    Run bad = Claimgraph(With(command, {"--cue-class", "opinion"}));
    CHECK(bad.exit_code == 1);
    CHECK(bad.err ==
          "claimgraph: --cue-class must be statement, belief, intention, evidence or stance, "
          "not 'opinion'\n");
  }
}

TEST_CASE("inspect stories --json") {
  for (const Value& s : InspectJson({"stories", "--json"})) {
    CHECK(KeysOf(s) == std::set<std::string>{"id", "wire", "articles", "claims"});
    CHECK(Field(s, "id").string_value().rfind("stories/", 0) == 0);
    CHECK((IsNull(Field(s, "wire")) || IsString(Field(s, "wire"))));
    REQUIRE(IsList(Field(s, "articles")));
    for (const Value& a : Field(s, "articles").list_value().values()) {
      CHECK(KeysOf(a) == std::set<std::string>{"doc_id", "outlet"});
      CHECK(IsString(Field(a, "doc_id")));
      CHECK((IsNull(Field(a, "outlet")) || IsString(Field(a, "outlet"))));
    }
    CHECK(IsCount(Field(s, "claims")));
  }
}

TEST_CASE("inspect contradictions --json") {
  for (const Value& x : InspectJson({"contradictions", "--json"})) {
    // ranges_compatible: only on figures that differ.
    std::set<std::string> keys = KeysOf(x);
    keys.erase("ranges_compatible");
    CHECK(keys ==
          std::set<std::string>{"type", "a", "b", "reason", "confidence", "evidence"});
    CHECK(KeysOf(Field(x, "evidence")) == std::set<std::string>{"a", "b"});
    CHECK(IsString(Field(Field(x, "evidence"), "a")));
    if (KeysOf(x).count("ranges_compatible")) {
      CHECK(IsBool(Field(x, "ranges_compatible")));
    }
    CHECK(IsString(Field(x, "type")));
    for (const char* side : {"a", "b"}) {
      const Value& claim = Field(x, side);
      CHECK(KeysOf(claim) == std::set<std::string>{"claim_id", "speaker", "content"});
      CHECK(Field(claim, "claim_id").string_value().rfind("claims/", 0) == 0);
      CHECK((IsNull(Field(claim, "speaker")) || IsString(Field(claim, "speaker"))));
      CHECK(IsString(Field(claim, "content")));
    }
    CHECK(IsString(Field(x, "reason")));
    CHECK(IsNumber(Field(x, "confidence")));
  }
}

TEST_CASE("inspect contradictions --min-confidence filters") {
  auto all = InspectJson({"contradictions", "--json"});
  auto sure = InspectJson({"contradictions", "--json", "--min-confidence", "0.7"});
  CHECK(sure.size() < all.size());  // the compatible figures (0.6) go
  for (const Value& x : sure) CHECK(Field(x, "confidence").number_value() >= 0.7 - 1e-6);
}

TEST_CASE("a batch with a bad document exits 2, and the good ones land") {
  TempDir dir;
  std::string bad = dir.file("bad.txt");
  std::ofstream(bad, std::ios::binary) << "He said \xff\xfe that it was fine.\n";
  std::vector<std::string> files = ExampleArticles();
  files.insert(files.begin() + 1, bad);

  SECTION("extract") {
    Run run = Claimgraph(With({"extract"}, files));
    CHECK(run.exit_code == 2);
    std::istringstream lines(run.out);
    int documents = 0;
    for (std::string line; std::getline(lines, line);) ++documents;
    CHECK(documents == static_cast<int>(ExampleArticles().size()));
    CheckErrorFormat(run.err);
    CHECK_THAT(run.err, Catch::StartsWith("claimgraph: skipped: ") &&
                            Catch::Contains("bad.txt") &&
                            Catch::EndsWith("claimgraph: 1 document(s) failed\n"));
  }
  SECTION("ingest") {
    std::string db = dir.file("store");
    Run run = Claimgraph(With({"ingest", "--quiet", "--db", db}, files));
    CHECK(run.exit_code == 2);
    CHECK_THAT(run.out, Catch::Contains("; 1 failed"));
    CheckErrorFormat(run.err);
    CHECK_THAT(run.err, Catch::StartsWith("claimgraph: not ingested: ") &&
                            Catch::Contains("bad.txt") &&
                            Catch::EndsWith("claimgraph: 1 document(s) failed\n"));
    Run articles = Claimgraph({"inspect", "--db", db, "articles", "--json"});
    REQUIRE(articles.exit_code == 0);
    Value list = ParseJson(articles.out);
    CHECK(list.list_value().values_size() == static_cast<int>(ExampleArticles().size()));
  }
  SECTION("a missing file") {
    Run run = Claimgraph({"extract", files[0], dir.file("missing.txt")});
    CHECK(run.exit_code == 2);
    CheckErrorFormat(run.err);
    CHECK_THAT(run.err, Catch::Contains("missing.txt"));
  }
}

TEST_CASE("usage and validation errors exit 1 in the one error format") {
  const std::string& db = ExampleStore();
  SECTION("inspect claims and query claims reject a bad date alike, naming the flag") {
    // query checks the dates before it calls: no server is needed to see it.
    for (const std::vector<std::string>& command :
         {std::vector<std::string>{"inspect", "--db", db, "claims"},
          std::vector<std::string>{"query", "--server", "127.0.0.1:1", "claims"}}) {
      Run after = Claimgraph(With(command, {"--after", "notadate"}));
      CHECK(after.exit_code == 1);
      CHECK(after.out.empty());
      CHECK(after.err ==
            "claimgraph: --after: \"notadate\" is not a date (expected YYYY-MM-DD)\n");
      for (std::string bad : {"2020-13-45", "2020-02-30", "2020", "2016-9-1"}) {
        Run before = Claimgraph(With(command, {"--before", bad}));
        CHECK(before.exit_code == 1);
        CHECK(before.err == "claimgraph: --before: \"" + bad +
                                "\" is not a date (expected YYYY-MM-DD)\n");
      }
    }
    Run contradictions = Claimgraph(
        {"query", "--server", "127.0.0.1:1", "contradictions", "--after", "2020-13-45"});
    CHECK(contradictions.exit_code == 1);
    CHECK(contradictions.err ==
          "claimgraph: --after: \"2020-13-45\" is not a date (expected YYYY-MM-DD)\n");
    Run ok = Claimgraph({"inspect", "--db", db, "claims", "--after", "2016-09-01",
                         "--before", "2016-12-31", "--json"});
    CHECK(ok.exit_code == 0);
  }
  SECTION("inspect and query contradictions reject a bad --min-confidence alike") {
    for (const std::vector<std::string>& command :
         {std::vector<std::string>{"inspect", "--db", db, "contradictions"},
          std::vector<std::string>{"query", "--server", "127.0.0.1:1", "contradictions"}}) {
      Run high = Claimgraph(With(command, {"--min-confidence", "1.5"}));
      CHECK(high.exit_code == 1);
      CHECK(high.out.empty());
      CHECK(high.err == "claimgraph: --min-confidence must be a number from 0 to 1, not 1.5\n");
      Run word = Claimgraph(With(command, {"--min-confidence", "high"}));
      CHECK(word.exit_code == 1);
      CHECK(word.err ==
            "claimgraph: --min-confidence must be a number from 0 to 1, not 'high'\n");
    }
  }
  SECTION("an unknown speaker") {
    Run run = Claimgraph({"inspect", "--db", db, "claims", "--speaker", "Nobody Atall"});
    CHECK(run.exit_code == 1);
    CheckErrorFormat(run.err);
    CHECK(std::count(run.err.begin(), run.err.end(), '\n') == 1);
  }
  SECTION("a flag the command does not have") {
    Run run = Claimgraph({"inspect", "--db", db, "claims", "--no-such-flag"});
    CHECK(run.exit_code == 1);
    CheckErrorFormat(run.err);
  }
  SECTION("a store that cannot be opened") {
    TempDir dir;
    Run run = Claimgraph({"inspect", "--db", dir.file("none"), "speakers"});
    CHECK(run.exit_code == 1);
    CheckErrorFormat(run.err);
    CHECK_THAT(run.err, Catch::StartsWith("claimgraph: cannot open store "));
  }
}

TEST_CASE("check on a sound store exits 0") {
  Run run = Claimgraph({"check", "--db", ExampleStore()});
  CHECK(run.exit_code == 0);
  CHECK(run.out == "store is consistent\n");
  CHECK(run.err.empty());
}

TEST_CASE("ingest reports stored, unchanged and replaced per document") {
  TempDir dir;
  std::string db = dir.file("store");
  std::string file = dir.file("ministry.txt");
  auto ingest = [&](const std::string& text) {
    std::ofstream(file) << text;
    return Claimgraph({"ingest", "--db", db, file});
  };
  Run stored = ingest("The Russian Defence Ministry said 12 people were killed in the "
                      "strike on Aleppo.\n");
  REQUIRE(stored.exit_code == 0);
  CHECK_THAT(stored.out, Catch::StartsWith("stored    ministry.txt: ") &&
                             Catch::Contains("ingested 1 article(s) (0 replaced)"));
  Run unchanged = Claimgraph({"ingest", "--db", db, file});  // the same text
  CHECK_THAT(unchanged.out, Catch::StartsWith("unchanged ministry.txt\n") &&
                                Catch::Contains("; 1 unchanged;"));
  Run replaced = ingest("The Russian Defence Ministry said no one was killed in the "
                        "strike on Aleppo.\n");
  REQUIRE(replaced.exit_code == 0);
  CHECK_THAT(replaced.out, Catch::StartsWith("replaced  ministry.txt: 1 claims") &&
                               Catch::Contains("ingested 1 article(s) (1 replaced)"));
  Run claims = Claimgraph({"inspect", "--db", db, "claims", "--json"});
  REQUIRE(claims.exit_code == 0);
  CHECK_THAT(claims.out, Catch::Contains("no one was killed") && !Catch::Contains("12 people"));
  CHECK(Claimgraph({"check", "--db", db}).exit_code == 0);
}

}  // namespace
}  // namespace claimgraph
