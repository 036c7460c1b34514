"""The main window: the timeline canvas, the article panel, the event list, search and state."""

from __future__ import annotations

import math
from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QIcon, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDockWidget,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QStyle,
    QToolBar,
    QToolButton,
    QWidget,
)

from timeline_app import APP_NAME, __version__
from timeline_app.core.event_list import EventFilter, list_row, search_event_ids, shown_extent
from timeline_app.core.importer import READERS, ImportSummary, collect_files, import_files
from timeline_app.core.model import Event
from timeline_app.core.paths import sample_files
from timeline_app.core.store import Store, StoreError
from timeline_app.core.timespan import MONTH_ABBR
from timeline_app.ui import settings as keys
from timeline_app.ui.article_panel import ArticlePanel
from timeline_app.ui.canvas import TimelineView
from timeline_app.ui.empty_state import EmptyState
from timeline_app.ui.event_dialog import EventDialog
from timeline_app.ui.event_table import EventTable
from timeline_app.ui.import_flow import Runner, run_import

SEARCH_DELAY_MS = 250
_EPOCH = datetime(1970, 1, 1)


def format_moment(seconds: float, seconds_per_pixel: float = 86_400.0) -> str:
    """A time on the axis as text, as fine as the zoom makes meaningful."""
    if not math.isfinite(seconds):
        return ""
    try:
        moment = _EPOCH + timedelta(seconds=seconds)
    except OverflowError:
        return ""
    day = f"{moment.day} {MONTH_ABBR[moment.month - 1]} {moment.year}"
    if seconds_per_pixel < 600:
        return f"{day} {moment.hour:02d}:{moment.minute:02d}"
    return day


class MainWindow(QMainWindow):
    """Chronicle's main window over one store."""

    def __init__(self, store: Store, settings: QSettings | None = None) -> None:
        super().__init__()
        self.store = store
        self.settings = settings if settings is not None else keys.open_settings()
        self._owns_store = False
        self._syncing = False
        self._view_restored = False
        self.search_ids: set[int] | None = None
        self.hidden_kinds: set[str] = set()
        self.last_import_summary = ImportSummary()
        self.import_runner: Runner | None = None  # None: a worker thread; tests pass SyncRunner()
        self._message_box: QMessageBox | None = None
        self._export_dialog: QDialog | None = None
        self.setAcceptDrops(True)
        self.resize(1280, 800)
        self._build_central()
        self._build_docks()
        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self._build_status_bar()
        self._connect()
        self._set_tab_order()
        self._restore_state()
        self._attach_store(store)

    # -- building -----------------------------------------------------------------------

    def _build_central(self) -> None:
        self.timeline = TimelineView(self)
        self.canvas = self.timeline.canvas
        self.empty_state = EmptyState(self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.timeline)
        self.stack.addWidget(self.empty_state)
        self.setCentralWidget(self.stack)

    def _build_docks(self) -> None:
        self.panel = ArticlePanel(self)
        self.panel_dock = QDockWidget("&Article", self)
        self.panel_dock.setObjectName("articleDock")
        self.panel_dock.setWidget(self.panel)
        self.panel_dock.setAccessibleName("Article panel")
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.panel_dock)
        self.table = EventTable(self)
        self.table_dock = QDockWidget("Event &list", self)
        self.table_dock.setObjectName("eventListDock")
        self.table_dock.setWidget(self.table)
        self.table_dock.setAccessibleName("Event list panel")
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.table_dock)
        self.resizeDocks([self.panel_dock], [460], Qt.Orientation.Horizontal)
        self.resizeDocks([self.table_dock], [170], Qt.Orientation.Vertical)

    def _action(
        self,
        text: str,
        slot: object,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        icon: QStyle.StandardPixmap | None = None,
        tip: str = "",
        theme_icon: str = "",
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        if icon is not None:
            action.setIcon(
                QIcon.fromTheme(theme_icon, self.style().standardIcon(icon))
                if theme_icon
                else self.style().standardIcon(icon)
            )
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        pixmap = QStyle.StandardPixmap
        self.open_action = self._action(
            "&Open database…", self.open_database_dialog, QKeySequence.StandardKey.Open, pixmap.SP_DirOpenIcon
        )
        self.new_action = self._action("&New database…", self.new_database_dialog, QKeySequence.StandardKey.New)
        self.import_action = self._action(
            "&Import articles…", self.import_dialog, "Ctrl+I", pixmap.SP_FileIcon, "Import article files"
        )
        self.import_folder_action = self._action(
            "Import &folder…", self.import_folder_dialog, "Ctrl+Shift+I", pixmap.SP_DirIcon
        )
        self.export_action = self._action(
            "&Export…", self.export_timeline, "Ctrl+E", pixmap.SP_DialogSaveButton, "Export the timeline"
        )
        self.quit_action = self._action("&Quit", self.close, QKeySequence.StandardKey.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)

        self.find_action = self._action("&Find…", self.focus_search, QKeySequence.StandardKey.Find)
        self.edit_action = self._action("&Edit event…", self.edit_selected, "F2")
        self.zoom_in_action = self._action(
            "Zoom &in",
            lambda: self.canvas.zoom_in(),
            QKeySequence.StandardKey.ZoomIn,
            pixmap.SP_ArrowUp,
            theme_icon="zoom-in",
        )
        self.zoom_in_action.setShortcuts([QKeySequence("Ctrl+="), QKeySequence("Ctrl++")])
        self.zoom_out_action = self._action(
            "Zoom &out",
            lambda: self.canvas.zoom_out(),
            QKeySequence("Ctrl+-"),
            pixmap.SP_ArrowDown,
            theme_icon="zoom-out",
        )
        self.fit_action = self._action(
            "&Fit all", self.fit_all, "Ctrl+0", pixmap.SP_BrowserReload, "Show every event", "zoom-fit-best"
        )
        self.zoom_results_action = self._action(
            "Zoom to &results", self.zoom_to_results, "Ctrl+R", tip="Zoom to the events shown"
        )
        # Navigation keys act on the timeline and the list only, so text fields keep their arrows.
        self.previous_action = self._action("&Previous event", self.select_previous, QKeySequence(Qt.Key.Key_Left))
        self.next_action = self._action("&Next event", self.select_next, QKeySequence(Qt.Key.Key_Right))
        self.open_event_action = self._action("&Open event", self.open_selected, QKeySequence(Qt.Key.Key_Return))
        self.open_event_action.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
        self.clear_action = self._action("&Clear selection", self.clear_selection, QKeySequence(Qt.Key.Key_Escape))
        for action in (self.previous_action, self.next_action, self.clear_action, self.open_event_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.canvas.addAction(action)
        for action in (self.previous_action, self.next_action, self.clear_action):
            self.table.addAction(action)
        self.about_action = self._action(f"&About {APP_NAME}", self.show_about)

    def _build_menus(self) -> None:
        menu = self.menuBar()
        file_menu = self.file_menu = menu.addMenu("&File")
        file_menu.addActions([self.open_action, self.new_action])
        file_menu.addSeparator()
        file_menu.addActions([self.import_action, self.import_folder_action, self.export_action])
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = menu.addMenu("&Edit")
        edit_menu.addActions([self.find_action, self.edit_action, self.clear_action])
        view_menu = menu.addMenu("&View")
        view_menu.addActions([self.zoom_in_action, self.zoom_out_action, self.fit_action, self.zoom_results_action])
        view_menu.addSeparator()
        view_menu.addActions([self.previous_action, self.next_action, self.open_event_action])
        view_menu.addSeparator()
        self.kinds_menu = QMenu("&Kinds", self)
        view_menu.addMenu(self.kinds_menu)
        view_menu.addSeparator()
        view_menu.addAction(self.panel_dock.toggleViewAction())
        view_menu.addAction(self.table_dock.toggleViewAction())
        help_menu = menu.addMenu("&Help")
        help_menu.addAction(self.about_action)

    def _build_toolbar(self) -> None:
        bar = QToolBar("Main toolbar", self)
        bar.setObjectName("mainToolbar")
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        bar.addActions([self.import_action, self.export_action])
        bar.addSeparator()
        bar.addActions([self.zoom_in_action, self.zoom_out_action, self.fit_action])
        bar.addSeparator()
        self.search_box = QLineEdit(self)
        self.search_box.setPlaceholderText("Search events and articles (Ctrl+F)")
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setAccessibleName("Search")
        self.search_box.setMaximumWidth(self.fontMetrics().averageCharWidth() * 40)
        bar.addWidget(self.search_box)
        self.kinds_button = QToolButton(self)
        self.kinds_button.setText("Kinds")
        self.kinds_button.setAccessibleName("Kinds shown")
        self.kinds_button.setToolTip("Choose which kinds of events are shown")
        self.kinds_button.setMenu(self.kinds_menu)
        self.kinds_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        bar.addWidget(self.kinds_button)
        bar.addAction(self.zoom_results_action)
        self.addToolBar(bar)
        self.toolbar = bar

    def _build_status_bar(self) -> None:
        self.counts_label = QLabel(self)
        self.counts_label.setAccessibleName("Events and articles")
        self.shown_label = QLabel(self)
        self.shown_label.setAccessibleName("Shown and hidden events")
        self.pointer_label = QLabel(self)
        self.pointer_label.setAccessibleName("Date under the pointer")
        self.pointer_label.setMinimumWidth(self.fontMetrics().averageCharWidth() * 20)
        bar = self.statusBar()
        bar.addPermanentWidget(self.counts_label)
        bar.addPermanentWidget(self.shown_label)
        bar.addPermanentWidget(self.pointer_label)

    def _connect(self) -> None:
        self.canvas.eventSelected.connect(self._canvas_selected)
        self.canvas.eventActivated.connect(self.open_event)
        self.canvas.pointerTimeChanged.connect(self._pointer_moved)
        self.table.eventSelected.connect(self._table_selected)
        self.table.eventActivated.connect(self.open_event)
        self.panel.editRequested.connect(self.edit_event)
        self.empty_state.importRequested.connect(self.import_dialog)
        self.empty_state.sampleRequested.connect(self.open_sample)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.apply_search)
        self.search_box.textChanged.connect(lambda _text: self.search_timer.start())
        self.search_box.returnPressed.connect(self.apply_search)

    def _set_tab_order(self) -> None:
        chain: list[QWidget] = [
            self.search_box,
            self.kinds_button,
            self.canvas,
            self.table,
            self.panel.source_list,
            self.panel.text_view,
            self.panel.open_button,
            self.panel.edit_button,
        ]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)

    # -- the store -------------------------------------------------------------------------

    def _attach_store(self, store: Store) -> None:
        self.store = store
        self.search_ids = None
        self.hidden_kinds = keys.read_hidden_kinds(self.settings, self._database_key())
        self.search_box.blockSignals(True)
        self.search_box.clear()
        self.search_box.blockSignals(False)
        name = store.path.name if store.path is not None else "in memory"
        self.setWindowTitle(f"{name} — {APP_NAME}")
        self.canvas.set_store(store)
        self.table.set_store(store)
        self.panel.set_store(store)
        self._view_restored = False
        self.refresh()
        if self.isVisible():
            self._restore_view()

    def switch_store(self, store: Store) -> None:
        """Show another database; the window closes the stores it opened itself."""
        if store is self.store:
            return
        self._save_view()
        previous, owned = self.store, self._owns_store
        self._attach_store(store)
        self._owns_store = True
        if owned:
            previous.close()

    def open_database(self, path: Path) -> bool:
        try:
            store = Store(path)
        except StoreError as error:
            self.show_message(str(error), QMessageBox.Icon.Warning)
            return False
        self.switch_store(store)
        return True

    def refresh(self) -> None:
        """Reload everything after the store changed."""
        selected = self.selected_event()
        self._rebuild_kinds_menu()
        self.canvas.reload()
        self._apply_filter()
        events, articles = self.store.counts()
        self.empty_state.set_articles(articles)
        self.stack.setCurrentWidget(self.timeline if events else self.empty_state)
        if self.stack.currentWidget() is self.empty_state and self.stack.hasFocus() is False:
            self.empty_state.import_button.setFocus(Qt.FocusReason.OtherFocusReason)
        if selected is not None and self.store.event(selected) is not None:
            self.select_event(selected)
        else:
            self.select_event(None)

    # -- selection ---------------------------------------------------------------------------

    def selected_event(self) -> int | None:
        return self.panel.current_event.id if self.panel.current_event is not None else None

    def select_event(self, event_id: int | None) -> None:
        """Select an event everywhere (canvas, list, panel); ``None`` or -1 clears."""
        if event_id is not None and event_id < 0:
            event_id = None
        self._syncing = True
        try:
            if self.canvas.selected_event() != event_id:
                self.canvas.select_event(event_id)
            self.table.select_event(event_id)
            if self.selected_event() != event_id or event_id is None:
                self.panel.show_event(event_id)
        finally:
            self._syncing = False

    def _canvas_selected(self, event_id: int) -> None:
        if not self._syncing:
            self.select_event(event_id)

    def _table_selected(self, event_id: int) -> None:
        if not self._syncing:
            self.select_event(event_id)

    def select_next(self) -> None:
        self.canvas.select_next()
        self.select_event(self.canvas.selected_event())

    def select_previous(self) -> None:
        self.canvas.select_previous()
        self.select_event(self.canvas.selected_event())

    def clear_selection(self) -> None:
        self.select_event(None)

    def open_selected(self) -> None:
        selected = self.canvas.selected_event()
        if selected is not None:
            self.open_event(selected)

    def open_event(self, event_id: int) -> None:
        """Select an event and bring the article panel forward with focus."""
        self.select_event(event_id)
        self.panel_dock.show()
        self.panel_dock.raise_()
        self.panel.text_view.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- search and kinds ----------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def apply_search(self) -> None:
        self.search_timer.stop()
        query = self.search_box.text().strip()
        self.search_ids = search_event_ids(self.store, query) if query else None
        self._apply_filter()

    def set_kind_shown(self, kind: str, shown: bool) -> None:
        if shown:
            self.hidden_kinds.discard(kind)
        else:
            self.hidden_kinds.add(kind)
        keys.write_hidden_kinds(self.settings, self._database_key(), self.hidden_kinds)
        self._apply_filter()

    def show_all_kinds(self) -> None:
        self.hidden_kinds.clear()
        keys.write_hidden_kinds(self.settings, self._database_key(), self.hidden_kinds)
        self._rebuild_kinds_menu()
        self._apply_filter()

    def _rebuild_kinds_menu(self) -> None:
        self.kinds_menu.clear()
        kinds = self.store.kinds()
        self.hidden_kinds &= set(kinds)
        for kind in kinds:
            action = self.kinds_menu.addAction(kind)
            action.setCheckable(True)
            action.setChecked(kind not in self.hidden_kinds)
            action.toggled.connect(lambda checked, kind=kind: self.set_kind_shown(kind, checked))
        if kinds:
            self.kinds_menu.addSeparator()
        self.kinds_menu.addAction("Show &all kinds", self.show_all_kinds)
        self.kinds_button.setEnabled(bool(kinds))

    def current_filter(self) -> EventFilter:
        ids = frozenset(self.search_ids) if self.search_ids is not None else None
        return EventFilter(ids, frozenset(self.hidden_kinds))

    def _apply_filter(self) -> None:
        where = self.current_filter()
        self.canvas.set_filters(where.ids, where.hidden_kinds)
        self.table.set_filter(where)
        selected = self.selected_event()
        if selected is not None and where.active and list_row(self.store, selected, where) is None:
            self.select_event(None)
        elif selected is not None and self.table.selected_event() != selected:
            self.table.select_event(selected)
        self._update_counts()

    def zoom_to_results(self) -> None:
        """Zoom to the dated events that the search and kinds leave shown."""
        where = self.current_filter()
        # with a search the canvas already knows its extent (the same aggregate, read once per search)
        extent = self.canvas.data_extent() if where.ids is not None else shown_extent(self.store, where)
        if extent is None:
            self.statusBar().showMessage("No dated events to zoom to", 3000)
            return
        start, end = extent
        # Labels run to the right of their events: leave more room on that side.
        margin = max(end - start, 7 * 86_400.0)
        self.canvas.zoom_to(start - margin * 0.05, end + margin * 0.2)

    def fit_all(self) -> None:
        self.canvas.fit_all()

    # -- status bar --------------------------------------------------------------------------

    def _update_counts(self) -> None:
        events, articles = self.store.counts()
        self.counts_label.setText(
            f"{events} event{'s' if events != 1 else ''} from {articles} article{'s' if articles != 1 else ''}"
        )
        shown = self.table.source_model.total if self.current_filter().active else events
        self.shown_label.setText(f"{shown} shown, {events - shown} hidden")

    def _pointer_moved(self, seconds: float) -> None:
        self.pointer_label.setText(format_moment(seconds, self._seconds_per_pixel()))

    def _seconds_per_pixel(self) -> float:
        return float(getattr(self.canvas.viewport, "seconds_per_pixel", 86_400.0))

    # -- editing -------------------------------------------------------------------------------

    def edit_selected(self) -> None:
        selected = self.selected_event()
        if selected is not None:
            self.edit_event(selected)

    def edit_event(self, event_id: int) -> None:
        event = self.store.event(event_id)
        if event is None:
            return
        dialog = EventDialog(event, self.store.kinds(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.save_event(dialog.edited_event())

    def save_event(self, event: Event) -> None:
        """Store a hand-corrected event and show it everywhere."""
        self.store.update_event(event)
        self.refresh()
        if event.id is not None:
            self.panel.show_event(event.id)
            self.select_event(event.id)

    # -- importing -------------------------------------------------------------------------------

    def import_paths(self, paths: list[Path]) -> None:
        """The one import entry point (menus, toolbar, drops, command line): review, import, summary."""
        files = collect_files(Path(path) for path in paths)
        if not files:
            self.show_message("No supported article files found (supported: " + ", ".join(sorted(READERS)) + ")")
            return
        had_events = self.store.counts()[0] > 0
        summary = run_import(self, self.store, files, runner=self.import_runner)
        self.last_import_summary = summary
        self._after_import(had_events, summary.line())

    def _after_import(self, had_events: bool, message: str) -> None:
        self.refresh()
        if not had_events:
            self.fit_all()
        self.statusBar().showMessage(message, 8000)

    def import_dialog(self) -> None:
        patterns = " ".join(f"*{suffix}" for suffix in sorted(READERS))
        names, _ = QFileDialog.getOpenFileNames(self, "Import articles", "", f"Articles ({patterns});;All files (*)")
        if names:
            self.import_paths([Path(name) for name in names])

    def import_folder_dialog(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "Import a folder of articles")
        if folder:
            self.import_paths([Path(folder)])

    def open_sample(self) -> None:
        """Import the bundled sample articles (all dated, so no review is needed)."""
        had_events = self.store.counts()[0] > 0
        summary = ImportSummary()
        for result in import_files(self.store, sample_files()):
            summary.add(result)
        self._after_import(had_events, summary.line())

    def export_timeline(self) -> None:
        """File > Export...: the export dialog over the visible range and the kinds shown."""
        from timeline_app.ui.export_dialog import open_export_dialog

        view = self.canvas.viewport
        self._export_dialog = open_export_dialog(
            self,
            self.store,
            (view.start, view.end),
            self.hidden_kinds,
            lambda result: self.statusBar().showMessage(result.summary(), 10_000),
        )

    def open_database_dialog(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, "Open database", "", "Chronicle databases (*.db *.sqlite *.sqlite3);;All files (*)"
        )
        if name:
            self.open_database(Path(name))

    def new_database_dialog(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            "New database",
            "timeline.db",
            "Chronicle databases (*.db)",
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if not name:
            return
        path = Path(name)
        if path.exists():
            self.show_message(f"{path}: already exists; use File > Open database to open it", QMessageBox.Icon.Warning)
            return
        self.open_database(path)

    # -- drag and drop --------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)

    # -- messages --------------------------------------------------------------------------------

    def show_message(self, text: str, icon: QMessageBox.Icon = QMessageBox.Icon.Information) -> QMessageBox:
        """A window-modal message that does not block the caller."""
        box = QMessageBox(icon, APP_NAME, text, QMessageBox.StandardButton.Ok, self)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self._message_box = box
        return box

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            f"About {APP_NAME}",
            f"{APP_NAME} {__version__}\nTurns news articles into a zoomable timeline.",
        )

    # -- remembered state ----------------------------------------------------------------------------

    def _restore_state(self) -> None:
        geometry = keys.read_bytes(self.settings, keys.GEOMETRY)
        if geometry is not None:
            self.restoreGeometry(geometry)
        elif (screen := self.screen()) is not None:
            available = screen.availableGeometry()
            self.resize(min(1600, int(available.width() * 0.9)), min(1000, int(available.height() * 0.9)))
        state = keys.read_bytes(self.settings, keys.DOCK_STATE)
        if state is not None:
            self.restoreState(state)

    def _database_key(self) -> str:
        return str(self.store.path.resolve()) if self.store.path is not None else ":memory:"

    def visible_range(self) -> tuple[float, float]:
        viewport = self.canvas.viewport
        return viewport.start, viewport.start + viewport.seconds_per_pixel * viewport.width

    def _save_view(self) -> None:
        start, end = self.visible_range()
        keys.write_view(self.settings, self._database_key(), start, end)

    def _restore_view(self) -> None:
        self._view_restored = True
        saved = keys.read_view(self.settings, self._database_key())
        if saved is not None:
            self.canvas.zoom_to(*saved)
        else:
            self.canvas.fit_all()

    def save_state(self) -> None:
        self.settings.setValue(keys.GEOMETRY, self.saveGeometry())
        self.settings.setValue(keys.DOCK_STATE, self.saveState())
        self._save_view()
        self.settings.sync()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._view_restored:
            self._restore_view()
            start = self.canvas if self.stack.currentWidget() is self.timeline else self.empty_state.import_button
            start.setFocus(Qt.FocusReason.OtherFocusReason)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        super().closeEvent(event)
        if event.isAccepted() and self._owns_store:
            self.canvas.set_store(None)
            self.table.set_store(None)
            self.panel.set_store(None)
            self.store.close()
            self._owns_store = False
