"""Stub: fills doc._.sanderling_acronyms with nothing yet."""
from spacy.language import Language
from spacy.tokens import Doc

from . import base  # noqa: F401


@Language.component("sanderling_acronyms", assigns=["doc._.sanderling_acronyms"])
def acronyms_component(doc: Doc) -> Doc:
    doc._.sanderling_acronyms = []
    return doc
