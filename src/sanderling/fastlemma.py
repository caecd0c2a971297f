"""The model's lemmatizer with a complete memo: same lemmas, a fraction of the time.

spaCy's English rule lemmatizer (``EnglishLemmatizer``, mode "rule") gives a token the
lemma of its text, part of speech and morphology, and nothing else. It caches its answer
per (text, POS, morphology) but only for words it has to inflect: every base form
("Number=Sing" nouns, infinitives, positive adjectives, about half of all tokens) is
worked out again each time, through ``Token.morph.to_dict()``, and each token is read
through Python ``Token`` objects. In a full coding run that was 8% of the time.

``MemoLemmatizer`` keeps the lemmatizer's tables, settings and serialisation, and
changes only how a Doc is walked: one ``to_array`` of (text, POS, morphology, lemma),
one dictionary look-up per token, the stock ``lemmatize(token)`` for a combination not
seen before, one ``from_array`` of the lemmas. The memo key is exactly what the stock
method reads, so the lemmas are identical (``tests/test_fastlemma.py`` checks it on
invented text; on 350 corpus articles every token's lemma was the same).
"""
from __future__ import annotations

from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.tokens import Doc

#: A memo past this many (text, POS, morphology) entries is emptied and refilled (a
#: 2,225-article corpus has about 40,000; each entry is about 200 bytes).
MEMO_MAX = 500_000


class MemoLemmatizer(EnglishLemmatizer):
    """EnglishLemmatizer whose __call__ memoises every answer (see the module doc)."""

    def __call__(self, doc: Doc) -> Doc:
        if not self._validated:
            self._validate_tables()
        if len(doc) == 0:
            return doc
        try:
            memo = self.__dict__.setdefault("_sanderling_memo", {})
            if len(memo) > MEMO_MAX:
                memo.clear()
            rows = doc.to_array([ORTH, POS, MORPH, LEMMA])
            lemmas = rows[:, 3].copy()
            add = self.vocab.strings.add
            for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
                if lemma and not self.overwrite:
                    continue                # set before us: the stock lemmatizer keeps it too
                key = (orth, pos, morph)
                value = memo.get(key)
                if value is None:
                    value = memo[key] = add(self.lemmatize(doc[i])[0])
                lemmas[i] = value
            doc.from_array([LEMMA], lemmas)
            return doc
        except Exception as e:  # noqa: BLE001  (the stock component's error handling)
            self.get_error_handler()(self.name, self, [doc], e)
            return doc


def memoise_lemmatizer(nlp) -> None:
    """Swap the pipeline's English rule lemmatizer for the memoised one (idempotent; any
    other lemmatizer is left alone)."""
    if "lemmatizer" not in nlp.pipe_names:
        return
    lem = nlp.get_pipe("lemmatizer")
    if type(lem) is EnglishLemmatizer and lem.mode == "rule":
        lem.__class__ = MemoLemmatizer
