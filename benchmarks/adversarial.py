"""Adversarial texts: inputs whose shape once made coding time grow faster than their length.

Each kind is a function ``make(n) -> str`` giving a text of about ``n`` characters. The
shapes come from issue 8 (texts that stalled a corpus run): quotation marks around or
between sentences, runs of dots, one very long word inside normal prose, a long
photo-credit-like tail, a paragraph opening with a huge capitalised token, a run without
spaces (emoji), a huge word followed by a few sentences. All sentences are invented.

Used by tests/test_cost_linear.py (slow) and benchmarks/bench_adversarial.py (timings).
"""
from __future__ import annotations

from typing import Callable

#: Invented prose with names, cues and events, so every component has work to do.
SENTENCES = (
    "The foreign minister of Ruritania met envoys from Kenya in Nairobi on Tuesday.",
    "Police arrested twelve protesters outside the parliament, officials said.",
    "Rebels attacked a convoy near the border and killed three soldiers.",
    "The government accused its neighbour of violating the ceasefire agreement.",
    "Talks between the two delegations will resume next week in Geneva.",
    "Jo Okafor, a spokesman for the ministry, declined to comment.",
)


def prose(n: int) -> str:
    """Plain invented news prose, a paragraph every three sentences (the linear baseline)."""
    out, k = [], 0
    while sum(len(s) + 1 for s in out) < n:
        out.append(SENTENCES[k % len(SENTENCES)] + ("\n\n" if k % 3 == 2 else " "))
        k += 1
    return "".join(out)[:n]


def _fill(unit: str, n: int) -> str:
    return (unit * (n // len(unit) + 1))[:n]


def straight_quotes_around(n: int) -> str:
    return _fill('"The talks will resume next week," the minister said. ', n)


def curly_quotes_around(n: int) -> str:
    return _fill("“The talks will resume next week,” the minister said. ", n)


def quotes_between(n: int) -> str:
    """Lone quotation marks between sentences: nothing pairs sensibly."""
    return _fill('Police arrested twelve protesters. " Rebels attacked a convoy. ', n)


def curly_between(n: int) -> str:
    return _fill("Rebels attacked a convoy. ” The minister met envoys. “ ", n)


def only_quotes(n: int) -> str:
    return _fill('" ', n // 2) + _fill("“”", n - n // 2)


def dots(n: int) -> str:
    return prose(200) + " " + "." * n


def spaced_dots(n: int) -> str:
    return prose(200) + " " + _fill(". ", n)


def long_word(n: int) -> str:
    """One very long word inside normal text."""
    half = prose(n // 4)
    return half + " " + "a" * (n // 2) + " " + half


def long_capitalised_label(n: int) -> str:
    """A paragraph opening with a huge capitalised token, then one sentence (quote labels)."""
    return "A" * (n - 50) + " The minister said the talks would resume."


def one_word_then_sentences(n: int) -> str:
    return "word" * (n // 5) + "\n\n" + prose(n - 4 * (n // 5))


def emoji_run(n: int) -> str:
    return prose(200) + " " + "\U0001F600" * n


def credit_tail(n: int) -> str:
    """Normal text, then a long tail that looks like photo credits."""
    return prose(500) + "\n\n" + _fill("Photo by Jo Okafor / Reuters / AFP via Getty Images / ", n - 502)


def credit_lines(n: int) -> str:
    return _fill("Rebels attacked a convoy. Photo: Jo Okafor/Reuters\n", n)


def credit_like_line(n: int) -> str:
    """One long line of capitalised names and slashes with no credit keyword at the end."""
    return prose(300) + "\n\nPhoto by " + _fill("Jo Okafor / Ruritania Border ", n - 320) + " attacked."


def capitalised_run(n: int) -> str:
    """Capitalised words without end: names, labels and acronym definitions look for these."""
    return _fill("Ruritania Border Agency Nairobi Okafor Geneva ", n)


def commas(n: int) -> str:
    return prose(200) + " " + _fill("Kenya, ", n)


def brackets(n: int) -> str:
    return prose(200) + " " + _fill("(Ruritania Border Agency) ", n)


KINDS: dict[str, Callable[[int], str]] = {
    "prose": prose,
    "straight_quotes_around": straight_quotes_around,
    "curly_quotes_around": curly_quotes_around,
    "quotes_between": quotes_between,
    "curly_between": curly_between,
    "only_quotes": only_quotes,
    "dots": dots,
    "spaced_dots": spaced_dots,
    "long_word": long_word,
    "long_capitalised_label": long_capitalised_label,
    "one_word_then_sentences": one_word_then_sentences,
    "emoji_run": emoji_run,
    "credit_tail": credit_tail,
    "credit_lines": credit_lines,
    "credit_like_line": credit_like_line,
    "capitalised_run": capitalised_run,
    "commas": commas,
    "brackets": brackets,
}

SIZES = (10_000, 50_000, 100_000)
