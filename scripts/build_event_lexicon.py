#!/usr/bin/env python3
"""Derive a compact verb -> CAMEO -> PLOVER trigger lexicon from the PETRARCH2 CAMEO verb
dictionary (MIT) and the CAMEO->PLOVER mapping, for use as a low-priority fallback behind the
hand-curated src/sanderling/lexicons/events/triggers.json.

Usage: python scripts/build_event_lexicon.py [SHARED_DATA_DIR]
Writes src/sanderling/lexicons/events/cameo_derived.json.

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


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "/work/shared/data"))
