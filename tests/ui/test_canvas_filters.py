"""A search or a hidden kind changes the canvas once, and its extent is the SQL aggregate's (real SQLite)."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from tests.ui.conftest import Spec, add_article
from timeline_app.core.event_list import EventFilter, search_event_ids, shown_extent
from timeline_app.core.store import Store
from timeline_app.core.timespan import TimeSpan
from timeline_app.ui.canvas import TimelineCanvas, TimelineView
from timeline_app.ui.main_window import MainWindow

ROUNDS = [
    ("hearing", "The court held a hearing on the motion.", "hearing"),
    ("verdict", "The jury returned a verdict in court.", "verdict"),
    ("statement", "The mayor spoke about the court's budget.", "spoke"),
    ("meeting", "The council met to discuss parks.", "met"),
]


def _fill(store: Store) -> None:
    """Articles over two years; each reports four events, one of them undated, one open-ended."""
    for number in range(12):
        published = date(2022, 1, 10) + timedelta(days=61 * number)
        text = " ".join(sentence for _, sentence, _ in ROUNDS)
        specs = []
        for index, (kind, sentence, trigger) in enumerate(ROUNDS):
            day = published - timedelta(days=3 * index + 1)
            span = {0: TimeSpan.on_day(day), 1: TimeSpan.in_year(day.year), 2: TimeSpan.until(published)}.get(
                index, TimeSpan.unknown()
            )
            specs.append(Spec(f"{kind.title()} {number}", kind, span, sentence, trigger))
        add_article(store, text, published, specs, title=f"Court story {number}")


@pytest.fixture
def view(qtbot: QtBot, store: Store) -> TimelineView:
    _fill(store)
    widget = TimelineView()
    qtbot.addWidget(widget)
    widget.resize(1200, 600)
    widget.canvas.set_store(store)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _filled_window(qtbot: QtBot, store: Store, settings: QSettings) -> MainWindow:
    """The main window, shown, on the store filled by ``_fill``."""
    _fill(store)
    window = MainWindow(store, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _count_changes(canvas: TimelineCanvas) -> list[int]:
    changes: list[int] = []
    canvas.viewChanged.connect(lambda: changes.append(1))
    return changes


def test_set_filters_changes_the_view_once_and_the_old_setters_still_do(view: TimelineView, store: Store) -> None:
    canvas = view.canvas
    changes = _count_changes(canvas)
    ids = search_event_ids(store, "court")
    assert ids
    canvas.set_filters(ids, {"verdict"})
    assert len(changes) == 1
    scene = canvas.scene()
    assert "verdict" not in scene.kinds and {item.event.id for item in scene.layout.items} <= ids
    canvas.set_filter_ids(None)  # keeps the hidden kinds
    assert len(changes) == 2 and "verdict" not in canvas.scene().kinds
    canvas.set_hidden_kinds(set())  # keeps no filter
    assert len(changes) == 3 and "verdict" in canvas.scene().kinds
    canvas.set_filter_ids(ids)
    canvas.set_hidden_kinds({"hearing"})  # keeps the filter
    assert len(changes) == 5
    assert {item.event.id for item in canvas.scene().layout.items} <= ids - _ids_of_kind(store, "hearing")


def test_extent_with_a_filter_is_the_sql_aggregate(view: TimelineView, store: Store) -> None:
    canvas = view.canvas
    court = frozenset(search_event_ids(store, "court"))
    undated = frozenset(int(row[0]) for row in store.db.execute("SELECT id FROM events WHERE t0 IS NULL"))
    kinds = {"hearing", "verdict", "statement", "meeting"}
    cases = [
        (court, frozenset()),
        (court, frozenset({"hearing"})),
        (court, frozenset({"hearing", "verdict"})),
        (court, frozenset(kinds)),
        (frozenset(list(court)[:2]), frozenset()),
        (undated, frozenset()),
        (frozenset(), frozenset()),
    ]
    for ids, hidden in cases:
        canvas.set_filters(ids, hidden)
        assert canvas.data_extent() == shown_extent(store, EventFilter(ids, hidden)), (sorted(ids), hidden)
    assert canvas.data_extent() is None
    canvas.set_filters(None, {"hearing"})  # hidden kinds alone keep the extent of everything
    assert canvas.data_extent() == store.time_extent()


def test_fit_all_with_a_filter_shows_exactly_its_first_and_last_event(view: TimelineView, store: Store) -> None:
    canvas = view.canvas
    ids = search_event_ids(store, "hearing")
    canvas.set_filters(ids, set())
    canvas.fit_all()
    extent = shown_extent(store, EventFilter(frozenset(ids)))
    assert extent is not None
    viewport = canvas.viewport
    assert viewport.start < extent[0] and extent[1] < viewport.end
    assert {item.event.id for item in canvas.scene().layout.items} == ids  # every dated one is drawn


def test_a_search_or_a_hidden_kind_changes_the_window_view_once(
    qtbot: QtBot, store: Store, settings: QSettings, tmp_path: Path
) -> None:
    window = _filled_window(qtbot, store, settings)
    changes = _count_changes(window.canvas)
    window.search_box.setText("court")
    window.apply_search()
    assert len(changes) == 1
    shown = _table_ids(window)
    assert window.search_ids is not None and shown == window.search_ids
    assert {item.event.id for item in window.canvas.scene().layout.items} <= shown
    window.set_kind_shown("verdict", False)
    assert len(changes) == 2
    assert _table_ids(window) == window.search_ids - _ids_of_kind(store, "verdict")
    assert window.canvas.data_extent() == shown_extent(store, window.current_filter())
    window.zoom_to_results()
    extent = shown_extent(store, window.current_filter())
    assert extent is not None
    margin = max(extent[1] - extent[0], 7 * 86_400.0)  # the margins zoom_to_results leaves
    viewport = window.canvas.viewport
    assert viewport.start == pytest.approx(extent[0] - margin * 0.05)
    assert viewport.end == pytest.approx(extent[1] + margin * 0.2)
    drawn = {item.event.id for item in window.canvas.scene().layout.items}
    dated = {i for i in _table_ids(window) if store.event_rows([i])[0].t0 is not None}
    assert drawn == dated  # zoomed to the results: every dated one in view
    window.show_all_kinds()
    window.search_box.clear()
    window.apply_search()
    assert len(changes) == 5  # zoom, kinds, search: one each


def _table_ids(window: MainWindow) -> set[int]:
    model = window.table.source_model
    while model.canFetchMore():
        model.fetchMore()
    return {row.id for row in model.rows}


def _ids_of_kind(store: Store, kind: str) -> set[int]:
    return {int(row[0]) for row in store.db.execute("SELECT id FROM events WHERE kind = ?", [kind])}


def test_a_search_reads_its_events_once_for_the_list_and_the_timeline(
    qtbot: QtBot, store: Store, settings: QSettings
) -> None:
    window = _filled_window(qtbot, store, settings)
    statements: list[str] = []
    store.db.conn.set_trace_callback(statements.append)
    try:
        window.search_box.setText("court")
        window.apply_search()
        window.zoom_to_results()
    finally:
        store.db.conn.set_trace_callback(None)
    assert len([s for s in statements if "e.salience, e.kind FROM events" in s]) == 1
    assert not [s for s in statements if "COUNT(*) FROM events e" in s or "MIN(e.t0)" in s]
    assert window.table.source_model.total == len(window.search_ids or ())
