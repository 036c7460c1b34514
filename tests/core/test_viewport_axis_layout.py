"""Viewport, axis and layout: pure logic, no display."""

from __future__ import annotations

import itertools
from datetime import date, datetime

import pytest

from timeline_app.core.axis import TICK_LEVELS, compute_axis, to_seconds
from timeline_app.core.layout import Frame, compute_lanes, compute_layout, hit_test, level_of, level_seconds_per_pixel
from timeline_app.core.store import EventRow
from timeline_app.core.timespan import DAY_SECONDS
from timeline_app.core.viewport import MAX_SECONDS_PER_PIXEL, MIN_SECONDS_PER_PIXEL, YEAR_SECONDS, Viewport


def measure(text: str) -> float:
    """A plausible proportional font: 7 px per character, 4 for digits' narrow neighbours."""
    return sum(4.0 if c in "1il.: " else 7.0 for c in text)


@pytest.mark.parametrize("x", [0.0, 123.4, 800.0, 1599.0])
@pytest.mark.parametrize("factor", [1.25, 0.8, 3.0, 0.1])
def test_zoom_keeps_the_time_under_the_pointer(x: float, factor: float) -> None:
    view = Viewport(to_seconds(datetime(2024, 7, 13)), 3600.0, 1600)
    before = view.time_at(x)
    view.zoom(factor, x)
    assert view.time_at(x) == pytest.approx(before, abs=view.seconds_per_pixel * 1e-6)


def test_zoom_is_clamped_smoothly_from_centuries_to_minutes() -> None:
    view = Viewport(0.0, 3600.0, 1600)
    for _ in range(200):
        view.zoom(1.25, 800)
    assert view.seconds_per_pixel == MIN_SECONDS_PER_PIXEL
    assert view.span < 600  # minutes
    anchor = view.time_at(800)
    for _ in range(400):
        view.zoom(0.8, 800)
    assert view.seconds_per_pixel == MAX_SECONDS_PER_PIXEL
    assert view.span > 300 * YEAR_SECONDS  # centuries
    assert view.time_at(800) == pytest.approx(anchor, rel=1e-3, abs=YEAR_SECONDS)


def test_pan_moves_by_pixels() -> None:
    view = Viewport(1000.0, 10.0, 800)
    view.pan(25)
    assert view.start == 1250.0


def _views() -> list[Viewport]:
    starts = [to_seconds(datetime(y, m, d, h)) for y, m, d, h in [(2024, 7, 13, 5), (1999, 12, 31, 23), (1, 1, 1, 0)]]
    spps = [0.1, 0.7, 5, 40, 300, 2000, DAY_SECONDS / 7, DAY_SECONDS, 5 * DAY_SECONDS, 40 * DAY_SECONDS]
    spps += [YEAR_SECONDS / 20, YEAR_SECONDS / 3, 2 * YEAR_SECONDS, MAX_SECONDS_PER_PIXEL]
    return [Viewport(s, spp, w) for s, spp, w in itertools.product(starts, spps, [320, 1600])]


@pytest.mark.parametrize("view", _views(), ids=lambda v: f"{v.seconds_per_pixel:.3g}s/px-{v.width:.0f}")
def test_axis_labels_never_overlap_within_a_tier(view: Viewport) -> None:
    axis = compute_axis(view, measure)
    for tier in (axis.minor, axis.major):
        labelled = [t for t in tier if t.label]
        for left, right in itertools.pairwise(labelled):
            assert left.label_x + left.label_width < right.label_x, (left, right)
        for tick in labelled:
            assert tick.label_width == measure(tick.label)
            assert tick.label_x >= 0 and tick.label_x <= view.width
    assert any(t.label for t in axis.minor), "every view names some time"


def test_axis_is_two_tier() -> None:
    view = Viewport(to_seconds(datetime(2024, 7, 1)), DAY_SECONDS / 40, 1600)
    axis = compute_axis(view, measure)
    assert axis.level.unit == "day"
    assert [t.label for t in axis.minor if t.label][:3] == ["1", "2", "3"]
    assert axis.major[0].label == "July 2024"
    hours = compute_axis(Viewport(to_seconds(datetime(2024, 7, 13)), 60.0, 1600), measure)
    assert hours.level.unit == "hour" and hours.major[0].label == "Sat 13 July 2024"


def test_tick_levels_are_ordered_fine_to_coarse() -> None:
    spacings = [level.min_seconds for level in TICK_LEVELS]
    assert spacings == sorted(spacings)


def _row(
    i: int, day: date, kind: str = "trial", precision: str = "day", salience: float = 0.5, **kw: object
) -> EventRow:
    t0 = float((day.toordinal() - date(1970, 1, 1).toordinal()) * DAY_SECONDS)
    length = {"day": 1, "month": 30, "year": 365}[precision] * DAY_SECONDS
    values: dict[str, object] = dict(
        id=i,
        title=f"Event number {i}",
        kind=kind,
        t0=t0,
        t1=t0 + length,
        precision=precision,
        label=day.isoformat(),
        status="reported",
        salience=salience,
        open_start=False,
        open_end=False,
    )
    values.update(kw)
    return EventRow(**values)  # type: ignore[arg-type]


def _crowd(n: int) -> list[EventRow]:
    rows = []
    for i in range(n):
        day = date(2020, 1, 1).fromordinal(date(2020, 1, 1).toordinal() + (i * 7) % 400)
        precision = ("day", "day", "month", "year")[i % 4]
        rows.append(
            _row(
                i + 1,
                day,
                ("trial", "verdict")[i % 2],
                precision,
                salience=(i * 37 % 100) / 100,
                open_start=(i % 9 == 0 and precision == "day"),
            )
        )
    return rows


def _drawn(item) -> tuple[float, float]:
    """What an item paints: bars are inset a pixel at each end, so neighbouring bars may abut."""
    bar = not item.point
    left = item.left + (1 if bar and not item.whisker_left else 0)
    label_end = item.label_x + item.label_width
    right = item.right - (1 if bar and not item.whisker_right and label_end <= item.x1 else 0)
    return left, right


@pytest.mark.parametrize("spp", [DAY_SECONDS / 20, DAY_SECONDS, 10 * DAY_SECONDS])
def test_layout_rows_never_overlap(spp: float) -> None:
    lanes = compute_lanes(["trial", "verdict"], Frame(40, 400))
    layout = compute_layout(
        _crowd(300), lanes, origin=to_seconds(datetime(2019, 12, 1)), seconds_per_pixel=spp, measure=measure
    )
    assert layout.items
    by_row: dict[tuple[int, int], list] = {}
    for item in layout.items:
        by_row.setdefault((item.lane, item.row), []).append(item)
        lane = lanes[item.lane]
        assert lane.top <= item.y and item.y + 19 <= lane.strip_top
    for items in by_row.values():
        items.sort(key=lambda it: it.left)
        for left, right in itertools.pairwise(items):
            assert _drawn(left)[1] < _drawn(right)[0], (left, right)
    placed = {item.event.id for item in layout.items}
    clustered = {i for c in layout.clusters for i in c.event_ids}
    assert placed.isdisjoint(clustered)
    assert placed | clustered == {r.id for r in _crowd(300)}, "nothing is lost: placed or counted in a cluster"
    for left, right in itertools.pairwise(sorted(layout.clusters, key=lambda c: (c.lane, c.x0))):
        if left.lane == right.lane:
            assert left.x1 < right.x0


def test_layout_prefers_salient_events_and_marks_shapes() -> None:
    rows = [
        _row(1, date(2022, 1, 1), precision="year", salience=0.1),
        _row(2, date(2022, 3, 5), salience=0.9),
        _row(3, date(2022, 3, 5), salience=0.5, open_start=True, precision="day"),
    ]
    lanes = compute_lanes(["trial"], Frame(0, 12 + 19 + 11 + 2))  # one row only
    layout = compute_layout(rows, lanes, to_seconds(datetime(2021, 6, 1)), DAY_SECONDS, measure)
    assert [i.event.id for i in layout.items] == [2]
    assert layout.items[0].point
    assert sum(c.count for c in layout.clusters) == 2
    roomy = compute_layout(
        rows, compute_lanes(["trial"], Frame(0, 400)), to_seconds(datetime(2021, 6, 1)), DAY_SECONDS, measure
    )
    shapes = {i.event.id: (i.point, i.whisker_left > 0) for i in roomy.items}
    assert shapes == {1: (False, False), 2: (True, False), 3: (False, True)}


def test_hit_test_finds_the_event_under_a_point() -> None:
    lanes = compute_lanes(["trial", "verdict"], Frame(40, 400))
    layout = compute_layout(_crowd(40), lanes, to_seconds(datetime(2019, 12, 1)), DAY_SECONDS, measure)
    for item in layout.items[:20]:
        hit = hit_test(layout, item.label_x + 2, item.y + 9)
        assert hit is not None and hit.event is not None and hit.event.event.id == item.event.id


def test_levels_never_lay_out_finer_than_the_view() -> None:
    for spp in [0.1, 1.0, 59.0, DAY_SECONDS, 1e6, 3e9]:
        level = level_of(spp)
        assert level_seconds_per_pixel(level) >= spp * (1 - 1e-9)
        assert level_seconds_per_pixel(level) < spp * 2.0001


def test_long_titles_are_cut_at_a_word_with_an_ellipsis() -> None:
    from timeline_app.core.layout import elide

    text = "Mary Marlowe Sommer dismissed the involuntary manslaughter case with prejudice on Friday"
    short, width = elide(text, 200, measure)
    assert short.endswith("…") and width <= 200 and width == measure(short)
    assert text.startswith(short[:-1]) and not short[:-1].endswith(" ")
    assert elide("Short title", 200, measure) == ("Short title", measure("Short title"))
