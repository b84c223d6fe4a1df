#!/usr/bin/env python3
"""Samples sentence pairs for the claims test set (see README.md beside this file).

Reads the training split of the attribution corpus (../shared/bench/attribution-polnear), cuts each
article into sentences (character offsets into the .txt file), and draws, with a fixed seed, pairs of
sentences from articles of *different publishers* published within one day of each other. Candidates
are found by a TF-IDF cosine over content words written here (not the product's features), and drawn
in strata of that cosine so that the set holds close paraphrases, same-topic pairs and pairs that
only share a name; a last stratum draws pairs that give different numbers for the same word or
differ in negation, where contradictions are likeliest. Near-verbatim copies (word Jaccard >= 0.8,
wire stories reprinted) are left out: they are trivially the same claim.

Usage: sample_pairs.py CORPUS_DIR > pairs-unlabelled.tsv   (columns: id, a, b, stratum)
where a and b are "file:start-end". Deterministic: the same corpus gives the same pairs.
"""
import csv
import math
import os
import random
import re
import sys
from collections import Counter, defaultdict
from datetime import date

SEED = 17
PER_STRATUM = {"s1": 70, "s2": 70, "s3": 70, "s4": 70, "num": 40}
STOP = set("""a about above after again against all also am an and any are as at be because been before being below
between both but by can could did do does doing down during each few for from further had has have having he her here
hers herself him himself his how i if in into is it its itself just me more most my myself no nor not now of off on
once only or other our ours ourselves out over own same she should so some such than that the their theirs them
themselves then there these they this those through to too under until up very was we were what when where which while
who whom why will with would you your yours yourself yourselves said says say told according mr mrs ms one two new
would could year years last week""".split())
# a sentence ends at . ! ? (and a closing quote) before white space and a capital or an opening quote,
# unless the word before is an abbreviation or an initial ("Mr.", "Gov.", "Feb.", "U.S.", "J.")
END = re.compile(r"[.!?]+[\"”’']?(?=\s+[\"“‘'(]?[A-Z0-9])|\n")
ABBREV = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|Gov|Sen|Rep|Gen|Lt|Col|Sgt|St|Jr|Sr|Rev|Prof|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec|No|Vs|vs|Inc|Corp|Co|Ltd|Mt|Ft)|\b[A-Z]|\b(?:[A-Z]\.)+[A-Z])\.$")
WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*|\d[\d,.]*")
NUM = re.compile(r"\b(\d[\d,]*(?:\.\d+)?)\s+(?:percent\b|([a-z]+))")
NEG = re.compile(r"\b(not|no|never|n't|denied|deny|denies|refused)\b", re.I)


def sentences(text):
    out = []
    begin = 0
    for m in END.finditer(text):
        if m.group() != "\n" and ABBREV.search(text[max(0, m.start() - 12):m.start() + 1]):
            continue
        out.append((begin, m.end()))
        begin = m.end()
    out.append((begin, len(text)))
    kept = []
    for b, e in out:
        seg = text[b:e]
        start = b + (len(seg) - len(seg.lstrip()))
        end = e - (len(seg) - len(seg.rstrip()))
        if 8 <= len(WORD.findall(text[start:end])) <= 60:
            kept.append((start, end))
    return kept


def content(text):
    return [w.lower().strip("'’") for w in WORD.findall(text) if w.lower() not in STOP and not w[0].isdigit() and len(w) > 2]


def main(corpus):
    meta = {r["filename"]: r for r in csv.DictReader(open(os.path.join(corpus, "metadata.tsv"), encoding="utf-8"), delimiter="\t")}
    tdir = os.path.join(corpus, "train", "text")
    arts = {}
    for f in sorted(os.listdir(tdir)):
        name = f[:-4]
        text = open(os.path.join(tdir, f), encoding="utf-8").read()
        first_break = text.find("\n")  # the title line is not a statement
        sents = [(s, e) for s, e in sentences(text) if s > first_break]
        arts[name] = (meta[name], text, sents)
    df = Counter()
    vecs = {}
    for name, (_, text, sents) in arts.items():
        for s, e in sents:
            ws = content(text[s:e])
            vecs[(name, s, e)] = Counter(ws)
            df.update(set(ws))
    n = len(vecs)
    idf = {w: math.log(n / d) for w, d in df.items()}
    for k, c in vecs.items():
        v = {w: c[w] * idf[w] for w in c}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1
        vecs[k] = {w: x / norm for w, x in v.items()}
    byday = defaultdict(list)
    for name, (m, _, _) in arts.items():
        byday[date.fromisoformat(m["publication_date"])].append(name)
    strata = defaultdict(list)
    seen_pairs = set()
    for d in sorted(byday):
        near = [x for dd in (d, date.fromordinal(d.toordinal() + 1)) for x in byday.get(dd, [])]
        for a in byday[d]:
            for b in near:
                if a >= b and b in byday[d] or arts[a][0]["publisher"] == arts[b][0]["publisher"]:
                    continue
                if (a, b) in seen_pairs or (b, a) in seen_pairs:
                    continue
                seen_pairs.add((a, b))
                cands = []
                for sa in arts[a][2]:
                    va = vecs[(a,) + sa]
                    for sb in arts[b][2]:
                        vb = vecs[(b,) + sb]
                        cos = sum(x * vb.get(w, 0) for w, x in va.items())
                        if cos < 0.2:
                            continue
                        ta, tb = arts[a][1][sa[0]:sa[1]], arts[b][1][sb[0]:sb[1]]
                        wa, wb = set(WORD.findall(ta.lower())), set(WORD.findall(tb.lower()))
                        if len(wa & wb) / len(wa | wb) >= 0.8:
                            continue
                        cands.append((cos, sa, sb, ta, tb))
                # at most two pairs per article pair and stratum: one event must not fill the set
                per = Counter()
                rnd = random.Random(f"{SEED}:{a}:{b}")
                rnd.shuffle(cands)
                for cos, sa, sb, ta, tb in cands:
                    st = "s1" if cos < 0.3 else "s2" if cos < 0.4 else "s3" if cos < 0.55 else "s4"
                    na, nb = dict((u, v) for v, u in NUM.findall(ta)), dict((u, v) for v, u in NUM.findall(tb))
                    if any(u and u in nb and na[u] != nb[u] for u in na) or bool(NEG.search(ta)) != bool(NEG.search(tb)) and cos >= 0.35:
                        st2 = "num"
                        if per[st2] < 2:
                            per[st2] += 1
                            strata[st2].append((f"{a}:{sa[0]}-{sa[1]}", f"{b}:{sb[0]}-{sb[1]}"))
                    if per[st] < 2:
                        per[st] += 1
                        strata[st].append((f"{a}:{sa[0]}-{sa[1]}", f"{b}:{sb[0]}-{sb[1]}"))
    rnd = random.Random(SEED)
    chosen = []
    used = set()
    for st in PER_STRATUM:
        pool = sorted(strata[st])
        rnd.shuffle(pool)
        k = 0
        for p in pool:
            if k >= PER_STRATUM[st] or p in used:
                continue
            used.add(p)
            chosen.append((p, st))
            k += 1
    rnd.shuffle(chosen)
    print("id\ta\tb\tstratum")
    for i, ((a, b), st) in enumerate(chosen, 1):
        print(f"p{i:03d}\t{a}\t{b}\t{st}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/bench/attribution-polnear")
