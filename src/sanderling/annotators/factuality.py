"""Stub: sets Event.factuality flags (negated, hypothetical, future, historical)."""
from spacy.language import Language
from spacy.tokens import Doc

from . import base  # noqa: F401


@Language.component("sanderling_factuality", requires=["doc._.sanderling_events"])
def factuality_component(doc: Doc) -> Doc:
    return doc
