"""Temporal expressions (TimeML TIMEX3) found in text and normalised against a reference date.

The grammar lives in ``timeline_app.core.tagger``; this module is the stable interface.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from timeline_app.core.tagger import find_expressions, time_span
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

    def to_dict(self) -> dict[str, object]:
        """The JSON form ``tag-times`` prints: start, end, text, type, value and mod when set."""
        data: dict[str, object] = {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "type": self.type,
            "value": self.value,
        }
        if self.mod:
            data["mod"] = self.mod
        return data


def tag_times(text: str, dct: date | None) -> list[Timex]:
    """Temporal expressions in ``text``, in order, not overlapping; ``dct`` is the publication date."""
    out: list[Timex] = []
    for item in find_expressions(text, dct):
        span = None
        if item.type in ("DATE", "TIME"):
            span = item.span or time_span(item.value, item.mod, dct)
        out.append(Timex(item.start, item.end, text[item.start : item.end], item.type, item.value, item.mod, span))
    return out
