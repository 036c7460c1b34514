"""Time spans: the labels of DESIGN.md's "Time, honestly" table and span arithmetic."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest

from timeline_app.core.timespan import Precision, TimeSpan, parse_iso

PUBLISHED = date(2024, 7, 13)


@pytest.mark.parametrize(
    ("span", "earliest", "latest", "precision", "label"),
    [
        (TimeSpan.on_day(date(2021, 10, 21)), "2021-10-21", "2021-10-21", "day", "21 Oct 2021"),
        (TimeSpan.in_year(2022), "2022-01-01", "2022-12-31", "year", "2022"),
        (TimeSpan.on_day(date(2024, 7, 12)), "2024-07-12", "2024-07-12", "day", "12 Jul 2024"),
        (
            TimeSpan.between(date(2024, 1, 1), PUBLISHED, hint="early 2024"),
            "2024-01-01",
            "2024-07-13",
            "range",
            "early 2024",
        ),
        (TimeSpan.until(PUBLISHED, strictly_before=True), None, "2024-07-13", "open", "before 13 Jul 2024"),
        (TimeSpan.until(PUBLISHED), None, "2024-07-13", "open", "by 13 Jul 2024"),
        (
            replace(TimeSpan.between(PUBLISHED, date(2024, 8, 31), hint="coming weeks"), expected=True),
            "2024-07-13",
            "2024-08-31",
            "range",
            "coming weeks (expected)",
        ),
    ],
)
def test_design_table(span: TimeSpan, earliest: str | None, latest: str | None, precision: str, label: str) -> None:
    data = span.to_dict()
    assert (data["earliest"], data["latest"], data["precision"], data["label"]) == (
        earliest,
        latest,
        precision,
        label,
    )


@pytest.mark.parametrize(
    ("span", "label"),
    [
        (TimeSpan.in_month(2021, 10), "Oct 2021"),
        (TimeSpan.in_quarter(2024, 3), "Q3 2024"),
        (TimeSpan.in_decade(1994), "1990s"),
        (TimeSpan(date(2020, 6, 1), date(2020, 8, 31), Precision.SEASON, "2020-SU"), "summer 2020"),
        (TimeSpan(date(1901, 1, 1), date(2000, 12, 31), Precision.CENTURY, "19"), "20th century"),
        (TimeSpan.since(date(2024, 7, 13)), "since 13 Jul 2024"),
        (TimeSpan.unknown(), "date unknown"),
        (TimeSpan.at_time(datetime(2024, 7, 12, 20, 0)), "12 Jul 2024 20:00"),
        (TimeSpan.between(date(2024, 7, 1), date(2024, 7, 13)), "1–13 Jul 2024"),
        (TimeSpan.between(date(2023, 12, 30), date(2024, 1, 2)), "30 Dec 2023 – 2 Jan 2024"),
    ],
)
def test_labels(span: TimeSpan, label: str) -> None:
    assert span.label == label


def test_month_and_leap_year_bounds() -> None:
    assert TimeSpan.in_month(2024, 2).latest == date(2024, 2, 29)
    assert TimeSpan.in_month(2023, 2).latest == date(2023, 2, 28)
    assert TimeSpan.in_quarter(2024, 4).earliest == date(2024, 10, 1)
    assert TimeSpan.in_decade(1994).value == "199"


def test_earliest_after_latest_is_refused() -> None:
    with pytest.raises(ValueError):
        TimeSpan(date(2024, 1, 2), date(2024, 1, 1), Precision.RANGE)


def test_a_time_on_the_last_day_is_inside_a_span_ending_that_day() -> None:
    """A plain latest date runs to the end of its day: 06:00 that day is not after it."""
    morning = datetime(1999, 4, 19, 6, 0)
    span = TimeSpan(morning, date(1999, 4, 19), Precision.RANGE)
    assert span.earliest == morning
    until = TimeSpan.until(date(1999, 4, 19))
    at_six = TimeSpan(morning, morning, Precision.HOUR)
    assert until.contains(at_six)
    assert until.intersection(at_six) == at_six
    assert TimeSpan.until(date(1999, 4, 18)).intersection(at_six) is None
    with pytest.raises(ValueError):
        TimeSpan(morning, date(1999, 4, 18), Precision.RANGE)


def test_intersection_narrows_to_the_most_precise_span() -> None:
    year = TimeSpan.in_year(2022)
    day = TimeSpan.on_day(date(2022, 10, 5))
    assert year.intersection(day) == day
    assert day.intersection(year) == day
    assert TimeSpan.until(PUBLISHED).intersection(year) == year


def test_intersection_of_disagreeing_spans_is_none() -> None:
    assert TimeSpan.in_year(2022).intersection(TimeSpan.in_year(2023)) is None
    assert not TimeSpan.in_year(2022).overlaps(TimeSpan.on_day(date(2024, 1, 1)))


def test_intersection_of_open_and_range_makes_a_new_range() -> None:
    merged = TimeSpan.until(date(2022, 6, 30)).intersection(TimeSpan.in_year(2022))
    assert merged is not None
    assert (merged.earliest, merged.latest, merged.precision) == (date(2022, 1, 1), date(2022, 6, 30), Precision.RANGE)


def test_contains() -> None:
    assert TimeSpan.in_year(2022).contains(TimeSpan.on_day(date(2022, 3, 1)))
    assert not TimeSpan.on_day(date(2022, 3, 1)).contains(TimeSpan.in_year(2022))
    assert not TimeSpan.in_year(2022).contains(TimeSpan.until(date(2022, 3, 1)))
    assert TimeSpan.until(PUBLISHED).contains(TimeSpan.in_year(2022))


def test_seconds_cover_whole_days() -> None:
    day = TimeSpan.on_day(date(1970, 1, 2))
    assert day.start_seconds() == 86_400
    assert day.end_seconds() == 2 * 86_400
    assert TimeSpan.until(date(1970, 1, 1)).start_seconds() is None
    hour = TimeSpan.at_time(datetime(1970, 1, 1, 1, 0), Precision.HOUR)
    assert (hour.start_seconds(), hour.end_seconds()) == (3600, 7200)


def test_dict_round_trip() -> None:
    for span in (
        TimeSpan.in_year(2022),
        TimeSpan.until(PUBLISHED),
        TimeSpan.at_time(datetime(2024, 7, 12, 20, 30)),
        TimeSpan.between(PUBLISHED, date(2024, 8, 31), hint="coming weeks"),
    ):
        assert TimeSpan.from_dict(span.to_dict()) == span
    assert parse_iso("2024-07-12T20:30") == datetime(2024, 7, 12, 20, 30)
    assert parse_iso(None) is None
