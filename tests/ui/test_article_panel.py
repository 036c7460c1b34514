"""UTF-16 positions and the event list (paging, sorting, greyed sayings), on real Qt objects."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from timeline_app.core.model import QUIET_SALIENCE, Article, Event, Mention
from timeline_app.core.timespan import TimeSpan
from timeline_app.ui.article_panel import utf16_position
from timeline_app.ui.event_table import PAGE, SORTED_PAGE, EventTable


def test_utf16_position_counts_astral_characters_twice() -> None:
    text = "a😀b𝄞c"
    assert [utf16_position(text, i) for i in range(len(text) + 1)] == [0, 1, 3, 4, 6, 7]
    assert utf16_position("plain", 3) == 3
    assert utf16_position("é€", 2) == 2


def test_event_table_loads_pages_on_demand(qtbot, store) -> None:
    count = PAGE * 2 + 10
    text = "Something happened. " * 3
    events = [
        Event(
            f"Event {i}", "misc", TimeSpan.on_day(date(2000, 1, 1) + timedelta(days=i)), mentions=[Mention(0, 19, 0, 9)]
        )
        for i in range(count)
    ]
    ids = store.add_article(Article(text, "Many", date(2024, 1, 1)), events).event_ids
    table = EventTable()
    qtbot.addWidget(table)
    table.set_store(store)
    model = table.source_model
    assert model.total == count
    assert model.rowCount() == PAGE
    assert model.canFetchMore()
    table.select_event(ids[-1])
    assert table.selected_event() == ids[-1]
    assert model.rowCount() == PAGE + 1
    model.fetchMore()
    model.fetchMore()
    assert model.rowCount() == count
    assert not model.canFetchMore()
    assert len({row.id for row in model.rows}) == count


def test_clicking_a_header_sorts_every_event_not_just_the_loaded_page(qtbot, store) -> None:
    count = SORTED_PAGE + 10
    text = "Something happened. " * 3
    # Titles run backwards in time, so the first title alphabetically is the latest event.
    events = [
        Event(
            f"Event {count - i:05d}",
            "misc",
            TimeSpan.on_day(date(2000, 1, 1) + timedelta(days=i)),
            mentions=[Mention(0, 19, 0, 9)],
        )
        for i in range(count)
    ]
    ids = store.add_article(Article(text, "Many", date(2024, 1, 1)), events).event_ids
    table = EventTable()
    qtbot.addWidget(table)
    table.resize(800, 400)
    table.show()
    table.set_store(store)
    table.select_event(ids[3])
    header = table.horizontalHeader()
    title_x = header.sectionViewportPosition(2) + header.sectionSize(2) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(title_x, header.height() // 2))
    model = table.source_model
    assert header.sortIndicatorSection() == 2
    assert model.rows[0].title == "Event 00001" and model.rows[0].id == ids[-1]
    assert table.selected_event() == ids[3]  # kept, loaded out of turn at its place
    while model.canFetchMore():
        model.fetchMore()
    titles = [row.title for row in model.rows]
    assert titles == sorted(titles) and len(titles) == count
    assert model.row_for(ids[3]) == count - 4
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(title_x, header.height() // 2))
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert [row.id for row in model.rows] == list(ids[:SORTED_PAGE])
    assert table.currentIndex().row() == 3 and table.selected_event() == ids[3]


def test_a_quiet_saying_is_greyed_in_the_event_list(qtbot, store) -> None:
    """The list shows every event; a saying the zoomed-out timeline leaves out is drawn in the
    placeholder colour, with a tip saying when the timeline shows it."""
    quiet = Event("Police said", "statement", TimeSpan.on_day(date(2024, 1, 2)), salience=QUIET_SALIENCE / 2)
    loud = Event("Guard shot", "shooting", TimeSpan.on_day(date(2024, 1, 2)), salience=0.6)
    for event in (quiet, loud):
        event.mentions = [Mention(0, 19, 0, 9)]
    store.add_article(Article("Something happened. " * 3, "One", date(2024, 1, 3)), [quiet, loud])
    table = EventTable()
    qtbot.addWidget(table)
    table.set_store(store)
    model = table.source_model
    rows = {model.data(model.index(r, 2)): r for r in range(model.rowCount())}
    grey = QApplication.palette().color(QPalette.ColorRole.PlaceholderText)
    assert model.data(model.index(rows["Police said"], 2), Qt.ItemDataRole.ForegroundRole) == grey
    assert "zoomed in" in model.data(model.index(rows["Police said"], 2), Qt.ItemDataRole.ToolTipRole)
    assert model.data(model.index(rows["Guard shot"], 2), Qt.ItemDataRole.ForegroundRole) is None
    assert model.data(model.index(rows["Guard shot"], 2), Qt.ItemDataRole.ToolTipRole) == "Guard shot"
