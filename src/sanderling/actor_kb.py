"""The dated actor knowledge base: who held which office when, and an analyst's overlay.

Two layers, one lookup:

* the shipped KB, ``lexicons/actors/kb/people.json.gz`` (built by
  ``scripts/build_actor_kb.py`` from Phoenix, REIGN and Wikidata-derived lists): people with
  a country and tenures ``[from, to, sector, role, source]``; beside it
  ``kb/us_congress.json.gz`` (``scripts/build_us_congress_kb.py``): members of the US Congress
  and the US executive, each term dated; ``kb/uk_parliament.json.gz``
  (``scripts/build_uk_parliament_kb.py``): members of the UK Commons 1997-2005 and peers;
  ``lexicons/actors/igo_officials.json``: heads and envoys of international organisations
  (UN, NATO, EU, IAEA, Arab League, ...), dated, entered by hand (its ``_meta`` says how);
* an analyst's overlay, a YAML file (``sanderling code --actors my_actors.yaml``,
  ``code_text(..., actors="my_actors.yaml")``) whose entries add people or organisations, or
  override the KB for a name (see ``examples/my_actors.yaml``).

Names are looked up folded (lower case, accents stripped: "Erdoğan" = "Erdogan") as whole
names or aliases; a surname alone is looked up only among people in office on the article's
date, and only when that surname points to one country. A person is resolved against the
publication date: in office -> the tenure's sector and role; out of office -> the country
alone (the sector is what the text says).
"""
from __future__ import annotations

import functools
import gzip
import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from .errors import SanderlingError

KB_PATH = Path(__file__).resolve().parent / "lexicons" / "actors" / "kb" / "people.json.gz"
#: Further dated layers in the same layout, read after KB_PATH: members of the US Congress and
#: the US executive (``scripts/build_us_congress_kb.py``, unitedstates/congress-legislators, CC0);
#: members of the UK Commons 1997-2005 and the Lords of 2004 (``scripts/build_uk_parliament_kb.py``,
#: the Public Whip lists: names and dates of office only).
KB_EXTRA_PATHS = (KB_PATH.parent / "us_congress.json.gz", KB_PATH.parent / "uk_parliament.json.gz",
                  KB_PATH.parent.parent / "igo_officials.json")
COUNTRIES_PATH = Path(__file__).resolve().parent / "lexicons" / "actors" / "countries.json"

#: Phoenix's dictionaries end early in 2015: a Phoenix tenure open at that point is taken
#: to hold until this day, not for ever (later sources say who came after).
PHOENIX_OPEN_UNTIL = "2016-12-31"
#: Offices whose holders are named by surname alone ("Erdoğan", "Pompeo") in the news.
SURNAME_ROLES = {"leader", "president", "prime minister", "monarch", "vice president", "foreign minister",
                 "defence minister"}
#: A surname alone must be at least this long to be looked up ("Li", "Ng" are not).
MIN_SURNAME_LEN = 4
PLOVER_SECTORS = {"COP", "GOV", "JUD", "LEG", "MIL", "PRM", "PTY", "REB", "SPY", "UAF", "UNK", "AGR",
                  "BUS", "CRM", "CVL", "EDU", "ELI", "JRN", "LAB", "MED", "REF", "OPP", "PRE", "REL", "SOC"}
INTERNATIONAL_CODES = {"IGO", "NGO", "IMG", "MNC", "EUR", "ISM", "UNO"}
OVERLAY_FIELDS = {"name", "aliases", "code", "sector", "role", "from", "to", "kind"}
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


class ActorOverlayError(SanderlingError):
    """An analyst's actor file that cannot be used; the message names every bad entry."""


def fold(text: str) -> str:
    """The lookup key of a name: lower case, accents stripped, spaces normalised."""
    t = text.lower()
    if not t.isascii():
        t = "".join(c for c in unicodedata.normalize("NFKD", t.replace("’", "'"))
                    if not unicodedata.combining(c))
    return " ".join(t.split())


#: Arabic articles and doubled letters that transliterations write or drop at will
#: ("Abdel Fattah el-Sisi" = "Abdel Fatah al-Sisi").
ARTICLES = {"al", "el", "ul", "ad", "ed"}
DOUBLED = re.compile(r"(\w)\1+")


#: a run of vowels inside a word: transliterations of one name differ mostly there
#: ("Mohammed" = "Mohammad" = "Muhammad" = "Mohamed"; "Abdel" = "Abdul"; "Youssef" = "Yusef");
#: a word's first and last letters stay ("Abu" is not "Abiy")
VOWELS = re.compile(r"(?<=\w)[aeiou]+(?=\w)")


def loose(text: str) -> str:
    """A looser key for transliterated names: folded, hyphens as spaces, Arabic articles
    dropped, doubled letters single, every run of vowels inside a word one "a"."""
    words = [w for w in fold(text).replace("-", " ").split() if w not in ARTICLES]
    return VOWELS.sub("a", DOUBLED.sub(r"\1", " ".join(words)))


#: Office names as sources write them -> the role a news text uses for them (first match).
ROLE_PATTERNS = [
    (re.compile(r"\b(vice|deputy)[- ]president"), "vice president"),
    (re.compile(r"\b(deputy|vice)[- ]prime minister"), "deputy prime minister"),
    (re.compile(r"\bforeign|external (affairs|relations)|^(united states )?secretary of state$|\bforeign secretary"),
     "foreign minister"),
    (re.compile(r"\bdefen[cs]e\b|\bminister of war\b"), "defence minister"),
    (re.compile(r"\binterior|home (affairs|secretary|office)|^home secretary"), "interior minister"),
    (re.compile(r"\bfinance|treasury|exchequer"), "finance minister"),
    (re.compile(r"^(the )?prime minister|^premier\b|^chancellor of (germany|austria)|^federal chancellor|taoiseach"),
     "prime minister"),
    (re.compile(r"^(the )?president\b"), "president"),
    (re.compile(r"\b(king|queen|emir|sultan|monarch|emperor)\b"), "monarch"),
]
#: Office words that make the holder military, legislative, judicial or intelligence.
ROLE_SECTORS = [
    (re.compile(r"chief of (the )?(general |defence |defense )?staff|joint chiefs|commander|general staff|"
                r"chief of (army|navy|air)|armed forces"), "MIL"),
    (re.compile(r"\bspeaker\b|member of (the )?(parliament|house|senate|congress|assembly)|\bsenator"), "LEG"),
    (re.compile(r"\bjudge\b|chief justice|\bcourt\b|attorney.general|prosecutor"), "JUD"),
    (re.compile(r"intelligence|security service|\bspy\b|\b(cia|mossad|mi6|fsb|kgb)\b"), "SPY"),
]


def normalise_role(office: str) -> str:
    """'Minister of Foreign Affairs of Iran', 'United States Secretary of State',
    'Foreign Minister' -> 'foreign minister'; unknown offices stay as written (folded)."""
    o = fold(office)
    for pattern, role in ROLE_PATTERNS:
        if pattern.search(o):
            return role
    return o


def role_sector(office: str) -> str:
    o = fold(office)
    return next((s for pattern, s in ROLE_SECTORS if pattern.search(o)), "GOV")


def surname_key(name: str) -> str:
    """The last word of a name, folded, without an Arabic article ("al-Assad" -> "assad")."""
    words = fold(name).split()
    return re.sub(r"^(al|el|ul|ad|ed)-", "", words[-1]) if words else ""


def _start(d: Optional[str]) -> str:
    return "0000-00-00" if not d else d + "-01-01"[len(d) - 4:] if len(d) < 10 else d


def _end(d: Optional[str]) -> str:
    return "9999-99-99" if not d else d + "-12-31"[len(d) - 4:] if len(d) < 10 else d


@dataclass
class Tenure:
    start: str          # normalised YYYY-MM-DD (0000-00-00: unknown)
    end: str            # normalised (9999-99-99: open)
    sector: Optional[str]
    role: Optional[str]
    source: str

    def covers(self, day: str) -> bool:
        end = self.end
        if end.startswith("9999") and self.source == "phoenix":
            end = PHOENIX_OPEN_UNTIL
        return self.start <= day <= end


@dataclass
class Actor:
    name: str
    code: str
    kind: str = "person"              # person | organisation
    aliases: list = field(default_factory=list)
    tenures: list = field(default_factory=list)
    sector: Optional[str] = None      # organisations (and undated people) have one sector
    role: Optional[str] = None
    overlay: bool = False
    keys: Optional[set] = None        # folded names, when the KB file gives them


@dataclass
class Resolution:
    """An actor as of one day."""
    actor: Actor
    code: str
    sector: Optional[str]
    role: Optional[str]
    in_office: bool


def resolve(actor: Actor, day: Optional[str]) -> Resolution:
    """The actor on `day` (YYYY-MM-DD, or None: as the KB last knew them)."""
    if not actor.tenures:
        return Resolution(actor, actor.code, actor.sector, actor.role, True)
    if day is None:
        gov = [t for t in actor.tenures if t.sector == "GOV"]
        last = (gov or actor.tenures)[-1]
        return Resolution(actor, actor.code, last.sector, last.role, True)
    now = [t for t in actor.tenures if t.covers(day)]
    if now:
        # the most specific tenure: a role beats none, the latest start wins
        best = max(now, key=lambda t: (t.role is not None, t.sector == "GOV", t.start))
        return Resolution(actor, actor.code, best.sector, best.role, best.sector != "ELI")
    return Resolution(actor, actor.code, None, None, False)


def _open_guess(actor: Actor, day: Optional[str]) -> bool:
    """Every tenure of ``actor`` that covers ``day`` is a Phoenix one left open (its end assumed)."""
    now = [t for t in actor.tenures if day is not None and t.covers(day)]
    return bool(now) and all(t.source == "phoenix" and t.end.startswith("9999") for t in now)


#: how many more tenures one state's record of a name needs, over every other state's, to
#: win a name that holds offices of several states on one day (2: one extra line, such as
#: an ex-officio title, does not make a second career)
RECORD_MARGIN = 2


class KB:
    """The name index over the shipped people and the overlay (overlay names win)."""

    def __init__(self, actors: list[Actor]):
        self.names: dict[str, list[Actor]] = {}
        self.loose: dict[str, list[Actor]] = {}       # loose(name) of names of two words or more
        self.surnames: dict[str, list[Actor]] = {}
        overlaid = {fold(n) for a in actors if a.overlay for n in [a.name] + a.aliases}
        for a in actors:
            keys = a.keys or {fold(n) for n in [a.name] + a.aliases}
            if not a.overlay and keys & overlaid:
                continue  # the analyst's entry replaces the KB's for that name
            for k in keys:
                self.names.setdefault(k, []).append(a)
                if len(k.split()) >= 2:
                    lk = loose(k)
                    if len(lk.split()) >= 2 and a not in self.loose.get(lk, []):
                        self.loose.setdefault(lk, []).append(a)
            if a.kind == "person":
                last = surname_key(a.name)
                if len(last) >= MIN_SURNAME_LEN:
                    self.surnames.setdefault(last, []).append(a)
        self.max_words = max((len(k.split()) for k in self.names), default=1)
        self.offices: dict[tuple, list[Actor]] = {}   # (country, role) -> people who held it
        for a in actors:
            for role in {t.role for t in a.tenures if t.role} | ({a.role} if a.role else set()):
                self.offices.setdefault((a.code, normalise_role(role)), []).append(a)

    def holder(self, code: Optional[str], role: Optional[str], day: Optional[str]) -> Optional[Actor]:
        """Who held `role` ("president", "foreign minister") of `code` on `day`."""
        if not code or not role or not day:
            return None
        role = normalise_role(role)
        found = [a for a in self.offices.get((code, role), [])
                 if any(t.covers(day) and t.role and normalise_role(t.role) == role for t in a.tenures)]
        over = [a for a in found if a.overlay]
        found = over or found
        return found[0] if len(found) == 1 else None

    def lookup(self, key: str, day: Optional[str]) -> Optional[Resolution]:
        """A whole name or alias: the one actor it names on `day` (None if ambiguous);
        failing that, the same name spelled loosely (two words or more)."""
        found = self._pick(self.names.get(key, []), day, need_office=False)
        if found is None and " " in key:
            found = self._pick(self.loose.get(loose(key), []), day, need_office=False)
        return found

    def surname(self, key: str, day: Optional[str]) -> Optional[Resolution]:
        """A surname alone: only people holding a top office (SURNAME_ROLES) that day, of
        one country ("Abbott" is not every official called Abbott)."""
        if len(key) < MIN_SURNAME_LEN or day is None:
            return None
        cands = [a for a in self.surnames.get(key, []) if a.overlay or any(
            t.role and t.covers(day) and normalise_role(t.role) in SURNAME_ROLES for t in a.tenures)]
        return self._pick(cands, day, need_office=True)

    @staticmethod
    def _pick(cands: list[Actor], day: Optional[str], need_office: bool) -> Optional[Resolution]:
        if not cands:
            return None
        over = [a for a in cands if a.overlay]
        if over:
            cands = over
        res = [resolve(a, day) for a in cands]
        active = [r for r in res if r.in_office and r.sector is not None]
        dated = [r for r in active if not _open_guess(r.actor, day)]
        if dated and len({r.code for r in dated}) < len({r.code for r in active}):
            active = dated  # a dated office beats a Phoenix tenure that is only assumed to go on
        if need_office:
            res = active
        elif active:
            res = active
        codes = {r.code for r in res}
        if len(codes) > 1 and res:
            # one name, offices of several states that day: the person whose record in one
            # state is the richest (most tenures, RECORD_MARGIN more than any other state's);
            # an ex-officio title abroad ("Emmanuel Macron", co-prince of Andorra) is one line
            tenures = {c: max(len(r.actor.tenures) for r in res if r.code == c) for c in codes}
            ranked = sorted(tenures.values(), reverse=True)
            if ranked[0] - ranked[1] >= RECORD_MARGIN:
                best = max(tenures, key=tenures.get)
                res = [r for r in res if r.code == best]
                codes = {best}
        if len(codes) != 1:
            return None
        return max(res, key=lambda r: (r.in_office, r.role is not None))


def _base_actors() -> list[Actor]:
    out = []
    for path in (KB_PATH, *KB_EXTRA_PATHS):
        if path is not KB_PATH and not path.exists():
            continue
        raw = path.read_bytes()
        data = json.loads((gzip.decompress(raw) if path.suffix == ".gz" else raw).decode("utf-8"))
        for p in data["people"]:
            tenures = [Tenure(_start(f), _end(t), s, r, src) for f, t, s, r, src in p["tenures"]]
            out.append(Actor(p["name"], p["code"], "person", p.get("aliases", []), tenures))
        for o in data.get("orgs", []):  # political parties: one code and sector, no dates
            out.append(Actor(o["name"], o["code"], "organisation", o.get("aliases", []), [], sector=o["sector"]))
    return out


@functools.lru_cache(maxsize=1)
def base_actors() -> tuple:
    return tuple(_base_actors())


@functools.lru_cache(maxsize=1)
def known_codes() -> frozenset:
    countries = json.loads(COUNTRIES_PATH.read_text(encoding="utf-8"))["countries"]
    return frozenset(countries) | INTERNATIONAL_CODES


# ----------------------------------------------------------------------------- overlay

def load_overlay(path: str | Path) -> list[Actor]:
    """Read and check an analyst's actor file; every bad entry is named in one error."""
    path = Path(path)
    try:
        import yaml
    except ImportError as e:  # pragma: no cover - pinned dependency
        raise ActorOverlayError("reading an actor file needs PyYAML: run `make install`") from e
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as e:
        raise ActorOverlayError(f"{path}: cannot read the actor file ({e.strerror or e}); "
                                "give the path of a YAML file") from e
    try:
        data = yaml.safe_load(text)
    except (yaml.YAMLError, ValueError) as e:  # ValueError: a date YAML cannot build
        mark = getattr(e, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        raise ActorOverlayError(f"{path}: not valid YAML{where}: {getattr(e, 'problem', e)}; "
                                "see examples/my_actors.yaml for the layout") from e
    entries = data.get("actors") if isinstance(data, dict) else data
    if not isinstance(entries, list):
        raise ActorOverlayError(f"{path}: expected a list of entries under 'actors:' "
                                "(see examples/my_actors.yaml)")
    lines = _entry_lines(text)
    errors, actors = [], []
    for i, e in enumerate(entries):
        where = f"{path}: entry {i + 1}" + (f" (line {lines[i]})" if i < len(lines) else "")
        problems = _check_entry(e)
        if problems:
            label = f" {e.get('name')!r}" if isinstance(e, dict) and e.get("name") else ""
            errors.append(f"{where}{label}: " + "; ".join(problems))
            continue
        actors.append(_overlay_actor(e))
    if errors:
        raise ActorOverlayError(f"{len(errors)} bad actor entr{'y' if len(errors) == 1 else 'ies'}:\n  "
                                + "\n  ".join(errors))
    return actors


def _entry_lines(text: str) -> list[int]:
    """Line number of each top-level list item ("- name: ...")."""
    out = []
    for n, line in enumerate(text.splitlines(), 1):
        if re.match(r"^\s{0,4}-\s", line):
            out.append(n)
    return out


def _check_entry(e) -> list[str]:
    if not isinstance(e, dict):
        return ["an entry must be a mapping with at least name and code (e.g. `- name: Ana Quispe`)"]
    out = []
    unknown = set(e) - OVERLAY_FIELDS
    if unknown:
        out.append(f"unknown field(s) {', '.join(sorted(map(str, unknown)))}: use {', '.join(sorted(OVERLAY_FIELDS))}")
    name = e.get("name")
    if not isinstance(name, str) or not name.strip():
        out.append("'name' is missing or empty: give the name as the news writes it")
    aliases = e.get("aliases", [])
    if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
        out.append("'aliases' must be a list of names, e.g. [Daesh, ISIL]")
    code = e.get("code")
    if not isinstance(code, str) or code.upper() not in known_codes():
        out.append(f"'code' {code!r} is not a country or international code: use ISO 3166 alpha-3 "
                   "(KEN, USA) or IGO/NGO/IMG/MNC/EUR")
    sector = e.get("sector")
    if sector is not None and (not isinstance(sector, str) or sector.upper() not in PLOVER_SECTORS):
        out.append(f"'sector' {sector!r} is no PLOVER sector: use one of {', '.join(sorted(PLOVER_SECTORS))}")
    kind = e.get("kind", "person")
    if kind not in ("person", "organisation", "organization"):
        out.append(f"'kind' {kind!r}: use person or organisation")
    for k in ("from", "to"):
        v = e.get(k)
        if v is not None and not DATE.match(str(v)):
            out.append(f"'{k}' {v!r} is not a date: write YYYY, YYYY-MM or YYYY-MM-DD")
        elif v is not None and not _real_date(str(v)):
            out.append(f"'{k}' {v!r} is no calendar date: check the month and day")
    if not out and e.get("from") and e.get("to") and _start(str(e["from"])) > _end(str(e["to"])):
        out.append(f"'from' {e['from']} is after 'to' {e['to']}: swap them")
    return out


def _real_date(v: str) -> bool:
    import datetime
    try:
        datetime.date.fromisoformat(_start(v))
        return True
    except ValueError:
        return False


def _overlay_actor(e: dict) -> Actor:
    kind = "organisation" if e.get("kind") in ("organisation", "organization") else "person"
    sector = e["sector"].upper() if e.get("sector") else None
    tenures = []
    if kind == "person" and (e.get("from") or e.get("to")):
        tenures.append(Tenure(_start(str(e["from"])) if e.get("from") else "0000-00-00",
                              _end(str(e["to"])) if e.get("to") else "9999-99-99",
                              sector, e.get("role"), "overlay"))
    return Actor(e["name"].strip(), e["code"].upper(), kind, [a.strip() for a in e.get("aliases", [])],
                 tenures, sector, e.get("role"), overlay=True)


# ----------------------------------------------------------------------------- the active KB

_overlay: dict = {"path": None, "actors": [], "version": 0}


def use_overlay(path: str | Path | None) -> None:
    """Make an analyst's actor file part of every lookup from now on (None: drop it)."""
    actors = [] if path is None else load_overlay(path)  # raises before anything changes
    _overlay.update(path=None if path is None else str(path), actors=actors, version=_overlay["version"] + 1)


@functools.lru_cache(maxsize=2)
def _kb_for(version: int) -> KB:
    return KB(list(_overlay["actors"]) + list(base_actors()))


def current() -> KB:
    """The KB with the overlay in use (built once per use_overlay call)."""
    return _kb_for(_overlay["version"])
