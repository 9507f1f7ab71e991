// The class of an attribution: what its cue reports (a statement, a belief, an
// intention, evidence or a stance), from the cue lemma and the source's head
// noun. The table is data/lexicon.txt's `cue_class` records; the convention is
// in README.md ("Cue classes"). The extractor, the evaluator (gold cues) and
// the contradiction tests all classify through this one function.
#ifndef CLAIMGRAPH_INGEST_ATTRIBUTION_CUE_CLASS_H_
#define CLAIMGRAPH_INGEST_ATTRIBUTION_CUE_CLASS_H_

#include <string_view>

#include "ingest/extraction.h"

namespace claimgraph::ingest {

// `cue` is the cue as written or its lemma ("said", "is convinced", "called
// for", "according to", "tell"); `source` the source mention as written ("a
// Gallup poll of voters", "Power"), empty when the text states none.
//  - The first cue word (or two-word phrase: "called for") with a `cue_class`
//    record gives the class; a verb of saying of the lexicon without one is a
//    statement. Function words ("has", "also", "in") are passed over.
//  - No cue, or one with no content word (":", "—", "in"): a statement (it
//    introduces a quotation). An unknown word that is no verb of saying
//    ("declined", "reckoned"): a belief, something the source holds rather
//    than said; it keeps the claim out of contradiction edges.
//  - Evidence: the source's head noun (its last word before a preposition or
//    a participle: "a poll released on Friday")
//    is an `evidence_noun` ("poll", "report", "data", "records") and the cue
//    is a statement or an `evidence` cue ("suggest"). A person who "found" or
//    "showed" something states it; a report that "criticised" takes a stance.
AttributionClass ClassifyCue(std::string_view cue, std::string_view source);

// True for the classes that assert a fact (statement, evidence): the only
// claims that take part in contradiction edges.
bool AssertsFact(AttributionClass cue_class);

}  // namespace claimgraph::ingest

#endif  // CLAIMGRAPH_INGEST_ATTRIBUTION_CUE_CLASS_H_
