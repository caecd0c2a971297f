"""Acronym definitions: "Long Form (ABBR)" and "ABBR (Long Form)".

The short form's letters are matched right to left against the candidate long form, as in
Schwartz & Hearst (2003): letters may sit inside words ("Chemical" gives the C of OPCW) and
words may be skipped ("of", "the", hyphen parts), but the first letter must start a word
and the long form may not be much longer than the acronym.  Parenthesised bylines, years,
money and asides ("(Reuters)", "(AP)", "(2019)", "($5m)", "(pictured)") fail those tests.

Records: one Acronym per defined short form, start/end = the short form in its defining
occurrence.  Later uses are found with :func:`acronym_uses`; linking them to an actor is
the actors component's job (entity_id stays None here).
"""
from __future__ import annotations

import re
from typing import Iterator, Optional

from spacy.language import Language
from spacy.tokens import Doc

from ..records import Acronym
from . import base  # noqa: F401

#: A short form: 2-10 characters, letters/digits/&/./-, starting with a letter.
SHORT_FORM = r"[A-Za-z][A-Za-z0-9&.\-]{1,9}"
_LONG_THEN_SHORT = re.compile(r"\((" + SHORT_FORM + r")\)")
_SHORT_THEN_LONG = re.compile(r"\b(" + SHORT_FORM + r")\s+\(([^()]{3,120})\)")
#: Characters that end the stretch of text a long form can come from.
_WINDOW_BREAK = re.compile(r"[.;:!?()\[\]\n\"“”]|,\s")
#: Long forms have at most min(len+EXTRA_WORDS, len*WORD_FACTOR) words (Schwartz-Hearst).
EXTRA_WORDS = 5
WORD_FACTOR = 2
#: At least this share of the short form's letters must start a word of the long form,
#: so "JERUSALEM (AP)"-like chance matches inside one word are refused.
MIN_WORD_INITIAL_SHARE = 0.5
#: Words that cannot begin a long form.
LEADING_STOPWORDS = {"the", "a", "an", "of", "and", "or", "for", "in", "on", "at", "to", "by",
                     "with", "from", "its", "his", "her", "their", "our", "this", "that"}
#: Parenthesised words that are never short forms even when capitalised.
NOT_SHORT_FORMS = {"AP", "AFP", "UPI", "Reuters", "REUTERS", "PA", "BBC", "CNN", "ANSA", "DPA",
                   "EFE", "TASS", "IANS", "PTI", "ET", "GMT", "EST", "EDT", "PST", "UTC", "CET",
                   "AM", "PM", "ISBN", "Ret", "Ret."}


def is_short_form(text: str) -> bool:
    """At least two capitals, mostly capitals, not a number or a news agency byline."""
    core = text.rstrip(".")
    if core in NOT_SHORT_FORMS or text in NOT_SHORT_FORMS:
        return False
    letters = [ch for ch in core if ch.isalpha()]
    upper = sum(ch.isupper() for ch in letters)
    if upper < 2 or not letters:
        return False
    lower_core = core[:-1] if core.endswith("s") else core  # plural "IEDs"
    lower = sum(ch.islower() for ch in lower_core)
    return lower <= upper // 2


def _letters(short: str) -> str:
    core = short[:-1] if short.endswith("s") and short[:-1].isupper() else short
    return "".join(ch.lower() for ch in core if ch.isalnum())


def _is_word_start(text: str, i: int) -> bool:
    return i == 0 or not text[i - 1].isalnum()


def match_long_form(short: str, candidate: str) -> Optional[int]:
    """Where in ``candidate`` the long form of ``short`` starts, or None."""
    found = _alignment(short, candidate)
    return None if found is None else found[0]


def _alignment(short: str, candidate: str) -> Optional[tuple[int, int]]:
    """(start of the long form, letters matched at word starts), or None.

    Schwartz-Hearst letter matching (letters in order, the first one starting a word, the
    last one inside the last word), choosing among the possible alignments the one with the
    most letters at word starts, then the shortest long form."""
    letters = _letters(short)
    candidate = candidate.rstrip()
    if len(letters) < 2 or not candidate:
        return None
    last_word = len(candidate) - len(candidate.split()[-1])
    lower = candidate.lower()
    positions = {ch: [i for i, c in enumerate(lower) if c == ch] for ch in set(letters)}
    memo: dict[tuple[int, int], float] = {}

    def best(si: int, li: int) -> float:
        """Most word-initial matches for letters[si:] placed at or after li."""
        if si == len(letters):
            return 0
        key = (si, li)
        if key not in memo:
            top = float("-inf")
            last = si == len(letters) - 1
            for p in positions[letters[si]]:
                if p < li or (last and p < last_word):
                    continue
                top = max(top, _is_word_start(candidate, p) + best(si + 1, p + 1))
            memo[key] = top
        return memo[key]

    options = []
    for p in positions[letters[0]]:
        if _is_word_start(candidate, p):
            score = 1 + best(1, p + 1)
            if score > float("-inf"):
                options.append((score, p))
    if not options:
        return None
    score, start = max(options)  # most word-initial letters, then the latest (shortest) start
    if score < MIN_WORD_INITIAL_SHARE * len(letters):
        return None
    return start, int(score)


def _word_limit(short: str) -> int:
    n = len(_letters(short))
    return min(n + EXTRA_WORDS, n * WORD_FACTOR)


def _valid_long(short: str, long: str) -> bool:
    words = long.split()
    if not words or len(words) > _word_limit(short) or words[0].lower() in LEADING_STOPWORDS:
        return False
    if long.lower().replace(" ", "") == short.lower().replace(".", ""):
        return False
    # a long form must be longer than its acronym and contain letters beyond it
    return len(long) > len(short) + 1 and words[0][:1].isalnum()


def _long_before(text: str, paren_start: int, short: str) -> Optional[tuple[int, int]]:
    """(start, end) of the long form in the words just before "(" ."""
    window_start = 0
    for m in _WINDOW_BREAK.finditer(text, max(0, paren_start - 300), paren_start):
        window_start = m.end()
    window = text[window_start:paren_start].rstrip()
    words = list(re.finditer(r"\S+", window))
    limit = _word_limit(short)
    if not words:
        return None
    first = words[max(0, len(words) - limit)].start()
    candidate = window[first:]
    offset = match_long_form(short, candidate)
    if offset is None:
        return None
    long = candidate[offset:].strip()
    if not _valid_long(short, long):
        return None
    start = window_start + first + offset
    return start, start + len(long)


def _long_inside(short: str, inside: str) -> Optional[str]:
    """The parenthesised text, when the acronym spells it from its first word."""
    inside = inside.strip()
    found = _alignment(short, inside)
    if found is None or found[0] != 0 or not _valid_long(short, inside):
        return None
    content_words = [w for w in inside.split() if w.lower() not in LEADING_STOPWORDS]
    if found[1] < len(content_words):
        return None  # every content word must give a letter: "UN (under the existing...)"
    return inside


def find_acronyms(text: str) -> list[Acronym]:
    found: dict[str, Acronym] = {}
    for m in _LONG_THEN_SHORT.finditer(text):
        short = m.group(1)
        if short in found or not is_short_form(short):
            continue
        span = _long_before(text, m.start(), short)
        if span is not None:
            found[short] = Acronym(short=short, long=text[span[0]:span[1]],
                                   start=m.start(1), end=m.end(1))
    for m in _SHORT_THEN_LONG.finditer(text):
        short = m.group(1)
        if short in found or not is_short_form(short):
            continue
        long = _long_inside(short, m.group(2))
        if long is not None:
            found[short] = Acronym(short=short, long=long, start=m.start(1), end=m.end(1))
    return sorted(found.values(), key=lambda a: a.start)


def acronym_uses(text: str, acronym: Acronym) -> Iterator[tuple[int, int]]:
    """Offsets of the later, stand-alone uses of a defined acronym."""
    pattern = re.compile(r"(?<![\w.-])" + re.escape(acronym.short) + r"(?:s|'s)?(?![\w-])")
    for m in pattern.finditer(text, acronym.end):
        yield m.start(), m.start() + len(acronym.short)


def long_form_of(doc: Doc, short: str) -> Optional[str]:
    """The long form an acronym stands for in this document, if it was defined."""
    for a in base.layer(doc, "acronyms"):
        if a.short == short or (short.endswith("s") and a.short == short[:-1]):
            return a.long
    return None


def acronyms_component(doc: Doc) -> Doc:
    doc._.sanderling_acronyms = find_acronyms(doc.text)
    return doc


@Language.factory("sanderling_acronyms", requires=[],
                  assigns=["doc._.sanderling_acronyms"])
def make_acronyms(nlp: Language, name: str):
    """nlp.add_pipe("sanderling_acronyms"); also found through the spacy_factories entry point."""
    return acronyms_component
