"""TIMEX3 values: building, shifting and turning them into honest ``TimeSpan``s."""

from __future__ import annotations

import calendar
import re
from datetime import date, datetime, timedelta
from functools import lru_cache

from dateutil.relativedelta import relativedelta

from timeline_app.core.timespan import Precision, TimeSpan

MIN_YEAR = 1
MAX_YEAR = 9999

_DAY = re.compile(r"^(\d{4})-(\d\d)-(\d\d)(?:T(\d\d)(?::(\d\d))?|T(MO|AF|EV|NI|DT))?$")
_MONTH = re.compile(r"^(\d{4})-(\d\d)$")
_YEAR = re.compile(r"^(\d{4})$")
_WEEK = re.compile(r"^(\d{4})-W(\d\d)(-WE)?$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_HALF = re.compile(r"^(\d{4})-H([12])$")
_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")
_DECADE = re.compile(r"^(\d{3})$")
_CENTURY = re.compile(r"^(\d{2})$")

SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}
PART_HOURS = {"MO": (6, 11), "AF": (12, 17), "EV": (18, 21), "NI": (21, 23), "DT": (8, 17)}
MOD_HINTS = {"START": "early", "MID": "mid", "END": "late"}


def day_value(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}-{day.day:02d}"


def week_value(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def quarter_of(day: date) -> int:
    return (day.month - 1) // 3 + 1


def valid_year(year: int) -> bool:
    return MIN_YEAR <= year <= MAX_YEAR


def safe_date(year: int, month: int, day: int) -> date | None:
    """A real calendar date, or ``None`` (no 30 February, no year 0)."""
    if not valid_year(year) or not 1 <= month <= 12:
        return None
    if not 1 <= day <= days_in_month(year, month):
        return None
    return date(year, month, day)


_MONTH_DAYS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def days_in_month(year: int, month: int) -> int:
    """As ``calendar.monthrange(year, month)[1]``, without working out the first weekday."""
    return 29 if month == 2 and calendar.isleap(year) else _MONTH_DAYS[month]


def add(day: date, **delta: int) -> date | None:
    """``day`` moved by a relativedelta, or ``None`` when it leaves the calendar."""
    try:
        if len(delta) == 1 and ("days" in delta or "weeks" in delta):
            return day + timedelta(days=delta.get("days", 0) + 7 * delta.get("weeks", 0))
        if len(delta) == 1 and type(delta.get("months", delta.get("years"))) is int:
            return _add_months(day, delta.get("months", 12 * delta.get("years", 0)))
        moved = day + relativedelta(**delta)  # type: ignore[arg-type]
    except (OverflowError, ValueError):
        return None
    return moved if isinstance(moved, date) else None


def _add_months(day: date, months: int) -> date:
    """``day + relativedelta(months=months)`` (the day clipped to the month's last), without building
    a relativedelta; raises ``ValueError`` where that does (a year outside 1-9999)."""
    year, month = divmod(day.year * 12 + day.month - 1 + months, 12)
    return day.replace(year=year, month=month + 1, day=min(day.day, days_in_month(year, month + 1)))


def shift(value: str, amount: int, unit: str) -> str | None:
    """Move a calendar value by ``amount`` units, keeping its granularity ("1989-Q3" - 1Y = "1988-Q3")."""
    first = value_start(value)
    if first is None:
        return None
    moves = {"Y": {"years": amount}, "M": {"months": amount}, "Q": {"months": 3 * amount}, "W": {"weeks": amount}}
    moves["D"] = {"days": amount}
    moves["DE"] = {"years": 10 * amount}
    if unit not in moves:
        return None
    moved = add(first, **moves[unit])
    if moved is None:
        return None
    return format_like(value, moved)


def format_like(template: str, day: date) -> str | None:
    """``day`` written with the granularity of ``template``."""
    if _DAY.match(template):
        return day_value(day)
    if _MONTH.match(template):
        return f"{day.year:04d}-{day.month:02d}"
    if _YEAR.match(template):
        return f"{day.year:04d}"
    match = _WEEK.match(template)
    if match:
        return week_value(day) + (match.group(3) or "")
    if _QUARTER.match(template):
        return f"{day.year:04d}-Q{quarter_of(day)}"
    if _HALF.match(template):
        return f"{day.year:04d}-H{1 if day.month <= 6 else 2}"
    match = _SEASON.match(template)
    if match:
        return f"{day.year:04d}-{match.group(2)}"
    if _DECADE.match(template):
        return f"{day.year // 10:03d}"
    return None


def value_start(value: str) -> date | None:
    """First day of a calendar value."""
    bounds = value_bounds(value)
    return bounds[0] if bounds else None


@lru_cache(maxsize=4096)
def value_bounds(value: str) -> tuple[date, date, Precision] | None:
    """First and last day of a calendar value, with its precision; ``None`` if not calendar."""
    try:
        return _bounds(value)
    except (ValueError, OverflowError):
        return None


def _bounds(value: str) -> tuple[date, date, Precision] | None:
    match = _DAY.match(value)
    if match:
        day = date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        return day, day, Precision.DAY
    match = _MONTH.match(value)
    if match:
        year, month = int(match.group(1)), int(match.group(2))
        last = calendar.monthrange(year, month)[1]
        return date(year, month, 1), date(year, month, last), Precision.MONTH
    match = _YEAR.match(value)
    if match:
        year = int(match.group(1))
        return date(year, 1, 1), date(year, 12, 31), Precision.YEAR
    match = _WEEK.match(value)
    if match:
        monday = date.fromisocalendar(int(match.group(1)), int(match.group(2)), 1)
        if match.group(3):
            return monday + timedelta(days=5), monday + timedelta(days=6), Precision.WEEK
        return monday, monday + timedelta(days=6), Precision.WEEK
    match = _QUARTER.match(value)
    if match:
        span = TimeSpan.in_quarter(int(match.group(1)), int(match.group(2)))
        assert span.earliest is not None and span.latest is not None
        return span.earliest, span.latest, Precision.QUARTER
    match = _HALF.match(value)
    if match:
        year, half = int(match.group(1)), int(match.group(2))
        if half == 1:
            return date(year, 1, 1), date(year, 6, 30), Precision.HALF
        return date(year, 7, 1), date(year, 12, 31), Precision.HALF
    match = _SEASON.match(value)
    if match:
        year = int(match.group(1))
        first, last = SEASON_MONTHS[match.group(2)]
        start = date(year, first, 1)
        end_month = date(year + (last - 1) // 12, (last - 1) % 12 + 1, 1)
        end = end_month + relativedelta(day=31)
        return start, end, Precision.SEASON
    match = _DECADE.match(value)
    if match:
        first = int(match.group(1)) * 10
        return date(max(first, 1), 1, 1), date(first + 9, 12, 31), Precision.DECADE
    match = _CENTURY.match(value)
    if match:
        first = int(match.group(1)) * 100
        return date(max(first, 1), 1, 1), date(first + 99, 12, 31), Precision.CENTURY
    return None


@lru_cache(maxsize=4096)
def time_span(value: str, mod: str, dct: date | None) -> TimeSpan | None:
    """The ``TimeSpan`` a DATE/TIME value stands for (``None`` when it cannot be placed)."""
    if dct is not None and value in ("PRESENT_REF", "PAST_REF", "FUTURE_REF"):
        if value == "PRESENT_REF":
            return TimeSpan(dct, dct, Precision.DAY, value, mod, "now")
        if value == "PAST_REF":
            return TimeSpan.until(dct, value=value)
        span = TimeSpan.since(dct, value=value)
        return TimeSpan(span.earliest, None, span.precision, value, span.mod, "", True)
    if "X" in value or value.endswith("_REF"):
        return TimeSpan(None, None, Precision.UNKNOWN, value, mod)
    clock = _clock_span(value, mod)
    if clock is not None:
        return _expect(clock, dct)
    bounds = value_bounds(value)
    if bounds is None:
        return None
    first, last, precision = bounds
    span = TimeSpan(first, last, precision, value, mod)
    if mod in MOD_HINTS:
        span = _narrow(span, mod)
    elif mod in ("BEFORE", "ON_OR_BEFORE"):
        span = TimeSpan(None, last if mod == "ON_OR_BEFORE" else first - timedelta(days=1), Precision.OPEN, value, mod)
    elif mod in ("AFTER", "ON_OR_AFTER"):
        span = TimeSpan(first if mod == "ON_OR_AFTER" else last + timedelta(days=1), None, Precision.OPEN, value, mod)
    return _expect(span, dct)


def _expect(span: TimeSpan, dct: date | None) -> TimeSpan:
    if dct is None or span.earliest is None:
        return span
    first = span.earliest.date() if isinstance(span.earliest, datetime) else span.earliest
    if first > dct:
        return TimeSpan(span.earliest, span.latest, span.precision, span.value, span.mod, span.hint, True)
    return span


def _narrow(span: TimeSpan, mod: str) -> TimeSpan:
    assert span.earliest is not None and span.latest is not None
    first, last = span.earliest, span.latest
    days = (last - first).days + 1
    third = max(days // 3, 1)
    if mod == "START":
        first, last = first, first + timedelta(days=third - 1)
    elif mod == "END":
        first, last = last - timedelta(days=third - 1), last
    else:
        first, last = first + timedelta(days=third), last - timedelta(days=third)
        if first > last:
            first, last = span.earliest, span.latest
    base = TimeSpan(span.earliest, span.latest, span.precision, span.value).label
    hint = f"{MOD_HINTS[mod]} {base}" if mod != "MID" else f"mid-{base}"
    return TimeSpan.between(first, last, hint=hint, value=span.value, mod=mod)


def _clock_span(value: str, mod: str) -> TimeSpan | None:
    match = _DAY.match(value)
    if not match or not (match.group(4) or match.group(6)):
        return None
    day = date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    if match.group(6):
        low, high = PART_HOURS[match.group(6)]
        first = datetime(day.year, day.month, day.day, low)
        last = datetime(day.year, day.month, day.day, high)
        return TimeSpan(first, last, Precision.HOUR, value, mod, f"{day.day} {_abbr(day)} {day.year} {_part(value)}")
    hour = int(match.group(4))
    minute = int(match.group(5) or 0)
    try:
        moment = datetime(day.year, day.month, day.day) + timedelta(hours=hour, minutes=minute)
    except OverflowError:  # midnight (T24) at the end of the calendar
        moment = datetime(day.year, day.month, day.day, 23, 59)
    precision = Precision.MINUTE if match.group(5) else Precision.HOUR
    return TimeSpan(moment, moment, precision, value, mod)


def _abbr(day: date) -> str:
    return calendar.month_abbr[day.month]


def _part(value: str) -> str:
    return {"MO": "morning", "AF": "afternoon", "EV": "evening", "NI": "night", "DT": "daytime"}[value[-2:]]
