"""The per-article time budget: a slow article is abandoned with a clear reason, the rest go on."""
import pickle
import signal
import threading

import pytest

from sanderling.pipeline import TimeBudgetExceeded, code_articles, code_text
from sanderling.records import Article

pytestmark = pytest.mark.slow

SENTENCE = ("Police in Freetown detained 14 students after a march on Thursday, "
            "and the African Union criticised the detentions. ")


def long_text(chars: int) -> str:
    return SENTENCE * (chars // len(SENTENCE) + 1)


def test_code_text_raises_past_its_budget(nlp):
    before = signal.getsignal(signal.SIGALRM)
    with pytest.raises(TimeBudgetExceeded) as info:
        code_text(long_text(60_000), id="slow-one", budget_s=0.05, nlp=nlp)
    err = info.value
    assert err.article_id == "slow-one" and err.budget_s == 0.05 and err.elapsed_s >= 0.05
    assert "slow-one" in str(err) and "time budget" in str(err)
    assert signal.getsignal(signal.SIGALRM) is before          # the handler is put back
    back = pickle.loads(pickle.dumps(err))                      # travels from a worker process
    assert str(back) == str(err) and back.stage == err.stage


def test_a_generous_budget_changes_nothing(nlp):
    text = long_text(600)
    assert code_text(text, id="x", budget_s=60, nlp=nlp).to_dict() == \
        code_text(text, id="x", nlp=nlp).to_dict()


def test_code_articles_reports_the_slow_one_and_goes_on(nlp):
    arts = [Article(id="a", text=SENTENCE), Article(id="slow", text=long_text(60_000)),
            Article(id="c", text=SENTENCE)]
    failed = []
    done = list(code_articles(arts, nlp=nlp, budget_s=0.5, batch_size=3,
                              on_error=lambda a, e: failed.append((a.id, e))))
    assert [r.article.id for r in done] == ["a", "c"]
    assert [(i, type(e)) for i, e in failed] == [("slow", TimeBudgetExceeded)]


def test_budget_outside_the_main_thread_is_checked_between_components(nlp):
    out = {}

    def run():
        try:
            code_text(long_text(30_000), id="t", budget_s=0.01, nlp=nlp)
        except TimeBudgetExceeded as e:
            out["error"] = e

    worker = threading.Thread(target=run)
    worker.start()
    worker.join()
    assert isinstance(out.get("error"), TimeBudgetExceeded)
