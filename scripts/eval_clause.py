"""The clause module alone, on the gold triggers: does `clause.clause_facts` on the annotators'
trigger word agree with their negated / future / hypothetical flags?

For every gold event of news36 and news300 whose trigger words can be
found in its evidence sentence, the sentence is parsed and clause_facts is asked about the
trigger token (its first verb, else the head of the trigger words) and factuality's
`flags_from_clause` turns the answer into flags for the gold type. Per part (tuning / check)
it prints each flag's tp/fp/fn against the gold, and how many *recorded* gold events
the module calls purpose or obligation (events the coder would drop if it dropped those).
The gold is read from ../shared/data, never copied.

    python scripts/eval_clause.py [--shared ../shared] [--show-tuning-errors]
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from sanderling.annotators.clause import clause_facts
from sanderling.annotators.factuality import flags_from_clause, trigger_token
from sanderling.evaluation.split import PARTS, part_of

FLAGS = ("negated", "future", "hypothetical")
SETS = {"news36": "news36_events.jsonl", "news300": "news_sentences_300.jsonl"}   # (bbc12 gold has no trigger words)


def items(name: str, rec: dict):
    """(sentence text, trigger words, gold type, gold flags) per gold event."""
    for e in rec.get("events", []):
        if name == "news300":
            yield rec["text"], e.get("event_text") or "", e["plover"], {k: bool(e.get(k)) for k in FLAGS}
        else:
            s, t = e.get("evidence_start"), e.get("evidence_end")
            sent = rec["text"][s:t] if s is not None else e.get("evidence", "")
            yield sent, e.get("event_text") or "", e["event"], {k: bool((e.get("factuality") or {}).get(k)) for k in FLAGS}


def trigger(doc, words: str):
    """The token clause_facts should read: first verb of the trigger words, else their head."""
    i = doc.text.find(words)
    if i < 0 or not words:
        first = words.split()[0] if words.split() else ""
        i = doc.text.find(first) if first else -1
        words = first
    if i < 0:
        return None
    return trigger_token(doc, i, i + len(words))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=Path("../shared"))
    ap.add_argument("--show-tuning-errors", action="store_true")
    args = ap.parse_args()
    from sanderling.nlp import get_nlp
    nlp = get_nlp(())
    data = args.shared / "data"
    if not data.is_dir():
        print(f"no gold data at {data}: pass --shared PATH", file=sys.stderr)
        return 2
    for name, fname in SETS.items():
        counts = {p: {"events": 0, "found": 0, "purpose": 0, "obligation": 0,
                      **{f: [0, 0, 0] for f in FLAGS}} for p in PARTS}
        with (data / fname).open(encoding="utf-8") as fh:
            recs = [json.loads(line) for line in fh if line.strip()]
        for rec in recs:
            part = part_of(str(rec["id"]))
            c = counts[part]
            for sent, words, etype, gold in items(name, rec):
                c["events"] += 1
                tok = trigger(nlp(sent), words)
                if tok is None:
                    continue
                c["found"] += 1
                facts = clause_facts(tok)
                flags = flags_from_clause(facts, etype)      # what factuality would set, given the type
                c["purpose"] += facts.purpose
                c["obligation"] += facts.obligation
                for f in FLAGS:
                    g, s = gold[f], flags[f]
                    c[f][0] += g and s
                    c[f][1] += s and not g
                    c[f][2] += g and not s
                    if args.show_tuning_errors and part == "tuning" and g != s:
                        print(f"  {name} {f} {'gold' if g else 'sys'} {words!r} {facts.cues}")
                if args.show_tuning_errors and part == "tuning" and (facts.purpose or facts.obligation):
                    print(f"  {name} recorded event called {'purpose' if facts.purpose else 'obligation'}: "
                          f"{words!r} {facts.cues}")
        for part in PARTS:
            c = counts[part]
            cells = "  ".join(f"{f} tp/fp/fn {c[f][0]}/{c[f][1]}/{c[f][2]}" for f in FLAGS)
            print(f"{name:8} {part:7} events {c['events']:4} found {c['found']:4}  {cells}  "
                  f"purpose {c['purpose']}  obligation {c['obligation']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
