"""Kill -9 an ingest again and again, resume it each time, and compare the store row for row
with a clean run of the same corpus.

    python scripts/crash_check.py ../shared/data/corpus/guardian_dev_100.jsonl --kills 3

The clean run and the crashed runs use the same command (`sanderling ingest --workers N`,
run as a subprocess). Each crashed run is killed with SIGKILL (the whole process group:
parent and workers) at a random moment between ``--min-seconds`` and ``--max-seconds`` after
it started, then started again on the same store; after ``--kills`` kills it is left to
finish. Every table is then compared with the clean store, ignoring only the columns that
hold wall-clock times. Prints one JSON object (kills, articles stored at each kill, tables
equal or not) and exits 1 when any table differs.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from sanderling.store import comparable_rows as rows_of

TABLES = ("articles", "entities", "mentions", "events", "quotes", "acronyms", "timexes", "skipped",
          "event_clusters")


def run(corpus: str, db: Path, workers: int, commit_every: int) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "sanderling.cli", "ingest", corpus, "--db", str(db),
                             "--workers", str(workers), "--commit-every", str(commit_every), "--quiet"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                            start_new_session=True)  # its own process group: kill it whole


def count(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        return len(rows_of(db, "articles"))
    except Exception:  # noqa: BLE001  (killed before the store was created)
        return 0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", help="a JSONL corpus (e.g. ../shared/data/corpus/guardian_dev_100.jsonl)")
    ap.add_argument("--kills", type=int, default=3, help="how many times to kill the run (default 3)")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--commit-every", type=int, default=8,
                    help="articles per transaction, in both runs (small: more commits to kill between)")
    ap.add_argument("--min-seconds", type=float, default=7.0,
                    help="earliest kill after a start (the workers load the model in ~5 s)")
    ap.add_argument("--max-seconds", type=float, default=11.0)
    ap.add_argument("--seed", type=int, default=8)
    ap.add_argument("--keep", help="a folder to keep the two stores in (default: a temporary one)")
    args = ap.parse_args(argv)
    if not Path(args.corpus).is_file():
        ap.error(f"{args.corpus}: no such file")
    rng = random.Random(args.seed)
    folder = Path(args.keep or tempfile.mkdtemp(prefix="sanderling-crash-"))
    folder.mkdir(parents=True, exist_ok=True)
    clean, crashed = folder / "clean.duckdb", folder / "crashed.duckdb"
    for db in (clean, crashed):
        for p in (db, Path(str(db) + ".wal")):
            if p.exists():
                p.unlink()

    started = time.monotonic()
    proc = run(args.corpus, clean, args.workers, args.commit_every)
    _, err = proc.communicate()
    if proc.returncode not in (0, 1):  # 1: some records skipped, which is fine here
        print(err, file=sys.stderr)
        return 2
    clean_seconds = time.monotonic() - started

    stored_at_kill = []
    for _ in range(args.kills):
        proc = run(args.corpus, crashed, args.workers, args.commit_every)
        time.sleep(rng.uniform(args.min_seconds, args.max_seconds))
        if proc.poll() is not None:
            break  # it finished first: nothing left to kill
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        stored_at_kill.append(count(crashed))
    proc = run(args.corpus, crashed, args.workers, args.commit_every)
    _, err = proc.communicate()
    last_line = err.strip().splitlines()[-1] if err.strip() else ""

    tables = {t: rows_of(crashed, t) == rows_of(clean, t) for t in TABLES}
    report = {"corpus": Path(args.corpus).name, "workers": args.workers, "kills": len(stored_at_kill),
              "articles_stored_at_each_kill": stored_at_kill,
              "articles_clean": count(clean), "articles_after_resume": count(crashed),
              "rows_clean": {t: len(rows_of(clean, t)) for t in TABLES},
              "tables_equal": tables, "clean_run_seconds": round(clean_seconds, 1),
              "last_resume_summary": last_line, "stores": str(folder)}
    print(json.dumps(report, indent=2))
    return 0 if all(tables.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
