"""Sanderling: news reports in, PLOVER political event records out."""
import logging

from .errors import BadInput, SanderlingError
from .pipeline import code_article, code_articles, code_text
from .records import Article, ArticleResult, Entity, EntityRef, Event

__all__ = ["Article", "ArticleResult", "BadInput", "Entity", "EntityRef", "Event",
           "SanderlingError", "code_article", "code_articles", "code_text"]
__version__ = "0.1.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())
