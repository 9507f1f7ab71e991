#!/usr/bin/env python3
"""Build gold-tune.jsonl + gold-test.jsonl for the held-out Wikinews validation set from hand-written string specs.

(Adapted from tests/data/wikinews-dev/tools/make_gold.py; same spec format and checks.)

Each article's annotations live in tools/ann/<article-id>.py as a list ATTS of
A(...) records.  Every field is given as the exact text of the span; this script
finds the UTF-8 byte offsets and fails loudly when a string is missing or
ambiguous.

Field values:
  None            -> null
  "text"          -> must occur exactly once inside the search window
  ("text", k)     -> the k-th (0-based) occurrence inside the search window
  G("text")       -> ignore the window: must occur exactly once in the article
The search window is the unique occurrence of `ctx` (a string that must occur
exactly once in the article).  A field is looked up in the window first, then in
the whole article; a field that is still ambiguous (e.g. a repeated `said`) is
resolved to the occurrence in the content's paragraph nearest to the content,
and the build fails if that is not unique.  Run with --show to print every
attribution for review.

Usage:  python3 tools/make_gold.py            (writes articles/ and gold-tune.jsonl + gold-test.jsonl)
        python3 tools/make_gold.py --check    (validate only)
        python3 tools/make_gold.py --partial  (validate the articles annotated so far)
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
CORPUS = os.environ.get("WIKINEWS_JSONL", "/work/shared/corpus/wikinews/articles.jsonl")

# order of the set: (prefix, article id)
ARTICLES = [
    ("v01", "wn-11d06cd2011a"),
    ("v02", "wn-7bbb24ac20a3"),
    ("v03", "wn-62febf0d0949"),
    ("v04", "wn-66df845d63a0"),
    ("v05", "wn-6a48d9cc79fb"),
    ("v06", "wn-8a4f3602c870"),
    ("v07", "wn-0e56b5afa77e"),
    ("v08", "wn-59c18890cdc8"),
    ("v09", "wn-8682d613d3ee"),
    ("v10", "wn-6d6e2a32ff73"),
    ("v11", "wn-4a036a6152d8"),
    ("v12", "wn-d8190ece9c58"),
    ("v13", "wn-4ad5512fe8af"),
    ("v14", "wn-d4c395914b7f"),
    ("v15", "wn-30b42e810484"),
    ("v16", "wn-8bf35d976bff"),
    ("v17", "wn-aaa2ef149d83"),
    ("v18", "wn-b7e70c78ce8a"),
]

KINDS = {"direct", "indirect", "mixed"}
CONTRA_TYPES = {"rebuttal", "contradiction", "denial", "figures_differ"}


class G(str):
    """A string searched in the whole article, ignoring ctx."""


class A:
    def __init__(self, source, cue, content, kind, speaker, via=None, ctx=None):
        self.source, self.cue, self.content = source, cue, content
        self.kind, self.speaker, self.via, self.ctx = kind, speaker, via, ctx


class SpecError(Exception):
    pass


def occurrences(hay, needle, lo, hi, words=True):
    """Byte offsets of `needle` in `hay` within [lo, hi) that do not start or end
    in the middle of a word (so 'he' never matches inside 'the')."""
    out, i = [], hay.find(needle, lo)
    first = needle[:1].decode("utf-8", "ignore")
    while i != -1 and i + len(needle) <= hi:
        j = i + len(needle)
        before = hay[max(0, i - 4):i].decode("utf-8", "ignore")[-1:]
        after = hay[j:j + 4].decode("utf-8", "ignore")[:1]
        last = needle[-4:].decode("utf-8", "ignore")[-1:]
        ok = not words or not (first.isalnum() and before.isalnum()) and not (last.isalnum() and after.isalnum())
        if ok:
            out.append(i)
        i = hay.find(needle, i + 1)
    return out


def para_bounds(data, pos):
    lo = data.rfind(b"\n", 0, pos) + 1
    hi = data.find(b"\n", pos)
    return lo, (len(data) if hi == -1 else hi)


def locate(data, value, window, what, anchor=None, words=True):
    """Find `value` (see module doc).  Resolution order:
    1. occurrences inside the ctx window (exactly one, or the k-th);
    2. otherwise occurrences in the whole article (exactly one, or the k-th);
    3. otherwise, if an anchor span (the content) is known, the occurrence in the
       anchor's paragraph that is closest to it (must be strictly closest)."""
    if value is None:
        return None
    k = None
    if isinstance(value, tuple):
        value, k = value
    needle = value.encode("utf-8")
    if not needle:
        raise SpecError("%s: empty string" % what)

    def pick(occ):
        s = occ[k]
        return {"start": s, "end": s + len(needle), "text": data[s:s + len(needle)].decode("utf-8")}

    if window is not None and not isinstance(value, G):
        occ = occurrences(data, needle, window[0], window[1], words)
        if occ:
            if k is None:
                if len(occ) != 1:
                    raise SpecError("%s: %r occurs %d times in ctx" % (what, value, len(occ)))
                k = 0
            if k >= len(occ):
                raise SpecError("%s: %r has only %d occurrences in ctx" % (what, value, len(occ)))
            return pick(occ)
    occ = occurrences(data, needle, 0, len(data), words)
    if not occ:
        raise SpecError("%s: %r not found" % (what, value))
    if k is not None:
        if k >= len(occ):
            raise SpecError("%s: %r has only %d occurrences" % (what, value, len(occ)))
        return pick(occ)
    if len(occ) == 1:
        k = 0
        return pick(occ)
    if anchor is not None:
        lo, hi = para_bounds(data, anchor["start"])
        cands = []
        for i, s in enumerate(occ):
            e = s + len(needle)
            if s >= lo and e <= hi:
                d = anchor["start"] - e if e <= anchor["start"] else (s - anchor["end"] if s >= anchor["end"] else 0)
                cands.append((d, i))
        cands.sort()
        if cands and (len(cands) == 1 or cands[0][0] < cands[1][0]):
            k = cands[0][1]
            return pick(occ)
    raise SpecError("%s: %r occurs %d times; add ctx or an index" % (what, value, len(occ)))


def load_specs(aid):
    path = os.path.join(HERE, "ann", aid + ".py")
    env = {"A": A, "G": G}
    with open(path, encoding="utf-8") as f:
        exec(compile(f.read(), path, "exec"), env)
    return env["ATTS"], env.get("CONTRA", [])


def build():
    recs = {}
    with open(CORPUS, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            recs[r["id"]] = r
    out, errors = [], []
    for prefix, aid in ARTICLES:
        if "--partial" in sys.argv and not os.path.exists(os.path.join(HERE, "ann", aid + ".py")):
            continue
        rec = recs[aid]
        data = rec["text"].encode("utf-8")
        atts = []
        specs, contra = load_specs(aid)
        for n, a in enumerate(specs, 1):
            what = "%s %s-%02d" % (aid, prefix, n)
            try:
                window = None
                if a.ctx is not None:
                    c = locate(data, G(a.ctx), None, what + " ctx", words=False)
                    window = (c["start"], c["end"])
                content = locate(data, a.content, window, what + " content")
                att = {
                    "id": "%s-%02d" % (prefix, n),
                    "source": locate(data, a.source, window, what + " source", content),
                    "speaker": a.speaker,
                    "cue": locate(data, a.cue, window, what + " cue", content),
                    "content": content,
                    "kind": a.kind,
                    "via": locate(data, a.via, window, what + " via", content),
                }
                if att["content"] is None:
                    raise SpecError(what + ": content is required")
                atts.append(att)
            except SpecError as e:
                errors.append(str(e))
        out.append({
            "doc_id": aid + ".txt",
            "date": rec["date"],
            "outlet": "Wikinews",
            "wire": None,
            "story": None,
            "attributions": atts,
            "contradictions": [
                {"a": "%s-%02d" % (prefix, x), "b": "%s-%02d" % (prefix, y), "type": t}
                for x, y, t in contra
            ],
        })
    return recs, out, errors


EDGE_PUNCT = " \t\n,;:"
QUOTES = "\"'“”‘’"


DEV_GOLD = os.path.join(os.path.dirname(ROOT), "wikinews-dev", "gold.jsonl")


def validate(recs, docs):
    problems, warnings = [], []
    # held-out: no article may also be in the dev set
    if os.path.exists(DEV_GOLD):
        with open(DEV_GOLD, encoding="utf-8") as f:
            dev = {json.loads(line)["doc_id"] for line in f if line.strip()}
        for d in docs:
            if d["doc_id"] in dev:
                problems.append("%s is also in the dev set" % d["doc_id"])
    else:
        warnings.append("dev gold not found at %s: dev overlap not checked" % DEV_GOLD)
    ids = set()
    for d in docs:
        local = {a["id"] for a in d["attributions"]}
        for c in d["contradictions"]:
            if c["a"] not in local or c["b"] not in local or c["type"] not in CONTRA_TYPES:
                problems.append("%s: bad contradiction %r" % (d["doc_id"], c))
        aid = d["doc_id"][:-4]
        data = recs[aid]["text"].encode("utf-8")
        contents = set()
        for a in d["attributions"]:
            if a["id"] in ids:
                problems.append("duplicate id " + a["id"])
            ids.add(a["id"])
            if a["kind"] not in KINDS:
                problems.append("%s: bad kind %r" % (a["id"], a["kind"]))
            for f in ("source", "cue", "content", "via"):
                sp = a[f]
                if sp is None:
                    continue
                if data[sp["start"]:sp["end"]].decode("utf-8") != sp["text"]:
                    problems.append("%s: %s text does not match offsets" % (a["id"], f))
                t = sp["text"]
                if t != t.strip() or (t and (t[0] in EDGE_PUNCT or t[-1] in EDGE_PUNCT)):
                    problems.append("%s: %s has edge whitespace/punctuation %r" % (a["id"], f, t))
            key = (a["content"]["start"], a["content"]["end"])
            if key in contents:
                problems.append("%s: duplicate content span" % a["id"])
            contents.add(key)
            c = a["content"]["text"]
            if a["kind"] == "direct" and (c[0] in QUOTES):
                warnings.append("%s: direct content starts with a quote mark: %r" % (a["id"], c[:30]))
            if a["kind"] == "indirect" and any(q in c for q in "\"“”"):
                warnings.append("%s: indirect content contains double quotes" % a["id"])
            if a["kind"] == "mixed" and not any(q in c for q in QUOTES):
                problems.append("%s: mixed content has no quotation mark" % a["id"])
            if a["kind"] == "indirect" and c.endswith("."):
                warnings.append("%s: indirect content ends with a full stop" % a["id"])
            if a["source"] is not None and a["cue"] is not None:
                s_, c_ = a["source"], a["cue"]
                gap = c_["start"] - s_["end"] if s_["end"] <= c_["start"] else s_["start"] - c_["end"]
                if gap > 120:
                    warnings.append("%s: source and cue are %d bytes apart" % (a["id"], gap))
    return problems, warnings


def main():
    check_only = "--check" in sys.argv or "--partial" in sys.argv
    recs, docs, errors = build()
    if errors:
        for e in errors:
            print("ERROR", e)
        sys.exit(1)
    problems, warnings = validate(recs, docs)
    for w in warnings:
        print("warning", w)
    if problems:
        for p in problems:
            print("PROBLEM", p)
        sys.exit(1)
    if not check_only:
        os.makedirs(os.path.join(ROOT, "articles"), exist_ok=True)
        for d in docs:
            aid = d["doc_id"][:-4]
            with open(os.path.join(ROOT, "articles", aid + ".txt"), "wb") as f:
                f.write(recs[aid]["text"].encode("utf-8"))
        # First half: tuning; second half: the untouched test split.
        half = (len(docs) + 1) // 2
        for name, part in (("gold-tune.jsonl", docs[:half]), ("gold-test.jsonl", docs[half:])):
            with open(os.path.join(ROOT, name), "w", encoding="utf-8") as f:
                for d in part:
                    f.write(json.dumps(d, ensure_ascii=False) + "\n")
    if "--show" in sys.argv:
        only = [a for a in sys.argv[1:] if not a.startswith("--")]
        for d in docs:
            if only and not any(o in d["doc_id"] for o in only):
                continue
            print("=" * 30, d["doc_id"])
            for a in d["attributions"]:
                f = lambda sp: None if sp is None else "%s@%d" % (sp["text"], sp["start"])
                print("%s %-8s src=%s | spk=%s | cue=%s | via=%s" % (
                    a["id"], a["kind"], f(a["source"]), a["speaker"], f(a["cue"]), f(a["via"])))
                print("      <<%s>>@%d-%d" % (a["content"]["text"], a["content"]["start"], a["content"]["end"]))
    kinds = {}
    for d in docs:
        for a in d["attributions"]:
            kinds[a["kind"]] = kinds.get(a["kind"], 0) + 1
    total = sum(kinds.values())
    print("articles: %d  attributions: %d  %s" % (len(docs), total, kinds))
    for d in docs:
        print("  %-28s %3d" % (d["doc_id"], len(d["attributions"])))


if __name__ == "__main__":
    main()
