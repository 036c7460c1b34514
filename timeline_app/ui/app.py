"""Start the Chronicle window: QApplication, the store, first-run sample, the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from timeline_app import APP_ID, APP_NAME, __version__
from timeline_app.core.importer import import_files
from timeline_app.core.paths import default_database_path, sample_files
from timeline_app.core.store import Store, StoreError


def open_store(db_path: Path | None) -> tuple[Store, bool]:
    """Open the database; on the very first run of the default one, import the sample."""
    path = db_path or default_database_path()
    first_run = db_path is None and not path.exists()
    store = Store(path)
    if first_run:
        for _ in import_files(store, sample_files()):
            pass
    return store, first_run


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    app.setOrganizationDomain(APP_ID.rsplit(".", 1)[0])
    app.setDesktopFileName(APP_ID)
    return app


def run_app(db_path: Path | None, files: list[Path]) -> int:
    """Run the window until it is closed; returns the exit code."""
    from timeline_app.ui.main_window import MainWindow

    app = make_application()
    try:
        store, _ = open_store(db_path)
    except StoreError as error:
        QMessageBox.critical(None, APP_NAME, str(error))
        print(error, file=sys.stderr)
        return 2
    window = MainWindow(store)
    if files:
        window.import_paths(files)
    window.show()
    code = app.exec()
    store.close()
    return int(code)
