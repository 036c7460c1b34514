"""The import path: undated articles, per-file decisions, re-import and changed content."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from tests.article_files import STORY, write_docx, write_html, write_pdf
from tests.conftest import REPO
from timeline_app.core import importer
from timeline_app.core.importer import ImportRequest, ImportSummary, import_files
from timeline_app.core.model import Article, Event
from timeline_app.core.store import Store

DAY = date(2024, 7, 13)


def _undated(tmp_path: Path) -> Path:
    path = tmp_path / "undated.txt"
    path.write_text("The court ruled on Friday.\nThe hearing ended last week.\n", encoding="utf-8")
    return path


def test_undated_file_is_refused_unless_allowed(tmp_path: Path) -> None:
    path = _undated(tmp_path)
    with Store(tmp_path / "t.db") as store:
        (refused,) = import_files(store, [path])
        assert "no publication date found" in refused.error
        (stored,) = import_files(store, [path], allow_undated=True)
        assert stored.ok and stored.article_id is not None
        article = store.article(stored.article_id)
        assert article is not None and article.published is None


def test_extraction_hook_receives_no_date_for_an_undated_article(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[date | None] = []

    def recording_extract(article: Article) -> list[Event]:
        seen.append(article.published)
        return []

    monkeypatch.setattr(importer, "extract", recording_extract)
    with Store(":memory:") as store:
        list(import_files(store, [ImportRequest(_undated(tmp_path), undated=True)]))
    assert seen == [None]


def test_requests_carry_the_reviewed_date_and_title(tmp_path: Path) -> None:
    page = write_html(tmp_path / "p.html", "Trial ends", STORY, DAY)
    requests = [
        ImportRequest(_undated(tmp_path), published=date(2020, 5, 1)),
        ImportRequest(page, published=date(2024, 7, 14), title="  Edited   headline "),
    ]
    with Store(":memory:") as store:
        results = list(import_files(store, requests))
        articles = store.articles()
    assert all(r.ok for r in results)
    assert [a.published for a in articles] == [date(2020, 5, 1), date(2024, 7, 14)]
    assert articles[1].title == "Edited headline"


def test_reimporting_the_same_content_changes_nothing(tmp_path: Path) -> None:
    files = [
        write_html(tmp_path / "a.html", "Trial ends", STORY, DAY),
        write_pdf(tmp_path / "b.pdf", ["July 13, 2024", *STORY[:2]]),
        write_docx(tmp_path / "c.docx", "Word", ["13 July 2024", *STORY[2:]]),
    ]
    with Store(tmp_path / "t.db") as store:
        first = ImportSummary()
        for result in import_files(store, files):
            first.add(result)
        before = store.db.execute("SELECT * FROM articles").fetchall()
        again = ImportSummary()
        for result in import_files(store, files):
            again.add(result)
        assert (first.imported, again.imported, again.duplicates) == (3, 0, 3)
        assert store.db.execute("SELECT * FROM articles").fetchall() == before


def test_a_changed_file_becomes_a_new_article_and_the_old_one_stays(tmp_path: Path) -> None:
    path = write_html(tmp_path / "story.html", "Trial ends", STORY, DAY)
    with Store(":memory:") as store:
        list(import_files(store, [path]))
        write_html(path, "Trial ends", [*STORY, "An appeal was filed on Monday by the prosecution, lawyers said."], DAY)
        (result,) = import_files(store, [path])
        assert result.ok and not result.duplicate
        articles = store.articles()
    assert len(articles) == 2
    assert "appeal" not in articles[0].text and "appeal" in articles[1].text
    assert articles[0].source_path == articles[1].source_path


def test_invalid_utf8_is_read_as_cp1252(tmp_path: Path) -> None:
    path = tmp_path / "legacy.txt"
    path.write_bytes(b"July 13, 2024 - The caf\xe9 closed \x96 for good \x85\n")
    with Store(":memory:") as store:
        (result,) = import_files(store, [path])
        assert result.ok
        assert store.articles()[0].text == "July 13, 2024 - The café closed – for good …\n"


def test_cli_undated_flag(tmp_path: Path) -> None:
    path = _undated(tmp_path)
    db = tmp_path / "cli.db"

    def run(*extra: str) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-m", "timeline_app", "import", "--db", str(db), *extra, str(path)]
        return subprocess.run(command, capture_output=True, text=True, cwd=REPO, timeout=60)

    refused = run()
    assert refused.returncode == 1 and "no publication date found" in refused.stderr
    accepted = run("--undated")
    assert accepted.returncode == 0 and "imported 1 article(s)" in accepted.stdout
    listed = subprocess.run(
        [sys.executable, "-m", "timeline_app", "articles", "--db", str(db), "--format", "json"],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=60,
    )
    assert '"published": null' in listed.stdout


def test_a_batch_runs_in_an_import_session_and_restores_the_collector(tmp_path: Path) -> None:
    import gc
    from collections.abc import Generator

    first = tmp_path / "first.txt"
    first.write_text("July 13, 2024 - The court ruled on Friday.\n", encoding="utf-8")
    second = tmp_path / "second.txt"
    second.write_text("July 14, 2024 - The judge resigned on Saturday.\n", encoding="utf-8")
    before = gc.get_threshold()
    seen: list[tuple[int, int, bool]] = []
    with Store(tmp_path / "t.db") as store:
        for result in import_files(store, [first, second]):
            assert result.ok
            seen.append((gc.get_threshold()[0], gc.get_freeze_count(), gc.isenabled()))
        # stopped early (a cancelled batch): the session ends when the generator is closed
        batch = import_files(store, [first, second])
        next(batch)
        assert isinstance(batch, Generator)
        assert gc.get_threshold()[0] == max(before[0], importer.IMPORT_GC_THRESHOLD)
        batch.close()
    assert all(threshold == max(before[0], importer.IMPORT_GC_THRESHOLD) for threshold, _, _ in seen)
    assert all(frozen > 0 and enabled for _, frozen, enabled in seen)
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0
