"""Train the sentence event-type classifier on the TUNING parts of the development gold.

    python scripts/train_event_classifier.py [--shared ../shared] [--extra FILE ...] [--out DIR]

What it reads (only records with `part_of(id) == "tuning"`; the check parts are never opened):
- sentence sets (gsr, petrarch, news300): one unit per record, labelled with its gold types;
- article sets (news36, bbc12 A and B): every sentence of the article (as the pipeline splits
  it) is a unit, labelled with the types of the gold events whose evidence lies in it;
  sentences with no gold event are negatives. bbc12 takes the union of both annotators.
- --extra FILE ...: more annotated articles (JSONL with `id`, `events` carrying
  `evidence_start`/`evidence_end`, and either `text` or an id of ../shared/data/corpus/*.jsonl;
  a `text_sha256` that does not match the corpus text skips the article), e.g. the blind
  annotations of data/annotations/guardian_dev_100.events.jsonl. Tuning-part articles only.

What it does:
1. codes every unit with the rule pipeline (the classifier disabled) to know the rule types;
2. five-fold cross-validation over records (folds by a hash of the id) gives out-of-fold
   probabilities for every tuning unit; on them it picks the post-step thresholds (filter,
   add, correct) that maximise (unit, type) F1 of rules + post-step, and prints the figures;
3. trains the final model on all tuning units and writes it with the chosen thresholds.

No random numbers are drawn (zero start, full-batch training, hashed folds): a re-run on the
same data writes the same weights.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from pathlib import Path

import numpy as np

from sanderling.evaluation.split import part_of
from sanderling.learned.features import sentence_features
from sanderling.learned.model import LABELS, fit
from sanderling.learned import policy

SENTENCE_SETS = {"gsr": "plover_gsr_dev.jsonl", "petrarch": "petrarch2_validation.jsonl",
                 "news300": "news_sentences_300.jsonl"}
ARTICLE_SETS = {"news36": ("news36_events.jsonl",), "bbc12": ("bbc12_events_A.jsonl", "bbc12_events_B.jsonl")}
DEFAULT_OUT = Path(__file__).resolve().parents[1] / "src" / "sanderling" / "models" / "event_classifier"
#: Threshold grids searched on the out-of-fold tuning probabilities.
FILTER_GRID = (0.0, 0.01, 0.02, 0.03, 0.05, 0.08)
ADD_GRID = (1.01, 0.9, 0.8, 0.7, 0.6, 0.5, 0.4)    # 1.01: never add
CORRECT_GRID = (1.01, 0.9, 0.8, 0.7, 0.6)             # 1.01: never correct


def read_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def gold_type(ev: dict) -> str:
    t = ev.get("event") or ev.get("plover") or ""
    return (t[0] if isinstance(t, list) and t else str(t)).upper()


def build_verb_types(data: Path) -> dict[str, list[list[str]]]:
    """lemma -> [default PLOVER types, types only its patterns give], from the PETRARCH2 CAMEO
    verb dictionary mapped through cameo_to_plover.json (a general resource, not gold)."""
    verbs_path, map_path = data / "dictionaries" / "cameo_verbs.json", data / "cameo_to_plover.json"
    if not (verbs_path.exists() and map_path.exists()):
        return {}
    to_plover = json.loads(map_path.read_text(encoding="utf-8"))["cameo_code_to_plover"]

    def plover(code):
        t = (to_plover.get(code) or {}).get("plover") if code else None
        return t if t in LABELS else None

    table: dict[str, tuple[set, set]] = {}
    for group in json.loads(verbs_path.read_text(encoding="utf-8"))["verbs"]:
        pattern_types = {plover(p.get("code_active") or p.get("code")) for p in group.get("patterns", [])} - {None}
        for mem in group["members"]:
            if mem.get("compound"):
                continue
            lemma = mem["verb"].lower().replace("_", " ")
            default, pats = table.setdefault(lemma, (set(), set()))
            t = plover(mem.get("code") or group.get("code"))
            if t:
                default.add(t)
            pats.update(pattern_types)
    return {k: [sorted(d), sorted(p - d)] for k, (d, p) in sorted(table.items()) if d or p}


def fold_of(record_id: str, folds: int) -> int:
    return int.from_bytes(hashlib.sha256(("fold:" + record_id).encode()).digest()[:8], "big") % folds


def load_records(data: Path, extra: list[Path] | None) -> tuple[list[dict], list[dict]]:
    """(sentence records, article records) of the tuning parts: {set, id, text, date, events}."""
    sents, arts = [], []
    for name, fn in SENTENCE_SETS.items():
        if (data / fn).exists():
            for r in read_jsonl(data / fn):
                if part_of(str(r["id"])) == "tuning":
                    sents.append({"set": name, "id": str(r["id"]), "text": r["text"], "date": r.get("date"),
                                  "types": {gold_type(e) for e in r.get("events", [])} & set(LABELS)})
    for name, fns in ARTICLE_SETS.items():
        by_id: dict[str, dict] = {}
        for fn in fns:
            if not (data / fn).exists():
                continue
            for r in read_jsonl(data / fn):
                if part_of(str(r["id"])) != "tuning":
                    continue
                rec = by_id.setdefault(str(r["id"]), {"set": name, "id": str(r["id"]), "text": r["text"],
                                                      "date": r.get("date"), "events": []})
                rec["events"].extend(r.get("events", []))
        arts.extend(by_id.values())
    if extra:
        arts.extend(load_extra(data, extra))
    return sents, arts


def load_extra(data: Path, extra: list[Path]) -> list[dict]:
    corpus: dict[str, dict] = {}
    for fn in sorted((data / "corpus").glob("*.jsonl")) if (data / "corpus").is_dir() else []:
        for r in read_jsonl(fn):
            corpus[str(r["id"])] = r
    out = []
    gold_ids = {str(r["id"]) for fns in ARTICLE_SETS.values() for fn in fns if (data / fn).exists()
                for r in read_jsonl(data / fn)}
    for fn in extra:
        for r in read_jsonl(fn):
            rid = str(r["id"])
            if part_of(rid) != "tuning" or rid in gold_ids:   # never a check article, never gold twice
                continue
            src = corpus.get(rid) or _source_record(data, r.get("source_file"), rid)
            text = r.get("text") or src.get("text")
            if not text:
                print(f"extra {fn.name}: no text for {rid!r} (not in the record, its source_file nor corpus/); skipped",
                      file=sys.stderr)
                continue
            sha = r.get("text_sha256")
            if sha and hashlib.sha256(text.encode("utf-8")).hexdigest() != sha:
                print(f"extra {fn.name}: {rid!r} was annotated on another text (sha256 differs); skipped",
                      file=sys.stderr)
                continue
            out.append({"set": "extra", "id": rid, "text": text, "date": r.get("date") or src.get("date"),
                        "events": r.get("events", [])})
    return out


_SOURCES: dict[Path, dict[str, dict]] = {}


def _source_record(data: Path, source_file: str | None, rid: str) -> dict:
    """The record an annotation names by ``source_file`` (a file of ``data``, e.g. the PolNeAR
    articles, which are not in corpus/), read once per file; {} when there is none."""
    if not source_file:
        return {}
    path = data / source_file
    if path not in _SOURCES:
        _SOURCES[path] = {str(x["id"]): x for x in read_jsonl(path)} if path.is_file() else {}
    return _SOURCES[path].get(rid, {})


def event_sentence(ev: dict, sents: list[tuple[int, int]], text: str) -> int | None:
    """Index of the sentence that holds a gold article event: the one holding its trigger words
    inside the evidence, else the one overlapping the evidence most."""
    s, e = ev.get("evidence_start"), ev.get("evidence_end")
    if s is None or e is None:
        return None
    trig = ev.get("event_text")
    if trig:
        k = text.find(trig, s, e)
        if k >= 0:
            for i, (a, b) in enumerate(sents):
                if a <= k < b:
                    return i
    best, best_ov = None, 0
    for i, (a, b) in enumerate(sents):
        ov = min(b, e) - max(a, s)
        if ov > best_ov:
            best, best_ov = i, ov
    return best


def build_units(sents: list[dict], arts: list[dict], nlp, verb_types: dict | None = None) -> list[dict]:
    """Parse and rule-code every record; one unit per sentence record / article sentence."""
    from sanderling.annotators.base import layer
    from sanderling.pipeline import _make_doc
    from sanderling.records import Article

    units = []
    records = sents + arts
    articles = [Article(id=r["id"], text=r["text"], published=r.get("date")) for r in records]
    docs = nlp.pipe((_make_doc(nlp, a) for a in articles), batch_size=16)
    for rec, doc in zip(records, docs):
        events = layer(doc, "events")
        if "types" in rec:   # a sentence record: the whole text is one unit
            units.append({"set": rec["set"], "id": rec["id"], "features": sentence_features(doc[:], verb_types),
                          "gold": set(rec["types"]), "rules": {e.event for e in events}})
            continue
        spans = [(s.start_char, s.end_char) for s in doc.sents]
        gold: list[set[str]] = [set() for _ in spans]
        for ev in rec["events"]:
            i = event_sentence(ev, spans, doc.text)
            if i is not None and gold_type(ev) in LABELS:
                gold[i].add(gold_type(ev))
        for i, s in enumerate(doc.sents):
            rules = {e.event for e in events if s.start_char <= e.evidence.start < s.end_char}
            units.append({"set": rec["set"], "id": rec["id"], "features": sentence_features(s, verb_types),
                          "gold": gold[i], "rules": rules})
    return units


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(units: list[dict], outputs: list[set[str]]) -> tuple[float, float, float]:
    tp = fp = fn = 0
    for u, out in zip(units, outputs):
        tp += len(out & u["gold"])
        fp += len(out - u["gold"])
        fn += len(u["gold"] - out)
    return prf(tp, fp, fn)


#: which units choose the thresholds: "all" (sentence sets; gold and --extra article sentences
#: together) or "gold" (the --extra articles train the model but do not vote: a single blind
#: annotator finds about two thirds of the gold's events, so its "false alarms" are noisy).
CHOOSE_ON = {"value": "all"}


def objective(units, outputs) -> float:
    """Mean (unit, type) F1 of the sentence-set units and of the article-sentence units."""
    voting = (lambda u: True) if CHOOSE_ON["value"] == "all" else (lambda u: u["set"] != "extra")
    groups = [[i for i, u in enumerate(units) if u["set"] in SENTENCE_SETS],
              [i for i, u in enumerate(units) if u["set"] not in SENTENCE_SETS and voting(u)]]
    f1s = [score([units[i] for i in g], [outputs[i] for i in g])[2] for g in groups if g]
    return sum(f1s) / len(f1s) if f1s else 0.0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[1] / ".." / "shared")
    ap.add_argument("--extra", type=Path, nargs="*", default=None, help="extra annotated articles (JSONL files)")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--no-dictionary", action="store_true", help="no CAMEO verb-dictionary features")
    ap.add_argument("--steps", type=int, default=300)
    ap.add_argument("--lr", type=float, default=0.1)
    ap.add_argument("--class-weight", type=float, default=3.0, help="weight of a positive label")
    ap.add_argument("--l2", type=float, default=1e-5)
    ap.add_argument("--min-count", type=int, default=2)
    ap.add_argument("--choose-on", choices=("all", "gold"), default="all",
                    help="units whose out-of-fold F1 chooses the thresholds (gold: --extra articles train only)")
    a = ap.parse_args(argv)
    CHOOSE_ON["value"] = a.choose_on
    data = a.shared / "data"
    if not data.is_dir():
        print(f"no gold data at {data}: pass --shared PATH (the folder that holds data/)", file=sys.stderr)
        return 2
    t0 = time.perf_counter()
    from sanderling.nlp import COMPONENTS, add_components, load_model
    nlp = add_components(load_model(), tuple(n for n, _ in COMPONENTS if n != policy.COMPONENT))
    sents, arts = load_records(data, a.extra)
    verb_types = build_verb_types(data) if not a.no_dictionary else {}
    units = build_units(sents, arts, nlp, verb_types)
    n_pos = sum(1 for u in units if u["gold"])
    print(f"tuning records: {len(sents)} sentences, {len(arts)} articles -> {len(units)} units "
          f"({n_pos} with events, {sum(len(u['gold']) for u in units)} unit-type labels); "
          f"parsed in {time.perf_counter() - t0:.1f}s; {len(verb_types)} dictionary verbs")

    # 1. out-of-fold probabilities
    oof: list[dict[str, float] | None] = [None] * len(units)
    folds = max(2, a.folds)
    for k in range(folds):
        train = [i for i, u in enumerate(units) if fold_of(u["id"], folds) != k]
        test = [i for i, u in enumerate(units) if fold_of(u["id"], folds) == k]
        if not train or not test:
            continue
        m = fit([units[i]["features"] for i in train], [units[i]["gold"] for i in train],
                min_count=a.min_count, l2=a.l2, steps=a.steps, lr=a.lr, class_weight=a.class_weight)
        for i in test:
            oof[i] = m.proba(units[i]["features"])
    have = [i for i, p in enumerate(oof) if p is not None]
    cv_units = [units[i] for i in have]
    cv_probs = [oof[i] for i in have]

    # 2. the classifier alone, the rules alone, and the post-step grid (out-of-fold, tuning only)
    for name, sel in (("sentence sets", lambda u: u["set"] in SENTENCE_SETS),
                      ("article sentences", lambda u: u["set"] not in SENTENCE_SETS)):
        idx = [j for j, u in enumerate(cv_units) if sel(u)]
        us = [cv_units[j] for j in idx]
        if not us:
            continue
        alone = [{t for t, p in cv_probs[j].items() if p >= 0.5} for j in idx]
        rules = [u["rules"] for u in us]
        print(f"  {name:18s} ({len(us)} units) out-of-fold P/R/F1: classifier alone (p>=.5) "
              "%.3f/%.3f/%.3f; rules %.3f/%.3f/%.3f" % (*score(us, alone), *score(us, rules)))
    base = objective(cv_units, [u["rules"] for u in cv_units])
    best = (base, policy.Thresholds(filter_below=0.0, add_above=1.01, correct_above=1.01))
    for only_empty in (True, False):
        for lo in FILTER_GRID:
            for hi in ADD_GRID:
                for co in CORRECT_GRID:
                    th = policy.Thresholds(filter_below=lo, add_above=hi, correct_above=co,
                                           add_only_empty=only_empty)
                    outs = [policy.apply_types(u["rules"], p, th) for u, p in zip(cv_units, cv_probs)]
                    f = objective(cv_units, outs)
                    if f > best[0] + 1e-9:
                        best = (f, th)
    th = best[1]
    # then each type's own add threshold, two rounds of coordinate ascent from the global one
    cv_outs = lambda t: [policy.apply_types(u["rules"], p, t) for u, p in zip(cv_units, cv_probs)]  # noqa: E731
    score_now = best[0]
    by_type = {lab: th.add_above for lab in LABELS}
    for _ in range(2):
        for lab in LABELS:
            for hi in ADD_GRID:
                trial = policy.Thresholds(th.filter_below, th.add_above, th.correct_above, {**by_type, lab: hi},
                                          th.add_only_empty)
                f = objective(cv_units, cv_outs(trial))
                if f > score_now + 1e-9:
                    score_now, by_type = f, {**by_type, lab: hi}
    th = policy.Thresholds(th.filter_below, th.add_above, th.correct_above,
                           {lab: v for lab, v in by_type.items() if v != th.add_above}, th.add_only_empty)
    print(f"  per-type add thresholds: objective {best[0]:.3f} -> {score_now:.3f}; "
          + ", ".join(f"{k}={v}" for k, v in sorted(th.add_by_type.items())))
    best = (score_now, th)
    for name, sel in (("sentence sets", lambda u: u["set"] in SENTENCE_SETS),
                      ("article sentences", lambda u: u["set"] not in SENTENCE_SETS)):
        idx = [j for j, u in enumerate(cv_units) if sel(u)]
        us = [cv_units[j] for j in idx]
        if us:
            print(f"  {name:18s} out-of-fold P/R/F1 rules %.3f/%.3f/%.3f -> with post-step %.3f/%.3f/%.3f"
                  % (*score(us, [u["rules"] for u in us]),
                     *score(us, [policy.apply_types(u["rules"], cv_probs[j], th) for j, u in zip(idx, us)])))
    print(f"  post-step objective (mean unit-type F1, out-of-fold): rules {base:.3f} -> {best[0]:.3f} with "
          f"{th}")
    for label, t in (("filter only", policy.Thresholds(th.filter_below, 1.01, 1.01)),
                     ("add only", policy.Thresholds(0.0, th.add_above, 1.01, th.add_by_type, th.add_only_empty)),
                     ("filter+correct", policy.Thresholds(th.filter_below, 1.01, th.correct_above))):
        outs = [policy.apply_types(u["rules"], p, t) for u, p in zip(cv_units, cv_probs)]
        print(f"    {label:13s} {objective(cv_units, outs):.3f}")

    # 3. the final model on every tuning unit
    model = fit([u["features"] for u in units], [u["gold"] for u in units],
                min_count=a.min_count, l2=a.l2, steps=a.steps, lr=a.lr, class_weight=a.class_weight)
    model.meta.update({"thresholds": th.to_dict(), "verb_types": verb_types, "trained_on": sorted({u["set"] for u in units}),
                       "units": len(units), "units_with_events": n_pos,
                       "cv_objective": {"rules": round(base, 4), "with_post_step": round(best[0], 4)}})
    model.save(a.out)
    size = sum(p.stat().st_size for p in a.out.iterdir())
    print(f"wrote {a.out} ({len(model.vocab)} features x {len(model.labels)} types, {size / 1e6:.2f} MB) "
          f"in {time.perf_counter() - t0:.1f}s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
