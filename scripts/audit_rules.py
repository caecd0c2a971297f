"""Which rules fire only on the development gold? A check for rules fitted to single sentences.

Codes the gold sets and unlabelled corpus articles (read from a path, never copied) and counts,
for every piece of every record's `why` (the rule names joined by '+'), how often it fires on
each. A rule that fires on gold sentences and never on hundreds of real articles is suspect
(an object-specific or multi-word cue shaped like one sentence), though a rare general verb
can also be absent from the corpus sample: read the list, do not delete it blindly.

    python scripts/audit_rules.py [--shared ../shared] [--bbc 300] [--out out/rule_counts.json]
"""
from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path

GOLD = ("plover_gsr_dev", "petrarch2_validation", "news_sentences_300", "bbc12_events_A", "news36_events")


def articles(path: Path, keep=lambda r: True, limit: int | None = None):
    from sanderling.records import Article
    out = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            if keep(r):
                out.append(Article(id=str(r["id"]), text=r["text"], published=r.get("date") or r.get("published")))
            if limit and len(out) >= limit:
                break
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=Path("../shared"))
    ap.add_argument("--bbc", type=int, default=300, help="BBC politics articles to add to the corpus side")
    ap.add_argument("--out", type=Path, default=Path("out/rule_counts.json"))
    args = ap.parse_args()
    data = args.shared / "data"
    if not data.is_dir():
        print(f"no gold data at {data}: pass --shared PATH", file=sys.stderr)
        return 2
    from sanderling.pipeline import code_articles
    sides = {"gold": [a for name in GOLD for a in articles(data / f"{name}.jsonl")],
             "corpus": articles(data / "corpus" / "guardian_dev_100.jsonl")
             + articles(data / "corpus" / "bbc_news_2225.jsonl", lambda r: "politics" in r["id"], args.bbc)}
    counts = {side: collections.Counter() for side in sides}
    for side, arts in sides.items():
        for result in code_articles(arts):
            for ev in result.events:
                counts[side].update(ev.why.split("+"))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({k: dict(v) for k, v in counts.items()}, indent=1))
    only = sorted(((r, n) for r, n in counts["gold"].items() if not counts["corpus"][r]), key=lambda x: -x[1])
    print(f"{len(counts['gold'])} rule parts fire on gold; {len(only)} never fire on the "
          f"{len(sides['corpus'])} corpus articles:")
    for rule, n in only:
        print(f"  {n:4d}  {rule}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
