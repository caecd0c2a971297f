#!/usr/bin/env python3
"""Run the pipeline over PolNeAR-style gold and write the JSONL that score_quotes.py reads.

    python scripts/eval_quotes.py GOLD.jsonl OUT.jsonl [--limit N] [--only]
    python3 ../shared/eval/score_quotes.py GOLD.jsonl OUT.jsonl [--all]

--only runs just the actors and quotes components (fast iteration); default: full pipeline.
"""
import argparse
import json
import sys
import time

from sanderling.nlp import get_nlp
from sanderling.pipeline import code_articles
from sanderling.records import Article


def read_gold(path, limit):
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f):
            if limit is not None and n >= limit:
                break
            if line.strip():
                rec = json.loads(line)
                yield Article(id=rec["id"], text=rec["text"], published=rec.get("date"))


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold")
    ap.add_argument("out")
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--only", action="store_true", help="only sanderling_actors + sanderling_quotes")
    a = ap.parse_args(argv)
    nlp = get_nlp(only=("sanderling_actors", "sanderling_quotes")) if a.only else get_nlp()
    t0, n = time.time(), 0
    with open(a.out, "w", encoding="utf-8") as out:
        for res in code_articles(read_gold(a.gold, a.limit), nlp=nlp):
            out.write(json.dumps({"id": res.article.id,
                                  "quotes": [q.to_dict() for q in res.quotes]}) + "\n")
            n += 1
    print(f"{n} articles in {time.time() - t0:.1f}s -> {a.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
