"""Build the shipped noun-sense lexicon (src/sanderling/lexicons/nouns/noun_senses.json) from
Open English WordNet.

For every one-word lower-case noun, the lexicographer classes of its senses, in WordNet's order
(the first is the commonest): "person", "group", "attribute", "phenomenon", ... The event coder
asks it general questions about a noun ("can it name someone?", "is it a condition, a quantity,
a natural force?") instead of keeping word lists of its own.

    python scripts/build_noun_senses.py --wordnet PATH/english-wordnet [--commit SHA]

PATH is a checkout (or an export) of https://github.com/globalwordnet/english-wordnet; the
script reads its src/yaml/entries-*.yaml with a line reader (no YAML library needed). Licence:
the data are derived from Princeton WordNet (WordNet Licence) and Open English WordNet (CC BY
4.0); both are named in the file's _meta, as their licences ask.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

#: WordNet's lexicographer files of nouns, by the number in a sense key ("price%1:07:00::")
LEXFILES = {
    "03": "Tops", "04": "act", "05": "animal", "06": "artifact", "07": "attribute", "08": "body",
    "09": "cognition", "10": "communication", "11": "event", "12": "feeling", "13": "food",
    "14": "group", "15": "location", "16": "motive", "17": "object", "18": "person",
    "19": "phenomenon", "20": "plant", "21": "possession", "22": "process", "23": "quantity",
    "24": "relation", "25": "shape", "26": "state", "27": "substance", "28": "time",
}
SENSE_KEY = re.compile(r"^\s*(?:- )?id: '?[^%]+%1:(\d\d):")
OUT = Path(__file__).resolve().parent.parent / "src" / "sanderling" / "lexicons" / "nouns" / "noun_senses.json"


def read_entries(yaml_dir: Path) -> dict[str, list[str]]:
    senses: dict[str, list[str]] = {}
    for path in sorted(yaml_dir.glob("entries-*.yaml")):
        lemma, pos = None, None
        for line in path.read_text(encoding="utf-8").splitlines():
            if line and not line[0].isspace():
                lemma = line[:-1].strip("'\"") if line.endswith(":") else None
                pos = None
            elif line.startswith("  ") and not line.startswith("   ") and line.rstrip().endswith(":"):
                pos = line.strip()[:-1]
            elif lemma and pos == "n":
                m = SENSE_KEY.match(line)
                if m and m.group(1) in LEXFILES:
                    classes = senses.setdefault(lemma, [])
                    name = LEXFILES[m.group(1)]
                    if name not in classes:
                        classes.append(name)
    return senses


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--wordnet", required=True, type=Path, help="a checkout of globalwordnet/english-wordnet")
    ap.add_argument("--commit", default="", help="the commit of that checkout, recorded in _meta")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    yaml_dir = args.wordnet / "src" / "yaml"
    if not yaml_dir.is_dir():
        print(f"error: {yaml_dir} not found; pass --wordnet the root of an english-wordnet checkout", file=sys.stderr)
        return 2
    senses = read_entries(yaml_dir)
    # one-word lower-case nouns only: names and phrases are the actor layer's
    kept = {k: ",".join(v) for k, v in sorted(senses.items()) if k.isalpha() and k.islower()}
    meta = {
        "description": "Lexicographer classes of the senses of one-word nouns, commonest first "
                       "(scripts/build_noun_senses.py).",
        "source": "Open English WordNet (github.com/globalwordnet/english-wordnet)"
                  + (f", commit {args.commit}" if args.commit else ""),
        "licence": "Derived from Princeton WordNet (WordNet Licence, Princeton University) and Open "
                   "English WordNet (CC BY 4.0, the Open English Wordnet team).",
        "entries": len(kept),
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as f:
        json.dump({"_meta": meta, "senses": kept}, f, ensure_ascii=False, separators=(",", ":"))
        f.write("\n")
    print(f"{len(kept)} nouns written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
