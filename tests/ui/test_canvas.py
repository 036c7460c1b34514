"""The timeline canvas as a user drives it (offscreen, real widgets, real SQLite)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QImage, QWheelEvent
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.ui.modal import activate
from timeline_app.core.model import Article, Event, Mention
from timeline_app.core.store import Store
from timeline_app.core.timespan import TimeSpan
from timeline_app.ui.canvas import TimelineCanvas, TimelineView
from timeline_app.ui.painter import RenderOptions, render_timeline


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    store = Store(tmp_path / "canvas.sqlite")
    events = [
        Event("Shooting on set", "incident", TimeSpan.on_day(date(2021, 10, 21)), salience=0.9),
        Event("Settlement", "settlement", TimeSpan.in_year(2022), salience=0.6),
        Event("Charges filed", "charge", TimeSpan.on_day(date(2023, 1, 31)), salience=0.7),
        Event("Conviction", "verdict", TimeSpan.until(date(2024, 7, 13)), salience=0.5),
        Event("Case dismissed", "dismissal", TimeSpan.on_day(date(2024, 7, 12)), salience=0.8),
        Event("Something undated", "other", TimeSpan.unknown()),
    ]
    for event in events:
        event.mentions = [Mention(0, 4, 0, 4)]
    store.add_article(Article("Text of the article.", "Case dismissed", date(2024, 7, 13)), events)
    yield store
    store.close()


@pytest.fixture
def canvas(qtbot: QtBot, store: Store) -> TimelineCanvas:
    widget = TimelineCanvas()
    qtbot.addWidget(widget)
    widget.resize(1200, 600)
    widget.set_store(store)
    activate(qtbot, widget)  # keys go to the canvas, not to a window left active by another test
    return widget


def _wheel(widget: TimelineCanvas, x: float, notches: int) -> None:
    pos = QPointF(x, 300)
    event = QWheelEvent(
        pos,
        QPointF(widget.mapToGlobal(pos.toPoint())),
        QPoint(0, 0),
        QPoint(0, 120 * notches),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def test_wheel_zoom_keeps_the_time_under_the_pointer(canvas: TimelineCanvas) -> None:
    for x, notches in [(100.0, 1), (900.0, 3), (450.0, -2)]:
        before = canvas.viewport.time_at(x)
        spp = canvas.viewport.seconds_per_pixel
        _wheel(canvas, x, notches)
        assert canvas.viewport.seconds_per_pixel != spp
        assert canvas.viewport.time_at(x) == pytest.approx(before, abs=canvas.viewport.seconds_per_pixel)


def test_fit_all_shows_every_dated_event(canvas: TimelineCanvas, store: Store) -> None:
    canvas.zoom_to(0, 86_400)
    canvas.fit_all()
    extent = store.time_extent()
    assert extent is not None
    view = canvas.viewport
    assert view.start <= extent[0] and extent[1] <= view.end
    assert view.span < 2 * (extent[1] - extent[0])
    shown = {item.event.id for item in canvas.scene().layout.items}
    dated = {r[0] for r in store.db.execute("SELECT id FROM events WHERE t0 IS NOT NULL")}
    assert shown == dated


def test_clicking_an_event_selects_it(canvas: TimelineCanvas, store: Store, qtbot: QtBot) -> None:
    target = store.db.execute("SELECT id FROM events WHERE title = 'Charges filed'").fetchone()[0]
    pos = canvas.event_position(target)
    assert pos is not None
    with qtbot.waitSignal(canvas.eventSelected) as blocker:
        qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=pos.toPoint())
    assert blocker.args == [target]
    assert canvas.selected_event() == target
    assert "Charges filed" in canvas.accessibleDescription()
    with qtbot.waitSignal(canvas.eventActivated) as activated:
        qtbot.keyClick(canvas, Qt.Key.Key_Return)
    assert activated.args == [target]
    with qtbot.waitSignal(canvas.eventSelected) as cleared:
        qtbot.keyClick(canvas, Qt.Key.Key_Escape)
    assert cleared.args == [-1] and canvas.selected_event() is None


def test_keyboard_steps_through_events_in_time_order(canvas: TimelineCanvas, store: Store, qtbot: QtBot) -> None:
    ordered = [r[0] for r in store.db.execute("SELECT id FROM events WHERE t0 IS NOT NULL ORDER BY t0, id")]
    seen = []
    for _ in ordered:
        qtbot.keyClick(canvas, Qt.Key.Key_Right)
        seen.append(canvas.selected_event())
    assert seen == ordered
    qtbot.keyClick(canvas, Qt.Key.Key_Right)  # at the end it stays
    assert canvas.selected_event() == ordered[-1]
    qtbot.keyClick(canvas, Qt.Key.Key_Left)
    assert canvas.selected_event() == ordered[-2]


def test_keyboard_zoom_and_fit(canvas: TimelineCanvas, qtbot: QtBot) -> None:
    spp = canvas.viewport.seconds_per_pixel
    qtbot.keyClick(canvas, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert canvas.viewport.seconds_per_pixel < spp
    qtbot.keyClick(canvas, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(canvas, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert canvas.viewport.seconds_per_pixel > spp
    qtbot.keyClick(canvas, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert canvas.viewport.seconds_per_pixel == pytest.approx(spp)
    start = canvas.viewport.start
    qtbot.keyClick(canvas, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert canvas.viewport.start > start and canvas.selected_event() is None
    qtbot.keyClick(canvas, Qt.Key.Key_PageUp)
    assert canvas.viewport.start < start


def test_hidden_kinds_and_filter(canvas: TimelineCanvas, store: Store) -> None:
    canvas.set_hidden_kinds({"incident"})
    scene = canvas.scene()
    assert "incident" not in scene.kinds
    assert all(item.event.kind != "incident" for item in scene.layout.items)
    keep = store.db.execute("SELECT id FROM events WHERE title = 'Settlement'").fetchone()[0]
    canvas.set_hidden_kinds(set())
    canvas.set_filter_ids({keep})
    assert [item.event.id for item in canvas.scene().layout.items] == [keep]
    canvas.set_filter_ids(None)
    assert len(canvas.scene().layout.items) == 5


def test_undated_events_are_shown_in_their_strip_and_selectable(canvas: TimelineCanvas, qtbot: QtBot) -> None:
    scene = canvas.scene()
    assert scene.undated_count == 1 and scene.undated[0].title == "Something undated"
    assert [row.title for _, _, row in scene.undated_boxes] == ["Something undated"]
    pos = canvas.event_position(scene.undated[0].id)
    assert pos is not None
    with qtbot.waitSignal(canvas.eventSelected) as blocker:
        qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=pos.toPoint())
    assert blocker.args == [scene.undated[0].id]


def test_view_with_scrollbar_and_exports(qtbot: QtBot, store: Store, tmp_path: Path) -> None:
    view = TimelineView()
    qtbot.addWidget(view)
    view.resize(900, 500)
    view.canvas.set_store(store)  # not shown: the offscreen plugin warns about size hints of layouts
    start = view.canvas.viewport.start
    view.scrollbar.setValue(view.scrollbar.value() + view.scrollbar.pageStep())
    assert view.canvas.viewport.start > start
    image = QImage(800, 400, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    extent = store.time_extent()
    assert extent is not None
    render_timeline(image, store, *extent, RenderOptions(title="Baldwin case", transparent=True))
    assert image.pixelColor(400, 200).alpha() == 0 or image.pixelColor(5, 5).alpha() == 0
    assert any(image.pixelColor(x, 15).alpha() > 0 for x in range(8, 200)), "the title is drawn"
    svg = QSvgGenerator()
    svg.setFileName(str(tmp_path / "t.svg"))
    svg.setSize(image.size())
    render_timeline(svg, store, *extent, RenderOptions(title="Baldwin case"))
    text = (tmp_path / "t.svg").read_text(encoding="utf-8")
    assert "Shooting on set" in text and "Baldwin case" in text


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # the offscreen platform and tooltips
def test_hover_reports_time_and_marks_the_publication_date(canvas: TimelineCanvas, store: Store, qtbot: QtBot) -> None:
    target = store.db.execute("SELECT id FROM events WHERE title = 'Shooting on set'").fetchone()[0]
    pos = canvas.event_position(target)
    assert pos is not None
    qtbot.mouseMove(canvas, QPoint(1, 1))  # Qt sends no move event when the pointer is already there
    with qtbot.waitSignal(canvas.pointerTimeChanged) as moved:
        qtbot.mouseMove(canvas, pos.toPoint())
    assert moved.args[0] == pytest.approx(canvas.viewport.time_at(pos.x()), abs=canvas.viewport.seconds_per_pixel)
    published = float((date(2024, 7, 13).toordinal() - date(1970, 1, 1).toordinal()) * 86_400)
    assert canvas._hovered == target and canvas._published == (published,)


def test_clicking_a_cluster_zooms_into_it(qtbot: QtBot, tmp_path: Path) -> None:
    store = Store(tmp_path / "crowd.sqlite")
    day = date(2024, 3, 1)
    store.add_article(
        Article("text", "t", day),
        [Event(f"Same-day event {i}", "trial", TimeSpan.on_day(day), salience=i / 50) for i in range(40)],
    )
    widget = TimelineCanvas()
    qtbot.addWidget(widget)
    widget.resize(900, 300)
    widget.set_store(store)
    widget.zoom_to(1_700_000_000, 1_720_000_000)  # Nov 2023 to Jul 2024
    scene = widget.scene()
    assert scene.layout.clusters, "forty events on one day cannot all have a row"
    cluster = scene.layout.clusters[0]
    span = widget.viewport.span
    x = scene.view_x((cluster.x0 + cluster.x1) / 2)
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(int(x), int(cluster.y + 5)))
    assert widget.viewport.span < span / 10
    store.close()


def test_resting_view_prepares_the_next_zoom_levels(
    canvas: TimelineCanvas, store: Store, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[tuple[float, float]] = []
    original = store.salient_events

    def counting(t0: float, t1: float, limit: int) -> tuple[list, bool]:
        calls.append((t0, t1))
        return original(t0, t1, limit)

    monkeypatch.setattr(store, "salient_events", counting)
    canvas.zoom_to(1_000_000_000, 1_010_000_000)  # 2001, a view not drawn before
    canvas.scene()
    qtbot.waitUntil(lambda: len(calls) >= 3, timeout=2000)  # this level, then one in and one out
    before = len(calls)
    for _ in range(3):  # a doubling in, wheel notch by notch
        canvas.zoom_in()
        canvas.scene()
    assert len(calls) == before, "the next level in was laid out while the view rested"


def test_touchpad_scrolling_pans_and_pinch_zooms(canvas: TimelineCanvas) -> None:
    from PySide6.QtGui import QNativeGestureEvent, QPointingDevice

    start, spp = canvas.viewport.start, canvas.viewport.seconds_per_pixel
    pos = QPointF(600, 300)
    scroll = QWheelEvent(
        pos,
        QPointF(canvas.mapToGlobal(pos.toPoint())),
        QPoint(-40, 0),
        QPoint(-120, 0),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.ScrollUpdate,
        False,
    )
    QApplication.sendEvent(canvas, scroll)
    assert canvas.viewport.start == pytest.approx(start + 40 * spp)
    anchor = canvas.viewport.time_at(pos.x())
    pinch = QNativeGestureEvent(
        Qt.NativeGestureType.ZoomNativeGesture,
        QPointingDevice.primaryPointingDevice(),
        2,
        pos,
        pos,
        QPointF(canvas.mapToGlobal(pos.toPoint())),
        0.5,
        QPointF(0, 0),
        0,
    )
    QApplication.sendEvent(canvas, pinch)
    assert canvas.viewport.seconds_per_pixel == pytest.approx(spp / 1.5)
    assert canvas.viewport.time_at(pos.x()) == pytest.approx(anchor, abs=spp)


def test_no_store_and_an_empty_store_draw_an_empty_timeline(qtbot: QtBot, tmp_path: Path) -> None:
    widget = TimelineCanvas()
    qtbot.addWidget(widget)
    widget.resize(600, 300)
    image = QImage(600, 300, QImage.Format.Format_ARGB32_Premultiplied)
    widget.set_store(None)
    widget.render(image)
    empty = Store(tmp_path / "empty.sqlite")
    widget.set_store(empty)
    widget.render(image)
    widget.select_next()
    assert widget.selected_event() is None
    assert widget.scene().layout.items == [] and widget.scene().undated_count == 0
    empty.close()
