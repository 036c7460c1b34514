"""A search's events are read once and give the list the same count and pages as SQL did (real SQLite)."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest

from timeline_app.core.event_list import (
    EventFilter,
    ListRow,
    ListSort,
    count_shown,
    found_rows,
    list_rows,
    nearest_in_search,
    step_in_search,
)
from timeline_app.core.model import Article, Event, Mention
from timeline_app.core.store import Store
from timeline_app.core.timespan import TimeSpan

KINDS = ["arrest", "trial", "statement"]


def _events(rng: random.Random, count: int, prefix: str) -> list[Event]:
    events = []
    for index in range(count):
        if index % 6 == 0:
            span = TimeSpan.unknown()
        elif index == 1:
            span = TimeSpan.on_day(date(1970, 1, 1))  # starts at second 0
        else:
            span = TimeSpan.on_day(date(2021, 3, 1) + timedelta(days=rng.randrange(12)))  # many share a day
        events.append(Event(f"{prefix} {index}", KINDS[index % 3], span, mentions=[Mention(0, 4, 0, 4)]))
    return events


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    rng = random.Random(5)
    with Store(tmp_path / "search.sqlite") as opened:
        for number in range(3):
            article = Article(f"Article {number} text.", f"Story {number}", date(2021, 4, 1))
            opened.add_article(article, _events(rng, 40, f"Story {number} event"))
        yield opened


def _all_ids(store: Store) -> list[int]:
    return [int(row[0]) for row in store.db.execute("SELECT id FROM events ORDER BY id").fetchall()]


def _pages(store: Store, where: EventFilter, descending: bool, size: int) -> list[ListRow]:
    rows: list[ListRow] = []
    while page := _page(store, where, rows[-1] if rows else None, descending, size):
        rows += page
    return rows


def _page(store: Store, where: EventFilter, after: ListRow | None, descending: bool, size: int) -> list[ListRow]:
    return list_rows(store, size, where, after, ListSort("when", descending))


def _filters(store: Store) -> Iterator[frozenset[int]]:
    ids = _all_ids(store)
    rng = random.Random(9)
    yield frozenset(ids)
    yield frozenset(rng.sample(ids, 50))
    yield frozenset(rng.sample(ids, 5))
    yield frozenset([ids[0], ids[1], max(ids) + 10])  # an undated one, the one at second 0, one not stored
    yield frozenset()


@pytest.mark.parametrize("descending", [False, True])
def test_a_search_lists_and_counts_what_the_whole_list_holds_of_it(store: Store, descending: bool) -> None:
    for ids in _filters(store):
        for hidden in (frozenset(), frozenset({"trial"}), frozenset(KINDS)):
            everything = _pages(store, EventFilter(None, hidden), descending, 1000)  # by SQL
            expected = [row for row in everything if row.id in ids]
            where = EventFilter(ids, hidden)
            assert _pages(store, where, descending, 7) == expected
            assert count_shown(store, where) == len(expected)


def test_the_read_is_kept_for_one_search_until_the_store_changes(store: Store, tmp_path: Path) -> None:
    ids = frozenset(_all_ids(store))
    statements: list[str] = []
    store.db.conn.set_trace_callback(statements.append)
    first = found_rows(store, ids)
    assert found_rows(store, frozenset(ids)) is first  # the same search again: nothing read
    reads = [s for s in statements if "e.salience, e.kind FROM events" in s]
    assert len(reads) == 1
    hidden = EventFilter(ids, frozenset({"statement"}))
    before = count_shown(store, hidden)
    event = store.event(_all_ids(store)[3])
    assert event is not None and event.kind != "statement"
    event.kind = "statement"
    store.update_event(event)  # written by this connection
    assert count_shown(store, hidden) == before - 1
    with Store(store.path or tmp_path / "none") as other:  # written by another one
        changed = other.event(_all_ids(store)[4])
        assert changed is not None and changed.kind != "statement"
        changed.kind = "statement"
        other.update_event(changed)
    assert count_shown(store, hidden) == before - 2
    store.db.conn.set_trace_callback(None)


def _old_step(store: Store, where: EventFilter, selected: int | None, forward: bool) -> int | None:
    """How the canvas stepped through a search before: every row read, in time order."""
    assert where.ids is not None
    rows = [r for r in store.event_rows(sorted(where.ids)) if r.t0 is not None and r.kind not in where.hidden_kinds]
    ids = [r.id for r in rows]
    if not ids:
        return None
    if selected in ids:
        index = ids.index(selected) + (1 if forward else -1)
        return ids[index] if 0 <= index < len(ids) else None
    return ids[0] if forward else ids[-1]


def test_stepping_through_a_search_goes_in_time_order_as_before(store: Store) -> None:
    everything = _all_ids(store)
    for ids in _filters(store):
        for hidden in (frozenset(), frozenset({"trial"})):
            where = EventFilter(ids, hidden)
            for selected in [None, *everything[:30]]:
                for forward in (True, False):
                    assert step_in_search(store, where, selected, forward) == _old_step(store, where, selected, forward)


def test_the_nearest_event_of_a_kind_in_a_search_is_the_one_found_before(store: Store) -> None:
    rows = store.event_rows(_all_ids(store))
    times = sorted({r.t0 for r in rows if r.t0 is not None})
    for ids in _filters(store):
        shown = [r for r in rows if r.id in ids]  # in time order, then by id
        for kind in KINDS:
            of_kind = [r for r in shown if r.kind == kind and r.t0 is not None]
            for t in [times[0] - 1, *times, times[-1] + 1]:
                later = min((r for r in of_kind if (r.t0 or 0.0) >= t), key=lambda r: r.t0 or 0.0, default=None)
                earlier = max((r for r in of_kind if (r.t0 or 0.0) < t), key=lambda r: r.t0 or 0.0, default=None)
                assert nearest_in_search(store, ids, kind, t, True) == (later.id if later else None)
                assert nearest_in_search(store, ids, kind, t, False) == (earlier.id if earlier else None)
