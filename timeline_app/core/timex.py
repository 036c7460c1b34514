"""Temporal expressions (TimeML TIMEX3) found in text and normalised against a reference date.

Not built yet: ``tag_times`` finds nothing until the temporal tagger lands.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from timeline_app.core.timespan import TimeSpan


@dataclass(frozen=True)
class Timex:
    """One temporal expression: character span into the text, TIMEX3 type/value/mod, and span."""

    start: int
    end: int
    text: str
    type: str  # DATE, TIME, DURATION or SET
    value: str
    mod: str = ""
    span: TimeSpan | None = None  # for DATE and TIME: what the timeline uses


def tag_times(text: str, dct: date | None) -> list[Timex]:
    """Temporal expressions in ``text``, in order, not overlapping; ``dct`` is the publication date."""
    return []
