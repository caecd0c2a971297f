"""Train the sport gate: does an article report sport (a match, a race, a transfer)?

Sport reports are full of event verbs used as metaphors ("beat Canada's champion", "stormed to
the title", "battled back from injury", "was banned for two years"); none is a political event,
and a demanding user running the coder over a general news stream does not want them. The gate
is a one-label logistic regression (``sanderling.learned.model``, the code of the sentence
classifier) over the set of lower-cased words of an article.

Data: the BBC news corpus of ``../shared/data/corpus/bbc_news_2225.jsonl`` (Greene & Cunningham
2006, research use), whose ids carry the BBC section (``bbc-sport-...``); sport is the label,
the four other sections (business, entertainment, politics, tech) the negatives. Repeated texts
are kept once. Training uses the tuning part of the ids only (``evaluation.split.part_of``);
the figures printed for the check part (and for the 100 foreign-news articles of
``guardian_dev_100.jsonl``, none of them sport) are the held-out estimate. No text is
shipped: the weights and the word list (words seen in at least ``--min-count`` training
articles) go to ``src/sanderling/models/sport_gate``.

    python scripts/train_sport_gate.py ../shared/data [--out src/sanderling/models/sport_gate]
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from sanderling.evaluation.split import part_of  # noqa: E402
from sanderling.learned.model import fit  # noqa: E402
from sanderling.learned.sport_gate import LABEL, article_features, THRESHOLD  # noqa: E402


def load_sections(path: Path) -> list[tuple[str, str, str]]:
    """(id, text, section in capitals: SPORT, TECH, ...) for each distinct text of the BBC
    corpus, the section read from the id ("bbc-sport-012"); shared with train_soft_news_gate."""
    seen, out = set(), []
    with path.open(encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            text = r.get("text") or ""
            if text in seen:
                continue
            seen.add(text)
            rid = str(r["id"])
            out.append((rid, text, rid.split("-")[1].upper() if rid.count("-") >= 2 else ""))
    return out


def load(path: Path) -> list[tuple[str, str, bool]]:
    return [(rid, text, section == "SPORT") for rid, text, section in load_sections(path)]


def report(name: str, model, rows) -> None:
    flagged = [(is_sport, model.proba(article_features(text))[LABEL] >= THRESHOLD) for _, text, is_sport in rows]
    tp = sum(1 for s, f in flagged if s and f)
    fp = sum(1 for s, f in flagged if not s and f)
    pos = sum(1 for s, _ in flagged if s)
    neg = len(flagged) - pos
    print(f"{name:16s} sport {pos:4d} found {tp:4d} ({tp / max(pos, 1):.3f}); other {neg:4d} "
          f"flagged {fp:3d} ({fp / max(neg, 1):.4f})")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("shared_data", type=Path, help="the shared data folder (holds corpus/)")
    ap.add_argument("--out", type=Path, default=ROOT / "src/sanderling/models/sport_gate")
    ap.add_argument("--min-count", type=int, default=5)
    ap.add_argument("--dry-run", action="store_true", help="print the figures, write nothing")
    args = ap.parse_args(argv)
    bbc = load(args.shared_data / "corpus" / "bbc_news_2225.jsonl")
    tuning = [r for r in bbc if part_of(r[0]) == "tuning"]
    check = [r for r in bbc if part_of(r[0]) == "check"]
    model = fit([article_features(t) for _, t, _ in tuning], [{LABEL} if s else set() for _, _, s in tuning],
                labels=(LABEL,), min_count=args.min_count, l2=1e-3, steps=300, lr=0.05)
    model.meta.update({"data": "bbc_news_2225.jsonl tuning part (sections by id), repeated texts once",
                       "threshold": THRESHOLD, "articles": len(tuning)})
    report("bbc tuning", model, tuning)
    report("bbc check", model, check)
    guardian = [(str(r["id"]), r.get("text") or "", False) for r in
                map(json.loads, (args.shared_data / "corpus" / "guardian_dev_100.jsonl").open(encoding="utf-8"))]
    report("guardian (none)", model, guardian)
    if not args.dry_run:
        model.save(args.out)
        print(f"wrote {args.out} ({len(model.vocab)} words)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
