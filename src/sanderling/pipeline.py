"""Article -> ArticleResult, one at a time or batched through nlp.pipe."""
from __future__ import annotations

from typing import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from .annotators.base import layer
from .nlp import get_nlp
from .records import Article, ArticleResult, stable_id


def _result(article: Article, doc: Doc) -> ArticleResult:
    events = layer(doc, "events")
    for ev in events:
        if not ev.id:
            ev.id = stable_id(article.id, ev.event, ev.trigger_start, ev.evidence.start,
                              tuple(a.code for a in ev.actor), tuple(r.code for r in ev.recipient))
        if not ev.date:
            ev.date = article.published
    return ArticleResult(article=article, entities=layer(doc, "entities"), events=events,
                         quotes=layer(doc, "quotes"), acronyms=layer(doc, "acronyms"),
                         timexes=layer(doc, "timexes"))


def code_articles(articles: Iterable[Article], *, nlp: Language | None = None,
                  batch_size: int = 32) -> Iterator[ArticleResult]:
    """Code articles in a stream; the article travels with its Doc (as_tuples)."""
    nlp = nlp or get_nlp()

    for article, doc in _pipe(nlp, articles, batch_size):
        yield _result(article, doc)


def _pipe(nlp: Language, articles: Iterable[Article], batch_size: int):
    """Tokenise first, set publication metadata, then run the pipeline over the Docs."""
    def docs():
        for article in articles:
            doc = nlp.make_doc(article.text)
            doc._.sanderling_article_id = article.id
            doc._.sanderling_published = article.published
            yield doc, article

    stream = docs()
    pending: list[Article] = []

    def only_docs():
        for doc, article in stream:
            pending.append(article)
            yield doc

    for doc in nlp.pipe(only_docs(), batch_size=batch_size):
        yield pending.pop(0), doc


def code_article(article: Article, *, nlp: Language | None = None) -> ArticleResult:
    return next(code_articles([article], nlp=nlp))


def code_text(text: str, *, published: str | None = None, id: str | None = None,
              nlp: Language | None = None) -> ArticleResult:
    """The simplest entry point: a string in, an ArticleResult out."""
    from .article import read_article
    return code_article(read_article(text, id=id, published=published), nlp=nlp)
