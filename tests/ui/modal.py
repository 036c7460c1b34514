"""Drive modal dialogs from tests: act on a dialog as soon as it is open."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget


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
