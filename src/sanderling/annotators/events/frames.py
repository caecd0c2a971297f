"""Frames and conversions: a frame verb absorbs the event it embeds ("threatened to cut",
"urged X to withdraw", "refused to meet", "failed to agree") and may change its type; promised
material acts become AGREE / THREATEN and refused cooperation REJECT (CAMEO intent codes).
"""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from .. import event_checks
from .config import _cfg
from .lexicon import (
    ASPECT_VERBS, CLASSES, CONFLICT_MATERIAL, COOPERATIVE, DECISION_WORDS, FUTURE_AUX, REQUEST_MODE, SAY_LIKE, Spec, THREATEN_MODE, THREAT_PREPS)
from .candidate import Candidate
from .syntax import PASSIVE_SUBJ_DEPS, SUBJ_DEPS, _children, _embedded_verbs, _first, _xcomp_chain
from ..clause import OBLIGATION_HEADS, clause_facts
from .roles import _names_participant, _recipient_tokens_of, _refs
from .triggers import _inner_candidate


#: acts done in words that a pledge or vow declares ahead: the pledge is already that act ("pledged to
#: oppose the bill", "vowed to press X to reopen the border": a refusal, a demand; no threat)
DECLARED_TYPES = {"REJECT", "REQUEST"}


def _frame_mode(frame_type: str, inner: Optional[Candidate], inner_tok: Optional[Token]) -> Optional[str]:
    if inner is None:
        return None
    t = inner.spec.type
    if frame_type in ("REQUEST", "REJECT"):
        return REQUEST_MODE.get(t, "change")
    if frame_type == "THREATEN":
        if t == "COERCE":
            return {"arrest": "arrest", "deport": "expel"}.get(inner.spec.mode or "", "restrict")
        return THREATEN_MODE.get(t)
    return None


def _apply_frame(cand: Candidate, entry: dict, consumed: set, only: Optional[Token] = None) -> Optional[Candidate]:
    """Let a frame verb absorb its embedded event; may change type (promise to attack).

    Coordinated embedded acts ("promised to expel X and deport Y") are each an event of the
    frame: the first is absorbed here, the others are listed in ``cand.conjoined`` and coded by
    calling again with ``only`` set to one of them."""
    frame = entry.get("frame")
    if not frame:
        return cand
    tok = cand.anchor
    inner, inner_tok = None, None
    for emb in _embedded_verbs(tok):
        if emb.pos_ not in ("VERB", "AUX"):
            continue
        consumed.update(t.i for t in emb.subtree if t.pos_ in ("VERB", "NOUN", "AUX"))
        if only is None and inner is None:
            inner, inner_tok = _inner_candidate(emb), emb
        elif only is None and inner is not None and emb.dep_ == "conj" and emb in inner_tok.conjuncts \
                and _first(emb, SUBJ_DEPS | PASSIVE_SUBJ_DEPS) is None and _inner_candidate(emb) is not None:
            cand.conjoined.append(emb)
    if only is not None:
        inner, inner_tok = _inner_candidate(only), only
        cand.trigger = []
    if inner is None and inner_tok is not None:
        inner_tok = _act_under_aspect(inner_tok)
        inner = _inner_candidate(inner_tok)
    if inner_tok is not None and cand.spec is not None and cand.spec.type == "REJECT" and \
            inner_tok.lemma_.lower() in SAY_LIKE:
        return None
    if frame == "fail":
        if inner is not None and inner.spec.type in COOPERATIVE:
            return Candidate(Spec("REJECT", REQUEST_MODE.get(inner.spec.type, "change"), "120"), tok,
                             [tok] + inner.trigger, "frame:fail+" + inner.spec.type, _cfg().conf_verb,
                             kind="frame", rule="fail")
        return None
    if cand.spec is None and inner is None:
        return None
    if frame == "intent" and inner_tok is not None and _first(inner_tok, SUBJ_DEPS | PASSIVE_SUBJ_DEPS) is not None \
            and cand.spec is None:
        return None  # "Lima wants Quito to retaliate": someone else's act, only wished for
    if frame in ("intent", "intent_agree") and inner is not None and inner.spec.type in DECLARED_TYPES:
        cand.spec = inner.spec  # "pledged to oppose the bill": a refusal declared ahead, no threat
    elif frame in ("intent", "intent_agree") and inner is not None:
        new_type = "THREATEN" if inner.spec.type not in COOPERATIVE else "AGREE"
        cand.spec = Spec(new_type, _frame_mode(new_type, inner, inner_tok), "130" if new_type == "THREATEN" else "030")
    if frame in ("intent", "intent_agree") and inner is None and inner_tok is not None and cand.spec is not None \
            and cand.spec.type == "AGREE":
        conflict = event_checks.dictionary_conflict_type(inner_tok)
        if conflict:  # "vowed to crush X": the CAMEO dictionary types a verb the lexicon lacks
            cand.spec = Spec("THREATEN", THREATEN_MODE.get(conflict), "130")
            cand.why += "+dictionary-" + conflict.lower()
    if cand.spec is None:
        return None
    if frame in ("intent", "intent_agree") and cand.spec.type == "AGREE" and event_checks.wish_not_promise(tok):
        return None  # "the rebels wanted to give up": a wish, no commitment
    if frame == "allow" and inner is not None and inner.spec.type == "RETREAT":
        cand.spec = inner.spec
    commanded = bool(entry.get("passive_inner")) and inner is not None and inner.spec.type in ORDERED_ACTS \
        and (any(c.dep_ == "auxpass" for c in inner_tok.children) or _own_forces(_first(tok, {"dobj"})))
    if commanded:
        # "ordered his passport to be withdrawn", "ordered the troops to pull out": the one who
        # orders does it, through the authority or the forces under command
        cand.spec = inner.spec
    if inner is not None:
        if cand.spec.mode is None:
            cand.spec = Spec(cand.spec.type, _frame_mode(cand.spec.type, inner, inner_tok), cand.spec.cameo)
        cand.trigger = cand.trigger + [t for t in inner.trigger if t not in cand.trigger]
        cand.why += "+" + inner.spec.type.lower()
        cand.absorbed = inner.spec.type
    if inner_tok is not None:
        own = [] if commanded else [t for t in _recipient_tokens_of(tok) if t.ent_type_ or t.pos_ == "PROPN" or (
            frame == "request_obj" and t.dep_ == "dobj" and (_names_participant(t) or _refs(t.doc, [t], set())))]
        # "urged the Canadian government to press X": the party asked, not the act's object
        cand.recipient_tokens = own or _embedded_recipient(inner_tok, frame)
        if frame in ("intent", "intent_agree") and inner is None and not own and cand.spec.type == "AGREE" \
                and event_checks.promise_to_nobody(inner_tok):
            return None  # "pledged to end youth unemployment": a policy promised, no counterpart
    elif frame == "intent_agree" and cand.spec.type == "AGREE" and not _children(tok, {"dative"}):
        obj = _first(tok, {"dobj"})
        if obj is not None and event_checks.promise_to_nobody(obj):
            return None  # "the party promised tax cuts": a policy promised to voters, no counterpart
    return cand


def _act_under_aspect(tok: Token) -> Token:
    """The act an aspect verb governs ("continue to attack" -> attack), else ``tok`` itself."""
    for _ in range(3):  # "would continue to keep supplying": a short chain at most
        if tok.lemma_.lower() not in ASPECT_VERBS:
            break
        nxt = _first(tok, {"xcomp"})
        if nxt is None or nxt.pos_ not in ("VERB", "AUX"):
            break
        tok = nxt
    return tok


#: acts an authority orders done ("ordered X to be arrested / deported / released"): with a passive
#: infinitive nobody is asked, the one who orders does it (as "ordered the arrest of X" is an arrest)
ORDERED_ACTS = {"COERCE", "SANCTION", "RETREAT", "ASSAULT", "MOBILIZE"}


def _own_forces(obj: Optional[Token]) -> bool:
    """The object ordered is a body of troops or police ("ordered the troops to pull out",
    "ordered police to disperse the crowd"), commanded, not asked."""
    return obj is not None and (obj.lemma_.lower() in CLASSES["troops"] or obj.lower_ in CLASSES["troops"]
                                or obj.lower_ in CLASSES["police"])


def _embedded_recipient(inner_tok: Token, frame: str) -> list:
    """Recipient of "demanded that X withdraw" (X) or "threatened to attack X" (X)."""
    if frame == "request_obj":
        subj = _first(inner_tok, SUBJ_DEPS)
        if subj is not None and subj.lower_ not in ("it", "they", "we", "he", "she", "i"):
            return [subj]
        asked = _asked_in_for_phrase(inner_tok)
        if asked is not None:
            return [asked]
    return _recipient_tokens_of(inner_tok)


def _asked_in_for_phrase(inner_tok: Token) -> Optional[Token]:
    """"called for the council's members to give up their veto": the parser hangs the act on the
    frame verb; the object of its "for" just before the act is whom it is asked of."""
    verb = inner_tok.head
    for p in _children(verb, {"prep"}):
        pobj = _first(p, {"pobj"})
        if p.lower_ == "for" and pobj is not None and p.i < inner_tok.i and pobj.right_edge.i < inner_tok.i:
            return pobj
    return None


#: "X will meet Y" stays CONSULT (flagged future): a scheduled meeting is reported as such.
#: "X will provide aid" / "will attack" still become AGREE / THREATEN (CAMEO intent codes).
FUTURE_KEEPS_TYPE = {"CONSULT"}
#: A planned police deployment is internal security, not a threat, unless aimed at someone
#: ("send police against the protesters"); "will deploy warships" stays a THREATEN.
FUTURE_KEEPS_MOBILIZE_MODES = {"police"}


def _aimed_at_someone(verb: Token) -> bool:
    return any(p.lower_ in THREAT_PREPS for p in _children(verb, {"prep"}))


def _decided(verb: Token) -> bool:
    """The act is what a decision, order or announcement is about ("the decision to withdraw",
    "ordered the troops to pull out", "announced that the force would leave")."""
    return verb.dep_ in ("acl", "xcomp", "ccomp") and verb.head.lemma_.lower() in DECISION_WORDS


#: heads of obligation or ability: negated, they deny that the act is owed or possible ("X will
#: not have to pay", "X could never be able to sign"), no refusal of it. The clause module's
#: obligation heads, without "need" ("X would not need to come" declines, as the BBC-12
#: annotators both code such a case: measured), and the participles and adjectives of force and
#: ability the lemma does not reach
NEED_HEADS = (OBLIGATION_HEADS - {"need"}) | {"able", "forced", "obliged", "required", "compelled", "bound"}


def _need_denied(chain: list, anchor: Token) -> bool:
    """The negation denies an obligation or an ability, not the will to act: such a head over the
    act ("X will not have to pay"), or "cannot X without Y" (Y is needed for X)."""
    if any(t is not anchor and t.lemma_.lower() in NEED_HEADS for t in chain):
        return True
    if any(c.dep_ == "acomp" and c.lower_ in NEED_HEADS for t in chain for c in t.children):
        return True  # "could never be able to sign": "able" is the copula's complement
    return any(p.lower_ == "without" for p in _children(anchor, {"prep"}))


def _convert(cand: Candidate) -> Optional[Candidate]:
    """Promises of material acts are AGREE / THREATEN; refusals of cooperation are REJECT."""
    anchor = cand.anchor
    t = cand.spec.type
    facts = clause_facts(anchor)
    negated, future = facts.negated, facts.intended
    if negated and t in COOPERATIVE and "head:deny" not in facts.cues:  # (a denied intention refuses nothing)
        chain = _xcomp_chain(anchor)
        modal = any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX | {"can", "could", "ca", "will"}
                    for t in chain for c in t.children)
        if (modal or future) and not _need_denied(chain, anchor):
            cand.spec = Spec("REJECT", REQUEST_MODE.get(t, "change"), "120")
            cand.why += "+negated->reject"
            cand.converted = "negated"
            cand.confidence = _cfg().conf_converted
        return cand
    if t == "RETREAT" and cand.spec.mode == "withdraw" and not negated and _decided(anchor):
        cand.spec = Spec("CONCEDE", None, "080")  # "the decision to withdraw the troops": a concession
        cand.why += "+decided->concede"
        cand.converted = "future"
        cand.confidence = _cfg().conf_converted
        return cand
    if future and t in FUTURE_KEEPS_TYPE and facts.future_by_will:
        return cand  # "will meet on Monday": the reported meeting, flagged future by factuality
    if future and not negated and t in (COOPERATIVE - {"AGREE"}) | CONFLICT_MATERIAL:
        if t == "RETREAT" and cand.spec.mode == "resign":
            return cand
        if t == "MOBILIZE" and cand.spec.mode in FUTURE_KEEPS_MOBILIZE_MODES \
                and not _aimed_at_someone(anchor):
            return cand  # a planned deployment, flagged future by factuality
        new = "AGREE" if t in COOPERATIVE else "THREATEN"
        mode = _frame_mode(new, cand, anchor)
        cand.spec = Spec(new, mode, "030" if new == "AGREE" else "130")
        cand.why += f"+future->{new.lower()}"
        cand.converted = "future"
        cand.confidence = _cfg().conf_converted
    return cand
