"""Honest time spans: what a text supports about when something happened.

A ``TimeSpan`` never pretends to more precision than the text gives. Both bounds are
inclusive calendar days (``datetime.date``), or ``datetime.datetime`` values for clock
precision (hour, minute); either bound may be open (``None``).
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, datetime, timezone
from enum import Enum

_EPOCH = datetime(1970, 1, 1)
DAY_SECONDS = 86_400

MONTH_ABBR = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
SEASON_NAMES = {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}


class Precision(str, Enum):
    """How finely a span is known. Ordered from finest to coarsest (``UNKNOWN`` last)."""

    MINUTE = "minute"
    HOUR = "hour"
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    SEASON = "season"
    QUARTER = "quarter"
    HALF = "half"
    YEAR = "year"
    DECADE = "decade"
    CENTURY = "century"
    RANGE = "range"
    OPEN = "open"
    UNKNOWN = "unknown"

    @property
    def rank(self) -> int:
        return _RANKS[self]


_RANKS = {precision: index for index, precision in enumerate(Precision)}


@dataclass(frozen=True)
class TimeSpan:
    """When something happened, as honestly as the source allows.

    ``value`` and ``mod`` follow TimeML TIMEX3 (``2024-07-12``, ``2022``, ``PAST_REF``;
    ``BEFORE``, ``START``...). ``hint`` overrides the generated label for spans whose
    natural name is not a calendar unit ("early 2024", "coming weeks"). ``expected``
    marks a span in the future of its source (a plan, a forecast).
    """

    earliest: date | None
    latest: date | None
    precision: Precision
    value: str = ""
    mod: str = ""
    hint: str = ""
    expected: bool = False

    def __post_init__(self) -> None:
        if self.earliest is not None and self.latest is not None and _starts_after_end(self.earliest, self.latest):
            raise ValueError(f"earliest {self.earliest} is after latest {self.latest}")

    # -- constructors -------------------------------------------------------------------

    @classmethod
    def unknown(cls) -> TimeSpan:
        return cls(None, None, Precision.UNKNOWN)

    @classmethod
    def on_day(cls, day: date) -> TimeSpan:
        day = as_day(day)
        return cls(day, day, Precision.DAY, day.isoformat())

    @classmethod
    def at_time(cls, moment: datetime, precision: Precision = Precision.MINUTE) -> TimeSpan:
        value = moment.strftime("%Y-%m-%dT%H:%M" if precision is Precision.MINUTE else "%Y-%m-%dT%H")
        return cls(moment, moment, precision, value)

    @classmethod
    def in_month(cls, year: int, month: int) -> TimeSpan:
        last = calendar.monthrange(year, month)[1]
        return cls(date(year, month, 1), date(year, month, last), Precision.MONTH, f"{year:04d}-{month:02d}")

    @classmethod
    def in_year(cls, year: int) -> TimeSpan:
        return cls(date(year, 1, 1), date(year, 12, 31), Precision.YEAR, f"{year:04d}")

    @classmethod
    def in_decade(cls, first_year: int) -> TimeSpan:
        start = first_year - first_year % 10
        return cls(date(start, 1, 1), date(start + 9, 12, 31), Precision.DECADE, f"{start // 10:03d}")

    @classmethod
    def in_quarter(cls, year: int, quarter: int) -> TimeSpan:
        first_month = 3 * (quarter - 1) + 1
        last_month = first_month + 2
        last = date(year, last_month, calendar.monthrange(year, last_month)[1])
        return cls(date(year, first_month, 1), last, Precision.QUARTER, f"{year:04d}-Q{quarter}")

    @classmethod
    def between(cls, earliest: date, latest: date, hint: str = "", value: str = "", mod: str = "") -> TimeSpan:
        return cls(earliest, latest, Precision.RANGE, value, mod, hint)

    @classmethod
    def until(cls, latest: date, *, strictly_before: bool = False, value: str = "") -> TimeSpan:
        """An open start: happened by ``latest`` (or strictly before it)."""
        return cls(None, latest, Precision.OPEN, value or "PAST_REF", "BEFORE" if strictly_before else "ON_OR_BEFORE")

    @classmethod
    def since(cls, earliest: date, *, value: str = "") -> TimeSpan:
        """An open end: happened on or after ``earliest``."""
        return cls(earliest, None, Precision.OPEN, value or "FUTURE_REF", "ON_OR_AFTER")

    # -- properties ----------------------------------------------------------------------

    @property
    def is_open(self) -> bool:
        return self.earliest is None or self.latest is None

    @property
    def is_unknown(self) -> bool:
        return self.earliest is None and self.latest is None

    @property
    def is_point(self) -> bool:
        """True for spans drawn as a single point (one day or finer)."""
        return self.precision.rank <= Precision.DAY.rank and not self.is_open

    @property
    def label(self) -> str:
        text = self.hint or _calendar_label(self)
        if self.expected and "expected" not in text:
            text = f"{text} (expected)"
        return text

    # -- arithmetic ----------------------------------------------------------------------

    def start_seconds(self) -> float | None:
        """Seconds since 1970-01-01 (UTC) of the first instant the span allows."""
        if self.earliest is None:
            return None
        return _seconds(self.earliest)

    def end_seconds(self) -> float | None:
        """Seconds since 1970-01-01 (UTC) just after the last instant the span allows."""
        if self.latest is None:
            return None
        if isinstance(self.latest, datetime):
            step = 60 if self.precision is Precision.MINUTE else 3600
            return _seconds(self.latest) + step
        return _seconds(self.latest) + DAY_SECONDS

    def contains(self, other: TimeSpan) -> bool:
        """True when every instant ``other`` allows is allowed by this span."""
        if other.is_unknown:
            return self.is_unknown
        if self.earliest is not None and (other.earliest is None or _day_key(other.earliest) < _day_key(self.earliest)):
            return False
        if self.latest is not None and (other.latest is None or _ends_after(other.latest, self.latest)):
            return False
        return True

    def overlaps(self, other: TimeSpan) -> bool:
        """True when some instant is allowed by both spans (open bounds allow everything)."""
        return self.intersection(other) is not None

    def intersection(self, other: TimeSpan) -> TimeSpan | None:
        """The narrowest span consistent with both, or ``None`` when they disagree.

        The result keeps the value, precision and label of whichever input is already
        that narrow, so merging "2022" with "5 Oct 2022" gives the day.
        """
        earliest = _later(self.earliest, other.earliest)
        latest = _earlier(self.latest, other.latest)
        if earliest is not None and latest is not None and _starts_after_end(earliest, latest):
            return None
        for candidate in (self, other):
            if _same_bounds(candidate, earliest, latest):
                return candidate
        if earliest is None or latest is None:
            return TimeSpan(earliest, latest, Precision.OPEN, mod="BEFORE" if earliest is None else "ON_OR_AFTER")
        return TimeSpan.between(earliest, latest)

    def to_dict(self) -> dict[str, object]:
        return {
            "earliest": iso_text(self.earliest),
            "latest": iso_text(self.latest),
            "precision": self.precision.value,
            "value": self.value,
            "mod": self.mod,
            "label": self.label,
            "hint": self.hint,
            "expected": self.expected,
        }

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> TimeSpan:
        hint = str(data.get("hint") or "")
        return cls(
            parse_iso(data.get("earliest")),
            parse_iso(data.get("latest")),
            Precision(str(data.get("precision") or "unknown")),
            str(data.get("value") or ""),
            str(data.get("mod") or ""),
            hint,
            bool(data.get("expected")),
        )


# -- helpers -------------------------------------------------------------------------------


def parse_iso(text: object) -> date | None:
    """Parse an ISO date or date-time string as stored; ``None`` for empty values."""
    if text is None or text == "":
        return None
    if isinstance(text, date):
        return text
    value = str(text)
    if "T" in value:
        return datetime.fromisoformat(value)
    return date.fromisoformat(value)


def iso_text(value: date | None) -> str | None:
    """ISO text of a bound as stored and printed: ``2024-07-13`` or ``2024-07-13T20:00``."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%dT%H:%M")
    return value.isoformat()


def as_day(value: date) -> date:
    """The day of a date or datetime (a TIME span's bound)."""
    return value.date() if isinstance(value, datetime) else value


def _day_key(value: date) -> tuple[int, int]:
    """A sort key that compares dates and date-times without a TypeError."""
    if isinstance(value, datetime):
        return (value.toordinal(), value.hour * 60 + value.minute)
    return (value.toordinal(), 0)


def _after_day(a: date, b: date) -> bool:
    """``_day_key(a) > _day_key(b)``, without building keys for two plain dates."""
    if type(a) is date and type(b) is date:
        return a > b
    return _day_key(a) > _day_key(b)


def _end_key(value: date) -> tuple[int, int]:
    """Like ``_day_key`` for a latest bound: a plain date runs to the end of its day."""
    if isinstance(value, datetime):
        return (value.toordinal(), value.hour * 60 + value.minute)
    return (value.toordinal(), 24 * 60)


def _ends_after(a: date, b: date) -> bool:
    """True when latest bound ``a`` is later than latest bound ``b``."""
    if type(a) is date and type(b) is date:
        return a > b
    return _end_key(a) > _end_key(b)


def _starts_after_end(earliest: date, latest: date) -> bool:
    """True when an earliest bound lies after a latest bound: 06:00 on a day is not after that day."""
    if type(earliest) is date and type(latest) is date:
        return earliest > latest
    return _day_key(earliest) > _end_key(latest)


def _later(a: date | None, b: date | None) -> date | None:
    if a is None:
        return b
    if b is None:
        return a
    return b if _after_day(b, a) else a


def _earlier(a: date | None, b: date | None) -> date | None:
    if a is None:
        return b
    if b is None:
        return a
    return b if _ends_after(a, b) else a


def _same_bounds(span: TimeSpan, earliest: date | None, latest: date | None) -> bool:
    def same(x: date | None, y: date | None) -> bool:
        return x is y or (x is not None and y is not None and _day_key(x) == _day_key(y))

    return same(span.earliest, earliest) and same(span.latest, latest)


def _seconds(value: date) -> float:
    if isinstance(value, datetime):
        moment = (
            value.replace(tzinfo=None) if value.tzinfo is None else value.astimezone(timezone.utc).replace(tzinfo=None)
        )
        return (moment - _EPOCH).total_seconds()
    return float((value.toordinal() - _EPOCH.toordinal()) * DAY_SECONDS)


def format_day(value: date) -> str:
    """``21 Oct 2021`` (no leading zero, English month abbreviation, locale independent)."""
    text = f"{value.day} {MONTH_ABBR[value.month - 1]} {value.year}"
    if isinstance(value, datetime):
        text += f" {value.hour:02d}:{value.minute:02d}"
    return text


def _calendar_label(span: TimeSpan) -> str:
    earliest, latest = span.earliest, span.latest
    if earliest is None and latest is None:
        return "date unknown"
    if earliest is None:
        assert latest is not None
        word = "before" if span.mod == "BEFORE" else "by"
        return f"{word} {format_day(latest)}"
    if latest is None:
        word = "after" if span.mod == "AFTER" else "since"
        return f"{word} {format_day(earliest)}"
    precision = span.precision
    if precision in (Precision.DAY, Precision.HOUR, Precision.MINUTE):
        return format_day(earliest)
    if precision is Precision.WEEK:
        return f"week of {format_day(earliest)}"
    if precision is Precision.MONTH:
        return f"{MONTH_ABBR[earliest.month - 1]} {earliest.year}"
    if precision is Precision.SEASON:
        season = SEASON_NAMES.get(span.value[-2:], "season")
        return f"{season} {earliest.year}"
    if precision is Precision.QUARTER:
        return f"Q{(earliest.month - 1) // 3 + 1} {earliest.year}"
    if precision is Precision.HALF:
        return f"H{1 if earliest.month <= 6 else 2} {earliest.year}"
    if precision is Precision.YEAR:
        return str(earliest.year)
    if precision is Precision.DECADE:
        return f"{earliest.year}s"
    if precision is Precision.CENTURY:
        century = earliest.year // 100 + 1
        return f"{_ordinal(century)} century"
    return _range_label(earliest, latest)


def _range_label(earliest: date, latest: date) -> str:
    if earliest == latest:
        return format_day(earliest)
    if earliest.year == latest.year:
        if earliest.month == latest.month:
            return f"{earliest.day}–{format_day(latest)}"
        return f"{earliest.day} {MONTH_ABBR[earliest.month - 1]} – {format_day(latest)}"
    return f"{format_day(earliest)} – {format_day(latest)}"


def _ordinal(number: int) -> str:
    suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"
