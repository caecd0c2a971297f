"""Draw a fixed random sample of emitted events from real articles, for a precision audit by hand.

The articles are the *check* part (`sanderling.evaluation.split`) of an unlabelled corpus,
by default ../shared/data/corpus/guardian_dev_100.jsonl, so nobody tuned on them. Each
sampled event is printed with its type, participants, flags, rule and evidence sentence; a
careful reader marks each one right or wrong in the sheet this writes (out/audit_sheet.md),
and `--tally SHEET` counts the marks. The seed fixes the sample, so two auditors see the
same 40 events.

A second, optional mark per event, ``guide: right|wrong``, records the reading of
ARTICLE_GUIDE.md itself, whose coders record planned, hypothetical and negated events with their
factuality flags: such an event can be wrong by the strict rule (it did not happen) and right
by the guide when the record carries the right flag. ``--tally`` prints both figures.

    python scripts/audit_precision.py [--corpus PATH] [--n 40] [--seed 7] [--out out/audit_sheet.md]
    python scripts/audit_precision.py --tally out/audit_sheet.md
"""
from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

from sanderling.evaluation.split import read_part


RIGHT, WRONG = {"right", "yes", "ok"}, {"wrong", "no"}


def tally(sheet: Path) -> int:
    """Count the ``verdict:`` marks; and, where an event also has a ``guide:`` mark, the second
    reading (the verdict counts for events without one)."""
    text = sheet.read_text(encoding="utf-8")
    events = re.split(r"^## ", text, flags=re.M)[1:]
    strict, guide = [], []
    for ev in events:
        verdict = re.search(r"^verdict: *(\w*)", ev, flags=re.M)
        second = re.search(r"^guide: *(\w+)", ev, flags=re.M)
        mark = verdict.group(1).lower() if verdict else ""
        strict.append(mark)
        guide.append(second.group(1).lower() if second else mark)
    judged = [m for m in strict if m in RIGHT | WRONG]
    if not judged:
        print(f"no verdicts in {sheet}: write 'verdict: right' or 'verdict: wrong' under each event", file=sys.stderr)
        return 2
    right = sum(m in RIGHT for m in judged)
    print(f"{right} of {len(judged)} judged events right: precision {right / len(judged):.2f} "
          f"({len(strict) - len(judged)} unjudged)")
    if any(g != m for g, m in zip(guide, strict)):
        g_judged = [g for g in guide if g in RIGHT | WRONG]
        g_right = sum(g in RIGHT for g in g_judged)
        print(f"guide reading ('guide:' marks): {g_right} of {len(g_judged)} right: precision "
              f"{g_right / len(g_judged):.2f}")
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=Path("../shared/data/corpus/guardian_dev_100.jsonl"))
    ap.add_argument("--part", default="check", choices=("check", "tuning", "all"))
    ap.add_argument("--n", type=int, default=40)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--out", type=Path, default=Path("out/audit_sheet.md"))
    ap.add_argument("--tally", type=Path, help="count the verdicts in a filled-in sheet and exit")
    args = ap.parse_args()
    if args.tally:
        return tally(args.tally)
    if not args.corpus.exists():
        print(f"no corpus at {args.corpus}: pass --corpus PATH", file=sys.stderr)
        return 2
    from sanderling.pipeline import code_articles
    from sanderling.records import Article

    records = read_part(args.corpus, args.part)
    articles = [Article(id=str(r["id"]), text=r["text"], published=r.get("date") or r.get("published"))
                for r in records]
    pool = []
    for result in code_articles(articles):
        for ev in result.to_dict()["events"]:
            pool.append((result.article.id, ev))
    rng = random.Random(args.seed)
    sample = rng.sample(pool, min(args.n, len(pool)))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    lines = [f"# Precision audit: {len(sample)} of {len(pool)} events from {len(articles)} {args.part}-part articles "
             f"of {args.corpus.name} (seed {args.seed})", ""]
    for i, (aid, ev) in enumerate(sample, 1):
        def names(side):
            return "; ".join(f"{e.get('text') or '-'} [{e.get('code') or 'null'}/{e.get('sector') or ''}]"
                             for e in ev.get(side) or []) or "-"
        flags = [k for k, v in (ev.get("factuality") or {}).items() if v]
        lines += [f"## {i}. {aid}  {ev.get('event')}/{ev.get('mode') or ''}  {ev.get('date') or ''} {flags or ''}",
                  f"actor: {names('actor')}", f"recipient: {names('recipient')}",
                  f"rule: {ev.get('why') or ev.get('rule')}", f"evidence: {(ev.get('evidence') or {}).get('text')}",
                  "verdict: ", ""]
    args.out.write_text("\n".join(lines), encoding="utf-8")
    print(f"{len(sample)} events of {len(pool)} written to {args.out}; mark each 'verdict: right|wrong', "
          f"then run --tally {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
