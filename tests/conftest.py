"""Shared fixtures: every test runs away from the developer's real data and settings."""

from __future__ import annotations

from pathlib import Path

import pytest

# Before pytest-qt makes any Qt call: works around shiboken6 6.12 on Python 3.11 dropping a
# reference to None on every void call (see timeline_app/ui/_refcount_guard.py). Imports no Qt.
import timeline_app.ui  # noqa: F401

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
SEED = SHARED / "seed" / "000_93bcffd466e30346.txt"


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    home = tmp_path_factory.mktemp("home")
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(name, str(home / name.lower()))
    monkeypatch.setenv("HOME", str(home))


@pytest.fixture
def seed_path() -> Path:
    if not SEED.exists():
        pytest.skip(f"seed article not found at {SEED}")
    return SEED
