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

Top actors (the judged measure of issue 7, `--only top40`): on the news36 articles, split
by corpus (Guardian foreign news; PolNeAR US and BBC UK politics reported apart), every
gold actor/recipient entity located in its evidence is one mention (one per text span:
an entity named in several events counts once). Mentions are grouped by their normalised
name (accents folded, lower case, a leading "the", a title such as "Mr" or "President"
and a possessive dropped; pronouns are no actor name and are left out); the 40 names with
the most mentions in the part are taken and each of their mentions scores as above ("right":
our entity at that span has the gold code; UN bodies as IGO = UNO).

Every record falls in the tuning or the check part (sanderling.evaluation.split); both are
reported side by side. Only tuning-part misses are printed.
"""
from __future__ import annotations

import argparse
import re
import os
import json
import unicodedata
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


#: Corpora of news36 by article id prefix: the judged set is the foreign news.
CORPORA = (("foreign", "guardian-"), ("us", "polnear-"), ("uk", "bbc-"))
PRONOUNS = {"he", "she", "it", "they", "him", "her", "them", "his", "its", "their", "we", "us", "i",
            "you", "who", "which", "that", "this", "these", "those", "theirs", "hers"}
#: Leading words a name is grouped without ("the SDF" = "SDF", "Mr Putin" = "Putin").
NAME_LEADERS = re.compile(r"^(the|mr|mrs|ms|dr|president|prime minister|king|crown prince|prince|sheikh)\s+")
TOP_N = 40


def name_key(text: str) -> str:
    """The normalised name mentions are grouped by."""
    t = unicodedata.normalize("NFKD", text.lower().replace("’", "'"))
    t = "".join(c for c in t if not unicodedata.combining(c))
    t = " ".join(re.sub(r"'s$|'$", "", t.strip()).split())
    prev = None
    while prev != t:
        prev, t = t, NAME_LEADERS.sub("", t)
    return t


def gold_mentions(record) -> list[tuple]:
    """((start, end), name key, gold code, gold text) of every located gold entity, once per span."""
    text, seen, out = record["text"], set(), []
    for ev in record.get("events") or []:
        lo, hi = ev.get("evidence_start") or 0, ev.get("evidence_end") or len(text)
        for a in gold_entities(ev):
            code = norm_code(a.get("code"))
            gtext = (a.get("text") or "").strip()
            key = name_key(gtext)
            if code is None or not key or key in PRONOUNS:
                continue
            span = locate(text, gtext, lo, hi)
            if span is None or span in seen:
                continue
            seen.add(span)
            out.append((span, key, code, gtext))
    return out


def occurrences(record) -> list[tuple]:
    """Every occurrence in the article of a name its gold entities use (a surface form with a
    capital letter, matched case-sensitively as whole words), coded as the gold codes it in
    that article; overlapping matches keep the longest."""
    text = record["text"]
    codes: dict[str, Counter] = {}
    for ev in record.get("events") or []:
        for a in gold_entities(ev):
            code, gtext = norm_code(a.get("code")), (a.get("text") or "").strip()
            key = name_key(gtext)
            if code and key and key not in PRONOUNS and any(ch.isupper() for ch in gtext):
                codes.setdefault(gtext, Counter())[code] += 1
    found = []
    for gtext, c in codes.items():
        for m in re.finditer(r"(?<!\w)" + re.escape(gtext) + r"(?!\w)", text):
            found.append(((m.start(), m.end()), name_key(gtext), c.most_common(1)[0][0], gtext))
    found.sort(key=lambda f: (f[0][0], -(f[0][1] - f[0][0])))
    out, last_end = [], -1
    for f in found:
        if f[0][0] >= last_end:
            out.append(f)
            last_end = f[0][1]
    return out


def eval_top_actors(nlp, path: Path, show: int, top_n: int = TOP_N, every: bool = False) -> dict:
    """The top-N actors measure per corpus and part; returns {(corpus, part): Counter}.
    every=False: the gold entity spans; every=True: every occurrence of their names."""
    records = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
    results = {}
    docs = dict(zip((r["id"] for r in records), run_docs(nlp, records)))
    label = f"top{top_n}{'occ' if every else ''}"
    for corpus, prefix in CORPORA:
        for part in PARTS + ("all",):
            recs = [r for r in records if r["id"].startswith(prefix) and part in ("all", part_of(r["id"]))]
            mentions = [(r, m) for r in recs for m in (occurrences(r) if every else gold_mentions(r))]
            counts = Counter(m[1] for _, m in mentions)
            top = {k for k, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:top_n]}
            c, misses = Counter(), Counter()
            for r, (span, key, code, gtext) in mentions:
                if key not in top:
                    continue
                outcome, _, ent = score_entity(docs[r["id"]], span, code, None,
                                               entity_char_spans(docs[r["id"]]))
                c[outcome] += 1
                c["n"] += 1
                if outcome != "right":
                    got = f"{ent.code}/{ent.sector} {ent.name!r}" if ent is not None else "-"
                    misses[(outcome, key, code, got)] += 1
            results[(corpus, part)] = c
            n = max(c["n"], 1)
            print(f"{label:9s} {corpus:7s} {part:6s} articles {len(recs):2d} names {len(top):2d} mentions {c['n']:4d} "
                  f"right {c['right'] / n:.3f} nocode {c['nocode'] / n:.3f} wrong {c['wrong'] / n:.3f} "
                  f"missing {c['missing'] / n:.3f}")
            if part == "tuning" and show:
                for (outcome, key, code, got), k in misses.most_common(show):
                    print(f"    {k:3d} {outcome:7s} {key!r} want {code} got {got}")
    return results


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
    ap.add_argument("--only", default="news36,news300,gsr,ngec,top40",
                    help="sets to score (top40 = the top-40 actors of the news36 articles by corpus)")
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
    if "top40" in args.only.split(",") and (data / "news36_events.jsonl").exists():
        eval_top_actors(nlp, data / "news36_events.jsonl", args.show)
        eval_top_actors(nlp, data / "news36_events.jsonl", args.show, every=True)
    print(f"({time.time() - t0:.0f}s)")


if __name__ == "__main__":
    main()
