"""Codes a participant gets from the article when the actor layer gave it none.

Detect first, code second: the event coder keeps a participant the actor layer could not code
with ``code`` None. Article coders (ARTICLE_GUIDE.md) still code such people by the country they
belong to, and that is usually the country the article is about: on the tuning part of the 36
development articles, 54 of the 77 civilians and refugees in the gold carry the article's
most-mentioned country. Three fallbacks, each named in the event's ``why``:

- ``victim_codes``: a person hurt, held or forced (ASSAULT, COERCE) whom nothing codes ("Farida
  Okonjo was shot dead", "she was killed in an airstrike") takes the one country the sentence's
  places name (``+recipient:sentence-country``: "shot twice at their home in Hama, Syria" in a
  story about refugees in Britain), else the article's main country
  (``+recipient:article-country``). Things and places are left alone. A soldier, policeman or
  rebel (the place-bound agent nouns of ``place_bound_actor``) takes the sentence's country only.
- ``place_code``: a participant that is a place the places layer resolved (GeoNames) but the actor
  layer left uncoded ("invading the town of X") takes the place's country.
- ``aimed_abroad``: an attack or crackdown with no named target by an actor of one country got
  that country as recipient (the domestic default, ``+recipient:own-country``); in an article
  about another country, whose places do not lie mostly in the actor's own, the default is
  wrong and the event keeps no recipient ("Chadian aircraft bombed positions near the river" in
  a story about Sudan). Until round 30 the article's country took its place
  (``+recipient:article-country``, a tag ``victim_codes`` also gives); measured on the tuning
  articles that guess was right 2 times in 11 (located), and without it silver guardian tuning
  F1 rose .406 -> .407.

Measured (tuning / check, scripts/eval_all.py): docs/evaluation.md and the commit messages.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import replace
from typing import Optional

from spacy.tokens import Doc, Token

from .lexicon import AGENT_SECTORS, COUNTRY_CODES, COUNTRY_NAMES, KIN_NOUNS


#: event types whose recipient is a victim: a person attacked, arrested, expelled, besieged
VICTIM_TYPES = {"ASSAULT", "COERCE"}
#: sectors of agent nouns that name private people ("civilians", "residents", "refugees")
PRIVATE_SECTORS = {"CVL", "REF"}
#: private people named by their trade ("farm workers", "students", "fishermen", "doctors",
#: "worshippers"): victims like civilians
TRADE_SECTORS = {"LAB", "EDU", "AGR", "MED", "REL"}


def country_mentions(doc: Doc) -> Counter:
    """How often the article's coded entities name each state (international bodies left out)."""
    counts: Counter = Counter()
    for ent in doc._.sanderling_entities or []:
        if ent.code in COUNTRY_CODES:
            counts[ent.code] += len(ent.mentions) or 1
    return counts


def main_country(doc: Doc) -> Optional[str]:
    """The state the article is about: the country code with most mentions among the coded
    entities; None for an article that codes no state."""
    counts = country_mentions(doc)
    return counts.most_common(1)[0][0] if counts else None


def _entity_of(doc: Doc, ref):
    """The actor layer's entity a participant stands for, or None."""
    if ref.entity_id is None:
        return None
    return next((ent for ent in doc._.sanderling_entities or [] if ent.id == ref.entity_id), None)


def _is_private_person(doc: Doc, ref) -> bool:
    """A named person the actor layer knows but could not code, or a private-people noun
    (a relative counts: "her son")."""
    words = ref.text.lower().split()
    private = bool(words) and (AGENT_SECTORS.get(words[-1]) in PRIVATE_SECTORS | TRADE_SECTORS
                               or words[-1] in KIN_NOUNS)
    if ref.entity_id is not None:
        ent = _entity_of(doc, ref)
        return ent is not None and (ent.kind == "person" or (ent.kind == "group" and private))
    return private


def _is_named_person(doc: Doc, ref) -> bool:
    """A person the actor layer found by name but could not code. Measured: named organisations
    and groups taken the same way lowered gsr check actor (.822 -> .815)."""
    ent = _entity_of(doc, ref)
    return ent is not None and ent.kind == "person"


def sentence_country(doc: Doc, sent_start: int, sent_end: int, skip: tuple = ()) -> Optional[str]:
    """The one state the resolved places between two character offsets (a sentence) lie in,
    leaving out places inside the ``skip`` character ranges; None when they name none or several."""
    codes = {p.country_code for p in doc._.sanderling_places or []
             if sent_start <= p.start < sent_end and p.country_code in COUNTRY_CODES
             and not any(lo <= p.start < hi for lo, hi in skip)}
    return codes.pop() if len(codes) == 1 else None


def victim_codes(doc: Doc, event_type: str, recipients: list, sent_start: int,
                 sent_end: int) -> tuple[list, str]:
    """Recipients with uncoded people given the country their sentence places them in (the one
    country its resolved places name), else the article's main country; and the cue for ``why``
    ("sentence-country" or "article-country"; "" when nobody was coded)."""
    if event_type not in VICTIM_TYPES or not recipients or any(r.code for r in recipients):
        return recipients, ""
    here = sentence_country(doc, sent_start, sent_end)
    code, cue = (here, "sentence-country") if here else (main_country(doc), "article-country")
    if code is None:
        return recipients, ""
    out, changed = [], False
    for r in recipients:
        words = r.text.lower().split()
        sector = AGENT_SECTORS.get(words[-1]) if words else None
        if _is_private_person(doc, r):
            r = replace(r, code=code, sector=r.sector or "CVL")
            changed = True
        elif here and sector in PLACE_BOUND_SECTORS:  # "captured a rebel commander outside X"
            r = replace(r, code=code, sector=r.sector or sector)
            changed = True
        out.append(r)
    return out, cue if changed else ""


def place_code(doc: Doc, tok: Token, refs: list) -> list:
    """Uncoded refs of the noun phrase headed by ``tok`` that name a resolved place take its country."""
    if all(r.code for r in refs):
        return refs
    lo, hi = tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge)
    places = [p for p in doc._.sanderling_places or []
              if lo <= p.start < hi and p.country_code in COUNTRY_CODES and p.extracted_place]
    out = []
    for r in refs:
        if r.code is None and r.text:
            hit = next((p for p in places if p.extracted_place in r.text or r.text in p.extracted_place), None)
            if hit is not None:
                r = replace(r, code=hit.country_code)
        out.append(r)
    return out


def place_country(doc: Doc) -> Optional[str]:
    """The state where the article's events happen: the country of most of its resolved places."""
    counts: Counter = Counter(p.country_code for p in doc._.sanderling_places or [] if p.country_code in COUNTRY_CODES)
    return counts.most_common(1)[0][0] if counts else None


#: event types whose implied own-country target is judged by where the article's fighting is
#: (`theatre_country`): force and threats of it. Measured on the corpora's tuning articles: for
#: bans, seizures by decree and protests the actor's own country stays right though the article's
#: towns lie abroad (a government's nationalisation of its banks, a diaspora's protest at home)
THEATRE_TYPES = {"ASSAULT", "THREATEN"}


def aimed_abroad(doc: Doc, recipients: list, event_type: str = "") -> bool:
    """The implied own-country recipient is wrong: the article's events happen in another
    country. For force and threats (THEATRE_TYPES) that is the country of most of its towns and
    provinces (`theatre_country`); otherwise, or when the article names none, all its places
    count, countries named as parties included, and the article must be about another country too."""
    if len(recipients) != 1:
        return False
    theatre = theatre_country(doc) if event_type in THEATRE_TYPES else None
    if theatre is not None:
        return theatre != recipients[0].code
    if place_country(doc) == recipients[0].code:
        return False
    main = main_country(doc)
    return main is not None and recipients[0].code != main


#: town and province mentions the theatre country needs before it decides alone (a single town
#: abroad, where a leader happened to be, makes no theatre: the review's "the opposition leader,
#: who was in Nairobi" case); below it the older reading (all places and the main country) decides
THEATRE_MIN_PLACES = 2


def theatre_country(doc: Doc) -> Optional[str]:
    """The country of most of the article's towns, districts and provinces, named at least
    THEATRE_MIN_PLACES times: where its events happen. Unlike `place_country` it leaves out
    countries named whole, which in war reporting are mostly the parties ("Turkey shelled ...",
    "the US said ...") rather than the ground."""
    counts: Counter = Counter(p.country_code for p in doc._.sanderling_places or []
                              if p.country_code in COUNTRY_CODES and p.resolution in ("city", "province"))
    top = counts.most_common(1)
    return top[0][0] if top and top[0][1] >= THEATRE_MIN_PLACES else None


#: sectors of agent nouns that act for a state or inside one ("police", "troops", "gunmen",
#: "rebels", "protesters"): with no name of their own they belong to the country they act in
PLACE_BOUND_SECTORS = {"COP", "MIL", "REB", "UAF", "CVL", "GOV", "OPP", "LAB", "EDU", "AGR"}


def _names_whole_country(ref) -> bool:
    """The participant is a country named as a whole ("the UK"), not a town or region in it."""
    names = COUNTRY_NAMES.get(ref.code or "", set())
    text = ref.text.lower()
    return (ref.name or "").lower() in names or text in names or text.removeprefix("the ") in names


def said_ranges(anchor: Token) -> tuple:
    """The character ranges of what the event's word says or reports (its clausal complements:
    "warned that X was in danger", "complained that nothing worked in X"): where the words are
    about, not where the speaker is."""
    return tuple((c.left_edge.idx, c.right_edge.idx + len(c.right_edge))
                 for c in anchor.children if c.dep_ in ("ccomp", "parataxis"))


#: events whose place is often a venue the parties travel to (meetings: CONSULT, visits included)
VENUE_TYPES = {"CONSULT"}


def place_bound_actor(doc: Doc, sent_start: int, sent_end: int, actors: list,
                      recipients: list, skip: tuple = (), event_type: str = "") -> tuple[list, bool]:
    """Uncoded agent nouns as actor ("gunmen killed five in Benue State"), and named people the
    actor layer could not code, take the one country that the sentence's resolved places name;
    and whether any was coded. Only codes: whether the event exists was decided before (detect
    first, code second). Not when that country is the target itself ("terrorists might target
    the UK": no British terrorists); a town of that country as target does not stop it ("rebels
    captured the town of X" in X's country). Places inside ``skip`` (what the event's word says:
    ``said_ranges``) do not count; for a meeting (``event_type`` in VENUE_TYPES) a country a
    recipient already carries is the venue's, no home of the people meeting there."""
    if not actors or any(a.code for a in actors):
        return actors, False
    code = sentence_country(doc, sent_start, sent_end, skip)
    if code is None:
        return actors, False
    if any(r.code == code and r.sector is None and _names_whole_country(r) for r in recipients):
        return actors, False
    if event_type in VENUE_TYPES and any(r.code == code for r in recipients):
        return actors, False  # "X and Y will meet in Geneva": a venue travelled to, no home
    out, changed = [], False
    for a in actors:
        words = a.text.lower().split()
        sector = AGENT_SECTORS.get(words[-1]) if words else None
        if sector in PLACE_BOUND_SECTORS:
            a = replace(a, code=code, sector=a.sector or sector)
            changed = True
        elif _is_named_person(doc, a):
            a = replace(a, code=code)
            changed = True
        out.append(a)
    return out, changed
