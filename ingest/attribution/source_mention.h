// Internal to ingest/attribution/: what a source range names (person,
// organisation, role, document and its issuer; pronoun, gender, number), for
// speaker resolution.
#ifndef CLAIMGRAPH_INGEST_ATTRIBUTION_SOURCE_MENTION_H_
#define CLAIMGRAPH_INGEST_ATTRIBUTION_SOURCE_MENTION_H_

#include "ingest/attribution/sentence_scanner.h"

namespace claimgraph::ingest::internal {

// Fills the SourceMention of range `r` of the sentence `s` scans.
SourceMention DescribeSource(const SentenceScanner& s, const SourceRange& r);

}  // namespace claimgraph::ingest::internal

#endif  // CLAIMGRAPH_INGEST_ATTRIBUTION_SOURCE_MENTION_H_
