#!/usr/bin/env python3
"""Measure the actor component on the shared gold sets (read from a path; never shipped).

Usage: python scripts/eval_actors.py [DATA_DIR] [--show N]
  (default DATA_DIR: ../shared/data)

1. NGEC actor tests (ngec_actor_tests_dev.jsonl): the cases about country / sector of an
   actor phrase (methods agent_to_code, short_text_to_agent, search_nat). The phrase is
   run through the pipeline alone; the entity of its main mention is compared with the
   expected country and sector (code_1). Cases that expect a Wikipedia lookup only, or
   no result, are skipped.
   The same for petrarch2_validation.jsonl (AFP sentences).
3. BBC article sets (bbc12_events_A/B.jsonl): the same recall inside each event's
   evidence span of a full article (coreference matters there).
2. PLOVER gold (plover_gsr_dev.jsonl): recall of gold actor codes = share of gold
   source/target entities (with a code) for which some entity mention in the sentence
   has the same code; noise = mentions whose code is in no gold entity of that sentence.
"""
from __future__ import annotations

import json
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from sanderling.nlp import get_nlp  # noqa: E402

ALIASES = {"JAP": "JPN", "UK": "GBR", "ROM": "ROU", "ZAI": "COD", "YUG": "SRB", "PAL": "PSE", "TMP": "TLS"}


def norm_code(code):
    if not code:
        return None
    code = str(code).strip().upper()
    if len(code) > 3 and code[:3].isalpha():
        code = code[:3]
    if code.startswith("---"):
        return None
    return ALIASES.get(code, code)


def main_entity(doc):
    """The entity whose mention covers most of the phrase (the phrase's own actor)."""
    best, best_len = None, -1
    for ent in doc._.sanderling_entities:
        for m in ent.mentions:
            if m.end - m.start > best_len:
                best, best_len = ent, m.end - m.start
    return best


def ngec_cases(path: Path):
    for line in path.open():
        r = json.loads(line)
        if r["method"] not in ("agent_to_code", "short_text_to_agent", "search_nat"):
            continue
        exp = r["expected"]
        if r["method"] == "search_nat":
            country, sector = exp.get("return[0]") or None, None
        else:
            if "country" not in exp and "code_1" not in exp:
                continue
            country = exp.get("country")
            sector = exp.get("code_1")
            if country in ("LEG",) or (sector and len(sector) != 3):
                continue  # swapped fields or '????' in the source test
        yield r["text"].strip(), (country or None), (sector or None), ("country" in exp or r["method"] == "search_nat"), ("code_1" in exp)


def eval_ngec(nlp, path: Path, show: int) -> None:
    n_c = ok_c = n_s = ok_s = 0
    misses = []
    for text, country, sector, has_c, has_s in ngec_cases(path):
        doc = nlp(text)
        ent = main_entity(doc)
        got_c = ent.code if ent else None
        got_s = ent.sector if ent else None
        if has_c:
            n_c += 1
            ok_c += (got_c or None) == (country or None)
        if has_s:
            n_s += 1
            ok_s += (got_s or None) == (sector or None)
        if (has_c and (got_c or None) != country) or (has_s and (got_s or None) != sector):
            misses.append(f"  {text!r}: want {country}/{sector} got {got_c}/{got_s}")
    print(f"NGEC actor tests: country {ok_c}/{n_c} = {ok_c / max(n_c, 1):.3f}; "
          f"sector {ok_s}/{n_s} = {ok_s / max(n_s, 1):.3f}")
    for m in misses[:show]:
        print(m)


def eval_gsr(nlp, path: Path, show: int) -> None:
    records = [json.loads(line) for line in path.open()]
    n_gold = hit = noise = n_mentions = 0
    sector_ok = sector_n = 0
    by_sector = Counter()
    misses = []
    t0 = time.time()
    docs = nlp.pipe([r["text"] for r in records])
    for r, doc in zip(records, docs):
        gold = []
        for ev in r["events"]:
            for a in (ev.get("source") or []) + (ev.get("target") or []):
                c = norm_code(a.get("code"))
                if c:
                    gold.append((c, (a.get("sector") or "")[:3].upper() or None, a.get("text")))
        gold_codes = {c for c, _, _ in gold}
        got = {}
        for ent in doc._.sanderling_entities:
            for m in ent.mentions:
                n_mentions += 1
                if ent.code:
                    got.setdefault(ent.code, []).append((ent.sector, m.text))
                    if ent.code not in gold_codes:
                        noise += 1
        for c, s, text in gold:
            n_gold += 1
            if c in got:
                hit += 1
                if s is not None and s != "***":
                    sector_n += 1
                    sector_ok += any(gs == s for gs, _ in got[c])
                    by_sector[(s, any(gs == s for gs, _ in got[c]))] += 1
            else:
                misses.append(f"  {c} {text!r} | {r['text'][:110]}")
    dt = time.time() - t0
    print(f"{path.name}: gold actor code recall {hit}/{n_gold} = {hit / max(n_gold, 1):.3f}; "
          f"sector agreement where code found and gold sector given {sector_ok}/{sector_n} = "
          f"{sector_ok / max(sector_n, 1):.3f}; noise mentions (code not in gold) {noise} of {n_mentions}; "
          f"{len(records)} sentences in {dt:.1f}s")
    for m in misses[:show]:
        print(m)


def eval_articles(nlp, path: Path, show: int) -> None:
    """Full articles: gold actor/recipient codes found on a mention inside the evidence span
    (this is where coreference matters: 'Mr Blair', 'the government', 'he')."""
    n_gold = hit = 0
    sector_ok = sector_n = 0
    misses = []
    records = [json.loads(line) for line in path.open()]
    for r, doc in zip(records, nlp.pipe([r["text"] for r in records])):
        mentions = [(m.start, m.end, e.code, e.sector, m.text) for e in doc._.sanderling_entities
                    for m in e.mentions]
        for ev in r["events"]:
            s0, s1 = ev.get("evidence_start"), ev.get("evidence_end")
            if s0 is None:
                continue
            inside = [m for m in mentions if s0 <= m[0] and m[1] <= s1]
            for a in (ev.get("actor") or []) + (ev.get("recipient") or []):
                c = norm_code(a.get("code"))
                if not c:
                    continue
                n_gold += 1
                found = [m for m in inside if m[2] == c]
                if found:
                    hit += 1
                    if a.get("sector"):
                        sector_n += 1
                        sector_ok += any(m[3] == a["sector"] for m in found)
                else:
                    misses.append(f"  {c} {a.get('sector')} {a.get('text')!r} | got "
                                  f"{[(m[4], m[2], m[3]) for m in inside][:6]}")
    print(f"{path.name}: gold actor code recall in evidence spans {hit}/{n_gold} = "
          f"{hit / max(n_gold, 1):.3f}; sector agreement {sector_ok}/{sector_n} = "
          f"{sector_ok / max(sector_n, 1):.3f}")
    for m in misses[:show]:
        print(m)


def main(argv):
    args = [a for a in argv[1:] if not a.startswith("--")]
    show = 0
    if "--show" in argv:
        show = int(argv[argv.index("--show") + 1])
        args = [a for a in args if a != str(show)]
    data = Path(args[0]) if args else ROOT.parent / "shared" / "data"
    nlp = get_nlp(("sanderling_actors",))
    eval_ngec(nlp, data / "ngec_actor_tests_dev.jsonl", show)
    eval_gsr(nlp, data / "plover_gsr_dev.jsonl", show)
    if (data / "petrarch2_validation.jsonl").exists():
        eval_gsr(nlp, data / "petrarch2_validation.jsonl", show)
    for name in ("bbc12_events_A.jsonl", "bbc12_events_B.jsonl"):
        if (data / name).exists():
            eval_articles(nlp, data / name, show)


if __name__ == "__main__":
    main(sys.argv)
