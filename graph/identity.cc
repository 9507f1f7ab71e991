// ArticleWriter: which Source node a speaker is (names, aliases, surnames, merges).
#include "graph/article_writer.h"

namespace claimgraph::graph::internal {

NodeId ArticleWriter::SourceFor(std::string_view speaker, std::string_view mention,
                 v1::SourceKind kind) {
  std::string mention_key = NormalizeName(mention);
  if (!speaker.empty() && kind == v1::ORGANISATION && IsGenericName(speaker, mention)) {
    // "the government", "police", "the federation": which one depends on the
    // story, so they are scoped like unnamed roles.
    speaker = {};
    kind = v1::ORGANISATION;
  }
  if (speaker.empty()) {
    if (mention_key.empty() || IsPronoun(mention_key)) return 0;
    // Unnamed role sources stay distinct per story: copies of one wire text
    // share them, independent articles do not.
    NodeId id = StableId(v1::SOURCE, Cat("role", '\0', story_, '\0', mention_key));
    if (!FindNode(id)) {
      v1::Node node;
      node.set_id(id);
      node.set_kind(v1::SOURCE);
      node.mutable_source()->set_name(std::string(mention));
      node.mutable_source()->set_kind(kind == v1::PERSON ? v1::ROLE : kind);
      // Generic organisations keep the mention as written ("the government").
      node.mutable_source()->set_scope_story_id(story_);
      PutNode(node);
      // Found by the name it is shown under (GraphStore::SourcesNamed).
      std::string entry = IndexPrefix(IndexId::kScopedSourceName);
      AppendEscaped(&entry, mention_key);
      AppendU64(&entry, id);
      batch_.Put(impl_.idx, entry, "");
    }
    return id;
  }
  // A role or document mention resolved to a name ("a top US general" ->
  // Joe Dunford) is that named speaker.
  if (kind == v1::ROLE || kind == v1::DOCUMENT) kind = v1::PERSON;
  std::string key = NormalizeName(StripHonorific(speaker));
  bool person = kind == v1::PERSON;
  std::string surname = person ? LastToken(key) : std::string();
  NodeId id = 0;
  std::vector<NodeId> namesakes;
  if (person && surname == key) {
    // A lone surname ("Ms Power" in an article that never names her in full;
    // the extractor already gives a surname the full name its own article
    // introduced) is the well-known person of that surname, if there is one
    // (WellKnownBearer); else a speaker of its own, linked (POSSIBLY_SAME) to
    // each person of that surname named in full.
    namesakes = PeopleWithSurname(surname);
    id = WellKnownBearer(surname);
  }
  if (id == 0) {
    if (auto found = Lookup(NameSpace::kSource, key); found && !person) {
      id = *found;
    } else if (person && surname != key) {
      // Full names are looked up as such, never through a surname alias; a
      // middle initial does not make another person ("Donald J. Trump").
      id = StableId(v1::SOURCE, Cat("source", '\0', WithoutMiddleInitial(key)));
    } else {
      id = found ? *found : StableId(v1::SOURCE, Cat("source", '\0', key));
    }
  }
  // "Amoco" (not "the Sun"), a new organisation: the company met before as
  // "Amoco Corp" or "Amoco Group Inc", if there is one.
  if (!person && !Lookup(NameSpace::kSource, key) && !FindNode(id) &&
      !StartsWithArticle(mention)) {
    if (std::optional<NodeId> company = CompanyOfShortKey(key)) id = *company;
  }
  v1::Node* node = FindNode(id);
  if (node == nullptr) {
    v1::Node fresh;
    fresh.set_id(id);
    fresh.set_kind(v1::SOURCE);
    fresh.mutable_source()->set_name(std::string(StripHonorific(speaker)));
    fresh.mutable_source()->set_kind(kind);
    node = PutNode(fresh);
    if (!Lookup(NameSpace::kSource, key)) PutName(NameSpace::kSource, key, id);
    if (!person) {
      // "Amoco Corp": an organisation met before only as "Amoco" is this
      // company (with the lookup below, either order gives the same graph).
      std::string short_key = CompanyShortKey(key);
      if (auto found = short_key.empty() ? std::nullopt : Lookup(NameSpace::kSource, short_key)) {
        v1::Node* short_node = FindNode(*found);
        if (short_node != nullptr && short_node->source().kind() == v1::ORGANISATION &&
            NormalizeName(short_node->source().name()) == short_key &&
            !ShownWithArticle(short_node->source())) {
          if (auto merged = MergeSource(*found, id); !merged.ok()) error_ = merged;
          node = FindNode(id);
        }
      }
    }
    if (person && surname != key) {
      // A new full name: index its surname, and link it to a lone-surname
      // speaker of that name met before, if any.
      std::string entry = IndexPrefix(IndexId::kSurname);
      AppendEscaped(&entry, surname);
      AppendU64(&entry, id);
      batch_.Put(impl_.idx, entry, "");
      surnames_[surname].push_back(id);
      // A speaker known so far only by this surname: possibly this person.
      // (Either order of articles gives the same graph.)
      NodeId lone = StableId(v1::SOURCE, Cat("source", '\0', surname));
      if (FindNode(lone)) PossiblySame(lone, id);
    }
    for (NodeId other : namesakes) {
      if (other != id) PossiblySame(id, other);
    }
  }
  std::vector<std::string_view> aliases;
  if (auto alias = AliasIn(mention, node->source().name())) aliases.push_back(*alias);
  // "Donald Trump" for the node first named "Donald J. Trump": a name of theirs.
  if (person && surname != key && NormalizeName(node->source().name()) != key)
    aliases.push_back(StripHonorific(speaker));
  const std::string node_surname = LastToken(NormalizeName(node->source().name()));
  for (std::string_view alias : aliases) {
    std::string alias_key = NormalizeName(alias);
    // A person's bare surname is no alias of theirs: it would take in the
    // bare surname of another article, which is only possibly them (above).
    if (person && alias_key == node_surname) continue;
    bool known = false;
    for (const auto& existing : node->source().aliases()) {
      known |= NormalizeName(existing) == alias_key;
    }
    // The aka list holds only aliases that lead to this speaker: one that
    // already names another ("Police") is not listed as this one's.
    auto owner = Lookup(NameSpace::kSource, alias_key);
    if (!owner) PutName(NameSpace::kSource, alias_key, id);
    if (!known && (!owner || *owner == id)) {
      node->mutable_source()->add_aliases(std::string(alias));
    }
  }
  return id;
}

std::string ArticleWriter::CompanyShortKey(std::string_view key) {
  std::vector<std::string_view> words;
  for (size_t at = 0; at < key.size();) {
    size_t end = std::min(key.find(' ', at), key.size());
    if (end > at) words.push_back(key.substr(at, end - at));
    at = end + 1;
  }
  const ingest::WordLists& lists = ingest::WordLists::Default();
  const size_t all = words.size();
  while (words.size() > 1 && lists.Contains("corporate_designator", words.back())) words.pop_back();
  if (words.size() == all || (words.size() == 1 && CommonWordKey(words[0]))) return {};
  return std::string(key.substr(0, words.back().data() + words.back().size() - key.data()));
}

bool ArticleWriter::CommonWordKey(std::string_view key) {
  // "Sun Co", "News Corp", "Apple Inc": a lone common word stands for too
  // much else ("The Sun", "news") to name the company.
  const ingest::WordLists& lists = ingest::WordLists::Default();
  if (key.size() < 3) return true;
  for (std::string_view list : {"common_noun", "common_other", "common_adverb", "common_function", "stop"})
    if (lists.Contains(list, key)) return true;
  return false;
}

std::optional<NodeId> ArticleWriter::CompanyOfShortKey(std::string_view key) {
  // Not a common word, nor a name that ends in a designator already.
  const ingest::WordLists& lists = ingest::WordLists::Default();
  const size_t space = key.rfind(' ');
  if ((space == std::string_view::npos && CommonWordKey(key)) ||
      lists.Contains("corporate_designator", key.substr(space + 1)))
    return std::nullopt;
  const std::vector<std::string>& designators = lists.Get("corporate_designator");
  std::optional<NodeId> found;
  auto try_key = [&](const std::string& full) {
    std::optional<NodeId> id = Lookup(NameSpace::kSource, full);
    if (!id || (found && *found != *id)) return id.has_value();
    v1::Node* node = FindNode(*id);
    if (node == nullptr || node->source().kind() != v1::ORGANISATION) return false;
    found = id;
    return false;
  };
  // "Corp", "Group Inc": a designator, or "group" or "holdings" before one.
  for (const std::string& d : designators) {
    if (try_key(Cat(key, " ", d))) return std::nullopt;  // two companies
    for (std::string_view first : {"group", "holdings"})
      if (first != d && try_key(Cat(key, " ", first, " ", d))) return std::nullopt;
  }
  return found;
}

bool ArticleWriter::StartsWithArticle(std::string_view mention) {
  return mention.starts_with("the ") || mention.starts_with("The ");
}

bool ArticleWriter::ShownWithArticle(const v1::Source& source) {
  if (StartsWithArticle(source.name())) return true;
  for (const std::string& alias : source.aliases())
    if (StartsWithArticle(alias)) return true;
  return false;
}

std::optional<std::string_view> ArticleWriter::AliasIn(std::string_view mention,
                                                       std::string_view name) {
  std::string_view alias = mention.substr(0, std::min(mention.find(", "), mention.find(" (")));
  std::string alias_key = NormalizeName(alias);
  std::string name_key = NormalizeName(name);
  if (alias_key.empty() || alias_key == name_key || !LooksLikeName(alias) ||
      !NamesSpeaker(alias_key, name_key)) {
    return std::nullopt;
  }
  return alias;
}

bool ArticleWriter::IsGenericName(std::string_view speaker, std::string_view mention) {
  std::string key = NormalizeName(speaker);
  if (key.starts_with("the ")) key = key.substr(4);
  if (ingest::WordLists::Default().Contains("institution_noun", key)) return true;
  std::string_view head = speaker;
  if (head.starts_with("the ") || head.starts_with("The ")) head.remove_prefix(4);
  std::size_t at = mention.find(head.substr(1));
  return at != std::string_view::npos && at > 0 && mention[at - 1] >= 'a' &&
         mention[at - 1] <= 'z';
}

bool ArticleWriter::LooksLikeName(std::string_view mention) {
  for (std::string_view article : {"the ", "The "}) {
    if (mention.starts_with(article)) mention.remove_prefix(article.size());
  }
  // "An official", "This spokesman": a description, not a name.
  if (std::size_t space = mention.find(' ');
      space != std::string_view::npos &&
      ingest::WordLists::Default().ContainsAsWritten("describing_determiner",
                                                     mention.substr(0, space)))
    return false;
  if (mention.empty()) return false;
  const auto first = static_cast<unsigned char>(mention.front());
  return (first >= 'A' && first <= 'Z') || first >= 0x80;
}

bool ArticleWriter::NamesSpeaker(std::string_view alias_key, std::string_view name_key) {
  auto link_word = [](std::string_view w) {
    return ingest::WordLists::Default().Contains("name_link", w);
  };
  auto words = [](std::string_view key) {
    std::vector<std::string_view> out;
    for (std::size_t at = 0; at < key.size();) {
      std::size_t space = key.find(' ', at);
      if (space == std::string_view::npos) space = key.size();
      if (space > at) out.push_back(key.substr(at, space - at));
      at = space + 1;
    }
    return out;
  };
  std::vector<std::string_view> name = words(name_key);
  std::vector<std::string_view> alias;
  for (std::string_view a : words(alias_key)) {
    if (a.size() >= 2 && !link_word(a) && !IsPronoun(a)) alias.push_back(a);
  }
  std::string initials;
  for (std::string_view w : name) {
    if (!link_word(w)) initials.push_back(w.front());
  }
  if (alias.size() == 1 && initials.size() > 1 && alias.front() == initials) return true;
  for (std::string_view a : alias) {
    if (std::find(name.begin(), name.end(), a) != name.end()) return true;
  }
  return false;
}

std::string_view ArticleWriter::StripHonorific(std::string_view name) {
  for (std::string_view title : {"Mr ", "Mr. ", "Mrs ", "Mrs. ", "Ms ", "Ms. ",
                                 "Miss ", "Dr ", "Dr. ", "Prof. ", "Sir ", "Dame "}) {
    if (name.starts_with(title)) return name.substr(title.size());
  }
  return name;
}

size_t ArticleWriter::ClaimsOf(NodeId person, size_t cap) {
  const std::string prefix = EdgeScanPrefix(person, v1::ASSERTED);
  auto under_prefix = [&prefix](const std::string& key) {
    return key.compare(0, prefix.size(), prefix) == 0;
  };
  // The claims this batch has the person assert (its edges are not in the
  // store yet).
  std::set<NodeId> batch_claims;
  for (auto it = edges_.lower_bound(prefix); it != edges_.end() && under_prefix(it->first);
       ++it) {
    batch_claims.insert(it->second.dst());
  }
  if (auto deleted = deleted_edges_.lower_bound(prefix);
      deleted != deleted_edges_.end() && under_prefix(*deleted)) {
    // The batch deletes some of the person's stored edges (a merge or a
    // replaced article): the store's count does not hold; count them all.
    std::set<NodeId> claims = std::move(batch_claims);
    absl::Status visited = VisitBatchEdgeKeys(person, Direction::kOut, v1::ASSERTED,
                                              [&](const EdgeKeyParts& edge) {
                                                claims.insert(edge.second);
                                                return claims.size() < cap;
                                              });
    return visited.ok() ? std::min(claims.size(), cap) : 0;
  }
  // The store's claims of the person, counted once until a batch changes them.
  std::size_t stored = 0;
  if (auto cached = impl_.asserted_counts.find(person); cached != impl_.asserted_counts.end()) {
    stored = cached->second;
  } else {
    NodeId previous = 0;
    bool bad_key = false;
    absl::Status scanned = impl_.ScanPrefix(
        impl_.out, prefix, [&](std::string_view key, std::string_view) {
          auto parts = DecodeEdgeKey(key);
          if (!parts) return !(bad_key = true);
          if (parts->second != previous) ++stored;  // keys are in claim order
          previous = parts->second;
          return stored < cap;
        });
    if (!scanned.ok() || bad_key) return 0;
    if (impl_.asserted_counts.size() >= GraphStore::Impl::kAssertedCountsMax) {
      impl_.asserted_counts.clear();
    }
    impl_.asserted_counts.emplace(person, stored);
  }
  std::size_t fresh = 0;
  for (NodeId claim : batch_claims) {
    if (stored + fresh >= cap) break;
    std::string claim_prefix = prefix;
    AppendU64(&claim_prefix, claim);
    bool in_store = false;
    absl::Status scanned = impl_.ScanPrefix(impl_.out, claim_prefix,
                                            [&](std::string_view, std::string_view) {
                                              in_store = true;
                                              return false;
                                            });
    if (!scanned.ok()) return 0;
    if (!in_store) ++fresh;
  }
  return std::min(stored + fresh, cap);
}

NodeId ArticleWriter::WellKnownBearer(const std::string& surname) {
  // People of one given name and surname are counted together ("Donald
  // Trump" and "Donald J. Trump"); the bearer is the one of them with the
  // most claims.
  std::map<std::string, std::pair<size_t, std::pair<size_t, NodeId>>> by_given_name;
  for (NodeId person : PeopleWithSurname(surname)) {
    const v1::Node* node = FindNode(person);
    if (node == nullptr) continue;
    const std::string key = NormalizeName(node->source().name());
    auto& [total, most] = by_given_name[key.substr(0, key.find(' '))];
    const size_t claims = ClaimsOf(person, kWellKnownCountCap);
    total += claims;
    most = std::max(most, std::make_pair(claims, person));
  }
  size_t best = 0, second = 0;
  NodeId bearer = 0;
  for (const auto& [given, counts] : by_given_name) {
    if (counts.first > best) {
      second = best;
      best = counts.first;
      bearer = counts.second.second;
    } else {
      second = std::max(second, counts.first);
    }
  }
  return best >= kWellKnownClaims && best >= kWellKnownLead * second ? bearer : 0;
}

void ArticleWriter::JoinBareSurname(NodeId person) {
  const v1::Node* node = FindNode(person);
  if (node == nullptr || node->source().kind() != v1::PERSON) return;
  const std::string key = NormalizeName(node->source().name());
  const std::string surname = LastToken(key);
  if (surname == key) return;
  const NodeId lone = StableId(v1::SOURCE, Cat("source", '\0', surname));
  const v1::Node* bare = lone == person ? nullptr : FindNode(lone);
  if (bare == nullptr || bare->source().kind() != v1::PERSON) return;
  if (NodeId bearer = WellKnownBearer(surname); bearer != 0) {
    if (auto merged = MergeSource(lone, bearer); !merged.ok()) error_ = merged;
  }
}

std::string ArticleWriter::WithoutMiddleInitial(const std::string& key) {
  const size_t first = key.find(' ');
  const size_t last = key.rfind(' ');
  // Exactly one middle word, of one letter, between words of two or more.
  if (first == std::string::npos || last != first + 2 || first < 2 || key.size() - last < 3)
    return key;
  return Cat(key.substr(0, first), key.substr(last));
}

std::vector<NodeId> ArticleWriter::PeopleWithSurname(const std::string& surname) {
  std::vector<NodeId> people = surnames_[surname];
  auto stored = impl_.SourcesWithSurname(surname, 64);
  if (stored.ok()) {
    for (NodeId id : *stored) {
      if (!NodeDeleted(id) && std::find(people.begin(), people.end(), id) == people.end()) {
        people.push_back(id);
      }
    }
  }
  return people;
}

absl::Status ArticleWriter::MergeSource(NodeId from, NodeId to) {
  v1::Node* from_node = FindNode(from);
  v1::Node* to_node = FindNode(to);
  if (from_node == nullptr || to_node == nullptr) return absl::OkStatus();
  std::vector<v1::Edge> out_edges, in_edges;
  RETURN_IF_ERROR(VisitBatchEdges(from, Direction::kOut, std::nullopt,
                                   [&](const v1::Edge& e) {
                                     out_edges.push_back(e);
                                     return true;
                                   }));
  RETURN_IF_ERROR(VisitBatchEdges(from, Direction::kIn, std::nullopt,
                                   [&](const v1::Edge& e) {
                                     in_edges.push_back(e);
                                     return true;
                                   }));
  // Edges this batch wrote are not in the store yet.
  for (const auto& [key, edge] : edges_) {
    if (edge.src() == from) out_edges.push_back(edge);
    if (edge.dst() == from) in_edges.push_back(edge);
  }
  for (v1::Edge edge : out_edges) {
    DeleteEdge(edge);
    if (edge.type() == v1::ASSERTED) {
      // Its speaker index entry moves with it.
      if (v1::Node* claim = FindNode(edge.dst())) {
        DeleteIndex(IndexId::kSpeakerClaimsByTime, from, claim->claim().time_key(),
                    edge.dst());
        PutIndex(IndexId::kSpeakerClaimsByTime, to, claim->claim().time_key(),
                 edge.dst());
      }
    }
    if (edge.type() == v1::POSSIBLY_SAME) continue;
    edge.set_src(to);
    if (!EdgeExists(to, edge.type(), edge.dst())) PutEdge(edge);
  }
  for (const v1::Edge& edge : in_edges) DeleteEdge(edge);
  std::vector<std::string> spellings = {from_node->source().name()};
  for (const auto& alias : from_node->source().aliases()) spellings.push_back(alias);
  const std::string to_key = NormalizeName(to_node->source().name());
  for (const std::string& spelling : spellings) {
    std::string key = NormalizeName(spelling);
    // A bare surname names no one by itself (SourceFor decides each time).
    const bool surname =
        to_node->source().kind() == v1::PERSON && key != to_key && key == LastToken(to_key);
    if (Lookup(NameSpace::kSource, key) == from) {
      if (surname) {
        DeleteName(NameSpace::kSource, key);
      } else {
        PutName(NameSpace::kSource, key, to);
      }
    }
    if (!surname && key != to_key && Lookup(NameSpace::kSource, key) == to) {
      to_node->mutable_source()->add_aliases(spelling);
    }
  }
  nodes_.erase(NodeKey(v1::SOURCE, from));
  deleted_nodes_.insert(NodeKey(v1::SOURCE, from));
  batch_.Delete(impl_.nodes, NodeKey(v1::SOURCE, from));
  return absl::OkStatus();
}

void ArticleWriter::DeleteEdge(const v1::Edge& edge) {
  std::string out_key = EdgeKey(edge.src(), edge.type(), edge.dst(), edge.rank());
  edges_.erase(out_key);
  deleted_edges_.insert(out_key);
  batch_.Delete(impl_.out, out_key);
  batch_.Delete(impl_.in, EdgeKey(edge.dst(), edge.type(), edge.src(), edge.rank()));
}

void ArticleWriter::PossiblySame(NodeId a, NodeId b) {
  if (EdgeExists(a, v1::POSSIBLY_SAME, b) || EdgeExists(b, v1::POSSIBLY_SAME, a)) return;
  v1::Edge edge;
  edge.set_src(a);
  edge.set_dst(b);
  edge.set_type(v1::POSSIBLY_SAME);
  edge.set_confidence(0.5f);
  edge.mutable_provenance()->set_article_id(article_);
  edge.mutable_provenance()->set_doc_id(doc_.doc_id);
  PutEdge(edge);
}

}  // namespace claimgraph::graph::internal
