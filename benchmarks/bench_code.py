"""Throughput and peak memory of coding articles, against spaCy's own parse as the baseline.

Usage:
    python benchmarks/bench_code.py ../shared/data/corpus/bbc_news_2225.jsonl --limit 300

The machine is shared and noisy, so the figure that matters is the ratio: Sanderling's
articles/s divided by the bare spaCy model's articles/s on the same texts, measured in the
same process, alternating runs. Results go to stdout as JSON (and --json-out).
"""
from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path


def load_texts(path: Path, limit: int) -> list[str]:
    texts = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            rec = json.loads(line)
            texts.append(rec.get("text") or "")
            if len(texts) >= limit:
                break
    return texts


def timed(fn) -> float:
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", type=Path, help="JSONL with a 'text' field per line")
    ap.add_argument("--limit", type=int, default=300)
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--json-out", type=Path)
    args = ap.parse_args()

    from sanderling.nlp import get_nlp, load_model
    from sanderling.pipeline import code_articles
    from sanderling.records import Article

    texts = load_texts(args.corpus, args.limit)
    chars = sum(len(t) for t in texts)
    baseline = load_model()
    nlp = get_nlp()
    articles = [Article(id=str(i), text=t, published="2005-06-01") for i, t in enumerate(texts)]
    # Warm up both pipelines (lexicon loading, first-call costs) before timing.
    list(baseline.pipe(texts[:5]))
    list(code_articles(articles[:5], nlp=nlp))

    base_times, ours_times, events = [], [], 0
    for _ in range(args.rounds):
        base_times.append(timed(lambda: list(baseline.pipe(texts, batch_size=16))))
        results = []
        ours_times.append(timed(lambda: results.extend(code_articles(articles, nlp=nlp, batch_size=16))))
        events = sum(len(r.events) for r in results)
    base, ours = min(base_times), min(ours_times)
    report = {
        "articles": len(texts), "chars": chars, "events": events,
        "spacy_articles_per_s": round(len(texts) / base, 2),
        "sanderling_articles_per_s": round(len(texts) / ours, 2),
        "ratio_to_spacy_parse": round(base / ours, 3),
        "peak_rss_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "rounds": args.rounds,
    }
    print(json.dumps(report, indent=2))
    if args.json_out:
        args.json_out.write_text(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
