"""Lanes taller than the canvas scroll; the undated strip lists everything (offscreen, real SQLite)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QImage, QWheelEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.ui.modal import active_view
from timeline_app.core.model import Article, Event, Mention
from timeline_app.core.store import Store
from timeline_app.core.timespan import TimeSpan
from timeline_app.ui.canvas import TimelineCanvas, TimelineView
from timeline_app.ui.painter import RenderOptions, render_timeline

KINDS = [f"kind{i:02d}" for i in range(16)]
UNDATED = 60


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    store = Store(tmp_path / "lanes.sqlite")
    events = [Event(f"Event of {kind}", kind, TimeSpan.on_day(date(2022, 3, 1 + i))) for i, kind in enumerate(KINDS)]
    events += [Event(f"Undated number {i}", "kind00", TimeSpan.unknown()) for i in range(UNDATED)]
    for event in events:
        event.mentions = [Mention(0, 4, 0, 4)]
    store.add_article(Article("Text of the article.", "Many kinds", date(2022, 4, 1)), events)
    yield store
    store.close()


@pytest.fixture
def view(qtbot: QtBot, store: Store) -> TimelineView:
    return active_view(qtbot, store, height=360)


def _id(store: Store, title: str) -> int:
    return int(store.db.execute("SELECT id FROM events WHERE title = ?", [title]).fetchone()[0])


def _alt_wheel(canvas: TimelineCanvas, notches: int) -> None:
    _wheel(canvas, QPointF(450, 150), notches, Qt.KeyboardModifier.AltModifier)


def _wheel(canvas: TimelineCanvas, pos: QPointF, notches: int, modifiers: Qt.KeyboardModifier) -> None:
    event = QWheelEvent(
        pos,
        QPointF(canvas.mapToGlobal(pos.toPoint())),
        QPoint(0, 0),
        QPoint(0, -120 * notches),
        Qt.MouseButton.NoButton,
        modifiers,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(canvas, event)


def test_lanes_that_do_not_fit_scroll_and_keep_their_names(view: TimelineView, qtbot: QtBot) -> None:
    canvas = view.canvas
    scene = canvas.scene()
    assert [lane.kind for lane in scene.layout.lanes] == KINDS
    assert all(lane.header > 0 for lane in scene.layout.lanes), "every lane has room for its name"
    assert scene.max_scroll > 0 and view.lanes_scrollbar.isVisible()
    spp = canvas.viewport.seconds_per_pixel
    _alt_wheel(canvas, 2)
    assert canvas.lanes_scroll() > 0 and canvas.viewport.seconds_per_pixel == spp, "Alt+wheel scrolls, not zooms"
    assert view.lanes_scrollbar.value() == int(canvas.lanes_scroll() + 0.5)
    view.lanes_scrollbar.setValue(view.lanes_scrollbar.maximum())
    assert canvas.lanes_scroll() == pytest.approx(scene.max_scroll, abs=1)
    qtbot.keyClick(canvas, Qt.Key.Key_Up)
    assert canvas.lanes_scroll() < scene.max_scroll - 1
    canvas.set_lanes_scroll(0)
    qtbot.keyClick(canvas, Qt.Key.Key_Down)
    assert canvas.lanes_scroll() > 0


def test_selecting_an_event_out_of_sight_scrolls_its_lane_into_view(
    view: TimelineView, store: Store, qtbot: QtBot
) -> None:
    canvas = view.canvas
    last = _id(store, f"Event of {KINDS[-1]}")
    assert canvas.event_position(last) is None, "the last lane starts out of sight"
    canvas.select_event(last)
    pos = canvas.event_position(last)
    assert pos is not None
    frame = canvas.scene().lanes_frame
    assert frame.top <= pos.y() < frame.top + frame.height
    canvas.select_event(None)
    with qtbot.waitSignal(canvas.eventSelected) as blocker:  # what is drawn there is what is hit
        qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=pos.toPoint())
    assert blocker.args == [last]
    first = _id(store, f"Event of {KINDS[0]}")
    canvas.select_event(last)
    for _ in KINDS[1:]:  # stepping back with the keyboard keeps each selected event in sight
        qtbot.keyClick(canvas, Qt.Key.Key_Left)
        assert canvas.event_position(canvas.selected_event() or -1) is not None
    assert canvas.selected_event() == first and canvas.lanes_scroll() == 0


def test_the_undated_strip_offers_every_undated_event(view: TimelineView, store: Store, qtbot: QtBot) -> None:
    canvas = view.canvas
    scene = canvas.scene()
    assert scene.undated_count == UNDATED and scene.undated_more is not None
    x, width, text = scene.undated_more
    assert text == f"+{UNDATED - len(scene.undated_boxes)} more…"
    assert x + width <= scene.view.width, "the link is inside the strip"
    menu = canvas.undated_menu()
    actions = [a for a in menu.actions() if a.data() is not None]
    assert len(actions) == UNDATED
    target = _id(store, f"Undated number {UNDATED - 1}")
    with qtbot.waitSignal(canvas.eventSelected) as blocker:
        next(a for a in actions if a.data() == target).trigger()
    assert blocker.args == [target] and canvas.selected_event() == target
    menu.deleteLater()


def test_exports_keep_compact_lanes_that_fit_the_image(store: Store) -> None:
    image = QImage(900, 300, QImage.Format.Format_ARGB32_Premultiplied)
    extent = store.time_extent()
    assert extent is not None
    render_timeline(image, store, *extent, RenderOptions(legend=True))
    background = image.pixelColor(image.width() // 2, image.height() - 30)
    assert background.isValid()


def test_the_wheel_over_a_lane_name_scrolls_lanes_and_elsewhere_zooms(view: TimelineView) -> None:
    canvas = view.canvas
    canvas.repaint()
    lane = canvas.scene().layout.lanes[1]
    spp = canvas.viewport.seconds_per_pixel
    _wheel(canvas, QPointF(12, lane.top + lane.header / 2), 1, Qt.KeyboardModifier.NoModifier)
    assert canvas.lanes_scroll() > 0 and canvas.viewport.seconds_per_pixel == spp
    scrolled = canvas.lanes_scroll()
    _wheel(canvas, QPointF(600, 150), 1, Qt.KeyboardModifier.NoModifier)
    assert canvas.viewport.seconds_per_pixel > spp and canvas.lanes_scroll() <= scrolled
