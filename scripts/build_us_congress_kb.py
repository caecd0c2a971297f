#!/usr/bin/env python3
"""Build the dated US Congress and executive layer of the actor KB (kb/us_congress.json.gz).

Usage: python scripts/build_us_congress_kb.py [--repo GIT_DIR] [--since 1990-01-01]

Source: unitedstates/congress-legislators (CC0 1.0, public domain dedication), read from a
local git directory fetched beforehand (default /work/.mirror/unitedstates+congress-legislators/repo);
nothing is downloaded here or at run time. Files: legislators-current.yaml,
legislators-historical.yaml (every member of Congress, each term with its start and end day)
and executive.yaml (presidents and vice presidents).

Why: the PETRARCH-era dictionaries and the office-holder lists behind kb/people.json.gz
name heads of state, ministers and long-serving office holders, not members of Congress, so
senators and representatives of US political news ("Sen. Ted Cruz", "Marco Rubio") were left
without a code. Every person whose last term ends on or after --since is kept, with one
tenure per term: [start, end, "LEG", "senator"|"representative", "congress-legislators"], or
"GOV" with "president"/"vice president" for executive terms.

Output: the layout of kb/people.json.gz ({"people": [{"name", "aliases", "code", "tenures"}],
"meta": {...}}), read by sanderling.actor_kb beside it.
"""
from __future__ import annotations

import argparse
import gzip
import json
import subprocess
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "sanderling" / "lexicons" / "actors" / "kb" / "us_congress.json.gz"
DEFAULT_REPO = Path("/work/.mirror/unitedstates+congress-legislators/repo")
FILES = ("legislators-current.yaml", "legislators-historical.yaml", "executive.yaml")
#: The large historical file may be missing from a partial mirror: then the members in office
#: at the snapshot (with all their earlier terms) and the executive are kept, and the meta says so.
OPTIONAL = {"legislators-historical.yaml"}
ROLES = {"sen": ("LEG", "senator"), "rep": ("LEG", "representative"),
         "prez": ("GOV", "president"), "viceprez": ("GOV", "vice president")}


def git_show(repo: Path, path: str) -> str:
    return subprocess.run(["git", "--git-dir", str(repo), "show", f"HEAD:{path}"], check=True,
                          capture_output=True).stdout.decode("utf-8")


def names_of(name: dict) -> tuple[str, list[str]]:
    """The display name and the other spellings a news text uses."""
    first, last = name.get("first", ""), name.get("last", "")
    nick, middle = name.get("nickname"), name.get("middle")
    full = name.get("official_full") or f"{first} {last}"
    aliases = {f"{first} {last}"}
    if nick:
        aliases.add(f"{nick} {last}")
    if middle:
        aliases.add(f"{first} {middle[0]}. {last}")
    if name.get("suffix"):
        aliases.add(f"{first} {last} {name['suffix']}")
    aliases.discard(full)
    return full, sorted(a for a in aliases if a.strip())


def people(records: list[dict], since: str) -> list[dict]:
    out = []
    for rec in records:
        terms = [t for t in rec.get("terms", []) if t.get("type") in ROLES]
        if not terms or max(str(t.get("end") or "9999") for t in terms) < since:
            continue
        full, aliases = names_of(rec["name"])
        tenures = [[str(t["start"]), str(t["end"]) if t.get("end") else None, *ROLES[t["type"]], "congress-legislators"]
                   for t in terms]
        out.append({"name": full, "aliases": aliases, "code": "USA", "tenures": tenures})
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--repo", type=Path, default=DEFAULT_REPO, help="git directory of unitedstates/congress-legislators")
    ap.add_argument("--since", default="1990-01-01", help="keep people whose last term ends on or after this day")
    ap.add_argument("--out", type=Path, default=OUT)
    a = ap.parse_args(argv)
    if not a.repo.exists():
        print(f"no congress-legislators repository at {a.repo}: fetch it first and pass --repo", file=sys.stderr)
        return 2
    commit = subprocess.run(["git", "--git-dir", str(a.repo), "rev-parse", "HEAD"], check=True,
                            capture_output=True, text=True).stdout.strip()
    found: dict[str, dict] = {}
    used = []
    for path in FILES:
        try:
            text = git_show(a.repo, path)
        except subprocess.CalledProcessError:
            if path in OPTIONAL:
                print(f"{path} is not in the mirror: built without it", file=sys.stderr)
                continue
            raise
        used.append(path)
        for p in people(yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)),
                        a.since):
            key = p["name"] + "|" + p["tenures"][0][0]
            if key in found:   # a president who sat in Congress: one person, all tenures
                found[key]["tenures"] += p["tenures"]
            else:
                found[key] = p
    rows = sorted(found.values(), key=lambda p: p["name"])
    for p in rows:
        p["tenures"].sort(key=lambda t: t[0])
    data = {"meta": {"source": "unitedstates/congress-legislators", "commit": commit, "licence": "CC0-1.0",
                     "since": a.since, "files": used, "people": len(rows)},
            "people": rows}
    a.out.write_bytes(gzip.compress(json.dumps(data, ensure_ascii=False, sort_keys=True).encode("utf-8"), mtime=0))
    print(f"{len(rows)} people -> {a.out} ({a.out.stat().st_size / 1e3:.0f} kB), congress-legislators @ {commit[:7]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
