#!/usr/bin/env python3
"""Scratch harness: code a gold JSONL (id, text, date) and write the system JSONL the
reference scorers read. Usage: run_eval.py GOLD.jsonl OUT.jsonl [--drop-negated]"""
import json
import sys
import time

from sanderling.nlp import get_nlp
from sanderling.pipeline import code_articles
from sanderling.records import Article


#: --fast skips the place layers, which events do not need
FAST_COMPONENTS = ("sanderling_acronyms", "sanderling_actors", "sanderling_timex", "sanderling_quotes",
                   "sanderling_events", "sanderling_factuality")


def main(gold_path: str, out_path: str, drop_negated: bool = False, fast: bool = False) -> None:
    gold = [json.loads(line) for line in open(gold_path, encoding="utf-8") if line.strip()]
    articles = [Article(id=str(g["id"]), text=g["text"], published=g.get("date")) for g in gold]
    t0 = time.time()
    with open(out_path, "w", encoding="utf-8") as out:
        for res in code_articles(articles, nlp=get_nlp(FAST_COMPONENTS) if fast else None):
            evs = [e.to_dict() for e in res.events]
            if drop_negated:
                evs = [e for e in evs if not e["factuality"]["negated"]]
            out.write(json.dumps({"id": res.article.id, "events": evs}) + "\n")
    print(f"coded {len(articles)} records in {time.time() - t0:.1f}s -> {out_path}", file=sys.stderr)


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    main(args[0], args[1], "--drop-negated" in sys.argv, "--fast" in sys.argv)
