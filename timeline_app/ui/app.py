"""Start the Chronicle window: QApplication, the store, first-run sample, the main window."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QAction, QFileOpenEvent, QIcon, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

from timeline_app import APP_ID, APP_NAME, __version__
from timeline_app.core.importer import import_files
from timeline_app.core.paths import default_database_path, resources_dir, sample_files
from timeline_app.core.store import Store, StoreError

if TYPE_CHECKING:
    from timeline_app.ui.main_window import MainWindow


def open_store(db_path: Path | None) -> tuple[Store, bool]:
    """Open the database; on the very first run of the default one, import the sample."""
    path = db_path or default_database_path()
    first_run = db_path is None and not path.exists()
    store = Store(path)
    if first_run:
        for _ in import_files(store, sample_files()):
            pass
    return store, first_run


def organization_domain() -> str:
    """The domain the app id is reversed from: org.example.App -> example.org.

    QSettings on macOS names its file after it (org.example.App.plist, the app id itself).
    """
    return ".".join(reversed(APP_ID.split(".")[:-1]))


def app_icon() -> QIcon:
    """The app icon from the bundled hicolor renderings and the SVG source."""
    icons = resources_dir() / "icons"
    icon = QIcon()
    for png in sorted((icons / "hicolor").glob(f"*x*/apps/{APP_ID}.png")):
        icon.addFile(str(png))
    svg = icons / f"{APP_ID}.svg"
    if svg.is_file():
        icon.addFile(str(svg))
    return icon


def make_application(argv: list[str] | None = None) -> QApplication:
    """The application object (created on first use), named after the app id."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv[:1])
    configure_application(app)
    return app


def configure_application(app: QApplication) -> None:
    """Names that QSettings, the desktop (Wayland app id, taskbar) and the title bar use, and the icon."""
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    app.setOrganizationDomain(organization_domain())
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())


def ensure_quit_shortcut(window: QMainWindow) -> None:
    """Give the window the platform's Quit shortcut (Ctrl+Q) unless one of its actions has it."""
    keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Quit) or [QKeySequence("Ctrl+Q")]
    if any(key in action.shortcuts() for action in window.findChildren(QAction) for key in keys):
        return
    action = QAction("Quit", window)
    action.setShortcuts(keys)
    action.triggered.connect(window.close)
    window.addAction(action)


class FileOpenImporter(QObject):
    """Imports files the desktop opens with the app (macOS: dropped on the Dock icon, *Open With*).

    They arrive as ``QFileOpenEvent`` on the application, one per file, even at launch before
    the window exists. Files arriving together are gathered and imported in one review, via
    ``MainWindow.import_paths``; while a dialog is open they wait for it to close.
    """

    GATHER_MS = 150

    def __init__(self, app: QApplication, window: MainWindow | None = None) -> None:
        super().__init__(app)
        self.window = window
        self.pending: list[Path] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(self.GATHER_MS)
        self._timer.timeout.connect(self.flush)
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.FileOpen or not isinstance(event, QFileOpenEvent):
            return False
        name = event.file() or event.url().toLocalFile()
        if name:
            self.pending.append(Path(name))
            self._timer.start()
        return True

    def set_window(self, window: MainWindow) -> None:
        self.window = window
        if self.pending:
            self._timer.start()

    def flush(self) -> None:
        if self.window is None or not self.pending:
            return
        if QApplication.activeModalWidget() is not None:
            self._timer.start()  # an import or another dialog is open: try again after it
            return
        paths, self.pending = list(dict.fromkeys(self.pending)), []
        self.window.import_paths(paths)


def run_app(db_path: Path | None, files: list[Path], ask_for_files: bool = False) -> int:
    """Run the window until it is closed; returns the exit code."""
    from timeline_app.ui.main_window import MainWindow

    app = make_application()
    # Only macOS sends files this way (elsewhere they come as arguments): filter nothing else.
    opener = FileOpenImporter(app) if sys.platform == "darwin" else None
    try:
        store, _ = open_store(db_path)
    except StoreError as error:
        QMessageBox.critical(None, APP_NAME, str(error))
        print(error, file=sys.stderr)
        return 2
    window = MainWindow(store)
    ensure_quit_shortcut(window)
    window.show()
    if opener is not None:
        opener.set_window(window)
    if files:
        QTimer.singleShot(0, lambda: window.import_paths(files))
    if ask_for_files:
        QTimer.singleShot(0, window.import_dialog)
    code = app.exec()
    store.close()
    return int(code)
