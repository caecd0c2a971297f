"""The tokenizer guard and the sentence cap (sanderling.longruns): text and offsets intact,
ordinary text untouched, pathological runs cut."""
import pytest

from sanderling.longruns import MAX_RUN, MAX_SENTENCE_TOKENS, LongRunGuard, segments

pytestmark = pytest.mark.slow

ORDINARY = ("The envoy of Ruritania met officials in Strelsau on Monday. \u201cWe agreed on "
            "nothing,\u201d she said. See https://example.org/a/very/long/path?with=query&and=more")


def test_segments_join_back_to_the_text():
    for text in ("x" * (MAX_RUN + 50) + " tail", "a " + "\U0001F600" * 1000 + "  b", "short text"):
        assert "".join(segments(text)) == text


def test_ordinary_text_is_tokenised_as_before(nlp):
    raw = nlp.tokenizer.tokenizer
    assert isinstance(nlp.tokenizer, LongRunGuard)
    assert [t.text for t in nlp.make_doc(ORDINARY)] == [t.text for t in raw(ORDINARY)]


def test_long_runs_keep_text_and_offsets(nlp):
    text = "Talks ended. " + "\U0001F600" * 5000 + " Rebels attacked a convoy."
    doc = nlp.make_doc(text)
    assert doc.text == text
    assert all(text[t.idx:t.idx + len(t.text)] == t.text for t in doc)
    assert doc[-2].text == "convoy" and doc[0].text == "Talks"


def test_no_sentence_runs_past_the_cap(nlp):
    doc = nlp("The minister spoke. " + ". " * 3000 + "Rebels attacked a convoy.")
    assert max(len(s) for s in doc.sents) <= MAX_SENTENCE_TOKENS
    normal = nlp(ORDINARY)
    assert [s.text for s in normal.sents][:2] == ["The envoy of Ruritania met officials in Strelsau on Monday.",
                                                 "\u201cWe agreed on nothing,\u201d she said."]
