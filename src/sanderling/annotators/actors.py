"""Stub: fills doc._.sanderling_entities with nothing yet."""
from spacy.language import Language
from spacy.tokens import Doc

from . import base  # noqa: F401


@Language.component("sanderling_actors", assigns=["doc._.sanderling_entities"])
def actors_component(doc: Doc) -> Doc:
    doc._.sanderling_entities = []
    return doc
