// The confidence of an attribution the rules find: one ladder of hand-set
// levels (not fitted to data), by how directly the construction ties the
// source, the cue and the content. Each is written on the ASSERTED edge and
// printed by `claimgraph extract`: changing a level changes output, so a
// change goes through the eval floors like any rule change. Internal to
// claimgraph_ingest.
#ifndef CLAIMGRAPH_INGEST_ATTRIBUTION_CONFIDENCE_H_
#define CLAIMGRAPH_INGEST_ATTRIBUTION_CONFIDENCE_H_

namespace claimgraph::ingest::internal {

// "“We will not leave,” said Smith.": a quote, then its cue and named
// subject right after it.
inline constexpr float kConfQuoteThenCue = 0.95f;
// A direct quote as the content of a cue with its source: "Smith said: “…”".
inline constexpr float kConfDirect = 0.9f;
// A second quote of the same speaker right after the first: "“…,” he said.
// “…”".
inline constexpr float kConfSecondQuote = 0.85f;
// An explicit frame: "according to X, …", "X was quoted as saying …", a
// subject and cue with indirect content.
inline constexpr float kConfExplicit = 0.8f;
// Indirect content in a tail after the source ("…, the ministry said"), or
// content shared with an earlier cue's source ("…, adding that …").
inline constexpr float kConfIndirectTail = 0.75f;
// A frame read with some inference: a passive with its agent, a relative
// clause ("Smith, who said …"), a colon quote after a verb, an interview's
// speaker label.
inline constexpr float kConfInferred = 0.7f;
// A looser link: a participle after a comma, a cue whose source is found
// elsewhere, a quote paragraph taking the previous speaker.
inline constexpr float kConfLoose = 0.6f;
// A cueless report: "Reportedly, …".
inline constexpr float kConfReportedly = 0.5f;

}  // namespace claimgraph::ingest::internal

#endif  // CLAIMGRAPH_INGEST_ATTRIBUTION_CONFIDENCE_H_
