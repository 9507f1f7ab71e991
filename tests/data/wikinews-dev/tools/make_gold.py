#!/usr/bin/env python3
"""Build gold.jsonl for the Wikinews dev set from hand-written string specs.

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

Usage:  python3 tools/make_gold.py            (writes articles/ and gold.jsonl)
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
    ("w01", "wn-e8d671d30811"),
    ("w02", "wn-80e164ae36c5"),
    ("w03", "wn-d9ce1c43ed71"),
    ("w04", "wn-eb3feb5331a9"),
    ("w05", "gum-news_iodine"),
    ("w06", "wn-86fe7b27a9db"),
    ("w07", "wn-8a9b9f579858"),
    ("w08", "wn-5e51cc6343ff"),
    ("w09", "wn-2dd1fc1ece6a"),
    ("w10", "wn-8e142781707c"),
    ("w11", "wn-3978c8f76bc8"),
    ("w12", "wn-316bd5c2f454"),
    ("w13", "wn-92a47498fd1e"),
    ("w14", "gum-news_defector"),
    ("w15", "wn-f08ca233411a"),
    ("w16", "gum-news_clock"),
    ("w17", "gum-news_korea"),
    ("w18", "gum-news_sensitive"),
    ("w19", "wn-4c31c6d58e41"),
    ("w20", "wn-0e3bd1fb1777"),
    ("w21", "wn-f3c9f47d0e91"),
    ("w22", "wn-b46612ade28e"),
    ("w23", "wn-ad70273e4028"),
    ("w24", "wn-c352228c48de"),
    ("w25", "gum-news_afghan"),
    ("w26", "wn-40cea1fcf1e6"),
    ("w27", "wn-0cdc653de4ea"),
    ("w28", "gum-interview_messina"),
    ("w29", "gum-news_questionnaire"),
    ("w30", "wn-e55f7744e3c4"),
]


def write_gold(root, docs):
    gold_builder.write_jsonl(os.path.join(root, "gold.jsonl"), docs)


if __name__ == "__main__":
    gold_builder.main(HERE, ARTICLES, write_gold)
