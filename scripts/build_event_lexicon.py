#!/usr/bin/env python3
"""Derive a compact verb -> CAMEO -> PLOVER trigger lexicon from the PETRARCH2 CAMEO verb
dictionary (MIT) and the CAMEO->PLOVER mapping, for use as a low-priority fallback behind the
hand-curated src/sanderling/lexicons/events/triggers.json.

Usage: python scripts/build_event_lexicon.py [SHARED_DATA_DIR]
Writes src/sanderling/lexicons/events/cameo_derived.json.
       python scripts/build_event_lexicon.py --departures [SHARED_DATA_DIR]
Prints every triggers.json spec whose CAMEO code maps to another PLOVER type in
cameo_to_plover.json, grouped by code (the table in lexicons/events/README.md explains each).

What is kept (cheap, high-yield parts only):
- single-word member verbs with an explicit code (member code, else the block code);
- two-token patterns "* WORD" (verb + object head word) with an active code.
Codes mapping to no PLOVER type (CAMEO 01/02) are dropped.
"""
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src/sanderling/lexicons/events/cameo_derived.json"


def plover_of(code, mapping):
    """(type, mode, context) for a CAMEO code, walking up to shorter codes when absent."""
    code = (code or "").split(":")[0]
    while code:
        m = mapping.get(code) or mapping.get(code.ljust(3, "0"))
        if m is not None:
            if not m["plover"]:
                return None
            ctx = (m.get("context") or [None])[0]
            return {"type": m["plover"], "mode": m["mode"], "cameo": code, "context": ctx}
        code = code[:-1]
    return None


def main(data_dir: Path) -> None:
    verbs = json.loads((data_dir / "dictionaries/cameo_verbs.json").read_text())
    mapping = json.loads((data_dir / "cameo_to_plover.json").read_text())["cameo_code_to_plover"]
    lex = {}
    for block in verbs["verbs"]:
        for mem in block["members"]:
            if mem["compound"]:
                continue
            spec = plover_of(mem["code"] or block["code"], mapping)
            if not spec:
                continue
            lemma = mem["verb"].lower()
            entry = lex.setdefault(lemma, {"default": spec, "objects": {}})
            for pat in block["patterns"]:
                toks = pat["tokens"]
                if len(toks) == 2 and toks[0]["type"] == "verb" and toks[1]["type"] == "word" and pat["code_active"]:
                    ospec = plover_of(pat["code_active"], mapping)
                    if ospec and ospec["type"] != spec["type"]:
                        entry["objects"][toks[1]["text"].lower()] = ospec
    contexts = {}
    for code in mapping:
        spec = plover_of(code, mapping)
        if spec and spec["context"]:
            contexts[code] = spec["context"]
    meta = {
        "description": "Derived from PETRARCH2 CAMEO.2.0 verb dictionary via scripts/build_event_lexicon.py; "
                       "CAMEO codes mapped to PLOVER with CAMEO2PLOVER-2021 (openeventdata/PLOVER).",
        "petrarch2_licence": "MIT License, Copyright (c) 2014 Open Event Data (openeventdata/petrarch2, "
                             "commit 676801cd9cb2924bbbad09f86d15c9323e7097bf).",
        "entries": len(lex),
    }
    OUT.write_text(json.dumps({"_meta": meta, "cameo_context": contexts, "verbs": dict(sorted(lex.items()))}, separators=(",", ":")) + "\n")
    print(f"wrote {OUT} with {len(lex)} verbs")


def departures(data_dir: Path) -> None:
    """Group the curated specs whose type differs from the CAMEO->PLOVER mapping of their code."""
    mapping = json.loads((data_dir / "cameo_to_plover.json").read_text())["cameo_code_to_plover"]
    lex = json.loads((OUT.parent / "triggers.json").read_text())
    found: dict = {}

    def walk(node, path):
        if isinstance(node, str) and node.count("/") == 2 and node.split("/")[0].isupper():
            etype, _, cameo = node.split("/")
            if cameo == "-":
                return
            spec = plover_of(cameo, mapping)
            theirs = spec["type"] if spec else None
            if theirs != etype:
                found.setdefault((cameo, etype, theirs), []).append(".".join(path))
        elif isinstance(node, dict):
            for k, v in node.items():
                walk(v, path + [k])
        elif isinstance(node, list):
            for v in node:
                walk(v, path)

    for part in ("verbs", "nouns", "passing_nouns", "event_subject_nouns"):
        walk(lex[part], [part])
    print("| CAMEO | ours | mapping | entries | examples |\n|---|---|---|---|---|")
    for (cameo, ours, theirs), paths in sorted(found.items()):
        print(f"| {cameo} | {ours} | {theirs or '(none)'} | {len(paths)} | {', '.join(paths[:3])} |")


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    data = Path(args[0] if args else "/work/shared/data")
    departures(data) if "--departures" in sys.argv else main(data)
