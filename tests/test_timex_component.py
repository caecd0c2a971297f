"""The sanderling_timex component on invented sentences: parse-driven future reading,
numbers that are not years, and offsets into doc.text."""
import pytest

from sanderling.nlp import get_nlp

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def nlp():
    return get_nlp(("sanderling_timex",))


def timexes(nlp, text, published="2026-03-04"):   # a Wednesday
    doc = nlp.make_doc(text)
    doc._.sanderling_published = published
    doc = nlp(doc)
    for t in doc._.sanderling_timexes:
        assert doc.text[t.start:t.end] == t.text
    return doc._.sanderling_timexes


def values(nlp, text, published="2026-03-04"):
    return {t.text: t.value for t in timexes(nlp, text, published)}


@pytest.mark.parametrize("sentence,expected", [
    ("The minister visited the border town on Friday.", "2026-02-27"),
    ("The minister will visit the border town on Friday.", "2026-03-06"),
    ("The minister is to visit the border town on Friday.", "2026-03-06"),
    ("The minister is going to visit the border town on Friday.", "2026-03-06"),
    ("The minister plans to visit the border town on Friday.", "2026-03-06"),
    ("The minister is expected to arrive in the border town on Friday.", "2026-03-06"),
    ("The handover is scheduled for Friday.", "2026-03-06"),
    ("The ceasefire deal is due to be signed on Friday.", "2026-03-06"),
    ("She'll address parliament on Friday.", "2026-03-06"),
    ("The minister is ready to visit the border town on Friday.", "2026-03-06"),
    ("The ministry said the minister would visit the border town on Friday.", "2026-03-06"),
    ("Officials said on Friday that the talks had stalled.", "2026-02-27"),
])
def test_weekday_reading_follows_the_governing_verb(nlp, sentence, expected):
    assert values(nlp, sentence)["Friday"] == expected


def test_month_reading_follows_the_governing_verb(nlp):
    past = values(nlp, "Rebels seized the airport in August.")
    future = values(nlp, "The new parliament will convene in August, the commission said on Monday.")
    assert past["August"] == "2025-08"
    assert future["August"] == "2026-08"
    assert future["Monday"] == "2026-03-02"


def test_numbers_that_are_not_years_do_not_fire(nlp):
    text = ("The army sent 2000 troops and 1500 police officers after Resolution 2231 was breached. "
            "About 2,000 people gathered at 10:30 and prices rose 12.5 percent. "
            "Flight 1907 landed safely.")
    assert timexes(nlp, text) == []


def test_years_next_to_event_nouns_still_fire(nlp):
    found = values(nlp, "Turnout fell sharply after the 2019 elections, and again in 2021.")
    assert found == {"2019": "2019", "2021": "2021"}


def test_names_are_not_dates(nlp):
    text = ("Theresa May praised the Arab Spring protesters, the Sunday Times reported. "
            "Shops opened early for Black Friday. USA Today ran the story in May.")
    found = values(nlp, text)
    assert found == {"May": "2025-05"}
    assert "Friday" not in found and "Spring" not in found and "Today" not in found


def test_offsets_and_values_in_a_paragraph(nlp):
    text = ("GENEVA - Talks resumed on Tuesday, three days ago, after a pause since last October.\n"
            "The envoy, who first visited in the 1990s, said a deal signed on 4 March 2024 "
            "had held until early this year. Fighting between 3 and 5 March killed 40 people.")
    found = timexes(nlp, text)
    got = {t.text: (t.value, t.granularity) for t in found}
    assert got == {
        "Tuesday": ("2026-03-03", "day"),
        "three days ago": ("2026-03-01", "day"),
        "last October": ("2025-10", "month"),
        "1990s": ("1990/1999", "decade"),
        "4 March 2024": ("2024-03-04", "day"),
        "early this year": ("2026", "year"),
        "between 3 and 5 March": ("2026-03-03/2026-03-05", "range"),
    }
    assert [t.start for t in found] == sorted(t.start for t in found)


def test_without_publication_date_relative_values_are_none(nlp):
    got = {t.text: t.value for t in timexes(nlp, "On Friday, a year after the 12 May 2019 vote, "
                                                 "protesters returned.", published=None)}
    assert got == {"Friday": None, "12 May 2019": "2019-05-12"}


def test_titles_and_product_names_with_years_do_not_fire(nlp):
    text = ("The worm infects machines running Windows 2000. Police used the Terrorism Act 2000 again. "
            "He told Channel 5's Late Desk the plan had collapsed.")
    assert timexes(nlp, text) == []


def test_weekend_of_gives_the_range_not_the_weekend(nlp):
    found = values(nlp, "The ties were played on the weekend of 21-22 February.")
    assert found == {"21-22 February": "2026-02-21/2026-02-22"}


@pytest.mark.parametrize("sentence,expected", [
    ("A government briefing is expected on Friday.", "2026-03-06"),
    ("The verdict is due on Friday.", "2026-03-06"),
    ("Peace talks resume on Friday in Geneva.", "2026-03-06"),
    ("The two ministers are meeting on Friday.", "2026-03-06"),
    ("The ministers met on Friday.", "2026-02-27"),
    ("The minister says the attack on Friday killed five soldiers.", "2026-02-27"),
    ("The briefing was expected on Friday but was cancelled.", "2026-02-27"),
])
def test_present_and_expected_forms(nlp, sentence, expected):
    assert values(nlp, sentence)["Friday"] == expected


@pytest.mark.parametrize("sentence,expected", [
    ("The Ghanaian inquiry opens in November.", "2026-11"),
    ("The Ghanaian inquiry opened in November.", "2025-11"),
])
def test_a_yearless_month_under_a_plain_present_is_the_next_one(nlp, sentence, expected):
    assert values(nlp, sentence)["November"] == expected
