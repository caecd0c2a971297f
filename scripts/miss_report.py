"""List the gold article events the system misses on the TUNING part, with what it found there.

For each core gold event that `score_articles.py` leaves unmatched, the report gives the gold
type, codes and trigger, and the system events whose evidence overlaps the gold evidence
(same type -> a participant problem; other type -> another event of the sentence or a type
problem; none -> nothing was detected there). Tuning records only, by construction.

    python scripts/miss_report.py GOLD.jsonl SYSTEM.jsonl [--json] [--shared ../shared]

GOLD is an article gold file (e.g. ../shared/data/news36_events.jsonl), SYSTEM the coded
output of the same articles (e.g. out/news36.out.jsonl from `make eval`). The counts by cause
go to stderr.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from sanderling.evaluation.split import part_of

sa = None  # the reference scorer module (../shared/eval/score_articles.py), imported in main()


def ent(lst):
    return ",".join(f"{e.get('code')}/{e.get('sector')}:{(e.get('text') or '')[:25]}" for e in lst or []) or "-"


def main() -> int:
    global sa
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold", type=Path, help="article gold JSONL")
    ap.add_argument("system", type=Path, help="coded output JSONL of the same articles")
    ap.add_argument("--json", action="store_true", help="one JSON object per missed event")
    ap.add_argument("--shared", type=Path, default=Path("../shared"), help="folder holding eval/score_articles.py")
    args = ap.parse_args()
    scorer = args.shared / "eval" / "score_articles.py"
    if not scorer.is_file():
        print(f"no reference scorer at {scorer}: pass --shared PATH (the folder that holds eval/)", file=sys.stderr)
        return 2
    for p in (args.gold, args.system):
        if not p.is_file():
            print(f"no such file: {p}", file=sys.stderr)
            return 2
    sys.path.insert(0, str(scorer.parent))
    import score_articles  # the reference scorer's own matching
    sa = score_articles
    gold_path, sys_path = args.gold, args.system
    gold = {str(r["id"]): r for r in map(json.loads, open(gold_path, encoding="utf-8"))}
    system = {str(r["id"]): r for r in map(json.loads, open(sys_path, encoding="utf-8"))}
    rows = []
    cause = Counter()
    for aid, g in gold.items():
        if part_of(aid) != "tuning":
            continue
        gev = g.get("events") or []
        sev = (system.get(aid) or {}).get("events") or []
        gn, sn = [sa.norm(e) for e in gev], [sa.norm(e) for e in sev]
        matched = {i for i, _ in sa.one_to_one(gn, sn)}
        for i, e in enumerate(gev):
            if i in matched:
                continue
            gs = sa.span(e)
            near = [k for k, s in enumerate(sev) if (sp := sa.span(s)) and gs and sp[0] < gs[1] and gs[0] < sp[1]]
            same = [k for k in near if sn[k]["type"] == gn[i]["type"]]
            c = "same_type_wrong_codes" if same else ("other_type_here" if near else "nothing_here")
            cause[c] += 1
            rows.append({"id": aid, "cause": c, "type": gn[i]["type"], "mode": e.get("mode"),
                         "actor": ent(e.get("actor")), "recipient": ent(e.get("recipient")),
                         "trigger": e.get("event_text"), "evidence": e.get("evidence"),
                         "system_here": [f"{sev[k]['event']} {ent(sev[k]['actor'])} -> {ent(sev[k]['recipient'])}"
                                         f" [{sev[k].get('event_text')}] <{sev[k].get('why')}>" for k in near]})
    if args.json:
        for r in rows:
            print(json.dumps(r, ensure_ascii=False))
    else:
        for r in rows:
            print(f"## {r['id']} {r['cause']} {r['type']}/{r['mode']}  {r['actor']} -> {r['recipient']}  [{r['trigger']}]")
            print(f"   {r['evidence']}")
            for s in r["system_here"]:
                print(f"   sys: {s}")
    print(dict(cause), "missed", len(rows), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
