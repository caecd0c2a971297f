"""Time the adversarial texts at 10k, 50k and 100k characters (CPU seconds, this process).

    python benchmarks/bench_adversarial.py [--kinds dots,long_word] [--json-out FILE]

Prints one line per kind with the three timings and the 100k/10k ratio (linear = 10).
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from adversarial import KINDS, SIZES  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--kinds", default=",".join(KINDS))
    ap.add_argument("--json-out", type=Path)
    args = ap.parse_args()
    from sanderling.nlp import get_nlp
    from sanderling.pipeline import code_text
    nlp = get_nlp()
    code_text("Warm-up: the minister met envoys in Nairobi, Kenya.", nlp=nlp)
    rows = []
    for kind in args.kinds.split(","):
        row = {"kind": kind}
        for n in SIZES:
            t0 = time.process_time()
            code_text(KINDS[kind](n), id=kind, published="2026-01-15", nlp=nlp)
            row[str(n)] = round(time.process_time() - t0, 2)
        row["ratio_100k_10k"] = round(row["100000"] / max(row["10000"], 0.01), 1)
        rows.append(row)
        print(json.dumps(row), flush=True)
    if args.json_out:
        args.json_out.write_text(json.dumps(rows, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
