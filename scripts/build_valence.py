"""Build the shipped word-valence lexicon (src/sanderling/lexicons/events/valence.json) from the
VADER sentiment lexicon.

VADER (Hutto and Gilbert, ICWSM 2014) gives some 7,500 English words the mean of ten human
ratings from -4 (extremely negative) to +4 (extremely positive). The event coder asks it one
general question instead of keeping a longer word list of its own: is the name a speaker gives
someone ("X branded Y a thug", "X regards Y as terrorists") a strongly negative one? Only the
word and its mean are kept (no standard deviations, no raw ratings, no emoticons).

    python scripts/build_valence.py --vader PATH/vaderSentiment [--commit SHA]

PATH is a checkout of https://github.com/cjhutto/vaderSentiment; the script reads
vaderSentiment/vader_lexicon.txt. Licence: MIT (c) 2016 C.J. Hutto, named in the file's _meta
with the notice copied beside it as VADER_LICENSE.txt, as the licence asks.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "src" / "sanderling" / "lexicons" / "events" / "valence.json"
WORD = re.compile(r"^[a-z][a-z'-]*[a-z]$")  # words only: no emoticons, no digits


def read_lexicon(path: Path) -> dict[str, float]:
    words: dict[str, float] = {}
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        parts = line.split("\t")
        if len(parts) < 2:
            continue
        word, mean = parts[0].strip(), parts[1].strip()
        if not WORD.match(word):
            continue
        try:
            words[word] = round(float(mean), 2)
        except ValueError:
            sys.exit(f"{path}:{n}: the second column is no number ({mean!r}); is this vader_lexicon.txt?")
    return words


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--vader", type=Path, required=True, help="checkout of github.com/cjhutto/vaderSentiment")
    ap.add_argument("--commit", default="", help="the checkout's commit, recorded in _meta")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    lex = args.vader / "vaderSentiment" / "vader_lexicon.txt"
    licence = args.vader / "LICENSE.txt"
    if not lex.is_file():
        sys.exit(f"no {lex}: pass --vader the folder of a vaderSentiment checkout")
    words = read_lexicon(lex)
    meta = {
        "source": "VADER sentiment lexicon, github.com/cjhutto/vaderSentiment"
                  + (f" @ {args.commit}" if args.commit else "") + ", vaderSentiment/vader_lexicon.txt",
        "licence": "MIT License, Copyright (c) 2016 C.J. Hutto (notice: VADER_LICENSE.txt beside this file)",
        "citation": "Hutto, C.J. and Gilbert, E.E. (2014). VADER: A Parsimonious Rule-based Model for "
                    "Sentiment Analysis of Social Media Text. ICWSM-14.",
        "kept": "one-word entries and the mean of their ten ratings (-4 .. +4)",
        "built_by": "scripts/build_valence.py",
    }
    args.out.write_text(json.dumps({"_meta": meta, "valence": dict(sorted(words.items()))},
                                   ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    if licence.is_file():
        (args.out.parent / "VADER_LICENSE.txt").write_text(licence.read_text(encoding="utf-8"), encoding="utf-8")
    print(f"{len(words)} words -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
