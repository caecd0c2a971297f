"""``Candidate``: one event found in a sentence, before it becomes an ``Event`` record.
Every stage reads and fills it: triggers create it, frames and conversions rewrite its type,
roles find its participants, assemble turns it into a record.

The stages decide on fields (``kind``, ``rule``, ``absorbed``, ``converted``, and the clause
module's answer for the anchor), never on ``why``: ``why`` is the record's readable account of
the same decisions, written for the user.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from .lexicon import Spec

#: How the event was found. verb: a lexicon verb; cameo: a CAMEO dictionary verb (fallback);
#: frame: a frame verb whose embedded act failed ("failed to reach a deal" -> REJECT);
#: noun: an event noun with its light verb ("held talks"); noun-subject: an event noun as the
#: subject ("clashes erupted"); passing-noun / passing-event: an event named by a noun in
#: passing; speech: the content of reported speech; adjective: a judging adjective; quoted: a
#: judgement in a quote's own sentence, the quote's speaker its actor.
PASSING_KINDS = ("passing-noun", "passing-event")
KINDS = ("verb", "cameo", "frame", "noun", "noun-subject", "passing-noun", "passing-event", "speech", "adjective",
         "quoted")


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
    kind: str = "verb"                  # one of KINDS
    rule: str = ""                      # the rule within its kind: a verb's lexicon cue ("default",
                                        # "negated", ...), "support-predicate", "modal-request", ...
    absorbed: str = ""                  # the type of the embedded event a frame verb took in
    conjoined: list = field(default_factory=list)  # verbs coordinated with the absorbed one
                                        # ("promised to expel X and deport Y"): events of the frame too

    def __post_init__(self):
        if self.kind not in KINDS:
            raise ValueError(f"Candidate.kind must be one of {KINDS}, not {self.kind!r}")
