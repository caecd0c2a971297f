"""Train the soft-news gate: is an article an arts, celebrity, technology or business report?

Such reports use the event lexicon for acts that are not political ("teamed up with",
"battle zombies", "offered a cheaper service", "signed a deal to buy planes"); in them the gate
keeps only the events of states and political bodies (``sanderling.learned.soft_news_gate``).
The model is a three-label logistic regression, one independent weight vector per label
(``sanderling.learned.model``, the code of the sentence classifier and of the sport gate), over
the set of lower-cased words of an article.

Data: the BBC news corpus of ``../shared/data/corpus/bbc_news_2225.jsonl`` (Greene & Cunningham
2006, research use), whose ids carry the BBC section: ``entertainment``, ``tech`` and
``business`` are the labels, politics and sport the negatives. Repeated texts are kept once.
Training uses the tuning part of the ids only (``evaluation.split.part_of``); the threshold is
chosen there (the lowest tried that flags no politics or sport article and no foreign-news
tuning article, see ``--thresholds``; it is a constant of the module);
the figures printed for the check part and for the 100 foreign-news articles of
``guardian_dev_100.jsonl`` (no arts, technology or business reports) are the held-out estimate.
No text is shipped: the weights and the word list (words seen in at least ``--min-count``
training articles) go to ``src/sanderling/models/soft_news_gate``.

    python scripts/train_soft_news_gate.py ../shared/data [--out src/sanderling/models/soft_news_gate]
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from sanderling.evaluation.split import part_of  # noqa: E402
from sanderling.learned.model import fit  # noqa: E402
from sanderling.learned.soft_news_gate import LABELS, THRESHOLD, soft_news_probabilities  # noqa: E402
from sanderling.learned.sport_gate import WORD  # noqa: E402
from train_sport_gate import load_sections  # noqa: E402

THRESHOLDS_TRIED = (0.3, 0.35, 0.4, 0.45, 0.5, 0.6, 0.7)


def load(path: Path) -> list[tuple[str, str, str]]:
    """(id, text, label or "") for each distinct text of the BBC corpus."""
    return [(rid, text, section if section in LABELS else "") for rid, text, section in load_sections(path)]


def flags(model, rows, threshold: float) -> list[tuple[str, bool]]:
    out = []
    for _, text, label in rows:
        p = model.proba({"w:" + w for w in WORD.findall(text.lower())})
        out.append((label, max(p[lab] for lab in LABELS) >= threshold))
    return out


def report(name: str, model, rows, threshold: float) -> str:
    fl = flags(model, rows, threshold)
    parts = []
    for lab in LABELS:
        pos = sum(1 for lb, _ in fl if lb == lab)
        if pos:
            parts.append(f"{lab.lower()} {sum(1 for lb, f in fl if lb == lab and f)}/{pos}")
    neg = sum(1 for lb, _ in fl if not lb)
    parts.append(f"others flagged {sum(1 for lb, f in fl if not lb and f)}/{neg}")
    return f"{name:16s} @{threshold:.2f}: " + ", ".join(parts)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("shared_data", type=Path, help="the shared data folder (holds corpus/)")
    ap.add_argument("--out", type=Path, default=ROOT / "src/sanderling/models/soft_news_gate")
    ap.add_argument("--min-count", type=int, default=5)
    ap.add_argument("--thresholds", action="store_true", help="print the tuning figures of each threshold tried")
    ap.add_argument("--dry-run", action="store_true", help="print the figures, write nothing")
    args = ap.parse_args(argv)
    bbc = load(args.shared_data / "corpus" / "bbc_news_2225.jsonl")
    tuning = [r for r in bbc if part_of(r[0]) == "tuning"]
    check = [r for r in bbc if part_of(r[0]) == "check"]
    model = fit([{"w:" + w for w in WORD.findall(t.lower())} for _, t, _ in tuning],
                [{lab} if lab else set() for _, _, lab in tuning],
                labels=LABELS, min_count=args.min_count, l2=1e-3, steps=300, lr=0.05)
    if args.thresholds:
        for th in THRESHOLDS_TRIED:
            print(report("bbc tuning", model, tuning, th))
    model.meta.update({"data": "bbc_news_2225.jsonl tuning part (sections by id), repeated texts once",
                       "threshold": THRESHOLD, "articles": len(tuning)})
    print(report("bbc tuning", model, tuning, THRESHOLD))
    print(report("bbc check", model, check, THRESHOLD))
    guardian = [(str(r["id"]), r.get("text") or "", "") for r in
                map(json.loads, (args.shared_data / "corpus" / "guardian_dev_100.jsonl").open(encoding="utf-8"))]
    print(report("guardian (none)", model, guardian, THRESHOLD))
    if not args.dry_run:
        model.save(args.out)
        print(f"wrote {args.out} ({len(model.vocab)} words)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
