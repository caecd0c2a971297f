"""Factuality flags for coded events (PLOVER's auxiliary modes): negated ("did not sign"),
hypothetical ("would retaliate if attacked"), future ("will send troops next month") and
historical (an event clearly before the story's news period).

Why a separate component: the event coder decides *what* happened; this one decides *whether*
the text says it happened, so consumers can filter without re-parsing. The flags come from
the trigger token's clause as ``clause.clause_facts`` reads it (the one place that decides
negation, future and condition); the coder's ``why`` string is not read. The trigger token is
found from the record's trigger offsets.
"""
from __future__ import annotations

import datetime as dt
from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc, Token

from . import base  # noqa: F401
from .base import layer
from .clause import ClauseFacts, clause_facts

#: an event dated this many days or more before publication counts as historical
HISTORICAL_DAYS = 31
#: types that a negated *future* clause expresses as a stance taken now ("would not tolerate X")
STANCE_TYPES = {"ACCUSE"}


def trigger_token(doc: Doc, start: int, end: int) -> Optional[Token]:
    """The token that carries the trigger: its first verb, else the syntactic head of the span
    ("peace talks" -> talks), whose clause ``clause.clause_facts`` reads."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    for tok in span:
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("aux", "auxpass"):
            return tok
    return span.root


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


def _period_end(value: Optional[str]) -> Optional[dt.date]:
    """The last day a date value can mean: "2019" -> 2019-12-31, "2019-02" -> 2019-02-28."""
    start = _parse_date(value)
    if start is None:
        return None
    value = (value or "").split("/")[-1]
    if len(value) == 4:
        return dt.date(start.year, 12, 31)
    if len(value) == 7:
        following = dt.date(start.year + (start.month == 12), start.month % 12 + 1, 1)
        return following - dt.timedelta(days=1)
    return _parse_date(value) or start


def is_historical(doc: Doc, event, facts: Optional[ClauseFacts]) -> bool:
    """Dated a month or more before publication (the whole period: an event of "2019" in a story
    of March 2019 is not), or "years ago" / "in the 1990s" in its clause."""
    published = _parse_date(doc._.sanderling_published)
    when = _period_end(event.date)
    if published and when and (published - when).days >= HISTORICAL_DAYS:
        return True
    return facts is not None and facts.historical


#: clause decisions that would also set the future flag. Purpose ("met to discuss"), obligation
#: ("must withdraw") and request ("urged X to release") leave the act still to come, but mapping
#: them to future added false flags on both parts of news36 (scripts/eval_clause.py: obligation
#: tuning fp 7->9, check 6->9; purpose tuning 7->10, check 6->7), so none is mapped: the coder
#: reads ClauseFacts.purpose/obligation/requested itself to decide whether there is an event.
UNREALISED_AS_FUTURE: tuple = ()


def flags_from_clause(facts: ClauseFacts, event_type: str, converted: str = "") -> dict:
    """negated / future / hypothetical for an event of this type whose trigger clause is ``facts``."""
    # A refusal ("will not accept" coded REJECT, "will not tolerate X" coded as the disapproval
    # it expresses) is said now: its negation and its future are the event, not flags on it.
    # A rejection verb that is negated ("will not oppose X", "did not reject it") is no refusal:
    # the negation reverses it, and is flagged like any other.
    # (Dropping the future flag also from promises/threats the coder made from a future act,
    # "is ready to negotiate" -> AGREE, helped the tuning part and hurt the check part: not done.)
    refusal = facts.negated and (converted == "negated"
                                 or (event_type in STANCE_TYPES and facts.future))
    unrealised = any(getattr(facts, k) for k in UNREALISED_AS_FUTURE)
    return {"negated": facts.negated and not refusal,
            "future": (facts.future or unrealised) and not refusal,
            "hypothetical": facts.hypothetical}


def set_factuality(doc: Doc, event) -> None:
    tok = trigger_token(doc, event.trigger_start, event.trigger_end)
    if tok is None:
        return
    facts = clause_facts(tok)
    f = event.factuality
    flags = flags_from_clause(facts, event.event, getattr(event, "converted", ""))
    f.negated, f.future, f.hypothetical = flags["negated"], flags["future"], flags["hypothetical"]
    if not f.future and facts.scheduled_present and not facts.negated and _dated_ahead(doc, event):
        f.future = True  # "talks resume on Friday": a plain present the date shows is still to come
    f.historical = is_historical(doc, event, facts) and not f.future


def _dated_ahead(doc: Doc, event) -> bool:
    """The event's date (its start, for a range) lies after the publication date, compared at
    the date's own granularity ("2019-01" against "2018-12")."""
    pub, when = doc._.sanderling_published or "", (event.date or "").split("/")[0]
    if len(pub) < 10 or len(when) < 7 or not when[:4].isdigit():
        return False
    return when > pub[:len(when)]


def factuality_component(doc: Doc) -> Doc:
    for event in layer(doc, "events"):
        set_factuality(doc, event)
    return doc


@Language.factory("sanderling_factuality", requires=["doc._.sanderling_events", "token.dep"],
                  assigns=["doc._.sanderling_events"])
def make_factuality(nlp: Language, name: str):
    """nlp.add_pipe("sanderling_factuality"); also found through the spacy_factories entry point."""
    return factuality_component
