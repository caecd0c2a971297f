"""spaCy component ``sanderling_event_filter``: a learned precision filter on the rule coder's events.

The rule coder (``sanderling_events``) emits candidates; this component scores each one with
a logistic regression (``model.TypeModel`` with one label, ``KEEP``) and drops those whose
probability of being a real event of that type is below the threshold shipped with the
weights. It never adds an event and never changes a type, a participant or a date: it can
only remove false alarms (and, at worst, a true event the model doubts).

What it reads of one candidate (``event_features``; names replaced by entity labels, so it
learns how events are *said*, not who took part):

- the type, the rule that fired (``why`` up to its first ``+``), the rule family and each
  ``+modifier`` the coder added (``+future->threaten``, ``+actor:place-country``);
- the trigger's lemma (alone and with the type), part of speech, dependency, its head's lemma
  and dependency ("discuss" as the ``advcl`` of "meet": a purpose clause), its children
  (auxiliaries, negation, markers, objects);
- the clause decision of ``clause.clause_facts`` for the trigger (negated, future,
  hypothetical, purpose, obligation, requested, historical; alone and with the type) and its
  cues ("aux:must", "mark:to");
- whether the actor and recipient have a code, a name without a code, or nothing;
- the rule's confidence, the number of candidates in the sentence;
- the sentence classifier's probability for the candidate's type (``model.py``, the weights
  in ``models/event_classifier``), in five bins: "does this sentence talk of attacks at all".

Trained by ``scripts/train_event_filter.py`` on the tuning parts only (see its doc and
``models/event_filter/README.md``). Order: after ``sanderling_events`` and
``sanderling_event_classifier``, before ``sanderling_factuality``.
On by default. Switch: ``SANDERLING_EVENT_FILTER=0`` (or ``=1``) in the environment wins over
the config; ``nlp.add_pipe("sanderling_event_filter", config={"threshold": 0.3})`` sets another
drop threshold.
"""
from __future__ import annotations

import functools
import os
from importlib import resources
from pathlib import Path
from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..annotators import base  # noqa: F401  (registers the Doc extensions)
from ..annotators.base import layer
from ..annotators.clause import clause_facts
from ..annotators.factuality import trigger_token
from ..records import Event
from .features import sentence_features, word
from .component import env_switch
from .model import TypeModel

COMPONENT = "sanderling_event_filter"
ENV_SWITCH = "SANDERLING_EVENT_FILTER"
#: Experiments only: a folder with other weights.
ENV_MODEL = "SANDERLING_EVENT_FILTER_MODEL"
PACKAGE_MODEL = "models/event_filter"
LABEL = "KEEP"
#: Clause flags read as features.
FLAGS = ("negated", "future", "hypothetical", "purpose", "obligation", "requested", "historical", "past")
#: Children of the trigger whose (dependency, word) is a feature.
CHILD_DEPS = {"aux", "auxpass", "neg", "mark", "dobj", "prep", "prt", "advmod", "acomp", "xcomp", "ccomp",
              "nsubj", "nsubjpass", "agent", "dative", "attr", "amod", "compound", "poss"}
#: Bins of the sentence classifier's probability for the candidate's type (upper bounds).
PROB_BINS = (0.05, 0.15, 0.35, 0.6, 1.01)
#: Default of the component's ``enabled`` setting. ON: on every check part it changed nothing
#: or raised the figure (petrarch type F1 .706 -> .727, news300 .711 -> .714, news36 event F1
#: .330 -> .332 with precision .569 -> .579, bbc12 .715 -> .726, gsr equal); docs/choices.md.
ENABLED_BY_DEFAULT = True


def is_enabled(configured: bool) -> bool:
    return env_switch(ENV_SWITCH, configured)


def package_path() -> Path:
    return Path(str(resources.files("sanderling") / PACKAGE_MODEL))


def prob_bin(p: float) -> str:
    for k, hi in enumerate(PROB_BINS):
        if p < hi:
            return str(k)
    return str(len(PROB_BINS) - 1)


def _side(refs) -> str:
    if any(r.code for r in refs):
        return "coded"
    return "named" if refs else "none"


def event_features(doc: Doc, ev: Event, n_in_sentence: int, sent_prob: Optional[float]) -> set[str]:
    """The feature set of one candidate event (see the module doc)."""
    t = ev.event
    rule, *mods = (ev.why or "?").split("+")
    feats = {"t:" + t, "r:" + rule, "rf:" + rule.split(":")[0] + "|" + t, "conf:" + f"{ev.confidence:.2f}",
             "a:" + _side(ev.actor), "rc:" + _side(ev.recipient),
             "n:" + (str(n_in_sentence) if n_in_sentence < 4 else "4+")}
    feats.update("m:" + m.split("=")[0] for m in mods)
    actor_codes = {r.code for r in ev.actor if r.code}
    if actor_codes and actor_codes == {r.code for r in ev.recipient if r.code}:
        feats.add("same-dyad")
    if sent_prob is not None:
        b = prob_bin(sent_prob)
        feats.update({"sp:" + b, "sp:" + b + "|" + t})
    tok = trigger_token(doc, ev.trigger_start, ev.trigger_end) if ev.trigger_start >= 0 else None
    if tok is None:
        feats.add("no-trigger")
        return feats
    lemma = word(tok)
    feats.update({"l:" + lemma, "l:" + lemma + "|" + t, "pos:" + tok.pos_ + "|" + t,
                  "dep:" + tok.dep_ + "|" + t, "tag:" + tok.tag_})
    if tok.head.i != tok.i:
        feats.update({"h:" + word(tok.head) + ">" + tok.dep_, "hp:" + tok.head.pos_ + ">" + tok.dep_ + "|" + t})
    else:
        feats.add("root|" + t)
    for c in tok.children:
        if c.dep_ in CHILD_DEPS:
            feats.add("c:" + c.dep_ + ":" + word(c))
    facts = clause_facts(tok)
    for f in FLAGS:
        if getattr(facts, f):
            feats.update({"cf:" + f, "cf:" + f + "|" + t})
    if facts.realis:
        feats.add("cf:realis|" + t)
    feats.update("cue:" + c for c in facts.cues)
    return feats


@functools.lru_cache(maxsize=4)
def _load(path: Optional[str]) -> TypeModel:
    return TypeModel.load(path or package_path())


@functools.lru_cache(maxsize=2)
def _sentence_model(path: Optional[str]) -> TypeModel:
    return TypeModel.load(path)


def sentence_probs(sents: list[Span], model: TypeModel) -> list[dict[str, float]]:
    verb_types = model.meta.get("verb_types")
    return [model.proba(sentence_features(s, verb_types)) for s in sents]


def candidate_features(doc: Doc, events: list[Event], sent_model: Optional[TypeModel]) -> list[set[str]]:
    """Feature sets of every event of the doc, in order (the one function the training script
    and the component share)."""
    sents = list(doc.sents)
    by_start = {s.start_char: i for i, s in enumerate(sents)}
    counts: dict[int, int] = {}
    for ev in events:
        counts[ev.evidence.start] = counts.get(ev.evidence.start, 0) + 1
    probs: dict[int, dict[str, float]] = {}
    out = []
    for ev in events:
        i = by_start.get(ev.evidence.start)
        p = None
        if sent_model is not None and i is not None:
            if i not in probs:
                probs[i] = sent_model.proba(sentence_features(sents[i], sent_model.meta.get("verb_types")))
            p = probs[i].get(ev.event)
        out.append(event_features(doc, ev, counts[ev.evidence.start], p))
    return out


class EventFilter:
    def __init__(self, enabled: bool = ENABLED_BY_DEFAULT, model_path: Optional[str] = None,
                 threshold: Optional[float] = None):
        self.enabled = enabled
        self.model = _load(model_path or os.environ.get(ENV_MODEL) or None)
        self.threshold = float(threshold if threshold is not None else self.model.meta.get("threshold", 0.0))
        self.sent_model = _sentence_model(None) if self.model.meta.get("sentence_probs") else None

    def scores(self, doc: Doc) -> list[float]:
        events = layer(doc, "events")
        return [self.model.proba(f)[LABEL] for f in candidate_features(doc, events, self.sent_model)]

    def __call__(self, doc: Doc) -> Doc:
        if not is_enabled(self.enabled):
            return doc
        events = layer(doc, "events")
        if not events:
            return doc
        doc._.sanderling_events = [ev for ev, p in zip(events, self.scores(doc)) if p >= self.threshold]
        return doc


@Language.factory(COMPONENT, assigns=["doc._.sanderling_events"], requires=["doc._.sanderling_events"],
                  default_config={"enabled": ENABLED_BY_DEFAULT, "model_path": None, "threshold": None})
def make_event_filter(nlp: Language, name: str, enabled: bool, model_path: Optional[str],
                      threshold: Optional[float]) -> EventFilter:
    return EventFilter(enabled=enabled, model_path=model_path, threshold=threshold)
