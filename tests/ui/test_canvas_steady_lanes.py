"""Lanes keep their order and names while the user pans and zooms; empty ones shrink to their
name with hints towards their events (offscreen, a real canvas on a real SQLite file)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QImage, QMouseEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.ui.modal import active_view
from timeline_app.core.layout import LayoutOptions
from timeline_app.core.model import Article, Event, Mention
from timeline_app.core.scene import EARLIER, LATER, Scene, SceneBuilder, SceneOptions
from timeline_app.core.store import Store
from timeline_app.core.timespan import DAY_SECONDS, TimeSpan
from timeline_app.core.viewport import Viewport
from timeline_app.ui.canvas import TimelineView
from timeline_app.ui.painter import RenderOptions, render_timeline, text_measurer

# A story: each kind has its own stretch of 2022, statements run through the whole year.
STORY = {
    "arrest": (date(2022, 1, 10), 3),
    "charge": (date(2022, 2, 20), 2),
    "trial": (date(2022, 6, 1), 5),
    "sentencing": (date(2022, 11, 15), 1),
    "statement": (date(2022, 1, 5), 12),
}
LANE_ORDER = ["arrest", "charge", "trial", "sentencing", "statement"]  # the story's order (scene.KIND_ORDER)


def seconds_of(day: date) -> float:
    return float((day.toordinal() - date(1970, 1, 1).toordinal()) * DAY_SECONDS)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    store = Store(tmp_path / "steady.sqlite")
    events = []
    for kind, (first, count) in STORY.items():
        step = 30 if kind == "statement" else 3
        for i in range(count):
            day = first + timedelta(days=i * step)
            events.append(Event(f"{kind.title()} number {i}", kind, TimeSpan.on_day(day)))
    for event in events:
        event.mentions = [Mention(0, 4, 0, 4)]
    store.add_article(Article("Text of the article.", "A story", date(2023, 1, 1)), events)
    yield store
    store.close()


@pytest.fixture
def view(qtbot: QtBot, store: Store) -> TimelineView:
    return active_view(qtbot, store)


def _in_view(store: Store, scene: Scene, kind: str) -> bool:
    rows = store.events_in_window(scene.view.start, scene.view.end)
    return any(row.kind == kind for row in rows)


def _drag(view: TimelineView, dx: int) -> None:
    """Drag the timeline sideways with the mouse, as a user does."""
    canvas = view.canvas
    start = QPointF(450, 200)
    steps = [QPointF(450 + dx * i / 4, 200) for i in range(1, 5)]
    left, no = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier

    def send(kind: QMouseEvent.Type, pos: QPointF, button: Qt.MouseButton, buttons: Qt.MouseButton) -> None:
        global_pos = QPointF(canvas.mapToGlobal(pos.toPoint()))
        QApplication.sendEvent(canvas, QMouseEvent(kind, pos, global_pos, button, buttons, no))

    send(QMouseEvent.Type.MouseButtonPress, start, left, left)
    for pos in steps:
        send(QMouseEvent.Type.MouseMove, pos, Qt.MouseButton.NoButton, left)
    send(QMouseEvent.Type.MouseButtonRelease, steps[-1], left, Qt.MouseButton.NoButton)


def test_lanes_keep_their_order_and_names_across_pans(view: TimelineView, store: Store, qtbot: QtBot) -> None:
    canvas = view.canvas
    canvas.zoom_to(seconds_of(date(2021, 12, 20)), seconds_of(date(2022, 2, 10)))
    seen_collapsed, seen_open = set(), set()
    tops: list[list[float]] = []
    for step in range(14):
        scene = canvas.scene()
        assert [lane.kind for lane in scene.layout.lanes] == LANE_ORDER, f"pan {step}"
        header = LayoutOptions().lane_header
        for lane in scene.layout.lanes:
            assert lane.header == header, "every lane shows its name"
            if _in_view(store, scene, lane.kind):
                assert not lane.collapsed, (step, lane.kind)
            if lane.collapsed:
                seen_collapsed.add(lane.kind)
                assert lane.height <= header + LayoutOptions().lane_gap
            else:
                seen_open.add(lane.kind)
        tops.append([lane.top for lane in scene.layout.lanes])
        image = canvas.grab().toImage()
        assert not image.isNull()
        _drag(view, -260) if step % 3 else qtbot.keyClick(canvas, Qt.Key.Key_PageDown)
    assert canvas.viewport.start > seconds_of(date(2022, 11, 1)), "the pans crossed the whole story"
    assert seen_collapsed == seen_open == set(LANE_ORDER), "every lane was open at one time, collapsed at another"
    assert len({top[0] for top in tops}) == 1, "the first lane never moves"


def test_lanes_stay_while_zooming_and_fitting(view: TimelineView) -> None:
    canvas = view.canvas
    for _ in range(6):
        canvas.zoom_in()
        assert [lane.kind for lane in canvas.scene().layout.lanes] == LANE_ORDER
    canvas.fit_all()
    scene = canvas.scene()
    assert [lane.kind for lane in scene.layout.lanes] == LANE_ORDER
    assert not any(lane.collapsed for lane in scene.layout.lanes) and not scene.lane_hints


def test_a_filter_or_hidden_kinds_decide_the_lanes_and_they_too_stay(view: TimelineView, store: Store) -> None:
    canvas = view.canvas
    ids = {row.id for row in store.events_in_window(-1e12, 1e12) if row.kind in ("charge", "sentencing")}
    canvas.set_filter_ids(ids)
    canvas.zoom_to(seconds_of(date(2022, 2, 1)), seconds_of(date(2022, 3, 31)))
    for _ in range(8):
        scene = canvas.scene()
        assert [lane.kind for lane in scene.layout.lanes] == ["charge", "sentencing"]
        canvas.scroll_to(canvas.viewport.start + canvas.viewport.span)
    canvas.set_filter_ids(None)
    canvas.set_hidden_kinds({"statement", "trial"})
    assert [lane.kind for lane in canvas.scene().layout.lanes] == ["arrest", "charge", "sentencing"]


def test_hints_point_to_the_events_and_a_click_goes_there(view: TimelineView, store: Store, qtbot: QtBot) -> None:
    canvas = view.canvas
    canvas.zoom_to(seconds_of(date(2022, 3, 20)), seconds_of(date(2022, 4, 20)))  # between charge and trial
    scene = canvas.scene()
    hints = {(hint.kind, hint.later) for hint in scene.lane_hints}
    assert hints == {("arrest", False), ("charge", False), ("trial", True), ("sentencing", True)}
    assert {hint.text for hint in scene.lane_hints} == {EARLIER, LATER}
    trial = next(hint for hint in scene.lane_hints if hint.kind == "trial")
    lane = scene.layout.lanes[trial.lane]
    assert trial.x + trial.width <= scene.view.width
    canvas.repaint()
    at = QPointF(trial.x + 5, lane.top + 6)
    move = QMouseEvent(
        QMouseEvent.Type.MouseMove,
        at,
        QPointF(canvas.mapToGlobal(at.toPoint())),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(canvas, move)
    assert canvas.cursor().shape() == Qt.CursorShape.PointingHandCursor, "the hint looks clickable"
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=QPoint(int(trial.x + 5), int(lane.top + 6)))
    first_trial = store.db.execute("SELECT id FROM events WHERE title = 'Trial number 0'").fetchone()[0]
    assert canvas.selected_event() == first_trial
    scene = canvas.scene()
    assert not scene.layout.lanes[trial.lane].collapsed, "the trial lane opened where its first event is"
    assert canvas.event_position(first_trial) is not None


def test_the_summary_knows_where_each_kind_starts_and_ends(store: Store) -> None:
    extents = SceneBuilder(store, lambda text: 7.0 * len(text)).kind_extents()
    for kind, (first, count) in STORY.items():
        step = 30 if kind == "statement" else 3
        last = first + timedelta(days=(count - 1) * step)
        assert extents[kind] == (seconds_of(first), seconds_of(last) + DAY_SECONDS)


def test_exports_show_only_the_kinds_of_their_range(store: Store, qtbot: QtBot) -> None:
    t0, t1 = seconds_of(date(2022, 5, 25)), seconds_of(date(2022, 7, 1))
    view = Viewport(width=900.0)
    view.show(t0, t1)
    builder = SceneBuilder(store, text_measurer(QApplication.font()))
    scene = builder.build(view, 400.0, SceneOptions())
    assert [lane.kind for lane in scene.layout.lanes] == ["trial", "statement"]
    assert not scene.lane_hints
    image = QImage(900, 400, QImage.Format.Format_ARGB32_Premultiplied)
    render_timeline(image, store, t0, t1, RenderOptions(legend=True))
    assert not image.isNull()
