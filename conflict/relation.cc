// Rule "relation" (CONTRADICTS): one relation between the same parties,
// asserted in one claim and negated in the other.
#include <algorithm>

#include "common/strings.h"
#include "conflict/rules.h"

namespace claimgraph::ingest::conflict_internal {

// Rule "relation" (CONTRADICTS): the same relation (a synonym set of the
// lexicon: collude/help/defend/support/aid/back...) between the same subject
// and object, asserted in one claim and negated - or said to lack evidence -
// in the other. Speakers may be the same government. Example: a12 "Russia had
// no ‘specific evidence’ of the United States colluding with Islamic State
// militants" vs a10 "the White House is defending Islamic State" and a09 "the
// United States was helping the jihadist militants". Not flagged: a13 "the
// United States, which has backed some rebel groups" (other object).
std::optional<ConflictFinding> Relation(const Claim& a, const Claim& b,
                                        const Lexicon& lex) {
  for (const Predicate& pa : a.an.predicates) {
    if (pa.table != "relation" || pa.embedded) continue;
    auto sa = SubjectBefore(a.an, pa.token);
    if (!sa) continue;
    Object oa = ObjectAfter(a.an, lex, pa.token + pa.length);
    for (const Predicate& pb : b.an.predicates) {
      if (pb.table != "relation" || pb.cls != pa.cls || pb.embedded ||
          pb.negated == pa.negated)
        continue;
      auto sb = SubjectBefore(b.an, pb.token);
      if (!sb || *sb != *sa) continue;
      Object ob = ObjectAfter(b.an, lex, pb.token + pb.length);
      bool same_object = (!oa.entity.empty() && oa.entity == ob.entity) ||
                         (!oa.head.empty() && oa.head == ob.head);
      if (!same_object) continue;
      const Claim& neg = pa.negated ? a : b;
      const Predicate& pn = pa.negated ? pa : pb;
      bool evidential = neg.an.evidential[pn.token];
      ConflictFinding f;
      f.type = ConflictType::kContradicts;
      f.rule = "relation";
      f.confidence = kConfidence.relation;
      f.evidence_a = Range(a.an, pa.token, std::max(pa.token, oa.last));
      f.evidence_b = Range(b.an, pb.token, std::max(pb.token, ob.last));
      std::string object = oa.entity.empty() ? oa.head : oa.entity;
      f.reason =
          Cat("relation: ", pa.cls, "(", *sa, ", ", object, ") is ",
              pa.negated ? (evidential ? "said to lack evidence" : "negated")
                         : "asserted",
              " in ", Quote(a, f.evidence_a), " and ",
              pb.negated ? (evidential ? "said to lack evidence" : "negated")
                         : "asserted",
              " in ", Quote(b, f.evidence_b));
      return f;
    }
  }
  return std::nullopt;
}

}  // namespace claimgraph::ingest::conflict_internal
