"""The spaCy component ``sanderling_events``: doc -> doc._.sanderling_events under one
EventsConfig. Registered as a factory here and through the ``spacy_factories`` entry point, so
``nlp.add_pipe("sanderling_events")`` works in anyone's pipeline.
"""
from __future__ import annotations

from dataclasses import fields

from spacy.language import Language
from spacy.tokens import Doc

from .config import EventsConfig, _CONFIG
from .assemble import code_doc


class EventsComponent:
    """doc -> doc._.sanderling_events, under one EventsConfig."""

    def __init__(self, config: EventsConfig):
        self.config = config

    def __call__(self, doc: Doc) -> Doc:
        token = _CONFIG.set(self.config)
        try:
            doc._.sanderling_events = code_doc(doc)
        finally:
            _CONFIG.reset(token)
        return doc


@Language.factory(
    "sanderling_events",
    default_config={f.name: f.default for f in fields(EventsConfig)},
    requires=["doc._.sanderling_entities", "doc._.sanderling_timexes", "doc._.sanderling_quotes",
              "doc._.sanderling_places", "token.dep", "token.lemma"],
    assigns=["doc._.sanderling_events"],
)
def make_events_component(nlp: Language, name: str, uncoded_events: str, cameo_fallback: bool,
                          nominal_events: bool, shared_object: bool, drop_obligations: bool, drop_negated: bool,
                          drop_generic: bool, drop_purposes: bool, drop_predicted: bool, drop_poll_results: bool,
                          drop_actorless_visit: bool, consult_needs_partner: bool, drop_bare_refusal: bool, drop_agentless_passive: bool,
                          dedupe_per_article: bool, place_bound_actors: bool, measure_home: bool, drop_commercial: bool,
                          conf_verb: float, conf_fallback: float, conf_noun: float,
                          conf_speech: float, conf_converted: float, conf_passing: float, conf_nominal: float,
                          no_actor_penalty: float, uncoded_max_tokens: int) -> EventsComponent:
    """The factory spaCy calls for nlp.add_pipe("sanderling_events"); also reachable through the
    `spacy_factories` entry point, so the name resolves without importing sanderling first.
    Every argument is a field of EventsConfig (config.py explains each default)."""
    values = dict(locals())
    return EventsComponent(EventsConfig(**{f.name: values[f.name] for f in fields(EventsConfig)}))
