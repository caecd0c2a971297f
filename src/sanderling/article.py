"""Stub: scraped text / HTML -> Article (clean body + metadata). Replaced by the real cleaner."""
from __future__ import annotations

from .records import Article, stable_id


def read_article(raw: str, *, id: str | None = None, published: str | None = None) -> Article:
    text = raw.strip()
    return Article(id=id or stable_id(text), text=text, published=published)
