"""Render the README/AppStream screenshot: the window on the bundled sample, one event selected.

Usage (in the set-up venv): QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/make_screenshot.py [OUT.png]
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings

from timeline_app.core.importer import import_files
from timeline_app.core.paths import resources_dir, sample_files
from timeline_app.core.store import Store
from timeline_app.ui.app import make_application
from timeline_app.ui.main_window import MainWindow

WIDTH, HEIGHT = 1400, 860


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else resources_dir() / "screenshots" / "main-window.png"
    app = make_application()
    with tempfile.TemporaryDirectory() as folder, Store(Path(folder) / "sample.db") as store:
        for result in import_files(store, sample_files()):
            if result.error:
                print(result.error, file=sys.stderr)
        settings = QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(store, settings)
        window.resize(WIDTH, HEIGHT)
        window.show()
        app.processEvents()
        window.fit_all()
        chosen = [event.id for event in store.events() if event.kind == "conviction" and event.id is not None]
        if chosen:
            window.select_event(chosen[0])
        for _ in range(5):
            app.processEvents()
        image = window.grab().toImage()
        window.close()
    out.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(out)):
        print(f"{out}: could not be written", file=sys.stderr)
        return 1
    print(f"wrote {out} ({image.width()}x{image.height()})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
