"""What a common noun can name, from WordNet: the lexicographer classes of its senses, commonest
first (lexicons/nouns/noun_senses.json, built by scripts/build_noun_senses.py from Open English
WordNet). The event coder asks general questions of it ("is this a condition, an amount, a
force of nature, nobody one could accuse?") instead of keeping word lists of its own.
"""
from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

#: classes of things that happen or hold without anyone doing them: prices and rates
#: (attribute, quantity, possession), weather (phenomenon), growth (process), a crisis (state),
#: a season (time), fuel (substance), an upturn (event), fear (feeling), ...
IMPERSONAL = frozenset({"attribute", "phenomenon", "process", "quantity", "state", "time", "possession",
                        "substance", "event", "feeling", "relation", "shape"})


@lru_cache(maxsize=1)
def _senses() -> dict:
    text = resources.files("sanderling.lexicons.nouns").joinpath("noun_senses.json").read_text("utf-8")
    return json.loads(text)["senses"]


def classes(lemma: str) -> tuple:
    """The classes of the noun's senses, commonest first ("price" -> attribute, possession, ...);
    () for a word WordNet does not have as a one-word noun."""
    found = _senses().get(lemma.lower())
    return tuple(found.split(",")) if found else ()


def impersonal(lemma: str) -> bool:
    """The noun's commonest sense is a condition, an amount, a force or a process, and neither
    of its two commonest is a person: what it names acts without anyone acting."""
    found = classes(lemma)
    return bool(found) and found[0] in IMPERSONAL and "person" not in found[:2]


#: classes of what people do, say or plan: an operation, a sale, a bill, a proposal
DOINGS = frozenset({"act", "communication", "cognition"})


def names_a_doing(lemma: str) -> bool:
    """The noun's commonest sense is an act, a message or a plan ("sale", "bill", "auction";
    "operation", whose first sense is a state, next an act); not a road, a place or a crowd."""
    found = classes(lemma)
    if found[:1] == ("state",):
        found = found[1:]
    return bool(found) and found[0] in DOINGS


def names_a_feeling(lemma: str) -> bool:
    """The noun's first WordNet sense is a feeling ("anger", "fear", "frustration"; not "unrest",
    whose first sense is a state of a place)."""
    return classes(lemma)[:1] == ("feeling",)


def names_a_person(lemma: str) -> bool:
    """The noun's commonest sense is a kind of person ("murderer", "terrorist", "thief")."""
    return classes(lemma)[:1] == ("person",)


def names_a_measure(lemma: str) -> bool:
    """One of the noun's two commonest senses is an act, a message or a plan ("plan", "ban",
    "levy", "delay"), or its commonest is a charge ("tax"): something a government does or
    decides, which a speaker may judge; not the weather, a currency or a strength, and not a
    noun whose commonest sense is a person or a group."""
    found = classes(lemma)
    if found[:1] in (("person",), ("group",)):
        return False
    return bool(set(found[:2]) & DOINGS) or found[:1] == ("possession",)
