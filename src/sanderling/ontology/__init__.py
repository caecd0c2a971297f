"""PLOVER 2.0 vocabulary: event types, modes, sectors, contexts; and the output JSON Schema."""
from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

#: Type -> (quad, modes). From the PLOVER manual, draft 2.0.
PLOVER_TYPES: dict[str, tuple[str, tuple[str, ...]]] = {
    "AGREE": ("verbal cooperation", ()),
    "CONSULT": ("verbal cooperation", ("visit", "third-party", "multilateral", "phone")),
    "SUPPORT": ("verbal cooperation", ()),
    "CONCEDE": ("verbal cooperation", ()),
    "COOPERATE": ("material cooperation", ()),
    "AID": ("material cooperation", ()),
    "RETREAT": ("material cooperation", ("withdraw", "release", "disarm", "ceasefire", "access", "resign")),
    "REQUEST": ("verbal conflict", ("assist", "change", "yield", "meet")),
    "ACCUSE": ("verbal conflict", ("disapprove", "investigate", "allege")),
    "REJECT": ("verbal conflict", ("assist", "change", "yield", "meet")),
    "THREATEN": ("verbal conflict", ("restrict", "arrest", "relations", "expel", "territory", "violence")),
    "PROTEST": ("material conflict", ("demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize")),
    "SANCTION": ("material conflict", ("convict", "expel", "withdraw", "discontinue")),
    "MOBILIZE": ("material conflict", ("troops", "weapons", "police", "militia")),
    "COERCE": ("material conflict", ("seize", "restrict", "censor", "curfew", "martial-law", "arrest", "deport",
                                     "withhold", "misinformation", "cyber")),
    "ASSAULT": ("material conflict", ("abduct", "beat", "torture", "sexual", "targeted", "destroy", "primitive",
                                      "firearms", "explosives", "suicide-attack", "aerial", "drone",
                                      "heavy-weapons", "crowd-control", "unconventional")),
}

#: PLOVER sectors (frequent first).
SECTORS = ("COP", "GOV", "JUD", "LEG", "MIL", "PRM", "PTY", "REB", "SPY", "UAF", "UNK",
           "AGR", "BUS", "CRM", "CVL", "EDU", "ELI", "JRN", "LAB", "MED", "REF", "OPP",
           "PRE", "REL", "SOC", "HLH", "ENV", "IGO", "NGO")

#: International (non-country) actor codes.
INTERNATIONAL_CODES = ("IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC")

CONTEXTS = ("military", "intelligence", "executive", "legislative", "election", "political_institutions",
            "pro_democracy", "pro_autocracy", "economic", "legal", "reparations", "human_rights",
            "rights_freedoms", "repression", "human_security", "gender", "lgbt", "religion_ethnicity",
            "inequality", "diplomatic", "territory", "peacekeeping", "health", "asylum", "migration",
            "disasters", "natural_resource", "environment", "technology", "terrorism", "cbrn", "cyber",
            "misinformation", "crime", "corruption", "illegal_drugs", "trafficking")


@lru_cache(maxsize=1)
def article_result_schema() -> dict:
    """The JSON Schema of one `sanderling code --format json` object (docs/schema.md explains it)."""
    text = resources.files(__package__).joinpath("article_result.schema.json").read_text("utf-8")
    return json.loads(text)
