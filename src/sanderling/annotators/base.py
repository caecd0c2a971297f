"""Doc extension attributes shared by all annotators, and small lookups over them.

Every layer is a plain list of records (sanderling.records) on ``doc._``; offsets are
character offsets into ``doc.text`` (== the cleaned article text).
"""
from __future__ import annotations

import bisect
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
    """The entity with a mention overlapping [start, end), preferring the tightest mention
    (the first in layer order among equals)."""
    index = mention_index(doc)
    best, best_key = None, None
    for k in range(bisect.bisect_left(index.starts, start - index.longest), bisect.bisect_left(index.starts, end)):
        ent, m, order = index.items[k]
        if m.start < end and start < m.end:
            key = (m.end - m.start, order)
            if best_key is None or key < best_key:
                best, best_key = (ent, m), key
    return best  # (Entity, Mention) or None


def entities_in(doc: Doc, start: int, end: int) -> list:
    """All (Entity, Mention) pairs whose mention lies inside [start, end), in text order."""
    index = mention_index(doc)
    out = []
    for k in range(bisect.bisect_left(index.starts, start), bisect.bisect_left(index.starts, end)):
        ent, m, _ = index.items[k]
        if m.end <= end:
            out.append((ent, m))
    return out


class MentionIndex:
    """Every mention of the entities layer sorted by start, so that the two lookups above
    cost a binary search instead of a pass over the whole layer (events asks thousands of
    times on a long article: that pass made coding quadratic)."""

    def __init__(self, entities: list):
        items = [(ent, m, order) for order, (ent, m) in
                 enumerate((ent, m) for ent in entities for m in ent.mentions)]
        items.sort(key=lambda it: (it[1].start, it[2]))
        self.items = items
        self.starts = [it[1].start for it in items]
        self.longest = max((it[1].end - it[1].start for it in items), default=0)


#: The index of the last entities layer asked about: (the layer list, its length, index).
#: The layer is read-only once the actors component has written it.
_last_index: tuple = (None, -1, None)


def mention_index(doc: Doc) -> MentionIndex:
    global _last_index
    entities = layer(doc, "entities")
    cached, size, index = _last_index
    if cached is not entities or size != len(entities):
        index = MentionIndex(entities)
        _last_index = (entities, len(entities), index)
    return index


def sentence_index(doc: Doc, char: int) -> Optional[int]:
    for i, sent in enumerate(doc.sents):
        if sent.start_char <= char < sent.end_char:
            return i
    return None
