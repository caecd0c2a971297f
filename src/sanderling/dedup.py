"""Cross-article deduplication: reports of the same real event become one cluster.

One kidnapping reported by forty outlets is one event, not forty. ``cluster_events`` takes
event records (the dicts of ``ArticleResult.to_dict()["events"]``, each with its
``article_id`` and the article's ``published`` date added) and groups the reports of one
real event:

    same PLOVER type, same factuality (a denial is not the act)
    overlapping actors and recipients (ISO code or normalised name; a side one report leaves
        empty does not count against it; CONSULT/AGREE/COOPERATE may swap the sides)
    dates within DATE_WINDOW_DAYS
    no conflicting place (two different towns, or two different countries)
    similar evidence: content-word overlap above a bar that is lower when place and both
        sides agree, so that differently worded reports still meet

Linked pairs are joined transitively (connected components), so the result does not depend
on the order of the input, and every figure comes from the records alone.

Scale: no all-pairs comparison. Every event is filed under a few keys (type + a participant,
type + the exact evidence); within one key, events are sorted by date and compared only with
those inside the date window, at most MAX_NEIGHBOURS of them. An event without a date is
compared with other undated ones that share a name (with a higher bar), and with dated ones
only when the evidence sentence is the same. A million events with a few keys
each cost a few sorts and a bounded number of comparisons per event.

    >>> clusters = cluster_events(records)
    >>> clusters[0].n_reports, clusters[0].member_event_ids
"""
from __future__ import annotations

import datetime as dt
import functools
import hashlib
import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Optional

# --- thresholds (set on the tuning part of tests/resources/dedup_reports.jsonl; see
# scripts/eval_dedup.py for the tuning and check figures) ---
#: Two reports' dates (event date, else publication date) at most this many days apart. Outlets
#: date one event a day apart (time zones, "yesterday" resolved against a later edition) and
#: follow-ups appear two or three days later; a repeat of the same act a week later is a new event.
DATE_WINDOW_DAYS = 3
#: Evidence similarity (Dice coefficient of content-word stems) needed when only the type, a
#: participant and the date agree. Rewordings of one act by two outlets share about a third of
#: their content words (the names, the place, the act, the numbers); two different acts of one
#: actor on one day share their names and little else.
TEXT_MIN = 0.30
#: Each agreement beyond that lowers the bar by this much: the same resolved place; both the
#: actor and the recipient side matching. With both, the bar is 0.30 - 2 * 0.08 = 0.14.
CORROBORATION_DISCOUNT = 0.08
#: Without any date on either side (an undated corpus), the bar is raised by this much: the
#: date window, the strongest evidence against a merge, is missing.
UNDATED_PENALTY = 0.15
#: Stems are word prefixes of this length: "attacked", "attacks", "attackers" meet; "police" and
#: "policy" do not (poli-c-e / poli-c-y: 6 letters tell them apart).
STEM_CHARS = 6
#: Words shorter than this are not content words (articles, "in", "of"; numbers are kept).
MIN_WORD_CHARS = 3
#: Within one key, an event is compared with at most this many later events inside the window
#: (the nearest by date first). It bounds the cost of a hot key (say, code:USA on a busy day)
#: at the risk of missing a link that no other key makes; tiny and news-sized corpora never
#: reach it.
MAX_NEIGHBOURS = 400

#: Types whose two sides are interchangeable in reporting ("A met B" / "B met A").
SYMMETRIC_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})
#: Participant texts that name nobody on their own (resolved names are used instead).
PRONOUNS = frozenset("he she they it we i you him her them his hers its their who which that this "
                     "those these".split())
#: Sectors that outlets use for one another when they describe the same armed men
#: ("police" / "security forces" / "troops"): compared as one group.
SECTOR_GROUPS = {"COP": "SECURITY", "MIL": "SECURITY", "SPY": "SECURITY", "UAF": "ARMED", "REB": "ARMED",
                 "INS": "ARMED"}
#: Words that name the state itself, not a specific actor ("the government", "ministers").
STATE_WORDS = frozenset({"government", "state", "authorities", "administration", "regime", "country"})
#: Plural group nouns that head unnamed participants; capitalised at a sentence start they are
#: still not names.
GROUP_NOUNS = frozenset("""police officers soldiers troops forces militants rebels gunmen fighters
insurgents protesters demonstrators students workers farmers miners residents villagers officials
ministers lawmakers legislators politicians diplomats authorities activists refugees civilians
journalists doctors teachers judges prosecutors investigators security""".split())
STOPWORDS = frozenset("""the and for that with from this have has had was were are been being
will would could should said says told also after before over into onto about against between
during while where when which who whom whose what than then there their they them its his her
our your not but all any some such more most other into upon under very just only both each
one per via amid among""".split())
#: Endings of demonyms ("Valdorian", "Togolese", "Danish", "Iraqi").
DEMONYM_LIKE = re.compile(r"(?:an|ese|ish|i)$")
WORD_RE = re.compile(r"[^\W_]+", re.UNICODE)


@dataclass
class Report:
    """One report in a cluster: which article, which event, when."""
    article_id: str
    event_id: str
    published: Optional[str]
    date: Optional[str]

    def to_dict(self) -> dict:
        return {"article_id": self.article_id, "event_id": self.event_id,
                "published": self.published, "date": self.date}


@dataclass
class Cluster:
    """The reports of one real event."""
    cluster_id: str
    event: str                              # PLOVER type
    n_reports: int                          # distinct articles
    n_events: int                           # event records (an article may repeat an event)
    first_report: Report
    last_report: Report
    member_event_ids: list[str]
    date: Optional[str] = None              # earliest date of a member
    actor_codes: list[str] = field(default_factory=list)
    recipient_codes: list[str] = field(default_factory=list)
    place: Optional[str] = None             # the resolved place most members give

    def to_dict(self) -> dict:
        return {"cluster_id": self.cluster_id, "event": self.event, "n_reports": self.n_reports,
                "n_events": self.n_events, "first_report": self.first_report.to_dict(),
                "last_report": self.last_report.to_dict(), "member_event_ids": list(self.member_event_ids),
                "date": self.date, "actor_codes": list(self.actor_codes),
                "recipient_codes": list(self.recipient_codes), "place": self.place}


@dataclass(frozen=True)
class _Party:
    """One participant as the comparisons see it.

    kind "named": a specific person, party or group ("Ansgar Holm", "Red Dawn Front"), matched by
    name; "country": the state itself (its name, capital or demonym: "Japan", "Tokyo"), matched
    by code; "generic": an unnamed group ("students", "the militants"), matched by code and
    sector group.
    """
    kind: str
    name: str
    code: Optional[str]
    group: Optional[str]


@dataclass
class _Ev:
    """What the comparisons need from one event record, computed once."""
    id: str
    article_id: str
    type: str
    day: Optional[int]
    date: Optional[str]
    published: Optional[str]
    actors: tuple            # of _Party
    recipients: tuple
    keys: frozenset          # blocking keys of both sides
    actor_codes: frozenset
    recipient_codes: frozenset
    stems: frozenset
    evidence_key: str
    flags: tuple
    place_id: Optional[str]
    place_name: Optional[str]
    place_country: Optional[str]
    place_is_country: bool


# ---------------------------------------------------------------- public entry points

def cluster_events(events: Iterable[dict]) -> list[Cluster]:
    """Event records -> clusters (every event in exactly one; singletons included).

    Each record is an event dict as in ``ArticleResult.to_dict()["events"]`` plus
    ``article_id`` and ``published`` (YYYY-MM-DD or None). Sorted by date, then id.
    """
    evs = _prepare(events)
    links = []
    for a, b in candidate_pairs(evs):
        margin = link_margin(a, b)
        if margin is not None:
            links.append((-margin, min(a.id, b.id), max(a.id, b.id)))
    # Strongest links first, ties by id: the same result whatever the input order. A link that
    # would put two differently named actors (or recipients) in one cluster is skipped: single
    # links through an unnamed "militants" must not chain two groups' attacks together.
    links.sort()
    by_id = {e.id: e for e in evs}
    parent = {e.id: e.id for e in evs}
    names = {e.id: _named(e) for e in evs}
    for _, x, y in links:
        rx, ry = _find(parent, x), _find(parent, y)
        if rx == ry or not _compatible(names[rx], names[ry], by_id[x].type in SYMMETRIC_TYPES):
            continue
        root = _union(parent, rx, ry)
        names[root] = tuple(a | b for a, b in zip(names[rx], names[ry]))
    groups: dict[str, list[_Ev]] = defaultdict(list)
    for e in evs:
        groups[_find(parent, e.id)].append(e)
    clusters = [_cluster(members) for members in groups.values()]
    return sorted(clusters, key=lambda c: (c.date or "9999", c.cluster_id))


def cluster_of(clusters: Iterable[Cluster]) -> dict[str, str]:
    """event id -> cluster id, for writing a cluster column next to the events."""
    return {eid: c.cluster_id for c in clusters for eid in c.member_event_ids}


# ---------------------------------------------------------------- comparing two events

def same_event(a: _Ev, b: _Ev) -> bool:
    """Are these two event records reports of one real event? (see the module docstring)"""
    return link_margin(a, b) is not None


def link_margin(a: _Ev, b: _Ev) -> Optional[float]:
    """None when the two records are not one event, else by how much the evidence clears its bar
    (1.0 for the same sentence): stronger links are joined first."""
    if a.type != b.type or a.flags != b.flags:
        return None
    undated = a.day is None or b.day is None
    if not undated and abs(a.day - b.day) > DATE_WINDOW_DAYS:
        return None
    if a.evidence_key == b.evidence_key and a.evidence_key:
        return 1.0  # the same sentence (a syndicated or re-published article)
    sides = _sides(a, b)
    if sides is None:
        return None
    place = _place(a, b)
    if place == "conflict":
        return None
    bar = TEXT_MIN + (UNDATED_PENALTY if undated else 0.0)
    bar -= CORROBORATION_DISCOUNT * ((place == "match") + (sides == 2))
    margin = dice(a.stems, b.stems) - bar
    return margin if margin >= 0 else None


def _sides(a: _Ev, b: _Ev) -> Optional[int]:
    """How many sides match (1 or 2), or None when a side conflicts or none matches."""
    best = _side_match(a.actors, b.actors, a.recipients, b.recipients)
    if a.type in SYMMETRIC_TYPES:
        swapped = _side_match(a.actors, b.recipients, a.recipients, b.actors)
        if swapped is not None and (best is None or swapped > best):
            best = swapped
    return best


def _side_match(actors_a, actors_b, recipients_a, recipients_b) -> Optional[int]:
    matched = 0
    for x, y in ((actors_a, actors_b), (recipients_a, recipients_b)):
        if x and y:
            if not any(party_match(p, q) for p in x for q in y):
                return None  # both name this side, and differently
            matched += 1
    return matched or None


def party_match(p: _Party, q: _Party) -> bool:
    """Can these two participants be the same actor?"""
    if p.kind == "named" and q.kind == "named":
        return _names_match(p.name, q.name)  # "Faro" / "Lidia Faro"
    if not p.code or p.code != q.code:
        return False
    if "country" in (p.kind, q.kind):
        return True  # "Japan" stands for any Japanese actor
    if p.kind == "generic" and q.kind == "generic":
        return True  # "officials" / "security chiefs": outlets describe unnamed groups differently
    return p.group is None or q.group is None or p.group == q.group


def _place(a: _Ev, b: _Ev) -> str:
    """'match', 'conflict' or 'unknown'. A country contains its towns: no conflict there."""
    if a.place_id is None or b.place_id is None:
        return "unknown"
    if a.place_id == b.place_id:
        return "match"
    if a.place_country and b.place_country and a.place_country != b.place_country:
        return "conflict"
    if a.place_is_country or b.place_is_country:
        return "unknown"
    return "conflict"  # two different places in one country


def dice(x: frozenset, y: frozenset) -> float:
    if not x or not y:
        return 0.0
    return 2 * len(x & y) / (len(x) + len(y))


# ---------------------------------------------------------------- candidate pairs

def candidate_pairs(evs: list[_Ev]):
    """Pairs worth comparing: sharing a key, inside the date window; each pair once."""
    postings: dict[tuple, list[_Ev]] = defaultdict(list)
    for e in evs:
        for key in _keys(e):
            postings[key].append(e)
    seen: set[tuple[str, str]] = set()
    for key, posting in postings.items():
        if len(posting) < 2:
            continue
        if key[0] == "evidence":  # the same sentence: compared whatever the dates (few per key)
            groups = [(sorted(posting, key=lambda e: e.id), False)]
        else:  # dated with dated inside the window; undated only with undated, and not under a
            # bare country code: without a window such a key holds a whole corpus's events of
            # one type and country ("code:GBR" ACCUSE), and a link needs a shared name anyway
            # unless a side is the country itself
            groups = [(sorted((e for e in posting if e.day is not None), key=lambda e: (e.day, e.id)), True)]
            if not key[2].startswith("code:"):
                groups.append((sorted((e for e in posting if e.day is None), key=lambda e: e.id), False))
        for group, windowed in groups:
            for i, a in enumerate(group):
                for b in group[i + 1:i + 1 + MAX_NEIGHBOURS]:
                    if windowed and b.day - a.day > DATE_WINDOW_DAYS:
                        break
                    pair = (a.id, b.id) if a.id < b.id else (b.id, a.id)
                    if pair not in seen:
                        seen.add(pair)
                        yield a, b


def _keys(e: _Ev) -> set[tuple]:
    """Blocking keys: type + exact evidence, type + each participant's name or code."""
    keys = {("evidence", e.type, e.evidence_key)} if e.evidence_key else set()
    return keys | {("party", e.type, k) for k in e.keys}


# ---------------------------------------------------------------- preparing records

def _prepare(events: Iterable[dict]) -> list[_Ev]:
    out: list[_Ev] = []
    ids: set[str] = set()
    for rec in events:
        e = _ev(rec)
        if e.id in ids:
            continue  # the same record twice (a re-loaded shard): one event
        ids.add(e.id)
        out.append(e)
    return out


def _ev(rec: dict) -> _Ev:
    evidence = (rec.get("evidence") or {}).get("text") or ""
    article_id = str(rec.get("article_id") or "")
    event_id = str(rec.get("id") or _hash(article_id, rec.get("event"), evidence))
    published = iso_day(rec.get("published"))
    date = iso_day(rec.get("date")) or published
    loc = rec.get("event_loc") or {}
    fact = rec.get("factuality") or {}
    actors, recipients = rec.get("actor") or [], rec.get("recipient") or []
    return _Ev(
        id=event_id, article_id=article_id, type=str(rec.get("event") or ""),
        day=dt.date.fromisoformat(date).toordinal() if date else None, date=date, published=published,
        actors=_parties(actors), recipients=_parties(recipients),
        keys=_blocking_keys(actors + recipients),
        actor_codes=frozenset(r["code"] for r in actors if r.get("code")),
        recipient_codes=frozenset(r["code"] for r in recipients if r.get("code")),
        stems=stems(evidence), evidence_key=_hash(" ".join(words(evidence))) if words(evidence) else "",
        flags=(bool(fact.get("negated")), bool(fact.get("hypothetical"))),
        place_id=str(loc.get("geonameid") or loc.get("resolved_place") or "") or None,
        place_name=loc.get("resolved_place") or loc.get("extracted_place"),
        place_country=loc.get("country_code"),
        place_is_country=loc.get("resolution") == "country" or loc.get("feature_code") in ("PCLI", "PCL"))


def _parties(refs: list[dict]) -> tuple:
    parties = []
    for ref in refs:
        name = normalise_name(ref.get("name")) or normalise_name(ref.get("text"))
        if name in PRONOUNS:
            name = ""
        raw = ref.get("name") or ref.get("text") or ""
        if name and name in country_names():
            kind = "country"
        elif name and _capitalised(raw):
            kind = "named"
        else:
            kind = "generic"
        sector = ref.get("sector")
        parties.append(_Party(kind=kind, name=name, code=ref.get("code"),
                              group=SECTOR_GROUPS.get(sector, sector)))
    return tuple(parties)


def _capitalised(text: str) -> bool:
    """A proper name has a capitalised word that is not a country, capital or demonym, nor a
    group noun capitalised only because it opens the sentence ("Police said ...")."""
    names = country_names()
    found = WORD_RE.findall(text)
    for i, w in enumerate(found):
        if not w[:1].isupper() or w.lower() in names or (i == 0 and w.lower() in GROUP_NOUNS):
            continue
        if DEMONYM_LIKE.search(w) and i + 1 < len(found) and found[i + 1].islower():
            continue  # "Valdorian officials": a demonym the lexicon lacks, before a common noun
        return True
    return False


def _blocking_keys(refs: list[dict]) -> frozenset:
    """Each participant's code and normalised name: events sharing none are never compared."""
    keys = set()
    for ref in refs:
        if ref.get("code"):
            keys.add("code:" + ref["code"])
        name = normalise_name(ref.get("name")) or normalise_name(ref.get("text"))
        if name and name not in PRONOUNS:
            keys.add("name:" + name)
    return frozenset(keys)


@functools.lru_cache(maxsize=1)
def country_names() -> frozenset:
    """Lower-cased names, capitals and demonyms of countries (the actors lexicon), plus words
    that only say "the state" ("government")."""
    path = Path(__file__).resolve().parent / "lexicons" / "actors" / "countries.json"
    names = set(STATE_WORDS)
    for entry in json.loads(path.read_text(encoding="utf-8"))["countries"].values():
        for key in ("name", "names", "demonyms", "capitals"):
            values = entry.get(key) or []
            for value in [values] if isinstance(values, str) else values:
                names.add(normalise_name(value))
    names.discard("")
    return frozenset(names)


def normalise_name(value) -> str:
    if not isinstance(value, str):
        return ""
    value = value.lower().strip()
    value = re.sub(r"^(?:the|a|an)\s+", "", value)
    return " ".join(WORD_RE.findall(value))


def words(text: str) -> list[str]:
    return [w.lower() for w in WORD_RE.findall(text or "")]


def stems(text: str) -> frozenset:
    """Content-word stems: lower-cased, stopwords and short words out, prefixes of STEM_CHARS."""
    return frozenset(w[:STEM_CHARS] for w in words(text)
                     if (len(w) >= MIN_WORD_CHARS or w.isdigit()) and w not in STOPWORDS)


def iso_day(value) -> Optional[str]:
    """A full YYYY-MM-DD date (or the day of a longer ISO stamp) or None: months, years and
    ranges are too coarse to compare. The store reads event and publication dates with it too."""
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return dt.date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        return None


def _hash(*parts) -> str:
    return hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()[:16]


# ---------------------------------------------------------------- union-find and clusters

def _find(parent: dict, x: str) -> str:
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x


def _union(parent: dict, a: str, b: str) -> str:
    ra, rb = _find(parent, a), _find(parent, b)
    root = min(ra, rb)  # the smaller id becomes the root
    parent[max(ra, rb)] = root
    return root


def _named(e: _Ev) -> tuple[frozenset, frozenset]:
    """The names of the named actors and recipients of one event."""
    return (frozenset(p.name for p in e.actors if p.kind == "named"),
            frozenset(p.name for p in e.recipients if p.kind == "named"))


def _compatible(x: tuple, y: tuple, symmetric: bool) -> bool:
    """May two clusters with these named sides be one? Not when a side names different people."""
    if symmetric:  # sides may be swapped: compare all names together
        x, y = (x[0] | x[1], frozenset()), (y[0] | y[1], frozenset())
    for a, b in zip(x, y):
        if a and b and not any(_names_match(m, n) for m in a for n in b):
            return False
    return True


def _names_match(m: str, n: str) -> bool:
    a, b = set(m.split()), set(n.split())
    return bool(a) and bool(b) and (a <= b or b <= a)


def _cluster(members: list[_Ev]) -> Cluster:
    members = sorted(members, key=lambda e: (e.published or e.date or "9999", e.article_id, e.id))
    first, last = members[0], members[-1]
    ids = sorted(e.id for e in members)
    places = [e.place_name for e in members if e.place_name]
    place = max(sorted(set(places)), key=places.count) if places else None
    dates = sorted(e.date for e in members if e.date)
    return Cluster(
        cluster_id=_hash(*ids), event=first.type, n_reports=len({e.article_id for e in members}),
        n_events=len(members), first_report=_report(first), last_report=_report(last),
        member_event_ids=ids, date=dates[0] if dates else None,
        actor_codes=sorted(set().union(*(e.actor_codes for e in members))),
        recipient_codes=sorted(set().union(*(e.recipient_codes for e in members))), place=place)


def _report(e: _Ev) -> Report:
    return Report(article_id=e.article_id, event_id=e.id, published=e.published, date=e.date)
