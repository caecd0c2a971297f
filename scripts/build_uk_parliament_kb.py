#!/usr/bin/env python3
"""Build the dated UK Parliament layer of the actor KB (kb/uk_parliament.json.gz).

Usage: python scripts/build_uk_parliament_kb.py [--repo GIT_DIR] [--commit 378ef70]

Source: the Public Whip members lists (members/all-members.xml: every member of the House of
Commons 1997-2005, one entry per term and party, with the day it began and ended;
members/all-lords.xml: the House of Lords of 2004 with the day each peer took their seat), as
kept in the history of openaustralia/theyvoteforyou (a fork of the Public Whip), read from a
local git directory fetched beforehand (default /work/.mirror/openaustralia+theyvoteforyou/repo,
commit 378ef70 of 2005-05-13, the last with the UK lists); nothing is downloaded here or at
run time. Only facts are taken (names, dates of office, house, kind of peerage); no text,
constituency or code of the source. The Public Whip software is GPL-2; the lists compile
public facts of the UK Parliament (parliament.uk, election.demon.co.uk); sources and licences
of every KB layer: docs/choices.md.

Why: the dictionaries and office-holder lists behind kb/people.json.gz name prime ministers and
secretaries of state, not backbench MPs, party figures or peers, so UK political news of
2004-05 ("Charles Kennedy", "Mark Oaten", "Lord Bach") left them without a code. Each MP gets
one tenure per term, [from, to, "LEG", "member of parliament", "publicwhip"]; each peer one
from their introduction, open-ended, "LEG" ("JUD" for law lords, "REL" for bishops).

Output: the layout of kb/people.json.gz ({"people": [{"name", "aliases", "code", "tenures"}],
"meta": {...}}), read by sanderling.actor_kb beside it.
"""
from __future__ import annotations

import argparse
import gzip
import html
import json
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
from sanderling.actor_kb import KB_EXTRA_PATHS, KB_PATH, fold  # noqa: E402
OUT = ROOT / "src" / "sanderling" / "lexicons" / "actors" / "kb" / "uk_parliament.json.gz"
DEFAULT_REPO = Path("/work/.mirror/openaustralia+theyvoteforyou/repo")
DEFAULT_COMMIT = "378ef70cff1c73c2a15f4cb15fbfda7b4db298fe"
SOURCE = "publicwhip"
#: an entry is one XML element of attributes name="value"
ELEMENT = re.compile(r"<(member|lord)\b(.*?)/>", re.S)
ATTR = re.compile(r'(\w+)="([^"]*)"')
#: sector and role of a peer by the kind of peerage (the Queen is left out)
PEERAGE = {"Law Lord": ("JUD", "law lord"), "Bishops and Archbishops": ("REL", "bishop")}
OPEN_TO = "9999-12-31"


def git_show(repo: Path, commit: str, path: str) -> str:
    return subprocess.run(["git", "--git-dir", str(repo), "show", f"{commit}:{path}"], check=True,
                          capture_output=True).stdout.decode("iso-8859-1")


def elements(text: str, tag: str) -> list[dict]:
    return [{k: html.unescape(v).strip() for k, v in ATTR.findall(body)}
            for t, body in ELEMENT.findall(text) if t == tag]


def commons(text: str) -> dict[str, dict]:
    people: dict[str, dict] = {}
    for m in elements(text, "member"):
        first, last = m.get("firstname", ""), m.get("lastname", "")
        if not last or m.get("house", "commons") != "commons":
            continue
        name = f"{first} {last}".strip()
        to = m.get("todate") or None
        tenure = [m["fromdate"], None if to in (None, OPEN_TO) else to, "LEG", "member of parliament", SOURCE]
        p = people.setdefault(name, {"name": name, "aliases": [], "code": "GBR", "tenures": []})
        if tenure not in p["tenures"]:
            p["tenures"].append(tenure)
    return people


def lords(text: str) -> dict[str, dict]:
    people: dict[str, dict] = {}
    for m in elements(text, "lord"):
        title, lordname, of = m.get("title", ""), m.get("lordname", ""), m.get("lordofname", "")
        if m.get("peeragetype") == "Monarch" or not title or not (lordname or of):
            continue
        name = f"{title} {lordname}".strip() if lordname else f"{title} of {of}"
        sector, role = PEERAGE.get(m.get("peeragetype", ""), ("LEG", "peer"))
        aliases = {f"{title} {lordname} of {of}"} if lordname and of else set()
        front = m.get("frontnames", "").split()
        if front and lordname and title in ("Lord", "Baroness", "Lady"):
            aliases.add(f"{front[0]} {lordname}")  # "Lord Falconer" is also "Charles Falconer"
        tenure = [m.get("fromdate") or "1900-01-01", m.get("todate") or None, sector, role, SOURCE]
        p = people.setdefault(name, {"name": name, "aliases": [], "code": "GBR", "tenures": []})
        p["aliases"] = sorted(set(p["aliases"]) | aliases)
        if tenure not in p["tenures"]:
            p["tenures"].append(tenure)
    return people


def other_countries_names() -> set[str]:
    """Folded names the other KB layers give to someone of another country than the UK."""
    out = set()
    for path in (KB_PATH, *KB_EXTRA_PATHS):
        if path == OUT or not path.exists():
            continue
        for p in json.loads(gzip.decompress(path.read_bytes()).decode("utf-8"))["people"]:
            if p["code"] != "GBR":
                out.update(fold(n) for n in [p["name"], *p.get("aliases", [])])
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--repo", type=Path, default=DEFAULT_REPO, help="git directory of openaustralia/theyvoteforyou")
    ap.add_argument("--commit", default=DEFAULT_COMMIT, help="the commit that holds members/all-members.xml")
    ap.add_argument("--out", type=Path, default=OUT)
    a = ap.parse_args(argv)
    if not a.repo.exists():
        print(f"no theyvoteforyou repository at {a.repo}: fetch it first and pass --repo", file=sys.stderr)
        return 2
    try:
        people = commons(git_show(a.repo, a.commit, "members/all-members.xml"))
        peers = lords(git_show(a.repo, a.commit, "members/all-lords.xml"))
    except subprocess.CalledProcessError as e:
        print(f"cannot read the members lists at {a.commit[:7]}: {e.stderr.decode(errors='replace').strip()}",
              file=sys.stderr)
        return 2
    for name, p in peers.items():  # an MP made a peer keeps both houses' tenures
        people.setdefault(name, p)
    taken = other_countries_names()
    clashes = sorted(n for n in people if fold(n) in taken)
    for n in clashes:  # "Helen Clark" is New Zealand's in the KB: an MP of that name would make it ambiguous
        del people[n]
    rows = sorted(people.values(), key=lambda p: p["name"])
    for p in rows:
        p["aliases"] = [n for n in p["aliases"] if fold(n) not in taken]
        p["tenures"].sort(key=lambda t: t[0])
    data = {"meta": {"source": "Public Whip members lists (openaustralia/theyvoteforyou history)",
                     "commit": a.commit, "files": ["members/all-members.xml", "members/all-lords.xml"],
                     "licence": "facts only (names, dates of office); source software GPL-2",
                     "left_out": clashes,
                     "people": len(rows)},
            "people": rows}
    a.out.write_bytes(gzip.compress(json.dumps(data, ensure_ascii=False, sort_keys=True).encode("utf-8"), mtime=0))
    print(f"left out {len(clashes)} names another layer gives to another country: {', '.join(clashes)}")
    print(f"{len(rows)} people -> {a.out} ({a.out.stat().st_size / 1e3:.0f} kB), theyvoteforyou @ {a.commit[:7]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
