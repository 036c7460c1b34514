"""Table-driven tests of the rules that shape what a user sees on the timeline (sentences of our own)."""

from __future__ import annotations

from datetime import date

import pytest

from timeline_app.core.timex import tag_times

# (text, publication date, first day, last day): "earlier this week" is the days just gone.
EARLIER_WEEK = [
    ("The hearing opened earlier in the week.", date(2025, 3, 10), date(2025, 3, 3), date(2025, 3, 9)),  # Monday
    ("The hearing opened earlier this week.", date(2025, 3, 11), date(2025, 3, 4), date(2025, 3, 10)),  # Tuesday
    ("The hearing opened earlier this week.", date(2025, 3, 13), date(2025, 3, 10), date(2025, 3, 12)),  # Thursday
    ("Talks stalled earlier in the week.", date(2025, 3, 16), date(2025, 3, 10), date(2025, 3, 15)),  # Sunday
]


@pytest.mark.parametrize(("text", "dct", "first", "last"), EARLIER_WEEK)
def test_earlier_this_week_spans_the_days_before_publication(text: str, dct: date, first: date, last: date) -> None:
    (timex,) = tag_times(text, dct)
    assert timex.value.startswith(f"{dct.isocalendar()[0]}-W")  # TimeML value stays the DCT's week
    assert timex.span is not None
    assert (timex.span.earliest, timex.span.latest) == (first, last)
