"""A collapsed lane whose events in view are quiet sayings (left out when zoomed out) says so
and zooms in to them on a click, instead of pointing "later" (offscreen, a real canvas on a
real SQLite file)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from tests.ui.modal import active_view
from timeline_app.core.layout import level_of, level_seconds_per_pixel
from timeline_app.core.model import QUIET_SALIENCE, Article, Event, Mention
from timeline_app.core.scene import EARLIER, LATER, QUIET_MAX_SECONDS_PER_PIXEL, hides_quiet, quiet_hint, quiet_zoom
from timeline_app.core.store import Store
from timeline_app.core.timespan import DAY_SECONDS, TimeSpan
from timeline_app.ui.canvas import TimelineCanvas, TimelineView

QUIET = QUIET_SALIENCE / 2


def seconds_of(day: date) -> float:
    return float((day.toordinal() - date(1970, 1, 1).toordinal()) * DAY_SECONDS)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    """Arrests through 2022; three quiet statements in the spring, one in autumn, a loud one at the end of 2023;
    a quiet announcement in summer."""
    store = Store(tmp_path / "quiet-hints.sqlite")
    events = [Event(f"Arrest {m}", "arrest", TimeSpan.on_day(date(2022, m, 10)), salience=0.5) for m in (1, 6, 12)]
    events += [
        Event(f"Police said thing {d}", "statement", TimeSpan.on_day(date(2022, 4, d)), salience=QUIET)
        for d in (2, 9, 20)
    ]
    plan = TimeSpan.on_day(date(2022, 8, 1))
    events.append(Event("Company announced a plan", "announcement", plan, salience=QUIET))
    events.append(
        Event("Police said thing in autumn", "statement", TimeSpan.on_day(date(2022, 10, 15)), salience=QUIET)
    )
    events.append(Event("The mayor declared a state of emergency", "statement", TimeSpan.on_day(date(2023, 12, 1))))
    for event in events:
        event.mentions = [Mention(0, 4, 0, 4)]
    store.add_article(Article("Text of the article.", "A story", date(2024, 1, 1)), events)
    yield store
    store.close()


@pytest.fixture
def view(qtbot: QtBot, store: Store) -> TimelineView:
    return active_view(qtbot, store)


def test_a_lane_of_hidden_sayings_says_how_many_and_a_click_shows_them(view: TimelineView, qtbot: QtBot) -> None:
    canvas = view.canvas
    canvas.zoom_to(seconds_of(date(2021, 12, 1)), seconds_of(date(2023, 1, 31)))  # 2022: sayings left out
    scene = canvas.scene()
    assert scene.view.seconds_per_pixel > QUIET_MAX_SECONDS_PER_PIXEL
    lane = next(lane for lane in scene.layout.lanes if lane.kind == "statement")
    assert lane.collapsed, "only quiet sayings of its kind are in view"
    hints = [hint for hint in scene.lane_hints if hint.kind == "statement"]
    assert [hint.text for hint in hints] == [quiet_hint(4)] == ["zoom in to see 4 sayings"]
    assert not any(hint.text in (EARLIER, LATER) for hint in hints), "no arrow away from events in view"
    canvas.repaint()
    hint = hints[0]
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=QPoint(int(hint.x + 5), int(lane.top + 6)))
    scene = canvas.scene()
    assert scene.view.seconds_per_pixel <= QUIET_MAX_SECONDS_PER_PIXEL
    lane = next(lane for lane in scene.layout.lanes if lane.kind == "statement")
    assert not lane.collapsed
    shown = {item.event.title for item in scene.layout.items if item.event.kind == "statement"}
    assert shown == {f"Police said thing {d}" for d in (2, 9, 20)}, "too far apart for one view: the first ones"
    assert not scene.lane_hints or all(hint.kind != "statement" for hint in scene.lane_hints)


def test_without_sayings_in_view_the_lane_still_points_later(view: TimelineView) -> None:
    canvas = view.canvas
    canvas.zoom_to(seconds_of(date(2022, 11, 1)), seconds_of(date(2023, 6, 1)))  # sayings are earlier and later
    scene = canvas.scene()
    texts = sorted(hint.text for hint in scene.lane_hints if hint.kind == "statement")
    assert texts == sorted([EARLIER, LATER])
    assert all(hint.zoom is None for hint in scene.lane_hints)


def test_a_shown_saying_keeps_its_lane_open(view: TimelineView) -> None:
    canvas = view.canvas
    canvas.zoom_to(seconds_of(date(2022, 3, 1)), seconds_of(date(2024, 3, 1)))  # the loud saying shows
    scene = canvas.scene()
    lane = next(lane for lane in scene.layout.lanes if lane.kind == "statement")
    assert not lane.collapsed and not [hint for hint in scene.lane_hints if hint.kind == "statement"]


def test_sayings_too_far_apart_for_one_view_zoom_to_the_first(store: Store) -> None:
    rows = [row for row in store.events_in_window(-1e12, 1e12) if row.kind == "statement"]
    width = 900.0
    t0, t1 = quiet_zoom(rows, width)
    first = seconds_of(date(2022, 4, 2))
    assert t0 < first < t1 and level_seconds_per_pixel(level_of((t1 - t0) / width)) <= QUIET_MAX_SECONDS_PER_PIXEL
    spring = [row for row in rows if (row.t0 or 0.0) < seconds_of(date(2023, 1, 1))]
    t0, t1 = quiet_zoom(spring, width)
    assert t0 < first and seconds_of(date(2022, 4, 21)) < t1, "all three fit: all three shown"


def _click_hint(canvas: TimelineCanvas, qtbot: QtBot, kind: str, text: str) -> None:
    scene = canvas.scene()
    hint = next(hint for hint in scene.lane_hints if hint.kind == kind and hint.text == text)
    lane = scene.layout.lanes[hint.lane]
    canvas.repaint()
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=QPoint(int(hint.x + 5), int(lane.top + 6)))


def test_later_goes_past_hidden_sayings_to_one_shown_at_this_zoom(
    view: TimelineView, store: Store, qtbot: QtBot
) -> None:
    canvas = view.canvas
    canvas.zoom_to(seconds_of(date(2022, 1, 1)), seconds_of(date(2022, 3, 1)))
    assert hides_quiet(canvas.viewport.seconds_per_pixel)
    _click_hint(canvas, qtbot, "statement", LATER)
    loud = store.db.execute("SELECT id FROM events WHERE title LIKE 'The mayor%'").fetchone()[0]
    assert canvas.selected_event() == loud, "not the quiet sayings of April, which this zoom leaves out"
    assert canvas.event_position(loud) is not None


def test_later_to_only_a_hidden_saying_zooms_in_to_show_it(view: TimelineView, store: Store, qtbot: QtBot) -> None:
    canvas = view.canvas
    canvas.zoom_to(seconds_of(date(2022, 1, 1)), seconds_of(date(2022, 3, 1)))
    _click_hint(canvas, qtbot, "announcement", LATER)
    plan = store.db.execute("SELECT id FROM events WHERE title = 'Company announced a plan'").fetchone()[0]
    assert canvas.selected_event() == plan
    assert not hides_quiet(canvas.viewport.seconds_per_pixel)
    assert canvas.event_position(plan) is not None, "it is drawn"
