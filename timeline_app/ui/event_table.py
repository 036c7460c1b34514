"""The event list: a sortable table over the store, loaded a page at a time.

``EventTableModel`` holds light rows (no widgets per row) and fetches more as the view
scrolls; a ``QSortFilterProxyModel`` sorts them. What is shown follows the window's
``EventFilter`` (search results, hidden kinds), applied in the query.
"""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from timeline_app.core.event_list import EventFilter, ListRow, count_shown, list_row, list_rows
from timeline_app.core.store import Store

PAGE = 500
COLUMNS = ("When", "Kind", "Title", "Participants", "Sources")
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex


class EventTableModel(QAbstractTableModel):
    """Rows of shown events, fetched in pages in time order."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store: Store | None = None
        self.where = EventFilter()
        self.rows: list[ListRow] = []
        self._row_of: dict[int, int] = {}
        self._last: ListRow | None = None
        self._done = True
        self.total = 0

    def set_store(self, store: Store | None) -> None:
        self.store = store
        self.reload()

    def set_filter(self, where: EventFilter) -> None:
        self.where = where
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self.rows, self._row_of, self._last = [], {}, None
        self.total = count_shown(self.store, self.where) if self.store is not None else 0
        self._done = self.total == 0
        self._append(self._next_page())
        self.endResetModel()

    def _next_page(self) -> list[ListRow]:
        if self.store is None or self._done:
            return []
        page = list_rows(self.store, PAGE, self.where, self._last)
        self._done = len(page) < PAGE
        if page:
            self._last = page[-1]
        return [row for row in page if row.id not in self._row_of]

    def _append(self, rows: list[ListRow]) -> None:
        for row in rows:
            self._row_of[row.id] = len(self.rows)
            self.rows.append(row)

    # -- lazy loading --------------------------------------------------------------------

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._done

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        rows = self._next_page()
        if not rows:
            return
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(rows) - 1)
        self._append(rows)
        self.endInsertRows()

    def row_for(self, event_id: int) -> int | None:
        """The model row of an event, loading just that row when it is shown but not loaded yet."""
        if event_id in self._row_of:
            return self._row_of[event_id]
        if self.store is None:
            return None
        row = list_row(self.store, event_id, self.where)
        if row is None:
            return None
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows))
        self._append([row])
        self.endInsertRows()
        return self._row_of[event_id]

    # -- the model -----------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return _display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column in (2, 3):
            return _display(row, column)
        if role == SORT_ROLE:
            return _sort_key(row, column)
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 4:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


def _display(row: ListRow, column: int) -> str:
    if column == 0:
        return row.label
    if column == 1:
        return row.kind
    if column == 2:
        return row.title
    if column == 3:
        return ", ".join(row.participants)
    return str(row.sources)


def _sort_key(row: ListRow, column: int) -> Any:
    if column == 0:
        return math.inf if row.t0 is None else row.t0
    if column == 4:
        return row.sources
    return _display(row, column).casefold()


class EventTable(QTableView):
    """The event list view; emits ``eventSelected`` with an id (-1 for none)."""

    eventSelected = Signal(int)
    eventActivated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source_model = EventTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.source_model)
        self.proxy.setSortRole(SORT_ROLE)
        self.setModel(self.proxy)
        self.setSortingEnabled(True)
        self.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for column, chars in ((0, 22), (1, 14), (3, 24), (4, 11)):
            self.setColumnWidth(column, self.fontMetrics().averageCharWidth() * chars)
        self.setAccessibleName("Event list")
        self._syncing = False
        # Selection, not the current index: focus alone makes a row current without choosing it.
        self.selectionModel().selectionChanged.connect(self._selection_changed)
        self.activated.connect(self._activated)

    def set_store(self, store: Store | None) -> None:
        self.source_model.set_store(store)

    def set_filter(self, where: EventFilter) -> None:
        selected = self.selected_event()
        self.source_model.set_filter(where)
        if selected is not None:
            self.select_event(selected)

    def reload(self) -> None:
        selected = self.selected_event()
        self.source_model.reload()
        if selected is not None:
            self.select_event(selected)

    def selected_event(self) -> int | None:
        rows = self.selectionModel().selectedRows()
        value = rows[0].data(ID_ROLE) if rows else None
        return int(value) if value is not None else None

    def select_event(self, event_id: int | None) -> None:
        """Select (and scroll to) an event without emitting ``eventSelected``."""
        self._syncing = True
        try:
            row = self.source_model.row_for(event_id) if event_id is not None and event_id >= 0 else None
            if row is None:
                self.selectionModel().clear()
                return
            index = self.proxy.mapFromSource(self.source_model.index(row, 0))
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            self.selectionModel().setCurrentIndex(index, flags)
            self.scrollTo(index)
        finally:
            self._syncing = False

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        if self._syncing:
            return
        rows = self.selectionModel().selectedRows()
        value = rows[0].data(ID_ROLE) if rows else None
        self.eventSelected.emit(int(value) if value is not None else -1)

    def _activated(self, index: QModelIndex) -> None:
        value = index.data(ID_ROLE)
        if value is not None:
            self.eventActivated.emit(int(value))
