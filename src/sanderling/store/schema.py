"""The store's tables: one DuckDB file, every table and column documented in docs/schema.md.

Identity: ``article_key`` is a hash of the article's normalised input text (see
``content_key``). Every child row (entities, events, ...) carries the ``article_key`` of the
article it came from and the ``coder_version`` that produced it. ``article_id`` is the id the
input gave; a corrected text under the same id is a new ``article_key`` with ``version`` + 1.
"""
from __future__ import annotations

import unicodedata

from ..records import stable_id

#: Bump when a table or column changes; a store with another version is refused with the fix.
SCHEMA_VERSION = "1"
#: The value of meta.application that marks a DuckDB file as a Sanderling store.
APPLICATION = "sanderling-store"

TABLES = ("meta", "articles", "entities", "mentions", "events", "quotes", "acronyms",
          "timexes", "skipped", "event_clusters")

DDL = """
CREATE TABLE IF NOT EXISTS meta (
    key VARCHAR PRIMARY KEY,
    value VARCHAR NOT NULL
);
CREATE TABLE IF NOT EXISTS articles (
    article_key VARCHAR PRIMARY KEY,
    article_id VARCHAR NOT NULL,
    version INTEGER NOT NULL,
    title VARCHAR,
    published DATE,
    url VARCHAR,
    source VARCHAR,
    outlet VARCHAR,
    byline VARCHAR[],
    captions VARCHAR[],
    text VARCHAR NOT NULL,
    n_chars INTEGER NOT NULL,
    extra JSON,
    input VARCHAR,
    n_events INTEGER NOT NULL,
    n_quotes INTEGER NOT NULL,
    coder_version VARCHAR NOT NULL,
    coded_at TIMESTAMP NOT NULL,
    UNIQUE (article_id, version)
);
CREATE TABLE IF NOT EXISTS entities (
    article_key VARCHAR NOT NULL,
    entity_id VARCHAR NOT NULL,
    name VARCHAR,
    code VARCHAR,
    sector VARCHAR,
    role VARCHAR,
    n_mentions INTEGER NOT NULL,
    coder_version VARCHAR NOT NULL,
    PRIMARY KEY (article_key, entity_id)
);
CREATE TABLE IF NOT EXISTS mentions (
    article_key VARCHAR NOT NULL,
    entity_id VARCHAR NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text VARCHAR,
    coder_version VARCHAR NOT NULL,
    PRIMARY KEY (article_key, entity_id, start, "end")
);
CREATE TABLE IF NOT EXISTS events (
    article_key VARCHAR NOT NULL,
    event_id VARCHAR NOT NULL,
    article_id VARCHAR NOT NULL,
    date DATE,
    event VARCHAR NOT NULL,
    mode VARCHAR,
    context VARCHAR,
    cameo VARCHAR,
    actor_codes VARCHAR[],
    recipient_codes VARCHAR[],
    actor JSON,
    recipient JSON,
    event_text VARCHAR,
    negated BOOLEAN,
    hypothetical BOOLEAN,
    future BOOLEAN,
    historical BOOLEAN,
    evidence_sentence INTEGER,
    evidence_start INTEGER,
    evidence_end INTEGER,
    evidence_text VARCHAR,
    place VARCHAR,
    place_country VARCHAR,
    geonameid BIGINT,
    lat DOUBLE,
    lon DOUBLE,
    event_loc JSON,
    confidence DOUBLE,
    why VARCHAR,
    coder_version VARCHAR NOT NULL,
    PRIMARY KEY (article_key, event_id)
);
CREATE TABLE IF NOT EXISTS quotes (
    article_key VARCHAR NOT NULL,
    quote_no INTEGER NOT NULL,
    speaker_text VARCHAR,
    speaker_entity_id VARCHAR,
    speaker_name VARCHAR,
    speaker_code VARCHAR,
    cue VARCHAR,
    content VARCHAR,
    start INTEGER,
    "end" INTEGER,
    direct BOOLEAN,
    coder_version VARCHAR NOT NULL,
    PRIMARY KEY (article_key, quote_no)
);
CREATE TABLE IF NOT EXISTS acronyms (
    article_key VARCHAR NOT NULL,
    short VARCHAR NOT NULL,
    long VARCHAR NOT NULL,
    entity_id VARCHAR,
    coder_version VARCHAR NOT NULL,
    PRIMARY KEY (article_key, short, long)
);
CREATE TABLE IF NOT EXISTS timexes (
    article_key VARCHAR NOT NULL,
    timex_no INTEGER NOT NULL,
    text VARCHAR,
    value VARCHAR,
    start INTEGER,
    "end" INTEGER,
    granularity VARCHAR,
    coder_version VARCHAR NOT NULL,
    PRIMARY KEY (article_key, timex_no)
);
CREATE TABLE IF NOT EXISTS skipped (
    skip_key VARCHAR PRIMARY KEY,
    article_id VARCHAR,
    input VARCHAR,
    kind VARCHAR NOT NULL,
    reason VARCHAR NOT NULL,
    coder_version VARCHAR NOT NULL,
    skipped_at TIMESTAMP NOT NULL
);
CREATE TABLE IF NOT EXISTS event_clusters (
    cluster_id VARCHAR NOT NULL,
    event_id VARCHAR NOT NULL,
    event VARCHAR,
    n_reports INTEGER,
    n_events INTEGER,
    first_article_id VARCHAR,
    first_published DATE,
    last_article_id VARCHAR,
    last_published DATE,
    date DATE,
    place VARCHAR,
    PRIMARY KEY (cluster_id, event_id)
);
CREATE OR REPLACE VIEW current_articles AS
    SELECT * FROM articles
    QUALIFY row_number() OVER (PARTITION BY article_id ORDER BY version DESC) = 1;
CREATE OR REPLACE VIEW current_events AS
    SELECT e.*, a.title, a.published, a.url, a.source, a.outlet, a.coded_at
    FROM events e JOIN current_articles a USING (article_key);
"""

#: Child tables: deleted and re-written together when an article is re-coded by a newer coder.
CHILD_TABLES = ("entities", "mentions", "events", "quotes", "acronyms", "timexes")


def normalise_text(text: str) -> str:
    """The text whose hash is the article's identity: NFC, whitespace runs made one space.

    Re-exported files that differ only in line endings, indentation or Unicode composition
    are the same article; any change of words or punctuation is a new version.
    """
    return " ".join(unicodedata.normalize("NFC", text).split())


def content_key(text: str) -> str:
    """``article_key``: 20 hex digits of SHA-1 over the normalised text (collision odds
    stay negligible far beyond a billion articles)."""
    return stable_id(normalise_text(text), length=20)
