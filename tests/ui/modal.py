"""Helpers for driving windows from tests: activate one, act on a modal dialog when it opens."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from timeline_app.core.store import Store
from timeline_app.ui.canvas import TimelineView


def when_modal(kind: type[QWidget], action: Callable[[QWidget], None], deadline: float = 20.0) -> None:
    """Run ``action`` on the modal dialog of ``kind`` as soon as it is open."""
    until = time.monotonic() + deadline

    def poll() -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, kind) and widget.isVisible():
            action(widget)
        elif time.monotonic() < until:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(20, poll)


def activate(qtbot: QtBot, window: QWidget) -> None:
    """Show ``window`` and make it the active window, so its shortcuts and keys reach it.

    On the offscreen platform a window closed by an earlier test can keep activation for a
    while, so activation is asked for again until it takes.
    """
    window.show()
    qtbot.waitExposed(window)

    def active() -> bool:
        window.activateWindow()
        return window.isActiveWindow()

    qtbot.waitUntil(active, timeout=15_000)


def active_view(qtbot: QtBot, store: Store, height: int = 420) -> TimelineView:
    """A timeline view 900 pixels wide on ``store``, shown and active (its keys and wheel reach it)."""
    widget = TimelineView()
    qtbot.addWidget(widget)
    widget.resize(900, height)
    widget.canvas.set_store(store)
    activate(qtbot, widget)
    return widget
