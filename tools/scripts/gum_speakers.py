#!/usr/bin/env python3
"""Measures speaker resolution against GUM's coreference, on text nobody here tuned on.

GUM (the openly licensed part, ../shared/corpus/ud-english/gum-cc-by.conllu) marks
every mention of every entity, with coreference. This script rebuilds the text of
GUM's news and interview documents, runs `claimgraph extract` on them, and for each
attribution whose source is a pronoun or a description ("he", "the senator",
"the company") finds the GUM mention of that source and its coreference chain.
The chain's proper-name mentions say who the source is. A resolved speaker is

  right      when its last word is a word of one of the chain's names,
  wrong      otherwise (another person, or a name for a chain the text never names);

and an unresolved one (no speaker) is

  missed     when the chain has a name the text gives,
  abstained  when it has none (the right answer: nobody is named);

and a speaker for a chain the text never names is `unverified`.

Sources written as names are counted apart (`named`, right or wrong the same way).
Usage:

  tools/scripts/gum_speakers.py --bin build/tools/claimgraph [--ud DIR]
      [--genres news,interview] [--show wrong,missed]

Prints the counts; --show lists the cases of those verdicts with their context.
"""
import argparse
import collections
import json
import os
import re
import subprocess
import sys
import tempfile
import urllib.parse

PRONOUNS = {"he", "she", "they", "it", "him", "her", "them", "we", "i", "you", "his", "its",
            "their", "who", "which"}


def parse_entities(misc):
    """(kind, id, type, identity) tuples: kind is 'open', 'close' or 'single'."""
    found = re.search(r"Entity=([^|]*)", misc)
    if not found:
        return []
    text, out, pos = found.group(1), [], 0
    while pos < len(text):
        if text[pos] == "(":
            end = pos + 1
            while end < len(text) and text[end] not in "()":
                end += 1
            fields = text[pos + 1:end].split("-")
            eid, etype = fields[0], fields[1] if len(fields) > 1 else ""
            identity = fields[7] if len(fields) > 7 else ""
            if end < len(text) and text[end] == ")":
                out.append(("single", eid, etype, identity))
                end += 1
            else:
                out.append(("open", eid, etype, identity))
            pos = end
        else:
            end = pos
            while end < len(text) and text[end] not in "()":
                end += 1
            if end < len(text) and text[end] == ")":
                out.append(("close", text[pos:end], "", ""))
                end += 1
            pos = end
    return out


def read_docs(path, genres):
    """{doc_id: {"text", "mentions": [[start, end, eid, type, has_propn]], "ids": {eid: identity}}},
    byte offsets into the UTF-8 text; sentences joined by a space, paragraphs by a blank line."""
    docs, doc, sentence = {}, None, []

    def flush_sentence():
        if doc is None or not sentence:
            sentence.clear()
            return
        out = doc["buf"]
        if out and not out[-1].endswith("\n"):
            out.append(" ")
            doc["size"] += 1
        opened = collections.defaultdict(list)
        for cols in sentence:
            if "-" in cols[0] or "." in cols[0]:
                continue
            start = doc["size"]
            end = start + len(cols[1].encode())
            out.append(cols[1])
            doc["size"] = end
            doc["tokens"].append((start, cols[3] == "PROPN"))
            for kind, eid, etype, identity in parse_entities(cols[9]):
                if identity:
                    doc["ids"][eid] = identity
                if kind == "single":
                    doc["mentions"].append([start, end, eid, etype, False])
                elif kind == "open":
                    opened[eid].append([start, end, eid, etype, False])
                elif opened[eid]:
                    m = opened[eid].pop()
                    m[1] = end
                    doc["mentions"].append(m)
            if "SpaceAfter=No" not in cols[9]:
                out.append(" ")
                doc["size"] += 1
        sentence.clear()

    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("# newdoc id = "):
                flush_sentence()
                name = line.split("= ", 1)[1]
                doc = ({"buf": [], "size": 0, "tokens": [], "mentions": [], "ids": {}}
                       if name.split("_")[1] in genres else None)
                if doc is not None:
                    docs[name] = doc
            elif line.startswith("# newpar") and not line.startswith("# newpar_"):
                flush_sentence()
                if doc is not None and doc["buf"]:
                    doc["buf"].append("\n\n")
                    doc["size"] += 2
            elif not line:
                flush_sentence()
            elif not line.startswith("#"):
                sentence.append(line.split("\t"))
    flush_sentence()
    for d in docs.values():
        d["text"] = "".join(d.pop("buf"))
        assert len(d["text"].encode()) == d.pop("size")
        for m in d["mentions"]:
            m[4] = any(m[0] <= start < m[1] and propn for start, propn in d["tokens"])
        d.pop("tokens")
    return docs


def chain_names(doc, eid):
    """Words of the chain's proper-name mentions and its identity link."""
    text = doc["text"].encode()
    words = set()
    for start, end, e, _, propn in doc["mentions"]:
        if e == eid and propn:
            words.update(w.lower() for w in re.findall(r"[\w'’.-]+", text[start:end].decode()))
    identity = urllib.parse.unquote(doc["ids"].get(eid, ""))
    words.update(w.lower() for w in identity.split("_") if w)
    return {w.strip(".'’") for w in words} - {"the", "of", "and", "'s", "s", ""}


def source_mention(doc, start, end):
    """The GUM mention that best matches the source span [start, end): one
    starting where it starts ("Rathbun, a detective for …" is Rathbun), else
    the one overlapping it most, by at least half of the longer."""
    best, best_score = None, 0
    for m in doc["mentions"]:
        overlap = min(end, m[1]) - max(start, m[0])
        if overlap <= 0:
            continue
        score = overlap / max(end - start, m[1] - m[0]) + (1 if m[0] == start else 0)
        if score > best_score:
            best, best_score = m, score
    return best if best_score >= 0.5 else None


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--bin", required=True)
    ap.add_argument("--ud", default="../shared/corpus/ud-english")
    ap.add_argument("--genres", default="news,interview")
    ap.add_argument("--show", default="")
    args = ap.parse_args()
    docs = read_docs(os.path.join(args.ud, "gum-cc-by.conllu"), set(args.genres.split(",")))
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as f:
        for name, d in docs.items():
            f.write(json.dumps({"doc_id": name, "text": d["text"]}) + "\n")
        corpus = f.name
    out = subprocess.run([args.bin, "extract", corpus], capture_output=True, text=True)
    os.unlink(corpus)
    if out.returncode not in (0, 1):
        sys.exit(f"extract failed: {out.stderr}")
    counts = collections.Counter()
    shown = set(filter(None, args.show.split(",")))
    for line in out.stdout.splitlines():
        record = json.loads(line)
        doc = docs[record["doc_id"]]
        raw = doc["text"].encode()
        for a in record["attributions"]:
            source = a.get("source")
            if not source:
                continue
            written = source["text"]
            first = written.split()[0] if written.split() else ""
            kind = ("pronoun" if written.lower() in PRONOUNS else
                    "description" if first in ("the", "The") or written[:1].islower() else "named")
            m = source_mention(doc, source["start"], source["end"])
            if m is None:
                counts[(kind, "unaligned")] += 1
                continue
            names = chain_names(doc, m[2])
            speaker = a.get("speaker") or ""
            if speaker and not names:
                verdict = "unverified"  # the text never names the chain
            elif speaker:
                last = re.findall(r"[\w'’.-]+", speaker.lower())
                verdict = "right" if last and last[-1].strip(".'’") in names else "wrong"
            else:
                verdict = "missed" if names else "abstained"
            counts[(kind, verdict)] += 1
            if verdict in shown:
                ctx = raw[max(0, source["start"] - 300):source["end"] + 80].decode("utf-8", "ignore")
                print(f"## {record['doc_id']} [{kind} {verdict}] source={written!r} "
                      f"speaker={speaker!r} chain={sorted(names)}\n{ctx}\n")
    for kind in ("pronoun", "description", "named"):
        row = {v: counts[(kind, v)]
               for v in ("right", "wrong", "missed", "abstained", "unverified", "unaligned")}
        print(kind, " ".join(f"{k} {n}" for k, n in row.items()))


if __name__ == "__main__":
    main()
