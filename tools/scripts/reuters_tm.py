#!/usr/bin/env python3
"""Real 1987 wire copy for measuring, from Debian's r-cran-tm package.

R's tm package ships 70 stories of the Reuters-21578 collection (50 of its
`acq` topic, 20 of `crude`) as XML, hard-wrapped at about 65 columns as the
wire sent them. This script writes them as claimgraph JSONL (doc_id
`reut-NEWID`, the date as filed, outlet `reuters`, title, and text = title,
dateline and body as wired), split alternately into a half to look at and a
half to judge blind. The text is never copied into this repository.

  apt-get download r-cran-tm && dpkg -x r-cran-tm_*.deb tm   # no R needed
  tools/scripts/reuters_tm.py --texts tm/usr/lib/R/site-library/tm/texts \\
      --tune reu-tune.jsonl --hold reu-hold.jsonl
"""
import argparse
import glob
import html
import json
import os
import re


def field(xml, tag):
    m = re.search(r"<%s>(.*?)</%s>" % (tag, tag), xml, re.S)
    return html.unescape(m.group(1)) if m else ""


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--texts", default="/usr/lib/R/site-library/tm/texts")
    ap.add_argument("--tune", required=True)
    ap.add_argument("--hold", required=True)
    args = ap.parse_args()
    files = []
    for topic in ("acq", "crude"):
        files += sorted(glob.glob(os.path.join(args.texts, topic, "reut-*.xml")))
    if not files:
        raise SystemExit(f"no reut-*.xml under {args.texts}/acq or /crude")
    with open(args.tune, "w") as tune, open(args.hold, "w") as hold:
        for n, path in enumerate(files):
            xml = open(path, encoding="latin-1").read()
            title, dateline = field(xml, "TITLE"), field(xml, "DATELINE").strip()
            body = re.sub(r"\s*Reuter\s*$", "", field(xml, "BODY"))
            text = (title + "\n\n" if title else "") + (dateline + " " if dateline else "") + body
            record = {"doc_id": "reut-" + re.search(r'NEWID="(\d+)"', xml).group(1),
                      "date": field(xml, "DATE").strip(), "outlet": "reuters",
                      "title": title, "text": text}
            (tune if n % 2 == 0 else hold).write(json.dumps(record) + "\n")
    print(f"{len(files)} stories: {(len(files) + 1) // 2} to {args.tune}, "
          f"{len(files) // 2} to {args.hold}")


if __name__ == "__main__":
    main()
