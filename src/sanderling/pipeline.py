"""Article -> ArticleResult, one at a time or batched through nlp.pipe."""
from __future__ import annotations

from typing import Callable, Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from .annotators.base import layer
from .nlp import get_nlp
from .errors import SanderlingError
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


def code_articles(articles: Iterable[Article], *, nlp: Language | None = None, batch_size: int = 32,
                  on_error: Callable[[Article, Exception], None] | None = None,
                  actors: str | None = None) -> Iterator[ArticleResult]:
    """Code articles in a stream, batched through nlp.pipe.

    ``actors``: an analyst's actor file (YAML, see examples/my_actors.yaml) used from now on
    in this process (``sanderling.actor_kb.use_overlay(None)`` drops it).

    One article that breaks a component does not take its batch down: the batch is re-run
    one article at a time and the failing one goes to ``on_error`` (default: raise a
    SanderlingError naming the article and the component's error).
    """
    if actors is not None:
        from .actor_kb import use_overlay
        use_overlay(actors)
    nlp = nlp or get_nlp()
    for batch in _batches(articles, batch_size):
        for article, doc, error in _pipe_batch(nlp, batch):
            if error is None:
                yield _result(article, doc)
            elif on_error is not None:
                on_error(article, error)
            else:
                raise SanderlingError(f"article {article.id!r}: coding failed ({error.__class__.__name__}: "
                                      f"{error}); please report it with the article text") from error


def _batches(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    batch: list[Article] = []
    for article in articles:
        batch.append(article)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _make_doc(nlp: Language, article: Article) -> Doc:
    """Tokenise and attach the metadata our components read while they run."""
    doc = nlp.make_doc(article.text)
    doc._.sanderling_article_id = article.id
    doc._.sanderling_published = article.published
    return doc


def _pipe_batch(nlp: Language, batch: list[Article]):
    try:
        docs = list(nlp.pipe((_make_doc(nlp, a) for a in batch), batch_size=len(batch)))
    except Exception:  # noqa: BLE001  (isolate the culprit below)
        docs = None
    if docs is not None:
        for article, doc in zip(batch, docs):
            yield article, doc, None
        return
    for article in batch:
        try:
            yield article, nlp(_make_doc(nlp, article)), None
        except Exception as e:  # noqa: BLE001
            yield article, None, e


def code_article(article: Article, *, nlp: Language | None = None, actors: str | None = None) -> ArticleResult:
    return next(code_articles([article], nlp=nlp, actors=actors))


def code_text(text: str, *, published: str | None = None, id: str | None = None,
              nlp: Language | None = None, actors: str | None = None) -> ArticleResult:
    """The simplest entry point: a string in, an ArticleResult out (``actors``: an
    analyst's actor file, see code_articles)."""
    from .article import read_article
    return code_article(read_article(text, id=id, published=published), nlp=nlp, actors=actors)
