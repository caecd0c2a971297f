"""Article -> ArticleResult, one at a time or batched through nlp.pipe.

Time budget: every entry point takes ``budget_s`` (seconds, None = no limit). An article
whose coding runs past it is abandoned with ``TimeBudgetExceeded`` (a SanderlingError
naming the article, the budget, the time spent and the stage it was in), which
``code_articles`` hands to ``on_error`` like any other failure, so a corpus run goes on.
The budget is enforced two ways: a check after each pipeline component, and, in the main
thread of a process on Unix, a SIGALRM timer that interrupts a component still running
(a worker process of ``sanderling ingest`` is such a main thread).
"""
from __future__ import annotations

import contextlib
import signal
import threading
import time
from typing import Callable, Iterable, Iterator, Optional

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


#: The per-article budget `sanderling ingest` uses unless told otherwise (seconds). A normal
#: 5,000-character article codes in under a second and the largest accepted one (1M
#: characters) in about a minute and a half on one core; 60 s stops only pathological input.
DEFAULT_BUDGET_S = 60.0


class TimeBudgetExceeded(SanderlingError):
    """An article took longer than its time budget and was abandoned (nothing was kept)."""
    status = 422

    def __init__(self, article_id: Optional[str], budget_s: float, elapsed_s: float, stage: str):
        self.article_id, self.budget_s, self.elapsed_s, self.stage = article_id, budget_s, elapsed_s, stage
        super().__init__(f"article {article_id!r}: abandoned after {elapsed_s:.1f} s in {stage} "
                         f"(time budget {budget_s:g} s per article); raise the budget to code it, "
                         f"or report the text if it is ordinary news")

    def __reduce__(self):                  # crosses process boundaries (ingest workers)
        return (self.__class__, (self.article_id, self.budget_s, self.elapsed_s, self.stage))


class _Clock:
    """Elapsed time against a budget, and the stage being run (for the message)."""

    def __init__(self, budget_s: Optional[float], article_id: Optional[str]):
        self.budget_s, self.article_id = budget_s, article_id
        self.t0 = time.perf_counter()
        self.stage = "start"

    def check(self, stage: str) -> None:
        self.stage = stage
        elapsed = time.perf_counter() - self.t0
        if self.budget_s is not None and elapsed > self.budget_s:
            raise TimeBudgetExceeded(self.article_id, self.budget_s, elapsed, stage)


@contextlib.contextmanager
def _deadline(clock: _Clock):
    """Interrupt the block when the budget runs out (SIGALRM; main thread on Unix only,
    elsewhere only the checks between components apply). The previous handler and timer
    are put back afterwards."""
    usable = (clock.budget_s is not None and hasattr(signal, "setitimer")
              and threading.current_thread() is threading.main_thread())
    if not usable:
        yield clock
        return

    def expire(signum, frame):
        raise TimeBudgetExceeded(clock.article_id, clock.budget_s,
                                 time.perf_counter() - clock.t0, clock.stage)

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, max(clock.budget_s, 1e-3))
    try:
        yield clock
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def code_articles(articles: Iterable[Article], *, nlp: Language | None = None, batch_size: int = 32,
                  on_error: Callable[[Article, Exception], None] | None = None,
                  actors: str | None = None, budget_s: float | None = None) -> Iterator[ArticleResult]:
    """Code articles in a stream, batched through nlp.pipe.

    ``actors``: an analyst's actor file (YAML, see examples/my_actors.yaml) used from now on
    in this process (``sanderling.actor_kb.use_overlay(None)`` drops it).

    One article that breaks a component does not take its batch down: the batch is re-run
    one article at a time and the failing one goes to ``on_error`` (default: raise a
    SanderlingError naming the article and the component's error). With ``budget_s`` a
    batch gets ``budget_s`` per article; a batch that runs out is re-run one article at a
    time, each with ``budget_s``, and the one that runs out again goes to ``on_error`` as a
    ``TimeBudgetExceeded`` (default: raised).
    """
    if actors is not None:
        from .actor_kb import use_overlay
        use_overlay(actors)
    nlp = nlp or get_nlp()
    for batch in _batches(articles, batch_size):
        for article, doc, error in _pipe_batch(nlp, batch, budget_s):
            if error is None:
                yield _result(article, doc)
            elif on_error is not None:
                on_error(article, error)
            elif isinstance(error, TimeBudgetExceeded):
                raise error
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


def _pipe_batch(nlp: Language, batch: list[Article], budget_s: float | None = None):
    clock = _Clock(None if budget_s is None else budget_s * len(batch),
                   batch[0].id if len(batch) == 1 else None)
    try:
        with _deadline(clock):
            clock.stage = "the pipeline" if len(batch) == 1 else f"a batch of {len(batch)} articles"
            docs = list(nlp.pipe((_make_doc(nlp, a) for a in batch), batch_size=len(batch)))
            clock.check(clock.stage)  # without SIGALRM (not the main thread: Ray actors) check after
    except TimeBudgetExceeded as e:
        if len(batch) == 1:                # no need to run it again alone
            yield batch[0], None, e
            return
        docs = None
    except Exception:  # noqa: BLE001  (isolate the culprit below)
        docs = None
    if docs is not None:
        for article, doc in zip(batch, docs):
            yield article, doc, None
        return
    for article in batch:
        try:
            yield article, _run_one(nlp, article, budget_s), None
        except Exception as e:  # noqa: BLE001
            yield article, None, e


def _run_one(nlp: Language, article: Article, budget_s: float | None) -> Doc:
    """One article through the pipeline, component by component, within its budget."""
    clock = _Clock(budget_s, article.id)
    with _deadline(clock):
        return _run_steps(nlp, article, clock)


def _run_steps(nlp: Language, article: Article, clock: _Clock) -> Doc:
    clock.check("the tokenizer")
    doc = _make_doc(nlp, article)
    for name, proc in nlp.pipeline:
        clock.check(name)
        doc = proc(doc)
    clock.check("the end of the pipeline")
    return doc


def code_article(article: Article, *, nlp: Language | None = None, actors: str | None = None,
                 budget_s: float | None = None) -> ArticleResult:
    """One article; with ``budget_s`` it raises TimeBudgetExceeded when coding runs past it
    (``actors``: an analyst's actor file, see code_articles)."""
    return next(code_articles([article], nlp=nlp, actors=actors, budget_s=budget_s))


def code_text(text: str, *, published: str | None = None, id: str | None = None,
              nlp: Language | None = None, actors: str | None = None,
              budget_s: float | None = None) -> ArticleResult:
    """The simplest entry point: a string in, an ArticleResult out. ``actors``: an analyst's
    actor file (see code_articles). ``budget_s`` bounds the whole of it, cleaning included
    (TimeBudgetExceeded past it; see the module docstring)."""
    from .article import read_article
    if budget_s is None:
        return code_article(read_article(text, id=id, published=published), nlp=nlp, actors=actors)
    if actors is not None:
        from .actor_kb import use_overlay
        use_overlay(actors)
    nlp = nlp or get_nlp()
    clock = _Clock(budget_s, id)
    with _deadline(clock):
        clock.stage = "cleaning"
        article = read_article(text, id=id, published=published)
        clock.article_id = article.id
        return _result(article, _run_steps(nlp, article, clock))
