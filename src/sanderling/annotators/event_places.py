"""Stub: sets Event.event_loc from doc._.sanderling_places."""
from spacy.language import Language
from spacy.tokens import Doc

from . import base  # noqa: F401


@Language.component("sanderling_event_places", requires=["doc._.sanderling_events", "doc._.sanderling_places"])
def event_places_component(doc: Doc) -> Doc:
    return doc
