#include <algorithm>
#include <catch2/catch.hpp>
#include <vector>

#include "graph/keys.h"

namespace claimgraph::graph {
namespace {

TEST_CASE("edge keys round-trip through DecodeEdgeKey", "[graph][keys]") {
  std::string key = EdgeKey(0x0102030405060708ULL, 7, 42, 0xFFFFFFFFFFFFFFFFULL);
  REQUIRE(key.size() == kEdgeKeyBytes);
  auto parts = DecodeEdgeKey(key);
  REQUIRE(parts);
  CHECK(parts->first == 0x0102030405060708ULL);
  CHECK(parts->type == 7);
  CHECK(parts->second == 42);
  CHECK(parts->rank == 0xFFFFFFFFFFFFFFFFULL);
  CHECK_FALSE(DecodeEdgeKey(key.substr(1)));
}

TEST_CASE("big-endian ids make keys sort numerically", "[graph][keys]") {
  std::vector<uint64_t> ids = {300, 1, 256, 0xFFFFFFFFULL, 2, 1ULL << 56};
  std::vector<std::string> keys;
  for (uint64_t id : ids) keys.push_back(NodeKey(4, id));
  std::sort(keys.begin(), keys.end());
  std::sort(ids.begin(), ids.end());
  for (std::size_t i = 0; i < ids.size(); ++i) CHECK(ReadU64(keys[i].substr(1)) == ids[i]);
}

TEST_CASE("edges of one node share an 8-byte prefix and group by type",
          "[graph][keys]") {
  std::string a = EdgeKey(5, 1, 900, 0);
  std::string b = EdgeKey(5, 3, 2, 0);
  std::string other = EdgeKey(6, 0, 0, 0);
  CHECK(a.substr(0, 8) == EdgePrefix(5));
  CHECK(a < b);
  CHECK(b < other);
  CHECK(a.starts_with(EdgeTypePrefix(5, 1)));
  CHECK_FALSE(b.starts_with(EdgeTypePrefix(5, 1)));
}

TEST_CASE("escaped terms are never prefixes of each other", "[graph][keys]") {
  std::string ab, abc, zero;
  AppendEscaped(&ab, "ab");
  AppendEscaped(&abc, "abc");
  AppendEscaped(&zero, std::string("a\0b", 3));
  CHECK_FALSE(abc.starts_with(ab));
  CHECK(ab < abc);
  CHECK(zero.size() == 3 + 1 + 2);
}

TEST_CASE("prefix successor bounds a prefix scan", "[graph][keys]") {
  CHECK(PrefixSuccessor("ab") == "ac");
  CHECK(PrefixSuccessor(std::string("a\xFF", 2)) == "b");
  CHECK(PrefixSuccessor(std::string("\xFF\xFF", 2)).empty());
}

TEST_CASE("stable ids carry their node kind and depend only on the key",
          "[graph][keys]") {
  NodeId a = StableId(4, "claim:x");
  CHECK(a == StableId(4, "claim:x"));
  CHECK(a != StableId(4, "claim:y"));
  CHECK(KindOfId(a) == 4);
  CHECK(KindOfId(StableId(3, "claim:x")) == 3);
  CHECK(static_cast<int64_t>(a) > 0);
}

TEST_CASE("time sort keys prefer the statement date, then publication",
          "[graph][keys]") {
  CHECK(TimeSortKey("2016-09-17", "2016-09-18") == "2016-09-17");
  CHECK(TimeSortKey("", "2016-09-18") == "2016-09-18");
  CHECK(TimeSortKey("", "") > "9999-12-31");
}

}  // namespace
}  // namespace claimgraph::graph
