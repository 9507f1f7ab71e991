#!/usr/bin/env python3
"""Sorts a store's speaker nodes into the classes of suspect names (issue 12).

  claimgraph inspect --db DIR speakers --json > nodes.json
  tools/scripts/speaker_classes.py nodes.json [--list]

Classes (a node may fall in several): lower-case single word that is not a role
node; verb form (a lower-case word UD English tags VERB more often than NOUN,
anywhere in a one- or two-word name); digits; a one-letter word; a capitalised
name with a lower-case glue word inside (besides name_link words); a person
typed node whose name holds an organisation word of the lexicon; a surname
merge (aliases of a person that give two different first words before one
surname). Counts per class, and the names with --list.
"""
import collections, json, os, re, sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..')
UD = os.path.join(ROOT, '..', 'shared', 'corpus', 'ud-english')


def word_list(name):
    words = set()
    for line in open(os.path.join(ROOT, 'data', 'word_lists.txt')):
        parts = line.split()
        if parts and parts[0] == name:
            words.update(parts[1:])
    return words


def lexicon_words(flag):
    words = set()
    for line in open(os.path.join(ROOT, 'data', 'lexicon.txt')):
        parts = line.split()
        if len(parts) > 2 and parts[0] == 'word' and parts[1] == flag:
            words.update(parts[2:])
    return words


def verb_forms():
    counts = collections.defaultdict(collections.Counter)
    for f in ('ewt-train.conllu', 'gum-cc-by.conllu'):
        path = os.path.join(UD, f)
        if not os.path.exists(path):
            continue
        for line in open(path, encoding='utf-8'):
            cols = line.split('\t')
            if len(cols) > 3 and cols[0].isdigit():
                counts[cols[1].lower()][cols[3]] += 1
    return {w for w, c in counts.items() if c['VERB'] > c['NOUN'] + c['PROPN'] + c['ADJ']}


def main():
    nodes = json.load(open(sys.argv[1]))
    show = '--list' in sys.argv
    links = word_list('name_link') | {'and', "'s"}
    orgs = lexicon_words('org_word')
    titles = lexicon_words('title') | word_list('honorific') | word_list('affiliation')
    verbs = verb_forms()
    classes = collections.defaultdict(list)
    for n in nodes:
        name, kind = n['name'], n['kind']
        words = name.split()
        lower = [w for w in words if w[:1].islower()]
        if len(words) == 1 and name[:1].islower() and kind != 'role':
            classes['lower-case single word, not a role'].append(n)
        if len(words) <= 2 and any(w.lower() in verbs and w[:1].islower() for w in words):
            classes['verb form'].append(n)
        if re.search(r'\d', name):
            classes['digits'].append(n)
        if any(len(w.strip('.')) == 1 and w.strip('.').isalpha() for w in words) and len(words) == 1:
            classes['one-letter name'].append(n)
        if name[:1].isupper() and kind != 'role' and any(
                w not in links for w in lower):
            classes['capitalised name with lower-case glue'].append(n)
        if kind == 'person' and any(w.lower().strip('.,') in orgs for w in words):
            classes['person typed, organisation word'].append(n)
        if kind == 'person':
            honorifics = set()
            given = set()
            for a in [name] + n.get('aliases', []):
                aw = a.split()
                if aw and aw[0].lower().rstrip('.') in ('mr', 'mrs', 'ms', 'miss'):
                    honorifics.add('f' if aw[0].lower().rstrip('.') in ('mrs', 'ms', 'miss') else 'm')
                # the word before the surname, initials skipped: "Jill A. Martin" -> Jill
                if len(aw) < 2 or aw[-1] != words[-1]:
                    continue
                i = len(aw) - 2
                while i > 0 and re.fullmatch(r'[A-Z]\.?', aw[i]):
                    i -= 1
                w = aw[i]
                if (w[:1].isupper() and len(w.rstrip('.')) > 1 and w.lower().rstrip('.') not in titles
                        and not re.search(r"['’]s?$", w) and w not in links):
                    given.add(w)
            if len(given) > 1:
                classes['surname merge of two given names'].append(n)
            if len(honorifics) > 1:
                classes['Mr. and Ms. on one person'].append(n)
    kinds = collections.Counter(n['kind'] for n in nodes)
    print(f"nodes {len(nodes)}: " + ', '.join(f"{k} {v}" for k, v in sorted(kinds.items())))
    for c, ns in sorted(classes.items(), key=lambda kv: -len(kv[1])):
        print(f"{len(ns):5d}  {c}")
        if show:
            for n in ns:
                print(f"         {n['kind']:12s} {n['name']!r} {n.get('aliases', [])[:4]} claims={n.get('claims')}")


if __name__ == '__main__':
    main()
