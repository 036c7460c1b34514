"""Rows for the event list and the filters the window applies, without Qt.

The list shows events in time order (undated last), a page at a time, narrowed by an
optional set of event ids (a search) and a set of hidden kinds. Large id sets are passed
to SQLite as one JSON array, so a filter costs one query whatever its size. A search's
events are read once (``found_rows``) for its count, its pages by time and the timeline.
"""

from __future__ import annotations

import heapq
import json
import re
import weakref
from dataclasses import dataclass
from typing import Any

from timeline_app.core.model import is_quiet
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
    key: tuple[Any, ...] = ()  # the values it is sorted by, when not by time
    quiet: bool = False  # a saying the zoomed-out timeline leaves out (``model.is_quiet``)


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


_SOURCES = "(SELECT COUNT(DISTINCT m.article_id) FROM mentions m WHERE m.event_id = e.id)"
_COLUMNS = f"e.id, e.label, e.kind, e.title, e.participants, {_SOURCES}, e.t0, e.status, e.salience"

_NAMES = "COALESCE((SELECT group_concat(value, ', ') FROM json_each(e.participants)), '')"  # as shown
SORT_COLUMNS = ("when", "kind", "title", "participants", "sources")


@dataclass(frozen=True)
class ListSort:
    """The list's order: a column of ``SORT_COLUMNS`` and its direction.

    Undated events come last by time in either direction. Other columns break ties by time
    then id, all in the chosen direction, so every order is total and pages never overlap.
    """

    column: str = "when"
    descending: bool = False

    def sql_keys(self) -> list[str]:
        """SQL expressions over ``events e`` to order by, the last one unique."""
        if self.column not in SORT_COLUMNS:
            raise ValueError(f"cannot sort the event list by {self.column!r}")
        first = {
            "when": [],
            "kind": ["e.kind"],
            "title": ["e.title COLLATE NOCASE"],
            # events without participants last in either direction
            "participants": [f"e.participants {'!=' if self.descending else '='} '[]'", f"lower({_NAMES})"],
            "sources": [_SOURCES],
        }[self.column]
        return [*first, "e.t0 IS NULL", "COALESCE(e.t0, 0)", "e.id"]


def _row(values: Any) -> ListRow:
    try:
        participants = tuple(str(name) for name in json.loads(values[4] or "[]"))
    except ValueError:
        participants = ()
    key = tuple(values[9:])
    quiet = is_quiet(values[2], float(values[8] or 0.0))
    return ListRow(
        values[0], values[1], values[2], values[3], participants, int(values[5]), values[6], values[7], key, quiet
    )


def list_rows(
    store: Store,
    limit: int,
    where: EventFilter | None = None,
    after: ListRow | None = None,
    sort: ListSort | None = None,
) -> list[ListRow]:
    """The next page of shown events in the list's order, after the row ``after``.

    Pages are found from the last row shown (keyset paging), so the list loads lazily in any
    order. By time (the default) a page deep in the list costs what the first one does: a walk
    of the ``t0`` index. By another column each page is one pass over the shown events keeping
    the next ``limit`` (no index, no full sort, nothing held between pages).
    """
    sort = sort or ListSort()
    if sort.column == "when":
        return _rows_by_time(store, limit, where or EventFilter(), after, sort.descending)
    condition, params = (where or EventFilter()).where()
    keys = sort.sql_keys()
    direction = " DESC" if sort.descending else ""
    order = ", ".join(f"{key}{direction}" for key in keys)
    key_clause, key_params = "", []
    if after is not None and len(after.key) == len(keys):
        compare = "<" if sort.descending else ">"
        key_clause = f" AND ({', '.join(keys)}) {compare} ({', '.join('?' * len(keys))})"
        key_params = list(after.key)
    sql = f"SELECT {_COLUMNS}, {', '.join(keys)} FROM events e WHERE {condition}{key_clause} ORDER BY {order} LIMIT ?"
    return [_row(values) for values in store.db.execute(sql, [*params, *key_params, limit]).fetchall()]


def _rows_by_time(
    store: Store, limit: int, where: EventFilter, after: ListRow | None, descending: bool
) -> list[ListRow]:
    """Dated events by time (newest first when ``descending``), then undated ones by id."""
    if where.ids is not None:
        return _found_by_time(store, limit, where, after, descending)
    condition, params = where.where()
    rows: list[Any] = []
    less, desc = ("<", " DESC") if descending else (">", "")
    if after is None or after.t0 is not None:
        key, key_params = "", []
        if after is not None:
            key = f" AND e.t0 {less}= ? AND (e.t0 {less} ? OR e.id {less} ?)"
            key_params = [after.t0, after.t0, after.id]
        sql = (
            f"SELECT {_COLUMNS} FROM events e WHERE e.t0 IS NOT NULL{key} AND {condition}"
            f" ORDER BY e.t0{desc}, e.id{desc} LIMIT ?"
        )
        rows = store.db.execute(sql, [*key_params, *params, limit]).fetchall()
    if len(rows) < limit:
        start_id = 1 << 62 if descending else 0
        last_id = after.id if after is not None and after.t0 is None else start_id
        sql = (
            f"SELECT {_COLUMNS} FROM events e WHERE e.t0 IS NULL AND e.id {less} ? AND {condition}"
            f" ORDER BY e.id{desc} LIMIT ?"
        )
        rows += store.db.execute(sql, [last_id, *params, limit - len(rows)]).fetchall()
    return [_row(values) for values in rows]


def order_ids(store: Store, ids: list[int], sort: ListSort | None = None) -> list[int]:
    """The given events (a few) in the list's order."""
    sort = sort or ListSort()
    desc = " DESC" if sort.descending else ""
    if sort.column == "when":
        order = f"e.t0 IS NULL, e.t0{desc}, e.id{desc}"
    else:
        order = ", ".join(f"{key}{desc}" for key in sort.sql_keys())
    sql = f"SELECT e.id FROM events e WHERE e.id IN (SELECT value FROM json_each(?)) ORDER BY {order}"
    return [int(row[0]) for row in store.db.execute(sql, [json.dumps(ids)]).fetchall()]


def list_row(store: Store, event_id: int, where: EventFilter | None = None) -> ListRow | None:
    """The row of one event, or ``None`` when it does not exist or is filtered out."""
    condition, params = (where or EventFilter()).where()
    sql = f"SELECT {_COLUMNS} FROM events e WHERE e.id = ? AND {condition}"
    values = store.db.execute(sql, [event_id, *params]).fetchone()
    return None if values is None else _row(values)


def _found_by_time(
    store: Store, limit: int, where: EventFilter, after: ListRow | None, descending: bool
) -> list[ListRow]:
    """``_rows_by_time`` for a search: the page is picked from its ``found_rows``, then only the
    page's rows are read."""
    assert where.ids is not None
    sign = -1.0 if descending else 1.0

    def key(t0: float | None, event_id: int) -> tuple[bool, float, float]:
        return t0 is None, sign * (t0 or 0.0), sign * event_id  # undated last either way

    hidden = where.hidden_kinds
    keys = [key(t0, event_id) for event_id, t0, _, _, kind in found_rows(store, where.ids) if kind not in hidden]
    if after is not None:
        start = key(after.t0, after.id)
        keys = [k for k in keys if k > start]
    page = [int(sign * k[2]) for k in heapq.nsmallest(limit, keys)]
    sql = f"SELECT {_COLUMNS} FROM events e WHERE e.id IN (SELECT value FROM json_each(?))"
    by_id = {values[0]: values for values in store.db.execute(sql, [json.dumps(page)]).fetchall()}
    return [_row(by_id[event_id]) for event_id in page if event_id in by_id]


def count_shown(store: Store, where: EventFilter | None = None) -> int:
    if where is not None and where.ids is not None:
        hidden = where.hidden_kinds
        return sum(1 for row in found_rows(store, where.ids) if row[4] not in hidden)
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


FoundRow = tuple[int, float | None, float | None, float, str]  # id, t0, t1, salience, kind
_FOUND: weakref.WeakKeyDictionary[Store, tuple[frozenset[int], tuple[int, int], list[FoundRow]]] = (
    weakref.WeakKeyDictionary()
)


def found_rows(store: Store, ids: frozenset[int]) -> list[FoundRow]:
    """``FoundRow`` tuples of the stored events among ``ids`` (a search's), in no order.

    Read in one pass over the ids and kept (for the last ids asked, per store) until the store
    changes: the list's count and pages and the timeline of one search share that pass, which
    at a common word is most of what a search costs.
    """
    token = _change_token(store)
    kept = _FOUND.get(store)
    if kept is not None and kept[1] == token and (kept[0] is ids or kept[0] == ids):
        return kept[2]
    condition, params = EventFilter(ids).where()
    sql = f"SELECT e.id, e.t0, e.t1, e.salience, e.kind FROM events e WHERE {condition}"
    rows: list[FoundRow] = store.db.execute(sql, params).fetchall()
    _FOUND[store] = (ids, token, rows)
    return rows


def step_in_search(store: Store, where: EventFilter, selected: int | None, forward: bool) -> int | None:
    """The shown dated event after (``forward``) or before ``selected`` in time order (by start,
    then id) among a search's; without a selection among them, its first or last one."""
    assert where.ids is not None
    hidden = where.hidden_kinds
    keys = [(t0, i) for i, t0, _, _, kind in found_rows(store, where.ids) if t0 is not None and kind not in hidden]
    current = next((key for key in keys if key[1] == selected), None) if selected is not None else None
    if current is None:
        found = (min if forward else max)(keys, default=None)
    elif forward:
        found = min((key for key in keys if key > current), default=None)
    else:
        found = max((key for key in keys if key < current), default=None)
    return None if found is None else found[1]


def nearest_in_search(store: Store, ids: frozenset[int], kind: str, t: float, later: bool) -> int | None:
    """The dated event of ``kind`` among ``ids`` starting first at or after ``t`` (``later``), or
    last before it; ties go to the lowest id."""
    rows = [(t0, i) for i, t0, _, _, k in found_rows(store, ids) if k == kind and t0 is not None]
    if later:
        found = min(((t0, i) for t0, i in rows if t0 >= t), default=None)
    else:
        found = max(((t0, -i) for t0, i in rows if t0 < t), default=None)
    return None if found is None else abs(found[1])


def _change_token(store: Store) -> tuple[int, int]:
    """Changes when anything is written to the store, by this connection or another one."""
    version = store.db.execute("PRAGMA data_version").fetchone()[0]
    return store.db.conn.total_changes, int(version)


def search_event_ids(store: Store, query: str) -> set[int]:
    """Events whose title matches ``query`` or whose evidence sentence contains every word of it.

    The article index finds the candidate articles (stemmed, so "settle" finds "settled"); an
    event then counts only when one of its own sentences holds the words, not merely its article.
    """
    words = [word.casefold() for word in query.replace('"', " ").split() if word]
    # The index keeps no word positions: ask for each of its tokens ("covid-19": "covid" and "19").
    tokens = _TOKEN.findall(" ".join(words))
    if not tokens:
        return set()
    match = " ".join(f'"{token}"' for token in tokens)
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


# What the full-text index (SQLite's unicode61 tokenizer) counts as a word: letters and digits.
_TOKEN = re.compile(r"[^\W_]+")


def _stem(word: str) -> str:
    """A crude prefix for substring tests: drop common English endings ("settlement" -> "settle")."""
    for ending in ("ments", "ment", "ings", "ing", "ed", "es", "s"):
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            return word[: -len(ending)]
    return word
