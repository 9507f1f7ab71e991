// The claimgraph binary end to end: the JSON shapes the README promises to
// scripts ("JSON shapes that scripts rely on"), the exit statuses
// (tools/claimgraph/exit.h: 0, 1 for an error, 2 for a batch with a failed
// document, 64 for a usage error) and the one error format on stderr. Shapes only: key sets and value types, not what the
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

void WriteFile(const std::string& path, const std::string& text) {
  std::filesystem::create_directories(std::filesystem::path(path).parent_path());
  std::ofstream(path, std::ios::binary) << text;
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

TEST_CASE("extract prints one extraction record per article: the gold format's keys and more") {
  Run run = Claimgraph(With({"extract"}, ExampleArticles()));
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  CHECK(run.err.empty());
  std::istringstream lines(run.out);
  int documents = 0, attributions = 0;
  for (std::string line; std::getline(lines, line); ++documents) {
    Value doc = ParseJson(line);
    CHECK(KeysOf(doc) == std::set<std::string>{"doc_id", "date", "attributions", "entities",
                                                "published", "outlet", "url", "title",
                                                "bytes", "body", "dateline", "wire",
                                                "content_hash", "simhash", "warnings",
                                                "extractor"});
    CHECK(Field(doc, "extractor").string_value() == claimgraph::ingest::kExtractorVersion);
    CHECK(Field(doc, "content_hash").string_value().size() == 16);
    CHECK(IsNumber(Field(doc, "bytes")));
    CHECK(IsString(Field(doc, "doc_id")));
    CHECK((IsNull(Field(doc, "date")) || IsIsoDate(Field(doc, "date"))));
    REQUIRE(IsList(Field(doc, "attributions")));
    for (const Value& a : Field(doc, "attributions").list_value().values()) {
      ++attributions;
      CHECK(KeysOf(a) == std::set<std::string>{"source", "speaker", "speakers", "cue", "content", "kind",
                                               "cue_class", "via", "confidence", "said_on",
                                               "source_type", "role", "cue_lemma", "time",
                                               "entities"});
      CheckSpanOrNull(Field(a, "time"));
      REQUIRE(IsList(Field(a, "entities")));
      CHECK(IsString(Field(a, "cue_class")));
      CheckSpanOrNull(Field(a, "source"));
      CHECK((IsNull(Field(a, "speaker")) || IsString(Field(a, "speaker"))));
      // Every speaker, the speaker first; none without one.
      REQUIRE(IsList(Field(a, "speakers")));
      const auto& speakers = Field(a, "speakers").list_value().values();
      if (IsNull(Field(a, "speaker"))) {
        CHECK(speakers.empty());
      } else {
        REQUIRE_FALSE(speakers.empty());
        CHECK(speakers[0].string_value() == Field(a, "speaker").string_value());
      }
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
                                           "independent_reports", "provenance",
                                           "contradictions"});
  CHECK(IsString(Field(c, "cue_class")));
  REQUIRE(IsList(Field(c, "provenance")));
  CHECK(Field(c, "provenance").list_value().values_size() ==
        Field(c, "articles").list_value().values_size());
  for (const Value& p : Field(c, "provenance").list_value().values()) {
    CHECK(KeysOf(p) == std::set<std::string>{"doc_id", "outlet", "content", "cue", "source",
                                             "via", "via_name", "extractor_version",
                                             "ingested_at", "ingested_by"});
    // Audit (issue 14): stored by `claimgraph ingest`, at a UTC time.
    CHECK(Field(p, "ingested_by").string_value() == "cli");
    CHECK_THAT(Field(p, "ingested_at").string_value(),
               Catch::Matches(R"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ)"));
    CheckSpan(Field(p, "content"));
    CheckSpanOrNull(Field(p, "cue"));
    CheckSpanOrNull(Field(p, "source"));
    CheckSpanOrNull(Field(p, "via"));
  }
  REQUIRE(IsList(Field(c, "contradictions")));
  for (const Value& x : Field(c, "contradictions").list_value().values()) {
    CHECK(KeysOf(x) == std::set<std::string>{"type", "a", "b", "reason"});
  }
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

TEST_CASE("claims of wire stories are found by the speaker's bare name, joint speakers by each") {
  TempDir dir;
  const std::string db = dir.file("store");
  Run ingest = Claimgraph({"ingest", "--quiet", "--db", db,
                           testing::SourceDir() + "/tests/data/wire-speakers/articles.jsonl"});
  INFO(ingest.err);
  REQUIRE(ingest.exit_code == 0);
  auto contents = [&](const std::string& speaker) {
    Run run = Claimgraph({"inspect", "--db", db, "claims", "--speaker", speaker, "--json"});
    INFO(speaker << ": " << run.err);
    REQUIRE(run.exit_code == 0);
    std::set<std::string> out;
    const Value list = ParseJson(run.out);
    REQUIRE(IsList(list));
    for (const Value& c : list.list_value().values())
      out.insert(Field(c, "content").string_value());
    return out;
  };
  CHECK(contents("John Major").contains("the pound was not overvalued"));
  CHECK(contents("Joe Biden").contains("the plan would fail in the Senate"));
  CHECK(contents("Bernie Sanders").contains("the plan would fail in the Senate"));
  CHECK(contents("Fair Lanes Inc")
            .contains("the deal was worth about 200 mln dlrs and would close in the second quarter"));
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
    CHECK(bad.exit_code == 64);
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

TEST_CASE("usage errors exit 64, other errors 1, in the one error format") {
  const std::string& db = ExampleStore();
  SECTION("inspect claims and query claims reject a bad date alike, naming the flag") {
    // query checks the dates before it calls: no server is needed to see it.
    for (const std::vector<std::string>& command :
         {std::vector<std::string>{"inspect", "--db", db, "claims"},
          std::vector<std::string>{"query", "--server", "127.0.0.1:1", "claims"}}) {
      Run after = Claimgraph(With(command, {"--after", "notadate"}));
      CHECK(after.exit_code == 64);
      CHECK(after.out.empty());
      CHECK(after.err ==
            "claimgraph: --after: \"notadate\" is not a date (expected YYYY-MM-DD)\n");
      for (std::string bad : {"2020-13-45", "2020-02-30", "2020", "2016-9-1"}) {
        Run before = Claimgraph(With(command, {"--before", bad}));
        CHECK(before.exit_code == 64);
        CHECK(before.err == "claimgraph: --before: \"" + bad +
                                "\" is not a date (expected YYYY-MM-DD)\n");
      }
    }
    Run contradictions = Claimgraph(
        {"query", "--server", "127.0.0.1:1", "contradictions", "--after", "2020-13-45"});
    CHECK(contradictions.exit_code == 64);
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
      CHECK(high.exit_code == 64);
      CHECK(high.out.empty());
      CHECK(high.err == "claimgraph: --min-confidence must be a number from 0 to 1, not 1.5\n");
      Run word = Claimgraph(With(command, {"--min-confidence", "high"}));
      CHECK(word.exit_code == 64);
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
  SECTION("a flag the command does not have, a missing argument, a bad value") {
    for (const std::vector<std::string>& command :
         {std::vector<std::string>{"inspect", "--db", db, "claims", "--no-such-flag"},
          std::vector<std::string>{"inspect", "--db", db},
          std::vector<std::string>{"export", "--db", db, "--depth", "9", "sources/1"},
          std::vector<std::string>{"extract", "--input", "csv", "x.txt"}}) {
      Run run = Claimgraph(command);
      INFO(command[0] << " " << command.back());
      CHECK(run.exit_code == 64);
      CHECK(run.out.empty());
      CheckErrorFormat(run.err);
    }
  }

  SECTION("a store that cannot be opened") {
    TempDir dir;
    Run run = Claimgraph({"inspect", "--db", dir.file("none"), "speakers"});
    CHECK(run.exit_code == 1);
    CheckErrorFormat(run.err);
    CHECK_THAT(run.err, Catch::StartsWith("claimgraph: cannot open store "));
  }
}

TEST_CASE("text documents are named by their path as given, or --doc-id-from name") {
  TempDir dir;
  std::string one = dir.file("d1/story.txt"), two = dir.file("d2/story.txt");
  WriteFile(one, "\"The bridge will reopen in May,\" the mayor, Ana Lopez, said on Monday.\n");
  WriteFile(two, "\"Ticket prices will not rise,\" the director, Tom Berg, said on Friday.\n");
  SECTION("by path: two documents, both stored") {
    Run extract = Claimgraph({"extract", one, two});
    REQUIRE(extract.exit_code == 0);
    std::istringstream lines(extract.out);
    std::vector<std::string> ids;
    for (std::string line; std::getline(lines, line);) {
      ids.push_back(Field(ParseJson(line), "doc_id").string_value());
    }
    CHECK(ids == std::vector<std::string>{one, two});
    std::string db = dir.file("store");
    Run ingest = Claimgraph({"ingest", "--quiet", "--db", db, one, two});
    INFO(ingest.err);
    CHECK(ingest.exit_code == 0);
    CHECK_THAT(ingest.out, Catch::Contains("ingested 2 article(s)"));
  }
  SECTION("by name: the second is a new version of the same document") {
    Run extract = Claimgraph({"extract", "--doc-id-from", "name", one, two});
    REQUIRE(extract.exit_code == 0);
    std::istringstream lines(extract.out);
    for (std::string line; std::getline(lines, line);) {
      CHECK(Field(ParseJson(line), "doc_id").string_value() == "story.txt");
    }
    Run ingest =
        Claimgraph({"ingest", "--quiet", "--doc-id-from", "name", "--db", dir.file("s2"), one, two});
    INFO(ingest.err);
    CHECK(ingest.exit_code == 0);
    CHECK_THAT(ingest.out, Catch::Contains("ingested 2 article(s) (1 replaced)"));
    Run articles = Claimgraph({"inspect", "--db", dir.file("s2"), "articles", "--json"});
    REQUIRE(articles.exit_code == 0);
    CHECK(ParseJson(articles.out).list_value().values_size() == 1);
  }
}

TEST_CASE("text input takes --date, --outlet and --url") {
  TempDir dir;
  std::string file = dir.file("story.txt");
  WriteFile(file, "\"The bridge will reopen in May,\" the mayor, Ana Lopez, said on Monday.\n");
  Run extract = Claimgraph({"extract", "--date", "2019-05-06", file});
  REQUIRE(extract.exit_code == 0);
  CHECK(Field(ParseJson(extract.out), "date").string_value() == "2019-05-06");
  std::string db = dir.file("store");
  Run ingest = Claimgraph({"ingest", "--quiet", "--db", db, "--date", "2019-05-06",
                           "--outlet", "Daily Example", "--url", "https://example.org/a", file});
  INFO(ingest.err);
  REQUIRE(ingest.exit_code == 0);
  Value articles = ParseJson(Claimgraph({"inspect", "--db", db, "articles", "--json"}).out);
  REQUIRE(articles.list_value().values_size() == 1);
  const Value& article = articles.list_value().values(0);
  CHECK(Field(article, "published").string_value() == "2019-05-06");
  CHECK(Field(article, "outlet").string_value() == "Daily Example");

  Run bad_date = Claimgraph({"extract", "--date", "May 6", file});
  CHECK(bad_date.exit_code == 64);
  // The one date validator (common/dates.h), naming the flag.
  CHECK(bad_date.err == "claimgraph: --date: \"May 6\" is not a date (expected YYYY-MM-DD)\n");
  Run impossible = Claimgraph({"ingest", "--db", dir.file("s2"), "--date", "2020-02-30", file});
  CHECK(impossible.exit_code == 64);
  CHECK(impossible.err ==
        "claimgraph: --date: \"2020-02-30\" is not a date (expected YYYY-MM-DD)\n");
  CHECK_FALSE(std::filesystem::exists(dir.file("s2")));
  Run jsonl = Claimgraph({"extract", "--input", "jsonl", "--outlet", "X", file});
  CHECK(jsonl.exit_code == 64);
  CheckErrorFormat(jsonl.err);
}

TEST_CASE("JSONL on stdin is read as JSONL without --input") {
  TempDir dir;
  std::string jsonl = dir.file("in.jsonl");
  WriteFile(jsonl,
            "\n{\"id\":\"first\",\"text\":\"\\\"The bridge will reopen in May,\\\" the mayor, "
            "Ana Lopez, said.\"}\n{\"id\":\"second\",\"text\":\"\\\"Prices will not rise,\\\" "
            "the director, Tom Berg, said.\"}\n");
  Run run = Claimgraph({"extract", "-"}, jsonl);
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  std::istringstream lines(run.out);
  std::vector<std::string> ids;
  for (std::string line; std::getline(lines, line);) {
    ids.push_back(Field(ParseJson(line), "doc_id").string_value());
  }
  CHECK(ids == std::vector<std::string>{"first", "second"});

  // Text on stdin stays one text document, and so does text that merely
  // starts with a brace.
  std::string text = dir.file("in.txt");
  WriteFile(text, "{Update} \"Prices will not rise,\" the director, Tom Berg, said.\n");
  Run plain = Claimgraph({"extract", "-"}, text);
  REQUIRE(plain.exit_code == 0);
  CHECK(Field(ParseJson(plain.out), "doc_id").string_value() == "<stdin>");
}

TEST_CASE("empty documents are refused by name and the rest of the batch lands") {
  TempDir dir;
  std::string empty = dir.file("empty.txt"), blank = dir.file("blank.txt");
  std::string jsonl = dir.file("batch.jsonl");
  WriteFile(empty, "");
  WriteFile(blank, " \n\t\n");
  WriteFile(jsonl,
            "{\"id\":\"no-text\"}\n{\"id\":\"spaces\",\"text\":\"   \\n \"}\n"
            "{\"id\":\"good\",\"text\":\"\\\"Prices will not rise,\\\" the director, Tom "
            "Berg, said.\"}\n");
  std::string db = dir.file("store");
  std::vector<std::string> files = With({empty, blank, jsonl}, ExampleArticles());
  Run run = Claimgraph(With({"ingest", "--quiet", "--db", db}, files));
  CHECK(run.exit_code == 2);
  CheckErrorFormat(run.err);
  for (const char* name : {"empty.txt", "blank.txt", "no-text", "spaces"}) {
    INFO(name);
    CHECK_THAT(run.err, Catch::Contains(name));
  }
  CHECK_THAT(run.err, Catch::Contains("empty document") &&
                          Catch::EndsWith("claimgraph: 4 document(s) failed\n"));
  Value articles = ParseJson(Claimgraph({"inspect", "--db", db, "articles", "--json"}).out);
  CHECK(articles.list_value().values_size() ==
        static_cast<int>(ExampleArticles().size()) + 1);
}

TEST_CASE("input errors carry the reason, a file as --db leaves nothing behind") {
  TempDir dir;
  const std::string good = ExampleArticles()[0];
  Run missing = Claimgraph({"extract", good, dir.file("nonexistent.txt")});
  CHECK(missing.exit_code == 2);
  CHECK_THAT(missing.err,
             Catch::Contains("nonexistent.txt: No such file or directory"));
  std::filesystem::create_directories(dir.file("folder"));
  Run folder = Claimgraph({"extract", dir.file("folder")});
  CHECK(folder.exit_code == 2);
  CHECK_THAT(folder.err, Catch::Contains("folder: is a directory"));

  std::string afile = dir.file("afile");
  WriteFile(afile, "not a store\n");
  Run ingest = Claimgraph({"ingest", "--db", afile, good});
  CHECK(ingest.exit_code == 1);
  CheckErrorFormat(ingest.err);
  CHECK_THAT(ingest.err, Catch::Contains("afile is a file"));
  CHECK_FALSE(std::filesystem::exists(afile + ".creating"));
  CHECK(testing::ReadFile(afile) == "not a store\n");
}

TEST_CASE("version and help: --version prints the versions, --help the defaults") {
  Run version = Claimgraph({"--version"});
  CHECK(version.exit_code == 0);
  CHECK_THAT(version.out, Catch::StartsWith("claimgraph ") && Catch::Contains("extract-") &&
                              Catch::Contains("schema"));
  Run help = Claimgraph({"export", "--help"});
  CHECK(help.exit_code == 0);
  CHECK_THAT(help.out, Catch::Contains("--max-nodes") && Catch::Contains("500") &&
                           Catch::Contains("--depth"));
  Run query_help = Claimgraph({"query", "--help"});
  CHECK_THAT(query_help.out, Catch::Contains("127.0.0.1:50151") && Catch::Contains("10000"));
}

TEST_CASE("enum values are taken in the case the tool prints them") {
  Run input = Claimgraph({"extract", "--input", "TEXT", ExampleArticles()[0]});
  CHECK(input.exit_code == 0);
  // --type is checked before the call: with nothing listening, a good type
  // gets as far as the connection, a bad one does not.
  for (const char* type : {"figures_differ", "FIGURES_DIFFER", "Rebuts", "corrects"}) {
    Run run = Claimgraph({"query", "--server", "127.0.0.1:1", "--deadline-ms", "2000",
                          "contradictions", "--type", type});
    INFO(type << ": " << run.err);
    CHECK(run.exit_code == 1);
    CHECK_THAT(run.err, Catch::Contains("server unavailable"));
  }
  Run bad = Claimgraph({"query", "--server", "127.0.0.1:1", "contradictions", "--type",
                        "reported_in"});
  CHECK(bad.exit_code == 64);
  CHECK_THAT(bad.err, Catch::Contains("figures_differ"));
}

TEST_CASE("every command honours --json") {
  const std::string& db = ExampleStore();
  TempDir dir;
  SECTION("eval") {
    Run eval = Claimgraph({"eval", testing::SourceDir() + "/examples/gold.jsonl", "--json"});
    INFO(eval.err);
    REQUIRE(eval.exit_code == 0);
    Value report = ParseJson(eval.out);
    CHECK(IsCount(Field(report, "documents")));
    CHECK(IsNumber(Field(Field(Field(report, "overall"), "content_overlap"), "f1")));
  }
  SECTION("inspect stats, check, ingest") {
    Value stats = ParseJson(Claimgraph({"inspect", "--db", db, "stats", "--json"}).out);
    CHECK(IsCount(Field(stats, "claims")));
    CHECK(IsCount(Field(stats, "edges")));
    Run check = Claimgraph({"check", "--db", db, "--json"});
    CHECK(check.exit_code == 0);
    Value checked = ParseJson(check.out);
    CHECK(IsBool(Field(checked, "consistent")));
    CHECK(Field(checked, "consistent").bool_value());
    Run ingest = Claimgraph(With({"ingest", "--json", "--db", dir.file("s")}, ExampleArticles()));
    REQUIRE(ingest.exit_code == 0);
    Value summary = ParseJson(ingest.out);
    CHECK(Field(summary, "ingested").number_value() ==
          static_cast<double>(ExampleArticles().size()));
    CHECK(Field(summary, "replaced").number_value() == 0);
    REQUIRE(IsList(Field(summary, "documents")));
    CHECK(Field(summary, "documents").list_value().values_size() ==
          static_cast<int>(ExampleArticles().size()));
    for (const Value& d : Field(summary, "documents").list_value().values()) {
      CHECK(KeysOf(d) == std::set<std::string>{"doc_id", "article", "unchanged", "replaced",
                                               "claims", "new_claims", "story",
                                               "contradictions", "warnings"});
      CHECK(IsBool(Field(d, "replaced")));
      CHECK(IsList(Field(d, "warnings")));
    }
  }
  SECTION("query health, traverse, claim, ingest over a real server") {
    testing::Background server(ExampleStore(), "127.0.0.1:0", {"--json"});
    REQUIRE(server.port() > 0);
    CHECK(Field(ParseJson(server.out()), "address").string_value() == server.address());
    std::vector<std::string> query = {"query", "--server", server.address()};
    Value health = ParseJson(Claimgraph(With(query, {"health", "--json"})).out);
    CHECK(Field(health, "serving").bool_value());
    Run traverse = Claimgraph(With(query, {"traverse", "Samantha Power", "--json"}));
    INFO(traverse.err);
    REQUIRE(traverse.exit_code == 0);
    Value sub = ParseJson(traverse.out);
    REQUIRE(IsList(Field(sub, "nodes")));
    CHECK(Field(sub, "nodes").list_value().values_size() > 1);
    CHECK(IsBool(Field(sub, "truncated")));
    Value claims = ParseJson(
        Claimgraph(With(query, {"claims", "--speaker", "Samantha Power", "--json"})).out);
    REQUIRE(claims.list_value().values_size() > 0);
    std::string id = Field(claims.list_value().values(0), "id").string_value();
    Run claim = Claimgraph(With(query, {"claim", id, "--json"}));
    REQUIRE(claim.exit_code == 0);
    Value one = ParseJson(claim.out);
    REQUIRE(one.list_value().values_size() == 1);
    CheckClaim(one.list_value().values(0));
    Run ingest = Claimgraph(With(query, {"ingest", "--json", ExampleArticles()[0]}));
    REQUIRE(ingest.exit_code == 0);
    Value summary = ParseJson(ingest.out);
    CHECK(Field(summary, "unchanged").number_value() == 1);
    CHECK(Field(summary, "replaced").number_value() == 0);
    REQUIRE(Field(summary, "documents").list_value().values_size() == 1);
    CHECK(KeysOf(Field(summary, "documents").list_value().values(0)) ==
          std::set<std::string>{"id", "code", "message", "article", "claims", "replaced",
                                "warnings"});
  }
}

TEST_CASE("claim --json carries the spans and conflicts the text form shows, tables list "
          "claim ids") {
  const std::string& db = ExampleStore();
  Run table = Claimgraph({"inspect", "--db", db, "claims", "--speaker", "Samantha Power"});
  REQUIRE(table.exit_code == 0);
  auto at = table.out.find("claims/");
  REQUIRE(at != std::string::npos);
  std::string id = table.out.substr(at, table.out.find_first_of(" \n", at) - at);
  Run json = Claimgraph({"inspect", "--db", db, "claim", id, "--json"});
  REQUIRE(json.exit_code == 0);
  Value claim = ParseJson(json.out).list_value().values(0);
  CheckClaim(claim);
  const Value& p = Field(claim, "provenance").list_value().values(0);
  // The span's text is the article's bytes at the span.
  std::string text = testing::ReadFile(Field(p, "doc_id").string_value());
  const Value& content = Field(p, "content");
  auto start = static_cast<std::size_t>(Field(content, "start").number_value());
  auto end = static_cast<std::size_t>(Field(content, "end").number_value());
  CHECK(text.substr(start, end - start) == Field(content, "text").string_value());
  Run detail = Claimgraph({"inspect", "--db", db, "claim", id});
  CHECK_THAT(detail.out,
             Catch::Contains("bytes " + std::to_string(start) + "-" + std::to_string(end)));

  // Every claim whose text form lists a conflict lists it in JSON too.
  int with_conflicts = 0;
  for (const Value& c : InspectJson({"claims", "--json"})) {
    with_conflicts += Field(c, "contradictions").list_value().values_size() > 0;
  }
  CHECK(with_conflicts > 0);
  Run contradictions = Claimgraph({"inspect", "--db", db, "contradictions"});
  CHECK_THAT(contradictions.out, Catch::Contains("claims/"));
}

TEST_CASE("export takes the format from the suffix, says when it is cut, and query export "
          "offers SVG") {
  const std::string& db = ExampleStore();
  TempDir dir;
  std::string svg = dir.file("power.svg");
  Run run = Claimgraph({"export", "--db", db, "Samantha Power", "-o", svg});
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  CHECK_THAT(testing::ReadFile(svg), Catch::Contains("<svg"));
  Run mismatch =
      Claimgraph({"export", "--db", db, "Samantha Power", "--format", "dot", "-o", svg});
  CHECK(mismatch.exit_code == 64);
  CHECK_THAT(mismatch.err, Catch::Contains("power.svg"));

  for (const char* suffix : {".graphml", ".dot", ".json", ".svg", ".html"}) {
    std::string out = dir.file(std::string("cut") + suffix);
    Run cut = Claimgraph(
        {"export", "--db", db, "Samantha Power", "--depth", "2", "--max-nodes", "3", "-o", out});
    INFO(suffix << ": " << cut.err);
    REQUIRE(cut.exit_code == 0);
    CHECK_THAT(cut.err, Catch::Contains("claimgraph: warning: ") &&
                            Catch::Contains("node cap"));
    std::string data = testing::ReadFile(out);
    CHECK_THAT(data, Catch::Contains(std::string(suffix) == ".json" ? "\"truncated\":true"
                                                                    : "truncated: "));
  }
  Run whole = Claimgraph({"export", "--db", db, "Samantha Power", "--format", "json"});
  CHECK(whole.err.empty());
  CHECK_THAT(whole.out, Catch::Contains("\"truncated\":false"));

  testing::Background server(ExampleStore());
  REQUIRE(server.port() > 0);
  std::string remote = dir.file("remote.svg");
  Run query = Claimgraph({"query", "--server", server.address(), "export", "Samantha Power",
                          "-o", remote});
  INFO(query.err);
  REQUIRE(query.exit_code == 0);
  CHECK_THAT(testing::ReadFile(remote), Catch::Contains("<svg"));
}

TEST_CASE("search finds claims by their words in inspect and query alike, best first") {
  TempDir dir;
  const std::string article = dir.file("evidence.txt"), db = dir.file("store");
  std::ofstream(article)
      << "\"There is no evidence of a cover-up,\" historian Martin Smith said on Monday.\n\n"
         "\"The evidence was destroyed, and the evidence is gone,\" astronomer Jane Smith "
         "said on Tuesday.\n\n"
         "\"We will finish the road by the summer,\" Donald Trump said on Monday.\n";
  REQUIRE(Claimgraph({"ingest", "--quiet", "--db", db, article}).exit_code == 0);
  auto speakers = [](const Run& run) {
    INFO(run.err);
    REQUIRE(run.exit_code == 0);
    Value list = ParseJson(run.out);
    REQUIRE(IsList(list));
    std::vector<std::string> out;
    for (const Value& c : list.list_value().values()) {
      CheckClaim(c);
      out.push_back(Field(c, "speaker").string_value());
    }
    return out;
  };
  const std::vector<std::string> both = {"Jane Smith", "Martin Smith"};
  Run found = Claimgraph({"inspect", "--db", db, "search", "evidences", "--json"});
  CHECK(speakers(found) == both);
  CHECK(found.err == "2 match(es)\n");
  CHECK(speakers(Claimgraph({"inspect", "--db", db, "search", "\"no evidence\"", "--json"})) ==
        std::vector<std::string>{"Martin Smith"});
  CHECK(speakers(Claimgraph({"inspect", "--db", db, "search", "evidence", "--speaker",
                             "Jane Smith", "--kind", "direct", "--json"})) ==
        std::vector<std::string>{"Jane Smith"});
  Run table = Claimgraph({"inspect", "--db", db, "search", "evidence"});
  CHECK(table.out.find("Jane Smith") < table.out.find("Martin Smith"));

  testing::Background server(db);
  REQUIRE(server.port() > 0);
  CHECK(speakers(Claimgraph({"query", "--server", server.address(), "search", "evidence",
                             "--json"})) == both);
  Run paged = Claimgraph({"query", "--server", server.address(), "search", "evidence",
                          "--page-size", "1", "--json"});
  CHECK(speakers(paged) == std::vector<std::string>{"Jane Smith"});
  CHECK_THAT(paged.err, Catch::Contains("2 match(es)") && Catch::Contains("--page-token"));
  CHECK(speakers(Claimgraph({"query", "--server", server.address(), "search", "evidence",
                             "--page-size", "1", "--all", "--json"})) == both);
  std::string page = dir.file("smith.html");
  Run exported = Claimgraph(
      {"query", "--server", server.address(), "export", "Jane Smith", "-o", page});
  INFO(exported.err);
  CHECK(exported.exit_code == 0);
  CHECK_THAT(testing::ReadFile(page), Catch::StartsWith("<!DOCTYPE html>") &&
                                          Catch::Contains("cg-data"));

  for (const std::vector<std::string>& command :
       {std::vector<std::string>{"inspect", "--db", db, "search", "evidence"},
        std::vector<std::string>{"query", "--server", "127.0.0.1:1", "search", "evidence"}}) {
    Run bad = Claimgraph(With(command, {"--kind", "hearsay"}));
    CHECK(bad.exit_code == 64);
    CHECK(bad.err == "claimgraph: --kind: \"hearsay\" is not direct, indirect or mixed\n");
  }
  Run unclosed = Claimgraph({"inspect", "--db", db, "search", "\"no evidence"});
  CHECK(unclosed.exit_code == 1);
  CheckErrorFormat(unclosed.err);
}

TEST_CASE("a speaker is found by what inspect speakers prints and every alias it lists") {
  // Roles, documents and generic organisations ("the coalition") included.
  const std::string& db = ExampleStore();
  int looked_up = 0;
  for (const Value& s : InspectJson({"speakers", "--json"})) {
    std::vector<std::string> names = {Field(s, "name").string_value()};
    for (const Value& alias : Field(s, "aliases").list_value().values()) {
      names.push_back(alias.string_value());
    }
    for (const std::string& name : names) {
      Run run = Claimgraph({"inspect", "--db", db, "claims", "--speaker", name, "--json"});
      INFO(name << ": " << run.err);
      ++looked_up;
      if (run.exit_code == 0) {
        Value claims = ParseJson(run.out);
        for (const Value& c : claims.list_value().values()) {
          CHECK(Field(c, "speaker").string_value() == Field(s, "name").string_value());
        }
      } else {
        // Only a name that several speakers share may fail, and then it says so.
        CHECK(run.exit_code == 1);
        CHECK_THAT(run.err, Catch::Contains("ambiguous"));
      }
    }
  }
  CHECK(looked_up > 10);

  // A surname alone is the one person named in full with it, though no
  // article calls him by it alone.
  TempDir dir;
  std::string file = dir.file("road.txt");
  WriteFile(file, "\"We will finish the road by the summer,\" Donald Trump said on Monday.\n");
  std::string store = dir.file("store");
  REQUIRE(Claimgraph({"ingest", "--quiet", "--db", store, file}).exit_code == 0);
  Run trump = Claimgraph({"inspect", "--db", store, "claims", "--speaker", "Trump", "--json"});
  INFO(trump.err);
  REQUIRE(trump.exit_code == 0);
  Value claims = ParseJson(trump.out);
  REQUIRE(claims.list_value().values_size() == 1);
  CHECK(Field(claims.list_value().values(0), "speaker").string_value() == "Donald Trump");
  // export takes the name too.
  Run exported = Claimgraph({"export", "--db", store, "Trump", "--format", "json"});
  CHECK(exported.exit_code == 0);
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
  // The document is named by its path as given.
  CHECK_THAT(stored.out, Catch::StartsWith("stored    " + file + ": ") &&
                             Catch::Contains("ingested 1 article(s) (0 replaced)"));
  Run unchanged = Claimgraph({"ingest", "--db", db, file});  // the same text
  CHECK_THAT(unchanged.out, Catch::StartsWith("unchanged " + file + "\n") &&
                                Catch::Contains("; 1 unchanged;"));
  Run replaced = ingest("The Russian Defence Ministry said no one was killed in the "
                        "strike on Aleppo.\n");
  REQUIRE(replaced.exit_code == 0);
  CHECK_THAT(replaced.out, Catch::StartsWith("replaced  " + file + ": 1 claims") &&
                               Catch::Contains("ingested 1 article(s) (1 replaced)"));
  Run claims = Claimgraph({"inspect", "--db", db, "claims", "--json"});
  REQUIRE(claims.exit_code == 0);
  CHECK_THAT(claims.out, Catch::Contains("no one was killed") && !Catch::Contains("12 people"));
  CHECK(Claimgraph({"check", "--db", db}).exit_code == 0);
}

TEST_CASE("backup and restore: incremental backups, a restored store answers the same") {
  TempDir dir;
  std::string db = dir.file("store"), backups = dir.file("backups");
  auto articles = ExampleArticles();
  REQUIRE(Claimgraph({"ingest", "--quiet", "--db", db, articles[0]}).exit_code == 0);
  Run first = Claimgraph({"backup", "--db", db, "--to", backups, "--json"});
  INFO(first.err);
  REQUIRE(first.exit_code == 0);
  REQUIRE(Claimgraph(With({"ingest", "--quiet", "--db", db}, articles)).exit_code == 0);
  Run second = Claimgraph({"backup", "--db", db, "--to", backups, "--json"});
  REQUIRE(second.exit_code == 0);
  Value taken = ParseJson(second.out);
  CHECK(Field(taken, "backup_id").number_value() == 2);
  // Incremental: what the first backup holds is not copied again.
  CHECK(Field(taken, "new_bytes").number_value() < Field(taken, "bytes").number_value());

  std::string restored = dir.file("restored"), older = dir.file("older");
  Run restore = Claimgraph({"restore", "--from", backups, "--db", restored});
  INFO(restore.err);
  REQUIRE(restore.exit_code == 0);
  CHECK(Claimgraph({"check", "--db", restored}).exit_code == 0);
  CHECK(Claimgraph({"inspect", "--db", restored, "claims", "--json"}).out ==
        Claimgraph({"inspect", "--db", db, "claims", "--json"}).out);
  REQUIRE(Claimgraph({"restore", "--from", backups, "--db", older, "--backup", "1"})
              .exit_code == 0);
  CHECK(ParseJson(Claimgraph({"inspect", "--db", older, "articles", "--json"}).out)
            .list_value()
            .values_size() == 1);
  // Restoring over a store is refused, and changes nothing.
  Run over = Claimgraph({"restore", "--from", backups, "--db", older});
  CHECK(over.exit_code == 1);
  CHECK_THAT(over.err, Catch::Contains("it exists and is not an empty directory"));
  Run none = Claimgraph({"backup", "--db", dir.file("nothing"), "--to", backups});
  CHECK(none.exit_code == 1);
}

}  // namespace
}  // namespace claimgraph
