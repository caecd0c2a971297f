#!/usr/bin/env python3
"""Build the dated actor knowledge base shipped in src/sanderling/lexicons/actors/kb/.

Usage: python scripts/build_actor_kb.py [--dicts DIR] [--reign REPO_GIT] [--leaders REPO_GIT]
                                        [--world REPO_GIT]
Each source is read from a local path (a git directory fetched beforehand); nothing is
downloaded here or at run time. Defaults are the mirror paths under /work/.mirror.

Sources (licences and commits in docs/choices.md):
  PETRARCH2 Phoenix dictionaries (MIT)      people with dated country/sector codes, to 2015
  REIGN leader list (One Earth Future)      effective national leaders 1945 - March 2021
  every-politician-scrapers/world-leaders-2021 (Wikidata, CC0)
                                            heads of state and government, with years, to 2022
  every-politician-scrapers/<country> repositories, html/holders21.csv (Wikidata, CC0)
                                            holders of national offices since 2000 with
                                            start and end dates (cabinet, heads, chiefs)
  Party Facts core parties, hdigital/partyfactsdata (MIT)
                                            political parties: country, names, short names
  every-politician-scrapers/world, sources/foreign (Wikidata, CC0)
                                            foreign ministers, each stored version of the file
                                            is a snapshot: in office from `start` (else the
                                            first snapshot) until the first snapshot without them

Output: people.json.gz, {"people": a list of
  {"name": display name, "aliases": [other spellings], "code": ISO3,
   "tenures": [[from, to, sector, role, source], ...]},
  "orgs": a list of {"name", "aliases", "code", "sector"} (parties, sector PTY)}
with dates as "YYYY", "YYYY-MM" or "YYYY-MM-DD" (to = null: open at the source's date).
"""
from __future__ import annotations

import argparse
import csv
import gzip
import io
import json
import re
import subprocess
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "sanderling" / "lexicons" / "actors" / "kb" / "people.json.gz"
MIRROR = Path("/work/.mirror")
COUNTRIES = ROOT / "src" / "sanderling" / "lexicons" / "actors" / "countries.json"

#: Phoenix sectors kept for people (ELI = elites: out of office, no government role).
PHOENIX_SECTORS = {"GOV": "GOV", "ELI": "ELI", "SPY": "SPY", "OPP": "OPP", "REB": "REB", "MIL": "MIL",
                   "LEG": "LEG"}
#: Words that make a Phoenix name an organisation or a title, not a person.
NOT_PERSON = re.compile(r"\b(MINISTRY|MINISTER|PRESIDENT|GOVERNMENT|COUNCIL|PARTY|ARMY|FRONT|OFFICE|"
                        r"COMMISSION|COMMITTEE|AGENCY|DEPARTMENT|SECRETARY|AMBASSADOR|SENATOR|GENERAL|"
                        r"FORCES?|POLICE|COURT|BANK|UNION|ASSEMBLY|PARLIAMENT|CABINET|REGIME|KING|QUEEN|"
                        r"PRINCE|EMIR|SHEIKH|SHEIK|MR|MRS|DR|GEN|COL|MAJ|LT|CAPT|THE)\b\.?")
#: Positions in the world-leaders list: the role word that a text would use.
ROLE_WORDS = ("prime minister", "president", "chancellor", "taoiseach", "premier", "emir", "king",
              "queen", "sultan", "monarch", "emperor", "supreme leader", "governor-general",
              "chairman", "captain regent", "co-prince", "leader")


def fold(text: str) -> str:
    """Lower case, accents stripped (the key the annotator looks names up by)."""
    t = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in t if not unicodedata.combining(c))


def pretty(name: str) -> str:
    return " ".join("-".join(p[:1] + p[1:].lower() for p in w.split("-")) if w.isupper() else w
                    for w in name.split())


def git_show(repo: Path, rev: str, path: str) -> str:
    raw = subprocess.run(["git", "--git-dir", str(repo), "show", f"{rev}:{path}"], check=True,
                         capture_output=True).stdout
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")  # REIGN's CSV mixes in Windows-1252


def git_versions(repo: Path, path: str) -> list[tuple[str, str]]:
    """(commit, ISO date) of every version of a file, oldest first."""
    out = subprocess.run(["git", "--git-dir", str(repo), "log", "--format=%H %cs", "--", path],
                         check=True, capture_output=True, text=True).stdout.split("\n")
    return [tuple(line.split()) for line in reversed(out) if line.strip()]


def head(repo: Path) -> str:
    return subprocess.run(["git", "--git-dir", str(repo), "rev-parse", "HEAD"], check=True,
                          capture_output=True, text=True).stdout.strip()


class People:
    """People keyed by (folded display name, country); tenures and aliases merged."""

    def __init__(self):
        self.by_key: dict[tuple, dict] = {}

    def add(self, name: str, code: str, tenure: list, aliases=()):
        name = re.sub(r"\s+", " ", name).strip()
        if not name or not code:
            return
        key = (fold(name), code)
        p = self.by_key.setdefault(key, {"name": name, "aliases": [], "code": code, "tenures": []})
        for a in aliases:
            if fold(a) != fold(p["name"]) and a not in p["aliases"]:
                p["aliases"].append(a)
        if tenure not in p["tenures"]:
            p["tenures"].append(tenure)

    def merge_surname_entries(self):
        """'Trump' (REIGN) and 'Donald Trump' (Wikidata) of one country are one person when
        the surname-only entry's tenures touch the full name's years; the tenures join."""
        full_by_last = defaultdict(list)
        for (k, code), p in self.by_key.items():
            if " " in k:
                full_by_last[(k.split()[-1], code)].append(p)
        for (k, code), p in list(self.by_key.items()):
            if " " in k:
                continue
            cands = full_by_last.get((k, code), [])
            if len(cands) == 1:
                cands[0]["tenures"].extend(t for t in p["tenures"] if t not in cands[0]["tenures"])
                if p["name"] not in cands[0]["aliases"]:
                    cands[0]["aliases"].append(p["name"])
                del self.by_key[(k, code)]

    def out(self) -> list[dict]:
        rows = []
        for p in self.by_key.values():
            p["tenures"].sort(key=lambda t: (t[0] or "", t[1] or "9999"))
            rows.append(p)
        rows.sort(key=lambda p: (p["code"], p["name"]))
        return rows


def read_phoenix(path: Path, people: People) -> int:
    """Dated person entries of Phoenix.Countries.actors.txt."""
    actors = json.loads(path.read_text(encoding="utf-8"))["actors"]
    n = 0
    for a in actors:
        if a["source_file"] != "Phoenix.Countries.actors.txt":
            continue
        codes = [c for c in a["codes"] if c.get("country") and (c.get("start") or c.get("end"))
                 and c.get("sector") in PHOENIX_SECTORS and len(c["country"]) == 3]
        if not codes:
            continue
        names = [x for x in a["names"] if not NOT_PERSON.search(x) and len(x) >= 4 and "(" not in x]
        if not names:
            continue
        full = [x for x in names if " " in x] or names
        display = pretty(full[0])
        aliases = [pretty(x) for x in names if x != full[0] and " " in x]
        for c in codes:
            people.add(display, c["country"], [c.get("start"), c.get("end"), PHOENIX_SECTORS[c["sector"]],
                                                None, "phoenix"], aliases)
        n += 1
    return n


def country_index() -> dict[str, str]:
    """Country name (folded) -> ISO3, from our countries.json."""
    idx = {}
    for code, c in json.loads(COUNTRIES.read_text(encoding="utf-8"))["countries"].items():
        for n in [c["name"]] + c["names"]:
            idx.setdefault(fold(n), code)
    for alias, code in {"kingdom of denmark": "DNK", "kingdom of the netherlands": "NLD",
                        "people's republic of china": "CHN", "ivory coast": "CIV", "eswatini": "SWZ",
                        "federated states of micronesia": "FSM", "the gambia": "GMB",
                        "state of palestine": "PSE", "czech republic": "CZE", "north macedonia": "MKD",
                        "republic of the congo": "COG", "democratic republic of the congo": "COD",
                        "east timor": "TLS", "vatican city": "VAT", "sao tome and principe": "STP",
                        "cabo verde": "CPV", "cape verde": "CPV", "united states of america": "USA",
                        "united states": "USA", "united kingdom": "GBR", "south korea": "KOR",
                        "north korea": "PRK", "russia": "RUS", "syria": "SYR", "iran": "IRN",
                        "laos": "LAO", "vietnam": "VNM", "bolivia": "BOL", "venezuela": "VEN",
                        "tanzania": "TZA", "moldova": "MDA", "taiwan": "TWN", "kosovo": "XKX",
                        "brunei": "BRN", "turkey": "TUR", "myanmar": "MMR"}.items():
        idx.setdefault(alias, code)
    return idx


def read_reign(repo: Path, people: People, phoenix_people: People) -> tuple[int, int]:
    """REIGN leaders; the COW state code is mapped to ISO3 by the countries whose leaders
    Phoenix also lists (a vote by surname), else by the state abbreviation when it is ISO3."""
    text = git_show(repo, "HEAD", "data_sets/leaderlist_3_21.csv")
    rows = list(csv.DictReader(io.StringIO(text)))
    surname_codes = defaultdict(Counter)
    for (k, code), p in phoenix_people.by_key.items():
        if any(t[2] == "GOV" for t in p["tenures"]):
            surname_codes[k.split()[-1]][code] += 1
    votes = defaultdict(Counter)
    for r in rows:
        last = fold(r["leader"]).split()[-1] if r["leader"].strip() else ""
        for code, n in surname_codes.get(last, {}).items():
            votes[r["ccode"]][code] += 1
    known = set(json.loads(COUNTRIES.read_text(encoding="utf-8"))["countries"])
    iso_of = {}
    for r in rows:
        cc = r["ccode"]
        if cc in iso_of:
            continue
        best = votes[cc].most_common(2)
        if best and best[0][1] >= 2 and (len(best) == 1 or best[0][1] >= 2 * best[1][1]):
            iso_of[cc] = best[0][0]
        elif r["stateabb"] in known:
            iso_of[cc] = r["stateabb"]
    n = 0
    for r in rows:
        code = iso_of.get(r["ccode"])
        name = re.sub(r"\s*\(.*?\)", "", r["leader"]).strip()
        if not code or not name or not r["syear"]:
            continue
        start = f"{int(r['syear']):04d}-{int(r['smonth'] or 1):02d}-{int(r['sdate'] or 1):02d}"
        end = f"{int(r['eyear']):04d}-{int(r['emonth'] or 12):02d}" if r["eyear"] else None
        people.add(name, code, [start, end, "GOV", "leader", "reign"])
        n += 1
    return n, len({r["ccode"] for r in rows}) - len(iso_of)


def role_of(position: str) -> str | None:
    p = position.lower()
    for w in ROLE_WORDS:
        if p.startswith(w) or f" {w}" in p.split(" of ")[0]:
            return w
    if "minister" in p and ("foreign" in p or "external" in p):
        return "foreign minister"
    return None


def read_world_leaders(repo: Path, people: People, countries: dict) -> int:
    text = git_show(repo, "HEAD", "data/wikidata.csv")
    n = 0
    for r in csv.DictReader(io.StringIO(text)):
        code = countries.get(fold(r["country"]))
        name = r["officeholderLabel"]
        if not code or not name or re.fullmatch(r"Q\d+", name) or not r["start_year"]:
            continue
        people.add(name, code, [r["start_year"], r["end_year"] or None, "GOV", role_of(r["positionLabel"]),
                                "wikidata"])
        n += 1
    return n


def read_foreign_ministers(repo: Path, people: People, countries: dict) -> int:
    """Snapshots of the current foreign ministers: each version is the list on its date."""
    path = "sources/foreign/wikidata.csv"
    seen: dict[tuple, dict] = {}
    versions = git_versions(repo, path)
    for commit, day in versions:
        current = set()
        for r in csv.DictReader(io.StringIO(git_show(repo, commit, path))):
            code = countries.get(fold(r["countryLabel"]))
            name = r.get("name") or r.get("personLabel")
            if not code or not name or re.fullmatch(r"Q\d+", name):
                continue
            key = (name, code)
            current.add(key)
            s = seen.setdefault(key, {"start": r["start"] or day, "end": None, "last": day})
            s["last"] = day
        for key, s in seen.items():
            if key not in current and s["end"] is None:
                s["end"] = day
    for (name, code), s in seen.items():
        people.add(name, code, [s["start"], s["end"], "GOV", "foreign minister", "wikidata"])
    return len(seen)


def read_office_holders(mirror: Path, people: People, countries: dict) -> tuple[int, list[str]]:
    """html/holders21.csv of every fetched every-politician-scrapers country repository:
    position, person, start, end; the country is the repository's jurisdiction."""
    sys.path.insert(0, str(ROOT / "src"))
    from sanderling.actor_kb import role_sector
    n, used = 0, []
    for repo in sorted(mirror.glob("every-politician-scrapers+*/repo")):
        try:
            meta = json.loads(git_show(repo, "HEAD", "meta.json"))
            text = git_show(repo, "HEAD", "html/holders21.csv")
        except (subprocess.CalledProcessError, json.JSONDecodeError):
            continue
        name = re.sub(r"^the ", "", meta.get("jurisdiction", {}).get("name", ""), flags=re.I)
        code = countries.get(fold(name))
        if not code:
            continue
        used.append(f"{repo.parent.name.split('+', 1)[1]} @ {head(repo)[:7]} ({code})")
        for r in csv.DictReader(io.StringIO(text)):
            person = (r.get("person") or "").strip()
            if not person or re.fullmatch(r"Q\d+", person) or not r.get("start"):
                continue
            people.add(person, code, [r["start"], r.get("end") or None, role_sector(r["position"]),
                                      r["position"], "wikidata"])
            n += 1
    return n, used


#: Parties that ended before this year are left out (their names now mostly mislead).
PARTY_MIN_LAST_YEAR = 1990
PARTIES_PATH = "import/elecglob/partyfacts-core-parties.csv"


def read_parties(repo: Path, countries_known: set) -> list[dict]:
    """Party Facts core parties (MIT): country, English and native names, short names.
    Kept as names: English or native names of two words or more; a one-word native name or
    short name only when it is no English word (not in the spaCy model's vocabulary, so
    "Change" or "Forward" never name a party) or, in capitals, an acronym of 3-6 letters
    that only one country's party uses. Names shared by parties of several countries stay
    (the lookup leaves them uncoded)."""
    sys.path.insert(0, str(ROOT / "src"))
    from sanderling.nlp import get_nlp
    vocab = get_nlp(()).vocab.strings
    rows = [r for r in csv.DictReader(io.StringIO(git_show(repo, "HEAD", PARTIES_PATH)))
            if not r["technical"] and r["country"] in countries_known
            and not (r["year_last"] and int(r["year_last"]) < PARTY_MIN_LAST_YEAR)]
    acronym_codes = defaultdict(set)
    for r in rows:
        acronym_codes[r["name_short"].strip()].add(r["country"])

    def latin(n):
        return all(ord(c) < 0x250 for c in n)

    out = []
    for r in rows:
        names = []
        for n in (r["name_english"], r["name"]):
            for part in n.split(" / "):
                part = re.sub(r"\s*\(.*?\)", "", part).strip()
                if not part or not latin(part) or part in names:
                    continue
                words = part.split()
                if len(words) >= 2 and part[0].isupper():
                    names.append(part)
                elif len(words) == 1 and part[0].isupper() and part.lower() not in vocab and len(part) >= 4:
                    names.append(part)
        short = r["name_short"].strip()
        if short.isalpha() and short.isupper() and 3 <= len(short) <= 6 and len(acronym_codes[short]) == 1 \
                and short not in countries_known:
            names.append(short)
        elif short.isalpha() and short[:1].isupper() and not short.isupper() and len(short) >= 4 \
                and short.lower() not in vocab and short not in names:
            names.append(short)
        if names:
            out.append({"name": names[0], "aliases": names[1:], "code": r["country"], "sector": "PTY"})
    return out


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--dicts", type=Path, default=ROOT.parent / "shared" / "data" / "dictionaries")
    ap.add_argument("--reign", type=Path, default=MIRROR / "OEFDataScience+REIGN.github.io" / "repo" / ".git")
    ap.add_argument("--leaders", type=Path, default=MIRROR / "every-politician-scrapers+world-leaders-2021" / "repo")
    ap.add_argument("--world", type=Path, default=MIRROR / "every-politician-scrapers+world" / "repo")
    ap.add_argument("--parties", type=Path, default=MIRROR / "hdigital+partyfactsdata" / "repo")
    args = ap.parse_args(argv)
    if not (args.dicts / "phoenix_actors.json").exists():
        args.dicts = Path("/work/shared/data/dictionaries")
    people = People()
    n_ph = read_phoenix(args.dicts / "phoenix_actors.json", people)
    phoenix_only = People()
    phoenix_only.by_key = dict(people.by_key)
    n_re, unmapped = read_reign(args.reign, people, phoenix_only)
    countries = country_index()
    n_wl = read_world_leaders(args.leaders, people, countries)
    n_fm = read_foreign_ministers(args.world, people, countries)
    n_oh, oh_repos = read_office_holders(MIRROR, people, countries)
    people.merge_surname_entries()
    rows = people.out()
    known = set(json.loads(COUNTRIES.read_text(encoding="utf-8"))["countries"])
    parties = read_parties(args.parties, known)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    meta = {"built_by": "scripts/build_actor_kb.py",
            "sources": {"phoenix": "petrarch2 @ 676801c (MIT)",
                        "reign": f"OEFDataScience/REIGN.github.io @ {head(args.reign)}",
                        "world-leaders-2021": f"every-politician-scrapers/world-leaders-2021 @ {head(args.leaders)} (CC0)",
                        "foreign-ministers": f"every-politician-scrapers/world @ {head(args.world)} (CC0)",
                        "office-holders": oh_repos,
                        "parties": f"hdigital/partyfactsdata @ {head(args.parties)} {PARTIES_PATH} (MIT)"}}
    payload = json.dumps({"meta": meta, "people": rows, "orgs": parties}, ensure_ascii=False,
                         separators=(",", ":"))
    with gzip.open(OUT, "wt", encoding="utf-8", compresslevel=9) as f:
        f.write(payload)
    print(f"phoenix {n_ph} actors, reign {n_re} leader terms ({unmapped} states unmapped), "
          f"world leaders {n_wl}, foreign ministers {n_fm}, office terms {n_oh} from {len(oh_repos)} "
          f"country repositories -> {len(rows)} people, {len(parties)} parties, "
          f"{OUT.stat().st_size / 1e6:.2f} MB at {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    sys.exit(main())
