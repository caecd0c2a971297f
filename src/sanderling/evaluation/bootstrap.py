"""How sure a figure is: bootstrap intervals over records, for the tuning/check table.

The check parts are small (10 articles of news36, 20 PLOVER sentences of petrarch), so one
event more or less moves a check figure by a point or more. ``make eval`` prints, beside each
check figure, the interval that resampling its records gives, and the interval of the gap
between check and tuning: a gap whose interval holds 0 is within what chance alone gives,
one whose interval lies wholly beyond 0.05 is not.

How: the reference scorers (``../shared/eval``, stdlib only) are imported, not copied, and
their own matching functions give each record's counts (true positives, system events, gold
events); summed over all records these reproduce the scorer's figure exactly (checked by
``scripts/eval_all.py``, which prints a warning if not). Records are drawn with replacement
``DRAWS`` times with a fixed seed (the same run gives the same intervals), F1 is computed from
the summed counts of each draw, and the interval is the central ``LEVEL`` of those values.
A gap draws tuning and check records independently.
"""
from __future__ import annotations

import importlib.util
import json
import random
from pathlib import Path
from types import ModuleType
from typing import Optional

#: resamples per interval: enough that the ends of a 95% interval move by under 0.005
#: between seeds on sets of this size, few enough to add seconds, not minutes, to make eval
DRAWS = 1000
#: central share of the resampled values the interval covers
LEVEL = 0.95
SEED = 13
#: fewer records than this give no interval: resampling 4 articles cannot show how much a
#: fifth would move the figure (the interval comes out far too narrow)
MIN_RECORDS = 10

#: one record's counts: (true positives for recall, gold events, true positives for precision,
#: system events); sentence scorers count one tp for both
Counts = tuple[int, int, int, int]


def load_scorer(path: Path) -> ModuleType:
    """Import a reference scorer (score.py, score_articles.py) from its file."""
    spec = importlib.util.spec_from_file_location(f"_scorer_{path.stem}", path)
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot import the scorer at {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def sentence_counts(scorer: ModuleType, gold_path: Path, sys_path: Path, measure: str) -> list[Counts]:
    """Per gold record counts of ``measure`` ("type", "actor" or "dyad") as score.py counts them."""
    system: dict = {}
    for rec in _jsonl(sys_path):
        system.setdefault(str(rec.get("id")), []).append(rec)
    out = []
    for g in _jsonl(gold_path):
        s_ev = [e for r in system.get(str(g["id"]), []) for e in scorer.system_events(r)]
        gt, ga, _, gd = scorer.sets_for(scorer.gold_events(g), True)
        st, sa, _, sd = scorer.sets_for(s_ev, False)
        if measure == "dyad":
            tp, fp, fn = scorer.dyad_match(gd, sd)
        else:
            gset, sset = (gt, st) if measure == "type" else (ga, sa)
            tp, fp, fn = len(gset & sset), len(sset - gset), len(gset - sset)
        out.append((tp, tp + fn, tp, tp + fp))
    return out


def article_counts(scorer: ModuleType, gold_a: Path, gold_b: Path, sys_path: Path,
                   located: bool = False) -> list[Counts]:
    """Per article counts as score_articles.py counts them (core events of two annotators, or
    all events of one when both paths are the same file)."""
    A, B, S = scorer.load(str(gold_a)), scorer.load(str(gold_b)), scorer.load(str(sys_path))
    single = Path(gold_a) == Path(gold_b)
    out = []
    try:
        for k in A:
            a, b, s = A[k], B.get(k, []), S.get(k, [])
            scorer.LOCATED = False
            pairs = [(i, i) for i in range(len(a))] if single else scorer.one_to_one(a, b)
            core = [dict(a[i], spans=a[i]["spans"] + ([] if single else b[j]["spans"])) for i, j in pairs]
            matched_b = {j for _, j in pairs}
            union = a if single else a + [e for j, e in enumerate(b) if j not in matched_b]
            scorer.LOCATED = located
            tp_r = len(scorer.one_to_one(core, s))
            pool = a + b if located and not single else union
            tp_p = sum(1 for e in s if any(scorer.match(e, u) for u in pool))
            out.append((tp_r, len(core), tp_p, len(s)))
    finally:
        scorer.LOCATED = False
    return out


def f1(counts: list[Counts]) -> float:
    """F1 from summed counts: recall tp / gold, precision tp / system."""
    tp_r, gold, tp_p, system = (sum(c[i] for c in counts) for i in range(4))
    r = tp_r / gold if gold else 0.0
    p = tp_p / system if system else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def _draws(counts: list[Counts], rng: random.Random) -> list[float]:
    n = len(counts)
    return [f1([counts[rng.randrange(n)] for _ in range(n)]) for _ in range(DRAWS)]


def _central(values: list[float]) -> tuple[float, float]:
    values = sorted(values)
    cut = (1 - LEVEL) / 2
    lo = values[int(cut * (len(values) - 1))]
    hi = values[int(round((1 - cut) * (len(values) - 1)))]
    return round(lo, 3), round(hi, 3)


def interval(counts: list[Counts], seed: int = SEED) -> Optional[tuple[float, float]]:
    """The LEVEL interval of F1 over records drawn with replacement; None for fewer than
    MIN_RECORDS records."""
    if len(counts) < MIN_RECORDS:
        return None
    return _central(_draws(counts, random.Random(seed)))


def gap_interval(tuning: list[Counts], check: list[Counts], seed: int = SEED) -> Optional[tuple[float, float]]:
    """The LEVEL interval of check F1 minus tuning F1, each part drawn on its own; None when
    either part has fewer than MIN_RECORDS records."""
    if len(tuning) < MIN_RECORDS or len(check) < MIN_RECORDS:
        return None
    rng = random.Random(seed)
    t, c = _draws(tuning, rng), _draws(check, rng)
    return _central([b - a for a, b in zip(t, c)])
