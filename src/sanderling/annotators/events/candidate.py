"""``Candidate``: one event found in a sentence, before it becomes an ``Event`` record.
Every stage reads and fills it: triggers create it, frames and conversions rewrite its type,
roles find its participants, assemble turns it into a record.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from .lexicon import Spec


@dataclass
class Candidate:
    spec: Spec
    anchor: Token                       # the verb whose clause the event lives in
    trigger: list                       # trigger tokens
    why: str
    confidence: float
    actor_tokens: list = field(default_factory=list)
    recipient_tokens: list = field(default_factory=list)
    converted: str = ""                 # "future" | "negated" when the type was rewritten
    needs_recipient: bool = False       # judgements and demands in speech are about someone
    obligation: bool = False            # "must withdraw", "has to pay": required, not done
    purpose: bool = False               # "met to discuss X": the aim of another act, not done
