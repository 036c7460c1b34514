"""Where Chronicle keeps its files, per platform, without Qt."""

from __future__ import annotations

from pathlib import Path

from platformdirs import user_data_path

from timeline_app import APP_NAME

RESOURCES = Path(__file__).resolve().parent.parent.parent / "resources"


def default_database_path() -> Path:
    """The default database in the user's data directory (XDG_DATA_HOME on Linux)."""
    return user_data_path(APP_NAME, appauthor=False) / "chronicle.db"


def resources_dir() -> Path:
    """The bundled resources (sample articles, icons)."""
    packaged = Path(__file__).resolve().parent.parent / "resources"
    return packaged if packaged.is_dir() else RESOURCES


def sample_files() -> list[Path]:
    """The bundled sample articles, in name order."""
    return sorted((resources_dir() / "samples").glob("*.txt"))
