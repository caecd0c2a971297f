"""Time expressions: find them in the text and resolve them against the publication date.

``sanderling_timex`` fills ``doc._.sanderling_timexes`` with ``records.Timex`` for every time
expression; ``resolve(text, published, future)`` is the same resolver as a pure function.

How it works: one big regex (built once from the RULES table) finds candidates in ``doc.text``;
each rule has a small handler that turns its groups into an ISO value.  Expressions without a
year ("Friday", "in November", "4 March") take a *past* reading (the latest one on or before
publication) unless the clause they attach to is future ("will", "shall", "'ll", "is to",
"going to", "is ready to", "plans/expected/scheduled/due to ..."), as ``clause.clause_facts``
reads it from the dependency parse; then the next one on or after publication.  With no publication date only absolute expressions get a
value; relative ones are kept with ``value=None``.  dateparser is not used: a table of rules is
faster and handles the relative forms ("last October") it misses.

Values and granularities (the set used in ``Timex.granularity``):
  day      YYYY-MM-DD   "Tuesday", "yesterday", "4 March 2025", "three days ago"
  month    YYYY-MM      "in November", "last month", "early March", "more than a month ago"
  year     YYYY         "2019", "last year", "mid-2024", "a decade ago"
  week     A/B          Monday/Sunday (or Saturday/Sunday for weekends): "last week",
                        "two weeks ago" (the week that held the day 14 days back)
  quarter  YYYY-MM/YYYY-MM  calendar quarters: "the fourth quarter", "Q3 2024", "last quarter"
  season   YYYY-MM/YYYY-MM  meteorological northern seasons: "next spring", "summer 2024"
  decade   YYYY/YYYY    "the 1990s" (1990/1999), "the early 2000s" (2000/2003)
  century  YYYY/YYYY    "the 20th century" (1900/1999)
  range    A/B          explicit spans: "from 3 to 5 March", "between 2019 and 2021",
                        "March 3-5", "in the past two years"
Vague counts ("a few days ago") keep their granularity but get ``value=None``.
"""
from __future__ import annotations

import calendar
import json
import re
from dataclasses import dataclass
from datetime import date, timedelta
from importlib import resources
from typing import Callable, Optional

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..records import Timex
from . import base  # noqa: F401  (registers Doc extensions)
from .clause import clause_facts

LEX = json.loads(resources.files("sanderling.lexicons").joinpath("timex.json").read_text("utf-8"))
MONTHS: dict[str, int] = LEX["months"]
WEEKDAYS: dict[str, int] = LEX["weekdays"]
SEASONS: dict[str, list[int]] = LEX["seasons"]
NUMBERS: dict[str, float] = LEX["numbers"]
VAGUE_NUMBERS = set(LEX["vague_numbers"])
HOLIDAYS: dict[str, list[int]] = LEX["holidays"]
#: Rules naming a single day: a present-tense verb with one of these reads as future
#: ("talks resume on Monday", "the court sits on 4 March").
DAY_RULES = {"weekday", "dm", "md", "holiday", "day_range_dm", "day_range_dm_between", "day_range_md",
             "month"}  # ... and a month named without a year: "the inquiry begins in January"
YEAR_BLOCKERS_BEFORE = set(LEX["year_blockers_before"])
YEAR_NOUNS = set(LEX["year_nouns"])

#: How far up the dependency tree we look for the verb that governs an expression.
MAX_HEAD_HOPS = 8

Result = tuple[Optional[str], str]          # (value, granularity)


# ---------------------------------------------------------------- regex fragments
def _alt(words) -> str:
    """Alternation, longest first, so "Sept" wins over "Sep"."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_FULL_MONTHS = [m for m, n in MONTHS.items() if len(m) > 4 or m in ("May", "June", "July")]
_ABBR_MONTHS = [m for m in MONTHS if m not in _FULL_MONTHS]
MONTH = rf"(?:{_alt(_FULL_MONTHS)}|(?:{_alt(_ABBR_MONTHS)})(?:\.|(?![a-z])))"
MONTH_FULL = rf"(?:{_alt(_FULL_MONTHS)})"
WEEKDAY = rf"(?:{_alt(WEEKDAYS)})"
SEASON = rf"(?i:{_alt(SEASONS)})"
DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
YEAR = r"(?:1[89]\d\d|20\d\d)(?!\d|[.,:]\d|\s*(?:%|(?i:per\s?cent)\b))"
_TENS = [w for w, n in NUMBERS.items() if n in (20, 30, 40, 50, 60, 70, 80, 90) and " " not in w]
_UNITS = [w for w, n in NUMBERS.items() if 1 <= n <= 9 and w not in ("a", "an")]
NUM = (rf"(?:\d+(?:\.\d+)?|(?i:(?:{_alt(_TENS)})[-\s](?:{_alt(_UNITS)})(?!\w)"
       rf"|{_alt(list(NUMBERS) + list(VAGUE_NUMBERS))}))")
UNIT = r"(?i:days?|weeks?|months?|years?|decades?)"
MOD = r"(?:(?i:early|late|mid)(?:\s+|-)|(?i:the\s+(?:end|start|beginning|middle|rest|first\s+half|second\s+half)\s+of)\s+)"
WD_PREFIX = rf"(?:{WEEKDAY},?\s+(?:(?i:the)\s+)?)?"
DASH = r"\s*[-\u2013\u2014]\s*"
TO = rf"(?:{DASH}|\s+(?i:to|until|till|through|thru)\s+)"
APPROX_WORDS = ["more than", "less than", "over", "about", "around", "nearly", "almost", "roughly", "some",
                "just", "only", "at least", "barely", "exactly", "little more than"]
APPROX = r"(?:(?i:%s)\s+)" % "|".join(w.replace(" ", r"\s+") for w in sorted(APPROX_WORDS, key=len, reverse=True))
# "October 22 this year", "in January last year": the year said in words.
YEAR_WORDS = r"(?:,?\s+(?P<ysuf>(?i:this|last|next)\s+year)(?!\w))?"
PART_OF_DAY = r"(?:\s+(?i:morning|afternoon|evening|night))?"


# ---------------------------------------------------------------- date arithmetic
def _day(d: date) -> str:
    return d.isoformat()


def _month(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}"


def _add_months(d: date, n: int) -> date:
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    return date(y, m + 1, min(d.day, calendar.monthrange(y, m + 1)[1]))


def _week(d: date) -> str:
    monday = d - timedelta(days=d.weekday())
    return f"{_day(monday)}/{_day(monday + timedelta(days=6))}"


def _weekend(saturday: date) -> str:
    return f"{_day(saturday)}/{_day(saturday + timedelta(days=1))}"


def _safe_date(y: int, m: int, d: int) -> Optional[date]:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _month_num(word: str) -> int:
    return MONTHS[word.rstrip(".")]


def _day_num(word: str) -> int:
    return int(re.match(r"\d+", word).group())


def _number(word: str) -> Optional[float]:
    """A count from digits or words; None for vague counts ("a few")."""
    w = " ".join(word.lower().split())
    if w in VAGUE_NUMBERS:
        return None
    if w in NUMBERS:
        return float(NUMBERS[w])
    parts = re.split(r"[-\s]", w)
    if len(parts) == 2 and parts[0] in NUMBERS and parts[1] in NUMBERS:     # "twenty-five"
        return float(NUMBERS[parts[0]] + NUMBERS[parts[1]])
    return float(w)


def _rel(word: Optional[str]) -> Optional[str]:
    """Normalise relative modifiers to last | next | this | None."""
    if not word:
        return None
    w = word.lower()
    return {"past": "last", "previous": "last", "coming": "next", "current": "this",
            "the": "this"}.get(w, w)


# ---------------------------------------------------------------- picking the right instance
def _pick_month_year(pub: date, month: int, rel: Optional[str], future: bool) -> int:
    """The year of "<rel> <month>": past reading by default, next one when future."""
    y, cur = pub.year, pub.month
    if rel == "last":
        return y if month < cur else y - 1
    if rel == "next":
        return y if month > cur else y + 1
    if rel == "this":
        return y
    if future:
        return y if month >= cur else y + 1
    return y if month <= cur else y - 1


def _pick_day(pub: date, month: int, day: int, future: bool) -> Optional[date]:
    """A day-and-month without a year: the latest on/before pub (or next on/after if future)."""
    year = pub.year
    for _ in range(8):                      # 29 February needs a leap year
        d = _safe_date(year, month, day)
        if d is not None:
            if future and d < pub:
                year += 1
                continue
            if not future and d > pub:
                year -= 1
                continue
            return d
        year += 1 if future else -1
    return None


def _pick_weekday(pub: date, wd: int, rel: Optional[str], future: bool) -> date:
    back = (pub.weekday() - wd) % 7
    ahead = (wd - pub.weekday()) % 7
    if rel == "last":
        return pub - timedelta(days=back or 7)
    if rel == "next":
        return pub + timedelta(days=ahead or 7)
    if rel == "this":
        return pub - timedelta(days=pub.weekday()) + timedelta(days=wd)
    return pub + timedelta(days=ahead) if future else pub - timedelta(days=back)


def _season_value(start_year: int, season: str) -> str:
    first, last = SEASONS[season]
    end_year = start_year if last >= first else start_year + 1
    return f"{_month(start_year, first)}/{_month(end_year, last)}"


def _pick_season(pub: date, season: str, rel: Optional[str], future: bool) -> int:
    """Start year of the season meant: seasons are (first month, last month), winter wraps."""
    first, last = SEASONS[season]
    latest = pub.year if pub.month >= first else pub.year - 1     # latest one started
    end_year = latest if last >= first else latest + 1
    contains = (end_year, last) >= (pub.year, pub.month)
    if rel == "last":
        return latest - 1 if contains else latest
    if rel == "next":
        return latest + 1
    if rel == "this":
        if contains:
            return latest
        if future:
            return latest + 1
        since_end = (pub.year - end_year) * 12 + pub.month - last
        until_next = (latest + 1 - pub.year) * 12 + first - pub.month
        return latest if since_end <= until_next else latest + 1     # the nearer one
    if future and not contains:
        return latest + 1
    return latest


# ---------------------------------------------------------------- rule handlers
# Each handler: (groups, published or None, future) -> (value, granularity) | None (reject).

def _h_iso(g, pub, future):
    d = _safe_date(int(g["y"]), int(g["m"]), int(g["d"]))
    return (_day(d), "day") if d else None


def _h_dmy(g, pub, future):
    d = _safe_date(int(g["y"]), _month_num(g["mon"]), _day_num(g["d"]))
    return (_day(d), "day") if d else None


def _year_in_words(g, pub: date) -> Optional[int]:
    """The year of "... this/last/next year", or None when the text does not say it."""
    if not g.get("ysuf"):
        return None
    return pub.year + {"this": 0, "last": -1, "next": 1}[g["ysuf"].split()[0].lower()]


#: Order of an ambiguous numeric date like 03/09/2006 (both parts <= 12): "MDY" (US wire
#: style) or "DMY".  Unambiguous ones (22/02/2003, 02/22/2003) are read either way.
NUMERIC_DATE_ORDER = "MDY"


def _h_numeric(g, pub, future):
    a, b, y = int(g["a"]), int(g["b"]), int(g["y"])
    month, day = (a, b) if NUMERIC_DATE_ORDER == "MDY" else (b, a)
    if month > 12:
        month, day = day, month
    d = _safe_date(y, month, day)
    return (_day(d), "day") if d else None


def _h_dm(g, pub, future):
    month, day = _month_num(g["mon"]), _day_num(g["d"])
    if _safe_date(2000, month, day) is None:     # 2000 is a leap year
        return None
    if pub is None:
        return None, "day"
    year = _year_in_words(g, pub)
    if year is not None:
        d = _safe_date(year, month, day)
        return (_day(d), "day") if d else None
    d = _pick_day(pub, month, day, future)
    return (_day(d), "day") if d else None


def _h_month_year(g, pub, future):
    return _month(int(g["y"]), _month_num(g["mon"])), "month"


def _h_month(g, pub, future):
    if pub is None:
        return None, "month"
    month = _month_num(g["mon"])
    year = _year_in_words(g, pub)
    if year is None:
        year = _pick_month_year(pub, month, _rel(g.get("rel")), future)
    return _month(year, month), "month"


def _h_day_range(g, pub, future):
    month, d1, d2 = _month_num(g["mon"]), _day_num(g["d1"]), _day_num(g["d2"])
    if d2 <= d1 or _safe_date(2000, month, d2) is None:
        return None
    if g.get("y"):
        y = int(g["y"])
    elif pub is None:
        return None, "range"
    else:
        first = _pick_day(pub, month, d1, future)
        if first is None:
            return None
        y = first.year
    a, b = _safe_date(y, month, d1), _safe_date(y, month, d2)
    if a is None or b is None:
        return None
    return f"{_day(a)}/{_day(b)}", "range"


def _h_year_range(g, pub, future):
    y1, y2 = int(g["y1"]), g["y2"]
    y2 = int(y2) if len(y2) == 4 else y1 // 100 * 100 + int(y2)
    if not y1 < y2 <= y1 + 100:
        return None
    return f"{y1:04d}/{y2:04d}", "range"


def _h_year(g, pub, future):
    return f"{int(g['y']):04d}", "year"


def _h_decade(g, pub, future):
    if g.get("dd"):
        d = int(g["dd"]) * 10
        if pub is None:
            start = 1900 + d
        else:
            start = 2000 + d if 2000 + d <= pub.year else 1900 + d
    else:
        start = int(g["dec"])
    mod = (g.get("mod") or "").lower()
    lo, hi = {"early": (0, 3), "mid": (3, 6), "late": (6, 9)}.get(mod, (0, 9))
    return f"{start + lo:04d}/{start + hi:04d}", "decade"


def _h_season_year(g, pub, future):
    return _season_value(int(g["y"]), g["s"].lower()), "season"


def _h_season(g, pub, future):
    if pub is None:
        return None, "season"
    season = g["s"].lower()
    return _season_value(_pick_season(pub, season, _rel(g.get("rel")), future), season), "season"


def _h_weekday(g, pub, future):
    if pub is None:
        return None, "day"
    return _day(_pick_weekday(pub, WEEKDAYS[g["wd"]], _rel(g.get("rel")), future)), "day"


DEICTIC_OFFSETS = {"today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0,
                   "this evening": 0, "yesterday": -1, "last night": -1, "tomorrow": 1,
                   "the day before yesterday": -2, "the day after tomorrow": 2}


def _h_deictic(g, pub, future):
    if pub is None:
        return None, "day"
    return _day(pub + timedelta(days=DEICTIC_OFFSETS[" ".join(g["w"].lower().split())])), "day"


def _h_holiday(g, pub, future):
    name = " ".join(g["h"].replace("\u2019", "'").split())
    month, day = HOLIDAYS[name]
    if g.get("y"):
        return _day(date(int(g["y"]), month, day)), "day"
    if pub is None:
        return None, "day"
    return _day(_pick_day(pub, month, day, future)), "day"


ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
            "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "twenty-first": 21, "twenty first": 21}


def _quarter_value(year: int, q: int) -> str:
    return f"{_month(year, 3 * q - 2)}/{_month(year, 3 * q)}"


def _h_quarter(g, pub, future):
    """"the fourth quarter (of 2004)", "Q3 2024": calendar quarters; past reading without a year."""
    q = int(g["qq"][1]) if g.get("qq") else ORDINALS[g["q"].lower()]
    y = g.get("y") or g.get("y2")
    if y:
        return _quarter_value(int(y), q), "quarter"
    if pub is None:
        return None, "quarter"
    first, last = 3 * q - 2, 3 * q
    if future:
        year = pub.year if last >= pub.month else pub.year + 1
    else:
        year = pub.year if first <= pub.month else pub.year - 1
    return _quarter_value(year, q), "quarter"


def _h_century(g, pub, future):
    c = int(re.match(r"\d+", g["c"]).group()) if g["c"][0].isdigit() else ORDINALS[" ".join(g["c"].lower().split())]
    if not 1 <= c <= 21:
        return None
    start = (c - 1) * 100
    mod = (g.get("mod") or "").lower()
    lo, hi = {"early": (0, 33), "mid": (33, 66), "late": (66, 99)}.get(mod, (0, 99))
    return f"{start + lo:04d}/{start + hi:04d}", "century"


def _unit(word: str) -> str:
    return word.lower().rstrip("s")


def _h_rel_unit(g, pub, future):
    """this/last/next week|weekend|month|year, with "earlier"/"late"/"the end of" modifiers."""
    rel, unit = _rel(g["rel"]), _unit(g["u"])
    bare_the = g["rel"].lower() == "the" and not g.get("mod")
    if bare_the and unit != "weekend":
        return None
    gran = "week" if unit == "weekend" else unit
    if pub is None:
        return None, gran
    step = {"last": -1, "this": 0, "next": 1}[rel]
    if unit == "year":
        return f"{pub.year + step:04d}", "year"
    if unit == "month":
        d = _add_months(pub.replace(day=1), step)
        return _month(d.year, d.month), "month"
    if unit == "quarter":
        d = _add_months(pub.replace(day=1), 3 * step)
        return _quarter_value(d.year, (d.month - 1) // 3 + 1), "quarter"
    monday = pub - timedelta(days=pub.weekday())
    if unit == "week":
        return _week(monday + timedelta(days=7 * step)), "week"
    saturday = monday + timedelta(days=5)                      # weekend of pub's week
    if rel == "last":
        saturday -= timedelta(days=7)
    elif rel == "next":
        saturday += timedelta(days=7)
    elif bare_the and not future and pub < saturday:
        saturday -= timedelta(days=7)                          # "over the weekend": the last one
    return _weekend(saturday), "week"


def _shift(pub: date, n: float, unit: str, sign: int) -> tuple[date, str]:
    """pub moved by n units (sign -1 back, +1 forward); fractional counts use a finer unit."""
    if n != int(n):
        n, unit = {"year": (n * 12, "month"), "decade": (n * 120, "month"),
                   "month": (n * 30, "day"), "week": (n * 7, "day")}.get(unit, (n, unit))
    n = int(round(n)) * sign
    if unit == "day":
        return pub + timedelta(days=n), "day"
    if unit == "week":
        return pub + timedelta(days=7 * n), "week"
    if unit == "month":
        return _add_months(pub, n), "month"
    if unit == "year":
        return _add_months(pub, 12 * n), "year"
    return _add_months(pub, 120 * n), "year"                   # decades: a point year


def _point(d: date, gran: str) -> str:
    return {"day": _day(d), "week": _week(d), "month": _month(d.year, d.month),
            "year": f"{d.year:04d}"}[gran]


def _h_ago(g, pub, future):
    unit = _unit(g["u"])
    if unit in ("hour", "minute"):
        return (_day(pub) if pub else None), "day"
    n = _number(g["n"]) if g.get("n") else _singular_count(g["u"])
    gran = "year" if unit == "decade" else unit
    if n is None or pub is None:
        return None, gran
    d, gran = _shift(pub, n, unit, -1)
    return _point(d, gran), gran


def _h_past_n(g, pub, future):
    """"the past two years" is a span up to publication; "the previous year" is last year."""
    unit = _unit(g["u"])
    if g["which"].lower() == "previous" and not g.get("n") and unit != "decade":
        return _h_rel_unit({"rel": "last", "u": unit, "mod": None}, pub, future)
    n = _number(g["n"]) if g.get("n") else _singular_count(g["u"])
    if n is None or pub is None:
        return None, "range"
    d, _ = _shift(pub, n, unit, -1)
    return f"{_day(d)}/{_day(pub)}", "range"


def _singular_count(unit_word: str) -> Optional[float]:
    """No count given: "the past year" is one year, "the coming months" is vague."""
    return None if unit_word.lower().endswith("s") else 1.0


def _h_in_time(g, pub, future):
    """"in two weeks' time": a point that far after publication."""
    unit = _unit(g["u"])
    n = _number(g["n"])
    gran = "year" if unit == "decade" else unit
    if n is None or pub is None:
        return None, gran
    d, gran = _shift(pub, n, unit, +1)
    return _point(d, gran), gran


def _h_next_n(g, pub, future):
    """"the next five years": a span from publication forward."""
    unit = _unit(g["u"])
    n = _number(g["n"]) if g.get("n") else _singular_count(g["u"])
    if n is None or pub is None:
        return None, "range"
    d, _ = _shift(pub, n, unit, +1)
    return f"{_day(pub)}/{_day(d)}", "range"


def _has_year(text: str) -> bool:
    return re.search(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)", text) is not None


def _start(value: str) -> str:
    return value.split("/")[0]


def _end(value: str) -> str:
    return value.split("/")[-1]


def _as_date(value: str) -> date:
    """The first day of an ISO day, month or year value."""
    parts = [int(p) for p in value.split("-")] + [1, 1]
    return date(parts[0], parts[1], parts[2])


def _as_end_date(value: str) -> date:
    """The last day of an ISO day, month or year value."""
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 1:
        return date(parts[0], 12, 31)
    if len(parts) == 2:
        return date(parts[0], parts[1], calendar.monthrange(parts[0], parts[1])[1])
    return date(*parts)


def _h_range(g, pub, future):
    """from A to B / between A and B: both ends resolved on their own, then kept in order."""
    a_text, b_text = g["a"], g["b"]
    b = _resolve_simple(b_text, pub, future)
    if b is None:
        return None
    if b[0] is not None and _has_year(b_text) and not _has_year(a_text):
        a = _resolve_simple(a_text, _as_end_date(_end(b[0])), False)    # the last A before B
    else:
        a = _resolve_simple(a_text, pub, future)
    if a is None:
        return None
    if a[0] is None or b[0] is None:
        return None, "range"
    if _end(b[0]) < _start(a[0]) and not _has_year(b_text):
        b = _resolve_simple(b_text, _as_date(_start(a[0])), True)     # the first B after A
        if b is None or b[0] is None:
            return None, "range"
    return f"{_start(a[0])}/{_end(b[0])}", "range"


# ---------------------------------------------------------------- the rule table
@dataclass(frozen=True)
class Rule:
    name: str
    pattern: str
    handler: Callable
    simple: bool = False      # may be one end of a "from A to B" range


RULES_BEFORE_RANGE = [
    Rule("iso", r"(?P<y>\d{4})-(?P<m>0[1-9]|1[0-2])-(?P<d>[0-3]\d)(?![\d-])", _h_iso),
    Rule("day_range_dm",
         rf"(?:(?i:from)\s+)?(?P<d1>{DAY}){TO}(?P<d2>{DAY})\s+(?:(?i:of)\s+)?(?P<mon>{MONTH})(?:,?\s+(?P<y>{YEAR}))?",
         _h_day_range),
    Rule("day_range_dm_between",
         rf"(?i:between)\s+(?P<d1>{DAY})\s+(?i:and)\s+(?P<d2>{DAY})\s+(?:(?i:of)\s+)?(?P<mon>{MONTH})(?:,?\s+(?P<y>{YEAR}))?",
         _h_day_range),
    Rule("day_range_md",
         rf"(?:(?i:from)\s+)?(?P<mon>{MONTH})\s+(?P<d1>{DAY}){TO}(?P<d2>{DAY})(?:,?\s+(?P<y>{YEAR}))?",
         _h_day_range),
    Rule("month_range",
         rf"(?P<m1>{MONTH_FULL}){DASH}(?P<m2>{MONTH_FULL})(?:,?\s+(?P<y>{YEAR}))?",
         lambda g, pub, future: _h_range({"a": g["m1"] + (" " + g["y"] if g["y"] else ""),
                                          "b": g["m2"] + (" " + g["y"] if g["y"] else "")}, pub, future)),
    Rule("year_range",
         rf"(?:(?i:from)\s+)?(?P<y1>{YEAR})(?:{DASH}|/|\s+(?i:to|until|till|through)\s+)(?P<y2>{YEAR}|\d\d(?!\d))",
         _h_year_range),
    Rule("year_range_between", rf"(?i:between)\s+(?P<y1>{YEAR})\s+(?i:and)\s+(?P<y2>{YEAR})",
         _h_year_range),
]

SIMPLE_RULES = [
    Rule("numeric", rf"(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/(?P<y>{YEAR})", _h_numeric, True),
    Rule("dmy", rf"{WD_PREFIX}(?P<d>{DAY})\s+(?:(?i:of)\s+)?(?P<mon>{MONTH}),?\s+(?P<y>{YEAR})", _h_dmy, True),
    Rule("mdy", rf"{WD_PREFIX}(?P<mon>{MONTH})\s+(?P<d>{DAY}),?\s+(?P<y>{YEAR})", _h_dmy, True),
    Rule("dm", rf"{WD_PREFIX}(?P<d>{DAY})\s+(?:(?i:of)\s+)?(?P<mon>{MONTH}){YEAR_WORDS}", _h_dm, True),
    Rule("md", rf"{WD_PREFIX}(?P<mon>{MONTH})\s+(?P<d>{DAY})(?!\s*:){YEAR_WORDS}", _h_dm, True),
    Rule("month_year", rf"{MOD}?(?P<mon>{MONTH}),?\s+(?:(?i:of)\s+)?(?P<y>{YEAR})", _h_month_year, True),
    Rule("season_year", rf"{MOD}?(?P<s>{SEASON})\s+(?:(?i:of)\s+)?(?P<y>{YEAR})", _h_season_year, True),
    Rule("holiday", rf"(?P<h>{_alt(HOLIDAYS)})(?:\s+(?P<y>{YEAR}))?", _h_holiday, True),
    Rule("decade", rf"(?:(?P<mod>(?i:early|mid|late))(?:\s+|-))?(?P<dec>(?:1[89]|20)\d0)['\u2019]?s(?!\w)",
         _h_decade),
    Rule("decade_short",
         r"(?:(?P<mod>(?i:early|mid|late))(?:\s+|-))?['\u2019](?P<dd>\d)0s(?!\w)", _h_decade),
    Rule("mod_year", rf"{MOD}(?P<y>{YEAR})", _h_year, True),
    Rule("quarter",
         rf"(?:(?P<q>(?i:first|second|third|fourth|1st|2nd|3rd|4th))[-\s]+(?i:quarter)"
         rf"(?:\s+(?i:of)\s+(?P<y>{YEAR})|,?\s+(?P<y2>{YEAR}))?|(?P<qq>Q[1-4])(?:\s+(?P<y3>{YEAR}))?)",
         lambda g, pub, future: _h_quarter({**g, "y": g["y"] or g["y3"]}, pub, future), True),
    Rule("century",
         r"(?:(?P<mod>(?i:early|mid|late))(?:\s+|-))?(?P<c>\d{1,2}(?:st|nd|rd|th)|(?i:eighteenth|nineteenth"
         r"|twentieth|twenty[-\s]first))[-\s]+(?i:century)",
         _h_century),
    Rule("the_year", rf"(?i:the\s+year\s+)(?P<y>{YEAR})", _h_year),
    Rule("deictic",
         r"(?P<w>(?i:the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|this\s+morning"
         r"|this\s+afternoon|this\s+evening|last\s+night|yesterday|today|tomorrow|tonight))"
         rf"(?:\s+(?i:morning|afternoon|evening|night))?",
         _h_deictic, True),
    Rule("ago", rf"{APPROX}?(?:(?P<n>{NUM})\s+)?(?P<u>{UNIT}|(?i:hours?|minutes?))\s+(?i:ago)", _h_ago),
    Rule("in_n_time", rf"(?i:in)\s+(?P<n>{NUM})\s+(?P<u>{UNIT})['\u2019]?\s+(?i:time)", _h_in_time),
    Rule("next_n",
         rf"(?i:the\s+(?:next|coming|following))\s+(?:(?P<n>{NUM})\s+)?(?P<u>{UNIT})",
         lambda g, pub, future: _h_next_n(g, pub, future)),
    Rule("past_n",
         rf"(?i:the\s+(?P<which>past|last|previous))\s+(?:(?P<n>{NUM})\s+)?(?P<u>{UNIT})(?!\s+(?i:ago))",
         _h_past_n),
    Rule("rel_unit",
         r"(?:(?P<mod>(?i:early|late|mid|earlier|later|the\s+(?:end|start|beginning|middle|rest)\s+of))(?:\s+|-))?"
         r"(?P<rel>(?i:this|last|next|past|coming|previous|current|the))\s+"
         r"(?P<u>(?i:weekend|week|month|quarter|year))(?!\w)(?!\s+(?i:of)\b)",
         _h_rel_unit, True),
    Rule("weekday",
         rf"(?:(?P<rel>(?i:last|next|this|past|coming))\s+)?(?P<wd>{WEEKDAY}){PART_OF_DAY}",
         _h_weekday, True),
    Rule("season",
         rf"{MOD}?(?:(?P<rel>(?i:last|next|this|past|coming|the))\s+)?(?P<s>{SEASON})(?!\s+(?i:of)\b)",
         _h_season, True),
    Rule("month", rf"{MOD}?(?:(?P<rel>(?i:last|next|this|past|coming))\s+)?(?P<mon>{MONTH_FULL}){YEAR_WORDS}",
         _h_month, True),
    Rule("year", rf"(?P<y>{YEAR})(?!['\u2019]?s\b)", _h_year, True),
]


def _strip_names(pattern: str) -> str:
    return re.sub(r"\(\?P<\w+>", "(?:", pattern)


def _union(rules) -> str:
    return "|".join(f"(?P<{r.name}>{_strip_names(r.pattern)})" for r in rules)


SIMPLE = _union([r for r in SIMPLE_RULES if r.simple])
RANGE_RULE = Rule(
    "range",
    rf"(?:(?i:from)\s+(?P<a>{_strip_names(SIMPLE)})(?:{DASH}|\s+(?i:to|until|till|through)\s+)"
    rf"|(?i:between)\s+(?P<a2>{_strip_names(SIMPLE)})\s+(?i:and)\s+)(?P<b>{_strip_names(SIMPLE)})",
    lambda g, pub, future: _h_range({"a": g["a"] or g["a2"], "b": g["b"]}, pub, future))

RULES = RULES_BEFORE_RANGE + [RANGE_RULE] + SIMPLE_RULES
RULE_BY_NAME = {r.name: r for r in RULES}
RULE_RE = {r.name: re.compile(r.pattern) for r in RULES}
# Expressions start at a word start, not inside a number ("2,000", "10:30", "3.2019").
BOUNDARY_BEFORE = r"(?<![\w$\u00a3\u20ac#@/])(?<!\d[-\u2013.,:])"
# Cheap gate before the alternation: an expression starts with a digit, a capital, a quote
# ("'90s") or one of these lower-case words.  Keep in step with the RULES' first words.
FIRST_WORDS = sorted({"from", "between", "early", "late", "mid", "the", "last", "next", "this", "past",
                      "coming", "previous", "current", "earlier", "later", "yesterday", "today",
                      "tomorrow", "tonight", "first", "second", "third", "fourth", "eighteenth",
                      "nineteenth", "twentieth", "days", "weeks", "months", "years",
                      "decades", "hours", "minutes", *SEASONS, *(w.split()[0] for w in APPROX_WORDS),
                      *(w.split()[0] for w in list(NUMBERS) + list(VAGUE_NUMBERS))},
                     key=len, reverse=True)
GATE = (rf"(?=[\dA-Z'\u2019]|(?:{'|'.join(FIRST_WORDS)})\b"
        r"|in\s+(?:\d|\w+(?:[-\s]\w+)?\s+(?:hour|day|week|month|year|decade)))")   # "in two weeks' time"
BIG_RE = re.compile(rf"{BOUNDARY_BEFORE}{GATE}(?:{_union(RULES)})(?!\w)")
SIMPLE_RE = re.compile(rf"(?:{SIMPLE})")
LEADING_WORDS = re.compile(r"(?i:(?:in|on|at|during|since|until|by|before|after|of)\s+)?(?i:the\s+)?")


def _apply(rule_name: str, text: str, pub: Optional[date], future: bool) -> Optional[Result]:
    m = RULE_RE[rule_name].fullmatch(text)
    if m is None:
        return None
    return RULE_BY_NAME[rule_name].handler(m.groupdict(), pub, future)


def _resolve_simple(text: str, pub: Optional[date], future: bool) -> Optional[Result]:
    m = SIMPLE_RE.fullmatch(text)
    return _apply(m.lastgroup, text, pub, future) if m else None


def resolve(text: str, published: Optional[date], future: bool = False) -> Optional[Result]:
    """(value, granularity) of one time expression, or None if it is not one we know.

    A leading preposition or article ("in November", "on Friday", "the 1990s") is ignored.
    ``future`` says the clause is about the future, which flips the past reading of
    year-less expressions.  ``published=None`` gives values only to absolute expressions.
    """
    text = " ".join(text.split())
    m = BIG_RE.fullmatch(text)
    if m is None:
        p = LEADING_WORDS.match(text)
        m = BIG_RE.fullmatch(text[p.end():]) if p.end() else None
        if m is None:
            return None
        text = text[p.end():]
    return _apply(m.lastgroup, text, published, future)


def as_event_date(value: Optional[str]) -> Optional[str]:
    """A Timex value in the event-date form (YYYY-MM-DD, YYYY-MM or YYYY).

    Points pass through; an interval A/B becomes the most precise value both ends share
    ("2025-05-05/2025-05-11" -> "2025-05", "2024-12/2025-02" -> "2024"), else A's year.
    """
    if not value or "/" not in value:
        return value
    a, b = value.split("/", 1)
    if a[:7] == b[:7] and len(a) >= 7:
        return a[:7]
    return a[:4]


# ---------------------------------------------------------------- context filters (text)
PREV_WORD = re.compile(r"([\w$\u00a3\u20ac#.'\u2019]+)\W*$")
NEXT_WORD = re.compile(r"^\W*(\w+)")
#: Prepositions that make a bare "May" / season a time ("in May", "during the summer").
TIME_PREPOSITIONS = {"in", "since", "until", "till", "by", "during", "from", "before", "after", "of",
                     "through", "throughout", "over", "early", "late", "mid", "last", "next", "this",
                     "to", "and", "or", "for", "between", "that", "each", "every"}
WEEKDAY_NAME_BEFORE = {"good", "black", "bloody", "super", "ash", "palm", "holy", "easter", "cyber",
                       "maundy", "shrove", "whit", "giving"}
WEEKDAY_NAME_AFTER = {"times", "telegraph", "mirror", "express", "post", "herald", "mail", "observer",
                      "independent", "agreement", "accord", "prayers", "service", "school", "sport"}
#: Capitalised words a year may follow without being part of a name ("Easter 1916").
NAMED_SEASONS = {"Easter", "Christmas", "Ramadan", "Eid", "Passover", "Lent", "Advent", "Diwali",
                 "Hanukkah", "Spring", "Summer", "Autumn", "Winter", "Fall"}
TODAY_NAME = re.compile(r"(?:USA|Morning|Russia|India|China|Psychology)\s+$")
#: The window of text we look at around a candidate; keeps the filters O(1) per match.
WINDOW = 40


def _prev_word(text: str, start: int) -> str:
    m = PREV_WORD.search(text[max(0, start - WINDOW):start])
    return m.group(1) if m else ""


def _sentence_initial(text: str, pos: int) -> bool:
    """Is the word ending just before ``pos`` (spaces skipped) the first of its sentence?"""
    before = text[max(0, pos - WINDOW):max(0, pos + 1)].rstrip()
    before = re.sub(r"[\w'\u2019.]+$", "", before).rstrip()
    return not before or before[-1] in ".!?\"\u201c\u201d:;(\n-\u2013\u2014"


def _next_word(text: str, end: int) -> str:
    m = NEXT_WORD.match(text[end:end + WINDOW])
    return m.group(1) if m else ""


def _context_ok(rule: str, m: re.Match, text: str) -> bool:
    """Text-only vetoes: "Theresa May", "the Arab Spring", "Good Friday", "Resolution 2231"."""
    s, e, expr = m.start(), m.end(), m.group()
    prev_raw = _prev_word(text, s)
    prev = prev_raw.lower()
    if rule == "month" and expr == "May":
        return prev in TIME_PREPOSITIONS
    if rule == "season":
        g = RULE_RE["season"].fullmatch(expr).groupdict()
        rel = (g.get("rel") or "").lower()
        if expr[0].isupper() and not rel and prev not in TIME_PREPOSITIONS:
            return False            # "Spring" as a name
        if rel in ("", "the") and prev not in TIME_PREPOSITIONS and not re.match(MOD, expr):
            return False
        if g["s"].lower() == "fall" and not rel:
            return False
    if rule == "weekday":
        if prev in WEEKDAY_NAME_BEFORE:
            return False
        if expr.split()[-1] in WEEKDAYS and _next_word(text, e).lower() in WEEKDAY_NAME_AFTER:
            return False            # "the Sunday Times", "Friday prayers"
    if rule == "deictic" and expr.startswith("Today") and re.search(r"[\w'\u2019,]\s*$", text[max(0, s - 3):s]):
        return False                # "Radio 4's Today", "on Today": a programme
    if rule == "deictic" and expr.lower().startswith("today"):
        if TODAY_NAME.search(text[max(0, s - WINDOW):s]) or _next_word(text, e).lower() in {"programme", "show"}:
            return False
    if rule == "rel_unit" and expr.lower().startswith("the") and prev not in TIME_PREPOSITIONS | {"at", "on"}:
        return False
    if rule in ("season", "season_year") and expr[0].isupper() and prev_raw[:1].isupper():
        return False                # "the Arab Spring", "Prague Spring"
    if rule == "year":
        if prev_raw[:1].isupper() and prev not in TIME_PREPOSITIONS and prev_raw not in MONTHS \
                and not prev.endswith(("'s", "\u2019s", "s'", "s\u2019", ".")) and text[s - 1:s] == " " \
                and prev_raw not in NAMED_SEASONS \
                and not _sentence_initial(text, s - len(prev_raw) - 1):
            return False            # "Windows 2000", "Vision 2030": part of a name
        if prev in YEAR_BLOCKERS_BEFORE or prev.endswith(("$", "\u00a3", "\u20ac")):
            return False
    return True


# ---------------------------------------------------------------- parse-based decisions
def _governing_verb(span: Span):
    tok = span.root
    for _ in range(MAX_HEAD_HOPS):
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ != "aux":
            return tok
        if tok.head is tok:
            return None
        tok = tok.head
    return None


def is_future(span: Span, day_level: bool = False) -> bool:
    """Does the clause this expression attaches to speak of the future?

    ``clause.clause_facts`` decides it for the governing verb (the one place for future,
    negation and condition): "will/shall/'ll", an infinitive under "is to", "going to",
    "is ready to" or a planning head ("plans/expected/scheduled/due to") not itself in the
    past, "is scheduled for", "is expected/due (on)", "would" in a reported clause.  With
    ``day_level`` (the expression names a day) a plain present ("resume on Monday") counts too.
    """
    verb = _governing_verb(span)
    if verb is None:
        return False
    facts = clause_facts(verb)
    return facts.future or (day_level and facts.scheduled_present)


ENDS_IN_NUMBER = re.compile(r"\d$")


def _looks_like_count(span: Span) -> bool:
    """'2000 troops': a number that counts a plural noun rather than naming a year."""
    last = span[-1]
    if last.like_num and last.dep_ == "nummod" and last.head.i > last.i:
        head = last.head
        return head.tag_ in ("NNS", "NNPS") and head.lower_ not in YEAR_NOUNS
    nxt = span.doc[last.i + 1] if last.i + 1 < len(span.doc) else None
    return (nxt is not None and nxt.tag_ in ("NNS", "NNPS") and nxt.lower_ not in YEAR_NOUNS
            and last.like_num)


def _published(doc: Doc) -> Optional[date]:
    raw = doc._.sanderling_published
    if not raw:
        return None
    try:
        return date.fromisoformat(str(raw)[:10])
    except ValueError:
        return None


def find_timexes(doc: Doc, published: Optional[date]) -> list[Timex]:
    text = doc.text
    out = []
    for m in BIG_RE.finditer(text):
        rule = m.lastgroup
        if not _context_ok(rule, m, text):
            continue
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        if ENDS_IN_NUMBER.search(m.group()) and rule in ("year", "year_range", "year_range_between", "range") \
                and _looks_like_count(span):
            continue
        res = _apply(rule, m.group(), published, is_future(span, rule in DAY_RULES))
        if res is None:
            continue
        out.append(Timex(text=m.group(), value=res[0], start=m.start(), end=m.end(), granularity=res[1]))
    return out


def timex_component(doc: Doc) -> Doc:
    doc._.sanderling_timexes = find_timexes(doc, _published(doc))
    return doc


@Language.factory("sanderling_timex", requires=["token.dep"],
                  assigns=["doc._.sanderling_timexes"])
def make_timex(nlp: Language, name: str):
    """nlp.add_pipe("sanderling_timex"); also found through the spacy_factories entry point."""
    return timex_component
