"""Is the event stated as real? The event coder asks the one clause module.

Negation, condition, obligation and the scheduled future are decided once, by
``annotators.clause.clause_facts`` (word lists in lexicons/clause.json), for the event coder,
the factuality flags and the time resolver alike; these helpers read its decision for a
trigger (a verb, or an event noun through its support verb).

Two decisions are still the coder's own, because handing them to the clause module changed
events on the check parts (session 10, ``scripts/eval_all.py``): which future turns a promised
act into AGREE/THREATEN (``_has_future_marker``: the clause module reads "prepared to attend"
in the past as no plan, and "would" only in reported clauses; news36 check F1 .334 -> .326)
and the purpose clause (``_in_purpose_clause``: gsr check type .885 -> .877). They are the
next to move, each with a test of the difference.
"""
from __future__ import annotations

from spacy.tokens import Token

from ..clause import clause_facts
from .lexicon import ACL_EVENT_NOUNS, FUTURE_AUX, INTENT_FRAMES
from .syntax import _clause_verb, _xcomp_chain

#: Cues of a will/shall/'ll auxiliary.
AUX_FUTURE_CUES = {"aux:will", "aux:shall", "aux:'ll"}
#: Cue kinds that carry the future ("neg:", "mark:", "purpose:" say something else).
FUTURE_CUE_KINDS = ("aux:", "head:", "self:", "noun:", "mod:", "be-due")


def _in_condition(tok: Token) -> bool:
    """Inside an if/unless/whether clause: a condition, not a reported event. (A condition
    hanging on the clause, "would retaliate if attacked", makes it hypothetical, not this.)"""
    return any(c.startswith("mark:") for c in clause_facts(tok).cues)


def _is_negated(tok: Token) -> bool:
    """"did not sign", "never attacked", "failed to reach", "no longer pose"."""
    return clause_facts(tok).negated


def _under_obligation(tok: Token) -> bool:
    """"must withdraw", "should pay", "has to pay" (present and unnegated: clause._obliges_now)."""
    return clause_facts(tok).obligation


def _bare_future_aux(tok: Token) -> bool:
    """The future comes only from a will/shall/'ll auxiliary on the event verb itself (not on
    a reported or embedded clause): "will meet on Monday" is the scheduled meeting."""
    f = clause_facts(tok)
    cues = [c for c in f.cues if c.startswith(FUTURE_CUE_KINDS)]
    return f.future and bool(cues) and tok.dep_ not in ("xcomp", "ccomp") and all(c in AUX_FUTURE_CUES for c in cues)


# ---- the coder's own (see the module doc)
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
