// Internal to graph/: the index of conflict edges by speaker
// (IndexId::kSpeakerConflictsByTime), so that "contradictions of S" is one
// range scan whatever the number of conflicts in the store. A conflict edge
// has an entry under each source with an ASSERTED edge to either of its
// claims, filed under the later claim's time key (as kConflictsByTime). The
// writer keeps the entries in the batch of every change that alters them
// (PutSpeakerConflicts), a version 4 or 5 store gets them in place when opened
// for writing (MigrateSpeakerConflicts), and Check compares them both ways.
#ifndef CLAIMGRAPH_GRAPH_SPEAKER_CONFLICTS_H_
#define CLAIMGRAPH_GRAPH_SPEAKER_CONFLICTS_H_

#include <set>
#include <string>

#include "absl/status/statusor.h"
#include "graph/store_impl.h"
#include "rocksdb/write_batch.h"

namespace claimgraph::graph {

// The kSpeakerConflictsByTime keys the conflict edge `edge` (an out edge key)
// has in `graph`: speaker:u64be · time key(10) · out edge key(25, rank 0).
// Empty when an end claim is missing.
absl::StatusOr<std::set<std::string>> SpeakerConflictKeys(const GraphReads& graph,
                                                          const EdgeKeyParts& edge);

// Puts into `batch` (an article's, before it is written) the entries of every
// conflict edge of `claims` as the batch leaves the graph (`after` reads the
// graph so), and deletes those the edges had in the store.
// `claims` must hold every claim the batch puts or deletes, and every claim at
// an end of an edge (conflict or ASSERTED) the batch puts or deletes; `fresh`,
// the nodes the batch puts that the store lacks (their edges are not looked
// for in the store).
absl::Status PutSpeakerConflicts(const GraphStore::Impl& impl,
                                 rocksdb::WriteBatch& batch, const GraphReads& after,
                                 const std::set<NodeId>& claims,
                                 const std::set<NodeId>& fresh);

// Writes the entries of every conflict edge of the store (found through
// kConflictsByTime), a thousand edges per write. Idempotent: a process killed
// meanwhile leaves the old schema version, and the next writable open runs it
// again. Does not write the schema version.
absl::Status MigrateSpeakerConflicts(const GraphStore::Impl& impl, const GraphReads& graph);

}  // namespace claimgraph::graph

#endif  // CLAIMGRAPH_GRAPH_SPEAKER_CONFLICTS_H_
