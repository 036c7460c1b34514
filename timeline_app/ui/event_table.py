"""The event list: a sortable table over the store, loaded a page at a time.

``EventTableModel`` holds light rows (no widgets per row) and fetches more as the view
scrolls. Clicking a column header sorts in the query, so the order holds over all events,
not just the loaded ones. What is shown follows the window's ``EventFilter`` (search
results, hidden kinds), applied in the query too.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QAbstractItemView, QApplication, QHeaderView, QTableView, QWidget

from timeline_app.core.event_list import (
    SORT_COLUMNS,
    EventFilter,
    ListRow,
    ListSort,
    count_shown,
    list_row,
    list_rows,
    order_ids,
)
from timeline_app.core.store import Store

PAGE = 500
SORTED_PAGE = 2000  # by a column other than time each page is a pass over all events: take more at once
COLUMNS = ("When", "Kind", "Title", "Participants", "Sources")
HEADER_TIPS = (
    "When it happened (undated events last)",
    "Kind of event",
    "Title",
    "Who took part",
    "Number of articles reporting the event (the side panel lists each one)",
)
ID_ROLE = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex


class EventTableModel(QAbstractTableModel):
    """Rows of shown events in the list's order, fetched a page at a time.

    The order comes from the query (``ListSort``), so sorting by any column is right over
    all events, not just the loaded ones. ``rows[:_prefix]`` are the first rows of that order;
    rows after them were loaded out of turn (an event selected elsewhere) and are kept in
    order until the pages reach them.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store: Store | None = None
        self.where = EventFilter()
        self.order = ListSort()
        self.rows: list[ListRow] = []
        self._row_of: dict[int, int] = {}
        self._prefix = 0
        self._last: ListRow | None = None
        self._done = True
        self.total = 0

    def set_store(self, store: Store | None) -> None:
        self.store = store
        self.reload()

    def set_filter(self, where: EventFilter) -> None:
        self.where = where
        self.reload()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Order all shown events by ``column`` (reloads from the first page)."""
        wanted = ListSort(SORT_COLUMNS[column], order == Qt.SortOrder.DescendingOrder)
        if wanted != self.order:
            self.order = wanted
            self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self.rows, self._row_of, self._prefix, self._last = [], {}, 0, None
        self.total = count_shown(self.store, self.where) if self.store is not None else 0
        self._done = self.total == 0
        page = self._next_page()
        self.rows = page
        self._row_of = {row.id: index for index, row in enumerate(page)}
        self._prefix = len(page)
        self.endResetModel()

    def _next_page(self) -> list[ListRow]:
        if self.store is None or self._done:
            return []
        size = PAGE if self.order.column == "when" else SORTED_PAGE
        page = list_rows(self.store, size, self.where, self._last, self.order)
        self._done = len(page) < size
        if page:
            self._last = page[-1]
        return page

    def _merge(self, page: list[ListRow]) -> None:
        """Put the next page in place after the loaded prefix (before rows loaded out of turn)."""
        block: list[ListRow] = []
        for row in page:
            if row.id in self._row_of:  # loaded out of turn: it is already where the page puts it
                self._insert(block)
                block = []
                self._prefix += 1
            else:
                block.append(row)
        self._insert(block)

    def _insert(self, block: list[ListRow]) -> None:
        if not block:
            return
        at = self._prefix
        self.beginInsertRows(QModelIndex(), at, at + len(block) - 1)
        self.rows[at:at] = block
        self._prefix += len(block)
        for index in range(at, len(self.rows)):
            self._row_of[self.rows[index].id] = index
        self.endInsertRows()

    # -- lazy loading --------------------------------------------------------------------

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._done

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        page = self._next_page()
        if page:
            self._merge(page)

    def row_for(self, event_id: int) -> int | None:
        """The model row of an event, loading just that row when it is shown but not loaded yet."""
        if event_id in self._row_of:
            return self._row_of[event_id]
        if self.store is None:
            return None
        row = list_row(self.store, event_id, self.where)
        if row is None:
            return None
        later = [loaded.id for loaded in self.rows[self._prefix :]]
        at = self._prefix + order_ids(self.store, [*later, event_id], self.order).index(event_id)
        self.beginInsertRows(QModelIndex(), at, at)
        self.rows.insert(at, row)
        for index in range(at, len(self.rows)):
            self._row_of[self.rows[index].id] = index
        self.endInsertRows()
        return at

    # -- the model -----------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return HEADER_TIPS[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return _display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column in (2, 3):
            return _display(row, column) + (QUIET_TIP if row.quiet and column == 2 else "")
        if role == Qt.ItemDataRole.ForegroundRole and row.quiet:
            return QApplication.palette().color(QPalette.ColorRole.PlaceholderText)  # as the timeline hides it
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 4:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


QUIET_TIP = "\n(a saying: the timeline shows it when zoomed in to a few months)"


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


class EventTable(QTableView):
    """The event list view; emits ``eventSelected`` with an id (-1 for none)."""

    eventSelected = Signal(int)
    eventActivated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source_model = EventTableModel(self)
        self.setModel(self.source_model)
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
        # The model sorts in its query (over all events); the header only asks it to.
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        header.sortIndicatorChanged.connect(self.sort_by)
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

    def sort_by(self, column: int, order: Qt.SortOrder) -> None:
        """Order the list by ``column``, keeping the selected event selected."""
        header = self.horizontalHeader()
        if (header.sortIndicatorSection(), header.sortIndicatorOrder()) != (column, order):
            header.setSortIndicator(column, order)  # calls back here
            return
        selected = self.selected_event()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.source_model.sort(column, order)
        finally:
            QApplication.restoreOverrideCursor()
        if selected is not None:
            self.select_event(selected)
        else:
            self.scrollToTop()

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
            index = self.source_model.index(row, 0)
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
