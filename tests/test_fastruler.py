"""fastruler.MemoAttributeRuler sets exactly the stock attribute ruler's attributes (invented text)."""
import pytest
import spacy
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG

from sanderling.fastruler import MemoAttributeRuler, memoise_attribute_ruler
from sanderling.nlp import load_model

pytestmark = pytest.mark.slow

#: contractions, two-token rules ("gon na", "let 's", "ai n't", "y' all"), pronoun objects,
#: expletive "there is", auxiliaries, determiners used as pronouns, whitespace tokens
TEXTS = [
    "We ain't gonna sign it, and y'all know that, the harbour pilots' union said on Tuesday.\n\n"
    "Let's be clear: there is no deal. Those who do not agree have done nothing wrong.",
    "The envoys have been told that I was not invited; she gave it to me and you, didn't she?  "
    "Whatever that means, nothin' has changed since the ferry strike began.",
    "Dockers are striking again.   Inspectors will meet the unions tomorrow, which is what they'd hoped.",
]


def test_memoised_ruler_sets_the_same_attributes_as_the_stock_one():
    stock, memo = load_model(), load_model()
    memoise_attribute_ruler(memo)
    assert type(memo.get_pipe("attribute_ruler")) is MemoAttributeRuler
    cols = [POS, MORPH, LEMMA, TAG, DEP, HEAD]
    for _ in range(2):                      # the second pass reads the memo
        for text in TEXTS:
            a, b = stock(text), memo(text)
            assert (a.to_array(cols) == b.to_array(cols)).all(), text
    doc = memo(TEXTS[0])
    assert [t.lemma_ for t in doc if t.lower_ in ("ai", "gon", "na")] == ["be", "go", "to"]
    assert [t.pos_ for t in doc if t.lower_ == "n't"] == ["PART"]


def test_memoise_is_idempotent_and_leaves_other_pipelines_alone():
    blank = spacy.blank("en")
    memoise_attribute_ruler(blank)          # no attribute ruler: nothing to do, no error
    nlp = load_model()
    memoise_attribute_ruler(nlp)
    memoise_attribute_ruler(nlp)
    assert type(nlp.get_pipe("attribute_ruler")) is MemoAttributeRuler
