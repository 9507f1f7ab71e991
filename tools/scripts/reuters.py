#!/usr/bin/env python3
"""Real 1987 wire copy for measuring, from Debian packages (never copied here).

Two Debian packages ship stories of the Reuters-21578 collection as the wire
sent them, hard-wrapped at about 65 columns:
  - R's tm package (`r-cran-tm`): 70 stories (50 of the `acq` topic, 20 of
    `crude`) as XML with id, date and dateline;
  - Weka (`weka`): 2,158 stories of the ModApte split (the `ReutersGrain-*.arff`
    examples; `ReutersCorn-*` hold the same texts), title and body only.
This script writes them as claimgraph JSONL (doc_id `reut-NEWID` or
`weka-train-N`/`weka-test-N`, outlet `reuters`, title, and text = title, blank
line, dateline and body), split alternately into a half to look at and a half
to judge blind.

  apt-get download r-cran-tm weka && dpkg -x r-cran-tm_*.deb pk && dpkg -x weka_*.deb pk
  tools/scripts/reuters.py --tm-texts pk/usr/lib/R/site-library/tm/texts \\
      --tune reu-tune.jsonl --hold reu-hold.jsonl
  tools/scripts/reuters.py --weka-arff pk/usr/share/doc/weka/examples/ReutersGrain-{train,test}.arff \\
      --tune weka-tune.jsonl --hold weka-hold.jsonl
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


def tm_stories(texts):
    files = []
    for topic in ("acq", "crude"):
        files += sorted(glob.glob(os.path.join(texts, topic, "reut-*.xml")))
    if not files:
        raise SystemExit(f"no reut-*.xml under {texts}/acq or /crude")
    for path in files:
        xml = open(path, encoding="latin-1").read()
        title, dateline = field(xml, "TITLE"), field(xml, "DATELINE").strip()
        body = re.sub(r"\s*Reuter\s*$", "", field(xml, "BODY"))
        text = (title + "\n\n" if title else "") + (dateline + " " if dateline else "") + body
        yield {"doc_id": "reut-" + re.search(r'NEWID="(\d+)"', xml).group(1),
               "date": field(xml, "DATE").strip(), "outlet": "reuters",
               "title": title, "text": text}


ARFF_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "'": "'", '"': '"', "\\": "\\"}


def arff_strings(path):
    """The quoted first field of each @data line of a Weka ARFF file."""
    data = open(path, encoding="latin-1").read().split("@data", 1)[1]
    for line in data.split("\n"):
        if not line.startswith("'"):
            continue
        out, i = [], 1
        while line[i] != "'":
            if line[i] == "\\":
                out.append(ARFF_ESCAPES.get(line[i + 1], line[i + 1]))
                i += 2
            else:
                out.append(line[i])
                i += 1
        yield "".join(out)


def weka_stories(paths):
    for path in paths:
        part = "test" if "test" in os.path.basename(path) else "train"
        for n, raw in enumerate(arff_strings(path)):
            raw = re.sub(r"[\x00-\x08\x0b-\x1f]", "", html.unescape(raw)).lstrip()
            # Weka glued the capitalised title to the body's first line: the
            # title is the run of words without a lower-case letter.
            words = raw.split(" ")
            k = 0
            while k < len(words) - 1 and not re.search(r"[a-z]", words[k]):
                k += 1
            # A body that opens in capitals ("CTS Corp and …", "A majority
            # of …", "U.S. M-1 money …"): its first words end the title, an
            # article or words the title already holds, unless the body
            # restates the title's name ("… FLORIDA NURSERY" / "American
            # Nursery Products Inc said").
            if words[k].upper() not in words[:k]:
                while k > 1 and (words[k - 1] in ("A", "AN", "THE") or
                                 words[k - 1] in words[:k - 1]):
                    k -= 1
                    if words[k] in ("A", "AN", "THE"):
                        break
            # A body that opens on a name in capitals ("LVI GROUP <LVI> TO
            # MAKE ACQUISITION" / "LVI Group Inc said …", "… IN GTX CORP" /
            # "GTX Corp said"): the name's first word is the body's when the
            # title named it before or the body goes on with a designator.
            # (A short word: an acronym or initials, not "… NEW COFFEE
            # PROPOSAL" / "International Coffee Organization".)
            designators = {"Inc", "Corp", "Co", "Ltd", "Plc", "N.V.", "AG"}
            after = words[k + 1].rstrip(",.") if k + 1 < len(words) else ""
            if 1 < k < len(words) and not re.search(r"[a-z]", words[k - 1]) and (
                    (len(words[k - 1].replace(".", "")) <= 4 and
                     words[k - 1] in [w.strip("<>") for w in words[:k - 1]]) or
                    words[k].rstrip(",.") in designators or
                    (words[k] == "Group" and after in designators)):
                k -= 1
            # A name bracketed as a company's is the body's first ("… PAYOUT
            # <MFS" / "Managed Muncipal Trust Bond> said it …"): the title
            # ends before its "<" when its ">" is not in the title too.
            for j in range(k):
                if "<" in words[j] and ">" not in " ".join(words[j:k]):
                    k = j
                    break
            title = " ".join(words[:k]).strip()
            body = re.sub(r"\s*Reuter\s*$", "", " ".join(words[k:]))
            yield {"doc_id": f"weka-{part}-{n}", "outlet": "reuters", "title": title,
                   "text": (title + "\n\n" if title else "") + body}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--tm-texts", help="tm/texts of an unpacked r-cran-tm")
    ap.add_argument("--weka-arff", nargs="+", help="Weka's ReutersGrain-*.arff")
    ap.add_argument("--tune", required=True)
    ap.add_argument("--hold", required=True)
    args = ap.parse_args()
    if bool(args.tm_texts) == bool(args.weka_arff):
        raise SystemExit("give exactly one of --tm-texts and --weka-arff")
    stories = list(tm_stories(args.tm_texts) if args.tm_texts else weka_stories(args.weka_arff))
    with open(args.tune, "w") as tune, open(args.hold, "w") as hold:
        for n, record in enumerate(stories):
            (tune if n % 2 == 0 else hold).write(json.dumps(record) + "\n")
    print(f"{len(stories)} stories: {(len(stories) + 1) // 2} to {args.tune}, "
          f"{len(stories) // 2} to {args.hold}")


if __name__ == "__main__":
    main()
