"""Rebuild full gold records (article text and evidence sentences) from the stored annotations.

The repo keeps annotations as offsets only (data/annotations/*.events.jsonl): each article names
its `source_file` (relative to the shared data folder), the SHA-256 of the article text it was
annotated on, and per event `evidence_start`/`evidence_end` character offsets. The news text
itself is owned by its publishers and is never copied into the repo; this script reads it from
the shared folder at use and writes complete records, in the layout of news36_events.jsonl, to
a path you give (keep it outside the repo, e.g. out/ or /tmp).

Usage:
  python scripts/annotations_to_gold.py OUT.jsonl [ANNOTATIONS.jsonl ...]
        [--shared ../shared/data]

Without ANNOTATIONS the default is data/annotations/guardian_dev_100.events.jsonl. The shared
folder defaults to $SANDERLING_SHARED/data, else ../shared/data beside the repo (or
beside its parent, for a git worktree). An article whose
text is missing or whose hash differs is skipped and reported (its offsets would be wrong);
nothing else is dropped.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = [ROOT / "data" / "annotations" / "guardian_dev_100.events.jsonl"]


def default_shared() -> Path:
    env = os.environ.get("SANDERLING_SHARED")
    if env:
        return Path(env) / "data"
    # the main checkout sits beside ../shared; a git worktree one level deeper (wt/<name>)
    for base in (ROOT.parent, ROOT.parent.parent):
        if (base / "shared" / "data").is_dir():
            return base / "shared" / "data"
    return ROOT.parent / "shared" / "data"


def load_texts(shared: Path, source_file: str, cache: dict) -> dict:
    if source_file not in cache:
        path = shared / source_file
        texts = {}
        if path.is_file():
            with path.open(encoding="utf-8") as f:
                for line in f:
                    if line.strip():
                        rec = json.loads(line)
                        texts[str(rec["id"])] = rec
        cache[source_file] = texts
    return cache[source_file]


def rebuild(annotation_files: list[Path], shared: Path) -> tuple[list[dict], list[str]]:
    cache: dict = {}
    out, problems = [], []
    for path in annotation_files:
        with path.open(encoding="utf-8") as f:
            for line in f:
                if not line.strip():
                    continue
                ann = json.loads(line)
                src = load_texts(shared, ann["source_file"], cache).get(ann["id"])
                if src is None:
                    problems.append(f"{ann['id']}: text not found in {shared / ann['source_file']}")
                    continue
                text = src["text"]
                if hashlib.sha256(text.encode("utf-8")).hexdigest() != ann["text_sha256"]:
                    problems.append(f"{ann['id']}: text differs from the annotated one (sha256), skipped")
                    continue
                events = []
                for ev in ann["events"]:
                    ev = dict(ev)
                    ev["evidence"] = text[ev["evidence_start"]:ev["evidence_end"]]
                    events.append(ev)
                rec = {"id": ann["id"], "date": ann.get("date", src.get("date")), "text": text, "events": events}
                # keep the annotation's other fields (source_file, attempt, ...) but not the hash
                rec.update({k: v for k, v in ann.items() if k not in rec and k != "text_sha256"})
                out.append(rec)
    return out, problems


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path, help="where to write the full gold records (outside the repo)")
    ap.add_argument("annotations", type=Path, nargs="*", default=DEFAULT)
    ap.add_argument("--shared", type=Path, default=None, help="shared data folder (default ../shared/data)")
    args = ap.parse_args(argv)
    shared = args.shared or default_shared()
    if not shared.is_dir():
        print(f"shared data folder {shared} not found: pass --shared PATH or set SANDERLING_SHARED", file=sys.stderr)
        return 2
    records, problems = rebuild(args.annotations, shared)
    for p in problems:
        print("skipped:", p, file=sys.stderr)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as f:
        for rec in records:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    n = sum(len(r["events"]) for r in records)
    print(f"{len(records)} articles, {n} events -> {args.out}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
