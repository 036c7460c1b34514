"""The SQLite store on a real file: transactions, dedup, schema versions, timeline queries."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from timeline_app.core.model import Article, Event, Mention
from timeline_app.core.store import SCHEMA_VERSION, Store, StoreError
from timeline_app.core.timespan import DAY_SECONDS, TimeSpan

TEXT = "The court settled the case in 2022. A shooting happened earlier."


def _article(text: str = TEXT) -> Article:
    return Article(text=text, title="Court settles", published=date(2024, 7, 13), source_path="/tmp/a.txt")


def _events() -> list[Event]:
    return [
        Event("Case settled", "settlement", TimeSpan.in_year(2022), ["Court"], mentions=[Mention(0, 35, 10, 17)]),
        Event("Shooting", "shooting", TimeSpan.until(date(2024, 7, 13)), mentions=[Mention(36, 64, 38, 46)]),
    ]


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = Store(tmp_path / "chronicle.db")
    yield opened
    opened.close()


def test_article_with_events_round_trips(store: Store) -> None:
    result = store.add_article(_article(), _events())
    assert result.created and len(result.event_ids) == 2
    [article] = store.articles()
    assert article.text == TEXT and article.published == date(2024, 7, 13)
    events = store.events()
    assert [e.title for e in events] == ["Case settled", "Shooting"]
    settled = events[0]
    assert settled.span == TimeSpan.in_year(2022) and settled.participants == ["Court"]
    [mention] = settled.mentions
    assert mention.quote(article.text) == "The court settled the case in 2022."
    assert mention.trigger(article.text) == "settled"


def test_same_content_twice_changes_nothing(store: Store) -> None:
    first = store.add_article(_article(), _events())
    second = store.add_article(_article(), _events())
    assert not second.created and second.article_id == first.article_id
    assert store.counts() == (2, 1)


def test_failed_article_leaves_nothing_behind(store: Store) -> None:
    broken = _events()
    broken.append(Event("Bad", "statement", TimeSpan.unknown(), mentions=[Mention(0, 1, 0, 1)]))
    broken[-1].title = None  # type: ignore[assignment]  # violates NOT NULL inside the transaction
    with pytest.raises(sqlite3.IntegrityError):
        store.add_article(_article(), broken)
    assert store.counts() == (0, 0)
    assert store.db.execute("SELECT COUNT(*) FROM mentions").fetchone()[0] == 0


def test_wal_and_schema_version(store: Store, tmp_path: Path) -> None:
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_newer_schema_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.execute("CREATE TABLE something (x)")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(StoreError, match="newer Chronicle"):
        Store(path)
    assert path.read_bytes() == before


def test_not_a_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("this is not sqlite " * 100)
    with pytest.raises(StoreError, match="not a Chronicle database"):
        Store(path)


def test_reopening_keeps_data(tmp_path: Path) -> None:
    path = tmp_path / "c.db"
    with Store(path) as first:
        first.add_article(_article(), _events())
    with Store(path) as second:
        assert second.counts() == (2, 1)


def test_window_query_finds_overlapping_events(store: Store) -> None:
    store.add_article(_article(), _events())
    year_2022 = TimeSpan.in_year(2022)
    start, end = year_2022.start_seconds(), year_2022.end_seconds()
    assert start is not None and end is not None
    inside = store.events_in_window(start + 100 * DAY_SECONDS, start + 101 * DAY_SECONDS)
    assert [row.title for row in inside] == ["Case settled"]
    assert store.events_in_window(end + DAY_SECONDS, end + 2 * DAY_SECONDS) == []
    published = TimeSpan.on_day(date(2024, 7, 13))
    around = store.events_in_window(published.start_seconds() or 0, published.end_seconds() or 0)
    assert [(row.title, row.open_start) for row in around] == [("Shooting", True)]


def test_bucket_counts(store: Store) -> None:
    text = " ".join(f"Event {i}." for i in range(10))
    events = [
        Event(f"E{i}", "statement", TimeSpan.on_day(date(2020, 1, 1 + i)), mentions=[Mention(0, 5, 0, 5)])
        for i in range(10)
    ]
    store.add_article(_article(text), events)
    start = TimeSpan.on_day(date(2020, 1, 1)).start_seconds() or 0
    counts = store.bucket_counts(start, start + 10 * DAY_SECONDS, 5 * DAY_SECONDS)
    assert counts == [(start, 5), (start + 5 * DAY_SECONDS, 5)]


def test_update_event_moves_it_on_the_axis(store: Store) -> None:
    store.add_article(_article(), _events())
    event = store.events()[0]
    event.span = TimeSpan.on_day(date(2022, 10, 5))
    store.update_event(event)
    stored = store.event(event.id or 0)
    assert stored is not None and stored.span.label == "5 Oct 2022"
    day = stored.span
    assert [r.title for r in store.events_in_window(day.start_seconds() or 0, day.end_seconds() or 0)] == [
        "Case settled"
    ]


def test_older_schema_is_upgraded_after_a_backup(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from timeline_app.core import store as store_module

    path = tmp_path / "old.db"
    with Store(path) as old:
        old.add_article(_article(), _events())

    def add_column(db: object) -> None:
        store_module.sqlite_utils.Database.execute(db, "ALTER TABLE articles ADD COLUMN language TEXT")  # type: ignore[arg-type]

    monkeypatch.setattr(store_module, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    monkeypatch.setattr(store_module, "MIGRATIONS", [*store_module.MIGRATIONS, add_column])
    with Store(path) as upgraded:
        assert upgraded.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION + 1
        assert "language" in upgraded.db.table("articles").columns_dict
        assert upgraded.counts() == (2, 1)
    backup = tmp_path / f"old.db.v{SCHEMA_VERSION}.bak"
    assert backup.exists()
    with Store(backup) as kept:
        assert kept.counts() == (2, 1)


def test_a_first_release_database_is_upgraded_and_indexes_each_title_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A schema 1 file (titles indexed by a per-row trigger, full salience index) opens, is copied,
    upgraded, and then indexes new titles once: searches list each event once."""
    from timeline_app.core import store as store_module

    path = tmp_path / "first.db"
    with monkeypatch.context() as first_release:
        first_release.setattr(store_module, "SCHEMA_VERSION", 1)
        first_release.setattr(store_module, "MIGRATIONS", store_module.MIGRATIONS[:1])
        first_release.setattr(Store, "_index_titles", lambda self, first, last: None)  # the trigger did it
        with Store(path) as old:
            old.add_article(_article(), _events())
            hits = old.db.execute("SELECT count(*) FROM events_fts WHERE events_fts MATCH 'shooting'").fetchone()
            assert hits == (1,)
    with Store(path) as upgraded:
        assert upgraded.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        objects = {row[0] for row in upgraded.db.execute("SELECT name FROM sqlite_master")}
        assert "events_ai" not in objects and "events_salience" not in objects and "events_salient" in objects
        upgraded.add_article(_article("A second shooting was reported on Friday."), _events()[1:])
        hits = upgraded.db.execute("SELECT rowid FROM events_fts WHERE events_fts MATCH 'shooting'").fetchall()
        assert len(hits) == len(set(hits)) == 2
        upgraded.db.execute("INSERT INTO events_fts (events_fts) VALUES ('integrity-check')")
    assert (tmp_path / "first.db.v1.bak").exists()


def test_a_schema_2_database_gets_lean_search_indexes_that_still_find_old_and_new_articles(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Schema 3 rebuilds both full-text indexes without word positions or row sizes."""
    from timeline_app.core import store as store_module
    from timeline_app.core.event_list import search_event_ids

    path = tmp_path / "second.db"
    with monkeypatch.context() as second_release:
        second_release.setattr(store_module, "SCHEMA_VERSION", 2)
        second_release.setattr(store_module, "MIGRATIONS", store_module.MIGRATIONS[:2])
        with Store(path) as old:
            old_ids = old.add_article(_article(), _events()).event_ids
    with Store(path) as upgraded:
        assert schema_of(upgraded, "articles_fts").endswith("detail=none, columnsize=0)")
        assert schema_of(upgraded, "events_fts").endswith("detail=none, columnsize=0)")
        assert search_event_ids(upgraded, "settled") == {old_ids[0]}
        new_ids = upgraded.add_article(_article("A second shooting was reported on Friday."), _events()[1:]).event_ids
        assert search_event_ids(upgraded, "shooting") == {old_ids[1], new_ids[0]}
        in_articles = "SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'case'"
        assert upgraded.db.execute(in_articles).fetchall() == [(1,)]
        upgraded.db.conn.execute("DELETE FROM articles WHERE id = 1")
        assert upgraded.db.execute(in_articles).fetchall() == []
        for table in ("articles_fts", "events_fts"):
            upgraded.db.execute(f"INSERT INTO {table} ({table}) VALUES ('integrity-check')")
    assert (tmp_path / "second.db.v2.bak").exists()


def schema_of(store: Store, name: str) -> str:
    return str(store.db.execute("SELECT sql FROM sqlite_master WHERE name = ?", [name]).fetchone()[0])
