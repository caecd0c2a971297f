"""All event candidates of one sentence: nominal triggers, speech, adjectives and passing
nouns, then verbs; outer frames first, embedded events absorbed, nested clauses left to the
event that is about them; obligations, purposes and (optionally) negated acts dropped.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from .config import _cfg
from .lexicon import CONFLICT_MATERIAL, RESULT_VERBS, SAY_VERBS, SEPARATE_MARKS, VERBS
from .candidate import Candidate
from .syntax import _depth
from .modality import _in_purpose_clause, _is_negated, _under_obligation
from .triggers import _noun_candidate, _verb_candidate, _verb_entry
from .nominals import _attack_noun_candidate, _nominal_candidate, _passing_noun_candidate
from .speech import _adjective_candidates, _speech_candidates
from .frames import _apply_frame, _convert


def _nested_under(inner: Token, outer: Token) -> bool:
    """True when ``inner``'s clause is part of what ``outer`` is about (its object, purpose,
    complement, a relative clause on its arguments), so the outer event is the one to code.
    Coordinated clauses and subordinate clauses of time/cause ("as", "after") stay separate."""
    if inner == outer:
        return False
    path = []
    tok = inner
    while tok.head.i != tok.i:
        path.append(tok)
        if tok.head == outer:
            break
        tok = tok.head
    else:
        return False
    top = path[-1]
    if top.dep_ in ("conj", "parataxis", "cc"):
        return False
    if top.dep_ == "advcl" and top.tag_ == "VBG" and top.lemma_.lower() in RESULT_VERBS:
        return False  # "..., wounding five and detaining 30"
    if top.dep_ == "advcl":
        marks = {c.lower_ for c in top.children if c.dep_ == "mark"}
        if marks & SEPARATE_MARKS:
            return False
    if top.dep_ == "ccomp" and outer.lemma_.lower() in SAY_VERBS and outer.lemma_.lower() not in VERBS:
        return False
    return True


#: "repeated its request that Peru open the border": the clause is what is demanded
CONTENT_NOUN_TYPES = {"REQUEST", "THREATEN"}


def _content_clause_tokens(cand: Candidate) -> set:
    """Verbs and nouns of the that-clause of a demand / threat noun (under the noun or, as the
    parser often has it, under the light verb), which are its content, not separate events."""
    noun = cand.trigger[-1]
    clauses = [c for c in noun.children if c.dep_ in ("acl", "ccomp")]
    clauses += [c for c in cand.anchor.children if c.dep_ == "ccomp" and c.i > noun.i]
    return {t.i for c in clauses if any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
            or c.tag_ == "VB" for t in c.subtree if t.pos_ in ("VERB", "NOUN", "AUX")}


def _mark_speech(cands: list) -> list:
    for c in cands:
        c.needs_recipient = True
    return cands


def sentence_candidates(sent: Span) -> list:
    """All event candidates of one sentence: outer frames first, embedded events absorbed."""
    cands: list = []
    light_used: set = set()
    speech_consumed: set = set()
    for tok in sent:
        cand = _noun_candidate(tok)
        if cand is not None:
            light_used.add(cand.anchor.i)
            cands.append(cand)
            if cand.spec.type in CONTENT_NOUN_TYPES:
                speech_consumed.update(_content_clause_tokens(cand))
    passing: list = []
    for tok in sent:
        cands.extend(_mark_speech(_speech_candidates(tok, speech_consumed)))
        cands.extend(_adjective_candidates(tok))
        cand = _passing_noun_candidate(tok, speech_consumed) or _attack_noun_candidate(tok) or \
            _nominal_candidate(tok)
        if cand is not None:
            passing.append(cand)
    for tok in sent:
        if tok.i in light_used:
            continue
        cand = _verb_candidate(tok)
        if cand is not None:
            cands.append(cand)
    cands.sort(key=lambda c: (_depth(c.anchor), c.anchor.i))
    consumed: set = set(speech_consumed)
    kept: list = []
    for cand in cands:
        if cand.anchor.i in consumed and not cand.why.startswith("speech"):
            continue
        if cand.why.startswith("verb"):
            entry = _verb_entry(cand.anchor) or {}
            cand = _apply_frame(cand, entry, consumed)
            if cand is None:
                continue
        if any(_nested_under(cand.anchor, k.anchor) for k in kept if not k.why.startswith("cameo")):
            continue
        kept.append(cand)
    # CAMEO fallback verbs last: they never absorb an event the curated lexicon found
    fallback = [c for c in kept if c.why.startswith("cameo")]
    kept = [c for c in kept if not c.why.startswith("cameo")]
    for cand in fallback:
        if not any(_nested_under(cand.anchor, k.anchor) or _nested_under(k.anchor, cand.anchor) for k in kept):
            kept.append(cand)
    # nouns in passing are events of their own, whatever clause they stand in
    triggered = {t.i for c in kept for t in c.trigger}
    # "rejected the proposal", "condemned the raid": a noun that is the object of a coded verb is
    # what that event is about, not a second event
    # "killed in an airstrike": a noun that is the setting of a coded verb of its own type is
    # the same event
    anchors = {c.anchor.i for c in kept}
    typed_anchors = {(c.anchor.i, c.spec.type) for c in kept if c.spec is not None}
    passing = [c for c in passing if not (c.why.startswith("passing-event") and (
        (c.anchor.dep_ == "dobj" and c.anchor.head.i in anchors) or
        (c.anchor.dep_ == "pobj" and (c.anchor.head.head.i, c.spec.type) in typed_anchors)))]
    kept.extend(c for c in passing if c.anchor.i not in triggered and
                (c.anchor.i not in consumed or c.why.startswith("passing-noun")))
    out = []
    for c in kept:
        c.obligation = c.why.startswith(("verb", "cameo", "noun:")) and _under_obligation(c.anchor)
        if c.obligation and _cfg().drop_obligations:
            continue  # an act someone must do has not happened; a demand for it is REQUEST (speech)
        c.purpose = c.why.startswith(("verb", "cameo", "noun:")) and _in_purpose_clause(c.anchor)
        if c.purpose and _cfg().drop_purposes and c.spec is not None and c.spec.type not in CONFLICT_MATERIAL:
            continue  # "met to discuss": the talk is the aim; a force sent "to fight X" is on a mission
        c = _convert(c)
        if c is None:
            continue
        if _cfg().drop_negated and not c.converted and c.spec.type != "REJECT" and ":negated" not in c.why \
                and c.why.startswith(("verb", "cameo", "noun:")) and _is_negated(c.anchor):
            continue  # "we are not attacking X", "did not sign": an act the text says did not happen
        out.append(c)
    return out
