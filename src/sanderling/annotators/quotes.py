"""Stub: fills doc._.sanderling_quotes with nothing yet."""
from spacy.language import Language
from spacy.tokens import Doc

from . import base  # noqa: F401


@Language.component("sanderling_quotes", assigns=["doc._.sanderling_quotes"])
def quotes_component(doc: Doc) -> Doc:
    doc._.sanderling_quotes = []
    return doc
