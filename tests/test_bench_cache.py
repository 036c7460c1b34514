"""The benchmarks' cached synthetic stores are built again when written with another schema, or
when their build never finished (real SQLite files, a real child build)."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from benchmarks.bench_render import build_store, ensure_store, stale_reason
from timeline_app.core.store import SCHEMA_VERSION, Store


def _set_version(path: Path, version: int) -> None:
    with closing(sqlite3.connect(path)) as conn:
        conn.execute(f"PRAGMA user_version = {version}")
        conn.commit()


def _count(path: Path) -> int:
    with Store(path) as store:
        return int(store.db.execute("SELECT count(*) FROM events").fetchone()[0])


def test_a_store_of_this_schema_is_used_and_one_of_another_is_not(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "bench.sqlite"
    assert stale_reason(path) == "not built yet"
    build_store(path, 40)
    assert stale_reason(path) is None and _count(path) == 40
    assert not Path(str(path) + ".partial").exists()
    _set_version(path, SCHEMA_VERSION - 1)
    assert stale_reason(path) == f"schema {SCHEMA_VERSION - 1}, the app writes {SCHEMA_VERSION}"
    ensure_store(path, 30)  # the cached one is of an older schema: built again, with 30 events
    assert stale_reason(path) is None and _count(path) == 30
    assert "schema" in capsys.readouterr().err
    ensure_store(path, 30)  # usable: kept as it is
    assert "building" not in capsys.readouterr().err


def test_a_file_that_is_no_database_is_built_again(tmp_path: Path) -> None:
    path = tmp_path / "bench.sqlite"
    path.write_bytes(b"not a database at all, just some bytes" * 100)
    reason = stale_reason(path)
    assert reason is not None and reason.startswith("unreadable")
