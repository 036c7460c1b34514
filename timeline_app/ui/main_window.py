"""The main window. For now a plain list of the stored events; the timeline canvas comes next."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMainWindow, QTreeWidget, QTreeWidgetItem

from timeline_app import APP_NAME
from timeline_app.core.store import Store
from timeline_app.ui.import_flow import run_import


class MainWindow(QMainWindow):
    """Chronicle's main window over one store."""

    def __init__(self, store: Store) -> None:
        super().__init__()
        self.store = store
        self.setWindowTitle(APP_NAME)
        self.resize(1100, 700)
        self.event_list = QTreeWidget(self)
        self.event_list.setHeaderLabels(["When", "Kind", "Event"])
        self.event_list.setAccessibleName("Events")
        self.setCentralWidget(self.event_list)
        self.refresh()

    def refresh(self) -> None:
        self.event_list.clear()
        for event in self.store.events():
            QTreeWidgetItem(self.event_list, [event.span.label, event.kind, event.title])
        events, articles = self.store.counts()
        self.statusBar().showMessage(f"{events} events from {articles} articles")

    def import_paths(self, paths: list[Path]) -> None:
        run_import(self, self.store, paths)
        self.refresh()
