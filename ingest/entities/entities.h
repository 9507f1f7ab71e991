// Entity mentions in article text, linked to canonical entities through the
// gazetteer in data/gazetteer.tsv (format: data/README.md): "Deir al-Zor" and
// "Deir Ezzor" are one place, "IS" and "the Islamic State group" one group.
#ifndef CLAIMGRAPH_INGEST_ENTITIES_ENTITIES_H_
#define CLAIMGRAPH_INGEST_ENTITIES_ENTITIES_H_

#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "absl/status/statusor.h"
#include "ingest/extraction.h"

namespace claimgraph::ingest {

// The comparison key of a name: NFKC case folding, diacritics removed, periods
// and apostrophes removed, hyphens and runs of spaces made one space, a final
// possessive "'s" dropped. "Deir ez-Zor" and "DEIR EZ ZOR" -> "deir ez zor";
// "U.S." -> "us". Pure and thread-safe.
std::string NameKey(std::string_view name);

// An entity the gazetteer knows.
struct KnownEntity {
  std::string name;  // canonical
  std::string type;  // person | organisation | place | group | other
};

// Finds entity mentions and links them. Immutable after Create(): Link and Lookup
// are const and thread-safe, one instance can serve every thread.
class EntityLinker {
 public:
  // Parses the compiled-in gazetteer. Returns Internal naming the line when it
  // is malformed (a build with a broken data file fails its tests).
  static absl::StatusOr<std::unique_ptr<EntityLinker>> Create();

  // Same, from gazetteer text in the data/gazetteer.tsv format (for tests and
  // tools that bring their own). Returns InvalidArgument naming the line.
  static absl::StatusOr<std::unique_ptr<EntityLinker>> CreateFromTsv(
      std::string_view tsv);

  // The linker of the compiled-in gazetteer, made once on first use (aborts
  // only on a build whose data file was broken by hand). Thread-safe.
  static const EntityLinker& Default();

  ~EntityLinker();

  // Finds mentions in `extraction->body` of `text` (the whole text when the body
  // is empty): gazetteer aliases, capitalised multi-word names (titles such as
  // "General" stripped), acronyms, and surnames of persons named in full
  // elsewhere in the article. Replaces `extraction->entities` (one Entity per
  // canonical entity, mentions in text order, entities in order of first
  // mention) and sets each attribution's `entities` to the indexes of the
  // entities with a mention inside its content span (sorted, unique).
  void Link(std::string_view text, Extraction* extraction) const;

  // The gazetteer entity `name` is an alias of (compared by NameKey; metonyms
  // resolve to the government), or nullopt.
  std::optional<KnownEntity> Lookup(std::string_view name) const;

  // The country whose government the capital `name` stands for, from the
  // `capital` rows of the gazetteer ("Moscow" -> "Russia"), compared exactly;
  // empty when `name` is no capital listed there.
  std::string_view CountryOfCapital(std::string_view name) const;

  struct Data;

 private:
  explicit EntityLinker(std::unique_ptr<Data> data);
  std::unique_ptr<Data> data_;
};

}  // namespace claimgraph::ingest

#endif  // CLAIMGRAPH_INGEST_ENTITIES_ENTITIES_H_
