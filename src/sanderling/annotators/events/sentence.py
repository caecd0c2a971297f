"""All event candidates of one sentence: nominal triggers, speech, adjectives and passing
nouns, then verbs; outer frames first, embedded events absorbed, nested clauses left to the
event that is about them; obligations, purposes and (optionally) negated acts dropped.
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from .. import event_checks
from .config import _cfg, drops_unreal
from .lexicon import CAUSATIVE_VERBS, CONFLICT_MATERIAL, CONVICTION_VERBS, RESULT_VERBS, SAY_VERBS, SEPARATE_MARKS, SUBJECT_SHARING_PREPS, VERBS
from .candidate import PASSING_KINDS, Candidate
from .syntax import _depth, _first, _shares_passive
from ..clause import _infinitival, clause_facts
from .triggers import _noun_candidate, _verb_candidate, _verb_entry, _verbal_act
from .roles import _names_participant
from .nominals import _attack_noun_candidate, light_participle, _nominal_candidate, _nominal_spec, _passing_noun_candidate, _under_attack_candidate
from .speech import (
    _adjective_candidates, _mandative_candidates, _quoted_demand_candidates, _quoted_judgement_candidates,
    _reaction_candidates,
    _speech_candidates, _stance_noun_candidates)
from .frames import _apply_frame, _convert


#: events done to people: what those people were doing when it happened ("fired on farmers who
#: were protesting", "beat miners demonstrating") is an event of its own, not part of the act
ACTS_ON_PEOPLE = ("ASSAULT", "COERCE")


def _own_past_act(inner: Token) -> bool:
    """A past "where" clause with a doer of its own ("travelled to Cairo, where he met X"): a
    fact beside the main event, not what the main event is about. (Any past relative clause
    with its own doer, round 27: bbc12 check .765 -> .792 but gsr check type .885 -> .879.)"""
    return inner.tag_ == "VBD" and inner.lemma_.lower() not in SAY_VERBS and any(
        c.dep_ == "nsubj" and c.lower_ not in ("which", "that", "who", "whom") for c in inner.children) \
        and any(c.dep_ == "advmod" and c.lower_ == "where" for c in inner.children)


def _nested_under(inner: Token, outer: Token, outer_type: str = "") -> bool:
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
    if inner.dep_ in ("relcl", "acl") and inner.tag_ in ("VBG", "VBD", "VBZ", "VBP") and \
            inner.head.pos_ in ("NOUN", "PROPN") and (outer_type in ACTS_ON_PEOPLE or _own_past_act(inner)):
        return False
    if top.dep_ == "advcl" and top.tag_ == "VBG" and top.lemma_.lower() in RESULT_VERBS:
        return False  # "..., wounding five and detaining 30"
    if top.dep_ == "advcl" and top.tag_ == "VBG" and top.lemma_.lower() in CAUSATIVE_VERBS \
            and inner.dep_ == "xcomp" and inner.head == top and _first(top, {"dobj"}) is not None:
        return False  # "..., prompting the army to deploy soldiers": the one prompted acts
    if top.dep_ == "advcl" and top is inner and top.tag_ == "VBG" and _verbal_act(top) is not None:
        return False  # "Demanding a ceasefire, the rebels blocked the road": the demand is made
    if top.dep_ == "advcl" and top is inner and any(c.dep_ in ("aux", "auxpass") and c.lower_ == "having"
                                                    for c in inner.children):
        return False  # "are held in camps, having been captured by X": an act done before, told on its own
    if top.dep_ == "advcl" and _shares_passive(top):
        return False  # "was shot, arrested and tortured": a list of passives the parser hangs as advcl
    if top.dep_ == "advcl":
        marks = {c.lower_ for c in top.children if c.dep_ == "mark"}
        if marks & SEPARATE_MARKS:
            return False
    if top.dep_ == "prep" and top.lower_ in SUBJECT_SHARING_PREPS and inner.dep_ == "pcomp" and inner.head == top:
        return False  # "by shelling X, the army defied Y": the shelling is done, not the defiance's content
    if top.dep_ == "prep" and top.lower_ in ("for", "of") and inner.dep_ == "pcomp" and inner.head == top \
            and outer.lemma_.lower() in CONVICTION_VERBS:
        return False  # "jailed for murdering X": the court found the murder done; it is an event too
    if top.dep_ == "ccomp" and outer.lemma_.lower() in SAY_VERBS and outer.lemma_.lower() not in VERBS:
        return False
    return True


#: verbal acts that judge an act named as their object: the act judged still happened (not a
#: rejection: "rejected an attack on X as unthinkable" is of one that did not)
JUDGING_TYPES = {"ACCUSE", "PROTEST", "SUPPORT"}


#: kinds whose anchor verb's clause is the event's own (obligation, purpose, negation read there)
CLAUSE_KINDS = ("verb", "cameo", "noun")


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


#: modifiers of an attack noun that say it did not take place ("a foiled attack")
FAILED_ACT_MODS = {"foiled", "attempted", "thwarted", "failed", "botched", "aborted", "averted"}


def _owned_attack(c) -> bool:
    """A judged attack that is a particular act with its doer named ("condemned Chile's
    offensive", "praised the Turkish incursion"): not a generic plural ("condemns attacks on
    journalists"), nor one foiled, nor one that names no doer (whose doer the judge or a place
    would otherwise be taken for). (A hedged one, "a possible raid", is no candidate at all:
    nominals._nominal_hedged.)"""
    noun = c.anchor
    if noun.tag_ == "NNS" and not any(k.dep_ in ("det", "poss") for k in noun.children):
        return False
    if any(k.lower_ in FAILED_ACT_MODS for k in noun.children if k.dep_ in ("amod", "compound", "det")):
        return False
    return any(_names_participant(t) for t in c.actor_tokens)


def _serves_no_act(anchor) -> bool:
    """A purpose that hangs on a copula serves no act: "the force is there only to fight X"
    states why it is there (a mission sent "to fight X" is kept: the sending is an act)."""
    verb = anchor
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ == "advcl" and verb.head.lemma_ == "be"


def _not_done(c) -> bool:
    """The clause module reads the candidate's clause as generic or negated (event_checks.not_done):
    a verb on its own clause, a light-verb noun on the verb and the noun, a noun in passing on itself.
    A negation that made the type (a refusal turned REJECT) is no reason to drop it; a rejection
    verb negated ("would not oppose X") rejects nothing and is dropped like any negated act."""
    if c.kind not in CLAUSE_KINDS + PASSING_KINDS:
        return False
    if c.kind in PASSING_KINDS:
        tokens = [c.trigger[-1]]
    else:
        tokens = [c.anchor] + ([c.trigger[-1]] if c.kind == "noun" else [])
    if c.kind in PASSING_KINDS and event_checks.not_yet(tokens[0]):
        return True  # "a pullout is likely to prove costly", "a possible raid": named, not reported
    why = event_checks.not_done(tokens)
    if not drops_unreal(why):
        return False
    return why == "generic" or (c.converted != "negated" and c.rule != "negated")


#: types of the nouns whose "to" infinitive is what they threaten, ask, promise or refuse
CONTENT_NOUN_TYPES = {"THREATEN", "REQUEST", "AGREE", "REJECT"}


def _content_noun(noun: Token) -> bool:
    spec = _nominal_spec(noun) if noun.pos_ == "NOUN" else None
    return spec is not None and spec.type in CONTENT_NOUN_TYPES


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
        cands.extend(_mark_speech(_mandative_candidates(tok, speech_consumed)))
        cands.extend(_adjective_candidates(tok))
        cands.extend(_stance_noun_candidates(tok))
        cands.extend(_reaction_candidates(tok))
        cand = _passing_noun_candidate(tok, speech_consumed) or _under_attack_candidate(tok) or \
            _attack_noun_candidate(tok) or _nominal_candidate(tok)
        if cand is not None:
            passing.append(cand)
    cands.extend(_mark_speech(_quoted_judgement_candidates(sent)))
    cands.extend(_mark_speech(_quoted_demand_candidates(sent, speech_consumed)))
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
        if cand.anchor.i in consumed and cand.kind != "speech":
            continue
        extra = []
        if cand.kind == "verb":
            entry = _verb_entry(cand.anchor) or {}
            original = replace(cand, trigger=list(cand.trigger), conjoined=[])
            cand = _apply_frame(cand, entry, consumed)
            if cand is None:
                continue
            for conj in cand.conjoined:
                again = _apply_frame(replace(original, trigger=list(original.trigger), conjoined=[]),
                                     entry, set(), only=conj)
                if again is not None and again.trigger:
                    extra.append(again)
        if not (cand.kind == "adjective" and cand.rule == "appos") and \
                any(_nested_under(cand.anchor, k.anchor, k.spec.type) for k in kept if k.kind != "cameo"):
            continue  # (a stance told in an apposition, "X, a Y supporter, said": X's own, not what X said)
        kept.append(cand)
        kept.extend(extra)
    # CAMEO fallback verbs last: they never absorb an event the curated lexicon found
    fallback = [c for c in kept if c.kind == "cameo"]
    kept = [c for c in kept if c.kind != "cameo"]
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
    # "airstrikes hit the town": a noun that is the subject of a coded verb of its own type is
    # that event's instrument, not a second event
    judged = {c.anchor.i for c in kept if c.spec is not None and c.spec.type in JUDGING_TYPES}
    passing = [c for c in passing if not (c.kind == "passing-event" and (
        (c.anchor.dep_ == "dobj" and c.anchor.head.i in anchors and not (
            c.spec.type == "ASSAULT" and c.anchor.head.i in judged and _owned_attack(c))) or
        (c.anchor.dep_ == "pobj" and (c.anchor.head.head.i, c.spec.type) in typed_anchors)) or
        (c.anchor.dep_ in ("nsubj", "nsubjpass") and (c.anchor.head.i, c.spec.type) in typed_anchors))]
    kept.extend(c for c in passing if c.anchor.i not in triggered and
                (c.anchor.i not in consumed or c.kind == "passing-noun"))
    # "the offensive ordered by X": the participle of a light verb is the noun's event, X its doer
    event_anchors = {c.anchor.i for c in kept if c.kind in PASSING_KINDS}
    kept = [c for c in kept if not (c.kind == "verb" and c.anchor.head.i in event_anchors and light_participle(c.anchor))]
    # "X's threat to attack Y", "made threats to attack Y": the infinitive is what the noun's
    # event threatens, demands or promises, no act of its own
    # (also when the noun names no party and is no event of its own: "past threats to attack X")
    event_nouns = {t.i for c in kept if c.kind in ("noun",) + PASSING_KINDS for t in c.trigger}
    kept = [c for c in kept if not (c.kind in CLAUSE_KINDS and c.anchor.dep_ in ("acl", "relcl") and _infinitival(c.anchor)
                                    and (c.anchor.head.i in event_nouns or _content_noun(c.anchor.head)))]
    out = []
    for c in kept:
        # a judgement owed is none made ("X should be grateful for Y"): adjectives read the copula's clause
        c.obligation = c.kind in CLAUSE_KINDS + ("adjective",) and clause_facts(c.anchor).obligation
        if c.obligation and _cfg().drop_obligations:
            continue  # an act someone must do has not happened; a demand for it is REQUEST (speech)
        c.purpose = c.kind in CLAUSE_KINDS and clause_facts(c.anchor).purpose_infinitive
        if c.purpose and _cfg().drop_purposes and c.spec is not None and (
                c.spec.type not in CONFLICT_MATERIAL or _serves_no_act(c.anchor)):
            continue  # "met to discuss": the talk is the aim; a force sent "to fight X" is on a mission
        if c.kind in CLAUSE_KINDS and _cfg().drop_predicted and clause_facts(c.anchor).predicted:
            continue  # "hopes to dislodge X", "is expected to expel Y": wished or forecast, not done
        if _cfg().drop_poll_results and c.spec is not None and c.spec.type in event_checks.POLL_RESULT_TYPES \
                and c.kind in CLAUSE_KINDS and event_checks.poll_result(c.anchor):
            continue  # "backed Lopez, 61 percent to 30 percent": a poll, not an act
        c = _convert(c)
        if c is None:
            continue
        if _not_done(c):
            continue  # "did not sign", "shelling the port was a mistake": no act that took place
        out.append(c)
    return out
