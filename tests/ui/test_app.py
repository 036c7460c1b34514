"""The window opens offscreen on a real database; first run brings the bundled sample."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from timeline_app.core.paths import default_database_path, sample_files
from timeline_app.ui.app import open_store
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
        assert window.windowTitle() == "Chronicle"
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
    finally:
        store.close()
