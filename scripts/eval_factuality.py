"""Factuality flags against the gold: how often the coder's negated/future/hypothetical/historical
flags agree with the annotators' on the events both found.

Reads the system outputs that `scripts/eval_all.py` writes (OUT/news36.out.jsonl, OUT/bbc12.out.jsonl (annotator A),
OUT/news300.out.jsonl) and the gold in ../shared/data (read from the path, never copied).
A system event is paired with a gold event of the same type whose trigger words overlap
(news300: same sentence; news36: the system evidence sentence overlaps the gold one),
greedily, one to one. For each flag it prints, per part (tuning / check), the agreement on
paired events and the flag's precision/recall/F1 (gold flag = positive).

    python scripts/eval_factuality.py out/X [--shared ../shared] [--json out/X/factuality.json]
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

from sanderling.evaluation.split import PARTS, part_of

FLAGS = ("negated", "future", "hypothetical", "historical")
WORD = re.compile(r"\w+")


def _words(text: str) -> set:
    return {w.lower() for w in WORD.findall(text or "")}


def read_jsonl(path: Path) -> list:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def gold_events(name: str, rec: dict) -> list:
    """(type, trigger words, span or None, flags) per gold event."""
    out = []
    for e in rec.get("events", []):
        if name == "news300":
            flags = {k: bool(e.get(k)) for k in FLAGS if k != "historical"}
            out.append((e["plover"], _words(e.get("event_text")), None, flags))
        else:
            span = (e.get("evidence_start"), e.get("evidence_end"))
            if span[0] is None:
                i = rec["text"].find(e.get("evidence", ""))
                span = (i, i + len(e.get("evidence", ""))) if i >= 0 else None
            out.append((e["event"], _words(e.get("event_text")), span, dict(e.get("factuality") or {})))
    return out


def pairs(name: str, gold: dict, system: dict) -> list:
    """[(gold flags, system flags)] for paired events."""
    found = []
    for rid, rec in gold.items():
        sys_rec = system.get(rid)
        if sys_rec is None:
            continue
        g_events = gold_events(name, rec)
        used = set()
        for ev in sys_rec.get("events", []):
            trig = _words(ev.get("event_text"))
            best, best_score = None, 0
            for i, (etype, words, span, _flags) in enumerate(g_events):
                if i in used or etype != ev["event"]:
                    continue
                ev_span = (ev.get("evidence") or {}).get("start", -1), (ev.get("evidence") or {}).get("end", -1)
                if span is not None and not (ev_span[0] < span[1] and span[0] < ev_span[1]):
                    continue
                score = len(trig & words) + 0.5     # same type (and sentence) is a weak pair
                if score > best_score:
                    best, best_score = i, score
            if best is not None:
                used.add(best)
                found.append((g_events[best][3], ev.get("factuality") or {}))
    return found


def score(found: list) -> dict:
    res = {"pairs": len(found)}
    for flag in FLAGS:
        tp = sum(1 for g, s in found if g.get(flag) and s.get(flag))
        fp = sum(1 for g, s in found if not g.get(flag) and s.get(flag))
        fn = sum(1 for g, s in found if g.get(flag) and not s.get(flag))
        agree = sum(1 for g, s in found if bool(g.get(flag)) == bool(s.get(flag)))
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        res[flag] = {"agree": round(agree / len(found), 4) if found else 0.0, "tp": tp, "fp": fp, "fn": fn,
                     "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0}
    return res


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out", type=Path, help="an eval_all.py --out folder")
    ap.add_argument("--shared", type=Path, default=Path("../shared"))
    ap.add_argument("--json", type=Path)
    args = ap.parse_args()
    data = args.shared / "data"
    files = {"news36": "news36_events.jsonl", "bbc12": "bbc12_events_A.jsonl", "news300": "news_sentences_300.jsonl"}
    summary = {}
    for name, fname in files.items():
        sys_path = args.out / f"{name}.out.jsonl"
        if not sys_path.exists() or not (data / fname).exists():
            print(f"skip {name}: need {sys_path} and {data / fname}", file=sys.stderr)
            continue
        gold = {str(r["id"]): r for r in read_jsonl(data / fname)}
        system = {str(r["id"]): r for r in read_jsonl(sys_path)}
        summary[name] = {}
        for part in PARTS:
            g = {k: v for k, v in gold.items() if part_of(k) == part}
            summary[name][part] = score(pairs(name, g, system))
    for name, parts in summary.items():
        for part, res in parts.items():
            cells = "  ".join(f"{f}: agree {res[f]['agree']:.3f} tp/fp/fn {res[f]['tp']}/{res[f]['fp']}/{res[f]['fn']}"
                              for f in FLAGS if not (name == "news300" and f == "historical"))
            print(f"{name:8} {part:7} pairs {res['pairs']:4}  {cells}")
    if args.json:
        args.json.write_text(json.dumps(summary, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
