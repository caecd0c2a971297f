"""Doc extension attributes shared by all annotators, and small lookups over them.

Every layer is a plain list of records (sanderling.records) on ``doc._``; offsets are
character offsets into ``doc.text`` (== the cleaned article text).
"""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc

LAYERS = {
    "sanderling_article_id": None,     # str
    "sanderling_published": None,      # "YYYY-MM-DD" or None
    "sanderling_acronyms": None,       # list[Acronym]
    "sanderling_entities": None,       # list[Entity]
    "sanderling_timexes": None,        # list[Timex]
    "sanderling_places": None,         # list[Place]
    "sanderling_quotes": None,         # list[Quote]
    "sanderling_events": None,         # list[Event]
}


def register_extensions() -> None:
    for name, default in LAYERS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)


register_extensions()


def layer(doc: Doc, name: str) -> list:
    """The list stored in ``doc._.sanderling_<name>``, or [] when that component did not run."""
    return getattr(doc._, f"sanderling_{name}") or []


def entity_at(doc: Doc, start: int, end: int):
    """The entity with a mention overlapping [start, end), preferring the tightest mention."""
    best, best_len = None, None
    for ent in layer(doc, "entities"):
        for m in ent.mentions:
            if m.start < end and start < m.end:
                ln = m.end - m.start
                if best is None or ln < best_len:
                    best, best_len = (ent, m), ln
    return best  # (Entity, Mention) or None


def entities_in(doc: Doc, start: int, end: int) -> list:
    """All (Entity, Mention) pairs whose mention lies inside [start, end), in text order."""
    out = []
    for ent in layer(doc, "entities"):
        for m in ent.mentions:
            if start <= m.start and m.end <= end:
                out.append((ent, m))
    out.sort(key=lambda em: em[1].start)
    return out


def sentence_index(doc: Doc, char: int) -> Optional[int]:
    for i, sent in enumerate(doc.sents):
        if sent.start_char <= char < sent.end_char:
            return i
    return None
