"""Window state in QSettings, with its keys and defaults declared in one place.

Window state (geometry, docks, the visible time range) is kept apart from preferences.
Tests pass their own ``QSettings`` (an INI file in a temp directory).
"""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

GEOMETRY = "window/geometry"
DOCK_STATE = "window/state"
VIEW_DATABASE = "view/database"
VIEW_START = "view/start"
VIEW_END = "view/end"
HIDDEN_KINDS = "view/hiddenKinds"  # JSON: {database: [kind, ...]}
REMEMBERED_DATABASES = 50  # hidden kinds are kept for this many databases, the latest changed


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


def _hidden_by_database(settings: QSettings) -> dict[str, list[str]]:
    try:
        saved = json.loads(str(settings.value(HIDDEN_KINDS, "{}")))
    except ValueError:
        return {}
    if not isinstance(saved, dict):
        return {}
    return {str(name): [str(kind) for kind in kinds] for name, kinds in saved.items() if isinstance(kinds, list)}


def read_hidden_kinds(settings: QSettings, database: str) -> set[str]:
    """The kinds the user hid in ``database`` (none when nothing was saved for it)."""
    return set(_hidden_by_database(settings).get(database, []))


def write_hidden_kinds(settings: QSettings, database: str, kinds: set[str]) -> None:
    saved = _hidden_by_database(settings)
    saved.pop(database, None)
    if kinds:
        saved[database] = sorted(kinds)
    kept = dict(list(saved.items())[-REMEMBERED_DATABASES:])
    settings.setValue(HIDDEN_KINDS, json.dumps(kept))
