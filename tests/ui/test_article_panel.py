"""UTF-16 positions and the event list's paging, on real Qt objects."""

from __future__ import annotations

from datetime import date, timedelta

from timeline_app.core.model import Article, Event, Mention
from timeline_app.core.timespan import TimeSpan
from timeline_app.ui.article_panel import utf16_position
from timeline_app.ui.event_table import PAGE, EventTable


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
