"""Stub: fills doc._.sanderling_timexes with nothing yet."""
from spacy.language import Language
from spacy.tokens import Doc

from . import base  # noqa: F401


@Language.component("sanderling_timex", assigns=["doc._.sanderling_timexes"])
def timex_component(doc: Doc) -> Doc:
    doc._.sanderling_timexes = []
    return doc
