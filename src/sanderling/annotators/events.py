"""Stub: fills doc._.sanderling_events with nothing yet."""
from spacy.language import Language
from spacy.tokens import Doc

from . import base  # noqa: F401


@Language.component("sanderling_events", assigns=["doc._.sanderling_events"])
def events_component(doc: Doc) -> Doc:
    doc._.sanderling_events = []
    return doc
