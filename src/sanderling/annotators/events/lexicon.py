"""The event coder's vocabulary, loaded once: the curated trigger lexicon
(lexicons/events/triggers.json), the CAMEO-derived lexicon (cameo_derived.json: contexts and
the optional verb fallback), the word lists (words.json, one entry with its purpose per list),
the actor lexicon's agent nouns and country codes, and ``Spec`` (a ``TYPE/mode/cameo`` string).
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources
from typing import Optional

from ...ontology import PLOVER_TYPES
from ..clause import EVENT_COMPLEMENT_NOUNS, INTENT_FRAMES  # noqa: F401 (read by the stages)


def _load_json(name: str) -> dict:
    return json.loads(resources.files("sanderling.lexicons.events").joinpath(name).read_text("utf-8"))


#: the word lists of words.json, each with the reason it exists ("about")
_WORDS: dict = _load_json("words.json")


def _words(name: str) -> set:
    return set(_WORDS[name]["words"])


def _word_map(name: str) -> dict:
    return dict(_WORDS[name]["words"])


# --- event types: which are cooperative / material conflict, their default contexts ---
COOPERATIVE = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"}
CONFLICT_MATERIAL = {"PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
TYPE_CONTEXT = {"ASSAULT": "military", "MOBILIZE": "military", "RETREAT": "military",
                "SANCTION": "diplomatic", "CONSULT": "diplomatic", "AGREE": "diplomatic",
                "SUPPORT": "diplomatic", "THREATEN": None, "COERCE": "legal"}
MODE_CONTEXT = {"arrest": "legal", "convict": "legal", "deport": "migration", "asylum": "asylum",
                "cyber": "cyber", "censor": "rights_freedoms", "curfew": "repression",
                "martial-law": "repression", "demo": "political_institutions", "strike": "economic",
                "resign": "executive", "investigate": "legal", "allege": "legal"}
RECIPIENT_PREPS = _words("recipient_preps")
ASPECT_VERBS = _words("aspect_verbs")
INSTRUMENT_NOUNS = _words("instrument_nouns")
#: "talks on trade", "agreed on a plan": for these types "on" names the topic, not a party
TOPIC_TYPES = {"CONSULT", "AGREE"}
TOPIC_PREPS = _words("topic_preps")
KIN_NOUNS = _words("kin_nouns")
OCCASION_NOUNS = _words("occasion_nouns")
DECISION_WORDS = _words("decision_words")
LAST_RESORT_PREPS = _words("last_resort_preps")
GENERIC_SUBJECTS = _words("generic_subjects")
#: an infinitive on these nouns names an event, elsewhere a purpose (lexicons/clause.json)
ACL_EVENT_NOUNS = EVENT_COMPLEMENT_NOUNS
DESCRIBE_VERBS = _words("describe_verbs")
EVIDENTIAL_FRAMES = _words("evidential_frames")
SPEAKER_PRONOUNS = _words("speaker_pronouns")
RELATIVE_PRONOUNS = _words("relative_pronouns")
RELATIVE_ADVERB_NOUNS = _words("relative_adverb_nouns")
ALLEGE_VERBS = _words("allege_verbs")
SAY_LIKE = _words("say_like")
ACCUSE_ADJ = {w: "ACCUSE/disapprove/111" for w in _words("accuse_adj")}
SUPPORT_ADJ = {w: "SUPPORT/-/051" for w in _words("support_adj")}
MESSAGE_NOUNS = _words("message_nouns")
ISSUING_VERBS = _words("issuing_verbs")
EXPLETIVE_OBJECTS = _words("expletive_objects")
REACTION_VERBS = _words("reaction_verbs")
STANCE_NOUNS = {w: "ACCUSE/disapprove/111" for w in _words("stance_nouns")}
STANCE_NOUNS.update({w: "SUPPORT/-/051" for w in _words("support_stance_nouns")})
SEPARATE_MARKS = _words("separate_marks")
FUTURE_AUX = _words("future_aux")
NEGATORS = _words("negators")

# --- the curated trigger lexicon and the CAMEO fallback ---------------------------------
LEX = _load_json("triggers.json")
VERBS: dict = LEX["verbs"]
NOUNS: dict = LEX["nouns"]
CLASSES = {k: set(v) for k, v in LEX["classes"].items()}
SAY_VERBS = set(LEX["say_verbs"])
ACCUSE_PRED = set(LEX["accuse_predicates"])
PRAISE_PRED = set(LEX["praise_predicates"])
REQUEST_MODALS = set(LEX["request_modals"])
CAMEO_CONTEXT: dict = _load_json("cameo_derived.json").get("cameo_context", {})
QUANTITY_NOUNS = set(LEX["quantity_nouns"])
FALLBACK_TYPES = {"ASSAULT", "COERCE", "MOBILIZE", "AID", "RETREAT", "SANCTION", "CONSULT"}
#: word -> VADER mean rating (-4 .. +4), built by scripts/build_valence.py; see the file's _meta
_VALENCE: dict = _load_json("valence.json")["valence"]


def voided_by_modifier(noun, entry: dict) -> bool:
    """A nominal trigger whose adjective or compound is one of its entry's ``void_mods``
    ("a legal battle", "a custody battle"): the noun names a dispute, not its event."""
    void = entry.get("void_mods")
    return bool(void) and any(c.dep_ in ("amod", "compound") and c.lower_ in void for c in noun.children)


def lacks_needed_modifier(noun, entry: dict) -> bool:
    """A nominal trigger with ``needs_mods`` names its event without a supporting verb only with
    one of those words, or a state's or people's name, as its adjective or compound, or with
    troops as its "by" phrase ("military exercises", "Russian-Belarusian drills", "drills by
    Chilean troops"); bare, the word has a commoner sense ("a costly exercise", "a propaganda
    exercise"). A light verb of the entry ("held exercises") does not need one."""
    needed = entry.get("needs_mods")
    if not needed:
        return False
    if any(c.dep_ in ("amod", "compound") and (c.lower_ in needed or c.ent_type_ in ("NORP", "GPE"))
           for c in noun.children):
        return False
    by_forces = any(c.dep_ == "prep" and c.lower_ == "by" and any(
        o.dep_ == "pobj" and o.lower_ in CLASSES["troops"] for o in c.children) for c in noun.children)
    return not by_forces


def valence(word: str) -> float:
    """How negative or positive a word is (VADER, mean of ten human ratings); 0.0 if unrated."""
    return _VALENCE.get(word, 0.0)


def _plover_mode(etype: str, mode: Optional[str]) -> str:
    """The mode if PLOVER lists it for the type (sanderling.ontology), else none ("-")."""
    return mode if mode and mode in PLOVER_TYPES.get(etype, ("", ()))[1] else "-"


GENERAL_VERBS = _words("general_verbs")
#: verb forms that report a done act: past, present, passive participle
FALLBACK_TAGS = {"VBD", "VBZ", "VBP", "VBN"}
FALLBACK_VERBS = {
    verb: {"default": "/".join([e["default"]["type"], _plover_mode(e["default"]["type"], e["default"]["mode"]),
                                e["default"]["cameo"] or "-"]),
           "needs_object": True, "fallback": True}
    for verb, e in _load_json("cameo_derived.json").get("verbs", {}).items()
    if e["default"]["type"] in FALLBACK_TYPES and verb not in LEX["verbs"]
    and verb not in GENERAL_VERBS | SAY_VERBS | SAY_LIKE}  # saying is no event in itself
CURRENCY_NOUNS = _words("currency_nouns")
PRICE_NOUNS = _words("price_nouns")
EVENT_SUBJECT_NOUNS: dict = LEX["event_subject_nouns"]
OCCURRENCE_VERBS = set(LEX["occurrence_verbs"])
PASSING_NOUNS: dict = {k: v for k, v in LEX["passing_nouns"].items() if not k.startswith("_")}
ATTACK_HEDGES = set(PASSING_NOUNS.pop("attack_hedges"))
ADVERB_PARTICLES = _words("adverb_particles")
MODALS = _words("modals")


@dataclass
class Spec:
    type: str
    mode: Optional[str]
    cameo: Optional[str]

    @staticmethod
    def parse(text: Optional[str]) -> Optional["Spec"]:
        if not text:
            return None
        t, mode, cameo = (text.split("/") + ["-", "-"])[:3]
        return Spec(t, None if mode == "-" else mode, None if cameo == "-" else cameo)


# --- nominal events and attacks named by nouns (see nominals.py) -------------------------
NOMINAL_SUFFIXES = tuple((suffix, tuple(endings)) for suffix, endings in _WORDS["nominal_suffixes"]["words"])
IRREGULAR_NOMINALS = _word_map("irregular_nominals")
NOT_NOMINAL = _words("not_nominal")
NOMINAL_HEDGES = _words("nominal_hedges")
NOMINAL_SUSPENDERS = _words("nominal_suspenders")
NOMINAL_OBJECT_PREPS = _words("nominal_object_preps")
OWN_ACT_WITHHOLDERS = _words("own_act_withholders")
FIGURATIVE_TARGETS = _words("figurative_targets")
#: verbs of dying with no doer: an attack named as their setting hit their subject ("died in an
#: airstrike", and the misparsed "died in Turkish artillery shelling")
DEATH_VERBS = {"die", "perish"}
SETTING_PREPS = _words("setting_preps")
UNREAL_MODALS = _words("unreal_modals")
PLACE_HEADS = _words("place_heads")
ATTACK_SUSPENDERS = _words("attack_suspenders")

#: the mode of a REQUEST / REJECT and of a THREATEN by the type of the act asked for or threatened
REQUEST_MODE = {"CONSULT": "meet", "AGREE": "meet", "AID": "assist", "COOPERATE": "assist",
                "RETREAT": "yield", "CONCEDE": "yield", "SUPPORT": "change"}
THREATEN_MODE = {"ASSAULT": "violence", "MOBILIZE": "violence", "SANCTION": "relations",
                 "PROTEST": "relations"}
PRONOUNS = _words("pronouns")
#: one-word agent nouns of the actor lexicon (PETRARCH2 Phoenix agents: "rebels", "police",
#: "protesters"): a common noun names a participant only if it is one of these
#: agent noun -> PLOVER sector ("police" -> COP), read once for every stage
AGENT_SECTORS: dict = json.loads(resources.files("sanderling.lexicons.actors").joinpath("agents.json")
                                 .read_text(encoding="utf-8"))["agents"]
AGENT_WORDS = {w for w in AGENT_SECTORS if " " not in w}
#: agent nouns of fighters (sectors MIL, REB, UAF: "soldiers", "commander", "militants"): the
#: class ``@combatant`` of the verb cues ("captured seven soldiers" is an act of war)
COMBATANT_WORDS = {w for w, sector in AGENT_SECTORS.items() if " " not in w and sector in ("MIL", "REB", "UAF")}
#: agent nouns of the police (sector COP): fighters the police capture are arrested
POLICE_WORDS = {w for w, sector in AGENT_SECTORS.items() if " " not in w and sector == "COP"}
#: one-word titles of office-holders who act in words, not arms (actors' titles.json: "president",
#: "ambassador", "senator"; titles of the armed sectors left out): with PERSON names, the class
#: ``@person`` of the verb cues ("the senator clashed with the president" is a quarrel)
_TITLES = json.loads(resources.files("sanderling.lexicons.actors").joinpath("titles.json")
                     .read_text(encoding="utf-8"))["titles"]
#: activists and dissidents do clash with police in the street, so they are not in it
OFFICE_WORDS = {w for w, t in _TITLES.items() if " " not in w and t.get("sector") not in ("MIL", "REB", "UAF", "COP")
                and w not in ("activist", "dissident")}
THREAT_PREPS = _words("threat_preps")
JOURNEY_PREPS = _words("journey_preps")
ALLY_PREPS = _words("ally_preps")
UNDERGOER_NOMINALS = _words("undergoer_nominals")
DOER_NOMINALS = _words("doer_nominals")
AFTERMATH_HEADS = _words("aftermath_heads")
OUTCOME_VERBS = _words("outcome_verbs")
SUPPORT_SHOWN_NOUNS = _words("support_shown_nouns")
BLAME_OBJECT_VERBS = _words("blame_object_verbs")
REASON_FOR_VERBS = _words("reason_for_verbs")
SUBJECT_SHARING_PREPS = _words("subject_sharing_preps")
CONVICTION_VERBS = _words("conviction_verbs")
NEUTRAL_CLAIM_NOUNS = _words("neutral_claim_nouns")
INTRUSION_VERBS = _words("intrusion_verbs")
#: fighting between civic parties only is a contest; critics of X are not X; "were engaged in"
#: is the subject's doing (words.json says where each is read)
CONTEST_WORDS = _words("contest_words")
OPPONENT_NOUNS = _words("opponent_nouns")
BACKER_NOUNS = _words("backer_nouns")
MARKET_DEMAND_MODIFIERS = _words("market_demand_modifiers")
MARKET_PLACES = _words("market_places")
STATE_PASSIVES = _words("state_passives")
HOLDING_VERBS = _words("holding_verbs")
MILITARY_AIMS = _words("military_aims")
PROTECTIVE_VERBS = _words("protective_verbs")
ORIGIN_NOUNS = _words("origin_nouns")
UNDERGO_VERBS = _words("undergo_verbs")
FIRST_PERSON = _words("first_person")
RESULT_VERBS = _words("result_verbs")
CAUSATIVE_VERBS = _words("causative_verbs")
EXPERIENCE_HEADS = _words("experience_heads")
EXPERIENCE_PREPS = _words("experience_preps")
EVASION_VERBS = _words("evasion_verbs")
ON_COMPLEMENT_VERBS = _words("on_complement_verbs")
OUTSIDE_PARTY_NOUNS = _words("outside_party_nouns")
ATTACK_NOUNS = _words("attack_nouns")
CLASH_NOUNS = _words("clash_nouns")
COMBAT_VERBS = _words("combat_verbs")
HARM_VERBS = _words("harm_verbs")
AREA_VERBS = _words("area_verbs")
MILITARY_STRIKE_MODIFIERS = _words("military_strike_modifiers")
_COUNTRIES: dict = json.loads(resources.files("sanderling.lexicons.actors")
                              .joinpath("countries.json").read_text(encoding="utf-8"))["countries"]
COUNTRY_CODES = set(_COUNTRIES)
#: code -> the names of the country as a whole ("United Kingdom", "UK", "Britain")
COUNTRY_NAMES = {code: {n.lower() for n in [c.get("name") or ""] + list(c.get("names") or [])}
                 for code, c in _COUNTRIES.items()}
#: every name of a country as a whole, lower case
ANY_COUNTRY_NAME = set().union(*COUNTRY_NAMES.values())
