"""Stub: fills doc._.sanderling_places with nothing yet."""
from spacy.language import Language
from spacy.tokens import Doc

from . import base  # noqa: F401


@Language.component("sanderling_places", assigns=["doc._.sanderling_places"])
def places_component(doc: Doc) -> Doc:
    doc._.sanderling_places = []
    return doc
