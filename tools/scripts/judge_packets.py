#!/usr/bin/env python3
"""Blind judging packets for a store: random contradiction edges, claims or
speaker nodes, each printed with the article text around it and nothing of how
the system decided (no rule, reason or confidence). A key file maps packet
numbers to what the judge must not see, for the tally afterwards.

  judge_packets.py --bin build/tools/claimgraph --db STORE --corpus A.jsonl [B.jsonl ...] \
      --what edges|claims|speakers --n 60 --seed 20261202 --out DIR

writes DIR/packets.md (for the judge) and DIR/key.jsonl (for the tally).
Corpus text is read at run time and never written into the repository.
"""
import argparse
import json
import os
import random
import re
import subprocess
import sys


def run(args, *cmd):
    out = subprocess.run([args.bin, "inspect", "--db", args.db, *cmd],
                         capture_output=True, text=True, check=True)
    return out.stdout


def load_corpus(paths):
    docs = {}
    for p in paths:
        with open(p, encoding="utf-8") as f:
            for line in f:
                if not line.strip():
                    continue
                r = json.loads(line)
                doc_id = r.get("id") or r.get("doc_id")
                docs[doc_id] = r["text"].encode("utf-8")
    return docs


# `inspect claim` provenance lines: "  in DOC[ (outlet, date)]: bytes S-E[, cue '…'][, source '…'], …".
PROV = re.compile(r"^  in (\S+?)(?: \(.*?\))?: bytes (\d+)-(\d+)(?:, cue '(.*?)')?(?:, source '(.*?)')?")


def provenance(args, claim_id):
    """(doc_id, start, end, cue, source) of each article carrying the claim."""
    out = []
    for line in run(args, "claim", claim_id).splitlines():
        m = PROV.match(line)
        if m:
            out.append((m.group(1), int(m.group(2)), int(m.group(3)), m.group(4), m.group(5)))
    return out


def context(docs, doc_id, start, end, width=600):
    text = docs.get(doc_id)
    if text is None:
        return "(article text not in the given corpus)"
    lo = max(0, start - width)
    hi = min(len(text), end + width // 3)
    before = text[lo:start].decode("utf-8", "replace")
    span = text[start:end].decode("utf-8", "replace")
    after = text[end:hi].decode("utf-8", "replace")
    return f"…{before}⟦{span}⟧{after}…"


def claim_block(args, docs, label, claim):
    prov = provenance(args, claim["claim_id"] if "claim_id" in claim else claim["id"])
    lines = [f"**{label}** speaker: `{claim.get('speaker') or '(none)'}`",
             f"content: {claim['content']}"]
    if not prov:
        sys.exit(f"no provenance parsed for claim {claim.get('claim_id') or claim.get('id')}: "
                 "has the `inspect claim` format changed?")
    for doc_id, s, e, cue, source in prov[:1]:
        lines.append(f"article `{doc_id}`, cue `{cue}`, source as written `{source}`")
        lines.append("")
        lines.append("> " + context(docs, doc_id, s, e).replace("\n", "\n> "))
    return "\n".join(lines)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", required=True)
    ap.add_argument("--db", required=True)
    ap.add_argument("--corpus", nargs="+", required=True)
    ap.add_argument("--what", choices=["edges", "claims", "speakers"], required=True)
    ap.add_argument("--n", type=int, default=60)
    ap.add_argument("--seed", type=int, default=20261202)
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    docs = load_corpus(args.corpus)
    rng = random.Random(args.seed)
    os.makedirs(args.out, exist_ok=True)
    packets, keys = [], []
    if args.what == "edges":
        edges = json.loads(run(args, "--json", "contradictions") or "[]")
        for i, e in enumerate(rng.sample(edges, min(args.n, len(edges))), 1):
            packets.append(f"## {i}\n\n" + claim_block(args, docs, "Claim A", e["a"]) +
                           "\n\n" + claim_block(args, docs, "Claim B", e["b"]))
            keys.append({"packet": i, "type": e["type"], "reason": e.get("reason"),
                         "confidence": e.get("confidence"),
                         "a": e["a"]["claim_id"], "b": e["b"]["claim_id"]})
    elif args.what == "claims":
        ids = [c["id"] for c in json.loads(run(args, "--json", "claims") or "[]")]
        for i, cid in enumerate(rng.sample(ids, min(args.n, len(ids))), 1):
            c = json.loads(run(args, "--json", "claim", cid))[0]
            packets.append(f"## {i}\n\n" + claim_block(args, docs, "Claim", c))
            keys.append({"packet": i, "claim": cid})
    else:
        speakers = json.loads(run(args, "--json", "speakers") or "[]")
        for i, s in enumerate(rng.sample(speakers, min(args.n, len(speakers))), 1):
            sid = s["id"]
            claims = json.loads(run(args, "--json", "claims", "--speaker", sid) or "[]")
            blocks = [claim_block(args, docs, f"Claim {k + 1}", c) for k, c in enumerate(claims[:2])]
            packets.append(f"## {i}\n\nspeaker node: `{s.get('name')}` typed `{s.get('kind')}`"
                           f" aka {s.get('aliases', [])[:8]}\n\n" + "\n\n".join(blocks))
            keys.append({"packet": i, "speaker": sid})
    with open(os.path.join(args.out, "packets.md"), "w", encoding="utf-8") as f:
        f.write("\n\n".join(packets) + "\n")
    with open(os.path.join(args.out, "key.jsonl"), "w", encoding="utf-8") as f:
        for k in keys:
            f.write(json.dumps(k) + "\n")
    print(f"{len(packets)} packets in {args.out}/packets.md", file=sys.stderr)


if __name__ == "__main__":
    main()
