#!/usr/bin/env python
"""Measure cross-article deduplication (sanderling.dedup).

1. Invented reports with gold labels (tests/resources/dedup_reports.jsonl: every record is an
   event as the coder writes it plus ``gold_event``, the real event it reports). The whole set
   is clustered; pairwise precision and recall are counted over report pairs, for the tuning
   and check parts (``part_of(gold_event)``: a pair counts in a part when both its reports do).

       python scripts/eval_dedup.py

2. A coded corpus (the JSONL that ``sanderling code --input ... --output`` writes): raw
   events vs clusters, and how many clusters span more than one article.

       python scripts/eval_dedup.py --coded out/bbc_politics_coded.jsonl
"""
from __future__ import annotations

import argparse
import collections
import itertools
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from sanderling.dedup import cluster_events, cluster_of  # noqa: E402
from sanderling.evaluation.split import part_of  # noqa: E402

DEFAULT_SET = ROOT / "tests" / "resources" / "dedup_reports.jsonl"


def pairwise(records: list[dict], assigned: dict[str, str], part: str = "all") -> dict:
    """Pairwise precision/recall of a clustering against gold_event labels."""
    recs = [r for r in records if part == "all" or part_of(r["gold_event"]) == part]
    tp = fp = fn = 0
    for a, b in itertools.combinations(recs, 2):
        gold = a["gold_event"] == b["gold_event"]
        pred = assigned[a["id"]] == assigned[b["id"]]
        tp += gold and pred
        fp += pred and not gold
        fn += gold and not pred
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"part": part, "reports": len(recs), "events": len({x["gold_event"] for x in recs}),
            "tp": tp, "fp": fp, "fn": fn, "precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3)}


def evaluate_set(path: Path) -> list[dict]:
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    assigned = cluster_of(cluster_events(records))
    return [pairwise(records, assigned, part) for part in ("tuning", "check", "all")]


def corpus_counts(path: Path) -> dict:
    """Raw vs clustered event counts of a coded JSONL corpus."""
    events = []
    articles = 0
    by_text: dict[str, list[list[str]]] = collections.defaultdict(list)  # text -> event ids per copy
    with open(path, encoding="utf-8") as f:
        for line in f:
            result = json.loads(line)
            articles += 1
            art = result["article"]
            by_text[art["text"]].append([ev["id"] for ev in result["events"]])
            for ev in result["events"]:
                events.append({**ev, "article_id": art["id"], "published": art.get("published")})
    start = time.perf_counter()
    clusters = cluster_events(events)
    seconds = time.perf_counter() - start
    multi = [c for c in clusters if c.n_reports > 1]
    # Articles printed twice under two ids: each copy's i-th event should share a cluster
    # with the first copy's i-th event (the coder is deterministic, so the lists align).
    assigned = cluster_of(clusters)
    copies = merged = dup_articles = 0
    for versions in by_text.values():
        dup_articles += len(versions) - 1
        for other in versions[1:]:
            for first_id, other_id in zip(versions[0], other):
                copies += 1
                merged += assigned[first_id] == assigned[other_id]
    return {"articles": articles, "raw_events": len(events), "clusters": len(clusters),
            "clusters_over_several_articles": len(multi),
            "events_in_those": sum(c.n_events for c in multi),
            "largest_cluster_reports": max((c.n_reports for c in clusters), default=0),
            "dated_events": sum(1 for e in events if e.get("date")),
            "by_type": dict(collections.Counter(c.event for c in multi).most_common()),
            "duplicate_articles": dup_articles, "events_in_duplicate_copies": copies,
            "of_those_merged_with_the_original": merged,
            "seconds": round(seconds, 2)}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", type=Path, default=DEFAULT_SET, help="gold-labelled reports (JSONL)")
    parser.add_argument("--coded", type=Path, action="append", default=[],
                        help="coded corpus JSONL (sanderling code --output); repeatable")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    args = parser.parse_args(argv)
    rows = evaluate_set(args.set)
    corpora = {str(p): corpus_counts(p) for p in args.coded}
    if args.json:
        print(json.dumps({"invented_set": rows, "corpora": corpora}, indent=2))
        return 0
    print(f"pairwise clustering on {args.set.name}")
    print(f"{'part':8} {'reports':>7} {'events':>6} {'tp':>4} {'fp':>4} {'fn':>4} {'P':>6} {'R':>6} {'F1':>6}")
    for r in rows:
        print(f"{r['part']:8} {r['reports']:>7} {r['events']:>6} {r['tp']:>4} {r['fp']:>4} {r['fn']:>4} "
              f"{r['precision']:>6.3f} {r['recall']:>6.3f} {r['f1']:>6.3f}")
    for name, c in corpora.items():
        print(f"\n{name}: {c['articles']} articles, {c['raw_events']} raw events -> {c['clusters']} clusters "
              f"({c['clusters_over_several_articles']} clusters join {c['events_in_those']} events from "
              f"several articles; largest {c['largest_cluster_reports']} articles; "
              f"{c['dated_events']} events dated; {c['seconds']} s)")
        print(f"  {c['duplicate_articles']} articles are verbatim copies of another: "
              f"{c['of_those_merged_with_the_original']} of their {c['events_in_duplicate_copies']} events "
              f"share a cluster with the original's")
        print("  multi-article clusters by type:", c["by_type"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
