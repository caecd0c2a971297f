"""spaCy component ``sanderling_sport_gate``: no political events from sport reports.

Sport reports use the event lexicon as metaphor ("beat Canada's champion", "stormed to the
title", "battled back from injury", "was banned for two years"); on 60 BBC sport articles the
rule coder emitted 95 events, none of them a political event. This component reads the whole
article (a one-label logistic regression over its set of lower-cased words, ``model.TypeModel``;
the weights in ``models/sport_gate``, trained by ``scripts/train_sport_gate.py`` on the tuning
part of the BBC corpus's sport and other sections) and, when the article is sport, removes the
events of the rule coder. ``doc._.sanderling_sport`` keeps the probability, so a reader or the
store can tell why an article has no events (None: not judged, the text is shorter than
``MIN_WORDS``).

Order: after ``sanderling_events`` and the learned components, before
``sanderling_factuality``. On by default. Switch: ``SANDERLING_SPORT_GATE=0`` (or ``=1``) in the
environment wins over the config; ``nlp.add_pipe("sanderling_sport_gate", config={"threshold":
0.8})`` sets another threshold.
"""
from __future__ import annotations

import functools
import re
from importlib import resources
from pathlib import Path
from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc

from ..annotators import base  # noqa: F401  (registers the Doc extensions)
from .component import env_switch
from .model import TypeModel

COMPONENT = "sanderling_sport_gate"
ENV_SWITCH = "SANDERLING_SPORT_GATE"
PACKAGE_MODEL = "models/sport_gate"
LABEL = "SPORT"
#: Probability from which an article is sport, chosen on the training (tuning) part: the
#: highest recall that flags no non-sport article there (0.978 of sport; the most sport-like
#: other article scores 0.35). Held-out figures: docs/evaluation.md, round 22.
THRESHOLD = 0.4
#: Texts shorter than this (words) are not judged: the model reads whole articles (the shortest
#: training article has 86 words, the median 336), and on a single sentence two or three words
#: decide (short reports of captures and shootings were read as sport).
MIN_WORDS = 120
ENABLED_BY_DEFAULT = True
WORD = re.compile(r"[a-z][a-z'\-]*[a-z]|[a-z]")

if not Doc.has_extension("sanderling_sport"):
    Doc.set_extension("sanderling_sport", default=None)


def article_features(text: str) -> set[str]:
    """The set of lower-cased words of an article."""
    return word_features(WORD.findall(text.lower()))


def word_features(words: list[str]) -> set[str]:
    return {"w:" + w for w in words}


def article_words(doc: Doc) -> list[str]:
    """The article's lower-cased words, read once per Doc for every article-level gate (kept in
    ``doc.user_data``; the gates run one after the other on the same Doc)."""
    words = doc.user_data.get(_WORDS_KEY)
    if words is None:
        words = doc.user_data[_WORDS_KEY] = WORD.findall(doc.text.lower())
    return words


_WORDS_KEY = "sanderling_article_words"


@functools.lru_cache(maxsize=8)
def gate_model(package_model: str, path: Optional[str]) -> TypeModel:
    """An article gate's weights: ``path`` if given, else the package folder ``package_model``."""
    return TypeModel.load(Path(path) if path else Path(str(resources.files("sanderling") / package_model)))


def sport_probability(text: str, model_path: Optional[str] = None) -> float:
    return gate_model(PACKAGE_MODEL, model_path).proba(article_features(text))[LABEL]


class SportGate:
    def __init__(self, enabled: bool = ENABLED_BY_DEFAULT, model_path: Optional[str] = None,
                 threshold: Optional[float] = None):
        self.enabled = enabled
        self.model_path = model_path
        self.threshold = float(threshold if threshold is not None else THRESHOLD)

    def __call__(self, doc: Doc) -> Doc:
        if not env_switch(ENV_SWITCH, self.enabled):
            return doc
        words = article_words(doc)   # read once: the length test and the features of both gates
        if len(words) < MIN_WORDS:
            return doc
        p = gate_model(PACKAGE_MODEL, self.model_path).proba(word_features(words))[LABEL]
        doc._.sanderling_sport = p
        if p >= self.threshold:
            doc._.sanderling_events = []
        return doc


@Language.factory(COMPONENT, assigns=["doc._.sanderling_events", "doc._.sanderling_sport"],
                  requires=["doc._.sanderling_events"],
                  default_config={"enabled": ENABLED_BY_DEFAULT, "model_path": None, "threshold": None})
def make_sport_gate(nlp: Language, name: str, enabled: bool, model_path: Optional[str],
                    threshold: Optional[float]) -> SportGate:
    return SportGate(enabled=enabled, model_path=model_path, threshold=threshold)
