"""The application as the desktop starts it: names from the app id, icon, files given on start, Ctrl+Q."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QLineEdit, QMainWindow

from tests.ui.modal import activate
from timeline_app import APP_ID
from timeline_app.cli import main
from timeline_app.core.desktop import ICON_SIZES
from timeline_app.core.store import Store
from timeline_app.ui.app import ensure_quit_shortcut, make_application
from timeline_app.ui.main_window import MainWindow

# The offscreen platform (not a real desktop) says this whenever a main window is shown.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _article(folder: Path, name: str, day: int, text: str) -> Path:
    path = folder / name
    path.write_text(f"March {day}, 2024 - {text}\n\nMore on this story later in the week.\n", encoding="utf-8")
    return path


def _run_window_until(done: Callable[[MainWindow], bool], on_step: Callable[[], None], argv: list[str]) -> int:
    """Run ``main(argv)``; every 50 ms call ``on_step``, and close the window once ``done`` (or after 20 s)."""
    deadline = time.monotonic() + 20

    def step() -> None:
        on_step()
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        if windows and (done(windows[0]) or time.monotonic() > deadline):
            for dialog in [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]:
                dialog.reject()
            windows[0].close()
        else:
            QTimer.singleShot(50, step)

    QTimer.singleShot(50, step)
    return main(argv)


def _stored_paths(db: Path) -> set[str]:
    with Store(db) as store:
        return {article.source_path for article in store.articles()}


def test_application_names_and_icon_follow_the_app_id(qapp) -> None:
    app = make_application()
    assert app is qapp
    domain = app.organizationDomain()
    assert ".".join([*reversed(domain.split(".")), app.applicationName()]) == APP_ID
    assert app.desktopFileName() == APP_ID
    assert Path(QSettings().fileName()).parts[-2:] == ("Chronicle", "Chronicle.conf")
    assert {size.width() for size in app.windowIcon().availableSizes()} >= set(ICON_SIZES)


def test_starting_with_article_files_imports_them(qapp, tmp_path: Path) -> None:
    files = [
        _article(tmp_path, "storm.txt", 3, "A storm closed the harbour on Monday."),
        _article(tmp_path, "vote.md", 5, "The council voted on the new bridge yesterday."),
    ]

    def accept_review() -> None:  # the import review step, where there is one
        for dialog in QApplication.topLevelWidgets():
            if isinstance(dialog, QDialog) and dialog.isModal() and dialog.isVisible():
                dialog.accept()

    db = tmp_path / "chronicle.db"
    code = _run_window_until(
        lambda window: len(window.store.articles()) >= 2, accept_review, ["--db", str(db), *map(str, files)]
    )
    assert code == 0
    assert _stored_paths(db) == {str(path.resolve()) for path in files}


def test_import_articles_action_asks_for_files(qapp, tmp_path: Path) -> None:
    chosen = _article(tmp_path, "fire.txt", 9, "Firefighters contained the blaze on Saturday.")
    asked: list[str] = []

    def answer_file_dialog() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QFileDialog) and widget.isVisible():
                if widget.windowTitle() not in asked:
                    asked.append(widget.windowTitle())
                # Type the path, as a user would: selecting waits for the folder to be listed.
                name_edit = widget.findChild(QLineEdit, "fileNameEdit")
                assert name_edit is not None
                name_edit.setText(str(chosen))
                widget.accept()
            elif isinstance(widget, QDialog) and widget.isModal() and widget.isVisible():
                widget.accept()

    db = tmp_path / "chronicle.db"
    code = _run_window_until(
        lambda window: len(window.store.articles()) >= 1, answer_file_dialog, ["--import-dialog", "--db", str(db)]
    )
    assert code == 0
    assert asked == ["Import articles"]
    assert _stored_paths(db) == {str(chosen.resolve())}


def test_ctrl_q_closes_the_window_once(qtbot, tmp_path: Path) -> None:
    with Store(tmp_path / "chronicle.db") as store:
        window = MainWindow(store)
        qtbot.addWidget(window)
        ensure_quit_shortcut(window)
        ensure_quit_shortcut(window)
        ctrl_q = QKeySequence("Ctrl+Q")
        assert len([a for a in window.findChildren(QAction) if ctrl_q in a.shortcuts()]) == 1
        activate(qtbot, window)
        qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: not window.isVisible())


def test_quit_shortcut_is_not_doubled_when_the_window_has_one(qtbot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    own = QAction("Quit", window)
    own.setShortcut(QKeySequence("Ctrl+Q"))
    window.addAction(own)
    ensure_quit_shortcut(window)
    assert window.findChildren(QAction) == [own]
