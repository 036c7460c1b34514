"""Window state in QSettings, with its keys and defaults declared in one place.

Window state (geometry, docks, the visible time range) is kept apart from preferences.
Tests pass their own ``QSettings`` (an INI file in a temp directory).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

GEOMETRY = "window/geometry"
DOCK_STATE = "window/state"
VIEW_DATABASE = "view/database"
VIEW_START = "view/start"
VIEW_END = "view/end"


def open_settings(path: Path | None = None) -> QSettings:
    """The application's settings, or an INI file at ``path``."""
    if path is not None:
        return QSettings(str(path), QSettings.Format.IniFormat)
    return QSettings()


def read_bytes(settings: QSettings, key: str) -> QByteArray | None:
    value = settings.value(key)
    return value if isinstance(value, QByteArray) and not value.isEmpty() else None


def read_view(settings: QSettings, database: str) -> tuple[float, float] | None:
    """The time range last shown for ``database``, if any was saved for it."""
    if settings.value(VIEW_DATABASE) != database:
        return None
    try:
        start = float(settings.value(VIEW_START))
        end = float(settings.value(VIEW_END))
    except (TypeError, ValueError):
        return None
    return (start, end) if end > start else None


def write_view(settings: QSettings, database: str, start: float, end: float) -> None:
    settings.setValue(VIEW_DATABASE, database)
    settings.setValue(VIEW_START, start)
    settings.setValue(VIEW_END, end)
