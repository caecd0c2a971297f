"""Code the first N articles of a corpus to JSONL, to compare two versions of the coder.

    python benchmarks/code_corpus.py ../shared/data/corpus/guardian_dev_100.jsonl --limit 100 --out a.jsonl
    cmp a.jsonl b.jsonl          # a speed change must leave every record as it was

Run it once on the old code and once on the new (e.g. PYTHONPATH=old/src for the old).
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--limit", type=int, default=100)
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args()
    from sanderling.pipeline import code_articles
    from sanderling.records import Article
    arts = []
    with args.corpus.open(encoding="utf-8") as f:
        for i, line in enumerate(f):
            if len(arts) >= args.limit:
                break
            rec = json.loads(line)
            arts.append(Article(id=str(rec.get("id", i)), text=rec.get("text") or "",
                                published=(rec.get("date") or rec.get("published") or "2005-06-01")[:10]))
    with args.out.open("w", encoding="utf-8") as f:
        for res in code_articles(arts, batch_size=16):
            f.write(json.dumps(res.to_dict(), ensure_ascii=False, sort_keys=True) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
