"""Property-based tests: the tagger never fails and its output is always well formed."""

from __future__ import annotations

import calendar
import re
from datetime import date, datetime

from hypothesis import example, given, settings
from hypothesis import strategies as st

from timeline_app.core.timex import tag_times

WORDS = [
    "on",
    "in",
    "last",
    "next",
    "this",
    "Friday",
    "May",
    "March",
    "Oct.",
    "21",
    "2021",
    "2,022",
    "$2022",
    "the",
    "1990s",
    "mid-",
    "early",
    "late",
    "year",
    "years",
    "ago",
    "earlier",
    "a",
    "two",
    "months",
    "week",
    "quarter",
    "third",
    "fiscal",
    "9999",
    "0000",
    "1066",
    "p.m.",
    "8",
    "noon",
    "Sunday",
    "night",
    "every",
    "now",
    "recently",
    "Feb.",
    "30",
    "31",
    "29",
    "/",
    "-",
    ",",
    ".",
    "'",
    "s",
    "Q3",
    "1Q",
    "summer",
    "of",
    "will",
    "said",
    "2/30/2021",
]
DCTS = st.one_of(st.none(), st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)))
TEXTS = st.one_of(st.text(max_size=200), st.lists(st.sampled_from(WORDS), max_size=40).map(" ".join))
VALUE_DATE = re.compile(r"^(\d{4})-(\d\d)-(\d\d)")


@settings(max_examples=300, deadline=None)
@given(TEXTS, DCTS)
def test_any_text_is_tagged_without_error_and_well_formed(text: str, dct: date | None) -> None:
    tags = tag_times(text, dct)
    previous_end = 0
    for tag in tags:
        assert 0 <= tag.start < tag.end <= len(text)
        assert tag.start >= previous_end, "spans overlap or are out of order"
        previous_end = tag.end
        assert text[tag.start : tag.end] == tag.text
        assert tag.type in ("DATE", "TIME", "DURATION", "SET")
        match = VALUE_DATE.match(tag.value)
        if match:
            year, month, day = (int(g) for g in match.groups())
            assert 1 <= month <= 12 and 1 <= day <= calendar.monthrange(max(year, 1), month)[1]
        if tag.span is not None and tag.span.earliest is not None and tag.span.latest is not None:
            first, last = tag.span.earliest, tag.span.latest
            first_day = first.date() if isinstance(first, datetime) else first
            last_day = last.date() if isinstance(last, datetime) else last
            assert first_day <= last_day


@settings(max_examples=100, deadline=None)
@given(st.integers(min_value=-5, max_value=12000), st.integers(min_value=0, max_value=40), DCTS)
def test_far_years_and_impossible_days_are_handled(year: int, day: int, dct: date | None) -> None:
    text = f"It happened on Feb. {day}, {year}, and in {year}, {year} years ago, in the {year}s."
    for tag in tag_times(text, dct):
        match = VALUE_DATE.match(tag.value)
        if match:
            y, m, d = (int(g) for g in match.groups())
            assert date(y, m, d)  # a real calendar day


def test_thirtieth_of_february_is_not_a_date() -> None:
    tags = tag_times("It was due Feb. 30, 2021, or 2/30/2021.", date(2021, 3, 1))
    assert tags and all("-02-30" not in t.value for t in tags)


def test_dct_at_the_ends_of_the_calendar() -> None:
    text = "Last year, next year, yesterday, tomorrow, next week, a year ago and the coming decade."
    for dct in (date(1, 1, 1), date(9999, 12, 31)):
        for tag in tag_times(text, dct):
            assert tag.value


def _sample_texts() -> list[str]:
    from tests.conftest import REPO, SEED

    paths = sorted((REPO / "resources" / "samples").glob("*.txt")) + ([SEED] if SEED.exists() else [])
    return [p.read_text(encoding="utf-8") for p in paths]


def test_trigger_windows_lose_nothing_on_real_articles() -> None:
    from timeline_app.core.tagger import find_expressions

    for text in _sample_texts():
        for dct in (date(2024, 7, 13), None):
            assert find_expressions(text, dct) == find_expressions(text, dct, full_scan=True)


@settings(max_examples=150, deadline=None)
@given(TEXTS, DCTS)
@example("BIWEEKLY", None)  # once missed: a set word whose trigger was only part of a longer word
def test_trigger_windows_lose_nothing_on_any_text(text: str, dct: date | None) -> None:
    from timeline_app.core.tagger import find_expressions

    assert find_expressions(text, dct) == find_expressions(text, dct, full_scan=True)


def test_every_rule_pattern_compiles() -> None:
    """Rule patterns compile lazily (when a text first has their trigger); each must compile."""
    from timeline_app.core.tagger.grammar import RULES

    for rule in RULES:
        assert rule.pattern.pattern == rule.source, rule.name
