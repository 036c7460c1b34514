"""The store's read side for the timeline, on a real SQLite file."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from timeline_app.core import store as store_module
from timeline_app.core.model import Article, Event
from timeline_app.core.store import Store
from timeline_app.core.timespan import DAY_SECONDS, TimeSpan


def _store(tmp_path: Path) -> tuple[Store, list[Event]]:
    store = Store(tmp_path / "t.sqlite")
    events = [
        Event(
            f"Day event {i}", ("trial", "verdict")[i % 2], TimeSpan.on_day(date(2020, 1, 1 + i % 28)), salience=i / 100
        )
        for i in range(60)
    ]
    events.append(Event("Settled", "settlement", TimeSpan.in_year(2019), salience=0.99))
    events.append(Event("Convicted", "verdict", TimeSpan.until(date(2024, 7, 13)), salience=0.3))
    events.append(Event("Undated", "trial", TimeSpan.unknown()))
    store.add_article(Article("text", "title", date(2024, 7, 13)), events)
    return store, events


def _total(store: Store) -> int:
    return int(store.db.execute("SELECT COALESCE(SUM(n), 0) FROM event_counts WHERE level = 0").fetchone()[0])


def test_summary_counts_follow_inserts_updates_and_deletes(tmp_path: Path) -> None:
    store, events = _store(tmp_path)
    assert _total(store) == 62  # every dated event, none undated
    for level in range(1, 4):
        row = store.db.execute("SELECT SUM(n) FROM event_counts WHERE level = ?", [level]).fetchone()
        assert row[0] == 62
    moved = events[0]
    moved.span = TimeSpan.on_day(date(2030, 5, 5))
    store.update_event(moved)
    assert _total(store) == 62
    assert store.count_starting(1_893_456_000.0, 1_924_992_000.0) == 1  # 2030
    undated = events[-1]
    undated.span = TimeSpan.on_day(date(2021, 1, 1))
    store.update_event(undated)
    assert _total(store) == 63
    store.db.execute("DELETE FROM events WHERE id = ?", [moved.id])
    assert _total(store) == 62


def test_window_queries_match_a_plain_scan(tmp_path: Path) -> None:
    store, _ = _store(tmp_path)
    jan = float((date(2020, 1, 1).toordinal() - date(1970, 1, 1).toordinal()) * DAY_SECONDS)
    t0, t1 = jan + 3 * DAY_SECONDS, jan + 10 * DAY_SECONDS
    rows, complete = store.salient_events(t0, t1, 100)
    expected = store.db.execute("SELECT id FROM events WHERE t0 < ? AND t1 > ?", [t1, t0]).fetchall()
    assert complete and sorted(r.id for r in rows) == sorted(r[0] for r in expected)
    assert "Settled" not in {r.title for r in rows}
    top, complete = store.salient_events(jan - 400 * DAY_SECONDS, jan + 40 * DAY_SECONDS, 5)
    assert not complete and len(top) == 5
    assert max(r.salience for r in top) == 0.99  # the year-long settlement overlapping the window's start
    assert store.count_starting(t0, t1) == len([r for r in rows if r.t0 is not None and r.t0 >= t0])
    assert sum(n for _, n in store.bucket_counts(jan, jan + 28 * DAY_SECONDS, 7 * DAY_SECONDS)) == 60
    density = store.density(jan - 30 * DAY_SECONDS, jan + 60 * DAY_SECONDS, 8 * DAY_SECONDS)
    assert sum(n for buckets in density.values() for _, _, n in buckets) == 60
    assert store.undated_count() == 1 and [r.title for r in store.undated_events()] == ["Undated"]
    extent = store.time_extent()
    assert extent is not None and extent[1] == float(
        (date(2024, 7, 14).toordinal() - date(1970, 1, 1).toordinal()) * DAY_SECONDS
    )


def test_neighbour_event_steps_in_time_order(tmp_path: Path) -> None:
    store, _ = _store(tmp_path)
    ordered = [r[0] for r in store.db.execute("SELECT id FROM events WHERE t0 IS NOT NULL ORDER BY t0, id")]
    first = store.neighbour_event(None, -1e12, True)
    assert first == ordered[0]
    walked = [first]
    while (following := store.neighbour_event(walked[-1], 0, True)) is not None:
        walked.append(following)
    assert walked == ordered
    assert store.neighbour_event(ordered[5], 0, False) == ordered[4]


def test_a_crowded_window_shows_the_most_salient_events_with_or_without_enough_salient_ones(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = Store(tmp_path / "t.sqlite")
    days = [date(2020, 1, 1).toordinal() + i for i in range(300)]
    events = [
        Event(
            f"Event {i}", "trial", TimeSpan.on_day(date.fromordinal(days[i % 300])), salience=round((i % 97) / 100, 2)
        )
        for i in range(600)
    ]
    store.add_article(Article("text", "title", date(2021, 1, 1)), events)
    monkeypatch.setattr(store_module, "_SCAN_LIMIT", 10)  # every window below counts as crowded
    jan = float((date(2020, 1, 1).toordinal() - date(1970, 1, 1).toordinal()) * DAY_SECONDS)

    def expected(t0: float, t1: float, limit: int) -> list[int]:
        rows = store.db.execute(
            "SELECT id FROM events WHERE t0 >= ? AND t0 < ? ORDER BY salience DESC, t0 DESC, id DESC LIMIT ?",
            [t0, t1, limit],
        ).fetchall()
        return [row[0] for row in rows]

    salient = store.db.execute("SELECT COUNT(*) FROM events WHERE salience >= ?", [store_module.SALIENT]).fetchone()
    assert 0 < salient[0] < 600
    plan = " ".join(
        str(row[3])
        for row in store.db.execute(
            "EXPLAIN QUERY PLAN SELECT id FROM events INDEXED BY events_salient"
            f" WHERE salience >= {store_module.SALIENT} AND t0 >= 0 ORDER BY salience DESC"
        )
    )
    assert "events_salient" in plan
    for limit in (5, 40, 200):  # enough salient events in the window, then too few: the rest by time
        t0, t1 = jan, jan + 300 * DAY_SECONDS
        assert [row[0] for row in store._most_salient_starting(t0, t1, limit)] == expected(t0, t1, limit)
        rows, complete = store.salient_events(t0, t1, limit)
        assert not complete and len(rows) == limit
        assert sorted(r.id for r in rows) == sorted(expected(t0, t1, limit))
    store.close()
