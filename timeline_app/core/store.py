"""The SQLite store: one file holding articles, events, mentions and a full-text index.

Schema versions live in ``PRAGMA user_version``. Opening an older database upgrades it
(after keeping a copy beside it); a database from a newer Chronicle is refused untouched.
Each article is stored in one transaction together with its events and mentions.
"""

from __future__ import annotations

import json
import math
import sqlite3
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from functools import lru_cache
from pathlib import Path
from typing import Any

import sqlite_utils

from timeline_app.core.merge import (
    find_match,
    may_merge,
    merge_into,
    needs_overlap,
    needs_same_span,
    participant_keys,
)
from timeline_app.core.model import Article, Event, Mention, Status
from timeline_app.core.timespan import DAY_SECONDS, Precision, TimeSpan, iso_text, parse_iso

SCHEMA_VERSION = 3
WAL_CHECKPOINT_PAGES = 40_000  # pages of write-ahead log (~160 MB) before it is copied into the database
CACHE_KIB = 32_000  # page cache per connection


class StoreError(Exception):
    """A database that cannot be opened or used, with a message fit for the user."""


@dataclass(frozen=True)
class AddResult:
    """What storing one article did."""

    article_id: int
    created: bool
    event_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class EventRow:
    """The light view of an event the timeline draws: no mentions, no notes."""

    id: int
    title: str
    kind: str
    t0: float | None
    t1: float | None
    precision: str
    label: str
    status: str
    salience: float
    open_start: bool
    open_end: bool


@dataclass(frozen=True)
class DensityGrid:
    """Counts of events starting per kind in equal buckets: bucket i spans ``start + i * width``."""

    start: float
    width: float
    counts: dict[str, list[int]]


# -- schema and migrations ---------------------------------------------------------------------


def _migrate_to_1(db: sqlite_utils.Database) -> None:
    db.executescript(
        """
        CREATE TABLE articles (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL,
            text TEXT NOT NULL,
            published TEXT,
            source_path TEXT NOT NULL DEFAULT '',
            format TEXT NOT NULL DEFAULT 'txt',
            content_hash TEXT NOT NULL UNIQUE,
            imported_at TEXT NOT NULL
        );
        CREATE TABLE events (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL,
            kind TEXT NOT NULL,
            earliest TEXT,
            latest TEXT,
            precision TEXT NOT NULL,
            value TEXT NOT NULL DEFAULT '',
            mod TEXT NOT NULL DEFAULT '',
            hint TEXT NOT NULL DEFAULT '',
            expected INTEGER NOT NULL DEFAULT 0,
            label TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'reported',
            confidence REAL NOT NULL DEFAULT 0.5,
            salience REAL NOT NULL DEFAULT 0,
            notes TEXT NOT NULL DEFAULT '',
            participants TEXT NOT NULL DEFAULT '[]',
            t0 REAL,
            t1 REAL
        );
        CREATE INDEX events_t0 ON events (t0, salience);
        CREATE INDEX events_salience ON events (salience, t0);
        CREATE VIRTUAL TABLE event_spans USING rtree (id, t0, t1);
        CREATE TABLE mentions (
            id INTEGER PRIMARY KEY,
            event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
            article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            trigger_start INTEGER NOT NULL,
            trigger_end INTEGER NOT NULL
        );
        CREATE INDEX mentions_event ON mentions (event_id);
        CREATE INDEX mentions_article ON mentions (article_id);
        CREATE TABLE event_keys (
            key TEXT NOT NULL,
            event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE
        );
        CREATE INDEX event_keys_key ON event_keys (key);
        """
    )
    db.executescript(_EVENT_COUNTS_SQL)
    db.table("articles").enable_fts(["title", "text"], create_triggers=True, tokenize="porter")
    db.table("events").enable_fts(["title"], create_triggers=True, tokenize="porter")
    # Merging rewrites an event's row on every new source; reindex its title only when it changed.
    db.executescript(
        """
        DROP TRIGGER events_au;
        CREATE TRIGGER events_au AFTER UPDATE ON events
        WHEN OLD.title IS NOT NEW.title OR OLD.rowid IS NOT NEW.rowid BEGIN
          INSERT INTO events_fts (events_fts, rowid, title) VALUES('delete', old.rowid, old.title);
          INSERT INTO events_fts (rowid, title) VALUES (new.rowid, new.title);
        END;
        """
    )


# Events per kind and time bucket, kept by triggers (and by ``_add_counts`` on insert, one batch
# per article rather than four trigger statements per event) so the timeline can draw density when
# zoomed out without reading events. Buckets count days from 0001-01-01 (``COUNT_ORIGIN``):
# level 0 is one day, level 1 eight days, level 2 64 days, level 3 512 days.
COUNT_ORIGIN = -62_135_596_800
COUNT_LEVELS = (1, 8, 64, 512)


def _count_statements(sign: str, row: str) -> str:
    day = f"CAST(({row}.t0 - ({COUNT_ORIGIN})) / {DAY_SECONDS} AS INTEGER)"
    if sign == "+":
        return "".join(
            f"INSERT INTO event_counts (level, bucket, kind, n) VALUES ({level}, {day} / {size}, {row}.kind, 1)"
            " ON CONFLICT (level, bucket, kind) DO UPDATE SET n = n + 1;\n"
            for level, size in enumerate(COUNT_LEVELS)
        )
    return "".join(
        f"UPDATE event_counts SET n = n - 1 WHERE level = {level} AND bucket = {day} / {size} AND kind = {row}.kind;\n"
        for level, size in enumerate(COUNT_LEVELS)
    )


_EVENT_COUNTS_SQL = f"""
CREATE TABLE event_counts (
    level INTEGER NOT NULL,
    bucket INTEGER NOT NULL,
    kind TEXT NOT NULL,
    n INTEGER NOT NULL,
    PRIMARY KEY (level, bucket, kind)
) WITHOUT ROWID;
CREATE TRIGGER event_counts_delete AFTER DELETE ON events WHEN OLD.t0 IS NOT NULL BEGIN
{_count_statements("-", "OLD")}END;
CREATE TRIGGER event_counts_update_old AFTER UPDATE OF t0, kind ON events
WHEN OLD.t0 IS NOT NULL AND (OLD.t0 IS NOT NEW.t0 OR OLD.kind IS NOT NEW.kind) BEGIN
{_count_statements("-", "OLD")}END;
CREATE TRIGGER event_counts_update_new AFTER UPDATE OF t0, kind ON events
WHEN NEW.t0 IS NOT NULL AND (OLD.t0 IS NOT NEW.t0 OR OLD.kind IS NOT NEW.kind) BEGIN
{_count_statements("+", "NEW")}END;
"""


def _migrate_to_2(db: sqlite_utils.Database) -> None:
    """Cheaper writes per article: new events' titles are indexed in one statement per article
    (``Store._index_titles``) rather than by a trigger per row, and only salient events are kept in
    the salience index (the only reader, ``salient_events``, asks for those)."""
    # Statement by statement (not executescript, which commits first) so the step stays one transaction.
    db.execute("DROP TRIGGER IF EXISTS events_ai")
    db.execute("DROP INDEX IF EXISTS events_salience")
    db.execute(f"CREATE INDEX IF NOT EXISTS events_salient ON events (salience, t0) WHERE salience >= {SALIENT}")


def _migrate_to_3(db: sqlite_utils.Database) -> None:
    """Smaller, cheaper full-text indexes: search asks only which rows hold every word (see
    ``event_list.search_event_ids``), so the indexes keep no positions (``detail=none``) and no
    per-row sizes (``columnsize=0``, used only for ranking). Both are rebuilt from their tables."""
    for table, columns in (("articles", "title, text"), ("events", "title")):
        for trigger in ("ai", "ad", "au"):
            db.execute(f"DROP TRIGGER IF EXISTS {table}_{trigger}")
        db.execute(f"DROP TABLE {table}_fts")
        db.execute(
            f"CREATE VIRTUAL TABLE {table}_fts USING FTS5 ({columns}, tokenize='porter', content='{table}',"
            " detail=none, columnsize=0)"
        )
        db.execute(f"INSERT INTO {table}_fts ({table}_fts) VALUES ('rebuild')")
    old_row, new_row = "old.title, old.text", "new.title, new.text"
    db.execute(
        "CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN"
        f" INSERT INTO articles_fts (rowid, title, text) VALUES (new.rowid, {new_row}); END"
    )
    db.execute(
        "CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN"
        f" INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.rowid, {old_row}); END"
    )
    db.execute(
        "CREATE TRIGGER articles_au AFTER UPDATE ON articles BEGIN"
        f" INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.rowid, {old_row});"
        f" INSERT INTO articles_fts (rowid, title, text) VALUES (new.rowid, {new_row}); END"
    )
    # New events' titles are indexed by ``Store._index_titles``; merging rewrites a title only when it changed.
    db.execute(
        "CREATE TRIGGER events_ad AFTER DELETE ON events BEGIN"
        " INSERT INTO events_fts (events_fts, rowid, title) VALUES ('delete', old.rowid, old.title); END"
    )
    db.execute(
        "CREATE TRIGGER events_au AFTER UPDATE ON events WHEN OLD.title IS NOT NEW.title OR OLD.rowid IS NOT NEW.rowid"
        " BEGIN INSERT INTO events_fts (events_fts, rowid, title) VALUES ('delete', old.rowid, old.title);"
        " INSERT INTO events_fts (rowid, title) VALUES (new.rowid, new.title); END"
    )


# Index i holds the step from version i to version i + 1.
MIGRATIONS: list[Callable[[sqlite_utils.Database], None]] = [_migrate_to_1, _migrate_to_2, _migrate_to_3]


def schema_version(db: sqlite_utils.Database) -> int:
    return int(db.execute("PRAGMA user_version").fetchone()[0])


def _refuse_newer(db: sqlite_utils.Database, path: Path | None) -> None:
    version = schema_version(db)
    if version > SCHEMA_VERSION:
        raise StoreError(
            f"{path}: database was written by a newer Chronicle (schema {version}, "
            f"this version reads up to {SCHEMA_VERSION}); it was not changed"
        )


def _backup(db: sqlite_utils.Database, target: Path) -> None:
    """A consistent copy of the database (WAL content included) before it is changed."""
    copy = sqlite3.connect(str(target))
    try:
        db.conn.backup(copy)
    finally:
        copy.close()


def _upgrade(db: sqlite_utils.Database, path: Path | None) -> None:
    version = schema_version(db)
    if version == SCHEMA_VERSION:
        return
    if version > 0 and path is not None:
        _backup(db, path.with_name(f"{path.name}.v{version}.bak"))
    for step in range(version, SCHEMA_VERSION):
        with db.atomic():
            MIGRATIONS[step](db)
            db.execute(f"PRAGMA user_version = {step + 1}")


# -- the store -------------------------------------------------------------------------------


def _now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def span_anchor(span: TimeSpan) -> tuple[float | None, float | None]:
    """The interval (seconds) where an event is placed on the axis; ``None`` when undated.

    An open bound is anchored one day from the known one; the timeline draws the rest
    of it as a fading whisker.
    """
    start, end = span.start_seconds(), span.end_seconds()
    if start is None and end is None:
        return None, None
    if start is None:
        assert end is not None
        return end - DAY_SECONDS, end
    if end is None:
        return start, start + DAY_SECONDS
    return start, end


class Store:
    """A Chronicle database file (or ``":memory:"``)."""

    def __init__(self, path: str | Path) -> None:
        self.path = None if str(path) == ":memory:" else Path(path)
        if self.path is not None:
            if self.path.exists() and self.path.is_dir():
                raise StoreError(f"{self.path}: is a directory, not a database file")
            self.path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(str(path), check_same_thread=False)
        self.db = sqlite_utils.Database(conn)
        try:
            _refuse_newer(self.db, self.path)
            self.db.execute("PRAGMA foreign_keys = ON")
            if self.path is not None:
                self.db.enable_wal()
                # WAL with NORMAL sync stays consistent after a crash; only the last commits may be lost.
                self.db.execute("PRAGMA synchronous = NORMAL")
                # Each article's commit touches pages all over the event indexes: checkpoint them to the
                # main file (with an fsync) after ~160 MB of log rather than 4 MB, so a page written by
                # many commits is copied once; a larger page cache keeps the index pages in memory.
                self.db.execute(f"PRAGMA wal_autocheckpoint = {WAL_CHECKPOINT_PAGES}")
                self.db.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
            _upgrade(self.db, self.path)
        except sqlite3.DatabaseError as error:
            conn.close()
            raise StoreError(f"{path}: not a Chronicle database ({error})") from None
        except StoreError:
            conn.close()
            raise

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- articles ----------------------------------------------------------------------

    def find_article_by_hash(self, digest: str) -> int | None:
        row = self.db.execute("SELECT id FROM articles WHERE content_hash = ?", [digest]).fetchone()
        return None if row is None else int(row[0])

    def add_article(self, article: Article, events: Sequence[Event] = ()) -> AddResult:
        """Store an article with its events and mentions, all or nothing.

        The same text imported again changes nothing and returns ``created=False``.
        """
        digest = article.content_hash  # hashed once: the text is a few kilobytes
        existing = self.find_article_by_hash(digest)
        if existing is not None:
            return AddResult(existing, False)
        with self.db.atomic():
            article_id = self._insert_article(article, digest)
            event_ids = self._store_events(events, article_id)
        article.id = article_id
        return AddResult(article_id, True, event_ids)

    def _insert_article(self, article: Article, digest: str) -> int:
        cursor = self.db.execute(
            "INSERT INTO articles (title, text, published, source_path, format, content_hash, imported_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                article.title,
                article.text,
                article.published.isoformat() if article.published else None,
                article.source_path,
                article.format,
                digest,
                article.imported_at or _now(),
            ],
        )
        return int(cursor.lastrowid or 0)

    def articles(self) -> list[Article]:
        rows = self.db.execute(
            "SELECT id, title, text, published, source_path, format, imported_at FROM articles ORDER BY id"
        ).fetchall()
        return [_article_from_row(row) for row in rows]

    def article(self, article_id: int) -> Article | None:
        row = self.db.execute(
            "SELECT id, title, text, published, source_path, format, imported_at FROM articles WHERE id = ?",
            [article_id],
        ).fetchone()
        return None if row is None else _article_from_row(row)

    # -- events -------------------------------------------------------------------------

    def _store_events(self, events: Sequence[Event], article_id: int) -> tuple[int, ...]:
        """Store a new article's events in batches, merging each into an event other articles report."""
        keys_of = [participant_keys(event) if may_merge(event) else [] for event in events]
        candidates = self._merge_candidates(sorted({k for keys in keys_of for k in keys}))
        next_id = int(self.db.execute("SELECT COALESCE(MAX(id), 0) FROM events").fetchone()[0]) + 1
        new_rows: list[list[Any]] = []
        mention_rows: list[list[Any]] = []
        key_rows: list[tuple[str, int]] = []
        ids: list[int] = []
        parsed: dict[int, Event] = {}
        touched: dict[int, Event] = {}
        placed: dict[int, tuple[float | None, float | None]] = {}  # (t0, t1) as stored before merging
        by_key: dict[str, list[Any]] = {}
        for row, row_keys in candidates:
            for key in row_keys:
                by_key.setdefault(key, []).append(row)
        for event, keys in zip(events, keys_of):
            rows = {row[0]: row for key in keys for row in by_key.get(key, ())}
            # find_match only considers candidates of the event's kind: parse just those.
            same_span, overlap = needs_same_span(event), needs_overlap(event)
            pool = (
                _parsed(parsed, row)
                for _, row in sorted(rows.items(), reverse=True)
                if row[2] == event.kind
                and (not same_span or _same_bounds(parsed, row, event.span))
                and (not overlap or _overlaps(parsed, row, event.span))
            )
            match = find_match(event, pool) if rows else None  # parses candidates only until one matches
            if match is None:
                event.id, next_id = next_id, next_id + 1
                new_rows.append([event.id, *_event_values(event)])
            else:
                stored, conflict = match
                merge_into(stored, event, conflict)
                assert stored.id is not None
                touched[stored.id] = stored
                placed[stored.id] = (rows[stored.id][15], rows[stored.id][16])
                event.id = stored.id
                known = next(row_keys for row, row_keys in candidates if row[0] == stored.id)
                keys = [key for key in keys if key not in known]
            assert event.id is not None
            ids.append(event.id)
            for mention in event.mentions:
                mention.article_id, mention.event_id = article_id, event.id
                mention_rows.append(
                    [event.id, article_id, mention.start, mention.end, mention.trigger_start, mention.trigger_end]
                )
            key_rows.extend((key, event.id) for key in keys)
        self._update_event_rows(list(touched.values()), placed)
        self._insert_event_rows(new_rows)
        self.db.conn.executemany(
            'INSERT INTO mentions (event_id, article_id, start, "end", trigger_start, trigger_end)'
            " VALUES (?, ?, ?, ?, ?, ?)",
            mention_rows,
        )
        self.db.conn.executemany("INSERT INTO event_keys (key, event_id) VALUES (?, ?)", sorted(set(key_rows)))
        return tuple(ids)

    def _update_event_rows(self, events: list[Event], placed: dict[int, tuple[float | None, float | None]]) -> None:
        """Rewrite merged events; their place in the span index only when it moved."""
        if not events:
            return
        rows = [[*_event_values(event), event.id] for event in events]
        assignments = ", ".join(f"{name.strip()} = ?" for name in _WRITE_COLUMNS.split(","))
        self.db.conn.executemany(f"UPDATE events SET {assignments} WHERE id = ?", rows)
        rows = [row for row in rows if placed.get(row[-1]) != (row[-3], row[-2])]
        self.db.conn.executemany("DELETE FROM event_spans WHERE id = ?", [[row[-1]] for row in rows])
        spans = [(row[-1], row[-3], row[-2]) for row in rows if row[-3] is not None and row[-2] is not None]
        self.db.conn.executemany("INSERT INTO event_spans (id, t0, t1) VALUES (?, ?, ?)", spans)

    def _insert_event_rows(self, rows: list[list[Any]]) -> None:
        if not rows:
            return
        placeholders = ", ".join("?" * len(rows[0]))
        self.db.conn.executemany(f"INSERT INTO events (id, {_WRITE_COLUMNS}) VALUES ({placeholders})", rows)
        self._index_titles(rows[0][0], rows[-1][0])
        spans = [(row[0], row[-2], row[-1]) for row in rows if row[-2] is not None and row[-1] is not None]
        self.db.conn.executemany("INSERT INTO event_spans (id, t0, t1) VALUES (?, ?, ?)", spans)
        self._add_counts([(row[-2], row[2]) for row in rows])

    def _index_titles(self, first: int, last: int) -> None:
        """Add the titles of the new events with ids ``first..last`` to the search index, in one statement."""
        self.db.execute(
            "INSERT INTO events_fts (rowid, title) SELECT id, title FROM events WHERE id BETWEEN ? AND ?", [first, last]
        )

    def rebuild_counts(self) -> None:
        """Recount ``event_counts`` from the events table (after rows were inserted with plain SQL)."""
        with self.db.atomic():
            self.db.execute("DELETE FROM event_counts")
            self._add_counts(self.db.execute("SELECT t0, kind FROM events WHERE t0 IS NOT NULL"))

    def _add_counts(self, placed: Iterable[tuple[float | None, str]]) -> None:
        """Count newly inserted events (t0, kind) in ``event_counts``, as the update/delete triggers do."""
        added: Counter[tuple[int, int, str]] = Counter()
        for t0, kind in placed:
            if t0 is None:
                continue
            day = int((t0 - COUNT_ORIGIN) / DAY_SECONDS)  # CAST(... AS INTEGER) truncates too
            for level, size in enumerate(COUNT_LEVELS):
                bucket = abs(day) // size  # SQLite's integer division truncates toward zero
                added[(level, bucket if day >= 0 else -bucket, kind)] += 1
        self.db.conn.executemany(
            "INSERT INTO event_counts (level, bucket, kind, n) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (level, bucket, kind) DO UPDATE SET n = n + excluded.n",
            [(*key, n) for key, n in added.items()],
        )

    def _merge_candidates(self, keys: Sequence[str]) -> list[tuple[Any, frozenset[str]]]:
        """Stored events sharing a kind and participant key, without mentions (called before this
        article's own events are written, so none of them is a candidate)."""
        found: dict[int, tuple[Any, set[str]]] = {}
        # SQLite allows at most 500 terms in a compound SELECT: ask in chunks.
        for start in range(0, len(keys), 200):
            chunk = list(keys[start : start + 200])
            # The latest few events per key: a report usually follows the reports it repeats.
            recent = " UNION ALL ".join(
                "SELECT * FROM (SELECT key, event_id FROM event_keys WHERE key = ? ORDER BY rowid DESC LIMIT 6)"
                for _ in chunk
            )
            rows = self.db.execute(
                f"SELECT {_EVENT_COLUMNS}, t0, t1, k.keys FROM events JOIN (SELECT event_id,"
                f" group_concat(key, char(31)) AS keys FROM ({recent}) GROUP BY event_id) k ON k.event_id = id",
                chunk,
            ).fetchall()
            for row in rows:
                found.setdefault(row[0], (row, set()))[1].update(str(row[-1]).split("\x1f"))
        return [(row, frozenset(row_keys)) for row, row_keys in found.values()]

    def _insert_event(self, event: Event, article_id: int | None) -> int:
        event_id = self._write_event_row(event)
        self._insert_mentions(event_id, article_id, event.mentions)
        event.id = event_id
        return event_id

    def _write_event_row(self, event: Event) -> int:
        values = _event_values(event)
        t0, t1 = values[-2], values[-1]
        columns = _WRITE_COLUMNS
        if event.id is None:
            placeholders = ", ".join("?" * len(values))
            cursor = self.db.execute(f"INSERT INTO events ({columns}) VALUES ({placeholders})", values)
            event_id = int(cursor.lastrowid or 0)
            self._index_titles(event_id, event_id)
            self._add_counts([(t0, event.kind)])
        else:
            event_id = event.id
            assignments = ", ".join(f"{name.strip()} = ?" for name in columns.split(","))
            self.db.execute(f"UPDATE events SET {assignments} WHERE id = ?", [*values, event_id])
            self.db.execute("DELETE FROM event_spans WHERE id = ?", [event_id])
        if t0 is not None and t1 is not None:
            self.db.execute("INSERT INTO event_spans (id, t0, t1) VALUES (?, ?, ?)", [event_id, t0, t1])
        return event_id

    def _insert_mentions(self, event_id: int, article_id: int | None, mentions: Iterable[Mention]) -> None:
        rows = []
        for mention in mentions:
            owner = article_id if article_id is not None else mention.article_id
            if owner is None:
                raise ValueError("a mention needs the article it points into")
            mention.article_id, mention.event_id = owner, event_id
            rows.append([event_id, owner, mention.start, mention.end, mention.trigger_start, mention.trigger_end])
        self.db.conn.executemany(
            'INSERT INTO mentions (event_id, article_id, start, "end", trigger_start, trigger_end)'
            " VALUES (?, ?, ?, ?, ?, ?)",
            rows,
        )

    def update_event(self, event: Event) -> None:
        """Write a corrected event back (title, kind, span, participants, status, notes)."""
        if event.id is None:
            raise ValueError("only a stored event can be updated")
        with self.db.atomic():
            self._write_event_row(event)

    def events(self, ids: Iterable[int] | None = None) -> list[Event]:
        """Events with their mentions, ordered by time (undated last)."""
        where, params = "", []
        if ids is not None:
            id_list = list(ids)
            if not id_list:
                return []
            where = f"WHERE id IN ({', '.join('?' * len(id_list))})"
            params = id_list
        rows = self.db.execute(
            f"SELECT {_EVENT_COLUMNS} FROM events {where} ORDER BY t0 IS NULL, t0, id", params
        ).fetchall()
        events = [_event_from_row(row) for row in rows]
        self._attach_mentions(events)
        return events

    def event(self, event_id: int) -> Event | None:
        found = self.events([event_id])
        return found[0] if found else None

    def _attach_mentions(self, events: list[Event]) -> None:
        by_id = {event.id: event for event in events if event.id is not None}
        if not by_id:
            return
        for chunk in _chunks(list(by_id), 500):
            rows = self.db.execute(
                'SELECT id, event_id, article_id, start, "end", trigger_start, trigger_end FROM mentions'
                f" WHERE event_id IN ({', '.join('?' * len(chunk))}) ORDER BY id",
                chunk,
            ).fetchall()
            for row in rows:
                mention = Mention(row[3], row[4], row[5], row[6], article_id=row[2], event_id=row[1], id=row[0])
                by_id[row[1]].mentions.append(mention)

    def events_in_window(self, t0: float, t1: float, limit: int | None = None) -> list[EventRow]:
        """Events whose placed interval overlaps [t0, t1) seconds, most salient first when limited."""
        order = "ORDER BY e.salience DESC, e.t0" if limit is not None else "ORDER BY e.t0"
        sql = (
            f"SELECT {_ROW_COLUMNS} FROM event_spans s JOIN events e ON e.id = s.id"
            " WHERE s.t0 < ? AND s.t1 > ? AND e.t0 < ? AND e.t1 > ? " + order
        )
        params: list[Any] = [t1, t0, t1, t0]
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        return [_event_row(row) for row in self.db.execute(sql, params).fetchall()]

    def undated_events(self, limit: int | None = None) -> list[EventRow]:
        sql = f"SELECT {_ROW_COLUMNS} FROM events e WHERE e.t0 IS NULL ORDER BY e.id"
        params: list[Any] = []
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        return [_event_row(row) for row in self.db.execute(sql, params).fetchall()]

    def undated_count(self) -> int:
        return int(self.db.execute("SELECT COUNT(*) FROM events WHERE t0 IS NULL").fetchone()[0])

    def bucket_counts(self, t0: float, t1: float, bucket_seconds: float) -> list[tuple[float, int]]:
        """Number of events starting in each bucket of ``bucket_seconds`` within [t0, t1).

        When the buckets line up with whole days the per-day summary answers without reading events.
        """
        if bucket_seconds <= 0:
            raise ValueError("bucket_seconds must be positive")
        size = _count_level_size(t0, bucket_seconds)
        if size is not None:
            return self._bucket_counts_from_summary(t0, t1, bucket_seconds, size)
        rows = self.db.execute(
            "SELECT CAST((t0 - ?) / ? AS INTEGER) AS bucket, COUNT(*) FROM events"
            " WHERE t0 >= ? AND t0 < ? GROUP BY bucket ORDER BY bucket",
            [t0, bucket_seconds, t0, t1],
        ).fetchall()
        return [(t0 + int(row[0]) * bucket_seconds, int(row[1])) for row in rows]

    def _bucket_counts_from_summary(
        self, t0: float, t1: float, bucket_seconds: float, level_days: int
    ) -> list[tuple[float, int]]:
        level = COUNT_LEVELS.index(level_days)
        width = level_days * DAY_SECONDS
        first = int((t0 - COUNT_ORIGIN) // width)
        last = math.ceil((t1 - COUNT_ORIGIN) / width)
        rows = self.db.execute(
            "SELECT bucket, SUM(n) FROM event_counts WHERE level = ? AND bucket >= ? AND bucket < ? AND n > 0"
            " GROUP BY bucket",
            [level, first, last],
        ).fetchall()
        totals: dict[int, int] = {}
        for bucket, n in rows:
            index = int((COUNT_ORIGIN + bucket * width - t0) // bucket_seconds)
            totals[index] = totals.get(index, 0) + int(n)
        return [(t0 + index * bucket_seconds, totals[index]) for index in sorted(totals)]

    def density(self, t0: float, t1: float, bucket_seconds: float) -> dict[str, list[tuple[float, float, int]]]:
        """Events starting per kind and bucket around [t0, t1): ``{kind: [(start, end, n), ...]}``.

        Buckets are whole summary buckets grouped to about ``bucket_seconds`` (at most twice as
        wide; at least a day),
        aligned to the summary's grid, so this reads only the small ``event_counts`` table.
        """
        grid = self.density_grid(t0, t1, bucket_seconds)
        return {
            kind: [
                (grid.start + i * grid.width, grid.start + (i + 1) * grid.width, n) for i, n in enumerate(counts) if n
            ]
            for kind, counts in grid.counts.items()
        }

    def density_grid(self, t0: float, t1: float, bucket_seconds: float) -> DensityGrid:
        """Like ``density`` but as one dense row of counts per kind (zeros included), for drawing."""
        level = 0  # the coarsest summary level up to twice the bucket asked for: few rows to read
        for index, days in enumerate(COUNT_LEVELS):
            if days * DAY_SECONDS <= 2 * bucket_seconds:
                level = index
        size = COUNT_LEVELS[level] * DAY_SECONDS
        group = max(1, int(bucket_seconds // size))
        width = size * group
        first = int((t0 - COUNT_ORIGIN) // width)
        last = math.ceil((t1 - COUNT_ORIGIN) / width)
        if group == 1:
            sql = "SELECT bucket, kind, n FROM event_counts WHERE level = ? AND bucket >= ? AND bucket < ? AND n > 0"
            params: list[Any] = [level, first, last]
        else:
            sql = (
                "SELECT bucket / ? AS b, kind, SUM(n) FROM event_counts"
                " WHERE level = ? AND bucket >= ? AND bucket < ? AND n > 0 GROUP BY b, kind"
            )
            params = [group, level, first * group, last * group]
        counts: dict[str, list[int]] = {}
        length = last - first
        for bucket, kind, n in self.db.execute(sql, params):
            row = counts.get(kind)
            if row is None:
                row = counts[kind] = [0] * length
            row[bucket - first] += n
        return DensityGrid(COUNT_ORIGIN + first * width, width, counts)

    def count_starting(self, t0: float, t1: float) -> int:
        """About how many events start in [t0, t1), from the per-day summary (whole days at the edges)."""
        first = int((t0 - COUNT_ORIGIN) // DAY_SECONDS)
        last = math.ceil((t1 - COUNT_ORIGIN) / DAY_SECONDS)
        total = 0
        for level in range(len(COUNT_LEVELS) - 1, -1, -1):
            size = COUNT_LEVELS[level]
            inner_first, inner_last = -(-first // size), last // size
            if inner_first >= inner_last:
                continue
            row = self.db.execute(
                "SELECT SUM(n) FROM event_counts WHERE level = ? AND bucket >= ? AND bucket < ?",
                [level, inner_first, inner_last],
            ).fetchone()
            total += int(row[0] or 0)
            total += self._count_days(first, inner_first * size) + self._count_days(inner_last * size, last)
            return total
        return self._count_days(first, last)

    def _count_days(self, first: int, last: int) -> int:
        if first >= last:
            return 0
        if last - first > 64:
            return self.count_starting(COUNT_ORIGIN + first * DAY_SECONDS, COUNT_ORIGIN + last * DAY_SECONDS)
        row = self.db.execute(
            "SELECT SUM(n) FROM event_counts WHERE level = 0 AND bucket >= ? AND bucket < ?", [first, last]
        ).fetchone()
        return int(row[0] or 0)

    def salient_events(self, t0: float, t1: float, limit: int) -> tuple[list[EventRow], bool]:
        """At most ``limit`` of the events overlapping [t0, t1), the most salient first.

        Returns the rows and whether they are all the window holds. Reads only indexes until
        it knows which rows to fetch, so it stays fast at a million events and any zoom.
        """
        before = self.db.execute(
            "SELECT s.id, e.salience FROM event_spans s JOIN events e ON e.id = s.id"
            " WHERE s.t0 < ? AND s.t1 > ? AND e.t0 < ? ORDER BY e.salience DESC LIMIT ?",
            [t0, t0, t0, limit + 1],
        ).fetchall()
        inside = self._most_salient_starting(t0, t1, limit + 1)
        candidates = sorted([*before, *inside], key=lambda row: -row[1])
        complete = len(before) <= limit and len(inside) <= limit and len(candidates) <= limit
        ids = [int(row[0]) for row in candidates[:limit]]
        return self.event_rows(ids), complete

    def _most_salient_starting(self, t0: float, t1: float, count: int) -> list[Any]:
        """(id, salience) of the ``count`` most salient events starting in [t0, t1), most salient first
        (ties: later start, then higher id first).

        A window with few events is read through the time index. A crowded one first through the
        index of salient events (only those with salience >= ``SALIENT``: most events are never
        among the few a crowded window shows, and an index of every event's salience cost each
        import a page write per event); only when that window holds fewer than ``count`` salient
        events are the rest found through the time index.
        """
        by_time = (
            "SELECT id, salience FROM events INDEXED BY events_t0 WHERE t0 >= ? AND t0 < ?"
            " ORDER BY salience DESC, t0 DESC, id DESC LIMIT ?"
        )
        if self.count_starting(t0, t1) <= _SCAN_LIMIT:
            return self.db.execute(by_time, [t0, t1, count]).fetchall()
        salient = self.db.execute(
            "SELECT id, salience FROM events INDEXED BY events_salient"
            f" WHERE salience >= {SALIENT} AND t0 >= ? AND t0 < ? ORDER BY salience DESC LIMIT ?",
            [t0, t1, count],
        ).fetchall()
        if len(salient) >= count:
            return salient
        return self.db.execute(by_time, [t0, t1, count]).fetchall()

    def event_rows(self, ids: Sequence[int]) -> list[EventRow]:
        """Timeline rows of the given events (any order in, ordered by time out)."""
        rows: list[EventRow] = []
        for chunk in _chunks(list(ids), 500):
            found = self.db.execute(
                f"SELECT {_ROW_COLUMNS} FROM events e WHERE e.id IN ({', '.join('?' * len(chunk))})", chunk
            ).fetchall()
            rows.extend(_event_row(row) for row in found)
        rows.sort(key=lambda row: (row.t0 is None, row.t0 or 0.0, row.id))
        return rows

    def neighbour_event(
        self, event_id: int | None, t: float, forward: bool, hidden_kinds: Iterable[str] = ()
    ) -> int | None:
        """The dated event just after (``forward``) or before ``event_id`` in time order.

        Without an event, the first event at or after ``t`` (or the last before it).
        """
        hidden = list(hidden_kinds)
        kinds = f" AND kind NOT IN ({', '.join('?' * len(hidden))})" if hidden else ""
        if event_id is not None:
            row = self.db.execute("SELECT t0 FROM events WHERE id = ?", [event_id]).fetchone()
            if row is not None and row[0] is not None:
                t = float(row[0])
        key = event_id if event_id is not None else (-1 if forward else 1 << 62)
        if forward:
            where = "t0 > ? OR (t0 = ? AND id > ?)"
            order = "t0, id"
        else:
            where = "t0 < ? OR (t0 = ? AND id < ?)"
            order = "t0 DESC, id DESC"
        found = self.db.execute(
            f"SELECT id FROM events WHERE t0 IS NOT NULL AND ({where}){kinds} ORDER BY {order} LIMIT 1",
            [t, t, key, *hidden],
        ).fetchone()
        return None if found is None else int(found[0])

    def event_sources(self, event_id: int) -> list[tuple[int, str, str | None]]:
        """(article id, title, published ISO date) of each article mentioning the event."""
        rows = self.db.execute(
            "SELECT DISTINCT a.id, a.title, a.published FROM mentions m JOIN articles a ON a.id = m.article_id"
            " WHERE m.event_id = ? ORDER BY a.id",
            [event_id],
        ).fetchall()
        return [(int(row[0]), str(row[1]), row[2]) for row in rows]

    def time_extent(self) -> tuple[float, float] | None:
        # Separate MIN and MAX queries: SQLite answers each from the t0 index without a scan.
        first = self.db.execute("SELECT MIN(t0) FROM events").fetchone()[0]
        latest_start = self.db.execute("SELECT MAX(t0) FROM events").fetchone()[0]
        # The latest end is at or after the latest start: the span index finds the few events ending
        # there (its bounds are rounded outward, so none is missed); their exact t1 comes from events.
        last = self.db.execute(
            "SELECT MAX(t1) FROM events WHERE id IN (SELECT id FROM event_spans WHERE t1 >= ?)", [latest_start]
        ).fetchone()[0]
        if first is None or last is None:
            return None
        return float(first), float(last)

    def counts(self) -> tuple[int, int]:
        """(events, articles)."""
        events = self.db.execute("SELECT COUNT(*) FROM events").fetchone()[0]
        articles = self.db.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
        return int(events), int(articles)

    def kind_counts(self) -> dict[str, int]:
        """Dated events per kind, from the summary table."""
        rows = self.db.execute(
            "SELECT kind, SUM(n) FROM event_counts WHERE level = ? GROUP BY kind", [len(COUNT_LEVELS) - 1]
        ).fetchall()
        return {str(row[0]): int(row[1]) for row in rows if row[1]}

    def kinds(self) -> list[str]:
        # Dated kinds from the summary table, undated ones from the few undated events.
        rows = self.db.execute(
            "SELECT kind FROM event_counts WHERE level = ? GROUP BY kind HAVING SUM(n) > 0"
            " UNION SELECT kind FROM events WHERE t0 IS NULL ORDER BY kind",
            [len(COUNT_LEVELS) - 1],
        ).fetchall()
        return [row[0] for row in rows]


# -- row conversion ----------------------------------------------------------------------------

_WRITE_COLUMNS = (
    "title, kind, earliest, latest, precision, value, mod, hint, expected, label, status,"
    " confidence, salience, notes, participants, t0, t1"
)


def _event_values(event: Event) -> list[Any]:
    """Column values of an event row, in ``_WRITE_COLUMNS`` order."""
    earliest, latest, precision, value, mod, hint, expected, label, t0, t1 = _span_values(event.span)
    return [
        event.title,
        event.kind,
        earliest,
        latest,
        precision,
        value,
        mod,
        hint,
        expected,
        label,
        event.status.value,
        event.confidence,
        event.salience,
        event.notes,
        _participants_text(tuple(event.participants)),
        t0,
        t1,
    ]


@lru_cache(maxsize=8192)
def _span_values(span: TimeSpan) -> tuple[Any, ...]:
    """A span's column values, computed once per distinct span (spans are immutable)."""
    t0, t1 = span_anchor(span)
    return (
        iso_text(span.earliest),
        iso_text(span.latest),
        span.precision.value,
        span.value,
        span.mod,
        span.hint,
        int(span.expected),
        span.label,
        t0,
        t1,
    )


@lru_cache(maxsize=8192)
def _participants_text(names: tuple[str, ...]) -> str:
    return json.dumps(list(names))


_EVENT_COLUMNS = (
    "id, title, kind, earliest, latest, precision, value, mod, hint, expected, status,"
    " confidence, salience, notes, participants"
)
_ROW_COLUMNS = "e.id, e.title, e.kind, e.t0, e.t1, e.precision, e.label, e.status, e.salience, e.earliest, e.latest"


def _article_from_row(row: Sequence[Any]) -> Article:
    return Article(
        id=row[0],
        title=row[1],
        text=row[2],
        published=parse_iso(row[3]),
        source_path=row[4],
        format=row[5],
        imported_at=row[6],
    )


def _event_from_row(row: Sequence[Any]) -> Event:
    return Event(
        id=row[0],
        title=row[1],
        kind=row[2],
        span=_span_from_columns(*row[3:10]),
        status=_STATUS[row[10]],
        confidence=row[11],
        salience=row[12],
        notes=row[13],
        participants=list(_participants(row[14])),
    )


@lru_cache(maxsize=8192)
def _span_from_columns(
    earliest: str | None, latest: str | None, precision: str, value: str, mod: str, hint: str, expected: int
) -> TimeSpan:
    """A stored span, parsed once per distinct value (spans are immutable, so events may share one)."""
    return TimeSpan(parse_iso(earliest), parse_iso(latest), Precision(precision), value, mod, hint, bool(expected))


@lru_cache(maxsize=8192)
def _participants(text: str) -> tuple[str, ...]:
    return tuple(json.loads(text))


_STATUS = {status.value: status for status in Status}


def _same_bounds(cache: dict[int, Event], row: Sequence[Any], span: TimeSpan) -> bool:
    """Whether a candidate has the span's earliest and latest day, without parsing a row not parsed yet
    (an event already parsed in this batch may have been merged: its current span counts)."""
    event = cache.get(row[0])
    if event is not None:
        return event.span.earliest == span.earliest and event.span.latest == span.latest
    return parse_iso(row[3]) == span.earliest and parse_iso(row[4]) == span.latest


def _overlaps(cache: dict[int, Event], row: Sequence[Any], span: TimeSpan) -> bool:
    """Whether a candidate's span (its current one when already parsed) overlaps ``span``, without
    building an event for a row not parsed yet."""
    event = cache.get(row[0])
    stored = event.span if event is not None else _span_from_columns(*row[3:10])
    return stored.intersection(span) is not None


def _parsed(cache: dict[int, Event], row: Sequence[Any]) -> Event:
    """An event from a candidate row, parsed once per batch."""
    event = cache.get(row[0])
    if event is None:
        event = cache[row[0]] = _event_from_row(row)
    return event


def _event_row(row: Sequence[Any]) -> EventRow:
    return EventRow(
        id=row[0],
        title=row[1],
        kind=row[2],
        t0=row[3],
        t1=row[4],
        precision=row[5],
        label=row[6],
        status=row[7],
        salience=row[8],
        open_start=row[9] is None and row[10] is not None,
        open_end=row[10] is None and row[9] is not None,
    )


_SCAN_LIMIT = 20_000  # below this many events a window is read through the time index
# Events at least this salient are in the salience index (``events_salient``): about the top 7-15%,
# so a window crowded enough to use it (over ``_SCAN_LIMIT`` events) holds far more than it shows.
SALIENT = 0.75


def _count_level_size(t0: float, bucket_seconds: float) -> int | None:
    """The largest summary level whose buckets tile ``bucket_seconds`` buckets starting at ``t0``."""
    offset_days = (t0 - COUNT_ORIGIN) / DAY_SECONDS
    span_days = bucket_seconds / DAY_SECONDS
    if offset_days != int(offset_days) or span_days != int(span_days):
        return None
    best = None
    for size in COUNT_LEVELS:
        if int(offset_days) % size == 0 and int(span_days) % size == 0:
            best = size
    return best


def _chunks(items: list[int], size: int) -> Iterator[list[int]]:
    for index in range(0, len(items), size):
        yield items[index : index + size]
