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


def is_historical(doc: Doc, event, facts: Optional[ClauseFacts]) -> bool:
    """Dated a month or more before publication, or "years ago" / "in the 1990s" in its clause."""
    published = _parse_date(doc._.sanderling_published)
    when = _parse_date(event.date)
    if published and when and (published - when).days >= HISTORICAL_DAYS:
        return True
    return facts is not None and facts.historical


def set_factuality(doc: Doc, event) -> None:
    tok = trigger_token(doc, event.trigger_start, event.trigger_end)
    if tok is None:
        return
    facts = clause_facts(tok)
    f = event.factuality
    converted = getattr(event, "converted", "")
    # "will not tolerate X" coded as the disapproval it expresses, "will not accept" as REJECT:
    # the negation is the event, not a flag on it
    f.negated = facts.negated and converted != "negated" and event.event != "REJECT"
    f.future = facts.future or converted == "future"
    f.hypothetical = facts.hypothetical
    f.historical = is_historical(doc, event, facts) and not f.future


@Language.component("sanderling_factuality", requires=["doc._.sanderling_events"])
def factuality_component(doc: Doc) -> Doc:
    for event in layer(doc, "events"):
        set_factuality(doc, event)
    return doc
