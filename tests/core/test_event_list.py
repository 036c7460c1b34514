"""Paging and filtering of the event list on a real SQLite file."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from timeline_app.core.event_list import (
    EventFilter,
    ListRow,
    ListSort,
    count_shown,
    list_row,
    list_rows,
    order_ids,
    search_event_ids,
    shown_extent,
)
from timeline_app.core.model import Article, Event, Mention
from timeline_app.core.store import Store
from timeline_app.core.timespan import TimeSpan


def _fill(store: Store) -> list[int]:
    text = "Something happened here. And then again."
    events = []
    for i in range(25):
        span = TimeSpan.unknown() if i % 5 == 0 else TimeSpan.on_day(date(2020, 1, 1) + timedelta(days=30 - i))
        events.append(Event(f"Event {i}", "odd" if i % 2 else "even", span, mentions=[Mention(0, 24, 10, 18)]))
    return list(store.add_article(Article(text, "A", date(2024, 1, 1)), events).event_ids)


def test_pages_walk_dated_events_in_time_order_then_undated(tmp_path) -> None:
    with Store(tmp_path / "t.db") as store:
        ids = _fill(store)
        rows: list[ListRow] = []
        while page := list_rows(store, 4, after=rows[-1] if rows else None):
            rows += page
        assert len(rows) == 25 and len({row.id for row in rows}) == 25
        dated = [row for row in rows if row.t0 is not None]
        times = [row.t0 or 0.0 for row in dated]
        assert times == sorted(times)
        assert rows[-5:] == [row for row in rows if row.t0 is None]
        assert [row.id for row in rows[-5:]] == ids[::5]
        assert rows[0].sources == 1 and rows[0].label.endswith("2020")


def test_filters_apply_to_rows_counts_and_extent(tmp_path) -> None:
    with Store(tmp_path / "t.db") as store:
        ids = _fill(store)
        where = EventFilter(frozenset(ids[:10]), frozenset({"odd"}))
        rows = list_rows(store, 100, where)
        assert {row.id for row in rows} == {ids[i] for i in range(0, 10, 2)}
        assert count_shown(store, where) == 5
        assert list_row(store, ids[1], where) is None
        assert list_row(store, ids[2], where) is not None
        extent = shown_extent(store, where)
        assert extent is not None
        day = (date(2020, 1, 1) - date(1970, 1, 1)).days * 86_400
        assert extent == (day + (30 - 8) * 86_400, day + (30 - 2 + 1) * 86_400)
        assert shown_extent(store, EventFilter(frozenset())) is None


def test_search_matches_titles_and_evidence_sentences_not_whole_articles(tmp_path) -> None:
    text = "The family reached a settlement in 2022. Separately, the actor was charged in January."
    settled = Mention(0, 39, 21, 31)
    charged = Mention(40, len(text), 65, 72)
    with Store(tmp_path / "t.db") as store:
        ids = store.add_article(
            Article(text, "Case news", date(2024, 1, 1)),
            [
                Event("Family agreement", "settlement", TimeSpan.in_year(2022), mentions=[settled]),
                Event("Actor charged", "charge", TimeSpan.in_month(2024, 1), mentions=[charged]),
            ],
        ).event_ids
        assert search_event_ids(store, "settlement") == {ids[0]}
        assert search_event_ids(store, "Settlements") == {ids[0]}
        assert search_event_ids(store, "charged actor") == {ids[1]}
        assert search_event_ids(store, "agreement") == {ids[0]}
        assert search_event_ids(store, "family charged") == set()
        assert search_event_ids(store, '  " ') == set()


def test_search_takes_words_with_hyphens_and_punctuation(tmp_path) -> None:
    """The index holds words without positions, so "covid-19" is asked as "covid" and "19";
    the evidence sentence must still hold "covid-19" itself."""
    text = "The COVID-19 ward was closed in March. Covid cases rose in 19 states."
    closed = Mention(0, 38, 26, 32)
    rose = Mention(39, len(text), 51, 55)
    with Store(tmp_path / "t.db") as store:
        ids = store.add_article(
            Article(text, "Ward news", date(2024, 4, 1)),
            [
                Event("Ward closed", "closure", TimeSpan.in_month(2024, 3), mentions=[closed]),
                Event("Cases rose", "statement", TimeSpan.in_month(2024, 3), mentions=[rose]),
            ],
        ).event_ids
        assert search_event_ids(store, "covid-19") == {ids[0]}
        assert search_event_ids(store, "covid") == set(ids)
        assert search_event_ids(store, "AT&T -- !") == set()


def _walk(store: Store, sort: ListSort, where: EventFilter | None = None) -> list[ListRow]:
    rows: list[ListRow] = []
    while page := list_rows(store, 3, where, rows[-1] if rows else None, sort):
        rows += page
    return rows


def _fill_varied(store: Store) -> None:
    """Events with mixed-case titles, participants and one to three source articles each."""
    titles = ["beta", "Alpha", "gamma", "alpha", "Delta", "epsilon", "Beta", "zeta"]
    people = [["Zoe"], [], ["Ann", "Bo"], ["ann"], [], ["Carl"], ["Ann"], ["Bo"]]
    for copy in range(3):
        text = f"Copy {copy}. Something happened here. And then again."
        events = [
            Event(
                titles[i],
                "odd" if i % 2 else "even",
                TimeSpan.unknown() if i == 5 else TimeSpan.on_day(date(2020, 1, 1) + timedelta(days=i % 3)),
                participants=list(people[i]),
                mentions=[Mention(8, 32, 18, 26)],
            )
            for i in range(len(titles))
            if i >= copy * 3  # later events are reported by fewer articles
        ]
        store.add_article(Article(text, f"Copy {copy}", date(2024, 1, 1 + copy)), events)


def test_every_column_sorts_all_events_across_pages(tmp_path) -> None:
    with Store(tmp_path / "t.db") as store:
        _fill_varied(store)
        everything = _walk(store, ListSort())
        assert len(everything) == count_shown(store) >= 8

        def when(row: ListRow) -> tuple[bool, float, int]:
            return (row.t0 is None, row.t0 or 0.0, row.id)

        expected: dict[str, Callable[[ListRow], Any]] = {
            "kind": lambda row: (row.kind, *when(row)),
            "title": lambda row: (row.title.lower(), *when(row)),
            "participants": lambda row: (not row.participants, ", ".join(row.participants).lower(), *when(row)),
            "sources": lambda row: (row.sources, *when(row)),
        }
        for column, key in expected.items():
            walked = _walk(store, ListSort(column))
            assert [row.id for row in walked] == [row.id for row in sorted(everything, key=key)], column
            descending = [row.id for row in _walk(store, ListSort(column, descending=True))]
            assert len(descending) == len(walked)
            if column != "participants":  # events without participants stay last both ways
                assert descending == [row.id for row in reversed(walked)], column
        assert [row.sources for row in _walk(store, ListSort("sources"))][-1] > 1
        newest = _walk(store, ListSort("when", descending=True))
        dated = [row.t0 or 0.0 for row in newest if row.t0 is not None]
        assert dated == sorted(dated, reverse=True) and newest[-1].t0 is None
        hidden = EventFilter(hidden_kinds=frozenset({"odd"}))
        assert {row.kind for row in _walk(store, ListSort("title"), hidden)} == {"even"}
        assert order_ids(store, [everything[0].id, everything[-1].id], ListSort("title", True)) == [
            row.id for row in sorted(everything[:1] + everything[-1:], key=lambda r: r.title.lower(), reverse=True)
        ]
