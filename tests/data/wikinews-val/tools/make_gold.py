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
sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(HERE)), "tools"))
import gold_builder  # noqa: E402  (tests/data/tools/gold_builder.py)

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

DEV_GOLD = os.path.join(os.path.dirname(os.path.dirname(HERE)), "wikinews-dev", "gold.jsonl")


def write_gold(root, docs):
    # First half: tuning; second half: the untouched test split.
    half = (len(docs) + 1) // 2
    gold_builder.write_jsonl(os.path.join(root, "gold-tune.jsonl"), docs[:half])
    gold_builder.write_jsonl(os.path.join(root, "gold-test.jsonl"), docs[half:])


def not_in_dev(docs):
    """Held out: no article may also be in the dev set."""
    with open(DEV_GOLD, encoding="utf-8") as f:
        dev = {json.loads(line)["doc_id"] for line in f if line.strip()}
    return ["%s is also in the dev set" % d["doc_id"] for d in docs if d["doc_id"] in dev], []


if __name__ == "__main__":
    gold_builder.main(HERE, ARTICLES, write_gold, not_in_dev)
