"""fastlemma.MemoLemmatizer gives exactly the stock rule lemmatizer's lemmas (invented text)."""
import pytest
import spacy

from sanderling.nlp import load_model
from sanderling.fastlemma import MemoLemmatizer, memoise_lemmatizer

pytestmark = pytest.mark.slow

TEXT = ("The ferry operators were striking again on Monday; dockers had blocked the quays, and the "
        "harbour master's deputies said the better-paid crews are leaving. Inspectors meet the unions "
        "tomorrow, while two ministries argued about the dredging contracts and the oldest cranes.")


def test_memoised_lemmas_equal_the_stock_lemmatizer():
    stock = load_model()
    memo = load_model()
    memoise_lemmatizer(memo)
    assert type(memo.get_pipe("lemmatizer")) is MemoLemmatizer
    for _ in range(2):                      # the second pass reads the memo
        a, b = stock(TEXT), memo(TEXT)
        assert [t.lemma_ for t in a] == [t.lemma_ for t in b]
    assert [t.lemma_ for t in b if t.text in ("striking", "blocked", "deputies", "oldest")] == \
        ["strike", "block", "deputy", "old"]


def test_memoise_is_idempotent_and_leaves_other_pipelines_alone():
    blank = spacy.blank("en")
    memoise_lemmatizer(blank)               # no lemmatizer: nothing to do, no error
    nlp = load_model()
    memoise_lemmatizer(nlp)
    memoise_lemmatizer(nlp)
    assert type(nlp.get_pipe("lemmatizer")) is MemoLemmatizer
