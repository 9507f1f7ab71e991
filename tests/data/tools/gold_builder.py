"""Shared builder of the hand-annotated gold sets (wikinews-dev, wikinews-val).

Each set's tools/make_gold.py lists its articles; each article's annotations are
exact strings in tools/ann/<id>.py, from which this module computes UTF-8 byte
offsets, failing loudly on a string that is missing or ambiguous, then validates
the spans and writes articles/<id>.txt and the gold file(s).
"""
import json
import os
import sys

CORPUS = os.environ.get(
    "WIKINEWS_JSONL",
    os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                 "wikinews", "articles.jsonl"))


def write_jsonl(path, docs):
    with open(path, "w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")


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


def load_specs(here, aid):
    path = os.path.join(here, "ann", aid + ".py")
    env = {"A": A, "G": G}
    with open(path, encoding="utf-8") as f:
        exec(compile(f.read(), path, "exec"), env)
    return env["ATTS"], env.get("CONTRA", [])


def build(here, articles):
    recs = {}
    with open(CORPUS, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            recs[r["id"]] = r
    out, errors = [], []
    for prefix, aid in articles:
        if "--partial" in sys.argv and not os.path.exists(os.path.join(here, "ann", aid + ".py")):
            continue
        rec = recs[aid]
        data = rec["text"].encode("utf-8")
        atts = []
        specs, contra = load_specs(here, aid)
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


def validate(recs, docs):
    problems, warnings = [], []
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


def main(here, articles, write_gold, extra_checks=None):
    """Builds, validates and (unless --check/--partial) writes the set rooted at
    the folder above `here`. `write_gold(root, docs)` writes the gold file(s);
    `extra_checks(docs)` returns more (problems, warnings)."""
    root = os.path.dirname(here)
    check_only = "--check" in sys.argv or "--partial" in sys.argv
    recs, docs, errors = build(here, articles)
    if errors:
        for e in errors:
            print("ERROR", e)
        sys.exit(1)
    problems, warnings = validate(recs, docs)
    if extra_checks:
        more_problems, more_warnings = extra_checks(docs)
        problems += more_problems
        warnings += more_warnings
    for w in warnings:
        print("warning", w)
    if problems:
        for p in problems:
            print("PROBLEM", p)
        sys.exit(1)
    if not check_only:
        os.makedirs(os.path.join(root, "articles"), exist_ok=True)
        for d in docs:
            aid = d["doc_id"][:-4]
            with open(os.path.join(root, "articles", aid + ".txt"), "wb") as f:
                f.write(recs[aid]["text"].encode("utf-8"))
        write_gold(root, docs)
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


