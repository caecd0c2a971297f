"""`make eval`: code the gold sets in ../shared/data and run the reference scorers on them.

The gold text is read from a path and never copied into the repo. Output files and the
scorers' figures go to --out (default out/). Each step prints the exact command it ran so
a figure in the notes can be reproduced by hand.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

from sanderling.pipeline import code_articles
from sanderling.records import Article


def code_jsonl(gold: Path, out: Path, *, limit: int | None = None) -> tuple[int, float]:
    """Code every gold record's text; returns (records, seconds) for the coding alone."""
    records = [json.loads(line) for line in gold.open(encoding="utf-8") if line.strip()]
    if limit:
        records = records[:limit]
    articles = [Article(id=str(r["id"]), text=r["text"], published=r.get("date")) for r in records]
    t0 = time.perf_counter()
    with out.open("w", encoding="utf-8") as f:
        for result in code_articles(articles):
            d = result.to_dict()
            f.write(json.dumps({"id": result.article.id, **d}, ensure_ascii=False) + "\n")
    return len(records), time.perf_counter() - t0


def run(cmd: list[str], log: Path) -> str:
    print("$ " + " ".join(cmd), flush=True)
    proc = subprocess.run(cmd, capture_output=True, text=True)
    text = proc.stdout + proc.stderr
    print(text, flush=True)
    log.write_text("$ " + " ".join(cmd) + "\n" + text, encoding="utf-8")
    return text


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=Path("../shared"))
    ap.add_argument("--out", type=Path, default=Path("out"))
    ap.add_argument("--skip-quotes", action="store_true", help="skip the 928-article quote set (slowest)")
    args = ap.parse_args()
    data, scorers, out = args.shared / "data", args.shared / "eval", args.out
    if not data.is_dir():
        print(f"no gold data at {data}: pass --shared PATH", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    py = sys.executable
    timings = {}
    for name in ("plover_gsr_dev", "petrarch2_validation"):
        n, secs = code_jsonl(data / f"{name}.jsonl", out / f"{name}.out.jsonl")
        timings[name] = {"records": n, "seconds": round(secs, 2)}
        run([py, str(scorers / "score.py"), str(data / f"{name}.jsonl"), str(out / f"{name}.out.jsonl"),
             "--by-type"], out / f"{name}.score.txt")
    n, secs = code_jsonl(data / "bbc12_events_A.jsonl", out / "bbc12.out.jsonl")
    timings["bbc12"] = {"records": n, "seconds": round(secs, 2)}
    run([py, str(scorers / "score_articles.py"), str(data / "bbc12_events_A.jsonl"),
         str(data / "bbc12_events_B.jsonl"), str(out / "bbc12.out.jsonl")], out / "bbc12.score.txt")
    if not args.skip_quotes and Path("scripts/eval_quotes.py").exists():
        gold = str(data / "polnear_attribution_dev.jsonl")
        run([py, "scripts/eval_quotes.py", gold, str(out / "quotes.out.jsonl")], out / "quotes.code.txt")
        run([py, str(scorers / "score_quotes.py"), gold, str(out / "quotes.out.jsonl")], out / "quotes.score.txt")
        run([py, str(scorers / "score_quotes.py"), gold, str(out / "quotes.out.jsonl"), "--all"],
            out / "quotes_all.score.txt")
    if Path("scripts/eval_event_location.py").exists():
        run([py, "scripts/eval_event_location.py", "--data", str(data / "event_location_dev.jsonl")],
            out / "event_location.score.txt")
    (out / "timings.json").write_text(json.dumps(timings, indent=2))
    print(json.dumps(timings, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
