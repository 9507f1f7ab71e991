#!/usr/bin/env python3
"""The README's questions, asked of a running `claimgraph serve` from Python.

  PYTHONPATH=clients/python:STUBS_DIR python3 clients/python/example.py \
      --server 127.0.0.1:50151 [--json]

1. What did Samantha Power say?                          (ListClaims, --speaker)
2. Who contradicts the Russian Defence Ministry, and why? (ListContradictions, --disputed)
3. Which outlets only republished AFP?                    (claims' provenance, --wire)
4. What did Churkin say about evidence?                   (SearchClaims, --about)
"""
import argparse
import json
import sys

import claimgraph_client


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--server", default="127.0.0.1:50151")
    parser.add_argument("--speaker", default="Samantha Power")
    parser.add_argument("--disputed", default="Russian Defence Ministry")
    parser.add_argument("--wire", default="AFP")
    parser.add_argument("--about-speaker", default="Vitaly Churkin")
    parser.add_argument("--about", default="evidence")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args()

    with claimgraph_client.connect(args.server) as cg:
        said = [(c.said_on, c.content, c.name) for c in cg.claims(speaker=args.speaker)]
        disputes = [(d.type, d.a_speaker.display_name, d.a_content, d.b_speaker.display_name,
                     d.b_content, d.reason) for d in cg.contradictions(speaker=args.disputed)]
        # An article without an outlet (a text file ingested as is) by its doc_id.
        outlets = sorted({p.article.outlet or p.article.doc_id for c in cg.claims()
                          for p in c.provenance if p.article.wire == args.wire})
        about = [(h.score, h.claim.content, h.claim.name)
                 for h in cg.search(args.about, speaker=args.about_speaker)]

    if args.json:
        json.dump({"said": [{"said_on": d, "content": c, "claim": n} for d, c, n in said],
                   "disputes": [{"type": claimgraph_client.graph_pb2.EdgeType.Name(t),
                                 "a": a, "b": b, "reason": r}
                                for t, _, a, _, b, r in disputes],
                   "wire_outlets": outlets,
                   "about": [{"score": s, "content": c, "claim": n} for s, c, n in about]},
                  sys.stdout)
        print()
        return
    print(f"What did {args.speaker} say? ({len(said)} claims)")
    for said_on, content, name in said:
        print(f"  {said_on or '(undated)'}  {content}  [{name}]")
    print(f"\nWho contradicts {args.disputed}? ({len(disputes)} edges)")
    for _, a_speaker, a, b_speaker, b, reason in disputes:
        print(f"  {a_speaker}: {a}\n    vs {b_speaker}: {b}\n    ({reason})")
    print(f"\nWhich outlets only republished {args.wire}? {', '.join(outlets) or 'none'}")
    print(f"\nWhat did {args.about_speaker} say about {args.about}? ({len(about)} claims)")
    for score, content, name in about:
        print(f"  {score:.2f}  {content}  [{name}]")


if __name__ == "__main__":
    main()
