"""The command line through a real subprocess, as scripts use it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def run_cli(*args: str | Path, cwd: Path = REPO) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.run(
        [sys.executable, "-m", "timeline_app", *map(str, args)],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=env,
        timeout=60,
    )


def test_import_seed_twice_keeps_one_article(tmp_path: Path, seed_path: Path) -> None:
    db = tmp_path / "x.db"
    first = run_cli("import", "--db", db, seed_path)
    assert first.returncode == 0, first.stderr
    second = run_cli("import", "--db", db, seed_path)
    assert second.returncode == 0 and "1 duplicate" in second.stdout
    listed = run_cli("articles", "--db", db, "--format", "json")
    articles = json.loads(listed.stdout)
    assert len(articles) == 1
    assert articles[0]["published"] == "2024-07-13"
    assert articles[0]["path"] == str(seed_path.resolve())
    assert set(articles[0]) >= {"id", "title", "published", "path"}


def test_bad_files_one_line_each_and_good_files_still_import(tmp_path: Path, seed_path: Path) -> None:
    db = tmp_path / "x.db"
    undated = tmp_path / "undated.txt"
    undated.write_text("Nothing says when this was written.\n")
    result = run_cli("import", "--db", db, tmp_path / "missing.txt", undated, seed_path)
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert lines == [f"{tmp_path / 'missing.txt'}: no such file", lines[1]]
    assert lines[1].startswith(f"{undated}: no publication date") and "--date" in lines[1]
    assert "Traceback" not in result.stderr
    assert len(json.loads(run_cli("articles", "--db", db, "--format", "json").stdout)) == 1


def test_date_option_dates_undated_files(tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    undated = tmp_path / "undated.md"
    undated.write_text("# Council votes\n\nThe council voted on Monday.\n")
    assert run_cli("import", "--db", db, "--date", "2024-03-05", undated).returncode == 0
    [article] = json.loads(run_cli("articles", "--db", db, "--format", "json").stdout)
    assert (article["title"], article["published"]) == ("Council votes", "2024-03-05")


def test_events_formats(tmp_path: Path, seed_path: Path) -> None:
    db = tmp_path / "x.db"
    run_cli("import", "--db", db, seed_path)
    events = json.loads(run_cli("events", "--db", db, "--format", "json").stdout)
    assert isinstance(events, list)
    for event in events:
        assert {
            "id",
            "title",
            "kind",
            "earliest",
            "latest",
            "precision",
            "label",
            "participants",
            "status",
            "sources",
        } <= set(event)
    csv_out = run_cli("events", "--db", db, "--format", "csv").stdout
    assert csv_out.splitlines()[0].startswith("id,title,kind,earliest,latest")
    assert run_cli("events", "--db", db).returncode == 0


def test_newer_database_is_refused_in_one_line(tmp_path: Path) -> None:
    import sqlite3

    db = tmp_path / "future.db"
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA user_version = 999")
    conn.close()
    result = run_cli("articles", "--db", db)
    assert result.returncode != 0
    assert len(result.stderr.strip().splitlines()) == 1 and "newer Chronicle" in result.stderr


def test_version_and_help() -> None:
    assert run_cli("--version").stdout.startswith("Chronicle ")
    help_text = run_cli("--help").stdout
    for command in ("import", "events", "articles"):
        assert command in help_text
    assert run_cli("import", "--help").returncode == 0


def test_readme_documents_every_command() -> None:
    from timeline_app.cli import COMMANDS

    readme = (REPO / "README.md").read_text(encoding="utf-8")
    missing = [name for name in COMMANDS if f"timeline-app {name}" not in readme]
    assert missing == []


def test_reading_commands_refuse_a_missing_database(tmp_path: Path) -> None:
    missing = tmp_path / "typo.db"
    for args in (["events"], ["articles"], ["export", "--out", tmp_path / "t.csv"]):
        result = run_cli(*args, "--db", missing)
        assert result.returncode != 0
        assert result.stderr.strip() == f"{missing}: no such database (import articles into it first)"
    assert not missing.exists() and not (tmp_path / "t.csv").exists()


def test_import_a_folder_imports_the_article_files_inside(tmp_path: Path) -> None:
    folder = tmp_path / "clippings"
    (folder / "older").mkdir(parents=True)
    (folder / "vote.md").write_text("# Council votes\n\nThe council voted on Monday.\n")
    (folder / "older" / "budget.txt").write_text("date 2024-02-01 The council approved the budget on Tuesday.\n")
    (folder / "notes.csv").write_text("not,an,article\n")
    db = tmp_path / "x.db"
    result = run_cli("import", "--db", db, "--date", "2024-03-05", folder)
    assert result.returncode == 0, result.stderr
    assert "imported 2 article(s)" in result.stdout
    articles = json.loads(run_cli("articles", "--db", db, "--format", "json").stdout)
    assert sorted(article["published"] for article in articles) == ["2024-02-01", "2024-03-05"]
