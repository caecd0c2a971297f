#!/usr/bin/env python3
"""Score the actor layer alone: entity codes against the gold actor/recipient entities.

Usage: python scripts/eval_actors.py [DATA_DIR] [--show N] [--only news36,news300,gsr,ngec]
       [--actors OVERLAY.yaml]
  (default DATA_DIR: ../shared/data; N = how many tuning-part misses to print)

Gold sets (each gold actor/recipient entity has text, code, sector):
  news36_events.jsonl       36 full articles; the gold entity is looked for inside its
                            event's evidence span (offsets given)
  news_sentences_300.jsonl  300 sentences
  plover_gsr_dev.jsonl      194 PLOVER gold sentences
  ngec_actor_tests_dev.jsonl  actor phrases -> country / sector (run alone)

Matching: a gold entity is matched to the system entity whose mention overlaps the gold
text where it occurs in the evidence (sentence); the longest overlap wins. A gold entity
with a code scores
  code right    the matched entity has the gold country/international code
  found no code a mention overlaps but its entity has no code
  wrong code    a mention overlaps with another code
  not found     no mention overlaps the gold text
and "sector right" counts code-and-sector right (where the gold gives a sector).
UN bodies are IGO (UNO = IGO), as in the reference scorers.

Every record falls in the tuning or the check part (sanderling.evaluation.split); both are
reported side by side. Only tuning-part misses are printed.
"""
from __future__ import annotations

import argparse
import os
import os
import json
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from sanderling.evaluation.split import part_of, PARTS  # noqa: E402

ALIASES = {"JAP": "JPN", "UK": "GBR", "ROM": "ROU", "ZAI": "COD", "YUG": "SRB", "PAL": "PSE",
           "TMP": "TLS", "UNO": "IGO"}
OUTCOMES = ("right", "nocode", "wrong", "missing")


def norm_code(code):
    if not code:
        return None
    code = str(code).strip().upper()
    if len(code) > 3 and code[:3].isalpha():
        code = code[:3]
    if code.startswith("---") or code in ("NONE", "NULL"):
        return None
    return ALIASES.get(code, code)


def norm_sector(sector):
    if not sector:
        return None
    s = str(sector).strip().upper()[:3]
    return s if s.isalpha() else None


class Tally:
    def __init__(self):
        self.c = {p: Counter() for p in PARTS}
        self.misses: list[str] = []

    def add(self, part, outcome, sector_ok=None):
        self.c[part][outcome] += 1
        self.c[part]["n"] += 1
        if sector_ok is not None:
            self.c[part]["sec_n"] += 1
            self.c[part]["sec_ok"] += bool(sector_ok)

    def line(self, name):
        cells = []
        for p in PARTS:
            c = self.c[p]
            n = max(c["n"], 1)
            cells.append(f"{p} n={c['n']:4d} right {c['right'] / n:.3f} nocode {c['nocode'] / n:.3f} "
                         f"wrong {c['wrong'] / n:.3f} missing {c['missing'] / n:.3f} "
                         f"code+sector {c['sec_ok'] / max(c['sec_n'], 1):.3f}")
        return f"{name:24s} " + " | ".join(cells)


def gold_entities(ev):
    for key in ("source", "target", "actor", "recipient"):
        for a in ev.get(key) or []:
            yield a


def locate(text: str, needle: str, lo: int, hi: int):
    """Character span of the gold text inside [lo, hi) of the document (first occurrence,
    case-insensitive), or None."""
    if not needle:
        return None
    i = text.lower().find(needle.lower(), lo, hi)
    if i < 0:
        return None
    return i, i + len(needle)


def score_entity(doc, span, gold_code, gold_sector, ent_spans):
    """Outcome of one gold entity: the system entity whose mention overlaps most."""
    best, best_ov = None, 0
    for (s, e), ent in ent_spans:
        ov = min(e, span[1]) - max(s, span[0])
        if ov > best_ov:
            best, best_ov = ent, ov
    if best is None:
        return "missing", None, None
    code = norm_code(best.code)
    if code is None:
        return "nocode", None, best
    if code == gold_code:
        return "right", (gold_sector is None or best.sector == gold_sector), best
    return "wrong", False, best


def entity_char_spans(doc):
    """(character span, entity) of every mention (Mention offsets are characters)."""
    return [((m.start, m.end), ent) for ent in doc._.sanderling_entities or [] for m in ent.mentions]


def run_docs(nlp, records):
    docs = []
    for r in records:
        d = nlp.make_doc(r["text"])
        d._.sanderling_published = r.get("date")
        docs.append(d)
    return list(nlp.pipe(docs))


def eval_events_set(nlp, path: Path, tally: Tally, show_from: str):
    records = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
    for r, doc in zip(records, run_docs(nlp, records)):
        part = part_of(r["id"])
        spans = entity_char_spans(doc)
        text = r["text"]
        for ev in r.get("events") or []:
            lo = ev.get("evidence_start") or 0
            hi = ev.get("evidence_end") or len(text)
            for a in gold_entities(ev):
                code = norm_code(a.get("code"))
                if code is None:
                    continue
                span = locate(text, (a.get("text") or "").strip(), lo, hi)
                if span is None:
                    continue  # the gold text is not in the evidence as written
                sector = norm_sector(a.get("sector"))
                outcome, sec_ok, ent = score_entity(doc, span, code, sector, spans)
                tally.add(part, outcome, sec_ok if outcome == "right" and sector else
                          (False if sector else None))
                if part == show_from and (outcome != "right" or sec_ok is False):
                    got = f"{ent.code}/{ent.sector} {ent.name!r}" if ent is not None else "-"
                    tally.misses.append(f"  {outcome:7s} want {code}/{sector} {a.get('text')!r} got {got}"
                                        f" | {text[max(lo, span[0] - 60):span[1] + 40]!r}")


def ngec_cases(path: Path):
    for line in path.open(encoding="utf-8"):
        r = json.loads(line)
        if r["method"] not in ("agent_to_code", "short_text_to_agent", "search_nat"):
            continue
        exp = r["expected"]
        if r["method"] == "search_nat":
            country, sector = exp.get("return[0]") or None, None
            has_c, has_s = True, False
        else:
            if "country" not in exp and "code_1" not in exp:
                continue
            country, sector = exp.get("country") or None, exp.get("code_1") or None
            if country in ("LEG",) or (sector and len(sector) != 3):
                continue  # swapped fields or '????' in the source test
            has_c, has_s = "country" in exp, "code_1" in exp
        yield r["id"], r["text"].strip(), norm_code(country), sector, has_c, has_s, r.get("query_date")


def main_entity(doc):
    best, best_len = None, -1
    for ent in doc._.sanderling_entities or []:
        for m in ent.mentions:
            if m.end - m.start > best_len:
                best, best_len = ent, m.end - m.start
    return best


def eval_ngec(nlp, path: Path, show_from: str, show: int):
    c = {p: Counter() for p in PARTS}
    misses = []
    cases = list(ngec_cases(path))
    recs = [{"text": t, "date": d} for _, t, _, _, _, _, d in cases]
    for (rid, text, country, sector, has_c, has_s, _), doc in zip(cases, run_docs(nlp, recs)):
        part = part_of(rid)
        ent = main_entity(doc)
        got_c = norm_code(ent.code) if ent else None
        got_s = ent.sector if ent else None
        if has_c:
            c[part]["n_c"] += 1
            c[part]["ok_c"] += got_c == country
        if has_s:
            c[part]["n_s"] += 1
            c[part]["ok_s"] += (got_s or None) == sector
        if part == show_from and ((has_c and got_c != country) or (has_s and got_s != sector)):
            misses.append(f"  {text!r}: want {country}/{sector} got {got_c}/{got_s}")
    cells = [f"{p} country {c[p]['ok_c']}/{c[p]['n_c']} = {c[p]['ok_c'] / max(c[p]['n_c'], 1):.3f} "
             f"sector {c[p]['ok_s']}/{c[p]['n_s']} = {c[p]['ok_s'] / max(c[p]['n_s'], 1):.3f}" for p in PARTS]
    print(f"{'ngec_actor_tests_dev':24s} " + " | ".join(cells))
    for m in misses[:show]:
        print(m)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data", nargs="?", default=os.environ.get("SHARED_DATA", str(ROOT.parent / "shared" / "data")))
    ap.add_argument("--show", type=int, default=0, help="print this many tuning-part misses per set")
    ap.add_argument("--only", default="news36,news300,gsr,ngec")
    ap.add_argument("--actors", default=None, help="an analyst overlay (YAML) to load")
    args = ap.parse_args(argv)
    data = Path(args.data)
    from sanderling.nlp import get_nlp
    t0 = time.time()
    nlp = get_nlp(("sanderling_acronyms", "sanderling_actors"))
    if args.actors:
        from sanderling.actor_kb import use_overlay
        use_overlay(args.actors)
    sets = {"news36": "news36_events.jsonl", "news300": "news_sentences_300.jsonl", "gsr": "plover_gsr_dev.jsonl"}
    total = Tally()
    for key, name in sets.items():
        if key not in args.only.split(",") or not (data / name).exists():
            continue
        tally = Tally()
        eval_events_set(nlp, data / name, tally, "tuning")
        print(tally.line(key))
        for m in tally.misses[:args.show]:
            print(m)
        for p in PARTS:
            total.c[p].update(tally.c[p])
    print(total.line("all event sets"))
    if "ngec" in args.only.split(",") and (data / "ngec_actor_tests_dev.jsonl").exists():
        eval_ngec(nlp, data / "ngec_actor_tests_dev.jsonl", "tuning", args.show)
    print(f"({time.time() - t0:.0f}s)")


if __name__ == "__main__":
    main()
