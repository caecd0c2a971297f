"""The pure resolver: invented expressions, publication dates and the values we expect."""
from datetime import date

import pytest

from sanderling.annotators.timex import as_event_date, resolve

WED = date(2025, 5, 14)      # a Wednesday in May
FRI = date(2026, 3, 6)       # a Friday in early March
LEAP = date(2024, 2, 29)     # a leap day, Thursday

CASES = [
    # (text, published, future, value, granularity)
    # weekdays: latest on/before publication, next on/after when future
    ("Tuesday", WED, False, "2025-05-13", "day"),
    ("on Friday", WED, False, "2025-05-09", "day"),
    ("Friday", WED, True, "2025-05-16", "day"),
    ("Wednesday", WED, False, "2025-05-14", "day"),
    ("last Monday", WED, False, "2025-05-12", "day"),
    ("next Wednesday", WED, False, "2025-05-21", "day"),
    ("this Friday", WED, False, "2025-05-16", "day"),
    ("Friday night", WED, False, "2025-05-09", "day"),
    ("Saturday", FRI, False, "2026-02-28", "day"),
    ("Saturday", FRI, True, "2026-03-07", "day"),
    ("last Friday", FRI, False, "2026-02-27", "day"),
    ("Friday", FRI, False, "2026-03-06", "day"),
    ("next Tuesday", FRI, False, "2026-03-10", "day"),
    # deictic days
    ("today", WED, False, "2025-05-14", "day"),
    ("yesterday", WED, False, "2025-05-13", "day"),
    ("tomorrow", WED, False, "2025-05-15", "day"),
    ("tonight", WED, False, "2025-05-14", "day"),
    ("this morning", WED, False, "2025-05-14", "day"),
    ("last night", WED, False, "2025-05-13", "day"),
    ("yesterday afternoon", WED, False, "2025-05-13", "day"),
    ("the day after tomorrow", FRI, False, "2026-03-08", "day"),
    # months: past reading unless future or marked
    ("in November", WED, False, "2024-11", "month"),
    ("in August", WED, True, "2025-08", "month"),
    ("in June", WED, False, "2024-06", "month"),
    ("in May", WED, False, "2025-05", "month"),
    ("last May", WED, False, "2024-05", "month"),
    ("next May", WED, False, "2026-05", "month"),
    ("last October", WED, False, "2024-10", "month"),
    ("early March", WED, False, "2025-03", "month"),
    ("in January", FRI, False, "2026-01", "month"),
    ("in December", FRI, False, "2025-12", "month"),
    # seasons (meteorological, northern hemisphere)
    ("next spring", WED, False, "2026-03/2026-05", "season"),
    ("this summer", WED, False, "2025-06/2025-08", "season"),
    ("last winter", WED, False, "2024-12/2025-02", "season"),
    ("this winter", FRI, False, "2025-12/2026-02", "season"),
    ("last spring", FRI, False, "2025-03/2025-05", "season"),
    ("summer 2024", LEAP, False, "2024-06/2024-08", "season"),
    # calendar units
    ("this year", WED, False, "2025", "year"),
    ("last year", WED, False, "2024", "year"),
    ("next year", LEAP, False, "2025", "year"),
    ("later this year", WED, False, "2025", "year"),
    ("the end of the year", WED, False, "2025", "year"),
    ("last week", WED, False, "2025-05-05/2025-05-11", "week"),
    ("this week", WED, False, "2025-05-12/2025-05-18", "week"),
    ("next week", FRI, False, "2026-03-09/2026-03-15", "week"),
    ("this weekend", FRI, False, "2026-03-07/2026-03-08", "week"),
    ("next month", WED, False, "2025-06", "month"),
    ("earlier this month", WED, False, "2025-05", "month"),
    ("last month", FRI, False, "2026-02", "month"),
    ("this month", FRI, False, "2026-03", "month"),
    # counted distances
    ("three days ago", WED, False, "2025-05-11", "day"),
    ("two days ago", FRI, False, "2026-03-04", "day"),
    ("more than a month ago", WED, False, "2025-04", "month"),
    ("six months ago", FRI, False, "2025-09", "month"),
    ("two weeks ago", WED, False, "2025-04-28/2025-05-04", "week"),
    ("a week ago", FRI, False, "2026-02-23/2026-03-01", "week"),
    ("a decade ago", WED, False, "2015", "year"),
    ("three years ago", FRI, False, "2023", "year"),
    ("a few days ago", WED, False, None, "day"),
    ("the past two years", WED, False, "2023-05-14/2025-05-14", "range"),
    ("the past week", FRI, False, "2026-02-27/2026-03-06", "range"),
    # absolute and year-less calendar dates
    ("4 March 2025", WED, False, "2025-03-04", "day"),
    ("March 4, 2025", WED, False, "2025-03-04", "day"),
    ("Tuesday, March 4, 2025", WED, False, "2025-03-04", "day"),
    ("Sept. 11, 2001", WED, False, "2001-09-11", "day"),
    ("2025-03-04", WED, False, "2025-03-04", "day"),
    ("March 4", WED, False, "2025-03-04", "day"),
    ("4 March", WED, True, "2026-03-04", "day"),
    ("the 4th of March", LEAP, False, "2023-03-04", "day"),
    ("Jan. 5", WED, False, "2025-01-05", "day"),
    ("December 25", FRI, False, "2025-12-25", "day"),
    ("29 February", LEAP, False, "2024-02-29", "day"),
    ("February 29", LEAP, True, "2024-02-29", "day"),
    ("Christmas Day", WED, False, "2024-12-25", "day"),
    ("2019", WED, False, "2019", "year"),
    ("mid-2024", WED, False, "2024", "year"),
    ("late 2023", WED, False, "2023", "year"),
    ("the end of 2023", WED, False, "2023", "year"),
    ("in the 1990s", WED, False, "1990/1999", "decade"),
    ("the early 2000s", WED, False, "2000/2003", "decade"),
    ("the '80s", WED, False, "1980/1989", "decade"),
    ("the 2010s", WED, False, "2010/2019", "decade"),
    ("October 22 this year", WED, False, "2025-10-22", "day"),
    ("in January last year", WED, False, "2024-01", "month"),
    ("4 March next year", WED, False, "2026-03-04", "day"),
    ("twenty-five years ago", WED, False, "2000", "year"),
    ("in two weeks' time", WED, False, "2025-05-26/2025-06-01", "week"),
    ("in three days' time", WED, False, "2025-05-17", "day"),
    ("the next five years", WED, False, "2025-05-14/2030-05-14", "range"),
    ("the coming months", WED, False, None, "range"),
    ("hours ago", WED, False, "2025-05-14", "day"),
    ("days ago", WED, False, None, "day"),
    ("02/22/2003", WED, False, "2003-02-22", "day"),
    ("22/02/2003", WED, False, "2003-02-22", "day"),
    ("03/09/2006", WED, False, "2006-03-09", "day"),
    ("June-July", WED, False, "2024-06/2024-07", "range"),
    ("June-July 2023", WED, False, "2023-06/2023-07", "range"),
    # quarters and centuries
    ("the fourth quarter", WED, False, "2024-10/2024-12", "quarter"),
    ("the second quarter", WED, False, "2025-04/2025-06", "quarter"),
    ("third quarter of 2023", WED, False, "2023-07/2023-09", "quarter"),
    ("Q3 2024", WED, False, "2024-07/2024-09", "quarter"),
    ("last quarter", WED, False, "2025-01/2025-03", "quarter"),
    ("the 20th century", WED, False, "1900/1999", "century"),
    ("the previous year", WED, False, "2024", "year"),
    # ranges
    ("from 3 to 5 March", WED, False, "2025-03-03/2025-03-05", "range"),
    ("March 3-5", WED, False, "2025-03-03/2025-03-05", "range"),
    ("5-7 October 2023", WED, False, "2023-10-05/2023-10-07", "range"),
    ("between 2019 and 2021", WED, False, "2019/2021", "range"),
    ("from 1990 to 1995", WED, False, "1990/1995", "range"),
    ("2019-20", WED, False, "2019/2020", "range"),
    ("from March to June", WED, False, "2025-03/2025-06", "range"),
    ("from Monday to Wednesday", WED, False, "2025-05-12/2025-05-14", "range"),
    ("between 3 March and 5 April 2024", WED, False, "2024-03-03/2024-04-05", "range"),
]


@pytest.mark.parametrize("text,published,future,value,granularity", CASES,
                         ids=[f"{c[0]}|{c[1]}|{'fut' if c[2] else 'past'}" for c in CASES])
def test_resolve_table(text, published, future, value, granularity):
    assert resolve(text, published, future) == (value, granularity)


def test_table_is_large_enough():
    assert len(CASES) >= 60


@pytest.mark.parametrize("text", ["2,000", "1500", "10:30", "2231", "a hundred", "Monday-ish", "spring"
                                  " water", "2019 percent"])
def test_not_a_time_expression(text):
    assert resolve(text, WED) is None


@pytest.mark.parametrize("text,expected", [
    ("4 March 2025", ("2025-03-04", "day")),
    ("2019", ("2019", "year")),
    ("in the 1990s", ("1990/1999", "decade")),
    ("Friday", (None, "day")),
    ("last October", (None, "month")),
    ("three days ago", (None, "day")),
    ("March 4", (None, "day")),
])
def test_without_publication_date_only_absolute_expressions_get_values(text, expected):
    assert resolve(text, None) == expected


def test_impossible_dates_are_rejected():
    assert resolve("31 February 2025", WED) is None
    assert resolve("2025-02-30", WED) is None


@pytest.mark.parametrize("value,expected", [
    ("2025-03-04", "2025-03-04"), ("2025-03", "2025-03"), ("2019", "2019"), (None, None),
    ("2025-05-05/2025-05-11", "2025-05"), ("2025-04-28/2025-05-04", "2025"),
    ("2024-12/2025-02", "2024"), ("1990/1999", "1990"), ("2025-03-03/2025-03-05", "2025-03"),
])
def test_as_event_date(value, expected):
    assert as_event_date(value) == expected
