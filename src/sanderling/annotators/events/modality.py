"""Is the event stated as real? Negation, future, condition, purpose and obligation of the
trigger's clause, as the event coder decides them.
"""
from __future__ import annotations

from spacy.tokens import Token

from ..clause import clause_facts

from .lexicon import ACL_EVENT_NOUNS, FUTURE_AUX, INTENT_FRAMES, OBLIGATION_AUX, OBLIGATION_HEADS
from .syntax import _clause_verb, _xcomp_chain


def _in_condition(tok: Token) -> bool:
    """Inside an if/unless clause: a condition, not a reported event."""
    t = tok
    for _ in range(4):
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in t.children):
            return True
        if t.dep_ in ("ROOT",) or t.head.i == t.i or t.dep_ in ("ccomp",):
            return False
        t = t.head
    return False


def _has_future_marker(tok: Token) -> bool:
    """"will send", "is ready to send", "plans to send", "announced it would send"."""
    if any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in tok.children):
        return True
    head = tok.head
    if tok.dep_ == "xcomp" and any(t.lemma_.lower() in INTENT_FRAMES or t.lower_ in INTENT_FRAMES
                                   for t in _xcomp_chain(tok)[1:]):
        return True  # "poised to restart the bombardment"
    if tok.dep_ == "xcomp" and head.lemma_.lower() == "be" and any(
            c.lower_ in INTENT_FRAMES for c in head.children if c.dep_ == "acomp"):
        return True
    if head.dep_ == "acomp" and head.lower_ in INTENT_FRAMES:
        return True
    if tok.dep_ == "conj" and head.i != tok.i:
        return _has_future_marker(head)
    return False


def _is_negated(tok: Token) -> bool:
    """The clause module's decision (annotators/clause.py): "not", "n't", "never", "no longer" on
    the verb chain, or a chain verb saying it did not happen ("failed to reach")."""
    return clause_facts(tok).negated


def _bare_future_aux(tok: Token) -> bool:
    """The future comes only from a will/shall/'ll auxiliary on the event verb itself."""
    return any(c.dep_ == "aux" and c.lower_ in ("will", "shall", "'ll") for c in tok.children) and \
        tok.dep_ not in ("xcomp", "ccomp")


#: infinitival clauses that state an aim: "met to discuss", "arrived to investigate", "in order to"
PURPOSE_DEPS = {"advcl", "acl", "relcl"}


def _in_purpose_clause(tok: Token) -> bool:
    """The event verb heads an infinitival adverbial or noun complement ("to discuss"), or the
    nominal event's clause verb does; frame complements (xcomp of "urged", "refused") are not here."""
    verb = tok if tok.pos_ in ("VERB", "AUX") else _clause_verb(tok)
    if verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ in PURPOSE_DEPS and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
        and not (verb.dep_ == "acl" and verb.head.lemma_.lower() in ACL_EVENT_NOUNS)


def _under_obligation(tok: Token) -> bool:
    """"must withdraw", "should pay", "has to pay", "needs to withdraw" (also through a conjunct);
    "had to accept" and "would not need to attend" are no obligation."""
    for t in _xcomp_chain(tok) + ([tok.head] if tok.dep_ == "conj" else []):
        if any(c.dep_ == "aux" and c.lower_ in OBLIGATION_AUX for c in t.children):
            return True
        head = t.head
        # "has to pay" (present; "had to accept" reports that it was done), not "need not"
        if t.dep_ == "xcomp" and head.lemma_.lower() in OBLIGATION_HEADS and head.tag_ in ("VBZ", "VBP") \
                and not any(c.dep_ == "neg" for c in head.children) \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children):
            return True
    return False
