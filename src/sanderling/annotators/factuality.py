"""Factuality flags for coded events (PLOVER's auxiliary modes): negated ("did not sign"),
hypothetical ("would retaliate if attacked"), future ("will send troops next month") and
historical (an event clearly before the story's news period).

Why a separate component: the event coder decides *what* happened; this one decides *whether*
the text says it happened, so consumers can filter without re-parsing. The trigger's own
clause is read from the dependency parse (aux, neg, mark of the governing clauses).
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc, Token

from . import base  # noqa: F401
from .base import layer

FUTURE_AUX = {"will", "shall", "'ll", "wo"}
MODAL_HYPOTHETICAL = {"could", "might", "may", "would"}
CONDITION_MARKS = {"if", "unless", "whether"}
INTENT_HEADS = {"plan", "intend", "prepare", "ready", "prepared", "set", "going", "expect", "due",
                "aim", "scheduled", "poised", "willing", "likely"}
NEGATORS = {"not", "n't", "never", "no"}
#: an event dated this many days or more before publication counts as historical
HISTORICAL_DAYS = 31
YEARS_AGO = re.compile(r"\b(\d+|two|three|four|five|six|seven|eight|nine|ten|several|many)\s+years?\s+ago\b"
                       r"|\bin the (19|20)\d0s\b|\bduring (the )?(world war|cold war)", re.I)
#: clause links we climb to find the auxiliaries that govern an embedded trigger
CLIMB_DEPS = {"xcomp", "conj"}


def _anchor(doc: Doc, start: int, end: int) -> Optional[Token]:
    """The verb that carries the trigger: first verbal token of the trigger, or the head of a noun."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    for tok in span:
        if tok.pos_ in ("VERB", "AUX"):
            return tok
    tok = span[0]
    while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _clause_chain(tok: Token) -> list:
    """The trigger and the verbs it is an xcomp/conj of ("is ready to send" -> send, ready/is)."""
    chain = [tok]
    while tok.dep_ in CLIMB_DEPS and tok.head.i != tok.i:
        if tok.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            break  # "X did not sign, and Y announced aid": a conjunct with its own subject is its own clause
        tok = tok.head
        chain.append(tok)
    return chain


def is_negated(tok: Token) -> bool:
    for t in _clause_chain(tok):
        if any(c.dep_ == "neg" or (c.lower_ == "never" and c.dep_ == "advmod") for c in t.children):
            return True
        if t.lemma_.lower() == "fail" and t.i != tok.i:
            return True
    return False


def is_future(tok: Token) -> bool:
    for t in _clause_chain(tok):
        kids = [c for c in t.children if c.dep_ in ("aux", "auxpass")]
        if any(c.lower_ in FUTURE_AUX for c in kids):
            return True
        if t.i != tok.i and t.lemma_.lower() in INTENT_HEADS:
            return True
        if any(c.dep_ == "acomp" and c.lower_ in INTENT_HEADS for c in t.children) and t.i != tok.i:
            return True
        if t.lower_ == "going" and any(c.lower_ == "to" for c in tok.children):
            return True
    # "said it would send": future seen from the time of speaking
    if any(c.lower_ == "would" for c in tok.children if c.dep_ == "aux") and tok.dep_ == "ccomp":
        return True
    return False


def is_hypothetical(tok: Token) -> bool:
    t = tok
    while True:
        if any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in t.children):
            return True
        if t.dep_ not in CLIMB_DEPS | {"advcl", "ccomp"} or t.head.i == t.i:
            break
        t = t.head
    modals = {c.lower_ for c in tok.children if c.dep_ == "aux"}
    if modals & {"could", "might", "may"}:
        return True
    if "would" in modals:
        # "X would retaliate if attacked": a condition hangs on the clause
        return any(c.dep_ == "advcl" and any(m.lower_ in CONDITION_MARKS for m in c.children if m.dep_ == "mark")
                   for c in tok.children)
    return False


def _parse_date(value: Optional[str]) -> Optional[dt.date]:
    if not value:
        return None
    value = value.split("/")[0]
    for fmt, n in (("%Y-%m-%d", 10), ("%Y-%m", 7), ("%Y", 4)):
        try:
            return dt.datetime.strptime(value[:n], fmt).date()
        except ValueError:
            continue
    return None


def is_historical(doc: Doc, event, tok: Optional[Token]) -> bool:
    published = _parse_date(doc._.sanderling_published)
    when = _parse_date(event.date)
    if published and when and (published - when).days >= HISTORICAL_DAYS:
        return True
    if tok is not None:
        clause = doc[tok.left_edge.i: tok.right_edge.i + 1].text
        if YEARS_AGO.search(clause):
            return True
    return False


def set_factuality(doc: Doc, event) -> None:
    tok = _anchor(doc, event.trigger_start, event.trigger_end)
    f = event.factuality
    if tok is None:
        return
    # "will not tolerate X" is coded as the disapproval it expresses: the negation is used up
    converted_neg = "negated->reject" in (event.why or "") or ":negated" in (event.why or "")
    f.negated = is_negated(tok) and not converted_neg and event.event != "REJECT"
    f.future = is_future(tok) or "future->" in (event.why or "")
    f.hypothetical = is_hypothetical(tok)
    f.historical = is_historical(doc, event, tok) and not f.future


@Language.component("sanderling_factuality", requires=["doc._.sanderling_events"])
def factuality_component(doc: Doc) -> Doc:
    for event in layer(doc, "events"):
        set_factuality(doc, event)
    return doc
