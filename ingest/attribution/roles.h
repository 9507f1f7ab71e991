// The role or title a speaker held when speaking, as the article states it:
// "Pentagon press secretary Peter Cook", "The US ambassador to the United
// Nations, Samantha Power, ...", "General Joe Dunford, chairman of the US Joint
// Chiefs of Staff, said".
#ifndef CLAIMGRAPH_INGEST_ATTRIBUTION_ROLES_H_
#define CLAIMGRAPH_INGEST_ATTRIBUTION_ROLES_H_

#include <string>
#include <string_view>

#include "ingest/extraction.h"

namespace claimgraph::ingest {

// The role written around one mention of `name` at `at` in `text` (a title
// before the name, or an apposition before or after it), or empty. Pure.
std::string RoleAround(std::string_view text, Span name);

// Sets Attribution::role, where empty, for every attribution of a named person:
// from its own source mention first, else from any mention of the speaker's
// full name in the article. Pure and thread-safe.
void FillRoles(std::string_view text, Extraction* extraction);

}  // namespace claimgraph::ingest

#endif  // CLAIMGRAPH_INGEST_ATTRIBUTION_ROLES_H_
