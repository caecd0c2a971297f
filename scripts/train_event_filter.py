"""Train the learned precision filter (``sanderling_event_filter``) on the TUNING parts only.

    python scripts/train_event_filter.py [--shared ../shared] [--extra FILE ...] [--out DIR]

Training units are the rule coder's own candidate events (the pipeline without the learned
steps) on the tuning records, each labelled by the gold:
- sentence sets (gsr, petrarch, news300): a candidate is right when its type is among the
  record's gold types;
- article sets (news36, bbc12 A+B union) and --extra annotations (default: the blind silver
  annotations data/annotations/guardian_dev_100.events.jsonl, read with their text from
  ../shared/data/corpus): right when a gold event of the same type has evidence overlapping
  the candidate's sentence. Silver negatives weigh --silver-negative (the silver annotator
  finds about two thirds of the gold's events, so some of its "false alarms" are real).

Steps: (1) parse and rule-code every record; (2) out-of-fold sentence-classifier
probabilities (the recipe of models/event_classifier, gold sets only) so that the filter never
sees a probability from a model that trained on the same record; (3) five-fold out-of-fold
filter probabilities (folds by a hash of the record id), on which the drop threshold is
chosen to maximise the mean (unit, type) F1 of the gold groups (sentence sets; gold article
sentences), the silver articles reported but not used for the choice; (4) the final model on
every unit, written with its threshold. No random numbers: re-runs write the same files.
The check parts are never read.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import train_event_classifier as tec  # noqa: E402  (loaders shared with the sentence classifier)

from sanderling.learned import event_filter as ef  # noqa: E402
from sanderling.learned.features import sentence_features  # noqa: E402
from sanderling.learned.model import LABELS, fit  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUT = ROOT / "src" / "sanderling" / "models" / "event_filter"
DEFAULT_EXTRA = [ROOT / "data" / "annotations" / "guardian_dev_100.events.jsonl"]
#: Drop thresholds searched (probability of KEEP below which a candidate is dropped).
THRESHOLDS = (0.0, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5)
#: Sentence-classifier recipe (as models/event_classifier was trained).
SENT_FIT = dict(min_count=2, l2=1e-5, steps=300, lr=0.1, class_weight=3.0)


def overlaps(a0, a1, b0, b1) -> bool:
    return a0 < b1 and b0 < a1


def collect(sents, arts, nlp, verb_types):
    """Parse + rule-code; per record: doc, events, sentence units (for the sentence model)."""
    from sanderling.annotators.base import layer
    from sanderling.pipeline import _make_doc
    from sanderling.records import Article

    records = sents + arts
    docs = nlp.pipe((_make_doc(nlp, Article(id=r["id"], text=r["text"], published=r.get("date")))
                     for r in records), batch_size=16)
    out = []
    for rec, doc in zip(records, docs):
        events = list(layer(doc, "events"))
        spans = [(s.start_char, s.end_char) for s in doc.sents]
        if "types" in rec:
            sunits = [{"features": sentence_features(doc[:], verb_types), "gold": set(rec["types"])}]
            sent_index = {s[0]: 0 for s in spans}          # the whole record is one unit
        else:
            gold: list[set[str]] = [set() for _ in spans]
            for ev in rec["events"]:
                i = tec.event_sentence(ev, spans, doc.text)
                if i is not None and tec.gold_type(ev) in LABELS:
                    gold[i].add(tec.gold_type(ev))
            sunits = [{"features": sentence_features(s, verb_types), "gold": gold[i]}
                      for i, s in enumerate(doc.sents)]
            sent_index = {s[0]: i for i, s in enumerate(spans)}
        out.append({"rec": rec, "doc": doc, "events": events, "sunits": sunits, "sent_index": sent_index})
    return out


def _codes(refs) -> set[str]:
    """Country codes of a side as the article scorer compares them (first three letters)."""
    out = set()
    for r in refs or []:
        c = r.get("code") if isinstance(r, dict) else r.code
        if c:
            out.add(str(c).upper()[:3])
    return out


def scorer_match(ev, g: dict) -> bool:
    """score_articles.py's (not located) match: same type, and each side's codes intersect or
    are both empty (or, direction-agnostic, the parties overlap)."""
    if tec.gold_type(g) != ev.event:
        return False
    a, r, ga, gr = _codes(ev.actor), _codes(ev.recipient), _codes(g.get("actor")), _codes(g.get("recipient"))
    side = lambda x, y: (not x and not y) or bool(x & y)  # noqa: E731
    return (side(a, ga) and side(r, gr)) or (bool((a | r) & (ga | gr)) and (not r or not gr))


def label(rec: dict, ev, how: str = "located") -> bool:
    """Is the candidate right? Sentence records: its type is a gold type. Articles ("located"):
    a gold event of its type has evidence overlapping its sentence; ("either"): that, or it
    matches a gold event anywhere in the article as the article scorer matches (type + codes)."""
    if "types" in rec:
        return ev.event in rec["types"]
    s, e = ev.evidence.start, ev.evidence.end
    located = any(tec.gold_type(g) == ev.event and g.get("evidence_start") is not None
                  and overlaps(s, e, g["evidence_start"], g["evidence_end"]) for g in rec["events"])
    if how == "located" or located:
        return located
    return any(scorer_match(ev, g) for g in rec["events"])


def group_of(rec: dict) -> str:
    if "types" in rec:
        return "sentences"
    return "silver" if rec["set"] == "extra" else "articles"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", type=Path, default=ROOT / ".." / "shared")
    ap.add_argument("--extra", type=Path, nargs="*", default=DEFAULT_EXTRA)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--silver-negative", type=float, default=0.5, help="weight of a silver 'false alarm' label")
    ap.add_argument("--no-sentence-probs", action="store_true")
    ap.add_argument("--label", choices=("located", "either"), default="either",
                    help="when an article candidate counts as right (see label())")
    ap.add_argument("--steps", type=int, default=300)
    ap.add_argument("--lr", type=float, default=0.1)
    ap.add_argument("--l2", type=float, default=1e-4)
    ap.add_argument("--min-count", type=int, default=2)
    ap.add_argument("--max-recall-loss", type=float, default=0.01,
                    help="the threshold may cost at most this much (unit, type) recall in either gold group")
    a = ap.parse_args(argv)
    data = a.shared / "data"
    if not data.is_dir():
        print(f"no gold data at {data}: pass --shared PATH (the folder that holds data/)", file=sys.stderr)
        return 2
    t0 = time.perf_counter()
    from sanderling.nlp import COMPONENTS, add_components, load_model
    nlp = add_components(load_model(), tuple(n for n, _ in COMPONENTS
                                             if n not in {ef.COMPONENT, "sanderling_event_classifier"}))
    sents, arts = tec.load_records(data, a.extra or None)
    verb_types = tec.build_verb_types(data)
    recs = collect(sents, arts, nlp, verb_types)
    print(f"tuning records: {len(sents)} sentences, {len(arts)} articles "
          f"({sum(r['set'] == 'extra' for r in arts)} silver); parsed in {time.perf_counter() - t0:.1f}s")

    folds = max(2, a.folds)
    fold = [tec.fold_of(r["rec"]["id"], folds) for r in recs]
    # (2) out-of-fold sentence probabilities, sentence model on the gold sets only
    sprobs: list[list[dict]] = [[{} for _ in r["sunits"]] for r in recs]
    if not a.no_sentence_probs:
        for k in range(folds):
            tr = [(u["features"], u["gold"]) for i, r in enumerate(recs)
                  if fold[i] != k and r["rec"]["set"] != "extra" for u in r["sunits"]]
            m = fit([f for f, _ in tr], [g for _, g in tr], **SENT_FIT)
            for i, r in enumerate(recs):
                if fold[i] == k:
                    sprobs[i] = [m.proba(u["features"]) for u in r["sunits"]]

    # candidate units
    items = []
    for i, r in enumerate(recs):
        evs = r["events"]
        counts: dict[int, int] = {}
        for ev in evs:
            counts[ev.evidence.start] = counts.get(ev.evidence.start, 0) + 1
        for ev in evs:
            si = r["sent_index"].get(ev.evidence.start, 0 if "types" in r["rec"] else None)
            p = sprobs[i][si].get(ev.event) if (si is not None and sprobs[i][si]) else None
            y = label(r["rec"], ev, a.label)
            g = group_of(r["rec"])
            items.append({"r": i, "sent": si, "type": ev.event, "y": int(y), "group": g, "fold": fold[i],
                          "w": a.silver_negative if (g == "silver" and not y) else 1.0,
                          "f": ef.event_features(r["doc"], ev, counts[ev.evidence.start], p)})
    for g in ("sentences", "articles", "silver"):
        its = [it for it in items if it["group"] == g]
        print(f"  {g:9s}: {len(its)} candidates, {sum(it['y'] for it in its)} right "
              f"({sum(it['y'] for it in its) / max(1, len(its)):.2f})")

    def train(its):
        return fit([it["f"] for it in its], [{ef.LABEL} if it["y"] else set() for it in its], labels=(ef.LABEL,),
                   min_count=a.min_count, l2=a.l2, steps=a.steps, lr=a.lr,
                   sample_weight=[it["w"] for it in its])

    # (3) out-of-fold filter probabilities
    oof = np.zeros(len(items))
    for k in range(folds):
        m = train([it for it in items if it["fold"] != k])
        for j, it in enumerate(items):
            if it["fold"] == k:
                oof[j] = m.proba(it["f"])[ef.LABEL]

    gold_units = {}   # group -> set of (record, sentence, type) gold pairs
    for i, r in enumerate(recs):
        g = group_of(r["rec"])
        for si, u in enumerate(r["sunits"]):
            for t in u["gold"]:
                gold_units.setdefault(g, set()).add((i, si, t))

    def figures(th: float, group: str):
        its = [(j, it) for j, it in enumerate(items) if it["group"] == group]
        sys_pairs = {(it["r"], it["sent"], it["type"]) for j, it in its if oof[j] >= th}
        gold = gold_units.get(group, set())
        tp = len(sys_pairs & gold)
        p = tp / len(sys_pairs) if sys_pairs else 0.0
        rc = tp / len(gold) if gold else 0.0
        f = 2 * p * rc / (p + rc) if p + rc else 0.0
        dt = sum(it["y"] for j, it in its if oof[j] < th)
        df = sum(1 - it["y"] for j, it in its if oof[j] < th)
        return p, rc, f, dt, df

    base = {g: figures(0.0, g) for g in ("sentences", "articles", "silver")}
    best = (0.0, (base["sentences"][2] + base["articles"][2]) / 2)
    print("  threshold | sentences P/R/F1 dropped(true/false) | articles ... | silver ...   (out-of-fold, tuning)")
    for th in THRESHOLDS:
        row = {g: figures(th, g) for g in ("sentences", "articles", "silver")}
        obj = (row["sentences"][2] + row["articles"][2]) / 2
        ok = all(base[g][1] - row[g][1] <= a.max_recall_loss for g in ("sentences", "articles"))
        print(f"  {th:4.2f} " + " | ".join("%.3f/%.3f/%.3f %d/%d" % row[g] for g in row)
              + f"  obj {obj:.4f}{'' if ok else ' (recall loss too big)'}")
        if ok and obj > best[1] + 1e-9:
            best = (th, obj)
    th = best[0]
    print(f"  chosen threshold {th} (objective {best[1]:.4f}; no filter "
          f"{(base['sentences'][2] + base['articles'][2]) / 2:.4f})")

    # (4) the final model
    model = train(items)
    model.meta.update({"threshold": th, "sentence_probs": not a.no_sentence_probs, "candidates": len(items),
                       "candidates_by_group": {g: sum(it["group"] == g for it in items)
                                               for g in ("sentences", "articles", "silver")},
                       "silver_negative_weight": a.silver_negative,
                       "trained_on": sorted({r["rec"]["set"] for r in recs})})
    model.save(a.out)
    size = sum(p.stat().st_size for p in a.out.iterdir())
    print(f"wrote {a.out} ({len(model.vocab)} features, {size / 1e6:.2f} MB) in {time.perf_counter() - t0:.1f}s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
