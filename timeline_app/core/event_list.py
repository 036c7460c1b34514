"""Rows for the event list and the filters the window applies, without Qt.

The list shows events in time order (undated last), a page at a time, narrowed by an
optional set of event ids (a search) and a set of hidden kinds. Large id sets are passed
to SQLite as one JSON array, so a filter costs one query whatever its size.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from timeline_app.core.store import Store


@dataclass(frozen=True)
class ListRow:
    """One line of the event list."""

    id: int
    label: str
    kind: str
    title: str
    participants: tuple[str, ...]
    sources: int
    t0: float | None
    status: str


@dataclass(frozen=True)
class EventFilter:
    """What is shown: only ``ids`` (``None`` = all events), minus events of ``hidden_kinds``."""

    ids: frozenset[int] | None = None
    hidden_kinds: frozenset[str] = frozenset()

    @property
    def active(self) -> bool:
        return self.ids is not None or bool(self.hidden_kinds)

    def where(self) -> tuple[str, list[Any]]:
        """A SQL condition over ``events e`` and its parameters."""
        clauses, params = ["1"], []
        if self.ids is not None:
            clauses.append("e.id IN (SELECT value FROM json_each(?))")
            params.append(json.dumps(sorted(self.ids)))
        if self.hidden_kinds:
            clauses.append("e.kind NOT IN (SELECT value FROM json_each(?))")
            params.append(json.dumps(sorted(self.hidden_kinds)))
        return " AND ".join(clauses), params


_COLUMNS = (
    "e.id, e.label, e.kind, e.title, e.participants,"
    " (SELECT COUNT(DISTINCT m.article_id) FROM mentions m WHERE m.event_id = e.id), e.t0, e.status"
)


def _row(values: Any) -> ListRow:
    try:
        participants = tuple(str(name) for name in json.loads(values[4] or "[]"))
    except ValueError:
        participants = ()
    return ListRow(values[0], values[1], values[2], values[3], participants, int(values[5]), values[6], values[7])


def list_rows(
    store: Store, limit: int, where: EventFilter | None = None, after: ListRow | None = None
) -> list[ListRow]:
    """The next page of shown events in time order (undated last), after the row ``after``.

    Pages are found from the last row shown (keyset paging) so that a page deep in the
    list costs what the first one does: a walk of the ``t0`` index, no sort of every event.
    """
    condition, params = (where or EventFilter()).where()
    rows: list[Any] = []
    if after is None or after.t0 is not None:
        key, key_params = "", []
        if after is not None:
            key = " AND e.t0 >= ? AND (e.t0 > ? OR e.id > ?)"
            key_params = [after.t0, after.t0, after.id]
        sql = f"SELECT {_COLUMNS} FROM events e WHERE e.t0 IS NOT NULL{key} AND {condition} ORDER BY e.t0, e.id LIMIT ?"
        rows = store.db.execute(sql, [*key_params, *params, limit]).fetchall()
    if len(rows) < limit:
        last_id = after.id if after is not None and after.t0 is None else 0
        sql = f"SELECT {_COLUMNS} FROM events e WHERE e.t0 IS NULL AND e.id > ? AND {condition} ORDER BY e.id LIMIT ?"
        rows += store.db.execute(sql, [last_id, *params, limit - len(rows)]).fetchall()
    return [_row(values) for values in rows]


def list_row(store: Store, event_id: int, where: EventFilter | None = None) -> ListRow | None:
    """The row of one event, or ``None`` when it does not exist or is filtered out."""
    condition, params = (where or EventFilter()).where()
    sql = f"SELECT {_COLUMNS} FROM events e WHERE e.id = ? AND {condition}"
    values = store.db.execute(sql, [event_id, *params]).fetchone()
    return None if values is None else _row(values)


def count_shown(store: Store, where: EventFilter | None = None) -> int:
    condition, params = (where or EventFilter()).where()
    return int(store.db.execute(f"SELECT COUNT(*) FROM events e WHERE {condition}", params).fetchone()[0])


def shown_extent(store: Store, where: EventFilter | None = None) -> tuple[float, float] | None:
    """The time range (seconds) covered by the shown dated events, or ``None``."""
    condition, params = (where or EventFilter()).where()
    row = store.db.execute(
        f"SELECT MIN(e.t0), MAX(e.t1) FROM events e WHERE e.t0 IS NOT NULL AND {condition}", params
    ).fetchone()
    if row is None or row[0] is None:
        return None
    return float(row[0]), float(row[1])


def search_event_ids(store: Store, query: str) -> set[int]:
    """Events whose title matches ``query`` or whose evidence sentence contains every word of it.

    The article index finds the candidate articles (stemmed, so "settle" finds "settled"); an
    event then counts only when one of its own sentences holds the words, not merely its article.
    """
    words = [word.casefold() for word in query.replace('"', " ").split() if word]
    if not words:
        return set()
    match = " ".join(f'"{word}"' for word in words)
    stems = [_stem(word) for word in words]
    sentence = 'lower(substr(a.text, m.start + 1, m."end" - m.start))'
    contains = " AND ".join(f"instr({sentence}, ?) > 0" for _ in stems)
    rows = store.db.execute(
        "SELECT rowid FROM events_fts WHERE events_fts MATCH ?"
        " UNION SELECT m.event_id FROM mentions m JOIN articles a ON a.id = m.article_id"
        f" WHERE a.id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?) AND {contains}",
        [match, match, *stems],
    ).fetchall()
    return {int(row[0]) for row in rows}


def _stem(word: str) -> str:
    """A crude prefix for substring tests: drop common English endings ("settlement" -> "settle")."""
    for ending in ("ments", "ment", "ings", "ing", "ed", "es", "s"):
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            return word[: -len(ending)]
    return word
