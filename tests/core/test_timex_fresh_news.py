"""Table-driven tests of classes found wrong on fresh news (the development half of our Wikinews
annotation): British "financial" years and quarters, the end of the current quarter, "the day
after" another event, "the day after tomorrow", "decades-long", "just days after". All sentences are ours.
Rows: text, DCT, expected (text, type, value, mod)."""

from __future__ import annotations

from datetime import date

import pytest

from timeline_app.core.timex import tag_times

WED = date(2010, 6, 16)  # a Wednesday

Rows = list[tuple[str, date, list[tuple[str, str, str, str]]]]


def found(text: str, dct: date) -> list[tuple[str, str, str, str]]:
    return [(t.text, t.type, t.value, t.mod) for t in tag_times(text, dct)]


FINANCIAL: Rows = [
    # "financial" is the British "fiscal"
    (
        "Profit fell in the first quarter of the financial year.",
        WED,
        [("the first quarter of the financial year", "DATE", "2010-Q1", "")],
    ),
    ("The lender expects a loss this financial year.", WED, [("this financial year", "DATE", "2010", "")]),
    ("Results for financial year 2012 are due.", WED, [("financial year 2012", "DATE", "2012", "")]),
    ("Sales slowed in the third financial quarter.", WED, [("the third financial quarter", "DATE", "2010-Q3", "")]),
    (
        "Orders will pass a million by the end of the current financial quarter.",
        WED,
        [("the end of the current financial quarter", "DATE", "2010-Q2", "END")],
    ),
    (
        "Costs will peak at the end of the current quarter.",
        WED,
        [("the end of the current quarter", "DATE", "2010-Q2", "END")],
    ),
    # "financial" before other nouns is no time
    ("Financial markets fell this year.", WED, [("this year", "DATE", "2010", "")]),
]


@pytest.mark.parametrize(("text", "dct", "expected"), FINANCIAL)
def test_financial_years_and_quarters(text: str, dct: date, expected: list[tuple[str, str, str, str]]) -> None:
    assert found(text, dct) == expected


DAY_AFTER: Rows = [
    # a day before or after another event is a signal and that event: no date of its own
    ("Episodes can be bought the day after airing.", WED, []),
    ("He resigned the day after he lost.", WED, []),
    ("She spoke the day before the vote.", WED, []),
    # two days from now
    ("The ballot is the day after tomorrow.", WED, [("the day after tomorrow", "DATE", "2010-06-18", "")]),
    ("The ship sank the day before yesterday.", WED, [("the day before yesterday", "DATE", "2010-06-14", "")]),
]


@pytest.mark.parametrize(("text", "dct", "expected"), DAY_AFTER)
def test_the_day_after(text: str, dct: date, expected: list[tuple[str, str, str, str]]) -> None:
    assert found(text, dct) == expected


LONG: Rows = [
    ("The firms settled their decades-long feud.", WED, [("decades-long", "DURATION", "PXE", "")]),
    ("A years-long inquiry ended.", WED, [("years-long", "DURATION", "PXY", "")]),
    ("The months-long strike is over.", WED, [("months-long", "DURATION", "PXM", "")]),
    ("It was a weeklong visit.", WED, [("weeklong", "DURATION", "P1W", "")]),
]


@pytest.mark.parametrize(("text", "dct", "expected"), LONG)
def test_units_long(text: str, dct: date, expected: list[tuple[str, str, str, str]]) -> None:
    assert found(text, dct) == expected


BARE_UNITS: Rows = [
    # a bare plural unit after "just", "only", "took", "lasted", "spent" is a vague duration, as after "for"
    ("The recall came just days after the report.", WED, [("days", "DURATION", "PXD", "")]),
    ("The merger closed only months after the bid.", WED, [("months", "DURATION", "PXM", "")]),
    ("The repairs took weeks.", WED, [("weeks", "DURATION", "PXW", "")]),
    ("The siege lasted months.", WED, [("months", "DURATION", "PXM", "")]),
    ("He spent years abroad.", WED, [("years", "DURATION", "PXY", "")]),
    # "years of work" is a count of work, not a time
    ("It took years of work.", WED, []),
]


@pytest.mark.parametrize(("text", "dct", "expected"), BARE_UNITS)
def test_bare_units_after_just_and_took(text: str, dct: date, expected: list[tuple[str, str, str, str]]) -> None:
    assert found(text, dct) == expected
