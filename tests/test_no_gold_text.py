"""No gold or corpus text in the repo: no test, lexicon or source file shares a 6-word sequence
with a development gold file.

The gold is read from ../shared/data (or $SANDERLING_SHARED/data) and never copied; without
it the test skips. Words are lower-cased runs of letters, digits and apostrophes, so a
sentence with its punctuation or case changed still counts as the same sentence. A 6-word
sequence is long enough that ordinary phrases almost never collide, and short enough that a
gold sentence paraphrased with the names swapped is still caught by its other words.
"""
from __future__ import annotations

import json
import os
import re
from functools import lru_cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("SANDERLING_SHARED", ROOT.parent / "shared"))
DATA = SHARED / "data"
N = 6
WORD = re.compile(r"[a-z0-9']+")

#: Names are not sentences: a 6-word run that is also in PETRARCH2's reference dictionaries
#: (../shared/data/dictionaries: actor and agent names such as a long organisation name, from
#: which the shipped actor lexicons are derived under MIT) is allowed.
DICTIONARIES = DATA / "dictionaries"

pytestmark = pytest.mark.skipif(not DATA.is_dir(), reason="gold sets not found beside the repo (../shared/data)")


def ngrams(text: str) -> set:
    words = WORD.findall(text.lower())
    return {tuple(words[i:i + N]) for i in range(len(words) - N + 1)}


@lru_cache(maxsize=1)
def gold_ngrams() -> frozenset:
    grams = set()
    for path in sorted(DATA.glob("*.jsonl")) + sorted((DATA / "corpus").glob("*.jsonl")):
        with path.open(encoding="utf-8") as f:
            for line in f:
                rec = json.loads(line)
                grams |= {hash(g) for g in ngrams(rec.get("text") or "")}
    return frozenset(grams)


@lru_cache(maxsize=1)
def dictionary_ngrams() -> frozenset:
    grams = set()
    for path in sorted(DICTIONARIES.glob("*.json")):
        grams |= {hash(g) for g in ngrams(path.read_text(encoding="utf-8").replace("_", " "))}
    return frozenset(grams)


def repo_files() -> list[Path]:
    files = [p for p in (ROOT / "tests").rglob("*") if p.suffix in {".py", ".json", ".jsonl", ".txt", ".html"}]
    files += [p for p in (ROOT / "src" / "sanderling").rglob("*") if p.suffix in {".py", ".json", ".md", ".txt"}]
    files += list((ROOT / "examples").rglob("*.*")) + list((ROOT / "docs").rglob("*.md"))
    return sorted(p for p in files if p.is_file() and "__pycache__" not in p.parts)


def strings(value) -> list[str]:
    """Every string inside a JSON value: a lexicon's entries are read one by one, so that a
    run of words never spans two entries of a list."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in (k, *strings(v))]
    if isinstance(value, list):
        return [s for v in value for s in strings(v)]
    return []


def texts_of(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8", errors="replace")
    try:
        if path.suffix == ".json":
            return strings(json.loads(text))
        if path.suffix == ".jsonl":
            return [s for line in text.splitlines() if line.strip() for s in strings(json.loads(line))]
    except json.JSONDecodeError:
        pass  # a deliberately malformed test file is read as plain text
    return [text]


def leaks(path: Path) -> list[str]:
    gold, names = gold_ngrams(), dictionary_ngrams()
    grams = set().union(*(ngrams(t) for t in texts_of(path)))
    return sorted(" ".join(g) for g in grams if hash(g) in gold and hash(g) not in names)


def test_no_repo_file_shares_six_words_with_gold():
    found = {str(p.relative_to(ROOT)): hits for p in repo_files() if (hits := leaks(p))}
    report = "\n".join(f"{path}: {len(h)} shared 6-word runs, e.g. '{h[0]}'" for path, h in found.items())
    assert not found, "gold text found in the repo (rewrite with invented wording):\n" + report
