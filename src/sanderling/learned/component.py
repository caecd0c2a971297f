"""spaCy component ``sanderling_event_classifier``: the learned post-step on the events layer.

Runs after ``sanderling_events`` (and before ``sanderling_factuality``, so that events it adds
get their factuality flags like any other). It reads ``doc._.sanderling_events``, scores every
sentence with the classifier (``model.py``) and applies the thresholds (``policy.py``) shipped
with the weights:

- a rule event whose type is very unlikely in its sentence is dropped, or re-typed when
  another type is likely there (``why`` gains ``+model:OLD->NEW:p=..``);
- a type the classifier is confident of that no rule event in the sentence has becomes a new
  event, rule name ``model:<TYPE>``, its probability as confidence; its trigger is the
  sentence word that weighs most for that type, its actor and recipient the entities in the
  trigger's subject and object (prepositional object, owner of a noun) on the parse.

It is OFF by default: on the check parts it raised sentence type F1 (news300 0.632 -> 0.740,
gsr 0.899 -> 0.908) but lowered it on petrarch (0.706 -> 0.686) and lowered article F1
(bbc12 0.764 -> 0.728, news36 0.259 -> 0.258); see docs/choices.md. Switch it on with
``SANDERLING_EVENT_CLASSIFIER=1`` in the environment (``=0`` forces it off), or
``nlp.add_pipe("sanderling_event_classifier", config={"enabled": True})``.
"""
from __future__ import annotations

import functools
import os
from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..annotators import base  # noqa: F401  (registers the Doc extensions)
from ..annotators.base import entities_in, layer
from ..records import EntityRef, Event, Evidence
from .features import sentence_features, word
from .model import TypeModel
from .policy import COMPONENT, Thresholds, additions, correction, keep

ENV_SWITCH = "SANDERLING_EVENT_CLASSIFIER"
#: Experiments only: a folder with other weights (e.g. trained with --extra annotations).
ENV_MODEL = "SANDERLING_EVENT_CLASSIFIER_MODEL"
#: Dependencies whose subtree holds an event's actor, and its recipient.
ACTOR_DEPS = {"nsubj", "agent", "poss"}
RECIPIENT_DEPS = {"dobj", "dative", "nsubjpass", "attr"}
#: Prepositions whose object is the recipient ("attack on X", "talks with X", "aid to X").
RECIPIENT_PREPS = {"on", "against", "with", "to", "into", "at", "toward", "towards", "for", "from", "of"}
#: Modifiers of a noun trigger that name its actor ("Russian airstrikes", "the army's offensive").
NOUN_ACTOR_DEPS = {"poss", "compound", "amod", "nmod"}


@functools.lru_cache(maxsize=4)
def _load(path: Optional[str]) -> TypeModel:
    return TypeModel.load(path)


#: An added event needs a participant with a code: a learned type with nobody coded on
#: either side is a record no analyst can use (and that no article gold naming parties matches).
REQUIRE_CODED = True
#: Default of the component's ``enabled`` setting (see the module doc for the figures).
ENABLED_BY_DEFAULT = False


def env_switch(env_name: str, configured: bool) -> bool:
    """An on/off environment variable, when set, wins over the component config (the learned
    components' switches: SANDERLING_EVENT_CLASSIFIER, SANDERLING_EVENT_FILTER)."""
    value = os.environ.get(env_name, "").strip().lower()
    if value in {"1", "true", "yes", "on"}:
        return True
    if value in {"0", "false", "no", "off"}:
        return False
    return configured


def is_enabled(configured: bool) -> bool:
    return env_switch(ENV_SWITCH, configured)


class EventClassifier:
    def __init__(self, enabled: bool = ENABLED_BY_DEFAULT, model_path: Optional[str] = None,
                 thresholds: Optional[dict] = None, require_coded: bool = REQUIRE_CODED):
        self.enabled = enabled
        self.require_coded = require_coded
        self.model = _load(model_path or os.environ.get(ENV_MODEL) or None)
        self.thresholds = Thresholds(**(thresholds or self.model.meta.get("thresholds", {})))

    def __call__(self, doc: Doc) -> Doc:
        if not is_enabled(self.enabled):
            return doc
        events = layer(doc, "events")
        sents = list(doc.sents)
        by_start = {s.start_char: i for i, s in enumerate(sents)}
        kept: list[Event] = []
        per_sent: dict[int, list[Event]] = {}
        for ev in events:
            i = by_start.get(ev.evidence.start)
            if i is None:          # evidence not a sentence of this doc: leave it alone
                kept.append(ev)
                continue
            per_sent.setdefault(i, []).append(ev)
        out: list[Event] = []
        for i, sent in enumerate(sents):
            rule_events = per_sent.get(i, [])
            feats = sentence_features(sent, self.model.meta.get("verb_types"))
            probs = self.model.proba(feats)
            types = {e.event for e in rule_events}
            for ev in rule_events:
                if keep(ev.event, probs, self.thresholds):
                    out.append(ev)
                    continue
                new = correction(ev.event, probs, types | {e.event for e in out}, self.thresholds)
                if new is None:
                    continue
                ev.why += f"+model:{ev.event}->{new}:p={probs[new]:.2f}"
                ev.event, ev.mode, ev.cameo, ev.context = new, None, None, None
                ev.confidence = min(ev.confidence, probs[new])
                out.append(ev)
            present = {e.event for e in out if e.evidence.start == sent.start_char}
            for t in additions(present, probs, self.thresholds):
                ev = added_event(doc, sent, i, t, probs[t], self.model, feats)
                if self.require_coded and not any(r.code for r in ev.actor + ev.recipient):
                    continue
                out.append(ev)
        out.extend(kept)
        out.sort(key=lambda e: (e.evidence.start, e.trigger_start))
        doc._.sanderling_events = out
        return doc


def trigger_of(sent: Span, model: TypeModel, etype: str) -> Token:
    """The verb or noun of the sentence whose word weighs most for the type (else the root)."""
    j = model.labels.index(etype)
    best, best_w = sent.root, 0.0
    for tok in sent:
        if tok.pos_ not in {"VERB", "NOUN"}:
            continue
        k = model.vocab.get("w:" + word(tok))
        if k is not None and model.weights[k, j] > best_w:
            best, best_w = tok, float(model.weights[k, j])
    return best


def _entity_refs(doc: Doc, toks: list[Token], skip: set[str]) -> list[EntityRef]:
    """The first entity mentioned in the subtrees of the tokens (not one already used)."""
    for tok in toks:
        sub = list(tok.subtree)
        for ent, mention in entities_in(doc, sub[0].idx, sub[-1].idx + len(sub[-1])):
            if ent.id not in skip:
                skip.add(ent.id)
                return [ent.ref(mention.text)]
    return []


def participants(doc: Doc, trig: Token) -> tuple[list[EntityRef], list[EntityRef]]:
    """(actor, recipient) of a trigger from the parse: subject/owner and object/prepositional object."""
    verb = trig
    if trig.pos_ == "NOUN":
        actor_toks = [c for c in trig.children if c.dep_ in NOUN_ACTOR_DEPS]
        if trig.dep_ in {"dobj", "attr", "pobj"} and trig.head.pos_ in {"VERB", "AUX", "ADP"}:
            verb = trig.head if trig.head.pos_ != "ADP" else trig.head.head
    else:
        actor_toks = []
    # climb "agreed to send", "and then attacked" to the verb that has the subject
    v = verb
    while not any(c.dep_ in ACTOR_DEPS for c in v.children) and v.dep_ in {"xcomp", "conj", "advcl"} \
            and v.head.i != v.i:
        v = v.head
    actor_toks += [c for c in v.children if c.dep_ in ACTOR_DEPS]
    actor_toks += [g for c in v.children if c.dep_ == "agent" for g in c.children]
    rec_toks = [c for c in trig.children if c.dep_ in RECIPIENT_DEPS and c.dep_ != "attr"]
    for prep in list(trig.children) + ([] if verb is trig else list(verb.children)):
        if prep.dep_ == "prep" and prep.lower_ in RECIPIENT_PREPS:
            rec_toks += [c for c in prep.children if c.dep_ == "pobj"]
    if verb is not trig:
        rec_toks += [c for c in verb.children if c.dep_ in {"dative"}]
    used: set[str] = set()
    actor = _entity_refs(doc, actor_toks, used)
    recipient = _entity_refs(doc, rec_toks, used)
    return actor, recipient


def added_event(doc: Doc, sent: Span, sent_i: int, etype: str, p: float, model: TypeModel,
                feats: set[str]) -> Event:
    trig = trigger_of(sent, model, etype)
    actor, recipient = participants(doc, trig)
    return Event(event=etype, actor=actor, recipient=recipient,
                 evidence=Evidence(sentence=sent_i, start=sent.start_char, end=sent.end_char, text=sent.text),
                 event_text=trig.text, trigger_start=trig.idx, trigger_end=trig.idx + len(trig),
                 confidence=round(p, 3), why=f"model:{etype}:p={p:.2f}")


@Language.factory(COMPONENT, assigns=["doc._.sanderling_events"], requires=["doc._.sanderling_events"],
                  default_config={"enabled": ENABLED_BY_DEFAULT, "model_path": None, "thresholds": None,
                                  "require_coded": REQUIRE_CODED})
def make_event_classifier(nlp: Language, name: str, enabled: bool, model_path: Optional[str],
                          thresholds: Optional[dict], require_coded: bool) -> EventClassifier:
    return EventClassifier(enabled=enabled, model_path=model_path, thresholds=thresholds,
                           require_coded=require_coded)
