"""Table-driven tests of the temporal tagger, one table per class of expression.

Each row: text, the DCT it assumes, and the expressions expected as (text, type, value[, mod]).
"""

from __future__ import annotations

from datetime import date

import pytest

from timeline_app.core.timespan import Precision
from timeline_app.core.timex import tag_times

DCT = date(2024, 7, 13)  # a Saturday
WSJ = date(1989, 11, 2)  # a Thursday, in the fourth quarter


Rows = list[tuple[str, list[tuple[str, ...]]]]


def found(text: str, dct: date | None = DCT) -> list[tuple[str, ...]]:
    out = []
    for t in tag_times(text, dct):
        row = (t.text, t.type, t.value) + ((t.mod,) if t.mod else ())
        out.append(row)
    return out


ABSOLUTE: Rows = [
    ("The shooting happened on Oct. 21, 2021.", [("Oct. 21, 2021", "DATE", "2021-10-21")]),
    ("It opened 21 October 2021 in Santa Fe.", [("21 October 2021", "DATE", "2021-10-21")]),
    ("Filed 10/21/2021.", [("10/21/2021", "DATE", "2021-10-21")]),
    ("Logged 2021-10-21 by the clerk.", [("2021-10-21", "DATE", "2021-10-21")]),
    ("Filming began in October 2021.", [("October 2021", "DATE", "2021-10")]),
    ("It was settled in 2022.", [("2022", "DATE", "2022")]),
    ("Prices rose in the 1990s.", [("the 1990s", "DATE", "199")]),
    ("Sales peaked in mid-2012.", [("mid-2012", "DATE", "2012", "MID")]),
    ("Profit fell in fiscal 1998.", [("fiscal 1998", "DATE", "1998")]),
    ("Revenue in Q3 2024 grew.", [("Q3 2024", "DATE", "2024-Q3")]),
    ("They met in spring 2020.", [("spring 2020", "DATE", "2020-SP")]),
    ("Friday, March 1, 2024 was cold.", [("Friday, March 1, 2024", "DATE", "2024-03-01")]),
    ("He was arrested on Christmas Eve, police said.", [("Christmas Eve", "DATE", "2023-12-24")]),
    ("The store will open by Labor Day.", [("Labor Day", "DATE", "2024-09-02")]),
    ("Easter 2023 was cold.", [("Easter 2023", "DATE", "2023-04-09")]),
    ("The Christmas tree fell.", []),
    ("the summer of 2019 was hot", [("the summer of 2019", "DATE", "2019-SU")]),
    ("in the 20th century", [("the 20th century", "DATE", "19")]),
    ("the year nineteen ninety-six", [("the year nineteen ninety-six", "DATE", "1996")]),
]

NOT_DATES: Rows = [
    ("She may resign soon.", [("soon", "DATE", "FUTURE_REF")]),
    ("Protesters march on the capitol.", []),
    ("Police were present at this march in each city.", []),
    ("Will Smith attended.", []),
    ("The storm killed 2,022 people.", []),
    ("It cost $2022 to fix.", []),
    ("Some 2000 people marched.", []),
    ("Stocks fall in the morning session? No: they fall.", []),
    ("May the best team win.", []),
    ("Interest rates may be cut.", []),
    ("March Madness begins and April Smith sings.", []),
    ("The May Department Stores Co. said.", []),
    ("The jet carried 2024 passengers under Section 2021 of the code.", []),
    ("The ranch covers 1990 acres.", []),
]

DATES_AS_MODIFIERS: Rows = [
    ("Friday's hearing was brief.", [("Friday", "DATE", "2024-07-12")]),
    ("the 2022 settlement was sealed", [("2022", "DATE", "2022")]),
    ("after the 2013 election", [("2013", "DATE", "2013")]),
]

RELATIVE_PAST: Rows = [
    ("He testified Friday.", [("Friday", "DATE", "2024-07-12")]),
    ("The jury met on Monday.", [("Monday", "DATE", "2024-07-08")]),
    ("It rained last week.", [("last week", "DATE", "2024-W27")]),
    ("He left yesterday.", [("yesterday", "DATE", "2024-07-12")]),
    ("It happened earlier this year.", [("earlier this year", "DATE", "2024", "START")]),
    ("She moved two years ago.", [("two years ago", "DATE", "2022")]),
    ("It was built three months ago.", [("three months ago", "DATE", "2024-04")]),
    ("The case was dismissed last month.", [("last month", "DATE", "2024-06")]),
    ("Sales rose last year.", [("last year", "DATE", "2023")]),
    ("He recently resigned.", [("recently", "DATE", "PAST_REF")]),
    ("In the past, prices were lower.", [("the past", "DATE", "PAST_REF")]),
    ("It was announced in March.", [("March", "DATE", "2024-03")]),
    ("In May Congress passed it.", [("May", "DATE", "2024-05")]),
    ("She arrived in late July.", [("late July", "DATE", "2024-07", "END")]),
    ("The vote was Sept. 30.", [("Sept. 30", "DATE", "2023-09-30")]),
    ("The vote is set for Sept. 30.", [("Sept. 30", "DATE", "2024-09-30")]),
    ("Trading on July 2 was light.", [("July 2", "DATE", "2024-07-02")]),
]

RELATIVE_FUTURE: Rows = [
    ("The trial will resume Friday.", [("Friday", "DATE", "2024-07-19")]),
    ("The board meets next month.", [("next month", "DATE", "2024-08")]),
    ("Results come next year.", [("next year", "DATE", "2025")]),
    ("Hearings are expected in the coming weeks.", [("the coming weeks", "DATE", "FUTURE_REF")]),
    ("He will travel tomorrow.", [("tomorrow", "DATE", "2024-07-14")]),
    ("A decision is expected this summer.", [("this summer", "DATE", "2024-SU")]),
    ("The company will report in December.", [("December", "DATE", "2024-12")]),
]

PRESENT: Rows = [
    ("Prices are now higher.", [("now", "DATE", "PRESENT_REF")]),
    ("He is currently in custody.", [("currently", "DATE", "PRESENT_REF")]),
    ("The market opened today.", [("today", "DATE", "2024-07-13")]),
    ("Stocks rose this week.", [("this week", "DATE", "2024-W28")]),
]

DURATIONS: Rows = [
    ("He faces 18 months in prison.", [("18 months", "DURATION", "P18M")]),
    ("It took a decade.", [("a decade", "DURATION", "P10Y")]),
    ("It lasted several days.", [("several days", "DURATION", "PXD")]),
    ("It has been more than a decade.", [("more than a decade", "DURATION", "P10Y", "MORE_THAN")]),
    ("It took about two weeks.", [("about two weeks", "DURATION", "P2W", "APPROX")]),
    ("a five-year plan", [("five-year", "DURATION", "P5Y")]),
    ("in the past three months", [("the past three months", "DURATION", "P3M")]),
    (
        "the first nine months of the year",
        [("the first nine months", "DURATION", "P9M"), ("the year", "DATE", "2024")],
    ),
    ("a 30-minute talk", [("30-minute", "DURATION", "PT30M")]),
    ("for 24 hours", [("24 hours", "DURATION", "PT24H")]),
]

SETS: Rows = [
    ("They meet every week.", [("every week", "SET", "P1W")]),
    ("They meet each summer.", [("each summer", "SET", "XXXX-SU")]),
    ("The report is published annually.", [("annually", "SET", "P1Y")]),
    ("He visits each July.", [("each July", "SET", "XXXX-07")]),
    ("She runs every Monday.", [("every Monday", "SET", "XXXX-WXX-1")]),
    ("It costs $5 a year.", [("a year", "SET", "P1Y")]),
    ("They meet twice a week.", [("twice a week", "SET", "P1W")]),  # TimeML: the count belongs to the set
]

TIMES: Rows = [
    ("The fire started at 8 p.m. Friday.", [("8 p.m. Friday", "TIME", "2024-07-12T20:00")]),
    ("They met at noon.", [("noon", "TIME", "2024-07-13T12:00")]),
    ("He called Thursday night.", [("Thursday night", "TIME", "2024-07-11TNI")]),
    ("It ended at midnight.", [("midnight", "TIME", "2024-07-13T24")]),
    ("He spoke this morning.", [("this morning", "TIME", "2024-07-13TMO")]),
    ("at 10:30 a.m. EDT", [("10:30 a.m. EDT", "TIME", "2024-07-13T10:30")]),
    (
        "He left at 9:30 p.m. On Friday he returned.",
        [("9:30 p.m.", "TIME", "2024-07-13T21:30"), ("Friday", "DATE", "2024-07-12")],
    ),
    ("Overnight rates rose.", []),
    ("Stocks fell overnight, traders said.", [("overnight", "TIME", "2024-07-12TNI")]),
]

MODIFIERS: Rows = [
    ("Shares fell in early August.", [("early August", "DATE", "2023-08", "START")]),
    ("The trial will resume in mid-September.", [("mid-September", "DATE", "2024-09", "MID")]),
    ("The talks resume in mid-September.", [("mid-September", "DATE", "2024-09", "MID")]),
    ("by the end of 2025", [("the end of 2025", "DATE", "2025", "END")]),
]

QUARTERS: Rows = [
    ("Profit rose in the third quarter.", [("the third quarter", "DATE", "1989-Q3")]),
    ("third-quarter net income", [("third-quarter", "DATE", "1989-Q3")]),
    (
        "Net rose in the quarter, up from a year earlier.",
        [("the quarter", "DATE", "1989-Q3"), ("a year earlier", "DATE", "1988-Q3")],
    ),
    (
        "The fourth-quarter results will be out soon.",
        [("fourth-quarter", "DATE", "1989-Q4"), ("soon", "DATE", "FUTURE_REF")],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    ABSOLUTE
    + NOT_DATES
    + DATES_AS_MODIFIERS
    + RELATIVE_PAST
    + RELATIVE_FUTURE
    + PRESENT
    + DURATIONS
    + SETS
    + TIMES
    + MODIFIERS,
)
def test_expressions_against_dct_2024_07_13(text: str, expected: list[tuple[str, ...]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), QUARTERS)
def test_quarters_against_dct_1989_11_02(text: str, expected: list[tuple[str, ...]]) -> None:
    assert found(text, WSJ) == expected


def test_the_next_day_leans_on_the_day_before_it() -> None:
    text = "He left on July 4; the next day he returned."
    assert found(text) == [("July 4", "DATE", "2024-07-04"), ("the next day", "DATE", "2024-07-05")]


def test_a_year_earlier_leans_on_the_date_before_it() -> None:
    text = "The plant opened in 2015. A year earlier, the site was a farm."
    assert found(text) == [("2015", "DATE", "2015"), ("A year earlier", "DATE", "2014")]


def test_without_dct_relative_values_keep_placeholders() -> None:
    tags = tag_times("He left yesterday and returns next month; the deal closed on Oct. 21, 2021.", None)
    values = {t.text: t for t in tags}
    assert values["yesterday"].value == "XXXX-XX-XX"
    assert values["next month"].value == "XXXX-XX"
    assert values["yesterday"].span is not None and values["yesterday"].span.is_unknown
    assert values["Oct. 21, 2021"].value == "2021-10-21"
    assert values["Oct. 21, 2021"].span is not None and values["Oct. 21, 2021"].span.earliest == date(2021, 10, 21)


def test_spans_are_honest() -> None:
    tags = {t.text: t for t in tag_times("In 2022 they settled; last Friday it ended; in March 2023 it began.", DCT)}
    year = tags["2022"].span
    assert year is not None and (year.earliest, year.latest, year.precision) == (
        date(2022, 1, 1),
        date(2022, 12, 31),
        Precision.YEAR,
    )
    friday = tags["last Friday"].span
    assert friday is not None and friday.earliest == friday.latest == date(2024, 7, 12)
    month = tags["March 2023"].span
    assert month is not None and (month.earliest, month.latest) == (date(2023, 3, 1), date(2023, 3, 31))


def test_future_spans_are_expected_and_past_refs_are_open() -> None:
    tags = {t.text: t for t in tag_times("He recently said the verdict comes next month.", DCT)}
    future = tags["next month"].span
    assert future is not None and future.expected and future.earliest == date(2024, 8, 1)
    past = tags["recently"].span
    assert past is not None and past.earliest is None and past.latest == DCT


def test_earlier_this_year_runs_from_new_year_to_the_dct() -> None:
    (tag,) = tag_times("It happened earlier this year.", DCT)
    assert tag.span is not None
    assert (tag.span.earliest, tag.span.latest, tag.span.label) == (date(2024, 1, 1), DCT, "early 2024")


def test_early_year_narrows_the_span() -> None:
    (tag,) = tag_times("Sales rose in early 2023.", DCT)
    assert tag.span is not None and tag.span.earliest == date(2023, 1, 1)
    assert tag.span.latest is not None and tag.span.latest < date(2023, 6, 1)
    assert tag.span.label == "early 2023"


def test_coming_weeks_is_an_expected_range_after_the_dct() -> None:
    (tag,) = tag_times("Developments are expected in the coming weeks.", DCT)
    assert tag.value == "FUTURE_REF" and tag.span is not None
    assert tag.span.earliest == DCT and tag.span.latest == date(2024, 8, 31)
    assert tag.span.expected and tag.span.label == "coming weeks (expected)"


def test_durations_and_sets_have_no_span() -> None:
    for tag in tag_times("It took 18 months and happens every week.", DCT):
        assert tag.type in ("DURATION", "SET") and tag.span is None
