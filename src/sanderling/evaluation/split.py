"""The fixed tuning/check split of every development set.

Every gold record (sentence or article) belongs to exactly one part, decided by a hash of
its id and nothing else: the part never changes when a file is re-ordered, grows, or is
read by another script. Rules, lexicon entries and training may look at the *tuning* part
only; the *check* part stands in for text nobody has seen, and a change is kept only if the
check figures do not get worse.

    >>> part_of("PLOVER-GSR01-AGREE-0001") in {"tuning", "check"}
    True

The hash is SHA-256 of the UTF-8 id; the first 8 bytes read as an unsigned big-endian
integer, modulo 3: 0 is *check*, 1 and 2 are *tuning* (one third / two thirds).
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Iterable, Iterator

TUNING, CHECK = "tuning", "check"
PARTS = (TUNING, CHECK)


def part_of(record_id: str) -> str:
    """'tuning' or 'check' for a record id (stable across runs, machines and Python versions)."""
    digest = hashlib.sha256(str(record_id).encode("utf-8")).digest()
    return CHECK if int.from_bytes(digest[:8], "big") % 3 == 0 else TUNING


def select(records: Iterable[dict], part: str) -> Iterator[dict]:
    """The records of one part; `part` is 'tuning', 'check' or 'all'."""
    if part not in (*PARTS, "all"):
        raise ValueError(f"unknown part {part!r}: use 'tuning', 'check' or 'all'")
    for rec in records:
        if part == "all" or part_of(rec["id"]) == part:
            yield rec


def read_part(path: Path | str, part: str) -> list[dict]:
    """Read a JSONL gold file and keep the records of one part."""
    with open(path, encoding="utf-8") as f:
        return list(select((json.loads(line) for line in f if line.strip()), part))
