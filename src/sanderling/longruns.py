"""Bounded cost on long runs: a guard for runs without spaces, a cap for runs without a
sentence end.

1. Runs without spaces (``LongRunGuard``).

spaCy's tokenizer strips prefixes and suffixes one at a time and copies the rest of the
string each time, so a run of characters that are all prefixes or suffixes (emoji,
quotation marks, brackets) costs the square of its length: 4,000 emoji take 10 s,
20,000 took 68 s. Ordinary words, numbers and URLs are never that long.

The guard leaves every text whose runs are all shorter than ``MAX_RUN`` to the tokenizer
untouched (so normal articles are tokenised exactly as before). A text with a longer run
is tokenised in segments: the ordinary stretches as they are, each long run in pieces of
``PIECE`` characters, and the segment Docs are joined with ``Doc.from_docs`` without
adding whitespace, so ``doc.text`` is the input text character for character and every
offset stays honest. Cost is then linear in the length of the text.

2. Runs without a sentence end (``sentence_cap_component``, before the parser). Much of
what reads a parse costs the length of the sentence per call (spaCy's ``Token.children``
scans the head's whole span, ``Token.sent`` walks to both ends), so a 25,000-token
"sentence" of dots or stray quote marks made coding quadratic. No sentence may run past
``MAX_SENTENCE_TOKENS``: in a stretch that long without a known start, one is set where
a sentence most likely ends (a full stop, then a capital), else at a weaker break (a
semicolon, colon, comma or dash), else at the token itself. News sentences are far
shorter (the longest in 400 BBC and Guardian articles: 102 tokens), so on real text the
cap only confirms full stops the parser would break at anyway.
"""
from __future__ import annotations

import re
from typing import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

#: Runs without whitespace longer than this are cut (the longest real tokens, URLs, stay
#: well under it; a 300-character run costs spaCy about 60 ms).
MAX_RUN = 300
#: Length of the pieces a long run is cut into: spaCy's cost per piece is quadratic in this.
PIECE = 32

#: A long run and the one space after it (kept with its last piece, as a token's trailing
#: whitespace). The lookbehind starts a match only where a run starts: linear.
LONG_RUN_RE = re.compile(r"(?<!\S)(\S{%d,})( ?)" % (MAX_RUN + 1))


class LongRunGuard:
    """Wraps ``nlp.tokenizer``: same calls, same Docs, linear cost on long runs."""

    def __init__(self, tokenizer) -> None:
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Doc:
        if LONG_RUN_RE.search(text) is None:
            return self.tokenizer(text)
        docs = [self.tokenizer(part) for part in segments(text)]
        doc = Doc.from_docs(docs, ensure_whitespace=False)
        if doc.text != text:                # cannot happen: segments() joins back to text
            raise RuntimeError("sanderling.longruns: segments do not give the text back")
        return doc

    def pipe(self, texts: Iterable[str], batch_size: int = 1000) -> Iterator[Doc]:
        for text in texts:
            yield self(text)

    # nlp.to_disk / from_disk / to_bytes / from_bytes and attribute reads go to the tokenizer
    def to_bytes(self, **kwargs):
        return self.tokenizer.to_bytes(**kwargs)

    def from_bytes(self, data, **kwargs):
        self.tokenizer.from_bytes(data, **kwargs)
        return self

    def to_disk(self, path, **kwargs):
        return self.tokenizer.to_disk(path, **kwargs)

    def from_disk(self, path, **kwargs):
        self.tokenizer.from_disk(path, **kwargs)
        return self

    def __getattr__(self, name):
        if name == "tokenizer":            # not set yet (unpickling): no recursion
            raise AttributeError(name)
        return getattr(self.tokenizer, name)


def segments(text: str) -> Iterator[str]:
    """The text cut before and after each long run, and each long run cut into pieces;
    the segments joined give the text back."""
    pos = 0
    for m in LONG_RUN_RE.finditer(text):
        if m.start() > pos:
            yield text[pos:m.start()]
        run_end = m.end(1)
        for k in range(m.start(), run_end, PIECE):
            yield text[k:min(k + PIECE, run_end)] + (m.group(2) if k + PIECE >= run_end else "")
        pos = m.end()
    if pos < len(text):
        yield text[pos:]


def guard_tokenizer(nlp) -> None:
    """Install the guard on a pipeline (idempotent)."""
    if not isinstance(nlp.tokenizer, LongRunGuard):
        nlp.tokenizer = LongRunGuard(nlp.tokenizer)


#: The longest sentence the parser may build (tokens). About twice the longest sentence in
#: 400 real articles; the cost of reading a parse grows with it.
MAX_SENTENCE_TOKENS = 200
#: Tokens that end a sentence, and marks that may follow them ('... over."').
SENTENCE_ENDS = {".", "!", "?"}   # not "…": news uses it inside sentences
CLOSERS = {'"', "\u201d", "'", "\u2019", ")", "]"}
#: Weaker breaks, used only when a window has no sentence end at all.
WEAK_BREAKS = {";", ":", ",", "—", "–", "-", "--", "(", ")", '"', "\u201c", "\u201d"}


def _strong_start(doc: Doc, i: int) -> bool:
    """Does token i look like the first word of a sentence ("... end. Next")?"""
    first = doc[i].text[:1]
    if not (first.isupper() or first.isdigit() or first in "\"\u201c'\u2018("):
        return False
    j = i - 1
    while j > max(0, i - 4) and doc[j].text in CLOSERS:   # at most three marks ('.")')
        j -= 1
    return doc[j].text in SENTENCE_ENDS and bool(doc[i - 1].whitespace_)


def sentence_cap_component(doc: Doc) -> Doc:
    """Set a sentence start at least every MAX_SENTENCE_TOKENS tokens (see the module doc)."""
    if len(doc) <= MAX_SENTENCE_TOKENS:
        return doc
    starts = [0] + [int(i) for i in (doc.to_array("SENT_START") == 1).nonzero()[0]] + [len(doc)]
    for a, b in zip(starts, starts[1:]):
        if b - a > MAX_SENTENCE_TOKENS:      # most stretches are short: no Python loop over them
            _cap_stretch(doc, a, b)
    return doc


@Language.factory("sanderling_sentence_cap", requires=[],
                  assigns=["token.is_sent_start"])
def make_sentence_cap(nlp: Language, name: str):
    """nlp.add_pipe("sanderling_sentence_cap"); also found through the spacy_factories entry point."""
    return sentence_cap_component


def _cap_stretch(doc: Doc, a: int, b: int) -> None:
    last, strong, weak = a, None, None
    for i in range(a + 1, b):
        tok = doc[i]
        if tok.is_sent_start:                # set before us (paragraph breaks)
            last, strong, weak = i, None, None
            continue
        if _strong_start(doc, i):
            strong = i
        elif doc[i - 1].text in WEAK_BREAKS or doc[i - 1].is_space:
            weak = i
        if i - last >= MAX_SENTENCE_TOKENS:
            cut = strong if strong is not None else weak if weak is not None else i
            doc[cut].is_sent_start = True
            last, strong, weak = cut, None, None
