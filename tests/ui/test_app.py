"""The window opens offscreen on a real database; first run brings the bundled sample."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.modal import when_modal
from timeline_app.core.paths import default_database_path, sample_files
from timeline_app.core.store import Store
from timeline_app.ui.app import FileOpenImporter, open_store
from timeline_app.ui.import_flow import ReviewDialog, SummaryDialog, SyncRunner
from timeline_app.ui.main_window import MainWindow


def test_first_run_imports_the_sample(qtbot: QtBot) -> None:
    assert not default_database_path().exists()  # tests run with their own XDG_DATA_HOME
    store, first_run = open_store(None)
    try:
        assert first_run
        assert store.counts()[1] == len(sample_files()) >= 4
        window = MainWindow(store)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        assert window.windowTitle() == f"{default_database_path().name} — Chronicle"
        window.close()  # as in run_app: the window goes before its store
    finally:
        store.close()
    again, first_run_again = open_store(None)
    again.close()
    assert not first_run_again


def test_explicit_database_starts_empty(tmp_path: Path, qtbot: QtBot) -> None:
    store, first_run = open_store(tmp_path / "new.db")
    try:
        assert not first_run and store.counts() == (0, 0)
        window = MainWindow(store)
        qtbot.addWidget(window)
        window.show()
        assert window.isVisible()
        window.close()
    finally:
        store.close()


def test_files_opened_by_the_desktop_are_imported_together(tmp_path: Path, qtbot: QtBot, settings) -> None:
    first = tmp_path / "vote.txt"
    first.write_text("March 3, 2024 - The council voted to close the library on Friday.", encoding="utf-8")
    second = tmp_path / "strike.md"
    second.write_text("# Strike\n\nMay 5, 2024 - Bus drivers went on strike on Monday.", encoding="utf-8")
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    with Store(tmp_path / "t.db") as store:
        opener = FileOpenImporter(app)  # events before the window exists wait for it
        try:
            QApplication.postEvent(app, QFileOpenEvent(str(first)))
            QApplication.postEvent(app, QFileOpenEvent(QUrl.fromLocalFile(str(second))))
            qtbot.waitUntil(lambda: len(opener.pending) == 2)
            window = MainWindow(store, settings)
            qtbot.addWidget(window)
            window.import_runner = SyncRunner()
            window.show()
            reviewed: list[list[Path]] = []

            def review(widget: QWidget) -> None:
                assert isinstance(widget, ReviewDialog)
                reviewed.append(sorted(probe.path for probe in widget.probes))
                when_modal(SummaryDialog, lambda summary: summary.hide())
                widget.import_button.click()

            when_modal(ReviewDialog, review)
            opener.set_window(window)
            qtbot.waitUntil(lambda: store.counts()[1] == 2, timeout=10_000)
            assert reviewed == [sorted([first, second])]  # one review for both
            assert opener.pending == []
            window.close()
        finally:
            app.removeEventFilter(opener)
            opener.deleteLater()
