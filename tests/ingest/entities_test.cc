#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>

#include "ingest/document.h"
#include "ingest/entities/entities.h"
#include "ingest/layout.h"
#include "test_util.h"

namespace claimgraph::ingest {
namespace {

using testing::ReadExample;

const EntityLinker& Linker() {
  static const EntityLinker* linker = [] {
    auto created = EntityLinker::Create();
    REQUIRE(created.ok());
    return created->release();
  }();
  return *linker;
}

// Links `text` (whole text as body) and returns the canonical name of the entity
// each occurrence of `mention` belongs to, or "" when it is not a mention.
struct Linked {
  std::string text;
  Extraction x;
  std::string EntityOf(std::string_view mention, std::size_t nth = 0) const {
    std::size_t pos = 0;
    for (std::size_t k = 0; k <= nth; ++k) {
      pos = text.find(mention, k == 0 ? 0 : pos + 1);
      REQUIRE(pos != std::string::npos);
    }
    for (const Entity& e : x.entities) {
      for (const Span& s : e.mentions) {
        if (s.start == pos && s.end == pos + mention.size()) return e.name;
      }
    }
    return "";
  }
  const Entity* Find(std::string_view name) const {
    for (const Entity& e : x.entities) {
      if (e.name == name) return &e;
    }
    return nullptr;
  }
};

Linked Link(std::string text) {
  Linked l{std::move(text), {}};
  Linker().Link(l.text, &l.x);
  return l;
}

TEST_CASE("name keys fold case, diacritics, hyphens and periods", "[entities]") {
  CHECK(NameKey("Deir ez-Zor") == "deir ez zor");
  CHECK(NameKey("DEIR EZ ZOR") == "deir ez zor");
  CHECK(NameKey("D\xC3\xA9ir  ez\xE2\x80\x91Zor") == NameKey("Deir ez-Zor"));
  CHECK(NameKey("U.S.") == "us");
  CHECK(NameKey("Tillerson's") == "tillerson");
  CHECK(NameKey("Russia\xE2\x80\x99s") == "russia");
}

TEST_CASE("spelling variants of Deir ez-Zor are one place", "[entities]") {
  auto a = Link(
      "Islamic State fighters briefly overran a Syrian army position near Deir "
      "al-Zor airport.");
  auto b = Link(
      "Russian warplanes struck east of the Euphrates River near Syria's oil-rich "
      "province of Deir Ezzor.");
  auto c = Link("Government forces are besieged in Deir ez-Zor city.");
  CHECK(a.EntityOf("Deir al-Zor") == "Deir ez-Zor");
  CHECK(b.EntityOf("Deir Ezzor") == "Deir ez-Zor");
  CHECK(c.EntityOf("Deir ez-Zor") == "Deir ez-Zor");
  REQUIRE(a.Find("Deir ez-Zor"));
  CHECK(a.Find("Deir ez-Zor")->type == "place");
  CHECK(Linker().Lookup("DEIR EZ ZOR")->name == "Deir ez-Zor");
}

TEST_CASE("Islamic State, IS and the Islamic State group are one group", "[entities]") {
  auto l = Link(
      "Russia was accused of targeting US-backed forces battling the Islamic State "
      "group in an air strike. He said Russian forces were pursuing IS fighters. "
      "The coalition stopped the attacks against Islamic State positions, and "
      "Daesh lost ground.");
  CHECK(l.EntityOf("the Islamic State group") == "Islamic State");
  CHECK(l.EntityOf("IS") == "Islamic State");
  CHECK(l.EntityOf("Islamic State", 1) == "Islamic State");
  CHECK(l.EntityOf("Daesh") == "Islamic State");
  const Entity* is = l.Find("Islamic State");
  REQUIRE(is);
  CHECK(is->mentions.size() == 4);
  CHECK(is->type == "group");
}

TEST_CASE("lower-case 'is' and 'us' are not acronyms", "[entities]") {
  auto l = Link("This is a very big question mark for us, Churkin said.");
  CHECK(l.Find("Islamic State") == nullptr);
  CHECK(l.Find("United States") == nullptr);
}

TEST_CASE("US, U.S., United States and Washington-as-government are one entity",
          "[entities]") {
  auto l = Link(
      "Washington and Moscow have held high-level talks, a top US general said. "
      "The United States military said U.S. jets were involved.");
  CHECK(l.EntityOf("Washington") == "United States");
  CHECK(l.EntityOf("US") == "United States");
  CHECK(l.EntityOf("United States") == "United States");
  CHECK(l.EntityOf("U.S.") == "United States");
  CHECK(l.EntityOf("Moscow") == "Russia");
}

TEST_CASE("a capital after a locative preposition is the city", "[entities]") {
  auto l = Link("Tillerson is to meet Lavrov in Moscow, not in Washington.");
  CHECK(l.EntityOf("Moscow") == "Moscow");
  CHECK(l.EntityOf("Washington") == "Washington, D.C.");
}

TEST_CASE("hyphenated compounds of known names are separate mentions", "[entities]") {
  auto l = Link("The strikes endangered a US-Russian brokered ceasefire.");
  CHECK(l.EntityOf("US") == "United States");
  CHECK(l.EntityOf("Russian") == "Russia");
}

TEST_CASE("titles are stripped and surnames link to the full name", "[entities]") {
  auto l = Link(
      "General Joe Dunford, chairman of the US Joint Chiefs of Staff, said he had "
      "spoken to his Russian counterpart General Valery Gerasimov and that "
      "Secretary of State Rex Tillerson had also addressed the issue with Russian "
      "Foreign Minister Sergei Lavrov. \"I spoke with Gerasimov,\" Dunford told "
      "reporters. Tillerson is to meet Lavrov in New York.");
  CHECK(l.EntityOf("Joe Dunford") == "Joe Dunford");
  CHECK(l.EntityOf("Dunford", 1) == "Joe Dunford");
  CHECK(l.EntityOf("Gerasimov", 1) == "Valery Gerasimov");
  CHECK(l.EntityOf("Rex Tillerson") == "Rex Tillerson");
  CHECK(l.EntityOf("Tillerson", 1) == "Rex Tillerson");  // sentence-initial
  CHECK(l.EntityOf("Sergei Lavrov") == "Sergei Lavrov");
  CHECK(l.EntityOf("Russian", 1) == "Russia");
  CHECK(l.EntityOf("US Joint Chiefs of Staff") == "US Joint Chiefs of Staff");
  CHECK(l.Find("General Joe Dunford") == nullptr);
  REQUIRE(l.Find("Joe Dunford"));
  CHECK(l.Find("Joe Dunford")->type == "person");
  CHECK(l.Find("Joe Dunford")->mentions.size() == 2);
}

TEST_CASE("two persons sharing a surname are not merged", "[entities]") {
  auto l = Link(
      "Samantha Power chastised Russia. Jonathan Power, a historian, disagreed. "
      "Power said Zakharova should be embarrassed.");
  REQUIRE(l.Find("Samantha Power"));
  REQUIRE(l.Find("Jonathan Power"));
  CHECK(l.Find("Samantha Power")->mentions.size() == 1);
  CHECK(l.Find("Jonathan Power")->mentions.size() == 1);
  CHECK(l.EntityOf("Power", 2) != "Samantha Power");
}

TEST_CASE("an acronym in parentheses after a name is that name", "[entities]") {
  auto l = Link(
      "The Investigative Committee and the Centers for Disease Control (CDC) said "
      "they believe gas was the trigger. The CDC did not comment further, and the "
      "Federal Security Service (FSB) did not either.");
  CHECK(l.EntityOf("CDC") == "Centers for Disease Control");
  CHECK(l.EntityOf("CDC", 1) == "Centers for Disease Control");
  CHECK(l.EntityOf("Investigative Committee") == "Investigative Committee");
  REQUIRE(l.Find("Centers for Disease Control"));
  CHECK(l.Find("Centers for Disease Control")->type == "organisation");
  // Initials that do not spell the acronym: kept apart.
  CHECK(l.EntityOf("FSB") == "FSB");
}

TEST_CASE("weekdays, months and sentence-initial words are not entities", "[entities]") {
  auto l = Link(
      "Regime troops are engaged in an offensive. On Saturday, officials said the "
      "vote would be held in March.");
  CHECK(l.x.entities.empty());
}

TEST_CASE("pronouns and contractions in capitals are not names", "[entities]") {
  auto l = Link(
      "\"WE ARE NOT LEAVING,\" protesters chanted. I'm sure, said violinist Brigit "
      "O'Regan.");
  CHECK(l.Find("WE") == nullptr);
  CHECK(l.Find("I'm") == nullptr);
  CHECK(l.EntityOf("Brigit O'Regan") == "Brigit O'Regan");
}

TEST_CASE("attributions list the entities inside their content", "[entities]") {
  std::string text =
      "Vitaly Churkin said Russia had no specific evidence of the United States colluding "
      "with Islamic State militants.";
  Extraction x;
  Attribution a;
  std::size_t start = text.find("Russia");
  a.content = Span{uint32_t(start), uint32_t(text.size() - 1)};
  x.attributions.push_back(a);
  Linker().Link(text, &x);
  std::vector<std::string> names;
  for (uint32_t e : x.attributions[0].entities) names.push_back(x.entities[e].name);
  CHECK(names == std::vector<std::string>{"Russia", "United States", "Islamic State"});
  // The speaker is outside the content.
  REQUIRE(x.entities.size() == 4);
  CHECK(x.entities[0].name == "Vitaly Churkin");
}

TEST_CASE("the example articles: Deir al-Zor and Deir Ezzor, speakers in full",
          "[entities]") {
  std::string a = ReadExample("2016-09-18-deir-ezzor-airstrike.txt");
  std::string b = ReadExample("afp-syria-deconfliction-arab-today.txt");
  Extraction xa, xb;
  xa.body = AnalyzeLayout(a).body();
  xb.body = AnalyzeLayout(b).body();
  Linker().Link(a, &xa);
  Linker().Link(b, &xb);
  auto names = [](const Extraction& x) {
    std::vector<std::string> out;
    for (const Entity& e : x.entities) out.push_back(e.name);
    return out;
  };
  auto has = [](const std::vector<std::string>& v, std::string_view n) {
    return std::find(v.begin(), v.end(), n) != v.end();
  };
  std::vector<std::string> na = names(xa), nb = names(xb);
  CHECK(has(na, "Deir ez-Zor"));
  CHECK(has(nb, "Deir ez-Zor"));
  for (const char* person : {"Samantha Power", "Vitaly Churkin", "Maria Zakharova"}) {
    CAPTURE(person);
    CHECK(has(na, person));
  }
  for (const char* person : {"Joe Dunford", "Rex Tillerson", "Sergei Lavrov"}) {
    CAPTURE(person);
    CHECK(has(nb, person));
  }
  // Nothing from the Arab Today page furniture.
  CHECK_FALSE(has(nb, "Arab Today"));
  CHECK_FALSE(has(nb, "Nadal"));
}

TEST_CASE("a malformed gazetteer is an error naming the line", "[entities]") {
  auto bad = EntityLinker::CreateFromTsv("# comment\nentity\tX\tplanet\tX|Y\n");
  REQUIRE_FALSE(bad.ok());
  CHECK(std::string(bad.status().message()).find("line 2") != std::string::npos);
  auto odd = EntityLinker::CreateFromTsv("alias\tX\n");
  REQUIRE_FALSE(odd.ok());
  auto good = EntityLinker::CreateFromTsv("entity\tDeir ez-Zor\tplace\tDeir Ezzor\n");
  REQUIRE(good.ok());
  CHECK((*good)->Lookup("Deir Ezzor")->name == "Deir ez-Zor");
  CHECK_FALSE((*good)->Lookup("Raqqa"));
}

TEST_CASE("capital rows: a speaker's country and the country entity's metonym", "[entities]") {
  // The compiled-in gazetteer: countries it has no entity for still have capitals.
  CHECK(EntityLinker::Default().CountryOfCapital("Moscow") == "Russia");
  CHECK(EntityLinker::Default().CountryOfCapital("Kyiv") == "Ukraine");
  CHECK(EntityLinker::Default().CountryOfCapital("Tokyo") == "Japan");
  CHECK(EntityLinker::Default().CountryOfCapital("moscow").empty());
  CHECK(EntityLinker::Default().CountryOfCapital("Kremlin").empty());
  // A capital row makes the capital a metonym of its country's entity,
  // wherever the row stands: "Oslo" alone is Norway, "in Oslo" the city.
  auto linker = EntityLinker::CreateFromTsv(
      "entity\tNorway\tplace\tNorway\nentity\tOslo\tplace\tOslo\nlocative\tin\n"
      "capital\tNorway\tOslo\n");
  REQUIRE(linker.ok());
  CHECK((*linker)->Lookup("Oslo")->name == "Norway");
  CHECK((*linker)->CountryOfCapital("Oslo") == "Norway");
  Extraction x;
  std::string text = "Oslo protested. Talks were held in Oslo.";
  (*linker)->Link(text, &x);
  std::vector<std::string> names;
  for (const Entity& e : x.entities) names.push_back(e.name);
  CHECK(names == std::vector<std::string>{"Norway", "Oslo"});
  // Malformed capital rows are refused, naming the line.
  auto twice = EntityLinker::CreateFromTsv("capital\tNorway\tOslo\n\ncapital\tSweden\tOslo\n");
  REQUIRE_FALSE(twice.ok());
  CHECK(std::string(twice.status().message()).find("line 3: capital 'Oslo' listed twice") !=
        std::string::npos);
  auto short_row = EntityLinker::CreateFromTsv("capital\tNorway\n");
  REQUIRE_FALSE(short_row.ok());
  CHECK(std::string(short_row.status().message()).find("line 1: want 3") != std::string::npos);
}

TEST_CASE("dump entities", "[.dump]") {
  for (const char* name :
       {"2016-09-18-deir-ezzor-airstrike.txt", "afp-syria-deconfliction-arab-today.txt"}) {
    std::string text = ReadExample(name);
    Extraction x;
    x.body = AnalyzeLayout(text).body();
    Linker().Link(text, &x);
    std::printf("== %s\n", name);
    for (const Entity& e : x.entities) {
      std::printf("  %-40s %-12s", e.name.c_str(), e.type.c_str());
      for (const Span& s : e.mentions) std::printf(" [%s]", std::string(s.in(text)).c_str());
      std::printf("\n");
    }
  }
}

TEST_CASE("dump wikinews entities", "[.dump]") {
  std::ifstream in(std::string(CLAIMGRAPH_SOURCE_DIR) + "/tests/data/wikinews/articles.jsonl");
  std::string line;
  while (std::getline(in, line)) {
    auto doc = DocumentFromJsonLine(line, "wn");
    REQUIRE(doc.ok());
    Extraction x;
    x.body = AnalyzeLayout(doc->text).body();
    Linker().Link(doc->text, &x);
    for (const Entity& e : x.entities) {
      std::printf("%s\t%s\t%s\t%zu\n", doc->doc_id.c_str(), e.name.c_str(), e.type.c_str(),
                  e.mentions.size());
    }
  }
}

}  // namespace
}  // namespace claimgraph::ingest
