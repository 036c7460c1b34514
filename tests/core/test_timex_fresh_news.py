"""Table-driven tests of classes found wrong on fresh news (the development half of our Wikinews
annotation): British "financial" years and quarters, the end of the current quarter, "the day
after" another event, "the day after tomorrow", "decades-long", "just days after"; then, from the
first two fresh samples of news (studied only after each had been measured once): "until" after a
past verb, "aiming to", "2½ years", "the past year and a half", "fiscal Q2", "this coming weekend";
and from the third: "won’t" with a curly apostrophe, "due to take place", the day of a clock time or
part of a day named a paragraph before, "from a year ago" after a month. All sentences are ours.
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


THU = date(2024, 3, 21)  # a Thursday

UNTIL_AND_AIMS: Rows = [
    # "until" takes its verb's tense ...
    (
        "Searchers looked until around 3 a.m. on Wednesday when the hiker was found.",
        THU,
        [("around 3 a.m. on Wednesday", "TIME", "2024-03-20T03:00", "APPROX")],
    ),
    ("They searched until Wednesday.", THU, [("Wednesday", "DATE", "2024-03-20", "")]),
    ("They will stay until Friday.", THU, [("Friday", "DATE", "2024-03-22", "")]),
    # ... but a deadline or a delay looks ahead
    ("The board extended its deadline until Friday.", THU, [("Friday", "DATE", "2024-03-22", "")]),
    ("The court adjourned the case until Monday.", THU, [("Monday", "DATE", "2024-03-25", "")]),
    ("Ministers gave the firm until mid-April to reply.", THU, [("mid-April", "DATE", "2024-04", "MID")]),
    # an aim points ahead
    ("By Tuesday morning we are aiming to resume flights.", THU, [("Tuesday morning", "TIME", "2024-03-26TMO", "")]),
]


@pytest.mark.parametrize(("text", "dct", "expected"), UNTIL_AND_AIMS)
def test_until_and_aims(text: str, dct: date, expected: list[tuple[str, str, str, str]]) -> None:
    assert found(text, dct) == expected


HALVES_QUARTERS_WEEKENDS: Rows = [
    ("He signed a 2½-year contract.", THU, [("2½-year", "DURATION", "P2Y6M", "")]),
    ("The talks took 1½ hours.", THU, [("1½ hours", "DURATION", "PT1H30M", "")]),
    ("Prices rose over the past year and a half.", THU, [("the past year and a half", "DURATION", "P1Y6M", "")]),
    ("Revenue for fiscal Q2 2020 fell.", THU, [("fiscal Q2 2020", "DATE", "2020-Q2", "")]),
    # said on a weekday, "this coming weekend" is the one two or three days ahead; "next weekend" the one after
    ("Heat will peak this coming weekend.", THU, [("this coming weekend", "DATE", "2024-W12-WE", "")]),
    ("They meet next weekend.", THU, [("next weekend", "DATE", "2024-W13-WE", "")]),
]


@pytest.mark.parametrize(("text", "dct", "expected"), HALVES_QUARTERS_WEEKENDS)
def test_halves_fiscal_quarters_and_weekends(text: str, dct: date, expected: list[tuple[str, str, str, str]]) -> None:
    assert found(text, dct) == expected


MON = date(2020, 12, 14)  # a Monday

STORY_DAYS_AND_CUES: Rows = [
    # web text writes apostrophes curly
    ("There won’t be enough doses until spring.", MON, [("spring", "DATE", "2021-SP", "")]),
    ("The fair, due to take place on Saturday, was called off.", MON, [("Saturday", "DATE", "2020-12-19", "")]),
    # "due to" as "because of" is no plan
    ("Flights were delayed due to fog on Saturday.", MON, [("Saturday", "DATE", "2020-12-12", "")]),
    # a clock time or part of a day is on the day the story named, even a paragraph before
    (
        "Crews rescued four people late Saturday.\n\nThe captain called for help at about 6:20 p.m.",
        MON,
        [("late Saturday", "DATE", "2020-12-12", "END"), ("about 6:20 p.m.", "TIME", "2020-12-12T18:20", "APPROX")],
    ),
    (
        "Shoppers crowded the mall on Saturday.\n\nSome 100 protesters gathered in the early afternoon.",
        MON,
        [("Saturday", "DATE", "2020-12-12", ""), ("the early afternoon", "TIME", "2020-12-12TAF", "START")],
    ),
    # a year before a month named in the same sentence is that month a year back; alone, last year
    (
        "Sales in September rose 3% from a year ago.",
        MON,
        [("September", "DATE", "2020-09", ""), ("a year ago", "DATE", "2019-09", "")],
    ),
    ("Sales rose 3% from a year ago.", MON, [("a year ago", "DATE", "2019", "")]),
]


@pytest.mark.parametrize(("text", "dct", "expected"), STORY_DAYS_AND_CUES)
def test_story_days_and_cues(text: str, dct: date, expected: list[tuple[str, str, str, str]]) -> None:
    assert found(text, dct) == expected
