"""Lanes that scroll, lanes only for kinds in view, and a legend that never covers them (no display)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from tests.core.test_viewport_axis_layout import _row
from timeline_app.core.layout import Frame, LayoutOptions, compute_lanes, compute_layout
from timeline_app.core.model import Article, Event, Mention
from timeline_app.core.scene import SceneBuilder, SceneOptions, nearest_of_kind
from timeline_app.core.store import Store
from timeline_app.core.timespan import DAY_SECONDS, TimeSpan
from timeline_app.core.viewport import Viewport

KINDS = [f"kind{i:02d}" for i in range(20)]


def measure(text: str) -> float:
    return 7.0 * len(text)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    """Twenty kinds, an event each in 2022 (kind00 has three on one day), one more kind in 2030."""
    store = Store(tmp_path / "lanes.sqlite")
    events = [Event(f"Event of {kind}", kind, TimeSpan.on_day(date(2022, 3, 1 + i))) for i, kind in enumerate(KINDS)]
    events += [Event(f"Crowded {i}", "kind00", TimeSpan.on_day(date(2022, 3, 1)), salience=0.1) for i in range(2)]
    events.append(Event("Far away", "faraway", TimeSpan.on_day(date(2030, 1, 1))))
    for event in events:
        event.mentions = [Mention(0, 4, 0, 4)]
    store.add_article(Article("Text of the article.", "Many kinds", date(2022, 4, 1)), events)
    yield store
    store.close()


def _view(first: date, days: int, width: float = 1000.0) -> Viewport:
    view = Viewport(width=width)
    start = to_seconds_of(first)
    view.show(start, start + days * DAY_SECONDS)
    return view


def to_seconds_of(day: date) -> float:
    return float((day.toordinal() - date(1970, 1, 1).toordinal()) * DAY_SECONDS)


def test_scrollable_lanes_keep_their_names_and_run_on_below_the_frame() -> None:
    frame = Frame(40, 200)
    lanes = compute_lanes(KINDS, frame, scrollable=True)
    assert all(lane.header > 0 and lane.strip_height >= LayoutOptions().strip_height for lane in lanes)
    assert lanes[-1].top + lanes[-1].height > frame.top + frame.height
    for upper, lower in zip(lanes, lanes[1:]):
        assert upper.top + upper.height <= lower.top + 1e-9
    compact = compute_lanes(KINDS, frame)  # an image cannot scroll: compact lanes with thin strips
    assert all(lane.header == 0 and lane.strip_height >= 6 for lane in compact)
    roomy = compute_lanes(KINDS, Frame(40, 20 * (19 + 11 + 1)))  # compact ones that fit keep full strips
    assert all(lane.header == 0 and lane.strip_height == LayoutOptions().strip_height for lane in roomy)
    assert roomy[-1].top + roomy[-1].height <= 40 + 20 * 31 + 1e-6


def test_fitted_rows_shrink_lanes_to_what_they_use() -> None:
    lanes = compute_lanes(["a", "b"], Frame(0, 100), scrollable=True)
    assert lanes[0].rows == LayoutOptions().max_rows
    rows = [_row(i, date(2022, 1, 1), kind="a") for i in range(3)]
    layout = compute_layout(rows, lanes, to_seconds_of(date(2021, 12, 1)), DAY_SECONDS, measure, fit_rows=True)
    a, b = layout.lanes
    assert a.rows == 3 and b.rows == 1 and b.top == a.top + a.height
    for item in layout.items:
        assert a.top + a.header <= item.y and item.y + LayoutOptions().row_height <= a.strip_top


def test_scene_has_lanes_only_for_kinds_in_view_and_scrolls_the_rest(store: Store) -> None:
    builder = SceneBuilder(store, measure)
    options = SceneOptions(scrollable=True)
    wide = builder.build(_view(date(2022, 2, 20), 60), 300.0, options)
    kinds = [lane.kind for lane in wide.layout.lanes]
    assert kinds == KINDS, "far away kinds get no lane; every kind in view does"
    assert wide.max_scroll > 0 and wide.scroll_y == 0
    scrolled = builder.build(_view(date(2022, 2, 20), 60), 300.0, options, scroll_y=1e9)
    assert scrolled.scroll_y == scrolled.max_scroll, "scrolling stops at the last lane"
    assert wide.legend_top >= wide.lanes_frame.top + wide.lanes_frame.height, "the legend is below the lanes"
    one_day = builder.build(_view(date(2022, 3, 1), 1), 300.0, options)
    assert [lane.kind for lane in one_day.layout.lanes] == ["kind00"]
    assert one_day.layout.lanes[0].rows == 3
    empty = builder.build(_view(date(2026, 1, 1), 30), 300.0, options)
    assert empty.layout.lanes == []


def test_legend_wraps_and_counts_what_it_left_out(store: Store) -> None:
    builder = SceneBuilder(store, measure)
    scene = builder.build(_view(date(2022, 2, 20), 60, width=500.0), 400.0, SceneOptions())
    assert len(scene.legend_rows) == 2
    for row in scene.legend_rows:
        assert all(x + 14 + measure(kind) <= 500 for x, kind in row)
    shown = sum(len(row) for row in scene.legend_rows)
    assert shown + scene.legend_more == len(scene.kinds)


def test_sparse_lanes_take_their_share_of_the_frame_but_at_least_three_rows() -> None:
    kinds = KINDS[:4]
    roomy = compute_lanes(kinds, Frame(0, 800), scrollable=True, sparse=True)
    share = int((800 / 4 - 12 - 11 - 2) // 19)
    assert all(lane.rows == min(LayoutOptions().max_rows, share) for lane in roomy)
    tight = compute_lanes(KINDS, Frame(0, 300), scrollable=True, sparse=True)
    assert all(lane.rows == 3 for lane in tight)
    full = compute_lanes(KINDS, Frame(0, 300), scrollable=True)
    assert all(lane.rows == LayoutOptions().max_rows for lane in full)


def test_steady_lanes_keep_every_kind_and_collapse_those_out_of_view(store: Store) -> None:
    builder = SceneBuilder(store, measure)
    options = SceneOptions(scrollable=True, steady_lanes=True)
    o = LayoutOptions()
    for first, days in ((date(2022, 2, 20), 60), (date(2022, 3, 1), 1), (date(2026, 1, 1), 30), (date(2030, 1, 1), 2)):
        scene = builder.build(_view(first, days), 300.0, options)
        kinds = [lane.kind for lane in scene.layout.lanes]
        assert kinds == ["faraway", *KINDS], "every kind with dated events, always in the same order"
        for lane in scene.layout.lanes:
            items = [item for item in scene.layout.items if item.lane == lane.index]
            if lane.collapsed:
                assert not items and lane.height == o.lane_header + o.lane_gap and lane.strip_height == 0
        for upper, lower in zip(scene.layout.lanes, scene.layout.lanes[1:]):
            assert upper.top + upper.height == pytest.approx(lower.top)
    between = builder.build(_view(date(2026, 1, 1), 30), 300.0, options)
    assert all(lane.collapsed for lane in between.layout.lanes)
    hints = {(hint.kind, hint.later) for hint in between.lane_hints}
    assert hints == {*((kind, False) for kind in KINDS), ("faraway", True)}
    one_day = builder.build(_view(date(2022, 3, 1), 1), 300.0, options)
    assert [(lane.kind, lane.rows) for lane in one_day.layout.lanes if not lane.collapsed] == [("kind00", 3)]


def test_the_nearest_event_of_a_kind_either_way(store: Store) -> None:
    def title(event_id: int | None) -> str:
        assert event_id is not None
        return str(store.db.execute("SELECT title FROM events WHERE id = ?", [event_id]).fetchone()[0])

    middle = to_seconds_of(date(2026, 1, 1))
    assert title(nearest_of_kind(store, "faraway", middle, True)) == "Far away"
    assert nearest_of_kind(store, "faraway", middle, False) is None
    assert title(nearest_of_kind(store, "kind05", middle, False)) == "Event of kind05"
