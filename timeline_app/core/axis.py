"""The two-tier time axis: which ticks to draw and where their labels go.

Like pyqtgraph's ``DateAxisItem`` the tick level is chosen from the seconds per pixel and the
width a label needs (as vis-timeline's ``TimeAxis`` sizes its minor step). The minor tier
(hours, days, months, years...) sits under a major tier naming the enclosing unit (the day,
the month, the year, the decade...). Labels on one tier never overlap: a label that would
touch its neighbour is dropped, and that guarantee is tested at many zoom levels.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta

from timeline_app.core.timespan import DAY_SECONDS, MONTH_ABBR
from timeline_app.core.viewport import EARLIEST_TIME, LATEST_TIME, Viewport

MeasureText = Callable[[str], float]

_EPOCH = datetime(1970, 1, 1)
LABEL_GAP = 8.0  # pixels kept free between two labels of one tier
LABEL_PAD = 3.0  # label starts this far right of its tick
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MONTH_NAMES = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


@dataclass(frozen=True)
class TickLevel:
    """One way to tick the axis: a calendar unit, a step of it, and its shortest interval."""

    unit: str  # "minute", "hour", "day", "month", "year"
    step: int
    min_seconds: float  # the shortest distance between two ticks of this level
    sample: str  # the widest label this level draws, to size the step


def _levels() -> list[TickLevel]:
    levels = [TickLevel("minute", s, 60.0 * s, "00:00") for s in (1, 5, 10, 15, 30)]
    levels += [TickLevel("hour", s, 3600.0 * s, "00:00") for s in (1, 3, 6, 12)]
    levels += [TickLevel("day", s, DAY_SECONDS * min(s, 3), "28") for s in (1, 2, 5, 10, 15)]
    levels += [TickLevel("month", s, 28 * DAY_SECONDS * s, "Sep") for s in (1, 2, 3, 6)]
    years = (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000)
    levels += [TickLevel("year", s, 365 * DAY_SECONDS * s, "2000") for s in years]
    return levels


TICK_LEVELS = _levels()


@dataclass(frozen=True)
class Tick:
    """A tick at ``x`` (pixels in the view) with the label drawn from ``label_x`` (may be empty)."""

    t: float
    x: float
    label: str
    label_x: float
    label_width: float


@dataclass(frozen=True)
class Axis:
    """Both tiers of the axis for one view."""

    level: TickLevel
    minor: tuple[Tick, ...]
    major: tuple[Tick, ...]


def to_datetime(t: float) -> datetime:
    t = min(max(t, EARLIEST_TIME), LATEST_TIME - 1)
    return _EPOCH + timedelta(seconds=t)


def to_seconds(moment: datetime) -> float:
    return (moment - _EPOCH).total_seconds()


def choose_level(seconds_per_pixel: float, measure: MeasureText) -> TickLevel:
    """The finest level whose ticks leave room for their labels."""
    for level in TICK_LEVELS:
        needed = measure(level.sample) + LABEL_PAD + LABEL_GAP
        if level.min_seconds / seconds_per_pixel >= needed:
            return level
    return TICK_LEVELS[-1]


def compute_axis(view: Viewport, measure: MeasureText) -> Axis:
    """Ticks and labels of both tiers for ``view``; labels within a tier never overlap."""
    level = choose_level(view.seconds_per_pixel, measure)
    minor = _place_labels(view, measure, _ticks(level, view.start, view.end), _minor_label(level), sticky=False)
    major_unit, major_step = _major_of(level)
    major_level = TickLevel(major_unit, major_step, 0.0, "")
    moments = list(_ticks(major_level, view.start, view.end))
    label_of = _fitting_format(view, measure, moments, _major_formats(major_level))
    major = _place_labels(view, measure, iter(moments), label_of, True)
    return Axis(level, minor, major)


def _fitting_format(
    view: Viewport, measure: MeasureText, moments: list[datetime], formats: list[Callable[[datetime], str]]
) -> Callable[[datetime], str]:
    """The longest label format whose labels all fit between their ticks (else the shortest)."""
    xs = [view.x_of(to_seconds(moment)) for moment in moments]
    for label_of in formats:
        fits = all(
            measure(label_of(moment)) + LABEL_PAD + LABEL_GAP <= xs[index + 1] - xs[index]
            for index, moment in enumerate(moments[:-1])
            if xs[index + 1] > 0 and xs[index] < view.width
        )
        if fits:
            return label_of
    return formats[-1]


def _place_labels(
    view: Viewport,
    measure: MeasureText,
    starts: Iterator[datetime],
    label_of: Callable[[datetime], str],
    sticky: bool,
) -> tuple[Tick, ...]:
    """Ticks with labels left-aligned after them; a label that would overlap the last one is left out.

    With ``sticky`` the label of a unit that began left of the view is pulled in to the left edge
    while it still fits before the next tick, so the enclosing month or year stays named.
    """
    moments = list(starts)
    xs = [view.x_of(to_seconds(moment)) for moment in moments]
    ticks: list[Tick] = []
    last_end = -math.inf
    for index, moment in enumerate(moments):
        x = xs[index]
        text = label_of(moment)
        width = measure(text)
        label_x = x + LABEL_PAD
        if sticky and label_x < LABEL_PAD:
            label_x = LABEL_PAD
            next_x = xs[index + 1] if index + 1 < len(xs) else math.inf
            if label_x + width + LABEL_GAP > next_x:
                label_x = x + LABEL_PAD
        if label_x < last_end + LABEL_GAP or label_x < 0 or label_x > view.width:
            text, width = "", 0.0
        else:
            last_end = label_x + width
        ticks.append(Tick(to_seconds(moment), x, text, label_x, width))
    return tuple(ticks)


def _ticks(level: TickLevel, t0: float, t1: float) -> Iterator[datetime]:
    """Tick instants of ``level`` from the last one at or before ``t0`` to the first after ``t1``."""
    first = _floor(level, to_datetime(t0))
    end = to_datetime(t1)
    moment: datetime | None = first
    count = 0
    while moment is not None and count < 5000:
        yield moment
        if moment > end:
            return
        moment = _next(level, moment)
        count += 1


def _floor(level: TickLevel, moment: datetime) -> datetime:
    unit, step = level.unit, level.step
    if unit == "minute":
        return moment.replace(minute=moment.minute - moment.minute % step, second=0, microsecond=0)
    if unit == "hour":
        return moment.replace(hour=moment.hour - moment.hour % step, minute=0, second=0, microsecond=0)
    day = moment.replace(hour=0, minute=0, second=0, microsecond=0)
    if unit == "day":
        return day.replace(day=1 + (day.day - 1) // step * step) if step > 1 else day
    if unit == "month":
        return day.replace(day=1, month=1 + (day.month - 1) // step * step)
    return day.replace(day=1, month=1, year=max(1, day.year // step * step))


def _next(level: TickLevel, moment: datetime) -> datetime | None:
    unit, step = level.unit, level.step
    try:
        if unit == "minute":
            return moment + timedelta(minutes=step)
        if unit == "hour":
            return moment + timedelta(hours=step)
        if unit == "day":
            return _next_day(moment, step)
        if unit == "month":
            month = moment.month - 1 + step
            return moment.replace(year=moment.year + month // 12, month=month % 12 + 1)
        return moment.replace(year=moment.year + step)
    except (OverflowError, ValueError):
        return None


def _next_day(moment: datetime, step: int) -> datetime:
    """Days of the month 1, 1 + step, ...; a tick too close to the next month's first is skipped."""
    following = moment + timedelta(days=step)
    if step == 1 or following.month == moment.month and following.day + step // 2 <= _days_in_month(following):
        return following
    return _first_of_next_month(moment)


def _first_of_next_month(moment: datetime) -> datetime:
    month = moment.month  # 1..12; next month index
    return moment.replace(year=moment.year + month // 12, month=month % 12 + 1, day=1)


def _days_in_month(moment: datetime) -> int:
    return (_first_of_next_month(moment) - timedelta(days=1)).day


def _major_of(level: TickLevel) -> tuple[str, int]:
    if level.unit in ("minute", "hour"):
        return "day", 1
    if level.unit == "day":
        return "month", 1
    if level.unit == "month":
        return "year", 1
    if level.step < 10:
        return "year", 10
    if level.step < 100:
        return "year", 100
    return "year", 1000


def _minor_label(level: TickLevel) -> Callable[[datetime], str]:
    if level.unit in ("minute", "hour"):
        return lambda m: f"{m.hour:02d}:{m.minute:02d}"
    if level.unit == "day":
        return lambda m: str(m.day)
    if level.unit == "month":
        return lambda m: MONTH_ABBR[m.month - 1]
    return lambda m: str(m.year)


def _major_formats(level: TickLevel) -> list[Callable[[datetime], str]]:
    """Label formats for the major tier, longest first."""
    if level.unit == "day":
        return [
            lambda m: f"{WEEKDAYS[m.weekday()]} {m.day} {MONTH_NAMES[m.month - 1]} {m.year}",
            lambda m: f"{m.day} {MONTH_ABBR[m.month - 1]} {m.year}",
            lambda m: f"{m.day} {MONTH_ABBR[m.month - 1]}",
        ]
    if level.unit == "month":
        return [lambda m: f"{MONTH_NAMES[m.month - 1]} {m.year}", lambda m: f"{MONTH_ABBR[m.month - 1]} {m.year}"]
    if level.step == 1:
        return [lambda m: str(m.year)]
    if level.step == 10:
        return [lambda m: f"{m.year}s"]
    return [lambda m: f"{m.year}–{m.year + level.step - 1}", lambda m: f"{m.year}s"]
